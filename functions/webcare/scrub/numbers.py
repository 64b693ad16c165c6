"""Runs of digits: cards (with the expiry and CVV written after them), IBANs, BSNs and phone numbers;
short runs go to `contact` for postcodes and streets. Also CVVs and expiry dates after their cue words."""

from __future__ import annotations

import re

from webcare.scrub import validators
from webcare.scrub.contact import addresses_at, postcode_at
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    PHONE_CUE,
    UNIT_AFTER,
    Span,
    before,
    card_nearby,
    contains_any,
    inside,
    is_reference_at,
    word_start,
)

_BSN_CUE = LazyPattern(
    r"bsn|burgerservice|burger service|sofi|citizen service|persoonsnummer|persoonsgebonden"
)
_BSN_CUE_AFTER = LazyPattern(
    r"[\s,.:)(-]{0,3}+(?:(?:is|was|dat|dit|that|this|=|mijn|my|het|the|dus|namelijk|also|ook)[ \t]++){0,4}"
    r"(?:bsn|burgerservice|sofi|citizen service)"
)


# A run of digits with single separators between groups; classified in Python.
# Starts with a character class (not an optional '+') so that the engine can skip ahead cheaply.
_NUMBER_RUN = re.compile(
    r"[+0-9](?:(?:[ \u00a0\u202f]{1,2}|[.\-/]|[ ]-[ ])?[0-9]|[ \u00a0]?\([0-9]{1,4}\)[ \u00a0]?[0-9])*"
)
# "(020) 574 3074", "(415) 555-0164": an area code in parentheses before the run.
_PAREN_AREA = re.compile(r"\(([0-9]{2,5})\)[ \u00a0]?$")
_SEPARATOR = re.compile(r"[^0-9]+")
_IPV4_SHAPE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}$")
_DATE_SHAPE = re.compile(r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$")
_IBAN_AT = LazyPattern(
    r"([A-Za-z]{2}[ \u00a0]{0,2}[0-9]{2})((?:(?:[ \u00a0\u202f]{1,2}|-)?[A-Za-z0-9]){10,32})"
)  # groups apart by one or two spaces: "NL41  ASNB  2872  3716  02"
_CARD_TAIL = LazyPattern(
    r"(?:[ \t,;]{0,2}\r?\n|[ \t,;/|\-(]{0,3})"
    r"(?:(?i:exp(?:iry|ires|iration)?(?: date)?|vervaldatum|geldig (?:tot|t/m)"
    r"|valid (?:thru|through|until)"
    r"|gültig bis)[ \t:]*)?((?:0[1-9]|1[0-2])(?:[ \t]?[/\-][ \t]?(?:20)?|(?=[0-9]{2}(?:\)|[ \t,;]*+\r?\n|"
    r"[ \t,;/]++[0-9]{3}(?![0-9])|[ \t]*+$))|(?<=[(]..))[0-9]{2})?(?![0-9])"
    r"(?:\)?)"
    r"(?:(?:[ \t,;]{0,2}\r?\n|[ \t,;/|\-()]{0,4})"
    r"(?:(?i:cvv2?|cvc2?|cid|csc|code|security code|beveiligingscode)[ \t:]*)?"
    r"([0-9]{3,4})(?![0-9/]|-[0-9]))?"
)
_CVV_CUE = LazyPattern(
    r"(?:cvv2?|cvc2?|csc|(?:sec(?:urity)?\.?|card) (?:code|number)|beveiligingscode|veiligheidscode|"
    r"kaartcode|"
    r"cryptogramme(?: visuel)?|code de s[ée]curit[ée]|"
    r"card verification(?: code| value)?|"
    r"(?:(?<![0-9])[0-9] )?(?:code|cijfers|digits|numbers|chiffres)[ \t]++(?:op de |on the |au |aan de )?"
    r"(?:achter ?op|achterkant|achterzijde|back|dos)"
    r"(?: van de kaart| of the card| de la carte| van mijn kaart)?)"
    r"(?:[ \t\-]*+(?:[:=]|is|was|zijn|are|est|nummer|number|code|de|the|van|of|my|mijn|kaart|card|op|on|"
    r"achterkant|achterop|back)){0,5}"
    r"[ \t:]*+\(?([0-9]{3,4})(?![0-9])"
)
# "de 3 cijfers: 123", "the three digits are 123": next to a card only.
_CVV_DIGITS_CUE = LazyPattern(
    r"(?:[34]|drie|vier|three|four|trois|quatre)[ \-]?(?:cijfers|cijferige code|digits|digit code|numbers|"
    r"chiffres)[^0-9\n]{0,25}?([0-9]{3,4})(?![0-9])"
)
_EXPIRY_CUE = LazyPattern(
    r"(?:exp(?:iry|ires|iration|ire)?\.?(?: date)?|vervaldatum|verloopdatum|geldig(?:heidsdatum| tot| t/m)|"
    r"verloopt|vervalt|loopt af|valid (?:thru|through|until)|expiration|valable jusqu'(?:au|à)|"
    r"date d'expiration|date de validité|good thru|use by|valid till|valid to|geldig tot en met)"
    r"(?:[ \t]*+(?:[:=]|is|op|on|in|le|date|datum|van de kaart|of the card|de la carte|mijn|my)){0,3}[ \t:]*+"
    r"((?:0?[1-9]|1[0-2])[ \t]?[/\-][ \t]?(?:20)?[0-9]{2}|(?:0[1-9]|1[0-2])[0-9]{2})"
    r"(?![0-9])"
)


def detect_numbers(text: str, low: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
    n = len(text)
    iban_end = -1
    for run in _NUMBER_RUN.finditer(text):
        start, end = run.span()
        if start < iban_end or (urls and inside(urls, start)):
            continue  # part of an IBAN (valid or not): its digit groups are not phone or card numbers
        # IBAN: two letters, two check digits, then the account.
        if start >= 2 and text[start - 2 : start].upper() in validators.SEPA_IBAN_LENGTHS:
            iban_end = _iban_at(text, start - 2, out)
            if iban_end > 0:
                continue
        elif (
            start >= 3
            and text[start - 1] in " \u00a0"
            and text[start - 3 : start - 1].upper() in validators.SEPA_IBAN_LENGTHS
        ):
            # "NL 24 KNAB …", "GB 89 HBUK …": the country code written apart.
            found = len(out)
            spaced_end = _iban_at(text, start - 3, out)
            if len(out) > found:
                iban_end = spaced_end
                continue
        if end - start <= 10:
            addresses_at(text, low, start, end, out)
        if end - start < 4:
            continue
        before = text[start - 1] if start > 0 else " "
        if before in ") \u00a0" and _paren_phone(text, low, start, end, out):
            continue
        if (
            before.isalnum()
            or before in "_@#"
            or (before in "-/." and start >= 2 and text[start - 2].isalnum())
        ):
            continue
        value = run.group()
        if end - start == 4 and value.isdigit():
            if end == n or not text[end].isdigit():
                postcode_at(text, start, end, out)  # "1234 AB", "1234AB"
            continue
        if end < n and text[end].isalnum():
            continue  # glued to letters: a code or an id
        if sum(map(str.isdigit, value)) < 8 or _IPV4_SHAPE.match(value) or _DATE_SHAPE.match(value):
            continue
        if end < n - 1 and text[end] in "-/" and text[end + 1].isdigit():
            continue
        _classify_run(text, low, start, end, out)


def _paren_phone(text: str, low: str, start: int, end: int, out: list[Span]) -> bool:
    """'(020) 574 3074', '(415)555-0199': an area code in parentheses right before the run."""
    area = _PAREN_AREA.search(text, max(0, start - 9), start)
    if area is None or (area.start() > 0 and text[area.start() - 1].isalnum()):
        return False
    digits = area.group(1) + "".join(ch for ch in text[start:end] if ch.isdigit())
    if not 9 <= len(digits) <= 12 or is_reference_at(low, area.start()):
        return False
    if not validators.phone_valid(digits):
        return False
    out.append(Span(area.start(), end, "phone"))
    return True


def _iban_at(text: str, start: int, out: list[Span]) -> int:
    """Where an IBAN-shaped text starting here ends (-1: not IBAN-shaped); adds the span when valid."""
    if start > 0 and text[start - 1].isalnum():
        return -1
    match = _IBAN_AT.match(text, start)
    if match is None:
        return -1
    country = match.group(1)[:2].upper()
    length = validators.SEPA_IBAN_LENGTHS.get(country)
    if length is None:
        return -1
    # Walk the text until `length` alphanumerics are taken: the rest belongs to the sentence.
    taken = 0
    pos = start
    end_limit = match.end()
    while pos < end_limit and taken < length:
        if text[pos].isalnum():
            taken += 1
        pos += 1
    if taken < length:
        return -1
    if pos < len(text) and text[pos].isalnum():
        return -1  # glued to more letters or digits: not this IBAN
    compact = "".join(ch for ch in text[start:pos] if ch.isalnum()).upper()
    if validators.iban_valid(compact):
        out.append(Span(start, pos, "iban"))
    return pos


def _groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each digit group in the run."""
    groups = []
    pos = start
    for sep in _SEPARATOR.finditer(text, start, end):
        if sep.start() > pos:
            groups.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        groups.append((pos, end))
    return groups


def _classify_run(text: str, low: str, start: int, end: int, out: list[Span]) -> None:
    groups = _groups(text, start, end)
    plus = text[start] == "+"
    # Classify from the first group; after a match, go on with the rest of the run. Never start in
    # the middle of a run: the tail of a failed card number is not a phone number.
    i = 0
    while i < len(groups):
        taken = _classify_from(text, low, groups, i, plus and i == 0, start, out)
        if taken > i:
            i = taken
            continue
        # Nothing from here: go on after a year that ends a date ("14 oktober 1962 5090.12.863"), else
        # only at a group that stands on its own ("2458.72.105 147443428").
        if _after_year(text, groups, i):
            i += 1
            continue
        i += 1
        while i < len(groups) and groups[i][1] - groups[i][0] < 8:
            i += 1


def _after_year(text: str, groups: list[tuple[int, int]], i: int) -> bool:
    start, end = groups[i]
    return (
        i + 1 < len(groups)
        and end - start == 4
        and text[start : start + 2] in ("19", "20")
        and text[end : groups[i + 1][0]].isspace()
    )


def _classify_from(
    text: str, low: str, groups: list[tuple[int, int]], i: int, plus: bool, run_start: int, out: list[Span]
) -> int:
    """Try card, BSN and phone from group i on; return the index after the groups used (or i)."""
    first = run_start if plus else groups[i][0]
    reference = None

    def is_reference() -> bool:
        nonlocal reference
        if reference is None:
            reference = is_reference_at(low, first)
        return reference

    digits = ""
    best: tuple[int, str] | None = None
    sixteen_valid = False
    lone_one = groups[i][1] - groups[i][0] == 1 and text[groups[i][0]] == "1"
    for j in range(i, min(len(groups), i + 8)):
        digits += text[groups[j][0] : groups[j][1]]
        if len(digits) > 19:
            break
        span_text = text[first : groups[j][1]]
        if _DATE_SHAPE.match(span_text) and (
            j + 1 == len(groups) or text[groups[j][1]] != text[groups[j][0] - 1]
        ):
            return j + 1
        # 17 to 19 digits only when written in one piece: a grouped 16 plus a CVV is not a 19-digit card.
        long_ok = len(digits) <= 16 or j == i or (len(digits) == 19 and j == i + 4 and not sixteen_valid)
        if (
            13 <= len(digits) <= 19
            and long_ok
            and not plus
            and _card_brand(digits)
            and validators.luhn_valid(digits)
        ):
            if not is_reference():
                best = (j, "card")
                sixteen_valid = sixteen_valid or len(digits) == 16
        elif (
            len(digits) == 9
            and not plus
            and (not digits.startswith("0") or _BSN_CUE.search(before(low, first, 48)))
            and best is None
        ):
            if validators.bsn_valid(digits):
                cue_before = _BSN_CUE.search(before(low, first, 48))
                cue_after = _BSN_CUE_AFTER.match(low, groups[j][1])
                if cue_before or (
                    not is_reference() and (cue_after or not PHONE_CUE.search(before(low, first, 24)))
                ):
                    best = (j, "bsn")
        us_one = lone_one and _us_country_shape(text, groups, i, j)
        if 8 <= len(digits) <= 15 and (
            plus
            or digits.startswith("0")
            or text[first - 1 : first] == "("
            or _us_shape(text, groups, i, j)
            or us_one
        ):
            if best is None or best[1] != "card":
                if not is_reference() and validators.phone_valid(("+" if plus or us_one else "") + digits):
                    best = (j, "phone")
    if best is None:
        return i
    j, kind = best
    stop = groups[j][1]
    if kind == "phone" and first > 0 and text[first - 1] == "(":
        first -= 1
    out.append(Span(first, stop, kind))
    if kind == "card":
        _card_tail(text, stop, out)
    return j + 1


def _us_shape(text: str, groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """212-555-0100, 212.555.0100, 212 555 0100: three, three and four digits, one separator."""
    if j != i + 2:
        return False
    sizes = [end - start for start, end in groups[i : j + 1]]
    if sizes != [3, 3, 4] or text[groups[i][0]] in "01":
        return False
    return text[groups[i][1] : groups[i + 1][0]] == text[groups[i + 1][1] : groups[i + 2][0]]


_US_TOLL_FREE = frozenset({"800", "888", "877", "866", "855", "844", "833", "900"})


def _us_country_shape(text: str, groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """1-415-555-0176, 1 415 555 0176: the country code, then a US number (not a company's 1-800)."""
    if j != i + 3 or text[groups[i][0] : groups[i][1]] != "1" or not _us_shape(text, groups, i + 1, j):
        return False
    return text[groups[i + 1][0] : groups[i + 1][1]] not in _US_TOLL_FREE


def _card_brand(digits: str) -> bool:
    n = len(digits)
    d1 = digits[0]
    d2 = int(digits[:2])
    d3 = int(digits[:3])
    d4 = int(digits[:4])
    if d1 == "4":
        return n in (13, 16, 19)
    if 51 <= d2 <= 55 or 2221 <= d4 <= 2720:
        return n == 16
    if d2 in (34, 37):
        return n == 15
    if d4 == 6011 or d2 == 65 or 644 <= d3 <= 649:
        return 16 <= n <= 19
    if 3528 <= d4 <= 3589:
        return 16 <= n <= 19
    if d2 in (36, 38, 39) or 300 <= d3 <= 305:
        return 14 <= n <= 19
    if d2 == 62 or d2 == 50 or 56 <= d2 <= 69:
        return 13 <= n <= 19
    return False


def _card_tail(text: str, end: int, out: list[Span]) -> None:
    tail = _CARD_TAIL.match(text, end)
    if tail is None:
        return
    if tail.group(1):
        out.append(Span(tail.start(1), tail.end(1), "card_expiry"))
    if (
        tail.group(2)
        and not (tail.group(1) is None and "exp" in text[end : tail.start(2)].lower())
        and not UNIT_AFTER.match(text, tail.end(2))
    ):
        out.append(Span(tail.start(2), tail.end(2), "cvv"))  # "expiry 0831" is an expiry, found by its cue


# "08/27 is de vervaldatum", "12345678 (klantnummer)": the value a few small words before its cue.
_EXPIRY_BEFORE_CUE = LazyPattern(
    r"(?<![0-9/])((?:0?[1-9]|1[0-2])[ \t]?[/\-][ \t]?(?:20)?[0-9]{2})(?![0-9/])[ \t,(]*+"
    r"(?:(?:is|als|as|de|the|het|mijn|my)[ \t]++){0,3}"
    r"(?:vervaldatum|verloopdatum|expiry|expiration|geldigheid)"
)


def detect_card_context(text: str, low: str, out: list[Span]) -> None:
    if contains_any(low, _CVV_HINTS):
        for match in _CVV_CUE.finditer(low):
            if word_start(low, match.start()):
                out.append(Span(match.start(1), match.end(1), "cvv"))
    if contains_any(low, _CVV_DIGIT_HINTS):
        for match in _CVV_DIGITS_CUE.finditer(low):
            if word_start(low, match.start()) and card_nearby(low, match.start(), match.end()):
                out.append(Span(match.start(1), match.end(1), "cvv"))
    if contains_any(low, _EXPIRY_HINTS):
        for match in _EXPIRY_CUE.finditer(low):
            if word_start(low, match.start()):
                out.append(Span(match.start(1), match.end(1), "card_expiry"))
        for match in _EXPIRY_BEFORE_CUE.finditer(low):
            out.append(Span(match.start(1), match.end(1), "card_expiry"))


_CVV_HINTS = ("security number", "sec number", "cvv", "cvc", "csc", "sec code", "sec. code", "security code",
              "card code", "beveiligingscode",
              "veiligheidscode", "kaartcode", "verification", "achter", "cryptogramme", "sécurité",
              "securite",
              # "back" and "dos" only as the expression reads them, after a code word or "on the" / "au":
              # alone they are in every other English or French e-mail ("call me back")
              "the back", "code back", "digits back", "numbers back", "cijfers back", "chiffres back",
              "au dos", "code dos", "chiffres dos", "digits dos", "numbers dos", "cijfers dos")  # fmt: skip
_CVV_DIGIT_HINTS = ("cijfers", "cijferige", "digits", "digit code", "numbers", "chiffres")
# Specific enough that ordinary words ("expect", "experience") do not set off the expression.
_EXPIRY_HINTS = ("exp ", "exp.", "exp:", "exp\n", "expir", "geldig", "vervaldatum", "verloopdatum",
                 "verloopt", "vervalt", "valid ", "valable", "loopt af", "good thru", "use by",
                 "validité")  # fmt: skip
