# Dutch (nl) and Flemish (nl-be) phrasings. Each list is dealt alternately to dev / heldout.

NL_CHAT = [
    "hoi, ik sta voor de slagboom van {brand} maar de code [[pin:door]] werkt niet?? boeking [[!order_number]]",
    "Goedemiddag, ik kan niet inloggen in de app. Gebruikersnaam is [[username]] en wachtwoord [[password]]. Foutmelding [[!error_code]]",
    "de sms code is [[otp]] maar hij zegt verlopen. bestelling [[!order_number]] staat nog open",
    "Mijn lidnummer is [[customer_number]], ik wil mijn abonnement opzeggen per [[!date]]",
    "heb de borg betaald met kaart [[card]] exp [[card_expiry]] cvc [[cvv]] maar zie het niet terug",
    "kluisje 112 in de kleedkamer, ik heb code [[pin]] ingesteld en nu gaat ie niet meer open 😩",
    "Wifi in het chalet doet het niet. Netwerk {ssid}, wachtwoord op het kaartje is [[wifi_key]] maar hij accepteert het niet",
    "Kunnen jullie het geld terugstorten op [[iban]] t.n.v. {name}? Het ging om [[!amount]] voor [[!quantity:nights]]",
    "alarmcode van het vakantiehuis is toch [[pin]]? de sleutelkluis deed wel [[pin:door]]",
    "Ik kreeg een verificatiecode [[otp]] terwijl ik niks aangevraagd had. Is mijn account [[username]] gehackt?",
    "nieuw wachtwoord: [[password]]\noud was [[password]]\nkan nog steeds niet inloggen op versie [[!version_string]]",
    "Mijn BSN is [[bsn]], dat vroeg de receptie voor de inschrijving van de camping. Klopt dat wel?",
    "geboortedatum [[date_of_birth]], postcode staat in mijn account. lidmaatschap [[customer_number]]",
    "ik woon op [[address]], de fietsen zouden daar om [[!time]] bezorgd worden maar er is niemand geweest",
    "[[otp]] is de code die ik net kreeg. bestelling [[!order_number]] van [[!amount]]",
    "sorry de pincode is [[pin]] niet [[pin]], had me vertikt",
    "mn telefoonnummer is veranderd naar [[phone]], oude mail [[email]] mag eruit",
    "Hallo, ik heb twee tickets gekocht ([[!ticket_number]]) maar de QR code laadt niet. Inlog [[email]] / [[password]]",
    "heb je mijn ip nodig? [[ip_address]] volgens whatismyip. app versie [[!version_string]]",
    "De deurcode van appartement 4 is volgens de mail [[pin:door]] maar het paneel geeft [[!error_code]]",
    "Beste, kunnen jullie mijn account [[username]] verwijderen? Ik ben klaar met daten 🙃",
    "Ik betaalde met creditcard [[card]] (vervalt [[card_expiry]]) en werd 2x afgeschreven, [[!amount]] per keer",
    "de puk van mijn simkaart? ik heb [[puk]] gevonden op het plastic kaartje maar heb nu 10x fout",
    "Mijn e-mail is [[email]], daar moet de voucher [[!product_code]] naartoe",
    "code vergeten van de fietskluis 🤦 volgens mij [[pin]] of [[pin]]",
    "Kun je mij bellen op [[phone]]? Gaat over reservering [[!order_number]] voor [[!date]]",
    "inloggen lukt niet, gebruikersnaam [[username]]\nwachtwoord [[password]]",
    "ww is [[password]] maar de gym-app zegt [[!error_code]]",
    "Voor de koppeling met jullie boekingssysteem gebruik ik api key [[api_key]], krijg sinds [[!date]] steeds een [[!error_code]]",
    "ze vragen bij de automaat om een pin, ik heb [[pin]] geprobeerd maar dat is de pin van mijn bankpas",
    "Ik heb mijn ledenpas verloren, nummer [[customer_number]]. Kan ik een nieuwe aanvragen? Kost dat [[!amount]]?",
    "hier de verificatie: [[otp]]\nen mijn klantnr [[customer_number]]",
    "BETAALD MET [[card]] EN NOG STEEDS GEEN BEVESTIGING!!! order [[!order_number]]",
    "Het wifi wachtwoord [[wifi_key]] staat gewoon op de folder in de receptie, is dat de bedoeling?",
    "token voor de partner-api: [[token]]\nverloopt die automatisch?",
    "wij zijn met [[!quantity]] en de code voor de bungalow [[pin:door]] werkt alleen bij de voordeur",
]

NL_PUBLIC = [
    "[[!mention]] al 3 dagen geen reactie op mijn mail over boeking [[!order_number]] [[!hashtag]]",
    "Wat een service van [[!mention]] 😡 [[!amount]] borg en niks terug [[!hashtag]]",
    "[[!mention]] jullie app [[!version_string]] crasht bij het inloggen, iemand anders ook?",
    "lol [[!mention]] stuurt me een code [[otp]] terwijl ik niet eens een account heb??",
    "Top weekend gehad bij [[!mention]]! [[!percentage]] korting met [[!product_code]] 👌",
    "[[!mention]] bel mij maar op [[phone]] want jullie [[!company_phone]] neemt niet op",
    "Storing bij [[!mention]]? Krijg steeds [[!error_code]] bij betalen [[!hashtag]]",
    "[[!mention]] mijn lidnummer [[customer_number]], waarom is mijn pas geblokkeerd?",
]

NL_AGENT = [
    "Hoi {first}, vervelend dat de deurcode niet werkt. Voor de veiligheid sturen we codes nooit via DM. Bel ons op [[!company_phone]] (ma-vr 9-17), vermeld boeking [[!order_number]]. Gr. {agent}",
    "Dank je wel! Ik zie je betaling van [[!amount]] met kaart [[!masked_value]]. Die is verwerkt op [[!date]]. Groet, {agent}",
    "Hoi! Je nieuwe tijdelijke wachtwoord is [[password]]. Wijzig dit na het inloggen. ^{agent}",
    "Hallo {first}, ik heb je lidmaatschap [[customer_number]] gepauzeerd tot [[!date]]. Je ontvangt een bevestiging op [[email]]. Fijne dag! {agent}",
    "Hoi, deel nooit je verificatiecode met iemand, ook niet met ons. Heb je de code al ingevoerd? Zo niet, vraag een nieuwe aan via [[!url]]. Ticket [[!ticket_number]]",
    "Goedemorgen {first}, de sleutelkluis bij het chalet heeft code [[pin:door]]. Check-in vanaf [[!time]]. Veel plezier! {agent}",
    "Hi {first}, we storten [[!amount]] terug op rekening [[!masked_value]] binnen 5 werkdagen. Factuur [[!invoice_number]] vervalt daarmee. Groetjes {agent}",
    "Bedankt voor je geduld. Gebruik kortingscode [[!product_code]] voor [[!percentage]] korting bij je volgende boeking. Bereikbaar via [[!company_phone]]. {agent}",
    "Hoi {first}, wil je de code {{code}} niet delen? Stuur ons alleen je boekingsnummer (bijv. [[!order_number]]) en de laatste 4 cijfers van je kaart. ^{agent}",
]

NL_EMAIL = [
    "Ik heb op [[!date]] via jullie website een midweek geboekt (boekingsnummer [[!order_number]]) en de aanbetaling van [[!amount]] voldaan met mijn creditcard [[card]], geldig tot [[card_expiry]]. Nu zie ik dat het bedrag twee keer is afgeschreven. Graag het teveel betaalde terugstorten op [[iban]] ten name van {name}.",
    "Sinds de update naar versie [[!version_string]] kan ik niet meer inloggen in de app. Mijn gebruikersnaam is [[username]]. Ik heb het wachtwoord al gereset, het nieuwe wachtwoord is [[password]], maar ik krijg nog steeds foutcode [[!error_code]].\nMijn lidnummer is [[customer_number]], misschien helpt dat.",
    "Bij aankomst in het park bleek de toegangscode [[pin:door]] niet te werken. De receptie was gesloten (het was al [[!time]]) en het noodnummer [[!company_phone]] gaf een bandje. We hebben met z'n [[!quantity:bare]]-en in de auto moeten wachten. Ik verwacht een redelijke compensatie.",
    "Voor de huurauto moest ik een borg betalen. Dat heb ik gedaan met kaart [[card]], vervaldatum [[card_expiry]], CVC [[cvv]]. Nu staat er al drie weken [[!amount]] gereserveerd terwijl de auto op [[!date]] netjes is ingeleverd (kilometerstand [[!meter_reading]]).",
    "Graag wijzig ik mijn gegevens:\nNieuw adres: [[address]]\nTelefoon: [[phone]]\nE-mail: [[email]]\nGeboortedatum: [[date_of_birth]]\nLidnummer: [[customer_number]]",
    "Ik ontving vanmorgen een sms met de code [[otp]] en daarna een mail dat mijn wachtwoord was gewijzigd. Ik heb dat zelf niet gedaan! Mijn account is [[email]]. Kunnen jullie het blokkeren? Mijn BSN is [[bsn]] als jullie dat nodig hebben voor verificatie.",
    "Voor de zekerheid stuur ik de codes nog een keer:\n- hek: [[pin:door]]\n- alarm: [[pin]]\n- wifi ({ssid}): [[wifi_key]]\nDe schoonmaker komt op [[!date]] om [[!time]].",
    "Ons restaurant is partner bij jullie bezorgplatform. De API-sleutel [[api_key]] is volgens mij gelekt via een oud script, kunnen jullie die intrekken en een nieuwe aanmaken? Request-id van de laatste fout: [[!request_id]].",
]

NL_CLEAN = [
    "Hoe laat gaat de receptie open op [[!date]]? We komen met [[!quantity]]",
    "Is er nog plek voor [[!quantity]] in het weekend van [[!date]]?",
    "Bedankt voor de snelle hulp, boeking [[!order_number]] staat nu goed 👍",
    "waar vind ik mijn factuur [[!invoice_number]]? in de app zie ik alleen [[!amount]]",
    "Pakket met de huurkleding komt niet aan, track & trace [[!tracking_number]]",
    "Mag de hond mee naar het chalet? Type [[!model_number]] stond in de folder",
]

NL_BARE = [
    "[[otp]]",
    "[[pin]] 👍",
    "ok: [[customer_number]]",
    "[[email]]",
    "die is [[password]]",
    "[[iban]]",
]

NB_CHAT = [
    "allee, de code van de poort is [[pin:door]] en die marcheert nie. boeking [[!order_number]]",
    "Dag, ik geraak niet meer in mijn account. Gebruikersnaam [[username]], paswoord [[password]]. Kunt ge da nakijken?",
    "ge moogt het terugstorten op [[iban]], da's de rekening van mijn vrouw {other}",
    "rijksregisternummer [[bsn]] – moest da echt voor de inschrijving bij de fitness?",
    "kreeg de code [[otp]] binnen maar ik sta nu al met [[!quantity]] aan de kassa te wachten 😤",
    "mijn lidkaart nummer [[customer_number]], de draaideur geeft [[!error_code]]",
    "het wifi paswoord van de vakantiewoning is [[wifi_key]] toch? ge hebt het aan de verkeerde gast gestuurd denk ik",
    "hé, mijn gsm is nu [[phone]], de oude mag weg. mail blijft [[email]]",
    "ik heb betaald met mijn Bancontact, pincode [[pin]] ingegeven en dan [[!error_code]]. Bedrag [[!amount]]",
    "Goeiendag, adres voor de levering van de fietsen: [[address]]. Om [[!time]] past best",
    "kaart [[card]] vervalt [[card_expiry]], cvc [[cvv]], voor de waarborg van de huurwagen",
    "nieuw paswoord [[password]] werkt ook nie, app versie [[!version_string]]",
    "de puk code is [[puk]] volgens het kaartje, mag ik die zomaar ingeven?",
    "sorry verkeerde, de code is [[otp]]",
]

NB_PUBLIC = [
    "[[!mention]] al twee weken wachten op mijn waarborg van [[!amount]] 🙄 [[!hashtag]]",
    "[[!mention]] de app geeft [[!error_code]] bij elke login, versie [[!version_string]]",
    "[[!mention]] bel mij aub terug op [[phone]], ticket [[!ticket_number]]",
    "schitterend concert gisteren [[!mention]] [[!hashtag]]",
]

NB_AGENT = [
    "Dag {first}, uw waarborg van [[!amount]] werd op [[!date]] vrijgegeven op kaart [[!masked_value]]. Met vriendelijke groeten, {agent}",
    "Hallo {first}, geef nooit uw pincode of paswoord door via chat. Bel ons gerust op [[!company_phone]]. Dossier [[!ticket_number]]. {agent}",
    "Dag {first}, uw nieuwe toegangscode voor de poort is [[pin:door]], geldig tot [[!date]]. Prettig verblijf! {agent}",
    "Bedankt {first}, we hebben uw lidmaatschap [[customer_number]] aangepast. De factuur [[!invoice_number]] volgt via mail. {agent}",
    "Hoi {first}, met de code [[!product_code]] krijgt ge [[!percentage]] korting op uw volgende rit. Groetjes, {agent}",
]

NB_EMAIL = [
    "Wij hebben via jullie site een chalet geboekt voor [[!quantity]] (referentie [[!order_number]]). Bij aankomst bleek de code van de sleutelkluis, [[pin:door]], niet te werken en was de receptie al dicht. Ik vraag een terugbetaling van [[!amount]] op rekening [[iban]].",
    "Bij het aanmaken van mijn account werd gevraagd naar mijn rijksregisternummer. Ik heb [[bsn]] ingevuld, maar nu krijg ik foutmelding [[!error_code]]. Mijn gebruikersnaam is [[username]] en ik ben geboren op [[date_of_birth]].",
    "Graag pas ik mijn gegevens aan:\n[[address]]\nGSM [[phone]]\n[[email]]\nKlantnummer [[customer_number]]",
    "Mijn zoon heeft met mijn kaart [[card]] (geldig tot [[card_expiry]]) tickets gekocht voor [[!date]] zonder toestemming. Bestelling [[!order_number]]. Kunnen jullie dit annuleren?",
]

NB_CLEAN = [
    "Tot hoe laat is de fietsenverhuur open op [[!date]]?",
    "merci voor de snelle hulp, alles is in orde met [[!order_number]]",
    "waar kan ik factuur [[!invoice_number]] downloaden? [[!url]] geeft [[!error_code]]",
]

NB_BARE = [
    "[[otp]]",
    "da's [[customer_number]]",
    "[[phone]]",
]

# ---- second batch, appended in pairs so each pair splits over the halves
NL_CHAT += [
    "simkaart van mn reserve telefoon geblokkeerd op vakantie, puk is [[puk]], mag ik die invullen?",
    "PUK code [[puk]] staat op de houder maar hij vraagt ook nog iets met PUK2??",
    "wifi code gastenhuisje: [[wifi_key]] (netwerk {ssid}) werkt niet op de laptop, wel op de telefoon",
    "welke netwerksleutel moet ik hebben voor {ssid}? ik heb [[wifi_key]] van de vorige keer in [[!year]]",
    "mijn inlognaam voor de padel app is [[username]], ik zie mijn baan van [[!time]] niet meer",
    "gebruikersnaam [[username]] bestaat volgens de app niet?? sinds versie [[!version_string]]",
    "access token voor jullie webhook ([[token]]) geeft [[!error_code]] op poort [[!port]]",
    "Hierbij de bearer token uit de logs: Bearer [[token]] , request [[!request_id]]",
    "kan het geld naar mijn andere rekening? [[iban]]\nniet meer naar [[!masked_value]]",
    "IBAN klopt niet in de app, moet [[iban]] zijn. factuur [[!invoice_number]]",
    "Mijn burgerservicenummer [[bsn]] staat op de huurovereenkomst van de camper, dat wil ik eruit hebben!",
    "voor de verzekering van de huurauto moest ik mijn bsn geven ([[bsn]]), is dat normaal?",
    "inloggen vanaf ip [[ip_address]] geblokkeerd zegt jullie site, foutcode [[!error_code]]",
    "bezorger stond op het verkeerde adres, ik woon [[address]] en niet op nummer 3. bestelling [[!order_number]]",
    "stuur de pasjes maar naar [[address]], we zijn met [[!quantity]]",
    "Geboren [[date_of_birth]], lid sinds [[!year]], lidnummer [[customer_number]]. Waarom moet ik opnieuw inschrijven?",
    "meterstand bij vertrek was [[!meter_reading]], klantnummer [[customer_number]], waarom [[!amount]] bijbetalen?",
    "mijn vlucht [[!flight_number]] had vertraging dus kom pas om [[!time]], wat is de code van het sleutelkastje? vorige keer was het [[pin:door]]",
]
NL_EMAIL += [
    "Bij het ophalen van de e-bike (type [[!model_number]]) kreeg ik een pincode voor het slot: [[pin]]. Bij het inleveren op [[!date]] accepteerde de paal die code niet meer en moest ik [[!amount]] extra betalen. Mijn klantnummer is [[customer_number]], mijn IBAN voor de terugbetaling [[iban]].",
    "Onze partner-koppeling gebruikt de volgende sleutel: [[api_key]]. Sinds [[!date]] krijgen we op poort [[!port]] een [[!error_code]]. Checksum van het configuratiebestand: [[!checksum]]. KvK van ons bedrijf: [[!company_registration]].",
    "Mijn dochter (geboren [[date_of_birth]]) wil lid worden van de zwemclub. Haar BSN is [[bsn]] en ons adres is [[address]]. U kunt mij bereiken op [[phone]] of [[email]].",
    "Mijn simkaart is geblokkeerd na drie foute pogingen. Op de houder staat PUK [[puk]], maar die lijkt niet te werken. Ik zit nu in het hotel zonder bereik, graag een reactie op [[email]].",
]
NL_PUBLIC += [
    "[[!mention]] vlucht [[!flight_number]] gemist door jullie shuttle, bedankt hoor [[!hashtag]]",
    "[[!mention]] pakket met de tickets nog steeds niet binnen, [[!tracking_number]] [[!hashtag]]",
]
NB_CHAT += [
    "de PUK staat op mijn kaartje: [[puk]], mag ik da ingeven?",
    "paswoord van de wifi in de studio: [[wifi_key]] , klopt da nog?",
    "mijn login is [[username]], ge moogt mijn account schrappen",
    "ik kreeg een token [[token]] van jullie developer, werkt nie in [[!version_string]]",
    "kan het op [[iban]]? niet op de oude rekening [[!masked_value]]",
    "mijn adres is [[address]], de levering om [[!time]] is nooit gekomen",
]
NB_EMAIL += [
    "Bij het inchecken moest ik mijn identiteitskaart laten scannen. Op de bevestiging staat nu mijn rijksregisternummer [[bsn]] en mijn geboortedatum [[date_of_birth]]. Dat lijkt me niet de bedoeling. Gelieve dit te verwijderen. Klantnummer [[customer_number]].",
    "Ons hotel gebruikt jullie kanaalbeheer. De API key [[api_key]] werd per ongeluk in een mail naar een gast gezet. Kunnen jullie die vervangen? Ondernemingsnummer [[!company_registration]].",
]
