"""A card that pays for nothing names its holder: the number of a transit pass, a charging or fuel card, a
library card is the customer's number.

"Mijn MOBIB-kaart heeft nummer 18118934037972525", "ma carte mobib 83430588251938751", "my Oyster card number
is 3704 5425 1289", "@RET help, pas 3528 8814 8477 0530 is geblokkeerd", "charging card GB-YWU-C25374005-B".
A payment card's number is the card detector's (it runs first); what else a card's name leads to, ten digits
or more, is no card to pay with, and no phone when it is longer than a phone's. Nor is a contract id of the
charging networks (eMI3 / ISO 15118 "NL-TNM-C12345678-X", DIN "NL-HQZ-126817-2"), the holder's wherever it
stands.

Runs after the other detectors: a value something else took (a card, a date) keeps its type. A phone gives
way where the number runs past it or is longer than a phone's, and where a customer-number cue named the
number ("pasnummer 0204 2687 5803"), unless it is a mobile's.
"""

from __future__ import annotations

import re

from webcare.scrub.cues import one_letter_off
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import PARCEL_S10, Span, by_first_letter, contains_any

# Twelve digits in a row or in groups: only then is a card's slipped noun looked for.
_LONG_NUMBER = LazyPattern(r"[0-9]{4}[ \-]?[0-9]{4}[ \-]?[0-9]{4}")

# The card's noun, a name after it ("carte mobib"), and the words that lead to its number ("heeft nummer",
# "porte le numéro", "number is", ":"). Not a card of a bank, a SIM or an identity: their numbers are
# another kind of secret, or none.
_HELD_CARD = LazyPattern(
    r"(?:kaart|pas|card|carte|badge)(?:n[umbe]{0,6}r|no)?(?![a-z])"  # ("kaartnummmer", "pasnummr")
    r"(?:[ \t]++(?!(?:is|est|heeft|has|porte|nummer|number|numéro|nr|no|de|bancaire|sim|via|op|at|bij|on|in|"
    r"from|naar|to|voor|for|of|van|en|and|et|ou|or|was|par|sur|met|with|avec|visa|mastercard|maestro|amex|"
    r"bancontact|crédit|credit|debit|débit|prepaid|prépayée|cadeau|gift|pin|pincode|puk|code|cvv|cvc)(?![a-z]))"
    r"[a-z][a-z0-9]{2,11}+(?![a-z0-9'-]))?"
    # whose it is: "de reiskaart van mijn zoon (3528 …)", "the travel card of my daughter …"
    r"(?:[ \t]++(?:van|of|de)[ \t]++(?:mijn|my|mon|ma|onze|our|ons|notre)[ \t]++[a-z]{3,12}+(?![a-z]))?"
    r"(?:[ \t]*+(?:(?:heeft|has|porte|draagt|bears|met|with|avec|het|the|le|de|nummer|number|numéro|"
    r"nr|no|is|est|c'est)(?![a-z])\.?|n°|#|=|:)){0,4}"
    r"[ \t]*+[(\"'“«]?[ \t\u00a0]?"
)
_HELD_HINTS = ("kaart", "pas", "card", "carte", "badge", "(patient", "(patiënt")
_PAYING = ("bank", "betaal", "pin", "credit", "debit", "debet", "sim", "visa", "krediet", "master", "contact")
# (A library's barcode starts with a digit of its own: "card number 2 8578 74010 0666".)
_DIGITS_VALUE = re.compile(r"(?:[0-9]{2,}+|[0-9](?=[ .\-/][0-9]))(?:[ .\-/]?[0-9]++){0,7}(?![0-9A-Za-z])")
# Up to this length a number that starts with 0 is a phone's ("blokkeer je pas via 085 208 31 31").
_PHONE_LENGTH = 11
# A parcel's number (UPU S10: "RR689796731NL"), not a contract's
_PARCEL = re.compile(PARCEL_S10, re.IGNORECASE)
_DIGITS_MIN, _DIGITS_MAX = 10, 19
# Visa's and Mastercard's first digits, and their length: a bank card's number mistyped.
_PAYMENT_PREFIXES = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27")
_PAYMENT_LENGTH = 16
# A charging network's contract id: country, provider, instance (with or without its "C"), check character.
_CONTRACT_SHAPE = (
    r"(?<![A-Za-z0-9-])[A-Z]{2}(-?)[A-Z0-9]{3}\1(?:C[A-Z0-9]{8}|[A-Z0-9]{6,9})\1[A-Z0-9](?![A-Za-z0-9-])"
)
# After a card's name, in any case (a shout is read in small letters: "CHARGING CARD GB-UDM-543586-4").
_CONTRACT_ID = re.compile(_CONTRACT_SHAPE, re.IGNORECASE)
# Anywhere, in capitals and with its dashes ("Het is BE-ALL-C09911432-4"), with four digits at least.
_CONTRACT_ANYWHERE = LazyPattern(_CONTRACT_SHAPE)
_CONTRACT_DIGITS_MIN = 4


# The card's noun typed in haste right before its number: "crad 8752 5115 0592 is now blocked", "uw kabrt
# 51170665526952924 is geblokkeerd" (not a word of its own: "car", "cart", "kaars").
_REAL_WORDS = frozenset(
    {"car", "care", "cars", "cart", "cord", "curd", "carb", "carp", "cards", "kaars", "karat"}
)


def _slipped_card_source() -> str:
    slips = {slip for word in ("card", "kaart") for slip in one_letter_off(word, any_letter=True)}
    nouns = by_first_letter("|".join(sorted(slips - _REAL_WORDS - {"card", "kaart"})))
    return r"(?<![a-z])(?:" + nouns + r")(?![a-z])[ \t]*+[(\"'“«]?[ \t]?"


_SLIPPED_CARD = LazyPattern(_slipped_card_source)  # (built on first use)


def detect_held_cards(text: str, low: str, out: list[Span]) -> None:
    found: list[Span] = []
    if _LONG_NUMBER.search(text) is not None:
        for cue in _SLIPPED_CARD.finditer(low):
            span = _held_value(text, cue.end())
            if span is not None:
                found.append(span)
    if contains_any(low, _HELD_HINTS):
        for cue in _HELD_CARD.finditer(low):
            if low[max(0, cue.start() - 8) : cue.start()].rstrip(" -").endswith(_PAYING):
                continue  # "bankpas", "simkaart", "debit card", "credit-card"
            span = _held_value(text, cue.end())
            if span is not None:
                found.append(span)
        for cue in _LETTERED_CARD.finditer(text):
            if not low.startswith(_NOT_HELD, cue.start(1)):  # ("mijn cadeaukaart GC12345678")
                found.append(Span(cue.start(2), cue.end(2), "customer_number"))
        for one in _NEW_ONE.finditer(low):  # "merge my old card 2677649982221 into my new one 2632…"
            span = _held_value(text, one.end())
            if span is not None:
                found.append(span)
        if "(" in text:
            for cue in _BRACKETED_CARD.finditer(text):
                name = cue.group(1) or cue.group(2)
                if (
                    not name.lower().startswith(_NOT_HELD)
                    and sum(ch.isdigit() for ch in cue.group(3)) >= _BRACKETED_DIGITS_MIN
                ):
                    found.append(Span(cue.start(3), cue.end(3), "customer_number"))
    if "-" in text:
        for match in _CONTRACT_ANYWHERE.finditer(text):
            if match.group(1) and _contract_like(match.group(), _CONTRACT_DIGITS_MIN):
                found.append(Span(match.start(), match.end(), "customer_number"))
    for span in found:
        # (a cue that named the same number already is no other reading: "Oyster card number is 0617 …")
        touching = [s for s in out if s.start < span.end and span.start < s.end and s != span]
        if touching and all(_yields(s, span, text) for s in touching):
            for other in touching:  # "card number is 0541 1690 4958": twelve digits are no phone's
                out.remove(other)
            touching = []
        if not touching:
            out.append(span)
    if contains_any(low, _TRANSIT_HINTS) or "3528" in low:
        _transit_cards(low, out)
    holders = [s for s in out if s.type == "customer_number"]
    if holders:  # "pasnummer 0204 2687 5803", "leasecontract heeft nummer 042554/90": named, so no phone's
        out[:] = [s for s in out if s.type != "phone" or not _held_inside(s, holders, text)]


# A travel card's name right before a number a payment card's shape took: an OV-chipkaart's sixteen digits
# start as a JCB card's do ("waarom is mijn ov-chipkaart 3528 8476 2620 7468 geblokkeerd", "ma carte MOBIB
# 4125 7649 5860 5121"), and pay for nothing.
_TRANSIT_HINTS = ("chi", "mobib", "oyster", "clipper")  # ("ov-chikaart")
_TRANSIT_BEFORE = LazyPattern(
    r"(?:ov[- ]?chi|mobib|oyster|clipper)[a-z\-]{0,12}+"
    r"(?:[ \t]++(?:card|kaart|nummer|number|numéro|nr|no|is|est|heeft|has|porte|draagt|bears|le|the|het))*+"
    r"[ \t]*+(?:[:#(]|n°)?[ \t]*+$"
)
_TRANSIT_REACH = 32


def _transit_cards(low: str, out: list[Span]) -> None:
    for at, span in enumerate(out):
        before = max(0, span.start - _TRANSIT_REACH)
        if span.type == "card" and (
            _TRANSIT_BEFORE.search(low, before, span.start) or _ov_chip_number(low, span)
        ):
            out[at] = Span(span.start, span.end, "customer_number")


# An OV-chipkaart's number by its own first digits (3528: the first of a JCB card's range, which Dutch and
# Belgian customers rarely pay with), nothing paid with it near: "Vergeten uit te checken … Kaart 3528 4450
# 8096 0028", "kaart 3528-1818-9480-0056 laat nog vol tarief zien".
_OV_CHIP_PREFIX = LazyPattern(r"3528")
_PAID_WITH_NEAR = LazyPattern(
    r"(?<![a-z])(?:jcb|credit|krediet|cr[ée]dit|cvv|cvc|exp|expiry|geldig tot|vervalt|valid|betaald met|"
    r"paid with|pay(?:é|e|er)? (?:with|avec)|bank)"
)
_PAID_REACH = 48


def _ov_chip_number(low: str, span: Span) -> bool:
    return (
        _OV_CHIP_PREFIX.match(low, span.start) is not None
        and _PAID_WITH_NEAR.search(low, max(0, span.start - _PAID_REACH), span.end + _PAID_REACH) is None
    )


# A mobile's number stays a phone whatever the words before it called it ("my staff member's number is 06 …").
_MOBILE = re.compile(r"(?:\+|00)(?:31[ .-]?\(?0?\)?[ .-]?6|32[ .-]?4[5-9])|06|04[5-9]")


def _held_inside(phone: Span, holders: list[Span], text: str) -> bool:
    """(A phone's bracket opening before the number is none of it: "parkeervergunning (0191-67215)".)"""
    start = phone.start + (text[phone.start] == "(" and ")" not in text[phone.start : phone.end])
    return not _MOBILE.match(text, start) and any(h.start <= start and phone.end <= h.end for h in holders)


def _yields(found: Span, value: Span, text: str) -> bool:
    """Whether a phone found is this number's part, or its whole but longer than a phone's. (Not a card's:
    "bancontactkaart", "kredietkaart", "mastercard" name cards to pay with, and more words do.)"""
    if found.type != "phone" or not (value.start <= found.start and found.end <= value.end):
        return False
    whole = found.end - found.start == value.end - value.start
    return not whole or sum(ch.isdigit() for ch in text[value.start : value.end]) > _PHONE_LENGTH


# A card's number with letters before its digits, the card owned or blocked: "ik heb je pas L33619711
# geblokkeerd", "I've cancelled card L59537656", "my pass VR585233". (Not a French "pas": "et pas G-870721";
# not a job's card, an order's: "job card ORD7644819".)
_LETTERED_CARD = LazyPattern(
    r"(?i:(?<![a-z])(?:je|jouw|uw|mijn|mn|m'n|your|my|ma|mon|votre|ta|ton|cancelled|canceled|blocked|"
    r"geblokkeerd|lost|kwijt|verloren)[ \t]++)"
    r"((?i:[a-z]{0,12}?(?:kaart|pas|card|carte)))[ \t]*+(?:[:#]|n°)?[ \t]*+"
    r"([A-Z]{1,3}-?[0-9]{6,10})(?![0-9A-Za-z-])"
)
_NOT_HELD = (*_PAYING, "gift", "cadeau", "kado", "job", "boarding", "id", "identiteits", "business")
# A card's number in brackets right after its name, the card the customer's own, or with its name inside
# them: "My membership card (842-3351-25) says expired", "Mijn museumkaart (KL-05064232) is verlopen", "un
# abonnement annuel (carte 55271353)". Capitals, digits and dashes, six digits at least (not "card (ending
# 4421)", "pas (2x)"; not a product's code after a card that is one: "de SD-kaart (SDSQ-…)").
_BRACKETED_CARD = LazyPattern(
    r"(?:(?i:(?<![a-z])(?:my|mijn|m'n|mn|ma|mon|votre|your|je|jouw|uw|our|onze|notre)[ \t]++"
    r"(?:[a-z]{2,12}[ \t]++)?)((?i:[a-z]{0,12}?(?:kaart|card|carte|pas)))"
    # (the library or the club that issued it: "lidkaart van Bibliotheek Gent (…)", "carte de lecteur
    # Bibliothèque de Liège (…)")
    r"(?:[ \t]++(?i:van|de|du|of|at|from|bij)(?:[ \t]++[\w'’-]{2,20}+){1,4})?[ \t]*+\("
    r"|\((?i:(carte|card|kaart|pas|patient|patiënt|patiente))[ \t]++)"
    r"([A-Z]{0,4}-?[0-9](?:[0-9]|[- ](?=[0-9])){4,16})\)"
)
_BRACKETED_DIGITS_MIN = 6
# The new card a held card's number is moved to, named "the new one" after it: "Please merge my old card
# 2677649982221 into my new one 2632769467997", "oude pas 2630… overzetten naar de nieuwe: 2667 …".
_NEW_ONE = LazyPattern(
    r"(?:kaart|pas|card|carte)[ \t]++[0-9][0-9 ]{8,24}+[^.!?\n]{0,24}?(?<![a-z])(?:new|nieuwe|nouvelle)"
    r"(?:[ \t]++(?:one|card|kaart|pas|carte))?[ \t]*+:?[ \t]*+"
)


def _held_value(text: str, at: int) -> Span | None:
    digits = _DIGITS_VALUE.match(text, at)
    if digits is not None:
        value = "".join(ch for ch in digits.group() if ch.isdigit())
        if value[0] == "0" and len(value) <= _PHONE_LENGTH:
            return None
        if not _DIGITS_MIN <= len(value) <= _DIGITS_MAX:
            return None
        if value.startswith(_PAYMENT_PREFIXES) and len(value) == _PAYMENT_LENGTH:
            return None  # "kaart 4111 1111 1111 1112": a Visa or Mastercard mistyped, left as it stands
        return Span(digits.start(), digits.end(), "customer_number")
    contract = _CONTRACT_ID.match(text, at)
    if contract is not None and _contract_like(contract.group(), 1):  # ("laadpas NLMZDNES6YPTRN")
        return Span(contract.start(), contract.end(), "customer_number")
    return None


def _contract_like(value: str, digits: int) -> bool:
    return sum(ch.isdigit() for ch in value) >= digits and _PARCEL.fullmatch(value) is None
