"""Pools of fillers: brands, names, streets, cities, e-mail frames. Split alternately per half."""

BRANDS = {
    "NL": [
        dict(name="Polderlink", sector="isp", handle="PolderlinkNL", domain="polderlink.nl", phone="0800-0402", reg="KvK 60482211", cust="9999999", cue="klantnummer"),
        dict(name="Deltatel", sector="mobile", handle="Deltatel_Zorg", domain="deltatel.nl", phone="088 - 120 3300", reg="KvK 34128876", cust="DT-9999999", cue="klantnummer"),
        dict(name="Stroomwijs", sector="energy", handle="stroomwijs", domain="stroomwijs.nl", phone="085 - 047 12 00", reg="KvK 71230945", cust="99999999", cue="klantnummer"),
        dict(name="Wadnet Glasvezel", sector="isp", handle="wadnet", domain="wadnet.nl", phone="0900-2234", reg="KvK 58813420", cust="W99999-99", cue="contractnummer"),
        dict(name="Huisslim", sector="smarthome", handle="huisslim_app", domain="huisslim.nl", phone="020 - 808 1190", reg="KvK 80021453", cust="HS9999999", cue="accountnummer"),
        dict(name="Groenvolt", sector="energy", handle="Groenvolt", domain="groenvolt.nl", phone="0800-4476", reg="KvK 66390021", cust="9999999999", cue="klantnummer"),
        dict(name="Vonk Mobiel", sector="mobile", handle="VonkMobiel", domain="vonkmobiel.nl", phone="0800-0811", reg="KvK 72209913", cust="1.999.999.99", cue="klantnummer"),
        dict(name="Kabelweg", sector="isp", handle="kabelwegNL", domain="kabelweg.nl", phone="0900 - 0405", reg="KvK 30047781", cust="99999999", cue="klantnummer"),
    ],
    "BE": [
        dict(name="Brabonet", sector="isp", handle="Brabonet_BE", domain="brabonet.be", phone="078 05 30 30", reg="BE 0448.120.336", cust="9999 999 999", cue="klantnummer"),
        dict(name="Lumivolt", sector="energy", handle="lumivolt", domain="lumivolt.be", phone="078 35 33 80", reg="BE 0471.811.661", cust="999999999999", cue="klantnummer"),
        dict(name="Mosa Mobile", sector="mobile", handle="MosaMobile", domain="mosamobile.be", phone="0800 95 500", reg="BE 0620.442.109", cust="MM-99999999", cue="numéro client"),
        dict(name="Ardenfibre", sector="isp", handle="ardenfibre", domain="ardenfibre.be", phone="081 24 24 00", reg="BE 0789.336.022", cust="AF9999999", cue="numéro de client"),
        dict(name="Energia Brussel", sector="energy", handle="EnergiaBXL", domain="energia-brussel.be", phone="02 588 11 00", reg="BE 0552.914.307", cust="9999-9999-99", cue="klantnummer"),
        dict(name="Domotix", sector="smarthome", handle="domotix_be", domain="domotix.be", phone="03 808 44 10", reg="BE 0700.255.814", cust="DX999999", cue="account"),
        dict(name="Scaldis Telecom", sector="mobile", handle="ScaldisTel", domain="scaldis.be", phone="0800 22 660", reg="BE 0466.302.871", cust="9999999999", cue="klantnummer"),
        dict(name="Wallonie Gaz & Élec", sector="energy", handle="WGE_be", domain="wge.be", phone="078 48 48 50", reg="BE 0459.123.780", cust="999 999 999", cue="numéro client"),
    ],
    "GB": [
        dict(name="Brightline Broadband", sector="isp", handle="BrightlineHelp", domain="brightline.co.uk", phone="0800 800 150", reg="Company No. 08451127", cust="BL99999999", cue="account number"),
        dict(name="Hearth Energy", sector="energy", handle="HearthEnergy", domain="hearthenergy.co.uk", phone="0333 202 4410", reg="Company No. 10392844", cust="A-99999999", cue="account number"),
        dict(name="Kestrel Mobile", sector="mobile", handle="KestrelCares", domain="kestrelmobile.co.uk", phone="0345 600 3131", reg="Company No. 06629031", cust="999999999", cue="account number"),
        dict(name="Nestwise", sector="smarthome", handle="nestwise_support", domain="nestwise.io", phone="0330 088 2277", reg="Company No. 11820563", cust="NW-999999", cue="account ID"),
        dict(name="Northwire", sector="isp", handle="Northwire", domain="northwire.net", phone="0800 031 8800", reg="Company No. 09911302", cust="99999999", cue="customer number"),
        dict(name="Ampwell Power", sector="energy", handle="AmpwellPower", domain="ampwell.co.uk", phone="0800 048 7720", reg="Company No. 07118836", cust="AMP9999999", cue="account number"),
    ],
    "US": [
        dict(name="Clearpath Fiber", sector="isp", handle="ClearpathHelp", domain="clearpathfiber.com", phone="1-800-555-0147", reg="EIN 84-3029117", cust="8999 9999 9999 9999", cue="account number"),
        dict(name="Summit Wireless", sector="mobile", handle="SummitWireless", domain="summitwireless.com", phone="(888) 555-0162", reg="EIN 47-1180235", cust="999999999", cue="account number"),
        dict(name="Ridgeway Electric", sector="energy", handle="RidgewayElectric", domain="ridgeway-electric.com", phone="1-866-555-0190", reg="EIN 93-0440712", cust="99999-99999", cue="account number"),
        dict(name="HomeHalo", sector="smarthome", handle="HomeHaloHelp", domain="homehalo.com", phone="1-877-555-0133", reg="EIN 82-2749105", cust="HH-99999999", cue="account ID"),
    ],
}

NAMES = {
    "nl": ["Sanne de Vries", "Mark Jansen", "Fatima El Amrani", "Pieter Bakker", "Ilse Visser", "Ruud Smit", "Anouk Mulder", "Jeroen de Boer",
           "Naima Bouzid", "Kees van Dijk", "Femke Meijer", "Bas Hendriks", "Esther de Graaf", "Dennis Kok", "Lisa van Leeuwen", "Martijn Bos"],
    "nl-be": ["Lotte Peeters", "Wim Janssens", "Sofie Maes", "Jens Claes", "An Wouters", "Koen Goossens", "Elke Mertens", "Dries Willems",
              "Nathalie Van den Broeck", "Pieter-Jan De Smet", "Yasmine Aerts", "Bart Vermeulen"],
    "fr-be": ["Julie Dubois", "Michel Lambert", "Sophie Dupont", "Nicolas Lejeune", "Amélie Renard", "Olivier Leclercq", "Céline Martin",
              "Karim Benali", "Isabelle Simon", "François Laurent", "Manon Lemaire", "Thierry Goffin", "Aurore Collard", "Mehdi Haddad"],
    "en": ["Sarah Thompson", "James Walker", "Priya Patel", "Tom Hughes", "Emily Carter", "Daniel O'Brien", "Megan Wright", "Chris Evans",
           "Olivia Bennett", "Ryan Mitchell", "Hannah Lee", "Matt Sullivan", "Aisha Khan", "Ben Foster", "Laura Gomez", "Jake Turner"],
}

AGENTS = {
    "nl": ["Sanne", "Joost", "Mireille", "Thijs", "Kim", "Robin", "Eline", "Youssef", "Daan", "Noor"],
    "nl-be": ["Jolien", "Stijn", "Hanne", "Arne", "Lien", "Ruben", "Eva", "Maarten"],
    "fr-be": ["Camille", "Julien", "Laura", "Maxime", "Sarah", "Antoine", "Chloé", "Romain", "Inès", "Hugo"],
    "en": ["Becky", "Tom", "Sophie", "Liam", "Grace", "Nathan", "Chloe", "Marcus", "Jess", "Ollie"],
}

STREETS = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Prinsengracht", "Van Goghstraat", "Stationsweg", "Beukenlaan",
           "Julianastraat", "Oranjeplein", "Zeeweg", "Wilhelminapark", "Schoolstraat", "Tulpstraat", "Havenkade", "Burgemeester Visserlaan"],
    "BE": ["Kortrijksesteenweg", "Rue de la Loi", "Meir", "Chaussée de Wavre", "Kerkstraat", "Avenue Louise", "Grote Markt", "Rue Haute",
           "Brusselsesteenweg", "Boulevard d'Avroy", "Statiestraat", "Rue des Déportés", "Diestsevest", "Place Flagey", "Veldstraat", "Rue du Midi"],
    "GB": ["Mill Lane", "Church Road", "Victoria Street", "Park Avenue", "Queens Road", "Station Road", "Elm Grove", "High Street",
           "Kingsway", "Albert Terrace", "Oak Close", "Bridge Street"],
    "US": ["Oak Street", "Maple Avenue", "Pine Street", "Elm Drive", "Washington Blvd", "Lakeview Road", "Cedar Lane", "Sunset Avenue"],
}

CITIES = {
    "NL": [("Amsterdam",), ("Utrecht",), ("Rotterdam",), ("Den Haag",), ("Eindhoven",), ("Groningen",), ("Haarlem",), ("Zwolle",),
           ("Leiden",), ("Arnhem",), ("Breda",), ("Nijmegen",)],
    "BE": [("Gent", "9000"), ("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Liège", "4000"), ("Etterbeek", "1040"), ("Leuven", "3000"),
           ("Namur", "5000"), ("Schaerbeek", "1030"), ("Mechelen", "2800"), ("Charleroi", "6000"), ("Brugge", "8000"), ("Ixelles", "1050")],
    "GB": [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8QH"), ("London", "SE15 4NL"), ("Sheffield", "S10 3GE"),
           ("Glasgow", "G12 8QQ"), ("Brighton", "BN1 6SD"), ("Cardiff", "CF24 4HJ")],
    "US": [("Portland", "OR 97205"), ("Austin", "TX 78704"), ("Denver", "CO 80211"), ("Chicago", "IL 60614"), ("Boston", "MA 02118"),
           ("Seattle", "WA 98103")],
}

SSIDS = ["Polderlink-5G-8A21", "Ziggo7734120", "H369A-ACB8", "telenet-apt-4B", "Proximus-Home-3F20", "VOO-928811", "BTHub6-Q2XP",
         "NETGEAR42", "FRITZ!Box 7590 XQ", "bbox-4422", "Huize Jansen", "Appartement 2e", "TheLANBeforeTime", "chez_nous", "Skynet_Guest",
         "xfinitywifi-home"]

DEVICES = ["de slimme thermostaat", "de deurbel", "de slimme meter", "de router", "de mesh-satelliet", "de tv-box", "de camera in de tuin",
           "het alarmpaneel", "de laadpaal", "de omvormer"]

# --------------------------------------------------------------- e-mail frames
GREET = {
    "nl": ["Beste,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Geachte klantenservice,", "Hoi,", "Goedemorgen,"],
    "nl-be": ["Beste,", "Geachte,", "Dag,", "Hallo,", "Beste medewerker,", "Goeiemiddag,"],
    "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonjour à vous,", "Bonsoir,", "Chère équipe,", "Bonjour Madame, Monsieur,"],
    "en": ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi there,", "Good morning,", "To whom it may concern,", "Hello team,", "Dear support,"],
}
CLOSE = {
    "nl": ["Met vriendelijke groet,", "Mvg,", "Groet,", "Alvast bedankt,", "Vriendelijke groeten,", "Met vriendelijke groeten,"],
    "nl-be": ["Met vriendelijke groeten,", "Mvg", "Groetjes,", "Alvast bedankt en vriendelijke groeten,", "Vriendelijke groet,", "Dank bij voorbaat,"],
    "fr-be": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bien cordialement,", "Bonne journée,"],
    "en": ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Best regards,", "Thanks in advance,"],
}
QUOTE_HDR = {
    "nl": ["Op {N:date} om {N:time} schreef {F:brand} Klantenservice:", "Op {N:date} heeft {F:brand} het volgende geschreven:",
           "-----Oorspronkelijk bericht-----\nVan: {F:brand} Klantenservice\nVerzonden: {N:date} {N:time}\nOnderwerp: Uw vraag"],
    "nl-be": ["Op {N:date} om {N:time} schreef {F:brand}:", "Op {N:date} schreef Klantendienst {F:brand}:",
              "---------- Doorgestuurd bericht ----------\nVan: Klantendienst {F:brand}\nDatum: {N:date}"],
    "fr-be": ["Le {N:date} à {N:time}, Service clientèle {F:brand} a écrit :", "Le {N:date}, {F:brand} a écrit :",
              "-------- Message transféré --------\nDe : Service clients {F:brand}\nDate : {N:date} {N:time}"],
    "en": ["On {N:date} at {N:time}, {F:brand} Support wrote:", "On {N:date}, {F:brand} Customer Care wrote:",
           "---------- Forwarded message ---------\nFrom: {F:brand} Help\nDate: {N:date}\nSubject: Your case"],
}
SUBJECT = {
    "nl": ["Onderwerp: storing internet", "Onderwerp: wachtwoord", "Onderwerp: RE: uw vraag", "Onderwerp: klacht monteur", "Onderwerp: verhuizing", "Onderwerp: jaarafrekening"],
    "nl-be": ["Onderwerp: RE: storing", "Onderwerp: aanvraag", "Onderwerp: factuur", "Onderwerp: modem", "Onderwerp: verhuis"],
    "fr-be": ["Objet : panne internet", "Objet : RE: votre demande", "Objet : facture", "Objet : déménagement", "Objet : problème modem"],
    "en": ["Subject: Broadband outage", "Subject: RE: Your case", "Subject: Account access", "Subject: Complaint", "Subject: Moving house", "Subject: Billing"],
}

FILLER = {
    "nl": [
        "Ik ben al ruim acht jaar klant en heb eigenlijk nooit problemen gehad, maar sinds de laatste update van het modem gaat het mis.",
        "Ik heb de afgelopen week al drie keer gebeld en elke keer krijg ik een ander verhaal te horen.",
        "Ik werk thuis en ben echt afhankelijk van een stabiele verbinding, dus ik hoop dat dit snel opgelost kan worden.",
        "Het probleem begint meestal 's avonds, als iedereen thuis is, en dan valt de verbinding elke tien minuten weg.",
        "Mijn schoonzoon heeft al naar de kabels gekeken en volgens hem zit alles goed vast.",
        "Ik heb het modem al meerdere keren uit en aan gezet en ook de resetknop geprobeerd, zonder resultaat.",
        "Ik vind het eerlijk gezegd vreemd dat ik hier zelf zoveel achteraan moet.",
        "In de app staat alleen 'er is iets misgegaan' en verder niks.",
        "De monteur zou tussen acht en één komen maar is niet verschenen en ik heb ook geen bericht gehad.",
        "Ik ben 78 en niet zo handig met die apparaten, mijn kleindochter helpt me met dit bericht.",
    ],
    "nl-be": [
        "Ik ben al jaren klant en tot nu toe was ik altijd tevreden, maar nu loopt het toch wel de spuigaten uit.",
        "Sinds de technieker is langs geweest werkt de digicorder niet meer en valt het internet regelmatig uit.",
        "Ik heb al twee keer naar de klantendienst gebeld en telkens werd er gezegd dat het opgelost zou worden.",
        "Mijn zoon studeert thuis en heeft dringend een werkende verbinding nodig voor zijn examens.",
        "Ik heb de modem al gereset zoals op de website staat, maar dat helpt niet.",
        "Ik vind het jammer dat ik dit per mail moet doen, maar aan de telefoon wacht ik telkens meer dan een half uur.",
        "Het lampje op de modem blijft rood knipperen.",
    ],
    "fr-be": [
        "Je suis client depuis plus de dix ans et c'est la première fois que je rencontre un tel problème.",
        "Depuis le passage du technicien, la connexion coupe plusieurs fois par jour.",
        "J'ai déjà appelé trois fois votre service et on me dit à chaque fois que le problème sera réglé sous 48 heures.",
        "Je travaille à domicile et je ne peux pas me permettre de rester sans internet.",
        "J'ai redémarré le modem plusieurs fois et même fait une réinitialisation, sans succès.",
        "Franchement je commence à perdre patience.",
        "Le voyant du modem clignote en orange depuis ce matin.",
        "Ma fille m'aide à écrire ce mail car je ne suis pas très à l'aise avec l'informatique.",
    ],
    "en": [
        "I've been a customer for about six years and never had any real problems until the last couple of weeks.",
        "I work from home so this is really affecting my job, I've had to tether off my phone for three days.",
        "I have already restarted the router several times and done a factory reset as your website suggests.",
        "We moved here from the UK last year so I'm still getting used to how things work with Dutch providers.",
        "The engineer was supposed to come between 8 and 1 but nobody showed up and nobody called.",
        "Honestly I'm close to cancelling, I've spent hours on hold this month.",
        "The app just says 'something went wrong, please try again later'.",
        "My Dutch isn't great so I hope it's ok that I write in English.",
        "The light on the front of the box is flashing orange and the manual doesn't say what that means.",
        "I'm not very technical so apologies if I'm describing this badly.",
    ],
}

CUST_SIG_EXTRA = {
    "nl": ["Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn Samsung Galaxy", ""],
    "nl-be": ["Verzonden vanaf mijn iPhone", ""],
    "fr-be": ["Envoyé de mon iPhone", "Envoyé depuis mon smartphone Android", ""],
    "en": ["Sent from my iPhone", "Sent from Outlook for Android", ""],
}

AGENT_SIG = {
    "nl": ["{F:agent}\nTeam Klantenservice {F:brand}\nT {N:company_phone} | {N:url}", "Met vriendelijke groet,\n{F:agent} | {F:brand}\n{N:company_registration}",
           "--\n{F:brand} Klantenservice, bereikbaar op {N:company_phone}", "Groet, {F:agent}\n{F:brand} B.V. - {N:company_registration} - {N:url}"],
    "nl-be": ["{F:agent}\nKlantendienst {F:brand}\n{N:company_phone} - {N:url}", "Vriendelijke groeten,\n{F:agent}, {F:brand} NV\nOndernemingsnummer {N:company_registration}",
              "--\nKlantendienst {F:brand} | {N:company_phone}", "{F:agent} | {F:brand} | {N:company_registration}"],
    "fr-be": ["{F:agent}\nService clientèle {F:brand}\n{N:company_phone} - {N:url}", "Cordialement,\n{F:agent}, {F:brand} SA\nTVA {N:company_registration}",
              "--\nService clients {F:brand} | {N:company_phone}", "{F:agent} - {F:brand} - {N:company_registration}"],
    "en": ["{F:agent}\n{F:brand} Customer Care\n{N:company_phone} | {N:url}", "Kind regards,\n{F:agent}, {F:brand} Ltd\n{N:company_registration}",
           "--\n{F:brand} Support, call us on {N:company_phone}", "{F:agent} | {F:brand} | {N:company_registration} | {N:url}"],
}
