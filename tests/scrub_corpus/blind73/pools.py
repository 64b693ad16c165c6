"""Filler pools. Every list is dealt alternately between the halves (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Jan", "Sanne", "Pieter", "Femke", "Mohamed", "Lotte", "Bram", "Ilse", "Kees", "Yara", "Daan", "Noor", "Ruud", "Anouk", "Sven", "Fatima", "Wim", "Marieke", "Thijs", "Esra", "Gerrit", "Joyce", "Hidde", "Priya"],
    "nl-be": ["Pieter-Jan", "Lien", "Wout", "Elke", "Jens", "Hanne", "Stijn", "Griet", "Koen", "Sofie", "Bart", "Nele", "Jelle", "Ine", "Dries", "An", "Tom", "Katrien", "Yusuf", "Leen"],
    "fr-be": ["Julien", "Amandine", "Maxime", "Céline", "Thibault", "Aurélie", "Nicolas", "Manon", "François", "Sarah", "Karim", "Élodie", "Quentin", "Laure", "Mehdi", "Chloé", "Olivier", "Nathalie", "Benoît", "Inès"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Amelia", "Jack", "Sophie", "Callum", "Niamh", "Rhys", "Priya", "Gareth", "Hannah", "Liam", "Siobhan", "Tom", "Zara", "Dave", "Lucy", "Imran", "Gemma"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Jessica", "Marcus", "Kayla", "Jose", "Megan", "DeShawn", "Emily", "Kevin", "Brittany", "Luis", "Rachel", "Cody", "Tiffany", "Andre", "Lauren", "Mike", "Jenna"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Kok", "Yilmaz", "van der Linden"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Aerts", "Hermans", "De Backer", "Verhoeven"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard", "Lemaire", "Hubert", "Collard", "François", "Denis", "Mathieu", "Benali"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Patel", "O'Brien", "Khan", "Murphy"],
    "en-us": ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Nguyen"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Stationsweg", "Prinsengracht", "Lindelaan", "Beatrixstraat", "Hoofdstraat", "Van Goghlaan", "Zeeweg", "Burgemeester Bosstraat", "Wilhelminaplein", "Eikenlaan", "Tulpstraat", "Havenkade"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Veldstraat", "Nieuwstraat", "Kapelstraat", "Meir", "Brugsesteenweg", "Lindenlaan", "Grote Markt", "Schoolstraat", "Leopoldlaan", "Diestsesteenweg"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Wavre", "Rue des Écoles", "Place Saint-Lambert", "Rue de l'Église", "Avenue des Alliés", "Boulevard Tirou", "Rue Haute", "Rue Royale", "Chaussée de Charleroi", "Rue du Pont", "Rue de Fer"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road", "Park Avenue", "Kings Road", "Manor Close", "Albert Street", "Grove Terrace", "Oak Drive", "Chapel Street", "Wellington Crescent"],
    "en-us": ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Park Avenue", "Cedar Lane", "Sunset Dr", "Main Street", "Lincoln Ave", "Highland Rd", "Pine St", "Lakeview Drive", "Willow Way", "3rd Ave"],
}
CITIES = {
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Almere", "Tilburg", "Nijmegen", "Leeuwarden", "Amersfoort", "Breda", "Haarlem", "Apeldoorn", "Delft"],
    "nl-be": ["Antwerpen", "Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Aalst", "Kortrijk", "Genk", "Sint-Niklaas", "Roeselare", "Turnhout", "Lier", "Oostende"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Tournai", "Arlon", "Verviers", "Ottignies", "Nivelles", "Ixelles", "Huy", "La Louvière"],
    "en-gb": ["Leeds", "Manchester", "Birmingham", "Bristol", "Glasgow", "Cardiff", "Nottingham", "Sheffield", "Edinburgh", "Liverpool", "Brighton", "Norwich", "York", "Swansea"],
    "en-us": ["Springfield", "Austin", "Portland", "Denver", "Chicago", "Brooklyn", "Seattle", "Atlanta", "Boston", "Queens", "San Antonio", "Tacoma", "Evanston", "Aurora"],
}
BRANDS = {
    "nl": ["KPN", "Vodafone", "Odido", "Simyo", "Lebara", "Ben", "Youfone", "hollandsnieuwe", "Tele2", "Lyca"],
    "nl-be": ["Proximus", "Orange", "Base", "Telenet", "Mobile Vikings", "Scarlet", "Digi", "hey!"],
    "fr-be": ["Proximus", "Orange", "Base", "VOO", "Telenet", "Digi", "Mobile Vikings", "Scarlet"],
    "en-gb": ["EE", "Vodafone", "O2", "Three", "giffgaff", "Tesco Mobile", "Sky Mobile", "VOXI", "iD Mobile", "Lebara"],
    "en-us": ["T-Mobile", "Verizon", "AT&T", "Mint Mobile", "Visible", "Cricket", "Metro", "US Mobile", "Boost", "Google Fi"],
}
AGENTS = {
    "nl": ["Sanne", "Mark", "Evelien", "Joost", "Nadia", "Rik", "Linda", "Bas", "Mirjam", "Tim"],
    "nl-be": ["Lotte", "Kevin", "Ellen", "Jonas", "Sara", "Wim", "Lies", "Jeroen"],
    "fr-be": ["Sophie", "Marc", "Julie", "Antoine", "Camille", "Pierre", "Emma", "Hugo"],
    "en-gb": ["Becky", "Sam", "Laura", "Chris", "Aisha", "Ryan", "Kate", "Joe"],
    "en-us": ["Jordan", "Ashley", "Chris", "Taylor", "Morgan", "Devin", "Sam", "Brianna"],
}
INITIALS = ["^SV", "^MK", "^EB", "/JdG", "-RT", "^LP", "^ND", "~AK", "^TW", "^BvO", "^CH", "/FM"]
MENTIONS = {
    "nl": ["@KPNwebcare", "@VodafoneNL", "@Odido", "@simyo_nl", "@Youfone", "@hollandsnwe", "@Ben_NL", "@Lebara_NL"],
    "nl-be": ["@Proximus", "@Orange_Belgium", "@BASEbelgium", "@telenet", "@MobileVikingsBE", "@Scarlet_BE"],
    "fr-be": ["@Proximus", "@OrangeBelgique", "@BASEbelgium", "@VOOfficiel", "@telenet", "@MobileVikingsBE"],
    "en-gb": ["@EE", "@VodafoneUK", "@O2", "@ThreeUK", "@giffgaff", "@tescomobile", "@SkyHelpTeam", "@VOXI_UK"],
    "en-us": ["@TMobileHelp", "@VerizonSupport", "@ATTHelp", "@Mint_Mobile", "@VisibleService", "@CricketNation", "@GoogleFi", "@USMobile"],
}
USER_MENTIONS = ["@jdevries_84", "@sanneee", "@kevin_gent", "@lilou.bxl", "@tom_w1lson", "@ashleyyy_k", "@mo_r10", "@femke.b", "@dave_mufc", "@elodie_n", "@pj_peeters", "@jenna.codes"]
HASHTAGS = {
    "nl": ["#storing", "#klantenservice", "#nummerbehoud", "#esim", "#roaming", "#opwaarderen", "#geenbereik", "#schandalig", "#overstappen", "#simswap"],
    "nl-be": ["#storing", "#proximus", "#gsm", "#roaming", "#geenbereik", "#klantendienst", "#esim", "#herladen"],
    "fr-be": ["#panne", "#serviceclient", "#esim", "#roaming", "#portabilité", "#arnaque", "#réseau", "#rechargement"],
    "en-gb": ["#customerservice", "#nosignal", "#PAC", "#esim", "#roaming", "#simswap", "#fail", "#outage", "#ripoff", "#switching"],
    "en-us": ["#customerservice", "#nosignal", "#esim", "#portout", "#simswap", "#fail", "#outage", "#scam", "#roaming", "#5G"],
}
URLS = {
    "nl": ["https://www.kpn.com/service/esim", "vodafone.nl/storingen", "https://www.odido.nl/klantenservice", "mijn.simyo.nl", "https://www.youfone.nl/opwaarderen", "www.kpn.com/overstappen", "https://www.vodafone.nl/support/nummerbehoud", "odido.nl/esim"],
    "nl-be": ["https://www.proximus.be/support", "orange.be/nl/esim", "www.telenet.be/storingen", "https://mobilevikings.be/nl/help", "https://www.base.be/nl/herladen", "mijn.telenet.be"],
    "fr-be": ["https://www.proximus.be/fr/support", "orange.be/fr/esim", "https://www.voo.be/fr/aide", "www.base.be/fr/recharger", "https://mobilevikings.be/fr/aide", "https://www.telenet.be/fr/pannes"],
    "en-gb": ["https://ee.co.uk/help/switching", "www.vodafone.co.uk/esim", "https://www.o2.co.uk/help/pac", "three.co.uk/support", "https://www.giffgaff.com/help", "https://www.ofcom.org.uk/switching", "tescomobile.com/help", "https://status.sky.com"],
    "en-us": ["https://www.t-mobile.com/support/esim", "verizon.com/support/port-out", "https://www.att.com/esim", "mintmobile.com/help", "https://www.visible.com/help", "https://www.fcc.gov/complaints", "fi.google.com/about", "https://www.cricketwireless.com/support"],
}
CPHONES = {
    "nl": ["1200", "0800-0402", "0800 7112", "088 990 9000", "1244", "+31 800 0402", "0900-1234", "0800-0104"],
    "nl-be": ["0800 22 800", "1999", "02 205 40 00", "0800 95 950", "015 66 66 66", "078 15 00 75", "1952", "0495 95 95 00"],
    "fr-be": ["0800 22 400", "5000", "02 205 40 00", "0800 95 960", "078 50 50 50", "1999", "04 267 99 99", "0800 55 400"],
    "en-gb": ["150", "0800 956 6000", "191", "0333 338 1050", "333", "0345 678 0011", "03333 040 191", "0800 079 8586", "65075"],
    "en-us": ["611", "1-800-922-0204", "1-888-211-4727", "800.331.0500", "(800) 937-8997", "1-877-453-1304", "*611", "1-800-266-2278"],
}
SSIDS = ["KPN-A1B2C3", "Ziggo7734521", "H369A-3F21", "TelenetWiFree", "proximus-fon", "BTHub6-9XK2", "VM1234567", "NETGEAR42", "Familie_de_Boer", "Skynet-5G", "xfinitywifi", "SKY7C2E1", "Orange-8B21", "FRITZ!Box 7590 QX", "Pretty Fly for a WiFi", "TP-Link_A2C4"]
MACROS = ["{first_name}", "{{customer_name}}", "[NAAM]", "<naam>", "{voornaam}", "%FIRSTNAME%", "[Customer Name]", "{{agent}}", "{prénom}", "<first name>"]
CODE_MACROS = ["<code>", "[CODE]", "{otp}", "{{verification_code}}", "[PIN]", "<PUK>", "{code}", "XXXXXX"]
PLATES = ["GX-123-B", "1-ABC-234", "AB12 CDE", "7KLM249", "K-482-XZ", "2-ZVR-871", "LD19 XKT", "8ABC123"]
COMPANIES = {
    "nl": ["Bakkerij Smit BV", "Installatiebedrijf De Boer", "Jansen Transport", "Kapsalon Noor", "Vos & Mulder Advocaten", "Hendriks Bouw BV", "Tandartspraktijk Dekker", "Kok ICT"],
    "nl-be": ["Bouwwerken Peeters BV", "Apotheek Maes", "Janssens & Co", "Garage Wouters", "Bakkerij Claes", "Dakwerken Aerts"],
    "fr-be": ["Boulangerie Dubois SRL", "Garage Lambert", "Cabinet Renard", "Lemaire Construct SA", "Pharmacie Collard", "Hubert & Fils"],
    "en-gb": ["Taylor Plumbing Ltd", "Evans & Co Accountants", "Walker Builders", "Hughes Dental", "Patel Pharmacy", "Roberts Logistics Ltd"],
    "en-us": ["Garcia Landscaping LLC", "Miller Auto Repair", "Davis Family Dental", "Nguyen Nails", "Thompson Realty", "Clark HVAC Inc"],
}
COUNTRIES = {
    "nl": ["Turkije", "Marokko", "Zwitserland", "Amerika", "Egypte", "Thailand", "Kaapverdië", "de VS"],
    "nl-be": ["Turkije", "Zwitserland", "Marokko", "Noorwegen", "de VS", "Tunesië"],
    "fr-be": ["Suisse", "Maroc", "Turquie", "Tunisie", "aux États-Unis", "Andorre"],
    "en-gb": ["Switzerland", "Turkey", "the US", "Norway", "Dubai", "Morocco", "Jersey", "Egypt"],
    "en-us": ["Mexico", "Canada", "Italy", "Japan", "the Dominican Republic", "Cancun", "Costa Rica", "Iceland"],
}
