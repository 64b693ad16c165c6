"""The cheap gates in front of the expensive passes answer as the tests they replaced."""

from __future__ import annotations

import random
import re

from webcare.scrub import contact, numbers, tokens

_FRAGMENTS = ("EAA", "EA", "A", "AA", ":A", ":AA", "AKIA", "AIza", "Iza", "ya29", "ya29.", ".", "eyJ", "SG.",
              "token", "token:", "key", "key:", "key :", "auth", "bearer", "basic", ":", " ", "x", "e", "E",
              "sk_", "ghp_", "glpat-", "-", "_", "\n")  # fmt: skip


def _texts(count: int = 20000) -> list[str]:
    rng = random.Random(13)
    return ["".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(0, 6))) for _ in range(count)]


_OLD_UPPER = re.compile(r"A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|Iza)|:AA|ya29\.")


def test_the_token_gate_is_the_old_one() -> None:
    for text in _texts():
        old = "EAA" in text or _OLD_UPPER.search(text) is not None
        new = tokens._TOKEN_GATE_UPPER.search(text) is not None or ":AA" in text or "ya29." in text
        assert new == old, text


def test_the_auth_header_gate_is_the_old_one() -> None:
    for text in _texts():
        low = text.lower()
        old = "token:" in low or "key:" in low
        assert (tokens._AUTH_COLON.search(low) is not None) == old, text


_OLD_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:")


def test_the_ipv6_gate_is_the_old_one() -> None:
    rng = random.Random(13)
    pieces = (":", "::", "a", "F", "0", "1f", "fe80", "g", " ", "12345", ".")
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        old = "::" in text or _OLD_IPV6_HINT.search(text) is not None
        assert (contact._IPV6_HINT.search(text) is not None) == old, text


def test_the_cvv_gate_is_any_cvv_hint() -> None:
    rng = random.Random(13)
    words = [*numbers._CVV_HINTS, *numbers._CVV_DIGIT_HINTS]
    pieces = [
        *words,
        *(word[: len(word) // 2] for word in words),
        *(word[len(word) // 2 :] for word in words),
    ]
    pieces += [" ", "s ", "the ", "au ", "code", "ers", "ont", "3 ", "cijfers"]
    for _ in range(20000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        expected = any(hint in low for hint in numbers._CVV_HINTS)
        counted = any(hint in low for hint in numbers._CVV_DIGIT_HINTS)
        assert numbers._cvv_hinted(low) == expected, low
        assert numbers._cvv_hinted(low, counted) == expected, low
