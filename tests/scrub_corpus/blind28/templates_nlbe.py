"""Flemish (nl-be) templates."""

T = [
    # chat
    ("chat", "Dag, mijn bankkaart is geblokkeerd in ⟦abroad⟧. Ik heb 3 keer mijn pincode ingetikt aan een automaat, ik was zeker dat het ⟦pin:4⟧ was. Kunt ge die deblokkeren? Ik vlieg morgen terug met ⟦!flight_number⟧"),
    ("chat", "ik pendel elke dag naar Maastricht en mijn bancontact werkt daar niet in de parkeergarage, ze vragen een pin en ik geef ⟦pin⟧ maar dan fout ⟦!error_code:4⟧"),
    ("chat", "Goeiemiddag, de code van de kaartlezer is ⟦otp:8⟧, maar de app blijft zeggen dat het niet klopt"),
    ("chat", "mijn rijksregisternummer is ⟦bsn:rrn⟧ en ik woon nu in Nederland, mijn bsn daar is ⟦bsn:bsn⟧. welk nummer moet ik invullen??"),
    ("chat", "Kunt ge mijn domiciliëring aanpassen naar mijn Nederlandse rekening ⟦iban:nl⟧? Klantennummer ⟦customer_number⟧"),
    ("chat", "Ik werk in Luxemburg en mijn loon komt op ⟦iban:lu⟧ binnen, maar de overschrijving naar mijn zichtrekening ⟦iban:be⟧ is nog altijd niet aangekomen. Het ging om ⟦!amount⟧"),
    ("chat", "itsme vraagt een code op mijn gsm maar ik heb een Franse simkaart nu ⟦phone:fr⟧. hoe pas ik dat aan"),
    ("chat", "hallo, mijn gsm is gestolen in ⟦abroad⟧. PUK van de sim is ⟦puk⟧, kunnen jullie de kaart blokkeren? nummer was ⟦phone:be⟧"),
    ("chat", "de sms met de code is toegekomen: ⟦otp⟧"),
    ("chat", "ja dat is ⟦otp:6⟧"),
    ("chat", "Mijn wifi wachtwoord is ⟦wifi_key⟧ en de modem is een ⟦!model_number⟧, internet valt constant weg sinds ⟦!date⟧"),
    ("chat", "ik heb de modem gereset en nu werkt het admin wachtwoord ⟦password:router⟧ niet meer om in te loggen op 192.168.0.1"),
    ("chat", "Uw app vraagt mijn gebruikersnaam, dat is ⟦username⟧ denk ik, en mijn paswoord ⟦password⟧. Toch lukt het niet vanuit Spanje"),
    ("chat", "dag, ik heb een nieuw adres in Frankrijk: ⟦address:fr⟧. graag de factuur daarnaartoe. klantnummer ⟦customer_number⟧"),
    ("chat", "Ik heb een Eurostar-ticket geboekt via jullie (⟦!ticket_number⟧) en de betaling met mijn Visa ⟦card:visa⟧ is twee keer afgeschreven"),
    ("chat", "De vervaldatum van mijn nieuwe kaart is ⟦card_expiry⟧ maar de webshop in Duitsland zegt 'ongeldig'. cvc is ⟦cvv⟧"),
    ("chat", "Mijn mama (geboren ⟦date_of_birth⟧) woont in Marokko, kan ik haar nummer ⟦phone:ma⟧ toevoegen als tweede gsm?"),
    ("chat", "Geen bereik in de Ardennen maar wel in Luxemburg, rare zaak. Factuur ⟦!invoice_number⟧ toont ⟦!amount⟧ roaming 😤"),
    ("chat", "de meterstand is ⟦!meter_reading:gas⟧ voor het gas, klantnummer ⟦customer_number⟧, en we verhuizen naar Roosendaal"),
    ("chat", "ik heb mijn paswoord veranderd naar ⟦password⟧ maar de mail zegt dat de wijziging mislukt is (ref ⟦!request_id⟧)"),
    ("chat", "Wanneer wordt mijn kaart opgestuurd? Aanvraag ⟦!ticket_number⟧ van ⟦!date⟧, ik vertrek ⟦!date⟧ naar Canada"),
    # public
    ("public", "⟦!mention⟧ al een week geen internet in Hasselt, ticket ⟦!ticket_number⟧, niemand belt terug ⟦!hashtag⟧"),
    ("public", "⟦!mention⟧ mijn bankkaart werkt niet in Nederland!! pin ⟦pin⟧ geweigerd bij de Albert Heijn, schaamte"),
    ("public", "⟦!mention⟧ trein naar Roosendaal weer afgeschaft, ⟦!time⟧ nog altijd op het perron"),
    ("public", "⟦!mention⟧ kunt ge mij terugbellen op ⟦phone:be⟧, dringend, kaart geblokkeerd in het buitenland"),
    ("public", "⟦!mention⟧ ⟦!percentage⟧ duurder vanaf ⟦!date⟧?? schandalig ⟦!hashtag⟧"),
    # agent
    ("agent", "Dag ⟦name⟧, spijtig dat je kaart geblokkeerd is in het buitenland. Geef je pincode nooit door via chat. Bel Card Stop op ⟦!company_phone⟧, dat kan 24/7. Groetjes, ⟦agent⟧"),
    ("agent", "Hallo ⟦name⟧, ik heb je nieuwe adres ⟦address@a⟧ genoteerd. Je volgende factuur komt toe op ⟦address@a⟧. Fijne dag! ⟦agent⟧"),
    ("agent", "Dag ⟦name⟧, je PUK-code is ⟦puk⟧. Na 10 foute pogingen wordt de simkaart definitief geblokkeerd, dus opgelet. Mvg, ⟦agent⟧"),
    ("agent", "Hoi ⟦name⟧, we zien een storing in jouw regio (ref ⟦!ticket_number⟧). Herstart je modem ⟦!model_number⟧ na ⟦!time⟧. ⟦agent⟧"),
    ("agent", "Dag ⟦name⟧, de rekening eindigend op ⟦!masked_value:iban⟧ staat nog altijd als domiciliëring. Stuur ons je nieuwe IBAN via DM, niet publiek aub. ⟦agent⟧"),
    ("agent", "Hallo ⟦name⟧, je klantennummer is ⟦customer_number⟧ en je contract loopt tot ⟦!date⟧. Voor je verhuis naar Nederland kan je bellen naar ⟦!company_phone⟧. ⟦agent⟧"),
    # email
    ("ebody", "Ik ben grensarbeider: ik woon in Maasmechelen en werk in Maastricht. Sinds ⟦!date⟧ weigert uw app de bevestigingscodes die naar mijn Nederlandse nummer ⟦phone:nl⟧ worden gestuurd. De laatste code was ⟦otp⟧. Mijn Belgisch nummer is ⟦phone:be⟧, kan het daarnaar?\n\nMijn klantennummer is ⟦customer_number⟧."),
    ("ebody", "Hierbij de gevraagde gegevens voor de aanvraag van de grensarbeidersattest:\n\nRijksregisternummer: ⟦bsn:rrn⟧\nNederlands BSN: ⟦bsn:bsn⟧\nAdres: ⟦address:be_ml⟧\nGeboortedatum: ⟦date_of_birth⟧\nIBAN voor terugbetaling: ⟦iban:be⟧"),
    ("ebody", "Tijdens onze reis naar ⟦abroad⟧ werd mijn Mastercard ⟦card:mc⟧ (vervalt ⟦card_expiry⟧) gebruikt voor ⟦!quantity:n⟧ transacties die ik niet herken, samen ⟦!amount⟧. Ik heb de kaart meteen laten blokkeren via ⟦!company_phone⟧. Graag een terugbetaling."),
    ("ebody", "Ik probeer in te loggen op uw portaal met gebruikersnaam ⟦username⟧. Het systeem stuurt een eenmalige code naar mijn oude Britse nummer ⟦phone:uk⟧, dat ik sinds mijn verhuis naar Gent niet meer heb. Kunt u dit wijzigen naar ⟦phone:be⟧?"),
    ("ebody", "Onze modem (⟦!model_number⟧, firmware ⟦!version_string⟧) valt elke avond rond ⟦!time⟧ uit. De wifi-sleutel is ⟦wifi_key⟧; mijn zoon heeft al alles geprobeerd. Wij wonen op ⟦address:be⟧."),
    ("ectx", "Ik ben al klant sinds ⟦!year⟧ en heb eerder al gebeld naar ⟦!company_phone⟧, maar daar werd ik telkens doorverbonden."),
    ("ectx", "Het dossiernummer dat ik kreeg is ⟦!ticket_number⟧. In bijlage de factuur ⟦!invoice_number⟧."),
    ("ectx", "Ons ondernemingsnummer is ⟦!company_registration:ond⟧, voor het geval u dat nodig heeft voor de zakelijke factuur."),
]

GREET = ["Geachte,", "Beste,", "Dag,", "Goeiedag,", "Beste mevrouw, meneer,"]
CLOSE = ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,"]
SIGN = [
    "⟦fullname⟧\n⟦address:be_ml⟧\nGSM: ⟦phone:be⟧",
    "⟦fullname⟧\nKlantennummer ⟦customer_number⟧",
    "⟦name⟧ ⟦last⟧\n⟦email⟧",
    "⟦fullname⟧",
]
QHEAD = ["Op ⟦!date⟧ schreef ⟦telco⟧ Klantendienst <klantendienst@⟦domain⟧>:", "Van: ⟦bank⟧ <info@⟦domain⟧>\nDatum: ⟦!date⟧ ⟦!time⟧"]
QBODY = [
    "Beste klant,\n\nWij hebben uw vraag goed ontvangen onder dossiernummer ⟦!ticket_number⟧. Een medewerker neemt zo snel mogelijk contact met u op.\n\nVriendelijke groeten,\nDe klantendienst",
    "Dag ⟦name⟧,\n\nBedankt voor uw bericht. Kunt u ons uw klantennummer en uw nieuwe adres bezorgen? Deel nooit uw pincode.\n\nMvg",
]

T += [
    ("chat", "De veiligheidscode van mijn kaart is ⟦cvv⟧ maar de Nederlandse webshop aanvaardt Bancontact niet. Artikel ⟦!product_code⟧"),
    ("chat", "firmware update ⟦!version_string⟧ voor de modem, checksum ⟦!checksum⟧ klopt niet met de site. is dat normaal?"),
    ("chat", "Kaartnummer ⟦card:bancontact⟧, vervaldatum ⟦card_expiry⟧, cvc ⟦cvv⟧. Betaling voor het hotel in ⟦abroad⟧ wordt geweigerd"),
    ("agent", "Dag ⟦name⟧, product ⟦!product_code⟧ is terug in stock vanaf ⟦!date⟧. Je kan het dan bestellen met levering naar Nederland. ⟦agent⟧"),
    ("ebody", "Na het downloaden van het exportbestand (SHA-1 ⟦!checksum⟧) zie ik dat een betaling aan ⟦shop⟧ van ⟦!amount⟧ twee keer is aangerekend op mijn kaart ⟦card⟧. Ik heb de kaart nooit in het buitenland gebruikt, behalve in Maastricht."),
    ("chat", "ik ben student in Leuven en mijn gebruikersnaam is ⟦username⟧, het wachtwoord ⟦password⟧ werkt alleen nog in de browser, niet in de app"),
    ("chat", "Mijn Nederlandse vriend wil mij geld sturen maar zijn bank zegt dat ⟦iban:be⟧ niet bestaat?? Ik krijg foutcode ⟦!error_code⟧ bij Payconiq ook"),
]

T += [
    ("chat", "Ik ben al klant sinds ⟦!year⟧ en nu werkt mijn kaart niet meer in Nederland?? kaart eindigt op ⟦!masked_value:card2⟧"),
    ("public", "⟦!mention⟧ sinds ⟦!year⟧ klant en dit is de eerste keer dat ik zo lang moet wachten ⟦!hashtag⟧"),
    ("chat", "De meterstand elektriciteit: ⟦!meter_reading⟧, gas ⟦!meter_reading:gas⟧. Klantnummer ⟦customer_number⟧, gsm ⟦phone:be⟧"),
    ("chat", "Mijn IP-adres is ⟦ip_address⟧, de tech vroeg het. Wij zitten op het appartement in Knokke"),
]

T += [
    ("chat", "poort ⟦!port⟧ staat dicht sinds de nieuwe modem, ik moet voor mijn werk in Nederland inloggen via VPN"),
]

T += [
    ("chat", "den digipass code is ⟦otp:8⟧ en de response ⟦otp:8⟧, werkt toch niet"),
    ("chat", "De api sleutel van ons kassasysteem is ⟦api_key:api_⟧, die hebben jullie nodig om de Payconiq koppeling te herstellen zeker?"),
    ("chat", "Access token voor jullie developer portal: ⟦token:jwt⟧. Hij vervalt om ⟦!time⟧"),
    ("chat", "Mijn gebruikersnaam op het klantenportaal is ⟦username⟧, ik krijg de sms op mijn Nederlandse nummer niet. Kunt ge hem naar ⟦phone:be⟧ sturen?"),
    ("chat", "Pincode vergeten van mijn nieuwe bankkaart. Ik woon in Baarle-Hertog maar de brief is naar Baarle-Nassau gestuurd haha. Adres: ⟦address:be⟧"),
    ("chat", "puk code ⟦puk⟧ ingegeven, nu vraagt hij een nieuwe pin. mag dat ⟦pin:4⟧ zijn?"),
    ("chat", "Ons wifi netwerk ⟦ssid⟧ heeft als paswoord ⟦wifi_key⟧, de Airbnb-gasten uit Duitsland kunnen niet verbinden"),
    ("agent", "Dag ⟦name⟧, ik heb je gsm-nummer aangepast naar ⟦phone@n⟧. Vanaf nu ontvang je de itsme-bevestiging op ⟦phone@n⟧. Groeten, ⟦agent⟧"),
    ("agent", "Dag ⟦name⟧, de vervaldatum op je kaart (⟦card_expiry⟧) is correct. Mogelijk blokkeert de Duitse webshop kaarten uit België. Probeer eens via ⟦!url⟧. ⟦agent⟧"),
    ("public", "⟦!mention⟧ weer geen trein naar Maastricht om ⟦!time⟧, ⟦!quantity:n⟧ keer deze week ⟦!hashtag⟧"),
    ("ebody", "Ik ben Britse en woon sinds ⟦!year⟧ in Gent. Bij het aanvragen van een nieuwe kaart wordt mijn rijksregisternummer ⟦bsn:rrn⟧ niet aanvaard. Mijn vreemdelingenkaart heeft nummer ⟦passport:be⟧. U kunt mij bereiken op ⟦phone:be⟧ of op mijn Britse nummer ⟦phone:uk⟧."),
]

T += [
    ("chat", "pin:⟦pin:4⟧.. nu correct?"),
    ("chat", "mijn nr=⟦phone:be⟧,bel mij aub"),
    ("chat", "Vanaf ⟦!date⟧ werk ik in Luxemburg. Moet ik mijn contract aanpassen of mag ik gewoon roamen?"),
]

T += [
    ("chat", "mijn kaart vervalt ⟦card_expiry⟧ en ik zit dan in ⟦abroad⟧ voor mijn stage, kunnen jullie de nieuwe naar daar sturen?"),
    ("chat", "geboortedatum ⟦date_of_birth⟧, rijksregister ⟦bsn:rrn⟧, wat hebt ge nog nodig?"),
]

T += [
    ("ectx", "Ik vertrek op ⟦!date⟧ met vlucht ⟦!flight_number⟧ en ben dan ⟦!quantity:n⟧ weken niet bereikbaar op mijn Belgisch nummer."),
    ("chat", "factuur ⟦!invoice_number⟧ klopt niet, ik zat ⟦!quantity:n⟧ weken in Nederland en heb daar amper gebeld. ondernemingsnr ⟦!company_registration:ond⟧"),
]
