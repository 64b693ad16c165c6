"""Fill pools. Every list is dealt alternately to dev (even index) and heldout (odd index)."""

FIRST = ["Sanne", "Bram", "Petra", "Joost", "Ilse", "Ruben", "Marieke", "Koen", "Fatima", "Daan", "Els", "Wouter",
         "Nathalie", "Pieter", "Sofie", "Jeroen", "Lieve", "Mehmet", "Annelies", "Thijs", "Chloé", "Maxime", "Julien",
         "Amélie", "Nicolas", "Aurélie", "Olivier", "Camille", "Laurent", "Manon", "Gareth", "Emma", "Oliver", "Priya",
         "Tom", "Hannah", "Dave", "Rachel", "Mike", "Jess", "Carlos", "Lauren", "Kevin", "Aisha", "Ben", "Megan"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Groot", "Bos", "Vos", "Peeters",
        "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "Wouters", "Dubois", "Lambert", "Dupont",
        "Martin", "Leclercq", "Lemaire", "Renard", "Collard", "Hughes", "Patel", "Walker", "Thompson", "Evans",
        "Khan", "Miller", "Garcia", "Nguyen", "Brooks", "Sullivan", "Reed"]
COMPANY = [("Bakkerij Van Dam", "vandam"), ("Kapsalon Lotte", "lotte"), ("Installatiebedrijf Smit", "smitinstall"),
           ("Fietsenmaker De Spaak", "despaak"), ("Tandartspraktijk Oost", "tpoost"), ("Schildersbedrijf Bos", "bosverf"),
           ("Frituur 't Hoekske", "hoekske"), ("Brasserie De Kaai", "dekaai"), ("Boekhoudkantoor Peeters", "peetersbk"),
           ("Dakwerken Claes", "claesdak"), ("Boulangerie Lemaire", "lemaire"), ("Garage Renard", "garagerenard"),
           ("Cabinet Dubois", "cabdubois"), ("Fleuriste Camille", "fleurcam"), ("Hughes Plumbing", "hughesplumb"),
           ("Patel & Co Accountants", "patelco"), ("Brooks Dental Lab", "brooksdental"), ("Reed Studio", "reedstudio"),
           ("Sullivan Landscaping", "sullivanland"), ("Walker Electrical", "walkerelec"), ("Koffiebar Mokka", "mokka"),
           ("Yoga Studio Lente", "yogalente"), ("Atelier Vos", "ateliervos"), ("Webbureau Pixelpaard", "pixelpaard")]
PWWORDS = ["zomer", "tulp", "molen", "kaasboer", "fiets", "regenboog", "haven", "winter", "croissant", "soleil",
           "printemps", "chocolat", "marmotte", "bakker", "sunshine", "dragon", "harbour", "maple", "biscuit", "tiger",
           "orange", "pepper", "falcon", "koekoek", "paarse", "lavande", "spruitje", "dijkhuis", "frieten", "velo"]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "telenet.be", "skynet.be", "kpnmail.nl", "live.nl",
           "yahoo.fr", "icloud.com", "proton.me", "hotmail.be", "btinternet.com", "yahoo.com", "planet.nl", "scarlet.be"]
HASHTAGS = ["storing", "klantenservice", "ondernemer", "zzp", "panne", "zelfstandige", "fail", "smallbusiness",
            "outage", "customerservice", "helpdesk", "nogsteedsniks", "service", "KMO", "pme", "frustration"]
HANDLES = ["KPNwebcare", "Odido", "ZiggoWebcare", "Proximus", "telenet", "VOOfficiel", "bunq", "ING_news", "KBC_BE",
           "BelfiusBE", "TransIP", "Combell", "Moneybird", "Teamleader", "SumUp", "Mollie", "StripeSupport",
           "BTCare", "EE", "VerizonSupport", "XeroSupport", "QuickBooks", "GoDaddyHelp", "Square"]
URLS = ["https://mijn.kpn.com", "https://www.odido.nl/zakelijk", "https://mijn.ziggo.nl", "https://www.proximus.be/myproximus",
        "https://mijn.telenet.be", "https://www.voo.be/fr/espace-client", "https://dashboard.stripe.com/test/webhooks",
        "https://my.mollie.com/dashboard", "https://www.transip.nl/cp", "https://my.combell.com", "https://moneybird.com/login",
        "https://app.teamleader.eu", "https://me.sumup.com", "https://login.xero.com", "https://www.bt.com/mybt",
        "https://squareup.com/dashboard", "http://192.168.178.1", "http://192.168.1.1", "https://status.hostnet.nl",
        "https://app.quickbooks.intuit.com"]

BRAND_TEL = ["KPN", "Odido", "Ziggo", "Proximus", "Telenet", "Orange Belgium", "BASE", "VOO", "Vodafone", "BT",
             "EE", "Verizon", "T-Mobile", "Simyo", "Scarlet", "Mobile Vikings"]
BRAND_BANK = ["ING", "Rabobank", "ABN AMRO", "bunq", "KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "Barclays",
              "Monzo", "Chase", "Triodos", "Crelan", "Knab", "NatWest", "Starling"]
BRAND_HOST = ["TransIP", "Hostnet", "Combell", "one.com", "Hostinger", "GoDaddy", "Bluehost", "Vimexx", "Strato", "Versio"]
BRAND_SAAS = ["Moneybird", "e-Boekhouden", "Exact Online", "Yuki", "Teamleader", "QuickBooks", "Xero", "FreshBooks",
              "Billit", "Jortt", "Odoo", "Zoho Books"]
BRAND_PAY = ["Mollie", "Adyen", "Stripe", "SumUp", "Square", "PayPal", "Worldline", "CCV", "Payconiq", "Viva Wallet"]
AGENT = ["Sanne", "Mark", "Noor", "Kevin", "Eline", "Jens", "Sarah", "Thomas", "Julie", "Hamza", "Lisa", "Robin",
         "Inès", "Arnaud", "Sophie", "Elodie", "Chris", "Amy", "Josh", "Katie"]
SSID = ["Ziggo7712", "KPN_Kantoor", "telenet-4F2A1", "HomeOffice-QX", "Proximus-Home-8C21", "Bakkerij-Gasten",
        "SalonWiFi", "BTHub6-77RX", "Office_5G", "NETGEAR42", "VOO-92AB1", "Praktijk-Intern"]

MODELS = ["FRITZ!Box 7590", "VMG8825-T50", "Yealink T46U", "Archer AX55", "Sagemcom F@st 5655", "Snom D785",
          "Gigaset N870", "H369A", "Connect Box", "b-box 3V+", "Galaxy A54", "Nokia G22", "Yealink W73P", "SX-G2",
          "FRITZ!Box 7530 AX", "Zyxel EX5601"]
AIRLINES = ["KL", "SN", "HV", "FR", "BA", "U2", "TB", "LH"]

STREETS = {
    "nl": ["Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Hoofdstraat", "Industrieweg", "Prinsengracht",
           "Vondellaan", "Zuiderhaven", "Beukenlaan", "Marktstraat", "Achterweg", "Oranjestraat", "Tolhuisweg"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Grote Markt", "Nieuwstraat", "Kapelsestraat", "Gentsesteenweg",
              "Meir", "Brusselsesteenweg", "Dorp-West", "Veldstraat", "Lange Kievitstraat", "Oudenaardsesteenweg"],
    "fr-be": ["Rue de la Station", "Chaussée de Louvain", "Avenue Louise", "Rue du Marché", "Rue Haute",
              "Boulevard d'Avroy", "Place Saint-Lambert", "Rue des Wallons", "Chaussée de Waterloo", "Rue de Namur",
              "Rue Saint-Gilles", "Avenue de la Toison d'Or"],
    "en-gb": ["High Street", "Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue",
              "Kings Road", "Queen Street", "Market Place", "Green Lane"],
    "en-us": ["Elm St", "Main Street", "W 6th St", "Oak Avenue", "Maple Dr", "Pine Street", "Sunset Blvd",
              "Lake Shore Dr", "Cedar Ln", "Washington Ave"],
}
CITIES = {
    "nl": [("Utrecht", "3511"), ("Amersfoort", "3811"), ("Zwolle", "8011"), ("Haarlem", "2011"), ("Breda", "4811"),
           ("Leiden", "2311"), ("Groningen", "9711"), ("Tilburg", "5038"), ("Delft", "2611"), ("Arnhem", "6811")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"),
              ("Hasselt", "3500"), ("Aalst", "9300"), ("Kortrijk", "8500")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Ixelles", "1050"), ("Mons", "7000"),
              ("Wavre", "1300"), ("Uccle", "1180"), ("Tournai", "7500")],
    "en-gb": [("Leeds", "LS6 2QT"), ("Bristol", "BS1 4DJ"), ("Manchester", "M4 1HN"), ("Norwich", "NR2 1LT"),
              ("Cardiff", "CF10 1EP"), ("York", "YO1 7HU"), ("Brighton", "BN1 1AE"), ("Glasgow", "G2 3BZ")],
    "en-us": [("Austin, TX", "78703"), ("Portland, OR", "97205"), ("Chicago, IL", "60614"), ("Denver, CO", "80202"),
              ("Raleigh, NC", "27601"), ("Boston, MA", "02116"), ("Seattle, WA", "98101"), ("Madison, WI", "53703")],
}


def deal(lst, half):
    return lst[half::2]


def pools_for(half):
    p = {
        "first": deal(FIRST, half), "last": deal(LAST, half),
        "company": [c[0] for c in deal(COMPANY, half)], "companyshort": [c[1] for c in deal(COMPANY, half)],
        "pwwords": deal(PWWORDS, half), "domains": deal(DOMAINS, half), "hashtags": deal(HASHTAGS, half),
        "handles": deal(HANDLES, half), "urls": deal(URLS, half), "brand_tel": deal(BRAND_TEL, half),
        "brand_bank": deal(BRAND_BANK, half), "brand_host": deal(BRAND_HOST, half), "brand_saas": deal(BRAND_SAAS, half),
        "brand_pay": deal(BRAND_PAY, half), "agent": deal(AGENT, half), "ssid": deal(SSID, half), "models": deal(MODELS, half), "airlines": deal(AIRLINES, half),
        "streets": {k: deal(v, half) for k, v in STREETS.items()},
        "cities": {k: deal(v, half) for k, v in CITIES.items()},
    }
    # the same company must not carry both a dev and a heldout short name
    return p
