"""Dutch templates (nl and nl-be). Slot syntax: [[S:type.key/hint]] labelled,
[[N:kind.key/hint]] negative, [[F:filler]] unlabelled filler. A leading §nl-be§ or §nl§
restricts a template to one locale. Lines starting with B>, C>, A> in bot templates are
role turns."""

T = {}

T["note_head"] = [
    "Interne notitie",
    "INTERN – niet naar klant sturen!",
    "Samenvatting gesprek [[N:date]] via [[F:channel_name]]",
    "Notitie [[F:agent]] [[N:date]] [[N:time]]:",
    "Overdracht 2e lijn — klant [[F:full]]",
    "Handover avonddienst:",
    "## Overdracht webcare → backoffice ##",
    "Let op collega's, lopend dossier [[N:ticket_number]]:",
    "samenvatting chat ([[F:channel_name]]), klant [[F:first]]",
    "Notitie n.a.v. DM van [[N:date]]",
]

T["note_line"] = [
    "klnr [[S:customer_number]] – geverifieerd met DOB [[S:date_of_birth]] en postcode",
    "Klantnummer: [[S:customer_number]]",
    "geb.datum [[S:date_of_birth]], klopt met systeem",
    "ww tijdelijk gereset naar [[S:password]] , klant moet bij 1e login wijzigen",
    "klant heeft zelf zijn pw in de chat gezet ([[S:password]]) – gevraagd dit direct te wijzigen",
    "Oud ww: [[S:password.old]] / nieuw: [[S:password.new]] (door klant zelf zo doorgegeven, zucht)",
    "inlognaam [[S:username]], account geblokkeerd na 5 pogingen, ontgrendeld om [[N:time]]",
    "IBAN gewijzigd van [[S:iban.old]] naar [[S:iban.new]] per [[N:date]]",
    "Terugstorting [[N:amount]] naar rek.nr [[S:iban]] aangevraagd",
    "Tel: [[S:phone]] (bereikbaar na 17u)",
    "terugbelverzoek op [[S:phone]], NIET op het vaste nr",
    "mailadres aangepast naar [[S:email]] (oude bounce)",
    "Adres volgens klant: [[S:address]]",
    "monteur moet naar [[S:address]], sleutelkastje code [[S:pin/door]]",
    "Klant noemde pincode pas ([[S:pin]]) in DM!! bericht verborgen, pas laten blokkeren",
    "PUK opgevraagd voor sim eindigend op [[N:masked_value/phone]]: [[S:puk]]",
    "sms-code [[S:otp]] kwam volgens klant niet aan, 2e code verstuurd om [[N:time]]",
    "klant las verificatiecode voor: [[S:otp/words]]",
    "wifi [[F:ssid]] / sleutel [[S:wifi_key]] – klant wil dit wijzigen, uitgelegd via app",
    "Modem [[N:model_number]] fw [[N:version_string]], foutcode [[N:error_code]]",
    "EAN elektra [[S:customer_number/ean]], meterstand [[N:meter_reading]] op [[N:date]]",
    "§nl§BSN [[S:bsn/nl]] stond in bijlage van klant – bijlage verwijderd (AVG)",
    "CC [[S:card]] exp [[S:card_expiry]] cvc [[S:cvv]] door klant in chat gezet -> fraudedesk",
    "kaart eindigt op [[N:masked_value/card]], geen volledige nummers genoteerd",
    "Bestelling [[N:order_number]], pakket [[N:tracking_number]] staat op afgeleverd maar klant heeft niks",
    "Factuur [[N:invoice_number]] van [[N:amount]] klopt niet, [[N:percentage]] korting niet verwerkt",
    "Zaak [[N:ticket_number]] aangemaakt, doorgezet naar 2e lijn",
    "login vanaf IP [[S:ip_address]] om [[N:time]], klant herkent dit niet",
    "klant gaf API-key voor koppeling webshop: [[S:api_key]] – NIET gebruiken, klant laten roteren",
    "access token zichtbaar in screenshot: [[S:token]] (sessie ingetrokken)",
    "Contractnr [[S:customer_number/contract]] loopt af op [[N:date]]",
    "polisnr [[S:customer_number/policy]], schade van [[N:date]]",
    "alarmcode [[S:pin/door]] doorgegeven aan buitendienst voor afspraak [[N:date]] tussen [[N:time.a]] en [[N:time.b]]",
    "klant belt vanaf ander nr: [[S:phone.alt]] i.p.v. [[S:phone]]",
    "legitimatie: DOB [[S:date_of_birth]] + laatste cijfers IBAN ([[N:masked_value/iban]]) ok",
    "Ref intern: [[N:request_id]], zie logs",
    "klant heeft [[N:quantity/data]] extra data gekocht, niet bijgeschreven",
    "mail klant: [[S:email]] – tel. [[S:phone]]",
    "Lidnr [[S:customer_number/member]]",
    "router bereikbaar op [[S:ip_address]]:[[N:port]] — klant had port forwarding aan",
    "§nl-be§Rijksregisternr [[S:bsn/be]] gevraagd door collega?? niet nodig, uit notitie gehaald",
    "§nl-be§GSM klant: [[S:phone]], vast: [[S:phone.vast]]",
    "§nl-be§klant is zelfstandige, ondernemingsnr [[N:company_registration]], facturatie-adres [[S:address]]",
    "§nl§KvK van klant (zzp) [[N:company_registration]], privé-adres [[S:address]]",
    "cust# [[S:customer_number]] / pw reset gedaan / nieuw tijdelijk: [[S:password]]",
    "SIM-pin [[S:pin]] staat op briefje bij klant, gevraagd te vernietigen lol",
    "Klant heeft 2FA-app, code bij bellen was [[S:otp]]",
    "kl. wil dat we mailen naar werk: [[S:email.werk/work]]",
    "Checksum firmware [[N:checksum]] ok, versie [[N:version_string]]",
    "vlucht [[N:flight_number]] gemist i.v.m. sms-storing, klant wil compensatie ([[N:amount]])",
]

T["comment_head"] = [
    "[[N:date]] [[N:time]] | [[F:agent]] | intern",
    "— [[F:ag_init]] [[N:time]]",
    "Reactie van [[F:agent]] ([[N:date]]):",
    "[[[N:date]] [[N:time]]] [[F:agent]] (Webcare):",
    "Opmerking toegevoegd door [[F:agent]] – [[N:date]]",
]

T["escal_open"] = [
    "Onderwerp: Escalatie fraude – mogelijk account-overname ([[N:ticket_number]])\n\nHoi fraudedesk,\n\nVia [[F:channel_name]] kwam vanochtend onderstaande melding binnen. Klant vermoedt dat iemand anders in zijn account zit.",
    "Onderwerp: Verzoek buitendienst – storing [[F:city]]\n\nBeste collega's van de buitendienst,\n\nGraag een monteur inplannen, klant zit sinds [[N:date]] zonder internet en tv.",
    "Onderwerp: FW: klacht doorzetten naar 2e lijn\n\nHallo 2e lijn,\n\nIk zet deze door omdat we er in webcare niet uitkomen. Gegevens hieronder.",
    "Onderwerp: URGENT – betaling naar verkeerde rekening\n\nDag team Betalingen,\n\nKlant heeft op [[N:date]] [[N:amount]] betaald maar het bedrag is niet bij ons aangekomen.",
    "Onderwerp: Terugbelverzoek [[N:ticket_number]]\n\nHoi [[F:colleague]],\n\nKun jij deze klant morgen bellen? Ik heb vrij.",
    "Onderwerp: Mogelijk datalek – klant heeft gegevens publiek gepost\n\nBeste privacy-team,\n\nKlant heeft onderstaande gegevens in een openbare reactie gezet. Post is om [[N:time]] verborgen.",
    "Onderwerp: phishing melding [[N:date]]\n\nHoi Security,\n\nKlant heeft gereageerd op een nep-sms en daarbij gegevens ingevuld. Wat ik weet:",
    "Onderwerp: RE: storing [[N:ticket_number]] – update nodig\n\nGoedemorgen,\n\nKlant vraagt voor de 3e keer om een update. Samenvatting:",
]

T["escal_ask"] = [
    "Kunnen jullie checken of de IBAN-wijziging echt door de klant zelf is gedaan?",
    "Graag terugkoppeling in de zaak, niet via mail.",
    "Klant wil graag voor [[N:date]] teruggebeld worden.",
    "Alvast dank! Ik heb de klant gezegd dat het max [[N:quantity/dur]] kan duren.",
    "Wil de monteur vooraf even bellen? Klant is slecht ter been.",
    "Prio hoog graag, klant dreigt naar de media te stappen.",
    "Laat maar weten als jullie meer nodig hebben, ik zit tot [[N:time]] op de chat.",
    "Ik heb niks geblokkeerd, dat laat ik aan jullie.",
]

T["greet_colleague"] = ["Hoi allen,", "Hi team,", "Dag collega's,", "Beste [[F:colleague]],", "Hoi [[F:colleague]],", "Goedemiddag,"]

T["sig_agent"] = [
    "Met vriendelijke groet,\n[[F:agent]]\nWebcare [[F:brand]]\nT [[N:company_phone]] | [[N:url]]\nKvK [[N:company_registration]]",
    "Groetjes, [[F:agent]] | Klantenservice [[F:brand]] | [[N:company_phone]] (ma-vr 8-20u)",
    "Gr. [[F:agent]]\nTeam Social\n[[F:brand]] B.V. · KvK [[N:company_registration]] · [[N:url]]",
    "Vriendelijke groeten,\n\n[[F:agent]]\n2e lijn Techniek\nDirect: [[N:company_phone]]",
    "mvg [[F:agent]] (webcare)",
    "Met vriendelijke groet,\n\n[[F:agent]]\nKlantcontact | [[F:brand]]\n[[N:company_phone]] · [[N:url]]\nBTW [[N:company_registration]]",
]

T["disclaimer"] = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder dit bericht dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend.",
    "Disclaimer: de informatie in deze e-mail is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan.",
    "*** Dit is een interne mail. Niet doorsturen naar klanten. ***",
    "Denk aan het milieu voordat u deze e-mail print.",
]

T["cust_dm"] = [
    "hoi, mn internet doet het al 3 dagen niet. klantnummer [[S:customer_number]] postcode/huisnr [[S:address]]",
    "Goedemiddag, ik ben mijn wachtwoord vergeten en de resetmail komt niet aan op [[S:email]]. Kunnen jullie helpen?",
    "ik krijg steeds een code maar ik heb niks aangevraagd?? nu weer [[S:otp]] gekregen. is dit fraude",
    "Hier mijn gegevens: [[F:full]], geb [[S:date_of_birth]], [[S:address]], tel [[S:phone]]",
    "jullie hebben [[N:amount]] afgeschreven ipv [[N:amount.b]]!! terug op [[S:iban]] aub",
    "sim geblokkeerd na 3x foute pin. Wat is de puk? nummer is [[S:phone]]",
    "Het wifi wachtwoord van de sticker ([[S:wifi_key]]) werkt niet meer sinds de update van [[N:date]]",
    "monteur kan er morgen in met de code van het sleutelkastje: [[S:pin/door]]. ik ben er pas om [[N:time]]",
    "mijn inlog is [[S:username]] en ww [[S:password]] maar hij zegt steeds ongeldig",
    "Ik heb een nieuwe bankrekening: [[S:iban]]. Graag vanaf volgende maand daarvan afschrijven. Mvg [[F:first]]",
    "ik heb per ongeluk mn pasnummer gestuurd naar iemand die zich voordeed als jullie, [[S:card]], wat moet ik doen??",
    "Meterstanden: [[N:meter_reading]] (normaal) en [[N:meter_reading.b]] (dal). EAN-code [[S:customer_number/ean]]",
    "Bestelling [[N:order_number]] nog steeds niet binnen. Track & trace [[N:tracking_number]] zegt al [[N:quantity/dur]] 'onderweg'",
    "Bel me maar even op [[S:phone]], typen gaat lastig met mn hand in het gips",
    "Mijn oude mailadres [[S:email.old]] gebruik ik niet meer, nieuw is [[S:email.new]]",
    "§nl§die meneer van jullie fraudeafdeling vroeg om mijn BSN, [[S:bsn/nl]], is dat normaal??",
    "hey, de app geeft [[N:error_code]] bij inloggen (versie [[N:version_string]])",
    "§nl-be§Goeiendag, mijn GSM-nummer is veranderd naar [[S:phone]]. Klantnr [[S:customer_number]]. Merci!",
    "§nl-be§ik heb mijn rijksregisternummer ingevuld op jullie site ([[S:bsn/be]]) maar hij zegt ongeldig??",
    "kaart [[S:card]] geldig tot [[S:card_expiry]], wordt steeds geweigerd bij betaling abonnement",
    "wachtwoord van de modem-interface is nog steeds [[S:password]], is dat veilig? ip is [[S:ip_address]]",
    "Mijn zoon heeft mijn pincode [[S:pin]] gezien, kan ik die wijzigen via de app?",
    "Ik wil opzeggen. contractnummer [[S:customer_number/contract]], einddatum graag [[N:date]]",
    "goedemorgen. de code die ik kreeg was [[S:otp]] maar die was al verlopen. Nu sta ik buitengesloten",
]

T["cust_public"] = [
    "[[N:mention]] al 2 dagen geen tv en niemand neemt op bij [[N:company_phone]] 😡 [[N:hashtag]]",
    "[[N:mention]] bel me dan zelf even, [[S:phone]]. ben het zat",
    "[[N:mention]] kunnen jullie mailen naar [[S:email]]? DM werkt niet bij mij",
    "[[N:mention]] mijn klantnr is [[S:customer_number]], waarom krijg ik 3 facturen van [[N:amount]]? [[N:hashtag]]",
    "Weer storing in [[F:city]] [[N:hashtag]] [[N:mention]] wanneer is het opgelost?",
    "[[N:mention]] monteur is niet gekomen op [[S:address]]. Hele dag vrij genomen voor niks [[N:hashtag]]",
    "@[[F:first]] haha zelfde hier. [[N:mention]] doe er wat aan",
    "[[N:mention]] ik heb al 4x gebeld naar [[N:company_phone]], zaaknummer [[N:ticket_number]], nog steeds niks",
]

T["cust_email"] = [
    "Geachte heer/mevrouw,\n\nOp [[N:date]] heb ik een overstap aangevraagd, maar tot op heden heb ik niets gehoord. Mijn klantnummer is [[S:customer_number]] en het contract staat op naam van [[F:full]]. Ook is er [[N:amount]] te veel afgeschreven van [[S:iban]].\n\nU kunt mij bereiken op [[S:phone]].",
    "Hallo,\n\nIk heb gisteren een sms gekregen van 'jullie' met een link. Daar heb ik mijn inloggegevens ingevuld (gebruikersnaam [[S:username]], wachtwoord [[S:password]]) en daarna de code [[S:otp]]. Nu zie ik een betaling van [[N:amount]] die ik niet heb gedaan!!\n\nHelp alstublieft.",
    "Beste klantenservice,\n\nHierbij mijn verhuizing: per [[N:date]] woon ik op [[S:address]]. Het oude adres was [[S:address.oud]]. Mijn geboortedatum is [[S:date_of_birth]] als dat nodig is voor verificatie.",
    "Goedendag,\n\nDe monteur van afspraak [[N:ticket_number]] kan naar binnen via het sleutelkastje naast de deur, code [[S:pin/door]]. Het alarm staat uit. Mijn mobiel: [[S:phone]].",
    "Beste,\n\nMijn factuur [[N:invoice_number]] is [[N:percentage]] hoger dan vorige maand. Ik betaal al jaren via automatische incasso vanaf [[S:iban]], klantnummer [[S:customer_number]]. Graag uitleg.",
    "Hoi,\n\nNa de update naar [[N:version_string]] kan ik niet meer inloggen. Ik krijg [[N:error_code]]. Mijn accountnaam is [[S:username]]. Mijn creditcard [[S:card]] staat er nog in, graag verwijderen.",
]

T["cust_sig"] = [
    "Met vriendelijke groet,\n[[F:full]]",
    "Groet,\n[[F:first]]\n[[S:phone]]",
    "mvg [[F:full]]\n[[S:address]]\nTel: [[S:phone]]",
    "Verstuurd vanaf mijn iPhone",
    "[[F:full]]\nMob. [[S:phone]]\n[[S:email]]",
    "Groetjes [[F:first]]",
]

T["reply_open"] = [
    "Hoi [[F:first]], bedankt voor je bericht.",
    "Beste [[F:full]],\n\nDank voor uw e-mail van [[N:date]].",
    "Hallo [[F:first]]! Vervelend om te lezen dat het nog steeds niet werkt.",
    "Goedemiddag [[F:first]],\n\nIk heb je vraag doorgenomen met mijn collega van de 2e lijn.",
    "Hi [[F:first]], [[F:agent]] hier van [[F:brand]].",
    "Beste heer/mevrouw [[F:last]],\n\nHartelijk dank voor uw geduld.",
]

T["reply_line"] = [
    "Ik heb je nieuwe rekeningnummer [[S:iban]] genoteerd, de wijziging gaat in per [[N:date]].",
    "Voor de zekerheid: we bellen je terug op [[S:phone]] tussen [[N:time.a]] en [[N:time.b]].",
    "Je gebruikersnaam is [[S:username]]. Een nieuw wachtwoord stel je in via [[N:url]].",
    "Je noemde hieronder je wachtwoord. Deel dat nooit, ook niet met ons, en wijzig het direct via [[N:url]].",
    "De monteur komt op [[N:date]] naar [[S:address]].",
    "Je PUK-code is [[S:puk]]. Let op: na 10 foute pogingen is je sim definitief geblokkeerd.",
    "Je dossier is bekend onder [[N:ticket_number]]; noem dit nummer als je belt met [[N:company_phone]].",
    "We hebben [[N:amount]] teruggestort op de rekening eindigend op [[N:masked_value/iban]].",
    "Ik zie in ons systeem klantnummer [[S:customer_number]] op naam van [[F:full]]. Klopt dat?",
    "Het e-mailadres [[S:email]] staat nu als primair adres ingesteld.",
    "Je kaart eindigend op [[N:masked_value/card]] hebben we laten blokkeren. Een nieuwe pas is onderweg ([[N:tracking_number]]).",
    "Ik heb je bericht met je pincode verborgen, het is niet meer zichtbaar.",
]

T["reply_close"] = [
    "Laat je het weten als we nog iets kunnen doen?",
    "Fijne dag verder!",
    "Ik hoop je hiermee voldoende te hebben geïnformeerd.",
    "Succes ermee en sorry voor het ongemak.",
    "Heb je nog vragen? Reageer gewoon op dit bericht.",
]

T["quote_hdr"] = [
    "Op [[N:date]] om [[N:time]] schreef [[F:full]] <[[S:email]]>:",
    "-----Oorspronkelijk bericht-----\nVan: [[F:full]] <[[S:email]]>\nVerzonden: [[N:date]] [[N:time]]\nAan: Klantenservice [[F:brand]]\nOnderwerp: Re: mijn aanvraag",
    "[[F:full]] schreef op [[N:date]]:",
    "Op [[N:date]] [[N:time]] heeft [[S:email]] het volgende geschreven:",
]

T["inline_quote"] = [
    "Je schreef: \"{Q}\"",
    "> {Q}",
    "Klant schreef:\n\"{Q}\"",
    "Oorspronkelijk bericht van [[F:first]]: {Q}",
]

T["fwd_hdr"] = [
    "---------- Doorgestuurd bericht ---------\nVan: [[F:full]] <[[S:email]]>\nDatum: [[N:date]] [[N:time]]\nOnderwerp: klacht",
    "Begin doorgestuurd bericht:\n\nVan: [[S:email]]\nDatum: [[N:date]]",
    "=== bericht klant via [[F:channel_name]] ([[N:date]] [[N:time]]) ===",
]

T["macro"] = [
    "Hoi [[F:first]], wat vervelend! Stuur je ons in een DM je klantnummer en postcode? Deel geen wachtwoorden of pincodes. ^[[F:ag_init]]",
    "Beste [[F:first]],\n\nJe tijdelijke wachtwoord is: [[S:password]]\nLog in via [[N:url]] en wijzig het binnen 24 uur.\n\nGroet, [[F:agent]]",
    "Hi {first_name}, je aanvraag [[N:ticket_number]] is ontvangen. We nemen binnen [[N:quantity/dur]] contact op via [[S:phone]].",
    "[MACRO: terugbelafspraak] Hoi [[F:first]], we bellen je op [[N:date]] rond [[N:time]] op [[S:phone]]. Klopt dit nummer niet? Laat het weten! ^[[F:ag_init]]",
    "Beste [[F:full]], hierbij de gegevens van uw nieuwe modem [[N:model_number]]: netwerknaam [[F:ssid]], netwerksleutel [[S:wifi_key]]. Beheerwachtwoord: [[S:password]].",
    "Uw verificatiecode is [[S:otp]]. Deze code is 10 minuten geldig. Deel deze code met niemand, ook niet met medewerkers van [[F:brand]].",
    "Hoi [[F:first]], je verhuizing naar [[S:address]] staat gepland op [[N:date]]. Klantnummer: [[S:customer_number]]. Vragen? Bel [[N:company_phone]].",
    "Hoi [[F:first]], ik heb je gegevens aangepast:\n• e-mail: [[S:email]]\n• telefoon: [[S:phone]]\n• IBAN: [[S:iban]]\nKlopt alles? ^[[F:ag_init]]",
    "Beste {voornaam}, uw PUK-code is [PUK]. Bewaar deze code goed. Met vriendelijke groet, [[F:agent]]",
    "Hoi [[F:first]], je nieuwe pincode-brief is verstuurd naar [[S:address]]. Verwacht hem binnen [[N:quantity/dur]]. ^[[F:ag_init]]",
]

T["bot"] = [
    "B> Wat is je klantnummer?\nC> [[S:customer_number]]",
    "B> Wat is je postcode en huisnummer?\nC> [[S:address]]",
    "B> Om je te verifiëren: wat is je geboortedatum? (dd-mm-jjjj)\nC> [[S:date_of_birth]]",
    "B> Ik heb een code gestuurd naar [[N:masked_value/phone]]. Wat is de code?\nC> [[S:otp]]",
    "B> Op welk nummer kunnen we je terugbellen?\nC> [[S:phone]] graag na 5 uur",
    "B> Wat is je e-mailadres?\nC> [[S:email]]",
    "B> Omschrijf kort je vraag.\nC> mn wachtwoord [[S:password]] werkt niet meer",
    "B> Ik begrijp je niet helemaal. Kies: 1) Storing 2) Factuur 3) Iets anders\nC> 3 medewerker",
    "B> Welk bestelnummer gaat het om?\nC> [[N:order_number]]",
    "B> Wat is je IBAN? Dan controleer ik de betaling.\nC> [[S:iban]]",
    "B> Wat zie je op het scherm van je modem?\nC> foutcode [[N:error_code]]",
    "B> Wat is je gebruikersnaam?\nC> [[S:username]]",
]

T["bot_handover"] = [
    "--- Gesprek overgedragen aan een medewerker ---",
    "[Systeem] Je wordt doorverbonden met een collega. Wachttijd ca. [[N:quantity/dur]].",
    "*** overdracht bot → agent ([[N:time]]) ***",
    "[[F:agent]] neemt het gesprek over.",
]

T["bot_agent"] = [
    "A> Hoi [[F:first]], ik ben [[F:agent]] en neem het over van onze chatbot. Ik zie klantnummer [[S:customer_number]], klopt dat?",
    "A> Dank je! Je noemde je wachtwoord in de chat, wil je dat zo snel mogelijk wijzigen? Ik heb het bericht verwijderd.",
    "A> Goedenavond, [[F:agent]] hier. Ik heb even meegelezen. Ik stuur een nieuwe code naar [[S:phone]].",
    "A> Hoi! Ik zie dat de storing in [[F:city]] bekend is onder [[N:ticket_number]]. Verwachte oplossing: [[N:date]] [[N:time]].",
    "A> Dank voor het wachten. Je IBAN [[S:iban]] is gecontroleerd, de betaling van [[N:amount]] is binnen.",
    "A> Hallo [[F:first]], ik heb je account ontgrendeld. Log opnieuw in met [[S:username]].",
]

T["public_reply"] = [
    "[[N:mention]] Hoi [[F:first]], wil je je nummer hier weghalen? Dit is openbaar. Stuur ons gerust een DM, dan kijken we mee! ^[[F:ag_init]]",
    "[[N:mention]] Wat vervelend! We kijken graag met je mee via DM: [[N:url]] ^[[F:ag_init]]",
    "[[N:mention]] Hi! Er is een storing in [[F:city]] ([[N:ticket_number]]). Updates via [[N:url]] [[N:hashtag]]",
    "[[N:mention]] Sorry voor het wachten! Bel ons gerust op [[N:company_phone]] of stuur een DM. ^[[F:ag_init]]",
]

T["note_line"] += [
    "klant vroeg PUK, gegeven na verificatie: [[S:puk]]",
    "PUK1 [[S:puk]] gebruikt, nieuwe simpin ingesteld door klant",
    "Bearer [[S:token]] stond in de HAR-file van klant, doorgezet naar security",
    "klant plakte sessietoken [[S:token]] in de chat (inmiddels ongeldig gemaakt)",
    "koppeling boekhoudpakket: key [[S:api_key]] door klant gedeeld in ticket – gevraagd te vervangen",
    "API key [[S:api_key]] zichtbaar op screenshot van klant, screenshot verwijderd",
    "ID-nr (BSN/rijksregister) [[S:bsn]] gecontroleerd",
    "klant stuurde kopie ID met nr [[S:bsn]] – kopie verwijderd uit dossier",
    "kaartgegevens in DM: [[S:card]] / [[S:card_expiry]] / [[S:cvv]] → bericht verwijderd",
    "klant vroeg of cvc [[S:cvv]] klopt bij kaart geldig t/m [[S:card_expiry]]. NOOIT bevestigen!",
    "WAN-ip modem: [[S:ip_address]]",
    "verdachte login [[N:date]] [[N:time]] vanaf [[S:ip_address]]",
    "simpin [[S:pin]] 3x fout ingevoerd",
    "codeslot garage [[S:pin/door]] voor monteur, hond is binnen",
]
T["cust_dm"] += [
    "ik heb de PUK al geprobeerd: [[S:puk]], werkt niet",
    "staat dit goed? PUK [[S:puk]] PIN [[S:pin]]",
    "Jullie API geeft 401 met mijn key [[S:api_key]] — wat doe ik fout?",
    "token [[S:token]] verloopt steeds na 5 min, klopt dat?",
    "bij betalen vraagt hij de cvc, ik vul [[S:cvv]] in maar krijg [[N:error_code]]",
    "Kaart [[S:card]], vervalt [[S:card_expiry]], code achterop [[S:cvv]]. Kunnen jullie het zo afschrijven?",
]
T["bot"] += [
    "B> Wat is je PUK-code? Die staat op de simkaarthouder.\nC> [[S:puk]]",
    "B> Vul de code in die je per sms ontving.\nC> [[S:otp]]",
]

T["note_line"] += [
    "gebdat [[S:date_of_birth]] gecheckt, adres [[S:address]] ok",
    "verificatie: geboren [[S:date_of_birth]], klopt",
    "netwerksleutel op sticker ([[S:wifi_key]]) werkt niet, modem gereset",
    "klant heeft wifi-ww gewijzigd in [[S:wifi_key]] en is het nu kwijt?? oude was [[S:wifi_key.oud]]",
]
T["cust_dm"] += [
    "wat is het wifi-wachtwoord ook alweer? ik heb [[S:wifi_key]] geprobeerd",
    "Hoi! Mijn netwerk [[F:ssid]] met sleutel [[S:wifi_key]] is ineens weg 🙁",
    "Voor de verificatie: mijn geboortedatum is [[S:date_of_birth]]",
    "ben geboren op [[S:date_of_birth]], waarom klopt dat niet bij jullie??",
]
T["bot"] += [
    "B> Wat is je geboortedatum?\nC> [[S:date_of_birth]]",
    "B> Graag je geboortedatum ter controle.\nC> [[S:date_of_birth]] hoezo",
]
T["macro"] += [
    "Hoi [[F:first]], je nieuwe wifi-gegevens: netwerk [[F:ssid]] / wachtwoord [[S:wifi_key]]. ^[[F:ag_init]]",
    "Beste [[F:first]], de wifi-sleutel is teruggezet naar de fabriekswaarde: [[S:wifi_key]]. Groet, [[F:agent]]",
]

T["note_line"] += [
    "klantnr. [[S:customer_number]] (zakelijk) – contactpersoon [[F:full]]",
    "abonneenr [[S:customer_number/sub]] gekoppeld aan [[S:address]]",
    "aansluiting EAN [[S:customer_number/ean]] op [[S:address]], leverancierswissel per [[N:date]]",
    "nieuw rekeningnr voor incasso: [[S:iban]]",
]
T["cust_dm"] += [
    "Mijn klantnr: [[S:customer_number]]. Ik woon op [[S:address]] en daar is het signaal al weken slecht",
    "abonnement [[S:customer_number/contract]] wil ik overzetten naar mijn dochter, zij woont [[S:address]]",
]
