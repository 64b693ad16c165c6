"""Dutch (nl) and Belgian Dutch (nl-be) templates, grouped by kind and situation.

Placeholders: {type} / {type:key} labelled span; {~kind} hard negative; {@pool} filler;
{=text} literal macro placeholder rendered as {text}.
"""

NL = {
    "cust": {
        "notary": [
            "Goedemiddag, voor de akte van levering op {~date} vraagt {@notary} mijn BSN. Dat is {bsn}. Geboren {date_of_birth}, huidig adres {address}. Graag bevestiging dat het binnen is.",
            "hoi, notaris wil nog mijn burgerservicenummer voor de hypotheekakte: {bsn} . klantnr bij jullie is {customer_number} als het goed is",
            "Dag, ik kan niet inloggen op het cliëntportaal van de notaris. Gebruikersnaam {username}, wachtwoord was {password} maar hij zegt {~error_code}. Dossier {~ticket_number}.",
            "Voor het passeren van de akte ({~time}, {~date}) hierbij mijn gegevens:\n- geb.datum: {date_of_birth}\n- BSN {bsn}\n- tel {phone}\n- IBAN voor de restitutie: {iban}\nGroet {@first}",
            "Waarom moet ik mijn sofinummer nou weer per mail sturen?? Nou goed: {bsn}. En het nieuwe adres na overdracht wordt {address}.",
            "De nota van afrekening ({~invoice_number}) klopt niet, er staat {~amount} overdrachtsbelasting maar ik ben starter. Mijn dossiernummer is {~ticket_number}, bel me even op {phone}",
        ],
        "viewing": [
            "Hallo, ik wil graag een bezichtiging plannen voor het huis aan de {address} ({~amount} k.k.). Ben bereikbaar op {phone} na {~time}.",
            "Hoi! Zag op {@brand} jullie appartement. Kan ik {~date} komen kijken? Mijn nummer: {phone} , mail {email}",
            "bezichtiging morgen om {~time} gaat niet door bij mij, kan het een dag later? groetjes {@first} ({phone})",
            "Is de woning aan de {address} nog beschikbaar? Wij zijn met {~quantity} en hebben een hypotheekofferte tot {~amount}. Tel: {phone}",
        ],
        "tenant_deposit": [
            "Ik ben {~date} uit de woning vertrokken en heb mijn borg van {~amount} nog steeds niet terug. Huurdernummer {customer_number}. Rekeningnummer {iban} t.n.v. {@name}.",
            "Beste verhuurder, de sleutels zijn ingeleverd maar de borg is nog niet terugbetaald. Graag overmaken naar {iban}. Eindmeterstand was {~meter_reading}.",
            "Borg graag op NIEUW rekeningnummer storten: {iban} (oude rekening {~masked_value} is opgeheven). Contractnr {customer_number}",
            "waar blijft mijn waarborg?? al {~duration} gewacht. IBAN staat in het formulier maar voor de zekerheid nog een keer: {iban}",
        ],
        "arrears": [
            "Ik heb een brief gekregen over een huurachterstand van {~amount}. Dat klopt niet, ik heb op {~date} betaald vanaf {iban}. Huurcontract {customer_number}.",
            "Kunnen we een betalingsregeling treffen voor de achterstand? Ik kan {~amount} per maand. Mijn huurdersnummer is {customer_number}, telefoon {phone}.",
            "De incasso van de huur is mislukt ({~error_code}), wil het nu via {iban} laten lopen. Klantnummer: {customer_number}",
            "Aanmaning ontvangen met kenmerk {~ticket_number} maar de huur is gewoon afgeschreven, zie {~masked_value}. Bel mij svp: {phone}",
        ],
        "keys_codes": [
            "De sleutelkluis bij de voordeur heeft code {pin}, sleutel hangt erin vanaf {~time}. Alarm uitzetten met {pin:b} binnen dertig seconden.",
            "hoi, voor de overdracht morgen: code sleutelkastje = {pin} en de alarmcode is {pin:b}. Niet doorsturen aub",
            "Schoonmaker komt {~date}. Keysafe {pin}, daarna alarm ({@model}) met {pin:b}#. Wifi voor de monteur: {wifi_key}",
            "Nieuwe huurder krijgt de code van de poort: {pin}. Oude code {pin:b} is vanaf {~date} ongeldig.",
            "Sleuteloverdracht gaat niet lukken om {~time}, ik hang ze in het kastje, cijfers zijn {pin_spaced}.",
        ],
        "mortgage": [
            "Beste adviseur, hierbij de gegevens voor de hypotheekaanvraag: BSN {bsn}, geboortedatum {date_of_birth}, IBAN {iban}, bruto jaarinkomen {~amount}. Rente was {~percentage} toch?",
            "Mijn leningnummer is {customer_number}. Ik wil extra aflossen ({~amount}) maar het portaal geeft {~error_code}. Login {username} / ww {password}",
            "Ik heb de sms-code {otp} gekregen maar het portaal van {@mortgage} zegt dat hij verlopen is. Hypotheeknummer {customer_number}.",
            "Graag de rentevaste periode verlengen. Hypotheek {customer_number}, huidige rente {~percentage}, ik ben te bereiken op {phone} of {email}.",
            "de taxateur wil langskomen op {address}, kan {~date} na {~time}. mijn geboortedatum voor het dossier: {date_of_birth}",
        ],
        "hotel": [
            "Hoi, wij hebben geboekt via {@brand} (boekingsnr {~order_number}) voor {~quantity}. De deurcode die we kregen ({pin}) werkt niet. Kamer is op de eerste verdieping.",
            "Wat is het wifi wachtwoord van {@ssid}? Op het kaartje staat {wifi_key} maar dat pakt hij niet",
            "Aanbetaling voor {@hotel} gedaan met creditcard {card}, geldig tot {card_expiry}, cvc {cvv}. Klopt de reservering {~order_number}?",
            "Graag de factuur ({~invoice_number}) op naam van mijn bedrijf, maar het bedrag van {~amount} is van mijn privékaart {~masked_value} afgeschreven. Kunt u dat terugstorten op {iban}?",
            "Wij komen pas om {~time} aan (vlucht {~flight_number} heeft vertraging). Kunt u de code voor de sleutelkluis sturen naar {phone}?",
            "Vakantiepark: huisje {~product_code}, de code van de slagboom is {pin} zei de receptie, maar hij opent niet. Mijn gastnummer {customer_number}",
        ],
        "account": [
            "Kan niet inloggen in de huurdersapp ({~version_string}). Gebruikersnaam: {username} Wachtwoord: {password}. Hij blijft hangen op {~error_code}.",
            "ik kreeg een code per sms: {otp}. Is dat van jullie? ik heb niks aangevraagd...",
            "Mijn wachtwoord is gewijzigd zonder dat ik het wist, nieuw ww nu {password}, oude was {password:b}. Graag account {customer_number} controleren",
            "De verificatiecode {otp_words} heb ik net ingevoerd maar ik zit nog steeds niet in mijn dossier",
            "Onze verhuurapp koppelt niet met {@brand}. API key die ik invoer: {api_key} en de server zegt {~error_code} (poort {~port}).",
            "Inloggen bij het notarisportaal lukt, maar de 2FA code {otp} komt telkens te laat. IP waar ik vandaan kom: {ip_address}",
        ],
    },
    "pub": {
        "complaint": [
            "{~mention} al {~duration} wachten op mijn borg van {~amount}. Bel me nou eens terug! {~hashtag}",
            "{~mention} jullie monteur heeft de alarmcode {pin} gewoon op een briefje op de deur geplakt. Echt?? {~hashtag} {~hashtag}",
            "Bij {~mention} kamer geboekt, deurcode werkt niet, receptie dicht na {~time}. Bel me op {phone} {~hashtag}",
            "{~mention} graag contact over mijn hypotheek {customer_number}, al {~duration} geen reactie {~hashtag}",
            "Dank {~mention} voor de snelle sleuteloverdracht! Mooi appartement {~hashtag}",
            "{~mention} wifi in het huisje doet het niet, wachtwoord {wifi_key} wordt niet geaccepteerd. Zie ook {~url}",
        ],
    },
    "agent": {
        "ask": [
            "Hoi {@first}, vervelend dat de borg nog niet binnen is! Kun je ons via DM je huurdersnummer en IBAN sturen? Deel hier geen gegevens. ^{@agent}",
            "Dag {=first_name}, wij helpen je graag. Stuur ons een privébericht met je dossiernummer en geboortedatum, dan kijken wij mee. Groet, {@agent}",
            "Hallo! Ik zie je vraag over de deurcode. Wil je de boekingsbevestiging ({~order_number}) checken? Bel anders gerust {~company_phone}. Gr. {@agent}",
            "Goedemiddag, bedankt voor je bericht. Ik heb zaak {~ticket_number} aangemaakt. Bereikbaar via {~company_phone} of {~url}. {@agent}",
        ],
        "confirm": [
            "Dank je {@first}. Ik heb het rekeningnummer {iban} genoteerd voor de terugbetaling van {~amount}. Dat gebeurt binnen {~duration}. Groet {@agent}",
            "Bedankt! De nieuwe code van de sleutelkluis is {pin}, geldig vanaf {~date} {~time}. Wifi: netwerk {@ssid}, wachtwoord {wifi_key}. Fijn verblijf! ^{@agent}",
            "Ik heb uw telefoonnummer aangepast naar {phone} en het e-mailadres naar {email}. Klantnummer {customer_number} is bijgewerkt. Met vriendelijke groet, {@agent}",
            "Uw tijdelijke wachtwoord is {password}. Wijzig dit direct na het inloggen via {~url}. Gebruikersnaam blijft {username}. {@agent}",
            "Ter controle: u bent geboren op {date_of_birth} en woont op {address}? Dan pas ik het dossier aan. Groet, {@agent}",
        ],
    },
}

NLBE = {
    "cust": {
        "notary": [
            "Goeiemiddag, de notaris vraagt mijn rijksregisternummer voor de verkoopakte: {rrn}. Adres van het pand: {address}. Kunnen jullie dat doorgeven?",
            "Voor de compromis hebt ge mijn gegevens nodig zeker? Rijksregister {rrn}, geboren {date_of_birth}, gsm {phone}.",
            "Het voorschot van {~amount} is gestort vanop {iban}. Dossier bij {@notary}: {~ticket_number}. Graag bevestiging.",
            "allee, ik krijg het rekeningnummer niet doorgestuurd voor de registratierechten. mijn nr is {iban}, mail mij op {email} aub",
        ],
        "rental": [
            "Ik huur sinds {~year} op {address}. De huurwaarborg van {~amount} staat op een geblokkeerde rekening, maar de verhuurder wil niet tekenen. Klantnr {customer_number}.",
            "Plaatsbeschrijving bij vertrek is gepland op {~date} om {~time}. Gelieve mij te bellen op {phone}. Huurcontract {customer_number}",
            "De code van het sleutelkastje aan de achterdeur is {pin}, alarm {pin:b}. Ik ben op reis, de makelaar mag binnen.",
            "Huurachterstand? Ik heb alles betaald via domiciliëring op {iban}. Zie bijlage, rekening {~masked_value} is van mijn partner.",
            "Bezoek aan het appartement in {@city} graag zaterdag rond {~time}. Mijn gsm: {phone}, mijn mail {email}. Zag het op {@brand}.",
        ],
        "hotel": [
            "Dag, wij logeren in {@hotel} voor {~quantity}. De deurcode {pin} lukt niet. Boekingsnummer {~order_number}.",
            "Wifi code van de B&B graag opnieuw sturen, ik heb {wifi_key} geprobeerd maar dat gaat niet.",
            "Voorschot betaald met kaart {card} (vervalt {card_expiry}), maar ik zie het dubbel op mijn rekening. Factuur {~invoice_number}.",
            "We komen laat toe, rond {~time}. Kunt ge de code van de sleutelkluis sms'en naar {phone}?",
        ],
        "account": [
            "Ik kan niet inloggen op het portaal van de makelaar: login {username}, paswoord {password}. Krijg {~error_code}.",
            "Ik kreeg een sms met code {otp} om mijn rekening te wijzigen. Was ik niet!! Mijn klantnummer: {customer_number}",
            "Itsme werkt niet, kan ik de verificatiecode {otp} gewoon hier plakken? Mijn rijksregisternummer is {rrn}",
            "Nieuwe wachtwoord {password} werkt ook niet, app versie {~version_string}. Help!",
        ],
    },
    "pub": {
        "complaint": [
            "{~mention} al {~duration} wachten op mijn huurwaarborg, schandalig {~hashtag}",
            "{~mention} jullie technieker heeft de alarmcode {pin} in de groepschat gezet. Nu moet alles veranderen {~hashtag}",
            "{~mention} kamer niet klaar om {~time}, niemand aan de receptie. Bel mij terug op {phone}",
            "Merci {~mention} voor de vlotte plaatsbeschrijving {~hashtag}",
        ],
    },
    "agent": {
        "ask": [
            "Dag {@first}, stuur ons uw huurcontractnummer even via privébericht, dan bekijken we het. Vriendelijke groeten, {@agent}",
            "Hallo, bedankt voor uw bericht. Gelieve geen codes publiek te delen. U kan ons bellen op {~company_phone}. {@agent}",
        ],
        "confirm": [
            "Dank u! Ik heb uw gsm-nummer {phone} toegevoegd aan het dossier {~ticket_number}. De plaatsbeschrijving is op {~date}. {@agent}",
            "De nieuwe code van de sleutelkluis is {pin}. Wifi {@ssid} met sleutel {wifi_key}. Prettig verblijf! Groeten, {@agent}",
            "De terugbetaling van {~amount} gebeurt naar {iban} binnen {~duration}. Met vriendelijke groeten, {@agent}",
        ],
    },
}

NL["cust"]["stay_pay"] = [
    "Ik zit in chalet {~product_code} en het wifi-netwerk {@ssid} vraagt een netwerksleutel. Op de welkomstbrief staat {wifi_key}, klopt dat? Router is een {@model}.",
    "Restant van het verblijf ({~amount}) graag van deze kaart afschrijven: {card} exp. {card_expiry} cvc {cvv}. Naam op de kaart: {@name}.",
    "Het beheerdersportaal gaf na het inloggen een sessietoken terug: {token}. Moet ik die aan jullie doorgeven? Foutmelding {~error_code}",
    "Hallo, mijn nieuwe adres na de verhuizing is {address}. De eindafrekening ({~invoice_number}) mag daarheen. Ook mijn rekening is gewijzigd: {iban}",
    "wifi voor de gasten: {@ssid} ww {wifi_key} -- mag ik die ook aan de schoonmaakster geven? beheer van de router via {ip_address}:{~port}",
    "De simkaart van het alarmsysteem ({@model}) is geblokkeerd. PUK-code {puk}, oude pincode {pin}. Wat moet ik nu doen?",
    "Kunt u de bevestiging van de sleuteloverdracht mailen naar {email}? Mijn telefoon ({phone}) is stuk.",
    "Voor de koppeling met het boekingssysteem gebruiken we API-sleutel {api_key}. Request-ID van de fout: {~request_id}",
]

NLBE["cust"]["stay_pay"] = [
    "Het wifi-paswoord van het vakantiehuis is veranderd? Wij hadden {wifi_key} gekregen van de eigenaar.",
    "Betaling van het saldo ({~amount}): kaartnummer {card}, vervaldatum {card_expiry}, CVC {cvv}.",
    "Kunt ge de bevestiging naar {email} sturen? Bearer token uit de app: {token}",
    "Ons nieuw adres is {address}, gelieve de waarborg terug te storten op {iban}. PUK van de alarm-sim: {puk}",
]
