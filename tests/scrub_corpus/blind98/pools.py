"""Filler pools. Every list is dealt alternately between dev (even) and heldout (odd)."""

FIRST = {
    "nl": ["Sanne", "Joris", "Fleur", "Bram", "Lotte", "Daan", "Ilse", "Thijs", "Marloes", "Ruud", "Esther", "Koen", "Anouk", "Wouter", "Mirjam", "Sven", "Ayşe", "Mohamed", "Gert-Jan", "Noor", "Hanneke", "Pieter"],
    "nl-be": ["Jens", "Lien", "Wout", "Elke", "Pieter-Jan", "Griet", "Stijn", "Ann", "Bart", "Ilse", "Koenraad", "Sofie", "Jelle", "Katrien", "Dries", "Hilde", "Yannick", "Nele"],
    "fr-be": ["Julien", "Amélie", "Olivier", "Sophie", "Maxime", "Nathalie", "Benoît", "Céline", "Thierry", "Aurélie", "Grégory", "Isabelle", "Kevin", "Mélanie", "Youssef", "Manon", "Arnaud", "Laetitia"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie", "Jack", "Emily", "Callum", "Niamh", "Rhys", "Gemma", "Priya", "Ewan", "Siobhan", "Dominic", "Hannah", "Alfie"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Megan", "Jordan", "Kayla", "Marcus", "Brittany", "Dustin", "Lauren", "Carlos", "Jasmine", "Hunter", "Kristen", "Darnell", "Molly", "Trevor", "Alexis"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Yilmaz", "van Dijk", "Kok"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van Damme", "De Clercq", "Verstraete", "Coppens", "Lambrechts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lefèbvre", "Leroy", "Renard", "Collignon", "Gilson", "Dumont", "Noël", "Hennebert", "Lejeune", "Delvaux"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Patel", "O'Connor", "Hughes", "MacLeod"],
    "en-us": ["Johnson", "Miller", "Garcia", "Rodriguez", "Anderson", "Thompson", "Martinez", "Robinson", "Clark", "Lewis", "Hernandez", "Walker", "Young", "Allen", "King", "Nguyen"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Van Goghstraat", "Prinsengracht", "Beukenlaan", "Stationsweg", "Oranjestraat", "Nieuwe Binnenweg", "Schoolstraat", "Amstelveenseweg", "Lindenlaan", "Hoofdstraat", "Burgemeester de Withstraat", "Tulpstraat", "Zeestraat", "Parallelweg"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Kortrijksesteenweg", "Meir", "Nieuwstraat", "Brusselsesteenweg", "Molenstraat", "Grote Markt", "Bredabaan", "Leuvensebaan", "Koning Albertlaan", "Sint-Pietersnieuwstraat", "Turnhoutsebaan"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Rue de l'Église", "Boulevard d'Avroy", "Rue des Champs", "Place Saint-Lambert", "Rue du Moulin", "Avenue de Tervueren", "Rue Grande", "Chaussée de Charleroi", "Rue Saint-Gilles", "Rue des Wallons"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road", "Queensway", "Acacia Avenue", "Manor Close", "Elm Grove", "Albert Street", "Orchard Way", "Hillside Crescent"],
    "en-us": ["Maple St", "Oak Avenue", "Main Street", "Elm St", "Washington Blvd", "Cedar Lane", "Lakeview Dr", "Pine Street", "Sunset Blvd", "Park Ave", "Highland Rd", "Willow Way", "Jefferson St", "Spring Creek Dr"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97"), ("Zwolle", "80"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Tilburg", "50"), ("Almere", "13"), ("Leiden", "23"), ("Breda", "48"), ("Apeldoorn", "73"), ("Amersfoort", "38"), ("Delft", "26")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Roeselare", "8800"), ("Berchem", "2600"), ("Lier", "2500")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Bruxelles", "1000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800"), ("Schaerbeek", "1030"), ("Louvain-la-Neuve", "1348")],
    "en-gb": [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Norwich", "NR"), ("Sheffield", "S"), ("Brighton", "BN"), ("Nottingham", "NG"), ("Leicester", "LE"), ("York", "YO"), ("Edinburgh", "EH")],
    "en-us": [("Portland, OR", "972"), ("Austin, TX", "787"), ("Columbus, OH", "432"), ("Denver, CO", "802"), ("Raleigh, NC", "276"), ("Tampa, FL", "336"), ("Madison, WI", "537"), ("Phoenix, AZ", "850"), ("Boise, ID", "837"), ("Albany, NY", "122"), ("Sacramento, CA", "958"), ("Nashville, TN", "372")],
}
AGENTS = {
    "nl": ["Marieke", "Stefan", "Yvonne", "Jeroen", "Kim", "Robin", "Fatima", "Erik", "Linda", "Tom"],
    "nl-be": ["Sarah", "Tom", "Liesbeth", "Kristof", "Evelien", "Niels", "Hanne", "Glenn"],
    "fr-be": ["Camille", "Nicolas", "Sarah", "Jérôme", "Pauline", "Damien", "Élodie", "Quentin"],
    "en-gb": ["Becky", "Liam", "Chloe", "Jamie", "Sadia", "Connor", "Lucy", "Owen"],
    "en-us": ["Jess", "Mike", "Taylor", "Chris", "Dana", "Andre", "Brooke", "Sam"],
}
ORGS = {
    ("nl", "gov"): ["Belastingdienst", "Dienst Toeslagen", "gemeente Utrecht", "UWV", "DUO", "SVB", "gemeente Rotterdam", "CAK", "gemeente Zwolle", "RDW"],
    ("nl-be", "gov"): ["MyMinfin", "Stad Gent", "FOD Financiën", "VDAB", "Groeipakket", "Stad Antwerpen", "Kind en Gezin", "de RVA", "mutualiteit"],
    ("fr-be", "gov"): ["MyMinfin", "SPF Finances", "la commune", "Famiwal", "le Forem", "la Ville de Liège", "la mutuelle", "l'ONEM", "Actiris"],
    ("en-gb", "gov"): ["HMRC", "DWP", "the council", "DVLA", "Universal Credit", "Student Finance England", "Child Benefit Office", "Leeds City Council", "the Pension Service"],
    ("en-us", "gov"): ["the IRS", "SSA", "the DMV", "Login.gov", "unemployment office", "Medicaid", "the county clerk", "SNAP office", "state tax department"],
    ("nl", "shop"): ["bol", "Marktplaats", "Zalando", "Coolblue", "Wehkamp", "Vinted", "Amazon.nl", "Bax-shop", "Otto", "MediaMarkt"],
    ("nl-be", "shop"): ["bol", "2dehands", "Zalando", "Coolblue", "Vinted", "Krëfel", "Amazon.com.be", "Fnac Vanden Borre"],
    ("fr-be", "shop"): ["2ememain", "Vinted", "Zalando", "Amazon.fr", "Fnac", "Cdiscount", "bol", "Krëfel"],
    ("en-gb", "shop"): ["Amazon", "eBay", "Etsy", "ASOS", "Argos", "Depop", "Currys", "Not On The High Street"],
    ("en-us", "shop"): ["Amazon", "eBay", "Etsy", "Walmart Marketplace", "Shopify", "Poshmark", "Target", "Best Buy"],
    ("nl", "bank"): ["ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank", "bunq", "Knab", "Triodos", "Obvion", "Florius"],
    ("nl-be", "bank"): ["KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "ING België", "Crelan", "AXA Bank", "Keytrade"],
    ("fr-be", "bank"): ["BNP Paribas Fortis", "Belfius", "ING Belgique", "CBC", "Crelan", "Beobank", "Argenta", "bpost banque"],
    ("en-gb", "bank"): ["Barclays", "NatWest", "Lloyds", "HSBC", "Santander", "Nationwide", "Monzo", "Halifax"],
    ("en-us", "bank"): ["Chase", "Wells Fargo", "Bank of America", "Capital One", "Citi", "US Bank", "Ally", "Navy Federal"],
    ("nl", "move"): ["Shurgard", "Verhuisbedrijf Van Dam", "City Box", "Bubbles Verhuizingen", "Mentrum Verhuizers", "Opslag XL", "De Gruijter Verhuizingen", "Self Storage Utrecht"],
    ("nl-be", "move"): ["Shurgard", "Verhuizingen Peeters", "Boxit", "Yellow Box", "De Wachter Verhuizingen", "Opslagbox Gent"],
    ("fr-be", "move"): ["Shurgard", "Déménagements Lambert", "Boxit", "Homebox", "Déménagements Dupont", "Ardennes Stockage"],
    ("en-gb", "move"): ["Big Yellow", "Safestore", "Access Self Storage", "Pickfords", "Britannia Movers", "Lok'nStore"],
    ("en-us", "move"): ["Public Storage", "U-Haul", "CubeSmart", "Extra Space Storage", "Two Men and a Truck", "PODS", "Life Storage"],
}
MENTIONS = {
    ("nl", "gov"): ["@Belastingdienst", "@DUO_info", "@UWV", "@gemeenteutrecht", "@Toeslagen", "@SVBnl", "@DigiD_nl", "@gemeenterdam"],
    ("nl-be", "gov"): ["@FODFinancien", "@StadGent", "@VDAB", "@stad_antwerpen", "@itsme_be", "@Groeipakket"],
    ("fr-be", "gov"): ["@SPFFinances", "@itsme_be", "@leforem", "@VilledeLiege", "@Famiwal", "@actiris"],
    ("en-gb", "gov"): ["@HMRCcustomers", "@DWP", "@DVLAgovuk", "@gdsteam", "@SLCcustomers", "@LeedsCC_Help"],
    ("en-us", "gov"): ["@IRSnews", "@SocialSecurity", "@LoginDotGov", "@NYDMV", "@CA_EDD", "@USPS"],
    ("nl", "shop"): ["@bol", "@Marktplaats", "@Zalando_NL", "@Coolblue", "@wehkamp", "@Vinted_NL", "@PostNL"],
    ("nl-be", "shop"): ["@bol", "@2dehands", "@Coolblue_BE", "@bpost", "@VintedBE", "@Krefel"],
    ("fr-be", "shop"): ["@2ememain", "@bpost", "@Zalando_BE", "@VintedFR", "@AmazonFR", "@Fnac_BE"],
    ("en-gb", "shop"): ["@AmazonHelp", "@eBay_UK", "@Etsy", "@ASOS_HeretoHelp", "@Argos_Online", "@RoyalMail", "@Evri"],
    ("en-us", "shop"): ["@AmazonHelp", "@eBay", "@Etsy", "@WalmartHelp", "@ShopifySupport", "@UPSHelp", "@FedExHelp"],
    ("nl", "bank"): ["@ING_Helpt", "@Rabobank", "@ABNAMRO", "@bunq", "@SNSbank", "@ASNBank"],
    ("nl-be", "bank"): ["@KBC_Group", "@Belfius", "@BNPParibasFortis", "@Argenta", "@ING_Belgie", "@Crelan"],
    ("fr-be", "bank"): ["@BNPParibasFortis", "@Belfius", "@INGBelgique", "@CBC_Banque", "@Beobank", "@Crelan"],
    ("en-gb", "bank"): ["@BarclaysUKHelp", "@NatWest_Help", "@AskLloydsBank", "@HSBC_UK", "@santanderukhelp", "@monzo"],
    ("en-us", "bank"): ["@ChaseSupport", "@WellsFargo", "@BofA_Help", "@AskCapitalOne", "@AskCiti", "@AllyCare"],
    ("nl", "move"): ["@Shurgard_NL", "@CityBox_NL", "@verhuisnl", "@OpslagXL", "@vandamverhuis"],
    ("nl-be", "move"): ["@ShurgardBE", "@Boxit_be", "@YellowBoxBE", "@peetersverhuis"],
    ("fr-be", "move"): ["@ShurgardBE", "@Homebox_BE", "@Boxit_be", "@demenagementsL"],
    ("en-gb", "move"): ["@bigyellow", "@Safestore", "@Pickfords", "@AccessStorage", "@britanniamove"],
    ("en-us", "move"): ["@PublicStorage", "@UHaul_Cares", "@CubeSmart", "@ExtraSpace", "@PODS"],
}
HASHTAGS = {
    "nl": ["#DigiD", "#storing", "#klantenservice", "#fail", "#belastingaangifte", "#toeslagen", "#verhuizen", "#bankpas", "#hypotheek", "#retour", "#help", "#nietnormaal"],
    "nl-be": ["#itsme", "#taxonweb", "#verhuis", "#bankkaart", "#klantendienst", "#boos", "#panne", "#groeipakket", "#help"],
    "fr-be": ["#itsme", "#MyMinfin", "#déménagement", "#banque", "#serviceclient", "#arnaque", "#panne", "#colère", "#aide"],
    "en-gb": ["#HMRC", "#selfassessment", "#UniversalCredit", "#banking", "#fraud", "#movinghouse", "#customerservice", "#rant", "#help"],
    "en-us": ["#IRS", "#taxseason", "#fraudalert", "#moving", "#customerservice", "#fail", "#banking", "#help", "#ebayseller"],
}
URLS = {
    ("nl", "gov"): ["https://www.belastingdienst.nl/contact", "mijn.toeslagen.nl", "https://www.digid.nl/inloggen", "www.uwv.nl/mijnuwv", "https://mijn.duo.nl", "https://www.utrecht.nl/afspraak", "www.svb.nl/kinderbijslag"],
    ("nl-be", "gov"): ["https://www.myminfin.be", "www.taxonweb.be", "https://www.itsme-id.com/nl-BE", "https://stad.gent/nl/loket", "www.vdab.be/mijnloopbaan", "https://www.groeipakket.be"],
    ("fr-be", "gov"): ["https://www.myminfin.be", "www.taxonweb.be", "https://www.itsme-id.com/fr-BE", "https://www.leforem.be", "www.famiwal.be/contact", "https://www.liege.be/guichet"],
    ("en-gb", "gov"): ["https://www.gov.uk/log-in-register-hmrc-online-services", "www.gov.uk/universal-credit", "https://www.gov.uk/contact-hmrc", "gov.uk/child-benefit", "https://www.gov.uk/change-address-driving-licence", "www.leeds.gov.uk/council-tax"],
    ("en-us", "gov"): ["https://www.irs.gov/payments", "login.gov", "https://www.ssa.gov/myaccount", "www.dmv.ca.gov", "https://sa.www4.irs.gov/irfof", "https://secure.login.gov/account"],
    ("nl", "shop"): ["https://partner.bol.com", "www.marktplaats.nl/mijn", "https://www.zalando.nl/retour", "https://api.bol.com/retailer", "www.coolblue.nl/retourneren", "https://help.vinted.nl"],
    ("nl-be", "shop"): ["https://partner.bol.com", "www.2dehands.be/my-account", "https://www.coolblue.be/nl/retourneren", "https://track.bpost.cloud", "www.vinted.be/help"],
    ("fr-be", "shop"): ["www.2ememain.be/mon-compte", "https://www.vinted.fr/help", "https://track.bpost.cloud", "https://sellercentral.amazon.fr", "www.zalando.be/retour"],
    ("en-gb", "shop"): ["https://sellercentral.amazon.co.uk", "www.ebay.co.uk/sh/ovw", "https://www.etsy.com/your/shops/me/dashboard", "https://www.royalmail.com/track-your-item", "www.asos.com/returns"],
    ("en-us", "shop"): ["https://sellercentral.amazon.com", "https://admin.shopify.com", "www.ebay.com/sh/fin", "https://seller.walmart.com", "https://developer.etsy.com", "www.ups.com/track"],
    ("nl", "bank"): ["https://www.ing.nl/particulier/klantenservice", "www.rabobank.nl/blokkeren", "https://www.abnamro.nl/nl/prive/hypotheken", "https://bunq.com/help", "www.sns.nl/pas-blokkeren", "www.fraudehelpdesk.nl"],
    ("nl-be", "bank"): ["https://www.kbc.be/particulieren", "www.belfius.be/kaart-blokkeren", "https://www.cardstop.be", "www.argenta.be/woonkrediet", "https://www.ing.be/nl"],
    ("fr-be", "bank"): ["https://www.cardstop.be", "www.bnpparibasfortis.be/easybanking", "https://www.belfius.be/fr", "www.ing.be/fr/credit-logement", "https://www.crelan.be/fr"],
    ("en-gb", "bank"): ["https://www.natwest.com/support", "www.barclays.co.uk/help/fraud", "https://www.lloydsbank.com/mortgages", "www.actionfraud.police.uk", "https://monzo.com/help"],
    ("en-us", "bank"): ["https://www.chase.com/digital/customer-service", "www.wellsfargo.com/help", "https://www.bankofamerica.com/security-center", "www.capitalone.com/help", "https://ally.com/help"],
    ("nl", "move"): ["https://www.shurgard.com/nl-nl", "www.citybox.nl/mijn-box", "https://www.verhuizen.nl/offerte", "www.opslagxl.nl/klantportaal"],
    ("nl-be", "move"): ["https://www.shurgard.com/nl-be", "www.boxit.be/nl", "https://www.yellowbox.be/klanten", "www.peeters-verhuizingen.be"],
    ("fr-be", "move"): ["https://www.shurgard.com/fr-be", "www.homebox.be/fr", "https://www.boxit.be/fr", "www.lambert-demenagements.be/devis"],
    ("en-gb", "move"): ["https://www.bigyellow.co.uk/account", "www.safestore.co.uk", "https://www.pickfords.co.uk/quote", "www.accessstorage.com/login"],
    ("en-us", "move"): ["https://www.publicstorage.com/account", "www.uhaul.com/Orders", "https://www.cubesmart.com/pay-bill", "www.extraspace.com/account"],
}
MODELS = ["iPhone 13", "Galaxy A54", "SM-A546B", "Fritz!Box 7590", "Pixel 8", "Moto g84", "HP LaserJet M110we", "Zebra ZD421",
          "Dymo LabelWriter 550", "Yale Linus L2", "Ring Doorbell 4", "Nuki Smart Lock 4.0", "Ubiquiti U6-Lite", "Brother QL-820NWB",
          "Samsung A15", "iPad Air M2", "Huawei P30", "OnePlus 11", "Ziggo SmartWifi modem", "Sagemcom F@st 5359"]
SSIDS = ["Ziggo7731A", "telenet-4F2B1", "VOO-88213", "BTHub6-QX2M", "NETGEAR47", "KPN5G-Box", "Proximus-Home-20D1", "SKY4F1A2", "xfinitywifi-home", "Verhuisbus-Gast", "Fam_deVries", "Bbox-9A31C"]
PW_WORDS = ["Zomer", "Winter", "Lente", "hondje", "Kaasboer", "Fietsbel", "Tulp", "Molen", "Pannenkoek", "Ajax",
            "Brugge", "Frietje", "Chocolat", "Soleil", "Maison", "Liverpool", "Arsenal", "Sunshine", "Buster",
            "Dragon", "Yankees", "Charlie", "Bella", "Snoopy", "Kanarie", "Duinroos", "Papillon", "Wafel", "Oma",
            "Kasteel", "Rocky", "Madrid", "Poesje", "Tigger", "Marjolein", "Kabouter", "Eendje", "Pinda", "Zeeland",
            "Biscuit", "Muffin", "Voetbal", "Gazelle", "Hortensia", "Citroen", "Lucky", "Cookie", "Panda"]
PLATES = ["XK-482-B", "1-ABC-234", "GH-12-LP", "AB12 CDE", "7KTR921", "2-HJK-887", "V-559-ZT", "LK19 XYZ"]


def deal(half):
    """Return the filler pools for one half (even members to dev, odd to heldout)."""
    def d(x):
        return x[half::2]
    out = {}
    for nm, src in [("first", FIRST), ("last", LAST), ("streets", STREETS), ("cities", CITIES), ("agents", AGENTS), ("hashtags", HASHTAGS)]:
        out[nm] = {k: d(v) for k, v in src.items()}
    for nm, src in [("orgs", ORGS), ("mentions", MENTIONS), ("urls", URLS)]:
        out[nm] = {k: d(v) for k, v in src.items()}
    out["models"] = d(MODELS)
    out["ssids"] = d(SSIDS)
    out["pw_words"] = d(PW_WORDS)
    out["plates"] = d(PLATES)
    return out
