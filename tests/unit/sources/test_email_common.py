"""The rules every e-mail source shares: MIME, identity, ids, text cleaning, ignore rules, limits.

`assert_matches_expected` compares a message with an entry of the recorded fixtures'
`expected.json` (format: tests/events/ses/README.md); the provider test modules import it.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.http import ClientError
from webcare.model import Message
from webcare.schemas import validate
from webcare.scrub import Scrubber, ScrubPolicy
from webcare.sources.base import Parsed
from webcare.sources.email_common import (
    MAX_ATTACHMENTS,
    Mail,
    bounded_mime,
    clean_text,
    html_to_text,
    message_ids,
    parse_mime,
    sender,
    to_message,
)

EVENTS = Path(__file__).resolve().parents[2] / "events"
SES_EVENTS = EVENTS / "ses"
RECEIVED = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
SCRUBBER = Scrubber(ScrubPolicy.from_config(None))


def assert_matches_expected(message: Message, expected: dict[str, Any]) -> None:
    """`message` (unscrubbed) has every property the fixture's expectation names."""
    assert message.provider_message_id == expected["provider_message_id"]
    assert message.message_key == "email:" + expected["provider_message_id"]
    assert message.channel == expected["channel"]
    assert message.account.id == expected["account"]
    customer = message.customer.to_dict()
    assert {k: customer[k] for k in expected["customer"]} == expected["customer"]
    assert message.visibility == expected["visibility"]
    occurred = message.occurred_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert occurred == expected["occurred_at"]
    assert message.subject == expected["subject"]
    for fragment in expected.get("text_contains", []):
        assert fragment in message.text
    for fragment in expected.get("text_not_contains", []):
        assert fragment not in message.text
    if "in_reply_to" in expected:
        assert message.thread.in_reply_to == expected["in_reply_to"]
    if "references" in expected:
        assert list(message.thread.references) == expected["references"]
    if "quoted_history_stripped" in expected:
        assert message.email is not None
        assert message.email.quoted_history_stripped is expected["quoted_history_stripped"]
    if "attachments" in expected:
        got = [{"name": a.name, "content_type": a.content_type} for a in message.attachments]
        assert got == expected["attachments"]
        assert all(a.url is None or a.url.startswith("https://") for a in message.attachments)
    scrubbed = SCRUBBER.scrub_message(message)
    validate("message.schema.json", scrubbed.to_dict())
    pii = expected.get("pii", [])
    for value in pii:
        assert value in message.text  # the fixture's PII reached the parser …
    # … and the scrubber found each (what it does with them is the scrub policy's business).
    assert sum(count for _, _, count in (scrubbed.scrub.findings if scrubbed.scrub else ())) >= len(pii)


def expected_of(source: str) -> dict[str, Any]:
    import json

    data: dict[str, Any] = json.loads((EVENTS / source / "expected.json").read_text(encoding="utf-8"))
    return data


def assert_parsed_as_expected(parsed: Parsed, expected: Any) -> None:
    if isinstance(expected, dict):
        assert expected == {"ignored": True}
        assert parsed.messages == []
        assert sum(parsed.ignored.values()) == 1
        return
    assert len(parsed.messages) == len(expected)
    for message, wanted in zip(parsed.messages, expected, strict=True):
        assert_matches_expected(message, wanted)


def mime_message(raw: bytes) -> Parsed:
    parsed = Parsed()
    to_message(parse_mime(raw, "test"), RECEIVED, parsed)
    return parsed


# --- the shared corpus ---------------------------------------------------------------------------

EML = sorted(p.name for p in SES_EVENTS.glob("*.eml"))


@pytest.mark.parametrize("name", EML)
def test_every_corpus_message_gives_its_expected_message(name: str) -> None:
    parsed = mime_message((SES_EVENTS / name).read_bytes())
    assert_parsed_as_expected(parsed, expected_of("ses")[name])


def test_customer_is_the_from_address_lower_cased_not_the_envelope_sender() -> None:
    [message] = mime_message((SES_EVENTS / "encoded_subject_utf8_b.eml").read_bytes()).messages
    assert message.customer.id == "maelle.peeters@telenet.example"
    assert message.customer.display_name == "Maëlle Peeters"
    assert message.customer_key == "email:maelle.peeters@telenet.example"


def test_ignored_mail_is_counted_by_reason() -> None:
    assert mime_message((SES_EVENTS / "auto_reply.eml").read_bytes()).ignored == {"auto_reply": 1}
    assert mime_message((SES_EVENTS / "bounce.eml").read_bytes()).ignored == {"bounce": 1}
    assert mime_message((SES_EVENTS / "bulk.eml").read_bytes()).ignored == {"bulk": 1}


def test_attachment_is_a_reference_with_size_never_the_bytes() -> None:
    [message] = mime_message((SES_EVENTS / "attachment_pii.eml").read_bytes()).messages
    [attachment] = message.attachments
    assert attachment.size is not None and attachment.size > 0
    assert attachment.url is None
    assert "JVBER" not in str(message.to_dict())  # no base64 PDF anywhere


# --- headers ----------------------------------------------------------------------------------


def build(headers: str, body: str = "Hallo, mijn internet doet het niet.\n") -> bytes:
    base = {
        "From": "Klant <Klant@Example.NL>",
        "To": "support@acme.example",
        "Subject": "Storing",
        "Date": "Mon, 23 Nov 2026 10:00:00 +0100",
        "Message-ID": "<m1@example.nl>",
    }
    lines = [line for line in headers.splitlines() if line.strip()]
    named = {line.split(":", 1)[0] for line in lines}
    merged = [f"{k}: {v}" for k, v in base.items() if k not in named] + lines
    return ("\r\n".join(merged) + "\r\n\r\n" + body).encode("utf-8")


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("Auto-Submitted: auto-replied", "auto_reply"),
        ("Auto-Submitted: auto-generated; owner-email=a@b.example", "auto_reply"),
        ("X-Autoreply: yes", "auto_reply"),
        ("X-Autorespond: Out of office", "auto_reply"),
        ("Precedence: bulk", "bulk"),
        ("Precedence: junk", "bulk"),
        ("Precedence: list", "bulk"),
        ("Precedence: auto_reply", "auto_reply"),
        ("List-Id: <news.example.com>", "bulk"),
        ("From: Mail Delivery System <MAILER-DAEMON@mx.example>", "bounce"),
        ("From: postmaster@mx.example", "bounce"),
        ("Content-Type: multipart/report; report-type=delivery-status; boundary=b", "bounce"),
        ("Content-Type: multipart/report; report-type=disposition-notification; boundary=b", "auto_report"),
    ],
)
def test_automatic_mail_is_ignored(headers: str, reason: str) -> None:
    parsed = mime_message(build(headers))
    assert parsed.messages == []
    assert parsed.ignored == {reason: 1}


@pytest.mark.parametrize(
    "headers",
    ["Auto-Submitted: no", "X-Auto-Response-Suppress: All", "Precedence: first-class", "Return-Path: <>"],
)
def test_ordinary_mail_with_harmless_headers_is_a_message(headers: str) -> None:
    assert len(mime_message(build(headers)).messages) == 1


def test_thread_keeps_in_reply_to_and_references_in_order() -> None:
    raw = build("In-Reply-To: <b@x.example>\r\nReferences: <a@x.example>\r\n <b@x.example>")
    [message] = mime_message(raw).messages
    assert message.thread.in_reply_to == "b@x.example"
    assert message.thread.references == ("a@x.example", "b@x.example")
    assert message.thread.conversation_id == "a@x.example"


def test_long_references_keep_the_root_and_the_latest() -> None:
    ids = message_ids(" ".join(f"<r{i}@x.example>" for i in range(500)))
    assert len(ids) == 50
    assert ids[0] == "r0@x.example" and ids[-1] == "r499@x.example"


def test_missing_message_id_falls_back_to_a_stable_hash() -> None:
    without = build("").replace(b"Message-ID: <m1@example.nl>\r\n", b"")
    first = mime_message(without).messages[0]
    again = mime_message(without.replace(b"\r\n", b"\n")).messages[0]
    other = mime_message(without.replace(b"Storing", b"Andere storing")).messages[0]
    assert first.provider_message_id.startswith("sha256-")
    assert first.provider_message_id == again.provider_message_id
    assert first.provider_message_id != other.provider_message_id


def test_date_is_converted_to_utc_and_a_bad_date_falls_back_to_receipt_time() -> None:
    [message] = mime_message(build("")).messages
    assert message.occurred_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    [undated] = mime_message(build("Date: not a date")).messages
    assert undated.occurred_at == RECEIVED


def test_encoded_word_subject_and_name_are_decoded() -> None:
    raw = build("Subject: =?UTF-8?B?w6nDqW4gd2Vlaw==?=\r\nFrom: =?ISO-8859-1?Q?M=FCller?= <m@x.example>")
    [message] = mime_message(raw).messages
    assert message.subject == "één week"
    assert message.customer.display_name == "Müller"


def test_mail_without_a_usable_from_is_ignored() -> None:
    assert mime_message(build("From: undisclosed-recipients:;")).ignored == {"no_sender": 1}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Pieter <P.Jansen@Hotmail.example>", ("p.jansen@hotmail.example", "Pieter")),
        ('"Jansen, P." <pj@x.example>', ("pj@x.example", "Jansen, P.")),
        ("pj@x.example", ("pj@x.example", None)),
        ("", None),
        ("nobody", None),
    ],
)
def test_sender_address_and_name(value: str, expected: Any) -> None:
    assert sender(value) == expected


# --- text -------------------------------------------------------------------------------------


def test_charset_of_each_part_is_honoured() -> None:
    raw = (
        b"From: a@x.example\r\nTo: s@acme.example\r\nMessage-ID: <c@x>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n\xe9\xe9n week\r\n"
        b"--b\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<p>\x80 5</p>\r\n--b--\r\n"
    )
    mail = parse_mime(raw, "test")
    assert mail.text is not None and "één week" in mail.text
    assert mail.html is not None and "€ 5" in mail.html


def test_unknown_charset_is_read_as_utf8_with_replacement() -> None:
    raw = build(
        "Content-Type: text/plain; charset=x-unknown-42",
        "caf\u00e9 \udcff".encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
    )
    [message] = mime_message(raw).messages
    assert message.text.startswith("café")


def test_html_is_text_without_scripts_styles_or_markup() -> None:
    html = (
        "<html><head><title>t</title><style>p{color:red}</style></head><body>"
        "<script>alert('x')</script><p>Bedrag &euro;&nbsp;12 &amp; meer</p><div>Regel&nbsp;2<br>Regel 3</div>"
        "</body></html>"
    )
    text = html_to_text(html)
    assert text == "Bedrag € 12 & meer\n\nRegel 2\nRegel 3"


def test_html_blockquote_history_is_stripped_like_quoted_text() -> None:
    text = html_to_text("<p>Nog steeds kapot.</p><blockquote><p>Eerder antwoord van ons</p></blockquote>")
    cleaned = clean_text(text)
    assert cleaned.text == "Nog steeds kapot."
    assert cleaned.quoted_history_stripped


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Nog steeds stuk.\n\nOn Tue, 24 Nov 2026 at 16:45, Acme <s@acme.example> wrote:\n> Probeer",
            "Nog steeds stuk.",
            "Probeer",
        ),
        (
            "Nog steeds stuk.\n\nOp di 24 nov 2026 om 16:45 schreef Acme\n<s@acme.example>:\n\n> Probeer",
            "Nog steeds stuk.",
            "Probeer",
        ),
        ("Nog steeds stuk.\n-----Original Message-----\nFrom: Acme\nProbeer", "Nog steeds stuk.", "Probeer"),
        (
            "Nog steeds stuk.\n\nFrom: Acme Support <s@acme.example>\n"
            "Sent: Tuesday, November 24, 2026 4:45 PM\nTo: Klant\nSubject: RE: x\n\nProbeer",
            "Nog steeds stuk.",
            "Probeer",
        ),
        (
            "Nog steeds stuk.\n\nVan: Acme\nVerzonden: dinsdag 24 november 2026\nAan: Klant\n\nProbeer",
            "Nog steeds stuk.",
            "Probeer",
        ),
        ("Ja.\n> vraag 1\nAntwoord 1\n> vraag 2\nAntwoord 2", "Antwoord 2", "vraag"),
    ],
)
def test_quoted_history_is_cut_and_flagged(text: str, kept: str, gone: str) -> None:
    cleaned = clean_text(text)
    assert kept in cleaned.text
    assert gone not in cleaned.text
    assert cleaned.quoted_history_stripped


def test_signature_after_the_separator_is_cut_and_flagged() -> None:
    cleaned = clean_text("Graag een monteur.\n\n-- \nPieter\nTel. 06 12345678\n")
    assert cleaned.text == "Graag een monteur."
    assert cleaned.signature_stripped and not cleaned.quoted_history_stripped


def test_a_device_footer_is_cut_but_a_greeting_is_kept() -> None:
    cleaned = clean_text(
        "Graag een monteur.\n\nMet vriendelijke groet,\nPieter\n\nVerzonden vanaf mijn iPhone"
    )
    assert cleaned.text == "Graag een monteur.\n\nMet vriendelijke groet,\nPieter"
    assert cleaned.signature_stripped


@pytest.mark.parametrize(
    "text",
    [
        "Op maandag schreef ik u al:\nmijn meter is kapot.",
        "On second thought, I wrote: nothing.\nStill broken.",
        "From: my point of view this is wrong.\nPlease fix.",
    ],
)
def test_the_customers_own_words_that_look_like_headers_are_kept(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert not cleaned.quoted_history_stripped


def test_text_that_is_only_quoted_is_kept_whole() -> None:
    cleaned = clean_text("> alleen geciteerd\n> niets anders")
    assert "alleen geciteerd" in cleaned.text
    assert not cleaned.quoted_history_stripped


# --- bounded work ----------------------------------------------------------------------------


def _best_of(runs: int, work: Any) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _plain(size: int) -> bytes:
    line = b"Mijn internet doet het al drie dagen niet, graag een monteur langs.\r\n"
    return build("", "") + line * (size // len(line))


def _many_parts(count: int) -> bytes:
    parts = [build('MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x"', "")]
    parts += [b"--x\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(count)]
    return b"".join(parts) + b"--x--\r\n"


def _nested(depth: int) -> bytes:
    out = [build("MIME-Version: 1.0\r\nX-Nest: 1", "").rstrip(b"\r\n") + b"\r\n"]
    out += [b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth)]
    out.append(b"Content-Type: text/plain\r\n\r\nhallo\r\n")
    out += [b"--b%d--\r\n" % i for i in reversed(range(depth))]
    return b"".join(out)


def _quoted(size: int) -> bytes:
    line = b"> eerder bericht met een regel tekst die geciteerd is\r\n"
    return build("", "Nog steeds stuk.\r\n\r\n") + line * (size // len(line))


@pytest.mark.parametrize(
    "pathological",
    [
        pytest.param(lambda: _many_parts(10_000), id="10k-parts"),
        pytest.param(lambda: _nested(3_000), id="3k-nested-multiparts"),
        pytest.param(lambda: _quoted(1024 * 1024), id="1MiB-quoted-lines"),
    ],
)
def test_pathological_mime_costs_about_as_much_as_a_plain_message(pathological: Any) -> None:
    # Given a pathological e-mail and a plain one of the same size, parsing both through the
    # common rules takes time of the same order (a ratio, not an absolute time).
    raw = pathological()
    plain = _plain(len(raw))
    plain_time = _best_of(3, lambda: mime_message(plain))
    hostile_time = _best_of(3, lambda: mime_message(raw))
    parsed = mime_message(raw)
    assert len(parsed.messages) == 1
    assert hostile_time < max(plain_time, 0.005) * 40, (hostile_time, plain_time)


def test_cut_mime_is_reported_as_truncated() -> None:
    raw = _many_parts(10_000)
    prefix, truncated = bounded_mime(raw)
    assert truncated and len(prefix) < len(raw) // 10
    [message] = mime_message(raw).messages
    assert message.email is not None and message.email.truncated
    assert message.text == "part 0"


def test_attachments_beyond_the_limit_are_counted_not_listed() -> None:
    parts = [build('MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x"', "")]
    parts.append(b"--x\r\nContent-Type: text/plain\r\n\r\nzie bijlagen\r\n")
    parts += [
        b'--x\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename="f%d.png"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n" % i
        for i in range(MAX_ATTACHMENTS + 5)
    ]
    [message] = mime_message(b"".join(parts) + b"--x--\r\n").messages
    assert len(message.attachments) == MAX_ATTACHMENTS
    assert message.email is not None and message.email.attachments_omitted == 5
    assert message.attachments[0].size == 8


# --- robustness ------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_give_a_message_an_ignore_or_a_client_error(raw: bytes) -> None:
    try:
        parsed = mime_message(raw)
    except ClientError as exc:
        assert 400 <= exc.status < 500
        return
    for message in parsed.messages:
        validate("message.schema.json", SCRUBBER.scrub_message(message).to_dict())


header_names = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Auto-Submitted",
        "Precedence",
        "X-Anything",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(header_names, st.text(max_size=80)), max_size=10),
    st.text(max_size=300),
)
def test_any_headers_and_body_give_a_message_an_ignore_or_a_client_error(
    headers: list[tuple[str, str]], body: str
) -> None:
    raw = "".join(f"{name}: {' '.join(value.split())}\r\n" for name, value in headers) + "\r\n" + body
    try:
        parsed = mime_message(raw.encode("utf-8", "surrogateescape"))
    except ClientError as exc:
        assert 400 <= exc.status < 500
        return
    for message in parsed.messages:
        validate("message.schema.json", SCRUBBER.scrub_message(message).to_dict())


def test_a_provider_given_sender_is_used_as_is() -> None:
    parsed = Parsed()
    mail = Mail(
        provider="p", recipient="S@Acme.example", from_address=("A@B.example", " Ann  B "), text="hoi"
    )
    [message] = [to_message(mail, RECEIVED, parsed)]
    assert message is not None
    assert (message.customer.id, message.customer.display_name) == ("a@b.example", "Ann B")
    assert message.account.id == "s@acme.example"


def test_ingest_does_not_import_the_email_parsers_until_an_email_source_is_used() -> None:
    # The registry is lazy: a function that never receives e-mail does not pay for MIME/HTML.
    import subprocess
    import sys

    code = (
        "import sys, webcare.handlers.ingest, webcare.ingest, webcare.sources\n"
        "loaded = [m for m in ('html.parser', 'email.parser', 'webcare.sources.email_common',\n"
        "          'webcare.sources.ses', 'webcare.sources.sns_rsa') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
        "webcare.sources.get_source('postmark')\n"
        "print('webcare.sources.email_common' in sys.modules)\n"
    )
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[3] / "functions"), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    out = run.stdout
    assert out.split("\n")[:2] == ["", "True"]


HOSTILE_HTML = {
    "unclosed-tags": "<a ",
    "unclosed-comments": "<!--",
    "comments-without-end": "<!-- >",
    "cdata-sections": "<![CDATA[>",
    "declarations": "<!",
    "bare-lt": "<",
    "open-quotes": '<a b="',
    "nested-divs": "<div>",
    "end-tags": "</a",
}


@pytest.mark.parametrize("unit", HOSTILE_HTML.values(), ids=HOSTILE_HTML.keys())
def test_hostile_html_costs_about_as_much_as_plain_html(unit: str) -> None:
    # html.parser alone is quadratic on these (8,000 `<a ` take seconds); the defusing pass is not.
    size = 256 * 1024
    hostile = unit * (size // len(unit))
    plain = "<p>Mijn internet doet het niet.</p>" * (size // 35)
    plain_time = _best_of(3, lambda: html_to_text(plain))
    hostile_time = _best_of(3, lambda: html_to_text(hostile))
    assert hostile_time < max(plain_time, 0.005) * 15, (hostile_time, plain_time)


def test_defusing_keeps_ordinary_markup_and_text_with_angle_brackets() -> None:
    html = "<!DOCTYPE html><p>a &lt; b, 3 < 4 en 5 > 2</p><!-- weg --><script>if (a<b) {}</script>"
    assert html_to_text(html) == "a < b, 3 < 4 en 5 > 2"
