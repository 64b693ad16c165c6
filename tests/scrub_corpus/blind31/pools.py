"""Fill-in pools (names, streets, cities, brands, devices, domains, hashtags).

Every pool is dealt alternately to the two halves (see core.deal), so a name,
street, city, brand or device family appears in only one half.
"""

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
FIRST = {
    'nl': ['Jan', 'Sanne', 'Pieter', 'Femke', 'Mark', 'Linda', 'Ruud', 'Esther', 'Bas', 'Marloes',
           'Kees', 'Ilse', 'Joost', 'Annemiek', 'Thijs', 'Mirjam', 'Daan', 'Roos', 'Wouter', 'Petra',
           'Hans', 'Yvonne', 'Sem', 'Noor', 'Mohamed', 'Fatima', 'Erik', 'Karin', 'Willem', 'Ayse',
           'Gerrit', 'Marieke'],
    'be_nl': ['Jens', 'Lotte', 'Pieter-Jan', 'Eline', 'Wim', 'Griet', 'Stijn', 'An', 'Koen', 'Katrien',
              'Bart', 'Sofie', 'Dries', 'Hanne', 'Joris', 'Lies', 'Tom', 'Nele', 'Kobe', 'Ine', 'Geert',
              'Veerle', 'Senne', 'Jolien'],
    'be_fr': ['Julien', 'Camille', 'Nicolas', 'Sophie', 'Olivier', 'Amélie', 'Maxime', 'Laura', 'Thomas',
              'Céline', 'François', 'Manon', 'Sébastien', 'Aurélie', 'Antoine', 'Isabelle', 'Mathieu',
              'Charlotte', 'Karim', 'Nadia', 'Benoît', 'Élodie'],
    'gb': ['Oliver', 'Emma', 'James', 'Sophie-Rose', 'Harry', 'Charlotte-Ann', 'George', 'Amelia', 'Jack',
           'Lucy', 'Tom-Henry', 'Hannah', 'Declan', 'Chloe', 'Rob', 'Priya', 'Aisha', 'Callum', 'Fiona',
           'Gareth', 'Niamh', 'Rhys'],
    'us': ['Michael', 'Jessica', 'David', 'Ashley', 'Chris', 'Megan', 'Brian', 'Lauren', 'Kevin', 'Amanda',
           'Jason', 'Rachel', 'Tyler', 'Nicole', 'Marcus', 'Keisha', 'Luis', 'Maria', 'Derek', 'Tiffany',
           'Brandon', 'Shauna'],
}
LAST = {
    'nl': ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
           'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
           'Smits', 'de Graaf', 'van der Meer', 'van Dijk', 'Kok', 'Jacobse', 'El Amrani', 'Yilmaz',
           'Kramer', 'Postma', 'Hoekstra', 'Verbeek'],
    'be_nl': ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
              'De Smet', 'Vermeulen', 'Van den Broeck', 'De Backer', 'Verstraete', 'Desmet', 'Van Damme',
              'Michiels', 'Hermans', 'Lambrechts', 'Vandenberghe', 'Coppens', 'Verhoeven'],
    'be_fr': ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Leclercq', 'Simon', 'Laurent', 'Lefèbvre', 'Renard',
              'Collard', 'Lemaire', 'Henrard', 'Dumont', 'Gilson', 'Delvaux', 'Piron', 'Noël', 'Bastin',
              'Jacquet', 'Hubert', 'Lejeune', 'Marchal'],
    'gb': ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas-Hale', 'Roberts',
           'Walker', 'Wright', 'Hughes', 'Patel', 'Khan', 'Campbell', 'Murphy', 'Price', 'Hall', 'Turner',
           'Clarke', 'Baxter', 'Doyle'],
    'us': ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Thompson', 'Moore',
           'Jackson', 'Lee', 'Harris', 'Lewis', 'Robinson', 'Nguyen', 'Young', 'King', 'Scott', 'Green',
           'Baker', 'Carter', 'Reyes'],
}

# pets / misc words people use in passwords (values only, not templates)
PW_WORDS = {
    'nl': ['Zomer', 'Winter', 'Tulp', 'Fiets', 'Haven', 'Molen', 'Kaas', 'Bakker', 'Schaar', 'Kapper',
           'Voetbal', 'Kassa', 'Winkel', 'Lente', 'Vlinder', 'Oranje', 'Polder', 'Zeilboot', 'Koffie',
           'Ajax', 'Bloem', 'Herfst', 'Tandarts', 'Vakantie'],
    'fr': ['Soleil', 'Gaufre', 'Boulange', 'Pomme', 'Lundi', 'Etoile', 'Chocolat', 'Frites', 'Printemps',
           'Maison', 'Jardin', 'Velo', 'Coiffure', 'Standard', 'Meuse', 'Ardenne'],
    'en': ['Summer', 'Sunshine', 'Bakery', 'Dragon', 'Monkey', 'Harbour', 'Coffee', 'Garden', 'Tiger',
           'Football', 'Rocket', 'Biscuit', 'Salon', 'Pepper', 'Yankees', 'Buster'],
}

# --------------------------------------------------------------------------
# Places: (street list, list of (postcode pattern, city)) per region
# --------------------------------------------------------------------------
STREETS = {
    'nl': ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Hoofdstraat', 'Julianalaan',
           'Beatrixstraat', 'Lange Nieuwstraat', 'Oudegracht', 'Marktplein', 'Wilhelminastraat',
           'Nieuwe Binnenweg', 'Prinsengracht', 'Zuiderzeestraatweg', 'Kastanjelaan', 'Schoolstraat',
           'Havenkade', 'Rijksstraatweg', 'Emmastraat', 'Achterom', 'Burgemeester Visserstraat',
           'Vismarkt'],
    'be_nl': ['Stationsstraat', 'Grote Markt', 'Kapelstraat', 'Veldstraat', 'Brugse Steenweg',
              'Lange Lozanastraat', 'Meir', 'Diestsestraat', 'Naamsestraat', 'Korenmarkt', 'Kortrijksesteenweg',
              'Leopoldlaan', 'Bredabaan', 'Antwerpsesteenweg', 'Hoogstraat', 'Sint-Pietersnieuwstraat',
              'Tiensestraat', 'Vlaamsekaai', 'Gentse Baan', 'Zuidstraat'],
    'be_fr': ['Rue de la Station', 'Chaussée de Bruxelles', 'Avenue Louise', 'Rue Haute', 'Place Saint-Lambert',
              'Rue des Wallons', 'Rue du Moulin', "Boulevard d'Avroy", 'Rue de Namur', 'Chaussée de Louvain',
              'Rue de Fer', 'Rue Saint-Gilles', 'Avenue de la Toison d’Or', 'Rue du Pont', 'Rue de Bouillon',
              'Rue Grande', 'Place du Marché', "Rue de l'Église", 'Quai de la Batte', 'Rue Léopold'],
    'gb': ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Park Avenue',
           'Queen Street', 'Kings Road', 'Albert Road', 'Manor Way', 'Green Lane', 'The Crescent',
           'Chapel Street', 'North Parade', 'Brook Street', 'Orchard Close', 'Castle Street',
           'Market Place', 'Grange Road', 'Springfield Avenue'],
    'us': ['Oak Street', 'Maple Avenue', 'Main Street', 'Cedar Lane', 'Elm Street', 'Washington Ave',
           'Lincoln Blvd', 'Pine Street', 'Lakeview Drive', 'Sunset Blvd', 'Hillcrest Road', 'Ridge Road',
           'Broadway', 'Walnut Street', 'Jefferson Ave', 'Park Place', 'Willow Lane', 'River Road',
           'Franklin Street', 'Highland Ave'],
}

CITIES = {
    # (city, postcode prefix or list)
    'nl': [('Amsterdam', '10'), ('Rotterdam', '30'), ('Utrecht', '35'), ('Den Haag', '25'), ('Eindhoven', '56'),
           ('Groningen', '97'), ('Zwolle', '80'), ('Haarlem', '20'), ('Leiden', '23'), ('Breda', '48'),
           ('Nijmegen', '65'), ('Arnhem', '68'), ('Amersfoort', '38'), ('Delft', '26'), ('Alkmaar', '18'),
           ('Tilburg', '50'), ('Deventer', '74'), ('Maastricht', '62'), ('Apeldoorn', '73'), ('Enschede', '75'),
           ('Leeuwarden', '89'), ('Gouda', '28')],
    'be_nl': [('Gent', '9000'), ('Antwerpen', '2000'), ('Leuven', '3000'), ('Brugge', '8000'),
              ('Hasselt', '3500'), ('Mechelen', '2800'), ('Kortrijk', '8500'), ('Aalst', '9300'),
              ('Sint-Niklaas', '9100'), ('Genk', '3600'), ('Turnhout', '2300'), ('Roeselare', '8800'),
              ('Lier', '2500'), ('Oostende', '8400'), ('Geel', '2440'), ('Dendermonde', '9200')],
    'be_fr': [('Liège', '4000'), ('Namur', '5000'), ('Charleroi', '6000'), ('Mons', '7000'), ('Wavre', '1300'),
              ('Ixelles', '1050'), ('Schaerbeek', '1030'), ('Louvain-la-Neuve', '1348'), ('Tournai', '7500'),
              ('Arlon', '6700'), ('Verviers', '4800'), ('Nivelles', '1400'), ('Huy', '4500'),
              ('Dinant', '5500'), ('Waterloo', '1410'), ('Etterbeek', '1040')],
    'gb': [('Leeds', 'LS'), ('Manchester', 'M'), ('Bristol', 'BS'), ('Brighton', 'BN'), ('Norwich', 'NR'),
           ('York', 'YO'), ('Cardiff', 'CF'), ('Glasgow', 'G'), ('Sheffield', 'S'), ('Nottingham', 'NG'),
           ('Bath', 'BA'), ('Exeter', 'EX'), ('Leicester', 'LE'), ('Reading', 'RG'), ('Oxford', 'OX'),
           ('Canterbury', 'CT')],
    'us': [('Portland', 'OR', '972'), ('Austin', 'TX', '787'), ('Denver', 'CO', '802'), ('Columbus', 'OH', '432'),
           ('Madison', 'WI', '537'), ('Raleigh', 'NC', '276'), ('Boise', 'ID', '837'), ('Tucson', 'AZ', '857'),
           ('Albany', 'NY', '122'), ('Burlington', 'VT', '054'), ('Savannah', 'GA', '314'), ('Omaha', 'NE', '681'),
           ('Asheville', 'NC', '288'), ('Spokane', 'WA', '992'), ('Richmond', 'VA', '232'),
           ('Santa Fe', 'NM', '875')],
}

# --------------------------------------------------------------------------
# Brands. One name appears once in the whole registry.
# --------------------------------------------------------------------------
# telco: name -> (routers)
TELCO = {
    'nl': [('KPN', ['Experia Box v10A', 'KPN Box 12']), ('Ziggo', ['Connect Box', 'SmartWifi modem H6']),
           ('Odido', ['Odido modem Sagemcom F@st 5359']), ('Delta Fiber', ['Genexis Platinum 7840']),
           ('Youfone', []), ('Simyo', []), ('Lebara', []), ('Caiway', ['Caiway Wifi Modem ZTE F680'])],
    'be': [('Proximus', ['b-box 3V+', 'Internet Box']), ('Telenet', ['Telenet Modem TC4400', 'Wi-Free Smart modem']),
           ('Orange Belgium', ['Flybox 4G+', 'Orange Internet Box']), ('Scarlet', ['Scarlet Box 3']),
           ('VOO', ['VOOmotion box']), ('Mobile Vikings', []), ('BASE', []), ('Digi', [])],
    'gb': [('BT', ['Smart Hub 2', 'Smart Hub 3']), ('Sky', ['Sky Broadband Hub SR203']),
           ('EE', ['EE Smart Hub Plus']), ('Virgin Media', ['Hub 5']), ('Plusnet', ['Plusnet Hub Two']),
           ('Three', [])],
    'us': [('Verizon', ['Fios Router G3100']), ('Xfinity', ['XB7 gateway']), ('AT&T', ['BGW320-505']),
           ('Spectrum', ['Spectrum SAX2V1R']), ('T-Mobile', ['5G Gateway G4AR']), ('Cox', ['Panoramic Wifi gateway'])],
}
# bank: (name, iban bank code or None, BIC)
BANK = {
    'nl': [('ING', 'INGB', 'INGBNL2A'), ('Rabobank', 'RABO', 'RABONL2U'), ('ABN AMRO', 'ABNA', 'ABNANL2A'),
           ('bunq', 'BUNQ', 'BUNQNL2A'), ('Knab', 'KNAB', 'KNABNL2H'), ('Triodos', 'TRIO', 'TRIONL2U'),
           ('SNS', 'SNSB', 'SNSBNL2A'), ('ASN Bank', 'ASNB', 'ASNBNL21')],
    'be': [('KBC', '734', 'KREDBEBB'), ('Belfius', '068', 'GKCCBEBB'), ('BNP Paribas Fortis', '001', 'GEBABEBB'),
           ('Argenta', '973', 'ARSPBE22'), ('Crelan', '103', 'NICABEBB'), ('AXA Bank', '750', 'AXABBE22'),
           ('Beobank', '954', 'CTBKBEBX'), ('vdk bank', '890', 'VDSPBE91')],
    'gb': [('Barclays', 'BARC', 'BARCGB22'), ('Lloyds', 'LOYD', 'LOYDGB2L'), ('NatWest', 'NWBK', 'NWBKGB2L'),
           ('HSBC', 'HBUK', 'HBUKGB4B'), ('Monzo', 'MONZ', 'MONZGB2L'), ('Starling', 'SRLG', 'SRLGGB2L'),
           ('Tide', 'CLRB', 'CLRBGB22'), ('Santander', 'ABBY', 'ABBYGB2L')],
    'us': [('Chase', None, ''), ('Bank of America', None, ''), ('Wells Fargo', None, ''), ('Mercury', None, ''),
           ('Capital One', None, ''), ('Citi', None, '')],
}
ENERGY = {
    'nl': ['Vattenfall', 'Eneco', 'Essent', 'Greenchoice', 'Budget Energie', 'Vandebron', 'Pure Energie', 'Oxxio'],
    'be': ['Engie', 'Luminus', 'TotalEnergies', 'Mega', 'Bolt', 'Octa+', 'Elegant', 'Ecopower'],
    'gb': ['Octopus Energy', 'British Gas', 'EDF', 'OVO', 'E.ON Next', 'Scottish Power'],
    'us': ['PG&E', 'Con Edison', 'Duke Energy', 'Xcel Energy', 'Dominion Energy', 'ComEd'],
}
# webshop platforms: (name, key styles)
SHOPPLAT = {
    'all': [('Shopify', ['shopify']), ('WooCommerce', ['woo']), ('Lightspeed', ['lightspeed']),
            ('Mijnwebwinkel', ['hex32']), ('CCV Shop', ['pubsec']), ('Wix', ['wix']),
            ('Shopware', ['shopware']), ('PrestaShop', ['presta']), ('Magento', ['magento']),
            ('BigCommerce', ['bigc']), ('bol.com', ['bol']), ('Etsy', ['etsy']), ('Ecwid', ['ecwid']),
            ('Squarespace', ['hex32'])],
}
ACCT = {
    'nl': [('Exact Online', ['exact']), ('Moneybird', ['moneybird']), ('e-Boekhouden', ['eboek']),
           ('SnelStart', ['hex32']), ('Jortt', ['generic']), ('Twinfield', ['generic']),
           ('Rompslomp', ['hex40']), ('Tellow', ['generic'])],
    'be': [('Billit', ['uuid']), ('Yuki', ['uuid']), ('Accountable', ['generic']), ('Tiime', ['generic']),
           ('WinBooks', ['hex32']), ('Teamleader', ['generic']), ('Odoo', ['hex40']), ('Clearfacts', ['uuid'])],
    'gb': [('Xero', ['generic']), ('FreeAgent', ['generic']), ('Sage', ['generic']), ('Zoho Books', ['hex32']),
           ('Pandle', ['hex32']), ('KashFlow', ['generic'])],
    'us': [('QuickBooks', ['generic']), ('FreshBooks', ['generic']), ('Wave', ['generic']), ('Gusto', ['hex40']),
           ('Bench', ['generic']), ('Bill.com', ['generic'])],
}
# payment providers: (name, key styles, own terminals)
PAY = {
    'nl': [('Mollie', ['mollie'], []), ('CCV', ['hex32'], ['CCV Fly', 'CCV Mobile A920']),
           ('Pay.nl', ['paynl'], []), ('Buckaroo', ['buckaroo'], []),
           ('Adyen', ['adyen'], ['Adyen S1F2', 'Adyen AMS1']), ('MultiSafepay', ['hex40'], []),
           ('Ginger Payments', ['hex32'], []), ('Rabo SmartPin', ['generic'], ['SmartPin terminal'])],
    'be': [('Worldline', ['hex32'], ['Yomani XR', 'Valina', 'Saturn 1000F2']), ('Payconiq', ['uuid'], []),
           ('Viva Wallet', ['viva'], []), ('myPOS', ['hex40'], ['myPOS Go 2', 'myPOS Carbon']),
           ('Keyware', ['generic'], []), ('Stripe', ['stripe'], ['Stripe Reader M2', 'BBPOS WisePOS E']),
           ('CM.com', ['uuid'], []), ('Sixty Two', ['generic'], [])],
    'gb': [('SumUp', ['sumup'], ['SumUp Air', 'SumUp Solo']), ('Zettle', ['zettle'], ['Zettle Reader 2']),
           ('Dojo', ['generic'], ['Dojo Go', 'Dojo Pocket']), ('Worldpay', ['generic'], []),
           ('takepayments', ['generic'], []), ('Paymentsense', ['generic'], [])],
    'us': [('Square', ['square'], ['Square Terminal', 'Square Reader']), ('Clover', ['uuid'], ['Clover Flex', 'Clover Mini']),
           ('Toast', ['generic'], ['Toast Go 2']), ('Helcim', ['generic'], ['Helcim Smart Terminal']),
           ('Authorize.net', ['authnet'], []), ('Stax', ['generic'], [])],
}

# Device families: manufacturer -> models. Dealt per manufacturer.
TERMINALS = [
    ('PAX', ['PAX A920 Pro', 'PAX A35', 'PAX A77', 'A920']),
    ('Ingenico', ['Ingenico Move/5000', 'Ingenico Desk/3500', 'Ingenico Lane/3000', 'Move 5000']),
    ('Verifone', ['Verifone V240m', 'Verifone P400', 'Verifone VX520', 'V400m']),
    ('Castles', ['Castles S1F2', 'Castles Saturn 1000']),
    ('Sunmi', ['Sunmi P2 Pro', 'Sunmi T2s']),
    ('Newland', ['Newland N910', 'Newland SP630']),
]
ROUTERS = [
    ('AVM', ['FRITZ!Box 7590', 'FRITZ!Box 7530 AX', 'FRITZ!Repeater 1200']),
    ('Zyxel', ['Zyxel VMG8825-T50', 'Zyxel EX5601-T0']),
    ('TP-Link', ['TP-Link Archer AX55', 'Deco X20']),
    ('Netgear', ['Netgear Nighthawk RAX50', 'Orbi RBK752']),
    ('Ubiquiti', ['UniFi Dream Machine', 'UniFi U6-Lite']),
    ('ASUS', ['ASUS RT-AX58U', 'ZenWiFi XT8']),
]
PHONES = [
    ('Apple', ['iPhone 13', 'iPhone 15 Pro', 'iPhone SE', 'iPad 9']),
    ('Samsung', ['Galaxy A54', 'Galaxy S23', 'SM-A546B', 'Galaxy Tab A8']),
    ('Google', ['Pixel 7a', 'Pixel 8']),
    ('Motorola', ['moto g84', 'moto e13']),
    ('Fairphone', ['Fairphone 5', 'Fairphone 4']),
    ('Xiaomi', ['Redmi Note 12', 'Xiaomi 13T']),
    ('Nokia', ['Nokia G22', 'Nokia 2660 Flip']),
    ('OnePlus', ['OnePlus Nord 3', 'OnePlus 11']),
]
PRINTERS = [
    ('Epson', ['Epson TM-T20III', 'TM-m30II', 'TM-T88VI']),
    ('Star', ['Star TSP143IIIU', 'mC-Print3']),
    ('Zebra', ['Zebra ZD421', 'ZD220']),
    ('Brother', ['Brother QL-820NWB', 'QL-700']),
    ('HP', ['HP LaserJet M234dw', 'OfficeJet Pro 9010']),
    ('Dymo', ['Dymo LabelWriter 550', 'LabelWriter 450']),
]

MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'yahoo.com', 'live.nl', 'gmx.net',
                'protonmail.com', 'me.com', 'outlook.be', 'hotmail.be', 'yahoo.fr', 'aol.com', 'hey.com',
                'hotmail.co.uk', 'live.be', 'mail.com', 'zoho.com']

HASHTAGS = {
    'nl': ['#storing', '#klantenservice', '#fail', '#ondernemen', '#zzp', '#mkb', '#pinstoring', '#wachten',
           '#boos', '#help', '#slechteservice', '#ondernemer'],
    'nl-be': ['#kmo', '#zelfstandige', '#panne', '#klantendienst', '#ondernemen_in_vlaanderen', '#nietcontent',
              '#stormschade', '#middenstand'],
    'fr-be': ['#enpanne', '#serviceclient', '#indépendant', '#commerce', '#inadmissible', '#PME', '#ras_le_bol',
              '#commercelocal', '#arnaque', '#horeca'],
    'en': ['#smallbusiness', '#customerservice', '#outage', '#fail', '#shoplocal', '#smallbiz', '#frustrated',
           '#downagain', '#supportlocal', '#wtf', '#notimpressed', '#selfemployed'],
}

SSIDS_WORDS = ['Winkel', 'Salon', 'Praktijk', 'Kantine', 'Gasten', 'Guest', 'Shop', 'Kassa', 'Office', 'Atelier',
               'Bureau', 'Cabinet', 'Clubhuis', 'Backoffice', 'Magasin', 'Studio']

KINDS = [('shop', 28), ('food', 14), ('salon', 14), ('freelance', 16), ('club', 10), ('dental', 8), ('landlord', 10)]
BIZ = {
    'nl': {
        'shop': ['Bakkerij {last}', '{last} Fietsen', 'Bloemenhuis {first}', 'Boekhandel {last}', 'Theehuis {first}',
                 'Slagerij {last}', 'Schoenmakerij {last}', 'Brillenhuis {first}'],
        'food': ['Café De Zwaan', 'Eetcafé {last}', 'Lunchroom {first}', 'Snackbar De Hoek'],
        'salon': ['Kapsalon {first}', 'Yogastudio Stil', 'Schoonheidssalon {first}', 'Barbershop {last}'],
        'freelance': ['{first} Fotografie', 'Klusbedrijf {last}', '{last} Grafisch Ontwerp', '{first} {last} Vertalingen'],
        'club': ['VV Oranje Boys', 'HC Rood-Wit', 'Tennisvereniging De Lob', 'Zwemclub De Dolfijn'],
        'dental': ['Tandartspraktijk {last}', 'Mondzorg {last}', 'Tandartsenpraktijk Centrum', 'Mondzorgpraktijk De Linde'],
        'landlord': ['{last} Verhuur', '{last} Vastgoed', 'Kamerverhuur {last}', 'Vakantiehuis De Duinen'],
    },
    'be_nl': {
        'shop': ['Bakkerij-Patisserie {last}', 'Bloemen {first}', 'Fietsen {last}', 'Beenhouwerij {last}', 'Boekhandel De Leeshoek',
                 'Chocolaterie {first}'],
        'food': ['Frituur {first}', 'Café Den Hoek', 'Brasserie {last}', 'Eethuis De Kroon'],
        'salon': ['Haarstudio {first}', 'Kapsalon Knip', 'Schoonheidsinstituut {first}', 'Barbier {last}'],
        'freelance': ['{last} Schrijnwerkerij', 'Fotostudio {first}', '{last} Elektriciteitswerken', '{first} Design'],
        'club': ['KFC Zwarte Leeuw', 'Volleybalclub Sint-Jan', 'Wielerclub De Spurters', 'Turnkring Olympia'],
        'dental': ['Tandartsenpraktijk {last}', 'Tandartsenpraktijk De Meersen', 'Mondzorg {first} {last}', 'Tandheelkunde Zuid'],
        'landlord': ['{last} Immo', 'Studentenkoten {last}', 'Vakantiewoning Het Zoet', '{last} Verhuring'],
    },
    'be_fr': {
        'shop': ['Boulangerie {last}', 'Fleurs {first}', 'Boucherie {last}', 'Librairie {last}', 'Épicerie {first}',
                 'Cycles {last}'],
        'food': ['Friterie {first}', 'Brasserie Le Coin', 'Café du Marché', 'Snack Chez {first}'],
        'salon': ['Salon {first}', 'Institut de beauté {first}', 'Coiffure {last}', 'Studio Yoga Zen'],
        'freelance': ['Menuiserie {last}', 'Atelier {first}', '{first} {last} Photographie', 'Électricité {last}'],
        'club': ['RFC Jeunesse', 'Basket Club Meuse', 'Tennis Club Les Pins', 'Club de Judo Sakura'],
        'dental': ['Cabinet dentaire {last}', 'Cabinet dentaire du Parc', 'Dentisterie {last}', 'Centre dentaire Léopold'],
        'landlord': ['Gîte {last}', '{last} Immobilier', 'Kots {last}', 'Résidence Les Tilleuls'],
    },
    'gb': {
        'shop': ["{first}'s Bakery", 'The Flower Stall', '{last} Books', '{last} Cycles', 'Corner Deli', '{last} Opticians'],
        'food': ['Corner Café', 'The Red Lion', "{first}'s Kitchen", 'Harbour Fish Bar'],
        'salon': ['{last} Hair', 'Studio {first}', 'Glow Beauty Rooms', '{last} Barbers'],
        'freelance': ['{last} & Sons Plumbing', '{first} {last} Photography', '{last} Joinery', '{first} Design Co'],
        'club': ['Riverside FC', 'Westfield Cricket Club', 'Kingsway Netball Club', 'St Mary\'s Rugby Club'],
        'dental': ['{last} Dental Practice', 'Parkside Dental', 'Smile Street Dental', '{last} & Partners Dental'],
        'landlord': ['{last} Lettings', '{last} Property', 'Harbourview Holiday Lets', '{last} Flats'],
    },
    'us': {
        'shop': ["{first}'s Bake Shop", 'Bloom & Co', '{last} Books & Gifts', '{last} Bike Shop', 'Main St Hardware',
                 '{last} Vintage'],
        'food': ['Main St Coffee', '{first}\'s Diner', 'Taco {last}', 'Blue Door Bistro'],
        'salon': ['{last} Barbershop', '{first} Yoga', 'Luxe Nail Studio', '{first} Hair Lounge'],
        'freelance': ['{last} Plumbing LLC', '{first} {last} Photo', '{last} Auto Repair', '{first} Creative LLC'],
        'club': ['Eastside Soccer Club', 'Lakeside Swim Team', 'Northview Little League', 'Riverside Running Club'],
        'dental': ['{last} Family Dentistry', 'Bright Smile Dental', 'Cedar Dental Group', '{last} Orthodontics'],
        'landlord': ['{last} Property Management', '{last} Rentals', 'Oak Street Apartments', '{last} Realty LLC'],
    },
}

# Belgian debit schemes named in chats about card payments
DEBIT = ['Bancontact', 'Maestro', 'V PAY', 'Debit Mastercard']
