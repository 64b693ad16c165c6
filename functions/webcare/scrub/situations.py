"""Values the situation makes credentials, with no cue next to them.

`detect_in_context` (called by `fallback.detect_leftovers` on every message) reads which habits a
message shows, with cheap word tests first, and runs only those passes: the told and typed values of
`told_values`, and here a network's key in brackets after its name (`_network_keys`), a value pointed
at with an arrow (`_pointed`), a login and password joined by "met" / "with" / "|" (`_joined_pairs`),
the login before a password in brackets (`_bracketed_users`), details one a line with the password
among them (`_form_block`), a value told at the end of its cue's sentence (`_far_values`), the word
between a login cue and a password cue (`_login_users`), and a customer number asked for and answered
on the next line (`_numbers_asked`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from webcare.scrub import secret_shapes as creds
from webcare.scrub import validators
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import (
    _BAND_NAME,
    _DIGITS_HINT,
    _ERROR_SHAPE,
    _GENERIC_CUES,
    _KIND,
    _MODEL,
    _NUMERIC_KINDS,
    _REACH_USER,
    _SHAPE_HINT,
    _STICKER_CONTEXT,
    _STICKERS,
    _TYPING_VERBS,
    _WORD,
    _below,
    _digit_count,
    _free,
    _line_bounds,
    _line_spans,
    _mark,
    _negative_before,
    _password_shape,
    _placeholders,
    _plain_user,
    _plain_words,
    _taken,
    _trim,
    _user_shape,
)
from webcare.scrub.textutil import (
    DEVICE_WORDS,
    PUK_WORD,
    Span,
    contains_any,
    drop_parts_of,
    free_of,
    plausible_year,
)
from webcare.scrub.told_codes import _PIN_DIGITS_MAX, SAID_DIGITS
from webcare.scrub.told_values import (
    _FIRST_FORMS,
    _LIST_MARK,
    _MARKS_AFTER,
    _NO_CUES,
    _NUMBER_VERBS,
    _READER_WORDS,
    _SENTENCE_STOP,
    _SHOWING_VERBS,
    _SIBLING_FROM,
    _SIBLING_MARKERS,
    _SMALL_DIGITS,
    _TELLING_VERBS,
    SETTING_VERBS,
    _first_values,
    _forms,
    _list_intros,
    _listed_codes,
    _pair_or_secret,
    _siblings,
    _told_later,
    _try,
    _typed,
    _values_above,
)

# --- Values the situation makes credentials, with no cue next to them -------------------------------
# People name what they do with a value rather than what it is: "Bas1937 is wat ik intyp", "FROMAGE13
# c'est ce que je tape", "I put 432671 in", "le distributeur refuse 1665", "ik heb gdeboer74 geprobeerd";
# they tell their trouble and paste the pair ("kan nie meer inloggen. opawannes tulp1956 wa is er mis",
# "login not working⏎jack.smith:Falcon#04"); they give a second value of a kind already found ("second
# one 646535", "from bluebird-1991 to bLUEBIRD21"); they dump their details one per line with the
# password last. Each habit is read only where its situation is told.

_TYPING_FORMS = {
    f"{verb}{mark}": verb for verb in _TYPING_VERBS | _TELLING_VERBS | _SHOWING_VERBS for mark in _MARKS_AFTER
}
_SHOWING_FORM_SET = _forms(" ".join(_SHOWING_VERBS))
_SETTING_FORM_SET = _forms(" ".join(SETTING_VERBS))


def _login_talk(low: str, cues: list[tuple[str, int, int]]) -> bool:
    """Whether the message speaks of a password or of logging in."""
    return any(kind in ("password", "login", "username", "wifi_key") for kind, _, _ in cues) or bool(
        _TROUBLE.search(low)
    )


_TYPING_FORM_SET = frozenset(_TYPING_FORMS) - _SHOWING_FORM_SET
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
_CONFIRMING = LazyPattern(  # asked after a value: is this the one?
    r"(?:is (?:that|this|it) (?:right|correct)|isn'?t it|klopt (?:dat|dit|het|toch)|klopte|dat is toch goed|"
    r"is da(?:t)? (?:de|het|nie) |c'est (?:bien )?(?:ça|ca|le bon|la bonne|correct)|right\?)"
)
# What may stand before a login on its line in a list: quote marks, a list marker, a name and a colon.
_LIST_LEAD = LazyPattern(_LIST_MARK + r"(?:[^\W\d_][\w'’.\- ]{0,30}:)?[ \t]{0,4}")
# A network's name, then its key in brackets: "gastnetwerk Mobiliss-E946_2.4G-Gast (8v6k-6scz-8qw3)".
_NETWORK_KEY = LazyPattern(
    r"(?:netwerk|network|réseau|reseau|wifi|wi-fi|ssid)"
    r"(?:[ \t]{1,3}(?:principal|invités|invites|privé|prive))?"
    r"[ \t:]{1,3}[^\s()]{2,40}[ \t]{1,2}\(([^\s()]{5,64})\)"
)
# A value opening its line with an arrow pointing back at it, and the words that say what it is.
_POINTED = LazyPattern(r"(?<!\S)([0-9]{3}[ \-][0-9]{3}|[^\s←⬅👈]{4,64})[ \t]{0,3}(?:←|⬅|👈)")
# Words after an arrow that say the value pointed at arrived: "11878824 ← this one came through".
_ARRIVED_WORDS = ("came through", "came in", "arrived", "reçu", "recu", "ontvangen", "binnengekomen",
                  "kwam binnen", "kreeg", "got it", "just got", "gekregen")  # fmt: skip
# A code pointed at: digits (in two groups of three too), or a letter's code ("T-923530").
_POINTED_CODE = LazyPattern(r"[0-9]{4,8}|[0-9]{3}[ \-][0-9]{3}|[A-Z]{1,2}-?[0-9]{4,8}")
_POINTING_WORDS = ("dat", "die", "that", "this", "c'est", "ce ", "dit", "het", "it's", "is ")
_WIFI_TALK = LazyPattern(r"wi-?fi|wlan|wpa|ghz|netwerk|network|réseau|reseau|modem|router|\bbox\b")
_IT_WAS_HINTS = ("it was", "it's", "het was", "'t was", "dat was", "c'était", "c'etait", "c'est")
_CHAT = 1200  # characters: a chat export read for a number told turns after its question
_JOINED_HINTS = (" met ", " avec ", " with ", " | ")
_LOGIN_KINDS = frozenset({"login", "username", "password"})
_FIRST_VALUE = LazyPattern(  # (the cheap test before the words are read: a first word, then digits)
    r"(?<![\w'])(?:first|eerste?|d'abord|premi[eè]re?|1e|1st)(?:[ \t:,]{1,3}(?:one|is|was|est|een|code|codes|"
    r"c'était)){0,3}[ \t:,]{1,3}[0-9]"
)
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
_COPULA = LazyPattern(
    r"[ \t,](?:is|was|est|c'est|zijn|sont|read out|gave me|kreeg|received|got|voici|hier|it's|its|"
    r"set it (?:as|to)|changed it to|made it|ingesteld op|veranderd (?:in|naar)|mis sur|changé en|"
    r"i\.e\.|namely|namelijk|nl\.|à savoir)[ \t:,]{1,3}"
    r"(?:(?:either|soit|ofwel|hetzij)[ \t]{1,3})?"
    r"|[ \t][:=][ \t]{1,3}"
)
# A sentence that refers back to the value its predecessor named: "my son changed the password and forgot
# it lol. he says it's either …", "your app wants a memorable word?? I set it as …", "het wachtwoord van
# de router. Ik heb het ingesteld op …", "le code wifi. Je l'ai changé en …".
_REFERRING = LazyPattern(
    r"(?<![\w'])(?:it's|it is|it was|its|set it|changed it|made it|the new one|new one|the full thing|"
    r"the whole thing|het is|'t is|het was|ik heb het|heb het|je l'ai|c'est|c'était|it's now|now it's)"
    r"(?![\w'])"
)
_REFERRING_REACH = 40  # characters into the next sentence where the reference stands
# Cues whose value is a plain word ("memorable word: cobbles", "the full thing is tangerine").
_WORD_CUES = ("memorable",)
_ALTERNATIVES = frozenset("or of ou and en et".split())
_SENTENCE_REACH = 160
_SHORT = 400  # characters: a chat message, a post, a short mail
_FOUND_AFTER = 40  # characters between a cue and the value found for it
_HANDING_OVER = (
    "la voici", "le voici", "voici", "voilà", "voila", "here it is", "here you go", "hier is", "dit is"
)  # fmt: skip


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
    its network is talked about, else a password of its shape. A code pointed at anywhere and said to have
    arrived is a one-time code: "i can't log in 11878824 ← this one came through"."""
    for match in _POINTED.finditer(text):
        start, end = _trim(text, *match.span(1))
        word = text[start:end]
        after = low[match.end() : match.end() + 32]
        if _POINTED_CODE.fullmatch(word) and contains_any(after, _ARRIVED_WORDS) and _free(taken, start, end):
            found.append(Span(start, end, "otp"))  # "11878824 ← this one came through", "T-923530 ← reçu"
            _mark(taken, start, end)
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip(" \t>-•*") or not contains_any(after[:24], _POINTING_WORDS):
            continue  # (a password is pointed at at the head of its line, and called that)
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


# A value, a joint and a login's cue: "new one is badger%k861 and the user is …", "Tulp#2020 en de
# gebruikersnaam …", "Soleil!44, et l'identifiant …". (The joint is read on the few characters before the
# cue, then the word before it: a search for the word over the whole reach is slow.)
_JOINT_BEFORE_USER = LazyPattern(
    r"(?:,|[ \t](?:and|en|et|with|met|avec))[ \t]{1,3}"
    r"(?:(?:the|my|his|her|de|het|mijn|zijn|haar|le|la|l'|mon|son)[ \t]{0,3})?$"
)
_JOINT_REACH = 16  # characters before a login's cue where its joint stands


def _before_user(low: str, cue_start: int) -> tuple[int, int] | None:
    """The word before the joint that leads to a login's cue, if there is one (6 to 64 characters)."""
    joint = _JOINT_BEFORE_USER.search(low, max(0, cue_start - _JOINT_REACH), cue_start)
    if joint is None:
        return None
    end = joint.start()
    while end > 0 and low[end - 1] in " \t":
        end -= 1
    start = max(low.rfind(" ", 0, end), low.rfind("\n", 0, end), low.rfind("\t", 0, end)) + 1
    return (start, end) if 6 <= end - start <= 64 else None


def _paired_before_user(low: str, cues: list[tuple[str, int, int]]) -> bool:
    for kind, start, _ in cues:  # (a plain loop: few cues)
        if kind == "username" and _before_user(low, start) is not None:
            return True
    return False


# A second code joined to one found: "I tried 1234 and 0000", "4471 of 1234", "0000, 1234 et 1111".
# The words that say a chained code is the other one it may be ("… or maybe 9037", "or maye"), of any length.
_HEDGES = ("maybe", "maye", "mayb", "misschien", "peut-être", "peut-etre", "perhaps", "possibly")
_CHAINED_CODE = LazyPattern(
    r"[ \t]{0,2}(?:,|[ \t](?:and|en|et|or|of|ou|&|then|dan|puis|and then|en dan|et puis))[ \t]{1,3}"
    r"(?:(?:also|ook|aussi|nog|again|weer|another|one more|encore|" + "|".join(_HEDGES) + r")[ \t]{1,3})?"
    r"(?:(?:een|un|une)[ \t]{1,3})?"
    r"([0-9](?:[ .\-]?[0-9]){3,7})(?![0-9.,:/]?[0-9])"
)  # ("pretty sure it's 32248 or maybe 9037": the other one it may be)
_CHAINED_BEFORE = LazyPattern(
    r"(?<![0-9.,:/\-])([0-9](?:[ .\-]?[0-9]){3,7})[ \t]{0,2}(?:,|[ \t](?:and|en|et|or|of|ou|&))[ \t]{1,3}$"
)
_CHAIN = 3  # codes followed along a chain
_CHAIN_ENDS = frozenset(
    "and or but too also then en of maar ook dan et ou mais aussi puis tried geprobeerd getypt ingetypt "
    "ingegeven tapé essayé both allebei beide".split()
)


def _chained_codes(text: str, low: str, spans: list[Span], taken: bytearray, found: list[Span]) -> None:
    """The codes joined to a code found by 'and', 'or', a comma: as many digits, the same kind."""
    for span in spans:
        if span.type not in _NUMERIC_KINDS:
            continue
        digits = _digit_count(text[span.start : span.end])
        end = span.end
        for _ in range(_CHAIN):
            match = _CHAINED_CODE.match(low, end)
            if match is None:
                break
            start, end = match.span(1)
            hedged = contains_any(match.group(), _HEDGES)  # "32248 or maybe 9037": another length may be it
            if (_digit_count(text[start:end]) != digits and not hedged) or not _free(taken, start, end):
                break
            if _negative_before(text, low, start) or text[end : end + 1] in ("%", "€", "$", "£"):
                break
            rest = low[end : end + 16].split(None, 1)
            if rest and rest[0][0].isalpha() and rest[0].rstrip(".,!?;:") not in _CHAIN_ENDS:
                break  # the number goes on into its own sentence ("pin 1234 and 2024 was the year")
            found.append(Span(start, end, span.type))
            _mark(taken, start, end)
        # "ik heb 4471 en <found> geprobeerd": a code joined before the one found
        before = _CHAINED_BEFORE.search(low, max(0, span.start - 24), span.start)
        if before is not None:
            start, end = before.span(1)
            if (
                _digit_count(text[start:end]) == digits
                and _free(taken, start, end)
                and not _negative_before(text, low, start)
            ):
                found.append(Span(start, end, span.type))
                _mark(taken, start, end)


def _passwords_before_users(
    text: str, low: str, cues: list[tuple[str, int, int]], taken: bytearray, found: list[Span]
) -> None:
    """A password-shaped value right before 'and the user …' / 'en de gebruikersnaam …': its password."""
    for kind, cue_start, _ in cues:
        if kind != "username":
            continue
        before = _before_user(low, cue_start)
        if before is None:
            continue
        start, end = _trim(text, *before)
        word = text[start:end]
        if end > start and _password_shape(word) and creds._HAS_DIGIT.search(word):
            if _free(taken, start, end) and not _negative_before(text, low, start):
                found.append(Span(start, end, "password"))
                _mark(taken, start, end)


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
    return len(word) >= 10 and word.isalnum() and word.isupper() and creds._HAS_DIGIT.search(word) is not None


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
        hint = _DIGITS_HINT if kind in _NUMERIC_KINDS else _SHAPE_HINT
        shaped = hint.search(text, cue_end, stop) is not None
        if stop < line_end and (
            low.startswith(_HANDING_OVER, stop + 2)
            or (  # nothing like the value in the cue's sentence: the next one may refer back to it
                not shaped and _REFERRING.search(low, stop + 1, min(line_end, stop + _REFERRING_REACH))
            )
        ):
            stop = _sentence_end(low, stop + 2, min(line_end, stop + _SENTENCE_REACH))
            shaped = shaped or hint.search(text, cue_end, stop) is not None
        if shaped or (kind == "password" and _word_cue(low, cue_start, cue_end)):
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
        plain = kind == "password" and _word_cue(low, cue_start, cue_end)
        for match in _COPULA.finditer(low, cue_end + 2, stop):  # (right after the cue: its own rules)
            word = _WORD.match(text, match.end(), stop)
            if word is None:
                continue
            start, end = _trim(text, *word.span())
            if end <= start:
                continue
            if _try(text, low, kind, start, end, taken, found) or (
                plain and _plain_secret(text, low, start, end, taken, found)
            ):
                _alternative(text, low, kind, end, stop, taken, found)
                break


def _word_cue(low: str, cue_start: int, cue_end: int) -> bool:
    return contains_any(low[cue_start:cue_end], _WORD_CUES)


def _plain_secret(text: str, low: str, start: int, end: int, taken: bytearray, found: list[Span]) -> bool:
    """A plain word given for a cue whose value is one ("I set it as cobbles"): letters only, not a small
    word of the sentence."""
    word = low[start:end]
    if not (4 <= len(word) <= 24 and word.isalpha()) or word in _NOT_PLAIN or not _free(taken, start, end):
        return False
    rest = low[end : end + 12].split(None, 1)
    if rest and rest[0][0].isalnum() and rest[0].rstrip(".,!?") not in _CLAUSE_ENDS:
        return False  # the word goes on into its sentence ("it's version 4.2.1"): no value given alone
    found.append(Span(start, end, "password"))
    _mark(taken, start, end)
    return True


_CLAUSE_ENDS = frozenset("so but and and, though lol maar en dus mais et donc".split())
_NOT_PLAIN = frozenset(
    "wrong right correct fine same still also just that this what like because something nothing "
    "fout juist goed hetzelfde nog steeds faux juste bien même encore".split()
)


def _alternative(
    text: str, low: str, kind: str, end: int, stop: int, taken: bytearray, found: list[Span]
) -> None:
    """The second of two values given as alternatives or a pair of the same kind: "it's either Yank@EES53
    or CPzm%3sO7X", "het is Tulp2019 of tulp2019!", "c'est Soleil#12 ou soleil12"."""
    words = _plain_words(text, end, min(stop, end + 70))[:2]
    if len(words) == 2 and low[slice(*words[0])] in _ALTERNATIVES:
        start, stop_word = _trim(text, *words[1])
        if stop_word > start and (
            kind not in _NUMERIC_KINDS or _SMALL_DIGITS.fullmatch(text, start, stop_word)
        ):
            _try(text, low, kind, start, stop_word, taken, found)


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
# A message that is a code alone, the answer to a question asked in an earlier message: "893817",
# "@Bank 644 475 ...", "goedemiddag⏎603 129", "G-165673", "E5-7326 😡", "is 007 499", "HET IS twee vijf nul
# zes een", "RB6ETD", "091281 c'est bon? 🙄". A mention, a greeting, "it is", a question whether it is right,
# emoji, hashtags or dots may stand around it; nothing else.
_CODE = (
    r"[A-Za-z][0-9]?-[0-9]{4,6}|[0-9]{2,11}(?:[ .\-][0-9]{2,6}){0,3}"
    r"|(?=[a-z]{0,7}[0-9])(?=[0-9]{0,7}[a-z])[a-z0-9]{6,8}|" + SAID_DIGITS
)
_ALONE = LazyPattern(
    r"[ \t\n]*+(?:@\w{1,30}+[ \t]{1,3})?"
    r"(?:(?:hi|hoi|hey|hallo|hello|dag|bonjour|salut|goedemiddag|goedemorgen|goedenavond)[ \t,!.]{0,3}"
    r"\n?[ \t]{0,3})?"
    # a second thought or a yes before it: "oh wacht 164374", "oh wait 811-746", "ja die heb ik, 6769."
    r"(?:(?:oh[ \t]++)?(?:wacht|wait|attends)[ \t,.!]{1,3}"
    r"|(?:ja|yes|oui)[ \t,]++(?:die heb ik|i have it|je l'ai)[ \t,:]++"
    r"|(?:ok|oké|okay|oki|sure)[ \t]?[,:!.][ \t]{0,3})?"  # "ok: 3756120507": the number asked for
    r"(?:(?:het|it|'t|dat|that|c'|ce|mijn code|my code|mon code)[ \t]?(?:is|was|'s|est|était)[ \t]++"
    r"|(?:is|was|c'est|it's|its|voilà|voila|hier|here)[ \t:]++)?"
    r"(?P<code>" + _CODE + r")"
    r"(?:[.!]|[ \t]{0,3}(?:c'est bon|klopt (?:dat|het)|klopt|is that (?:right|ok)|right|correct|ok)"
    r"[ \t]?\?{0,3})?"
    # what hands it over or hedges it: "3326 x", "538634 there you go", "23966092 voilà le code", "… I think?"
    r"(?:[ \t]{1,3}(?:x{1,3}|there (?:ya|you) go|here you go|voilà(?: le code)?|voila(?: le code)?|"
    r"normalement|denk ik|i think|je crois|thanks|thx|ta|merci|dank je|bedankt)[ \t]?[.!?]{0,3})?"
    r"(?:[ \t]{1,3}(?:#\w{1,30}|[^\w\s]{1,8})){0,3}[ \t\n]*+"
)
_ALONE_MAX = 64  # characters
_ALONE_DIGITS = (5, 8)
_PIN_DIGITS = 4
# A login name alone: letters (three in a row) with digits, a dot or an underscore, no hyphen ("ord-12345")
# (at most six digits in a row: "artikel8712345678906" is an article's number)
_LOGIN_ALONE = LazyPattern(
    r"[ \t\n]*+((?=[a-z0-9._]{0,36}[a-z]{3})(?![a-z0-9._]*?[0-9]{7})[a-z][a-z0-9._]{5,39})[.!]?[ \t\n]*+"
)


def _code_alone(text: str, low: str, out: list[Span]) -> None:
    """A message that holds nothing but a code (see `_ALONE`), unless a detector took it: four digits are a
    PIN, five to eight (or a letter's code, or capitals with digits) a one-time code, nine or eleven that
    pass a national number's check that number; digit words are a PIN up to five, a one-time code from six.
    A login name alone is a username."""
    told = _PASSWORD_ALONE.fullmatch(text)
    if told is not None and _chosen_word(told.group(1)):
        start, end = told.span(1)
        out[:] = [s for s in out if not (s.start < end and start < s.end)]
        out.append(Span(start, end, "password"))  # "that's Simba48!", "die is PKUAMCKt": the answer asked for
        return
    match = _ALONE.fullmatch(low)
    if match is None:
        login = _LOGIN_ALONE.fullmatch(low)
        if login is not None and not login.group(1).startswith(DEVICE_WORDS):
            start, end = login.span(1)
            if creds._strong_username(text[start:end]) and free_of(out, start, end):
                out.append(Span(start, end, "username"))  # "k.lambert88", "xXWolf007794"
        return
    start, end = match.span("code")
    kind = _alone_kind(text[start:end], low[start:end])
    if not kind:
        return
    if kind == "bsn":  # (a part of it another detector read gives way to the whole: "610709 859 07")
        drop_parts_of(out, start, end)
    if free_of(out, start, end):
        out.append(Span(start, end, kind))


# The same code at the end of a line of a longer message, the next line asking whether it is right: "Ik heb
# al in de FAQ gekeken. 842956⏎⏎zo goed?", "J'ai des captures d'écran si besoin. 393764⏎c'est bon?"
_CHECK_ASKS = (
    "zo goed", "zo geod", "zo goet", "c'est bon", "cest bon", "is dit goed", "is dat goed", "klopt dat",
    "klopt het", "is that right", "is this right", "is that ok", "is this ok",
)  # fmt: skip
_CHECKED = LazyPattern(
    r"(?:^|(?<=[.!?:])[ \t]++|(?<=\n)[ \t]*+)(?P<code>" + _CODE + r")[ \t]*+\n(?:[ \t]*+\n)?[ \t]*+"
    r"(?:" + "|".join(ask.replace(" ", r"[ \t]++") for ask in _CHECK_ASKS) + r")[ \t]*+\?",
    re.MULTILINE,
)


def _code_checked(text: str, low: str, out: list[Span]) -> None:
    """A code on a line's end that the next line asks to check (see `_CHECKED`), typed by its shape as a
    code alone is."""
    for match in _CHECKED.finditer(low):
        start, end = match.span("code")
        kind = _alone_kind(text[start:end], low[start:end])
        if kind and kind != "bsn" and free_of(out, start, end):
            out.append(Span(start, end, kind))


# A code handed over inside a message, nothing after it in its sentence (or a chat's double space): "…
# bagages payés. - voilà : 8744", "Date de naissance : 21-01-1999 voilà : 1195", "here you go: 4417 😭",
# typed by its shape as a code alone is (digit by digit: a PIN up to five, a one-time code from six).
_HANDED = LazyPattern(
    r"(?<![^\s\-–(])(?:voilà|voila|voici|here you go|here it is|hier is (?:ie|hij))[ \t]*+:?[ \t]*+"
    r"(?P<code>[0-9]{4,8}|[0-9](?:[ ][0-9]){3,7})(?=[ \t]*+(?:$|\n|[.!]|[^\w\s])|[ \t]{2})"
)


def _code_handed(text: str, low: str, out: list[Span]) -> None:
    for match in _HANDED.finditer(low):
        start, end = match.span("code")
        code = text[start:end]
        if " " in code:  # "voilà : 3 0 2 9"
            kind = "pin" if _digit_count(code) <= _PIN_DIGITS_MAX else "otp"
        else:
            kind = _alone_kind(code, low[start:end])
        if kind in ("pin", "otp") and free_of(out, start, end):
            out.append(Span(start, end, kind))


# A message that only says what it is, the answer to an agent's question for a password: "that's Simba48!",
# "c'est Fri3t3n60", "het is MarmotTE00546ov6f", "it's hoekske#2021" (a "!" at its end is typed with it).
_PASSWORD_ALONE = LazyPattern(
    r"[ \t\n]*+(?i:that's|thats|that is|it's|its|it is|c'est|c est|het is|'t is|dat is|die is|dit is)"
    r"[ \t]++([^\s]{6,40}?)[.]?[ \t\n]*+"
)


def _chosen_word(word: str) -> bool:
    """A word someone chose or a generator drew as a password: small letters with capitals inside, digits
    or signs; not a drawn code in capitals ("RB6ETD"), a number, a handle or a link."""
    bare = word.rstrip("!?")
    if not bare or word[0] in "@#" or "://" in word or "." in bare or bare.isdigit():
        return False
    if not any(ch.islower() for ch in bare) or not creds._secret_like(bare):
        return False
    if bare.isalnum() and bare.islower():
        return False  # "jdevries84": a login name as much as a password
    return not bare.lower().startswith(DEVICE_WORDS)  # not "iPhone14"


def _alone_kind(code: str, low: str) -> str:
    digits = _digit_count(code)
    if not digits:
        return "pin" if len(low.split()) <= 5 else "otp"  # digit words
    if "-" in code[:3] and not code[:1].isdigit():
        return "otp"  # "W-804417", "E5-7326"
    if not code.replace(" ", "").replace("-", "").replace(".", "").isdigit():
        return "" if low.startswith(DEVICE_WORDS) else "otp"  # "rb6etd"; not "iphone14"
    plain = code.isdigit()
    if _dated(code) or (digits < 6 and "." in code):
        return ""  # years, a date; "1.800" an amount
    if digits == _PIN_DIGITS:
        return "pin" if plain and not plausible_year(code) else ""  # not a year, nor "10-05", "12 30"
    if _ALONE_DIGITS[0] <= digits <= _ALONE_DIGITS[1]:
        return "otp"
    if digits == 9:
        return "bsn" if validators.bsn_valid(code.replace(" ", "").replace("-", "").replace(".", "")) else ""
    compact = code.replace(" ", "").replace("-", "").replace(".", "")
    if digits == 11 and validators.be_national_number_valid(compact):
        return "bsn"
    low_digits, high_digits = _ACCOUNT_DIGITS
    if low_digits <= digits <= high_digits and compact.isdigit() and not compact.startswith("0"):
        return "customer_number"  # "@DSWzorg 7504601884": an account's number sent alone (no phone: no 0)
    return ""


_ACCOUNT_DIGITS = (10, 12)


def _dated(code: str) -> bool:
    """Years or a date written as digits: "1998-2024", "2019 2025", "20250314", "14032025"."""
    groups = code.replace("-", " ").split()
    if len(groups) == 2 and all(len(group) == 4 and group[:2] in ("19", "20") for group in groups):
        return True
    if len(code) != 8 or not code.isdigit():
        return False
    return (code[:2] in ("19", "20") and "01" <= code[4:6] <= "12") or (
        code[4:6] in ("19", "20") and "01" <= code[2:4] <= "12"
    )


_NO_PAIRS: list[tuple[int, int, int, int]] = []


def _names_user(cues: list[tuple[str, int, int]]) -> bool:
    for category, _, _ in cues:
        if category == "login" or category == "username":
            return True
    return False


# Two values tried one after the other, "also" between them: "I tried tepif268V and also
# coffee-liverpool-arsenal", "ik heb al tulp41 geprobeerd en ook HAVen#1765", "j'ai essayé X et aussi Y".
# Both are what was typed at a login, in a message of any length (the habit of typing is read in short
# ones only); each must have a password's shape.
_ALSO_HINTS = (" and also ", " en ook ", " et aussi ")
_TRIED_ALSO = LazyPattern(
    r"(?<![a-z])(?:tried|essayé|tapé)[ \t]++(\S{4,64})[ \t]++(?:and[ \t]++also|et[ \t]++aussi)[ \t]++"
    r"(\S{4,64})"
    r"|(?<![a-z])(?:al|ook)[ \t]++(\S{4,64})[ \t]++geprobeerd[ \t]++en[ \t]++ook[ \t]++(\S{4,64})"
)


def _tried_also(text: str, low: str, out: list[Span]) -> None:
    taken = None
    for match in _TRIED_ALSO.finditer(low):
        first = 1 if match.start(1) >= 0 else 3
        values = [_trim(text, *match.span(group)) for group in (first, first + 1)]
        if not all(_password_shape(text[start:end]) for start, end in values):
            continue
        if taken is None:
            taken = _taken(text, out)
        for start, end in values:
            if _free(taken, start, end):
                out.append(Span(start, end, "password"))


# A login name after "account" ends the sentence that told its password or code: "ik heb al een nieuwe
# gemaakt: Poesje1803?. account kbos", "Ik kreeg code 402 641 maar de MFA blijft vragen. Account aclaes".
# (Not what happened to the account: "Account geblokkeerd.", "account locked", "compte bloqué".)
_ACCOUNT_LAST = LazyPattern(
    r"(?:^|(?<=[.!?])[ \t]++|\n[ \t>]*+)acc?c?ount[ \t]++([a-z][a-z0-9._-]{2,30})"
    r"[ \t]*+(?=$|\r?\n|thx|xx|thanks|merci|bedankt|[.!](?:[ \t\n]|$))"
)
# (named word by word: a login name may end as a participle does, "ahmed", "andré")
_ACCOUNT_STATES = frozenset(
    "locked blocked deleted hacked closed suspended disabled deactivated compromised restored unlocked "
    "verified expired info details settings name naam nom number nummer geblokkeerd gekaapt gehackt "
    "verwijderd opgeheven overgenomen bevroren gesloten verlopen hersteld bloqué bloquée bloque supprimé "
    "piraté désactivé suspendu gelé frozen".split()
)
_TOLD_SECRETS = frozenset({"password", "otp", "pin"})


def _account_last(text: str, low: str, out: list[Span]) -> None:
    for match in _ACCOUNT_LAST.finditer(low):
        start, end = _trim(text, *match.span(1))
        word = text[start:end]
        if word in _ACCOUNT_STATES or not (_plain_user(word) or _user_shape(word)):
            continue
        line = low.rfind("\n", 0, match.start(1)) + 1
        if any(
            span.type in _TOLD_SECRETS and line <= span.start and span.end <= match.start() for span in out
        ) and _free(_taken(text, out), start, end):
            out.append(Span(start, end, "username"))


# Two codes told one after the other with "then" between them are both one-time codes when either is: "code
# was 939100 then 310-321", "Code was 99015 en daarna negen negen nul een vijf", "J'ai reçu 641266 puis
# 899979" (codes sent one after another; a PIN does not come in a row).
_THEN_HINTS = ("then", "daarna", "puis", "ensuite")
_THEN_BEFORE = LazyPattern(
    r"(?<![a-z])(?:and[ \t]++then|then|en[ \t]++daarna|daarna|en[ \t]++dan|puis|et[ \t]++puis|ensuite)"
    r"[ \t]++$"
)
_THEN_REACH = 24


def _then_codes(low: str, out: list[Span]) -> None:
    for at, span in enumerate(out):
        if span.type not in _NUMERIC_KINDS:
            continue
        then = _THEN_BEFORE.search(low, max(0, span.start - _THEN_REACH), span.start)
        if then is None:
            continue
        joint = then.start()
        for before, other in enumerate(out):
            sent = "otp" in (span.type, other.type)
            next_to = other.end <= joint and not low[other.end : joint].strip(" \t,")
            if other.type in _NUMERIC_KINDS and sent and next_to:
                out[at] = Span(span.start, span.end, "otp")
                out[before] = Span(other.start, other.end, "otp")


def detect_in_context(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """Add the values the situation makes credentials (see the section's comment above). The habits of
    chats (typing, trouble, confirming, one detail a line) are read in short messages only: e-mails with
    quoted history, a quarter of the traffic, pay for none of them unless a cue or a found value is there."""
    # (every message passes here: the common case allocates one list, no set, no generator)
    if len(low) <= _ALONE_MAX:
        _code_alone(text, low, out)
    elif contains_any(low, _CHECK_ASKS):
        _code_checked(text, low, out)
    if contains_any(low, _HANDING_OVER):
        _code_handed(text, low, out)
    if contains_any(low, _ALSO_HINTS):
        _tried_also(text, low, out)
    if "ccount " in low:
        _account_last(text, low, out)
    if contains_any(low, _THEN_HINTS):
        _then_codes(low, out)
    verbs: AbstractSet[str] = _NOTHING
    cue_lines = _NO_LINES
    trouble = confirming = block = letter = first = networks = pointed = False
    if cues:
        _numbers_asked(text, cues, out)
    secrets = _NO_SPANS
    for span in out:  # (a plain loop: most messages have no secret found)
        if span.type in _SIBLING_KINDS:
            secrets = [span for span in out if span.type in _SIBLING_KINDS]
            break
    risky = secrets
    chained = False  # "I tried 1234 and 0000": a second code joined to one found
    for span in secrets:
        if span.type in _NUMERIC_KINDS and _CHAINED_CODE.match(low, span.end) is not None:
            chained = True
            break
    if not text.isascii() and len(low) <= _LONG:  # "KEY ← dat is wat de technieker instelde": pointed at
        pointed = "←" in text or "⬅" in text or "👈" in text
    if len(low) <= _SHORT and _SECRETISH.search(text) is not None:  # (a value has a digit or a symbol)
        split = low.split()
        if not _SITUATION_FORMS.isdisjoint(split) or (  # one test for the habits: most messages stop here
            cues and _reader_cue(low, cues) and not _SHOWING_FORM_SET.isdisjoint(split)
        ):  # (a card reader is a cue: "kaartlezer geeft …")
            words = set(split)
            verbs = words.intersection(_TYPING_FORM_SET)
            if verbs and not verbs.isdisjoint(_SETTING_FORM_SET) and not _login_talk(low, cues):
                verbs = verbs - _SETTING_FORM_SET  # "changed my plan to Unlimited5G": no password set
            if not _SHOWING_FORM_SET.isdisjoint(words) and contains_any(low, _READER_WORDS):
                verbs = verbs | words.intersection(_SHOWING_FORM_SET)  # "le lecteur me donne 9455 4876"
            trouble = not _TROUBLE_FORMS.isdisjoint(words)
            confirming = not _CONFIRMING_FORMS.isdisjoint(words) and _CONFIRMING.search(low) is not None
            block = "\n" in text and not _SSID_WORDS.isdisjoint(words)
            letter = not _LETTER_FORMS.isdisjoint(words) and (
                "sim" in low or "pin" in low or PUK_WORD.search(low) is not None
            )
            first = not _FIRST_FORMS.isdisjoint(words) and _FIRST_VALUE.search(low) is not None
        if "(" in text:  # "thuisnetwerk X (KEY)": a network's key in brackets
            networks = "netw" in low or "réseau" in low or "reseau" in low
        if risky and _SIBLING_WORDS.isdisjoint(split):
            risky = _NO_SPANS  # no second value told
        if not block and len(out) >= 3 and text.count("\n") >= 4:
            block = _detail_lines(text, out) >= 3
    elif (
        cues and _SHORT < len(low) <= _LONG
    ):  # an e-mail: a value typed on the line of a cue nothing answered
        cue_lines = _typed_on_cue_lines(low, cues, out)
    if cues:  # (a value scrubbed before, "[PIN]", was found after its cue too)
        far = _far_cues(text, low, cues, secrets + _placeholders(text) if "[" in text else secrets)
    else:
        far = _NO_CUES
    listed = later = bracketed = paired = False
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
        if login:  # "new one is badger%k861 and the user is ashworth.j3": a password before its login's cue
            paired = _paired_before_user(low, cues)
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
        or cue_lines
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
        or paired
        or chained
        or networks
        or pointed
        or later
        or joined
    ):
        return
    taken = _taken(text, out)
    found: list[Span] = []
    if trouble:
        for match in _TROUBLE.finditer(low):
            below = _below(text, match.end(), 2)
            _pair_or_secret(text, low, match.end(), below[1], taken, found)
    if cue_lines:  # (a long message: the verbs on its cues' lines, there only)
        for begin, stop, keyed in cue_lines:
            _typed(text, low, cues, {_TYPING_FORMS[form] for form in keyed}, taken, found, (begin, stop))
    elif verbs:
        _typed(text, low, cues, {_TYPING_FORMS[form] for form in verbs}, taken, found)
    if confirming:
        for match in _CONFIRMING.finditer(low):
            begin, _ = _line_bounds(text, match.start())
            head = low[begin : match.start()]
            if head.strip() == "":
                _values_above(text, low, cues, begin, taken, found)
                continue
            cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))  # (the question's own sentence)
            if cut != -1:
                begin, head = begin + cut + 2, head[cut + 2 :]
            if len(head.split()) <= _CONFIRMED_WORDS:  # "noor9226 / #Koffie-Tuinhek96 klopt toch??"
                _pair_or_secret(text, low, begin, match.start(), taken, found)
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
    if paired:
        _passwords_before_users(text, low, cues, taken, found)
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
    if chained or fresh:
        _chained_codes(text, low, secrets + fresh if fresh else secrets, taken, found)
    if letter:
        for match in _FROM_LETTER.finditer(low):
            start, end = match.span(1)
            kind = "puk" if end - start == 8 else "pin"
            if _free(taken, start, end) and (kind == "pin" or PUK_WORD.search(low) is not None):
                found.append(Span(start, end, kind))
                _mark(taken, start, end)
    out.extend(found)


# Verbs of typing a value in (no refusing or receiving: "le terminal refuse toutes les cartes" in a mail).
_KEYED_FORMS = _TYPING_FORM_SET - _forms(" ".join(_NUMBER_VERBS))
_CONFIRMED_WORDS = 3  # words before "klopt toch?" on its line: a value, or a login, a slash and its password
_LONG = 4000  # characters: longer mails are read around their cues only
_CUE_LINE_REACH = 100  # characters either side of a cue on its line


_READER_CUES = ("lecteur", "digipass", "kaartlezer", "card reader", "cardreader", "reader", "lezer")


def _reader_cue(low: str, cues: list[tuple[str, int, int]]) -> bool:
    for _, start, _ in cues:  # (a plain loop: few cues, no generator)
        if low.startswith(_READER_CUES, start):
            return True
    return False


_NO_LINES: list[tuple[int, int, frozenset[str]]] = []  # (never appended to)


def _typed_on_cue_lines(
    low: str, cues: list[tuple[str, int, int]], out: list[Span]
) -> list[tuple[int, int, frozenset[str]]]:
    """The lines of a long message's cues that no found value answers, with the verbs of typing on them
    ("Ik typ soleil9787OIW over van de sticker", "J'ai encodé 98697320 comme code de réponse"): what a
    customer typed, told inside an e-mail."""
    lines = _NO_LINES
    done = -1  # (where the last line read ends: cues on one line are read once)
    for kind, cue_start, cue_end in cues:
        if cue_start < done or _KIND.get(kind) not in _SIBLING_KINDS:
            continue
        if _found_after(out, cue_end) or creds._ERROR_AFTER.match(low, cue_end):
            continue  # (answered, or a fault's code: "refuse toutes les cartes avec le code erreur F-887")
        reach = max(0, cue_start - _CUE_LINE_REACH)
        begin = low.rfind("\n", reach, cue_start)
        begin = reach if begin == -1 else begin + 1
        stop = low.find("\n", cue_end, cue_end + _CUE_LINE_REACH)
        done = stop = min(len(low), cue_end + _CUE_LINE_REACH) if stop == -1 else stop
        line = low[begin:stop].split()
        if not _KEYED_FORMS.isdisjoint(line):
            if lines is _NO_LINES:
                lines = []
            lines.append((begin, stop, _KEYED_FORMS.intersection(line)))
    return lines


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
