"""Dutch (nl) templates. Lists are dealt alternately: even index -> dev, odd -> heldout."""

T = {}

T["chat"] = [
    "Hoi, ik wil mijn maandelijkse donatie aan {org} stoppen. Machtiging staat op {iban}, donateursnr {donor}. Graag bevestiging!",
    "hallo!! er is 2x {amount} afgeschreven van mijn rekening {iban} op {date}. ik heb maar 1 machtiging. kunnen jullie dat terugboeken?",
    "Goedemiddag, wil graag mijn rekeningnummer wijzigen voor de contributie. Oud: {iban} nieuw: {iban.2}. Lidnummer {member}",
    "Beste, ik ben penningmeester van {club}. Onze inlog bij {platform} werkt niet meer. gebruikersnaam {user} ww {pw} , foutmelding {errcode}",
    "ik heb de code gekregen maar hij verloopt steeds.. {otp} was de laatste. Kan iemand me bellen op {phone}?",
    "Mijn moeder ({name}, geb. {dob}) speelt al jaren mee in de {lottery} maar wil stoppen. deelnemersnummer {lot}. Zij woont {addr}",
    "Kunnen jullie het wachtwoord resetten? Ik heb nu '{pw}' maar die wordt niet geaccepteerd sinds de update naar {version}",
    "Code van het sleutelkastje bij de kantine is {pin}, wifi is ClubhuisGast met ww {wifi}. Tot zaterdag {time}!",
    "Zou ik een fiscale jaaropgave kunnen krijgen van mijn giften in {year}? Ik heb {amount} gegeven. Mijn BSN is {bsn} als dat nodig is, donornummer {donor}",
    "opzeggen lidmaatschap {club} per {date}. lidnr {member}, email {email}. Graag geen incasso meer op {iban}",
    "Hey, mijn dochter doet mee aan de sponsorloop via {platform}. Bij betalen met creditcard {card} exp {exp} cvc {cvv} krijg ik error {errcode}",
    "Ik heb net een sms gehad met verificatiecode {otp} maar ik heb niks aangevraagd?? Is dit phishing? Mijn nummer is {phone}",
    "Beste {org}, graag mijn machtiging {mandate} intrekken. Ik heb {qty} betaald maar het wordt me te duur.",
    "Nieuw adres voor de ledenadministratie: {addr}. Tel blijft {phone}. Lidnummer is {member}",
    "Ik heb mijn pincode van de clubpas vergeten, oude was {pin} geloof ik. Kan ik een nieuwe aanvragen? Pasnummer {member}",
    "Voor de webshop koppeling met de clubsite heb ik jullie API key nodig, of klopt deze nog: {apikey} ? Krijg {errcode} terug",
    "ik krijg geen belastingbrief voor mijn gift van {amount}. Mijn gegevens: {name}, {addr}, geboren {dob}",
    "Wij willen als koor een inzamelingsactie starten op {platform}. Ons rekeningnummer is {iban}, penningmeester bereikbaar op {phone} of {email}",
    "Even checken: die incasso van {amount} met kenmerk {mandate}, is dat van jullie? Zie het op mijn afschrift van {iban}",
    "Telefoonnummer gewijzigd naar {phone}, oude was {phone.2}. relatienummer {cust}",
]

T["public"] = [
    "{mention} al 3 keer gebeld naar {cphone} en nog steeds wordt er {amount} per maand afgeschreven terwijl ik heb opgezegd {hashtag}",
    "Waarom is het zo moeilijk om je donatie te stoppen bij {mention}?? Mijn lidnummer {member}, bel me maar {phone} {hashtag}",
    "{mention} de link {url} werkt niet, foutcode {errcode}. Wil gewoon mijn lot opzeggen",
    "Super trots op onze club! {amount} opgehaald voor {org} via {url} {hashtag} {hashtag.2}",
    "{mention} ik heb {date} mijn machtiging ingetrokken, toch weer afschrijving. Zaaknummer {ticket}, reactie graag",
    "Pas op, ik krijg sms'jes namens {mention} met een code {otp} en een link. Niet klikken mensen! {hashtag}",
    "{mention} hoe kan ik mijn IBAN wijzigen zonder in te loggen? Heb geen toegang meer tot {email}",
    "Wie heeft er nog een kaartje over voor het jubileumconcert op {date}? Bel/app {phone} {hashtag}",
]

T["email"] = [
    "Hierbij wil ik mijn periodieke schenking aan {org} beëindigen. Het betreft de overeenkomst met donateursnummer {donor}. De laatste incasso mag op {date} plaatsvinden. Het geld wordt afgeschreven van {iban} ten name van {name}.\n\nKunt u mij schriftelijk bevestigen dat de machtiging (kenmerk {mandate}) is ingetrokken? Voor de belastingaangifte zou ik graag een overzicht van de giften over {year} ontvangen.",
    "Ik ben sinds {year} lid van {club} en wil per het nieuwe seizoen opzeggen vanwege een verhuizing naar {city}. Mijn lidnummer is {member}. Mijn nieuwe adres wordt {addr}.\n\nVerder zag ik dat de contributie van {amount} twee keer is geïncasseerd (factuur {invoice}). Wilt u het teveel betaalde terugstorten op {iban}?",
    "Als nieuwe penningmeester van {club} probeer ik in te loggen op het beheerportaal van {platform}. De vorige penningmeester heeft mij de gegevens doorgegeven:\n\ngebruikersnaam: {user}\nwachtwoord: {pw}\n\nBij inloggen vraagt het systeem om een code die naar het oude 06-nummer van mijn voorganger ({phone}) gaat. Kan dat nummer gewijzigd worden naar {phone.2}? Ons KvK-nummer staat in de bijlage.",
    "Naar aanleiding van ons telefoongesprek van {date} om {time} stuur ik u de gevraagde gegevens. Mijn vader, {name}, geboren op {dob}, is helaas overleden. Hij speelde mee met {qty} in de {lottery} onder deelnemersnummer {lot}. Wilt u het abonnement beëindigen? Eventuele prijzen of restitutie graag op rekening {iban} van de nalatenschap.\n\nIk ben bereikbaar op {phone} of via {email}.",
    "Ik probeer al dagen in te loggen op mijn donateursaccount maar krijg steeds de melding {errcode}. Ik heb de app bijgewerkt naar versie {version}. De verificatiecode ({otp}) komt wel binnen maar wordt afgewezen. Mijn IP-adres is volgens de foutpagina {ip}, request-id {reqid}.\n\nMijn e-mailadres bij jullie is {email}.",
    "Graag wil ik voor onze jaarlijkse clubactie de kantinekassa koppelen aan de betaalomgeving. In het dashboard staat de volgende sleutel: {apikey}. Is dat de live-sleutel of de testsleutel? De webhook komt binnen op poort {port} maar wordt geweigerd met {errcode}.\n\nDe clubsite draait op {url}.",
    "Mijn gift van {amount} via {platform} voor de actie van {first} is per ongeluk twee keer afgeschreven van mijn creditcard eindigend op {masked}. Transactienummers {order} en {order.2}. Kunt u een van beide terugboeken? Ik ben bereikbaar op {phone}.",
    "Ik vul hierbij het formulier voor de periodieke gift in, maar de website loopt vast bij de stap van het BSN. Mijn burgerservicenummer is {bsn} en mijn geboortedatum {dob}. De gift betreft {amount} per jaar gedurende 5 jaar, af te schrijven van {iban}.",
    "Het alarm van het clubhuis ging vannacht om {time} af. De code die ik van de barcommissie kreeg ({pin}) werkt niet meer. Kan de beheerder ons de nieuwe code laten weten? Ook het wifi-wachtwoord van de kantine ({wifi}) wordt niet geaccepteerd na de nieuwe router ({model}).",
    "Namens de ledenadministratie van {club}: bij de overstap naar het nieuwe systeem zijn een aantal leden dubbel aangemaakt. Het gaat onder meer om lidnummer {member} ({email}) en {member.2}. Kunnen jullie de dubbele incasso van {date} terugdraaien? Ons referentienummer bij jullie is {ticket}.",
    "Graag een nieuwe jaaropgave. De vorige stond op mijn oude adres ({addr}) terwijl ik al sinds {date} op {addr.2} woon. Relatienummer {donor}.",
]

T["form"] = [
    "--- Webformulier: Wijziging gegevens ---\nNaam: {name}\nLidnummer: {member}\nE-mail: {email}\nTelefoon: {phone}\nNieuw IBAN: {iban}\nGeboortedatum: {dob}\nToelichting: graag vanaf {date} incasseren van de nieuwe rekening\nVerzonden op {date.2} {time} vanaf IP {ip}",
    "Formulier opzegging\n\nDeelnemersnummer......: {lot}\nNaam..................: {name}\nAdres.................: {addr}\nRekeningnummer........: {iban}\nReden.................: te duur\nIngevuld op...........: {date}",
    "Nieuwe aanmelding via website\nvoornaam achternaam: {name}\ngeb datum: {dob}\nadres: {addr}\nmobiel: {phone}\nmail: {email}\nIBAN tbv contributie: {iban}\nNoodcontact: {phone.2}\nAkkoord machtiging: ja ({mandate})",
    "Aanvraag belastingattest gift\nDonornr: {donor}\nBSN: {bsn}\nTelefoonnr: {phone}\nBedrag: {amount}\nJaar: {year}\nKenmerk aanvraag: {ticket}",
]

T["agent"] = [
    "Hoi {first}, dank voor je bericht. Ik heb de machtiging met kenmerk {mandate} stopgezet per {date}. Je ontvangt nog een bevestiging op {email}. Groet, {agent}",
    "Hallo {first}, vervelend dat er dubbel is afgeschreven! Het bedrag van {amount} storten we binnen 5 werkdagen terug op je rekening {masked}. Zaaknummer: {ticket}. ^{agent}",
    "Dag {first}, wil je alsjeblieft nooit je wachtwoord via social media delen? Ik zie '{pw}' in je bericht staan, verander dit direct via {url}. Groetjes {agent}",
    "Hi {first}! Je lidmaatschap ({member}) is opgezegd per {date}. De laatste contributie van {amount} wordt op {date.2} geïncasseerd. Sportieve groet, {agent}",
    "Goedemiddag, ik heb uw nieuwe rekeningnummer {iban} genoteerd bij donateursnummer {donor}. Vanaf de volgende incasso gebruiken wij dit nummer. Met vriendelijke groet, {agent}",
    "Hoi {first}, stuur ons even een DM met je deelnemersnummer en postcode, dan zoeken we het uit. Bellen kan ook: {cphone} (ma-vr tot {time}). ^{agent}",
    "Beste {first}, de code {otp} is niet door ons verstuurd. Klik niet op de link en meld het bij de Fraudehelpdesk. Ons officiële nummer is {cphone}. {agent}",
    "Dank je {first}, we bellen je morgen tussen {time} en {time.2} terug op {phone}. Je referentie is {ticket}. Gr. {agent}",
    "Hallo {first}, het adres is aangepast naar {addr}. Je jaaroverzicht {year} sturen we opnieuw. Groet, {agent} ({org})",
    "Hoi {first}, de nieuwe code voor het sleutelkastje is {pin} en geldt vanaf {date}. Niet doorsturen aub! Bestuur {club}",
]

T["greet"] = ["Beste {org},", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Beste ledenadministratie,", "Hoi allemaal,",
              "L.S.,", "Geachte donateursservice,"]
T["close"] = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Alvast bedankt!\nGroet,", "Vriendelijke groet,", "Hartelijke groet,",
              "Bvd en groet,", "Met sportieve groet,"]
T["sig"] = ["{name}\n{addr}\nTel. {phone}", "{name}\nPenningmeester {club}\n{phone}\n{url}", "{name}", "{first}\n\nVerstuurd vanaf mijn iPhone",
            "{name}\nlidnummer {member}", "{name}\nSecretaris {club} | {creg}\nM {phone}", "{name}\n06: {phone}",
            "{name}\n{email}"]
T["quotehdr"] = ["Op {date} om {time} schreef {org} Donateursservice:", "Op {date} {time} schreef {agent} van {org}:", "-----Oorspronkelijk bericht-----\nVan: {org}\nVerzonden: {date} {time}\nOnderwerp: Uw vraag ({ticket})",
                 "Op {date} heeft {agent} het volgende geschreven:"]
T["fwdhdr"] = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date} {time}\nOnderwerp: opzegging\nAan: ledenadministratie",
               "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nOnderwerp: Fwd: machtiging\nDatum: {date} om {time}"]
T["disclaimer"] = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. {org} | {creg} | ANBI-status",
                   "Denk aan het milieu voordat u deze e-mail print.", "Deze e-mail is automatisch gecontroleerd op virussen.",
                   "Steun ons ook via {url} | Donateursservice {cphone}"]
T["filler"] = ["Ik heb het ook al telefonisch geprobeerd via {cphone} maar daar kreeg ik geen gehoor.", "Alvast bedankt voor de moeite, ik weet dat jullie het druk hebben met de actieweek.",
               "Ter info: dit speelt sinds {date}, toen ook al eens gemeld onder zaaknummer {ticket}.", "Het gaat om een bedrag van {amount}, dus niet wereldschokkend, maar toch.",
               "Onze algemene ledenvergadering is op {date} om {time}, dan wil ik het graag rond hebben.", "Ik hoor graag of het gelukt is, het gaat om {qty} die ik al betaald heb.",
               "Bijgevoegd de factuur {invoice} ter referentie.", "Zie ook de uitleg op {url}."]

# extra pairs (appended in pairs so both halves get one of each situation)
T["chat"] += [
    "De clubtelefoon (noodnummer bij de kantine) vraagt om een PUK: staat er {puk} op het kaartje? pincode was {pin}",
    "Simkaart van de telefoon van de barcommissie is geblokkeerd, puk-code {puk}, PIN {pin}. Wie weet de nieuwe?",
    "De code die ik voorlees is {otp_words}, maar de app van {platform} zegt ongeldig",
    "sms code: {otp_words} (zo stond het in de voicemail). Werkt niet bij het inloggen voor de loterij",
    "Onze webbouwer vraagt de sleutel van de donatieknop. Is dit hem? {apikey} Log zegt request {reqid}",
    "Voor de ledenapp gebruiken we token {token}, maar sinds vanochtend {errcode}. Draait op {version}",
    "Ik zie een inlogpoging vanaf IP {ip} op mijn donateursaccount, was ik niet! Gebruikersnaam {user}",
    "Inlogmelding: nieuw apparaat, IP-adres {ip}, {date} {time}. Ik heb het wachtwoord al veranderd naar {pw}",
    "Clubreis koor: vlucht {flight} op {date}, bestelling {order}. Betaald met kaart {card}, vervalt {exp}",
    "Tenues besteld voor de jeugd ({product}), track & trace {tracking}, maar nog niks ontvangen. Bestelnr {order}",
    "Meterstand kantine doorgegeven: {meter}. EAN-code aansluiting {ean}, klantnummer energie {cust}",
    "Wij krijgen {pct} korting op de energie als vereniging, aansluiting {ean}. Contactpersoon {phone}",
]
T["email"] += [
    "Bij de export van de ledenlijst uit {platform} (bestand leden_{year}.csv, sha256 {checksum}) zag ik dat er nog een oude API-sleutel in de instellingen stond: {apikey}. Onze webbouwer logt in met {user} en wachtwoord {pw}. De koppeling met de clubsite gaat via poort {port}. Kunnen jullie de sleutel intrekken?",
    "Onze webmaster heeft per ongeluk de AWS-gegevens van de clubsite in de gedeelde map gezet: access key {aws_id} en secret {aws_secret}. Daarnaast stond er een sessietoken in de logs ({token}) voor IP {ip}. Wat is de beste manier om dit in te trekken? Request-id {reqid}.",
]
T["agent"] += [
    "Hoi {first}, voor de sms-verificatie gebruiken we alleen je nummer {phone}. De code {otp} is inmiddels verlopen, vraag een nieuwe aan via {url}. Groet, {agent}",
    "Hallo {first}, we zien inderdaad een inlog vanaf {ip} op {date}. We hebben je account geblokkeerd; kies een nieuw wachtwoord via {url}. Ticket {ticket}. {agent}",
]

T["chat"] += [
    "Clubshirts ({product}) komen niet aan, track & trace {tracking}. Met {pct} korting besteld, bestelling {order}",
    "Hoi! Vlucht voor het toernooi is {flight} op {date}, check-in {time}. Ik betaal mijn deel naar {iban}",
    "Voor de aangifte vraagt de belastingdienst mijn giften. BSN {bsn}, geboren {dob}, donateur {donor}",
    "Heb je mijn BSN ({bsn}) echt nodig voor de periodieke gift? Staat al in het formulier van {date}",
    "Gastnetwerk clubhuis: 'Kantine-Gast', sleutel {wifi}. Beheer via admin/{pw} op de {model}",
    "wifi wachtwoord van de repetitieruimte is veranderd naar {wifi}, router inlog {user} / {pw}",
]
