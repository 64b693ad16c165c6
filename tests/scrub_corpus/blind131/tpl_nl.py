"""Dutch (NL) templates. Also partly reused for nl-be ("shared" groups)."""

CHAT = [
    "ph|Hoi, ik kan niet inloggen bij [[@brand]]. Gebruikersnaam is [[user]] en wachtwoord [[pw]] maar ik krijg steeds [[~err]]",
    "ph|goedemiddag, mijn herhaalrecept staat nog niet klaar. bsn [[bsn]], geb datum [[dob]]. Bestelling [[~order]]",
    "ph|Kunnen jullie de medicijnen naar mijn nieuwe adres sturen? [[addr]]. Mijn klantnr is [[cust]]",
    "ph|ik heb een sms gekregen met code [[otp]] maar de app zegt dat die verlopen is?? versie [[~ver]]",
    "ph|Betaald met creditcard [[card]] exp [[exp]] cvc [[cvv]] en toch staat bestelling [[~order]] op 'niet betaald'",
    "ph|Graag terugbellen op [[phone]], het gaat om de levering van [[~qty]] die nooit is aangekomen (track [[~track]])",
    "ph|Wachtwoord vergeten. Mail adres is [[email]]. Nieuw wachtwoord wordt [[pw:2]] maar hij accepteert het niet",
    "ls|Hallo! Mijn dochter heeft bijles bij jullie, leerlingnummer [[cust]]. Kan de les van [[~date]] om [[~time]] verplaatst worden?",
    "ls|inlog voor het leerplatform werkt niet. user: [[user]] / ww: [[pw]] . Foutmelding [[~err]]",
    "ls|Kunnen jullie het lesgeld van [[~amt]] terugstorten op [[iban]] tnv [[@full]]? Factuur [[~inv]]",
    "ls|Ik wil me aanmelden voor de cursus Spaans B1. Geboortedatum [[dob]], tel [[phone]], mail [[email]]",
    "ls|de verificatiecode die ik kreeg was [[otp]], werkt niet. kunnen jullie me resetten? mijn studentnummer is [[cust]]",
    "so|Hoi, de omvormer ([[~model]]) geeft [[~err]]. Wifi netwerk [[@ssid]], wachtwoord [[wifi]]. Kan de monteur op afstand kijken?",
    "so|De monteur mag komen, de sleutelkluis code is [[pin]]. Adres: [[addr]]",
    "so|Mijn EAN code is [[cust]], meterstand vandaag [[~meter]]. Graag nieuwe voorschotberekening",
    "so|Inloggen op het monitoring portaal lukt niet: [[user]] / [[pw]]. Poort [[~port]] staat open op de router ([[ip]])",
    "so|Aanbetaling van [[~amt]] gedaan vanaf [[iban]] maar nog geen bevestiging. Offerte [[~order]]",
    "so|Graag de installatie van [[~qty]] inplannen. Bereikbaar op [[phone]] na [[~time]]",
    "ti|Ik heb [[~qty]] gekocht maar de e-tickets zijn niet gemaild naar [[email]]. Bestelnr [[~order]]",
    "ti|Mijn account is gehackt!! iemand heeft het wachtwoord veranderd, oud was [[pw]]. Account email [[email]]",
    "ti|Code via sms: [[otp]] - maar de site blijft hangen op [[~url]]",
    "ti|wil de tickets overzetten naar mijn vriendin, haar mail is [[email:2]] en tel [[phone]]",
    "ti|Ik heb dubbel betaald, 2x [[~amt]] van rekening [[iban]]. Graag terugstorten. Klantnummer [[cust]]",
    "pe|Onze kat moet gechipt worden, kunnen we [[~date]] langskomen? Ik ben [[@full]], tel [[phone]]",
    "pe|Hoi de bestelling brokken ([[~prod]]) is niet gekomen, adres is [[addr]]",
    "pe|Kun je de rekening van de dierenarts ([[~amt]]) afschrijven van [[iban]]? Patiëntnummer hond: [[cust]]",
    "pe|Poortcode voor de achterdeur is [[pin]], de dierenarts kan daar doorlopen voor het huisbezoek",
    "pe|Inlog dierenwinkel app: [[user]] wachtwoord [[pw]]. ik zie mijn spaarpunten niet meer",
    "fe|Boeking [[~order]] voor [[~qty]] op [[~date]], maar ik wil de overtocht van [[~time]] wijzigen. Kenteken doet er niet toe. Mijn tel: [[phone]]",
    "fe|Heb de pincode van mijn kaart ([[pin]]) per ongeluk in het chatvenster gezet, kan dat weg?",
    "fe|betaling mislukt met kaart [[card]] (geldig tot [[exp]]), foutcode [[~err]]",
    "fe|Mijn Club-nummer is [[cust]] maar de punten van [[~date]] staan er niet op",
    "fe|Mijn vlucht [[~flight]] landt te laat voor de boot van [[~time]], kan ik omboeken? Bel me op [[phone]]",
    "Code is [[otp/words]]",
    "hierbij mijn gegevens:\nNaam: [[@full]]\nAdres: [[addr]]\nTel: [[phone]]\nGeb.: [[dob]]\nIBAN: [[iban]]",
    "Doorgestuurd bericht:\n\"Uw verificatiecode is [[otp]]. Deel deze code met niemand.\"\nis dit echt van jullie??",
    "simkaart geblokkeerd na 3x foute pin, PUK is [[puk]] volgens de brief maar die werkt ook niet",
    "Mijn api key voor de koppeling met jullie webshop: [[api]] - die geeft [[~err]] sinds [[~date]]",
    "ik krijg steeds 401. Authorization: Bearer [[tok]] en request id [[~req]]",
    "Alarmcode is [[pin]] en de code van de garagedeur [[pin:2]], dan kan de bezorger het pakket binnen zetten",
    "[[~date]] [[~time]] - [[@name]]: mijn nummer is [[phone]]\n[[~date]] [[~time]] - [[@name]]: en mijn mail [[email]]",
    "Wifi-wachtwoord is [[wifi]] (netwerk [[@ssid]]), hoofdletters precies zo",
    "mijn ip is [[ip]] als dat helpt, jullie site blokkeert me",
]

PUBLIC = [
    "ph|[[~mention]] al [[~qty]] dagen wachten op mijn medicijnen. Bestelling [[~order]]. Dit kan echt niet [[~tag]]",
    "ph|[[~mention]] waarom kost dit ineens [[~amt]]? Vorige maand was het [[~amt:2]] [[~tag]]",
    "ls|Top ervaring met [[~mention]], dochter is [[~pct]] omhoog gegaan in cijfers [[~tag]]",
    "so|[[~mention]] mijn panelen leveren [[~pct]] minder sinds de update naar [[~ver]]. Bel me maar: [[phone]]",
    "so|[[~mention]] monteur zou om [[~time]] komen, het is nu [[~time:2]]. Serieus? [[~tag]] [[~tag:2]]",
    "ti|[[~mention]] site ligt er weer uit, [[~err]] bij het afrekenen. Zie [[~url]] [[~tag]]",
    "ti|[[~mention]] stuur me even een DM, mijn mail is [[email]] en ik heb nog steeds geen tickets",
    "pe|Dank [[~mention]] voor de snelle hulp met onze hond op [[~date]]! [[~tag]]",
    "pe|[[~mention]] het voer ([[~prod]]) is al weken uitverkocht. Wanneer weer leverbaar?",
    "fe|[[~mention]] afvaart van [[~time]] geannuleerd en niemand meldt iets. [[~tag]] [[~tag:2]]",
    "fe|[[~mention]] hoe kan ik jullie bereiken? [[~cphone]] is constant in gesprek. Mijn nr is [[phone]]",
    "[[~mention/person]] haha ja ik ook, [[~mention]] helpt echt niemand [[~tag]]",
    "[[~mention]] klantnummer [[cust]], graag contact want dit duurt al sinds [[~date]]",
]

AGENT = [
    "ph|Hoi [[@name]], dank voor je bericht. Ik zie je bestelling [[~order]] staan, deze is verstuurd met track & trace [[~track]]. Groet, [[@agent]]",
    "ph|Beste [[@name]], voor je veiligheid: deel nooit je wachtwoord in de chat. Ik heb je account ([[email]]) gereset, je ontvangt een mail. ^[[@ini]]",
    "ph|Hoi! Ik heb je BSN [[bsn]] gecontroleerd met je geboortedatum [[dob]], dat klopt. Je recept staat [[~date]] klaar. Gr [[@agent]]",
    "ls|Hallo {first_name}, de les is verplaatst naar [[~date]] om [[~time]]. Zie [[~url]] voor je rooster. Groetjes, [[@agent]]",
    "ls|Hoi [[@name]], het bedrag van [[~amt]] wordt binnen 5 werkdagen teruggestort op [[iban]]. Ticketnummer [[~ticket]]. ^[[@ini]]",
    "so|Hoi [[@name]], de monteur komt [[~date]] tussen [[~time]] en [[~time:2]] naar [[addr]]. Bel bij vragen [[~cphone]]. Gr, [[@agent]]",
    "so|Beste [[@name]], bedankt voor het doorgeven van de meterstand [[~meter]] voor EAN [[cust]]. Je termijnbedrag blijft [[~amt]].",
    "ti|Hoi [[@name]]! De tickets zijn opnieuw verstuurd naar [[email]]. Staan ze niet in je inbox, check dan je spam. Case [[~ticket]] ^[[@ini]]",
    "ti|Hallo, we hebben de betaling met kaart [[~mask]] teruggeboekt. Dit duurt max 10 werkdagen. Mvg [[@agent]]",
    "pe|Hoi [[@name]], we hebben je afspraak genoteerd op [[~date]] om [[~time]]. Patiëntnummer [[cust]]. Tot dan! [[@agent]]",
    "fe|Beste [[@name]], je boeking [[~order]] is omgezet naar de afvaart van [[~time]] op [[~date]]. Eventuele meerprijs [[~amt]]. Groet, [[@agent]] | [[@brand]]",
    "fe|Hoi, kun je voor verificatie je Club-nummer en geboortedatum sturen via DM? Niet hier openbaar aub. ^[[@ini]]",
    "Dank je! Je nummer [[phone]] is bij ons genoteerd als terugbelnummer. We bellen je tussen [[~time]] en [[~time:2]]. ^[[@ini]]",
    "Hoi [[@name]], de code <code> uit de sms is alleen voor jou bestemd; wij vragen daar nooit om. Groet [[@agent]]",
]

EMAIL_BODY = [
    "ph|Op [[~date]] heb ik een bestelling geplaatst ([[~order]]) met daarin [[~qty]] van artikel [[~prod]]. Vandaag kreeg ik bericht dat het pakket is teruggestuurd omdat het adres onvolledig zou zijn. Mijn adres is gewoon:\n\n[[addr]]\n\nKunnen jullie het opnieuw versturen? Mijn klantnummer is [[cust]].",
    "ph|Ik wil graag mijn account bij jullie online apotheek opheffen. Gebruikersnaam: [[user]]. Ook wil ik dat mijn BSN ([[bsn]]) en medische gegevens worden verwijderd, conform de AVG. Graag een bevestiging per mail naar [[email]].",
    "ph|Mijn moeder ([[dob]]) gebruikt jullie herhaalservice. Zij heeft geen e-mail, daarom schrijf ik namens haar. Haar BSN is [[bsn]] en zij woont op [[addr]]. Kan de bezorger bellen op [[phone]] voordat hij langskomt? De deurcode van het complex is [[pin]].",
    "ls|Naar aanleiding van ons telefoongesprek van [[~date]] stuur ik hierbij de gegevens voor de inschrijving van mijn zoon:\n- leerlingnummer: [[cust]]\n- geboortedatum: [[dob]]\n- IBAN voor de automatische incasso: [[iban]]\nHet cursusgeld van [[~amt]] mag in [[~qty]] termijnen.",
    "ls|Sinds de update van de app ([[~ver]]) kan ik niet meer inloggen. Ik heb het wachtwoord al drie keer gereset, het laatste was [[pw]]. Ook de code per mail ([[otp]]) werd niet geaccepteerd. Foutmelding: [[~err]].",
    "so|Hierbij stuur ik zoals gevraagd de gegevens voor de aanmelding van de salderingsregeling. EAN-code aansluiting: [[cust]]. Meterstand teruglevering: [[~meter]]. De omvormer is een [[~model]], firmwareversie [[~ver]].\n\nDe wifi voor de omvormer: netwerk [[@ssid]], sleutel [[wifi]].",
    "so|Vorige week zijn er [[~qty]] geplaatst op ons dak. Helaas is er bij de installatie een dakpan gebroken en lekt het nu bij regen. Ik wil graag dat er zo snel mogelijk iemand langskomt. Ik ben overdag bereikbaar op [[phone]]. Als ik niet thuis ben ligt de sleutel in het sleutelkastje, code [[pin]].",
    "so|De factuur ([[~inv]]) klopt niet: er is [[~pct]] btw berekend terwijl dat 0% had moeten zijn. Graag een creditnota. Het teveel betaalde bedrag ([[~amt]]) kan terug op [[iban]].",
    "ti|Ik had [[~qty]] gekocht voor het concert op [[~date]], maar het concert is verplaatst. Ik kan niet op de nieuwe datum en wil mijn geld terug. Betaald met creditcard eindigend op [[~mask]]. Ordernummer [[~order]]. Mijn accountnaam is [[user]].",
    "ti|Er is zonder mijn toestemming ingelogd op mijn account vanaf IP [[ip]] en er zijn tickets doorverkocht. Ik heb mijn wachtwoord inmiddels gewijzigd van [[pw]] naar [[pw:2]] (ja, ik weet het, stom om hier te zetten). Graag onderzoek.",
    "pe|Onze hond is op [[~date]] bij jullie behandeld. Op de factuur ([[~inv]]) staat een bedrag van [[~amt]], maar de dierenverzekering wil een specificatie. Polisnummer dierenverzekering: [[cust]]. Zouden jullie die kunnen sturen naar [[email]]?",
    "pe|Mijn bestelling van [[~qty]] kattenbakkorrels ([[~prod]]) is bij de buren afgeleverd op het verkeerde huisnummer. Mijn adres is [[addr]], de buren wonen op een ander nummer. Trackingnummer [[~track]].",
    "fe|Wij hebben een overtocht geboekt op [[~date]] (boekingsnummer [[~order]]) maar door ziekte kunnen wij niet reizen. In de bijlage een doktersverklaring. Graag het bedrag van [[~amt]] terugstorten op rekening [[iban]] t.n.v. [[@full]].",
    "fe|Bij het online inchecken kreeg ik een foutmelding ([[~err]]) en daarna werd mijn kaart twee keer belast. Kaartnummer [[card]], vervaldatum [[exp]]. Ik wil graag dat de dubbele boeking wordt teruggedraaid.",
    "Voor de koppeling van ons kassasysteem met jullie API hebben we de volgende sleutels gebruikt:\nAccess key: [[api/aws_id]]\nSecret: [[api/aws_secret]]\nDe webhook draait op poort [[~port]]. Sinds [[~date]] krijgen we [[~err]] terug (request id [[~req]]).",
    "In de bijlage de download, de checksum (sha256) is [[~sum]]. Mijn persoonlijke token voor het portaal is [[tok]], misschien kunnen jullie zien wat er mis gaat.",
]

GREET = ["Beste klantenservice,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Hoi team [[@brand]],", "Beste [[@agent]],", "L.S.,", "Goedemorgen allemaal,"]

SIGN = [
    "Met vriendelijke groet,\n\n[[@full]]\n[[addr]]\nTel: [[phone]]",
    "Groetjes,\n[[@name]]",
    "Mvg,\n[[@full]]\nM [[phone]]\nE [[email]]",
    "Met vriendelijke groeten,\n[[@full]]\n\nVerzonden vanaf mijn iPhone",
    "Alvast bedankt!\n[[@name]] [[@last]]\n[[phone]]",
    "Hartelijke groet,\n\n[[@full]]\nKlantnummer: [[cust]]",
    "gr [[@name]]\n\nVerstuurd vanaf mijn Galaxy",
    "Vriendelijke groet,\n[[@full]] | [[phone]] | [[email]]",
]

QUOTE = [
    "Op [[~date]] om [[~time]] schreef [[@brand]] Klantenservice:\n> Beste klant,\n> Bedankt voor je bericht. Je vraag is geregistreerd onder nummer [[~ticket]].\n> We reageren binnen 3 werkdagen.\n> Met vriendelijke groet, [[@agent]]",
    "-----Oorspronkelijk bericht-----\nVan: [[@full]] <[[email]]>\nVerzonden: [[~date]] [[~time]]\nAan: Klantenservice [[@brand]]\nOnderwerp: vraag over [[~order]]\n\nIk heb nog steeds niets ontvangen.",
    "Op [[~date]] schreef [[@full]] <[[email]]>:\n> mijn telefoonnummer is [[phone]], bel me aub\n> \n> [[@name]]",
    "---------- Doorgestuurd bericht ---------\nVan: [[@brand]] <noreply>\nDatum: [[~date]]\nOnderwerp: Uw bestelling [[~order]]\n\nUw bestelling is verzonden. Volg uw pakket: [[~url]]\nKlantenservice: [[~cphone]]",
    "> Op [[~date]] [[~time]] schreef [[@agent]] van [[@brand]]:\n> Kunt u uw klantnummer en postcode doorgeven?\n\nKlantnummer [[cust]]",
]

DISCLAIMER = [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren. KvK [[~kvk]]",
    "Denk aan het milieu voordat u deze e-mail print.",
    "[[@brand]] B.V. | KvK [[~kvk]] | BTW [[~kvk:2]] | [[~url]]",
]

SUBJECT = ["Onderwerp: vraag over bestelling [[~order]]", "Onderwerp: RE: uw vraag [[~ticket]]", "Onderwerp: klacht", "Onderwerp: Fwd: inloggen lukt niet", "Onderwerp: adreswijziging", "Onderwerp: terugbetaling"]

CHAT += [
    "PUK opgevraagd via de app: [[puk]]. Sim-pin wordt daarna [[pin]] toch?",
    "Mijn nieuwe telefoon vraagt om de PUK. Op het pasje staat [[puk]], klopt dat nog?",
    "kaartnr [[card]] vervaldatum [[exp]] en de 3 cijfers achterop: [[cvv]]",
    "Ik heb de CVC ([[cvv]]) ingevuld maar krijg [[~err]], kaart eindigt op [[~mask]]",
    "Download gecontroleerd, md5 is [[~sum]], toch start de installer niet (versie [[~ver]])",
    "Sessie-token uit de cookie: [[tok]] - misschien helpt dat bij het debuggen, poort [[~port]]",
    "Ik bel al de hele dag naar [[~cphone]] maar niemand neemt op. Bel mij liever terug op [[phone]]",
    "Het wifi wachtwoord van de kliniek is veranderd? Wij gebruiken nu [[wifi]] voor de labprinter",
]
EXTRA = [
    "Ik heb al eerder gebeld en gemaild maar tot nu toe geen antwoord gekregen. Eerlijk gezegd begin ik mijn geduld te verliezen, want dit speelt al sinds [[~date]] en ik heb er inmiddels behoorlijk wat tijd in gestoken.",
    "Ter info: ik ben de komende weken vaak op pad voor werk, dus reageren per mail is het handigst. Telefonisch lukt het meestal alleen tussen [[~time]] en [[~time:2]].",
    "Ik hoop dat jullie dit snel kunnen oplossen. Ik ben verder altijd tevreden geweest over jullie service en zou graag klant blijven, maar zo gaat het niet langer.",
    "In de bijlage vinden jullie een schermafbeelding van de foutmelding en een kopie van het bankafschrift waarop de afschrijving van [[~amt]] te zien is.",
    "Mocht er nog iets ontbreken, laat het gerust weten. Ik lees mijn mail dagelijks en kan eventueel ook langskomen in de winkel in [[@city]].",
    "Overigens stond op jullie website ([[~url]]) dat het binnen [[~qty]] geregeld zou zijn, maar dat is dus niet gebeurd.",
]
