"""Cue words (Dutch and English) and the tolerant regular expression that finds them.

Customers type fast: `wachtwoord` arrives as `wachtwood`, `wahctwoord`, `Wachtwooord`. Every long cue
word is expanded into its one-edit typo variants (a letter dropped, two neighbours swapped, a letter
doubled) and the whole lexicon is compiled into one prefix-factored expression, so finding cues costs
one pass over the text however many variants there are.
"""

from __future__ import annotations

import re
from typing import Final

# category -> cue words. A space inside a cue matches a space, hyphen, underscore or nothing.
CUES: Final[dict[str, tuple[str, ...]]] = {
    "password": (
        "password", "passwort", "passwd", "pwd", "pw", "pass", "passphrase", "wachtwoord", "wachtwoorden",
        "paswoord", "passwoord", "ww", "wachtw", "inlogcode", "login code", "toegangscode", "passcode",
        "access code", "wachtzin", "mot de passe",
    ),
    "pin": ("pin", "pincode", "pin code", "pin nummer", "pinnummer", "pin number", "pincode van mijn pas"),
    "puk": ("puk", "pukcode", "puk code", "puk nummer"),
    "otp": (
        "otp", "sms code", "smscode", "verificatiecode", "verificatie code", "verification code",
        "bevestigingscode", "confirmation code", "eenmalige code", "one time code", "one time password",
        "2fa code", "2fa", "mfa code", "security code", "beveiligingscode", "authenticatiecode",
        "authentication code", "activatiecode", "activation code", "tan code", "tancode", "code", "sms",
        "login token", "inlog token",
    ),
    "wifi_key": (
        "wifi key", "wifi password", "wifi wachtwoord", "wifiwachtwoord", "wifi code", "wifi sleutel",
        "wi fi key", "wi fi password", "wi fi wachtwoord", "wlan key", "wpa key", "wpa2 key", "wpa sleutel",
        "netwerksleutel", "network key", "netwerkcode", "wifi pass",
    ),
    "username": (
        "username", "user name", "user", "gebruikersnaam", "gebruiker", "login", "log in", "inlog",
        "inlognaam", "login naam", "loginnaam", "userid", "user id", "account naam", "accountnaam",
    ),
    "api_key": (
        "api key", "apikey", "api sleutel", "api token", "secret", "client secret", "secret key",
        "access key", "access token", "private key", "token", "auth token", "bearer token", "sleutel",
        "geheime sleutel", "app secret", "webhook secret",
    ),
    "customer_number": (
        "klantnummer", "klantnr", "klant nummer", "klant nr", "klant id", "klantid", "customer number",
        "customer no", "customer nr", "customer id", "client number", "client id", "clientnummer",
        "relatienummer", "account number", "accountnummer", "account nr", "account no", "contractnummer",
        "contract nummer", "contract number", "contract nr", "contract no", "polisnummer", "polis nummer",
        "polisnr", "policy number", "policy no", "policy nr", "lidnummer", "lid nummer", "membership number",
        "member number", "abonnementsnummer", "abonnementnummer", "subscription number", "aansluitnummer",
        "debiteurnummer", "debtor number", "pasnummer", "card holder number", "zorgverzekeringsnummer",
        "verzekerdennummer", "patientnummer", "patiëntnummer",
    ),
}  # fmt: skip

# Long single words get one-edit typo variants; short ones would start matching ordinary words.
_TYPO_MIN_LENGTH = 8


_SEPARATORS = str.maketrans("", "", " -_\t\n\u00a0")


def normalise_cue(text: str) -> str:
    return text.lower().translate(_SEPARATORS)


def _typo_variants(word: str) -> set[str]:
    variants = {word}
    if " " in word or len(word) < _TYPO_MIN_LENGTH:
        return variants
    for i in range(1, len(word)):  # keep the first letter: it keeps the noise down
        variants.add(word[:i] + word[i + 1 :])  # dropped letter
        variants.add(word[:i] + word[i] + word[i:])  # doubled letter
        if i < len(word) - 1:
            variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped neighbours
    return variants


def _lexicon() -> dict[str, str]:
    """normalised cue (no separators, lower case, typo variants included) -> category."""
    lexicon: dict[str, str] = {}
    for category, words in CUES.items():
        for word in words:
            for variant in _typo_variants(word):
                lexicon.setdefault(normalise_cue(variant), category)
    for category, words in CUES.items():  # an exact word beats someone else's typo variant
        for word in words:
            lexicon[normalise_cue(word)] = category
    return lexicon


def _stems() -> list[str]:
    """Literal anchors: every cue contains one of these even with a one-letter typo.

    A long word keeps its first four or its last four letters intact under any single edit; a
    multi-word cue is anchored on its last word.
    """
    stems: set[str] = set()
    for words in CUES.values():
        for word in words:
            last = word.split()[-1]
            if len(last) >= _TYPO_MIN_LENGTH:
                stems.update((last[:4], last[-4:]))
            else:
                stems.add(last)
    return sorted(stems, key=len, reverse=True)


LEXICON: Final = _lexicon()
STEM_RE: Final = re.compile("|".join(re.escape(stem) for stem in _stems()))
_LETTER = re.compile(r"[^\W\d_]")
_MAX_WORDS = 3


def find_cues(low: str) -> list[tuple[str, int, int]]:
    """(category, start, end) of every cue in lower-cased text; the longest cue wins."""
    found: list[tuple[str, int, int]] = []
    pos = 0
    n = len(low)
    while True:
        match = STEM_RE.search(low, pos)
        if match is None:
            return found
        start, end = match.span()
        while start > 0 and low[start - 1].isalpha() and match.start() - start < 24:
            start -= 1
        while end < n and low[end].isalpha() and end - match.end() < 24:
            end += 1
        if (start > 0 and low[start - 1].isalpha()) or (end < n and low[end].isalpha()):
            pos = end
            continue
        best = _longest_cue(low, start, end)
        if best is None:
            pos = end
            continue
        if found and best[1] < found[-1][2]:
            found.pop()  # "sms" then "sms code": keep the longer cue
        found.append(best)
        pos = best[2]


def _longest_cue(low: str, start: int, end: int) -> tuple[str, int, int] | None:
    # Words before this one joined by a single space, hyphen or underscore: "wifi-key", "sms code".
    starts = [start]
    cursor = start
    for _ in range(_MAX_WORDS - 1):
        if cursor < 2 or low[cursor - 1] not in " -_" or not low[cursor - 2].isalnum():
            break
        word_start = cursor - 1
        while word_start > 0 and low[word_start - 1].isalnum() and cursor - word_start < 24:
            word_start -= 1
        starts.append(word_start)
        cursor = word_start
    for candidate_start in reversed(starts):
        category = LEXICON.get(normalise_cue(low[candidate_start:end]))
        if category is not None:
            return category, candidate_start, end
    return None
