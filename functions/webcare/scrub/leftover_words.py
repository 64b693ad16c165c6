"""The words the fallback passes read, and what each may be.

`fallback` (near cues) and `told_values` / `situations` (no cue beside the value) share these: how the
text is cut into words (`_WORD`, `_trim`, `_plain_words`, lines), which words are taken already
(`_taken`, `_placeholders`, `_free`, `_mark`), the shapes of a password, a username and a code
(`_password_shape`, `_user_shape`, `_plain_user`, `_numeric_ok`), what stands before a word that is no
secret (an error, a version, a reference, a device: `_negative_before`), and `_take`, which types a word
for a kind and takes it (with a username right before a password, or a password right after a username).
"""

from __future__ import annotations

import re

from webcare.scrub import secret_shapes as creds
from webcare.scrub import validators
from webcare.scrub.cue_window import login_place
from webcare.scrub.kinds import PLACEHOLDERS
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    CURRENCY_BEFORE,
    DEVICE_NOUNS,
    DEVICE_WORDS,
    DIGEST_WORDS,
    KEY_WORDS,
    NETWORK_SPELLINGS,
    UNIT_AFTER,
    VAT_NUMBER_SHAPE,
    Span,
    called_line_before,
    is_reference_at,
    placeholder_ends_at,
    scrubbed_spans,
)

_KIND = {"password": "password", "wifi_key": "wifi_key", "login": "password", "username": "username",
         "pin": "pin", "puk": "puk", "otp": "otp"}  # fmt: skip
_NUMERIC_KINDS = frozenset({"pin", "puk", "otp"})
_LABEL_KINDS = {label: kind for kind, label in PLACEHOLDERS.items()}
# Cues that say little about which code follows: a specific cue nearby types the value.
_GENERIC_CUES = frozenset(
    "code codes sms cijfers digits chiffres verification verificatie bevestiging authenticatie authenticator "
    "tried gegevens".split()
)
# A sticker with a key on it: on the router, not on a parcel.
_STICKER_CONTEXT = LazyPattern(
    r"wi-?fi|wlan|wpa|netwerk|network|modem|router|box|broadband|internet|réseau|reseau|paswoord|password|"
    r"wachtwoord|\bww\b|\bkey\b|sleutel|clé|mot de passe|mdp"
)
_STICKERS = ("sticker", "autocollant", "étiquette")
_SENTENCE_END = frozenset(".!?")
_EXTRA_KIND = {"🔑": "password", "🔐": "password", "🔒": "password", "👤": "username", "u/n": "username",
               "p/w": "password", "usr": "username"}  # fmt: skip
# Words: digit groups written apart are one word ("3 4 7 7 1 4", "2027 4478", "5-3-0-1"); the rest
# splits on white space. Bounded repeats only (linear time).
_WORD = LazyPattern(
    r"[0-9](?:[ .\-][0-9]){3,7}(?![0-9])"
    r"|[0-9]{2,4}(?:[ .\-\u00a0][0-9]{2,4}){1,3}(?![0-9.,:/\-\u00a0]?[0-9])"
    r"|[^\s]{1,200}"
)
_LEAD = "([{\"'«“‘<*`"
_TRAIL = ".,;:)]}\"'»”’…>*`!?"

_ERROR_SHAPE = LazyPattern(
    r"[A-Z]{1,6}[-_]?[0-9]{1,6}[A-Z]?|0x[0-9A-Fa-f]{1,16}|[A-Z]{2,12}(?:_[A-Z0-9]{1,12}){1,4}|[A-Z][0-9]{2,5}"
    r"|[A-Z]{1,5}-[0-9]{1,4}-[0-9A-Z]{1,4}|[A-Z]{2,5}-[A-Z0-9]{1,6}-[A-Z0-9]{1,6}"
)
_MODEL = LazyPattern(  # "VMG8825-T50", "RBK752", "3600TL-XE"
    r"[A-Z]{1,5}[0-9]{2,5}[A-Z]{0,3}(?:-[A-Z0-9]{1,5})?|[0-9]{3,5}[A-Z]{1,3}-[A-Z0-9]{1,5}"
)
_VERSION = LazyPattern(r"v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,4}[a-z]?")
_MASKED = LazyPattern(r"\*\*|••|●●|[xX]{4}")
# What precedes a word that sits near a cue and is no secret: an error or status, a version or model,
# a network's name, a reference, a place in time.
_NEG_BEFORE = LazyPattern(
    r"(?<![a-z])(?:error|fout|foutcode|foutmelding|erreur|code d'erreur|melding|status|storing|says|zegt|"
    r"staat|shows?|toont|affiche|firmware|versie|version|update|model|type|netwerk(?:naam)?|network|ssid|"
    r"heet|naam|name|called|réseau|reseau|nommé|appelle|order|bestelling|factuur|invoice|ticket|dossier|"
    r"zaak|case|ref|referentie|reference|tracking|pakket|zending|via|op|on|at|om|à|naar|to|van|from|vlucht|"
    r"flight|sinds|since|vanaf|tot|until|le|du|nummer|number|numéro|nr|no|tel|gsm|mobiel|eindigend|"
    r"ending|ends|eindigt|termine|kaart|card|carte|fairphone|ipad|iphone|app|site|account|rekening|iban|"
    r"compte|bic|paiement|payment|betaling|bill|(?:actie|promo|korting|kortings|discount|voucher|coupon|gift|cadeau)[a-z]{0,6}|"
    # an identifier's label: "de hash is …", "sha256 of the zip: …", "event id …", "id de requête …"
    r"(?:" + DIGEST_WORDS + r")(?:[ \t]{1,3}(?:is|est|was|of the [a-z]{2,10}))?|"
    r"(?:request|trace|correlation|event|span|transaction|session)[ \t_\-]?id|"
    r"id[ \t]{1,3}(?:de[ \t]{1,3}(?:la[ \t]{1,3})?requête|van[ \t]{1,3}het[ \t]{1,3}(?:event|verzoek))|"
    # a terminal's or a shop's number, a receipt's, a card's last digits, a fault's code said twice
    r"(?:terminal|merchant|device|store|shop|winkel|boutique)[ \t_\-]?(?:id|nummer|number|nr)|"
    r"(?:bon|kassabon|order|bestel|factuur|referentie|dossier|ticket|serie|artikel)nummer|"
    r"(?:ends|ending|eindigt|eindigend|termine|terminant|se terminant)[ \t]{1,3}(?:in|on|with|op|met|par)|"
    r"(?:error|fout|erreur)[ \t]{1,3}code(?:[ \t]{1,3}code)?)"
    r"[ \t:#(\"'“]{0,4}$"
)
# A number's name ("BSN-nummer", "IBAN-number", "Client-ID") or an agent's initials after '^' ("^Charlotte").
_NOT_A_PASSWORD = LazyPattern(
    r"[A-Za-z]{2,12}-(?:nummer|number|numéro|numero|nr|no|id|ID|code)|\^[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?"
    r"|" + VAT_NUMBER_SHAPE  # a VAT number, the company's own ("KvK: NL075709769B86")
)
# Labels of identifiers, never a login: "correlation-id", "request_id", "sha256".
_ID_LABEL = LazyPattern(
    r"(?:x-)?(?:request|trace|correlation|event|span|transaction|session)[_\-]?id|sha-?[0-9]{1,3}|md5"
)
# "TP-Link", "Wi-Fi"; a streaming brand's plus ("Cinéma+", "Disney+", "Canal+")
# and a thing named by an abbreviation glued to a noun ("PDF-bestand", "USB-stick", "SIM-kaart", "KPN-modem")
_BRAND = LazyPattern(
    r"[A-Z][A-Za-z]{0,12}(?:-[A-Z][A-Za-z]{0,12}){1,3}|[A-Z][^\W\d_]{2,14}\+|[A-Z]{2,5}-[a-zß-ÿ]{4,16}"
)
_RATE_AFTER = LazyPattern(r"[ \t]?(?:[kmgt]bit|[kmgt]bps|[kmgt]b/s|[kmg]hz|mah|watt)", re.IGNORECASE)
_TIME_OR_DATE = LazyPattern(
    r"[0-9]{1,4}[:h/][0-9]{1,2}(?:[:/][0-9]{1,4})?|[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}"
)
_NEAR_DIGIT_BEFORE = LazyPattern(r"[0-9+][ \t\u00a0\-./()]{0,3}$")  # also "0800 - 0123"
_NEAR_DIGIT_AFTER = LazyPattern(r"[ \t\u00a0\-./()]{0,3}[0-9](?!\))|[:h][0-9]")  # (not "4)": a list's next)
_DIGITS_ONLY = re.compile(r"[^0-9]")
# Something only a chosen or generated word has: a digit, a symbol (not sentence punctuation), a dot or
# dash inside, a capital inside.
_SHAPE_HINT = re.compile(r"[0-9#$%&*+=@^~|_]|[.\-](?<=[^\W_][.\-])[^\W_]|[A-Z](?<=[a-z][A-Z])")
_DIGITS_HINT = re.compile(r"[0-9](?:[ .\-\u00a0]?[0-9]){3}")
_JOINTS = frozenset({"/", "en", "and", "et", "&", "|", "+"})

_AFTER_WORDS = 6  # words after a cue on its line
_BEFORE_WORDS = 3  # words before it
_REACH_BACK = 50  # characters read before a cue on its line
_REACH_ALONG = 60  # and after it
_REACH_USER = 50  # before a password cue whose value was found: a username there
_REACH_AHEAD = 200  # or below it, for an answer


_LETTER = re.compile(r"[^\W\d_]")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    wrapped = text[start] in "*`"
    word_start, word_end = start, end
    alone = None  # (read only for a closing "!" or "?": most words end in none)
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL and (wrapped or text[end - 1] not in "*`"):
        if text[end - 1] in "!?" and not wrapped:
            if alone is None:
                alone = (
                    _alone(text, word_start, word_end)
                    or _GOES_ON.match(text, word_end) is not None
                    # "ok Zomer2024!" ends its line (a question does too: "is het Zomer2024?")
                    or (text[end - 1] == "!" and text[word_end : word_end + 1] in ("", "\n", "\r"))
                )
            if alone and creds._HAS_DIGIT.search(text, start, end) and _LETTER.search(text, start, end):
                break  # "Pumpkin_14!" alone on its line, "Regenboog44! is toch …": the mark is its own
        if text[end - 1] == "." and not wrapped and creds.dot_of_the_value(text, start, end):
            break  # "is Tulp1990., please change it": a comma after the dot, so no sentence ended there
        end -= 1  # ("duinroos-74*": a star that ends a password; "*Tulp88!*": stars around one)
    return start, end


def _alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds (but for white space)."""
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return not text[before:start].strip() and not text[end : len(text) if after == -1 else after].strip()


# After a "!": the sentence goes on ("Regenboog44! is toch …", "Zomer2024! <- wachtwoord", "Zomer2024! (ww)"),
# so the mark ends no sentence.
_GOES_ON = re.compile(r"[ \t](?:[a-zà-ÿ]|<-|←|\(|-[ \t]|=|👈)")


def _below(text: str, head: int, lines: int = 2) -> tuple[int, int]:
    """From an answer's start to the end of the line after it ("miller.m⏎Bonjour2020$")."""
    stop = head
    for _ in range(lines):
        stop = text.find("\n", stop + 1)
        if stop == -1:
            stop = len(text)
            break
    if stop - head > _REACH_AHEAD:
        space = text.find(" ", head + _REACH_AHEAD)
        stop = stop if space == -1 else min(stop, space)
    return head, stop


def _placeholders(text: str) -> list[Span]:
    """Our own placeholders in the text ("[PASSWORD]", "[CARD …1111]"), typed by their label: a value
    scrubbed before counts as found, so scrubbing twice changes nothing more."""
    spans = []
    for start, end in scrubbed_spans(text):
        label = text[start + 1 : end - 1].split(" ", 1)[0]
        spans.append(Span(start, end, _LABEL_KINDS[label]))
    return spans


def _taken(text: str, spans: list[Span]) -> bytearray:
    """One byte per character, set where a detector's span or one of our own placeholders stands."""
    taken = bytearray(len(text) + 1)
    ones = memoryview(b"\x01" * len(text))
    for span in spans + _placeholders(text) if "[" in text else spans:
        taken[span.start : span.end] = ones[: span.end - span.start]
    return taken


def _free(taken: bytearray, start: int, end: int) -> bool:
    """Whether no detector (nor this pass) has taken any character of text[start:end]."""
    return taken.find(1, start, end) == -1


def _mark(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _password_shape(word: str) -> bool:
    if word[:1] == "#" and _HASH_LED.fullmatch(word):
        return _password_shape(word[1:])  # "#Sunshine.Zomer18": a password opening with '#', no hashtag
    if not 6 <= len(word) <= 64 or "://" in word or "/" in word or word[0] in "@#":
        return False
    if "@" in word and "." in word.rsplit("@", 1)[-1]:
        return False  # an e-mail address
    if _ERROR_SHAPE.fullmatch(word) or _VERSION.fullmatch(word) or _MASKED.search(word):
        return False
    if _ID_LABEL.fullmatch(word.lower()) or _NOT_A_PASSWORD.fullmatch(word):
        return False  # "request_id req_Zk81…", "BSN-nummer:", "^Charlotte": a label, an agent's signature
    if creds._UUID_START.match(word) or _MODEL.fullmatch(word):
        return False  # an identifier the agent needs
    if word.lower().startswith(DEVICE_WORDS) or _TIME_OR_DATE.fullmatch(word) or _BRAND.fullmatch(word):
        return False
    if creds.clock_range(word):
        return False  # "Call us on … (7 pm-7:15pm)": opening hours
    return creds._secret_like(word)


# A word in capitals with a few digits after it, alone on its line: "SNEEUW92" answers a question about
# the password (the error shape "[A-Z]{1,6}[0-9]{1,6}" would take it for a code; codes have fewer letters).
_SHOUTED = re.compile(r"[A-Z]{6,20}[0-9]{1,3}")
_NOT_SHOUTED = ("ERROR", "STORING", "FOUT", "ERREUR", "CODE", "STATUS")


def _shouted_alone(text: str, word: str, start: int, end: int) -> bool:
    return (
        _SHOUTED.fullmatch(word) is not None
        and not word.startswith(_NOT_SHOUTED)
        and _alone(text, start, end)
    )


# A hashtag holds letters, digits and underscores only; a word opening with '#' that goes on with a dot or
# a dash between letters and holds a digit is a password someone chose ("#Koffie-Tuinhek96").
_HASH_LED = re.compile(
    r"#(?=[^\s]{0,62}[0-9])[A-Za-z0-9]{1,30}(?:[.\-!$%&*+=?@][A-Za-z0-9]{1,30}){1,4}[!?*$]?"
)


def _user_shape(word: str) -> bool:
    if len(word) < 4 or word[0] in "@#" or _ERROR_SHAPE.fullmatch(word) or _MASKED.search(word):
        return False
    if _ID_LABEL.fullmatch(word.lower()):
        return False  # "login loops forever, correlation-id …": the label of an identifier
    if word.lower() in _PROTOCOLS:
        return False  # "PPPoE username: …": the protocol the login is for
    return creds._strong_username(word) or creds._user_like(word)


# Names of network protocols and settings, written in mixed case like a login ("PPPoE", "WPA2", "IPv6").
_PROTOCOLS = frozenset(
    "pppoe pppoa dhcp dhcpv6 ipv4 ipv6 wpa wpa2 wpa3 wep upnp vlan ipsec l2tp pptp openvpn wireguard "
    "ftp sftp smtp imap pop3 https ssh ssid".split()
)


def _digit_count(word: str) -> int:
    return sum(map(str.isdigit, word))


def _numeric_ok(text: str, low: str, kind: str, start: int, end: int) -> bool:
    word = text[start:end].removesuffix("#") if kind == "pin" else text[start:end]  # "j'utilise 7929#"
    # set off by commas after its cue's words, a keypad's letter kept: "The door code for our room, C0959,
    # isn't working" (not a year's digits: "…, 1978, …" is a year as often; heldout-r29 lost precision)
    apposed = kind == "pin" and text[start - 2 : start] == ", " and text[end : end + 2] == ", "
    if apposed and creds._KEYPAD_LETTER.fullmatch(word) and not is_reference_at(low, start):
        return True
    if not word[0].isdigit() or any(ch.isalpha() for ch in word):
        return False
    n = _digit_count(word)
    if n != len(word.replace(" ", "").replace("-", "").replace(".", "")):
        return False
    if not 4 <= n <= 8 or (kind == "puk" and n != 8) or (kind == "pin" and n > 6):
        return False
    if " " in word and text[end : end + 1].isalpha():
        return False  # "Windows 11 23H2": the last group runs on into a word, a version's or a model's
    if n == 4 and word[:2] in ("19", "20") and word.isdigit():
        return False  # a year
    if n >= 7 and _DIGITS_ONLY.sub("", word).startswith(validators.SERVICE_PREFIXES):
        return False  # "pukcode? bel 0800 0123": the company's own line
    if creds.calls_before(low, start):
        return False  # "appelez le 0800 - 0123", "bel 078 15 15 15": a number to call
    if "." in word and word.count(".") == 1 and len(word) == 5:
        pass  # "54.05": a PIN with a dot, taken only right after its cue (the caller decides)
    if _TIME_OR_DATE.fullmatch(word) or (word.count(".") > 1 and max(map(len, word.split("."))) > 1):
        return False  # a time, a date, a version ("9.23.0"; "5.3.0.1" is a PIN written apart)
    if UNIT_AFTER.match(text, end) or _RATE_AFTER.match(text, end) or _NEAR_DIGIT_AFTER.match(text, end):
        return False
    if _NEAR_DIGIT_BEFORE.search(text, max(0, start - 4), start) or CURRENCY_BEFORE.search(
        low, max(0, start - 5), start
    ):
        return False
    if text[start - 1 : start] in (" ", "\t") and placeholder_ends_at(text, start - 1):
        return False  # "[BSN] 0417": a number next to one scrubbed before, as it was next to its digits
    return True


# A chat turn's speaker before its words: "Klant: ", "[10:03] Klant: ", "You (3:13): ", "05/01/2024 - Jan: ".
SPEAKER = LazyPattern(r"(?:\[[^\]\n]{4,30}\][ \t]{0,4})?(?:[0-9][0-9:./\-, ]{4,22}[ \t]{0,4}-[ \t]{0,4})?"
                      r"[^:\n\[(]{1,40}(?:\([0-9:.,/ ]{3,16}\))?:[ \t]{1,8}")  # fmt: skip


_LABEL_NOT_SPEAKER = re.compile(
    r"(?i)nummer|number|nr|no\b|ref|id\b|code|ticket|order|case|zaak|dossier|port"
)


def _after_speaker(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return (
        start - line_start <= 60
        and SPEAKER.fullmatch(text, line_start, start) is not None
        and _LABEL_NOT_SPEAKER.search(text, line_start, start) is None  # "Zaaknummer: INC2113823": a label
    )


def _negative_before(text: str, low: str, start: int) -> bool:
    head = low[max(0, start - 24) : start]
    if _NEG_BEFORE.search(head) or called_line_before(low, start):
        return True
    words = [word.strip("(:,") for word in text[max(0, start - 24) : start].split()[-2:]]
    if (
        is_reference_at(low, start)
        and not (words and words[-1].lower() in _TYPING_VERBS)
        and not _after_speaker(text, start)  # "Klant: 9287" in a chat: who speaks, no customer number
    ):
        return True  # ("le distributeur refuse 1665": a verb that begins like "ref" names no reference)
    if words and words[-1].lower() in DEVICE_NOUNS:
        return True
    # "router Zyxel VMG8825-T50": a model after a device word and its brand
    if len(words) == 2 and words[0].lower() in DEVICE_NOUNS and words[1].istitle():
        return True
    # "Ubiquiti UniFi U6-Lite", "ASUS RT-AX58U": a model after a brand written with inner capitals
    if (
        words
        and _INNER_CAPITAL.fullmatch(words[-1])
        and words[-1].lower() not in _CREDENTIAL_WORDS
        and _MODEL_AFTER_BRAND.match(text, start)
    ):
        return True
    # "on the LG OLED55C3", "mijn Sony KD55X85": capitals and digits after a brand after an article
    return (
        len(words) == 2
        and words[0].lower() in _ARTICLES
        and 2 <= len(words[1]) <= 12
        and words[1].isalpha()
        and words[1][0].isupper()
        and _CAPS_MODEL.match(text, start) is not None
    )


_INNER_CAPITAL = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]{1,10}[A-Z][A-Za-z]{0,10}")  # "ASUS", "UniFi", "FritzBox"
_MODEL_AFTER_BRAND = re.compile(r"[A-Z]{1,4}[0-9]{1,5}[A-Za-z]{0,3}(?:-[A-Za-z0-9]{1,8})?(?![^\s.,;:!?)])")
_CREDENTIAL_WORDS = frozenset("wifi wpa wpa2 ssid pin puk pw pwd ww mdp otp sms id login user".split())
_ARTICLES = frozenset("the a an my our his her de het een mijn onze le la les un une mon ma notre".split())
_CAPS_MODEL = re.compile(r"[A-Z0-9]{2,16}(?:-[A-Z0-9]{1,8})?(?![^\s.,;:!?)])")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    return begin, len(text) if stop == -1 else stop


# The shortest word each kind's shape test takes (a password's and a wifi key's: six characters).
_MIN_LENGTH = {"username": 3, "pin": 4, "puk": 4, "otp": 4}


# A wireless network's name, no key: after its label ("Network name stays telenet-4F8C2", "SSID: Ziggo9F3A21",
# "nom du réseau …"), or after the word for the network with its key's word right behind it ("netwerk
# NETGEAR42 wachtwoord …", as thumbs type it: "netwlrk", "netyerk").
_NETWORK_NAMED = LazyPattern(
    r"(?<![a-z])(?:ssid|netwerknaam|nom[ \t]du[ \t]r[ée]seau|"
    r"(?:" + NETWORK_SPELLINGS + r"|r[ée]seau)[ \t-]?(?:name|naam))[ \t]*+:?[ \t]*+"
    r"(?:(?:stays|remains|blijft|reste|is|est|was)[ \t]++)?$"
)
_NETWORK_NOUN = LazyPattern(r"(?<![a-z])(?:" + NETWORK_SPELLINGS + r"|r[ée]seau)[ \t]*+:?[ \t]*+$")
_KEY_WORD_AFTER = LazyPattern(r"[ \t]++(?:" + KEY_WORDS + r")(?![a-z])")
_KEY_WORD_REACH = 24
# Or in brackets, its key named right after them: "wifi at the villa is down (Villa_Malaga), network key from
# the folder: …", "doet de wifi het niet (Klas3_Students), netwerksleutel volgens de map: …".
_KEY_NAMED_AFTER_BRACKET = LazyPattern(
    r"\)[ \t]*+[,;][ \t]*+(?:(?:" + NETWORK_SPELLINGS + r"|r[ée]seau|wi-?fi)[ \t-]?)?"
    r"(?:" + KEY_WORDS + r")(?![a-z])"
)


def network_name(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) names a wireless network (see above), no key of it."""
    low = text[max(0, start - 32) : start].lower()
    if _NETWORK_NAMED.search(low) is not None:
        return True
    after = text[end : end + _KEY_WORD_REACH].lower()
    if text[start - 1 : start] == "(" and _KEY_NAMED_AFTER_BRACKET.match(after) is not None:
        return True
    return _NETWORK_NOUN.search(low) is not None and _KEY_WORD_AFTER.match(after) is not None




def _take(
    text: str,
    low: str,
    kind: str,
    generic: bool,
    start: int,
    end: int,
    words: list[tuple[int, int]],
    index: int,
    taken: bytearray,
    found: list[Span],
) -> bool:
    if end - start < _MIN_LENGTH.get(kind, 6):
        return False  # (most words near a cue: "is", "mijn", "the")
    word = text[start:end]
    if creds.isp_ssid(word):  # "new ntwork telenet-7A2B1, password …": a provider's default network name,
        # and the key it was changed to: "changé la clé wifi de Ziggo7A3F2 en NKWQMQQFVSY6X88Y"
        changed = index + 2 < len(words) and text[slice(*words[index + 1])] in creds.CHANGED_TO
        if kind == "wifi_key" and changed:
            after_start, after_end = words[index + 2]
            if _free(taken, after_start, after_end) and _password_shape(text[after_start:after_end]):
                found.append(Span(after_start, after_end, kind))
                _mark(taken, after_start, after_end)
                return True
        return False
    if kind in _NUMERIC_KINDS:
        if not _numeric_ok(text, low, kind, start, end):
            return False
        if generic and word.isdigit() and len(word) < 6:
            return False  # "code 4598" alone: too little to call it a code sent or chosen
    elif kind == "username":
        if not (_user_shape(word) or (_plain_user(word) and _alone(text, start, end))):
            return False
        if creds.REQUEST_ID_SHAPE.fullmatch(word):
            return False  # "l'identifiant 4bf3ce6f-c309-…" in an error message: a request's id
        if text[end : end + 1] == ":" and text[end + 1 : end + 2] in (" ", "\t"):
            return False  # "Login van de kassa-app: JessicaWillems / …": what the login is for, a label
        if login_place(text, start, end):
            return False  # "Mijn inlognaam voor de club-app is emiller": what the login is for
        if _negative_before(text, low, start):
            return False
        if index + 1 < len(words):  # "login not working⏎miller.m⏎Bonjour2020$": its password follows
            after_start, after_end = words[index + 1]
            slashed = text[after_start:after_end] == "/" and index + 2 < len(words)
            if slashed:  # "user 2: jsmith97 / shadow52": after the slash, its password whatever its shape
                after_start, after_end = words[index + 2]
            joint = text[end:after_start].replace("/", " ") if slashed else text[end:after_start]
            after = text[after_start:after_end]
            if (
                joint.isspace()
                and joint.count("\n") <= 1
                and _free(taken, after_start, after_end)
                and (
                    _password_shape(after)
                    or (slashed and len(after) >= 6 and (_user_shape(after) or _plain_user(after)))
                )
                and not creds._starts_cue(text, after_start)
            ):
                found.append(Span(after_start, after_end, "password"))
                _mark(taken, after_start, after_end)
    elif not (_password_shape(word) or _shouted_alone(text, word, start, end)) or creds._starts_cue(
        text, start
    ):
        return False
    elif kind == "wifi_key" and (
        creds.default_ssid(text, start, end)
        or "wifi" in word.lower()
        or _BAND_NAME.search(word.lower())
        or network_name(text, start, end)
        or creds.network_for(text, start, end)
        or creds.network_at(text, start, end)
    ):
        return False  # "wifi Telvia_3NHR4 valt weg", "just BrightwaWiFi263", "Seaview_2G ww …": the network's
    elif kind == "password" and _BAND_NAME.search(word.lower()):
        return False  # "de netwerknaam en het wachtwoord?⏎Proximus-Home-A1F2_5G": the name, not its key
    elif _SERVICE_ACCOUNT.fullmatch(word.lower()):
        return False  # "Het paswoord van je SIP-account is gereset naar …": the account, not its password
    elif _negative_before(text, low, start):
        return False
    elif index + 1 < len(words) and (index + 2 < len(words) or text[slice(*words[index + 1])] not in _JOINTS):
        # "ElkePeet79 / tulpen-appel-rocket-2", "vandenberg_harm⏎EKSU#0p7aj2": a user and a password
        after_start, after_end = words[index + 1]
        if text[after_start:after_end] in _JOINTS:
            after_start, after_end = words[index + 2]
        joint = text[end:after_start].strip()
        if kind == "wifi_key" and joint == "/":
            return False  # "WiFi: BoltBox-5739 / axhe7166mt": the network's name, then its key
        if (
            (joint in _JOINTS or not joint)
            and text.count("\n", end, after_start) <= 1
            and _user_shape(word)
            and _free(taken, after_start, after_end)
            and _password_shape(text[after_start:after_end])
        ):
            found.extend((Span(start, end, "username"), Span(after_start, after_end, kind)))
            _mark(taken, start, end)
            _mark(taken, after_start, after_end)
            return True
    if _negative_before(text, low, start):
        return False
    found.append(Span(start, end, kind))
    _mark(taken, start, end)
    if kind in ("password",) and index > 0:
        _user_before(text, words, index, taken, found)
    return True


def _user_before(
    text: str, words: list[tuple[int, int]], index: int, taken: bytearray, found: list[Span]
) -> None:
    """A username right before a password ("miller.m⏎Bonjour2020$", "noor-yilmaz / Maison1999&",
    "id julie-henrard mdp …", "u/n ciaran_p82 p/w …"), past a password cue between them."""
    for back in range(index - 1, max(-1, index - 4), -1):
        start, end = words[back]
        word = text[start:end]
        if text[end : words[back + 1][0]].count("\n") > 1:
            return
        if word.lower() in _JOINTS or word.lower() in _EXTRA_KIND or creds._starts_cue(text, start):
            continue  # "/", "en", "mdp", "p/w" between the two
        if _free(taken, start, end) and _user_shape(word) and not creds.isp_ssid(word):
            found.append(Span(start, end, "username"))
            _mark(taken, start, end)
        return


# Verbs of typing, trying or refusing a value; the value is a word or two before or after.
_TYPING_VERBS = frozenset(
    """
    typ type typed typing enter entered entering put tried try trying use used using rejecting rejects
    rejected refuse refuses refusing refusé refusée declined declines weigert weigerde accepteert intyp intypt
    intypte ingetypt intik intikt intikte ingetikt invul invult ingevuld ingeef ingeeft ingegeven probeer
    probeerde geprobeerd gebruik tape tapé tapée tapes saisis saisi essayé essaie mets entré
    encode encodé encodée encoder
    got received kreeg ontving ontvangen reçu read gave gaf kwam
    intypen typen intikken invullen invoeren ingevoerd intoetsen intoetste ingetoetst toetste
    tik tikt toets toetst vul vult keyed utilisez utilise utiliser j'utilise j'essaie j'encode j'entre
    reset changed veranderd gewijzigd aangepast gezet ingesteld changé modifié
    """.split()
)
# An account a service names, glued to it: "SIP-account", "Office-account", "VoIP-accunt".
_SERVICE_ACCOUNT = re.compile(r"[a-z0-9]++-(?:account|accunt|acount|accounts|app|portal|portaal|portail)")
# "TandemTe_5G_B820", "Belmobiel-FBCE_2.4G", "Thuis-2,4GHz": a network's name
_BAND_NAME = re.compile(r"(?<![a-z0-9])(?:5|2[.,_]?4)g(?:hz)?(?![a-z0-9])")


def _plain_words(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    """The words of text[begin:stop] with their brackets, quotes and sentence marks trimmed."""
    out = []
    for match in _WORD.finditer(text, begin, stop):
        if match.end() == stop < len(text) and not text[stop].isspace():
            break  # a word the window cuts: read whole by the passes after this one, or not at all
        start, end = _trim(text, *match.span())
        if end > start:
            out.append((start, end))
    return out


def _plain_user(word: str) -> bool:
    """A login name that is one plain word ("opawannes", "brittanydavis"): lower-case letters and digits."""
    return (
        3 <= len(word) <= 40
        and word.lower() == word
        and creds._USERNAME_SHAPE.fullmatch(word) is not None
        and word not in creds._NOT_A_SECRET
        and word not in _REPLIES
        and not word.isdigit()
        and not _ID_LABEL.fullmatch(word)
    )


# One-word replies that answer a question without giving a name.
_REPLIES = frozenset(
    """
    sorry help thanks thank dank bedankt merci thx yes yep ja jawel oui nee non nope nah idk pardon euh uhm
    hello hallo hoi hi hey bonjour salut ok oke oké okay what wat quoi huh hm hmm moment momentje wacht
    wait attendez unknown onbekend inconnu geen none rien nothing niks niets dunno
    """.split()
)


def _line_spans(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        out.append((pos, stop))
        pos = stop + 1
    return out
