"""Filler pools. Every list is dealt alternately (even -> dev, odd -> heldout) by the generator."""

FIRST = {
    "nl": ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Mieke", "Kees", "Annelies", "Ruud", "Ingrid", "Thijs", "Esther", "Wouter", "Marloes", "Henk", "Yvonne", "Sven", "Fatima", "Mehmet", "Priya", "Gerrit", "Noor", "Joost"],
    "nl-be": ["Jef", "Lieve", "Wout", "Els", "Pieter-Jan", "Griet", "Stijn", "An", "Koen", "Hilde", "Bart", "Sofie", "Dirk", "Ilse", "Jens", "Katrien", "Tom", "Leen", "Rik", "Nele"],
    "fr-be": ["Mathieu", "Sophie", "Jean-Luc", "Nathalie", "Olivier", "Isabelle", "Laurent", "Céline", "Benoît", "Aurélie", "Michel", "Véronique", "Julien", "Chantal", "Amine", "Françoise", "Thierry", "Manon"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Emily", "George", "Sophie", "Jack", "Amelia", "Callum", "Bethany", "Rhys", "Niamh", "Graham", "Pauline", "Raj", "Siobhan", "Dean", "Hannah"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Jessica", "Kevin", "Megan", "Marcus", "Brittany", "Jose", "Lauren", "Dwayne", "Kayla", "Greg", "Tanya", "Hector", "Shannon", "Eric", "Denise"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Yilmaz", "Kok", "van Dijk", "Willems"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van Damme", "Verstraete", "De Backer", "Hermans", "Michiels"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard", "François", "Gilson", "Collard", "Dumont", "Mathieu", "Hubert", "Noël"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Patel", "O'Brien", "Clarke"],
    "en-us": ["Johnson", "Miller", "Garcia", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson", "White", "Harris", "Lee", "Robinson", "Walker", "Nguyen"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat", "Prinsengracht", "Hoofdstraat", "Schoolstraat", "Lindelaan", "Van Goghstraat", "Rembrandtlaan", "Parallelweg", "Eikenlaan"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Veldstraat", "Nieuwstraat", "Molenstraat", "Kapelstraat", "Lindenlaan", "Grote Markt", "Dorpsstraat", "Schoolstraat", "Leopoldlaan", "Brugsesteenweg"],
    "fr-be": ["Rue de la Station", "Rue du Moulin", "Avenue Louise", "Chaussée de Waterloo", "Rue de l'Église", "Rue Haute", "Rue des Champs", "Boulevard d'Avroy", "Rue Neuve", "Place Saint-Lambert", "Rue de Namur", "Avenue des Tilleuls"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road", "Manor Close", "The Crescent", "Kings Road", "Chapel Street", "Orchard Way"],
    "en-us": ["Oak Street", "Maple Avenue", "Elm Drive", "Washington Blvd", "Lakeview Dr", "Pine Street", "Cedar Lane", "2nd Avenue", "Sunset Blvd", "Hillcrest Rd", "Main Street", "Park Place"],
}
CITIES = {
    "nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97"), ("Zwolle", "80"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Breda", "48"), ("Tilburg", "50"), ("Almere", "13")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"), ("Aalst", "9300"), ("Kortrijk", "8500"), ("Genk", "3600"), ("Sint-Niklaas", "9100")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Bruxelles", "1000"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800"), ("Ixelles", "1050")],
    "en-gb": [("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"), ("London", "SE15"), ("Cardiff", "CF24"), ("Glasgow", "G12"), ("Sheffield", "S10"), ("Norwich", "NR2"), ("Leicester", "LE2"), ("Brighton", "BN1")],
    "en-us": [("Springfield, IL", "627"), ("Austin, TX", "787"), ("Columbus, OH", "432"), ("Denver, CO", "802"), ("Tampa, FL", "336"), ("Portland, OR", "972"), ("Raleigh, NC", "276"), ("Phoenix, AZ", "850"), ("Madison, WI", "537"), ("Albany, NY", "122")],
}
# (display name, handle, domain)
BANKS = {
    "nl": [("Rabobank", "@Rabobank", "rabobank.nl"), ("ING", "@ingnl", "ing.nl"), ("ABN AMRO", "@ABNAMRO", "abnamro.nl"), ("bunq", "@bunq", "bunq.com"), ("ASN Bank", "@ASNBank", "asnbank.nl"),
           ("SNS", "@SNSbank", "snsbank.nl"), ("Knab", "@Knab", "knab.nl"), ("Triodos", "@TriodosNL", "triodos.nl"), ("RegioBank", "@RegioBank", "regiobank.nl"), ("Revolut", "@RevolutApp", "revolut.com")],
    "nl-be": [("KBC", "@KBCBank", "kbc.be"), ("Belfius", "@Belfius", "belfius.be"), ("BNP Paribas Fortis", "@BNPParibasFortis", "bnpparibasfortis.be"), ("Argenta", "@ArgentaBank", "argenta.be"),
              ("ING België", "@INGBelgie", "ing.be"), ("Crelan", "@CrelanBank", "crelan.be"), ("Beobank", "@Beobank", "beobank.be"), ("vdk bank", "@vdkbank", "vdk.be")],
    "fr-be": [("Belfius", "@Belfius", "belfius.be"), ("KBC Brussels", "@KBCBrussels", "kbcbrussels.be"), ("BNP Paribas Fortis", "@BNPPFortis_FR", "bnpparibasfortis.be"), ("ING Belgique", "@INGBelgique", "ing.be"),
              ("CBC", "@CBCBanque", "cbc.be"), ("Crelan", "@Crelan_FR", "crelan.be"), ("Beobank", "@Beobank", "beobank.be"), ("Argenta", "@Argenta_FR", "argenta.be")],
    "en-gb": [("Barclays", "@AskBarclays", "barclays.co.uk"), ("NatWest", "@NatWest_Help", "natwest.com"), ("Lloyds", "@AskLloydsBank", "lloydsbank.com"), ("HSBC UK", "@HSBC_UK", "hsbc.co.uk"),
              ("Santander UK", "@santanderukhelp", "santander.co.uk"), ("Monzo", "@monzo", "monzo.com"), ("Starling", "@StarlingBank", "starlingbank.com"), ("Nationwide", "@AskNationwide", "nationwide.co.uk")],
    "en-us": [("Chase", "@ChaseSupport", "chase.com"), ("Bank of America", "@BofA_Help", "bankofamerica.com"), ("Wells Fargo", "@Ask_WellsFargo", "wellsfargo.com"), ("Capital One", "@AskCapitalOne", "capitalone.com"),
              ("Citi", "@AskCiti", "citi.com"), ("Discover", "@Discover", "discover.com"), ("PNC", "@PNCBank_Help", "pnc.com"), ("Ally", "@Ally", "ally.com")],
}
# public fraud / helpline numbers (company_phone negatives)
FRAUD_LINES = {
    "nl": [("Fraudehelpdesk", "088 786 73 72"), ("de politie", "0900-8844"), ("Fraudehelpdesk", "088-7867372"), ("de politie", "0900 8844")],
    "nl-be": [("Card Stop", "078 170 170"), ("Card Stop", "078/170.170"), ("de politie", "101"), ("Card Stop", "+32 78 170 170")],
    "fr-be": [("Card Stop", "078 170 170"), ("Card Stop", "078/170.170"), ("la police", "101"), ("Card Stop", "+32 78 170 170")],
    "en-gb": [("Action Fraud", "0300 123 2040"), ("Stop Scams UK", "159"), ("Action Fraud", "0300 1232040"), ("Stop Scams UK", "159")],
    "en-us": [("the FTC", "1-877-382-4357"), ("the FTC", "877-FTC-HELP"), ("the FTC", "1 (877) 382-4357"), ("the FTC", "877-382-4357")],
}
SCAM_WORDS = {
    "nl": ["veilig-verifieren", "pas-vervangen", "beveiliging-update", "klantenservice-online", "rekening-herstel", "identificatie", "betaalverzoek", "tikkie-betalen", "pakket-bezorging", "belastingdienst-teruggave"],
    "nl-be": ["itsme-verificatie", "kaartlezer-update", "beveiliging-be", "bpost-levering", "mypension-terug", "fod-financien", "kaart-vernieuwen", "veilig-aanmelden"],
    "fr-be": ["securite-compte", "carte-renouvellement", "bpost-colis", "spf-finances-remboursement", "itsme-validation", "client-verification", "acces-bloque", "mise-a-jour"],
    "en-gb": ["secure-verify", "account-review", "royalmail-redelivery", "hmrc-refund", "payee-confirm", "device-check", "evri-parcel", "dvla-renewal"],
    "en-us": ["secure-login", "account-verify", "usps-redelivery", "irs-refund", "zelle-confirm", "fraud-alert", "toll-payment", "card-unlock"],
}
TLDS = [".com", ".net", ".info", ".top", ".xyz", ".online", ".site", ".support", ".live", ".help", ".icu", ".app"]
SHORTENERS = ["bit.ly", "tinyurl.com", "t.ly", "is.gd", "cutt.ly", "rb.gy"]
HASHTAGS = {
    "nl": ["#phishing", "#oplichting", "#fraude", "#klantenservice", "#spoofing", "#helpdeskfraude", "#oplichters", "#bankfraude", "#whatsappfraude", "#waarschuwing"],
    "nl-be": ["#phishing", "#oplichting", "#fraude", "#itsme", "#bancontact", "#opgelicht", "#cardstop", "#waarschuwing"],
    "fr-be": ["#phishing", "#arnaque", "#fraude", "#escroquerie", "#itsme", "#bancontact", "#hameçonnage", "#attention"],
    "en-gb": ["#scam", "#fraud", "#phishing", "#APPfraud", "#customerservice", "#scamalert", "#bankfraud", "#fail"],
    "en-us": ["#scam", "#fraud", "#identitytheft", "#phishing", "#zelle", "#customerservice", "#scamalert", "#fail"],
}
OTHER_MENTIONS = {
    "nl": ["@politie", "@fraudehelpdesk", "@Kassa_VARA", "@consumentenbond", "@radar", "@Tweakers"],
    "nl-be": ["@politie_be", "@TestAankoop", "@SafeonwebBE", "@vrtnws", "@Febelfin", "@hln_be"],
    "fr-be": ["@SafeonwebBE", "@Test_Achats", "@Febelfin", "@RTBFinfo", "@police_be", "@lesoir"],
    "en-gb": ["@ActionFrauduk", "@WhichUK", "@MoneySavingExp", "@BBCWatchdog", "@FCA", "@ukfinance"],
    "en-us": ["@FTC", "@CFPB", "@AARP", "@BBB_US", "@ConsumerReports", "@FBI"],
}
AGENTS = {
    "nl": ["Mark", "Iris", "Sander", "Laura", "Kevin", "Naomi", "Jeroen", "Anouk", "Tim", "Mirjam"],
    "nl-be": ["Wim", "Ellen", "Jonas", "Sarah", "Bert", "Lien", "Maarten", "Evelien"],
    "fr-be": ["Pauline", "Antoine", "Camille", "Nicolas", "Elise", "Maxime", "Charlotte", "Hugo"],
    "en-gb": ["Gemma", "Liam", "Chloe", "Stuart", "Aisha", "Tom", "Kirsty", "Ben"],
    "en-us": ["Jordan", "Taylor", "Chris", "Alexis", "Devon", "Morgan", "Sam", "Jamie"],
}
SHOPS = ["Bol.com", "Coolblue", "Zalando", "Amazon", "Marktplaats", "Vinted", "AliExpress", "Booking.com", "Temu", "eBay", "2dehands", "Wish", "Steam", "Ticketmaster"]
APPS = ["AnyDesk", "TeamViewer", "QuickSupport", "RustDesk", "Zoho Assist", "ScreenConnect"]
MACROS = ["{first_name}", "[CODE]", "<klantnummer>", "{{case_id}}", "[NAAM]", "<name>", "{agent_name}", "[REF]"]
