"""The local stack's SNS: which certificates it trusts, what it records instead of fetching, and
the seam in `webcare.sources.sns` it goes through."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from webcare import simulate
from webcare.http import ClientError
from webcare.local.sns import LocalSns, SnsCertError, parse_sns_cert, trusted_certificate
from webcare.sources import sns

SIMULATE_URL = simulate.DEFAULT_SNS_CERT_URL


@pytest.fixture(scope="module")
def key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One key pair for the module: generating RSA keys in pure Python takes a while.
    path = tmp_path_factory.mktemp("sns") / "sns-signing-key.json"
    simulate.sns_signing_key(path)
    return path


@pytest.fixture
def pem(key_file: Path) -> bytes:
    return simulate.sns_signing_key(key_file)[1]


@pytest.fixture
def no_fetcher() -> Iterator[None]:
    previous = sns.install_fetcher(None)
    yield
    sns.install_fetcher(previous)


def test_a_certificate_for_an_sns_url_is_trusted(pem: bytes) -> None:
    assert trusted_certificate(SIMULATE_URL, pem) == (SIMULATE_URL, pem)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://certs.attacker.example/SimpleNotificationService-1.pem", "not on an Amazon SNS host"),
        ("https://sns.eu-west-1.amazonaws.com.attacker.example/c.pem", "not on an Amazon SNS host"),
        ("http://sns.eu-west-1.amazonaws.com/c.pem", "must be https"),
        ("https://sns.eu-west-1.amazonaws.com:8443/c.pem", "host alone"),
        ("https://user@sns.eu-west-1.amazonaws.com/c.pem", "host alone"),
        ("https://sns.eu-west-1.amazonaws.com/c.txt", ".pem"),
    ],
)
def test_a_url_the_ses_source_would_never_fetch_is_refused_with_the_reason(
    pem: bytes, url: str, reason: str
) -> None:
    with pytest.raises(SnsCertError, match=re.escape(reason)):
        trusted_certificate(url, pem)


def test_a_file_that_is_no_certificate_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")
    with pytest.raises(SnsCertError, match="not usable"):
        parse_sns_cert(f"{SIMULATE_URL}={junk}")


@pytest.mark.parametrize("option", ["no-equals-sign", f"{SIMULATE_URL}=", "=cert.pem"])
def test_sns_cert_needs_url_and_file(option: str) -> None:
    with pytest.raises(SnsCertError, match="URL=PEMFILE"):
        parse_sns_cert(option)


def test_sns_cert_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SnsCertError, match="cannot read"):
        parse_sns_cert(f"{SIMULATE_URL}={tmp_path / 'missing.pem'}")


def test_trusted_certificates_are_served_and_confirmations_recorded_not_fetched(pem: bytes) -> None:
    local = LocalSns({SIMULATE_URL: pem})
    assert local.fetch(SIMULATE_URL) == pem
    topic = simulate.DEFAULT_SES_TOPIC
    answer = local.fetch(
        f"https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={topic}&Token=ab"
    )
    assert b"<ConfirmSubscriptionResponse" in answer
    [confirmation] = local.confirmations()
    assert confirmation["topic_arn"] == topic and confirmation["subscribe_url"].endswith("Token=ab")


def test_any_other_url_is_answered_as_unreachable_aws(pem: bytes) -> None:
    local = LocalSns({SIMULATE_URL: pem})
    with pytest.raises(sns.UpstreamError) as raised:
        local.fetch("https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-other.pem")
    assert raised.value.status == 502 and "--sns-cert" in raised.value.reason
    assert local.confirmations() == []


def test_the_seam_answers_fetch_https_and_gives_back_the_previous_fetcher(
    key_file: Path, no_fetcher: None
) -> None:
    key, pem = simulate.sns_signing_key(key_file)
    local = LocalSns({SIMULATE_URL: pem})
    assert sns.install_fetcher(local.fetch) is None
    # What the SES source does: verify with a certificate cache that fetches over HTTPS
    notification = simulate.ses_notification(simulate.email_message("hallo"), key)
    sns.verify_message(notification, sns.CertificateCache())
    assert sns.install_fetcher(None) == local.fetch
    with pytest.raises(ClientError, match="does not match"):
        sns.verify_message(notification | {"Subject": "changed"}, sns.CertificateCache(local.fetch))
