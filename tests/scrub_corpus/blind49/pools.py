"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout)."""

NAMES = {
    "nl": ["Sanne de Vries", "Joost Bakker", "Fatima El Amrani", "Kees van Dijk", "Lotte Visser", "Mehmet Yilmaz", "Anouk Smit", "Ruud Meijer",
           "Priya Ramdin", "Bram de Jong", "Ilse Mulder", "Daan Hendriks", "Noor Bos", "Wim van der Berg", "Esra Kaya", "Thijs Vos",
           "Mirjam Dekker", "Jeroen Peters", "Samira Bouzid", "Gert-Jan Kok"],
    "be": ["Lien Peeters", "Wout Janssens", "Nathalie Dubois", "Koen Maes", "Amélie Lambert", "Yannick Claes", "Sofie Wouters", "Jonas Goossens",
           "Inès Lejeune", "Pieter Willems", "Charlotte Dumont", "Bart Van Damme", "Élodie Lemaire", "Stijn De Smet", "Fatou Diallo", "Ruben Verstraete",
           "Manon Renard", "Thomas Mertens", "Aïcha Benali", "Laurent Simon"],
    "gb": ["Emma Clarke", "James Whitfield", "Aisha Patel", "Callum McLeod", "Sophie Turner", "Rhys Evans", "Hannah O'Brien", "Oliver Grant",
           "Priya Sharma", "Liam Doherty", "Chloe Bennett", "Tom Ashworth", "Zainab Hussain", "Gareth Jones", "Megan Fraser", "Dan Whitaker"],
    "us": ["Jessica Alvarez", "Tyler Brooks", "Maria Gonzalez", "Kevin O'Connor", "Ashley Nguyen", "Marcus Johnson", "Rachel Kim", "Brandon Miller",
           "Destiny Carter", "Ryan Schultz", "Lauren Price", "Andre Washington", "Megan Rossi", "Jamal Reed", "Kaitlyn Moore", "Luis Herrera"],
}

STREETS = {
    "nl": ["Kerkstraat", "Molenweg", "Prinsengracht", "Lindelaan", "Van Goghstraat", "Dorpsstraat", "Hoofdweg", "Julianalaan", "Beukenlaan",
           "Zeestraat", "Laan van Meerdervoort", "Oudegracht", "Schoolstraat", "Burgemeester de Withstraat", "Rijksstraatweg", "Vondelstraat",
           "Populierenlaan", "Marktplein", "Eikenlaan", "Kastanjelaan"],
    "be": ["Veldstraat", "Stationsstraat", "Brugsesteenweg", "Lange Leemstraat", "Ooststraat", "Rue de la Station", "Chaussée de Waterloo",
           "Avenue Louise", "Rue des Wallons", "Kortrijksesteenweg", "Rue du Moulin", "Boulevard d'Avroy", "Diestsestraat", "Rue Haute",
           "Tiensestraat", "Place Saint-Lambert", "Nieuwstraat", "Rue de Namur", "Koningin Astridlaan", "Avenue de la Gare"],
    "gb": ["Mill Lane", "Victoria Road", "Church Street", "Station Road", "Queen's Avenue", "Park Crescent", "Hawthorn Close", "High Street",
           "Albert Terrace", "Kingsway", "Orchard Drive", "Manor Road", "Elm Grove", "Beech Avenue", "Castle Street", "Windsor Gardens"],
    "us": ["Oak Street", "Maple Ave", "Elm St", "Sunset Blvd", "Washington Street", "Cedar Lane", "Lakeview Dr", "Pine Ridge Rd",
           "Franklin Ave", "Highland Ave", "Main St", "Willow Way", "Park Place", "Jefferson Blvd", "Birch Court", "Magnolia Dr"],
}

CITIES = {
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Nijmegen", "Tilburg",
           "Leiden", "Amersfoort", "Breda", "Arnhem", "Delft", "Almere"],
    "be": [("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Liège", "4000"), ("Namur", "5000"), ("Bruxelles", "1000"),
           ("Brugge", "8000"), ("Charleroi", "6000"), ("Hasselt", "3500"), ("Mons", "7000"), ("Mechelen", "2800"), ("Wavre", "1300"),
           ("Kortrijk", "8500"), ("Schaerbeek", "1030"), ("Aalst", "9300"), ("Tournai", "7500")],
    "gb": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Sheffield", "S"), ("Cardiff", "CF"),
           ("Nottingham", "NG"), ("Brighton", "BN"), ("Leicester", "LE"), ("Newcastle", "NE"), ("York", "YO"), ("Reading", "RG")],
    "us": [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Denver", "CO", "80205"), ("Columbus", "OH", "43215"),
           ("Portland", "OR", "97214"), ("Atlanta", "GA", "30308"), ("Tampa", "FL", "33606"), ("Madison", "WI", "53703"),
           ("Raleigh", "NC", "27601"), ("Phoenix", "AZ", "85004"), ("Boise", "ID", "83702"), ("Richmond", "VA", "23220")],
}

BRANDS = {
    "nl": {"bank": ["ING", "Rabobank", "ABN AMRO", "SNS", "bunq", "ASN Bank", "Knab", "Triodos"],
           "telco": ["KPN", "Vodafone", "Odido", "Ziggo", "Simyo", "Lebara", "Ben", "Youfone"],
           "energy": ["Eneco", "Vattenfall", "Essent", "Greenchoice", "Budget Energie", "Vandebron"],
           "social": ["Instagram", "Facebook", "TikTok", "Snapchat", "WhatsApp", "X"],
           "insurer": ["Centraal Beheer", "Interpolis", "FBTO", "Zilveren Kruis", "OHRA", "Univé"],
           "other": ["bol", "NS", "PostNL", "Coolblue", "Thuisbezorgd", "Albert Heijn"]},
    "be": {"bank": ["KBC", "Belfius", "BNP Paribas Fortis", "ING België", "Argenta", "Crelan", "Keytrade", "AXA Bank"],
           "telco": ["Proximus", "Telenet", "Orange", "BASE", "Scarlet", "Mobile Vikings", "VOO", "hey!"],
           "energy": ["Engie", "Luminus", "TotalEnergies", "Eneco België", "Mega", "Bolt"],
           "social": ["Instagram", "Facebook", "TikTok", "Snapchat", "WhatsApp", "X"],
           "insurer": ["AG Insurance", "Ethias", "P&V", "Baloise", "DKV", "Partena"],
           "other": ["bpost", "NMBS", "SNCB", "De Lijn", "Colruyt", "Bol.com"]},
    "gb": {"bank": ["Barclays", "Monzo", "Lloyds", "NatWest", "Santander", "Starling", "HSBC", "Nationwide"],
           "telco": ["EE", "Vodafone UK", "O2", "Three", "giffgaff", "Sky Mobile", "BT", "Virgin Media"],
           "energy": ["Octopus", "British Gas", "EDF", "OVO", "E.ON Next", "Scottish Power"],
           "social": ["Instagram", "Facebook", "TikTok", "Snapchat", "WhatsApp", "X"],
           "insurer": ["Aviva", "Direct Line", "Admiral", "LV=", "Churchill", "Hastings"],
           "other": ["Royal Mail", "Evri", "Trainline", "Argos", "Deliveroo", "Tesco"]},
    "us": {"bank": ["Chase", "Wells Fargo", "Bank of America", "Capital One", "Citi", "Chime", "Ally", "US Bank"],
           "telco": ["Verizon", "AT&T", "T-Mobile", "Mint Mobile", "Cricket", "Visible", "Xfinity Mobile", "Boost"],
           "energy": ["ConEd", "PG&E", "Duke Energy", "Xcel Energy", "ComEd", "Dominion"],
           "social": ["Instagram", "Facebook", "TikTok", "Snapchat", "WhatsApp", "X"],
           "insurer": ["Geico", "State Farm", "Progressive", "Allstate", "Liberty Mutual", "USAA"],
           "other": ["USPS", "FedEx", "Amazon", "Venmo", "Cash App", "Uber"]},
}

AGENTS = {
    "nl": ["Mark", "Ellen", "Yusuf", "Marieke", "Rik", "Joyce", "Sem", "Naomi", "Patrick", "Femke"],
    "be": ["Sarah", "Kevin", "Jolien", "Mathieu", "Nele", "Olivier", "Hanne", "Julie", "Dries", "Camille"],
    "gb": ["Becky", "Josh", "Amir", "Leanne", "Stu", "Kirsty", "Nathan", "Georgia", "Kieran", "Jade"],
    "us": ["Brittany", "Mike", "Carlos", "Tasha", "Derek", "Alyssa", "Jordan", "Vanessa", "Chris", "Dana"],
}

MENTIONS = {
    "nl": ["@INGnl", "@Rabobank", "@KPNwebcare", "@VodafoneNL", "@Odido", "@ZiggoWebcare", "@Eneco", "@PostNL", "@NS_online", "@ABNAMRO", "@bunq", "@Coolblue"],
    "be": ["@KBC_Group", "@Belfius", "@Proximus", "@telenet", "@Orange_Belgium", "@bpost", "@NMBS", "@SNCB", "@BNPParibasFortis", "@Luminus", "@engie_be", "@DeLijn"],
    "gb": ["@Barclays", "@monzo", "@AskLloydsBank", "@NatWest_Help", "@EE", "@O2", "@ThreeUK", "@octopus_energy", "@RoyalMail", "@BTCare", "@HSBC_UK", "@giffgaff"],
    "us": ["@Chase", "@WellsFargo", "@BofA_Help", "@AskCapitalOne", "@VerizonSupport", "@ATTHelp", "@TMobileHelp", "@ConEdison", "@USPS", "@AmazonHelp", "@Venmo", "@InstagramComms"],
}

HASHTAGS = {
    "nl": ["#gestolen", "#fraude", "#klantenservice", "#hulp", "#oplichting", "#slechteservice", "#verhuizen", "#gehackt", "#spoed", "#nooit", "#bankpas", "#phishing"],
    "be": ["#gestolen", "#volé", "#fraude", "#arnaque", "#dringend", "#urgent", "#piraté", "#klantendienst", "#servicepourri", "#hulp", "#déménagement", "#gehackt"],
    "gb": ["#stolen", "#fraud", "#scam", "#hacked", "#customerservice", "#help", "#urgent", "#appalling", "#movinghouse", "#bereavement", "#lostphone", "#fail"],
    "us": ["#stolen", "#fraud", "#hacked", "#scam", "#customerservice", "#help", "#urgent", "#worstservice", "#identitytheft", "#lostwallet", "#fail", "#moving"],
}

URLS = {
    "nl": ["https://www.ing.nl/particulier/pas-blokkeren", "rabobank.nl/blokkeren", "https://www.kpn.com/service/sim-kwijt", "https://mijn.vodafone.nl",
           "https://www.eneco.nl/verhuizen", "https://www.postnl.nl/track-en-trace", "https://help.instagram.com/368191326593075", "bit.ly/3Kx8pQz",
           "https://www.fraudehelpdesk.nl", "https://www.abnamro.nl/nabestaanden", "https://www.ziggo.nl/klantenservice/verhuizen", "https://mijn.odido.nl/login"],
    "be": ["https://www.kbc.be/blokkeren", "https://www.cardstop.be", "https://www.proximus.be/fr/support", "https://www2.telenet.be/nl/klantenservice",
           "https://www.belfius.be/fraude", "https://track.bpost.cloud", "https://www.luminus.be/nl/verhuizen", "https://www.safeonweb.be",
           "https://www.orange.be/fr/support/sim-perdue", "https://myproximus.be", "https://www.engie.be/fr/demenagement", "bit.ly/2Pq7nWx"],
    "gb": ["https://www.barclays.co.uk/help/lost-stolen", "https://monzo.com/help", "https://www.actionfraud.police.uk", "https://ee.co.uk/help/lost-phone",
           "https://octopus.energy/moving-home", "https://www.royalmail.com/track-your-item", "https://www.facebook.com/hacked", "https://www.natwest.com/bereavement",
           "https://www.o2.co.uk/help/lost-or-stolen", "https://www.lloydsbank.com/help-guidance/bereavement.html", "https://www.bt.com/help", "tinyurl.com/4x7hkq2e"],
    "us": ["https://www.chase.com/digital/customer-service", "https://www.identitytheft.gov", "https://www.verizon.com/support/lost-stolen-device",
           "https://www.wellsfargo.com/help/fraud", "https://www.instagram.com/hacked", "https://tools.usps.com/go/TrackConfirmAction", "https://www.att.com/support",
           "https://www.bankofamerica.com/security-center/report-suspicious-activity", "https://www.t-mobile.com/support", "https://www.coned.com/move",
           "https://help.venmo.com", "bit.ly/4aZq9Lm"],
}

SSIDS = ["Ziggo9F3A21", "KPN-Experia-7B", "telenet-4F8C2", "Proximus-Home-A1B2", "BTHub6-9XK2", "VM3847261", "NETGEAR42", "Linksys00871",
         "FRITZ!Box 7590 QX", "TP-Link_5G_8A2C", "Odido-5G-22", "Orange-D7C1", "VOO-HOME-551", "SKY8F21C", "xfinitywifi-home", "MyHome_EXT"]

PLATES = ["G-123-BB", "1-ABC-234", "KX-572-D", "AB12 CDE", "7XYZ123", "1-KLM-987", "TN-44-PL", "LD19 RTX"]
