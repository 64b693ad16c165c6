"""Filler pools. Every pool is dealt alternately: half 0 takes [0::2], half 1 takes [1::2]."""

FIRST = {
    "nl": ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Anouk", "Thijs", "Ilse", "Ruben", "Marloes", "Wouter",
           "Kim", "Jeroen", "Esther", "Mohammed", "Fatima", "Priya", "Henk", "Ria", "Gerrit", "Yara", "Sem", "Noor"],
    "nl-be": ["Jens", "Lien", "Wout", "Ine", "Pieter-Jan", "Elke", "Seppe", "Nele", "Bart", "Katrien", "Stijn", "Griet",
              "Yusuf", "Hanne", "Jef", "Annelies", "Rik", "Leen", "Tibo", "Febe"],
    "fr-be": ["Julien", "Amélie", "Maxime", "Céline", "Nicolas", "Aurélie", "Thomas", "Manon", "Quentin", "Sophie",
              "Karim", "Nadia", "Benoît", "Élodie", "Olivier", "Laetitia", "Cédric", "Chloé", "Mehdi", "Inès"],
    "en": ["Oliver", "Charlotte", "Jack", "Emily", "Harry", "Sophie", "George", "Megan", "Liam", "Ava", "Noah", "Chloe",
           "Ethan", "Madison", "Aisha", "Ravi", "Tyler", "Grace", "Connor", "Zoe", "Dylan", "Niamh", "Marcus", "Hannah"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
           "Peters", "Hendriks", "van Dijk", "Kramer", "El Amrani", "Yilmaz", "Brouwer", "van der Linden", "Dekker"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Vermeulen", "Van den Broeck", "Dubois", "Lambrechts", "Aerts", "Hermans"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lejeune", "Dumont",
              "Lemaire", "François", "Gilson", "Collignon", "Mathieu", "Denis"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
           "Thompson", "Evans", "Walker", "O'Brien", "Garcia", "Miller", "Anderson", "Murphy", "Khan"],
}
STREETS = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat", "Prinsengracht",
           "Schoolstraat", "Wilhelminapark", "Irisstraat", "Lindelaan", "Van Goghstraat", "Korte Nieuwstraat", "Marktplein",
           "Graaf Florisweg", "Eikenlaan", "Noordsingel", "Vondellaan"],
    "BE": ["Kerkstraat", "Stationsstraat", "Grote Markt", "Dorpstraat", "Kapelstraat", "Nieuwstraat", "Molenstraat",
           "Brusselsesteenweg", "Veldstraat", "Koningin Astridlaan", "Lindenlaan", "Bosstraat", "Leopoldlaan", "Schoolstraat"],
    "FRBE": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Namur", "Rue de l'Église", "Place Saint-Lambert",
             "Rue des Écoles", "Avenue de la Gare", "Rue Haute", "Boulevard d'Avroy", "Rue du Château", "Rue de Fer"],
    "UK": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
           "Kingsway", "Manor Close", "Elm Grove", "Albert Street", "Meadow View"],
    "US": ["Main Street", "Oak Avenue", "Maple Drive", "Pine Street", "Cedar Lane", "Elm Street", "Washington Blvd",
           "Lakeview Terrace", "Sunset Ave", "Hillcrest Rd", "Park Place", "Jefferson St"],
}
CITIES = {
    "NL": [("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97"),
           ("Zwolle", "80"), ("Breda", "48"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Tilburg", "50"), ("Almere", "13"),
           ("Leeuwarden", "89"), ("Amersfoort", "38")],
    "BE": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"),
           ("Aalst", "9300"), ("Kortrijk", "8500"), ("Genk", "3600"), ("Sint-Niklaas", "9100"), ("Turnhout", "2300"), ("Ieper", "8900")],
    "FRBE": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Bruxelles", "1000"), ("Wavre", "1300"),
             ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800"), ("Ixelles", "1050"), ("Nivelles", "1400"), ("Huy", "4500")],
    "UK": [("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS7"), ("London", "SE15"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
           ("Sheffield", "S10"), ("Brighton", "BN2"), ("York", "YO31"), ("Norwich", "NR2"), ("Reading", "RG1"), ("Leicester", "LE2")],
    "US": [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Seattle", "WA", "981"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"),
           ("Portland", "OR", "972"), ("Atlanta", "GA", "303"), ("Columbus", "OH", "432"), ("Phoenix", "AZ", "850"), ("Raleigh", "NC", "276")],
}
MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "icloud.com", "xs4all.nl", "hotmail.nl"],
    "nl-be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "proximus.be", "outlook.be", "icloud.com", "scarlet.be"],
    "fr-be": ["gmail.com", "skynet.be", "hotmail.be", "voo.be", "yahoo.fr", "outlook.fr", "proximus.be", "live.be"],
    "en": ["gmail.com", "yahoo.co.uk", "outlook.com", "btinternet.com", "hotmail.co.uk", "icloud.com", "aol.com", "sky.com", "protonmail.com", "yahoo.com"],
}
BRANDS = {
    "nl": ["Voltix Energie", "NetPunt", "Zorgkompas", "Bolderwinkel", "Stroomlijn", "TeleHuis", "Spaarbank Noord", "Fietsfabriek",
           "WoonVerzekerd", "Pakketpost", "Groenstroom NL", "MobielMax"],
    "nl-be": ["Telenova", "Energik", "Mutualis Vlaanderen", "Winkelmand.be", "Pakjesdienst", "Bankhuis Leie", "Fluvius-Net", "Zorgpunt"],
    "fr-be": ["Lumino", "Télécomète", "Mutuelle Wallonne", "ColisExpress", "Banque Meuse", "Énergie Plus", "BoutiqueNet", "Assurix"],
    "en": ["Brightwave Energy", "Parcelly", "FibreNest", "Northgate Bank", "ShopStreet", "CoverRight Insurance", "MobiCell",
           "Homely Broadband", "QuickCart", "Sterling Mutual"],
}
AGENTS = ["Sanne", "Mike", "Lisa", "Youssef", "Eva", "Kevin", "Mireille", "Jonas", "Ashley", "Tom", "Inge", "Rachid", "Laura", "Dries",
          "Camille", "Pieter", "Jess", "Ahmed", "Nina", "Sven"]
MENTIONS = ["@VoltixHelpt", "@NetPunt_NL", "@ParcellyUK", "@TelenovaBE", "@Lumino_BE", "@FibreNestHelp", "@Bolderwinkel",
            "@MobiCellCare", "@PakketpostNL", "@ColisExpressBE", "@Stroomlijn", "@QuickCartUS", "@EnergikBE", "@NorthgateBank"]
HASHTAGS = ["#klantenservice", "#storing", "#fail", "#nooitmeer", "#help", "#customerservice", "#outage", "#déçu", "#pakket",
            "#wachten", "#zucht", "#refund", "#service", "#internet", "#panne", "#boos"]
URLS = ["https://www.voltix.nl/storingen", "https://mijn.netpunt.nl/login", "https://parcelly.co.uk/track", "https://www.telenova.be/nl/support",
        "https://lumino.be/fr/contact", "https://help.fibrenest.com/article/4412", "https://bolderwinkel.nl/retour",
        "https://www.mobicell.com/account/reset", "https://pakketpost.nl/volg", "https://status.quickcart.com",
        "https://www.energik.be/meterstand", "https://northgatebank.co.uk/security", "https://app.stroomlijn.nl/v2/tarieven",
        "https://colisexpress.be/suivi?ref=web"]
MODELS = ["FRITZ!Box 7590", "Arris TG3492", "Sagemcum F@st 5657", "Galaxy A54 SM-A546B", "iPhone 14 A2882", "Technicolor CGA4233",
          "Connect Box CH7465LG", "Bbox 3V+", "HomeHub 6", "Netgear CAX80", "Pixel 8 GKWS6", "TP-Link Archer AX55", "Eero 6 Pro J010001",
          "ZTE H3600P"]
SSIDS = ["Ziggo1234567", "TelenetWiFree", "KPN_A4F2", "VOO-81C2", "BTHub6-XQ2P", "NETGEAR42", "Proximus-Home-7B3F", "Fam_Jansen",
         "xfinitywifi", "HUAWEI-5G-9D1A", "Loft-Guest", "SKY12AB4"]
PRODUCTS = {
    "nl": ["Draadloze oordopjes", "Koffiezetapparaat", "Fietsslot", "Dekbedovertrek 240x220", "Waterkoker RVS", "Laptophoes 15 inch",
           "Kinderfiets 16 inch", "Staafmixer", "Tuinslang 25m", "Bureaulamp LED"],
    "fr": ["Écouteurs sans fil", "Cafetière", "Antivol vélo", "Housse de couette", "Bouilloire inox", "Sacoche ordinateur",
           "Aspirateur balai", "Mixeur plongeant", "Lampe de bureau", "Tapis de yoga"],
    "en": ["Wireless earbuds", "Coffee maker", "Bike lock", "Duvet cover king", "Kettle stainless", "Laptop sleeve 15in",
           "Kids bike 16in", "Hand blender", "Garden hose 25m", "LED desk lamp"],
}
