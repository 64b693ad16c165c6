"""Belgian Dutch (Flemish) templates."""

CHAT = {
"bank": """
Dag {brand}, ik moet mij opnieuw identificeren met itsme maar dat lukt niet. Mijn rijksregisternummer is [bsn:rrn], geboren op [date_of_birth]. Kan het ook anders?
~~
Awel, mijn kaart is geblokkeerd en ik sta hier aan de kassa. Kaartnummer [card], vervalt [card_expiry]. Bel mij aub op [phone]
~~
ik heb een nieuwe bankkaart gekregen maar de pincode brief is nog niet toegekomen. Ge moogt hem sturen naar [address] . klantnr [customer_number]
~~
Goeiemiddag, mijn rekening [iban] staat op 'beperkt' want ze hebben een kopie van mijn eID nodig. Kaartnummer eID is [customer_number:docbe]. Moet dat echt?
""",
"crypto": """
Hallo, voor de verificatie vraagt de app mijn rijksregisternummer. Voila: [bsn:rrn] . Maar het blijft hangen op <error_code>. Klantnummer [customer_number]
~~
<mention> al 2 weken geen antwoord op ticket <ticket_number>, mijn account is nog altijd geblokkeerd. Mail is [email] . Echt nie normaal <hashtag>
~~
Ik heb mijn 2FA kwijt (gsm gestolen). Backup code was [otp] denk ik. Nieuw gsm-nummer: [phone]
""",
"bet": """
Dag, de Kansspelcommissie check zegt dat ik op de EPIS lijst sta?? Rijksregisternr [bsn:rrn] , geboortedatum [date_of_birth]. Gelieve na te kijken
~~
Ik wil mijn winst van <amount> laten storten op [iban] maar eerst moet ik een bewijs van domicilie sturen. Ik woon [address]
""",
"telecom": """
Ik ben vandaag in de {brand} shop geweest voor een nieuwe simkaart. Ze hebben mijn eID ingelezen. Nu werkt mijn nummer [phone] niet meer en de PUK [puk] ook niet.
~~
Modem opnieuw geïnstalleerd. Wifi {ssid} met sleutel [wifi_key]. Admin login [username] en paswoord [password]. Klantnummer [customer_number] voor de zekerheid
~~
Mijn factuur <invoice_number> klopt niet, en ik zie inlogpogingen vanaf [ip_address] op Mijn {brand}. Ondernemingsnummer van mijn zaak is <company_registration>
""",
"car": """
Hallo {brand}, de deelwagen staat aan het station van {city} maar de kluiscode [pin] werkt niet. Reservatie <order_number>, mijn gsm [phone]
~~
Waarom moet ik voor Cambio een selfie met mijn rijbewijs maken? Rijbewijsnummer eindigt op <masked_value>. Mijn lidnummer [customer_number]
""",
"market": """
Een koper op {brand} vraagt mijn rekeningnummer en mijn rijksregisternummer voor 'verificatie'. Ik heb enkel [iban] gestuurd, is dat gevaarlijk? Zoekertje <order_number>
~~
Mijn account is opgeschort. Login [email], paswoord [password]. Ik heb niks verkeerd gedaan!
""",
}

AGENT = {
"any": """
Dag {name}, bedankt voor je bericht. Deel je rijksregisternummer nooit publiek. Stuur ons een privébericht met je klantnummer, dan kijken we het na. ^{agent}
~~
Hallo {name}, ik heb je dossier <ticket_number> bekeken. Je rekening [iban] is terug vrijgegeven. Nog een fijne dag! Groetjes, {agent}
~~
Beste {macro}, we hebben een nieuwe pincode aangevraagd. Die komt per post naar [address] binnen <quantity:dur>. Vragen? Bel <company_phone>. {agent}
~~
Dag {name}, je nieuwe verificatielink is verstuurd naar [email]. De link is <quantity:dur> geldig. ^{agent}
""",
}

FRAMES = {
"greet": """
Geachte,
~~
Dag {brand},
~~
Beste mevrouw, mijnheer,
~~
Hallo daar,
""",
"close": """
Met vriendelijke groeten,
{fullname}
GSM [phone]
~~
Mvg,
{name}
~~
Groetjes,
{fullname}
[address]
~~
Alvast bedankt,
{name}
""",
"disclaimer": """
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n).
~~
Gelieve het milieu te respecteren: druk deze e-mail niet af.
""",
}

CHAT["telecom"] += """~~
Mijn PUK-code [puk] werkt niet, de winkel in {city} zei dat ik de code hardop moest voorlezen. Nummer: [phonew]
~~
Support vroeg mijn token van de app: [token] . Is dat normaal? IP adres [ip_address]
"""
CHAT["bank"] += """~~
De code van itsme was [otp:words], ma hij is al vervallen. Product <product_code>, <percentage> rente?
"""
CHAT["market"] += """~~
Via een link van de koper heb ik mijn kaart ingegeven: [card] , vervaldatum [card_expiry] , cvc-code [cvv]. Mijn paswoord is [password] moet ik dat veranderen?
"""
CHAT["bank"] += """~~
Allee, ik heb al 3x mijn identiteitskaart ingescand. Rijksregister: [bsn:rrn] . Klantennummer [customer_number] . Wat moet ik nog doen?
~~
Doorgestuurde sms: "Uw bevestigingscode is [otp]". Maar ik heb niks aangevraagd! Mijn gsm [phone]
"""
CHAT["crypto"] += """~~
Mijn gegevens:
Naam: {fullname}
Geboortedatum: [date_of_birth]
Rijksregisternr: [bsn:rrn]
Rekening: [iban]
Adres: [address]
"""
AGENT["any"] += """~~
Hallo {name}, je identiteitscontrole is goedgekeurd. Je kan terug inloggen met [email]. Nog vragen? <company_phone> of <url>. ^{agent}
"""
AGENT["any"] += """~~
Dag {name}, je hebt je paswoord publiek gezet, verwijder dat bericht aub. Voor dringende vragen: <company_phone> (gratis). Groetjes, {agent} - {brand} | ondernemingsnr <company_registration>
"""
