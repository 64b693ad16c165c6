"""The detectors: find spans of sensitive data in one text.

`detect_all` decides which detector runs and in what order. The detectors live by subject in
`credentials` (values after cue words), `tokens` (known shapes, auth headers, secrets in links),
`contact` (e-mail, IP addresses, dates of birth, postcodes and streets around short number runs),
`numbers` (cards, IBAN, BSN, phone numbers) and `addresses` (street and postal lines); `textutil`
holds what they share. `transcript` runs them all again on a chat export without its speaker prefixes.

Speed matters (one ingest Lambda scrubs every message) and so does linear time on hostile input.
Python's `re` backtracks: two repeats that can take the same character, side by side or across
optional parts (`[ \t]*(?:is)?[ \t:]*`), try every split of a long run of it before failing, which
is quadratic. So every unbounded run that could give characters back to a neighbour is possessive
(`*+`, `++`) or inside an atomic group (`(?>...)`); a searched expression that starts with a run
starts only where the run starts; all other repetition is bounded. tests/unit/scrub checks each
expression on input generated from its own parse tree. The expensive passes are gated by cheap
substring tests: most messages contain no '@', no '://', and only a few digits.
Detectors return candidate spans; `scrubber` resolves overlaps and applies the policy.
"""

from __future__ import annotations

from webcare.scrub import addresses
from webcare.scrub.contact import detect_dates_of_birth, detect_emails, detect_ip_addresses
from webcare.scrub.credentials import detect_credentials
from webcare.scrub.fallback import detect_leftovers
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.numbers import detect_card_context, detect_numbers
from webcare.scrub.textutil import WAITING_WORDS, Span, blank_placeholders, scrubbed_spans
from webcare.scrub.tokens import (
    detect_random_keys,
    detect_tokens,
    detect_url_secrets,
    drop_shown_in_the_open,
    url_spans,
)
from webcare.scrub.told_values import PHONE_ASKS
from webcare.scrub.transcript import detect_transcript

__all__ = ["Span", "detect_all"]


# "**** **** **** 1234", "xxxx-xxxx-xxxx-5708", "••••••••", "NL** **** **92": already masked by
# someone; the mask and the last digits it leaves are no finding.
_MASKED = LazyPattern(
    r"(?:[*•●]{2,}|[xX]{4})(?:[ \-./]?(?:[*•●]{2,}|[xX]{4}))*+(?:[ \-./]?[0-9]{1,4}(?![0-9]))?"
)


def _drop_masked(text: str, low: str, spans: list[Span]) -> list[Span]:
    if "**" not in text and "••" not in text and "●●" not in text and "xxxx" not in low:
        return spans
    masked = [match.span() for match in _MASKED.finditer(text)]
    if not masked:
        return spans
    return [s for s in spans if not any(start < s.end and s.start < end for start, end in masked)]


# A message typed in capitals ("MIJN GEBRUIKERSNAAM IS JDEVRIES84 EN WACHTWOORD …"): case says nothing of
# what a word is there, and the shapes the detectors read (a username has small letters, a code is
# capitals and digits) would be wrong. It is read in small letters, our placeholders kept as they are.
_SHOUT_LETTERS = 12
_SHOUT_HEAD = 80


def _shouted(text: str) -> bool:
    head = text[:_SHOUT_HEAD]
    if sum(map(str.islower, head)) * 3 > sum(map(str.isupper, head)):
        return False  # (most messages: small letters from the start)
    upper = sum(map(str.isupper, text))
    return upper >= _SHOUT_LETTERS and sum(map(str.islower, text)) * 9 < upper


def _unshouted(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        return text
    scrubbed = scrubbed_spans(text)
    if not scrubbed:
        return low
    pieces, cursor = [], 0
    for start, end in scrubbed:
        pieces += [low[cursor:start], text[start:end]]
        cursor = end
    return "".join(pieces) + low[cursor:]


# A card or IBAN checks its own digits; a code a cue reads in one of its groups is part of it, no code.
# So are the digits of an address (street, number, postcode and city read together) and of a phone number
# its own cue names ("simkaart geblokkeerd⏎⏎mijn gsm: 0499188202", "I live at 2995 Lakeview Dr, …").
_CODE_TYPES = frozenset({"pin", "puk", "otp", "cvv", "password", "username"})
_PHONE_NAMED = LazyPattern(
    r"(?:(?:gsm|tel|phone|mobile|mobiel|portable)[ \t.]*+:|"
    r"(?:gsm|telefoon|phone|mobile)[ \t]++(?:nummer|number|nr))[ \t.:]*+$"
)


def _drop_parts_of_accounts(text: str, low: str, out: list[Span]) -> None:
    wholes = [
        s
        for s in out
        if s.type in ("card", "iban", "address")
        or (s.type == "phone" and _PHONE_NAMED.search(low, max(0, s.start - 16), s.start))
    ]
    if not wholes:
        return
    out[:] = [
        s
        for s in out
        if s.type not in _CODE_TYPES
        or not any(
            (w.start <= s.start and s.end <= w.end and s.type in _DIGIT_KINDS)
            or (w.type in ("card", "iban") and s.start < w.end and w.start < s.end)  # "cardno6761  1780 …"
            for w in wholes
        )
    ]


# What sits next to credential talk and only looks like a value, whichever detector took it: a date
# ("vlucht KL1235 op 28-12, pincode …"), a count or a quantity ("tried 102 times", "200mbps"), a time
# ("à 11.37pm"), a version ("(v4.9.0 or newer)"), a seat, gate, flight or build number ("(row 114)",
# "build 2024.16"), a mention, a service number ("gebeld naar 0900 7691").
_DIGIT_KINDS = frozenset({"pin", "puk", "otp", "cvv"})
_LOOK_ALIKE_KINDS = frozenset({"pin", "puk", "otp", "cvv", "wifi_key", "username", "password"})
_DATE_VALUE = LazyPattern(r"(?:0?[1-9]|[12][0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:19|20)?[0-9]{2})?")
_ISO_STAMP = LazyPattern(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?:[t ][0-9:.]{5,12}z?)?")  # in a log line
_QUANTITY_VALUE = LazyPattern(
    r"(?:[^ \t\n]++[ \t]++){0,3}[0-9]++(?:[.,][0-9]++)?[ \t]?(?:mbps|gbps|kbps|mbit|gbit|gb|mb|kb|tb|"
    r"kwh|ghz|mhz|go|mo|euro|eur|€|%)"
)
# A count or an amount of something: "tried 102 times", "nog 7484 texts over", "il me reste 4444 tickets".
_COUNT_AFTER = LazyPattern(
    r"[ \t]?(?:times|keer|fois|maal|x|tickets?|texts?|sms(?:'?jes)?|nights?|nachten|nachtjes|pax|personen|"
    r"persons?|people|bagages?|bags?|koffers?|kilos?|kg|km|m2|m²|m3|m³|stuks|pieces?|items?|artikelen|"
    r"pakketten|parcels?|punten|points?|credits?|minuten|minutes?|min|uur|hours?|dagen|days?|weken|weeks?|"
    r"maanden|months?|jaar|years?|liters?|litres?|euros?|eur|dollars?|pounds?|gb|mb|kwh|mbit|mbps|gbps|"
    r"gesprekken|belminuten|seats?|plaatsen|zitplaatsen|rijen|rows?)(?![a-z])"
)
_TIME_VALUE = LazyPattern(r"(?:[01]?[0-9]|2[0-3])[.:h][0-5][0-9][ \t]?(?:am|pm|h|u|uur)?")
_VERSION_VALUE = LazyPattern(r"v[0-9]++(?:\.[0-9]++)++|[0-9]++(?:\.[0-9]++){2,3}")
_NUMBERED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:row|rij|rang|seat|stoel|zitplaats|place|gate|vlucht|flight|vol|build|versie|version|"
    r"release|firmware|kamer|room|chambre|perron|platform|quai|spoor|track|niveau|level|lvl|port|poort|"
    # a reference or a reading named by its label: "commande n° 58734343", "stand 43462", "facture 62796932"
    r"index|stand|meterstand|commande n°|commande|facture|factuur|invoice|order|bestelling|case|ticket|zaak|"
    r"dossier|error|erreur|fout|foutcode|melding)"
    r"[ \t]*+[:#.]?[ \t]*+$"
)
_IP_VALUE = LazyPattern(r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:/[0-9]{1,3})?")
_CALLED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:gebeld|belde|bel|bellen|called|call|rang|ring|appelé|appelle|appeler)"
    r"(?:[ \t]++(?:naar|to|au|le|op|on|at|ons|us|nous))*+[ \t]*+$"
)
# A parcel's tracking number by its carrier's format: PostNL "3SABCD1234567", UPS "1Z…", DHL "JVGL…"/"JJD…".
_TRACKING_VALUE = LazyPattern(r"3s[a-z]{3,4}[0-9]{6,12}|1z[0-9a-z]{14,16}|jvgl[0-9]{8,14}|jjd[0-9]{10,20}")
_REFERENCE_NOUNS = frozenset(
    "case ticket order zaak dossier bestelling factuur invoice facture commande error erreur fout foutcode "
    "melding vlucht flight vol trein train referentie reference référence ref".split()
)
_SPEAKER_BEFORE = LazyPattern(r"(?:^|\n|\][ \t]?|[0-9]{1,2}[:.][0-9]{2}[ \t]?-?[ \t]?)$")
_SERVICE_NUMBER = LazyPattern(r"0(?:800|900|90[69]|8[47]0)(?:[ .\-][0-9]{3,4})?")


def _look_alike(text: str, low: str, span: Span) -> bool:
    value = low[span.start : span.end]
    if text[span.end : span.end + 2] == ": " and _SPEAKER_BEFORE.search(
        text, max(0, span.start - 24), span.start
    ):
        return True  # "[14:03] Etalage24: Utilisez le second": who speaks in a chat export
    if value.rstrip(".!…") in WAITING_WORDS or (span.type == "username" and value in _REFERENCE_NOUNS):
        return True  # "Klant: momentje": the answer comes in a later turn; "login: case CS-…": a label
    if (
        span.type not in ("password", "username")
        and value.startswith("@")
        and value[1:].replace("_", "").isalnum()
    ):
        return True
    if _TRACKING_VALUE.fullmatch(value):
        return True  # "wifi wachtwoord klopt niet na 3SABC1954877050": a parcel, not a key
    if ":" in value and _IP_VALUE.fullmatch(value):
        return True  # "wifi wachtwoord X, mijn ip adres 2a02:a458::1": an address, the IP detector's
    if (
        _QUANTITY_VALUE.fullmatch(value)
        or _TIME_VALUE.fullmatch(value)
        or _VERSION_VALUE.fullmatch(value)
        or _ISO_STAMP.fullmatch(value)
    ):
        return not (span.type == "password" and ":" in low[max(0, span.start - 3) : span.start])
    if not any(ch.isdigit() for ch in value):
        return False
    if any(ch.isalpha() for ch in value):  # "vol HV485", "gate B12", "case CS-5336390": a number by its label
        return (
            len(value) <= 12
            and value.replace("-", "").replace("_", "").isalnum()
            and _NUMBERED_BEFORE.search(low, max(0, span.start - 14), span.start) is not None
        )
    if " " not in value and _COUNT_AFTER.match(low, span.end):  # ("3769 100 Mbit/s": a code, then a speed)
        return True
    if span.type == "password":
        return False
    if (
        _DATE_VALUE.fullmatch(value)
        or _SERVICE_NUMBER.fullmatch(value)
        or _CALLED_BEFORE.search(low, max(0, span.start - 20), span.start)
    ):
        return True  # "gebeld naar 0900 7691", "gebeld naar 0900", "bel 078 15 15 15"
    return bool(_NUMBERED_BEFORE.search(low, max(0, span.start - 14), span.start))


def _drop_look_alikes(text: str, low: str, out: list[Span]) -> None:
    if any(s.type in _LOOK_ALIKE_KINDS for s in out):
        out[:] = [s for s in out if s.type not in _LOOK_ALIKE_KINDS or not _look_alike(text, low, s)]


# A blocked SIM asks for its PUK, a SIM or phone that asks for a code wants its PIN: a code found there is
# typed by its length ("de sim is geblokkeerd, code op het kaartje 74908833", "the sim asks for a code").
_SIM_BLOCKED = LazyPattern(
    r"sim[a-z]{0,6}[ \t]++(?:(?:card|kaart|kaartje)[ \t]++)?(?:is[ \t]++)?(?:geblokkeerd|blocked|locked|"
    r"bloquée|bloquee|vergrendeld)|puk"
)
_SIM_REACH = 100
_SENT_OR_READ = LazyPattern(
    r"sms|text|usage unique|eenmalig|one[ -]time|respons|réponse|reponse|lezer|reader|lecteur|digipass|mail|"
    r"verificati|vérification|bevestig|confirm|2fa|otp"
)


def _sim_codes(low: str, out: list[Span]) -> None:
    for index, span in enumerate(out):
        if span.type != "otp":
            continue
        before = max(0, span.start - _SIM_REACH)
        if _SENT_OR_READ.search(low, before, span.end + 40):
            continue  # "code à usage unique", "als responscode": what was sent or read, named so
        digits = sum(ch.isdigit() for ch in low[span.start : span.end])
        if digits == 8 and _SIM_BLOCKED.search(low, before, span.start):
            out[index] = Span(span.start, span.end, "puk")
        elif (
            digits <= 6
            and low[span.start : span.end].isdigit()
            and PHONE_ASKS.search(low, before, span.start)
        ):
            out[index] = Span(span.start, span.end, "pin")


def detect_all(text: str) -> list[Span]:
    """Every candidate span in the text (overlapping, unsorted)."""
    if _shouted(text):
        text = _unshouted(text)  # (the spans' offsets stay those of the text as written)
    out = _detect(text)
    detect_transcript(text, _detect, out)  # a chat export read again turn by turn, without its prefixes
    return out


def _detect(text: str) -> list[Span]:
    """Every detector on the text as it stands."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    scrubbed = scrubbed_spans(text)
    if scrubbed:
        low = blank_placeholders(low, scrubbed)  # a text scrubbed before: placeholders' labels are no words
    out: list[Span] = []
    urls = url_spans(text)
    cues = detect_credentials(text, low, urls, out)
    detect_tokens(text, low, out)
    if urls:
        detect_url_secrets(text, urls, out)
    detect_emails(text, low, out)
    if any(ch in text for ch in "0123456789"):
        detect_numbers(text, low, urls, out)
        detect_card_context(text, low, out)
        detect_ip_addresses(text, low, out)
        detect_dates_of_birth(text, low, out)
        streets: list[tuple[int, int]] = []
        addresses.find_addresses(text, streets)
        out.extend(Span(start, end, "address") for start, end in streets)
        addresses.drop_company_addresses(text, out)  # a company's footer line: its own address, no customer's
    detect_leftovers(text, low, cues, out)  # secret-shaped words near cues that nothing took
    detect_random_keys(text, low, urls, out)  # last: long machine-made words nothing took, keys of any vendor
    # ids and digests by their label or shape, keys the customer calls public: whichever detector took them
    drop_shown_in_the_open(text, low, out)
    _drop_parts_of_accounts(text, low, out)
    _drop_look_alikes(text, low, out)
    if "sim" in low or "puk" in low:
        _sim_codes(low, out)
    if scrubbed:
        # what a first scrub replaced was handled then: no word of a placeholder, nor a value running into
        # one, is a value now
        out = [s for s in out if not any(start < s.end and s.start < end for start, end in scrubbed)]
    return _drop_masked(text, low, out)
