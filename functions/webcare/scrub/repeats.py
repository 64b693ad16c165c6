"""A value written twice is the same value twice.

An agent echoes what the customer gave ("Visitor: 7113⏎Advisor: Ok, 7113 has been entered.", "Merci,
j'ai noté 7271.", "Avec ced7jfss j'ai un message d'erreur."), a reply over quoted history repeats it ("I'm
entering 7786 which is definitely right" above "… the pin for the app is 7786"), a correction quotes the
old one ("non 231, l'autre (321) c'était mon ancien compte"). The words around a copy rarely say what it
is; the words around the value did. So once a detector typed a value by its context, every other copy of
it standing as a whole word is that value too; copies another detector took keep their reading.

Not repeated: values a shape finds wherever they stand (cards, IBANs, keys), a year, a date or a time, a
plain lower-case word ("admin" as user, login and label), a value that heads lines of its own (a speaker's
name over chat blocks, "Collect&Go"), anything under three characters, and three characters only when
they are a card's security code.

A code's sibling named by reference to it is of its kind: "the right one is 547730. the earlier one
(103-940) expired", "one time passcode: 414339⏎(second one: 5355)", "de goede is 923265. De vorige (978566)
is verlopen", "nouveau code PIN … L'ancien (3604) ne marche plus": the nearest code before it says which.
A value put right at once after a value is of its kind when it has its shape ("Mijn klantnummer is
86.403.414, sorry, het is 86.403.441").
"""

from __future__ import annotations

from bisect import bisect_left

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import Span, free_of

__all__ = ["detect_others", "detect_repeats"]

_KINDS = frozenset({"password", "username", "pin", "puk", "otp", "wifi_key", "cvv", "customer_number"})
_MIN = 4
_MIN_CVV = 3
_MAX = 64
_COPIES = 8  # copies of one value looked at (a thread quotes a value a few times, not hundreds)
_NOT_REPEATED = LazyPattern(r"(?:19|20)[0-9]{2}|[0-9]{1,4}[-/.:][0-9]{1,2}(?:[-/.:][0-9]{2,4})?|[a-z]++")


def _joined_to(neighbour: str, beyond: str) -> bool:
    """Whether a character beside a copy makes it part of a longer word ("7786-1234", "x7786", "7786.5",
    "€321", "321%")."""
    return (
        neighbour.isalnum()
        or neighbour in "_$€£#%"
        or (neighbour in "-./@:," and beyond.isalnum())
    )


def detect_repeats(text: str, out: list[Span]) -> None:
    """Add the copies of every value typed by its context (see the module's docstring)."""
    found = [
        span
        for span in out
        if span.type in _KINDS and span.end - span.start >= (_MIN_CVV if span.type == "cvv" else _MIN)
    ]
    if not found:
        return
    size = len(text)
    seen: set[str] = set()
    for span in found:
        value = text[span.start : span.end]
        if (
            value in seen
            or len(value) > _MAX
            or "\n" in value
            or _NOT_REPEATED.fullmatch(value) is not None
            or text.count("\n" + value + "\n") > 1
        ):
            continue
        seen.add(value)
        pos = text.find(value)
        copies = 0
        while pos != -1 and copies < _COPIES:
            copies += 1
            end = pos + len(value)
            if (
                pos != span.start
                and (pos == 0 or not _joined_to(text[pos - 1], text[pos - 2] if pos > 1 else " "))
                and (end == size or not _joined_to(text[end], text[end + 1] if end + 1 < size else " "))
                and free_of(out, pos, end)
            ):
                out.append(Span(pos, end, span.type))
            pos = text.find(value, end)  # (copies never overlap: one pass over the text)


# "the earlier one (103-940)", "(second one: 5355)", "De vorige (978566)", "l'ancien (3604)", "the other one
# was 81567", "another one came: 40895": a word for a sibling, then "one" or "code", or a bracket or a
# colon, then digits as codes are given (not "de eerste 1000 euro": a count).
_OTHER_ONE = LazyPattern(
    r"(?<![a-z])(?:(?:the|a|de|het|la|le|l')[ \t]*+)?(?:earlier|previous|first|second|other|older|old|"
    r"another|vorige|eerste|tweede|andere|oude|précédent|précédente|premier|première|seconde?|ancien|ancienne)"
    # (or one that came after it: "Then another one came: 75736570")
    r"(?:[ \t]++(?:one|code)[ \t]*+(?:(?:was|is|était|est)[ \t]++|(?:came|arrived)[ \t]*+)?[:(]?|[ \t]*+[:(])"
    r"[ \t]*+"
    r"([0-9]{3}[ -][0-9]{3}|[0-9]{4,8})(?![0-9]|[ -][0-9])"
)
# A code tried besides the one named just before: "The code you sent (0908) doesn't work. Tried 903895 as
# well", "Code die ik kreeg was 254928, ook 5062 geprobeerd", "j'ai aussi essayé 4412": of that code's kind.
_TRIED_TOO = LazyPattern(
    r"(?<![a-z])(?:(?:(?:also|ook|aussi)[ \t]++)?(?:tr[iy]{1,3}ed|geprobeerd|essayé)[ \t:]++"
    r"([0-9]{4,8}#?)(?![0-9])"
    r"|(?:ook|also|aussi)[ \t]++([0-9]{4,8}#?)[ \t]++(?:(?:ge)?prob[eé]{1,2}rd|geprobeert|tried|essayé)"
    r"(?![a-z]))"
)
_CODE_KINDS = frozenset({"pin", "puk", "otp"})
_OTHER_REACH = 160
_TRIED_REACH = 60
_TRIED_HINTS = ("tried", "tryed", "triied", "ook", "also", "aussi", "geprobeerd", "essayé")
# A value put right at once after it, the slip owned up to: "Mijn klantnummer is 86.403.414, sorry, het is
# 86.403.441", "My customer number is 62-14990-3, sorry, it's 62-14909-3", "DuinenAppel921, nee sorry
# MuinenAppel921", "oeps 3.4797.739 bedoel ik": the new one is of the first one's kind, and of its shape.
_CORRECTED = LazyPattern(
    r"[ \t]*+[,.;!]?[ \t]*+(?:(?:nee|no|non)[ \t,]++)?(?:sorry|pardon|oeps|oops|excuses|désolée?)[ \t,!.]*+"
    r"(?:(?:het|it|dat|that|c'|ce)[ \t]*+(?:is|'s|’s|est|was)[ \t:]++|(?:i mean|je veux dire)[ \t:]++)?"
    r"([A-Za-z0-9][\w.@#!?/-]{2,40}?)(?=[\s,;)]|[.!?](?:\s|$)|$)"
)


def detect_others(text: str, out: list[Span]) -> None:
    """Add the values put right at once and a code's siblings named by reference to it (see the module's
    docstring)."""
    _put_right(text, out)
    codes = sorted((span for span in out if span.type in _CODE_KINDS), key=lambda span: span.start)
    if not codes:
        return
    low = text.lower()
    if len(low) != len(text):
        return  # (a character that lower-cases to two would shift every offset)
    starts = [span.start for span in codes]
    longest = max(span.end - span.start for span in codes)
    for other in _OTHER_ONE.finditer(low, codes[0].end):
        start, end = other.span(1)
        kind = _kind_before(codes, starts, longest, other.start(), _OTHER_REACH)
        if kind and free_of(out, start, end):
            out.append(Span(start, end, kind))
    if any(word in low for word in _TRIED_HINTS):
        _tried_too(low, codes, starts, longest, out)


def _kind_before(codes: list[Span], starts: list[int], longest: int, at: int, reach: int) -> str:
    """The kind of the last code (in order of start) that ends at `at` or before, within `reach` of it; ''
    if none. Looked up from the last code starting before `at`, back to where no code can end in reach
    (a bisection: a text dense with codes stays linear)."""
    for index in range(bisect_left(starts, at) - 1, -1, -1):
        code = codes[index]
        if code.start + longest < at - reach:
            break
        if code.end <= at and at - code.end <= reach:
            return code.type
    return ""


def _tried_too(low: str, codes: list[Span], starts: list[int], longest: int, out: list[Span]) -> None:
    for tried in _TRIED_TOO.finditer(low, codes[0].end):
        group = 1 if tried.start(1) != -1 else 2
        start, end = tried.span(group)
        kind = _kind_before(codes, starts, longest, tried.start(), _TRIED_REACH)
        if not kind:
            continue
        placed = [at for at, span in enumerate(out) if span.start == start and span.end == end]
        for at in placed:
            if out[at].type in _CODE_KINDS:
                out[at] = Span(start, end, kind)  # (a code read alone was typed by its own cue, if any)
        if not placed and free_of(out, start, end):
            out.append(Span(start, end, kind))


def _put_right(text: str, out: list[Span]) -> None:
    for span in [span for span in out if span.type in _KINDS]:
        corrected = _CORRECTED.match(text, span.end)
        if corrected is None:
            continue
        start, end = corrected.span(1)
        if _same_shape(text[span.start : span.end], corrected.group(1)) and free_of(out, start, end):
            out.append(Span(start, end, span.type))


def _same_shape(value: str, other: str) -> bool:
    """A value typed again with a slip: as long give or take two, as many digits give or take two."""
    digits = sum(ch.isdigit() for ch in value)
    return (
        abs(len(value) - len(other)) <= 2
        and abs(digits - sum(ch.isdigit() for ch in other)) <= 2
        and (digits == 0) == (not any(ch.isdigit() for ch in other))
    )
