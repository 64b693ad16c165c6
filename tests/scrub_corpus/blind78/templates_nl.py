"""Dutch (Netherlands) templates. Slots: <<type>> labelled, <<~kind>> negative, <<@pool>> filler."""

MSG = {
    "payout": [
        "Hoi, mijn uitbetaling van <<~amount>> staat al sinds <<~date>> op 'in behandeling'. Rekening is <<iban>> op naam van <<@name>>. Verkopers-ID <<customer_number>>",
        "waarom krijg ik mijn geld niet?? verkocht op <<~date>>, bestelling <<~order_number>>, koper heeft ontvangen. mijn iban: <<iban>>",
        "Goedemiddag,\nIk heb mijn bankrekening gewijzigd van <<iban>> naar <<iban2>> maar de uitbetaling ging tóch naar de oude. Kunnen jullie dit terugdraaien? Mijn account nr is <<customer_number>>.",
        "payout is nog steeds pending (<<~amount>>) kan iemand ff checken?? account <<customer_number>> / mail <<email>>",
        "Uitbetaling mislukt met foutcode <<~error_code>>. IBAN klopt gewoon hoor: <<iban>>. Tel: <<phone>>",
        "Ik ben bezorger via <<@brand>> en mis <<~amount>> over vorige week (<<~quantity>>). Koerier-ID: <<customer_number>>, rekening <<iban>>. Fac. <<~invoice_number>> heb ik gewoon ingediend.",
    ],
    "login": [
        "Ik kom niet meer in mijn account. Gebruikersnaam <<username>>, wachtwoord <<password>> werkt ineens niet meer. Zijn jullie gehackt??",
        "Help! Iemand heeft mijn wachtwoord veranderd en mijn e-mail naar <<email2>> gezet. Mijn eigen mailadres is <<email>>. Laatste login vanaf IP <<ip_address>> was niet ik.",
        "ik krijg steeds de code <<otp>> maar die wordt niet geaccepteerd. app versie <<~version_string>>, telefoon <<~model_number>>",
        "De sms-code die ik kreeg was <<otp>>, is die nog geldig? Ik probeer in te loggen als <<username>>",
        "Login: <<username>>\nWW: <<password>>\nKunnen jullie kijken wat er mis is, ik krijg foutmelding <<~error_code>>",
        "Mijn oude wachtwoord was <<password>> en het nieuwe <<password2>> maar geen van beide werkt nu 🙄",
        "Heb de verificatiecode voorgelezen gekregen: <<otp:words>>. Maar de app zegt 'ongeldig'.",
    ],
    "shipping": [
        "Het verzendlabel klopt niet, er staat het oude adres op. Moet zijn: <<address>>. Bestelling <<~order_number>>",
        "Pakket met track & trace <<~tracking_number>> staat al <<~quantity>> dagen stil bij het sorteercentrum?? Koper wordt boos. Mijn nummer <<phone>>",
        "Kan de koerier morgen tussen <<~time>> en <<~time2>> langskomen op <<address>>? Bel me op <<phone>> als hij er is, bel doet het niet.",
        "Label aangemaakt voor <<~amount>> maar de printer faalde, kan ik een nieuwe krijgen? Zending <<~tracking_number>>, adres afzender <<address>>",
        "Pakketje is bij de buren afgeleverd maar dat is niet mijn adres!! Ik woon op <<address>>. T&T: <<~tracking_number>>",
    ],
    "dispute": [
        "Koper claimt dat de <<@item>> kapot was maar dat is echt niet zo. Transactie <<~order_number>>, bedrag <<~amount>>. Ik heb foto's, mail me op <<email>>",
        "Ik heb <<~amount>> betaald met mijn creditcard <<card>> (geldig tot <<card_expiry>>) maar de verkoper stuurt niks. Ik wil mijn geld terug.",
        "De verkoper wilde dat ik buiten de app betaal naar <<iban>>, dat voelt als oplichting. Zijn profiel: <<~url>>",
        "Geschil <<~ticket_number>>: ik heb het artikel gewoon teruggestuurd (<<~tracking_number>>) maar nog geen refund. Klantnummer <<customer_number>>",
        "Mijn kaart eindigend op <<~masked_value:card>> is twee keer belast voor <<~amount>>. Volledige nummer is <<card>>, cvc <<cvv>>",
    ],
    "identity": [
        "Voor de verificatie vragen jullie mijn BSN, hier: <<bsn>>. Geboortedatum <<date_of_birth>>. Waarom is dit eigenlijk nodig voor een zzp-account?",
        "KvK <<~company_registration>>, btw-nummer <<~company_registration2>>, en mijn bsn is <<bsn>> als dat ook nodig is voor de uitbetaling",
        "Ik ben freelancer op <<@brand>> en moest mijn ID uploaden. Geb. <<date_of_birth>>, adres <<address>>. Hoe lang duurt de controle nog?",
        "Naam: <<@name>>\nGeboortedatum: <<date_of_birth>>\nBSN: <<bsn>>\nAdres: <<address>>\nTelefoon: <<phone>>\nIBAN: <<iban>>",
    ],
    "petsit": [
        "Voor de oppas via <<@brand>>: sleutelkastje hangt naast de voordeur, code <<pin>>. Alarm uitzetten met <<pin2>>. Wifi 'Ziggo<<@fname>>' wachtwoord <<wifi_key>>. <<@pet>> krijgt om <<~time>> eten.",
        "Hoi! Adres is <<address>>, de code van het hek is <<pin:gate>>. Mijn mobiel <<phone>> voor noodgevallen. Dierenarts zit in <<@city>>.",
        "Afspraak bij de dierenarts via de app voor <<@pet>> op <<~date>> om <<~time>>. Klantnummer bij de praktijk: <<customer_number>>. Betaald met <<card>>?",
        "De sitter kon niet binnen want ik had de verkeerde code gestuurd, juiste keyboxcode = <<pin>> (niet <<pin2>>). Sorry!!",
        "wifi netwerk heet 'KPN_<<@pet>>' en de sleutel is <<wifi_key>> (hoofdletters!)",
    ],
    "ride": [
        "Ik heb mijn telefoon laten liggen in de taxi van <<~time>>, rit naar <<@city>> op <<~date>>. Mijn andere nummer: <<phone>>. Toestel: <<~model_number>>",
        "Chauffeur reed verkeerd en ik moest <<~amount>> betalen ipv de geschatte prijs. Rit-ID <<~order_number>>. Mail: <<email>>",
        "Mijn rijbewijscheck blijft hangen. Chauffeur ID <<customer_number>>, tel <<phone>>. Ik rijd al sinds <<~year>>.",
        "Werktelefoon van de koeriersdienst is geblokkeerd, SIM PIN <<pin>> 3x fout. PUK is volgens de brief <<puk>> maar die werkt ook niet?",
    ],
    "dev": [
        "Onze shop-koppeling geeft <<~error_code>> sinds de update naar <<~version_string>>. API key die we gebruiken: <<api_key>>. Request id <<~request_id>>",
        "Per ongeluk onze live key in een publieke repo gezet: <<api_key:stripe>>. Kunnen jullie die intrekken a.u.b.?",
        "Webhook naar onze server (<<ip_address>> poort <<~port>>) komt niet aan. Token in de header: Bearer <<token:jwt>>",
        "Checksum van het exportbestand klopt niet: verwacht <<~checksum>>. Onze access token is <<token>>, kan daar iets mee mis zijn?",
        "AWS key id <<api_key:aws_id>> en secret <<api_key2:aws_secret>> staan in de integratie-instellingen, maar de foto-upload faalt nog steeds",
    ],
}

PUB = {
    "complain": [
        "<<~mention>> al <<~quantity>> dagen geen reactie op mijn geschil <<~ticket_number>>. Bel me gewoon: <<phone>> <<~hashtag>>",
        "Wie kent dit?? <<~mention>> houdt mijn uitbetaling van <<~amount>> vast. Niemand neemt op bij <<~company_phone>> <<~hashtag>> <<~hashtag2>>",
        "<<~mention>> jullie bezorger heeft mijn pakket (<<~tracking_number>>) gewoon voor de deur gegooid in de regen. <<~hashtag>>",
        "Pas op voor deze verkoper op <<@brand>>, vraagt je te betalen naar <<iban>>!! <<~hashtag>>",
        "<<~mention>> dm gestuurd, mijn mail is <<email>> graag snel reageren",
        "Sinds update <<~version_string>> crasht de app elke keer bij uitbetalen <<~mention>> <<~hashtag>>",
        "<<~mention>> mijn account is overgenomen, ze hebben het wachtwoord gewijzigd. Ik ben bereikbaar op <<phone>>",
    ],
}

AGENT = {
    "ask": [
        "Hoi <<@fname>>, vervelend dat je uitbetaling nog niet binnen is! Wil je ons via DM je e-mailadres en ordernummer sturen? Dan duiken we erin. ^<<@agent>>",
        "Dag <<@fname>>, dank voor je bericht. Deel nooit je wachtwoord of verificatiecode met ons of met een koper. Stuur ons alleen je gebruikersnaam en het nummer van de transactie. Groet, <<@agent>>",
        "Hi! Kun je controleren of de rekening eindigend op <<~masked_value:iban>> nog klopt? Zo niet, pas hem aan via <<~url>>. Groetjes, <<@agent>>",
    ],
    "confirm": [
        "Bedankt <<@fname>>. Ik zie je geschil onder nummer <<~ticket_number>>. De terugbetaling van <<~amount>> staat klaar en komt binnen 3-5 werkdagen op <<iban>>. Groet, <<@agent>>",
        "Dank je! We hebben je adres gewijzigd naar <<address>>. Een nieuw label voor zending <<~tracking_number>> is verstuurd naar <<email>>. ^<<@agent>>",
        "Hoi, het telefoonnummer <<phone>> is nu gekoppeld aan je account. Je ontvangt vanaf nu de codes per sms. Team <<@brand>>, <<@agent>>",
        "We hebben je kaart <<~masked_value:card>> verwijderd en de dubbele afschrijving van <<~amount>> teruggeboekt (ref. <<~request_id>>). Groet, <<@agent>>",
    ],
    "escalate": [
        "Ik heb je melding doorgezet naar ons betalingsteam (case <<~ticket_number>>). Bellen kan ook via <<~company_phone>>, ma-vr tot <<~time>>. ^<<@agent>>",
        "Je hebt hier publiekelijk je telefoonnummer gedeeld, ik raad je aan die tweet te verwijderen. We sturen je een DM! ^<<@agent>>",
        "Voor vragen over je rittenoverzicht kun je terecht op <<~url>>. Factuur <<~invoice_number>> is opnieuw gegenereerd. <<@agent>>",
    ],
}

FRAMES = {
    "greet": ["Beste <<@brand>>,\n\n", "Hallo,\n\n", "Geachte heer/mevrouw,\n\n", "Hoi team,\n\n", "Goedemorgen,\n\n", "Beste klantenservice,\n\n"],
    "close": ["\n\nMet vriendelijke groet,\n<<@name>>", "\n\nGroetjes,\n<<@fname>>", "\n\nAlvast bedankt!\n<<@name>>", "\n\nMvg\n<<@name>>\n<<phone>>",
              "\n\nGroet,\n<<@name>>\nTel. <<phone>>\n<<address>>", "\n\nDank,\n<<@fname>>\n\nVerstuurd vanaf mijn iPhone"],
    "extra": ["\n\nIk heb al drie keer gebeld en elke keer krijg ik een ander verhaal. Dit is echt de laatste keer dat ik via jullie platform verkoop als dit niet opgelost wordt.",
              "\n\nIk verkoop al jaren via jullie en heb nooit problemen gehad, dus ik snap niet wat er nu ineens aan de hand is. Graag een reactie binnen een paar dagen.",
              "\n\nIn de bijlage vinden jullie de screenshots. Als er nog iets nodig is hoor ik het graag, ik ben overdag meestal bereikbaar.",
              "\n\nP.S. jullie chatbot begrijpt mijn vraag niet en stuurt me steeds naar dezelfde helppagina."],
    "quote_head": ["\n\nOp <<~date>> om <<~time>> schreef <<@brand>> Support:\n", "\n\n-----Oorspronkelijk bericht-----\nVan: <<@brand>> Klantenservice\nVerzonden: <<~date>> <<~time>>\nOnderwerp: Re: je vraag <<~ticket_number>>\n\n",
                   "\n\n> Op <<~date>> schreef <<@agent>> van <<@brand>>:\n"],
    "fwd": ["---------- Doorgestuurd bericht ---------\nVan: <<@name>> <<<email>>>\nDatum: <<~date>> <<~time>>\nOnderwerp: Fwd: uitbetaling\nAan: <<@brand>> support\n\n",
            "Begin doorgestuurd bericht:\n\nVan: <<@name>> <<<email>>>\nDatum: <<~date>>\n\n"],
    "disclaimer": ["\n\n--\nDit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender. KvK <<~company_registration>>.",
                   "\n\n______\nDeze e-mail is gescand op virussen. Aan de inhoud kunnen geen rechten worden ontleend."],
    "agent_sig": ["\n\nMet vriendelijke groet,\n<<@agent>>\nKlantenservice <<@brand>>\n<<~company_phone>> | <<~url>>", "\n\nGroet,\n<<@agent>> – Team <<@brand>>"],
}

MSG["misc"] = [
    "Mijn pas is verlopen dus nieuwe kaart toegevoegd: <<card>>, vervaldatum <<card_expiry>>, beveiligingscode <<cvv>>. Toch krijg ik <<~error_code>> bij het kopen van een verzendlabel.",
    "kaartnr <<card>> / exp <<card_expiry>> / cvc <<cvv>> — betaling voor het label (<<~amount>>) wordt steeds geweigerd?",
    "Ik vlieg morgen met <<~flight_number>> en kan de oppas niet bereiken. Wifi-code voor haar: <<wifi_key>>, deurcode <<pin>>. Haar commissie van <<~percentage>> heb ik al betaald.",
    "Flight <<~flight_number>> vertraagd, kan de sitter blijven? Netwerksleutel is <<wifi_key>>. Artikelnr van het voer: <<~product_code>>",
    "Export gedownload, sha256 <<~checksum>>, maar het bestand is leeg. Login <<username>> / <<password>>. Servicekosten <<~percentage>> kloppen ook niet.",
    "Product <<~product_code>> staat dubbel in mijn advertenties sinds <<~date>>. Gebruikersnaam <<username>>, token voor de koppeling <<token:hex>>",
]
AGENT["ask"] += [
    "Hoi <<@fname>>! Voor je veiligheid: stuur nooit je volledige kaartnummer of cvc via chat. We zien alleen <<~masked_value:card>>, dat is genoeg. ^<<@agent>>",
    "Dag <<@fname>>, wil je je nieuwe e-mailadres bevestigen? We hebben nu <<~masked_value:email>>. Groet, <<@agent>>",
]
FRAMES["extra"] += ["\n\nDe koper stuurt me inmiddels ook dreigende berichten via de chat, dus ik zou het fijn vinden als jullie hier snel naar kijken. Ik heb alle gesprekken bewaard.",
                    "\n\nOverigens: jullie helppagina zegt dat uitbetalingen binnen twee werkdagen binnen zijn, maar dat klopt dus al weken niet meer. Ik ben niet de enige, op Facebook klagen meer mensen."]
FRAMES["agent_sig"] += ["\n\nHartelijke groet,\n<<@agent>>\n<<@brand>> Support | <<~company_phone>>\n<<~url>>", "\n\nGroetjes,\n<<@agent>>\nBel ons: <<~company_phone>> (lokaal tarief)"]
FRAMES["disclaimer"] += ["\n\n*** Deze e-mail is alleen bestemd voor de geadresseerde. <<@brand>> B.V., KvK <<~company_registration>>, btw <<~company_registration2>> ***",
                         "\n\nDisclaimer: de informatie in dit bericht is vertrouwelijk. KvK-nummer <<~company_registration>>."]
MSG["ride"] += [
    "Kilometerstand bij einde dienst was <<~meter_reading>>, maar de app rekent minder. Bouwjaar bus <<~year>>. Koerier-ID <<customer_number>>",
    "Mijn scanner (<<~model_number>>) logt de ritten niet, km-stand nu <<~meter_reading>>. Sinds <<~year>> bij jullie. Bel <<phone>>",
]
MSG["shipping"] += [
    "Verkeerd artikel ontvangen: besteld <<~product_code>>, gekregen iets anders. Retour naar <<address>>? Ordernr <<~order_number>>",
    "Label voor <<~quantity>> gemaakt maar artikelnummer <<~product_code>> niet gevonden. Mijn tel <<phone>>",
]
