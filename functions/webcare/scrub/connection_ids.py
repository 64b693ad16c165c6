"""A home's energy connection by its EAN code: eighteen digits, in one piece or in groups of six, of three,
or of three, six and nine, from 871 in the Netherlands and 5414 in Belgium ("EAN elektra 871679 305096
292090", "EAN 541 448971 777691347", "EAN stroom 871648803684062531", "to account 871625068257127386",
"meter number 541 448 820 000 123 456"). It names the household's connection as a customer number does.

A product's EAN has thirteen digits and names no one. Eighteen digits after "EAN" are a connection's whatever
they start with. A number another detector took keeps its type, unless it took only part of the connection's
(a customer's number of its first groups, a national number or a phone read in its last).
"""

from __future__ import annotations

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import Span, free_of

_EAN_18 = LazyPattern(
    r"(?<![0-9A-Za-z])(?:[0-9]{6}( ?)[0-9]{6}\1[0-9]{6}|[0-9]{3}(?: [0-9]{3}){5}|[0-9]{3} [0-9]{6} [0-9]{9})"
    r"(?![0-9A-Za-z]|[.,/\-][0-9])"
)
_COUNTRY_PREFIXES = ("871", "5414")
_READ_IN_A_GROUP = ("customer_number", "bsn", "phone")
_NAMED_BEFORE = LazyPattern(r"(?<![a-z])ean(?![a-z])")
_NAMED_REACH = 24


def detect_connection_ids(text: str, low: str, out: list[Span]) -> None:
    for match in _EAN_18.finditer(text):
        start, end = match.span()
        if not (
            match.group().replace(" ", "").startswith(_COUNTRY_PREFIXES)
            or _NAMED_BEFORE.search(low, max(0, start - _NAMED_REACH), start)
        ):
            continue
        # (a customer's number a cue took of its first groups is this one: "meter number 541 478 395 …"; so is
        # a national number or a phone read in its last group: "EAN 871 694800 722315132")
        out[:] = [s for s in out if not (s.type in _READ_IN_A_GROUP and start <= s.start and s.end <= end)]
        if free_of(out, start, end):
            out.append(Span(start, end, "customer_number"))
