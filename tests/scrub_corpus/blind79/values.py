"""Value generators (labelled spans and hard negatives) and validators. Standard library only."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rd(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
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


def luhn_complete(prefix_digits):
    for c in DIG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(txt):
    s = "".join(txt.split()).upper().replace("-", "")
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - n % 97:02d}{bban}"


def bsn_ok(txt):
    d = [c for c in txt if c.isdigit()]
    if len(d) != 9:
        return False
    d = [int(c) for c in d]
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0 and any(d)


def rrn_ok(txt):
    d = "".join(c for c in txt if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk


# ---------------------------------------------------------------- span values
def v_iban(rng, lang, style=None):
    cc = style or rng.choice({"nl": ["NL"] * 6 + ["BE", "DE"], "nl-be": ["BE"] * 6 + ["NL", "FR"],
                              "fr-be": ["BE"] * 6 + ["FR", "LU"], "en-gb": ["GB"] * 4 + ["IE", "NL"],
                              "en-us": ["GB", "DE", "NL", "FR"]}[lang])
    if cc == "NL":
        ib = make_iban("NL", rng.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + rd(rng, 10))
    elif cc == "BE":
        first = rd(rng, 10)
        c = int(first) % 97 or 97
        ib = make_iban("BE", first + f"{c:02d}")
    elif cc == "DE":
        ib = make_iban("DE", rd(rng, 18))
    elif cc == "FR":
        ib = make_iban("FR", rd(rng, 10) + rs(rng, string.ascii_uppercase + DIG, 11) + rd(rng, 2))
    elif cc == "LU":
        ib = make_iban("LU", rd(rng, 3) + rs(rng, string.ascii_uppercase + DIG, 13))
    elif cc == "IE":
        ib = make_iban("IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + rd(rng, 14))
    else:
        ib = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rd(rng, 14))
    f = rng.random()
    if f < 0.45:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif f < 0.8:
        out = ib
    elif f < 0.9:
        out = ib.lower()
    else:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    assert iban_ok(out)
    return out


def v_card(rng, lang, style=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + rd(rng, 12))
        g = [num[:4], num[4:10], num[10:]]
    else:
        pre = {"visa": "4", "mc": rng.choice(["51", "53", "55", "2221"]), "maestro": "6759"}[kind]
        num = luhn_complete(pre + rd(rng, 15 - len(pre)))
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    f = rng.random()
    out = " ".join(g) if f < 0.5 else ("-".join(g) if f < 0.7 else ("".join(g) if f < 0.9 else ".".join(g)))
    assert luhn_ok(out)
    return out


def v_cvv(rng, lang, style=None):
    return rd(rng, rng.choice([3, 3, 3, 4]))


def v_card_expiry(rng, lang, style=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"][: 6 if style != "short" else 1])


def v_bsn(rng, lang, style=None):
    if lang in ("nl-be", "fr-be") and style != "nl":
        while True:
            y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
            seq = rng.randint(1, 997)
            base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
            chk = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
            s = base + f"{chk:02d}"
            f = rng.random()
            if f < 0.5:
                out = f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
            elif f < 0.8:
                out = s
            else:
                out = f"{s[:6]} {s[6:9]} {s[9:]}"
            assert rrn_ok(out)
            return out
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s == 10:
            continue
        num = "".join(map(str, d)) + str(s)
        f = rng.random()
        out = num if f < 0.6 else (f"{num[:4]}.{num[4:6]}.{num[6:]}" if f < 0.8 else f"{num[:3]} {num[3:6]} {num[6:]}")
        assert bsn_ok(out)
        return out


def v_phone(rng, lang, style=None):
    loc = style or lang
    if loc == "nl":
        sub = rd(rng, 8)
        land = rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "35", "58"])
        return rng.choice([f"06{sub}", f"06-{sub}", f"06 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}",
                           f"+31 6 {sub[:4]} {sub[4:]}", f"+316{sub}", f"0031 6 {sub}", f"(06) {sub}",
                           f"0{land}-{rd(rng, 9 - len(land))}", f"+31 (0){land} {rd(rng, 3)} {rd(rng, 9 - len(land) - 3)}",
                           f"06 - {sub[:4]} {sub[4:]}"])
    if loc in ("nl-be", "fr-be", "be"):
        a, b, c, d = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "496", "497", "498", "499"]), rd(rng, 2), rd(rng, 2), rd(rng, 2)
        return rng.choice([f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"+32 {a} {b} {c} {d}", f"+32{a}{b}{c}{d}",
                           f"0{a}{b}{c}{d}", f"0032 {a} {b}{c}{d}", f"0{a}/{b}{c}{d}",
                           f"0{rng.choice(['2', '3', '9', '4'])}/{rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}", f"+32 (0){a} {b}{c}{d}"])
    if loc == "en-gb":
        n = rd(rng, 6)
        return rng.choice([f"07{rd(rng, 3)} {n}", f"07{rd(rng, 3)}{n}", f"+44 7{rd(rng, 3)} {n}", f"+447{rd(rng, 3)}{n}",
                           f"(0161) {rd(rng, 3)} {rd(rng, 4)}", f"020 {rd(rng, 4)} {rd(rng, 4)}", f"0113 {rd(rng, 3)} {rd(rng, 4)}",
                           f"07{rd(rng, 3)}-{n[:3]}-{n[3:]}", f"+44 (0)7{rd(rng, 3)} {n}"])
    area = rng.choice(["212", "415", "312", "617", "206", "512", "303", "718", "646", "470"])
    x, y = rd(rng, 3), rd(rng, 4)
    return rng.choice([f"({area}) {x}-{y}", f"{area}-{x}-{y}", f"{area}.{x}.{y}", f"+1 {area} {x} {y}", f"+1-{area}-{x}-{y}",
                       f"1 ({area}) {x}-{y}", f"{area}{x}{y}", f"{area} {x} {y}"])


def v_email(rng, lang, style=None, first=None, last=None):
    first = (first or rng.choice(["anna", "tom", "lotte", "sam", "ines", "mark", "chloe", "dave", "julie", "koen"])).lower()
    last = (last or rng.choice(["jansen", "peeters", "martin", "smith", "visser", "dubois", "clarke", "baker"])).lower()
    last = last.replace(" ", "").replace("'", "")
    dom = rng.choice({"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
                      "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "outlook.be", "proximus.be"],
                      "fr-be": ["gmail.com", "hotmail.com", "skynet.be", "voo.be", "yahoo.fr", "outlook.be"],
                      "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
                      "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net"]}[lang])
    return rng.choice([f"{first}.{last}@{dom}", f"{first}{last}{rd(rng, 2)}@{dom}", f"{first[0]}.{last}@{dom}",
                       f"{first}_{last}@{dom}", f"{last}.{first}{rd(rng, 4)[:rng.randint(0, 4)]}@{dom}", f"{first}{rd(rng, 3)}@{dom}"])


def v_address(rng, lang, style=None, street=None, city=None):
    if lang == "nl":
        pc = f"{rng.randint(1011, 9999)} {rs(rng, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        if rng.random() < 0.3:
            pc = pc.replace(" ", "")
        num = rng.choice([str(rng.randint(1, 250)), f"{rng.randint(1, 120)}{rng.choice(['a', 'b', 'A', '-2', ' hs', '-III', ' bis'])}"])
        f = rng.random()
        if f < 0.35:
            return f"{street} {num}"
        return f"{street} {num}, {pc} {city}" if f < 0.8 else f"{street} {num} {pc} {city.upper() if rng.random() < 0.3 else city}"
    if lang in ("nl-be", "fr-be"):
        pc = str(rng.randint(1000, 9990))
        num = rng.choice([str(rng.randint(1, 250)), f"{rng.randint(1, 120)} bus {rng.randint(1, 30)}", f"{rng.randint(1, 90)}/{rng.randint(1, 12)}", f"{rng.randint(1, 99)}b"])
        f = rng.random()
        if f < 0.35:
            return f"{street} {num}"
        return f"{street} {num}, {pc} {city}" if f < 0.8 else f"{street} {num} - {pc} {city}"
    if lang == "en-gb":
        pc = f"{rng.choice(['LS', 'M', 'B', 'SW', 'E', 'N', 'BS', 'CF', 'G', 'EH', 'NE', 'L', 'S'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rs(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        num = rng.choice([str(rng.randint(1, 180)), f"Flat {rng.randint(1, 40)}, {rng.randint(1, 90)}", f"{rng.randint(1, 80)}a"])
        f = rng.random()
        if f < 0.3:
            return f"{num} {street}"
        return f"{num} {street}, {city} {pc}" if f < 0.75 else f"{num} {street}, {city}, {pc}"
    st = rng.choice(["IL", "NY", "CA", "TX", "WA", "MA", "OH", "GA", "CO", "OR"])
    num = rng.choice([str(rng.randint(10, 9800)), f"{rng.randint(10, 990)} {street}, Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"])
    base = f"{num} {street}" if not num.endswith(tuple("BC0123456789")) or " Apt " not in num else num
    if " Apt " in num:
        base = num
    f = rng.random()
    if f < 0.3:
        return base
    return f"{base}, {city}, {st} {rd(rng, 5)}" if f < 0.8 else f"{base}, {city} {st} {rd(rng, 5)}"


MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def mkey(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang == "fr-be" else "en")


def v_date_of_birth(rng, lang, style=None):
    y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[mkey(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}"])


def v_customer_number(rng, lang, style=None):
    s = style or rng.choice({"nl": ["klant", "klant", "ean", "contract", "huurder", "klant10"], "nl-be": ["ean_be", "klant_be", "klant_be", "contract_be", "huurder"],
                             "fr-be": ["ean_be", "klant_be", "klant_be", "contract_be", "huurder"], "en-gb": ["uk_acc", "mpan", "mprn", "uk_acc2", "tenancy"],
                             "en-us": ["us_acc", "us_acc", "us_acc2", "tenancy"]}[lang])
    if s == "klant":
        return rd(rng, rng.choice([7, 8, 9]))
    if s == "klant10":
        return rng.choice(["1", "2", "3"]) + rd(rng, 9)
    if s == "ean":
        e = "8716" + rd(rng, 14)
        return e if rng.random() < 0.75 else f"{e[:6]} {e[6:12]} {e[12:]}"
    if s == "ean_be":
        e = "5414" + rd(rng, 14)
        return e if rng.random() < 0.7 else " ".join(e[i:i + 3] for i in range(0, 18, 3))
    if s == "contract":
        return rng.choice([f"{rd(rng, 4)}{rd(rng, 6)}", f"CT{rd(rng, 8)}", f"{rd(rng, 3)}-{rd(rng, 3)}-{rd(rng, 3)}"])
    if s == "klant_be":
        return rng.choice([f"{rd(rng, 3)} {rd(rng, 3)} {rd(rng, 3)}", rd(rng, 10), f"{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"KL{rd(rng, 8)}"])
    if s == "contract_be":
        return rng.choice([f"{rd(rng, 12)}", f"30{rd(rng, 8)}"])
    if s == "huurder":
        return rng.choice([rd(rng, 6), f"{rd(rng, 4)}.{rd(rng, 3)}", f"H{rd(rng, 6)}", f"{rd(rng, 5)}-{rd(rng, 2)}"])
    if s == "uk_acc":
        return rd(rng, rng.choice([8, 10]))
    if s == "uk_acc2":
        return rng.choice([f"A-{rs(rng, 'ABCDEF0123456789', 8).upper()}", f"{rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)}", f"SB{rd(rng, 8)}"])
    if s == "mpan":
        m = rng.choice(["10", "12", "14", "16", "19", "20", "23"]) + rd(rng, 11)
        return m if rng.random() < 0.6 else f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
    if s == "mprn":
        return rd(rng, rng.choice([7, 8, 9, 10]))
    if s == "tenancy":
        return rng.choice([f"{rs(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)}{rd(rng, 6)}", f"T{rd(rng, 7)}", f"{rd(rng, 6)}/{rd(rng, 2)}"])
    if s == "us_acc":
        return rng.choice([rd(rng, 12), f"{rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)}", f"{rd(rng, 4)}-{rd(rng, 5)}-{rd(rng, 3)}"])
    return rng.choice([f"{rd(rng, 10)}", f"8{rd(rng, 3)} {rd(rng, 2)} {rd(rng, 3)} {rd(rng, 7)}"])


def v_ip_address(rng, lang, style=None):
    if style == "v6" or rng.random() < 0.12:
        return f"2a02:{rs(rng, HEX, 4)}:{rs(rng, HEX, 3)}:{rs(rng, HEX, 4)}::{rs(rng, HEX, rng.randint(1, 4))}"
    return rng.choice([f"{rng.choice([77, 84, 86, 94, 145, 178, 213, 81, 62, 92])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}",
                       f"{rng.choice([24, 73, 98, 108, 172, 68])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"])


WORDS = ["zomer", "Tulp", "hond", "Maan", "appel", "kaas", "Soleil", "chat", "Tiger", "Sunny", "dragon", "Fiets", "Molen", "ajax", "Anderlecht", "garden", "pizza", "Koffie", "Biscuit", "London", "Paris", "Rocky", "blue", "Winter"]


def v_password(rng, lang, style=None):
    f = rng.random()
    if f < 0.4:
        return rng.choice(WORDS) + rng.choice(["", "_", ".", "#"]) + rd(rng, rng.choice([2, 3, 4])) + rng.choice(["", "!", "?", "$", "*"])
    if f < 0.65:
        return rs(rng, ALNUM, rng.randint(8, 14)) + rng.choice(["", "!", "#", "%", "&"])
    if f < 0.8:
        return rng.choice(WORDS).capitalize() + rng.choice(WORDS).lower() + rd(rng, 2)
    if f < 0.9:
        return rs(rng, ALNUM + "!@#$%^&*", rng.randint(10, 16))
    return rng.choice(["Welkom", "Welcome", "Bonjour", "Password", "Wachtwoord", "Azerty"]) + rd(rng, rng.choice([1, 3, 4])) + rng.choice(["!", "", "#"])


def v_pin(rng, lang, style=None):
    n = {"card": 4, "phone": rng.choice([4, 6]), "sim": 4, "door": rng.choice([4, 4, 5, 6]), "alarm": 4}.get(style, rng.choice([4, 4, 4, 5, 6]))
    return rd(rng, n)


def v_puk(rng, lang, style=None):
    return rd(rng, 8)


NUMWORDS = {"nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
            "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
            "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}


def v_otp(rng, lang, style=None):
    n = rd(rng, rng.choice([6, 6, 6, 5, 4, 8]))
    f = rng.random()
    if style == "words" or f < 0.1:
        return rng.choice([" ", "-", ", "]).join(NUMWORDS[mkey(lang)][int(c)] for c in n[:6])
    if f < 0.25 and len(n) == 6:
        return f"{n[:3]} {n[3:]}"
    if f < 0.32 and len(n) == 6:
        return f"{n[:3]}-{n[3:]}"
    return n


def v_wifi_key(rng, lang, style=None):
    f = rng.random()
    if f < 0.35:
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice([10, 12, 13]))
    if f < 0.55:
        return rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 12)
    if f < 0.75:
        return rng.choice(WORDS).capitalize() + rng.choice(WORDS).capitalize() + rd(rng, rng.choice([2, 4])) + rng.choice(["", "!", "#"])
    if f < 0.85:
        return "-".join(rs(rng, "abcdefghjkmnpqrstuvwxyz", 4) for _ in range(3))
    return rs(rng, "0123456789ABCDEF", 16)


def v_username(rng, lang, style=None):
    a = rng.choice(["jdevries", "anna.p", "marco_", "lotte", "tommy", "bvanhove", "sdubois", "kclarke", "mike", "jess", "wouter", "huurder", "fam.jansen", "elise"])
    return rng.choice([a + rd(rng, 2), a + rd(rng, 4), a.replace(".", "") + "_" + rd(rng, 2), a.capitalize() + rd(rng, 3), a + rng.choice(["nl", "be", "x", "_home"])])


def v_api_key(rng, lang, style=None):
    f = "akia" if style == "aws" else rng.choice(["sk", "pk", "akia", "aiza", "sg", "hex", "rk", "xoxb"])
    if f == "sk":
        return "sk_live_" + rs(rng, ALNUM, 24)
    if f == "rk":
        return "rk_live_" + rs(rng, ALNUM, 24)
    if f == "pk":
        return "pk_live_" + rs(rng, ALNUM, 24)
    if f == "akia":
        return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if f == "aiza":
        return "AIza" + rs(rng, ALNUM + "-_", 35)
    if f == "sg":
        return "SG." + rs(rng, ALNUM, 22) + "." + rs(rng, ALNUM + "-_", 43)
    if f == "xoxb":
        return f"xoxb-{rd(rng, 11)}-{rd(rng, 12)}-{rs(rng, ALNUM, 24)}"
    return rs(rng, HEX, 32)


def v_aws_secret(rng, lang, style=None):
    return rs(rng, ALNUM + "/+", 40)


def v_token(rng, lang, style=None):
    f = rng.choice(["jwt", "ghp", "hex", "hex", "oauth", "glpat"])
    if f == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rs(rng, ALNUM + "-_", rng.randint(40, 70)) + "." + rs(rng, ALNUM + "-_", 43)
    if f == "ghp":
        return "ghp_" + rs(rng, ALNUM, 36)
    if f == "glpat":
        return "glpat-" + rs(rng, ALNUM + "-_", 20)
    if f == "oauth":
        return "ya29." + rs(rng, ALNUM + "-_", 60)
    return rs(rng, HEX, rng.choice([32, 40, 64]))


SPAN_GEN = {"iban": v_iban, "card": v_card, "cvv": v_cvv, "card_expiry": v_card_expiry, "bsn": v_bsn, "phone": v_phone,
            "email": v_email, "address": v_address, "date_of_birth": v_date_of_birth, "customer_number": v_customer_number,
            "ip_address": v_ip_address, "password": v_password, "pin": v_pin, "puk": v_puk, "otp": v_otp, "wifi_key": v_wifi_key,
            "username": v_username, "api_key": v_api_key, "aws_secret": v_aws_secret, "token": v_token}
SPAN_ALIAS = {"aws_secret": "api_key"}


# ---------------------------------------------------------------- negatives
def n_date(rng, lang, style=None):
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[mkey(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{mn} {d}", f"{mn} {d}, {y}", f"{mn[:3]} {d}"])
    if lang == "en-gb":
        return rng.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn}", f"{d} {mn[:3]} {y}", f"{mn} {d}"])
    return rng.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mn}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {mn} {y}", f"{d}/{m}/{y}"])


def n_time(rng, lang, style=None):
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 5, 20])
    if lang.startswith("en"):
        return rng.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}", f"{h:02d}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}", f"{h} h {mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u", f"{h}u{mi:02d}", f"{h:02d}:{mi:02d}"])


def n_amount(rng, lang, style=None):
    v = rng.choice([rng.randint(5, 300), rng.randint(300, 2500)])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{v}.{c:02d}", f"£{v}", f"£{v:,}.{c:02d}", f"{v} pounds", f"GBP {v}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${v}.{c:02d}", f"${v:,}", f"${v:,}.{c:02d}", f"{v} dollars", f"USD {v}"])
    vs = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {vs},{c:02d}", f"€{v}", f"{vs},{c:02d} euro", f"€{vs},-", f"{v},{c:02d} EUR", f"EUR {vs},{c:02d}", f"{v} euro", f"{v},{c:02d}€"])


def n_quantity(rng, lang, style=None):
    k = mkey(lang)
    if style == "duration":
        u = {"nl": ["dagen", "werkdagen", "weken", "uur"], "fr": ["jours", "semaines", "heures", "jours ouvrables"], "en": ["days", "working days", "weeks", "hours"]}[k]
        return f"{rng.randint(2, 14)} {rng.choice(u)}"
    if style == "speed":
        return f"{rng.choice([100, 200, 500, 1000, 2000, 150, 300])} {rng.choice(['Mbps', 'Mbit/s', 'Mb', 'Mbit'])}"
    if style == "energy":
        return rng.choice([f"{rng.randint(1500, 6500)} kWh", f"{rng.randint(400, 2200)} m³", f"{rng.randint(1500, 6500)}kWh"])
    if style == "area":
        return rng.choice([f"{rng.randint(1, 4)} m²", f"{rng.randint(20, 90)} cm", f"{rng.randint(1, 3)} vierkante meter"])
    return rng.choice([f"{rng.randint(100, 1000)} Mbps", f"{rng.randint(1, 4)}{rng.choice([' ', ''])}GB", f"{rng.randint(2, 80)} m²", f"{rng.randint(1, 3)} {rng.choice(['keys', 'sleutels', 'clés'])}",
                       f"{rng.randint(1500, 4500)} kWh", f"{rng.randint(30, 300)} m³", f"{rng.randint(1, 5)} {rng.choice(['kamers', 'rooms', 'chambres'])}", f"{rng.randint(10, 60)}{rng.choice(['L', ' liter', ' litres'])}", f"{rng.randint(18, 24)} graden"])


def n_percentage(rng, lang, style=None):
    return rng.choice([f"{rng.randint(2, 30)}%", f"{rng.randint(1, 12)},{rng.randint(1, 9)}%", f"{rng.randint(2, 25)} %", f"{rng.randint(1, 9)}.{rng.randint(1, 9)}%", f"{rng.randint(2, 20)} procent"])


def n_year(rng, lang, style=None):
    return str(rng.randint(2015, 2026))


def n_order_number(rng, lang, style=None):
    return rng.choice([f"{rng.choice(['40', '70', '12'])}{rd(rng, 8)}", f"ORD-{rd(rng, 7)}", f"#{rd(rng, 6)}", f"{rs(rng, 'ABCDEFGHJK', 2)}{rd(rng, 8)}", f"{rd(rng, 3)}-{rd(rng, 7)}-{rd(rng, 7)}"])


def n_ticket_number(rng, lang, style=None):
    return rng.choice([f"{rd(rng, 8)}", f"CAS-{rd(rng, 6)}-{rs(rng, 'BCDFGHJKLMNPQRSTVWXZ', 4)}", f"#{rd(rng, 7)}", f"INC{rd(rng, 7)}", f"SR-{rd(rng, 6)}", f"{rd(rng, 2)}-{rd(rng, 6)}", f"RC{rd(rng, 6)}"])


def n_invoice_number(rng, lang, style=None):
    return rng.choice([f"{rng.choice(['2024', '2025', '2026'])}{rd(rng, 6)}", f"F{rd(rng, 9)}", f"INV-{rd(rng, 6)}", f"{rd(rng, 3)}-{rd(rng, 7)}", f"FA{rd(rng, 2)}/{rd(rng, 6)}", f"{rd(rng, 11)}"])


def n_tracking_number(rng, lang, style=None):
    return rng.choice([f"3S{rs(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}{rd(rng, 9)}", f"1Z{rs(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)}", f"JVGL{rd(rng, 16)}", f"CD{rd(rng, 9)}BE", f"{rd(rng, 12)}", f"9400 {rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)} {rd(rng, 2)}"])


def n_request_id(rng, lang, style=None):
    return rng.choice([f"{rs(rng, HEX, 8)}-{rs(rng, HEX, 4)}-4{rs(rng, HEX, 3)}-{rs(rng, '89ab', 1)}{rs(rng, HEX, 3)}-{rs(rng, HEX, 12)}", f"req_{rs(rng, ALNUM, 16)}", f"REQ-{rd(rng, 9)}", f"{rs(rng, HEX, 16).upper()}"])


def n_error_code(rng, lang, style=None):
    return rng.choice([f"E{rd(rng, 3)}", f"F{rng.randint(10, 99)}", f"ERR_{rng.choice(['CONNECTION_TIMED_OUT', 'NAME_NOT_RESOLVED', 'AUTH_FAILED', 'NETWORK_CHANGED'])}", f"error {rng.choice(['651', '720', '404', '503', '0x80070005'])}",
                       f"{rng.choice(['E', 'H', 'A'])}-{rd(rng, 2)}", f"0x{rs(rng, '0123456789ABCDEF', 8)}", f"LOS{rng.choice(['', ' rood', ' red'])}", f"code {rd(rng, 4)}"])


def n_version_string(rng, lang, style=None):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 8)}.{rng.randint(0, 99)}", f"7.{rng.randint(10, 60)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}-{rng.choice(['beta', 'rc1', 'build' + rd(rng, 4)])}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}"])


def n_percent_dummy(rng, lang, style=None):
    return ""


def n_company_phone(rng, lang, style=None):
    if lang == "nl":
        return rng.choice([f"088 {rd(rng, 3)} {rd(rng, 4)}", f"0900-{rd(rng, 4)}", f"0800-{rd(rng, 4)}", f"088-{rd(rng, 7)}", f"0900 {rd(rng, 4)} ({rng.choice(['gratis', 'lokaal tarief'])})".split(" (")[0], f"+31 88 {rd(rng, 3)} {rd(rng, 4)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"0800 {rd(rng, 2)} {rd(rng, 3)}", f"078/{rd(rng, 2)}.{rd(rng, 2)}.{rd(rng, 2)}", f"070 {rd(rng, 3)} {rd(rng, 3)}", f"+32 78 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"02 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0800 {rd(rng, 3)} {rd(rng, 4)}", f"0333 {rd(rng, 3)} {rd(rng, 4)}", f"0345 {rd(rng, 3)} {rd(rng, 4)}", f"0330 {rd(rng, 3)} {rd(rng, 4)}", f"0808 {rd(rng, 3)} {rd(rng, 4)}", "105"])
    return rng.choice([f"1-800-{rd(rng, 3)}-{rd(rng, 4)}", f"1 (888) {rd(rng, 3)}-{rd(rng, 4)}", f"866-{rd(rng, 3)}-{rd(rng, 4)}", f"(800) {rd(rng, 3)}-{rd(rng, 4)}", "311", f"1-877-{rd(rng, 3)}-{rd(rng, 4)}"])


def n_company_registration(rng, lang, style=None):
    if lang == "nl":
        return rng.choice([rd(rng, 8), f"NL{rd(rng, 9)}B{rd(rng, 2)}", f"NL {rd(rng, 9)} B{rd(rng, 2)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"BE 0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"BE0{rd(rng, 9)}", f"0{rd(rng, 3)} {rd(rng, 3)} {rd(rng, 3)}"])
    if lang == "en-gb":
        return rng.choice([rd(rng, 8), f"0{rd(rng, 7)}", f"GB {rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}", f"SC{rd(rng, 6)}", f"IP{rd(rng, 5)}R"])
    return rng.choice([f"{rd(rng, 2)}-{rd(rng, 7)}", f"EIN {rd(rng, 2)}-{rd(rng, 7)}"]).replace("EIN ", "")


def n_masked_value(rng, lang, style=None):
    return rng.choice([f"****{rd(rng, 4)}", f"**** **** **** {rd(rng, 4)}", f"NL** **** **** **{rd(rng, 2)} {rd(rng, 2)}", f"BE** **** **** {rd(rng, 4)}", f"06-****{rd(rng, 4)}", f"xxxx-xxxx-xxxx-{rd(rng, 4)}",
                       f"{rng.choice('ajmsk')}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"+32 4** ** ** {rd(rng, 2)}", f"XXXXXX{rd(rng, 3)}", f"•••• {rd(rng, 4)}", f"*** *** {rd(rng, 3)}", f"GB** **** **** **** {rd(rng, 2)}{rd(rng, 2)}"])


def n_meter_reading(rng, lang, style=None):
    v = rng.randint(100, 99999)
    return rng.choice([f"{v:05d}", f"{v}", f"{v:,}".replace(",", "."), f"{v},{rd(rng, 1)}", f"{v:06d}", f"{v}.{rd(rng, 3)}", f"{v:,}"])


def n_port(rng, lang, style=None):
    return str(rng.choice([8080, 443, 3389, 22, 25565, 51820, 1194, 8443, 5000, 32400, 9000, 21, 554]))


def n_checksum(rng, lang, style=None):
    return rng.choice([rs(rng, HEX, 64), rs(rng, HEX, 40), rs(rng, HEX, 32), rs(rng, HEX, 8).upper()])


def n_product_code(rng, lang, style=None):
    return rng.choice([f"SKU-{rd(rng, 6)}", f"{rs(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)}-{rd(rng, 4)}", f"ART{rd(rng, 7)}", f"{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 2)}", f"P{rd(rng, 5)}-{rs(rng, 'ABCDEFGH', 2)}"])


def n_flight_number(rng, lang, style=None):
    return rng.choice([f"KL{rd(rng, 4)}", f"KL {rd(rng, 3)}", f"SN{rd(rng, 4)}", f"BA{rd(rng, 3)}", f"FR{rd(rng, 4)}", f"HV {rd(rng, 4)}", f"UA{rd(rng, 3)}", f"U2 {rd(rng, 4)}", f"DL{rd(rng, 3)}"])


NEG_GEN = {"date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage, "year": n_year,
           "order_number": n_order_number, "ticket_number": n_ticket_number, "invoice_number": n_invoice_number,
           "tracking_number": n_tracking_number, "request_id": n_request_id, "error_code": n_error_code,
           "version_string": n_version_string, "company_phone": n_company_phone, "company_registration": n_company_registration,
           "masked_value": n_masked_value, "meter_reading": n_meter_reading, "port": n_port, "checksum": n_checksum,
           "product_code": n_product_code, "flight_number": n_flight_number}
# model_number, url, mention, hashtag come from dealt pools (see pools.py)
