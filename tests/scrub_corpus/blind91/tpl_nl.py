"""Dutch (nl) templates."""

HEALTH = [
    "Ik kan niet inloggen in het patiëntportaal van [[brand.name]]. Gebruikersnaam [[username@u]], wachtwoord [[password]]. Foutmelding [[~error_code]] sinds [[~date]]. Mijn patiëntnummer is [[customer_number:patient_number]].",
    "goedemiddag, mijn herhaalrecept staat nog steeds op 'in behandeling' ([[~order_number]]). geb datum [[date_of_birth]], BSN [[bsn]]. kunnen jullie even kijken? het gaat om [[~quantity]]",
    "Hoi! Nieuwe verzekerde hier. Relatienummer [[customer_number:member_number]] en ik wil de premie van [[~amount]] per maand laten afschrijven van [[iban]] ipv mijn oude rekening",
    "Dag, de sms-code voor MijnGezondheid komt niet aan. Wel eentje gehad: [[otp]] maar die was al verlopen om [[~time]]. Mijn nummer is [[phone]]",
    "Mijn moeder (geb. [[date_of_birth]]) krijgt haar medicijnen niet meer thuisbezorgd op [[address]]. Klantnr [[customer_number]]. Kunnen jullie haar bellen op [[phone]]?",
    "Declaratie [[~ticket_number]] is afgewezen terwijl de factuur [[~invoice_number]] van [[~amount]] gewoon klopt. Graag terugstorten op [[iban]] t.n.v. mijn zoon. Polisnummer [[customer_number:policy_number]]",
    "Ik heb de app geüpdatet naar [[~version_string]] en nu vraagt hij om een pincode. Ik heb [[pin]] ingesteld maar hij zegt steeds ongeldig. Telefoon is een [[~model_number]]",
    "Afspraak bij de huisarts verzet naar [[~date]] om [[~time]] maar ik kreeg geen bevestiging op [[email]]. BSN voor de zekerheid: [[bsn]]",
    "De keycode van het kastje bij de apotheek (afhaalkluis) werkt niet: [[pin:doorcode]]. Bestelling [[~order_number]], zou klaarliggen sinds [[~time]]",
    "Hallo, mijn man heeft per ongeluk mijn DigiD code doorgegeven aan een 'medewerker' die belde vanaf [[phone]]. Hij vroeg ook de code uit de sms: [[otp]]. Is dit van jullie?? Ons adres is [[address]]",
    "kunnen jullie de machtiging aanpassen? nieuw rekeningnummer [[iban]], oude was [[~masked_value]]. zorgpas nr [[customer_number:member_number]]",
    "Ik wil mijn gegevens wijzigen: nieuw adres [[address]], nieuw mobiel [[phone]], mail blijft [[email]]. Geboortedatum [[date_of_birth]].",
]

TRANSIT = [
    "Mijn OV-chipkaart [[customer_number:transit_card]] is gisteren om [[~time]] twee keer belast ([[~amount]] en [[~amount]]). Graag terugstorten op [[iban]].",
    "Ik kreeg een boete in de trein ([[~ticket_number:neg_fine]]) terwijl mijn abonnement gewoon geldig was. Abonnementnummer [[customer_number]], kaartnummer [[customer_number:transit_card]]",
    "Hoi, ik kan niet inloggen op Mijn NS. mail: [[email]] ww: [[password]]. Krijg steeds [[~error_code]]",
    "Restitutieverzoek [[~request_id]] ingediend op [[~date]], nog niks gehoord. Het ging om [[~amount]] voor een rit van Utrecht naar Zwolle. Rekening: [[iban]]",
    "Vergeten uit te checken op [[~date]] om [[~time]]. Kaart [[customer_number:transit_card]]. Bel me maar op [[phone]] als er iets onduidelijk is",
    "Trajectvrij abonnement opgezegd per [[~date]] maar er wordt nog steeds [[~amount]] afgeschreven van [[iban]]. Klantnummer [[customer_number:account_number]], geb. [[date_of_birth]]",
    "Nieuwe kaart aangevraagd, moet naar [[address]]. Vorige kaart eindigde op [[~masked_value]]. Betaald met creditcard [[card]] exp [[card_expiry]]",
    "Bij het reizen op saldo: app versie [[~version_string]] geeft [[~error_code]] bij betalen. Mijn inlog is [[username]] / [[password]]",
    "De code om mijn account te bevestigen was [[otp@o]] maar na invoeren van [[otp@o]] gebeurt er niks. Mail [[email]]",
    "Studentenreisproduct niet geladen op [[customer_number:transit_card]]. BSN [[bsn]] klopt volgens DUO gewoon. Wil dit voor [[~date]] opgelost hebben.",
]

AGENT_H = [
    "Hoi [[$first]], vervelend dat het inloggen niet lukt! Ik zie dat je account op [[email]] staat. Ik heb een nieuwe activatiecode gestuurd. Deel de code uit de sms nooit met ons of anderen. Lukt het niet, bel dan [[~company_phone]]. ^[[$agent_init]]",
    "Dag [[$first]], dank voor het doorgeven. Ik heb je nieuwe rekeningnummer [[iban]] verwerkt in je polis [[customer_number:policy_number]]. De eerste incasso van [[~amount]] volgt rond [[~date]]; bevestiging is gemaild naar [[email]]. Groet, [[$agent]]",
    "Hi! Je declaratie onder nummer [[~ticket_number]] is opnieuw beoordeeld. Het bedrag van [[~amount]] staat binnen 5 werkdagen op de rekening eindigend op [[~masked_value]]. Meer info: [[~url]] ^[[$agent_init]]",
    "Hallo [[$first]], je afspraak staat nu op [[~date]] om [[~time]]. Wil je je patiëntnummer [[customer_number:patient_number]] meenemen? Vragen? [[~company_phone]]. Gr. [[$agent]]",
]
AGENT_T = [
    "Hoi [[$first]], ik heb je restitutie van [[~amount]] voor kaart [[customer_number:transit_card]] goedgekeurd. Dit wordt overgemaakt naar [[iban]]. Referentie [[~ticket_number]]. ^[[$agent_init]]",
    "Dag [[$first]], stuur je ons even een DM met je kaartnummer en de datum van de rit? Zet geen persoonsgegevens in een openbare reactie. [[~url]] ^[[$agent_init]]",
    "Hallo! Ik zie dat je abonnement [[customer_number]] per [[~date]] is gestopt. De afschrijving van [[~amount]] storten we terug. Vragen? Bel [[~company_phone]] (ma-vr tot [[~time]]). Groet, [[$agent]]",
    "Hi [[$first]], de boete [[~ticket_number:neg_fine]] is vervallen. Je hoeft niks te betalen. Je nieuwe kaart wordt verstuurd naar [[address]]. ^[[$agent_init]]",
]

OPEN_H = ["Goedemorgen,", "Hallo,", "hoi", "Beste klantenservice,", "Dag,", "Help!!", "Ik word gek van jullie portaal.",
          "Vraagje over mijn zorgverzekering:", "Ik probeer al dagen een afspraak te maken.", "Apotheek app doet het weer niet."]
OPEN_T = ["Hallo,", "Goedemiddag,", "Hee", "Weer vertraging en nu dit:", "Vraag over mijn abonnement.", "Beste NS,",
          "Ik snap er niks van,", "Dringend:", "Ik wil geld terug.", "Even een vraagje"]
CLOSE = ["Alvast bedankt.", "Groetjes", "Graag snel reactie!", "mvg", "Dank je!", "Hoor het graag.", "Thx", "Groet,",
         "Ik wacht al twee weken...", "Fijne dag verder"]

SNIP = {
    "password": ["mijn wachtwoord is [[password]]", "ww: [[password]]", "wachtwoord gewijzigd naar [[password]] maar werkt niet",
                 "oud wachtwoord [[password]], nieuw wachtwoord [[password]]", "pw = [[password]]", "het wachtwoord dat ik gebruik: [[password]]"],
    "pin": ["pincode [[pin]]", "mijn pin is [[pin]]", "de code van het sleutelkastje is [[pin:doorcode]]", "pin van de app: [[pin]]",
            "toegangscode van de poort: [[pin:doorcode]]", "ontgrendelcode telefoon [[pin:pin4]]"],
    "puk": ["PUK-code [[puk]]", "de puk is [[puk]]", "pukcode: [[puk]]", "puk [[puk]] staat op het simkaarthouder"],
    "otp": ["de sms-code was [[otp]]", "verificatiecode: [[otp]]", "ik kreeg code [[otp]]", "eenmalige code [[otp]]",
            "de code uit de mail is [[otp]]", "code voorgelezen: [[otp:otp_words]]"],
    "wifi_key": ["wifi wachtwoord van de wachtkamer is [[wifi_key]]", "netwerksleutel [[wifi_key]]", "WPA-sleutel: [[wifi_key]]",
                 "wifi code: [[wifi_key]]"],
    "username": ["gebruikersnaam [[username]]", "inlognaam: [[username]]", "ik log in als [[username]]", "user [[username]]"],
    "api_key": ["onze API key is [[api_key]]", "apikey=[[api_key]]", "de koppeling gebruikt sleutel [[api_key]]",
                "AWS key [[api_key]] secret [[api_key:aws_secret]]"],
    "token": ["token: [[token]]", "Authorization: Bearer [[token]]", "sessietoken [[token]]", "de access token is [[token]]"],
    "card": ["creditcard [[card]]", "kaartnummer [[card]]", "betaald met [[card]]", "mijn visa: [[card]]"],
    "cvv": ["cvc [[cvv]]", "de 3 cijfers achterop: [[cvv]]", "CVV: [[cvv]]", "beveiligingscode [[cvv]]"],
    "card_expiry": ["geldig tot [[card_expiry]]", "vervaldatum [[card_expiry]]", "exp [[card_expiry]]", "verloopt [[card_expiry]]"],
    "iban": ["IBAN [[iban]]", "rekeningnummer: [[iban]]", "stort het maar op [[iban]]", "mijn rekening is [[iban]]",
             "graag naar [[iban]] t.n.v. [[$name]]"],
    "bsn": ["BSN [[bsn]]", "burgerservicenummer: [[bsn]]", "mijn bsn is [[bsn]]", "sofinummer (bsn) [[bsn]]"],
    "email": ["mail me op [[email]]", "e-mail: [[email]]", "mijn mailadres is [[email]]", "stuur maar naar [[email]]"],
    "phone": ["bel me op [[phone]]", "tel [[phone]]", "mobiel: [[phone]]", "bereikbaar op [[phone]] na [[~time]]",
              "mijn nummer [[phone]]"],
    "address": ["ik woon op [[address]]", "adres: [[address]]", "bezorgen op [[address]]", "nieuw adres is [[address]]"],
    "date_of_birth": ["geboren op [[date_of_birth]]", "geb. datum [[date_of_birth]]", "geboortedatum: [[date_of_birth]]",
                      "gb [[date_of_birth]]"],
    "customer_number": ["klantnummer [[customer_number]]", "relatienummer: [[customer_number:member_number]]",
                        "patiëntnummer [[customer_number:patient_number]]", "polisnr [[customer_number:policy_number]]",
                        "OV-chipkaartnummer [[customer_number:transit_card]]", "abonnementsnummer [[customer_number:account_number]]"],
    "ip_address": ["mijn IP is [[ip_address]]", "ip-adres [[ip_address]]", "verbinding vanaf [[ip_address]]"],
    "_neg": [
        "dossiernummer [[~ticket_number]]", "zaaknummer [[~ticket_number]]",
        "bestelnummer [[~order_number]]", "receptbestelling [[~order_number]]",
        "factuur [[~invoice_number]] van [[~amount]]", "factuurnr. [[~invoice_number]]",
        "foutcode [[~error_code]]", "melding [[~error_code]] in beeld",
        "app versie [[~version_string]]", "geüpdatet naar [[~version_string]]",
        "op [[~date]] om [[~time]]", "sinds [[~date]] rond [[~time]]",
        "[[~percentage]] vergoed", "eigen risico al voor [[~percentage]] op",
        "zie [[~url]]", "stond op [[~url]]",
        "meterstand [[~meter_reading]]", "verbruik [[~meter_reading]] klopt ook niet",
        "pakket [[~tracking_number]]", "track & trace [[~tracking_number]]",
        "product [[~product_code]]", "artikelcode [[~product_code]]",
        "kaart eindigend op [[~masked_value]]", "rekening [[~masked_value]]",
        "poort [[~port]] staat open", "via poort [[~port]]",
        "checksum [[~checksum]]", "hash [[~checksum]]",
        "vlucht [[~flight_number]] gemist", "met [[~flight_number]] geland",
        "[[~quantity]]", "nog [[~quantity]] over",
        "al sinds [[~year]]", "in [[~year]] ook al",
        "aanvraag [[~request_id]]", "aanvraagnummer [[~request_id]]",
        "KvK [[~company_registration]]", "btw-nummer [[~company_registration]]",
        "apparaat [[~model_number]]", "op mijn [[~model_number]]"],
}

GREET = ["Geachte heer/mevrouw,", "Beste [[brand.name]],", "Hallo,", "Goedendag,", "Beste medewerker,", "Hoi,"]
SIGNOFF = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Vriendelijke groet,", "Hartelijke groet,", "Gr,"]
SIG = ["[[$name]]\n[[address]]\nTel: [[phone]]", "[[$name]]\n[[phone]]", "[[$name]]", "[[$name]]\nVerstuurd vanaf mijn iPhone",
       "[[$name]]\nMob. [[phone]] | [[email]]", "[[$name]] · [[email]] · [[address]]", "[[$name]]\nKlantnummer: [[customer_number]]",
       "[[$name]]\nPatiëntnr. [[customer_number:patient_number]] - tel [[phone]]"]
QHEAD = ["Op [[~date]] om [[~time]] schreef [[brand.name]]:", "Op [[~date]] [[~time]] heeft [[brand.name]] het volgende geschreven:",
         "-----Oorspronkelijk bericht-----\nVan: [[brand.name]]\nVerzonden: [[~date]] [[~time]]\nOnderwerp: Uw vraag [[~ticket_number]]",
         "Van: [[brand.name]] Klantenservice\nDatum: [[~date]]\nOnderwerp: RE: [[~ticket_number]]"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: [[$name]] <[[email]]>\nDatum: [[~date]]\nOnderwerp: inloggen lukt niet",
       "Begin doorgestuurd bericht:\n\nVan: [[$name]] <[[email]]>\nDatum: [[~date]] [[~time]]\nAan: klantenservice"]
DISCL = ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan.",
         "Denk aan het milieu voordat u deze e-mail print.",
         "[[brand.name]] | KvK [[~company_registration]] | [[~url]]",
         "Aan dit bericht kunnen geen rechten worden ontleend."]
CONTEXT = ["Ik heb al drie keer gebeld en telkens werd ik doorverbonden zonder dat iemand me kon helpen.",
           "Het is echt belangrijk want ik heb de medicatie dagelijks nodig.",
           "Op de website staat dat het binnen vijf werkdagen geregeld zou zijn, maar dat is nu al ruim twee weken geleden.",
           "Ik reis dagelijks met de trein naar mijn werk en kan dit echt niet nog een keer gebruiken.",
           "Mijn dochter heeft het ook geprobeerd via haar laptop maar daar kreeg ze dezelfde foutmelding.",
           "Ik snap dat het druk is, maar een reactie binnen een redelijke termijn lijkt me niet te veel gevraagd.",
           "De chatbot stuurt me steeds terug naar de veelgestelde vragen en daar staat het antwoord niet tussen.",
           "Vorig jaar had ik precies hetzelfde probleem en toen was het binnen een dag opgelost."]
AGENT_SIG = ["Met vriendelijke groet,\n[[$agent]]\nKlantenservice [[brand.name]]\nT [[~company_phone]] | [[~url]]",
             "Groet,\n[[$agent]] | [[brand.name]]\nBereikbaar via [[~company_phone]]"]

HEALTH += [
    "Wij zijn een huisartsenpraktijk en onze koppeling met het afsprakensysteem geeft [[~error_code]]. API-sleutel: [[api_key]], aanroep vanaf [[ip_address]] poort [[~port]]. Request id [[~request_id]].",
    "wat is het wifi wachtwoord in de wachtkamer van de poli? op het bordje staat [[wifi_key]] maar die doet t niet",
    "Telefoon vergrendeld na 3x foute pincode, nu vraagt hij de PUK. Simkaart-PUK is [[puk]] volgens de brief, toch geblokkeerd. Hoe bel ik dan de huisartsenpost?",
    "Graag de eigen bijdrage van [[~amount]] afschrijven van mijn creditcard [[card]] (geldig t/m [[card_expiry]], cvc [[cvv]]), niet van [[~masked_value]]",
    "Ik probeer de app te koppelen: hij vraagt gebruikersnaam en wachtwoord. Gebruikersnaam = [[username@u]] , wachtwoord = [[password@p]]. Ook al geprobeerd [[username@u]] met hoofdletters. Wachtwoord nog een keer voor de zekerheid: [[password@p]]",
    "Voor de developer: de token [[token]] verloopt steeds na [[~quantity]]. Bijgevoegde log heeft sha256 [[~checksum]]",
]
TRANSIT += [
    "Bij het inloggen op de OV-app krijg ik een code per mail, [[otp]], maar ook na 3 pogingen 'onjuiste code'. Telefoon [[~model_number]], [[~version_string]]",
    "Mijn jaarabonnement ([[customer_number:account_number]]) wordt maandelijks betaald met [[iban]]. Ik wil overstappen op creditcard: [[card]], vervalt [[card_expiry]].",
    "Ik ben [[date_of_birth]] geboren en heb dus recht op het 65+ voordeel, maar kaart [[customer_number:transit_card]] laat nog vol tarief zien. Bel [[phone]] of mail [[email]]",
    "Sorry dat ik het hier vraag maar de chat werkt niet: boete [[~ticket_number:neg_fine]] van [[~amount]], ik woon op [[address]] en heb de brief nooit gehad",
]
AGENT_H += [
    "Beste [[$first]], je nieuwe gebruikersnaam is [[username]]. Stel bij de eerste keer inloggen zelf een wachtwoord in via [[~url]]. Tot [[~time]] zijn we ook telefonisch bereikbaar op [[~company_phone]]. ^[[$agent_init]]",
    "Hoi [[$first]], ik zie twee afschrijvingen van [[~amount]] op [[iban]]. De dubbele boeking ([[~invoice_number]]) crediteren we. Groetjes, [[$agent]]",
]
AGENT_T += [
    "Hoi [[$first]], je kunt de code [[otp]] negeren, die is verlopen. Vraag een nieuwe aan in de app (versie [[~version_string]] of hoger). ^[[$agent_init]]",
    "Dag [[$first]], je 65+ korting is nu actief op kaart [[customer_number:transit_card]]. Het te veel betaalde ([[~amount]]) krijg je terug op [[iban]]. ^[[$agent_init]]",
]
