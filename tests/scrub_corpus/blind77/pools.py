"""Filler pools. Each list is dealt alternately: index % 2 == half."""

POOLS = {
    "nl": {
        "banks": ["ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank", "bunq", "Knab", "Triodos", "RegioBank", "Revolut", "ICS", "Tikkie"],
        "names": ["Jeroen", "Sanne", "Mohamed", "Petra", "Ruud", "Ilse", "Bas", "Yvonne", "Sem", "Fleur", "Henk", "Noor", "Gerrit", "Esra", "Thijs", "Marloes"],
        "lastnames": ["de Vries", "Bakker", "van Dijk", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters"],
        "agents": ["Lisa", "Mark", "Anouk", "Daan", "Priya", "Joost", "Femke", "Rick"],
        "cphones": ["088 722 66 00", "020 228 8800", "0800-0240", "030 216 0000", "088-2028000", "+31 20 228 88 00", "0900 0024", "088 383 8383"],
        "mentions": ["@ingnl", "@Rabobank", "@ABNAMRO", "@bunq", "@SNSBank", "@Fraudehelpdesk", "@Knab_nl", "@politie", "@consumentenbond", "@Revolut_NL"],
        "hashtags": ["#phishing", "#oplichting", "#fraude", "#spoofing", "#bankhelpdesk", "#waarschuwing", "#tikkiefraude", "#geldezel", "#vriendinnood", "#scam"],
        "urls": ["https://ing-beveiliging-nl.com/verify", "rabo-pas-vervangen.info", "https://www.fraudehelpdesk.nl/melden", "bit.ly/3xRabo9", "https://abnamro-klant.support/login", "www.veiligbankieren.nl", "https://tikkie.me/pay/Hx8Kq2", "https://mijn-sns-verificatie.net", "https://www.politie.nl/aangifte", "ing.nl/veilig"],
        "models": ["iPhone 13", "Galaxy A54", "SM-A546B", "Pixel 7a", "Moto G84", "iPhone SE", "Redmi Note 12", "OnePlus Nord 3"],
        "products": ["Betaalrekening Plus", "Creditcard Gold", "Spaarrekening Direct", "Basispakket", "Wereldpas", "Jongerenrekening", "Platinum Card", "Oranje Spaarrekening"],
        "cities": ["Amersfoort", "Zwolle", "Breda", "Leiden", "Tilburg", "Den Bosch", "Apeldoorn", "Delft"],
    },
    "nl-be": {
        "banks": ["KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "ING België", "Crelan", "AXA Bank", "Beobank", "Payconiq", "vdk bank"],
        "names": ["Wim", "Lien", "Jelle", "Griet", "Stijn", "Annelies", "Bart", "Hanne", "Pieter-Jan", "Ellen", "Mathias", "Sofie"],
        "lastnames": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Van den Broeck", "Willems", "Mertens"],
        "agents": ["Tine", "Kobe", "Inge", "Lars", "Nele", "Joris"],
        "cphones": ["078 152 153", "02 222 12 00", "03 283 29 70", "070 344 344", "02 433 40 00", "078 15 15 15", "+32 2 762 20 00", "078 05 05 05"],
        "mentions": ["@KBC_Group", "@Belfius", "@BNPParibasFortis", "@Argenta_BE", "@ING_Belgie", "@Safeonweb", "@CardStop", "@Test_Aankoop"],
        "hashtags": ["#phishing", "#oplichting", "#safeonweb", "#itsme", "#fraude", "#cardstop", "#opgepast", "#hacking"],
        "urls": ["https://safeonweb.be", "kbc-beveiliging.be-login.com", "https://www.cardstop.be", "belfius-update.eu/app", "https://itsme-verify.org", "www.ing.be/veilig", "https://argenta-klant.net/inloggen", "bit.ly/KBCpas"],
        "models": ["Digipass 760", "iPhone 14", "Galaxy S23", "SM-S911B", "Pixel 8", "Oppo A78"],
        "products": ["Zichtrekening", "KBC Mobile", "Belfius Direct Net", "Spaarrekening Plus", "Mastercard Gold", "Bancontact-kaart"],
        "cities": ["Kortrijk", "Lier", "Genk", "Sint-Niklaas", "Roeselare", "Turnhout"],
    },
    "fr-be": {
        "banks": ["BNP Paribas Fortis", "Belfius", "ING Belgique", "CBC", "Crelan", "Beobank", "Argenta", "Keytrade", "Payconiq", "Revolut"],
        "names": ["Julien", "Camille", "Nathalie", "Olivier", "Aurélie", "Mehdi", "Isabelle", "Quentin", "Sarah", "François", "Manon", "Thierry"],
        "lastnames": ["Dubois", "Lambert", "Dupont", "Leroy", "Lejeune", "Renard", "Simon", "Laurent", "Collard", "Mathieu"],
        "agents": ["Sophie", "Antoine", "Laura", "Maxime", "Céline", "Hugo"],
        "cphones": ["02 762 20 00", "078 15 15 15", "081 80 18 18", "02 222 11 11", "070 344 344", "+32 2 228 72 11", "02 464 60 00", "078 05 05 05"],
        "mentions": ["@BNPParibasFortis", "@Belfius", "@ING_Belgique", "@CBC_Banque", "@Safeonweb", "@TestAchats", "@CardStop", "@Keytrade"],
        "hashtags": ["#arnaque", "#phishing", "#fraude", "#hameçonnage", "#escroquerie", "#cardstop", "#vigilance", "#itsme"],
        "urls": ["https://safeonweb.be/fr", "bnp-fortis-securite.com", "https://www.cardstop.be/fr", "belfius-mise-a-jour.net", "cbc-banque-verif.eu/connexion", "https://www.police.be/fr/plainte", "bit.ly/BelfiusApp", "https://ing-be-client.info"],
        "models": ["Card reader CR-10", "iPhone 12", "Galaxy A34", "SM-A346B", "Pixel 6a", "Huawei P30"],
        "products": ["Compte à vue", "Easy Banking App", "Visa Classic", "Compte d'épargne", "Mastercard Gold", "Carte de débit"],
        "cities": ["Wavre", "Tournai", "Nivelles", "Verviers", "Arlon", "Louvain-la-Neuve"],
    },
    "en-gb": {
        "banks": ["Barclays", "HSBC UK", "Lloyds", "NatWest", "Monzo", "Starling", "Santander UK", "Nationwide", "Halifax", "Revolut", "Metro Bank", "TSB"],
        "names": ["Oliver", "Amelia", "Harry", "Priya", "George", "Chloe", "Tom", "Siobhan", "Callum", "Grace", "Raj", "Hannah"],
        "lastnames": ["Smith", "Patel", "Jones", "Williams", "Taylor", "Davies", "Evans", "Wilson", "Hughes", "Khan"],
        "agents": ["Becky", "Liam", "Aisha", "Dan", "Gemma", "Kieran"],
        "cphones": ["0345 734 5345", "0800 161 5153", "159", "03457 888 444", "0800 056 0056", "+44 345 300 0000", "0800 028 2448", "7726"],
        "mentions": ["@Barclays", "@HSBC_UK", "@LloydsBank", "@NatWest_Help", "@monzo", "@StarlingBank", "@ActionFrauduk", "@Which", "@santanderukhelp", "@AskNationwide"],
        "hashtags": ["#scam", "#fraud", "#phishing", "#APPfraud", "#scamalert", "#stopchallengeprotect", "#take5", "#smishing"],
        "urls": ["https://www.actionfraud.police.uk", "barclays-secure-verify.co", "https://royalmail-redelivery-fee.com", "natwest.help-account.uk", "https://www.takefive-stopfraud.org.uk", "bit.ly/HSBCsecure", "https://monzo.me/pay/a7x", "hmrc-refund-claim.info"],
        "models": ["iPhone 15", "Galaxy S22", "SM-G991B", "Pixel 8 Pro", "Nokia G21", "iPhone XR"],
        "products": ["Premier Account", "Everyday Saver", "Club Lloyds", "Reward Current Account", "Platinum Balance Transfer card", "Monzo Plus"],
        "cities": ["Sheffield", "Norwich", "Brighton", "Leicester", "Swansea", "Derby"],
    },
    "en-us": {
        "banks": ["Chase", "Bank of America", "Wells Fargo", "Citi", "Capital One", "Zelle", "Venmo", "PayPal", "Cash App", "US Bank", "Discover", "Ally"],
        "names": ["Jessica", "Michael", "Ashley", "Brandon", "Maria", "Tyler", "Kimberly", "Jamal", "Megan", "Carlos", "Lauren", "Derek"],
        "lastnames": ["Johnson", "Williams", "Rodriguez", "Brown", "Nguyen", "Miller", "Davis", "Martinez", "Anderson", "Thompson"],
        "agents": ["Kayla", "Marcus", "Jen", "Tony", "Brianna", "Luis"],
        "cphones": ["1-800-935-9935", "800-432-1000", "(800) 869-3557", "1-888-280-4331", "800.227.4825", "1-877-383-4802", "+1 800 950 5114", "(888) 888-8888"],
        "mentions": ["@ChaseSupport", "@BofA_Help", "@WellsFargo", "@AskCiti", "@CapitalOne", "@Venmo", "@PayPal", "@CashSupport", "@FTC", "@AskDiscover"],
        "hashtags": ["#scam", "#fraud", "#zellescam", "#identitytheft", "#phishing", "#scamalert", "#consumerprotection", "#fraudalert"],
        "urls": ["https://reportfraud.ftc.gov", "chase-secure-alerts.com/verify", "https://www.identitytheft.gov", "wellsfargo.account-unlock.net", "bit.ly/BofAlert", "https://usps-redelivery-track.co", "https://venmo.com/u/refund-dept", "paypal-resolution-center.info"],
        "models": ["iPhone 14 Pro", "Galaxy S24", "SM-S921U", "Pixel 7", "Moto G Power", "iPad Air"],
        "products": ["Total Checking", "Sapphire Preferred", "Advantage Plus Banking", "Quicksilver card", "Everyday Checking", "Double Cash card"],
        "cities": ["Phoenix", "Dallas", "Seattle", "Atlanta", "Boston", "Sacramento"],
    },
}


def dealt(half):
    out = {}
    for lang, d in POOLS.items():
        out[lang] = {k: v[half::2] for k, v in d.items()}
    return out
