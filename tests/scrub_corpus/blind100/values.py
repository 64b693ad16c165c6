"""Value generators for the blind100 corpus (stdlib only)."""
import datetime
import string
import unicodedata

MONTHS = {
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
           'september', 'oktober', 'november', 'december'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
           'septembre', 'octobre', 'novembre', 'décembre'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December'],
}
DAYS = {
    'nl': ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
}
NUMWORDS = {
    'nl': ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
    'fr': ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
    'en': ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
}


def fam(lang):
    return {'nl': 'nl', 'nl-be': 'nl', 'fr-be': 'fr'}.get(lang, 'en')


def digits(r, n, first_nonzero=False):
    s = ''.join(r.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = r.choice('123456789') + s[1:]
    return s


def alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return ''.join(r.choice(alphabet) for _ in range(n))


def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- checksums
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


def luhn_complete(partial):
    for c in '0123456789':
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(' ', '').upper()
    if len(s) < 15:
        return False
    t = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = ''.join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int('2' + d[:9]) % 97 == chk


# ---------------------------------------------------------------- cards
def card(r):
    kind = r.choice(['visa', 'visa', 'mc', 'mc', 'amex', 'bcmc'])
    if kind == 'visa':
        raw = luhn_complete('4' + digits(r, 14))
    elif kind == 'mc':
        raw = luhn_complete('5' + r.choice('12345') + digits(r, 13))
    elif kind == 'amex':
        raw = luhn_complete('3' + r.choice('47') + digits(r, 12))
    else:
        raw = luhn_complete('6703' + digits(r, 11))
    if len(raw) == 15:
        g = [raw[:4], raw[4:10], raw[10:]]
    else:
        g = [raw[i:i + 4] for i in range(0, 16, 4)]
    sep = r.choice([' ', ' ', '-', '', '  ', '.'])
    return sep.join(g), raw


def cvv(r, amex=False):
    return digits(r, 4 if amex else 3)


def expiry(r):
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    f = r.choice(['{m:02d}/{y}', '{m:02d}/20{y}', '{m:02d}-{y}', '{m:02d} / {y}', '{m}/{y}', '{m:02d}.{y}'])
    return f.format(m=m, y=y)


# ---------------------------------------------------------------- IBAN
def _iban(cc, bban):
    n = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(n) % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban(r, country):
    if country == 'nl':
        bban = r.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB']) + digits(r, 10)
    elif country == 'be':
        first = digits(r, 10)
        c = int(first) % 97 or 97
        bban = first + '%02d' % c
    elif country == 'de':
        bban = digits(r, 18)
    elif country == 'fr':
        bban = digits(r, 23)
    elif country == 'gb':
        bban = r.choice(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + digits(r, 14)
    else:
        bban = digits(r, 16)
    raw = _iban(country.upper(), bban)
    assert iban_ok(raw)
    style = r.random()
    if style < 0.5:
        out = ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif style < 0.85:
        out = raw
    elif style < 0.93:
        out = raw.lower()
    else:
        out = ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
    return out


# ---------------------------------------------------------------- national ids
def bsn(r):
    while True:
        d = digits(r, 8, first_nonzero=True)
        tot = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        last = tot % 11
        if last <= 9:
            s = d + str(last)
            if bsn_ok(s):
                break
    f = r.random()
    if f < 0.6:
        return s
    if f < 0.8:
        return '%s.%s.%s' % (s[:4], s[4:6], s[6:])
    return '%s %s %s' % (s[:3], s[3:6], s[6:])


def rrn(r, dob=None):
    if dob is None:
        dob = datetime.date(r.randint(1950, 2006), r.randint(1, 12), r.randint(1, 28))
    ymd = dob.strftime('%y%m%d')
    seq = '%03d' % r.randint(1, 997)
    base = int(ymd + seq)
    if dob.year >= 2000:
        base = int('2' + ymd + seq)
    chk = '%02d' % (97 - base % 97)
    s = ymd + seq + chk
    assert rrn_ok(s)
    f = r.random()
    if f < 0.45:
        return '%s.%s.%s-%s.%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if f < 0.7:
        return s
    if f < 0.85:
        return '%s-%s-%s' % (s[:6], s[6:9], s[9:])
    return '%s %s %s' % (s[:6], s[6:9], s[9:])


# ---------------------------------------------------------------- phones
def phone(r, loc):
    f = r.random()
    if loc == 'nl':
        if r.random() < 0.75:
            n = '6' + digits(r, 8)
            opts = ['0%s-%s' % (n[:1], n[1:]), '0%s %s %s %s %s' % (n[:1], n[1:3], n[3:5], n[5:7], n[7:]),
                    '+31 %s %s' % (n[:1], n[1:]), '+31%s' % n, '0031 %s %s %s' % (n[:1], n[1:5], n[5:]),
                    '0' + n, '+31 (0)%s %s %s' % (n[:1], n[1:5], n[5:]), '0%s %s %s' % (n[:1], n[1:5], n[5:])]
        else:
            area = r.choice(['20', '10', '30', '70', '40', '50', '24', '71', '13', '46'])
            rest = digits(r, 9 - len(area), True)
            opts = ['0%s-%s' % (area, rest), '0%s %s' % (area, rest), '+31 %s %s' % (area, rest),
                    '(0%s) %s' % (area, rest)]
    elif loc == 'be':
        if r.random() < 0.75:
            n = '4' + r.choice('789') + digits(r, 7)
            opts = ['0%s %s %s %s' % (n[:3], n[3:5], n[5:7], n[7:]), '0%s/%s.%s.%s' % (n[:3], n[3:5], n[5:7], n[7:]),
                    '+32 %s %s %s %s' % (n[:3], n[3:5], n[5:7], n[7:]), '+32%s' % n, '0032 %s %s' % (n[:3], n[3:]),
                    '0' + n, '0%s-%s' % (n[:3], n[3:])]
        else:
            area = r.choice(['2', '3', '9', '16', '50', '4', '10', '81', '71'])
            rest = digits(r, 8 - len(area), True)
            opts = ['0%s %s %s %s' % (area, rest[:-4], rest[-4:-2], rest[-2:]),
                    '0%s/%s.%s.%s' % (area, rest[:-4], rest[-4:-2], rest[-2:]),
                    '+32 %s %s' % (area, rest)]
    elif loc == 'uk':
        if r.random() < 0.75:
            n = '7' + r.choice('3456789') + digits(r, 8)
            opts = ['0%s %s' % (n[:4], n[4:]), '+44 %s %s' % (n[:4], n[4:]), '+44 (0)%s %s' % (n[:4], n[4:]),
                    '0%s' % n, '0%s %s %s' % (n[:4], n[4:7], n[7:]), '+44%s' % n]
        else:
            a = r.choice(['20 7', '20 8', '161 4', '113 2', '117 9', '121 4', '131 2'])
            opts = ['0%s%s %s' % (a, digits(r, 2), digits(r, 4)), '+44 %s%s %s' % (a, digits(r, 2), digits(r, 4))]
    else:
        a = r.choice(['212', '415', '312', '617', '503', '512', '720', '919', '608', '813'])
        p = r.choice(['555', str(r.randint(201, 989))])
        l = digits(r, 4)
        opts = ['(%s) %s-%s' % (a, p, l), '%s-%s-%s' % (a, p, l), '+1 %s %s %s' % (a, p, l),
                '%s.%s.%s' % (a, p, l), '1-%s-%s-%s' % (a, p, l), '+1 (%s) %s-%s' % (a, p, l), a + p + l]
    return r.choice(opts)


# ---------------------------------------------------------------- e-mail
DOMAINS = {
    'nl': ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'live.nl', 'xs4all.nl', 'planet.nl', 'icloud.com'],
    'be': ['gmail.com', 'telenet.be', 'skynet.be', 'hotmail.be', 'outlook.be', 'proximus.be', 'scarlet.be', 'yahoo.fr'],
    'uk': ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'outlook.com', 'sky.com', 'virginmedia.com'],
    'us': ['gmail.com', 'yahoo.com', 'aol.com', 'outlook.com', 'icloud.com', 'comcast.net', 'hotmail.com', 'proton.me'],
}


def email(r, loc, first, last):
    f = ascii_fold(first).lower().replace(' ', '').replace("'", '')
    l = ascii_fold(last).lower().replace(' ', '').replace("'", '')
    style = r.randint(0, 7)
    local = [f + '.' + l, f + l + str(r.randint(60, 99)), f[0] + '.' + l, f + '_' + l, l + '.' + f,
             f + str(r.randint(1, 999)), f[0] + l, f + '.' + l + '.' + str(r.randint(1, 9))][style]
    return local + '@' + r.choice(DOMAINS[loc])


def student_email(r, first, last, domain):
    f = ascii_fold(first).lower().replace(' ', '')
    l = ascii_fold(last).lower().replace(' ', '')
    return r.choice([f + '.' + l, f[0] + '.' + l, f + '.' + l + str(r.randint(1, 9))]) + '@' + domain


# ---------------------------------------------------------------- address
def address(r, loc, streets, cities):
    st = r.choice(streets)
    city = r.choice(cities)
    if loc == 'nl':
        num = str(r.randint(1, 240)) + r.choice(['', '', '', 'a', 'b', '-2', ' II', 'A', '-hs'])
        pc = city[0] + ' ' + r.choice('ABCDEGHJKLMNPRSTVWXZ') + r.choice('ABCDEGHJKLMNPRSTVWXZ')
        if r.random() < 0.5:
            pc = pc.replace(' ', '')
        return r.choice(['%s %s, %s %s' % (st, num, pc, city[1]), '%s %s %s %s' % (st, num, pc, city[1]),
                         '%s %s, %s' % (st, num, city[1]), '%s %s' % (st, num),
                         '%s %s, %s  %s' % (st, num, pc, city[1].upper())])
    if loc == 'be':
        num = str(r.randint(1, 300))
        fr = st.startswith(('Rue', 'Avenue', 'Chaussée', 'Boulevard', 'Place', 'Av.'))
        if r.random() < 0.3:
            num += r.choice([' bus %d' % r.randint(1, 12), '/%d' % r.randint(1, 12), ' b%d' % r.randint(1, 9)]
                            if not fr else [' bte %d' % r.randint(1, 12), '/%d' % r.randint(1, 12), ' boîte %d' % r.randint(1, 5)])
        if fr:
            return r.choice(['%s %s, %s %s' % (st, num, city[0], city[1]), '%s, %s - %s %s' % (st, num, city[0], city[1]),
                             '%s %s %s %s' % (st, num, city[0], city[1]), '%s %s' % (st, num)])
        return r.choice(['%s %s, %s %s' % (st, num, city[0], city[1]), '%s %s %s %s' % (st, num, city[0], city[1]),
                         '%s %s' % (st, num), '%s %s, B-%s %s' % (st, num, city[0], city[1])])
    if loc == 'uk':
        num = str(r.randint(1, 180))
        pc = '%s%d %d%s%s' % (city[0], r.randint(1, 20), r.randint(1, 9), r.choice('ABDEFGHJLNPQRSTUWXYZ'), r.choice('ABDEFGHJLNPQRSTUWXYZ'))
        flat = r.choice(['', '', '', 'Flat %d, ' % r.randint(1, 30)])
        return r.choice(['%s%s %s, %s %s' % (flat, num, st, city[1], pc), '%s%s %s, %s, %s' % (flat, num, st, city[1], pc),
                         '%s %s, %s' % (num, st, pc), '%s%s %s' % (flat, num, st)])
    num = str(r.randint(10, 9800))
    apt = r.choice(['', '', ', Apt %d%s' % (r.randint(1, 12), r.choice('ABC')), ' #%d' % r.randint(100, 499)])
    z = city[2] + digits(r, 2)
    return r.choice(['%s %s%s, %s, %s %s' % (num, st, apt, city[0], city[1], z), '%s %s%s, %s %s %s' % (num, st, apt, city[0], city[1], z),
                     '%s %s%s' % (num, st, apt)])


# ---------------------------------------------------------------- dates
def rand_dob(r):
    return datetime.date(r.randint(1942, 2006), r.randint(1, 12), r.randint(1, 28))


def fmt_date(r, d, lang, dob=False):
    f = fam(lang)
    m = MONTHS[f][d.month - 1]
    if f == 'nl':
        opts = ['%02d-%02d-%d' % (d.day, d.month, d.year), '%d-%d-%d' % (d.day, d.month, d.year),
                '%02d/%02d/%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, m, d.year),
                '%02d.%02d.%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, m[:3], d.year)]
    elif f == 'fr':
        opts = ['%02d/%02d/%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, m, d.year),
                '%02d-%02d-%d' % (d.day, d.month, d.year), '%02d.%02d.%d' % (d.day, d.month, d.year)]
        if d.day == 1:
            opts.append('1er %s %d' % (m, d.year))
    elif lang == 'en-us':
        opts = ['%02d/%02d/%d' % (d.month, d.day, d.year), '%s %d, %d' % (m, d.day, d.year), '%d/%d/%d' % (d.month, d.day, d.year),
                '%s %d %d' % (m[:3], d.day, d.year), '%d-%02d-%02d' % (d.year, d.month, d.day)]
    else:
        suf = 'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
        opts = ['%02d/%02d/%d' % (d.day, d.month, d.year), '%d %s %d' % (d.day, m, d.year), '%d%s %s %d' % (d.day, suf, m, d.year),
                '%d %s %d' % (d.day, m[:3], d.year), '%d-%02d-%02d' % (d.year, d.month, d.day)]
    return r.choice(opts)


def recent_date(r, lang):
    d = datetime.date(r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28))
    f = fam(lang)
    m = MONTHS[f][d.month - 1]
    if r.random() < 0.4:
        if f == 'en':
            return r.choice(['%d %s' % (d.day, m), '%s %d' % (m, d.day), '%s %d' % (m[:3], d.day)]) if lang == 'en-us' or r.random() < 0.3 else '%d %s' % (d.day, m)
        return '%d %s' % (d.day, m)
    if r.random() < 0.2:
        return '%d/%d' % ((d.month, d.day) if lang == 'en-us' else (d.day, d.month))
    return fmt_date(r, d, lang)


def time_(r, lang):
    h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 45, 50])
    f = fam(lang)
    if f == 'nl':
        return r.choice(['%02d:%02d' % (h, mi), '%du%02d' % (h, mi), '%d.%02d' % (h, mi), '%d:%02d' % (h, mi)])
    if f == 'fr':
        return r.choice(['%dh%02d' % (h, mi), '%02d:%02d' % (h, mi), '%dh' % h])
    hh = h % 12 or 12
    return r.choice(['%d:%02d%s' % (hh, mi, 'am' if h < 12 else 'pm'), '%02d:%02d' % (h, mi), '%d%s' % (hh, ' PM' if h >= 12 else ' AM'),
                     '%d.%02dpm' % (hh, mi) if h >= 12 else '%d:%02d am' % (hh, mi)])


# ---------------------------------------------------------------- secrets
PW_WORDS = ['Zonnetje', 'fiets', 'Tulp', 'Lente', 'voetbal', 'Dragon', 'Summer', 'kaas', 'Bolleke', 'Frietje', 'chaton',
            'Soleil', 'Pompom', 'Arsenal', 'Yankees', 'Biscuit', 'Poesje', 'Ajax', 'Anderlecht', 'Welkom', 'Bienvenue',
            'Rocket', 'Maple', 'Kiwi', 'Tijger', 'Wafel', 'Schaap', 'Pluto', 'Mango', 'Zeeland']


def password(r):
    s = r.random()
    if s < 0.35:
        return r.choice(PW_WORDS) + str(r.randint(1, 2025)) + r.choice(['!', '', '#', '?', '@', '$', '!!', '*'])
    if s < 0.65:
        pool = string.ascii_letters + string.digits + '!#$%&*?@-_'
        while True:
            p = alnum(r, r.randint(9, 16), pool)
            if any(c.isdigit() for c in p) and any(c.isalpha() for c in p):
                return p
    if s < 0.85:
        return r.choice(PW_WORDS).lower() + r.choice(['&', '_', '.', '-', '+']) + r.choice(PW_WORDS) + str(r.randint(1, 99))
    return r.choice(PW_WORDS)[:4] + alnum(r, 3, string.digits) + r.choice(PW_WORDS)[-3:].upper() + r.choice('!?%')


def pin(r, n=None):
    return digits(r, n or r.choice([4, 4, 4, 5, 6]))


def puk(r):
    return digits(r, 8)


def otp(r):
    n = r.choice([6, 6, 6, 4, 5, 8])
    d = digits(r, n)
    s = r.random()
    if n == 6 and s < 0.2:
        return d[:3] + ' ' + d[3:]
    if n == 6 and s < 0.3:
        return d[:3] + '-' + d[3:]
    return d


def otp_words(r, lang):
    w = NUMWORDS[fam(lang)]
    d = digits(r, 6)
    sep = r.choice([' ', '-', ', ', ' '])
    return sep.join(w[int(c)] for c in d)


def wifi_key(r):
    s = r.random()
    if s < 0.3:
        return alnum(r, r.randint(12, 20))
    if s < 0.5:
        return '-'.join(alnum(r, 4, string.ascii_uppercase + string.digits) for _ in range(4))
    if s < 0.7:
        return alnum(r, 26, '0123456789abcdef')
    return r.choice(PW_WORDS) + r.choice(['Huis', 'Thuis', 'Maison', 'Home', 'Box']) + str(r.randint(10, 9999)) + r.choice(['', '!', '#'])


def username(r, first, last):
    f = ascii_fold(first).lower().replace(' ', '').replace('-', '')
    l = ascii_fold(last).lower().replace(' ', '').replace("'", '')
    return r.choice([f + l[:6] + str(r.randint(1, 99)), f[0] + l, f + '.' + l, f + '_' + l[:3], l + f[0] + str(r.randint(70, 99)),
                     f[:3] + l[:3] + str(r.randint(1, 9)), f.capitalize() + l.capitalize(), f + str(r.randint(1980, 2006))])


def api_key(r, kind=None):
    kind = kind or r.choice(['solaredge', 'stripe', 'google', 'generic', 'hex', 'enphase'])
    if kind == 'solaredge':
        return alnum(r, 32, string.ascii_uppercase + string.digits)
    if kind == 'stripe':
        return r.choice(['sk_live_', 'rk_live_', 'pk_live_', 'sk_test_']) + alnum(r, 24)
    if kind == 'google':
        return 'AIza' + alnum(r, 35, string.ascii_letters + string.digits + '-_')
    if kind == 'awsid':
        return 'AKIA' + alnum(r, 16, string.ascii_uppercase + string.digits)
    if kind == 'awssecret':
        return alnum(r, 40, string.ascii_letters + string.digits + '/+')
    if kind == 'enphase':
        return alnum(r, 32, '0123456789abcdef')
    if kind == 'hex':
        return 'key-' + alnum(r, 32, '0123456789abcdef')
    return r.choice(['ak_', 'api_', 'live_', 'prod_']) + alnum(r, 28)


def token(r, kind=None):
    kind = kind or r.choice(['jwt', 'hex', 'ghp', 'slack', 'oauth', 'hex64', 'sess'])
    if kind == 'jwt':
        b = string.ascii_letters + string.digits + '-_'
        return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ' + alnum(r, r.randint(30, 60), b) + '.' + alnum(r, 43, b)
    if kind == 'hex':
        return alnum(r, 40, '0123456789abcdef')
    if kind == 'hex64':
        return alnum(r, 32, '0123456789abcdef')
    if kind == 'ghp':
        return 'ghp_' + alnum(r, 36)
    if kind == 'slack':
        return 'xoxb-' + digits(r, 12) + '-' + digits(r, 13) + '-' + alnum(r, 24)
    if kind == 'oauth':
        return 'ya29.' + alnum(r, 60, string.ascii_letters + string.digits + '-_')
    return alnum(r, 48, string.ascii_letters + string.digits)


def ip(r):
    s = r.random()
    if s < 0.45:
        return '192.168.%d.%d' % (r.choice([0, 1, 1, 2, 178, 10]), r.randint(2, 254))
    if s < 0.6:
        return '10.%d.%d.%d' % (r.randint(0, 50), r.randint(0, 255), r.randint(2, 254))
    if s < 0.9:
        return '%d.%d.%d.%d' % (r.choice([84, 213, 81, 94, 178, 86, 31, 62, 109, 145]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return '2a02:%s:%s:%s::%s' % (alnum(r, 4, '0123456789abcdef'), alnum(r, 4, '0123456789abcdef'), alnum(r, 3, '0123456789abcdef'), alnum(r, 2, '0123456789abcdef'))
