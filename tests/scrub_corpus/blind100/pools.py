"""Filler pools and non-PII (hard negative) generators for blind100.

Every list here is dealt alternately between the halves (even index -> dev, odd -> heldout)."""
import string
from values import digits, alnum, fam

FIRST = {
    'nl': ['Jan', 'Sanne', 'Pieter', 'Fleur', 'Daan', 'Lotte', 'Bram', 'Eva', 'Ruud', 'Marieke', 'Thijs', 'Anouk', 'Kees',
           'Iris', 'Joost', 'Femke', 'Wouter', 'Noor', 'Gert-Jan', 'Esther', 'Mohammed', 'Fatima', 'Sven', 'Yara'],
    'be': ['Wout', 'Lien', 'Jens', 'Hanne', 'Pieter-Jan', 'Griet', 'Koen', 'Elke', 'Stijn', 'Ann', 'Bart', 'Sofie', 'Jef',
           'Nele', 'Arne', 'Febe', 'Dirk', 'Katrien', 'Yannick', 'Lore'],
    'fr': ['Julie', 'Thomas', 'Camille', 'Nicolas', 'Sophie', 'Antoine', 'Manon', 'Maxime', 'Chloé', 'Olivier', 'Amélie',
           'Benoît', 'Céline', 'Quentin', 'Aurélie', 'Jérôme', 'Nathalie', 'Gaëtan', 'Hélène', 'Sébastien'],
    'uk': ['Oliver', 'Amelia', 'Harry', 'Sophie', 'Jack', 'Emily', 'George', 'Chloe', 'Callum', 'Niamh', 'Rhys', 'Megan',
           'Liam', 'Hannah', 'Tom', 'Grace', 'Siobhan', 'Priya'],
    'us': ['Tyler', 'Ashley', 'Brandon', 'Megan', 'Jordan', 'Kayla', 'Austin', 'Brianna', 'Dylan', 'Madison', 'Marcus',
           'Jasmine', 'Kevin', 'Lauren', 'Derek', 'Alyssa', 'Luis', 'Keisha'],
}
LAST = {
    'nl': ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
           'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker', 'Brouwer', 'Kok', 'Yilmaz', 'El Amrani', "van 't Hof", 'Schouten'],
    'be': ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
           'Vermeulen', 'Van Damme', 'Verstraete', 'De Clercq', 'Van Acker', 'Desmet', 'Coppens', 'Lemmens'],
    'fr': ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Leclercq', 'Renard', 'Lejeune', 'Simon', 'Laurent', 'Lefèvre',
           'Gérard', 'Dumont', 'François', 'Collard', 'Hubert', 'Mathieu', 'Delvaux', 'Piron'],
    'uk': ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright',
           'Hughes', 'Edwards', 'Green', 'Hall', 'Patel', "O'Brien", 'MacLeod'],
    'us': ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Jackson', 'White', 'Harris',
           'Thompson', 'Moore', 'Clark', 'Lewis', 'Robinson', 'Young', 'Nguyen', 'Kowalski'],
}
STREETS = {
    'nl': ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Schoolstraat', 'Julianalaan', 'Beatrixstraat', 'Prinsengracht',
           'Van Goghlaan', 'Emmastraat', 'Stationsweg', 'Lindenlaan', 'Hoofdweg', 'Zonnebloemstraat', 'Nieuwe Binnenweg',
           'Burgemeester Visserstraat', 'Laan van Meerdervoort', 'Oude Gracht', 'Kastanjelaan', 'Parallelweg', 'Irenestraat'],
    'be': ['Stationsstraat', 'Kerkstraat', 'Dorpsstraat', 'Molenstraat', 'Nieuwstraat', 'Kapelstraat', 'Veldstraat',
           'Brugsesteenweg', 'Lange Kievitstraat', 'Diestsestraat', 'Overpoortstraat', 'Kortrijksesteenweg',
           'Bondgenotenlaan', 'Gentsesteenweg', 'Koning Albertlaan', 'Sint-Pietersnieuwstraat'],
    'fr': ['Rue de la Station', 'Rue du Moulin', 'Avenue Louise', 'Chaussée de Wavre', 'Rue des Écoles', 'Rue Haute',
           "Boulevard d'Avroy", 'Rue de Fer', 'Rue Saint-Gilles', 'Place du Marché', 'Rue de Namur', 'Avenue des Tilleuls',
           'Chaussée de Louvain', 'Rue du Pont', 'Rue de la Loi', 'Av. de Tervueren'],
    'uk': ['High Street', 'Station Road', 'Church Lane', 'Mill Lane', 'Victoria Road', 'Park Avenue', "King's Road",
           'Queen Street', 'Manor Close', 'Oakfield Drive', 'Albert Terrace', 'Elm Grove', 'Windsor Crescent', 'Springfield Road'],
    'us': ['Oak Street', 'Maple Avenue', 'Elm Street', 'Washington Blvd', 'Lake Drive', 'Pine Ridge Road', 'Cedar Lane',
           'Sunset Blvd', 'Park Place', 'Hillcrest Drive', 'Main Street', 'Walnut Court', 'N Lincoln Ave', 'W 43rd St'],
}
CITIES = {  # nl: (4-digit pc, city); be/fr: (pc, city); uk: (area letters, city); us: (city, state, zip3)
    'nl': [('1012', 'Amsterdam'), ('3011', 'Rotterdam'), ('3511', 'Utrecht'), ('5611', 'Eindhoven'), ('9711', 'Groningen'),
           ('6511', 'Nijmegen'), ('2311', 'Leiden'), ('7511', 'Enschede'), ('4811', 'Breda'), ('8011', 'Zwolle'),
           ('6211', 'Maastricht'), ('2011', 'Haarlem'), ('3811', 'Amersfoort'), ('5211', "'s-Hertogenbosch"),
           ('7311', 'Apeldoorn'), ('1811', 'Alkmaar')],
    'be': [('9000', 'Gent'), ('2000', 'Antwerpen'), ('3000', 'Leuven'), ('8000', 'Brugge'), ('3500', 'Hasselt'),
           ('2800', 'Mechelen'), ('8500', 'Kortrijk'), ('9300', 'Aalst'), ('2300', 'Turnhout'), ('3600', 'Genk'),
           ('8400', 'Oostende'), ('9100', 'Sint-Niklaas')],
    'fr': [('1000', 'Bruxelles'), ('4000', 'Liège'), ('5000', 'Namur'), ('6000', 'Charleroi'), ('7000', 'Mons'),
           ('1348', 'Louvain-la-Neuve'), ('1300', 'Wavre'), ('4800', 'Verviers'), ('6700', 'Arlon'), ('7500', 'Tournai'),
           ('1050', 'Ixelles'), ('1180', 'Uccle')],
    'uk': [('LS', 'Leeds'), ('M', 'Manchester'), ('BS', 'Bristol'), ('S', 'Sheffield'), ('NG', 'Nottingham'),
           ('LE', 'Leicester'), ('CF', 'Cardiff'), ('G', 'Glasgow'), ('EH', 'Edinburgh'), ('YO', 'York'),
           ('BN', 'Brighton'), ('NR', 'Norwich')],
    'us': [('Springfield', 'IL', '627'), ('Austin', 'TX', '787'), ('Portland', 'OR', '972'), ('Columbus', 'OH', '432'),
           ('Denver', 'CO', '802'), ('Raleigh', 'NC', '276'), ('Tucson', 'AZ', '857'), ('Madison', 'WI', '537'),
           ('Albany', 'NY', '122'), ('Boise', 'ID', '837'), ('Sacramento', 'CA', '958'), ('Tampa', 'FL', '336')],
}

AGENTS = {
    'nl': ['Lisa', 'Mark', 'Sanne', 'Tim', 'Romy', 'Jeroen', 'Demi', 'Kevin', 'Maaike', 'Rik', 'Shirley', 'Niels'],
    'be': ['Jolien', 'Tom', 'Eline', 'Kristof', 'Charlotte', 'Ruben', 'Inge', 'Maarten', 'Lotte', 'Gert'],
    'fr': ['Laura', 'Kevin', 'Marie', 'Damien', 'Justine', 'Romain', 'Elodie', 'Cédric', 'Pauline', 'Fabrice'],
    'uk': ['Sarah', 'Dan', 'Holly', 'Mike', 'Jess', 'Ben', 'Lucy', 'Sam', 'Kirsty', 'Ryan'],
    'us': ['Brittany', 'Chris', 'Amanda', 'Josh', 'Tiffany', 'Matt', 'Nicole', 'Ryan', 'Heather', 'Jake'],
}

SECTOR_STEMS = {
    'solar': [['Zonne', 'Helio', 'Solaro', 'Stroom', 'Volta', 'Lumen', 'Zonnig', 'Watt', 'Dakstroom', 'Sunwise', 'Photon', 'Greenray'],
              {'nl': ['Energie', 'Solar', 'Stroom', 'Power'], 'be': ['Energie', 'Solar', 'Power', 'Énergie'],
               'uk': ['Energy', 'Solar', 'Power', 'Renewables'], 'us': ['Solar', 'Energy', 'Power', 'Sun Co']}],
    'alarm': [['Secura', 'Guardi', 'Alarmo', 'Veilig', 'Protecta', 'Watchtor', 'Nachtwacht', 'Safeline', 'Sentri', 'Vigil', 'Shieldo', 'Keyhold'],
              {'nl': ['Beveiliging', 'Alarm', 'Security', 'Home'], 'be': ['Security', 'Alarm', 'Protect', 'Sécurité'],
               'uk': ['Security', 'Alarms', 'Home', 'Protect'], 'us': ['Security', 'Alarm', 'Home', 'Monitoring']}],
    'car': [['Van Leeuwen', 'Autohuis', 'Garage Stam', 'Dealerhuis', 'Motorpoint', 'Carmatic', 'Autobedrijf Pol', 'Wheelz',
             'Garage Delta', 'Autoplaza', 'Drive', 'Leasewise'],
            {'nl': ['Auto', 'Lease', 'Mobility', 'Occasions'], 'be': ['Cars', 'Auto', 'Lease', 'Automobiles'],
             'uk': ['Motors', 'Cars', 'Leasing', 'Autos'], 'us': ['Motors', 'Auto Group', 'Auto', 'Leasing']}],
    'charity': [['Hart voor', 'Samen voor', 'Help', 'Hoop', 'Fonds', 'Kind', 'Water', 'Dieren', 'Hope', 'Bright', 'Open Hand', 'Light'],
                {'nl': ['Dieren', 'Kinderen', 'Fonds', 'Stichting'], 'be': ['Vzw', 'Fonds', 'asbl', 'Hulp'],
                 'uk': ['Trust', 'Foundation', 'Appeal', 'Relief'], 'us': ['Foundation', 'Fund', 'Alliance', 'Relief']}],
}
UNI = {
    'nl': ['Universiteit {c}', 'Hogeschool {c}', 'Hogeschool van {c}', 'ROC {c}', '{c} University of Applied Sciences', 'Open Academie {c}'],
    'be': ['Hogeschool {c}', 'Universiteit {c}', 'Arteveldehogeschool', 'Thomas More {c}', 'UCLL {c}', 'Howest {c}'],
    'fr': ['Université de {c}', 'Haute École de {c}', 'HE {c}', 'Institut Supérieur de {c}', 'Université libre de {c}', 'École supérieure de {c}'],
    'uk': ['University of {c}', '{c} College', '{c} Metropolitan University', '{c} Trent University', '{c} City College', 'Open University {c}'],
    'us': ['University of {c}', '{c} Community College', '{c} State University', '{c} Tech', '{c} College of Arts', 'Online Academy {c}'],
}
MODELS = {
    'solar': ['SE5000H-RW000BEN4', 'IQ8M-72-2-INT', 'SUN2000-6KTL-M1', 'Sunny Boy 3.0', 'GW5000D-NS', 'Primo GEN24 6.0 Plus',
              'JAM54S30-410/MR', 'LR5-54HPH-420M', 'Powerwall 2', 'SH10RT', 'HM-800', 'Symo 8.2-3-M'],
    'alarm': ['Hub 2 Plus', 'DS-2CD2143G2-I', 'Stick Up Cam Pro', 'MotionProtect Outdoor', 'ENF-4000', 'Vista-20P',
              'IPC-HDW2431T-AS', 'Doorbell Pro 2', 'KeyPad Plus', 'PG2 SP2', 'EZVIZ C6N', 'Arlo Pro 4'],
    'car': ['Golf 8 1.5 eTSI', 'Model Y LR', 'Corolla TS 1.8 Hybrid', 'ID.4 Pro', 'Kia EV6 GT-Line', 'Peugeot 2008 PureTech 130',
            'Octavia Combi 2.0 TDI', 'BMW 320e Touring', 'Clio V TCe 90', 'Niro EV', 'Fiesta ST-Line', 'Tucson 1.6 T-GDI PHEV'],
    'uni': ['ThinkPad E14 Gen 5', 'MacBook Air M2', 'TI-84 Plus CE', 'Casio fx-991EX', 'HP ProBook 450 G9', 'Surface Laptop 5',
            'Dell Latitude 5440', 'iPad Air 5', 'Jabra Evolve2 30', 'Logitech C920', 'Chromebook 314', 'XPS 13 9315'],
    'charity': ['DM-2024-LENTE', 'KAL-2025', 'TX-FORM-2024', 'GA-DECL-03', 'BOX-S', 'PROMO-A5', 'RB-12', 'TSHIRT-M',
                'CARD-XMAS-24', 'MUG-01', 'STICK-10', 'BAG-R'],
}
APPS = {
    'solar': ['mySolarEdge', 'Enlighten', 'FusionSolar', 'Sunny Portal', 'SEMS Portal', 'Solar.web', 'iSolarCloud', 'Zonneplan app'],
    'alarm': ['Ajax app', 'Hik-Connect', 'Ring app', 'Verisure app', 'Alarm.com', 'EZVIZ', 'iVMS-4500', 'DMSS'],
    'car': ['MyVolkswagen', 'Tesla app', 'MyToyota', 'Kia Connect', 'MyPeugeot', 'Skoda Connect', 'My BMW', 'FordPass'],
    'uni': ['Osiris', 'Brightspace', 'Canvas', 'Blackboard', 'Toledo', 'Moodle', 'MyTimetable', 'Studielink'],
    'charity': ['donateursportaal', 'MijnGift', 'donor hub', 'JustGiving', 'mon espace donateur', 'giving portal', 'MyDonations', 'Geefapp'],
}
CARS = ['Golf', 'Polo', 'Yaris', 'Model 3', 'Octavia', 'Clio', 'Focus', 'Niro', 'ID.3', 'Corsa', '308', 'Sportage', 'Civic', 'Fabia']
SSIDS = ['Ziggo5G-7F21', 'telenet-4A8C2', 'FRITZ!Box 7590 QK', 'KPN_Thuis', 'Proximus-Home-91B2', 'VM3318820', 'BTHub6-XP9R',
         'NETGEAR42', 'Huize_Jansen', 'Orange-88F1', 'xfinitywifi_home', 'Camera_NET']
HASHTAGS = {
    'solar': ['#zonnepanelen', '#salderingsregeling', '#energie', '#solar', '#zonneenergie', '#terugleveren', '#panneauxsolaires', '#solarpanels', '#netmetering', '#greenenergy'],
    'alarm': ['#inbraak', '#alarm', '#beveiliging', '#security', '#ring', '#camera', '#cambriolage', '#homesecurity', '#fail', '#klantenservice'],
    'car': ['#garage', '#lease', '#apk', '#occasion', '#onderhoud', '#MOT', '#carservice', '#dealership', '#entretien', '#EV'],
    'uni': ['#studentenleven', '#collegegeld', '#tentamen', '#studentlife', '#tuition', '#blokken', '#minerval', '#unilife', '#examen', '#finance'],
    'charity': ['#goededoel', '#donatie', '#charity', '#donate', '#giving', '#ANBI', '#dons', '#fundraising', '#help', '#giftaftrek'],
}


def half_pools(half):
    """Return the filler pools visible to one half (alternate dealing)."""
    def d(x):
        return x[half::2]
    P = {
        'first': {k: d(v) for k, v in FIRST.items()}, 'last': {k: d(v) for k, v in LAST.items()},
        'streets': {k: d(v) for k, v in STREETS.items()}, 'cities': {k: d(v) for k, v in CITIES.items()},
        'agents': {k: d(v) for k, v in AGENTS.items()}, 'models': {k: d(v) for k, v in MODELS.items()},
        'apps': {k: d(v) for k, v in APPS.items()}, 'cars': d(CARS), 'ssids': d(SSIDS),
        'hashtags': {k: d(v) for k, v in HASHTAGS.items()}, 'uni': {k: d(v) for k, v in UNI.items()},
        'stems': {k: (d(v[0]), {c: d(s) for c, s in v[1].items()}) for k, v in SECTOR_STEMS.items()},
    }
    return P


TLD = {'nl': '.nl', 'be': '.be', 'uk': '.co.uk', 'us': '.com'}


def company_phone(r, loc):
    if loc == 'nl':
        return r.choice(['088 %s %s %s' % (digits(r, 3), digits(r, 2), digits(r, 2)), '0800-%s' % digits(r, 4),
                         '0900-%s' % digits(r, 4), '088-%s' % digits(r, 7), '020 %s %s' % (digits(r, 3), digits(r, 4))])
    if loc == 'be':
        return r.choice(['078 %s %s %s' % (digits(r, 2), digits(r, 2), digits(r, 2)), '0800 %s %s' % (digits(r, 2), digits(r, 3)),
                         '+32 78 %s %s %s' % (digits(r, 2), digits(r, 2), digits(r, 2)), '070 %s %s' % (digits(r, 3), digits(r, 3))])
    if loc == 'uk':
        return r.choice(['0345 %s %s' % (digits(r, 3), digits(r, 4)), '0800 %s %s' % (digits(r, 3), digits(r, 4)),
                         '0333 %s %s' % (digits(r, 3), digits(r, 4)), '0330 %s %s' % (digits(r, 3), digits(r, 4))])
    return r.choice(['1-800-%s-%s' % (digits(r, 3), digits(r, 4)), '(888) %s-%s' % (digits(r, 3), digits(r, 4)),
                     '1 (877) %s-%s' % (digits(r, 3), digits(r, 4)), '800.%s.%s' % (digits(r, 3), digits(r, 4))])


def make_brand(r, P, sector, loc, lang):
    if sector == 'uni':
        c = r.choice(P['cities']['fr' if lang == 'fr-be' else loc])
        cname = c[1] if loc in ('nl', 'be') else (c[1] if loc == 'uk' else c[0])
        name = r.choice(P['uni']['fr' if lang == 'fr-be' else loc]).format(c=cname)
    else:
        stems, sufs = P['stems'][sector]
        name = r.choice(stems) + r.choice([' ', '']) + r.choice(sufs[loc])
        if name.startswith(('Hart voor', 'Samen voor')):
            name = name.split(' ', 2)[0] + ' ' + name.split(' ', 2)[1] + ' ' + r.choice(['Dieren', 'Kinderen', 'Later', 'Morgen'])
    handle = ''.join(ch for ch in name.title() if ch.isalnum())[:15]
    if r.random() < 0.4:
        handle += r.choice(['Care', 'Help', 'Support', 'HQ', {'nl': '_NL', 'be': '_BE', 'uk': 'UK', 'us': 'US'}[loc]])
    from values import ascii_fold
    dom = ''.join(ch for ch in ascii_fold(name).lower() if ch.isalnum())[:18]
    if sector == 'uni' and loc == 'us':
        tld = '.edu'
    elif sector == 'uni' and loc == 'uk':
        tld = '.ac.uk'
    else:
        tld = TLD[loc]
    return {'name': name, 'handle': '@' + handle, 'domain': dom + tld, 'phone': company_phone(r, loc)}


# ---------------------------------------------------------------- customer numbers
def customer_number(r, sector, kind, loc):
    if kind == 'ean':
        d = ('871' if loc == 'nl' else '541') + digits(r, 15)
        return r.choice([d, d, ' '.join([d[:6], d[6:12], d[12:]]), d[:3] + ' ' + d[3:]])
    if kind == 'student':
        if loc == 'nl':
            return r.choice(['s' + digits(r, 7), digits(r, 7), 'S' + digits(r, 7), '5' + digits(r, 6)])
        if loc == 'be':
            return r.choice(['r0' + digits(r, 6), 'r0' + digits(r, 6), digits(r, 8), 'u0' + digits(r, 6)])
        if loc == 'uk':
            return r.choice(['B0' + digits(r, 7), digits(r, 9), 'U' + digits(r, 7)])
        return r.choice(['900' + digits(r, 6), 'A' + digits(r, 8), digits(r, 8)])
    if kind == 'donor':
        return r.choice([digits(r, 7), 'D-' + digits(r, 6), digits(r, 5), 'DN' + digits(r, 8), digits(r, 3) + '-' + digits(r, 4)])
    if kind == 'mandate':
        return r.choice(['MDT' + digits(r, 9), 'SEPA-' + digits(r, 8), alnum(r, 3, string.ascii_uppercase) + digits(r, 10), 'M' + digits(r, 11)])
    if kind == 'contract':
        pre = {'solar': ['ZP', 'SC', 'EN'], 'alarm': ['AL', 'MON', 'SEC'], 'car': ['LC', 'LS', 'OL'], 'uni': ['ST', 'HU'],
               'charity': ['DO', 'GF']}[sector]
        return r.choice([r.choice(pre) + '-' + digits(r, 7), r.choice(pre) + digits(r, 8), digits(r, 10, True),
                         digits(r, 4) + '-' + digits(r, 5)])
    if kind == 'policy':
        return r.choice(['POL' + digits(r, 8), digits(r, 3) + '.' + digits(r, 3) + '.' + digits(r, 3), 'PN-' + digits(r, 7)])
    if kind == 'subscriber':
        return r.choice([digits(r, 6), 'ABN' + digits(r, 7), digits(r, 4) + '-' + digits(r, 3), 'C' + digits(r, 6)])
    return r.choice([digits(r, 8, True), digits(r, 7, True), digits(r, 9, True), digits(r, 2) + '.' + digits(r, 3) + '.' + digits(r, 3),
                     'K' + digits(r, 7), digits(r, 10, True)])


# ---------------------------------------------------------------- hard negatives
def amount(r, lang):
    v = r.choice([r.randint(5, 99) + r.choice([0, 0.5, 0.95, 0.99, 0.25]), r.randint(100, 2500), r.randint(2500, 18000) + 0.0])
    f = fam(lang)
    ints = int(v)
    cents = int(round((v - ints) * 100))
    if f in ('nl', 'fr'):
        grp = '{:,}'.format(ints).replace(',', '.' if f == 'nl' else r.choice(['.', ' ', '\u202f']))
        num = '%s,%02d' % (grp, cents) if (cents or r.random() < 0.4) else grp + r.choice([',-', ''])
        if f == 'nl':
            return r.choice(['€ ' + num, '€' + num, num + ' euro', 'EUR ' + num, num + ' EUR'])
        return r.choice([num + ' €', num + '€', num + ' euros', '€ ' + num, num + ' EUR'])
    grp = '{:,}'.format(ints)
    num = '%s.%02d' % (grp, cents) if (cents or r.random() < 0.3) else grp
    if lang == 'en-gb':
        return r.choice(['£' + num, '£' + num, 'GBP ' + num, num + ' pounds', '€' + num])
    return r.choice(['$' + num, '$' + num, 'USD ' + num, num + ' dollars'])


def meter(r):
    return r.choice([digits(r, 5, True), digits(r, 6), '%d.%s' % (r.randint(1, 48), digits(r, 3)), '%s,%s' % (digits(r, 5, True), digits(r, 1))])


def qty(r, lang, sector):
    f = fam(lang)
    c = ',' if f != 'en' else '.'
    opts = {
        'solar': ['%d panelen' % r.randint(6, 28) if f == 'nl' else ('%d panneaux' % r.randint(6, 28) if f == 'fr' else '%d panels' % r.randint(6, 28)),
                  '%d%s%d kWp' % (r.randint(2, 9), c, r.randint(1, 9)), '%d kWh' % r.randint(800, 6500), '%d Wp' % r.choice([370, 400, 410, 430, 450])],
        'alarm': ['%d camera%s' % (r.randint(2, 8), "'s" if f == 'nl' else 's'), '%d sensoren' % r.randint(2, 12) if f == 'nl' else '%d sensors' % r.randint(2, 12),
                  '%d GB' % r.choice([32, 64, 128, 256]), '%d dagen' % r.choice([7, 14, 30]) if f == 'nl' else '%d days' % r.choice([7, 14, 30])],
        'car': ['%s km' % '{:,}'.format(r.randint(5, 180) * 1000).replace(',', '.' if f != 'en' else ','), '%d miles' % r.randint(3000, 90000),
                '%d%s%d kWh' % (r.randint(40, 82), c, r.randint(0, 9)), '%d liter' % r.randint(35, 60) if f == 'nl' else '%d tyres' % r.choice([2, 4])],
        'uni': ['%d ECTS' % r.choice([5, 6, 7, 10, 15, 30, 60]), '%d credits' % r.choice([15, 20, 30, 60, 120]), '%d studiepunten' % r.choice([5, 6, 15, 30]),
                '%d modules' % r.randint(2, 8)],
        'charity': ['%d loten' % r.randint(1, 20) if f == 'nl' else '%d tickets' % r.randint(1, 20), '%d maanden' % r.choice([3, 6, 12]) if f == 'nl' else '%d months' % r.choice([3, 6, 12]),
                    '%d brieven' % r.randint(2, 9) if f == 'nl' else '%d letters' % r.randint(2, 9), '%d kalenders' % r.randint(1, 5)],
    }[sector]
    return r.choice(opts)


def neg(r, kind, lang, ctx):
    loc = ctx['loc']
    sector = ctx['sector']
    if kind == 'amount':
        return amount(r, lang)
    if kind == 'date':
        from values import recent_date
        return recent_date(r, lang)
    if kind == 'time':
        from values import time_
        return time_(r, lang)
    if kind == 'year':
        return str(r.randint(2019, 2026))
    if kind == 'pct':
        return r.choice(['%d%%' % r.randint(2, 60), '%d %%' % r.randint(2, 60), '%d,%d%%' % (r.randint(1, 20), r.randint(1, 9))])
    if kind == 'qty':
        return qty(r, lang, sector)
    if kind == 'dur':
        n = r.randint(2, 11)
        f = fam(lang)
        u = {'nl': ['weken', 'maanden', 'dagen', 'uur', 'minuten'], 'fr': ['semaines', 'mois', 'jours', 'heures', 'minutes'],
             'en': ['weeks', 'months', 'days', 'hours', 'minutes']}[f]
        return r.choice(['%d %s' % (n, r.choice(u)), '%d %s' % (n * 5, u[4]), '%d %s' % (n, u[0])])
    if kind == 'km':
        v = r.randint(8, 190) * 1000 + r.randint(0, 999)
        if lang == 'en-gb' or lang == 'en-us':
            return r.choice(['{:,}'.format(v) + ' miles', '{:,}'.format(v) + ' mi', '%dk miles' % (v // 1000)])
        return r.choice(['{:,}'.format(v).replace(',', '.') + ' km', '%d km' % v, '%dk km' % (v // 1000)])
    if kind == 'order':
        return r.choice(['#' + digits(r, 7, True), 'ORD-%d-%s' % (r.randint(2023, 2025), digits(r, 5)), '40' + digits(r, 8), 'NL' + digits(r, 9), 'WEB' + digits(r, 6)])
    if kind == 'ticket':
        return r.choice(['CAS-%s-%s' % (digits(r, 5), alnum(r, 4, string.ascii_uppercase + string.digits)), '#' + digits(r, 6, True),
                         '%d-%s' % (r.randint(2023, 2025), digits(r, 6)), 'SR-' + digits(r, 7), 'INC' + digits(r, 7), 'TKT' + digits(r, 5)])
    if kind == 'invoice':
        return r.choice(['F%d-%s' % (r.randint(23, 25), digits(r, 6)), 'INV-%d-%s' % (r.randint(2023, 2025), digits(r, 5)),
                         '%d/%s' % (r.randint(2023, 2025), digits(r, 5)), 'FA' + digits(r, 8), '9' + digits(r, 9)])
    if kind == 'tracking':
        return r.choice(['3S' + alnum(r, 4, string.ascii_uppercase) + digits(r, 9), '1Z' + alnum(r, 16, string.ascii_uppercase + string.digits),
                         'JJD' + digits(r, 18), 'CD' + digits(r, 9) + 'BE', 'JD' + digits(r, 16)])
    if kind == 'reqid':
        h = '0123456789abcdef'
        return r.choice(['req_' + alnum(r, 16, h), '-'.join([alnum(r, 8, h), alnum(r, 4, h), alnum(r, 4, h), alnum(r, 4, h), alnum(r, 12, h)]),
                         'RQ-' + digits(r, 10)])
    if kind == 'err':
        return r.choice(['E' + digits(r, 3), 'F%02d' % r.randint(1, 99), '0x8007%s' % alnum(r, 4, '0123456789ABCDEF'), 'ERR_' + r.choice(['TIMEOUT', 'AUTH_FAILED', 'GRID_LOST', 'OFFLINE']),
                         'Error %d' % r.choice([401, 403, 404, 500, 502, 503]), '3%s' % digits(r, 3), 'P0%s' % digits(r, 3), 'U1%s' % digits(r, 3)])
    if kind == 'version':
        return r.choice(['v%d.%d.%d' % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99)), '%d.%d.%d' % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 200)),
                         '%d.%d' % (r.randint(2, 18), r.randint(0, 9)), 'V%d.%02d.%02d' % (r.randint(1, 4), r.randint(0, 99), r.randint(0, 99))])
    if kind == 'model':
        return r.choice(ctx['P']['models'][sector])
    if kind == 'product':
        return r.choice(['SKU-' + digits(r, 6), 'ART ' + digits(r, 7), alnum(r, 3, string.ascii_uppercase) + '-' + digits(r, 4), digits(r, 13, True)])
    if kind == 'flight':
        return r.choice(['KL', 'SN', 'HV', 'FR', 'BA', 'UA', 'TB']) + r.choice(['', ' ']) + str(r.randint(100, 9999))
    if kind == 'cphone':
        return ctx['brand']['phone']
    if kind == 'kvk':
        if loc == 'nl':
            return r.choice([digits(r, 8, True), 'NL' + digits(r, 9) + 'B01'])
        if loc == 'be':
            return r.choice(['0' + digits(r, 3) + '.' + digits(r, 3) + '.' + digits(r, 3), 'BE 0' + digits(r, 9), 'BE0' + digits(r, 9)])
        if loc == 'uk':
            return r.choice([digits(r, 8), 'SC' + digits(r, 6), 'GB ' + digits(r, 3) + ' ' + digits(r, 4) + ' ' + digits(r, 2)])
        return r.choice(['%s-%s' % (digits(r, 2), digits(r, 7)), 'EIN %s-%s' % (digits(r, 2), digits(r, 7))])
    if kind == 'url':
        b = ctx['brand']['domain']
        return r.choice(['https://www.%s/%s' % (b, r.choice(['contact', 'storing', 'faq', 'mijn', 'account/reset', 'support/app', 'doneren', 'privacy'])),
                         'www.%s' % b, '%s/%s' % (b, r.choice(['help', 'service', 'login', 'aide'])), 'https://%s/s/%s' % (b, alnum(r, 6))])
    if kind == 'mention':
        return ctx['brand']['handle']
    if kind == 'hashtag':
        return r.choice(ctx['P']['hashtags'][sector])
    if kind == 'masked':
        return r.choice(['****' + digits(r, 4), '**** **** **** ' + digits(r, 4), 'xxxx-xxxx-xxxx-' + digits(r, 4),
                         'NL** **** **** **%s %s' % (digits(r, 2), digits(r, 2)), 'BE** **** **** %s' % digits(r, 4),
                         '06-****%s' % digits(r, 4), '+32 4** ** %s %s' % (digits(r, 2), digits(r, 2)), '•••• %s' % digits(r, 4),
                         'XXXXXX' + digits(r, 3), '***-***-%s' % digits(r, 4), 'GB** ****  **** **** %s' % digits(r, 2)])
    if kind == 'meter':
        return meter(r)
    if kind == 'port':
        return r.choice(['554', '8080', '443', '8000', '37777', '80', '8443', '34567', '9000'])
    if kind == 'checksum':
        return alnum(r, r.choice([32, 40, 64]), '0123456789abcdef')
    raise KeyError(kind)
