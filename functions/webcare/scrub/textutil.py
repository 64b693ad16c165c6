"""What several detectors share: the span they return, the words around a value that say what it is
(a reference, a phone number, a version, a card, a device, a quantity), and small text helpers."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from webcare.scrub.kinds import PLACEHOLDERS
from webcare.scrub.lazy import LazyPattern


class Span(NamedTuple):
    start: int
    end: int
    type: str


# What a screen answers: "ERR_566", "E-811", "AUTH-75", "0x8007B16F". By an error's own prefix: capitals, a
# separator and digits are a password as often ("BOXER_8218", "MIMI-2019"), a letter a sent code ("G-61749").
# Nothing but white space and a quote's marks between a line's start and here (searched up to a position):
# "Date: …" heading a forwarded mail, "> alice / Tulp88" alone on its line.
LINE_OPENS_BEFORE = LazyPattern(r"(?:^|\n)[ \t>]*+$")
SCREEN_ERROR = LazyPattern(
    r"(?:E|ERR|ERROR|AUTH|FOUT)[-_][0-9]{2,6}[!?.]*+|0[xX][0-9A-Fa-f]{4,16}[!?.]*+"
    # a program's error constant, three capital words joined ("ERR_CARD_DECLINED", "TKT_TRANSFER_409"), or an
    # error's letter before its word and number ("E-CHIP-92")
    r"|[A-Z][A-Z0-9]{1,11}+(?:_[A-Z0-9]{1,12}+){2,6}+[!?.]*+|(?:E|ERR)-[A-Z]{2,12}+-[0-9]{1,6}+[!?.]*+"
)


def by_first_letter(words: str) -> str:
    """The '|'-separated literal words as one alternation grouped by first letter: 'b(?:estel|tw)|…'.

    The engine tries a word list at every position of the text it searches; grouped, it tests a
    handful of first letters there instead of every word. Words that start alike keep their order, and
    words that start differently cannot match at the same position, so every match stays the same."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = (re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return "(?:" + "|".join(branches) + ")"


# What a one-time code opens, named after its cue with a possessive and a colon ("je eenmalige code voor Mijn
# Dossier: 243913", "code for My Case: …"): the place the code is for, no label of the number after it.
CODE_FOR_PLACES = frozenset({"dossier", "case", "zaak", "file", "compte", "rekening", "account"})
CODE_FOR_PLACE_BEFORE = LazyPattern(
    r"code[ \t]++(?:voor|for|pour|van|of|de)[ \t]++(?:mijn|my|m'n|mn|je|your|uw|votre|ton|mon|ma)[ \t]++"
    r"(?:" + "|".join(sorted(CODE_FOR_PLACES)) + r")[ \t]*+:[ \t]*+$"
)


# A car's reading by its words (a reference's to the rules below, a reading's to the learned pass).
MILEAGE_WORDS = "mileage|milage|odometer|kilometerstand|km-stand|kilométrage|kilometrage"
# A number right after one of these is a reference the agent needs, never a card, BSN or phone.
_REFERENCE_WORDS = (
    "order|bestel|tracking|track|trace|suivi|zending|pakket|pakje|colis|parcel|shipment|ticket|case|zaak|dossier|"
    "factuur|"
    "invoice|referentie|reference|ref|référence|réf|kvk|kamer van koophandel|chamber of commerce|coc|btw|vat|"
    "artikel|"
    "article|sku|product|serie|serial|imei|ean|barcode|transactie|transaction|boeking|booking|"
    # a medicine's code in the US and in Belgium: "item NDC 0573-0150-20", "CNK 3456789"
    "ndc|cnk|"
    "reservering|reservation|klant|customer|client|contract|de contrat|polis|policy|lid|member|account|"
    "abonnement|subscription|aansluit|debiteur|meter|machtiging|mandate|incassant|creditor|relatie|"
    "tweet|status|request|correlation|company|registration|registered|ondernemings|ond.nr|ond. nr|ondnr|"
    # a company's footer ("Registered in England & Wales no. GB 079 5058 02"), a parking fine's notice
    "registered in england & wales|registered in england and wales|registered in england|"
    "registered in scotland|penalty charge|"
    "entreprise|siren|siret|"
    "rpr|tva|membre|adhérent|affilié|player|supporter|donateur|donatrice|donor|clubcard|student|étudiant|tenant|locataire|abonnee|patiënt|patient|"
    "deelnemer|participant|huurder|verzekerde|assuré|hypotheek|mortgage|lening|loan|lease|mpan|mprn|"
    "national insurance|ni number|pass number|crime ?ref|crime reference|staat onder|filed under|aangifte|"
    "proces-verbaal|plainte|police report|"
    # a bag's tag on a flight: "Bagagelabel 0322317370", "tag 0716494477", "Étiquette 0509393907"
    "bagage|baggage|luggage|tag|étiquette|etiquette|label|"
    # a repair's job ("Reparatienr 367794366", "repair ref 798-…"), a parcel sent back by its code
    # ("retourcode P0674125", "return code 1ZFWJVO860617232")
    "reparatienr|reparatienummer|reparatie nr|reparatie-nr|repair number|repair no|repair ref|"
    "numéro de réparation|bon de réparation|werkbon|"
    "retourcode|retour code|return code|code de retour|code retour|"
    # a worker's, a candidate's and a pensioner's numbers (not the worker: "de medewerker 06 …"); an
    # employer's payroll tax number
    "werknemersn|werknemernu|werknemer id|werknemer-id|medewerkersn|medewerkernu|personeelsn|personnel n|"
    "personnel id|employee n|employee id|numéro d'employé|numéro de salarié|numéro de travailleur|"
    "kandidaatn|candidate n|candidate id|sollicitantn|applicant n|payroll|pension n|pension r|pensioenn|"
    "uitkeringsn|allocataire|loonheffing|werkgeversn|employer n|employer r|kredietn|débiteur|debtor|#|"
    # a payment's reference and the reminder it is quoted in: "met mededeling 0054 4263 5444 0071", "avec la
    # communication …", "Onderwerp: Aanmaning 0810870043", "Subject: Reminder 0442692704"
    "mededeling|communication|kenmerk|betalingskenmerk|betaalkenmerk|herinnering|aanmaning|reminder|"
    "meter point|supply point|"
    # a car's mileage read at the garage: "code P0427, mileage 155667", "kilometerstand 223.746"
    + MILEAGE_WORDS
    + "|"
    # a question filed under its number, an insurer's claim: "Subject: Your enquiry 0957-47852", "Onderwerp:
    # Uw vraag 0128-69365", "claim 2026-118273", "sinistre n° …"
    "enquiry|inquiry|uw vraag|je vraag|votre demande|claim|schadeclaim|schadenummer|schadedossier|sinistre|"
    # a quote's number: "déménagement (devis 0743991567)", "offerte 2025-0412"
    "devis|offerte|quotation|"
    # a lottery ticket's number: "Je lotnummer is 0123456789", "Lot 0471 8843 22 won £25"
    "lot |lotnummer|lotnr|loterij|loterie|lottery|tombola|"
    # a pupil's and a learner's numbers ("my pupil no. is 4089-10276"), a doctor's bill ("de nota (07263…)")
    "pupil|leerling|learner|nota|"
    # a fine's number ("l'amende PV 0615185286 a été annulée", "de boete 0617826254 werd geannuleerd")
    "boete|bekeuring|amende|contravention|penalty"
)
REFERENCE_BEFORE = LazyPattern(
    # ("… d'entreprise (BE 0448.120.336)": a bracket may open before the number)
    # ("polish" names no "polis…"; nor does a word that heads a list: "nummers voor het abonnement:⏎- 06 …")
    # ("with reference '207011862'": the number in its quotes; a customer's portal names where one logs in:
    # "mijn login op de klantenzone is hvermeulen")
    # (nor a student's room or house: "de toegangscode van de studentenkamer is 4471#")
    r"(?<![a-z])(?!polish|klantenzone|klantportaal|klantenportaal|student(?:en)?(?:kamer|huis|flat|woning|complex))"
    + by_first_letter(_REFERENCE_WORDS)
    + r"[a-z]{0,8}(?:[\s.:#('\"‘“]|(?<!\n)-){0,4}"
    r"(?:(?:nr|no|id|nummer|number|code|pv)[\s.:#-]{0,4})?"  # ("l'amende PV 0615185286")
    r"(?:(?:be|nl|fr|lu|de|gb)[\s.:-]{1,3})?"  # "TVA BE 0507.803.017", "btw NL 8123…"
    r"(?:(?:is|was)[\s:]{1,3})?$"
)
# A reference's or a holder's word anywhere (the clause before a number names whose or what it is).
REFERENCE_NAMED = LazyPattern(r"(?<![a-z])" + by_first_letter(_REFERENCE_WORDS))
# A web shop's order number as the largest marketplaces print it: three, seven and seven digits joined by
# hyphens ("Order 217-6615023-0952435"). No phone, card or customer's number has that shape.
ORDER_ID = LazyPattern(r"[0-9]{3}-[0-9]{7}-[0-9]{7}(?![0-9])")
# A SIM's PUK named as a word ("puk", "PUK-code", "pukcodes", "simpuk"), not inside another ("Pukkelpop").
PUK_WORDS = r"(?:sim)?puk(?:code|nummer|number|[ -]?code)?s?"
PUK_WORD = LazyPattern(r"(?<![a-z])" + PUK_WORDS + r"(?![a-z])")
PHONE_CUE = LazyPattern(r"tel|phone|mobiel|mobile|gsm|bel |call|nummer|number|whatsapp|sms|06")


# The words that name a digest of a file or a build, in the languages of the corpora ("sha256 of the zip",
# "de controlesom", "somme de contrôle", "Prüfsumme"; as thumbs type them: "metchecksum", "Hahs"): what
# follows them is shown in the open, no secret.
DIGEST_WORDS = (
    r"hash|hahs|sha-?(?:1|256|384|512)|sha(?![a-z0-9])|md5|crc-?32|"
    # ("checkusm", "checcksum", "chcksum", "chceksum")
    r"[a-z]{0,4}ch[ce]{0,3}[ck]{1,3}(?:s++u++m|usm|um|smu|sm)|digest|contro[a-z]{0,3}som|"
    # ("cehcksum", "chucksum", "checksm", "somme de contôrle", "somme de conrôle", "spmme de cotnrôle";
    # "checskum")
    r"c[ehu]{1,3}ck{0,2}s[uo]m|ch[ce]{1,3}sk[uo]m|"
    r"controlegetal|so++mme ?de c(?:[a-zô]{0,3}tr[ôo]{1,2}|ont[ôo]r)le|"
    r"s[a-z]m{1,2}e ?de c[a-z]{1,3}(?:r[ôo]|[ôo]r)le|prüfsumme|hashwaarde|"
    # a key's or a deed's fingerprint, a payment's transaction on a chain ("vingerafdruk van de akte", "tx …")
    r"empr(?:ei|ie|e)nte|fingerprint|vingerafdruk|txid|tx(?= )|"
    # a message's signature (an HMAC over it: "webhook signature 4a8a08…"), not the key or secret signing it
    # nor a code to sign with ("code de signature 13479")
    r"(?<!code de )signature(?![ _-]?(?:key|secret|sleutel|clé|token))|"
    # an HMAC shown as the digest it is ("HMAC: 3f2a…", "X-Shopify-Hmac-Sha256: …"), not the key behind it
    r"hmac(?![ _-]?(?:key|secret|sleutel|clé|token))"
)
# A Dutch, a Belgian or a British VAT number as printed: the company's own, never a secret.
VAT_NUMBER_SHAPE = r"NL[0-9]{9}B[0-9]{2}|BE[01][0-9]{9}|GB[0-9]{9}"
# A joining sign said between the parts of a login or an address's local part ("esther punt deboer",
# "tim laag streepje bos", "céline tiret bas denis"), the longest first ("tiret bas" before "tiret").
SPOKEN_JOINS = (
    r"(?:laag streepje|liggend streepje|tiret du bas|tiret bas|underscore|streepje|tiret|dash|punt|point|dot)"
)
# How a Dutch street name ends ("Kerkstraat", "Lindenlaan"): the one list of the address detectors.
STREET_SUFFIXES = tuple(
    "straat laan weg plein gracht kade dijk singel steeg dreef plantsoen markt baan boulevard kanaal haven "
    "hof park pad wal ring dam erf veld hoven zijde burgwal rokin damrak".split()
)


# Words of a turn that only asks the other to wait ("momentje", "1 min", "ok wait", "un instant", "even
# zoeken"): the answer is still to come. Never a value either ("Klant: momentje" answers no username).
_FIRST_YEAR, _NEXT_YEAR = 1930, datetime.date.today().year + 1


# A day written in digits with one separator twice: "26/08/2025", "12-03-24", "7.4.1990".
NUMERIC_DATE = re.compile(
    r"[0-9]{1,2}([./-])[0-9]{1,2}\1(?:[0-9]{4}|[0-9]{2})"
    # and as ISO 8601 writes it: "2025-05-07"
    r"|(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
)


def plausible_year(value: str) -> bool:
    """Four digits from 1930 to next year: a year, more likely than a code, when nothing says otherwise."""
    return len(value) == 4 and value.isdigit() and _FIRST_YEAR <= int(value) <= _NEXT_YEAR


# Verbs of calling someone (an expression's alternation): a number right after them is a line that was
# called, not a code (look_alikes) and, with the words around it, maybe the company's own (numbers).
CALL_VERBS = r"gebeld|belde|bel|bellen|called|call|rang|rung|ring|appelé|appelle|appeler"
# Not the call as a noun, put before a call word: "code at time of call 068456", "after the call 4471".
NOT_A_CALL_NOUN = r"(?<!of )(?<!the )(?<!a )(?<!during )(?<!after )(?<!per )(?<!het )(?<!een )"
# The words that label a phone number on a form or a signature ("Mob:", "Tél. client :", "GSM klant:").
# "phone" typed in haste ("Phnoe: 2065064098", "Pohne 718-…")
PHONE_SLIPS = r"phnoe|phoone|pohne|phoen|phne|moblie|moible|mobille|mboile"  # ("Moblie: 9194049330")
PHONE_LABEL_WORDS = (
    r"mob|mobile|cell|cellphone|phone|tel|tél|gsm|mobiel|telefoon|telephone|téléphone|whatsapp|portable|"
    + PHONE_SLIPS
)
# A phone's number said to be kept on an account, up to the account's word: "Phone numbre on the account is
# …", "the mobile number on my account". (The account names where the number is, the number is the phone's.)
PHONE_KEPT_ON = (
    r"(?<![a-z])(?:phone|mobile|cell|" + PHONE_SLIPS + r")(?:[ \t-]?(?:n[a-z]{1,6}|no\.?))?[ \t]++"
    r"(?:on|in|for|linked[ \t]++to|attached[ \t]++to)[ \t]++(?:the|my|your|this|our)[ \t]++"
)
# … and the account's word, then its copula or colon: the phone's label ("Phone number on the account is …").
PHONE_KEPT_LABEL = PHONE_KEPT_ON + r"(?:account|profile|file)(?:[ \t]++(?:is|was)|[ \t]*+:)"
_PHONE_KEPT_BEFORE = LazyPattern(PHONE_KEPT_LABEL + r"[ \t]*+$")

# A phone's subscription or contract: "gsm-abonnement", "mobile contract", "abonnement GSM".
MOBILE_PLAN = (
    r"(?:(?:gsm|mobile|mobiel|mobiele|phone|telefoon)[ \t-]?"
    r"(?:abonnement|contract|contrat|subscription|plan)|"
    r"(?:abonnement|contract|contrat|subscription)[ \t]++(?:gsm|mobile|mobiel))"
)
# How a message's closing starts ("Kind regards,", "Met vriendelijke groet", "Bien à vous"), an expression's
# alternation read in small letters.
# What stays as it was joins a word to its value as "is" does ("Votre identifiant reste …", "Uw klantnummer
# blijft E497391", "Gsm blijft 0486 …"), typed in haste too ("bllijft", "bijft", "blijtf").
STAYS_WORDS = r"bl?l?ij?ft|blijtf|reste|stays|remains"
# How a code came, named before it: by mail or by text ("Toegangscode Toledo via mail: …", "code per sms").
CAME_BY = LazyPattern(r"(?<![a-z])(?:via|per|par|by)[ \t]++(?:e-?mail|mail|sms|text|texto)(?![a-z])")

# A mail header's subject field ("Subject:", "Onderwerp:", "Objet :").
SUBJECT_WORDS = r"subject|onderwerp|objet"
# A parcel's number as the UPU's S10 writes it, read in small letters: two letters, nine digits, the country
# ("RR689796731NL", "CD891726078BE"): a parcel's, never a contract's or a customer's.
PARCEL_S10 = r"[a-z]{2}[0-9]{9}[a-z]{2}"
# A bank's own number, never its customer's: a US routing (ABA) number, a UK sort code ("routting" in haste),
# alone or named with the account after a slash ("Bank routing/account: 121000358 / 725003789": the group
# `account` holds the account's name, whose number is the second).
BANK_NUMBER_NAMED = r"(?<![a-z])(?:rout[a-z]{2,5}|sort[ \t]?code|aba)(?P<account>[ \t]*+/[ \t]*+[a-z]{4,9})?"

CLOSING_WORDS = (
    r"mvg|m\.v\.g|met vriendelijke|vriendelijke groet|groet|groeten|groetjes|best|regards|kind regards|"
    r"many thanks|thanks|cheers|yours|sincerely|bedankt|dank je|cordialement|salutations|bien à vous|bàv|"
    r"merci|amitiés|"
    # (a closing that opens with its own word: "Bien cordialement,", "Hartelijke groet,". Not "Warm regards,":
    # a company's agent signs so over the company's line)
    r"bien cordialement|hartelijke groet|hartelijke groeten|veel groeten|lieve groet|lieve groeten"
)

# Words that speak of the wireless network (an expression's alternation, read in small letters).
WIRELESS_WORDS = r"wi-?fi|wlan|wpa|wireless|draadloos|netwerk|network|réseau|reseau|ssid|sticker"

# The customer's family by its nouns (whose login it is: "gebruikersnaam van mijn vader is X"; whose phone:
# "or my husband on …").
FAMILY_NOUNS = frozenset(
    "vader moeder zoon dochter man vrouw opa oma broer zus father mother son daughter husband wife dad mum "
    "mom grandad nan brother sister père mère fils fille mari femme frère soeur sœur".split()
)


# "netwerk" and "network" as thumbs type them ("netwlrk", "netyerk", "netwrk"), the words themselves too.
# ("netwerk", "netwrok", "ntework", "nework", "newtork"; not "newyork")
NETWORK_SPELLINGS = r"(?:n(?:et|te)[wy]|new(?!york))[a-z]{1,3}k"
# A bracket of a few words closed right before a colon: a thing's name or model set apart between a secret's
# cue and its value ("het wachtwoord van de slimme thermostaat (ecoTEC plus 836): Kikker49$").
ASIDE_THEN_COLON = LazyPattern(r"\([^()\n:]{1,40}\)[ \t]*+:")
# A list's marker: "1.", "2)", "-", "*", "•".
LIST_MARKER = r"(?:[0-9]{1,2}[.)]|[*\-•])"
# The words for a network's key right after its name ("netwerk NETGEAR42 wachtwoord …").
KEY_WORDS = r"wacht[a-z]{3,6}|paswoord|sleutel|key|password|pass|clé|cle|code|ww|pw|mdp|mot de passe"

WAITING_WORDS = frozenset(
    """
    moment momentje momentjes ogenblik ogenblikje wacht wachten even effe eventjes zoeken kijken ik kijk
    wait hold on one sec second secs minute min mins 1 2 let me check looking hmm euh eh uh
    un une instant seconde minute attendez attends je regarde cherche
    """.split()
)


def contains_any(low: str, hints: tuple[str, ...]) -> bool:
    for hint in hints:  # a plain loop: cheaper than any() over a generator on this hot path
        if hint in low:
            return True
    return False


class Hints:
    """Substrings a text may hold, any of which lets a detector's expression run.

    `contains_any` scans the message once per hint; on long e-mails the card context's 35 CVV hints
    alone took ~5 % of the scrubber's time. Hints that share a substring (`code` in "sec code",
    "card code", "kaartcode") are grouped behind it on first use: a text without that substring holds
    none of them, so one scan answers for the group. The answer is the same as testing every hint."""

    __slots__ = ("_groups", "hints")

    def __init__(self, hints: tuple[str, ...]) -> None:
        self.hints = hints
        self._groups: tuple[tuple[str, tuple[str, ...]], ...] | None = None

    def found_in(self, low: str) -> bool:
        groups = self._groups
        if groups is None:
            groups = self._groups = group_hints(self.hints)
        for gate, members in groups:
            if gate in low:
                if not members:
                    return True
                for hint in members:
                    if hint in low:
                        return True
        return False


def group_hints(hints: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(gate, hints that contain it): greedily the substring of three to six characters shared by the
    most hints still ungrouped; a hint left alone is its own gate (no members). Three-letter gates
    ('exp' for "exp ", "exp.", "exp:", "expir"; 'geb' for "gebo", "geb.", "geb:") leave fewer scans of
    the text, and the text seldom holds them."""
    left = list(dict.fromkeys(hints))
    groups: list[tuple[str, tuple[str, ...]]] = []
    while True:
        shared: dict[str, int] = {}
        for hint in left:
            pieces = {hint[i : i + size] for size in range(3, 7) for i in range(len(hint) - size + 1)}
            for piece in pieces:
                shared[piece] = shared.get(piece, 0) + 1
        best = max(shared.items(), key=lambda item: (item[1], len(item[0]), item[0]), default=None)
        if best is None or best[1] < 2:
            break
        members = tuple(hint for hint in left if best[0] in hint)
        groups.append((best[0], members))
        left = [hint for hint in left if best[0] not in hint]
    return tuple(groups) + tuple((hint, ()) for hint in left)


# Our own placeholders ("[PASSWORD]", "[PHONE]", "[ADDRESS …Utrecht]"): text a first scrub already replaced.
# A second scrub must read them as the word they stand for, never as a gap before a new value.
PLACEHOLDER = LazyPattern(r"\[[A-Z_]{2,20}(?: …[^\]]{0,40})?\]")
_PLACEHOLDER_END = LazyPattern(r"\[[A-Z_]{2,20}(?: …[^\]]{0,40})?\]$")


# Exactly the placeholders the scrubber writes ("[PASSWORD]", "[PHONE …5678]"; not "[EXTERNAL]").
SCRUBBED = LazyPattern(lambda: r"\[(?:" + "|".join(PLACEHOLDERS.values()) + r")(?: …[^\]\n]{0,40})?\]")
# In the lower-cased text the detectors read, a placeholder's inside is blanked to this character (no letter,
# digit, space or sign any expression looks for): its label is no word ("[CARD]" names no card near a code,
# "[USERNAME]" asks for no username), and the detectors still see that a value stood there.
BLANK = "\u2060"
# (in lower-cased text a placeholder is blanked, or not yet where a pass lower-cases a text of its own)
_LOW_PLACEHOLDER = (
    r"\[(?:" + BLANK + "{2,64}|(?:" + "|".join(label.lower() for label in PLACEHOLDERS.values()) + r")"
    r"(?: …[^\]\n]{0,40})?)\]"
)
_LOW_PLACEHOLDER_END = LazyPattern(_LOW_PLACEHOLDER + "$")
_LOW_PLACEHOLDER_ANY = LazyPattern(_LOW_PLACEHOLDER)


def scrubbed_spans(text: str) -> list[tuple[int, int]]:
    """Where our own placeholders stand in the text (none without a "[")."""
    return [match.span() for match in SCRUBBED.finditer(text)] if "[" in text else []


def blank_placeholders(low: str, scrubbed: list[tuple[int, int]]) -> str:
    """low with the inside of each placeholder at `scrubbed` blanked (see BLANK)."""
    pieces = []
    cursor = 0
    for start, end in scrubbed:
        pieces.append(low[cursor : start + 1])
        pieces.append(BLANK * (end - start - 2))
        cursor = end - 1
    pieces.append(low[cursor:])
    return "".join(pieces)


# A label set in bold or italics by a form's mail, a chat app or a mail client's quoted header ("**BSN:** …",
# "*Van:* …", "__Polisnummer:__ …"): the marks around it are markup, no part of a word or a value.
_MARKED_LABEL = LazyPattern(
    r"(?<![*_\w])([*_]{1,2})(?=[^\W\d_])[^*_\n:]{1,40}?[ \t]?:[ \t]?(\1)(?![*_])|"
    r"(?<![*_\w])(\*\*|__)(?=[^\W\d_])[^*_\n:]{1,40}?(\3)(?=[ \t]?:)"
)


def unmarked_labels(text: str) -> str:
    """text with the marks of bold or italic labels blanked to spaces (offsets unchanged)."""
    if "*" not in text and "__" not in text:
        return text
    pieces = []
    cursor = 0
    for match in _MARKED_LABEL.finditer(text):
        for group in (1, 2, 3, 4):
            start, end = match.span(group)
            if start >= 0:
                pieces.append(text[cursor:start])
                pieces.append(" " * (end - start))
                cursor = end
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def placeholder_ends_at(text: str, end: int) -> bool:
    """Whether one of our placeholders ends right at `end`."""
    return text[end - 1 : end] == "]" and _PLACEHOLDER_END.search(text, max(0, end - 64), end) is not None


def before(low: str, start: int, width: int = 32) -> str:
    return low[max(0, start - width) : start]


def is_reference_at(low: str, start: int) -> bool:
    window = before(low, start)
    return (
        REFERENCE_BEFORE.search(window) is not None
        and PHONE_PLAN_BEFORE.search(window) is None
        and _PHONE_KEPT_BEFORE.search(window) is None  # ("Phone number on the account is 020 …")
    )


# A country's adjective, as a number from abroad is named by it ("zijn Poolse nummer 825-491-424", "my Spanish
# number"), an alternation of words in small letters.
COUNTRY_ADJECTIVES = (
    r"poolse|spaanse|portugese|duitse|franse|britse|engelse|belgische|nederlandse|amerikaanse|italiaanse|"
    r"turkse|marokkaanse|polish|spanish|portuguese|german|french|british|uk|belgian|dutch|us|american|italian|"
    r"turkish|moroccan|polonais|espagnol|portugais|allemand|français|britannique|anglais|belge|néerlandais|"
    r"américain|italien|turc|marocain"
)


# A phone's own subscription is named by its number, no reference: "zijn gsm-abonnement 0487 09 95 39
# stopzetten", "my mobile contract 07828 807 757", "résilier son abonnement GSM 0471 …", "zijn gsm-abonnement
# (+32 3 219 1723)".
PHONE_PLAN_BEFORE = LazyPattern(r"(?<![a-z])" + MOBILE_PLAN + r"[ \t]*+[(:]?[ \t]*+$")


DIGIT = re.compile(r"\d")
# ("exp" as a card's date writes it, "expiry", "expires"; not "expired code", "expected", "experience")
# An expiry word names a card only with a month and year after it: an account or an app "expires" too ("that
# text saying your Login.gov account expires is fake", "die sms met 'uw digid verloopt'").
_CARD_CONTEXT = LazyPattern(
    # (not a town: "Cardiff", "Cardigan", nor a name: "Ricardo"; nor a member's card, which pays nothing:
    # "Ma carte de membre M1233444 est bloquée. Et le code de mon casier …", "my member card", "ledenkaart")
    r"(?<!sim)(?<!sim[ -])(?<!member )(?<!membership )(?<!leden)(?:card(?!iff|igan|o(?![a-z]))|kaart)|"
    r"carte(?![ \t]++sim)(?![ \t]++(?:de[ \t]++)?membre)|visa|mastercard|amex|maestro|"
    r"cvv|cvc|"
    r"(?:exp(?:iry|iration|ires|[^a-z]|$)|geldig|verloopt)[^0-9\n]{0,16}[0-9]{1,2}[ ]?[/.-][ ]?[0-9]{2}"
)


def card_named(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] names a card (or holds a card's expiry)."""
    return _CARD_CONTEXT.search(low, start, end) is not None


def card_nearby(low: str, cue_start: int, cue_end: int, since: int | None = None) -> bool:
    """Whether a card is named within 160 characters before a code's cue (not before `since`, when given)
    or 40 after it."""
    begin = max(0, cue_start - 160) if since is None else max(since, cue_start - 160)
    return bool(
        _CARD_CONTEXT.search(low[begin:cue_start]) or _CARD_CONTEXT.search(low, cue_end, cue_end + 40)
    )


# A currency right before a number makes it an amount ("€ 386", "EUR 1200"; searched on lower-cased text).
CURRENCY_BEFORE = LazyPattern(r"[€$£][ \t]?$|(?:eur|euro|usd|gbp)[ \t]$")
# A number followed by a unit is a quantity ("3000 km", "4000 mAh", "1234 punten").
UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:km|kg|gb|mb|kb|tb|mah|kwh|m3|euro|eur|€|%|punten|points|minuten|minutes|min|uur|hours|"
    r"dagen|days|jaar|years|keer|times|x|liter|stuks|pieces|pcs)(?![a-z])",
    re.IGNORECASE,
)


# Words after which the next word is a model or a brand's product, not a secret.
DEVICE_NOUNS = frozenset(
    """
    modem router box telefoon phone toestel model type device apparaat gsm smartphone tablet laptop tv
    decoder printer mobiel samsung apple iphone galaxy pixel xiaomi redmi oneplus nokia motorola moto sony
    xperia oppo huawei honor fairphone zte asus lenovo fritz!box fritz ziggo kpn proximus telenet orange
    vodafone odido t-mobile tele2 bbox freebox livebox sagemcom technicolor arcadyan tp-link netgear
    linksys versie version firmware
    """.split()
)
DEVICE_WORDS = (
    "iphone", "ipad", "galaxy", "pixel", "redmi", "samsung", "huawei", "oneplus", "nokia", "xiaomi", "oppo",
    "motorola", "cph", "sm-", "ios", "android", "windows", "macos", "fritz", "http", "www.", "#",
)  # fmt: skip
DEVICE_NAMES = tuple(word for word in DEVICE_WORDS if word not in ("http", "www.", "#"))
# "na de firmware-update naar 6.6.3.15": a version word shortly before, not only right before.
VERSION_NEAR = LazyPattern(r"versie|version|firmware|build|release|update|upgrade|software")


def free_of(out: list[Span], start: int, end: int) -> bool:
    """Whether no span found so far touches start..end."""
    return not any(span.start < end and start < span.end for span in out)


# The verb of logging in, as the customer tells it ("I log in as …", "ik logde in met …", "signed in with").
LOGGED_IN = r"(?:log|logged|logde|sign|signed)[ -]?in"


def named_login_again(text: str, span: Span, found: list[Span]) -> bool:
    """Whether a login in `found` elsewhere holds the same word as `span`: a login named by its cue and then
    tried again ("Gebruikersnaam = i.dubois … Ook al geprobeerd i.dubois met hoofdletters")."""
    value = text[span.start : span.end]
    return any(
        other.type == "username" and other.start != span.start and text[other.start : other.end] == value
        for other in found
    )


def drop_parts_of(out: list[Span], start: int, end: int) -> None:
    """Remove the spans strictly inside start..end: a part another detector read gives way to the whole."""
    out[:] = [s for s in out if not (start <= s.start and s.end <= end and s.end - s.start < end - start)]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def word_start(low: str, pos: int) -> bool:
    """Whether a word starts at pos: no letter or digit before it, nor one of our placeholders, which
    stands for the value a first scrub replaced ("[cvv]cvc" was "1234cvc": no word started there), nor a
    placeholder's own label."""
    if pos == 0:
        return True
    before = low[pos - 1]
    if before == "]":
        return _LOW_PLACEHOLDER_END.search(low, max(0, pos - 64), pos) is None
    return not before.isalnum() and not placeholder_label_at(low, pos)


def placeholder_in(low: str, start: int, end: int) -> bool:
    """Whether one of our placeholders stands in lower-cased text between start and end."""
    return low.find("[", start, end) != -1 and _LOW_PLACEHOLDER_ANY.search(low, start, end) is not None


def placeholder_label_at(low: str, pos: int) -> bool:
    """Whether pos starts the label of one of our placeholders ("[cvv]"): no word of the message."""
    return low[pos - 1 : pos] == "[" and _LOW_PLACEHOLDER_ANY.match(low, pos - 1) is not None


# What splits a table's cells in a message: a bar (pasted from a spreadsheet or a chat's Markdown), a tab, a
# semicolon (an exported CSV). A header line takes the first of them it holds; its rows hold the same.
_CELL_SEPARATORS = "|\t;"
# What pads a cell's text: spaces, a quote's '>', bold marks, an exported CSV's quotes ('"Polisnummer"').
CELL_PADDING = " \t>*\"'"
_RULE_LINE = LazyPattern(r"(?=[^\n-]*+-)[ \t>|:=+\-]++")


def table_cells(text: str, low: str, kind_of: Callable[[str], str | None]) -> Iterator[tuple[str, int, int]]:
    """The cells under a header that names their kind, table by table: (kind, start, end) of each cell's
    text without its padding or quote marks. A table is a header line and the lines right after it that hold
    its separator; `kind_of` reads a header cell (lower case, stripped) and answers the kind of its column."""
    pos = 0
    n = len(text)
    separator = ""
    columns: dict[int, str] = {}
    columns_seen = False
    while pos < n:
        end = text.find("\n", pos)
        if end < 0:
            end = n
        if separator and not columns_seen and _RULE_LINE.fullmatch(low, pos, end):
            columns_seen = True  # "|---|---|" or "------" under the header: still the table
        elif separator and separator in low[pos:end]:
            columns_seen = True
            cell_start = pos
            for index, cell in enumerate(text[pos:end].split(separator)):
                kind = columns.get(index)
                value = cell.strip(CELL_PADDING) if kind is not None else ""
                if kind is not None and value:
                    start = cell_start + cell.index(value)
                    yield kind, start, start + len(value)
                cell_start += len(cell) + 1
        else:
            line = low[pos:end]
            separator = next((s for s in _CELL_SEPARATORS if s in line), "")
            columns = {}
            columns_seen = False
            for index, cell in enumerate(line.split(separator) if separator else ()):
                kind = kind_of(cell.strip(CELL_PADDING))
                if kind:
                    columns[index] = kind
        pos = end + 1


# The line one is told to call, right before a number: "Bel Cardstop op 1700", "Appelez Card Stop au 1700",
# "call us on 0800 …". No secret's value.
_CALLED_LINE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:bel|belt|bellen|call|ring|phone|appelez|appeler|contactez)[ \t]++"
    r"(?:[^\s.?!:]++[ \t]++){0,2}(?:op|on|at|au|le)[ \t]*+$"
)
_CALLED_LINE_REACH = 40


def called_line_before(low: str, start: int) -> bool:
    return _CALLED_LINE_BEFORE.search(low, max(0, start - _CALLED_LINE_REACH), start) is not None


# What is left of a card's or an account's number, named before its digits or their count: "last 4 digits
# 8812", "de laatste 4 cijfers".
LAST_DIGITS_BEFORE = LazyPattern(r"(?<![a-z])(?:last|laatste)[ \t]++(?:(?:4|four|vier)[ \t]++)?$")


def sentence_begin(low: str, pos: int, reach: int) -> int:
    """Where the sentence holding pos begins, looked for at most reach characters back."""
    since = max(0, pos - reach)
    return since + sentence_start(low[since:pos])


def sentence_start(window: str, marks: tuple[str, ...] = (". ", "? ", "! ", "\n")) -> int:
    """Where the last sentence in a window begins (0 when the window holds one sentence only)."""
    return max(window.rfind(mark) for mark in marks) + 1
