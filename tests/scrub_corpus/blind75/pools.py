"""Filler pools and locale-specific value formats. Every list here is dealt alternately
(even index -> dev, odd index -> heldout) by generate_blind.deal()."""
from values import rd, rs, HEX
import string

FIRST = {
    "nl": ["Sanne", "Daan", "Ingrid", "Mohammed", "Fleur", "Kees", "Yvonne", "Bram", "Noor", "Henk", "Esra", "Joost",
           "Marieke", "Ruud", "Priya", "Wim"],
    "nl-be": ["Jens", "Lien", "Koen", "Els", "Wout", "Sofie", "Hasan", "Griet", "Tibo", "An", "Dirk", "Nele",
              "Bart", "Ilse"],
    "fr-be": ["Julien", "Manon", "Amina", "Olivier", "Chloé", "Benoît", "Nathalie", "Karim", "Aurélie", "Luc",
              "Sarah", "Thierry", "Inès", "Pierre"],
    "en-gb": ["Emma", "Oliver", "Siobhan", "Rajesh", "Chloe", "Gareth", "Aisha", "Tom", "Niamh", "Callum",
              "Bethany", "Declan", "Fatima", "Stuart"],
    "en-us": ["Ashley", "Tyler", "Maria", "DeShawn", "Jennifer", "Kevin", "Lupe", "Brandon", "Megan", "Carlos",
              "Kimberly", "Jamal", "Heather", "Travis"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Yilmaz",
           "van Dijk", "Hendriks", "Kramer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Willems", "De Smet", "Mertens",
              "Vermeulen", "Aerts", "Jacobs"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Simon", "Lejeune", "Collignon",
              "Bernard", "Laurent", "Mathieu"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Evans", "Patel", "Khan", "Hughes", "O'Connor",
              "Walker", "Robinson"],
    "en-us": ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Wilson", "Anderson", "Thomas", "Jackson",
              "Martinez", "Lee", "Thompson"],
}
AGENTS = {
    "nl": [("Lotte", "LB"), ("Jeroen", "JK"), ("Samira", "SE"), ("Pieter", "PdW"), ("Annelies", "AV"), ("Rik", "RH")],
    "nl-be": [("Ellen", "EV"), ("Stijn", "SD"), ("Katrien", "KM"), ("Yannick", "YB"), ("Hilde", "HC"), ("Bert", "BW")],
    "fr-be": [("Sophie", "SL"), ("Maxime", "MD"), ("Camille", "CR"), ("Nicolas", "NP"), ("Élodie", "EG"), ("Hugo", "HT")],
    "en-gb": [("Jess", "JW"), ("Mark", "MH"), ("Priya", "PS"), ("Dan", "DC"), ("Hannah", "HR"), ("Liam", "LM")],
    "en-us": [("Brittany", "BK"), ("Josh", "JP"), ("Dana", "DR"), ("Marcus", "MW"), ("Kayla", "KS"), ("Evan", "EL")],
}
# org entries: (name, handle, service phone, url) per category
ORGS = {
    "nl": {
        "tax": [("Belastingdienst", "@Belastingdienst", "0800-0543", "https://www.belastingdienst.nl/inloggen"),
                ("Dienst Toeslagen", "@Toeslagen", "0800 0543", "https://www.toeslagen.nl"),
                ("de BelastingTelefoon", "@belastingdienst", "0800-0543", "belastingdienst.nl/contact"),
                ("Belastingdienst", "@BD_Webcare", "+31 55 538 53 85", "https://mijn.belastingdienst.nl")],
        "muni": [("gemeente Utrecht", "@gemeenteutrecht", "14 030", "https://www.utrecht.nl/afspraak"),
                 ("gemeente Rotterdam", "@Rotterdam", "14 010", "rotterdam.nl/parkeren"),
                 ("gemeente Amsterdam", "@gemeenteamsterdam", "14 020", "https://www.amsterdam.nl/burgerzaken"),
                 ("gemeente Den Haag", "@gemeentedenhaag", "14 070", "https://www.denhaag.nl/nl/paspoort"),
                 ("gemeente Groningen", "@gemeentegron", "14 050", "gemeente.groningen.nl/afval"),
                 ("gemeente Eindhoven", "@gemeenteEhv", "14 040", "https://www.eindhoven.nl/loket")],
        "benefit": [("UWV", "@UWVnl", "088 - 898 92 94", "https://www.uwv.nl/mijnuwv"),
                    ("SVB", "@SVB_nl", "030 264 90 00", "svb.nl/mijnsvb"),
                    ("DUO", "@DUO_OCW", "050 - 599 77 55", "https://duo.nl/particulier"),
                    ("CJIB", "@CJIBnl", "088 - 500 4999", "https://www.cjib.nl/betalen")],
        "housing": [("Ymere", "@Ymere", "088 000 0000", "https://www.ymere.nl/reparatie"),
                    ("Woonstad Rotterdam", "@WoonstadR", "010 440 88 00", "woonstadrotterdam.nl/mijnwoonstad"),
                    ("Portaal", "@Portaal", "088 767 82 25", "https://www.portaal.nl"),
                    ("Vestia", "@VestiaNL", "088 - 123 45 00", "vestia.nl/huurders")],
        "waste": [("HVC", "@HVCgroep", "0800 - 0700", "https://www.hvcgroep.nl/afvalkalender"),
                  ("ROVA", "@ROVA_nl", "038 - 427 37 00", "rova.nl/afvalwijzer"),
                  ("Avalex", "@Avalex", "015 - 251 11 22", "https://www.avalex.nl"),
                  ("Irado", "@Irado_nl", "010 - 262 10 00", "irado.nl/grofafval")],
    },
    "nl-be": {
        "tax": [("FOD Financiën", "@FODFinancien", "02 572 57 57", "https://www.myminfin.be"),
                ("MyMinfin", "@FODFin", "02/572.57.57", "https://taxonweb.be"),
                ("Vlaamse Belastingdienst", "@VLABEL", "1700", "https://belastingen.vlaanderen.be"),
                ("FOD Financiën", "@SPFFinances_NL", "+32 2 572 57 57", "financien.belgium.be/nl/contact")],
        "muni": [("stad Antwerpen", "@Stad_Antwerpen", "03 22 11 333", "https://www.antwerpen.be/eloket"),
                 ("stad Gent", "@StadGent", "09 210 10 10", "stad.gent/parkeren"),
                 ("stad Leuven", "@stadleuven", "016 27 20 00", "https://www.leuven.be/identiteitskaart"),
                 ("stad Brugge", "@StadBrugge", "050 44 80 00", "https://www.brugge.be/afspraak"),
                 ("gemeente Zaventem", "@Zaventem", "02 716 00 00", "zaventem.be/loket"),
                 ("stad Mechelen", "@StadMechelen", "015 29 76 00", "https://www.mechelen.be")],
        "benefit": [("Groeipakket", "@Groeipakket", "078 79 79 00", "https://www.groeipakket.be"),
                    ("RVA", "@RVA_ONEM", "02 515 44 44", "rva.be/burgers"),
                    ("OCMW Gent", "@OCMWGent", "09 266 99 00", "https://www.ocmwgent.be"),
                    ("Fons", "@fons_vlaanderen", "078 15 25 00", "fons.be/contact")],
        "housing": [("Woonhaven", "@Woonhaven", "03 212 69 00", "https://www.woonhaven.be"),
                    ("WoninGent", "@WoninGent", "09 235 32 11", "woningent.be/herstelling"),
                    ("De Ideale Woning", "@IdealeWoning", "03 270 16 11", "https://www.idealewoning.be"),
                    ("Wonen Vlaanderen", "@WonenVL", "1700", "woonpunt.be")],
        "waste": [("IVAGO", "@IVAGO_Gent", "09 240 81 11", "https://www.ivago.be/ophaalkalender"),
                  ("Recytyre", "@Ecowerf", "016 28 18 40", "ecowerf.be/ophaling"),
                  ("IVBO", "@IVBO_Brugge", "050 45 80 70", "https://www.ivbo.be"),
                  ("Fost Plus", "@FostPlus", "02 775 03 50", "recycleapp.be")],
    },
    "fr-be": {
        "tax": [("SPF Finances", "@SPFFinances", "02 572 57 57", "https://www.myminfin.be"),
                ("Tax-on-web", "@SPF_Fin", "02/572.57.57", "https://finances.belgium.be/fr/particuliers"),
                ("Région wallonne - Fiscalité", "@Wallonie", "1718", "https://www.wallonie.be/fr/demarches"),
                ("SPF Finances", "@FinancesBE", "+32 2 572 57 57", "finances.belgium.be/fr/contact")],
        "muni": [("Ville de Liège", "@VilledeLiege", "04 221 84 11", "https://www.liege.be/fr/demarches"),
                 ("Ville de Namur", "@VilleNamur", "081 24 60 11", "namur.be/stationnement"),
                 ("Commune d'Ixelles", "@Ixelles", "02 515 61 11", "https://www.ixelles.be/guichet"),
                 ("Ville de Charleroi", "@Charleroi", "071 86 11 11", "https://www.charleroi.be"),
                 ("Commune de Schaerbeek", "@Schaerbeek", "02 244 75 11", "schaerbeek.be/carte-identite"),
                 ("Ville de Mons", "@VilledeMons", "065 40 56 11", "https://www.mons.be/vivre-a-mons")],
        "benefit": [("FAMIWAL", "@Famiwal", "0800 13 122", "https://www.famiwal.be"),
                    ("ONEM", "@ONEM_RVA", "02 515 44 44", "onem.be/citoyens"),
                    ("CPAS de Liège", "@CPASLiege", "04 220 59 11", "https://www.cpasdeliege.be"),
                    ("Parentia", "@Parentia", "078 15 33 66", "parentia.be/contact")],
        "housing": [("Le Logis Social", "@LogisSocial", "04 344 56 00", "https://www.logissocial.be"),
                    ("Foyer Namurois", "@FoyerNamurois", "081 25 11 00", "foyernamurois.be/reparation"),
                    ("SLRB", "@SLRB_BGHM", "02 533 19 11", "https://slrb-bghm.brussels"),
                    ("La Sambrienne", "@LaSambrienne", "071 27 92 00", "lasambrienne.be")],
        "waste": [("Bruxelles-Propreté", "@BxlProprete", "0800 981 81", "https://www.arp-gan.be/fr/collectes"),
                  ("Intradel", "@Intradel", "04 240 74 74", "intradel.be/collectes"),
                  ("BEP Environnement", "@BEP_Namur", "081 71 82 11", "https://www.bep-environnement.be"),
                  ("Tibi", "@Tibi_Charleroi", "071 60 05 00", "tibi.be")],
    },
    "en-gb": {
        "tax": [("HMRC", "@HMRCcustomers", "0300 200 3300", "https://www.gov.uk/log-in-register-hmrc-online-services"),
                ("HMRC Self Assessment", "@HMRCcustomers", "0300 200 3310", "gov.uk/self-assessment-tax-returns"),
                ("HMRC Child Benefit", "@HMRCgovuk", "0300 200 3100", "https://www.gov.uk/child-benefit"),
                ("HMRC", "@HMRC_help", "+44 161 931 9070", "https://www.tax.service.gov.uk/personal-account")],
        "muni": [("Leeds City Council", "@LeedsCC_Help", "0113 222 4404", "https://www.leeds.gov.uk/parking"),
                 ("Manchester City Council", "@ManCityCouncil", "0161 234 5000", "manchester.gov.uk/bins"),
                 ("Bristol City Council", "@BristolCouncil", "0117 922 2000", "https://www.bristol.gov.uk/council-tax"),
                 ("Camden Council", "@CamdenCouncil", "020 7974 4444", "https://www.camden.gov.uk/parking-permits"),
                 ("Glasgow City Council", "@GlasgowCC", "0141 287 2000", "glasgow.gov.uk/article/17592"),
                 ("Cardiff Council", "@cardiffcouncil", "029 2087 2087", "https://www.cardiff.gov.uk")],
        "benefit": [("Universal Credit", "@DWP", "0800 328 5644", "https://www.universal-credit.service.gov.uk"),
                    ("DWP", "@DWPgovuk", "0800 731 7898", "gov.uk/contact-jobcentre-plus"),
                    ("HM Passport Office", "@PassportOffice", "0300 222 0000", "https://www.gov.uk/renew-adult-passport"),
                    ("DVLA", "@DVLAgovuk", "0300 790 6801", "gov.uk/contact-the-dvla")],
        "housing": [("Clarion Housing", "@ClarionHG", "0300 500 8000", "https://www.myclarionhousing.com"),
                    ("Peabody", "@Peabody_London", "0300 123 3456", "peabody.org.uk/repairs"),
                    ("L&Q", "@LQHousing", "0300 456 9998", "https://www.lqgroup.org.uk"),
                    ("Sanctuary Housing", "@SanctuaryHsg", "0800 131 3348", "sanctuary-housing.co.uk")],
        "waste": [("Leeds Bins", "@LeedsBins", "0113 222 4406", "https://www.leeds.gov.uk/bins"),
                  ("Biffa", "@Biffa", "0800 307 307", "biffa.co.uk/contact"),
                  ("Veolia UK", "@VeoliaUK", "0345 600 1234", "https://www.veolia.co.uk"),
                  ("Serco Waste", "@SercoWaste", "0300 303 8811", "serco-environmental.co.uk")],
    },
    "en-us": {
        "tax": [("IRS", "@IRSnews", "800-829-1040", "https://www.irs.gov/payments/your-online-account"),
                ("IRS Taxpayer Advocate", "@YourVoiceAtIRS", "877-777-4778", "irs.gov/advocate"),
                ("NYS Tax Department", "@NYSTaxDept", "(518) 457-5181", "https://www.tax.ny.gov/online"),
                ("IRS", "@IRSnews", "1-800-829-1040", "https://www.irs.gov/ippin")],
        "muni": [("NYC 311", "@nyc311", "311", "https://portal.311.nyc.gov"),
                 ("City of Chicago", "@ChicagoDSS", "(312) 744-5000", "chicago.gov/city/en/depts/fin.html"),
                 ("City of Austin", "@austin311", "512-974-2000", "https://www.austintexas.gov/department/parking"),
                 ("City of Seattle", "@SeattleGov", "206-684-2489", "https://www.seattle.gov/utilities"),
                 ("City of Philadelphia", "@PhiladelphiaGov", "215-686-8686", "phila.gov/services/permits"),
                 ("Denver 311", "@DenverGov", "720-913-1311", "https://www.denvergov.org/pocketgov")],
        "benefit": [("SSA", "@SocialSecurity", "1-800-772-1213", "https://www.ssa.gov/myaccount"),
                    ("CalFresh", "@CalFresh", "877-847-3663", "getcalfresh.org"),
                    ("State Dept Passports", "@TravelGov", "1-877-487-2778", "https://travel.state.gov/passport"),
                    ("NY DMV", "@NYSDMV", "(518) 473-5595", "dmv.ny.gov/mydmv")],
        "housing": [("NYCHA", "@NYCHA", "718-707-7771", "https://my.nycha.info"),
                    ("Chicago Housing Authority", "@ChicagoCHA", "(312) 742-8500", "thecha.org/residents"),
                    ("Seattle Housing Authority", "@SeattleHousing", "206-615-3300", "https://www.seattlehousing.org"),
                    ("Boston Housing Authority", "@BostonHousing", "617-988-4000", "bostonhousing.org")],
        "waste": [("DSNY", "@NYCSanitation", "311", "https://www.nyc.gov/site/dsny"),
                  ("Waste Management", "@WasteManagement", "1-800-963-4776", "wm.com/us/en/support"),
                  ("Republic Services", "@RepublicService", "866-576-5548", "https://www.republicservices.com"),
                  ("Austin Resource Recovery", "@AustinRecycles", "512-494-9400", "austintexas.gov/trash")],
    },
}

COMPANY_REG = {
    "nl": ["KvK 27378529", "KvK-nummer 30211564", "BTW NL002220641B01", "KvK: 24462163", "btw-id NL815403285B01",
           "KvK 51713667"],
    "nl-be": ["ondernemingsnummer 0207.500.123", "KBO 0316.380.940", "BTW BE 0207.437.468", "ondernemingsnr. 0367.302.178",
              "BE0248.015.142", "KBO-nr 0212.183.618"],
    "fr-be": ["n° d'entreprise 0308.357.159", "BCE 0216.755.014", "TVA BE 0216.758.972", "numéro BCE 0207.446.476",
              "BE 0201.400.838", "SIREN 552 100 554"],
    "en-gb": ["Company No. 04567521", "registered in England no. 02366777", "VAT Reg No GB 123 4567 89",
              "Company number SC123456", "VAT GB 987654321", "Registered company 08804411"],
    "en-us": ["EIN 12-3456789", "Tax ID 94-1081436", "EIN: 53-0196605", "Federal EIN 36-4724966",
              "EIN 87-0654321", "TIN 52-1693407"],
}
HASHTAGS = {
    "nl": ["#DigiD", "#toeslagen", "#belastingaangifte", "#parkeervergunning", "#afval", "#paspoort", "#huurtoeslag",
           "#gemeente", "#klantvriendelijk", "#wachttijd"],
    "nl-be": ["#itsme", "#taxonweb", "#eID", "#parkeren", "#afvalophaling", "#sociaalwonen", "#Groeipakket",
              "#loket", "#stadgent", "#MyMinfin"],
    "fr-be": ["#itsme", "#TaxOnWeb", "#carteidentité", "#stationnement", "#collecte", "#logementsocial",
              "#allocations", "#commune", "#Wallonie", "#Bruxelles"],
    "en-gb": ["#HMRC", "#CouncilTax", "#UniversalCredit", "#bincollection", "#passport", "#parkingfine", "#GOVUK",
              "#socialhousing", "#fail", "#helpneeded"],
    "en-us": ["#IRS", "#TaxSeason", "#DMV", "#311", "#passport", "#parkingticket", "#SNAP", "#publichousing",
              "#customerservice", "#help"],
}
LOGIN = {
    "nl": ["DigiD", "DigiD-app", "MijnOverheid", "Mijn Belastingdienst", "DigiD", "Mijn Toeslagen"],
    "nl-be": ["itsme", "MyMinfin", "eID-kaartlezer", "Mijn Burgerprofiel", "itsme", "CSAM"],
    "fr-be": ["itsme", "MyMinfin", "lecteur eID", "Mon Dossier", "itsme", "CSAM"],
    "en-gb": ["GOV.UK One Login", "Government Gateway", "HMRC app", "Government Gateway", "GOV.UK One Login",
              "council tax portal"],
    "en-us": ["ID.me", "IRS Online Account", "Login.gov", "ID.me", "MyDMV", "my Social Security"],
}
IDCUE = {
    "nl": ["BSN", "burgerservicenummer", "bsn", "BSN-nummer", "sofinummer", "BSN nr"],
    "nl-be": ["rijksregisternummer", "RRN", "INSZ-nummer", "rijksregisternr", "nationaal nummer", "INSZ"],
    "fr-be": ["numéro de registre national", "NN", "numéro national", "n° NISS", "registre national", "NISS"],
}
SSIDS = ["Bibliotheek-Gast", "Stadhuis_Publiek", "HUIS-5G", "Ziggo8821", "telenet-7F3A2", "VOO-443A", "BTHub6-Q2W9",
         "NETGEAR42", "Linksys-Home", "Proximus-Home-8811", "KPN_Glasvezel", "xfinitywifi-22"]
PLATES = ["GX-482-K", "1-ABC-234", "K-212-ZS", "2-GHT-781", "LR19 XKD", "7KJ-992", "WV-17-PT", "1-XDF-556",
          "HN68 TPA", "ABC 1234"]
MODELS = ["iPhone 13", "Samsung Galaxy A54", "Fritz!Box 7590", "Pixel 7a", "HP LaserJet M15w", "iPad Air (5th gen)",
          "Motorola G84", "Nokia G21", "Canon PIXMA TS5150", "Xiaomi Redmi Note 12", "Galaxy S21 FE", "OnePlus Nord 3"]

# streets / cities (with postcodes) per locale
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Van Goghlaan", "Prinsengracht", "Molenweg", "Julianastraat", "Beukenlaan",
           "Zuiderzeeweg", "Oranjestraat", "Burgemeester de Withstraat", "Lindenhof", "Stationsplein"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Kapelsesteenweg", "Meir", "Groenplaats", "Dorpstraat", "Koning Albertlaan",
              "Brugsesteenweg", "Molenstraat", "Vlaanderenstraat", "Tiensestraat", "Korenmarkt"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Namur", "Rue Haute", "Rue des Écoles",
              "Boulevard d'Avroy", "Rue de l'Église", "Place Saint-Lambert", "Rue Royale", "Avenue des Combattants",
              "Rue Neuve"],
    "en-gb": ["Acacia Avenue", "Mill Lane", "Church Road", "Victoria Street", "Station Road", "Queens Crescent",
              "Park View", "High Street", "Elm Grove", "Oxford Road", "Kingsway", "Beech Close"],
    "en-us": ["Maple Avenue", "Elm Street", "Oak Drive", "Washington Blvd", "Lakeview Terrace", "Sunset Road",
              "Pine Street", "Cedar Lane", "W 48th Street", "Jefferson Ave", "Hillcrest Drive", "Main Street"],
}
CITIES = {
    "nl": [("1017", "Amsterdam"), ("3511", "Utrecht"), ("3012", "Rotterdam"), ("2514", "Den Haag"), ("5611", "Eindhoven"),
           ("9711", "Groningen"), ("6811", "Arnhem"), ("8011", "Zwolle"), ("3451", "Vleuten"), ("2011", "Haarlem")],
    "nl-be": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
              ("1930", "Zaventem"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("2900", "Schoten"), ("9300", "Aalst")],
    "fr-be": [("4000", "Liège"), ("5000", "Namur"), ("1050", "Ixelles"), ("6000", "Charleroi"), ("1030", "Schaerbeek"),
              ("7000", "Mons"), ("1348", "Louvain-la-Neuve"), ("4020", "Liège"), ("1300", "Wavre"), ("6700", "Arlon")],
    "en-gb": [("LS6", "Leeds"), ("M14", "Manchester"), ("BS3", "Bristol"), ("NW1", "London"), ("G12", "Glasgow"),
              ("CF24", "Cardiff"), ("B29", "Birmingham"), ("NE6", "Newcastle"), ("SE15", "London"), ("L17", "Liverpool")],
    "en-us": [("NY", "Brooklyn"), ("IL", "Chicago"), ("TX", "Austin"), ("WA", "Seattle"), ("PA", "Philadelphia"),
              ("CO", "Denver"), ("OH", "Columbus"), ("CA", "Oakland"), ("MA", "Boston"), ("GA", "Atlanta")],
}
ZIPS = {"NY": "112", "IL": "606", "TX": "787", "WA": "981", "PA": "191", "CO": "802", "OH": "432", "CA": "946",
        "MA": "021", "GA": "303"}
EMAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
    "fr-be": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr"],
    "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
    "en-us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com", "outlook.com"],
}


# ---------------------------------------------------------------- locale formats
def phone(r, loc):
    k = r.randint(0, 7)
    if loc == "nl":
        if r.random() < 0.2:
            a, n = r.choice([("020", 7), ("010", 7), ("030", 7), ("0348", 6), ("070", 7)]), None
            area, m = a
            x = rd(r, m)
            return r.choice([f"{area}-{x}", f"{area} {x[:3]} {x[3:]}", f"+31 {area[1:]} {x}", f"({area}) {x}"])
        x = rd(r, 8)
        return [f"06-{x}", f"06 {x[:4]} {x[4:]}", f"06{x}", f"+31 6 {x}", f"+316{x}", f"0031 6 {x[:4]} {x[4:]}",
                f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}", f"+31 (0)6 {x[:4]}{x[4:]}"][k]
    if loc in ("nl-be", "fr-be"):
        if r.random() < 0.2:
            x = rd(r, 7)
            area = r.choice(["02", "03", "09", "04", "081"])
            return r.choice([f"{area} {x[:3]} {x[3:5]} {x[5:]}", f"{area}/{x[:3]}.{x[3:5]}.{x[5:]}", f"+32 {area[1:]} {x}"])
        p = r.choice(["470", "471", "472", "475", "477", "478", "479", "484", "486", "494", "496", "499"])
        x = rd(r, 6)
        return [f"0{p} {x[:2]} {x[2:4]} {x[4:]}", f"0{p}/{x[:2]}.{x[2:4]}.{x[4:]}", f"+32 {p} {x[:2]} {x[2:4]} {x[4:]}",
                f"+32{p}{x}", f"0{p}{x}", f"0032 {p} {x}", f"0{p} {x[:3]} {x[3:]}", f"0{p}-{x[:2]}-{x[2:4]}-{x[4:]}"][k]
    if loc == "en-gb":
        if r.random() < 0.2:
            return r.choice([f"020 7{rd(r, 3)} {rd(r, 4)}", f"0161 {rd(r, 3)} {rd(r, 4)}", f"0113 {rd(r, 3)} {rd(r, 4)}",
                             f"+44 20 7{rd(r, 3)} {rd(r, 4)}"])
        x = "7" + r.choice(["700", "712", "734", "788", "801", "903", "957", "411"]) + rd(r, 6)
        return [f"0{x[:4]} {x[4:]}", f"0{x}", f"+44 {x[:4]} {x[4:]}", f"+44 (0){x[:4]} {x[4:7]} {x[7:]}",
                f"0{x[:4]} {x[4:7]} {x[7:]}", f"+44{x}", f"0044 {x}", f"0{x[:4]}-{x[4:]}"][k]
    a = r.choice(["212", "312", "415", "512", "206", "617", "720", "404", "646", "773"])
    b, c = str(r.randint(201, 989)), rd(r, 4)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}",
            f"+1 ({a}) {b}-{c}", f"{a} {b} {c}"][k]


def email(r, loc, first, last):
    f = first.lower().replace("é", "e").replace("è", "e").replace("ï", "i").replace("ç", "c").replace("ê", "e").replace("ô", "o").replace("è", "e")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e")
    d = r.choice(EMAIL_DOMAINS[loc])
    loc_part = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}{r.randint(70, 99)}", f"{l}.{f}{rd(r, 2)}",
                         f"{f}_{l}", f"{f[0]}{l}{r.randint(1, 9)}"])
    e = f"{loc_part}@{d}"
    return e if r.random() > 0.07 else e.upper() if r.random() < 0.3 else e.capitalize()


def address(r, loc, streets, cities):
    st = r.choice(streets)
    pc, city = r.choice(cities)
    n = r.randint(1, 240)
    k = r.randint(0, 4)
    if loc == "nl":
        suf = r.choice(["", "", "", "a", "-II", " B", "-3", "hs"])
        p = f"{pc} {rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        p = p if r.random() < 0.7 else p.replace(" ", "")
        return [f"{st} {n}{suf}", f"{st} {n}{suf}, {p} {city}", f"{st} {n}{suf} {p} {city}",
                f"{st} {n}{suf}, {city}", f"{st} {n}{suf}\u00a0{p} {city.upper()}"][k].replace("\u00a0", ", ")
    if loc == "nl-be":
        bus = r.choice(["", "", f" bus {r.randint(1, 30)}", f"/{r.randint(1, 9)}", f" bus 0{r.randint(1, 9)}"])
        return [f"{st} {n}{bus}", f"{st} {n}{bus}, {pc} {city}", f"{st} {n}{bus} {pc} {city}",
                f"{st} {n}{bus}, {pc} {city.upper()}", f"{st} nr {n}{bus}, {pc} {city}"][k]
    if loc == "fr-be":
        bte = r.choice(["", "", f" bte {r.randint(1, 30)}", f"/{r.randint(1, 9)}", f" boîte {r.randint(1, 12)}"])
        return [f"{st} {n}{bte}", f"{st} {n}{bte}, {pc} {city}", f"{st}, {n}{bte} - {pc} {city}",
                f"{n}, {st}, {pc} {city}", f"{st} {n}{bte} {pc} {city.upper()}"][k]
    if loc == "en-gb":
        post = f"{pc} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        flat = r.choice(["", "", f"Flat {r.randint(1, 24)}, ", f"{r.randint(1, 9)}{r.choice('ABC')} "])
        return [f"{flat}{n} {st}", f"{flat}{n} {st}, {city} {post}", f"{flat}{n} {st}, {city}, {post}",
                f"{n} {st} {city} {post.lower()}", f"{flat}{n} {st}, {post}"][k]
    zp = ZIPS[pc] + rd(r, 2)
    apt = r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(2, 900)}", f", Unit {r.randint(1, 30)}"])
    return [f"{n} {st}{apt}", f"{n} {st}{apt}, {city}, {pc} {zp}", f"{n} {st}{apt} {city} {pc} {zp}",
            f"{n} {st}{apt}, {city} {pc}", f"{n} {st}{apt}, {city}, {pc}"][k]


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def lang3(loc):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[loc]


def dob(r, loc):
    y, m, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
    L = lang3(loc)
    mn = MONTHS[L][m - 1]
    if loc == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{m}-{d}-{y % 100:02d}"])
    if loc == "en-gb":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}{['st','nd','rd'][d%10-1] if d%10 in (1,2,3) and d not in (11,12,13) else 'th'} {mn} {y}", f"{y}-{m:02d}-{d:02d}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}",
                     f"{d}-{m}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"])


def custno(r, loc):
    k = r.randint(0, 6)
    return [rd(r, 7), rd(r, 8), rd(r, 10), f"{rd(r, 3)}-{rd(r, 3)}-{rd(r, 3)}", f"{r.choice('ACKRV')}{rd(r, 7)}",
            f"{rd(r, 4)} {rd(r, 4)} {rd(r, 2)}", f"{r.choice(['KL', 'CN', 'HR', 'LP', 'AC'])}-{rd(r, 6)}"][k]


def ean(r):
    return "871" + rd(r, 15) if r.random() < 0.6 else "5414" + rd(r, 14)


def utr(r):
    x = rd(r, 10)
    return r.choice([x, f"{x[:5]} {x[5:]}"])


# ---------------------------------------------------------------- negatives
def neg_date(r, loc):
    L = lang3(loc)
    m, d, y = r.randint(1, 12), r.randint(1, 28), r.choice([2024, 2025, 2025, 2026])
    mn = MONTHS[L][m - 1]
    if loc == "en-us":
        return r.choice([f"{m}/{d}/{y}", f"{mn} {d}", f"{mn[:3]} {d}", f"{m}/{d}"])
    if L == "en":
        return r.choice([f"{d}/{m:02d}/{y}", f"{d} {mn}", f"{d}th {mn}" if 4 <= d <= 20 else f"{d} {mn}", f"{d} {mn[:3]} {y}"])
    return r.choice([f"{d}-{m}-{y}", f"{d} {mn}", f"{d:02d}/{m:02d}", f"{d}/{m}/{y}", f"{d} {mn} {y}"])


def neg_time(r, loc):
    h, mi = r.randint(7, 21), r.choice([0, 15, 30, 45, 5, 50])
    if loc == "en-us":
        return r.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if loc == "en-gb":
        return r.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}"])
    if loc == "fr-be":
        return r.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    if loc == "nl-be":
        return r.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}", f"{h}u"])
    return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])


def neg_amount(r, loc):
    e, c = r.randint(5, 2400), r.randint(0, 99)
    if loc == "en-gb":
        return r.choice([f"£{e}.{c:02d}", f"£{e}", f"£ {e:,}.00", f"{e} quid"])
    if loc == "en-us":
        return r.choice([f"${e:,}.{c:02d}", f"${e}", f"{e} dollars", f"USD {e}"])
    return r.choice([f"€ {e},{c:02d}", f"€{e}", f"{e},{c:02d} euro", f"EUR {e}", f"{e} EUR", f"€ {e:,}".replace(",", ".") + ",-"])


def neg_ticket(r, loc):
    return r.choice([f"Z-{r.randint(2024, 2026)}-{rd(r, 6)}", f"CAS-{rd(r, 5)}-{rs(r, 'BCDFGHKLMNPQRSTVWXZ', 1)}{rd(r, 1)}{rs(r, 'BCDFGHKLMNPQRSTVWXZ', 2)}",
                     f"#{rd(r, 7)}", f"{r.randint(2024, 2026)}/{rd(r, 5)}", f"SR{rd(r, 8)}", f"INC{rd(r, 7)}",
                     f"PCN {rs(r, string.ascii_uppercase, 2)}{rd(r, 8)}" if loc.startswith("en") else f"D{rd(r, 9)}"])


def neg_invoice(r):
    return r.choice([f"F{r.randint(2024, 2026)}-{rd(r, 5)}", f"INV-{rd(r, 6)}", f"{r.randint(2024, 2026)}{rd(r, 6)}",
                     f"AJ-{rd(r, 4)}/{rd(r, 2)}"])


def neg_order(r):
    return r.choice([f"ORD-{rd(r, 7)}", f"#{rd(r, 6)}", f"BST{rd(r, 8)}", f"{rd(r, 3)}-{rd(r, 7)}-{rd(r, 7)}"])


def neg_tracking(r):
    return r.choice([f"3S{rs(r, string.ascii_uppercase, 4)}{rd(r, 9)}", f"1Z{rs(r, string.ascii_uppercase + string.digits, 16)}",
                     f"JJD{rd(r, 16)}", f"CD{rd(r, 9)}BE", f"RR{rd(r, 9)}GB", f"9400 1{rd(r, 3)} {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 2)}"])


def neg_reqid(r):
    h = lambda n: rs(r, HEX, n)
    return r.choice([f"{h(8)}-{h(4)}-4{h(3)}-a{h(3)}-{h(12)}", f"req_{rs(r, string.ascii_letters + string.digits, 16)}",
                     f"{h(16)}", f"RID-{rd(r, 10)}"])


def neg_error(r):
    return r.choice([f"DGD-{rd(r, 4)}", "0x80070005", f"E{rd(r, 3)}", f"HTTP {r.choice([401, 403, 500, 502, 503])}",
                     f"ERR_{r.choice(['SSL_PROTOCOL', 'CONNECTION_RESET', 'TIMED_OUT'])}", f"code {rd(r, 3)}-{rd(r, 2)}",
                     f"F{rd(r, 4)}", f"AUTH-{rd(r, 3)}"])


def neg_version(r):
    a, b, c = r.randint(1, 17), r.randint(0, 30), r.randint(0, 9)
    return r.choice([f"{a}.{b}.{c}", f"v{a}.{b}", f"iOS {a}.{b}.{c}", f"Android {r.randint(10, 14)}", f"{a}.{b}.{c} (build {rd(r, 4)})",
                     f"Chrome {r.randint(110, 124)}.0.{rd(r, 4)}.{rd(r, 2)}"])


def neg_product(r, loc):
    if loc == "en-gb":
        return r.choice(["SA100", "P60", "P45", "SA302", "CH2", "HMPO-1", "V5C", "PCN"]).replace("PCN", "TE9")
    if loc == "en-us":
        return r.choice(["Form 1040", "W-2", "1099-NEC", "Form 15227", "DS-82", "DS-11", "W-4", "Form 8962"])
    if loc == "fr-be":
        return r.choice(["formulaire 274", "annexe 281.10", "modèle 8", "formulaire C4", "ED-74"])
    if loc == "nl-be":
        return r.choice(["formulier C4", "aangifteformulier 281.10", "model 8", "bijlage 276", "formulier 12"])
    return r.choice(["M-biljet", "formulier IB 60", "aangifte IB 2024", "IB60-formulier", "formulier W-12", "model OVN"])


def neg_checksum(r):
    return r.choice([rs(r, HEX, 64), rs(r, HEX, 32), rs(r, HEX, 40)])


def neg_masked(r, loc):
    return r.choice([f"****{rd(r, 4)}", f"**** **** **** {rd(r, 4)}", f"NL** **** **** {rd(r, 4)} {rd(r, 2)}",
                     f"BE** **** **** {rd(r, 2)}{rd(r, 2)}", f"06-****{rd(r, 4)}", f"xxxx xxxx xxxx {rd(r, 4)}",
                     f"j***@{r.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"XXX-XX-{rd(r, 4)}",
                     f"***-***-{rd(r, 3)}", f"•••• {rd(r, 4)}", f"*******{rd(r, 2)}"])
