"""Issue 10 item 10: a `whsec_` secret that decodes to an empty key must never sign or verify."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

import pytest

from webcare.config import HelpdeskConfig
from webcare.errors import ConfigError
from webcare.helpdesks import build_helpdesk, standard_webhooks
from webcare.secrets import StaticSecrets

BAD_SECRETS = ["whsec_", "whsec_!!!", "whsec_====", "whsec_abc", ""]


def signed_with_an_empty_key(webhook_id: str, body: bytes) -> dict[str, str]:
    """What an attacker can send when the receiver's key is empty: no secret needed."""
    stamp = int(time.time())
    digest = hmac.new(b"", f"{webhook_id}.{stamp}.".encode() + body, hashlib.sha256).digest()
    return {
        "webhook-id": webhook_id,
        "webhook-timestamp": str(stamp),
        "webhook-signature": "v1," + base64.b64encode(digest).decode(),
    }


@pytest.mark.parametrize("secret", BAD_SECRETS)
def test_signing_with_an_empty_or_malformed_secret_is_refused(secret: str) -> None:
    with pytest.raises(ConfigError):
        standard_webhooks.sign(secret, "evt_1", b"{}")


@pytest.mark.parametrize("secret", BAD_SECRETS)
def test_a_request_signed_with_an_empty_key_never_verifies(secret: str) -> None:
    body = b'{"type":"case.closed","case_id":"c_1"}'
    with pytest.raises(ConfigError):
        standard_webhooks.verify([secret], signed_with_an_empty_key("cb_1", body), body)


def test_one_bad_secret_among_good_ones_is_still_refused_loudly() -> None:
    good = "whsec_" + base64.b64encode(b"k" * 32).decode()
    body = b"{}"
    headers = standard_webhooks.sign(good, "evt_1", body)
    assert standard_webhooks.verify([good], headers, body) == "evt_1"
    with pytest.raises(standard_webhooks.InvalidSecret, match="not valid base64"):
        standard_webhooks.verify([good, "whsec_!!!"], headers, body)


@pytest.mark.parametrize("secret", ["whsec_", "whsec_!!!"])
def test_the_webhook_adapter_names_the_bad_secret_but_not_its_value(secret: str) -> None:
    config = HelpdeskConfig(
        name="care", type="webhook", url="https://hd.example/h", signing_secret="care_key"
    )
    with pytest.raises(ConfigError) as caught:
        build_helpdesk(config, StaticSecrets({"care_key": secret}))
    assert "secret 'care_key' of helpdesk 'care'" in str(caught.value)
    assert "!!!" not in str(caught.value)


def test_valid_secrets_still_sign_and_verify() -> None:
    for secret in ("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "a-plain-generated-secret"):
        headers = standard_webhooks.sign(secret, "evt_1", b"{}")
        assert standard_webhooks.verify([secret], headers, b"{}") == "evt_1"
