"""Dutch (NL) and Flemish (VL) templates. One template per line; '\\n' = newline."""

CLAUSES_NL = {
"password": """
mijn wachtwoord is [[password]] en toch kom ik er niet in
ww: [[password]]
Ik heb het wachtwoord al veranderd naar [[password]] maar de app zegt nog steeds 'onjuist'
oude wachtwoord was [[password]], nieuwe is [[password]]
inloggen lukt niet, gebruik wachtwoord [[password]] (hoofdletter eerst)
Heb t wachtwoord van de hoortoestel-app op [[password]] gezet, klopt dat zo?
wachtwoord voor het studentenportaal: [[password]]
mn moeder haar wachtwoord is denk ik [[password]] maar ze weet het zelf niet meer
pw = [[password]]
Het tijdelijke wachtwoord dat jullie stuurden ([[password]]) werkt niet
""",
"pin": """
de pincode van mijn pas is [[pin]], kunnen jullie die blokkeren?
code van de sleutelkluis bij de voordeur is [[pin]]
Sleutelkastje hangt naast de deur, code [[pin]]
de toegangscode van de portiek is [[pin]]#
Mijn telefoon ontgrendelcode is [[pin]] als jullie hem moeten testen
alarmcode: [[pin]] (niet aan de buren geven aub)
De code van het hek achter de garage is [[pin]]
sim pincode is [[pin]]
pin [[pin]] werkt niet meer na de update
""",
"puk": """
PUK code is [[puk]], staat op het kaartje
ik heb de pukcode al ingevoerd: [[puk]]
puk: [[puk]] en nu vraagt ie om een nieuwe pin
""",
"otp": """
ik kreeg sms met code [[otp]] maar die was meteen verlopen
verificatiecode [[otp]]
de code uit de mail: [[otp]]
Ze vroegen om de code uit de authenticator app, dat was [[otp]]
eenmalige code is [[otp]], klopt dat?
de sms zei: Uw code is [[otp]]. Deel deze code met niemand.
code was [[otp_words]] (voorgelezen door mijn dochter)
""",
"wifi_key": """
wifi netwerk [[@ssid]] met wachtwoord [[wifi_key]]
het wifi-wachtwoord van mijn moeder is [[wifi_key]], voor het alarmkastje
WPA sleutel: [[wifi_key]]
netwerksleutel staat achterop de router: [[wifi_key]]
de wifi code van de studentenflat is [[wifi_key]] maar die werkt niet op de 5GHz
""",
"username": """
gebruikersnaam: [[username]]\\nwachtwoord: [[password]]
mijn inlognaam is [[username]]
login [[username]] / [[password]]
ik log in met gebruikersnaam [[username]] maar krijg foutmelding
account: [[username]] ww [[password]]
Mijn studentaccount is [[username]], wachtwoord gereset naar [[password]]
""",
"api_key": """
de API key die we van jullie kregen: [[api_key]]
onze koppeling met het afsprakensysteem gebruikt key [[api_key]], die geeft nu 401
api-sleutel = [[api_key]]
AWS access key id [[aws_id]] en secret [[aws_secret]] stonden per ongeluk in de mail
""",
"token": """
bearer token: [[token]]
Authorization: Bearer [[token]]
mijn sessie token is [[token]] volgens de developer tools
token [[token]] verloopt steeds na 5 minuten
ik heb het toegangstoken ([[token]]) gekopieerd uit de app
""",
"card": """
creditcardnummer [[card]] geldig tot [[card_expiry]], cvc [[cvv]]
Betaald met kaart [[card]]
kaartnr [[card]] exp [[card_expiry]]
de visa is [[card]], vervaldatum [[card_expiry]] en de code achterop [[cvv]]
mijn creditcard: [[card]]
het is deze kaart: [[card]] (van mijn man)
""",
"cvv": """
beveiligingscode [[cvv]]
de 3 cijfers achterop zijn [[cvv]]
CVC: [[cvv]]
""",
"iban": """
graag terugstorten op [[iban]]
IBAN: [[iban]] t.n.v. [[@fullname]]
mijn rekeningnummer is [[iban]]
Het bedrag mag naar rekening [[iban]]
rek.nr [[iban]]
kunnen jullie het terugboeken naar [[iban]]? dat is mijn nieuwe rekening
mijn Duitse rekening ([[iban_foreign]]) graag, ik woon nu over de grens
""",
"bsn": """
mijn BSN is [[bsn]]
BSN: [[bsn]]
burgerservicenummer van mijn vader: [[bsn]]
sofinummer [[bsn]] (staat op de zorgpas)
De apotheek vroeg om mijn bsn, dat is [[bsn]]
""",
"email": """
mail me op [[email]]
mijn e-mailadres is [[email]]
stuur het naar [[email]] aub
email: [[email]]
ik heb een nieuw mailadres: [[email]], het oude werkt niet meer
Kunnen jullie de factuur naar [[email]] sturen ipv naar mijn oude adres?
""",
"phone": """
bel me op [[phone]]
mijn nummer is [[phone]]
tel: [[phone]]
je kunt me bereiken op [[phone]] na 17u
06 van mijn zoon: [[phone]]
telefoonnummer [[phone]], liefst whatsappen
Mijn nieuwe nummer: [[phone]] (oude is afgesloten)
""",
"address": """
ik woon op [[address]]
adres: [[address]]
mijn nieuwe adres is [[address_full]]
De nieuwe bril moet naar [[address_full]]
bezorgen op [[address]], niet bij de buren
ik ben verhuisd naar [[address_full]]
mijn moeder woont op [[address_full]], de zorg moet daar langskomen
Koffer graag afleveren op [[address_full]]
""",
"date_of_birth": """
geboortedatum: [[date_of_birth]]
ik ben geboren op [[date_of_birth]]
geb. [[date_of_birth]]
mijn vader (geb [[date_of_birth]]) krijgt de zorg
ter verificatie: geboren [[date_of_birth]]
""",
"customer_number": """
klantnummer [[customer_number]]
mijn klantnr is [[customer_number]]
Leasecontract nummer [[customer_number]]
cliëntnummer: [[customer_number]]
mijn studentnummer is [[customer_number]]
Flying Blue nummer [[customer_number]]
lidmaatschapsnummer [[customer_number]]
Polisnummer zorgverzekering: [[customer_number]]
relatienummer [[customer_number]]
""",
"card_expiry": """
verloopt [[card_expiry]]
geldig t/m [[card_expiry]]
""",
"ip_address": """
mijn IP-adres is [[ip_address]], ik word steeds geblokkeerd
de router staat op [[ip_address]] en het admin-wachtwoord is [[password]]
volgens de foutmelding komt de inlogpoging van [[ip_address]] maar dat ben ik niet
IP: [[ip_address]]
""",
}

CLAUSES_VL = {
"password": """
mijn paswoord is [[password]], da werkt gewoon niet
paswoord: [[password]]
ik heb mijn paswoord al drie keer veranderd, nu is het [[password]]
""",
"pin": """
de code van het sleutelkastje is [[pin]], ge moet wel eerst op de knop duwen
pincode van mijn bankkaart: [[pin]]
""",
"otp": """
ik kreeg een sms-code [[otp]] maar die wordt niet aanvaard
de digipass gaf [[otp]]
""",
"username": """
gebruikersnaam [[username]] en paswoord [[password]]
mijn login is [[username]]
""",
"card": """
mijn kaartnummer is [[card]], vervalt [[card_expiry]]
betaald met bancontact [[card]]
""",
"iban": """
mijn rekeningnummer is [[iban]]
gelieve terug te storten op [[iban]]
IBAN [[iban]] op naam van [[@fullname]]
""",
"bsn": """
mijn rijksregisternummer is [[rrn]]
rijksregisternr: [[rrn]]
het INSZ-nummer van mijn moeder: [[rrn]]
""",
"email": """
mijn mailadres is [[email]]
stuur maar naar [[email]] alstublieft
""",
"phone": """
mijn gsm-nummer is [[phone]]
ge kunt mij bellen op [[phone]]
gsm: [[phone]]
""",
"address": """
ik woon in de [[address_full]]
mijn adres is [[address_full]]
mijn kot is op [[address]]
""",
"date_of_birth": """
geboren op [[date_of_birth]]
geboortedatum [[date_of_birth]]
""",
"customer_number": """
mijn klantennummer is [[customer_number]]
klantnr. [[customer_number]]
mijn studentennummer: [[customer_number]]
aansluitingsnummer ziekenfonds [[customer_number]]
""",
"wifi_key": """
de wifi-code van mijn kot is [[wifi_key]]
""",
}

NEGC_NL = """
Ik heb op [[!date]] om [[!time]] gebeld en toen werd gezegd dat het geregeld was
Factuur [[!invoice_number]] van [[!amount]] klopt niet, er staat [[!quantity]] op
zaaknummer [[!ticket_number]]
Het pakket ([[!tracking_number]]) is al [[!quantity]] onderweg
Volgens [[!url]] zou ik [[!percentage]] korting krijgen
De app (versie [[!version_string]]) geeft foutcode [[!error_code]]
bestelnummer [[!order_number]], besteld op [[!date]]
ik betaal al sinds [[!year]] [[!amount]] per maand
jullie klantenservice [[!company_phone]] neemt niet op
referentie van de melding: [[!ticket_number]]
laatste 4 van mijn pas: [[!masked_value]]
request id [[!request_id]] als dat helpt
"""

NEGC_VL = """
ik heb op [[!date]] al gebeld naar [[!company_phone]], dossiernummer [[!ticket_number]]
factuur [[!invoice_number]] van [[!amount]] is al betaald
volgens jullie website [[!url]] is het [[!percentage]] goedkoper
"""

SITU_NL = {
"optician": """
Mijn nieuwe bril bij [[@brand]] is al [[!quantity]] te laat, afspraak was [[!date]].
Het linker hoortoestel ([[!model_number]]) piept sinds de update naar [[!version_string]].
Ik heb contactlenzen besteld ([[!product_code]]) maar kreeg de verkeerde sterkte.
De oogmeting op [[!date]] om [[!time]] is zonder bericht geannuleerd.
De eigen bijdrage voor het hoortoestel is [[!amount]], dat was [[!amount]] beloofd.
""",
"car": """
Mijn leaseauto ([[@plate]]) moest op [[!date]] voor de APK maar de garage heeft niks gedaan.
Motorlampje brandt weer, uitleesapparaat zegt [[!error_code]], kilometerstand [[!meter_reading]].
Ik heb de [[!model_number]] opgehaald maar er staat [[!amount]] extra op de factuur.
Onderhoudsbeurt gepland om [[!time]], om [[!time]] nog niemand gezien.
De vervangende auto is al [[!quantity]] niet geleverd.
""",
"homecare": """
De thuiszorg kwam vanochtend niet opdagen, mijn moeder zat om [[!time]] nog in bed.
Er komt steeds een andere medewerker van [[@brand]], vandaag al de [[!quantity]] deze maand.
De alarmknop ([[!model_number]]) van mijn vader geeft foutmelding [[!error_code]].
Het zorgplan van [[!date]] klopt niet, er staat [[!quantity]] per week in.
""",
"airline": """
Mijn koffer is niet aangekomen met [[!flight_number]] van [[!date]].
Vlucht [[!flight_number]] had [[!quantity]] vertraging, ik wil de compensatie van [[!amount]].
Mijn bagage ([[!model_number]], zwart) is kwijt sinds [[!date]], dossier [[!ticket_number]].
Op Schiphol zeiden ze dat de koffer met [[!flight_number]] mee zou komen maar niks.
Boekingscode [[!pnr]], overstap gemist door vertraging.
""",
"university": """
Ik kan sinds [[!date]] niet meer inloggen op het studentenportaal (foutcode [[!error_code]]).
De huur van mijn kamer is verhoogd met [[!percentage]] zonder aankondiging.
De borg van [[!amount]] is nog steeds niet terugbetaald.
Mijn laptop ([[!model_number]]) kan niet verbinden met eduroam.
Tentamen op [[!date]] om [[!time]] maar mijn inschrijving staat er niet.
""",
"pharmacy": """
Mijn herhaalrecept is niet klaargezet, ik heb nog [[!quantity]] over.
Ik zit in Spanje en mijn medicijnen zijn op, de farmacia wil [[!amount]] zonder recept.
Jullie hebben [[!quantity]] meegegeven ipv 90, artikel [[!product_code]].
De bloeddrukmeter ([[!model_number]]) die ik kocht doet het niet.
""",
}

SITU_VL = {
"optician": """
Mijn hoorapparaat van [[@brand]] ([[!model_number]]) is al voor de derde keer kapot.
Ik heb op [[!date]] een bril besteld en ze is er nog altijd niet.
""",
"car": """
Mijn wagen staat al [[!quantity]] in de garage voor een onderhoud van niks.
Ge hebt [[!amount]] aangerekend voor een keuring die niet gedaan is.
""",
"homecare": """
De verpleegster van het [[@brand]] is gisteren niet gekomen, mijn vader wachtte tot [[!time]].
De poetshulp is al [[!quantity]] niet geweest en niemand verwittigt ons.
""",
"airline": """
Mijn valies is niet toegekomen op Zaventem met [[!flight_number]].
Vlucht [[!flight_number]] op [[!date]] geannuleerd en nog altijd geen terugbetaling.
""",
"university": """
Mijn kot is nog altijd niet in orde, de verwarming is al sinds [[!date]] kapot.
Ik kan niet inschrijven voor de examens, Toledo geeft [[!error_code]].
""",
"pharmacy": """
De apotheker heeft mij [[!quantity]] te weinig meegegeven.
Ik ben in Portugal en mijn voorschrift wordt niet aanvaard, ze vragen [[!amount]].
""",
}

OPEN_NL = """
Hoi,
Hallo,
Goedemiddag,
hey
Beste [[@brand]],
Hallo daar,
Goeiemorgen,
Dag,
"""
OPEN_VL = """
Dag,
Hallo,
Goeiendag,
Hey,
"""
CLOSE_NL = """
Graag snel reactie.
Alvast bedankt!
Ik hoor het graag.
dit is echt belachelijk
Wat nu??
Groetjes
gr
Kunnen jullie me helpen?
"""
CLOSE_VL = """
Alvast bedankt.
Merci!
Laat maar iets weten.
Ge moogt mij altijd bellen.
"""

EMAIL_GREET_NL = """
Geachte heer/mevrouw,
Beste klantenservice,
Goedendag,
Beste mensen van [[@brand]],
Geachte klantenservice,
Hallo,
"""
EMAIL_GREET_VL = """
Geachte,
Beste,
Beste klantendienst,
"""
EMAIL_CLOSE_NL = """
Met vriendelijke groet,
Met vriendelijke groeten,
Groet,
Vriendelijke groet,
Mvg,
Hartelijke groet,
"""
EMAIL_CLOSE_VL = """
Met vriendelijke groeten,
Vriendelijke groeten,
Mvg,
"""
SIG_NL = """
[[@fullname]]
[[@fullname]]\\n[[phone]]
[[@fullname]]\\n[[address_full]]\\nTel. [[phone]]
[[@name]]\\nVerstuurd vanaf mijn iPhone
[[@fullname]]\\nM: [[phone]]\\nE: [[email]]
[[@name]] ([[@fullname]])\\nklantnummer [[customer_number]]
"""
SIG_VL = """
[[@fullname]]\\nGSM [[phone]]
[[@fullname]]\\n[[address_full]]
[[@name]]\\nVerzonden vanaf mijn Samsung Galaxy-smartphone.
"""
QUOTE_NL = """
Op [[!date]] om [[!time]] schreef Klantenservice [[@brand]]:
Op [[!date]] [[!time]] heeft [[@brand]] het volgende geschreven:
-----Oorspronkelijk bericht-----\\nVan: [[@fullname]] <[[email]]>\\nVerzonden: [[!date]] [[!time]]\\nAan: Klantenservice [[@brand]]\\nOnderwerp: RE: melding [[!ticket_number]]
---------- Doorgestuurd bericht ---------\\nVan: [[@fullname]] <[[email]]>\\nDatum: [[!date]]\\nOnderwerp: klacht
"""
QUOTE_VL = """
Op [[!date]] om [[!time]] schreef [[@brand]] Klantendienst:
-----Oorspronkelijk bericht-----\\nVan: [[@fullname]] <[[email]]>\\nVerzonden: [[!date]]\\nAan: Klantendienst\\nOnderwerp: Dossier [[!ticket_number]]
"""
QBODY_NL = """
Beste [[@name]],\\n\\nBedankt voor je bericht. We hebben je melding onder nummer [[!ticket_number]] geregistreerd. Kun je ons je klantnummer en geboortedatum sturen?\\n\\nMet vriendelijke groet,\\n[[@agent]]\\nKlantenservice [[@brand]] | [[!company_phone]]
Beste [[@name]],\\n\\nWe hebben je adres [[=address]] genoteerd. Je hoort binnen [[!quantity]] van ons.\\n\\nGroet, [[@agent]]
Hallo [[@name]], helaas kunnen we je niet verifiëren. Klopt het telefoonnummer [[=phone]]? Bel anders [[!company_phone]] (ma-vr [[!time]]-[[!time]]).
Beste klant,\\nUw terugbetaling van [[!amount]] wordt overgemaakt naar [[=iban]]. Referentie [[!ticket_number]].\\nKlantenservice [[@brand]]
"""
QBODY_VL = """
Beste [[@name]],\\nWe hebben uw dossier [[!ticket_number]] doorgestuurd. Mogen we uw rijksregisternummer en gsm-nummer ontvangen?\\nVriendelijke groeten,\\n[[@agent]] - [[@brand]] Klantendienst
Dag [[@name]], bedankt voor uw mail. Wij contacteren u op [[=phone]] binnen [[!quantity]].\\n[[@agent]]
"""
DISC_NL = """
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. [[@brand]] is ingeschreven bij de KvK onder nummer [[!company_registration]].
Denk aan het milieu voordat u deze e-mail print.
"""
DISC_VL = """
Deze e-mail en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer [[!company_registration]] - RPR Antwerpen.
"""

AGENT_NL = """
Hoi [[@name]], vervelend om te horen! Stuur je ons een DM met je klantnummer en postcode? Dan kijken we mee. ^[[@initials]]
Hi [[@name]], we hebben je nieuwe nummer [[=phone]] toegevoegd aan je dossier [[!ticket_number]]. Groetjes, [[@agent]]
Beste [[@name]], je wachtwoord is gereset. Log in met de tijdelijke code [[otp]] en kies daarna zelf een nieuw wachtwoord. Deel deze code nooit, ook niet met ons. Groet, [[@agent]]
Dankjewel [[@name]]. Ik zie de kaart eindigend op [[!masked_value]] in je account staan. Het bedrag van [[!amount]] wordt binnen [[!quantity]] teruggestort. ^[[@initials]]
Hoi {first_name}, we sturen de bril naar [[=address]]. Klopt dat adres nog? Je kunt ook bellen met [[!company_phone]]. Gr. [[@agent]]
Hi [[@name]], we hebben je koffer gevonden! Hij wordt morgen tussen [[!time]] en [[!time]] bezorgd op [[address_full]]. Dossier: [[!ticket_number]]. ^[[@initials]]
Beste [[@name]], deel nooit je wachtwoord of pincode via social media. We hebben je bericht verwijderd. Bel ons op [[!company_phone]] of kijk op [[!url]]. [[@agent]]
Goedemorgen [[@name]], de APK staat ingepland op [[!date]] om [[!time]]. We bellen je op [[phone]] als de auto klaar is. Groet, [[@agent]] - [[@brand]]
"""
AGENT_VL = """
Dag [[@name]], spijtig om te horen. Mag u ons in een privébericht uw klantennummer en rijksregisternummer bezorgen? ^[[@initials]]
Beste [[@name]], wij hebben uw gsm-nummer [[=phone]] toegevoegd. Dossier [[!ticket_number]]. Groetjes, [[@agent]]
Hallo [[@name]], uw valies wordt geleverd op [[address_full]] tussen [[!time]] en [[!time]]. Vriendelijke groeten, [[@agent]]
Dag [[@name]], de terugbetaling van [[!amount]] gebeurt op rekening [[=iban]]. Mvg, [[@agent]] ([[@brand]])
"""

PUBLIC_NL = """
[[!mention]] al [[!quantity]] wachten op antwoord!! [[!hashtag]]
[[!mention]] waarom krijg ik geen reactie op mijn mail? ticket [[!ticket_number]] [[!hashtag]]
[[!mention]] hallo?? [[!hashtag]] [[!hashtag]]
[[!mention]] dit is echt niet normaal, [[!hashtag]]
"""
PUBLIC_VL = """
[[!mention]] allez, nog altijd niks gehoord [[!hashtag]]
[[!mention]] schandalig, al [[!quantity]] zonder antwoord [[!hashtag]]
"""
