"""What every inbound e-mail source shares: MIME, headers, text, identity, ignore rules.

A provider module (SES, Mailgun, SendGrid, Postmark) authenticates its request and turns its
format into a `Mail`: the header pairs as the message had them, the text and HTML bodies, the
attachments by reference and the receiving mailbox. `to_message` applies the common rules
(docs/channels/email.md), so the same e-mail gives the same message whichever provider carried it:

- the customer is the `From` address, lower-cased (never the envelope sender: bounce addresses,
  BATV `prvs=…`, VERP); the display name is kept;
- the RFC `Message-ID` without `<>` is the provider message id, and the message key is
  `email:<Message-ID>` for every provider (docs/decisions/0035); without a Message-ID, a hash of
  From, Date, Subject and text stands in;
- `In-Reply-To` and `References` are kept as the thread;
- plain text is preferred, HTML is converted to text; quoted history and signatures are cut and
  flagged (`EmailDetails`);
- auto-replies, bounces/reports and bulk mail give no message and are counted as ignored.

Work is bounded: the MIME given to the standard library parser is cut at a size, a number of
part boundaries and a number of multipart containers (the parser's cost grows with parts and
nesting, not just bytes), HTML is converted from a bounded prefix, and every text pass is one
linear scan. Text is customer content: it never goes into an exception or a log.

This module imports the `email` and `html` packages: it is imported only by e-mail sources,
which the registry loads on first use.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

from webcare.http import ClientError
from webcare.model import Account, Attachment, EmailDetails, Identity, Message, Thread
from webcare.sources.base import Parsed

SOURCE = "email"  # the message key's source for every e-mail provider: `email:<Message-ID>`
CHANNEL = "email"
NAMESPACE = "email"

# Ignored-reason keys (metric dimensions).
IGNORED_AUTO_REPLY = "auto_reply"
IGNORED_BOUNCE = "bounce"
IGNORED_REPORT = "auto_report"
IGNORED_BULK = "bulk"
IGNORED_NO_SENDER = "no_sender"

# Limits. The HTTP sources get at most 1 MiB; the S3 path reads at most MAX_MIME_BYTES.
MAX_MIME_BYTES = 10 * 1024 * 1024
MAX_BOUNDARY_LINES = 256  # `--…` lines before the MIME is cut: bounds the number of parts parsed
MAX_MULTIPARTS = 32  # multipart containers before the MIME is cut: bounds nesting depth
MAX_ATTACHMENTS = 20  # listed by reference; the rest are counted
MAX_HTML_CHARS = 256 * 1024
MAX_TEXT_CHARS = 64 * 1024  # the text kept after stripping (the scrubber may cut further)
MAX_HEADERS = 500
MAX_HEADER_CHARS = 8 * 1024
MAX_REFERENCES = 50
MAX_MESSAGE_ID = 900  # provider_message_id allows 1000 characters

_MSG_ID = re.compile(r"<([^<>\s]{1,998})>")
_BOUNDARY_LINE = re.compile(rb"(?m)^--")
_MULTIPART = re.compile(rb"(?i)multipart/")
_SENDERS_OF_BOUNCES = frozenset({"mailer-daemon", "postmaster"})
_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list"})


@dataclass
class Mail:
    """One e-mail as a provider delivered it, before the common rules are applied.

    `headers` are (name, raw value) pairs in message order, encoded-words not yet decoded;
    providers that hand over decoded fields (`from_header`, `subject`) set those instead.
    """

    provider: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    recipient: str | None = None
    from_header: str | None = None
    from_address: tuple[str, str | None] | None = None  # (address, name) where the provider splits it
    subject: str | None = None
    text: str | None = None
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    attachments_omitted: int = 0
    report_type: str | None = None  # set when the top-level type is multipart/report
    truncated: bool = False
    verdicts: dict[str, str] = field(default_factory=dict)
    suspected_spam: bool = False

    def header(self, name: str) -> str | None:
        """The first header called `name` (case-insensitive), raw."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def add_attachment(self, attachment: Attachment) -> None:
        if len(self.attachments) < MAX_ATTACHMENTS:
            self.attachments.append(attachment)
        else:
            self.attachments_omitted += 1


# --- raw MIME ----------------------------------------------------------------------------------


def bounded_mime(raw: bytes, limit: int = MAX_MIME_BYTES) -> tuple[bytes, bool]:
    """The prefix of `raw` the parser may see, and whether it was cut.

    The standard library parser costs ~0.25 ms per part and recurses per nesting level, so
    10,000 parts in 1 MiB would take seconds and a few hundred nested multiparts raise
    RecursionError. Cutting before the N-th boundary line or multipart declaration keeps the
    work proportional to a normal message; what was cut is reported as `truncated`.
    """
    cut = min(len(raw), limit)
    for pattern, allowed in ((_BOUNDARY_LINE, MAX_BOUNDARY_LINES), (_MULTIPART, MAX_MULTIPARTS)):
        for count, match in enumerate(pattern.finditer(raw, 0, cut), start=1):
            if count > allowed:
                cut = match.start()
                break
    return raw[:cut], cut < len(raw)


def parse_mime(raw: bytes, provider: str, *, recipient: str | None = None) -> Mail:
    """A raw RFC 5322 message as a `Mail` (bounded, see `bounded_mime`)."""
    prefix, truncated = bounded_mime(raw)
    try:
        message = BytesParser(policy=policy.default).parsebytes(prefix)
    except (RecursionError, ValueError, LookupError, TypeError, IndexError):
        raise ClientError(400, "the e-mail's MIME structure cannot be parsed") from None
    assert isinstance(message, EmailMessage)
    mail = Mail(provider=provider, recipient=recipient, truncated=truncated)
    mail.headers = _raw_headers(message)
    if message.get_content_type() == "multipart/report":
        mail.report_type = str(message.get_param("report-type") or "unknown").lower()
    _collect_parts(message, mail)
    if not mail.recipient:
        mail.recipient = _first_address(mail.header("Delivered-To") or mail.header("To"))
    return mail


def header_block(raw: bytes) -> list[tuple[str, str]]:
    """A raw header block (SendGrid's `headers` field) as (name, raw value) pairs."""
    text = raw if raw.endswith((b"\n\n", b"\r\n\r\n")) else raw + b"\n\n"
    try:
        message = BytesParser(policy=policy.default).parsebytes(text[: 256 * 1024], headersonly=True)
    except (RecursionError, ValueError, LookupError, TypeError, IndexError):
        raise ClientError(400, "the e-mail's header block cannot be parsed") from None
    return _raw_headers(message)


def _raw_headers(message: Any) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    # `raw_items` gives the values as received (folded lines kept); unfold, bound, keep order.
    for name, value in list(message.raw_items())[:MAX_HEADERS]:
        text = value if isinstance(value, str) else str(value)
        pairs.append((str(name), _unfold(text)[:MAX_HEADER_CHARS]))
    return pairs


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n(?=[ \t])", "", value).strip()


def _collect_parts(root: Any, mail: Mail) -> None:
    """Walk the MIME tree without recursion: first non-blank text/plain and text/html parts,
    attachments (and attached messages) by reference."""
    stack = [root]
    while stack:
        part = stack.pop()
        content_type = part.get_content_type()
        if part.is_multipart() and content_type.startswith("multipart/"):
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend(reversed(children))
            continue
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        if content_type.startswith("message/") or filename or disposition == "attachment":
            if mail.report_type is not None and content_type in _REPORT_PART_TYPES:
                continue
            mail.add_attachment(
                Attachment(kind="file", name=filename, content_type=content_type, size=_encoded_size(part))
            )
            continue
        if content_type == "text/plain" and not (mail.text and mail.text.strip()):
            mail.text = _decoded_text(part)
        elif content_type == "text/html" and mail.html is None:
            mail.html = _decoded_text(part, limit=MAX_HTML_CHARS * 4)


_REPORT_PART_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/disposition-notification",
        "message/feedback-report",
        "text/rfc822-headers",
    }
)


def _filename(part: Any) -> str | None:
    try:
        name = part.get_filename()
    except (ValueError, LookupError, TypeError, IndexError):
        return None
    return str(name)[:255] if name else None


def _encoded_size(part: Any) -> int | None:
    """The attachment's decoded size, estimated from its encoded form (never decoded in full)."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "base64":
        return len(re.sub(r"[^A-Za-z0-9+/]", "", payload)) * 3 // 4
    return len(payload.encode("utf-8", "surrogateescape"))


def _decoded_text(part: Any, limit: int = MAX_TEXT_CHARS * 4) -> str:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, LookupError, TypeError, AssertionError):
        return ""
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload[:limit], part.get_content_charset())


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in their declared charset; US-ASCII mislabelling of UTF-8 and unknown charsets
    are read as UTF-8, and undecodable bytes become U+FFFD."""
    name = (charset or "").strip().lower()
    if name in {"", "us-ascii", "ascii", "utf8", "utf-8"}:
        return data.decode("utf-8", "replace")
    try:
        return data.decode(name, "replace")
    except (LookupError, ValueError):
        return data.decode("utf-8", "replace")


# --- headers -----------------------------------------------------------------------------------


def decode_header_value(name: str, value: str | None) -> str | None:
    """A header value with RFC 2047 encoded-words decoded (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`)."""
    if value is None:
        return None
    try:
        decoded = str(policy.default.header_fetch_parse(name, value[:MAX_HEADER_CHARS]))
    except Exception:  # noqa: BLE001 - the stdlib header parser raises odd errors on malformed input
        decoded = value
    return " ".join(decoded.split()) or None


def sender(from_header: str | None) -> tuple[str, str | None] | None:
    """(addr-spec lower-cased, display name) of the first From address, or None."""
    if not from_header:
        return None
    value = from_header[:MAX_HEADER_CHARS]
    try:
        header = policy.default.header_fetch_parse("From", value)
        addresses: Sequence[Address] = getattr(header, "addresses", ())
        found = [(a.addr_spec.lower(), a.display_name or None) for a in addresses if a.username and a.domain]
    except Exception:  # noqa: BLE001 - see decode_header_value
        found = []
    if found:
        return found[0]
    name, addr = parseaddr(value)
    if "@" not in addr:
        return None
    return addr.lower(), (decode_header_value("X", name) if name else None)


def _given_sender(given: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    if given is None:
        return None
    address, name = given
    address = address.strip()
    local, _, domain = address.partition("@")
    if not local or not domain or len(address) > 512 or any(c.isspace() for c in address):
        return None
    return address.lower(), (" ".join(name.split()) if name and name.strip() else None)


def _first_address(value: str | None) -> str | None:
    if not value:
        return None
    for _, addr in getaddresses([value[:MAX_HEADER_CHARS]]):
        if "@" in addr:
            return addr.lower()
    return None


def message_ids(value: str | None, limit: int = MAX_REFERENCES) -> list[str]:
    """The `<…>` ids of a Message-ID / In-Reply-To / References value, without brackets, in order.

    Long References keep the first (the thread root) and the last ones, as RFC 5322 §3.6.4 advises."""
    if not value:
        return []
    found = _MSG_ID.findall(value[: 64 * 1024])
    if len(found) > limit:
        found = found[:1] + found[-(limit - 1) :]
    return found


def message_id(value: str | None) -> str | None:
    """The RFC Message-ID without `<>`; a bare id (no brackets, no spaces) is accepted too."""
    ids = message_ids(value, limit=1)
    if ids:
        return ids[0][:MAX_MESSAGE_ID]
    bare = (value or "").strip()
    if bare and " " not in bare and len(bare) <= MAX_MESSAGE_ID:
        return bare
    return None


def occurred_at(date_header: str | None, fallback: datetime) -> datetime:
    """The `Date` header in UTC; the fallback when it is missing or not a date."""
    if not date_header:
        return fallback
    try:
        moment = parsedate_to_datetime(date_header[:200])
    except (TypeError, ValueError, IndexError, OverflowError):
        return fallback
    if moment is None:
        return fallback
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return fallback


def ignore_reason(mail: Mail, from_address: str | None) -> str | None:
    """Why this e-mail must not become a message (auto-reply, bounce, bulk), or None.

    `X-Auto-Response-Suppress` alone is not a reason: Outlook puts it on ordinary mail.
    """
    report_type = mail.report_type or _report_type(mail.header("Content-Type"))
    if report_type is not None:
        return IGNORED_BOUNCE if report_type == "delivery-status" else IGNORED_REPORT
    if from_address and from_address.split("@", 1)[0] in _SENDERS_OF_BOUNCES:
        return IGNORED_BOUNCE
    auto_submitted = mail.header("Auto-Submitted")
    if auto_submitted is not None and auto_submitted.split(";")[0].strip().lower() not in {"", "no"}:
        return IGNORED_AUTO_REPLY
    for name in ("X-Autoreply", "X-Autorespond"):
        value = mail.header(name)
        if value is not None and value.strip().lower() not in {"no", "false", "0"}:
            return IGNORED_AUTO_REPLY
    precedence = (mail.header("Precedence") or "").strip().lower()
    if precedence == "auto_reply":
        return IGNORED_AUTO_REPLY
    if precedence in _BULK_PRECEDENCE:
        return IGNORED_BULK
    if mail.header("List-Id") is not None or mail.header("List-Unsubscribe") is not None:
        return IGNORED_BULK
    return None


def _report_type(content_type: str | None) -> str | None:
    """`delivery-status` etc. when a (header-only) Content-Type is multipart/report."""
    if not content_type or not content_type.strip().lower().startswith("multipart/report"):
        return None
    match = re.search(r"report-type\s*=\s*\"?([A-Za-z0-9_.-]+)", content_type)
    return match.group(1).lower() if match else "unknown"


# --- text --------------------------------------------------------------------------------------


class _TextFromHtml(HTMLParser):
    """Visible text of an HTML body: no scripts, styles or head; entities decoded; blocks as lines."""

    _SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "hr", "pre"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0
        self.quote_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.chunks.append("\n")
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCK:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.chunks.append("\n")
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.quote_depth:
            # Quoted history in HTML replies: mark it as a plain-text client would.
            data = "\n".join("> " + line if line.strip() else line for line in data.split("\n"))
        self.chunks.append(data)


_TAG_CANDIDATE = re.compile(r"<[^<>]{0,1024}>")


def _defused(html: str) -> str:
    """HTML the stdlib parser handles in linear time.

    `html.parser` rescans from an unterminated tag or comment on every step: `<a ` or `<!--`
    repeated 8,000 times takes seconds (quadratic). Here comments are removed (an unterminated one
    hides the rest, as in browsers), every `<` that does not open a tag closed within 1 KiB
    becomes `&lt;`, and so does `<!` other than a doctype (marked sections), in one pass; what
    is left has no construct the parser has to rescan.
    """
    out: list[str] = []
    index, length = 0, len(html)
    while index < length:
        start = html.find("<", index)
        if start < 0:
            out.append(html[index:])
            break
        out.append(html[index:start])
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            if end < 0:
                break
            index = end + 3
            continue
        tag = _TAG_CANDIDATE.match(html, start)
        # `<![CDATA[`, `<!x>`: marked sections make the parser search for `]]>` from each one.
        if html.startswith("<!", start) and not html[start + 2 : start + 9].lower().startswith("doctype"):
            tag = None
        if tag is not None:
            out.append(tag.group())
            index = tag.end()
        else:
            out.append("&lt;")
            index = start + 1
    return "".join(out)


def html_to_text(html: str) -> str:
    """Visible text of (the first MAX_HTML_CHARS of) an HTML body."""
    parser = _TextFromHtml()
    try:
        parser.feed(_defused(html[:MAX_HTML_CHARS]))
        parser.close()
    except (AssertionError, ValueError):  # malformed markup the stdlib parser gives up on
        pass
    text = "".join(parser.chunks).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_ATTRIBUTION_START = re.compile(r"^(On|Op|Am|Le|El|Il|Em)\s.{0,300}$", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(
    r"(wrote|schreef|schrieb|a écrit|escribió|ha scritto|escreveu)( .{0,200})?:\s*$", re.IGNORECASE
)
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|ursprüngliche nachricht|"
    r"message d'origine)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(from|van|von|de):\*?\s", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(sent|date|verzonden|datum|gesendet|envoyé|to|aan|an|subject|onderwerp|betreff|objet):\*?\s",
    re.IGNORECASE,
)
_DEVICE_SIGNATURE = re.compile(
    r"^\s*(sent from my .{1,40}|verzonden (vanaf|met) (mijn )?.{1,40}|get outlook for .{1,20}|"
    r"von meinem .{1,40} gesendet|envoyé de mon .{1,40})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanText:
    text: str
    quoted_history_stripped: bool = False
    signature_stripped: bool = False
    truncated: bool = False


def clean_text(text: str) -> CleanText:
    """The customer's own words: quoted history and signature cut, in one pass over the lines.

    Cut at the first reply header ("On … wrote:", "Op … schreef …:", "-----Original Message-----",
    an Outlook "From: …" block followed by "Sent:"/"To:"/"Subject:"), drop `>` lines, and cut a
    signature at the RFC 3676 `-- ` separator or a trailing "Sent from my …" line. When that
    would leave nothing, the whole text is kept (a forwarded-only message is still a message).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    kept: list[str] = []
    quoted = signature = False
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        stripped = line.rstrip()
        if line.startswith(">"):
            quoted = True
            index += 1
            continue
        if _is_reply_header(lines, index):
            quoted = True
            break
        if stripped in {"--", "-- "} or line == "-- ":
            signature = True
            # A quoted history below the signature is cut with it.
            below = range(index + 1, min(count, index + 40))
            quoted = quoted or any(lines[i].startswith(">") or _is_reply_header(lines, i) for i in below)
            break
        kept.append(stripped)
        index += 1
    while kept and not kept[-1].strip():
        kept.pop()
    if kept and _DEVICE_SIGNATURE.match(kept[-1]):
        kept.pop()
        signature = True
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not result:
        original = text.strip()
        return CleanText(original[:MAX_TEXT_CHARS], truncated=len(original) > MAX_TEXT_CHARS)
    return CleanText(
        result[:MAX_TEXT_CHARS],
        quoted_history_stripped=quoted,
        signature_stripped=signature,
        truncated=len(result) > MAX_TEXT_CHARS,
    )


def _is_reply_header(lines: list[str], index: int) -> bool:
    line = lines[index]
    if len(line) > 400:
        return False
    if _ORIGINAL_MESSAGE.match(line):
        return True
    if _ATTRIBUTION_START.match(line.strip()):
        # "On Tue, … wrote:" on one line, or wrapped onto the next one. A date (a digit) must be
        # in it: "Op maandag schreef ik u al:" is the customer writing, not a reply header.
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _ATTRIBUTION_END.search(line):
            return any(c.isdigit() for c in line)
        if len(following) <= 400 and _ATTRIBUTION_END.search(following):
            return any(c.isdigit() for c in line + following)
        return False
    if _OUTLOOK_FROM.match(line):
        window = lines[index + 1 : index + 4]
        return sum(1 for other in window if _OUTLOOK_NEXT.match(other)) >= 2
    return False


# --- the message -------------------------------------------------------------------------------


def body_text(mail: Mail) -> str:
    """The plain text when it has any, else the HTML as text."""
    if mail.text and mail.text.strip():
        return mail.text
    if mail.html and mail.html.strip():
        return html_to_text(mail.html)
    return ""


def fallback_id(from_address: str, date: datetime | None, subject: str | None, text: str) -> str:
    """A stable id for an e-mail without Message-ID: the same e-mail via any provider gives the same
    one (whitespace in the text is normalised, since providers re-wrap line ends)."""
    material = "\n".join(
        [
            from_address,
            date.astimezone(UTC).isoformat() if date else "",
            " ".join((subject or "").split()),
            " ".join(text.split()),
        ]
    )
    return "sha256-" + hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()[:48]


def to_message(
    mail: Mail,
    received_at: datetime,
    parsed: Parsed,
    *,
    fallback_account: str | None = None,
    text_override: str | None = None,
) -> Message | None:
    """Apply the common rules; append the message to `parsed` or count why it was ignored.

    `text_override` is a provider's own reply-only text (Mailgun `stripped-text`, Postmark
    `StrippedTextReply`): used when non-blank, still passed through `clean_text`.
    """
    from_value = mail.from_header if mail.from_header is not None else mail.header("From")
    found = _given_sender(mail.from_address) or sender(from_value)
    if found is None:
        parsed.ignore(IGNORED_NO_SENDER)
        return None
    address, display_name = found
    reason = ignore_reason(mail, address)
    if reason is not None:
        parsed.ignore(reason)
        return None
    recipient = (mail.recipient or fallback_account or "").strip().lower()
    if not recipient:
        raise ClientError(400, "the e-mail names no recipient mailbox")
    subject = (
        mail.subject if mail.subject is not None else decode_header_value("Subject", mail.header("Subject"))
    )
    date_header = mail.header("Date")
    moment = occurred_at(date_header, received_at)
    full_text = body_text(mail)
    own = text_override if text_override and text_override.strip() else None
    cleaned = clean_text(own if own is not None else full_text)
    quoted = cleaned.quoted_history_stripped or (own is not None and own.strip() != full_text.strip())
    rfc_id = message_id(mail.header("Message-ID"))
    provider_message_id = rfc_id or fallback_id(address, moment if date_header else None, subject, full_text)
    references = tuple(message_ids(mail.header("References")))
    reply_to = message_ids(mail.header("In-Reply-To"), limit=1)
    in_reply_to = reply_to[0] if reply_to else None
    message = Message(
        source=SOURCE,
        provider_message_id=provider_message_id,
        channel=CHANNEL,
        account=Account(platform=NAMESPACE, id=recipient),
        customer=Identity(namespace=NAMESPACE, id=address, display_name=display_name),
        visibility="private",
        occurred_at=moment,
        received_at=received_at,
        text=cleaned.text,
        subject=subject,
        thread=Thread(
            in_reply_to=in_reply_to,
            references=references,
            conversation_id=references[0] if references else in_reply_to,
        ),
        attachments=tuple(mail.attachments),
        email=EmailDetails(
            provider=mail.provider,
            quoted_history_stripped=quoted,
            signature_stripped=cleaned.signature_stripped,
            truncated=mail.truncated or cleaned.truncated,
            suspected_spam=mail.suspected_spam,
            attachments_omitted=mail.attachments_omitted,
            verdicts=tuple(sorted(mail.verdicts.items())),
        ),
    )
    parsed.messages.append(message)
    return message


def header_pairs(items: Iterable[Any], name_key: str, value_key: str) -> list[tuple[str, str]]:
    """Provider header lists (`[{"Name":…, "Value":…}]` or `[[name, value]]`) as bounded pairs."""
    pairs: list[tuple[str, str]] = []
    for item in items:
        if len(pairs) >= MAX_HEADERS:
            break
        if isinstance(item, dict):
            name, value = item.get(name_key), item.get(value_key)
        elif isinstance(item, list | tuple) and len(item) == 2:
            name, value = item
        else:
            continue
        if isinstance(name, str) and isinstance(value, str) and name:
            pairs.append((name, _unfold(value)[:MAX_HEADER_CHARS]))
    return pairs


def matches_any(given: str, allowed: Sequence[str]) -> bool:
    """Constant-time comparison against every configured value (no early exit: timing does not
    reveal which value, or how much of one, matched)."""
    import hmac

    given_bytes = given.encode("utf-8", "surrogateescape")
    found = False
    for value in allowed:
        found |= hmac.compare_digest(value.encode("utf-8", "surrogateescape"), given_bytes)
    return found
