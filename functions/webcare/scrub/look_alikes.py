"""The last word on what the detectors found, and how a shouted message is read.

Detectors read values by their cues and shapes; some of what they take only looks like a value beside
credential talk (a date, a count, a version, a seat or flight number, a reference by its label, a tracking
number, a mention, a number called, an IP address, a chat speaker's name, a word that asks to wait), and
some of it is part of a longer value another detector checked (a code inside a card, an IBAN, an address or
a phone number its cue names). `detectors` drops those last, whichever detector took them, and types the
codes a SIM's state names. A message typed in capitals is read in small letters.
"""

from __future__ import annotations

from itertools import pairwise

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import _NUMERIC_KINDS
from webcare.scrub.secret_shapes import _emoji
from webcare.scrub.textutil import (
    BANK_NUMBER_NAMED,
    CALL_VERBS,
    CODE_FOR_PLACE_BEFORE,
    KEY_WORDS,
    NOT_A_CALL_NOUN,
    PARCEL_S10,
    PUK_WORDS,
    WAITING_WORDS,
    Span,
    contains_any,
    free_of,
    named_login_again,
    scrubbed_spans,
)
from webcare.scrub.told_values import PHONE_ASKS

__all__ = ["drop_look_alikes", "drop_parts_of_wholes", "shouted", "type_sim_codes", "unshouted"]


# A message typed in capitals ("MIJN GEBRUIKERSNAAM IS JDEVRIES84 EN WACHTWOORD …"): case says nothing of
# what a word is there, and the shapes the detectors read (a username has small letters, a code is
# capitals and digits) would be wrong. It is read in small letters, our placeholders kept as they are.
_SHOUT_LETTERS = 12
_SHOUT_HEAD = 80


def shouted(text: str) -> bool:
    head = text[:_SHOUT_HEAD]
    if sum(map(str.islower, head)) * 3 > sum(map(str.isupper, head)):
        return False  # (most messages: small letters from the start)
    upper = sum(map(str.isupper, text))
    return upper >= _SHOUT_LETTERS and sum(map(str.islower, text)) * 9 < upper


def unshouted(text: str) -> str:
    """The text in small letters, but for what a first scrub replaced and for words with a digit in them:
    a code drawn in capitals is written so in any message ("LE CODE DE VÉRIFICATION 7ETU52 …")."""
    low = text.lower()
    if len(low) != len(text):
        return text
    drawn = (word.span() for word in _LONG_WORD.finditer(text) if _drawn(word[0]))
    kept = sorted([*scrubbed_spans(text), *drawn])
    if not kept:
        return low
    pieces, cursor = [], 0
    for start, end in kept:
        if start < cursor:
            start = cursor
        pieces += [low[cursor:start], text[start:end]]
        cursor = max(cursor, end)
    return "".join(pieces) + low[cursor:]


# Letters and digits drawn together, five or more (not a postcode's halves: "NE18 6HR").
_LONG_WORD = LazyPattern(r"[\w-]{5,}")


def _drawn(word: str) -> bool:
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)


# A card or IBAN checks its own digits; a code a cue reads in one of its groups is part of it, no code.
# So are the digits of an address (street, number, postcode and city read together) and of a phone number
# its own cue names ("simkaart geblokkeerd⏎⏎mijn gsm: 0499188202", "I live at 2995 Lakeview Dr, …").
_CODE_TYPES = frozenset({"pin", "puk", "otp", "cvv", "password", "username"})
_PHONE_NAMED = LazyPattern(
    r"(?:(?:gsm|tel|phone|mobile|mobiel|portable)[ \t.]*+:|"
    r"(?:gsm|telefoon|phone|mobile)[ \t]++(?:nummer|number|nr))[ \t.:]*+$"
)


def drop_parts_of_wholes(text: str, low: str, out: list[Span]) -> None:
    wholes = [
        s
        for s in out
        if s.type in ("card", "iban", "address")
        or (s.type == "phone" and _PHONE_NAMED.search(low, max(0, s.start - 16), s.start))
    ]
    if not wholes:
        return
    out[:] = [
        s
        for s in out
        if s.type not in _CODE_TYPES
        or not any(
            (w.start <= s.start and s.end <= w.end and s.type in _DIGIT_KINDS)
            or (w.type in ("card", "iban") and s.start < w.end and w.start < s.end)  # "cardno6761  1780 …"
            for w in wholes
        )
    ]


# What sits next to credential talk and only looks like a value, whichever detector took it: a date
# ("vlucht KL1235 op 28-12, pincode …"), a count or a quantity ("tried 102 times", "200mbps"), a time
# ("à 11.37pm"), a version ("(v4.9.0 or newer)"), a seat, gate, flight or build number ("(row 114)",
# "build 2024.16"), a mention, a service number ("gebeld naar 0900 7691").
_DIGIT_KINDS = frozenset({"pin", "puk", "otp", "cvv"})
_WPA_MIN = 8
# An agent's sign, a caret before a name or initials ("^Chloé", "^JS").
_AGENT_SIGN = LazyPattern(r"\^[A-ZÀ-Ý][a-zà-ÿ]{0,14}+|\^[A-Z]{2,3}")
# The number of a listing on a marketplace, right after its noun ("Advertentie 648311", "Listing 4123683").
_AD_NOUN_BEFORE = LazyPattern(
    r"(?<![a-z])(?:advertentie|annonce|listing|zoekertje|ad|advert|inzerat)(?:nummer|nr|no|n°|#)?[ \t:#.]*+$"
)
_LOOK_ALIKE_KINDS = frozenset({"pin", "puk", "otp", "cvv", "wifi_key", "username", "password"})
_DATE_VALUE = LazyPattern(r"(?:0?[1-9]|[12][0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:19|20)?[0-9]{2})?")
_ISO_STAMP = LazyPattern(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9](?:[t ][0-9:.]{5,12}z?)?")  # in a log line
_QUANTITY_VALUE = LazyPattern(
    r"(?:[^ \t\n]++[ \t]++){0,3}[0-9]++(?:[.,][0-9]++)?[ \t]?(?:mbps|gbps|kbps|mbit|gbit|gb|mb|kb|tb|"
    r"kwh|ghz|mhz|go|mo|euro|eur|€|%)"
)
# A count or an amount of something: "tried 102 times", "nog 7484 texts over", "il me reste 4444 tickets".
_COUNT_AFTER = LazyPattern(
    r"[ \t]?(?:times|keer|fois|maal|x|tickets?|texts?|sms(?:'?jes)?|nights?|nachten|nachtjes|pax|personen|"
    r"persons?|people|bagages?|bags?|koffers?|kilos?|kg|km|m2|m²|m3|m³|stuks|pieces?|items?|artikelen|"
    r"pakketten|parcels?|punten|points?|credits?|minuten|minutes?|min|uur|hours?|dagen|days?|weken|weeks?|"
    r"maanden|months?|jaar|years?|liters?|litres?|euros?|eur|dollars?|pounds?|gb|mb|kwh|mbit|mbps|gbps|"
    r"gesprekken|belminuten|seats?|plaatsen|zitplaatsen|rijen|rows?|miles|kilomet(?:er|re)s?)(?![a-z])"
)
_TIME_VALUE = LazyPattern(r"(?:[01]?[0-9]|2[0-3])[.:h][0-5][0-9][ \t]?(?:am|pm|h|u|uur)?")
_VERSION_VALUE = LazyPattern(r"v[0-9]++(?:\.[0-9]++)++|[0-9]++(?:\.[0-9]++){2,3}")
_NUMBERED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:row|rij|rang|seat|stoel|zitplaats|place|gate|vlucht|flight|vol|build|versie|version|"
    # a flight by the words of flying or boarding it: "Wij vliegen met HV6763", "Our flight is KL1234", "I
    # board TB1234 at 6"
    r"vliegen[ \t]++met|vlieg[ \t]++met|fly(?:ing)?[ \t]++(?:with|on)|flew[ \t]++(?:with|on)|"
    r"(?:flight|vlucht)[ \t]++(?:is|was)|vol[ \t]++est|board|boarding|boarden|embarque|"
    r"release|firmware|kamer|room|chambre|perron|platform|quai|spoor|track|niveau|level|lvl|port|poort|"
    # a reference or a reading named by its label: "commande n° 58734343", "stand 43462", "facture 62796932"
    r"index|stand|meterstand|commande n°|commande|facture|factuur|invoice|order|bestelling|case|ticket|zaak|"
    r"boete|amende|"
    # a booking by its label: "Voici mon numéro de réservation 88412"
    r"r[ée]servation|reservering|reservatie|boeking|booking|"
    # an article's number: "art. 3404852", "artikelnummer 581021", "SKU 581021"
    r"art|article|artikel|artikelnummer|sku|"
    r"dossier|error|erreur|fout|foutcode|melding|foutmelding|"
    # a code named as no secret: "error code 169784", "kortingscode ZOMER2025", "kvk-nummer: 94300517"
    r"error[ \t]?code|code[ \t]d'erreur|code[ \t]erreur|kortingscode|vouchercode|promo[ \t]?code|"
    r"actiecode|coupon[ \t]?code|kvk(?:[ \t-]?nummer)?|btw(?:[ \t-]?nummer)?|"
    # a care provider's public register number: "AGB-code 01012345", "code INAMI 1-23456-78-901"
    r"agb(?:[ \t-]?code)?|(?:riziv|inami)(?:[ \t-]?(?:code|nummer|nr|number))?"
    r"|(?:code|n°|numéro)[ \t]++(?:inami|riziv))"
    r"[ \t]*+[:#.]?[ \t]*+$"
)
# A code named by the lock it opens, right before it: "code for the gate:", "(toegangs)code van de poort is"
# ("Code poort 0863": the lock right after the code's word, as a list names it)
_LOCK_CODE_BEFORE = LazyPattern(
    r"(?<![a-z])[a-z]{0,12}code[ \t]++(?:(?:for|of|to|van|voor|du|de)[ \t]++"
    r"(?:the|de|het|la|le|l'|my|mijn|our|onze)?[ \t]*+[a-zà-ÿ]++|poort|deur|voordeur|porte|portail|gate|hek)"
    r"[ \t]*+[:#.]?[ \t]*+(?:(?:is|est)[ \t]++)?$"
)
# The code in brackets after the error: "an error (code 67393)", "een foutmelding (code 30300)"
_ERROR_BRACKET_BEFORE = LazyPattern(
    r"(?:error|erreur|fout|melding|fehler)[ \t]*+(?:\([ \t]*+(?:(?:code|nr|no|n°)[ \t]*+)?|code[ \t]*+)"
    r"[:#.]?[ \t]*+$"
)  # (and "erreur code 67848")
# A game console's error by its format: "CE-34878-0", "NW-31194-8", "WS-37505-0" (two letters, five or six
# digits, a check digit): what a screen shows, whatever cue stands before it.
_CONSOLE_ERROR = LazyPattern(r"(?:ce|nw|ws|su|np|wv|wc|e)-[0-9]{5,6}-[0-9]")
# An error's or a ticket's code with its letters and a hyphen, three to five digits ("code E-9236", "Message
# 'E-5907'", "logged as T-58097"; a code sent with its letter has six: "G-870721", "K-107075"), or digits
# glued to such a prefix ("Onze koppeling geeft OTP-5025").
_PREFIXED_SHORT_CODE = LazyPattern(r"(?!g-)[a-z]{1,3}-[0-9]{3,5}")  # (Google sends "G-39859" too)
_GLUED_PREFIX = LazyPattern(r"(?<![a-z0-9])[a-z]{1,4}-$")
_SENT_REACH = 60
_IP_VALUE = LazyPattern(r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:/[0-9]{1,3})?")
# Verbs of calling only: secret_shapes.calls_before also takes "phone", "tel", nouns naming whose PUK it is.
_CALLED_BEFORE = LazyPattern(
    r"(?<![a-z])" + NOT_A_CALL_NOUN + r"(?:" + CALL_VERBS + r")"
    r"(?:[ \t]++(?:naar|to|au|le|op|on|at|ons|us|nous))*+[ \t]*+$"
)
# A parcel's tracking number by its carrier's format: PostNL "3SABCD1234567", UPS "1Z…", DHL "JVGL…"/"JJD…".
_TRACKING = r"3s[a-z]{3,4}[0-9]{6,12}|1z[0-9a-z]{14,16}|jvgl[0-9]{8,20}|jjd[0-9]{10,20}"
_TRACKING_VALUE = LazyPattern(_TRACKING)
# Nor is it anyone's number, whatever noun came before it (the UPU's S10 too): "Pakketje met nieuwe laadpas
# (JVGL340956177602) nooit ontvangen", "(CD891726078BE)".
_PARCEL_VALUE = LazyPattern(_TRACKING + r"|" + PARCEL_S10)
_PARCEL_MIN = 11  # (the shortest of them: PostNL's "3SABC123456")
# ... nor a key's, whatever key the parcel holds ("Key courier tracking JVGL1459746624971992", "Pakje met
# sleutel: 1ZR61FGE5426412516").
_PARCEL_KINDS = frozenset({"customer_number", "api_key"})
_REFERENCE_NOUNS = frozenset(
    "case ticket order zaak dossier bestelling factuur invoice facture commande error erreur fout foutcode "
    "melding vlucht flight vol trein train referentie reference référence ref".split()
)
# Words a login's cue is followed by that are the sentence's own: small words, verbs of managing accounts.
# (A device's default login, "admin", stays one: the corpora label it.)
_NOT_A_LOGIN = frozenset(
    "so to and or is it the for of with from vanaf van met voor que pour avec depuis toevoegen aanmaken "
    "verwijderen wijzigen aanpassen resetten blokkeren deblokkeren activeren".split()
)
# An article before a plain word and "of" after it: a description of the secret, not the secret.
_ARTICLE_BEFORE = LazyPattern(r"(?<![a-z])(?:de|het|the|le|la|een|a|an)[ \t]++$")
_OF_AFTER = LazyPattern(r"[ \t]++(?:van|of|de|du|des)[ \t]++")
# A French question's verb and its subject ("utilisez-vous", "essayez-vous", "as-tu").
_ASKING_VERB = LazyPattern(r"[a-zà-ü]{2,14}-(?:t-)?(?:vous|tu|il|elle|on|nous|je)")
# An identifier by its label: "req id 8f3a2c1d", "correlation-id: 01HZX3K9…", "traceId=7f3e9a21", "id de la
# demande : A1B2C3D4E5" (not a session id: that one logs in).
_ID_LABEL_BEFORE = LazyPattern(
    r"(?<![a-z])(?:(?:request|req|incident|support|error|event|trace|correlation|transactie|transaction|"
    r"referentie|reference|aanvraag|log|ticket|case|melding)[ \t_-]?id|foutreferentie|request[ \t]?#|"
    r"id[ \t]de[ \t]la[ \t]demande|id[ \t]de[ \t](?:la[ \t])?requête"
    # a request, a ticket or a case named bare right before its number ("Request 46264662 is closed")
    r"|request|ticket|case|incident|aanvraag|verzoek|demande|melding(?:nummer)?)"
    r"[ \t]*+[:#=.]?[ \t]*+(?:is[ \t]++)?$"
)
# A meter's reading told by what the meter shows: "de meter staat op 04521", "the meter says 12345",
# "relevé du compteur : 045821", "dagstand 12 345" (the labels "stand" and "index" are in _NUMBERED_BEFORE).
_READING_BEFORE = LazyPattern(
    r"(?<![a-z])(?:(?:meter|teller|compteur|counter)[ \t]++(?:staat|stond|says|said|shows|showed|reads|"
    r"affiche|indique|geeft|gaf)(?:[ \t]++(?:op|aan|nu|now))?|"
    r"relev[ée](?:[ \t]++(?:du|de[ \t]la)[ \t]++compteur)?|"
    r"(?:dag|nacht|teller|piek|dal)stand|verbruik|consumption|consommation|(?:meter[ \t]?)?reading"
    # ("Meter reading at check-out was 443456")
    r"(?:[ \t]++(?:at|on|bij|à|au)[ \t]++[a-z-]{2,12}+)?(?:[ \t]++(?:was|is))?)"
    r"[ \t]*+[:=]?[ \t]*+$"
)
_SPEAKER_BEFORE = LazyPattern(r"(?:^|\n|\][ \t]?|[0-9]{1,2}[:.][0-9]{2}[ \t]?-?[ \t]?)$")
# A network's name by what names it: "SSID: Ziggo123", "netwerknaam Telvia_3NHR4", "het netwerk heet X";
# after the bare word for the network only when the words after it say it is seen ("The network
# proximus-home-77 shows up but the key …").
_NETWORK_NAMED_BEFORE = LazyPattern(
    r"(?<![a-z-])(?:(?:ssid|netwerknaam|network name|nom du réseau|wifi-naam|wifinaam|wifi name|wifi naam|"
    r"wifi-name|nom du wifi|nom wifi|naam van de wifi|naam wifi|naam van het netwerk)[ \t]*+"
    r"(?:[:=][ \t]*+)?|(?:network|netwerk|réseau|reseau)[ \t]++(?:is[ \t]++)?"
    r"(?:called|named|heet|genaamd|nommé|appelé|s'appelle)[ \t]++|"
    r"(?<![^\n])[ \t]*+(?:network|netwerk|réseau|reseau)[ \t]*+:[ \t]*+|"
    # or in brackets right after its key: "c'est PZY9-QUII-1ION-METF (réseau BT-Hub6-X9K2)", "Clé wifi :
    # koffie_maison276 (pour VodafoneBox-8812)"
    r"(?<=[^\s()]{6}[ \t]\()(?:network|netwerk|réseau|reseau|pour|for|voor)[ \t]++)['\"“‘«]?$"
)  # (also a list's label: "Netwerk: Belmobiel-65FB⏎Wachtwoord: …")
_NETWORK_BEFORE = LazyPattern(
    r"(?<![a-z-])(?:network|netwerk|réseau|reseau|wifi|wi-fi|wlan)(?:[ \t]++(?:is|est))?[ \t]*+[:=]?[ \t]*+"
    r"['\"“‘«(]?$"
)
# ... or when its key follows it: "The wifi network Shop5 uses the key …", "wifi Smith-5G (zp96fervgmz3)".
_SEEN_AFTER = LazyPattern(
    r"[ \t'\"”’»]*+(?:shows|showed|appears|appeared|is visible|verschijnt|staat erbij|is zichtbaar|apparaît|"
    r"s'affiche|is there|wordt gevonden|is found|is detected|zie ik|i can see|i see|"
    r"uses the key|uses key|has the key|gebruikt (?:de )?sleutel|heeft (?:als )?sleutel|met (?:de )?sleutel|"
    r"utilise la clé|avec la clé|\((?=[^()\s]{6,40}\))|"
    # its key named right after it, typed in haste too: "library wifi (Zigo4821) password …", "wifi
    # BTHub6-7QXC met sleuttel …", "Network Ziggo5G-7A21, passwword …"
    r"\)?[,/]?[ \t]*+(?:(?:met|with|avec)[ \t]++(?:de[ \t]++|la[ \t]++)?)?"
    # (the key's standard before its word: "Network is H369A9F21C, WPA2 key …")
    r"(?:(?:wpa[23]?|wep)[ \t-]*+)?"
    r"(?:key|sl[eu][a-z]{3,5}|clé|cle|passw[a-z]{0,5}|wachtwoord|paswoord|mot de passe|mdp|pw|ww)"
    r"[ \t]*+:?[ \t]*+(?=[^\s]))"
)
# ... unless the network's word ends the name of its key: "clé de sécurité réseau X", "sleutel van het
# netwerk: X", "password for the network: X".
_NETWORKS_KEY_BEFORE = LazyPattern(
    r"(?<![a-z])(?:key|sleutel|clé|cle|password|wachtwoord|paswoord|mot de passe|mdp|code|security|sécurité|"
    r"securite|beveiliging|ww|pw)(?![a-z])"
)
_NETWORKS_KEY_REACH = 28


def _network_name(low: str, start: int, end: int) -> bool:
    named = _NETWORK_NAMED_BEFORE.search(low, max(0, start - 28), start)
    if named is None:
        named = _NETWORK_BEFORE.search(low, max(0, start - 12), start)
        if named is None or _SEEN_AFTER.match(low, end) is None:
            return False
    since = max(0, named.start() - _NETWORKS_KEY_REACH)
    colon = low.rfind(":", since, named.start())  # ("la clé wifi : réseau X, clé Y": a list's label)
    return _NETWORKS_KEY_BEFORE.search(low, since if colon == -1 else colon + 1, named.start()) is None


# A device's model in brackets right after the device is named (a word may stand between).
# A home's appliance named with its model ("de binnenunit (ZAPPI-2H07UW) tikt", "Home charger (…)",
# "Laadpaal ZAPPI-2H22UW accepteert mijn pas niet").
_APPLIANCES = (
    r"binnenunit|buitenunit|warmtepomp|heat pump|pompe à chaleur|omvormer|inverter|charger|laadpaal|borne|"
    r"thermostaat|thermostat|keypad|bedieningspaneel|kaartlezer|card reader|console|"
    # the kitchen's and the laundry's ("The fridge (WAT28471NL, bought 2020) won't pair")
    r"fridge|freezer|koelkast|vriezer|diepvries|frigo|réfrigérateur|congélateur|dishwasher|vaatwasser|"
    r"vaatwasmachine|lave-vaisselle|washing machine|washer|dryer|wasmachine|droogkast|droger|lave-linge|"
    r"sèche-linge|oven|microwave|magnetron|micro-ondes"
)
_DEVICE_BEFORE_BRACKET = LazyPattern(
    r"(?<![a-z])(?:router|routeur|modem|box|hub|repeater|extender|toestel|device|appareil|" + _APPLIANCES
    + r")[a-z]{0,3}(?:[ \t]++[^\s(]{1,12}+)?[ \t]++\($"
)
_APPLIANCE_JUST_BEFORE = LazyPattern(r"(?<![a-z])(?:" + _APPLIANCES + r")[a-z]{0,3}[ \t]++$")
_MODEL_IN_BRACKETS = LazyPattern(r"(?=[^)]*[0-9])[A-Z]{2,}[A-Za-z0-9\-]{2,16}")
_SERVICE_NUMBER = LazyPattern(r"0(?:800|900|90[69]|8[47]0)(?:[ .\-][0-9]{3,4})?")
_SERVICE_PREFIX = 4
_SERVICE_WORD = LazyPattern(
    r"(?<![a-z])(?:bel|bellen|gebeld|call|called|calling|appel|appelé|numéro|nummer|number|lijn|line)"
)


def _look_alike(text: str, low: str, span: Span) -> bool:
    value = low[span.start : span.end]
    if text[span.start : span.start + 1] == "^" and _AGENT_SIGN.fullmatch(text, span.start, span.end):
        return True  # "Deel nooit je wachtwoord. ^Chloé": the agent's sign under a reply, no secret
    if value[:1].isdigit() and _AD_NOUN_BEFORE.search(low, max(0, span.start - 16), span.start) is not None:
        return True  # "PIN 1395. Annonce 096114 (2012)": the ad's number, no code
    if span.type in ("wifi_key", "username") and _network_name(low, span.start, span.end):
        # "The network proximus-home-77 shows up but the key …", "netwerk KPN-Boxx-91 / wachtwoord …": the
        # network's name, no key and no login
        return True
    if (
        span.type in ("wifi_key", "password")
        and _MODEL_IN_BRACKETS.fullmatch(text, span.start, span.end)
        and (
            # "Got a new router (WNR2000v5)", "Nieuwe modem gekregen (TG799vac)": its model in brackets
            (
                text[span.start - 1 : span.start] == "("
                and _DEVICE_BEFORE_BRACKET.search(low, max(0, span.start - 32), span.start)
            )
            # "Laadpaal ZAPPI-2H22UW accepteert mijn pas niet": an appliance's model right after its name
            or _APPLIANCE_JUST_BEFORE.search(low, max(0, span.start - 24), span.start)
        )
    ):
        return True
    if span.type == "wifi_key" and span.end - span.start < _WPA_MIN and value.isalpha():
        return True  # "the wifi is dead": a WPA key has eight characters or more (a short one, digits too)
    if text[span.end : span.end + 2] == ": " and _SPEAKER_BEFORE.search(
        text, max(0, span.start - 24), span.start
    ):
        return True  # "[14:03] Etalage24: Utilisez le second": who speaks in a chat export
    if value.rstrip(".!…") in WAITING_WORDS or (span.type == "username" and value in _REFERENCE_NOUNS):
        return True  # "Klant: momentje": the answer comes in a later turn; "login: case CS-…": a label
    if span.type == "username" and (value in _NOT_A_LOGIN or _ASKING_VERB.fullmatch(value)):
        # "Quel identifiant utilisez-vous ?", "What's your username so I can …", "4 extra gebruikers
        # toevoegen"
        return True
    if (
        value.isalpha()
        and _ARTICLE_BEFORE.search(low, max(0, span.start - 5), span.start)
        and _OF_AFTER.match(low, span.end)
    ):
        return True  # "mijn wachtwoord is de naam van mijn hond plus …": what it is made of, told
    if span.type == "username" and value.startswith("#"):
        return True  # "eevry lgoin #notimpressed": a topic after a cue, no login name
    if (
        span.type not in ("password", "username")
        and value.startswith("@")
        and value[1:].replace("_", "").isalnum()
    ):
        return True
    if span.type == "otp" and CODE_FOR_PLACE_BEFORE.search(low, max(0, span.start - 48), span.start):
        return False  # "code voor mijn dossier: 243913": the code the file is opened with, no file's number
    if _ID_LABEL_BEFORE.search(low, max(0, span.start - 28), span.start):
        return True  # "password reset failed. request id 8f3a2c1d9e7b4a60": the request's, no secret
    if _ERROR_BRACKET_BEFORE.search(low, max(0, span.start - 20), span.start):
        return True  # "keeps showing an error (code 13312)": the error's
    if _CONSOLE_ERROR.fullmatch(value):
        return True  # "le wifi ne se connecte pas CE-981940-7": the console's error
    if span.type in _NUMERIC_KINDS and (
        (
            _PREFIXED_SHORT_CODE.fullmatch(value)
            and _SENT_OR_READ.search(low, max(0, span.start - _SENT_REACH), span.start) is None
        )
        or (value.isdigit() and _GLUED_PREFIX.search(low, max(0, span.start - 5), span.start))
    ):
        return True  # "ik krijg code E-9236" ("per sms de code T-5521" was sent), "renvoie OTP-6877"
    if _TRACKING_VALUE.fullmatch(value):
        return True  # "wifi wachtwoord klopt niet na 3SABC1954877050": a parcel, not a key
    if ":" in value and _IP_VALUE.fullmatch(value):
        return True  # "wifi wachtwoord X, mijn ip adres 2a02:a458::1": an address, the IP detector's
    if (
        _QUANTITY_VALUE.fullmatch(value)
        or _TIME_VALUE.fullmatch(value)
        or _VERSION_VALUE.fullmatch(value)
        or _ISO_STAMP.fullmatch(value)
    ):
        return not (span.type == "password" and ":" in low[max(0, span.start - 3) : span.start])
    if not any(ch.isdigit() for ch in value):
        return False
    if span.type == "pin" and _LOCK_CODE_BEFORE.search(low, max(0, span.start - 40), span.start):
        return False  # "code for the gate: 4471", "de code van de poort is 1984": the lock's, no gate number
    if any(ch.isalpha() for ch in value):  # "vol HV485", "gate B12", "case CS-5336390": a number by its label
        return (
            len(value) <= 12
            and value.replace("-", "").replace("_", "").isalnum()
            and _NUMBERED_BEFORE.search(low, max(0, span.start - 14), span.start) is not None
        )
    count = _COUNT_AFTER.match(low, span.end) if " " not in value else None  # ("3769 100 Mbit/s": a speed)
    if count is not None and not (
        count.group().strip() == "x" and all(ch in "x .!" or _emoji(ch) for ch in low[count.end() :])
    ):
        return True  # (not "3326 x": a kiss that ends the message)
    if span.type == "password":
        return False
    if _READING_BEFORE.search(low, max(0, span.start - 32), span.start):
        return True
    if (
        _DATE_VALUE.fullmatch(value)
        or (_SERVICE_NUMBER.fullmatch(value) and (len(value) > _SERVICE_PREFIX or _SERVICE_WORD.search(low)))
        or _CALLED_BEFORE.search(low, max(0, span.start - 20), span.start)
    ):
        # "gebeld naar 0900 7691", "gebeld naar 0900", "bel 078 15 15 15" (a prefix alone only where a
        # service line is spoken of: "my pin is 9006 not 0906" is a PIN)
        return True
    if (
        span.type == "pin"
        and len(value) >= _PIN_MIN
        and _GATE_BEFORE.search(low, max(0, span.start - 12), span.start) is not None
    ):
        return False  # "- gate: 8107", "- hek: 8397": a gate's code in a list (a gate's number is short)
    return bool(_NUMBERED_BEFORE.search(low, max(0, span.start - 14), span.start))


_PIN_MIN = 4
_GATE_BEFORE = LazyPattern(r"(?<![a-z])(?:gate|hek|portail)[ \t]*+:[ \t]*+[*#]{0,2}$")


def drop_look_alikes(text: str, low: str, out: list[Span]) -> None:
    if any(s.type in _LOOK_ALIKE_KINDS for s in out):
        out[:] = [s for s in out if s.type not in _LOOK_ALIKE_KINDS or not _look_alike(text, low, s)]
    bank = contains_any(low, _BANK_HINTS)
    if bank or "rsin" in low or any(s.type in _PARCEL_KINDS for s in out):
        out[:] = [s for s in out if not _no_ones_number(low, s, bank)]


# An organisation's RSIN is eleven-proof as a BSN is ("Stichting Hartfonds | RSIN 031460072"): a company's.
_RSIN_BEFORE = LazyPattern(r"(?<![a-z])rsin(?:[ \t]*+(?:nummer|nr\.?|number))?[ \t]*+[:#]?[ \t]*+$")
_RSIN_REACH = 16


# A bank's number by its name, alone or before the account's ("Bank routing/account: 011000138 / …").
_BANK_NUMBER_BEFORE = LazyPattern(BANK_NUMBER_NAMED + r"[ \t]*+(?:number|no|nr|#)?[ \t]*+:?[ \t]*+$")
_BANK_NUMBER_REACH = 32
_BANK_NUMBER_KINDS = frozenset({"phone", "bsn", "customer_number"})
_BANK_HINTS = ("rout", "sort", "aba")


def _no_ones_number(low: str, span: Span, bank: bool) -> bool:
    if (
        bank
        and span.type in _BANK_NUMBER_KINDS
        and _BANK_NUMBER_BEFORE.search(low, max(0, span.start - _BANK_NUMBER_REACH), span.start)
    ):
        return True
    if span.type in _PARCEL_KINDS:
        long_enough = span.end - span.start >= _PARCEL_MIN
        return long_enough and _PARCEL_VALUE.fullmatch(low, span.start, span.end) is not None
    before = max(0, span.start - _RSIN_REACH)
    return span.type == "bsn" and _RSIN_BEFORE.search(low, before, span.start) is not None


# A blocked SIM asks for its PUK, a SIM or phone that asks for a code wants its PIN, and so does a cash
# machine: a code found there is typed by its length ("de sim is geblokkeerd, code op het kaartje 74908833",
# "the sim asks for a code").
_SIM_BLOCKED = LazyPattern(
    # (as words: "Pukkelpop" names no PUK)
    r"(?<![a-z])(?:sim[a-z]{0,6}[ \t]++(?:(?:card|kaart|kaartje)[ \t]++)?(?:is[ \t]++)?"
    r"(?:geblokkeerd|blocked|locked|bloquée|bloquee|vergrendeld)"
    r"|" + PUK_WORDS + r"(?![a-z]))"
)
_SIM_REACH = 100
_PIN_LENGTH = 4
_CVV_WORDS = LazyPattern(r"cvv|cvc|cvc2|cid|security code|veiligheidscode|achterop|au dos|on the back|verso")
_SENT_OR_READ = LazyPattern(
    r"sms|text|usage unique|eenmalig|one[ -]time|respons|réponse|reponse|lezer|reader|lecteur|digipass|mail|"
    r"verificati|vérification|bevestig|confirm|2fa|otp|activatiecode|activation code|code d'activation|"
    r"activeringscode|"
    r"al gebruikt|already used|déjà utilisé|expired|verlopen|expiré"
)


# A code keyed into a cash machine or a card terminal is the card's PIN ("trois codes erronés au
# distributeur, il a tapé 9667", "wrong code at the ATM: 4471").
_CARD_MACHINE = LazyPattern(
    r"(?<![a-z])(?:atm|cash ?machine|cashpoint|distributeur|bancontact|(?:geld|pin|betaal)automaat|"
    r"betaalterminal|terminal de paiement|card terminal|card machine|geldautomat)"
)
# A parcel locker is no cash machine ("le colis est dans le distributeur de colis, le code de retrait …"): its
# code stays the one-time code the carrier sent.
_PARCEL_MACHINE = LazyPattern(r"(?<![a-z])(?:colis|parcel|pakket|pakje|paquet)")
# A machine by what it did to the card: "mijn kaart is ingeslikt", "the machine swallowed my card".
_SWALLOWED = LazyPattern(
    r"(?<![a-z])(?:ingeslikt|slikt|swallowed|swallowde|avalée|avalé|kept my card|ingehouden)"
)
# What a message holds before a code in it is typed so: a SIM, a PUK or a machine for cards.
CODE_HOSTS = ("sim", "puk", "atm", "cash", "distributeur", "automaat", "terminal", "bancontact",
              "card machine", "geldautomat", "slikt", "swallow", "avalé", "kept my card",
              "ingehouden")  # fmt: skip


def type_sim_codes(low: str, out: list[Span]) -> None:
    for index, span in enumerate(out):
        if span.type == "phone" and _puk_not_phone(low, span):
            out[index] = Span(span.start, span.end, "puk")  # "The PUK for the shop phone is 02145832"
            continue
        if span.type == "cvv":
            if _machine_pin(low, span):
                out[index] = Span(span.start, span.end, "pin")  # "kaart ingeslikt … de code 1836 was juist"
            continue
        if span.type != "otp":
            continue
        before = max(0, span.start - _SIM_REACH)
        if _SENT_OR_READ.search(low, before, span.end + 40):
            continue  # "code à usage unique", "als responscode": what was sent or read, named so
        digits = sum(ch.isdigit() for ch in low[span.start : span.end])
        if digits == 8 and _SIM_BLOCKED.search(low, before, span.start):
            out[index] = Span(span.start, span.end, "puk")
        elif (
            digits <= 6
            and low[span.start : span.end].isdigit()
            and (
                PHONE_ASKS.search(low, before, span.start)
                or (
                    _CARD_MACHINE.search(low, before, span.start)
                    and not _PARCEL_MACHINE.search(low, before, span.start)
                )
            )
        ):
            out[index] = Span(span.start, span.end, "pin")


# A PUK named in the clause before eight digits from a 0: no Dutch, Belgian or British number is so short
# (only a German or French plan reads one there), and a PUK has eight digits.
_PUK_BEFORE = LazyPattern(r"(?<![a-z])puk[0-9]?(?![a-z])[^.!?\n]{0,48}$")
_PUK_DIGITS = 8


def _puk_not_phone(low: str, span: Span) -> bool:
    value = low[span.start : span.end]
    digits = "".join(ch for ch in value if ch.isdigit())
    return (
        len(digits) == _PUK_DIGITS
        and value.startswith("0")
        and not value.startswith("00")
        and _PUK_BEFORE.search(low, max(0, span.start - 56), span.start) is not None
    )


def _machine_pin(low: str, span: Span) -> bool:
    """Four digits a machine took the card over are its PIN, unless the card's back is spoken of."""
    if span.end - span.start != _PIN_LENGTH or not low[span.start : span.end].isdigit():
        return False
    begin = max(0, span.start - _SIM_REACH)
    machine = _CARD_MACHINE.search(low, begin, span.start) or _SWALLOWED.search(low, begin, span.start)
    if machine is None:
        return False
    return _CVV_WORDS.search(low, max(0, span.start - 40), span.end + 20) is None


# A value said to hold a capital, or tried in small letters, is a password: "het is stijn_2009xx met
# hoofdletter aan het begin", "X fails, in lower case too", "avec une majuscule au début".
CAPITALS_TALK_HINTS = ("hoofdletter", "capital", "lower case", "lowercase", "upper case", "majuscule",
                       "minuscule", "kleine letter")  # fmt: skip
_CAPITALS_TALK_AFTER = LazyPattern(
    r"[ \t,]{0,3}(?:\(|-[ \t])?(?:met|with|avec|in|en)[ \t]++(?:een[ \t]++|a[ \t]++|une[ \t]++)?"
    r"(?:hoofdletters?|capitals?|capital letters?|upper[ \t-]?case|lower[ \t-]?case|majuscules?|minuscules?|"
    r"kleine letters?)(?![a-z])"
)
_RETYPED_BY_CAPITALS = frozenset({"pin", "otp", "puk", "username"})


def type_by_capitals_talk(low: str, out: list[Span]) -> None:
    for index, span in enumerate(out):
        if span.type in _RETYPED_BY_CAPITALS and _CAPITALS_TALK_AFTER.match(low, span.end) is not None:
            if any(ch.isalpha() for ch in low[span.start : span.end]) and not (
                span.type == "username" and named_login_again(low, span, out)
            ):
                out[index] = Span(span.start, span.end, "password")  # (not a login its cue named before)


# A long code an activation sends is the account's or the eSIM's token, not a one-time code typed from a
# text message ("code d'activation eSIM 2NH3Y-M64LQ-6YIH7-7W2XM", "Activatiecode: SKH8J2X9RV6VHVZO22969X…"):
# more than sixteen letters and digits, both of them. (Four groups of four split writers: left as found.)
ACTIVATION_HINTS = ("activ", "lpa:")
_ACTIVATION_BEFORE = LazyPattern(
    r"(?<![a-z])(?:activation|activatie|activering|acivatie|d'activation|lpa:)[^\n]{0,50}$"
)
_ACTIVATION_REACH = 64
_TOKEN_MIN = 17
_RETYPED_BY_LENGTH = frozenset({"otp", "api_key"})


# An activation's code in a UUID's shape, told right after its name ("Activatiecode: 1FDF6DBB-3D9D-…",
# "Activation code from the email is 3E3419A2-…"): the eSIM's or the account's token (a bare UUID is a
# request's id).
_ACTIVATION_UUID = LazyPattern(
    r"(?<![a-z])(?:activation|activatie|activering|d'activation)[ \t-]?code(?:[ \t]++[a-z' ]{1,24}?)?"
    r"(?:[ \t]*+:|[ \t]++(?:is|was|est|:))[ \t]*+"
    r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z-])"
)


def type_activation_codes(low: str, out: list[Span]) -> None:
    if "-" in low:
        for told in _ACTIVATION_UUID.finditer(low):
            if free_of(out, *told.span(1)):
                out.append(Span(told.start(1), told.end(1), "token"))
    for index, span in enumerate(out):
        if span.type not in _RETYPED_BY_LENGTH:
            continue
        value = low[span.start : span.end]
        if sum(ch.isalnum() for ch in value) < _TOKEN_MIN or value.isalpha() or value.isdigit():
            continue
        if not any(ch.isdigit() for ch in value) or not any(ch.isalpha() for ch in value):
            continue
        if _ACTIVATION_BEFORE.search(low, max(0, span.start - _ACTIVATION_REACH), span.start) is not None:
            out[index] = Span(span.start, span.end, "token")


# A code that fails to open something is a door's, a car's or a box's, kept to open it: a PIN, though it was
# sent ("De deelauto gaat niet open. Code die ik kreeg was 7000", "I've generated a new code: 1354. If it
# still won't open, call us"). Not a code its cue names as sent to collect a parcel or to log in
# ("Ophaalcode: 876609 … het kluisje gaat niet open", "my collection code 7428").
_WONT_OPEN = LazyPattern(
    r"(?<![a-z])(?:(?:won'?t|wouldn'?t|doesn'?t|didn'?t|not|never)[ \t]++(?:open|unlock)|"
    r"(?:gaat|ging|gaan|gingen)[ \t]++(?:nog[ \t]++)?niet[ \t]++(?:meer[ \t]++)?open|opent[ \t]++niet|"
    r"s'ouvre[ \t]++pas|s'ouvrait[ \t]++pas|ne[ \t]++s'ouvre)(?![a-z])"
)
_OPEN_REACH = 100
# The code word just before the value and the word before it: bare or after a small word, no kind named (a
# kind glued to it, "ophaalcode", is no match at all).
_CODE_BEFORE = LazyPattern(r"(?<![a-z])([a-z]*+)[ \t]?code(?![a-z])[^.!?\n0-9]{0,30}$")
_BARE_CODE = frozenset(
    {"", "new", "nieuwe", "the", "de", "a", "een", "le", "un", "nouveau", "same", "die", "deze", "this",
     "that", "mijn", "my", "mon", "je", "your", "uw", "votre"}
)  # fmt: skip
OPENING_HINTS = ("open", "ouvr")


def type_opening_codes(low: str, out: list[Span]) -> None:
    for index, span in enumerate(out):
        if span.type != "otp" or not low[span.start : span.end].rstrip("#").isdigit():
            continue
        code = _CODE_BEFORE.search(low, max(0, span.start - 48), span.start)
        if code is None or code.group(1) not in _BARE_CODE:
            continue
        if _WONT_OPEN.search(low, max(0, span.start - _OPEN_REACH), span.end + _OPEN_REACH):
            out[index] = Span(span.start, span.end, "pin")


# A network told with its key right after it: "Wifi : Ziggo5G-8821 / Kasteel_4482#", "het wifi-netwerk van
# de bib is Ziggo5G-8821, paswoord i0JE8…", "le réseau wifi … est Ziggo5G-8821, mot de passe …": the first is
# the network's name (no secret), the second its key. Only where a wifi word, not a key's word, led to it.
_NAME_THEN_KEY = LazyPattern(
    r"[ \t]*+(?:/|,[ \t]*+(?:" + KEY_WORDS + r")(?![a-z]))[ \t:]*+"
)
_WIFI_LED = LazyPattern(
    r"(?:wi-?fi|wiif|wifi-netwerk|netwerk|network|réseau(?: wifi)?|ssid)(?![a-z])"
    r"(?:[ \t]++(?:van|of|de|in|at|du|dans)[ \t]++[^\n:,.]{1,40}?)?"
    r"[ \t]*+(?::|is|was|est|=)[ \t]*+$"
)
_WIFI_LED_REACH = 64


def drop_network_names(low: str, out: list[Span]) -> None:
    keys = sorted((s for s in out if s.type == "wifi_key"), key=lambda s: s.start)
    for name, key in pairwise(keys):
        joint = _NAME_THEN_KEY.match(low, name.end)
        if joint is None or joint.end() != key.start:
            continue
        if _WIFI_LED.search(low, max(0, name.start - _WIFI_LED_REACH), name.start) is not None:
            out.remove(name)
