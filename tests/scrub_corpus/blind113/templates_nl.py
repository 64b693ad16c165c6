"""Dutch (NL) body templates, grouped by sector. Placeholders: {span}, {~negative}, {=filler}; @k = reuse."""

BODY = {
 "clean": [
  "Hoi, de schoonmaakster komt {~date} om {~time} maar ik ben er niet. De sleutel ligt in het sleutelkastje naast de deur, code is {pin}. Adres: {addr}",
  "goedemiddag, wil graag opzeggen per {~date}. klantnr {cust}, iban waarvan jullie afschrijven {iban}. Tel {phone}",
  "Jullie hebben {~amount} afgeschreven ipv {~amount} voor {~qty}?? Factuur {~invoice}. Mijn klantnummer: {cust}\nGraag terugbellen op {phone}",
  "Alarmcode voor de schoonmaker op {addr_short} is veranderd naar {pin}, oude code {pin} werkt niet meer. Graag doorgeven aan {=agent}!",
  "ik kan niet inloggen op de app om de schoonmaak te plannen.\ngebruikersnaam {user}\nwachtwoord {password}\nfoutmelding {~error}, app versie {~version}",
  "Kunnen jullie {~date} ook de kantoorruimte ({~qty}) meenemen? Wij zitten op {addr}. Contactpersoon ben ik, {phone} of {email}",
 ],
 "window": [
  "Glazenwasser is {~date} niet geweest terwijl het wel in de planning stond ({~order}). Adres {addr}, klantnr {cust}.",
  "Hallo! Kunnen jullie ook de dakramen doen? {~qty} in totaal. Poort achterom heeft code {pin}. Mvg {=fullname}, {addr_short}",
  "Ik heb een streep van {~qty} op mijn nieuwe raam 😡 wie betaalt dit. mijn nummer is {phone}, bel me aub voor {~time}",
  "Graag automatische incasso aanzetten: {iban} tnv {=fullname}. Abonnementsnummer {cust}",
  "Wil me aanmelden voor de glazenwasser elke {~qty}. Adres: {addr}, mail {email}, mobiel {phone}.",
 ],
 "roof": [
  "Lekkage boven de slaapkamer sinds de storm van {~date}!! Graag vandaag nog iemand. Adres {addr}, bel {phone}",
  "Offerte {~order} voor {~qty} dakpannen ontvangen, ga akkoord. Aanbetaling van {~pct} maak ik over van {iban}.",
  "De dakdekker mag de sleutel uit de kluis pakken, code {pin}. Hij moet wel via de achterkant, {addr_short}.",
  "Beste, de garantie loopt nog tot {~year}. Dakgoot lekt weer. Klantnummer {cust}, geboortedatum {dob} (dat vroeg de vorige medewerker).",
  "Uw collega zou {~date} tussen {~time} en {~time} komen, niemand gezien. Bel mij op {phone} of {phone}.",
 ],
 "claims": [
  "Schade gemeld via de app, schadenummer {~ticket}. Polisnummer {policy}, mijn BSN is {bsn} als jullie dat nodig hebben. Uitkering graag op {iban}",
  "Storm heeft dakkapel vernield. polis {policy}\nadres {addr}\ngeb datum {dob}\ntelnr {phone}",
  "Ik wacht al {~qty} op reactie op mijn claim {~ticket}!! Expert kwam {~date}, daarna niks meer. {phone}",
  "Kan niet inloggen op Mijn Zekerheid. Gebruikersnaam {user}, de sms-code {otp} wordt steeds afgewezen ({~error}).",
  "Mijn fiets is gestolen, aangifte gedaan. Polisnr {policy}. Rekeningnummer voor uitbetaling: {iban} t.n.v. {=fullname}. BSN {bsn}",
  "Is het eigen risico van {~amount} echt van toepassing? Polisnummer: {policy}. Mijn mail is {email}",
 ],
 "isp": [
  "Zakelijke lijn ligt er al sinds {~time} uit, {~error} op de {~model}. Contractnummer {contract}, vaste IP {ip}. Bel {phone}",
  "Wifi-wachtwoord van kantoor is {wifi} (netwerk {=ssid}) maar het werkt niet met de nieuwe router. Klantnr {cust}",
  "Jullie monteur vroeg om de admin login van de router: gebruiker {user} / ww {password}. Poort {~port} moet open voor de VoIP.",
  "Ik heb de API key voor jullie portal nodig, de oude {apikey} is ingetrokken. Contract {contract}, factuur {~invoice}",
  "We krijgen maar {~qty} ipv {~qty}. Firmware {~version}. Ticket {~ticket}. Ons IP: {ip}",
  "PUK code van de zakelijke sim is {puk}? Ik heb de pincode {pin} 3x fout ingevoerd. Abonnement {contract}",
 ],
 "rental": [
  "Ik heb een auto gehuurd, reservering {~order}, vlucht {~flight} is vertraagd. Kan ik ophalen na {~time}? Mobiel {phone}",
  "Er is {~amount} van mijn creditcard afgeschreven voor schade die er al was! Kaart {card}. Kilometerstand bij inleveren {~meter} km.",
  "Borg graag terugstorten op {iban}. Reserveringsnummer {~order}, kenteken {=plate}.",
  "Rijbewijs moet ik uploaden maar de link werkt niet ({~url}). Geboortedatum {dob}, lidnummer {member}",
  "Betaling faalt steeds: kaartnummer {card}, vervaldatum {expiry}, cvc {cvv}. Wat doe ik fout?",
 ],
 "muni": [
  "Ik heb een parkeervergunning aangevraagd (aanvraag {~ticket}) maar nog niks gehoord. BSN {bsn}, adres {addr}",
  "Mijn kenteken is veranderd naar {=plate}, kan dat op vergunning {permit}? Tel: {phone}",
  "DigiD werkt niet, sms-code {otp} komt te laat binnen. Ik wil alleen mijn bezoekersvergunning verlengen, nummer {permit}.",
  "Omgevingsvergunning voor dakkapel, zaaknummer {~ticket}. De leges van {~amount} zijn afgeschreven van {iban} maar het besluit staat nog open.",
  "Naheffing ontvangen terwijl ik een vergunning heb!! Vergunning {permit}, naheffingsaanslag {~invoice}. Geboren {dob}, woonadres {addr}",
 ],
}
