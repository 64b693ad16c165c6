"""Value generators (labelled values and hard-negative values) for blind97.

All functions take a random.Random and a language code; they never return
leading or trailing white space.
"""
import string

DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


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


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


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
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- cards
def card_digits(r):
    kind = r.random()
    if kind < 0.5:
        pre, ln = "4" + digits(r, 5), 16
    elif kind < 0.85:
        pre, ln = str(r.randint(51, 55)) + digits(r, 4), 16
    else:
        pre, ln = r.choice(["34", "37"]) + digits(r, 4), 15
    body = pre + digits(r, ln - len(pre) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def card(r, lang):
    d = card_digits(r)
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    sep = r.choice([" ", " ", "-", "", " "])
    return sep.join(g)


def cvv(r, lang):
    return digits(r, 3) if r.random() < 0.9 else digits(r, 4)


def card_expiry(r, lang):
    m, y = r.randint(1, 12), r.randint(25, 31)
    f = r.choice(["{m:02d}/{y}", "{m:02d}/20{y}", "{m:02d}-{y}", "{m:02d} / {y}", "{m}/{y}", "{m:02d}-20{y}"])
    return f.format(m=m, y=y)


# ---------------------------------------------------------------- iban
BANKS = {"NL": ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"],
         "DE": None, "FR": None, "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]}


def _iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_compact(r, cc):
    if cc == "NL":
        bban = r.choice(BANKS["NL"]) + digits(r, 10)
    elif cc == "BE":
        b = digits(r, 10)
        c = int(b) % 97 or 97
        bban = b + "%02d" % c
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 10) + "".join(r.choice(string.ascii_uppercase + DIG) for _ in range(11)) + digits(r, 2)
    elif cc == "GB":
        bban = r.choice(BANKS["GB"]) + digits(r, 14)
    elif cc == "LU":
        bban = digits(r, 3) + digits(r, 13)
    else:
        bban = digits(r, 18)
    return cc + _iban_check(cc, bban) + bban


def iban(r, lang):
    home = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
    cc = home if r.random() < 0.75 else r.choice(["NL", "BE", "DE", "FR", "LU", "GB"])
    v = iban_compact(r, cc)
    st = r.random()
    if st < 0.55:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r.random() < 0.1:
        v = v.lower()
    return v


# ---------------------------------------------------------------- national ids
def bsn_digits(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last <= 9:
            v = "".join(map(str, d)) + str(last)
            if bsn_ok(v):
                return v


def bsn(r, lang):
    v = bsn_digits(r)
    f = r.random()
    if f < 0.6:
        return v
    if f < 0.8:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    return v[:3] + " " + v[3:6] + " " + v[6:]


def rrn(r, lang):
    y = r.randint(1940, 2006)
    m, d = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 998)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    n = int(("2" if y >= 2000 else "") + base)
    chk = 97 - n % 97
    v = base + "%02d" % chk
    assert rrn_ok(v)
    f = r.random()
    if f < 0.45:
        return "%s.%s.%s-%s.%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:])
    if f < 0.7:
        return v
    if f < 0.85:
        return "%s%s%s-%s-%s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:])
    return "%s %s %s %s %s" % (v[0:2], v[2:4], v[4:6], v[6:9], v[9:])


# ---------------------------------------------------------------- phones
def phone(r, lang):
    if lang == "nl":
        if r.random() < 0.75:
            n = digits(r, 8)
            return r.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"+316{n}", f"0031 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                             f"06{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"(06) {n}"])
        a = r.choice(["020", "010", "030", "070", "040", "050", "024", "043"])
        n = digits(r, 7)
        return r.choice([f"{a}-{n}", f"{a} {n[:3]} {n[3:]}", f"+31 {a[1:]} {n}", f"({a}) {n}"])
    if lang in ("nl-be", "fr-be"):
        if r.random() < 0.75:
            p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "494", "496", "497", "499"])
            n = digits(r, 6)
            return r.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                             f"0{p}{n}", f"+32{p}{n}", f"0{p} {n[:3]} {n[3:]}", f"0032 {p} {n}", f"0{p}/{n}"])
        a = r.choice(["02", "03", "09", "04", "016", "050", "011"])
        n = digits(r, 7 if len(a) == 2 else 6)
        return r.choice([f"{a} {n[:3]} {n[3:5]} {n[5:]}", f"{a}/{n}", f"+32 {a[1:]} {n}"])
    if lang == "en-gb":
        if r.random() < 0.75:
            n = digits(r, 6)
            return r.choice([f"07{r.randint(400, 999)} {n}", f"+44 7{r.randint(400, 999)} {n}", f"07{r.randint(400, 999)}{n}",
                             f"+447{r.randint(400, 999)}{n}", f"07{r.randint(400, 999)} {n[:3]} {n[3:]}"])
        return r.choice([f"020 {digits(r, 4)} {digits(r, 4)}", f"0161 {digits(r, 3)} {digits(r, 4)}", f"0113 {digits(r, 3)} {digits(r, 4)}",
                         f"+44 20 {digits(r, 4)} {digits(r, 4)}"])
    a = r.choice(["212", "415", "312", "617", "512", "206", "303", "646", "773"])
    e, n = str(r.randint(201, 989)), digits(r, 4)
    return r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"+1 ({a}) {e}-{n}", f"1-{a}-{e}-{n}", f"{a}{e}{n}"])


# ---------------------------------------------------------------- email / address
MAILDOM = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl", "planet.nl"],
           "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "outlook.be", "proximus.be"],
           "fr-be": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "yahoo.fr", "outlook.fr"],
           "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
           "en-us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"]}


def _slug(s):
    rep = {"é": "e", "è": "e", "ë": "e", "ï": "i", "ç": "c", "ö": "o", "ü": "u", "ô": "o", " ": "", "'": ""}
    return "".join(rep.get(c, c) for c in s.lower())


def email(r, lang, first, last):
    f, l = _slug(first), _slug(last)
    dom = r.choice(MAILDOM[lang])
    loc = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{r.randint(70, 2005)}",
                    f"{l}.{f}", f"{f}.{l}{r.randint(1, 9)}", f"{f[0]}{l}"])
    if r.random() < 0.08:
        loc = loc.capitalize()
    return f"{loc}@{dom}"


def address(r, lang, street, city):
    name, pc = city
    if lang == "nl":
        nr = str(r.randint(1, 250)) + r.choice(["", "", "", "a", "-2", " B", "-hs", "bis"])
        pc = pc + " " + "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        pc = pc if r.random() < 0.8 else pc.replace(" ", "")
        return r.choice([f"{street} {nr}, {pc} {name}", f"{street} {nr}\n{pc}  {name.upper()}", f"{street} {nr} {pc} {name}",
                         f"{street} {nr}, {name}", f"{street} {nr}"])
    if lang in ("nl-be", "fr-be"):
        nr = str(r.randint(1, 180))
        bus = r.choice(["", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 5)}", f" bte {r.randint(1, 9)}" if lang == "fr-be" else ""])
        if lang == "fr-be" and r.random() < 0.5:
            return r.choice([f"{street} {nr}{bus}, {pc} {name}", f"{nr}{bus}, {street}, {pc} {name}", f"{street}, {nr}{bus} - {pc} {name}"])
        return r.choice([f"{street} {nr}{bus}, {pc} {name}", f"{street} {nr}{bus}\n{pc} {name}", f"{street} {nr}{bus} {pc} {name}", f"{street} {nr}{bus}"])
    if lang == "en-gb":
        nr = str(r.randint(1, 220))
        return r.choice([f"{nr} {street}, {name} {pc}", f"{nr} {street}\n{name}\n{pc}", f"Flat {r.randint(1, 30)}, {nr} {street}, {name} {pc}",
                         f"{nr} {street}, {name}, {pc}", f"{nr} {street}"])
    nr = str(r.randint(10, 9999))
    return r.choice([f"{nr} {street}, {name} {pc}", f"{nr} {street}, Apt {r.randint(1, 40)}{r.choice('ABCD')}, {name} {pc}",
                     f"{nr} {street}\n{name} {pc}", f"{nr} {street} #{r.randint(100, 999)}, {name} {pc}", f"{nr} {street}"])


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en-gb": "January February March April May June July August September October November December".split(),
          "en-us": "January February March April May June July August September October November December".split()}


def fmt_date(r, lang, y, m, d, with_year=True):
    mn = MONTHS[lang][m - 1]
    if lang == "en-us":
        opts = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}"] if with_year else [f"{mn} {d}", f"{m}/{d}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}/{str(y)[2:]}", f"{d} {mn[:3]} {y}"] if with_year else [f"{d} {mn}", f"{d}/{m}"]
    elif lang == "fr-be":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"] if with_year else [f"{d} {mn}", f"{d:02d}/{m:02d}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}"] if with_year else [f"{d} {mn}", f"{d}-{m}", f"{d}/{m}"]
    if with_year and r.random() < 0.08:
        return f"{y}-{m:02d}-{d:02d}"
    return r.choice(opts)


def dob(r, lang):
    return fmt_date(r, lang, r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28))


def date_neg(r, lang):
    return fmt_date(r, lang, r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28), r.random() < 0.6)


def time_neg(r, lang):
    h, m = r.randint(7, 21), r.choice([0, 15, 30, 45, 5, 10, 50])
    if lang == "en-us":
        return r.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{m:02d}{'AM' if h < 12 else 'PM'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if lang == "fr-be":
        return r.choice([f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}h"])
    if lang == "nl-be":
        return r.choice([f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}u", f"{h}.{m:02d}u"])
    if lang == "en-gb":
        return r.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}pm" if h > 12 else f"{h}.{m:02d}am", f"{h:02d}:{m:02d}"])
    return r.choice([f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}:{m:02d} uur"])


# ---------------------------------------------------------------- secrets
WORDS = ["zomer", "fiets", "tulp", "molen", "kaas", "haring", "gracht", "stroop", "winter", "appel", "Bella", "Max", "Snoopy",
         "Ajax", "PSV", "summer", "dragon", "monkey", "sunshine", "Chelsea", "Liverpool", "soleil", "chocolat", "Bruxelles", "Gent"]


def password(r, lang):
    k = r.random()
    w = r.choice(WORDS)
    if k < 0.3:
        return w.capitalize() + str(r.randint(1, 2025)) + r.choice(["!", "?", "#", "", "$", "!!"])
    if k < 0.55:
        return "".join(r.choice(ALNUM + "!#$%&*?@") for _ in range(r.randint(9, 16)))
    if k < 0.7:
        return "-".join(r.sample(["paars", "olifant", "ladder", "koffie", "bureau", "river", "castle", "velo", "pomme", "tiger", "lamp"], 3)) + str(r.randint(1, 99))
    if k < 0.85:
        return w.lower() + str(r.randint(10, 999))
    return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + "_" + digits(r, 2)


def pin(r, lang):
    return digits(r, r.choice([4, 4, 4, 5, 6]))


def puk(r, lang):
    return digits(r, 8)


DIGW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "nl-be": "nul één twee drie vier vijf zes zeven acht negen".split(),
        "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en-gb": "zero one two three four five six seven eight nine".split(),
        "en-us": "zero one two three four five six seven eight nine".split()}


def otp(r, lang):
    d = digits(r, r.choice([6, 6, 6, 5, 4, 8]))
    k = r.random()
    if k < 0.12:
        return " ".join(DIGW[lang][int(c)] for c in d)
    if k < 0.25 and len(d) == 6:
        return d[:3] + " " + d[3:]
    if k < 0.3 and len(d) == 6:
        return d[:3] + "-" + d[3:]
    return d


def wifi_key(r, lang):
    k = r.random()
    if k < 0.35:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.choice([12, 16, 20])))
    if k < 0.5:
        return "-".join("".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) for _ in range(4))
    if k < 0.65:
        return digits(r, 10)
    if k < 0.85:
        return r.choice(WORDS).capitalize() + r.choice(["Gast", "Guest", "Welkom", "Strand", "Duin", "Bos", "Lake"]) + str(r.randint(10, 2026))
    return "".join(r.choice("0123456789ABCDEF") for _ in range(26))


def username(r, lang, first, last):
    f, l = _slug(first), _slug(last)
    return r.choice([f"{f}{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"{f}_{l}", f"{l}{f[0]}", f"{f}.{l}", f"{f}{r.randint(70, 2010)}",
                     f"{f.capitalize()}{l.capitalize()}", f"{l}{r.randint(100, 999)}"])


def api_key(r, lang):
    k = r.random()
    if k < 0.2:
        return "sk_live_" + "".join(r.choice(ALNUM) for _ in range(24))
    if k < 0.3:
        return "pk_live_" + "".join(r.choice(ALNUM) for _ in range(24))
    if k < 0.45:
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if k < 0.55:
        return "".join(r.choice(ALNUM + "/+") for _ in range(40))
    if k < 0.7:
        return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))
    if k < 0.85:
        return "".join(r.choice(HEX) for _ in range(32))
    return "key-" + "".join(r.choice(HEX) for _ in range(32))


def aws_secret(r, lang):
    return "".join(r.choice(ALNUM + "/+") for _ in range(40))


def token(r, lang):
    k = r.random()
    b64 = ALNUM + "-_"
    if k < 0.3:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "".join(r.choice(b64) for _ in range(r.randint(30, 60))) + "." + "".join(r.choice(b64) for _ in range(43))
    if k < 0.45:
        return "ghp_" + "".join(r.choice(ALNUM) for _ in range(36))
    if k < 0.7:
        return "".join(r.choice(HEX) for _ in range(r.choice([32, 40, 48])))
    if k < 0.85:
        return "".join(r.choice(ALNUM) for _ in range(r.randint(28, 44)))
    return "ya29." + "".join(r.choice(b64) for _ in range(50))


def ip(r, lang):
    if r.random() < 0.15:
        return "2a02:%x:%x:%x::%x" % (r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xff))
    a = r.choice([31, 62, 77, 81, 84, 86, 89, 94, 109, 145, 178, 188, 212, 213, 217])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def customer_number(r, lang, kind="cust"):
    if kind == "member":
        return r.choice([f"M{digits(r, 6)}", f"{digits(r, 8)}", f"LID-{digits(r, 5)}", f"{r.choice('ABCDEFG')}{digits(r, 7)}", f"GYM{digits(r, 6)}"])
    if kind == "ean":
        return "8716" + digits(r, 14) if lang == "nl" else "5414" + digits(r, 14)
    if kind == "client":
        return r.choice([f"{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}", f"KL{digits(r, 7)}", f"{digits(r, 9)}", f"CL-{digits(r, 6)}"])
    if kind == "subscriber":
        return r.choice([f"{digits(r, 9)}", f"1.{digits(r, 5)}.{digits(r, 4)}", f"ABO{digits(r, 7)}", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}"])
    if kind == "guest":
        return r.choice([f"G{digits(r, 7)}", f"{digits(r, 10)}", f"PRF-{digits(r, 6)}"])
    return r.choice([f"{digits(r, 8)}", f"{digits(r, 10)}", f"{r.choice(['KN', 'CN', 'AC'])}{digits(r, 7)}", f"{digits(r, 4)}-{digits(r, 4)}", f"{digits(r, 7)}"])


# ---------------------------------------------------------------- negatives
def amount(r, lang):
    v = r.choice([9.95, 12.5, 24.99, 35, 49.95, 65, 79, 129, 149.5, 350, 1250, 2495.75, 675, 18.75])
    if lang in ("en-gb",):
        return r.choice([f"£{v:.2f}", f"£{v:g}", f"GBP {v:.2f}"])
    if lang == "en-us":
        return r.choice([f"${v:.2f}", f"${v:g}", f"USD {v:,.2f}"])
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return r.choice([f"€ {s}", f"€{s}", f"{s} euro", f"EUR {s}", f"{s} €" if lang == "fr-be" else f"€{s}"])


QTY = {"nl": ["{n} nachten", "{n} sleutelpasjes", "{n} personen", "{n} Mbit/s", "{n} GB", "{n} maanden", "{n} meter kabel"],
       "nl-be": ["{n} nachten", "{n} badges", "{n} personen", "{n} Mbps", "{n} GB", "{n} maanden", "{n} beurten"],
       "fr-be": ["{n} nuits", "{n} badges", "{n} personnes", "{n} Mbps", "{n} Go", "{n} mois", "{n} séances"],
       "en-gb": ["{n} nights", "{n} key cards", "{n} guests", "{n} Mbps", "{n} GB", "{n} months", "{n} classes"],
       "en-us": ["{n} nights", "{n} keycards", "{n} guests", "{n} Mbps", "{n} GB", "{n} months", "{n} sessions"]}


QTY_T = {"nights": {"nl": "{n} nachten", "nl-be": "{n} nachten", "fr-be": "{n} nuits", "en-gb": "{n} nights", "en-us": "{n} nights"},
         "persons": {"nl": "{n} personen", "nl-be": "{n} personen", "fr-be": "{n} personnes", "en-gb": "{n} guests", "en-us": "{n} people"},
         "days": {"nl": "{n} dagen", "nl-be": "{n} dagen", "fr-be": "{n} jours", "en-gb": "{n} days", "en-us": "{n} days"},
         "minutes": {"nl": "{n} minuten", "nl-be": "{n} minuten", "fr-be": "{n} minutes", "en-gb": "{n} minutes", "en-us": "{n} minutes"},
         "speed": {"nl": "{n} Mbit/s", "nl-be": "{n} Mbps", "fr-be": "{n} Mbps", "en-gb": "{n}Mbps", "en-us": "{n} Mbps"}}
QTY_N = {"nights": [2, 3, 4, 5, 7, 10, 14], "persons": [2, 3, 4, 5, 6, 8], "days": [2, 3, 4, 5, 6, 10, 12], "minutes": [5, 10, 15, 30],
         "speed": [100, 200, 500, 1000, 2000, 8000]}


def quantity(r, lang, kind=None):
    if kind is None:
        return r.choice(QTY[lang]).format(n=r.choice([2, 3, 4, 5, 7, 10, 12, 24, 100, 500, 1000]))
    return QTY_T[kind][lang].format(n=r.choice(QTY_N[kind]))


def percentage(r, lang):
    return r.choice([f"{r.randint(5, 60)}%", f"{r.randint(5, 60)} %", f"{r.randint(1, 9)},5%"])


def year(r, lang):
    return str(r.randint(1998, 2026))


def order_number(r, lang):
    return r.choice([f"ORD-{r.randint(2023, 2026)}-{digits(r, 5)}", f"#{digits(r, 6)}", f"{digits(r, 9)}", f"WEB{digits(r, 7)}"])


def booking_ref(r, lang):
    return r.choice(["".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), f"BK-{digits(r, 7)}", f"{digits(r, 10)}",
                     f"RES{digits(r, 6)}", f"HP-{digits(r, 2)}-{digits(r, 5)}"])


def ticket_number(r, lang):
    return r.choice([f"ZAAK-{digits(r, 6)}", f"#{digits(r, 7)}", f"CS{digits(r, 8)}", f"{r.randint(2024, 2026)}/{digits(r, 5)}", f"INC{digits(r, 7)}",
                     f"T-{digits(r, 6)}", f"{digits(r, 8)}"])


def dossier(r, lang):
    return r.choice([f"{r.randint(2023, 2026)}.{digits(r, 4)}", f"{r.randint(2023, 2026)}/{digits(r, 4)}/{r.choice(['JV', 'MB', 'KD', 'SL'])}",
                     f"DOS-{digits(r, 6)}", f"N{digits(r, 5)}"])


def invoice_number(r, lang):
    return r.choice([f"F{r.randint(2024, 2026)}-{digits(r, 5)}", f"INV-{digits(r, 6)}", f"{r.randint(2024, 2026)}{digits(r, 6)}", f"FAC/{digits(r, 5)}"])


def tracking_number(r, lang):
    return r.choice([f"3S{''.join(r.choice(string.ascii_uppercase) for _ in range(4))}{digits(r, 9)}", f"1Z{digits(r, 3)}AA{digits(r, 10)}",
                     f"JVGL{digits(r, 14)}", f"CD{digits(r, 9)}BE", f"{digits(r, 14)}"])


def request_id(r, lang):
    h = lambda n: "".join(r.choice(HEX) for _ in range(n))
    return r.choice([f"{h(8)}-{h(4)}-4{h(3)}-a{h(3)}-{h(12)}", f"req_{h(16)}", f"REQ-{digits(r, 8)}"])


def error_code(r, lang):
    return r.choice([f"E{r.randint(100, 999)}", f"ERR-{r.randint(1000, 9999)}", f"0x8007{r.choice(HEX)}{r.choice(HEX)}{r.choice(HEX)}{r.choice(HEX)}",
                     "LOS", "PPP-691", f"E-{r.randint(10, 99)}", "ERR_CONNECTION_TIMED_OUT", f"DNS_{r.randint(100, 999)}", "AUTH_FAILED_07"])


def version_string(r, lang):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}",
                     f"7.{r.randint(10, 60)}", f"{r.randint(3, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(10, 99)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}"])


MODELS = ["FRITZ!Box 7590", "FRITZ!Box 7530 AX", "Sagemcom F@st 5359", "Sagemcom F@st 5670", "Genexis Platinum-7840", "Nokia G-010G-Q",
          "Zyxel VMG8825-T50", "Huawei HG8245H", "H369A", "Technicolor TG789vac", "Experia Box v10A", "Connect Box CH7465LG",
          "ZTE F6640", "Nokia XS-2426X-A", "TP-Link Archer C6", "Deco X20", "Sky Hub SR203", "BT Smart Hub 2", "Arris SB8200",
          "Salto XS4", "Assa Abloy VingCard Essence", "Technogym MyRun", "Masterlock 5441EURD", "bbox 3", "Sagemcom b-box 4"]


def model_number(r, lang):
    return r.choice(MODELS)


def product_code(r, lang):
    return r.choice([f"SKU-{digits(r, 5)}", f"ART {digits(r, 3)}-{digits(r, 3)}", f"FLEX-{r.choice([12, 24, 1])}", f"GLASVEZEL-{r.choice([500, 1000, 100])}",
                     f"P{digits(r, 4)}", f"FTTH-{r.choice(['S', 'M', 'L'])}{r.randint(1, 9)}", f"CH-{r.choice(['ST', 'LX'])}{digits(r, 2)}"])


def flight_number(r, lang):
    return r.choice(["KL", "HV", "BA", "FR", "SN", "TB", "U2", "DL", "UA", "AF"]) + r.choice(["", " "]) + str(r.randint(101, 9899))


def meter_reading(r, lang):
    return r.choice([digits(r, 5), f"{r.randint(1, 99)}.{digits(r, 3)}", f"{digits(r, 5)},{r.randint(0, 9)}"])


def port(r, lang):
    return str(r.choice([21, 22, 80, 443, 8080, 8443, 3389, 1194, 51820, 25565, 32400, 5060]))


def checksum(r, lang):
    return "".join(r.choice(HEX) for _ in range(r.choice([32, 40, 64])))


def company_reg(r, lang):
    if lang == "nl":
        return r.choice([digits(r, 8), f"NL{digits(r, 9)}B0{r.randint(1, 9)}"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + str(r.randint(200, 999)) + digits(r, 6)
        return r.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if lang == "en-gb":
        return r.choice([digits(r, 8), f"GB{digits(r, 9)}", f"SC{digits(r, 6)}"])
    return r.choice([f"{digits(r, 2)}-{digits(r, 7)}", digits(r, 9)])


def company_phone(r, lang):
    if lang == "nl":
        return r.choice([f"0900-{digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}", f"0800-{digits(r, 4)}", f"085 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"0800 0{digits(r, 3)}"])
    if lang in ("nl-be", "fr-be"):
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}", f"070 {digits(r, 3)} {digits(r, 3)}", f"+32 78 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if lang == "en-gb":
        return r.choice([f"0800 {digits(r, 3)} {digits(r, 4)}", f"0333 {digits(r, 3)} {digits(r, 4)}", f"0345 {digits(r, 3)} {digits(r, 4)}", "150"])
    return r.choice([f"1-800-{digits(r, 3)}-{digits(r, 4)}", f"(888) {digits(r, 3)}-{digits(r, 4)}", f"1-866-{digits(r, 3)}-{digits(r, 4)}"])


def masked(r, lang):
    return r.choice([f"****{digits(r, 4)}", f"**** **** **** {digits(r, 4)}", f"NL** **** **** **{digits(r, 2)} {digits(r, 2)}",
                     f"BE** **** **** {digits(r, 4)}", f"xxxx-xxxx-xxxx-{digits(r, 4)}", f"06-****{digits(r, 4)}", f"j***@gmail.com",
                     f"•••• {digits(r, 4)}", f"XXXXXX{digits(r, 3)}", f"+32 4** ** ** {digits(r, 2)}", f"******{digits(r, 2)}"])
