"""What the scrubber finds in a text, as (type, value) pairs: the helper the scrub tests share."""

from __future__ import annotations

from webcare.scrub import Scrubber, ScrubPolicy

SCRUBBER = Scrubber(ScrubPolicy.redact_all())


def found(text: str) -> list[tuple[str, str]]:
    """(type, value) of every finding, in text order, with the public-channel policy."""
    return [(f.type, text[f.start : f.end]) for f in SCRUBBER.scrub(text, "public").findings]


def found_sorted(text: str) -> list[tuple[str, str]]:
    return sorted(found(text))
