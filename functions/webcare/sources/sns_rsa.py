"""RSA PKCS#1 v1.5 signatures in pure Python, for Amazon SNS message signatures.

SNS signs each message with RSA (SHA1 for SignatureVersion 1, SHA256 for 2) and publishes the
public key in an X.509 certificate [S5]. Verifying needs only the certificate's RSA public key
and one modular exponentiation; this module reads that key with a minimal DER reader, so the
Lambda artifact stays pure Python (docs/decisions/0001, 0036). It does not validate certificate
chains: trust comes from fetching the certificate over HTTPS from an SNS host, as AWS's own
message validators do.

Verification compares the whole expected encoding block (`00 01 FF… 00 DigestInfo hash`) in
constant time rather than parsing the decrypted block, which rules out the signature-forgery
attacks on lenient PKCS#1 parsers (Bleichenbacher 2006).

The signing half (`generate_key`, `sign`, `self_signed_certificate_pem`) exists for the local
stack and the tests, which need a signer that SNS would be.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

_RSA_ENCRYPTION = bytes.fromhex("2a864886f70d010101")  # 1.2.840.113549.1.1.1
_SHA256_WITH_RSA = bytes.fromhex("2a864886f70d01010b")  # 1.2.840.113549.1.1.11
_COMMON_NAME = bytes.fromhex("550403")  # 2.5.4.3
DIGEST_INFO = {
    "sha1": bytes.fromhex("3021300906052b0e03021a05000414"),
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
}
MIN_MODULUS_BITS = 2048
MAX_MODULUS_BITS = 8192
_PEM = re.compile(rb"-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----")


class KeyError_(ValueError):
    """A certificate or key that cannot be used (malformed DER, not RSA, weak key)."""


@dataclass(frozen=True)
class PublicKey:
    n: int
    e: int

    @property
    def size(self) -> int:
        return (self.n.bit_length() + 7) // 8


@dataclass(frozen=True)
class PrivateKey:
    n: int
    e: int
    d: int
    p: int
    q: int

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.n, self.e)


# --- DER reading -----------------------------------------------------------------------------


def _read(data: bytes, offset: int) -> tuple[int, bytes, int]:
    """One TLV at `offset`: (tag, value, offset after it)."""
    if offset + 2 > len(data):
        raise KeyError_("DER: truncated")
    tag = data[offset]
    length = data[offset + 1]
    offset += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or offset + count > len(data):
            raise KeyError_("DER: bad length")
        length = int.from_bytes(data[offset : offset + count], "big")
        offset += count
    end = offset + length
    if end > len(data):
        raise KeyError_("DER: truncated value")
    return tag, data[offset:end], end


def _children(data: bytes) -> list[tuple[int, bytes]]:
    items: list[tuple[int, bytes]] = []
    offset = 0
    while offset < len(data):
        if len(items) >= 64:
            raise KeyError_("DER: too many elements")
        tag, value, offset = _read(data, offset)
        items.append((tag, value))
    return items


def _sequence(data: bytes, what: str) -> list[tuple[int, bytes]]:
    tag, value, end = _read(data, 0)
    if tag != 0x30 or end != len(data):
        raise KeyError_(f"DER: {what} is not a SEQUENCE")
    return _children(value)


def _integer(tag: int, value: bytes) -> int:
    if tag != 0x02 or not value:
        raise KeyError_("DER: expected INTEGER")
    return int.from_bytes(value, "big", signed=True)


def public_key_from_certificate(pem_or_der: bytes) -> PublicKey:
    """The RSA public key of an X.509 certificate (PEM or DER)."""
    match = _PEM.search(pem_or_der)
    der = base64.b64decode(b"".join(match.group(1).split())) if match else pem_or_der
    certificate = _sequence(der, "Certificate")
    if not certificate or certificate[0][0] != 0x30:
        raise KeyError_("DER: no tbsCertificate")
    tbs = _children(certificate[0][1])
    if tbs and tbs[0][0] == 0xA0:  # [0] EXPLICIT version
        tbs = tbs[1:]
    if len(tbs) < 6:
        raise KeyError_("DER: tbsCertificate too short")
    # serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    spki_tag, spki = tbs[5]
    if spki_tag != 0x30:
        raise KeyError_("DER: no subjectPublicKeyInfo")
    algorithm, key_bits = _children(spki)[:2]
    algorithm_items = _children(algorithm[1])
    if not algorithm_items or algorithm_items[0] != (0x06, _RSA_ENCRYPTION):
        raise KeyError_("certificate key is not RSA")
    if key_bits[0] != 0x03 or not key_bits[1] or key_bits[1][0] != 0:
        raise KeyError_("DER: bad public key BIT STRING")
    rsa_key = _sequence(key_bits[1][1:], "RSAPublicKey")
    if len(rsa_key) != 2:
        raise KeyError_("DER: RSAPublicKey must hold n and e")
    key = PublicKey(_integer(*rsa_key[0]), _integer(*rsa_key[1]))
    if not MIN_MODULUS_BITS <= key.n.bit_length() <= MAX_MODULUS_BITS or key.e < 3 or key.e % 2 == 0:
        raise KeyError_("certificate RSA key is too weak or malformed")
    return key


# --- PKCS#1 v1.5 ---------------------------------------------------------------------------------


def _encoded(digest_name: str, message: bytes, size: int) -> bytes:
    digest = hashlib.new(digest_name, message).digest()
    info = DIGEST_INFO[digest_name] + digest
    padding = size - len(info) - 3
    if padding < 8:
        raise KeyError_("key too small for this digest")
    return b"\x00\x01" + b"\xff" * padding + b"\x00" + info


def verify(key: PublicKey, signature: bytes, message: bytes, digest_name: str) -> bool:
    """RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2) with SHA1 or SHA256."""
    if digest_name not in DIGEST_INFO or len(signature) != key.size:
        return False
    value = int.from_bytes(signature, "big")
    if value >= key.n:
        return False
    recovered = pow(value, key.e, key.n).to_bytes(key.size, "big")
    return hmac.compare_digest(recovered, _encoded(digest_name, message, key.size))


def sign(key: PrivateKey, message: bytes, digest_name: str) -> bytes:
    """RSASSA-PKCS1-v1_5 signature (for the local stack and tests)."""
    size = (key.n.bit_length() + 7) // 8
    value = int.from_bytes(_encoded(digest_name, message, size), "big")
    return pow(value, key.d, key.n).to_bytes(size, "big")


# --- keys and certificates for local use ---------------------------------------------------------

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p**0.5) + 1))]


def _probably_prime(candidate: int, rounds: int = 40) -> bool:
    if any(candidate % p == 0 for p in _SMALL_PRIMES):
        return candidate in _SMALL_PRIMES
    d, r = candidate - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(rounds):
        a = secrets.randbelow(candidate - 3) + 2
        x = pow(a, d, candidate)
        if x in (1, candidate - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, candidate)
            if x == candidate - 1:
                break
        else:
            return False
    return True


def _prime(bits: int) -> int:
    while True:
        candidate = secrets.randbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _probably_prime(candidate):
            return candidate


def generate_key(bits: int = 2048, e: int = 65537) -> PrivateKey:
    """A fresh RSA key (pure Python: about a second for 2048 bits)."""
    while True:
        p, q = _prime(bits // 2), _prime(bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e and (p * q).bit_length() == bits:
            return PrivateKey(n=p * q, e=e, d=pow(e, -1, phi), p=p, q=q)


def _der(tag: int, value: bytes) -> bytes:
    length = len(value)
    if length < 0x80:
        return bytes([tag, length]) + value
    encoded = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(encoded)]) + encoded + value


def _der_int(value: int) -> bytes:
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True))


def self_signed_certificate_pem(key: PrivateKey, common_name: str = "sns.amazonaws.com") -> bytes:
    """A self-signed X.509 v3 certificate for `key`, valid for ten years from yesterday."""
    name = _der(0x30, _der(0x31, _der(0x30, _der(0x06, _COMMON_NAME) + _der(0x0C, common_name.encode()))))
    start = datetime.now(UTC) - timedelta(days=1)
    validity = _der(
        0x30,
        _der(0x17, start.strftime("%y%m%d%H%M%SZ").encode())
        + _der(0x17, (start + timedelta(days=3650)).strftime("%y%m%d%H%M%SZ").encode()),
    )
    rsa_key = _der(0x30, _der_int(key.n) + _der_int(key.e))
    spki = _der(0x30, _der(0x30, _der(0x06, _RSA_ENCRYPTION) + b"\x05\x00") + _der(0x03, b"\x00" + rsa_key))
    algorithm = _der(0x30, _der(0x06, _SHA256_WITH_RSA) + b"\x05\x00")
    tbs = _der(
        0x30,
        _der(0xA0, _der_int(2)) + _der_int(secrets.randbits(63)) + algorithm + name + validity + name + spki,
    )
    der = _der(0x30, tbs + algorithm + _der(0x03, b"\x00" + sign(key, tbs, "sha256")))
    body = base64.encodebytes(der).replace(b"\n", b"")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return b"-----BEGIN CERTIFICATE-----\n" + b"\n".join(lines) + b"\n-----END CERTIFICATE-----\n"
