"""Credentials after cue words: passwords, PINs, PUKs, one-time codes, wifi keys, usernames, API keys
and customer numbers; login pairs written without cues; secrets said not to work."""

from __future__ import annotations

import re

from webcare.scrub import validators
from webcare.scrub.cues import WIFI_SPELLINGS, find_cues, normalise_cue
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    DEVICE_NAMES,
    DEVICE_NOUNS,
    DEVICE_WORDS,
    DIGIT,
    PHONE_CUE,
    PLACEHOLDER,
    REFERENCE_BEFORE,
    UNIT_AFTER,
    VERSION_NEAR,
    Span,
    before,
    card_nearby,
    contains_any,
    inside,
    is_reference_at,
)
from webcare.scrub.tokens import KNOWN_TOKENS, TOKEN_NAMES

# Between cue and value: punctuation, and small words ("mijn wachtwoord is nu ...", "password was set to").
_CONNECTOR = LazyPattern(
    r"(?:[ \t\u00a0]*+(?:\r?\n[ \t>]*+)?(?:[:=]+|-+>?|→|=>|\bis\b|\bwas\b|\bnu\b|\bnow\b|\bwordt\b|\bwerd\b|"
    r"\bluidt\b|\best\b|\bc'est\b|"
    r"\bset to\b|\bchanged to\b|\bveranderd in\b|\bgewijzigd in\b|\bgewijzigd naar\b|\bnaar\b|"
    r"\b(?:ingesteld|gezet|veranderd|aangepast|gereset|teruggezet|reset|changed|updated|mis|changé|modifié|"
    r"réglé|défini)[ \t]++(?:op|naar|in|into|to|à|en|sur)\b|"  # "het wifiwachtwoord ingesteld op X"
    r"\bto\b|\bstill\b|\bnog\b|\bsteeds\b|\bthe same\b|\bvan mij\b|\bvan\b|\bof\b|\bfor\b|\bvoor\b|"
    r"\bmy\b|\bmijn\b|\bthis\b|\bdit\b|\bde\b|\bhet\b|\bthe\b|\bals\b|\bas\b|\beerst\b|\bfirst\b|"
    r"\b(?:her|his|their|haar|zijn|hun|son|sa|leur|votre|your)\b|"
    r"\bvroeger\b|\bbefore\b|\bpas\b|\bbankpas\b|\bkaart\b|\bcard\b|\baccount\b|"
    r"\bhas\b|\bhave\b|\bhad\b|\bbeen\b|\balways\b|\baltijd\b|\btoujours\b|\bal jaren\b)){0,6}"
    r"[ \t\u00a0]*+(?:\r?\n[ \t>]*+)?"
)
_VALUE = LazyPattern(r"\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'|“[^”\n]{1,80}”|‘[^’\n]{1,80}’|[^\s\"“]{1,160}")
_TRAILING = ".,;:)]}>\"'”’…"

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
    hij zij ze he she they il elle ils elles wij we nous vous
    majuscule majuscules minuscule minuscules hoofdletter hoofdletters kleine capital capitals uppercase
    lowercase caps
    eraf weg gone off missing onleesbaar unreadable illisible vervaagd faded effacé écrit imprimé noté
    genoteerd written printed
    gekozen gemaakt aangemaakt ingesteld ingevuld ingetypt gevraagd gekregen opgegeven bedacht
    chosen picked created typed choisi créé modifié utilisé saisi oublié
    fine prima perfect valid geldig working works unchanged ongewijzigd inchangé valide
    sorry pardon oops oeps euh uh hmm
    """.split()
)

# Expressions live at module level, never inline, so that the linear-time audit in tests/unit/scrub
# sees every one of them.
_EXPLICIT_WORD = LazyPattern(r"\b(?:is|was|wordt|luidt|est)\b")
_SPACE_OR_DASH = re.compile(r"[\s-]")
_LETTER = LazyPattern(r"[A-Za-z]")
_NUMBER_LIKE = LazyPattern(r"[0-9][0-9.,:/-]*")
_DIGITS_VALUE = LazyPattern(r"[0-9]{4,8}(?![\w/:-]|[.,][0-9])")
_EMAIL_SHAPE = LazyPattern(r"[^@\s]++@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
_API_KEY_VALUE = LazyPattern(r"[A-Za-z0-9+/_=.\-]{16,}")

# Cues that are also ordinary words need an explicit ":" / "=" or "is" before the value.
_WEAK_CUES = frozenset(
    "code sms pass pw user login log in inlog gebruiker token sleutel secret 2fa account pin puk ww wifi "
    "wi fi wlan wpa wpa2 mdp passcode voici sticker stickertje psk key authenticator authenticatie "
    "verificatie verification bevestiging cijfers digits chiffres smsje clé pseudo nickname".split()
) | {"hier is ie", "hier is hij", "here it is", "here you go", "wi fi", "log in", *WIFI_SPELLINGS}
# Words after which the window stops: what follows is a name, a model or a reference, not a secret.
_WINDOW_STOP = frozenset(
    """
    heet heten named called naam name ssid netwerknaam model type versie version firmware update order
    bestelling bestelnummer factuur invoice ticket zaak case referentie reference tracking facture
    commande dossier rekening iban bsn gsm tel tél phone mobiel mobile nummer number numéro telefoon
    """.split()
)
_GLUED_NAME = LazyPattern(r"_[A-Za-z0-9]++(?:_[A-Za-z0-9]++)*+(?![ \t]*+[:=\"'])")
_ERROR_BEFORE = LazyPattern(
    r"(?:error|fout|foutmelding|status|http|promo|korting|kortings|actie|discount|coupon|voucher|gift|"
    r"cadeau|referral|product|artikel|item|qr|bar|zip|postal|post|area|country|landen|tracking|"
    r"reference|referentie|iban|bic|swift|sort|dial|kleur|color|colour|source|bron|html|css|python)[\s-]*+$"
    # "Foutcode CODE 871", "code erreur CODE 481", 'shows "CODE 677"': what a screen shows
    r"|(?<![a-z])(?:foutcode|erreur|error code|says|shows?|showed|zegt|toont|affiche|displays?)"
    r"[ \t:]*+[\"'“]?$"
)


def detect_credentials(
    text: str, low: str, urls: list[tuple[int, int]], out: list[Span]
) -> list[tuple[str, int, int]]:
    """Append the values after cue words; return the cues found (the fallback pass reads them again)."""
    first_new = len(out)
    # Where a message talks about logging in or a password: a secret said to fail may follow there.
    talk: list[int] = _bare_pairs(text, low, out) if _login_hinted(low) else []
    for joint in _JOINTS:
        if joint in text:
            _slash_pairs(text, low, urls, out, joint)
    if "?" in low:  # "… c'est bien ça ?", "… is right isn't it??", "… klopt toch?"
        _confirmed_pairs(text, low, out)
    cues = find_cues(low)
    talk.extend(cue_end for category, _, cue_end in cues if category == "password")
    logged = low.find("logged")
    if logged != -1:
        talk.append(logged)
    if talk and contains_any(low, _REJECTED_HINTS):
        _rejected_secrets(text, low, sorted(talk), out)
    paired = -1  # the password cue of a "user/pass" cue, already read as a pair
    for index, (category, cue_start, cue_end) in enumerate(cues):
        if index == paired:
            continue
        if urls and inside(urls, cue_start):
            continue  # secrets inside links are the URL detector's
        if cue_start > 0 and text[cue_start - 1] == "[" and PLACEHOLDER.match(text, cue_start - 1):
            continue  # "[PASSWORD]": our own placeholder, already scrubbed
        if text[cue_end : cue_end + 1] == "_" and _GLUED_NAME.match(text, cue_end):
            continue  # "LOGIN_FAILED_28": a cue inside an identifier that labels nothing
        if index + 1 < len(cues) and cues[index + 1][1] == cue_end + 1 and text[cue_end] in "_-":
            continue  # "AWS_SECRET_ACCESS_KEY=…": one name of several cues, the last one reads the value
        if category in ("customer_number",):
            found_before = len(out)
            bare = low[cue_start:cue_end] in _BARE_REFERENCE_NOUNS
            _customer_number(text, low, cue_end, out, 6 if bare else 3)
            if len(out) == found_before:
                _customer_before_cue(text, low, cue_start, cue_end, out)
            continue
        limit = _window_end(cues, index, len(text), low)
        cue = low[cue_start:cue_end]
        if cue in _REFERRING_CUES:
            asked = _kind_named_before(cues, index, low)
            if asked is not None:  # "what's the wifi pasword again, tried X", "la clé wifi … La voici : X"
                _window(asked, cue, text, low, cue_end, limit, True, False, out, "is")
                continue
        if category == "login":
            _login_pair(
                text, cue_end, limit, out, named_as=cue.endswith(("als", " as", "-as", "_as", " que"))
            )
            continue
        if category in ("pin", "puk") and low[cue_end : cue_end + 1] in ("1", "2"):
            if not low[cue_end + 1 : cue_end + 2].isalnum():
                cue_end += 1  # "PIN1", "PUK2": the SIM's first or second code
        if category == "otp" and cue == "code" and contains_any(low, _CARD_WORDS):
            card = _OF_THE_CARD.match(low, cue_end)
            if card is not None and not _CVV_DIGITS.match(low, card.end()):
                # "de code van mijn bankkaart is 8140", "mon code carte": the card's own code
                category, cue_end = "pin", card.end()
        if cue.endswith("code") and _ERROR_AFTER.match(low, cue_end):
            continue  # "code erreur E-6815", "code d'erreur LOS-16": an error code, never a secret
        if category == "otp":
            if _ERROR_BEFORE.search(before(low, cue_start, 16)):
                continue
            if (
                normalise_cue(cue) in _CARD_CODE_CUES
                and _SHORT_CODE.match(text, cue_end)
                and card_nearby(low, cue_start, cue_end)
            ):
                continue  # "beveiligingscode 123" next to a card is its CVV
        if (
            category in ("otp", "pin")
            and _CARD_SIDE_AFTER.match(low, cue_end)
            and card_nearby(low, cue_start, cue_end)
        ):
            continue  # "4 digit code on the front 5464", "de code achterop 123": a card's CVV, the card's own
        if category == "otp" and cue in _CHOSEN_CODE_CUES and _chosen(low, cue_start, cue_end):
            category = "pin"  # "the app passcode I set is 350825": a code the customer chose is a PIN
        elif (
            category == "otp" and normalise_cue(cue) == "passcode" and _own_passcode(low, cue_start, cue_end)
        ):
            category = "pin"  # "my mobile banking passcode (61493)", "2) passcode 718397": one kept, not sent
        elif (
            category == "otp"
            and normalise_cue(cue) in _OWN_CODE_CUES
            and not (_SHORT_CODE.match(text, cue_end) and card_nearby(low, cue_start, cue_end))
            and _own_code(low, cue_start, cue_end)
        ):
            category = "pin"  # "code voor de app: 30884", "mon code est 3886": the customer's own code
        elif (
            category == "otp"
            and cue == "code"
            and index
            and cues[index - 1][0] == "pin"
            and cue_start - cues[index - 1][2] < 60
            and _FOUR_DIGITS_AFTER.match(low, cue_end)
            and not _SENT_NEAR.search(low, cues[index - 1][1], cue_end + 40)
        ):
            category = "pin"  # "De pinbrief is vandaag gekomen, de code is 6620": the PIN just named
        if (
            category in ("password", "api_key", "otp")
            and (_wifi_context(low, cue_start, cue_end, cue) or (len(cue) > 10 and _WIFI_CONTEXT.search(cue)))
            and not (category == "password" and _router_admin(low, cue_start, cue_end))
            and not _OTHER_OWNER_AFTER.match(low, cue_end)  # "the password for my bank app"
        ):
            category = "wifi_key"  # also a compound that names it: "routerwachtwoord", "modemsleutel"
        elif (
            category == "password"
            and _wifi_story(cues, index, low)
            and not _router_admin(low, cue_start, cue_end)
        ):
            category = "wifi_key"  # "Ze wil haar wifi-wachtwoord veranderen … Het huidige wachtwoord is X"
        if (
            category == "wifi_key"
            and cue.startswith(("router", "modem"))
            and cue.endswith(("password", "wachtwoord", "paswoord"))
            and _router_admin(low, cue_start, cue_end)
        ):
            category = "password"  # "asked me for the router password, so I typed summer56": its admin login
        if cue.startswith(("sticker", "autocollant", "étiquette")) and not _WIFI_CONTEXT.search(
            low, max(0, cue_start - 60), cue_end + 60
        ):
            continue  # a sticker on a parcel, not on the router
        connector = _CONNECTOR.match(text, cue_end)
        pos = connector.end() if connector else cue_end
        glue = text[cue_end:pos]
        explicit = bool(any(mark in glue for mark in ":=>→") or _EXPLICIT_WORD.search(glue))
        weak = cue in _WEAK_CUES and not explicit
        if category == "api_key":
            cue = _named_cue(low, cue_start, cue)  # for its type only: "JWT_SECRET=…" signs sessions
        if category == "password" and cue.endswith("code"):
            sent = _SENT_CODE.match(text, pos)
            if sent is not None and not is_reference_at(low, sent.start(1)):
                out.append(Span(sent.start(1), sent.end(1), "otp"))
                continue  # "inlogcode 482913", "login code (232603)", "(4KX8FK)": a code sent, not chosen
            if _DIGITS_VALUE.match(text, pos):
                category = "otp"
        if category == "api_key" and "token" in cue and _OTP_DIGITS.match(text, pos):
            category = "otp"  # "token 482913": the code of a hardware or app token
        if category == "otp" and cue.endswith("code") and not contains_any(cue, _ONE_TIME_WORDS):
            short = _SHORT_CODE.match(text, cue_end)
            if short is not None and card_nearby(low, cue_start, cue_end):
                out.append(Span(short.end() - _digits_at_end(short.group()), short.end(), "cvv"))
                continue  # "de code achterop: 123", "code 123" next to a card: its CVV
        if category == "username" and _pair_cue(text, cues, index):
            paired = index + 1  # "user/pass jan83/Welkom01", "gebruikersnaam & ww: jan83 Welkom01"
            _login_pair(text, cues[paired][2], _window_end(cues, paired, len(text)), out, paired=True)
            continue
        if category == "username" and not explicit and _user_chosen_as(text, cue_start, pos, out):
            continue  # "He chose HarryHughes as the username and …": what follows the cue is the story
        if category == "username" and not explicit and _user_before_copula(text, cue_start, out):
            continue  # "FemkeV05 is mijn gebruikersnaam⏎Hoe …": the next line is about something else
        if category == "username" and "?" in low and _tried_after_question(category, text, low, cue_end, out):
            continue  # "Welke gebruikersnaam moet ik ingeven? Ik heb seppe-des geprobeerd"
        if category == "username":
            after_password = (
                index > 0 and cues[index - 1][0] == "password" and cue_start - cues[index - 1][2] < 60
            )
            if (weak and not after_password and not _weak_cue_ok(category, text, pos)) or not _first_value(
                category, cue, text, pos, explicit, out
            ):
                found_before = len(out)
                _value_before_cue(text, cue_start, "username", out)
                if len(out) == found_before:
                    _answer_after(text, low, category, cue, cue_end, out)
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
        if lead and _SET_TO_END.search(glue):
            lead = "is"  # "ingesteld op X", "reset to X": the value follows, not a thing's name
        elif lead in _SET_TO_WORDS and _SET_BEFORE.search(low, max(0, cue_start - 40), cue_start):
            # "changed the wifi password to X", "set the wifi to X", "j'ai changé le code wifi en X": as plain
            # as "is", unless a plain word or a band follows ("set it to expire", "the wifi to 5GHz")
            lead = "is"
            following = _VALUE.match(text, pos)
            if following is not None:
                word = following.group().rstrip(_TRAILING)
                explicit = not (word.isalpha() and word.islower()) and not _BAND.fullmatch(word.lower())
        shown = _CUE_ENDS_SENTENCE.match(text, cue_end) and _SHOWN_WRONG.search(before(low, cue_start, 16))
        found = not shown and _window(category, cue, text, low, pos, limit, explicit, weak, out, lead)
        if not found and category in ("password", "wifi_key", "username") and "?" in low:
            found = _tried_after_question(category, text, low, cue_end, out)
        if not found and category in ("password", "pin", "puk", "otp", "wifi_key"):
            found_before = len(out)
            if category != "wifi_key":
                _value_before_cue(text, cue_start, category, out)
            if len(out) == found_before:
                _value_referred_back(category, cue, text, low, cue_end, limit, out)
            if len(out) == found_before:
                _answer_after(text, low, category, cue, cue_end, out)
        elif found and category == "password":
            _username_before(text, cue_start, out)
    if first_new < len(out) and contains_any(low, _CORRECTION_HINTS):
        _corrections(text, low, first_new, out)
    if "-" in text:
        _prefixed_codes(text, low, out)
    return cues


# "La voici : X", "here it is: X", "hier is ie X": the value of the cue named before.
# "the telly says wrong password. Router is a Zyxel VMG8825": the sentence ends with the cue.
_CUE_ENDS_SENTENCE = re.compile(r"[.!][ \t]++[A-Z]")
_SHOWN_WRONG = LazyPattern(
    r"(?<![a-z])(?:wrong|verkeerd|verkeerde|incorrect|onjuist|onjuiste|invalid|ongeldig|bad)[ \t]++$"
)
_REFERRING_CUES = frozenset({"voici", "here it is", "here you go", "hier is ie", "hier is hij", "tried"})
_KIND_REACH = 200
_SINGLE_KINDS = frozenset({"password", "wifi_key", "pin", "puk", "username"})


def _kind_named_before(cues: list[tuple[str, int, int]], index: int, low: str) -> str | None:
    """The kind of the credential cue right before a referring or trying cue, when one names it.

    "tried" reads back within its own sentence only ("the wifi pasword again, tried X"); "voici" and
    "here it is" a sentence or two ("la clé wifi … se trouve sous le modem. La voici : X").
    """
    _, cue_start, _ = cues[index]
    reach = 60 if low[cue_start : cue_start + 5] == "tried" else _KIND_REACH
    for back in range(index - 1, -1, -1):
        kind, start, end = cues[back]
        if cue_start - end > reach:
            return None
        if kind == "customer_number":
            continue
        if kind not in _SINGLE_KINDS or "\n\n" in low[end:cue_start]:
            return None
        if reach == 60 and _STATEMENT_END.search(low, end, cue_start):
            return None
        if (
            kind == "password"
            and back > 0
            and cues[back - 1][0] == "wifi_key"
            and start - cues[back - 1][2] <= 2
        ):
            return "wifi_key"  # "the wifi pasword again, tried X"
        return kind
    return None


_STATEMENT_END = re.compile(r"[.!\n](?:\s|$)")  # "the PUK for my number? tried X": a question reads on
# A card's code printed on one of its sides: the CVV's, whatever the cue word says.
# "de code van mijn bankkaart", "le code de ma carte bancaire", "mon code carte", "the code for my card": the
# card's own code is its PIN, unless three digits follow (a CVV) or the card is named by its last digits.
_OF_THE_CARD = LazyPattern(
    r"[ \t]++(?:(?:van|de|of|for|voor|du)[ \t]++)?"
    r"(?:(?:mijn|my|mon|ma|the|de|la|le|your|je|uw|votre|ta)[ \t]++)?"
    r"(?:bank|debit|debet|betaal|pin)?[ \t-]?(?:kaart|card|carte|pas)"
    r"(?:[ \t]++(?:bancaire|de banque))?(?![a-z])"
    r"(?![ \t]++(?:eindigend|eindigt|ending|ends|se terminant|qui se termine|finissant))"
)
_CARD_WORDS = ("kaart", "card", "carte", "pas")
_CVV_DIGITS = LazyPattern(r"[ \t:=(]*+(?:(?:is|est|was)[ \t]++)?\(?[0-9]{3}(?![0-9])")
_CARD_SIDE_AFTER = LazyPattern(
    r"[ \t]++(?:on the (?:front|back)|achterop|au dos|au verso|op de (?:voor|achter)kant)(?![a-z])"
)


_OTHER_OWNER_AFTER = LazyPattern(
    r"[ \t]++(?:van|of|for|voor|pour|de|du|bij|op|on|to)[ \t]++"
    r"(?:(?:de|het|the|my|mijn|mon|ma|la|le|l'|je|your)[ \t]*+)?(?:[a-z]++[ \t]++)?"
    r"(?:app|account|site|website|bank|portal|portaal|digid|mail|e-mail|email|compte|login|webshop|shop|"
    r"laptop|computer|pc)(?![a-z])"
)


def _wifi_story(cues: list[tuple[str, int, int]], index: int, low: str) -> bool:
    """A plain password cue in a paragraph that speaks of the wifi's password a sentence before, with
    nothing about logging in between: the same wifi key ('haar wifi-wachtwoord … Het huidige wachtwoord
    is X')."""
    _, cue_start, cue_end = cues[index]
    if not low[cue_start:cue_end].startswith(
        ("wachtw", "passw", "password", "paswoord", "mot de passe", "mdp")
    ):
        return False
    if _OTHER_OWNER_AFTER.match(low, cue_end):
        return False  # "… Now the password for my bank app is X": another thing's password
    for back in range(index - 1, -1, -1):
        kind, start, end = cues[back]
        if cue_start - end > _KIND_REACH:
            return False
        if kind == "wifi_key" and low[start:end] not in _BARE_WIFI_CUES:
            between = low[end:cue_start]
            return "\n\n" not in between and not _login_hinted(between)
        if kind != "customer_number":
            return False
    return False


# "Welke gebruikersnaam moet ik ingeven? Ik heb seppe-des geprobeerd", "which password? I tried X":
# the question names the kind, the next sentence gives what was tried.
_TRIED_ANSWER = LazyPattern(
    r"\?[ \t]*+(?:(?:ik|i|j'ai|je)[ \t]++(?:heb[ \t]++|have[ \t]++)?|i've[ \t]++)"
    r"(?:(?:al|already|ook|also|toch|wel|eerst|first)[ \t]++)?"
    r"(?:(geprobeerd|tried|typed|used|gebruikt|ingevuld|ingegeven|ingetypt|entered|essayé|tapé|mis)[ \t]++)?"
    r"([^\s?,!]{3,60})"
    r"(?:[ \t]++(geprobeerd|ingevuld|ingegeven|ingetypt|gebruikt|getypt|ingevoerd|ingetikt))?",
    re.IGNORECASE,
)


def _tried_after_question(category: str, text: str, low: str, cue_end: int, out: list[Span]) -> bool:
    mark = low.find("?", cue_end, cue_end + 60)
    if mark == -1 or _SENTENCE_END.search(low, cue_end, mark):
        return False
    answer = _TRIED_ANSWER.match(text, mark)
    if answer is None or not (answer.group(1) or answer.group(3)):
        return False
    start, end = _trim(text, answer.start(2), answer.end(2))
    word = text[start:end]
    if category == "username":
        taken = _user_like(word) or (word.islower() and "-" in word)
    else:
        taken = _secret_like(word, category == "wifi_key")
    if not taken or word.lower() in _NOT_A_SECRET or _EMAIL_SHAPE.fullmatch(word):
        return False
    out.append(Span(start, end, category))
    return True


# "The text says G-206063", "I got a message with K-558653": a one-time code with its letter prefix,
# in a sentence about a message.
# Searched from its dash (a literal the engine skips to): most messages hold dashes, few such codes.
_PREFIXED_CODE = LazyPattern(r"-[0-9]{6}(?![\w-])")
_ERROR_NAMED = LazyPattern(r"(?<![a-z])(?:error|erreur|fout|foutcode|foutmelding|storing|status)")
_MESSAGE_WORDS = LazyPattern(
    r"(?<![a-z])(?:text|texted|sms|message|bericht|berichtje|texto|code|sms'je|smsje|notification|melding)"
    r"(?![a-z])"
)


def _prefixed_codes(text: str, low: str, out: list[Span]) -> None:
    for match in _PREFIXED_CODE.finditer(text):
        start = match.start() - 1
        if (
            start < 0
            or not "A" <= text[start] <= "Z"
            or (start and (text[start - 1].isalnum() or text[start - 1] in "_-"))
        ):
            continue
        sentence = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), start - 60)
        if _MESSAGE_WORDS.search(low, sentence, start) and not _ERROR_NAMED.search(low, sentence, start):
            out.append(Span(start, match.end(), "otp"))


# "pincode vergeten, kan ik een nieuwe aanvragen? Mijn oude was denk ik 0540", "my old one was 7719":
# a later clause that refers back to the secret ("the old one", "I think it was") gives its value.
_REFERRED_BACK = LazyPattern(
    r"(?<![a-z'])(?:(?:(?:mijn|my|the|de|het|mon|ma|l')[ \t]*+)?(?:oude|old|vorige|previous|ancien|ancienne|"
    r"eerdere|former|huidige|current|actuel|actuelle)(?:[ \t]++(?:one|code|pin|pincode|puk))?[ \t]++"
    r"(?:was|is|était|est|c'était)"
    r"|(?:je crois que|je pense que|i think|i guess|i believe|ik denk dat|ik dacht|i thought|volgens mij)"
    r"[ \t,]++(?:c'était|c'est|it was|it's|het was|het is|was het|is het|was))(?![a-z])"
)
_REFERRED_REACH = 160


def _value_referred_back(
    category: str, cue: str, text: str, low: str, cue_end: int, limit: int, out: list[Span]
) -> None:
    stop = min(limit, cue_end + _REFERRED_REACH)
    paragraph = low.find("\n\n", cue_end, stop)
    back = _REFERRED_BACK.search(low, cue_end, stop if paragraph == -1 else paragraph)
    if back is not None:
        _window(category, cue, text, low, back.end(), stop, True, False, out, "is")
    elif category == "otp":
        _arrived_code(cue, text, low, cue_end, limit, out)
    elif category == "puk":
        _told_puk(cue, text, low, cue_end, out)


# "My phone wants a PUK. I called … and the automated line read out 88170189", "ma carte SIM est bloquée,
# sur la carte il y a 22187719": a PUK named in the story, its eight digits told a clause or two later.
_TOLD = LazyPattern(
    r"(?<![a-z'])(?:read out|read me|gave me|told me|says|said|gaf (?:me|mij)|zei|las (?:het )?voor|zegt|"
    r"staat|stond|il y a|m'a donné|m'a dit|indique|dit)(?![a-z])"
)
_PUK_DIGITS = LazyPattern(r"[ \t:]*+[\"'“(]?([0-9]{8})(?![0-9]|[ \-./][0-9])")


def _told_puk(cue: str, text: str, low: str, cue_end: int, out: list[Span]) -> None:
    stop = min(len(low), cue_end + _REFERRED_REACH)
    paragraph = low.find("\n\n", cue_end, stop)
    if paragraph != -1:
        stop = paragraph
    for told in _TOLD.finditer(low, cue_end, stop):
        digits = _PUK_DIGITS.match(text, told.end())
        if (
            digits is not None
            and not is_reference_at(low, digits.start(1))
            and not calls_before(low, told.start())
        ):
            out.append(Span(digits.start(1), digits.end(1), "puk"))
            return


# "ik krijg geen sms code … in de mail kreeg ik wel 2 9 8 0 3 8", "not getting the code … oh it's come
# through, 657753", "nu wel, 854292 staat erin": a code said to arrive after all, in the same message or
# in a later turn of the same chat, is the code (code-shaped only: five digits or more, or in groups).
_ARRIVED = LazyPattern(
    # the subject first too: "Of nou ja, ik kreeg 697 681 maar die was al verlopen", "j'en ai eu un"
    r"(?<![a-z'])(?:ik kreeg(?:[ \t]++(?:wel|toch|nu|er|hem|een|eentje))?|j'ai eu|"
    r"kreeg ik(?:[ \t]++(?:wel|toch|nu|er|hem))?|heb ik (?:hem |er |toch |nu )?(?:wel[ \t]++)?"
    r"(?:gekregen|ontvangen)|i(?: did| have|'ve)? (?:got|get|received)(?: it)?|texted me|sent me|"
    r"(?:it's |it has |it )?(?:come|came) through|(?:it )?arrived|is (?:toch )?binnen|nu wel|"
    r"(?:j'ai|je l'ai)(?: enfin| bien)? reçu|enfin reçu)(?![a-z])"
)
_ARRIVED_REACH = 240


def _arrived_code(cue: str, text: str, low: str, cue_end: int, limit: int, out: list[Span]) -> None:
    stop = min(limit, cue_end + _ARRIVED_REACH)
    arrived = _ARRIVED.search(low, cue_end, stop)
    if arrived is not None:
        _window("otp", cue, text, low, arrived.end(), min(stop, arrived.end() + 40), False, True, out, "")


# "wachtwoord is Dragon2018!⏎oeps tikfout, Voetbal_Chocolat_197": a correction right after a secret
# gives the secret it should have been, of the same kind.
_CORRECTION_HINTS = ("tikfout", "typfout", "typo", "bedoel", "mean", "veux dire", "correct", "plutôt",
                     "should be", "moet zijn", "moest zijn", "foutje", "verkeerd", "wacht ", "wacht,", "wait",
                     "attends")  # fmt: skip
_CORRECTION = LazyPattern(
    r"[\"'”’)]?[.,;!]*+[ \t]*+(?:\r?\n[ \t>]*+)?"
    r"(?:(?:oeps|oops|whoops|sorry|pardon|excuus|excuses|my bad|oh|ah|euh|uh|nee|neen|no|non|nope)"
    r"[ \t,!.]*+)?"
    r"(?:(?:tikfout|typfout|typo|foutje|verkeerd getypt|correctie|correction|i mean|i meant|ik bedoel|"
    r"bedoel ik|je veux dire|plutôt|should be|moet zijn|moest zijn|wacht|wait|hold on|attends)"
    r"[ \t,:!.\-]*+){1,2}"
    r"(?:(?:het is|het moet|it's|it is|c'est|is)[ \t:]++)?"
)
_CORRECTED_TYPES = frozenset({"password", "wifi_key", "pin", "puk", "otp"})


def _corrections(text: str, low: str, first: int, out: list[Span]) -> None:
    for index in range(first, len(out)):
        span = out[index]
        if span.type not in _CORRECTED_TYPES:
            continue
        correction = _CORRECTION.match(low, span.end)
        if correction is None:
            continue
        value = _VALUE.match(text, correction.end())
        if value is None:
            continue
        start, end = _trim(text, value.start(), value.end())
        word = text[start:end]
        if span.type in ("pin", "puk", "otp"):
            verdict, end = _numeric_verdict(span.type, span.type, text, low, start, end, True, False)
            ok = verdict == _TAKE
        else:
            ok = _secret_like(word, span.type == "wifi_key") and not _not_secret_shape(word)
        if ok and not _starts_cue(text, start):
            out.append(Span(start, end, span.type))


# The verb of setting before the cue, its preposition after it (English and French word order).
_SET_TO_WORDS = frozenset({"to", "into", "naar", "in", "op", "à", "en", "sur"})
_SET_BEFORE = LazyPattern(
    r"(?<![a-z])(?:changed|set|reset|updated|switched|changé|modifié|remis|réglé|mis|defined|veranderd|gewijzigd|"
    r"aangepast|ingesteld|gezet)(?:[ \t]++[a-z'-]++){0,3}[ \t]++$"
)
_BAND = LazyPattern(r"[0-9.,]++(?:ghz|g|mhz|ghz-band)")
_SET_TO_END = LazyPattern(
    r"(?:ingesteld|gezet|veranderd|aangepast|gereset|teruggezet|reset|changed|updated|mis|changé|modifié|"
    r"réglé|défini)[ \t]++(?:op|naar|in|into|to|à|en|sur)[ \t]*+$"
)
_ERROR_AFTER = LazyPattern(
    r"[ \t]*+(?:d'|de[ \t]++)?(?:erreur|error|fout|fehler|foutmelding|melding)(?![a-z])"
)
_CHOSEN_CODE_CUES = frozenset({"passcode", "toegangscode", "access code", "toegangs code", "pass code"})
_CHOSEN = LazyPattern(
    r"(?<![a-z])(?:set|chose|chosen|picked|made|ingesteld|gekozen|zelf|choisi|défini)(?![a-z])"
)


# Right before or after a passcode: it was sent ("the sms passcode", "passcode I received by text").
_PASSCODE_SENT_BEFORE = LazyPattern(
    r"(?<![a-z])(?:sms|text|texted|sent|mailed|e-?mail|received|one-time|one time|eenmalige?|temporary|"
    r"tijdelijke?|new|nieuwe?|verification|verificatie|wifi|wi-fi|wlan|network)[ \t-]*+$"
)
_PASSCODE_SENT_AFTER = LazyPattern(
    r"[ \t]*+(?:(?:that|which|die|dat|i|ik|you|they|je|jullie)[ \t]++){0,2}"
    r"(?:(?:just|net|have|has|had|heb|hebt)[ \t]++)?"
    r"(?:sent|texted|received|got|ontvangen|gekregen|kreeg|gestuurd|verstuurd|reçu|envoy)"
)


def _own_passcode(low: str, cue_start: int, cue_end: int) -> bool:
    """A plain 'passcode' is the one the customer keeps for an app or a phone (a PIN), unless the words
    around it say it was sent, or it belongs to the wifi."""
    return (
        _PASSCODE_SENT_BEFORE.search(low, max(0, cue_start - 16), cue_start) is None
        and _PASSCODE_SENT_AFTER.match(low, cue_end) is None
        and not _wifi_context(low, cue_start, cue_end, "passcode")
    )


def _chosen(low: str, cue_start: int, cue_end: int) -> bool:
    """'app passcode', 'de toegangscode die ik heb ingesteld': a code the customer chose, not one sent."""
    return low.endswith("app ", 0, cue_start) or _CHOSEN.search(low, cue_end, cue_end + 30) is not None


# A code that was sent is a one-time code; a code the customer uses to open an app, or calls their own,
# is one they chose: a PIN. Generic code cues only ("code", "passcode"); "sms-code" names its kind.
_OWN_CODE_CUES = frozenset({"code", "codes", "passcode", "pascode", "accesscode", "toegangscode"})
# "code voor de app", "code de l'appli bancaire", "passcode for the app": an app the customer opens with
# it ("code uit de authenticator-app" is made by the app: no "uit" / "from" here).
_FOR_THE_APP = LazyPattern(
    r"[ \t]*+(?:(?:voor|for|van|of|de|du|pour|to|om)[ \t]++|d')?"
    r"(?:(?:de|het|the|my|mijn|your|je|uw|la|le|mon|ma|votre|ton|ta)[ \t]++|l')?"
    r"(?:bank[ \t-]?)?(?:app|apps|appli|application|applicatie|banking[ \t]app|bankapp)(?![a-z])"
)
# "mijn code", "my code", "mon code": the customer's own code, when it has a PIN's four digits.
_OWN_BEFORE = LazyPattern(r"(?<![a-z])(?:mijn|my|mon|ma|mein|meine)[ \t]++$")
# Four digits alone, not the first group of a longer number ("code 2221 8657 7094 1940" is no PIN).
_FOUR_DIGITS_AFTER = LazyPattern(
    r"[ \t]*+(?:(?:is|est|was|:|=)[ \t]*+)?[(\"'“]?[0-9]{4}(?![0-9]|[ \t\u00a0.\-][0-9])"
)
# "mon code de 4101 à 9273", "mijn code gewijzigd van 4410 naar 8026": a code one changes is one's own.
_CHANGED_FROM = LazyPattern(
    r"[ \t]*+(?:(?:gewijzigd|veranderd|aangepast|changed|changé|modifié)[ \t]++)?(?:van|de|from)[ \t]++"
    r"[0-9]{4}(?![0-9])[ \t]++(?:naar|à|to|en|in)[ \t]++[0-9]{4}(?![0-9])"
)
# "ancien code 2213, nouveau code 8790", "old code was 3920 and the new code is 6645": codes one renews
# are one's own, once the old one is named ("send me a new code 4821" alone is sent).
_RENEWED_BEFORE = LazyPattern(r"(?<![a-z])(?:oude|old|ancien|vorige|previous|nieuwe|new|nouveau)[ \t]++$")
_OLD_ONE = LazyPattern(r"(?<![a-z])(?:oude|old|ancien|vorige|previous)(?![a-z])")
# "J'ai oublié mon code", "I forgot my code": one can only forget a code one knows.
_FORGOTTEN = LazyPattern(r"(?<![a-z])(?:oublié|oublie|vergeten|forgot|forgotten|kwijt)(?![a-z])")
# Any of these near the cue says the code arrived: it stays a one-time code.
_SENT_NEAR = LazyPattern(
    r"(?<![a-z])(?:sms|text|texted|mail|e-mail|email|ontvang|received|receive|got|get|gekregen|kreeg|krijg|"
    r"sent|send|gestuurd|verstuurd|stuur|reçu|envoy|authenticat|verificat|verif|generat|gegenereerd|"
    r"one-time|eenmalig|2fa|otp)"
)


def _shown_error(cue: str, word: str) -> bool:
    """'terminal showed code TX-4707', 'de app weigert met code E-6220': after a bare 'code', letters and
    four or five digits are an error code; a one-time code with letters has six ('G-482913')."""
    return normalise_cue(cue) in ("code", "codes") and sum(ch.isdigit() for ch in word) < 6


def _sent_on_line(low: str, pos: int) -> bool:
    """Whether the line up to the end of this sentence says a code was sent."""
    line_start = low.rfind("\n", max(0, pos - 80), pos) + 1 or max(0, pos - 80)
    sentence_end = _SENTENCE_END.search(low, pos, pos + 80)
    return (
        _SENT_NEAR.search(low, line_start, pos + 80 if sentence_end is None else sentence_end.start())
        is not None
    )


def _own_code(low: str, cue_start: int, cue_end: int) -> bool:
    """A code for an app the customer logs in to, or 'my code' of four digits: a PIN, unless sent."""
    own = (
        _FOR_THE_APP.match(low, cue_end) is not None
        or (
            _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start) is not None
            and (
                _FOUR_DIGITS_AFTER.match(low, cue_end) is not None
                or _CHANGED_FROM.match(low, cue_end) is not None
                or _FORGOTTEN.search(low, max(0, cue_start - 24), cue_end + 24) is not None
            )
        )
        or (
            _RENEWED_BEFORE.search(low, max(0, cue_start - 10), cue_start) is not None
            and _FOUR_DIGITS_AFTER.match(low, cue_end) is not None
            and _OLD_ONE.search(low) is not None
        )
    )
    if not own:
        return False
    line_start = low.rfind("\n", max(0, cue_start - 60), cue_start) + 1 or max(0, cue_start - 60)
    line_end = low.find("\n", cue_end, cue_end + 60)
    return _SENT_NEAR.search(low, line_start, cue_end + 60 if line_end == -1 else line_end) is None


# "the app logged me out and now Zomer2024x doesn't work": a secret-looking word that is said to fail, in a
# message about logging in or a password.
# Starts with the words, not with the space before them, so that the engine skips ahead on their letters.
_REJECTED = LazyPattern(
    r"(?<=[ \t])(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|is not|no longer|werkt niet|wordt niet|"
    r"klopt niet|is niet|ne marche|ne fonctionne|n'est pas|n'est plus|werkt ook niet|werkt al)(?![a-z])"
)
_REJECTED_HINTS = ("n't", " not", " niet", " ne ", "n'est", "no longer")
_WORD_BEFORE = LazyPattern(r"([^\s\"“(]{6,40})$")


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
            and not is_reference_at(low, start)
            and not VERSION_NEAR.search(before(low, start, 24))
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
# Searched through whole e-mails: the words are grouped by their first letters (in their order within a
# group), so that the engine tries a few branches at each of those letters rather than all twenty.
_LOGIN_CONTEXT = LazyPattern(
    r"i(?:nlog|ngelogd|k typ| type| typed| enter|ngetypt|ngevoerd)"
    r"|log(?:in| in|-in|ged in|[ \t]++(?:[a-z]{2,10}[ \t]++){1,2}in(?![a-z]))"  # "ik log altijd in als …"
    r"|a(?:anmeld|ccount)|s(?:ign in|ignin)|c(?:onnecter|onnexion)|j(?:'ai tapé|e tape)"
)
_LOGIN_HINTS = ("inlog", "login", "log in", "log-in", "aanmeld", "sign in", "signin", "ingelogd", "logged in",
                "connect", "connexion", "account", "ik typ", "i type", "i enter", "ingetypt", "ingevoerd",
                "tapé", "je tape", "log ")  # fmt: skip
# The seven with "log" in them wait behind one scan for "log", which most messages do not hold.
_LOG_HINTS = tuple(hint for hint in _LOGIN_HINTS if "log" in hint)
_OTHER_LOGIN_HINTS = tuple(hint for hint in _LOGIN_HINTS if "log" not in hint)


def _login_hinted(low: str) -> bool:
    return ("log" in low and contains_any(low, _LOG_HINTS)) or contains_any(low, _OTHER_LOGIN_HINTS)


# "jdevries84 / Zomer2024!": a username and a password joined by a slash, with or without any cue.
# Read from each slash outwards (slashes are rare; words before them are not).
_SLASH_USER = LazyPattern(r"(?<![\w/.:@-])([A-Za-z0-9][A-Za-z0-9._\-]{2,40})[ \t]?$")
_SLASH_SECRET = LazyPattern(r"[ \t]?([^\s/]{5,60})")
_SLASHES = LazyPattern(r"/+")


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
        if before is None or after is None or (urls and inside(urls, before.start())):
            continue
        user = before.group(1)
        start, end = _trim(text, after.start(1), after.end(1))
        password = text[start:end]
        if joint != "/" and (joint in password or not (text[at - 1] == " " == text[at + 1 : at + 2])):
            continue  # "a + b", "a | b" with spaces; "c++", "a|b|c" are something else
        admin = user.lower() in _ADMIN_ACCOUNTS and _box_login(
            low, before.start(1)
        )  # "op de modem met root / X"
        strong = admin or _strong_username(user)
        if not (strong or _user_like(user)) or _IBAN_SHAPE.fullmatch(user) or _TIME_OR_DATE.match(user):
            continue
        if not strong and joint == "/" and not (_SYMBOLS.search(password) and _HAS_DIGIT.search(password)):
            continue  # a name-like user ("noor-yilmaz / Maison1999&") only beside a password full of signs
        if not admin and _WIFI_CONTEXT.search(low, max(0, before.start() - 24), before.start()):
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
# The accounts a router, modem or PBX comes with: a username only where the box is logged in to.
_ADMIN_ACCOUNTS = frozenset(
    "admin administrator administrateur beheerder root superuser supervisor sysadmin".split()
)
# What a username or a chosen password holds that running prose mostly does not (a cheap gate: "account"
# and "login" are everywhere in e-mails, and walking the words after each costs more than this search).
_PAIR_MATERIAL = LazyPattern(r"[0-9._@!#$%&*+=?^~|\\/<>{}\[\]-]")


def _capitals(text: str, start: int, stop: int) -> int:
    return sum(map(str.isupper, text[start:stop]))


def _bare_pairs(text: str, low: str, out: list[Span]) -> list[int]:
    """Login pairs without cues of their own; returns where the words about logging in end."""
    contexts: list[int] = []
    for context in _LOGIN_CONTEXT.finditer(low):
        cursor = context.end()
        if low[context.start()] != "a":  # "account" is everywhere; a secret said to fail follows logging in
            contexts.append(cursor)
        stop = min(len(text), cursor + 90)
        if _PAIR_MATERIAL.search(text, cursor, stop) is None and _capitals(text, cursor, stop) < 3:
            continue  # no digit, symbol, dot or inner capitals ahead: no chosen secret, no username
        for _ in range(8):
            gap = _GAP.match(text, cursor)
            if gap is None or (gap.group(1) is not None and cursor != context.end()):
                break
            user = _VALUE.match(text, gap.end(), stop)
            if user is None:
                break
            cursor = user.end()
            word = user.group()
            if word.isalpha() and not word[0].isupper():
                continue  # a word of prose, as most are: no digit, dot or dash, and no capital to open a name
            start, end = _trim(text, user.start(), cursor)
            if start >= end:
                continue
            word = text[start:end]
            if word.isalpha() and not word[0].isupper():
                continue
            strong = _strong_username(word)
            if not strong and not _name_shaped(word):
                continue  # most words: tested before the joint after them is looked for
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


# "elodie1992 falcon_6994_& c'est bien ça non??", "taylor.o Haring1989* is right isn't it": a user
# and a password side by side, opening the sentence that asks whether they are right.
_CONFIRM = LazyPattern(
    r"(?<![a-z])(?:c'est bien ça|c'est bien ca|c'est correct|(?:is|are) (?:right|correct)|klopt (?:toch|dat)|"
    r"(?:is|zijn) (?:toch )?goed)(?![a-z])"
)


# One anchor in each phrase: found with str.find, not by trying the expression at every letter.
_CONFIRM_ANCHORS = ("bien", "right", "correct", "klopt", "goed")


def _confirmed_pairs(text: str, low: str, out: list[Span]) -> None:
    for anchor in _CONFIRM_ANCHORS:
        at = low.find(anchor)
        while at != -1:
            confirm = _CONFIRM.search(low, max(0, at - 8), at + 12)
            at = low.find(anchor, at + 1)
            if confirm is not None:
                _confirmed_pair(text, confirm, out)


def _confirmed_pair(text: str, confirm: re.Match[str], out: list[Span]) -> None:
    """The user and the password that end the text right before a confirming question."""
    line = text.rfind("\n", max(0, confirm.start() - 120), confirm.start()) + 1
    words = text[max(line, confirm.start() - 120) : confirm.start()].split()
    if words and words[-1] == "/":
        return
    if len(words) >= 3 and words[-2] == "/":
        del words[-2]  # "jan83 / Welkom01!"
    if len(words) < 2 or (len(words) > 2 and words[-3][-1:] not in ".!?:,"):
        return  # the pair must open its sentence: "…again. taylor.o Haring1989* is right"
    user, password = words[-2], words[-1]
    if not _strong_username(user) and not (
        _user_like(user)
        and (_SYMBOLS.search(password) or ("." in password[1:-1] and _HAS_DIGIT.search(password)))
    ):
        return  # a name-like user ("manon-charlier") only beside a password full of signs
    if not _secret_like(password) or _not_secret_shape(password) or _NUMBER_LIKE.fullmatch(password):
        return
    end = confirm.start()
    while text[end - 1] in " \t":
        end -= 1
    p_start = end - len(password)
    u_start = text.rfind(user, 0, p_start)
    out.append(Span(u_start, u_start + len(user), "username"))
    out.append(Span(p_start, end, "password"))


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
            if (
                low
                and category == "password"
                and other == "otp"
                and _CHANNEL_BEFORE.search(low, max(0, other_start - 8), other_start)
                and low[other_start:other_end] in _CHANNEL_CUES
            ):
                continue
            return other_start
    return limit


_CHANNEL_CUES = frozenset({"sms", "sms je", "smsje", "text message", "sms bericht"})
_CHANNEL_BEFORE = LazyPattern(r"(?<![a-z])(?:per|via|by|par|in een|in a)[ \t]++$")


_WINDOW_CHARS = 120
_WINDOW_WORDS = 12
_WINDOW_HOPS = 7
# A gap between two words: spaces, at most one line break (and a quote prefix after it).
_GAP = re.compile(r"[ \t\u00a0]*+(\r?\n[ \t>]*+)?[ \t\u00a0]*+")
_CARD_CODE_CUES = frozenset({"security code", "beveiligingscode", "securitycode"})
_SHORT_CODE = re.compile(r"[ \t:=]*+(?:is[ \t]++)?\(?[0-9]{3,4}(?![0-9A-Za-z]|[ \-/.][0-9])")
_OTP_DIGITS = re.compile(r"(?:[0-9]{3}[ \-]?[0-9]{3}|[0-9]{5,8})(?![0-9A-Za-z])")


def _digits_at_end(value: str) -> int:
    count = 0
    while count < len(value) and value[len(value) - 1 - count].isdigit():
        count += 1
    return count


_WIFI_CONTEXT = LazyPattern(
    r"wi-?fi|wiff?ie?|wify|wlan|wpa|netwerk|network|modem|router|fritz|ssid|réseau|reseau"
)


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
    # A cue that opens a chat turn ("sleutel X" after "wifi naam HUISNET" and a speaker's name)
    # reads the turn before it too; never past a blank line ("Beste Modemix,⏎⏎wachtwoord is …").
    back_start = max(0, cue_start - (_TURN_BACK if _opens_line(low, cue_start) else 40))
    paragraph = low.rfind("\n\n", back_start, cue_start)
    if paragraph != -1:
        back_start = paragraph
    return bool(
        _WIFI_CONTEXT.search(low, back_start, cue_start) or _WIFI_CONTEXT.search(low, cue_end, after_end)
    )


_TURN_BACK = 160
# "the router password", "het paswoord van de modem": the box's own login (its admin page), not the wifi's
# key, when the message speaks of the wireless network in other sentences only (its key given apart).
_ROUTER_OWNER_BEFORE = LazyPattern(r"(?<![a-z])(?:router|modem|admin)[ \t-]?$")
_ROUTER_OWNER_AFTER = LazyPattern(
    r"[ \t]++(?:van|of|for|voor|du|de|pour)[ \t]++(?:(?:de|het|the|my|mijn|la|le|mon|ma)[ \t]++|l')?"
    r"(?:router|modem|box)(?![a-z])"
)
_WIRELESS_WORDS = LazyPattern(
    r"wi-?fi|wlan|wpa|wireless|draadloos|netwerk|network|réseau|reseau|ssid|sticker"
)


# "ingelogd op het modem met gebruiker admin en wachtwoord X", "logged in to the router as admin with password
# X", "connecté au modem avec …": a password in a clause that logs in to the box is its admin login, whatever
# else the sentence says of the wifi ("(from the sticker)"), unless the wifi is named between them.
_BOX_LOGIN = LazyPattern(
    r"(?<![a-z])(?:logged|log|signed|sign|ingelogd|inloggen|ingelogt|aangemeld|aanmelden|connecté|connectée"
    r"|connecte|connecter)[ \t]++(?:in[ \t]++)?(?:to|into|on|onto|op|in|au|à|sur|a)[ \t]++"
    r"(?:(?:the|my|het|de|mijn|la|le|mon|ma|onze|our)[ \t]++)?(?:router|routeur|modem|box|admin)"
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
    ):
        return False  # cheap: most password cues have no box before them
    last_end = -1
    for login in _BOX_LOGIN.finditer(low, begin, cue_start):
        last_end = login.end()
    return last_end != -1 and _WIFI_NAMED.search(low, last_end, cue_start) is None


def _router_admin(low: str, cue_start: int, cue_end: int) -> bool:
    if _box_login(low, cue_start):
        return True
    if not (
        low.startswith(("router", "modem"), cue_start)
        or _ROUTER_OWNER_BEFORE.search(low, max(0, cue_start - 8), cue_start)
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
    r"\[[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4},?[ \t]++[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]?[apAP][mM])?\][ \t]*+[^:\n\[\]]{1,60}:[ \t]*+"
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
    if PLACEHOLDER.fullmatch(word) or word.lower().strip("'\"“”‘’") in _NOT_A_SECRET:
        return False
    if category == "username":
        if _EMAIL_SHAPE.fullmatch(word):
            _pair_after_username(text, end, out)
            return True
        if len(word) < 2 or _starts_cue(text, start):
            return False
        if word.isalpha() and word.islower() and _PRONOUN_AFTER.match(text, end):
            return False  # "Which username are you using?", "Welke inlognaam gebruik je?"
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
        cursor = value.end()
        start, end = _trim(text, value.start(), value.end())
        word = text[start:end]
        if len(word) >= 20 and _key_verdict(word) == _TAKE:
            out.append(Span(start, end, _machine_type(cue)))
            return
        if DIGIT.search(word) or value.group()[-1:] in ".!?":
            return


def _machine_type(cue: str) -> str:
    """A value after 'token' / 'jeton' stands for a user or a session; after 'key' / 'secret' for an app."""
    if "api" in cue:
        return "api_key"
    return "token" if contains_any(cue, TOKEN_NAMES) else "api_key"


# "JWT_SECRET=…", "SESSION_KEY=…", "refresh-secret: …": the name before a key cue says what the key signs.
# It is kept with the cue for the type only ("STRIPE_KEY", "API_KEY" stay an app's key).
_NAME_BEFORE_CUE = LazyPattern(r"[a-z0-9]{2,16}[ _.\-]$")


def _named_cue(low: str, cue_start: int, cue: str) -> str:
    """The cue with the identifier word glued before it ('jwt_secret'), when there is one."""
    name = _NAME_BEFORE_CUE.search(low, max(0, cue_start - 17), cue_start)
    return cue if name is None else name.group() + cue


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
    masked = False
    ssid_next = False  # a network noun came before: the next key-shaped word is the network's name
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
        if PLACEHOLDER.search(raw):
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
        if category == "wifi_key" and lowered in _NETWORK_NOUNS and _NAME_FOLLOWS.match(text, cursor):
            ssid_next = True  # "network is SkylineF-65B0 and the password is …": the name, then its key
            continue
        if lowered.rpartition("'")[2] in _ANNOUNCES_ERROR and (
            taken or not numeric or text[cursor : cursor + 2].lstrip(" \t")[:1] in ('"', "“", "'")
        ):
            break  # "… et j'ai l'erreur E-9250", "it just says S-793C", 'shows "E-5164"': a screen's error
        if taken and _ERROR_SHAPE.fullmatch(word):
            break  # "wachtwoord HONDJE75 maar ik krijg E-1650": what the screen answers, not a second value
        if taken and (_LIST_MARKER.fullmatch(raw) or lowered in DEVICE_NOUNS):
            break  # "2) passcode 55437 3) text code …", "… and the box is the H369A": another item
        # After "is" or ":" comes the value, not the rest of a thing's name ("van het modem is 7mRW-…").
        marked = previous in _MARKER_WORDS
        device = previous in DEVICE_NOUNS and not first_explicit and not marked
        thing = (
            not numeric
            and not first_explicit
            and not marked
            and (
                previous in _PREPOSITIONS
                or previous in _ARTICLES
                or (
                    in_phrase
                    and (word[:1].isupper() or word[:1].isdigit())
                    and not (raw[:1] == "(" and end - start >= 10 and not marked)
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
        if not (marked and lowered in _ARTICLES):  # "nu is het 8yAn-…": the marker still holds
            previous = ":" if raw.endswith(":") else lowered.strip("()[]'\"“”‘’,")
        if device or thing:
            if (
                (taken and (raw[-1:] in ".!?" or lowered in _NETWORK_NOUNS))
                or lowered in _WINDOW_STOP
                or _REFERENCE_WORD.match(lowered)
            ):
                break  # the sentence or the clause about the secret ends with the thing
            continue  # "modem (H369A)", "mijn Galaxy S23", "werkt op de H369A": a thing, not a secret
        if numeric and _DAY.fullmatch(word) and _MONTH_AFTER.match(low, end):
            continue  # "die ik op 14 maart …": a date's day
        if numeric and ("*" in word or (word[:1] in "+0123456789" and _MASKED_PHONE.match(text, start))):
            if masked:
                hops -= 1  # one number, however many groups
            masked = "*" not in word or word.endswith("*")
            continue  # "de PUK van je simkaart eindigend op 06-****5037 is …": a masked number
        if masked and word.isdigit() and len(word) <= 4:
            masked = False
            hops -= 1
            continue  # "+32 4** ** ** 93": the masked number's last digits
        if numeric:
            verdict, end = _numeric_verdict(category, cue, text, low, start, end, first_explicit, weak)
            if end > cursor:
                cursor = end
        elif category == "api_key":
            while end - start > 16 and text[end - 1] in "!?":
                end -= 1  # "CLÉ API : jb87Mm…!!!": the shout is no part of the key
            verdict = _key_verdict(text[start:end])
            if verdict == _TAKE:
                out.append(Span(start, end, _machine_type(cue)))
                return True
        else:
            if (
                category == "wifi_key"
                and cue in _BARE_WIFI_CUES
                and not first_explicit
                and not marked
                and _DEFAULT_SSID.fullmatch(word)
            ):
                break  # "wifi Telvia_3NHR4 valt weg": the network's default name
            verdict = _secret_verdict(category, word, first_explicit, text, start)
            if verdict == _TAKE and category == "wifi_key" and _SLASH_NEXT.match(text, end):
                verdict = _SKIP  # "wifi KPN-3F2A / mPcd-npjV-wVws": the network's name, then its key
            if verdict == _TAKE and category == "wifi_key" and not first_explicit:
                if ssid_next or "wifi" in lowered:
                    verdict = _SKIP  # "network is Brightwa_5G_A22F", "just BrightwaWiFi263": a network's name
                ssid_next = False
        if (
            category == "wifi_key"
            and 3 <= end - start <= 6
            and word.isalnum()
            and not _BAND.fullmatch(lowered)
        ):
            groups = _KEY_GROUPS.match(text, end)
            if groups is not None and _uniform_groups(text[start : groups.end()]):
                verdict = _TAKE  # "AB12 CD34 EF56": a sticker's key in groups of one size
                end = cursor = groups.end()
        if verdict == _TAKE and taken and _YEAR.fullmatch(text[start:end]):
            break  # "code 369539 in 2024 en 2025": years after a code are dates, not more codes
        if (
            verdict == _TAKE
            and _YEAR.fullmatch(text[start:end])
            and _MONTH_BEFORE.search(low, max(0, start - 16), start)
        ):
            continue  # "die ik op 3 februari 2026 om 23:05 kreeg was …": a date's year
        if verdict == _TAKE:
            kind = "puk" if category == "pin" and cue.startswith("puk") else category
            if kind == "puk" and numeric and "puk" not in cue and sum(map(str.isdigit, text[start:end])) <= 6:
                kind = (
                    "pin"  # "simkaart geblokkeerd … ik probeerde 0000 en 1234": the PINs tried, not the PUK
                )
            if numeric and text[end : end + 2].lstrip(" \t")[:1] == "(":
                named = _TYPE_AFTER.match(text, end)
                if named is not None:
                    kind = _TYPE_NAMED[named.group(1).lower()]  # "code 00443 (le pin)"
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
    r"[ \t]*+(?:(?:ik|i|je|j'ai|i've|en|and|et|maar|but|mais|toch|dan|then|denk|think|crois|pense|que|dat|"
    r"guess|believe|geloof|dacht|thought)[ \t]++){0,3}"
    r"(?:typ|type|typed|tik|tikte|toets|intoetsen|ingetoetst|ingetikt|ingetypt|voer|voerde|ingevoerd|"
    r"probeer|probeerde|geprobeerd|try|tried|enter|entered|tapé|tape|taper|essayé|saisi|entré|"
    r"was het|is het|was it|is it|c'était|c'est|net weer|nu weer|alweer|again|weer|encore)(?![a-z])",
    re.IGNORECASE,
)


_TAKE, _SKIP, _STOP = 1, 0, -1
# An ISP's default network name after a bare "wifi": "Telvia_3NHR4", "Kabelnoo-5G-LHHLT", "Mobiro-UMDMM".
# A key is given with a cue word of its own or ':'; a name like this after plain "wifi" is the network.
_BARE_WIFI_CUES = frozenset({"wifi", "wi fi", "wi-fi", "wlan", *WIFI_SPELLINGS})
_DEFAULT_SSID = re.compile(
    r"[A-Z][a-z]{2,14}[-_](?:(?:5G|2\.4G|5GHz|2\.4GHz)[-_]?)?(?=[0-9]{0,5}[A-Z])[A-Z0-9]{4,6}"
)
_BARE_WIFI_BEFORE = LazyPattern(r"(?<![\w-])(?:wi-?fi|wlan)[ \t]++$", re.IGNORECASE)


def default_ssid(text: str, start: int, end: int) -> bool:
    """'wifi Telvia_3NHR4 valt weg': a default network name right after a bare 'wifi' or 'wlan'."""
    return (
        _DEFAULT_SSID.fullmatch(text, start, end) is not None
        and _BARE_WIFI_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# Words that announce what a screen says: after them comes an error code, not (more of) the secret.
_ANNOUNCES_ERROR = frozenset(
    """
    error erreur fout foutmelding foutcode melding errorcode message bericht says say said shows showed
    zegt zei geeft gaf toont affiche indique
    """.split()
)
# Words that stand before the value without being it: "mijn wachtwoord is gewoon Gr@cht68_Z", and the
# words of time: "la clé wifi est maintenant X", "het ww is nu X", "it's now X", "est désormais X".
_FILLER_ADVERBS = frozenset(
    """
    gewoon just simply simplement juste eigenlijk actually really echt literally letterlijk
    maintenant désormais dorénavant actuellement now currently nu voortaan momenteel tegenwoordig sindsdien
    """.split()
)
# "l'étiquette est arrachée", "le code est effacé": a French past participle says what became of it.
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées")
# "Which username are you using?", "Welke inlognaam gebruik je?": a verb and its subject, a question.
_PRONOUN_AFTER = re.compile(
    r"[ \t]++(?:you|je|jij|u|ge|gij|vous|tu|we|wij|they|ze|zij)(?![\w'])", re.IGNORECASE
)
# "brightgrid.nl/app": a site without its scheme.
_SITE_TLDS = frozenset("nl be com org net eu fr de io app uk info biz shop online co".split())
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
# A one-time code's cue says so; such a code is never the CVV of a card nearby.
_ONE_TIME_WORDS = ("eenmalig", "éénmalig", "one-time", "one time", "sms", "2fa", "inlog", "login", "unique")
_ERROR_SHAPE = re.compile(r"[A-Z]{1,4}-[0-9]{2,6}")
_NAME_FOLLOWS = LazyPattern(r"[ \t]*+(?::|=|is |est |heet |called |named |s'appelle )")
_NETWORK_NOUNS = frozenset({"network", "netwerk", "réseau", "reseau", "netwerknaam", "ssid"})
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_MARKER_WORDS = frozenset({":", "is", "was", "est", "luidt", "=", "are", "zijn", "sont"})
_SLASH_NEXT = re.compile(r"[ \t]?/[ \t]?[^\s/]")
# "al 3x gereset", "2 keer geprobeerd": a count, not a secret.
_COUNT = LazyPattern(r"[0-9]{1,2}(?:x|keer|times|fois)")
_KEY_GROUPS = re.compile(r"(?:[ \-][A-Za-z0-9]{3,6}(?![A-Za-z0-9])){1,5}")  # bounded: linear time
# Words that introduce a reference, a product or an error: a window stops there.
_REFERENCE_WORD = re.compile(
    r"(?:artikel|article|sku|product|order|bestel|factuur|facture|invoice|ticket|tracking|incassant|creditor|"
    r"mandaat|mandate|machtiging|actie|promo|korting|discount|voucher|coupon|error|fout|model|serie|serial|"
    r"imei|ean|kvk|btw|vat|ref(?![a-z])|referen|référen|erreur|fehler|melding|[a-z]*(?:code|nummer|number|nr|-id)$)"
)
# One-time codes that are not plain digits: "G-123456", "651-980".
_OTP_SHAPE = LazyPattern(r"[A-Z]{1,2}-?[0-9]{4,8}|[0-9]{3}-[0-9]{3}")
_DIGIT_GROUPS = LazyPattern(r"[0-9]{2,4}(?:[ \-][0-9]{2,4}){1,3}(?![0-9])")  # "855 370", "47 63 19 01"
# "9763-0893", "208-740": groups of one size joined by dashes (a date's groups differ: "2024-05-12")
_DASHED_GROUPS = LazyPattern(r"([0-9]{3,4})(?:-[0-9]{3,4}){1,2}")
# "eindigend op 06-****5037", "+32 4** ** ** 93": a masked phone number between cue and value
_MASKED_PHONE = re.compile(r"\+?[0-9]{0,4}[ \-]?[0-9]{0,3}[ \-]?\*")
# Things a year before a cue belongs to: "iPhone 2019 pin vergeten", "sim van 2019".
_YEAR_OWNERS = ("iphone", "sim", "simkaart", "telefoon", "phone", "gsm", "modem", "router", "model", "auto")
# Words after which a four-digit year is a point in time, never a PIN: "sinds 2019", "from 2019".
_SINCE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:since|sinds|sedert|depuis|from|van|vanaf|vanuit|uit|until|till|tot|jusqu'en|"
    r"year|jaar|année|in|en|of|"
    # any word that places the year in time: "werkt niet na 2019", "before 2019", "après 2019", "eind 2019"
    r"na|after|before|voor|vóór|rond|around|circa|ca\.|après|avant|vers|pendant|during|tijdens|begin|"
    r"eind|einde|end|start|early|late|mid|medio|midden|half|fin|début|mi)[ \t]++$"
)
_TIME_OR_DATE = re.compile(r"[0-9]{1,4}(?:[:.h][0-9]{2}(?![0-9])|[./-][0-9]{1,2}[./-][0-9])")
# "on Jul 16th at 9am", "at 1.15pm", "op 15/12": a day or an hour, not a code.
_DAY_OR_HOUR = LazyPattern(r"[0-9]{1,2}(?:st|nd|rd|th|[:.][0-9]{2}[ap]m|[ap]m|/[0-9]{1,2})", re.IGNORECASE)
# Digits dictated one by one: "pin:4 7 2 8 9 2", "(7 8 5 7 5 0)", "2-9-8-0-3-8" (one separator throughout).
_SPACED_DIGITS = LazyPattern(r"[0-9](?:( |-)[0-9])(?:\1[0-9]){2,6}(?![0-9A-Za-z]|[ \-.][0-9])")


def _numeric_verdict(
    category: str, cue: str, text: str, low: str, start: int, end: int, explicit: bool, weak: bool
) -> tuple[int, int]:
    word = text[start:end]
    while end > start and text[end - 1] in "?!":
        end -= 1
    word = text[start:end]
    if category == "otp" and _OTP_SHAPE.fullmatch(word):
        if is_reference_at(low, start) or (_shown_error(cue, word) and not _sent_on_line(low, start)):
            return _STOP, end
        return _TAKE, end
    if len(word) == 1:
        spaced = _SPACED_DIGITS.match(text, start) if word.isdigit() else None
        if spaced is not None and not is_reference_at(low, start):
            end = spaced.end()
            line = text.rfind("\n", 0, start) + 1
            if text[end : end + 1] == ")" and text.rfind("(", line, start) <= text.rfind(")", line, start):
                end -= 2  # "text code 3 4 7 7 1 4 4) …": the last digit numbers the next item
            return _TAKE, end  # "pin:4 7 2 8 9 2", "le dernier était 5 5 2 0 8 7"
        return _SKIP, end  # "code à 6 chiffres", "de 3 cijfers"
    dashed = _DASHED_GROUPS.fullmatch(word) if "-" in word else None
    if dashed is not None and len(word) == len(dashed.group(1)) * (word.count("-") + 1) + word.count("-"):
        if _CALL_BEFORE.search(before(low, start, 24)) or word.startswith(validators.SERVICE_PREFIXES):
            return _STOP, end  # "Telvia zegt bel 0800-1234": the company's line, not a PUK
        if not (_YEAR.fullmatch(dashed.group(1)) and _YEAR.fullmatch(word[-4:])):
            digits = word.replace("-", "")
            if 6 <= len(digits) <= (10 if category == "puk" else 8) and not is_reference_at(low, start):
                return _TAKE, end  # "puk=9763-0893"
    if word.isdigit():
        if (word[0] == "0" and _phone_run(text, start)) or _CALL_BEFORE.search(before(low, start, 24)):
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
        if is_reference_at(low, start) or UNIT_AFTER.match(text, end):
            return _STOP, end
        if len(digits) == 4 and _YEAR.fullmatch(digits) and _SINCE_BEFORE.search(before(low, start, 16)):
            return _STOP, end  # "my pin has been the same since 2019", "puk code van 2019": a year
        return _TAKE, end
    if DIGIT.search(word) and not _TIME_OR_DATE.match(word) and not _DAY_OR_HOUR.fullmatch(word):
        return _STOP, end
    return _SKIP, end  # a word ("van de simkaart"), a time or a date ("om 10:15")


# Digit groups as phone numbers are written; with a leading 0, ten digits or more are a number to call.
_PHONE_GROUPS = LazyPattern(r"[0-9]{2,5}(?:(?:[ \-./]|[ ]-[ ])[0-9]{2,6}){0,4}")
_CALL_BEFORE = LazyPattern(
    r"(?<![a-z])(?:bel|bellen|call|phone|appelez|appeler|contactez|tel|tél|telefoon|téléphone|whatsapp)"
    r"(?:[ \-](?:ons|us|nous|me|mij|ons op|us on|nous au|au|le|op|on|at|naar|to|dan|then|alors|even|"
    r"gerust))*+"
    r"[ .:]*+$"
)


def calls_before(low: str, start: int) -> bool:
    """Whether a call word comes right before: "bel 078 15 15 15", "appelez le 0800 …"."""
    return _CALL_BEFORE.search(before(low, start, 24)) is not None


def _phone_run(text: str, start: int) -> bool:
    run = _PHONE_GROUPS.match(text, start)
    return run is not None and sum(ch.isdigit() for ch in run.group()) >= (9 if " " in run.group() else 10)


def _key_verdict(word: str) -> int:
    if KNOWN_TOKENS.match(word):
        return _STOP  # the token detector has it, with its type
    if len(word) >= 16 and _API_KEY_VALUE.fullmatch(word) and DIGIT.search(word) and _LETTER.search(word):
        return _TAKE
    return _SKIP if word.isalpha() else _STOP


def _secret_verdict(category: str, word: str, explicit: bool, text: str, start: int) -> int:
    lowered = word.lower().strip("'\"“”‘’")
    if lowered in _NOT_A_SECRET or PLACEHOLDER.fullmatch(word) or _COUNT.fullmatch(lowered):
        return _SKIP
    if lowered in _FILLER_ADVERBS and _VALUE_NEXT.match(text, start + len(word)):
        return _SKIP  # "is gewoon Gr@cht68_Z": the value is the next word
    if lowered.startswith(DEVICE_NAMES) or lowered.startswith(_ROUTER_BRANDS):
        return _SKIP  # "FRITZ!Box 7590 / b662c…": the device's name, and the key after it
    if _not_secret_shape(word) or _starts_cue(text, start):
        return _STOP
    if word.isalpha() and word.isupper() and _shouting(text, start):
        return _SKIP  # "HET WIFI WACHTWOORD STAAT OP DE STICKER": a word in a shout, not a key
    if explicit:
        if word.isalpha() and word.islower() and lowered.endswith(_PARTICIPLE_ENDS):
            return _STOP
        if word.isalpha() and word.islower() and _PHRASE_GOES_ON.match(text, start + len(word)):
            return _SKIP  # "the wifi password is supposed to be on …", "le code wifi est sur l'autocollant"
        return _TAKE if len(word) >= 3 else _STOP
    if _secret_like(word.rstrip("?"), category == "wifi_key"):
        return _TAKE
    if _HAS_DIGIT.search(word):
        return _STOP  # a number, a date, an amount: not skipped over
    return _SKIP


_HAS_DIGIT = re.compile(r"[0-9]")
_ROUTER_BRANDS = ("tp-link", "d-link", "netgear", "linksys", "zyxel", "sagemcom", "technicolor", "arcadyan",
                  "ubiquiti", "experia")  # fmt: skip
_LIST_MARKER = re.compile(r"\(?[0-9]{1,2}[).]")
_VALUE_NEXT = re.compile(r"[ \t]++[^\s]")


def _shouting(text: str, start: int) -> bool:
    """Whether the words before a position are written in capitals only."""
    letters = [ch for ch in text[max(0, start - 30) : start] if ch.isalpha()]
    return len(letters) >= 8 and not any(ch.islower() for ch in letters)


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
    "de het een mijn my the a an your je jouw uw ons onze our le la les mon ma mes his her zijn haar votre "
    "vos ton ta son sa leur leurs their hun".split()
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


_SYMBOLS = re.compile(r"[!#$%&*+=?@^~|<>{}\[\]/\\_]")
_CAMEL_WORDS = LazyPattern(r"(?:[A-Z][a-z]+){1,3}")


_HEX_LITERAL = LazyPattern(r"0[xX][0-9A-Fa-f]{2,16}")


def _not_secret_shape(word: str) -> bool:
    """Links, handles, hashtags, e-mail addresses and device names, which follow cues but are no secret."""
    return (
        word.lower().startswith(DEVICE_WORDS)
        or "://" in word
        or ("@" in word and _EMAIL_SHAPE.fullmatch(word) is not None)
        or ("." in word and _bare_site(word))
        or (word[:1] in "/^~" and word[1:].isalpha())  # "… te kiezen. /Laura", "^JS": who signs a reply
        or (word[:2] in ("0x", "0X") and _HEX_LITERAL.fullmatch(word) is not None)  # an error's "0x8C9DAC06"
    )


def _bare_site(word: str) -> bool:
    """'brightgrid.nl/app', 'www.ooststeyn.be': a site written without its scheme."""
    host = word.split("/", 1)[0].lower()
    name, _, tld = host.rpartition(".")
    return (
        tld in _SITE_TLDS
        and len(name) >= 3
        and (word != host or host.startswith("www.") or word.islower())
        and all(ch.isalnum() or ch in ".-" for ch in host)
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
_VALUE_BEFORE_CUE = LazyPattern(
    r"([^\s\"“(]{3,60})[ \t]++(?:als|as|comme|is|was|c'est|est)"
    r"(?:[ \t]++(?:mijn|my|je|jouw|het|de|the|nu|mon|ma|le|la|l'))?[ \t]*+$"
)
# "… en gvandermeer01 de gebruikersnaam": a username with only an article before its cue.
_USER_ARTICLE_BEFORE_CUE = LazyPattern(
    r"([^\s\"“(,;]{3,60})[ \t]++(?:mijn|my|de|het|the|mon|ma|le|la)[ \t]++$"
)
# "Zomer2024! is mijn ww en …": the value before its cue, joined by a copula, is the cue's own value.
_COPULA_BEFORE_CUE = LazyPattern(
    r"([^\s\"“(]{3,60})[ \t]++(?:is|was|c'est|est)"
    r"(?:[ \t]++(?:mijn|my|je|jouw|het|de|the|nu|mon|ma|le|la))?[ \t]++$"
)
_USERNAME_SHAPE = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9._\-]{2,40}")


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


def _user_chosen_as(text: str, cue_start: int, pos: int, out: list[Span]) -> bool:
    match = _VALUE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None or not {"als", "as", "comme"} & set(match.group(0).lower().split()):
        return False
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    if not (_strong_username(word) or (len(word) >= 10 and _user_like(word))) or _starts_cue(text, start):
        return False
    following = _VALUE.match(text, pos)
    if following is not None and _strong_username(following.group().rstrip(_TRAILING)):
        return False  # "… as the username jan_83": the cue's own value follows
    out.append(Span(start, end, "username"))
    return True


def _user_before_copula(text: str, cue_start: int, out: list[Span]) -> bool:
    match = _VALUE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None or "als" in match.group(0).split() or "as" in match.group(0).split():
        return False
    start, end = _trim(text, match.start(1), match.end(1))
    if not _strong_username(text[start:end]) or _starts_cue(text, start):
        return False
    out.append(Span(start, end, "username"))
    return True


_GROUP_BEFORE = LazyPattern(r"[0-9][ \-.]?$")


def _value_before_cue(text: str, cue_start: int, category: str, out: list[Span]) -> None:
    if category in ("pin", "puk", "otp"):
        number = _NUMBER_BEFORE_CUE.search(text, max(0, cue_start - 60), cue_start)
        if number is None:
            return
        if _EXPIRY_SHAPE.fullmatch(number.group(1)):
            return  # "exp 08-2027 code achterop 032": a card's expiry, not a code before its cue
        if _GROUP_BEFORE.search(text, max(0, number.start(1) - 8), number.start(1)):
            return  # "3777 690911 21843, code achterop 2507": the last group of a card, not a code
        digits = _SPACE_OR_DASH.sub("", number.group(1))
        low = text[max(0, number.start(1) - 32) : number.start(1)].lower()
        # "PUK: 4255…, mijn pin …": a cue right before owns the number, unless a sentence ends in between
        owned = [
            cue for cue in find_cues(low) if cue[2] >= len(low) - 16 and not _SENTENCE_END.search(low, cue[2])
        ]
        if owned or REFERENCE_BEFORE.search(low) or _ERROR_BEFORE.search(low):
            return
        if _YEAR.fullmatch(digits) and (_SINCE_BEFORE.search(low) or low.rstrip().endswith(_YEAR_OWNERS)):
            return  # "de simkaart uit 2019, pukcode kwijt", "iPhone 2019 pin vergeten": a year
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


_ANSWER_LINES = 8
_ASKS_FOR_OTHER = LazyPattern(
    r"(?<![a-z])(?:naam|name|nom|ssid|heet|called|nummer|number|numéro|numero|model|type|versie|version)"
    r"(?![a-z])"
)
_ANSWER_LINE_MAX = 200
_ANSWER_LABEL_END = LazyPattern(r"[ \t]*+[?:=]?[ \t?!.]*+$")
_ACKNOWLEDGEMENTS = frozenset(
    "ja nee yes no yep nope oui non ok oké okay sure thanks bedankt merci top done klaar gevonden "
    "found".split()
)


def _answer_after(text: str, low: str, category: str, cue: str, cue_end: int, out: list[Span]) -> None:
    """A value alone on a later line answers the cue: a chat turn after "What's your username?" or "phone
    wants a puk" (speaker lines, the agent's reply and a "yes" may come between), or the line right after
    a question or a label that ends with the cue ("Wat is je pincode?⏎4471")."""
    line_end = text.find("\n", cue_end, cue_end + _ANSWER_LINE_MAX)
    if line_end == -1:
        return
    label = _ANSWER_LABEL_END.match(text, cue_end, line_end) is not None
    if not label and "]" not in text and "·" not in text:
        return  # no question or label, and no chat export: nothing later answers the cue
    pos = line_end + 1
    chat = False
    for lines in range(_ANSWER_LINES):
        if pos >= len(text):
            return
        end = text.find("\n", pos, pos + _ANSWER_LINE_MAX)
        if end == -1:
            end = min(len(text), pos + _ANSWER_LINE_MAX)
        prefix = _CHAT_PREFIX.match(text, pos, end)
        if prefix is None and _CHAT_HEADER.fullmatch(text, pos, end):
            chat = True
            pos = end + 1
            continue
        content = prefix.end() if prefix is not None else pos
        chat = chat or prefix is not None
        start, stop = _trim(text, content, end)
        while start < stop and text[start] in " \t>":
            start += 1
        while stop > start and text[stop - 1] in " \t\r!?":
            stop -= 1
        word = text[start:stop]
        if not word:
            pos = end + 1
            continue
        if (chat or (label and lines == 0)) and " " not in word and "\t" not in word:
            if _answers(category, cue, text, low, start, stop):
                out.append(Span(start, stop, category))
                return
            if word.lower() not in _ACKNOWLEDGEMENTS:
                return  # a different value answers something else
        if not chat or find_cues(low[start:stop]) or _ASKS_FOR_OTHER.search(low, start, stop):
            return  # prose goes on, another cue takes over, or the agent asks for a name or a number
        pos = end + 1


def _answers(category: str, cue: str, text: str, low: str, start: int, stop: int) -> bool:
    word = text[start:stop]
    if category in ("pin", "puk", "otp"):
        verdict, end = _numeric_verdict(category, cue, text, low, start, stop, True, False)
        return verdict == _TAKE and end == stop
    if category == "username":
        return (
            len(word) >= 4
            and _USERNAME_SHAPE.fullmatch(word) is not None
            and any(ch.isalpha() for ch in word)
            and word.lower() not in _NOT_A_SECRET
            and word.lower() not in _ACKNOWLEDGEMENTS
            and not _IBAN_SHAPE.fullmatch(word)
            and not _not_secret_shape(word)
        )
    return _secret_like(word, category == "wifi_key") and not _not_secret_shape(word)


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
_TOKEN_BEFORE = LazyPattern(
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
        _strong_username(word)
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
    out.append(Span(start, end, "username"))


_UUID_START = LazyPattern(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-")
_IBAN_SHAPE = re.compile(r"[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{10,30}")


def _user_like(word: str) -> bool:
    """A username that a person chose from their name: 'JeroenVanDam', 'ann-mertens', 'AnneliesMartens'."""
    return _strong_username(word) or _name_shaped(word)


def _name_shaped(word: str) -> bool:
    """A name written as one word, camel-cased or hyphenated ('JeroenVanDam', 'ann-mertens')."""
    # The shape tests last: a plain word of running prose fails the two cheap ones before them.
    inner = word[1:-1]
    camel = word[:1].isupper() and any(ch.isupper() for ch in inner) and word.isalpha()
    hyphenated = word.islower() and "-" in inner and word.lower() not in _NOT_A_SECRET
    return (
        (camel or hyphenated)
        and _USERNAME_SHAPE.fullmatch(word) is not None
        and any(ch.islower() for ch in word)
    )


def _strong_username(word: str) -> bool:
    """A word that can only be a username: letters with digits, a dot or an underscore inside."""
    return (
        (_HAS_DIGIT.search(word) is not None or "." in word[1:-1] or "_" in word)  # first: most words fail it
        and _USERNAME_SHAPE.fullmatch(word) is not None
        and any(ch.islower() for ch in word)
        and not _NUMBER_LIKE.fullmatch(word)
        and not _UUID_START.match(word)
        and not _not_secret_shape(word)
        and _EMAIL_SHAPE.fullmatch(word) is None
    )


# "inloggen met jdevries84 Zomer2024!", "inloggegevens (jan83 / Welkom01)", "credentials are a / b".
_PAIR_GLUE = re.compile(
    r"[ \t]*+(?:/|\||,|;|:|&|\+|\ben dan\b|\band then\b|\bet puis\b|\bpuis\b|\bthen\b|"
    r"\ben\b|\band\b|\bet\b|\bwith\b|\bmet\b|\bavec\b|"
    r"\(?\bpw\b[:=]?|\(?\bww\b[:=]?)?[ \t]*+",
    re.IGNORECASE,  # "INLOGGEN MET devriesh EN WW …"
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


def _login_pair(
    text: str, pos: int, limit: int, out: list[Span], paired: bool = False, named_as: bool = False
) -> None:
    """The user (and the password) after a login cue; after "log in as" a name-like user alone too."""
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
# After a code cue: digits, or capitals and digits as codes are printed, bare or in brackets or quotes; a few
# small words may come first ("inlogcode per mail ontvangen (4KX8FK)").
_SENT_CODE = re.compile(
    r"(?:(?:per|via|by|in|op|mijn|my|the|de|het|mail|sms|e-mail|email|text|ontvangen|gekregen|received|got|"
    r"reçu|with|met|uit|from|van|app|l'app|authenticator|authenticator-app):?[ \t]++){0,4}[(\"'“]?"
    r"([0-9]{4,8}|(?=[A-Z]{0,7}[0-9])[A-Z0-9]{5,8}|[0-9]{3}-[0-9]{3}|(?<=[(\"'“])[A-Z]{5,8})"
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
        after = _PAIR_GLUE.match(text, value.end())  # "login devriesj en wachtwoord …"
        return (
            after is not None
            and "\n" not in text[value.end() : after.end()]
            and (_starts_password_cue(text, after.end()))
        )
    if category == "api_key":  # "secret 9f2c…", "token 5eb9c23a…": only long key-like values
        value = _VALUE.match(text, pos)
        return value is not None and len(value.group().rstrip(_TRAILING)) >= 20
    return False


def _starts_password_cue(text: str, start: int) -> bool:
    while start < len(text) and text[start] in "([":
        start += 1  # "rthomas (pw Summer@21)"
    found = find_cues(text[start : start + 24].lower())
    return bool(found) and found[0][1] == 0 and found[0][0] == "password"


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


# Matched on lower-cased text. Between cue and value: marks, small words, and who holds the number
# ("klantnummer bij u is", "aansluitingsnummer bij het ziekenfonds is", "account # with Zeta is").
_CUSTOMER_VALUE = LazyPattern(
    r"\.?(?:[ \t\u00a0]*+(?:[:=#]|is|was|est|le|nr\.?|no\.?|number|nummer|van mij|here|hier|"
    # whose name it is in: "Account is in her name, CUS373945", "staat op mijn naam: 4412889"
    r"(?:in|on|under|op|onder|au|à|sous)[ \t]++(?:her|his|my|our|their|mijn|haar|zijn|onze|hun|mon|son|"
    r"ma|sa|notre|leur)[ \t]++(?:name|naam|nom)[,:]?|staat|stond|"
    # a verb of staying or becoming: "Je polisnummer blijft 2814.570.317", "your number remains …"
    r"blijft|bleef|wordt|werd|remains|stays|becomes|reste|devient|"
    # where it is printed: "the account number on the bill is REL4629417", "op de factuur staat"
    r"(?:on|op|in|sur|dans|from|van|onder|at)[ \t]++(?:(?:the|de|het|la|le|l'|mijn|my|your|uw|votre|mon|ma|"
    r"this|deze|die|that)[ \t]*+)?(?:bill|factuur|facture|rekening|brief|letter|lettre|card|kaart|pas|carte|"
    r"contract|contrat|statement|afschrift|invoice|top|bottom|bovenaan|onderaan|app|portal)[,:]?|"
    r"(?:bij|with|at|chez|bei|voor|for)[ \t]++"
    r"(?:(?:het|de|uw|your|the|la|le|l'|jullie|you|vous|votre)[ \t]*+)?[a-zà-ü][a-zà-ü'&-]{0,20}"
    r")){0,4}[ \t\u00a0]*+(?:[:=#][ \t\u00a0]*+)?"
    r"(?:(?:is|le)[ \t]++)?[(\"'“«]?"
    # a vendor's id ("acct_e5hv4r2al67b"), or digits with a short prefix ("kl0157328", "cn 0545 3073")
    # (or one of twelve letters and more without a digit: "cus_ERTAavfedVeCKw")
    r"([a-z]{2,5}_(?:(?=[a-z0-9]{0,31}[0-9])[a-z0-9]{6,32}|[a-z]{12,32})(?![a-z0-9_])"
    r"|[a-z]{0,4}[-./ ]?\d[\da-z]{0,3}(?:[-./ ]?[\da-z]{1,8}){0,4})"
)


_CLAUSE_END = LazyPattern(r"[ \t]*+(?:[).,;!?\n]|$)")
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
    if is_reference_at(low, match.start(1)) or find_cues(before) or PHONE_CUE.search(before):
        return
    if VERSION_NEAR.search(before) or match.group(1).startswith("0"):
        return  # a version, or a phone number
    out.append(Span(match.start(1), match.end(1), "customer_number"))


_SPACED_PREFIX = LazyPattern(r"([A-Za-z]{1,4}) ")


# A contract or a policy named without "number": only a long number after it is its number
# ("pour le contrat 396424088"), not a year or a count ("contract 2024", "polis 3").
_BARE_REFERENCE_NOUNS = frozenset({"contrat", "contract", "polis", "police"})


def _customer_number(text: str, low: str, cue_end: int, out: list[Span], min_digits: int = 3) -> None:
    match = _CUSTOMER_VALUE.match(low, cue_end)
    if match is None:
        if low[cue_end - 7 : cue_end] == "account":  # "account jdevries84": a login name
            gap = _CONNECTOR.match(text, cue_end)
            word = _VALUE.match(text, gap.end() if gap else cue_end)
            if word is not None:
                start, end = _trim(text, word.start(), word.end())
                if _strong_username(text[start:end]) and not _IBAN_SHAPE.fullmatch(text[start:end]):
                    out.append(Span(start, end, "username"))
        return
    start, end = _trim(text, match.start(1), match.end(1))
    value = text[start:end]
    prefix = _SPACED_PREFIX.match(value)
    if prefix is not None and not prefix.group(1).isupper():
        return  # "CN 0545 3073" has a prefix; "op 12 maart" is a date
    while " " in value and not value.rsplit(" ", 1)[1][:1].isdigit():
        value = value.rsplit(" ", 1)[0]  # "klantnummer 123456 graag": stop at the word
        end = start + len(value)
    if sum(ch.isdigit() for ch in value) < (
        0 if "_" in value else min_digits
    ):  # a vendor's id: "acct_LTB9HCCH1KPN"
        return
    out.append(Span(start, end, "customer_number"))
