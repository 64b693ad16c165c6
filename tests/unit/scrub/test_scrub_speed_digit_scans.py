"""The digit scans whose first class holds control characters (so that the engine tests it by a bitmap)
find what the plain digit classes find."""

from __future__ import annotations

import random
import re

from webcare.scrub import numbers, tokens

_PLAIN_NUMBER_RUN = re.compile(
    r"[+0-9](?:[0-9]++|(?:[ \u00a0\u202f]{1,2}|[.\-/]|[ ]-[ ])[0-9]"
    r"|[ \u00a0]?\([0-9]{1,4}\)[ \u00a0]?[0-9]"
    r"|(?:(?<=\(\+[0-9])|(?<=\(\+[0-9]{2})|(?<=\(\+[0-9]{3}))\)[ \u00a0]?[0-9])*+"
)
_PLAIN_DIGIT_BY_LETTER = re.compile(r"[0-9](?:(?<=[A-Za-z][0-9])|(?=[A-Za-z]))")
_PIECES = [*"\x00 \x01 \x02 + 0 1 7 9 . - / ( ) a Z x".split(), " ", "\u00a0", "\u202f"]


def _constructed(count: int) -> list[str]:
    rng = random.Random(17)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def test_number_runs_unchanged() -> None:
    for text in _constructed(20000):
        assert [m.span() for m in numbers._NUMBER_RUN.finditer(text)] == [
            m.span() for m in _PLAIN_NUMBER_RUN.finditer(text)
        ], text


def test_digits_by_letters_unchanged() -> None:
    for text in _constructed(20000):
        for pos in range(len(text)):
            new = tokens._DIGIT_BY_LETTER.search(text, pos)
            old = _PLAIN_DIGIT_BY_LETTER.search(text, pos)
            assert (new and new.span()) == (old and old.span()), (text, pos)
