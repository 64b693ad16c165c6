"""The scrubber's public interface: what the pipeline and the CLI rely on."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from webcare.errors import ConfigError
from webcare.model import Account, Attachment, Identity, Message
from webcare.scrub import Finding, Scrubber, ScrubPolicy
from webcare.scrub.cli import run

SCRUBBER = Scrubber(ScrubPolicy.from_config(None))


def _message(text: str, visibility: str = "public", **changes: object) -> Message:
    moment = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    message = Message(
        source="x",
        provider_message_id="1",
        channel="x_public" if visibility == "public" else "x_dm",
        account=Account(platform="x", id="acme"),
        customer=Identity(namespace="x", id="42", handle="@jan", display_name="Jan"),
        visibility=visibility,  # type: ignore[arg-type]
        occurred_at=moment,
        received_at=moment,
        text=text,
    )
    return message.with_changes(**changes) if changes else message


def test_password_after_dutch_cue_is_redacted_with_positions_in_the_original() -> None:
    text = "mijn wachtwoord is Zomer2024! help"
    result = SCRUBBER.scrub(text, visibility="private")
    assert result.text == "mijn wachtwoord is [PASSWORD] help"
    assert result.findings == (Finding("password", 19, 29, "redact"),)
    assert text[19:29] == "Zomer2024!"
    assert not result.truncated


def test_card_iban_and_email_get_typed_placeholders() -> None:
    text = "kaart 4111 1111 1111 1111, IBAN NL91 ABNA 0417 1643 00, mail jan@example.com"
    result = SCRUBBER.scrub(text, visibility="public")
    assert result.text == "kaart [CARD], IBAN [IBAN], mail [EMAIL]"


def test_private_default_masks_iban_and_keeps_email() -> None:
    result = SCRUBBER.scrub("IBAN NL91ABNA0417164300 of jan@example.com", visibility="private")
    assert result.text == "IBAN [IBAN …4300] of jan@example.com"
    assert [(f.type, f.action) for f in result.findings] == [("iban", "mask"), ("email", "keep")]


def test_redact_all_policy_redacts_everything() -> None:
    scrubber = Scrubber(ScrubPolicy.redact_all())
    assert scrubber.scrub("jan@example.com", visibility="private").text == "[EMAIL]"


def test_config_can_change_a_type_per_visibility() -> None:
    policy = ScrubPolicy.from_config({"policy": {"email": {"private": "mask"}, "phone": "keep"}})
    assert policy.action("email", "private") == "mask"
    assert policy.action("email", "public") == "redact"
    assert policy.action("phone", "public") == "keep"


@pytest.mark.parametrize(
    ("section", "field"),
    [
        ({"policy": {"iban": {"public": "shred"}}}, "scrub.policy.iban.public"),
        ({"policy": {"card": {"private": "mask"}}}, "scrub.policy.card.private"),
        ({"policy": {"password": "keep"}}, "scrub.policy.password.public"),
        ({"policy": {"bsn": {"public": "keep"}}}, "scrub.policy.bsn.public"),
        ({"policy": {"shoe_size": "keep"}}, "scrub.policy.shoe_size"),
        ({"policy": {"email": {"internal": "keep"}}}, "scrub.policy.email.internal"),
        ({"max_text_length": "long"}, "scrub.max_text_length"),
        ({"colour": "blue"}, "scrub.colour"),
    ],
)
def test_bad_policy_names_the_field(section: dict[str, object], field: str) -> None:
    with pytest.raises(ConfigError) as caught:
        ScrubPolicy.from_config(section)
    assert str(caught.value).startswith(field + ":")


def test_over_long_text_is_truncated_with_a_flag_and_a_visible_mark() -> None:
    scrubber = Scrubber(ScrubPolicy.from_config({"max_text_length": 100}))
    result = scrubber.scrub("a" * 95 + " wachtwoord: Geheim123 en meer", visibility="public")
    assert result.truncated
    assert result.text.endswith("[TRUNCATED]")
    assert "Geh" not in result.text


def test_scrub_message_scrubs_every_stored_field_and_reports_counts_without_values() -> None:
    message = _message(
        "mijn pincode is 4821 en IBAN NL91ABNA0417164300",
        subject="wachtwoord: Hond123",
        attachments=(Attachment(kind="file", name="jan@example.com-bsn 111222333.pdf"),),
        customer=Identity(namespace="x", id="42", display_name="Jan 06-12345678"),
    )
    scrubbed = SCRUBBER.scrub_message(message)
    assert scrubbed.text == "mijn pincode is [PIN] en IBAN [IBAN]"
    assert scrubbed.subject == "wachtwoord: [PASSWORD]"
    assert scrubbed.attachments[0].name == "[EMAIL]-bsn [BSN].pdf"
    assert scrubbed.customer.display_name == "Jan [PHONE]"
    assert scrubbed.scrub is not None
    assert scrubbed.scrub.credential_shared
    assert scrubbed.scrub.public_exposure
    found = {kind: (action, count) for kind, action, count in scrubbed.scrub.findings}
    assert found["pin"] == ("redact", 1)
    assert "4821" not in json.dumps(scrubbed.to_dict())


def test_private_message_with_a_password_is_not_a_public_exposure() -> None:
    scrubbed = SCRUBBER.scrub_message(_message("password: Hond1234", visibility="private"))
    assert scrubbed.scrub is not None
    assert scrubbed.scrub.credential_shared
    assert not scrubbed.scrub.public_exposure


def test_scrubbing_twice_changes_nothing_more() -> None:
    once = SCRUBBER.scrub("wachtwoord: Geheim123, pin 1234, card 4111111111111111", "public").text
    assert SCRUBBER.scrub(once, "public").text == once


def test_cli_reads_plain_and_json_lines_and_writes_findings() -> None:
    out = io.StringIO()
    lines = io.StringIO('wachtwoord: Geheim123\n{"text": "mail jan@example.com", "id": 7}\n')
    assert run(Scrubber(ScrubPolicy.redact_all()), lines, out, "private") == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records[0] == {
        "text": "wachtwoord: [PASSWORD]",
        "findings": [{"type": "password", "start": 12, "end": 21, "action": "redact"}],
    }
    assert records[1]["text"] == "mail [EMAIL]"


def test_the_same_text_gives_the_same_findings_in_every_process() -> None:
    """Two detectors may claim the same value with types of equal rank (a PIN and a one-time code): the
    one reported first wins, whatever PYTHONHASHSEED the process started with."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    probe = (
        "from webcare.scrub.scrubber import _resolve; from webcare.scrub.detectors import Span; "
        "print(_resolve([Span(5, 9, 'otp'), Span(5, 9, 'pin')], 'code 1234'), "
        "_resolve([Span(5, 9, 'pin'), Span(5, 9, 'otp')], 'code 1234'))"
    )
    functions = str(Path(__file__).resolve().parents[3] / "functions")
    answers = {
        subprocess.run(
            [sys.executable, "-c", probe],
            env={**os.environ, "PYTHONPATH": functions, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert answers == {"[Span(start=5, end=9, type='otp')] [Span(start=5, end=9, type='pin')]\n"}
