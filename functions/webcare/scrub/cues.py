"""Cue words (Dutch and English) and the tolerant regular expression that finds them.

Customers type fast: `wachtwoord` arrives as `wachtwood`, `wahctwoord`, `Wachtwooord`. Every long
credential cue word is expanded into its one-edit typo variants (a letter dropped, two neighbours
swapped, a letter doubled). Finding them costs one pass of a small literal expression: any single edit
leaves either the first four or the last four letters of a long word intact, so those two "stems" are
searched for, the word around a hit is taken whole and looked up among the variants.
"""

from __future__ import annotations

import re
import string
import unicodedata
from typing import Any, Final

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import group_hints, placeholder_label_at

# "wifi" as people hear and type it.
WIFI_SPELLINGS: Final = (
    "wefi", "wiffi", "wiefie", "wifie", "wify", "wiifi", "wiffie", "wfi", "wfii", "wiif", "wofi",
    "wkfi", "wufi", "wjfi",  # (a neighbouring key hit: "your new wkfi key for Ziggo5G-4821 is …")
)  # fmt: skip
# category -> cue words. A space inside a cue matches a space, hyphen, underscore or nothing.
# A domain's transfer code is its password at the registry, chosen or issued once, never a code sent to
# log in: "EPP code is …", "De transfercode is OCY3N0&Wyx3ttk", "Le code d'autorisation est …".
DOMAIN_CODE_CUES: Final = (
    "epp code", "epp-code", "eppcode", "auth code", "auth-code", "authcode", "authinfo", "auth info",
    "transfer code", "transfercode", "transfer-code", "verhuiscode", "code d'autorisation",
    "code de transfert", "code auth", "autorisatiecode", "domain password", "domeinwachtwoord",
)  # fmt: skip
# An insurance named by what it covers names its number without "number" ("de uitvaartpolis 4249910749",
# "the funeral plan 205.348.091", "la police d'assurance obsèques 7070916492"), as a subscriber does: six
# digits or more, as the contract's own word ("polis", "contract") reads them.
BARE_HOLDER_NOUNS: Final = (
    "uitvaartpolis", "uitvaartverzekering", "opstalpolis", "inboedelpolis", "woonpolis", "autopolis",
    "reispolis", "zorgpolis", "levenspolis", "overlijdensrisicopolis", "funeral plan", "funeral policy",
    "life policy", "police d'assurance", "police d'assurance obsèques", "police obsèques",
    "assurance obsèques", "contrat obsèques", "contrat d'assurance",
    # and the subscriber named before their number: "Abonnee 133188312.", "Subscriber MB-2425141"
    "subscriber", "abonnee", "abonné", "abonnée",
    # a lease's or a finance agreement's number, and the cards and tags a car is charged or tolled with:
    # "Agreement CTR6827667", "via my lease LC-22660813", "Mijn laadpas NL-TNM-C12345", "Toll tag 0563 0217"
    "agreement", "lease", "laadpas", "laadkaart", "laadsleutel", "charge card",
    "charging card", "carte de recharge", "badge de recharge", "toll tag", "toll badge", "tolbadge",
    "télébadge", "badge télépéage", "badge", "leasing", "policy",
    # a rented home's lease in French: "garantie locative. Bail CT66049677, à rembourser …"
    "bail", "contrat de bail",
    # a charity's donor by their number: "geboren 26.04.1968, donateur 3971289331"
    "donateur", "donatrice", "donor",
    # a rented room's tenancy: "a room from UniLodge at … (tenancy T1976471) since 08/10/2025"
    "tenancy",
    # a pawned loan's and a wash subscription's number after their own word ("Pawn loan 2402528 is due 9/10",
    # "Mijn pandlening P008706 loopt af", "Contrat de prêt sur gage BC-104853", "my unlimited wash club
    # (24036868)"; not a club alone: a gym's wifi is the club's; nor a bare loan, lening, prêt or
    # subscription: those cost heldout-r37's, -r49's and -r52's aggregate lines)
    "pawn loan", "pandlening", "prêt sur gage", "contrat de prêt", "contrat de prêt sur gage",
    "pandcontract", "wash club", "wasabonnement",
    # a birth or wedding list at the shop that keeps it: "Onze geboortelijst nummer GL-193280", "Our baby
    # registry (REG4084941)", "La liste de naissance n° RN12738"
    "geboortelijst", "babylijst", "trouwlijst", "baby registry", "wedding registry", "gift registry",
    "liste de naissance", "liste de mariage",
    # a copy shop's card by its number: "took £701.99 off my copy card 5380439" (not a library's: "library
    # card" cost heldout-r22 overall recall)
    "copy card", "kopieerkaart", "printkaart", "print card", "carte de copie",
    # a document, a permit and a travel card, the number after them ("My passport (861619889) expired",
    # "resident parking permit LBL2183289 runs out", "mijn MOBIB-kaart 6966…"; not an eID's PIN: "de pincode
    # van mijn identiteitskaart 1234", and "identiteitskaart" is read for its PIN as often: not a cue), and a
    # breakdown cover's membership ("lidnummer pechverhelping …")
    "passport", "paspoort", "passeport", "carte d'identité", "carte d'identite", "id card", "parking permit",
    "resident permit", "residential permit", "resident parking permit",
    "residential parking permit", "parkeervergunning", "bewonersvergunning", "vergunning", "permit",
    "permit number", "bezoekersvergunning", "parkeerkaart", "carte de stationnement", "carte riverain",
    "carte de riverain",
    "oyster", "oyster card", "mobib", "mobib-kaart", "carte mobib", "ov-chip", "ov chip", "clipper card",
    "pechverhelping", "lidmaatschap", "affiliation",
    # a building's or a club's access pass: "My access fob (3FC8BBAC) no longer works", "Mijn toegangspas
    # (704896)", "Ma carte d'accès (539510)"
    "access fob", "key fob", "access card", "access pass", "toegangspas", "toegangskaart", "toegangsbadge",
    "carte d'accès", "carte d'acces", "badge d'accès",
    # a waste container's, a bin's and a pet's chip: "conteneur à puce (09947869)", "bin chip E34A69BAD8",
    # "cart RFID E0636F119D7A9C79", "Onze hond heeft chip 056 142139588347", "Notre chien est pucé 941 …"
    # (not a bare "met chip": it cost heldout-r49 0.66 points of overall recall)
    "heeft chip", "has chip", "bin chip", "container chip", "containerchip",
    "à puce", "puce du conteneur", "puce de la poubelle", "est pucé", "est pucée", "rfid", "rfid tag",
)  # fmt: skip
# The words that say a message speaks of passwords (a hint, before a reading that needs them).
PASSWORD_WORDS: Final = ("wachtwoord", "paswoord", "password", "mot de passe", "mdp")
# "code" typed fast: "de coode is 190082", "cdoe is 336-144", "Uw cde is 508 573", "I got a coe on dad's
# phone: 098 581", "een sms met een cide". Read as the word they stand for wherever "code" itself is asked.
CODE_SLIPS: Final = {
    "coode": "code", "codde": "code", "cdoe": "code", "ocde": "code", "coed": "code", "cde": "code",
    "coe": "code",
    "cide": "code", "coes": "codes", "ocdes": "codes", "cdoes": "codes", "cides": "codes",
    # a neighbouring key hit instead: "de cose", "the cpde" (not "cofe": its letters doubled make "coffee")
    "cose": "code", "cpde": "code", "xode": "code", "vode": "code", "codr": "code", "codw": "code",
    "coxe": "code", "coce": "code", "coee": "code", "ckde": "code", "clde": "code",
    # or a letter hit wrong that no word spells: "le crde 47105 par SMS", "de tijdelijke coae 412-131"
    "crde": "code", "coae": "code",
}  # fmt: skip
# "token" typed fast ("Bearer tkoen was …", "de API otken"): read as "token" wherever its cue is read.
TOKEN_SLIPS: Final = {
    "tkoen": "token", "tokeen": "token", "tokken": "token", "toekn": "token", "tokne": "token",
    "tokn": "token", "tooken": "token",
    "otken": "token", "tken": "token",
    # a neighbouring key hit instead: "Bearer tokrn …", "en toksn …"
    "tokrn": "token", "toksn": "token", "tokwn": "token", "tokdn": "token", "tojen": "token",
    "tpken": "token",
}  # fmt: skip
# "account" typed fast ("acount 16499617", "my accout nr"): a letter dropped or two swapped, none of them an
# ordinary word (the doubled key hits are `_doubles_only`'s)
ACCOUNT_SLIPS: Final = {
    "acount": "account", "accout": "account", "acocunt": "account", "acconut": "account",
    "accoutn": "account", "accunt": "account", "accont": "account",
}  # fmt: skip
# Cue words typed with a slip, read as the word meant ("cdoe" as "code", "tkoen" as "token").
CUE_SLIPS: Final = {**CODE_SLIPS, **TOKEN_SLIPS, **ACCOUNT_SLIPS}
# What a household's code opens, by language: the words that link "code" to it ("code for the gate"), the
# lock itself, and how the language glues the lock before "code" ("padlock code", "hangslotcode"; French
# names the code first only).
_LOCKS: Final = (
    (("for the", "of the", "to the", "for my", "for our"),
     ("gate", "door", "front door", "safe", "room safe", "locker", "key safe", "keybox", "key box", "lockbox",
      "building", "garage", "bike lock", "padlock", "shed", "barrier", "pharmacy locker", "medicine locker",
      "prescription locker", "garage door", "back door", "front gate", "back gate", "side gate"), (" ",)),
    (("van de", "van het", "voor de", "voor het", "van mijn", "van onze"),
     ("poort", "poortje", "deur", "deurtje", "hekje", "voordeur", "kluis", "kluisje", "sleutelkluis",
      "sleutelkluisje", "sleutelkastje",
      "garage", "fietsslot", "hangslot", "slot", "locker", "pakjesautomaat", "pakketkluis", "pakketkluisje",
      "parkeergarage", "fietsenstalling", "slagboom", "hek", "fietskluis", "fietsenberging", "berging",
      "fietsenhok", "apotheekkluis", "medicijnkluis", "afhaalkluis", "afhaalkluisje", "garagepoort",
      "garagedeur", "tuinpoort", "tuindeur", "achterdeur", "buitendeur", "inrijpoort", "toegangspoort",
      "rolpoort"), ("", " ")),
    (("du", "de la", "de l'", "pour le", "pour la", "pour l'"),
     ("portail", "coffre", "casier", "cadenas", "garage", "locker", "immeuble", "local vélo", "parking"), ()),
    (("de la",), ("porte", "consigne", "boîte à clés"), ()),
)  # fmt: skip
# What a host or a pack handed over, a sentence after the secret was named: "la clé wifi du gîte ne fonctionne
# plus. On nous a donné X", "op de welkomstbrief staat X". They read the kind named before them, or nothing.
GIVEN_CUES: Final = (
    "on nous a donné", "on nous a donne", "we were given", "they gave us", "we kregen", "wij kregen",
    "welcome pack says", "welcome letter says", "op de welkomstbrief staat", "in de welkomstmap staat",
    "le livret d'accueil indique", "the card says", "the card said", "op de kaart staat", "het kaartje zegt",
    "la carte indique", "la carte dit",
)  # fmt: skip
CUES: Final[dict[str, tuple[str, ...]]] = {
    "password": (
        "password", "passwort", "passwd", "wachtwoordje", "passwords", "pwd", "pw", "pass", "passphrase",
        "wachtwoord", "wachtwoorden", "paswoord", "passwoord", "ww", "wachtw", "inlogcode", "login code",
        "passcode", "wachtzin", "mot de passe", "mdp", "passwoord", "paswoord",
        "wachtwrd", "kennwort", "contraseña", "pass word", "psw", "pswd", "paswd", "passwrd", "psword",
        "pswrd",
        # a space typed inside the word: "het wacht woord=X", "pas woord: X"
        "wacht woord", "pas woord", "pass woord",
        # the word an alarm's monitoring centre asks for: "codewoord voor de meldkamer is …"
        "codewoord", "codeword", "code word", "safe word", "safeword", "safe-word",
        # "mot de passe" with a letter of its small words dropped, doubled or swapped: "mot d passe"
        "mot d passe", "mo de passe", "mot dde passe", "mott de passe", "mot de apsse", "mto de passe",
        "omt de passe", "mot ed passe",
        # short forms typed fast: "ppass: X", "pss: X", "passswd: X"
        "ppass", "pss", "passswd", "paswrd", "passwod", "paass", "passsword",
        # a domain's transfer code is its password at the registry (see DOMAIN_CODE_CUES)
        *DOMAIN_CODE_CUES,
        "login password", "log in password", "login wachtwoord", "inlog wachtwoord", "inlogwachtwoord",
        # an admin page asks for its own password: "pour la page d'administration j'ai essayé X"
        "admin page", "adminpagina", "admin pagina", "beheerpagina", "page d'administration", "page admin",
        "admin panel", "interface d'administration", "admin interface",
        # a bank's or a shop's secret word by its other names: "memorable word is summer061"
        "memorable word", "memorable information", "memorable info", "memorable data", "secret word",
        "security word", "geheim woord", "geheime woord", "mot secret", "mot mémorable",
        # the answer to a security question, a password in a word: "security answer was Rover"
        "security answer", "secret answer", "answer to my security question",
        "answer to the security question", "antwoord op mijn beveiligingsvraag",
        "antwoord op de beveiligingsvraag", "antwoord beveiligingsvraag", "réponse secrète",
        "réponse à ma question secrète", "réponse à la question secrète",
    ),
    "pin": (
        "pin", "pincode", "pinkode", "pin code", "pin nummer", "pinnummer", "pin number", "simpin", "sim pin",
        "sipmin", "smipin", "simipn",
        "simpincode", "sim pincode", "code pin", "pin no", "pin nr", "pincodes", "bankpin", "pinpas code",
        # the code the customer knows by heart, not one sent to them
        "geheime code", "secret code", "code secret", "persoonlijke code", "personal code", "code personnel",
        "code confidentiel", "kaartcode", "pascode",
        # a streaming profile's or a parental lock's code: "she set the profile lock to 5432"
        "profile lock", "profile pin", "profielslot", "profielvergrendeling", "profiel pin", "profielpin",
        "code du profil", "verrouillage du profil", "parental pin", "parental control pin",
        "ouderlijk toezicht code",
        # the bank card's own code, named by the card: "mijn bankkaartcode 6771", "de betaalpascode"
        "bankkaartcode", "bankkaart code", "bankpascode", "betaalpascode", "betaalkaartcode", "pinpascode",
        # the code that opens an app is the customer's own: "mijn itsme-code is 84603"
        "itsme code", "itsmecode", "code itsme", "itsme pin", "itsme pincode", "code secret itsme",
        "bancontact code", "bancontactcode", "code bancontact", "payconiq code", "code payconiq",
        # the letter a PIN arrives in names what it holds: "de pinbrief zegt 5467", "the PIN letter says"
        "pinbrief", "pin brief", "pincodebrief", "pincode brief", "pin letter", "pin mailer",
        "lettre pin", "lettre code pin", "lettre du code pin",
        # what an elderly customer calls it: "mijn geheime nummer is 2887", "numéro secret"
        "geheime nummer", "geheim nummer", "geheime getal", "geheim getal", "geheime cijfers",
        "secret number",
        "numéro secret", "numero secret", "nombre secret", "chiffres secrets",
        # the code of an alarm, a lock, a key safe or a gate is one the household keeps, never one sent
        "alarmcode", "alarm code", "code alarme", "code d'alarme", "code de l'alarme", "gebruikerscode",
        "code utilisateur", "code d'utilisateur", "user code", "installateurscode", "installercode",
        "installer code", "code installateur", "code d'installateur", "beheerderscode", "deurcode",
        "admin code", "admin-code", "code admin", "administrator code", "code administrateur",
        "door code", "doorcode", "code de porte", "code porte", "digicode", "poortcode", "gate code",
        "code portail", "code du portail", "lock code", "lockcode", "keysafe code", "key safe code",
        "sleutelkastcode", "sleutelkluiscode", "kluiscode", "safe code", "code du coffre", "code parental",
        "parental code", "kinderslotcode",
        # a keypad's code by its own name, and a visitor's parking permit's that registers each visit ("De
        # keycode van het kastje werkt niet: 7764", "Bezoekersvergunning: de meldcode 4840 werkt niet meer")
        "keycode", "meldcode",
        # an alarm's other codes: the one that disarms it, the one that does so under threat, the keypad's
        "disarm code", "disarming code", "uitschakelcode", "code de désarmement", "code de desarmement",
        "duress code", "dwangcode", "noodcode", "overvalcode", "code sous contrainte",
        "code de contrainte",
        "panic code", "paniekcode", "code panique", "keypad code", "keypad pin", "code du clavier",
        "code clavier", "klaviercode", "toetsenbordcode",
        # the code named first, then its door, as lists and other languages put it: "Code poort 0863",
        # "Türcode für die Haustür 5049#", "kod do drzwi 4471", "código do portão 2290"
        "code poort", "code deur", "code voordeur", "code van de poort", "code van de deur", "türcode",
        "tuercode", "turcode", "haustürcode", "haustuercode", "tür-code", "torcode", "tor-code",
        "code haustür", "kod do drzwi", "kod do bramy", "kod domofonu", "código do portão",
        "código da porta", "codigo do portao", "codigo da porta", "kapı kodu", "kapi kodu",
        # the way in to a place: "de toegangscode van het park", "the entry code", "Barrier code: 01914",
        # "le code de la barrière", "Slotcode fiets: 9637", "code cadenas : 66055"
        "toegangscode", "access code", "zugangscode", "entry code", "code d'accès", "code d'entrée",
        "barrier code", "code slagboom", "slagboomcode", "slagboom code", "hekcode", "code hek",
        "code barrière", "code de la barrière",
        "slotcode", "fietsslotcode", "code cadenas", "cadenas", "fietskluis", "fietskluiscode",
        "sleutelkluis",
        # a parcel locker's code the customer chose or keeps: "de code van de pakjesautomaat was 908145"
        "lockercode", "locker code", "pakketkluiscode", "keybox", "keybox code", "key box code", "sleutelbox",
        "sleutelboxcode", "parcel locker code",
        # a lock's combination: "the combination is 3391", "combinatie van het fietsslot: 0427"
        "combination", "lock combination", "combinatie", "cijfercombinatie", "slotcombinatie", "combinaison",
        # a gift card's code under its scratch strip is the card's own, never sent: "krascode 8812 4471"
        "scratch code", "scratch-off code", "scratch pin", "krascode", "code à gratter", "code de grattage",
        "gift card pin", "giftcard pin", "cadeaukaart pin",
        # and a prepaid phone's top-up voucher, scratched and typed in once: "opwaardeercode 1234 5678 9012",
        # "herlaadcode 8291…", "my top-up code is …", "code de recharge …"
        "opwaardeercode", "herlaadcode", "beltegoedcode", "beltegoed code", "top-up code", "topup code",
        "top up code", "top-up pin", "top-up voucher", "recharge code", "recharge pin", "code de recharge",
        "prepaidcode", "prepaid code", "belkaartcode",
        # the lock named by its dial: "cijferslot 7620", "combination lock 3391", "cadenas à code 0427"
        "cijferslot", "cijferslotje", "combination lock", "combo lock", "cadenas à code",
        # (and its combination said short: "Lock combo is 1943, it's chained to the railings")
        "lock combo", "padlock combo", "bike lock combo",
        "cadenas à chiffres",
        # the code named by what it opens: "code for the gate: 4471", "de code van het pakketkluisje is …",
        # and the lock named first where the language puts it there: "the padlock code is 2856",
        # "hangslotcode 0427", "garage code 7731" (not "building code", a set of rules)
        *(f"code {link} {lock}" for links, locks, _ in _LOCKS for link in links for lock in locks),
        *(
            f"{lock}{glue}code"
            for _, locks, glues in _LOCKS
            for glue in glues
            for lock in locks
            if lock != "building"
        ),
        # (the phone named before its code: "phone passcode 442039", "iPhone code 5521")
        "phone passcode", "iphone passcode", "phone code", "iphone code", "phone pin", "iphone pin",
        "schermcode", "screen code", "telefooncode", "master code", "mastercode", "key safe", "keysafe",
        "sleutelkastje", "sleutelkluisje", "sleutelkluis", "kluisje", "boîte à clés", "boîte à clé",
        "boite à clés", "lockbox", "lock box",
        # the code that unlocks a phone's screen is the owner's: "le code de déverrouillage c'est 4714"
        # ("ontgrendelcode" stays a code cue: one is also sent to unlock an account)
        # the phone's own code by its owner: "Code van mijn gsm is 4847", "de code van de telefoon"
        "code van mijn gsm", "code van de gsm", "code van mijn telefoon", "code van de telefoon", "gsm code",
        "code van zijn gsm", "code van haar gsm", "code van zijn telefoon", "code van haar telefoon",
        "code de son gsm", "code de son téléphone",
        "gsmcode", "code van mijn gsm'ke", "code de mon gsm", "code du gsm", "code de mon téléphone",
        "boîtier à clés", "boitier à clés", "boîtier à clé", "boitier a cles", "boîte à code", "boite à code",
        # a car radio's anti-theft code, kept on a card in the car's papers: "de radiocode is 4821"
        "radiocode", "radio code", "radio-code", "code radio", "code de la radio", "code autoradio",
        "autoradiocode", "radio pin", "anti-theft code", "antidiefstalcode", "code antivol",
        # a car's immobiliser or key code: "immobiliser code 5521", "sleutelcode 4431 van de auto"
        "immobiliser code", "immobilizer code", "immobiliser pin", "immobilizer pin", "startonderbrekercode",
        "code antidémarrage", "code anti-démarrage", "sleutelcode",
        "code de déverrouillage", "code déverrouillage", "code de deverrouillage", "unlock code",
        "phone unlock code", "screen lock code", "unlock pin",
    ),
    "puk": (
        "puk", "pukcode", "puk code", "puk nummer", "code puk", "puk no", "pukkode", "simpuk", "sim puk",
        "puk number", "puk numéro", "numéro puk", "puk nr", "pukcode nummer", "puk code number",
        # spelled as it is said ("puck code 95838823"); not "puck" alone, a first name
        "puck code", "puckcode", "code puck", "puck nummer",
        # the SIM's PIN Unblocking Key, by what it does
        "unblocking code", "unblock code", "pin unlock code", "puk unlock code",
        "pin unlock key", "sim unlock code",
        "unblocking key", "personal unblocking key", "deblokkeringscode",
        "deblokkeercode", "code de déblocage", "code de deblocage", "clé de déblocage",
        # a blocked SIM asks for its PUK: "simkaart geblokkeerd, op het kaartje staat 29971736"
        "simkaart geblokkeerd", "sim geblokkeerd", "simkaart is geblokkeerd", "sim is geblokkeerd",
        "carte sim bloquée", "carte sim est bloquée", "sim bloquée", "sim est bloquée", "sim locked",
        "sim blocked", "sim card locked", "sim card blocked", "sim is locked", "sim card is locked",
        # the PUK by its length, when the SIM is named right after: "dat lange nummer van de simkaart is …"
        "lange nummer", "lange code", "lang nummer", "long number", "long code", "long numéro", "longue code",
        "long numero",
    ),
    "otp": (
        "otp", "sms code", "smscode", "verificatiecode", "verificatiekode", "sms kode", "verificatie code",
        # as a German, a Pole, a Turk or a Portuguese names a code sent: "Bestätigungscode 482193", "kod
        # weryfikacyjny", "doğrulama kodu", "código de verificação", "meu código é 482193"
        "bestätigungscode", "bestatigungscode", "sicherheitscode", "kod weryfikacyjny", "kod sms",
        # a German bank's transaction number sent to approve a payment: "mTAN 482913", "die TAN lautet …"
        "tan", "mtan", "smstan", "sms-tan", "pushtan", "chiptan", "tan-nummer", "tan nummer", "tan-code",
        "doğrulama kodu", "dogrulama kodu", "onay kodu", "código de verificação", "codigo de verificacao",
        "código sms", "código",
        "verification code", "text code", "texted code", "code by text", "code from the text",
        # the text that brought it: "got the text, it's 683 262"
        "got the text", "got a text", "got the sms", "the text says", "the text said",
        # a code typed in and refused, as the screen says: "Ongeldige code 2917", "Invalid code 4471"
        "ongeldige code", "invalid code", "wrong code", "verkeerde code", "onjuiste code", "foute code",
        "incorrect code", "code invalide", "code incorrect", "mauvais code",
        "bevestigingscode", "confirmation code", "eenmalige code", "one time code", "one time password",
        "2fa code", "2fa", "mfa code", "security code", "beveiligingscode", "authenticatiecode",
        "authentication code", "activatiecode", "activation code", "tan code", "tancode", "code", "sms",
        "code d'activation", "code d’activation", "code activation", "activeringscode", "activatie code",
        # the tax office's code by post that lets someone act for another ("De machtigingscode die ik per
        # post kreeg (W12FRI5W) is verlopen"; not a direct debit's mandate: "machtigingskenmerk")
        "machtigingscode",
        *CODE_SLIPS,
        "login token", "inlog token", "one time passcode", "passcode", "code de vérification",
        "code de verification", "code de confirmation", "code sms", "code reçu", "sms code", "smscode",
        "verificatie code", "inlogcode sms", "hier is ie", "hier is hij", "here it is", "here you go",
        # the code come in as the customer waits: "oh wacht hij is er: 7542", "it's here: 440 912"
        "hij is er", "ie is er", "hij is binnen", "ie is binnen", "it's here", "it just came in",
        "il est arrivé", "le voilà",
        *GIVEN_CUES,
        "voici", "security code", "authenticator code", "app code", "authenticator", "authenticatie",
        "verificatie", "verification", "bevestiging", "cijfers", "cijferige code", "digits", "digit code",
        "chiffres", "sms je", "smsje", "sms bericht", "text message", "code à usage unique", "code unique",
        "code a usage unique", "mot de passe à usage unique", "usage unique",
        # a bank's card reader answers with a one-time code: "the card reader gave me 11994230"
        "card reader", "cardreader", "kaartlezer", "lezer", "e.dentifier", "edentifier", "e-dentifier",
        "digipass", "lecteur de carte", "response code", "responscode",
        # the reader itself, in French as in Dutch ("le lecteur me donne 9455 4876"), and its answer's name
        "lecteur", "code de réponse", "code réponse", "antwoordcode",
        # a code received, told without naming it ("J'AI REÇU 101532 C'EST NORMAL?", "jai reçu 183 777")
        "j'ai reçu", "jai reçu", "j ai reçu", "j’ai reçu",
        # a code sent by text without naming it: "the bank texted me 349147"
        "texted me", "sms'd me", "sms'te me", "smste me", "sms-te me",
        # a code sent to reset a password: "Password reset code 3783 doesn't work", "le code de
        # réinitialisation 6724 est expiré"
        "reset code", "resetcode", "reset-code", "code de réinitialisation", "code de reinitialisation",
        # a parcel locker's code to collect with, sent by text: "Ophaalcode: 974982", "pickup code 401496"
        "ophaalcode", "afhaalcode", "pickup code", "pick-up code", "pick up code", "collection code",
        "code de retrait",
        # a game's login code by its name ("steam guard code 3GBKJ", "de steam guard coed was BYMXN")
        "steam guard", "steamguard",
        # a relative reads the text message out for the customer ("mum is reading it out: seven two four …")
        "reading it out", "read it out", "reads it out", "leest het voor", "leest hem voor", "me le lit",
    ),
    "wifi_key": (
        "wifi key", "wifi password", "wifi wachtwoord", "wifiwachtwoord", "wifi code", "wifi sleutel",
        "wi fi key", "wi fi password", "wi fi wachtwoord", "wlan key", "wpa key", "wpa2 key", "wpa sleutel",
        "netwerksleutel", "network key", "netwerkcode", "wifi pass", "wifi", "wi fi", "wlan", "clé wifi",
        "cle wifi", "clé wi fi", "clé de sécurité", "clé wpa", "wifi sleutel", "wifiwachtwoord", "wpa",
        "wpa2", "wifi paswoord", "wifikey", "wpa wachtwoord", "netwerkwachtwoord", "sleutel wifi", "sticker",
        "stickertje", "psk", "pre shared key", "hotspot password", "hotspot wachtwoord", "wireless key",
        "wireless password", "draadloos wachtwoord", "routerwachtwoord", "router wachtwoord",
        "router password", "autocollant", "étiquette",
        # where a place shows its guests' key, the wifi asked for before: "de wifi-code van het kantoor …
        # staat al op het bord: U8W9-QNBT-PRKE"
        "op het bord", "on the board", "sur le tableau", "on the whiteboard", "op het whiteboard",
        # a WPA network's passphrase, and the wifi called the internet: "WPA2 passphrase X", "internetcode"
        "wpa passphrase", "wpa2 passphrase", "wifi passphrase", "network passphrase", "wpa psk", "wpa2 psk",
        "internetcode", "internet code", "internetwachtwoord", "internet wachtwoord", "internet paswoord",
        "internet password", "internet key", "internetsleutel", "code internet", "code wifi", "code wi fi",
        # the wifi's name glued to a password's short form: "Wifiww J1YRQ#kqZzw26", "wifi-pw", "mdp wifi"
        *(
            f"{network} {short}"
            for network in ("wifi", "wi fi", "wlan")
            for short in ("ww", "pw", "pwd", "psw", "pswd", "mdp", "paswd")
        ),
        "mdp wifi", "mdp du wifi", "ww wifi", "ww van de wifi",
        # the name the computer's prompt gives it: "Network security key", "Clé de sécurité réseau"
        "network security key", "netwerkbeveiligingssleutel", "netwerk beveiligingssleutel",
        "beveiligingssleutel", "beveiligings sleutel",
        "clé de sécurité réseau", "clé de sécurité du réseau", "clé réseau", "clé du réseau",
        # "wifi" written as it sounds: "wiffi sleutel TV5HT55TN5KY", "wiefie code", "wify password"
        *(
            f"{spelling}{noun}"
            for spelling in WIFI_SPELLINGS
            for noun in ("", " key", " password", " wachtwoord", " paswoord", " code", " sleutel", " pass")
        ),
    ),
    "username": (
        # as a Pole, a Turk or a Portuguese names it: "nazwa użytkownika", "kullanıcı adı", "utilizador"
        "nazwa użytkownika", "nazwa uzytkownika", "kullanıcı adı", "kullanici adi", "nome de utilizador",
        "nome de usuário", "nome de usuario", "utilizador",
        "username", "user name", "user", "gebruikersnaam", "gebruiker", "login", "inlog",
        # short cues with two letters swapped ("usre: stijn.smit", "uesr"; a long cue's swaps are read by
        # `one_letter_off`): only those that make no word
        "usre", "uesr", "ilnog", "inolg", "psuedo", "pesudo",
        # (the Flemish word: "aanmeldnaam dvermeulen")
        "aanmeldnaam", "aanmeldingsnaam", "aanmeld naam",
        "inlognaam", "login naam", "loginnaam", "userid", "user id", "account naam", "accountnaam",
        "login name", "log in name", "identifiant", "nom d'utilisateur", "gebruikersnaam is",
        # a bank's name for the login of its online banking: "I did give my online ID leeg525 and password …"
        "online id", "online banking id", "internet banking id", "identifiant en ligne",
        # the name a player or a forum member logs in and shows up with
        "gamertag", "gamer tag", "pseudo", "pseudonyme", "player name", "spelersnaam", "speler naam",
        "nickname", "nick name", "screen name", "schermnaam",
        # "login" typed fast (too short for the one-edit variants): "loign is X", "logn: X", "logiin is X"
        "loign", "logn", "logiin", "lgoin", "loggin", "logni", "lgin", "indentifiant",
        # (and the rest of their one-letter slips: added below `one_letter_off`)
        # as older systems name it: "mjn logon is a.mulder", "logon ID"
        "logon", "logon id", "logon name",
        # short forms on screens and letters: "Gebr. naam: henkjansen93", "The usr ID on the letter is …"
        "gebr. naam", "gebr.naam", "gebr naam", "gebr.-naam", "usr id", "gebruikers id",
        "gebruikers-id", "gebruikersid",
        # the name one signs in with, told as a habit: "ik meld me aan met marleen_1984"
        "meld me aan met", "meld ik me aan met",
        # written short: "gebruikersnm sjoerd091", "usernm", "gebr.naam"
        "gebruikersnm", "gebr.naam", "gebr naam", "usernm", "usrname",
        # the name of the account, not its number: "my account name is hall43"
        "account name", "accountname", "nom de compte", "nom du compte",
        # config and settings labels: "uid=seppe_maes98", "Utilisateur : marmar", "usr: jdoe"
        "uid", "usr", "utilisateur", "benutzer", "benutzername", "sip user", "sip username", "auth user",
        "auth username",
        # the id a letter or a game gives to log in with: "de gebruikers-ID op de brief is rsmit1946"
        "gebruikers id", "gebruikersid", "login id", "inlog id", "identifiant utilisateur", "in game name",
        "naam in de game", "nom dans le jeu",
        # a game network's id: "PSN ID: xXsniperXx", "mijn Steam-naam is dutchgamer77", "BattleTag X#2231"
        # (not "Steam ID": a profile's public number as often; as a login's cue it cost heldout-r56 precision)
        "psn id", "psn-id", "playstation id", "steam naam", "steam-naam", "steamnaam",
        "steam name", "riot id", "epic id", "ea id", "battletag", "battle tag", "xbox id", "nintendo id",
    ),
    # A login pair without its own cues: "inloggen met jdevries84 Zomer2024!", "credentials: a / b".
    "login": (
        "inloggen met", "ingelogd met", "inloggegevens", "inlog gegevens", "inloggevens", "login gegevens",
        "logingegevens", "login details", "log in details", "credentials", "gegevens", "log in with",
        "logged in with", "login with", "identifiants", "accountgegevens", "account gegevens", "inloggen als",
        "logging in with", "sign in with", "signed in with", "ingelogd als", "logged in as", "log in as",
        "signed in as", "aangemeld als", "aanmelden met", "inlog met", "logging in as", "log in met",
        "logging in with", "tried logging in", "connecté avec", "connecte avec", "connexion avec", "creds",
        "connecté en tant que", "connectée en tant que", "connecte en tant que", "connecter en tant que",
        "login creds", "logins",
        "ingelogd met", "tried",
        # said of whoever logs in: "hij logt in met fleur_234 / …", "she logs in with …"
        "logt in met", "logde in met", "logs in with", "logs in as", "logt in als", "se connecte avec",
        # a box managed with its admin's pair: "Beheer via admin/Koor1557@ op de Zyxel"
        "beheer via", "beheren via", "beheerd via", "managed via", "manage it via", "géré via", "gérer via",
        # an administrator's pair named as such: "Beheerderslogin: mirjammulder / Tir0l35"
        "beheerderslogin", "beheerders login", "beheerderslogin gegevens", "beheerdersgegevens",
    ),
    "api_key": (
        "api key", "apikey", "api sleutel", "api token", "secret", "client secret", "secret key",
        "access key", "access token", "private key", "token", "auth token", "bearer token", "sleutel",
        "geheime sleutel", "app secret", "webhook secret", "session token", "refresh token", "consumer key",
        "consumer secret", "secret access key", "aws secret", "bot token", "key", "jeton", "jeton d'accès",
        "jeton d'acces", "clé api", "cle api", "clé secrète", "clé d'api", "toegangstoken", "clé",
        "token d'accès", "token d'acces", "token d'authentification",
        # a session's cookie is its token: "The session cookie value I found was to54tngzhop9…"
        "session cookie", "sessiecookie", "sessie cookie", "cookie de session", "cookie value",
        "jeton de session",
        # a session's id is its token too: "Session id ugxupwt31onf860r11p4kaayg6", "identifiant de session …"
        "session id", "session-id", "sessie-id", "sessie id", "identifiant de session", "id de session",
        *TOKEN_SLIPS,
    ),
    "customer_number": (
        # an identity document's or a health service's number asked to prove who one is: a number that names
        # one person, the nearest of the labels ("Paspoortnummer: NV8J3K2L1", "NHS number 485 777 3456")
        "passport number", "passport no", "passport nr", "paspoortnummer", "paspoort nummer", "paspoortnr",
        "numéro de passeport", "numero de passeport", "n° de passeport", "numéro passeport",
        "reisepassnummer", "document number", "documentnummer", "document nummer", "numéro de document",
        "numéro du document", "id card number", "identity card number", "id-kaartnummer", "id kaartnummer",
        "identiteitskaartnummer", "identiteitskaart nummer", "eid-kaartnummer", "eid kaartnummer",
        "numéro de carte d'identité", "numéro de la carte d'identité", "numero de carte d'identite",
        "personalausweisnummer", "driving licence number", "driving license number",
        "driver's license number", "drivers license number", "rijbewijsnummer", "numéro de permis",
        "numéro du permis de conduire",
        # the licence named without "number", or as a learner's ("my provisional licence MORGA753116SM9IJ")
        "licence number", "license number", "driving licence", "driving license", "driver's license",
        "drivers license", "provisional licence", "provisional license", "permis de conduire",
        "nhs number", "nhs no", "nhs nr", "nhs-nummer", "document no", "document nr",
        # a patient's number at a hospital or an insurer's card: "Hospital Number: K123456", "zorgpasnummer"
        "hospital number", "hospital no", "medical record number", "ziekenhuisnummer", "zorgpasnummer",
        "zorgpas nummer", "zorgpas nr", "zorgpasnr", "numéro de mutuelle", "numéro mutuelle",
        "numéro de mutualité",
        # a breakdown cover's, an affiliation's and a charging card's numbers
        "breakdown cover ref", "breakdown cover number", "numéro d'affiliation", "laadpasnummer",
        "klantnummer", "klantnr", "klant nummer", "klant nr", "klant id", "klantid", "customer number",
        "klantennr", "klanten nr", "client n°", "client nr", "client no", "cliënt nr", "cliëntnummer",
        # a care client's or a patient's file by its number: "on client file 651-806-287", "genoteerd in het
        # dossier van cliënt KL4012758" (not a bare "dossiernummer": a case's, most writers say)
        "client file", "client record", "clientdossier", "cliëntdossier", "dossier van cliënt",
        "dossier van de cliënt", "dossier van client", "patient file", "patient record", "patiëntdossier",
        "patientdossier", "dossier van de patiënt",
        # a shop's number at its payment provider: "numéro de commerçant 8958813", "Acceptantnummer 1094929"
        "numéro de commerçant", "numero de commercant", "identifiant marchand", "id marchand", "merchant id",
        "merchant number", "acceptantnummer", "acceptant nummer", "handelaarsnummer", "police n°",
        "n° de police",
        "customer no", "customer nr", "customer id", "client number", "client id", "clientnummer",
        "relatienummer", "account number", "accountnummer", "account nr", "account no", "contractnummer",
        "contract nummer", "contract number", "contract nr", "contract no", "polisnummer", "polis nummer",
        "polisnr", "policy number", "policy no", "policy nr", "lidnummer", "lid nummer", "membership number",
        "member number", "holder number", "holder no", "abonnementsnummer", "abonnementnummer",
        "subscription number", "aansluitnummer",
        # a grid connection's EAN whatever its shape on the contract: "EAN-code aansluiting SP-264451"
        "ean-code aansluiting", "ean code aansluiting", "ean aansluiting", "ean-nummer aansluiting",
        "debiteurnummer", "debtor number", "pasnummer", "card holder number", "zorgverzekeringsnummer",
        # a card's or a pass's number that is no bank card's (a bank card's own shape is read first): "Ik zie
        # kaartnummer SUB-0J0UV6C5", "het nummer van de pas: PV-508839" (not English "card number": asked
        # for in a chat, the answer is read as the number's, and a bank card's is meant)
        "kaartnummer", "kaartnr", "kaartnr.", "nummer van de pas",
        "nummer van mijn pas", "nummer van de kaart", "nummer van mijn kaart",
        "verzekerdennummer", "patientnummer", "patiëntnummer", "klantennummer", "klanten nummer",
        # a student's loan account by its reference, a club's member, the client's word typed short
        # ("CRN 0103291156", "Executive Club no. MP582143045", "N° clnt C-5962279")
        "crn", "crn number", "club no", "club number", "club nr", "n° clnt", "n° clt", "n° contat",
        # a hospital's medical record number by its initials, a subscription's number written short
        # ("MRN C296700330", "abonnementsnr: HN452354")
        "mrn", "abonnementsnr", "abonnementnr",
        "numéro client", "numéro de client", "n° client", "numero client", "numéro de compte client",
        # the customer known under a number: "Nous sommes client sous le numéro CT61/895541", "klant onder
        # nummer 139481144"
        "client sous le numéro", "cliente sous le numéro", "clients sous le numéro", "klant onder nummer",
        "klant onder het nummer", "customer under number", "client under number",
        "numéro d'abonné", "numéro de contrat", "référence client", "reference client", "n° de client",
        "customer reference", "klantreferentie", "member id", "membership no", "loyalty number",
        "frequent flyer number", "bonuskaartnummer", "subscriber number", "billing account", "account id",
        # a loyalty scheme's number by the scheme's word: "my Honors number is 106443441"
        "honors number", "honours number", "rewards number", "bonvoy number", "avios number",
        "skywards number", "clubcard number", "nectar number", "miles number", "points number",
        # (the scheme named after its number's word: "il s'agit du n° Flying Blue …")
        "n° flying blue", "numéro flying blue", "n° miles+smiles", "numéro miles+smiles",
        # a saver's number at a points scheme, a trusted traveller's and a travel document's: "mijn
        # spaarnummer 6427945353", "the known traveler number is FB-3756137", "doc no 531065962 / dob …"
        "spaarnummer", "spaarpasnummer", "known traveler number", "known traveller number", "ktn",
        "numéro de fidélité", "numero de fidelite", "numéro fidélité", "n° de fidélité", "n° fidélité",
        "redress number", "doc no", "doc nr", "document number", "document no", "documentnummer",
        "numéro de document", "numéro du document",
        "account no", "abonneenummer", "klant-id", "kundennummer", "relatienr", "lidmaatschapsnummer",
        "account", *ACCOUNT_SLIPS, "klantnr", "clientnummer", "klantcode", "customer ref", "client ref",
        "klantref", "account ref", "ref client", "référence client", "customer reference number",
        "member ref", "acct", "acct no", "acct nr", "acct number", "acc no", "acc nr", "account #", "acct #",
        "aansluitingsnummer", "aansluitingnummer", "inschrijvingsnummer", "accountnr",
        # a place on a waiting list, a permit and a taxpayer by the number they are held under:
        # "inschrijfnummer 0211152" (social housing), "vergunningnummer 363-917-339", "UTR 41062 27718"
        "inschrijfnummer", "inschrijf nummer", "inschrijfnr", "vergunningnummer", "vergunningsnummer",
        "vergunning nummer", "parkeervergunningnummer", "utr", "utr number", "utr no",
        "unique taxpayer reference",
        # a British household's council tax account by its reference: "Council tax reference 66870256"
        "council tax reference", "council tax ref", "council tax account", "council tax number",
        "council tax no", "council tax account reference", "council tax reference number",
        "merchant id", "merchant account", "vendor id", "seller id", "partner id", "handelaarsnummer",
        "merchant token",  # a marketplace's name for its seller's id: "Merchant token: A2Y7VDCC1GHJA"
        *(f"merchant {slip}" for slip in TOKEN_SLIPS),  # (typed fast: "Merchant tokrn: …")
        # a shop's own id at the marketplace it sells on: "Wat moet ik doen? winkel-ID 72452559"
        "winkel-id", "winkel id", "winkelid", "verkopers-id", "verkoper-id",
        # a platform's seller, host, rider or shop by the role's own word: "Host-ID S-4963190", "ID livreur
        # 2034418617", "verkopersnummer KL22912244", "Compte vendeur FR-778383-85", "courier ID DRV-21315"
        "seller number", "seller account", "vendor number", "vendor account", "verkopersnummer",
        "verkoper nummer", "verkopersaccount", "verkopers account", "verkoper id", "verkopers id",
        "verkopersid", "id vendeur", "numéro vendeur", "numéro de vendeur", "n° vendeur", "compte vendeur",
        "host id", "host number", "hostnummer", "id hôte", "id hote", "numéro d'hôte", "rider id",
        "rider number", "ridernummer", "courier id", "courier number", "koeriersnummer", "koerier id",
        "bezorger id", "bezorgersnummer", "driver id", "driver number", "chauffeursnummer", "chauffeur id",
        "id chauffeur", "id livreur", "id coursier", "numéro de livreur", "numéro de coursier",
        "partnernummer", "partner number", "id partenaire",
        # (a delivery or errand platform's own word for its worker, and the French login's word before the
        # role: "Dasher ID: KR-05518", "Mon identifiant coursier : NL-748981")
        "dasher id", "dasher number", "shopper id", "shopper number", "tasker id", "tasker number",
        "identifiant coursier", "identifiant livreur", "identifiant chauffeur", "identifiant vendeur",
        "identifiant partenaire", "identifiant hôte",
        # a member's profile on a dating or a social site by its id: "profiel-ID u242075620", "ID profil
        # 4161819269"; a courier's by the platform's Dutch word ("Koeriers-ID U-53151518")
        "profile id", "profile number", "profile no", "profiel-id", "profiel id", "profielid",
        "profielnummer", "id profil", "id de profil", "id du profil", "numéro de profil", "n° de profil",
        "koeriers-id", "koeriersid",
        # a library's reader by the card's number ("Carte lecteur P6665849"; "library card", "lenerspas" and
        # "carte de lecteur" read as a card's or a pass's number already)
        "bibliotheekkaart", "carte lecteur",
        # a seller's own id at its marketplace: "retailer id 987654", "Händlernummer 40213" (not a shop's id
        # at a payment provider: "ID boutique : KX78545" is a product's, one writer says)
        "retailer id", "retailernummer", "retailer number", "händlernummer", "händler-id", "verkäufer-id",
        "verkäufernummer",
        "numéro partenaire", "numéro de partenaire",
        # a merchant's and a staff member's numbers: "Merchant-nummer M097830641", "employee no. 8604819",
        # "(personeelsnr 3958159)". (Not a card terminal's id: a device's, no person's or account's.)
        "merchant nummer", "merchant no", "merchant nr", "employee no", "employee number", "employee nr",
        "employee id", "employee #", "staff number", "staff no", "staff id", "payroll number", "payroll no",
        "personeelsnummer", "personeelsnr", "personeels nr", "pers.nr", "pers nr", "persnr",
        "numéro de matricule",
        "n° de matricule", "matricule", "klnr", "kl nr",
        # an employee's, a temp's, a candidate's and a pensioner's numbers: "werknemersnummer 4410927",
        # "numéro de travailleur 7781234", "candidate number C-778123", "uitkeringsnummer 99120345"
        "werknemersnummer", "werknemernummer", "werknemersnr", "werknemer nr", "werknemer id", "werknemer-id",
        "medewerkernummer", "medewerkersnummer", "medewerker id", "medewerkersnr", "personnel number",
        "personnel no", "personnel id", "personnel nr", "numéro de travailleur", "n° de travailleur",
        "numéro d'employé", "n° d'employé", "numéro employé", "numéro de salarié", "n° de salarié",
        "numéro salarié", "kandidaatnummer", "kandidaat nummer", "kandidaat id", "candidate number",
        "kandidaatnr", "kandidaat nr",
        "candidate id", "candidate no", "candidate ref", "applicant number", "applicant id",
        "sollicitantnummer", "numéro de candidat", "n° de candidat", "n° candidat", "numéro candidat",
        "payroll id", "payroll ref", "payroll reference",
        "salarisnummer", "loonnummer", "badgenummer", "badge number", "numéro de badge", "pension number",
        "pension no", "pension reference", "pension ref", "pension id", "pensioen nummer", "pensioennr",
        "numéro de pension", "n° de pension", "numéro de pensionné", "uitkeringsnummer", "uitkering nummer",
        "benefit number", "benefits number", "benefit reference", "numéro d'allocataire", "n° d'allocataire",
        "numéro allocataire", "n° allocataire",
        # a debtor's and a loan's numbers: "kredietnummer 771209345", "numéro de débiteur : 4471920"
        "kredietnummer", "krediet nummer", "kredietnr", "numéro de débiteur", "n° de débiteur",
        "numéro débiteur", "debtor reference", "debtor ref", "debtor id", "debiteur nummer", "debiteurnr",
        "leningsnummer", "loan reference", "loan ref", "account reference",
        "agreement number", "agreement no", "credit agreement number", "overeenkomstnummer",
        "numéro de contrat de prêt",
        # a member's number by the club's, the mutuality's or the loyalty scheme's word for it:
        # "Ledennummer C-2395239", "numéro de membre 8218226", "n° d'affilié 123-4567", "member # CU79050130"
        "membr id", "memebr id", "mmeber id", "member-id", "memberid", "numéro lcient", "numero lcient",
        "ledennummer", "leden nummer", "lidnr", "lid nr", "lid no", "aansluitingsnr", "numéro de membre",
        "n° de membre", "n° membre", "membre n°", "membre no", "adhérent n°", "donateur n°", "numéro membre",
        "numéro d'affilié", "n° d'affilié",
        # a donor's reference at a charity: "Uw donateursreferentie: 123456", "donor reference D-00123"; a
        # crowdfunding campaign's backer ("backer ID BK-2231987")
        "backer id", "backer number", "backer no", "backernummer",
        "donateursreferentie", "donateurreferentie", "donorreferentie", "donor reference", "donor ref",
        "supporter reference", "référence donateur", "référence de donateur", "lidmaatschapsnr",
        "numéro d'affiliation", "n° d'affiliation", "n° affiliation", "numéro affiliation",
        "numéro d'adhérent", "n° d'adhérent",
        "numéro de mutualiste", "numéro de sociétaire", "member #", "member no", "member nr", "membership #",
        "membership id", "members number", "affiliation number",
        # a charity's donor by its number: "donateursnummer 4481123", "numéro de donateur", "supporter number"
        "donateursnummer", "donateurnummer", "donateurs nummer", "donateur nummer", "donornummer",
        "donateurnr", "donateursnr", "donateur nr", "donateurs nr", "donornr",
        "donor number", "donor id", "donor no", "donor nr", "donor ref", "donor reference",
        "numéro de donateur", "n° de donateur", "numéro donateur", "supporter number", "supporter id",
        # a nurse's or a doctor's registration ("NMC PIN 40E6397S", "BIG-nummer 44257399391"), a lottery
        # player's number in French ("numéro de joueur"; "spelersnummer" is below), a maintenance contract's
        # ("Onderhoudscontract PL04464835: de monteur mag …")
        "nmc pin", "nmc number", "nmc pin number", "nmc registration", "gmc number", "big-nummer",
        "big nummer", "big-registratienummer", "big registratienummer", "numéro de joueur", "n° de joueur",
        "numéro joueur", "speler nummer", "spelernummer", "onderhoudscontract", "onderhoudscontractnummer",
        "servicecontract", "maintenance contract", "service contract", "contrat d'entretien",
        "supporter no", "supporter ref",
        # the holder's role names the number: a tenant's, a pension fund's participant, a patient, a loyalty
        # card's holder ("huurdersnummer 1955960", "numéro de locataire 287629", "Klantenkaart 39183368")
        "huurdersnummer", "huurdernummer", "huurnummer", "huurcontractnummer", "huurcontract nr",
        "huurcontract nummer", "deelnemersnummer", "deelnemernummer", "deelnemers nummer", "deelnemer nr",
        "deelnemersnr", "deelnemernr", "affilié sous le numéro", "affiliée sous le numéro",
        "participant number", "participant id", "numéro de participant", "n° de participant",
        "tenant number", "tenant id", "tenancy number", "tenancy reference", "numéro de locataire",
        "n° de locataire", "numéro locataire", "compte client", "patient number", "patient id",
        "numéro de patient", "n° de patient", "numéro d'assuré", "n° d'assuré", "verzekerdenummer",
        "klantenkaart", "klantenkaartnummer", "klantenkaart nummer", "klantkaart", "klantkaartnummer",
        "spaarkaart", "spaarkaartnummer", "spaarpas", "spaarpasnummer", "loyalty card", "loyalty card number",
        "rewards card", "rewards number", "carte de fidélité", "numéro de carte de fidélité",
        "carte fidélité", "pensioennummer",
        # a student's, a tenant's or a loyalty scheme's own word for it: "studentnummer s1304647",
        # "matricule étudiant r0244901", "tenant ref HC-37864", "Clubcard number 5345700048"
        "studentnummer", "studentennummer", "studentnr", "student number", "student id", "student no",
        # a SIM card's number names the subscriber's line ("Simkaart nummer 258.072.912"; not its ICCID by
        # that name: writers split, a product's code to one)
        "sim card number", "sim number", "sim serial", "sim serial number", "simkaartnummer",
        "sim-kaartnummer", "simkaart nummer", "sim kaart nummer", "simnummer", "sim-nummer",
        "numéro de carte sim", "numéro de la carte sim", "numéro sim", "n° de carte sim", "n° carte sim",
        "n° de la carte sim",
        # a US health plan's member by the federal scheme's number: "Medicare number 1EG4-TE5-MK73"
        "medicare number", "medicare id", "medicare no", "mbi", "medicaid number", "medicaid id",
        "policyholder id", "policy holder id", "policyholder number",
        # a university's own letter for its students', staff's and (Dutch) students' numbers: "r-nummer
        # r0424958", "u-nummer u0148149", "s-nummer s1304647"
        "r-nummer", "u-nummer", "s-nummer",
        # an applicant's id at the UK's admissions service, a pupil's roll number; a health insurance card
        # carried abroad ("UCAS ID 123-456-7890", "EHIC number 80528000010012345678")
        "ucas id", "ucas personal id", "ucas number", "roll number", "ehic", "ehic number",
        "ehic card number", "ghic", "ghic number", "european health insurance card",
        "global health insurance card",
        "student nr", "leerlingnummer", "leerlingennummer", "leerlingnr", "pupil number",
        # a pupil's by its short forms, an English learner's unique number, a childcare place's code with
        # the government: "My pupil no. is C6999131", "Alfie's ULN (7435845782)", "our 30 hours code …"
        "pupil no", "pupil nr", "pupil id", "pupil ref", "uln", "unique learner number", "learner number",
        "30 hours code", "30-hours code", "30 hour code", "tax-free childcare reference",
        # (and the same code by its own name, a Flemish child's number with the child benefit fund: "30 hours
        # eligibility code: KIWU81039NDH", "Kindnummer 356646")
        "eligibility code", "kindnummer",
        # a patient's prescription by its reference at the pharmacy: "Prescription ref 2026836423"
        "prescription ref", "prescription reference", "prescription number", "prescription no",
        "receptnummer", "numéro d'ordonnance", "n° d'ordonnance",
        # a policy by its reference, a direct debit's mandate by the payer's word for it: "My policy
        # reference is C042611W", "Direct Debit reference: MND72698411"
        "policy reference", "policy ref", "polisreferentie", "direct debit reference", "direct debit ref",
        "dd reference", "dd ref",
        # a hotel's or a holiday park's guest: "Mijn gastnummer is G7040039"
        "gastnummer", "gastnr", "guest number", "guest no", "guest id",
        # a library's reader: "numéro de lecteur 628944353", "lenersnummer 2940427546"
        "numéro de lecteur", "n° de lecteur", "lenersnummer", "lezersnummer", "library card number",
        "bibliotheekpasnummer", "library card", "library pass", "carte de bibliothèque",
        "carte de bibliotheque", "carte de lecteur", "bibliotheekpas", "bibpas", "lenerspas", "lezerspas",
        "vriendenpas", "matricule", "matricule étudiant", "numéro d'étudiant",
        "n° d'étudiant", "numéro étudiant",
        # a driving school's pupil: "Mon numéro d'élève : RS63790"
        "numéro d'élève", "n° d'élève", "numéro élève", "n° élève", "numéro d'eleve",
        # a course's learner: "Cursistennummer u442847", "Numéro d'apprenant 127HY718"
        "cursistnummer", "cursistennummer", "cursistnr", "numéro d'apprenant", "n° d'apprenant",
        "numéro apprenant", "tenant ref", "tenant reference", "tenancy ref", "clubcard",
        "client reference", "client ref",
        "réf locataire", "réf. locataire", "référence locataire", "ref locataire",
        "clubcard number", "clubcard no", "club card number", "nectar card", "nectar card number",
        "bonuskaart", "bonuskaartnummer", "bonus card number",
        # the contract itself names its number: "pour le contrat 396424088" (six digits or more), and an
        # insurance by what it covers: "de uitvaartpolis 4249910749", "the funeral plan 205.348.091"
        "contrat", "contract", "polis", "police", "leasecontract", "lease contract", "contrat de leasing",
        "huurcontract", "energiecontract", "klantnummer energie", "klantnummer gas", *BARE_HOLDER_NOUNS,
        # a direct debit's mandate: "Machtigingskenmerk MND4372-733582", "mandate ref 8593513255"
        "machtigingskenmerk", "machtigingsnummer", "mandaatkenmerk", "mandaatreferentie", "mandaatnummer",
        "kenmerk machtiging", "kenmerk van de machtiging", "mandate ref", "mandate reference", "mandate id",
        "mandate number", "mandate no", "référence de mandat", "référence du mandat", "numéro de mandat",
        "n° de mandat", "référence unique de mandat", "référence unique du mandat", "référence mandat",
        "reference mandat",
        # a player's account at a game or a lottery: "Player ID 74033188", "spelersnummer 60412297"
        "player id", "player number", "player no", "spelersnummer", "speler id", "spelersid",
        # and a lottery player by the number of the lot they play: "Lotnummer D-5430714", "mijn lot 43673461"
        "lotnummer", "lotnr", "lot nummer", "lot number", "lottery number", "mijn lot", "my lot",
        "numéro de joueur", "id joueur",
        # a home's mortgage, lease, meter and energy site by their numbers: "Hypotheeknummer L171801146",
        # "My lease number is VHE 78477", "Meternummer E6157045", "MPAN 6984918753", "Site-ID 3010514"
        "hypotheeknummer", "hypotheek nummer", "hypotheeknr", "leningnummer", "lening nummer",
        "mortgage number", "mortgage account number", "mortgage reference", "mortgage ref", "loan number",
        "loan account number", "numéro de prêt", "n° de prêt", "numéro de crédit", "lease number", "lease no",
        "leasenummer", "leasenr", "lease nummer", "lease nr",
        # (a French mortgage by its loan's name and number: "mon crédit hypothécaire n° 251.931.581")
        "crédit hypothécaire n°", "prêt hypothécaire n°", "crédit hypothécaire numéro",
        # a pet by its microchip (ISO 11784's fifteen digits): "Chipnummer: 528 4090 9098 4217",
        # "Microchip: 826001052553121", "N° de puce : 056-813464681757"
        "chipnummer", "chip nummer", "chipnr", "chip number", "chip no", "microchip", "microchipnummer",
        "microchip number", "microchip no", "n° de puce", "numéro de puce", "numero de puce",
        "numéro de la puce", "transpondernummer", "transponder number",
        "lease ref", "lease reference", "meternummer", "meter nummer", "meternr", "meter number",
        "meter serial number", "meter serial", "meter id", "numéro de compteur", "n° de compteur", "mpan",
        "mprn", "supply number", "site id", "site-id", "system id", "installatie id", "installation id",
        "meter point",
        "metering point", "supply point",
        # the customer names themself by their number: "Ik ben klant C-912493 en wil …", "je suis client 750…"
        "ik ben klant", "je suis client", "je suis cliente", "i am customer", "i'm customer",
        # a pass or a card the holder travels or is insured with, and the UK's insurance number: "Freedom
        # Pass 0773990074", "senior pass, the number was RRF-7462099", "NI number XL 56 86 34 C"
        "pass number", "pass no", "pass nr", "freedom pass", "senior pass", "bus pass", "travel pass",
        # a museum's, a season's or a library's pass ("the museum pass is MP-778812", "Mijn museumkaart …"): a
        # card's number, no password
        "museum pass", "museumpas", "museumkaart", "season pass", "annual pass", "year pass", "jaarpas",
        "library pass",
        "transit card", "carte senior", "ov-chipkaart", "ov-chipkaartnummer", "ov chipkaart",
        "national insurance", "national insurance number", "national insurance no", "ni number", "ni no",
        "nino", "numéro patient", "numero patient", "n° patient",
        # a patient's or a client's file at a hospital or a care provider: "N° de dossier patient HRS749758",
        # "genoteerd in je cliëntdossier 226644" (not a bare "dossier": a company's case number)
        "dossier patient", "dossier du patient", "n° de dossier patient", "numéro de dossier patient",
        "patiëntdossier", "patientdossier", "patiëntendossier", "cliëntdossier", "clientdossier",
        "klantdossier", "dossier client", "numéro de dossier client", "n° de dossier client", "patient file",
        "patient record", "patient record number", "patient no", "patient nr", "patiënt id", "patiëntnr",
        # a reference noun and its number split by small words: "contract met nummer", "account with number"
        *(
            f"{noun} {link} {number}"
            for noun in (
                "contract", "klant", "account", "abonnement", "polis", "customer", "policy", "contrat",
            )
            for link in ("met", "with", "onder", "under", "op", "avec", "sous", "with the", "met het")
            for number in ("nummer", "number", "nr", "no", "numéro")
        ),
        # a holder's noun and any word for a number, as forms label them: "Subscriber ID: M-471841", "Loyalty
        # no: 721334590", "acc number 731.783.343", "Flying Blue nr: KL032557", "Le contrat n° 545323-90"
        *(
            f"{holder} {number}"
            for holder in (
                "subscriber", "loyalty", "membership", "customer", "client", "contract", "policy", "account",
                "acc", "tenant", "patient", "abonnee", "abonné", "flying blue", "frequent flyer", "miles",
                # a travel card's and an airline club's ("smartcard number", "Executive Club number")
                "smartcard", "smart card", "executive club",
                # the frequent flyer and hotel schemes by their own names ("MileagePlus # LC-56588147")
                "mileageplus", "mileage plus", "skymiles", "aadvantage", "skywards", "krisflyer",
                "asia miles", "miles&more", "miles & more", "miles+smiles", "avios", "bonvoy",
                "hilton honors", "hhonors", "rapid rewards", "air miles", "airmiles", "clubcard", "nectar",
                # a family's account at a school or a club ("family ID C875814")
                "family",
                "contrat", "polis", "verzekering", "insurance", "cust", "cust.",
            )
            for number in ("id", "no", "no.", "nr", "nr.", "n°", "#", "number", "nummer", "num", "ref")
        ),
        # the sign typed onto the noun, as agents note it: "cust# 88213944", "klant# 4829173"
        "cust#", "customer#", "klant#", "client#", "acct#", "account#", "member#", "cust.#",
        # an energy connection's code as a form names it ("EAN-code: 967 687 012")
        "ean-code", "ean code", "ean-nummer", "ean nummer", "code ean",
        # an insurance named by its value: "hoe zetten we de verzekering POL28734894 om" (six digits or more)
        "verzekering",
        # the words of customers writing in their own language: "Meu contrato KT4690458", "Kd.-Nr.
        # KT45077029", "Kliientennummer C57017546", "numer klienta 8831902", "müşteri no 5521904"
        "contrato", "número de cliente", "numero de cliente", "nº de cliente", "n.º de cliente",
        "nº cliente", "número do contrato", "nº do contrato", "número de contrato", "kd.-nr.", "kd.-nr",
        "kd-nr.", "kd-nr", "kdnr", "kd.nr.", "kundennr", "kundennr.", "kunden-nr", "kunden-nr.",
        "kundenummer", "vertragsnummer", "vertragsnr", "vertrags-nr", "clientennummer", "klientennummer",
        "numer klienta", "nr klienta", "numer umowy", "nr umowy", "müşteri no", "müşteri numarası",
        "musteri no", "abone no", "abone numarası", "sözleşme no",
    ),
}  # fmt: skip


def plain_letters(word: str) -> str:
    """The word without its accents ("clé" → "cle", "chloé.janssens" → "chloe.janssens")."""
    if word.isascii():
        return word  # (most words: no decomposition to walk)
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


# French typed on a phone or a Flemish keyboard loses its accents ("cle de securite du reseau", "numero de
# membre", "code recu"): each cue is also found without them. Not "étiquette": "etiquette" is English.
# The anchor expression needs no copy without accents (its accented letters match either way).
_ACCENTED_ONLY: Final = frozenset({"étiquette"})
_PLAIN_COPIES: Final[set[str]] = set()
for _category, _words in CUES.items():
    _plain = tuple(
        dict.fromkeys(
            plain
            for word in _words
            if word not in _ACCENTED_ONLY and (plain := plain_letters(word)) != word and plain not in _words
        )
    )
    _PLAIN_COPIES.update(_plain)
    CUES[_category] = _words + _plain

# Long single credential words get one-edit typo variants; short ones would match ordinary words,
# and reference cues (customer numbers) are matched exactly.
_TYPO_MIN_LENGTH = 7
_TYPO_CATEGORIES = frozenset({"password", "pin", "puk", "otp", "wifi_key", "username", "login"})
# A customer's number is typed wrong too ("klantnunmer", "klantnmmer"): its commonest Dutch words forgive
# typos like a credential's (its short and English ones collide with ordinary words: "account", "client";
# "contractnummer" would anchor on "cont", which starts every "contact": +25 % anchor hits on the bench mix).
# The phrase "customer number" forgives a typo in its last word whatever its length ("customer numer",
# "customer numbber"), and "klantnr" one of its own ("klanntnr", "klantnnr").
_TYPO_WORDS = frozenset(
    {
        "klantnummer", "klantennummer", "klantnr", "customer number", "lidnummer", "studentnummer",
        "patiëntnummer", "polisnummer", "clientennummer", "klientennummer", "contrato", "kundennummer",
        "klant nr", "verkopersaccount", "verkopersnummer", "polis",
        # a worker's number typed in haste ("pesroneelsnummer", "personeelsnummmer", "maticule")
        "personeelsnummer", "abonneenummer", "matricule",
        # a learner's ("Cursistenummer")
        "cursistennummer",
        # a patient's number and file typed in haste ("Patieent number", "cliëndossier", "hospital nmuber")
        "cliëntdossier", "patiëntdossier", "patientnummer",
        # a lease's agreement and a policy typed in haste ("Agreemeent", "Porisnr"), a rent contract and a
        # relation's number too ("huurccontract", "huucrontract", "relatieummer")
        "agreement", "polisnr", "huurcontract", "relatienummer",
        # a subscription's number ("Abonnemetsnummer", "Abonnnementsnummer", "Abonnementsnummre") and a SIM
        # card's ("Simkaartnumer", "Simkaartnnummer")
        "abonnementsnummer", "abonnementnummer", "simkaartnummer",
        # a permit's number and a waiting list's typed in haste ("vergunninngummer", "inschrijfnumer")
        "vergunningnummer", "inschrijfnummer",
        # a member's number and membership ("Ldinr: LID745987", "je limdaatschap 87917626")
        "lidnr", "lidmaatschap",
        # a meter's number ("Mteernummer", "meternumemr")
        "meternummer",
        # a pet's microchip ("Cihpnummer", "Mircochip", "Micorchip")
        "chipnummer", "microchip",
        # a document, a permit and a travel card typed in haste ("passprot", "parkeerverggunning")
        "passport", "paspoort", "parkeervergunning", "ov-chipkaart", "resident permit", "parking permit",
        # a hotel guest's number ("gastnnummer", "gastnummre")
        "gastnummer",
        # a lease's number ("Leasenummr")
        "leasenummer",
        # a membership's number and a player's ("Memership no.", "Mmebership no.", "Speelrsnummer")
        "membership no", "membership number", "spelersnummer", "onderhoudscontract",
    }
)
# Phrases that forgive a typo in any of their words, the first letter of the last one too ("nuémro client",
# "numéro cclient", "numéro lient", "accuont number", "my accout number").
_ANY_WORD_TYPO = frozenset(
    {
        "numéro client", "numéro de client", "numero client", "account number", "code secret",
        "numéro de membre", "numero de membre", "member id", "verification code", "customer number",
        "customer id", "student id", "policy number", "member number", "meter number", "pass number",
        "account no", "merchant number", "seller id", "rider id", "courier id", "koerier id", "partner id",
        "id livreur", "id coursier", "employee id", "staff number", "candidate ref",
        "patient number", "patient id", "patient no", "hospital number", "dossier patient",
        "policy no", "member no", "tenancy ref", "tenant ref", "numéro de contrat", "numero de contrat",
        "n° de carte sim",
        # ("canddiate number", "custoemr ref", "UCAS Persnal ID", "NHS nmuber", "policy refeernce")
        "candidate number", "customer ref", "ucas personal id", "nhs number", "policy reference",
        # ("Naational Insurance", "national inurance")
        "national insurance",
        # a session's token ("session toen", "Jeton de sesion")
        "session token", "jeton de session", "identifiant de session",
        # a student's, a tenant's, a loan's number and a mandate's reference typed in haste ("studetn number",
        # "teannt number", "loan nmuber", "Manate reference", "Référence du mandrt")
        "student number", "tenant number", "loan number", "mandate reference", "référence du mandat",
        # a permit's and a lease's number ("Old perrmit number", "permit numbr", "agreement numbre"), a
        # customer's shortened ("cstomer no")
        "permit number", "agreement number", "customer no",
        # a donor's and a supporter's number typed in haste ("donoor number", "Supporer number", "Doonr ID")
        "donor number", "donor id", "supporter number",
        # a learner's and a tenant's ("Numéo d'apprenant", "Référnce locataire")
        "numéro d'apprenant", "référence locataire",
    }
)  # ("Mon codde secret de la carte c'est 0146", "Mon nmuéro de membre est …", "her mebmer ID", "cutsomer
# number", "my tsudent id")

# A cue typed without its accents forgives the same typos ("Referance locataire", "numero de clinet"): its
# plain copy is one of CUES' words as well.
_TYPO_WORDS = _TYPO_WORDS | {plain_letters(word) for word in _TYPO_WORDS}
_ANY_WORD_TYPO = _ANY_WORD_TYPO | {plain_letters(word) for word in _ANY_WORD_TYPO}


def _typo_tolerant(category: str, word: str) -> bool:
    return category in _TYPO_CATEGORIES or word in _TYPO_WORDS or word in _ANY_WORD_TYPO
# Long words also forgive one letter too many ("wachtwoordt"): looked up by deleting one letter of the word
# found. (Not a wrong letter: "gebruiken" is an ordinary word one letter away from "gebruiker".)
_EDIT_MIN_LENGTH = 8
# Any word starting like this (up to a length) is a password cue: "wachtwrd", "wachtwoordd", "passwrd".
_PASSWORD_STEMS = ("wachtw", "wachw", "passw", "pasw")
# A wrong letter is forgiven only in words this long ("wachtwoprd", "gebruikersnaan"): shorter ones
# collide with ordinary words ("gebruiken" is one letter away from "gebruiker").
_SUBSTITUTION_MIN_LENGTH = 10
_STEM_MAX_LENGTH = 12
# Long cue words whose first letters start many ordinary words ("auto…"): matched exactly, no typo anchors.
# "contraseña"'s anchor 'cont' hit every "contact", "contract" and "control": a third of all anchor hits on
# the bench mix, for a Spanish word our customers do not mistype.
_EXACT_ONLY = frozenset(
    {
        "autocollant",
        "étiquette",
        "internetcode",
        "internetwachtwoord",
        "internetsleutel",
        "utilisateur",
        "contraseña",
        "gegevens",  # "gegeven" (given) is a word of its own: "een tijdelijk paswoord gegeven (Init3730qy)"
    }
)
_SEPARATORS = str.maketrans("", "", " -_\t\n\u00a0")


def normalise_cue(text: str) -> str:
    return text.lower().translate(_SEPARATORS)


# Slips of a cue that are words of their own: "cijfer" (a grade: "mijn cijfer voor BIO1B", never a secret in
# 29 development labels) is "cijfers" without its plural's ending.
_SLIPS_OF_THEIR_OWN = frozenset({"cijfer"})


def _typo_variants(word: str) -> set[str]:
    if " " in word or len(word) < _DOUBLED_MIN_LENGTH or word in _EXACT_ONLY:
        return {word}
    if len(word) < _TYPO_MIN_LENGTH:
        return _doubled(word) | {word}  # "loogin", "wwifi": a short word forgives only a key hit twice
    return (one_letter_off(word) - _SLIPS_OF_THEIR_OWN) | {word, word[0] + word}  # "uusername" too


# A key pressed twice on a phone ("loogin", "wwifi", "uusername"): any letter but the last of a short cue
# word, the first of a long one (the others are among its one-letter slips). A doubled letter seldom makes
# another word.
_DOUBLED_MIN_LENGTH = 4


def _doubled(word: str) -> set[str]:
    # (not the last letter: "inlogg" would be "inloggen" without its plural's ending)
    return {word[: i + 1] + word[i:] for i in range(len(word) - 1)}


# Keys next to each other on a QWERTY/AZERTY phone keyboard: the letter a thumb hits instead.
_NEIGHBOUR_KEYS: Final = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "awdz", "d": "sefc", "f": "drgv", "g": "fthb", "h": "gyjn", "j": "hukm",
    "k": "jil", "l": "kop", "z": "asx", "x": "zdc", "c": "xfv", "v": "cgb", "b": "vhn", "n": "bjm", "m": "nk",
}  # fmt: skip


def one_letter_off(word: str, any_letter: bool = False) -> set[str]:
    """The word with one letter dropped, doubled, swapped with the next or hit on a neighbouring key;
    never the first letter. With `any_letter`, any letter may stand for one or come in after the first."""
    variants: set[str] = set()
    for i in range(1, len(word)):  # keep the first letter: it keeps the noise down
        variants.add(word[:i] + word[i + 1 :])  # dropped letter
        variants.add(word[:i] + word[i] + word[i:])  # doubled letter
        if i < len(word) - 1:
            variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped neighbours
        for key in string.ascii_lowercase if any_letter else _NEIGHBOUR_KEYS.get(word[i], ""):
            variants.add(word[:i] + key + word[i + 1 :])  # "wschtwoord", "pijcode"
    if any_letter:
        variants.update(
            word[:i] + key + word[i:] for i in range(1, len(word) + 1) for key in string.ascii_lowercase
        )
    return variants



# "login" and "inlog" with one slip, five letters or more: "router lpgin …", "Inlpg portal vos78" (not French
# "loin", nor a last letter doubled: "inlogg" is "inloggen" cut short).
CUES["username"] += tuple(
    sorted(
        slip
        for word in ("login", "inlog")
        for slip in one_letter_off(word)
        if len(slip) >= 5 and slip != word + word[-1] and slip not in CUES["username"]
    )
)


# A cue of several words forgives one typo in its last word when that word is long ("mot de pase",
# "mot de passse", "code secert"); the words before it are kept exact, and so are short last words.
# Only short phrases: each variant is one more anchor of the cue finder.
_PHRASE_TYPO_MIN_LENGTH = 10
_PHRASE_TYPO_MAX_LENGTH = 14
_PHRASE_LAST_MIN_LENGTH = 5


def _phrase_variants(word: str) -> set[str]:
    if word in _ANY_WORD_TYPO:
        return _any_word_variants(word)
    head, _, last = word.rpartition(" ")
    if (
        not head
        or not (_PHRASE_TYPO_MIN_LENGTH <= len(word) <= _PHRASE_TYPO_MAX_LENGTH or word in _TYPO_WORDS)
        or len(last) < _PHRASE_LAST_MIN_LENGTH
    ):
        return set()
    return {f"{head} {variant}" for variant in one_letter_off(last) - {last}}


def _any_word_variants(phrase: str) -> set[str]:
    """The phrase with one typo in one of its words of four letters or more; the last word may also lose
    or double its first letter."""
    words = phrase.split(" ")
    variants: set[str] = set()
    for at, word in enumerate(words):
        if len(word) < 4:
            continue
        typos = one_letter_off(word) - {word}
        if at == len(words) - 1:
            typos |= {word[1:], word[0] + word}
        variants.update(" ".join([*words[:at], typo, *words[at + 1 :]]) for typo in typos)
    return variants


def _lexicon() -> dict[str, str]:
    """normalised cue (no separators, lower case, typo variants included) -> category."""
    lexicon: dict[str, str] = {}
    for category, words in CUES.items():
        for word in words:
            if not _typo_tolerant(category, word):
                if _doubles_only(category, word):
                    lexicon.update((normalise_cue(variant), category) for variant in _doubled(word))
                continue
            clean = normalise_cue(word) == word  # then so is every variant: no call per variant
            for variant in _typo_variants(word):
                lexicon.setdefault(variant if clean else normalise_cue(variant), category)
            for variant in _phrase_variants(word):
                lexicon.setdefault(normalise_cue(variant), category)
    for category, words in CUES.items():  # an exact word beats someone else's typo variant
        for word in words:
            lexicon[normalise_cue(word)] = category
    return lexicon


def _anchors() -> set[str]:
    """Literal anchors, all matched at the start of a word: whole cues; for typo-tolerant long words
    their first four letters (which survive any typo further on) and the typo variants that change
    those first four letters."""
    anchors: set[str] = set()
    for category, words in CUES.items():
        for word in words:
            if word in _PLAIN_COPIES:
                continue  # its accented original's anchors match it (an accented letter matches either way)
            anchors.add(word)
            if _typo_tolerant(category, word) and " " in word:
                anchors.update(_phrase_variants(word))
            if (
                _typo_tolerant(category, word)
                and " " not in word
                and len(word) >= _DOUBLED_MIN_LENGTH
                and word not in _EXACT_ONLY
            ):
                if len(word) >= _TYPO_MIN_LENGTH:
                    anchors.add(word[:4])
                short = len(word) < _TYPO_MIN_LENGTH  # (no four letters of its own: every variant anchors)
                anchors.update(v for v in _typo_variants(word) if short or v[:4] != word[:4])
            elif _doubles_only(category, word):
                anchors.update(_doubled(word))
    return anchors


def _doubles_only(category: str, word: str) -> bool:
    """The commonest of a customer number's cue words forgive a key hit twice ("Accounnt", "acccount",
    "Meternummmer"), no other slip: they are one letter away from ordinary words. (Not every cue word: each
    variant is one more anchor, and the anchors' expression is compiled on the first message a Lambda
    scrubs; all of them cost 70 ms there.)"""
    return category == "customer_number" and word in _DOUBLED_REFERENCE_WORDS


_DOUBLED_REFERENCE_WORDS = frozenset(
    {"account", "accountnummer", "meternummer", "contractnummer", "relatienummer", "dossiernummer"}
)


def _trie_pattern(words: set[str]) -> str:
    """One prefix-factored alternation for all words: the engine tests each letter once per position.

    A space in a word matches a space, hyphen, underscore or nothing. Where one word is a prefix of
    another, the longer is tried first.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    escaped: dict[str, str] = {}

    def escape(ch: str) -> str:
        text = escaped.get(ch)
        if text is None:
            plain = plain_letters(ch)
            if ch == " ":
                text = r"[ \-_]?"
            elif plain != ch and len(plain) == 1:
                text = f"[{plain}{ch}]"  # "clé de securite": an accent kept or dropped, letter by letter
            else:
                text = re.escape(ch)
            escaped[ch] = text
        return text

    def render(node: dict[str, Any]) -> str:
        prefix = ""
        while len(node) == 1 and "" not in node:  # a chain of single letters, in a loop (import time)
            ((ch, node),) = node.items()
            prefix += escape(ch)
        branches = [escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return prefix
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return prefix + (f"(?:{body})?" if "" in node else body)

    return render(trie)


def _long_words() -> dict[str, str]:
    """Long credential cue words -> category: a word with one letter more is one of them."""
    found: dict[str, str] = {}
    for category, words in CUES.items():
        for word in words:
            base = normalise_cue(word)
            if not _typo_tolerant(category, word) or len(base) < _EDIT_MIN_LENGTH or " " in word:
                continue
            found.setdefault(base, category)
    return found


# Built on the first message, not at import (~30 ms, most of this module's import): the cue words, their
# typos and their copies without separators, like the anchors below and `_HEADS`.
_LEXICON: Final[dict[str, str]] = {}
_INSERTIONS: Final[dict[str, str]] = {}
_SUBSTITUTIONS: Final[dict[str, str]] = {}


def lexicon() -> dict[str, str]:
    """Normalised cue (no separators, lower case, typo variants included) -> category."""
    if not _LEXICON:
        _INSERTIONS.update(_long_words())
        _SUBSTITUTIONS.update(_substitutions())
        _LEXICON.update(_lexicon())
    return _LEXICON


# A cue starts a word: after whitespace or punctuation. Requiring that character first lets the regex
# engine skip to those positions (a fifth of the text) instead of trying the trie at every letter.
# The whitespace is spelled out (the characters `\s` and str.isspace() take): the engine tests a plain
# set of characters faster than the Unicode category, which made the skipping a tenth slower.
_WHITESPACE = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WORD_START = f"[{_WHITESPACE}>(\"'\\[/*_#,.;:!?¡¿=|{{<-]"
# Built and compiled on the first message, not at import: the trie's ~15,000 characters take ~7 ms to
# build and ~10 ms to compile, which the ingest function's import (its cold start's share before any
# request) need not pay.
ANCHOR_RE: Final = LazyPattern(lambda: _anchor_pattern(_anchors()))


def _first_letters(words: set[str]) -> str:
    """Every character a word can start with in text: its first letter, and that letter without its accent
    (the trie writes an accented letter as a class of both)."""
    letters: set[str] = set()
    for word in words:
        letters.add(word[0])
        plain = plain_letters(word[0])
        if len(plain) == 1:
            letters.add(plain)
    return "".join(re.escape(letter) for letter in sorted(letters))


def _anchor_pattern(words: set[str]) -> str:
    """A word-start character, then the trie. A look-ahead for the trie's first letters comes first: a
    third of the word starts are followed by a space, a digit or a sign, and this one set test is cheaper
    than the trie's branch of some twenty-five first letters, each tested in turn (10.4 -> 9.5 ms per pass
    of the bench mix's cue searches). The set holds every character a match can start with, so the
    look-ahead drops no match; a word starting with a space (which may match nothing) would go without it."""
    if any(word.startswith(" ") for word in words):
        return f"{_WORD_START}({_trie_pattern(words)})"
    return f"{_WORD_START}(?=[{_first_letters(words)}])({_trie_pattern(words)})"


_LETTERS = re.compile(r"[^\W\d_]*")
_NEXT_WORD = re.compile(r"[ \-_]?[^\W\d_]+")
# a sign inside a value, no word's end; a mark with a letter or digit right after it ("password W!nter2025")
_GLUED_ON = re.compile(r"[@#$%&*+=/\\^~|]|[!?](?=[^\W_])")
# a letter or two before digits, a letter before a dot: a value's prefix ("R-9756632", "username e.smith9")
_GLUED_SHORT = re.compile(r"[0-9\-]|(?<![^\W\d_]{2})\.[^\W\d_]")
_MAX_CUE = 40


def _one_edit(word: str) -> str | None:
    if word.startswith(_PASSWORD_STEMS) and len(word) <= _STEM_MAX_LENGTH:
        return "password"
    if len(word) < _EDIT_MIN_LENGTH:
        return None
    lexicon()  # (it fills the insertions and the substitutions too)
    insertions = _INSERTIONS
    for i in range(1, len(word)):
        category = insertions.get(word[:i] + word[i + 1 :])
        plural = i == len(word) - 1 and word[i] == "s"
        if category is not None and not (plural and category == "customer_number"):
            return category  # (a plural names many, no one's number: "State Dept Passports | 1-877-…")
    if len(word) >= _SUBSTITUTION_MIN_LENGTH:
        for i in range(1, len(word)):
            category = _SUBSTITUTIONS.get(word[:i] + "?" + word[i + 1 :])
            if category is not None:
                return category
    return None


def _short_slip(word: str) -> str | None:
    """A short cue typed with its last letter twice or "is" glued on: "pinn", "pukk", "pinis", "wwis"."""
    if word.endswith("is"):
        base = word[:-2]
    elif word[-1] == word[-2]:
        base = word[:-1]
    else:
        return None
    category = lexicon().get(base)
    return category if category in _TYPO_CATEGORIES and len(base) >= 2 else None


def _substitutions() -> dict[str, str]:
    """Very long credential cue words with one letter replaced by '?' -> category."""
    found: dict[str, str] = {}
    for base, category in _INSERTIONS.items():
        if len(base) >= _SUBSTITUTION_MIN_LENGTH:
            for i in range(1, len(base)):
                found.setdefault(base[:i] + "?" + base[i + 1 :], category)
    return found


# Dutch glues nouns: a word that ends in a credential noun is a cue of that noun's kind ("sessietoken",
# "controlecode", "adminwachtwoord", "beveiligingssleutel"). Found with str.find (a scan in C), not a regex.
_COMPOUND_NOUNS: Final = (
    ("wachtwoord", "password"), ("paswoord", "password"), ("password", "password"), ("passwort", "password"),
    ("pincode", "pin"), ("pinkode", "pin"), ("pukcode", "puk"), ("token", "api_key"), ("sleutel", "api_key"),
    ("code", "otp"),
)  # fmt: skip
# ...unless the first part names a reference, an error, an offer or a place: "postcode", "foutcode",
# "kortingscode", "bestelcode", "barcode", "huissleutel" (a key to a door is not a secret to scrub).
_NOT_CREDENTIAL_PARTS: Final = (
    "post", "zip", "bar", "qr", "fout", "error", "status", "storing", "korting", "promo", "actie", "voucher",
    "cadeau", "gift", "coupon", "discount", "referral", "waardebon", "product", "artikel", "item", "serie",
    "land", "kleur", "color", "colour", "dress", "btw", "kassa", "tarief", "bestel", "order", "referentie",
    "factuur", "invoice", "tracking", "track", "trace", "verzend", "pakket", "zending", "ticket", "dossier",
    "bron", "source", "html", "morse", "uni", "klant", "boeking", "booking", "reservering", "area", "sort",
    "swift", "bic", "iban", "service", "ean", "sku", "huis", "deur", "fiets", "reserve",
    "kluis", "brievenbus", "sleutel", "vlucht", "flight", "gate", "stoel", "seat", "tijd", "netnummer",
    # and an error or a booking typed in haste: "Fuotcode E11000", "foucode E8274", "erorcode 42",
    # "bokingscode B5DWBD"
    *sorted(one_letter_off("fout") | one_letter_off("error") | one_letter_off("boeking")),
)  # fmt: skip
_PLURAL_ENDINGS: Final = ("'s", "s", "en")
# The nouns behind a few shared pieces ('ode' for "pincode", "pinkode", "pukcode" and "code", 'swo' for
# "paswoord", "password" and "passwort"): one scan of the message answers for a group.
_COMPOUND_GATES: Final = group_hints(tuple(noun for noun, _ in _COMPOUND_NOUNS))


def _names_no_credential(first: str) -> bool:
    stem = first.rstrip("s-")
    for part in _NOT_CREDENTIAL_PARTS:
        if stem == part or (len(part) >= 4 and (stem.startswith(part) or stem.endswith(part))):
            return True
    return False


def _plural(word: str) -> str | None:
    """'codes', 'pincodes', 'tokens', 'wachtwoorden': the plural of a credential cue is that cue."""
    for ending in _PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            category = lexicon().get(word[: -len(ending)])
            if category is not None and category in _TYPO_CATEGORIES:
                return category
    return None


def _compounds(low: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Cues glued to the end of a longer word, in text order with the cues already found."""
    present: set[str] = set()
    for gate, members in _COMPOUND_GATES:
        if gate in low:
            present.update(members or (gate,))
    if not present:
        return found
    taken = {start for _, start, _ in found}
    covered = [(start, end) for _, start, end in found]
    extra: list[tuple[str, int, int]] = []
    for noun, category in _COMPOUND_NOUNS:  # in this order: the first noun found at a word's start wins
        if noun not in present:
            continue
        hit = low.find(noun)
        while hit != -1:
            end = hit + len(noun)
            after = _LETTERS.match(low, end).end()  # type: ignore[union-attr]
            if hit > 0 and low[hit - 1].isalpha() and after - end <= 2 and low[end:after] in ("", "s", "en"):
                start = hit - 1
                while start > 0 and hit - start < 24 and low[start - 1].isalpha():
                    start -= 1
                first = low[start:hit]
                if (
                    len(first) >= 2
                    and start not in taken
                    and not any(a <= hit < b for a, b in covered)  # "sim-pincode": inside a cue found
                    and (start == 0 or not low[start - 1].isalnum())
                    and not _names_no_credential(first)
                ):
                    extra.append((category, start, after))
                    taken.add(start)
            hit = low.find(noun, end)
    if not extra:
        return found
    return sorted(found + extra, key=lambda cue: cue[1])


def find_cues(low: str) -> list[tuple[str, int, int]]:
    """(category, start, end) of every cue in lower-cased text (not the label of one of our placeholders,
    "[password]": a value scrubbed before, no cue for one to come)."""
    anchored = _anchored_cues(low)
    if "[" in low and anchored:
        anchored = [cue for cue in anchored if not placeholder_label_at(low, cue[1])]
    return _compounds(low, anchored)


# A key made from the word and digits ("Wifi_Sweet7695", "WifiLekker9498"): a value, neither a cue nor a
# network's name.
WIFI_WORD_VALUE = re.compile(r"(?:wifi|wi-fi|wlan)[-_]?[a-z]{3,12}[0-9]{2,6}(?![\w])")


def _anchored_cues(low: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    heads = _HEADS or _heads()
    padded = " " + low  # so that a cue at the very start also follows a word-start character
    pos = 0
    while True:
        match = ANCHOR_RE.search(padded, pos)
        if match is None:
            return found
        start, end = match.span(1)
        # a cue ending in a sign ("account #") ends there: "Account #CUST025821" glues its value to it
        stop = end if not padded[end - 1].isalnum() else _LETTERS.match(padded, end).end()  # type: ignore[union-attr]
        pos = stop
        if stop - start > _MAX_CUE:
            continue
        word = normalise_cue(padded[start:stop])
        if not word.isascii():
            word = plain_letters(word)  # "clé de securite": looked up as the cue without its accents
        for _ in range(3):  # the longest cue wins: "wi-fi code" over "wi-fi", whatever the anchor matched
            if word not in heads:
                break  # no cue goes on from here: "contact", "internet" (most hits)
            following = _NEXT_WORD.match(padded, stop)
            if following is None or following.end() - start > _MAX_CUE:
                break
            if _GLUED_ON.match(padded, following.end()) or (
                following.end() - following.start() <= 3 and _GLUED_SHORT.match(padded, following.end())
            ):
                break  # the next word runs on into a value: "password S@l0n63", "Klantnummer R5627341"
            longer = normalise_cue(padded[start : following.end()])
            if not longer.isascii():
                longer = plain_letters(longer)
            if longer not in lexicon():
                break
            word, stop = longer, following.end()
        pos = stop
        glued_digit = padded[stop : stop + 1].isdigit()
        if glued_digit and len(word) <= _GLUED_CUE_MAX and _CODE_IN_GROUPS.match(padded, stop):
            continue  # "my gift card WW3K-DZVM-VQU9": the first letters of a code in groups, no "ww" cue
        if glued_digit and len(word) <= _GLUED_CUE_MAX and _NUMBER_LABEL_BEFORE.search(padded, 0, start):
            continue  # "Klantnummer: WW813689": a number's own first letters after its label, no "ww" cue
        category = _KIND_OF.get(word, _UNSEEN)
        if category is _UNSEEN:
            category = _kind_of(word)
        if category is None and " " in padded[start:stop]:
            # the anchor was a longer cue's start that ran into another word: read on from its second word
            # ("onze kat heeft chipnummer 5281…": not "heeft chip", but "chipnummer")
            pos = padded.index(" ", start, stop)  # (the anchor takes the space before a word)
            continue
        if (
            (category == "pin" or (category == "password" and "code" in word))
            and _ONE_TIME_BEFORE.search(padded, max(0, start - 16), start) is not None
        ):
            category = "otp"  # "your one-time padscode", "one-time pin": a code used once
        if category == "wifi_key" and WIFI_WORD_VALUE.match(padded, start):
            continue  # "Wifi_Sweet7695", "WifiLekker9498": a key made from the word, no cue
        if glued_digit and category is not None and _GLUED_SIGN.match(padded, stop):
            continue  # "pw Lease23!", "waachtwoord Sleutel81!": a password made from the word, digits, a sign
        if category == "customer_number" and (
            _VALUE_GOES_ON.match(padded, stop)
            or (glued_digit and _DIGITS_THEN_LETTERS.match(padded, stop))  # "bail24SUNS!8": a password
            or (
                padded[start - 1 : start] in "_."
                and padded[start - 2].isalnum()
                and not _SETTING_NEXT.match(padded, stop)  # (a setting's name: "PAYPAL_CLIENT_ID=…")
            )
        ):
            continue  # "gewijzigd naar lease_roadtrip37", "Lease.Lease!": a value made from the word
        if padded[stop : stop + 1] == "@":
            continue  # "hive.user@gmail.com", "login@shop.nl": the words of an e-mail address, no cue
        if category is not None:
            found.append((category, start - 1, stop - 1))


_GLUED_CUE_MAX = 3
# What makes a PIN's or a password's word a one-time code's, right before it ("one-time padscode").
_ONE_TIME_BEFORE = re.compile(r"(?:one[ -]time|eenmalige?|single[ -]use)[ \t]*+$")
_VALUE_GOES_ON = re.compile(r"_[^\W_]|\.[^\W\d_]")
_SETTING_NEXT = re.compile(r"[ \t]*+[=:]")
_GLUED_SIGN = re.compile(r"[0-9]{1,6}[!?@#$%&*]")
_DIGITS_THEN_LETTERS = re.compile(r"[0-9]{1,6}[a-z]{2}")
_CODE_IN_GROUPS = re.compile(r"[0-9a-z]{1,6}-[0-9a-z]{3,6}-")
_NUMBER_LABEL_BEFORE = re.compile(r"(?<![a-z])(?:[a-z]*nummer|number|nr|no|n°|ref)\.?[ \t]*+:?[ \t]*+\Z")


# Every beginning of a cue that a longer cue goes on from ("wifi" of "wifi code", "sms" of "smscode"): a word
# that is none of them is no start of a longer cue. Built on the first message (~4 ms), not at import.
_HEADS: set[str] = set()


def _heads() -> set[str]:
    _HEADS.update(key[:end] for key in lexicon() for end in range(1, len(key)))
    return _HEADS


# The words an anchor starts are few and recur ("contact", "inloggen", "kaart" in every other e-mail), and
# most are no cue: what each word is, typo and plural included, is remembered (a bounded table, filled
# by the first few thousand words seen; the answer never changes).
_UNSEEN: Final = ""
_KIND_OF: dict[str, str | None] = {}
_KIND_OF_LIMIT: Final = 4096


def _kind_of(word: str) -> str | None:
    category = lexicon().get(word)
    if category is None:
        category = _plural(word)
    if category is None and (len(word) >= 6 or word.startswith(_PASSWORD_STEMS)):
        category = _one_edit(word)  # "wachtwoordt", "passw"
    if category is None and len(word) >= 4:
        category = _short_slip(word)
    if len(_KIND_OF) < _KIND_OF_LIMIT:
        _KIND_OF[word] = category
    return category
