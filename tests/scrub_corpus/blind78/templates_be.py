"""Belgian Dutch (Flemish) templates."""

MSG = {
    "payout": [
        "Dag, ik heb nog altijd mijn geld niet gekregen voor de <<@item>> (<<~amount>>). Mijn rekeningnummer is <<iban>>. Kunt ge dat eens nakijken aub?",
        "Allez, al <<~quantity>> weken wacht ik op mijn uitbetaling als rider. Rider ID <<customer_number>>, IBAN <<iban>>. Factuur <<~invoice_number>> staat er gewoon in.",
        "Goeiendag, mijn ondernemingsnummer is <<~company_registration>> en mijn rijksregisternummer <<rrn>>, nodig voor de fiscale fiche zeggen ze. Gsm <<phone>>",
        "uitbetaling naar verkeerde rekening gegaan!! moest <<iban>> zijn, niet <<iban2>>. Klantnr <<customer_number>>",
    ],
    "login": [
        "Ik geraak niet meer binnen in mijn account. Login <<username>> en paswoord <<password>>. Wat is er mis?",
        "Ik kreeg een sms met code <<otp>> maar ik had niks aangevraagd?? Iemand probeert in te loggen denk ik, vanaf <<ip_address>> volgens de mail.",
        "Nieuw paswoord ingesteld: <<password>>, maar de app vraagt nog steeds het oude (<<password2>>). Versie <<~version_string>>",
        "Mijn e-mailadres is veranderd naar <<email>>, het oude <<email2>> gebruik ik niet meer. Kunt ge dat aanpassen? Gebruikersnaam: <<username>>",
        "code die ik kreeg: <<otp:words>>. klopt da?",
    ],
    "shipping": [
        "Het pakske is nooit toegekomen. Tracking <<~tracking_number>>, verstuurd op <<~date>>. Mijn adres is <<address>>. Ge kunt mij bellen op <<phone>>.",
        "Het verzendlabel heeft een fout adres, het moet zijn <<address>> in plaats van <<address2>>. Bestelling <<~order_number>>",
        "De koerier belde om <<~time>> maar ik was niet thuis, kan hij morgen terugkomen? Ik ben bereikbaar op <<phone>> of <<phone2>>",
        "Afhaalpunt is gesloten en het pakket gaat terug naar de verkoper?? Zending <<~tracking_number>>, ik ben <<@name>>, <<email>>",
    ],
    "dispute": [
        "Ik heb betaald met mijn bankkaart <<card>> exp <<card_expiry>> en de verkoper reageert niet meer. Transactie <<~order_number>>",
        "Verkoper vraagt om <<~amount>> over te schrijven op <<iban>> buiten het platform. Is dat normaal? Hij zei ook zijn gsm: <<phone>>",
        "Koper zegt dat de fiets beschadigd is, maar ik heb hem in perfecte staat verstuurd. Dossier <<~ticket_number>>. Mijn klantnummer is <<customer_number>>",
    ],
    "petsit": [
        "Voor de hondenoppas: de sleutelkluis aan de garage heeft code <<pin>>. Wifi: <<wifi_key>>. <<@pet>> moet om <<~time>> zijn pil. Adres: <<address>>",
        "Afspraak bij de dierenarts via de app geannuleerd maar toch <<~amount>> aangerekend met kaart <<~masked_value:card>>. Klantnummer <<customer_number>>",
        "Den alarm code is <<pin>> en de poort gaat open met <<pin2:gate>>. Mijn gsm staat altijd aan: <<phone>>",
    ],
    "ride": [
        "Ik ben mijn portefeuille vergeten in de wagen, rit van <<~time>> naar <<@city>>. Mijn gsm <<phone>>, mail <<email>>",
        "Als chauffeur kan ik mijn rijksregisternummer niet invullen, hij zegt ongeldig: <<rrn>>. Geboortedatum <<date_of_birth>>",
        "Mijn werk-gsm vraagt de PUK-code, op de kaart staat <<puk>>. SIM PIN was <<pin>>. Toestel <<~model_number>>",
    ],
}

PUB = {
    "complain": [
        "<<~mention>> al <<~quantity>> weken wachten op mijn terugbetaling, ticket <<~ticket_number>>, niemand die antwoordt <<~hashtag>>",
        "Schandalig hoe <<~mention>> omgaat met zijn riders. Bel mij maar eens op <<phone>> als ge durft",
        "<<~mention>> mijn pakket <<~tracking_number>> is al een week kwijt, en de helpdesk op <<~company_phone>> zegt niks <<~hashtag>>",
        "Opgelet voor oplichters op <<@brand>> die u een link sturen om 'uw betaling te ontvangen' <<~url>> <<~hashtag>>",
        "<<~mention>> ik heb u een DM gestuurd met mijn gegevens, mail is <<email>>",
    ],
}

AGENT = {
    "ask": [
        "Dag <<@fname>>, dat is vervelend! Stuur ons gerust een privébericht met je ordernummer en e-mailadres, dan bekijken we het. Deel nooit je paswoord. <<@agent>>",
        "Hallo, kun je bevestigen dat je rekening eindigt op <<~masked_value:iban>>? Je kan dat ook zelf aanpassen via <<~url>>. Groetjes, <<@agent>>",
    ],
    "confirm": [
        "Dank je wel <<@fname>>. We hebben de terugbetaling van <<~amount>> gestart naar <<iban>>. Je dossiernummer is <<~ticket_number>>. <<@agent>>",
        "Je nieuwe afleveradres <<address>> staat erin. We sturen de bevestiging naar <<email>>. Fijne dag! <<@agent>>",
    ],
    "escalate": [
        "Ik heb het doorgegeven aan onze collega's van de riderondersteuning (ref <<~ticket_number>>). Telefonisch via <<~company_phone>>. <<@agent>>",
        "Opgelet: je hebt je gsm-nummer <<phone>> publiek gedeeld. Verwijder best je bericht, we contacteren je via DM. ^<<@agent>>",
    ],
}

FRAMES = {
    "greet": ["Beste,\n\n", "Dag <<@brand>>,\n\n", "Goeiemiddag,\n\n", "Hallo daar,\n\n"],
    "close": ["\n\nMet vriendelijke groeten,\n<<@name>>", "\n\nAlvast bedankt,\n<<@fname>>\nGsm: <<phone>>", "\n\nGroetjes\n<<@name>>\n<<address>>", "\n\nMvg,\n<<@name>>"],
    "extra": ["\n\nIk heb al verschillende keren gemaild maar krijg telkens een automatisch antwoord. Ik hoop dat er nu eens iemand naar kijkt.",
              "\n\nDit is al de derde keer dat er iets misloopt met een verzending. Ik overweeg echt om over te stappen naar een ander platform."],
    "quote_head": ["\n\nOp <<~date>> om <<~time>> schreef <<@brand>> Klantendienst:\n", "\n\n---- Oorspronkelijk bericht ----\nVan: <<@brand>>\nDatum: <<~date>>\nOnderwerp: Uw dossier <<~ticket_number>>\n\n"],
    "fwd": ["---------- Doorgestuurd bericht ---------\nVan: <<@name>> <<<email>>>\nDatum: <<~date>>\nOnderwerp: bestelling\n\n", "Doorgestuurd bericht:\nVan: <<@name>> (<<email>>)\n\n"],
    "disclaimer": ["\n\n--\nDit bericht en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer <<~company_registration>>.", "\n\nDenk aan het milieu voor je deze mail afdrukt."],
    "agent_sig": ["\n\nVriendelijke groeten,\n<<@agent>>\nKlantendienst <<@brand>>\n<<~company_phone>>", "\n\nGroetjes,\n<<@agent>> van <<@brand>>"],
}

MSG["misc"] = [
    "Nieuwe kaart ingegeven: <<card>> vervalt <<card_expiry>> CVC <<cvv>>, maar het verzendlabel betalen lukt niet (<<~error_code>>)",
    "kaart <<card>> exp <<card_expiry>> code achteraan <<cvv>>. Waarom wordt dat geweigerd?",
    "Ik vertrek morgen met vlucht <<~flight_number>>, de oppas moet binnen kunnen: sleutelkluis <<pin>>, wifi <<wifi_key>>. Commissie <<~percentage>> is betaald.",
    "Vlucht <<~flight_number>> geannuleerd, kan de sitter een dag langer? Wifi-sleutel: <<wifi_key>>. Voer: artikel <<~product_code>>",
    "Mijn login is <<username>> en paswoord <<password>>. De export (md5 <<~checksum>>) is leeg en de kosten van <<~percentage>> kloppen niet.",
    "Gebruikersnaam <<username>>, API-sleutel <<api_key>>. Artikel <<~product_code>> staat er twee keer op.",
]
FRAMES["extra"] += ["\n\nDe koper blijft mij berichten sturen en begint zelfs te dreigen met een slechte beoordeling. Ik zou dit graag snel opgelost zien.",
                    "\n\nOp uw website staat dat een terugbetaling maximum vijf werkdagen duurt, maar ik wacht nu al veel langer."]
FRAMES["agent_sig"] += ["\n\nMet vriendelijke groet,\n<<@agent>>\n<<@brand>> Klantendienst – <<~company_phone>>\n<<~url>>", "\n\nGroetjes,\n<<@agent>>\nBel ons gratis op <<~company_phone>>"]
FRAMES["disclaimer"] += ["\n\n<<@brand>> BV – ondernemingsnummer <<~company_registration>> – RPR Brussel", "\n\nVertrouwelijk. BTW <<~company_registration>>."]
