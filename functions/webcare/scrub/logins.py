"""Login pairs and secrets said to fail, read with or without cue words.

People write a username and its password side by side ("inloggen met jdevries84 Zomer2024!",
"jan83 / Welkom01", "… c'est bien ça ?"), after a login cue ("login: jan83 / Welkom01",
"credentials: a:b"), or name only the username right before a password cue ("jdevries84, ww: …");
and they say a secret does not work ("now Zomer2024x doesn't work"). Found here: `_bare_pairs`,
`_slash_pairs`, `_confirmed_pairs`, `_login_pair`, `_username_before`, `_pair_after_username`,
`_rejected_secrets`; with the tests `credentials` asks of a cue that may name a pair
(`_pair_cue`, `_weak_cue_ok`, `_login_hinted`) and whether a login is the box's own admin account
(`_box_login`).
"""

from __future__ import annotations

import re

from webcare.scrub.cues import find_cues
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.secret_shapes import (
    _API_KEY_VALUE,
    _ARTICLES,
    _ASKING_VERB,
    _EMAIL_SHAPE,
    _ERROR_BEFORE,
    _GAP,
    _HAS_DIGIT,
    _IBAN_SHAPE,
    _LETTER,
    _NOT_A_SECRET,
    _NUMBER_LIKE,
    _SYMBOLS,
    _TIME_OR_DATE,
    _TRAILING,
    _USERNAME_SHAPE,
    _VALUE,
    _WIFI_CONTEXT,
    _name_shaped,
    _not_secret_shape,
    _secret_like,
    _starts_cue,
    _strong_username,
    _trim,
    _user_like,
    hashtag_password,
    isp_ssid,
    login_handle,
    network_named,
    network_with_key,
)
from webcare.scrub.textutil import (
    DEVICE_WORDS,
    DIGEST_WORDS,
    LINE_OPENS_BEFORE,
    REFERENCE_BEFORE,
    VAT_NUMBER_SHAPE,
    VERSION_NEAR,
    Hints,
    Span,
    before,
    contains_any,
    free_of,
    inside,
    is_reference_at,
)

_DIGITS_VALUE = LazyPattern(r"[0-9]{4,8}(?![\w/:-]|[.,][0-9])")


# "the app logged me out and now Zomer2024x doesn't work": a secret-looking word that is said to fail, in a
# message about logging in or a password.
# Starts with the words, not with the space before them, so that the engine skips ahead on their letters.
_REJECTED = LazyPattern(
    r"(?<=[ \t])(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|is not|no longer|werkt niet|wordt niet|"
    r"klopt niet|is niet|ne marche|ne fonctionne|n'est pas|n'est plus|werkt ook niet|werkt al)(?![a-z])"
)
_SECRET_AFTER = LazyPattern(r"[ \t]++(?:pas[ \t]++|a[ \t]++|geen[ \t]++)?(?:secr|geheim)")
_REJECTED_HINTS = ("n't", " not", " niet", " ne ", "n'est", "no longer")
_WORD_BEFORE = LazyPattern(r"([^\s\"“(]{6,40})$")
# A digest named right before the word: "checkum 4ab94d67… doesn't match the one on your site" is no password.
_DIGEST_BEFORE = LazyPattern(r"(?<![a-z])(?:" + DIGEST_WORDS + r")[ \t:=]*+$")


_REJECTED_REACH = 160


def _rejected_secrets(text: str, low: str, talk: list[int], out: list[Span]) -> None:
    scanned = 0
    for anchor in talk:
        start, scanned = max(anchor, scanned), max(scanned, anchor + _REJECTED_REACH)
        if start < scanned:
            _rejected_between(text, low, start, min(len(low), scanned), out)


def _rejected_between(text: str, low: str, begin: int, stop: int, out: list[Span]) -> None:
    for match in _REJECTED.finditer(low, begin, stop):
        if _SECRET_AFTER.match(low, match.end()):
            continue  # "X n'est pas secrète", "X is not a secret": said to be public, not to fail
        word = _WORD_BEFORE.search(text, max(0, match.start() - 41), match.start() - 1)
        if word is None:
            continue
        start, end = _trim(text, word.start(1), word.end(1))
        value = text[start:end]
        if (
            _HAS_DIGIT.search(value)
            and any(ch.islower() for ch in value)
            and _secret_like(value)
            and not _not_secret_shape(value)
            and not (value[0].isdigit() and "." in value)  # "versie 5.12.1b werkt niet"
            and not is_reference_at(low, start)
            and not VERSION_NEAR.search(before(low, start, 24))
            and not _DIGEST_BEFORE.search(before(low, start, 24))
            and not _starts_cue(text, start)
            and not _cue_right_before(low, start)  # "netwerksleutel X wordt niet …": the cue's own value
        ):
            # ("Clinic_Staff met jewZ-… werkt niet meer": the network named, then the key that fails for it)
            out.append(Span(start, end, "wifi_key" if network_with_key(text, start) else "password"))


def _cue_right_before(low: str, start: int) -> bool:
    window = low[max(0, start - 30) : start]
    return any(cue_end >= len(window) - 3 for _, _, cue_end in find_cues(window))


_PAIR_CUE_JOINT = frozenset({"/", "&", "+", "|", "en", "and", "et", "-", "of", "or", "ou"})


def _pair_cue(text: str, cues: list[tuple[str, int, int]], index: int) -> bool:
    """A username cue joined to a password cue: 'user/pass', 'login & ww', 'identifiant et mot de passe'."""
    if index + 1 >= len(cues) or cues[index + 1][0] != "password":
        return False
    between = text[cues[index][2] : cues[index + 1][1]]
    return len(between) <= 5 and between.strip() in _PAIR_CUE_JOINT


# "kan niet inloggen, jdevries84 Zomer2024! klopt toch": a username and a password with no cue of their own,
# shortly after a word about logging in.
# Searched through whole e-mails: the words are grouped by their first letters (in their order within a
# group), so that the engine tries a few branches at each of those letters rather than all twenty.
_LOGIN_CONTEXT = LazyPattern(
    r"i(?:nlog|ngelogd|k typ|k geef|k tik| type| typed| enter|ngetypt|ngevoerd)"
    r"|log(?:in| in|-in|ged in|[ \t]++(?:[a-z]{2,10}[ \t]++){1,2}in(?![a-z]))"  # "ik log altijd in als …"
    r"|a(?:anmeld|ccount)|s(?:ign in|ignin)|c(?:onnecter|onnexion|ompte)"
    r"|j(?:'ai tapé|e tape|e saisis|'ai saisi)"
)
_LOGIN_HINTS = ("inlog", "login", "log in", "log-in", "aanmeld", "sign in", "signin", "ingelogd", "logged in",
                "connect", "connexion", "account", "ik typ", "i type", "i enter", "ingetypt", "ingevoerd",
                "tapé", "je tape", "log ", "compte", "ik geef", "ik tik", "saisi")  # fmt: skip
# Grouped behind the substrings they share ("log", "typ", "conne", "ik "): one scan answers for a group.
_LOGIN_HINTED = Hints(_LOGIN_HINTS)


def _login_hinted(low: str) -> bool:
    return _LOGIN_HINTED.found_in(low)


# "jdevries84 / Zomer2024!": a username and a password joined by a slash, with or without any cue.
# Read from each slash outwards (slashes are rare; words before them are not).
_SLASH_USER = LazyPattern(r"(?<![\w/.:@+=-])([A-Za-z0-9][A-Za-z0-9._\-]{2,40})[ \t]?$")
_SLASH_SECRET = LazyPattern(r"[ \t]?([^\s/]{5,60})")
_SLASHES = LazyPattern(r"/+")
# A host before a slash with nothing between them is a link's path, not a user and a password:
# "bit.ly/x4TBdKR", "youtu.be/Qs9v38x", "tinyurl.com/Ab3xY9": a short link written without its scheme.
_HOST_SHAPE = LazyPattern(
    r"(?:[A-Za-z0-9-]++\.)++(?:com|net|org|ly|co|gl|gd|gy|be|nl|uk|io|me|to|fr|de|eu|at|in|us|"
    r"tv|ai|ms|sh|info|app|link|page|site|biz|live|news|online|shop|store)"
)
_GLUED_KEY_LENGTH = 30
_VAT_NUMBER = LazyPattern(VAT_NUMBER_SHAPE)


# Joints between a user and a secret written without cues: "jan83 / Welkom01", "nele-geerts + Kabouter1976".
_JOINTS = ("/", "+", "|")


def _slash_pairs(text: str, low: str, urls: list[tuple[int, int]], out: list[Span], joint: str = "/") -> None:
    slash = text.find(joint)
    while slash != -1:
        if joint == "/" and text[slash + 1 : slash + 2] == "/":  # "//": a link or a divider, never a pair
            slash = text.find(joint, _SLASHES.match(text, slash).end())  # type: ignore[union-attr]
            continue
        last = text[max(0, slash - 2) : slash].rstrip(" \t")[-1:]
        if not last or not (last.isalnum() or last in "._-"):
            slash = text.find(joint, slash + 1)  # nothing like a name before it: no regex call
            continue
        before = _SLASH_USER.search(text, max(0, slash - 42), slash)
        if before is None and joint == "/" and last.isalpha():
            _mail_pair(text, low, slash, out)
        after = _SLASH_SECRET.match(text, slash + 1) if before is not None else None
        at, slash = slash, text.find(joint, after.end() if after is not None else slash + 1)
        if before is None or after is None or (urls and inside(urls, before.start())):
            continue
        user = before.group(1)
        if joint == "/" and before.end() == at and at + 1 == after.start(1) and _HOST_SHAPE.fullmatch(user):
            continue  # "docs at bit.ly/x4TBdKR": a short link's host and path
        start, end = _trim(text, after.start(1), after.end(1))
        password = text[start:end]
        if _VAT_NUMBER.fullmatch(password):
            continue  # "TransBus | NL243749236B01": a footer's company and its VAT number
        run = _API_KEY_VALUE.match(text, before.start(1))  # (the key runs on past more slashes)
        if run is not None and run.end() >= end and run.end() - before.start(1) >= _GLUED_KEY_LENGTH:
            continue  # "6X5ZjZsQFsj8962/pShnyZr6n51q78YIVt3K5cKR", "DLwNQ9d/28LAD/YMXe…": a base64 key holds
            # slashes, no pair
        if joint != "/" and (joint in password or not (text[at - 1] == " " == text[at + 1 : at + 2])):
            continue  # "a + b", "a | b" with spaces; "c++", "a|b|c" are something else
        if _alone_on_line(text, before.start(1), end) and _lone_pair(user, password):
            out.append(Span(before.start(1), before.end(1), "username"))
            out.append(Span(start, end, "password"))
            continue  # "thegenevieve01 + genevieve2003." pasted on a line of its own
        admin = user.lower() in _ADMIN_ACCOUNTS and _box_login(
            low, before.start(1)
        )  # "op de modem met root / X"
        refused = joint == "/" and (
            _REFUSED_BEFORE.search(low, max(0, before.start(1) - 24), before.start(1)) is not None
        )
        placed = (
            joint == "/"
            and _USERNAME_SHAPE.fullmatch(user) is not None
            and _PLACE_BEFORE_PAIR.search(low, max(0, before.start(1) - _PLACE_REACH), before.start(1))
            is not None
        )
        strong = admin or refused or placed or _strong_username(user)
        chosen = (
            not strong
            and joint == "/"
            and text[at - 1 : at + 2] == " / "
            and _chosen_pair(user, password)
            and not VERSION_NEAR.search(low[max(0, before.start(1) - 32) : before.start(1)])
        )
        if (
            not (strong or chosen or _user_like(user))
            or _IBAN_SHAPE.fullmatch(user)
            or _TIME_OR_DATE.match(user)
        ):
            continue
        if chosen:
            if not _not_secret_shape(password) and not _starts_cue(text, start):
                out.append(Span(before.start(1), before.end(1), "username"))
                out.append(Span(start, end, "password"))
            continue
        if not strong and joint == "/" and not (_SYMBOLS.search(password) and _HAS_DIGIT.search(password)):
            continue  # a name-like user ("noor-yilmaz / Maison1999&") only beside a password full of signs
        if not admin and (
            _WIFI_CONTEXT.search(low, max(0, before.start() - 24), before.start())
            # (or opening the pair's line: "Wifi voor de techniekers: BT-Hub6-X9K2 / JJ3T-RKD9-KUU1-E2S1")
            or _opens_wifi_line(low, before.start())
            # (a network's own name a sentence after its key was asked for: "de wifi code van het netwerk
            # waar de warmtemeter op moet. Kamer_12_wifi / Winterchocolat830")
            or (
                network_named(user)
                and _WIFI_CONTEXT.search(low, max(0, before.start() - _NETWORK_REACH), before.start())
            )
        ):
            continue  # "wifi Ziggo-AB12 / Tr7x-…": a network's name and its key, which the wifi cue takes
        if (
            end <= start
            or not _secret_like(password)
            or (_not_secret_shape(password) and not hashtag_password(password))
        ):
            continue  # "noor9226 / #Koffie-Tuinhek96" is a pair; "jan / #storing" is not
        if not (
            admin  # "aangemeld op de modem met root / kastaar-lente-frietjes-80": the box's own login
            or refused  # "Smartschool refuse parent_renard24 / lapin831": what the app turns away
            or _looks_chosen(password)
            or (strong and _USER_LABEL_BEFORE.search(text, max(0, before.start(1) - 24), before.start(1)))
            # (the admin's own name, after the word: "Routerpagina op 87.112.119.58, admin IlseDev239 / …")
            or (strong and low.endswith(_ADMIN_NAMED, max(0, before.start(1) - 7), before.start(1)))
        ):
            continue  # both halves must look chosen: "A54/128GB" is a phone's model and memory
        out.append(Span(before.start(1), before.end(1), "username"))
        out.append(Span(start, end, "password"))


# A line that opens with the word wifi: what follows on it is a network and its key.
_WIFI_OPENS = LazyPattern(r"[ \t>*•-]*+(?:wi-?fi|wlan|ssid)(?![a-z])")
_WIFI_LINE_REACH = 60


def _opens_wifi_line(low: str, pos: int) -> bool:
    line = low.rfind("\n", 0, pos) + 1
    return pos - line <= _WIFI_LINE_REACH and _WIFI_OPENS.match(low, line) is not None


# What an app or a site turns away, right before the pair: "your app rejects cpatel / Biscuit2006 since this
# morning", "Smartschool refuse laetitia.renard / ecole104", "de app weigert jan83 / zomer2024".
_REFUSED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:rejects|rejected|rejcts|refuses?|refusé|weigert|geweigerd|won't accept|doesn't accept|"
    r"does not accept|n'accepte pas|accepteert)[ \t]++$"
)


# A line that holds nothing but the pair (a quote's '>' before it, a full stop after it).
_DOTTED_DIGITS = LazyPattern(r"[0-9]\.[0-9]")
_LINE_AFTER = LazyPattern(r"[.!]?[ \t]*+(?:\r?\n|$)")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    return (
        _LINE_AFTER.match(text, end) is not None
        and LINE_OPENS_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _lone_pair(user: str, password: str) -> bool:
    """A login-shaped name and a secret with letters and digits: alone on a line, nothing else they can be
    ("camillegilson + Tartine2013$"; not "A54 / 128GB", "2024 / 2025", "Ja / Nee")."""
    return (
        _login_name(user)
        and not user.lower().startswith(DEVICE_WORDS)
        and _HAS_DIGIT.search(user + password) is not None
        and _LETTER.search(password) is not None
        and _HAS_DIGIT.search(password) is not None
        and not _NUMBER_LIKE.fullmatch(password)
        and not _not_secret_shape(password)
        and _DOTTED_DIGITS.search(password) is None  # "firmware / version.2.3.44b": a version
        and len(password) >= 6
    )


# "user 2: jsmith97 / shadow52", "login: jan83 / welkom01": a line labelled as a login holds one.
_USER_LABEL_BEFORE = LazyPattern(
    r"(?<![A-Za-z])(?:user|username|login|gebruiker|gebruikersnaam|account|utilisateur|identifiant|mailbox)"
    r"(?:[ \t]*+[0-9]{1,2})?[ \t]*+[:=][ \t]*+$",
    re.IGNORECASE,
)
# "smitsw / frieten.ardennes.45", "xXDarkGamerXx / oxX2hk9KaQGix%XF": any login name beside a password that
# no sentence writes (long, digits, and signs or dots between words).
_LONG_CHOSEN = LazyPattern(
    r"(?=[^\s]{10,60}$)(?=.*[0-9])(?=(?:.*[A-Za-z]){4})(?=.*(?:[!#$%&*+=?@^~]|[a-z]\.[a-z]))"
)
_VERSION_LIKE = LazyPattern(r"[A-Za-z]{0,12}[ _-]?v?[0-9]++(?:\.[0-9]++)++[A-Za-z]{0,3}")


def _chosen_pair(user: str, password: str) -> bool:
    return (
        len(user) >= 5
        and any(ch.islower() for ch in user)
        and user.lower() not in _NOT_A_SECRET
        and not user.lower().startswith(DEVICE_WORDS)
        and _LONG_CHOSEN.match(password) is not None
        and _VERSION_LIKE.fullmatch(password) is None
    )


# "FTP blijft 530 geven, vandermeerd met wachtwoord 70Panda!jr": at a clause's start, the login name, then
# 'with' and the password cue.
_USER_WITH_CUE = LazyPattern(
    r"(?:^|[,;:(\n]|\.[ \t])[ \t]*+([A-Za-z][A-Za-z0-9._-]{4,40})[ \t]++(?:met|with|avec)[ \t]++"
    r"(?:(?:le|het|the|de|son|zijn|mijn|my|mon|haar|her|his)[ \t]++)?$"
)


def _user_with_password(text: str, cue_start: int, out: list[Span]) -> bool:
    match = _USER_WITH_CUE.search(text, max(0, cue_start - 60), cue_start)
    if match is None:
        return False
    word = match.group(1)
    lowered = word.lower()
    if (
        lowered in _NOT_A_SECRET
        or lowered.endswith(("en", "ing", "ed"))  # "inloggen met wachtwoord", "logging with"
        or lowered.startswith(DEVICE_WORDS)
        or _starts_cue(text, match.start(1))
        or not (_USERNAME_SHAPE.fullmatch(word) and any(ch.islower() for ch in word))
    ):
        return False
    out.append(Span(match.start(1), match.end(1), "username"))
    return True


# A login pasted as a form with one-letter labels: "u: tomasz.c50 p: voetbal329", "U=jdv84 / P=Zomer!24",
# "l: an.peeters - p: Wafel7". The letters name nothing alone; the pair of them, each with ':' or '=', does.
_LETTER_LABELS = LazyPattern(
    # the letter first, what stands before it after: the engine then skips to the letters u and l
    r"[ulUL](?<![\w'’.-][ulUL])[ \t]?[:=][ \t]*+([^\s:=]{3,60}+)[ \t]*+[,;/|–—-]?[ \t]*+"
    r"(?<![\w'’.-])[pP][ \t]?[:=][ \t]*+([^\s]{4,60}+)"
)


# The password's letter label, found first (rare: "onderwerp:" is no label); the pair is read back from it,
# not by trying the pair's expression at every 'u' and 'l' of a long e-mail.
_PASSWORD_LETTER = LazyPattern(r"p(?<![\w'’.-]p)[ \t]?[:=]")


def _letter_label_pairs(text: str, low: str, out: list[Span]) -> None:
    read_to = 0
    for label in _PASSWORD_LETTER.finditer(low):
        at = label.start()
        if at < read_to:
            continue
        for pair in _LETTER_LABELS.finditer(text, max(read_to, at - 90), at + 200):
            if pair.end(1) <= at < pair.start(2):
                read_to = pair.end()
                _letter_label_pair(text, pair, out)
                break


def _letter_label_pair(text: str, pair: re.Match[str], out: list[Span]) -> None:
    user_start, user_end = _trim(text, pair.start(1), pair.end(1))
    secret_start, secret_end = _trim(text, pair.start(2), pair.end(2))
    if user_end - user_start < 3 or secret_end - secret_start < 4:
        return
    if not any(ch.isalpha() for ch in text[user_start:user_end]):
        return  # "u: 1400 p: 2500": quantities, not a login
    if _not_secret_shape(text[secret_start:secret_end]):
        return
    out.append(Span(user_start, user_end, "username"))
    out.append(Span(secret_start, secret_end, "password"))


# "jamesanderson82:james2014@" alone on its line: a login pair as pasted from a password manager.
_LINE_PAIR = LazyPattern(r"[ \t>]*+([A-Za-z][A-Za-z0-9._-]{3,40}):([^\s:/]{6,60})[ \t\r]*+(?:\n|$)")


# A colon that could join a pair: none of space, digit, '/' or ':' after it ("Subject: x", "10:30",
# "https://" are most colons).
_PAIR_COLON = LazyPattern(r":(?=[^\s/:0-9])")


def _line_pairs(text: str, out: list[Span]) -> None:
    for colon in _PAIR_COLON.finditer(text):
        at = colon.start()
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start > 44:
            continue
        match = _LINE_PAIR.match(text, line_start)
        if match is None:
            continue
        user, password = match.group(1), match.group(2)
        if not _strong_username(user) or not _secret_like(password) or _not_secret_shape(password):
            continue
        if _HAS_DIGIT.search(password) is None or password.isdigit() or _TIME_OR_DATE.match(password):
            continue
        out.append(Span(match.start(1), match.end(1), "username"))
        out.append(Span(match.start(2), match.end(2), "password"))


_LOGIN_AS = LazyPattern(r"(?:met|with|als|as|avec)[ \t]++$")
# The accounts a router, modem or PBX comes with: a username only where the box is logged in to.
_ADMIN_ACCOUNTS = frozenset(
    "admin administrator administrateur beheerder root superuser supervisor sysadmin".split()
)
# What a username or a chosen password holds that running prose mostly does not (a cheap gate: "account"
# and "login" are everywhere in e-mails, and walking the words after each costs more than this search).
_PAIR_MATERIAL = LazyPattern(r"[0-9._@!#$%&*+=?^~|\\/<>{}\[\]-]")


# The gap before the next word and the word, in one match (group 1: a line break in the gap, group 2: the
# word): what `_GAP` and then `_VALUE` from the gap's end find, in half the calls. The gap is read up to the
# word's limit too; a gap that reaches the limit leaves no word either way, and a word never starts with
# the space or line break that a shorter gap (the engine backtracking into it) would stop at.
_GAP_THEN_VALUE = LazyPattern(lambda: f"(?:{_GAP.pattern})({_VALUE.pattern.pattern})")


def _capitals(text: str, start: int, stop: int) -> int:
    return sum(map(str.isupper, text[start:stop]))


def _bare_pairs(text: str, low: str, out: list[Span]) -> list[int]:
    """Login pairs without cues of their own; returns where the words about logging in end."""
    contexts: list[int] = []
    for context in _LOGIN_CONTEXT.finditer(low):
        cursor = context.end()
        if low[context.start()] not in "ac" or low.startswith("con", context.start()):
            # "account" and "compte" are everywhere; a secret said to fail follows logging in
            contexts.append(cursor)
        stop = min(len(text), cursor + 90)
        if _PAIR_MATERIAL.search(text, cursor, stop) is None and _capitals(text, cursor, stop) < 3:
            continue  # no digit, symbol, dot or inner capitals ahead: no chosen secret, no username
        for _ in range(8):
            user = _GAP_THEN_VALUE.match(text, cursor, stop)
            if user is None or (user.group(1) is not None and cursor != context.end()):
                break
            cursor = user.end()
            word = user.group(2)
            if word.isalpha() and not word[0].isupper():
                continue  # a word of prose, as most are: no digit, dot or dash, and no capital to open a name
            start, end = _trim(text, user.start(2), cursor)
            if start >= end:
                continue
            word = text[start:end]
            if word.isalpha() and not word[0].isupper():
                continue
            strong = _strong_username(word)
            if not strong and not _name_shaped(word):
                continue  # most words: tested before the joint after them is looked for
            if text[end : end + 1] == ":" and (
                _PLACE_LABEL.fullmatch(low, start, end + 1)
                or FOR_BEFORE.search(low, max(0, start - 16), start)
            ):  # "inloggen in de OpslagApp: sanne.b82 / …", "Login voor FusionSolar: arncla5, …"
                continue  # the login's place, the pair after it
            glue = _PAIR_GLUE.match(text, end)
            if glue is None:  # pragma: no cover - the expression matches the empty string
                break
            if not strong and not text[end : glue.end()].strip(" \t,"):
                continue  # a name-like user needs a joint to its secret: "JeroenVanDam en dan uilpumpkin67"
            secret = _VALUE.match(text, glue.end(), stop)
            if secret is None:
                if _LOGIN_AS.search(low, max(0, start - 12), start) and not _IBAN_SHAPE.fullmatch(
                    text[start:end]
                ):
                    _logged_in_with(text, start, end, out)  # "inloggen doe ik met kbakker76"
                break
            p_start, p_end = _trim(text, secret.start(), secret.end())
            password = text[p_start:p_end]
            if _IBAN_SHAPE.fullmatch(text[start:end]):
                break
            if p_end > p_start and _secret_like(password) and not _not_secret_shape(password):
                if not _starts_cue(text, p_start) and not _starts_cue(text, start):  # ("Pers.nr E58435")
                    out.append(Span(start, end, "username"))
                    out.append(Span(p_start, p_end, "password"))
            elif _LOGIN_AS.search(low, max(0, start - 12), start):
                _logged_in_with(text, start, end, out)  # "ik log in met jdevries84", "logged in as j.doe_1"
            break
    return contexts


# A login's name right before "met"/"with": the word after it is its password ("Admin is CLAESH48 met
# DuinBoot7976"), not a second name.
_USER_THEN_WITH = LazyPattern(
    r"(?<![^\s])([A-Za-z][A-Za-z._-]{1,30}[0-9]{1,6})[ \t]++(?:met|with|avec)[ \t]++$"
)


def _logged_in_with(text: str, start: int, end: int, out: list[Span]) -> None:
    user = _USER_THEN_WITH.search(text, max(0, start - 44), start)
    word = text[start:end]
    if user is not None and _secret_like(word) and not _not_secret_shape(word):
        out.append(Span(user.start(1), user.end(1), "username"))
        out.append(Span(start, end, "password"))
    else:
        out.append(Span(start, end, "username"))


# "elodie1992 falcon_6994_& c'est bien ça non??", "taylor.o Haring1989* is right isn't it": a user
# and a password side by side, opening the sentence that asks whether they are right.
_CONFIRM = LazyPattern(
    r"(?<![a-z])(?:c'est bien ça|c'est bien ca|c'est correct|(?:is|are|that's|that is) (?:right|correct)|"
    r"klopt (?:toch|dat)|"
    r"(?:is|zijn) (?:toch )?goed|"
    # what the customer types: "c ce que je tape", "is what I type", "dat typ ik in"
    r"c(?:'est|'|est)? ce que (?:je tape|j'ai tapé|j'ai tape|je mets)|"
    r"(?:is|that's|thats) what i (?:type|typed|enter|entered)|dat (?:typ|tik) ik|"
    # what they do or do not do: "X en Y werken niet", "I use X and Y to log in"
    r"werken niet|werken nie|doen het niet|don'?t work|do not work|doesn'?t work|ne marchent pas|"
    r"to log ?in|to sign ?in|om in te loggen|pour me connecter)(?![a-z])"
)


# One anchor in each phrase: found with str.find, not by trying the expression at every letter.
_CONFIRM_ANCHORS = (
    "bien", "right", "correct", "klopt", "goed", "que j", "what i", "typ ik", "tik ik", "werken ni",
    "doen het", "t work", "not work", "marchent", "to log", "to sign", "om in te", "pour me",
)  # fmt: skip
# Words that open a sentence's pair as well as punctuation does: "I use X and Y to log in".
_PAIR_OPENERS = frozenset("use used gebruik gebruikte utilise j'utilise with met avec typ type tik".split())
# Between a user and a password: a joining word or an emoji ("bram.smit 🫠 et DOLfijn!9").
_PAIR_JOINERS = frozenset({"et", "en", "and", "&", "+", "y"})


def _confirmed_pairs(text: str, low: str, out: list[Span]) -> None:
    for anchor in _CONFIRM_ANCHORS:
        at = low.find(anchor)
        while at != -1:
            confirm = _CONFIRM.search(low, max(0, at - 8), at + 12)
            at = low.find(anchor, at + 1)
            if confirm is not None:
                _confirmed_pair(text, confirm, out)


def _worded(word: str) -> bool:
    """Not an emoji or a sign alone."""
    return word.isascii() or any(ch.isalnum() for ch in word)


def _confirmed_pair(text: str, confirm: re.Match[str], out: list[Span]) -> None:
    """The user and the password that end the text right before a confirming question."""
    line = text.rfind("\n", max(0, confirm.start() - 120), confirm.start()) + 1
    before = text[max(line, confirm.start() - 120) : confirm.start()]
    words = [word for word in before.split() if _worded(word)]
    if words and words[-1] == "/":
        return
    if len(words) >= 3 and (words[-2] == "/" or words[-2].lower() in _PAIR_JOINERS):
        del words[-2]  # "jan83 / Welkom01!", "GlitchGlitch#0120 et unic0rn55"
    if len(words) < 2 or (
        len(words) > 2 and words[-3][-1:] not in ".!?:,>)" and words[-3].lower() not in _PAIR_OPENERS
    ):
        return  # the pair must open its sentence: "…again. taylor.o Haring1989* is right"
    user, password = words[-2], words[-1]
    mail = _EMAIL_SHAPE.fullmatch(user) is not None  # "I use a.b@live.nl and welkom123 to log in"
    if (
        not _strong_username(user)
        and not mail
        and not _shouted_user(user)
        and not (
            _user_like(user)
            and (_SYMBOLS.search(password) or ("." in password[1:-1] and _HAS_DIGIT.search(password)))
        )
    ):
        return  # a name-like user ("manon-charlier") only beside a password full of signs
    if not _secret_like(password) or _not_secret_shape(password) or _NUMBER_LIKE.fullmatch(password):
        return
    end = confirm.start()
    while text[end - 1] in " \t":
        end -= 1
    p_start = end - len(password)
    u_start = text.rfind(user, 0, p_start)
    if not mail:  # (an e-mail address is found as one)
        out.append(Span(u_start, u_start + len(user), "username"))
    out.append(Span(p_start, end, "password"))


# "ingelogd op het modem met gebruiker admin en wachtwoord X", "logged in to the router as admin with password
# X", "connecté au modem avec …", "I can log in at http://192.168.0.1 with password X": a password in a
# clause that logs in to the box (by its name or its address on the home network) is its admin login,
# whatever else the sentence says of the wifi ("(from the sticker)"), unless the wifi is named between them.
_BOX_LOGIN = LazyPattern(
    r"(?<![a-z])(?:logged|log|signed|sign|ingelogd|inloggen|ingelogt|aangemeld|aanmelden|connecté|connectée"
    r"|connecte|connecter)[ \t]++(?:in[ \t]++)?(?:to|into|on|onto|at|op|in|au|à|sur|a|via)[ \t]++"
    r"(?:(?:the|my|het|de|mijn|la|le|mon|ma|onze|our)[ \t]++)?"
    r"(?:router|routeur|modem|box|admin|(?:https?://)?(?:192\.168\.|10\.0\.|fritz\.box|routerlogin))"
)
_BOX_LOGIN_REACH = 90
_WIFI_NAMED = LazyPattern(r"wi-?fi|wlan|ssid|wireless|draadloos|sans[ -]fil")


def _box_login(low: str, cue_start: int) -> bool:
    begin = max(0, cue_start - _BOX_LOGIN_REACH)
    begin = max(begin, low.rfind("\n", begin, cue_start) + 1, low.rfind(". ", begin, cue_start) + 1)
    if (
        "mod" not in low[begin:cue_start]
        and "rout" not in low[begin:cue_start]
        and "box" not in low[begin:cue_start]
        and "192.168." not in low[begin:cue_start]
        and "10.0." not in low[begin:cue_start]
    ):
        return False  # cheap: most password cues have no box before them
    last_end = -1
    for login in _BOX_LOGIN.finditer(low, begin, cue_start):
        last_end = login.end()
    return last_end != -1 and _WIFI_NAMED.search(low, last_end, cue_start) is None


# "jdevries84 / wachtwoord Zomer2024!", "jdevries84, ww: …": the username right before a password cue.
_TOKEN_BEFORE = LazyPattern(
    # an emoji may stand between: "compte tdupont88 😬 mdp=…", "acc: nova_seppexo ✨ pw=…"
    r"([^\s\"“(]{3,60})[ \t]*+(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]{1,8}[ \t]*+)?"
    r"(?:[,/|;—–(]|-(?=[ \t])|"
    # "kaerts79 en als paswoord …", "jdoe and as password …": what the next value is, said before it
    r"(?:\ben\b|\band\b|\bet\b)(?:[ \t]++(?:als|as|comme)\b)?|"
    # "naam: mvandijk89 — ww: …", "nathalie.martin avec le mot de passe …": a dash, an article after 'with'
    r"(?:\bmet\b|\bwith\b|\bavec\b)(?:[ \t]++(?:le|het|the|de|son|zijn|mijn|my|mon|haar|her|his))?)?"
    r"[ \t]*+$"
)


# A link's user with no password in it: the password is given after the link.
_LINK_USER = LazyPattern(r"[a-z][a-z0-9+.-]{1,15}://([^\s:@/]{2,40})@")


# A login name typed in capitals with digits, right before its password's cue: "PIETJE22", "J.DEVRIES84".
# (Capitals and digits alone elsewhere are codes and references: "ERR401", "KL1235".)
_SHOUTED_USER = re.compile(r"(?=[A-Z._\-]{0,26}[A-Z]{4})[A-Z][A-Z._\-]{3,30}[0-9]{1,4}")


_CODE_NAMED_BEFORE = re.compile(r"(?i)(?:code|nummer|number|nr|no|ref|coupon|voucher)[ \t.:#]*$")


def _shouted_user(word: str) -> bool:
    return _SHOUTED_USER.fullmatch(word) is not None and not word.startswith(("ERR", "ERROR", "FOUT", "CODE"))


def _username_before(text: str, cue_start: int, out: list[Span]) -> None:
    if cue_start and (text[cue_start - 1].isalnum() or text[cue_start - 1] in "_."):
        return  # "db_password", "MAIL_PASSWORD": the cue ends an identifier, no word stands before it
    match = _TOKEN_BEFORE.search(text, max(0, cue_start - 70), cue_start)
    if match is None:
        return
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    if "://" in word:
        user = _LINK_USER.match(text, start, end)  # "sftp://mgriffin62@host:465 with password …"
        if user is not None and _login_name(user.group(1)):
            out.append(Span(user.start(1), user.end(1), "username"))
        return
    low = text[max(0, start - 40) : start].lower()
    if (
        not _strong_username(word)
        and text[end:cue_start].split()[:1] in (["met"], ["with"], ["avec"])
        and _user_with_password(text, cue_start, out)
    ):
        return  # "…, vandermeerd met wachtwoord 70Panda!jr"
    if _IBAN_SHAPE.fullmatch(word) or not (
        _strong_username(word)
        or (_shouted_user(word) and not _CODE_NAMED_BEFORE.search(text, max(0, start - 20), start))
        # ("PIETJE22 (wachtwoord …)", "log in as PIETJE22 with password …"; not "actiecode GRATIS671")
        or (_user_like(word) and _LOGIN_AS.search(low) is not None)
        or (
            word.lower() in _ADMIN_ACCOUNTS
            and _LOGIN_AS.search(low) is not None
            and _box_login(text.lower(), start)
        )
    ):
        return  # a name-like user only after 'met', 'with', 'als': "ingelogd geweest met AnneliesMartens, …"
    if REFERENCE_BEFORE.search(low) or _ERROR_BEFORE.search(low) or low.rstrip().endswith(("iban", "id")):
        return
    if isp_ssid(word):
        return  # "new ntwork telenet-7A2B1, password …": the network's default name, no login
    if any(span.type == "customer_number" and span.start == start for span in out):
        return  # "r-nummer u0148149, paswoord …": its own cue read it a student's number
    out.append(Span(start, end, "username"))


_NETWORK_REACH = 120


# The places a login is for ("inlog portal: X / Y", "Username for the Lightspeed dashboard is X"): one list
# for every reading (here, cue_window.py and credentials.py).
LOGIN_PLACES = (
    r"(?:dashboard|portal|portaal|portail|klantportaal|account|app|site|website|webshop|shop|store|backend|"
    r"back-office|backoffice|panel|admin|platform|plateforme|espace client|klantenzone)"
)
# An e-mail address as the login, its password after a slash, where logging in or its place was spoken of
# just before: "Inloggen op klantenzone lukt niet: wouters.elke@hotmail.com / Soleil.49! (E390)". The address
# is the e-mail detector's; the password must look chosen (`_looks_chosen`).
_MAIL_BEFORE_SLASH = LazyPattern(r"[\w.+-]@[\w-]++(?:\.[\w-]++)++[ \t]?$")
_MAIL_LOGIN_BEFORE = LazyPattern(
    lambda: f"{_LOGIN_CONTEXT.pattern.pattern}|(?<![a-z]){LOGIN_PLACES}(?![a-z])"
)
_MAIL_LOGIN_REACH = 80


def _mail_pair(text: str, low: str, slash: int, out: list[Span]) -> None:
    mail = _MAIL_BEFORE_SLASH.search(text, max(0, slash - 80), slash)
    if mail is None or not _MAIL_LOGIN_BEFORE.search(low, max(0, slash - _MAIL_LOGIN_REACH), mail.start()):
        return
    secret = _SLASH_SECRET.match(text, slash + 1)
    if secret is None:
        return
    start, end = _trim(text, secret.start(1), secret.end(1))
    if ")" in text[start:end] and "(" not in text[start:end]:
        end = text.index(")", start)  # "(mike.hughes@proton.me / croissantorangesunshine72)?"
    password = text[start:end]
    if end > start and _looks_chosen(password) and _secret_like(password) and not _not_secret_shape(password):
        out.append(Span(start, end, "password"))


def _looks_chosen(password: str) -> bool:
    """Signs in it, or capitals and digits: a password a person chose, not a word or a model's name."""
    return _SYMBOLS.search(password) is not None or (
        any(map(str.isupper, password)) and _HAS_DIGIT.search(password) is not None
    )


# A login's place and its colon right before the pair: any name is its login ("Can't get into the customer
# portal: lmiller / Pluis.70$", "mes identifiants de l'espace client : LEMAIREN / welkom#1977").
_PLACE_BEFORE_PAIR = LazyPattern(
    r"(?<![a-z])(?:[a-z]+-?)?" + LOGIN_PLACES + r"(?:[ \t]++[a-z]+)?[ \t]*+:[ \t]*+$"
)
_PLACE_REACH = 40


# A login's place in one word, then its colon, between the cue and the pair: "Identifiants portail: X / Y",
# "Inloggegevens studentportal: X / Y".
_PLACE_LABEL = LazyPattern(r"(?:[a-z]+-?)?" + LOGIN_PLACES + r"[ \t]*+:")


# "inloggen met jdevries84 Zomer2024!", "inloggegevens (jan83 / Welkom01)", "credentials are a / b".
_PAIR_GLUE = re.compile(
    r"[ \t]*+(?:/|\||,|;|:|&|\+|—|–|-(?=[ \t])|\ben dan\b|\band then\b|\bet puis\b|\bpuis\b|\bthen\b|"
    # Dutch puts the verb's particle between the user and the joint: "ik geef jan84 in en dan Zomer!24"
    r"\bin(?:,|[ \t]++en)?[ \t]++(?:dan|daarna|erna)\b|\bin[ \t]++en\b|"
    r"\ben\b|\band\b|\bet\b|\bwith\b|\bmet\b|\bavec\b|"
    r"\(?\bpw\b[:=]?|\(?\bww\b[:=]?)?[ \t]*+",
    re.IGNORECASE,  # "INLOGGEN MET devriesh EN WW …"
)
_ALSO_WORDS = frozenset({"also", "aussi", "ook"})
# What a login is for, right before its place: "mijn inlognaam voor de padel app is mmartin3", "Login voor
# FusionSolar: arncla5, …".
FOR_BEFORE = LazyPattern(
    r"(?i)(?<![a-z])(?:voor|for|pour)(?:[ \t]++(?:de|het|the|la|le|mijn|my|mon|ma))?[ \t]++$"
)
_THING_ARTICLES = frozenset({"de", "het", "le", "la"})  # before a login's word or a thing's name alike
_LOGIN_FILLER = frozenset(
    "met with are zijn is: zijn: are: is : mijn my de het the: als as: staat staan luiden as als avec "
    "comme naam: name: nom: naam name".split()  # "ingelogd met naam: mvandijk89 — ww: …": a label
)


def _gap_after(text: str, pos: int) -> int:
    gap = _GAP.match(text, pos)
    return gap.end() if gap is not None else pos


def _login_name(word: str) -> bool:
    """After a login cue, the user half of 'name:secret' may be a plain name ('ldekker')."""
    if "-" in word and _ASKING_VERB.fullmatch(word.lower()):
        return False  # "avec quel login essayez-vous de …": a question, not a name
    return (
        _strong_username(word)
        or (_USERNAME_SHAPE.fullmatch(word) is not None and word[:1].islower() and word not in _NOT_A_SECRET)
        or _EMAIL_SHAPE.fullmatch(word) is not None
    )


def _login_pair(
    text: str, pos: int, limit: int, out: list[Span], paired: bool = False, named_as: bool = False
) -> None:
    """The user (and the password) after a login cue; after "log in as" a name-like user alone too."""
    cursor = pos
    articled = False  # an article came right before the word
    for _ in range(4):  # skip "met", "are", ":" up to the username
        gap = _GAP.match(text, cursor)
        if gap is None or (gap.group(1) is not None and cursor != pos):
            return
        user = _VALUE.match(text, gap.end(), limit)
        if user is None:
            return
        start, end = _trim(text, user.start(), user.end())
        word = text[start:end]
        if word.lower() in _ARTICLES - _THING_ARTICLES:
            return  # "log in with my Pixel 8a": a device follows, not a username
        if (
            start >= end
            or word.lower() in _LOGIN_FILLER
            or _PLACE_LABEL.fullmatch(text[start : user.end()].lower())  # "Identifiants portail: X / Y"
        ):
            articled = word.lower() in _THING_ARTICLES
            cursor = user.end()
            continue
        break
    else:
        return
    if "://" in word:
        return  # "I tried https://admin.microsoft.com but can't get in": a page, no user and password
    joint = ":" if ":" in word else "/"
    if joint in word and not _EMAIL_SHAPE.fullmatch(word):  # "credentials: jan83:Welkom01", "a/b"
        user_part, _, secret_part = word.partition(joint)
        if _login_name(user_part) and _secret_like(secret_part) and not _not_secret_shape(secret_part):
            if not _EMAIL_SHAPE.fullmatch(user_part):
                out.append(Span(start, start + len(user_part), "username"))
            out.append(Span(start + len(user_part) + 1, end, "password"))
        return
    if (
        not _USERNAME_SHAPE.fullmatch(word.rstrip(","))
        and not _EMAIL_SHAPE.fullmatch(word)
        and not _strong_username(word.rstrip(","))
    ):
        return
    if word.lower() in _NOT_A_SECRET or _starts_cue(text, start):
        return
    glue = _PAIR_GLUE.match(text, end)
    if glue is None:  # pragma: no cover - the expression matches the empty string
        return
    if _starts_password_cue(text, glue.end()) or _starts_password_cue(text, _gap_after(text, end)):
        if articled and not text[end : glue.end()].strip():
            return  # "Log in met het tijdelikje wachtwoord …": the password's word, no user
        if (_login_name(word) or _user_like(word)) and not _EMAIL_SHAPE.fullmatch(word):
            out.append(Span(start, end, "username"))  # "inloggen met jan83 en ww …": the cue takes the rest
        return
    secret = _VALUE.match(text, glue.end(), limit)
    if secret is None:
        return
    if text[secret.start() : secret.end()].lower() in _ALSO_WORDS:
        return  # "I tried tepif268V and also Rocket86": two passwords tried (`situations._tried_also`)
    p_start, p_end = _trim(text, secret.start(), secret.end())
    password = text[p_start:p_end]
    if p_end <= p_start or not _secret_like(password) or _not_secret_shape(password):
        if _strong_username(word) or (named_as and _user_like(word)):
            out.append(Span(start, end, "username"))  # "I log in as jose-davis. can u reset it"
        return
    if (
        not _strong_username(word)
        and not _EMAIL_SHAPE.fullmatch(word)
        and not text[end : glue.end()].strip()
        and not (paired and _login_name(word))
    ):
        return  # "Samsung QE55Q80C": a plain word and a code side by side are a brand and a model
    if _starts_cue(text, p_start):
        return
    if not _EMAIL_SHAPE.fullmatch(word):
        out.append(Span(start, end, "username"))
    out.append(Span(p_start, p_end, "password"))


_OTP_VALUE = LazyPattern(r"(?:[A-Z]-)?[0-9]{5,8}(?![\w/:-]|[.,][0-9])")


# A name run together with a capital inside, as people pick one for a login: "inesFietsfan", "jensBookworm";
# three small letters first, so no brand ("iPhone", "eBay", "iCloud").
_CAMEL_HANDLE = LazyPattern(r"[a-z]{3,20}(?:[A-Z][a-z]{1,20}){1,3}[0-9]{0,4}")
_DASH_AFTER = LazyPattern(r"[ \t]++[-–—][ \t]++")


def _weak_cue_ok(category: str, text: str, pos: int) -> bool:
    """A weak cue ("pin", "code", "login") without ':' still counts before an unmistakable value."""
    if category in ("pin", "puk"):
        return _DIGITS_VALUE.match(text, pos) is not None
    if category == "otp":
        return _OTP_VALUE.match(text, pos) is not None
    if category == "username":
        value = _VALUE.match(text, pos)
        if value is None:
            return False
        if _PAIR_AFTER_USERNAME.match(text, value.end()) is not None:
            return True
        start, end = _trim(text, value.start(), value.end())
        if _strong_username(text[start:end]) or _CAMEL_HANDLE.fullmatch(text, start, end):
            return True
        if login_handle(text, start, end):
            return True  # "Login ldavis, date of birth …": an initial glued to a surname
        if _ISSUED_LOGIN.fullmatch(text, start, end) and not text.startswith(_ERROR_PREFIXES, start):
            return True  # "login RD168364", "user E724103": an employer's or a school's issued login
        if _LOGIN_IN_FOURS.match(text, start):
            return True  # "login 1311 5583 8488 / …": a number issued as the login, shown in fours
        dash = _DASH_AFTER.match(text, value.end())  # "login devriesj - wachtwoord …"
        if dash is not None and _starts_password_cue(text, dash.end(), which=True):
            return True
        after = _PAIR_GLUE.match(text, value.end())  # "login devriesj en wachtwoord …"
        if (
            after is not None
            and "\n" not in text[value.end() : after.end()]
            and _starts_password_cue(text, after.end(), which=True)
        ):
            return True
        below = _NEXT_LINE.match(text, value.end())  # "gebruiker sdeclercq⏎paswoord …": the form's next row
        return below is not None and _starts_password_cue(text, below.end(), which=True)
    if category == "api_key":  # "secret 9f2c…", "token 5eb9c23a…": only long key-like values
        value = _VALUE.match(text, pos)
        return value is not None and len(value.group().rstrip(_TRAILING)) >= 20
    return False


# A login as an employer, a school or a portal issues it: capitals, then digits, six characters at least
# (64 of 64 such values after a login's cue are labelled a username); not an error's code.
_ISSUED_LOGIN = re.compile(r"(?=.{6,14}$)[A-Z]{1,6}[0-9]{3,8}")
_ERROR_PREFIXES = ("ERR", "HTTP", "ERROR", "CODE")
_WHICH_PASSWORD = re.compile(
    r"(?i:oude?|old|nieuwe?|new|mijn|my|mon|het|the|le|huidige|current)[ \t]++(?=[a-z])"
)
_SECRET_SHAPE_AFTER = re.compile(r"[ \t:=]*+(?:(?:is|was|est)[ \t]++)?[^\s]*?[0-9!@#$%&*?]")
_LOGIN_IN_FOURS = re.compile(r"[0-9]{4}(?:[ \t][0-9]{4}){2,3}(?![0-9])")


def _starts_password_cue(text: str, start: int, which: bool = False) -> bool:
    while start < len(text) and text[start] in "([":
        start += 1  # "rthomas (pw Summer@21)"
    told = _WHICH_PASSWORD.match(text, start) if which else None
    if told is not None:
        start = told.end()  # "login tpeeters, oud paswoord Yoqvxd904%", "login x and my password is …"
    found = find_cues(text[start : start + 24].lower())
    if not (found and found[0][1] == 0 and found[0][0] == "password"):
        return False
    # (after such a word, a secret's shape must follow: not "login storing, mijn paswoord werkt niet")
    return told is None or _SECRET_SHAPE_AFTER.match(text, start + found[0][2]) is not None


# Not when the next word is itself a password cue with its own ':' ("jan / wachtwoord: ..."). The word is
# checked in two linear steps: `\w*(?:pass)\w*` would try every cue position in a long word. The run
# before it stays greedy, as it always was: handing back one space passes the check in one step.
_PAIR_AFTER_USERNAME = re.compile(r"[ \t]*+(?:/|\||,|;|&)[ \t]*(?!(?=\w*(?:ww|pass|wacht|pw))\w*+\s*+[:=])")


_ADMIN_NAMED = (" admin ", "\nadmin ")
_NEXT_LINE = LazyPattern(r"[ \t]*+\r?\n[ \t>]*+")
_FIELD_GOES_ON = LazyPattern(r"[ \t][\w-]")
_NUMBER_GOES_ON = LazyPattern(r"(?:[ \t]*+:)?[ \t]++[+(]?[0-9]")


# The login's code named after it: "son identifiant est InesMartin et le code Fiets_dragon30", "my username
# is jpieters and the code is dragon594" (typed in haste too: "et le coode …", "et le coed …").
_CODE_AFTER_USERNAME = re.compile(
    r"(?i:[ \t]*+,?[ \t]*+(?:et|en|and)[ \t]++(?:(?:le|de|het|the|mon|mijn|my|son|zijn|his|her)[ \t]++)?"
    r"(?:code|coode|cdoe|coed|cod)(?:[ \t]++(?:est|is|was|c'est))?[ \t]*+[:=]?[ \t]*+)"
)


def _pair_after_username(text: str, end: int, out: list[Span]) -> None:
    """'login: jan83 / Welkom01': the value after the slash is the password."""
    glue = _PAIR_AFTER_USERNAME.match(text, end)
    if glue is None:
        coded = _CODE_AFTER_USERNAME.match(text, end)
        value = _VALUE.match(text, coded.end()) if coded is not None else None
        if value is not None:
            start, stop = _trim(text, value.start(), value.end())
            word = text[start:stop]
            if _LETTER.search(word) and not word.isalpha() and _secret_like(word):
                out.append(Span(start, stop, "password"))  # (a chosen word: not "le code postal")
        return
    value = _VALUE.match(text, glue.end())
    if value is None or _starts_cue(text, value.start()):
        return
    start, stop = _trim(text, value.start(), value.end())
    if text[end : glue.end()].strip() in (",", ";") and not _secret_like(text[start:stop]):
        return  # "my username is jan83, can you freeze it": after a comma only a chosen-looking word
    in_row = text[end : glue.end()].strip() == "|"
    if in_row and text[start:stop].isalpha() and _FIELD_GOES_ON.match(text, stop):
        return  # "Username jan83 | Last login 01-12-2026 | Device …": the next field's name, in a row
    if text[start:stop].replace(".", "").isalpha() and _NUMBER_GOES_ON.match(text, stop):
        return  # "login p.davies / DOB 06/08/1969 / …", "/ invoice 2025/2415": a field's name, its number
    if stop - start >= 3 and text[start:stop].lower() not in _NOT_A_SECRET:
        out.append(Span(start, stop, "password"))


# Logging in somewhere named between the verb and "with": "inloggen in de app met maesj en …", "log in to
# the portal with jdoe and …", "me connecter sur l'appli avec …" (the cue "inloggen met" without its place).
# Dutch splits the verb around who logs in: "we loggen allemaal in met jan_80 / bloem9573".
_LOGIN_AT_PLACE = LazyPattern(
    r"(?<![a-z])(?:(?:inloggen|inlogen|log[ \t-]?in|logging[ \t]++in|(?:me|se)[ \t]++connecter|aanmelden)"
    r"[ \t]++(?:in|op|on|to|into|sur|dans|bij|at)[ \t]++"
    r"(?:(?:de|het|the|la|le|mijn|my|mon|ma|your|je|uw|jullie)[ \t]++|l')?[\w.\-]{2,24}"
    r"|(?:loggen|logt|logde|logden|lgogen)[ \t]++(?:[a-z]{2,12}[ \t]++){0,2}in)"
    r"(?=[ \t]++(?:met|with|avec)[ \t])"
)
_LOGIN_AT_REACH = 80
# The words each pass needs before it is run: a verb of logging in, one's login named.
_LOGIN_AT_HINTS = ("log", "lgog", "connecter", "aanmeld")
_OWN_LOGIN_HINTS = ("log", "gebruikersnaam", "user", "identifiant", "account", "compte")
# One's own login named, then said to fail: "Mijn login jensmertens werkt niet meer", "my login harryevans
# keeps timing out", "mijn gebruikersnaam kevin-kok wordt niet herkend". The name is a plain word then: no
# word of prose may stand in its place ("my login page keeps loading", "mijn account nu ook geblokkeerd").
_OWN_LOGIN_FAILS = LazyPattern(
    r"(?<![a-z])(?:mijn|my|mon|je|your|uw|our|onze)[ \t]++"
    r"(?:login|inlog|inlognaam|gebruikersnaam|username|user[ ]name|identifiant|account|compte)[ \t]++"
    r"([a-z][a-z\-]{3,20})[ \t]++"
    r"(?:werkt|blijft|wordt|werd|keeps|doesn'?t|does[ ]not|won'?t|isn'?t|fonctionne|marche|geeft|lukt|"
    r"has[ ]been|(?:is|was)[ ](?:locked|blocked|hacked|geblokkeerd|bloqué))(?![a-z])"
)
# (besides the words that are never a secret: "page", "still", "details")
_PROSE_AFTER_LOGIN = frozenset(
    "code codes detail session sessie info data number nummer adres address password wachtwoord procedure "
    "process proces balance saldo just only always altijd really suddenly opeens plots toujours encore "
    "aussi ineens gewoon helemaal settings instellingen profile profiel history historiek form "
    "formulier".split()
)


# A pair given right after asking to log in: "Can you log in and have a look? xfleurx / Eline96?", "Kunnen
# jullie inloggen? PEETERSL / wint3r72": the user, a slash between spaces, and a chosen password.
_LOGIN_ASKED_THEN_PAIR = LazyPattern(
    r"(?<![a-z])(?:log[ \t-]?in|inloggen|se[ \t]++connecter|aanmelden|sign[ \t-]?in)(?![a-z])"
    r"[^.?!\n]{0,40}+[.?!:]?[ \t]++([^\s/]{3,30}+)[ \t]++/[ \t]++([^\s/]{4,40}+)"
)


# What was tried several times before an account locked is its password: "bloqué après 3 essais avec
# Pluto-kaas67", "geblokkeerd na 3 pogingen met Tulp-winter26", "locked after 3 attempts with X".
_TRIED_WITH = LazyPattern(
    r"(?<![a-z])(?:essais|tentatives|pogingen|attempts|tries)[ \t]++(?:met|with|avec)[ \t]++([^\s,;]{4,40})"
)
_TRIED_HINTS = ("essais", "tentatives", "pogingen", "attempts", "tries")


def told_logins(text: str, low: str, out: list[Span]) -> None:
    """Logins told around a cue the cue finder does not read whole: the user and the password after
    "logging in somewhere with" (the place named between), a pair given after asking to log in, and one's
    own login name said to fail."""
    if contains_any(low, _LOGIN_AT_HINTS):
        for match in _LOGIN_AT_PLACE.finditer(low):
            if free_of(out, match.end(), match.end() + 8):
                _login_pair(text, match.end(), min(len(text), match.end() + _LOGIN_AT_REACH), out)
        if " / " in text:
            for pair in _LOGIN_ASKED_THEN_PAIR.finditer(low):
                user = _trim(text, *pair.span(1))
                secret = _trim(text, *pair.span(2))
                if (
                    text[slice(*user)].lower() not in _NOT_A_SECRET
                    and _secret_like(text[slice(*secret)].lstrip("@"))  # ("@pp3l97": a sign opens it)
                    and free_of(out, user[0], secret[1])
                ):
                    out.append(Span(*user, "username"))
                    out.append(Span(*secret, "password"))
    if contains_any(low, _TRIED_HINTS):
        for match in _TRIED_WITH.finditer(low):
            start, end = _trim(text, *match.span(1))
            value = text[start:end]
            if _secret_like(value) and not _not_secret_shape(value):
                out[:] = [span for span in out if not (span.type == "username" and span.start == start)]
                if free_of(out, start, end):
                    out.append(Span(start, end, "password"))
    if not contains_any(low, _OWN_LOGIN_HINTS):
        return
    for match in _OWN_LOGIN_FAILS.finditer(low):
        start, end = match.span(1)
        name = match.group(1)
        if name in _PROSE_AFTER_LOGIN or name in _NOT_A_SECRET or not text[start:end].islower():
            continue
        if free_of(out, start, end):
            out.append(Span(start, end, "username"))
