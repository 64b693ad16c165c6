"""Belgian Dutch (Flemish) templates."""
DM = [
    "any|Dag, mijn gsm-nummer is veranderd naar {phone}. Kunnen jullie dat aanpassen? Klantennummer {cust}",
    "physio|Goeiemiddag, ik moet mijn rijksregisternummer doorgeven voor de terugbetaling van de kine, dat is {rrn}",
    "parking|Allee, al 2 keer een sms-code gevraagd: eerst {otp} en dan {otp.2}, geen van de twee werkt",
    "petshop|Kunt ge het geld terugstorten op mijn rekening {iban}? Het gaat over bestelling {!order}",
    "ferry|Ik heb de boot van {!time} gemist door jullie vertraging aan de kust. Mijn gsm: {phone}",
    "cleaning|Poetsvrouw moet binnen kunnen morgen, code van de sleutelkluis is {pin}. Adres {address}",
    "laundry|de droogkuis is mijn hemden kwijt!! ticket {!ticket}, mijn mail {email}",
    "festival|Inloggen lukt niet, gebruiker {user}, paswoord {password}. Ik heb versie {!ver} van de app",
    "any|Mijn bankkaart is vervangen, nieuw nummer {card} vervalt {exp} (CVC {cvv})",
    "cleaning|Voor de dienstencheques: mijn rijksregisternr. is {rrn}, geboren op {dob}",
    "parking|Het parkeerticket werd 2 keer gedebiteerd ({!amount}). Klant {cust}. Graag terugbetalen",
    "petshop|Hondenvoer niet geleverd, bestelnummer {!order}. Adres: {address}. Bel mij op {phone} aub",
    "cleaning|Wifi-code voor de technieker: {wifi} (netwerk telenet-4F21A)",
    "dentist|ik kan niet komen op {!date} bij de tandarts, kan ik verzetten? mijn gsm {phone}",
    "train|Mijn treinabonnement (nr {cust}) werkt niet meer in de app sinds {!date}. Foutmelding {!err}",
    "carshare|De deelwagen stond er niet! Reservatie {!order} om {!time}. Lidnummer {cust}, gsm {phone}",
    "coach|de code om mijn busticket te bevestigen is {otpw}",
    "petshop|De aquariumpomp {!model} die ik in {!year} kocht is kapot, valt dat onder garantie? klantenkaart {cust}",
    "any|Wa is da nu? Ge vraagt mijn paswoord? Het is {password} maar ik ga het direct veranderen eh",
]
PUB = [
    "{!mention} alweer geen trein naar {~city} om {!time}. Serieus. {!hashtag}",
    "{!mention} ik wacht al sinds {!date} op mijn terugbetaling van {!amount}. Dossier {!ticket}",
    "{!mention} stuur mij maar een mailtje op {email}, hier antwoordt toch niemand",
    "Super vriendelijke kinesist bij {~brand}! Aanrader {!hashtag}",
    "{!mention} mijn gsm is {phone}, bel mij gewoon terug aub, al 3 dagen aan het wachten",
    "{!mention} festivalticket nog altijd niet ontvangen, bestelling {!order} {!hashtag}",
    "{!mention} boot {!time} afgelast en niemand die iets laat weten. {!url}",
    "{!mention} {!pct} prijsstijging op mijn parkeerabonnement?? {!hashtag}",
]
MAIL = [
    "physio|In bijlage het voorschrift van de dokter. Mijn gegevens voor het ziekenfonds:\n\nRijksregisternummer: {rrn}\nAansluitingsnummer ziekenfonds: {cust}\nAdres: {address}\nGsm: {phone}\n\nKan ik starten op {!date}? Liefst na {!time}, ik werk tot 17u.",
    "train|Op {!date} had mijn trein van {!time} meer dan een uur vertraging, waardoor ik mijn vlucht {!flight} gemist heb. Ik vraag een compensatie.\n\nAbonnement nr. {cust}\nRekeningnummer: {iban}\nMijn referentie bij jullie: {!ticket}\n\nAlvast bedankt om dit op te volgen.",
    "cleaning|Vanaf maandag komt er een nieuwe huishoudhulp via jullie. Enkele praktische zaken:\n\nCode van de garage: {pin}\nAlarm: {pin.2}\nWifi: {wifi}\nMijn gsm voor noodgevallen: {phone}\n\nDe kat mag niet buiten, graag de achterdeur dicht houden.",
    "festival|Ik heb mijn tickets doorgegeven aan een vriend maar hij heeft ze nooit ontvangen. Zijn e-mail: {email}, de mijne: {email.2}. Het gaat om bestelling {!order} van {!amount}.\n\nKunnen jullie ze opnieuw versturen?",
    "parking|Wij gebruiken jullie API voor het parkeren van onze bedrijfswagens ({!creg}). Sinds gisteren krijgen we fout {!err}.\n\nAPI-sleutel: {api}\nRequest: {!reqid}\n\nGraag dringend nakijken, onze medewerkers krijgen boetes.",
    "carshare|Ik heb een boete gekregen van {!amount} voor een rit op {!date} terwijl ik de wagen toen niet gebruikt heb. Lidnummer {cust}, login {user}.\n\nIk vermoed dat iemand anders in mijn account zit. Mijn wachtwoord was {password}, nu veranderd naar {password.2}.",
    "laundry|Mijn strijkwerk (bon {!order}) is met brandvlekken teruggekomen. Ik wil een schadevergoeding.\n\nAdres: {address}\nGsm: {phone}\nRekening: {iban}\n\nFoto's in bijlage.",
    "dentist|Graag had ik een afspraak gemaakt voor mijn dochter. Haar gegevens:\nGeboortedatum: {dob}\nRijksregisternummer: {rrn}\nOnze gegevens: {address}, {phone}\n\nZe heeft pijn aan een kies sinds {!date}.",
]
AGENT = [
    "Dag {~first}, bedankt voor uw bericht. Mogen wij uw klantennummer en geboortedatum via privébericht ontvangen? Mvg, {~agent}",
    "Hallo, we hebben de terugbetaling van {!amount} uitgevoerd naar {iban}. Dossiernummer {!ticket}.",
    "Beste, uw gsm-nummer {phone} werd aangepast. Bij vragen kan u ons bereiken op {!cphone}.",
    "Dag {~first}, uw afspraak bij de kine is verplaatst naar {!date} om {!time}. Groetjes {~agent}",
    "Opgelet: deel nooit uw paswoord. We hebben uw account {cust} uit voorzorg geblokkeerd.",
    "Uw nieuwe tijdelijke code is {otp}, ze blijft 10 minuten geldig. Mvg {~agent}",
    "Bedankt! We sturen een koerier naar {address} op {!date}. Track & trace: {!track}",
    "Dag {~first}, klopt het dat uw e-mailadres {email} is? Dan sturen we de tickets opnieuw.",
]
GREET = ["Beste,", "Dag,", "Goeiedag,", "Beste mevrouw, meneer,", "Hallo,", "Dag {~agent},"]
CLOSE = ["Met vriendelijke groeten,", "Mvg", "Groetjes,", "Vriendelijke groet,", "Bedankt alvast,"]
SIG = ["{~name}\nGsm {phone}", "{~name}\n{address}\n{phone}", "{~first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone", "{~name} - {email}"]
ASIG = ["{~agent}\nKlantendienst {~brand}\n{!cphone} - {!url}\n{!creg}", "Vriendelijke groeten,\n{~agent}\n{~brand} | {!cphone}"]
QHDR = ["Op {!date} om {!time} schreef {~brand} Klantendienst:", "Van: {~brand}\nVerzonden: {!date} {!time}\nOnderwerp: RE: dossier {!ticket}"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: {~name} <{email}>\nDatum: {!date}\nOnderwerp: Fwd: terugbetaling",
       "Begin doorgestuurd bericht:\nVan: {~name} <{email}>\nOnderwerp: reservatie {!order}"]
DISC = ["Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. {!creg}", "Gelieve het milieu te sparen en deze mail niet af te drukken."]
OPEN = ["Dag", "Hallo", "Goeiemorgen", "Hey", "Goeiendag"]
EXTRA = [
    "Ik heb al eens gebeld op {!date} maar daar kon niemand mij verder helpen. Het contactformulier gaf een fout ({!err}).",
    "Eerlijk, ik ben al jaren klant maar dit is nu al de derde keer dat er iets misloopt. Ik hoop dat jullie dit deftig oplossen.",
    "Ter info: ik heb de app (versie {!ver}) al opnieuw geïnstalleerd en mijn gsm herstart, zonder resultaat.",
    "Vorige keer (dossier {!ticket}) duurde het ook weken. Ik reken op een snellere opvolging deze keer.",
]
DM += [
    "festival|Betaling lukt niet! Kaart {card}, vervaldag {exp}, code achteraan {cvv}",
    "coach|Kaartnummer {card} geldig tot {exp}, CVC {cvv}. Kunnen jullie de reservatie zo afwerken?",
    "parking|gebruikersnaam: {user} / paswoord: {password}. Ik geraak er niet meer in",
    "carshare|Mijn login is {user}, ik heb al 2 keer een nieuw paswoord aangevraagd ({password} was het laatste)",
    "any|Sim geblokkeerd, PUK {puk} ingegeven maar nu vraagt de app terug een sms-code",
    "petshop|Pakje {!track} nog altijd niet toegekomen. Artikel {!prod}. gsm {phone}",
]
MAIL += [
    "parking|De koppeling met jullie platform faalt ({!err}).\n\nAPI-sleutel: {api}\nToken: {token}\nOns IP: {ip}, poort {!port}\n\nGraag snel een antwoord, klantnummer {cust}.",
    "carshare|Mijn gegevens voor het nieuwe lidmaatschap:\nGeboortedatum: {dob}\nRijksregisternummer: {rrn}\nGebruikersnaam: {user}\nKaart: {card} (geldig tot {exp}, CVC {cvv})",
]
