"""Words typed together without their space: "mijn nummer06 83 15 28 96", "i said4849",
"gebruikersnaamesrakay80", "new PINwill be 7651", "mijnwachtwooord minoes$1988".

A thumb that misses the space bar joins a label to its value, or a cue to the word before or after it. The
detectors read words by their edges, so a value glued to its label is no value and a cue glued to a word is
no cue. `unglued` finds those joins (a word that labels or introduces a value, right before its digits; a
cue word right before its value or a small word; a possessive right before a cue) and gives back the text
with a space put in at each, and where the spaces went. The detectors then read that text, and `mapped_back`
puts their spans back on the text as written. Only these joins are split: a word of letters and digits
("KL1761", "iPhone16", "Ziggo9F3A21") stays whole.
"""

from __future__ import annotations

from bisect import bisect_left

from webcare.scrub.cues import find_cues
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import Span, by_first_letter

__all__ = ["mapped_back", "unglued"]

# A word that labels or introduces a number, glued to its digits ("nummer06…", "numéro0497/…", "said4849",
# "from77.48.90.138", "is768491"), or a number word with its holder ("numéroclient649544676"). Longer words
# first where one starts another ("numéroclient" before "numéro").
_NUMBER_WORDS = (
    "numéroclient|numeroclient|nummer|nummet|nummr|numer|number|numéro|numero|nr|mobiel|mobile|phone|"
    "telefoon|said|zei|from|van|at|to|naar|vers|sorry|is|was|code|pincode|pin|iban|login|ww|klantnummer|pw|"
    "rekeningnummer|rekening|account"
)
_SMALL_WORDS = frozenset("will wordt is was and en et est moet must should zou".split())
# Short cues that start ordinary words glue only onto a small word: "pinkpop5654" and "codewoord7" are
# values of their own, no "pin" or "code" before one (their digits glued on are read above: "pin1234").
_PREFIX_CUES = frozenset({"pin", "code"})
_SHORT = 3  # a word this short glued to digits in capitals is a code's prefix ("IS812483", "NR28 9XR")
# A cue word glued to what follows it: its value (letters then digits, "gebruikersnaamesrakay80") or a small
# word of the sentence ("PINwill", "pincodewordt", "codeand"); a possessive or "new" glued to a cue word
# ("mijnwachtwooord", "newwifi"), the cue confirmed by the cue finder (typos included). One expression for
# the three joins, searched once.
_GLUED = LazyPattern(
    r"(?<![\w.\-/+=@:#])(?:"
    r"(?P<number>" + by_first_letter(_NUMBER_WORDS) + r")(?=[+(]?[0-9](?:[0-9 ()\-./]{0,3}[0-9]){2})|"
    r"(?P<cue>gebruikersnaam|inlognaam|username|wachtwoord|password|passwort|pincode|pin|code|identifiant|"
    r"login)(?P<after>[^\W\d_]{2,}+[\w.]*+)|"
    r"(?P<owner>mijn|my|mn|new|nieuwe|nieuw|haar|zijn)(?P<rest>(?:wacht|pass|pasw|wifi|inlog|login|gebruik|"
    r"user|pin|code|puk|sleutel|ww)[^\W\d_]{0,20})(?![\w])"
    r")"
)


def unglued(text: str, low: str) -> list[int]:
    """Where a space is missing (offsets in `low` before which one goes), in order; [] when none is."""
    cuts: list[int] = []
    for match in _GLUED.finditer(low):
        if match.start("number") != -1:
            start, end = match.span("number")
            if end - start > _SHORT or not text[start:end].isupper():
                if match.group("number").endswith("client"):
                    cuts.append(end - len("client"))  # "numéroclient649544676": both spaces
                cuts.append(end)
        elif match.start("cue") != -1:
            after = match.group("after").rstrip(".")
            if after in _SMALL_WORDS or (
                any(ch.isdigit() for ch in after)
                and after[:3].isalpha()
                and match.group("cue") not in _PREFIX_CUES
            ):
                cuts.append(match.end("cue"))
        else:
            rest = match.group("rest")
            cues = find_cues(rest)
            if cues and cues[0][1] == 0 and cues[0][2] == len(rest):
                cuts.append(match.end("owner"))
    return cuts


def spaced(text: str, cuts: list[int]) -> str:
    """text with a space put in before each offset in `cuts`."""
    pieces = []
    cursor = 0
    for cut in cuts:
        pieces.append(text[cursor:cut])
        pieces.append(" ")
        cursor = cut
    pieces.append(text[cursor:])
    return "".join(pieces)


def mapped_back(spans: list[Span], cuts: list[int]) -> list[Span]:
    """Spans found in `spaced(text, cuts)` placed on the text itself."""
    # the space put in before cuts[i] stands at cuts[i] + i in the spaced text
    spaces = [cut + index for index, cut in enumerate(cuts)]
    placed = []
    for span in spans:
        start = span.start - bisect_left(spaces, span.start)
        end = span.end - bisect_left(spaces, span.end)
        if start < end:
            placed.append(Span(start, end, span.type))
    return placed
