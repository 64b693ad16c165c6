"""Filler pools. Every list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Truus", "Henk", "Annelies", "Gerrit", "Marieke", "Joost", "Wilma", "Kees", "Ingrid", "Bram", "Sanne",
           "Dirk", "Fenna", "Jan-Willem", "Noor", "Lotte", "Daan", "Greetje", "Sem", "Femke", "Ruud", "Joke",
           "Tim", "Mila", "Anouk", "Piet", "Ria", "Thijs", "Lieke", "Gijs"],
    "nl-be": ["Jef", "Rita", "Wouter", "Griet", "Lieven", "Annemie", "Bart", "Hilde", "Stijn", "Marleen", "Pieter-Jan",
              "Ilse", "Koen", "Els", "Jozef", "Mariette", "Seppe", "Lotte", "Warre", "Fien", "Gust", "Roos"],
    "fr-be": ["Jean-Pierre", "Monique", "Benoît", "Françoise", "Luc", "Nathalie", "Michel", "Chantal", "Thibault",
              "Isabelle", "Gaston", "Josiane", "Maxime", "Léa", "Arnaud", "Colette", "Hugo", "Émilie", "Raymond", "Zoé"],
    "en-gb": ["Margaret", "Graham", "Siobhan", "Nigel", "Pauline", "Callum", "Brenda", "Alistair", "Joan", "Declan",
              "Hazel", "Rhys", "Maureen", "Oliver", "Eileen", "Kieran", "Doreen", "Harriet", "Stanley", "Amelia"],
    "en-us": ["Dolores", "Frank", "Tamika", "Walter", "Judy", "DeShawn", "Carol", "Brett", "Lorraine", "Miguel",
              "Beverly", "Tyler", "Gladys", "Kayla", "Harold", "Rosa", "Earl", "Madison", "Vernon", "Brianna"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "van den Berg", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
           "Vos", "Peters", "Hendriks", "van Dijk", "Kok", "Dekker", "Brouwer", "van der Linden", "Postma", "Hoekstra",
           "Wijnands", "Koster", "Verbeek", "Scholten"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van Damme",
              "Willems", "Mertens", "Jacobs", "Verhaeghe", "De Backer", "Lambrechts", "Van Acker", "Declercq", "Hermans"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Simon", "Lemaire", "Collard", "Gilson",
              "Denis", "Piette", "Henrard", "Dumont", "Lejeune", "Fontaine", "Delvaux", "Bodart"],
    "en-gb": ["Thompson", "Evans", "O'Connor", "Patel", "Hughes", "Wilkinson", "MacLeod", "Davies", "Fletcher",
              "Ahmed", "Robertson", "Turner", "Pritchard", "Walsh", "Barker", "Khan", "Lloyd", "Gallagher"],
    "en-us": ["Johnson", "Martinez", "Kowalski", "Washington", "Nguyen", "Schultz", "Ramirez", "O'Brien", "Carter",
              "Thompson", "Delgado", "Fischer", "Brooks", "Hernandez", "Sullivan", "Park", "Gonzalez", "Reyes"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Beatrixstraat", "Wilhelminapark", "Lindenlaan",
           "Schoolstraat", "Kastanjelaan", "Prinses Irenestraat", "Van Goghlaan", "Burgemeester Jansenweg",
           "Oude Gracht", "Zonnebloemstraat", "Parallelweg", "Händelstraat", "Rozengaarde", "Hoofdweg", "Esdoornhof",
           "Vondellaan"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Kapelstraat", "Nieuwstraat", "Molenstraat", "Dorpsplein", "Veldstraat",
              "Brugsesteenweg", "Kouter", "Grote Markt", "Leopoldlaan", "Sint-Jansstraat", "Heidestraat", "Pastoor Cooremansstraat",
              "Boomsesteenweg", "Lindendreef"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Louvain", "Rue du Moulin", "Rue de l'Église",
              "Place Saint-Lambert", "Rue des Champs", "Avenue de la Libération", "Rue Haute", "Chemin du Bois",
              "Rue Albert Ier", "Boulevard d'Avroy", "Rue de Namur", "Clos des Lilas", "Rue Saint-Gilles", "Rue du Pont"],
    "en-gb": ["Ashgrove Road", "Mill Lane", "Church Street", "Victoria Road", "Station Road", "Kingsway", "Park Avenue",
              "Orchard Close", "The Crescent", "Manor Way", "Hawthorn Drive", "Albert Terrace", "Queens Road", "Meadow View",
              "Elm Grove", "Bridge Street"],
    "en-us": ["Maple Ave", "Oak Street", "Pine Ridge Dr", "W 34th St", "Elm Street", "Sunset Blvd", "Cedar Lane",
              "Lakeview Terrace", "N Main St", "Willow Ct", "Jefferson Ave", "Hillcrest Rd", "Birch Way", "Park Pl",
              "E Washington St", "Magnolia Dr"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Amersfoort", "38"), ("Zwolle", "80"), ("Haarlem", "20"), ("Groningen", "97"),
           ("Tilburg", "50"), ("Apeldoorn", "73"), ("Leiden", "23"), ("Almere", "13"), ("Breda", "48"),
           ("Enschede", "75"), ("Delft", "26"), ("Nijmegen", "65"), ("Alkmaar", "18")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"),
              ("Mechelen", "2800"), ("Aalst", "9300"), ("Kortrijk", "8500"), ("Genk", "3600"), ("Sint-Niklaas", "9100"),
              ("Turnhout", "2300"), ("Roeselare", "8800")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Bruxelles", "1000"),
              ("Wavre", "1300"), ("Schaerbeek", "1030"), ("Verviers", "4800"), ("Tournai", "7500"), ("Arlon", "6700"),
              ("Ixelles", "1050"), ("Ottignies", "1340")],
    "en-gb": [("Leeds", "LS6 2AB"), ("Bristol", "BS1 4DJ"), ("Manchester", "M20 3FH"), ("Norwich", "NR2 1QT"),
              ("Cardiff", "CF10 3AT"), ("Glasgow", "G12 8QQ"), ("York", "YO31 7EP"), ("Brighton", "BN1 6AE"),
              ("Sheffield", "S10 2TN"), ("Exeter", "EX4 4QJ"), ("Nottingham", "NG7 2RD"), ("Belfast", "BT9 6AY")],
    "en-us": [("Columbus, OH", "43215"), ("Portland, OR", "97205"), ("Austin, TX", "78704"), ("Chicago, IL", "60614"),
              ("Tampa, FL", "33606"), ("Denver, CO", "80203"), ("Raleigh, NC", "27601"), ("Boston, MA", "02115"),
              ("Madison, WI", "53703"), ("Phoenix, AZ", "85004"), ("Albany, NY", "12203"), ("Atlanta, GA", "30307")],
}
BRANDS = {
    "nl": [("Stroomwijzer", "Stroomwijzer", "stroomwijzer.nl"), ("Belnet Mobiel", "BelnetNL", "belnet.nl"),
           ("Zorgverzekeraar Zuid", "ZorgZuid", "zorgzuid.nl"), ("Waterbedrijf Oost", "WaterOost", "waterbedrijfoost.nl"),
           ("Glasvezel Thuis", "GlasvezelThuis", "glasvezelthuis.nl"), ("Spaarbank Nederland", "SpaarbankNL", "spaarbank.nl"),
           ("PakketPunt", "PakketPuntNL", "pakketpunt.nl"), ("Woonstad Wonen", "WoonstadWonen", "woonstad-wonen.nl")],
    "nl-be": [("Energie Vlaanderen", "EnergieVL", "energievlaanderen.be"), ("TeleKabel", "TeleKabel_be", "telekabel.be"),
              ("Mutualiteit Plus", "MutPlus", "mutplus.be"), ("De Waterlijn", "Waterlijn", "waterlijn.be"),
              ("Bank Kempen", "BankKempen", "bankkempen.be"), ("Parcelo", "ParceloBE", "parcelo.be")],
    "fr-be": [("Énergie Wallonne", "EnergieWal", "energiewallonne.be"), ("TéléRéseau", "TeleReseau", "telereseau.be"),
              ("Mutuelle Avenir", "MutAvenir", "mutuelleavenir.be"), ("Eaux de Meuse", "EauxMeuse", "eauxdemeuse.be"),
              ("Banque Ardenne", "BanqueArdenne", "banqueardenne.be"), ("ColisExpress", "ColisExpressBE", "colisexpress.be")],
    "en": [("BrightGrid Energy", "BrightGridUK", "brightgrid.co.uk"), ("Skyline Mobile", "SkylineMobile", "skylinemobile.com"),
           ("Harbour Bank", "HarbourBank", "harbourbank.co.uk"), ("NorthStar Broadband", "NorthStarHelp", "northstarbb.com"),
           ("CoverWell Insurance", "CoverWellIns", "coverwell.com"), ("QuickShip", "QuickShipHelp", "quickship.com"),
           ("Keystone Utilities", "KeystoneUtil", "keystoneutilities.com"), ("Apex Wireless", "ApexWireless", "apexwireless.com")],
}
AGENTS = {
    "nl": ["Sandra", "Mohamed", "Lisa", "Erik", "Yasmina", "Rob", "Kim", "Jeroen"],
    "nl-be": ["Sofie", "Jens", "Nathalie", "Tom", "Karima", "Dries"],
    "fr-be": ["Aurélie", "Mehdi", "Sophie", "Julien", "Camille", "Nicolas"],
    "en": ["Jess", "Aaron", "Priya", "Tom", "Chloe", "Marcus", "Bethany", "Luis"],
}
HASHTAGS = {
    "nl": ["#klantenservice", "#fail", "#mantelzorg", "#bewindvoering", "#storing", "#geduld", "#ouderen", "#digitaal"],
    "nl-be": ["#klantendienst", "#mantelzorg", "#schandalig", "#storing", "#senioren", "#hulp"],
    "fr-be": ["#serviceclient", "#aidant", "#honteux", "#panne", "#seniors", "#galère"],
    "en": ["#customerservice", "#carer", "#fail", "#elderlycare", "#helpme", "#poweroffattorney", "#outage", "#stillwaiting"],
}
URL_PATHS = {
    "nl": ["/machtiging", "/mijn-account", "/contact", "/gemachtigde", "/storingen", "/overlijden", "/bewindvoerders",
           "/veelgestelde-vragen/toegang-regelen"],
    "nl-be": ["/volmacht", "/mijn-klantenzone", "/contact", "/storingen", "/overlijden", "/hulp/toegang"],
    "fr-be": ["/procuration", "/espace-client", "/contact", "/pannes", "/deces", "/aide/mandataire"],
    "en": ["/power-of-attorney", "/my-account", "/contact-us", "/third-party-access", "/bereavement", "/help/carers",
           "/outages", "/accessibility"],
}
MODELS = ["FRITZ!Box 7590", "Archer C6", "H369A", "Galaxy A14", "iPhone 12", "Moto G54", "TG3442DE", "Connect Box",
          "Nokia 3310", "Doro 8100", "Experia Box v10", "Bbox 3", "Hub 2.0", "Redmi Note 12", "Pixel 7a", "ZTE F680"]
PRODUCTS = ["SKU-44810", "ART 702.118.66", "PRD-20931", "SIM-NANO-3IN1", "KIT-STARTER-02", "REF 3311-BL", "ITEM 99-4410",
            "P-778201"]
PWWORDS = ["zonnebloem", "tulpen", "fietsbel", "koffie", "oma", "kleinkind", "molenweg", "sinterklaas", "voetbal", "poes",
           "lente", "bamboe", "kippensoep", "fluitketel", "winter", "tijger", "papillon", "soleil", "jardin", "rainbow",
           "liverpool", "sunshine", "grandma", "biscuit", "tractor", "maple", "hondje", "kabouter", "zeeuws", "mimosa"]
SSIDS = ["Ziggo7731", "TeleKabel-5G-Home", "VOO-88A1C2", "BTHub6-9XQ2", "Familie_Peeters", "NETGEAR44", "Oma's wifi",
         "KPN_Gast", "Livebox-3F10", "xfinitywifi_home", "telenet-B7712", "Proximus-Home-4421"]
PLATES = ["XK-219-B", "1-ABC-234", "GF52 KLM", "7-TRS-44", "2-HJN-771", "LR19 XEV"]
