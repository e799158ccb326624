#!/usr/bin/env python3
"""Writes certscope's hostile input set into tests/hostile/out/ (issue 7).

    python3 tests/hostile/generate.py      # from any directory; a few seconds

Python 3 standard library plus the openssl CLI (for the payload certificates).
Deterministic: every random choice comes from random.Random(SEED), and the
payload certificates are self-signed with RSA PKCS#1 v1.5 (a deterministic
scheme) by a fixture key, with fixed serials and validity dates, so two runs
write the same bytes.

tests/hostile.rs runs this, then feeds every file to the analysis. It reads
out/manifest.json: each file, what it is, and what the analysis must say
(`expect_error`: a code among the input's errors) or keep (`payload`: the
certificate's fields exactly as encoded, computed here from the DER, not by
the code under test). out/ is not committed: the set is about 100 MB (seven
10 MiB files), and making it takes a few seconds.
"""

import base64
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 7  # issue 7
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIX = ROOT / "tests" / "fixtures"
OUT = HERE / "out"
KEY = FIX / "pki" / "keys" / "leaf.key"

# src/inspect/input.rs: MAX_INPUT_BYTES and MAX_OBJECTS_PER_INPUT.
MAX_INPUT_BYTES = 10 * 1024 * 1024
MAX_OBJECTS = 5_000
DEPTH = 100_000

rng = random.Random(SEED)
manifest = []


def emit(name, data, what, **expect):
    """Writes out/<name> and records it in the manifest."""
    path = OUT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    entry = {"file": name, "what": what, "bytes": len(data)}
    entry.update(expect)
    manifest.append(entry)


# --- DER ---------------------------------------------------------------------


def enc_len(n):
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tlv(tag, content):
    return bytes([tag]) + enc_len(len(content)) + content


class Node:
    """One DER element: its tag byte, and children if constructed (and
    decodable as such), else its raw contents."""

    def __init__(self, tag, value, children):
        self.tag, self.value, self.children = tag, value, children

    def content(self, lie=None):
        if self.children is None:
            return self.value
        return b"".join(c.encode(lie) for c in self.children)

    def encode(self, lie=None):
        """DER again; `lie` maps a node to the length bytes its header should
        claim instead of the true ones (its parents stay consistent)."""
        if lie and self in lie:
            return bytes([self.tag]) + lie[self] + self.content(lie)
        return tlv(self.tag, self.content(lie))

    def walk(self):
        yield self
        for c in self.children or []:
            yield from c.walk()


def read_header(data, pos):
    tag = data[pos]
    first = data[pos + 1]
    if first < 0x80:
        return tag, first, pos + 2
    count = first & 0x7F
    return tag, int.from_bytes(data[pos + 2 : pos + 2 + count], "big"), pos + 2 + count


def parse(data):
    """Parses well-formed DER (the fixtures) into a list of Nodes. Primitive
    contents that happen to be DER (OCTET STRING, BIT STRING wrappers) stay
    raw, so re-encoding gives the same bytes back."""
    nodes, pos = [], 0
    while pos < len(data):
        tag, length, start = read_header(data, pos)
        content = data[start : start + length]
        children = parse(content) if tag & 0x20 else None
        nodes.append(Node(tag, content, children))
        pos = start + length
    return nodes


def pem_blocks(path):
    """The DER of every PEM block of a fixture."""
    blocks, body, inside = [], [], False
    for line in Path(path).read_text().splitlines():
        if line.startswith("-----BEGIN "):
            inside, body = True, []
        elif line.startswith("-----END ") and inside:
            blocks.append(base64.b64decode("".join(body)))
            inside = False
        elif inside:
            body.append(line.strip())
    return blocks


def pem_der(path):
    """The DER of the first PEM block of a fixture."""
    return pem_blocks(path)[0]


def pem(label, der):
    b64 = base64.b64encode(der).decode()
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def nested(depth, tag=0x30, inner=b""):
    """`depth` nested headers of `tag`, each length true, built inside out
    (concatenating outward would be quadratic)."""
    headers, size = [], len(inner)
    for _ in range(depth):
        h = bytes([tag]) + enc_len(size)
        headers.append(h)
        size += len(h)
    return b"".join(reversed(headers)) + inner


# --- the sources ---------------------------------------------------------------

SOURCES = {
    "leaf.der": (FIX / "inputs/leaf.der").read_bytes(),
    "root-ecdsa.der": pem_der(FIX / "pki/root-ecdsa.pem"),
    "leaf-ed25519.der": pem_der(FIX / "pki/leaf-ed25519.pem"),
    "good-staple.der": (FIX / "staples/good.der").read_bytes(),
    "three-responses-staple.der": (FIX / "staples/three-responses.der").read_bytes(),
    "bundle.p7b": (FIX / "inputs/bundle.p7b").read_bytes(),
    "crl.der": (FIX / "inputs/crl.der").read_bytes(),
    "ocsp-request.der": (FIX / "inputs/ocsp-request.der").read_bytes(),
}
LEAF_PEM = (FIX / "pki/leaf.pem").read_text()
S_CLIENT = (FIX / "inputs/s_client-showcerts.txt").read_bytes()
FIXTURE_PEMS = sorted((FIX / "pki").glob("*.pem")) + sorted((FIX / "chains").glob("*.pem"))


def truncated():
    for name, der in SOURCES.items():
        cuts = {1, 2, 3, 4, 5, 10, len(der) // 2, len(der) - 1}
        cuts.update(rng.sample(range(1, len(der)), 4))
        for cut in sorted(cuts):
            emit(f"truncated/{name}-first-{cut}", der[:cut], f"the first {cut} of {len(der)} bytes of {name}")
    for name, text in [("leaf.pem", LEAF_PEM.encode()), ("s_client-showcerts.txt", S_CLIENT)]:
        for cut in sorted(rng.sample(range(1, len(text)), 4)):
            emit(f"truncated/{name}-first-{cut}", text[:cut], f"{name} cut after {cut} characters")


def bitflipped():
    for name, der in SOURCES.items():
        for flips in (1, 1, 2, 4, 8, 32):
            data = bytearray(der)
            where = sorted(rng.sample(range(len(data)), flips))
            for at in where:
                data[at] ^= 1 << rng.randrange(8)
            label = "-".join(map(str, where[:4])) + ("-etc" if flips > 4 else "")
            emit(f"bitflip/{name}-{flips}-at-{label}", bytes(data), f"{name} with {flips} bit(s) flipped, at bytes {where}")
    # In the base64 of a PEM: other base64 characters, so the armour still
    # decodes and the DER underneath is what breaks.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    lines = LEAF_PEM.splitlines(keepends=True)
    for n in (1, 3, 10):
        body = [list(l) for l in lines]
        for _ in range(n):
            row = rng.randrange(1, len(body) - 2)
            col = rng.randrange(0, 64)
            body[row][col] = rng.choice(alphabet)
        emit(f"bitflip/leaf.pem-{n}-base64-characters", "".join("".join(l) for l in body), f"leaf.pem with {n} base64 character(s) replaced")


def lengths_past_end():
    for name in ("leaf.der", "good-staple.der", "bundle.p7b"):
        (root,) = parse(SOURCES[name])
        assert root.encode() == SOURCES[name], name

        def rewrap(tree, lie):
            return tree.encode(lie)

        if name == "good-staple.der":
            # The BasicOCSPResponse sits in an OCTET STRING: lie inside it,
            # and re-wrap it with true outer lengths.
            octets = [n for n in root.walk() if n.tag == 0x04][0]
            (inner,) = parse(octets.value)

            def rewrap(tree, lie, octets=octets, outer=root):  # noqa: F811
                octets.value = tree.encode(lie)
                return outer.encode()

            root = inner
        nodes = list(root.walk())
        picks = [0] + sorted(rng.sample(range(1, len(nodes)), min(9, len(nodes) - 1)))
        for i in picks:
            node = nodes[i]
            variants = {
                "plus-one": enc_len(len(node.content()) + 1),
                "4-gib": b"\x84\xff\xff\xff\xff",
                "5-byte-length": b"\x85\x01\x00\x00\x00\x00",
                "indefinite": b"\x80",
            }
            for what, lie in variants.items():
                emit(
                    f"length/{name}-element-{i}-tag-{node.tag:02x}-{what}",
                    rewrap(root, {node: lie}),
                    f"{name}: element {i} (tag 0x{node.tag:02x}) has length {lie.hex()} ({what}); its parents' lengths are true",
                )


def deep_nesting():
    seq = nested(DEPTH)
    # certscope refuses past tlv::MAX_DEPTH levels before any decoder runs.
    emit("nesting/sequences-100000.der", seq, f"{DEPTH} nested SEQUENCE headers, every length true", expect_error="der-too-deep")
    emit("nesting/sequences-100000-certificate.pem", pem("CERTIFICATE", seq), "the same in a CERTIFICATE block", expect_error="der-too-deep")
    emit("nesting/sequences-100000-ocsp.pem", pem("OCSP RESPONSE", seq), "the same in an OCSP RESPONSE block", expect_error="der-too-deep")
    emit("nesting/sets-100000.der", nested(DEPTH, 0x31), f"{DEPTH} nested SET headers")
    emit("nesting/context-100000.der", tlv(0x30, nested(DEPTH, 0xA0)), f"a SEQUENCE holding {DEPTH} nested [0] headers", expect_error="der-too-deep")
    emit("nesting/indefinite-100000.der", b"\x30\x80" * DEPTH + b"\x00\x00" * DEPTH, f"{DEPTH} nested indefinite-length (BER) SEQUENCEs")
    emit("nesting/lying-100000.der", b"\x30\x84\x7f\xff\xff\xff" * DEPTH, f"{DEPTH} nested SEQUENCE headers each claiming 2 GiB")
    staple = tlv(0x30, b"\x0a\x01\x00" + tlv(0xA0, nested(DEPTH)))
    emit("nesting/staple-shaped.der", staple, f"OCSPResponse {{ successful, [0] {DEPTH} nested SEQUENCEs }}", expect_error="der-too-deep")
    p7 = tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010702")) + tlv(0xA0, nested(DEPTH)))
    emit("nesting/pkcs7-shaped.der", p7, f"PKCS#7 ContentInfo signedData whose content is {DEPTH} nested SEQUENCEs", expect_error="der-too-deep")
    # Inside a real certificate: the SAN extension's value, then the subject.
    (cert,) = parse(SOURCES["leaf.der"])
    tbs = cert.children[0]
    exts = [c for c in tbs.children if c.tag == 0xA3][0].children[0].children
    san = [e for e in exts if e.children[0].value == bytes.fromhex("551d11")][0]
    san.children[-1] = Node(0x04, nested(DEPTH), None)
    # Inside an OCTET STRING (the extension's value): x509-parser's own limit.
    emit("nesting/certificate-san-100000.der", cert.encode(), f"leaf.der whose subjectAltName value is {DEPTH} nested SEQUENCEs")
    (cert,) = parse(SOURCES["leaf.der"])
    cert.children[0].children[5] = Node(0x30, nested(DEPTH, 0x31), None)
    emit("nesting/certificate-subject-100000.der", cert.encode(), f"leaf.der whose subject is {DEPTH} nested SETs", expect_error="der-too-deep")


def many_pem_blocks():
    tiny = "".join(pem("CERTIFICATE", bytes.fromhex("3003020105")) for _ in range(10_000))
    emit("pem-blocks/10000-tiny-certificates.pem", tiny, "10,000 CERTIFICATE blocks of 5 bytes each (not certificates)", expect_error="input-too-many-objects")
    kinds = [
        ("CERTIFICATE", pem_der(FIX / "pki/leaf-ed25519.pem")),
        ("OCSP RESPONSE", (FIX / "staples/status-try-later.der").read_bytes()),
        ("X509 CRL", SOURCES["crl.der"]),
        ("PRIVATE KEY", b""),
        ("PUBLIC KEY", bytes.fromhex("3003020105")),
        ("SOMETHING ELSE", bytes.fromhex("3003020105")),
    ]
    blocks = []
    for i in range(10_000):
        label, der = kinds[i % len(kinds)]
        blocks.append(f"junk line {i} between blocks: subject=CN = x\n" + pem(label, der))
    emit("pem-blocks/10000-mixed.pem", "".join(blocks), "10,000 PEM blocks cycling certificate, staple, CRL, key, public key, unknown label", expect_error="input-too-many-objects")
    smallest = min((FIX / "pki").glob("*.pem"), key=lambda p: len(pem_der(p)))
    one = pem("CERTIFICATE", pem_der(smallest))
    emit(
        "pem-blocks/10000-copies-of-a-certificate.pem",
        one * 10_000,
        f"10,000 copies of {smallest.name} ({len(one) * 10_000} bytes)",
        expect_error="input-too-many-objects",
    )


def invalid_utf8():
    bad = [b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xe2\x82"]
    junk = b"".join(b"junk " + b + b" line\n" for b in bad)
    leaf = LEAF_PEM.encode()
    emit("utf8/around-pem.pem", junk + leaf + junk, "leaf.pem between lines of invalid UTF-8 (overlong, surrogate, 5-byte, lone continuation)")
    lines = leaf.split(b"\n")
    lines[5] = lines[5][:20] + b"\xff\xfe" + lines[5][20:]
    emit("utf8/inside-base64.pem", b"\n".join(lines), "leaf.pem with bytes ff fe inside its base64 (line 6)")
    emit("utf8/in-label.pem", leaf.replace(b"CERTIFICATE", b"CERT\xffIFICATE"), "leaf.pem whose BEGIN and END labels hold byte ff")
    emit("utf8/s_client-with-invalid-utf8.txt", S_CLIENT.replace(b"verify return:1", b"verify return:\xff\xc0\xaf"), "s_client output with invalid UTF-8 in its text lines")
    emit("utf8/random-high-bytes.bin", bytes(rng.randrange(0x80, 0x100) for _ in range(65_536)), "64 KiB of random bytes 0x80-0xff")


def nul_bytes():
    leaf = LEAF_PEM.encode()
    emit("nul/between-lines.pem", leaf.replace(b"\n", b"\n\x00"), "leaf.pem with a NUL at the start of every line")
    lines = leaf.split(b"\n")
    lines[3] = lines[3][:10] + b"\x00" + lines[3][10:]
    emit("nul/inside-base64.pem", b"\n".join(lines), "leaf.pem with a NUL inside its base64")
    emit("nul/in-label.pem", leaf.replace(b"CERTIFICATE", b"CERTIF\x00ICATE"), "leaf.pem whose labels hold a NUL")
    emit("nul/before-and-after.pem", b"\x00" * 10_000 + leaf + b"\x00" * 10_000, "leaf.pem between 10,000 NULs each side")
    emit("nul/one-mib.bin", b"\x00" * (1024 * 1024), "1 MiB of NUL bytes")
    emit("nul/der-then-nuls.der", SOURCES["leaf.der"] + b"\x00" * 4096, "leaf.der followed by 4 KiB of NULs")


def private_keys():
    # A real private key (tests/fixtures/inputs/private-key.pem) inside hostile
    # text: the page and the report must drop it, so the browser test's "no
    # key material in the DOM" has key material to look for.
    key = (FIX / "inputs/private-key.pem").read_bytes()
    leaf = LEAF_PEM.encode()
    broken = leaf[: len(leaf) // 2]
    emit("keys/key-between-broken-blocks.pem", broken + b"\n" + key + b"junk \xff\xfe line\n" + leaf, "private-key.pem between half a certificate block, invalid UTF-8 and leaf.pem", private_key=True)
    emit("keys/key-with-nuls.pem", b"\x00" * 64 + b"\n" + key.replace(b"\n", b"\r\n") + b"\x00" * 64, "private-key.pem with CRLF lines between lines of NULs", private_key=True)


def big():
    # The paste: s_client-like text and PEM blocks of every fixture
    # certificate, with enough text between them that the blocks stay under
    # the object budget and the whole paste is analysed.
    certs = [pem("CERTIFICATE", der) for p in FIXTURE_PEMS for der in pem_blocks(p)]
    junk = "depth=0 CN = www.example.test\nverify return:1\n" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 24 + "\n"
    parts, size, i = [], 0, 0
    limit = MAX_INPUT_BYTES - 1
    while True:
        chunk = junk + certs[i % len(certs)]
        if size + len(chunk) > limit:
            break
        parts.append(chunk)
        size += len(chunk)
        i += 1
    parts.append("x" * (limit - size))
    paste = "".join(parts)
    assert len(paste) == limit and i < MAX_OBJECTS, (len(paste), i)
    emit("big/paste-10mib-minus-1.txt", paste, f"a 10 MiB paste (one byte under the limit): {i} PEM certificates amid text")
    emit("big/paste-10mib-plus-1.txt", paste + "xx", "the same paste two bytes longer: over the limit", expect_error="input-too-large")
    chain = SOURCES["leaf.der"] + SOURCES["root-ecdsa.der"]
    der = chain * (limit // len(chain))
    emit("big/der-concatenated-10mib.der", der, f"{len(der) // len(chain) * 2} DER certificates concatenated", expect_error="input-too-many-objects")
    b64 = base64.encodebytes(chain * (limit * 3 // 4 * 76 // 77 // len(chain)))
    assert len(b64) <= limit, len(b64)
    emit("big/bare-base64-10mib.txt", b64, "10 MiB of base64 without armour (DER certificates underneath)", expect_error="input-too-many-objects")
    emit("big/one-line-10mib.txt", "-----BEGIN CERTIFICATE-----\n" + "A" * (limit - 28), "a BEGIN line and one 10 MiB base64 line, no END", expect_error="pem-missing-end")
    emit("big/newlines-10mib.txt", "\n" * limit, "10 MiB of newlines", expect_error="input-empty")
    emit("big/random-10mib.bin", b"\x30" + rng.randbytes(limit - 1), "10 MiB of random bytes after a SEQUENCE tag")
    # PKCS#7: every certificate of a bundle is an object too.
    empties = b"\x30\x00" * 1_000_000
    emit("big/pkcs7-a-million-empty-certificates.p7b", pkcs7(empties), "a PKCS#7 bundle of 1,000,000 empty SEQUENCEs as certificates", expect_error="input-too-many-objects")
    small = SOURCES["root-ecdsa.der"]
    emit("big/pkcs7-10000-certificates.p7b", pkcs7(small * 10_000), "a PKCS#7 bundle of 10,000 copies of root-ecdsa", expect_error="input-too-many-objects")


def pkcs7(certificates):
    """ContentInfo { signedData, [0] SignedData { 1, {}, { data }, [0] certs, {} } }."""
    signed = (
        tlv(0x02, b"\x01")
        + tlv(0x31, b"")
        + tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010701")))
        + tlv(0xA0, certificates)
        + tlv(0x31, b"")
    )
    return tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d010702")) + tlv(0xA0, tlv(0x30, signed)))


# --- payload certificates ------------------------------------------------------

OPENSSL_CONFIG = """\
string_mask = utf8only
[ca]
default_ca = hostile
[hostile]
string_mask = utf8only
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = anything
unique_subject = no
[anything]
[req]
string_mask = utf8only
distinguished_name = dn
[dn]
[ext]
basicConstraints = CA:FALSE
"""


def openssl(*args, cwd):
    done = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True, errors="replace")
    if done.returncode != 0:
        sys.exit("generate.py: openssl %s failed:\n%s" % (" ".join(args), done.stderr))


def self_signed(subject, extensions, serial, tmp):
    """A certificate self-signed by leaf.key through `openssl req -utf8` and
    `openssl ca -selfsign` (fixed dates, so the bytes are reproducible)."""
    (tmp / "ca.cnf").write_text(OPENSSL_CONFIG + extensions)
    (tmp / "index.txt").write_text("")
    (tmp / "serial").write_text(serial + "\n")
    # A key written "+OU" joins the previous RDN (a multi-valued RDN).
    esc = lambda v: v.replace("\\", "\\\\").replace("/", "\\/").replace("+", "\\+")  # noqa: E731
    subj = "".join(("+%s=%s" % (k[1:], esc(v))) if k.startswith("+") else ("/%s=%s" % (k, esc(v))) for k, v in subject)
    openssl("req", "-new", "-utf8", "-config", "ca.cnf", "-key", str(KEY), "-subj", subj, "-out", "r.csr", cwd=tmp)
    openssl(
        "ca", "-batch", "-notext", "-utf8", "-selfsign", "-preserveDN", "-config", "ca.cnf",
        "-keyfile", str(KEY), "-in", "r.csr", "-extensions", "ext",
        "-startdate", "20261101000000Z", "-enddate", "20271101000000Z", "-out", "c.pem",
        cwd=tmp,
    )
    return pem_der(tmp / "c.pem")


STRING_TAGS = {0x0C: "utf-8", 0x13: "latin-1", 0x16: "latin-1", 0x14: "latin-1"}
NAME_TAGS = {0x82: "DNS:", 0x86: "URI:", 0x81: "email:"}


def name_attributes(name):
    """[oid, value] of every attribute of a Name, in encoded order."""
    out = []
    for rdn in name.children:
        for atv in rdn.children:
            oid, value = atv.children
            out.append([dotted(oid.value), value.value.decode(STRING_TAGS[value.tag])])
    return out


def dotted(oid):
    parts, acc = [], 0
    for b in oid:
        acc = (acc << 7) | (b & 0x7F)
        if not b & 0x80:
            parts += [min(acc // 40, 2), acc - 40 * min(acc // 40, 2)] if not parts else [acc]
            acc = 0
    return ".".join(map(str, parts))


def payload_of(der):
    """What the model must hold, read from the DER independently of certscope."""
    (cert,) = parse(der)
    tbs = cert.children[0]
    fields = [c for c in tbs.children if c.tag != 0xA0]
    out = {"issuer": name_attributes(fields[2]), "subject": name_attributes(fields[4]), "san": [], "ocsp_urls": [], "ca_issuers_urls": [], "crl_urls": []}
    for ext in [c for c in tbs.children if c.tag == 0xA3][0].children[0].children:
        oid, value = dotted(ext.children[0].value), parse(ext.children[-1].value)[0]
        if oid == "2.5.29.17":
            out["san"] = [NAME_TAGS[g.tag] + g.value.decode("latin-1") for g in value.children]
        elif oid == "1.3.6.1.5.5.7.1.1":
            for desc in value.children:
                method, where = desc.children
                key = {"1.3.6.1.5.5.7.48.1": "ocsp_urls", "1.3.6.1.5.5.7.48.2": "ca_issuers_urls"}[dotted(method.value)]
                out[key].append(where.value.decode("latin-1"))
        elif oid == "2.5.29.31":
            # DistributionPoint { [0] { [0] fullName GeneralNames } }
            for point in value.children:
                for uri in point.children[0].children[0].children:
                    out["crl_urls"].append(uri.value.decode("latin-1"))
    return out


def resign(der, edit):
    """Applies `edit` to the parsed certificate and signs the new TBS with
    leaf.key (sha256WithRSAEncryption, like the original)."""
    (cert,) = parse(der)
    edit(cert.children[0])
    tbs = cert.children[0].encode()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "tbs").write_bytes(tbs)
        openssl("dgst", "-sha256", "-sign", str(KEY), "-out", "sig", "tbs", cwd=tmp)
        sig = (Path(tmp) / "sig").read_bytes()
    return tlv(0x30, tbs + cert.children[1].encode() + tlv(0x03, b"\x00" + sig))


def payload_certificates():
    script = "<script>alert(1)</script>"
    nul_san = tlv(0x30, tlv(0x82, b"nul\x00.example.test") + tlv(0x86, b"https://ok.test/\x00javascript:alert(1)") + tlv(0x81, b"a\x00@b.test"))
    certs = [
        (
            "script",
            [("CN", script), ("O", "<img src=x onerror=alert(1)>"), ("OU", '"><svg onload=alert(1)>'), ("L", "a+b,c;d"), ("+OU", "<b>multi-valued</b>")],
            # \" : a bare quote would be taken as quoting by the config parser
            'subjectAltName = DNS:<script>alert(1)</script>.example.test, URI:https://example.test/\\"><script>alert(1)</script>, email:<b>@example.test\n',
            "HTML and <script> in the subject and the SAN",
        ),
        (
            "javascript-url",
            [("CN", "javascript:alert(1)")],
            # A section, not a list: the data: URL holds a comma.
            "subjectAltName = @names\n"
            "authorityInfoAccess = OCSP;URI:javascript:alert(2), caIssuers;URI:javascript:alert(3)\n"
            "crlDistributionPoints = URI:javascript:alert(4)\n"
            "[names]\nURI.1 = javascript:alert(1)\nURI.2 = JaVaScRiPt:alert(document.cookie)\n"
            "URI.3 = data:text/html,<script>alert(1)</script>\nURI.4 = vbscript:msgbox(1)\n",
            "javascript:, data: and vbscript: URLs in the SAN, AIA (OCSP, CA Issuers) and CRL distribution points",
        ),
        (
            "bidi",
            [("CN", "evil\u202egnp.exe"), ("O", "\u2066isolate\u2069 and zero\u200bwidth"), ("OU", "\u202dforced LTR\u202c"), ("L", "\ufeffbyte order mark")],
            "subjectAltName = DNS:bidi.example.test\n",
            "bidi overrides (U+202E, U+202D), isolates, a zero-width space and a BOM in the subject",
        ),
        (
            "control",
            [("CN", "ctl\x01\x1b[31mred\x1b[0m\x7fend"), ("OU", "line1\nline2\ttab\rcr"), ("O", "\x08backspace\x07bell")],
            "subjectAltName = DER:%s\n" % nul_san.hex(":"),
            "control characters (ESC, BEL, BS, CR, LF, DEL) in the subject, NUL in the SAN's DNS, URI and email names",
        ),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for serial, (name, subject, extensions, what) in enumerate(certs, start=0x7001):
            der = self_signed(subject, extensions, "%04X" % serial, Path(tmp))
            payload = payload_of(der)
            for key, value in subject:
                assert value in [v for _, v in payload["subject"]], (name, key, value)
            emit(f"payload/{name}.pem", pem("CERTIFICATE", der), what, payload=payload)
            if name == "control":
                control = der

    # NUL in the subject and issuer: `-subj` cannot carry it (argv is
    # NUL-terminated), so the control certificate's CN is replaced in the DER
    # and the TBS signed again.
    cn = "nul\x00<script>alert(1)</script>"

    def put_nul(tbs):
        fields = [c for c in tbs.children if c.tag != 0xA0]
        for name in (fields[2], fields[4]):
            for rdn in name.children:
                for atv in rdn.children:
                    if atv.children[0].value == bytes.fromhex("550403"):
                        atv.children[1] = Node(0x0C, cn.encode(), None)

    der = resign(control, put_nul)
    payload = payload_of(der)
    assert ["2.5.4.3", cn] in payload["subject"]
    emit("payload/nul-subject.pem", pem("CERTIFICATE", der), "NUL and <script> in the subject's and issuer's CN (DER edited, then signed again)", payload=payload)


def hostile_crls():
    """CRLs whose shape is right outside and wrong inside (issue 14): each
    reaches the CRL decoder, which must refuse it with crl-invalid."""
    alg = tlv(0x30, tlv(0x06, bytes.fromhex("2a864886f70d01010b")) + b"\x05\x00")
    name = tlv(0x30, tlv(0x31, tlv(0x30, tlv(0x06, b"\x55\x04\x03") + tlv(0x0C, b"hostile CRL"))))
    this = tlv(0x17, b"261122000000Z")
    sig = tlv(0x03, b"\x00" + bytes(64))

    def crl(version, entries, ext=b""):
        tbs = tlv(0x30, version + alg + name + this + this + entries + ext)
        return tlv(0x30, tbs + alg + sig)

    v2 = tlv(0x02, b"\x01")
    entry = lambda serial, rest: tlv(0x30, tlv(0x02, serial) + rest)  # noqa: E731
    emit("crl/entry-without-date.der", crl(v2, tlv(0x30, entry(b"\x10", b""))), "a CRL entry with a serial and no revocation date", expect_error="crl-invalid")
    emit("crl/entry-empty-serial.der", crl(v2, tlv(0x30, entry(b"", this))), "a CRL entry whose serial INTEGER is empty", expect_error="crl-invalid")
    emit("crl/version-3.der", crl(tlv(0x02, b"\x02"), b""), "a CRL claiming version 3 (2), which does not exist", expect_error="crl-invalid")
    many = tlv(0x30, entry(b"\x01", this) * 1 + entry(b"\x02", this + tlv(0x04, b"")))
    emit("crl/entry-extensions-not-sequence.der", crl(v2, many), "the second CRL entry's extensions are an OCTET STRING", expect_error="crl-invalid")
    bad_ext = tlv(0xA0, tlv(0x30, tlv(0x30, tlv(0x06, b"\x55\x1d\x1c") + tlv(0x01, b"\xff") + tlv(0x04, b"\x30\x03\xff\xff\xff"))))
    emit("crl/idp-garbage.der", crl(v2, b"", bad_ext), "a critical Issuing Distribution Point whose value is garbage: decoded, then refused as unknown critical")


def main():
    if shutil.which("openssl") is None:
        sys.exit("generate.py: the openssl CLI is needed for the payload certificates")
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    for make in (truncated, bitflipped, lengths_past_end, deep_nesting, many_pem_blocks, invalid_utf8, nul_bytes, private_keys, big, payload_certificates, hostile_crls):
        make()
    (OUT / "manifest.json").write_text(json.dumps({"seed": SEED, "files": manifest}, indent=1, ensure_ascii=True) + "\n")
    total = sum(e["bytes"] for e in manifest)
    print(f"generate.py: {len(manifest)} hostile files, {total / 1e6:.1f} MB, in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
