"""Dutch (nl, also used for nl-be) body templates for blind88, plus Flemish-only bodies (VL)."""

BODIES = {
    "takeover": [
        "((Hallo|Hoi|Goedemiddag)), mijn [[@brand]] account is gehackt!! Iemand heeft het e-mailadres veranderd naar een of ander russisch adres. Mijn eigen mail was [[email=em]] en mijn oude wachtwoord ((was|is)) [[password]]. Kunnen jullie het terugzetten? Ik zie ook een login vanaf IP [[ip_address]] om [[~time]].",
        "ik kan niet meer inloggen, wachtwoord werkt niet meer en ik heb het NIET zelf veranderd. gebruikersnaam: [[username=un]] / ww: [[password]]\nlaatste keer dat het werkte was [[~date]]. Er staan nu ((2|3|4)) nieuwe profielen op in het Turks ofzo",
        "Er is op mijn account ingelogd door iemand anders, ik kreeg een mail \"nieuwe aanmelding vanaf Windows, [[ip_address]]\". Ik heb al een nieuw wachtwoord ingesteld: [[password]] (tijdelijk hoor). Accountnummer [[customer_number]]. Is mijn creditcard ook in gevaar? Er is [[~amount]] afgeschreven die ik niet ken.",
        "Mijn zoon z'n [[@brand]] account is overgenomen. Login was [[email]] met wachtwoord [[password]] , de hacker heeft ook zijn gamertag veranderd. Kan je alle sessies uitloggen? Foutmelding bij inloggen: [[~error_code]]",
    ],
    "twofa": [
        "Ik heb een nieuwe telefoon en mijn authenticator app is leeg. Ik heb nog wel mijn back-upcodes:\n[[backup_code]]\n[[backup_code]]\n[[backup_code]]\nmaar die worden niet geaccepteerd?? Account: [[email]]",
        "ik krijg geen sms code meer op mijn nummer [[phone]], de laatste code die wel kwam was [[otp]] maar die was al verlopen. kunnen jullie 2FA uitzetten voor [[username]]?",
        "Goedemiddag, bij het inloggen vraagt hij om de verificatiecode. Ik heb ((deze|de volgende)) ontvangen: \"Je [[@brand]]-code is [[otp]]. Deel deze code met niemand.\" Ingevuld maar krijg melding [[~error_code]]. Herstelcode die ik bij het instellen kreeg was [[backup_code]]",
    ],
    "gift": [
        "Ik heb een cadeaukaart van [[~amount]] gekocht bij de ((Primera|Bruna|AH)) maar de code doet het niet: [[gift_code]] . Hij zegt 'code al gebruikt'. Bonnetje heb ik nog, transactie om [[~time]] op [[~date]].",
        "hoi! mijn oma heeft me een [[@brand]] tegoedkaart gegeven, code [[gift_code]] pincode [[gift_pin]] maar ik krijg foutcode [[~error_code]]. kan iemand helpen?",
        "Goedenavond, gisteren een digitale giftcard besteld (bestelnummer [[~order_number]]), de inwisselcode in de mail is [[gift_code]]. Bij verzilveren: 'deze code is niet geldig in jouw regio'. Ik woon gewoon in NL hoor.",
    ],
    "parental": [
        "Ik ben de pincode van het ouderlijk toezicht vergeten. Het was iets als [[parental_pin]] maar dat werkt niet. Account staat op [[email]]. Kan ik hem resetten zonder dat de kinderen het merken haha",
        "mijn dochter heeft de kinderslot pin ontdekt ([[parental_pin]]) en kijkt nu alles 16+. Hoe verander ik die? Nieuwe wil ik [[parental_pin]] maken. Profielen: ((3|4)) stuks, abonnement [[~product_code]]",
        "Hoi, bij het kopen in de store vraagt hij een pincode. Ik heb nooit een pin ingesteld?? Ik heb [[parental_pin]] en 0000 geprobeerd. Console model [[~model_number]], software [[~version_string]].",
    ],
    "console": [
        "Mijn console is geblokkeerd na een update, foutcode [[~error_code]]. Serienummer [[serial]], model [[~model_number]]. Ik heb hem gekocht op [[~date]] bij MediaMarkt, garantie loopt nog.",
        "Hallo, ik wil mijn nieuwe console registreren maar het serienummer ([[serial]]) is volgens jullie al gekoppeld aan een ander account?! Mijn account: [[email]] / klantnummer [[customer_number]]",
        "console gestolen bij inbraak, aangifte gedaan. S/N: [[serial]]. Kunnen jullie hem blokkeren en mijn account ([[username]]) overal uitloggen? Pw heb ik al veranderd.",
    ],
    "billing": [
        "Ik wil mijn betaalgegevens aanpassen. Nieuwe kaart: [[card]] geldig tot [[card_expiry]], cvc [[cvv]]. Het oude abonnement van [[~amount]] per maand graag stopzetten.",
        "Waarom is er twee keer [[~amount]] van mijn rekening [[iban]] afgeschreven?? Factuur [[~invoice_number]] en [[~invoice_number]]. Ik heb maar 1 abonnement ([[sub_id]]).",
        "kaartnummer [[card]]\nvervaldatum [[card_expiry]]\ncode achterkant [[cvv]]\n\nzo goed? ik krijg steeds 'betaling mislukt' ([[~error_code]])",
        "Graag wil ik overstappen van creditcard naar automatische incasso. IBAN: [[iban]] t.n.v. [[@name]]. Abonnementsnummer [[sub_id]]. Jullie app (versie [[~version_string]]) crasht als ik het zelf probeer.",
    ],
    "sim": [
        "Mijn telefoon vraagt om een PUK code, ik heb 3x de verkeerde pincode ingetoetst. Nummer [[phone]]. Hierdoor kan ik ook geen inlogcode van [[@brand]] ontvangen voor mijn account.",
        "Sim geblokkeerd. PUK van het pasje is [[puk]] maar volgens mij is dat de oude simkaart. Mijn sim pincode was [[pin]], klantnummer [[customer_number]].",
    ],
    "meter": [
        "Hierbij mijn meterstand: [[~meter_reading]] ((m3|kuub)), opgenomen op [[~date]]. Meternummer [[meter_no]]. Klantnummer [[customer_number]]. Vorig jaar was het [[~meter_reading]] dus het verbruik klopt echt niet met de jaarafrekening van [[~amount]].",
        "Watermeter nr [[meter_no]] op adres [[address]] stand [[~meter_reading]]. Graag een nieuwe afrekening want het voorschot is [[~percentage]] omhoog gegaan.",
        "hoi, ik krijg een brief dat ik de meterstand moet doorgeven maar de link ([[~url]]) werkt niet. Stand warmtemeter: [[~meter_reading]], meternummer [[meter_no]], EAN [[ean]]",
    ],
    "move": [
        "Per [[~date]] verhuizen wij van [[address]] naar [[address]]. Graag het contract voor water overzetten. Klantnummer [[customer_number]], geboortedatum [[date_of_birth]], tel [[phone]].",
        "Ik ga verhuizen en wil de stadsverwarming opzeggen. Aansluitnummer (EAN): [[ean]]\nEindstand: [[~meter_reading]]\nNieuw adres voor de eindafrekening: [[address]]\nGroet, [[@name]]",
        "goedendag, nieuwe bewoner hier op [[address]]. de vorige huurder staat nog op de rekening. mijn gegevens: [[@name]], geb. [[date_of_birth]], [[email]], [[phone]]. Meterstand bij sleuteloverdracht [[~meter_reading]].",
    ],
    "payplan": [
        "Ik kan de naheffing van [[~amount]] niet in een keer betalen. Is een betalingsregeling mogelijk, bijv. [[~quantity]]? Klantnummer [[customer_number]], factuur [[~invoice_number]].",
        "Ik heb een betalingsregeling afgesproken (dossier [[~ticket_number]]) maar nu krijg ik tóch een aanmaning met [[~amount]] incassokosten. Ik betaal elke maand netjes [[~amount]] vanaf [[iban]]!",
        "Beste, ik zit in de schuldhulp. Mijn bewindvoerder belt jullie nog. Mijn klantnr. [[customer_number]] BSN [[bsn]] geboren [[date_of_birth]]. Regeling graag via bewindvoering laten lopen.",
    ],
    "debit": [
        "Ik wil de automatische incasso wijzigen naar mijn nieuwe rekening [[iban]] (oude rekening was [[iban]]). Machtigingskenmerk [[mandate]], incassant-ID [[~creditor_id]].",
        "Er is een incasso gestorneerd, sorry! Stond even rood. Kan ik het handmatig overmaken? Mijn IBAN: [[iban]], klantnummer [[customer_number]], bedrag volgens jullie brief [[~amount]].",
        "Ik wil de machtiging intrekken. Het gaat om kenmerk [[mandate]] op rekening [[iban]]. Ik betaal liever zelf per factuur, zie ((ook|)) [[~url]]",
    ],
    "heat_outage": [
        "Al sinds [[~date]] geen warm water en de radiatoren zijn koud!!! Afleverset geeft foutcode [[~error_code]], type [[~model_number]]. Adres [[address]], aansluiting [[ean]]. Bel me graag op [[phone]].",
        "Storing stadsverwarming bij ons in de flat, hele blok zonder verwarming. Ik woon op [[address]]. Er is een monteur langs geweest (werkorder [[~ticket_number]]) maar het is nog steeds kapot. Deurcode van het portiek is [[pin]] voor de monteur.",
        "de warmtemeter piept en display zegt [[~error_code]]. Meternummer [[meter_no]]. Sleutelkastje naast de deur, code [[pin]], ik ben zelf aan het werk tot [[~time]].",
    ],
    "uportal": [
        "Ik kom niet in Osiris/het studentenportaal. Studentnummer [[student_no=sn]], wachtwoord [[password]]. Melding: [[~error_code]]. Morgen om [[~time]] moet ik mijn tentamen inschrijven!!",
        "Hoi, mijn universiteitsaccount is geblokkeerd na te veel pogingen. Gebruikersnaam [[username]]\nStudentnr [[student_no]]\nPrivé mail: [[email]]\nKunnen jullie het wachtwoord resetten? Ik krijg de MFA code niet (telefoon [[phone]]).",
        "Ik heb mijn wachtwoord van het studentaccount gereset, nieuw ww [[password]] maar Brightspace zegt nog steeds ongeldige inlog. Login is [[student_email]]. Browser Chrome [[~version_string]]",
    ],
    "tuition": [
        "Het collegegeld ([[~amount]]) is van de verkeerde rekening afgeschreven. Graag terugstorten op [[iban]] t.n.v. [[@name]]. Studentnummer [[student_no]]. Ik heb betaald in [[~quantity]].",
        "Ik wil het collegegeld in termijnen betalen maar Studielink geeft fout [[~error_code]]. Machtiging op IBAN [[iban]]. Studentnummer [[student_no]], geboortedatum [[date_of_birth]].",
        "Mijn ouders betalen het collegegeld, hun rekening is [[iban]]. Factuurnummer [[~invoice_number]]. Waarom staat het instellingscollegegeld van [[~amount]] erop ipv wettelijk?",
    ],
    "enrol": [
        "Mijn inschrijving staat nog op 'in behandeling'. BSN [[bsn]], geboren [[date_of_birth]], studentnummer [[student_no]]. Studie [[~course]] start op [[~date]]!",
        "Ik moet een gewaarmerkt afschrift van mijn diploma opsturen. Mijn gegevens: [[@name]], [[address]], [[email]], tel. [[phone]]. Inschrijving [[~year]]-[[~year]].",
        "Hallo, wil me uitschrijven per [[~date]]. Studentnummer [[student_no]]. Krijg ik collegegeld terug? Rekeningnummer [[iban]].",
    ],
    "exam": [
        "Ik ben het niet eens met mijn cijfer voor [[~course]], ik kreeg een [[~grade]] terwijl de antwoordsleutel anders zegt. Studentnummer [[student_no]]. Wanneer is de inzage? Tentamen was op [[~date]] om [[~time]].",
        "Beroep ingediend bij de examencommissie (zaaknummer [[~ticket_number]]). Nog steeds niks gehoord na [[~quantity]]. Mijn studentnummer is [[student_no]] en mijn e-mail [[student_email]].",
        "cijfer voor [[~course]] staat nog steeds op NVD terwijl ik gewoon aanwezig was?? studentnr [[student_no]] , [[~grade]] moet het zijn volgens de docent",
    ],
    "wifi": [
        "Ik krijg de smart tv niet verbonden voor [[@brand]]. Netwerk [[@ssid]], wachtwoord wifi: [[wifi_key]]. Router admin heb ik ook geprobeerd (admin / [[password]]). Foutcode [[~error_code]].",
        "eduroam werkt niet op mijn laptop. Ik log in met [[student_email]] en mijn wachtwoord [[password]]. Of moet ik het gastnetwerk gebruiken, wifi-sleutel [[wifi_key]]?",
        "De technicus vroeg naar de wifi code van het netwerk waar de warmtemeter op moet. [[@ssid]] / [[wifi_key]]. Poort [[~port]] moet open staan volgens de handleiding?",
    ],
    "dev": [
        "Ik bouw een app voor de studentenvereniging en gebruik de roosters-API. Mijn API key [[api_key]] geeft 401 ([[~request_id]]). Wat doe ik fout?",
        "Voor mijn slimme thermostaat koppeling met het warmtenet heb ik een token gekregen: [[token]]. Die verloopt na 1 uur, kan dat langer? Request-ID [[~request_id]]",
        "Ik heb per ongeluk mijn access token in een openbare repo gezet: [[token]]. Kunnen jullie die intrekken? Checksum van de export was [[~checksum]]",
    ],
}

VL = {
    "takeover": [
        "Allez, mijn account is gehackt precies. Ge kunt ni meer inloggen met [[email]] en mijn paswoord [[password]] werkt ook niet meer. Rijksregisternummer [[bsn]] als ge dat nodig hebt voor verificatie.",
        "Iemand zit op mijnen account te gamen, ik zie een aanmelding van [[ip_address]]. Mijn login is [[username]], paswoord was [[password]]. Kunt ge dat blokkeren aub?",
    ],
    "meter": [
        "Dag, hierbij de meterstand van de watermeter: [[~meter_reading]] m³. Meternummer [[meter_no]], klantennummer [[customer_number]]. Adres: [[address]].",
        "Ik heb de meterkaart ingevuld maar ik ben ze kwijt. Stand is [[~meter_reading]], teller nr [[meter_no]], EAN [[ean]]. Mag ik da via mail doorgeven?",
    ],
    "tuition": [
        "Het inschrijvingsgeld van [[~amount]] is nog niet verwerkt zegt KU Loket. Ik heb overgeschreven van [[iban]] met mededeling [[~invoice_number]]. Studentennummer [[student_no]].",
        "Ik heb een beurs maar moet toch het volledige studiegeld betalen?? Rijksregisternummer [[bsn]], studentennummer [[student_no]], gsm [[phone]].",
    ],
    "debit": [
        "Ik wil een domiciliëring aanvragen voor de waterfactuur. Rekeningnummer [[iban]], klantnummer [[customer_number]]. Mandaatreferentie heb ik nog niet gekregen.",
        "Mijn domiciliëring is gestopt na verandering van bank. Nieuw nummer [[iban]], oud [[iban]]. Mandaat [[mandate]].",
    ],
}
