"""Reading fields of a verified JSON delivery: one set of readers for every source.

Each reader takes the containing object, the key and `where` (the path of the container in the
delivery, e.g. `entry[0].messaging[1]`) and raises `ClientError(400, "<where>.<key> must be …")`
naming the field, never its value: customer text stays out of errors and logs.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from webcare.http import ClientError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def required_object(container: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = container.get(key)
    if not isinstance(value, dict):
        raise ClientError(400, f"{where}.{key} must be an object")
    return value


def object_list(container: Mapping[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    """`container[key]` as a list of objects (missing = empty); 400 naming the field otherwise.

    Unlike the other readers, `where` is a prefix here (`""` at the top, else `"entry[0]."`).
    """
    value = container.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ClientError(400, f"{where}{key} must be a list")
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise ClientError(400, f"{where}{key}[{index}] must be an object")
    return value


def required_str(container: Mapping[str, Any], key: str, where: str) -> str:
    value = container.get(key)
    if not isinstance(value, str) or not value:
        raise ClientError(400, f"{where}.{key} must be a non-empty string")
    return value


def optional_str(container: Mapping[str, Any], key: str) -> str | None:
    """A non-empty string, or None (missing, empty or not a string)."""
    value = container.get(key)
    return value if isinstance(value, str) and value else None


def text_field(container: Mapping[str, Any], key: str, where: str) -> str:
    """Customer text: a string (missing = empty) that is valid Unicode.

    `\\ud83d` without its pair is valid JSON but no text: it could not be queued or forwarded.
    """
    value = container.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ClientError(400, f"{where}.{key} must be a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ClientError(400, f"{where}.{key} is not valid Unicode (an unpaired surrogate)") from None
    return value


def epoch(value: Any, where: str, *, millis: bool) -> datetime:
    """Epoch seconds or milliseconds, as a number or a string of digits, in UTC."""
    unit = "milliseconds" if millis else "seconds"
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ClientError(400, f"{where} must be epoch {unit}")
    text = str(value)
    if not text.isascii() or not text.isdigit() or len(text) > 16:
        raise ClientError(400, f"{where} must be epoch {unit}")
    try:
        if millis:
            return EPOCH + timedelta(milliseconds=int(text))
        return EPOCH + timedelta(seconds=int(text))
    except OverflowError:
        raise ClientError(400, f"{where} is out of range") from None
