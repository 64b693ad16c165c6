"""Dutch (Netherlands) templates. Slots: <<type>> labelled, <<n_kind>> negative, <<UPPER>> filler."""

BODY = {
    "portal": [
        "Hoi, ik kom niet meer in het monitoringportaal van mijn omvormer. Gebruikersnaam is <<username>> en wachtwoord <<password>>, klopt gewoon maar hij zegt 'ongeldige inlog'. Omvormer is een <<n_model>>.",
        "kan iemand mij helpen?? app van de thuisbatterij logt steeds uit. login: <<username>> / ww: <<password>>",
        "Goedemiddag, sinds de update naar <<n_version>> kan ik niet inloggen op de app. Mijn inlognaam <<username>>, wachtwoord was <<password>> maar ik heb het gewijzigd naar <<password:2>>. Geen van beide werkt.",
        "Inloggegevens zoals de installateur ze op het briefje had geschreven:\ngebruiker <<username>>\npw <<password>>\nMaar dat werkt dus niet (foutcode <<n_error>>)",
        "Mijn vrouw heeft het wachtwoord van het zonnepanelenportaal veranderd en is het kwijt 🙄 oude was <<password>>. Account staat op <<email>>",
        "Beste, de installateur heeft het account voor de warmtepomp-app op zijn eigen naam gezet. Hij gaf me gebruikersnaam <<username>> met wachtwoord <<password>>. Kunnen jullie dat op mijn e-mail <<email>> zetten?",
        "Ik heb het wachtwoord gereset maar de nieuwe (<<password>>) wordt ook niet geaccepteerd. Klantnr <<cust>> als dat helpt.",
        "wachtwoord vergeten link komt niet aan. mailadres is <<email>>, gebruikersnaam denk ik <<username>>",
    ],
    "wifi": [
        "De wifi-dongle van de omvormer is offline sinds we een nieuwe router hebben. Netwerk heet <<SSID>>, wachtwoord <<wifi_key>>. Kunnen jullie hem op afstand koppelen?",
        "Monteur komt morgen voor de laadpaal, de wifi code is <<wifi_key>> (netwerk <<SSID>>). Ik ben er zelf niet, sleutel ligt bij de buren.",
        "Omvormer zoekt steeds verbinding. WLAN: <<SSID>>\nKey: <<wifi_key>>\nhet ip van de omvormer is <<lanip>>, poort <<n_port>> staat open",
        "hij pakt de 5GHz niet, ik heb nu een gastnetwerk aangemaakt met netwerksleutel <<wifi_key>>. lukt het zo?",
        "P1-meter van <<BRAND>> verbindt niet. Wifi-wachtwoord heb ik 3x ingetypt: <<wifi_key>>. Er zit een spatie in de netwerknaam <<SSID>>, kan dat het zijn?",
        "Warmtepomp-module geeft foutcode <<n_error>> na wifi wissel. Nieuwe WPA2 sleutel = <<wifi_key>>",
    ],
    "alarm": [
        "De monteur moet morgen bij de warmtepomp in de schuur. Sleutelkluisje hangt naast de achterdeur, code <<pin>>. Alarm staat uit.",
        "Ons alarmsysteem gaat steeds af om <<n_time>> 's nachts. Mijn gebruikerscode is <<pin>> maar ook die van mijn zoon (<<pin:2>>) werkt soms niet",
        "Voor de installatie vrijdag: poort code <<pin>>#, dan rechtsaf naar nr 12. Alarm code is <<pin:2>>, graag na afloop weer aanzetten!",
        "De slimme deurbel/het slot van <<BRAND>> vraagt om een pincode na de reset. Ik had <<pin>> ingesteld, die pakt ie niet.",
        "mijn pukcode is <<puk>> maar de simkaart in de alarmcentrale blijft geblokkeerd. pin was <<pin>>",
        "Het Nuki slot heeft een keypad, tijdelijke code voor de installateur: <<pin>>. Geldig t/m <<n_date>>.",
    ],
    "payment": [
        "Graag de aanbetaling terugstorten op <<iban>> t.n.v. <<FULL>>. Het ging om <<n_amount>> van offerte <<n_invoice>>.",
        "Ik wil de maandtermijn voor de warmtepomp via automatische incasso. Mijn IBAN: <<iban>>",
        "Betaling met creditcard lukt niet. Kaart <<card>>, vervaldatum <<expiry>>, CVC <<cvv>>. Bedrag <<n_amount>>.",
        "hebben jullie mijn rekeningnummer goed? het moet <<iban>> zijn, niet dat oude nummer. de terugleverkosten van <<n_amount>> zijn van de verkeerde rekening afgeschreven",
        "Nieuwe bankrekening: <<iban>>\nOude mag eruit (eindigt op <<n_masked>>).",
        "ik heb betaald met kaart <<card>> geldig tot <<expiry>>, maar toch een herinnering voor factuur <<n_invoice>>?",
    ],
    "subsidy": [
        "Voor de ISDE-aanvraag van de warmtepomp vraagt RVO mijn BSN, ik heb <<bsn>> ingevuld en geboortedatum <<dob>>. Klopt het dat de installateur dit ook nodig heeft?",
        "De subsidie voor de thuisbatterij is afgewezen omdat het adres niet klopt. Het moet zijn <<address>>. BSN <<bsn>>.",
        "Gegevens voor de subsidieaanvraag:\nNaam: <<FULL>>\nGeb.datum: <<dob>>\nBSN: <<bsn>>\nAdres: <<address>>\nIBAN: <<iban>>",
        "Jullie vroegen om mijn burgerservicenummer voor de aanvraag, dat is <<bsn>>. Uitbetaling graag op <<iban>>.",
        "De gemeente wil voor de duurzaamheidslening mijn geboortedatum (<<dob>>) en het aansluitnummer (EAN <<ean>>). Waar vind ik dat laatste?",
        "isde aanvraag nr <<n_ticket>> staat al sinds <<n_date>> op 'in behandeling'. bsn <<bsn>>",
    ],
    "meter": [
        "Sinds de nieuwe slimme meter klopt de teruglevering niet. EAN-code <<ean>>, meterstand vandaag <<n_meter>>.",
        "Liander heeft de meter verwisseld op <<n_date>>. Eindstand oude meter <<n_meter>>, beginstand nieuwe <<n_meter:2>>. Aansluiting <<ean>> op <<address>>.",
        "De netbeheerder zegt dat mijn omvormer uitschakelt door te hoge spanning. Aansluiting EAN <<ean>>, klantnummer <<cust>>. Bel me even op <<phone>>.",
        "Graag de verzwaring naar 3x25A inplannen voor EAN <<ean>>. Contactpersoon <<FULL>>, tel <<phone>>.",
        "P1 poort geeft geen data meer, meter type <<n_model>>. Klantnummer bij jullie: <<cust>>",
        "eindafrekening klopt niet, ik heb <<n_meter>> teruggeleverd en jullie rekenen met <<n_meter:2>>. contractnummer <<cust>>",
    ],
    "otp": [
        "Ik krijg wel een sms met code <<otp>> maar de app zegt dat hij verlopen is.",
        "de verificatiecode was <<otp>>, ik heb hem 2x ingevuld. nu ben ik geblokkeerd tot <<n_time>>??",
        "Jullie medewerker vroeg telefonisch om de code uit de mail, ik heb <<otpw>> voorgelezen. Is dat normaal?",
        "Code uit de authenticator: <<otp>>. Werkt niet, tijd op mijn telefoon staat goed.",
        "Eenmalige code <<otp>> ontvangen om <<n_time>>, maar inloggen op Mijn <<BRAND>> lukt nog steeds niet",
        "sms code <<otp>> en daarna nog een <<otp:2>>. welke moet ik gebruiken?",
    ],
    "api": [
        "Ik wil de omvormer in Home Assistant koppelen. Mijn API key is <<api_key>> en site ID <<n_product>>. Krijg error <<n_error>>, rate limit?",
        "Vraag over de lokale API van de laadpaal: ik stuur header Authorization: Bearer <<token>> naar <<lanip>>:<<n_port>> maar krijg 401. Request-ID <<n_reqid>>.",
        "Mijn script gebruikt deze token: <<token>>. Na de firmware (<<n_version>>) werkt het niet meer.",
        "Toegangssleutel voor de cloud-koppeling van de warmtepomp: <<api_key>> (mag ik die delen met de installateur?)",
        "AWS key id <<api_key>> en secret <<aws_secret>> staan in de config van mijn energie-dashboard. Per ongeluk op het forum gezet, wat nu?",
        "home assistant long-lived token <<token>> werkt niet met jullie integratie, log zegt <<n_error>>",
    ],
    "quote": [
        "Bedankt voor de offerte <<n_invoice>>. <<n_qty>> voor <<n_amount>> incl. <<n_pct>> btw. Klopt het dat de omvormer een <<n_model>> is? Ik woon op <<address>>.",
        "Factuur <<n_invoice>> van <<n_date>> noemt <<n_amount>>, maar in de offerte stond <<n_amount:2>>. Graag uitleg. Bestelnummer <<n_order>>.",
        "De garantieclaim voor de omvormer (<<n_model>>, gekocht in <<n_year>>) loopt al sinds <<n_date>>. Zaaknummer <<n_ticket>>. Kunnen jullie mij bellen op <<phone>>?",
        "Wanneer komt de monteur? Ik ben thuis tussen <<n_time>> en <<n_time:2>>. Adres: <<address>>",
        "Het pakket met de nieuwe optimizer is verzonden (track & trace <<n_tracking>>) maar staat al 3 dagen stil.",
        "Offerte ontvangen voor de thuisbatterij: <<n_qty>> capaciteit, <<n_amount>>. Bij de buurman was het <<n_amount:2>>. Waarom het verschil?",
        "Warmtepomp geeft <<n_error>> en de binnenunit (<<n_model>>) tikt. Garantie tot <<n_year>>. Contract <<cust>>.",
        "Ik ben op vakantie (vlucht <<n_flight>> op <<n_date>>), kan de installatie daarna? Mobiel <<phone>>",
    ],
    "contact": [
        "Graag mijn gegevens aanpassen. Nieuw mobiel nummer <<phone>>, e-mail <<email>>.",
        "Wij zijn verhuisd naar <<address>>. De zonnepanelen zijn mee verhuisd 😅 klantnummer <<cust>>",
        "Je kunt me het beste bereiken op <<phone>> of via <<email>>",
        "Mijn gegevens: <<FULL>>, <<address>>, tel. <<phone>>, geboren <<dob>>",
        "Bel mij aub terug: <<phone>>. Het gaat over de laadpaal, dossier <<n_ticket>>.",
        "Stuur de bevestiging maar naar <<email>>, niet naar het adres van mijn man",
    ],
}

AGENT = [
    "Hoi <<FIRST>>, vervelend dat het inloggen niet lukt! Ik heb je account <<username>> ontgrendeld. Deel je wachtwoord nooit via chat. Groet, <<AGENT>>",
    "Dank je wel. We hebben het tijdelijke wachtwoord <<password>> ingesteld, wijzig dit direct na inloggen. ^<<AGENT>>",
    "Goedemiddag, ik zie de aansluiting met EAN <<ean>> op <<address>>. De storing is gemeld onder <<n_ticket>>. Vragen? Bel <<n_cphone>>. Gr. <<AGENT>>",
    "Hi! Voor je veiligheid hebben we je bericht met je IBAN verwijderd. We storten het bedrag van <<n_amount>> binnen 5 werkdagen terug op je rekening eindigend op <<n_masked>>. ^<<AGENT>>",
    "Beste {first_name}, bedankt voor je bericht over {onderwerp}. Je verificatiecode is <code>. Met vriendelijke groet, Team <<BRAND>>",
    "Hoi! Kun je ons je klantnummer en postcode in een DM sturen? Dan kijken we mee. Geen wachtwoorden of codes delen hoor 🙂 ^<<AGENT>>",
    "Ik heb je nummer <<phone>> genoteerd, de monteur belt je op <<n_date>> tussen <<n_time>> en <<n_time:2>>. Ticket <<n_ticket>>. ^<<AGENT>>",
    "Dank voor het doorgeven. Je nieuwe klantnummer is <<cust>>. De firmware van je <<n_model>> wordt vannacht geüpdatet naar <<n_version>>. Gr, <<AGENT>>",
    "Je code <<otp>> is inderdaad verlopen. Ik stuur een nieuwe naar <<email>>. Meer info: <<n_url>>",
    "We hebben je melding ontvangen (<<n_ticket>>). Onze servicedesk is bereikbaar op <<n_cphone>>, ma-vr tot <<n_time>>. ^<<AGENT>>",
]

GREET = ["Beste <<BRAND>>,", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Beste klantenservice,", "Hoi <<AGENT>>,",
         "L.S.,", "Dag,"]
SIGN = [
    "Met vriendelijke groet,\n<<FULL>>\n<<address>>\nTel: <<phone>>",
    "Groet,\n<<FIRST>>",
    "Mvg,\n<<FULL>>\n<<phone>>",
    "Vriendelijke groeten,\n<<FULL>>\nKlantnummer: <<cust>>\nMobiel: <<phone>>\n<<email>>",
    "Gr. <<FIRST>>\n\nVerzonden vanaf mijn iPhone",
    "Alvast bedankt!\n<<FULL>> (<<phone>>)",
    "Met hartelijke groet,\n\n<<FULL>>\n<<address>>",
    "Groetjes <<FIRST>>\nVerstuurd vanaf Outlook voor Android",
]
QUOTE_HDR = ["Op <<n_date>> om <<n_time>> schreef Klantenservice <<BRAND>>:", "-----Oorspronkelijk bericht-----\nVan: <<BRAND>> Service\nVerzonden: <<n_date>> <<n_time>>\nOnderwerp: Uw melding <<n_ticket>>",
             "Op <<n_date>> heeft <<BRAND>> het volgende geschreven:", "---- Op <<n_date>>, <<AGENT>> (<<BRAND>>) schreef ----"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: <<FULL>> <<email>>\nDatum: <<n_date>> <<n_time>>\nOnderwerp: zonnepanelen",
       "Begin doorgestuurd bericht:\n\nVan: <<FULL>> <<email>>\nOnderwerp: Fwd: offerte warmtepomp"]
DISC = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. <<BRAND>> B.V., <<n_creg>>.",
        "De informatie in dit e-mailbericht is vertrouwelijk. Aan dit bericht kunnen geen rechten worden ontleend. <<n_creg>> | <<n_url>>",
        "Denk aan het milieu voordat u deze e-mail print.", "<<BRAND>> | Klantenservice <<n_cphone>> | <<n_creg>>"]
PUBLIC_TAIL = ["", " Wat een service weer.", " Ben er klaar mee!!", " Iemand tips?", " 😡", " Graag snel reactie."]

BODY["api"] += [
    "Firmwarebestand gedownload, maar de SHA-256 komt niet overeen: ik krijg <<n_checksum>>. Mijn API-sleutel <<api_key>> heb ik niet gedeeld hoor.",
    "De omvormer belt naar huis vanaf ons publieke IP <<ip>>, maar jullie server weigert. Token in de config: <<token>>. Checksum van de update: <<n_checksum>>",
]
BODY["portal"] += [
    "Ik kreeg een mail 'nieuwe login vanaf <<ip>>' - dat was ik niet! Wachtwoord meteen veranderd naar <<password>>. Klopt het dat mijn account <<username>> nog actief is?",
    "Kunnen jullie zien vanaf welk ip er is ingelogd? Ik denk <<ip>>. Mijn gebruikersnaam: <<username>>",
]
BODY["payment"] += [
    "Kaartnummer <<card>>\nGeldig tot: <<expiry>>\nBeveiligingscode: <<cvv>>\nGraag de restbetaling van <<n_amount>> hiervan afschrijven.",
    "Mastercard <<card>>, verloopt <<expiry>>, cvc <<cvv>>. Ik zie op de factuur <<n_pct>> btw, dat moet toch 0% zijn op zonnepanelen?",
]
BODY["quote"] += [
    "In de offerte staat <<n_pct>> korting op de warmtepomp maar op factuur <<n_invoice>> niet. Artikel: <<n_product>>.",
    "Welke laadkabel moet ik bestellen? Ik zie <<n_product>> en <<n_product:2>> op de site, beide <<n_amount>>.",
]
CUST_HDR = ["Op <<n_date>> om <<n_time>> schreef <<FULL>> <<<email>>>:", "Van: <<FULL>> <<email>>\nVerzonden: <<n_date>>",
            "<<FULL>> schreef op <<n_date>>:", "Op <<n_date>> schreef <<email>>:"]
