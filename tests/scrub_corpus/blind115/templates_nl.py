"""Dutch (nl) templates. One template per line; groups start with '== name'. \\n = newline."""

NL = r"""
== account
Hoi! Ik kom niet meer in de {f:daycare} app. Gebruikersnaam {s:username}, ww {s:password} .. wat doe ik fout??
Mijn login bij {f:gym} werkt niet meer sinds de update naar {n:version_string}. inlognaam: {s:username}\nwachtwoord: {s:password}
ik heb mn wachtwoord gewijzigd van {s:password} naar {s:password} maar de app pakt t nieuwe niet
Kunnen jullie mijn account resetten? Ik log in als {s:username} en het wachtwoord was volgens mij {s:password} (of met een hoofdletter)
Mijn vrouw heeft het wachtwoord veranderd in "{s:password}" en nu krijgt ze foutcode {n:error_code} bij inloggen op het ouderportaal
gebruiker = {s:username}\npass = {s:password}\nlukt nog steeds niet om de factuur {n:invoice_number} te downloaden
Voor het portaal van {f:petins}: user {s:username} / pw {s:password}. Kan iemand meekijken? Ik zit er al {n:quantity} mee te stoeien
Het tijdelijke wachtwoord uit de mail ({s:password}) wordt niet geaccepteerd. Mijn klantnummer is {s:customer_number}
== payment
Graag het bedrag van {n:amount} terugstorten op {s:iban} t.n.v. {f:name}, ivm dubbele incasso van de opslagunit
Mijn rekeningnummer is gewijzigd, nieuw IBAN: {s:iban}. Wil je de automatische incasso voor het lidmaatschap ({s:customer_number}) aanpassen?
Betaald met creditcard {s:card}, vervaldatum {s:card_expiry}, cvc {s:cvv}. Toch staat er een betaalherinnering van {n:amount} open??
Kaartnummer: {s:card}\nGeldig t/m: {s:card_expiry}\nCVC: {s:cvv}\nIs de aanbetaling voor de verhuizing op {n:date} hiermee rond?
kun je de premie van {f:petins} voortaan van {s:iban} afschrijven ipv de oude rekening? polisnummer {s:customer_number}
De declaratie voor {f:pet} ({n:amount}) mag naar IBAN {s:iban}. Factuur van de dierenarts is {n:invoice_number}.
ik heb via de link betaald met mijn visa {s:card} maar kreeg error {n:error_code}, is het nou wel of niet gelukt
Terugbetaling borg opslagbox: {s:iban} (let op: niet meer de {n:masked_value}, die rekening is opgeheven)
== identity
Voor de inschrijving van {f:child} bij {f:daycare}: BSN {s:bsn}, geboren {s:date_of_birth}. Moet ik nog iets anders aanleveren?
De kinderopvangtoeslag vraagt om het BSN van mijn dochter, dat is {s:bsn}. Geboortedatum {s:date_of_birth}
Voor de uitvaartverzekering van mijn vader: geb. {s:date_of_birth}, burgerservicenummer {s:bsn}, polis {s:customer_number}
gegevens voor de cursus NT2 bij {f:langschool}:\n- naam: {f:name}\n- geboortedatum: {s:date_of_birth}\n- BSN: {s:bsn}\n- adres: {s:address}
Mijn zoon wil rijles bij {f:driving}. Hij is geboren op {s:date_of_birth} en woont op {s:address}. Wat kost een pakket van {n:quantity}?
sofinummer (heet nu bsn toch?) is {s:bsn}. Geboren {s:date_of_birth}. Dit is voor het CBR-formulier
== contact
Ons nieuwe adres na de verhuizing is {s:address}. Willen jullie de facturen voortaan daarheen sturen?
Bel me even terug op {s:phone}, ik ben tot {n:time} bereikbaar. Het gaat om de proefles van {n:date}
Je kunt me mailen op {s:email} of appen naar {s:phone}. Groetjes {f:first}
Ophaaladres: {s:address}\nAfleveradres: {s:address}\nContact op de dag zelf: {s:phone}
Wilt u het e-mailadres aanpassen naar {s:email}? Het oude adres {s:email} gebruik ik niet meer
mijn man is bereikbaar op {s:phone} en ik op {s:phone} (liefst na {n:time})
De urn mag bezorgd worden op {s:address}. Bij geen gehoor graag bellen met mijn broer: {s:phone}
Nieuw telnr voor het dossier van {f:pet}: {s:phone}. Het oude nummer {n:masked_value} klopt niet meer
== codes
De code die ik per sms kreeg is {s:otp} maar hij zegt dat ie verlopen is
verificatiecode: {s:otp}
De sleutelkluis bij de opslag heeft code {s:pin}, kan de verhuizer daar morgen om {n:time} de sleutel pakken?
Wifi in de sportschool doet raar. Netwerk {f:ssid}, wachtwoord {s:wifi_key} werkt niet meer op mn telefoon
ik kreeg de code {s:otp} via de mail, maar het scherm vraagt om een code van 6 cijfers en die van mij is anders??
Poortcode van het kinderdagverblijf is toch {s:pin}? Die van vorig jaar ({s:pin}) werkt niet meer
Sim zit op slot. PUK is {s:puk} heb ik op de kaart gevonden, pincode was {s:pin}. Nu lukt 2FA van de {f:gym} app niet
de code is {s:otp}, ik lees hem even voor omdat kopiëren niet lukt
Alarmcode voor de oppas in ons huis is {s:pin}, graag doorgeven aan de nieuwe pedagogisch medewerker
== tech
De koppeling met jullie API geeft {n:error_code}. Onze key is {s:api_key}, request-id {n:request_id}
Onze developer zegt dat het token {s:token} verlopen is na versie {n:version_string}. Kunnen jullie een nieuwe uitgeven?
De camera van de opvang ({f:model}) is niet bereikbaar via poort {n:port} op {s:ip_address}
Authorization: Bearer {s:token}\nDaarmee krijg ik nog steeds {n:error_code} op het ledenportaal
We zien inlogpogingen vanaf {s:ip_address} op mijn account. Ik was dat niet! Mijn gebruikersnaam is {s:username}
API-sleutel voor de koppeling met het planningssysteem van {f:driving}: {s:api_key} (checksum van het bestand: {n:checksum})
== noisy
Bestelling {n:order_number} voor de verhuisdozen ({n:quantity}) is nog steeds niet binnen, track & trace {n:tracking_number} zegt al {n:quantity} niks
Mijn klacht {n:ticket_number} van {n:date} is nog niet opgelost! Factuur {n:invoice_number} klopt nog steeds niet, {n:amount} ipv {n:amount}
Vlucht {n:flight_number} landt om {n:time}, kan de hond tot {n:date} in het pension blijven?
Jullie rekenen {n:percentage} indexatie voor {n:year}, dat stond nergens. Contract loopt sinds {n:year}
De loopband ({f:model}, artikelnummer {n:product_code}) is weer kapot. Melding {n:ticket_number}
Eindstanden oude woning: stroom {n:meter_reading}, gas {n:meter_reading}. Verhuisdatum {n:date}
App crasht sinds {n:version_string} met {n:error_code}. Zie ook {n:url}
== public
{n:mention} al {n:quantity} wachten op een reactie over mijn opzegging. Echt {n:hashtag}
{n:mention} waarom is de app van de opvang alweer plat?? Ik wil gewoon zien of {f:child} goed geslapen heeft {n:hashtag}
Top service van {n:mention}! Verhuizing in {n:quantity} geregeld {n:hashtag} {n:hashtag}
{n:mention} mijn dossier {n:ticket_number} ligt al sinds {n:date} stil. Bel me op {s:phone} aub
{n:mention} declaratie van {n:amount} voor de dierenarts afgewezen zonder uitleg {n:hashtag}
{n:mention} hoi, kan iemand me DMen? Mijn klantnummer is {s:customer_number}, het gaat over de opslagunit
Zijn er meer mensen die bij {n:mention} {n:percentage} prijsverhoging kregen? {n:hashtag}
{n:mention} personal trainer kwam gewoon niet opdagen om {n:time}. Abonnementsnummer {s:customer_number} {n:hashtag}
== agent
Hoi {f:first}, vervelend dat het inloggen niet lukt! Ik heb je account ontgrendeld. Je klantnummer is {s:customer_number}. Stuur ons nooit je wachtwoord, ook niet in DM 🙏 ^{f:agent}
Dank voor je bericht. Ik zie de betaling van {n:amount} van de rekening eindigend op {n:masked_value}. Je ticket is {n:ticket_number}. Groet, {f:agent}
Hallo {f:first}, we hebben je nieuwe IBAN {s:iban} verwerkt voor polis {s:customer_number}. De eerstvolgende incasso is op {n:date}.
Goedemiddag! Kun je je geboortedatum en postcode in een privébericht sturen? Dan zoek ik de inschrijving van {f:child} op. Bel gerust {n:company_phone} (ma-vr tot {n:time}). {f:agent}
Hoi! Ik heb het adres gewijzigd naar {s:address}. Klopt dat zo? Je bevestiging volgt op {s:email}. Gr. {f:agent}
Bedankt voor het wachten. De verhuizers komen {n:date} tussen {n:time} en {n:time}. Zaaknummer: {n:ticket_number}. Voor spoed: {n:company_phone}
Hoi {f:first}, de nieuwe toegangscode van je unit is {s:pin}. Deel deze niet met anderen. Je contract {s:customer_number} loopt door tot {n:date}. ^{f:agent}
Dag {f:first}, je tijdelijke wachtwoord is {s:password}. Wijzig het na de eerste keer inloggen via {n:url}. Met vriendelijke groet, {f:agent}
"""

NL_FRAMES = r"""
== greeting
Beste klantenservice,
Geachte heer/mevrouw,
Hallo,
Goedemiddag,
Hoi team,
Beste {f:agent},
L.S.,
Goedemorgen allemaal,
== closing
Met vriendelijke groet,
Alvast bedankt!
Groetjes,
Mvg,
Hartelijke groet,
Bvd en groet,
Dank en groet,
Vriendelijke groeten,
== sig
{f:name}\n{s:phone}
{f:name}\nTel: {s:phone}\n{s:address}
{f:first}\n\nVerstuurd vanaf mijn iPhone
{f:name}\nMobiel {s:phone} | {s:email}
{f:name}\n{s:address}
{f:first} ({f:child}'s moeder)\n06 is {s:phone}
{f:name}\nKlantnr. {s:customer_number}\nVerzonden met Outlook voor Android
-- \n{f:name}\n{s:email}\n{s:phone}
== quote_hdr
Op {n:date} om {n:time} schreef Klantenservice {f:gym}:
Op {n:date} {n:time} heeft {f:petins} het volgende geschreven:
Van: Team {f:mover}\nVerzonden: {n:date} {n:time}\nAan: {f:name}\nOnderwerp: Re: uw aanvraag {n:ticket_number}
Op {n:date} schreef {f:agent} van {f:daycare}:
-----Oorspronkelijk bericht-----\nVan: Servicedesk {f:storage}\nDatum: {n:date}\nOnderwerp: Bevestiging {n:order_number}
Op {n:date} om {n:time} schreef {f:funeral}:
== quote_body
Beste {f:first},\n\nBedankt voor je bericht. Wil je je klantnummer en geboortedatum doorgeven? Dan kunnen we verder.\n\nMet vriendelijke groet,\n{f:agent}
Geachte heer/mevrouw,\n\nUw aanvraag is ontvangen onder nummer {n:ticket_number}. Wij reageren binnen {n:quantity}.\n\nKlantenservice
Hoi {f:first},\n\nWe hebben je inschrijving ontvangen. Je lidnummer is {s:customer_number}. Je eerste sessie met {f:trainer} staat op {n:date} om {n:time}.\n\nSportieve groet,\n{f:agent}
Beste {f:first},\n\nOnze excuses. Het bedrag van {n:amount} wordt binnen {n:quantity} teruggestort op de rekening eindigend op {n:masked_value}.\n\nGroet,\n{f:agent}
Hallo,\n\nVoor de declaratie hebben we nog nodig: polisnummer, factuur en je IBAN. Dossier: {n:ticket_number}\n\n{f:agent}
Beste familie,\n\nHierbij bevestigen wij de afspraak op {n:date} om {n:time}. Kenmerk {n:ticket_number}. Voor vragen: {n:company_phone}.\n\nMet warme groet,\n{f:agent}
== disclaimer
{f:storage} B.V. | KvK {n:company_registration} | BTW {n:company_registration} | {n:url}
Dit bericht is uitsluitend bestemd voor de geadresseerde. Klantenservice: {n:company_phone}. KvK-nummer {n:company_registration}.
Denk aan het milieu voordat u deze e-mail print.
Bezoek {n:url} voor onze veelgestelde vragen. Bereikbaar op {n:company_phone} (lokaal tarief).
== forward
---------- Doorgestuurd bericht ---------\nVan: {f:name} <{s:email}>\nDatum: {n:date}\nOnderwerp: inschrijving\nAan: {f:name} <{s:email}>
Begin doorgestuurd bericht:\n\nVan: {f:name} <{s:email}>\nOnderwerp: Fwd: factuur {n:invoice_number}\nDatum: {n:date} {n:time}
"""

NL_ECHO = r"""
== echo
Dank je {f:first}! Ik heb {e:x} genoteerd en doorgezet naar de juiste afdeling. Zaak {n:ticket_number}. ^{f:agent}
Hoi {f:first}, voor de zekerheid: klopt het dat het om {e:x} gaat? Dan pak ik het vandaag nog op. {f:agent}
Top, {e:x} staat nu in je dossier. Je hoort binnen {n:quantity} van ons. Groet, {f:agent}
Bedankt! Tip: deel gegevens als {e:x} liever niet openbaar. Ik heb het verwerkt onder {n:ticket_number}. ^{f:agent}
"""

NL_MISC = r"""
== misc
Ik heb de back-up van de foto's van de opvang gedownload maar de checksum klopt niet: {n:checksum}. Bij het eindmeterstand-formulier staat {n:meter_reading}, hulplijn {n:company_phone} neemt niet op
Mijn vlucht {n:flight_number} is vertraagd en het pakket met de halsband ({n:tracking_number}) ligt bij de buren. Storing-ID was {n:request_id}
Meterstand bij oplevering unit: {n:meter_reading} (foto erbij). Het zip-bestand heeft SHA-256 {n:checksum}, van {n:year}
Artikel {n:product_code} uit bestelling {n:order_number} mist, verzonden met {n:tracking_number}. Referentie {n:request_id}, ik vertrek morgen met {n:flight_number}
== agent_sig
\n\nMet vriendelijke groet,\n{f:agent} | Klantenservice\nT {n:company_phone}
\n— {f:agent}, webcare (bereikbaar via {n:company_phone})
\n\nGroet, {f:agent}\n{n:url} | {n:company_phone}
\n^{f:agent} | ma t/m vr 8-20 uur: {n:company_phone}
"""
