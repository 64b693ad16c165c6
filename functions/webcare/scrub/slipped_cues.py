"""Cue words typed with a slip that the cue finder's own variants leave: "Cnotractnummer 40066064",
"Klaitnummer KL00416434", "crryptogramme 452", "Dae of birth: 2023-04-27", "Mijn gebruiter is noor7781".

The cue finder forgives typos in credential words and in a few reference words, by variants listed ahead
(each one more anchor of its expression, so that list stays short), and each detector reads its own cue
words as spelled. Customers slip on every long word. So, after the detectors ran, a value nothing took is
looked at once more: when the words right before it are one slip away from a long cue word of any detector
(a letter dropped, added, swapped with the next or hit wrong; never the first letter, never a plural's
ending), the text is read again with that cue spelled right, and what the detectors then find in the value
is kept. Nothing found before is changed; a message costs one scan for its values and a look at the words
before each value nothing took.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Final

from webcare.scrub.cues import CUES, lexicon, normalise_cue, plain_letters
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import Span, contains_any

__all__ = ["read_slipped_cues"]

# Cue words of the detectors that read their own expressions (a card's code, a birth date, an expiry date, a
# phone, an account): what the text is read again with. The cue finder's words come from CUES.
_OTHER_CUES: Final = (
    "cryptogramme", "veiligheidscode", "code de sécurité",
    "geboortedatum", "date of birth", "date de naissance", "birthdate",
    "vervaldatum", "verloopdatum", "expiry date", "expiration date", "date d'expiration",
    "telefoonnummer", "phone number", "mobiel nummer", "gsm-nummer", "numéro de téléphone",
    "rekeningnummer", "bankrekeningnummer", "numéro de compte",
)  # fmt: skip
_MIN_CUE = 8  # shorter cues are one slip away from too many ordinary words
_MIN_WORD = 4  # and so are short words of a longer cue: "account on 12 May" is no "account no"
# Words one slip from a cue's word that are words of their own: "contactnummer" is a phone's, "Police
# reference" the police's, "foutcode" an error's.
_WORDS: Final = frozenset({"contact", "contactnummer", "police", "fout", "foutcode", "contrat", "log"})
# A value: a word with a digit in it ("452", "fleur6652", "«KL00416434»" without its marks).
_VALUE = LazyPattern(r"(?<![^\s«\"'(\[])[^\s«»\"'()\[\]]*?[0-9][^\s«»\"'()\[\]]*+")
_WORD = LazyPattern(r"[^\W\d_]++")
# What may stand between a cue and its value: marks, a copula, an article.
_GLUE_WORDS: Final = frozenset({"is", "was", "est", "le", "la", "es", "ist"})
_GLUE_MARKS: Final = frozenset(" \t:=#-–«\"'(")
_SHORT_ENDS: Final = _GLUE_WORDS | {"no", "nr", "id"}
_JOIN: Final = frozenset(" -'’")
_REACH = 45
_MARKS_REACH = 4


class _Index:
    """Long cue phrases (no separators, no accents) and the same with one letter left out."""

    def __init__(self) -> None:
        self.phrases: dict[str, str] = {}
        words = [word for category in CUES.values() for word in category] + list(_OTHER_CUES)
        for word in words:
            key = plain_letters(normalise_cue(word)).replace("'", "")
            if len(key) >= _MIN_CUE and key.isalpha():
                self.phrases.setdefault(key, word)
        self.shorter: dict[str, list[str]] = {}
        self.long: dict[str, list[str]] = {}  # the longest phrases by their first letter
        for key in self.phrases:
            for at in range(1, len(key)):
                self.shorter.setdefault(key[:at] + key[at + 1 :], []).append(key)
            if self.phrases[key] in _TWO_SLIPS_CUES:
                self.long.setdefault(key[0], []).append(key)

    def slipped(self, typed: str, typed_words: list[str]) -> str | None:
        """The cue `typed` (its words joined) is one slip from, or None."""
        hits = set(self.shorter.get(typed, ()))
        for at in range(1, len(typed)):
            less = typed[:at] + typed[at + 1 :]
            if less in self.phrases:
                hits.add(less)
            hits.update(self.shorter.get(less, ()))
        best: tuple[int, str] | None = None
        for key in hits:
            kind = _slip_in_one_word(typed_words, self.phrases[key])
            if kind is not None and (best is None or (kind, key) < best):
                best = (kind, key)
        if best is None and len(typed) >= _TWO_SLIPS_MIN - 2 and not contains_any(typed, _NOT_A_HOLDER):
            for key in self.long.get(typed[:1], ()):
                if abs(len(key) - len(typed)) <= 2 and _two_slips_in_words(typed_words, self.phrases[key]):
                    return self.phrases[key]
        return self.phrases[best[1]] if best is not None else None


# The commonest long cues for a customer's number may take two slips, as thumbs make them in one long word or
# one in each of two ("klantennuuummer", "klanttnumqer", "custmer nubmer"): no other word is so near. (Not
# any long cue: "bagagenummer" is two slips from "badgenummer".)
_TWO_SLIPS_CUES: Final = frozenset(
    {
        "klantnummer", "klantennummer", "customer number", "account number", "numéro client",
        "numéro de client", "clientnummer",
    }
)  # fmt: skip
_TWO_SLIPS_MIN = 11
# A thing's number two slips from a customer's is that thing's: "klachtnummer" is no "klantnummer".
_NOT_A_HOLDER: Final = (
    "klacht", "ticket", "dossier", "order", "bestel", "factuur", "zaak", "melding", "claim", "case",
    "incident", "schade", "track", "invoice", "plainte", "clamation",
)  # fmt: skip
_TWO_SLIPS_WORD = 9  # both in one word: a word this long


def _two_slips_in_words(typed_words: list[str], cue: str) -> bool:
    """Whether the typed words are the cue's with two slips in all (never a first letter, nor a plural's
    ending; each word slipped on has four letters or more)."""
    cue_words = [plain_letters(match.group()) for match in _WORD.finditer(cue.lower())]
    if len(cue_words) != len(typed_words):
        return False
    slips = 0
    for typed, word in zip(typed_words, cue_words, strict=True):
        if typed == word:
            continue
        if min(len(word), len(typed)) < _MIN_WORD or typed in _WORDS or typed[0] != word[0]:
            return False
        if word.startswith(typed) or typed.startswith(word):
            return False  # a word cut short or run on is another word: "abonnement" is no "abonnementnr"
        slipped = _slips(typed, word, 2)
        if slipped == 2 and len(word) < _TWO_SLIPS_WORD:
            return False  # (two slips in one short word make another: "la référence" is no "loan reference")
        slips += slipped
        if slips > 2:
            return False
    return 0 < slips <= 2


def _slips(typed: str, word: str, most: int) -> int:
    """How many slips (a letter dropped, added, hit wrong, or two swapped) make `word` into `typed`; past
    `most`, `most` + 1."""
    previous2: list[int] = []
    previous = list(range(len(word) + 1))
    for i in range(1, len(typed) + 1):
        current = [i] + [0] * len(word)
        for j in range(1, len(word) + 1):
            cost = typed[i - 1] != word[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and typed[i - 1] == word[j - 2] and typed[i - 2] == word[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > most:
            return most + 1
        previous2, previous = previous, current
    return min(previous[-1], most + 1)


_INDEX: list[_Index] = []  # built on the first message with a value nothing took


def _slip_in_one_word(typed_words: list[str], cue: str) -> int | None:
    """How the typed words differ from the cue's: in one word of four letters or more, by one slip (its
    rank: a key hit twice, two keys swapped, one left out, one added, one hit wrong); None otherwise."""
    cue_words = [plain_letters(match.group()) for match in _WORD.finditer(cue.lower())]
    if len(cue_words) != len(typed_words):
        return None
    wrong = [(typed, word) for typed, word in zip(typed_words, cue_words, strict=True) if typed != word]
    if len(wrong) != 1:
        return None
    typed, word = wrong[0]
    if len(word) < _MIN_WORD or typed in _WORDS:
        return None
    return _one_slip(typed, word)


def _one_slip(typed: str, cue: str) -> int | None:
    if typed[0] != cue[0]:
        return None
    if len(typed) == len(cue):
        wrong = [at for at in range(len(cue)) if typed[at] != cue[at]]
        if len(wrong) == 1:
            return 4
        swapped = (
            len(wrong) == 2
            and wrong[1] == wrong[0] + 1
            and typed[wrong[0]] == cue[wrong[1]]
            and typed[wrong[1]] == cue[wrong[0]]
        )
        return 1 if swapped else None
    if len(typed) == len(cue) + 1:
        if typed.endswith("s") and typed[:-1] == cue:
            return None  # a plural names many, no one's: "klantnummers 4410 en 4411"
        for at in range(1, len(typed)):
            if typed[:at] + typed[at + 1 :] == cue:
                return 0 if typed[at] == typed[at - 1] else 3
        return None
    if len(typed) + 1 == len(cue) and any(cue[:at] + cue[at + 1 :] == typed for at in range(1, len(cue))):
        return 2
    return None


def _slip_before(low: str, value_start: int) -> tuple[int, int, str] | None:
    """(start, end, cue) of the words right before a value when they are a cue typed with one slip."""
    at = value_start
    while at > value_start - _MARKS_REACH and at > 0 and low[at - 1] in _GLUE_MARKS:
        at -= 1
    if at == 0 or not low[at - 1].isalpha():
        return None  # (most values: after a digit, a sign, or a line's start)
    begin = at - 1
    while begin > 0 and at - begin < 3 and low[begin - 1].isalpha():
        begin -= 1
    short = at - begin < 3 and not (begin > 0 and low[begin - 1].isalpha())
    if short and low[begin:at] not in _SHORT_ENDS:
        return None  # a word of one or two letters ends no cue but a copula or a number's: "op 12 mei"
    words = [match.span() for match in _WORD.finditer(low, max(0, at - _REACH), at)]
    end = value_start
    while len(words) > 1 and low[words[-1][0] : words[-1][1]] in _GLUE_WORDS:
        if any(ch not in _GLUE_MARKS for ch in low[words[-1][1] : end]):
            return None
        end = words[-1][0]
        words.pop()
    if any(ch not in _GLUE_MARKS for ch in low[words[-1][1] : end]):
        return None
    for count in (1, 2, 3):
        if count > len(words):
            return None
        first = words[-count][0]
        if first > 0 and low[first - 1].isalnum():
            return None  # the letters end a word of digits: "KL00416434"
        if count > 1 and low[words[-count][1] : words[-count + 1][0]] not in _JOIN:
            return None
        typed_words = [low[start:stop] for start, stop in words[-count:]]
        typed = "".join(typed_words)
        if not typed.isascii():
            typed_words = [plain_letters(word) for word in typed_words]
            typed = "".join(typed_words)
        if len(typed) < _MIN_CUE - 1 or typed in lexicon():
            continue  # (a cue as it stands: the cue finder read it)
        cue = _SLIPPED.get(typed, _UNSEEN)
        if cue is _UNSEEN:
            if not _INDEX:
                _INDEX.append(_Index())
            cue = _INDEX[0].slipped(typed, typed_words)
            if len(_SLIPPED) < _SLIPPED_LIMIT:
                _SLIPPED[typed] = cue
        if cue is not None:
            return first, words[-1][1], cue
    return None


# What each run of words typed is one slip from (a bounded table, filled by the first words seen).
_UNSEEN: Final = ""
_SLIPPED: dict[str, str | None] = {}
_SLIPPED_LIMIT: Final = 4096


def read_slipped_cues(text: str, out: list[Span], read: Callable[[str], list[Span]]) -> None:
    """Add to `out` what `read` finds in a value nothing took once the cue before it is spelled right."""
    if not any(digit in text for digit in "0123456789"):
        return
    low = text.lower()
    if len(low) != len(text):
        return
    taken = _merged(out)
    starts = [start for start, _ in taken]
    repairs: list[tuple[int, int, str, int, int]] = []
    for match in _VALUE.finditer(text):
        start, end = match.span()
        index = bisect_left(starts, end) - 1  # the last taken run starting before the value ends
        if index >= 0 and taken[index][1] > start:
            continue
        slip = _slip_before(low, start)
        if slip is not None and (not repairs or repairs[-1][1] <= slip[0]):
            repairs.append((*slip, start, end))
    if not repairs:
        return
    pieces: list[str] = []
    cursor = 0
    shifts: list[tuple[int, int, int]] = []  # each value's start and end in the text read again, its shift
    shift = 0
    for start, end, cue, value_start, value_end in repairs:
        pieces.append(text[cursor:start])
        pieces.append(cue)
        cursor = end
        shift += len(cue) - (end - start)
        shifts.append((value_start + shift, value_end + shift, shift))
    pieces.append(text[cursor:])
    for span in read("".join(pieces)):
        for value_start, value_end, moved in shifts:
            if span.start < value_end and value_start < span.end and span.start >= value_start - 2:
                placed = Span(span.start - moved, span.end - moved, span.type)
                index = bisect_left(starts, placed.end) - 1
                if index < 0 or taken[index][1] <= placed.start:
                    out.append(placed)
                break


def _merged(spans: list[Span]) -> list[tuple[int, int]]:
    """The stretches of text the spans cover, in order, overlapping ones joined."""
    runs: list[tuple[int, int]] = []
    for start, end in sorted((span.start, span.end) for span in spans):
        if runs and start <= runs[-1][1]:
            if end > runs[-1][1]:
                runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs
