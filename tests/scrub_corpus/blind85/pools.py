"""Filler pools for blind85. Every list is dealt alternately: even index -> dev, odd -> heldout."""

FIRST = ["Jan", "Sanne", "Pieter", "Fatima", "Daan", "Yasmin", "Koen", "Ilse", "Mohamed", "Lotte", "Bram", "Eline",
         "Sven", "Noor", "Tim", "Anouk", "Ruud", "Marieke", "Joost", "Samira", "Wouter", "Femke", "Hicham", "Esther",
         "Luc", "Nathalie", "Geert", "Sofie", "Jef", "Els", "Thomas", "Camille", "Arnaud", "Manon", "Didier", "Chloé",
         "Olivier", "Aline", "Kevin", "Inge", "James", "Sophie", "Oliver", "Emily", "Raj", "Chloe", "Gareth", "Aisha",
         "Michael", "Jennifer", "Tyler", "Ashley", "Carlos", "Megan", "Dwayne", "Priya"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peeters",
        "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois",
        "Lambert", "Dupont", "Martin", "Leroy", "Renard", "Simon", "Laurent", "Smith", "Jones", "Taylor", "Brown",
        "Williams", "Evans", "Patel", "Khan", "Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Nguyen",
        "El Amrani", "Yilmaz", "van Dijk", "Hendriks", "Verbruggen", "O'Neill"]
BIZ = [("Bakkerij de Vries", "bakkerijdevries"), ("Loodgietersbedrijf Smit", "smitloodgieters"),
       ("Kapsalon Noor", "kapsalonnoor"), ("Bouwbedrijf Mulder BV", "mulderbouw"), ("Fietsenmaker Bos", "fietsbos"),
       ("Frituur 't Pleintje", "frituurpleintje"), ("Garage Peeters BV", "garagepeeters"),
       ("Bloemen Wouters", "bloemenwouters"), ("Boulangerie Dupont", "boulangeriedupont"),
       ("Cabinet Renard SRL", "cabinetrenard"), ("Taylor & Sons Plumbing", "taylorplumbing"),
       ("Evans Electrical Ltd", "evanselectrical"), ("Sunrise Dental LLC", "sunrisedental"),
       ("Garcia Landscaping", "garcialandscaping"), ("Schoonmaakbedrijf Yilmaz", "yilmazschoonmaak"),
       ("Transport Claes BV", "transportclaes"), ("Atelier Simon", "ateliersimon"), ("Khan Groceries Ltd", "khangroceries"),
       ("Hendriks Installatietechniek", "hendriksinstallatie"), ("Koffiebar Meijer", "koffiebarmeijer"),
       ("Miller Auto Repair", "millerauto"), ("Patel Pharmacy", "patelpharmacy")]

STREET_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht", "Lindenlaan", "Julianastraat",
             "Beatrixlaan", "Schoolstraat", "Nieuwe Binnenweg", "Oudegracht", "Vondelstraat", "Hoofdweg", "Parallelweg",
             "Burgemeester de Withstraat", "Van Goghlaan", "Zeestraat", "Industrieweg"]
CITY_NL = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Breda",
           "Nijmegen", "Amersfoort", "Leiden", "Tilburg", "Apeldoorn", "Almere", "Enschede"]
STREET_BENL = ["Kerkstraat", "Stationsstraat", "Grote Markt", "Meir", "Veldstraat", "Nieuwstraat", "Brusselsesteenweg",
               "Kortrijksesteenweg", "Diestsestraat", "Molenstraat", "Turnhoutsebaan", "Leopoldlaan", "Dorp-Oost",
               "Gentsesteenweg"]
CITY_BENL = ["Antwerpen", "Gent", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Genk", "Sint-Niklaas",
             "Turnhout", "Roeselare"]
STREET_FR = ["Rue de la Station", "Avenue Louise", "Chaussée de Wavre", "Rue Haute", "Rue du Marché", "Boulevard Anspach",
             "Rue des Écoles", "Avenue de la Gare", "Chaussée de Charleroi", "Rue Saint-Gilles", "Place du Jeu de Balle",
             "Rue de Namur"]
CITY_FR = ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Ixelles", "Wavre", "Tournai", "Verviers", "Uccle",
           "Schaerbeek", "Arlon"]
STREET_UK = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Acacia Avenue", "Queen's Road", "Mill Lane",
             "Park View", "Kingsway", "Greenfield Close", "Manor Drive", "Albert Street"]
CITY_UK = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("London", "SE"), ("Glasgow", "G"), ("Cardiff", "CF"),
           ("Birmingham", "B"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN")]
STREET_US = ["Maple St", "Oak Avenue", "Elm Street", "Sunset Blvd", "Washington Ave", "Lakeview Dr", "Main Street",
             "Pine Rd", "Cedar Lane", "Highland Ave", "2nd Street", "Park Place"]
CITY_US = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Brooklyn", "NY", "112"), ("Denver", "CO", "802"),
           ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Tampa", "FL", "336"), ("Madison", "WI", "537"),
           ("Raleigh", "NC", "276"), ("Phoenix", "AZ", "850")]

# telecom brands: (name, mention, service phone, web domain, tag)
TEL = {
    "nl": [("KPN", "@KPNwebcare", "0800-0402", "kpn.com", "KPNzakelijk"), ("Vodafone", "@VodafoneNL", "1200", "vodafone.nl", "VodafoneBusiness"),
           ("Odido", "@Odido", "0800-7112", "odido.nl", "Odido"), ("Ziggo", "@ZiggoWebcare", "0900-1884", "ziggo.nl", "Ziggo"),
           ("Simyo", "@simyo_nl", "088-0034 000", "simyo.nl", "simyo"), ("Youfone", "@Youfone", "085-0030 030", "youfone.nl", "youfone")],
    "be": [("Proximus", "@proximus", "0800 55 800", "proximus.be", "Proximus"), ("Telenet", "@telenet", "015 66 66 66", "telenet.be", "TelenetBusiness"),
           ("Orange Belgium", "@OrangeBENL", "0800 95 959", "orange.be", "OrangeBE"), ("BASE", "@BASE_Belgium", "0486 19 19 99", "base.be", "BASE"),
           ("Mobile Vikings", "@mobilevikings", "03 808 09 09", "mobilevikings.be", "mobilevikings"), ("Scarlet", "@ScarletBE", "02 790 81 30", "scarlet.be", "Scarlet")],
    "en-gb": [("BT Business", "@BTBusiness", "0800 800 152", "bt.com", "BTBusiness"), ("EE", "@EE", "0800 956 6000", "ee.co.uk", "EEBusiness"),
              ("Vodafone UK", "@VodafoneUK", "0333 304 0191", "vodafone.co.uk", "VodafoneUK"), ("O2", "@O2", "0344 809 0202", "o2.co.uk", "O2Business"),
              ("Three", "@ThreeUKSupport", "0333 338 1001", "three.co.uk", "ThreeUK"), ("Sky Business", "@SkyBusinessHelp", "0333 759 3000", "sky.com", "SkyBusiness")],
    "en-us": [("Verizon", "@VerizonSupport", "1-800-922-0204", "verizon.com", "VerizonBusiness"), ("AT&T", "@ATTHelp", "1-800-331-0500", "att.com", "ATTBusiness"),
              ("T-Mobile", "@TMobileHelp", "1-800-937-8997", "t-mobile.com", "TMobileForBusiness"), ("Comcast Business", "@ComcastBusiness", "1-800-391-3000", "business.comcast.com", "ComcastBusiness"),
              ("Mint Mobile", "@Mint_Mobile", "1-800-872-6468", "mintmobile.com", "MintMobile"), ("Spectrum", "@Ask_Spectrum", "1-855-707-7328", "spectrum.com", "Spectrum")],
}
POST = {
    "nl": [("PostNL", "@PostNL", "088-868 6161", "postnl.nl", "PostNL"), ("DHL", "@DHLParcel_NL", "088-055 2000", "dhlparcel.nl", "DHLParcel"),
           ("DPD", "@DPD_NL", "088-373 7373", "dpd.com/nl", "DPD"), ("GLS", "@GLS_NL", "0900-1001 500", "gls-info.nl", "GLS"),
           ("UPS", "@UPSHelp", "085-888 1998", "ups.com", "UPS"), ("Budbee", "@budbee_nl", "020-808 5353", "budbee.com", "Budbee")],
    "be": [("bpost", "@bpost_nl", "02 201 23 45", "bpost.be", "bpost"), ("PostNL België", "@PostNL_BE", "02 808 72 58", "postnl.be", "PostNL"),
           ("DHL Parcel", "@DHLParcel_BE", "02 620 00 00", "dhlparcel.be", "DHL"), ("GLS Belgium", "@GLS_BE", "09 277 93 90", "gls-group.eu", "GLS"),
           ("DPD België", "@DPD_BE", "02 200 14 23", "dpd.com/be", "DPD"), ("Mondial Relay", "@MondialRelay", "078 15 15 55", "mondialrelay.be", "MondialRelay")],
    "en-gb": [("Royal Mail", "@RoyalMail", "03457 740 740", "royalmail.com", "RoyalMail"), ("Parcelforce", "@ParcelforceHelp", "0344 800 4466", "parcelforce.com", "Parcelforce"),
              ("Evri", "@evri", "0330 808 5456", "evri.com", "Evri"), ("DPD UK", "@DPD_UK", "0121 275 0500", "dpd.co.uk", "DPD"),
              ("InPost UK", "@InPostUK", "0330 0416 020", "inpost.co.uk", "InPost"), ("Yodel", "@YodelOnline", "0800 0152 662", "yodel.co.uk", "Yodel")],
    "en-us": [("USPS", "@USPSHelp", "1-800-275-8777", "usps.com", "USPS"), ("UPS", "@UPSHelp", "1-800-742-5877", "ups.com", "UPS"),
              ("FedEx", "@FedExHelp", "1-800-463-3339", "fedex.com", "FedEx"), ("DHL Express US", "@DHLUS", "1-800-225-5345", "dhl.com/us", "DHL"),
              ("OnTrac", "@OnTrac", "1-800-334-5000", "ontrac.com", "OnTrac"), ("Amazon Logistics", "@AmazonHelp", "1-888-280-4331", "amazon.com", "AmazonLogistics")],
}
AGENTS = ["Joyce", "Mark", "Lisa", "Ahmed", "Kim", "Dennis", "Sarah", "Tom", "Evi", "Bart", "Julie", "Nadia", "Stijn", "Laura",
          "Chris", "Amélie", "Jonas", "Hannah", "Ryan", "Zoe"]
MODELS = ["Experia Box v10A", "FRITZ!Box 7590", "Zyxel VMG8825-T50", "Sagemcom F@st 5657", "Connect Box CH7465LG",
          "Smart Wifi Pod", "b-box 3V+", "Internet Box 4", "Smart Hub 2", "Netgear Nighthawk M6", "iPhone 15 Pro",
          "Galaxy S24", "Pixel 8a", "Huawei B535-232", "TP-Link Archer MR600", "Galaxy A55", "iPhone 13 mini",
          "Fairphone 5", "Motorola Edge 40", "Nokia G42"]
HASHTAGS = {"nl": ["#klantenservice", "#ondernemer", "#zzp", "#storing", "#pakketje", "#pakketautomaat", "#nietblij", "#mkb",
                   "#bezorging", "#esim", "#overstappen", "#wachten"],
            "be": ["#bpost", "#zelfstandige", "#kmo", "#pakjesautomaat", "#colis", "#service", "#frustratie", "#indépendant",
                   "#klantendienst", "#facture", "#douane", "#nummerbehoud"],
            "en": ["#customerservice", "#smallbusiness", "#fail", "#parcel", "#missingparcel", "#esim", "#broadband", "#ukbusiness",
                   "#fedup", "#shoplocal", "#outage", "#stillwaiting"]}
URL_PATHS = ["/zakelijk/mijn", "/klantenservice/esim", "/track-and-trace", "/support/puk", "/business/porting",
             "/ontvangen/pakketautomaat", "/claim", "/douane", "/verhuisservice", "/my-account/invoices",
             "/help/parcel-lockers", "/nummerbehoud", "/redirection", "/support/sim-activatie", "/fr/colis/retrait",
             "/status", "/zakelijk/facturen", "/customs-charges"]
