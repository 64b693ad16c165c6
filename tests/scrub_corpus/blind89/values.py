"""Value generators (labelled values and hard negatives). Standard library only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def rd(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0 and len(d) >= 12


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").replace(".", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and tot != 0 or (tot == 0 and any(d))


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- generators
def luhn_complete(prefix_digits):
    for c in DIG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def card(r, lang):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + rd(r, 14))
    elif kind == "mc":
        p = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        num = luhn_complete(p + rd(r, 15 - len(p)))
    elif kind == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + rd(r, 12))
    else:
        num = luhn_complete("6703" + rd(r, 14))
    if len(num) == 15:
        g = r.choice(["465", "plain"])
        return (f"{num[:4]} {num[4:10]} {num[10:]}" if g == "465" else num), "amex"
    if len(num) == 19:
        return r.choice([num, " ".join([num[i:i + 4] for i in range(0, 16, 4)]) + " " + num[16:]]), "other"
    style = r.choice(["sp", "sp", "dash", "plain", "dot", "sp2"])
    groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "sp":
        out = " ".join(groups)
    elif style == "sp2":
        out = "  ".join(groups)
    elif style == "dash":
        out = "-".join(groups)
    elif style == "dot":
        out = ".".join(groups)
    else:
        out = num
    return out, kind


def card_value(r, lang):
    return card(r, lang)[0]


def cvv(r, lang):
    return rd(r, r.choice([3, 3, 3, 4]))


def card_expiry(r, lang):
    m = r.randint(1, 12)
    y = r.randint(25, 32)
    mon_nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    mon_fr = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
    f = r.randint(0, 5)
    if f == 0:
        return f"{m:02d}/{y}"
    if f == 1:
        return f"{m:02d}/20{y}"
    if f == 2:
        return f"{m:02d}-{y}"
    if f == 3:
        return f"{m}/{y}"
    mons = mon_nl if lang.startswith("nl") else mon_fr if lang == "fr-be" else mon_en
    return f"{mons[m - 1]} 20{y}" if f == 4 else f"{m:02d}.{y}"


def _iban_check(country, bban):
    t = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in t))
    return f"{98 - n % 97:02d}"


def iban(r, lang):
    pick = r.random()
    if lang.startswith("nl") and lang != "nl-be":
        cc = "NL" if pick < 0.75 else r.choice(["BE", "DE", "FR", "GB"])
    elif lang in ("nl-be", "fr-be"):
        cc = "BE" if pick < 0.75 else r.choice(["NL", "FR", "LU", "DE"])
    elif lang == "en-gb":
        cc = r.choice(["GB", "GB", "NL", "IE", "BE"])
    else:
        cc = r.choice(["NL", "DE", "GB", "BE", "ES"])
    if cc == "NL":
        bban = r.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rd(r, 10)
    elif cc == "BE":
        first = rd(r, 10)
        c = int(first) % 97 or 97
        bban = first + f"{c:02d}"
    elif cc == "DE":
        bban = rd(r, 18)
    elif cc == "FR":
        bban = rd(r, 23)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(r, 14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + rd(r, 14)
    elif cc == "LU":
        bban = rd(r, 16)
    else:  # ES
        bban = rd(r, 20)
    full = cc + _iban_check(cc, bban) + bban
    style = r.random()
    if style < 0.55:
        out = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    elif style < 0.85:
        out = full
    else:
        out = " ".join(full[i:i + 4] for i in range(0, len(full), 4)).lower() if r.random() < 0.5 else full.lower()
    assert iban_ok(out)
    return out


def bsn(r, lang):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.randint(1, 6)
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            if bsn_ok(s):
                break
    f = r.randint(0, 4)
    if f == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if f == 2:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def rrn(r, lang):
    y = r.randint(1940, 2012)
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    seq = r.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    key = int(("2" if y >= 2000 else "") + base)
    chk = 97 - key % 97
    s = base + f"{chk:02d}"
    f = r.randint(0, 3)
    if f == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if f == 1:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    if f == 2:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return s


def national_id(r, lang):
    return rrn(r, lang) if lang in ("nl-be", "fr-be") else bsn(r, lang)


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def phone(r, lang):
    if lang == "nl":
        if r.random() < 0.7:
            n = rd(r, 8)
            return r.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 6 {_pairs(n)}", f"+316{n}",
                             f"0031 6 {n[:4]} {n[4:]}", f"+31 (0)6 {n[:4]} {n[4:]}", f"06 - {_pairs(n)}",
                             f"06-{n[:2]} {n[2:5]} {n[5:]}"])
        a = r.choice(["20", "10", "30", "70", "40", "50", "23", "15", "71"])
        n = rd(r, 7)
        return r.choice([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n[:3]} {n[3:]}", f"0{a}{n}"])
    if lang in ("nl-be", "fr-be"):
        if r.random() < 0.7:
            p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
            n = rd(r, 6)
            return r.choice([f"0{p} {_pairs(n)}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {_pairs(n)}",
                             f"+32{p}{n}", f"0032 {p} {n[:3]} {n[3:]}", f"0{p}{n}", f"0{p}/{n}",
                             f"+32 (0){p} {n[:3]} {n[3:]}"])
        a = r.choice(["2", "3", "9", "4", "16", "50", "11"])
        n = rd(r, 8 - len(a))
        return r.choice([f"0{a} {n[:-4]} {n[-4:-2]} {n[-2:]}", f"0{a}/{n[:-4]}.{n[-4:-2]}.{n[-2:]}", f"+32 {a} {n}"])
    if lang == "en-gb":
        if r.random() < 0.7:
            n = rd(r, 6)
            p = "7" + r.choice(["700", "712", "723", "734", "745", "756", "767", "778", "789", "801", "812", "908", "956"])
            return r.choice([f"0{p} {n}", f"+44 {p} {n}", f"+44 (0){p} {n[:3]} {n[3:]}", f"0{p}{n}",
                             f"0{p} {n[:3]} {n[3:]}", f"+44{p}{n}", f"0044 {p} {n}"])
        a = r.choice(["20 7", "20 3", "161 4", "113 2", "131 5", "117 9", "121 4"])
        n = rd(r, 6) if a.startswith("20") else rd(r, 5)
        if a.startswith("20"):
            return r.choice([f"0{a}{n[:2]} {n[2:]}", f"+44 {a}{n[:2]} {n[2:]}"])
        return f"0{a}{n[:2]} {n[2:]}"
    area = str(r.randint(2, 9)) + rd(r, 1) + str(r.randint(0, 9))
    ex = str(r.randint(2, 9)) + rd(r, 2)
    ln = rd(r, 4)
    return r.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
                     f"1-{area}-{ex}-{ln}", f"{area} {ex} {ln}", f"+1 ({area}) {ex}-{ln}", f"{area}{ex}{ln}"])


DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl", "planet.nl", "icloud.com", "home.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "icloud.com"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "live.be", "outlook.com", "yahoo.fr"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "outlook.com", "icloud.com", "verizon.net"],
}


def _slug(s):
    rep = {"é": "e", "è": "e", "ë": "e", "ï": "i", "ö": "o", "ü": "u", "ç": "c", "â": "a", "ô": "o", "'": "", " ": ""}
    return "".join(rep.get(c, c) for c in s.lower())


def email(r, lang, first="anna", last="jansen"):
    f, l = _slug(first), _slug(last)
    dom = r.choice(DOMAINS[lang])
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rd(r, 2)}", f"{l}.{f}", f"{f}{rd(r, 4)}",
                      f"{f}.{l}{r.randint(60, 99)}", f"{f[0]}{l}", f"{f}-{l}"])
    out = f"{local}@{dom}"
    return out.upper() if r.random() < 0.04 else out


def address(r, lang, streets, cities):
    st = r.choice(streets)
    city = r.choice(cities)
    if lang == "nl":
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", " hs", "-III", " bis"])
        pc = f"{r.randint(1011, 9999)} {r.choice(UP)}{r.choice(UP)}"
        if r.random() < 0.3:
            pc = pc.replace(" ", "")
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}",
                         f"{st} {num}", f"{st} {num}, {city}", f"{pc} {city}, {st} {num}".replace(f"{pc} {city}, {st} {num}", f"{st} {num}\n{pc} {city}")])
    if lang in ("nl-be", "fr-be"):
        num = str(r.randint(1, 180))
        bus = ""
        if r.random() < 0.35:
            bus = (" bus " if lang == "nl-be" else r.choice([" boîte ", " bte ", "/"])) + str(r.randint(1, 30))
        pc = str(r.randint(1000, 9990))
        if lang == "fr-be" and r.random() < 0.5 and not st[0].isdigit():
            pass
        return r.choice([f"{st} {num}{bus}, {pc} {city}", f"{st} {num}{bus}, B-{pc} {city}", f"{st} {num}{bus} {pc} {city}",
                         f"{st} {num}{bus}", f"{st} {num}{bus}\n{pc} {city}"])
    if lang == "en-gb":
        num = str(r.randint(1, 220)) + r.choice(["", "", "", "a"])
        pc = r.choice(["LS", "M", "B", "SW", "N", "E", "BS", "CF", "EH", "G", "NE", "OX", "CB", "BN"]) + str(r.randint(1, 28)) + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        flat = r.choice(["", "", "", f"Flat {r.randint(1, 30)}, ", f"Flat {r.randint(1, 9)}{r.choice('ABC')}, "])
        return r.choice([f"{flat}{num} {st}, {city} {pc}", f"{flat}{num} {st}, {city}, {pc}", f"{num} {st}", f"{flat}{num} {st}\n{city}\n{pc}"])
    num = str(r.randint(10, 9800))
    apt = r.choice(["", "", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f", Unit {r.randint(100, 999)}", f" #{r.randint(2, 30)}"])
    stt, zz = r.choice([("IL", "606"), ("NY", "100"), ("CA", "941"), ("TX", "787"), ("WA", "981"), ("MA", "021"), ("OR", "972"), ("OH", "432"), ("NJ", "070"), ("GA", "303")])
    z = zz + rd(r, 2)
    return r.choice([f"{num} {st}{apt}, {city}, {stt} {z}", f"{num} {st}{apt}, {city} {stt} {z}", f"{num} {st}{apt}",
                     f"{num} {st}{apt}\n{city}, {stt} {z}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mfam(lang):
    return "nl" if lang in ("nl", "nl-be") else "fr" if lang == "fr-be" else "en"


def dob(r, lang):
    y = r.randint(1938, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    M = MONTHS[mfam(lang)]
    if lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{M[m-1]} {d}, {y}", f"{m}-{d}-{y % 100:02d}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {M[m-1]} {y}", f"{d}{suf} {M[m-1]} {y}", f"{d}.{m}.{y % 100:02d}", f"{d:02d}-{m:02d}-{y}"])
    if lang == "fr-be":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {M[m-1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {M[m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])


WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(r, lang):
    n = rd(r, r.choice([6, 6, 6, 4, 5, 8]))
    f = r.random()
    if f < 0.6:
        return n
    if f < 0.75 and len(n) == 6:
        return f"{n[:3]} {n[3:]}"
    if f < 0.82 and len(n) == 6:
        return f"{n[:3]}-{n[3:]}"
    if f < 0.93:
        w = WORDS[mfam(lang)]
        return r.choice([" ", " ", "-", ", "]).join(w[int(c)] for c in n)
    return r.choice(["G-", ""]) + n


def otp_words(r, lang):
    n = rd(r, 6)
    w = WORDS[mfam(lang)]
    return r.choice([" ", " - ", ", "]).join(w[int(c)] for c in n)


def pin(r, lang):
    return rd(r, r.choice([4, 4, 4, 4, 5, 6]))


def gatecode(r, lang):
    n = rd(r, r.choice([4, 4, 5, 6]))
    return r.choice([n, n, n, n[:2] + " " + n[2:], "*" + n + "#", n + "#"])


def puk(r, lang):
    n = rd(r, 8)
    return r.choice([n, n, f"{n[:4]} {n[4:]}"])


PW_WORDS = ["Bello", "Max", "Luna", "Kaas", "Zomer", "welkom", "Voetbal", "Pluis", "Snoopy", "Tijger", "Minou", "Soleil", "Chouchou",
            "Rembrandt", "Opera", "Leesclub", "Verhuis", "Boxer", "Labrador", "Biscuit", "Theatre", "Museum", "Ajax", "Anderlecht",
            "Arsenal", "Yankees", "Pepper", "Bailey", "Molly", "Fientje", "Dikkie", "Poekie", "Smurf", "Kapsalon", "frietje"]


def password(r, lang):
    f = r.random()
    if f < 0.45:
        return r.choice(PW_WORDS) + r.choice(["", "_", ".", "!", "#"]) + str(r.choice([r.randint(1, 99), r.randint(1960, 2024)])) + r.choice(["", "", "!", "?", "$", "*"])
    if f < 0.75:
        return rs(r, r.randint(9, 14), ALNUM + "!#$%&*-_=+")
    if f < 0.9:
        return r.choice(PW_WORDS).lower() + r.choice(["-", "."]) + r.choice(PW_WORDS).lower() + rd(r, 2)
    return r.choice(PW_WORDS)[:3].upper() + rd(r, 3) + r.choice(LO) + r.choice("!@#%") + r.choice(PW_WORDS).lower()


def wifi_key(r, lang):
    f = r.random()
    if f < 0.3:
        return rs(r, 16, "0123456789ABCDEF")
    if f < 0.55:
        return "-".join(rs(r, 4, UP + DIG) for _ in range(4))
    if f < 0.8:
        return rs(r, r.randint(10, 14), ALNUM)
    return r.choice(PW_WORDS).lower() + r.choice(["thuis", "huis", "home", "maison", "2024", "wifi"]) + rd(r, 3)


def username(r, lang, first="anna", last="jansen"):
    f, l = _slug(first), _slug(last)
    return r.choice([f"{f}.{l}", f"{f}{l}{rd(r, 2)}", f"{f[0]}{l}", f"{l}{f[0]}{rd(r, 3)}", f"{f}_{l}", f"{f}{rd(r, 4)}",
                     f"{l.upper()}{f[0].upper()}", f"{f}.{l[0]}{r.randint(70, 99)}", f"{f}-{l}"])


def api_key(r, lang):
    f = r.randint(0, 8)
    if f == 0:
        return "sk_live_" + rs(r, 24)
    if f == 1:
        return "AKIA" + rs(r, 16, UP + DIG)
    if f == 2:
        return "AIza" + rs(r, 35, ALNUM + "-_")
    if f == 3:
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if f == 4:
        return "xoxb-" + rd(r, 12) + "-" + rd(r, 13) + "-" + rs(r, 24)
    if f == 5:
        return "pk_live_" + rs(r, 24)
    if f == 6:
        return rs(r, 32, "0123456789abcdef")
    if f == 7:
        return "tkt_" + rs(r, 28, LO + DIG)
    return "key-" + rs(r, 32, LO + DIG)


def aws_secret(r, lang):
    return rs(r, 40, ALNUM + "/+")


def token(r, lang):
    f = r.randint(0, 5)
    if f == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rs(r, 36, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if f == 1:
        return rs(r, 40, "0123456789abcdef")
    if f == 2:
        return "ghp_" + rs(r, 36)
    if f == 3:
        return rs(r, 32, "0123456789abcdef")
    if f == 4:
        return "ya29." + rs(r, 60, ALNUM + "-_")
    return "sess_" + rs(r, 26, LO + DIG)


def ip_address(r, lang):
    if r.random() < 0.85:
        a = r.choice([31, 37, 62, 77, 80, 81, 84, 86, 89, 94, 145, 178, 185, 188, 195, 212, 213, 217, 24, 73, 98, 174])
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return "2a02:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 65535):x}"


# customer-number flavours ------------------------------------------------
def custno(r, lang):
    return r.choice([rd(r, 7), rd(r, 8), "K" + rd(r, 7), rd(r, 3) + "-" + rd(r, 4), "CU" + rd(r, 6), rd(r, 10)])


def chip(r, lang):
    cc = {"nl": "528", "nl-be": "056", "fr-be": "056", "en-gb": "826", "en-us": r.choice(["985", "956", "900"])}[lang]
    n = cc + rd(r, 12)
    return r.choice([n, n, f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:]}"])


def policy(r, lang):
    return r.choice(["PV" + rd(r, 7), "HP-" + rd(r, 6), rd(r, 9), "POL" + rd(r, 8), "DV/" + rd(r, 6) + "/" + rd(r, 2), "PET-" + rd(r, 3) + "-" + rd(r, 4)])


def libcard(r, lang):
    return r.choice(["2" + rd(r, 13), "2 " + rd(r, 4) + " " + rd(r, 5) + " " + rd(r, 4), "L" + rd(r, 8), rd(r, 10), "21" + rd(r, 3) + "00" + rd(r, 7)])


def member(r, lang):
    return r.choice(["M" + rd(r, 6), "LID" + rd(r, 5), rd(r, 4) + " " + rd(r, 4) + " " + rd(r, 4), "FR-" + rd(r, 5), rd(r, 6), "VR" + rd(r, 6)])


def storage_contract(r, lang):
    return r.choice(["SC" + rd(r, 6), "HC-" + rd(r, 5), rd(r, 8), "ST/" + rd(r, 4) + "/" + rd(r, 3)])


def ean(r, lang):
    if lang in ("nl-be", "fr-be"):
        return "5414" + rd(r, 14)
    if lang == "nl":
        n = "8716" + rd(r, 14)
        return r.choice([n, n, " ".join(n[i:i + 3] for i in range(0, 18, 3))])
    if lang == "en-gb":
        return rd(r, 13)  # MPAN core
    return rd(r, 10)  # utility account


def patient(r, lang):
    return r.choice(["P" + rd(r, 6), rd(r, 5), "PAT-" + rd(r, 5), rd(r, 4) + "/" + rd(r, 3)])
