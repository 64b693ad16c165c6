"""Belgian Dutch (nl-be) templates."""

HEALTH = [
    "Goeiedag, ik geraak niet in mijn account bij [[brand.name]]. Rijksregisternummer [[bsn]], lidnummer [[customer_number:member_number]]. Ik krijg altijd [[~error_code]].",
    "Hallo, de terugbetaling van mijn kinesist ([[~amount]]) staat nog altijd niet op mijn rekening [[iban]]. Dossier [[~ticket_number]]",
    "Ik heb een afspraak op [[~date]] om [[~time]] bij de dermatoloog maar kreeg geen bevestiging op [[email]]. Mijn gsm: [[phone]]",
    "Mijn moeder is verhuisd naar [[address]]. Kunnen jullie dat aanpassen? RRN [[bsn]], geboren [[date_of_birth]].",
    "Da's toch nie normaal, de app van de apotheek vraagt om een code die ik nooit krijg. Uiteindelijk kwam [[otp]] binnen maar ongeldig. Versie [[~version_string]]",
    "Zeg, de code van de sleutelkluis bij het wachtzaal is veranderd? Wij hadden [[pin:doorcode]] gekregen maar die werkt niet meer",
    "Mijn itsme werkt niet meer sinds mijn nieuwe gsm ([[~model_number]]). Mag ik inloggen met gebruikersnaam [[username]] en wachtwoord [[password]]?",
    "Graag de hospitalisatieverzekering [[customer_number:policy_number]] laten lopen via mijn nieuwe rekening [[iban]], de oude ([[~masked_value]]) is afgesloten.",
]

TRANSIT = [
    "Mijn MOBIB-kaart [[customer_number:transit_card]] is geblokkeerd na [[~quantity]]. Abonnement loopt nog tot [[~date]]. Bel mij op [[phone]] aub",
    "Ik kreeg een boete van [[~amount]] op de tram ([[~ticket_number:neg_fine]]) terwijl ik een geldig Buzzy Pazz had. Klantnummer [[customer_number]]",
    "Terugbetaling aanvraag [[~request_id]]: vertraging van meer dan een uur op [[~date]]. Rekeningnummer [[iban]], rijksregister [[bsn]]",
    "Goeiemiddag, ik heb me ingeschreven met [[email]] en wachtwoord [[password]] maar de app zegt dat het account niet bestaat",
    "Mijn treinkaart is gestolen. Nieuwe mag naar [[address]]. Betaald met [[card]], vervalt [[card_expiry]], cvc [[cvv]]",
    "De verificatiecode [[otp]] werkt nie. Ik heb die al [[~quantity]] aangevraagd. Gsm nummer [[phone]]",
    "Mijn zoon (°[[date_of_birth]]) heeft een gratis abonnement maar de kaart [[customer_number:transit_card]] wordt niet herkend door de lezer",
    "Dag De Lijn, de sms-ticket van [[~time]] is dubbel aangerekend, [[~amount]] twee keer. Gsm [[phone]]",
]

AGENT_H = [
    "Dag [[$first]], bedankt voor uw bericht. Uw nieuwe rekeningnummer [[iban]] is geregistreerd bij lidnummer [[customer_number:member_number]]. Met vriendelijke groeten, [[$agent]]",
    "Hallo [[$first]], deel nooit uw verificatiecode met iemand. Contacteer ons gerust via [[~company_phone]] of [[~url]]. ^[[$agent_init]]",
]
AGENT_T = [
    "Dag [[$first]], uw compensatie van [[~amount]] wordt gestort op [[iban]] (dossier [[~ticket_number]]). Groeten, [[$agent]]",
    "Hallo! Stuur ons gerust een privébericht met uw MOBIB-nummer, dan bekijken we het. Meer info op [[~url]]. ^[[$agent_init]]",
]

OPEN_H = ["Goeiedag,", "Dag,", "Hallo,", "Ik heb een vraag over mijn mutualiteit.", "Allee, weer problemen met de app.",
          "Beste,"]
OPEN_T = ["Goeiemorgen,", "Dag,", "Ik sta hier al een half uur te wachten.", "Vraagje over mijn abonnement:", "Hallo,",
          "Amai, weer vertraging."]
CLOSE = ["Merci!", "Alvast bedankt", "Mvg", "Groetjes", "Dank u", "Laat iets weten aub."]

SNIP = {
    "password": ["mijn paswoord is [[password]]", "paswoord: [[password]]", "wachtwoord [[password]]", "nieuw paswoord [[password]]"],
    "pin": ["pincode [[pin]]", "mijn pin is [[pin]]", "code van de poort: [[pin:doorcode]]", "alarmcode [[pin:doorcode]]"],
    "puk": ["PUK-code [[puk]]", "puk is [[puk]]"],
    "otp": ["de code die ik kreeg: [[otp]]", "sms-code [[otp]]", "bevestigingscode [[otp]]", "code [[otp:otp_words]]"],
    "wifi_key": ["wifi paswoord [[wifi_key]]", "netwerksleutel [[wifi_key]]"],
    "username": ["gebruikersnaam [[username]]", "login: [[username]]"],
    "iban": ["rekeningnummer [[iban]]", "IBAN [[iban]]", "op mijn rekening [[iban]] aub", "rek. nr. [[iban]]"],
    "bsn": ["rijksregisternummer [[bsn]]", "RRN [[bsn]]", "mijn rijksregister: [[bsn]]", "INSZ [[bsn]]"],
    "email": ["mail: [[email]]", "mijn e-mailadres is [[email]]", "stuur naar [[email]]"],
    "phone": ["mijn gsm [[phone]]", "gsm: [[phone]]", "bel mij op [[phone]]", "tel. [[phone]]"],
    "address": ["ik woon in de [[address]]", "adres: [[address]]", "te leveren op [[address]]"],
    "date_of_birth": ["geboren op [[date_of_birth]]", "geboortedatum [[date_of_birth]]", "°[[date_of_birth]]"],
    "customer_number": ["lidnummer [[customer_number:member_number]]", "klantnummer [[customer_number]]",
                        "MOBIB-kaart [[customer_number:transit_card]]", "aansluitingsnummer [[customer_number:member_number]]"],
    "card": ["bankkaart [[card]]", "kredietkaart [[card]]"],
    "cvv": ["cvc [[cvv]]", "veiligheidscode [[cvv]]"],
    "card_expiry": ["geldig tot [[card_expiry]]", "vervaldatum [[card_expiry]]"],
    "_neg": [
        "ondernemingsnummer [[~company_registration]]", "KBO [[~company_registration]]",
        "dossier [[~ticket_number]]", "klacht [[~ticket_number]]",
        "factuur [[~invoice_number]]", "factuurnummer [[~invoice_number]]",
        "op [[~date]]", "sinds [[~date]]", "om [[~time]]", "rond [[~time]]",
        "[[~amount]]", "betaald: [[~amount]]", "[[~percentage]] terugbetaald", "remgeld [[~percentage]]",
        "zie [[~url]]", "op [[~url]]", "foutcode [[~error_code]]", "fout [[~error_code]]",
        "versie [[~version_string]]", "update [[~version_string]]", "kaart [[~masked_value]]", "rekening [[~masked_value]]",
        "CNK [[~product_code]]", "product [[~product_code]]", "[[~quantity]]", "nog [[~quantity]]",
        "aanvraag [[~request_id]]", "referentie [[~request_id]]"],
}

GREET = ["Geachte,", "Beste,", "Dag [[brand.name]],", "Goeiedag,"]
SIGNOFF = ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Mvg,", "Groetjes,"]
SIG = ["[[$name]]\n[[address]]\nGSM [[phone]]", "[[$name]]\n[[phone]]\n[[email]]", "[[$name]]", "[[$name]]\nLidnummer [[customer_number:member_number]]", "[[$name]]\n[[email]]", "[[$name]] - verstuurd met Outlook"]
QHEAD = ["Op [[~date]] om [[~time]] schreef [[brand.name]]:", "[[brand.name]] schreef op [[~date]] om [[~time]]:", "Op [[~date]] schreef [[brand.name]] Klantendienst:", "Van: [[brand.name]]\nVerzonden: [[~date]]\nOnderwerp: Uw dossier [[~ticket_number]]"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: [[$name]] <[[email]]>\nDatum: [[~date]]",
       "Begin doorgestuurd bericht:\nVan: [[$name]] <[[email]]>"]
DISCL = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.", "[[brand.name]] - ondernemingsnummer [[~company_registration]]"]
CONTEXT = ["Ik heb al verschillende keren gebeld maar de wachttijd was telkens meer dan een half uur.",
           "Mijn huisdokter zegt dat het aan jullie kant ligt.",
           "Ik moet elke dag naar Brussel voor mijn werk en dit kost mij stilaan te veel.",
           "Ik vind het echt spijtig dat het zo moeilijk gaat."]
AGENT_SIG = ["Met vriendelijke groeten,\n[[$agent]]\nKlantendienst [[brand.name]]\n[[~company_phone]]",
             "Groeten,\n[[$agent]] - [[brand.name]] | [[~url]]"]

HEALTH += [
    "Het wifi-paswoord van de cafetaria in het ziekenhuis is blijkbaar veranderd, nu staat er [[wifi_key]] op de kaart maar dat lukt niet",
    "Mijn gsm is geblokkeerd en vraagt de PUK ([[puk]] volgens de brief van Proximus) en ik moet morgen om [[~time]] bellen voor mijn uitslag",
    "Ons dokterskabinet gebruikt uw agenda-API. Sleutel [[api_key]], oproepen vanaf [[ip_address]] krijgen [[~error_code]]",
    "Ik heb met mijn kredietkaart [[card]] (vervalt [[card_expiry]]) [[~amount]] betaald voor de raadpleging maar ik zie het bedrag twee keer",
]
TRANSIT += [
    "Ik heb een Omnipas gekocht voor mijn dochter maar met de verkeerde geboortedatum; correct is [[date_of_birth]]. Klantnummer [[customer_number]]",
    "Login [[username]] en paswoord [[password]] werken op de website maar nie in de app ([[~version_string]]).",
    "Kan iemand mij helpen? Ik kreeg een sms met code [[otp]] maar ik had niks aangevraagd. Mijn mail is [[email]]",
    "Schooltreinkaart van mijn zoon moet naar ons nieuw adres: [[address]]. Rijksregisternr. [[bsn]]",
]
AGENT_H += [
    "Hallo [[$first]], uw afspraak is verplaatst naar [[~date]] om [[~time]]. Vergeet uw identiteitskaart niet. ^[[$agent_init]]",
    "Dag [[$first]], we hebben uw adres aangepast naar [[address]]. Uw lidnummer blijft [[customer_number:member_number]]. Groeten, [[$agent]]",
]
AGENT_T += [
    "Dag [[$first]], de boete [[~ticket_number:neg_fine]] werd geannuleerd. Uw abonnement op kaart [[customer_number:transit_card]] is geldig tot [[~date]]. ^[[$agent_init]]",
    "Hallo [[$first]], een nieuwe kaart kost [[~amount]]. U kan die aanvragen via [[~url]] of bellen naar [[~company_phone]]. [[$agent]]",
]
CONTEXT += ["De wachtrij aan het loket was echt veel te lang vanmorgen.", "Ik heb ook al een mail gestuurd naar de ombudsdienst."]
OPEN_H += ["Hallo daar,", "Ik ben het beu."]
OPEN_T += ["Zeg,", "Dag De Lijn,"]
