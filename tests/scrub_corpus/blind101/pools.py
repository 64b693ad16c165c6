"""Filler pools. Each list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Daan", "Fleur", "Bram", "Lotte", "Jeroen", "Anouk", "Thijs", "Marloes", "Ruud", "Ilse", "Koen", "Noor", "Wouter", "Esther", "Gijs", "Femke", "Sjoerd", "Yasmina", "Mehmet"],
    "nl-be": ["Lien", "Wout", "Ine", "Jens", "Elke", "Pieter-Jan", "Hanne", "Stijn", "Katrien", "Bart", "Lore", "Seppe", "Griet", "Dries", "Ilias", "Nele"],
    "fr-be": ["Aurélie", "Maxime", "Camille", "Julien", "Océane", "Thibault", "Manon", "Cédric", "Laetitia", "Grégory", "Amandine", "Nicolas", "Sarah", "Youssef", "Chloé", "Benoît"],
    "en-gb": ["Oliver", "Chloe", "Harry", "Amelia", "Jack", "Sophie", "Callum", "Imogen", "Rhys", "Priya", "Alfie", "Niamh", "George", "Hannah", "Tom", "Freya"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Megan", "Jordan", "Kayla", "Marcus", "Brittany", "Dylan", "Jasmine", "Austin", "Madison", "Carlos", "Taylor", "Kevin", "Lauren"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Yilmaz", "van Dijk"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Hermans", "Aerts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lejeune", "Renard", "Collignon", "Mathieu", "Hubert", "Delvaux", "Simon", "Lemaire", "Francois"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Patel", "Hughes", "Clarke"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Julianalaan", "Prinsengracht", "Lindenlaan", "Beatrixstraat", "Oude Gracht", "Vondelstraat", "Kastanjelaan", "Hoofdstraat", "Marktplein", "Burgemeester de Withstraat"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Grote Markt", "Nieuwstraat", "Kapelstraat", "Molenstraat", "Leopoldlaan", "Brugsesteenweg", "Diestsevest", "Veldstraat", "Koningin Astridlaan", "Dorp-Oost"],
    "fr-be": ["Rue de la Station", "Chaussée de Wavre", "Avenue Louise", "Rue du Marché", "Rue des Écoles", "Place Saint-Lambert", "Rue Haute", "Boulevard d'Avroy", "Rue de Namur", "Avenue des Tilleuls", "Rue Grande", "Chemin du Moulin"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queen's Road", "Kingsway", "Albert Street", "Elm Grove", "Manor Close", "York Road"],
    "en-us": ["Maple Ave", "Oak Street", "Main St", "Elm Street", "Washington Blvd", "Sunset Dr", "Pine Ct", "Lincoln Ave", "Cedar Lane", "Park Place", "Broadway", "Willow Rd"],
}
CITY = {
    "nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Groningen", "97"), ("Zwolle", "80"), ("Eindhoven", "56"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Leeuwarden", "89"), ("Breda", "48"), ("Amersfoort", "38"), ("Delft", "26")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Roeselare", "8800")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Bruxelles", "1000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800")],
    "en-gb": [("London", "SE15"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Brighton", "BN2"), ("Sheffield", "S10"), ("Norwich", "NR2"), ("York", "YO10")],
    "en-us": [("Austin", "TX 787"), ("Portland", "OR 972"), ("Chicago", "IL 606"), ("Boston", "MA 021"), ("Denver", "CO 802"), ("Seattle", "WA 981"), ("Miami", "FL 331"), ("Columbus", "OH 432"), ("Nashville", "TN 372"), ("Phoenix", "AZ 850")],
}
AGENT = ["Sanne", "Mo", "Lisa", "Kevin", "Jasper", "Ayla", "Tom", "Femke", "Raf", "Nadia", "Steven", "Julie", "Chris", "Emma", "Dennis", "Mila"]
BRAND = {
    "crypto": ["Bitvavo", "Coinbase", "Kraken", "Bitpanda", "Binance", "Bybit", "DEGIRO", "eToro", "Trade Republic", "Bolero", "Keytrade", "Saxo", "Crypto.com", "Revolut"],
    "dental": ["Tandartspraktijk De Molen", "Mondzorg Centrum Oost", "Smile Dental Clinic", "Dentalclinics", "Tandheelkunde Zuid", "Cabinet dentaire Sainte-Anne", "Bupa Dental Care", "Aspen Dental", "mydentist", "Tandartsenpraktijk Linnaeus"],
    "optic": ["Hans Anders", "Pearle", "Specsavers", "Eye Wish", "Grand Optical", "Vision Express", "Krys", "Optiek Van Hoof", "Ace & Tate", "LensCrafters"],
    "pet": ["Pets Place", "Maxi Zoo", "Tom&Co", "Zooplus", "Jumper", "Pets at Home", "Petco", "Chewy", "Brekz", "Discus"],
    "vet": ["AniCura", "Evidensia", "Dierenkliniek Het Woud", "Medivet", "Banfield", "Dierenartsenpraktijk De Hoef", "Clinique vétérinaire des Aulnes", "VetPartners", "IVC Evidensia", "Dierenarts Noord"],
    "venue": ["Kasteel de Berckt", "Landgoed Zonheuvel", "De Orangerie", "Hoeve Ter Beken", "Château de la Hulpe", "The Old Barn at Ashby", "Villa Oud Wassenaar", "Domaine du Lac", "Fort Bijlmer", "Riverside Loft Brooklyn", "Het Pakhuis", "Hof van Cleve Events"],
    "ticket": ["Ticketmaster", "See Tickets", "Eventim", "Paylogic", "TicketSwap", "AXS", "Live Nation", "Dice", "Ticketline", "Eventbrite"],
}
HALL = ["Ziggo Dome", "AFAS Live", "Sportpaleis", "Ancienne Belgique", "Forest National", "O2 Academy Brixton", "Madison Square Garden", "TivoliVredenburg", "Lotto Arena", "Paradiso", "Vorst Nationaal", "Manchester Arena", "013", "Rockhal"]
BAND = ["Coldplay", "Stromae", "Taylor Swift", "Goose", "Pearl Jam", "Suzan & Freek", "Angèle", "Arctic Monkeys", "Metallica", "Froukje", "Olivia Rodrigo", "Dua Lipa", "Snelle", "Bazart"]
PET = ["Bobby", "Luna", "Max", "Mientje", "Pluis", "Rocky", "Bella", "Simba", "Nala", "Guus", "Milo", "Daisy", "Tijger", "Oscar"]
MENTION = ["@Bitvavo", "@coinbase", "@krakenfx", "@ticketmasterNL", "@seetickets", "@Eventim_NL", "@specsavers", "@PearleNL", "@HansAnders", "@PetsPlace_nl", "@zooplus", "@petsathome", "@TicketSwap", "@AnciennB", "@Binance_Help", "@AXS", "@Medivet", "@Bitpanda_global"]
HASHTAG = ["#klantenservice", "#fail", "#oplichting", "#scam", "#help", "#customerservice", "#ticketmaster", "#crypto", "#bitcoin", "#tandarts", "#wedding", "#bruiloft", "#huwelijk", "#concert", "#nooitmeer", "#service", "#dierenarts", "#vet", "#mariage", "#arnaque"]
URL = ["https://support.bitvavo.com/hc/nl", "https://help.coinbase.com/en/contact-us", "https://www.ticketmaster.nl/help", "bit.ly/3xTk9Qa", "https://www.specsavers.nl/afspraak-maken",
       "www.pearle.nl/klantenservice", "https://www.zooplus.nl/contact", "https://www.petsathome.com/help", "https://www.paylogic.com/nl/faq", "tinyurl.com/vet-afspraak",
       "https://www.seetickets.com/customer-service", "www.anicura.be/nl/contact", "https://status.kraken.com", "https://www.eventim.be/fr/aide", "https://www.degiro.nl/helpdesk",
       "https://www.ticketswap.nl/veilig", "www.hansanders.nl/mijn-afspraken", "https://axs.com/fan-support"]
MODEL = ["Ledger Nano X", "Trezor Model T", "iPhone 15 Pro", "Galaxy S23 (SM-S911B)", "Pixel 8a", "FRITZ!Box 7590", "Oral-B iO9", "Philips Sonicare HX9911", "Ray-Ban RB2140", "Oakley OX8046",
         "Tractive GPS DOG 4", "Sure Petcare SureFeed", "Yubikey 5 NFC", "Ledger Stax", "Nokia 105", "Zebra ZD421", "Sonos Era 100", "Acuvue Oasys 1-Day"]
FOOD = ["Royal Canin Medium Adult", "Hill's Science Plan", "Purina Pro Plan", "Carnilove Salmon", "Whiskas senior", "Brit Care", "Acana Wild Prairie", "Trovet Renal"]
