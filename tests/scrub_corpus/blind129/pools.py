"""Filler pools. Every pool is dealt alternately (even index -> dev, odd -> heldout) by the generator."""

FIRST = {
    "nl": ["Jan", "Sanne", "Pieter", "Fleur", "Mohamed", "Annelies", "Daan", "Ilse", "Kees", "Noor", "Bram", "Yvonne", "Thijs", "Esra", "Ruud", "Marieke", "Joost", "Femke", "Sjoerd", "Hanneke"],
    "nl-be": ["Wout", "Lotte", "Jens", "Katrien", "Pieter-Jan", "Griet", "Sander", "Elke", "Bart", "An", "Joris", "Nele", "Koen", "Hilde", "Arne", "Lien"],
    "fr-be": ["Julien", "Camille", "Mathieu", "Aurélie", "Olivier", "Nathalie", "Maxime", "Sophie", "Thibault", "Céline", "Grégory", "Manon", "Nicolas", "Laetitia"],
    "en-gb": ["Oliver", "Amelia", "Harry", "Chloe", "George", "Priya", "Callum", "Sophie", "Rhys", "Hannah", "Jamie", "Fiona", "Tom", "Niamh"],
    "en-us": ["Tyler", "Madison", "Brandon", "Ashley", "Marcus", "Jessica", "Kevin", "Brittany", "Carlos", "Megan", "Derek", "Lauren", "Jordan", "Kayla"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Kok", "Verhoeven", "Postma"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Desmet", "Hermans", "Coppens", "Verstraete"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Renard", "Simon", "Lejeune", "Gilson", "Collard", "Delvaux", "Hubert", "Lemaire", "Jacquet"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Evans", "Patel", "Walker", "Wright", "Hughes", "Clarke", "Thompson", "Robinson", "MacLeod"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Anderson", "Thomas", "Moore", "Martinez", "Jackson", "Lee", "Harris", "Clark"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsweg", "Julianalaan", "Hoofdstraat", "Lindenlaan", "Nieuwe Binnenweg", "Van Speijkstraat", "Oudegracht", "Beukenlaan", "Marktplein", "Zeestraat", "Schoolstraat", "Wilhelminapark"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Kortrijksesteenweg", "Lange Kievitstraat", "Vrijdagmarkt", "Brusselsesteenweg", "Dorp-Oost", "Meir", "Overpoortstraat", "Veldstraat", "Nieuwstraat", "Kapelsestraat", "Diestsestraat"],
    "fr-be": ["Rue de la Station", "Chaussée de Charleroi", "Avenue Louise", "Rue Haute", "Rue du Marché", "Boulevard d'Avroy", "Rue de Namur", "Place Saint-Lambert", "Rue des Carmes", "Avenue de Tervueren", "Rue Neuve", "Chaussée de Waterloo"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road", "Queen Street", "Albert Road", "Manor Way", "Grove Terrace", "Bridge Street"],
    "en-us": ["Main St", "Oak Street", "Maple Ave", "Elm Street", "Washington Blvd", "Lakeview Dr", "Sunset Blvd", "Pine Street", "Cedar Lane", "2nd Ave", "Park Place", "Highland Ave"],
}
CITY = {
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Groningen", "Zwolle", "Haarlem", "Leiden", "Breda", "Nijmegen", "Leeuwarden", "Eindhoven", "Amersfoort", "Deventer"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas", "Roeselare", "Genk", "Oostende"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles", "Wavre", "Tournai", "Arlon", "Verviers", "Louvain-la-Neuve", "Ixelles", "Nivelles"],
    "en-gb": ["Manchester", "Leeds", "Bristol", "Glasgow", "Edinburgh", "Cardiff", "Brighton", "York", "Norwich", "Sheffield", "Bath", "Belfast"],
    "en-us": ["Chicago", "Austin", "Denver", "Seattle", "Boston", "Atlanta", "Portland", "Phoenix", "San Diego", "Columbus", "Nashville", "Madison"],
}
HOTEL = ["Hotel De Gouden Leeuw", "B&B Het Zonnehuis", "Stayokay", "Hotel Aan de Gracht", "B&B De Oude Pastorie", "Hôtel Le Relais", "Grand Hotel Zeezicht", "The Crown Inn", "Maple Court B&B", "Hotel Ibis Centrum", "Herberg 't Wapen", "B&B Villa Roosendael", "Seaview Guesthouse", "Hotel Mercure Centraal", "Chambre d'hôtes La Meuse", "The Lakeside Lodge"]
VENUE = ["Rijksmuseum", "ARTIS", "Diergaarde Blijdorp", "Van Gogh Museum", "Zoo Antwerpen", "Pairi Daiza", "Museum aan de Stroom", "Natural History Museum", "Chester Zoo", "Burgers' Zoo", "MAS", "Pandazoo", "Museum Boijmans", "Bronx Zoo", "Science Museum", "Musée Hergé"]
PRINT = ["CopyCenter Zuid", "Drukwerkdeal", "Printerpro", "Kopieerhuis Centrum", "Reprovinci", "Copy & Print Shop", "PrintExpress", "Imprimerie Duchêne", "FedEx Office", "Snappy Snaps", "Repro Gent", "Printpoint", "Ryman Print", "Digiprint"]
DIY = ["Gamma", "Praxis", "Karwei", "Hornbach", "Brico", "Hubo", "Mr. Bricolage", "B&Q", "Wickes", "Home Depot", "Lowe's", "Ace Hardware", "Toolstation", "Screwfix", "Formido", "Hubo Leuven"]
COWORK = ["Spaces Zuidas", "Seats2meet", "WeWork", "Regus", "The Office Operators", "Co-Labs", "Fosbury & Sons", "Silversquare", "Work Inn", "Impact Hub", "The Hive", "Level39", "Start Hub", "Mindspace"]
RECRUIT = ["Randstad", "Tempo-Team", "Adecco", "Start People", "Olympia", "Unique", "Manpower", "Hays", "Reed", "Robert Half", "Synergie", "Daoust", "Accent Jobs", "Kelly Services", "YoungCapital", "Page Personnel"]
AGENT = ["Lisa", "Mark", "Sophie", "Tim", "Anouk", "Kevin", "Eline", "Rachid", "Julie", "Dries", "Amélie", "Hugo", "Emma", "Jake", "Nina", "Bas"]
AGENT_INI = ["/LV", "^MK", "-SB", "/TD", "^AR", "~JG", "/EH", "^NP", "- EM", "/BR", "^CW", "/DV"]
MENTION = ["@GammaNL", "@ARTIS_Amsterdam", "@Randstad_NL", "@Hubo_be", "@WeWork", "@Praxis_NL", "@ZooAntwerpen", "@BandQ", "@StayokayHostels", "@Adecco_BE", "@Rijksmuseum", "@HomeDepot", "@ScrewfixCS", "@tempoteam", "@ChesterZoo", "@Regus", "@PairiDaiza", "@Hornbach_NL", "@FedExOffice", "@Blijdorp"]
HASHTAG = ["#klantenservice", "#slecht", "#fail", "#help", "#dtv", "#vakantie", "#museum", "#zoo", "#customerservice", "#nietcool", "#wtf", "#weekendje", "#klusjes", "#sollicitatie", "#uitzendbureau", "#coworking", "#printing", "#DIY", "#stuk", "#merci", "#bedankt", "#annoyed", "#booking", "#teleurgesteld", "#ptdr"]
URL = ["https://www.gamma.nl/klantenservice", "https://www.artis.nl/tickets", "https://mijn.randstad.nl", "https://www.hubo.be/nl/contact", "https://wework.com/help",
       "https://praxis.nl/retourneren", "https://www.zooantwerpen.be/faq", "https://www.diy.com/customer-services", "https://www.stayokay.com/nl/reserveren", "https://www.adecco.be/fr-be/contact",
       "https://bit.ly/3xQk9Pz", "https://www.homedepot.com/c/customer_service", "https://help.regus.com/s/", "https://portal.tempo-team.nl/login", "http://print-upload.nl/upload",
       "https://www.pairidaiza.eu/fr/billetterie", "www.hornbach.nl/service", "https://t.co/Xk29sLq0Pa", "https://forms.office.com/r/8kQz2LmN1a", "https://status.silversquare.eu"]
MODEL = ["PSB 1800 LI-2", "DCD791D2", "GSR 18V-60", "HP LaserJet M404dn", "Canon imageRUNNER C3226i", "Makita DHP482", "Ricoh IM C3000", "Ryobi R18PD3", "Xerox VersaLink C405", "Epson EcoTank ET-2850",
         "Brother HL-L2350DW", "Kärcher K5", "Einhell TE-CD 18/2", "Nest Learning Thermostat 3", "Fritz!Box 7590", "TP-Link Archer C6", "Ubiquiti U6-Lite", "Bosch PMF 220 CE", "iPhone 13 mini", "Galaxy S23"]
SSID = ["Hotel_Guest", "BnB-Zonnehuis", "CW-Members", "Spaces-Guest", "ZooFreeWifi", "TheCrown_Guests", "Printerpro-5G", "Silversquare", "Gast-WiFi", "Lakeside_Lodge"]
SERVICE_PHONE = {
    "nl": ["088 123 4500", "0900-1234567", "0800-0222", "085 208 1100", "020 570 3300", "0800 4100"],
    "nl-be": ["078 15 25 35", "0800 12 345", "09 269 00 00", "03 202 45 40", "078 35 36 37"],
    "fr-be": ["078 15 45 45", "0800 99 440", "02 555 01 00", "04 220 10 10", "070 22 33 44"],
    "en-gb": ["0800 085 1234", "0345 609 6688", "0333 014 3357", "0330 123 4455", "0800 028 2828"],
    "en-us": ["1-800-466-3337", "(800) 445-6937", "1-888-555-0143", "800.309.4412", "1-877-228-4321"],
}
