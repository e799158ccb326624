//! Names for the object identifiers an admin meets in certificates and
//! staples. Unknown OIDs are shown dotted; this table only makes common ones
//! readable. Kept here, small, rather than read from the oid-registry that
//! x509-parser links: the registry's short names (`subjectKeyIdentifier`,
//! `sha256WithRSAEncryption`) and descriptions differ from what
//! `openssl x509 -text` prints, and admins compare the two side by side; and
//! its registry would add its whole table to the page's wasm.
//!
//! Layer: base. Imports only other base modules.

/// `(dotted OID, name)`.
const NAMES: &[(&str, &str)] = &[
    // Signature algorithms (RFC 8017, RFC 5758, RFC 8410).
    ("1.2.840.113549.1.1.1", "rsaEncryption"),
    ("1.2.840.113549.1.1.4", "md5WithRSAEncryption"),
    ("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"),
    ("1.2.840.113549.1.1.10", "rsassaPss"),
    ("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
    ("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
    ("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
    ("1.2.840.10045.2.1", "id-ecPublicKey"),
    ("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
    ("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
    ("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
    ("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"),
    ("1.3.101.112", "Ed25519"),
    ("1.3.101.113", "Ed448"),
    ("1.2.840.10040.4.1", "DSA"),
    ("1.2.840.10040.4.3", "dsa-with-SHA1"),
    // Curves.
    ("1.2.840.10045.3.1.7", "P-256"),
    ("1.3.132.0.34", "P-384"),
    ("1.3.132.0.35", "P-521"),
    ("1.3.132.0.10", "secp256k1"),
    // Hashes.
    ("1.3.14.3.2.26", "sha1"),
    ("2.16.840.1.101.3.4.2.1", "sha256"),
    ("2.16.840.1.101.3.4.2.2", "sha384"),
    ("2.16.840.1.101.3.4.2.3", "sha512"),
    ("1.2.840.113549.2.5", "md5"),
    // Extensions (RFC 5280 §4.2 and friends).
    ("2.5.29.14", "Subject Key Identifier"),
    ("2.5.29.15", "Key Usage"),
    ("2.5.29.17", "Subject Alternative Name"),
    ("2.5.29.18", "Issuer Alternative Name"),
    ("2.5.29.19", "Basic Constraints"),
    ("2.5.29.30", "Name Constraints"),
    ("2.5.29.31", "CRL Distribution Points"),
    ("2.5.29.32", "Certificate Policies"),
    ("2.5.29.33", "Policy Mappings"),
    ("2.5.29.35", "Authority Key Identifier"),
    ("2.5.29.36", "Policy Constraints"),
    ("2.5.29.37", "Extended Key Usage"),
    ("2.5.29.46", "Freshest CRL"),
    ("2.5.29.54", "Inhibit anyPolicy"),
    ("1.3.6.1.5.5.7.1.1", "Authority Information Access"),
    ("1.3.6.1.5.5.7.1.11", "Subject Information Access"),
    ("1.3.6.1.5.5.7.1.24", "TLS Feature"),
    ("1.3.6.1.5.5.7.48.1.5", "OCSP No Check"),
    ("1.3.6.1.5.5.7.48.1.2", "OCSP Nonce"),
    ("1.3.6.1.4.1.11129.2.4.2", "CT Precertificate SCTs"),
    ("1.3.6.1.4.1.11129.2.4.3", "CT Precertificate Poison"),
    ("1.3.6.1.4.1.11129.2.4.5", "CT OCSP SCTs"),
    ("2.16.840.1.113730.1.1", "Netscape Cert Type"),
    ("2.16.840.1.113730.1.13", "Netscape Comment"),
    (
        "1.3.6.1.4.1.311.20.2",
        "Microsoft Certificate Template Name",
    ),
    ("1.3.6.1.4.1.311.21.7", "Microsoft Certificate Template"),
    ("1.3.6.1.4.1.311.21.10", "Microsoft Application Policies"),
    // Extended key usages (RFC 5280 §4.2.1.12).
    ("2.5.29.37.0", "anyExtendedKeyUsage"),
    ("1.3.6.1.5.5.7.3.1", "serverAuth"),
    ("1.3.6.1.5.5.7.3.2", "clientAuth"),
    ("1.3.6.1.5.5.7.3.3", "codeSigning"),
    ("1.3.6.1.5.5.7.3.4", "emailProtection"),
    ("1.3.6.1.5.5.7.3.8", "timeStamping"),
    ("1.3.6.1.5.5.7.3.9", "OCSPSigning"),
    // Certificate policies (CA/Browser Forum).
    ("2.23.140.1.2.1", "domain-validated"),
    ("2.23.140.1.2.2", "organization-validated"),
    ("2.23.140.1.2.3", "individual-validated"),
    ("2.23.140.1.1", "extended-validation"),
    ("2.5.29.32.0", "anyPolicy"),
    // Access methods.
    ("1.3.6.1.5.5.7.48.1", "OCSP"),
    ("1.3.6.1.5.5.7.48.2", "CA Issuers"),
];

/// Distinguished-name attribute types and their RFC 4514 short names.
const ATTRIBUTES: &[(&str, &str)] = &[
    ("2.5.4.3", "CN"),
    ("2.5.4.4", "SN"),
    ("2.5.4.5", "serialNumber"),
    ("2.5.4.6", "C"),
    ("2.5.4.7", "L"),
    ("2.5.4.8", "ST"),
    ("2.5.4.9", "STREET"),
    ("2.5.4.10", "O"),
    ("2.5.4.11", "OU"),
    ("2.5.4.12", "title"),
    ("2.5.4.15", "businessCategory"),
    ("2.5.4.17", "postalCode"),
    ("2.5.4.42", "GN"),
    ("2.5.4.97", "organizationIdentifier"),
    ("0.9.2342.19200300.100.1.1", "UID"),
    ("0.9.2342.19200300.100.1.25", "DC"),
    ("1.2.840.113549.1.9.1", "emailAddress"),
    ("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
    ("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
    ("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"),
];

fn find(table: &[(&str, &'static str)], oid: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == oid).map(|(_, v)| *v)
}

/// The readable name of an OID, if certscope knows it.
pub fn oid_name(oid: &str) -> Option<&'static str> {
    find(NAMES, oid)
}

/// The readable name, or the dotted OID itself.
pub fn oid_or_dotted(oid: &str) -> String {
    oid_name(oid).map_or_else(|| oid.to_string(), str::to_string)
}

/// The RFC 4514 short name of a DN attribute type, if it has one.
pub fn attribute_name(oid: &str) -> Option<&'static str> {
    find(ATTRIBUTES, oid)
}

/// The dotted text of an OBJECT IDENTIFIER's contents (der's reading of
/// it), or `None` when they are not a valid OID.
pub fn dotted(oid: &[u8]) -> Option<String> {
    der::asn1::ObjectIdentifier::from_bytes(oid)
        .ok()
        .map(|o| o.to_string())
}
