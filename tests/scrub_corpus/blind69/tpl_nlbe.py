"""Belgian Dutch (Flanders) templates."""

BODY = {
    "portal": [
        "Goeiedag, ik geraak niet meer binnen in de app van mijn omvormer. Gebruikersnaam <<username>>, paswoord <<password>>. Wat nu?",
        "Ge hebt mijn paswoord gereset maar het nieuwe (<<password>>) werkt ook ni. Login = <<username>>",
        "De installateur heeft de thuisbatterij geregistreerd met zijn login (<<username>> / <<password>>), kan dat op mijn naam gezet worden? Mijn mail: <<email>>",
        "Inloggen op Mijn <<BRAND>> lukt niet: 'gebruiker onbekend'. Ik gebruik <<email>> en wachtwoord <<password>>",
        "Paswoord van het portaal van de warmtepomp vergeten. Oud was <<password>>, klantnummer <<cust>>",
        "Gebruiker: <<username>>\nPaswoord: <<password>>\nDit stond op de werkbon van de plaatser, maar werkt niet sinds versie <<n_version>>",
    ],
    "wifi": [
        "Den omvormer is offline sinds we van Telenet naar Proximus zijn gegaan. Netwerk <<SSID>>, wifi-code <<wifi_key>>",
        "Voor de technieker: wifi <<SSID>>, paswoord <<wifi_key>>. Ik ben thuis vanaf <<n_time>>.",
        "De laadpaal vindt ons netwerk niet. WPA-sleutel is <<wifi_key>> en het toestel staat op IP <<lanip>>",
        "Modem vervangen, nieuwe sleutel <<wifi_key>>. Moet ik de dongle van de omvormer resetten? Foutcode <<n_error>>",
    ],
    "alarm": [
        "De technieker mag langs de zijkant binnen, code van het poortje is <<pin>>. Alarm staat op nachtstand, code <<pin:2>>.",
        "Ons alarm blijft piepen sinds de stroompanne. Mijn code is <<pin>>, die van de poetsvrouw <<pin:2>>. Kunnen jullie dat bekijken?",
        "Sleutelkastje aan de garage, code <<pin>>. Den hond zit binnen, niet schrikken 🙂",
        "Simkaart in de alarmcentrale gevraagd om PUK: <<puk>>. PIN-code was <<pin>>",
    ],
    "payment": [
        "Het voorschot van <<n_amount>> mag teruggestort worden op <<iban>>, op naam van <<FULL>>.",
        "Domiciliëring voor de voorschotfactuur graag op rekening <<iban>>. Klantnummer <<cust>>.",
        "Betaald met Visa <<card>> (vervalt <<expiry>>, code achteraan <<cvv>>) maar ik krijg toch een aanmaning voor factuur <<n_invoice>>",
        "Mijn rekeningnummer is veranderd: nieuw <<iban>>. Het oude eindigt op <<n_masked>>.",
    ],
    "subsidy": [
        "Voor de premie via Mijn VerbouwPremie vragen ze mijn rijksregisternummer: <<rrn>>. Geboren op <<dob>>. Moet dat ook naar de installateur?",
        "Mijn premieaanvraag (dossier <<n_ticket>>) is geweigerd, het adres van de woning is <<address>>. Rijksregisternr <<rrn>>.",
        "Gegevens voor het attest:\nNaam: <<FULL>>\nRRN: <<rrn>>\nAdres: <<address>>\nIBAN: <<iban>>",
        "Fluvius vraagt mijn rijksregisternummer (<<rrn>>) voor het terugdraaiende teller-dossier. Is dat normaal?",
    ],
    "meter": [
        "Digitale meter geplaatst op <<n_date>>, maar in de app zie ik geen injectie. EAN <<ean>>, meterstand dag <<n_meter>>",
        "Capaciteitstarief klopt niet, mijn piek was nooit <<n_qty>>. EAN-nummer <<ean>>, adres <<address>>",
        "Gebruikerspoort (P1) van de digitale meter activeren aub. EAN <<ean>>, klantnummer <<cust>>, gsm <<phone>>",
        "Meterstanden doorgegeven: dag <<n_meter>>, nacht <<n_meter:2>>. Contract <<cust>>",
    ],
    "otp": [
        "Ik krijg een sms met code <<otp>> maar itsme blijft hangen bij het aanmelden.",
        "De verificatiecode per mail was <<otp>>, ik heb ze ingegeven maar 'code ongeldig'",
        "Medewerker aan de telefoon vroeg de code, ik heb <<otpw>> gezegd. Was dat oké?",
        "Code: <<otp>>. Nu zegt ie 'te veel pogingen'",
    ],
    "api": [
        "Voor de koppeling met Home Assistant gebruik ik API-sleutel <<api_key>>, maar ik krijg <<n_error>>.",
        "Bearer token <<token>> werkt niet meer sinds jullie update <<n_version>>. Request ID <<n_reqid>>",
        "Mijn Modbus-verbinding naar <<lanip>> poort <<n_port>> valt weg, en de cloud API key (<<api_key>>) geeft 403",
        "Per ongeluk mijn token op GitHub gezet: <<token>>. Kunnen jullie die intrekken?",
    ],
    "quote": [
        "Offerte <<n_invoice>> voor <<n_qty>> aan <<n_amount>> excl. <<n_pct>> btw. Is de omvormer (<<n_model>>) hybride?",
        "Warmtepomp geeft sinds <<n_date>> foutcode <<n_error>>. Garantie loopt tot <<n_year>>. Tel. <<phone>>",
        "Wanneer komt de technieker? Ticketnummer <<n_ticket>>. Ik woon <<address>>",
        "Het pakket met de laadkabel (<<n_tracking>>) is nooit aangekomen. Bestelling <<n_order>>.",
        "Factuur <<n_invoice>> rekent <<n_amount>> voor de plaatsing, afgesproken was <<n_amount:2>>. Kan dat rechtgezet worden?",
        "Installatie liefst na <<n_date>>, ik vlieg terug met <<n_flight>>. Bereikbaar op <<phone>>",
    ],
    "contact": [
        "Mijn nieuw gsm-nummer is <<phone>>, mailadres blijft <<email>>",
        "We zijn verhuisd naar <<address>>. Klantnummer <<cust>>. De oude meter is afgesloten.",
        "Bel me gerust op <<phone>>, liefst na <<n_time>>",
        "Mijn gegevens: <<FULL>> - <<address>> - <<phone>> - geboren <<dob>>",
    ],
}

AGENT = [
    "Dag <<FIRST>>, ik heb je account <<username>> gedeblokkeerd. Deel je paswoord nooit via sociale media. Groetjes, <<AGENT>>",
    "Bedankt! Je aanvraag staat geregistreerd onder <<n_ticket>>. Onze klantendienst is bereikbaar op <<n_cphone>>. ^<<AGENT>>",
    "Dag {voornaam}, uw verificatiecode is [CODE]. Deze code is 10 minuten geldig. Team <<BRAND>>",
    "Ik zie de meter met EAN <<ean>> op <<address>>. Er staat een technieker gepland op <<n_date>>. Mvg, <<AGENT>>",
    "We storten <<n_amount>> terug op rekening <<iban>>. Klopt dit nummer? ^<<AGENT>>",
    "Voor je veiligheid: stuur je rijksregisternummer niet publiek. Stuur ons een privébericht met je klantnummer. Meer info op <<n_url>> ^<<AGENT>>",
]

GREET = ["Beste,", "Goeiedag,", "Geachte,", "Dag <<AGENT>>,", "Hallo <<BRAND>>,", "Goedemiddag,"]
SIGN = [
    "Met vriendelijke groeten,\n<<FULL>>\n<<address>>\nGSM: <<phone>>",
    "Mvg,\n<<FULL>>",
    "Groetjes,\n<<FIRST>>\n<<phone>>",
    "Vriendelijke groet\n<<FULL>>\nKlantnr. <<cust>>",
    "Alvast bedankt,\n<<FIRST>> <<LAST>>\n<<email>> | <<phone>>",
    "Groeten,\n<<FIRST>>\n\nVerzonden met Telenet Webmail",
]
QUOTE_HDR = ["Op <<n_date>> om <<n_time>> schreef <<BRAND>> Klantendienst:", "Van: <<BRAND>>\nVerzonden: <<n_date>>\nOnderwerp: RE: dossier <<n_ticket>>",
             "<<AGENT>> van <<BRAND>> schreef op <<n_date>>:", "----- Origineel bericht -----\nVan: klantendienst <<BRAND>>\nDatum: <<n_date>> <<n_time>>"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: <<FULL>> <<email>>\nDatum: <<n_date>>\nOnderwerp: premie zonneboiler",
       "Doorgestuurd bericht:\nVan: <<FULL>> <<email>>\nOnderwerp: offerte batterij"]
DISC = ["Deze e-mail en eventuele bijlagen zijn vertrouwelijk. <<BRAND>> nv – ondernemingsnummer <<n_creg>>.",
        "<<BRAND>> | RPR Gent | <<n_creg>> | <<n_url>>",
        "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de bestemmeling, verwijder het dan.",
        "Klantendienst <<n_cphone>> – <<n_creg>>"]
PUBLIC_TAIL = ["", " Schandalig.", " Iemand ervaring mee?", " Allez, doe eens iets.", " 🙄", " Al 3 weken wachten..."]

BODY["api"] += [
    "De SHA256 van het firmwarebestand klopt niet: <<n_checksum>>. API-sleutel <<api_key>> staat nog in de config.",
    "Ons publiek IP-adres is <<ip>>, kunnen jullie dat whitelisten? Token: <<token>>",
]
BODY["portal"] += [
    "Melding 'aanmelding vanaf <<ip>>', dat ben ik niet! Nieuw paswoord is <<password>>, login <<username>>",
    "Vanaf welk IP is er ingelogd? Ik vermoed <<ip>>. Gebruikersnaam <<username>>",
]
BODY["payment"] += [
    "Kaart: <<card>>\nVervaldatum: <<expiry>>\nCVC: <<cvv>>\nGraag het saldo van <<n_amount>> aanrekenen.",
    "Bancontact lukt niet, dan maar Mastercard <<card>> exp <<expiry>> cvc <<cvv>>. Waarom <<n_pct>> btw en niet 6%?",
]
BODY["quote"] += [
    "In de offerte stond <<n_pct>> korting, op factuur <<n_invoice>> niet. Artikelnummer <<n_product>>.",
    "Welke kabel past bij de laadpaal: <<n_product>> of <<n_product:2>>? Beide <<n_amount>>.",
]
CUST_HDR = ["Op <<n_date>> om <<n_time>> schreef <<FULL>> <<<email>>>:", "Van: <<FULL>> <<email>>\nVerzonden: <<n_date>>",
            "<<FULL>> schreef op <<n_date>>:", "Op <<n_date>> schreef <<email>>:"]
