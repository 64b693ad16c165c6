"""Filler pools (names, streets, cities, brands, cue phrasings, e-mail frames).

Every list here is dealt alternately to the two halves by generate_blind.deal_pools(),
with a global de-duplication so that no string ends up in both halves.
"""

# ---------------------------------------------------------------- people
FIRST = {
    "NL": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Eva", "Ruben", "Anouk", "Jeroen",
           "Marieke", "Henk", "Ingrid", "Kees", "Wilma", "Joost", "Iris", "Sem", "Noor", "Mila",
           "Gerrit", "Annemiek", "Femke", "Sjoerd", "Ria", "Bas", "Yvonne", "Pieter", "Marloes", "Wouter",
           "Esther", "Niels", "Tineke", "Arjen", "Loes", "Hidde"],
    "BEnl": ["Wout", "Lien", "Jens", "Elke", "Bart", "Griet", "Koen", "Nele", "Pieter-Jan", "Hanne",
             "Stijn", "Katrien", "Jelle", "Lore", "Dirk", "Marleen", "Wim", "Sofie", "Tom", "An",
             "Joris", "Ilse", "Seppe", "Febe", "Rik", "Veerle", "Brecht", "Ellen", "Lieven", "Inge"],
    "BEfr": ["Julie", "Maxime", "Camille", "Nicolas", "Amélie", "Thomas", "Céline", "Olivier", "Manon",
             "François", "Sophie", "Benoît", "Nathalie", "Chloé", "Gilles", "Aurélie", "Jérôme", "Isabelle",
             "Quentin", "Pascale", "Arnaud", "Valérie", "Cédric", "Mélanie", "Didier", "Laetitia", "Romain",
             "Sandrine", "Grégory", "Véronique"],
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Charlie", "Callum",
           "Megan", "Rhys", "Bethany", "Declan", "Siobhan", "Gareth", "Lauren", "Nathan", "Hannah", "Alfie",
           "Imogen", "Kieran", "Niamh", "Ewan", "Gemma", "Liam", "Zara", "Owen", "Kirsty", "Dominic"],
    "US": ["Tyler", "Madison", "Brandon", "Ashley", "Kayla", "Jordan", "Destiny", "Hunter", "Brittany",
           "Cody", "Chelsea", "Dakota", "Kaitlyn", "Marcus", "Jasmine", "Trevor", "Shanice", "Dylan",
           "Mackenzie", "Tanner", "Brianna", "Devon", "Alexis", "Garrett", "Savannah", "Logan", "Whitney",
           "Darnell", "Paige", "Colton"],
}
LAST = {
    "NL": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
           "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf",
           "van der Meer", "Kok", "van Dijk", "Koster", "Prins", "Huisman", "Postma", "Veenstra", "Schouten",
           "van den Berg", "Kuipers", "Timmermans"],
    "BEnl": ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
             "De Smet", "Vermeulen", "Van den Broeck", "De Backer", "Lambrechts", "Dierckx", "Verhoeven",
             "Van Damme", "Coppens", "Hermans", "Aerts", "Verstraete", "De Clercq", "Pauwels", "Vandenberghe",
             "Segers", "Wuyts", "Baert"],
    "BEfr": ["Dubois", "Lambert", "Dupont", "Leclercq", "Renard", "Lejeune", "Dumont", "Goffin", "Mathieu",
             "Collard", "Hubert", "Charlier", "Jacquet", "Delvaux", "Masson", "Lemaire", "Dethier", "Gérard",
             "Noël", "Henrard", "Piron", "Bodart", "Lecomte", "Hanquet", "Marchal", "Denis"],
    "GB": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Roberts", "Wright", "Hughes",
           "Edwards", "Green", "Hall", "Wood", "Clarke", "Patel", "Khan", "Murphy", "Davies", "Lloyd",
           "Ashworth", "Pritchard", "Fletcher", "Barker", "Holloway", "McKenzie", "Doyle"],
    "US": ["Johnson", "Williams", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson",
           "Thompson", "Moore", "Jackson", "Harris", "Lewis", "Robinson", "Young", "Allen", "King", "Scott",
           "Nguyen", "Ramirez", "Carter", "Mitchell", "Perez", "Bennett", "Hayes", "Sullivan"],
}

# ---------------------------------------------------------------- places
STREETS = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianastraat", "Beatrixlaan", "Lindenlaan",
           "Schoolstraat", "Stationsweg", "Irisstraat", "Vondellaan", "Meidoornstraat", "Populierenlaan",
           "Wilhelminastraat", "Oranjestraat", "Hoofdstraat", "Zonnebloemstraat", "Prinses Irenestraat",
           "Van Goghlaan", "Merelstraat", "Sportlaan", "Ds. Kuypersingel", "Burgemeester Visserlaan",
           "Akkerwinde", "Tulpstraat", "Esdoornlaan", "Havenkade", "Nieuwe Gracht", "Spoorsingel"],
    "BEnl": ["Stationsstraat", "Kapelstraat", "Molenstraat", "Dorpstraat", "Nieuwstraat", "Veldstraat",
             "Hoogstraat", "Brugsesteenweg", "Gentsesteenweg", "Lindelaan", "Ringlaan", "Kasteelstraat",
             "Pastoriestraat", "Bosstraat", "Heirbaan", "Kerkplein", "Processiestraat", "Vlaanderenstraat",
             "Ieperstraat", "Beukenlaan", "Blauwvoetstraat", "Groenstraat", "Leopoldlaan", "Zavelstraat"],
    "BEfr": ["Rue de la Station", "Rue du Moulin", "Avenue des Tilleuls", "Chaussée de Bruxelles",
             "Rue de l'Église", "Rue Haute", "Boulevard d'Avroy", "Rue des Écoles", "Avenue Louise",
             "Rue Saint-Gilles", "Rue des Fossés", "Place du Marché", "Rue de Namur", "Avenue de la Gare",
             "Rue du Château", "Chaussée de Louvain", "Rue des Champs", "Rue Léopold", "Rue de Fragnée",
             "Rue des Alliés", "Avenue Reine Astrid", "Rue Grande", "Rue du Village", "Clos des Lilas"],
    "GB": ["Elm Grove", "Station Road", "Victoria Street", "Mill Lane", "Church Road", "Queens Road",
           "Albert Road", "Manor Way", "Chapel Street", "Beech Close", "Kingsway", "The Crescent",
           "Windsor Avenue", "Hawthorn Drive", "Orchard Close", "Springfield Road", "Nelson Street",
           "Westfield Lane", "Mayfield Road", "Tennyson Way", "Ash Grove", "Clarence Terrace"],
    "US": ["Maple Avenue", "Oak Street", "Cedar Lane", "Pine Street", "Washington Blvd", "Lincoln Ave",
           "Sunset Drive", "Lakeview Dr", "Highland Ave", "Ridgewood Rd", "Walnut St", "Jefferson Street",
           "Cherry Hill Ct", "Meadowbrook Ln", "Prospect Ave", "Dogwood Trail", "N Main St", "Willow Creek Rd",
           "Harrison Ave", "Magnolia Blvd", "Riverside Dr", "Chestnut Ct"],
}
CITIES = {
    "NL": ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Leiden", "Tilburg", "Breda", "Arnhem", "Nijmegen",
           "Groningen", "Almere", "Delft", "Apeldoorn", "Enschede", "Den Bosch", "Eindhoven", "Alkmaar",
           "Hoorn", "Deventer", "Gouda", "Zaandam", "Leeuwarden", "Assen", "Venlo"],
    "BEnl": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Aalst", "Kortrijk", "Genk",
             "Roeselare", "Sint-Niklaas", "Turnhout", "Lier", "Ieper", "Geel", "Dendermonde", "Lokeren",
             "Oostende", "Tienen", "Herentals"],
    "BEfr": ["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Ixelles", "Verviers", "Nivelles",
             "La Louvière", "Arlon", "Ottignies", "Waterloo", "Huy", "Gembloux", "Seraing", "Jodoigne",
             "Braine-l'Alleud", "Marche-en-Famenne", "Uccle"],
    "GB": ["Leeds", "Bristol", "Manchester", "Sheffield", "Leicester", "Norwich", "Reading", "Cardiff",
           "Glasgow", "Brighton", "York", "Exeter", "Nottingham", "Coventry", "Swansea", "Derby",
           "Bolton", "Stockport", "Swindon", "Luton"],
    "US": ["Columbus, OH", "Austin, TX", "Portland, OR", "Denver, CO", "Raleigh, NC", "Madison, WI",
           "Tucson, AZ", "Boise, ID", "Richmond, VA", "Omaha, NE", "Albany, NY", "Sacramento, CA",
           "Tampa, FL", "Spokane, WA", "Louisville, KY", "Knoxville, TN", "Des Moines, IA", "Reno, NV",
           "Savannah, GA", "Fort Wayne, IN"],
}
# UK postcode outward prefixes per city index (any is fine for format)
GB_AREAS = ["LS", "BS", "M", "S", "LE", "NR", "RG", "CF", "G", "BN", "YO", "EX", "NG", "CV", "SA", "DE",
            "BL", "SK", "SN", "LU"]

# ---------------------------------------------------------------- brands per region and sector
BRANDS = {
    ("telecom", "NL"): ["KPN", "Ziggo", "Odido", "Simyo", "Youfone", "Lebara", "hollandsnieuwe",
                        "Budget Mobiel", "Delta Fiber", "Caiway", "Ben", "Vodafone"],
    ("telecom", "BE"): ["Proximus", "Telenet", "Orange", "BASE", "Scarlet", "Mobile Vikings", "VOO",
                        "Digi", "Hey!", "Edpnet"],
    ("telecom", "GB"): ["BT", "Sky", "Virgin Media", "EE", "O2", "Three", "giffgaff", "Plusnet",
                        "TalkTalk", "Tesco Mobile", "Community Fibre", "Hyperoptic"],
    ("telecom", "US"): ["Verizon", "AT&T", "T-Mobile", "Xfinity", "Spectrum", "Cox", "Mint Mobile",
                        "Cricket", "Visible", "Google Fi", "Optimum", "Frontier"],
    ("bank", "NL"): ["ING", "Rabobank", "ABN AMRO", "bunq", "SNS", "ASN Bank", "Knab", "Triodos",
                     "RegioBank"],
    ("bank", "BE"): ["KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "Crelan", "Beobank", "Keytrade",
                     "AXA Bank", "vdk bank", "CBC"],
    ("bank", "GB"): ["Barclays", "Lloyds", "NatWest", "HSBC", "Monzo", "Starling", "Santander", "Halifax",
                     "Nationwide", "Revolut"],
    ("bank", "US"): ["Chase", "Wells Fargo", "Bank of America", "Capital One", "Citi", "US Bank", "PNC",
                     "Discover", "Ally", "Navy Federal"],
    ("parcel", "NL"): ["PostNL", "DHL", "DPD", "GLS", "Homerr", "Budbee"],
    ("parcel", "BE"): ["bpost", "Mondial Relay", "UPS", "Bpack 24/7", "Cubee", "PickUp"],
    ("parcel", "GB"): ["Royal Mail", "Evri", "Yodel", "InPost", "Amazon Locker", "Parcelforce"],
    ("parcel", "US"): ["USPS", "FedEx", "OnTrac", "Amazon Hub", "LaserShip", "Veho"],
    ("alarm", "NL"): ["Verisure", "Ajax", "Somfy", "Eufy", "Nedap", "Klikaan"],
    ("alarm", "BE"): ["Securitas", "Fibaro", "Bosch", "Risco", "Visonic", "G4S"],
    ("alarm", "GB"): ["ADT", "Yale", "Ring", "Hive", "Honeywell", "Texecom"],
    ("alarm", "US"): ["SimpliSafe", "Vivint", "Brinks Home", "Abode", "Cove", "Frontpoint"],
    ("energy", "NL"): ["Eneco", "Vattenfall", "Essent", "Greenchoice", "Budget Energie", "Vandebron"],
    ("energy", "BE"): ["Engie", "Luminus", "TotalEnergies", "Mega", "Bolt", "Octa+"],
    ("energy", "GB"): ["British Gas", "Octopus Energy", "EDF", "E.ON Next", "OVO", "Scottish Power"],
    ("energy", "US"): ["Con Edison", "PG&E", "Duke Energy", "Xcel Energy", "ComEd", "Dominion Energy"],
    ("water", "NL"): ["Vitens", "Evides", "Brabant Water", "Dunea", "Waternet", "PWN"],
    ("water", "BE"): ["De Watergroep", "Farys", "Water-link", "SWDE", "Vivaqua", "CILE"],
    ("water", "GB"): ["Thames Water", "Severn Trent", "Yorkshire Water", "United Utilities",
                      "Anglian Water", "Southern Water"],
    ("water", "US"): ["American Water", "Denver Water", "LADWP", "SFPUC", "Aqua", "DC Water"],
    ("shop", "NL"): ["Albert Heijn", "Jumbo", "Kruidvat", "HEMA", "Action", "Plus", "Etos", "Gamma",
                     "MediaMarkt", "Dirk"],
    ("shop", "BE"): ["Delhaize", "Colruyt", "Carrefour", "Brico", "Okay", "Spar", "Intermarché", "Aldi",
                     "Lidl", "Torfs"],
    ("shop", "GB"): ["Tesco", "Sainsbury's", "Asda", "Morrisons", "Boots", "Waitrose", "Co-op", "Greggs",
                     "Argos", "B&Q"],
    ("shop", "US"): ["Walmart", "Target", "Kroger", "Costco", "CVS", "Walgreens", "Safeway",
                     "Home Depot", "Trader Joe's", "Publix"],
    ("app", "NL"): ["Thuisbezorgd", "Marktplaats", "Vinted", "Tikkie", "bol", "Coolblue"],
    ("app", "BE"): ["Payconiq", "2dehands", "Deliveroo", "Doccle", "Zalando", "Vanden Borre"],
    ("app", "GB"): ["Deliveroo UK", "Depop", "Just Eat", "Trainline", "ASOS", "Currys"],
    ("app", "US"): ["DoorDash", "Venmo", "Instacart", "Zelle", "Etsy", "Best Buy"],
}

# webmail domains shared by both halves; ISP/regional ones are dealt
WEBMAIL = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com"]
DOMAINS = {
    "NL": ["ziggo.nl", "kpnmail.nl", "live.nl", "hotmail.nl", "planet.nl", "xs4all.nl", "home.nl",
           "casema.nl"],
    "BE": ["telenet.be", "skynet.be", "hotmail.be", "outlook.be", "proximus.be", "live.be", "scarlet.be",
           "yahoo.fr"],
    "GB": ["hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "sky.com", "virginmedia.com", "live.co.uk",
           "talktalk.net", "ntlworld.com"],
    "US": ["aol.com", "comcast.net", "att.net", "verizon.net", "sbcglobal.net", "me.com", "msn.com",
           "charter.net"],
}

# ---------------------------------------------------------------- small phrase pools per language
RELATIVES = {
    "nl": ["mijn moeder", "mijn vader", "mijn oma", "mijn schoonmoeder", "mijn vriendin", "mijn man",
           "mijn opa", "mijn zoon", "mijn dochter", "mijn buurvrouw", "mijn tante", "mijn vrouw"],
    "nl-be": ["ons moeder", "mijn pa", "mijn ma", "mijn meter", "mijn vent", "mijn lief", "ons bomma",
              "mijn nonkel", "onze zoon", "mijn schoonvader", "mijn tante", "ons Lien"],
    "fr-be": ["ma mère", "mon père", "ma grand-mère", "mon compagnon", "ma compagne", "mon fils",
              "ma belle-mère", "mon parrain", "ma fille", "mon mari", "ma marraine", "ma voisine"],
    "en-gb": ["my mum", "my dad", "my nan", "my partner", "my husband", "my wife", "my mother-in-law",
              "my grandad", "my son", "my daughter", "my gran", "my neighbour"],
    "en-us": ["my mom", "my dad", "my grandma", "my husband", "my wife", "my mother-in-law", "my son",
              "my daughter", "my grandpa", "my fiancé", "my aunt", "my roommate"],
}

HASHTAGS = {
    "nl": ["#storing", "#internet", "#klantenservice", "#wifi", "#geeninternet", "#fail", "#boos",
           "#pakket", "#wachten", "#slecht"],
    "nl-be": ["#panne", "#ambetant", "#internet", "#wifi", "#klantendienst", "#schandalig", "#pakje",
              "#nogaltijdniks"],
    "fr-be": ["#panne", "#honteux", "#serviceclient", "#internet", "#colis", "#wifi", "#inadmissible",
              "#toujoursrien"],
    "en": ["#outage", "#customerservice", "#fail", "#stillwaiting", "#wifi", "#nointernet", "#help",
           "#ripoff", "#parcel", "#broadband"],
}

EMOJI = ["🙏", "😩", "😡", "🙂", "😅", "👍", "🤞", "😤", "🙄", "😭", "❤️", "🤷‍♀️", "😊", "🆘", "⚠️", "😬"]

# ---------------------------------------------------------------- cue phrasings per language and type
CUES = {
    "nl": {
        "pin": ["pincode", "pin", "pincode van mijn pas", "de pin", "pinkode", "mijn code"],
        "otp": ["verificatiecode", "sms code", "de code", "bevestigingscode", "inlogcode", "eenmalige code"],
        "password": ["wachtwoord", "ww", "password", "nieuwe wachtwoord", "wachtwoordje", "paswoord"],
        "wifi_key": ["wifi wachtwoord", "netwerksleutel", "wifi code", "wifi-sleutel", "WPA sleutel",
                     "wachtwoord van de wifi"],
        "customer_number": ["klantnummer", "klantnr", "klantnummer:", "mijn nummer bij jullie",
                            "contractnummer", "abonnementsnummer"],
        "puk": ["PUK", "pukcode", "puk-code", "PUK code"],
    },
    "nl-be": {
        "pin": ["pincode", "pin", "geheime code", "pincode van de kaart", "code", "mijne pin"],
        "otp": ["code", "smscode", "verificatiecode", "activatiecode", "bevestigingscode", "controlecode"],
        "password": ["paswoord", "wachtwoord", "passwoord", "paswoord van de app", "het paswoord", "pw"],
        "wifi_key": ["wifi-code", "wifi paswoord", "netwerksleutel", "de code van de wifi",
                     "beveiligingssleutel", "wifi wachtwoord"],
        "customer_number": ["klantennummer", "klantnummer", "klantnr.", "referentie klant",
                            "klantennr", "nummer van de klant"],
        "puk": ["PUK", "pukcode", "PUK-code", "deblokkeringscode"],
    },
    "fr-be": {
        "pin": ["code PIN", "pin", "code secret", "mon code", "code de la carte", "le PIN"],
        "otp": ["code de vérification", "code SMS", "code", "code d'activation", "code de confirmation",
                "code à usage unique"],
        "password": ["mot de passe", "mdp", "mot de passe provisoire", "password", "mot-de-passe", "MDP"],
        "wifi_key": ["clé wifi", "code wifi", "clé de sécurité", "mot de passe wifi", "clé WPA",
                     "code du wifi"],
        "customer_number": ["numéro client", "n° client", "num client", "référence client",
                            "numéro de client", "n° de contrat"],
        "puk": ["PUK", "code PUK", "code de déblocage", "le PUK"],
    },
    "en": {
        "pin": ["PIN", "pin", "pin number", "PIN code", "passcode", "code"],
        "otp": ["verification code", "the code", "one time code", "OTP", "security code", "confirmation code"],
        "password": ["password", "pw", "pass", "passwd", "temp password", "new password"],
        "wifi_key": ["wifi password", "network key", "wifi key", "WPA key", "wireless key",
                     "password for the wifi"],
        "customer_number": ["account number", "customer number", "acct no", "account no.", "account #",
                            "customer ID"],
        "puk": ["PUK", "PUK code", "PUK number", "unblocking code"],
    },
}

# chat openers / closers (dealt per language)
OPENERS = {
    "nl": ["Hoi,", "Goedemorgen,", "Hallo", "Hey", "Goedemiddag,", "Dag,", "Hoi hoi", "Hallo daar,",
           "Goedenavond,", "Hee"],
    "nl-be": ["Dag,", "Hallo,", "Goeiemiddag,", "Hey", "Goeiemorgen", "Hallo daar", "Dag iedereen,",
              "Goedenavond,"],
    "fr-be": ["Bonjour,", "Bonsoir,", "Bjr", "Hello,", "Bonjour à vous,", "Salut", "Bonjour madame, monsieur,",
              "Re-bonjour,"],
    "en": ["Hi,", "Hello,", "Hey", "Hiya", "Morning,", "Hi there,", "Good afternoon,", "Evening all,",
           "Hey guys,", "Hello again,"],
}
CLOSERS = {
    "nl": ["Alvast bedankt!", "Thx", "Groetjes", "Dank je", "Graag snel reactie", "Mvg", "Dankjewel!!",
           "Hoor graag van jullie", "Bvd", "Gr."],
    "nl-be": ["Alvast merci", "Merci!", "Groetjes", "Mvg", "Merci alvast", "Dank u", "Graag rap antwoord",
              "Thx"],
    "fr-be": ["Merci d'avance", "Merci", "Cordialement", "Bonne journée", "Merci beaucoup", "Bàv",
              "Dans l'attente de votre réponse", "Mrc"],
    "en": ["Thanks", "Cheers", "Thx", "Thanks in advance", "Ta", "Appreciate it", "Many thanks",
           "Please help", "TIA", "Thank you!!"],
}

# e-mail frames
GREETINGS = {
    "nl": ["Beste,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,",
           "Geachte medewerker,", "Goedendag,", "Hoi,", "Beste mensen,", "Geachte,"],
    "nl-be": ["Beste,", "Geachte,", "Dag,", "Goeiemiddag,", "Beste klantendienst,", "Geachte mevrouw, mijnheer,",
              "Hallo,", "Beste medewerker,"],
    "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonjour Madame, Monsieur,", "Bonsoir,", "Cher service client,",
              "Chère Madame, cher Monsieur,", "Bonjour à vous,", "Messieurs-dames,"],
    "en": ["Hello,", "Dear Sir or Madam,", "Hi,", "Good morning,", "To whom it may concern,",
           "Dear customer services,", "Hi there,", "Dear team,", "Good afternoon,", "Hello team,"],
}
CLOSINGS = {
    "nl": ["Met vriendelijke groet,", "Vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt,",
           "Met vriendelijke groeten,", "Hartelijke groet,", "Groet,"],
    "nl-be": ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt,",
              "Met de meeste hoogachting,", "Beste groeten,", "Dank bij voorbaat,"],
    "fr-be": ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Bien cordialement,",
              "Salutations distinguées,", "Merci d'avance,", "Bonne journée,", "Sincères salutations,"],
    "en": ["Kind regards,", "Best regards,", "Thanks,", "Many thanks,", "Regards,", "Best,",
           "Yours faithfully,", "Cheers,", "Thank you,", "Sincerely,"],
}
SENT_FROM = {
    "nl": ["Verstuurd vanaf mijn iPhone", "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
           "Verzonden met Outlook voor Android", "Verstuurd vanaf mijn iPad"],
    "nl-be": ["Verstuurd vanaf mijn iPhone", "Verzonden vanaf mijn Galaxy", "Verstuurd vanuit Mail voor Windows",
              "Verzonden vanaf Outlook voor iOS"],
    "fr-be": ["Envoyé de mon iPhone", "Envoyé depuis mon appareil Galaxy", "Envoyé à partir de Outlook pour Android",
              "Envoyé de mon iPad"],
    "en": ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for Android", "Sent from Yahoo Mail on Android",
           "Get Outlook for iOS", "Sent from my iPad"],
}
