"""Dutch (nl) templates. Every list is a template group; members are dealt alternately to dev/heldout."""

G = {}

G[("nl", "cust")] = [
    'Al klant sinds {!year}, en nu dit. Bij het opzeggen van de werkplek stond de meter op {!meter} kWh, EAN-code {cust}. Waarom dan nog een naheffing van {!amount}?',
    'We vliegen met {!flight} op {!date} en de hond gaat mee, dekt polis {cust} dat? Mijn nummer: {phone}',
    'Firmware-update {!ver} van de pinautomaat mislukt, checksum {!checksum} klopt niet volgens het scherm. Terminal-ID {cust}',
    # zakelijke rekening / pinautomaat
    "Hoi, ik heb net een zakelijke rekening geopend bij {~bank} maar de pinautomaat is nog niet gekoppeld. Mijn rekeningnummer is {iban} en klantnummer {cust}. Kunnen jullie dat vandaag nog regelen? Winkel gaat om {!time} open",
    "de terminal ({!model}) geeft steeds {!err} bij contactloos betalen, al sinds {!date}. merchant id {cust}, firmware {!ver}. Graag snel want ik mis omzet!!",
    "Inloggegevens voor het dashboard werken niet meer. gebruikersnaam: {user} wachtwoord: {pw} . heb het 3x geprobeerd en nu geblokkeerd",
    "Ik kreeg een sms met code {otp} maar die was al verlopen voordat ik hem kon invullen. Kan er een nieuwe gestuurd worden naar {phone}?",
    "Goedemiddag, voor de koppeling met ons kassasysteem heeft onze developer de API key nodig. We hebben nu deze: {api} maar die geeft {!err}. Request id was {!reqid}",
    "Mijn pas is ingeslikt door de automaat bij de {~city} vestiging. Kaartnummer {card}, geldig tot {exp}. Pincode weet ik wel natuurlijk maar die ga ik hier niet zetten haha",
    "Nieuwe pincode voor de zakelijke pas is {pin}, klopt het dat ik die zelf moet wijzigen bij de automaat?",
    "De maandelijkse kosten van {!amount} voor de terminal worden nu 2x afgeschreven van {iban}. Factuur {!invoice} en {!invoice}. Graag terugstorten",
    "Hallo {~terminal}, wij hebben {!qty} besteld ({!model}), track & trace {!tracking}, maar er is er maar 1 aangekomen. Klantnr {cust}",
    "Ons bedrijf (KvK {!creg}) wil overstappen. Huidige rekening {iban}, nieuwe graag met dezelfde tenaamstelling. Contact: {email} of {phone}",
    # meubels / keukens
    "Bestelling {!order} (hoekbank, artikel {!product}) zou op {!date} bezorgd worden tussen {!time} en {!time} maar er is niemand gekomen. Adres: {addr}. Bel me even op {phone} aub",
    "Keuken wordt {!date} geplaatst. Sleutel ligt in de sleutelkluis naast de voordeur, code {pin}. Het adres is {addr}, 2e verdieping geen lift",
    "Ik heb een aanbetaling van {!amount} gedaan ({!pct} van het totaal) maar zie niks terug in mijn account. Login {email}, klantnummer {cust}",
    "Kunnen jullie het restbedrag van {!amount} van mijn rekening afschrijven? IBAN {iban} t.n.v. {~full}. Ordernr {!order}",
    "De deur van de vaatwasser ({!model}) hangt scheef, monteur is {!date} geweest. Werkbon {!ticket}. Ik ben bereikbaar op {phone} na {!time}",
    "tafel is beschadigd aangekomen, foto's gestuurd naar jullie mail. mijn mailadres is {email} ordernummer {!order}",
    "Retour van {!qty}, ophalen op {addr}? En terugbetalen op {iban} graag",
    # dierenverzekering
    "Mijn hond {~petname} is geopereerd, declaratie ingediend op {!date}. Polisnummer {cust}. Nota dierenarts was {!amount}, factuur {!invoice}. Wanneer krijg ik het terug?",
    "Hoi! Ik wil mijn kat bijverzekeren. Geboortedatum van mij is {dob} en ik woon op {addr}. Kunnen jullie een offerte sturen naar {email}?",
    "De premie van {!amount} per maand is ineens {!pct} hoger, polis {cust}. Graag uitleg, anders zeg ik op per {!date}",
    "Uitkering graag overmaken naar {iban}, niet naar de oude rekening. BSN nodig? Dat is {bsn}",
    "Kan ik inloggen op mijnpolis met {user}? ww is {pw} maar het lukt niet, krijg fout {!err}",
    # bioscoop / theater
    "Ik heb {!qty} gekocht voor de voorstelling van {!date} om {!time}, bestelnummer {!order}, maar ze staan niet in de app ({!ver}). Account {email}",
    "Betaling voor de tickets is 2x gelukt?! Creditcard {card} exp {exp}, twee keer {!amount} afgeschreven",
    "Mijn Cineville-achtige pas nummer {cust} werkt niet aan de kassa, zegt ongeldig",
    "Hallo, voor de voorstelling ben ik verhinderd. Kan het bedrag teruggestort worden op {iban}? Reserveringsnummer {!order}",
    "verificatiecode om in te loggen: {otp} ... krijg ik steeds opnieuw, is mijn account gehackt? mijn nummer is {phone}",
    # thuiszorg
    "Goedemorgen, mijn moeder krijgt thuiszorg via jullie. Haar adres is {addr}, sleutelkastje code {pin}. Geboortedatum {dob}, BSN {bsn}. Kan de avondzorg om {!time} i.p.v. later?",
    "De nieuwe code van de voordeur is {pin} (oude werkt niet meer sinds {!date}). Willen jullie dit doorgeven aan de wijkverpleging?",
    "Ik ben de contactpersoon voor dhr {~full}. Bereikbaar op {phone} of {phone}. Cliëntnummer {cust}",
    "Indicatie loopt af op {!date}. Wat moet ik doen? Zorgverzekering polisnummer {cust}, BSN van mijn vader {bsn}",
    "alarmcode is {pin} en de sleutel hangt aan de haak in de schuur. Alarmcentrale heeft ook ons nummer {phone}",
    # coworking
    "Wifi in de {~cowork} op de 3e werkt niet. Netwerk {~ssid}, wachtwoord {wifi} wordt niet geaccepteerd. Mijn laptop krijgt IP {ip}",
    "Hallo, lidmaatschap {cust}. De deurcode {pin} werkt niet meer sinds het weekend, kan ik een nieuwe krijgen?",
    "Onze printer staat op {ip} poort {!port} maar niemand kan printen. Firmware {!ver}",
    "Voor de vergaderzaalkoppeling: client token {tok} — graag vervangen, per ongeluk in Slack gezet",
    "Ik wil mijn flexplek opzeggen per {!date}. Borg van {!amount} graag terug op {iban}. Gebruikersnaam portal: {user}",
    "Kunnen jullie de factuur {!invoice} op naam van mijn bv zetten? {!creg}, adres {addr}",
    "wachtwoord vergeten van het ledenportaal, e-mail is {email}. Tijdelijk wachtwoord was {pw} maar dat is verlopen",
    'Onze kassa-pc ({ip}) kan de terminal niet meer vinden op poort {!port}. Sinds vanochtend {!time}. Klantnr {cust}',
    'De pinautomaat heeft IP-adres {ip} gekregen maar jullie portal zegt offline. Kan iemand meekijken?',
    "Code uit de app is {otp}, maar het scherm zegt 'ongeldig'. Nu {!time}, geprobeerd om {!time}",
    'ik lees de code even voor zoals de sms hem gaf: {otp}. Hij werkt niet!',
    'Onze webshop-koppeling gebruikt sleutel {api}, graag intrekken en een nieuwe sturen naar {email}',
    'Per ongeluk de live API-sleutel gedeeld in een mail: {api} . Kunnen jullie hem blokkeren?',
    'Het access token {tok} staat in een publieke screenshot, graag ongeldig maken',
    'Sessietoken uit de browser (voor jullie devs): {tok}. Krijg steeds {!err}',
    'Betaalde met creditcard {card}, vervaldatum {exp}, beveiligingscode {cvv}, maar de betaling voor de keuken staat nog open',
    'Mijn creditcardnummer is {card} ({exp}) cvc {cvv}. Wilt u de tickets daarmee afrekenen?',
    'SIM van de mobiele pinautomaat is geblokkeerd. PUK is {puk} volgens het kaartje, pincode was {pin}',
    'Sim-kaart van mijn zakelijke telefoon op slot. PUK-code: {puk}. Simkaartnummer weet ik niet',
    'Gastnetwerk {~ssid} wachtwoord: {wifi} (mag dat gewoon op het bord in de lounge?)',
    'wifi-sleutel van de vergaderzaal is {wifi} toch? werkt niet op mijn telefoon',
]

G[("nl", "public")] = [
    "{!mention} al {!dur} geen werkende pinautomaat in de winkel, en jullie helpdesk {!cphone} neemt niet op {!hashtag}",
    "Nou {!mention}, bank besteld op {!date} en nog steeds niks. Bestelling {!order} {!hashtag} {!hashtag}",
    "{!mention} mijn polis {cust} is opgezegd zonder reden?? bel me even {phone}",
    "Super avond gehad in {~cinema}! Alleen de app crasht bij versie {!ver} {!mention} {!hashtag}",
    "{!mention} hoelang duurt een declaratie nou eigenlijk? {!date} ingediend, nu {!date} #dierenarts",
    "Geen wifi in de werkplek vandaag {!mention}. Is er een storing? {!url}",
    "{!mention} kunnen jullie me mailen op {email}? Niemand reageert op de DM",
    "Thuiszorg kwam vandaag weer {!dur} te laat {!mention}. {!hashtag}",
    "{!mention} waarom is de prijs van {!product} ineens {!amount}?? gisteren nog {!pct} korting {!hashtag}",
]

G[("nl", "agent")] = [
    "Hoi {~name}, vervelend dat de terminal niet werkt! Ik zie dat hij laatst online was om {!time}. Kun je hem even herstarten? Lukt dat niet, bel dan {!cphone}. Groet, {~agent}",
    "Dank je wel. Ik heb je rekening {iban@} gekoppeld aan de terminal. Je ontvangt binnen 2 werkdagen een bevestiging op {email@}. ^{~agent}",
    "Wil je nooit je pincode of wachtwoord via social media delen? Ik heb je bericht verborgen. Je kunt je wachtwoord resetten via {!url}. Gr {~agent}",
    "Hi {{first_name}}, je declaratie met nummer {!ticket} is in behandeling. Het bedrag van {!amount} wordt overgemaakt naar de rekening eindigend op {!masked}.",
    "Goedemiddag, ik heb de nieuwe sleutelkluiscode {pin@} genoteerd in het dossier van cliënt {cust@}. De zorgverlener is op de hoogte. Met vriendelijke groet, {~agent} ({~care})",
    "Hallo! Stuur je ons even een DM met je ordernummer en postcode? Dan kijken we wat er met de levering is gebeurd. {~agent}",
    "Bedankt voor je geduld. De bezorging van order {!order} is verzet naar {!date} tussen {!time} en {!time}. We bellen je 30 minuten van tevoren op {phone@}.",
    "Ik heb een nieuwe verificatiecode verstuurd naar het nummer eindigend op {!masked}. Deze is 10 minuten geldig. Let op: wij vragen nooit om deze code. ^{~agent}",
    "Je nieuwe tijdelijke wachtwoord is {pw}. Wijzig het direct na inloggen. Je gebruikersnaam blijft {user@}.",
    "Voor de koppeling kun je deze testsleutel gebruiken: {api}. Documentatie staat op {!url}. Ticket {!ticket}",
    "De wifi-code voor deze maand is {wifi}, netwerk {~ssid}. Groetjes, {~agent} van {~cowork}",
    "Beste {~name}, uw polis {cust@} loopt door tot {!date}. De premie blijft {!amount} per maand. U kunt ons bereiken op {!cphone} (ma-vr {!time}-{!time}).",
]

# ---------------------------------------------------------------- e-mail frames
G[("nl", "greet")] = ["Beste heer/mevrouw,", "Geachte klantenservice,", "Hallo,", "Hoi {~brand},", "Goedemorgen,", "Beste {~agent},",
                       "Dag,", "L.S.,", "Hallo team,", "Goedemiddag {~brand},"]
G[("nl", "close")] = ["Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt!\nGroetjes,", "Vriendelijke groeten,", "Hartelijke groet,",
                       "Dank en groet,", "Bvd,\n"]
G[("nl", "sig")] = [
    "{~full}\nTel: {phone}",
    "{~full}\n{addr}\n{phone}",
    "{~full} | eigenaar {~furn} winkel\nM {phone} | E {email}\n{!creg}",
    "{~name}\n\nVerzonden vanaf mijn iPhone",
    "{~full}\nMob. {phone}\nKlantnr. {cust}",
    "{~name} {~name}\n\nVerstuurd vanaf Outlook voor Android",
    "{~full}\n{email} · {phone}\n--\nKind regards",
    "{~full}\n{addr}",
]
G[("nl", "csig")] = [
    "Met vriendelijke groet,\n{~agent}\nKlantenservice {~brand}\nT {!cphone} | {!url}\n{!creg}",
    "Groet,\n{~agent} | Team Klantcontact\n{~brand} B.V. — {!cphone}\nBezoek ons op {!url}",
    "Vriendelijke groet,\n{~agent}\n{~brand}\nBereikbaar op werkdagen via {!cphone}",
    "{~agent}\nServiceteam {~brand} | KvK {!creg}",
]
G[("nl", "quotehdr")] = ["Op {!date} om {!time} schreef {~full} <{email@}>:", "Op {!date} {!time} schreef {~brand} Klantenservice:",
                          "-----Oorspronkelijk bericht-----\nVan: {~full} <{email@}>\nVerzonden: {!date} {!time}\nOnderwerp: RE: {!ticket}",
                          "Op {!date} heeft {~brand} het volgende geschreven:"]
G[("nl", "fwdhdr")] = ["---------- Doorgestuurd bericht ---------\nVan: {~full} <{email}>\nDatum: {!date}\nOnderwerp: bestelling {!order}\nAan: {~brand}",
                        "Begin doorgestuurd bericht:\n\nVan: {~full} <{email}>\nDatum: {!date} om {!time}\nOnderwerp: Fwd: polis"]
G[("nl", "disclaimer")] = ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender.",
                            "Denk aan het milieu voordat u deze e-mail print.",
                            "Aan dit bericht kunnen geen rechten worden ontleend.",
                            "De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde."]
