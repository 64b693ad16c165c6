"""Amazon SNS messages: signing-certificate URL checks, the string to sign, signature verification.

Facts (`docs/channels/ses.md`; AWS "Verifying the signatures of Amazon SNS messages" [S5]):
- `SignatureVersion` "1" is RSA-SHA1, "2" is RSA-SHA256, `Signature` is base64;
- the string to sign is `Name\\nvalue\\n` for, in this order, Message, MessageId, Subject (only if
  present), Timestamp, TopicArn, Type for a Notification, and Message, MessageId, SubscribeURL,
  Timestamp, Token, TopicArn, Type for (Un)SubscriptionConfirmation;
- the certificate is at `SigningCertURL` (`SigningCertUrl` in SNS→Lambda events), which must be
  an HTTPS URL on an SNS host; it is checked before anything is fetched, so a forged message can
  never make us fetch from a host of its choosing.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from webcare.http import ClientError
from webcare.sources import sns_rsa

# sns.<region>.amazonaws.com, and the China partition's sns.<region>.amazonaws.com.cn
# (GovCloud regions are ordinary region names: sns.us-gov-west-1.amazonaws.com).
_SNS_HOST = re.compile(r"sns\.[a-z]{2}(-[a-z]+)+-[0-9]\.amazonaws\.com(\.cn)?")
_MAX_URL = 1024
MAX_CERTIFICATE_BYTES = 16 * 1024
MAX_CACHED_CERTIFICATES = 32

NOTIFICATION_FIELDS = ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
CONFIRMATION_FIELDS = ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type")
MESSAGE_TYPES = ("Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation")
_DIGESTS = {"1": "sha1", "2": "sha256"}


class UpstreamError(ClientError):
    """AWS could not be reached (certificate, SubscribeURL): answered 502 so that SNS retries."""

    def __init__(self, reason: str) -> None:
        super().__init__(502, reason)


def checked_sns_url(url: Any, what: str, *, pem: bool) -> str:
    """`url` when it is `https://sns.<region>.amazonaws.com[.cn]/…` (with a `.pem` path for
    certificates); `ClientError(403)` otherwise. No userinfo, no port, no tricks with the host."""
    if not isinstance(url, str) or not url or len(url) > _MAX_URL:
        raise ClientError(403, f"{what} missing or too long")
    if not url.isascii() or any(c.isspace() or c == "\\" for c in url):
        raise ClientError(403, f"{what} has characters an SNS URL does not have")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ClientError(403, f"{what} is not a URL") from None
    if parts.scheme != "https":
        raise ClientError(403, f"{what} must be https")
    if "@" in parts.netloc or port is not None or parts.netloc != (parts.hostname or ""):
        raise ClientError(403, f"{what} must name the host alone (no user, port or other parts)")
    if not _SNS_HOST.fullmatch(parts.netloc):
        raise ClientError(403, f"{what} is not on an Amazon SNS host (sns.<region>.amazonaws.com)")
    if pem and (not parts.path.endswith(".pem") or parts.query or parts.fragment):
        raise ClientError(403, f"{what} must point at a .pem certificate")
    return url


def field(document: Mapping[str, Any], name: str) -> Any:
    """A field of an SNS message; SNS→Lambda events spell some names differently."""
    if name in document:
        return document[name]
    alternative = {"SigningCertURL": "SigningCertUrl", "UnsubscribeURL": "UnsubscribeUrl"}.get(name)
    return document.get(alternative) if alternative else None


def string_to_sign(document: Mapping[str, Any]) -> bytes:
    """The canonical string SNS signs, per message type [S5]."""
    kind = document.get("Type")
    if kind not in MESSAGE_TYPES:
        raise ClientError(400, f"Type must be one of {', '.join(MESSAGE_TYPES)}")
    names = NOTIFICATION_FIELDS if kind == "Notification" else CONFIRMATION_FIELDS
    lines: list[str] = []
    for name in names:
        value = document.get(name)
        if value is None and name == "Subject":
            continue
        if not isinstance(value, str):
            raise ClientError(400, f"SNS field {name} must be a string")
        lines.append(f"{name}\n{value}\n")
    return "".join(lines).encode("utf-8")


Fetch = Callable[[str], bytes]


# The seam for running without AWS: the local stack installs a fetcher that serves its own
# signing certificates and records SubscribeURL confirmations instead of fetching them.
_installed_fetcher: Fetch | None = None
_installed_lock = threading.Lock()


def install_fetcher(fetch: Fetch | None) -> Fetch | None:
    """Make `fetch_https` answer with `fetch` (None: the network again); returns the previous one.

    Process-wide, for the local stack (`webcare local`): URLs are host-checked before they get
    here, so the installed fetcher only ever sees SNS URLs. Lambda never installs one."""
    global _installed_fetcher
    with _installed_lock:
        previous, _installed_fetcher = _installed_fetcher, fetch
    return previous


def fetch_https(url: str, *, timeout: float = 5.0, limit: int = MAX_CERTIFICATE_BYTES) -> bytes:
    """GET `url` (already host-checked) without following redirects; at most `limit` bytes.

    Answered by the fetcher of `install_fetcher` instead, when one is installed."""
    installed = _installed_fetcher
    if installed is not None:
        return installed(url)
    import requests

    try:
        response = requests.get(url, timeout=timeout, allow_redirects=False, stream=True)
        body = response.raw.read(limit + 1, decode_content=True)
    except requests.RequestException as exc:
        raise UpstreamError(f"could not fetch from Amazon SNS: {type(exc).__name__}") from None
    if response.status_code != 200:
        raise UpstreamError(f"Amazon SNS answered {response.status_code}")
    if len(body) > limit:
        raise UpstreamError("Amazon SNS answered with more than expected")
    return bytes(body)


class CertificateCache:
    """Public keys of SNS signing certificates, by URL, for the life of the execution environment."""

    def __init__(self, fetch: Fetch = fetch_https) -> None:
        self._fetch = fetch
        self._keys: dict[str, sns_rsa.PublicKey] = {}
        self._lock = threading.Lock()

    def key(self, url: str) -> sns_rsa.PublicKey:
        with self._lock:
            cached = self._keys.get(url)
        if cached is not None:
            return cached
        try:
            key = sns_rsa.public_key_from_certificate(self._fetch(url))
        except sns_rsa.KeyError_ as exc:
            raise UpstreamError(f"the SNS signing certificate is not usable: {exc}") from None
        with self._lock:
            if len(self._keys) >= MAX_CACHED_CERTIFICATES:
                self._keys.pop(next(iter(self._keys)))
            self._keys[url] = key
        return key


def verify_message(document: Mapping[str, Any], certificates: CertificateCache) -> None:
    """Check the SNS signature of `document`; `ClientError(401|403)` when it does not hold.

    Order: version and certificate URL first (nothing fetched for a bad URL), then the key
    (fetched once per URL), then the signature over the canonical string.
    """
    version = document.get("SignatureVersion")
    digest = _DIGESTS.get(version) if isinstance(version, str) else None
    if digest is None:
        raise ClientError(401, "SignatureVersion must be 1 (SHA1) or 2 (SHA256)")
    url = checked_sns_url(field(document, "SigningCertURL"), "SigningCertURL", pem=True)
    raw_signature = document.get("Signature")
    if not isinstance(raw_signature, str) or not raw_signature or len(raw_signature) > 2048:
        raise ClientError(401, "missing Signature")
    try:
        signature = base64.b64decode(raw_signature, validate=True)
    except (binascii.Error, ValueError):
        raise ClientError(401, "Signature is not base64") from None
    message = string_to_sign(document)
    if not sns_rsa.verify(certificates.key(url), signature, message, digest):
        raise ClientError(401, "SNS signature does not match the message")


def sign_message(
    document: Mapping[str, Any], key: sns_rsa.PrivateKey, cert_url: str, *, version: str = "1"
) -> dict[str, Any]:
    """`document` signed as SNS signs it (for the local stack and tests): adds SignatureVersion,
    SigningCertURL and Signature."""
    signed = dict(document) | {"SignatureVersion": version, "SigningCertURL": cert_url}
    signature = sns_rsa.sign(key, string_to_sign(signed), _DIGESTS[version])
    return signed | {"Signature": base64.b64encode(signature).decode("ascii")}
