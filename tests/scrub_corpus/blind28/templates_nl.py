"""Dutch (nl) templates. (register, text). Registers: chat, public, agent, ebody, ectx."""

T = [
    # ---------------- chat: cards and banking abroad
    ("chat", "Hoi, mijn pas is geblokkeerd in ⟦abroad⟧ na drie keer een verkeerde pincode bij een geldautomaat. Automaat gaf foutcode ⟦!error_code⟧. Mijn pincode is gewoon ⟦pin⟧, weet het 100% zeker. Kunnen jullie hem deblokkeren?"),
    ("chat", "pinpas doet het niet in ⟦abroad⟧ 😡 contactloos wel maar zodra ie om pin vraagt ⟦pin⟧ zegt ie 'ongeldig'. app zegt versie ⟦!version_string⟧ is de nieuwste"),
    ("chat", "Ik zit in ⟦abroad⟧ en mijn creditcard wordt geweigerd bij het hotel. Kaartnummer ⟦card⟧, geldig tot ⟦card_expiry⟧. Het gaat om ⟦!amount⟧ voor 3 nachten"),
    ("chat", "goedemorgen, kan ik mijn wereldpas activeren voor buiten europa? vlieg morgen met ⟦!flight_number⟧ naar Marokko. rekeningnr ⟦iban⟧"),
    ("chat", "Ik heb bij een pinautomaat in ⟦abroad⟧ ⟦!amount⟧ opgenomen maar kreeg niks. Afschrift zegt wel afgeschreven op ⟦!date⟧ om ⟦!time⟧. Pas eindigt op ⟦!masked_value:card2⟧"),
    ("chat", "mn vriendin heeft haar pincode op een briefje in haar portemonnee laten zitten (⟦pin⟧) en die is gestolen in ⟦abroad⟧. pas blokkeren graag!! ze staat op mn naam klantnr ⟦customer_number⟧"),
    ("chat", "de code uit de scanner is ⟦otp⟧ maar hij blijft zeggen 'ongeldige code' (fout ⟦!error_code:3⟧)"),
    ("chat", "Ik krijg de sms-code niet binnen op mijn Duitse nummer ⟦phone:de⟧. Ik woon sinds kort in Aken en werk in Heerlen. Kan de code ook naar mijn mail ⟦email⟧?"),
    ("chat", "Verificatiecode gekregen: ⟦otp⟧. Moet ik die aan jullie doorgeven of in de app invullen? Bestelling ⟦!order_number⟧"),
    ("chat", "⟦otp⟧"),
    ("chat", "het is ⟦pin:4⟧"),
    ("chat", "sorry verkeerd getypt, het is ⟦pin:4@a⟧ niet ⟦pin:swap-a⟧"),
    ("chat", "pincode vergeten sinds ik in Spanje woon en alleen nog mijn Spaanse kaart gebruik... oude was volgens mij ⟦pin⟧ of zo. Nieuwe aanvragen naar ⟦address:es⟧?"),
    ("chat", "Mijn IBAN is gewijzigd naar een Belgische rekening: ⟦iban:be⟧. Oude NL rekening ⟦iban:nl⟧ mag eruit. Klantnummer ⟦customer_number⟧"),
    ("chat", "hallo ik ben student uit polen en wil huurtoeslag terug storten, mijn rekening is ⟦iban:pl⟧ en bsn ⟦bsn:bsn⟧ (paspoort ⟦passport:pl⟧)"),
    ("chat", "Mijn BSN is ⟦bsn:bsn⟧, geboren ⟦date_of_birth⟧. Ik heb nog een Duitse Personalausweis ⟦passport:de⟧ als dat nodig is"),
    ("chat", "kan ik betalen met mn engelse kaart? ⟦card⟧ cvc ⟦cvv⟧ exp ⟦card_expiry⟧. ideal werkt niet want geen NL bank"),
    # ---------------- chat: telecom, roaming, eSIM
    ("chat", "Hoi, ik zit in Turkije en mijn telefoon vraagt ineens om de PUK. PUK is ⟦puk⟧ volgens de kaart maar die werkt niet? Simnummer eindigt op ⟦!masked_value:phone⟧"),
    ("chat", "Simkaart geblokkeerd na 3x foute pin in ⟦abroad⟧. PUK gevonden: ⟦puk⟧. Nieuwe pin wordt ⟦pin:4⟧ toch?"),
    ("chat", "roaming staat aan maar geen internet in Marokko 🙄 nummer ⟦phone:nl⟧. bundel van ⟦!quantity:data⟧ is nog niet op"),
    ("chat", "Ik wil een eSIM voor mijn nieuwe ⟦!model_number:phone⟧ maar de activatiecode ⟦otp⟧ wordt niet geaccepteerd. Foutmelding ⟦!error_code⟧"),
    ("chat", "De bevestigingscode wordt naar mijn oude Engelse nummer ⟦phone:uk⟧ gestuurd, die heb ik niet meer. Nieuw nummer is ⟦phone:nl⟧"),
    ("chat", "Waarom betaal ik ⟦!amount⟧ roamingkosten in Zwitserland?? Klantnummer ⟦customer_number⟧, factuur ⟦!invoice_number⟧"),
    ("chat", "de puk van mijn dochter haar sim: ⟦puk⟧\nzij zit in ⟦abroad⟧ op uitwisseling"),
    ("chat", "hoi! mijn voicemail pin is ⟦pin⟧ maar ik kan mijn voicemail niet afluisteren vanuit het buitenland"),
    # ---------------- chat: accounts, wifi, router
    ("chat", "Ik kan niet inloggen. Gebruikersnaam ⟦username⟧ en ww ⟦password⟧. Krijg steeds error ⟦!error_code⟧"),
    ("chat", "wifi wachtwoord van de ⟦ssid⟧ is ⟦wifi_key⟧, mijn Poolse huisgenoot krijgt geen verbinding met zijn laptop"),
    ("chat", "Router gereset, nu is het inlogwachtwoord van het modem ⟦password:router⟧ en de netwerksleutel ⟦wifi_key⟧. Modem is een ⟦!model_number⟧"),
    ("chat", "Mijn nieuwe wachtwoord is ⟦password⟧ en het oude was ⟦password⟧, welke moet ik gebruiken in de app?"),
    ("chat", "tijdelijk wachtwoord ⟦password:temp⟧ werkt niet, heb 't gekopieerd uit de mail van ⟦!time⟧"),
    ("chat", "ww is ⟦password⟧"),
    ("chat", "inlognaam: ⟦username⟧\nwachtwoord: ⟦password⟧\nik snap niet waarom het niet lukt, zit op een hotelwifi in ⟦abroad⟧"),
    ("chat", "Mijn IP is ⟦ip_address⟧ als dat helpt, de VPN naar werk (poort ⟦!port⟧) valt steeds weg sinds de storing"),
    ("chat", "Ik werk in Brussel en thuis in Breda is de wifi code ⟦wifi_key⟧ maar mijn werk laptop pakt hem niet"),
    ("chat", "Mijn DigiD gebruikersnaam is ⟦username⟧, sms-code naar mijn Belgische nummer ⟦phone:be⟧ komt niet aan"),
    ("chat", "De api key voor de koppeling met jullie webshop-plugin is ⟦api_key:hex32⟧, die werkt niet meer na update naar ⟦!version_string⟧"),
    ("chat", "Zie hier mijn token uit de foutmelding: Bearer ⟦token:jwt⟧ (request id ⟦!request_id⟧)"),
    # ---------------- chat: energy, shop, travel with personal data
    ("chat", "Meterstand doorgeven: ⟦!meter_reading⟧ kWh, klantnummer ⟦customer_number⟧. Wij verhuizen naar België, nieuw adres ⟦address:be⟧"),
    ("chat", "Ik woon nu in Duitsland, mijn adres is ⟦address:de⟧. Graag de eindafrekening daarheen, nummer ⟦customer_number⟧"),
    ("chat", "pakket ⟦!tracking_number⟧ komt niet aan in Lille, adres is ⟦address:fr⟧, bel me op ⟦phone:fr⟧"),
    ("chat", "Bestelling ⟦!order_number⟧ moet naar mijn studentenkamer: ⟦address:nl⟧. Ik ben er pas vanaf ⟦!date⟧"),
    ("chat", "mijn treinticket Amsterdam-Parijs (ticketnr ⟦!ticket_number⟧) is geannuleerd maar ik ben ⟦!amount⟧ kwijt. mijn mail is ⟦email⟧"),
    ("chat", "mijn boekingscode is ⟦!order_number:pnr⟧ en de vlucht ⟦!flight_number⟧ is geannuleerd, bel me op ⟦phone:nl⟧ aub"),
    ("chat", "Hotel in ⟦abroad⟧ zegt dat mijn betaling niet doorging, reservering ⟦!order_number:bk⟧. Ik heb wel de sms-code ⟦otp⟧ ingevuld"),
    ("chat", "kunnen jullie de aanmaning naar mijn nieuwe mailadres ⟦email⟧ sturen? de oude ⟦!masked_value:mail⟧ bestaat niet meer"),
    ("chat", "nul zes, ⟦phone:spelled⟧, dat is mn nummer"),
    ("chat", "Geboortedatum ⟦date_of_birth⟧, postcode en huisnummer zitten in ⟦address:local⟧"),
    # ---------------- chat: no spans, only negatives
    ("chat", "Ik heb een storing sinds ⟦!date⟧, foutcode ⟦!error_code⟧ op de ⟦!model_number⟧. Al 2x gebeld met ⟦!company_phone⟧"),
    ("chat", "Vlucht ⟦!flight_number⟧ vertrekt om ⟦!time⟧ en ik heb nog steeds geen bevestiging van boeking ⟦!order_number:bk⟧"),
    ("chat", "Waarom staat er ⟦!amount⟧ op factuur ⟦!invoice_number⟧? Dat is ⟦!percentage⟧ meer dan vorig jaar"),
    ("chat", "wanneer is de storing voorbij? ticket ⟦!ticket_number⟧, al sinds ⟦!time⟧ geen internet"),
    ("chat", "ik wil mn abonnement opzeggen, verhuis naar Luxemburg per ⟦!date⟧"),
    ("chat", "Geen idee wat mijn pincode is, die heb ik nooit gekregen. Kunnen jullie een nieuwe sturen?"),
    # ---------------- public
    ("public", "⟦!mention⟧ al 3 dagen geen bereik in ⟦abroad⟧ terwijl roaming aan staat. Dit is echt ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ mijn pas wordt in ⟦abroad⟧ overal geweigerd, pincode ⟦pin⟧ klopt gewoon. help!!"),
    ("public", "⟦!mention⟧ waarom sturen jullie de sms code naar mijn oude nummer ⟦phone⟧ ipv mijn nieuwe?? ⟦!hashtag⟧"),
    ("public", "Al ⟦!quantity:n⟧ keer gebeld met ⟦!company_phone⟧ en nog steeds geen oplossing ⟦!mention⟧ ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ vlucht ⟦!flight_number⟧ 4 uur vertraging en niemand zegt iets"),
    ("public", "⟦!mention⟧ dm gestuurd met mijn klantnummer ⟦customer_number⟧, graag reactie"),
    ("public", "⟦!mention⟧ kunnen jullie mij bellen? ⟦phone⟧. het gaat over mijn rekening ⟦iban⟧ die dicht is gezet"),
    ("public", "Niet normaal hoe lang ik in de wacht sta bij ⟦!company_phone⟧. ⟦!percentage⟧ van mijn vakantie zit ik aan de lijn ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ update ⟦!version_string⟧ van de app crasht bij inloggen met gebruikersnaam ⟦username⟧"),
    ("public", "⟦!mention⟧ prijsverhoging van ⟦!percentage⟧ terwijl ik in het buitenland woon en nul gebruik"),
    # ---------------- agent replies
    ("agent", "Hoi ⟦name⟧, vervelend dat je pas in het buitenland niet werkt! Deel je pincode nooit, ook niet met ons. Ik heb je pas voor wereldgebruik aangezet. Groet, ⟦agent⟧"),
    ("agent", "Dank je, ⟦name⟧. Ik zie de betaling van ⟦!amount⟧ bij de rekening die eindigt op ⟦!masked_value:iban⟧. Ik heb een onderzoek gestart onder nummer ⟦!ticket_number⟧. ^⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, ik heb je pukcode opgezocht: ⟦puk⟧. Voer deze in en kies daarna een nieuwe pincode. Fijne reis verder! ^⟦agent⟧"),
    ("agent", "Hallo ⟦name⟧, bedankt. Je klantnummer ⟦customer_number@c⟧ is gekoppeld aan het adres ⟦address⟧. Klopt dat nog? Groetjes, ⟦agent⟧"),
    ("agent", "Hoi! We sturen de verificatiecode naar het nummer dat bij ons bekend is (⟦!masked_value:phone⟧). Heb je een nieuw nummer? Stuur ons dan een DM. ^⟦agent⟧"),
    ("agent", "Beste ⟦name⟧, je nieuwe tijdelijke wachtwoord is ⟦password:temp⟧. Wijzig dit direct na het inloggen op ⟦!url⟧. Met vriendelijke groet, ⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, je kunt ons ook bellen vanuit het buitenland via ⟦!company_phone⟧ (gewone tarieven). Houd je klantnummer bij de hand. ^⟦agent⟧"),
    ("agent", "Dank voor je DM. Ik zie dat storing ⟦!ticket_number⟧ sinds ⟦!time⟧ is opgelost. Herstart je ⟦!model_number⟧ even? ^⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, voor je eSIM heb ik een nieuwe activatiecode aangemaakt. Die ontvang je per mail op ⟦!masked_value:mail⟧. Groet, ⟦agent⟧"),
    ("agent", "Hi ⟦name⟧, ik heb je IBAN ⟦iban@i⟧ aangepast. Vanaf de volgende incasso op ⟦!date⟧ schrijven we af van ⟦iban@i⟧. ^⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, wil je ons je postcode, huisnummer en geboortedatum sturen via DM? Dan zoek ik {klantnummer} voor je op. ^⟦agent⟧"),
    ("agent", "Hallo, bedankt voor het wachten. De code die je invoert moet 6 cijfers zijn, bijvoorbeeld [CODE]. Kom je er niet uit, bel dan ⟦!company_phone⟧. ⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, ik heb je gegevens gecheckt: geboortedatum ⟦date_of_birth⟧, telefoonnummer ⟦phone⟧. De pas is onderweg naar je Franse adres. Groet, ⟦agent⟧"),
    # ---------------- email bodies
    ("ebody", "Tijdens mijn verblijf in ⟦abroad⟧ is mijn betaalpas ingeslikt door een geldautomaat. Ik heb daarna drie keer geprobeerd met de app te betalen, maar de app vroeg om een code die naar ⟦phone⟧ is gestuurd, terwijl ik daar ter plaatse een lokale simkaart gebruik. De code die uiteindelijk binnenkwam was ⟦otp⟧, maar die was al verlopen.\n\nMijn rekeningnummer is ⟦iban⟧. Kunt u een nieuwe pas naar mijn hotel sturen? Het adres is ⟦address⟧."),
    ("ebody", "Per ⟦!date⟧ verhuis ik voor mijn werk naar Luxemburg. Ik wil mijn energiecontract (klantnummer ⟦customer_number⟧) graag beëindigen. De eindstand van de meter is ⟦!meter_reading⟧. Mijn nieuwe adres wordt ⟦address:lu⟧ en ik ben bereikbaar op ⟦phone:lu⟧.\n\nDe eindafrekening mag worden overgemaakt op ⟦iban:lu⟧."),
    ("ebody", "Ik ben een Britse student in Groningen en probeer een Nederlandse rekening te openen. Bij de identificatie wordt gevraagd om mijn BSN (⟦bsn:bsn⟧) en mijn paspoortnummer (⟦passport:uk⟧). Het systeem geeft foutmelding ⟦!error_code⟧ bij het uploaden. Mijn geboortedatum is ⟦date_of_birth⟧ en mijn e-mailadres ⟦email⟧."),
    ("ebody", "Ik heb een melding gekregen dat mijn account is geblokkeerd vanwege een inlogpoging vanaf IP-adres ⟦ip_address⟧ in ⟦abroad⟧. Dat was ik zelf, ik zat daar op vakantie. Mijn gebruikersnaam is ⟦username⟧. Ik heb het wachtwoord inmiddels veranderd in ⟦password⟧, maar ik kom nog steeds niet binnen."),
    ("ebody", "Hierbij stuur ik de gegevens die uw collega telefonisch vroeg:\n\nNaam: ⟦fullname⟧\nGeboortedatum: ⟦date_of_birth⟧\nBSN: ⟦bsn:bsn⟧\nAdres: ⟦address:nl_ml⟧\nTelefoon: ⟦phone⟧\n\nHet Belgische rijksregisternummer van mijn partner is ⟦bsn:rrn⟧."),
    ("ebody", "Op ⟦!date⟧ heb ik via uw website een treinreis naar Parijs geboekt (boekingsnummer ⟦!order_number⟧). De betaling met mijn Duitse creditcard ⟦card:visa⟧ werd geweigerd, maar het bedrag van ⟦!amount⟧ is wel gereserveerd. Graag zie ik dit bedrag teruggestort."),
    ("ebody", "Sinds de update naar versie ⟦!version_string⟧ kan ik niet meer inloggen in de app. Na het invoeren van mijn pincode (⟦pin:5⟧) verschijnt foutcode ⟦!error_code⟧. Ik woon in Kerkrade en werk in Aken, misschien heeft het te maken met mijn Duitse simkaart?"),
    ("ebody", "De wifi in ons vakantiehuis via uw verhuurplatform werkt niet. Het netwerk ⟦ssid⟧ is zichtbaar, maar de netwerksleutel ⟦wifi_key⟧ uit de welkomstmap wordt geweigerd. De eigenaar is onbereikbaar. Onze reservering is ⟦!order_number:hotel⟧."),
    ("ebody", "Ik heb uw sms met de beveiligingscode ⟦otp⟧ ontvangen terwijl ik zelf niets heb aangevraagd. Ik vertrouw het niet. Daarnaast kreeg ik een mail met een link naar ⟦!url⟧. Is dit phishing? Mijn klantnummer is ⟦customer_number⟧."),
    ("ebody", "Voor de koppeling van ons boekhoudpakket gebruiken wij de volgende API-sleutel: ⟦api_key⟧. Sinds ⟦!date⟧ krijgen wij status ⟦!error_code:7⟧ terug. Het request-id van de laatste poging is ⟦!request_id⟧."),
    ("ebody", "Mijn moeder (⟦date_of_birth⟧) woont sinds kort bij ons in. Zij heeft een Turkse bankrekening ⟦iban:tr⟧ en een Nederlands BSN ⟦bsn:bsn⟧. Kan de zorgtoeslag naar die Turkse rekening?"),
    ("ebody", "Graag wil ik de automatische incasso wijzigen naar mijn nieuwe rekening ⟦iban⟧. De oude rekening wordt per ⟦!date⟧ opgeheven. Mijn contractnummer is ⟦customer_number⟧ en u kunt mij bereiken op ⟦phone⟧ of ⟦email⟧."),
    # ---------------- email context (no spans or only negatives)
    ("ectx", "Ik heb hierover al op ⟦!date⟧ gebeld met uw klantenservice (⟦!company_phone⟧) en toen werd mij beloofd dat het binnen ⟦!quantity:n⟧ werkdagen opgelost zou zijn. Dat is helaas niet gebeurd."),
    ("ectx", "Ter informatie: ik woon en werk afwisselend in Nederland en België, en reis regelmatig met vlucht ⟦!flight_number⟧ naar familie. Het is voor mij dus belangrijk dat alles ook in het buitenland werkt."),
    ("ectx", "In de bijlage vindt u een kopie van factuur ⟦!invoice_number⟧ van ⟦!amount⟧ en een schermafbeelding van de foutmelding."),
    ("ectx", "Uw collega gaf mij ticketnummer ⟦!ticket_number⟧. Ik hoop dat u daarmee de voorgaande correspondentie kunt terugvinden."),
    ("ectx", "Eerlijk gezegd ben ik teleurgesteld. Ik ben al sinds ⟦!year⟧ klant en heb nooit eerder zulke problemen gehad."),
    ("ectx", "Het pakket met trackingnummer ⟦!tracking_number⟧ is volgens de website bezorgd, maar ik heb niets ontvangen."),
]

GREET = ["Geachte heer/mevrouw,", "Beste klantenservice,", "Goedemiddag,", "Hallo,", "Beste ⟦agent⟧,", "Geachte mevrouw, meneer,"]
CLOSE = ["Met vriendelijke groet,", "Vriendelijke groet,", "Alvast bedankt,", "Groeten,", "Met vriendelijke groeten,", "Bij voorbaat dank voor uw reactie."]
SIGN = [
    "⟦fullname⟧\n⟦address:nl_ml⟧\nTel: ⟦phone⟧",
    "⟦fullname⟧\nKlantnummer: ⟦customer_number⟧",
    "⟦fullname⟧\n⟦phone⟧ | ⟦email⟧",
    "⟦name⟧",
    "⟦fullname⟧\nVerzonden vanaf mijn iPhone",
    "⟦fullname⟧\n⟦address:be_ml⟧\nGSM ⟦phone:be⟧",
]
QHEAD = ["Op ⟦!date⟧ om ⟦!time⟧ schreef Klantenservice <service@⟦domain⟧>:", "Op ⟦!date⟧ schreef ⟦agent⟧ van ⟦bank⟧:",
         "-----Oorspronkelijk bericht-----\nVan: klantenservice\nVerzonden: ⟦!date⟧\nOnderwerp: Uw vraag ⟦!ticket_number⟧",
         "---------- Doorgestuurd bericht ---------\nVan: noreply@⟦domain⟧\nDatum: ⟦!date⟧"]
QBODY = [
    "Beste klant,\n\nBedankt voor uw bericht. Wij hebben uw vraag geregistreerd onder nummer ⟦!ticket_number⟧. U ontvangt binnen 5 werkdagen een reactie.\n\nMet vriendelijke groet,\nKlantenservice",
    "Beste ⟦name⟧,\n\nOm uw identiteit te controleren vragen wij u uw klantnummer en geboortedatum te sturen. Stuur nooit uw pincode of wachtwoord mee.\n\nTeam ⟦telco⟧",
    "Geachte klant,\n\nUw betaalpas is om veiligheidsredenen tijdelijk geblokkeerd. Neem contact op via ⟦!company_phone⟧ of kijk op ⟦!url⟧.\n\nMet vriendelijke groet,",
    "Hallo ⟦name⟧,\n\nUw verificatiecode is {code}. Deze code is 10 minuten geldig. Heeft u niets aangevraagd? Bel dan ⟦!company_phone⟧.",
]

T += [
    ("chat", "Ik heb artikel ⟦!product_code⟧ besteld maar kreeg een Duitse stekker. Betaald met creditcard, de cvc was ⟦cvv⟧ en nu staat er ⟦!amount⟧ dubbel"),
    ("chat", "firmware ⟦!version_string⟧ gedownload, sha256 is ⟦!checksum⟧ maar de router zegt ongeldig bestand. wachtwoord admin ⟦password:router⟧"),
    ("chat", "kaart ⟦card⟧ cvv ⟦cvv⟧ (mijn Franse kaart, de Nederlandse is geblokkeerd)"),
    ("chat", "De beveiligingscode achterop is ⟦cvv⟧, vervaldatum ⟦card_expiry⟧. Kunnen jullie de betaling van bestelling ⟦!order_number⟧ nog eens proberen?"),
    ("chat", "Ik heb de export van mijn transacties gedownload (md5 ⟦!checksum⟧) maar de bedragen in złoty kloppen niet, bv ⟦!amount:pln⟧"),
    ("chat", "EAN ⟦!product_code⟧ staat als niet leverbaar naar België, ik woon in Antwerpen maar heb een NL account ⟦email⟧"),
    ("public", "⟦!mention⟧ product ⟦!product_code⟧ al ⟦!quantity:n⟧ keer teruggestuurd, nog geen geld terug ⟦!hashtag⟧"),
    ("agent", "Hoi ⟦name⟧, artikel ⟦!product_code⟧ leveren we helaas niet naar Duitsland. Je bestelling ⟦!order_number⟧ is geannuleerd en het bedrag van ⟦!amount⟧ komt terug op je rekening. ^⟦agent⟧"),
    ("ebody", "Ik heb het installatiebestand van uw bankapp voor mijn Huawei gedownload. De controlesom klopt niet met die op de site: ik krijg ⟦!checksum⟧. Is dit bestand veilig? Ik heb er al mijn gebruikersnaam ⟦username⟧ en pincode ⟦pin:5⟧ in ingevoerd."),
    ("chat", "Hoi, ik woon in Venlo maar werk in Duitsland. Kan ik mijn Sparkasse IBAN ⟦iban:de⟧ gebruiken voor de automatische incasso? Klantnummer ⟦customer_number⟧"),
    ("chat", "mijn telefoonnummer is veranderd naar een Belgisch nummer: ⟦phone:be⟧ (was ⟦phone:nl⟧)"),
    ("chat", "Ik sta bij de incheckbalie voor ⟦!flight_number⟧ en de boarding pass app vraagt om een code, ontvangen: ⟦otp⟧. Stoel ⟦!order_number:pnr⟧?"),
    ("chat", "ik zit in de trein naar Brussel en jullie app vraagt opnieuw om in te loggen. e-mail ⟦email⟧ wachtwoord ⟦password⟧"),
    ("chat", "Mijn pas is ingenomen door een automaat van ⟦bank⟧ in ⟦abroad⟧ om ⟦!time⟧. Zat net de pin in te toetsen, ⟦pin:spelled⟧, echt goed ingetoetst"),
]

T += [
    ("chat", "Ik ben sinds ⟦!year⟧ klant en nu ineens mag ik niet meer pinnen in ⟦abroad⟧? Pas eindigt op ⟦!masked_value:card⟧"),
    ("chat", "mijn jaaropgave ⟦!year⟧ klopt niet, ik woonde toen nog in Engeland. BSN ⟦bsn:bsn⟧"),
    ("chat", "Simkaart uit ⟦!year⟧, pin ⟦pin:4⟧ en puk ⟦puk⟧ staan nog op het plastic kaartje. Werkt hij nog in het buitenland?"),
    ("chat", "Wifi doet raar sinds we terug zijn uit ⟦abroad⟧. Netwerk ⟦ssid⟧, sleutel ⟦wifi_key⟧, 5GHz kanaal, modem ⟦!model_number⟧"),
    ("chat", "Hoi! Waarom vraagt de app om mijn IP-adres? Het is ⟦ip_address⟧ volgens whatismyip. Ik zit in een hostel in ⟦abroad⟧"),
    ("chat", "wachtwoord vergeten 🙈 maar het was iets met ⟦password⟧ geloof ik"),
    ("chat", "klantnummer ⟦customer_number⟧\npostcode + huisnummer: ⟦address:local⟧\ngeboortedatum ⟦date_of_birth⟧"),
    ("public", "⟦!mention⟧ sinds ⟦!year⟧ klant en nu ⟦!percentage⟧ duurder. Verhuis lekker naar België ⟦!hashtag⟧"),
    ("agent", "Hoi ⟦name⟧, je kunt je pincode wijzigen in de app onder Instellingen. Werkt je pas niet in een land buiten Europa, zet dan wereldgebruik aan via ⟦!url⟧. ^⟦agent⟧"),
]

T += [
    ("chat", "Port forwarding werkt niet meer: poort ⟦!port⟧ naar mijn NAS, externe IP ⟦ip_address⟧. Modem admin ww ⟦password:router⟧"),
    ("ebody", "Voor mijn werk (ik ben in dienst bij een Belgisch bedrijf) moet ik via VPN inloggen op poort ⟦!port⟧. Sinds de overstap naar uw glasvezel lukt dat niet. Mijn publieke IP-adres is ⟦ip_address⟧ en de modem is een ⟦!model_number⟧. De helpdesk van mijn werkgever vraagt of u poort ⟦!port⟧ blokkeert."),
]

T += [
    ("chat", "⟦otp⟧ is de code die ik kreeg, maar hij zegt verlopen. Ik zit in een andere tijdzone (⟦abroad⟧), kan dat het zijn?"),
    ("chat", "Goedenavond. Mijn Marokkaanse nummer ⟦phone:ma⟧ staat nog als tweede nummer, graag verwijderen. Alleen ⟦phone:nl⟧ gebruiken aub"),
    ("chat", "heb net een nieuwe sim gekregen in Spanje (⟦phone:es⟧) en nu komt de bevestigingscode van ⟦app⟧ niet meer binnen"),
    ("chat", "Mijn schoonvader woont in Turkije, zijn IBAN is ⟦iban:tr⟧. Kan ik daar vanuit de app geld naartoe sturen of moet dat via een SWIFT formulier?"),
    ("chat", "PUK?\n⟦puk⟧\nstaat op de achterkant van het simkaarthouder ding"),
    ("chat", "toegangscode alarm is ⟦pin:4⟧ voor de monteur morgen, wij zijn dan in ⟦abroad⟧. Sleutel ligt bij de buren op ⟦address:local⟧"),
    ("chat", "De deurcode van het appartement in ⟦abroad⟧ (van ⟦hotel⟧) is ⟦pin:6⟧ maar het slot blijft rood knipperen. Reservering ⟦!order_number:bk⟧"),
    ("chat", "hoi, ik ben Duits en woon in Enschede. mijn Steuer-ID is niet mijn BSN toch? BSN is ⟦bsn:bsn⟧"),
    ("chat", "Mijn token van de API is verlopen: ⟦token:hex64⟧. Kunnen jullie een nieuwe aanmaken voor onze webshop in België?"),
    ("chat", "Wij gebruiken de Stripe key ⟦api_key:stripe⟧ in jullie plugin en sinds ⟦!date⟧ geeft de betaalpagina in Duitsland error ⟦!error_code:7⟧"),
    ("chat", "Nieuwe wifi code gemaakt: ⟦wifi_key⟧ (oude was ⟦wifi_key⟧). Nu doet de printer het niet meer"),
    ("chat", "ik kan niet meer inloggen op mijn gamertag ⟦username⟧ sinds ik in België woon, regio geblokkeerd?"),
    ("agent", "Hoi ⟦name⟧, dank voor je geduld. Je nieuwe PUK is ⟦puk@p⟧ (nogmaals: ⟦puk@p⟧). Let op dat je hem niet 10 keer fout invoert. ^⟦agent⟧"),
    ("agent", "Hallo ⟦name⟧, ik zie dat je je wifi-sleutel hebt gedeeld. Voor je veiligheid: wijzig deze via ⟦!url⟧. Je modem ⟦!model_number⟧ heeft de laatste firmware ⟦!version_string⟧. ^⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, ik zie je oude nummer ⟦phone@o⟧ nog in ons systeem. Ik heb het vervangen door je Duitse nummer ⟦phone:de⟧. De sms-codes gaan nu daarheen. Groet, ⟦agent⟧"),
    ("public", "⟦!mention⟧ hoe krijg ik mijn code als ik in het buitenland zit met een lokale sim?? ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ waarom kost bellen naar ⟦!company_phone⟧ vanuit ⟦abroad⟧ ⟦!amount⟧ per minuut"),
    ("ebody", "Mijn zoon studeert in Kraków en heeft een bijkaart op mijn rekening (⟦iban:nl⟧). Zijn pas is daar geblokkeerd nadat hij bij een automaat drie keer een verkeerde pincode intoetste. Hij denkt zelf dat hij ⟦pin:4@a⟧ had ingetoetst in plaats van ⟦pin:swap-a⟧. Hij is bereikbaar op zijn Poolse nummer ⟦phone:pl⟧."),
    ("ebody", "Bij het aanmelden voor uw app kreeg ik een activatiecode per sms (⟦otp⟧) op mijn Luxemburgse nummer, maar het invoerveld accepteert alleen Nederlandse nummers. Mijn e-mailadres is ⟦email⟧ en mijn geboortedatum is ⟦date_of_birth⟧."),
    ("ectx", "Wij verblijven tot ⟦!date⟧ in ⟦hotel⟧ (boekingsnummer ⟦!order_number:hotel⟧), dus post naar ons huisadres lezen wij pas daarna."),
    ("ectx", "Ik reis morgen om ⟦!time⟧ met de trein naar Parijs (ticket ⟦!ticket_number⟧) en heb mijn pas dan echt nodig."),
    ("chat", "Weet iemand wanneer de storing in Zeeuws-Vlaanderen voorbij is? Al sinds ⟦!time⟧ geen bereik, ook niet op het Belgische netwerk"),
]

T += [
    ("chat", "ww:⟦password⟧!! werkt nie"),
    ("chat", "CODE=⟦otp:6⟧.HELP"),
    ("chat", "tel.⟦phone:nl⟧/mail:⟦email⟧"),
    ("chat", "mijn rekeningnr(⟦iban⟧)klopt toch?"),
    ("chat", "Ik ben vanaf ⟦!date⟧ twee weken in de VS. Moet ik iets aanzetten voor mijn pas of werkt hij daar gewoon?"),
    ("chat", "hoeveel kost bellen naar Marokko met mijn bundel? zie nergens een tarief, alleen ⟦!amount⟧ per sms"),
]

T += [
    ("ectx", "Het exportbestand heb ik bijgevoegd (SHA-256: ⟦!checksum⟧), zodat u kunt zien dat het niet is aangepast."),
    ("ectx", "Ter controle: de md5 van de bijlage is ⟦!checksum⟧ en het request-id in de foutmelding was ⟦!request_id⟧."),
]

T += [
    ("chat", "vervaldatum ⟦card_expiry⟧ staat op de pas maar het Spaanse autoverhuurbedrijf zegt dat hij verlopen is?"),
    ("chat", "Nieuwe creditcard ontvangen, geldig t/m ⟦card_expiry⟧. Moet ik die zelf koppelen aan Apple Pay voor mijn reis naar ⟦abroad⟧?"),
    ("ebody", "Voor de borg van de huurauto in ⟦abroad⟧ vraagt het verhuurbedrijf een creditcard. Mijn kaart ⟦card⟧ (geldig tot ⟦card_expiry⟧, beveiligingscode ⟦cvv⟧) wordt geweigerd met code ⟦!error_code:4⟧. De reservering is ⟦!order_number:pnr⟧. Ik geboren op ⟦date_of_birth⟧, voor het geval u dat nodig heeft voor de controle."),
    ("chat", "geboren ⟦date_of_birth⟧ in Casablanca, woon sinds ⟦!year⟧ in Rotterdam. Wat moet ik invullen bij geboorteplaats als het veld alleen NL steden kent?"),
]

T += [
    ("ectx", "Mijn terugvlucht ⟦!flight_number⟧ vertrekt op ⟦!date⟧ om ⟦!time⟧; tot die tijd ben ik alleen per mail bereikbaar."),
    ("ectx", "De laatste factuur (⟦!invoice_number⟧, ⟦!amount⟧) is inmiddels betaald, de meterstand op dat moment was ⟦!meter_reading⟧."),
    ("chat", "Factuur ⟦!invoice_number⟧ is al betaald vanaf mijn Duitse rekening, toch krijg ik een herinnering. Klantnr ⟦customer_number⟧"),
    ("chat", "Overstap in Frankfurt gemist, nu op ⟦!flight_number⟧ om ⟦!time⟧. Mijn pas werkt daar niet, pincode ⟦pin⟧ wordt geweigerd met code ⟦!error_code:4⟧"),
]
