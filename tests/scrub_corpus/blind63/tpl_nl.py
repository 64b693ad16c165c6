"""Dutch (nl and shared nl-be) templates. Groups are dealt alternately to dev/heldout."""

CHAT = {
"crypto": """
hoi {brand}, al 5 dagen wacht ik op mijn verificatie. selfie 3x opnieuw gedaan, paspoort ook. klantnummer [customer_number] , ticket <ticket_number>. wat is nu het probleem??
~~
Goedemiddag, ik moet van jullie mijn BSN opgeven voor de Wwft-check? Nou vooruit: [bsn] . Mijn geboortedatum is [date_of_birth]. Graag snel want ik wil <amount> opnemen
~~
Ik krijg steeds foutcode <error_code> bij het uploaden van mijn ID in de app (versie <version_string>, telefoon <model_number>). Account e-mail is [email]
~~
mn account is bevroren na een storting van <amount> van rekening [iban] . jullie vragen om bron van vermogen, bankafschrift heb ik net gemaild. verificatie-id <request_id>
~~
Heb de sms-code niet gekregen, alleen deze: [otp] maar die is verlopen. Nieuw nummer is [phone] , oude nummer eindigt op <masked_value>
~~
<mention> ik heb mijn API key per ongeluk in een screenshot gezet, kunnen jullie hem intrekken? key: [api_key:hex64] secret [api_key:an64] alvast bedankt
~~
Waarom moet ik een foto van mijn paspoort sturen als ik al sinds <year> klant ben? Nee, ik stuur mijn BSN niet via DM. Klantnr is [customer_number] als jullie willen bellen: [phone]
~~
login lukt niet meer. gebruikersnaam [username] wachtwoord [password] (ja ik weet het, verander ik daarna meteen). 2FA code uit de app: [otp]
""",
"bank": """
Ik probeer een rekening te openen bij {brand} maar de selfie wordt steeds afgekeurd (<quantity:times>). Mijn ID-kaart documentnummer is [customer_number:docnl], geldig tot <date>. Wat doe ik fout?
~~
Mijn pas is geblokkeerd na 3x verkeerde pincode. Nieuwe pin wordt [pin] hoop ik, kan dat? kaartnummer [card] exp [card_expiry]
~~
Hallo, bewijs van adres: ik woon sinds <date> op [address]. Energierekening staat nog op naam van mijn vriend, mag dat ook? Meterstand erop: <meter_reading>
~~
<mention> jullie app vraagt om mijn Burgerservicenummer én een selfie met ID in de hand. Is dat echt jullie of phishing? Link was <url>
~~
Salaris komt binnen op [iban@a] maar jullie zeggen dat [iban@a] niet op mijn naam staat?? Klantnummer [customer_number], geb. [date_of_birth]
~~
ik heb per ongeluk mijn volledige kaartnummer in de chat gezet ([card]), cvc [cvv]. Kunnen jullie die kaart blokkeren? Tel [phone]
~~
Hoi! Verificatie zegt "adres komt niet overeen". Op mijn ID staat oud adres, nieuwe is [address]. Postcode check gaf fout <error_code>
""",
"bet": """
Ik wil mijn account bij {brand} deblokkeren. Jullie vroegen om een kopie ID zonder BSN doorgestreept, maar dat doe ik dus niet. Account: [username] / klantnr [customer_number]
~~
Uitbetaling van <amount> staat al <quantity:dur> in behandeling, eerst weer KYC?? IBAN is [iban], geboren [date_of_birth], adres [address]
~~
<mention> CRUKS check zegt dat ik ingeschreven sta maar dat klopt niet. BSN [bsn] , geboortedatum [date_of_birth]. Graag uitzoeken! <hashtag>
~~
mijn wachtwoord resetten lukt niet, reset-code [otp] werkt niet. account mail [email] . tijd was ongeveer <time>
~~
Limiet verhogen naar <amount> per maand? Welk document moet ik sturen, loonstrook? Mijn telnr is [phone] bel me liever
""",
"car": """
Hoi {brand}, rijbewijscheck blijft hangen op 'selfie verwerken'. App <version_string>, toestel <model_number>. Lidnummer [customer_number]
~~
Ik sta bij de auto maar de sleutelkluis code werkt niet, jullie sms gaf [pin]. Huurnummer <order_number>. Graag bellen op [phone]!!
~~
Borg van <amount> is van mijn creditcard afgeschreven (<masked_value>) terwijl ik met [card] betaald heb, exp [card_expiry]. reservering <order_number>
~~
Mijn rijbewijs verloopt <date>, moet ik dan opnieuw verifiëren? Accountnaam [username], mail [email]
~~
ophalen op Schiphol, vlucht <flight_number> landt om <time>. Ik heb geen creditcard alleen debit, is dat ok? klantnummer [customer_number]
""",
"market": """
Koper op {brand} wil dat ik mijn ID + selfie stuur naar een whatsapp nummer ([phone])?? Is dit oplichting? advertentie <order_number>
~~
Mijn account is geschorst ivm 'verificatie'. Ik heb al <quantity> gestuurd. Gebruikersnaam [username], IBAN voor uitbetaling [iban]
~~
Iemand heeft met mijn gegevens een account aangemaakt: [email] en mijn adres [address] staat erin. Melding <ticket_number>
~~
Ik moet een code invoeren die ik per mail kreeg: [otp]. Maar ik zie 'ongeldige code' foutcode <error_code>
~~
verkoper vroeg om €0,01 over te maken voor verificatie via <url> , heb ik gedaan met [iban]... oeps. wat nu
""",
"telecom": """
Nieuw abonnement bij {brand} afgesloten in de winkel maar ze hebben mijn ID gescand, mag dat? Klantnummer [customer_number]. Nummer [phone]
~~
SIM geblokkeerd, PUK is [puk] volgens mijn papiertje maar hij accepteert het niet. simkaart besteld <tracking_number>
~~
Wifi doet het niet sinds de monteur is geweest. Netwerk {ssid} wachtwoord [wifi_key]. Modem <model_number>, firmware <version_string>
~~
Inloggen op Mijn {brand}: [username] ww [password] , lukt niet. IP waar ik vanaf kom [ip_address]
~~
Ik kreeg een sms met code [otp] om mijn nummer over te zetten naar een eSIM, maar ik heb dat niet aangevraagd!! Mijn pincode van de sim is [pin:4] btw
""",
}

EMAIL_BODY = {
"crypto": """
Via de app lukt het niet dus ik stuur het maar per mail. Jullie vroegen om aanvullende gegevens voor de identiteitsverificatie:

Naam: {fullname}
Geboortedatum: [date_of_birth]
Adres: [address]
BSN: [bsn]
Telefoon: [phone]
Bankrekening: [iban]

Het paspoort heb ik als bijlage toegevoegd (<quantity>). Ik hoop dat mijn account nu snel gedeblokkeerd wordt, want ik heb nog <amount> aan openstaande orders.
~~
Sinds <date> kan ik niet meer handelen. In de app staat 'verificatie vereist' met foutcode <error_code>. Ik heb de selfie al <quantity:times> gemaakt.
Mijn accountnummer is [customer_number] en het e-mailadres waarmee ik ben ingelogd is [email].
Ik heb trouwens ook een API key aangemaakt voor mijn trading bot ([api_key]) - moet die opnieuw?
""",
"bank": """
Ik heb een brief ontvangen dat mijn rekening wordt opgezegd als ik niet binnen <quantity:dur> mijn gegevens aanvul. Bij deze:
- rekeningnummer [iban]
- klantnummer [customer_number]
- geb.datum [date_of_birth]
- adres: [address]
Mijn BSN wil ik liever niet mailen, kunnen jullie aangeven waarom dat nodig is?
~~
Ik was gisteren om <time> bij het loket en daar zeiden ze dat ik alles per mail moest sturen. Mijn nieuwe telefoonnummer is [phone], mijn oude was [phone]. Het bewijs van inschrijving BRP zit in de bijlage, daarop staat ook mijn BSN ([bsn]).
""",
"bet": """
Mijn account ([username]) is na een winst van <amount> op slot gezet "in afwachting van KYC". Ik heb nu het volgende gestuurd:
1. voorkant en achterkant rijbewijs
2. bankafschrift met IBAN [iban]
3. energierekening met mijn adres ([address])
Wat willen jullie nog meer? Dit voelt als uitstel van betaling.
""",
"car": """
Mijn account is geblokkeerd omdat de naam op mijn rijbewijs niet overeenkomt met die op de creditcard. Dat klopt, de kaart staat op naam van mijn partner. Kaart: [card], geldig tot [card_expiry]. Mijn lidnummer [customer_number], telefoon [phone].
Ik moet <date> om <time> een auto ophalen, kunnen jullie dit voor die tijd oplossen?
""",
"market": """
Ik word gevraagd mij te identificeren voor betalingen via jullie platform. Mijn IBAN is [iban] en mijn geboortedatum [date_of_birth]. Waarom wordt mijn verificatie (<request_id>) steeds afgewezen met "<error_code>"?
Mijn gebruikersnaam is [username], e-mail [email].
""",
"telecom": """
Bij het afsluiten van mijn abonnement in de winkel in {city} is mijn ID-kaart gekopieerd. Ik wil weten wat jullie daarmee doen. Mijn klantnummer is [customer_number], mijn mobiele nummer [phone]. Het documentnummer eindigt op <masked_value>.
Daarnaast: de installateur heeft het admin wachtwoord van het modem op [password] gezet en het wifi wachtwoord op [wifi_key]. Moet ik dat zelf wijzigen?
""",
}

AGENT = {
"any": """
Hoi {name}, vervelend dat de verificatie niet lukt! Kun je de foto's opnieuw uploaden via <url>? Stuur je BSN of paspoortnummer nooit via DM. ^{agent}
~~
Dank je wel. Ik zie dat je klantnummer [customer_number] is en dat we je IBAN [iban] nog moeten koppelen. Ik heb het doorgezet, referentie <ticket_number>. Groet, {agent}
~~
Hi {name}, je hebt je wachtwoord in een openbaar bericht gezet. Verwijder dat bericht a.u.b. en wijzig direct je wachtwoord. Wij vragen nooit om je pincode of codes uit sms'jes. ^{agent}
~~
Hallo {macro}, we hebben je documenten ontvangen op <date> om <time>. De controle duurt maximaal <quantity:dur>. Is [phone] nog het juiste nummer? Groetjes, {agent}
~~
Goedemorgen {name}, uw aanvraag <ticket_number> is in behandeling. Bel ons gerust op <company_phone> (ma-vr 8-20u). Met vriendelijke groet, {agent} | KvK <company_registration>
~~
Helaas kan ik je account niet deblokkeren zonder geldig identiteitsbewijs. Het document dat je stuurde is verlopen (<error_code>). Je e-mail [email] ontvangt zo een nieuwe link. ^{agent}
~~
We hebben de code [otp] opnieuw verstuurd naar [phone]. Deel deze code met niemand, ook niet met ons. Fijne dag! {agent}
~~
Je adres is aangepast naar [address]. De nieuwe pas wordt binnen <quantity:dur> verstuurd, track & trace: <tracking_number>. ^{agent}
""",
}

FRAMES = {
"subject": """
Onderwerp: Verificatie account
~~
Onderwerp: RE: Aanvullende gegevens KYC <ticket_number>
~~
Onderwerp: Account geblokkeerd!!
~~
Onderwerp: Fwd: identiteitscontrole
~~
Onderwerp: vraag over bewijs van adres
~~
Onderwerp: Re: Re: uw dossier <ticket_number>
""",
"greet": """
Beste {brand},
~~
Geachte heer/mevrouw,
~~
Hallo,
~~
Beste klantenservice,
~~
Goedendag,
~~
Hoi team,
""",
"close": """
Met vriendelijke groet,
{fullname}
~~
Groet,
{name}
~~
Alvast bedankt!

{name}
[phone]
[email]
~~
Mvg {fullname}
Tel: [phone]
~~
Vriendelijke groeten,
{fullname}
[address]
~~
gr {name}

Verstuurd vanaf mijn iPhone
""",
"quotehead": """
Op <date> om <time> schreef {brand} Klantenservice:
~~
-----Oorspronkelijk bericht-----
Van: {brand} Support
Verzonden: <date> <time>
Onderwerp: Uw verificatie
~~
---------- Doorgestuurd bericht ---------
Van: {fullname} {lt}[email]{gt}
Datum: <date>
~~
Op <date> <time> heeft {agent} van {brand} het volgende geschreven:
""",
"disclaimer": """
Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dan dit bericht.
~~
Denk aan het milieu voordat u deze e-mail print.
~~
Disclaimer: aan dit bericht kunnen geen rechten worden ontleend.
""",
}

CHAT["crypto"] += """~~
jullie support vroeg om mijn sessie token uit de browser te plakken (?) hier: [token] . Klopt dat wel, voelt niet goed
~~
De code die ik kreeg was vier zeven... wacht ik lees hem voor: [otp:words] . Mijn telefoon is [phonew]
~~
Stortingslimiet is <percentage> van mijn inkomen zeggen jullie? IP van de login die ik niet herken: [ip_address], poort <port>
"""
CHAT["bank"] += """~~
Bearer token uit jullie developer portal: [token:jwt] lekt hij in logs? API key [api_key:stripe]. Verzoek <request_id>
~~
Bewijs van adres = energienota. EAN-code [customer_number:ean], meterstand <meter_reading>, factuur <invoice_number>. Adres [address]
"""
CHAT["telecom"] += """~~
Nieuwe simkaart (<product_code>) gekregen, PUK code: [puk] en PIN [pin:4]. Maar hij vraagt nu een PUK2?? <percentage> batterij nog, snel aub
~~
checksum van het ID-bestand dat ik uploadde: <checksum> , jullie zeggen dat het corrupt is. Mijn klantnr [customer_number], IP [ip_address]
"""
EMAIL_BODY["bet"] += """~~
Ik heb de reset-link gebruikt maar die geeft een fout: https://account.{brand}.nl/reset?token=[token:hex] . Ik heb nu <quantity:times> geprobeerd.
Mijn nieuwe wachtwoord zou [password] worden, het oude was [password]. Gebruikersnaam [username].
"""
CHAT["market"] += """~~
Betaalverzoek via {brand} gevraagd mijn kaartgegevens: [card] , geldig t/m [card_expiry] , CVC [cvv]. Had ik dat niet moeten doen?? wachtwoord account was [password]
"""
CHAT["crypto"] += """~~
Doorgestuurde sms: "Uw {brand} verificatiecode is [otp]. Deel deze code nooit." - maar ik heb niks aangevraagd!? mijn nr [phone]
~~
Gegevens zoals gevraagd:
naam {fullname}
geb [date_of_birth]
bsn [bsn:bsn]
iban [iban]
adres [address]
tel [phone]
~~
Nee ik ga mijn BSN echt niet in de chat zetten. Mijn klantnumer is [customer_number], dat moet genoeg zijn. Bel maar: [phone]
"""
CHAT["bank"] += """~~
screenshot overgetypt: "Rekeninghouder {fullname} IBAN [iban] BIC BUNQNL2A" en pasnr [card]. Waarom zegt de app 'naam komt niet overeen' <error_code>
~~
Mijn telefoon is gestolen. Ontgrendelcode was [pin:6], bankapp pincode [pin:5]. Kunnen jullie alles blokkeren? Klant [customer_number]
"""
CHAT["telecom"] += """~~
In de winkel moest ik mijn ID laten scannen voor een prepaid simkaart. Nu krijg ik mails op [email] over een abonnement op [phone] dat ik nooit heb afgesloten. Klantnr [customer_number]
"""
AGENT["any"] += """~~
Hoi {name}! Ik zie je account [customer_number] staat nog op 'KYC review'. Je selfie was onscherp (<error_code>). Upload je een nieuwe via de app (minimaal versie <version_string>)? ^{agent}
~~
Dank voor het doorgeven. Voor de volledigheid: we hebben geregistreerd geboortedatum [date_of_birth] en adres [address]. Klopt dat? Je hoort binnen <quantity:dur> van ons. {agent}
"""
AGENT["any"] += """~~
Hoi {name}, je nieuwe simkaart/pas is onderweg met zending <tracking_number>. Activeren doe je met de code uit de brief, niet met [otp]: die is verlopen. ^{agent}
~~
Goedemiddag {name}, bedankt voor je geduld. Je verificatie (<request_id>) is afgerond. Vragen? Bel <company_phone> of app <company_phone>.
Met vriendelijke groet,
{agent}
{brand} Klantenservice | KvK <company_registration>
"""
CHAT["car"] += """~~
Vlucht <flight_number> heeft vertraging, ik ben er pas om <time>. Kan de balie open blijven? Reservering <order_number>, rijbewijs gecheckt, tel [phone]
"""
