"""Filler pools. Every pool is dealt alternately: even index -> dev (half 0), odd -> heldout (half 1)."""

FIRST = {
    'nl': ['Sanne', 'Daan', 'Fleur', 'Bram', 'Lotte', 'Thijs', 'Anouk', 'Joost', 'Marieke', 'Ruben', 'Ilse', 'Sem', 'Noor', 'Wouter', 'Esmee', 'Kees', 'Yara', 'Mohamed', 'Femke', 'Stijn'],
    'nl-be': ['Lien', 'Wout', 'Jana', 'Pieter-Jan', 'Elke', 'Jens', 'Ine', 'Bart', 'Lore', 'Seppe', 'Griet', 'Arne', 'Hanne', 'Koen', 'Nele', 'Dries'],
    'fr-be': ['Camille', 'Maxime', 'Julie', 'Thomas', 'Manon', 'Nicolas', 'Chloé', 'Loïc', 'Amélie', 'Sébastien', 'Océane', 'Quentin', 'Inès', 'Damien', 'Aurélie', 'Cédric'],
    'en-gb': ['Olivia', 'Harry', 'Amelia', 'Jack', 'Priya', 'Callum', 'Sophie', 'Rhys', 'Chloe', 'Oliver', 'Niamh', 'George', 'Aisha', 'Liam', 'Grace', 'Dominic'],
    'en-us': ['Madison', 'Tyler', 'Ashley', 'Brandon', 'Jasmine', 'Kevin', 'Megan', 'Jose', 'Brittany', 'Derek', 'Kayla', 'Marcus', 'Lauren', 'Ryan', 'Destiny', 'Cody'],
}
LAST = {
    'nl': ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Kok', 'Yilmaz', 'El Amrani', 'Dekker', 'Brouwer'],
    'nl-be': ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van den Broeck', 'Declercq', 'Desmet'],
    'fr-be': ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leroy', 'Renard', 'Lejeune', 'François', 'Mathieu', 'Dumont', 'Lemaire', 'Collignon'],
    'en-gb': ['Smith', 'Jones', 'Taylor', 'Brown', 'Patel', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'Walker', "O'Connor", 'Hughes', 'Khan', 'Wright'],
    'en-us': ['Johnson', 'Williams', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Jackson', 'Thompson', 'Nguyen', 'Robinson', 'Lopez', 'Hernandez'],
}
STREET = {
    'nl': ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Prinsengracht', 'Stationsplein', 'Lindelaan', 'Beukenlaan', 'Julianastraat', 'Wilhelminapark', 'Schoolstraat', 'Vondellaan', 'Hoofdstraat', 'Zeeweg', 'Boslaan'],
    'nl-be': ['Kerkstraat', 'Veldstraat', 'Stationsstraat', 'Grote Markt', 'Meir', 'Kortrijksesteenweg', 'Dorpsstraat', 'Molenstraat', 'Bredabaan', 'Lange Lozanastraat', 'Nieuwstraat', 'Diestsestraat'],
    'fr-be': ['Rue de la Station', 'Avenue Louise', 'Rue du Midi', 'Chaussée de Wavre', 'Rue Saint-Gilles', 'Place du Marché', "Rue de l'Église", 'Boulevard d\'Avroy', 'Rue des Wallons', 'Avenue de Tervueren', 'Rue Haute', 'Chaussée de Charleroi'],
    'en-gb': ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'Queens Road', 'The Green', 'Kings Avenue', 'Manor Close', 'Albert Street', 'Oxford Road'],
    'en-us': ['Maple Ave', 'Oak Street', 'Elm St', 'Sunset Blvd', 'Washington Ave', 'Pine Ridge Rd', 'Lakeview Dr', 'Main St', 'Cedar Lane', 'Park Place', 'Willow Ct', 'Highland Ave'],
}
CITY = {
    'nl': [('1017', 'Amsterdam'), ('3011', 'Rotterdam'), ('3512', 'Utrecht'), ('2511', 'Den Haag'), ('5611', 'Eindhoven'), ('9711', 'Groningen'), ('6511', 'Nijmegen'), ('8011', 'Zwolle'), ('4811', 'Breda'), ('2311', 'Leiden'), ('7511', 'Enschede'), ('6211', 'Maastricht')],
    'nl-be': [('9000', 'Gent'), ('2000', 'Antwerpen'), ('3000', 'Leuven'), ('8000', 'Brugge'), ('2800', 'Mechelen'), ('3500', 'Hasselt'), ('8500', 'Kortrijk'), ('9300', 'Aalst'), ('2300', 'Turnhout'), ('1800', 'Vilvoorde')],
    'fr-be': [('1000', 'Bruxelles'), ('4000', 'Liège'), ('5000', 'Namur'), ('6000', 'Charleroi'), ('7000', 'Mons'), ('1300', 'Wavre'), ('1348', 'Louvain-la-Neuve'), ('1050', 'Ixelles'), ('4800', 'Verviers'), ('7500', 'Tournai')],
    'en-gb': [('SW1A 2AA', 'London'), ('M1 4BT', 'Manchester'), ('LS1 5DL', 'Leeds'), ('B1 1AA', 'Birmingham'), ('BS1 4DJ', 'Bristol'), ('CF10 1EP', 'Cardiff'), ('EH1 1YZ', 'Edinburgh'), ('L1 8JQ', 'Liverpool'), ('NE1 7RU', 'Newcastle'), ('NG1 5FS', 'Nottingham')],
    'en-us': [('10001', 'New York, NY'), ('94110', 'San Francisco, CA'), ('60614', 'Chicago, IL'), ('02139', 'Cambridge, MA'), ('97205', 'Portland, OR'), ('78704', 'Austin, TX'), ('33139', 'Miami Beach, FL'), ('98103', 'Seattle, WA'), ('80202', 'Denver, CO'), ('30309', 'Atlanta, GA')],
}
BRAND = {
    'social': ['Instagram', 'Facebook', 'TikTok', 'Snapchat', 'X', 'LinkedIn', 'Pinterest', 'Threads', 'Discord', 'Reddit'],
    'mail': ['Gmail', 'Outlook', 'Ziggo Mail', 'Yahoo Mail', 'KPN Mail', 'Telenet mail', 'iCloud Mail', 'Proton Mail', 'Hotmail', 'Skynet mail'],
    'game': ['Steam', 'PlayStation Network', 'Epic Games', 'Xbox', 'Battle.net', 'Riot', 'Nintendo', 'EA app', 'Roblox', 'Ubisoft Connect', 'Fortnite', 'Valorant'],
    'stream': ['Netflix', 'Disney+', 'Spotify', 'Videoland', 'Streamz', 'HBO Max', 'Viaplay', 'Prime Video', 'Deezer', 'Apple TV+', 'NPO Plus', 'Paramount+'],
    'shop': ['bol', 'Zalando', 'Coolblue', 'Amazon', 'Vinted', 'Marktplaats', '2dehands', 'Wehkamp', 'AliExpress', 'eBay', 'Shein', 'Temu'],
    'bank': ['ING', 'Rabobank', 'ABN AMRO', 'bunq', 'KBC', 'Belfius', 'BNP Paribas Fortis', 'Argenta', 'Monzo', 'Revolut', 'Chase', 'Barclays', 'Knab', 'Crelan'],
    'telco': ['KPN', 'Vodafone', 'Odido', 'Proximus', 'Orange', 'Telenet', 'Base', 'EE', 'O2', 'T-Mobile', 'Ben', 'Mobile Vikings', 'Verizon', 'Lebara'],
}
AGENT = ['Sophie', 'Mark', 'Ayla', 'Tom', 'Chantal', 'Yusuf', 'Eva', 'Niels', 'Laura', 'Jordy', 'Amira', 'Kevin', 'Charlotte', 'Dennis', 'Imane', 'Rick', 'Bo', 'Gert', 'Nadia', 'Hugo']
MENTION = ['@KPNwebcare', '@ING_Nederland', '@bolcom', '@Rabobank', '@ZiggoWebcare', '@Proximus', '@Telenet', '@KBC_Group', '@Belfius',
           '@AskPlayStation', '@XboxSupport', '@SteamSupport', '@NetflixHelps', '@SpotifyCares', '@AmazonHelp', '@Coolblue',
           '@Monzo', '@RevolutApp', '@O2', '@EE', '@VodafoneUK', '@Meta', '@InstagramComms', '@TikTokSupport', '@ChaseSupport',
           '@OdidoNL', '@Orange_BE', '@ABNAMRO', '@bunq', '@Zalando_NL', '@DisneyPlusHelp', '@EpicGames']
HASHTAG = ['#hacked', '#gehackt', '#piraté', '#accountrecovery', '#help', '#helpdesk', '#oplichting', '#fraude', '#2FA', '#simswap', '#security',
           '#klantenservice', '#service', '#scam', '#phishing', '#nietblij', '#boos', '#arnaque', '#GiveMeMyAccountBack', '#frustrated', '#webcare', '#urgent']
URL = ['https://www.instagram.com/hacked', 'https://www.facebook.com/hacked', 'https://help.steampowered.com', 'https://accounts.google.com/signin/recovery',
       'https://account.live.com/acsr', 'https://www.ing.nl/veilig-bankieren', 'https://www.kbc.be/fraude', 'https://support.netflix.com/nl/',
       'https://www.playstation.com/support/account/', 'https://support.xbox.com/help/account-profile', 'https://www.bol.com/nl/klantenservice',
       'https://fraudehelpdesk.nl', 'https://safeonweb.be', 'https://www.actionfraud.police.uk', 'https://www.identitytheft.gov',
       'https://tiktok.com/legal/report', 'http://bit.ly/3xK9rLm', 'https://www.rabobank.nl/particulieren/veilig-bankieren',
       'https://www.proximus.be/support', 'https://help.twitter.com/forms/hacked', 'https://www.epicgames.com/help', 'https://monzo.com/help']
SSID = ['Ziggo7A3F2', 'KPN_B4C9', 'telenet-8E21F', 'Proximus-Home-3F9A', 'BTHub6-X2K9', 'NETGEAR42', 'FRITZ!Box 7530 QL', 'Sky_Home_77',
        'Orange-C1D2', 'xfinitywifi', 'Linksys00421', 'VOO-551A2', 'TP-Link_5G_9A', 'Odido-3C2B']
COMPANY = {'nl': ['Bakker Installatietechniek B.V.', 'Visser & Zn.', 'De Groene Vlinder VOF', 'Studio Noord', 'Smit Logistiek', 'Kapsalon Yara'],
           'nl-be': ['Peeters Bouw BV', 'Frituur De Hoek', 'Maes & Co', 'Drukkerij Claes'],
           'fr-be': ['Boulangerie Dupont', 'Garage Lambert SRL', 'Cabinet Renard', 'Atelier Leroy'],
           'en-gb': ['Patel & Sons Ltd', 'Hughes Plumbing', 'Wright Design Studio', 'Evans Accountancy'],
           'en-us': ['Garcia Landscaping LLC', 'Nguyen Dental', 'Miller & Co', 'Lopez Realty']}


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


class Pools:
    def __init__(self, half):
        self.half = half
        d = lambda x: deal(x, half)
        self.first = {k: d(v) for k, v in FIRST.items()}
        self.last = {k: d(v) for k, v in LAST.items()}
        self.street = {k: d(v) for k, v in STREET.items()}
        self.city = {k: d(v) for k, v in CITY.items()}
        self.brand = {k: d(v) for k, v in BRAND.items()}
        self.agent = d(AGENT)
        self.mention = d(MENTION)
        self.hashtag = d(HASHTAG)
        self.url = d(URL)
        self.ssid = d(SSID)
        self.company = {k: d(v) for k, v in COMPANY.items()}
