"""Names, brands, streets and cities. Each list is dealt alternately to the two halves."""
POOLS = {
    "nl": {
        "name": ["Jan de Vries", "Annemiek Bakker", "Henk Jansen", "Ria van Dijk", "Sanne Visser", "Kees Smit", "Fatima El Amrani",
                 "Bram Mulder", "Willemien de Boer", "Tom Bos", "Gerda Hoekstra", "Youssef Ouali", "Lotte Vermeulen", "Piet Kramer",
                 "Ineke Dekker", "Mehmet Yilmaz", "Joke van Leeuwen", "Ruud Brouwer", "Daan Meijer", "Truus Koster"],
        "agent": ["Lisa", "Mark", "Sophie", "Ahmed", "Iris", "Joost", "Naomi", "Ruben", "Eva", "Sem"],
        "bank": ["ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank", "bunq", "Knab", "Triodos", "RegioBank", "Revolut"],
        "telco": ["KPN", "Vodafone", "Odido", "Ziggo", "Simyo", "Lebara", "Ben", "hollandsnieuwe", "Youfone", "Delta"],
        "shop": ["bol.com", "Coolblue", "Zalando", "Wehkamp", "MediaMarkt", "Albert Heijn", "HEMA", "Thuisbezorgd", "Marktplaats", "Vinted"],
        "app": ["Tikkie", "PayPal", "Netflix", "Instagram", "WhatsApp", "Gmail", "Outlook", "Spotify", "Apple ID"],
        "street": ["Kerkstraat", "Dorpsweg", "Molenlaan", "Prinsengracht", "Julianastraat", "Eikenlaan", "Schoolstraat", "Van Goghstraat",
                   "Beatrixlaan", "Zeeweg", "Lindenhof", "Kastanjelaan", "Marktplein", "Oranjestraat", "Rembrandtlaan", "Wilhelminapark"],
        "city": ["Utrecht", "Zwolle", "Amersfoort", "Haarlem", "Groningen", "Breda", "Nijmegen", "Leiden", "Tilburg", "Apeldoorn", "Delft", "Almere"],
        "ssid": ["Ziggo7731", "KPN-4F2A", "H369A_8C21", "FRITZ!Box 7530 QX", "Odido-9D3E", "TP-Link_5G_77", "thuis_netwerk", "Familie Bakker"],
        "rel": ["mijn moeder", "mijn vader", "mijn oma", "mijn schoonmoeder", "mijn opa", "mijn tante", "mijn buurvrouw", "mijn schoonvader"],
    },
    "nl-be": {
        "name": ["Jef Peeters", "Marleen Janssens", "Wout Maes", "Hilde Claes", "Stijn Wouters", "Greet De Smet", "Pieter Van den Broeck",
                 "Lieve Goossens", "Bart Willems", "Rita Mertens", "Jonas Dubois", "Yasmina Bakkali", "Kris Verhaegen", "Annick Jacobs",
                 "Dirk Hermans", "Ellen Lambrechts"],
        "agent": ["Katrien", "Nico", "Femke", "Lotte", "Bram", "Sara", "Jens", "Elke"],
        "bank": ["KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "ING België", "Crelan", "AXA Bank", "Keytrade", "vdk bank", "Beobank"],
        "telco": ["Telenet", "Proximus", "Orange", "BASE", "Mobile Vikings", "Scarlet", "Hey!", "Digi"],
        "shop": ["Coolblue", "Vanden Borre", "Krëfel", "Zalando", "bol.com", "Colruyt", "Delhaize", "Brico"],
        "app": ["Doccle", "Facebook", "Gmail", "Netflix", "Tax-on-web", "Apple ID"],
        "street": ["Stationsstraat", "Kerkstraat", "Meir", "Bredabaan", "Grote Markt", "Diestsestraat", "Kapelstraat", "Nieuwstraat",
                   "Zandstraat", "Brugsesteenweg", "Lange Nieuwstraat", "Molenstraat", "Veldstraat", "Leuvensesteenweg"],
        "city": ["Mechelen", "Gent", "Antwerpen", "Leuven", "Hasselt", "Brugge", "Aalst", "Kortrijk", "Genk", "Turnhout", "Lier", "Sint-Niklaas"],
        "ssid": ["telenet-4A2B1", "Proximus-Home-7C31", "WiFi-2.4-9D1E", "bbox-58F1", "Orange-A83C", "thuis_5G"],
        "rel": ["ons moeder", "mijn vader", "mijn bomma", "mijn schoonmoeder", "mijn bompa", "mijn meter", "mijn nonkel", "ons vader"],
    },
    "fr-be": {
        "name": ["Marie Dubois", "Jean-Pierre Lambert", "Sophie Lejeune", "Michel Dupont", "Nathalie Leclercq", "Karim Benali", "Isabelle Renard",
                 "Christophe Martin", "Chantal Simon", "Julien Lemaire", "Aïcha Mansouri", "Philippe Hubert", "Véronique Collard", "Thomas Denis",
                 "Monique Gilson", "Luc Delvaux"],
        "agent": ["Camille", "Maxime", "Julie", "Antoine", "Laura", "Nicolas", "Manon", "Hugo"],
        "bank": ["BNP Paribas Fortis", "Belfius", "ING Belgique", "CBC", "Crelan", "Beobank", "Argenta", "bpost banque", "Keytrade", "Nagelmackers"],
        "telco": ["Proximus", "Orange", "VOO", "Telenet", "Scarlet", "Mobile Vikings", "BASE", "Digi"],
        "shop": ["Vanden Borre", "Krëfel", "Zalando", "Amazon.fr", "Colruyt", "Delhaize", "Fnac", "MediaMarkt"],
        "app": ["MyMinfin", "Facebook", "Hotmail", "Netflix", "Vinted", "Apple ID"],
        "street": ["Rue de la Station", "Avenue Louise", "Rue des Tanneurs", "Chaussée de Wavre", "Rue du Marché", "Boulevard Tirou",
                   "Rue Haute", "Avenue des Combattants", "Rue de Namur", "Place Saint-Lambert", "Rue des Glycines", "Chaussée de Louvain",
                   "Rue Neuve", "Avenue de la Gare"],
        "city": ["Namur", "Liège", "Charleroi", "Mons", "Ixelles", "Wavre", "Tournai", "Verviers", "Arlon", "Schaerbeek", "Nivelles", "Uccle"],
        "ssid": ["VOO-8A21F3", "Proximus-Home-2B7C", "Orange-5G-11F0", "bbox2-9e1d", "Livebox-A4F2", "maison_wifi"],
        "rel": ["ma mère", "mon père", "ma grand-mère", "ma belle-mère", "mon grand-père", "ma tante", "ma voisine", "mon oncle"],
    },
    "en": {
        "name": ["Margaret Thompson", "David Clarke", "Priya Patel", "Gary Hughes", "Linda Evans", "Tom Walker", "Shirley Morgan", "Kevin O'Brien",
                 "Aisha Khan", "Robert Miller", "Jennifer Davis", "Carlos Ramirez", "Dorothy Wilson", "Mike Johnson", "Emily Carter",
                 "Brian Murphy", "Susan Anderson", "Jamal Washington", "Hannah Price", "Eileen Fraser"],
        "agent": ["Chloe", "Ben", "Jess", "Raj", "Megan", "Tyler", "Amy", "Jordan", "Kate", "Marcus"],
        "bank": ["Barclays", "NatWest", "Lloyds", "HSBC", "Monzo", "Santander", "Chase", "Wells Fargo", "Bank of America", "Capital One", "Nationwide", "Citi"],
        "telco": ["EE", "Vodafone", "O2", "Three", "giffgaff", "Verizon", "T-Mobile", "AT&T", "Sky Mobile", "Mint Mobile"],
        "shop": ["Amazon", "Argos", "eBay", "Currys", "Walmart", "Target", "Best Buy", "ASOS", "Tesco", "Etsy"],
        "app": ["PayPal", "Facebook", "Instagram", "Gmail", "Netflix", "Venmo", "Cash App", "Apple ID", "Microsoft account", "Steam"],
        "street": ["Mill Lane", "Church Road", "Victoria Street", "Oak Avenue", "Maple Street", "Elm Drive", "Station Road", "Park View",
                   "Willow Close", "Highland Ave", "King's Road", "Cedar Lane", "Pine Street", "Queensway", "Lakeview Dr", "Orchard Way"],
        "city": ["Leeds", "Manchester", "Bristol", "Cardiff", "Springfield", "Portland", "Columbus", "Atlanta", "Nottingham", "Edinburgh", "Austin", "Denver"],
        "ssid": ["BTHub6-7KQX", "SKY4F2A1", "VM3312984", "NETGEAR47", "xfinitywifi-home", "ATT9cP4r", "TALKTALK-5E21", "MyHome_5G"],
        "rel": ["my mum", "my dad", "my nan", "my mother-in-law", "my grandad", "my aunt", "my mom", "my grandma"],
    },
}


def _global_halves():
    """An item that occurs in several languages' pools goes to one half only."""
    where, counter = {}, {}
    for lk in POOLS:
        for k, lst in POOLS[lk].items():
            for item in lst:
                if item not in where:
                    c = counter.get(k, 0)
                    where[item] = c % 2
                    counter[k] = c + 1
    return where


WHERE = _global_halves()


def dealt(lang_key, half):
    out = {k: [x for x in v if WHERE[x] == half] for k, v in POOLS[lang_key].items()}
    for k, v in out.items():
        assert len(v) >= 2, (lang_key, half, k)
    return out
