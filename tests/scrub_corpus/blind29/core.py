"""Core of the blind29 generator: value makers, checksums, renderer, self-check."""
import re
import string

HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"}
SPAN_TYPES = HIGH_RISK | {"card_expiry", "email", "phone", "address", "date_of_birth",
                          "ip_address", "customer_number"}
ALIASES = {"pw": "password", "wifi": "wifi_key", "user": "username", "api": "api_key",
           "tok": "token", "exp": "card_expiry", "addr": "address", "dob": "date_of_birth",
           "ip": "ip_address", "cust": "customer_number"}
NEG_KINDS = {"amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number", "order_number",
             "ticket_number", "tracking_number", "request_id", "meter_reading", "model_number",
             "product_code", "version_string", "percentage", "quantity", "url", "masked_value",
             "port", "checksum"}
NEG_ALIASES = {"cphone": "company_phone", "kvk": "company_registration", "err": "error_code",
               "flight": "flight_number", "inv": "invoice_number", "order": "order_number",
               "ticket": "ticket_number", "track": "tracking_number", "req": "request_id",
               "meter": "meter_reading", "model": "model_number", "prod": "product_code",
               "ver": "version_string", "pct": "percentage", "qty": "quantity", "mask": "masked_value",
               "sum": "checksum"}

# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    d = [int(c) for c in num]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - n % 97:02d}{bban}"


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 9:
        return sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0
    if len(d) == 11:
        base, chk = d[:9], int(d[9:])
        return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk
    return False

# ---------------------------------------------------------------- helpers

D = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits


def rd(rng, n, alphabet=D):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


SPELL = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def lang_family(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def country(lang):
    return {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang]

# ---------------------------------------------------------------- span values

PW_WORDS = ["Zomer", "winter", "Tijger", "hondje", "Ajax", "Feyenoord", "Liverpool", "sunshine", "Bloem",
            "soleil", "Chouchou", "Anvers", "Kaasje", "dragon", "Monkey", "Pollux", "Lente", "Jasmijn",
            "Bruges", "Brussel", "Voetbal", "Princess", "Mustang", "Patapouf", "Vlinder", "kerstboom",
            "Tintin", "Marmotte", "Arsenal", "Yankees", "Bailey", "Oranje", "Speculoos", "Pompoen"]


def v_password(rng, lang, var):
    k = rng.random()
    if var == "strong" or k < 0.18:
        return rd(rng, rng.randint(10, 16), AN + "!#$%&*?@")
    if k < 0.55:
        w = rng.choice(PW_WORDS)
        return w + rng.choice(["", "", str(rng.randint(1, 99))]) + str(rng.choice([2019, 2021, 2023, 2024, 2025, 88, 1979, 123, 12])) + rng.choice(["", "!", "!!", "#", "?", "."])
    if k < 0.7:
        w = rng.choice(PW_WORDS)
        tr = w.replace("o", "0").replace("a", "@").replace("e", "3").replace("i", "1")
        return tr + rng.choice(["!", "$", "_", ""]) + rd(rng, rng.randint(1, 3))
    if k < 0.82:
        ws = rng.sample(["paard", "blauw", "fiets", "regen", "correct", "horse", "battery", "staple", "velo",
                         "pluie", "tram", "koffie", "maan", "oak", "river", "lamp"], 3)
        return rng.choice(["-", ".", "_"]).join(ws) + rd(rng, rng.randint(0, 2))
    if k < 0.9:
        return rng.choice(["welkom", "Welkom", "bienvenue", "Password", "Wachtwoord", "qwerty", "azerty", "Letmein"]) + rd(rng, rng.randint(1, 4)) + rng.choice(["", "!"])
    return rd(rng, rng.randint(6, 8), LO) + rd(rng, 2) + rd(rng, 1, UP)


def v_pin(rng, lang, var):
    n = 4 if rng.random() < 0.8 else rng.choice([5, 6])
    p = rd(rng, n)
    if var == "spelled":
        return " ".join(SPELL[lang_family(lang)][int(c)] for c in p)
    if var == "dashed":
        return "-".join(SPELL[lang_family(lang)][int(c)] for c in p) if rng.random() < 0.5 else "-".join(p)
    if var == "spaced":
        return " ".join(p)
    if var == "4":
        return rd(rng, 4)
    return p


def v_puk(rng, lang, var):
    p = rd(rng, 8)
    return rng.choice([p, p, group(p, [4, 4]), group(p, [2, 2, 2, 2]), group(p, [4, 4], "-")])


def v_otp(rng, lang, var):
    k = rng.random()
    if var == "6" or k < 0.5:
        p = rd(rng, 6)
        return rng.choice([p, p, p, group(p, [3, 3]), group(p, [3, 3], "-")])
    if k < 0.65:
        return rd(rng, 4)
    if k < 0.75:
        return rd(rng, 8)
    if k < 0.85:
        return "G-" + rd(rng, 6)
    return rd(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def v_wifi_key(rng, lang, var):
    k = rng.random()
    if k < 0.4:
        return rd(rng, rng.randint(10, 14), "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if k < 0.6:
        return rd(rng, rng.choice([10, 13, 16]), "0123456789abcdef")
    if k < 0.8:
        return rng.choice(PW_WORDS) + rng.choice(["Thuis", "Home", "Maison", "Huis", "wifi"]) + rd(rng, rng.randint(2, 4))
    return group(rd(rng, 16, UP + D), [4, 4, 4, 4], "-")


def v_username(rng, lang, var):
    first = rng.choice(["jan", "sanne", "kevin", "mo", "lotte", "pieter", "sophie", "dries", "lucas", "emma",
                        "jess", "tyler", "amira", "bram", "noor", "chloe", "marc", "gary", "ines", "tom"])
    last = rng.choice(["devries", "peeters", "jansen", "dubois", "smith", "vdberg", "elamrani", "claes",
                       "wouters", "baker", "martin", "bakker", "lambert", "nguyen", "maes"])
    k = rng.random()
    if k < 0.25:
        return first + last + str(rng.randint(1, 99))
    if k < 0.45:
        return first + rng.choice(["_", ".", "-"]) + last
    if k < 0.6:
        return first[0] + "." + last + str(rng.randint(60, 99))
    if k < 0.75:
        return rng.choice(["xX", "", "The", "Dark", "Mr"]) + rng.choice(["Sniper", "Gamer", "Wolf", "Kaas", "Frit", "Ninja"]) + rng.choice(["Boy", "NL", "BE", "_", "Xx", "007"]) + str(rng.randint(1, 999))
    if k < 0.88:
        return rng.choice(["user", "klant", "cli", "u"]) + rd(rng, rng.randint(5, 8))
    return first.capitalize() + last.capitalize()


def v_api_key(rng, lang, var):
    k = rng.random()
    if k < 0.22:
        return "sk_live_" + rd(rng, 24, AN)
    if k < 0.38:
        return "AKIA" + rd(rng, 16, UP + "234567")
    if k < 0.48:
        return rd(rng, 40, AN + "/+")
    if k < 0.62:
        return "api_" + rd(rng, 32, LO + D)
    if k < 0.78:
        return rd(rng, rng.choice([32, 40]), "0123456789abcdef")
    if k < 0.88:
        return "AIza" + rd(rng, 35, AN + "-_")
    return "SG." + rd(rng, 22, AN) + "." + rd(rng, 43, AN + "-_")


def _b64(rng, n):
    return rd(rng, n, AN + "-_")


def v_token(rng, lang, var):
    k = rng.random()
    if k < 0.35:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64(rng, rng.randint(40, 80)) + "." + _b64(rng, 43)
    if k < 0.52:
        return "ghp_" + rd(rng, 36, AN)
    if k < 0.64:
        return "glpat-" + rd(rng, 20, AN + "-_")
    if k < 0.76:
        return "xoxb-" + rd(rng, 12) + "-" + rd(rng, 13) + "-" + rd(rng, 24, AN)
    if k < 0.88:
        return rd(rng, 8, "0123456789abcdef") + "-" + rd(rng, 4, "0123456789abcdef") + "-4" + rd(rng, 3, "0123456789abcdef") + "-a" + rd(rng, 3, "0123456789abcdef") + "-" + rd(rng, 12, "0123456789abcdef")
    return "sess_" + rd(rng, 28, AN)


def v_card(rng, lang, var):
    k = rng.random() if var != "amex" else 0.8
    if k < 0.4:
        n = luhn_complete("4" + rd(rng, 5), 16, rng)
    elif k < 0.7:
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2365"]), 16, rng)
    elif k < 0.85:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([group(n, [4, 6, 5]), group(n, [4, 6, 5]), n, group(n, [4, 6, 5], "-")])
    else:
        n = luhn_complete(rng.choice(["6703", "6759", "5018", "6799"]), rng.choice([16, 17, 19]), rng)
        return rng.choice([group(n, [4, 4, 4, 4]), n])
    return rng.choice([group(n, [4, 4, 4, 4]), group(n, [4, 4, 4, 4]), n, group(n, [4, 4, 4, 4], "-"), group(n, [4, 4, 4, 4], "  ")])


def v_cvv(rng, lang, var):
    return rd(rng, 4 if var == "4" else 3)


def v_card_expiry(rng, lang, var):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    k = rng.random()
    if k < 0.5:
        return f"{m:02d}/{y}"
    if k < 0.65:
        return f"{m:02d}/20{y}"
    if k < 0.75:
        return f"{m:02d}-{y}"
    if k < 0.85:
        return f"{m}/{y}"
    months = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec", "fr": "janv févr mars avril mai juin juil août sept oct nov déc",
              "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}[lang_family(lang)].split()
    return f"{months[m - 1]} 20{y}"


def v_iban(rng, lang, var):
    c = var if var in ("NL", "BE", "DE", "FR", "GB", "LU", "ES") else None
    if c is None:
        base = country(lang)
        c = base if base in ("NL", "BE", "GB") and rng.random() < 0.85 else rng.choice(["NL", "BE", "DE", "FR", "LU", "ES"])
    if c == "NL":
        iban = iban_make("NL", rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rd(rng, 10))
    elif c == "BE":
        a = rd(rng, 10)
        ck = int(a) % 97 or 97
        iban = iban_make("BE", f"{a}{ck:02d}")
    elif c == "DE":
        iban = iban_make("DE", rd(rng, 18))
    elif c == "FR":
        b, g, acc = rd(rng, 5), rd(rng, 5), rd(rng, 11)
        key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(acc)) % 97
        iban = iban_make("FR", f"{b}{g}{acc}{key:02d}")
    elif c == "LU":
        iban = iban_make("LU", rd(rng, 3) + rd(rng, 13, UP + D))
    elif c == "ES":
        iban = iban_make("ES", rd(rng, 20))
    else:
        iban = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(rng, 14))
    k = rng.random()
    if k < 0.45:
        return group(iban, [4] * 8)
    if k < 0.75:
        return iban
    if k < 0.85:
        return iban.lower()
    if k < 0.93:
        return iban[:2] + " " + iban[2:4] + " " + group(iban[4:], [4] * 8)
    return group(iban, [4] * 8).lower()


def v_bsn(rng, lang, var):
    if country(lang) == "BE" or var == "be":
        while True:
            y, m, d = rng.randint(40, 99) if rng.random() < 0.8 else rng.randint(0, 6), rng.randint(1, 12), rng.randint(1, 28)
            seq = rng.randint(1, 998)
            base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
            ck = 97 - int(("2" + base) if y < 10 else base) % 97
            s = base + f"{ck:02d}"
            k = rng.random()
            if k < 0.5:
                return f"{s[0:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
            if k < 0.8:
                return s
            return f"{s[0:6]} {s[6:9]} {s[9:]}"
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        if s == 10:
            continue
        n = "".join(map(str, d)) + str(s)
        k = rng.random()
        if k < 0.55:
            return n
        if k < 0.75:
            return f"{n[:4]}.{n[4:6]}.{n[6:]}"
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def v_email(rng, lang, var, ctx=None):
    first = (ctx.first if ctx else "jan").lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ï", "i")
    last = (ctx.last if ctx else "devries").lower().replace(" ", "").replace("'", "").replace("é", "e")
    dom = {"NL": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "planet.nl", "live.nl"],
           "BE": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "scarlet.be"],
           "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com", "comcast.net"]}[country(lang)]
    d = rng.choice(dom)
    k = rng.random()
    if k < 0.3:
        loc = f"{first}.{last}"
    elif k < 0.5:
        loc = f"{first}{rng.randint(60, 99)}"
    elif k < 0.65:
        loc = f"{first[0]}{last}"
    elif k < 0.8:
        loc = f"{first}_{last}{rng.randint(1, 9)}"
    else:
        loc = rng.choice(["mamavan", "papa", "familie", "info.", "the", "mrs"]) + last
    addr = f"{loc}@{d}"
    if var == "obf":
        dname, tld = d.rsplit(".", 1)
        if rng.random() < 0.5:
            return " . ".join(loc.split(".")) + " @ " + dname + " . " + tld
        at = {"nl": "[at]", "fr": "(arobase)", "en": "(at)"}[lang_family(lang)]
        dot = {"nl": "[punt]", "fr": "(point)", "en": "(dot)"}[lang_family(lang)]
        return f"{loc} {at} {dname} {dot} {tld}"
    if var == "upper":
        return addr.upper()
    return addr


def v_phone(rng, lang, var):
    c = country(lang)
    fam = lang_family(lang)
    if c == "NL":
        n = "6" + rd(rng, 8)
        if var == "spoken":
            return "0 " + " ".join(n)
        return rng.choice([f"0{n}", f"06-{n[1:]}", f"06 {group(n[1:], [4, 4])}", f"+31 6 {n[1:]}", f"+31{n}",
                           f"0031 6 {group(n[1:], [2, 2, 2, 2])}", f"06 {group(n[1:], [2, 2, 2, 2])}",
                           f"0{rng.choice(['20', '30', '10', '70', '50'])}-{rd(rng, 7)}"])
    if c == "BE":
        n = "4" + rng.choice(["7", "8", "9"]) + rd(rng, 7)
        if var == "spoken":
            return "0 " + " ".join(n)
        return rng.choice([f"0{n}", f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}",
                           f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}", f"0032 {n}", f"0{n[:3]}/{n[3:]}",
                           f"0{rng.choice(['2', '3', '9'])} {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}"])
    if c == "GB":
        n = "7" + rng.choice(["4", "5", "7", "8", "9"]) + rd(rng, 8)
        if var == "spoken":
            return "0 " + " ".join(n)
        return rng.choice([f"0{n}", f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}",
                           f"0{n[:4]}-{n[4:]}", f"020 {rd(rng, 4)} {rd(rng, 4)}"])
    a = rng.choice(["312", "415", "646", "213", "617", "512", "206", "404", "702"])
    x = str(rng.randint(2, 9)) + rd(rng, 2)
    y = rd(rng, 4)
    if var == "spoken":
        return " ".join(a) + " " + " ".join(x) + " " + " ".join(y)
    return rng.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}", f"{a}{x}{y}"])


US_STATE = {"Columbus": ("OH", "43215"), "Austin": ("TX", "78704"), "Oakland": ("CA", "94610"), "Chicago": ("IL", "60614"),
            "Brooklyn": ("NY", "11215"), "Atlanta": ("GA", "30307"), "Seattle": ("WA", "98103"), "Miami": ("FL", "33139"),
            "Denver": ("CO", "80205"), "Tampa": ("FL", "33606"), "Raleigh": ("NC", "27601"), "Omaha": ("NE", "68102")}


def v_address(rng, lang, var, ctx=None):
    c = country(lang)
    streets = ctx.streets if ctx else ["Kerkstraat"]
    st = rng.choice(streets)
    city = rng.choice(ctx.cities) if ctx else "Utrecht"
    sep = "\n" if var == "ml" else ", "
    if c == "NL":
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-2", " bis", "B"])
        pc = f"{rng.randint(1011, 9999)} {rd(rng, 2, 'ABCEGHJKLMNPRSTVWXZ')}"
        pc = pc if rng.random() < 0.8 else pc.replace(" ", "")
        if var == "short":
            return f"{st} {num}"
        return f"{st} {num}{sep}{pc} {city}" if rng.random() < 0.8 else f"{st} {num}{sep}{pc}  {city.upper()}"
    if c == "BE":
        num = str(rng.randint(1, 180)) + rng.choice(["", "", "", " bus 3", "/2", " boîte 4" if lang == "fr-be" else " bus 12"])
        pc = str(rng.randint(1000, 9990))
        if var == "short":
            return f"{st} {num}"
        if lang == "fr-be" and not st[0].isupper() is False and rng.random() < 0.0:
            pass
        return f"{st} {num}{sep}{pc} {city}"
    if c == "GB":
        num = str(rng.randint(1, 220)) + rng.choice(["", "", "a"])
        pc = rd(rng, 2, "BLMNSEWG") + str(rng.randint(1, 28)) + " " + str(rng.randint(1, 9)) + rd(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
        if var == "short":
            return f"{num} {st}"
        flat = rng.choice(["", "", "Flat 3, ", "Flat 12B, "])
        return f"{flat}{num} {st}{sep}{city}{sep if var == 'ml' else ' '}{pc}"
    num = str(rng.randint(10, 9800))
    state, z = US_STATE.get(city, ("OH", "43215"))
    z = z[:3] + rd(rng, 2)
    if var == "short":
        return f"{num} {st}"
    apt = rng.choice(["", "", " Apt 4B", " Unit 12", " #207"])
    return f"{num} {st}{apt}{sep}{city}, {state} {z}"


def v_date_of_birth(rng, lang, var):
    y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    fam = lang_family(lang)
    k = rng.random()
    if fam == "nl":
        months = "januari februari maart april mei juni juli augustus september oktober november december".split()
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {months[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])
    if fam == "fr":
        months = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"])
    months = "January February March April May June July August September October November December".split()
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{months[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d}{['st', 'nd', 'rd'][d - 1] if d < 4 else 'th'} {months[m - 1][:3]} {y}", f"{d:02d}.{m:02d}.{y}"])


def v_ip_address(rng, lang, var):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(rd(rng, 4, "0123456789abcdef") for _ in range(3)) + "::" + rd(rng, 3, "123456789abcdef")
    return f"{rng.choice([84, 77, 213, 81, 62, 94, 178, 109, 86, 145])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def v_customer_number(rng, lang, var, ctx=None):
    org = ctx.org if ctx else "t"
    k = rng.random()
    if org == "t":
        return rng.choice([rd(rng, 9), "1." + rd(rng, 4) + "." + rd(rng, 3), "K" + rd(rng, 8), rd(rng, 2) + "-" + rd(rng, 7)])
    if org == "e":
        return rng.choice(["2" + rd(rng, 8), rd(rng, 3) + " " + rd(rng, 3) + " " + rd(rng, 3), "EK" + rd(rng, 7), rd(rng, 10)])
    if org == "b":
        return rng.choice([rd(rng, 8), "CIF" + rd(rng, 7), rd(rng, 3) + "-" + rd(rng, 7) + "-" + rd(rng, 2)])
    return rng.choice(["KL" + rd(rng, 7), rd(rng, 8), "C-" + rd(rng, 6), "member " + rd(rng, 6) if False else rd(rng, 7)])


VALUE_FN = {
    "password": v_password, "pin": v_pin, "puk": v_puk, "otp": v_otp, "wifi_key": v_wifi_key,
    "username": v_username, "api_key": v_api_key, "token": v_token, "card": v_card, "cvv": v_cvv,
    "card_expiry": v_card_expiry, "iban": v_iban, "bsn": v_bsn, "phone": v_phone,
    "date_of_birth": v_date_of_birth, "ip_address": v_ip_address,
}
CTX_FN = {"email": v_email, "address": v_address, "customer_number": v_customer_number}

# ---------------------------------------------------------------- negative values

def n_value(kind, rng, lang, var, ctx):
    fam = lang_family(lang)
    c = country(lang)
    if kind == "amount":
        a = rng.choice([rng.randint(3, 99) + rng.choice([0, 0.5, 0.95, 0.99, 0.25]), rng.randint(100, 2400) + rng.choice([0, 0.12, 0.5])])
        if c == "GB":
            return f"£{a:,.2f}"
        if c == "US":
            return f"${a:,.2f}"
        s = f"{a:.2f}".replace(".", ",")
        return rng.choice([f"€ {s}", f"€{s}", f"{s} euro", f"{s} €", f"EUR {s}"]) if fam == "nl" else rng.choice([f"{s} €", f"{s}€", f"{s} euros", f"€{s}"])
    if kind == "company_phone":
        return ctx.brand_phone
    if kind == "company_registration":
        if c == "NL":
            return rng.choice([f"KvK {rd(rng, 8)}", f"BTW NL{rd(rng, 9)}B01", f"KvK-nummer {rd(rng, 8)}"])
        if c == "BE":
            return rng.choice([f"BE 0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"BTW BE0{rd(rng, 9)}", f"TVA BE 0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}"])
        if c == "GB":
            return rng.choice([f"Company No. {rd(rng, 8)}", f"VAT GB{rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}"])
        return f"EIN {rd(rng, 2)}-{rd(rng, 7)}"
    if kind == "date":
        y, m, d = rng.choice([2024, 2025, 2025]), rng.randint(1, 12), rng.randint(1, 28)
        if fam == "nl":
            mo = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
            return rng.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}", f"{d} {mo[m - 1]}", f"{d:02d}/{m:02d}/{y}"])
        if fam == "fr":
            mo = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
            return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mo[m - 1]}", f"{d:02d}/{m:02d}"])
        mo = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        if c == "US":
            return rng.choice([f"{m}/{d}", f"{mo[m - 1]} {d}", f"{m:02d}/{d:02d}/{y}"])
        return rng.choice([f"{d}/{m}", f"{d} {mo[m - 1]}", f"{d:02d}/{m:02d}/{y}"])
    if kind == "time":
        h, mi = rng.randint(7, 22), rng.choice([0, 5, 15, 30, 45, 12, 48])
        if c == "US":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        if fam == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}"])
        return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}"])
    if kind == "year":
        return str(rng.choice([2016, 2018, 2019, 2020, 2021, 2022, 2023]))
    if kind == "error_code":
        return rng.choice([f"E{rd(rng, 3)}", f"E-{rd(rng, 2)}", f"0x8007{rd(rng, 4, '0123456789ABCDEF')}", f"ERR_{rng.choice(['CONN', 'AUTH', 'PAY', 'SIM'])}_{rd(rng, 3)}",
                           f"code {rd(rng, 3)}", f"F{rd(rng, 2)}", f"{rng.choice(['403', '500', '502', '404'])}", f"PX-{rd(rng, 4)}"])
    if kind == "flight_number":
        return rng.choice(["KL", "HV", "SN", "FR", "BA", "U2", "TB", "UA"]) + str(rng.randint(100, 9999))
    if kind == "hashtag":
        return "#" + rng.choice(ctx.hashtags)
    if kind == "mention":
        return "@" + ctx.handle
    if kind == "invoice_number":
        return rng.choice([f"F{rng.choice([2024, 2025])}-{rd(rng, 6)}", f"7{rd(rng, 9)}", f"INV-{rd(rng, 7)}", f"{rd(rng, 4)}/{rd(rng, 6)}"])
    if kind == "order_number":
        return rng.choice([f"#{rd(rng, 9)}", f"{rd(rng, 10)}", f"ORD-{rd(rng, 6)}", f"{rd(rng, 3)}-{rd(rng, 7)}-{rd(rng, 7)}", f"#{rd(rng, 6)}", f"B{rd(rng, 8)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{rd(rng, 5)}", f"INC{rd(rng, 7)}", f"CS-{rd(rng, 6)}", f"{rd(rng, 8)}", f"SR-{rd(rng, 2)}-{rd(rng, 5)}"])
    if kind == "tracking_number":
        return rng.choice([f"3S{rd(rng, 4, UP)}{rd(rng, 7)}", f"JVGL{rd(rng, 16)}", f"1Z{rd(rng, 6, UP + D)}{rd(rng, 10)}", f"C{rd(rng, 1, UP)}{rd(rng, 9)}NL",
                           f"{rd(rng, 14)}", f"323{rd(rng, 11)}", f"RR{rd(rng, 9)}BE"])
    if kind == "request_id":
        return rng.choice([f"req_{rd(rng, 16, LO + D)}", f"{rd(rng, 8, '0123456789abcdef')}-{rd(rng, 4, '0123456789abcdef')}-{rd(rng, 4, '0123456789abcdef')}-{rd(rng, 4, '0123456789abcdef')}-{rd(rng, 12, '0123456789abcdef')}",
                           f"RID-{rd(rng, 10, UP + D)}"])
    if kind == "meter_reading":
        v = rng.randint(1000, 89999)
        u = rng.choice(["kWh", "kWh", "m3", "m³"]) if fam != "en" else rng.choice(["kWh", "units", "m3"])
        return rng.choice([f"{v} {u}", f"{v:06d}", f"{v},{rng.randint(0, 9)} {u}" if fam != "en" else f"{v}.{rng.randint(0, 9)} {u}", f"{v}"])
    if kind == "model_number":
        return rng.choice(["FRITZ!Box 7590", "H369A", "Connect Box", "Galaxy A54", "iPhone 13", "SM-A546B", "TP-Link Archer C6", "Sagemcom F@st 5670",
                           "BBox 3", "Hub 3", "Pixel 8a", "Toon 2", "Landis+Gyr E350", "TG2492LG", "Moto g54"])
    if kind == "product_code":
        return rng.choice([f"SKU {rd(rng, 7)}", f"871{rd(rng, 10)}", f"ART-{rd(rng, 5)}", f"{rd(rng, 3, UP)}-{rd(rng, 4)}-{rd(rng, 2, UP)}", f"EAN {rd(rng, 13)}"])
    if kind == "version_string":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS 18.{rng.randint(0, 5)}", f"Android {rng.randint(12, 15)}",
                           f"{rng.randint(1, 7)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}", f"versie {rng.randint(5, 9)}.{rng.randint(0, 9)}"])
    if kind == "percentage":
        p = rng.choice([5, 10, 12, 15, 20, 25, 30, 50, 100, 3.5, 21, 6])
        return f"{p}%" if rng.random() < 0.7 else f"{p} %"
    if kind == "quantity":
        n = rng.randint(2, 12)
        unit = {"nl": ["stuks", "pakketten", "dozen", "x"], "fr": ["pièces", "colis", "boîtes"], "en": ["items", "parcels", "boxes", "pcs"]}[fam]
        u = rng.choice(unit)
        return f"{n}{u}" if u == "x" else f"{n} {u}"
    if kind == "url":
        return rng.choice([f"https://www.{ctx.domain}/{rng.choice(['storing', 'status', 'help', 'hulp', 'aide', 'retour', 'returns', 'faq'])}",
                           f"{ctx.domain}/{rng.choice(['mijn', 'account', 'moncompte', 'app'])}", f"https://status.{ctx.domain}"])
    if kind == "masked_value":
        return rng.choice([f"**** {rd(rng, 4)}", f"NL** **** **** **{rd(rng, 2)} {rd(rng, 2)}", f"xxxx-xxxx-xxxx-{rd(rng, 4)}", f"BE** **** **** {rd(rng, 4)}",
                           f"06-****{rd(rng, 4)}", f"j***@{rng.choice(['gmail.com', 'hotmail.com'])}", f"•••• {rd(rng, 4)}", f"****{rd(rng, 3)}", f"ending {rd(rng, 4)}"])
    if kind == "port":
        return rng.choice(["8080", "443", "3389", "22", "8443", "5060", "25", "587", "993"])
    if kind == "checksum":
        return rng.choice([rd(rng, 64, "0123456789abcdef"), rd(rng, 32, "0123456789abcdef"), "sha256:" + rd(rng, 64, "0123456789abcdef")])
    raise KeyError(kind)

# ---------------------------------------------------------------- renderer

PLACE = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")


class Ctx:
    def __init__(self, rng, lang, org, half_data, tid):
        self.rng, self.lang, self.org = rng, lang, org
        hd = half_data
        self.brand = hd["brands"][org]["name"]
        self.handle = hd["brands"][org]["handle"]
        self.domain = hd["brands"][org]["domain"]
        self.brand_phone = rng.choice(hd["brands"][org]["phones"][country(lang)])
        self.hashtags = hd["brands"][org]["tags"]
        fam = lang_family(lang)
        names = hd["names"][lang]
        self.first, self.last = rng.choice(names["first"]), rng.choice(names["last"])
        self.agent = rng.choice(hd["agents"][fam])
        self.streets = hd["streets"][country(lang)]
        self.cities = hd["cities"][country(lang)]
        self.products = hd["products"][org]
        self.ssids = hd["ssids"]
        self.mem = {}
        self.tid = tid


def render(tmpl, ctx, tid=None):
    """Return list of segments (text, label) where label is None or (cls, type, tid)."""
    tid = tid or ctx.tid
    segs = []
    pos = 0
    for m in PLACE.finditer(tmpl):
        if m.start() > pos:
            segs.append((tmpl[pos:m.start()], None))
        pos = m.end()
        tok = m.group(0)
        if tok == "{{":
            segs.append(("{", None)); continue
        if tok == "}}":
            segs.append(("}", None)); continue
        segs.append(expand(m.group(1), ctx, tid))
    if pos < len(tmpl):
        segs.append((tmpl[pos:], None))
    return segs


def _swap(v, rng):
    idx = [i for i, ch in enumerate(v) if ch.isalnum()]
    for _ in range(10):
        i = rng.randrange(len(idx) - 1)
        a, b = idx[i], idx[i + 1]
        if v[a] != v[b]:
            return v[:a] + v[b] + v[a + 1:b] + v[a] + v[b + 1:]
    return v[:-1] + ("7" if v[-1] != "7" else "1")


def expand(body, ctx, tid):
    rng, lang = ctx.rng, ctx.lang
    ref = None
    mode = None
    for sym in ("#", "@", "~"):
        if sym in body:
            body, ref = body.split(sym, 1)
            mode = sym
            break
    name, _, var = body.partition(":")
    if name.startswith("n."):
        kind = NEG_ALIASES.get(name[2:], name[2:])
        assert kind in NEG_KINDS, kind
        if mode == "@":
            return (ctx.mem[ref], ("neg", kind, tid))
        v = n_value(kind, rng, lang, var, ctx)
        if mode == "#":
            ctx.mem[ref] = v
        return (v, ("neg", kind, tid))
    typ = ALIASES.get(name, name)
    if typ in SPAN_TYPES:
        if mode == "@":
            return (ctx.mem[ref], ("span", typ, tid))
        if mode == "~":
            return (_swap(ctx.mem[ref], rng), ("span", typ, tid))
        if typ in CTX_FN:
            v = CTX_FN[typ](rng, lang, var, ctx)
        else:
            v = VALUE_FN[typ](rng, lang, var)
        if mode == "#":
            ctx.mem[ref] = v
        return (v, ("span", typ, tid))
    # fillers (not labelled)
    if name == "first":
        return (ctx.first, None)
    if name == "last":
        return (ctx.last, None)
    if name == "name":
        return (f"{ctx.first} {ctx.last}", None)
    if name == "agent":
        return (ctx.agent, None)
    if name == "brand":
        return (ctx.brand, None)
    if name == "city":
        return (rng.choice(ctx.cities), None)
    if name == "product":
        return (rng.choice(ctx.products), None)
    if name == "ssid":
        return (rng.choice(ctx.ssids), None)
    if name == "num":
        lo, hi = (var or "2-9").split("-")
        return (str(rng.randint(int(lo), int(hi))), None)
    if name == "pick":
        return (rng.choice(var.split("|")), None)
    raise KeyError(body)


def assemble(segs):
    text = []
    spans, negs = [], []
    pos = 0
    for s, lab in segs:
        if lab:
            cls, typ, tid = lab
            if cls == "span":
                spans.append({"type": typ, "start": pos, "end": pos + len(s), "_tid": tid})
            else:
                negs.append({"kind": typ, "start": pos, "end": pos + len(s), "_tid": tid})
        text.append(s)
        pos += len(s)
    return "".join(text), spans, negs


def quote_segs(segs, prefix="> "):
    out = [(prefix, None)]
    for s, lab in segs:
        if lab is None:
            out.append((s.replace("\n", "\n" + prefix), None))
        else:
            assert "\n" not in s
            out.append((s, lab))
    return out

# ---------------------------------------------------------------- self-check

def self_check(rec):
    t = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for cls, typ, a, b in items:
        if not (0 <= a < b <= len(t)):
            raise SystemExit(f"{rec['id']}: {cls} {typ} out of range {a}-{b}")
        v = t[a:b]
        if v != v.strip():
            raise SystemExit(f"{rec['id']}: {cls} {typ} has surrounding white space: {v!r}")
        if cls == "span":
            if typ == "card" and not luhn_ok(re.sub(r"\D", "", v)):
                raise SystemExit(f"{rec['id']}: card fails Luhn: {v!r}")
            if typ == "iban" and not iban_ok(v):
                raise SystemExit(f"{rec['id']}: iban fails mod-97: {v!r}")
            if typ == "bsn" and not bsn_ok(v):
                raise SystemExit(f"{rec['id']}: bsn fails check: {v!r}")
    ss = sorted(items, key=lambda x: x[2])
    for x, y in zip(ss, ss[1:]):
        if y[2] < x[3]:
            raise SystemExit(f"{rec['id']}: overlap {x} {y}")
    if rec["channel"] in ("x_public", "instagram_comment", "facebook_comment"):
        assert rec["visibility"] == "public"
    else:
        assert rec["visibility"] == "private"
