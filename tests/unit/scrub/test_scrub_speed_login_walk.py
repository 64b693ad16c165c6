"""The bare-pair walk reads the gap and the word in one match: what the gap and then the word from its end
find, on constructed strings with line breaks, quote prefixes, quoted words and limits anywhere."""

from __future__ import annotations

import random

from webcare.scrub import logins
from webcare.scrub.secret_shapes import _GAP, _VALUE

_PIECES = [" ", *"\t \u00a0 \n \r\n \r > \" ' “ ” ‘ ’ abc Zomer24! x é".split(" "), "  ", "> "]


def test_gap_then_value_is_gap_and_value() -> None:
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        for cursor in range(len(text) + 1):
            stop = rng.randint(cursor, len(text))
            gap = _GAP.match(text, cursor)
            assert gap is not None
            value = _VALUE.match(text, gap.end(), stop)
            old = None if value is None else (gap.group(1) is not None, value.span())
            pair = logins._GAP_THEN_VALUE.match(text, cursor, stop)
            new = None if pair is None else (pair.group(1) is not None, pair.span(2))
            assert new == old, (text, cursor, stop)
