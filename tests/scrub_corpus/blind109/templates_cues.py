"""Short cue+value fragments per language set and slot, '|' separated. Dealt alternately like every other group."""

CUES = {
    "nl": {
        "pw": "wachtwoord: {{pw}}|mijn ww is {{pw}}|pass {{pw}}|nieuw wachtwoord = {{pw}}|ww {{pw}} (met hoofdletter)|password was {{pw}}, nu {{pw}}|wachtw.: {{pw}}|routerwachtwoord {{pw}}",
        "pin": "pincode {{pin}}|pin is {{pin}}|code van het hek: {{pin}}|alarmcode {{pin}}|ontgrendelcode telefoon {{pin}}|sleutelkastje {{pin}}|pin-code: {{pin}}|toegangscode garage {{pin}}",
        "puk": "PUK {{puk}}|puk-code: {{puk}}|de PUK is {{puk}}|PUK1 {{puk}}",
        "otp": "verificatiecode {{otp}}|sms code: {{otp}}|eenmalige code {{otp}}|de code was {{otp}}|inlogcode {{otp}}|authenticator zegt {{otp}}",
        "wifi": "wifi wachtwoord {{wifi}}|netwerksleutel: {{wifi}}|WPA key {{wifi}}|wifi ({{ssid}}) ww {{wifi}}",
        "user": "gebruikersnaam {{user}}|inlognaam: {{user}}|login {{user}}|username {{user}}|account: {{user}}",
        "apikey": "API key {{apikey}}|api-sleutel: {{apikey}}|key = {{apikey}}|apikey {{apikey}}",
        "token": "token {{token}}|Bearer {{token}}|sessietoken: {{token}}|access token {{token}}",
        "card": "creditcard {{card}}|kaartnummer {{card}}|mastercard {{card}}|visa: {{card}}",
        "cvv": "cvc {{cvv}}|CVV: {{cvv}}|beveiligingscode {{cvv}}|de 3 cijfers achterop: {{cvv}}",
        "exp": "geldig tot {{exp}}|vervaldatum {{exp}}|exp {{exp}}|verloopt {{exp}}",
        "iban": "IBAN {{iban}}|rekeningnummer {{iban}}|rek.nr. {{iban}}|op {{iban}} graag|terugstorten naar {{iban}}",
        "bsn": "BSN {{bsn}}|burgerservicenummer: {{bsn}}|sofinummer {{bsn}}|bsn nr {{bsn}}",
        "email": "mail: {{email}}|e-mailadres {{email}}|mail me op {{email}}|mijn mail is {{email}}",
        "phone": "tel {{phone}}|bel me op {{phone}}|mobiel: {{phone}}|06 nummer {{phone}}|bereikbaar via {{phone}}|whatsapp {{phone}}",
        "addr": "adres: {{addr}}|ik woon op {{addr}}|bezorgadres {{addr}}|nieuw adres {{addr}}|stuur naar {{addr}}",
        "dob": "geboortedatum {{dob}}|geb. {{dob}}|geboren op {{dob}}|gebdat: {{dob}}",
        "cust": "klantnummer {{cust}}|klantnr. {{cust}}|contractnummer {{cust}}|abonneenummer {{cust}}|lidnummer {{cust}}|polisnummer {{cust}}",
        "ip": "IP-adres {{ip}}|mijn ip is {{ip}}|vanaf {{ip}} ingelogd|ip: {{ip}}",
        "neg": "ordernummer {{order}}|zaaknummer {{ticket}}|request-id {{reqid}}|SHA256 {{checksum}}|art.nr. {{prod}}|factuur {{invoice}} van {{amount}}|"
               "bouwjaar {{year}}|track & trace {{tracking}}|{{cphone}} (klantenservice)|{{creg}}|poort {{port}}|meterstand {{meter}}|{{pct}} korting|"
               "versie {{ver}}|model {{model}}|referentie {{reqid}}|checksum {{checksum}}|productcode {{prod}}|sinds {{year}}|servicenummer {{cphone}}",
    },
    "nlbe": {
        "pw": "paswoord: {{pw}}|mijn paswoord is {{pw}}|wachtwoord {{pw}}|nieuw paswoord {{pw}}|pw {{pw}}|paswoord was {{pw}} nu {{pw}}",
        "pin": "pincode {{pin}}|code van de poort {{pin}}|alarmcode {{pin}}|sleutelbox {{pin}}|pin {{pin}}|code gsm {{pin}}",
        "puk": "PUK {{puk}}|pukcode {{puk}}|PUK-code: {{puk}}|puk {{puk}}",
        "otp": "verificatiecode {{otp}}|code per sms {{otp}}|eenmalige code {{otp}}|itsme code {{otp}}",
        "wifi": "wifi paswoord {{wifi}}|netwerksleutel {{wifi}}|WPA2 sleutel {{wifi}}|wifi-code {{wifi}}",
        "user": "gebruikersnaam {{user}}|login {{user}}|aanmeldnaam {{user}}|user {{user}}",
        "apikey": "API-sleutel {{apikey}}|api key {{apikey}}|sleutel {{apikey}}|key: {{apikey}}",
        "token": "token {{token}}|Bearer {{token}}|sessie token {{token}}|toegangstoken {{token}}",
        "card": "kredietkaart {{card}}|kaartnummer {{card}}|visa {{card}}|mastercard: {{card}}",
        "cvv": "CVC {{cvv}}|cvv {{cvv}}|code achteraan {{cvv}}|veiligheidscode {{cvv}}",
        "exp": "vervalt {{exp}}|geldig tot {{exp}}|vervaldatum {{exp}}|exp. {{exp}}",
        "iban": "IBAN {{iban}}|rekeningnummer {{iban}}|rekening {{iban}}|stort terug op {{iban}}",
        "bsn": "rijksregisternummer {{rrn}}|RRN {{rrn}}|rijksregisternr. {{rrn}}|nationaal nummer {{rrn}}",
        "email": "mail {{email}}|e-mail: {{email}}|mijn mailadres {{email}}|stuur naar {{email}}",
        "phone": "gsm {{phone}}|tel. {{phone}}|bel mij op {{phone}}|gsm-nummer: {{phone}}|telefoon {{phone}}",
        "addr": "adres {{addr}}|ik woon in de {{addr}}|leveradres: {{addr}}|nieuw adres {{addr}}",
        "dob": "geboortedatum {{dob}}|geboren {{dob}}|geb. datum {{dob}}|°{{dob}}",
        "cust": "klantennummer {{cust}}|klantnr {{cust}}|contractnummer {{cust}}|lidnummer {{cust}}",
        "ip": "IP {{ip}}|IP-adres: {{ip}}|ip adres {{ip}}|vanaf ip {{ip}}",
        "neg": "bestelnummer {{order}}|dossiernummer {{ticket}}|request id {{reqid}}|sha256 {{checksum}}|artikelnr {{prod}}|factuur {{invoice}}|"
               "bouwjaar {{year}}|bpost {{tracking}}|klantendienst {{cphone}}|{{creg}}|poort {{port}}|meterstand {{meter}}|{{pct}} korting|versie {{ver}}",
    },
    "frbe": {
        "pw": "mot de passe: {{pw}}|mdp {{pw}}|mon mot de passe est {{pw}}|nouveau mdp {{pw}}|password {{pw}}|ancien mdp {{pw}}, nouveau {{pw}}",
        "pin": "code PIN {{pin}}|code du portail {{pin}}|code alarme {{pin}}|boîte à clés {{pin}}|pin {{pin}}|code de déverrouillage {{pin}}",
        "puk": "code PUK {{puk}}|PUK {{puk}}|le PUK: {{puk}}|puk {{puk}}",
        "otp": "code de vérification {{otp}}|code SMS {{otp}}|code à usage unique {{otp}}|code itsme {{otp}}",
        "wifi": "clé wifi {{wifi}}|mot de passe wifi {{wifi}}|clé WPA {{wifi}}|code wifi {{wifi}}",
        "user": "identifiant {{user}}|nom d'utilisateur {{user}}|login {{user}}|pseudo {{user}}",
        "apikey": "clé API {{apikey}}|API key {{apikey}}|clé {{apikey}}|apikey: {{apikey}}",
        "token": "jeton {{token}}|token {{token}}|Bearer {{token}}|jeton de session {{token}}",
        "card": "carte de crédit {{card}}|numéro de carte {{card}}|visa {{card}}|mastercard {{card}}",
        "cvv": "cryptogramme {{cvv}}|CVV {{cvv}}|code de sécurité {{cvv}}|CVC: {{cvv}}",
        "exp": "expire {{exp}}|date d'expiration {{exp}}|valable jusqu'au {{exp}}|exp {{exp}}",
        "iban": "IBAN {{iban}}|numéro de compte {{iban}}|compte {{iban}}|rembourser sur {{iban}}",
        "bsn": "numéro national {{rrn}}|NISS {{rrn}}|registre national: {{rrn}}|n° RN {{rrn}}",
        "email": "mail: {{email}}|adresse e-mail {{email}}|mon mail {{email}}|écrivez-moi à {{email}}",
        "phone": "GSM {{phone}}|tél. {{phone}}|appelez-moi au {{phone}}|mon numéro {{phone}}|portable: {{phone}}",
        "addr": "adresse: {{addr}}|j'habite {{addr}}|adresse de livraison {{addr}}|nouvelle adresse {{addr}}",
        "dob": "date de naissance {{dob}}|né le {{dob}}|née le {{dob}}|DDN {{dob}}",
        "cust": "numéro client {{cust}}|n° de client {{cust}}|n° contrat {{cust}}|numéro d'abonné {{cust}}",
        "ip": "adresse IP {{ip}}|IP: {{ip}}|depuis l'IP {{ip}}|mon IP {{ip}}",
        "neg": "commande {{order}}|dossier {{ticket}}|request id {{reqid}}|somme de contrôle {{checksum}}|réf. article {{prod}}|facture {{invoice}}|"
               "année {{year}}|suivi {{tracking}}|service client {{cphone}}|{{creg}}|port {{port}}|index compteur {{meter}}|{{pct}} de réduction|version {{ver}}",
    },
    "en": {
        "pw": "password: {{pw}}|my pw is {{pw}}|pass {{pw}}|new password = {{pw}}|pwd {{pw}}|password was {{pw}}, now {{pw}}|router admin password {{pw}}|passcode {{pw}}",
        "pin": "PIN {{pin}}|pin is {{pin}}|gate code: {{pin}}|alarm code {{pin}}|phone unlock code {{pin}}|key safe {{pin}}|door code {{pin}}|lockbox {{pin}}",
        "puk": "PUK {{puk}}|PUK code: {{puk}}|the PUK is {{puk}}|puk {{puk}}",
        "otp": "verification code {{otp}}|SMS code: {{otp}}|one-time code {{otp}}|the code was {{otp}}|2FA code {{otp}}|authenticator says {{otp}}",
        "wifi": "wifi password {{wifi}}|network key: {{wifi}}|WPA key {{wifi}}|wifi ({{ssid}}) pw {{wifi}}",
        "user": "username {{user}}|login: {{user}}|user id {{user}}|sign-in name {{user}}|account name {{user}}",
        "apikey": "API key {{apikey}}|api_key={{apikey}}|key: {{apikey}}|x-api-key {{apikey}}",
        "token": "token {{token}}|Bearer {{token}}|session token: {{token}}|access_token={{token}}",
        "card": "card number {{card}}|credit card {{card}}|Mastercard {{card}}|Amex {{card}}",
        "cvv": "CVV {{cvv}}|CVC: {{cvv}}|security code {{cvv}}|3 digits on the back {{cvv}}",
        "exp": "exp {{exp}}|expiry {{exp}}|expires {{exp}}|valid thru {{exp}}",
        "iban": "IBAN {{iban}}|account {{iban}}|bank details: {{iban}}|refund to {{iban}}",
        "bsn": "BSN {{bsn}}|Dutch citizen service number {{bsn}}|BSN no. {{bsn}}|my BSN is {{bsn}}",
        "email": "email: {{email}}|e-mail {{email}}|email me at {{email}}|my email is {{email}}",
        "phone": "tel {{phone}}|call me on {{phone}}|mobile: {{phone}}|cell {{phone}}|reach me at {{phone}}|text {{phone}}",
        "addr": "address: {{addr}}|I live at {{addr}}|delivery address {{addr}}|new address {{addr}}|send it to {{addr}}",
        "dob": "DOB {{dob}}|date of birth {{dob}}|born {{dob}}|d.o.b.: {{dob}}",
        "cust": "customer number {{cust}}|account no. {{cust}}|membership number {{cust}}|policy number {{cust}}|contract no {{cust}}|subscriber ID {{cust}}",
        "ip": "IP address {{ip}}|my IP is {{ip}}|logged in from {{ip}}|ip: {{ip}}",
        "neg": "order number {{order}}|case {{ticket}}|request ID {{reqid}}|SHA256 {{checksum}}|SKU {{prod}}|invoice {{invoice}} for {{amount}}|"
               "model year {{year}}|tracking {{tracking}}|{{cphone}} (customer care)|{{creg}}|port {{port}}|odometer {{meter}}|{{pct}} off|"
               "version {{ver}}|model {{model}}|reference {{reqid}}|checksum {{checksum}}|product code {{prod}}|since {{year}}|helpline {{cphone}}",
    },
}

# Extra negative fragments; padded so both halves get port/year/masked/model/company phone/registration.
_EXTRA = {
    "nl": ["poortnummer {{port}}", "uit {{year}}", "pas eindigend op {{masked}}", "omvormer {{model}}", "bel {{cphone}}", "{{creg}}", "poort {{port}} open"],
    "nlbe": ["poort {{port}}", "van {{year}}", "kaart {{masked}}", "toestel {{model}}", "klantendienst {{cphone}}", "{{creg}}", "poort {{port}} staat open"],
    "frbe": ["port {{port}}", "de {{year}}", "carte {{masked}}", "appareil {{model}}", "service {{cphone}}", "{{creg}}", "port {{port}} ouvert"],
    "en": ["port {{port}}", "from {{year}}", "card ending {{masked}}", "unit {{model}}", "call {{cphone}}", "{{creg}}", "port {{port}} open"],
}
for _k, _extra in _EXTRA.items():
    for _e in _extra:
        CUES[_k]["neg"] += "|" + _e + "|" + _e
