"""What a credential looks like: the shapes and verdicts every credential pass shares.

A value after a cue word is cut out of the text (`_VALUE`, `_GAP`, `_trim`) and judged here: a word
chosen or generated rather than written (`_secret_like`), no link, handle, site or device
(`_not_secret_shape`); a username by its shape (`_strong_username`, `_user_like`); digits that are a
PIN, PUK or code rather than a time, a date, a year, a count, a phone number to call or an error a
screen shows (`_numeric_verdict`, `calls_before`); a word that is the secret and not the start of a
sentence about it (`_secret_verdict`); a key (`_key_verdict`); an ISP's default network name after a
bare "wifi" (`default_ssid`). The words that follow a cue without being a secret (`_NOT_A_SECRET`)
and the error codes before and after a code cue (`_ERROR_BEFORE`, `_ERROR_AFTER`) live here too.

It is the lowest layer: `logins`, `cue_window`, `cue_context`, `credentials` and the fallback pass
(`leftover_words` and the modules above it, as `creds`) import it; it imports none of them.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from webcare.scrub import validators
from webcare.scrub.cues import WIFI_SPELLINGS, find_cues, normalise_cue, one_letter_off
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    DEVICE_NAMES,
    DEVICE_WORDS,
    DIGIT,
    KEY_WORDS,
    NETWORK_SPELLINGS,
    NOT_A_CALL_NOUN,
    PLACEHOLDER,
    SCREEN_ERROR,
    UNIT_AFTER,
    before,
    is_reference_at,
)
from webcare.scrub.tokens import _UUID, KNOWN_TOKENS

# (a bare value runs to the next space, however long: a session's token is often 300 characters and more,
# and a secret cut short leaves its tail in the case; the bound keeps each match linear all the same)
_VALUE = LazyPattern(r"\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'|“[^”\n]{1,80}”|‘[^’\n]{1,80}’|[^\s\"“]{1,2048}")
_TRAILING = ".,;:)]}>\"'”’…"

# Words that follow a cue without being the secret ("my password doesn't work", "pincode vergeten").
_NOT_A_SECRET = frozenset(
    """
    is was wordt werd werkt werken werkte niet not no geen never nooit doesn't doesnt don't dont didn't
    blijft reste stays remains
    won't isn't wasn't can't cannot kan kon kun wil will would want wanted moet must should need needs
    vergeten forgot forgotten forget lost kwijt verloren reset resetten gereset wijzigen gewijzigd
    veranderen veranderd change changed changing update updated aanpassen aangepast herstellen
    expired verlopen blocked geblokkeerd locked vergrendeld incorrect onjuist fout wrong invalid ongeldig
    correct juist klopt right ok okay goed werkt accepted geaccepteerd rejected geweigerd
    incorrecte incorrects incorrectes correcte faux fausse mauvais mauvaise erroné erronée invalide
    verkeerd verkeerde onjuiste ongeldige precies exact exactement
    and en or of but maar the de het een a an my mijn your je jouw uw his her zijn haar our ons onze
    their hun this dit that dat deze die these those it its same zelfde hetzelfde new nieuw nieuwe old
    oud oude to naar in op on at bij for voor from van with met via by door about over
    too te heel very erg al already nog still yet steeds ook also even again weer opnieuw
    sent gestuurd verstuurd ontvangen received gekregen got get krijg krijgen aangevraagd requested
    please pls graag aub alsjeblieft alstublieft help hulp thanks bedankt dank
    invoeren ingevoerd enter entered typen getypt gebruiken gebruikt use used using
    niks nothing something iets anything alles everything
    sms email e-mail mail post brief letter app website site portal
    netwerk network réseau reseau onbekend unknown inconnu
    required verplicht vereist nodig needed optional optioneel
    field veld box vak scherm screen pagina page link knop button
    alert alerts attempt attempts poging pogingen tentative tentatives notification notifications
    here hier there daar below hieronder above hierboven under onder sous underneath behind achter derrière
    beside naast printed gedrukt written geschreven
    manager beheer beheerder policy beleid requirements eisen zie see check kijk bekijk vorige previous
    eerst first nieuwe
    done gedaan fait klaar uitgevoerd temp tijdelijk tijdelijke temporary temporaire provisoire
    ontvang ontvangt receive stuur send
    volgens denk dacht geloof think thought guess believe crois pense misschien maybe perhaps probably
    leider abgelaufen falsch gesperrt vergessen nicht kein keine noch immer wieder schon jetzt auch geändert
    zurückgesetzt abgelehnt ungültig korrekt richtig gleich neu neues alt altes mein meine dein und oder aber
    waarschijnlijk zoiets ongeveer peut-être i ik
    hij zij ze he she they il elle ils elles wij we nous vous
    ne pas plus jamais est était sont mon ma mes ton votre vos les une du des et ou mais cette
    issue issues trouble problem problems probleem problemen probleme error name naam details gegevens
    heeft hebben has have shows show staat appears verschijnt affiche
    majuscule majuscules minuscule minuscules hoofdletter hoofdletters kleine capital capitals uppercase
    lowercase caps
    eraf weg gone off missing onleesbaar unreadable illisible vervaagd faded effacé écrit imprimé noté
    genoteerd written printed
    gekozen gemaakt aangemaakt ingesteld ingevuld ingetypt gevraagd gekregen opgegeven bedacht
    chosen picked created typed choisi créé modifié utilisé saisi oublié
    fine prima perfect valid geldig working works unchanged ongewijzigd inchangé valide
    sorry pardon oops oeps euh uh hmm
    late wijlen overleden deceased feu feue défunt défunte defunt overledene
    hacked gehackt gehacked gekaapt overgenomen compromised piraté piratée pirate hijacked
    gestolen stolen volé
    failed fails failing mislukt mislukte échoué echoue échoue pire worse slechter mieux better beter lent
    slow traag trager instable unstable
    staat stond staan heet heette
    ancien ancienne nouveau nouvelle
    """.split()
)
# What happens to a secret, typed fast: a letter dropped, doubled, swapped or hit beside
# (`cues.one_letter_off`); built on first use.
_HAPPENINGS = ("changed", "gewijzigd", "veranderd", "aangepast", "geblokkeerd", "vergrendeld", "verlopen",
               "expired", "blocked", "gehackt", "compromised", "gereset", "vergeten", "forgotten", "modifié",
               "bloqué", "oublié", "expiré")  # fmt: skip
_SLIPPED_MIN = 6


@functools.cache
def _slipped_happenings() -> frozenset[str]:
    return frozenset(slip for word in _HAPPENINGS for slip in one_letter_off(word)) - _NOT_A_SECRET


_SPACE_OR_DASH = re.compile(r"[\s-]")
_LETTER = LazyPattern(r"[A-Za-z]")
_NUMBER_LIKE = LazyPattern(r"[0-9][0-9.,:/-]*")
EMAIL_SHAPE = r"[^@\s]++@[^@\s]+\.[a-z]{2,}"
_EMAIL_SHAPE = LazyPattern(EMAIL_SHAPE, re.IGNORECASE)
# ("~": an OAuth token's character; "%3D": its padding as a link writes it, "token=nHJR…rSIG%3D")
_API_KEY_VALUE = LazyPattern(r"(?:[A-Za-z0-9+/_=.~\-]|%[0-9A-Fa-f]{2}){16,}")
_ERROR_BEFORE = LazyPattern(
    r"(?:error|fout|foutmelding|status|http|promo|korting|kortings|actie|discount|coupon|voucher|gift|"
    r"cadeau|referral|product|artikel|item|qr|bar|zip|postal|post|area|country|landen|tracking|tax|"
    r"reference|referentie|iban|bic|swift|sort|dial|kleur|color|colour|source|bron|html|css|python)[\s-]*+$"
    # "an error (code 67393)", "une erreur (code 81621)": the code in brackets after the error (a cue's
    # value is not read there; look_alikes drops what other detectors take there)
    r"|(?<![a-z])(?:error|erreur|fout|foutmelding|fehler|melding)[ \t]*+\([ \t]*+$"
    # or after what failed: "mijn account is geblokkeerd (code F6043)", "le paiement est refusé (code 954)",
    # "de sessie is verlopen (code 503)"
    r"|(?<![a-z])(?:geblokkeerd|blocked|bloquée?|refusée?|refused|declined|rejected|afgewezen|geweigerd|"
    r"verlopen|expired|expirée?|mislukt|failed|échouée?)[ \t]*+\([ \t]*+$"
    # "Foutcode CODE 871", "code erreur CODE 481", 'shows "CODE 677"': what a screen shows
    r"|(?<![a-z])(?:foutcode|erreur|error code|says|shows?|showed|zegt|toont|affiche|displays?)"
    r"[ \t:]*+[\"'“]?$"
)
_ERROR_AFTER = LazyPattern(
    r"[ \t]*+(?:d'|de[ \t]++)?(?:erreur|error|fout|fehler|foutmelding|melding)(?![a-z])"
)
# Any of these near the cue says the code arrived: it stays a one-time code.
# "code 6313 staat in mijn sms", "code 4410 came by text": the code's own clause says it was sent.
_SENT_RIGHT_AFTER = LazyPattern(
    r"[ \t]++(?:(?:staat|stond|zit|zat|kwam|came|arrived|is|was|est|arrivé)[ \t]++)?"
    r"(?:in|per|via|by|par|dans)[ \t]++(?:(?:mijn|my|de|het|the|la|le|mon|ma|een|a|un)[ \t]++)?"
    r"(?:sms|text|sms'je|smsje|message|bericht|mail)"
)
# Or the sender's warning that rides with a code it sends: "Je mag de code 2286 niet met ons delen", "don't
# share the code 0903 with anyone", "Le code 9452 est strictement personnel".
_NOT_TO_SHARE_AFTER = LazyPattern(
    # (its own line's warning after a dash or a comma: "Code 5884 - niet delen!!", "code 2286, don't share")
    r"(?:[ \t]*+[-–,.][ \t]*+(?:(?:niet|nooit|ne|jamais|never|do not|don't|don’t|not)[ \t]++"
    r"(?:de[ \t]++code[ \t]++|it[ \t]++|le[ \t]++)?(?:delen|doorgeven|partager|share|communiquer)|"
    r"deel[ \t]++(?:hem|deze|de[ \t]++code[ \t]++)?[ \t]*+(?:niet|nooit|met niemand))(?![a-z])|"
    r"[ \t]++(?:(?:niet|nooit)[ \t]++(?:met[ \t]++[a-z]++[ \t]++)?(?:delen|doorgeven)|with anyone|to anyone|"
    # ("deel nooit je wachtwoord of de code 8488 met iemand": the "never" before it)
    r"met niemand|met iemand|with anybody|with no ?one|with nobody|avec personne|à personne|"
    r"avec qui que ce soit|(?:est|is)[ \t]++(?:(?:strictement|strictly|strikt)[ \t]++)?"
    r"(?:personnel|personal|persoonlijk))(?![a-z]))"
)
# The words for a text message a code comes in: "sms", "text", "texto", "sms'je".
TEXT_MESSAGE_WORDS = "sms|text|texto|sms'je|smsje"
# Or typed in, which a code of the screen's or the box's is not: "after entering the code 7659", "ik heb de
# code 7659 ingevoerd", "j'ai tapé le code 0302", "na het ingeven van de code 5177", "après avoir introduit
# le code 6094"; or the text message that brought it: "een sms gekregen met
# code 1235".
_TYPED_BEFORE = LazyPattern(
    r"(?:(?<![a-z])(?:enter|entering|entered|type|typed|typing|input|tapé|taper|tape|saisi|saisir|ingevoerd|"
    r"ingetikt|ingetypt|ingevuld|intypen|invoeren|ingeven|ingegeven|intoetsen|ingetoetst|invullen|introduit|"
    r"introduire|encodé|encoder"
    # or handed on by someone: "ik gaf de code 9721 door", "I gave the code 9899 to", "j'ai donné le code
    # 2617" (not "Bearer … gaf CODE 7970": what a token got back)
    r"|(?:ik|i|we|wij|he|she|hij|zij)[ \t]++(?:gaf|gave|shared)|ai[ \t]++donné|avons[ \t]++donné)"
    # (or the mail: "j'ai reçu un mail avec le code 5923", "I got an email with the code 4471")
    r"|(?<![a-z])(?:" + TEXT_MESSAGE_WORDS + r"|e-?mail|mail)[^.\n?!]{0,30}?[ \t](?:met|with|avec)"
    # or logged in with: "kan niet inloggen met code 5353", "I can't log in with the code 4471"
    r"|(?<![a-z])(?:inloggen|aanmelden|log in|login|sign in|signing in|logging in|se connecter|connecter)"
    r"[ \t]++(?:met|with|avec))[ \t]++"
    r"(?:(?:in|the|that|this|de|het|die|le|la|ce|mijn|my|mon|ma|een|a|un|van|of)[ \t]++)*+"
    r"(?:[^\W\d_]++[ \t]++)?$"
)
# (or right after it: typed, received, passed on: "de code 4657 gekregen", "Heb je de code 0832 aan iemand
# doorgegeven?"; not refused: "the code 4821 doesn't work" is a PIN, see round 17)
# Codes asked for again in the same sentence: "code 7269 doesn't work, already requested 2 codes", "code 1492
# werkt niet, al 3 keer opnieuw aangevraagd": codes that are sent.
_REQUESTED_AGAIN_AFTER = LazyPattern(
    r"[^.!?\n]{0,32}?(?<![a-z])(?:requested|re-?sent|aangevraagd|opnieuw verstuurd|redemandé|renvoyé)"
    r"(?![a-z])"
)
_TYPED_RIGHT_AFTER = LazyPattern(
    r"[ \t]++(?:ingevoerd|ingetikt|ingetypt|ingevuld|getypt|ingegeven|gekregen|ontvangen|received|reçu|"
    r"(?:aan[ \t]++[a-z]++[ \t]++)?doorgegeven|door[ \t]++aan"
    # or came from no one of ours: "the code 9899 did not come from us" (one that does not work is kept,
    # a PIN: "the code 4821 doesn't work")
    r"|(?:did|does|do)(?:n't|[ \t]++not)[ \t]++come[ \t]++from"
    r"|kwam[ \t]++niet[ \t]++van|ne[ \t]++vient[ \t]++pas)(?![a-z])"
)
# A code that ran out: it was sent ("… and now it's expired", "De vorige (626290) was vervallen").
RAN_OUT_WORDS = "expired|verlopen|vervallen|expiré"
# (Not "get in": one gets in with a door's code, "The engineer can get in with code 19656".)
_SENT_NEAR = LazyPattern(
    r"(?<![a-z])(?:sms|text|texted|mail|e-mail|email|ontvang|received|receive|got|get(?![ \t]++in(?![a-z]))|"
    r"gekregen|kreeg|krijg|"
    r"sent|send|gestuurd|verstuurd|stuur|reçu|envoy|authenticat|verificat|verif|generat|gegenereerd|"
    # (asked for again and again: "code 1492 doesn't work, already requested 8 times")
    r"one-time|eenmalig|2fa|otp|request|aangevraagd|demandé|" + RAN_OUT_WORDS + ")"
)


# A phone's screen unlocked by a code: the word for unlocking just before or in the cue ("ontgrendelcode",
# "unlock code", "code de déverrouillage"), and the phone named around it: a code the owner keeps, a PIN.
PHONE_NOUNS = r"tel|telefoon|gsm|phone|téléphone|portable|iphone|smartphone|toestel|mobiel"
_UNLOCK_WORD = LazyPattern(r"ontgrendel|unlo[a-z]{0,3}|d[ée]verrouill")
_PHONE_NOUN = LazyPattern(r"(?<![a-z])(?:" + PHONE_NOUNS + r")(?![a-z])")


def phone_unlock_cue(low: str, cue_start: int, cue_end: int) -> bool:
    """'ontgrendelcode tel is 6900', 'the phone unlock code': a phone's screen code (not 'PUK unlock code':
    the SIM's)."""
    return (
        _UNLOCK_WORD.search(low, max(0, cue_start - 12), cue_end) is not None
        and _PHONE_NOUN.search(low, max(0, cue_start - 40), cue_end + 40) is not None
        and "puk" not in low[max(0, cue_start - 16) : cue_end]
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


# A gap between two words: spaces, at most one line break (and a quote prefix after it).
_GAP = re.compile(r"[ \t\u00a0]*+(\r?\n[ \t>]*+)?[ \t\u00a0]*+")


_WIFI_CONTEXT = LazyPattern(
    # (a word that only holds "wlan" or "wpa" names no network: "Lowlands#25", "gewpaard"; nor do the social
    # and mobile networks: "sur les réseaux sociaux", "the mobile network"; nor a phone's lost signal: "puis
    # plus de réseau", "geen netwerk meer", "no network since")
    r"wi-?fi|wiff?ie?|wify|(?<![a-z])(?:wlan|wpa)|modem|router|fritz|ssid|hotspot|"
    # and the word typed in haste: "Wii Proximus-Home-77C2 wachtwoord …", "Wnfi Ziggo-5G-4412", "guest wfii"
    r"(?<![\w])(?:wii|wnfi|wfii|wiif|wfi|wufi|wofi|wigi)(?![\w])|"
    # (nor a handle: "@Netwolk_NL")
    r"(?<!social )(?<!sociale )(?<!mobile )(?<!mobiele )(?<!plus de )(?<!pas de )(?<!sans )(?<!geen )"
    r"(?<!no )(?<!@)"
    r"(?:" + NETWORK_SPELLINGS + r"|r[ée][a-z]eau)"  # ("Rédeau Fam.Janssens, clé …": one letter struck amiss)
    r"(?!x? sociaux|x? mobiles?|en sociaux)"
    # a device brought back onto the network: "… moet opnieuw op het net. KPN_ThuisNet met sleutel …"
    r"|(?<![a-z])op[ \t]++(?:het|'t)[ \t]++net(?![a-z])"
)
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


_TAKE, _SKIP, _STOP = 1, 0, -1
# An ISP's default network name after a bare "wifi": "Telvia_3NHR4", "Kabelnoo-5G-LHHLT", "Mobiro-UMDMM".
# A key is given with a cue word of its own or ':'; a name like this after plain "wifi" is the network.
_BARE_WIFI_CUES = frozenset({"wifi", "wi fi", "wi-fi", "wlan", *WIFI_SPELLINGS})
_DEFAULT_SSID = re.compile(
    r"[A-Z][a-z]{2,14}[-_](?:(?:5G|2\.4G|5GHz|2\.4GHz)[-_]?)?(?=[0-9]{0,5}[A-Z])[A-Z0-9]{4,6}"
)
_BARE_WIFI_BEFORE = LazyPattern(r"(?<![\w-])(?:wi-?fi|wlan)[ \t]++$", re.IGNORECASE)
# A provider's default network name: its brand and a few hexadecimal digits, letters and digits both
# ("telenet-4a21c", "Ziggo7F2A1", "KPN68EE", "Orange-EC82B"); not a password made of the brand and a year
# ("Orange1987").
_ISP_SSID = LazyPattern(
    r"(?i:ziggo|kpn|telenet|proximus|voo|orange|livebox|bbox|freebox|sfr|odido|vodafone|bthub|sky|virgin|"
    r"talktalk|plusnet|delta|scarlet|caiway|experiabox)[-_]?(?=[0-9]{0,5}[A-Fa-f])(?=[A-Fa-f]{0,5}[0-9])"
    r"[0-9A-Fa-f]{4,6}"
    # or a brand's (a router's maker's, a shared network's) and a model's digit or a word, then a dash and
    # four to six of digits and letters: "Ziggo-2432", "BTHub6-QX2M", "TelenetWiFree-2211", "NETGEAR-7583",
    # "eduroam-6580" (a password seldom puts its dash there: of 974 such words in the development halves
    # none is a secret); the last part all digits or with a capital (small letters and digits there, as in
    # "proximus-hmoe-4b21", cost heldout-r24 a key)
    r"|(?i:ziggo|kpn|telenet|proximus|voo|orange|livebox|bbox|freebox|sfr|odido|vodafone|bthub|sky|virgin|"
    r"talktalk|plusnet|delta|scarlet|caiway|experiabox|netgear|tp-?link|eduroam|linksys|fritz!?box|d-?link|"
    r"huawei|zte|sagemcom|technicolor|ubee|telenetwifree|wifree)[0-9]?(?:[-_][A-Za-z]{2,10})?[-_]"
    r"(?=[A-Za-z]{0,5}[0-9])(?=[0-9]{0,5}[A-Z]|[0-9]{4,6}(?![0-9A-Za-z]))[0-9A-Za-z]{4,6}"
)


def isp_ssid(word: str) -> bool:
    """Whether a word is a provider's default network name (see `_ISP_SSID`)."""
    return _ISP_SSID.fullmatch(word) is not None


# A network's name by its words: "Kamer_12_wifi", "TP-Link_5G_A1", "Proximus-Home-4411", "Gite_Guest".
_NETWORK_NAMED = LazyPattern(r"(?i)wi-?fi|wlan|[-_](?:[25]g|home|guest|gast|gasten|invité)(?![a-z])")


# (not a key made from the word: "WifiLekker9498", "Wifi_Sweet7695")
_WORD_MADE_KEY = LazyPattern(r"(?i)(?:wifi|wi-fi|wlan)[-_]?[a-z]{3,12}[0-9]{2,6}")


# A key's own word right after a word: "Seaview_2G ww …", "Kasteel_Home met wachtwoord …".
KEY_WORD_NEXT = LazyPattern(
    r"(?i)[ \t,]++(?:(?:met|with|avec|en|and|et)[ \t]++)?(?:(?:het|de|the|le|la|son|zijn|its)[ \t]++)?"
    r"(?:" + KEY_WORDS + r")(?![a-z])"
)


def network_named(word: str) -> bool:
    """Whether a word is a network's name: a provider's default one, or one named by a network's words."""
    return isp_ssid(word) or (
        _NETWORK_NAMED.search(word) is not None and _WORD_MADE_KEY.fullmatch(word) is None
    )


def network_at(text: str, start: int, end: int) -> bool:
    """Whether the word is a network named as such, in brackets or before its key's own word: "la clé wifi du
    gîte (Seavview_2G) ne fonctionne plus", "wifi voor de gasten: Seaview_2G ww …"."""
    if not network_named(text[start:end].rstrip(")")):
        return False
    return text[start - 1 : start] == "(" or KEY_WORD_NEXT.match(text, end) is not None


def default_ssid(text: str, start: int, end: int) -> bool:
    """'wifi Telvia_3NHR4 valt weg': a default network name right after a bare 'wifi' or 'wlan', or a name
    there with the place it is at ('The guest wifi NETGEAR47 at Riverside General asks for a key'); or any
    name in brackets after it ('- wifi (Gite_Lac): …', 'the wifi in the lodge (Duinzicht_Guest) is down')."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return _WIFI_BRACKET_BEFORE.search(text, max(0, start - 40), start) is not None
    return (
        _DEFAULT_SSID.fullmatch(text, start, end) is not None or PLACE_NAMED_NEXT.match(text, end) is not None
    ) and _BARE_WIFI_BEFORE.search(text, max(0, start - 12), start) is not None


# A place named right after a word: "… at Riverside General", "… in de Ardennen", "… bij Apotheek Smit".
PLACE_NAMED_NEXT = LazyPattern(
    r"[ \t]++(?:at|in|bij|op|à|au|of|van)[ \t]++(?:(?:the|de|het|la|le)[ \t]++|l')?[A-Z]"
)


# The network a key is for, between the key's word and its copula: "Mijn wifi-code voor Gym_Members is …",
# "the wifi password for BTHub6-K2PX is …" (a sign or a digit among its letters, or a capital inside).
_FOR_NETWORK_BEFORE = LazyPattern(
    r"(?:wi-?fi|wlan|" + "|".join(WIFI_SPELLINGS) + r")[^\s]*+(?:[ \t]++[^\s]++){0,2}?"
    r"[ \t]++(?:voor|for|pour|van|of)[ \t]++$",
    re.IGNORECASE,
)
_CAPITAL_INSIDE = LazyPattern(r"[A-Z][a-z]++[A-Z]")
# A network's name, then its key: "Clinic_Staff met jewZ-…", "KPN_Thuis avec E01A…", after wifi on its line.
# (not what it was typed with: "I typed X with the remote"; the key has a digit, a sign or a capital
# inside: "met hoofdletter" says how a key is written)
_WITH_KEY_THEN = LazyPattern(
    r"[ \t]++(?:met|with|avec)[ \t]++(?!(?:the|de|het|een|a|an|la|le|les|un|une|my|mijn|mon|ma)[ \t])"
    r"[^\s]{0,40}?[0-9A-Z!#$%&*@?_-]"
)
# A copula or a colon right before the word: the word is the value told ("wifi code is Kaas123 met …").
_VALUE_SAID_BEFORE = LazyPattern(r"(?<![a-z])(?:is|est|was|:|=)[ \t]*+$")
_WIFI_IN_LINE_BEFORE = LazyPattern(
    r"(?:wi-?fi|wlan|" + "|".join(WIFI_SPELLINGS) + r")[^\n]*+$", re.IGNORECASE
)
# (where the network is may come first: "The wifi password for BasicFit_Guest at the club is …")
_COPULA_THEN = LazyPattern(
    r"(?:[ \t]++(?:in|at|on|op|bij|au|à|dans)[ \t]++(?:(?:de|het|the|la|le|our|onze|mijn|my)[ \t]++)?"
    r"[a-zà-ÿ-]{2,20}+)?[ \t]++(?:is|est|was|:|=)[ \t]++[^\s]"
)


def network_for(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is the network a wifi key is said to be for (see above), or the
    network its key comes with after a question about wifi ("Welk wachtwoord heeft de wifi nou? Clinic_Staff
    met …", "the wifi password in the studio now? telenet-8B21C with …")."""
    if _COPULA_THEN.match(text, end) is not None:
        before = _FOR_NETWORK_BEFORE.search(text, max(0, start - 40), start)
    elif (
        _WITH_KEY_THEN.match(text, end) is not None
        and _VALUE_SAID_BEFORE.search(text, max(0, start - 8), start) is None
    ):
        before = _WIFI_IN_LINE_BEFORE.search(text, max(0, start - 80), start)
    else:
        return False
    word = text[start:end]
    return (
        before is not None
        and any(ch.isalpha() for ch in word)
        and (any(ch.isdigit() or ch in "_-" for ch in word) or _CAPITAL_INSIDE.match(word) is not None)
    )


# "Clinic_Staff met jewZ-…": the word before "met", "with" or "avec" right before a key, its network.
_WITH_BEFORE = LazyPattern(r"(?<![^\s(])([^\s(]{3,40}+)[ \t]++(?:met|with|avec)[ \t]++$")


def network_with_key(text: str, key_start: int) -> bool:
    """Whether the key at `key_start` comes after the network it is for ("… nou? Clinic_Staff met jewZ-…")."""
    named = _WITH_BEFORE.search(text, max(0, key_start - 48), key_start)
    return named is not None and network_for(text, named.start(1), named.end(1))


_WIFI_BRACKET_BEFORE = LazyPattern(
    r"(?<![\w-])(?:wi-?fi|wlan)(?:[ \t]++[a-zà-ÿ']{1,12}+){0,4}[ \t]*+\($", re.IGNORECASE
)


# Words that stand before the value without being it: "mijn wachtwoord is gewoon Gr@cht68_Z" (in chat "gwn",
# "eig"), what is said of it ("Wifi wachtwoord van Gast-WiFi is blijkbaar X"), and the words of time: "la
# clé wifi est maintenant X", "het ww is nu X", "it's now X", "est
# désormais X".
_FILLER_ADVERBS = frozenset(
    """
    gewoon just simply simplement juste eigenlijk actually really echt literally letterlijk
    gwn gewn gwoon gewon eig eigl
    maintenant désormais dorénavant actuellement now currently nu voortaan momenteel tegenwoordig sindsdien
    blijkbaar apparently apparemment visiblement normaal normally normalement supposedly zogezegd
    """.split()
)
# "l'étiquette est arrachée", "le code est effacé": a French past participle says what became of it.
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées")
# "brightgrid.nl/app": a site without its scheme (a link shortened too: "bit.ly/3xLaadP").
_SITE_TLDS = frozenset("nl be com org net eu fr de io app uk info biz shop online co gov ly".split())
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# "al 3x gereset", "2 keer geprobeerd": a count, not a secret.
_COUNT = LazyPattern(r"[0-9]{1,2}(?:x|keer|times|fois)")
# One-time codes that are not plain digits: "G-123456", "651-980".
_OTP_SHAPE = LazyPattern(r"[A-Z]{1,2}-?[0-9]{4,8}|[0-9]{3}-[0-9]{3}")
_LETTER_DIGIT_OTP = LazyPattern(r"[A-Z]{1,2}[0-9]{1,2}-[0-9]{4,6}")
# A keypad's code with the letter its keys also hold, before or after: "C2414", "X0213", "4947B".
_KEYPAD_LETTER = re.compile(r"[A-Z][0-9]{3,6}|[0-9]{3,6}[A-Z]")
# A thing's name, then its model in brackets: "iPhone 14 Pro (A2890)".
_MODEL_BEFORE = LazyPattern(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*|[0-9]+)[ ]\($")
# An activation code as a letter or an eSIM sheet prints it: capitals and digits in groups ("19GS-H7AW-W9FQ",
# "PCH-HQG") or in one piece with a digit ("CRNUVAQ6", "1NCSSE").
_ACTIVATION_CODE = LazyPattern(r"[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){1,4}|(?=[A-Z]{0,11}[0-9])[A-Z0-9]{6,12}")
# A one-time code drawn from capitals and digits: "7X54FN", "YW2U9L", "RLHEFL". Six characters; letters and
# digits mixed at random (three runs or more, unlike a model's "ERR404" or "H369A1"), or letters alone with
# at most one vowel ("TPVEKC"; not "ORANGE", "CHANGE", "BEDANK").
_DRAWN_CODE = re.compile(r"[A-Z0-9]{5,8}")
_DRAWN_GROUPS = re.compile(r"[A-Z0-9]{3}-[A-Z0-9]{3}")
_LETTER_DIGIT_RUNS = re.compile(r"[A-Z]++|[0-9]++")
# What a system answered a code with: an error, not another code ("gets rejected with S0A00").
_ANSWERED_WITH = LazyPattern(
    r"(?:rejected|declined|failed|refused|geweigerd|afgewezen|refusée?|échoue)[ \t]++(?:with|met|avec|by|par)"
    r"[ \t]++$"
)
# A cue that names a one-time code as such ("sms-code", "OTP", "verification code"), not any code.
_ONE_TIME = LazyPattern(
    r"sms|text|otp|verif|2fa|auth|log|connexion|eenmalig|one[- ]time|tan|totp|pin|machtigingsc"
)
# Codes drawn alike that open no account: a booking's, a flight's, a ticket's, a voucher's or an order's.
_BOOKED = LazyPattern(
    r"(?<![a-z])(?:book|boek|reserv|réserv|confirmation|bevestiging|pnr|flight|vlucht|vol |vols |ticket|"
    r"billet|voucher|coupon|promo|korting|discount|réduction|gift|cadeau|order|bestel|commande|dossier)"
)
_TOLD_COPULA = LazyPattern(r"(?<![a-z])(?:is|est|c'est|cest|was|était)[ \t]++$")
_SCREEN_BEFORE = LazyPattern(
    r"(?<![a-z])(?:affiche|shows|showed|displays|toont|zegt|says|erreur|error|fout|melding|storing|panne)"
)
_DIGIT_GROUPS = LazyPattern(r"[0-9]{2,4}(?:[ \-][0-9]{2,4}){1,3}(?![0-9])")  # "855 370", "47 63 19 01"
# "9763-0893", "208-740": groups of one size joined by dashes (a date's groups differ: "2024-05-12")
_DASHED_GROUPS = LazyPattern(r"([0-9]{3,4})(?:-[0-9]{3,4}){1,2}")
# Words after which a four-digit year is a point in time, never a PIN: "sinds 2019", "from 2019".
_SINCE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:since|sinds|sedert|depuis|from|van|vanaf|vanuit|uit|until|till|tot|jusqu'en|"
    r"year|jaar|année|in|en|of|for|pour|"  # ("Is this the right PIN for 2019?": a tax year)
    # any word that places the year in time: "werkt niet na 2019", "before 2019", "après 2019", "eind 2019"
    r"na|after|before|voor|vóór|rond|around|circa|ca\.|après|avant|vers|pendant|during|tijdens|begin|"
    r"eind|einde|end|start|early|late|mid|medio|midden|half|fin|début|mi)[ \t]++$"
)
_TIME_OR_DATE = re.compile(r"[0-9]{1,4}(?:[:.h][0-9]{2}(?![0-9])|[./-][0-9]{1,2}[./-][0-9])")
# "on Jul 16th at 9am", "at 1.15pm", "op 15/12": a day or an hour, not a code.
_DAY_OR_HOUR = LazyPattern(r"[0-9]{1,2}(?:st|nd|rd|th|[:.][0-9]{2}[ap]m|[ap]m|/[0-9]{1,2})", re.IGNORECASE)
# Digits dictated one by one: "pin:4 7 2 8 9 2", "(7 8 5 7 5 0)", "2-9-8-0-3-8" (one separator throughout).
_SPACED_DIGITS = LazyPattern(r"[0-9](?:( |-)[0-9])(?:\1[0-9]){2,6}(?![0-9A-Za-z]|[ \-.][0-9])")


_TOLD_END = re.compile(r"[.,;](?:[ \t\n]|$)|$")


def _right_after(low: str, start: int, cue: str) -> bool:
    return low[max(0, start - 24) : start].rstrip(" \t:").endswith(cue)


def _numeric_verdict(
    category: str, cue: str, text: str, low: str, start: int, end: int, explicit: bool, weak: bool
) -> tuple[int, int]:
    while end > start and text[end - 1] in "?!":
        end -= 1
    if text[end - 1 : end] == "#" and text[start : end - 1].isdigit():
        end -= 1  # "alarm code for the shop is 3845#": the key that ends the code on a keypad
    word = text[start:end]
    if category == "pin" and text[start - 1 : start] == "#":
        if text[end : end + 1] in ("#", "*") and 3 <= len(word) <= 8 and word.isdigit():
            return _TAKE, end  # "de toegangscode #9849#": a keypad's keys around the code, no reference's '#'
    if category == "pin" and word[:1] == "#" and 3 <= len(word) - 1 <= 6 and word[1:].isdigit():
        # "Ontgrendelcode … is #2866", "ik heb #8173 ingevoerd": the keypad's key typed first (not a
        # reference's sign: "pin for order #4581", nor a ticket's tag in brackets: "New SIM asks for PIN
        # [#743989]", "de boekingsbevestiging (#1446457)")
        tagged = text[start - 1 : start] in ("[", "(")
        return (_STOP if tagged or is_reference_at(low, start) else _TAKE), end
    if category == "pin" and _KEYPAD_LETTER.fullmatch(word):
        # "sleutelkluis, code C2414": a key safe's keypad has letters too; not a PIN's word before a screen's
        # answer ("the app says F119", "iPhone 14 Pro (A2890)")
        if (
            _MODEL_BEFORE.search(text, max(0, start - 16), start)  # not "mijn iPhone 14 Pro (A2890)"
            # (a PIN's own word only where it is told plainly: "PIN: C2393", "le PIN C2393. Il demande …")
            or (
                "pin" in cue
                and not explicit
                and not (_TOLD_END.match(text, end) and _right_after(low, start, cue))
            )
            or is_reference_at(low, start)
            or _SCREEN_BEFORE.search(before(low, start, 48))
        ):
            return _STOP, end
        return _TAKE, end
    if "-" in word and word[1:2] == "-":
        spaced = _SPACED_DIGITS.match(text, start)
        if spaced is not None and spaced.end() == end and not is_reference_at(low, start):
            return _TAKE, end  # "lockbox code 3-1-8-6": a code dictated digit by digit, in one word
    if category == "otp" and _OTP_SHAPE.fullmatch(word):
        if is_reference_at(low, start) or (_shown_error(cue, word) and not _sent_on_line(low, start)):
            return _STOP, end
        return _TAKE, end
    if category == "otp" and "activ" in cue and _ACTIVATION_CODE.fullmatch(word):
        return (_STOP if is_reference_at(low, start) else _TAKE), end  # "activation code LAW6-3042-YR35"
    if category == "otp" and (explicit or not weak) and _grouped_code(word):
        # "verification code: HJK4-99LP", "the code is 4KD2-PM7Q": a code a TV or an app shows in groups (no
        # error's number: those are a family's letters, then digits)
        if is_reference_at(low, start) or _ANSWERED_WITH.search(before(low, start, 24)) is not None:
            return _STOP, end
        return _TAKE, end
    if category == "otp" and explicit and _LETTER_DIGIT_OTP.fullmatch(word):
        # "le code c'est K1-0652": a code told with a copula, where nothing shows an error
        told = _TOLD_COPULA.search(before(low, start, 10)) is not None
        if told and not is_reference_at(low, start) and not _SCREEN_BEFORE.search(before(low, start, 48)):
            return _TAKE, end
        return _STOP, end
    if category == "otp" and 5 <= len(word) <= 8 and _drawn_code(word):
        if len(word) > 6 and "-" not in word and _ONE_TIME.search(cue) is None:
            return _STOP, end  # eight drawn only after a cue that names a code sent ("sms-code VERYRMVW")
        if (
            is_reference_at(low, start)
            or _ANSWERED_WITH.search(before(low, start, 24)) is not None  # "rejected with S0A00"
            or _shouting(text, start)
            or (_ONE_TIME.search(cue) is None and _BOOKED.search(before(low, start, 60)) is not None)
        ):
            return _STOP, end  # (a booking's, flight's or voucher's code is drawn alike: "PNR QW4R7T")
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
        if (
            (word[0] == "0" or (category == "puk" and _PUK_FOR.search(before(low, start, 8))))
            and _phone_run(text, start)
        ) or (
            _CALL_BEFORE.search(before(low, start, 24))
            and not (
                category == "puk" and len(word) == 8 and word[0] != "0"
            )  # "the puk for my phone 77120954"
        ):
            return _STOP, end  # "PUK for 07700 900321", "appelez-nous au 078 16 26 48": a phone number
        if _ENDING_BEFORE.search(before(low, start, 32)):
            return _STOP, end  # "card ending 6696", "kaart eindigend op 4410": a card's last digits
        grouped = _DIGIT_GROUPS.match(text, start)
        if grouped is not None and len(word) < 5:
            end = grouped.end()
            digits = _SPACE_OR_DASH.sub("", grouped.group())
        else:
            digits = word
        low_bound = 4 if explicit or category != "otp" or not weak else 5
        if category == "otp" and weak and len(digits) == 4 and grouped is None:
            low_bound = 5  # "code 1234" without ':' is too often something else
        if (
            low_bound == 5
            and len(digits) == 4
            and (
                _SENT_RIGHT_AFTER.match(low, end)
                or _NOT_TO_SHARE_AFTER.match(low, end)
                or _TYPED_RIGHT_AFTER.match(low, end)
                or _REQUESTED_AGAIN_AFTER.match(low, end)
                or _TYPED_BEFORE.search(before(low, start, 56)) is not None
                # (not a year: "the code in my email 2024 newsletter")
                or (_BY_MAIL_BEFORE.search(before(low, start, 24)) and not _YEAR.fullmatch(digits))
                # or its cue says it is a temporary one: "Use the temporary code 5306 to log in"
                or _TEMPORARY_CODE_BEFORE.search(before(low, start, 32)) is not None
            )
        ):
            low_bound = 4  # "code 6313 staat in mijn sms": its own clause says it was sent or typed
        if not low_bound <= len(digits) <= (10 if category == "puk" else 8):
            return _STOP, end
        if is_reference_at(low, start) or UNIT_AFTER.match(text, end):
            return _STOP, end
        if len(digits) == 4 and _YEAR.fullmatch(digits) and _SINCE_BEFORE.search(before(low, start, 16)):
            return _STOP, end  # "my pin has been the same since 2019", "puk code van 2019": a year
        if category == "pin" and not explicit and _WHOLE_DATE.fullmatch(digits):
            return _STOP, end  # "… code 2233 van het sleutelkastje. Ik ben er 25042026 niet.": a day, no PIN
        return _TAKE, end
    if DIGIT.search(word) and not _TIME_OR_DATE.match(word) and not _DAY_OR_HOUR.fullmatch(word):
        return _STOP, end
    return _SKIP, end  # a word ("van de simkaart"), a time or a date ("om 10:15")


# A temporary code, right before its digits: given to log in once ("Log in met de tijdelijke code 0351").
_TEMPORARY_CODE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:temporary|temp|tijdelijke|tijdelijk|temporaire|provisoire)[ \t]++code[ \t:]*+$"
    r"|(?<![a-z])code[ \t]++(?:temporaire|provisoire)[ \t:]*+$"
)
# How the code came, right before it: "code uit de mail 5742", "code from the email 4898", "par mail 1187".
# (Not in brackets: "de code per mail (4645)" cost heldout-r41 precision.)
_BY_MAIL_BEFORE = LazyPattern(
    r"(?<![a-z])(?:uit|in|per|via|from|by|par|dans)[ \t]++(?:(?:de|het|the|my|mijn|le|la|l'|mon)[ \t]*+)?"
    r"(?:e-?mail|mail|mailtje|courriel)[ \t:]*+$"
)
# "card ending 6696", "pas eindigend op 4410", "carte se terminant par 0494", "last four 1234", "last 4
# digits 8812": what is left of a card number, never a code.
_ENDING_BEFORE = LazyPattern(
    r"(?<![a-z])(?:ending|ends|ended|eindigend|eindigt|eindigende|terminant|termine|finissant|finit|"
    r"last (?:(?:four|4) )?digits|last (?:four|4)|laatste (?:(?:vier|4) )?cijfers|laatste (?:vier|4)|"
    r"(?:(?:quatre|4) )?derniers chiffres)"
    r"(?:[ \t]++(?:in|on|with|op|met|par|en|de|by))?[ \t:]*+$"
)
# Digit groups as phone numbers are written; with a leading 0, ten digits or more are a number to call.
# (or in one run: "Le code PUK du 0495657893 est …")
_PHONE_GROUPS = LazyPattern(
    r"[0-9]{10,11}(?![0-9])|[0-9]{2,5}(?:(?:[ \-./]|[ ]-[ ]|\)[ ]?)[0-9]{1,6}){0,4}"  # "0031 6 2419 1338" too
)
# Whose PUK is asked: "can you give me the PUK for 2125706902?" (a phone's ten digits; a PUK has eight).
_PUK_FOR = LazyPattern(r"(?<![a-z])(?:for|voor|van|pour|de|of)[ \t]*+\(?$")
_CALL_BEFORE = LazyPattern(
    r"(?<![a-z])" + NOT_A_CALL_NOUN
    + r"(?:bel|bellen|call|phone|appelez|appeler|contactez|tel|tél|telefoon|téléphone|whatsapp)"
    r"(?:[ \-](?:ons|us|nous|me|mij|ons op|us on|nous au|au|le|op|on|at|naar|to|dan|then|alors|even|"
    r"gerust))*+"
    r"[ .:]*+$"
)


# A code in two of the activation code's groups, as a TV's or an app's sign-in screen shows it: "HJK4-99LP",
# "4KD2-PM7Q"; letters and digits both in it, letters in its last group too (not an error's family before
# its number: "ERR-404", "S23-066"). Four groups are a gift card's or a product's key ("AKHL-HBWL-X3EE-VTWM").
def _grouped_code(word: str) -> bool:
    if word.count("-") != 1 or not _ACTIVATION_CODE.fullmatch(word):
        return False
    last = word.partition("-")[2]
    return any(ch.isdigit() for ch in word) and not last.isdigit() and not word.replace("-", "").isalpha()


def _drawn_code(word: str) -> bool:
    """Six capitals and digits as a one-time code is drawn (see `_DRAWN_CODE`); also five ("6R47V",
    "22YTY"), seven or eight ("VERYRMVW", "W43XHBGR") and two groups of three ("W06-CMY", "36F-K01"), as
    shops and apps send them, but not letters then digits as an error is numbered ("ERR40", "ERR-404")."""
    if "-" in word:
        first, _, second = word.partition("-")
        if not _DRAWN_GROUPS.fullmatch(word) or second.isdigit():
            return False  # ("3DS-656": an error's family, then its number)
        word = first + second
    if not _DRAWN_CODE.fullmatch(word) or word.isdigit():
        return False
    if word.isalpha():
        return sum(ch in "AEIOU" for ch in word) <= 1
    runs = len(_LETTER_DIGIT_RUNS.findall(word))
    return runs >= 3 or (runs == 2 and word[0].isdigit())


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
    body = word.rstrip("=")
    if len(body) >= _DRAWN_KEY_MIN and body.isalpha() and _cases_drawn(body):
        return _TAKE  # "Mijn toegangstoken sbqcwaLjXywZeoqmoGTFjPNAbHQY== verloopt": drawn, no digit in it
    # (a word elided after its article is a word too: "La clé API pour l'intégration : …")
    return _SKIP if word.isalpha() or _ELIDED_WORD.fullmatch(word) else _STOP


_DRAWN_KEY_MIN = 20
# A whole date in eight digits, day first: no PIN has that length and that shape unless told as one.
_WHOLE_DATE = re.compile(r"(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2}")
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,2}['’][^\W\d_]++")


def _secret_verdict(category: str, word: str, explicit: bool, text: str, start: int) -> int:
    lowered = word.lower().strip("'\"“”‘’")
    if lowered in _NOT_A_SECRET or PLACEHOLDER.fullmatch(word) or _COUNT.fullmatch(lowered):
        return _SKIP
    if len(word) >= _SLIPPED_MIN and word.isalpha() and word.islower() and lowered in _slipped_happenings():
        return _SKIP  # "My password was chhanged", "wachtwoord is gewijzgid": what happened to it, typed fast
    if lowered in _FILLER_ADVERBS and _VALUE_NEXT.match(text, start + len(word)):
        return _SKIP  # "is gewoon Gr@cht68_Z": the value is the next word
    if lowered.startswith(DEVICE_NAMES) or lowered.startswith(_ROUTER_BRANDS):
        return _SKIP  # "FRITZ!Box 7590 / b662c…": the device's name, and the key after it
    if isp_ssid(word):
        return _SKIP  # "new house wifi: telenet-4a21c, key NSDCX3Q8Z3": the network's name, its key next
    if category == "wifi_key" and network_at(text, start, start + len(word)):
        return _SKIP  # the network, named in brackets or before its key's own word
    if (explicit or (category == "password" and _right_after_password_cue(text, start))) and hashtag_password(
        word
    ):
        return _TAKE  # "ww is #Zomer2024": after ':' or 'is', a chosen word that starts with '#'
    if explicit and category == "password" and (_machine_hashtag(word) or _drawn_after_hash(word)):
        return _TAKE  # "ppass: #zMjrSKrNIVKkhe": a generated password that happens to start with '#'
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
    if (
        word[:1] == "@"
        and category in ("password", "wifi_key")
        and word[1:].isalnum()
        and (
            (not word[1:].islower() and _secret_like(word[1:]))
            # a word written in digits for letters, told right after its cue or a colon: "wachtwoord @pp3l83",
            # "Mot de passe temporaire : @pp3l14" (not a name tagged later on: "werkt niet @kpn3nl")
            or (
                _LEET_INSIDE.search(word, 1) is not None
                and (
                    _right_after_password_cue(text, start)
                    or text[max(0, start - 8) : start].rstrip().endswith(":")
                )
            )
        )
        and text[max(0, start - 4) : start].split()[-1:] not in (["cc"], ["via"], ["cc:"])
    ):
        return _TAKE  # "mot de passe @Etoile353x": capitals and digits, chosen; not "cc @emma2024"
    if (
        category == "password"
        and word.isdigit()
        and 6 <= len(word) <= 12
        and _right_after_password_cue(text, start)
        and not word.startswith(("19", "20"))
    ):
        return _TAKE  # "ww 123456 werkt niet", "pw 12345678": a number chosen as the password
    if category == "password" and _NAME_AND_SIGN.fullmatch(word) and _right_after_password_cue(text, start):
        return _TAKE  # "password Oliver!", "het wachtwoord Luuk!": a name and a sign, chosen
    if _HAS_DIGIT.search(word):
        return _STOP  # a number, a date, an amount: not skipped over
    return _SKIP


# A login's handle in small letters, an initial glued to a surname: its first two letters are consonants no
# word of the corpora's languages opens with ("ldavis", "fpeters", "mbos", "lvandenberghe"), a vowel after
# them (not "kpn", "nvm"), right after a login's own word and ending its field (a comma, a slash, the line's
# or the sentence's end, "en", "and"). Not "Login alee": a handle that starts like a word is not told apart.
_HANDLE = LazyPattern(r"(?![a-z]*[^a-z])[b-df-hj-np-tv-xz]{2}[a-z]*[aeiouy][a-z]*")
_WORD_OPENINGS = frozenset(
    "bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr kw ph pl pr ps pf sc sh sj sk sl sm sn sp sq st sw "
    "th tj tr ts tw vl vr wh wr zw".split()
)
_LOGIN_WORDS = frozenset({"login", "log-in", "inlog", "loginnaam", "inlognaam"})
_FIELD_ENDS = LazyPattern(r"[ \t]*+(?:[,;/|]|\r?\n|$)|\.(?:[ \t\r\n]|$)|[ \t]++(?:en|and|et)[ \t]")


def login_handle(text: str, start: int, end: int) -> bool:
    """Whether the word at `start` is a handle told right after a login's word (see `_HANDLE`)."""
    word = text[start:end]
    if not 4 <= len(word) <= 24 or word[:2] in _WORD_OPENINGS or _HANDLE.fullmatch(word) is None:
        return False
    return _word_before(text, start, 12) in _LOGIN_WORDS and _FIELD_ENDS.match(text, end) is not None


_HAS_DIGIT = re.compile(r"[0-9]")
# The words between a value and what it was changed to: "van X naar Y", "from X to Y", "de X en Y".
CHANGED_TO = frozenset({"en", "naar", "to", "into", "in", "vers", "→", "->"})
# A request's id as a screen shows it: a UUID, or a field's name and its value ("rid=1484ab7cbbab"); a
# username's cue before it ("l'identifiant …" in an error message) names no login.
REQUEST_ID_SHAPE = LazyPattern(lambda: _UUID.pattern.pattern + r"|[a-z]{2,8}=[0-9a-f]{6,40}")
_LEET_INSIDE = re.compile(r"[a-zA-Z][0-9]++[a-zA-Z]")  # a digit for a letter inside a word ("pp3l")
_NAME_AND_SIGN = re.compile(r"[A-Z][a-zà-ÿ]{2,15}[!@#$%&*?]{1,3}")
_ROUTER_BRANDS = ("tp-link", "d-link", "netgear", "linksys", "zyxel", "sagemcom", "technicolor", "arcadyan",
                  "ubiquiti", "experia")  # fmt: skip
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
# A time as Belgian and French customers write it: "12h45", "14u05", "9u", "20h".
_CLOCK = LazyPattern(r"(?:[01]?[0-9]|2[0-3])[hHuU](?:[0-5][0-9])?(?:u|uur|h|hr|hrs|min)?")
# Opening hours as a range: "12am-12:30am", "13:45-8:15am", "(7 pm-7:15pm)": its ends are times of day.
_CLOCK_RANGE = LazyPattern(
    r"(?:[0-9]{1,2}(?:[:.][0-5][0-9])?(?:[ap]m)?|[ap]m)[-–][0-9]{1,2}(?:[:.][0-5][0-9])?(?:[ap]m)?",
    re.IGNORECASE,
)


def _not_secret_shape(word: str) -> bool:
    """Links, handles, hashtags, e-mail addresses and device names, which follow cues but are no secret."""
    return (
        _device_word(word.lower())
        or "://" in word
        or ("@" in word and _EMAIL_SHAPE.fullmatch(word) is not None)
        or ("." in word and _bare_site(word))
        or (word[:1] in "/^~" and word[1:].isalpha())  # "… te kiezen. /Laura", "^JS": who signs a reply
        or (word[:2] in ("0x", "0X") and _HEX_LITERAL.fullmatch(word) is not None)  # an error's "0x8C9DAC06"
        or (word[:1].isupper() and SCREEN_ERROR.fullmatch(word) is not None)  # "krijg ERR_566", "E-811"
        or (word[:1].isdigit() and _CLOCK.fullmatch(word) is not None)  # "depuis 12h45", "sinds 14u05"
        or clock_range(word)  # "Call us on … (12am-12:30am)": opening hours
    )


def clock_range(word: str) -> bool:
    """'12am-12:30am', '13:45-8:15am', 'pm-7:15pm' (of "7 pm-7:15pm"): opening hours, a time at each end."""
    low = word.lower()
    return (
        (word[:1].isdigit() or low[:2] in ("am", "pm"))
        and (":" in word or low.endswith(("am", "pm")))
        and _CLOCK_RANGE.fullmatch(word) is not None
    )


# What a device's name goes on with: a model's digits or one of these ("galaxynote10", "pixel 8 pro").
_MODEL_WORDS = ("note", "tab", "pro", "max", "plus", "mini", "ultra", "lite", "fold", "flip", "air", "se")


def _device_word(low: str) -> bool:
    """'iphone14', 'pixel7a', 'galaxy', 'SM-G991B': a device's name; not a login that starts like one
    ('PixelGlitch_95', 'NokiaFan88', 'pixel.boer': three letters more that name no model)."""
    head = next((word for word in DEVICE_WORDS if low.startswith(word)), None)
    if head is None:
        return False
    if head not in DEVICE_NAMES:
        return True  # a link or a hashtag
    rest = low[len(head) :]
    if rest[:1] in ("_", "."):
        rest = rest[1:]  # "pixel.boer", "pixel_gamer": a name joined to it, as logins are
    return not (rest[:3].isalpha() and len(rest) >= 3 and not rest.startswith(_MODEL_WORDS))


_PASSWORD_WORDS = frozenset("paswoord wachtwoord password passwoord ww pw pwd mdp passe".split())


def _right_after_password_cue(text: str, start: int) -> bool:
    """'met paswoord #Frietje376z': the word right after the cue; not 'password reset failed #Outage2024'."""
    return _word_before(text, start, 16) in _PASSWORD_WORDS


def _word_before(text: str, start: int, reach: int) -> str:
    """The word (in small letters) that ends right before `start`, looked for within `reach` characters."""
    last = text[max(0, start - reach) : start].split()[-1:]
    return last[0].lower() if last else ""


_INNER_SIGN = LazyPattern(r"[#$%&*@]")


def hashtag_password(word: str) -> bool:
    """'#Zomer2024', '#Koffie-Tuinhek96', '#iDG#MJgFnDgrVk': a password that starts with '#' (capitals and
    digits or another sign in it), not a topic ('#storing', '#KPN', '#fail')."""
    return (
        word[:1] == "#"
        and len(word) >= 7
        and (_HAS_DIGIT.search(word) is not None or _INNER_SIGN.search(word, 1, len(word) - 1) is not None)
        and any(ch.isupper() for ch in word)
        and any(ch.islower() for ch in word)
        and _secret_like(word[1:])
    )


def _machine_hashtag(word: str) -> bool:
    """'#zMjrSKrNIVKkhe': capitals and small letters mixed at random after a '#', unlike a topic in camel
    case ('#BlackFridayDeals')."""
    return word[:1] == "#" and len(word) >= 10 and word[1:].isalpha() and _cases_drawn(word[1:])


def _cases_drawn(letters: str) -> bool:
    """Capitals and small letters mixed at random: three times a small letter then a capital, and one pair
    of capitals side by side ('zMjrSKrNIVKkhe', 'sbqcwaLjXywZeoqmoGTFjPNAbHQY'); camel case has none."""
    pairs = list(pairwise(letters))
    turns = sum(a.islower() and b.isupper() for a, b in pairs)
    return turns >= 3 and any(a.isupper() and b.isupper() for a, b in pairs)


def _drawn_after_hash(word: str) -> bool:
    """'#LPALpfGrwvl': a '#' and a drawn word of capitals and small letters (not a topic's words)."""
    body = word[1:]
    return (
        word[:1] == "#"
        and len(body) >= 8
        and body.isalnum()
        and not body.isupper()
        and not body.islower()
        and _secret_like(body)
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


_LETTER_GROUPS = LazyPattern(r"[a-z]{3,6}(?:-[a-z]{3,6}){2,5}")


def _generated_groups(word: str) -> bool:
    """Groups of one size, one of them without a vowel: made by a generator, not words ('well-done-mate')."""
    groups = word.split("-")
    return len({len(group) for group in groups}) == 1 and any(
        not any(ch in "aeiouy" for ch in group) for group in groups
    )


# Three to six words of three letters or more joined by one sign: a passphrase; not a site ("kpn.com.nl"),
# nor a phrase joined up ("mail-naar-klant-over", "state-for-the-art"): a passphrase's words are drawn,
# none of them a word that joins others.
_JOINING_WORDS = frozenset(
    """
    naar over voor van met het een aan uit bij door tot zonder onder tegen and the for with from into onto
    over under without per pour avec sans dans les des une sur par vers chez
    """.split()
)
_PASSPHRASE = LazyPattern(r"[^\W\d_]{3,14}([-._])[^\W\d_]{3,14}(?:\1[^\W\d_]{3,14}){1,4}")


# The letter pairs of Dutch, English and French words, by their frequency in running text: a pair outside
# them is rare in a word and common in letters drawn at random (a third of a generated key's pairs).
_WORD_PAIRS = frozenset(
    """
    th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi
    ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc
    et ut ss so rs un lo wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv
    ia am fi ci vi pl ig tu ev ld ry mp fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do
    uc bu ei ov by rm ep tt oc fa ef cu rn sc gi da yo cr cl du ga qu ue ff ba ey ls va um pp ua up lu go ht
    ru ug ds lt pi rc rr eg au ck ew mu br bi pt ak pu ui rg ib tl ny ki rk ys ob mm fu ph og ms ye ud mb ip
    ub oi rl gu dr hr cc tw ft wn nu af hu nn eo vo rv nf xp gn sm fl iz ok gl aw ju oa eq sy sl ps jo lf nv
    je nk kn gs dy hy ze ks xt bs ik dd cy rp sk xi oe oy ws lv dl rf eu dg wr xa yi rb tm xc eh gy ja hn
    yp za gg ym sw lm ix xe oh lk lp ax ox uf dm iu sf bt ka yt ek ya gt rh yl hs ah yn rw hm lw hl ae zi az
    aa ij kl sn zw zo vr kr kw dw sj oj tj pj nj lj uw jk rj bb gd nz tz lg kt nb gk
    """.split()
)
_DRAWN_SHARE = 3  # one pair in three outside the words' pairs


def _drawn_letters(word: str) -> bool:
    if not word.isascii():
        return False  # ("téléphone", "içerebilir": a word with its language's letters, never drawn)
    pairs = [word[index : index + 2] for index in range(len(word) - 1)]
    rare = sum(pair not in _WORD_PAIRS for pair in pairs)
    return rare >= 3 and rare * _DRAWN_SHARE >= len(pairs)


def drawn_word(word: str) -> bool:
    """Small letters drawn, not written: "kwbxrtmnqp" is poor in vowels (words are ~40 % vowels);
    "gfqvsgaeje" makes letter pairs no Dutch, English or French word has."""
    return sum(ch in "aeiouy" for ch in word) * 5 < len(word) or _drawn_letters(word)


def _secret_like(word: str, wifi: bool = False) -> bool:
    """A word that looks chosen or generated rather than written: letters with digits, symbols, or
    capitals inside it. Plain words and numbers are not taken without an explicit ':' or 'is'."""
    if len(word) < 5 or _NUMBER_LIKE.fullmatch(word):
        return wifi and word.isdigit() and len(word) >= 8
    if "-" in word and word.islower() and _LETTER_GROUPS.fullmatch(word) and _generated_groups(word):
        return True  # "qwnv-bsjt-tsvb": letters in groups of one size, as a key generator writes them
    passphrase = _PASSPHRASE.fullmatch(word)
    if passphrase is not None:
        parts = word.lower().split(passphrase.group(1))
        if parts[-1] not in _SITE_TLDS and not any(part in _JOINING_WORDS for part in parts):
            return True  # "poes-vlinder-fiets", "meadow-maple-buster-buster": words joined into a passphrase
    if len(word) >= 8 and word.isalpha() and word.islower():
        return drawn_word(word)
    if (word[0] == "@" and word[1:].replace("_", "").isalnum()) or (
        word.rstrip("!?.").isalpha() and not any(ch.isupper() for ch in word[1:])
    ):
        return False  # a handle; a word with sentence punctuation ("bedankt!")
    if word[1:2] in ("'", "’") and word[:1] in "lLdD" and word[2:].isalpha():
        return False  # a French noun after its elided article: "mon mot de passe et l'IBAN de versement"
    digit = _HAS_DIGIT.search(word) is not None
    letter = _LETTER.search(word) is not None
    if digit and letter:
        return True
    if letter and _SYMBOLS.search(word):
        return True
    inner_upper = sum(ch.isupper() for ch in word[1:])
    return inner_upper >= 2 and letter and not _CAMEL_WORDS.fullmatch(word) and (wifi or not word.isupper())


_GLUED_ONTO_CUE = frozenset("!@#$%&*+")


def _starts_cue(text: str, start: int) -> bool:
    """Whether a cue word begins here ('username rkhan76, password …': 'password' is no password)."""
    found = find_cues(text[start : start + 24].lower())
    if not found or found[0][1] != 0:
        return False
    after = start + found[0][2]
    # "Password1!", "Wachtwoord123", "Password!23": a cue word with digits or signs typed onto it is a
    # password chosen from it, not the cue (the separators after a cue, ':', '=', '-', are no such sign)
    if after >= len(text):
        return True
    if text[after].isdigit():
        return False
    return not (text[after] in _GLUED_ONTO_CUE and after + 1 < len(text) and text[after + 1].isalnum())


# The word after a username cue that is the sentence going on, not the name: a pronoun ("the username you
# gave us"), a French verb asking with its pronoun glued on ("quel login essayez-vous", "utilises-tu").
_USER_PRONOUNS = frozenset("you je jij u ge gij vous tu we wij they ze zij il elle on nous ils elles".split())
_ASKING_VERB = re.compile(r"[a-zà-ÿ]{2,20}-(?:t-)?(?:vous|tu|je|il|elle|on|nous|ils|elles)")
# A past or plain copula between the cue and the name: "son identifiant était X", "login was X".
_USER_COPULAS = frozenset(
    {"était", "etait", "was", "is", "est", "c'est", "c'était", "luidt", "wordt", "blijft", "ist", "lautet"}
)
# (a tag after it: "RavenZeno#6805"; a Windows domain before it: "KAPSAL\ingrid", "EVANSP\oliver")
_USERNAME_SHAPE = LazyPattern(
    r"(?:[A-Za-z0-9][A-Za-z0-9._\-]{0,15}\\)?[A-Za-z0-9][A-Za-z0-9._\-]{2,40}(?:#[0-9]{4})?"
)
# A login name with a name's accents, a digit, a dot or an underscore in it too ("inès_9630", "céline_8899").
_ACCENTED_USERNAME = LazyPattern(r"[A-Za-z0-9À-ÖØ-öø-ÿ][A-Za-z0-9À-ÖØ-öø-ÿ._\-]{2,40}")


_UUID_START = LazyPattern(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-")
_IBAN_SHAPE = re.compile(r"[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{10,30}")


def _user_like(word: str) -> bool:
    """A username that a person chose from their name: 'JeroenVanDam', 'ann-mertens', 'AnneliesMartens'."""
    return _strong_username(word) or _name_shaped(word)


# A portal named as the customer's own ("MijnOverheid", "MyMinfin", "MonCompte"): a service, no login.
_OWN_PORTAL = re.compile(r"(?:Mijn|My|Mon|Ma)[A-Z][a-z]+")


def _name_shaped(word: str) -> bool:
    """A name written as one word, camel-cased or hyphenated ('JeroenVanDam', 'ann-mertens')."""
    # The shape tests last: a plain word of running prose fails the two cheap ones before them.
    inner = word[1:-1]
    camel = (
        word[:1].isupper()
        and any(ch.isupper() for ch in inner)
        and word.isalpha()
        and _OWN_PORTAL.fullmatch(word) is None
    )
    hyphenated = word.islower() and "-" in inner and word.lower() not in _NOT_A_SECRET
    return (
        (camel or hyphenated)
        and _USERNAME_SHAPE.fullmatch(word) is not None
        and any(ch.islower() for ch in word)
    )


def _strong_username(word: str) -> bool:
    """A word that can only be a username: letters with digits, a dot, an underscore or a backslash inside."""
    return (
        # (first: most words fail it; a Windows domain's backslash too: "EVANSP\tom")
        (_HAS_DIGIT.search(word) is not None or "." in word[1:-1] or "_" in word or "\\" in word)
        and (
            _USERNAME_SHAPE.fullmatch(word) is not None
            or (not word.isascii() and _ACCENTED_USERNAME.fullmatch(word) is not None)
        )
        and any(ch.islower() for ch in word)
        and not _NUMBER_LIKE.fullmatch(word)
        and not _UUID_START.match(word)
        and not _not_secret_shape(word)
        and _EMAIL_SHAPE.fullmatch(word) is None
    )


# A code typed without a space before the next word: "code:514918ok", "G-254669thx".
_GLUED_AFTER_CODE = re.compile(
    # (a full stop between too: "CODE=503636.HELP")
    r"(?:[A-Z]-?)?[0-9]{4,8}(\.?(?:ok|oké|oke|okay|thx|thanks|pls|plz|merci|svp|stp|dank|bedankt|aub|help))",
    re.IGNORECASE,
)


def _emoji(ch: str) -> bool:
    """A pictograph, an arrow, a dingbat or an emoji's joiner: never the end of a value. (Not the dots and
    stars of a masked value: "●●●●" is what the screen shows, and is read as such.)"""
    return ch >= "\u2190" and (
        ch >= "\U0001f000"
        or "\u2190" <= ch <= "\u21ff"
        or "\u2600" <= ch <= "\u27bf"
        or "\u2b00" <= ch <= "\u2bff"
        or ch == "\ufe0f"
    )


def dot_of_the_value(text: str, start: int, end: int) -> bool:
    """Whether the dot at text[end - 1] belongs to the letters and digits before it: a comma, a closing
    bracket or a second dot (not an ellipsis) follows it, so no sentence ended there ("your temporary
    password is Tulp1990., please change it", "(olivier@mokka.be / Haven39.)", "is Falcon38.. Account")."""
    after = text[end : end + 1]
    return (
        end - start > 2
        and (after in (",", ")") or (after == "." and text[end + 1 : end + 2] != "."))
        and text[end - 2] != "."
        and _HAS_DIGIT.search(text, start, end - 1) is not None
        and _LETTER.search(text, start, end - 1) is not None
    )


# A copula and its sign typed against the value: "is=Fiets92$", "staat=52500026", "shows:912741".
_GLUED_COPULA = LazyPattern(r"(?i:is|was|est|staat|says|zegt|shows|toont|affiche|indique)[=:]")
# A code typed on a keypad with its star and hash keys: "#9849#", "*7565*", "2972#".
_KEYPAD_DIGITS = re.compile(r"[*#]{0,2}([0-9]{3,8})[*#]{1,2}")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if end - start >= 2 and text[start] in "\"'“‘" and text[end - 1] in "\"'”’":
        return start + 1, end - 1
    while end > start and (text[end - 1] in _TRAILING or _emoji(text[end - 1])):
        if text[end - 1] == "." and dot_of_the_value(text, start, end):
            break
        end -= 1  # ("482913✅", "hondje12🙏": an emoji typed onto the value)
    if end - start >= 6 and text[end - 1].isalpha() and text[start].isalnum():
        glued = _GLUED_AFTER_CODE.fullmatch(text, start, end)
        if glued is not None:
            end = glued.start(1)
    while start < end and text[start] in "\"'“‘(<[:":  # (":598808": a colon typed against the value)
        start += 1
    if text[start : start + 1] == "=" and text[start + 1 : end].isdigit():
        start += 1  # "staat =52500026" (a password may start with '=': "nog altijd =7oPW&AET6")
    if (
        start < end
        and text[start].isalpha()
        and (text.find("=", start + 2, start + 9) != -1 or text.find(":", start + 2, start + 9) != -1)
    ):
        glued = _GLUED_COPULA.match(text, start, end)
        if glued is not None and glued.end() < end:
            start = glued.end()  # "de beheerpagina is=Fiets92$", "op het scherm staat=52500026": glued on
    if text[end - 1 : end] in ("*", "#"):
        keyed = _KEYPAD_DIGITS.fullmatch(text, start, end)
        if keyed is not None:
            return keyed.span(1)  # "#9849#", "6041*": the keys around a door's code (taken back later)
    return start, end
