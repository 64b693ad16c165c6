"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout) by the generator."""

FIRST_NAMES = {
    "nl": ["Sanne", "Jeroen", "Lotte", "Pieter", "Eva", "Thomas", "Femke", "Bram", "Noor", "Ruben", "Iris", "Daan", "Marloes", "Joost",
           "Fatima", "Mehmet", "Anouk", "Sjoerd", "Ilse", "Kees", "Yara", "Stijn"],
    "nl-be": ["Wout", "Lien", "Jana", "Arne", "Sofie", "Pieter-Jan", "Ellen", "Bart", "An", "Jens", "Hanne", "Koen", "Elke", "Dries",
              "Lore", "Tom", "Nele", "Maarten", "Ine", "Sander"],
    "fr-be": ["Camille", "Louis", "Manon", "Julien", "Chloé", "Maxime", "Élodie", "Nicolas", "Sarah", "Antoine", "Amandine", "Thibault",
              "Laura", "Quentin", "Aurélie", "Mehdi", "Céline", "Romain", "Inès", "Olivier"],
    "en-gb": ["Amelia", "Oliver", "Jack", "Emily", "Harry", "Sophie", "George", "Charlotte", "Callum", "Niamh", "Rhys", "Priya",
              "Alfie", "Hannah", "Declan", "Isla", "Rory", "Freya"],
    "en-us": ["Tyler", "Megan", "Kevin", "Ashley", "Brandon", "Jessica", "Marcus", "Kayla", "Jordan", "Brittany", "Derek", "Alyssa",
              "Carlos", "Lauren", "Trevor", "Dana", "Jamal", "Courtney"],
}
LAST_NAMES = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vos", "Peters",
           "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Yilmaz", "van den Berg"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Vermeulen", "Van Damme", "Hermans", "Verstraete", "De Clercq", "Vandenbroucke"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lejeune", "Renard", "Leclercq", "Dumont", "Lemaire",
              "Collignon", "François", "Denis", "Fontaine", "Gilson"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker",
              "Wright", "Hughes", "Patel", "O'Neill", "McKenzie"],
    "en-us": ["Miller", "Johnson", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "White", "Harris",
              "Clark", "Lewis", "Robinson", "Walker", "Nguyen", "Kowalski"],
}
AGENTS = {
    "nl": ["Lisa", "Mark", "Sem", "Naomi", "Jasper", "Esther", "Rik", "Ayla", "Tim", "Mirjam"],
    "nl-be": ["Jolien", "Stef", "Evelien", "Kobe", "Lies", "Yannick", "Griet", "Robbe"],
    "fr-be": ["Sophie", "Kevin", "Marie", "Benoît", "Justine", "Damien", "Lucie", "Arnaud"],
    "en-gb": ["Becky", "Dan", "Chloe", "Sam", "Gemma", "Liam", "Zara", "Ben"],
    "en-us": ["Ashley", "Mike", "Jen", "Chris", "Taylor", "Danielle", "Ryan", "Nicole"],
}
CITY = {
    "nl": ["Amsterdam", "Utrecht", "Eindhoven", "Groningen", "Zwolle", "Maastricht", "Arnhem", "Leiden"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst"],
    "fr-be": ["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Arlon", "Nivelles"],
    "en-gb": ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Norwich", "Bath", "Sheffield"],
    "en-us": ["Austin", "Denver", "Chicago", "Boston", "Seattle", "Atlanta", "Phoenix", "Portland"],
}
DEST = ["Malaga", "Lissabon", "Barcelona", "Antalya", "Kreta", "Curaçao", "New York", "Bali", "Marrakech", "Porto", "Rome",
        "Dubrovnik", "Tenerife", "Bangkok", "Nice", "Reykjavik", "Faro", "Split", "Boston", "Dubai"]
AIRLINES = ["KLM", "Transavia", "Brussels Airlines", "TUI fly", "easyJet", "Ryanair", "British Airways", "Corendon",
            "Lufthansa", "Air France", "United", "Delta", "Vueling", "Jet2", "SkyLowlands", "NorthSea Air"]
TRAVEL = ["TUI", "Sunweb", "Corendon", "D-reizen", "Booking.com", "Expedia", "Neckermann", "Connections", "Jet2holidays",
          "Zoover", "Travelbird", "Pegase Voyages", "Vacansoleil", "loveholidays", "Kayak", "Eurowings Holidays"]
GYMS = ["Basic-Fit", "SportCity", "TrainMore", "Jims", "PureGym", "The Gym Group", "David Lloyd", "Anytime Fitness",
        "Planet Fitness", "Fit For Free", "HealthCity", "Padelclub De Smash", "Tennisclub Ter Linden", "CrossFit 020", "Golazo", "Fitlane"]
FOOD = ["Thuisbezorgd", "Deliveroo", "Uber Eats", "HelloFresh", "Marley Spoon", "Takeaway.com", "Just Eat", "Gorillas",
        "Flink", "Picnic", "DoorDash", "Grubhub", "Ekomenu", "Gousto", "Foodl", "Crisp"]
MENTIONS = ["@KLM", "@Transavia", "@FlyingBrussels", "@TUIfly_BE", "@easyJet", "@British_Airways", "@Corendon_NL", "@united",
            "@BasicFit", "@SportCityNL", "@PureGym", "@PlanetFitness", "@Thuisbezorgd", "@Deliveroo_BE", "@UberEats", "@HelloFreshNL",
            "@Sunweb", "@JustEatUK", "@Delta", "@Gousto", "@TUI_NL", "@DoorDash", "@Jet2tweets", "@Picnic_nl"]
HASHTAGS = ["#klantenservice", "#fail", "#vertraging", "#ryanairfail", "#kofferkwijt", "#sportschool", "#nooitmeer",
            "#webcare", "#lostluggage", "#customerservice", "#allergie", "#glutenvrij", "#gym", "#annulering",
            "#schiphol", "#zaventem", "#foodpoisoning", "#refund", "#déçu", "#bagageperdu", "#hangry", "#travelnightmare"]
URLS = ["https://www.klm.nl/mijn-reis", "https://bit.ly/3xQk9Lz", "https://www.transavia.com/nl-NL/boeken/",
        "https://www.brusselsairlines.com/be/fr/manage", "www.tui.nl/service", "https://help.basic-fit.com/",
        "https://www.thuisbezorgd.nl/klantenservice", "https://deliveroo.be/fr/help", "https://t.co/Ab3kLm9QzX",
        "https://www.britishairways.com/travel/managebooking", "https://www.hellofresh.nl/account/settings",
        "https://worldtracer.aero/filedbag/", "http://sportcity.nl/opzeggen", "https://www.ubereats.com/be-en/help",
        "https://www.puregym.com/members/", "https://checkin.corendon.com", "https://www.delta.com/mytrips",
        "https://fb.me/e/2kLmPq", "https://www.gousto.co.uk/my-deliveries", "https://aka.ms/authapp"]
SSIDS = ["Ziggo5G-Jansen", "telenet-A7F2C1", "BasicFit_Guest", "Hotel_Sol_Free", "VOO-482913", "BTHub6-K92X", "NETGEAR47",
         "KPN_9F2A", "Proximus-Home-3B21", "Airbnb_Guest", "SKY8A2F1", "xfinitywifi_home", "Gym-Members", "FRITZ!Box 7590 QZ"]
DISHES = ["pad thai", "sushi box", "pizza margherita", "kapsalon", "pho", "burger menu", "poke bowl", "vol-au-vent",
          "chicken tikka", "falafel wrap", "stoofvlees met friet", "ramen", "fish and chips", "burrito bowl", "biryani", "lasagne"]
