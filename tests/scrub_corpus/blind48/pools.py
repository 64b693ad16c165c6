"""Filler pools. Each pool is dealt alternately between halves (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Marieke", "Bas", "Ingrid", "Thijs", "Fenna", "Ruud", "Anouk", "Mehmet", "Yvonne", "Koen", "Priya", "Dirk", "Lotte", "Hamza", "Wilma", "Sjoerd", "Esra", "Gert-Jan"],
    "fr": ["Nathalie", "Olivier", "Sophie", "Julien", "Isabelle", "Karim", "Céline", "Benoît", "Amélie", "Pierre-Yves", "Fatima", "Luc", "Chloé", "Marc", "Sarah", "Didier", "Aurélie", "Grégory", "Inès", "Thierry"],
    "nlbe": ["Tine", "Pieter", "Griet", "Wout", "Els", "Jens", "Katrien", "Bram", "Lieve", "Stijn", "Hilde", "Sven", "An", "Kobe", "Nele", "Filip", "Ilse", "Jonas", "Veerle", "Dries"],
    "en": ["Claire", "Gareth", "Priyanka", "Tom", "Megan", "Rob", "Siobhan", "Dan", "Aisha", "Jessica", "Kyle", "Fiona", "Marcus", "Nadia", "Brian", "Holly", "Tariq", "Rachel", "Derek", "Lauren"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Yilmaz", "van Leeuwen", "Kok", "Brouwer", "Hendriks", "van der Linden", "Dekker", "Vermeulen", "Kuipers", "Postma"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Lejeune", "Renard", "Simon", "Laurent", "Collard", "Mertens", "Denis", "Charlier", "Gilles", "Hubert", "Jacobs", "Lemaire", "Pirard", "Servais", "Wauters"],
    "nlbe": ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Willems", "Van den Broeck", "Vermeersch", "Hermans", "De Cock", "Verhoeven", "Lemmens", "Van Damme", "Coppens", "Aerts", "Desmet", "Verbeke", "Cools"],
    "en": ["Hughes", "Patel", "O'Brien", "Walker", "Thompson", "Reyes", "Campbell", "Nguyen", "Fletcher", "Kowalski", "Evans", "Sullivan", "Murphy", "Robinson", "Carter", "Ahmed", "Bennett", "Lopez", "Morgan", "Price"],
}

# streets + (postcode, city) per locale
STREETS = {
    "nl": ["Keizersgracht", "Dorpsstraat", "Stationsweg", "Kerkstraat", "Molenweg", "Prinses Beatrixlaan", "Nieuwe Binnenweg", "Hoofdstraat", "Julianastraat", "Burgemeester de Withstraat", "Oude Gracht", "Industrieweg", "Lindenlaan", "Zuiderpark", "Van Speijkstraat", "Marktplein"],
    "be": ["Kerkstraat", "Rue de la Station", "Statiestraat", "Avenue Louise", "Grote Markt", "Chaussée de Wavre", "Nieuwstraat", "Rue du Moulin", "Brusselsesteenweg", "Rue des Champs", "Dorpsplein", "Boulevard Tirou", "Meensesteenweg", "Rue Haute", "Kortrijksesteenweg", "Place Saint-Lambert"],
    "gb": ["Mill Lane", "High Street", "Victoria Road", "Church Street", "Station Road", "Albert Terrace", "Kings Avenue", "Queensway", "Park Crescent", "Bridge Street", "Manor Close", "Oakfield Drive", "Castle Street", "Elm Grove", "Market Place", "Riverside Walk"],
    "us": ["Oak Street", "Maple Avenue", "W 14th Street", "Elm Drive", "Sunset Blvd", "Pine Ridge Road", "Main Street", "Cedar Lane", "Lakeview Terrace", "N Broadway", "Washington Ave", "Hillcrest Court", "Industrial Pkwy", "Birch Way", "Mission St", "Park Place"],
}
CITIES = {
    "nl": [("1015 CJ", "Amsterdam"), ("3011 AD", "Rotterdam"), ("3512 JE", "Utrecht"), ("5611 AB", "Eindhoven"), ("9711 LM", "Groningen"), ("2511 BT", "Den Haag"), ("6811 KP", "Arnhem"), ("8011 CW", "Zwolle"), ("4811 ZA", "Breda"), ("7511 JE", "Enschede"), ("1621 GB", "Hoorn"), ("5211 RN", "'s-Hertogenbosch")],
    "be": [("9000", "Gent"), ("1000", "Brussel"), ("4000", "Liège"), ("2000", "Antwerpen"), ("6000", "Charleroi"), ("3000", "Leuven"), ("5000", "Namur"), ("8500", "Kortrijk"), ("1300", "Wavre"), ("8000", "Brugge"), ("7000", "Mons"), ("3500", "Hasselt")],
    "gb": [("LS6 2AB", "Leeds"), ("M1 4BT", "Manchester"), ("B15 2TT", "Birmingham"), ("EH3 9QN", "Edinburgh"), ("BS1 5TR", "Bristol"), ("CF10 1EP", "Cardiff"), ("NE1 7RU", "Newcastle"), ("SW9 8LF", "London"), ("G2 3BZ", "Glasgow"), ("NG1 5FW", "Nottingham"), ("OX4 1DB", "Oxford"), ("YO1 7HB", "York")],
    "us": [("IL 62704", "Springfield"), ("TX 78701", "Austin"), ("WA 98101", "Seattle"), ("CO 80202", "Denver"), ("MA 02139", "Cambridge"), ("OR 97205", "Portland"), ("GA 30303", "Atlanta"), ("NY 11211", "Brooklyn"), ("OH 43215", "Columbus"), ("CA 94110", "San Francisco"), ("AZ 85004", "Phoenix"), ("MN 55401", "Minneapolis")],
}

# the customer's own businesses
COMPANIES = {
    "nl": ["Bakkerij Visser", "Administratiekantoor De Linde", "Kapsalon Knip & Co", "Installatiebedrijf Smit BV", "Bloemenhuis Flora", "Fysio Centrum Oost", "Eetcafé De Zwaan", "Jansen Boekhouding & Advies", "Garage van Dijk", "Tandartspraktijk Molenzicht", "Schildersbedrijf Kok", "Studio Noord"],
    "be": ["Boekhoudkantoor Peeters", "Frituur 't Hoekske", "Fiduciaire Lambert SRL", "Bakkerij Maes", "Kinésithérapie Dupont", "Brasserie Le Coin", "Accountancy Claes BV", "Garage Wouters", "Fleuriste Rose & Lys", "Apotheek De Smet", "Bureau Comptable Renard", "Kapsalon Nele"],
    "gb": ["Hughes & Co Accountants", "The Corner Bakery Ltd", "Fletcher Plumbing", "Northside Dental", "Campbell Bookkeeping Services", "Riverside Cafe", "Bennett Lettings", "Murphy's Garage", "Oak Tree Nursery", "Price Payroll Ltd", "Evans Electrical", "Kings Road Salon"],
    "us": ["Reyes Tax & Bookkeeping", "Main Street Diner", "Nguyen Nails LLC", "Carter HVAC", "Lopez Landscaping", "Sullivan CPA", "Birch Way Dental", "Morgan Office Services", "Hillcrest Bakery", "Ahmed Auto Repair", "Lakeview Yoga", "Patel Pharmacy"],
}

# brands the customer writes to (banks, payment providers, telcos, software, tax)
BRANDS = {
    "nl": ["BankNu", "PinPas Direct", "KassaWolk", "Telnet Zakelijk", "LoonSnel", "FactuurFlow", "EnergieDirect Zakelijk", "BoekhoudGemak", "ZakelijkMobiel", "BetaalBox"],
    "be": ["Banque Centrale Pro", "TerminalPay", "KassaPro", "Telecom Plus Business", "PayrollBE", "Factuurwolk", "Energia Pro", "CompteFacile", "MobilePro", "Payconnect"],
    "fr": ["Banque Centrale Pro", "TerminalPay", "CaissePro", "Telecom Plus Business", "SalairePlus", "FactureNuage", "Energia Pro", "CompteFacile", "MobilePro", "Payconnect"],
    "gb": ["Clearbank Business", "TapTill", "LedgerLite", "Northcell Business", "PayRunner", "InvoiceHive", "Brightwatt Business", "SumUpper", "BizMobile", "CardStream Pro"],
    "us": ["Summit Business Bank", "SwipeSimple Pro", "BooksCloud", "Velocity Wireless Biz", "PayDay HR", "InvoiceNest", "GridPower Commercial", "TillTap", "CarrierOne Business", "MerchantLink"],
}
MENTIONS = {
    "nl": ["@BankNu", "@PinPasDirect", "@KassaWolk", "@TelnetZakelijk", "@LoonSnel_NL", "@FactuurFlow", "@BoekhoudGemak", "@BetaalBox"],
    "be": ["@TerminalPayBE", "@KassaPro_be", "@TelecomPlusBiz", "@PayrollBE", "@Factuurwolk", "@EnergiaPro", "@CompteFacile", "@Payconnect"],
    "gb": ["@ClearbankBiz", "@TapTillUK", "@LedgerLite", "@NorthcellHelp", "@PayRunnerUK", "@InvoiceHive", "@BrightwattBiz", "@SumUpperHelp"],
    "us": ["@SummitBizBank", "@SwipeSimple", "@BooksCloudHelp", "@VelocityBiz", "@PayDayHR", "@InvoiceNest", "@GridPowerCo", "@TillTapSupport"],
}
HASHTAGS = {
    "nl": ["#klantenservice", "#zzp", "#ondernemer", "#mkb", "#storing", "#pinstoring", "#salarisadministratie", "#btwaangifte", "#boos", "#fail"],
    "fr": ["#serviceclient", "#indépendant", "#PME", "#panne", "#TVA", "#comptable", "#scandale", "#horeca", "#terminal", "#nul"],
    "en": ["#customerservice", "#smallbusiness", "#payroll", "#VAT", "#outage", "#fail", "#bookkeeping", "#shoplocal", "#HMRC", "#taxseason"],
}
URLS = {
    "nl": ["https://www.banknu.nl/zakelijk/hulp", "https://kassawolk.nl/status", "mijn.loonsnel.nl/werkgever", "https://factuurflow.nl/support/artikel/1182", "www.boekhoudgemak.nl/inloggen", "https://status.betaalbox.nl", "https://www.belastingdienst.nl/btw", "bit.ly/3xKp9Qz"],
    "be": ["https://www.terminalpay.be/support", "kassapro.be/fr/aide", "https://myminfin.be", "https://www.payrollbe.be/werkgevers", "factuurwolk.be/status", "https://www.compte-facile.be/login", "https://kbopub.economie.fgov.be", "https://payconnect.be/nl/storing"],
    "gb": ["https://www.gov.uk/vat-returns", "taptill.co.uk/help/terminal", "https://status.ledgerlite.co.uk", "https://payrunner.co.uk/support/rti", "invoicehive.com/docs/api", "https://find-and-update.company-information.service.gov.uk", "sumupper.co.uk/account", "https://www.northcell.co.uk/business/help"],
    "us": ["https://www.irs.gov/businesses", "https://swipesimple.com/support", "status.bookscloud.com", "https://paydayhr.com/help/w2", "invoicenest.com/settings/api", "https://tilltap.com/merchants", "https://www.velocitywireless.com/business", "merchantlink.com/portal"],
}
MODELS = ["Ingenico Move/5000", "Verifone V400m", "PAX A920", "CCV Mini", "Worldline Yomani XR", "SumUp Air", "Ingenico Desk/3500", "PAX A77", "Epson TM-T20III", "Star TSP143", "Zebra ZD421", "iPad Air 5", "Samsung Galaxy A54", "Fritz!Box 7590", "HP LaserJet M404dn", "Verifone P400"]
SKUS = ["SKU-44810", "ART 209-114", "RL-57x40-10", "PRD-00912", "BON-80x80", "KIT-ST-02", "LIC-PRO-12M", "ACC-CHG-USB"]
FLIGHTS = ["KL1224", "SN3701", "BA 432", "FR 8374", "HV6021", "UA 971", "LH 993", "EZY8841"]

# organisations' own service lines (negatives)
CPHONES = {
    "nl": ["0900-0245", "088 226 6000", "020 - 760 44 00", "0800-0224", "085 208 1100", "088-1234 500", "0900 1520", "030 800 9900"],
    "be": ["078 15 15 15", "02 555 20 20", "0800 98 765", "070 22 33 44", "+32 2 200 40 40", "078/05.05.05", "02 788 51 51", "0800 11 088"],
    "gb": ["0345 600 2011", "0800 028 2223", "0330 123 4567", "03457 404 404", "0800 731 7000", "0161 555 0100", "0333 202 1000", "0300 200 3700"],
    "us": ["1-800-555-0199", "(888) 555-0142", "1 866 555 0177", "800.555.0110", "(877) 555-0123", "1-855-555-0164", "(800) 555-0188", "844-555-0131"],
}
AGENTS = {
    "nl": ["Lisa", "Mark", "Noor", "Tim", "Eva", "Joost", "Iris", "Daan"],
    "fr": ["Camille", "Thomas", "Manon", "Nicolas", "Laura", "Antoine", "Julie", "Romain"],
    "en": ["Sophie", "James", "Hannah", "Ollie", "Grace", "Liam", "Ella", "Ryan"],
}
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "live.nl", "planet.nl"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be", "yahoo.fr"],
    "gb": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "icloud.com", "virginmedia.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com", "protonmail.com"],
}
ROLES = {
    "nl": ["Boekhouder", "Office manager", "Salarisadministratie", "Eigenaar", "Administratief medewerker", "Financieel adviseur", "Bedrijfsleider", "HR & Payroll"],
    "fr": ["Comptable", "Office manager", "Gestionnaire paie", "Gérante", "Assistante administrative", "Conseiller fiscal", "Responsable RH", "Indépendant"],
    "en": ["Bookkeeper", "Office Manager", "Payroll Administrator", "Owner", "Accounts Assistant", "Chartered Accountant", "HR Manager", "Practice Manager"],
}
