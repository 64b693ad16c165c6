"""Filler pools. Every pool is dealt alternately (even index -> dev, odd -> heldout)."""

NAMES = {  # origin -> (first names, last names)
    "de": (["Jürgen", "Katrin", "Matthias", "Sabine", "Florian", "Anja", "Dieter", "Heike", "Lukas", "Birgit", "Torsten", "Ulrike"],
           ["Müller", "Schneider", "Hoffmann", "Weiß", "Becker", "Krüger", "Schäfer", "Wagner", "Zimmermann", "Braun", "Fuchs", "Hartmann"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Joanna", "Paweł", "Magda", "Łukasz", "Ewa", "Marek"],
           ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Dąbrowska", "Kaczmarek", "Mazur", "Krawczyk"]),
    "tr": (["Mehmet", "Ayşe", "Emre", "Elif", "Mustafa", "Zeynep", "Hakan", "Fatma", "Burak", "Esra", "Yusuf", "Gül"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan"]),
    "ma": (["Mohamed", "Fatima", "Youssef", "Khadija", "Ayoub", "Samira", "Bilal", "Naima", "Hamza", "Loubna", "Karim", "Soufiane"],
           ["El Amrani", "Bouzid", "Benali", "El Idrissi", "Ouali", "Tahiri", "Aziz", "Bakkali", "El Khattabi", "Ziani", "Moussaoui", "Amrani"]),
    "pt": (["João", "Ana", "Miguel", "Inês", "Rui", "Sofia", "Tiago", "Beatriz", "Nuno", "Mariana", "Pedro", "Carla"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Lopes", "Marques"]),
    "en": (["James", "Emily", "Oliver", "Charlotte", "Daniel", "Hannah", "Ryan", "Megan", "Liam", "Chloe", "Nathan", "Jessica"],
           ["Smith", "Clarke", "O'Brien", "Walsh", "Turner", "Hughes", "Patel", "Murphy", "Reynolds", "Bennett", "Carter", "Gallagher"]),
    "fr": (["Sébastien", "Aurélie", "Julien", "Céline", "Maxime", "Élodie", "Nicolas", "Laetitia", "Thomas", "Manon", "Olivier", "Chloé"],
           ["Dubois", "Lambert", "Dupont", "Leclercq", "Martin", "Renard", "Lejeune", "Gilson", "Collard", "Hubert", "Mathieu", "Lemaire"]),
    "lu": (["Gilles", "Anne", "Marc", "Josiane", "Luc", "Carole", "Tom", "Nathalie", "Jeff", "Sandra", "Yves", "Martine"],
           ["Schmit", "Weber", "Hoffmann", "Wagner", "Muller", "Thill", "Reding", "Kieffer", "Majerus", "Steffen", "Kremer", "Welter"]),
    "nl": (["Sanne", "Bram", "Eva", "Joost", "Fleur", "Thijs", "Lotte", "Ruben", "Iris", "Gijs", "Anouk", "Wouter"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk"]),
    "be": (["Wout", "Lien", "Jens", "Griet", "Pieter", "Elke", "Kobe", "Sofie", "Stijn", "An", "Bart", "Katrien"],
           ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Mertens", "Willems", "Vermeulen", "Van Damme", "Jacobs"]),
    "us": (["Tyler", "Ashley", "Brandon", "Kayla", "Justin", "Brittany", "Kevin", "Amanda", "Jason", "Stephanie", "Eric", "Lauren"],
           ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Anderson", "Thomas", "Jackson", "White", "Harris", "Martinez"]),
}

STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Lindenlaan", "Julianastraat", "Beukenlaan", "Vondelstraat", "Industrieweg", "Spoorsingel", "Marktstraat", "Hoofdweg"],
    "be": ["Kerkstraat", "Meir", "Grote Markt", "Stationsstraat", "Kouter", "Brusselsesteenweg", "Nieuwstraat", "Bredabaan", "Diestsestraat", "Koningin Astridlaan"],
    "bef": ["rue de la Station", "avenue Louise", "chaussée de Waterloo", "rue Haute", "boulevard d'Avroy", "rue des Carmes", "place Saint-Lambert", "rue de Namur", "chaussée de Louvain", "rue du Pont"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Markt", "Gartenweg", "Friedrichstraße", "Aachener Straße", "Kirchgasse"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "ul. Piłsudskiego", "ul. Mickiewicza", "al. Jerozolimskie", "ul. Kościuszki", "ul. Słowackiego", "ul. Ogrodowa"],
    "tr": ["Atatürk Cad.", "İstiklal Cad.", "Cumhuriyet Mah. Gül Sok.", "Bağdat Cad.", "Fevzi Çakmak Sok.", "İnönü Bulvarı", "Menekşe Sok.", "Barbaros Bulvarı"],
    "ma": ["Rue Ibn Batouta", "Avenue Mohammed V", "Boulevard Zerktouni", "Rue Allal Ben Abdellah", "Avenue Hassan II", "Derb Sidi Bouloukat", "Rue de Fès", "Boulevard Anfa"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Travessa do Rosário", "Rua Direita", "Avenida dos Aliados", "Rua das Flores"],
    "lu": ["rue de la Gare", "avenue de la Liberté", "route d'Arlon", "rue du Fossé", "Grand-Rue", "rue de Hollerich", "boulevard Royal", "rue Principale"],
    "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "rue de la République", "boulevard Gambetta", "rue Nationale", "place du Marché", "rue Pasteur", "allée des Tilleuls"],
    "uk": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road", "King Street"],
    "us": ["Maple Avenue", "Oak Street", "Elm St", "Washington Blvd", "Cedar Lane", "Lakeview Dr", "Main Street", "Pine Ridge Rd"],
}

CITIES = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Eindhoven", "56"), ("Venlo", "59"), ("Enschede", "75"), ("Maastricht", "62"), ("Kerkrade", "64"), ("Groningen", "97"), ("Den Haag", "25"), ("Heerlen", "64"), ("Tilburg", "50")],
    "be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Hasselt", "3500"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Genk", "3600"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Turnhout", "2300")],
    "bef": [("Liège", "4000"), ("Namur", "5000"), ("Bruxelles", "1000"), ("Charleroi", "6000"), ("Arlon", "6700"), ("Mons", "7000"), ("Ixelles", "1050"), ("Verviers", "4800"), ("Wavre", "1300"), ("Bastogne", "6600")],
    "de": [("Berlin", "10115"), ("Köln", "50667"), ("Aachen", "52062"), ("Düsseldorf", "40213"), ("Kleve", "47533"), ("Hamburg", "20095"), ("Münster", "48143"), ("Emmerich am Rhein", "46446"), ("Trier", "54290"), ("Bocholt", "46395")],
    "pl": [("Warszawa", "00-590"), ("Kraków", "31-011"), ("Wrocław", "50-077"), ("Poznań", "61-701"), ("Gdańsk", "80-831"), ("Łódź", "90-001"), ("Szczecin", "70-410"), ("Lublin", "20-002")],
    "tr": [("İstanbul", "34435"), ("Ankara", "06420"), ("İzmir", "35210"), ("Kayseri", "38010"), ("Konya", "42050"), ("Bursa", "16010"), ("Antalya", "07100"), ("Trabzon", "61030")],
    "ma": [("Casablanca", "20000"), ("Nador", "62000"), ("Tanger", "90000"), ("Rabat", "10000"), ("Al Hoceima", "32000"), ("Oujda", "60000"), ("Fès", "30000"), ("Tétouan", "93000")],
    "pt": [("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Braga", "4700-435"), ("Coimbra", "3000-150"), ("Faro", "8000-138"), ("Aveiro", "3810-200"), ("Setúbal", "2900-001"), ("Viseu", "3500-080")],
    "lu": [("Luxembourg", "L-1611"), ("Esch-sur-Alzette", "L-4010"), ("Differdange", "L-4501"), ("Ettelbruck", "L-9052"), ("Dudelange", "L-3401"), ("Wiltz", "L-9530"), ("Mersch", "L-7530"), ("Echternach", "L-6460")],
    "fr": [("Lille", "59000"), ("Metz", "57000"), ("Paris", "75011"), ("Strasbourg", "67000"), ("Thionville", "57100"), ("Roubaix", "59100"), ("Lyon", "69003"), ("Nancy", "54000")],
    "uk": [("London", "NW1 6XE"), ("Manchester", "M1 4BT"), ("Leeds", "LS1 5DL"), ("Bristol", "BS1 4ST"), ("Glasgow", "G2 1DY"), ("Cardiff", "CF10 1EP"), ("Brighton", "BN1 1AE"), ("Norwich", "NR2 1NH")],
    "us": [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Portland, OR", "97205"), ("Columbus, OH", "43215"), ("Denver, CO", "80202"), ("Raleigh, NC", "27601"), ("Tampa, FL", "33602"), ("Madison, WI", "53703")],
}

BRANDS = ["Voltana", "NetLijn", "PakjePost", "Zuidbank", "Telvora", "Energiq", "Bellnet", "Verzekerhuis", "Rijnstroom", "KabelPlus",
          "Mobilix", "Spaarbank Oost", "Fietsfabriek", "TrainGo", "Luminet", "Postexpress", "DeltaFibre", "Gasvolt", "Wonenplus", "Zorgkas"]

AGENTS = ["Sanne", "Mo", "Lisa", "Kevin", "Fatima", "Dirk", "Nora", "Jeroen", "Amal", "Tom", "Ilse", "Yassin", "Sarah", "Pieter", "Hanna", "Bas",
          "Julie", "Mehdi", "Emma", "Arne"]

MENTIONS = ["@Voltana_NL", "@NetLijnHelpt", "@PakjePost", "@ZuidbankCare", "@TelvoraBE", "@EnergiqNL", "@bellnet_help", "@Verzekerhuis",
            "@rijnstroom", "@KabelPlusNL", "@MobilixBE", "@TrainGo_info", "@LuminetCare", "@postexpress_be", "@DeltaFibre", "@gasvolt_nl",
            "@consumentenbond", "@radar_avro", "@testaankoop", "@kassa_bnnvara"]

HASHTAGS = ["#storing", "#klantenservice", "#fail", "#internet", "#geduld", "#panne", "#service", "#help", "#energie", "#wifi",
            "#outage", "#customerservice", "#slechteservice", "#nietblij", "#déçu", "#pakket", "#rekening", "#facture", "#frustrated", "#wachten"]

URL_PATHS = ["mijn.{b}.nl/inloggen", "www.{b}.be/fr/aide", "{b}.nl/storingen", "www.{b}.com/help/contact", "{b}.nl/klantenservice/formulier",
             "www.{b}.be/nl/mijn-account", "status.{b}.nl", "{b}.nl/verhuizen", "www.{b}.lu/contact", "{b}.com/en/faq/billing",
             "app.{b}.nl/reset", "{b}.be/factuur-uitleg", "www.{b}.nl/privacy", "{b}.nl/tarieven-2025", "support.{b}.com/article/4471",
             "{b}.be/wachtwoord-vergeten"]

MODELS = ["FRITZ!Box 7590", "H369A", "Connect Box", "SM-A536B", "TC4400", "Archer C6", "iPhone 13 Pro", "Galaxy S23", "Huawei B535",
          "Sagemcom F@st 3890", "Zyxel VMG8825", "Pixel 8", "Redmi Note 12", "bbox 3", "Experia Box v10", "Moto G54", "HomeWizard P1", "Toon 2",
          "Nokia G20", "TP-Link Deco M5"]

SSIDS = ["FRITZ!Box 7530 XY", "Ziggo4F2A1", "KPN-Wifi-88", "telenet-7A3C1", "Livebox-5D20", "Famille_Yilmaz", "NowakNet", "HUAWEI-B535-9C1A",
         "bbox-home", "TP-Link_42E6", "Casa Silva", "Vodafone-E3B2", "proximus-home-77", "Schmit_5G", "ElAmrani_WiFi", "MyHome2G"]

COMPANY_PHONES = ["0800-0234", "088 123 45 67", "0900-1515", "078 15 15 15", "+31 20 799 12 34", "02 555 00 11", "0800 23 456",
                  "+32 78 35 35 35", "0900 8844", "+352 2799 1234", "0800 222 333", "085 303 88 00", "070 22 33 44", "+31 88 505 0505",
                  "0800 55 44 33", "1-800-555-0142"]

PLATES = ["GH-123-K", "1-ABC-234", "K-AB 1234", "WX 12345", "34 ABC 123", "AA-00-BB", "LU 4521", "S-XY 987"]
