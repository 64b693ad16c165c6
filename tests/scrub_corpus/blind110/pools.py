"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout)."""

NAMES = {
    "nl": ["Jan", "Sanne", "Pieter", "Lotte", "Bram", "Eva", "Daan", "Fleur", "Ruud", "Ineke", "Mark", "Femke", "Kees", "Anouk", "Joost", "Marloes"],
    "be": ["Wout", "Lien", "Jef", "An", "Stijn", "Els", "Bert", "Griet", "Koen", "Fien", "Pieterjan", "Nele", "Dries", "Katrien"],
    "bef": ["Julien", "Marie", "Arnaud", "Chloé", "Benoît", "Aurélie", "Nicolas", "Sophie", "Quentin", "Céline", "Maxime", "Manon"],
    "gb": ["Oliver", "Emily", "Jack", "Chloe", "Harry", "Sophie", "George", "Amelia", "Callum", "Niamh", "Rhys", "Imogen"],
    "us": ["Tyler", "Megan", "Brandon", "Ashley", "Kevin", "Jessica", "Marcus", "Kayla", "Derek", "Brittany", "Jose", "Lauren"],
}
SURN = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "de Boer", "Mulder", "van Dijk", "Bos", "Kuipers", "Hendriks", "van Leeuwen"],
    "be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Mertens", "Willems", "Goossens", "De Smet", "Vermeulen"],
    "bef": ["Dubois", "Lambert", "Leclercq", "Dupont", "Martin", "Lejeune", "Renard", "Simon", "Collard", "Hubert"],
    "gb": ["Smith", "Jones", "Taylor", "Evans", "Walker", "Wright", "Hughes", "O'Brien", "Patel", "Clarke"],
    "us": ["Johnson", "Miller", "Garcia", "Rodriguez", "Anderson", "Thompson", "Nguyen", "Robinson", "Kowalski", "Reyes"],
}
STREETS = {
    "nl": ["Dorpsstraat", "Kerkstraat", "Molenweg", "Prinsengracht", "Schoolstraat", "Lindelaan", "Julianalaan", "Beukenlaan",
           "Kastanjehof", "Van Goghstraat", "Burgemeester de Withstraat", "Nieuwe Binnenweg", "Oudegracht", "Zeestraat", "Hoofdweg", "Spoorlaan"],
    "be": ["Kerkstraat", "Stationsstraat", "Kapelsesteenweg", "Meir", "Veldstraat", "Diestsesteenweg", "Grote Markt", "Molenstraat",
           "Brugsesteenweg", "Lange Leemstraat", "Tiensestraat", "Nieuwstraat"],
    "bef": ["Rue de la Station", "Avenue Louise", "Chaussée de Wavre", "Rue du Moulin", "Place Saint-Lambert", "Rue des Écoles",
            "Boulevard d'Avroy", "Rue de l'Église", "Avenue des Tilleuls", "Rue Haute", "Chaussée de Namur", "Clos des Lilas"],
    "gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road", "Albert Street", "Park Avenue",
           "Kings Road", "The Crescent", "Manor Way", "Elm Grove"],
    "us": ["Main Street", "Oak Avenue", "Maple Drive", "Elm St", "Washington Blvd", "Lakeview Terrace", "Cedar Lane", "Park Ave",
           "Sunset Blvd", "W 84th St", "Pine Ridge Road", "Highland Ave"],
}
CITIES = {
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Zwolle", "Groningen", "Eindhoven", "Haarlem", "Leiden", "Nijmegen", "Breda", "Amersfoort", "Delft"],
    "be": ["Antwerpen", "Gent", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Turnhout", "Sint-Niklaas"],
    "bef": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Ottignies", "Tournai", "Arlon", "Nivelles"],
    "gb": ["London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff", "Birmingham", "Glasgow", "York", "Brighton"],
    "us": ["Chicago", "Brooklyn", "Portland", "Boston", "Austin", "Seattle", "Denver", "Miami", "Houston", "San Diego"],
}
AGENTS = {
    "nl": ["Mirjam", "Kevin", "Sandra", "Thijs", "Nadia", "Rick", "Esther", "Bas", "Yara", "Martijn"],
    "be": ["Sofie", "Jens", "Hanne", "Robbe", "Elke", "Tom", "Lore", "Kobe"],
    "bef": ["Camille", "Thomas", "Laura", "Antoine", "Élodie", "Romain", "Justine", "Hugo"],
    "gb": ["Sarah", "Tom", "Priya", "Dan", "Hannah", "Lewis", "Zoe", "Mo"],
    "us": ["Jenna", "Carlos", "Ashley", "Mike", "Tanya", "Chris", "Dana", "Luis"],
}
INITIALS = ["^MK", "/SB", "-JV", "^EL", "~RD", "^TB", "/NH", "-AW", "^PL", "/KD", "^CJ", "-OS"]

BRANDS = {
    "optician": {"nl": ["Pearle", "Hans Anders", "Specsavers", "Eyes+More", "Ace & Tate", "Brilmij", "Charlie Temple", "Opticien Mulder"],
                 "be": ["Pearle", "Hans Anders", "Eyes+More", "Optiek Van Hove", "Optiek Claes", "Specsavers"],
                 "bef": ["Pearle", "Hans Anders", "Optique Renard", "Optic 2000", "Eyes+More", "Lunetterie Lambert"],
                 "gb": ["Specsavers", "Vision Express", "Boots Opticians", "Optical Express", "Leightons", "Scrivens"],
                 "us": ["LensCrafters", "Warby Parker", "Visionworks", "America's Best", "Pearle Vision", "Eyemart Express"]},
    "dentist": {"nl": ["Tandartspraktijk De Lachspier", "Dental Clinics", "Tandartsenpraktijk Zuid", "Mondzorg Centrum", "Tandheelkundig Centrum Oost", "Tandarts Bakker"],
                "be": ["Tandartsenpraktijk Smile", "Tandzorg Leuven", "Tandartspraktijk Het Zand", "Mondcentrum Gent"],
                "bef": ["Cabinet dentaire du Parc", "Centre dentaire Louise", "Dentiste Leclercq", "Clinique dentaire Saint-Michel"],
                "gb": ["mydentist", "Bupa Dental Care", "Portman Dental", "Smile Dental Care", "Riverside Dental", "Kings Dental"],
                "us": ["Aspen Dental", "Western Dental", "Bright Now! Dental", "Heartland Dental", "Smile Brands", "Main Street Dental"]},
    "parking": {"nl": ["Yellowbrick", "EasyPark", "Parkmobile", "SMS Parking", "Q-Park", "ParkBee", "Parkeer Service", "Mobiel Parkeren"],
                "be": ["4411", "EasyPark", "Parkmobile", "Yellowbrick", "Parkeren Antwerpen", "Interparking"],
                "bef": ["4411", "EasyPark", "Parkmobile", "Interparking", "Shop&Go", "Indigo"],
                "gb": ["RingGo", "PayByPhone", "JustPark", "APCOA", "NCP", "Parkopedia"],
                "us": ["ParkMobile", "SpotHero", "ParkWhiz", "Passport Parking", "PayByPhone", "Flowbird"]},
    "energy": {"nl": ["Vattenfall", "Eneco", "Essent", "Greenchoice", "Budget Energie", "Vandebron", "Energiedirect", "Oxxio"],
               "be": ["Engie", "Luminus", "TotalEnergies", "Eneco", "Mega", "Bolt", "Octa+", "Ebem"],
               "bef": ["Engie", "Luminus", "TotalEnergies", "Mega", "Octa+", "Elegant", "Eneco", "Bolt"],
               "gb": ["British Gas", "Octopus Energy", "EDF", "E.ON Next", "OVO", "Scottish Power", "So Energy", "Utility Warehouse"],
               "us": ["Con Edison", "PG&E", "Duke Energy", "ComEd", "National Grid", "Xcel Energy", "Eversource", "Reliant"]},
    "switch": {"nl": ["Pricewise", "Gaslicht.com", "Independer", "Energievergelijk.nl", "Overstappen.nl", "Easyswitch"],
               "be": ["Mijnenergie.be", "V-test", "Energyprice", "Vlaamse Energiekaart"],
               "bef": ["Comparateur CREG", "Monenergie.be", "Energyprice", "Test-Achats"],
               "gb": ["Uswitch", "MoneySuperMarket", "Compare the Market", "GoCompare", "Energy Helpline", "Look After My Bills"],
               "us": ["EnergyBot", "Choose Energy", "PowerToChoose", "Arbor", "Inspire", "ElectricityRates.com"]},
    "library": {"nl": ["OBA", "Bibliotheek Rotterdam", "Bibliotheek Utrecht", "de Bieb", "Online Bibliotheek", "Bibliotheek Zwolle"],
                "be": ["Bibliotheek Gent", "De Krook", "Bib Leuven", "Bibliotheek Antwerpen"],
                "bef": ["Bibliothèque de Liège", "Bibliothèque Royale", "Bibliothèque de Namur", "Médiathèque Bruxelles"],
                "gb": ["Manchester Libraries", "British Library", "Library of Birmingham", "Leeds Libraries", "Camden Libraries", "Edinburgh Libraries"],
                "us": ["NYPL", "Brooklyn Public Library", "Chicago Public Library", "Seattle Public Library", "Boston Public Library", "Multnomah County Library"]},
    "wedding": {"nl": ["Kasteel de Hooge Vuursche", "Landgoed Zonheuvel", "Trouwlocatie De Hoeve", "WeddingPlanner Amsterdam", "Bruiloft & Zo", "Villa Jongerius"],
                "be": ["Kasteel van Loppem", "Hof ter Linden", "Wedding by Lien", "Feestzaal De Schuur"],
                "bef": ["Château de la Hulpe", "Domaine du Chenoy", "Mariage & Cie", "Ferme de la Ramée"],
                "gb": ["Hitched", "Bridebook", "Kin House", "The Barn at Bury", "Confetti Events", "Hever Castle"],
                "us": ["The Knot", "Zola", "WeddingWire", "Cedar Hill Barn", "Rosewood Estate", "Bella Events"]},
}
TAX = {"nl": ["Belastingdienst", "de Belastingdienst", "Toeslagen", "de belastingtelefoon"],
       "be": ["FOD Financiën", "MyMinfin", "de FOD Financiën", "Tax-on-web"],
       "bef": ["SPF Finances", "MyMinfin", "le SPF Finances", "Tax-on-web"],
       "gb": ["HMRC", "HMRC", "HM Revenue & Customs", "the HMRC app"],
       "us": ["IRS", "the IRS", "IRS.gov", "the IRS"]}
MENTIONS = {
    "nl": ["@Vattenfall_NL", "@Eneco", "@Belastingdienst", "@Pearle_NL", "@Yellowbrick", "@EasyParkNL", "@Essent", "@OBA_Amsterdam", "@hansanders", "@Parkmobile_NL", "@Greenchoice", "@Pricewise"],
    "be": ["@ENGIE_BE", "@Luminus_be", "@FODFinancien", "@4411app", "@DeKrook", "@Mega_BE", "@EasyParkBE", "@BibLeuven"],
    "bef": ["@ENGIE_BE", "@Luminus_be", "@SPFFinances", "@4411app", "@TotalEnergiesBE", "@MegaBe", "@InterparkingBE", "@Optic2000"],
    "gb": ["@BritishGas", "@octopus_energy", "@HMRCcustomers", "@RingGo", "@Specsavers", "@uSwitch", "@EDFEnergy", "@JustPark", "@mydentistUK", "@BritishLibrary"],
    "us": ["@IRSnews", "@ConEdison", "@PGE4Me", "@ParkMobile", "@WarbyParker", "@nypl", "@SpotHero", "@theknot", "@AspenDental", "@ComEd"],
}
HASHTAGS = {
    "nl": ["#klantenservice", "#belastingdienst", "#parkeren", "#energie", "#overstappen", "#bril", "#tandarts", "#bieb", "#bruiloft", "#fail", "#boos", "#help"],
    "be": ["#klantendienst", "#taxonweb", "#parkeren", "#energie", "#bib", "#trouw", "#Gent", "#zucht"],
    "bef": ["#serviceclient", "#impots", "#parking", "#energie", "#mariage", "#bibliotheque", "#nul", "#Bruxelles"],
    "gb": ["#customerservice", "#HMRC", "#parking", "#energybills", "#switching", "#opticians", "#wedding", "#library", "#rant", "#help"],
    "us": ["#IRS", "#taxseason", "#parking", "#utilities", "#weddingplanning", "#dentist", "#library", "#customerservice", "#smh", "#fail"],
}
URLS = ["https://www.belastingdienst.nl/contact", "https://mijn.vattenfall.nl", "https://www.eneco.nl/service", "https://www.yellowbrick.nl/faq",
        "https://www.pearle.nl/afspraak", "https://www.oba.nl/mijn-oba", "https://www.easypark.com/nl-nl/help", "https://www.pricewise.nl/energie",
        "https://www.engie.be/nl/support", "https://www.luminus.be/fr/aide", "https://finances.belgium.be/fr/particuliers", "https://www.4411.io/support",
        "https://myminfin.be", "https://www.dekrook.be/bib", "https://www.gov.uk/contact-hmrc", "https://octopus.energy/help",
        "https://www.ringgo.co.uk/help", "https://www.specsavers.co.uk/book", "https://www.irs.gov/payments", "https://www.coned.com/en/accounts",
        "https://parkmobile.io/support", "https://www.nypl.org/help", "https://www.theknot.com/vendors", "https://bit.ly/3xYpark",
        "www.uswitch.com/gas-electricity", "www.hitched.co.uk/venues", "https://status.easypark.net", "https://www.gaslicht.com/overstappen",
        "https://t.co/Ab12Cd34Ef", "https://www.zola.com/wedding", "https://www.aspendental.com/appointments", "https://mijn.greenchoice.nl/login"]
MODELS = ["Ray-Ban RB5154", "Oakley OX8046", "Oral-B iO9", "Philips Sonicare HX9911", "Toon 2", "HomeWizard P1 HWE-P1", "Acuvue Oasys 1-Day",
          "iPhone 13", "Galaxy S23 (SM-S911B)", "Pixel 8", "Kindle Paperwhite (M2L3EK)", "Tado V3+", "Nest Learning Thermostat 3rd gen",
          "Fritz!Box 7590", "Honeywell T6 Pro", "Shelly Pro 3EM", "Tom Ford FT5401", "Dailies Total1", "Sonos Era 100", "Huawei P30 Lite",
          "Landis+Gyr E360", "Kaifa MA105", "Sagemcom T211", "Zyxel VMG8825"]
PRODUCTS = ["ISBN 978-90-446-3079-0", "ISBN 9780141036144", "ISBN 978-2-07-036822-8", "ISBN 0-7432-7356-7", "SKU 40063-81", "art.nr. 112-2048",
            "EAN 8710103915569", "EAN 5410013108009", "item #BR-4412", "artikel 60.112.87", "réf. LNT-0931", "product code OPT-7721-B"]
COMPANY_PHONES = {
    "nl": ["0800-0543", "088 363 6000", "0900-0808", "088 - 555 22 00", "0800 1515", "020-2004000", "088 851 1000", "0900 1234 567"],
    "be": ["02 572 57 57", "078 35 33 33", "0800 120 33", "078 15 15 15", "02 290 11 11", "070 23 30 30"],
    "bef": ["02 572 57 57", "078 35 33 33", "0800 120 33", "02 290 11 11", "078 15 15 15", "070 23 30 30"],
    "gb": ["0300 200 3300", "0333 202 9802", "0800 048 0202", "0345 600 0606", "0333 009 0000", "0800 111 999"],
    "us": ["800-829-1040", "1-800-752-6633", "(877) 727-5366", "1-800-743-5000", "888-454-2340", "800-334-7661"],
}
SSIDS = ["Ziggo5G-8821", "KPN-GAST", "Proximus-Home-3A1F", "telenet-0F2C9", "BTHub6-9XQP", "VM4419212", "NETGEAR-5G", "Bieb-Gasten",
         "KasteelGuest", "Linksys00412", "FRITZ!Box 7530 ZK", "Tuinzaal_WiFi", "xfinitywifi", "ATT-8fR2", "Orange-4AD1", "VOO-22819"]
PLATES = ["GZ-123-K", "1-ABC-234", "KX-94-LP", "AB12 CDE", "7KPL421", "2-DFG-88", "S-392-NJ", "LV21 XMB", "HJK-4412", "1-XKT-602", "85-TRB-3", "YD19 OLK"]
