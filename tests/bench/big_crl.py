#!/usr/bin/env python3
"""A CRL of a million entries for the benchmark (issue 14), built directly
as DER (`openssl ca -gencrl` over a million-line index takes far too long)
and signed by the test PKI's "certscope Test Intermediate R2".

    tests/bench/big_crl.py OUT.crl [--entries N] [--listed SERIAL_HEX]

Writes OUT.crl (DER): N revoked entries with 17-byte serials like Let's
Encrypt's (every fourth with a reasonCode), then one entry for SERIAL_HEX
(default 1001: tests/fixtures/pki/leaf.pem), so the leaf is listed last
and a lookup has to reach the end. thisUpdate 2026-11-22, nextUpdate
2026-11-29: fresh at tests/fixtures/EVALUATION_TIME. The signature is
sha256WithRSAEncryption by `openssl dgst -sha256 -sign` with
tests/fixtures/pki/keys/int-rsa.key, so `openssl crl -CAfile` verifies it.

Python 3 standard library plus the openssl CLI.
"""
import argparse
import os
import subprocess
import sys
import tempfile

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")
SHA256_WITH_RSA = bytes.fromhex("300d06092a864886f70d01010b0500")


def length(n):
    if n < 0x80:
        return bytes([n])
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(size)]) + size


def wrap(tag, body):
    return bytes([tag]) + length(len(body)) + body


def children(data):
    """The elements of a DER element's contents."""
    out, at = [], 0
    while at < len(data):
        first = data[at + 1]
        head, n = (2, first) if first < 0x80 else (2 + (first & 0x7F), int.from_bytes(data[at + 2:at + 2 + (first & 0x7F)], "big"))
        out.append(data[at:at + head + n])
        at += head + n
    return out


def content(element):
    first = element[1]
    return element[2:] if first < 0x80 else element[2 + (first & 0x7F):]


def subject_of(pem):
    der = subprocess.run(["openssl", "x509", "-in", pem, "-outform", "DER"],
                         capture_output=True, check=True).stdout
    fields = children(content(children(content(der))[0]))
    if fields[0][0] == 0xA0:  # [0] version
        fields = fields[1:]
    return fields[4]  # serial, signature, issuer, validity, subject


def entries(n, listed):
    date = wrap(0x17, b"261101000000Z")
    # reasonCode keyCompromise, as an entry extension (RFC 5280 5.3.1).
    reason = wrap(0x30, wrap(0x30, wrap(0x06, b"\x55\x1d\x15") + wrap(0x04, b"\x0a\x01\x01")))
    out = bytearray()
    prefix = b"\x02\x11" + b"\x04" * 13
    for i in range(1, n + 1):
        body = prefix + i.to_bytes(4, "big") + date
        if i % 4 == 0:
            body += reason
        out += b"\x30" + length(len(body)) + body
    serial = bytes.fromhex(listed)
    if serial[0] & 0x80:
        serial = b"\x00" + serial
    out += wrap(0x30, wrap(0x02, serial) + date + reason)
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--listed", default="1001")
    args = parser.parse_args()
    issuer = subject_of(os.path.join(FIXTURES, "pki", "int-rsa.pem"))
    tbs = wrap(0x30, wrap(0x02, b"\x01") + SHA256_WITH_RSA + issuer
               + wrap(0x17, b"261122000000Z") + wrap(0x17, b"261129000000Z")
               + wrap(0x30, entries(args.entries, args.listed)))
    with tempfile.NamedTemporaryFile(suffix=".tbs") as f:
        f.write(tbs)
        f.flush()
        signature = subprocess.run(
            ["openssl", "dgst", "-sha256", "-sign", os.path.join(FIXTURES, "pki", "keys", "int-rsa.key"), f.name],
            capture_output=True, check=True).stdout
    crl = wrap(0x30, tbs + SHA256_WITH_RSA + wrap(0x03, b"\x00" + signature))
    with open(args.out, "wb") as out:
        out.write(crl)
    print(f"{args.out}: {args.entries + 1:,} entries, {len(crl):,} bytes", file=sys.stderr)


main()
