"""Names, streets, cities, brands and items. Every list is dealt by index parity to dev (even) / heldout (odd)."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Marieke", "Bram", "Fleur", "Wouter", "Ineke", "Kees", "Anouk", "Ruud", "Yvonne", "Thijs", "Gerda", "Mohamed", "Lotte", "Henk", "Priya", "Joost", "Esmee", "Dirk"],
    "nl-be": ["Lien", "Jef", "Griet", "Wannes", "Ann", "Koen", "Hilde", "Stijn", "Fien", "Dries", "Marleen", "Pieter-Jan", "Els", "Bart", "Yasmina", "Lode"],
    "fr-be": ["Amélie", "Olivier", "Nathalie", "Julien", "Chantal", "Maxime", "Véronique", "Thibault", "Sophie", "Grégory", "Fatima", "Benoît", "Camille", "Didier", "Aurélie", "Quentin"],
    "en-gb": ["Siobhan", "Gareth", "Chloe", "Callum", "Margaret", "Rhys", "Aisha", "Nigel", "Hannah", "Alfie", "Beverley", "Tom", "Imogen", "Declan", "Pauline", "Harvey"],
    "en-us": ["Tyler", "Brianna", "Marcus", "Deborah", "Kayla", "Jose", "Linda", "Brandon", "Ashley", "Earl", "Madison", "DeShawn", "Carol", "Hunter", "Megan", "Raymond"],
}
LAST = {
    "nl": ["de Vries", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Mulder", "de Boer", "Bos", "Vermeulen", "Kok", "van Leeuwen", "Hendriks", "Dekker", "El Amrani", "Brouwer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Goossens", "Willems", "Van Damme", "Mertens", "Dubois", "Verhoeven", "Lambrechts", "Vermeiren"],
    "fr-be": ["Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Lejeune", "Simon", "François", "Collard", "Delvaux", "Gilson", "Mathieu", "Hubert", "Bodart"],
    "en-gb": ["Hughes", "Evans", "Patel", "Thompson", "Walsh", "Clarke", "Roberts", "Murphy", "Ahmed", "Wright", "Griffiths", "Baker", "Kaur", "Fletcher"],
    "en-us": ["Johnson", "Rodriguez", "Miller", "Nguyen", "Washington", "Anderson", "Kowalski", "Garcia", "Thornton", "Brooks", "Hernandez", "Sullivan", "Coleman", "Price"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Vondelstraat", "Schoolstraat", "Beukenlaan", "Stationsweg", "Lindenlaan", "Koningin Wilhelminastraat", "Zeeweg", "Hoofdstraat", "Meidoornhof"],
    "nl-be": ["Kapelstraat", "Steenweg op Gent", "Bredabaan", "Nieuwstraat", "Kouter", "Grote Markt", "Statiestraat", "Vaartstraat", "Leopoldlei", "Dorp-Oost", "Kortrijksesteenweg", "Brugsestraat"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue du Marché", "Rue Saint-Gilles", "Boulevard d'Avroy", "Rue des Champs", "Place du Jeu de Balle", "Rue de Namur", "Avenue des Tilleuls", "Rue Haute", "Chaussée de Charleroi"],
    "en-gb": ["Acacia Avenue", "Church Lane", "Victoria Road", "Mill Street", "Station Road", "Park Crescent", "Queens Drive", "Manor Close", "High Street", "Beech Grove", "Cliff Terrace", "Windsor Gardens"],
    "en-us": ["Maple Street", "Oak Avenue", "Sunset Blvd", "Elm Court", "W 34th St", "Pine Ridge Road", "Lakeview Dr", "Main Street", "Cedar Lane", "Magnolia Way", "Franklin Ave", "Willow Creek Rd"],
}
CITY = {  # (city, postcode stem)
    "nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Zwolle", "80"), ("Groningen", "97"), ("Eindhoven", "56"), ("Haarlem", "20"), ("Leiden", "23"), ("Tilburg", "50"), ("Almere", "13"), ("Apeldoorn", "73"), ("Breda", "48"), ("Delft", "26")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Sint-Niklaas", "9100")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800")],
    "en-gb": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Norwich", "NR"), ("Glasgow", "G"), ("Brighton", "BN"), ("York", "YO"), ("Leicester", "LE"), ("Exeter", "EX")],
    "en-us": [("Portland, OR", "972"), ("Austin, TX", "787"), ("Columbus, OH", "432"), ("Tampa, FL", "336"), ("Denver, CO", "802"), ("Brooklyn, NY", "112"), ("Phoenix, AZ", "850"), ("Raleigh, NC", "276"), ("Madison, WI", "537"), ("Sacramento, CA", "958")],
}
BRANDS = {  # (name, domain, handle, sector)
    "nl": [("bol", "bol.com", "bolcom", "shop"), ("Coolblue", "coolblue.nl", "Coolblue_NL", "shop"), ("PostNL", "postnl.nl", "PostNL", "parcel"),
           ("KLM", "klm.com", "KLM", "air"), ("Albert Heijn", "ah.nl", "albertheijn", "shop"), ("Zalando", "zalando.nl", "Zalando_NL", "shop"),
           ("DHL Parcel", "dhlparcel.nl", "DHLParcel_NL", "parcel"), ("Transavia", "transavia.com", "Transavia", "air"), ("HEMA", "hema.nl", "HEMA", "shop"),
           ("TUI", "tui.nl", "TUI_NL", "travel"), ("Wehkamp", "wehkamp.nl", "wehkamp", "shop"), ("Corendon", "corendon.nl", "CorendonNL", "travel"),
           ("Kruidvat", "kruidvat.nl", "Kruidvat", "shop"), ("Bax-shop", "bax-shop.nl", "baxshop", "shop"), ("Blokker", "blokker.nl", "blokker", "shop"),
           ("GLS", "gls-info.nl", "GLS_NL", "parcel"), ("Booking.com", "booking.com", "bookingcom", "travel"), ("MediaMarkt", "mediamarkt.nl", "MediaMarkt_NL", "shop")],
    "be": [("bpost", "bpost.be", "bpost_nl", "parcel"), ("Brussels Airlines", "brusselsairlines.com", "FlyingBrussels", "air"), ("Colruyt", "colruyt.be", "Colruyt", "shop"),
           ("Vanden Borre", "vandenborre.be", "VandenBorre", "shop"), ("TUI fly", "tuifly.be", "TUIflyBelgium", "air"), ("Krëfel", "krefel.be", "Krefel_BE", "shop"),
           ("Delhaize", "delhaize.be", "Delhaize", "shop"), ("Dreamland", "dreamland.be", "Dreamland_BE", "shop"), ("2dehands", "2dehands.be", "2dehands", "market"),
           ("Fnac", "fr.fnac.be", "Fnac_Belgique", "shop"), ("Connections", "connections.be", "Connections_BE", "travel"), ("Mondial Relay", "mondialrelay.be", "MondialRelayBE", "parcel"),
           ("Brico", "brico.be", "BricoBelgium", "shop"), ("Jetair", "jetair.be", "Jetair", "travel"), ("Zeb", "zeb.be", "zeb_fashion", "shop"), ("Ryanair", "ryanair.com", "Ryanair", "air")],
    "en": [("Amazon", "amazon.co.uk", "AmazonHelp", "shop"), ("Royal Mail", "royalmail.com", "RoyalMail", "parcel"), ("easyJet", "easyjet.com", "easyJet", "air"),
           ("Argos", "argos.co.uk", "Argos_Online", "shop"), ("Evri", "evri.com", "EvriHelp", "parcel"), ("British Airways", "britishairways.com", "British_Airways", "air"),
           ("Tesco", "tesco.com", "Tesco", "shop"), ("ASOS", "asos.com", "ASOS_HeresHelp", "shop"), ("Walmart", "walmart.com", "WalmartHelp", "shop"),
           ("UPS", "ups.com", "UPSHelp", "parcel"), ("Delta", "delta.com", "DeltaAssist", "air"), ("Target", "target.com", "AskTarget", "shop"),
           ("Expedia", "expedia.com", "Expedia", "travel"), ("FedEx", "fedex.com", "FedExHelp", "parcel"), ("eBay", "ebay.com", "AskeBay", "market"),
           ("Best Buy", "bestbuy.com", "BestBuySupport", "shop"), ("Jet2", "jet2.com", "jet2tweets", "air"), ("Etsy", "etsy.com", "EtsyHelp", "market")],
}
ITEMS = {
    "nl": ["een airfryer", "de wasmachine", "twee paar sneakers", "een verjaardagscadeau voor mijn kleinzoon", "het bureaustoeltje", "een stofzuiger", "de kinderwagen", "een tuinset", "de koptelefoon", "een winterjas"],
    "fr": ["un aspirateur", "une paire de baskets", "le lave-linge", "un cadeau d'anniversaire", "une poussette", "un robot de cuisine", "la télévision", "un manteau", "des écouteurs", "un matelas"],
    "en": ["a pair of trainers", "the kettle", "my daughter's birthday present", "a coffee machine", "the garden furniture", "a laptop bag", "the TV stand", "a winter coat", "noise cancelling headphones", "the air fryer"],
}
SSID = ["Ziggo5G-8832", "KPN-A7F2", "telenet-44B1C", "VOO-883412", "BTHub6-XK2P", "NETGEAR47", "Proximus-Home-3F21", "FRITZ!Box 7530 QX", "Linksys01234", "TP-Link_5G_9A1E", "H369A-6D2E", "xfinitywifi-home"]
AGENTS = ["Lisa", "Mark", "Noor", "Tom", "Emma", "Sven", "Inès", "Karim", "Jade", "Rob", "Sophie", "Daan", "Chloé", "Ben", "Aylin", "Niels"]
MARKET = {"nl": ["Marktplaats", "Vinted"], "be": ["2dehands", "2ememain"], "en": ["eBay", "Etsy", "Depop", "Facebook Marketplace"]}
