"""Value generators for the blind107 corpus (standard library only)."""
import string
import uuid

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
DIGIT_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def base(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def country(lang):
    return {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- checks
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
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    return 97 - body % 97 == chk or 97 - (2000000000 + body) % 97 == chk


# ---------------------------------------------------------------- high risk
def password(rng, lang):
    words = ["Zomer", "Fiets", "Bella", "Max", "Voetbal", "Tennis", "Soleil", "Chiens", "Arsenal",
             "Rocky", "Gazelle", "Kwik", "Bruxelles", "Molly", "Summer", "Dragon", "Padel", "Loki"]
    k = rng.randrange(6)
    if k == 0:
        return rng.choice(words) + digits(rng, rng.choice([2, 4])) + rng.choice("!?#$*.")
    if k == 1:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(8, 14)))
    if k == 2:
        return rng.choice(words).lower() + rng.choice(["_", "-", "@", "&"]) + rng.choice(words) + digits(rng, 2)
    if k == 3:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!#%&*") for _ in range(rng.randint(10, 16)))
    if k == 4:
        w = rng.choice(words)
        return w[0].lower() + w[1:].replace("o", "0").replace("e", "3").replace("a", "@") + digits(rng, 3)
    return rng.choice(words) + rng.choice(words) + digits(rng, 1) + rng.choice("!$%")


def pin(rng, lang):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    return digits(rng, n)


def puk(rng, lang):
    p = digits(rng, 8)
    return p if rng.random() < 0.8 else p[:4] + " " + p[4:]


def otp(rng, lang):
    k = rng.randrange(5)
    d = digits(rng, 6)
    if k == 0:
        return d[:3] + " " + d[3:]
    if k == 1:
        return d[:3] + "-" + d[3:]
    if k == 2:
        return rng.choice(["G-", "A-"]) + d
    return d if rng.random() < 0.7 else digits(rng, rng.choice([4, 5, 8]))


def otp_words(rng, lang):
    w = DIGIT_WORDS[base(lang)]
    n = rng.choice([4, 6, 6])
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(w[int(c)] for c in digits(rng, n))


def wifi_key(rng, lang):
    k = rng.randrange(4)
    al = string.ascii_letters + string.digits
    if k == 0:
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(4))
    if k == 1:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 20])))
    if k == 2:
        return "".join(rng.choice(al) for _ in range(rng.randint(12, 20)))
    return rng.choice(["Welkom", "Sport", "Bienvenue", "Guest", "Kantine"]) + digits(rng, 4) + rng.choice(["!", "#", ""]) + rng.choice(["xy", "Qz", "kk", "Lp"])


def username(rng, lang):
    first = rng.choice(["jeroen", "sanne", "lotte", "wout", "ines", "mathieu", "chloe", "tom", "priya",
                        "bart", "emma", "kevin", "noor", "dries", "amelie", "jake", "fatima", "sven"])
    last = rng.choice(["devries", "peeters", "janssens", "dubois", "smith", "bakker", "maes",
                       "lambert", "jones", "visser", "claes", "miller", "mertens", "degroot"])
    k = rng.randrange(5)
    if k == 0:
        return first + "." + last
    if k == 1:
        return first[0] + last + digits(rng, 2)
    if k == 2:
        return first + "_" + digits(rng, 4)
    if k == 3:
        return last.upper()[:5] + digits(rng, 3)
    return first + last[:3] + rng.choice(["84", "1990", "x", "_nl", "be"])


def api_key(rng, lang):
    al = string.ascii_letters + string.digits
    k = rng.randrange(6)
    if k == 0:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if k == 1:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if k == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if k == 3:
        return "pk_test_" + "".join(rng.choice(al) for _ in range(24))
    if k == 4:
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    return "".join(rng.choice(al + "/+") for _ in range(40))  # aws-secret-like


def token(rng, lang):
    al = string.ascii_letters + string.digits
    k = rng.randrange(4)
    if k == 0:
        def seg(n):
            return "".join(rng.choice(al + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiJ9." + seg(36) + "." + seg(43)
    if k == 1:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if k == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return "".join(rng.choice(al) for _ in range(rng.randint(28, 48)))


def card(rng, lang):
    k = rng.randrange(4)
    if k == 0:
        num = luhn_complete("4" + digits(rng, 14))
    elif k == 1:
        num = luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13))
    elif k == 2:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    else:
        num = luhn_complete("2" + str(rng.randint(221, 720)) + digits(rng, 11))
    f = rng.randrange(4)
    groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if f == 0:
        return " ".join(groups)
    if f == 1:
        return "-".join(groups)
    if f == 2:
        return num
    return "  ".join(groups) if rng.random() < 0.3 else ".".join(groups)


def cvv(rng, lang):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def iban(rng, lang):
    cc = country(lang)
    r = rng.random()
    if r < 0.15:
        cc = rng.choice(["DE", "FR", "GB", "NL", "BE", "LU", "ES"])
    if cc == "US":
        cc = rng.choice(["NL", "GB", "DE"])
    if cc == "NL":
        raw = make_iban("NL", rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10))
    elif cc == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        raw = make_iban("BE", b + f"{c:02d}")
    elif cc == "DE":
        raw = make_iban("DE", digits(rng, 18))
    elif cc == "FR":
        raw = make_iban("FR", digits(rng, 10) + "".join(rng.choice(string.digits + "ABC") for _ in range(11)) + digits(rng, 2))
    elif cc == "LU":
        raw = make_iban("LU", digits(rng, 3) + digits(rng, 13))
    elif cc == "ES":
        raw = make_iban("ES", digits(rng, 20))
    else:
        raw = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    f = rng.randrange(6)
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if f in (0, 1):
        return grouped
    if f == 2:
        return raw
    if f == 3:
        return raw.lower()
    if f == 4:
        return grouped.lower() if rng.random() < 0.4 else grouped
    return raw[:4] + " " + raw[4:]


def bsn(rng, lang):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            assert bsn_ok(s)
            k = rng.randrange(4)
            if k == 0:
                return f"{s[:4]}.{s[4:6]}.{s[6:]}"
            if k == 1:
                return f"{s[:3]} {s[3:6]} {s[6:]}"
            return s


def rrn(rng, lang):
    y = rng.randint(1950, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    body = int(f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}")
    chk = 97 - ((2000000000 + body) if y >= 2000 else body) % 97
    s = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}{chk:02d}"
    assert rrn_ok(s)
    k = rng.randrange(4)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return s
    if k == 2:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:6]} {s[6:9]} {s[9:]}"


# ---------------------------------------------------------------- other PII
def email(rng, lang, pools):
    first = rng.choice(pools["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ï", "i")
    last = rng.choice(pools["last"]).lower().replace(" ", "").replace("'", "")
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "live.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.be", "voo.be", "yahoo.fr"],
           "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com", "yahoo.co.uk"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net"]}[lang]
    k = rng.randrange(5)
    if k == 0:
        lp = f"{first}.{last}"
    elif k == 1:
        lp = f"{first[0]}{last}{digits(rng, 2)}"
    elif k == 2:
        lp = f"{first}{rng.randint(70, 99)}"
    elif k == 3:
        lp = f"{last}.{first[0]}"
    else:
        lp = f"{first}_{last}"
    e = f"{lp}@{rng.choice(dom)}"
    return e if rng.random() > 0.08 else e.upper() if rng.random() < 0.3 else e.capitalize()


def phone(rng, lang, cc=None):
    cc = cc or country(lang)
    if rng.random() < 0.07:
        cc = rng.choice(["NL", "BE", "GB", "US"])
    if cc == "NL":
        if rng.random() < 0.75:
            d = digits(rng, 8)
            return rng.choice([f"06-{d}", f"06 {d}", f"06{d}", f"06 {d[:4]} {d[4:]}", f"+31 6 {d}",
                               f"+316{d}", f"0031 6 {d[:4]} {d[4:]}", f"06-{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                               f"(06) {d}", f"+31 (0)6 {d[:2]} {d[2:5]} {d[5:]}"])
        ac = rng.choice(["20", "10", "70", "30", "40", "50", "24", "26", "13", "15", "72", "38"])
        d = digits(rng, 7)
        return rng.choice([f"0{ac}-{d}", f"0{ac} {d[:3]} {d[3:]}", f"+31 {ac} {d[:3]} {d[3:]}", f"0{ac}{d}"])
    if cc == "BE":
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485",
                            "486", "487", "488", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
            d = digits(rng, 6)
            return rng.choice([f"0{p} {d[:2]} {d[2:4]} {d[4:]}", f"0{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"0{p}{d}",
                               f"+32 {p} {d[:2]} {d[2:4]} {d[4:]}", f"+32(0){p} {d[:3]} {d[3:]}",
                               f"0032 {p} {d[:2]} {d[2:4]} {d[4:]}", f"0{p}/{d}", f"+32{p}{d}",
                               f"0{p} {d[:3]} {d[3:]}"])
        ac = rng.choice(["2", "3", "9", "4", "10", "16", "50", "11", "81", "65"])
        d = digits(rng, 8 - len(ac))
        return rng.choice([f"0{ac} {d[:3]} {d[3:5]} {d[5:]}", f"0{ac}/{d[:3]}.{d[3:5]}.{d[5:]}",
                           f"+32 {ac} {d[:3]} {d[3:5]} {d[5:]}", f"0{ac}{d}"])
    if cc == "GB":
        if rng.random() < 0.75:
            d = "7" + rng.choice("3456789") + digits(rng, 8)
            return rng.choice([f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"+44 (0){d[:4]} {d[4:]}",
                               f"0{d}", f"+44{d}", f"0{d[:4]} {d[4:7]} {d[7:]}", f"0044 {d[:4]} {d[4:]}"])
        a = rng.choice(["20 7946", "161 496", "113 496", "131 496", "117 496", "121 496"])
        d = digits(rng, 4)
        return rng.choice([f"0{a} {d}", f"+44 {a} {d}", f"(0{a.split()[0]}) {a.split()[1]} {d}"])
    ac = str(rng.choice([212, 415, 312, 617, 202, 646, 718, 503, 206, 512, 305, 404, 773, 917]))
    ex = str(rng.randint(201, 989))
    ln = digits(rng, 4)
    return rng.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"+1 {ac} {ex} {ln}",
                       f"1-{ac}-{ex}-{ln}", f"{ac}{ex}{ln}", f"+1 ({ac}) {ex}-{ln}", f"{ac} {ex} {ln}"])


def nl_pc(rng, prefix):
    return f"{prefix}{digits(rng, 2)}{' ' if rng.random() < 0.8 else ''}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"


def address(rng, lang, pools):
    cc = country(lang)
    num = str(rng.randint(1, 240))
    if cc == "NL":
        street = rng.choice(pools["street_nl"])
        city, pre = rng.choice(pools["city_nl"])
        suf = rng.choice(["", "", "", "a", "A", "-2", " hs", "-III", " bis", "B"])
        pc = nl_pc(rng, pre)
        return rng.choice([f"{street} {num}{suf}, {pc} {city}", f"{street} {num}{suf} {pc} {city}",
                           f"{street} {num}{suf}", f"{street} {num}{suf}\n{pc} {city}",
                           f"{street} {num}{suf}, {pc.upper()}, {city.upper()}", f"{street.lower()} {num}{suf} {city}"])
    if cc == "BE":
        if lang == "fr-be":
            street = rng.choice(pools["street_fr"])
            city, pc = rng.choice(pools["city_fr"])
            bus = rng.choice(["", "", f" boîte {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}", f" bte {rng.randint(1, 30)}"])
            return rng.choice([f"{street} {num}{bus}, {pc} {city}", f"{street}, {num}{bus} - {pc} {city}",
                               f"{street} {num}{bus}", f"{num}{bus} {street}, {pc} {city}"])
        street = rng.choice(pools["street_be"])
        city, pc = rng.choice(pools["city_be"])
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}", f" bus 0{rng.randint(1, 3)}.{rng.randint(1, 4)}"])
        return rng.choice([f"{street} {num}{bus}, {pc} {city}", f"{street} {num}{bus} {pc} {city}",
                           f"{street} {num}{bus}", f"{street} {num}{bus}\n{pc} {city}"])
    if cc == "GB":
        street = rng.choice(pools["street_gb"])
        city, pa = rng.choice(pools["city_gb"])
        pc = f"{pa}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 20)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')} "])
        return rng.choice([f"{flat}{num} {street}, {city} {pc}", f"{flat}{num} {street}, {city}, {pc}",
                           f"{num} {street}", f"{flat}{num} {street}\n{city}\n{pc}", f"{num} {street.lower()} {pc.lower()}"])
    street = rng.choice(pools["street_us"])
    city, st, z = rng.choice(pools["city_us"])
    apt = rng.choice(["", "", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 12)}"])
    zipc = z + digits(rng, 2)
    return rng.choice([f"{num} {street}{apt}, {city}, {st} {zipc}", f"{num} {street}{apt}, {city} {st} {zipc}",
                       f"{num} {street}{apt}", f"{num} {street}{apt}\n{city}, {st} {zipc}"])


def dob(rng, lang):
    y = rng.randint(1942, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    b = base(lang)
    mn = MONTHS[b][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if b == "en":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}th {mn} {y}" if d > 3 and d < 21 else f"{d} {mn[:3]} {y}", f"{d}.{m}.{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}-{m}-{y % 100:02d}",
                       f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"])


def customer_number(rng, lang):
    k = rng.randrange(10)
    if k == 0:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if k == 1:
        return rng.choice(["M", "LID", "KL", "CL", "C", "A", "CU"]) + "-" + digits(rng, 6)
    if k == 2:
        return "8716" + digits(rng, 14)  # EAN connection code
    if k == 3:
        return rng.choice(["LB", "LEA", "CTR", "CT"]) + digits(rng, 2) + "-" + digits(rng, 5)
    if k == 4:
        return digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3)
    if k == 5:
        return rng.choice(["PL", "POL", "NL", "BE"]) + digits(rng, 8)
    if k == 6:
        return digits(rng, 2) + rng.choice("ABCDEFGHKLM") + digits(rng, 5)
    if k == 7:
        return "541" + digits(rng, 15)  # Belgian EAN
    if k == 8:
        return digits(rng, 4) + " " + digits(rng, 4)
    return "00" + digits(rng, 7)


def card_expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d}{y}" if rng.random() < 0.2 else f"{m:02d} / {y}"])


def ip_address(rng, lang):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
    first = rng.choice([31, 77, 81, 84, 86, 89, 94, 109, 145, 178, 185, 213, 62, 92, 24, 73])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- negatives
def n_date(rng, lang):
    b = base(lang)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
    mn = MONTHS[b][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{mn} {d}", f"{mn} {d}th" if d > 3 and d < 21 else f"{mn} {d}", f"{m}/{d}/{y}"])
    if b == "en":
        return rng.choice([f"{d}/{m}", f"{d} {mn}", f"{d}/{m:02d}/{y}", f"the {d}th" if 3 < d < 21 else f"{d} {mn[:3]}"])
    if b == "fr":
        return rng.choice([f"{d}/{m:02d}", f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"lundi {d} {mn}"])
    return rng.choice([f"{d}-{m}", f"{d} {mn}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"vrijdag {d} {mn}"])


def n_time(rng, lang):
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 5, 50])
    b = base(lang)
    if lang == "en-us":
        return rng.choice([f"{h % 12 or 12}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"])
    if b == "en":
        return rng.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}pm"])
    if b == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d}u", f"{h} uur"])


def n_amount(rng, lang):
    e, c = rng.randint(5, 1900), rng.randint(0, 99)
    b = base(lang)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"{e}.{c:02d} GBP", f"£ {e}"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}", f"${e:,}.00"])
    if b == "fr":
        return rng.choice([f"{e},{c:02d} €", f"{e} euros", f"€{e}", f"{e},{c:02d}€"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e} euro", f"EUR {e},{c:02d}", f"€{e}.{c:02d}"])


def n_quantity(rng, lang):
    n = rng.randint(2, 60)
    w = {"nl": ["dozen", "stuks", "kg", "km", "kuub", "trappen", "verdiepingen", "lessen"],
         "fr": ["cartons", "pièces", "kg", "km", "m³", "étages", "séances"],
         "en": ["boxes", "pieces", "kg", "miles", "sessions", "flights of stairs", "crates"]}[base(lang)]
    return f"{n} {rng.choice(w)}"


def n_percentage(rng, lang):
    p = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5])
    s = str(p).replace(".", "," if base(lang) != "en" else ".")
    return rng.choice([f"{s}%", f"{s} %", f"{s} procent" if base(lang) == "nl" else f"{s}%"])


def n_year(rng, lang):
    return str(rng.randint(2015, 2025))


def n_order(rng, lang):
    return rng.choice([f"ORD-{digits(rng, 8)}", f"#{digits(rng, 7)}", f"WO-2024-{digits(rng, 5)}", f"A{digits(rng, 9)}",
                       f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"BST{digits(rng, 6)}"])


def n_ticket(rng, lang):
    return rng.choice([f"CS-{digits(rng, 7)}", f"#{digits(rng, 6)}", f"2024-{digits(rng, 6)}", f"INC{digits(rng, 7)}",
                       f"SR-{digits(rng, 5)}", f"CAS-{digits(rng, 5)}-{rng.choice('ABCDEFGH')}{digits(rng, 1)}{rng.choice('KLMNP')}{digits(rng, 1)}"])


def n_invoice(rng, lang):
    return rng.choice([f"F2024-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"2024/{digits(rng, 4)}", f"FA{digits(rng, 8)}",
                       f"{digits(rng, 2)}-{digits(rng, 6)}", f"VF{digits(rng, 6)}"])


def n_tracking(rng, lang):
    return rng.choice([f"3S{''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}{digits(rng, 9)}",
                       f"1Z{digits(rng, 3)}{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}{digits(rng, 10)}",
                       f"JVGL{digits(rng, 16)}", f"CD{digits(rng, 9)}NL", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                       f"RR{digits(rng, 9)}GB", f"{digits(rng, 14)}"])


def n_request(rng, lang):
    if rng.random() < 0.7:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return "req_" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(14))


def n_error(rng, lang):
    return rng.choice([f"E{rng.randint(1, 299)}", f"F{rng.randint(10, 99)}", f"0x{rng.randint(0x10000000, 0xffffffff):08X}",
                       f"ERR_{rng.choice(['CONNECTION_REFUSED', 'TIMEOUT', 'AUTH_FAILED', 'SSL_PROTOCOL'])}",
                       f"E-{digits(rng, 3)}", f"{rng.randint(400, 503)}", f"A{rng.randint(1, 60):02d}", f"code {digits(rng, 4)}"])


def n_version(rng, lang):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"{rng.randint(10, 18)}.{rng.randint(0, 7)}.{rng.randint(0, 3)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}",
                       f"{rng.randint(1, 6)}.{rng.randint(0, 40)}.{rng.randint(100, 999)}", f"build {rng.randint(2023, 2025)}.{rng.randint(1, 12):02d}.{rng.randint(1, 9)}"])


def n_checksum(rng, lang):
    n = rng.choice([32, 40, 64])
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def n_port(rng, lang):
    return str(rng.choice([443, 8080, 8443, 3389, 22, 1883, 5060, 80, 8000, 993]))


def n_meter(rng, lang):
    return rng.choice([f"{rng.randint(100, 99999):05d}", f"{rng.randint(100, 9999)},{rng.randint(0, 999):03d}",
                       f"{rng.randint(1000, 60000)}"])


def n_registration(rng, lang):
    b = country(lang)
    k = rng.random()
    if b == "NL":
        return rng.choice([digits(rng, 8), f"NL{digits(rng, 9)}B0{rng.randint(1, 9)}", f"NL {digits(rng, 9)} B01"])
    if b == "BE":
        d = "0" + digits(rng, 9)
        return rng.choice([f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if b == "GB":
        return rng.choice([digits(rng, 8), f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return f"{digits(rng, 2)}-{digits(rng, 7)}" if k < 0.7 else f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"


def n_company_phone(rng, lang):
    b = country(lang)
    if b == "NL":
        return rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0900-{digits(rng, 4)}", f"0800 {digits(rng, 4)}",
                           f"+31 88 {digits(rng, 3)} {digits(rng, 4)}", f"085-{digits(rng, 7)}"])
    if b == "BE":
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}",
                           f"070 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"+32 78 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
    if b == "GB":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}",
                           f"0333 {digits(rng, 3)} {digits(rng, 4)}", f"03{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}",
                       f"1-866-{rng.choice(['FIX', 'PET', 'BIKE', 'MOVE'])}-{digits(rng, 4)}", f"877.{digits(rng, 3)}.{digits(rng, 4)}"])


def n_masked(rng, lang):
    d4 = digits(rng, 4)
    return rng.choice([f"****{d4}", f"**** **** **** {d4}", f"NL** **** **** **{d4[:2]} {d4[2:]}", f"•••• {d4}",
                       f"xxxx-xxxx-xxxx-{d4}", f"06-****{d4}", f"BE** **** **** {d4}", f"{d4[:1]}*****{d4[2:]}",
                       f"j***@gmail.com", f"+31 6 ** ** {d4[:2]} {d4[2:]}", f"XXXXXX{d4}"])


def n_flight(rng, lang):
    return rng.choice(["KL", "SN", "BA", "FR", "HV", "U2", "AA", "DL", "TB", "LH"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def n_product(rng, lang):
    return rng.choice([f"SKU-{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 3)}", f"871{digits(rng, 10)}",
                       f"ART{digits(rng, 5)}", f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}-{digits(rng, 4)}-{rng.choice(['BK', 'WH', 'XL', 'M'])}"])
