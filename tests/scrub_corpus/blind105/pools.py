"""Filler pools for blind105. Every list is dealt alternately (even index -> dev, odd -> heldout)."""

POOLS = {
    "first": ["Anouk", "Jeroen", "Sanne", "Bram", "Els", "Kevin", "Lotte", "Pieter", "Nathalie", "Sophie", "Wim",
              "Fatima", "Mohamed", "Ines", "Tom", "Emma", "James", "Sarah", "Dave", "Megan", "Joke", "Lucie", "Koen",
              "Ilse", "Gert", "Chloé", "Maxime", "Olivia", "Tyler", "Brenda", "Harry", "Aisha", "Ruud", "Marloes",
              "Yusuf", "Hanne", "Quentin", "Gemma", "Ashley", "Dirk"],
    "last": ["de Vries", "Jansen", "Peeters", "Maes", "Dubois", "Lambert", "Smith", "Jones", "Miller", "Bakker",
             "Janssens", "Claes", "El Amrani", "van den Berg", "Wouters", "Taylor", "Brown", "Garcia", "Mertens",
             "Visser", "Goossens", "Lejeune", "Hughes", "Kowalski", "Hendriks", "Van Damme", "Renard", "O'Neill"],
    "agent": ["Laura", "Mehmet", "Kim", "Joost", "Eline", "Rachid", "Fien", "Ward", "Amélie", "Julien", "Claire",
              "Becky", "Owen", "Priya", "Marcus", "Danielle", "Sven", "Noor", "Thibault", "Hannah"],
    "initials": ["^LK", "/MB", "^KV", "-JD", "^EB", "~RS", "^FV", "/WH", "^AM", "-JL", "^CP", "^BT", "/OW", "^PS"],
    "funeral": ["Rustpunt Uitvaartzorg", "Avondrood Verzekeringen", "Uitvaart Lindenhof", "De Laatste Eer",
                "Funérailles Lumière", "Stille Haven Uitvaart", "Evergreen Funeral Plans", "Harbour & Vale Funerals",
                "Oakmoor Final Expense", "Serenitas Assurances", "Kraanvogel Uitvaartverzekering", "Heritage Memorial Insurance"],
    "hotel": ["Hotel De Duinrand", "Stayly", "Hostara", "Villa Zeezicht", "Hôtel du Parc", "The Harbour Inn",
              "Cabinly", "Vakantiehuisje Het Wad", "Gîte Les Ardennes", "Lakeside Lodge", "BedBridge", "Hoeve Klaproos",
              "Kustlogies", "Pinecrest Suites"],
    "print": ["FotoPunt", "Drukkerij Snel", "PrintPilot", "Photo Express", "Fotoboek.nu", "Imprimerie Rapide",
              "SnapPrints", "Kiekjeswinkel", "CanvasKing", "PrintHub", "De Fotozaak", "PixelPers"],
    "waste": ["Gemeente Zuidwold", "Afvalservice Regio Oost", "Stad Gent", "Ville de Namur", "Milieustraat Noord",
              "Leeds City Council", "City of Springfield Sanitation", "Intercommunale Ivarem", "Afvalbeheer Westland",
              "Bristol Waste", "Recypark Hesbaye", "Gemeente Utrecht"],
    "driving": ["Rijschool Vlot", "Autorijschool De Bocht", "Rijschool Groen Licht", "Auto-école Prudence",
                "Rijschool Max", "DriveRight Academy", "Pass First Driving School", "Rijschool Easy Go",
                "Autorijschool Van Dijk", "Red Light Driving", "Auto-école du Centre", "Steer Clear Driving"],
    "ssid": ["Ziggo-4F2A", "VillaZeezicht_Guest", "telenet-8E21A", "BT-Hub6-9KQ2", "NETGEAR47", "Gast-Duinrand",
             "Proximus-Home-3C7D", "Livebox-5B10", "HarbourInn_Rooms", "KPN-9D3C1", "Xfinity-2G", "Gite_WIFI"],
    "plate": ["G-123-XY", "1-ABC-234", "AB12 CDE", "7KLM 442", "XF-91-TZ", "2-GHK-851", "LV70 RTY", "JRX-4411"],
    "mention": ["@rustpunt_uitvaart", "@stayly_help", "@FotoPunt", "@hostara", "@GemeenteZuidwold", "@RijschoolVlot",
                "@PrintPilotNL", "@stadgent", "@LeedsCC", "@harbourinn", "@CanvasKing", "@villedenamur", "@EvergreenPlans",
                "@DriveRightUS", "@kustlogies", "@SnapPrints", "@afvalservice", "@bristolwaste", "@BedBridge_care", "@recypark"],
    "hashtag": ["#uitvaart", "#klantenservice", "#fail", "#vakantie", "#boeking", "#afval", "#groenebak", "#rijles",
                "#examen", "#fotoboek", "#printen", "#service", "#bintuesday", "#customerservice", "#holiday", "#drivingtest",
                "#poubelles", "#vacances", "#déçue", "#nooit meer".replace(" ", ""), "#wachten", "#ophaaldag"],
    "url": ["https://www.stayly.com/help", "https://mijn.rustpunt.nl/login", "www.fotopunt.nl/bestelstatus",
            "https://hostara.com/trips", "https://www.zuidwold.nl/afvalkalender", "https://rijschoolvlot.nl/planning",
            "https://printpilot.eu/orders", "https://stad.gent/afval", "www.leeds.gov.uk/bins", "https://harbourinn.co.uk/faq",
            "https://canvasking.be/fr/aide", "https://www.namur.be/collectes", "https://evergreenplans.com/claims",
            "https://driveright.com/schedule", "bit.ly/3kXq9Lp", "https://snapprints.co.uk/track", "https://status.bedbridge.io",
            "https://www.recypark.be/horaires"],
    "city": ["Zandvoort", "Texel", "De Panne", "Durbuy", "Whitby", "Cape Cod", "Knokke", "Valkenburg", "Bouillon",
             "St Ives", "Schoorl", "Spa"],
    "app": ["de app", "Stayly-app", "the app", "l'appli", "Mijn Omgeving", "het klantportaal", "the portal", "MijnAfval",
            "l'espace client", "the host dashboard"],
}


def deal(items, half):
    return [x for i, x in enumerate(items) if i % 2 == half]


def pools_for(half):
    return {k: deal(v, half) for k, v in POOLS.items()}
