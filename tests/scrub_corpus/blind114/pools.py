"""Filler pools. Every list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Anouk", "Thijs", "Eva", "Ruben", "Marieke", "Sem", "Noor", "Jeroen", "Ilse", "Wouter", "Fatima", "Mohamed", "Kevin", "Priya"],
    "nl-be": ["Lien", "Wout", "Jana", "Pieter-Jan", "Elke", "Jens", "Fien", "Brecht", "Hanne", "Seppe", "An", "Koen", "Lore", "Stijn", "Nathalie", "Yannick"],
    "fr-be": ["Camille", "Julien", "Manon", "Maxime", "Amélie", "Loïc", "Élodie", "Thomas", "Chloé", "Nicolas", "Sarah", "Quentin", "Aurélie", "Romain", "Inès", "Mehdi"],
    "en-gb": ["Olivia", "Harry", "Amelia", "George", "Isla", "Jack", "Sophie", "Callum", "Niamh", "Rhys", "Priya", "Tom", "Grace", "Alfie", "Zara", "Owen"],
    "en-us": ["Emily", "Jacob", "Madison", "Tyler", "Ashley", "Brandon", "Hannah", "Marcus", "Kayla", "Diego", "Lauren", "Jordan", "Megan", "DeShawn", "Rachel", "Cody"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "El Amrani", "Kok", "van Leeuwen", "Dekker"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Van Damme", "Verhoeven", "Claeys", "Vermeulen"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Renard", "Lejeune", "Collard", "Gilson", "Fontaine", "Mathieu", "Henrard"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Patel", "O'Connor", "Walsh", "Hughes", "MacDonald"],
    "en-us": ["Johnson", "Miller", "Garcia", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "Nguyen", "Robinson", "Walker", "Young", "Kowalski", "Washington"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Stationsweg", "Prinsengracht", "Vondelstraat", "Schoolstraat", "Beatrixlaan", "Hoofdweg", "Lindenlaan", "Van Goghstraat", "Marktplein", "Burgemeester de Withstraat", "Nieuwe Binnenweg", "Oudegracht"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Grote Markt", "Nieuwstraat", "Kapelstraat", "Molenstraat", "Brugsesteenweg", "Meir", "Veldstraat", "Lindenlaan", "Koning Albertlaan", "Leuvensesteenweg", "Sint-Pietersnieuwstraat"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue Haute", "Chaussée de Waterloo", "Rue du Moulin", "Rue de l'Église", "Boulevard d'Avroy", "Place Saint-Lambert", "Rue des Champs", "Avenue des Combattants", "Rue Neuve", "Chaussée de Charleroi", "Rue de Namur", "Rue du Château"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Marlborough Road", "Kings Avenue", "Mill Lane", "Queen Street", "Park Road", "Elm Grove", "The Crescent", "Albert Road", "Green Lane", "Manor Close"],
    "en-us": ["Maple Street", "Oak Avenue", "Washington Blvd", "Elm St", "Lakeview Drive", "Sunset Blvd", "Pine Ridge Rd", "Main Street", "Cedar Lane", "Park Ave", "Highland Ave", "Broadway", "Jefferson St", "Willow Court"],
}
CITY = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97"), ("Zwolle", "80"), ("Leiden", "23"), ("Nijmegen", "65"), ("Haarlem", "20"), ("Tilburg", "50"), ("Breda", "48"), ("Almere", "13"), ("Arnhem", "68")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Berchem", "2600"), ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Oostende", "8400")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"), ("Ixelles", "1050"), ("Louvain-la-Neuve", "1348"), ("Tournai", "7500"), ("Schaerbeek", "1030"), ("Verviers", "4800"), ("Nivelles", "1400")],
    "en-gb": [("London", "SW11"), ("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Birmingham", "B29"), ("Brighton", "BN2"), ("Sheffield", "S10"), ("Norwich", "NR2"), ("York", "YO10"), ("Belfast", "BT9")],
    "en-us": [("Austin, TX", "787"), ("Brooklyn, NY", "112"), ("Portland, OR", "972"), ("Chicago, IL", "606"), ("Denver, CO", "802"), ("San Diego, CA", "921"), ("Columbus, OH", "432"), ("Atlanta, GA", "303"), ("Seattle, WA", "981"), ("Phoenix, AZ", "850"), ("Boston, MA", "021"), ("Nashville, TN", "372")],
}

# sector -> list of (name, handle, service phone, url)
BRANDS = {
    "sport": [("FC Polderstad", "@FCPolderstad", "088-2040500", "https://www.fcpolderstad.nl/tickets"),
              ("Ticketbox Sport", "@TicketboxSport", "0900-8425", "https://ticketboxsport.nl/help"),
              ("KV Scheldeboys", "@KVScheldeboys", "+32 3 808 40 40", "https://www.scheldeboys.be/fr/billetterie"),
              ("Royal Meuse FC", "@RoyalMeuseFC", "078 15 88 00", "https://www.royalmeuse.be/abonnements"),
              ("Northbridge United", "@NorthbridgeUtd", "0344 499 1870", "https://tickets.northbridgeutd.co.uk"),
              ("Bay City Hawks", "@BayCityHawks", "1-888-555-0142", "https://www.baycityhawks.com/season-tickets"),
              ("SportPas", "@SportPasNL", "085 - 303 12 12", "https://sportpas.nl/mijn-account"),
              ("ArenaTix", "@ArenaTix", "0330 123 0990", "https://arenatix.co.uk/account/login")],
    "crypto": [("Coinvault", "@CoinvaultNL", "020 808 4411", "https://help.coinvault.nl/2fa"),
               ("Bitbrug", "@BitbrugBE", "+32 2 588 31 00", "https://bitbrug.be/support"),
               ("NorthCoin Exchange", "@NorthCoinEx", "0203 880 4410", "https://northcoin.exchange/security"),
               ("Satoshi Markets", "@SatoshiMarkets", "1-833-555-0177", "https://support.satoshimarkets.com"),
               ("Lightwallet", "@Lightwallet_EU", "085 888 5200", "https://lightwallet.eu/faq/api"),
               ("KryptoBroker", "@KryptoBroker", "0800 024 2424", "https://kryptobroker.nl/verify")],
    "alarm": [("Veiligthuis Alarm", "@VeiligthuisNL", "088 990 2200", "https://www.veiligthuis.nl/service"),
              ("SecurHome", "@SecurHomeBE", "078 48 48 00", "https://www.securhome.be/nl/support"),
              ("Alarme Wallonie", "@AlarmeWallonie", "081 22 10 10", "https://alarmewallonie.be/contact"),
              ("Guardline", "@GuardlineUK", "0345 600 3030", "https://guardline.co.uk/help"),
              ("SafeNest Security", "@SafeNestHome", "1-877-555-0190", "https://safenest.com/support"),
              ("Bewaakt B.V.", "@Bewaakt", "0900 - 2392822", "https://bewaakt.nl/klantenservice")],
    "bike": [("Zwerffiets", "@ZwerffietsApp", "020 - 214 55 10", "https://zwerffiets.nl/help"),
             ("Stepr", "@StepRides", "+31 85 208 7070", "https://stepr.eu/support"),
             ("Velo Stad", "@VeloStad", "03 206 50 30", "https://www.velostad.be/abonnement"),
             ("ZapScoot", "@ZapScootUK", "0203 514 8822", "https://zapscoot.co.uk/fines"),
             ("Glide Mobility", "@GlideRides", "1-844-555-0136", "https://glide.bike/help"),
             ("Trottibus", "@Trottibus_BXL", "02 318 80 80", "https://trottibus.brussels/aide")],
    "post": [("PakketPost", "@PakketPostNL", "088 - 868 6868", "https://www.pakketpost.nl/volgen"),
             ("bpost-achtig Postbedrijf", "@PostbedrijfBE", "02 201 23 45", "https://track.postbedrijf.be"),
             ("Royal Parcel", "@RoyalParcelUK", "0345 774 0740", "https://www.royalparcel.co.uk/track"),
             ("USParcel", "@USParcelHelp", "1-800-555-0168", "https://usparcel.com/track"),
             ("Snelkoerier", "@Snelkoerier", "0900 - 7070", "https://snelkoerier.nl/klantenservice"),
             ("La Poste Express BE", "@PosteExpressBE", "078 05 05 50", "https://posteexpress.be/suivi")],
    "telecom": [("Belnet Mobiel", "@BelnetMobiel", "1200", "https://belnetmobiel.nl/roaming"),
                ("Proxifoon", "@Proxifoon", "0800 22 800", "https://www.proxifoon.be/nl/roaming"),
                ("Orangina Mobile", "@OranginaMobileBE", "5000", "https://www.oranginamobile.be/fr/aide"),
                ("Fone4U", "@Fone4U_UK", "0333 338 1000", "https://fone4u.co.uk/roaming"),
                ("NationWireless", "@NationWireless", "1-866-555-0110", "https://nationwireless.com/travel"),
                ("Simpelnet", "@SimpelnetNL", "088 - 522 00 00", "https://simpelnet.nl/puk")],
}
SECTORS = list(BRANDS)

AGENTS = ["Lisa", "Mark", "Sophie", "Tim", "Nadia", "Ruud", "Ellen", "Karim", "Joke", "Bart", "Claire", "Amir", "Vera", "Dennis", "Hélène", "Stefan", "Jess", "Mike", "Greet", "Yusuf"]

HASHTAG = {
    "nl": ["#klantenservice", "#fail", "#schandalig", "#pakketpost", "#deelscooter", "#roaming", "#crypto", "#seizoenkaart", "#nietnormaal", "#help", "#alarm", "#fietsdelen"],
    "nl-be": ["#klantendienst", "#bpost", "#zucht", "#roaming", "#abonnement", "#deelsteps", "#crypto", "#voetbal", "#belachelijk", "#help"],
    "fr-be": ["#serviceclient", "#colis", "#honteux", "#roaming", "#trottinette", "#crypto", "#abonnement", "#foot", "#arnaque", "#aide"],
    "en-gb": ["#customerservice", "#fail", "#shocking", "#roaming", "#escooter", "#crypto", "#seasonticket", "#COYS", "#help", "#parcel", "#rant"],
    "en-us": ["#customerservice", "#fail", "#wtf", "#roaming", "#scooter", "#crypto", "#seasontickets", "#help", "#package", "#neveragain", "#security"],
}
MODELS = ["Ajax Hub 2 Plus", "DS-2CD2143G2-I", "FRITZ!Box 7590", "Ninebot Max G30", "ZTE MF286D", "Galaxy A54 (SM-A546B)", "iPhone 13 mini", "Pixel 8",
          "Ring Keypad 2nd Gen", "Nuki Smart Lock 3.0", "Netgear R7000", "Ledger Nano X", "Trezor Model T", "Verisure Starkit", "Xiaomi Pro 2", "Huawei B535-232",
          "Yale Sync SR-3200i", "TP-Link Archer AX55", "Fairphone 5", "Arlo Pro 4"]
SSIDS = ["Ziggo-5G-3A1F", "TELENET-8842A", "proximus-home-7731", "BTHub6-9XCQ", "NETGEAR42", "Huize_Jansen", "FRITZ!Box 7530 XY", "VOO-88F21A", "KPN2F4C1", "xfinitywifi-home", "Linksys00417", "TP-Link_ABBA"]
COUNTRIES = {
    "nl": ["Spanje", "Turkije", "Marokko", "de VS", "Zwitserland", "Thailand", "Engeland", "Noorwegen", "Indonesië", "Canada"],
    "nl-be": ["Spanje", "Turkije", "Zwitserland", "de VS", "Marokko", "Kroatië", "Thailand", "Engeland", "Noorwegen", "Andorra"],
    "fr-be": ["Suisse", "Maroc", "Espagne", "Turquie", "Tunisie", "Canada", "Royaume-Uni", "Andorre", "Thaïlande", "États-Unis"],
    "en-gb": ["Switzerland", "Turkey", "the US", "Jersey", "Morocco", "Norway", "Thailand", "Dubai", "Iceland", "Canada"],
    "en-us": ["Mexico", "Canada", "Italy", "Japan", "the UK", "Costa Rica", "Switzerland", "Thailand", "Portugal", "Iceland"],
}
MAILDOM = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com", "home.nl"],
    "nl-be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "proximus.be", "outlook.be", "icloud.com", "scarlet.be"],
    "fr-be": ["gmail.com", "skynet.be", "hotmail.be", "voo.be", "outlook.com", "yahoo.fr", "proximus.be", "live.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "protonmail.com", "hotmail.com"],
}
PLATES = ["GX-123-B", "1-ABC-234", "AB12 CDE", "7KLM-442", "ZT-908-K", "2-XYZ-891"]
WEEKDAY = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "ma", "di", "wo", "do", "vr"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun.", "mar.", "mer.", "jeu.", "ven."],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri"],
}
