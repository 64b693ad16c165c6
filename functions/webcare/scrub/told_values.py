"""Values people tell by what they do with them, with no cue beside them.

"Bas1937 is wat ik intyp", "I put 432671 in", "le distributeur refuse 1665", "ik heb 586878 gezegd":
a word or number next to a verb of typing, trying, refusing, receiving or telling (`_typed`), or on
the one or two lines above a line that says so (`_values_above`); a user and password pasted after
telling the trouble (`_pair_or_secret`); a second value of a kind already found ("from bluebird-1991
to bLUEBIRD21", `_siblings`) and the first of several told in a row (`_first_values`); codes listed
one a line under the line that names them (`_listed_codes`); a number told turns after its question
("too late lol it was 2349", `_told_later`). `_word_kind` and `_numeric_kind` type such a value from
the situation; `_try` takes it. `situations` decides when each of these runs.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from webcare.scrub import secret_shapes as creds
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import (
    _DIGITS_HINT,
    _GENERIC_CUES,
    _KIND,
    _NUMERIC_KINDS,
    _SENTENCE_END,
    _SHAPE_HINT,
    _TIME_OR_DATE,
    _digit_count,
    _free,
    _line_bounds,
    _line_spans,
    _mark,
    _negative_before,
    _password_shape,
    _plain_user,
    _plain_words,
    _take,
    _trim,
    _user_shape,
)
from webcare.scrub.textutil import LIST_MARKER, Span, contains_any

_TOLD_REACH = 8  # words between a verb of telling and its number ("die heb ik aan de beller doorgegeven")
# Numbers told that are no code: a reading, an amount, a reference.
_TOLD_OTHER = (
    "stand", "reading", "relevé", "releve", "nummer", "number", "numéro", "numero", "bedrag", "amount",
    "montant", "bestel", "order", "factu", "invoice", "dossier", "refer", "référ", "kenteken", "postcode",
    "iban", "rekening", "account no", "compteur", "meter", "index", "tracking", "zending", "colis",
)  # fmt: skip
# Verbs of telling or handing a number over ("ik heb 586878 gezegd", "ik heb hem gedeeld: 036 076",
# "je lui ai envoyé 234-831", "the login code and I said 427509", "de code die je noemde (346842)"):
# a number only, never a word ("ik heb Jan gezegd").
_TELLING_VERBS = frozenset(
    """
    gezegd zei zeg doorgegeven doorgeven doorgaf gegeven gedeeld deelde gestuurd stuurde genoemd noemde
    voorgelezen said told shared sent gave given mentioned envoyé envoyée donné donnée communiqué
    partagé lu
    """.split()
)
# The words as split on white space: bare or with a mark after them ("intyp,", "inloggen.").
_MARKS_AFTER = ("", ".", ",", "!", "?", ":")


def _forms(words: str) -> frozenset[str]:
    """The words as `str.split` leaves them in a sentence: bare or with the mark that ends them."""
    return frozenset(f"{word}{mark}" for word in words.split() for mark in _MARKS_AFTER)


# Where cash machines and shop terminals are talked about, four digits typed are a card's PIN.
_TERMINAL = LazyPattern(
    r"\batm\b|cash machine|cashpoint|distributeur|geldautomaat|pinautomaat|automaat|terminal|bancontact|"
    r"betaalautomaat|card reader|kaartlezer|lecteur de carte|pinpad|tpe\b"
)
# A bank card talked of: four digits typed for it are its PIN ("mijn bankkaart zegt code fout, maar ik
# typ 5750", "my debit card keeps saying wrong PIN, I put 4412").
_BANK_CARD = LazyPattern(
    r"bankkaart|betaalkaart|debetkaart|kredietkaart|bancontact|carte bancaire|carte de d[ée]bit|pinpas|"
    r"bankpas|betaalpas|pinkaart|"
    r"carte de cr[ée]dit|bank ?card|debit card|credit card|cash ?card"
)
# A card reader (a bank's Digipass, a "lecteur de carte"): the long number it shows is the response code.
_READER_WORDS = ("digipass", "lecteur", "lezer", "reader")
# Verbs of a device showing a number ("le lecteur me donne 9455 4876", "de kaartlezer geeft 3472 2463",
# "the reader shows 40912267"): read only where a card reader is talked of, and for a number only.
_SHOWING_VERBS = frozenset(
    """
    donne donnait affiche affichait geeft toont toonde shows showed displays displayed gives
    """.split()
)
# A second value of a kind already found: what stands before it.
_SIBLING_MARKERS = frozenset(
    """
    second tweede deuxième nieuwe nieuw new next another other andere ander autre nouveau nouvelle then
    dan daarna toen puis ensuite also ook aussi now nu later encore
    """.split()
)
# The first of several values told in a row: "de eerste is 896989 en de tweede 472432", "eerst 703169 en
# dan 894497", "d'abord 066192 puis 303287", "first 146867, then a few minutes later 191018". The first
# is taken when a second of its shape follows (the siblings' rule then takes the second).
_FIRST_FORMS = _forms("first eerste eerst d'abord premier première 1e 1st")
# A line of a list holding one code: quote marks, a list marker, the code ("> > 1) 666858", "2. 173 779",
# "- 4411"); or an empty (quoted) line.
_LIST_MARK = r"[ \t>]{0,12}(?:" + LIST_MARKER + r"[ \t]{1,3})?"  # quote marks and a list marker
_LIST_ITEM = LazyPattern(_LIST_MARK + r"([0-9](?:[ .\-]?[0-9]){3,7})?[ \t]{0,4}")
_ASIDE = 40  # characters of a bracketed aside between a value and what follows it
# "it was 2349", "het was 4026", "c'était 5099": a number told as what something was.
_IT_WAS = LazyPattern(
    r"(?<![\w'])(?:it was|it's|het was|'t was|dat was|c'était|c'etait|c'est)[ \t:]{1,3}"
    r"([0-9](?:[ .\-]?[0-9]){3,7})(?![0-9])"
)
_TOLD_LATER = 600  # characters between the first code cue and a number told as what it was
_LIST_INTRO = 80  # characters between a code cue and the ':' that ends its line
_LIST_ITEMS = 6
_CENTURIES = ("19", "20")
_FIRST_SKIP = frozenset("one is was est een code codes was: is: one: c'était".split())
_SIBLING_JOINTS = frozenset(("to", "naar", "à", "->", "→", "in", "en"))
_SIBLING_FROM = ("from", "van", "de", "was", "old", "oude", "ancien", "ancienne")  # "from X to <found>"
_COMPACT_DATE = LazyPattern(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_SENTENCE_STOP = LazyPattern(r"[.!?](?=[ \t]|$)")
# A number with its unit or its kind glued on: "2319kWh", "6-digit", "4-cijferige", "2-step".
_COUNTED = LazyPattern(r"[0-9][0-9.,]{0,8}(?:[a-zA-Z³²]{1,4}|-[a-z]{2,12})")
# Words a typing verb reaches over to its value: "Bas1937 is wat ik intyp", "I put it in: …".
_TYPING_SKIP = frozenset(
    "is was wat wa what that's thats that ik i je j' ce que c'est it's heb have had always altijd gewoon er "
    "steeds nog again toen then it in the de het dat die hem him them lui wel dus moest moet must to out "
    "← → ➡️ -> <-".split()
)
# How often it was typed, between the value and its verb: "ik heb E77A537A62 wel 5x ingetypt", "3 keer".
_TIMES = LazyPattern(r"[0-9]{1,2}x|x[0-9]{1,2}|keer|fois|times|twice|tweemaal|deux")
_USING = frozenset("use used using gebruik".split())
# Verbs that take a number only: refusing one ("le distributeur refuse 1665") or receiving one ("ik kreeg
# 697 681 maar die was al verlopen", "the automated line read out 88170189").
_NUMBER_VERBS = frozenset(
    "rejecting rejects rejected refuse refuses refusing refusé refusée declined declines weigert weigerde "
    "got received kreeg ontving ontvangen reçu read gave gaf kwam "
    # (a word after these is a login's: "j'utilise amelie.r_89")
    "j'utilise j'essaie j'encode j'entre".split()
)
_AMOUNT_AFTER = LazyPattern(
    r"[ \t]{0,2}(?:gbp|eur|usd|chf|euro|euros|dollars?|pounds?|quid|bucks|€|\$|£)(?![a-z])", re.IGNORECASE
)
_CURRENCY_SIGNS = ("€", "$", "£")
_SENT_WORDS = ("code", "sms", "text")
_RECEIVING_VERBS = frozenset("got received kreeg ontving ontvangen reçu kwam gekregen".split())
# Verbs that end a Dutch clause: what was received or typed stands before them ("ik heb 031388 ontvangen").
_CLAUSE_FINAL = frozenset("ontvangen gekregen ingetoetst ingetypt ingetikt ingevuld ingevoerd".split())
# Verbs of setting a new value: read only where logging in or a password is talked of ("I even reset it
# to X", "ik heb hem veranderd naar X"); "changed my plan to Unlimited5G" is no password.
SETTING_VERBS = frozenset(
    "reset changed veranderd gewijzigd aangepast gezet ingesteld changé modifié".split()
)
# What else gets set to a new value: "de netwerknaam veranderd naar X", "changed my e-mail to …".
_OTHER_THING_SET = LazyPattern(
    r"netwerknaam|network name|ssid|naam|name|nom\b|adres|address|adresse|e-?mail|plan|abonnement|bundel|"
    r"bundle|forfait|username|gebruikersnaam|identifiant|login|pseudo|nummer|number|numéro|iban|rekening"
)
# The new value after a setting verb and its link: "reset it to X", "veranderd naar X", "changé en X".
_SET_VALUE = LazyPattern(
    r"[ \t]++(?:(?:it|hem|het|him|her|la|le|l'|them|mine|mijn wachtwoord|my password|the password|"
    r"het wachtwoord|mon mot de passe|le mot de passe)[ \t]*+)?"
    # whose password it is: "the password on our family account to X"
    r"(?:(?:on|of|for|van|voor|op|de|du|pour)[ \t]++(?:[a-zà-ÿ']{1,12}[ \t]++){0,3}?"
    r"(?:account|app|login|site|profiel|profile|compte|portal|portaal)[ \t]++)?(?:back[ \t]++)?"
    r"(?:to|naar|into|in|op|en|à|as|als|comme)[ \t]++([^\s,;]{4,64})"
)
# A SIM or phone that asks for a code: the code it wants is its PIN ("mijn telefoon vraagt een code").
PHONE_ASKS = LazyPattern(
    r"(?:sim[a-z]{0,6}|telefoon|phone|gsm|téléphone|mobiel|mobile)[ \t]++(?:vraagt|asks|wants|demande|wil)"
)
# What a code sent is for, said in the message that sends it.
_LOG_IN_PURPOSE = LazyPattern(
    r"om (?:in te loggen|te bevestigen|je (?:account|identiteit) te (?:verifi|bevestig))|"
    r"to (?:verify|log ?in|sign ?in|confirm)|pour (?:vous connecter|confirmer|valider)"
)
_HAVE_BEFORE = LazyPattern(r"(?<![a-z])(?:heb|hebben|had|heeft|ik|we|wij)[ \t]++$")
_SMALL_DIGITS = re.compile(r"[0-9](?:[ .\-]?[0-9]){3,7}")


def _generic_at(low: str, start: int, end: int) -> bool:
    """Whether the cue at low[start:end] says little of its code: its first word is generic and the cue
    ends there ("code", "sms"), not a specific cue that opens with one ("code pin", "code PUK")."""
    first = low[start : start + 24].split(None, 1)[0] if start < len(low) else ""
    return first.strip(":-.,;!?") in _GENERIC_CUES and end <= start + len(first)


def _numeric_kind(low: str, cues: list[tuple[str, int, int]], pos: int, digits: int) -> str | None:
    """The kind of a digit group typed or tried: a PIN at a cash machine, else the nearest code cue's."""
    if digits <= 6 and _TERMINAL.search(low):
        return "pin"
    if digits >= 7 and contains_any(low, _READER_WORDS):
        return "otp"  # (what a card reader shows: its response code)
    if digits == 4 and _BANK_CARD.search(low):
        return "pin"
    if digits <= 6 and PHONE_ASKS.search(low):
        return "pin"  # "mijn telefoon vraagt een code, ik vul 4417 in": the SIM's PIN
    best = None
    sim_locked = False
    for kind, start, end in cues:
        if kind in _NUMERIC_KINDS and not _generic_at(low, start, end):
            if kind == "puk" and digits != 8:
                sim_locked = True
                continue  # "de oude 2694 geprobeerd en nu is de sim geblokkeerd": a PIN, the PUK talked of
            if best is None or abs(start - pos) < best[0]:
                best = (abs(start - pos), kind)
    if best is not None:
        return best[1]
    if sim_locked and digits <= 6:
        return "pin"  # "SIM locked after three attempts. I tried 1234 and 0000": the PINs tried
    if "code" in low or "sms" in low or "text" in low or _LOG_IN_PURPOSE.search(low):
        return "otp" if digits >= 5 else None  # ("Gebruik 656459 om in te loggen", "Use 781121 to verify")
    return None


def _word_kind(
    text: str, low: str, cues: list[tuple[str, int, int]], start: int, end: int, shaped: str = ""
) -> str | None:
    """The kind of a value without a cue beside it: a number's from the situation, a word's from the
    nearest password or wifi cue (a password when there is none). `shaped`: its shape is checked later."""
    word = text[start:end]
    if not shaped and _SMALL_DIGITS.fullmatch(word.removesuffix("#")):  # ("7929#": keyed, then confirmed)
        return _numeric_kind(low, cues, start, _digit_count(word))
    best = None
    for kind, cue_start, _ in cues:
        kind = _NEAREST_KINDS.get(kind, "")
        if kind in ("password", "wifi_key", "username", "api_key") and (
            best is None or abs(cue_start - start) < best[0]
        ):
            best = (abs(cue_start - start), kind)
    if best is not None and best[1] == "username" and (shaped or _user_shape(word)):
        return "username"  # "welke accountnaam? ik heb thijs-ela geprobeerd": the name asked for
    if not shaped and not _password_shape(word):
        return None
    if best is not None and best[1] == "api_key":
        # "a working API key for the POS integration. We're using a3a6153de2cb61fe… and getting E1001": a
        # key's shape after a key's cue (a short word is a password typed where a key was asked)
        return "api_key" if _KEY_SHAPE.fullmatch(word) else "password"
    return "password" if best is None or best[1] == "username" else best[1]


# The kinds a word near a cue may take from it: the fallback's, and an API key's.
_NEAREST_KINDS = {**_KIND, "api_key": "api_key"}
# A key as a service issues it: twenty characters and more, letters and digits, no other sign but '_', '-'
# and '.'.
_KEY_SHAPE = re.compile(r"(?=[\w.-]*[0-9])(?=[\w.-]*[A-Za-z])[\w.-]{20,}")


def _try(text: str, low: str, kind: str, start: int, end: int, taken: bytearray, found: list[Span]) -> bool:
    if not _free(taken, start, end) or creds._starts_cue(text, start) or _COUNTED.fullmatch(text, start, end):
        return False
    if _COMPACT_DATE.fullmatch(text, start, end):
        return False  # "20241130": a date written without separators
    if _AMOUNT_AFTER.match(text, end) or text[start - 1 : start] in _CURRENCY_SIGNS:
        return False  # "Tried paying the 23.99 GBP", "it's 21.99 GBP more than usual", "€ 1250"
    _, line_end = _line_bounds(text, start)
    words = _plain_words(text, start, min(line_end, end + 80))[:3]  # what follows: "SSID / key" pairs
    return _take(text, low, kind, False, start, end, words or [(start, end)], 0, taken, found)


def _split_pair(
    text: str, low: str, kind: str, start: int, end: int, taken: bytearray, found: list[Span]
) -> bool:
    """A user and a password glued by a colon: "jack.smith:Falcon#04"."""
    word = text[start:end]
    if word.count(":") != 1 or "://" in word or not _free(taken, start, end):
        return False
    user, secret = word.split(":")
    if not (_user_shape(user) and _password_shape(secret)) or _TIME_OR_DATE.match(word):
        return False
    middle = start + len(user)
    found.extend((Span(start, middle, "username"), Span(middle + 1, end, kind)))
    _mark(taken, start, end)
    return True


_PAIR_JOINTS = ("/", "|")
_LOGIN_WORD = LazyPattern(r"[A-Za-z][A-Za-z0-9._\-]{3,39}")
_SPEAKER_REACH = 40  # characters of a chat line's time and name before the colon


def _pair_or_secret(text: str, low: str, begin: int, stop: int, taken: bytearray, found: list[Span]) -> None:
    """After telling the trouble: a user and its password side by side (or glued by ':'), or a password
    alone, in the first words of text[begin:stop]."""
    words = _plain_words(text, begin, stop)[:6]
    for index, (start, end) in enumerate(words):
        if not _free(taken, start, end):
            continue
        if _split_pair(text, low, "password", start, end, taken, found):
            return
        if index + 1 < len(words):
            after_start, after_end = words[index + 1]
            if text[after_start:after_end] in _PAIR_JOINTS and index + 2 < len(words):
                after_start, after_end = words[index + 2]  # ("smitsw / frieten.ardennes.45": the slash alone)
            joint = text[end:after_start].strip()
            user = text[start:end]
            opens = index == 0 or text[words[index - 1][1] : start].strip() in (".", ":")
            if (
                joint in ("", "/", "|")
                and text.count("\n", end, after_start) <= 1
                and (
                    _user_shape(user)
                    or (opens and _plain_user(user))
                    or (
                        joint in _PAIR_JOINTS
                        and _LOGIN_WORD.fullmatch(user) is not None
                        and not user.istitle()
                    )
                )  # ("xXDarkGamerXx / oxX2hk9KaQGix%XF": a login before a slash; not a name: "Netflix / …")
                and _free(taken, after_start, after_end)
                and _password_shape(text[after_start:after_end])
                and not creds._starts_cue(text, start)
            ):
                found.extend((Span(start, end, "username"), Span(after_start, after_end, "password")))
                _mark(taken, start, end)
                _mark(taken, after_start, after_end)
                return
        word = text[start:end]
        if _password_shape(word) and creds._HAS_DIGIT.search(word) and not _negative_before(text, low, start):
            _try(text, low, "password", start, end, taken, found)
            return


def _lines_above(text: str, pos: int, count: int) -> list[tuple[int, int]]:
    """The last `count` non-empty lines before the line holding pos, nearest last."""
    out: list[tuple[int, int]] = []
    stop = text.rfind("\n", 0, pos)
    while stop > 0 and len(out) < count:
        begin = text.rfind("\n", 0, stop) + 1
        if text[begin:stop].strip():
            out.append((begin, stop))
        stop = begin - 1
    return out[::-1]


def _typed(
    text: str,
    low: str,
    cues: list[tuple[str, int, int]],
    verbs: AbstractSet[str],
    taken: bytearray,
    found: list[Span],
    within: tuple[int, int] | None = None,
) -> None:
    """A value next to a verb of typing or trying it ("Bas1937 is wat ik intyp", "I put 432671 in",
    "le distributeur refuse 1665"), or on the lines above such a line ("dehaanf⏎duinroos-74*⏎zo heb ik het
    ingetypt"); the verbs in low[within] only when given."""
    begin, stop = within or (0, len(low))
    for verb in sorted(verbs):
        at = low.find(verb, begin, stop)
        while at != -1:
            after = at + len(verb)
            if (at == 0 or not low[at - 1].isalnum()) and (after == len(low) or not low[after].isalnum()):
                _typed_at(text, low, cues, verb, at, after, taken, found)
            at = low.find(verb, after, stop)


def _typed_at(
    text: str,
    low: str,
    cues: list[tuple[str, int, int]],
    verb: str,
    at: int,
    after: int,
    taken: bytearray,
    found: list[Span],
) -> None:
    if verb in SETTING_VERBS:
        if not _OTHER_THING_SET.search(low, max(0, at - 40), at):
            _set_value(text, low, cues, after, taken, found)
        return
    begin, stop = _line_bounds(text, at)
    words = _plain_words(text, max(begin, at - 60), min(stop, after + 40))
    here = next((i for i, w in enumerate(words) if w[0] <= at < w[1]), None)
    if here is None:
        return
    telling = verb in _TELLING_VERBS
    if telling and contains_any(_clause(low, max(begin, at - 40), min(stop, after + 30)), _TOLD_OTHER):
        return  # "de meterstand die ik doorgaf was 077092": another number told
    refusing = (
        telling or verb in _NUMBER_VERBS or verb in _SHOWING_VERBS
    )  # "le distributeur refuse 1665": a number, never a word
    if telling:
        reached, further = _told(text, low, words, here), _NO_INDEXES
    else:  # "de pin intoetsen op de telefoon: 3342": a number typed a few words on
        reached = _reached(low, words, here)
        further = (
            _NO_INDEXES
            if refusing  # (receiving: "simkaart ontvangen voor mijn Doro 8100", a model)
            else [index for index in _told(text, low, words, here) if index not in reached]
        )
    for index in reached + further if further else reached:
        start, end = words[index]
        kind = _word_kind(text, low, cues, start, end)
        if (
            kind is None
            and (
                telling
                or (
                    verb in _RECEIVING_VERBS
                    and (
                        start > at
                        or (verb in _CLAUSE_FINAL and _HAVE_BEFORE.search(low, max(0, start - 12), start))
                    )
                )
            )  # ("482913 ontvangen, bedankt": no; "ik heb 031388 ontvangen": yes)
            and _SMALL_DIGITS.fullmatch(text, start, end)
            and _digit_count(text[start:end]) == 6
        ):
            kind = "otp"  # "ik heb ➡️ 342009 doorgegeven", "j'ai reçu 183 777": six digits handed over or sent
        elif (
            kind is None
            and verb in _RECEIVING_VERBS
            and start > at
            and _SMALL_DIGITS.fullmatch(text, start, end)
            and contains_any(low, _SENT_WORDS)
        ):
            kind = "otp"  # "ik kreeg 1884 binnen, is dat de code??": a code received
        elif kind == "pin" and verb in _RECEIVING_VERBS and _digit_count(text[start:end]) >= 5:
            kind = "otp"  # "j'ai reçu 257 565" where a PIN is talked of: a code sent, not the PIN
        if kind is None or (refusing and kind not in _NUMERIC_KINDS):
            continue
        if (
            further
            and index in further
            and (kind not in _NUMERIC_KINDS or text[words[index - 1][0]].isupper())
        ):
            continue  # (a number after a name is a model's: "Doro 8100")
        if kind == "username" and verb in _USING and not creds._strong_username(text[start:end]):
            continue  # "I use LinkedIn as the login page": a service used, not a name typed
        if _try(text, low, kind, start, end, taken, found):
            return
    head = low[begin:at]
    speaker = head.find(": ", 0, _SPEAKER_REACH)  # ("14:04 George: do I type that in?": the words after it)
    if head.count(" ", speaker + 2 if speaker != -1 else 0) <= 4:
        _values_above(text, low, cues, begin, taken, found)


def _set_value(
    text: str, low: str, cues: list[tuple[str, int, int]], after: int, taken: bytearray, found: list[Span]
) -> None:
    """The new secret set ("I even reset it to Summ3r&08", "ik heb hem veranderd naar Tulp#88kaas"): only a
    word shaped like one, after the verb's link word; its kind from the nearest password or wifi cue."""
    value = _SET_VALUE.match(text, after)
    if value is None:
        return
    start, end = _trim(text, value.start(1), value.end(1))
    if start >= end or not _password_shape(text[start:end]) or not _free(taken, start, end):
        return
    if creds._starts_cue(text, start) or _COUNTED.fullmatch(text, start, end):
        return
    kind = _word_kind(text, low, cues, start, end, shaped="password")
    if kind in ("password", "wifi_key"):
        found.append(Span(start, end, kind))
        _mark(taken, start, end)


def _told(text: str, low: str, words: list[tuple[int, int]], here: int) -> list[int]:
    """The digit groups a verb of telling can name, nearest first, in its sentence: "882 614 → die heb ik
    aan de beller doorgegeven", "I told the man on the phone 639027"."""
    out = []
    for step in (1, -1):
        index = here + step
        for _ in range(_TOLD_REACH):
            if not 0 <= index < len(words):
                break
            start, end = words[index]
            if step == -1 and low[end : end + 1] in _SENTENCE_END:
                break
            if _SMALL_DIGITS.fullmatch(text, start, end):
                out.append(index)
                break
            if step == 1 and low[end : end + 1] in _SENTENCE_END:
                break
            index += step
    return out


def _clause(low: str, begin: int, stop: int) -> str:
    """low[begin:stop] without what lies beyond a sentence's end on either side."""
    piece = low[begin:stop]
    match = _SENTENCE_STOP.search(piece)
    if match is not None and match.start() >= len(piece) // 2:
        piece = piece[: match.start()]
    for mark in (". ", "? ", "! "):
        cut = piece.rfind(mark, 0, len(piece) // 2)
        if cut != -1:
            piece = piece[cut + 2 :]
    return piece


def _reached(low: str, words: list[tuple[int, int]], here: int) -> list[int]:
    """The words a typing verb can name: the first after it and the first before it, past small words."""
    out = []
    for step in (1, -1):
        index = here + step
        for _ in range(6):
            if not 0 <= index < len(words):
                break
            start, end = words[index]
            if low[start:end] not in _TYPING_SKIP and not _TIMES.fullmatch(low, start, end):
                if step == -1 and low[end : end + 1] in _SENTENCE_END:
                    break
                out.append(index)
                break
            index += step
    return out


def _values_above(
    text: str,
    low: str,
    cues: list[tuple[str, int, int]],
    line_begin: int,
    taken: bytearray,
    found: list[Span],
) -> None:
    """The one or two one-word lines right above a line that says they were typed: a user, a password."""
    kind = _word_kind(text, low, cues, line_begin - 1, line_begin - 1, "password") or "password"
    above = _lines_above(text, line_begin, 2)
    ones = [(b, e) for b, e in above if len(text[b:e].split()) == 1]
    if not ones or ones[-1][1] + 1 < line_begin - 1:
        line = text[slice(*above[-1])].split() if above and above[-1][1] + 1 >= line_begin - 1 else []
        if 2 <= len(line) <= 3 and (line[1] in _PAIR_JOINTS or _user_shape(line[0])):
            _pair_or_secret(text, low, *above[-1], taken, found)  # "smitsw / frieten.ardennes.45⏎ik typ het…"
        elif 2 <= len(line) <= 3 and line[-2].endswith(
            ":"
        ):  # "14:04 George: Tmp_5469fg⏎14:04 George: do I type…"
            _pair_or_secret(
                text, low, text.find(line[-2], *above[-1]) + len(line[-2]), above[-1][1], taken, found
            )
        return
    start, end = _trim(text, *ones[-1])
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if len(ones) == 2 and _free(taken, start, end):
        user_start, user_end = _trim(text, *ones[0])
        user_start += len(text[user_start:user_end]) - len(text[user_start:user_end].lstrip())
        user = text[user_start:user_end]
        if _free(taken, user_start, user_end) and (_user_shape(user) or _plain_user(user)):
            if _password_shape(text[start:end]) and not creds._starts_cue(text, user_start):
                found.extend((Span(user_start, user_end, "username"), Span(start, end, kind)))
                _mark(taken, user_start, user_end)
                _mark(taken, start, end)
                return
    if not _split_pair(text, low, kind, start, end, taken, found) and _password_shape(text[start:end]):
        _try(text, low, kind, start, end, taken, found)


def _siblings(text: str, low: str, out: list[Span], taken: bytearray, found: list[Span]) -> None:
    """A second value of a kind already found: "first code was 481765 …⏎second one 646535", "changed my
    password from bluebird-1991 to bLUEBIRD21", "de oude pin 1234 en de nieuwe 5678"."""
    for span in out:
        value = text[span.start : span.end]
        numeric = span.type in _NUMERIC_KINDS
        begin, _ = _line_bounds(text, span.start)
        _, stop = _line_bounds(text, span.end)
        nxt = text.find("\n", stop + 1)
        stop = min(len(text) if nxt == -1 else nxt, span.end + 80)
        hint = _DIGITS_HINT if numeric else _SHAPE_HINT
        reach = low[span.end : stop].split()[:8] if hint.search(text, span.end, stop) else []
        after = _plain_words(text, span.end, stop)[:8] if not _SIBLING_MARKERS.isdisjoint(reach) else []
        for index, (start, end) in enumerate(after):
            lead = [low[s:e] for s, e in after[max(0, index - 3) : index]]
            if not _free(taken, start, end) or not any(word in _SIBLING_MARKERS for word in lead):
                continue
            group = _SECOND_GROUP.match(text, end) if numeric and text[start:end].isdigit() else None
            if group is not None and _digit_count(text[start : group.end()]) == _digit_count(value):
                end = group.end()  # "A second one (197 328) didn't work either": the code in two groups
            if _sibling_shape(text[start:end], numeric, value):
                _try(text, low, span.type, start, end, taken, found)
                break
        if _SIBLING_JOINTS.isdisjoint(low[max(begin, span.start - 12) : span.start].split()):
            continue
        before = _plain_words(text, max(begin, span.start - 60), span.start)[-3:]
        if len(before) >= 2 and low[before[-1][0] : before[-1][1]] in _SIBLING_JOINTS:
            start, end = before[-2]
            head = text[max(begin, start - _ASIDE) : before[-1][0]].rstrip()
            if head.endswith(")") and "(" in head:
                # "van nuagezon$57 (van de sticker) naar …": an aside between the old value and the joint
                aside = max(begin, start - _ASIDE) + head.rindex("(")
                words = _plain_words(text, max(begin, aside - 60), aside)
                if not words:
                    continue
                start, end = words[-1]
            lead = low[max(begin, start - 12) : start].split()[-1:]
            if (
                _free(taken, start, end)
                and _sibling_shape(text[start:end], numeric, value)
                and lead
                and lead[0] in _SIBLING_FROM
            ):
                found.append(Span(start, end, span.type))
                _mark(taken, start, end)


def _told_later(
    text: str, low: str, cues: list[tuple[str, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """A number told turns after the question that named it: "Did you share your PIN as well?⏎yes⏎…⏎too late
    lol it was 2349", "Avez-vous communiqué votre code PIN ?⏎…⏎c'était 5099 de toute façon"."""
    first = min(start for kind, start, _ in cues if kind in _NUMERIC_KINDS)
    for match in _IT_WAS.finditer(low, first):
        start, end = match.span(1)
        if not _free(taken, start, end) or start - first > _TOLD_LATER:
            continue
        above = [(kind, cue_start, cue_end) for kind, cue_start, cue_end in cues if cue_end <= match.start()]
        kind = _numeric_kind(low, above, start, _digit_count(text[start:end])) if above else None
        if kind in _NUMERIC_KINDS:
            _try(text, low, kind, start, end, taken, found)


def _list_intros(low: str, cues: list[tuple[str, int, int]]) -> list[tuple[str, int, int, int]]:
    """The code cues whose line ends with a colon soon after them, with that line's end."""
    out = _NO_CUES
    for kind, cue_start, cue_end in cues:
        if kind not in _NUMERIC_KINDS:
            continue
        line_end = low.find("\n", cue_end, cue_end + _LIST_INTRO)
        if line_end != -1 and low[cue_end:line_end].rstrip().endswith(":"):
            if out is _NO_CUES:
                out = []
            out.append((kind, cue_start, cue_end, line_end))
    return out


def _listed_codes(
    text: str, low: str, intros: list[tuple[str, int, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """Codes listed one a line under the line that names them: "the backup codes don't work:⏎⏎1. 716875⏎
    2. 975516", "> > De back-upcodes werken niet:⏎> >⏎> > 1) 666858⏎> > 2) 929 853", "pincodes :⏎- 4411"."""
    done = -1
    for kind, cue_start, cue_end, line_end in intros:
        if cue_start < done:
            continue
        if creds._ERROR_BEFORE.search(low, max(0, cue_start - 16), cue_start) or creds._ERROR_AFTER.match(
            low, cue_end
        ):
            continue  # "error codes:⏎- 4031": faults listed
        least = 6 if low[cue_start:cue_end] in _GENERIC_CUES else 4  # "codes:⏎1. 4411": too little to tell
        pos = done = line_end + 1
        items = 0
        while pos < len(text) and items < _LIST_ITEMS:
            stop = text.find("\n", pos)
            stop = len(text) if stop == -1 else stop
            item = _LIST_ITEM.fullmatch(text, pos, stop)
            if item is None:
                break
            pos = stop + 1
            if item.group(1) is None:
                if items:
                    break  # (an empty line ends the list, but may stand between it and its intro)
                continue
            start, end = item.span(1)
            digits = _digit_count(text[start:end])
            if (kind == "puk" and digits != 8) or (kind == "pin" and digits > 6) or digits < least:
                break
            if not _free(taken, start, end):
                items += 1  # (read before, by the cue's own rules)
                continue
            if _COMPACT_DATE.fullmatch(text, start, end) or (
                digits == 4 and text[start : start + 2] in _CENTURIES
            ):
                break  # a date or a year listed
            # (alone on its line after its list marker: no unit, amount or neighbouring number to check)
            found.append(Span(start, end, kind))
            _mark(taken, start, end)
            items += 1


def _first_values(
    text: str, low: str, cues: list[tuple[str, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """The first of several codes told in a row (see _FIRST_FORMS), when a number of its shape follows
    on its line after a word that marks the next one."""
    for begin, stop in _line_spans(text):
        if not _FIRST_FORMS.intersection(low[begin:stop].split()):
            continue
        words = _plain_words(text, begin, stop)
        for index, (start, end) in enumerate(words):
            if low[start:end] not in _FIRST_FORMS:
                continue
            at = index + 1
            while at < len(words) and at <= index + 3 and low[slice(*words[at])] in _FIRST_SKIP:
                at += 1
            if at >= len(words) or not _SMALL_DIGITS.fullmatch(text, *words[at]):
                continue
            value = text[slice(*words[at])]
            later = words[at + 1 : at + 9]
            if not any(
                low[slice(*later[i])] in _SIBLING_MARKERS
                and any(_sibling_shape(text[slice(*w)], True, value) for w in later[i + 1 : i + 5])
                for i in range(len(later))
            ):
                continue
            kind = _numeric_kind(low, cues, words[at][0], _digit_count(value))
            if kind is not None:
                _try(text, low, kind, *words[at], taken, found)


_SECOND_GROUP = LazyPattern(r"[ ][0-9]{2,4}(?![\w-])")


def _sibling_shape(word: str, numeric: bool, found: str) -> bool:
    """Whether a word has the shape of the value found: as many digits, or a password's shape."""
    if numeric:
        return _SMALL_DIGITS.fullmatch(word) is not None and _digit_count(word) == _digit_count(found)
    # (a key of digits only, beside another: "van 6530888721 (van de sticker) naar 980210522597"; not the
    # network's default name: "changé la clé wifi de Ziggo7A3F2 en …")
    if creds.isp_ssid(word):
        return False
    return _password_shape(word) or (word.isdigit() and found.isdigit() and len(word) >= 8)


_NO_CUES: list[tuple[str, int, int, int]] = []
_NO_INDEXES: list[int] = []
