"""Filler pools.  Every list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Joost", "Marieke", "Bram", "Fenna", "Henk", "Anouk", "Dirk", "Lotte", "Wim", "Ilse", "Ruud", "Mirjam", "Kees", "Eline", "Sjoerd", "Yvonne", "Gerrit", "Fatima", "Mehmet", "Annelies", "Thijs", "Noor", "Jeroen"],
    "vl": ["Lieve", "Koen", "Griet", "Pieter-Jan", "Hilde", "Wouter", "Els", "Jef", "An", "Bart", "Katrien", "Stijn", "Ilse", "Dries", "Mieke", "Tom", "Nele", "Rudi", "Sofie", "Jens"],
    "fr": ["Nathalie", "Olivier", "Isabelle", "Benoît", "Françoise", "Jean-Luc", "Aurélie", "Michel", "Sophie", "Didier", "Céline", "Marc", "Véronique", "Thierry", "Amélie", "Youssef", "Chantal", "Laurent", "Manon", "Pascal"],
    "en": ["Sarah", "James", "Emma", "Gareth", "Chloe", "David", "Megan", "Tom", "Priya", "Callum", "Rachel", "Mike", "Jennifer", "Brian", "Aisha", "Kevin", "Lucy", "Dan", "Hannah", "Steve", "Olivia", "Raj"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kok", "Yilmaz"],
    "vl": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Verhoeven", "Van den Broeck", "Dewulf", "Vermeulen", "Lambrechts", "De Backer"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lejeune", "Mathieu", "Hubert", "Denis", "Collard", "Fontaine", "Delvaux", "Gilson"],
    "en": ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Walker", "Patel", "Hughes", "Miller", "Garcia", "O'Brien", "Clarke", "Murphy", "Khan"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Beatrixstraat", "Prinses Irenestraat", "Burgemeester de Withstraat", "Laan van Meerdervoort", "Oude Gracht", "Parallelweg", "Schoolstraat", "Vijverhof", "Zuiderdiep", "Meidoornlaan", "Korte Nieuwstraat", "Van Speijkstraat", "Kastanjelaan", "Hoofdweg"],
    "vl": ["Kerkstraat", "Stationsstraat", "Nieuwstraat", "Dorpsstraat", "Steenweg op Antwerpen", "Kortrijksesteenweg", "Molenstraat", "Lange Lozanastraat", "Brugsesteenweg", "Veldstraat", "Bosstraat", "Diestsevest", "Grote Baan", "Gentse Baan"],
    "wa": ["Rue de la Station", "Chaussée de Louvain", "Avenue Louise", "Rue des Wallons", "Rue du Moulin", "Place Saint-Lambert", "Chaussée de Wavre", "Rue Haute", "Avenue des Combattants", "Rue de Namur", "Boulevard d'Avroy", "Rue de l'Église", "Rue Grande", "Avenue de la Paix"],
    "uk": ["Station Road", "High Street", "Church Lane", "Victoria Road", "Elm Grove", "Mill Lane", "Park Avenue", "Kings Road", "Queensway", "Manor Close", "Orchard Way", "Albert Street", "Beech Crescent", "Chapel Row"],
    "us": ["Maple Ave", "Oak Street", "Main St", "Pine Road", "Elm Drive", "Washington Blvd", "Lakeview Terrace", "Cedar Lane", "Sunset Blvd", "Park Place", "Hillcrest Dr", "Broadway", "Jefferson St", "Willow Ct"],
}
CITY = {
    "nl": ["Utrecht", "Zwolle", "Amersfoort", "Haarlem", "Groningen", "Tilburg", "Leiden", "Apeldoorn", "Deventer", "Breda", "Alkmaar", "Nijmegen", "Den Haag", "Emmen", "Hoorn", "Venlo"],
    "vl": ["Gent", "Leuven", "Mechelen", "Brugge", "Hasselt", "Aalst", "Kortrijk", "Antwerpen", "Turnhout", "Genk", "Roeselare", "Sint-Niklaas"],
    "wa": ["Namur", "Liège", "Charleroi", "Mons", "Wavre", "Bruxelles", "Tournai", "Arlon", "Louvain-la-Neuve", "Verviers", "Ixelles", "Nivelles"],
    "uk": ["Leeds", "Manchester", "Bristol", "London", "Edinburgh", "Cardiff", "Newcastle", "Birmingham", "Oxford", "Glasgow", "Sheffield", "Norwich"],
    "us": ["Springfield", "Columbus", "Austin", "Brooklyn", "San Francisco", "Cambridge", "Seattle", "Miami", "Minneapolis", "Atlanta", "Denver", "Portland"],
}
BRAND = {
    "nl": ["Apotheek De Linde", "Tandartspraktijk Zonnehoek", "Huisartsenpraktijk Het Anker", "Fysio Vitaal", "Opticien Scherpzicht", "Zorgverzekeraar Polderzorg", "Streekziekenhuis Midden", "Apotheek Centrum", "Mondzorg Oost", "Gezondheidscentrum De Brug", "VitaVerzekerd", "Oogzorg Plus", "Fysiotherapie Noord", "Ziekenhuis Rijnoever", "ZorgDirect Declaraties", "Thuiszorg Samen"],
    "vl": ["Apotheek Van Hove", "Tandartsenpraktijk De Molen", "Ziekenfonds Solidair", "Huisartsenpraktijk Ter Linde", "Kinépraktijk Beweeg", "Optiek Helder", "AZ Sint-Lucas", "Mutualiteit Samenzorg", "Groepspraktijk Zuid", "Apotheek De Leeuw", "Thuisverpleging Zorgzaam", "Hospitalisatieverzekering Zorgplus"],
    "fr": ["Pharmacie du Centre", "Cabinet dentaire Lumière", "Mutualité Entraide", "Centre médical Saint-Roch", "Kiné Mouvement", "Optique Clairvue", "Clinique du Parc", "Pharmacie de la Gare", "Maison médicale Les Tilleuls", "CHR Val de Meuse", "Assurance Santé Horizon", "Dentistes Associés Ixelles"],
    "en": ["Riverside Pharmacy", "Elmwood Dental", "Parkview Surgery", "Clearsight Opticians", "Move Well Physio", "Albion Health Insurance", "St Brigid's Hospital Billing", "Meadowbank Medical Practice", "Brightsmile Dental Care", "CityCare Pharmacy", "Summit Health Plan", "Lakeside Physical Therapy", "Northgate Eye Centre", "Harbor Medical Group"],
}
AGENT = {
    "nl": ["Linda", "Marco", "Esther", "Rik", "Petra", "Yusuf", "Ingrid", "Niels", "Saskia", "Tim"],
    "vl": ["Leen", "Kris", "Ann", "Geert", "Veerle", "Joris", "Inge", "Tine"],
    "fr": ["Julie", "Christophe", "Anne-Sophie", "Nicolas", "Sandrine", "Damien", "Élodie", "Fabien"],
    "en": ["Karen", "Josh", "Amanda", "Liam", "Beth", "Carlos", "Nicola", "Sam", "Jess", "Ollie"],
}
DOCTOR = {
    "nl": ["dokter Bakker", "dr. Vermeer", "tandarts Yildiz", "mevrouw Hoekstra", "dr. Scholten", "tandarts Van Rijn", "de POH", "dokter Kuipers"],
    "vl": ["dokter Claes", "dr. Van Damme", "tandarts Wuyts", "de kiné", "dr. Segers", "dokter Verbruggen"],
    "fr": ["Dr Lemaire", "le docteur Gérard", "la dentiste Mme Noël", "Dr Piron", "le kiné", "Dr Masson"],
    "en": ["Dr Patel", "Dr Morgan", "the hygienist", "Dr Okafor", "Dr Fitzgerald", "Dr Chen", "the practice nurse", "Dr Reyes"],
}
MED = {
    "nl": ["omeprazol", "metformine", "levothyroxine", "salbutamol", "pantoprazol", "simvastatine", "paracetamol 1000", "amlodipine", "Ritalin", "insulinepennen"],
    "fr": ["Dafalgan", "Pantomed", "Sintrom", "Ventolin", "Lyrica", "l'insuline", "Xanax", "Motilium"],
    "en": ["sertraline", "amlodipine", "my inhaler", "levothyroxine", "omeprazole", "the Ozempic pens", "lansoprazole", "metformin", "HRT patches", "EpiPens"],
}
MODEL = ["Omron M7 Intelli IT", "Phonak Audéo P90-R", "FreeStyle Libre 3", "Dexcom G7", "Accu-Chek Guide", "Oticon More 1", "Philips DreamStation 2", "ResMed AirSense 11", "Medtronic MiniMed 780G",
         "Signia Pure C&G 7X", "Beurer BM 85", "Withings BPM Connect", "Omnipod 5", "Nebu-Flo NF200", "Widex Moment 440", "Tena Smart", "CareLink 7200", "Kaz KB-40"]
MENTION = {
    "nl": ["@ApotheekDeLinde", "@Polderzorg", "@RijnoeverZH", "@MondzorgOost", "@VitaVerzekerd", "@ZorgDirectNL", "@ScherpzichtOptiek", "@FysioVitaal", "@HetAnkerHA", "@thuiszorgsamen"],
    "vl": ["@Solidair_zf", "@AZSintLucas", "@ApoVanHove", "@Samenzorg", "@OptiekHelder", "@ZorgplusBE"],
    "fr": ["@MutEntraide", "@CliniqueDuParc", "@PharmaCentre", "@HorizonSante", "@CHRValDeMeuse", "@ClairvueOptique"],
    "en": ["@AlbionHealth", "@RiversidePharm", "@ElmwoodDental", "@StBrigidsHosp", "@SummitHealthPlan", "@ParkviewGP", "@NHSApp_help", "@CityCareRx", "@ClearsightEyes", "@HarborMedGroup"],
}
HASHTAG = {
    "nl": ["#zorgverzekering", "#apotheek", "#klantenservice", "#eigenrisico", "#tandarts", "#onbereikbaar", "#herhaalrecept", "#wachttijd", "#zorg", "#boos"],
    "vl": ["#ziekenfonds", "#apotheek", "#remgeld", "#klantendienst", "#itsme", "#wachten"],
    "fr": ["#mutuelle", "#pharmacie", "#remboursement", "#servicesclient", "#honteux", "#santé"],
    "en": ["#NHS", "#customerservice", "#pharmacy", "#fail", "#dentist", "#healthinsurance", "#stillwaiting", "#patientportal", "#refund", "#help"],
}
URL = {
    "nl": ["https://www.polderzorg.nl/declareren", "mijn.vitaverzekerd.nl", "https://www.apotheekdelinde.nl/herhaalrecept", "www.rijnoever.nl/patientenportaal", "https://mondzorg-oost.nl/facturen", "https://www.zorgdirect.nl/betalen", "https://fysiovitaal.nl/afspraak", "www.scherpzicht.nl/lenzen-abonnement"],
    "vl": ["https://www.solidair.be/terugbetaling", "www.azsintlucas.be/facturen", "https://apotheekvanhove.be", "https://mijn.samenzorg.be", "www.zorgplus.be/aangifte", "https://www.optiekhelder.be"],
    "fr": ["https://www.entraide.be/remboursements", "www.cliniqueduparc.be/factures", "https://pharmaciecentre.be/commande", "https://mon.horizonsante.be", "www.chr-valdemeuse.be/patients", "https://clairvue.be/rdv"],
    "en": ["https://www.albionhealth.co.uk/claims", "www.riversidepharmacy.co.uk/repeat", "https://elmwooddental.co.uk/pay", "https://portal.summithealthplan.com", "www.stbrigids.org.uk/billing", "https://harbormed.com/mychart", "https://www.nhs.uk/nhs-app", "clearsight.co.uk/contact-lens-plan", "https://movewellphysio.co.uk/book", "https://citycarerx.com/refills"],
}


def deal(lst, half):
    return lst[half::2]


def pools_for(half, lang):
    f = "nl" if lang == "nl" else "vl" if lang == "nl-be" else "fr" if lang == "fr-be" else "en"
    ft = "nl" if lang.startswith("nl") else "fr" if lang == "fr-be" else "en"
    P = {
        "first": deal(FIRST[f], half), "last": deal(LAST[f], half),
        "brand": deal(BRAND[f], half), "agent": deal(AGENT[f], half), "doctor": deal(DOCTOR[f], half),
        "med": deal(MED[ft], half), "model": deal(MODEL, half), "mention": deal(MENTION[f], half),
        "hashtag": deal(HASHTAG[f], half), "url": deal(URL[f], half),
    }
    P["bsncue"] = {"nl": ["BSN", "BSN", "burgerservicenummer", "bsn", "BSN-nummer"], "vl": ["rijksregisternummer", "RRN", "rijksregisternr", "INSZ-nummer"]}.get(f, ["ID"])
    for k in ("nl", "vl", "wa", "uk", "us"):
        P["street_" + k] = deal(STREET[k], half)
        P["city_" + k] = deal(CITY[k], half)
    P["city"] = P["city_" + {"nl": "nl", "nl-be": "vl", "fr-be": "wa", "en-gb": "uk", "en-us": "us"}[lang]]
    return P
