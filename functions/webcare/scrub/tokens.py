"""Tokens and API keys known by their shape, the values of auth headers, and the secrets inside links."""

from __future__ import annotations

import itertools
import re

from webcare.scrub.cues import one_letter_off
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    DIGEST_WORDS,
    DIGIT,
    SCREEN_ERROR,
    WIRELESS_WORDS,
    Span,
    contains_any,
    inside,
)

# ---------------------------------------------------------------------------------------------
# Tokens and API keys
# ---------------------------------------------------------------------------------------------

KNOWN_TOKENS = LazyPattern(
    r"(?:"
    r"(?:sk|rk|pk|pf)_(?:live|test)_[0-9A-Za-z]{16,}"
    r"|c[ks]_[0-9a-f]{32,64}"
    r"|api_[0-9A-Za-z]{20,}"
    r"|whsec_[0-9A-Za-z]{16,}"
    r"|key-[0-9a-f]{32}(?![0-9A-Za-z])"  # Mailgun's private API key
    r"|[0-9a-f]{32}-us[0-9]{1,2}(?![0-9A-Za-z])"  # Mailchimp's API key: its data centre after the dash
    r"|A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA)[0-9A-Z]{16}"
    r"|gh[pousr]_[0-9A-Za-z]{30,}"
    r"|github_pat_[0-9A-Za-z_]{40,}"
    r"|glpat-[0-9A-Za-z_\-]{20,}"
    r"|xox[abposr]-[0-9A-Za-z\-]{10,}"
    r"|AIza[0-9A-Za-z_\-]{35}"
    r"|sk-(?:proj-|ant-|live-)?[0-9A-Za-z_\-]{20,}"
    r"|SG\.[0-9A-Za-z_\-]{16,}\.[0-9A-Za-z_\-]{16,}"
    r"|npm_[0-9A-Za-z]{36}"
    r"|pypi-[0-9A-Za-z_\-]{50,}"
    r"|shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}"
    r"|dop_v1_[0-9a-f]{64}"
    r"|EAA[A-Za-z0-9]{30,}"
    r"|eyJ[0-9A-Za-z_\-]{8,}\.[0-9A-Za-z_\-]{8,}\.[0-9A-Za-z_\-]{8,}"
    r"|[0-9]{8,10}:AA[0-9A-Za-z_\-]{33}"  # a Telegram bot's token: the bot's id, ':', its secret
    r"|hf_[0-9A-Za-z]{30,}"
    r"|ya29\.[0-9A-Za-z_\-]{20,}"  # a Google OAuth access token
    r"|(?:live|test)_[0-9A-Za-z]{30}(?![0-9A-Za-z])"  # a Mollie API key
    r"|Atz[ar]\|[0-9A-Za-z_\-]{20,}"  # an Amazon (Login with Amazon, SP-API) access or refresh token
    r")"
)
# The value of an auth header: after "Bearer"/"Basic" or an "Authorization:" header a token (it stands
# for a user or a session); after an API-key header ("X-Api-Key:", "api-key:", "X-API-KEY:") a key. Its
# base64 padding may be written as a link writes it ("…Je%3D").
_PADDING = r"(?:=|%3[Dd])*"
# "Bearer" typed in haste ("Beearer", "Baerer", "Bearrer"), a token of sixteen characters or more after it.
# (Each starts with its "b", written once: the engine tries the rest only after one.)
_BEARER_SLIPS = sorted(one_letter_off("bearer") - {"beare", "beaker", "beater"}, key=len, reverse=True)
_AUTH_HEADER = LazyPattern(
    r"(?i)\bb(?:earer|asic|" + "|".join(slip[1:] for slip in _BEARER_SLIPS) + r")[ \t]++"
    r"([A-Za-z0-9._~+/\-]{16,}" + _PADDING + ")"
    r"|(?i:authorization|x-auth-token|x-access-token)[ \t]*+:[ \t]*+"
    r"(?:bearer[ \t]++|basic[ \t]++)?([A-Za-z0-9._~+/\-]{12,}" + _PADDING + ")"
    r"|(?i:(?:x-)?api-?key)[ \t]*+:[ \t]*+([A-Za-z0-9._~+/\-]{12,}" + _PADDING + ")"
)


def detect_tokens(text: str, low: str, out: list[Span]) -> None:
    if (
        "eyJ" not in text
        and "SG." not in text
        and _TOKEN_GATE_UPPER.search(text) is None
        and ":AA" not in text
        and "ya29." not in text
        and _TOKEN_GATE_UNDERSCORE.search(text) is None
        and _TOKEN_GATE_DASH.search(text) is None
        and "-us" not in text
    ):
        return _detect_auth_headers(text, low, out)
    for match in KNOWN_TOKENS.finditer(text):
        start = match.start()
        if (start > 0 and text[start - 1].isalnum()) or (
            match.group().startswith(_PUBLISHABLE) and _called_public(low, start, match.end())
        ):
            continue  # a vendor's key is a secret whatever its label, unless public by design and said so
        kind = _token_type(match.group())
        if kind == "token" and (
            _API_KEY_BEFORE.search(low, max(0, start - _API_KEY_REACH), start) is not None
            or (
                (match.group().startswith(_APP_TOKEN_PREFIXES) or _BOT_TOKEN.match(match.group()))
                and _KEY_RIGHT_BEFORE.search(low, max(0, start - 12), start)
            )
        ):
            # "our API key leaked: ghp_…", "x-api-key": "xoxb-…": what its owner calls it; an application's
            # bot token called its key ("met mijn key xoxb-…"; a person's token stays one)
            kind = "api_key"
        out.append(Span(start, match.end(), kind))
        if kind == "api_key":
            half = _SECRET_HALF.match(text, match.end())
            if half is not None and _mixed(half.group(1)):  # "AKIA… / wJalr…/K7MDENG+bPxRfi": its secret half
                out.append(Span(half.start(1), half.end(1), "api_key"))
    _detect_auth_headers(text, low, out)


# A key id and, after a slash, a colon or "and", the secret it pairs with (an access key's secret half is
# forty characters of base64 with '/' and '+' in it).
_SECRET_HALF = LazyPattern(r"[ \t]*+(?:[/:|,]|and|en|et)[ \t]*+([A-Za-z0-9+/]{30,60}+=*)(?![A-Za-z0-9+/=])")


def _mixed(value: str) -> bool:
    """Digits (or base64's '+' and '/'), capitals and small letters: a generated secret, not a word or a
    number ("DnlptWBDNWCbfIdOYGFYCyuTpVJ+JBTEBBPgwMVf" has no digit)."""
    signs = any(ch.isdigit() or ch in "+/" for ch in value)
    return signs and any(ch.isupper() for ch in value) and not value.isupper()


# Tokens that stand for a user or a session (JWTs, GitHub, GitLab and Slack tokens, Meta's and Shopify's
# access tokens) are `token`; keys that identify an application to an API are `api_key`.
_USER_TOKEN_PREFIXES = ("eyJ", "gh", "github_pat_", "glpat-", "xox", "hf_", "ya29.", "EAA", "shpat_",
                        "shpca_", "shppa_", "npm_", "at_", "pat_", "dop_v1_", "Atza|", "Atzr|")  # fmt: skip
_BOT_TOKEN = LazyPattern(r"[0-9]{8,10}:AA")
# Words that name a user's or a session's token rather than an application's key ("sessietoken", "JWT_SECRET",
# "refresh-secret", "bearer …"): what the cue rules and the machine-made-key pass both type by.
TOKEN_NAMES = ("token", "jeton", "jwt", "session", "sessie", "refresh", "bearer", "cookie", "csrf")


# An API key named just before a user's token, in its sentence, with no word for a token between.
_API_KEY_BEFORE = LazyPattern(
    r"(?<![a-z])(?:(?:x-)?api[ _\-]?(?:key|sleutel)|cl[ée][ \t]++(?:d')?api)(?![a-z])"
    # (no other value between: "clé API 12fed…, tkoen eyJ…"; a question that points at it may: "vraagt om een
    # API key, is dit 'm? xoxb-…")
    r"(?:(?!token|jeton)[^\n.!0-9]){0,48}$"
)
_APP_TOKEN_PREFIXES = ("xoxb-", "xapp-")  # Slack's bot and app tokens: an application's, like a bot's
# ("Access key ID: xoxb-…": the key's id, its owner's word for it)
_KEY_RIGHT_BEFORE = LazyPattern(r"(?<![a-z])(?:key|cl[ée]|sleutel)(?:[ \t]++id)?[ \t]*+[:=]?[ \t]*+$")
_API_KEY_REACH = 56


def _token_type(value: str) -> str:
    return "token" if value.startswith(_USER_TOKEN_PREFIXES) or _BOT_TOKEN.match(value) else "api_key"


# Cheap gates before the full expression: the '_' or '-' of a prefixed key (checked by fixed-width
# lookbehinds, only where such a character occurs), or an upper-case prefix. One search per separator:
# starting at a literal character, the engine skips ahead to it several times faster than to a class.
_SEPARATED_PREFIXES = (
    "sk_ rk_ whsec_ ghp_ gho_ ghu_ ghs_ ghr_ github_ glpat- xoxa- xoxb- xoxp- xoxo- xoxs- xoxr- sk- npm_ "
    "pypi- "
    "shpat_ shpss_ shpca_ shppa_ dop_ pk_ pf_ ck_ cs_ api_ key- hf_ live_ test_"
).split()


def _gate_after(separator: str) -> str:
    prefixes = (prefix for prefix in _SEPARATED_PREFIXES if prefix.endswith(separator))
    return re.escape(separator) + "(?:" + "|".join(f"(?<={re.escape(prefix)})" for prefix in prefixes) + ")"


_TOKEN_GATE_UNDERSCORE = re.compile(_gate_after("_"))
_TOKEN_GATE_DASH = re.compile(_gate_after("-"))
# The upper-case prefixes from their 'A' ("EAA" too): a search that starts at one literal character, not at
# any of three.
_TOKEN_GATE_UPPER = re.compile(r"A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|Iza|tz[ar]\||(?<=EA)A)")


# "bearer" and its slips: a "b" that opens a word, two of its letters after it.
_BEARER_GATE = re.compile(r"(?<![a-z])b[a-z]{0,2}(?:ea|ae|ee|ar|er)[a-z]{0,3}r[ \t]")
# "token:" or "key:": one search from the colon.
_AUTH_COLON = re.compile(r":(?:(?<=token:)|(?<=key:))")


def _detect_auth_headers(text: str, low: str, out: list[Span]) -> None:
    if (
        "bearer" in low
        or "basic" in low
        or "auth" in low
        or _AUTH_COLON.search(low) is not None
        or _BEARER_GATE.search(low) is not None
    ):
        for match in _AUTH_HEADER.finditer(text):
            group = match.lastindex or 1
            value = match.group(group)
            if KNOWN_TOKENS.match(value):
                continue
            stop = match.end(group)
            while value.endswith("."):
                value, stop = value[:-1], stop - 1
            if DIGIT.search(value) or len(value) >= 24:
                out.append(Span(match.start(group), stop, "api_key" if group == 3 else "token"))


# ---------------------------------------------------------------------------------------------
# URLs: left alone, except for the secrets inside them
# ---------------------------------------------------------------------------------------------

# A link is found by its "://" (any scheme: https, ftp, postgres, mysql, redis, amqp, mongodb+srv…) or
# its "www."; the scheme in front of "://" is taken by walking back over its letters (cheaper than an
# expression that would try a scheme at every letter of the message).
_URL = re.compile(r"(?:://|[wW][wW][wW]\.)[^\s<>\"'`]{1,2048}")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_MAX_SCHEME = 16
# "postgres://app:S3cret@db", "redis://:S3cret@cache", "https://jan:p@ss@host" (an unescaped '@' in the
# password: the last '@' before the path ends the user part), "https://<32 hex>@sentry.example" (a key as
# the user, no password).
# A password pasted unescaped may hold '?' or '#' too ("postgres://app:zomer75?B@db:5432", "…:Zr7#kLp2@db"):
# after a "user:", the value runs to the last '@' that a host name (and port) follows.
_URL_USERINFO = LazyPattern(
    r"[A-Za-z][A-Za-z0-9+.\-]*+://(?:([^/@\s:?#]{0,128}):([^/\s]{1,128})|([^/\s?#]{1,128}))"
    r"@(?=[A-Za-z0-9\[][A-Za-z0-9.\-\[\]]{0,253}(?::[0-9]{1,5})?(?:[/?#]|$))"
)
# The parameter name is atomic: `[A-Za-z_]*(?:key)[A-Za-z_]*` alone would try every keyword position in
# a long name, and all of them end at the same place anyway.
_URL_SECRET_PARAM = LazyPattern(
    r"[?&#;](?:(?>[A-Za-z_]*(?:token|secret|password|passwd|pwd|auth|apikey|api_key|key|otp|sig|signature|"
    r"session|sessionid|sid|hash|code|ticket|nonce|jwt|magic|reset|verify|verification)[A-Za-z_]*)|t|k|s)"
    r"=([^&#\s]{6,})",
    re.IGNORECASE,
)
_URL_SECRET_PATH_HINT = LazyPattern(
    r"(?i)/(?:reset|password|wachtwoord|verify|verifieer|verificatie|activate|activeer|activation|confirm|"
    r"bevestig|login|inloggen|magic|auth|invite|uitnodiging|token|unsubscribe|afmelden|recover|herstel)"
)
_URL_PATH_SECRET = LazyPattern(r"/([A-Za-z0-9_\-.~]{16,})")
_HEX_KEY = re.compile(r"[0-9a-fA-F]{24,128}")


def url_spans(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text and "WWW." not in text:
        return []
    spans = []
    for match in _URL.finditer(text):
        start, end = match.span()
        if text[start] == ":":
            scheme = start
            while scheme > 0 and start - scheme < _MAX_SCHEME and text[scheme - 1] in _SCHEME_CHARS:
                scheme -= 1
            while scheme < start and not text[scheme].isalpha():
                scheme += 1  # a scheme starts with a letter: "(https://…", "1.postgres://…"
            if scheme == start:
                continue  # "://" with no scheme before it is no link
            start = scheme
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        spans.append((start, end))
    return spans


def detect_url_secrets(text: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
    for start, end in urls:
        url = text[start:end]
        userinfo = _URL_USERINFO.match(url)
        if userinfo:
            if userinfo.group(2) is not None:
                if userinfo.group(1):
                    out.append(Span(start + userinfo.start(1), start + userinfo.end(1), "username"))
                out.append(Span(start + userinfo.start(2), start + userinfo.end(2), "password"))
            elif _looks_random(userinfo.group(3)) or _HEX_KEY.fullmatch(userinfo.group(3)):
                value = userinfo.group(3)
                kind = _token_type(value) if KNOWN_TOKENS.fullmatch(value) else "api_key"
                out.append(Span(start + userinfo.start(3), start + userinfo.end(3), kind))
        for param in _URL_SECRET_PARAM.finditer(url):
            value = param.group(1)
            if DIGIT.search(value) or len(value) >= 16:
                out.append(Span(start + param.start(1), start + param.end(1), _param_type(param.group(0))))
        hint = _URL_SECRET_PATH_HINT.search(url)
        if hint:
            path_end = len(url)
            for delimiter in "?#":
                index = url.find(delimiter)
                if index != -1:
                    path_end = min(path_end, index)
            for segment in _URL_PATH_SECRET.finditer(url, hint.start(), path_end):
                value = segment.group(1)
                if _looks_random(value):
                    out.append(Span(start + segment.start(1), start + segment.end(1), "token"))


def _param_type(param: str) -> str:
    """An API key when the parameter's name says key ("?api_key=", "&apikey=", "?key="), else a token."""
    name = param[1 : param.index("=")].lower()
    return "api_key" if name.endswith("key") and "token" not in name and "session" not in name else "token"


def _looks_random(value: str) -> bool:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    upper = sum(ch.isupper() for ch in value)
    if "-" in value and digits == 0:
        return False  # a slug: /reset-your-password-in-three-steps
    lower = letters - upper
    return (
        (len(value) >= 16 and digits >= 2 and letters >= 4)
        or (upper >= 2 and digits >= 2)
        or (len(value) >= 20 and upper >= 3 and lower >= 3)
    )


# ---------------------------------------------------------------------------------------------
# Machine-made secrets of no known vendor: long, random, no cue needed
# ---------------------------------------------------------------------------------------------

# A run of the characters keys and tokens are written in (base64, base64url, hex, separators), long enough
# that no word, name or reference of a customer reaches it. Found from where a digit touches a letter (a
# machine-made word of this length always has one): the engine jumps from digit to digit, several times
# cheaper than trying a run at every letter of a long message.
# (The first class holds two control characters that the look-behinds refuse: a class of three runs of
# characters is tested by a bitmap while the engine skips ahead, [0-9] alone by a range, a fifth slower
# over the mix: 3.7 -> 2.9 ms per pass of finditer.)
_DIGIT_BY_LETTER = LazyPattern(r"[\x00\x020-9](?:(?<=[A-Za-z][0-9])|(?<=[0-9])(?=[A-Za-z]))")
_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.:")
_RUN_REST = LazyPattern(r"[A-Za-z0-9_\-+/=.:]{0,512}+")
_MAX_RUN = 512
_URL_PADDING = LazyPattern(r"(?:%3[Dd]){1,2}(?![\w%])")
_RUN_TRAIL = ".:-/+_"
_MIN_RANDOM = 24
_UUID = LazyPattern(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")  # an id, shown in the open
_HEX = LazyPattern(r"[0-9a-f]{32,}|[0-9A-F]{32,}")
_HEX_ANY = LazyPattern(r"[0-9a-fA-F]++")
_IBAN_START = LazyPattern(r"[A-Za-z]{2}[0-9]{2}")
# A ULID, a request's or a record's id sorted by time: 26 characters of Crockford's base32 (no I, L, O, U).
_ULID = LazyPattern(r"[0-7][0-9A-HJKMNP-TV-Z]{25}|[0-7][0-9a-hjkmnp-tv-z]{25}")
_KEY_WORDS = ("key", "secret", "sleutel", "clé", "cle ")
_RANDOM_MIN_SWITCHES = 0.3  # share of neighbouring characters of different kinds (lower/upper/digit)
_LOWER_RUN = LazyPattern(r"[a-z]{4,}")
_WORDS_SHARE = 0.3  # of the characters in runs of 4+ small letters
_ONE_CASE_LETTERS, _ONE_CASE_DIGITS = 8, 4  # a one-case key's least letters and digits
_VOWEL_SHARE = 0.28  # of the letters
_LABEL_WORD = LazyPattern(r"[A-Za-z_][A-Za-z_.\-]{0,48}")  # "API_KEY", "token", "x-api-key": no digits
_FILE_NAME = LazyPattern(r"\.[a-z][a-z0-9]{1,3}$")  # "Scan_2024-03-12_Factuur_v2.pdf"


# A blockchain's wallet address (0x and 40 hex digits) or transaction hash (0x and 64) is public; 64 hex
# digits named a key are a wallet's private key.
_CHAIN_HEX = LazyPattern(r"0x(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})")
_CHAIN_KEY_REACH = 24


def _on_chain(word: str, low: str, start: int) -> bool:
    return _CHAIN_HEX.fullmatch(word) is not None and (
        len(word) == 42 or not contains_any(low[max(0, start - _CHAIN_KEY_REACH) : start], _KEY_WORDS)
    )


def detect_random_keys(text: str, low: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
    """Long random words: an API key or token of any vendor ("hf_…", "7712345678:AA…", a 40-character
    secret), found by how machine-made it is, not by a prefix or a cue. A word made of words
    ("Documents/Facturen2024/Overzicht") switches between letter kinds too rarely; an id (UUID) is left."""
    if len(text) < _MIN_RANDOM:
        return
    pos = 0
    while True:
        hit = _DIGIT_BY_LETTER.search(text, pos)
        if hit is None:
            return
        start = hit.start()
        while start > 0 and hit.start() - start < _MAX_RUN and text[start - 1] in _RUN_CHARS:
            start -= 1
        end = pos = _RUN_REST.match(text, hit.start()).end()  # type: ignore[union-attr]
        if padding := _URL_PADDING.match(text, end):
            end = pos = padding.end()  # "…uVcexttz%3D": base64's '=' as a link writes it
        while start < end and not text[start].isalnum():
            if text[start] in "+/" and end - start >= _BASE64_WHOLE and text[start - 1 : start] in _KEY_OPENS:
                break  # "secret +6HMQZ8QthJSX5HkbCTgY7tVC4CAoD8cb/0eLEE8": base64's own first sign
            start += 1
        while end > start and text[end - 1] in _RUN_TRAIL:
            end -= 1
        if end - start < _MIN_RANDOM or (urls and inside(urls, start)) or low.startswith("www.", start):
            continue  # a link's secrets are the link detector's
        start = _after_label(text, start, end)
        word = text[start:end]
        if (
            end - start < _MIN_RANDOM
            or text[end : end + 1] == "@"  # an e-mail address's local part
            or _UUID.fullmatch(word)
            or _on_chain(word, low, start)
            or low.endswith("base64,", 0, start)  # inline data, not a credential
            or any(span.start < end and start < span.end for span in out)
            or not _looks_machine_made(word)
            or shown_in_the_open(low, start, end)
        ):
            continue
        out.append(Span(start, end, _random_key_type(word, low, start, end)))


# A word of all four kinds of character (capital, small letter, digit and a sign) is a password wherever
# it stands, a wifi key when the network is spoken of right before it: "um Dzjdgk4929$", "Lapin2020*"
# alone on a line, "je prends le vol TB884 demain, Kzbxdt7357@". People make them so because sites ask
# for them so, and nothing else is written so. Not a hashtag, a mention, a link or an address (no '/',
# ':', '.', '%', no '#' or '@' in front), a CSV row (',') or a mask.
_BASE64_WHOLE = 32  # a key this long may open with one of base64's signs
_KEY_OPENS = frozenset(("", " ", "\t", "\n", '"', "'", "“", ":", "="))
_STRONG_SIGNS = frozenset("!@#$^&*+=?~")
_STRONG_NOT = frozenset("/:.%,•●")
_STRONG_MIN, _STRONG_MAX = 8, 24
_STRONG_SIGN = LazyPattern(r"[!@#$^&*+=?~]")
_NOT_SPACE = LazyPattern(r"\S*+")
_STRONG_WORD_MAX = 30  # how far back a sign's word is looked for
# ... the network's key when its line speaks of the network right before it ("the staff network is X").
_STRONG_WIFI_BEFORE = LazyPattern(WIRELESS_WORDS, re.IGNORECASE)
_STRONG_WIFI_REACH = 40
# ... but a word after a reference's or an error's label is that reference or error ("error Auth#42b",
# "bestelling Ab3$…"), and a plan joined with '+' is a plan ("100GB+Netflix4K").
_STRONG_LABEL_BEFORE = LazyPattern(
    r"(?i)(?<![a-z])(?:error|erreur|fout|foutcode|foutmelding|melding|status|err|exception|order|bestelling|"
    r"bestelnummer|factuur|invoice|facture|ticket|case|dossier|ref|referentie|référence|reference|tracking|"
    r"model|versie|version|build|product|artikel|sku|serial|serienummer)(?![a-z])[^\n]{0,12}$"
)
_STRONG_LABEL_REACH = 28
_QUANTITY_PART = LazyPattern(r"[0-9]++(?:[.,][0-9]++)?[a-zA-Z]{1,5}")
_STRONG_LEAD = "([{\"'«“‘<"
_STRONG_TRAIL = ".,;:)]}\"'»”’>"


# A setting written with its name: "ID=megan_1166", "uid=jdoe_77" (the cue passes read "password=…").
_ASSIGNED = re.compile(r"([A-Za-z_]{1,16})=(?=.)")
_LOGIN_NAMES = frozenset({"id", "uid", "user", "userid", "user_id", "login", "username", "usr"})


def detect_strong_passwords(text: str, out: list[Span]) -> None:
    """Words of capitals, small letters, digits and signs that nothing took: passwords (see above). Found
    from their signs (a plain search), so most words are never looked at."""
    word_end = -1
    for sign in _STRONG_SIGN.finditer(text):
        at = sign.start()
        if at < word_end:
            continue  # a second sign of a word already read
        start = at
        while start > 0 and at - start <= _STRONG_WORD_MAX and not text[start - 1].isspace():
            start -= 1
        end = word_end = _NOT_SPACE.match(text, at).end()  # type: ignore[union-attr]
        while start < end and text[start] in _STRONG_LEAD:
            start += 1
        while end > start and text[end - 1] in _STRONG_TRAIL:
            end -= 1
        word = text[start:end]
        if (
            _STRONG_MIN <= len(word) <= _STRONG_MAX
            and word[0] not in "#@*"
            and (start == 0 or text[start - 1].isspace() or text[start - 1] in _STRONG_LEAD)
            and not any(ch in _STRONG_NOT for ch in word)
            and any(ch.isupper() for ch in word)
            and any(ch.islower() for ch in word)
            and any(ch.isdigit() for ch in word)
            and any(ch in _STRONG_SIGNS for ch in word)
            and not any(span.start < end and start < span.end for span in out)
            and _STRONG_LABEL_BEFORE.search(text, max(0, start - _STRONG_LABEL_REACH), start) is None
            and SCREEN_ERROR.fullmatch(word) is None  # "keeps saying 0x8007B16F!!"
            and not (
                all(ch not in _STRONG_SIGNS or ch == "+" for ch in word)
                and any(_QUANTITY_PART.fullmatch(part) for part in word.split("+"))
            )
        ):
            assigned = _ASSIGNED.match(word)
            if assigned is not None:  # "ID=megan_1166": a setting's name and its value, no password
                if assigned.group(1).lower() in _LOGIN_NAMES:
                    out.append(Span(start + assigned.end(), end, "username"))
                continue
            line_start = text.rfind("\n", max(0, start - _STRONG_WIFI_REACH), start) + 1
            wireless = _STRONG_WIFI_BEFORE.search(text, max(line_start, start - _STRONG_WIFI_REACH), start)
            out.append(Span(start, end, "wifi_key" if wireless else "password"))


def _after_label(text: str, start: int, end: int) -> int:
    """Where the value starts in "token:abc…", "API_KEY=abc…" (a key's own '=' ends it, as base64 padding;
    the ':' of a Telegram bot token follows the bot's number)."""
    body_end = end
    while body_end > start and text[body_end - 1] == "=":
        body_end -= 1
    cut = max(text.rfind(":", start, body_end), text.rfind("=", start, body_end))
    if cut == -1 or text[start:cut].isdigit() or not _LABEL_WORD.fullmatch(text, start, cut):
        return start  # "AQEj…G0G=-Qjg6…": padding inside a key of several parts, no label before it
    return cut + 1


def _random_key_type(word: str, low: str, start: int, end: int) -> str:
    """A token when the vendor's prefix says so or the nearest word that names a secret names a token
    ("het nieuwe token: …", "bearer …", "… is de token", "our … token in the screenshot"), else an API key
    ("secret key", "api key", "… is our key", or no word). A naming word after the value counts when it
    is nearer than the one before it and within a few words."""
    if word.startswith(_USER_TOKEN_PREFIXES) or _BOT_TOKEN.match(word):
        return "token"
    token_at = max(low.rfind(name, 0, start) for name in TOKEN_NAMES)
    key_at = max(low.rfind(name, 0, start) for name in _KEY_WORDS)
    before = "token" if token_at > key_at else "api_key"
    after = low[end : end + _NAMED_AFTER]
    token_after = min((at for name in TOKEN_NAMES if (at := after.find(name)) != -1), default=_NAMED_AFTER)
    key_after = min((at for name in _KEY_WORDS if (at := after.find(name)) != -1), default=_NAMED_AFTER)
    nearest_after = min(token_after, key_after)
    named_before = max(token_at, key_at)
    if nearest_after < _NAMED_AFTER and (named_before == -1 or nearest_after < start - named_before):
        return "token" if token_after < key_after else "api_key"
    return before


# "… is de token", "… is our key", "… token in the screenshot": how far after the value a naming word counts.
_NAMED_AFTER = 20

# A machine-made word the text names as an id or a digest is shown in the open: support asks for request
# and trace ids, and a hash or a commit says which file or build ("X-Request-Id: 1df9…", "id de requête
# 8ce7…", "sha256 of the zip: 9f…", "SHA256 for firmware 8.11.0 is …", "de hash is …", "deploy 1cb0… broke
# auth").
_OPEN_LABEL = LazyPattern(
    r"(?:(?:request|trace|correlation|event|span|message|transaction|transactie|idempotency|requête|verzoek)"
    r"[ _-]?(?:id|key)|(?:charge|payment|refund|invoice|intent|order)[ _-]?id"
    r"|traceparent|(?<![a-z])id (?:van (?:het|de) |de (?:la |l')?|du |of (?:the |an? )?)?"
    r"(?:event|request|requête|transact(?:ie|ion)|trace|verzoek|aanvraag|évènement|événement|evenement)"
    # a build deployed, a git head, an HTTP ETag, a package's integrity, a host key's fingerprint, an error's
    # trace, right before the value ("deployed 9c1e4f2… to prod", "HEAD is now at 9c1e4f2…", "E11000 at
    # 17:49, trace 6f9d…"; not "committed": "a key got committed by mistake: …" is a secret leaked into a
    # repository)
    r"|(?<![a-z])(?:deployed|deploying|gedeployed|head is now at|etag|integrity|fingerprint|vingerafdruk|"
    r"trace|correlation)"
    r"(?=[ \t\"'`«:=]*+(?:(?:is|est|was|:)[ \t\"'`«:=]++)?$)"
    # (not what a token is for: "access token for the deploy: …", "toegangstoken voor de git-deploy:")
    r"|(?<![a-z])(?:" + DIGEST_WORDS + r"|(?<!for the )(?<!for )(?<!voor de )(?<!voor )(?<![a-z]-)"
    r"(?:commit|deploy|revision|rev))"
    r"(?: (?:of|for|van|voor|de|du|pour)(?: (?:the|het|de|la|le))?(?: [a-z0-9.\-]{1,12}+){0,2})?"
    # what is said of a digest before its colon: "checksum doesn't match: …", "un checksum différent : …"
    r"(?:(?: [a-zà-ü'’]{1,12}+){1,3}[ \t]*+:)?"
    r"|public[ _-]?key|clé publique|publieke sleutel)"
    r"[ \t\"'`«:=]*+(?:(?:is|est|was|:)[ \t\"'`«:=]++)?$"
)
_OPEN_WINDOW = 40
# A software licence key, named so before it: groups of capitals and digits joined by dashes. It unlocks a
# product, not an account (the blind corpora label it a product code).
_LICENCE_LABEL = LazyPattern(
    r"(?<![a-z])(?:licen[cs]e|licentie|product ?key|productsleutel|numéro de série|serial)"
)
_LICENCE_KEY = LazyPattern(r"[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){2,5}")
# What every open label holds, tested first in the window: a few substring tests are cheaper than a search.
_OPEN_LABEL_HINTS = ("id", "key", "hash", "sha", "md5", "checksum", "digest", "commit", "deploy", "rev",
                     "traceparent", "clé", "sleutel", "contro", "somme", "prüf", "empreinte", "head",
                     "etag", "integrity", "fingerprint", "vingerafdruk", "trace", "correlation", "signature",
                     "crc")  # fmt: skip
# A reference, or the request an error names: "referentie 60ef2aa5…", "Error 500 (request 3e3b60c1…)": no
# secret (the customer's own reference, "customer ref C-3660632", is their number and is kept).
_REFERENCE_LABEL = LazyPattern(
    r"(?<![a-z])(?<!customer )(?<!client )(?<!klant )(?:referentie|reference|référence|ref)[ \t:#.]*+$|"
    r"\((?:request|req)[ \t]++$|"
    # a device's serial number: "Op de sticker van de dongle staat SN: 3A4B5C6D7E en wachtwoord …"
    r"(?<![a-z])(?:s/n|sn|serial(?:[ ]?(?:number|no|nr))?|serienummer|serie(?:[ ]?nr)?|série|seriennummer)"
    r"[ \t:#.]*+$"
)
# A key the customer says is public, in the words after it ("pk_live_… is public anyway", "AC… - I know the
# SID isn't a secret", "… n'est pas secrète", "… is toch openbaar"). A publishable key the customer says
# nothing about stays a key: the blind corpora label it so.
# Up to three words between the verb and "public", none a negation ("is meant to be public", "est
# publique", "mag openbaar zijn"; not "is not public"); "not sensitive", "rien de secret", "niks geheims".
_SAID_PUBLIC = LazyPattern(
    r"(?:is|are|'s|zijn|be|est|sont|mag|may|can|kan|peut)"
    r"(?:[ ](?!not(?![a-z])|niet(?![a-z])|pas(?![a-z])|never|nooit|jamais|no(?![a-z]))[\w']{1,12}){0,3}"
    r"[ ](?:public|publiek|openbaar|publique)"
    r"|(?:isn't|is not|not|no|niet|geen|pas|nothing|rien de|niks) (?:a |een |un |une )?"
    r"(?:secret|geheim|sensitive|gevoelig|sensible|confidential|vertrouwelijk|confidentiel)"
    r"|(?:n'est|ne sont) pas secr"
    # "public" right after the value ("(public, so fine to share)"); sharing said to be harmless
    r"|^[ \t,;:(\-–—]*+(?:public|publiek|openbaar|publique)(?![a-z])"
    r"|(?:harmless|fine|safe|ok|okay) to (?:share|post|publish)|mag (?:gewoon )?gedeeld|peut être partag"
)
# A label that calls the value public ("our public key: pk_live_…", "notre clé publique pk_…"): said of a
# vendor's key too, unlike the id labels.
_PUBLIC_LABEL = LazyPattern(
    r"(?:public[ _-]?key|clé publique|publieke sleutel|public[ _-]?id)"
    r"[ \t\"'`«:=]*+(?:(?:is|est|was|:)[ \t]++)?$"
)
_SAID_AFTER = 60
# The statement speaks of the value in its own clause, not of the next key named after it ("clé secrète
# sk_live_… — la clé publique … n'est pas secrète").
_CLAUSE_ENDS = ("\n", ". ", ";")
_OTHER_KEY = ("key", "clé", "sleutel")
# Ids by their shape: a W3C trace context ("00-<32 hex>-<16 hex>-01"), a payment platform's request or
# event id ("req_…", "evt_…").
# A trace header, or a payment platform's object id (a request, an event, a charge, a payment intent, a
# refund): ids that name things, never secrets (those are sk_, rk_, whsec_ …). (A customer's or an account's
# id, cus_ and acct_, is the customer's number: scrubbed as one.)
_ID_SHAPE = LazyPattern(
    r"[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}|"
    r"1-[0-9a-f]{8}-[0-9a-f]{24}|"  # an AWS X-Ray trace id, the request id of a call through AWS
    # (a payment provider's objects: a charge, a payment, a dispute "dp_…", a source, a bank account …)
    r"(?:req|evt|ch|pi|tr|re|in|py|po|txn|pm|seti|sub|prod|price|dp|du|src|ba|ii|il|si|pyr|trr)_[0-9A-Za-z]{12,}|"
    # a digest that names its algorithm: "sha256:4b825dc6…", "sha512-Xq1Wc2…" (an image's, a package's, a host
    # key's fingerprint)
    r"(?:sha-?(?:1|256|384|512)|md5)[:-][0-9a-z+/=]{16,}|"
    # an SSH public key's body (ssh-rsa, ssh-ed25519, ecdsa): public by design
    r"aaaa(?:b3nzac1yc2e|c3nzac1lzdi1nte5|e2vjzhnhlxnoyt)[0-9a-z+/=]*+"
)


def shown_in_the_open(low: str, start: int, end: int) -> bool:
    """Whether the value at start..end is an id, a digest or a public key: by its label, its shape or what
    the customer says of it."""
    return (
        _ID_SHAPE.fullmatch(low, start, end) is not None
        or _OPEN_LABEL.search(low, max(0, start - _OPEN_WINDOW), start) is not None
        or said_public(low, end)
    )


# What any detector may have taken for a secret that an id's label or shape says is shown in the open (a
# credential cue near "request id req_…", "de hash is ce19fc1"); keys, logins and account numbers also
# when the customer says they are public ("account SID AC… - I know the SID isn't a secret").
_OPEN_TYPES = frozenset(
    {"password", "pin", "otp", "wifi_key", "username", "api_key", "token", "customer_number"}
)
_SAID_OPEN_TYPES = frozenset({"username", "api_key", "token", "customer_number"})
# Vendor keys public by design (Stripe's publishable keys): the only vendor keys the customer's word for
# "public" leaves in the open. A secret key called public ("public key sk_live_…") is still scrubbed.
_PUBLISHABLE = ("pk_live_", "pk_test_")


def drop_shown_in_the_open(text: str, low: str, out: list[Span]) -> None:
    """Remove from out the secrets and numbers an id's label or shape (or, for keys, what the customer says
    of them) shows to be in the open; see `shown_in_the_open`. A vendor's key keeps its label ("the token
    for our site deploy github_pat_…"): only the customer's word makes it public."""
    for span in out:
        if span.type in _OPEN_TYPES and _in_the_open(text, low, span):
            break
    else:
        return  # most messages: nothing to drop, no list built
    out[:] = [span for span in out if span.type not in _OPEN_TYPES or not _in_the_open(text, low, span)]


def _called_public(low: str, start: int, end: int) -> bool:
    """Whether the customer calls the value at start..end public, by its label or in the words after it."""
    return said_public(low, end) or (
        "publi" in low[max(0, start - _OPEN_WINDOW) : start]
        and _PUBLIC_LABEL.search(low, max(0, start - _OPEN_WINDOW), start) is not None
    )


def _in_the_open(text: str, low: str, span: Span) -> bool:
    if (
        span.type in _SAID_OPEN_TYPES
        and _called_public(low, span.start, span.end)
        and (
            text.startswith(_PUBLISHABLE, span.start)
            or KNOWN_TOKENS.fullmatch(text, span.start, span.end) is None
        )
    ):
        return True  # (a secret key called public stays a secret: customers mistake which of two is public)
    window_start = max(0, span.start - _OPEN_WINDOW)
    if span.type == "api_key" and _digest_told(low, span):
        return True
    if span.type == "token" and _digest_told(low, span, _DIGEST_NAMED_REACH, 0):
        return True  # "Checksum firmware 51a0…": a digest named right before, whatever typed it a token
    if span.type != "customer_number" and _REFERENCE_LABEL.search(low, max(0, span.start - 16), span.start):
        return KNOWN_TOKENS.fullmatch(text, span.start, span.end) is None
    if _LICENCE_KEY.fullmatch(text, span.start, span.end) and _LICENCE_LABEL.search(
        low, window_start, span.start
    ):
        return True  # "de licentiecode van de kassasoftware (LIC-2026-5BLZ-PX6U)": a product's, no account's
    labelled = _ID_SHAPE.fullmatch(low, span.start, span.end) is not None or (
        contains_any(low[window_start : span.start], _OPEN_LABEL_HINTS)
        and _OPEN_LABEL.search(low, window_start, span.start) is not None
    )
    # the vendor's-key test last: a label is seldom there, and the test is the most expensive
    return labelled and KNOWN_TOKENS.fullmatch(text, span.start, span.end) is None


# A file's digest has the length of its algorithm's: MD5, SHA-1, SHA-256, SHA-512 in hexadecimal.
_DIGEST_LENGTHS = frozenset({32, 40, 64, 128})
_HEX_DIGITS = frozenset("0123456789abcdef")
_DIGEST_NEAR = LazyPattern(r"(?<![a-z])(?:" + DIGEST_WORDS + r"|crc)")  # (also "sha256sum", "md5sum")
_DIGEST_REACH = 160
# A key's own name right before the value keeps it a key: "api key …", "secret: …", "token=…".
# (words may come between: "token aangemaakt: …", "Token voor de API van de thuisbatterij: …", "Bearer …")
_KEY_LABEL_BEFORE = LazyPattern(
    r"(?:key|secret|token|bearer|sleutel|clé|cle|apikey|api_key)(?:[ \t]++[a-zà-ÿ]{2,14}){0,6}"
    r"(?:[ \t]++(?:is|was|est|:))?[\"'\[\] \t:=>]*+$"
)


_DIGEST_NAMED_REACH = 40  # ("De checksum van de firmware (c71c…)": what it is the digest of between)


def _digest_told(low: str, span: Span, before: int = _DIGEST_REACH, after: int = _DIGEST_REACH) -> bool:
    """Hexadecimal of a digest's length in a message that speaks of a digest (a hash, a checksum, SHA-256)
    near it, and no key's name right before it: the digest of a file, shown in the open. "md5sum gives
    5d41… but your site says 7d79…", "expected 9f86…, got 2c26… (sha256)"."""
    if span.end - span.start not in _DIGEST_LENGTHS or not _HEX_DIGITS.issuperset(low[span.start : span.end]):
        return False
    if _DIGEST_NEAR.search(low, max(0, span.start - before), span.end + after) is None:
        return False
    return _KEY_LABEL_BEFORE.search(low, max(0, span.start - _KEY_LABEL_REACH), span.start) is None


_KEY_LABEL_REACH = 64


def said_public(low: str, end: int) -> bool:
    """Whether the words after a value ending at `end` say it is public or no secret."""
    after = low[end : end + _SAID_AFTER]
    for stop in _CLAUSE_ENDS:
        cut = after.find(stop)
        if cut != -1:
            after = after[:cut]
    said = _SAID_PUBLIC.search(after)
    return said is not None and not any(name in after[: said.start()] for name in _OTHER_KEY)


def _looks_machine_made(word: str) -> bool:
    core = [ch for ch in word if ch.isalnum()]
    digits = sum(ch.isdigit() for ch in core)
    if digits < 2 or len(core) - digits < 4:
        return False
    joined = "".join(core)
    if _HEX.fullmatch(joined):
        return True
    kinds = ["d" if ch.isdigit() else "u" if ch.isupper() else "l" for ch in core]
    if _FILE_NAME.search(word):
        return False
    if "u" not in kinds or "l" not in kinds:
        # One case only: a key drawn from capitals and digits (a TOTP seed in base32, "QTBIAF3K5MI6AB8UB5RV…")
        # or small letters and digits, in one piece (a product key's or a reference's groups have dashes),
        # long, with a digit every few letters.
        if len(joined) != len(word) or len(word) < _MIN_RANDOM or len(core) - digits < _ONE_CASE_LETTERS:
            return False
        if (
            digits < _ONE_CASE_DIGITS
            or _HEX_ANY.fullmatch(joined)
            or _IBAN_START.match(joined)
            or _ULID.fullmatch(joined)
        ):
            return False  # (hex is a key at 32 characters, a WEP key has 26; an IBAN mistyped; a ULID)
    switches = sum(a != b for a, b in itertools.pairwise(kinds))
    if switches < _RANDOM_MIN_SWITCHES * (len(kinds) - 1):
        return False
    # Words glued together ("iPhone15ProMax256GBSpaceBlack", "Galaxy-A54-5G-128GB-Awesome-Graphite") switch
    # often too, but keep runs of small letters and vowels a random string seldom has (both: 0.4 % of them).
    in_words = sum(len(run.group()) for run in _LOWER_RUN.finditer(joined))
    vowels = sum(ch in "aeiouAEIOU" for ch in joined)
    return not (in_words >= _WORDS_SHARE * len(joined) and vowels >= _VOWEL_SHARE * (len(joined) - digits))
