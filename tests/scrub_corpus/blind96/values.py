"""Value generators for the blind96 corpus (stdlib only).

Every generator takes (rng, ctx) where ctx is a dict with at least 'lang' and 'pools'.
"""
import base64
import string

DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits


def rd(rng, n, alphabet=DIGITS):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(v):
    s = "".join(c for c in v if c.isalnum()).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return s % 11 == 0 and sum(d) > 0


def nrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zomer", "Tijger", "Kikker", "Lente", "Bloem", "Soleil", "Maison", "Chaton", "Sunny",
            "Rocket", "Muffin", "Biscuit", "Pieter", "Bakkie", "Olifant", "Vlinder", "Papillon",
            "Dragon", "Pumpkin", "Luna", "Bobby", "Nijntje", "Kabouter", "Frites", "Wafel"]
SYMS = "!#$%&*?@_-"


def password(rng, ctx):
    k = rng.randrange(6)
    if k == 0:
        return rng.choice(PW_WORDS) + str(rng.randrange(1, 2026)) + rng.choice(SYMS)
    if k == 1:
        return rd(rng, rng.randrange(8, 13), ALNUM + "!#%&")
    if k == 2:
        w = rng.choice(PW_WORDS).lower()
        return w[0].upper() + w[1:] + rng.choice(SYMS) + rd(rng, 2) + rng.choice(PW_WORDS)
    if k == 3:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + rd(rng, 3)
    if k == 4:
        return rng.choice(PW_WORDS).replace("o", "0").replace("e", "3") + rng.choice(SYMS) + rd(rng, 2)
    return rd(rng, 4, string.ascii_lowercase) + rd(rng, 3) + rng.choice(SYMS) + rd(rng, 2, string.ascii_uppercase)


def pin4(rng, ctx):
    return rd(rng, 4)


def pin(rng, ctx):
    return rd(rng, rng.choice([4, 4, 4, 5, 6]))


def puk(rng, ctx):
    return rd(rng, 8)


def otp(rng, ctx):
    v = rd(rng, 6)
    k = rng.randrange(5)
    if k == 0:
        return v[:3] + " " + v[3:]
    if k == 1:
        return v[:3] + "-" + v[3:]
    return v


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp_words(rng, ctx):
    lang = ctx["lang"]
    key = "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")
    words = NUMWORDS[key]
    sep = rng.choice([" ", "-", ", ", " "])
    return sep.join(words[int(c)] for c in rd(rng, 6))


def wifi(rng, ctx):
    k = rng.randrange(4)
    if k == 0:
        return rd(rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if k == 1:
        return rd(rng, 10, string.ascii_lowercase + DIGITS) + rd(rng, 2)
    if k == 2:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS) + rd(rng, 4)
    return "-".join(rd(rng, 4, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))


def user(rng, ctx):
    f = rng.choice(ctx["pools"]["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e")
    l = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    k = rng.randrange(6)
    if k == 0:
        return f + "." + l
    if k == 1:
        return f[0] + l + rd(rng, 2)
    if k == 2:
        return rng.choice(["mama", "papa", "maman", "papa", "mum", "dad"]) + "_" + f + rd(rng, 1)
    if k == 3:
        return f + l[:3] + str(rng.randrange(70, 100))
    if k == 4:
        return l.upper()[:6] + rd(rng, 3)
    return f + "_" + l


def apikey(rng, ctx):
    k = rng.randrange(6)
    if k == 0:
        return "sk_live_" + rd(rng, 24, ALNUM)
    if k == 1:
        return "AIza" + rd(rng, 35, ALNUM + "-_")
    if k == 2:
        return "pk_test_" + rd(rng, 24, ALNUM)
    if k == 3:
        return "SG." + rd(rng, 22, ALNUM) + "." + rd(rng, 43, ALNUM)
    if k == 4:
        return rd(rng, 32, HEX)
    return "key-" + rd(rng, 32, HEX)


def aws_id(rng, ctx):
    return "AKIA" + rd(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret(rng, ctx):
    return rd(rng, 40, ALNUM + "/+")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, ctx):
    head = b64u(b'{"alg":"HS256","typ":"JWT"}')
    body = b64u(('{"sub":"%s","iat":%d}' % (rd(rng, 7), 1700000000 + rng.randrange(10 ** 7))).encode())
    return head + "." + body + "." + rd(rng, 43, ALNUM + "-_")


def token(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return jwt(rng, ctx)
    if k == 1:
        return "ghp_" + rd(rng, 36, ALNUM)
    if k == 2:
        return rd(rng, 40, HEX)
    if k == 3:
        return rd(rng, 32, ALNUM)
    return "ya29." + rd(rng, 50, ALNUM + "-_")


def hextoken(rng, ctx):
    return rd(rng, rng.choice([32, 40, 64]), HEX)


# ---------------------------------------------------------------- payment
def _luhn_complete(prefix, length, rng):
    body = prefix + rd(rng, length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, ctx):
    k = rng.randrange(4)
    if k == 0:
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "", "-"])
        return sep.join([num[:4], num[4:10], num[10:]])
    pre = rng.choice(["4", "4", "51", "52", "53", "55", "2221", "2720", "6703"])
    num = _luhn_complete(pre, 16, rng)
    style = rng.randrange(5)
    if style == 0:
        return num
    if style == 1:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if style == 2:
        return "  ".join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.2 else ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, ctx):
    return rd(rng, 3) if rng.random() < 0.85 else rd(rng, 4)


def exp(rng, ctx):
    m = rng.randrange(1, 13)
    y = rng.randrange(25, 32)
    k = rng.randrange(4)
    if k == 0:
        return "%02d/%02d" % (m, y)
    if k == 1:
        return "%02d/20%02d" % (m, y)
    if k == 2:
        return "%02d-%02d" % (m, y)
    return "%d/%02d" % (m, y)


def _iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban


def _fmt_iban(rng, raw):
    k = rng.randrange(6)
    if k <= 2:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if k == 3:
        return raw
    if k == 4:
        return raw.lower() if rng.random() < 0.5 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
    return raw[:4] + " " + raw[4:]


def iban_nl(rng, ctx):
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
    return _fmt_iban(rng, _iban("NL", bank + rd(rng, 10)))


def iban_be(rng, ctx):
    b = rd(rng, 10)
    c = int(b) % 97 or 97
    return _fmt_iban(rng, _iban("BE", b + "%02d" % c))


def iban_x(rng, ctx):
    cc = rng.choice(["DE", "FR", "GB", "ES", "LU", "IT"])
    if cc == "DE":
        raw = _iban("DE", rd(rng, 18))
    elif cc == "FR":
        raw = _iban("FR", rd(rng, 23))
    elif cc == "GB":
        raw = _iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rd(rng, 14))
    elif cc == "ES":
        raw = _iban("ES", rd(rng, 20))
    elif cc == "LU":
        raw = _iban("LU", rd(rng, 16))
    else:
        raw = _iban("IT", "X" + rd(rng, 10) + rd(rng, 12))
    return _fmt_iban(rng, raw)


def iban(rng, ctx):
    lang = ctx["lang"]
    r = rng.random()
    if r < 0.12:
        return iban_x(rng, ctx)
    if lang == "nl":
        return iban_nl(rng, ctx) if r < 0.9 else iban_be(rng, ctx)
    if lang in ("nl-be", "fr-be"):
        return iban_be(rng, ctx) if r < 0.9 else iban_nl(rng, ctx)
    return iban_x(rng, ctx) if r < 0.5 else iban_nl(rng, ctx)


def bsn(rng, ctx):
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        if d[0] == 0 and rng.random() < 0.7:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if s == 10:
            continue
        v = "".join(map(str, d)) + str(s)
        if bsn_ok(v):
            k = rng.randrange(4)
            if k == 0:
                return v[:4] + "." + v[4:6] + "." + v[6:]
            if k == 1:
                return v[:3] + " " + v[3:6] + " " + v[6:]
            return v


def nrn(rng, ctx, year=None):
    y = year if year is not None else rng.randrange(1950, 2024)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    ser = rng.randrange(1, 998)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, ser)
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    v = base + "%02d" % chk
    k = rng.randrange(4)
    if k == 0:
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if k == 1:
        return v
    if k == 2:
        return "%s %s %s" % (v[:6], v[6:9], v[9:])
    return "%s-%s-%s" % (v[:6], v[6:9], v[9:])


def nrn_child(rng, ctx):
    return nrn(rng, ctx, year=rng.randrange(2018, 2025))


# ---------------------------------------------------------------- contact
def _mail_norm(s):
    for a, b in (("é", "e"), ("ë", "e"), ("è", "e"), ("ç", "c"), ("ï", "i"), (" ", ""), ("'", "")):
        s = s.replace(a, b)
    return s.lower()


def email(rng, ctx):
    f = _mail_norm(rng.choice(ctx["pools"]["first"]))
    l = _mail_norm(rng.choice(ctx["pools"]["last"]))
    lang = ctx["lang"]
    doms = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
            "nl-be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"],
            "fr-be": ["skynet.be", "gmail.com", "voo.be", "hotmail.com", "proximus.be", "yahoo.fr"],
            "en-gb": ["gmail.com", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk", "hotmail.co.uk"],
            "en-us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com", "comcast.net"]}[lang]
    k = rng.randrange(6)
    local = [f + "." + l, f[0] + l, f + l + rd(rng, 2), l + "." + f, f + "_" + l[:4], f + str(rng.randrange(1975, 2005))][k]
    v = local + "@" + rng.choice(doms)
    return v if rng.random() > 0.08 else v.capitalize()


def _ph_nl(rng):
    k = rng.randrange(7)
    m = rd(rng, 8)
    if k == 0:
        return "06-" + m
    if k == 1:
        return "06 " + " ".join([m[:2], m[2:4], m[4:6], m[6:]])
    if k == 2:
        return "+31 6 " + m[:4] + " " + m[4:]
    if k == 3:
        return "+316" + m
    if k == 4:
        return "0031 6 " + m
    if k == 5:
        return rng.choice(["020", "010", "030", "040", "050", "071", "073"]) + "-" + rd(rng, 7)
    return "06" + m


def _ph_be(rng):
    k = rng.randrange(6)
    p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"])
    r = rd(rng, 6)
    if k == 0:
        return "0" + p + " " + r[:2] + " " + r[2:4] + " " + r[4:]
    if k == 1:
        return "+32 " + p + " " + r[:2] + " " + r[2:4] + " " + r[4:]
    if k == 2:
        return "0" + p + "/" + r[:2] + "." + r[2:4] + "." + r[4:]
    if k == 3:
        return "+32" + p + r
    if k == 4:
        return rng.choice(["02", "03", "09", "016", "04", "010", "081"]) + " " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2)
    return "0" + p + r


def _ph_uk(rng):
    k = rng.randrange(5)
    r = rd(rng, 6)
    if k == 0:
        return "07" + rd(rng, 3) + " " + r
    if k == 1:
        return "+44 7" + rd(rng, 3) + " " + r
    if k == 2:
        return "020 7" + rd(rng, 3) + " " + rd(rng, 4)
    if k == 3:
        return "0161 " + rd(rng, 3) + " " + rd(rng, 4)
    return "+447" + rd(rng, 9)


def _ph_us(rng):
    a = rng.choice(["212", "415", "312", "617", "305", "512", "206", "720", "404", "614"])
    x = str(rng.randrange(201, 989))
    l = rd(rng, 4)
    k = rng.randrange(5)
    if k == 0:
        return "(%s) %s-%s" % (a, x, l)
    if k == 1:
        return "%s-%s-%s" % (a, x, l)
    if k == 2:
        return "+1 %s %s %s" % (a, x, l)
    if k == 3:
        return "%s.%s.%s" % (a, x, l)
    return "1-%s-%s-%s" % (a, x, l)


def phone_abroad(rng, ctx):
    k = rng.randrange(7)
    if k == 0:
        return "+34 6" + rd(rng, 2) + " " + rd(rng, 3) + " " + rd(rng, 3)
    if k == 1:
        return "+33 6 " + " ".join(rd(rng, 2) for _ in range(4))
    if k == 2:
        return "+39 3" + rd(rng, 2) + " " + rd(rng, 3) + " " + rd(rng, 4)
    if k == 3:
        return "+351 9" + rd(rng, 2) + " " + rd(rng, 3) + " " + rd(rng, 3)
    if k == 4:
        return "+30 69" + rd(rng, 8)
    if k == 5:
        return "0049 15" + rd(rng, 2) + " " + rd(rng, 7)
    return "+90 5" + rd(rng, 2) + " " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2)


def phone(rng, ctx):
    lang = ctx["lang"]
    if rng.random() < 0.07:
        return phone_abroad(rng, ctx)
    if lang == "nl":
        return _ph_nl(rng)
    if lang in ("nl-be", "fr-be"):
        return _ph_be(rng)
    if lang == "en-gb":
        return _ph_uk(rng)
    return _ph_us(rng)


def mobile(rng, ctx):
    return phone(rng, ctx)


def _house(rng):
    n = str(rng.randrange(1, 240))
    r = rng.random()
    if r < 0.12:
        n += rng.choice(["a", "b", "A", "-2", " hs", "-bis"])
    return n


def addr(rng, ctx):
    lang = ctx["lang"]
    P = ctx["pools"]
    st = rng.choice(P["street"])
    city, pc = rng.choice(P["citypc"])
    k = rng.randrange(4)
    if lang == "nl":
        h = _house(rng)
        pc2 = pc + " " + rd(rng, 2, "ABCDEGHJKLMNPRSTVWXZ")
        if rng.random() < 0.2:
            pc2 = pc2.replace(" ", "")
        return [st + " " + h + ", " + pc2 + " " + city, st + " " + h + " " + pc2 + " " + city.upper(),
                st + " " + h + ", " + city, st + " " + h + "\n" + pc2 + "  " + city][k]
    if lang in ("nl-be", "fr-be"):
        h = str(rng.randrange(1, 200))
        bus = (" bus " + str(rng.randrange(1, 30))) if lang == "nl-be" else (" boîte " + str(rng.randrange(1, 30)))
        if lang == "fr-be" and k == 1:
            return h + ", " + st + ", " + pc + " " + city
        return [st + " " + h + ", " + pc + " " + city, st + " " + h + bus + ", " + pc + " " + city,
                st + " " + h + "/" + str(rng.randrange(1, 9)) + " " + pc + " " + city, st + " " + h + " - " + pc + " " + city][k]
    if lang == "en-gb":
        h = str(rng.randrange(1, 180))
        pcu = pc + " " + str(rng.randrange(1, 10)) + rd(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
        return [h + " " + st + ", " + city + " " + pcu, "Flat " + str(rng.randrange(1, 20)) + ", " + h + " " + st + ", " + city + ", " + pcu,
                h + " " + st + "\n" + city + "\n" + pcu, h + " " + st + ", " + pcu][k]
    h = str(rng.randrange(10, 9999))
    return [h + " " + st + ", " + city + ", " + pc, h + " " + st + " Apt " + str(rng.randrange(1, 40)) + ", " + city + ", " + pc,
            h + " " + st + "\n" + city + ", " + pc, h + " " + st + " #" + str(rng.randrange(100, 900)) + ", " + city + " " + pc][k]


ABROAD = [
    ("Calle de Alcalá", "28014 Madrid"), ("Carrer de Mallorca", "08013 Barcelona"), ("Avenida de Europa", "03503 Benidorm"),
    ("Via Roma", "00184 Roma"), ("Via Garibaldi", "16124 Genova"), ("Rua Augusta", "1100-053 Lisboa"),
    ("Rue de la République", "69002 Lyon"), ("Avenue Jean Médecin", "06000 Nice"), ("Odos Ermou", "105 63 Athina"),
    ("Kurfürstendamm", "10719 Berlin"), ("Plaza Mayor", "37002 Salamanca"), ("Atatürk Caddesi", "07400 Alanya"),
    ("Calle San Miguel", "29620 Torremolinos"), ("Rua de Santa Catarina", "4000-447 Porto"),
]


def addr_abroad(rng, ctx):
    st, pcc = rng.choice(ABROAD)
    n = str(rng.randrange(1, 150))
    if st.startswith(("Rue", "Avenue")):
        return n + " " + st + ", " + pcc
    if rng.random() < 0.3:
        return st + " " + n + ", " + rng.choice(["2º B", "3-1", "apt. 4", "piso 2"]) + ", " + pcc
    return st + " " + n + ", " + pcc


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _lk(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def _date(rng, ctx, y, style=None):
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    lang = ctx["lang"]
    k = rng.randrange(6) if style is None else style
    mn = MONTHS[_lk(lang)][m - 1]
    if k == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if lang == "en-us" else ("%02d-%02d-%d" % (d, m, y))
    if k == 1:
        return ("%d/%d/%d" % (m, d, y)) if lang == "en-us" else ("%d/%d/%d" % (d, m, y))
    if k == 2:
        if lang == "en-us":
            return "%s %d, %d" % (mn, d, y)
        if lang == "en-gb":
            return "%d%s %s %d" % (d, rng.choice(["", "th"]) if d not in (1, 2, 3, 21, 22, 23) else "", mn, y)
        return "%d %s %d" % (d, mn, y)
    if k == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 4:
        return "%02d.%02d.%d" % (d, m, y) if lang != "en-us" else "%02d-%02d-%d" % (m, d, y)
    return ("%02d/%02d/%02d" % (m, d, y % 100)) if lang == "en-us" else ("%02d/%02d/%02d" % (d, m, y % 100))


def dob(rng, ctx):
    return _date(rng, ctx, rng.randrange(1948, 2006))


def dob_child(rng, ctx):
    return _date(rng, ctx, rng.randrange(2019, 2025))


def dob_pet(rng, ctx):
    # pet's birth date is not a person's; used only as negative date
    return _date(rng, ctx, rng.randrange(2012, 2024))


# ---------------------------------------------------------------- identifiers (customer_number)
def cust(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return rd(rng, 8)
    if k == 1:
        return rd(rng, 10)
    if k == 2:
        return rd(rng, 3) + " " + rd(rng, 3) + " " + rd(rng, 3)
    if k == 3:
        return rd(rng, 2, string.ascii_uppercase) + rd(rng, 7)
    return rd(rng, 6) + "-" + rd(rng, 2)


def meter_no(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return rd(rng, 2) + "-" + rd(rng, 6)
    if k == 1:
        return rd(rng, 2) + rd(rng, 2, "MNK") + rd(rng, 6)
    if k == 2:
        return "F" + rd(rng, 2) + "LA" + rd(rng, 6)
    if k == 3:
        return rd(rng, 9)
    return rd(rng, 4) + " " + rd(rng, 4)


def ean(rng, ctx):
    v = "8716" + rd(rng, 14)
    return v if rng.random() < 0.7 else " ".join(v[i:i + 6] for i in range(0, 18, 6))


def chip_no(rng, ctx):
    k = rng.randrange(4)
    if k == 0:
        return rd(rng, 10, "0123456789ABCDEF")
    if k == 1:
        return "E0" + rd(rng, 14, "0123456789ABCDEF")
    if k == 2:
        return rd(rng, 3) + " " + rd(rng, 3) + " " + rd(rng, 4)
    return rd(rng, 8)


def pass_no(rng, ctx):
    k = rng.randrange(4)
    if k == 0:
        return rd(rng, 10)
    if k == 1:
        return rd(rng, 4) + "-" + rd(rng, 4) + "-" + rd(rng, 2)
    if k == 2:
        return rd(rng, 2, string.ascii_uppercase) + rd(rng, 6)
    return rd(rng, 13)


def policy_no(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return rd(rng, 3, string.ascii_uppercase) + rd(rng, 8)
    if k == 1:
        return rd(rng, 2) + "." + rd(rng, 3) + "." + rd(rng, 3)
    if k == 2:
        return rd(rng, 10)
    if k == 3:
        return rd(rng, 4, string.ascii_uppercase) + "/" + rd(rng, 6)
    return rd(rng, 3) + "-" + rd(rng, 7)


def pet_chip(rng, ctx):
    cc = {"nl": "528", "nl-be": "056", "fr-be": "056", "en-gb": "826", "en-us": "985"}[ctx["lang"]]
    if rng.random() < 0.25:
        cc = rng.choice(["941", "981", "900"])
    v = cc + rd(rng, 12)
    k = rng.randrange(3)
    if k == 0:
        return v
    if k == 1:
        return v[:3] + " " + v[3:7] + " " + v[7:11] + " " + v[11:]
    return v[:3] + " " + v[3:]


def subsidy_no(rng, ctx):
    lang = ctx["lang"]
    if lang == "en-gb":
        k = rng.randrange(2)
        return "500" + rd(rng, 8) if k == 0 else rd(rng, 4, string.ascii_uppercase) + rd(rng, 5) + rd(rng, 3, string.ascii_uppercase)
    if lang == "en-us":
        return rd(rng, 2, string.ascii_uppercase) + "-" + rd(rng, 7)
    if lang in ("nl-be", "fr-be"):
        return rd(rng, 3) + "/" + rd(rng, 6) + "/" + rd(rng, 2) if rng.random() < 0.5 else "GP" + rd(rng, 8)
    return rd(rng, 10) if rng.random() < 0.5 else "TS-" + rd(rng, 8)


def child_id(rng, ctx):
    k = rng.randrange(3)
    if k == 0:
        return rd(rng, 6)
    if k == 1:
        return "K" + rd(rng, 5)
    return rd(rng, 4) + "-" + rd(rng, 3)


def member_no(rng, ctx):
    return rd(rng, 2, string.ascii_uppercase) + " " + rd(rng, 6) if rng.random() < 0.4 else rd(rng, 9)


def ip(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return "192.168.%d.%d" % (rng.randrange(0, 3), rng.randrange(2, 254))
    if k == 4:
        return "2a02:a46%d:%s:0:%s:%s:%s:%s" % (rng.randrange(10), rd(rng, 4, HEX), rd(rng, 4, HEX), rd(rng, 3, HEX), rd(rng, 4, HEX), rd(rng, 4, HEX))
    return "%d.%d.%d.%d" % (rng.choice([81, 84, 85, 94, 145, 178, 213, 31, 62, 86, 109, 24, 73]), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
