"""HTML form bodies as the e-mail providers POST them (Mailgun, SendGrid).

`application/x-www-form-urlencoded` and `multipart/form-data`, parsed in one linear pass with a
bound on the number of fields. Multipart parts are split on the boundary and never parsed as
MIME themselves: a field that holds a whole e-mail (`body-mime`, `email`) is handed to the
e-mail parser by the source, with its limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message as LegacyMessage
from email.utils import collapse_rfc2231_value
from urllib.parse import parse_qsl

from webcare.http import ClientError, Request

MAX_FIELDS = 1000
_MAX_PART_HEADER = 8 * 1024


@dataclass(frozen=True)
class FormField:
    name: str
    value: bytes
    filename: str | None = None
    content_type: str | None = None

    def text(self, charset: str | None = None) -> str:
        from webcare.sources.email_common import decode_bytes

        return decode_bytes(self.value, charset)


class Form:
    """Fields by name (first value wins; names case-sensitive, `get_any_case` for header fields)."""

    def __init__(self, fields: list[FormField]) -> None:
        self.fields = fields
        self._by_name: dict[str, FormField] = {}
        self._by_lower: dict[str, FormField] = {}
        for item in fields:
            self._by_name.setdefault(item.name, item)
            self._by_lower.setdefault(item.name.lower(), item)

    def get(self, name: str) -> FormField | None:
        return self._by_name.get(name)

    def get_any_case(self, name: str) -> FormField | None:
        return self._by_name.get(name) or self._by_lower.get(name.lower())

    def text(self, name: str, charset: str | None = None) -> str | None:
        found = self.get(name)
        return found.text(charset) if found is not None else None

    def files(self) -> list[FormField]:
        return [item for item in self.fields if item.filename is not None]


def parse_form(request: Request) -> Form:
    """The request body as a form; `ClientError(400|415)` for anything else."""
    content_type = request.header("content-type") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/x-www-form-urlencoded":
        return _urlencoded(request.body)
    if media_type == "multipart/form-data":
        return _multipart(request.body, _boundary(content_type))
    raise ClientError(415, "body must be application/x-www-form-urlencoded or multipart/form-data")


def _urlencoded(body: bytes) -> Form:
    try:
        text = body.decode("utf-8", "replace")
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS, errors="replace")
    except ValueError:
        raise ClientError(400, f"form has more than {MAX_FIELDS} fields") from None
    return Form([FormField(name, value.encode("utf-8", "surrogatepass")) for name, value in pairs])


def _boundary(content_type: str) -> bytes:
    message = LegacyMessage()
    try:
        message["content-type"] = content_type[:_MAX_PART_HEADER]
        boundary = message.get_param("boundary")
    except (ValueError, TypeError, IndexError):
        boundary = None
    if not isinstance(boundary, str) or not 0 < len(boundary) <= 200:
        raise ClientError(400, "multipart/form-data without a usable boundary parameter")
    return boundary.encode("latin-1", "replace")


def _multipart(body: bytes, boundary: bytes) -> Form:
    delimiter = re.compile(rb"(?:\r?\n|\A)--" + re.escape(boundary) + rb"(--)?[ \t]*(?:\r?\n|\Z)")
    fields: list[FormField] = []
    start: int | None = None
    for match in delimiter.finditer(body):
        if start is not None:
            fields.append(_part(body[start : match.start()]))
            if len(fields) > MAX_FIELDS:
                raise ClientError(400, f"form has more than {MAX_FIELDS} fields")
        if match.group(1):  # the closing delimiter
            start = None
            break
        start = match.end()
    if not fields and start is None:
        raise ClientError(400, "multipart body has no parts for its boundary")
    if start is not None:
        raise ClientError(400, "multipart body is not closed by its final boundary")
    return Form(fields)


def _part(raw: bytes) -> FormField:
    split = re.search(rb"\r?\n\r?\n", raw[: _MAX_PART_HEADER + 4])
    if raw.startswith((b"\r\n", b"\n")):
        head, value = b"", raw[2:] if raw.startswith(b"\r\n") else raw[1:]
    elif split is None:
        raise ClientError(400, "multipart part without a header block")
    else:
        head, value = raw[: split.start()], raw[split.end() :]
    headers = LegacyMessage()
    try:
        for line in re.split(rb"\r?\n", head):
            name, colon, rest = line.decode("utf-8", "replace").partition(":")
            if colon:
                headers[name.strip()] = rest.strip()
        name = headers.get_param("name", header="content-disposition")
        if isinstance(name, tuple):  # RFC 2231 (charset, language, value)
            name = collapse_rfc2231_value(name)
        filename = headers.get_filename()
    except (ValueError, TypeError, IndexError, LookupError):
        raise ClientError(400, "multipart part with a malformed Content-Disposition") from None
    if not isinstance(name, str):
        raise ClientError(400, "multipart part without a field name")
    content_type = headers.get("content-type")
    return FormField(
        name=name[:200],
        value=value,
        filename=str(filename)[:255] if filename is not None else None,
        content_type=str(content_type).split(";", 1)[0].strip().lower()[:200] if content_type else None,
    )
