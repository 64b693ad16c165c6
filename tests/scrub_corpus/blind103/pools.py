"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Thijs", "Eva", "Ruben", "Anouk", "Jeroen", "Marloes", "Joost", "Ilse", "Wouter",
           "Femke", "Niels", "Lieke", "Sander", "Noor", "Koen", "Yara", "Mohamed", "Esther", "Stijn", "Kim", "Pieter", "Jolien", "Wout"],
    "fr": ["Camille", "Julien", "Manon", "Nicolas", "Chloé", "Maxime", "Sophie", "Antoine", "Élodie", "Thomas", "Aurélie", "Mehdi",
           "Laura", "François", "Céline", "Olivier", "Nadia", "Grégory", "Justine", "Benoît"],
    "en": ["Emma", "Oliver", "Sophie", "Jack", "Chloe", "Harry", "Megan", "James", "Hannah", "Liam", "Ashley", "Tyler", "Rachel",
           "Connor", "Priya", "Marcus", "Jessica", "Dylan", "Siobhan", "Aaron", "Keisha", "Tom"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Peeters", "Janssens", "Maes",
           "Claes", "Wouters", "Vermeulen", "Goossens", "van Dijk", "Hendriks", "El Amrani", "Willems", "Dekker", "Van Damme"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Simon", "Laurent", "Lejeune", "Renard", "Collignon", "Hermans",
           "Bastin", "Mertens", "Gilson", "Denis", "Benali"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Johnson", "Williams", "Davies", "Patel", "Murphy", "Garcia",
           "Miller", "Thompson", "O'Brien", "Robinson", "Clarke", "Nguyen"],
}
CHILD = {
    "nl": ["Noah", "Tess", "Luuk", "Julia", "Finn", "Mila", "Sem", "Nora", "Lars", "Saar", "Otis", "Fien", "Mats", "Roos"],
    "fr": ["Louise", "Arthur", "Lina", "Jules", "Alice", "Louis", "Olivia", "Victor", "Elena", "Adam"],
    "en": ["Isla", "Leo", "Ava", "Theo", "Ruby", "Archie", "Mia", "Noah", "Freya", "Ezra", "Ivy", "Mason"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsweg", "Julianalaan", "Beukenlaan", "Vondelstraat",
           "Lindenhof", "Burg. de Withstraat", "Schoolstraat", "Oude Gracht", "Heuvelstraat", "Marktplein", "Parkweg", "Zonnebloemstraat"],
    "nl-be": ["Kerkstraat", "Meir", "Statiestraat", "Nieuwstraat", "Steenweg op Gent", "Dorpsplein", "Kouter", "Veldstraat",
              "Sint-Pietersnieuwstraat", "Koning Albertlaan", "Grote Markt", "Brugsesteenweg"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue Haute", "Chaussée de Wavre", "Rue des Écoles", "Place Saint-Lambert",
              "Rue de Fer", "Boulevard d'Avroy", "Rue du Moulin", "Avenue des Tilleuls", "Chaussée de Charleroi", "Rue Neuve"],
    "en-gb": ["Victoria Road", "High Street", "Church Lane", "Station Road", "Mill Close", "Park Avenue", "Queen's Drive",
              "Granby Street", "Elm Grove", "Kingsway", "Orchard Way", "Brook Lane"],
    "en-us": ["Maple Ave", "Oak Street", "Elm St", "Sunset Blvd", "Washington Avenue", "Pine Ridge Rd", "Lakeview Dr", "Main St",
              "Cedar Lane", "Highland Ave", "Jefferson St", "Willow Ct"],
}
CITY = {
    "nl": ["Utrecht", "Amsterdam", "Zwolle", "Tilburg", "Groningen", "Haarlem", "Nijmegen", "Delft", "Apeldoorn", "Leiden", "Almere", "Breda"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Genk", "Roeselare"],
    "fr-be": ["Namur", "Liège", "Charleroi", "Mons", "Wavre", "Bruxelles", "Tournai", "Arlon", "Ottignies", "Verviers"],
    "en-gb": ["Leeds", "Bristol", "Manchester", "Cardiff", "Norwich", "York", "Glasgow", "Reading", "Brighton", "Leicester"],
    "en-us": ["Columbus", "Portland", "Austin", "Denver", "Springfield", "Raleigh", "Madison", "Tucson", "Albany", "Boise"],
}
BRAND = {
    ("nl", "child"): ["Partou", "KinderRijk", "Kinderdam", "Smallsteps", "Humankind", "Kinderopvang De Boomhut", "Kibeo", "Gastouderbureau Zonnig"],
    ("nl-be", "child"): ["Ferm Kinderopvang", "kinderdagverblijf 't Kabouterhuis", "Stad Gent Kinderopvang", "crèche De Speelvogel"],
    ("fr-be", "child"): ["crèche Les Petits Loups", "la crèche communale", "Maison d'enfants Les Lutins", "accueillante Les Coccinelles"],
    ("en-gb", "child"): ["Busy Bees", "Little Acorns Nursery", "Bright Horizons", "Tiny Toes Day Nursery"],
    ("en-us", "child"): ["KinderCare", "Goddard School", "Bright Horizons", "Little Sprouts Daycare"],
    ("nl", "health"): ["Huisartsenpraktijk De Linde", "OLVG", "Erasmus MC", "Gezondheidscentrum Oost", "UMC Utrecht", "Rijnstate"],
    ("nl-be", "health"): ["UZ Leuven", "AZ Groeninge", "ZNA Middelheim", "huisartsenpraktijk Kouter", "AZ Sint-Jan"],
    ("fr-be", "health"): ["CHU Saint-Pierre", "Cliniques universitaires Saint-Luc", "CHU de Liège", "cabinet médical du Centre", "Grand Hôpital de Charleroi"],
    ("en-gb", "health"): ["Riverside Surgery", "St Mary's Hospital", "the Elms Medical Centre", "Leeds Teaching Hospitals", "Parkside GP Practice"],
    ("en-us", "health"): ["Mercy Health", "Kaiser Permanente", "Valley Family Medicine", "St. Luke's Hospital", "Riverside Pediatrics"],
    ("nl", "water"): ["Vitens", "Waternet", "Evides", "Brabant Water", "PWN", "Dunea"],
    ("nl-be", "water"): ["De Watergroep", "Farys", "water-link", "Pidpa"],
    ("fr-be", "water"): ["SWDE", "Vivaqua", "CILE", "inBW"],
    ("en-gb", "water"): ["Thames Water", "Severn Trent", "Anglian Water", "Yorkshire Water", "United Utilities"],
    ("en-us", "water"): ["City Water Department", "American Water", "DC Water", "Metro Water Services"],
    ("nl", "post"): ["PostNL", "DHL Parcel", "DPD", "Amazon Locker", "PostNL pakketautomaat", "Homerr"],
    ("nl-be", "post"): ["bpost", "Bpack 24/7", "DPD", "GLS", "de pakjesautomaat"],
    ("fr-be", "post"): ["bpost", "Mondial Relay", "le distributeur de colis", "DHL"],
    ("en-gb", "post"): ["Royal Mail", "InPost", "Evri", "Parcelforce", "DPD"],
    ("en-us", "post"): ["USPS", "UPS", "FedEx", "Amazon Hub Locker"],
    ("nl", "repair"): ["Phone Service Center", "iFixers", "Fixje", "Telefoonreparatie Centrum", "LaptopDokter", "Reparatiehuis"],
    ("nl-be", "repair"): ["GSM Hospital", "Fixit Gent", "Smartphone Repair Antwerpen", "PC Dokter Leuven"],
    ("fr-be", "repair"): ["Smartphone Clinic Namur", "GSM Répar", "Réparation PC Liège", "iRepair Wavre"],
    ("en-gb", "repair"): ["iSmash", "Fone Doctor", "the repair shop", "PC Rescue Bristol"],
    ("en-us", "repair"): ["uBreakiFix", "CPR Cell Phone Repair", "Geek Squad", "FixIt Electronics"],
}
MENTION = {
    ("nl", "child"): ["@Partou_nl", "@KinderRijk", "@Smallsteps_nl", "@Kinderdam"], ("nl-be", "child"): ["@FermVZW", "@StadGent", "@opgroeien", "@kindengezin"],
    ("fr-be", "child"): ["@ONEdelenfance", "@VilleDeNamur", "@ONE_be", "@Bruxelles"], ("en-gb", "child"): ["@BusyBeesNursery", "@BrightHorizonsUK", "@Ofstednews", "@HMRCcustomers"],
    ("en-us", "child"): ["@KinderCare", "@BrightHorizons", "@GoddardSchool", "@ChildCareAware"],
    ("nl", "health"): ["@OLVG", "@ErasmusMC", "@UMCUtrecht", "@rijnstate"], ("nl-be", "health"): ["@UZLeuven", "@AZGroeninge", "@ZNA_ziekenhuis", "@AZSintJan"],
    ("fr-be", "health"): ["@CHUStPierre", "@CliniquesStLuc", "@CHULiege", "@GHdC"], ("en-gb", "health"): ["@NHSEngland", "@NHS111", "@LeedsHospitals", "@GSTTnhs"],
    ("en-us", "health"): ["@KPShare", "@MercyHealth", "@MyChart", "@StLukesHealth"],
    ("nl", "water"): ["@Vitens", "@Waternet", "@Evides", "@BrabantWater", "@PWN_NL", "@Dunea"], ("nl-be", "water"): ["@DeWatergroep", "@Farys", "@waterlink", "@Pidpa"],
    ("fr-be", "water"): ["@SWDE", "@Vivaqua", "@CILE_Liege", "@inBW"], ("en-gb", "water"): ["@thameswater", "@stwater", "@AnglianWater", "@YorkshireWater"],
    ("en-us", "water"): ["@DCWater", "@AmericanWater", "@MetroWaterSvcs", "@CityWaterDept"],
    ("nl", "post"): ["@PostNL", "@DHLParcel_NL", "@DPD_NL", "@AmazonHelp"], ("nl-be", "post"): ["@bpost", "@bpost_nl", "@DPD_BE", "@GLS_Belgium"],
    ("fr-be", "post"): ["@bpost_fr", "@MondialRelay", "@bpost", "@DHL_BE"], ("en-gb", "post"): ["@RoyalMail", "@InPostUK", "@Evri", "@Parcelforce"],
    ("en-us", "post"): ["@USPS", "@UPSHelp", "@FedExHelp", "@AmazonHelp"],
    ("nl", "repair"): ["@PhoneService_NL", "@iFixers", "@Coolblue", "@AppleSupport"], ("nl-be", "repair"): ["@GSMHospital", "@SamsungBelgium", "@AppleSupport", "@Proximus"],
    ("fr-be", "repair"): ["@SamsungBE", "@AppleSupport", "@Proximus_fr", "@GSMRepar"], ("en-gb", "repair"): ["@iSmash", "@AppleSupport", "@SamsungUK", "@CurrysPCWorld"],
    ("en-us", "repair"): ["@uBreakiFix", "@AppleSupport", "@GeekSquad", "@SamsungSupport"],
}
TAGS = {
    "nl": ["#storing", "#kinderopvang", "#postnl", "#klantenservice", "#huisarts", "#wachtlijst", "#waterstoring", "#pakketje", "#reparatie", "#slechteservice", "#opvang", "#ziekenhuis"],
    "nl-be": ["#bpost", "#kinderopvang", "#watergroep", "#ziekenhuis", "#klantendienst", "#pakje", "#gsmherstelling", "#facturatie"],
    "fr-be": ["#bpost", "#crèche", "#SWDE", "#hôpital", "#serviceclient", "#colis", "#réparation", "#facture"],
    "en-gb": ["#RoyalMail", "#nursery", "#NHS", "#hosepipeban", "#customerservice", "#parcel", "#fail", "#GP", "#leak", "#screenrepair"],
    "en-us": ["#USPS", "#daycare", "#healthcare", "#watermain", "#customerservice", "#package", "#fail", "#ripoff", "#repair", "#help"],
}
URL = {
    ("nl", "child"): ["https://ouderportaal.partou.nl", "www.kinderrijk.nl/ouders", "https://mijn.smallsteps.nl/login", "kinderdam.nl/contact"],
    ("nl-be", "child"): ["https://www.ferm.be/kinderopvang", "www.kindengezin.be", "https://opvang.stad.gent/inschrijven", "mijnkinderopvang.be"],
    ("fr-be", "child"): ["https://www.one.be", "www.namur.be/creches", "https://inscriptions.creche-lutins.be", "one.be/parents"],
    ("en-gb", "child"): ["https://www.busybees.com/parents", "www.childcarechoices.gov.uk", "https://app.famly.co", "gov.uk/tax-free-childcare"],
    ("en-us", "child"): ["https://www.kindercare.com/my-account", "brighthorizons.com/family", "https://app.brightwheel.com", "goddardschool.com/contact"],
    ("nl", "health"): ["https://mijn.olvg.nl", "www.erasmusmc.nl/patientenportaal", "https://www.mijngezondheid.net", "thuisarts.nl"],
    ("nl-be", "health"): ["https://www.mynexuzhealth.be", "www.azgroeninge.be/afspraak", "https://www.zna.be", "mijngezondheid.belgie.be"],
    ("fr-be", "health"): ["https://www.stpierre-bru.be", "www.saintluc.be/rendez-vous", "https://www.chuliege.be", "masante.belgique.be"],
    ("en-gb", "health"): ["https://www.nhs.uk/nhs-app", "111.nhs.uk", "https://patient.info", "www.riversidesurgery.co.uk/repeat-prescriptions"],
    ("en-us", "health"): ["https://mychart.mercy.net", "healthy.kaiserpermanente.org", "https://www.stlukes.org/billing", "valleyfamilymed.com/portal"],
    ("nl", "water"): ["https://www.vitens.nl/meterstand", "mijn.waternet.nl", "https://www.evides.nl/storingen", "brabantwater.nl/verhuizen"],
    ("nl-be", "water"): ["https://www.dewatergroep.be/meterstand", "www.farys.be/storingen", "https://www.water-link.be", "pidpa.be/klantenzone"],
    ("fr-be", "water"): ["https://www.swde.be/index-compteur", "www.vivaqua.be", "https://www.cile.be/espace-client", "inbw.be"],
    ("en-gb", "water"): ["https://www.thameswater.co.uk/my-account", "stwater.co.uk/leaks", "https://www.anglianwater.co.uk/help", "yorkshirewater.com/bill"],
    ("en-us", "water"): ["https://www.dcwater.com/pay-bill", "amwater.com/myaccount", "https://citywater.gov/outages", "nashville.gov/water"],
    ("nl", "post"): ["https://jouw.postnl.nl", "www.postnl.nl/klantenservice", "https://www.dhlparcel.nl/nl/volg-je-zending", "dpd.nl/track"],
    ("nl-be", "post"): ["https://track.bpost.cloud", "www.bpost.be/nl/pakjesautomaat", "https://my.bpost.be", "dpdgroup.com/be"],
    ("fr-be", "post"): ["https://track.bpost.cloud/btr/web", "www.bpost.be/fr/distributeurs-colis", "https://www.mondialrelay.be", "mybpost.be"],
    ("en-gb", "post"): ["https://www.royalmail.com/track-your-item", "inpost.co.uk/lockers", "https://www.evri.com/track-a-parcel", "parcelforce.com"],
    ("en-us", "post"): ["https://tools.usps.com/go/TrackConfirmAction", "ups.com/track", "https://www.fedex.com/en-us/tracking.html", "amazon.com/hub"],
    ("nl", "repair"): ["https://www.phoneservicecenter.nl/status", "ifixers.nl/reparatie-status", "https://fixje.nl/afspraak", "support.apple.com/nl-nl"],
    ("nl-be", "repair"): ["https://gsmhospital.be/status", "www.fixitgent.be", "https://support.apple.com/nl-be", "samsung.com/be/support"],
    ("fr-be", "repair"): ["https://www.smartphoneclinic.be/suivi", "gsmrepar.be", "https://support.apple.com/fr-be", "samsung.com/be_fr/support"],
    ("en-gb", "repair"): ["https://www.ismash.com/repair-status", "fonedoctor.co.uk", "https://support.apple.com/en-gb", "samsung.com/uk/support"],
    ("en-us", "repair"): ["https://www.ubreakifix.com/track", "cellphonerepair.com", "https://support.apple.com/en-us", "bestbuy.com/geeksquad"],
}
AGENT = {
    "nl": ["Sanne", "Mark", "Lisa", "Dennis", "Kirsten", "Youssef", "Inge", "Ramon"],
    "nl-be": ["Jana", "Pieter", "Lien", "Tom", "Hanne", "Bart"],
    "fr-be": ["Sarah", "Kevin", "Amélie", "Damien", "Léa", "Romain"],
    "en-gb": ["Gemma", "Dave", "Aisha", "Rob", "Kirsty", "Callum"],
    "en-us": ["Brittany", "Mike", "Jasmine", "Carlos", "Heather", "Derek"],
}
INITIALS = ["^JV", "^MK", "/SB", "-DK", "^AL", "^RT", "~HP", "^NB", "/CW", "^EL"]
SSID = ["Ziggo12345", "KPN-Wifi-8F2A", "telenet-7C31A", "Proximus-Home-4411", "BTHub6-ABCD", "SKYA7B2C", "NETGEAR42", "Linksys00123",
        "VOO-889912", "Orange-2F3E", "FRITZ!Box 7590 KL", "H369A1F2C9"]
PLATE = ["GX-123-B", "1-ABC-234", "AB12 CDE", "7KTN482", "K-482-TX", "2-HDZ-871"]
MODEL = {
    "phone": ["iPhone 13 Pro", "iPhone 12", "iPhone SE (2022)", "iPhone 15", "Galaxy S21", "Galaxy A54", "Pixel 7a", "Pixel 8",
              "SM-A536B", "SM-G991B", "Redmi Note 12", "OnePlus Nord 3", "Fairphone 4", "Moto g84"],
    "laptop": ["MacBook Air M1", "ThinkPad T14 Gen 3", "HP Pavilion 15-eh1", "Dell XPS 13 9310", "Surface Pro 8", "Acer Aspire 5 A515-56",
               "ASUS VivoBook X515", "MacBook Pro A2338"],
    "other": ["PS5 CFI-1216A", "Switch HAC-001", "iPad Air A2316", "Galaxy Tab S6 Lite", "Kindle Paperwhite", "Apple Watch SE",
              "Sonos One SL", "Dyson V11"],
}
