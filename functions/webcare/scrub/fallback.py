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

from webcare.scrub import credentials as creds
from webcare.scrub import validators
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import DEVICE_NOUNS, DEVICE_WORDS, UNIT_AFTER, Span, contains_any, is_reference_at

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
    r"compte|bic|(?:actie|promo|korting|kortings|discount|voucher|coupon|gift|cadeau)[a-z]{0,6})"
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


def _cue_inside(cue_starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(cue_starts, start)
    return index < len(cue_starts) and cue_starts[index] < end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


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


def _user_shape(word: str) -> bool:
    if len(word) < 4 or word[0] in "@#" or _ERROR_SHAPE.fullmatch(word) or _MASKED.search(word):
        return False
    return creds._strong_username(word) or creds._user_like(word)


def _digit_count(word: str) -> int:
    return sum(ch.isdigit() for ch in word)


def _numeric_ok(text: str, low: str, kind: str, start: int, end: int) -> bool:
    word = text[start:end]
    if any(ch.isalpha() for ch in word) or not word[0].isdigit():
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
    return True


def _negative_before(text: str, low: str, start: int) -> bool:
    head = low[max(0, start - 24) : start]
    if _NEG_BEFORE.search(head) or is_reference_at(low, start):
        return True
    words = [word.strip("(:,") for word in text[max(0, start - 24) : start].split()[-2:]]
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
        word.strip("()|,:").istitle() or word in _NAME_PARTICLES for word in words
    )


def _answer(text: str, low: str, line_end: int) -> tuple[int, int] | None:
    """Where the answer to a cue at the end of its line starts, on a following line (after the speaker's
    name and "ok voilà:"), and where that line ends; None if the next lines are about something else."""
    pos = line_end + 1
    for _ in range(_ANSWER_LINES):
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
            if 0 < len(text[head:stop].split()) <= 3:
                return head, stop
            if "?" in line or len(line.split()) > 4:
                return None
        pos = stop + 1
    return None


def _user_cue_before(user_ends: list[int], cue_start: int) -> bool:
    for end in user_ends:
        if 0 <= cue_start - end <= _REACH_USER:
            return True
    return False


def _cues(text: str, low: str, cues: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The credential cues of the message, with the emoji and abbreviations the cue finder leaves. Every
    test over the whole message costs (they run on every message): one-character tests come first."""
    found = [(_KIND[c], s, e) for c, s, e in cues if c in _KIND] if cues else []
    if (not text.isascii() and ("🔑" in text or "🔐" in text or "🔒" in text or "👤" in text)) or (
        "/" in low and ("u/n" in low or "p/w" in low)
    ):
        found.extend((_EXTRA_KIND[m.group()], m.start(), m.end()) for m in _EXTRA_CUE.finditer(low))
    for kind, start, _ in found[:]:
        if kind == "password":  # "usr james-murphy / pwd …", "id julie-henrard mdp …": a user cue before it
            window = max(0, start - _REACH_USER)
            if "usr" in low[window:start]:
                found.extend(
                    ("username", m.start(), m.end()) for m in _EXTRA_CUE.finditer(low, window, start)
                )
            match = _ID_BEFORE.search(low, window, start) if "id " in low[window:start] else None
            if match is not None:
                found.append(("username", match.start(), match.start() + 2))
    return found


def detect_leftovers(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """Add the secrets near credential cues that no detector took (see the module's docstring)."""
    if not cues and text.isascii() and "/" not in low and (len(low) > _TALK_REACH or "?" not in low):
        return  # most messages: no cue, no emoji or "u/n", no short question (one-character tests only)
    anchors = _cues(text, low, cues)
    # a short question about not getting in, without cue words: a bare user and password may follow
    talk = (
        [m.end() for m in _TALK.finditer(low)]
        if not anchors and len(low) <= _TALK_REACH and "?" in low and contains_any(low, _TALK_HINTS)
        else []
    )
    if not anchors and not talk:
        return
    cue_starts = sorted(start for _, start, _ in anchors)
    # our own placeholders ("[PASSWORD]") count as found: scrubbing twice changes nothing more
    scrubbed = [Span(*m.span(), "") for m in creds._PLACEHOLDER.finditer(text)] if "[" in text else []
    found_at = sorted(span.start for span in (out + scrubbed if scrubbed else out))
    user_ends = [end for kind, start, end in anchors if kind == "username" and low[start - 1 : start] != "["]
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
        if not answered and "[" in text[cue_end : cue_end + 4]:
            if creds._PLACEHOLDER.match(text, text.index("[", cue_end)):
                continue  # "wachtwoord: [PASSWORD]": scrubbed before
        if answered and (kind != "password" or not _user_cue_before(user_ends, cue_start)):
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
            answer = _answer(text, low, line_end)
            if answer is None or not hint.search(text, *answer):
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
    for span in out + scrubbed if scrubbed else out:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    words = _words(text, _merge(regions))
    if not words:
        return
    starts = [w[0] for w in words]
    # (distance, word index, kind, generic cue): each word goes to its nearest cue.
    proposals: list[tuple[int, int, str, bool]] = []
    for kind, cue_start, cue_end, generic, answered, answer in live:
        penalty = 3 if generic else 0
        line_begin, line_end = _line_bounds(text, cue_start)
        first = bisect.bisect_left(starts, cue_end)
        for index in range(first, min(first + _AFTER_WORDS, len(words)) if not answered else first):
            offset = index - first
            start, end = words[index]
            if start >= line_end or _cue_inside(cue_starts, start, end) or not _free(taken, start, end):
                break
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
            if end > cue_start or _cue_inside(cue_starts, start, end):
                continue  # the cue inside a longer word ("database-gebruiker")
            if kind == "username" and not creds._strong_username(text[start:end]):
                continue  # before its cue only a word that can be nothing else ("PPPoE gebruikersnaam")
            proposals.append((offset + 1 + penalty, index, before_kind, generic))
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
    word = text[start:end]
    if kind in _NUMERIC_KINDS:
        if not _numeric_ok(text, low, kind, start, end):
            return False
        if generic and word.isdigit() and len(word) < 6:
            return False  # "code 4598" alone: too little to call it a code sent or chosen
    elif kind == "username":
        if not _user_shape(word) or _negative_before(text, low, start):
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
    elif not _password_shape(word) or creds._starts_cue(text, start):
        return False
    elif kind == "wifi_key" and creds.default_ssid(text, start, end):
        return False  # "wifi Telvia_3NHR4 valt weg": the network's default name
    elif _negative_before(text, low, start):
        return False
    elif index + 2 < len(words):
        # "ElkePeet79 / tulpen-appel-rocket-2": a user and a password after one cue
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
