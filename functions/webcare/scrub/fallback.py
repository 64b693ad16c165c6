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

`detect_leftovers` then adds the values the situation makes credentials without a cue beside them
(`situations`). The words and their shapes are in `leftover_words`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from webcare.scrub import secret_shapes as creds
from webcare.scrub.credentials import wifi_owned
from webcare.scrub.cue_window import KEY_NAMED_NEXT, OR_WAS_IT
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import (
    _AFTER_WORDS,
    _BEFORE_WORDS,
    _DIGITS_HINT,
    _EXTRA_KIND,
    _GENERIC_CUES,
    _KIND,
    _LEAD,
    _MIN_LENGTH,
    _NUMERIC_KINDS,
    _REACH_ALONG,
    _REACH_BACK,
    _REACH_USER,
    _SENTENCE_END,
    _SHAPE_HINT,
    _STICKER_CONTEXT,
    _STICKERS,
    _TRAIL,
    _WORD,
    SPEAKER,
    _below,
    _digit_count,
    _free,
    _line_bounds,
    _mark,
    _password_shape,
    _placeholders,
    _take,
    _taken,
    _trim,
    _user_shape,
)
from webcare.scrub.situations import _NO_SPANS, detect_in_context
from webcare.scrub.textutil import (
    ASIDE_THEN_COLON,
    PLACEHOLDER,
    Span,
    contains_any,
    named_login_again,
    sentence_begin,
)
from webcare.scrub.told_values import _RECEIVING_VERBS

__all__ = ["detect_leftovers"]
_GLUED = frozenset("_-/.[")  # "[PASSWORD]": our own placeholder

# Cues the cue finder leaves to its neighbours' rules: key and person emoji, "u/n", "p/w", "usr".
_EXTRA_CUE = LazyPattern(r"🔑|🔐|🔒|👤|(?<![\w/])(?:u/n|p/w|usr)(?![\w/])")
# "id julie-henrard mdp …": "id" names a username only right before a password cue and one word.
_ID_BEFORE = LazyPattern(r"(?<![\w/])id[ \t:]{1,3}[^\s]{3,40}[ \t]{1,3}$")
# Talk about not getting in, without a cue word: a user and a password side by side follow.
_TALK = LazyPattern(
    r"locked out|login not working|log ?in not working|can'?t log ?in|cannot log ?in|kom niet in|"
    r"geraak niet in|kan niet inloggen|impossible de me connecter|c'est bien ça|is right isn't it|"
    r"klopt (?:dat|toch)|right\?"
)
_TALK_REACH = 400
_TALK_HINTS = ("locked out", "not working", "t log", "niet in", "connecter", "bien ça", "right", "klopt")
_ANSWERED_WITHIN = 12  # characters between a cue and a value another detector found
_ANSWERED_ASIDE = 90  # … or with the thing named and its model in brackets before a colon
_LONG_DIGITS_HINT = re.compile(
    r"[0-9](?:[ .\-\u00a0]?[0-9]){5}|[0-9](?:[ .\-][0-9]){3}"
)  # after "code", "sms"
_FIRST_THEN_SENTENCE = LazyPattern(r"([^\s.,!?]{4,40})[.,!?]++[ \t]")
_LIST_MARKERS = frozenset(f" {n})" for n in range(10))
_NAME_PARTICLES = frozenset({"van", "den", "der", "de", "le", "la", "du", "|"})
_ANSWER_LINE = 90  # characters in a line that answers ("[05/01/2024 14:18:13] Jan Smit: ok voilà: …")
_ANSWER_LINES = 4  # non-empty lines searched for the answer to a cue that ends its line
_FILLER = LazyPattern(
    r"(?:(?:zelfde als altijd|same as always|ok(?:é|ay)? (?:hier|here|voilà|voila)|allez hier|hier|voilà|"
    r"voila|here|it's|its|it is|dat is|c'est|het is|oh wacht hier|oh here|nu wel|oh it's come through|"
    # a word of hesitation or assent before the answer: "ok 8943", "eh 1367 denk ik", "Sure: k_janssen"
    r"ok|oké|oke|okay|okido|eh|euh|ehm|uh|uhm|um|hmm|sure|yes|yep|ja|jep|oui|ouais|nou|allez|tiens|sorry)"
    r"(?![\w])[ \t:,]{0,3}){1,2}"
)
_HEADER_LINE = LazyPattern(r"[^\n]{0,60}(?:\][ \t]{0,3}|\)[ \t]{0,3})$")


# Words that may stand between a value opening its line and its cue ("Tulp88! dat is het wachtwoord").
_SMALL_WORDS = frozenset(
    "dat da's das is was het de the my mijn m'n mn mon ma le la c'est it's its that's that toch wel nog "
    "juiste goede right correct bon bien ook also al maar enkel just my mijn "
    # a value then its name after a sign or a doubt: "Zomer2024! <- wachtwoord", "6711 klopt dat als pin?",
    # "hondje12 was mijn oude ww", "852313 zou mijn code moeten zijn", "323231 (code uit de sms)"
    "- <- ← 👈 ( = ^ als as comme klopt oude old ancien ancienne vorige previous zou should moet moeten "
    "doit be zijn être".split()
)


def _small_words(low: str, start: int, stop: int) -> bool:
    """Whether only small words stand between a value and its cue; the last may name what the cue is of
    ("1323 is my account pin", "0485 c'est mon code de carte", "4410 is de bank pincode")."""
    between = [word for word in (w.strip(".,!?;:") for w in low[start:stop].split()) if word]
    if len(between) >= 3 and between[-1].isalpha() and len(between[-1]) <= 12:
        between.pop()
    return 0 < len(between) <= 5 and all(word in _SMALL_WORDS for word in between)


def _cue_inside(cue_starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(cue_starts, start)
    return index < len(cue_starts) and cue_starts[index] < end


_LONE_WORD = LazyPattern(r"[ \t]{0,8}[A-Za-z][A-Za-z0-9._\-]{2,39}[ \t]{0,8}")


def _lone_word(text: str, head: int, stop: int) -> bool:
    return _LONE_WORD.fullmatch(text, head, stop) is not None


def _answer_wanted(text: str, cue_end: int, line_end: int) -> bool:
    """Whether a cue ends its line ("Wat is uw login?", "dat van de sticker"): the answer comes below."""
    rest = text[cue_end:line_end].strip(" \t")
    return len(rest) < 20 or (
        rest.endswith(("?", ":")) and len(rest.split()) <= (5 if rest[-1] == "?" else 3)
    )


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
            while text[start] == ">" and end - start > 1 and (start == 0 or text[start - 1] in "\n>"):
                start += 1  # ">Bonjour": a quoted line's mark, typed against its first word
            if text[end - 2 : end + 1] in _LIST_MARKERS and "(" not in text[max(0, start - 40) : start]:
                end -= 2  # "text code 3 4 7 7 1 4 4) …": the last digit numbers the next item
            if text[start] in _LEAD or text[end - 1] in _TRAIL:
                start, end = _trim(text, start, end)
                if end == start:
                    continue
            out.append((start, end))
    return out


def _name_line(line: str) -> bool:
    """A speaker's name on a line of its own ("Client", "Griet Van den Broeck", "Carla (Mutualité)")."""
    words = line.split()
    return 0 < len(words) <= 5 and all(
        (word.strip("()|,:").istitle() and word.strip("()|,:.'’-").replace("-", "").isalpha())
        or word in _NAME_PARTICLES
        for word in words
    )  # ("Dropje@79" is title-cased too: a password, not a name)


# A line that opens by pointing at what was said above: "thats the pin you asked", "dat is de pincode",
# "c'est le code", "this is the wifi password".
_POINTER = LazyPattern(
    r"[ \t]*+(?:that'?s|thats|that is|this is|dat is|dat was|dit is|das|c'est|c est|voici|voilà|voila|"
    r"\^|↑|☝️?)"
    r"[ \t]++(?:(?:the|de|het|le|la|mon|ma|my|mijn|m'n|your|je|uw|it|em)[ \t]++){0,2}$"
)


def _lone_line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The text of the closest non-blank line above, when it is one short word (at most two lines up)."""
    end = line_start - 1
    for _ in range(3):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            if len(line.split()) != 1 or len(line) > 40:
                return None
            start = begin + text[begin:end].index(line)
            return start, start + len(line)
        end = begin - 1
    return None


_ANSWER_WORDS = 6
# The rest of a question after its cue, its verb with a pronoun glued on: "avez-vous utilisé ?", "as-tu mis ?"
_ASKS_AFTER = LazyPattern(
    r"[ \t]++[a-zà-ÿ]{1,12}-(?:t-)?(?:vous|tu|il|elle|on|je)(?:[ \t]++[a-zà-ÿ]{1,14}){0,2}[ \t]*+\?[ \t]*+"
)
# How a message or a line opens before what it is about: "Hallo Filmhuis+," starts a new message (no answer),
# "hoi, 7244 is mijn pin" still opens with its value.
_GREETINGS = (
    "hallo|hello|hi|hoi|hey|beste|dear|bonjour|bonsoir|salut|yo|goedemorgen|goedemiddag|goedenavond|geachte|"
    "madame|monsieur|good morning|good afternoon"
)
_GREETING = LazyPattern(rf"(?:{_GREETINGS})(?![a-z])")
_GREETING_ONLY = LazyPattern(
    rf"(?:[ \t>]*+(?:{_GREETINGS}|ok|oké|okay|so|dus|eh|euh)(?![a-z])[ \t,.!:]*+){{1,2}}"
)
_SPEAKER_OPENERS = frozenset("[0123456789") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _after_words(text: str, head: int, stop: int, count: int) -> int:
    """Where the first `count` words from `head` end (at most `stop`)."""
    pos = head
    for _ in range(count):
        while pos < stop and text[pos] in " \t":
            pos += 1
        while pos < stop and text[pos] not in " \t":
            pos += 1
    return pos


def _user_answer(text: str, head: int, stop: int) -> bool:
    """A login name as an answer: alone on its line ("morrism"), or shaped like nothing else."""
    if _lone_word(text, head, stop):
        return True
    return any(creds._strong_username(word.strip(".,!?")) for word in text[head:stop].split()[:2])


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
            speaker = SPEAKER.match(text, pos, stop)
            if speaker is not None:
                head = speaker.end()
            if _GREETING.match(low, head, stop):
                return None  # "Hallo Filmhuis+,": a new message opens, no answer
            filler = _FILLER.match(low, head, stop)
            if filler is not None:
                head = filler.end()
            count = len(text[head:stop].split())
            if 0 < count <= 3 and hint(text, head, stop):
                return head, stop
            opening = _after_words(text, head, stop, 2)
            if (
                count <= _ANSWER_WORDS
                and hint(text, head, opening)
                and not _SHAPE_HINT.search(text, opening, stop)
            ):
                return head, stop  # "1133 maar die werkt niet", "k_janssen 🙏": the answer opens the line
            first = _FIRST_THEN_SENTENCE.match(text, head, stop)
            if first is not None and hint(text, head, first.end(1)):
                return head, first.end(
                    1
                )  # "voila 360625. j'attends votre réponse": the answer, then a sentence
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


def _received_kind(low: str, kind: str, start: int, end: int) -> str:
    """A PIN cue after a number of five digits or more that was received ("ik kreeg 558120 maar mijn pincode
    …"): the code sent, not the PIN."""
    if kind != "pin" or end - start < 5 or not start:
        return kind
    before = low[max(0, start - 12) : start].split()
    if before and before[-1] in _RECEIVING_VERBS and _digit_count(low[start:end]) >= 5:
        return "otp"
    return kind


def _has_category(cues: list[tuple[str, int, int]], wanted: str) -> bool:
    for category, _, _ in cues:  # (a plain loop: no generator on this path)
        if category == wanted:
            return True
    return False


_NO_TALK: list[int] = []  # (never appended to)


def detect_leftovers(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """Add the secrets near credential cues that no detector took (see the module's docstring), then the
    values the situation makes credentials without a cue beside them."""
    before = len(out)
    if cues:
        _near_cues(text, low, cues, out, _extra_cues(text, low))
    elif (not text.isascii() or "/" in low) and _extra_cues(text, low):
        _near_cues(text, low, cues, out, True)
    elif len(low) <= _TALK_REACH and "?" in low and contains_any(low, _TALK_HINTS):
        _near_cues(text, low, cues, out, False)  # (most messages: no cue, emoji, "u/n" or talk of getting in)
    detect_in_context(text, low, cues, out)
    if len(out) > before:
        _named_users_again(text, out, before)


def _named_users_again(text: str, out: list[Span], before: int) -> None:
    """A word near a password's cue that a login's cue named before is that login again ("Gebruikersnaam =
    wout.garcia7, wachtwoord = … Ook al geprobeerd wout.garcia7 met hoofdletters")."""
    named = out[:before]
    for index in range(before, len(out)):
        span = out[index]
        if span.type == "password" and named_login_again(text, span, named):
            out[index] = Span(span.start, span.end, "username")


def _aside_before(text: str, cue_end: int, value_start: int) -> bool:
    """"wachtwoord van de slimme thermostaat (ecoTEC plus 836): Kikker49$": the value answers the cue."""
    aside = ASIDE_THEN_COLON.search(text, cue_end, value_start)
    return aside is not None and not text[aside.end() : value_start].strip()


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
    scrubbed = _placeholders(text) if "[" in text else _NO_SPANS
    found_at = sorted([span.start for span in (out + scrubbed if scrubbed else out)])
    live: list[tuple[str, int, int, bool, bool, tuple[int, int] | None]] = []
    pointed: list[tuple[str, int, int, bool]] = []  # a value alone on a line above the line that names it
    regions = [_below(text, end, 3) for end in talk]
    for kind, cue_start, cue_end in anchors:  # the tests that turn most cues away first
        if low[cue_end : cue_end + 1] == "_" or (cue_start and low[cue_start - 1] in _GLUED):
            continue  # "LOGIN_FAILED_09", "slack_user_token", "…/how-to-reset-your-password": no cue
        # another detector read the value right after the cue ("pin is 1234", "PW -> ri59k9rpoet")
        after = bisect.bisect_left(found_at, cue_end)
        answered = (
            after < len(found_at)
            and (
                found_at[after] - cue_end <= _ANSWERED_WITHIN
                or (
                    found_at[after] - cue_end <= _ANSWERED_ASIDE
                    and _aside_before(text, cue_end, found_at[after])
                )
            )
            and "\n" not in text[cue_end : found_at[after]]
        )
        if not answered and text.find("[", cue_end, cue_end + 4) != -1:
            if PLACEHOLDER.match(text, text.index("[", cue_end)):
                continue  # "wachtwoord: [PASSWORD]": scrubbed before
        if answered and (kind != "password" or not _user_cue_before(low, anchors, cue_start)):
            continue  # (a found password's username sits between a user cue and it: "id X mdp …")
        begin, stop, line_end = _region(text, cue_start, cue_end)
        if text[begin : begin + 1] in _SPEAKER_OPENERS:
            speaker = SPEAKER.match(text, begin, cue_start)
            if speaker is not None:
                begin = speaker.end()  # "Support (2:12): Wat is je wachtwoord?": the time names no value
        if answered:
            begin, stop = max(begin, cue_start - _REACH_USER), cue_start
        generic = low[cue_start:cue_end] in _GENERIC_CUES
        if (
            kind == "password"
            # (the wifi named in the cue's own sentence, before it: a value left far from its cue is read
            # for the network only where the sentence says so)
            and creds._WIFI_CONTEXT.search(low, sentence_begin(low, cue_start, 80), cue_start) is not None
            and wifi_owned(low, low[cue_start:cue_end], cue_start, cue_end, kind, out)
        ):
            kind = "wifi_key"  # "de wifi in de bieb vraagt om een wachtwoord, iemand zei X": the wifi's key
        if kind in _NUMERIC_KINDS:
            hint = _LONG_DIGITS_HINT if generic else _DIGITS_HINT
        else:
            hint = _SHAPE_HINT
        answer = None
        if not answered and _POINTER.match(low, begin, cue_start):
            lone = _lone_line_above(text, begin)
            if lone is not None and hint.search(text, *lone):
                pointed.append((kind, lone[0], lone[1], generic))  # "5186⏎⏎thats the pin you asked"
                regions.append(lone)
                continue
        if not (
            (not generic and hint.search(text, begin, cue_start))
            or (stop > cue_end and hint.search(text, cue_end, stop))
        ):
            # nothing shaped like a secret on the cue's line: its answer on a line below, or nothing
            if answered or not (line_end - cue_end < 20 or _answer_wanted(text, cue_end, line_end)):
                continue
            # (a login name asked for may be a plain word alone on its line: "What username?⏎morrism")
            if generic and kind in _NUMERIC_KINDS and text[cue_end:line_end].rstrip().endswith("?"):
                # "le code reçu par SMS ?⏎voila 12818": a question that asks for the code names it
                generic, hint = False, _DIGITS_HINT
            answer = _answer(
                text, low, line_end, _user_answer if kind == "username" else hint.search, cue_starts
            )
            if answer is None:
                continue
        elif not answered and _ASKS_AFTER.fullmatch(text, cue_end, line_end):
            # "Quel mot de passe avez-vous utilisé ?": the question's own words look shaped ("avez-vous");
            # its answer may still come on a line below
            answer = _answer(
                text, low, line_end, _user_answer if kind == "username" else hint.search, cue_starts
            )
        if low.startswith(_STICKERS, cue_start) and not _STICKER_CONTEXT.search(low):
            continue  # a sticker on a parcel, not on the router
        if kind == "otp" and (
            creds._ERROR_BEFORE.search(low, max(0, cue_start - 16), cue_start)
            or creds._ERROR_AFTER.match(low, cue_end)
        ):
            continue  # "error code 428816", "code erreur 502"
        if kind == "otp" and creds.phone_unlock_cue(low, cue_start, cue_end):
            kind = "pin"  # "ontgrendelcode tel is 6900": a phone's screen code, kept, not sent
        live.append((kind, cue_start, cue_end, generic, answered, answer))
        regions.append((begin, max(stop, cue_end)))
        if answer is not None:
            regions.append(_below(text, answer[0]))
    if not regions:
        return
    taken = _taken(text, out)
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
            if kind == "wifi_key" and KEY_NAMED_NEXT.match(low, end):
                continue  # "wifi BTHub6-7KQX: …", "wifi VM4421837 met sleutel …": the name, then its key
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
            taken_as = before_kind if before_kind != "pin" else _received_kind(low, before_kind, start, end)
            proposals.append((offset + 1 + penalty, index, taken_as, generic))
        if not generic and not answered and kind != "username":
            # "lente-67& dat is het wachtwoord toch", "3974 dat is de pincode van de brief": the value
            # opens the line and only small words stand between it and its cue
            for index in range(max(0, last - _BEFORE_WORDS), max(-1, last - _BEFORE_WORDS - 3), -1):
                start, end = words[index]
                if start < line_begin:
                    break
                if (
                    start - line_begin <= 1 or _GREETING_ONLY.fullmatch(low, line_begin, start)
                ) and _small_words(low, end, cue_start):  # (after a greeting too: "hoi, 7244 is mijn pin")
                    proposals.append((_BEFORE_WORDS + 1 + penalty, index, kind, generic))
                    break
        if answer is not None:  # the first word of the answer's line shaped like the value
            index = bisect.bisect_left(starts, answer[0])
            for offset in range(2):
                if index + offset >= len(words) or words[index + offset][1] > answer[1]:
                    break
                start, end = words[index + offset]
                if _user_answer(text, start, end) if kind == "username" else hint.search(text, start, end):
                    proposals.append((3 + penalty + offset, index + offset, kind, generic))
                    break
    for kind, line_start, line_end, generic in pointed:
        index = bisect.bisect_left(starts, line_start)
        if index < len(words) and words[index][1] <= line_end:
            proposals.append((1, index, kind, generic))
    proposals.sort()
    found: list[Span] = []
    for _, index, kind, generic in proposals:
        start, end = words[index]
        if _free(taken, start, end):
            _take(text, low, kind, generic, start, end, words, index, taken, found)
            guess = OR_WAS_IT.match(low, end + 1) if text[end : end + 1] == "?" else None
            other = bisect.bisect_left(starts, guess.end()) if guess is not None else len(words)
            if guess is not None and other < len(words) and words[other][0] == guess.end():
                if _free(taken, *words[other]):  # "the gate's PIN, was 8159? or maybe 0696": what it may be
                    _take(text, low, kind, generic, *words[other], words, other, taken, found)
    for talk_end in talk:
        _pair_after(text, words, starts, talk_end, taken, found)
    out.extend(found)


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
