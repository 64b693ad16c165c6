"""Dutch (nl) and Flemish (vl) templates. Slots: [[name]], [[name:var]], [[name*]] (repeat of earlier value)."""

T = {}

# ------------------------------------------------------------------ NL body
T[("nl", "body", "login")] = [
    "Ik kom niet meer in het patiëntenportaal van [[hosp]]. Gebruikersnaam is [[user]] en wachtwoord [[pw]], maar ik krijg steeds foutmelding [[error]].",
    "hoi, kan iemand mn account resetten? login: [[user]] / ww: [[pw]]  heb het al [[!qty|3x]] geprobeerd",
    "Mijn dochter heeft haar wachtwoord voor de ouder-app van [[school]] veranderd naar [[pw]] en nu werkt het niet meer op de iPad ([[version]]). Inlognaam: [[user]]",
    "Inloggen bij [[fashion]] lukt niet. Email [[email]], wachtwoord was [[pw]] en daarna heb ik het gewijzigd in [[pw]]. Help?",
    "Gebruiker: [[user]]\nWachtwoord: [[pw]]\nDit zijn mijn gegevens voor mijnpensioen, waarom wordt ik geblokkeerd??",
    "Goedemiddag, sinds de update naar [[version]] accepteert de app van [[pharm]] mijn wachtwoord ([[pw]]) niet meer. Mijn klantnummer is [[cust]].",
    "ik heb een nieuw wachtwoord aangevraagd en het tijdelijke wachtwoord is [[pw]] maar dat is al verlopen?? gebruikersnaam [[user]]",
    "Kunt u mijn account ontgrendelen? Het gaat om [[user]] (klantnr [[cust]]). Oude wachtwoord [[pw]], nieuwe moet iets anders worden neem ik aan",
]
T[("nl", "body", "bsn")] = [
    "Voor de inschrijving bij [[gp]] vroegen ze mijn BSN. Dat is [[bsn]], geboortedatum [[dob]]. Klopt het dat jullie dat per mail nodig hebben?",
    "BSN van mijn zoontje [[child]]: [[bsn]] (geb. [[dob:child]]). Graag toevoegen aan het dossier bij [[kita]] voor de kinderopvangtoeslag.",
    "Mijn burgerservicenummer is [[bsn]] en mijn geboortedatum [[dob]]. Ik wil graag weten waarom mijn pensioen van [[pension]] per [[date]] lager is ([[amount]] minder).",
    "de huisarts zegt dat mijn bsn niet klopt in jullie systeem, het moet [[bsn]] zijn ipv wat er nu staat. geboren [[dob]]",
    "Patiënt: [[name]]\nBSN: [[bsn]]\nGeb.datum: [[dob]]\nAdres: [[addr]]\nVerzoek: kopie medisch dossier [[hosp]]",
    "Heb het via DigiD geprobeerd maar dat lukt niet. Sofinummer (bsn) [[bsn]], deelnemersnummer [[cust]]. Kunt u mij bellen op [[phone]]?",
]
T[("nl", "body", "card")] = [
    "Betaling bij [[fashion]] mislukt steeds. Kaart [[card]], geldig tot [[exp]], cvc [[cvv]]. Bestelling [[order]] staat nog open.",
    "Ik heb mijn creditcard gegevens doorgegeven aan jullie collega: [[card]] exp [[exp]]. Nu is er [[!qty|2x]] [[amount]] afgeschreven!",
    "kan ik telefonisch betalen? mijn visa is [[card]] , vervaldatum [[exp]] en de code achterop [[cvv]]",
    "Mastercard [[card]] / [[exp]] / [[cvv]] - graag de [[itemdiy]] van order [[order]] hiermee afrekenen, iDEAL werkt niet.",
    "Er staat een transactie van [[amount]] van [[diy]] op mijn kaart eindigend op [[masked]] maar ik heb niks besteld. Volledige nummer: [[card]]",
]
T[("nl", "body", "refund")] = [
    "Ik heb de [[itemfash]] op [[date]] teruggestuurd (track & trace [[track]]). Graag het bedrag van [[amount]] terugstorten op [[iban]] t.n.v. [[name]].",
    "Terugbetaling graag naar rekening [[iban]]. Het gaat om factuur [[invoice]], ik heb [[qty]] te veel ontvangen.",
    "Mijn IBAN is gewijzigd, nieuw nummer: [[iban]]. Wilt u de uitkering van [[pension]] vanaf [[date]] daarop storten? Deelnemersnr. [[cust]]",
    "Graag de ouderbijdrage voortaan afschrijven van [[iban]] ipv [[iban]]. Kind: [[child]], contractnummer [[cust]].",
    "iban [[iban]] tnv [[name]]\nbedrag [[amount]]\nbestelnr [[order]]\nreden: te klein",
    "Retour is al [[date]] binnen bij jullie magazijn maar ik heb nog steeds geen [[amount]] ontvangen op NL-rekening [[iban:NL]]. Schandalig.",
]
T[("nl", "body", "address")] = [
    "Wilt u mijn adres wijzigen? Nieuw adres: [[addr]]. Telefoon blijft [[phone]].",
    "We zijn verhuisd naar [[addr]], graag de medicijnen van [[pharm]] voortaan daar bezorgen. Mijn mobiel: [[phone]]",
    "Pakket [[track]] is bezorgd op [[addr]] maar daar woon ik al sinds [[year]] niet meer! Bel me aub: [[phone]]",
    "nieuw emailadres: [[email]] en mn nummer is nu [[phone]]. klantnummer [[cust]]",
    "Mijn gegevens:\n[[name]]\n[[addr:ml]]\n[[phone]]\n[[email]]",
]
T[("nl", "body", "otp")] = [
    "Ik krijg wel een sms met code [[otp]] maar de site van [[pharm]] zegt dat hij ongeldig is.",
    "De verificatiecode was [[otp]], daarna kwam [[otp]]. Beide werken niet. Telefoonnummer waar de sms heen gaat: [[phone]]",
    "jullie collega vroeg om de code uit de mail, dat is [[otp]]",
    "Code uit de authenticator-app: [[otp]] (na [[time]] al verlopen blijkbaar)",
    "Mijn moeder las de code voor aan de telefoon: [[otpw]]. Ze is [[dob]] geboren dus niet zo handig met die apps.",
]
T[("nl", "body", "pin")] = [
    "De afhaalkluis bij [[pharm]] geeft code [[pin]] maar het kluisje gaat niet open. Bestelling [[order]].",
    "Toegangscode van het hek bij [[kita]] is veranderd? Wij hebben nog [[pin]] en die werkt niet meer.",
    "Voor de reparatie: de ontgrendelcode van mijn telefoon is [[pin]]. Model [[model]].",
    "De sleutelkluis bij de voordeur heeft code [[pin]], thuiszorg kan daar de sleutel pakken. Adres: [[addr]]",
    "pincode vergeten van mijn pas, het was [[pin]] of [[pin]] volgens mij. kan ik een nieuwe aanvragen?",
    "Mijn SIM staat op slot. PIN was [[pin:4]], PUK code van het kaartje: [[puk]].",
    "alarmcode van de praktijk is [[pin]], laatste dokter moet hem aanzetten om [[time]]",
]
T[("nl", "body", "wifi")] = [
    "Het gastennetwerk [[ssid]] in [[hosp]] vraagt om een sleutel. Bij de balie zeiden ze [[wifi]] maar dat werkt niet.",
    "Voor de installatie van de slimme thermostaat: netwerk [[ssid]], wachtwoord [[wifi]]. Mijn IP is [[ip]] als dat helpt.",
    "wifi code thuis is [[wifi]] (netwerk [[ssid]]), de monteur mag hem gebruiken",
    "Onze router ([[model]]) kun je via [[ip]] poort [[port]] benaderen, admin wachtwoord [[pw]]. WPA-sleutel: [[wifi]].",
]
T[("nl", "body", "api")] = [
    "Koppeling van onze webshop met jullie betaalmodule faalt ([[error]]). API key: [[api]] , request id [[reqid]].",
    "Wij gebruiken deze sleutel voor de voorraad-sync met [[diy]]: [[api]]\nSinds versie [[version]] krijgen we [[!error|HTTP 401]].",
    "curl -H \"Authorization: Bearer [[tok]]\" [[!url|https://api.stylestraat.nl/v2/orders]] geeft een lege lijst. Wat doe ik fout?",
    "Ons access token ([[tok]]) verloopt elke dag. Kan dat langer? Server IP [[ip]], poort [[port]].",
    "AWS key id [[api:aws]] en secret [[api:awssecret]] staan in de config van het roosterprogramma van [[school]], is dat veilig?",
]
T[("nl", "body", "pension")] = [
    "Ik ga per [[date]] met pensioen. Deelnemersnummer [[cust]], geboren [[dob]]. Kunt u berekenen wat [[pct]] eerder stoppen kost?",
    "Graag wijzigen: de betaling van mijn partnerpensioen naar [[iban]]. Polisnummer [[cust]]. Telefonisch bereikbaar op [[phone]].",
    "In het UPO van [[year]] staat een opbouw van [[amount]] per jaar, maar dat klopt niet met mijn loonstrook. Relatienummer [[cust]].",
    "Waardeoverdracht van [[pension]] naar nieuwe werkgever: mijn pensioennummer is [[cust]], BSN [[bsn]].",
]
T[("nl", "body", "kita")] = [
    "[[child]] gaat vanaf [[date]] naar de BSO. Geboortedatum [[dob:child]]. Contactpersoon bij nood: oma, [[phone]].",
    "Wie mag [[child]] ophalen? Alleen ik ([[phone]]) en mijn partner ([[phone]]). Wachtwoord voor ophalen is [[pw]].",
    "Factuur [[invoice]] van [[kita]] klopt niet, er staan [[qty:x]] uur teveel op. Klantnummer [[cust]].",
    "Ouderportaal login [[email]] / [[pw]] werkt niet, ik zie de foto's van de groep niet meer.",
]
T[("nl", "body", "appt")] = [
    "Mijn afspraak op [[date]] om [[time]] bij de poli van [[hosp]] moet verzet worden. Patiëntnummer [[cust]], geb. [[dob]].",
    "Kan de huisarts mij terugbellen op [[phone]]? Het gaat om herhaalrecept [[med]], [[qty]].",
    "Herhaalrecept [[med]] graag klaarzetten, ik haal het [[date]] op. Geboortedatum [[dob]], adres [[addr]].",
    "Ik heb een verwijsbrief nodig voor [[hosp]]. Mijn gegevens: [[name]], [[dob]], [[addr]].",
]
T[("nl", "body", "delivery")] = [
    "Waar blijft mijn [[itemdiy]]? Bestelnummer [[order]], verzonden [[date]] met code [[track]]. Bezorgadres: [[addr]]",
    "De bezorger stond om [[time]] voor de deur maar ik was thuis. Ordernummer [[order]], [[qty]], [[amount]].",
    "Pakket [[track]] staat al [[qty:x]] dagen op 'in sorteercentrum'. Ticket [[ticket]].",
    "Mijn [[itemfash]] (maat [[product]]) is niet geleverd. Bestelling [[order]], factuur [[invoice]].",
]
T[("nl", "body", "neg")] = [
    "Foutcode [[error]] bij het afrekenen, app versie [[version]], op [[date]] rond [[time]]. Bestelling [[order]].",
    "De [[itemdiy]] ([[model]]) is na [[qty:x]] weken stuk. Bon van [[date]], [[amount]]. Artikelnummer [[product]].",
    "Ik vlieg [[date]] met [[flight]] en heb mijn [[med]] nodig. Kan het voor [[time]] klaarliggen?",
    "Meterstand doorgegeven: [[meter]]. Zaaknummer [[ticket]]. Kunt u dit bevestigen?",
    "Klacht [[ticket]] is nog niet opgelost. Zie ook [[url]]. Korting van [[pct]] was beloofd.",
    "Jullie site geeft [[error]] en request id [[reqid]]. Checksum van de download: [[checksum]]",
]

# ------------------------------------------------------------------ NL public
T[("nl", "public", "all")] = [
    "[[mention]] al [[qty:x]] dagen wachten op mijn retourgeld voor bestelling [[order]] [[hashtag]]",
    "[[mention]] waarom is de afhaalkluis weer kapot?? [[hashtag]]",
    "[[mention]] bel me nou eens terug, [[phone]], wacht al sinds [[date]]",
    "Kan [[mention]] mij mailen op [[email]]? DM staat dicht [[hashtag]]",
    "[[mention]] de app crasht ([[version]]) bij het inloggen, foutcode [[error]]",
    "[[mention]] top geholpen door de apotheek vandaag, dank! [[hashtag]]",
    "[[mention]] jullie bezorger heeft mijn pakket bij [[addr]] gewoon in de regen gezet. [[hashtag]]",
    "@[[first]] [[mention]] zelfde probleem hier, ticket [[ticket]] en nog niks gehoord",
]
T[("nl", "agent", "all")] = [
    "Hoi [[first]], vervelend om te horen! Kun je ons je klantnummer en postcode sturen via DM? Deel nooit je wachtwoord. ^[[agent]]",
    "Dank je [[first]]. Ik zie bestelling [[order]] met bezorgcode [[track]]. Het bedrag van [[amount]] wordt binnen 5 werkdagen teruggestort op de rekening eindigend op [[masked]]. Groet, [[agent]]",
    "Beste [[first]], we hebben je klantnummer [[cust]] gevonden en het adres gewijzigd naar [[addr]]. Klopt dat? Vriendelijke groet, [[agent]] | [[pharm]] | [[cphone]]",
    "Hallo [[first]], voor je veiligheid: stuur nooit je pincode of wachtwoord. Wil je ons bellen op [[cphone]] (ma-vr [[!time|8:00]]-[[!time|17:00]])? Je zaaknummer is [[ticket]]. ^[[agent]]",
    "Hi {first_name}, je nieuwe tijdelijke code is <code>. Die is 10 minuten geldig. Groetjes, [[agent]]",
    "Dag [[first]], we bellen je vandaag terug op [[phone]]. Noteer voor de zekerheid ticket [[ticket]]. Met vriendelijke groet, [[agent]] - Patiëntenservice [[hosp]], [[cphone]]",
    "Hoi [[first]]! Ik heb de IBAN [[iban]] aangepast in ons systeem, de uitbetaling volgt op [[date]]. Zie ook [[url]]. Gr. [[agent]]",
    "Dankjewel. Voor de controle: is je geboortedatum [[dob]] en je mobiele nummer [[phone]]? Dan zet ik het herhaalrecept klaar. ^[[agent]]",
]

# ------------------------------------------------------------------ NL e-mail parts
T[("nl", "greet", "all")] = ["Geachte heer/mevrouw,", "Beste klantenservice,", "Hallo,", "Goedemorgen,", "Beste [[agent]],", "Geachte medewerker van [[pension]],", "Hoi,", "Dag allemaal,"]
T[("nl", "close", "all")] = ["Met vriendelijke groet,\n[[name]]", "Groet,\n[[first]]", "Alvast bedankt!\n\n[[name]]", "Mvg,\n[[name]]", "Hartelijke groeten,\n[[first]] [[last]]", "Groetjes [[first]]"]
T[("nl", "sig", "all")] = [
    "[[name]]\n[[addr:ml]]\nT: [[phone]]",
    "--\n[[name]]\nMob. [[phone]]\n[[email]]",
    "[[name]] | Administratie [[kita]]\nT [[cphone]] | M [[phone]]\nKvK [[creg]] | BTW [[creg]]",
    "Verzonden vanaf mijn iPhone",
    "[[first]] [[last]]\nTel. [[phone]] (na [[!time|17u]])\n",
    "Met vriendelijke groet,\n[[name]]\nPraktijkmanager [[gp]]\nAlgemeen: [[cphone]] | Direct: [[phone]]\n[[url]]",
]
T[("nl", "disc", "all")] = [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Aan dit bericht kunnen geen rechten worden ontleend. [[kita]] is ingeschreven bij de KvK onder nummer [[creg]].",
    "Deze e-mail is gescand op virussen.",
]
T[("nl", "qhead", "all")] = [
    "Op [[date]] om [[time]] schreef Klantenservice [[fashion]]:",
    "-----Oorspronkelijk bericht-----\nVan: Patiëntenservice\nVerzonden: [[date]] [[time]]\nOnderwerp: RE: uw vraag [[ticket]]",
    "Op [[date]] [[time]] heeft [[agent]] van [[diy]] het volgende geschreven:",
    "Van: [[pharm]] <noreply>\nDatum: [[date]]\nOnderwerp: Uw bestelling [[order]]",
]
T[("nl", "fwd", "all")] = [
    "---------- Doorgestuurd bericht ---------\nVan: [[name]] <[[email]]>\nDatum: [[date]] om [[time]]\nOnderwerp: Fwd: terugbetaling\nAan: klantenservice",
    "Begin doorgestuurd bericht:\n\nVan: [[name]] <[[email]]>\nDatum: [[date]]\nOnderwerp: inschrijving",
]
T[("nl", "subj", "all")] = ["Onderwerp: Vraag over bestelling [[order]]", "Onderwerp: wachtwoord werkt niet", "Onderwerp: adreswijziging", "Onderwerp: RE: [[ticket]]", "Onderwerp: terugbetaling", "Onderwerp: herhaalrecept"]

# ------------------------------------------------------------------ VL (Flemish) body
T[("vl", "body", "login")] = [
    "Ik geraak niet meer binnen op het patiëntenportaal van [[hosp]]. Gebruikersnaam [[user]], paswoord [[pw]]. Kunnen jullie da eens bekijken?",
    "Smartschool van [[school]] blijft zeggen 'verkeerd wachtwoord'. Login van mijn zoon: [[user]], ww: [[pw]]",
    "Ge hebt mijn paswoord gereset naar [[pw]] maar ik kan het niet veranderen. Mijn klantennummer is [[cust]].",
    "login: [[email]]\npaswoord: [[pw]]\nfoutmelding: [[error]]\nwa moet ik doen?",
]
T[("vl", "body", "nrn")] = [
    "Mijn rijksregisternummer is [[nrn]], geboren op [[dob]]. Kunt ge mijn dossier bij [[pension]] opzoeken?",
    "Voor de inschrijving van [[child]] bij [[kita]]: rijksregisternr. [[nrn]], geboortedatum [[dob:child]].",
    "INSZ-nummer: [[nrn]]\nNaam: [[name]]\nAdres: [[addr]]\nGSM: [[phone]]",
    "De apotheker vraagt mijn rijksregisternummer voor het voorschrift, da's [[nrn]]. Is da nodig?",
    "ik heb mijn eID niet bij maar mijn nummer is [[nrn]], kan ik zo toch mijn medicatie afhalen bij [[pharm]]?",
]
T[("vl", "body", "money")] = [
    "Gelieve het bedrag van [[amount]] terug te storten op [[iban]] op naam van [[name]]. Bestelling [[order]].",
    "Mijn rekeningnummer is veranderd, het nieuwe is [[iban:BE]]. Klantnummer [[cust]].",
    "Betaald met Bancontact, kaart [[card]], vervaldatum [[exp]]. Toch staat de factuur [[invoice]] nog open??",
    "kredietkaart [[card]] geldig tot [[exp]] cvc [[cvv]], mag ik zo betalen voor de [[itemdiy]]?",
    "Ouderbijdrage [[kita]]: domiciliëring van [[iban]] graag stopzetten per [[date]].",
]
T[("vl", "body", "contact")] = [
    "Mijn GSM-nummer is veranderd: [[phone]]. En mijn nieuw adres is [[addr]].",
    "Kunt ge mij terugbellen op [[phone]] of [[phone:land]]? Liefst na [[time]].",
    "We zijn verhuisd naar [[addr]], gelieve de facturen daar naartoe te sturen. Mailen kan ook: [[email]]",
    "Het pakje [[track]] is afgeleverd op [[addr]] maar daar woon ik niet!",
]
T[("vl", "body", "codes")] = [
    "De code van het afhaalpunt is [[pin]] maar de kast gaat ni open bij [[pharm]].",
    "Ik krijg een sms-code [[otp]] maar itsme blijft hangen. GSM [[phone]].",
    "De code van de poort aan de crèche is toch [[pin]]? Werkt niet meer sinds [[date]].",
    "Wifi-sleutel van de modem is [[wifi]] (netwerk [[ssid]]), de technieker mag die gebruiken.",
    "Mijn simkaart is geblokkeerd, PUK [[puk]]. Pincode was [[pin:4]].",
    "API-sleutel voor onze webshop: [[api]] - de koppeling met [[fashion]] geeft [[error]].",
]
T[("vl", "public", "all")] = [
    "[[mention]] al [[qty:x]] weken wachten op mijn terugbetaling, bestelling [[order]] [[hashtag]]",
    "[[mention]] wanneer is de spoed terug open? Ik bel al heel de dag naar [[cphone]] [[hashtag]]",
    "[[mention]] bel mij eens terug aub op [[phone]]",
    "[[mention]] super vriendelijke apotheker vandaag [[hashtag]]",
    "[[mention]] jullie site geeft [[error]] bij het betalen, versie [[version]]",
    "[[mention]] mijn mail is [[email]], stuur het daar maar naartoe",
]
T[("vl", "agent", "all")] = [
    "Dag [[first]], sorry voor het wachten! Mag ik je klantennummer en postcode via privébericht? Deel nooit je paswoord of pincode. Groetjes, [[agent]]",
    "Hallo [[first]], ik zie je dossier [[ticket]]. De terugbetaling van [[amount]] vertrekt op [[date]] naar de rekening die eindigt op [[masked]]. Mvg, [[agent]]",
    "Dag [[first]], we hebben je GSM-nummer aangepast naar [[phone]]. Nog vragen? Bel gerust [[cphone]]. ^[[agent]]",
    "Beste [[first]], je rijksregisternummer [[nrn]] is gekoppeld aan je dossier. Met vriendelijke groeten, [[agent]] - [[hosp]] - ondernemingsnummer [[creg]]",
]
T[("vl", "greet", "all")] = ["Beste,", "Dag,", "Goeiemiddag,", "Geachte,", "Hallo [[agent]],"]
T[("vl", "close", "all")] = ["Met vriendelijke groeten,\n[[name]]", "Mvg\n[[first]]", "Alvast bedankt,\n[[name]]", "Groetjes,\n[[first]]"]
T[("vl", "sig", "all")] = [
    "[[name]]\n[[addr:ml]]\nGSM: [[phone]]",
    "[[name]]\nZaakvoerder - [[fashion]]\nBTW [[creg]]\nT [[cphone]] - GSM [[phone]]",
    "Verstuurd vanaf mijn Samsung Galaxy-smartphone.",
    "--\n[[first]] [[last]]\n[[email]]",
]
T[("vl", "disc", "all")] = [
    "De informatie in deze e-mail is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
    "Ondernemingsnummer [[creg]] - RPR Gent",
]
T[("vl", "qhead", "all")] = [
    "Op [[date]] om [[time]] schreef [[agent]] ([[diy]]):",
    "Van: Klantendienst [[fashion]]\nVerzonden: [[date]] [[time]]\nOnderwerp: Uw dossier [[ticket]]",
]
T[("vl", "subj", "all")] = ["Onderwerp: terugbetaling bestelling [[order]]", "Onderwerp: adreswijziging", "Onderwerp: probleem met paswoord", "Onderwerp: dossier [[ticket]]"]
T[("vl", "fwd", "all")] = [
    "---------- Doorgestuurd bericht ---------\nVan: [[name]] <[[email]]>\nDatum: [[date]]\nOnderwerp: voorschrift",
    "Begin doorgestuurd bericht:\nVan: [[name]] <[[email]]>\nDatum: [[date]] om [[time]]",
]
