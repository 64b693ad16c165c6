"""Dutch (nl + nl-be) templates. <<type>> span, <<~kind>> negative, <<$pool>> filler, #k = repeat."""

CHAT = [
    # --- portal logins
    "hoi, ik kom niet in <<$portal>>. gebruikersnaam <<username>> ww <<password>> , zegt steeds ongeldige login??",
    "Goedemiddag, mijn studentnummer is <<customer_number:student>> en ik krijg bij het inloggen <<~error_code>>. Wachtwoord al 3x gereset, laatste is <<password>>",
    "login: <<username>>\npass: <<password>>\nkan iemand kijken waarom mijn rooster leeg is",
    "Ik heb mijn wachtwoord veranderd van <<password>> naar <<password>> maar de app pakt nog steeds het oude",
    "sorry dat ik stoor maar de verificatiecode <<otp>> werkt niet, heb m om <<~time>> gekregen",
    "de sms-code was <<otp>>. of was het <<otp>>, ik heb er 2 gehad",
    "code uit de authenticator: <<otp>> (ververst zo)",
    "Mijn dochter (studentnr <<customer_number:student>>) kan niet inloggen op <<$portal>>. Haar inlognaam is <<username>>. Kunnen jullie haar account ontgrendelen? Groet, haar moeder",
    # --- DUO / loans
    "Ik heb een vraag over mijn studiefinanciering. <<$idcue>>: <<bsn>>, geboren <<date_of_birth>>. Ik krijg sinds <<~date>> niks meer op <<iban>>",
    "hallo DUO, rekeningnummer gewijzigd naar <<iban>> , oude was <<iban>>. klopt het dat het <<~quantity>> duurt?",
    "mijn aflossing is <<~amount>> per maand ipv <<~amount>>?? relatienummer <<customer_number:loan>>",
    "ik ben <<date_of_birth>> geboren, mijn <<$idcue>> is <<bsn>> en ik wil weten waarom mijn aanvullende beurs is gestopt",
    # --- housing
    "Hoi! De code van het sleutelkastje bij de voordeur werkt niet meer. Ik heb <<pin:door>> geprobeerd zoals in de mail stond. Ik sta nu buiten op <<address>>",
    "wifi op mijn kamer doet het niet. netwerk StudentNet-5G, sleutel <<wifi_key>> , router ip <<ip_address>>",
    "huurcontract <<customer_number:contract>>, de borg van <<~amount>> is nog steeds niet teruggestort op <<iban>>. ik ben al sinds <<~date>> uitgeschreven",
    "Kamer op <<address>>. Energiecontract EAN <<customer_number:ean>>, eindstand meter <<~meter_reading>>",
    "mijn nieuwe adres is <<address>> , kunnen jullie dat aanpassen? tel <<phone>>",
    "Onze huisbaas van <<$landlord>> reageert niet. Mijn nummer is <<phone>>, mail <<email>>. Het lekt al <<~quantity>>",
    # --- exam platforms
    "<<$exam>> blijft hangen op <<~version_string>>, mijn laptop is een <<~model_number>>. ik heb om <<~time>> tentamen!! studentnummer <<customer_number:student>>",
    "Ze vragen om een toegangscode voor het tentamen, ik heb <<otp>> gekregen van de surveillant maar die wordt geweigerd",
    # --- payments
    "collegegeld <<~amount>> afgeschreven van mijn creditcard <<card>> vervaldatum <<card_expiry>> maar Studielink zegt nog steeds onbetaald",
    "Betaling met kaart <<card>> (exp <<card_expiry>>, cvc <<cvv>>) mislukt bij het inschrijfgeld. Foutmelding <<~error_code>>",
    "Ik betaal voor mijn zoon het collegegeld, mijn rekening <<iban>> t.n.v. mijn man. Zijn studentnummer is <<customer_number:student>>",
    "machtiging voor collegegeld in <<~quantity>> termijnen, rekening: <<iban>>",
    # --- phone / sim
    "nieuwe simkaart voor studentenabonnement, pin <<pin>> en puk <<puk>>, maar hij zegt sim geblokkeerd",
    "pukcode nodig. klantnummer <<customer_number>>, geboortedatum <<date_of_birth>>",
    # --- dev / student projects
    "voor ons projectvak hebben we per ongeluk onze API key in de repo gezet: <<api_key>> . Hoe trekken we die in?",
    "Canvas token voor de LTI koppeling: <<token>> , werkt niet meer sinds update naar <<~version_string>>",
    "AWS educate account: access key <<api_key:aws_id>> secret <<api_key:aws_secret>> , server luistert op poort <<~port>>",
    "ik deel even mijn personal access token <<token>> zodat je de repo kan clonen, niet doorsturen aub",
    # --- misc / international
    "Ik ben internationale student en heb nog geen <<$idcue>>. Mijn telefoon is <<phone:be>> (Belgisch) en mijn mail <<email>>",
    "Verzekering voor internationale studenten: polisnummer <<customer_number:policy>>, ik kom aan met <<~flight_number>> op <<~date>>",
    "Lidnummer studentenvereniging <<customer_number:member>>, contributie <<~amount>>, rekening <<iban>>",
    "ok dank je! mijn mail is trouwens <<email>> en 06 is <<phone>>",
    "pincode van m'n ov-kaart vergeten. kaartnr eindigt op <<~masked_value>>. mijn studentnr is <<customer_number:student>>",
    "Hoi, ik probeer in te loggen met <<email>> en wachtwoord <<password>> maar krijg 'account locked'. Ticket <<~ticket_number>>",
]

VL = [  # Belgian Dutch flavour, only for nl-be
    "ge moogt mij bellen op <<phone>>, mijn rijksregisternummer is <<bsn>> als ge da nodig hebt",
    "Allee, al 2 weken geen internet op mijn kot. Wifi paswoord is <<wifi_key>> en het modem staat op <<ip_address>>",
    "mijn kot is op <<address>>, de code van de poort is <<pin:door>> voor de loodgieter",
    "Inschrijvingsgeld <<~amount>> betaald via overschrijving van <<iban>> met mededeling <<~invoice_number>>",
    "KU Loket laat me niet binnen: r-nummer <<customer_number:student>>, paswoord <<password>>. Ik heb examen om <<~time>>!",
    "Dag, ik ben de mama van een student. Haar studentennummer is <<customer_number:student>> en haar GSM <<phone>>. Ze heeft haar bankkaart verloren, kaartnummer <<card>>",
    "bij itsme krijg ik code <<otp>> maar de app van de hogeschool aanvaardt die ni",
    "Studietoelage aangevraagd, dossiernummer <<~ticket_number>>, mijn rekening is <<iban>> en mijn rijksregisternr <<bsn>>",
    "mijn gsm-nummer is veranderd naar <<phone>>, mijn oud nummer was <<phone>>",
    "huurwaarborg <<~amount>> staat nog op de geblokkeerde rekening, contractnr <<customer_number:contract>>, kan da vrijgegeven worden?",
]

PUBLIC = [
    "<<~mention>> al 3 weken geen reactie op mijn mail over de studiefinanciering. Zo kan ik mijn huur niet betalen <<~hashtag>>",
    "<<~mention>> waarom staat <<$portal>> alweer plat tijdens de inschrijfperiode?? <<~error_code>> <<~hashtag>>",
    "<<~mention>> mijn studentnummer is <<customer_number:student>>, bel me aub terug op <<phone>>, niemand neemt op",
    "Kamer te huur via <<$landlord>>?? <<~amount>> voor <<~quantity>>. Serieus. <<~hashtag>> <<~hashtag>>",
    "<<~mention>> ik heb jullie al een DM gestuurd met mijn gegevens, mail is <<email>>",
    "<<~mention>> hoe lang duurt het terugbetalen van collegegeld? Aangevraagd op <<~date>>, ref <<~ticket_number>>",
    "Wie weet of <<$exam>> werkt op <<~version_string>>? Morgen om <<~time>> tentamen <<~hashtag>>",
    "<<~mention>> meterstand is doorgegeven (<<~meter_reading>>) maar de eindafrekening is <<~amount>>?? kamer <<address>>",
    "Zie <<~url>> voor de storing bij <<~mention>>, blijkbaar <<~percentage>> van de studenten getroffen",
    "<<~mention>> deel hier maar niet je wachtwoord hoor, ik heb net iemand <<password>> zien posten 🙈",
    "<<~mention>> de koterij op <<address>> heeft al 2 maand schimmel <<~hashtag>>",
    "Inschrijving <<~year>> gelukt! Bedankt <<~mention>> <<~hashtag>>",
]

AGENT = [
    "Hoi {first_name}, bedankt voor je bericht. Voor de veiligheid: deel nooit je wachtwoord. Ik heb je account <<username>> ontgrendeld; je kunt een nieuw wachtwoord aanmaken via <<~url>>. Groet, <<$agent>> <<$agentinit>>",
    "Hi! Ik zie dat de betaling vanaf <<iban>> op <<~date>> binnen is gekomen (<<~amount>>). Je inschrijving voor <<~year>> is nu definitief. <<$agentinit>>",
    "Dag <<$first>>, we hebben je nieuwe rekeningnummer <<iban>> genoteerd. Vanaf de volgende betaling (<<~date>>) gebruiken we dit nummer. Met vriendelijke groet, <<$agent>>",
    "Hallo, je meldingsnummer is <<~ticket_number>>. Een monteur komt <<~date>> tussen <<~time>> en <<~time>> naar <<address>>. Kun je bereikbaar zijn op <<phone>>? <<$agentinit>>",
    "Dank je! Het studentnummer <<customer_number:student>> is gekoppeld aan het e-mailadres <<email>>. Klopt dat nog? Bel anders even met <<~company_phone>>. ^<<$agent>>",
    "Vervelend dat je niet kunt inloggen. Wil je het volgende <strong>niet</strong> hier sturen: wachtwoord of code. Ik stuur je een DM. <<$agentinit>>",
    "Hoi {first_name}, de code <<otp>> die je stuurde is inmiddels verlopen. Je ontvangt binnen <<~quantity>> een nieuwe per sms op het nummer eindigend op <<~masked_value>>. Groetjes, <<$agent>>",
    "Beste student, bedankt voor het doorgeven van je meterstand <<~meter_reading>> voor het adres <<address>>. Je eindafrekening volgt binnen <<~quantity>>. Team <<$landlord>>",
    "We hebben het storingsnummer <<~ticket_number>> aangemaakt. <<$exam>> heeft een bekende storing met <<~version_string>>, zie <<~url>>. Je tentamen wordt verplaatst naar <<~date>> om <<~time>>.",
    "Dag <<$first>>, de waarborg van <<~amount>> voor contract <<customer_number:contract>> wordt binnen <<~quantity>> teruggestort op <<iban>>. Vriendelijke groeten, <<$agent>> (<<$landlord>>)",
    "Hi, ik heb je gegevens gecontroleerd: geboortedatum <<date_of_birth>>, <<$idcue>> eindigend op <<~masked_value>>. Je aanvraag voor <<~year>> is goedgekeurd. <<$agentinit>>",
    "Bedankt voor je geduld. Je kunt ons ook bellen op <<~company_phone>> (werkdagen <<~time>>-<<~time>>). Vermeld dan je klantnummer <<customer_number>>. Groet, <<$agent>>",
    "Goedemorgen, de nieuwe pincode voor het sleutelkastje is <<pin:door>>. Deze is geldig tot <<~date>>. Succes met de verhuizing! <<$agent>>",
    "Je kaart eindigend op <<~masked_value>> is geblokkeerd na <<~quantity>> mislukte pogingen. Heb je een andere kaart? Stuur dan geen kaartnummer hier maar betaal via <<~url>>. <<$agentinit>>",
]

EMAIL_BODY = [
    "Ik schrijf u namens mijn zoon <<$first>>, die sinds september studeert aan de <<$uni>>. Hij heeft een brief ontvangen dat het collegegeld van <<~amount>> niet betaald is, terwijl wij op <<~date>> hebben overgemaakt vanaf rekening <<iban>>.\n\nZijn studentnummer is <<customer_number:student>> en zijn geboortedatum <<date_of_birth>>. Ons factuurnummer is <<~invoice_number>>.\n\nKunt u dit nakijken? U kunt mij bereiken op <<phone>>.",
    "Sinds de update naar <<~version_string>> kan ik niet meer inloggen op <<$portal>>. Mijn gegevens:\n\nGebruikersnaam: <<username>>\nWachtwoord: <<password>>\nStudentnummer: <<customer_number:student>>\n\nIk weet dat ik mijn wachtwoord niet zou moeten mailen maar ik ben echt wanhopig, mijn deadline is <<~date>>.",
    "Hierbij geef ik mijn adreswijziging door. Oud adres: <<address>>\nNieuw adres: <<address>>\n\nIngangsdatum <<~date>>. Mijn <<$idcue>> is <<bsn>>.",
    "Naar aanleiding van ons telefoongesprek van vanochtend (<<~time>>) stuur ik u de gevraagde gegevens:\n- naam: <<$first>> <<$last>>\n- geboortedatum: <<date_of_birth>>\n- <<$idcue>>: <<bsn>>\n- IBAN: <<iban>>\n- telefoon: <<phone>>\n\nDe aanvraag betreft de studiefinanciering voor <<~year>>.",
    "Ik huur sinds <<~date>> een kamer van <<$landlord>> op <<address>> (contractnummer <<customer_number:contract>>). Op <<~date>> heb ik de huur opgezegd. Bij de eindinspectie zijn <<~quantity>> schade gerekend, maar ik heb foto's van de oplevering.\n\nGraag ontvang ik de borg van <<~amount>> terug op <<iban>>.",
    "Tijdens het tentamen in <<$exam>> (vak <<~product_code>>) viel mijn verbinding weg om <<~time>>. Foutmelding: <<~error_code>>, request id <<~request_id>>. Mijn IP-adres thuis is <<ip_address>>, laptop <<~model_number>>.\n\nIk verzoek de examencommissie om een herkansing.",
    "Ik ontving vandaag deze sms: 'Uw verificatiecode is <<otp>>. Deel deze code met niemand.' Maar ik had helemaal niets aangevraagd. Kan iemand anders in mijn account <<username>> proberen te komen?",
    "Onze dochter gaat in september naar <<$uni>> en zoekt nog een kamer. Ik heb alvast de borg betaald met mijn creditcard <<card>>, geldig tot <<card_expiry>>. Nu lees ik dat de kamer al verhuurd is. Ik wil de betaling terug; referentie <<~order_number>>.",
    "Voor de stage-administratie hierbij mijn gegevens:\nStudentnummer <<customer_number:student>>\nE-mail <<email>>\nMobiel <<phone>>\nAdres <<address>>\n\nDe stage loopt van <<~date>> t/m <<~date>> (<<~quantity>>).",
    "Ik heb het wifi-wachtwoord van ons studentenhuis gewijzigd naar <<wifi_key>> omdat de vorige (<<wifi_key>>) op Facebook stond. De router (<<~model_number>>) heeft nu firmware <<~version_string>>. Beheerderswachtwoord is <<password>>.",
    "Mijn studielening: ik wil de aflossing pauzeren. Mijn <<$idcue>> is <<bsn>>. Het maandbedrag is nu <<~amount>>, mijn inkomen is gedaald met <<~percentage>>. Ik ben bereikbaar op <<phone>> of <<email>>.",
    "We gebruiken voor het afstudeerproject een gedeelde server (<<ip_address>>, ssh op poort <<~port>>). De deploy key is <<api_key>> en de CI gebruikt token <<token>>. Kunnen jullie die roteren nu het project klaar is?",
]

GREET = ["Geachte heer/mevrouw,", "Beste,", "Hallo,", "Goedemiddag,", "Beste medewerker,", "Hoi,", "Dag allemaal,", "Geachte mevrouw <<$last>>,"]
CLOSE = ["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt!", "Mvg,", "Vriendelijke groeten,", "Hartelijke groet,", "Dank u wel,", "Gr,"]
SIG_CUST = [
    "<<$first>> <<$last>>\nStudentnr. <<customer_number:student>>\n<<phone>>",
    "<<$first>>\n\nVerzonden vanaf mijn iPhone",
    "<<$first>> <<$last>>\n<<address>>\nTel: <<phone>>",
    "<<$first>> <<$last>> | <<email>>",
    "<<$first>> <<$last>> (ouder van <<$first>>)\nM <<phone>>",
    "--\n<<$first>> <<$last>>\nMaster student, <<$uni>>\n<<email>>",
]
SIG_AGENT = [
    "Met vriendelijke groet,\n<<$agent>>\nStudentenservice <<$uni>>\nT <<~company_phone>> | <<~url>>",
    "Groet,\n<<$agent>> | Klantenservice <<$landlord>>\n<<~company_phone>>\n<<~company_registration>>",
    "Vriendelijke groeten,\nTeam Studentzaken\n<<~url>>",
    "<<$agent>>\nServicedesk ICT — bereikbaar op <<~company_phone>>",
]
QUOTE_HDR = ["Op <<~date>> om <<~time>> schreef <<$first>> <<$last>> <<<email>>>:", "Van: <<$first>> <<$last>> [mailto:<<email>>]\nVerzonden: <<~date>> <<~time>>\nOnderwerp: RE: inschrijving",
             "Op <<~date>> heeft <<email>> het volgende geschreven:", "-----Oorspronkelijk bericht-----\nVan: <<email>>\nDatum: <<~date>>"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: <<$first>> <<$last>> <<<email>>>\nDatum: <<~date>>\nOnderwerp: Fwd: huur", "Begin doorgestuurd bericht:\n\nVan: <<email>>\nDatum: <<~date>> <<~time>>"]
DISCLAIMER = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder dit bericht dan.",
              "Disclaimer: aan dit bericht kunnen geen rechten worden ontleend.",
              "Denk aan het milieu voordat u deze e-mail print."]
SUBJECT = ["Onderwerp: collegegeld", "Onderwerp: inloggen lukt niet", "Onderwerp: borg kamer", "Onderwerp: studiefinanciering", "Onderwerp: adreswijziging", "Onderwerp: klacht tentamen"]

# paired templates (even/odd) so every high-risk type and rare negative reaches both halves
SECRETS = [
    "wachtwoord <<password>> , gebruikersnaam <<username>>. helpdesk zei dat ik het zo moest sturen",
    "inlog is <<username>> en m'n ww is <<password>> (hoofdlettergevoelig)",
    "cvc is <<cvv>>, kaart <<card>>, geldig t/m <<card_expiry>>",
    "kaartnummer <<card>> / <<card_expiry>> / <<cvv>> voor de borg van <<~amount>>",
    "pincode simkaart <<pin>>, puk <<puk>>, bestelling <<~order_number>>",
    "Mijn PUK is <<puk>> toch? Staat op het pasje. PIN was <<pin>>",
    "wifi-code huis: <<wifi_key>> (netwerk Huis-2.4G)",
    "het netwerkwachtwoord van de studentenflat is <<wifi_key>>, zeg het niet door 😅",
    "bearer token uit de devtools: <<token>> , request id <<~request_id>>",
    "sessietoken <<token:hex>> en api-sleutel <<api_key>>, server draait op <<ip_address>>:<<~port>>",
    "pakket met mijn laptop (track & trace <<~tracking_number>>) kwam nooit aan op <<address>>",
    "bestelnummer <<~order_number>>, verzonden met <<~tracking_number>>, mijn tel <<phone>>",
    "meterstand bij vertrek <<~meter_reading>>, EAN-code <<customer_number:ean>>",
    "Eindstand gas <<~meter_reading>>, stroom <<~meter_reading>>. Aansluitnummer <<customer_number:ean>>",
    "sha256 van mijn scriptie-upload: <<~checksum>> — upload-id <<~request_id>>. inlog <<username>>",
    "het bestand heeft checksum <<~checksum>>, mijn token voor de API is <<token>>",
    "code voor de fietsenstalling is <<pin:door>> en alarmcode <<pin>>",
    "deurcode <<pin:door>>, kluisje <<pin>>",
]
SIG_AGENT_EXTRA = ["Team Studentenhuisvesting | <<~company_registration>> | <<~company_phone>>",
                   "<<$agent>> — Klantenservice, <<~company_registration>>"]

# pair similar templates so the alternate deal gives both halves comparable label mixes
EMAIL_BODY = [EMAIL_BODY[i] for i in (0, 7, 1, 6, 2, 8, 3, 10, 4, 9, 5, 11)]
SIG_CUST = [SIG_CUST[i] for i in (0, 2, 3, 5, 4, 1)]
SIG_AGENT = [SIG_AGENT[i] for i in (0, 2, 1, 3)]
AGENT += [
    "Hoi {first_name}, het nieuwe wifi-wachtwoord voor je kamer is <<wifi_key>>. Je betaalt de servicekosten van rekening <<~masked_value>>; request <<~request_id>>. <<$agentinit>>",
    "Dag <<$first>>, de netwerksleutel is gereset naar <<wifi_key>>. Je abonnement loopt via de kaart <<~masked_value>>, artikel <<~product_code>>. Groet, <<$agent>>",
]
