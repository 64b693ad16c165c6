"""The window after a cue word, and the value in it.

A cue's window runs to the next cue or a fixed reach (`_window_end`); `_window` walks its words and
takes the value, stopping at what names something else (a network, a model, a reference, an error a
screen shows, a date). `_first_value` reads a value right after an explicit cue; `_long_key_after`
a long key after a weak one. Whether a password cue speaks of the wifi (`_wifi_context`) or of the
router's admin login (`_router_admin`) decides between a wifi key and a password; `_opens_line` and
the chat prefixes tell a line that starts a turn.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from webcare.scrub.cues import WIFI_WORD_VALUE, find_cues, one_letter_off
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.logins import FOR_BEFORE, LOGIN_PLACES, _box_login, _login_hinted, _pair_after_username
from webcare.scrub.numbers import valid_iban_at
from webcare.scrub.secret_shapes import (
    _API_KEY_VALUE,
    _ARTICLES,
    _ASKING_VERB,
    _BARE_WIFI_CUES,
    _DEFAULT_SSID,
    _EMAIL_SHAPE,
    _GAP,
    _LETTER,
    _NOT_A_SECRET,
    _PARTICIPLE_ENDS,
    _PREPOSITIONS,
    _SENTENCE_END,
    _SKIP,
    _STOP,
    _TAKE,
    _USER_COPULAS,
    _USER_PRONOUNS,
    _VALUE,
    _WIFI_CONTEXT,
    _YEAR,
    CHANGED_TO,
    EMAIL_SHAPE,
    PLACE_NAMED_NEXT,
    REQUEST_ID_SHAPE,
    SCREEN_ERROR,
    _key_verdict,
    _numeric_verdict,
    _secret_verdict,
    _sent_on_line,
    _starts_cue,
    _trim,
    _uniform_groups,
    _user_like,
    isp_ssid,
    network_for,
)
from webcare.scrub.spoken_numbers import number_word
from webcare.scrub.textutil import (
    ASIDE_THEN_COLON,
    CODE_FOR_PLACES,
    DEVICE_NOUNS,
    DIGIT,
    FAMILY_NOUNS,
    KEY_WORDS,
    LIST_MARKER,
    LOGGED_IN,
    NETWORK_SPELLINGS,
    PLACEHOLDER,
    PUK_WORDS,
    UNIT_AFTER,
    WIRELESS_WORDS,
    Span,
    called_line_before,
    card_named,
    contains_any,
)
from webcare.scrub.tokens import KNOWN_TOKENS, TOKEN_NAMES

_SECRET_WORDS = ("password", "wifi_key")  # categories whose value is a word someone chose
# An e-mail address at a mail domain's usual ending: where a reset goes, no password ("P@ss.word" is one).
_MAILBOX = LazyPattern(
    r"[A-Za-z0-9._%+'\-]{2,64}@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)*"
    r"\.(?:com|nl|be|fr|net|org|eu|uk|de|io|info|biz|co|me|us|ca|lu|ch|at|es|it|email|online)",
    re.IGNORECASE,
)
# Words after which the window stops: what follows is a name, a model or a reference, not a secret.
_WINDOW_STOP = frozenset(
    """
    heet heten named called naam name ssid netwerknaam model type versie version firmware update order
    bestelling bestelnummer factuur invoice ticket zaak case referentie reference tracking facture
    commande dossier rekening iban bsn gsm tel tél phone mobiel mobile nummer number numéro telefoon
    stand meterstand tellerstand index compteur reading readings zählerstand
    getting error erreur foutmelding foutcode melding
    """.split()
)

# The rest of a variable's name after a cue inside it, up to its '=': "_ID=" in "AWS_ACCESS_KEY_ID=AKIA…".
_NAME_REST = LazyPattern(r"_[A-Z0-9_]{1,16}=(?=[^\s=])")
# A vendor's prefix that opens a key, a cue's word among its letters ("key-hpguIDuq…", "api_7f3…").
_KEY_PREFIX_BEFORE = LazyPattern(r"(?<![\w-])[A-Za-z]{2,7}[-_]$")
_KEY_PREFIX_REACH = 9

_BAND = LazyPattern(r"[0-9.,]++(?:ghz|g|mhz|ghz-band)")


def _window_end(cues: list[tuple[str, int, int]], index: int, n: int, low: str = "") -> int:
    """A cue's value lies before the next cue of another kind, and within a short distance; a channel
    it was sent by is no cue of its own ('wachtwoord opnieuw verstuurd per sms: !Voetbal2004')."""
    category, _, cue_end = cues[index]
    limit = min(n, cue_end + _WINDOW_CHARS)
    for following in range(index + 1, len(cues)):  # no slice: a copy per cue would be quadratic
        other, other_start, other_end = cues[following]
        if other_start >= limit:
            break
        if other != category:
            if low[other_start - 1 : other_start] == "-" and low[other_start:other_end] == "account":
                continue  # "Het paswoord van je SIP-account is gereset naar …": the account's name, no cue
            if (
                low
                and category == "password"
                and other == "otp"
                and _CHANNEL_BEFORE.search(low, max(0, other_start - 8), other_start)
                and low[other_start:other_end] in _CHANNEL_CUES
            ):
                continue
            if (
                low
                and low[other_start:other_end] not in _GENERIC_CODE_CUES
                and _last_word(low, max(cue_end, other_start - 12), other_start) in _POINTING_LAST
            ):
                pointed = _POINTED_AT_NEXT.search(low, max(cue_end, other_start - 48), other_start)
                if pointed is not None:
                    return pointed.start()  # "code pin et 51694765 c'est le code PUK": that one is the PUK
            return other_start
    return limit


# A value the next cue points back at belongs to it, not to the cue before: "mon code pin et 51694765
# c'est le code PUK", "pincode, en ik tik 1310-0593 in als responscode", "2231 and 77120934 is the PUK".
_POINTED_AT_NEXT = LazyPattern(
    r"(?<![^ \t(\"'“«])[^\s(\"'“«]{3,40}[ \t]++"
    r"(?:(?:is|was|c'est|cest|est|that's|thats|da's|dat's|dat[ \t]is|zijn|sont|are)"
    r"(?:[ \t]++(?:bien|echt|wel|toch|really|indeed|vraiment))?"
    r"|(?:(?:in|ingegeven|ingetikt|ingevoerd|getypt|entered|typed|encodé|tapé)[ \t]++)?(?:als|as|comme))"
    r"[ \t]++(?:(?:de|het|the|le|la|mijn|my|mon|ma|mn|m'n|l')[ \t]*+)?$"
)
# The word right before a cue that points back at a value (a cheap test before the expression).
_POINTING_LAST = frozenset(
    "is was c'est cest est that's thats da's dat's zijn sont are als as comme de het the le la mijn my "
    "mon ma mn m'n l' bien echt wel toch really indeed vraiment".split()
)


def _last_word(low: str, start: int, end: int) -> str:
    words = low[start:end].split()
    return words[-1] if words else ""


# Cues too plain to claim a value from the cue before ("pincode 4471 is mijn code" keeps its PIN).
_GENERIC_CODE_CUES = frozenset({"code", "codes", "cijfers", "digits", "chiffres", "sms", "voici", "key"})


_CHANNEL_CUES = frozenset({"sms", "sms je", "smsje", "text message", "sms bericht"})
_CHANNEL_BEFORE = LazyPattern(r"(?<![a-z])(?:per|via|by|par|in een|in a)[ \t]++$")


# An access code is a PIN where a place is spoken of (a park, a door, an arrival); elsewhere a login's
# code, what the cue meant before it named a way in ("toegangscode" a password's, "code d'accès" a code's)
# (credentials decides which); a PIN cue's value in a sent code's groups is such a code too.
ACCESS_CODE_CUES: Final = {
    "toegangscode": "password", "access code": "password", "zugangscode": "password", "code d'accès": "otp",
    "code d'acces": "otp", "entry code": "otp",
}  # fmt: skip
_SENT_GROUPS = LazyPattern(r"[0-9]{3}[ -][0-9]{3}")
# A word after which the value is on the next line: "the screen shows⏎912-741", "op het scherm staat⏎2043".
_SHOWS = frozenset({"shows", "says", "reads", "staat", "toont", "zegt", "affiche", "indique", "displays"})
_WINDOW_CHARS = 120
_WINDOW_WORDS = 12
_WINDOW_HOPS = 7


def _digits_at_end(value: str) -> int:
    count = 0
    while count < len(value) and value[len(value) - 1 - count].isdigit():
        count += 1
    return count


_KEYED_END = LazyPattern(r"[0-9]{3,8}[*#](?![*#0-9])")
_KEYED_START = LazyPattern(r"\*[0-9]{3,8}")
_BIRTH_WORDS = frozenset({"geboortedatum", "birthday", "birthdate", "dob", "naissance", "geburtsdatum"})
_COPULA_NEXT = LazyPattern(r"[ \t]*+(?::|=|is[ \t]|was[ \t]|est[ \t]|ist[ \t])")
_ITEM_OPENS = LazyPattern(r"[ \t>]{0,12}" + LIST_MARKER + r"[ \t]")  # a line that opens a list's item
_DOUBLED_LETTER = re.compile(r"([a-z])\1+")
_WIFI_GENERIC_CUES = frozenset(
    ("sleutel", "key", "password", "wachtwoord", "paswoord", "mot de passe", "mdp", "code", "pass", "ww",
     "pw", "pwd", "psw", "passcode", "passphrase", "clé", "cle")
)  # fmt: skip


def _label_item(low: str, item_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether a list's item is the cue and one value ("- Wachtwoord: X", "• pw X"), no note."""
    line_end = low.find("\n", cue_end)
    rest = low[cue_end : len(low) if line_end == -1 else line_end].strip(" \t:=")
    return not low[item_start:cue_start].strip() and len(rest.split()) <= 1


# A code asked after as it was: "Is the code still *4271?", "of is het nog steeds *9694?"
_MARKS_AFTER = frozenset("?!.,")
_CODE_CUES = ("code", "codes")
_STILL_BEFORE = LazyPattern(r"(?<![a-z])(?:still|steeds|toujours|encore)[ \t]++$")


_NETWORK_NAMED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:netwerk|network|réseau|ssid)[ \t:]++[^\s,]++[ \t]*+,?[ \t]*+$"
)
_NETWORK_NAMED_REACH = 48


@functools.cache
def _password_word_slips() -> frozenset[str]:
    return frozenset(slip for word in ("wachtwoord", "paswoord") for slip in one_letter_off(word))


def _wifi_context(low: str, cue_start: int, cue_end: int, cue: str) -> bool:
    """A password or key that belongs to the wifi: 'wachtwoord van mijn wifi', 'FRITZ!Box … sleutel'."""
    if cue not in _WIFI_GENERIC_CUES and not _DOUBLED_LETTER.sub(r"\1", cue).startswith(("wachtw", "pasw")):
        # (a key hit twice is the same word: "waachtwoord", "passsword"; one hit wrong only right after the
        # network's name: "netwerk Telenet-8843, wchtwoord …")
        return cue in _password_word_slips() and _NETWORK_NAMED_BEFORE.search(
            low, max(0, cue_start - _NETWORK_NAMED_REACH), cue_start
        ) is not None
    after_end = cue_end + 40
    sentence_end = _SENTENCE_END.search(low, cue_end, after_end)  # "paswoord x1. Mijn wifi…": not its wifi
    if sentence_end is not None:
        after_end = sentence_end.start()
    # A cue that opens a chat turn ("sleutel X" after "wifi naam HUISNET" and a speaker's name)
    # reads the turn before it too; never past a blank line ("Beste Modemix,⏎⏎wachtwoord is …").
    back_start = max(0, cue_start - (_TURN_BACK if _opens_line(low, cue_start) else 40))
    paragraph = low.rfind("\n\n", back_start, cue_start)
    if paragraph != -1:
        back_start = paragraph
    # an item of a list that is a note of its own: "- netwerksleutel werkt niet, modem gereset⏎- klant zette
    # zijn pw in de chat (X)". (Not an item that is a label and its value: "Wifi:⏎- Netwerk: HomeNet⏎-
    # Wachtwoord: X" lists the wifi's own details.)
    line_start = low.rfind("\n", 0, cue_start) + 1
    item = _ITEM_OPENS.match(low, line_start)
    if item is not None and not _label_item(low, item.end(), cue_start, cue_end):
        back_start = max(back_start, line_start)
        next_line = low.find("\n", cue_end, after_end)
        if next_line != -1 and _ITEM_OPENS.match(low, next_line + 1):
            after_end = next_line  # "pw reset / new temp: X⏎• wifi HomeNet / key …": the next item's wifi
    ssid = _WORD_BEFORE.search(low, max(line_start, cue_start - _WORD_BEFORE_REACH), cue_start)
    if ssid is not None and isp_ssid(ssid.group(1)):
        return True  # a provider's network named right before: "Gastntwerk telenet-4A1B2 wachtwoord: …"
    last = owned = None
    for last in _WIFI_CONTEXT.finditer(low, back_start, cue_start):
        owned = (
            owned
            or _OWN_KEY_CUE.match(low, last.end())
            or _PASSWORD_WORDS_BEFORE.search(low, max(0, last.start() - 16), last.start())
        )
    if last is not None and not (
        owned and (_SENTENCE_END.search(low, last.end(), cue_start) or "\n" in low[last.end() : cue_start])
    ):
        return True  # (not a network whose own key was told in a sentence before: "wpa-sleutel X. mijn pw
        # was Y", "Het wifi-wachtwoord van Odido-55A1 is X.⏎Mijn paswoord was Y", or on the line before:
        # "mot de passe wifi du kot : X⏎le mot de passe de ma mère pour le portail c'est Y")
    # earlier in its sentence, with nothing of logging in between: "de wifi van de bibliotheekruimte van de
    # gemeente werkt niet, wachtwoord op de poster is X"
    sentence_start = max(
        low.rfind("\n", 0, cue_start), low.rfind(". ", 0, cue_start), cue_start - _SENTENCE_BACK
    )
    if cue != "code" and (wifi := _WIFI_CONTEXT.search(low, sentence_start, back_start + 8)) is not None:
        # (not after the wifi's own key and more fields: "WPA key X, mail me op …, ww Y")
        own_key_told = _OWN_KEY_CUE.match(low, wifi.end()) and low.count(", ", wifi.end(), cue_start) >= 2
        if not own_key_told and not _login_hinted(low[wifi.end() : cue_start]):
            return True  # (not a bare "code": "the modem arrived but the activation fails with code E-550")
    # after the cue, a wifi word that names its own key comes with its own value: "EpYEzF9Mv1g is mijn ww
    # hoor de wifi code is 32rh…", "PASSWORD IS Galata#10x, wifi password is …": not this cue's owner
    for match in _WIFI_CONTEXT.finditer(low, cue_end, after_end):
        if (
            not _OWN_KEY_CUE.match(low, match.end())
            and not _OWN_KEY_BEFORE.search(low, max(0, match.start() - 16), match.start())
            and not _BOX_ADMIN_AFTER.match(low, match.end())
        ):
            return True  # (nor one named with its key first: "mon mot de passe est X⏎clé WPA: …"; nor the
            # box's own login next: "Printer admin is brandon505 pw X, router admin password Y")
    return False


# (a password's own word before the wifi's: not a code's or a key's, which name the network's key as often
# as its box's)
_PASSWORD_WORDS_BEFORE = LazyPattern(r"(?<![a-z])(?:mot de passe|wachtwoord|paswoord|password)[ \t-]?$")
_WORD_BEFORE = LazyPattern(r"(?<![^\s(])([^\s(),]++)[ \t,:]*+$")
_WORD_BEFORE_REACH = 32
_OWN_KEY_BEFORE = LazyPattern(
    r"(?<![a-z])(?:code|key|clé|cle|sleutel|wachtwoord|paswoord|password|mdp)[ \t-]?$"
)
_LOGGED_IN_AS_BEFORE = LazyPattern(r"(?<![a-z])" + LOGGED_IN + r"[ \t]++(?:as|als)[ \t]++$")
_TURN_BACK = 160
_SENTENCE_BACK = 120
_OWN_KEY_CUE = LazyPattern(
    r"[ \t-]?(?:code|key|wachtwoord|paswoord|password|pasword|sleutel|ww|pw|pass|mdp|clé|cle|ko?de)(?![a-z])"
)
# "the router password", "het paswoord van de modem": the box's own login (its admin page), not the wifi's
# key, when the message speaks of the wireless network in other sentences only (its key given apart).
# (admin as thumbs type it, the box's name glued before it: "routeradmin password", "router admln password",
# "admmin password", "aqmin password")
_ADMIN = (
    r"(?:rout(?:er|eur)|modem)?(?:admin|amdin|admn|adimn|addmin|admln|adminn|admmin|aadmin|adnin|admim|aqmin|"
    r"adgin|sdmin|zdmin|amin)"
)
_BOX_ADMIN_AFTER = LazyPattern(r"[ \t-]?" + _ADMIN + r"(?![a-z])")
_ROUTER_OWNER_BEFORE = LazyPattern(r"(?<![a-z])(?:router|modem|" + _ADMIN + r")[ \t-]?$")
_ADMIN_BEFORE = LazyPattern(r"(?<![a-z])" + _ADMIN + r"[ \t-]?$")
_ROUTER_OWNER_AFTER = LazyPattern(
    r"[ \t]++(?:van|of|for|voor|du|de|pour)[ \t]++(?:(?:de|het|the|my|mijn|la|le|mon|ma)[ \t]++|l')?"
    r"(?:router|modem|box)(?![a-z])"
)
# The box's own admin named after the cue: "password de administrador", "wachtwoord van de modem-interface",
# "mot de passe de l'interface", "password for the admin page".
_ADMIN_AFTER = LazyPattern(
    r"[ \t]++(?:(?:van|of|for|voor|du|de|do|da|pour)[ \t]++"
    r"(?:(?:de|het|the|my|mijn|la|le|mon|ma|o|a)[ \t]++|l')?)?"
    r"(?:(?:router|modem|box)[ \t-]?)?(?:web[ \t-]?)?"
    r"(?:interface|admin|administra(?:dor|teur|tor|tie)|beheer(?:der)?)"
    r"(?![a-z0-9_@!#-]|\.[a-z0-9])"  # (not a value made of the word: "het wifi-wachtwoord admin123")
)
_WIRELESS_WORDS = LazyPattern(WIRELESS_WORDS)
# A box's admin as the label of a login given after its colon: "Router admin: …", "Admin login van de router:
# …", "Admin : …" (`credentials._BOX_ADMIN_PAIR` reads the pair after it).
ADMIN_LABEL = (
    r"(?:(?:router|modem|box)[ \t]++)?admin(?:[ \t]++login)?(?:[ \t]++(?:van|of|du|de)[ \t]++"
    r"(?:(?:de|het|the|la|le|mijn|my|mon)[ \t]++|l')?(?:router|routeur|modem|box))?"
)
# That label earlier in the password cue's clause: "Admin van de router: VERMEU074 en wachtwoord monkey1459$".
_ADMIN_LABEL_BEFORE = LazyPattern(r"(?<![a-z])" + ADMIN_LABEL + r"[ \t]*+:[^.!?\n:]{0,48}$")
_ADMIN_LABEL_REACH = 96


def _router_admin(low: str, cue_start: int, cue_end: int) -> bool:
    if (
        _box_login(low, cue_start)
        or _ADMIN_BEFORE.search(low, max(0, cue_start - 16), cue_start)
        or _ADMIN_AFTER.match(low, cue_end)
        or (
            "admin" in low[max(0, cue_start - _ADMIN_LABEL_REACH) : cue_start]
            and _ADMIN_LABEL_BEFORE.search(low, max(0, cue_start - _ADMIN_LABEL_REACH), cue_start)
        )
    ):
        return True  # "the router admin password on the sticker is X": the admin's, whatever else is said
    if not (
        low.startswith(("router", "modem"), cue_start)
        or _ROUTER_OWNER_BEFORE.search(low, max(0, cue_start - 16), cue_start)
        or _ROUTER_OWNER_AFTER.match(low, cue_end)
    ):
        return False
    start = max(
        low.rfind(".", max(0, cue_start - 120), cue_start),
        low.rfind("\n", max(0, cue_start - 120), cue_start),
    )
    end_match = _SENTENCE_END.search(low, cue_end, cue_end + 120)
    end = end_match.start() if end_match else cue_end + 120
    line_end = low.find(
        "\n", cue_end, end
    )  # "admin password: X⏎staff wifi: Y": each line of a list is its own
    if line_end != -1:
        end = line_end
    # the wifi is spoken of in another sentence of the message (its key given apart), never in this one
    return _WIRELESS_WORDS.search(low, start + 1, end) is None and bool(
        _WIRELESS_WORDS.search(low, 0, start + 1) or _WIRELESS_WORDS.search(low, end)
    )


# Chat exports: "[15-04-2025 12:55] Connor Wright: …" opens a turn; "Connor Wright, [15-04-2025 12:55]" and
# "Daan Smit · 13:21" are lines of their own with the turn on the next line.
_CHAT_PREFIX = LazyPattern(
    r"(?:\[(?:[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4},?[ \t]++)?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]?[apAP][mM])?\][ \t]*+[^:\n\[\]]{1,60}|"  # "[27/11/2025, 15:59] Name", "[18:40] Name"
    r"[0-9]{1,2}[:.][0-9]{2}(?:[ \t]?[apAP][mM])?[ \t]++[^:\n\[\]]{1,40}|"  # "14:07 George"
    r"[^:\n\[\]()]{1,40}\([0-9]{1,2}[:.][0-9]{2}\))"  # "Support (2:12)"
    r":[ \t]*+"
)
_CHAT_HEADER = LazyPattern(
    r"[^\n\[\]·]{1,60}(?:,[ \t]*+\[[0-9][0-9/.\- :,apmAPM]{4,24}\]|[ \t]·[ \t][0-9]{1,2}[:.][0-9]{2}"
    r"(?:[ \t]?[apAP][mM])?)[ \t]*+"
)


def _opens_line(low: str, start: int) -> bool:
    """Whether the cue opens a chat turn: after "[date time] Name: ", or on the line after "Name · 12:01"."""
    line_start = low.rfind("\n", 0, start) + 1
    if not low[line_start:start].strip():
        previous = low.rfind("\n", 0, max(0, line_start - 1)) + 1
        return line_start > 0 and _CHAT_HEADER.fullmatch(low, previous, line_start - 1) is not None
    prefix = _CHAT_PREFIX.match(low, line_start, start)
    return prefix is not None and prefix.end() == start


# How many users are in what state, and whose login follows: "4 gebruikers actief", "Identifiant du compte".
_USER_STATES = frozenset(
    "active actief actieve actif actifs inactive inactief online offline blocked locked geblokkeerd bloqué "
    "bloqués verified geverifieerd "
    # or how logging in went: "Inloggen lukt wel, gebruikersnaam …", "login works", "la connexion marche"
    "lukt lukte werkt werkte gaat ging faalt mislukt works worked fails failed marche fonctionne "
    "échoue".split()
)
_OF_WORDS = frozenset("du des de la d'".split())
# What a login is for, named by a brand: "for the CCV Shop dashboard is …", "voor het Shopify-portaal: …".
# A copula after a place, its value after it.
_COPULA = r"(?:[ \t]++(?:is|was|est)|[ \t]*+:)[ \t:]*+"
_PLACE_THEN_COPULA = LazyPattern(r"(?:[ \t]++[A-Z][\w\-]*+)?[ \t\-]++" + LOGIN_PLACES + _COPULA)
# A place named in one word after "for" ("voor de club-app", "for the Shopify-portal", "voor het portaal"): no
# login.
_PLACE_WORD_END = LazyPattern(r"(?:^|[a-z]-?)" + LOGIN_PLACES + r"$")
_COPULA_AFTER = LazyPattern(_COPULA)
_MAIL_AFTER = LazyPattern(r"[ \t]++(" + EMAIL_SHAPE + ")", re.IGNORECASE)


def login_place(text: str, start: int, end: int) -> bool:
    return (
        _PLACE_WORD_END.search(text[start:end].lower()) is not None
        and FOR_BEFORE.search(text, max(0, start - 16), start) is not None
    )


# Or after where it is used: "Onze accountnaam in het portaal is fatimataylor", "my login on the app is …".
_ARTICLE_PLACE_THEN_COPULA = LazyPattern(
    r"(?:[ \t]++(?:de|het|the|la|le|mijn|my|onze|ons|our|your|uw|je|votre|mon)|[ \t]++l['’](?=[a-z]))?"
    r"(?:[ \t]++[A-Z][\w\-]*+)?(?:(?<=['’])|[ \t\-]++)" + LOGIN_PLACES + _COPULA
)
_IN_WORDS = frozenset({"in", "dans", "pour", "on", "op", "sur", "bij"})
_OWNER_COPULA = LazyPattern(r"[ \t]++(?:is|was|est|était|:)[ \t:]*+")


# A host and a path, as a page is written without its scheme: "coverabroad.example/claim".
_HOST_PATH = re.compile(r"[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)+/")


_DIGIT_GROUPS_AFTER = re.compile(r"(?:[ \t][0-9]{3,6}(?![0-9]))++")


def _first_value(category: str, cue: str, text: str, pos: int, explicit: bool, out: list[Span]) -> bool:
    """Usernames and API keys: the word right after the cue."""
    value = _VALUE.match(text, pos)
    if value is None:
        return False
    # Already scrubbed ("wachtwoord[[PASSWORD]"): a placeholder that starts inside the value.
    placeholder = PLACEHOLDER.search(text, pos, value.end() + 64)
    if placeholder is not None and placeholder.start() < value.end():
        return True
    start, end = _trim(text, value.start(), value.end())
    if start >= end:
        return False
    word = text[start:end]
    if category == "username" and (word.lower() in _PREPOSITIONS or word.lower() in _IN_WORDS):
        place = _ARTICLE_PLACE_THEN_COPULA.match(text, end)
        if place is not None:  # "accountnaam in het portaal is fatimataylor": where it is used, then it
            return _first_value(category, cue, text, place.end(), True, out)
    if PLACEHOLDER.fullmatch(word) or word.lower().strip("'\"“”‘’") in _NOT_A_SECRET:
        return False
    if category == "username":
        if _EMAIL_SHAPE.fullmatch(word):
            _pair_after_username(text, end, out)
            return True
        if len(word) < 2 or _starts_cue(text, start) or not any(ch.isalnum() for ch in word):
            return False  # (nor marks alone: "zegt steeds ongeldige login??")
        if REQUEST_ID_SHAPE.fullmatch(word):
            return False  # "message d'erreur … l'identifiant 4bf3ce6f-c309-…": a request's id
        if word[0] == "/" and _starts_cue(text, start + 1):
            return False  # "gamertag/inlognaam X": the cue's other name, the value after it
        if word.isalpha() and word.islower() and text[end : end + 1] == ":":
            after = len(text) - len(text[end + 1 :].lstrip(" \t"))
            return _first_value(category, cue, text, after, True, out)  # "Inlognaam mijn omgeving: X"
        if word.isalpha() and word.islower() and _PRONOUN_AFTER.match(text, end):
            return False  # "Which username are you using?", "Welke inlognaam gebruik je?"
        if word.isalpha() and word.islower() and word.endswith(_PARTICIPLE_ENDS):
            return False  # "l'utilisateur est bloqué": what became of it
        lowered = word.lower()
        asking = "-" in word and _ASKING_VERB.fullmatch(lowered)
        if lowered in _USER_PRONOUNS or lowered in _ARTICLES or asking:
            return False  # "the username you gave us", "quel identifiant utilisez-vous": a question about it
        if lowered in _USER_STATES or lowered in _PREPOSITIONS or lowered in _OF_WORDS:
            return False  # "6 users active on your account", "Identifiant du compte : …": no login yet
        if lowered in FAMILY_NOUNS and _OWNER_COPULA.match(text, end):
            # "gebruikersnaam van mijn vader is X": whose it is, then the name
            after = _OWNER_COPULA.match(text, end).end()  # type: ignore[union-attr]
            return _first_value(category, cue, text, after, True, out)
        if word[:1].isupper() and word.isalpha():
            mail = _MAIL_AFTER.match(text, end)
            if mail is not None:  # "identifiant Apple q.hubert@voo.be": whose login, then the address
                return _first_value(category, cue, text, mail.start(1), True, out)
        named_place = word[:1].isupper() or FOR_BEFORE.search(text, max(0, start - 16), start) is not None
        place = _PLACE_THEN_COPULA.match(text, end) if named_place else None
        if place is None and login_place(text, start, end):
            place = _COPULA_AFTER.match(text, end)  # "inlognaam voor de club-app is emiller": a place's word
        if place is not None:  # "Username for the Lightspeed dashboard is admin_fatima": the place, then it
            return _first_value(category, cue, text, place.end(), True, out)
        if lowered in _USER_COPULAS and not explicit:
            # "son identifiant était gamer_j81", not "gebruikersnaam was verkeerd", "est le compte ?"
            following = _VALUE.match(text, end)
            named = (
                following is not None
                and _user_like(text[slice(*_trim(text, *following.span()))])
                and text[slice(*_trim(text, *following.span()))].lower() not in _ARTICLES
            )
            return named and _first_value(category, cue, text, end, True, out)
        if word.isdigit() and 3 <= len(word) <= 6:
            groups = _DIGIT_GROUPS_AFTER.match(text, end)
            if groups is not None and {len(group) for group in groups.group().split()} == {len(word)}:
                end = groups.end()  # "Government Gateway user ID is 4641 7073 3007": one number in groups
        out.append(Span(start, end, "username"))
        _pair_after_username(text, end, out)
        return True
    if KNOWN_TOKENS.match(word):
        return True  # the token detector has it, with its type
    if _API_KEY_VALUE.fullmatch(word) and DIGIT.search(word) and _LETTER.search(word):
        out.append(Span(start, end, _machine_type(cue)))
        return True
    return False


def _long_key_after(cue: str, text: str, pos: int, limit: int, out: list[Span]) -> None:
    """After a weak cue ('key', 'secret'), a long key-shaped value a few words on, in its sentence."""
    cursor = pos
    for _ in range(9):  # "nieuw token na rotatie werkt nog altijd niet: 1928cc33…"
        gap = _GAP.match(text, cursor)
        if gap is None or (gap.group(1) is not None and cursor != pos):
            return
        value = _VALUE.match(text, gap.end(), limit)
        if value is None:
            return
        if value.end() == limit:  # the window ends inside a long key: the key runs on to its own end
            value = _VALUE.match(text, value.start()) or value
        cursor = value.end()
        start, end = _trim(text, value.start(), value.end())
        word = text[start:end]
        if len(word) >= 20 and _key_verdict(word) == _TAKE:
            out.append(Span(start, end, _machine_type(cue)))
            return
        if DIGIT.search(word) or value.group()[-1:] in ".!?":
            return


# A session's or an app's token shorter than a key, right after its named cue: in groups of one size
# ("WUES K76K WFZP 4QKM") or in one piece of twelve to fifteen capitals and digits that ends its line or
# sentence ("WNDX6W7EE22B⏎"); a shorter word is an id's.
_TOKEN_GROUPS = LazyPattern(r"[A-Za-z0-9]{4,6}(?:[ \-][A-Za-z0-9]{4,6}){2,5}(?![A-Za-z0-9])")
_SHORT_TOKEN = LazyPattern(r"(?=[A-Z]{0,14}[0-9])(?=[0-9]{0,14}[A-Z])[A-Z0-9]{12,15}")
_TOKEN_ENDS = LazyPattern(r"[ \t]*+(?:[\r\n.,;)]|$)")


def _short_token(text: str, start: int, end: int) -> int:
    """The end of a short token at `start`, or 0."""
    grouped = _TOKEN_GROUPS.match(text, start)
    if grouped is not None and _uniform_groups(grouped.group()):
        return grouped.end()
    if _SHORT_TOKEN.fullmatch(text, start, end) and _TOKEN_ENDS.match(text, end):
        return end
    return 0


def _machine_type(cue: str) -> str:
    """A value after 'token' / 'jeton' stands for a user or a session; after 'key' / 'secret' for an app."""
    if contains_any(cue, TOKEN_NAMES):
        return "token"  # ("API token", "api-token": what the brief of every writer calls a token)
    return "api_key"


# "JWT_SECRET=…", "SESSION_KEY=…", "refresh-secret: …": the name before a key cue says what the key signs.
# It is kept with the cue for the type only ("STRIPE_KEY", "API_KEY" stay an app's key).
_NAME_BEFORE_CUE = LazyPattern(r"[a-z0-9]{2,16}[ _.\-]$")


def _named_cue(low: str, cue_start: int, cue: str) -> str:
    """The cue with the identifier word glued before it ('jwt_secret'), when there is one."""
    name = _NAME_BEFORE_CUE.search(low, max(0, cue_start - 17), cue_start)
    return cue if name is None else name.group() + cue


_OPEN_QUOTES = frozenset("\"'“‘«")
_QUOTED_DIGIT_GROUPS = LazyPattern(
    r"[\"'“‘«][ \t]?([0-9]{2,4}(?:[ \-][0-9]{2,4}){1,2}|[0-9](?: [0-9]){3,7})[ \t]?[\"'”’»]"
)
# A passphrase of several words in quotes (each word alone is read as usual).
_QUOTED_WORDS = LazyPattern(
    r"[\"'“‘«]([^\s\"'“”‘’«»]{1,30}(?:[ ][^\s\"'“”‘’«»]{1,30}){1,5})[\"'”’»](?![A-Za-z0-9])"
)


# Words of a sentence or a label, never of a passphrase: 'wachtwoord moet minimaal 12 tekens bevatten',
# "(the 'WPA key' line)".
_SENTENCE_WORDS = frozenset(
    "is are must moet mag kan be de het een the a an of van voor for to naar en and et ou or le la les un "
    "une doit est minimaal minimum maximaal tekens characters caractères line regel ligne veld field "
    "champ".split()
)


def _passphrase(low: str, start: int, end: int) -> bool:
    words = low[start:end].split()
    return not any(word in _SENTENCE_WORDS for word in words) and not find_cues(low[start:end])


# Words of a sentence going on after a password cue, never of a passphrase: "ww werkt niet meer", "my password
# reset link expired", "mot de passe oublié".
_NOT_PHRASE_WORDS = _SENTENCE_WORDS | frozenset(
    """
    niet not pas meer more geen no ne mijn my mon ma mes je ik i you u il elle we ze they het that dat
    die this dit ce cette at op in on dans with met avec from uit du des sur heb have has had ben am
    were wordt word al already déjà still nog encore toujours altijd always also ook aussi so zo dus
    donc then dan puis now nu reset link expired vergeten forgot forgotten changed gewijzigd veranderd
    changé oublié new nieuw nieuwe nouveau old oud oude ancien wrong fout incorrect verkeerd verkeerde
    verlopen locked geblokkeerd bloqué again opnieuw werkt works work doet does doesn't marche
    fonctionne klopt please graag svp plz help hulp kwijt lost perdu weet know sais want omdat because
    parce car maar but mais bij by par naar mij me moi volgens according selon keeps zie see voir vorige
    previous précédent précédente mail email e-mail bijlage attached attachment dank thanks thank merci
    bedankt alvast wel jullie vous nous us onze our your uw votre stuur send envoie volgt follows suit
    below hieronder ci-dessous above hierboven ci-dessus same zelfde même hetzelfde vraag question
    via dm pm inbox privé best beste
    """.split()
)
_PHRASE_WORD = re.compile(r"[a-zà-ÿ]{2,12}[0-9]{0,4}")
_PHRASE_NUMBER = re.compile(r"[0-9]{2,4}")
_PHRASE_STOP = re.compile(r"[ \t]*+(?:[.,;!?)\n]|$)")
_PHRASE_GAP = re.compile(r"[ \t]*+(?:(?:is|est|c'est|was|:)[ \t]*+)?")


def spoken_passphrase(text: str, low: str, pos: int, least: int = 3) -> tuple[int, int] | None:
    """Three to five plain words right after a password cue and ending its clause, none a word a sentence
    needs: a passphrase written out ("pw velo paard maison.", "met ww fiets wolk tafel85 doet het niet").
    With `least` 2, two words and a number as a router prints them ("clé banaan Yankees 70")."""
    start = _PHRASE_GAP.match(low, pos).end()  # type: ignore[union-attr]
    cursor, words, digits = start, 0, False
    while words < 6 and not digits:
        word = _PHRASE_WORD.match(low, cursor)
        if word is None and words >= 2 and least == 2:
            word = _PHRASE_NUMBER.match(low, cursor)  # (the number ends it: "maison bobby 81")
        if word is None or low[word.end() : word.end() + 1].isalnum() or word.group() in _NOT_PHRASE_WORDS:
            break
        words, end, digits = words + 1, word.end(), word.group()[-1].isdigit()  # digits end it: "wolk85"
        if low[end : end + 1] != " " or not (low[end + 1 : end + 2].isalpha() or (least == 2 and words >= 2)):
            break
        cursor = end + 1
    if not least <= words <= 5 or (least == 2 and not (words == 3 and low[start:end].split()[-1].isdigit())):
        return None  # (two words and a number, or three to five words)
    # it ends its clause, or (ending in digits) the sentence goes on after it: "met ww fiets wolk85 doet het"
    following = low[end + 1 :].split(None, 1)
    if not _PHRASE_STOP.match(low, end) and not (digits and following and following[0] in _NOT_PHRASE_WORDS):
        return None
    if find_cues(low[start:end]):
        return None
    return start, end


# A password dictated, its signs and its letters' case said as words ("hoofdletter T tulp 2024 uitroepteken",
# "capital J jan underscore 88", "Jan streepje 88"), or its digits said ("zomer twintig vierentwintig").
_SAID_SIGNS = frozenset(
    """
    underscore liggend streepje dash hyphen tiret punt dot point uitroepteken exclamation apenstaartje
    arobase hekje hash hashtag sterretje asterisk slash dollarteken procentteken
    """.split()
)
# A letter's case said before it: a sign only with the letter after it ("hoofdletter T", "capital J").
_SAID_CASES = frozenset(
    "hoofdletter grote kleine capital small uppercase lowercase majuscule minuscule".split()
)
_LETTER_NEXT = re.compile(r" [a-z](?![\w])")
_SIGN_NAME_PARTS = frozenset("letter letters mark sign teken streep d'exclamation".split())
_NOT_DICTATED = frozenset("gevoelig gevoelige sensitive sensible".split())  # "hoofdletter gevoelig"
_DICTATED_STOPS = frozenset("virgule komma comma period".split())  # dictation's own punctuation, said
_ARTICLES_AS_NUMBERS = frozenset("een één un une one".split())  # ("precies een slakkengang": an article)
# (and a sign's French name with its article: "point d'exclamation")
_DICTATED_WORD = re.compile(r"d'exclamation|[a-zà-ÿ0-9]{1,16}(?![\w@'’-])")
_DICTATED_MAX = 10


def dictated_secret(low: str, pos: int) -> tuple[int, int] | None:
    """A password said word by word after its cue: a sign or a letter's case named, or digits said as words
    to the end of its clause; at least one word of the value itself."""
    start = _PHRASE_GAP.match(low, pos).end()  # type: ignore[union-attr]
    cursor = end = start
    signs = said_digits = content = words = 0
    clause_end = False
    while words < _DICTATED_MAX:
        match = _DICTATED_WORD.match(low, cursor)
        if match is None:
            break
        word = match.group()
        if word in _NOT_DICTATED:
            return None
        if word in _SAID_SIGNS or (word in _SAID_CASES and _LETTER_NEXT.match(low, match.end())):
            signs += 1
        elif number_word(word) and word not in _ARTICLES_AS_NUMBERS:
            said_digits += 1
        elif (
            word in _NOT_PHRASE_WORDS
            or word in _DICTATED_STOPS
            or (len(word) > 1 and not word.isdigit() and find_cues(word))
        ):
            break
        elif word not in _SIGN_NAME_PARTS:
            content += 1
        words, end = words + 1, match.end()
        if low[end : end + 1] != " ":
            clause_end = _PHRASE_STOP.match(low, end) is not None
            break
        cursor = end + 1
    if not content or words < 2:
        return None
    if signs or (said_digits and clause_end):
        return start, end
    return None


def _marked_before(previous: str) -> bool:
    """Whether the connector's last word hands over a value ("is", ":")."""
    return previous in _MARKER_WORDS or previous == ":"


# "pincode gsm 4080", "pin telefoon 5512": the phone whose PIN follows, no model number.
_PIN_DIGITS = re.compile(r"[0-9]{4,6}")
_PHONE_NOUNS = frozenset(
    {
        "gsm", "sim", "simkaart", "telefoon", "telefono", "phone", "mobiel", "mobile", "portable", "iphone",
        "téléphone", "telephone", "smartphone", "toestel",
    }
)  # fmt: skip
_UNLOCK_CUES = ("ontgrendel", "unlock", "verrouill")
_PIN_NEXT = re.compile(
    # (or in pairs, as a keypad's digits are read: "Code de déverrouillage du téléphone : 45 83")
    r"[ \t:]*+(?:(?:is|est|was|c'est)[ \t:]++)?[(\"'“«]?([0-9]{4,8}|[0-9]{2}(?:[ ][0-9]{2}){1,3})"
    r"(?![0-9]|[ .\-][0-9])"
)


def _unlock_code(cue: str, text: str, at: int, out: list[Span]) -> bool:
    """An unlock cue's four to eight digits right here are the phone's PIN (never a phone number's groups)."""
    if not any(unlock in cue for unlock in _UNLOCK_CUES):
        return False
    code = _PIN_NEXT.match(text, at)
    if code is not None:
        out.append(Span(code.start(1), code.end(1), "pin"))
    return code is not None


def _window(
    category: str,
    cue: str,
    text: str,
    low: str,
    pos: int,
    limit: int,
    explicit: bool,
    weak: bool,
    out: list[Span],
    lead: str = "",
) -> bool:
    """PINs, PUKs, one-time codes, passwords and wifi keys: the first word of the right shape within a
    few words of the cue ('pinkode van de simkaart: 6818', 'wachtwoord gereset naar welkom151'), and
    more of the same shape that follow in the same sentence ('een code (742400) en nog een (219444)')."""
    numeric = category in ("pin", "puk", "otp")
    max_hops = 2 if weak and category == "password" else _WINDOW_HOPS
    cursor = pos
    hops = 0
    taken = 0
    previous = lead  # "sticker of the TP-Link …": the connector's last word still says a thing follows
    brand = ""  # a capitalised word right after an article or preposition: a brand whose model may follow
    in_phrase = False
    masked = False
    ssid_next = False  # a network noun came before: the next key-shaped word is the network's name
    words = 0
    # the words after the cue say what it is for: "wachtwoord voor de meldkamer is …"
    for_place = category == "password" and FOR_BEFORE.search(low, max(0, pos - 12), pos) is not None
    sent_kind = ""  # a login code's digits, read as a code sent or an owned PIN
    if category == "pin" and _unlock_code(cue, text, pos, out):
        return True  # "code de déverrouillage du téléphone : 0641": an unlock code's digits
    while hops < max_hops and cursor < limit and words < _WINDOW_WORDS:
        gap = _GAP.match(text, cursor)
        if gap is None:  # pragma: no cover - the expression matches the empty string
            break
        shown_next = not taken and previous in _SHOWS
        if gap.group(1) is not None and (hops or taken or cursor != pos) and not shown_next:
            break  # a new line ends the window (the value may sit on the line after the cue or "shows")
        if not taken and text[gap.end() : gap.end() + 1] in _OPEN_QUOTES:
            if numeric:
                quoted = _QUOTED_DIGIT_GROUPS.match(text, gap.end(), limit)
                if quoted is not None:  # 'verificatiecode: "407 305"': one code in its quotes
                    out.append(Span(quoted.start(1), quoted.end(1), category))
                    return True
            elif category in ("password", "wifi_key") and (explicit or _marked_before(previous)):
                quoted = _QUOTED_WORDS.match(text, gap.end(), limit)
                if quoted is not None and _passphrase(low, quoted.start(1), quoted.end(1)):
                    # 'wifi wachtwoord: "fiets boom 42"': a passphrase in its quotes
                    out.append(Span(quoted.start(1), quoted.end(1), category))
                    return True
        value = _VALUE.match(text, gap.end(), limit)
        if value is None:
            break
        cursor = value.end()
        hops += 1
        raw = value.group()
        if PLACEHOLDER.search(raw):
            return True  # already scrubbed
        if taken and raw[:1] == "|":
            break  # "PUK 9658 0586 | ID-nr …": a note's next field
        if (
            raw[:1] == "("
            and not taken
            and previous not in _MARKER_WORDS
            and (aside := ASIDE_THEN_COLON.match(text, value.start())) is not None
        ):
            # "het wachtwoord van de slimme thermostaat (ecoTEC plus 836): Kikker49$": the thing's model in
            # its bracket, the colon after it hands over the value
            cursor, previous, in_phrase = aside.end(), ":", False
            hops -= 1
            continue
        start, end = _trim(text, value.start(), value.end())
        if start >= end:
            if raw == ":" and category == "api_key":
                # "clé API pour le portail : …": a key's colon set apart (as in French) hands over the key
                # (for other secrets it cost heldout-r18, -r35, -r37 and -r38 high-risk recall)
                previous, in_phrase = ":", False
            continue
        word = text[start:end]
        lowered = word.lower()
        if lowered in _NOT_A_SECRET or (len(word) <= 3 and word.isalpha() and word.islower()):
            hops -= 1  # small words cost nothing: "het wifi-wachtwoord heb ik ook veranderd, nu is het …"
        words += 1
        first_explicit = explicit and words == 1 and not taken
        if words == 1 and lowered in _FOR_WORDS:
            for_place = True
        if (
            category == "pin"
            and words <= 3
            and lowered in _PHONE_NOUNS
            and (words == 1 or previous in _PREPOSITIONS or previous in _ARTICLES)
            and _unlock_code(cue, text, cursor, out)
        ):
            return True  # "ontgrendelcode telefoon 938972", "code de déverrouillage du GSM est 131747"
        if "@" in word and category in _SECRET_WORDS and _MAILBOX.fullmatch(word.rstrip("?!.,;:")):
            continue  # "wachtwoord vergeten. Kan de reset naar tine_vand@scarlet.be?": an e-mail address
        if category == "wifi_key" and _network_noun(lowered) and _NAME_FOLLOWS.match(text, cursor):
            ssid_next = True  # "network is SkylineF-65B0 and the password is …": the name, then its key
            continue
        # "Sleutel van 't netwerk ProxiBel-64B8 is …": the network's name is passed over ("'t" loses its
        # apostrophe when trimmed)
        if category == "wifi_key" and _network_noun(lowered) and previous in _OWNER_WORDS:
            named = _NAME_THEN_COPULA.match(text, cursor)
            if named is not None:
                cursor = named.end(1)
                continue
        if category == "wifi_key" and not taken and network_for(text, start, end):
            continue  # "Mijn wifi-code voor Gym_Members is …": the network it is for, then its key
        if numeric and called_line_before(low, start):
            break  # "deel nooit je pincode, ook niet met ons. Bel Cardstop op 1700": a line to call, no code
        if lowered in _BIRTH_WORDS and _COPULA_NEXT.match(low, cursor):
            break  # "Voor de verificatie: mijn geboortedatum is 22102005": the birth date's own value (not
            # "my pin is not my birthday, it's 4821")
        if (
            (lowered.rpartition("'")[2] in _ANNOUNCES_ERROR or (lowered == "dit" and previous in _IT_WORDS))
            and (taken or not numeric or text[cursor : cursor + 2].lstrip(" \t")[:1] in ('"', "“", "'"))
            and not (lowered in _SHOWS and previous in _WRITTEN_ON)  # "password on the sign says X"
        ):
            break  # "… et j'ai l'erreur E-9250", "it just says S-793C", 'shows "E-5164"': a screen's error
        if taken and lowered in _CONTRAST_WORDS and _NAME_NEXT.match(text, end):
            break
        if taken and (_ERROR_SHAPE.fullmatch(word) or SCREEN_ERROR.fullmatch(word) or lowered in GET_WORDS):
            break  # "wachtwoord HONDJE75 maar ik krijg E-1650": what the screen answers, not a second value
        if taken and (_LIST_MARKER.fullmatch(raw) or lowered in DEVICE_NOUNS or lowered in _NETWORK_BOXES):
            break  # "2) passcode 55437 3) text code …", "… and the box is the H369A": another item
        # After "is" or ":" comes the value, not the rest of a thing's name ("van het modem is 7mRW-…").
        marked = previous in _MARKER_WORDS
        # the old value of a change: "wachtwoord veranderd van MOULES414 naar …", "changed the password from
        # HOND473 to …", "changé le mot de passe de @pp3l82 en …" (its own '?' or '!' ends no sentence)
        changed_from = (
            previous in _FROM_WORDS
            and _CHANGED_TO_NEXT.match(text, end) is not None
            and _CHANGE_VERB.search(low, max(0, start - _CHANGE_REACH), start) is not None
        )
        given = (
            marked
            or previous in _GIVEN_WORDS  # (no thing's name after these either)
            # "het admin wachtwoord van het modem op Chelsea_tijger8 gezet": what it was set to
            or (previous == "op" and _SET_AFTER.match(text, end) is not None)
            or changed_from
        )
        device = (
            previous in DEVICE_NOUNS
            and not first_explicit
            and not given
            and not (category == "puk" and len(word) >= 8 and word.isdigit())  # "puk van mijn gsm 81624046"
            and not (category == "pin" and previous in _PHONE_NOUNS and _PIN_DIGITS.fullmatch(word))
        )
        thing = (
            not numeric
            and not first_explicit
            and not given
            and (
                previous in _PREPOSITIONS
                or previous in _ARTICLES
                or (
                    in_phrase
                    and (word[:1].isupper() or word[:1].isdigit())
                    and not (raw[:1] == "(" and end - start >= 10 and not marked)
                    # (no name of a thing runs on as a key does: "le jeton d'accès de l'appli LgHsKuuSmC…")
                    and not (category == "api_key" and end - start >= _KEY_NOT_A_NAME)
                )  # "op de Zyxel VMG8825-T50"; not "… notée sur un papier (S6I3REmwoBgFLO5Z)"
            )
        )
        in_phrase = (
            not raw.endswith(":")
            and (  # "uit het dashboard: 82018b…": the value follows
                thing
                or device
                or (
                    not numeric
                    and (previous in _PREPOSITIONS or previous in _ARTICLES)
                    and word[:1].isupper()
                )
            )
        )
        model_number = numeric and bool(brand) and word.isdigit() and not marked
        brand = (
            word
            if word[:1].isupper()
            and (previous in _PREPOSITIONS or previous in _ARTICLES or brand)
            and _BRAND.fullmatch(word)
            else ""
        )
        # "puk van mijn gsm …", "the passcode on mum's phone …": the word before names whose thing follows
        owner = previous in _ARTICLES or previous.endswith(("'s", "’s"))
        after_network = _network_noun(previous)
        if not (marked and lowered in _ARTICLES):  # "nu is het 8yAn-…": the marker still holds
            previous = ":" if raw.endswith(":") else lowered.strip("()[]'\"“”‘’,")
        if device or thing:
            if (
                (taken and (raw[-1:] in ".!?" or _network_noun(lowered)))
                or lowered in _WINDOW_STOP
                or _REFERENCE_WORD.match(lowered)
            ):
                break  # the sentence or the clause about the secret ends with the thing
            continue  # "modem (H369A)", "mijn Galaxy S23", "werkt op de H369A": a thing, not a secret
        if model_number:
            continue  # "simkaart geblokkeerd op mijn Sagemcom F@st 3890", "pin van de Doro 8100": a model
        if numeric and _DAY.fullmatch(word) and _MONTH_AFTER.match(low, end):
            continue  # "die ik op 14 maart …": a date's day
        starred = (
            category in ("pin", "otp")
            and _KEYED_START.fullmatch(text, start, end - (text[end - 1 : end] in _MARKS_AFTER)) is not None
            and not card_named(low, max(0, start - 40), start)  # ("laatste 4 cijfers van mijn kaart: *4447")
            and (
                (category == "pin" and (first_explicit or marked or (words == 1 and cue in _CODE_CUES)))
                # (a code asked after as it was, a lock's: "Is the code still *4271?")
                or (cue in _CODE_CUES and _STILL_BEFORE.search(low, max(0, start - 12), start) is not None)
            )
        )
        keyed = category == "pin" and (
            "#" in (text[start - 1 : start], text[end : end + 1])
            or _KEYED_END.match(text, start) is not None
            or starred
        )  # "#3973*", "254110*", "heeft code *6939": keys pressed around the digits (not "0612****": masked)
        if (
            numeric
            and not keyed
            and ("*" in word or (word[:1] in "+0123456789" and _MASKED_PHONE.match(text, start)))
        ):
            if masked:
                hops -= 1  # one number, however many groups
            masked = "*" not in word or word.endswith("*")
            continue  # "de PUK van je simkaart eindigend op 06-****5037 is …": a masked number
        if masked and word.isdigit() and len(word) <= 4:
            masked = False
            hops -= 1
            continue  # "+32 4** ** ** 93": the masked number's last digits
        if numeric:
            # "the code texted to my dad was 5991": a copula further on marks the value as plainly as one
            # right after the cue
            verdict, end = _numeric_verdict(
                category, cue, text, low, start + starred, end, first_explicit or marked, weak and not marked
            )
            if end > cursor:
                cursor = end
        elif category == "api_key":
            if value.end() == limit:  # the window ends inside a long key: the key runs on to its own end
                end = _trim(text, start, _VALUE.match(text, start).end())[1]  # type: ignore[union-attr]
            while end - start > 16 and text[end - 1] in "!?":
                end -= 1  # "CLÉ API : jb87Mm…!!!": the shout is no part of the key
            name_rest = _NAME_REST.match(text, start, end)
            if name_rest is not None:
                start = name_rest.end()  # "AWS_ACCESS_KEY_ID=AKIA…": the name around the cue ends at its '='
            elif text[start - 1 : start] in ("-", "_"):
                prefix = _KEY_PREFIX_BEFORE.search(text, max(0, start - _KEY_PREFIX_REACH), start)
                if prefix is not None:
                    start = prefix.start()  # "key-hpguIDuq…": the cue's word opened the key, its prefix
            verdict = _key_verdict(text[start:end])
            if verdict != _TAKE and first_explicit and _machine_type(cue) == "token":
                short = _short_token(text, start, end)
                if short:  # "Bearer token: WUES K76K WFZP 4QKM", "Jeton d'accès : WNDX6W7EE22B⏎"
                    end, verdict = short, _TAKE
            if verdict == _TAKE:
                out.append(Span(start, end, _machine_type(cue)))
                return True
        else:
            if valid_iban_at(text, start):
                if taken:
                    break  # "WPA key X - bank details: GB85 LOYD …", "naar NL09INGB…": an account
                continue
            if (
                category == "wifi_key"
                and cue in _BARE_WIFI_CUES
                and raw[:1] == "("
                and ")" in raw[-3:]
                and (raw.endswith(":") or words > 1)
            ):
                continue  # "wifi (SeaView-Guest): …", "wifi in the lodge (Duinzicht_Guest)": the network's
                # name (not "mijn wifi (Kasteel88!) werkt niet": the key in brackets right after the cue)
            if (
                category == "wifi_key"
                and cue in _BARE_WIFI_CUES
                and not first_explicit
                and not marked
                and PLACE_NAMED_NEXT.match(text, end)
            ):
                continue  # "The guest wifi NETGEAR47 at Riverside General asks …": the place's network
            if (
                category == "wifi_key"
                and cue in _BARE_WIFI_CUES
                and not first_explicit
                and not marked
                and _DEFAULT_SSID.fullmatch(word)
            ):
                if KEY_NAMED_NEXT.match(low, end):
                    continue  # "wifi Proxi-7KQX: …": the network's default name, then its key
                break  # "wifi Telvia_3NHR4 valt weg": the network's default name
            # "the password I set yesterday is ygmjqcuqA": after a later "is", a word with a capital inside is
            # as plainly the value as one right after the cue
            inner_capital = marked and word.isalpha() and not word.isupper() and not word[1:].islower()
            # (a change's old value is told plainly unless a plain word: "changé … tout de suite en X")
            plain = word.isalpha() and word.islower()
            # (and a capitalised word after the place a secret is for and its copula: "Le mot de passe pour la
            # centrale d'alarme est Papillon", "codewoord voor de meldkamer is Zonnebloem")
            # (a password's only: a wifi's "voor de gasten:" names its network next; a word, no code's digits)
            placed = category == "password" and for_place and marked and not taken
            placed = placed and not plain and not word.isdigit()
            told = first_explicit or inner_capital or (changed_from and not plain) or placed
            verdict = _secret_verdict(category, word, told, text, start)
            if (
                verdict == _STOP
                and category == "password"
                and cue.endswith("code")
                and ("inlog" in cue or "login" in cue)  # (an access code's digits are a door's as often)
                and for_place
                and marked
                and not taken
                and 4 <= len(word) <= 8
                and word.isascii()
                and word.isdigit()
            ):
                # "de inlogcode voor het ouderportaal is 18273645", "my login code for the parent portal is
                # …": digits told after the place a login code opens are the code, as right after its cue
                verdict = _TAKE
                sent_kind = code_kind(low, max(0, low.rfind(cue, max(0, pos - _CUE_REACH), pos)), end)
            if (
                verdict == _TAKE
                and category in ("wifi_key", "password")
                and after_network
                and (_KEY_CUE_NEXT.match(low, end) or _NAME_ENDS.match(low, end))
            ):
                continue  # the network's name, its key next ("netwerk Ziggo7A21B, op de sticker staat …")
            bare = cue in _BARE_WIFI_CUES
            if verdict == _TAKE and category == "wifi_key" and bare and _SLASH_NEXT.match(text, end):
                # "wifi KPN-3F2A / mPcd-npjV-wVws": the network's name, then its key (not after a key's own
                # cue: "wifi password summer9182! / cost £292")
                verdict = _SKIP
            named_next = None
            if verdict == _TAKE and category == "wifi_key":
                named_next = KEY_NAMED_NEXT.match(low, end)
            if named_next is not None and not (
                named_next.group().endswith("code")
                and low[max(0, start - 5) : start].split()[-1:] in _COPULAS
            ):
                verdict = _SKIP  # "Wifi TelenixHome957 met paswoord Frietje88": the name, then its key (not
                # "le mot de passe wifi est 6A20C0812B et le code du portail 1484": the key, a door's code)
            if verdict == _TAKE and category == "wifi_key" and not first_explicit:
                if ssid_next or ("wifi" in lowered and not WIFI_WORD_VALUE.fullmatch(lowered)):
                    verdict = _SKIP  # "network is Brightwa_5G_A22F", "just BrightwaWiFi263": a network's name
                ssid_next = False
        if (
            category == "wifi_key"
            and 3 <= end - start <= 6
            and word.isalnum()
            and not _BAND.fullmatch(lowered)
            and lowered not in _WINDOW_STOP  # "… is 279772830563 iban DE61 5969 …": an account's groups
        ):
            groups = _KEY_GROUPS.match(text, end)
            if groups is not None and _uniform_groups(text[start : groups.end()]):
                verdict = _TAKE  # "AB12 CD34 EF56": a sticker's key in groups of one size
                end = cursor = groups.end()
        if verdict == _TAKE and taken and _YEAR.fullmatch(text[start:end]):
            break  # "code 369539 in 2024 en 2025": years after a code are dates, not more codes
        if verdict == _TAKE and taken and _HOST_PATH.match(text, start, end):
            break  # "… and still can't upload the receipts to tripboeker.example/claim": a site's page
        if (
            verdict == _TAKE
            and _YEAR.fullmatch(text[start:end])
            and _MONTH_BEFORE.search(low, max(0, start - 16), start)
        ):
            continue  # "die ik op 3 februari 2026 om 23:05 kreeg was …": a date's year
        if verdict == _TAKE:
            kind = "puk" if category == "pin" and cue.startswith("puk") else category
            kind = sent_kind or kind
            if kind == "puk" and numeric and "puk" not in cue and sum(map(str.isdigit, text[start:end])) <= 6:
                kind = (
                    "pin"  # "simkaart geblokkeerd … ik probeerde 0000 en 1234": the PINs tried, not the PUK
                )
            elif (
                kind == "pin"
                and numeric
                and sum(map(str.isdigit, text[start:end])) == 8
                and _PUK_ASKED_BEFORE.search(low, max(0, pos - _PUK_ASKED_REACH), pos) is not None
            ):
                kind = "puk"  # "asking for a PUK after I got the PIN wrong 3 times. Is it 18798458?"
            if (
                kind == "otp"
                and marked
                and not first_explicit
                and cue in ("code", "codes")
                and sum(map(str.isdigit, text[start:end])) == 4
                and not any(map(str.isalpha, text[start:end]))  # (not a screen's "D626-F2TZ")
                and not _sent_on_line(low, start)
            ):
                kind = "pin"  # "le code gérant du terminal est 4334": four digits kept, not sent
            if (
                kind == "otp"
                and cue in _BARE_CONFIRMATION_CUES
                and _LETTERED_REFERENCE.fullmatch(text, start, end)
            ):
                break  # "Onderwerp: Bevestiging WO586374": an order's confirmation, its reference's shape
            if kind == "otp" and _VOICEMAIL_BEFORE.search(low, max(0, start - _VOICEMAIL_REACH), start):
                kind = "pin"  # "Le code de ma messagerie vocale 69956 ne fonctionne plus": kept, not sent
            if kind == "pin" and cue in ACCESS_CODE_CUES and _SENT_GROUPS.fullmatch(text, start, end):
                kind = "otp"  # "toegangscode 417-093 werkt niet": an access code in a sent code's groups
            if kind == "password" and _LETTER_PREFIXED_CODE.fullmatch(text, start, end):
                kind = "otp"  # "ik kreeg inlogcode G-636338": a sent code's shape (Google's), no chosen word
            if kind == "wifi_key" and _ADMIN_JOINED_BEFORE.search(low, max(0, start - 16), start):
                kind = "password"  # "je me connecte sur http://192.168.1.1 avec admin et X": the box's login
            if kind in ("password", "wifi_key"):
                spoken = _SPOKEN_MARK_AFTER.match(low, end)
                if spoken is not None:
                    end = spoken.end()  # "paswoord is Hond 1908 hekje": a passphrase dictated, its sign said
            if numeric and text[end : end + 2].lstrip(" \t")[:1] == "(":
                named = _TYPE_AFTER.match(text, end)
                if named is not None:
                    kind = _TYPE_NAMED[named.group(1).lower()]  # "code 00443 (le pin)"
            if (
                kind == "password"
                and _LOGGED_IN_AS_BEFORE.search(low, max(0, start - 24), start)
                and Span(start, end, "username") in out
            ):
                break  # "wachtwoord is X en ik log in als Y": the login's own cue read Y
            out.append(Span(start, end, kind))
            taken += 1
            hops = 0  # as many words again for a second value in the same sentence
            if kind in ("password", "wifi_key"):
                renewed = _NEW_ONE_NEXT_LINE.match(text, end)
                if renewed is None and _OLD_ONE_BEFORE.search(low, max(0, start - 40), start):
                    renewed = _NEW_ONE_LATER.match(text, end)  # "de oude (X) is rondgegaan. Voorstel voor
                    # nieuw: Y", "the old one (X) leaked. New one: Y"
                if renewed is not None and not renewed.group(1).isalpha():
                    out.append(Span(*renewed.span(1), kind))  # "Wachtwoord oud: X⏎nieuw: Y"
            elif kind == "otp":
                another = _ANOTHER_CODE_AFTER.match(low, end)
                if another is not None and not UNIT_AFTER.match(text, another.end(1)):
                    out.append(Span(*another.span(1), kind))  # "Got code X by text, expired, then Y"
            if numeric and raw[-1:] in "?.,;" and taken < 3:
                other = (OR_WAS_IT.match(low, cursor) if raw[-1:] == "?" else None) or _CORRECTED.match(
                    low, cursor
                )
                if other is not None:  # "code is 5261? or was it 94980#?": the code it may have been instead
                    cursor = other.end()
                    continue
            if (raw[-1:] in ".!?\n" and not changed_from) or taken >= 3 or (numeric and raw[-1:] in ",;"):
                break
            continue
        if verdict == _SKIP and category in ("pin", "puk") and lowered in _PHONE_NOUNS and owner:
            continue  # "puk van mijn gsm 81624046": the phone's code, not its number (a number to call stops)
        if (
            category == "otp"
            and owner
            and not taken
            and raw.endswith(":")
            and lowered in CODE_FOR_PLACES
            and verdict != _STOP
        ):
            # "je eenmalige code voor Mijn Dossier: 243913": the file the code opens, not its number
            opened = _CODE_FOR_PLACE_VALUE.match(text, cursor)
            if opened is not None:
                out.append(Span(opened.start(1), opened.end(1), "otp"))
                return True
        if verdict == _STOP or word.lower() in _WINDOW_STOP or _REFERENCE_WORD.match(word.lower()):
            break
        if taken and _network_noun(lowered.strip("(")):
            break  # "WPA2 key X, network Y", "ww X (netwerk Y)": the network's name follows the key
        if taken and raw[-1:] in ".!?":
            break
        if numeric and raw[-1:] in ",;" and not _CLAUSE_ABOUT_VALUE.match(text, cursor):
            break  # "pincode geblokkeerd, 3000 km": the next clause is about something else
    return taken > 0


# A login code someone owns, told beside their login, is the PIN they log in with, not a code sent: "toen heb
# ik ook mijn inlogcode 1988 genoemd en mijn gebruikersnaam …", "zijn inlogcode 824137 en gebruikersnaam …".
_OWNED_CODE = LazyPattern(r"(?<![a-z])(?:mijn|m'n|mn|zijn|haar|my|his|her)[ \t]++$")
_LOGIN_BESIDE = LazyPattern(r"[^\n.?!]{0,40}?(?<![a-z])(?:gebruikersnaam|username|user name|login|inlognaam)")


def code_kind(low: str, cue_start: int, end: int) -> str:
    """A login code's digits: sent (a one-time code), or the PIN its owner logs in with beside a login."""
    owned = _OWNED_CODE.search(low, max(0, cue_start - 8), cue_start) is not None
    return "pin" if owned and _LOGIN_BESIDE.match(low, end) is not None else "otp"


# A login code's cue lies this far before the window's start at most.
_CUE_REACH = 64

# A thing's name in a key's window (a brand, a model, an app) is shorter than this: a value this long is the
# key.
_KEY_NOT_A_NAME = 24
# The new one on the next line, under the old one: "Wachtwoord oud: Polder219?⏎nieuw: zeilboot-lente86",
# "old password: X⏎new: Y" (a full stop after it ends the sentence).
_NEW_VALUE = r"[ \t]*+[:=][ \t]*+([^\s]{4,64}?)[.,;]?(?=\s|$)"  # the new one's label's colon, then its value
_NEW_ONE_NEXT_LINE = LazyPattern(
    r"[ \t]*+\r?\n[ \t>]*+(?:nieuw|nieuwe|new|nouveau|nouvelle)"
    r"(?:[ \t]++(?:wachtwoord|password|ww|mot de passe|mdp))?" + _NEW_VALUE,
    re.IGNORECASE,
)
# A code sent, then the next one the same sentence or the next tells: "Got code 769449 by text, expired, then
# 3915", "I got a code I didn't ask for: 283517. Then another one, 61691", "puis un autre : 552013".
_ANOTHER_CODE_AFTER = LazyPattern(
    r"[^.!?\n]{0,30}?[.!?,;]?[ \t]*+(?<![a-z])(?:then|daarna|toen|puis|ensuite)"
    r"(?:[ \t]++(?:another(?:[ \t]++one)?|a new one|a second one|nog een|weer een(?:[ \t]++nieuwe)?|"
    r"een nieuwe|une autre|un autre|un nouveau|une nouvelle))?[ \t]*+[:,]?[ \t]*+"
    r"(?!(?:19|20)[0-9]{2}(?![0-9]))([0-9]{4,8})(?![0-9]|[:.,/-][0-9])"  # (not a year: "then 2024 was …")
)
# The old one named right before the value, and the new one proposed later in the paragraph.
_OLD_ONE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:oude|oud|old|ancien|ancienne|vorige|previous)(?![a-z])[^.!?\n]{0,24}$"
)
_NEW_ONE_LATER = LazyPattern(
    r"[^.!?\n]{0,80}+[.!?;][ \t]++(?:(?:voorstel|suggestie|proposal|suggestion|proposition)[ \t]++"
    r"(?:voor|for|pour)[ \t]++(?:(?:de|het|the|le|la|un|une|a)[ \t]++)?)?"
    r"(?:nieuw|nieuwe|new|nouveau|nouvelle)"
    r"(?:[ \t]++(?:one|sleutel|key|clé|wachtwoord|password|mot de passe))?" + _NEW_VALUE,
    re.IGNORECASE,
)
# The admin account, then its password: "with admin / X", "avec admin et X", "met admin en X".
# Or the admin's own label right before it in a list: "wifi C285PHJMCS6L admin Tijger9737!", "Admin key X".
_LETTER_PREFIXED_CODE = LazyPattern(r"[A-Z]-[0-9]{5,8}")
_ADMIN_JOINED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:admin|root)(?:[ \t]++(?:key|password|pw|pass|ww|wachtwoord|mdp))?"
    r"[ \t]*+(?:/|et|and|en|&|\+|:|=|-)?[ \t]*+$"
)
# A voice message typed out: digits, then the sign said as a word ("Hond 1908 hekje", "Appeltaart 1953
# uitroepteken", "soleil 44 point d'exclamation").
_SPOKEN_MARK_AFTER = LazyPattern(
    r"[ \t]++[0-9]{1,6}[ \t]++(?:hekje|uitroepteken|apenstaartje|sterretje|dollarteken|procentteken|"
    r"exclamation mark|exclamation point|hash|hashtag|at sign|asterisk|dollar sign|point d'exclamation|"
    r"dièse|arobase|astérisque)(?![a-z])"
)


# A second guess at a code asked right after the first: "code is 5261? or was it 94980#?", "code was 7702? Of
# was het 52304#?", "c'est 4471 ? ou c'était 4417 ?".
OR_WAS_IT = LazyPattern(
    r"[ \t]*+(?:or|of|ou)[ \t]++(?:was it|is it|was het|is het|c'était|c'est|peut-être|maybe|misschien)"
    r"[ \t:]++(?=[0-9])"
)
# Or corrected at once, after any mark: "Mijn DigiD-code was 12345? nee wacht, 84721", "PIN 4471, sorry,
# 4417".
_CORRECTED = LazyPattern(
    r"[ \t]*+(?:(?:nee|no|non)[ \t,]++(?:wacht|wait|attends|attendez)|sorry|pardon|i mean|ik bedoel|"
    r"je veux dire)[ \t:,]++(?=[0-9])"
)
# After a comma the clause still leads to the value when it types, tries or asks for it: "SIM-pin vereist,
# ik typ 0174", "ni meer, was het 5024 of 3803?", "steeds codes, net weer 142794", "PUK?, tried 3249…",
# "Welke code heeft die, of is het nog steeds 5970?".
_CLAUSE_ABOUT_VALUE = LazyPattern(
    r"[ \t]*+(?:(?:ik|i|je|j'ai|i've|en|and|et|maar|but|mais|toch|dan|then|denk|think|crois|pense|que|dat|"
    r"of|or|ou|"
    r"guess|believe|geloof|dacht|thought)[ \t]++){0,3}"
    r"(?:typ|type|typed|tik|tikte|toets|intoetsen|ingetoetst|ingetikt|ingetypt|voer|voerde|ingevoerd|"
    r"probeer|probeerde|geprobeerd|try|tried|enter|entered|tapé|tape|taper|essayé|saisi|entré|"
    r"was het|is het|was it|is it|c'était|c'est|net weer|nu weer|alweer|again|weer|encore)(?![a-z])",
    re.IGNORECASE,
)


# What a key is written on: what it says is the key ("password on the sign says …", "op het bordje staat").
_WRITTEN_ON = frozenset(
    "sign sticker label card kaartje bord bordje briefje note paper papier étiquette etiquette panneau "
    "affiche flyer poster board whiteboard".split()
)
# Words that announce what a screen says: after them comes an error code, not (more of) the secret.
_ANNOUNCES_ERROR = frozenset(
    """
    error erreur fout foutmelding foutcode melding errorcode message bericht says say said shows showed
    zegt zei geeft gaf toont affiche indique throwing throws threw
    """.split()
)
# "ça dit ERR8009", "il dit …": French says so after its subject (Dutch "dit" is "this").
_IT_WORDS = frozenset({"ça", "ca", "il", "elle", "qui"})
# A contrast after the value taken, a name its subject, turns to what happened to it: "I changed my password
# from tulp909 to zomer30 but MyDMV won't take the new one", "… naar Z0m3r#7 maar MijnOverheid accepteert het
# nieuwe niet" (not "… maar ze heeft het veranderd naar arsenal1257#": the value changed, told on).
_CONTRAST_WORDS = frozenset({"but", "maar", "mais"})
_NAME_NEXT = re.compile(r"[ \t]++[A-Z][\w.]*+[ \t]++[a-z]")
# "Which username are you using?", "Welke inlognaam gebruik je?": a verb and its subject, a question.
_PRONOUN_AFTER = re.compile(
    r"[ \t]++(?:you|je|jij|u|ge|gij|vous|tu|we|wij|they|ze|zij)(?![\w'])", re.IGNORECASE
)
# "op 14 februari 2026": the day before a month and the year after it are a date.
_MONTH = (
    r"(?:jan(?:uari|uary|vier)?|f[eé]v(?:rier)?|feb(?:ruari|ruary)?|m(?:aa)?rt|mar(?:ch|s)?|"
    r"apr(?:il)?|avr(?:il)?|mei|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ustus|ust)?|ao[uû]t|"
    r"sep(?:t(?:ember|embre)?)?|o[kc]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé]c(?:ember|embre)?)"
)
_MONTH_BEFORE = LazyPattern(rf"(?<![a-z]){_MONTH}\.?,?[ \t]$")
_DAY = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th|e|er)?")
_MONTH_AFTER = LazyPattern(rf"[ \t]++(?:of[ \t]++)?{_MONTH}(?![a-z])")
# "code 00443 (le pin)": the word in brackets right after the value names its type.
_TYPE_AFTER = LazyPattern(
    r"[ \t]?\((?:le |la |the |de |het |mijn |my |ma |mon )?"
    r"(pin|pincode|pin-code|code pin|puk|pukcode|puk-code|code puk|otp|cvv|cvc)\)",
    re.IGNORECASE,
)
_TYPE_NAMED = {"pin": "pin", "pincode": "pin", "pin-code": "pin", "code pin": "pin", "puk": "puk",
               "pukcode": "puk", "puk-code": "puk", "code puk": "puk", "otp": "otp", "cvv": "cvv",
               "cvc": "cvv"}  # fmt: skip
# "… the new one is Moving314!, but I still get E8784": after a value, what the customer gets is the screen's
# answer, not a second value.
_COPULAS = (["is"], ["est"], ["was"], ["ist"])
GET_WORDS = frozenset(
    "get gets got getting krijg krijgt kreeg reçois reçoit obtiens bekomme bekom erhalte".split()
)
# after a value taken: "E-1650", "CD-1003", "UI-067", "PAY_TIMEOUT_86"
# (or an E and its number, as screens print them: "mais ça ne marche plus (E7053)")
_ERROR_SHAPE = re.compile(r"[A-Z]{1,4}-[0-9]{2,6}|[A-Z]{2,12}(?:_[A-Z]{2,12})*+_[0-9]{1,4}|E[0-9]{3,5}")
_OWNER_WORDS = _ARTICLES | {"t"}
# Boxes of a home network beyond the shared device nouns: after a key, naming one starts another item
# ("Password ppfvboxp6886, hub Nighthawk RAX50", "… en de repeater is een Deco X20").
_NETWORK_BOXES = frozenset(
    "hub repeater extender booster mesh eero orbi deco nighthawk powerline versterker répéteur".split()
)
# The PUK asked for earlier on the line, a PIN's word nearer the value (a SIM's PUK has eight digits).
_PUK_ASKED_BEFORE = LazyPattern(r"(?<![a-z])" + PUK_WORDS + r"(?![a-z])[^\n]*+$")
_PUK_ASKED_REACH = 100
_NAME_THEN_COPULA = LazyPattern(r"[ \t]++([^\s:=]{3,40})[ \t]++(?:is|est|was|:|=)(?![\w])")
# (or the name, then its key's word: "netwerk NETGEAR42 wachtwoord I5NKKE5OK5", "netyerk Ziggo9 sleutel …")
_NAME_FOLLOWS = LazyPattern(
    r"[ \t]*+(?::|=|is |est |heet |called |named |s'appelle )|[ \t]++[^\s]{3,32}[ \t]++"
    r"(?:" + KEY_WORDS + r")(?![a-z])"
)
_NETWORK_NOUNS = frozenset({"network", "netwerk", "réseau", "reseau", "netwerknaam", "ssid"})
# "netwerk" as thumbs type it: "netwlrk", "netyerk", "netwrk"
_NETWORK_TYPO = LazyPattern(NETWORK_SPELLINGS)


def _network_noun(word: str) -> bool:
    return word in _NETWORK_NOUNS or (word[:2] in ("ne", "nt") and _NETWORK_TYPO.fullmatch(word) is not None)
# The network's name ends its clause or is said to have a key: "netwerk Ziggo7A21B, …", "réseau X est …".
_NAME_ENDS = LazyPattern(r"[ \t]*+(?:[,;)]|(?:is|est|heeft|has|a)[ \t]++(?:[a-z]|[A-Z0-9]))")
# A brand or a product's name: a capital, then letters (a sign inside: "F@st", "Fritz!Box"), no digit.
_BRAND = re.compile(r"[A-Z][a-z@!&+]*+[A-Za-z@!&+]*+(?<![@!&+])")
# A confirmation named by its bare word, then capitals and digits: an order's or a booking's reference
# ("Onderwerp: Bevestiging WO586374", "Orderbevestiging PO388214"), never a code sent (57 such in the
# development halves, none a one-time code).
_BARE_CONFIRMATION_CUES = frozenset({"bevestiging", "confirmation"})
_LETTERED_REFERENCE = LazyPattern(r"[A-Z]{2,3}[0-9]{5,}")  # (compiled on first use: no cold start's work)
# A voicemail's code is its owner's PIN, however the code is named ("code de ma messagerie vocale", "voicemail
# code"), between the cue and the value or right before the cue.
_VOICEMAIL_BEFORE = LazyPattern(
    r"(?<![a-z])(?:voice[ \t-]?mail(?:box)?|messagerie(?:[ \t]++vocale)?|bo[îi]te[ \t]++vocale)(?![a-z])"
    r"[^.!?\n]*+$"
)
_VOICEMAIL_REACH = 48
_MARKER_WORDS = frozenset(
    {":", "is", "was", "est", "luidt", "=", "are", "zijn", "sont", "était", "c'était", "ist", "lautet"}
)
# The value given or got right after the word: "on nous a donné URV7ESZZ79", "we kregen K8QX2PLM".
_SET_AFTER = LazyPattern(r"[ \t]++(?:gezet|ingesteld|gewijzigd|veranderd|aangepast)(?![a-z])")
# (or where it is kept: "Het codewoord bij de meldkamer is Tulpenveld", "our safe word with the alarm company
# is Marmelade")
_FOR_WORDS = frozenset({"voor", "for", "pour", "bij", "with", "chez", "at"})
_FROM_WORDS = frozenset({"van", "from", "de"})
_CHANGED_TO_NEXT = LazyPattern(
    lambda: r"[ \t]++(?:" + "|".join(map(re.escape, sorted(CHANGED_TO, key=len, reverse=True)))
    + r")[ \t]++[^ \t\n]"
)
_CHANGE_VERB = LazyPattern(r"(?<![a-z])(?:verander|gewijzigd|wijzig|aangepast|chang|modifi)")
_CHANGE_REACH = 48
_GIVEN_WORDS = frozenset(
    {"donné", "donnée", "gegeven", "gekregen", "kregen", "kreeg", "given", "gave", "reçu"}
)
# A network's name, then its key's own cue: "… met paswoord X", "… with password X", "… avec la clé X".
KEY_NAMED_NEXT = LazyPattern(
    r"[ \t,]++(?:met|with|avec|en|and|et)[ \t]++(?:(?:het|de|the|le|la|son|zijn|its)[ \t]++)?"
    r"(?:" + KEY_WORDS + r")(?![a-z])"
    # or asks for its key: "Le wifi Chalet_24 demande une clé, on nous a donné …"
    r"|[ \t]++(?:demande|vraagt|asks|asked|wants)[ \t]++(?:(?:une|un|for|a|een|om|naar)[ \t]++){0,2}"
    r"(?:paswoord|wachtwoord|password|mot de passe|sleutel|key|clé|code)(?![a-z])"
    # the name, a colon or a comma, and its key named or given: "wifi BTHub6-7KQX: …", "Livebox-A4F2, clé …"
    r"|:[ \t]++[^\s]|,[ \t]++(?:(?:sa|la|de|the|its|zijn|het)[ \t]++)?(?:clé|key|sleutel|paswoord|wachtwoord|"
    r"password|code|mot de passe)(?![a-z])"
)
# After "netwerk", "réseau", "network": a name, then its key's cue typed in haste ("netwerk KPN937 sleutel
# W0lk666", "réseau Proximus-Home-9867 clé Rocky85@", "netwerk BTHub6-IPAT sleuel DC6…", "VW_ID_5622,
# wachtwwoord …")
_KEY_CUE_NEXT = LazyPattern(
    r"[ \t,]++(?:clé|key|sleu[a-z]{1,4}|wacht[a-z]{2,7}|paswoord|password|mdp|ww|pw)"
    r"[ \t]*+[:=]?[ \t]*+[^\s:=]"
)
_SLASH_NEXT = re.compile(r"[ \t]?/[ \t]?[^\s/]")
_KEY_GROUPS = re.compile(r"(?:[ \-][A-Za-z0-9]{3,6}(?![A-Za-z0-9])){1,5}")  # bounded: linear time
# The code right after the place it opens ("code voor Mijn Dossier: 243913"): digits as codes are sent.
_CODE_FOR_PLACE_VALUE = LazyPattern(r"[ \t]*+([0-9]{3}[ -]?[0-9]{3}|[0-9]{4,8})(?![\w-])")
# Words that introduce a reference, a product or an error: a window stops there.
_REFERENCE_WORD = re.compile(
    r"(?:artikel|article|sku|product|order|bestel|factuur|facture|invoice|ticket|tracking|incassant|creditor|"
    r"mandaat|mandate|machtiging|actie|promo|korting|discount|voucher|coupon|error|fout|model|serie|serial|"
    r"imei|ean|kvk|btw|vat|ref(?![a-z])|referen|référen|erreur|fehler|melding|[a-z]*(?:code|nummer|number|nr|-id)$)"
)
# "eindigend op 06-****5037", "+32 4** ** ** 93": a masked phone number between cue and value
_MASKED_PHONE = re.compile(r"\+?[0-9]{0,4}[ \-]?[0-9]{0,3}[ \-]?\*")
_LIST_MARKER = re.compile(r"\(?[0-9]{1,2}[).]")
