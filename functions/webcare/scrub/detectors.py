"""The detectors: find spans of sensitive data in one text.

Speed matters (one ingest Lambda scrubs every message) and so does linear time on hostile input.
Python's `re` backtracks: two repeats that can take the same character, side by side or across
optional parts (`[ \t]*(?:is)?[ \t:]*`), try every split of a long run of it before failing, which
is quadratic. So every unbounded run that could give characters back to a neighbour is possessive
(`*+`, `++`) or inside an atomic group (`(?>...)`); a searched expression that starts with a run
starts only where the run starts; all other repetition is bounded. tests/unit/scrub checks each
expression on input generated from its own parse tree. The expensive passes are gated by cheap
substring tests: most messages contain no '@', no '://', and only a few digits.
Detectors return candidate spans; `scrubber` resolves overlaps and applies the policy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from webcare.scrub import addresses, validators
from webcare.scrub.cues import find_cues, normalise_cue
from webcare.scrub.lazy import LazyPattern


class Span(NamedTuple):
    start: int
    end: int
    type: str


# ---------------------------------------------------------------------------------------------
# Context words
# ---------------------------------------------------------------------------------------------

# A number right after one of these is a reference the agent needs, never a card, BSN or phone.
_REFERENCE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:order|bestel|tracking|track|trace|zending|pakket|parcel|shipment|ticket|case|zaak|dossier|factuur|"
    r"invoice|referentie|reference|ref|kvk|kamer van koophandel|chamber of commerce|coc|btw|vat|artikel|"
    r"article|sku|product|serie|serial|imei|ean|barcode|transactie|transaction|boeking|booking|"
    r"reservering|reservation|klant|customer|client|contract|polis|policy|lid|member|account|"
    r"abonnement|subscription|aansluit|debiteur|meter|machtiging|mandate|incassant|creditor|relatie|"
    r"tweet|status|request|correlation|company|registration|registered|ondernemings|entreprise|siren|siret|"
    r"rpr|tva|#)[a-z]{0,8}[\s.:#-]{0,4}(?:(?:nr|no|id|nummer|number|code)[\s.:#-]{0,4})?"
    r"(?:(?:be|nl|fr|lu|de|gb)[\s.:-]{1,3})?"  # "TVA BE 0507.803.017", "btw NL 8123…"
    r"(?:(?:is|was)[\s:]{1,3})?$"
)
_BSN_CUE = LazyPattern(
    r"bsn|burgerservice|burger service|sofi|citizen service|persoonsnummer|persoonsgebonden"
)
_BSN_CUE_AFTER = LazyPattern(
    r"[\s,.:)(-]{0,3}+(?:(?:is|was|dat|dit|that|this|=|mijn|my|het|the|dus|namelijk|also|ook)[ \t]++){0,4}"
    r"(?:bsn|burgerservice|sofi|citizen service)"
)
_PHONE_CUE = LazyPattern(r"tel|phone|mobiel|mobile|gsm|bel |call|nummer|number|whatsapp|sms|06")


def _contains_any(low: str, hints: tuple[str, ...]) -> bool:
    for hint in hints:  # a plain loop: cheaper than any() over a generator on this hot path
        if hint in low:
            return True
    return False


def _before(low: str, start: int, width: int = 32) -> str:
    return low[max(0, start - width) : start]


def _is_reference(low: str, start: int) -> bool:
    return _REFERENCE_BEFORE.search(_before(low, start)) is not None


# ---------------------------------------------------------------------------------------------
# Credentials after cue words
# ---------------------------------------------------------------------------------------------

# Between cue and value: punctuation, and small words ("mijn wachtwoord is nu ...", "password was set to").
_CONNECTOR = re.compile(
    r"(?:[ \t\u00a0]*+(?:\r?\n[ \t>]*+)?(?:[:=]+|-+>?|→|=>|\bis\b|\bwas\b|\bnu\b|\bnow\b|\bwordt\b|\bwerd\b|"
    r"\bluidt\b|\best\b|\bc'est\b|"
    r"\bset to\b|\bchanged to\b|\bveranderd in\b|\bgewijzigd in\b|\bgewijzigd naar\b|\bnaar\b|"
    r"\bto\b|\bstill\b|\bnog\b|\bsteeds\b|\bthe same\b|\bvan mij\b|\bvan\b|\bof\b|\bfor\b|\bvoor\b|"
    r"\bmy\b|\bmijn\b|\bthis\b|\bdit\b|\bde\b|\bhet\b|\bthe\b|\bals\b|\bas\b|\beerst\b|\bfirst\b|"
    r"\bvroeger\b|\bbefore\b|\bpas\b|\bbankpas\b|\bkaart\b|\bcard\b|\baccount\b)){0,6}"
    r"[ \t\u00a0]*+(?:\r?\n[ \t>]*+)?"
)
_VALUE = re.compile(r"\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'|“[^”\n]{1,80}”|‘[^’\n]{1,80}’|[^\s\"“]{1,160}")
_TRAILING = ".,;:)]}>\"'”’…"
_PLACEHOLDER = re.compile(r"\[[A-Z_]{2,20}(?: …[^\]]{0,40})?\]")

# Words that follow a cue without being the secret ("my password doesn't work", "pincode vergeten").
_NOT_A_SECRET = frozenset(
    """
    is was wordt werd werkt werken werkte niet not no geen never nooit doesn't doesnt don't dont didn't
    won't isn't wasn't can't cannot kan kon kun wil will would want wanted moet must should need needs
    vergeten forgot forgotten forget lost kwijt verloren reset resetten gereset wijzigen gewijzigd
    veranderen veranderd change changed changing update updated aanpassen aangepast herstellen
    expired verlopen blocked geblokkeerd locked vergrendeld incorrect onjuist fout wrong invalid ongeldig
    correct juist klopt right ok okay goed werkt accepted geaccepteerd rejected geweigerd
    and en or of but maar the de het een a an my mijn your je jouw uw his her zijn haar our ons onze
    their hun this dit that dat deze die these those it its same zelfde hetzelfde new nieuw nieuwe old
    oud oude to naar in op on at bij for voor from van with met via by door about over
    too te heel very erg al already nog still yet steeds ook also even again weer opnieuw
    sent gestuurd verstuurd ontvangen received gekregen got get krijg krijgen aangevraagd requested
    please pls graag aub alsjeblieft alstublieft help hulp thanks bedankt dank
    invoeren ingevoerd enter entered typen getypt gebruiken gebruikt use used using
    niks nothing something iets anything alles everything
    sms email e-mail mail post brief letter app website site portal
    required verplicht vereist nodig needed optional optioneel
    field veld box vak scherm screen pagina page link knop button
    here hier there daar below hieronder above hierboven
    manager beheer beheerder policy beleid requirements eisen zie see check kijk bekijk vorige previous
    eerst first nieuwe
    ontvang ontvangt receive stuur send
    volgens denk dacht geloof think thought guess believe crois pense misschien maybe perhaps probably
    waarschijnlijk zoiets ongeveer peut-être i ik
    """.split()
)

# Expressions live at module level, never inline, so that the linear-time audit in tests/unit/scrub
# sees every one of them.
_EXPLICIT_WORD = re.compile(r"\b(?:is|was|wordt|luidt|est)\b")
_SPACE_OR_DASH = re.compile(r"[\s-]")
_GROUPED_DIGITS = re.compile(r"\d{2,4}(?:[ -]\d{2,4}){1,2}(?!\d)")  # "1234 5678", "123-456"
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Za-z]")
_NUMBER_LIKE = re.compile(r"[0-9][0-9.,:/-]*")
_DIGITS_VALUE = re.compile(r"[0-9]{4,8}(?![\w/:-]|[.,][0-9])")
_HAS_DIGIT_OR_SYMBOL = re.compile(r"[\d!#$%&*+=?@^~|<>{}\[\]/\\]")
_INNER_UPPER = re.compile(r".[A-Z]")
_EMAIL_SHAPE = LazyPattern(r"[^@\s]++@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
_API_KEY_VALUE = LazyPattern(r"[A-Za-z0-9+/_=.\-]{16,}")

# Cues that are also ordinary words need an explicit ":" / "=" or "is" before the value.
_WEAK_CUES = frozenset(
    "code sms pass pw user login log in inlog gebruiker token sleutel secret 2fa account pin puk ww wifi "
    "wi fi wlan wpa wpa2 mdp passcode voici sticker stickertje psk key authenticator authenticatie "
    "verificatie verification bevestiging cijfers digits chiffres smsje".split()
) | {"hier is ie", "hier is hij", "here it is", "here you go", "wi fi", "log in"}
# Words after which the window stops: what follows is a name, a model or a reference, not a secret.
_WINDOW_STOP = frozenset(
    """
    heet heten named called naam name ssid netwerknaam model type versie version firmware update order
    bestelling bestelnummer factuur invoice ticket zaak case referentie reference tracking facture
    commande dossier rekening iban bsn gsm tel tél phone mobiel mobile nummer number numéro telefoon
    """.split()
)
_ERROR_BEFORE = LazyPattern(
    r"(?:error|fout|foutmelding|status|http|promo|korting|kortings|actie|discount|coupon|voucher|gift|"
    r"cadeau|referral|product|artikel|item|qr|bar|zip|postal|post|area|country|landen|tracking|"
    r"reference|referentie|iban|bic|swift|sort|dial|kleur|color|colour|source|bron|html|css|python)[\s-]*+$"
)


def detect_credentials(text: str, low: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
    # Where a message talks about logging in or a password: a secret said to fail may follow there.
    talk: list[int] = _bare_pairs(text, low, out) if _contains_any(low, _LOGIN_HINTS) else []
    for joint in _JOINTS:
        if joint in text:
            _slash_pairs(text, low, urls, out, joint)
    cues = find_cues(low)
    talk.extend(cue_end for category, _, cue_end in cues if category == "password")
    logged = low.find("logged")
    if logged != -1:
        talk.append(logged)
    if talk and _contains_any(low, _REJECTED_HINTS):
        _rejected_secrets(text, low, sorted(talk), out)
    paired = -1  # the password cue of a "user/pass" cue, already read as a pair
    for index, (category, cue_start, cue_end) in enumerate(cues):
        if index == paired:
            continue
        if urls and _inside(urls, cue_start):
            continue  # secrets inside links are the URL detector's
        if cue_start > 0 and text[cue_start - 1] == "[" and _PLACEHOLDER.match(text, cue_start - 1):
            continue  # "[PASSWORD]": our own placeholder, already scrubbed
        if category in ("customer_number",):
            found_before = len(out)
            _customer_number(text, low, cue_end, out)
            if len(out) == found_before:
                _customer_before_cue(text, low, cue_start, cue_end, out)
            continue
        limit = _window_end(cues, index, len(text))
        if category == "login":
            _login_pair(text, cue_end, limit, out)
            continue
        cue = low[cue_start:cue_end]
        if category in ("pin", "puk") and low[cue_end : cue_end + 1] in ("1", "2"):
            if not low[cue_end + 1 : cue_end + 2].isalnum():
                cue_end += 1  # "PIN1", "PUK2": the SIM's first or second code
        if category == "otp":
            if _ERROR_BEFORE.search(_before(low, cue_start, 16)):
                continue
            if (
                normalise_cue(cue) in _CARD_CODE_CUES
                and _SHORT_CODE.match(text, cue_end)
                and _card_nearby(low, cue_start, cue_end)
            ):
                continue  # "beveiligingscode 123" next to a card is its CVV
        if category == "otp" and cue in _CHOSEN_CODE_CUES and _chosen(low, cue_start, cue_end):
            category = "pin"  # "the app passcode I set is 350825": a code the customer chose is a PIN
        if category in ("password", "api_key", "otp") and (
            _wifi_context(low, cue_start, cue_end, cue) or (len(cue) > 10 and _WIFI_CONTEXT.search(cue))
        ):
            category = "wifi_key"  # also a compound that names it: "routerwachtwoord", "modemsleutel"
        if cue.startswith(("sticker", "autocollant", "étiquette")) and not _WIFI_CONTEXT.search(
            low, max(0, cue_start - 60), cue_end + 60
        ):
            continue  # a sticker on a parcel, not on the router
        connector = _CONNECTOR.match(text, cue_end)
        pos = connector.end() if connector else cue_end
        glue = text[cue_end:pos]
        explicit = bool(any(mark in glue for mark in ":=>→") or _EXPLICIT_WORD.search(glue))
        weak = cue in _WEAK_CUES and not explicit
        if category == "password" and cue.endswith("code"):
            sent = _SENT_CODE.match(text, pos)
            if sent is not None and not _is_reference(low, sent.start(1)):
                out.append(Span(sent.start(1), sent.end(1), "otp"))
                continue  # "inlogcode 482913", "login code (232603)", "(4KX8FK)": a code sent, not chosen
            if _DIGITS_VALUE.match(text, pos):
                category = "otp"
        if category == "api_key" and "token" in cue and _OTP_DIGITS.match(text, pos):
            category = "otp"  # "token 482913": the code of a hardware or app token
        if category == "otp" and cue.endswith("code"):
            short = _SHORT_CODE.match(text, cue_end)
            if short is not None and _card_nearby(low, cue_start, cue_end):
                out.append(Span(short.end() - _digits_at_end(short.group()), short.end(), "cvv"))
                continue  # "de code achterop: 123", "code 123" next to a card: its CVV
        if category == "username" and _pair_cue(text, cues, index):
            paired = index + 1  # "user/pass jan83/Welkom01", "gebruikersnaam & ww: jan83 Welkom01"
            _login_pair(text, cues[paired][2], _window_end(cues, paired, len(text)), out, paired=True)
            continue
        if category == "username":
            after_password = (
                index > 0 and cues[index - 1][0] == "password" and cue_start - cues[index - 1][2] < 60
            )
            if (weak and not after_password and not _weak_cue_ok(category, text, pos)) or not _first_value(
                category, cue, text, pos, explicit, out
            ):
                _value_before_cue(text, cue_start, "username", out)
            continue
        if category == "api_key" and weak and not _weak_cue_ok(category, text, pos):
            _long_key_after(cue, text, pos, limit, out)  # "de key zoals gevraagd: 822a79e9b35d…"
            continue
        if (
            category in ("password", "wifi_key")
            and not explicit
            and _copula_value_before(text, cue_start, category, out)
        ):
            continue  # "Gerrit2001 is mijn ww en …": what follows the cue is about something else
        lead = "" if explicit or not glue.split() else glue.split()[-1].lower()
        found = _window(category, cue, text, low, pos, limit, explicit, weak, out, lead)
        if not found and category in ("password", "pin", "puk", "otp"):
            _value_before_cue(text, cue_start, category, out)
        elif found and category == "password":
            _username_before(text, cue_start, out)


_CHOSEN_CODE_CUES = frozenset({"passcode", "toegangscode", "access code", "toegangs code", "pass code"})
_CHOSEN = LazyPattern(
    r"(?<![a-z])(?:set|chose|chosen|picked|made|ingesteld|gekozen|zelf|choisi|défini)(?![a-z])"
)


def _chosen(low: str, cue_start: int, cue_end: int) -> bool:
    """'app passcode', 'de toegangscode die ik heb ingesteld': a code the customer chose, not one sent."""
    return low.endswith("app ", 0, cue_start) or _CHOSEN.search(low, cue_end, cue_end + 30) is not None


# "the app logged me out and now Zomer2024x doesn't work": a secret-looking word that is said to fail, in a
# message about logging in or a password.
# Starts with the words, not with the space before them, so that the engine skips ahead on their letters.
_REJECTED = LazyPattern(
    r"(?<=[ \t])(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|is not|no longer|werkt niet|wordt niet|"
    r"klopt niet|is niet|ne marche|ne fonctionne|n'est pas|n'est plus|werkt ook niet|werkt al)(?![a-z])"
)
_REJECTED_HINTS = ("n't", " not", " niet", " ne ", "n'est", "no longer")
_WORD_BEFORE = re.compile(r"([^\s\"“(]{6,40})$")


_REJECTED_REACH = 160


def _rejected_secrets(text: str, low: str, talk: list[int], out: list[Span]) -> None:
    scanned = 0
    for anchor in talk:
        start, scanned = max(anchor, scanned), max(scanned, anchor + _REJECTED_REACH)
        if start < scanned:
            _rejected_between(text, low, start, min(len(low), scanned), out)


def _rejected_between(text: str, low: str, begin: int, stop: int, out: list[Span]) -> None:
    for match in _REJECTED.finditer(low, begin, stop):
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
            and not _is_reference(low, start)
            and not _VERSION_NEAR.search(_before(low, start, 24))
            and not _starts_cue(text, start)
            and not _cue_right_before(low, start)  # "netwerksleutel X wordt niet …": the cue's own value
        ):
            out.append(Span(start, end, "password"))


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
_LOGIN_CONTEXT = LazyPattern(
    r"(?:inlog|login|log in|log-in|aanmeld|sign in|signin|ingelogd|logged in|connecter|connexion|account|"
    r"ik typ|i type|i typed|i enter|ingetypt|ingevoerd|j'ai tapé|je tape)"
)
_LOGIN_HINTS = ("inlog", "login", "log in", "log-in", "aanmeld", "sign in", "signin", "ingelogd", "logged in",
                "connect", "connexion", "account", "ik typ", "i type", "i enter", "ingetypt", "ingevoerd",
                "tapé", "je tape")  # fmt: skip


# "jdevries84 / Zomer2024!": a username and a password joined by a slash, with or without any cue.
# Read from each slash outwards (slashes are rare; words before them are not).
_SLASH_USER = LazyPattern(r"(?<![\w/.:@-])([A-Za-z0-9][A-Za-z0-9._\-]{2,40})[ \t]?$")
_SLASH_SECRET = re.compile(r"[ \t]?([^\s/]{5,60})")
_SLASHES = re.compile(r"/+")


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
        after = _SLASH_SECRET.match(text, slash + 1) if before is not None else None
        at, slash = slash, text.find(joint, after.end() if after is not None else slash + 1)
        if before is None or after is None or (urls and _inside(urls, before.start())):
            continue
        user = before.group(1)
        start, end = _trim(text, after.start(1), after.end(1))
        password = text[start:end]
        if joint != "/" and (joint in password or not (text[at - 1] == " " == text[at + 1 : at + 2])):
            continue  # "a + b", "a | b" with spaces; "c++", "a|b|c" are something else
        if (
            not (_strong_username(user) or (joint != "/" and _user_like(user)))
            or _IBAN_SHAPE.fullmatch(user)
            or _TIME_OR_DATE.match(user)
        ):
            continue
        if _WIFI_CONTEXT.search(low, max(0, before.start() - 24), before.start()):
            continue  # "wifi Ziggo-AB12 / Tr7x-…": a network's name and its key, which the wifi cue takes
        if end <= start or not _secret_like(password) or _not_secret_shape(password):
            continue
        if not (
            _SYMBOLS.search(password) or (any(c.isupper() for c in password) and _HAS_DIGIT.search(password))
        ):
            continue  # both halves must look chosen: "A54/128GB" is a phone's model and memory
        out.append(Span(before.start(1), before.end(1), "username"))
        out.append(Span(start, end, "password"))


_LOGIN_AS = LazyPattern(r"(?:met|with|als|as|avec)[ \t]++$")


def _bare_pairs(text: str, low: str, out: list[Span]) -> list[int]:
    """Login pairs without cues of their own; returns where the words about logging in end."""
    contexts: list[int] = []
    for context in _LOGIN_CONTEXT.finditer(low):
        cursor = context.end()
        if low[context.start()] != "a":  # "account" is everywhere; a secret said to fail follows logging in
            contexts.append(cursor)
        stop = min(len(text), cursor + 90)
        for _ in range(8):
            gap = _GAP.match(text, cursor)
            if gap is None or (gap.group(1) is not None and cursor != context.end()):
                break
            user = _VALUE.match(text, gap.end(), stop)
            if user is None:
                break
            cursor = user.end()
            start, end = _trim(text, user.start(), user.end())
            if start >= end:
                continue
            glue = _PAIR_GLUE.match(text, end)
            if glue is None:  # pragma: no cover - the expression matches the empty string
                break
            if not _strong_username(text[start:end]) and not (
                text[end : glue.end()].strip(" \t,") and _user_like(text[start:end])
            ):
                continue  # a name-like user needs a joint to its secret: "JeroenVanDam en dan uilpumpkin67"
            secret = _VALUE.match(text, glue.end(), stop)
            if secret is None:
                if _LOGIN_AS.search(low, max(0, start - 12), start) and not _IBAN_SHAPE.fullmatch(
                    text[start:end]
                ):
                    out.append(Span(start, end, "username"))  # "inloggen doe ik met kbakker76"
                break
            p_start, p_end = _trim(text, secret.start(), secret.end())
            password = text[p_start:p_end]
            if _IBAN_SHAPE.fullmatch(text[start:end]):
                break
            if p_end > p_start and _secret_like(password) and not _not_secret_shape(password):
                if not _starts_cue(text, p_start):
                    out.append(Span(start, end, "username"))
                    out.append(Span(p_start, p_end, "password"))
            elif _LOGIN_AS.search(low, max(0, start - 12), start):
                out.append(Span(start, end, "username"))  # "ik log in met jdevries84", "logged in as j.doe_1"
            break
    return contexts


def _window_end(cues: list[tuple[str, int, int]], index: int, n: int) -> int:
    """A cue's value lies before the next cue of another kind, and within a short distance."""
    category, _, cue_end = cues[index]
    limit = min(n, cue_end + _WINDOW_CHARS)
    for following in range(index + 1, len(cues)):  # no slice: a copy per cue would be quadratic
        other, other_start, _ = cues[following]
        if other_start >= limit:
            break
        if other != category:
            return other_start
    return limit


_WINDOW_CHARS = 120
_WINDOW_WORDS = 12
_WINDOW_HOPS = 7
# A gap between two words: spaces, at most one line break (and a quote prefix after it).
_GAP = re.compile(r"[ \t\u00a0]*+(\r?\n[ \t>]*+)?[ \t\u00a0]*+")
_CARD_CODE_CUES = frozenset({"security code", "beveiligingscode", "securitycode"})
_CARD_CONTEXT = LazyPattern(r"card|kaart|carte|visa|mastercard|amex|maestro|cvv|cvc|exp|geldig|verloopt")
_SHORT_CODE = re.compile(r"[ \t:=]*+(?:is[ \t]++)?\(?[0-9]{3,4}(?![0-9A-Za-z]|[ \-/.][0-9])")
_OTP_DIGITS = re.compile(r"(?:[0-9]{3}[ \-]?[0-9]{3}|[0-9]{5,8})(?![0-9A-Za-z])")


def _card_nearby(low: str, cue_start: int, cue_end: int) -> bool:
    return bool(
        _CARD_CONTEXT.search(_before(low, cue_start, 160)) or _CARD_CONTEXT.search(low, cue_end, cue_end + 40)
    )


def _digits_at_end(value: str) -> int:
    count = 0
    while count < len(value) and value[len(value) - 1 - count].isdigit():
        count += 1
    return count


_WIFI_CONTEXT = LazyPattern(r"wi-?fi|wlan|wpa|netwerk|network|modem|router|fritz|ssid|réseau|reseau")


_WIFI_GENERIC_CUES = frozenset(
    ("sleutel", "key", "password", "wachtwoord", "paswoord", "mot de passe", "mdp", "code", "pass", "ww",
     "pw", "pwd", "psw", "passcode", "clé", "cle")
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


def _wifi_context(low: str, cue_start: int, cue_end: int, cue: str) -> bool:
    """A password or key that belongs to the wifi: 'wachtwoord van mijn wifi', 'FRITZ!Box … sleutel'."""
    if cue not in _WIFI_GENERIC_CUES and not cue.startswith(("wachtw", "passw")):
        return False
    after_end = cue_end + 40
    sentence_end = _SENTENCE_END.search(low, cue_end, after_end)  # "paswoord x1. Mijn wifi…": not its wifi
    if sentence_end is not None:
        after_end = sentence_end.start()
    return bool(
        _WIFI_CONTEXT.search(low, max(0, cue_start - 40), cue_start)
        or _WIFI_CONTEXT.search(low, cue_end, after_end)
    )


def _first_value(category: str, cue: str, text: str, pos: int, explicit: bool, out: list[Span]) -> bool:
    """Usernames and API keys: the word right after the cue."""
    value = _VALUE.match(text, pos)
    if value is None:
        return False
    # Already scrubbed ("wachtwoord[[PASSWORD]"): a placeholder that starts inside the value.
    placeholder = _PLACEHOLDER.search(text, pos, value.end() + 64)
    if placeholder is not None and placeholder.start() < value.end():
        return True
    start, end = _trim(text, value.start(), value.end())
    if start >= end:
        return False
    word = text[start:end]
    if _PLACEHOLDER.fullmatch(word) or word.lower().strip("'\"“”‘’") in _NOT_A_SECRET:
        return False
    if category == "username":
        if _EMAIL_SHAPE.fullmatch(word):
            _pair_after_username(text, end, out)
            return True
        if len(word) < 2 or _starts_cue(text, start):
            return False
        out.append(Span(start, end, "username"))
        _pair_after_username(text, end, out)
        return True
    if _KNOWN_TOKENS.match(word):
        return True  # the token detector has it, with its type
    if _API_KEY_VALUE.fullmatch(word) and _DIGIT.search(word) and _LETTER.search(word):
        out.append(Span(start, end, _machine_type(cue)))
        return True
    return False


def _long_key_after(cue: str, text: str, pos: int, limit: int, out: list[Span]) -> None:
    """After a weak cue ('key', 'secret'), a long key-shaped value a few words on, in its sentence."""
    cursor = pos
    for _ in range(5):
        gap = _GAP.match(text, cursor)
        if gap is None or (gap.group(1) is not None and cursor != pos):
            return
        value = _VALUE.match(text, gap.end(), limit)
        if value is None:
            return
        cursor = value.end()
        start, end = _trim(text, value.start(), value.end())
        word = text[start:end]
        if len(word) >= 20 and _key_verdict(word) == _TAKE:
            out.append(Span(start, end, _machine_type(cue)))
            return
        if _DIGIT.search(word) or value.group()[-1:] in ".!?":
            return


def _machine_type(cue: str) -> str:
    """A value after 'token' / 'jeton' stands for a user or a session; after 'key' / 'secret' for an app."""
    return "token" if ("token" in cue or "jeton" in cue) and "api" not in cue else "api_key"


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
    in_phrase = False
    words = 0
    while hops < max_hops and cursor < limit and words < _WINDOW_WORDS:
        gap = _GAP.match(text, cursor)
        if gap is None:  # pragma: no cover - the expression matches the empty string
            break
        if gap.group(1) is not None and (hops or taken or cursor != pos):
            break  # a new line ends the window (the value may sit on the line after the cue)
        value = _VALUE.match(text, gap.end(), limit)
        if value is None:
            break
        cursor = value.end()
        hops += 1
        raw = value.group()
        if _PLACEHOLDER.search(raw):
            return True  # already scrubbed
        start, end = _trim(text, value.start(), value.end())
        if start >= end:
            continue
        word = text[start:end]
        lowered = word.lower()
        if lowered in _NOT_A_SECRET or (len(word) <= 3 and word.isalpha() and word.islower()):
            hops -= 1  # small words cost nothing: "het wifi-wachtwoord heb ik ook veranderd, nu is het …"
        words += 1
        first_explicit = explicit and words == 1 and not taken
        # After "is" or ":" comes the value, not the rest of a thing's name ("van het modem is 7mRW-…").
        marked = previous in _MARKER_WORDS
        device = previous in _DEVICE_NOUNS and not first_explicit and not marked
        thing = (
            not numeric
            and not first_explicit
            and not marked
            and (
                previous in _PREPOSITIONS
                or previous in _ARTICLES
                or (in_phrase and (word[:1].isupper() or word[:1].isdigit()))  # "op de Zyxel VMG8825-T50"
            )
        )
        in_phrase = (
            not raw.endswith(":")
            and (  # "uit het dashboard: 82018b…": the value follows
                thing
                or device
                or (not numeric and previous in _PREPOSITIONS | _ARTICLES and word[:1].isupper())
            )
        )
        if not (marked and lowered in _ARTICLES):  # "nu is het 8yAn-…": the marker still holds
            previous = ":" if raw.endswith(":") else lowered.strip("()[]'\"“”‘’,")
        if device or thing:
            if (taken and raw[-1:] in ".!?") or lowered in _WINDOW_STOP or _REFERENCE_WORD.match(lowered):
                break  # the sentence or the clause about the secret ends with the thing
            continue  # "modem (H369A)", "mijn Galaxy S23", "werkt op de H369A": a thing, not a secret
        if numeric:
            verdict, end = _numeric_verdict(category, cue, text, low, start, end, first_explicit, weak)
            if end > cursor:
                cursor = end
        elif category == "api_key":
            verdict = _key_verdict(word)
            if verdict == _TAKE:
                out.append(Span(start, end, _machine_type(cue)))
                return True
        else:
            verdict = _secret_verdict(category, word, first_explicit, text, start)
            if verdict == _TAKE and category == "wifi_key" and _SLASH_NEXT.match(text, end):
                verdict = _SKIP  # "wifi KPN-3F2A / mPcd-npjV-wVws": the network's name, then its key
        if category == "wifi_key" and 3 <= end - start <= 6 and word.isalnum():
            groups = _KEY_GROUPS.match(text, end)
            if groups is not None and _uniform_groups(text[start : groups.end()]):
                verdict = _TAKE  # "AB12 CD34 EF56": a sticker's key in groups of one size
                end = cursor = groups.end()
        if verdict == _TAKE and taken and _YEAR.fullmatch(text[start:end]):
            break  # "code 369539 in 2024 en 2025": years after a code are dates, not more codes
        if verdict == _TAKE:
            kind = "puk" if category == "pin" and cue.startswith("puk") else category
            out.append(Span(start, end, kind))
            taken += 1
            hops = 0  # as many words again for a second value in the same sentence
            if raw[-1:] in ".!?\n" or taken >= 3 or (numeric and raw[-1:] in ",;"):
                break
            continue
        if verdict == _STOP or word.lower() in _WINDOW_STOP or _REFERENCE_WORD.match(word.lower()):
            break
        if taken and lowered.strip("(") in _NETWORK_NOUNS:
            break  # "WPA2 key X, network Y", "ww X (netwerk Y)": the network's name follows the key
        if taken and raw[-1:] in ".!?":
            break
        if numeric and raw[-1:] in ",;" and not _CLAUSE_ABOUT_VALUE.match(text, cursor):
            break  # "pincode geblokkeerd, 3000 km": the next clause is about something else
    return taken > 0


# After a comma the clause still leads to the value when it types, tries or asks for it: "SIM-pin vereist,
# ik typ 0174", "ni meer, was het 5024 of 3803?", "steeds codes, net weer 142794", "PUK?, tried 3249…".
_CLAUSE_ABOUT_VALUE = LazyPattern(
    r"[ \t]*+(?:(?:ik|i|je|j'ai|i've|en|and|et|maar|but|mais|toch|dan|then)[ \t]++){0,2}"
    r"(?:typ|type|typed|tik|tikte|toets|intoetsen|ingetoetst|ingetikt|ingetypt|voer|voerde|ingevoerd|"
    r"probeer|probeerde|geprobeerd|try|tried|enter|entered|tapé|tape|taper|essayé|saisi|entré|"
    r"was het|is het|was it|is it|c'était|c'est|net weer|nu weer|alweer|again|weer|encore)(?![a-z])",
    re.IGNORECASE,
)


_TAKE, _SKIP, _STOP = 1, 0, -1
_NETWORK_NOUNS = frozenset({"network", "netwerk", "réseau", "reseau", "netwerknaam", "ssid"})
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_MARKER_WORDS = frozenset({":", "is", "was", "est", "luidt", "=", "are", "zijn", "sont"})
_SLASH_NEXT = re.compile(r"[ \t]?/[ \t]?[^\s/]")
# "al 3x gereset", "2 keer geprobeerd": a count, not a secret.
_COUNT = re.compile(r"[0-9]{1,2}(?:x|keer|times|fois)")
_KEY_GROUPS = re.compile(r"(?:[ \-][A-Za-z0-9]{3,6}(?![A-Za-z0-9])){1,5}")  # bounded: linear time
# Words that introduce a reference, a product or an error: a window stops there.
_REFERENCE_WORD = re.compile(
    r"(?:artikel|article|sku|product|order|bestel|factuur|facture|invoice|ticket|tracking|incassant|creditor|"
    r"mandaat|mandate|machtiging|actie|promo|korting|discount|voucher|coupon|error|fout|model|serie|serial|"
    r"imei|ean|kvk|btw|vat|ref(?![a-z])|referen|référen|[a-z]*(?:code|nummer|number|nr|-id)$)"
)
# A number followed by a unit is a quantity ("3000 km", "4000 mAh", "1234 punten").
_UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:km|kg|gb|mb|kb|tb|mah|kwh|m3|euro|eur|€|%|punten|points|minuten|minutes|min|uur|hours|"
    r"dagen|days|jaar|years|keer|times|x|liter|stuks|pieces|pcs)(?![a-z])",
    re.IGNORECASE,
)
# One-time codes that are not plain digits: "G-123456", "651-980".
_OTP_SHAPE = re.compile(r"[A-Z]{1,2}-?[0-9]{4,8}|[0-9]{3}-[0-9]{3}")
_DIGIT_GROUPS = re.compile(r"[0-9]{2,4}(?:[ \-][0-9]{2,4}){1,2}(?![0-9])")  # "855 370", "1234 5678"
_TIME_OR_DATE = re.compile(r"[0-9]{1,4}(?:[:.h][0-9]{2}(?![0-9])|[./-][0-9]{1,2}[./-][0-9])")


def _numeric_verdict(
    category: str, cue: str, text: str, low: str, start: int, end: int, explicit: bool, weak: bool
) -> tuple[int, int]:
    word = text[start:end]
    while end > start and text[end - 1] in "?!":
        end -= 1
    word = text[start:end]
    if category == "otp" and _OTP_SHAPE.fullmatch(word):
        return (_STOP if _is_reference(low, start) else _TAKE), end
    if len(word) == 1:
        return _SKIP, end  # "code à 6 chiffres", "de 3 cijfers"
    if word.isdigit():
        if (word[0] == "0" and _phone_run(text, start)) or _CALL_BEFORE.search(_before(low, start, 24)):
            return _STOP, end  # "PUK for 07700 900321", "appelez-nous au 078 16 26 48": a phone number
        grouped = _DIGIT_GROUPS.match(text, start)
        if grouped is not None and len(word) < 5:
            end = grouped.end()
            digits = _SPACE_OR_DASH.sub("", grouped.group())
        else:
            digits = word
        low_bound = 4 if explicit or category != "otp" or not weak else 5
        if category == "otp" and weak and len(digits) == 4 and grouped is None:
            low_bound = 5  # "code 1234" without ':' is too often something else
        if not low_bound <= len(digits) <= (10 if category == "puk" else 8):
            return _STOP, end
        if _is_reference(low, start) or _UNIT_AFTER.match(text, end):
            return _STOP, end
        return _TAKE, end
    if _DIGIT.search(word) and not _TIME_OR_DATE.match(word):
        return _STOP, end
    return _SKIP, end  # a word ("van de simkaart"), a time or a date ("om 10:15")


# Digit groups as phone numbers are written; with a leading 0, ten digits or more are a number to call.
_PHONE_GROUPS = re.compile(r"[0-9]{2,5}(?:(?:[ \-./]|[ ]-[ ])[0-9]{2,6}){0,4}")
_CALL_BEFORE = LazyPattern(
    r"(?<![a-z])(?:bel|bellen|call|phone|appelez|appeler|contactez|tel|tél|telefoon|téléphone|whatsapp)"
    r"(?:[ \-](?:ons|us|nous|me|mij|ons op|us on|nous au|au|op|on|at))*+[ .:]*+$"
)


def _phone_run(text: str, start: int) -> bool:
    run = _PHONE_GROUPS.match(text, start)
    return run is not None and sum(ch.isdigit() for ch in run.group()) >= (9 if " " in run.group() else 10)


def _key_verdict(word: str) -> int:
    if _KNOWN_TOKENS.match(word):
        return _STOP  # the token detector has it, with its type
    if len(word) >= 16 and _API_KEY_VALUE.fullmatch(word) and _DIGIT.search(word) and _LETTER.search(word):
        return _TAKE
    return _SKIP if word.isalpha() else _STOP


def _secret_verdict(category: str, word: str, explicit: bool, text: str, start: int) -> int:
    lowered = word.lower().strip("'\"“”‘’")
    if lowered in _NOT_A_SECRET or _PLACEHOLDER.fullmatch(word) or _COUNT.fullmatch(lowered):
        return _SKIP
    if lowered.startswith(_DEVICE_NAMES):
        return _SKIP  # "FRITZ!Box 7590 / b662c…": the device's name, and the key after it
    if _not_secret_shape(word) or _starts_cue(text, start):
        return _STOP
    if explicit:
        if word.isalpha() and word.islower() and _PHRASE_GOES_ON.match(text, start + len(word)):
            return _SKIP  # "the wifi password is supposed to be on …", "le code wifi est sur l'autocollant"
        return _TAKE if len(word) >= 3 else _STOP
    if _secret_like(word.rstrip("?"), category == "wifi_key"):
        return _TAKE
    if _HAS_DIGIT.search(word):
        return _STOP  # a number, a date, an amount: not skipped over
    return _SKIP


_HAS_DIGIT = re.compile(r"[0-9]")
# A plain word followed by one of these is the start of a sentence about the secret, not the secret.
_PHRASE_GOES_ON = LazyPattern(
    r"[ \t]++(?:l'|(?:to|on|the|sur|dans|à|au|du|des|la|le|les|be|been|printed|written|gedrukt|geschreven|"
    r"écrit|imprimé)(?![\w']))"
)
# "werkt wel op de H369A", "ik heb de Zyxel VMG8825-T50": after a preposition or an article comes a thing,
# and the capitalised words and codes right after it belong to that thing.
_PREPOSITIONS = frozenset(
    "op on met with bij at van of voor for via from sur avec onder under naast door by een a an un "
    "une".split()
)
_ARTICLES = frozenset(
    "de het een mijn my the a an your je jouw uw ons onze our le la les mon ma mes his her zijn haar".split()
)


def _uniform_groups(value: str) -> bool:
    """Three or more groups of one size that together look generated: a key as printed on a sticker."""
    groups = _SPACE_OR_DASH.split(value)
    joined = "".join(groups)
    return (
        len(groups) >= 3
        and len({len(g) for g in groups}) == 1
        and _HAS_DIGIT.search(joined) is not None
        and _secret_like(joined, True)
    )


# Words after which the next word is a model or a brand's product, not a secret.
_DEVICE_NOUNS = frozenset(
    """
    modem router box telefoon phone toestel model type device apparaat gsm smartphone tablet laptop tv
    decoder printer mobiel samsung apple iphone galaxy pixel xiaomi redmi oneplus nokia motorola moto sony
    xperia oppo huawei honor fairphone zte asus lenovo fritz!box fritz ziggo kpn proximus telenet orange
    vodafone odido t-mobile tele2 bbox freebox livebox sagemcom technicolor arcadyan tp-link netgear
    linksys versie version firmware
    """.split()
)
_SYMBOLS = re.compile(r"[!#$%&*+=?@^~|<>{}\[\]/\\_]")
_CAMEL_WORDS = re.compile(r"(?:[A-Z][a-z]+){1,3}")
_DEVICE_WORDS = (
    "iphone", "ipad", "galaxy", "pixel", "redmi", "samsung", "huawei", "oneplus", "nokia", "xiaomi", "oppo",
    "motorola", "cph", "sm-", "ios", "android", "windows", "macos", "fritz", "http", "www.", "#",
)  # fmt: skip
_DEVICE_NAMES = tuple(word for word in _DEVICE_WORDS if word not in ("http", "www.", "#"))


def _not_secret_shape(word: str) -> bool:
    """Links, handles, hashtags, e-mail addresses and device names, which follow cues but are no secret."""
    return (
        word.lower().startswith(_DEVICE_WORDS)
        or "://" in word
        or ("@" in word and _EMAIL_SHAPE.fullmatch(word) is not None)
    )


def _secret_like(word: str, wifi: bool = False) -> bool:
    """A word that looks chosen or generated rather than written: letters with digits, symbols, or
    capitals inside it. Plain words and numbers are not taken without an explicit ':' or 'is'."""
    if len(word) < 5 or _NUMBER_LIKE.fullmatch(word):
        return wifi and word.isdigit() and len(word) >= 8
    if wifi and len(word) >= 8 and word.isalpha() and word.islower():
        vowels = sum(ch in "aeiouy" for ch in word)
        return vowels * 5 < len(word)  # "kwbxrtmnqp": generated, not a word (words are ~40 % vowels)
    if (word[0] == "@" and word[1:].replace("_", "").isalnum()) or (
        word.rstrip("!?.").isalpha() and not any(ch.isupper() for ch in word[1:])
    ):
        return False  # a handle; a word with sentence punctuation ("bedankt!")
    digit = _HAS_DIGIT.search(word) is not None
    letter = _LETTER.search(word) is not None
    if digit and letter:
        return True
    if letter and _SYMBOLS.search(word):
        return True
    inner_upper = sum(ch.isupper() for ch in word[1:])
    return inner_upper >= 2 and letter and not _CAMEL_WORDS.fullmatch(word) and (wifi or not word.isupper())


def _starts_cue(text: str, start: int) -> bool:
    """Whether a cue word begins here ('username rkhan76, password …': 'password' is no password)."""
    found = find_cues(text[start : start + 24].lower())
    return bool(found) and found[0][1] == 0


# "ik gebruik jdevries84 als inlognaam", "Zomer2024! is mijn wachtwoord".
_VALUE_BEFORE_CUE = re.compile(
    r"([^\s\"“(]{3,60})[ \t]++(?:als|as|is|was|c'est|est)"
    r"(?:[ \t]++(?:mijn|my|je|jouw|het|de|the|nu|mon|ma|le|la))?[ \t]++$"
)
# "… en gvandermeer01 de gebruikersnaam": a username with only an article before its cue.
_USER_ARTICLE_BEFORE_CUE = re.compile(
    r"([^\s\"“(,;]{3,60})[ \t]++(?:mijn|my|de|het|the|mon|ma|le|la)[ \t]++$"
)
# "Zomer2024! is mijn ww en …": the value before its cue, joined by a copula, is the cue's own value.
_COPULA_BEFORE_CUE = re.compile(
    r"([^\s\"“(]{3,60})[ \t]++(?:is|was|c'est|est)"
    r"(?:[ \t]++(?:mijn|my|je|jouw|het|de|the|nu|mon|ma|le|la))?[ \t]++$"
)
_USERNAME_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{2,40}")


def _copula_value_before(text: str, cue_start: int, category: str, out: list[Span]) -> bool:
    match = _COPULA_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None:
        return False
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    wifi = category == "wifi_key"
    if not _secret_like(word.replace("-", ""), wifi) or _not_secret_shape(word) or _starts_cue(text, start):
        return False
    out.append(Span(start, end, category))
    return True


def _value_before_cue(text: str, cue_start: int, category: str, out: list[Span]) -> None:
    if category in ("pin", "puk", "otp"):
        number = _NUMBER_BEFORE_CUE.search(text, max(0, cue_start - 60), cue_start)
        if number is None:
            return
        if _EXPIRY_SHAPE.fullmatch(number.group(1)):
            return  # "exp 08-2027 code achterop 032": a card's expiry, not a code before its cue
        digits = _SPACE_OR_DASH.sub("", number.group(1))
        low = text[max(0, number.start(1) - 32) : number.start(1)].lower()
        owned = [cue for cue in find_cues(low) if cue[2] >= len(low) - 16]  # "PUK: 4255…, mijn pin …"
        if owned or _REFERENCE_BEFORE.search(low) or _ERROR_BEFORE.search(low):
            return
        if (4 if category != "otp" else 5) <= len(digits) <= 8:
            out.append(Span(number.start(1), number.end(1), category))  # "482 913 is de code"
        return
    match = _VALUE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None and category == "username":
        match = _USER_ARTICLE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None:
        return
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    if category == "username":
        if _strong_username(word):
            out.append(Span(start, end, "username"))
    elif _secret_like(word) and not _not_secret_shape(word):
        out.append(Span(start, end, "password"))


# "482913 is de code", "482 913 kreeg ik per sms": a number a few small words before its cue.
# The sender's name may sit in between: "G-482913 is your Google verification code", "is je DigiD-code".
_NUMBER_BEFORE_CUE = re.compile(
    r"(?<![\w.,:/+-])([A-Z]{1,2}-[0-9]{5,8}|[0-9]{2,4}(?:[ \-][0-9]{2,4}){0,2}|[0-9]{5,8})(?![0-9])"
    r"[)\"'”’»]?,?"
    r"(?:[ \t]++(?:is|was|als|as|de|the|mijn|my|je|jouw|your|uw|votre|ton|het|per|via|by|kreeg|got|received|"
    r"ik|i|ontvangen|gekregen|est|c'est|mon|ma|le|la|[A-Z][A-Za-z]{1,15})){0,4}[ \t]++$"
)
_EXPIRY_SHAPE = re.compile(r"(?:0?[1-9]|1[0-2])[ ]?[/\-][ ]?(?:20)?[0-9]{2}")


# "jdevries84 / wachtwoord Zomer2024!", "jdevries84, ww: …": the username right before a password cue.
_TOKEN_BEFORE = re.compile(
    r"([^\s\"“(]{3,60})[ \t]*+(?:[,/|;]|\ben\b|\band\b|\bet\b|\bmet\b|\bwith\b|\bavec\b)?[ \t]*+$"
)


def _username_before(text: str, cue_start: int, out: list[Span]) -> None:
    match = _TOKEN_BEFORE.search(text, max(0, cue_start - 70), cue_start)
    if match is None:
        return
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    low = text[max(0, start - 40) : start].lower()
    if _IBAN_SHAPE.fullmatch(word) or not (
        _strong_username(word) or (_user_like(word) and _LOGIN_AS.search(low) is not None)
    ):
        return  # a name-like user only after 'met', 'with', 'als': "ingelogd geweest met AnneliesMartens, …"
    if _REFERENCE_BEFORE.search(low) or _ERROR_BEFORE.search(low) or low.rstrip().endswith(("iban", "id")):
        return
    out.append(Span(start, end, "username"))


_UUID_START = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-")
_IBAN_SHAPE = re.compile(r"[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{10,30}")


def _user_like(word: str) -> bool:
    """A username that a person chose from their name: 'JeroenVanDam', 'ann-mertens', 'AnneliesMartens'."""
    if _USERNAME_SHAPE.fullmatch(word) is None or not any(ch.islower() for ch in word):
        return False
    if _strong_username(word):
        return True
    inner = word[1:-1]
    camel = word[0].isupper() and any(ch.isupper() for ch in inner) and word.isalpha()
    return camel or (word.islower() and "-" in inner and word.lower() not in _NOT_A_SECRET)


def _strong_username(word: str) -> bool:
    """A word that can only be a username: letters with digits, a dot or an underscore inside."""
    return (
        _USERNAME_SHAPE.fullmatch(word) is not None
        and any(ch.islower() for ch in word)
        and (_HAS_DIGIT.search(word) is not None or "." in word[1:-1] or "_" in word)
        and not _NUMBER_LIKE.fullmatch(word)
        and not _UUID_START.match(word)
        and not _not_secret_shape(word)
        and _EMAIL_SHAPE.fullmatch(word) is None
    )


# "inloggen met jdevries84 Zomer2024!", "inloggegevens (jan83 / Welkom01)", "credentials are a / b".
_PAIR_GLUE = re.compile(
    r"[ \t]*+(?:/|\||,|;|:|&|\+|\ben dan\b|\band then\b|\bet puis\b|\bpuis\b|\bthen\b|"
    r"\ben\b|\band\b|\bet\b|\bwith\b|\bmet\b|\bavec\b|"
    r"\(?\bpw\b[:=]?|\(?\bww\b[:=]?)?[ \t]*+"
)
_LOGIN_FILLER = frozenset(
    "met with are zijn is: zijn: are: is : mijn my de het the: als as: staat staan luiden as als avec "
    "comme".split()
)


def _gap_after(text: str, pos: int) -> int:
    gap = _GAP.match(text, pos)
    return gap.end() if gap is not None else pos


def _login_name(word: str) -> bool:
    """After a login cue, the user half of 'name:secret' may be a plain name ('ldekker')."""
    return (
        _strong_username(word)
        or (_USERNAME_SHAPE.fullmatch(word) is not None and word[:1].islower() and word not in _NOT_A_SECRET)
        or _EMAIL_SHAPE.fullmatch(word) is not None
    )


def _login_pair(text: str, pos: int, limit: int, out: list[Span], paired: bool = False) -> None:
    cursor = pos
    for _ in range(4):  # skip "met", "are", ":" up to the username
        gap = _GAP.match(text, cursor)
        if gap is None or (gap.group(1) is not None and cursor != pos):
            return
        user = _VALUE.match(text, gap.end(), limit)
        if user is None:
            return
        start, end = _trim(text, user.start(), user.end())
        word = text[start:end]
        if word.lower() in _ARTICLES - {"de", "het", "le", "la"}:
            return  # "log in with my Pixel 8a": a device follows, not a username
        if start >= end or word.lower() in _LOGIN_FILLER:
            cursor = user.end()
            continue
        break
    else:
        return
    joint = ":" if ":" in word else "/"
    if joint in word and not _EMAIL_SHAPE.fullmatch(word):  # "credentials: jan83:Welkom01", "a/b"
        user_part, _, secret_part = word.partition(joint)
        if _login_name(user_part) and _secret_like(secret_part) and not _not_secret_shape(secret_part):
            if not _EMAIL_SHAPE.fullmatch(user_part):
                out.append(Span(start, start + len(user_part), "username"))
            out.append(Span(start + len(user_part) + 1, end, "password"))
        return
    if not _USERNAME_SHAPE.fullmatch(word.rstrip(",")) and not _EMAIL_SHAPE.fullmatch(word):
        return
    if word.lower() in _NOT_A_SECRET or _starts_cue(text, start):
        return
    glue = _PAIR_GLUE.match(text, end)
    if glue is None:  # pragma: no cover - the expression matches the empty string
        return
    if _starts_password_cue(text, glue.end()) or _starts_password_cue(text, _gap_after(text, end)):
        if (_login_name(word) or _user_like(word)) and not _EMAIL_SHAPE.fullmatch(word):
            out.append(Span(start, end, "username"))  # "inloggen met jan83 en ww …": the cue takes the rest
        return
    secret = _VALUE.match(text, glue.end(), limit)
    if secret is None:
        return
    p_start, p_end = _trim(text, secret.start(), secret.end())
    password = text[p_start:p_end]
    if p_end <= p_start or not _secret_like(password) or _not_secret_shape(password):
        if _strong_username(word):
            out.append(Span(start, end, "username"))
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


_OTP_VALUE = re.compile(r"(?:[A-Z]-)?[0-9]{5,8}(?![\w/:-]|[.,][0-9])")
# After a code cue: digits, or capitals and digits as codes are printed, bare or in brackets or quotes; a few
# small words may come first ("inlogcode per mail ontvangen (4KX8FK)").
_SENT_CODE = re.compile(
    r"(?:(?:per|via|by|in|op|mijn|my|the|de|het|mail|sms|e-mail|email|text|ontvangen|gekregen|received|got|"
    r"reçu|with|met):?[ \t]++){0,4}[(\"'“]?"
    r"([0-9]{4,8}|(?=[A-Z]{0,7}[0-9])[A-Z0-9]{5,8}|(?<=[(\"'“])[A-Z]{5,8})"
    r"(?![\w/:@-]|[.,][0-9])[)\"'”]?"
)


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
        if _strong_username(text[start:end]):
            return True
        after = _GAP.match(text, value.end())
        return after is not None and after.group(1) is None and _starts_password_cue(text, after.end())
    if category == "api_key":  # "secret 9f2c…", "token 5eb9c23a…": only long key-like values
        value = _VALUE.match(text, pos)
        return value is not None and len(value.group().rstrip(_TRAILING)) >= 20
    return False


def _starts_password_cue(text: str, start: int) -> bool:
    while start < len(text) and text[start] in "([":
        start += 1  # "rthomas (pw Summer@21)"
    found = find_cues(text[start : start + 24].lower())
    return bool(found) and found[0][1] == 0 and found[0][0] == "password"


def _otp_like(value: str) -> bool:
    # "G-123456", "ABC123": short codes with letters and at least four digits.
    return 4 <= len(value) <= 10 and sum(ch.isdigit() for ch in value) >= 4 and value.isalnum()


# Not when the next word is itself a password cue with its own ':' ("jan / wachtwoord: ..."). The word is
# checked in two linear steps: `\w*(?:pass)\w*` would try every cue position in a long word. The run
# before it stays greedy, as it always was: handing back one space passes the check in one step.
_PAIR_AFTER_USERNAME = re.compile(r"[ \t]*+(?:/|\||,|;|&)[ \t]*(?!(?=\w*(?:ww|pass|wacht|pw))\w*+\s*+[:=])")


def _pair_after_username(text: str, end: int, out: list[Span]) -> None:
    """'login: jan83 / Welkom01': the value after the slash is the password."""
    glue = _PAIR_AFTER_USERNAME.match(text, end)
    if glue is None:
        return
    value = _VALUE.match(text, glue.end())
    if value is None or _starts_cue(text, value.start()):
        return
    start, stop = _trim(text, value.start(), value.end())
    if text[end : glue.end()].strip() in (",", ";") and not _secret_like(text[start:stop]):
        return  # "my username is jan83, can you freeze it": after a comma only a chosen-looking word
    if stop - start >= 3 and text[start:stop].lower() not in _NOT_A_SECRET:
        out.append(Span(start, stop, "password"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if end - start >= 2 and text[start] in "\"'“‘" and text[end - 1] in "\"'”’":
        return start + 1, end - 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and text[start] in "\"'“‘(<[":
        start += 1
    return start, end


_CUSTOMER_VALUE = LazyPattern(
    r"\.?(?:[ \t\u00a0]*+(?:[:=#]|is|was|est|le|nr\.?|no\.?|number|nummer|bij jullie|with you|van mij|"
    r"chez vous|here|hier)){0,3}[ \t\u00a0]*+(?:[:=#][ \t\u00a0]*+)?"
    r"(?:(?:is|le)[ \t]++)?[(\"'“«]?"
    r"([A-Za-z]{0,4}[-./]?\d[\dA-Za-z]{0,3}(?:[-./ ]?[\dA-Za-z]{1,8}){0,4})"
)


_CLAUSE_END = re.compile(r"[ \t]*+(?:[).,;!?\n]|$)")
_CUSTOMER_BEFORE_CUE = LazyPattern(
    r"(?<![\w.-])([A-Za-z]{0,4}-?[0-9][0-9.\- ]{3,14}[0-9])[ \t,]*+\(?"
    r"(?:(?:is|was|als|as|mijn|my|ons|our|het|the|de)[ \t]++){0,3}$"
)


def _customer_before_cue(text: str, low: str, cue_start: int, cue_end: int, out: list[Span]) -> None:
    """'12345678 (klantnummer)', '4412 889 is mijn klantnummer.': only when the cue ends the clause."""
    if not _CLAUSE_END.match(text, cue_end):
        return
    match = _CUSTOMER_BEFORE_CUE.search(text, max(0, cue_start - 48), cue_start)
    if match is None or sum(ch.isdigit() for ch in match.group(1)) < 5:
        return
    before = low[max(0, match.start(1) - 24) : match.start(1)]
    if _is_reference(low, match.start(1)) or find_cues(before) or _PHONE_CUE.search(before):
        return
    if _VERSION_NEAR.search(before) or match.group(1).startswith("0"):
        return  # a version, or a phone number
    out.append(Span(match.start(1), match.end(1), "customer_number"))


def _customer_number(text: str, low: str, cue_end: int, out: list[Span]) -> None:
    match = _CUSTOMER_VALUE.match(text, cue_end)
    if match is None:
        if low[cue_end - 7 : cue_end] == "account":  # "account jdevries84": a login name
            gap = _CONNECTOR.match(text, cue_end)
            word = _VALUE.match(text, gap.end() if gap else cue_end)
            if word is not None:
                start, end = _trim(text, word.start(), word.end())
                if _strong_username(text[start:end]) and not _IBAN_SHAPE.fullmatch(text[start:end]):
                    out.append(Span(start, end, "username"))
        return
    value = match.group(1)
    start, end = _trim(text, match.start(1), match.end(1))
    value = text[start:end]
    while " " in value and not value.rsplit(" ", 1)[1][:1].isdigit():
        value = value.rsplit(" ", 1)[0]  # "klantnummer 123456 graag": stop at the word
        end = start + len(value)
    if sum(ch.isdigit() for ch in value) < 3:
        return
    out.append(Span(start, end, "customer_number"))


# ---------------------------------------------------------------------------------------------
# Tokens and API keys
# ---------------------------------------------------------------------------------------------

_KNOWN_TOKENS = LazyPattern(
    r"(?:"
    r"(?:sk|rk|pk|pf)_(?:live|test)_[0-9A-Za-z]{16,}"
    r"|c[ks]_[0-9a-f]{32,64}"
    r"|api_[0-9A-Za-z]{20,}"
    r"|whsec_[0-9A-Za-z]{16,}"
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
    r"|eyJ[0-9A-Za-z_\-]{8,}\.eyJ[0-9A-Za-z_\-]{8,}\.[0-9A-Za-z_\-]{8,}"
    r")"
)
_AUTH_HEADER = LazyPattern(
    r"(?i)\b(?:bearer|basic)[ \t]++([A-Za-z0-9._~+/\-]{16,}=*)"
    r"|(?i:x-api-key|authorization)[ \t]*+:[ \t]*+"
    r"(?:bearer[ \t]++|basic[ \t]++)?([A-Za-z0-9._~+/\-]{12,}=*)"
)


def detect_tokens(text: str, low: str, out: list[Span]) -> None:
    if (
        "eyJ" not in text
        and "SG." not in text
        and "EAA" not in text
        and _TOKEN_GATE_UPPER.search(text) is None
        and _TOKEN_GATE_SEPARATED.search(text) is None
    ):
        return _detect_auth_headers(text, low, out)
    for match in _KNOWN_TOKENS.finditer(text):
        start = match.start()
        if start > 0 and text[start - 1].isalnum():
            continue
        out.append(Span(start, match.end(), _token_type(match.group())))
    _detect_auth_headers(text, low, out)


# Tokens that stand for a user or a session (JWTs, GitHub, GitLab and Slack tokens) are `token`; keys that
# identify an application to an API are `api_key`.
_USER_TOKEN_PREFIXES = ("eyJ", "gh", "github_pat_", "glpat-", "xox")


def _token_type(value: str) -> str:
    return "token" if value.startswith(_USER_TOKEN_PREFIXES) else "api_key"


# Cheap gates before the full expression: the '_' or '-' of a prefixed key (checked by fixed-width
# lookbehinds, only where such a character occurs), or an upper-case prefix.
_SEPARATED_PREFIXES = (
    "sk_ rk_ whsec_ ghp_ gho_ ghu_ ghs_ ghr_ github_ glpat- xoxa- xoxb- xoxp- xoxo- xoxs- xoxr- sk- npm_ "
    "pypi- "
    "shpat_ shpss_ shpca_ shppa_ dop_ pk_ pf_ ck_ cs_ api_"
).split()
_TOKEN_GATE_SEPARATED = re.compile(
    "[_-](?:" + "|".join(f"(?<={re.escape(prefix)})" for prefix in _SEPARATED_PREFIXES) + ")"
)
_TOKEN_GATE_UPPER = re.compile(r"A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|Iza)")


def _detect_auth_headers(text: str, low: str, out: list[Span]) -> None:
    if "bearer" in low or "basic" in low or "authorization" in low or "api-key" in low:
        for match in _AUTH_HEADER.finditer(text):
            group = 1 if match.group(1) else 2
            value = match.group(group)
            if _KNOWN_TOKENS.match(value):
                continue
            stop = match.end(group)
            while value.endswith("."):
                value, stop = value[:-1], stop - 1
            if _DIGIT.search(value) or len(value) >= 24:
                out.append(Span(match.start(group), stop, "token"))


# ---------------------------------------------------------------------------------------------
# URLs: left alone, except for the secrets inside them
# ---------------------------------------------------------------------------------------------

_URL = re.compile(r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)[^\s<>\"'`]{1,2048}")
_URL_USERINFO = LazyPattern(r"[hH][tT][tT][pP][sS]?://([^/@\s:?#]{1,128}):([^/@\s?#]{1,128})@")
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


def url_spans(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text and "WWW." not in text:
        return []
    spans = []
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        spans.append((start, end))
    return spans


def detect_url_secrets(text: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
    for start, end in urls:
        url = text[start:end]
        userinfo = _URL_USERINFO.match(url)
        if userinfo:
            out.append(Span(start + userinfo.start(1), start + userinfo.end(1), "username"))
            out.append(Span(start + userinfo.start(2), start + userinfo.end(2), "password"))
        for param in _URL_SECRET_PARAM.finditer(url):
            value = param.group(1)
            if _DIGIT.search(value) or len(value) >= 16:
                out.append(Span(start + param.start(1), start + param.end(1), "token"))
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
# E-mail addresses
# ---------------------------------------------------------------------------------------------

_EMAIL_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")
_EMAIL_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9]|-[A-Za-z0-9\-]*+\.)"
)
# Searched: a match starts only where a run of spaces starts (it would take the whole run anyway), else
# every space of a long run would scan the rest of it.
_OBFUSCATED_AT = LazyPattern(
    r"(?<![ \t])(?:[ \t]*+[\[({<][ \t]*+(?:at|@|apenstaartje)[ \t]*+[\])}>][ \t]*+|[ \t]++(?:at|AT)[ \t]++)"
)
_OBFUSCATED_DOT = (
    r"(?:[ \t]*+[\[({<][ \t]*+(?:dot|punt|\.)[ \t]*+[\])}>][ \t]*+|[ \t]++(?:dot|punt|DOT)[ \t]++|\.)"
)
_OBFUSCATED_DOMAIN = LazyPattern(
    rf"[A-Za-z0-9\-]{{1,63}}(?:{_OBFUSCATED_DOT}[A-Za-z0-9\-]{{1,63}}){{0,4}}{_OBFUSCATED_DOT}"
    r"(?:com|nl|be|de|org|net|eu|uk|co\.uk|fr|io|info|nu|me|biz|email|online)(?![A-Za-z0-9])",
)
_DOT_WORD = LazyPattern(r"(?i)\b(?:dot|punt)\b")
_OBFUSCATION_HINT = LazyPattern(
    r"[\[({<][ \t]*+(?:at|@|apenstaartje)[ \t]*+[\])}>]| at .{1,64}? (?:dot|punt) ", re.I
)


_OBFUSCATION_HINTS = (
    "(at)",
    "[at]",
    "{at}",
    "<at>",
    "(@)",
    "[@]",
    "( at )",
    "[ at ]",
    " dot ",
    "apenstaartje",
)


def detect_emails(text: str, low: str, out: list[Span]) -> None:
    if "@" in text:
        pos = text.find("@")
        while pos != -1:
            start = pos
            while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS and pos - start < 64:
                start -= 1
            while start < pos and text[start] in ".-'":
                start += 1
            domain = _EMAIL_DOMAIN.match(text, pos + 1)
            if start < pos and domain is not None and not (start > 0 and text[start - 1] == "/"):
                out.append(Span(start, domain.end(), "email"))
                pos = text.find("@", domain.end())
            else:
                pos = text.find("@", pos + 1)
    if _contains_any(low, _OBFUSCATION_HINTS) and _OBFUSCATION_HINT.search(text):
        for at in _OBFUSCATED_AT.finditer(text):
            start = at.start()
            while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS and at.start() - start < 64:
                start -= 1
            if start == at.start():
                continue
            domain = _OBFUSCATED_DOMAIN.match(text, at.end())
            if domain is None:
                continue
            bracketed = not at.group().strip().isalpha()
            if not bracketed and not _DOT_WORD.search(domain.group()):
                continue  # "look at example.com" is not an address
            out.append(Span(start, domain.end(), "email"))


# ---------------------------------------------------------------------------------------------
# Numbers: cards, IBAN, BSN, phone numbers, postcodes, IP addresses
# ---------------------------------------------------------------------------------------------

# A run of digits with single separators between groups; classified in Python.
# Starts with a character class (not an optional '+') so that the engine can skip ahead cheaply.
_NUMBER_RUN = re.compile(
    r"[+0-9](?:(?:[ \u00a0\u202f]{1,2}|[.\-/]|[ ]-[ ])?[0-9]|[ \u00a0]?\([0-9]{1,4}\)[ \u00a0]?[0-9])*"
)
# "(020) 574 3074", "(415) 555-0164": an area code in parentheses before the run.
_PAREN_AREA = re.compile(r"\(([0-9]{2,5})\)[ \u00a0]?$")
_SEPARATOR = re.compile(r"[^0-9]+")
_IPV4_SHAPE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}$")
_DATE_SHAPE = re.compile(r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$")
_IBAN_AT = LazyPattern(
    r"([A-Za-z]{2}[ \u00a0]{0,2}[0-9]{2})((?:(?:[ \u00a0\u202f]{1,2}|-)?[A-Za-z0-9]){10,32})"
)  # groups apart by one or two spaces: "NL41  ASNB  2872  3716  02"
_CARD_TAIL = LazyPattern(
    r"(?:[ \t,;]{0,2}\r?\n|[ \t,;/|\-(]{0,3})"
    r"(?:(?i:exp(?:iry|ires|iration)?(?: date)?|vervaldatum|geldig (?:tot|t/m)"
    r"|valid (?:thru|through|until)"
    r"|gültig bis)[ \t:]*)?((?:0[1-9]|1[0-2])(?:[ \t]?[/\-][ \t]?(?:20)?|(?=[0-9]{2}(?:\)|[ \t,;]*+\r?\n|"
    r"[ \t,;/]++[0-9]{3}(?![0-9])|[ \t]*+$))|(?<=[(]..))[0-9]{2})?(?![0-9])"
    r"(?:\)?)"
    r"(?:(?:[ \t,;]{0,2}\r?\n|[ \t,;/|\-()]{0,4})"
    r"(?:(?i:cvv2?|cvc2?|cid|csc|code|security code|beveiligingscode)[ \t:]*)?"
    r"([0-9]{3,4})(?![0-9/]|-[0-9]))?"
)
_CVV_CUE = LazyPattern(
    r"(?:cvv2?|cvc2?|csc|(?:sec(?:urity)?\.?|card) (?:code|number)|beveiligingscode|veiligheidscode|"
    r"kaartcode|"
    r"cryptogramme(?: visuel)?|code de s[ée]curit[ée]|"
    r"card verification(?: code| value)?|"
    r"(?:(?<![0-9])[0-9] )?(?:code|cijfers|digits|numbers|chiffres)[ \t]++(?:op de |on the |au |aan de )?"
    r"(?:achter ?op|achterkant|achterzijde|back|dos)"
    r"(?: van de kaart| of the card| de la carte| van mijn kaart)?)"
    r"(?:[ \t\-]*+(?:[:=]|is|was|zijn|are|est|nummer|number|code|de|the|van|of|my|mijn|kaart|card|op|on|"
    r"achterkant|achterop|back)){0,5}"
    r"[ \t:]*+\(?([0-9]{3,4})(?![0-9])"
)
# "de 3 cijfers: 123", "the three digits are 123": next to a card only.
_CVV_DIGITS_CUE = LazyPattern(
    r"(?:[34]|drie|vier|three|four|trois|quatre)[ \-]?(?:cijfers|cijferige code|digits|digit code|numbers|"
    r"chiffres)[^0-9\n]{0,25}?([0-9]{3,4})(?![0-9])"
)
_EXPIRY_CUE = LazyPattern(
    r"(?:exp(?:iry|ires|iration|ire)?\.?(?: date)?|vervaldatum|verloopdatum|geldig(?:heidsdatum| tot| t/m)|"
    r"verloopt|vervalt|loopt af|valid (?:thru|through|until)|expiration|valable jusqu'(?:au|à)|"
    r"date d'expiration|date de validité|good thru|use by|valid till|valid to|geldig tot en met)"
    r"(?:[ \t]*+(?:[:=]|is|op|on|in|le|date|datum|van de kaart|of the card|de la carte|mijn|my)){0,3}[ \t:]*+"
    r"((?:0?[1-9]|1[0-2])[ \t]?[/\-][ \t]?(?:20)?[0-9]{2}|(?:0[1-9]|1[0-2])[0-9]{2})"
    r"(?![0-9])"
)
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4_HINT = re.compile(r"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]")
_IPV4 = LazyPattern(rf"{_OCTET}(?:\.{_OCTET}){{3}}(?![\w]|\.[0-9])")
# Starts with a literal ':' so the engine can skip ahead fast; every IPv6 address has this or '::'.
_IPV6_HINT = re.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:")
_IPV6 = LazyPattern(r"[0-9A-Fa-f:][0-9A-Fa-f]{0,3}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
# "na de firmware-update naar 6.6.3.15": a version word shortly before, not only right before.
_VERSION_NEAR = LazyPattern(r"versie|version|firmware|build|release|update|upgrade|software")
_VERSION_BEFORE = LazyPattern(
    r"(?:versie|version|ver|v|build|firmware|release|update|app|ios|android|os)[\s.:]*+$"
)
_POSTCODE_AFTER = re.compile(r"([ \u00a0]?)([A-Za-z]{2})(?![A-Za-z0-9])")
_NOT_POSTCODE_LETTERS = frozenset(
    "SA SD SS MB GB KB TB PB KM CM MM KG MG ML CL DL HZ PM AM EU NL EN OF IN OP ON AT TO IS OR AN HA PC "
    "PK KW ST KR XL JR EX BC AD".split()
)
_HOUSE_NUMBER_AFTER = LazyPattern(
    r"[ \u00a0,]{1,2}(?:nr\.?[ \u00a0]?)?"
    r"([0-9]{1,5}(?:[ \u00a0-]?[A-Za-z](?![A-Za-z])|-[0-9]{1,4})?)(?![0-9])"
)
_CITY_AFTER = LazyPattern(
    r"[ \u00a0,]{1,2}((?:'s-|Den |De |Le )?[A-Z][a-zà-ÿ]{2,24}(?:[- ][A-Z][a-zà-ÿ]{2,24})?)"
)


def detect_numbers(text: str, low: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
    n = len(text)
    iban_end = -1
    for run in _NUMBER_RUN.finditer(text):
        start, end = run.span()
        if start < iban_end or (urls and _inside(urls, start)):
            continue  # part of an IBAN (valid or not): its digit groups are not phone or card numbers
        # IBAN: two letters, two check digits, then the account.
        if start >= 2 and text[start - 2 : start].upper() in validators.SEPA_IBAN_LENGTHS:
            iban_end = _iban_at(text, start - 2, out)
            if iban_end > 0:
                continue
        elif (
            start >= 3
            and text[start - 1] in " \u00a0"
            and text[start - 3 : start - 1].upper() in validators.SEPA_IBAN_LENGTHS
        ):
            # "NL 24 KNAB …", "GB 89 HBUK …": the country code written apart.
            found = len(out)
            spaced_end = _iban_at(text, start - 3, out)
            if len(out) > found:
                iban_end = spaced_end
                continue
        if end - start <= 10:
            _addresses_at(text, low, start, end, out)
        if end - start < 4:
            continue
        before = text[start - 1] if start > 0 else " "
        if before in ") \u00a0" and _paren_phone(text, low, start, end, out):
            continue
        if (
            before.isalnum()
            or before in "_@#"
            or (before in "-/." and start >= 2 and text[start - 2].isalnum())
        ):
            continue
        value = run.group()
        if end - start == 4 and value.isdigit():
            if end == n or not text[end].isdigit():
                _postcode(text, start, end, out)  # "1234 AB", "1234AB"
            continue
        if end < n and text[end].isalnum():
            continue  # glued to letters: a code or an id
        if sum(map(str.isdigit, value)) < 8 or _IPV4_SHAPE.match(value) or _DATE_SHAPE.match(value):
            continue
        if end < n - 1 and text[end] in "-/" and text[end + 1].isdigit():
            continue
        _classify_run(text, low, start, end, out)


def _paren_phone(text: str, low: str, start: int, end: int, out: list[Span]) -> bool:
    """'(020) 574 3074', '(415)555-0199': an area code in parentheses right before the run."""
    area = _PAREN_AREA.search(text, max(0, start - 9), start)
    if area is None or (area.start() > 0 and text[area.start() - 1].isalnum()):
        return False
    digits = area.group(1) + "".join(ch for ch in text[start:end] if ch.isdigit())
    if not 9 <= len(digits) <= 12 or _is_reference(low, area.start()):
        return False
    if not validators.phone_valid(digits):
        return False
    out.append(Span(area.start(), end, "phone"))
    return True


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _iban_at(text: str, start: int, out: list[Span]) -> int:
    """Where an IBAN-shaped text starting here ends (-1: not IBAN-shaped); adds the span when valid."""
    if start > 0 and text[start - 1].isalnum():
        return -1
    match = _IBAN_AT.match(text, start)
    if match is None:
        return -1
    country = match.group(1)[:2].upper()
    length = validators.SEPA_IBAN_LENGTHS.get(country)
    if length is None:
        return -1
    # Walk the text until `length` alphanumerics are taken: the rest belongs to the sentence.
    taken = 0
    pos = start
    end_limit = match.end()
    while pos < end_limit and taken < length:
        if text[pos].isalnum():
            taken += 1
        pos += 1
    if taken < length:
        return -1
    if pos < len(text) and text[pos].isalnum():
        return -1  # glued to more letters or digits: not this IBAN
    compact = "".join(ch for ch in text[start:pos] if ch.isalnum()).upper()
    if validators.iban_valid(compact):
        out.append(Span(start, pos, "iban"))
    return pos


def _groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each digit group in the run."""
    groups = []
    pos = start
    for sep in _SEPARATOR.finditer(text, start, end):
        if sep.start() > pos:
            groups.append((pos, sep.start()))
        pos = sep.end()
    if pos < end:
        groups.append((pos, end))
    return groups


def _classify_run(text: str, low: str, start: int, end: int, out: list[Span]) -> None:
    groups = _groups(text, start, end)
    plus = text[start] == "+"
    # Classify from the first group; after a match, go on with the rest of the run. Never start in
    # the middle of a run: the tail of a failed card number is not a phone number.
    i = 0
    while i < len(groups):
        taken = _classify_from(text, low, groups, i, plus and i == 0, start, out)
        if taken > i:
            i = taken
            continue
        # Nothing from here: go on after a year that ends a date ("14 oktober 1962 5090.12.863"), else
        # only at a group that stands on its own ("2458.72.105 147443428").
        if _after_year(text, groups, i):
            i += 1
            continue
        i += 1
        while i < len(groups) and groups[i][1] - groups[i][0] < 8:
            i += 1


def _after_year(text: str, groups: list[tuple[int, int]], i: int) -> bool:
    start, end = groups[i]
    return (
        i + 1 < len(groups)
        and end - start == 4
        and text[start : start + 2] in ("19", "20")
        and text[end : groups[i + 1][0]].isspace()
    )


def _classify_from(
    text: str, low: str, groups: list[tuple[int, int]], i: int, plus: bool, run_start: int, out: list[Span]
) -> int:
    """Try card, BSN and phone from group i on; return the index after the groups used (or i)."""
    first = run_start if plus else groups[i][0]
    reference = None

    def is_reference() -> bool:
        nonlocal reference
        if reference is None:
            reference = _is_reference(low, first)
        return reference

    digits = ""
    best: tuple[int, str] | None = None
    sixteen_valid = False
    lone_one = groups[i][1] - groups[i][0] == 1 and text[groups[i][0]] == "1"
    for j in range(i, min(len(groups), i + 8)):
        digits += text[groups[j][0] : groups[j][1]]
        if len(digits) > 19:
            break
        span_text = text[first : groups[j][1]]
        if _DATE_SHAPE.match(span_text) and (
            j + 1 == len(groups) or text[groups[j][1]] != text[groups[j][0] - 1]
        ):
            return j + 1
        # 17 to 19 digits only when written in one piece: a grouped 16 plus a CVV is not a 19-digit card.
        long_ok = len(digits) <= 16 or j == i or (len(digits) == 19 and j == i + 4 and not sixteen_valid)
        if (
            13 <= len(digits) <= 19
            and long_ok
            and not plus
            and _card_brand(digits)
            and validators.luhn_valid(digits)
        ):
            if not is_reference():
                best = (j, "card")
                sixteen_valid = sixteen_valid or len(digits) == 16
        elif (
            len(digits) == 9
            and not plus
            and (not digits.startswith("0") or _BSN_CUE.search(_before(low, first, 48)))
            and best is None
        ):
            if validators.bsn_valid(digits):
                cue_before = _BSN_CUE.search(_before(low, first, 48))
                cue_after = _BSN_CUE_AFTER.match(low, groups[j][1])
                if cue_before or (
                    not is_reference() and (cue_after or not _PHONE_CUE.search(_before(low, first, 24)))
                ):
                    best = (j, "bsn")
        us_one = lone_one and _us_country_shape(text, groups, i, j)
        if 8 <= len(digits) <= 15 and (
            plus
            or digits.startswith("0")
            or text[first - 1 : first] == "("
            or _us_shape(text, groups, i, j)
            or us_one
        ):
            if best is None or best[1] != "card":
                if not is_reference() and validators.phone_valid(("+" if plus or us_one else "") + digits):
                    best = (j, "phone")
    if best is None:
        return i
    j, kind = best
    stop = groups[j][1]
    if kind == "phone" and first > 0 and text[first - 1] == "(":
        first -= 1
    out.append(Span(first, stop, kind))
    if kind == "card":
        _card_tail(text, stop, out)
    return j + 1


def _us_shape(text: str, groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """212-555-0100, 212.555.0100, 212 555 0100: three, three and four digits, one separator."""
    if j != i + 2:
        return False
    sizes = [end - start for start, end in groups[i : j + 1]]
    if sizes != [3, 3, 4] or text[groups[i][0]] in "01":
        return False
    return text[groups[i][1] : groups[i + 1][0]] == text[groups[i + 1][1] : groups[i + 2][0]]


_US_TOLL_FREE = frozenset({"800", "888", "877", "866", "855", "844", "833", "900"})


def _us_country_shape(text: str, groups: list[tuple[int, int]], i: int, j: int) -> bool:
    """1-415-555-0176, 1 415 555 0176: the country code, then a US number (not a company's 1-800)."""
    if j != i + 3 or text[groups[i][0] : groups[i][1]] != "1" or not _us_shape(text, groups, i + 1, j):
        return False
    return text[groups[i + 1][0] : groups[i + 1][1]] not in _US_TOLL_FREE


def _card_brand(digits: str) -> bool:
    n = len(digits)
    d1 = digits[0]
    d2 = int(digits[:2])
    d3 = int(digits[:3])
    d4 = int(digits[:4])
    if d1 == "4":
        return n in (13, 16, 19)
    if 51 <= d2 <= 55 or 2221 <= d4 <= 2720:
        return n == 16
    if d2 in (34, 37):
        return n == 15
    if d4 == 6011 or d2 == 65 or 644 <= d3 <= 649:
        return 16 <= n <= 19
    if 3528 <= d4 <= 3589:
        return 16 <= n <= 19
    if d2 in (36, 38, 39) or 300 <= d3 <= 305:
        return 14 <= n <= 19
    if d2 == 62 or d2 == 50 or 56 <= d2 <= 69:
        return 13 <= n <= 19
    return False


def _card_tail(text: str, end: int, out: list[Span]) -> None:
    tail = _CARD_TAIL.match(text, end)
    if tail is None:
        return
    if tail.group(1):
        out.append(Span(tail.start(1), tail.end(1), "card_expiry"))
    if (
        tail.group(2)
        and not (tail.group(1) is None and "exp" in text[end : tail.start(2)].lower())
        and not _UNIT_AFTER.match(text, tail.end(2))
    ):
        out.append(Span(tail.start(2), tail.end(2), "cvv"))  # "expiry 0831" is an expiry, found by its cue


# "08/27 is de vervaldatum", "12345678 (klantnummer)": the value a few small words before its cue.
_EXPIRY_BEFORE_CUE = LazyPattern(
    r"(?<![0-9/])((?:0?[1-9]|1[0-2])[ \t]?[/\-][ \t]?(?:20)?[0-9]{2})(?![0-9/])[ \t,(]*+"
    r"(?:(?:is|als|as|de|the|het|mijn|my)[ \t]++){0,3}"
    r"(?:vervaldatum|verloopdatum|expiry|expiration|geldigheid)"
)


def detect_card_context(text: str, low: str, out: list[Span]) -> None:
    if _contains_any(low, _CVV_HINTS):
        for match in _CVV_CUE.finditer(low):
            if _word_start(low, match.start()):
                out.append(Span(match.start(1), match.end(1), "cvv"))
    if _contains_any(low, _CVV_DIGIT_HINTS):
        for match in _CVV_DIGITS_CUE.finditer(low):
            if _word_start(low, match.start()) and _card_nearby(low, match.start(), match.end()):
                out.append(Span(match.start(1), match.end(1), "cvv"))
    if _contains_any(low, _EXPIRY_HINTS):
        for match in _EXPIRY_CUE.finditer(low):
            if _word_start(low, match.start()):
                out.append(Span(match.start(1), match.end(1), "card_expiry"))
        for match in _EXPIRY_BEFORE_CUE.finditer(low):
            out.append(Span(match.start(1), match.end(1), "card_expiry"))


_CVV_HINTS = ("security number", "sec number", "cvv", "cvc", "csc", "sec code", "sec. code", "security code",
              "card code", "beveiligingscode",
              "veiligheidscode", "kaartcode", "verification", "achter", "cryptogramme", "sécurité",
              "securite",
              # "back" and "dos" only as the expression reads them, after a code word or "on the" / "au":
              # alone they are in every other English or French e-mail ("call me back")
              "the back", "code back", "digits back", "numbers back", "cijfers back", "chiffres back",
              "au dos", "code dos", "chiffres dos", "digits dos", "numbers dos", "cijfers dos")  # fmt: skip
_CVV_DIGIT_HINTS = ("cijfers", "cijferige", "digits", "digit code", "numbers", "chiffres")
# Specific enough that ordinary words ("expect", "experience") do not set off the expression.
_EXPIRY_HINTS = ("exp ", "exp.", "exp:", "exp\n", "expir", "geldig", "vervaldatum", "verloopdatum",
                 "verloopt", "vervalt", "valid ", "valable", "loopt af", "good thru", "use by",
                 "validité")  # fmt: skip


def _word_start(low: str, pos: int) -> bool:
    return pos == 0 or not low[pos - 1].isalnum()


def _postcode(text: str, start: int, end: int, out: list[Span]) -> None:
    if text[start] == "0" or _after_device(text, start):
        return  # "Fritz!Box 7530 AX", "Archer C6 1200 AC": a model, not a postcode
    letters = _POSTCODE_AFTER.match(text, end)
    if letters is None:
        return
    pair = letters.group(2)
    glued = letters.group(1) == ""
    if not (pair.isupper() or (glued and pair.islower())):
        return
    stop = letters.end()
    house = _HOUSE_NUMBER_AFTER.match(text, stop)
    if house is not None and text[house.end() : house.end() + 1].isalpha():
        house = None
    if house is not None and pair.upper() in _NOT_POSTCODE_LETTERS and "," in text[stop : house.start(1)]:
        house = None
    if pair.upper() in _NOT_POSTCODE_LETTERS and house is None:
        return  # "1500 MB", "2000 KM": a quantity unless a house number follows
    if house is not None:
        stop = house.end()
    city = _CITY_AFTER.match(text, stop)
    if city is not None:
        stop = city.end()
    out.append(Span(start, stop, "address"))


def _after_device(text: str, start: int) -> bool:
    words = text[max(0, start - 24) : start].split()
    if not words or text[start - 1 : start] != " ":
        return False
    previous = words[-1].lower().strip("(")
    return previous in _DEVICE_NOUNS or previous.startswith(_DEVICE_NAMES)


def detect_ip_addresses(text: str, low: str, out: list[Span]) -> None:
    if _IPV4_HINT.search(text):
        for match in _IPV4.finditer(text):
            start = match.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
                continue
            if _VERSION_BEFORE.search(_before(low, start, 16)):
                continue
            if _VERSION_NEAR.search(_before(low, start, 40)):
                continue
            out.append(Span(start, match.end(), "ip_address"))
    if "::" in text or _IPV6_HINT.search(text):
        for match in _IPV6.finditer(text):
            start = match.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ":_"):
                continue
            value = match.group()
            if value.count(":") < 3 or not _ipv6_valid(value):
                continue
            out.append(Span(start, match.end(), "ip_address"))


def _ipv6_valid(value: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Street addresses (Dutch street + number; UK/US number + street) and dates of birth
# ---------------------------------------------------------------------------------------------

_NL_STREET = LazyPattern(
    r"(?<![\w])((?:(?:[A-Z][a-zà-ÿ]+|van|de|der|den|het|'t|St\.|Sint)[ \u00a0]){0,3}"
    r"(?:[A-Z][a-zà-ÿ\-']{0,30}(?:straat|laan|weg|plein|gracht|kade|dijk|singel|steeg|dreef|plantsoen|markt|"
    r"baan|boulevard|kanaal|haven|hof|park|pad|wal|ring|dam|erf|veld|hoven|zijde|burgwal)"
    r"|[a-zà-ÿ][a-zà-ÿ\-']{0,30}(?:straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|plantsoen|burgwal)"
    r"|Singel|Dam|Rokin|Damrak|Coolsingel|Markt|Kade|Ring|Plein|Wal|Dijk)"
    r"\.?[ \u00a0]{1,2}[0-9]{1,5}"
    r"(?:[ \u00a0-]?[A-Za-z](?![A-Za-z])|-[0-9]{1,4}|[ \u00a0]?(?:hs|bis|I{1,3})\b)?)(?![0-9])"
)
_STREET_SUFFIXES = (
    "straat laan weg plein gracht kade dijk singel steeg dreef plantsoen markt baan boulevard kanaal haven "
    "hof "
    "park pad wal ring dam erf veld hoven zijde burgwal rokin damrak"
).split()
# Anchored on the house number (digits are rare, so the engine skips ahead cheaply); each lookbehind
# has a fixed width, as Python requires.
# "Kerkstraat 12": the number run is checked for one of these endings just before it.
_STREET_GAP = frozenset(" \u00a0")
_STREET_LAST_LETTERS = frozenset(suffix[-1] for suffix in _STREET_SUFFIXES) | {".", " "}
_STREET_ENDINGS = tuple(
    f"{suffix}{sep}" for suffix in _STREET_SUFFIXES for sep in (" ", "\u00a0", ". ", "  ")
)
_EN_STREET = LazyPattern(
    r"[0-9][0-9]{0,4}[A-Za-z]?[ \u00a0]++(?:[NESW]\.?[ \u00a0])?(?:[A-Z][a-z]++[ \u00a0]){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Close|Crescent|"
    r"Terrace|Gardens|Square|Sq|Parkway|Pkwy|Highway|Hwy)\b\.?"
)
_FLAT_BEFORE = LazyPattern(r"(?:Flat|Apt|Unit|Apartment)[ ][0-9]{1,4}[A-Z]?,?[ ]$")
_UK_POSTCODE = LazyPattern(r"[A-Z][A-Z]?[0-9][A-Z0-9]?[ \u00a0][0-9][A-Z]{2}(?![A-Za-z0-9])")
_US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)


def _addresses_at(text: str, low: str, start: int, end: int, out: list[Span]) -> None:
    """Addresses built around a short number run: house numbers, UK inward codes, US ZIP codes."""
    n = len(text)
    if (
        start > 2
        and low[start - 1] in _STREET_GAP
        and low[start - 2] in _STREET_LAST_LETTERS
        and low.endswith(_STREET_ENDINGS, 0, start)
    ):
        for match in _NL_STREET.finditer(text, max(0, start - 90), min(n, end + 12)):
            if match.start(1) <= start < match.end(1):
                begin = match.start(1)
                # Leading lower-case words belong to the sentence ("ik woon op de Dorpsstraat 5").
                words = text[begin : match.end(1)].split(" ")
                while len(words) > 1 and not words[0][:1].isupper():
                    begin += len(words[0]) + 1
                    words = words[1:]
                out.append(Span(begin, match.end(1), "address"))
    after = text[end : end + 3]
    if (
        end - start <= 6
        and len(after) == 3
        and (
            (after[0] == " " and after[1].isupper())
            or (after[1] == " " and after[0].isalpha() and after[2].isupper())  # "9B Church Road"
        )
    ):
        street = _EN_STREET.match(text, start)
        if street is not None and _word_start(text, start):
            flat = _FLAT_BEFORE.search(text, max(0, start - 16), start)  # "Flat 12, 1A Church Road"
            out.append(Span(flat.start() if flat else start, street.end(), "address"))
    if end - start == 1 and after.isupper() and after.isalpha() and not text[end + 2 : end + 3].isalnum():
        postcode = _UK_POSTCODE.search(text, max(0, start - 6), end + 2)
        if postcode is not None and postcode.end() == end + 2 and _word_start(text, postcode.start()):
            out.append(Span(postcode.start(), postcode.end(), "address"))
    if (
        end - start in (5, 10)
        and start >= 3
        and text[start - 1] == " "
        and text[start - 3 : start - 1] in _US_STATES
        and _word_start(text, start - 3)
        and (end - start == 5 or text[start + 5] == "-")
    ):
        out.append(Span(start - 3, end, "address"))


_MONTHS = (
    r"(?:jan(?:uari|uary|vier)?|f[eé]v(?:rier)?|feb(?:ruari|ruary)?|m(?:aa)?rt|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|"
    r"mei|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ustus|ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?|"
    r"o[kc]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé]c(?:ember|embre)?)\.?"
)
_DATE = (
    rf"(?:[0-9]{{1,2}}[-/. ][0-9]{{1,2}}[-/. ](?:19|20)?[0-9]{{2}}"
    rf"|(?:19|20)[0-9]{{2}}-[0-9]{{1,2}}-[0-9]{{1,2}}|"
    rf"[0-9]{{1,2}}(?:st|nd|rd|th|e|er)?[ ]{_MONTHS}[ ,]{{1,2}}(?:(?:19|20)[0-9]{{2}}|'[0-9]{{2}})"
    rf"|{_MONTHS}[ ][0-9]{{1,2}}(?:st|nd|rd|th)?,?[ ](?:(?:19|20)[0-9]{{2}}|'[0-9]{{2}}))"
)
_DOB = LazyPattern(
    rf"(?:geboortedatum|geboorte datum|geb(?:\.|oorte)?[ ]?datum|geb\.?|geboren(?: op)?|date of birth|"
    rf"birth ?date|birthday|born(?: on)?|dob|d\.o\.b\.?|verjaardag|geboortedag|date de naissance|"
    rf"n[ée]e? le|ik ben van|ik ben geboren(?: op)?|i was born(?: on)?|ter verificatie|for verification)"
    rf"(?:[ \t]*+(?:[:=]|is|was|op|on|le|the|de|mijn|my|\([a-z/\-]{{4,12}}\))){{0,3}}"
    rf"[ \t:]*+({_DATE})(?![0-9])"
)
# A full date with a birth year (1920-2008) is a date of birth: the dates customers otherwise write
# (orders, visits, bills) are recent. Not after "sinds", "since", "klant sinds".
# Starts with a digit class (the look-behind after it) so that the engine skips ahead to digits.
# A month name with an apostrophe year from the thirties on ("14 mrt. '59") is a birth date too.
_OLD_DATE = LazyPattern(
    rf"([0-9](?<![0-9./-][0-9])(?:[0-9]?[-/.][0-9]{{1,2}}[-/.](?:19[2-9][0-9]|200[0-8])"
    rf"|[0-9]?(?:st|nd|rd|th|e|er)?[ ]{_MONTHS}[ ,]{{1,2}}(?:19[2-9][0-9]|200[0-8]|'[3-9][0-9])))(?![0-9])"
)
_OLD_DATE_HINT = re.compile(r"[-/. ](?:19[2-9][0-9]|200[0-8]|'[3-9][0-9])(?![0-9])")
_NOT_BIRTH_BEFORE = LazyPattern(
    r"(?:sinds|since|vanaf|from|opgericht|established|depuis|member|lid)[^\n]{0,20}$"
)
_DOB_HINT = ("geboren", "geboorte", "geb.", "geb:", "geb ", "born", "dob", "d.o.b", "birth", "verjaardag",
             "naissance", "né le", "née le", "ik ben van", "verificatie", "verification")  # fmt: skip


def detect_dates_of_birth(text: str, low: str, out: list[Span]) -> None:
    if _contains_any(low, _DOB_HINT):
        for match in _DOB.finditer(low):
            if _word_start(low, match.start()):
                out.append(Span(match.start(1), match.end(1), "date_of_birth"))
    if _OLD_DATE_HINT.search(text):
        for match in _OLD_DATE.finditer(low):
            if not _NOT_BIRTH_BEFORE.search(_before(low, match.start(), 30)):
                out.append(Span(match.start(1), match.end(1), "date_of_birth"))


# "**** **** **** 1234", "xxxx-xxxx-xxxx-5708", "••••••••", "NL** **** **92": already masked by
# someone; the mask and the last digits it leaves are no finding.
_MASKED = LazyPattern(
    r"(?:[*•●]{2,}|[xX]{4})(?:[ \-./]?(?:[*•●]{2,}|[xX]{4}))*+(?:[ \-./]?[0-9]{1,4}(?![0-9]))?"
)


def _drop_masked(text: str, spans: list[Span]) -> list[Span]:
    if "**" not in text and "••" not in text and "●●" not in text and "xxxx" not in text.lower():
        return spans
    masked = [match.span() for match in _MASKED.finditer(text)]
    if not masked:
        return spans
    return [s for s in spans if not any(start < s.end and s.start < end for start, end in masked)]


def detect_all(text: str) -> list[Span]:
    """Every candidate span in the text (overlapping, unsorted)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out: list[Span] = []
    urls = url_spans(text)
    detect_credentials(text, low, urls, out)
    detect_tokens(text, low, out)
    if urls:
        detect_url_secrets(text, urls, out)
    detect_emails(text, low, out)
    if any(ch in text for ch in "0123456789"):
        detect_numbers(text, low, urls, out)
        detect_card_context(text, low, out)
        detect_ip_addresses(text, low, out)
        detect_dates_of_birth(text, low, out)
        streets: list[tuple[int, int]] = []
        addresses.find_addresses(text, streets)
        out.extend(Span(start, end, "address") for start, end in streets)
    return _drop_masked(text, out)
