"""What the scrubber finds in a text, as (type, value) pairs: the helper the scrub tests share."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from webcare.scrub import Scrubber, ScrubPolicy

SCRUBBER = Scrubber(ScrubPolicy.redact_all())


def found(text: str) -> list[tuple[str, str]]:
    """(type, value) of every finding, in text order, with the public-channel policy."""
    return [(f.type, text[f.start : f.end]) for f in SCRUBBER.scrub(text, "public").findings]


def found_sorted(text: str) -> list[tuple[str, str]]:
    return sorted(found(text))


def scrubbed_look_alikes(frames: Iterable[str], labels: Iterable[str], values: Iterable[str]) -> list[str]:
    """Every frame filled with every label and value (`{label} {value}`) in which the value, or part of
    it, was scrubbed: the failures of a look-alike sweep (decision 0063), described."""
    scrubbed = []
    for frame, label, value in itertools.product(frames, labels, values):
        text = frame.format(label=label, value=value)
        hits = [(kind, found_value) for kind, found_value in found(text) if found_value in value]
        if hits:
            scrubbed.append(f"{hits} in {text!r}")
    return scrubbed
