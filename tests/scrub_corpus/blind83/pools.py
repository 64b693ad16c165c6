"""Filler pools. Every pool is dealt alternately between halves (even -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Daan", "Fleur", "Thijs", "Mieke", "Joost", "Anouk", "Bram", "Ingrid", "Kees", "Yasmina", "Ruud", "Priya", "Wouter", "Esther", "Mohamed", "Lotte", "Gert-Jan", "Noor", "Henk"],
    "nl-be": ["Lien", "Pieter-Jan", "Els", "Wout", "Katrien", "Jens", "An", "Dries", "Griet", "Koen", "Ilse", "Seppe", "Hilde", "Stijn", "Nele", "Yusuf"],
    "fr-be": ["Amélie", "Julien", "Nathalie", "Maxime", "Sophie", "Olivier", "Chloé", "Thierry", "Aurélie", "Karim", "Isabelle", "Benoît", "Manon", "Didier", "Fatima", "Luc"],
    "en-gb": ["Gemma", "Callum", "Siobhan", "Rhys", "Harriet", "Oliver", "Aisha", "Gareth", "Niamh", "Tom", "Bethany", "Rajesh", "Lucy", "Declan", "Fiona", "Stuart"],
    "en-us": ["Megan", "Tyler", "Brianna", "Marcus", "Ashley", "Jordan", "Kayla", "DeShawn", "Emily", "Carlos", "Hannah", "Brandon", "Lauren", "Kevin", "Maria", "Josh"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "El Amrani", "Dekker", "Brouwer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Van Damme", "Vermeulen", "Desmet", "Lambrechts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lefèbvre", "Dumont", "Hermans", "François", "Collard", "Mathieu"],
    "en-gb": ["Smith", "Jones", "Taylor", "Williams", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Patel", "O'Brien", "Hughes", "Clarke", "Walker", "Wright"],
    "en-us": ["Johnson", "Miller", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Jackson", "White", "Harris", "Lee", "Nguyen", "Walker", "Young", "Allen", "King"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Prinsengracht", "Beukenlaan", "Schoolstraat", "Nieuwe Binnenweg", "Oudegracht", "Hoofdstraat", "Wilhelminaplein", "Van Speijkstraat", "Zeedijk", "Lindenlaan", "Rijksstraatweg"],
    "nl-be": ["Kerkstraat", "Steenweg op Gent", "Bredabaan", "Meir", "Veldstraat", "Diestsestraat", "Nationalestraat", "Grote Markt", "Kortrijksesteenweg", "Lange Lozanastraat", "Brusselsesteenweg", "Dorpstraat"],
    "fr-be": ["Rue de la Loi", "Chaussée de Wavre", "Avenue Louise", "Rue Haute", "Rue des Guillemins", "Boulevard Tirou", "Rue de Fer", "Chaussée d'Ixelles", "Rue Saint-Gilles", "Avenue de la Toison d'Or", "Rue du Midi", "Place Saint-Lambert"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue", "Queens Road", "Mill Lane", "Kingsway", "Albert Street", "Elm Grove"],
    "en-us": ["Maple Ave", "Oak Street", "Pine St", "Washington Blvd", "Elm Street", "Lakeview Dr", "Cedar Lane", "2nd Ave", "Sunset Blvd", "Main Street", "Park Place", "Hillcrest Rd"],
}
CITIES = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"), ("Breda", "48"), ("Nijmegen", "65"), ("Zwolle", "80"), ("Haarlem", "20"), ("Leeuwarden", "89"), ("Maastricht", "62")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Sint-Niklaas", "9100"), ("Oostende", "8400"), ("Turnhout", "2300")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Tournai", "7500"), ("Schaerbeek", "1030"), ("Louvain-la-Neuve", "1348"), ("Verviers", "4800"), ("Arlon", "6700")],
    "en-gb": [("London", "SE15"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS3"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Birmingham", "B29"), ("Sheffield", "S10"), ("Brighton", "BN2"), ("Norwich", "NR2"), ("Nottingham", "NG7"), ("Edinburgh", "EH6")],
    "en-us": [("Springfield, IL", "62704"), ("Austin, TX", "78704"), ("Portland, OR", "97214"), ("Columbus, OH", "43215"), ("Brooklyn, NY", "11215"), ("Denver, CO", "80205"), ("Tampa, FL", "33606"), ("Madison, WI", "53703"), ("Sacramento, CA", "95814"), ("Raleigh, NC", "27601"), ("Boston, MA", "02118"), ("Seattle, WA", "98103")],
}
AGENTS = {
    "nl": ["Marloes", "Jeroen", "Femke", "Rik", "Sandra", "Tim", "Laura", "Bas", "Nadia", "Koen"],
    "nl-be": ["Evelien", "Bart", "Sofie", "Tom", "Lore", "Jonas", "Inge", "Thomas"],
    "fr-be": ["Camille", "Nicolas", "Laure", "Antoine", "Céline", "Pierre", "Elise", "Romain"],
    "en-gb": ["Danielle", "James", "Sophie", "Liam", "Kirsty", "Ben", "Holly", "Matt"],
    "en-us": ["Jessica", "Mike", "Tara", "Chris", "Nicole", "Ryan", "Amanda", "Dave"],
}
# organisations: (display name, @handle, company phone, url, registration)
ORGS = {
    "nl": [
        ("Belastingdienst", "@Belastingdienst", "0800-0543", "belastingdienst.nl/toeslagen", "KvK 27365087"),
        ("Gemeente Utrecht", "@gemeenteutrecht", "14 030", "utrecht.nl/parkeervergunning", "KvK 30280353"),
        ("OV-chipkaart klantenservice", "@OVchipkaart", "088 - 654 54 54", "ov-chipkaart.nl/mijn-ov-chip", "KvK 30182349"),
        ("RDW", "@RDW_Nieuws", "0900 07 39", "rdw.nl/particulier", "KvK 27370671"),
        ("Gemeente Rotterdam", "@Rotterdam", "14 010", "rotterdam.nl/afval", "BTW NL002825366B01"),
        ("CJIB", "@CJIBnieuws", "088 - 200 20 00", "cjib.nl/betalen", "KvK 27381212"),
        ("UWV", "@UWV", "088 - 898 92 94", "uwv.nl/mijnuwv", "KvK 34345353"),
        ("DUO", "@DUO_OCW", "050 - 599 77 55", "duo.nl/particulier", "BTW NL003214694B01"),
        ("NS Klantenservice", "@NS_online", "030 - 751 51 55", "ns.nl/abonnementen", "KvK 30124359"),
        ("SVB", "@SVB_nl", "030 - 264 90 00", "svb.nl/aow", "KvK 34376418"),
        ("Gemeente Amsterdam", "@AmsterdamNL", "14 020", "amsterdam.nl/parkeren", "KvK 34366966"),
        ("RET", "@RET", "0900 - 500 60 10", "ret.nl/abonnementen", "KvK 24477437"),
    ],
    "nl-be": [
        ("FOD Financiën", "@FODFinancien", "02 572 57 57", "myminfin.be", "ondernemingsnummer 0308.357.159"),
        ("De Lijn", "@delijn", "070 220 200", "delijn.be/abonnementen", "ondernemingsnummer 0242.319.728"),
        ("Stad Antwerpen", "@Stad_Antwerpen", "03 22 11 333", "antwerpen.be/parkeren", "BTW BE 0207.500.123"),
        ("NMBS", "@NMBS", "02 528 28 28", "belgiantrain.be/nl/mobib", "ondernemingsnummer 0203.430.576"),
        ("Stad Gent", "@StadGent", "09 210 10 10", "stad.gent/afval", "BTW BE0207.451.227"),
        ("Vlaamse Belastingdienst", "@VlaBelDienst", "1700", "belastingen.vlaanderen.be", "ondernemingsnummer 0316.380.841"),
        ("Ivago", "@Ivago_Gent", "09 240 81 11", "ivago.be/ophaalkalender", "BTW BE 0226.484.581"),
        ("DIV", "@mobilitBE", "02 277 30 50", "mobilit.belgium.be", "ondernemingsnummer 0308.357.852"),
    ],
    "fr-be": [
        ("SPF Finances", "@SPFFinances", "02 572 57 57", "finances.belgium.be/fr", "numéro d'entreprise 0308.357.159"),
        ("STIB", "@STIBMIVB", "070 23 2000", "stib.be/mobib", "numéro d'entreprise 0247.499.953"),
        ("Ville de Liège", "@VilledeLiege", "04 221 84 11", "liege.be/fr/vie-communale", "TVA BE 0207.286.282"),
        ("SNCB", "@SNCB", "02 528 28 28", "belgiantrain.be/fr/abonnements", "TVA BE 0203.430.576"),
        ("TEC", "@LeTEC_info", "081 25 35 55", "letec.be/abonnements", "BCE 0238.017.843"),
        ("Commune d'Ixelles", "@Ixelles", "02 515 61 11", "ixelles.be/stationnement", "numéro d'entreprise 0207.374.092"),
        ("Bruxelles-Propreté", "@BxlProprete", "0800 981 81", "arp-gan.be/collectes", "BCE 0255.537.659"),
        ("parking.brussels", "@parkingbrussels", "02 563 39 30", "parking.brussels/cartes", "TVA BE 0831.400.715"),
    ],
    "en-gb": [
        ("HMRC", "@HMRCcustomers", "0300 200 3300", "gov.uk/self-assessment", "VAT GB 654 9013 19"),
        ("DVLA", "@DVLAgovuk", "0300 790 6802", "gov.uk/vehicle-tax", "company no. 05471128"),
        ("TfL", "@TfL", "0343 222 1234", "tfl.gov.uk/fares/oyster", "company number 03922643"),
        ("Lambeth Council", "@lambeth_council", "020 7926 1000", "lambeth.gov.uk/parking", "VAT reg GB 232 5413 72"),
        ("HM Passport Office", "@HMPassportOffice", "0300 222 0000", "gov.uk/renew-adult-passport", "company no. 04521163"),
        ("DWP", "@DWP", "0800 328 5644", "gov.uk/universal-credit", "VAT GB 888 8200 55"),
        ("Manchester City Council", "@ManCityCouncil", "0161 234 5000", "manchester.gov.uk/bins", "company number 07182241"),
        ("National Rail", "@nationalrailenq", "03457 48 49 50", "nationalrail.co.uk/railcards", "company reg. 03159700"),
    ],
    "en-us": [
        ("IRS", "@IRSnews", "800-829-1040", "irs.gov/refunds", "EIN 52-0938760"),
        ("DMV", "@CA_DMV", "1-800-777-0133", "dmv.ca.gov/portal", "EIN 94-6001408"),
        ("MTA", "@MTA", "511", "omny.info", "EIN 13-6436099"),
        ("City of Austin 311", "@austin311", "512-974-2000", "austintexas.gov/trash", "EIN 74-6000085"),
        ("Social Security", "@SocialSecurity", "1-800-772-1213", "ssa.gov/myaccount", "EIN 52-0843017"),
        ("State Dept Passport Services", "@TravelGov", "1-877-487-2778", "travel.state.gov/passport", "EIN 53-0196965"),
        ("Clipper", "@BayAreaClipper", "877-878-8883", "clippercard.com/account", "EIN 94-1733112"),
        ("NYC DOF Parking", "@nyc_dof", "212-504-4036", "nyc.gov/parkingtickets", "EIN 13-6400434"),
    ],
}
HASHTAGS = {
    "nl": ["#belastingdienst", "#toeslagen", "#ovchipkaart", "#gemeente", "#afval", "#parkeren", "#klantenservice", "#digid", "#NS", "#wachttijd", "#paspoort", "#bureaucratie", "#aangifte2025", "#fail"],
    "nl-be": ["#delijn", "#mobib", "#taxonweb", "#itsme", "#NMBS", "#afvalophaling", "#Gent", "#parkeerkaart", "#eID", "#wachten"],
    "fr-be": ["#STIB", "#MOBIB", "#taxonweb", "#SNCB", "#Bruxelles", "#administration", "#eID", "#stationnement", "#collecte", "#galère"],
    "en-gb": ["#HMRC", "#selfassessment", "#Oyster", "#TfL", "#DVLA", "#bincollection", "#councilfail", "#passport", "#universalcredit", "#parking"],
    "en-us": ["#IRS", "#DMV", "#taxseason", "#OMNY", "#passport", "#311", "#parkingticket", "#refund", "#RealID", "#trash"],
}
PLATES = {
    "nl": ["GH-123-K", "1-KTV-45", "XJ-98-PL", "T-482-BN", "65-ZLR-3", "NB-014-R", "K-771-SG", "3-TDX-91"],
    "nl-be": ["1-ABC-234", "2-GHT-781", "1-XPL-009", "2-KMD-454", "1-TRE-112", "2-BZA-603"],
    "fr-be": ["1-FRA-552", "2-LUX-310", "1-WZN-874", "2-CDE-095", "1-HJK-218", "2-MNB-771"],
    "en-gb": ["AB12 CDE", "LK19 XYZ", "YS67 BFT", "WP70 MKL", "SG21 ONE", "BD15 RRT"],
    "en-us": ["7XYZ123", "KLM-4521", "8ABC901", "HGT 7734", "4PQR562", "JDN-8810"],
}
SSIDS = ["Ziggo4821", "H369A5C2B1", "telenet-7A3F1", "VOO-2F88A1", "BTHub6-7QXC", "NETGEAR42", "Proximus-Home-91C2", "KPN-Wifi-AB12", "SKYB7F29", "Xfinity-Home", "FRITZ!Box 7590 OL", "Spectrum-5G-22"]
MODELS = ["iPhone 13", "SM-G991B", "Pixel 7a", "Galaxy A54", "HP LaserJet M110we", "Moto g84", "iPad 9th gen", "Canon PIXMA TS5350", "Fairphone 4", "OnePlus Nord 3", "Xiaomi 13T", "Brother HL-L2350DW"]
VERSIONS = ["v4.12.1", "versie 7.3.0", "5.18.2", "iOS 17.4.1", "Android 14", "build 2025.03.2", "app 3.41.0", "versie 12.0.4", "v2.9", "16.6", "2.104.0", "v10.2.3 (8812)"]
