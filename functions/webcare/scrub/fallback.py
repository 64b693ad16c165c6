"""A last-resort pass for credentials the cue rules leave: secret-shaped words near credential talk.

`credentials` reads the value after a cue word with many specific rules; people also write
"locked out again. voetbal.girl53 AppelBubbles687 is right isn't it??", "🔑 P5Ww$Wsyrs⏎👤 djciaran55",
"De pin van mijn gsm is 9900", "text code 3 4 7 7 1 4". This pass runs after every other detector, on a
message that has credential cues (or talks about logging in), and takes words shaped like a secret
(chosen passwords: letters with digits, symbols or inner capitals; PIN/PUK/OTP digit groups, also
written apart) close to a cue: a few words either side on its line, or the answer on the next line when
the cue's line asks or ends there. Each is typed by its nearest cue; a username-shaped word right
before a password found this way is its username. Words no other detector took and shaped like what
sits near cues without being a secret (error codes, versions, references, amounts, dates, times,
quantities, masked values, handles, links) are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from webcare.scrub import credentials as creds
from webcare.scrub import validators
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    DEVICE_NOUNS,
    DEVICE_WORDS,
    PLACEHOLDER,
    UNIT_AFTER,
    Span,
    contains_any,
    is_reference_at,
    placeholder_ends_at,
)

__all__ = ["detect_leftovers"]

_KIND = {"password": "password", "wifi_key": "wifi_key", "login": "password", "username": "username",
         "pin": "pin", "puk": "puk", "otp": "otp"}  # fmt: skip
_NUMERIC_KINDS = frozenset({"pin", "puk", "otp"})
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
_GLUED = frozenset("_-/.[")  # "[PASSWORD]": our own placeholder
_SENTENCE_END = frozenset(".!?")

# Cues the cue finder leaves to its neighbours' rules: key and person emoji, "u/n", "p/w", "usr".
_EXTRA_CUE = LazyPattern(r"🔑|🔐|🔒|👤|(?<![\w/])(?:u/n|p/w|usr)(?![\w/])")
# "id julie-henrard mdp …": "id" names a username only right before a password cue and one word.
_ID_BEFORE = LazyPattern(r"(?<![\w/])id[ \t:]{1,3}[^\s]{3,40}[ \t]{1,3}$")
_EXTRA_KIND = {"🔑": "password", "🔐": "password", "🔒": "password", "👤": "username", "u/n": "username",
               "p/w": "password", "usr": "username"}  # fmt: skip
# Talk about not getting in, without a cue word: a user and a password side by side follow.
_TALK = LazyPattern(
    r"locked out|login not working|log ?in not working|can'?t log ?in|cannot log ?in|kom niet in|"
    r"geraak niet in|kan niet inloggen|impossible de me connecter|c'est bien ça|is right isn't it|"
    r"klopt (?:dat|toch)|right\?"
)
_TALK_REACH = 400
_TALK_HINTS = ("locked out", "not working", "t log", "niet in", "connecter", "bien ça", "right", "klopt")
_ANSWERED_WITHIN = 12  # characters between a cue and a value another detector found
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
_MODEL = LazyPattern(r"[A-Z]{1,5}[0-9]{2,5}[A-Z]{0,3}(?:-[A-Z0-9]{1,5})?")  # "VMG8825-T50", "RBK752"
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
    r"compte|bic|paiement|payment|betaling|bill|(?:actie|promo|korting|kortings|discount|voucher|coupon|gift|cadeau)[a-z]{0,6})"
    r"[ \t:#(\"'“]{0,4}$"
)
_BRAND = LazyPattern(r"[A-Z][A-Za-z]{0,12}(?:-[A-Z][A-Za-z]{0,12}){1,3}")  # "TP-Link", "Wi-Fi"
_RATE_AFTER = LazyPattern(r"[ \t]?(?:[kmgt]bit|[kmgt]bps|[kmgt]b/s|[kmg]hz|mah|watt)", re.IGNORECASE)
_TIME_OR_DATE = LazyPattern(
    r"[0-9]{1,4}[:h/][0-9]{1,2}(?:[:/][0-9]{1,4})?|[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}"
)
_CURRENCY = LazyPattern(r"[€$£][ \t]?$|(?:eur|euro|usd|gbp)[ \t]$")
_NEAR_DIGIT_BEFORE = LazyPattern(r"[0-9+][ \t\u00a0\-./()]{0,3}$")  # also "0800 - 0123"
_NEAR_DIGIT_AFTER = LazyPattern(r"[ \t\u00a0\-./()]{0,3}[0-9](?!\))|[:h][0-9]")  # (not "4)": a list's next)
_DIGITS_ONLY = re.compile(r"[^0-9]")
# Something only a chosen or generated word has: a digit, a symbol (not sentence punctuation), a dot or
# dash inside, a capital inside.
_SHAPE_HINT = re.compile(r"[0-9#$%&*+=@^~|_]|[.\-](?<=[^\W_][.\-])[^\W_]|[A-Z](?<=[a-z][A-Z])")
_DIGITS_HINT = re.compile(r"[0-9](?:[ .\-\u00a0]?[0-9]){3}")
_LONG_DIGITS_HINT = re.compile(
    r"[0-9](?:[ .\-\u00a0]?[0-9]){5}|[0-9](?:[ .\-][0-9]){3}"
)  # after "code", "sms"
_LIST_MARKERS = frozenset(f" {n})" for n in range(10))
_NAME_PARTICLES = frozenset({"van", "den", "der", "de", "le", "la", "du", "|"})
_JOINTS = frozenset({"/", "en", "and", "et", "&", "|", "+"})

_AFTER_WORDS = 6  # words after a cue on its line
_BEFORE_WORDS = 3  # words before it
_REACH_BACK = 50  # characters read before a cue on its line
_REACH_ALONG = 60  # and after it
_REACH_USER = 50  # before a password cue whose value was found: a username there
_REACH_AHEAD = 200  # or below it, for an answer
_ANSWER_LINE = 90  # characters in a line that answers ("[05/01/2024 14:18:13] Jan Smit: ok voilà: …")
_ANSWER_LINES = 4  # non-empty lines searched for the answer to a cue that ends its line
_SPEAKER = LazyPattern(r"(?:\[[^\]\n]{4,30}\][ \t]{0,4})?(?:[0-9][0-9:./\-, ]{4,22}[ \t]{0,4}-[ \t]{0,4})?"
                       r"[^:\n\[]{1,40}:[ \t]{1,8}")  # fmt: skip
_FILLER = LazyPattern(
    r"(?:(?:zelfde als altijd|same as always|ok(?:é|ay)? (?:hier|here|voilà|voila)|allez hier|hier|voilà|"
    r"voila|here|it's|its|it is|dat is|c'est|het is|oh wacht hier|oh here|nu wel|oh it's come through)"
    r"[ \t:,]{0,3}){1,2}"
)
_HEADER_LINE = LazyPattern(r"[^\n]{0,60}(?:\][ \t]{0,3}|\)[ \t]{0,3})$")


# Words that may stand between a value opening its line and its cue ("Tulp88! dat is het wachtwoord").
_SMALL_WORDS = frozenset(
    "dat da's das is was het de the my mijn m'n mn mon ma le la c'est it's its that's that toch wel nog "
    "juiste goede right correct bon bien ook also al maar enkel just my mijn".split()
)


def _small_words(low: str, start: int, stop: int) -> bool:
    between = [word for word in (w.strip(".,!?;:") for w in low[start:stop].split()) if word]
    return 0 < len(between) <= 5 and all(word in _SMALL_WORDS for word in between)


def _cue_inside(cue_starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(cue_starts, start)
    return index < len(cue_starts) and cue_starts[index] < end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    wrapped = text[start] in "*`"
    word_start, word_end = start, end
    alone = None  # (read only for a closing "!": most words end in none)
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL and (wrapped or text[end - 1] not in "*`"):
        if text[end - 1] == "!" and not wrapped:
            if alone is None:
                alone = _alone(text, word_start, word_end) or _GOES_ON.match(text, word_end) is not None
            if alone and _DIGIT_IN.search(text, start, end):
                break  # "Pumpkin_14!" alone on its line, "Regenboog44! is toch …": the mark is its own
        end -= 1  # ("duinroos-74*": a star that ends a password; "*Tulp88!*": stars around one)
    return start, end


def _alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds (but for white space)."""
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    return not text[before:start].strip() and not text[end : len(text) if after == -1 else after].strip()


_DIGIT_IN = re.compile(r"[0-9]")
_GOES_ON = re.compile(r"[ \t][a-zà-ÿ]")  # after a "!": the sentence goes on, so the mark ends no sentence
_LONE_WORD = LazyPattern(r"[ \t]{0,8}[A-Za-z][A-Za-z0-9._\-]{2,39}[ \t]{0,8}")


def _lone_word(text: str, head: int, stop: int) -> bool:
    return _LONE_WORD.fullmatch(text, head, stop) is not None


def _answer_wanted(text: str, cue_end: int, line_end: int) -> bool:
    """Whether a cue ends its line ("Wat is uw login?", "dat van de sticker"): the answer comes below."""
    rest = text[cue_end:line_end].strip(" \t")
    return len(rest) < 20 or (rest.endswith(("?", ":")) and len(rest.split()) <= 3)


def _region(text: str, cue_start: int, cue_end: int) -> tuple[int, int, int]:
    """The stretch of a cue's line its window can reach (long messages are only read around their cues),
    and where the line ends."""
    begin, line_end = _line_bounds(text, cue_start)
    stop = line_end
    if cue_start - begin > _REACH_BACK:
        begin = text.rfind(" ", 0, cue_start - _REACH_BACK) + 1
    if stop - cue_end > _REACH_ALONG:
        space = text.find(" ", cue_end + _REACH_ALONG)
        stop = len(text) if space == -1 else min(space, line_end)
    return begin, stop, line_end


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


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for begin, stop in sorted(regions):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((begin, stop))
    return merged


def _words(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for begin, stop in regions:
        for match in _WORD.finditer(text, begin, stop):
            start, end = match.span()
            if text[end - 2 : end + 1] in _LIST_MARKERS and "(" not in text[max(0, start - 40) : start]:
                end -= 2  # "text code 3 4 7 7 1 4 4) …": the last digit numbers the next item
            if text[start] in _LEAD or text[end - 1] in _TRAIL:
                start, end = _trim(text, start, end)
                if end == start:
                    continue
            out.append((start, end))
    return out


def _free(taken: bytearray, start: int, end: int) -> bool:
    """Whether no detector (nor this pass) has taken any character of text[start:end]."""
    return taken.find(1, start, end) == -1


def _mark(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _password_shape(word: str) -> bool:
    if not 6 <= len(word) <= 64 or "://" in word or "/" in word or word[0] in "@#":
        return False
    if "@" in word and "." in word.rsplit("@", 1)[-1]:
        return False  # an e-mail address
    if _ERROR_SHAPE.fullmatch(word) or _VERSION.fullmatch(word) or _MASKED.search(word):
        return False
    if creds._UUID_START.match(word) or _MODEL.fullmatch(word):
        return False  # an identifier the agent needs
    if word.lower().startswith(DEVICE_WORDS) or _TIME_OR_DATE.fullmatch(word) or _BRAND.fullmatch(word):
        return False
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


def _user_shape(word: str) -> bool:
    if len(word) < 4 or word[0] in "@#" or _ERROR_SHAPE.fullmatch(word) or _MASKED.search(word):
        return False
    return creds._strong_username(word) or creds._user_like(word)


def _digit_count(word: str) -> int:
    return sum(map(str.isdigit, word))


def _numeric_ok(text: str, low: str, kind: str, start: int, end: int) -> bool:
    word = text[start:end]
    if not word[0].isdigit() or any(ch.isalpha() for ch in word):
        return False
    n = _digit_count(word)
    if n != len(word.replace(" ", "").replace("-", "").replace(".", "")):
        return False
    if not 4 <= n <= 8 or (kind == "puk" and n != 8) or (kind == "pin" and n > 6):
        return False
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
    if _NEAR_DIGIT_BEFORE.search(text, max(0, start - 4), start) or _CURRENCY.search(
        low, max(0, start - 5), start
    ):
        return False
    if text[start - 1 : start] in (" ", "\t") and placeholder_ends_at(text, start - 1):
        return False  # "[BSN] 0417": a number next to one scrubbed before, as it was next to its digits
    return True


def _negative_before(text: str, low: str, start: int) -> bool:
    head = low[max(0, start - 24) : start]
    if _NEG_BEFORE.search(head):
        return True
    words = [word.strip("(:,") for word in text[max(0, start - 24) : start].split()[-2:]]
    if is_reference_at(low, start) and not (words and words[-1].lower() in _TYPING_VERBS):
        return True  # ("le distributeur refuse 1665": a verb that begins like "ref" names no reference)
    if words and words[-1].lower() in DEVICE_NOUNS:
        return True
    # "router Zyxel VMG8825-T50": a model after a device word and its brand
    return len(words) == 2 and words[0].lower() in DEVICE_NOUNS and words[1].istitle()


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    return begin, len(text) if stop == -1 else stop


def _name_line(line: str) -> bool:
    """A speaker's name on a line of its own ("Client", "Griet Van den Broeck", "Carla (Mutualité)")."""
    words = line.split()
    return 0 < len(words) <= 5 and all(
        (word.strip("()|,:").istitle() and word.strip("()|,:.'’-").replace("-", "").isalpha())
        or word in _NAME_PARTICLES
        for word in words
    )  # ("Dropje@79" is title-cased too: a password, not a name)


def _answer(
    text: str, low: str, line_end: int, hint: Callable[[str, int, int], object], cue_starts: list[int]
) -> tuple[int, int] | None:
    """Where the answer to a cue at the end of its line starts, on a following line (after the speaker's
    name and "ok voilà:"), and where that line ends; None if the next lines are about something else.
    Short lines with nothing shaped like the value ("hang on", "here it is", "found it") are passed."""
    pos = line_end + 1
    for _ in range(_ANSWER_LINES + 2):
        if pos >= len(text):
            return None
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        line = text[pos:stop]
        if stop - pos > _ANSWER_LINE:
            return None  # a line of prose: the conversation went on
        if line.strip() and not _HEADER_LINE.fullmatch(line) and not _name_line(line):
            head = pos
            speaker = _SPEAKER.match(text, pos, stop)
            if speaker is not None:
                head = speaker.end()
            filler = _FILLER.match(low, head, stop)
            if filler is not None:
                head = filler.end()
            count = len(text[head:stop].split())
            if 0 < count <= 3 and hint(text, head, stop):
                return head, stop
            if "?" in line or count > 6 or _cue_inside(cue_starts, pos, stop):
                return None  # (a line naming another value answers for itself: "dat van de sticker")
        pos = stop + 1
    return None


def _user_cue_before(low: str, anchors: list[tuple[str, int, int]], cue_start: int) -> bool:
    for kind, start, end in anchors:  # (not our own "[USERNAME]")
        if kind == "username" and 0 <= cue_start - end <= _REACH_USER and low[start - 1 : start] != "[":
            return True
    return False


def _same_line(low: str, starts: list[int], pos: int) -> bool:
    return any("\n" not in low[min(start, pos) : max(start, pos)] for start in starts)


def _extra_cues(text: str, low: str) -> bool:
    """Whether the message holds a key or person emoji, "u/n" or "p/w" (one-character tests first)."""
    if not text.isascii() and ("🔑" in text or "🔐" in text or "🔒" in text or "👤" in text):
        return True
    return "/" in low and ("u/n" in low or "p/w" in low)


def _cues(low: str, cues: list[tuple[str, int, int]], extra: bool) -> list[tuple[str, int, int]]:
    """The credential cues of the message, with the emoji and abbreviations the cue finder leaves
    (`extra`: the message holds some)."""
    found = [(_KIND[c], s, e) for c, s, e in cues if c in _KIND] if cues else []
    if len(found) > 1 and _has_category(cues, "login"):  # "Which username do you log in with?"
        users = [s for c, s, _ in cues if c == "username"]  # (the verb names no value of its own)
        if users:
            logins = {s for c, s, _ in cues if c == "login" and _same_line(low, users, s)}
            found = [cue for cue in found if cue[1] not in logins]
    if extra:
        found.extend((_EXTRA_KIND[m.group()], m.start(), m.end()) for m in _EXTRA_CUE.finditer(low))
    for index in range(len(found)):  # (only the cues found so far)
        kind, start, _ = found[index]
        if kind == "password":  # "usr james-murphy / pwd …", "id julie-henrard mdp …": a user cue before it
            window = max(0, start - _REACH_USER)
            if low.find("usr", window, start) != -1:
                found.extend(
                    ("username", m.start(), m.end()) for m in _EXTRA_CUE.finditer(low, window, start)
                )
            match = _ID_BEFORE.search(low, window, start) if low.find("id ", window, start) != -1 else None
            if match is not None:
                found.append(("username", match.start(), match.start() + 2))
    return found


def _has_category(cues: list[tuple[str, int, int]], wanted: str) -> bool:
    for category, _, _ in cues:  # (a plain loop: no generator on this path)
        if category == wanted:
            return True
    return False


_NO_TALK: list[int] = []  # (never appended to)


def detect_leftovers(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """Add the secrets near credential cues that no detector took (see the module's docstring), then the
    values the situation makes credentials without a cue beside them."""
    if cues:
        _near_cues(text, low, cues, out, _extra_cues(text, low))
    elif (not text.isascii() or "/" in low) and _extra_cues(text, low):
        _near_cues(text, low, cues, out, True)
    elif len(low) <= _TALK_REACH and "?" in low and contains_any(low, _TALK_HINTS):
        _near_cues(text, low, cues, out, False)  # (most messages: no cue, emoji, "u/n" or talk of getting in)
    detect_in_context(text, low, cues, out)


def _near_cues(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span], extra: bool) -> None:
    """The secrets near the cues (`extra`: the message holds an emoji or abbreviation cue)."""
    anchors = _cues(low, cues, extra) if cues or extra else []
    # a short question about not getting in, without cue words: a bare user and password may follow
    talk = (
        [m.end() for m in _TALK.finditer(low)]
        if not anchors and len(low) <= _TALK_REACH and "?" in low and contains_any(low, _TALK_HINTS)
        else _NO_TALK
    )
    if not anchors and not talk:
        return
    cue_starts = sorted([start for _, start, _ in anchors])
    # our own placeholders ("[PASSWORD]") count as found: scrubbing twice changes nothing more
    scrubbed = [Span(*m.span(), "") for m in PLACEHOLDER.finditer(text)] if "[" in text else _NO_SPANS
    found_at = sorted([span.start for span in (out + scrubbed if scrubbed else out)])
    live: list[tuple[str, int, int, bool, bool, tuple[int, int] | None]] = []
    regions = [_below(text, end, 3) for end in talk]
    for kind, cue_start, cue_end in anchors:  # the tests that turn most cues away first
        if low[cue_end : cue_end + 1] == "_" or (cue_start and low[cue_start - 1] in _GLUED):
            continue  # "LOGIN_FAILED_09", "slack_user_token", "…/how-to-reset-your-password": no cue
        # another detector read the value right after the cue ("pin is 1234", "PW -> ri59k9rpoet")
        after = bisect.bisect_left(found_at, cue_end)
        answered = (
            after < len(found_at)
            and found_at[after] - cue_end <= _ANSWERED_WITHIN
            and "\n" not in text[cue_end : found_at[after]]
        )
        if not answered and text.find("[", cue_end, cue_end + 4) != -1:
            if PLACEHOLDER.match(text, text.index("[", cue_end)):
                continue  # "wachtwoord: [PASSWORD]": scrubbed before
        if answered and (kind != "password" or not _user_cue_before(low, anchors, cue_start)):
            continue  # (a found password's username sits between a user cue and it: "id X mdp …")
        begin, stop, line_end = _region(text, cue_start, cue_end)
        if answered:
            begin, stop = max(begin, cue_start - _REACH_USER), cue_start
        generic = low[cue_start:cue_end] in _GENERIC_CUES
        if kind in _NUMERIC_KINDS:
            hint = _LONG_DIGITS_HINT if generic else _DIGITS_HINT
        else:
            hint = _SHAPE_HINT
        answer = None
        if not (
            (not generic and hint.search(text, begin, cue_start))
            or (stop > cue_end and hint.search(text, cue_end, stop))
        ):
            # nothing shaped like a secret on the cue's line: its answer on a line below, or nothing
            if answered or not (line_end - cue_end < 20 or _answer_wanted(text, cue_end, line_end)):
                continue
            # (a login name asked for may be a plain word alone on its line: "What username?⏎morrism")
            answer = _answer(
                text, low, line_end, _lone_word if kind == "username" else hint.search, cue_starts
            )
            if answer is None:
                continue
        if low.startswith(_STICKERS, cue_start) and not _STICKER_CONTEXT.search(low):
            continue  # a sticker on a parcel, not on the router
        if kind == "otp" and (
            creds._ERROR_BEFORE.search(low, max(0, cue_start - 16), cue_start)
            or creds._ERROR_AFTER.match(low, cue_end)
        ):
            continue  # "error code 428816", "code erreur 502"
        live.append((kind, cue_start, cue_end, generic, answered, answer))
        regions.append((begin, max(stop, cue_end)))
        if answer is not None:
            regions.append(_below(text, answer[0]))
    if not regions:
        return
    taken = bytearray(len(text) + 1)
    ones = memoryview(b"\x01" * len(text))
    for span in out + scrubbed if scrubbed else out:
        taken[span.start : span.end] = ones[: span.end - span.start]
    words = _words(text, _merge(regions))
    if not words:
        return
    starts = [w[0] for w in words]
    # (distance, word index, kind, generic cue): each word goes to its nearest cue.
    proposals: list[tuple[int, int, str, bool]] = []
    for kind, cue_start, cue_end, generic, answered, answer in live:
        penalty = 3 if generic else 0
        least = _MIN_LENGTH.get(kind, 6)  # (a shorter word is never taken: no proposal)
        line_begin, line_end = _line_bounds(text, cue_start)
        first = bisect.bisect_left(starts, cue_end)
        for index in range(first, min(first + _AFTER_WORDS, len(words)) if not answered else first):
            offset = index - first
            start, end = words[index]
            if start >= line_end or _cue_inside(cue_starts, start, end) or not _free(taken, start, end):
                break
            if end - start >= least:
                proposals.append((offset + penalty, index, kind, generic))
            if text[end : end + 1] in _SENTENCE_END:
                break
        last = bisect.bisect_left(starts, cue_start) - 1
        before_kind = "username" if answered and kind == "password" else kind
        if (answered and kind != "password") or generic:
            last = -1  # "1000 SMS": a generic cue names no value before it
        for offset, index in enumerate(range(last, max(-1, last - _BEFORE_WORDS), -1)):
            start, end = words[index]
            if end <= line_begin or not _free(taken, start, end) or text[end : end + 1] in _SENTENCE_END:
                break
            if end > cue_start or end - start < _MIN_LENGTH.get(before_kind, 6):
                continue
            if _cue_inside(cue_starts, start, end):
                continue  # the cue inside a longer word ("database-gebruiker")
            if kind == "username" and not creds._strong_username(text[start:end]):
                continue  # before its cue only a word that can be nothing else ("PPPoE gebruikersnaam")
            proposals.append((offset + 1 + penalty, index, before_kind, generic))
        if not generic and not answered and kind != "username":
            # "lente-67& dat is het wachtwoord toch", "3974 dat is de pincode van de brief": the value
            # opens the line and only small words stand between it and its cue
            for index in range(max(0, last - _BEFORE_WORDS), max(-1, last - _BEFORE_WORDS - 3), -1):
                start, end = words[index]
                if start < line_begin:
                    break
                if start - line_begin <= 1 and _small_words(low, end, cue_start):
                    proposals.append((_BEFORE_WORDS + 1 + penalty, index, kind, generic))
                    break
        if answer is not None:
            index = bisect.bisect_left(starts, answer[0])
            if index < len(words) and words[index][1] <= answer[1]:
                proposals.append((3 + penalty, index, kind, generic))
    proposals.sort()
    found: list[Span] = []
    for _, index, kind, generic in proposals:
        start, end = words[index]
        if _free(taken, start, end):
            _take(text, low, kind, generic, start, end, words, index, taken, found)
    for talk_end in talk:
        _pair_after(text, words, starts, talk_end, taken, found)
    out.extend(found)


# The shortest word each kind's shape test takes (a password's and a wifi key's: six characters).
_MIN_LENGTH = {"username": 3, "pin": 4, "puk": 4, "otp": 4}


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
    if kind in _NUMERIC_KINDS:
        if not _numeric_ok(text, low, kind, start, end):
            return False
        if generic and word.isdigit() and len(word) < 6:
            return False  # "code 4598" alone: too little to call it a code sent or chosen
    elif kind == "username":
        if not (_user_shape(word) or (_plain_user(word) and _alone(text, start, end))):
            return False
        if _negative_before(text, low, start):
            return False
        if index + 1 < len(words):  # "login not working⏎miller.m⏎Bonjour2020$": its password follows
            after_start, after_end = words[index + 1]
            joint = text[end:after_start]
            if (
                joint.isspace()
                and joint.count("\n") <= 1
                and _free(taken, after_start, after_end)
                and _password_shape(text[after_start:after_end])
                and not creds._starts_cue(text, after_start)
            ):
                found.append(Span(after_start, after_end, "password"))
                _mark(taken, after_start, after_end)
    elif not (_password_shape(word) or _shouted_alone(text, word, start, end)) or creds._starts_cue(
        text, start
    ):
        return False
    elif kind == "wifi_key" and (
        creds.default_ssid(text, start, end) or "wifi" in word.lower() or _BAND_NAME.search(word.lower())
    ):
        return False  # "wifi Telvia_3NHR4 valt weg", "just BrightwaWiFi263": the network's name
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
        if _free(taken, start, end) and _user_shape(word):
            found.append(Span(start, end, "username"))
            _mark(taken, start, end)
        return


def _pair_after(
    text: str,
    words: list[tuple[int, int]],
    starts: list[int],
    pos: int,
    taken: bytearray,
    found: list[Span],
) -> None:
    """After talk of not getting in: a user and a password side by side, on this line or the next two."""
    first = bisect.bisect_left(starts, pos)
    limit = text.find("\n", pos)
    for _ in range(2):
        if limit == -1:
            break
        nxt = text.find("\n", limit + 1)
        limit = nxt
    limit = len(text) if limit == -1 else limit
    for index in range(first, min(first + 8, len(words) - 1)):
        user, secret = words[index], words[index + 1]
        if secret[1] > limit:
            return
        between = text[user[1] : secret[0]]
        if between.strip() not in ("", "/", "en", "and", "et", "&", "|") or between.count("\n") > 1:
            continue
        if not (_free(taken, *user) and _free(taken, *secret)):
            continue
        if _user_shape(text[user[0] : user[1]]) and _password_shape(text[secret[0] : secret[1]]):
            found.append(Span(user[0], user[1], "username"))
            found.append(Span(secret[0], secret[1], "password"))
            _mark(taken, *user)
            _mark(taken, *secret)
            return


# --- Values the situation makes credentials, with no cue next to them -------------------------------
# People name what they do with a value rather than what it is: "Bas1937 is wat ik intyp", "FROMAGE13
# c'est ce que je tape", "I put 432671 in", "le distributeur refuse 1665", "ik heb gdeboer74 geprobeerd";
# they tell their trouble and paste the pair ("kan nie meer inloggen. opawannes tulp1956 wa is er mis",
# "login not working⏎jack.smith:Falcon#04"); they give a second value of a kind already found ("second
# one 646535", "from bluebird-1991 to bLUEBIRD21"); they dump their details one per line with the
# password last. Each habit is read only where its situation is told.

# Verbs of typing, trying or refusing a value; the value is a word or two before or after.
_TYPING_VERBS = frozenset(
    """
    typ type typed typing enter entered entering put tried try trying use used rejecting rejects rejected
    refuse refuses refusing refusé refusée declined declines weigert weigerde accepteert intyp intypt
    intypte ingetypt intik intikt intikte ingetikt invul invult ingevuld ingeef ingeeft ingegeven probeer
    probeerde geprobeerd gebruik tape tapé tapée tapes saisis saisi essayé essaie mets entré
    encode encodé encodée encoder
    got received kreeg ontving ontvangen reçu read gave gaf
    intypen typen intikken invullen invoeren ingevoerd intoetsen intoetste ingetoetst toetste
    """.split()
)
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


_TYPING_FORMS = {f"{verb}{mark}": verb for verb in _TYPING_VERBS | _TELLING_VERBS for mark in _MARKS_AFTER}
_TYPING_FORM_SET = frozenset(_TYPING_FORMS)
# Telling the trouble: the pair or the password comes next ("inlog werkt niet⏎…", "kan niet inloggen. …").
_TROUBLE = LazyPattern(  # (the look-ahead of first letters lets the search skip the other positions)
    r"(?=[acdgiklors])"
    r"(?:locked out|details (?:not recognised|incorrect|are incorrect)|onjuiste gegevens|doet raar|"
    r"(?:log ?in|login|sign ?in|inlog(?:gen)?|aanmelden|connexion)[ \t]{1,3}(?:not working|doesn'?t work|"
    r"fails|failed|werkt niet|werkt nie|lukt niet|lukt nie|lukt al|lukt ni|gaat niet|marche pas|"
    r"ne (?:marche|fonctionne) pas)|"
    r"(?:can'?t|cannot|kan|kon|geraak|raak)[ \t]{1,3}(?:niet[ \t]|nie[ \t]|ni[ \t])?(?:meer[ \t])?"
    r"(?:log ?in|sign in|inloggen|aanmelden|in(?=[ .,!]))|impossible de (?:me )?connecter)"
)
_TROUBLE_FORMS = _forms(
    "locked log login inlog inloggen sign signin aanmelden connexion connecter gegevens raar details "
    "geraak raak"
)
_CONFIRMING_FORMS = _forms("right correct klopt klopte juiste ça ca bon bonne")
# Where cash machines and shop terminals are talked about, four digits typed are a card's PIN.
_TERMINAL = LazyPattern(
    r"\batm\b|cash machine|cashpoint|distributeur|geldautomaat|pinautomaat|automaat|terminal|bancontact|"
    r"betaalautomaat|card reader|kaartlezer|lecteur de carte|pinpad|tpe\b"
)
_CONFIRMING = LazyPattern(  # asked after a value: is this the one?
    r"(?:is (?:that|this|it) (?:right|correct)|isn'?t it|klopt (?:dat|dit|het|toch)|klopte|dat is toch goed|"
    r"is da(?:t)? (?:de|het|nie) |c'est (?:bien )?(?:ça|ca|le bon|la bonne|correct)|right\?)"
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
_LIST_MARK = r"[ \t>]{0,12}(?:(?:[0-9]{1,2}[.)]|[*\-•])[ \t]{1,3})?"  # quote marks and a list marker
_LIST_ITEM = LazyPattern(_LIST_MARK + r"([0-9](?:[ .\-]?[0-9]){3,7})?[ \t]{0,4}")
# What may stand before a login on its line in a list: quote marks, a list marker, a name and a colon.
_LIST_LEAD = LazyPattern(_LIST_MARK + r"(?:[^\W\d_][\w'’.\- ]{0,30}:)?[ \t]{0,4}")
_ASIDE = 40  # characters of a bracketed aside between a value and what follows it
# A network's name, then its key in brackets: "gastnetwerk Mobiliss-E946_2.4G-Gast (8v6k-6scz-8qw3)".
_NETWORK_KEY = LazyPattern(
    r"(?:netwerk|network|réseau|reseau|wifi|wi-fi|ssid)"
    r"(?:[ \t]{1,3}(?:principal|invités|invites|privé|prive))?"
    r"[ \t:]{1,3}[^\s()]{2,40}[ \t]{1,2}\(([^\s()]{5,64})\)"
)
# A value opening its line with an arrow pointing back at it, and the words that say what it is.
_POINTED = LazyPattern(r"(?:^|(?<=\n))[ \t>]{0,8}([^\s←⬅👈]{4,64})[ \t]{0,3}(?:←|⬅|👈)")
_POINTING_WORDS = ("dat", "die", "that", "this", "c'est", "ce ", "dit", "het", "it's", "is ")
_WIFI_TALK = LazyPattern(r"wi-?fi|wlan|wpa|ghz|netwerk|network|réseau|reseau|modem|router|\bbox\b")
# "it was 2349", "het was 4026", "c'était 5099": a number told as what something was.
_IT_WAS = LazyPattern(
    r"(?<![\w'])(?:it was|it's|het was|'t was|dat was|c'était|c'etait|c'est)[ \t:]{1,3}"
    r"([0-9](?:[ .\-]?[0-9]){3,7})(?![0-9])"
)
_IT_WAS_HINTS = ("it was", "it's", "het was", "'t was", "dat was", "c'était", "c'etait", "c'est")
_CHAT = 1200  # characters: a chat export read for a number told turns after its question
_TOLD_LATER = 600  # characters between the first code cue and a number told as what it was
_JOINED_HINTS = (" met ", " avec ", " with ", " | ")
_LOGIN_KINDS = frozenset({"login", "username", "password"})
_LIST_INTRO = 80  # characters between a code cue and the ':' that ends its line
_LIST_ITEMS = 6
_CENTURIES = ("19", "20")
_FIRST_VALUE = LazyPattern(  # (the cheap test before the words are read: a first word, then digits)
    r"(?<![\w'])(?:first|eerste?|d'abord|premi[eè]re?|1e|1st)(?:[ \t:,]{1,3}(?:one|is|was|est|een|code|codes|"
    r"c'était)){0,3}[ \t:,]{1,3}[0-9]"
)
_FIRST_SKIP = frozenset("one is was est een code codes was: is: one: c'était".split())
_SIBLING_JOINTS = frozenset(("to", "naar", "à", "->", "→", "in", "en"))
_SIBLING_FROM = ("from", "van", "de", "was", "old", "oude", "ancien", "ancienne")  # "from X to <found>"
_SIBLING_WORDS = _SIBLING_MARKERS | frozenset(_SIBLING_FROM)
_SIBLING_KINDS = frozenset({"pin", "puk", "otp", "password", "wifi_key"})
_PII_LINE_KINDS = frozenset({"phone", "email", "iban", "date_of_birth", "address", "bsn", "customer_number"})
_SSID_LINE = LazyPattern(
    r"(?:netwerk(?:naam)?|naam|network|name|ssid|réseau|reseau|wifi)[ \t:]{1,3}[^\s]{3,40}"
)
_BLOCK_LINE_MAX = 48
_NAME_HINT = re.compile(r"[0-9_\-]")  # a network's name: "Thuis_5G", "Draadloos1AFE", "Netvizier-08D4"
_SSID_LINE_START = LazyPattern(
    r"(?:^|\n)(?:netwerk(?:naam)?|naam|network|name|ssid|réseau|reseau|wifi)[ \t:]"
)
_SSID_WORDS = frozenset("netwerk netwerknaam network ssid réseau reseau naam name".split())
# The letter a PIN came in, named after the PIN that opens the line ("5790 stond op de brief bij de sim").
_LETTER_FORMS = _forms("brief pinbrief kaartje letter lettre")
_FROM_LETTER = LazyPattern(
    r"(?:^|\n)[ \t]{0,4}([0-9]{4}|[0-9]{8})[ \t]{1,3}(?:stond|staat|stonden|stood|was|is|était|etait|est)"
    r"[ \t]{1,3}(?:op|in|on|sur|dans)[ \t]{1,3}(?:de|het|the|la|le)[ \t]{1,3}"
    r"(?:brief|pinbrief|kaartje|letter|lettre)(?![a-z])"
)
_SITUATION_FORMS = (
    _TYPING_FORM_SET | _TROUBLE_FORMS | _CONFIRMING_FORMS | _SSID_WORDS | _LETTER_FORMS | _FIRST_FORMS
)
# A customer number asked for at the end of a line and answered alone on the next ("Mag ik uw
# klantnummer?⏎2469413707", "5.6694.065").
_NUMBER_ANSWER = LazyPattern(r"[ \t]{0,4}([0-9](?:[0-9]|\.(?=[0-9])){5,15})[ \t]{0,4}(?:\n|$)")
_BAND_NAME = re.compile(r"(?<![a-z0-9])5g(?![a-z0-9])")  # "TandemTe_5G_B820": a network's name
_COPULA = LazyPattern(
    r"[ \t,](?:is|was|est|c'est|zijn|sont|read out|gave me|kreeg|received|got|voici|hier)[ \t:]{1,3}"
    r"|[ \t][:=][ \t]{1,3}"
)
_SENTENCE_REACH = 160
_COMPACT_DATE = LazyPattern(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_SHORT = 400  # characters: a chat message, a post, a short mail
_FOUND_AFTER = 40  # characters between a cue and the value found for it
_SENTENCE_STOP = LazyPattern(r"[.!?](?=[ \t]|$)")
_HANDING_OVER = ("la voici", "le voici", "voici", "voilà", "here it is", "here you go", "hier is", "dit is")
# A number with its unit or its kind glued on: "2319kWh", "6-digit", "4-cijferige", "2-step".
_COUNTED = LazyPattern(r"[0-9][0-9.,]{0,8}(?:[a-zA-Z³²]{1,4}|-[a-z]{2,12})")
# Words a typing verb reaches over to its value: "Bas1937 is wat ik intyp", "I put it in: …".
_TYPING_SKIP = frozenset(
    "is was wat wa what that's thats that ik i je j' ce que c'est it's heb have had always altijd gewoon "
    "steeds nog again toen then it in the de het dat die hem him them lui wel dus moest moet must to out "
    "← → ➡️ -> <-".split()
)
_USING = frozenset("use used gebruik".split())
# Verbs that take a number only: refusing one ("le distributeur refuse 1665") or receiving one ("ik kreeg
# 697 681 maar die was al verlopen", "the automated line read out 88170189").
_NUMBER_VERBS = frozenset(
    "rejecting rejects rejected refuse refuses refusing refusé refusée declined declines weigert weigerde "
    "got received kreeg ontving ontvangen reçu read gave gaf".split()
)
_SMALL_DIGITS = re.compile(r"[0-9](?:[ .\-]?[0-9]){3,7}")


def _plain_words(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    """The words of text[begin:stop] with their brackets, quotes and sentence marks trimmed."""
    out = []
    for match in _WORD.finditer(text, begin, stop):
        start, end = _trim(text, *match.span())
        if end > start:
            out.append((start, end))
    return out


def _numeric_kind(low: str, cues: list[tuple[str, int, int]], pos: int, digits: int) -> str | None:
    """The kind of a digit group typed or tried: a PIN at a cash machine, else the nearest code cue's."""
    if digits <= 6 and _TERMINAL.search(low):
        return "pin"
    best = None
    sim_locked = False
    for kind, start, _ in cues:
        if kind in _NUMERIC_KINDS and low[start:].split(None, 1)[0].strip(":-") not in _GENERIC_CUES:
            if kind == "puk" and digits != 8:
                sim_locked = True
                continue  # "de oude 2694 geprobeerd en nu is de sim geblokkeerd": a PIN, the PUK talked of
            if best is None or abs(start - pos) < best[0]:
                best = (abs(start - pos), kind)
    if best is not None:
        return best[1]
    if sim_locked and digits <= 6:
        return "pin"  # "SIM locked after three attempts. I tried 1234 and 0000": the PINs tried
    if "code" in low or "sms" in low or "text" in low:
        return "otp" if digits >= 5 else None
    return None


def _word_kind(
    text: str, low: str, cues: list[tuple[str, int, int]], start: int, end: int, shaped: str = ""
) -> str | None:
    """The kind of a value without a cue beside it: a number's from the situation, a word's from the
    nearest password or wifi cue (a password when there is none). `shaped`: its shape is checked later."""
    word = text[start:end]
    if not shaped and _SMALL_DIGITS.fullmatch(word):
        return _numeric_kind(low, cues, start, _digit_count(word))
    best = None
    for kind, cue_start, _ in cues:
        kind = _KIND.get(kind, "")
        if kind in ("password", "wifi_key", "username") and (
            best is None or abs(cue_start - start) < best[0]
        ):
            best = (abs(cue_start - start), kind)
    if best is not None and best[1] == "username" and (shaped or _user_shape(word)):
        return "username"  # "welke accountnaam? ik heb thijs-ela geprobeerd": the name asked for
    if not shaped and not _password_shape(word):
        return None
    return "password" if best is None or best[1] == "username" else best[1]


def _try(text: str, low: str, kind: str, start: int, end: int, taken: bytearray, found: list[Span]) -> bool:
    if not _free(taken, start, end) or creds._starts_cue(text, start) or _COUNTED.fullmatch(text, start, end):
        return False
    if _COMPACT_DATE.fullmatch(text, start, end):
        return False  # "20241130": a date written without separators
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


def _plain_user(word: str) -> bool:
    """A login name that is one plain word ("opawannes", "brittanydavis"): lower-case letters and digits."""
    return (
        3 <= len(word) <= 40
        and word.lower() == word
        and creds._USERNAME_SHAPE.fullmatch(word) is not None
        and word not in creds._NOT_A_SECRET
        and word not in _REPLIES
        and not word.isdigit()
    )


# One-word replies that answer a question without giving a name.
_REPLIES = frozenset(
    """
    sorry help thanks thank dank bedankt merci thx yes yep ja jawel oui nee non nope nah idk pardon euh uhm
    hello hallo hoi hi hey bonjour salut ok oke oké okay what wat quoi huh hm hmm moment momentje wacht
    wait attendez unknown onbekend inconnu geen none rien nothing niks niets dunno
    """.split()
)


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
            joint = text[end:after_start].strip()
            user = text[start:end]
            opens = index == 0 or text[words[index - 1][1] : start].strip() in (".", ":")
            if (
                joint in ("", "/", "|")
                and text.count("\n", end, after_start) <= 1
                and (_user_shape(user) or (opens and _plain_user(user)))
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
) -> None:
    """A value next to a verb of typing or trying it ("Bas1937 is wat ik intyp", "I put 432671 in",
    "le distributeur refuse 1665"), or on the lines above such a line ("dehaanf⏎duinroos-74*⏎zo heb ik het
    ingetypt")."""
    for verb in sorted(verbs):
        at = low.find(verb)
        while at != -1:
            after = at + len(verb)
            if (at == 0 or not low[at - 1].isalnum()) and (after == len(low) or not low[after].isalnum()):
                _typed_at(text, low, cues, verb, at, after, taken, found)
            at = low.find(verb, after)


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
    begin, stop = _line_bounds(text, at)
    words = _plain_words(text, max(begin, at - 60), min(stop, after + 40))
    here = next((i for i, w in enumerate(words) if w[0] <= at < w[1]), None)
    if here is None:
        return
    telling = verb in _TELLING_VERBS
    if telling and contains_any(_clause(low, max(begin, at - 40), min(stop, after + 30)), _TOLD_OTHER):
        return  # "de meterstand die ik doorgaf was 077092": another number told
    refusing = telling or verb in _NUMBER_VERBS  # "le distributeur refuse 1665": a number, never a word
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
            and telling
            and _SMALL_DIGITS.fullmatch(text, start, end)
            and _digit_count(text[start:end]) == 6
        ):
            kind = "otp"  # "ik heb ➡️ 342009 doorgegeven": six digits handed over are the code read out
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
    if low[begin:at].count(" ") <= 4:
        _values_above(text, low, cues, begin, taken, found)


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
            if low[start:end] not in _TYPING_SKIP:
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


def _network_keys(text: str, low: str, taken: bytearray, found: list[Span]) -> None:
    """A network's name and its key in brackets after it: "thuisnetwerk Mobiliss-E946_2.4G (MonkeyNet83),
    gastnetwerk Mobiliss-E946_2.4G-Gast (8v6k-6scz-8qw3)", "guest network FamilieBrown-Guest (Os3Li04zY)"."""
    for match in _NETWORK_KEY.finditer(low):
        start, end = match.span(1)
        word = text[start:end]
        if not _free(taken, start, end) or _ERROR_SHAPE.fullmatch(word) or _MODEL.fullmatch(word):
            continue
        if creds._secret_like(word, wifi=True) and not _BAND_NAME.search(low, start, end):
            found.append(Span(start, end, "wifi_key"))
            _mark(taken, start, end)


def _pointed(text: str, low: str, taken: bytearray, found: list[Span]) -> None:
    """A value pasted at the head of its line and pointed at: "eg8d-6mvr-fs4m ← dat is wat de technieker
    heeft ingesteld", "PrincessHome49 ← that's what your engineer set up": a wifi key where the box or
    its network is talked about, else a password of its shape."""
    for match in _POINTED.finditer(text):
        if not contains_any(low[match.end() : match.end() + 24], _POINTING_WORDS):
            continue
        start, end = _trim(text, *match.span(1))
        word = text[start:end]
        if (
            end <= start
            or not _free(taken, start, end)
            or _ERROR_SHAPE.fullmatch(word)
            or _MODEL.fullmatch(word)
        ):
            continue
        if _WIFI_TALK.search(low) is not None:
            if creds._secret_like(word, wifi=True):
                found.append(Span(start, end, "wifi_key"))
                _mark(taken, start, end)
        elif not _SMALL_DIGITS.fullmatch(word) and _password_shape(word):
            _try(text, low, "password", start, end, taken, found)


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


def _joined_pairs(text: str, low: str) -> list[tuple[int, int, int, int]]:
    """A login and its password joined by 'met', 'avec', 'with' or '|' (where login details are talked
    of): "NL64… en ruudkoster1974 met princess-huis-paard-16", "BE75… et jjacquet12 avec Biscuit43",
    "seppe.maes | biscuit-bear-bal-87 ingevuld". Their spans, before the other detectors' are weighed."""
    out = _NO_PAIRS
    for joint in _JOINED_HINTS:
        at = low.find(joint)
        while at != -1:
            after = at + len(joint)
            pair = _joined_at(text, low, at, after)
            if pair is not None:
                if out is _NO_PAIRS:
                    out = []
                out.append(pair)
            at = low.find(joint, after)
    return out


def _joined_at(text: str, low: str, at: int, after: int) -> tuple[int, int, int, int] | None:
    user_start, user_end = _trim(
        text, max(text.rfind(" ", max(0, at - 41), at), text.rfind("\n", 0, at)) + 1, at
    )
    stop = after
    while stop < len(text) and stop - after < 64 and not text[stop].isspace():
        stop += 1
    start, end = _trim(text, after, stop)
    user, secret = text[user_start:user_end], text[start:end]
    if not _user_shape(user) or not _password_shape(secret):
        return None  # ("kan niet verbinden met Maison_5G": a verb, no login)
    if _BAND_NAME.search(low, start, end) or "wifi" in low[start:end]:
        return None  # a network's name
    if creds._starts_cue(text, user_start) or creds._starts_cue(text, start) or "@" in user:
        return None
    if _negative_before(text, low, user_start) or _ERROR_SHAPE.fullmatch(secret) or _MODEL.fullmatch(secret):
        return None
    return user_start, user_end, start, end


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


def _bracketed_users(
    text: str, low: str, cues: list[tuple[str, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """The login before a password given in brackets: "* Bert: b.stevens65 (ww: duvel0944)", "maartendev81
    (pw riAJ…)", "- compta.lefevre (mot de passe : …)"."""
    for kind, cue_start, _ in cues:
        if kind != "password" or low[cue_start - 1 : cue_start] != "(":
            continue
        begin, _ = _line_bounds(text, cue_start)
        words = _plain_words(text, max(begin, cue_start - _REACH_USER), cue_start - 1)
        if not words:
            continue
        start, end = words[-1]
        word = text[start:end]
        if (
            not _free(taken, start, end)
            or creds._starts_cue(text, start)
            or _negative_before(text, low, start)
        ):
            continue
        if _user_shape(word) or (_plain_user(word) and _LIST_LEAD.fullmatch(text, begin, start)):
            found.append(Span(start, end, "username"))
            _mark(taken, start, end)


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


def _sibling_shape(word: str, numeric: bool, found: str) -> bool:
    """Whether a word has the shape of the value found: as many digits, or a password's shape."""
    if numeric:
        return _SMALL_DIGITS.fullmatch(word) is not None and _digit_count(word) == _digit_count(found)
    # (a key of digits only, beside another: "van 6530888721 (van de sticker) naar 980210522597")
    return _password_shape(word) or (word.isdigit() and found.isdigit() and len(word) >= 8)


def _form_block(text: str, low: str, out: list[Span], taken: bytearray, found: list[Span]) -> None:
    """Details one per line without labels (name, birth date, street, phone, e-mail, number, IBAN) and a
    word shaped like a password alone on a line among them: the password. A line right after a network's
    name ("Netwerk Draadloos_368A⏎b41dc0bf…") in a message about the box: its key."""
    pii = _detail_lines(text, out)
    if pii < 3 and not _SSID_LINE_START.search(low):
        return
    lines = [(b, e) for b, e in _line_spans(text) if e > b]
    for index, (begin, stop) in enumerate(lines):
        start, end = _trim(text, begin, stop)
        word = text[start:end].strip()
        if not word or " " in word or stop - begin > _BLOCK_LINE_MAX or not _free(taken, start, end):
            continue
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(word)
        if (
            index
            and _SSID_LINE.fullmatch(low, *lines[index - 1])
            and (_STICKER_CONTEXT.search(low) or _generated_key(word))
        ):
            name = low[lines[index - 1][0] : lines[index - 1][1]].split()[-1]
            if not _NAME_HINT.search(name) or _ERROR_SHAPE.fullmatch(word) or _MODEL.fullmatch(word):
                continue  # "Netwerk storing⏎STORING-2231": a fault, not a network and its key
            if creds._secret_like(word, wifi=True) and not creds.default_ssid(text, start, end):
                found.append(Span(start, end, "wifi_key"))
                _mark(taken, start, end)
            continue
        if pii >= 3 and _password_shape(word) and not _negative_before(text, low, start):
            found.append(Span(start, end, "password"))
            _mark(taken, start, end)
        elif (
            pii >= 3
            and index
            and word.isdigit()
            and 6 <= len(word) <= 12
            and _email_line(text, out, *lines[index - 1])
        ):
            found.append(Span(start, end, "customer_number"))  # "…@casema-post.nl⏎888650066": their number
            _mark(taken, start, end)


def _email_line(text: str, out: list[Span], begin: int, stop: int) -> bool:
    """Whether a line holds an e-mail address found and nothing else."""
    for span in out:
        if span.type == "email" and begin <= span.start and span.end <= stop:
            return not text[begin : span.start].strip() and not text[span.end : stop].strip()
    return False


def _generated_key(word: str) -> bool:
    """A key a box is delivered with: ten or more capitals and digits ("ZYVE59JXVDB9")."""
    return len(word) >= 10 and word.isalnum() and word.isupper() and _DIGIT_IN.search(word) is not None


def _detail_lines(text: str, out: list[Span]) -> int:
    """How many lines hold nothing but a found detail (a phone, an e-mail address, an IBAN …), up to 3."""
    count = 0
    for span in out:
        if (
            (span.start == 0 or text[span.start - 1] == "\n")
            and text[span.end : span.end + 1] in ("\n", "")
            and span.type in _PII_LINE_KINDS
        ):
            count += 1
            if count == 3:
                break
    return count


def _line_spans(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        out.append((pos, stop))
        pos = stop + 1
    return out


def _far_cues(
    text: str, low: str, cues: list[tuple[str, int, int]], risky: list[Span]
) -> list[tuple[str, int, int, int]]:
    """The specific cues of a secret whose value nothing found within a few words after them, with the end
    of their sentence (or of the next one when it hands the value over), when something there is shaped
    like the value."""
    out = _NO_CUES
    for category, cue_start, cue_end in cues:
        kind = _KIND.get(category, "")
        if kind not in _SIBLING_KINDS or low[cue_start:cue_end] in _GENERIC_CUES:
            continue
        if _found_after(risky, cue_end):
            continue
        line_end = low.find("\n", cue_end)
        line_end = len(low) if line_end == -1 else line_end
        stop = _sentence_end(low, cue_end, min(line_end, cue_end + _SENTENCE_REACH))
        if stop < line_end and low.startswith(_HANDING_OVER, stop + 2):
            stop = _sentence_end(low, stop + 2, min(line_end, stop + _SENTENCE_REACH))
        hint = _DIGITS_HINT if kind in _NUMERIC_KINDS else _SHAPE_HINT
        if hint.search(text, cue_end, stop):
            if out is _NO_CUES:
                out = []
            out.append((kind, cue_start, cue_end, stop))
    return out


def _found_after(spans: list[Span], cue_end: int) -> bool:
    for span in spans:
        if 0 <= span.start - cue_end <= _FOUND_AFTER:
            return True
    return False


def _far_values(
    text: str, low: str, cues: list[tuple[str, int, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """A value told at the end of its cue's sentence: "de PUK-code van je simkaart bij nummer … is
    55116319", "the password, which he wrote down for me on an envelope, is Summer2015", "the line read
    out 88170189"; or in the next sentence that hands it over ("La voici : 42e3cf085f3182a6")."""
    for kind, cue_start, cue_end, stop in cues:
        if low.startswith(_STICKERS, cue_start) and not _STICKER_CONTEXT.search(low):
            continue
        for match in _COPULA.finditer(text, cue_end + 2, stop):  # (right after the cue: its own rules)
            word = _WORD.match(text, match.end(), stop)
            if word is None:
                continue
            start, end = _trim(text, *word.span())
            if end <= start:
                continue
            if _try(text, low, kind, start, end, taken, found):
                break


def _sentence_end(low: str, start: int, stop: int) -> int:
    match = _SENTENCE_STOP.search(low, start, stop)
    return stop if match is None else match.start()


_USER_JOINTS = frozenset("and en et , her his my mijn haar zijn son sa mon ma".split())
_USER_LEADS = frozenset("is was est : = c'est".split())


def _login_users(
    text: str, low: str, cues: list[tuple[str, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """The word between a login cue and a password cue is the username, whatever its shape, when it
    follows the cue (or its 'is') and only joints stand before the password cue: "login brittanydavis pw
    Brittany1951", "inlog mohammedmulder ww …", "The login for her account is harrisj and her password …"."""
    passwords = [start for kind, start, _ in cues if kind == "password"]
    for kind, _, cue_end in cues:
        if kind not in ("login", "username"):
            continue
        following = [
            start for start in passwords if 0 < start - cue_end <= 80 and "\n" not in low[cue_end:start]
        ]
        if not following:
            continue
        words = _plain_words(text, cue_end, following[0])
        while words and low[slice(*words[-1])] in _USER_JOINTS:
            words.pop()
        if not words:
            continue
        start, end = words[-1]
        lead = low[words[-2][0] : words[-2][1]] if len(words) > 1 else ""
        if len(words) > 1 and lead not in _USER_LEADS:
            continue
        word = text[start:end]
        if _free(taken, start, end) and (_plain_user(word.lower()) or _user_shape(word)):
            if not creds._starts_cue(text, start) and not _negative_before(text, low, start):
                found.append(Span(start, end, "username"))
                _mark(taken, start, end)


_NOTHING: frozenset[str] = frozenset()
_SECRETISH = re.compile(r"[0-9#$%&*+=@^~|_!?]")
_NO_SPANS: list[Span] = []  # (never appended to)
_NO_CUES: list[tuple[str, int, int, int]] = []
_NO_INDEXES: list[int] = []
_NO_PAIRS: list[tuple[int, int, int, int]] = []


def _names_user(cues: list[tuple[str, int, int]]) -> bool:
    for category, _, _ in cues:
        if category == "login" or category == "username":
            return True
    return False


def detect_in_context(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """Add the values the situation makes credentials (see the section's comment above). The habits of
    chats (typing, trouble, confirming, one detail a line) are read in short messages only: e-mails with
    quoted history, a quarter of the traffic, pay for none of them unless a cue or a found value is there."""
    # (every message passes here: the common case allocates one list, no set, no generator)
    verbs: AbstractSet[str] = _NOTHING
    trouble = confirming = block = letter = first = networks = pointed = False
    if cues:
        _numbers_asked(text, cues, out)
    secrets = _NO_SPANS
    for span in out:  # (a plain loop: most messages have no secret found)
        if span.type in _SIBLING_KINDS:
            secrets = [span for span in out if span.type in _SIBLING_KINDS]
            break
    risky = secrets
    if len(low) <= _SHORT and _SECRETISH.search(text) is not None:  # (a value has a digit or a symbol)
        split = low.split()
        if not _SITUATION_FORMS.isdisjoint(split):  # one test for the four habits: most messages stop here
            words = set(split)
            verbs = words.intersection(_TYPING_FORM_SET)
            trouble = not _TROUBLE_FORMS.isdisjoint(words)
            confirming = not _CONFIRMING_FORMS.isdisjoint(words) and _CONFIRMING.search(low) is not None
            block = "\n" in text and not _SSID_WORDS.isdisjoint(words)
            letter = not _LETTER_FORMS.isdisjoint(words) and ("sim" in low or "pin" in low or "puk" in low)
            first = not _FIRST_FORMS.isdisjoint(words) and _FIRST_VALUE.search(low) is not None
        if "(" in text:  # "thuisnetwerk X (KEY)": a network's key in brackets
            networks = "netw" in low or "réseau" in low or "reseau" in low
        if not text.isascii():  # "KEY ← dat is wat de technieker instelde": a value pointed at
            pointed = "←" in text or "⬅" in text or "👈" in text
        if risky and _SIBLING_WORDS.isdisjoint(split):
            risky = _NO_SPANS  # no second value told
        if not block and len(out) >= 3 and text.count("\n") >= 4:
            block = _detail_lines(text, out) >= 3
    far = _far_cues(text, low, cues, secrets) if cues else _NO_CUES
    listed = later = bracketed = False
    joined = _NO_PAIRS
    if cues:  # (one pass over the few cues for the habits that need a cue of a kind)
        numeric = login = False
        for kind, _, _ in cues:
            if kind in _NUMERIC_KINDS:
                numeric = True
            elif kind in _LOGIN_KINDS:
                login = True
            if numeric and login:
                break
        listed = numeric and ":\n" in text
        if login and "(" in low:
            bracketed = any(kind == "password" and low[start - 1 : start] == "(" for kind, start, _ in cues)
        if len(low) <= _CHAT:
            later = numeric and contains_any(low, _IT_WAS_HINTS)
            if login and contains_any(low, _JOINED_HINTS):
                joined = _joined_pairs(text, low)
    intros = _list_intros(low, cues) if listed else _NO_CUES
    users = len(cues) > 1 and _names_user(cues)
    if not (
        verbs
        or trouble
        or confirming
        or block
        or risky
        or far
        or users
        or letter
        or first
        or intros
        or bracketed
        or networks
        or pointed
        or later
        or joined
    ):
        return
    taken = bytearray(len(text) + 1)
    ones = memoryview(b"\x01" * len(text))
    for span in out:
        taken[span.start : span.end] = ones[: span.end - span.start]
    found: list[Span] = []
    if trouble:
        for match in _TROUBLE.finditer(low):
            below = _below(text, match.end(), 2)
            _pair_or_secret(text, low, match.end(), below[1], taken, found)
    if verbs:
        _typed(text, low, cues, {_TYPING_FORMS[form] for form in verbs}, taken, found)
    if confirming:
        for match in _CONFIRMING.finditer(low):
            begin, _ = _line_bounds(text, match.start())
            if low[begin : match.start()].strip() == "":
                _values_above(text, low, cues, begin, taken, found)
    if far:
        _far_values(text, low, far, taken, found)
    if users:
        _login_users(text, low, cues, taken, found)
    if risky:
        _siblings(text, low, risky, taken, found)
    if block:
        _form_block(text, low, out, taken, found)
    if first:
        _first_values(text, low, cues, taken, found)
    if intros:
        _listed_codes(text, low, intros, taken, found)
    if bracketed:
        _bracketed_users(text, low, cues, taken, found)
    if later:
        _told_later(text, low, cues, taken, found)
    for user_start, user_end, start, end in joined:
        if _free(taken, user_start, user_end) and _free(taken, start, end):
            found.extend((Span(user_start, user_end, "username"), Span(start, end, "password")))
            _mark(taken, user_start, user_end)
            _mark(taken, start, end)
    if networks:
        _network_keys(text, low, taken, found)
    if pointed:
        _pointed(text, low, taken, found)
    fresh = [span for span in found if span.type in _SIBLING_KINDS] if found else _NO_SPANS
    if fresh and not _SIBLING_WORDS.isdisjoint(low.split()):
        _siblings(text, low, fresh, taken, found)  # "kreeg ik 984023 en daarna nog 455835"
    if letter:
        for match in _FROM_LETTER.finditer(low):
            start, end = match.span(1)
            kind = "puk" if end - start == 8 else "pin"
            if _free(taken, start, end) and (kind == "pin" or "puk" in low):
                found.append(Span(start, end, kind))
                _mark(taken, start, end)
    out.extend(found)


def _numbers_asked(text: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """A customer number asked for at the end of a line ("> Mag ik uw klantnummer?") and given alone on
    the next line, which no detector took."""
    for category, _, cue_end in cues:
        if category != "customer_number":
            continue
        line_end = text.find("\n", cue_end)
        if line_end == -1 or line_end - cue_end > 24 or not text[cue_end:line_end].rstrip().endswith("?"):
            continue
        match = _NUMBER_ANSWER.match(text, line_end + 1)
        if match is None:
            continue
        start, end = match.span(1)
        if not 6 <= _digit_count(text[start:end]) <= 12:
            continue
        if any(span.start < end and start < span.end for span in out):
            continue
        out.append(Span(start, end, "customer_number"))
