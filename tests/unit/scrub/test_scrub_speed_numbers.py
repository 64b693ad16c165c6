"""The number runs' fast paths: what a run at the very end of a message, an area code in brackets and a
street before a house number still give."""

from __future__ import annotations

import pytest

from webcare.scrub import Scrubber, ScrubPolicy

_SCRUBBER = Scrubber(ScrubPolicy.redact_all())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ZIP code that ends the message: nothing after the run, the state and street before it
        (
            "my address is 1450 maple ave apt 3b springfield il 62704",
            [("address", "1450 maple ave apt 3b springfield il 62704")],
        ),
        ("adres: 33 kings road, brighton bn1 2hh", [("address", "33 kings road, brighton bn1 2hh")]),
        ("Ik woon op de Kerkstraat 12", [("address", "Kerkstraat 12")]),
        ("Flat 12, 1A Church Road, London", [("address", "Flat 12, 1A Church Road")]),
        # the area code's ')' right before the run or before its space
        ("bel me op (020) 574 3074 graag", [("phone", "(020) 574 3074")]),
        ("bel me op (020)574 3074", [("phone", "(020)574 3074")]),
        ("call (415) 555-0164 please", [("phone", "(415) 555-0164")]),
        # glued to our own placeholder: handled by the first scrub
        ("number [PHONE]-111222333 ok", []),
    ],
)
def test_runs_read_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    result = _SCRUBBER.scrub(text)
    assert [(f.type, text[f.start : f.end]) for f in result.findings] == expected
