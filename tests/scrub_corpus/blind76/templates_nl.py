# Dutch (nl) and Belgian Dutch (nl-be) templates. $key tokens: see engine.py.

NL = {
"pub": [
"$n_mention al 3 weken wacht ik op mijn nieuwe laadpas (pasnummer $chargecard) en nog steeds niks. Track & trace $n_track blijft op 'aangemeld' staan $n_tag",
"Hee $n_mention, jullie monteur heeft mijn auto ($f_plate) met een flinke kras teruggegeven na de $f_insp van $n_date. Bel me aub terug op $phone want via de chat krijg ik niemand",
"$n_mention parkeerapp schrijft $n_amount af terwijl ik om $n_time al had uitgecheckt!! Account $parkacct. Dit is de 2e keer deze maand $n_tag $n_tag",
"Pech op de A12 bij $f_city en de $f_rescue komt maar niet. lidnummer $member, sta hier al $n_qty met 2 kids in de auto. $n_mention doe iets",
"kan iemand van $n_mention me helpen? ik heb mijn ww veranderd naar $pw maar de app blijft 'onjuiste inloggegevens' zeggen. versie $n_ver",
"Leasemaatschappij $n_mention reageert nergens op. Contractnr $lease, auto staat al sinds $n_date bij de dealer met $n_err. Wanneer krijg ik vervangend vervoer?",
"Laadpaal van $f_brand in $f_city geeft wéér foutcode $n_err. Sessie gestart $n_time, $n_qty geladen, $n_amount afgeschreven. Status pagina $n_url zegt dat alles werkt lol",
"$n_mention mijn mail is $email, ik heb het formulier al 4x ingevuld. Bouwjaar $n_year, km-stand $n_km, wat willen jullie nog meer weten?!",
"Bij mij precies hetzelfde. Factuur $n_invoice klopt niet, ze rekenen $n_pct btw over onderdelen die onder garantie vallen $n_tag",
"@$f_name heb je al gebeld naar $n_cphone? daar hielpen ze mij wel snel. succes!",
"Zo $n_mention, 45 min in de wacht op $n_cphone en toen hing de lijn op. Mijn klantnummer is $cust, ik wil gewoon weten wanneer de monteur komt",
"Dank $n_mention voor de snelle hulp vanochtend bij $f_city! Binnen $n_qty weer op weg. Top service $n_tag",
],
"dm": [
"Hoi, mijn klantnummer is $cust en kenteken $f_plate. Ik wil de $f_insp-afspraak van $n_date om $n_time graag verzetten. Mijn nieuwe 06 is $phone",
"ik krijg de code niet binnen.. oh wacht nu wel: $otp\nmoet ik die aan jullie doorgeven of zelf invullen?",
"Laadpas kwijt!! pasnr $chargecard. Graag blokkeren aub. En de borg mag terug op $iban t.n.v. $f_full",
"inloggen op het leaseportaal lukt niet\nuser: $user\nww: $pw\nkunnen jullie kijken wat er mis is? contract $lease",
"Thuislader doet het niet meer sinds de update naar $n_ver. Hij hangt op ip $ip, netwerk $f_ssid, wifi wachtwoord $wifi. Type is $n_model",
"De sleutel ligt in de sleutelkluis naast de garagedeur, code $pin. Auto staat op de oprit, $address. Wel even de poort dicht doen 🙏",
"Gegevens voor de deelauto registratie:\n$f_full\ngeb. $dob\nBSN $bsn\n$email\n$phone",
"Mijn creditcard is 2x belast voor de huurauto. Kaart $card, geldig tot $exp. Ik zie $n_amount twee keer op $n_date",
"Vlucht $n_flight landt om $n_time, reservering $n_order. Kunnen jullie me bellen op $phone#1 als de shuttle er staat? Nogmaals: $phone#1",
"Lidnummer is $member#1 (of $member#1 zonder spaties weet niet hoe jullie het willen). Klopt het dat pech in Frankrijk ook gedekt is? Polisnr $policy",
"Sorry verkeerde code gestuurd, de goede is $otp. De vorige ($otp) is verlopen denk ik",
"Mijn vader ($f_full) heeft geen whatsapp, zijn vaste nummer is $phone. Hij woont op $address, daar staat de auto ook. Geboren $dob als jullie dat nodig hebben",
"Ja klopt, laatste cijfers van mijn rekening zijn $n_mask. Volledig nummer: $iban",
"Oké, wachtwoord van het dealerportaal is tijdelijk $pw, ik verander het morgen weer. Gebruikersnaam $user. Fijn als jullie de onderhoudshistorie van chassisnummer $f_vin kunnen zetten",
],
"mail": [
"Op $n_date heb ik mijn $f_car (kenteken $f_plate, VIN $f_vin) bij u gebracht voor de grote beurt, werkorder $n_order. Bij het ophalen stond de teller op $n_km, terwijl ik hem met $n_km bracht. Daarnaast bedraagt factuur $n_invoice $n_amount terwijl mij $n_amount was geoffreerd.\n\nIk verzoek u het verschil terug te storten op $iban t.n.v. $f_full. Ik ben overdag bereikbaar op $phone.",
"Hierbij de gevraagde gegevens voor de overname van leasecontract $lease:\n\nNaam: $f_full\nAdres: $address\nGeboortedatum: $dob\nBSN: $bsn\nIBAN: $iban\nTelefoon: $phone\nE-mail: $email\n\nDe auto ($f_car, $f_plate) heeft op dit moment $n_km op de teller.",
"Voor ons wagenpark willen we de laadsessies koppelen aan ons fleetsysteem. De API key die we van jullie kregen ($apikey) geeft bij elke call $n_err terug. Request-id van de laatste poging: $n_req. We draaien de koppeling op poort $n_port. Onze accountnaam in het portaal is $user.\n\nKunnen jullie dit uitzoeken? Het gaat om $n_qty per maand aan sessies.",
"Ik heb een naheffingsaanslag ontvangen voor $n_date terwijl ik via jullie app geparkeerd stond (account $parkacct, transactie $n_order, gestart $n_time). Mijn kaart eindigend op $n_mask is ook gewoon belast voor $n_amount. Screenshot zit in de bijlage.\n\nWillen jullie een bevestiging sturen naar $email zodat ik bezwaar kan maken bij de gemeente?",
"Mijn $f_car uit $n_year heeft nog fabrieksgarantie tot $n_date. Sinds vorige week brandt het motorlampje; jullie werkplaats las foutcode $n_err uit en zegt dat onderdeel $n_prod vervangen moet worden voor $n_amount. Volgens mij valt dat gewoon onder de garantie.\n\nKlantnummer: $cust\nKenteken: $f_plate",
"Gisteravond om $n_time heeft iemand ingelogd op mijn account van de laadapp vanaf IP-adres $ip. Ik kreeg een sms met verificatiecode $otp die ik niet had aangevraagd. Mijn oude wachtwoord was $pw, ik heb het inmiddels gewijzigd in $pw. Mijn klantnummer is $cust.\n\nGraag alle sessies van na $n_date controleren.",
"Bevestiging installatie laadpaal:\n- datum: $n_date tussen $n_time en $n_time\n- adres: $address\n- EAN aansluiting: $ean\n- meterkast via de zijdeur, cijferslot $pin\n- wifi: $f_ssid / $wifi\n\nDe lader ($n_model) mag op $n_qty worden ingesteld.",
"Op $n_date kreeg ik pech op de A2. Dossiernummer van jullie centrale: $n_ticket. De sleepkosten ($n_amount) heb ik zelf voorgeschoten met mijn creditcard $card. Graag terugstorten op $iban. Mijn lidmaatschapsnummer is $member.",
"Toen ik de deelauto ($f_plate) opende via de app zag ik een deuk in de achterklep die niet in de schademelding stond. Reservering $n_order, abonnementsnummer $sub. Ik wil niet dat mijn borg van $n_amount wordt ingehouden. Foto's gemaakt om $n_time.",
"Zoals gevraagd plak ik hieronder wat er in de app staat bij 'ontwikkelaar':\n\nsession token: $token\napp: $n_ver\n\nIk hoop dat jullie hier iets mee kunnen, ik kan al $n_qty niet laden.",
"Graag wil ik de automatische incasso voor mijn leasecontract ($lease) wijzigen naar een nieuw rekeningnummer: $iban. Het oude nummer ($n_mask) mag vervallen per $n_date.\n\nTelefonisch ben ik bereikbaar op $phone of $phone.",
"De monteur kan de auto morgen ophalen op mijn werk: $address. Ik ben er vanaf $n_time. Mijn collega heeft de sleutel, zijn nummer is $phone. Vergeet niet de vervangende auto te tanken, vorige keer stond hij op $n_pct.",
],
"agent": [
"Hoi $f_name, vervelend om te horen! Wil je ons in een DM je klantnummer en kenteken sturen? Dan kijken we direct mee. ^$f_agent",
"Dank je $f_name. Ik zie je $f_insp-afspraak op $n_date om $n_time bij onze vestiging in $f_city. We bellen je op $phone zodra de auto klaar is. Groet, $f_agent",
"Hallo, we hebben de laadpas met nummer $chargecard geblokkeerd. Een nieuwe pas is onderweg, track & trace: $n_track. Let op: wij vragen nooit om je wachtwoord of verificatiecode. Gr. $f_agent",
"Je tijdelijke wachtwoord is: $pw\nLog in via $n_url en wijzig het direct. Lukt het niet? Bel $n_cphone (ma-vr 8.00-18.00 uur).",
"Ik heb $n_amount teruggestort op rekening $iban. Dit staat binnen 3 werkdagen bij je. Dossier $n_ticket is hiermee gesloten. Fijne dag! ^$f_agent",
"Beste {first_name}, bedankt voor je bericht over factuur $n_invoice. Ik heb het doorgezet naar de werkplaats; je hoort uiterlijk $n_date van ons. Met vriendelijke groet, $f_agent | $f_brand | $n_cphone",
"Goed nieuws: je nieuwe leaseauto staat klaar vanaf $n_date. Contractnummer $lease. De sleutels liggen in de kluis bij de ingang, code $pin (wordt na ophalen gewijzigd).",
"Hoi! We hebben je reactie verborgen omdat je IBAN erin stond. Stuur ons liever een DM 👉 $n_url ^$f_agent",
"Check, ik heb je nummer aangepast naar $phone en het mailadres naar $email. Klopt dat zo? Je klantnummer blijft $cust.",
"De storing met foutcode $n_err is bekend bij ons (ticket $n_ticket). Een update naar $n_ver staat gepland voor $n_date. Excuses voor het ongemak! /$f_agent",
],
}

NLBE = {
"pub": [
"$n_mention al 2 weken geen antwoord op mijn mail over de keuring. Klantennummer $cust. Is er daar iemand wakker? $n_tag",
"Ge moet het maar durven $n_mention: $n_amount voor een laadsessie van $n_qty in $f_city. Foutcode $n_err op het scherm en toch aangerekend",
"Staan hier met panne op de E40 richting $f_city, lidnummer $member, al $n_qty aan't wachten. Bel mij op $phone aub $n_mention",
"Amai $n_mention, weeral een boete terwijl de parkeerapp zegt dat ik betaald heb. Account $parkacct. $n_tag",
"Top service bij $f_brand vandaag, auto in $n_qty klaar voor de keuring! Merci $n_mention $n_tag",
"$n_mention mijne GSM is veranderd naar $phone, hoe pas ik dat aan in de app? Versie $n_ver vindt die optie niet",
"Waarom vraagt $n_mention mijn rijksregisternummer om een deelwagen te huren?? Heb het dan maar gegeven: $rrn. Normaal?",
"@$f_name ge kunt ook naar $n_cphone bellen, die zijn 24/7 bereikbaar",
],
"dm": [
"Goeiendag, mijn klantennummer is $cust. De wagen ($f_plate) moet binnen voor onderhoud, kan dat op $n_date in de voormiddag? Mijn GSM: $phone",
"Hier de code uit de sms: $otp. Ik geraak nog altijd niet binnen in de app",
"Laadkaart gestolen uit de auto, nummer $chargecard. Kunnen jullie die blokkeren? Rekeningnummer voor de terugbetaling: $iban",
"login: $user\nwachtwoord: $pw\nik heb het 3 keer geprobeerd en nu is mijn account geblokkeerd",
"De sleutel zit in de sleutelkastje aan de voordeur, code $pin. Adres: $address. Ik ben zelf op het werk tot $n_time",
"Mijn rijksregisternummer is $rrn en geboortedatum $dob. Het contract mag naar $email",
"Betaald met bancontact kaart $card, vervaldatum $exp, maar het bedrag van $n_amount is 2 keer afgehouden",
"Wifi voor de laadpaal thuis: netwerk $f_ssid, sleutel $wifi. Ip van de lader is $ip als ge da nodig hebt",
"Lidkaart Touring? nr $member#1 ... ik herhaal: $member#1. En de polis van de autoverzekering is $policy",
"Hallo, wij hebben een deelwagen abonnement $sub maar de borg van $n_amount staat nog altijd niet terug op $iban",
],
"mail": [
"Op $n_date heb ik mijn $f_car (nummerplaat $f_plate, chassisnummer $f_vin) binnengebracht voor de jaarlijkse onderhoudsbeurt (werkbon $n_order). Bij het afhalen stond er een bedrag van $n_amount op factuur $n_invoice, terwijl de offerte $n_amount vermeldde.\n\nGelieve het verschil terug te storten op $iban. Ik ben bereikbaar op mijn GSM $phone.",
"In bijlage de gegevens voor het nieuwe leasecontract $lease:\n\nNaam: $f_full\nAdres: $address\nGeboortedatum: $dob\nRijksregisternummer: $rrn\nRekeningnummer: $iban\nGSM: $phone\nE-mail: $email",
"Ik kreeg een retributie voor parkeren op $n_date om $n_time in $f_city, terwijl mijn sessie via de app liep (account $parkacct, transactie $n_order). Mijn kaart eindigend op $n_mask werd wel degelijk gedebiteerd voor $n_amount. Kunnen jullie een attest sturen naar $email?",
"De installateur komt op $n_date. Adres: $address. EAN-code: $ean. De poort gaat open met code $pin. Wifi voor de laadpaal: $f_ssid, paswoord $wifi.\n\nGraag een bevestiging.",
"Vorige week had ik panne op de E17 (dossier $n_ticket). De takelkosten van $n_amount heb ik zelf betaald met mijn kredietkaart $card. Graag terugbetaling op $iban. Mijn lidnummer: $member.",
"Er is vannacht om $n_time ingelogd op mijn account vanaf ip $ip. Ik kreeg een verificatiecode ($otp) die ik niet zelf gevraagd heb. Ik heb mijn paswoord veranderd van $pw naar $pw. Klantennummer $cust.",
"Voor de garantieclaim op mijn $f_car (bouwjaar $n_year, $n_km): de garage las foutcode $n_err uit en bestelde onderdeel $n_prod. Volgens de fabrieksgarantie moet dat kosteloos zijn. Mijn klantennummer is $cust.",
"Onze API-sleutel voor het fleetplatform ($apikey) werkt niet meer sinds versie $n_ver. Request-id: $n_req. Gebruiker: $user.",
],
"agent": [
"Dag $f_name, spijtig om te horen! Stuur ons gerust een privébericht met uw klantennummer en nummerplaat, dan bekijken we het meteen. ^$f_agent",
"Dank u $f_name. Uw afspraak staat genoteerd op $n_date om $n_time in $f_city. We bellen u op $phone als de wagen klaar is. Groetjes, $f_agent",
"We hebben laadkaart $chargecard geblokkeerd. De nieuwe kaart is onderweg (zending $n_track). Wij vragen nooit naar uw paswoord of code! $f_agent",
"Uw tijdelijk paswoord: $pw\nGelieve dit na het inloggen via $n_url meteen te wijzigen. Vragen? Bel $n_cphone.",
"Het bedrag van $n_amount werd teruggestort op $iban. Dossier $n_ticket is afgesloten. Nog een fijne dag! ^$f_agent",
"Goeiemiddag, de storing ($n_err) is gekend en wordt opgelost met update $n_ver. Excuses voor het ongemak. $f_agent | $f_brand | $n_creg",
"Uw GSM-nummer werd aangepast naar $phone en uw e-mailadres naar $email. Klantennummer $cust blijft ongewijzigd.",
"Hallo {first_name}, we hebben uw bericht verborgen omdat er persoonlijke gegevens in stonden. Stuur ons een DM via $n_url 🙂",
],
}

FRAMES = {
"nl": {
    "greet": ["Geachte heer/mevrouw,", "Beste klantenservice,", "Hallo,", "Goedemiddag,", "Hoi team,", "Beste $f_agent,", "Geachte medewerker,", "Goedemorgen,"],
    "close": ["Met vriendelijke groet,", "Mvg,", "Groet,", "Alvast bedankt!", "Met vriendelijke groeten,", "Gr.", "Bvd,", "Hartelijke groet,"],
    "csig": ["$f_full", "$f_full\n$phone", "$f_name\n\nVerstuurd vanaf mijn iPhone", "$f_full\n$address\nTel: $phone", "$f_name $f_last\nM: $phone\nE: $email",
             "-- \n$f_full | klantnr. $cust", "$f_name\nVerzonden vanaf Outlook voor Android", "$f_full\n$email"],
    "asig": ["$f_agent\nKlantenservice $f_brand\nT $n_cphone | $n_url\n$n_creg", "Met vriendelijke groet,\n$f_agent | Team Webcare\n$f_brand - $n_cphone",
             "$f_agent\nAfdeling Werkplaats\n$n_cphone\n$n_creg", "Groeten, $f_agent\n$f_brand Klantcontact | $n_url"],
    "qhead": ["Op $n_date om $n_time schreef $f_brand <noreply>:", "-----Oorspronkelijk bericht-----\nVan: $f_brand Klantenservice\nVerzonden: $n_date $n_time\nOnderwerp: Re: uw vraag (ticket $n_ticket)",
              "Op $n_date heeft $f_agent van $f_brand het volgende geschreven:", "---------- Doorgestuurd bericht ---------\nVan: $f_brand\nDatum: $n_date\nOnderwerp: Bevestiging afspraak"],
    "disc": ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.", "Denk aan het milieu voordat u deze e-mail print.",
             "Aan deze e-mail kunnen geen rechten worden ontleend.", "De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde."],
    "subj": ["Onderwerp: Klacht werkplaats", "Onderwerp: Re: uw laadpas", "Onderwerp: Gegevens leasecontract", "Onderwerp: Bezwaar parkeren",
             "Onderwerp: Fw: garantie", "Onderwerp: Storing thuislader", "Onderwerp: pech onderweg", "Onderwerp: vraag"],
},
"nl-be": {
    "greet": ["Geachte,", "Beste,", "Goeiedag,", "Dag $f_agent,", "Hallo,", "Geachte mevrouw, mijnheer,", "Beste klantendienst,", "Goeiemorgen,"],
    "close": ["Met vriendelijke groeten,", "Mvg", "Groetjes,", "Alvast bedankt,", "Vriendelijke groeten,", "Dank bij voorbaat,", "Groeten,", "Met de meeste hoogachting,"],
    "csig": ["$f_full", "$f_full\nGSM $phone", "$f_name\n\nVerzonden vanaf mijn Samsung", "$f_full\n$address", "$f_name $f_last\n$phone\n$email", "$f_full - klantnr $cust"],
    "asig": ["$f_agent\nKlantendienst $f_brand\n$n_cphone | $n_url\n$n_creg", "Vriendelijke groeten,\n$f_agent - Team Social\n$f_brand $n_cphone",
             "$f_agent | $f_brand\n$n_creg", "Groeten,\n$f_agent\n$n_url"],
    "qhead": ["Op $n_date om $n_time schreef $f_brand:", "-----Oorspronkelijk bericht-----\nVan: Klantendienst $f_brand\nVerzonden: $n_date\nOnderwerp: RE: dossier $n_ticket",
              "Op $n_date heeft $f_agent het volgende geschreven:", "---------- Doorgestuurd bericht ---------\nVan: $f_brand\nDatum: $n_date"],
    "disc": ["Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.", "Denk aan het milieu voor u deze mail afdrukt.",
             "Disclaimer: aan deze e-mail kunnen geen rechten ontleend worden.", "Gelieve deze mail te verwijderen indien u niet de bestemmeling bent."],
    "subj": ["Onderwerp: Klacht onderhoud", "Onderwerp: leasecontract", "Onderwerp: RE: laadkaart", "Onderwerp: retributie", "Onderwerp: panne", "Onderwerp: Garantie"],
},
}


# ---- additional templates (appended; indices continue the alternate deal)
NL['pub'].extend([
    "$n_mention jullie sms zegt 'je code is $otp' maar die werkt niet, al 3x geprobeerd $n_tag",
    '$n_mention de installateur vraagt in de comments om mijn wifi wachtwoord?? het is $wifi, tevreden nu',
])
NL['dm'].extend([
    'ww vergeten voor de parkeerapp, gebruikersnaam is $user. reset code gekregen: $otp. nieuw wachtwoord wordt $pw',
    'De carkit-sim vraagt om PUK na 3x foute pincode. PUK van de kaart: $puk. Nummer van die sim: $phone',
    'Hier de koppeltoken uit de laadpaal-app: $token\nIP van de lader thuis: $ip',
    'Creditcard voor de borg: $card, vervaldatum $exp, CVC $cvv',
    'Registratie deelauto: $f_full, $address, geboortedatum $dob, BSN $bsn. Pincode van de app zet ik op $pin',
])
NL['mail'].extend([
    'Inloggegevens van het dealerportaal werken niet sinds de migratie:\n\nGebruikersnaam: $user\nWachtwoord: $pw\nAPI-token DMS-koppeling: $token\n\nBij inloggen krijg ik $n_err (request $n_req). Kunnen jullie de koppeling herstellen? Het gaat om vestiging $f_city.',
    "De huurauto van $n_date heb ik betaald met mijn creditcard $card (geldig t/m $exp, CVC $cvv). Nu wordt er nog eens $n_amount afgeschreven voor 'schade' die er al was bij ophalen (reservering $n_order).",
    'Sinds gisteren doet mijn thuislader niets meer. IP: $ip (poort $n_port), firmware $n_ver, checksum van de update $n_sum. De app vroeg om een code, dat was $otp. Mijn geboortedatum ($dob) en adres ($address) staan al in het portaal.',
])
NL['agent'].extend([
    'Hoi $f_name, je gebruikersnaam is $user. Via $n_url vraag je een nieuw wachtwoord aan; de sms-code ($otp) is $n_qty geldig.',
    'We hebben je CVC ($cvv) uit het gesprek verwijderd, deel die nooit. De kaart eindigend op $n_mask is geblokkeerd. ^$f_agent',
])
NLBE['pub'].extend([
    '$n_mention code $otp werkt niet, al 3 keer geprobeerd $n_tag',
])
NLBE['dm'].extend([
    'Paswoord vergeten van de parkeerapp. Login $user, nieuwe code ontvangen: $otp. Nieuw paswoord gezet op $pw',
    'Kredietkaart voor de waarborg: $card, geldig tot $exp, CVC $cvv',
    'De token van de laadpaal-app is $token en het ip-adres $ip. Mijn rijksregisternummer $rrn, geboren $dob',
    'sim in de wagen vraagt PUK: $puk. Nummer van die sim is $phone',
])
NLBE['mail'].extend([
    'Inloggegevens dealerportaal: gebruikersnaam $user, paswoord $pw. API-sleutel: $apikey. Sinds $n_date krijg ik $n_err bij elke poging.',
    'De huurwagen werd betaald met mijn kaart $card (exp $exp, CVC $cvv), bedrag $n_amount. Nu werd er nog eens $n_amount aangerekend.',
    'Adres voor de ophaling van de wagen: $address. Wifi-sleutel voor de laadpaal: $wifi. Code uit de sms: $otp.',
])
NLBE['agent'].extend([
    'Uw gebruikersnaam is $user. Met de sms-code $otp kunt u een nieuw paswoord instellen via $n_url.',
    'We verwijderden uw CVC ($cvv) uit het gesprek. Deel die nooit. ^$f_agent',
])
NL['dm'].extend([
    'Bearer token uit de foutmelding van de app (screenshot kan ik niet sturen): $token\nfoutcode $n_err, app $n_ver',
    'Na de reparatie van het dashboard vraagt de ingebouwde sim om een PUK-code. Is het deze? $puk (stond op het plastic kaartje in het handschoenenkastje)',
])
NLBE['dm'].extend([
    'De app toont "sessie verlopen", met deze token erbij: $token. Wat moet ik doen?',
    'PUK-code van de sim in mijn wagen is $puk, pincode $pin werkt niet meer na de update',
])
NL['agent'].extend([
    'Hoi $f_name, je deelde hierboven je volledige kaartnummer ($card, geldig tot $exp, CVC $cvv). We hebben je bericht verborgen; laat de kaart voor de zekerheid blokkeren. ^$f_agent',
])
NLBE['agent'].extend([
    'Dag $f_name, de terugbetaling gebeurt op kaart $card (vervaldatum $exp). Reken op 5 werkdagen. $f_agent',
])
