"""Amazon SNS without the internet: the local stack's answer to every URL the SES source fetches.

`POST /webhooks/ses` fetches two kinds of SNS URL, both host-checked first by
`webcare.sources.sns`: the signing certificate (`SigningCertURL`) and, for a subscription
confirmation, its `SubscribeURL`. `LocalSns` is installed with `sns.install_fetcher` while the
stack runs. It serves the certificates it was told to trust (by default the one `webcare
simulate ses` signs with, for `simulate.DEFAULT_SNS_CERT_URL`; more with `--sns-cert URL=PEM`)
and records a `ConfirmSubscription` call instead of making it (logged, and listed at
`GET /_local/sns-confirmations`). Any other URL is answered as if AWS could not be reached (502),
never fetched: nothing in a local run talks to AWS.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from webcare.http import ClientError
from webcare.sources import sns, sns_rsa

log = logging.getLogger("webcare.local")

CONFIRM_RESPONSE = (
    b'<ConfirmSubscriptionResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">'
    b"<ConfirmSubscriptionResult><SubscriptionArn>%s</SubscriptionArn></ConfirmSubscriptionResult>"
    b"</ConfirmSubscriptionResponse>"
)


class SnsCertError(ValueError):
    """A `--sns-cert URL=PEMFILE` that the local stack refuses, with the reason."""


def trusted_certificate(url: str, pem: bytes, where: str = "--sns-cert") -> tuple[str, bytes]:
    """(url, pem) when `url` passes the SNS host check the SES source applies and `pem` holds an
    RSA certificate it can use; `SnsCertError` naming the reason otherwise."""
    try:
        sns.checked_sns_url(url, f"{where} URL", pem=True)
    except ClientError as exc:
        raise SnsCertError(f"{where} {url}: {exc.reason}") from None
    try:
        sns_rsa.public_key_from_certificate(pem)
    except sns_rsa.KeyError_ as exc:
        raise SnsCertError(f"{where} {url}: the certificate is not usable: {exc}") from None
    return url, pem


def parse_sns_cert(option: str) -> tuple[str, bytes]:
    """`URL=PEMFILE` (the `--sns-cert` option) as (url, pem), checked by `trusted_certificate`."""
    url, separator, path = option.rpartition("=")
    if not separator or not url or not path:
        raise SnsCertError(f"--sns-cert {option}: expected URL=PEMFILE")
    try:
        pem = Path(path).read_bytes()
    except OSError as exc:
        raise SnsCertError(f"--sns-cert {option}: cannot read {path}: {exc.strerror}") from None
    return trusted_certificate(url, pem)


class LocalSns:
    """The fetcher the local stack installs into `webcare.sources.sns` (see the module docstring).

    Side effects: logs each recorded confirmation; nothing leaves the process."""

    def __init__(self, certificates: Mapping[str, bytes]) -> None:
        self.certificates = dict(certificates)
        self._confirmations: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def fetch(self, url: str) -> bytes:
        if url in self.certificates:
            return self.certificates[url]
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        if query.get("Action") == ["ConfirmSubscription"]:
            topic = (query.get("TopicArn") or [""])[0]
            confirmation = {
                "topic_arn": topic,
                "subscribe_url": url,
                "confirmed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            with self._lock:
                self._confirmations.append(confirmation)
            log.info("SNS subscription to %s confirmed locally (recorded, not fetched)", topic)
            subscription = f"{topic}:local-{len(self._confirmations)}".encode()
            return CONFIRM_RESPONSE % subscription
        log.warning("SNS URL %s is not served locally (trust a certificate with --sns-cert URL=PEM)", url)
        raise sns.UpstreamError(
            "the local stack does not serve this SNS URL (start it with --sns-cert URL=PEMFILE)"
        )

    def confirmations(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._confirmations)
