"""Filler pools (names, streets, cities, brands).  Every list is dealt alternately
to the two halves, so no name, street, city or brand occurs in both."""

FIRST = {
    "nl": ["Jan", "Sanne", "Pieter", "Fleur", "Bram", "Lotte", "Kees", "Anouk", "Ruud", "Iris",
           "Mark", "Esther", "Dennis", "Marloes", "Henk", "Femke", "Joost", "Ilse", "Wouter",
           "Nienke", "Sander", "Eva", "Gerrit", "Maaike", "Thijs", "Yvonne", "Rick", "Linda",
           "Bas", "Petra", "Mohammed", "Fatima", "Sevda", "Emre", "Priya", "Kevin"],
    "be_nl": ["Jef", "Lien", "Wim", "Els", "Koen", "Griet", "Bart", "An", "Stijn", "Sofie",
              "Pieter-Jan", "Katrien", "Dries", "Nele", "Tom", "Hilde", "Jens", "Leen", "Ruben",
              "Evelien", "Kristof", "Inge", "Frederik", "Ann-Sophie", "Seppe", "Marijke"],
    "be_fr": ["Julie", "Olivier", "Sophie", "Nicolas", "Camille", "Thomas", "Amélie", "Maxime",
              "Chloé", "Laurent", "Céline", "Antoine", "Manon", "Benoît", "Aurélie", "François",
              "Delphine", "Grégory", "Nathalie", "Sébastien", "Yasmina", "Karim", "Mélanie", "Quentin"],
    "gb": ["Oliver", "Amelia", "Harry", "Charlotte", "George", "Isla", "Jack", "Poppy", "Alfie",
           "Freya", "Callum", "Niamh", "Rhys", "Imogen", "Declan", "Harriet", "Gareth", "Zara",
           "Nathan", "Holly", "Ravi", "Siobhan"],
    "us": ["Madison", "Tyler", "Ashley", "Brandon", "Jessica", "Kyle", "Brittany", "Hunter",
           "Kayla", "Dylan", "Megan", "Logan", "Jasmine", "Carlos", "Maria", "Jamal", "Keisha",
           "Derek", "Shannon", "Travis", "Lindsey", "Marcus"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
           "Dijkstra", "de Graaf", "van der Meer", "Kok", "Vermeer", "van den Berg", "Schouten",
           "Yilmaz", "El Amrani", "Kaya", "Hoekstra", "Postma"],
    "be_nl": ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Van den Bossche", "De Clercq", "Verhoeven", "Lambrechts", "Aerts",
              "Van Damme", "Hermans", "Coppens", "Vandenberghe", "De Backer", "Segers"],
    "be_fr": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Leclercq", "Lejeune", "Renard",
              "Mathieu", "Collignon", "Denis", "Fontaine", "Gilson", "Hubert", "Jacquet", "Piron",
              "Moreau", "Delvaux", "Charlier", "Wathelet"],
    "gb": ["Taylor", "Evans", "Fletcher", "Roberts", "Walker", "Wright", "Hughes", "Edwards",
           "Green", "Hall", "Wood", "Clarke", "Patel", "Khan", "Murphy", "O'Brien", "Davies",
           "Price", "Lloyd", "Morgan"],
    "us": ["Johnson", "Williams", "Brown", "Garcia", "Miller", "Rodriguez", "Martinez",
           "Anderson", "Jackson", "White", "Harris", "Thompson", "Lopez", "Nguyen", "Kim",
           "Rivera", "Cooper", "Reed"],
}
# city, postcode seed (nl: 4 digits; be: 4 digits; gb: outward letters; us: state + zip3)
CITY = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
           ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"),
           ("Breda", "48"), ("Nijmegen", "65"), ("Haarlem", "20"), ("Arnhem", "68"),
           ("Zwolle", "80"), ("Leiden", "23"), ("Maastricht", "62"), ("Dordrecht", "33"),
           ("Amersfoort", "38"), ("Deventer", "74"), ("Delft", "26"), ("Alkmaar", "18"),
           ("Hilversum", "12"), ("Leeuwarden", "89"), ("Venlo", "59"), ("Gouda", "28")],
    "be_nl": [("Antwerpen", "2000"), ("Gent", "9000"), ("Brugge", "8000"), ("Leuven", "3000"),
              ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"),
              ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Roeselare", "8800"), ("Turnhout", "2300"),
              ("Lier", "2500"), ("Oostende", "8400"), ("Dendermonde", "9200"), ("Geel", "2440")],
    "be_fr": [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Uccle", "1180"), ("Liège", "4000"),
              ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"),
              ("Tournai", "7500"), ("Louvain-la-Neuve", "1348"), ("Verviers", "4800"),
              ("Arlon", "6700"), ("Etterbeek", "1040"), ("Schaerbeek", "1030"),
              ("Waterloo", "1410"), ("Nivelles", "1400")],
    "gb": [("London", "SE"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
           ("Glasgow", "G"), ("Cardiff", "CF"), ("Sheffield", "S"), ("Nottingham", "NG"),
           ("Brighton", "BN"), ("Edinburgh", "EH"), ("Leicester", "LE"), ("York", "YO"),
           ("Norwich", "NR"), ("Reading", "RG")],
    "us": [("Portland", "OR 972"), ("Austin", "TX 787"), ("Denver", "CO 802"),
           ("Columbus", "OH 432"), ("Seattle", "WA 981"), ("Chicago", "IL 606"),
           ("Boston", "MA 021"), ("Atlanta", "GA 303"), ("Phoenix", "AZ 850"),
           ("Raleigh", "NC 276"), ("Minneapolis", "MN 554"), ("San Diego", "CA 921"),
           ("Nashville", "TN 372"), ("Tampa", "FL 336")],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Hoofdstraat", "Julianalaan",
           "Beatrixstraat", "Schoolstraat", "Lindelaan", "Prinsengracht", "Oudegracht",
           "Nieuwstraat", "Marktplein", "Havenstraat", "Wilhelminastraat", "Parallelweg",
           "Eikenlaan", "Zuiderweg", "Spoorlaan", "Burgemeester de Withstraat", "Van Goghlaan",
           "Vondelstraat", "Jan Steenstraat", "Korte Putstraat"],
    "be_nl": ["Meir", "Veldstraat", "Kapelstraat", "Stationsstraat", "Grote Markt",
              "Brugsesteenweg", "Leuvensesteenweg", "Kortrijksesteenweg", "Sint-Pietersnieuwstraat",
              "Diestsestraat", "Bruul", "Koning Albertlaan", "Vlaanderenstraat", "Boomsesteenweg",
              "Lange Nieuwstraat", "Kempenlaan", "Ter Platen", "Hoogstraat"],
    "be_fr": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Neuve", "Rue du Midi",
              "Boulevard d'Avroy", "Rue de Fer", "Avenue de Tervueren", "Rue Haute",
              "Chaussée d'Ixelles", "Rue des Guillemins", "Place Saint-Lambert", "Rue de l'Étuve",
              "Avenue des Combattants", "Rue Sainte-Walburge", "Rue de Namur"],
    "gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue",
           "Mill Lane", "Kingsway", "Queens Road", "Albert Street", "Manor Close", "Elm Grove",
           "Chapel Street", "Castle Street", "Grange Road", "Wellington Road", "Springfield Drive"],
    "us": ["Elm St", "Oak Avenue", "Maple Drive", "Pine St", "Cedar Lane", "Washington Blvd",
           "Lincoln Ave", "Lakeview Dr", "Hillcrest Rd", "Main St", "Park Place", "Jefferson St",
           "Willow Way", "Ridge Road", "Magnolia Ct", "Birch Street"],
}
# customer businesses, per locale
BIZ = {
    "nl": ["Bakkerij De Hoek", "Kapsalon Lotte", "Fietsenmaker Jansen", "Bloemenhuis Iris",
           "Slagerij Van Dam", "Café De Zwaan", "Koffiebar Bonen", "Tegelhandel Mulder",
           "Dierenspeciaalzaak Bello", "Boekhandel Het Leesteken", "Cadeauwinkel Zus",
           "Loodgietersbedrijf Smit", "Administratiekantoor Verbeek", "Boekhoudkantoor De Cijferaar",
           "Vastgoedbeheer Zuid", "Verhuur Kade 12", "Webshop Kaarsenkamer", "Studio Pixelwerk"],
    "be_nl": ["Frituur 't Hoekske", "Bakkerij Goossens", "Bistro De Kade", "Fietsen Maes",
              "Kaashandel Peeters", "Schoenen Claes", "Accountancy Wouters", "Boekhoudbureau Segers",
              "Immo Vandenberghe", "Vakantiewoning Duinhuis", "Webwinkel Hopbel", "Kapsalon Nele"],
    "be_fr": ["Boulangerie Dubois", "Friterie Chez Karim", "Salon Camille", "Librairie du Parc",
              "Boucherie Lejeune", "Café Le Central", "Épicerie Fine Renard", "Fleuriste Manon",
              "Fiduciaire Collignon", "Bureau comptable Piron", "Immo Lambert", "Gîte Les Tilleuls"],
    "gb": ["The Corner Deli", "Hart's Hardware", "Bloom & Twig", "Salt Street Café", "Wicks Candles",
           "Harbour Books", "Brightside Bookkeeping", "Ledger & Co Accountants",
           "Hartley Lettings", "Oakfield Property Management"],
    "us": ["Maple Street Bakery", "Blue Door Coffee", "Ridgeline Bikes", "Sunny Paws Grooming",
           "Twin Oaks Tailoring", "Copperpot Kitchen", "Summit Bookkeeping", "Prairie Tax & Books",
           "Keystone Rentals", "Harborview Property Group"],
}
# the service company the customer writes to (fictional), with support handle
COMPANY = [("Kassaland", "Kassaland_NL"), ("PinPunt", "PinPuntHelp"), ("Webwinkelhulp", "webwinkelhulp"),
           ("Huurdesk", "HuurdeskCare"), ("Boekhoudbox", "Boekhoudbox"), ("NetVoor", "NetVoorWebcare"),
           ("Terminal Benelux", "TerminalBNLX"), ("Sterk Energie", "SterkEnergie"),
           ("ShopSupport", "ShopSupportEU"), ("PayDesk", "PayDesk_help"), ("VeiligThuis Alarm", "VeiligThuisNL"),
           ("Verhuurloket", "verhuurloket"), ("Kassa Direct", "KassaDirect"), ("Cloudkassa", "cloudkassa_be"),
           ("Fibrelink", "FibrelinkCare"), ("Facturo", "FacturoApp")]
PSP = ["Mollie", "Stripe", "Adyen", "Pay.nl", "SumUp", "MultiSafepay"]
PLATFORM = ["Shopify", "WooCommerce", "Lightspeed", "Magento", "Mijnwebwinkel", "PrestaShop"]
TERMINAL = [("CCV", ["Move/3500", "Mini/1000", "Desk/5000"]), ("Worldline", ["Yomani XR", "Valina", "Lane/3000"]),
            ("PAX", ["A920", "A77", "A35"]), ("Verifone", ["V400m", "P400", "V240m"]),
            ("myPOS", ["Go 2", "Carbon", "Slim"]), ("Ingenico", ["Move/5000", "Desk/3500", "Link/2500"])]
TELCO = {"nl": ["KPN", "Odido", "Ziggo", "Delta Fiber"], "be_nl": ["Proximus", "Telenet", "Orange", "Scarlet"],
         "be_fr": ["VOO", "Mobile Vikings", "Base", "Edpnet"], "gb": ["BT", "EE", "Virgin Media", "Sky"],
         "us": ["Verizon", "Comcast", "AT&T", "Spectrum"]}
BANK = {"nl": ["ING", "Rabobank", "ABN AMRO", "bunq", "SNS", "Knab"],
        "be_nl": ["KBC", "Belfius", "Argenta", "Crelan"], "be_fr": ["BNP Paribas Fortis", "CBC", "Beobank", "Keytrade"],
        "gb": ["Barclays", "Monzo", "NatWest", "Lloyds"], "us": ["Chase", "Wells Fargo", "Capital One", "PNC"]}
ACCOUNTING = ["Exact Online", "Moneybird", "Yuki", "e-Boekhouden", "Octopus", "Twinfield", "Xero", "QuickBooks"]
ENERGY = ["Eneco", "Vattenfall", "Essent", "Engie", "Luminus", "Mega"]
PORTAL = {"nl": ["DigiD", "eHerkenning", "Mijn Belastingdienst", "MijnOverheid"],
          "be_nl": ["itsme", "MyMinfin", "CSAM", "Tax-on-web"], "be_fr": ["itsme", "MyMinfin", "CSAM", "Tax-on-web"],
          "gb": ["Government Gateway", "HMRC online", "Companies House WebFiling", "Universal Credit"],
          "us": ["IRS online", "ID.me", "EFTPS", "Login.gov"]}
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.nl",
           "ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be", "hotmail.be", "proton.me",
           "gmx.net", "yahoo.fr", "btinternet.com", "aol.com", "hotmail.co.uk", "comcast.net",
           "planet.nl", "me.com"]
# dealt alternately: even positions (dev) are Apple / AVM / Ziggo-box, odd (heldout) Samsung / Google / TP-Link
PC_MODEL = ["iPhone 13", "Galaxy A54", "iPhone 15 Pro", "SM-A546B", "iPad Air", "Pixel 8",
            "Fritz!Box 7530", "Archer C6", "Fritz!Box 7590", "Sagemcom F@st 5370", "Connect Box", "Deco X20"]
DEVICE = ["iPhone", "Samsung Galaxy", "iPad", "Pixel"]
APP = ["WhatsApp", "Messenger", "Telegram", "Instagram"]
SCHEME = ["Bancontact", "Payconiq"]
# brand words that must never occur in both halves (checked by the generator)
BRANDS = ["Bancontact", "Payconiq", "iPhone", "iPad", "Samsung", "Galaxy", "Pixel", "WhatsApp", "Messenger",
          "Telegram", "Instagram", "Fritz", "Archer", "Sagemcom", "Connect Box", "Chrome", "Airbnb", "Amex",
          "Card Stop", "digipass", "Excel", "sendgrid", "github", "gitlab", "slack", "aws"]


def deal(lst, half):
    return lst[half::2]
