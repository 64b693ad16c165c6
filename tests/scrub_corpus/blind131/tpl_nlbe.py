"""Belgian Dutch (Flemish) templates."""

CHAT = [
    "ph|Dag, ik kan mijn voorschrift niet ophalen. Mijn rijksregisternummer is [[rrn]], geboren [[dob]]. Kunt ge eens kijken?",
    "ph|allee, al 3 keer geprobeerd in te loggen op de webshop. login [[user]] paswoord [[pw]]. Wat doe ik fout?",
    "ph|Gelieve het pakje te leveren op [[addr]], ik ben er woensdag niet. Mijn GSM: [[phone]]",
    "ph|De bevestigingscode was [[otp]] maar ge zegt dat die niet klopt. Bestelling [[~order]], CNK van het product [[~prod]]",
    "ls|Goeiemiddag, ik wou mijn zoon inschrijven voor bijles wiskunde. Hij is geboren op [[dob]]. Mijn gsm is [[phone]] en mail [[email]]",
    "ls|Kunde het inschrijvingsgeld ([[~amt]]) terugstorten op [[iban]]? De cursus is geannuleerd. Leerlingnummer [[cust]]",
    "ls|het paswoord van het leerplatform is [[pw]] en mijn gebruikersnaam [[user]], maar ik zie de les van [[~date]] niet",
    "so|Dag, de omvormer staat in storing ([[~err]]). Wifi-code is [[wifi]] op netwerk [[@ssid]]. Kunt ge dat van op afstand bekijken?",
    "so|Mijn EAN-nummer is [[cust]]. De digitale meter toont [[~meter]]. Wanneer komt de keuring?",
    "so|De installateur mag binnen via de garage, code van de poort is [[pin]]. Adres [[addr]]",
    "so|Ik heb [[~amt]] voorschot betaald vanop [[iban]], maar nog altijd geen datum voor de plaatsing van [[~qty]]",
    "ti|Ik heb mijn tickets voor het festival niet ontvangen op [[email]]. Bestelnummer [[~order]]. Zijt gij daar mee bezig?",
    "ti|Iemand heeft mijn account overgenomen, het oude paswoord was [[pw]]. Mijn rijksregisternummer is [[rrn]] als ge dat nodig hebt voor verificatie",
    "ti|de sms-code [[otp]] komt pas binnen na 10 minuten, dan is die al vervallen",
    "ti|betaald met bancontact kaart [[card]] maar ik zie [[~err]]. Is de betaling gelukt of niet?",
    "pe|Dag, kan ik voor mijn kat een afspraak maken op [[~date]] rond [[~time]]? Ik ben [[@full]], GSM [[phone]]",
    "pe|het voer ([[~prod]]) is kapot aangekomen, [[~qty]] gescheurd. Klantennummer [[cust]], adres [[addr]]",
    "pe|Ge moogt het factuur van de dierenarts domiciliëren op [[iban]]",
    "fe|Mijn overtocht van [[~date]] (reservatie [[~order]]) wil ik verzetten. Bel mij op [[phone]] aub",
    "fe|De betaling met mijn kredietkaart [[card]], vervalt [[exp]], CVC [[cvv]] lukt niet op jullie site",
    "fe|Ik ben lid van jullie club, lidnummer [[cust]], maar ik krijg geen korting van [[~pct]]",
    "Hier mijn gegevens:\nnaam [[@full]]\nadres [[addr]]\ngsm [[phone]]\nrijksregisternr [[rrn]]",
    "SIM geblokkeerd, PUK-code [[puk]] werkt niet. Pincode was [[pin]]",
    "de code die ik kreeg is [[otp/words]]",
]

PUBLIC = [
    "ph|[[~mention]] al een week wachten op mijn bestelling [[~order]]. Schandalig. [[~tag]]",
    "ls|Merci [[~mention]] voor de fijne lessen! [[~tag]]",
    "so|[[~mention]] panelen liggen er al [[~qty]] weken maar nog altijd niet aangesloten. Bel mij: [[phone]] [[~tag]]",
    "ti|[[~mention]] ik heb om [[~time]] betaald en nog altijd geen tickets, mail [[email]]",
    "pe|[[~mention]] super geholpen door de dierenarts op [[~date]], ons Fientje is weer in orde [[~tag]]",
    "fe|[[~mention]] de boot van [[~time]] heeft [[~qty]] vertraging?? Niks gecommuniceerd [[~tag]]",
    "[[~mention]] bellen naar [[~cphone]] heeft geen zin, na [[~qty]] nog altijd in de wachtrij",
]

AGENT = [
    "ph|Dag [[@name]], uw voorschrift staat klaar vanaf [[~date]]. We hebben uw rijksregisternummer [[rrn]] gekoppeld. Groeten, [[@agent]]",
    "so|Dag [[@name]], de technieker komt [[~date]] om [[~time]] naar [[addr]]. Vragen? Bel [[~cphone]]. ^[[@ini]]",
    "ti|Hallo [[@name]], de tickets zijn opnieuw verstuurd naar [[email]]. Dossiernummer [[~ticket]]. Mvg, [[@agent]]",
    "pe|Dag, we hebben het bedrag van [[~amt]] teruggestort op [[iban]]. Prettige dag nog! [[@agent]]",
    "fe|Beste [[@name]], uw reservatie [[~order]] is gewijzigd naar [[~date]]. Stuur ons nooit uw kaartgegevens via chat. ^[[@ini]]",
    "Dag [[@name]], voor uw veiligheid hebben we uw bericht met de code verwijderd. Deel nooit een code zoals [CODE] met ons. Groeten [[@agent]]",
]

EMAIL_BODY = [
    "ph|Graag had ik mijn gegevens laten aanpassen in jullie klantenbestand. Mijn nieuw adres is [[addr]]. Mijn GSM-nummer blijft [[phone]]. Rijksregisternummer ter controle: [[rrn]].",
    "ls|Op [[~date]] heb ik mijn dochter ingeschreven voor de zomercursus Frans. Het bedrag ([[~amt]]) werd twee keer gedomicilieerd van rekening [[iban]]. Gelieve één betaling terug te storten. Leerlingnummer: [[cust]]. Factuur: [[~inv]].",
    "so|In bijlage vindt u de foto van de meter. Meterstand dag: [[~meter]], nacht: [[~meter:2]]. EAN: [[cust]]. De omvormer ([[~model]]) is verbonden met het netwerk [[@ssid]], paswoord [[wifi]]. Kunt u nakijken waarom de app geen productie toont?",
    "ti|Ik kocht [[~qty]] voor het festival via uw website maar kreeg een foutmelding ([[~err]]) bij de betaling. Toch werd [[~amt]] van mijn kaart [[card]] gehaald. Ik wil ofwel de tickets, ofwel mijn geld terug.",
    "pe|Onze hond is gisteren behandeld in uw kliniek. Ik zou graag de factuur ontvangen op [[email]], voor de mutualiteit van de hondenverzekering (polisnummer [[cust]]).",
    "fe|Wij reizen op [[~date]] met [[~qty]] en een hond. Moet ik hiervoor iets extra boeken? Reservatienummer [[~order]]. Telefonisch ben ik bereikbaar op [[phone]] na [[~time]].",
    "Ik wil graag inloggen op het klantenportaal maar mijn paswoord wordt niet aanvaard. Gebruikersnaam: [[user]], paswoord: [[pw]]. De eenmalige code die ik kreeg was [[otp]].",
]

GREET = ["Geachte,", "Dag,", "Beste,", "Goeiedag,", "Geachte mevrouw, mijnheer,", "Hallo [[@brand]],"]
SIGN = [
    "Met vriendelijke groeten,\n[[@full]]\n[[addr]]\nGSM [[phone]]",
    "Groetjes\n[[@name]]",
    "Vriendelijke groeten,\n[[@full]]\n[[email]] - [[phone]]",
    "Mvg\n[[@full]]\nVerzonden vanaf mijn iPad",
    "Bedankt op voorhand,\n[[@name]] [[@last]]",
]
QUOTE = [
    "Op [[~date]] om [[~time]] schreef [[@brand]] <klantendienst>:\n> Geachte klant,\n> Uw dossier [[~ticket]] wordt behandeld.\n> Met vriendelijke groeten, [[@agent]]",
    "Van: [[@full]] [mailto:[[email]]]\nVerzonden: [[~date]] [[~time]]\nOnderwerp: dringend\n\nGelieve mij terug te bellen op [[phone]].",
    "> [[@name]] schreef op [[~date]]:\n> mijn klantnummer is [[cust]]",
]
DISCLAIMER = [
    "Dit bericht en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer [[~kvk]] - RPR Gent",
    "[[@brand]] BV | BTW [[~kvk]] | [[~url]] | Klantendienst [[~cphone]]",
]
SUBJECT = ["Onderwerp: dossier [[~ticket]]", "Onderwerp: terugbetaling aub", "Onderwerp: adreswijziging", "Onderwerp: vraag"]

CHAT += [
    "Mijn PUK is [[puk]] volgens de brief van Proximus, maar mijn GSM blijft geblokkeerd",
    "PUK-code [[puk]] ingegeven, nu vraagt hij een nieuwe pincode",
    "kredietkaart [[card]], vervaldatum [[exp]], veiligheidscode [[cvv]]. Lukt nog altijd niet",
    "De CVC [[cvv]] wordt geweigerd, kaart eindigend op [[~mask]]",
    "Ik bel al heel de voormiddag naar [[~cphone]]. Bel mij terug op [[phone]] aub",
    "API-sleutel voor de koppeling: [[api]] - geeft [[~err]]",
    "token [[tok]] werkt niet meer sinds versie [[~ver]]",
    "sha256 van het bestand: [[~sum]], is dat het juiste?",
]
EXTRA = [
    "Ik heb al verschillende keren gebeld maar telkens werd ik doorverbonden en dan viel de lijn weg. Ik hoop dat het via mail vlotter gaat.",
    "Ik ben overdag aan het werk, dus het beste is om mij 's avonds na [[~time]] te contacteren of gewoon te antwoorden op deze mail.",
    "Ik ben altijd tevreden geweest van jullie dienstverlening, maar dit is echt niet in orde. Ik reken op een snelle oplossing.",
    "In bijlage stuur ik een foto van het rekeninguittreksel met de betaling van [[~amt]] en een screenshot van de foutmelding.",
]
