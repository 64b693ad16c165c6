"""The cue finder's anchor expression with its first-letter look-ahead finds what the trie alone finds."""

from __future__ import annotations

import random
import re

from webcare.scrub import cues


def _constructed(rng: random.Random, words: list[str], count: int) -> list[str]:
    pieces = [*words, *"é ç - _ ' ’ É . : # ( [ 2 7 x q".split(), " ", "  ", "\n"]
    starts = list(" \t\n>(\"'[/*_#,.;:!?¡¿=|{<-\u00a0\u2003")
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 8)):
            word = rng.choice(words)
            if rng.random() < 0.5 and len(word) > 2:  # a typo: a letter dropped, doubled or changed
                at = rng.randrange(1, len(word))
                word = rng.choice(
                    (
                        word[:at] + word[at + 1 :],
                        word[:at] + word[at] + word[at:],
                        word[:at] + "x" + word[at + 1 :],
                    )
                )
            parts.append(rng.choice(starts) + word)
            if rng.random() < 0.4:
                parts.append(rng.choice(pieces))
        texts.append("".join(parts))
    return texts


def test_look_ahead_keeps_every_match() -> None:
    words = cues._anchors()
    plain = re.compile(f"{cues._WORD_START}({cues._trie_pattern(words)})")
    ahead = cues.ANCHOR_RE.pattern
    assert ahead.pattern != plain.pattern
    rng = random.Random(13)
    texts = _constructed(rng, sorted(words), 4000)
    texts += [" " + word for word in sorted(words)]
    for text in texts:
        for pos in range(len(text)):
            old = plain.search(text, pos)
            new = ahead.search(text, pos)
            assert (old and old.span(1)) == (new and new.span(1)), (text, pos)


def test_first_letters_cover_accents() -> None:
    letters = cues._first_letters({"étiquette", "pin", "2fa"})
    assert re.fullmatch(f"[{letters}]+", "eé2p")
    assert cues._anchor_pattern({" x", "pin"}).startswith(cues._WORD_START + "(")
