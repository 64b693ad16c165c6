#!/usr/bin/env python3
"""Blind scrub corpus b18 generator (standard library only, Python 3.11).

Young customers on social channels and the agents who answer them.
Usage: python generate_blind.py --seed 20261216
"""
import argparse
import collections
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b18"
HALVES = ("dev", "heldout")
TARGET = 860

HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"]
OTHER = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
ALL_TYPES = HIGH_RISK + OTHER
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANG_W = [("en", 36), ("nl", 29), ("nlbe", 17), ("frbe", 18)]

# ---------------------------------------------------------------- pools (split alternately)
POOLS = {
    "first": "Jesse Sanne Noah Lotte Milan Fenna Daan Yara Sem Lina Luuk Nora Thijs Saar Bram Elif "
             "Mohamed Ilse Finn Zoë Ruben Amira Levi Jade Jayden Kyra Youssef Fleur Tygo Esmee Wout Lien "
             "Arne Febe Seppe Jana Nathan Manon Lucas Chloé Théo Inès Hugo Camille Jake Megan Tyler Ashley "
             "Ryan Chloe Ethan Madison Kai Aaliyah Liam Maisie Owen Harper".split(),
    "last": "devries jansen bakker visser smit meijer mulder bos vos peters hendriks dekker brouwer "
            "dijkstra vermeulen claes peeters maes wouters goossens janssens mertens dubois lambert "
            "dupont martin leroy renard thompson walker harris clarke wright hughes johnson garcia "
            "miller davis lopez carter yilmaz elamrani kaya bouzid".split(),
    "street_nl": ["Kerkplein", "Achter de Hoven", "Lindelaan", "Molenstraat", "Bloemgracht", "Dorpsstraat",
                  "Spoorsingel", "Zuiderdiep", "Havenkade", "Beukenhof", "Oude Gracht", "Vijverweg",
                  "Prinsenhof", "Wilhelminastraat", "De Ruyterkade", "Kastanjelaan", "Nieuwe Markt",
                  "Populierendreef", "Julianapark", "Tolhuisweg"],
    "city_nl": ["Utrecht", "Zwolle", "Groningen", "Tilburg", "Haarlem", "Breda", "Leiden", "Arnhem",
                "Amersfoort", "Deventer", "Nijmegen", "Delft", "Almere", "Enschede", "Alkmaar", "Venlo"],
    "street_be": ["Kerkstraat", "Veldstraat", "Kouter", "Meir", "Groenplaats", "Stationsstraat",
                  "Kapelsesteenweg", "Lange Nieuwstraat", "Vrijdagmarkt", "Brugse Poort", "Leopoldlei",
                  "Hoogpoort", "Sint-Jansvliet", "Diestsevest"],
    "city_be": ["9000 Gent", "2000 Antwerpen", "3000 Leuven", "8000 Brugge", "2800 Mechelen", "3500 Hasselt",
                "9300 Aalst", "8500 Kortrijk", "2300 Turnhout", "9100 Sint-Niklaas", "3290 Diest",
                "1800 Vilvoorde"],
    "street_fr": ["Rue de la Loi", "Rue Haute", "Chaussée de Wavre", "Avenue Louise", "Rue des Carmes",
                  "Place du Marché", "Rue Saint-Gilles", "Boulevard d'Avroy", "Rue de Fer", "Rue Neuve",
                  "Avenue de Tervueren", "Rue du Moulin"],
    "city_fr": ["1050 Ixelles", "4000 Liège", "5000 Namur", "6000 Charleroi", "7000 Mons", "1348 Louvain-la-Neuve",
                "1060 Saint-Gilles", "4800 Verviers", "1400 Nivelles", "6700 Arlon"],
    "street_gb": ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Kingsway", "Albert Terrace",
                  "Orchard Close", "Queen's Drive", "Elm Grove", "Harbour View"],
    "city_gb": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Brighton", "York",
                "Sheffield", "Derby"],
    "street_us": ["Maple Ave", "Oak Street", "Sunset Blvd", "Pine Ridge Rd", "Lakeview Dr", "Cedar Ln",
                  "Hillcrest Ct", "Willow Way", "Main St", "Elm Pl"],
    "city_us": ["Springfield, IL", "Austin, TX", "Columbus, OH", "Tucson, AZ", "Raleigh, NC", "Boise, ID",
                "Fresno, CA", "Omaha, NE", "Tampa, FL", "Denver, CO"],
    "pw_word": "zomer winter lente panda tijger muffin koekje voetbal kanarie bliksem dolfijn sunset "
               "dragon galaxy pizza kitty shadow ninja rocket banane soleil papillon chocolat mango "
               "hazelnoot pannekoek frietje lama unicorn storm tornado".split(),
    "gamer": "nova ghost viper blaze frost sniper raven wolfy toxic lunar pixel venom glitch ember "
             "zeno onyx kairo saber echo drift nyx jinx hex vortex".split(),
    "domain": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "icloud.com", "telenet.be", "yahoo.fr",
               "ziggo.nl", "skynet.be", "hotmail.be", "kpnmail.nl", "protonmail.com", "outlook.be",
               "gmail.be", "hotmail.co.uk", "yahoo.com"],
    "brand_game": ["Arcadia Online", "Blocky Royale", "Nexus Play", "PixelForge", "Vortex Arena", "Questly",
                   "Gridfall", "Slayzone"],
    "brand_telco": ["Belmo", "Telvio", "Zapp Mobiel", "Kwik Mobile", "Orbit Telecom", "Nuvo Mobile",
                    "Simmr", "Bellio"],
    "brand_bank": ["Vaultly", "Bancora", "Munt Bank", "Kroon Bank", "Finlo", "Spaarly"],
    "brand_food": ["Hapje", "Snackr", "FoodFlash", "Bordje", "Miam", "Eetz"],
    "brand_market": ["Tweedo", "Swapr", "Rekkie", "Marktje", "Vendly", "Occaz"],
    "brand_bnpl": ["Laterr", "PayLatr", "Splitz", "Uitstel", "Klaro Pay", "Nowlater"],
    "brand_tix": ["TixNow", "Ticketo", "Podium Pass", "Stagey", "Gigz", "Festivo"],
    "brand_api": ["Payloop", "Stackpay", "Hookly", "Sendr", "Gridly", "Pingr"],
    "brand_stream": ["Streamo", "Flixo", "Kijkr", "Beamr", "Vidly", "Zapflix"],
    "brand_energy": ["Stroomz", "Voltaa", "Energica", "Warmr"],
}
SHARED = {
    "emoji": ["😭", "🙏", "😤", "💀", "🥲", "😡", "🙄", "🔥", "😩", "❤️", "👀", "🤡", "😂", "🤦‍♀️", "🫠", "✨",
              "👍", "😬", "🆘", "‼️"],
    "slang_en": ["bro", "ngl", "fr fr", "pls", "ffs", "lowkey", "no cap", "istg", "omg", "smh", "bruh", "deadass"],
    "slang_nl": ["bro", "wallah", "ff", "pls", "ngl", "sws", "echt", "man man", "joh", "serieus", "fr"],
    "slang_nlbe": ["amai", "allez", "pff", "zeg", "bro", "ni normaal", "echt", "ff"],
    "slang_frbe": ["wesh", "tkt", "mdr", "svp", "jsp", "ptdr", "frr", "grave", "sah", "wallah"],
    "subj_en": ["account hacked", "refund", "cant log in", "Payment issue", "sim locked", "urgent!!",
                "API access", "Question about my order", "help", "wifi"],
    "subj_nl": ["account gehackt", "terugbetaling", "inloggen lukt niet", "Betaalprobleem", "simkaart geblokkeerd",
                "dringend", "API toegang", "vraag", "hulp aub", "wifi"],
    "subj_frbe": ["compte piraté", "remboursement", "connexion impossible", "problème de paiement",
                  "sim bloquée", "urgent", "accès API", "question", "aide svp"],
}


def split_pool(lst, half_idx):
    return [x for i, x in enumerate(lst) if i % 2 == half_idx]


# ---------------------------------------------------------------- text data
# cue phrasings: type|lang|text
CUES = r"""
password|en|password: [[password]]
password|en|my pw was [[password]]
password|en|[[password]] is my password
password|en|paswrd [[password]]
password|en|old password was [[password]] ngl
password|en|tried [[password]] like 10 times
password|en|pass = [[password]]
password|en|passwrod [[password]] (yes i know its bad)
password|en|my passw is literally [[password]]
password|en|pwd [[password]]
password|en|it says wrong password but its [[password]] fr fr
password|en|screenshot shows the password field: [[password]]
password|nl|wachtwoord: [[password]]
password|nl|mn ww is [[password]]
password|nl|wachtwood [[password]]
password|nl|[[password]] is mijn ww
password|nl|oude wachtwoord was [[password]]
password|nl|ww = [[password]]
password|nl|heb [[password]] al 5x geprobeerd als wachtwoord
password|nl|staat in de screenshot: wachtwoord [[password]]
password|nlbe|paswoord is [[password]]
password|nlbe|mijn paswoord [[password]] werkt ni meer
password|nlbe|pw: [[password]] amai
password|nlbe|da wachtwoord [[password]] klopt toch
password|frbe|mot de passe: [[password]]
password|frbe|mdp [[password]]
password|frbe|mon mdp c'est [[password]]
password|frbe|[[password]] c mon mot de passe
password|frbe|mot de pass [[password]] tkt
password|frbe|ancien mdp: [[password]]
login|en|login [[username]] pw [[password]]
login|en|[[username]] / [[password]]
login|en|credentials: [[username]]:[[password]]
login|en|user: [[username]]\npass: [[password]]
login|en|username is [[username]] and password [[password]]
login|en|signed in w [[username]] + [[password]]
login|en|acc: [[username]] pw=[[password]]
login|en|my epic login is [[username]] and the pw [[password]]
login|en|gamertag [[username]] password [[password]]
login|en|[[username]] [[password]] thats literally what i type
login|nl|inloggen met [[username]] en ww [[password]]
login|nl|inlog [[username]] pw=[[password]]
login|nl|gebruikersnaam [[username]] wachtwoord [[password]]
login|nl|gebruikesnaam: [[username]]\nwachtwoord: [[password]]
login|nl|account [[username]] ww [[password]]
login|nl|[[username]] [[password]] klopt toch??
login|nl|[[username]] met wachtwoord [[password]]
login|nl|login: [[username]] / [[password]]
login|nlbe|login [[username]] paswoord [[password]]
login|nlbe|gebruikersnaam is [[username]], paswoord [[password]]
login|nlbe|mijn account [[username]] en paswoord [[password]]
login|nlbe|aanmelden met [[username]] en [[password]]
login|frbe|identifiant [[username]] mdp [[password]]
login|frbe|login: [[username]] / mot de passe: [[password]]
login|frbe|nom d'utilisateur [[username]] et mdp [[password]]
login|frbe|compte [[username]] mdp=[[password]]
login|frbe|pseudo [[username]] + mdp [[password]] pour me connecter
login|frbe|[[username]] et [[password]] c ce que je tape
username|en|username: [[username]]
username|en|my login is [[username]]
username|en|psn id [[username]] (thats the login)
username|en|acc name to log in is [[username]]
username|nl|gebruikersnaam: [[username]]
username|nl|mn login is [[username]]
username|nl|inlognaam [[username]]
username|nl|log in als [[username]]
username|nlbe|gebruikersnaam is [[username]]
username|nlbe|aanmeldnaam [[username]]
username|frbe|identifiant: [[username]]
username|frbe|mon login c'est [[username]]
pin|en|pin [[pin]]
pin|en|my card pin is [[pin]]
pin|en|pin code: [[pin]]
pin|en|[[pin]] is the pin
pin|en|app pin [[pin]]
pin|en|the PIN i set was [[pin]]
pin|en|my new pin ([[pin]]) doesnt work
pin|en|piin [[pin]] typo lol but thats it
pin|nl|pincode [[pin]]
pin|nl|pincdoe: [[pin]]
pin|nl|mijn pin is [[pin]]
pin|nl|[[pin]] is mn pincode
pin|nl|sim pin [[pin]]
pin|nl|app-pincode [[pin]]
pin|nl|pin van mn pas is [[pin]]
pin|nl|pincode (5 cijfers) [[pin:5]]
pin|nlbe|pincode van mijn bankkaart is [[pin]]
pin|nlbe|mijn pin [[pin]] werkt ni
pin|nlbe|pincode gsm [[pin]]
pin|nlbe|geheime code [[pin]]
pin|frbe|code pin [[pin]]
pin|frbe|mon code secret c'est [[pin]]
pin|frbe|pin de la carte: [[pin]]
pin|frbe|code PIN de ma sim [[pin]]
pin|frbe|[[pin]] c mon code pin
pin|frbe|code de l'appli (6 chiffres) [[pin:6]]
puk|en|puk [[puk]]
puk|en|puk code is [[puk]]
puk|en|PUK: [[puk]]
puk|en|the puk on the card says [[puk]]
puk|en|puk1 [[puk]]
puk|en|[[puk]] is the puk
puk|en|unblocking code (puk) [[puk]]
puk|en|puk number [[puk]] from the plastic card
puk|nl|puk [[puk]]
puk|nl|pukcode [[puk]]
puk|nl|puk-code: [[puk]]
puk|nl|de puk is [[puk]]
puk|nl|pukode [[puk]]
puk|nl|[[puk]] is de puk
puk|nl|PUK1 [[puk]]
puk|nl|puk van het pasje: [[puk]]
puk|nlbe|puk van mijn gsm is [[puk]]
puk|nlbe|pukcode op de kaart: [[puk]]
puk|nlbe|de PUK-code [[puk]]
puk|nlbe|deblokkeercode [[puk]]
puk|frbe|code puk [[puk]]
puk|frbe|le puk c'est [[puk]]
puk|frbe|PUK: [[puk]]
puk|frbe|mon code PUK [[puk]]
puk|frbe|puk = [[puk]]
puk|frbe|code de déblocage [[puk]]
otp|en|verification code [[otp]]
otp|en|the 2fa code is [[otp]]
otp|en|otp: [[otp]]
otp|en|sms code [[otp]]
otp|en|got [[otp]] as the code
otp|en|one time code [[otp]]
otp|en|login code [[otp]]
otp|en|verifcation code [[otp]]
otp|nl|verificatiecode [[otp]]
otp|nl|verificatiecdoe [[otp]]
otp|nl|sms-code: [[otp]]
otp|nl|de code is [[otp]]
otp|nl|eenmalige code [[otp]]
otp|nl|inlogcode [[otp]]
otp|nl|[[otp]] is de code die ik kreeg
otp|nl|2fa code [[otp]]
otp|nlbe|de code via sms: [[otp]]
otp|nlbe|bevestigingscode [[otp]]
otp|nlbe|activatiecode [[otp]]
otp|nlbe|de sms zegt [[otp]]
otp|frbe|code de vérification [[otp]]
otp|frbe|le code sms c'est [[otp]]
otp|frbe|code reçu: [[otp]]
otp|frbe|code à usage unique [[otp]]
otp|frbe|code de confirmation [[otp]]
otp|frbe|le code a 6 chiffres [[otp]]
wifi_key|en|wifi password [[wifi_key]]
wifi_key|en|wifi key is [[wifi_key]]
wifi_key|en|the wpa key on the sticker is [[wifi_key]]
wifi_key|en|network key: [[wifi_key]]
wifi_key|en|wifi pw [[wifi_key]]
wifi_key|en|[[wifi_key]] is the wifi pass
wifi_key|en|wpa2 key [[wifi_key]]
wifi_key|en|wireless key [[wifi_key]]
wifi_key|nl|wifi wachtwoord [[wifi_key]]
wifi_key|nl|netwerksleutel: [[wifi_key]]
wifi_key|nl|wifi-code [[wifi_key]]
wifi_key|nl|de wifisleutel is [[wifi_key]]
wifi_key|nl|wpa sleutel [[wifi_key]]
wifi_key|nl|wifiww [[wifi_key]]
wifi_key|nl|op de sticker staat wifi key [[wifi_key]]
wifi_key|nl|[[wifi_key]] is het wifi wachtwoord
wifi_key|nlbe|wifi paswoord [[wifi_key]]
wifi_key|nlbe|code van de wifi [[wifi_key]]
wifi_key|nlbe|sleutel van de wifi: [[wifi_key]]
wifi_key|nlbe|wifi sleutel [[wifi_key]]
wifi_key|frbe|clé wifi [[wifi_key]]
wifi_key|frbe|mdp wifi [[wifi_key]]
wifi_key|frbe|clé WPA: [[wifi_key]]
wifi_key|frbe|le code wifi c'est [[wifi_key]]
wifi_key|frbe|clé de sécurité réseau [[wifi_key]]
wifi_key|frbe|[[wifi_key]] c la clé du wifi
api_key|en|api key: [[api_key]]
api_key|en|our live key [[api_key:sk]]
api_key|en|using key [[api_key]]
api_key|en|access key [[api_key:akia]] secret [[api_key:aws_secret]]
api_key|en|X-Api-Key: [[api_key:hex32]]
api_key|en|apikey=[[api_key]]
api_key|en|consumer key [[api_key:ck]] / consumer secret [[api_key:cs]]
api_key|en|google maps key [[api_key:aiza]]
api_key|nl|api-sleutel [[api_key]]
api_key|nl|onze key is [[api_key:sk]]
api_key|nl|apikey: [[api_key]]
api_key|nl|de sleutel [[api_key]] geeft 401
api_key|nl|met key [[api_key:sg]]
api_key|nl|aws secret [[api_key:aws_secret]]
api_key|nlbe|api key van ons: [[api_key]]
api_key|nlbe|sleutel [[api_key:hex32]]
api_key|frbe|clé api [[api_key]]
api_key|frbe|notre clé [[api_key:sk]]
api_key|frbe|clé secrète [[api_key:aws_secret]]
api_key|frbe|api_key=[[api_key:hex32]]
api_key|frbe|clé publique [[api_key:pk]]
api_key|frbe|la clé sendgrid [[api_key:sg]]
token|en|Authorization: Bearer [[token:jwt]]
token|en|token [[token:hex40]]
token|en|access token is [[token]]
token|en|refresh token [[token]]
token|en|github token [[token:ghp]]
token|en|slack bot token [[token:xoxb]]
token|en|session token: [[token:hex64]]
token|en|my pat [[token:glpat]]
token|nl|token: [[token]]
token|nl|bearer [[token:jwt]]
token|nl|toegangstoken [[token]]
token|nl|de token [[token:hex40]] is verlopen?
token|nl|sessietoken [[token:hex64]]
token|nl|github pat [[token:ghpat]]
token|nlbe|token van de app [[token]]
token|nlbe|access token [[token:jwt]]
token|frbe|jeton d'accès [[token]]
token|frbe|le token [[token:hex40]]
token|frbe|token: [[token:xoxp]]
token|frbe|Bearer [[token:jwt]]
token|frbe|token de rafraîchissement [[token]]
token|frbe|mon token discord bot [[token:hex64]]
card|en|card [[card]] exp [[card_expiry]] cvv [[cvv]]
card|en|[[card]] ([[card_expiry]]) security code [[cvv]]
card|en|card number [[card]], [[card_expiry]], cvc [[cvv]]
card|en|long number [[card]] then [[card_expiry]] and [[cvv]] on the back
card|en|[[card]] [[card_expiry]] [[cvv]] thats whats on the card
card|en|card [[card]] valid thru [[card_expiry]], 3 digit code [[cvv]]
card|en|the code on the back is [[cvv]] and expiry [[card_expiry]]
card|en|cvc2: [[cvv]]
card|en|sec code [[cvv]] card ends up being [[card]]
card|en|card no: [[card]] expiry [[card_expiry]]
card|nl|kaartnummer [[card]] geldig tot [[card_expiry]] cvc [[cvv]]
card|nl|[[card]] vervaldatum [[card_expiry]] code achterop [[cvv]]
card|nl|3 cijfers achterop: [[cvv]]
card|nl|creditcard [[card]] ([[card_expiry]])
card|nl|de cvc is [[cvv]]
card|nl|beveiligingscode [[cvv]], kaart [[card]]
card|nl|mn pas [[card]] exp [[card_expiry]] cvv [[cvv]]
card|nl|kaart: [[card]], [[card_expiry]], [[cvv]]
card|nl|cvv-code [[cvv]]
card|nl|cijfers achterop de kaart zijn [[cvv]]
card|nlbe|kredietkaart [[card]] vervalt [[card_expiry]] en de code achteraan [[cvv]]
card|nlbe|nummer van mijn kaart [[card]] cvc [[cvv]]
card|nlbe|kaart [[card]] geldig [[card_expiry]] controlecode [[cvv]]
card|nlbe|veiligheidscode [[cvv]]
card|frbe|carte [[card]] exp [[card_expiry]] cvv [[cvv]]
card|frbe|numéro de carte [[card]], date d'expiration [[card_expiry]], cryptogramme [[cvv]]
card|frbe|les 3 chiffres au dos: [[cvv]]
card|frbe|carte visa [[card]] ([[card_expiry]]) code de sécurité [[cvv]]
card|frbe|ma carte [[card]] expire [[card_expiry]]
card|frbe|cvc [[cvv]] et la carte c'est [[card]]
card|frbe|crypto [[cvv]]
iban|en|iban [[iban]]
iban|en|my account is [[iban]]
iban|en|refund to [[iban]] pls
iban|en|bank acc: [[iban]]
iban|en|IBAN: [[iban]] (name on it is mine)
iban|en|[[iban]] is my iban
iban|en|account number [[iban]]
iban|en|sort it to this iban [[iban]]
iban|nl|iban [[iban]]
iban|nl|rekeningnummer [[iban]]
iban|nl|mn rekening: [[iban]]
iban|nl|terugstorten op [[iban]] aub
iban|nl|rekeningnr [[iban]]
iban|nl|ibn [[iban]]
iban|nl|[[iban]] staat op naam van mijn moeder
iban|nl|rekeningnummmer [[iban]]
iban|nlbe|rekeningnummer [[iban]]
iban|nlbe|op mijn rekening [[iban]] aub
iban|nlbe|mijn iban is [[iban]]
iban|nlbe|bankrekening [[iban]]
iban|frbe|iban [[iban]]
iban|frbe|mon compte [[iban]]
iban|frbe|numéro de compte: [[iban]]
iban|frbe|remboursez sur [[iban]] svp
iban|frbe|[[iban]] c mon iban
iban|frbe|compte bancaire [[iban]]
bsn|nl|bsn [[bsn]]
bsn|nl|burgerservicenummer: [[bsn]]
bsn|nl|mijn bsn is [[bsn]]
bsn|nl|sofinummer [[bsn]]
bsn|nl|bsn nr [[bsn]]
bsn|nl|BSN: [[bsn]]
bsn|nl|[[bsn]] (bsn)
bsn|nl|mn bsn: [[bsn]]
bsn|nl|burgerservicenr [[bsn]]
bsn|nl|bsn van mijn zoon is [[bsn]]
bsn|nl|bsn-nummer [[bsn]]
bsn|nl|gegevens: [[p:fullname]] [[date_of_birth]] [[bsn]]
bsn|nl|bns [[bsn]] (typo, bsn bedoel ik)
bsn|nl|sofi [[bsn]]
bsn|en|my BSN is [[bsn]]
bsn|en|BSN (dutch citizen number) [[bsn]]
bsn|en|citizen service number [[bsn]]
bsn|en|bsn: [[bsn]]
bsn|en|burgerservicenummer [[bsn]] if that helps
bsn|en|my dutch id number (bsn) [[bsn]]
bsn|nlbe|mijn Nederlandse bsn [[bsn]]
bsn|nlbe|bsn [[bsn]] van toen ik in Breda werkte
bsn|frbe|mon BSN néerlandais [[bsn]]
bsn|frbe|numéro BSN [[bsn]]
token|en|x-auth-token [[token:hex64]]
token|en|the bearer in the screenshot: [[token:jwt]]
token|nl|refresh_token=[[token]]
token|nl|mijn gitlab token [[token:glpat]]
token|frbe|ghp: [[token:ghp]]
token|nlbe|session token [[token:hex40]]
api_key|en|stripe secret [[api_key:sk]]
api_key|en|restricted key [[api_key:rk]]
api_key|nl|google key [[api_key:aiza]]
api_key|nl|access key id [[api_key:akia]]
api_key|frbe|clé d'api: [[api_key:api]]
api_key|nlbe|onze live key [[api_key:sk]]
card|en|amex [[card]] exp [[card_expiry]] cid [[cvv]]
card|en|debit card [[card]] ending whatever, exp [[card_expiry]]
card|en|[[card]] exp. date [[card_expiry]] cvv2 [[cvv]]
card|nl|pasnummer [[card]] (verloopt [[card_expiry]])
card|nl|[[card]] geldig t/m [[card_expiry]], cvv [[cvv]]
card|nlbe|bancontact kaart [[card]] tot [[card_expiry]]
card|frbe|[[card]] valable jusqu'au [[card_expiry]], cvv [[cvv]]
card|frbe|n° de carte: [[card]]
"""

CUE_FAMILY = {"password": "account", "login": "account", "username": "account", "pin": "pin", "puk": "puk",
              "otp": "otp", "wifi_key": "wifi", "api_key": "dev", "token": "dev", "card": "card",
              "iban": "iban", "bsn": "bsn"}

# contexts: family|lang|text   ([[CUE]] is replaced by a cue of the same half)
CONTEXTS = r"""
account|en|someone changed my email on my [[p:brand_game]] acc [[p:emoji]] [[CUE]] and now it says wrong creds
account|en|cant log in to [[p:brand_bnpl]] since the update to [[n:version_string]] [[CUE]]
account|en|my [[p:brand_market]] got hacked bro, [[CUE]], they listed stuff for [[n:amount]] in my name
account|en|locked out after 5 tries (error [[n:error_code]]) [[CUE]] what do i do
account|en|ngl i think i got phished on [[p:brand_stream]], [[CUE]] pls lock it
account|en|my discord got taken and they messaged everyone, [[CUE]] is what i had
account|nl|iemand heeft mn email veranderd op [[p:brand_game]] [[p:emoji]] [[CUE]]
account|nl|kan niet inloggen in de [[p:brand_food]] app (versie [[n:version_string]]) [[CUE]]
account|nl|mn account is gehackt wallah, [[CUE]] en er is besteld voor [[n:amount]]
account|nl|krijg steeds foutcode [[n:error_code]] bij inloggen, [[CUE]]
account|nl|staat in de screenshot: [[CUE]] maar hij pakt het niet
account|nl|mn broertje heeft ingelogd op [[p:brand_stream]] op zn [[n:model_number]] en nu werkt niks meer [[CUE]]
account|nlbe|ik geraak ni meer in mijn [[p:brand_telco]] account, [[CUE]]
account|nlbe|amai mijn account is gehackt, [[CUE]] en ze hebben [[n:amount]] uitgegeven
account|nlbe|app crasht op mijn [[n:model_number]], [[CUE]]
account|nlbe|iemand heeft mijn mailadres aangepast zeg [[CUE]]
account|frbe|wesh on m'a piraté mon compte [[p:brand_game]] [[CUE]] [[p:emoji]]
account|frbe|j'arrive plus à me connecter depuis la maj [[n:version_string]], [[CUE]]
account|frbe|qqn a changé mon email mdr pas drôle, [[CUE]]
account|frbe|erreur [[n:error_code]] quand je me connecte, [[CUE]] svp
pin|en|card got blocked at the shop after a [[n:amount]] purchase, [[CUE]] is it locked?
pin|en|[[p:brand_bank]] app asks for my pin again, [[CUE]] but error [[n:error_code]]
pin|en|bought a new [[n:model_number]] and now the sim wants a pin, [[CUE]]
pin|en|ffs atm ate my card, [[CUE]] pls unblock
pin|nl|pas geblokkeerd bij de kassa ([[n:amount]]) [[CUE]]
pin|nl|foutcode [[n:error_code]] bij het pinnen, [[CUE]] dus dat klopt
pin|nl|nieuwe telefoon ([[n:model_number]]) vraagt om sim pin, [[CUE]] maar werkt niet
pin|nl|app blijft zeggen onjuiste pincode [[CUE]] bro
pin|nlbe|mijn bankkaart werkt ni meer aan de bancontact, [[CUE]]
pin|nlbe|gsm vraagt pin na update [[n:version_string]], [[CUE]]
pin|frbe|ma carte est bloquée au distributeur, [[CUE]]
pin|frbe|le [[n:model_number]] demande le code pin, [[CUE]] mais ça marche pas
pin|frbe|erreur [[n:error_code]] au paiement de [[n:amount]], [[CUE]]
puk|en|phone says sim locked enter puk, [[CUE]] is that right? its a [[n:model_number]]
puk|en|typed the pin wrong 3x lol [[CUE]]
puk|en|prepaid sim blocked right after a [[n:amount]] top up, [[CUE]]
puk|nl|sim geblokkeerd na 3x verkeerde pin, [[CUE]]
puk|nl|mn telefoon vraagt om puk, [[CUE]] maar dan staat er fout
puk|nl|prepaid ([[n:qdata]] bundel) sim op slot [[CUE]]
puk|nlbe|mijn gsm vraagt de puk, [[CUE]]
puk|nlbe|simkaart geblokkeerd, [[CUE]] wa moet ik doen
puk|frbe|ma sim est bloquée, [[CUE]]
puk|frbe|le tel demande le puk, [[CUE]] svp vite
puk|frbe|après 3 essais sim bloquée, [[CUE]]
otp|en|some guy on [[p:brand_market]] asked me for the code they texted me, [[CUE]], was that a scam??
otp|en|[[p:brand_bnpl]] keeps asking to verify, [[CUE]] but it says expired at [[n:time]]
otp|en|didnt request this [[CUE]], someone tryna get in my acc
otp|en|login to [[p:brand_stream]] on my tv wants [[CUE]]
otp|nl|iemand op [[p:brand_market]] vroeg om de code uit de sms, [[CUE]], oplichter?
otp|nl|krijg [[CUE]] maar ik heb niks aangevraagd
otp|nl|[[p:brand_bnpl]] vraagt verificatie, [[CUE]] maar verlopen om [[n:time]]
otp|nl|bezorger van [[p:brand_food]] vroeg om een code, [[CUE]], klopt dat?
otp|nlbe|ik kreeg [[CUE]] maar ik heb niks gevraagd
otp|nlbe|bij het aanmelden vraagt hij [[CUE]] en dan foutmelding [[n:error_code]]
otp|frbe|un mec sur [[p:brand_market]] m'a demandé le code, [[CUE]], arnaque ou quoi
otp|frbe|j'ai reçu [[CUE]] sans rien demander
otp|frbe|[[p:brand_bnpl]] veut une vérification, [[CUE]] mais expiré à [[n:time]]
wifi|en|router [[n:model_number]] keeps dropping, [[CUE]] and speed is like [[n:qdata]]
wifi|en|my little bro changed the wifi and forgot, sticker says [[CUE]]
wifi|en|cant connect my console, [[CUE]] is what i type
wifi|en|new flat, [[p:brand_telco]] box, [[CUE]] doesnt work
wifi|nl|modem [[n:model_number]] doet raar, [[CUE]]
wifi|nl|wifi valt steeds weg, [[CUE]] en ik haal maar [[n:qdata]]
wifi|nl|kan mn laptop niet verbinden, [[CUE]]
wifi|nl|nieuwe router van [[p:brand_telco]] gekregen, [[CUE]] werkt niet
wifi|nlbe|mijn modem doet het ni, [[CUE]]
wifi|nlbe|internet van [[p:brand_telco]] trager dan [[n:qdata]], [[CUE]]
wifi|frbe|la box [[n:model_number]] déconnecte tout le temps, [[CUE]]
wifi|frbe|je capte pas le wifi, [[CUE]]
wifi|frbe|mon petit frère a changé le wifi, [[CUE]]
dev|en|getting 401 from [[p:brand_api]] since [[n:date]], [[CUE]] what am i doing wrong
dev|en|my discord bot stopped working, [[CUE]] and the endpoint [[n:url]] returns [[n:error_code]]
dev|en|accidentally pushed this to a public repo lol [[CUE]] can u revoke
dev|en|webhook fails after sdk [[n:version_string]], [[CUE]]
dev|nl|krijg 401 van [[p:brand_api]] sinds [[n:date]], [[CUE]]
dev|nl|mijn webshop koppeling werkt niet meer, [[CUE]], endpoint [[n:url]]
dev|nl|per ongeluk gedeeld in een discord, [[CUE]] graag intrekken
dev|nlbe|onze integratie geeft [[n:error_code]], [[CUE]]
dev|nlbe|sinds versie [[n:version_string]] werkt het ni, [[CUE]]
dev|frbe|erreur 401 depuis le [[n:date]], [[CUE]]
dev|frbe|mon bot discord marche plus, [[CUE]]
dev|frbe|j'ai publié par erreur sur github, [[CUE]] svp révoquez
card|en|trying to pay [[n:amount]] for tix (row [[n:qnum]]) and it keeps failing, [[CUE]]
card|en|[[p:brand_bnpl]] wont accept my card, [[CUE]]
card|en|ordered food at [[n:time]] and it charged twice, [[CUE]]
card|en|the guy on [[p:brand_market]] asked for my card to send money lol [[CUE]] was that bad?
card|nl|betaling van [[n:amount]] lukt niet, [[CUE]]
card|nl|wil mn kaart toevoegen in de app maar foutcode [[n:error_code]], [[CUE]]
card|nl|concertkaartjes (vak [[n:qnum]]) betalen lukt niet, [[CUE]]
card|nl|iemand op [[p:brand_market]] vroeg mn kaartgegevens, [[CUE]], oeps
card|nlbe|betalen met mijn kaart lukt ni, [[CUE]]
card|nlbe|ik wil mijn kredietkaart wijzigen bij [[p:brand_tix]], [[CUE]]
card|frbe|paiement de [[n:amount]] refusé, [[CUE]]
card|frbe|je veux changer ma carte, [[CUE]]
card|frbe|un gars m'a demandé ma carte sur [[p:brand_market]], [[CUE]] c grave?
iban|en|still waiting on my refund of [[n:amount]] for order [[n:order_number]], [[CUE]]
iban|en|concert got cancelled, [[CUE]] send it back there
iban|en|sold my hoodie on [[p:brand_market]] but payout failed, [[CUE]]
iban|nl|wacht nog op terugbetaling van [[n:amount]] (bestelling [[n:order_number]]), [[CUE]]
iban|nl|concert afgelast, [[CUE]]
iban|nl|uitbetaling van [[p:brand_market]] mislukt, [[CUE]]
iban|nlbe|ik wacht nog op mijn geld terug ([[n:amount]]), [[CUE]]
iban|nlbe|domiciliëring aanpassen aub, [[CUE]]
iban|frbe|j'attends toujours mon remboursement de [[n:amount]], [[CUE]]
iban|frbe|concert annulé, [[CUE]]
iban|frbe|virement échoué, [[CUE]]
bsn|en|setting up my [[p:brand_energy]] contract, they asked for this: [[CUE]]
bsn|en|for the insurance form: [[CUE]]
bsn|en|my payslip app shows the wrong number, [[CUE]]
bsn|nl|voor mijn zorgverzekering: [[CUE]]
bsn|nl|bij het aanvragen van toeslag vraagt hij [[CUE]]
bsn|nl|formulier geeft foutcode [[n:error_code]] bij [[CUE]]
bsn|nl|studiefinanciering aanvraag: [[CUE]]
bsn|nlbe|voor mijn job in Nederland: [[CUE]]
bsn|nlbe|formulier vraagt [[CUE]]
bsn|frbe|pour mon job aux Pays-Bas, [[CUE]]
bsn|frbe|le formulaire demande [[CUE]]
"""

# standalone bodies: family|lang|register|text
BODIES = r"""
pin|en|agent|Thanks, I've reset PIN [[pin]] for you, you can change it in the app anytime.
pin|en|agent|Your temporary app PIN is [[pin]], please change it after logging in.
pin|nl|agent|Je nieuwe pincode is [[pin]], wijzig hem zo snel mogelijk in de app.
pin|nlbe|agent|We hebben je pincode teruggezet naar [[pin]].
pin|frbe|agent|Votre nouveau code PIN provisoire est [[pin]]
pin|en|reply|[[pin]]\n\nthats the pin you asked for
pin|nl|reply|[[pin]]\n(de pincode die je vroeg)
puk|en|agent|Your PUK is [[puk]], enter it and choose a new PIN.
puk|nl|agent|De pukcode van je simkaart is [[puk]]
puk|nlbe|agent|Je pukcode is [[puk]], daarna kies je een nieuwe pin.
puk|frbe|agent|Votre code PUK: [[puk]]
otp|en|agent|We've received code [[otp]], thanks, you're verified.
otp|nl|agent|Bedankt, code [[otp]] is verwerkt.
otp|frbe|agent|Merci, le code [[otp]] est bien validé.
otp|en|reply|[[otp]]
otp|nl|reply|[[otp]] [[p:emoji]]
wifi|en|agent|Your new wifi key is [[wifi_key]], it can take a few minutes to apply.
wifi|nl|agent|Je wifi-wachtwoord is gewijzigd naar [[wifi_key]]
wifi|frbe|agent|Votre nouvelle clé wifi: [[wifi_key]]
wifi|nlbe|agent|Je nieuwe wifi paswoord is [[wifi_key]]
account|en|agent|I've set a temporary password for you: [[password]]
account|nl|agent|Je tijdelijke wachtwoord is [[password]], wijzig dit na inloggen.
account|en|agent|Your username is [[username]], the password reset link is on its way.
account|nl|agent|Je gebruikersnaam is [[username]], een resetlink is onderweg naar je mail.
account|frbe|agent|Votre identifiant est [[username]] et le mot de passe provisoire [[password]]
account|nlbe|agent|Je login is [[username]], je tijdelijk paswoord [[password]]
iban|nl|agent|We storten [[n:amount]] terug op [[iban]].
iban|en|agent|Refund of [[n:amount]] will go to [[iban]] within 5 working days.
iban|frbe|agent|Le remboursement de [[n:amount]] sera versé sur [[iban]].
card|en|agent|Thanks, we've updated your card to [[card]] exp [[card_expiry]].
card|nl|agent|Kaart [[card]] is toegevoegd aan je account.
card|en|agent|Please don't share the cvv ([[cvv]]) here, delete your post pls.
card|nl|agent|Verwijder je post aub, je cvc [[cvv]] staat erin!
card|frbe|agent|Supprimez votre commentaire svp, votre cryptogramme [[cvv]] est visible.
dev|en|agent|We revoked token [[token]], generate a new one in the dashboard.
dev|en|agent|The key [[api_key]] has been rolled, please update your integration.
dev|nl|agent|De sleutel [[api_key]] is ingetrokken, maak een nieuwe aan.
dev|frbe|agent|Le token [[token]] a été révoqué.
bsn|nl|agent|We hebben je BSN [[bsn]] genoteerd voor de aanvraag.
bsn|en|agent|Thanks, BSN [[bsn]] is now linked to your policy.
other|en|cust|new address is [[address]], pls update before order [[n:order_number]] ships
other|en|cust|call me on [[phone]] after [[n:time]]
other|en|cust|my email is [[email]] not the old one
other|en|cust|DOB [[date_of_birth]] if u need to verify
other|en|cust|customer number [[customer_number]], contract ends [[n:date]]
other|en|cust|my ip shows as [[ip_address]] and it says blocked (error [[n:error_code]])
other|en|cust|account no. [[customer_number]] - bill says [[n:amount]] for [[n:qdata]] data??
other|en|cust|born [[date_of_birth]], the account is in my name
other|en|cust|text me at [[phone]] when the driver is close
other|nl|cust|nieuw adres: [[address]]
other|nl|cust|bel me op [[phone]]
other|nl|cust|mn mail is [[email]]
other|nl|cust|ik ben van [[date_of_birth]]
other|nl|cust|klantnummer [[customer_number]] en meterstand [[n:meter_reading]]
other|nl|cust|geb datum [[date_of_birth]] klantnr [[customer_number]]
other|nl|cust|mijn ip is [[ip_address]] volgens de site
other|nl|cust|verhuisd naar [[address]] per [[n:date]]
other|nl|cust|mail mn moeder maar op [[email]] of bel [[phone]]
other|nlbe|cust|mijn gsmnummer is [[phone]]
other|nlbe|cust|nieuw adres [[address]]
other|nlbe|cust|klantennummer [[customer_number]]
other|nlbe|cust|ik ben geboren op [[date_of_birth]]
other|nlbe|cust|mail naar [[email]] aub
other|frbe|cust|ma nouvelle adresse: [[address]]
other|frbe|cust|mon num c'est [[phone]]
other|frbe|cust|mon mail [[email]]
other|frbe|cust|numéro client [[customer_number]]
other|frbe|cust|né le [[date_of_birth]]
other|frbe|cust|mon ip [[ip_address]]
other|frbe|cust|livrez à [[address]] svp
clean|en|cust|ordered at [[n:time]] still no food, order [[n:order_number]] [[p:emoji]]
clean|en|cust|wifi password is on the sticker of the [[n:model_number]] right? cant find it
clean|en|cust|pin payment failed with error [[n:error_code]] at the store
clean|en|cust|tracking [[n:tracking_number]] says delivered but nothing here fr
clean|en|cust|why is my bill [[n:amount]] when my plan is [[n:qdata]]
clean|en|cust|tix for [[n:date]], section [[n:qnum]] row [[n:qnum]] seat [[n:qnum]], app shows no barcode
clean|en|cust|topped up [[n:amount]] but still says [[n:qdata]] left
clean|en|cust|app [[n:version_string]] crashes when i enter my pin code
clean|en|cust|your site [[n:url]] says code expired, what code?
clean|en|cust|reached level [[n:qnum]] and lost progress after the [[n:version_string]] update
clean|en|cust|flight [[n:flight_number]] delayed to [[n:time]], refund?
clean|en|cust|invoice [[n:invoice_number]] charged [[n:percentage]] extra
clean|en|cust|case [[n:ticket_number]] still open since [[n:date]] smh
clean|en|cust|where do i find the puk code? sim is from [[n:year]]
clean|en|cust|the login code never arrives, tried [[n:qnum]] times
clean|en|cust|product [[n:product_code]] arrived broken, order [[n:order_number]]
clean|en|cust|company no [[n:company_registration]] on the invoice is wrong
clean|en|cust|meter reading [[n:meter_reading]] submitted, still estimated
clean|nl|cust|bestelling [[n:order_number]] nog steeds niet binnen, track en trace [[n:tracking_number]]
clean|nl|cust|modem [[n:model_number]], wifi wachtwoord staat op de sticker maar die is weg
clean|nl|cust|foutcode [[n:error_code]] bij het pinnen [[p:emoji]]
clean|nl|cust|waarom is mn rekening [[n:amount]] als ik een [[n:qdata]] bundel heb
clean|nl|cust|meterstand [[n:meter_reading]] doorgegeven op [[n:date]]
clean|nl|cust|verificatiecode komt niet binnen, heb [[n:qnum]] keer geprobeerd
clean|nl|cust|pincode vergeten, hoe vraag ik een nieuwe aan? pas van [[n:year]]
clean|nl|cust|ticketnummer [[n:ticket_number]], nog geen reactie sinds [[n:date]]
clean|nl|cust|factuur [[n:invoice_number]] klopt niet, [[n:percentage]] te veel
clean|nl|cust|vlucht [[n:flight_number]] vertraagd tot [[n:time]]
clean|nl|cust|app versie [[n:version_string]] vraagt steeds om mn wachtwoord
clean|nl|cust|bel ik [[n:company_phone]] of kan het via de chat?
clean|nl|cust|artikel [[n:product_code]] is kapot aangekomen
clean|nl|cust|kvk [[n:company_registration]] staat fout op mn factuur
clean|nlbe|cust|mijn pakket [[n:tracking_number]] is nog ni toegekomen
clean|nlbe|cust|factuur van [[n:amount]] voor [[n:qkwh]] stroom?
clean|nlbe|cust|wifi paswoord staat op de sticker van de [[n:model_number]] zeker?
clean|nlbe|cust|ondernemingsnummer [[n:company_registration]] staat fout op factuur [[n:invoice_number]]
clean|nlbe|cust|ik heb [[n:company_phone]] gebeld maar niemand neemt op
clean|nlbe|cust|concert [[n:date]] om [[n:time]], staanplaats, geen ticket gekregen
clean|nlbe|cust|meterstand [[n:meter_reading]], klopt mijn voorschot van [[n:amount]] wel?
clean|nlbe|cust|pincode geblokkeerd na foutcode [[n:error_code]], nieuwe kaart besteld in [[n:year]]
clean|frbe|cust|commande [[n:order_number]] toujours pas arrivée, suivi [[n:tracking_number]]
clean|frbe|cust|le code wifi est sous la box [[n:model_number]]?
clean|frbe|cust|erreur [[n:error_code]] au paiement par carte
clean|frbe|cust|facture [[n:invoice_number]] de [[n:amount]], c'est quoi ça
clean|frbe|cust|vol [[n:flight_number]] annulé, remboursement?
clean|frbe|cust|j'ai appelé le [[n:company_phone]], personne
clean|frbe|cust|recharge de [[n:amount]] mais toujours [[n:qdata]]
clean|frbe|cust|mise à jour [[n:version_string]] et l'appli demande le code pin
clean|frbe|cust|place bloc [[n:qnum]] rang [[n:qnum]] pour le [[n:date]], pas reçu le billet
clean|frbe|cust|relevé compteur [[n:meter_reading]] envoyé le [[n:date]]
clean|en|agent|Could you DM us your {order_number} and the email on the account? Please never share your password.
clean|en|agent|Please delete your tweet, it contains your card details. We've blocked the card [[n:masked_value]] for your safety.
clean|en|agent|We'll never ask for your PIN or the <code> we text you. Ticket [[n:ticket_number]] is open.
clean|en|agent|Your password shows as [[n:masked_value]] on our side, we can't see it. Try resetting via [[n:url]]
clean|en|agent|Please remove your comment, it shows your login details. Then reset your password in the app ([[n:version_string]] or newer).
clean|en|agent|Send us your <customer number> via DM and we'll check why you were charged [[n:amount]].
clean|en|agent|Call us free on [[n:company_phone]], we're there until [[n:time]].
clean|en|agent|Please DM us the {verification_code} screen, not the code itself, and your case number [[n:ticket_number]].
clean|nl|agent|Wil je je {order_number} via DM sturen? Deel nooit je wachtwoord.
clean|nl|agent|Verwijder je bericht aub, er staat je pincode in. Wij vragen nooit om je pincode of de <code> uit de sms.
clean|nl|agent|We zien je iban als [[n:masked_value]], klopt dat?
clean|nl|agent|Stuur ons je {klantnummer} en postcode via DM, dan kijken we naar factuur [[n:invoice_number]].
clean|nl|agent|Je kaart [[n:masked_value]] is geblokkeerd, bel [[n:company_phone]]
clean|nl|agent|Dit is een bekend probleem in versie [[n:version_string]], update naar de nieuwste versie.
clean|nl|agent|Haal je tweet aub offline, je wifi wachtwoord staat erin. Je kunt het wijzigen via [[n:url]]
clean|nlbe|agent|Kan je je <klantennummer> sturen in privé? Deel nooit je paswoord.
clean|nlbe|agent|Verwijder je reactie aub, je bankgegevens zijn zichtbaar. We zien de kaart als [[n:masked_value]]
clean|nlbe|agent|Bel ons gratis op [[n:company_phone]]
clean|nlbe|agent|Je pakket [[n:tracking_number]] wordt [[n:date]] geleverd.
clean|frbe|agent|Pouvez-vous nous envoyer votre {numero_commande} en privé ? Ne partagez jamais votre mot de passe.
clean|frbe|agent|Merci de supprimer votre commentaire, il contient votre code pin. Nous ne demandons jamais le <code> reçu par SMS.
clean|frbe|agent|Votre carte [[n:masked_value]] est bloquée, appelez le [[n:company_phone]]
clean|en|cust|screenshot shows card [[n:masked_value]] charged [[n:percentage]] fee, pin wasnt even asked
clean|en|cust|code [[n:product_code]] on the box, bought it in [[n:year]], wifi password sticker missing
clean|en|cust|app says password [[n:masked_value]] updated?? wasnt me, [[n:percentage]] battery and its [[n:year]] model
clean|en|cust|item [[n:product_code]] wrong size, refund [[n:percentage]]?
clean|nl|cust|in de app staat mn kaart als [[n:masked_value]], is dat de goeie? betaald in [[n:year]]
clean|nl|cust|artikelnummer [[n:product_code]] met [[n:percentage]] korting, maar code werkt niet
clean|nl|cust|mijn iban staat als [[n:masked_value]] in de app, klopt, sinds [[n:year]] klant
clean|nl|cust|artikel [[n:product_code]] is [[n:percentage]] duurder dan in de folder
clean|nlbe|cust|ik zie enkel [[n:masked_value]] bij mijn paswoord, abonnement sinds [[n:year]], [[n:percentage]] duurder nu
clean|nlbe|cust|productcode [[n:product_code]] staat ni op de bon
clean|nlbe|cust|kaart [[n:masked_value]] geweigerd, [[n:percentage]] batterij ook nog
clean|nlbe|cust|artikel [[n:product_code]] gekocht in [[n:year]]
clean|frbe|cust|la carte [[n:masked_value]] refusée, frais de [[n:percentage]] en plus, client depuis [[n:year]]
clean|frbe|cust|référence [[n:product_code]] pas reçue
clean|frbe|cust|mon mdp apparait comme [[n:masked_value]], normal? depuis [[n:year]] chez vous
clean|frbe|cust|code article [[n:product_code]] avec [[n:percentage]] de réduction
clean|frbe|agent|Envoyez-nous votre <numéro client> en MP svp, votre dossier [[n:ticket_number]] est ouvert.
"""

# frames: style|lang|text
FRAMES = r"""
chat|en|[[BODY]]
chat|en|yo [[BODY]] [[p:emoji]]
chat|en|hey\n[[BODY]]\npls help [[p:emoji]]
chat|en|[[p:slang]] [[BODY]]
chat|en|hi there, [[BODY]] thanks
chat|en|[[BODY]] [[p:emoji]][[p:emoji]]
chat|en|hello?? [[BODY]]\nanyone there
chat|en|ok so [[BODY]]
chat|nl|[[BODY]]
chat|nl|hoi [[BODY]] [[p:emoji]]
chat|nl|hallo\n[[BODY]]\nkunnen jullie helpen?
chat|nl|[[p:slang]] [[BODY]]
chat|nl|goedemiddag, [[BODY]] alvast bedankt
chat|nl|yo\n[[BODY]]\nff snel aub [[p:emoji]]
chat|nl|heyy [[BODY]]
chat|nl|[[BODY]] reageer pls
chat|nlbe|[[BODY]]
chat|nlbe|dag [[BODY]] [[p:emoji]]
chat|nlbe|hallo, [[BODY]] merci!
chat|nlbe|hey\n[[BODY]]\nalvast merci
chat|nlbe|[[BODY]] allez help mij
chat|nlbe|goeiemiddag [[BODY]]
chat|frbe|[[BODY]]
chat|frbe|bonjour [[BODY]] merci
chat|frbe|slt [[BODY]] [[p:emoji]]
chat|frbe|wesh\n[[BODY]]\naidez moi svp
chat|frbe|[[p:slang]] [[BODY]]
chat|frbe|hello [[BODY]] svp c urgent
public|en|[[n:mention]] [[BODY]] [[n:hashtag]]
public|en|[[n:mention]] [[BODY]] [[p:emoji]]
public|en|[[BODY]] [[n:mention]] [[n:hashtag]] [[n:hashtag]]
public|en|[[n:mention]] hello?? [[BODY]]
public|nl|[[n:mention]] [[BODY]] [[n:hashtag]]
public|nl|[[n:mention]] [[BODY]] [[p:emoji]]
public|nl|[[BODY]] [[n:mention]] [[n:hashtag]]
public|nl|hee [[n:mention]] [[BODY]]
public|nlbe|[[n:mention]] [[BODY]] [[n:hashtag]]
public|nlbe|[[BODY]] [[n:mention]]
public|nlbe|[[n:mention]] allez [[BODY]] [[p:emoji]]
public|nlbe|[[BODY]] [[n:hashtag]]
public|frbe|[[n:mention]] [[BODY]] [[n:hashtag]]
public|frbe|[[BODY]] [[n:mention]] [[p:emoji]]
public|frbe|allo [[n:mention]] [[BODY]]
public|frbe|[[BODY]] [[n:hashtag]] [[n:hashtag]]
email|en|Subject: [[p:subj]]\n\nHi,\n\n[[BODY]]\n\nThanks,\n[[p:fullname]]\n[[address]]\n[[phone]]
email|en|Subject: Re: [[p:subj]]\n\nHello,\n\n[[BODY]]\n\nKind regards,\n[[p:fullname]]\n\nOn [[n:date]] at [[n:time]], Customer Care wrote:\n> Thanks for getting in touch. Could you reply with your {order_number}?\n> Ticket [[n:ticket_number]]
email|en|Subject: [[p:subj]]\n\nDear team,\n\n[[BODY]]\n\nBest,\n[[p:fullname]]\n[[email]]
email|en|[[BODY]]\n\nSent from my iPhone\n\n-----Original Message-----\nFrom: [[p:fullname]] <[[email]]>\nSent: [[n:date]] [[n:time]]\nTo: Support\nSubject: [[p:subj]]\n\n> my number is [[phone]] if you need it
email|en|Subject: [[p:subj]]\n\nhi\n\n[[BODY]]\n\nthx\n[[p:first]]\n\n> On [[n:date]], Support wrote:\n> Please never send your password or PIN by e-mail.
email|en|Subject: [[p:subj]]\n\nHi there,\n\n[[BODY]]\n\nCheers\n[[p:fullname]]\n[[phone]] | [[email]]
email|nl|Onderwerp: [[p:subj]]\n\nBeste,\n\n[[BODY]]\n\nMet vriendelijke groet,\n[[p:fullname]]\n[[address]]\n[[phone]]
email|nl|Onderwerp: RE: [[p:subj]]\n\nHoi,\n\n[[BODY]]\n\nGroetjes\n[[p:first]]\n\nOp [[n:date]] om [[n:time]] schreef Klantenservice:\n> Bedankt voor je bericht. Je ticketnummer is [[n:ticket_number]].\n> Stuur ons je <klantnummer> en we kijken mee.
email|nl|Onderwerp: [[p:subj]]\n\nGoedemiddag,\n\n[[BODY]]\n\nMvg,\n[[p:fullname]]\n[[email]]\n[[phone]]
email|nl|[[BODY]]\n\nVerstuurd vanaf mijn iPhone\n\nVan: [[p:fullname]] <[[email]]>\nVerzonden: [[n:date]] [[n:time]]\nAan: Klantenservice\nOnderwerp: [[p:subj]]\n\nIk woon op [[address]] sinds vorige maand.
email|nl|Onderwerp: [[p:subj]]\n\nhoi\n\n[[BODY]]\n\ngr [[p:first]]\n\n> Op [[n:date]] schreef Webcare:\n> We vragen nooit om je wachtwoord of pincode.
email|nl|Onderwerp: [[p:subj]]\n\nHallo,\n\n[[BODY]]\n\nGroet,\n[[p:fullname]]\n[[address]]
email|nlbe|Onderwerp: [[p:subj]]\n\nBeste,\n\n[[BODY]]\n\nMet vriendelijke groeten,\n[[p:fullname]]\n[[address]]\n[[phone]]
email|nlbe|Onderwerp: RE: [[p:subj]]\n\nDag,\n\n[[BODY]]\n\nMerci\n[[p:first]]\n\nOp [[n:date]] om [[n:time]] schreef Klantendienst:\n> Bedankt voor uw bericht, dossiernummer [[n:ticket_number]].
email|nlbe|Onderwerp: [[p:subj]]\n\nGoeiedag,\n\n[[BODY]]\n\nMvg\n[[p:fullname]]\n[[email]]
email|nlbe|Onderwerp: [[p:subj]]\n\nHallo,\n\n[[BODY]]\n\nGroetjes\n[[p:first]]
email|nlbe|[[BODY]]\n\nVan: [[p:fullname]] <[[email]]>\nVerzonden: [[n:date]] [[n:time]]\nAan: Klantendienst\nOnderwerp: [[p:subj]]\n\nmijn gsm: [[phone]]
email|frbe|Objet : [[p:subj]]\n\nBonjour,\n\n[[BODY]]\n\nCordialement,\n[[p:fullname]]\n[[address]]\n[[phone]]
email|frbe|Objet : RE: [[p:subj]]\n\nBonjour,\n\n[[BODY]]\n\nMerci\n[[p:first]]\n\nLe [[n:date]] à [[n:time]], Service clients a écrit :\n> Merci pour votre message. Votre dossier : [[n:ticket_number]]
email|frbe|Objet : [[p:subj]]\n\nSalut,\n\n[[BODY]]\n\nBien à vous,\n[[p:fullname]]\n[[email]]
email|frbe|[[BODY]]\n\nEnvoyé de mon iPhone\n\nDe : [[p:fullname]] <[[email]]>\nEnvoyé : [[n:date]] [[n:time]]\nÀ : Service clients\nObjet : [[p:subj]]\n\nmon adresse: [[address]]
email|frbe|Objet : [[p:subj]]\n\nbjr\n\n[[BODY]]\n\n[[p:first]]
email|frbe|Objet : [[p:subj]]\n\nBonjour,\n\n[[BODY]]\n\nBonne journée\n[[p:fullname]]\n[[phone]]
agent|en|[[BODY]] ^[[p:initials]]
agent|en|Hi [[p:first]]! [[BODY]]
agent|en|Hey [[p:first]], [[BODY]] Cheers, [[p:first2]]
agent|en|[[n:mention_user]] [[BODY]] ^[[p:initials]]
agent|nl|[[BODY]] ^[[p:initials]]
agent|nl|Hoi [[p:first]]! [[BODY]]
agent|nl|Hey [[p:first]], [[BODY]] Groetjes, [[p:first2]]
agent|nl|[[n:mention_user]] [[BODY]] ^[[p:initials]]
agent|nlbe|Dag [[p:first]], [[BODY]] Groetjes, [[p:first2]]
agent|nlbe|[[BODY]] ^[[p:initials]]
agent|nlbe|Hallo [[p:first]], [[BODY]]
agent|nlbe|[[n:mention_user]] [[BODY]] ^[[p:initials]]
agent|frbe|Bonjour [[p:first]], [[BODY]] Bonne journée, [[p:first2]]
agent|frbe|[[BODY]] ^[[p:initials]]
agent|frbe|Salut [[p:first]] ! [[BODY]]
agent|frbe|[[n:mention_user]] [[BODY]] ^[[p:initials]]
"""


def parse(block, nfields):
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip():
            continue
        parts = line.split("|", nfields - 1)
        assert len(parts) == nfields, line
        parts[-1] = parts[-1].replace("\\n", "\n")
        out.append(parts)
    return out


def deal(items, keyfn):
    """Deal items alternately to halves within groups; alternate start per group."""
    groups = collections.OrderedDict()
    for it in items:
        groups.setdefault(keyfn(it), []).append(it)
    res = {0: [], 1: []}
    for gi, (k, lst) in enumerate(groups.items()):
        for i, it in enumerate(lst):
            res[(i + gi) % 2].append(it)
    return res


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    return len(s) > 14 and iban_num(s[4:] + s[:4]) % 97 == 1


def bsn_ok(b):
    d = re.sub(r"\D", "", b)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


# ---------------------------------------------------------------- value generators
AL = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64U = string.ascii_letters + string.digits + "-_"


class Ctx:
    def __init__(self, rng, half, lang, pools):
        self.rng, self.half, self.lang, self.pools = rng, half, lang, pools
        self.cache = {}

    def pick(self, name):
        return self.rng.choice(self.pools[name])

    def first(self):
        if "first" not in self.cache:
            self.cache["first"] = self.pick("first")
            self.cache["last"] = self.pick("last")
        return self.cache["first"]

    def last(self):
        self.first()
        return self.cache["last"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def g_password(c, shape, nxt):
    r = c.rng
    w = c.pick("pw_word")
    opts = [
        lambda: w.capitalize() + str(r.randint(1990, 2026)) + r.choice("!#$?*"),
        lambda: w + "." + c.pick("pw_word") + str(r.randint(1, 99)),
        lambda: w.replace("a", "@").replace("e", "3").replace("o", "0") + str(r.randint(10, 99)),
        lambda: rs(r, AL + "!#%&*", r.randint(10, 16)),
        lambda: w + str(r.randint(100, 9999)),
        lambda: "ilove" + w + str(r.randint(1, 2012)),
        lambda: "Xx_" + w + "_xX" + str(r.randint(1, 99)),
        lambda: "-".join([w, c.pick("pw_word"), str(r.randint(10, 99))]),
        lambda: w.upper()[:3] + w[3:] + "!" + str(r.randint(1, 9)),
        lambda: c.first().lower() + str(r.randint(1995, 2012)) + r.choice(["!", "", "?"]),
    ]
    return r.choice(opts)()


def g_username(c, shape, nxt):
    r = c.rng
    f, l = c.first().lower(), c.last().lower()
    g = c.pick("gamer")
    opts = [
        lambda: f[0] + l + str(r.randint(80, 12)) if False else f[0] + l + str(r.randint(80, 99)),
        lambda: f + "." + l,
        lambda: "lil." + g + "_" + digits(r, 2),
        lambda: "xX" + g.capitalize() + "Xx",
        lambda: g + ".exe",
        lambda: g.capitalize() + c.pick("gamer").capitalize() + "#" + digits(r, 4),
        lambda: "TTV_" + g.capitalize() + digits(r, 2),
        lambda: g.capitalize() + "_" + c.pick("gamer").capitalize() + "-NL",
        lambda: f + "_" + g + digits(r, 3),
        lambda: "its." + f + "." + digits(r, 2),
        lambda: g + "_" + f + "xo",
    ]
    return r.choice(opts)()


def g_pin(c, shape, nxt):
    n = int(shape) if shape else 4
    while True:
        v = digits(c.rng, n)
        if not (n == 4 and v.startswith(("19", "20"))):
            return v


def g_puk(c, shape, nxt):
    v = digits(c.rng, 8)
    return v[:4] + " " + v[4:] if c.rng.random() < 0.25 else v


def g_otp(c, shape, nxt):
    r = c.rng
    d6 = digits(r, 6)
    opts = [d6, d6, d6[:3] + " " + d6[3:], d6[:3] + "-" + d6[3:], r.choice("GTK") + "-" + d6,
            digits(r, 5), digits(r, 8), d6[:2] + " " + d6[2:4] + " " + d6[4:]]
    return r.choice(opts)


def g_wifi(c, shape, nxt):
    r = c.rng
    w = c.pick("pw_word")
    up = string.ascii_uppercase + string.digits
    opts = [
        lambda: rs(r, AL, r.randint(12, 20)),
        lambda: rs(r, HEX, 10),
        lambda: rs(r, HEX.upper(), 26),
        lambda: "-".join(rs(r, up, 4) for _ in range(4)),
        lambda: w.capitalize() + c.pick("pw_word").capitalize() + digits(r, 3),
        lambda: rs(r, string.ascii_lowercase, 4) + digits(r, 4) + rs(r, string.ascii_lowercase, 4),
        lambda: rs(r, up, 8) + rs(r, string.digits, 4),
        lambda: digits(r, 16),
    ]
    return r.choice(opts)()


def g_api(c, shape, nxt):
    r = c.rng
    gens = {
        "sk": lambda: "sk_live_" + rs(r, AL, 24),
        "pk": lambda: "pk_live_" + rs(r, AL, 24),
        "rk": lambda: "rk_live_" + rs(r, AL, 24),
        "ck": lambda: "ck_" + rs(r, HEX, 40),
        "cs": lambda: "cs_" + rs(r, HEX, 40),
        "api": lambda: "api_" + rs(r, AL, 32),
        "akia": lambda: "AKIA" + rs(r, string.ascii_uppercase + "234567", 16),
        "aws_secret": lambda: rs(r, AL + "/+", 39) + rs(r, AL, 1),
        "aiza": lambda: "AIza" + rs(r, B64U, 34) + rs(r, AL, 1),
        "sg": lambda: "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 42) + rs(r, AL, 1),
        "hex32": lambda: rs(r, HEX, 32),
    }
    if not shape:
        shape = r.choice(["sk", "rk", "api", "akia", "aiza", "sg", "hex32", "ck"])
    return gens[shape]()


def g_token(c, shape, nxt):
    r = c.rng

    def jwt():
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return head + ".eyJ" + rs(r, B64U, r.randint(30, 60)) + "." + rs(r, B64U, 42) + rs(r, AL, 1)
    gens = {
        "jwt": jwt,
        "ghp": lambda: "ghp_" + rs(r, AL, 36),
        "ghpat": lambda: "github_pat_" + rs(r, AL, 22) + "_" + rs(r, AL, 59),
        "xoxb": lambda: "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rs(r, AL, 24),
        "xoxp": lambda: "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + rs(r, AL, 24),
        "glpat": lambda: "glpat-" + rs(r, B64U, 19) + rs(r, AL, 1),
        "hex40": lambda: rs(r, HEX, 40),
        "hex64": lambda: rs(r, HEX, 64),
    }
    if not shape:
        shape = r.choice(list(gens))
    return gens[shape]()


def make_card(r):
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + digits(r, 14))
    elif kind == "mc":
        num = luhn_complete("5" + str(r.randint(1, 5)) + digits(r, 13))
    elif kind == "mc2":
        num = luhn_complete("2" + str(r.randint(221, 720)) + digits(r, 11))
    elif kind == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
    else:
        num = luhn_complete("6759" + digits(r, 11))
    assert luhn_ok(num)
    return num


def g_card(c, shape, nxt):
    r = c.rng
    num = make_card(r)
    if len(num) == 15:
        sep = r.choice([" ", "-", ""])
        return num[:4] + sep + num[4:10] + sep + num[10:]
    sep = r.choice([" ", " ", "  ", "-", "", "."])
    if sep == ".":
        sep = " "
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def g_cvv(c, shape, nxt):
    return digits(c.rng, 4 if c.rng.random() < 0.1 else 3)


def g_expiry(c, shape, nxt):
    r = c.rng
    m = "%02d" % r.randint(1, 12)
    y = r.randint(2026, 2031)
    opts = [f"{m}/{y % 100:02d}", f"{m}-{y}", f"{m}{y % 100:02d}", f"{m}/{y}", f"{m} / {y % 100:02d}",
            f"{m}/{y % 100:02d}"]
    return r.choice(opts)


IBAN_SPEC = {"NL": lambda r: r.choice(["KNAB", "ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ", "ASNB"]) + digits(r, 10),
             "DE": lambda r: digits(r, 18), "FR": lambda r: digits(r, 23), "ES": lambda r: digits(r, 20),
             "GB": lambda r: r.choice(["NWBK", "MIDL", "BARC", "LOYD"]) + digits(r, 14),
             "LU": lambda r: digits(r, 16), "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14)}


def make_iban(r, cc):
    if cc == "BE":
        base = digits(r, 10)
        chk = int(base) % 97 or 97
        bban = base + "%02d" % chk
    else:
        bban = IBAN_SPEC[cc](r)
    chk = 98 - iban_num(bban + cc + "00") % 97
    iban = cc + "%02d" % chk + bban
    assert iban_ok(iban)
    return iban


def g_iban(c, shape, nxt):
    r = c.rng
    home = {"en": ["GB", "IE", "NL", "DE"], "nl": ["NL"] * 5 + ["DE", "BE"], "nlbe": ["BE"] * 5 + ["NL", "LU"],
            "frbe": ["BE"] * 4 + ["FR", "LU", "ES"]}[c.lang]
    iban = make_iban(r, r.choice(home))
    st = r.random()
    if st < 0.4:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if st < 0.6:
        return iban
    if st < 0.72:
        return iban.lower()
    if st < 0.85:
        g = " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))
        return iban[:2] + " " + iban[2:4] + " " + g
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()


def g_bsn(c, shape, nxt):
    r = c.rng
    while True:
        d = digits(r, 8)
        if d[0] == "0":
            continue
        last = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if last == 10:
            continue
        b = d + str(last)
        assert bsn_ok(b)
        return b if r.random() < 0.8 else b[:4] + "." + b[4:6] + "." + b[6:]


def g_email(c, shape, nxt):
    r = c.rng
    f, l = c.first().lower().replace("ë", "e").replace("é", "e").replace("è", "e"), c.last().lower()
    dom = c.pick("domain")
    local = r.choice([f + "." + l, f + l + digits(r, 2), f[0] + l, c.pick("gamer") + "." + f, f + "_" + digits(r, 4),
                      l + "." + f + digits(r, 2)])
    st = r.random()
    if st < 0.08:
        return local + " @ " + dom
    if st < 0.14:
        name, _, tld = dom.rpartition(".")
        pt = "punt" if c.lang in ("nl", "nlbe") else ("point" if c.lang == "frbe" else "dot")
        at = "at" if c.lang != "frbe" else "arobase"
        return f"{local} {at} {name} {pt} {tld}"
    return local + "@" + dom


def phone_for(c):
    r = c.rng
    lang = c.lang
    if lang == "en":
        lang = c.cache.get("en_var", "en-gb")
    if lang == "nl":
        n = "1" + digits(r, 7)
        return r.choice([f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n}", f"06 - {n}",
                         f"+316{n}", f"020-{digits(r, 7)}", f"(020) {digits(r, 3)} {digits(r, 4)}", f"0031 6 {n}"])
    if lang in ("nlbe", "frbe"):
        p = "4" + r.choice(["70", "72", "75", "77", "78", "79", "84", "86", "94", "95", "96", "97", "98", "99"])
        a, b, cc = digits(r, 2), digits(r, 2), digits(r, 2)
        return r.choice([f"0{p}/{a}.{b}.{cc}", f"+32 {p} {a} {b} {cc}", f"0{p} {a} {b} {cc}", f"0{p}{a}{b}{cc}",
                         f"0032{p}{a}{b}{cc}", f"0{p}/{a}{b}{cc}"])
    if lang == "en-gb":
        t = digits(r, 3)
        return r.choice([f"07700 900{t}", f"+44 7700 900{t}", f"020 7946 0{t}", f"07700900{t}", f"+44 (0)20 7946 0{t}"])
    t = "%02d" % r.randint(0, 99)
    ac = r.choice(["212", "312", "415", "617", "512", "303"])
    return r.choice([f"({ac}) 555-01{t}", f"{ac}.555.01{t}", f"+1 {ac}-555-01{t}", f"{ac}-555-01{t}", f"1 ({ac}) 555 01{t}"])


def g_phone(c, shape, nxt):
    return phone_for(c)


def g_address(c, shape, nxt):
    r = c.rng
    lang = c.lang if c.lang != "en" else c.cache.get("en_var", "en-gb")
    multi = r.random() < 0.35
    sep = "\n" if multi else r.choice([", ", " "])
    if lang == "nl":
        st = f"{c.pick('street_nl')} {r.randint(1, 240)}{r.choice(['', '', 'a', '-2', ' bis'])}"
        pc = f"{r.randint(1011, 9999)} {rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        city = c.pick("city_nl")
        if r.random() < 0.2 and not multi:
            return st
        return st + sep + pc + (" " if r.random() < 0.7 else "  ") + city
    if lang == "nlbe":
        st = f"{c.pick('street_be')} {r.randint(1, 180)}{r.choice(['', '', ' bus 3', '/2'])}"
        return st + sep + c.pick("city_be")
    if lang == "frbe":
        st = f"{c.pick('street_fr')} {r.randint(1, 180)}{r.choice(['', '', ' bte 4', '/1'])}"
        return st + sep + c.pick("city_fr")
    if lang == "en-gb":
        st = f"{r.randint(1, 120)} {c.pick('street_gb')}"
        pc = f"{r.choice(['LS', 'BS', 'M', 'G', 'CF', 'NR', 'BN', 'YO', 'S', 'DE'])}{r.randint(1, 19)} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        return st + sep + c.pick("city_gb") + (sep if multi else " ") + pc
    st = f"{r.randint(10, 9800)} {c.pick('street_us')}" + r.choice(["", ", Apt " + str(r.randint(1, 30)) + r.choice("ABC")])
    return st + sep + c.pick("city_us") + " " + digits(r, 5)


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def g_dob(c, shape, nxt):
    r = c.rng
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1975, 2010)
    if c.lang in ("nl", "nlbe"):
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS['nl'][m - 1]} {y}",
                         f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}"])
    if c.lang == "frbe":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])
    if c.cache.get("en_var") == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}.{m}.{y % 100:02d}"])


def g_ip(c, shape, nxt):
    r = c.rng
    if r.random() < 0.15:
        return "2a02:" + ":".join(rs(r, HEX, 4) for _ in range(3)) + "::" + rs(r, HEX, 3)
    return ".".join(str(x) for x in [r.choice([31, 62, 77, 81, 84, 86, 94, 109, 145, 178, 185, 213]),
                                      r.randint(1, 254), r.randint(0, 254), r.randint(1, 254)])


def g_custno(c, shape, nxt):
    r = c.rng
    return r.choice([f"KL-{digits(r, 7)}", digits(r, 10), f"C{digits(r, 6)}", f"4{digits(r, 8)}",
                     f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}", f"CN{digits(r, 8)}"])


GEN = {"password": g_password, "username": g_username, "pin": g_pin, "puk": g_puk, "otp": g_otp,
       "wifi_key": g_wifi, "api_key": g_api, "token": g_token, "card": g_card, "cvv": g_cvv, "iban": g_iban,
       "bsn": g_bsn, "card_expiry": g_expiry, "email": g_email, "phone": g_phone, "address": g_address,
       "date_of_birth": g_dob, "ip_address": g_ip, "customer_number": g_custno}


# ---------------------------------------------------------------- negative generators
def n_amount(c):
    r = c.rng
    e, ct = r.randint(2, 420), r.randint(0, 99)
    if c.lang == "en":
        cur = "£" if c.cache.get("en_var") == "en-gb" else "$"
        return r.choice([f"{cur}{e}.{ct:02d}", f"{cur}{e}", f"{cur} {e}.{ct:02d}"])
    return r.choice([f"€{e},{ct:02d}", f"€ {e},{ct:02d}", f"{e},{ct:02d} euro", f"{e}€", f"€{e}"])


def n_company_phone(c):
    r = c.rng
    if c.lang in ("nl",):
        return r.choice([f"0800-{digits(r, 4)}", f"0900 {digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}"])
    if c.lang in ("nlbe", "frbe"):
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}",
                         f"070 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    return r.choice([f"0345 {digits(r, 3)} {digits(r, 4)}", f"03457 {digits(r, 3)} {digits(r, 3)}",
                     f"0800 {digits(r, 3)} {digits(r, 4)}", f"1-800-555-01{digits(r, 2)}"])


def n_company_reg(c):
    r = c.rng
    if c.lang == "nl":
        return digits(r, 8)
    if c.lang in ("nlbe", "frbe"):
        return f"BE0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}"
    return "0" + digits(r, 7)


def n_date(c):
    r = c.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    lg = {"nl": "nl", "nlbe": "nl", "frbe": "fr", "en": "en"}[c.lang]
    return r.choice([f"{d}-{m}", f"{d} {MONTHS[lg][m - 1]}", f"{d:02d}/{m:02d}/2026", f"{d}/{m}"])


def n_time(c):
    r = c.rng
    h, m = r.randint(7, 23), r.choice([0, 5, 15, 30, 45, 50])
    if c.lang == "en":
        return r.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}pm" if h > 12 else f"{h}am", f"{h}:{m:02d}"])
    if c.lang == "frbe":
        return r.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
    return r.choice([f"{h}:{m:02d}", f"{h}u{m:02d}" if m else f"{h}u", f"{h}.{m:02d}"])


def n_year(c):
    return str(c.rng.randint(2016, 2025))


def n_error(c):
    r = c.rng
    return r.choice([f"E-{digits(r, 4)}", f"ERR_{r.choice([401, 403, 429, 500, 502])}", "0x8007" + digits(r, 4),
                     f"CE-{digits(r, 5)}-{digits(r, 1)}", f"E{digits(r, 3)}", f"AUTH-{digits(r, 3)}", "403", "429"])


def n_flight(c):
    r = c.rng
    return r.choice(["ZX", "QH", "VW", "JT"]) + r.choice(["", " "]) + str(r.randint(100, 9899))


def n_hashtag(c):
    return c.rng.choice({"en": ["#fail", "#help", "#scam", "#customerservice", "#hacked", "#fyp", "#wtf"],
                         "nl": ["#klantenservice", "#nietnormaal", "#oplichting", "#help", "#fail", "#gehackt"],
                         "nlbe": ["#klantendienst", "#schandalig", "#help", "#nietnormaal", "#fail"],
                         "frbe": ["#arnaque", "#serviceclient", "#honteux", "#aide", "#fail"]}[c.lang])


def n_mention(c):
    r = c.rng
    sector = r.choice(["brand_telco", "brand_bank", "brand_food", "brand_market", "brand_game", "brand_tix",
                       "brand_bnpl", "brand_stream"])
    b = c.pick(sector).replace(" ", "").replace(".", "")
    return "@" + b + r.choice(["", "_care", "NL", "BE", "Help", "_support"])


def n_invoice(c):
    r = c.rng
    return r.choice([f"F2026-{digits(r, 5)}", f"INV-{digits(r, 6)}", f"2026/{digits(r, 4)}", f"FA{digits(r, 8)}"])


def n_order(c):
    r = c.rng
    return r.choice([digits(r, 10), f"ORD-{digits(r, 5)}", f"{r.choice(['DE', 'NL', 'BE'])}-{digits(r, 4)}-{digits(r, 4)}", f"#{digits(r, 7)}"])


def n_ticket(c):
    r = c.rng
    return r.choice([f"CS-{digits(r, 6)}", f"2026{digits(r, 8)}", f"{digits(r, 8)}", f"REF{digits(r, 6)}"])


def n_tracking(c):
    r = c.rng
    return r.choice(["3S" + rs(r, string.ascii_uppercase, 4) + digits(r, 7), "1Z" + rs(r, string.ascii_uppercase + string.digits, 6) + digits(r, 10),
                     "JVGL" + digits(r, 14), "CD" + digits(r, 9) + "BE", "LX" + digits(r, 9) + "NL"])


def n_meter(c):
    r = c.rng
    return r.choice([digits(r, 5), f"{digits(r, 5)},{digits(r, 1)}", f"0{digits(r, 4)}"])


MODELS = ["Galaxy A54", "Fritz!Box 7590", "H369A", "iPhone 15 Pro", "TP-Link Archer C6", "Pixel 8a", "Xbox Series S",
          "Redmi Note 13", "iPhone 12 mini", "Galaxy S23 FE", "Archer AX55", "Connect Box", "bbox3", "Nintendo Switch OLED",
          "Moto G84", "Deco X20"]


def n_model(c):
    return c.rng.choice(MODELS)


def n_product(c):
    r = c.rng
    if r.random() < 0.5:
        base = "87" + digits(r, 10)
        s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(base))
        return base + str((10 - s % 10) % 10)
    return f"SKU-{digits(r, 2)}-{digits(r, 4)}-{r.choice(['BLK', 'WHT', 'XL', 'M'])}"


def n_version(c):
    r = c.rng
    return r.choice([f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"{r.randint(5, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                     f"Android {r.randint(12, 15)}", f"v{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 20)}"])


def n_percentage(c):
    r = c.rng
    return r.choice([f"{r.randint(5, 60)}%", f"{r.randint(1, 30)},5 %", f"{r.randint(5, 25)} procent" if c.lang != "en" else f"{r.randint(5, 25)} percent"])


def n_quantity(c):
    r = c.rng
    return r.choice([f"{r.choice([5, 10, 20, 40, 100])} GB", f"{r.choice([50, 100, 500, 1000])} Mbps", f"{r.randint(2, 40)}GB",
                     str(r.randint(1, 120)), str(r.randint(2, 30)), f"{r.randint(100, 900)} kWh", f"{r.randint(2, 12)} m³"])


def n_url(c):
    r = c.rng
    b = c.pick(r.choice(["brand_telco", "brand_bank", "brand_food", "brand_api", "brand_game"])).lower().replace(" ", "")
    return r.choice([f"https://{b}.example/help", f"www.{b}.example/reset", f"https://status.{b}.example", f"{b}.example/app"])


def n_masked(c):
    r = c.rng
    return r.choice(["********", f"**** **** **** {digits(r, 4)}", f"NL** **** **** **{digits(r, 2)}", f"BE** **** **** {digits(r, 2)}**",
                     f"xxxx-{digits(r, 4)}", f"06-****{digits(r, 4)}", "•••••••"])


NEG = {"amount": n_amount, "company_phone": n_company_phone, "company_registration": n_company_reg, "date": n_date,
       "time": n_time, "year": n_year, "error_code": n_error, "flight_number": n_flight, "hashtag": n_hashtag,
       "mention": n_mention, "invoice_number": n_invoice, "order_number": n_order, "ticket_number": n_ticket,
       "tracking_number": n_tracking, "meter_reading": n_meter, "model_number": n_model, "product_code": n_product,
       "version_string": n_version, "percentage": n_percentage, "quantity": n_quantity, "url": n_url,
       "masked_value": n_masked}


def n_qdata(c):
    r = c.rng
    return r.choice([f"{r.choice([5, 10, 20, 40, 100])} GB", f"{r.choice([50, 100, 500, 1000])} Mbps", f"{r.randint(2, 40)}GB",
                     f"{r.randint(100, 900)} MB", f"{r.choice([30, 100, 200])}mbps"])


def n_qnum(c):
    return str(c.rng.randint(2, 140))


def n_qkwh(c):
    r = c.rng
    return r.choice([f"{r.randint(100, 900)} kWh", f"{r.randint(2, 12)} m³", f"{r.randint(100, 900)}kwh"])


def n_mention_user(c):
    r = c.rng
    return "@" + r.choice([c.pick("gamer") + "_" + c.first().lower(), c.first().lower() + "." + digits(r, 2),
                           "its" + c.pick("gamer") + digits(r, 2), c.first().lower() + c.last().lower()[:3]])


NEG_ALIAS = {"qdata": ("quantity", n_qdata), "qnum": ("quantity", n_qnum), "qkwh": ("quantity", n_qkwh),
             "mention_user": ("mention", n_mention_user)}


def p_value(c, name):
    r = c.rng
    if name == "first":
        return c.first()
    if name == "first2":
        return c.pick("first")
    if name == "fullname":
        return c.first() + " " + c.last().capitalize()
    if name == "initials":
        return rs(r, string.ascii_uppercase, 2)
    if name == "emoji":
        return r.choice(SHARED["emoji"])
    if name == "slang":
        return r.choice(SHARED["slang_" + c.lang])
    if name == "subj":
        return r.choice(SHARED["subj_" + ("nl" if c.lang in ("nl", "nlbe") else c.lang)])
    return c.pick(name)


PH = re.compile(r"\[\[([a-z_0-9]+)(?::([a-z_0-9]+))?\]\]")
PUNCT_END = set(".,;:!?)\"'")


def render(tpl, c):
    out, spans, negs = [], [], []
    pos, i = 0, 0
    for m in PH.finditer(tpl):
        lit = tpl[i:m.start()]
        out.append(lit)
        pos += len(lit)
        a, b = m.group(1), m.group(2)
        nxt = tpl[m.end():m.end() + 1]
        if a == "n":
            kind, gen = NEG_ALIAS.get(b, (b, NEG.get(b)))
            val = gen(c)
            negs.append({"kind": kind, "start": pos, "end": pos + len(val)})
        elif a == "p":
            val = p_value(c, b)
        else:
            for _ in range(50):
                val = GEN[a](c, b, nxt)
                if not (val[-1] in PUNCT_END and (nxt in PUNCT_END)):
                    break
            spans.append({"type": a, "start": pos, "end": pos + len(val), "_v": val})
        out.append(val)
        pos += len(val)
        i = m.end()
    out.append(tpl[i:])
    return "".join(out), spans, negs


# ---------------------------------------------------------------- build units
def build():
    cues = parse(CUES, 3)
    ctxs = parse(CONTEXTS, 3)
    bodies = parse(BODIES, 4)
    frames = parse(FRAMES, 3)
    cue_h = deal([("cue%03d" % i, *x) for i, x in enumerate(cues)], lambda t: (t[1], t[2]))
    ctx_h = deal([("ctx%03d" % i, *x) for i, x in enumerate(ctxs)], lambda t: (t[1], t[2]))
    body_h = deal([("bod%03d" % i, *x) for i, x in enumerate(bodies)], lambda t: (t[1], t[2], t[3]))

    def pii(t):
        return any(m.group(1) not in ("n", "p", "BODY") for m in PH.finditer(t))
    frame_h = deal([("frm%03d" % i, *x) for i, x in enumerate(frames)], lambda t: (t[1], t[2], pii(t[3])))
    halves = []
    for h in (0, 1):
        units = []
        for (cid, fam, lang, text) in ctx_h[h]:
            langs = [lang] + (["nl"] if lang == "nlbe" else [])
            for (qid, ctype, qlang, qtext) in cue_h[h]:
                if CUE_FAMILY[ctype] == fam and qlang in langs:
                    units.append({"id": cid + "+" + qid, "lang": lang, "reg": "cust", "fam": fam,
                                  "text": text.replace("[[CUE]]", qtext), "phr": qid})
        for (bid, fam, lang, reg, text) in body_h[h]:
            units.append({"id": bid, "lang": lang, "reg": reg, "fam": fam, "text": text, "phr": bid})
        for u in units:
            u["types"] = {m.group(1) for m in PH.finditer(u["text"]) if m.group(1) not in ("n", "p")}
        fr = collections.defaultdict(list)
        for (fid, style, lang, text) in frame_h[h]:
            fr[(style, lang)].append({"id": fid, "text": text, "pii": pii(text)})
        halves.append((units, fr))
    return halves


CHAT_CH = ["whatsapp", "whatsapp", "instagram_dm", "instagram_dm", "telegram", "messenger", "x_dm"]
PUB_CH = ["x_public", "instagram_comment", "instagram_comment", "facebook_comment"]
LANG_OUT = {"nl": "nl", "nlbe": "nl-be", "frbe": "fr-be"}


def make_message(u, fr, rng, half, pools, force_clean=False):
    lang = u["lang"]
    if u["reg"] == "agent":
        style = "agent"
    elif u["reg"] == "reply":
        style = "chat"
    else:
        x = rng.random()
        style = "chat" if x < 0.6 else ("public" if x < 0.8 else "email")
    cands = fr[(style, lang)]
    if force_clean or not u["types"]:
        cands = [f for f in cands if not f["pii"]] or cands
    f = rng.choice(cands)
    tpl = f["text"].replace("[[BODY]]", u["text"])
    if style == "chat":
        if rng.random() < 0.35:
            tpl = tpl.lower()
        if rng.random() < 0.2:
            tpl = re.sub(r"[.,!?](?=\s|$)", "", tpl)
        tpl = re.sub(r"(\[\[(?!n:|p:)[a-z_0-9:]+\]\]) ", lambda m: m.group(1) + (" [[p:emoji]] " if rng.random() < 0.2 else " "), tpl)
    c = Ctx(rng, half, lang, pools)
    if lang == "en":
        c.cache["en_var"] = rng.choice(["en-gb", "en-us"])
    text, spans, negs = render(tpl, c)
    channel = {"agent": "agent_reply", "email": "email"}.get(style) or rng.choice(CHAT_CH if style == "chat" else PUB_CH)
    out_lang = c.cache["en_var"] if lang == "en" else LANG_OUT[lang]
    return {"channel": channel, "lang": out_lang, "visibility": "public" if channel in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs, "_tpl": (f["id"], u["id"]), "_phr": u["phr"],
            "_frame": f["id"]}


def pick_lang(rng):
    x = rng.random() * 100
    acc = 0
    for l, w in LANG_W:
        acc += w
        if x < acc:
            return l
    return "en"


def generate_half(h, units, fr, seed):
    rng = random.Random(seed * 2 + h)
    pools = {k: split_pool(v, h) for k, v in POOLS.items()}
    msgs = []
    use = collections.Counter()
    counts = collections.Counter()

    def add(u, clean=False):
        m = make_message(u, fr, rng, HALVES[h], pools, clean)
        use[u["id"]] += 1
        use["phr:" + u["phr"]] += 1
        for s in m["spans"]:
            counts[s["type"]] += 1
        msgs.append(m)

    def choose(pred, lang=None):
        c = [u for u in units if pred(u) and (lang is None or u["lang"] == lang)]
        if not c:
            c = [u for u in units if pred(u)]
        if not c:
            return None
        lo = min(use["phr:" + u["phr"]] for u in c)
        c = [u for u in c if use["phr:" + u["phr"]] == lo]
        lo2 = min(use[u["id"]] for u in c)
        return rng.choice([u for u in c if use[u["id"]] == lo2])

    for t in HIGH_RISK:
        while counts[t] < 44:
            add(choose(lambda u, t=t: t in u["types"], pick_lang(rng)))
    for t in OTHER:
        while counts[t] < 22:
            add(choose(lambda u, t=t: t in u["types"], pick_lang(rng)))
    while len(msgs) < TARGET:
        nospan = sum(1 for m in msgs if not m["spans"])
        hr = sum(1 for m in msgs if any(s["type"] in HIGH_RISK for s in m["spans"]))
        lang = pick_lang(rng)
        if nospan < 0.33 * TARGET:
            u = choose(lambda u: not u["types"], lang)
            add(u, clean=True)
            continue
        if hr < 0.5 * TARGET:
            add(choose(lambda u: bool(u["types"] & set(HIGH_RISK)), lang))
        else:
            add(choose(lambda u: True, lang))
    rng.shuffle(msgs)
    for i, m in enumerate(msgs):
        m["id"] = f"{PREFIX}-{HALVES[h]}-{i:05d}"
    return msgs


# ---------------------------------------------------------------- checks
def check(all_msgs):
    errs = []
    tpl_sets, frame_sets = [], []
    stats = {}
    for h, msgs in enumerate(all_msgs):
        tset, fset = set(), set()
        st = {"types": collections.Counter(), "negs": collections.Counter(), "channel": collections.Counter(),
              "lang": collections.Counter(), "phr": collections.defaultdict(set), "nospan": 0, "hr": 0, "withneg": 0,
              "n": len(msgs)}
        for m in msgs:
            t = m["text"]
            tset.add(m["_tpl"][1])
            fset.add(m["_frame"])
            if "[[" in t or "]]" in t:
                errs.append((m["id"], "placeholder"))
            if (m["channel"] in PUBLIC) != (m["visibility"] == "public"):
                errs.append((m["id"], "visibility"))
            ivs = []
            for s in m["spans"]:
                v = t[s["start"]:s["end"]]
                if not (0 <= s["start"] < s["end"] <= len(t)) or v != s["_v"]:
                    errs.append((m["id"], "offset", s))
                if v != v.strip():
                    errs.append((m["id"], "whitespace", v))
                if s["type"] == "card" and not luhn_ok(re.sub(r"\D", "", v)):
                    errs.append((m["id"], "luhn", v))
                if s["type"] == "iban" and not iban_ok(v):
                    errs.append((m["id"], "iban", v))
                if s["type"] == "bsn" and not bsn_ok(v):
                    errs.append((m["id"], "bsn", v))
                if s["type"] in HIGH_RISK and s["type"] not in ("otp", "card", "iban", "puk") and " " in v:
                    errs.append((m["id"], "space in secret", v))
                if v[-1] in PUNCT_END and t[s["end"]:s["end"] + 1] in PUNCT_END and s["end"] < len(t):
                    errs.append((m["id"], "ambiguous end", v))
                ivs.append((s["start"], s["end"]))
                st["types"][s["type"]] += 1
                st["phr"][s["type"]].add(m["_phr"])
            ivs.sort()
            for a, b in zip(ivs, ivs[1:]):
                if b[0] < a[1]:
                    errs.append((m["id"], "span overlap"))
            for n in m["negatives"]:
                if not (0 <= n["start"] < n["end"] <= len(t)):
                    errs.append((m["id"], "neg offset"))
                for (a, b) in ivs:
                    if n["start"] < b and a < n["end"]:
                        errs.append((m["id"], "neg overlaps span"))
                st["negs"][n["kind"]] += 1
            st["channel"][m["channel"]] += 1
            st["lang"][m["lang"]] += 1
            if not m["spans"]:
                st["nospan"] += 1
            if any(s["type"] in HIGH_RISK for s in m["spans"]):
                st["hr"] += 1
            if m["negatives"]:
                st["withneg"] += 1
        for ty in ALL_TYPES:
            if st["types"][ty] == 0:
                errs.append((HALVES[h], "missing type", ty))
        for ty in HIGH_RISK:
            if st["types"][ty] < 40:
                errs.append((HALVES[h], "too few", ty, st["types"][ty]))
            if len(st["phr"][ty]) < 12:
                errs.append((HALVES[h], "too few phrasings", ty, len(st["phr"][ty])))
        for k in NEG_KINDS:
            if st["negs"][k] == 0:
                errs.append((HALVES[h], "missing neg", k))
        if st["nospan"] < 0.25 * len(msgs):
            errs.append((HALVES[h], "nospan ratio"))
        if st["hr"] < 0.45 * len(msgs):
            errs.append((HALVES[h], "hr ratio"))
        if st["withneg"] < 0.30 * len(msgs):
            errs.append((HALVES[h], "neg ratio"))
        tpl_sets.append(tset)
        frame_sets.append(fset)
        stats[HALVES[h]] = st
    if tpl_sets[0] & tpl_sets[1] or frame_sets[0] & frame_sets[1]:
        errs.append(("template in both halves",))
    return errs, stats


README_HEAD = """# Blind scrub corpus `blind18` (record prefix `b18`)

Written blind from the brief only. While writing this corpus I did NOT open, read, grep or run
anything under `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this directory),
`bench/`, `docs/scrubbing.md`, or any other corpus or generator in the repository, did not read git
history, and did not run the scrubber or any scorer on this data. Content comes from the brief and from
general knowledge of how young customers of Dutch, Belgian, UK and US companies write on social
channels (WhatsApp, Instagram DM/comments, X, Facebook, Messenger, Telegram, e-mail) and how webcare
agents answer them. All brands are fictional; names, numbers and keys are fake but well formed (Luhn,
IBAN mod-97 incl. the Belgian national check, BSN 11-proof, fictional phone ranges).

Emphasis: social/young register (emoji around values, slang such as bro, fr fr, ngl, wallah, sws, tkt,
wesh, mdr, ff, pls; all-lower-case and punctuation-stripped variants; screenshots described), gaming
and streaming logins (gamertags, Discord-like names with #1234 or dots), prepaid and SIM PIN/PUK,
buy-now-pay-later, food delivery, concert tickets, second-hand marketplaces, scams and hacked accounts,
public posts that leak a value, agent replies asking the customer to delete the post (repeating nothing
or a masked value), agent macros with placeholders such as `{order_number}` / `<code>` (no labels), and
agents who echo a value back by mistake (labelled).

## How it is generated

`python generate_blind.py --seed 20261216` (standard library only, deterministic for a seed).
Seed used for the committed files: **20261216**.

A message = frame (channel style + language: chat, public, e-mail with signature/quoted history, agent)
+ body. A body is either a situation context combined with a cue phrasing (the short piece that carries
the value, e.g. `paswrd <pw>`, `<pw> is mijn ww`, `pukcode op de kaart: <puk>`) or a standalone body.
Values are generated per span type in many shapes (grouped/ungrouped cards incl. Amex 4-6-5, IBANs
grouped/ungrouped/lower case/`NL 24 ...`, OTPs `482 913`/`482-913`/`G-482913`, AWS key pairs, JWTs,
ghp_/github_pat_/xoxb-/glpat- tokens, gamertags ...).

## Split rule

Frames, contexts, cue phrasings and standalone bodies are grouped (by family/type, language and register;
frames by style, language and whether they carry signature data) and dealt alternately to dev and heldout
in definition order (start alternating per group), independent of the seed. A message's template is the
frame + context + cue combination, so no template, context, cue or frame occurs in both halves. Pools
(first names, surnames, streets, cities, fictional brands, password words, gamer words, e-mail domains)
are dealt alternately as well, so the halves share no names, streets or brands. Each half uses its own
`random.Random(seed*2 + half)`. Shared between halves only: emoji, slang words, device model names, e-mail
subject lines.

Conventions: spans cover the value only (never the cue word); multi-line signature addresses are one
span; unlabelled: personal names, agent initials, SSIDs, cities alone, placeholders in agent macros.
Voucher/gift-card codes and bare ambiguous numbers are left out entirely.

## Known limitations

- Language shares are drawn with weights en 36 / nl 29 / nl-be 17 / fr-be 18 but fall back to another
  language when a half has no template of the needed type in the drawn language, so the realised shares
  (see the tables below) deviate a few points from the 35/30/15/20 target.
- Brand mentions (`@...`) in public frames are drawn independently of the sector of the body, so a
  tweet may tag a brand from another sector.
- "Distinct phrasings" below counts distinct cue phrasings / standalone bodies that carry the type.

## Heldout

**Detector authors must never open `heldout.jsonl` or the generator (`generate_blind.py`); they may only
run a scorer over `heldout.jsonl` and report the numbers.**

## Counts
"""


def fmt_counts(stats):
    lines = []
    for hname, st in stats.items():
        n = st["n"]
        lines.append(f"### {hname} ({n} messages)\n")
        lines.append(f"- messages without any span: {st['nospan']} ({100 * st['nospan'] / n:.1f} %)")
        lines.append(f"- messages with a high-risk span: {st['hr']} ({100 * st['hr'] / n:.1f} %)")
        lines.append(f"- messages with at least one hard negative: {st['withneg']} ({100 * st['withneg'] / n:.1f} %)\n")
        lines.append("| span type | spans | distinct phrasings |\n|---|---|---|")
        for t in ALL_TYPES:
            lines.append(f"| {t} | {st['types'][t]} | {len(st['phr'][t])} |")
        lines.append("\n| negative kind | count |\n|---|---|")
        for k in NEG_KINDS:
            lines.append(f"| {k} | {st['negs'][k]} |")
        lines.append("\n| channel | count |\n|---|---|")
        for k, v in sorted(st["channel"].items()):
            lines.append(f"| {k} | {v} |")
        lines.append("\n| lang | count |\n|---|---|")
        for k, v in sorted(st["lang"].items()):
            lines.append(f"| {k} | {v} |")
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261216)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    halves = build()
    all_msgs = [generate_half(h, units, fr, args.seed) for h, (units, fr) in enumerate(halves)]
    errs, stats = check(all_msgs)
    print(fmt_counts(stats))
    if errs:
        for e in errs[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print(f"{len(errs)} check failures, nothing written", file=sys.stderr)
        sys.exit(1)
    for h, msgs in enumerate(all_msgs):
        with open(os.path.join(args.out, HALVES[h] + ".jsonl"), "w", encoding="utf-8") as fh:
            for m in msgs:
                rec = {"id": m["id"], "channel": m["channel"], "lang": m["lang"], "visibility": m["visibility"],
                       "text": m["text"],
                       "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in m["spans"]],
                       "negatives": m["negatives"]}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n" + fmt_counts(stats) + "\n")
    print("written", [len(m) for m in all_msgs])


if __name__ == "__main__":
    main()
