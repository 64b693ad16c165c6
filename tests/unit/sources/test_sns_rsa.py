"""Pure-Python RSA for SNS: certificate key extraction and PKCS#1 v1.5, checked against `cryptography`."""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path

import pytest

from webcare.sources import sns_rsa

FIXTURE_CERT = (Path(__file__).resolve().parents[2] / "events" / "ses" / "sns-signing-cert.pem").read_bytes()


@cache
def key() -> sns_rsa.PrivateKey:
    return sns_rsa.generate_key()


def test_fixture_certificate_gives_its_2048_bit_rsa_key() -> None:
    public = sns_rsa.public_key_from_certificate(FIXTURE_CERT)
    assert public.n.bit_length() == 2048 and public.e == 65537


def test_key_matches_what_cryptography_reads_from_the_same_certificate() -> None:
    x509 = pytest.importorskip("cryptography.x509")
    expected = x509.load_pem_x509_certificate(FIXTURE_CERT).public_key().public_numbers()
    public = sns_rsa.public_key_from_certificate(FIXTURE_CERT)
    assert (public.n, public.e) == (expected.n, expected.e)


@pytest.mark.parametrize(("digest", "hash_name"), [("sha1", "SHA1"), ("sha256", "SHA256")])
def test_our_signatures_verify_with_cryptography_and_theirs_with_ours(digest: str, hash_name: str) -> None:
    cryptography = pytest.importorskip("cryptography")
    assert cryptography
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    pem = sns_rsa.self_signed_certificate_pem(key())
    certificate = x509.load_pem_x509_certificate(pem)
    theirs = certificate.public_key()
    assert isinstance(theirs, rsa.RSAPublicKey)
    signature = sns_rsa.sign(key(), b"message", digest)
    theirs.verify(signature, b"message", padding.PKCS1v15(), getattr(hashes, hash_name)())
    # The certificate is properly self-signed (what a real X.509 reader expects).
    theirs.verify(
        certificate.signature, certificate.tbs_certificate_bytes, padding.PKCS1v15(), hashes.SHA256()
    )
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    their_signature = private.sign(b"message", padding.PKCS1v15(), getattr(hashes, hash_name)())
    der = private.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)
    numbers = private.public_key().public_numbers()
    assert der
    assert sns_rsa.verify(sns_rsa.PublicKey(numbers.n, numbers.e), their_signature, b"message", digest)


def test_wrong_message_digest_length_or_value_does_not_verify() -> None:
    public = key().public
    signature = sns_rsa.sign(key(), b"message", "sha256")
    assert sns_rsa.verify(public, signature, b"message", "sha256")
    assert not sns_rsa.verify(public, signature, b"messagf", "sha256")
    assert not sns_rsa.verify(public, signature, b"message", "sha1")
    assert not sns_rsa.verify(public, signature[:-1], b"message", "sha256")
    assert not sns_rsa.verify(public, b"\xff" * len(signature), b"message", "sha256")
    assert not sns_rsa.verify(public, signature, b"message", "md5")


def test_a_low_exponent_forgery_with_garbage_after_the_digest_is_refused() -> None:
    # Bleichenbacher 2006: with e=3, a lenient parser accepts 00 01 FF 00 DigestInfo hash GARBAGE.
    # Comparing the whole expected block refuses any block that is not exactly the encoding.
    import hashlib

    n = key().n
    info = sns_rsa.DIGEST_INFO["sha256"] + hashlib.sha256(b"forged").digest()
    block = b"\x00\x01\xff\x00" + info
    target = int.from_bytes(block + b"\xff" * (256 - len(block)), "big")  # any garbage below
    root = _cube_root(target)
    forged = root.to_bytes(256, "big")
    recovered = pow(root, 3, n).to_bytes(256, "big")
    assert recovered.startswith(block)  # a lenient parser would accept this …
    assert not sns_rsa.verify(sns_rsa.PublicKey(n, 3), forged, b"forged", "sha256")  # … we do not


def _cube_root(value: int) -> int:
    """floor(value ** (1/3)) for big integers (Newton's method)."""
    guess = 1 << ((value.bit_length() + 2) // 3)
    while True:
        better = (2 * guess + value // (guess * guess)) // 3
        if better >= guess:
            return guess
        guess = better


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x30",
        b"\x30\x84\xff\xff\xff\xff",
        b"\x30\x03\x02\x01\x01",
        b"-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----",
        base64.b64decode(b"MIIBCgKCAQEA"),
        FIXTURE_CERT[:400],
    ],
)
def test_malformed_certificates_raise_key_error(data: bytes) -> None:
    with pytest.raises(sns_rsa.KeyError_):
        sns_rsa.public_key_from_certificate(data)


def test_a_weak_key_is_refused() -> None:
    weak = sns_rsa.generate_key(bits=1024)
    with pytest.raises(sns_rsa.KeyError_):
        sns_rsa.public_key_from_certificate(sns_rsa.self_signed_certificate_pem(weak))
