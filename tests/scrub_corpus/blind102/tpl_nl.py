"""Dutch (NL + Flemish) templates. Syntax: [[type]] span, [[type=]] repeat last value, [[type:variant]],
<<kind>> hard negative, {filler}, {a|b|c} inline alternation (no fillers inside)."""

T = {}

T["food"] = [
    "Mijn bestelling <<order_number>> van vanavond is nooit aangekomen. Bezorgadres was [[address]], bel me even op [[phone]] want ik zit nog steeds te wachten {sinds|al sinds} <<time>>.",
    "Jullie bezorger stond bij het verkeerde huis. Ik woon op [[address:street]], niet ernaast!! {Besteld|Betaald} <<amount>> en eten is koud",
    "Hoi, er is {2x|twee keer|dubbel} afgeschreven voor dezelfde order (<<order_number>>). Kaart eindigt op <<masked_value:card>>. Wil graag <<amount>> terug op [[iban]] tnv {fullname}.",
    "ik krijg de sms code niet?? er staat 'voer je code in' en ik heb nu [[otp]] gekregen maar die is verlopen zegt de app",
    "Account gehackt denk ik. Iemand heeft <<quantity>> besteld op mijn naam. Mijn inlog is [[email]] en het wachtwoord was [[password]] (heb het al veranderd naar [[password]])",
    "Kunnen jullie het telefoonnummer bij mijn account aanpassen? Oud: [[phone]] nieuw: [[phone]]. Klantnummer [[customer_number]]",
    "Betaling mislukt met foutcode <<error_code>>. Ik heb {drie keer|3x|meerdere keren} mijn kaart ingevoerd: [[card]] geldig tot [[card_expiry]] cvc [[cvv]]. Wat gaat er mis?",
    "De {bezorger|koerier|rijder} belde aan maar de bel is stuk, de code van de portiekdeur is [[pin:door]] voor de volgende keer. App versie <<version_string>>",
    "Allergie voor noten aangegeven en toch zat er pinda in de {dish}. Dit is echt gevaarlijk. Bel me a.u.b. terug: [[phone]] (ik ben geboren [[date_of_birth]] als jullie dat nodig hebben voor de melding, zo vroeg het formulier)",
    "Mijn restaurantaccount (ik ben eigenaar van een snackbar, KvK <<company_registration>>) is geblokkeerd. Gebruikersnaam [[username]], wachtwoord [[password]]. Uitbetaling van <<amount>> staat nog open op [[iban]].",
    "Bestelling {geannuleerd|gecanceld} om <<time>> maar geld niet terug. Betaald met creditcard [[card]]. Bestelnummer <<order_number>>, datum <<date>>.",
    "Mijn dochter heeft per ongeluk mijn account gebruikt. Kunnen jullie het e-mailadres wijzigen naar [[email]]? Huidig adres is [[email]]. Postcode en huisnr: [[address]]",
]

T["housing"] = [
    "Goedemiddag, de cv-ketel doet het al <<quantity>> niet. Adres: [[address]]. Huurdernummer [[customer_number:tenant]]. De sleutel ligt in het kluisje naast de deur, code [[pin:door]].",
    "Ik heb de huur van <<date>> {dubbel|2 keer} betaald (<<amount>>). Graag terugstorten op [[iban]]. Mijn contractnummer is [[customer_number:tenant]].",
    "Voor de inschrijving vragen jullie mijn {bsn_cue}: [[bsn]]. Geboortedatum [[date_of_birth]]. Is dat veilig via de mail? Ik hoor het graag.",
    "De monteur mag langskomen, ik ben niet thuis. Code van het sleutelkastje: [[pin:door]], alarmcode [[pin:door]]. Mijn nummer [[phone]] als er iets is",
    "Wij hebben nog steeds schimmel in de badkamer (melding <<ticket_number>> van <<date>>). Mijn mobiel [[phone]], mail [[email]]. Huurder sinds <<year>>.",
    "Hierbij mijn nieuwe rekeningnummer voor de automatische incasso: [[iban]]. Oude rekening [[iban]] graag stopzetten. Huurnummer: [[customer_number:tenant]]",
    "Het wifi-netwerk in de gemeenschappelijke ruimte werkt niet. Netwerk 'Bewoners_Gast', wachtwoord [[wifi_key]] - die geeft een fout.",
    "Ik wil mijn woning opzeggen per <<date>>. Nieuw adres wordt [[address]]. De eindafrekening mag naar [[iban]] tnv {fullname}.",
    "De meterstand bij oplevering was <<meter_reading>> kWh, EAN-code [[customer_number:ean]]. Graag doorgeven aan de energieleverancier.",
    "Inloggen op het huurdersportaal lukt niet. Gebruikersnaam: [[username]] / ww: [[password]]. Foutmelding <<error_code>>",
    "Mijn buurvrouw ({other}, [[address:street]]) heeft lekkage vanuit mijn plafond. Haar nummer is [[phone]]. Spoed aub!!",
    "Servicekosten {jaarafrekening|afrekening} <<year>> klopt niet, er staat <<amount>> terwijl het vorig jaar <<amount>> was. Verhoging van <<percentage>>? Klantnr. [[customer_number:tenant]]",
]

T["insurance"] = [
    "Ik wil schade melden aan mijn auto (kenteken staat in de polis). Polisnummer [[customer_number:pol]], het gebeurde op <<date>> om ongeveer <<time>>. Bel me op [[phone]].",
    "Inbraak gehad afgelopen nacht. Adres: [[address]]. Gestolen: laptop <<model_number>> en telefoon. Schadenummer <<ticket_number:claim>>. Uitkering graag op [[iban]].",
    "Uw expert komt dinsdag. De sleutel hangt in het sleutelkluisje, code [[pin:door]]. Ik ben bereikbaar op [[phone]].",
    "Mijn claim <<ticket_number:claim>> staat al <<quantity>> op 'in behandeling'. Polis [[customer_number:pol]], geboortedatum verzekeringnemer [[date_of_birth]].",
    "Stormschade aan het dak! Foto's gestuurd naar jullie maar krijg geen bevestiging. Mijn e-mailadres: [[email]] en polisnummer [[customer_number:pol]]",
    "Voor de schademelding vraagt het formulier mijn {bsn_cue}, dat is [[bsn]]. Klopt dat?",
    "Tegenpartij: {other}, [[address]], tel [[phone]], verzekerd bij een andere maatschappij. Ik heb het Europees schadeformulier ingevuld.",
    "Kunnen jullie de premie van <<amount>> per maand afschrijven van [[iban]] in plaats van mijn oude rekening? Klantnummer [[customer_number]]",
    "Ik kan niet inloggen in Mijn Omgeving. Er wordt een verificatiecode gestuurd ([[otp]]) maar daarna krijg ik <<error_code>>. Gebruikersnaam [[username]].",
    "Waterschade door wasmachine <<model_number>>. Reparateur rekende <<amount>> (factuur <<invoice_number>>). Eigen risico is toch maar <<amount>>?",
    "reisclaim: vlucht <<flight_number>> geannuleerd, koffer kwijt. Dossier <<ticket_number:claim>>. Rekening voor de uitkering [[iban]]",
    "Mijn premie is met <<percentage>> gestegen zonder bericht. Polisnr [[customer_number:pol]]. Graag terugbellen op [[phone]] tussen <<time>> en <<time>>",
]

T["jobs"] = [
    "Ik ben via jullie uitzendbureau aan het werk maar mijn loonstrook van week <<quantity>> klopt niet. Personeelsnummer [[customer_number:cand]], {bsn_cue} [[bsn]].",
    "Hoi! Graag mijn salaris voortaan op deze rekening: [[iban]]. Ik heb geen toegang meer tot [[iban]].",
    "Voor mijn inschrijving: {fullname}, geboren [[date_of_birth]], woonachtig [[address]], tel [[phone]], mail [[email]].",
    "Inloggen in de uren-app lukt niet. Ik gebruik [[username]] met wachtwoord [[password]]. Versie <<version_string>>",
    "De planner zei dat ik <<date>> om <<time>> moet beginnen bij de klant maar niemand weet ervan. Bel me aub: [[phone]]",
    "Hier de code die ik kreeg via sms om mijn contract digitaal te tekenen: [[otp]] — werkt niet",
    "Mijn {bsn_cue} is [[bsn]], rekeningnummer [[iban]]. Dit was gevraagd door de intercedent voor de loonadministratie.",
    "Reiskostenvergoeding van <<amount>> over <<quantity>> is niet uitbetaald. Kandidaatnummer [[customer_number:cand]]",
    "Graag mijn adres wijzigen in jullie systeem, nieuw: [[address]] (per <<date>>)",
    "Waarom moet ik mijn identiteitsbewijs en {bsn_cue} ([[bsn]]) uploaden via een link <<url>>? Is dit wel echt van jullie?",
    "Jaaropgaaf <<year>> ontbreekt in het portaal. Login is [[email]]. Kunnen jullie die opsturen naar [[address]]?",
    "Ik werk als uitzendkracht in de nachtdienst. Mijn vakantiegeld (<<percentage>>) is niet gestort op [[iban]]. Personeelsnr [[customer_number:cand]]",
]

T["learning"] = [
    "Ik kan niet meer inloggen op mijn cursusomgeving. Gebruikersnaam [[username]], wachtwoord was [[password]]. Examen is <<date>>!",
    "Cursus dubbel betaald (<<amount>>). Studentnummer [[customer_number:student]]. Terugboeken naar [[iban]] aub",
    "De verificatiecode uit de mail is [[otp]] maar de site zegt 'ongeldige code'. Browser Chrome <<version_string>>",
    "Ik probeer de LTI-koppeling met ons LMS te maken. API key: [[api_key]] — krijg <<error_code>> terug bij <<url>>",
    "Mijn account is geblokkeerd na inloggen vanaf een vreemd IP ([[ip_address]]). Dat was ik niet!! Mail [[email]]",
    "Het certificaat staat op de verkeerde naam en geboortedatum ([[date_of_birth]] moet het zijn). Lidnummer [[customer_number:student]]",
    "Betaald met creditcard [[card]], vervaldatum [[card_expiry]], maar cursus is nog niet vrijgegeven. Order <<order_number>>",
    "Werkgever betaalt de opleiding, factuur graag naar de zaak (KvK <<company_registration>>), niet naar mijn thuisadres [[address]].",
    "Inlogcode via de authenticator app: [[otp]]. Nog steeds <<error_code>>. Telefoon <<model_number>>",
    "Mijn zoon ({other}) gebruikt mijn account. Kunnen jullie een tweede login maken? Zijn mail is [[email]]",
    "Hallo, ik wil mijn abonnement van <<amount>> per maand stoppen. Klantnummer [[customer_number]], tel [[phone]]",
    "Toegangstoken voor de API verlopen? Ik gebruik Bearer [[token]] en krijg <<error_code>>. Request-id <<request_id>>",
]

T["generic"] = [
    "Mijn telefoon is geblokkeerd na 3 keer verkeerde pin, nu vraagt hij de PUK. Is dat [[puk]]? Pincode was [[pin]].",
    "Thuiswerken lukt niet: router <<model_number>>, wifi-wachtwoord [[wifi_key]], netwerknaam Ziggo-4821. Mijn IP is [[ip_address]].",
    "De ontgrendelcode van mijn telefoon is [[pin:unlock]], die heeft de reparateur nodig. IMEI staat op de doos.",
    "simkaart zit op slot, puk code is [[puk]] volgens het kaartje, pin [[pin]]",
    "Jullie developer vroeg om de sleutel: [[api_key]] (die zat in de config) en token [[token]]. Kunnen jullie deze nu intrekken?",
    "De gastenwifi van de zaak: wachtwoord [[wifi_key]] voor de tablet van de bezorgers",
    "Log in op de routerpagina met admin / [[password]] (poort <<port>>), dan zie je het zelf",
    "Mijn IP-adres volgens whatismyip: [[ip_address]]. Sessie-id [[token]]. Checksum van de download klopt niet: <<checksum>>",
    "AWS access key [[api_key:aws]] met secret [[api_key:awssecret]] per ongeluk in een ticket gezet, graag verwijderen",
    "Pincode van mijn betaalpas is [[pin]] (wil ik wijzigen) — pasnummer eindigt op <<masked_value:card>>",
    "Ik lees de code even voor uit de sms: [[otp:words]]. Klopt dat? Mijn nummer is [[phone]]",
    "de spraakbericht-code was [[otp:words]] (dacht ik, ging snel) en daarna kreeg ik <<error_code>>",
]

T["public"] = [
    "<<mention>> al <<quantity>> wachten op mijn bestelling en niemand neemt op. <<hashtag>>",
    "<<mention>> bel me gewoon terug op [[phone]] ipv standaard antwoorden te sturen <<hashtag>> <<hashtag>>",
    "Zo slecht dit <<mention>>. Klantnummer [[customer_number]], al <<quantity>> geen reactie. <<hashtag>>",
    "<<mention>> waarom kost een {dish} ineens <<amount>>?? <<hashtag>>",
    "hey <<mention>> mijn mail is [[email]], stuur de bevestiging daar maar heen want in de app zie ik niks",
    "Nog steeds geen monteur geweest <<mention>>. Melding <<ticket_number>> sinds <<date>>. <<hashtag>>",
    "<<mention>> ik woon op [[address]] en de bezorger is al 3x omgereden lol <<hashtag>>",
    "Dank <<mention>> voor de snelle hulp! Binnen <<quantity>> geregeld <<hashtag>>",
    "<<mention>> <<mention>> dit is de derde keer deze maand. Polisnummer [[customer_number:pol]]. Schaam je <<hashtag>>",
    "Lees hier hoe <<mention>> met klanten omgaat: <<url>> <<hashtag>>",
]

T["agent"] = [
    "Hoi {name}, vervelend om te horen! Ik zie bestelling <<order_number>> en heb <<amount>> teruggestort. Dit staat binnen <<quantity>> op je rekening eindigend op <<masked_value:iban>>. Groetjes, {agent}",
    "Hi {name}, dank je. Ik heb je nieuwe nummer [[phone=]] genoteerd bij klantnummer [[customer_number=]]. Fijne avond! ^{agent}",
    "Hallo {name}, deel je gegevens liever niet openbaar. Stuur je ons een DM met je postcode en huisnummer? Dan kijken we mee. Gr. {agent}",
    "Beste {name}, uw schademelding is geregistreerd onder nummer <<ticket_number:claim>>. De uitkering gaat naar [[iban=]]. Vragen? Bel <<company_phone>> (ma-vr <<time>>-<<time>>). Met vriendelijke groet, {agent}",
    "Hoi {name}! Je wachtwoord is gereset. Deel je wachtwoord ([[password=]]) nooit met ons of anderen, ook niet via DM. Log in via <<url>>. {agent}",
    "Dag {name}, ik heb het adres aangepast naar [[address=]]. Je ontvangt een bevestiging op [[email=]]. Ticket <<ticket_number>>. Groet, {agent}",
    "Hi {name}, de monteur komt <<date>> tussen <<time>> en <<time>>. We hebben de code van het sleutelkastje ([[pin:door=]]) in de opdracht gezet. {agent}",
    "Hallo {name}, we sturen nooit om een code te vragen. Heb je code [[otp=]] aan iemand gegeven? Wijzig dan direct je wachtwoord. Groet {agent}",
    "Beste {name}, je {bsn_cue} hoeft niet via social media. Wil je dit verwijderen? Ik heb je dossier ([[customer_number=]]) doorgezet naar de afdeling. {agent}",
    "Hoi {name}, bedankt voor je geduld. Je tegoed van <<amount>> staat klaar. Code of referentie: <<request_id>>. Fijne dag! -{agent}",
]

T["greet"] = ["Geachte heer/mevrouw,", "Beste {brand},", "Hallo,", "Goedemorgen,", "Beste klantenservice,", "Hoi,", "Goedemiddag {brand},", "Dag,"]
T["close"] = ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,", "Gr.", "Met vr. gr.", "Bvd,"]
T["sig"] = [
    "{fullname}\n[[address:multi]]\nTel: [[phone]]",
    "{fullname}\nM: [[phone]] | E: [[email]]",
    "{fullname}\n[[phone]]\n\nVerzonden vanaf mijn iPhone",
    "{fullname} | {company}\n[[address]]\nT [[phone]]\nKvK <<company_registration>> | BTW <<company_registration>>",
    "{fullname}\nklantnr [[customer_number]]",
    "{fullname}\n\nVerstuurd vanaf Outlook voor Android",
]
T["chat_open"] = ["Hoi", "Hallo", "Goedenavond", "Hey", "Hallo daar", "Hoi {brand}", "Yo", "Dag"]
T["quote_hdr"] = ["Op <<date>> om <<time>> schreef {brand} Klantenservice:", "Op <<date>> <<time>> heeft {agent} van {brand} het volgende geschreven:",
                  "-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: <<date>> <<time>>\nOnderwerp: Uw vraag <<ticket_number>>",
                  "{brand} <service> schreef op <<date>>:"]
T["fwd_hdr"] = ["---------- Doorgestuurd bericht ---------\nVan: {fullname} <[[email]]>\nDatum: <<date>>\nOnderwerp: {subject}\nAan: {brand}",
                "Begin doorgestuurd bericht:\n\nVan: {fullname} <[[email]]>\nDatum: <<date>> om <<time>>\nOnderwerp: {subject}"]
T["disclaimer"] = ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan.",
                   "Denk aan het milieu voordat u deze e-mail print.",
                   "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.",
                   "Disclaimer: zie <<url>>"]
T["subject"] = ["Klacht bestelling", "Vraag over mijn rekening", "Schademelding", "Inschrijving", "Probleem met inloggen", "Re: uw dossier",
                "Terugbetaling", "Spoed"]

# Flemish-only extras (used for nl-be together with the NL groups)
V = {}
V["food"] = [
    "Mijn frietjes zijn niet geleverd, bestelling <<order_number>>. Ik woon [[address]], mijn gsm is [[phone]]. Allee, dit is al de tweede keer.",
    "Bancontact-betaling mislukt maar toch afgehouden: <<amount>>. Kaartnummer [[card]], vervalt [[card_expiry]]. Gelieve terug te storten op [[iban]].",
    "Awel, de koerier belt aan op het verkeerde nummer. Het is [[address:street]] en de code van de voordeur is [[pin:door]].",
    "Kan ik mijn e-mailadres veranderen? Nu staat er [[email]], moet [[email]] worden. Merci!",
]
V["housing"] = [
    "Beste, de huurwaarborg van <<amount>> is nog niet vrijgegeven. Mijn rijksregisternummer is [[bsn]] en rekeningnummer [[iban]]. Mvg",
    "Goeiedag, bij de sociale huisvestingsmaatschappij ben ik kandidaat-huurder met dossiernummer [[customer_number:tenant]]. Mijn gsm-nummer is veranderd: [[phone]].",
    "De lift in ons blok staat al <<quantity>> stil. Ik woon op [[address]], derde verdiep. Graag dringend iemand sturen.",
    "De EAN van mijn aansluiting is [[customer_number:ean]] en de meterstand <<meter_reading>>. Wanneer komt de eindafrekening?",
]
V["insurance"] = [
    "Ik heb een ongeval gehad met de wagen op <<date>>. Polisnummer [[customer_number:pol]], rijksregisternr [[bsn]]. Het aanrijdingsformulier stuur ik door.",
    "Hagelschade aan het dak. Adres van de woning: [[address]]. Kan de expert mij bellen op [[phone]]?",
    "De vergoeding mag op BE-rekening [[iban]]. Dossiernummer <<ticket_number:claim>>. Dank bij voorbaat",
]
V["jobs"] = [
    "Dag, ik ben interimkracht via jullie kantoor in {city}. Mijn INSZ-nummer: [[bsn]]. Mijn loon is niet gestort op [[iban]]!",
    "Mijn C4 heb ik nog niet ontvangen. Kunnen jullie die mailen naar [[email]]? Ik ben geboren op [[date_of_birth]].",
    "De dimona is niet in orde zegt de klant. Inloggen in de app met [[username]] en [[password]] lukt ook niet.",
]
V["learning"] = [
    "Ik volg een avondopleiding. Mijn login [[username]] werkt niet meer, wachtwoord [[password]]. Cursistennummer [[customer_number:student]]",
    "Het inschrijvingsgeld (<<amount>>) werd twee keer gedebiteerd van [[iban]]. Gestructureerde mededeling +++<<invoice_number>>+++",
    "De code van de itsme-bevestiging was [[otp]], maar het platform geeft <<error_code>>.",
]
V["greet"] = ["Beste,", "Goeiedag,", "Dag mevrouw, mijnheer,", "Hallo,"]
V["close"] = ["Met vriendelijke groeten,", "Mvg", "Groetjes en merci,", "Vriendelijke groet,"]
V["sig"] = ["{fullname}\n[[address:multi]]\nGSM [[phone]]", "{fullname}\ntel. [[phone]] - [[email]]"]
V["chat_open"] = ["Dag", "Hallo", "Goeiemiddag", "Hey"]
