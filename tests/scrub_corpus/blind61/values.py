"""Value generators (labelled values and hard negatives). Standard library only."""
import string

# ---------- checksums ----------
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix, length, rng):
    body = prefix + ''.join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c

def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + '00'
    n = ''.join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return '%s%02d%s' % (cc, chk, bban)

def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0

def rrn_ok(s):
    d = ''.join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int('2' + d[:9]) % 97 == chk

# ---------- helpers ----------
def digits(rng, n):
    return ''.join(rng.choice(string.digits) for _ in range(n))

def alnum(rng, n, chars=string.ascii_letters + string.digits):
    return ''.join(rng.choice(chars) for _ in range(n))

def group(s, sizes, sep=' '):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z]); i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

MONTHS = {
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}
def L(lang):
    return 'nl' if lang.startswith('nl') else ('fr' if lang == 'fr-be' else 'en')

# ---------- labelled values ----------
PW_WORDS = ['zomer', 'Fietsbel', 'Tijger', 'kaas', 'Vlinder', 'Mona', 'Soleil', 'chaton', 'Arsenal', 'Liverpool', 'Dragon', 'sunshine',
            'Koekje', 'Bruxelles', 'Frietje', 'Moeder', 'Pukkel', 'Nijntje', 'Bobby', 'Spurs', 'Yankees', 'Kobe', 'Minecraft', 'Ajax',
            'Feyenoord', 'Anderlecht', 'Standard', 'Gent', 'Paard', 'Lente', 'Hiver', 'Maman', 'Choco', 'Donut', 'Eagles', 'winter']
SYMS = '!@#$%&*?.-_'

def password(rng, lang):
    k = rng.randrange(8)
    w = rng.choice(PW_WORDS)
    if k == 0:
        return w + str(rng.choice([1987, 1992, 2001, 2019, 2023, 2024, 2025])) + rng.choice(SYMS)
    if k == 1:
        return w.capitalize() + rng.choice(SYMS) + digits(rng, rng.choice([2, 3, 4]))
    if k == 2:
        return alnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits + '!#%&*')
    if k == 3:
        t = w.lower().replace('a', '@').replace('o', '0').replace('e', '3').replace('i', '1')
        return t + digits(rng, 2) + rng.choice(SYMS)
    if k == 4:
        return '-'.join(rng.choice(PW_WORDS).lower() for _ in range(3)) + digits(rng, 1)
    if k == 5:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS) + digits(rng, 2)
    if k == 6:
        return rng.choice(['Welkom', 'Welcome', 'Bienvenue', 'Wachtwoord', 'Password', 'MotDePasse']) + digits(rng, rng.choice([2, 3, 4])) + rng.choice(['!', '', '?'])
    return w[:3].upper() + digits(rng, 3) + w[3:].lower() + rng.choice(SYMS)

def pin(rng, lang):
    n = rng.choice([4, 4, 4, 5, 6])
    return digits(rng, n)

def puk(rng, lang):
    return digits(rng, 8)

NUMW = {'nl': 'nul een twee drie vier vijf zes zeven acht negen'.split(),
        'fr': 'zéro un deux trois quatre cinq six sept huit neuf'.split(),
        'en': 'zero one two three four five six seven eight nine'.split()}

def otp(rng, lang):
    k = rng.randrange(6)
    d = digits(rng, 6)
    if k == 0:
        return d[:3] + ' ' + d[3:]
    if k == 1:
        return d[:3] + '-' + d[3:]
    if k == 2:
        return digits(rng, rng.choice([4, 5, 8]))
    return d

def otp_words(rng, lang):
    ws = NUMW[L(lang)]
    n = rng.choice([4, 6, 6])
    sep = rng.choice([' ', '-', ', ', ' '])
    return sep.join(ws[int(c)] for c in digits(rng, n))

def backup(rng, lang):
    k = rng.randrange(4)
    if k == 0:
        return digits(rng, 4) + ' ' + digits(rng, 4)
    if k == 1:
        return digits(rng, 8)
    if k == 2:
        c = string.ascii_lowercase + string.digits
        return alnum(rng, 5, c) + '-' + alnum(rng, 5, c)
    c = string.ascii_uppercase + string.digits
    return '-'.join(alnum(rng, 4, c) for _ in range(rng.choice([3, 4])))

def wifi_key(rng, lang):
    k = rng.randrange(4)
    if k == 0:
        return alnum(rng, rng.choice([10, 12, 16]), string.ascii_uppercase + string.digits)
    if k == 1:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + digits(rng, 3)
    if k == 2:
        return alnum(rng, 20, string.ascii_lowercase + string.digits)
    return '-'.join(alnum(rng, 4, string.ascii_lowercase + string.digits) for _ in range(4))

GT_A = ['Dark', 'Shadow', 'Sneaky', 'Frosty', 'Lazy', 'Kaas', 'Blauwe', 'Mad', 'Pixel', 'Toxic', 'Silent', 'Lil', 'Big', 'Gekke']
GT_B = ['Wolf', 'Sniper', 'Panda', 'Boer', 'Ninja', 'Frit', 'Tijger', 'Gamer', 'Lord', 'Kip', 'Reaper', 'Vos', 'Duck']

def username(rng, lang, first='jan', last='jansen'):
    f, l = first.lower(), last.lower().replace(' ', '').replace("'", '')
    k = rng.randrange(8)
    if k == 0:
        return f + l[:1] + digits(rng, 2)
    if k == 1:
        return f + '.' + l
    if k == 2:
        return 'xX_' + rng.choice(GT_A) + rng.choice(GT_B) + '_Xx'
    if k == 3:
        return rng.choice(GT_A) + rng.choice(GT_B) + digits(rng, rng.choice([2, 3, 4]))
    if k == 4:
        return f[:1] + l + digits(rng, 4)
    if k == 5:
        return f + '_' + l + '_' + digits(rng, 2)
    if k == 6:
        return rng.choice(GT_A).lower() + '.' + rng.choice(GT_B).lower()
    return l + f[:2] + digits(rng, 3)

MAILDOM = {'nl': ['gmail.com', 'hotmail.com', 'live.nl', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'icloud.com', 'planet.nl', 'xs4all.nl', 'hotmail.nl'],
           'nl-be': ['telenet.be', 'skynet.be', 'gmail.com', 'hotmail.be', 'proximus.be', 'outlook.be', 'icloud.com'],
           'fr-be': ['skynet.be', 'gmail.com', 'hotmail.com', 'voo.be', 'proximus.be', 'yahoo.fr', 'outlook.be'],
           'en-gb': ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'outlook.com', 'sky.com', 'icloud.com', 'virginmedia.com'],
           'en-us': ['gmail.com', 'yahoo.com', 'aol.com', 'outlook.com', 'icloud.com', 'comcast.net', 'protonmail.com', 'att.net']}

def email(rng, lang, first='jan', last='jansen'):
    f = first.lower()
    l = last.lower().replace(' ', '').replace("'", '')
    k = rng.randrange(7)
    loc = [f + '.' + l, f[0] + l, f + l + digits(rng, 2), l + '.' + f + str(rng.randint(1960, 2005)), f + '_' + l, f + digits(rng, 3), f[0] + '.' + l + digits(rng, 1)][k]
    return loc + '@' + rng.choice(MAILDOM[lang])

def phone(rng, lang):
    k = rng.randrange(6)
    if lang == 'nl':
        m = digits(rng, 8)
        return [lambda: '06-' + m, lambda: '06 ' + group(m, [4, 4]), lambda: '+31 6 ' + m,
                lambda: '+316' + m, lambda: '0031 6 ' + group(m, [2, 2, 2, 2]),
                lambda: '0' + rng.choice(['20', '10', '30', '70', '40', '50']) + '-' + digits(rng, 7)][k]()
    if lang in ('nl-be', 'fr-be'):
        m = rng.choice(['470', '472', '475', '476', '477', '478', '479', '485', '486', '494', '496']) + digits(rng, 6)
        return [lambda: '0' + m[:3] + ' ' + group(m[3:], [2, 2, 2]), lambda: '+32 ' + m[:3] + ' ' + group(m[3:], [2, 2, 2]),
                lambda: '0' + m[:3] + '/' + group(m[3:], [2, 2, 2], '.'), lambda: '0032' + m,
                lambda: '0' + m, lambda: '0' + rng.choice(['2', '3', '9']) + ' ' + digits(rng, 3) + ' ' + digits(rng, 2) + ' ' + digits(rng, 2)][k]()
    if lang == 'en-gb':
        m = '7' + digits(rng, 9)
        return [lambda: '0' + m[:4] + ' ' + m[4:], lambda: '+44 ' + m[:4] + ' ' + m[4:], lambda: '+44 (0)' + m[:4] + ' ' + group(m[4:], [3, 3]),
                lambda: '0' + m, lambda: '020 ' + digits(rng, 4) + ' ' + digits(rng, 4), lambda: '0161 ' + digits(rng, 3) + ' ' + digits(rng, 4)][k]()
    a = str(rng.choice([212, 415, 312, 617, 503, 720, 646, 305, 512, 206]))
    b, c = digits(rng, 3), digits(rng, 4)
    return [lambda: '(%s) %s-%s' % (a, b, c), lambda: '%s-%s-%s' % (a, b, c), lambda: '+1 %s %s %s' % (a, b, c),
            lambda: '%s.%s.%s' % (a, b, c), lambda: '1-%s-%s-%s' % (a, b, c), lambda: a + b + c][k]()

def card(rng, lang):
    k = rng.randrange(6)
    if k == 5:
        n = luhn_complete(rng.choice(['34', '37']), 15, rng)
        return group(n, [4, 6, 5], rng.choice([' ', '-']))
    n = luhn_complete(rng.choice(['4', '4', '51', '53', '55', '2221'][:6]), 16, rng)
    return [group(n, [4, 4, 4, 4]), group(n, [4, 4, 4, 4], '-'), n, group(n, [4, 4, 4, 4]), group(n, [4, 4, 4, 4], '  ')][k]

def cvv(rng, lang):
    return digits(rng, 3)

def card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    k = rng.randrange(5)
    return ['%02d/%02d' % (m, y), '%02d/20%02d' % (m, y), '%02d-%02d' % (m, y), '%d/%02d' % (m, y), '%02d / %02d' % (m, y)][k]

NLBANK = ['INGB', 'RABO', 'ABNA', 'BUNQ', 'TRIO', 'SNSB', 'ASNB', 'KNAB', 'RBRB']
def iban(rng, lang):
    r = rng.random()
    if lang == 'nl' and r < .8 or lang.startswith('en') and r < .2:
        s = iban_make('NL', rng.choice(NLBANK) + digits(rng, 10))
    elif lang in ('nl-be', 'fr-be') and r < .8 or r < .35:
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        s = iban_make('BE', b + '%02d' % c)
    elif lang == 'en-gb' and r < .85:
        s = iban_make('GB', rng.choice(['NWBK', 'BARC', 'MIDL', 'LOYD', 'MONZ']) + digits(rng, 14))
    elif r < .6:
        s = iban_make('DE', digits(rng, 18))
    else:
        s = iban_make('FR', digits(rng, 10) + alnum(rng, 11, string.ascii_uppercase + string.digits) + digits(rng, 2))
    k = rng.randrange(6)
    if k <= 2:
        s = group(s, [4] * 8)
    if k == 3:
        s = s.lower()
    return s

def bsn(rng, lang):
    if lang in ('nl-be', 'fr-be') or (lang.startswith('en') and rng.random() < .3):
        y, m, d = rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(1, 997)
        b9 = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
        c = 97 - (int(('2' if y >= 2000 else '') + b9) % 97)
        s = b9 + '%02d' % c
        k = rng.randrange(4)
        return [s[:2] + '.' + s[2:4] + '.' + s[4:6] + '-' + s[6:9] + '.' + s[9:], s, s[:6] + ' ' + s[6:9] + ' ' + s[9:], s[:6] + '-' + s[6:9] + '-' + s[9:]][k]
    while True:
        s = digits(rng, 9)
        if s[0] != '0' and bsn_ok(s):
            break
    k = rng.randrange(4)
    return [s, s[:4] + '.' + s[4:6] + '.' + s[6:], s[:3] + ' ' + s[3:6] + ' ' + s[6:], s][k]

def customer_number(rng, lang):
    k = rng.randrange(9)
    return [lambda: digits(rng, 8), lambda: digits(rng, 10), lambda: 'K' + digits(rng, 7), lambda: '8716' + digits(rng, 14),
            lambda: digits(rng, 3) + '-' + digits(rng, 3) + '-' + digits(rng, 3), lambda: 'CUST-' + digits(rng, 6),
            lambda: digits(rng, 2) + '.' + digits(rng, 3) + '.' + digits(rng, 3), lambda: 'A' + digits(rng, 9),
            lambda: '5' + digits(rng, 11)][k]()

def date_of_birth(rng, lang):
    y, m, d = rng.randint(1948, 2007), rng.randint(1, 12), rng.randint(1, 28)
    l = L(lang)
    k = rng.randrange(5)
    if k == 0:
        return '%d %s %d' % (d, MONTHS[l][m - 1], y) if l != 'en' or lang == 'en-gb' else '%s %d, %d' % (MONTHS['en'][m - 1], d, y)
    if k == 1:
        return '%02d/%02d/%d' % ((m, d, y) if lang == 'en-us' else (d, m, y))
    if k == 2:
        return '%02d-%02d-%d' % (d, m, y)
    if k == 3:
        return '%d-%02d-%02d' % (y, m, d)
    return '%d.%d.%d' % (d, m, y)

def ip_address(rng, lang):
    if rng.random() < .15:
        return '2a02:%x:%x:%x::%x' % tuple(rng.randint(0x100, 0xffff) for _ in range(4))
    return '%d.%d.%d.%d' % (rng.choice([31, 45, 77, 81, 85, 91, 102, 141, 176, 185, 194, 212]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

def api_key(rng, lang):
    k = rng.randrange(6)
    a = string.ascii_letters + string.digits
    return [lambda: 'sk_live_' + alnum(rng, 24, a), lambda: 'AKIA' + alnum(rng, 16, string.ascii_uppercase + string.digits),
            lambda: alnum(rng, 40, a + '/+'), lambda: 'AIza' + alnum(rng, 35, a + '-_'),
            lambda: 'pk_live_' + alnum(rng, 24, a), lambda: 'key-' + alnum(rng, 32, string.hexdigits.lower()[:16])][k]()

def token(rng, lang):
    k = rng.randrange(5)
    a = string.ascii_letters + string.digits
    hx = '0123456789abcdef'
    return [lambda: 'eyJhbGciOiJIUzI1NiJ9.' + alnum(rng, 30, a) + '.' + alnum(rng, 22, a + '-_'),
            lambda: alnum(rng, 40, hx), lambda: 'ghp_' + alnum(rng, 36, a), lambda: alnum(rng, 32, hx),
            lambda: alnum(rng, 26, a) + '%3D'][k]()

# ---------- hard negatives ----------
def n_date(rng, lang):
    l = L(lang); d, m = rng.randint(1, 28), rng.randint(1, 12)
    k = rng.randrange(4)
    if k == 0:
        return '%d %s' % (d, MONTHS[l][m - 1]) if l != 'en' else rng.choice(['%d %s' % (d, MONTHS['en'][m - 1]), '%s %d' % (MONTHS['en'][m - 1], d)])
    if k == 1:
        return '%d/%d' % ((m, d) if lang == 'en-us' else (d, m))
    if k == 2:
        return '%02d-%02d-2026' % (d, m)
    ab = {'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec', 'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'}
    return '%d %s 2026' % (d, ab[l].split()[m - 1] if l in ab else MONTHS[l][m - 1])

def n_time(rng, lang):
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    if lang == 'en-us' and rng.random() < .6:
        return '%d:%02d %s' % ((h % 12) or 12, m, 'am' if h < 12 else 'pm')
    return rng.choice(['%02d:%02d', '%d:%02d', '%du%02d', '%dh%02d'][:2 if lang.startswith('en') else (4 if lang == 'fr-be' else 3)]) % (h, m)

def n_amount(rng, lang):
    v = rng.choice([4.99, 9.99, 13.99, 17.99, 49.95, 129.0, 250.0, 1499.0, 12.5, 79.99, 600.0, 2350.0])
    if lang.startswith('en'):
        cur = ('£' if lang == 'en-gb' else '$') if rng.random() < .8 else '€'
        return rng.choice([cur + ('%.2f' % v), cur + ('%.2f' % v).replace('.00', ''), ('%.2f' % v) + (' GBP' if lang == 'en-gb' else ' USD')])
    s = ('%.2f' % v).replace('.', ',')
    return rng.choice(['€ ' + s, '€' + s, s + ' euro', s + '€', 'EUR ' + s])

def n_quantity(rng, lang):
    n = rng.randint(2, 12)
    w = {'nl': ['keer', 'pogingen', 'mails', 'sms\'jes', 'dagen'], 'fr': ['fois', 'tentatives', 'mails', 'jours', 'SMS'],
         'en': ['times', 'attempts', 'emails', 'texts', 'days']}[L(lang)]
    return '%d %s' % (n, rng.choice(w))

def n_percentage(rng, lang):
    return rng.choice(['100%', '50 %', '99%', '20%', '100 %'])

def n_year(rng, lang):
    return str(rng.randint(2009, 2025))

def n_order(rng, lang):
    return rng.choice(['', '', 'BOL-', '#', 'W', '171-']) + digits(rng, rng.choice([9, 10])) if rng.random() < .8 else '%s-%s-%s' % (digits(rng, 3), digits(rng, 7), digits(rng, 7))

def n_ticket(rng, lang):
    k = rng.randrange(6)
    return ['#' + digits(rng, 7), 'CS-2026-' + digits(rng, 6), 'INC' + digits(rng, 7), digits(rng, 8), '2026/' + digits(rng, 6), 'SR-' + digits(rng, 4) + '-' + digits(rng, 4)][k]

def n_invoice(rng, lang):
    return rng.choice(['F2026-', 'INV-', '2026', 'FAC-']) + digits(rng, 6)

def n_tracking(rng, lang):
    k = rng.randrange(3)
    return ['3SABCD' + digits(rng, 9), '1Z' + alnum(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10), 'CD' + digits(rng, 9) + 'BE'][k]

def n_reqid(rng, lang):
    return rng.choice(['req-', 'RID:', 'trace ']) [:0] + rng.choice(['req-', 'rid-', 'REQ']) + alnum(rng, 8, '0123456789abcdef')

def n_error(rng, lang):
    return rng.choice(['AUTH-0041', 'ERR_2FA_403', 'E1002', 'code 4003', '0x80190001', 'LOGIN_LOCKED_17', 'CE-34878-0', 'ERR-429', 'OTP_EXPIRED', 'Fout 1301'])

def n_version(rng, lang):
    return rng.choice(['v%d.%d.%d' % (rng.randint(3, 12), rng.randint(0, 40), rng.randint(0, 9)), 'iOS 18.%d' % rng.randint(0, 3),
                       'Android 14', {'nl': 'versie', 'fr': 'version', 'en': 'version'}[L(lang)] + ' %d.%d' % (rng.randint(5, 9), rng.randint(0, 60)), '%d.%d.%d' % (rng.randint(1, 30), rng.randint(0, 9), rng.randint(0, 99))])

def n_model(rng, lang):
    return rng.choice(['iPhone 15', 'SM-S921B', 'Pixel 8a', 'SM-A556B', 'iPhone 12 mini', 'Galaxy A54', 'Redmi Note 13', 'PS5', 'Xbox Series S', 'Switch OLED', 'iPad Air'])

def n_product(rng, lang):
    return rng.choice(['SKU ', 'art. ', '']) + digits(rng, 7) if rng.random() < .6 else 'YubiKey 5 NFC'

def n_flight(rng, lang):
    return rng.choice(['KL', 'SN', 'HV', 'BA', 'FR', 'U2']) + ' ' + digits(rng, rng.choice([3, 4]))

def n_meter(rng, lang):
    return digits(rng, 5) + ' kWh'

def n_port(rng, lang):
    return rng.choice(['443', '8080', '993', '587', '25565'])

def n_checksum(rng, lang):
    return alnum(rng, 64, '0123456789abcdef')

def n_kvk(rng, lang):
    if lang == 'nl':
        return rng.choice(['KvK ' + digits(rng, 8), 'BTW NL' + digits(rng, 9) + 'B01', 'KvK-nummer ' + digits(rng, 8)])
    if lang in ('nl-be', 'fr-be'):
        n = '0' + digits(rng, 9)
        return rng.choice(['BE ' + n[:4] + '.' + n[4:7] + '.' + n[7:], 'BTW BE' + n, 'TVA BE ' + n, 'RPR Brussel'][:3])
    if lang == 'en-gb':
        return rng.choice(['Company No. ' + digits(rng, 8), 'VAT GB' + digits(rng, 9)])
    return 'EIN ' + digits(rng, 2) + '-' + digits(rng, 7)

def n_cphone(rng, lang):
    if lang == 'nl':
        return rng.choice(['0900-' + digits(rng, 4), '088 ' + digits(rng, 3) + ' ' + digits(rng, 4), '0800-' + digits(rng, 4), '020 ' + digits(rng, 3) + ' ' + digits(rng, 2) + ' ' + digits(rng, 2)])
    if lang in ('nl-be', 'fr-be'):
        return rng.choice(['078 ' + digits(rng, 2) + ' ' + digits(rng, 2) + ' ' + digits(rng, 2), '0800 ' + digits(rng, 2) + ' ' + digits(rng, 3), '02 ' + digits(rng, 3) + ' ' + digits(rng, 2) + ' ' + digits(rng, 2)])
    if lang == 'en-gb':
        return rng.choice(['0800 ' + digits(rng, 3) + ' ' + digits(rng, 4), '0345 ' + digits(rng, 3) + ' ' + digits(rng, 4), '0330 ' + digits(rng, 3) + ' ' + digits(rng, 4)])
    return rng.choice(['1-800-' + digits(rng, 3) + '-' + digits(rng, 4), '1 (888) ' + digits(rng, 3) + '-' + digits(rng, 4), '800.' + digits(rng, 3) + '.' + digits(rng, 4)])

def n_masked(rng, lang):
    k = rng.randrange(8)
    return ['****' + digits(rng, 4), '•••• ' + digits(rng, 4), '+31 6 ****' + digits(rng, 2) if lang == 'nl' else '+** *** *** ' + digits(rng, 2),
            rng.choice('jsmkpa') + '***' + rng.choice('aeno') + '@' + rng.choice(['gmail.com', 'hotmail.com', 'telenet.be', 'outlook.com']),
            'NL** **** **** **' + digits(rng, 2) + ' ' + digits(rng, 2), 'XXXX XXXX XXXX ' + digits(rng, 4), '06-*****' + digits(rng, 3), '***-***-' + digits(rng, 4)][k]

NEG = {'date': n_date, 'time': n_time, 'amount': n_amount, 'quantity': n_quantity, 'percentage': n_percentage, 'year': n_year,
       'order_number': n_order, 'ticket_number': n_ticket, 'invoice_number': n_invoice, 'tracking_number': n_tracking,
       'request_id': n_reqid, 'error_code': n_error, 'version_string': n_version, 'model_number': n_model,
       'product_code': n_product, 'flight_number': n_flight, 'company_phone': n_cphone, 'company_registration': n_kvk,
       'masked_value': n_masked, 'meter_reading': n_meter, 'port': n_port, 'checksum': n_checksum}

LAB = {'password': password, 'pin': pin, 'puk': puk, 'otp': otp, 'wifi_key': wifi_key, 'api_key': api_key, 'token': token,
       'card': card, 'cvv': cvv, 'iban': iban, 'bsn': bsn, 'phone': phone, 'date_of_birth': date_of_birth,
       'customer_number': customer_number, 'card_expiry': card_expiry, 'ip_address': ip_address}
