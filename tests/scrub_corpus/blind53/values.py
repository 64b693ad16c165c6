"""Value generators (PII, secrets and look-alike negatives). Standard library only."""
import string

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
MON_SHORT = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
             "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
             "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}


def base(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(v):
    v = v.replace(" ", "").replace("-", "").upper()
    if len(v) < 15 or not v[:2].isalpha():
        return False
    s = v[4:] + v[:4]
    n = int("".join(str(int(c, 36)) for c in s))
    return n % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    return (97 - body % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- generators
def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = "5" + str(rng.randint(1, 5)) + digits(rng, 13)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    for c in string.digits:
        if luhn_ok(body + c):
            num = body + c
            break
    if len(num) == 15:
        f = rng.choice(["amex", "plain"])
        if f == "amex":
            return num[:4] + " " + num[4:10] + " " + num[10:], num
        return num, num
    sep = rng.choice([" ", " ", " ", "-", "", "  "])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)), num


def cvv(rng, amex=False):
    return digits(rng, 4 if amex else 3)


def expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    f = rng.randint(0, 5)
    if f == 0:
        return "%02d/%02d" % (m, y)
    if f == 1:
        return "%02d/20%02d" % (m, y)
    if f == 2:
        return "%02d-%02d" % (m, y)
    if f == 3:
        return "%d/%02d" % (m, y)
    if f == 4:
        return "%s %d" % (MON_SHORT[base(lang)][m - 1].rstrip("."), 2000 + y)
    return "%02d / %02d" % (m, y)


def _iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban(rng, lang, country=None):
    if country is None:
        if lang == "nl":
            country = rng.choice(["NL"] * 8 + ["BE", "DE"])
        elif lang in ("nl-be", "fr-be"):
            country = rng.choice(["BE"] * 8 + ["NL", "FR", "LU"])
        else:
            country = rng.choice(["GB", "GB", "NL", "DE", "FR", "BE"])
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif country == "BE":
        b = str(rng.randint(1, 9)) + digits(rng, 9)
        c = int(b) % 97 or 97
        bban = b + "%02d" % c
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bank, gui, cpt = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(cpt)) % 97)
        bban = bank + gui + cpt + "%02d" % key
    elif country == "LU":
        bban = digits(rng, 16)
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    v = country + _iban_check(country, bban) + bban
    f = rng.random()
    if f < 0.55:
        out = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif f < 0.85:
        out = v
    else:
        out = " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower() if rng.random() < .5 else v.lower()
    return out


def bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        r = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if r < 10:
            v = "".join(map(str, d + [r]))
            f = rng.randint(0, 5)
            if f == 0:
                return v[:4] + "." + v[4:6] + "." + v[6:]
            if f == 1:
                return v[:3] + " " + v[3:6] + " " + v[6:]
            return v


def rrn(rng, dob=None):
    if dob is None:
        dob = (rng.randint(1935, 2015), rng.randint(1, 12), rng.randint(1, 28))
    y, m, d = dob
    seq = rng.randint(1, 997)
    body = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    n = int(("2" if y >= 2000 else "") + body)
    chk = 97 - n % 97
    v = body + "%02d" % chk
    f = rng.randint(0, 4)
    if f == 0:
        return v
    if f in (1, 2):
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if f == 3:
        return "%s %s %s" % (v[:6], v[6:9], v[9:])
    return "%s-%s-%s" % (v[:6], v[6:9], v[9:])


def fmt_date(rng, lang, y, m, d, style=None):
    b = base(lang)
    f = rng.randint(0, 6) if style is None else style
    if lang == "en-us" and f in (0, 1, 2):
        return rng.choice(["%02d/%02d/%d", "%d/%d/%d"]) % (m, d, y)
    if f == 0:
        return "%02d-%02d-%d" % (d, m, y)
    if f == 1:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 2:
        return "%d.%d.%d" % (d, m, y)
    if f == 3:
        if b == "en" and lang == "en-us":
            return "%s %d, %d" % (MONTHS[b][m - 1], d, y)
        return "%d %s %d" % (d, MONTHS[b][m - 1], y)
    if f == 4:
        return "%d-%d-%d" % (y, m, d) if False else "%d-%02d-%02d" % (y, m, d)
    if f == 5:
        return "%d %s %d" % (d, MON_SHORT[b][m - 1], y)
    return "%02d-%02d-%02d" % (d, m, y % 100) if b != "en" else "%02d/%02d/%d" % ((m, d, y) if lang == "en-us" else (d, m, y))


def nl_mobile(rng):
    n = digits(rng, 8)
    return rng.choice([
        "06-" + n, "06 " + n[:4] + " " + n[4:], "06" + n, "+31 6 " + n, "+316" + n,
        "0031 6 " + n[:4] + " " + n[4:], "+31 (0)6 " + " ".join(n[i:i + 2] for i in range(0, 8, 2)),
        "06 " + " ".join(n[i:i + 2] for i in range(0, 8, 2)), "06-" + n[:2] + " " + n[2:5] + " " + n[5:]])


def nl_land(rng):
    area = rng.choice(["020", "010", "030", "070", "040", "050", "053", "024", "0229", "0318", "0475", "0546"])
    n = digits(rng, 10 - len(area))
    if n[0] == "0":
        n = "4" + n[1:]
    return rng.choice([area + "-" + n, area + " " + n, area + n, "+31 " + area[1:] + " " + n,
                       area + " " + n[:3] + " " + n[3:]])


def be_mobile(rng):
    p = rng.choice(["0470", "0471", "0472", "0475", "0476", "0477", "0478", "0479", "0485", "0486", "0494", "0496", "0497"])
    n = digits(rng, 6)
    return rng.choice([
        p + " " + n[:2] + " " + n[2:4] + " " + n[4:], p + "/" + n[:2] + "." + n[2:4] + "." + n[4:],
        p + n, "+32 " + p[1:] + " " + n[:2] + " " + n[2:4] + " " + n[4:], "+32" + p[1:] + n,
        "0032 " + p[1:] + " " + n, p + " " + n[:3] + " " + n[3:], p + "/" + n])


def be_land(rng):
    z = rng.choice(["02", "03", "09", "04", "016", "050", "011", "081", "010", "065"])
    n = digits(rng, 9 - len(z))
    if n[0] == "0":
        n = "5" + n[1:]
    if len(z) == 2:
        a, b, c = n[:3], n[3:5], n[5:]
    else:
        a, b, c = n[:2], n[2:4], n[4:]
    return rng.choice([z + " " + a + " " + b + " " + c, z + "/" + a + "." + b + "." + c, z + a + b + c,
                       "+32 " + z[1:] + " " + a + " " + b + " " + c])


def uk_mobile(rng):
    n = "7" + rng.choice(["700", "911", "825", "403", "538", "984"]) + digits(rng, 6)
    return rng.choice(["0" + n[:4] + " " + n[4:], "0" + n, "+44 " + n[:4] + " " + n[4:], "+44" + n,
                       "+44 (0)" + n[:4] + " " + n[4:], "0" + n[:4] + " " + n[4:7] + " " + n[7:]])


def uk_land(rng):
    return rng.choice(["020 79" + digits(rng, 2) + " " + digits(rng, 4), "0161 496 " + digits(rng, 4),
                       "0113 " + digits(rng, 3) + " " + digits(rng, 4), "01632 " + digits(rng, 6),
                       "+44 20 7946 " + digits(rng, 4), "0131 " + digits(rng, 3) + " " + digits(rng, 4)])


def us_phone(rng):
    a = rng.choice(["212", "415", "312", "617", "206", "512", "303", "404", "503", "718"])
    b = str(rng.randint(2, 9)) + digits(rng, 2)
    c = digits(rng, 4)
    return rng.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                       "+1 %s %s %s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c), "%s%s%s" % (a, b, c),
                       "1-%s-%s-%s" % (a, b, c)])


def phone(rng, lang, kind=None):
    if lang == "nl":
        return nl_land(rng) if kind == "land" or (kind is None and rng.random() < .25) else nl_mobile(rng)
    if lang in ("nl-be", "fr-be"):
        return be_land(rng) if kind == "land" or (kind is None and rng.random() < .3) else be_mobile(rng)
    if lang == "en-gb":
        return uk_land(rng) if kind == "land" or (kind is None and rng.random() < .3) else uk_mobile(rng)
    return us_phone(rng)


def company_phone(rng, lang):
    if lang == "nl":
        return rng.choice(["0800-0232", "0800 022 4040", "088 0101 200", "0900-0404", "0900 - 1234 000",
                           "+31 88 010 2000", "14 020", "0800-1515"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 15 15 15", "0800 22 800", "078/35.33.33", "02 788 88 00", "070 22 33 44",
                           "+32 78 05 05 05", "0800 93 101"])
    if lang == "en-gb":
        return rng.choice(["0800 800 150", "0345 600 6000", "0330 123 4567", "0808 157 0192", "03457 404 404",
                           "0300 200 3300"])
    return rng.choice(["1-800-922-0204", "1 (888) 555-0188", "800-275-8777", "1-877-328-4327", "(800) 331-0500"])


def password(rng, pools):
    w = rng.choice(pools["pwwords"])
    f = rng.randint(0, 9)
    sym = rng.choice("!#$@*?%&-_.")
    if f == 0:
        return w.capitalize() + str(rng.randint(1940, 2024)) + sym
    if f == 1:
        return w + digits(rng, 2)
    if f == 2:
        return w.capitalize() + sym + digits(rng, 3)
    if f == 3:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(9, 14)))
    if f == 4:
        t = w.replace("a", "@").replace("o", "0").replace("e", "3")
        return t.capitalize() + digits(rng, 2)
    if f == 5:
        return w.upper()[:3] + w[3:] + sym + str(rng.randint(1, 99))
    if f == 6:
        return rng.choice(pools["pwwords"]).capitalize() + rng.choice(pools["pwwords"]).capitalize() + digits(rng, 1)
    if f == 7:
        return w + str(rng.randint(1940, 1999))
    if f == 8:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!#%&*") for _ in range(rng.randint(12, 18)))
    return w.capitalize() + digits(rng, 4)


def wifi_key(rng, pools):
    f = rng.randint(0, 3)
    if f == 0:
        return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(10, 16)))
    if f == 1:
        return "".join(rng.choice("ABCDEF0123456789") for _ in range(rng.choice([10, 16, 26])))
    if f == 2:
        return rng.choice(pools["pwwords"]) + "-" + rng.choice(pools["pwwords"]) + "-" + digits(rng, 2)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(12, 20)))


def username(rng, person):
    fn, ln = person["fn"].lower(), person["ln"].lower().replace(" ", "").replace("'", "")
    y = str(person["dob"][0])
    return rng.choice([fn + "." + ln, fn[0] + ln + y[2:], fn + "_" + ln[:4], ln + fn[0] + digits(rng, 2),
                       fn + y, "oma" + ln if rng.random() < .5 else fn + ln[:1] + digits(rng, 3),
                       fn.capitalize() + ln.capitalize()[:3] + y[2:]])


def email(rng, person, lang):
    fn, ln = person["fn"].lower(), person["ln"].lower().replace(" ", "").replace("'", "")
    for a, b in (("é", "e"), ("ë", "e"), ("è", "e"), ("ï", "i"), ("ç", "c"), ("ö", "o"), ("ü", "u")):
        fn, ln = fn.replace(a, b), ln.replace(a, b)
    dom = {"nl": ["hotmail.com", "gmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "xs4all.nl", "outlook.com"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "outlook.be"],
           "en-gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com"]}[lang]
    local = rng.choice([fn + "." + ln, fn + ln, fn[0] + "." + ln, ln + "." + fn, fn + str(person["dob"][0])[2:],
                        fn + "_" + ln + digits(rng, 2), fn[0] + ln + str(person["dob"][0]), "fam." + ln])
    v = local + "@" + rng.choice(dom)
    return v.upper() if rng.random() < .03 else v


def otp(rng):
    f = rng.randint(0, 5)
    if f == 0:
        return digits(rng, 3) + " " + digits(rng, 3)
    if f == 1:
        return digits(rng, 3) + "-" + digits(rng, 3)
    if f == 2:
        return digits(rng, 5)
    if f == 3:
        return digits(rng, 8)
    return digits(rng, 6)


WORDS = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "en": "zero one two three four five six seven eight nine".split()}


def otp_words(rng, lang):
    w = WORDS[base(lang)]
    sep = rng.choice([" ", "-", ", "])
    return sep.join(rng.choice(w) for _ in range(6))


def pin(rng):
    return rng.choice([digits(rng, 4)] * 5 + [digits(rng, 5), digits(rng, 6)])


def doorcode(rng):
    return rng.choice([digits(rng, 4), digits(rng, 4), digits(rng, 4) + "#", digits(rng, 5), digits(rng, 6)])


def puk(rng):
    return digits(rng, 8)


def api_key(rng):
    f = rng.randint(0, 5)
    al = string.ascii_letters + string.digits
    if f == 0:
        return rng.choice(["sk_live_", "rk_live_", "pk_live_"]) + "".join(rng.choice(al) for _ in range(24))
    if f == 1:
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    if f == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if f == 3:
        return "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(43))
    if f == 4:
        return "mk_" + "".join(rng.choice(al) for _ in range(30))
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)) + "-" + \
        "-".join("".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(4)) for _ in range(3))


def aws_id(rng):
    return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))


def aws_secret(rng):
    return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def token(rng):
    al = string.ascii_letters + string.digits
    f = rng.randint(0, 4)
    if f == 0:
        return "eyJ" + "".join(rng.choice(al) for _ in range(30)) + "." + "eyJ" + "".join(rng.choice(al) for _ in range(50)) + "." + "".join(rng.choice(al + "-_") for _ in range(43))
    if f == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if f == 2:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if f == 3:
        return "ya29." + "".join(rng.choice(al + "-_") for _ in range(60))
    return "".join(rng.choice(al) for _ in range(28))


def ip(rng):
    if rng.random() < .15:
        return "2a02:a46%x:%x:0:%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(6))
    first = rng.choice([84, 77, 81, 145, 62, 94, 212, 178, 86, 109, 195, 31])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def local_ip(rng):
    return rng.choice(["192.168.1.1", "192.168.178.1", "192.168.0.1", "10.0.0.138", "192.168.1.254"])


def customer_number(rng, kind):
    if kind == "cust":
        return rng.choice([digits(rng, 8), digits(rng, 9), "K" + digits(rng, 7), digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3),
                           "CU-" + digits(rng, 6), digits(rng, 10)])
    if kind == "ean":
        return rng.choice(["871" + digits(rng, 15), "5414" + digits(rng, 14), "8716" + digits(rng, 14)])
    if kind == "contract":
        return rng.choice(["3" + digits(rng, 9), "C" + digits(rng, 8), digits(rng, 4) + "-" + digits(rng, 5)])
    if kind == "policy":
        return rng.choice(["POL" + digits(rng, 7), digits(rng, 2) + "." + digits(rng, 3) + "." + digits(rng, 3), "AV-" + digits(rng, 8)])
    if kind == "member":
        return rng.choice(["L" + digits(rng, 8), digits(rng, 7), "M-" + digits(rng, 6)])
    if kind == "nhs":
        return digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 4)
    return rng.choice([digits(rng, 9), "04" + digits(rng, 8)])  # subscriber
