"""Filler pools. Every list is dealt alternately: even index -> dev (half 0), odd -> heldout (half 1)."""

LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]

FIRST = {
    "nl": ["Sanne", "Daan", "Fatima", "Joost", "Ilse", "Mehmet", "Anouk", "Ruud", "Priscilla", "Bas", "Wilma", "Kees", "Naima", "Stefan", "Yvonne", "Thijs"],
    "nl-be": ["Jens", "Lien", "Wout", "Griet", "Bram", "Fien", "Kobe", "Marleen", "Jelle", "Nele", "Sami", "Hilde", "Dries", "Ann"],
    "fr-be": ["Julien", "Aurélie", "Mehdi", "Nathalie", "Cédric", "Sophie", "Grégory", "Laetitia", "Yassine", "Véronique", "Thibault", "Manon", "Kevin", "Isabelle"],
    "en-gb": ["Gemma", "Callum", "Siobhan", "Darren", "Aisha", "Rhys", "Kirsty", "Liam", "Bethany", "Craig", "Priya", "Niall", "Leanne", "Gareth"],
    "en-us": ["Tyler", "Brianna", "Marcus", "Jasmine", "Cody", "Destiny", "Hector", "Kayla", "Trevor", "LaToya", "Dustin", "Megan", "Andre", "Shannon"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "el Amrani", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Yilmaz", "Kramer", "Bos", "Hendriks"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Mertens", "Willems", "Goossens", "Van den Broeck", "Aerts", "Verhoeven"],
    "fr-be": ["Dubois", "Lambert", "Martin", "Dupont", "Leroy", "Lejeune", "Renard", "Collignon", "Benali", "Simon", "Laurent", "Dumont"],
    "en-gb": ["Evans", "Thompson", "O'Neill", "Patel", "Hughes", "McLean", "Roberts", "Walsh", "Khan", "Davies", "Fletcher", "Bennett"],
    "en-us": ["Johnson", "Rodriguez", "Miller", "Washington", "Nguyen", "Kowalski", "Brooks", "Ramirez", "Sullivan", "Carter", "Hayes", "Diaz"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinses Beatrixlaan", "Van Goghstraat", "Stationsweg", "Julianastraat", "Eikenlaan",
           "Oranjesingel", "Hoofdstraat", "Kastanjelaan", "Lange Nieuwstraat", "Burgemeester de Withstraat", "Tuinstraat"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Bredabaan", "Kapelsesteenweg", "Nieuwstraat", "Molenstraat", "Grote Markt", "Lindenlaan",
              "Boomsesteenweg", "Brugse Poort", "Kouter", "Dorpstraat"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Rue des Écoles", "Boulevard d'Avroy",
              "Place Saint-Lambert", "Rue du Moulin", "Avenue des Tilleuls", "Rue de Namur", "Chaussée de Louvain", "Rue Neuve"],
    "en-gb": ["Elm Road", "Victoria Street", "Church Lane", "Mill Close", "Station Road", "Queens Drive", "Park Avenue", "Hillside Crescent",
              "Granby Terrace", "Oakfield Way", "High Street", "Cromwell Gardens"],
    "en-us": ["Maple Ave", "Oak Street", "W 34th St", "Sunset Blvd", "Pine Ridge Rd", "Lincoln Way", "Elm Dr", "Magnolia Ct",
              "N Main St", "Cedar Lane", "Washington Ave", "Lakeview Terrace"],
}
CITIES = {
    "nl": ["Utrecht", "Zwolle", "Rotterdam", "Tilburg", "Groningen", "Almere", "Eindhoven", "Leeuwarden", "Den Haag", "Nijmegen", "Breda", "Amersfoort"],
    "nl-be": ["Antwerpen", "Gent", "Hasselt", "Leuven", "Mechelen", "Brugge", "Aalst", "Genk", "Kortrijk", "Turnhout"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Bruxelles", "Verviers", "La Louvière", "Arlon"],
    "en-gb": ["Leeds", "Manchester", "Birmingham", "Cardiff", "Glasgow", "Bristol", "Newcastle", "Sheffield", "Norwich", "Leicester"],
    "en-us": ["Springfield", "Columbus", "Austin", "Tacoma", "Atlanta", "Denver", "Fresno", "Tampa", "Pittsburgh", "Albany"],
}
# Fictional organisations: collection agencies, lenders, BNPL, utilities, telecom, bailiffs.
BRANDS = {
    "nl": ["Incasso Noord", "Vesting Incassodiensten", "Krediet Direct", "BetaalLater+", "Volta Energie", "TeleWest Mobiel", "Gerechtsdeurwaarders Brink & Kolk",
           "Flexlening.nl", "GroenStroom Nederland", "Regelrecht Incasso", "Achteraf.nu", "Duinland Telecom"],
    "nl-be": ["Incasso Vlaanderen", "Gerechtsdeurwaarderskantoor Verbeke", "Kredietbox", "Stroomlijn Energie", "Scheldenet Mobiel", "BetaalStraks",
              "Schuldbemiddeling Kempen", "Lenig Krediet", "Ardeanet", "IncaZo"],
    "fr-be": ["Recouvrement Lemaire", "Étude d'huissiers Dachelet & Gobert", "CrédiFacile", "Énergie Wallonne", "MosaNet Mobile", "PayePlusTard",
              "Cabinet Collecto", "Prêt Express", "Luminéa", "Telesambre"],
    "en-gb": ["Northgate Collections", "Fairway Credit", "BrightBill Energy", "PayLater Pro", "Mercia Mobile", "Castle Enforcement Agents",
              "Quickloan UK", "Thames Recoveries", "Pennine Power", "Sorted Finance"],
    "en-us": ["Summit Recovery Services", "Keystone Credit", "PayIn4", "Lakeshore Electric", "Frontier Wireless", "Apex Portfolio Group",
              "CashBridge Loans", "Midwest Collections Bureau", "Pinecrest Gas & Power", "SplitPay"],
}
MENTIONS = {
    "nl": ["@IncassoNoord", "@KredietDirect", "@BetaalLaterNL", "@VoltaEnergie", "@TeleWestHelpt", "@Flexlening", "@GroenStroomNL", "@RegelrechtInc",
           "@Achteraf_nu", "@DuinlandHelp", "@consumentenbond_", "@ACMnl"],
    "nl-be": ["@IncassoVL", "@Kredietbox_be", "@StroomlijnBE", "@ScheldenetHelp", "@BetaalStraks", "@LenigKrediet", "@ArdeanetCare", "@Testaankoop_"],
    "fr-be": ["@RecouvLemaire", "@CrediFacile", "@EnergieWallonne", "@MosaNet_aide", "@PayePlusTard", "@PretExpressBE", "@Luminea_be", "@TestAchats_"],
    "en-gb": ["@NorthgateHelp", "@FairwayCredit", "@BrightBillCare", "@PayLaterPro", "@MerciaMobile", "@QuickloanUK", "@PenninePower", "@ThamesRecov"],
    "en-us": ["@SummitRecovery", "@KeystoneCredit", "@PayIn4Help", "@LakeshoreElec", "@FrontierWless", "@CashBridge", "@SplitPaySupport", "@MidwestCB"],
}
HASHTAGS = {
    "nl": ["#incasso", "#schulden", "#deurwaarder", "#klantonvriendelijk", "#betalingsregeling", "#bkr", "#energierekening", "#achterafbetalen", "#oplichting", "#schuldhulp"],
    "nl-be": ["#incasso", "#gerechtsdeurwaarder", "#schulden", "#energiefactuur", "#afbetalingsplan", "#klantendienst", "#schandalig", "#geenantwoord"],
    "fr-be": ["#recouvrement", "#huissier", "#dettes", "#factureenergie", "#plandepaiement", "#serviceclient", "#scandale", "#arnaque"],
    "en-gb": ["#debtcollection", "#bailiffs", "#CCJ", "#customerservice", "#energybills", "#BNPL", "#costofliving", "#fuming"],
    "en-us": ["#debtcollector", "#FDCPA", "#creditreport", "#customerservice", "#BNPL", "#utilitybill", "#scam", "#fail"],
}
URLS = {
    "nl": ["https://mijn.incassonoord.nl/regeling", "www.betaallaterplus.nl/klantenservice", "https://voltaenergie.nl/betalen", "https://flexlening.nl/inloggen",
           "mijn.regelrechtincasso.nl", "https://www.achteraf.nu/hulp/betalingsregeling", "https://duinland.nl/mijnduinland", "https://www.geldfit.nl"],
    "nl-be": ["https://www.incassovlaanderen.be/betalen", "kredietbox.be/mijndossier", "https://stroomlijn.be/klantenzone", "https://scheldenet.be/help",
              "https://betaalstraks.be/app", "www.lenigkrediet.be/contact"],
    "fr-be": ["https://www.recouvrement-lemaire.be/payer", "https://credifacile.be/espace-client", "energiewallonne.be/facture", "https://mosanet.be/aide",
              "https://payeplustard.be/app", "www.pretexpress.be/contact"],
    "en-gb": ["https://northgatecollections.co.uk/pay", "www.fairwaycredit.co.uk/help", "https://brightbill.co.uk/account", "https://paylaterpro.com/support",
              "https://www.stepchange.org", "mercia-mobile.co.uk/billing"],
    "en-us": ["https://pay.summitrecovery.com", "www.keystonecredit.com/disputes", "https://payin4.com/help", "https://lakeshoreelectric.com/assistance",
              "https://www.consumerfinance.gov/complaint", "frontierwireless.com/billpay"],
}
MODELS = ["SM-A546B", "iPhone 13", "Pixel 7a", "SM-G991B", "Moto G54", "Redmi Note 12", "FRITZ!Box 7590", "Galaxy A34", "H369A", "TP-Link Archer C6",
          "Nokia G22", "iPhone SE", "Fairphone 5", "ZTE MF286D"]
SSIDS = ["Ziggo7263A", "telenet-4A1B2", "VOO-889211", "BTHub6-9XQ2", "NETGEAR42", "Familie_Jansen", "KPN_WiFi_55C1", "PROXIMUS-7F3", "xfinitywifi_home", "SKYD8A1F"]
AGENT_INITIALS = ["^MK", "^JV", "^SD", "/AB", "^LT", "-RK", "^EV", "~NB", "^PD", "/CL"]


def deal(lst, half):
    out = lst[half::2]
    assert out, "pool too small"
    return out


def pools_for(half):
    d = {}
    for k, v in (("first", FIRST), ("last", LAST), ("streets", STREETS), ("cities", CITIES), ("brands", BRANDS),
                 ("mentions", MENTIONS), ("hashtags", HASHTAGS), ("urls", URLS)):
        d[k] = {lang: deal(v[lang], half) for lang in LANGS}
    d["models"] = deal(MODELS, half)
    d["ssids"] = deal(SSIDS, half)
    d["initials"] = deal(AGENT_INITIALS, half)
    return d
