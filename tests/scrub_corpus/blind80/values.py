"""Value generators for the blind80 corpus (labelled values and hard negatives).

Every function takes (rng, lang, pools, fmt) and returns a string.  Only the
standard library is used.
"""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


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
    return s % 10 == 0 and len(d) >= 12


def luhn_complete(prefix, length, rng):
    body = prefix + rdig(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(country, bban):
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return t % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- locale helpers
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
NL_MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def base(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def is_be(lang):
    return lang in ("nl-be", "fr-be")


def fmt_date(rng, lang, y, m, d, style=None):
    b = base(lang)
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        if lang == "en-us":
            return f"{m:02d}/{d:02d}/{y}"
        sep = rng.choice(["-", "/", "."]) if b != "en" else "/"
        return f"{d:02d}{sep}{m:02d}{sep}{y}"
    if style == 1:
        if b == "nl":
            return f"{d} {NL_MONTHS[m-1]} {y}"
        if b == "fr":
            return f"{d if d > 1 else '1er'} {FR_MONTHS[m-1]} {y}"
        return f"{EN_MONTHS[m-1]} {d}, {y}" if lang == "en-us" else f"{d} {EN_MONTHS[m-1]} {y}"
    if style == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 3:
        if lang == "en-us":
            return f"{m}/{d}/{y % 100:02d}"
        return f"{d}-{m}-{y}"
    if b == "nl":
        return f"{d} {NL_MON_ABBR[m-1]} {y}"
    if b == "fr":
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d} {EN_MONTHS[m-1][:3]} {y}"


# ---------------------------------------------------------------- labelled values
PW_WORDS = ["Zomer", "Texel", "Camping", "Vakantie", "Ajax", "Duinen", "Sneeuw", "Tomorrowland", "Gym",
            "Liverpool", "Bahamas", "Mallorca", "Poker", "Lente", "Spurs", "Soleil", "Brugge", "Ardennen",
            "Bonvoy", "Skimiles", "Kermis", "Fitness", "Roulette", "Kanaal", "Plage", "Pizza"]


def v_password(rng, lang, P, fmt):
    k = rng.randrange(7)
    w = rng.choice(PW_WORDS)
    if k == 0:
        return w + rdig(rng, rng.choice([2, 4])) + rng.choice("!?#$*")
    if k == 1:
        return w.lower() + rng.choice(["_", ".", ""]) + rng.choice(PW_WORDS).lower() + rdig(rng, 2)
    if k == 2:
        return rstr(rng, ALNUM + "!#%&*", rng.randint(9, 14))
    if k == 3:
        return rng.choice(["Welkom", "Bienvenue", "Welcome", "Wachtwoord", "Passw0rd"]) + rdig(rng, 3) + "!"
    if k == 4:
        return w[0] + rstr(rng, ALNUM, 5) + "-" + rstr(rng, ALNUM, 5)
    if k == 5:
        return rng.choice(["ikhouvan", "jetaime", "ilove", "mijn"]) + rng.choice(PW_WORDS).lower() + rdig(rng, 1)
    return rstr(rng, string.ascii_lowercase, 4) + rdig(rng, 4) + rstr(rng, string.ascii_uppercase, 2)


def v_pin(rng, lang, P, fmt):
    if fmt == "6":
        return rdig(rng, 6)
    if fmt == "5":
        return rdig(rng, 5)
    return rdig(rng, rng.choice([4, 4, 4, 4, 5, 6]))


def v_puk(rng, lang, P, fmt):
    return rdig(rng, 8)


def v_otp(rng, lang, P, fmt):
    k = rng.randrange(6)
    if k == 0:
        d = rdig(rng, 6)
        return d[:3] + " " + d[3:]
    if k == 1:
        return rdig(rng, rng.choice([4, 5, 8]))
    if k == 2:
        d = rdig(rng, 6)
        return d[:3] + "-" + d[3:]
    return rdig(rng, 6)


WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def v_otp_words(rng, lang, P, fmt):
    w = WORDS[base(lang)]
    ds = rdig(rng, 6)
    sep = rng.choice([" ", " ", "-", ", "])
    out = [w[int(c)] for c in ds]
    if base(lang) == "en" and rng.random() < 0.4:
        out = ["oh" if x == "zero" else x for x in out]
    return sep.join(out)


def v_wifi_key(rng, lang, P, fmt):
    k = rng.randrange(5)
    if k == 0:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS) + rdig(rng, 4)
    if k == 1:
        return "-".join(rstr(rng, string.ascii_lowercase + DIG, 4) for _ in range(4))
    if k == 2:
        return rstr(rng, UPPER_ALNUM, 10)
    if k == 3:
        return rstr(rng, HEX, 26).upper() if rng.random() < 0.3 else rstr(rng, ALNUM, 16)
    return rng.choice(["welkom", "guest", "gast", "invite"]) + rdig(rng, 4) + rng.choice(["!", "", "#"])


def v_username(rng, lang, P, fmt):
    f = rng.choice(P["first"]).lower()
    l = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    k = rng.randrange(6)
    if k == 0:
        return f + "." + l
    if k == 1:
        return f[0] + l + rdig(rng, 2)
    if k == 2:
        return f + "_" + rng.choice(["gamer", "runner", "xx", "bets", "fit", "travels"]) + rdig(rng, 2)
    if k == 3:
        return l.capitalize() + f.capitalize() + rdig(rng, 4)
    if k == 4:
        return f + l[:3] + rdig(rng, 3)
    return rng.choice(["Lucky", "Dark", "Sunny", "Mad", "Big"]) + rng.choice(["Tiger", "Ace", "Joker", "Wolf"]) + rdig(rng, 2)


def v_api_key(rng, lang, P, fmt):
    k = 1 if fmt == "aws" else rng.randrange(7)
    if k == 0:
        return "sk_live_" + rstr(rng, ALNUM, 24)
    if k == 1:
        return "AKIA" + rstr(rng, string.ascii_uppercase + "234567", 16)
    if k == 2:
        return "AIza" + rstr(rng, ALNUM + "-_", 35)
    if k == 3:
        return rstr(rng, HEX, 32)
    if k == 4:
        return "pk_test_" + rstr(rng, ALNUM, 24)
    if k == 5:
        return "SG." + rstr(rng, ALNUM, 22) + "." + rstr(rng, ALNUM + "-_", 43)
    return "key-" + rstr(rng, HEX, 32)


def v_aws_secret(rng, lang, P, fmt):
    return rstr(rng, ALNUM + "/+", 40)


def v_token(rng, lang, P, fmt):
    k = rng.randrange(5)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rstr(rng, ALNUM + "-_", 40) + "." + rstr(rng, ALNUM + "-_", 43)
    if k == 1:
        return "ghp_" + rstr(rng, ALNUM, 36)
    if k == 2:
        return rstr(rng, HEX, 40)
    if k == 3:
        return rstr(rng, ALNUM, 32)
    return "ya29." + rstr(rng, ALNUM + "-_", 60)


def v_card(rng, lang, P, fmt):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        n = luhn_complete("4", 16, rng)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        g = rng.randrange(3)
        if g == 0:
            return n[:4] + " " + n[4:10] + " " + n[10:]
        if g == 1:
            return n[:4] + "-" + n[4:10] + "-" + n[10:]
        return n
    else:
        n = luhn_complete("6759", 16, rng)
    g = rng.randrange(5)
    if g == 0:
        return n
    if g == 1:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if g == 2:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if g == 3:
        return "  ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.3 else ".".join(n[i:i + 4] for i in range(0, 16, 4))
    return n[:4] + " " + n[4:8] + n[8:12] + " " + n[12:]


def v_cvv(rng, lang, P, fmt):
    return rdig(rng, rng.choice([3, 3, 3, 4]))


def v_iban(rng, lang, P, fmt):
    c = fmt or (rng.choice(["BE", "BE", "BE", "NL", "FR", "LU"]) if is_be(lang) else
                rng.choice(["GB", "GB", "NL", "DE", "IE"]) if lang == "en-gb" else
                rng.choice(["NL", "NL", "NL", "NL", "BE", "DE"]) if base(lang) == "nl" else
                rng.choice(["DE", "NL", "GB", "FR", "ES"]))
    if c == "NL":
        s = make_iban("NL", rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rdig(rng, 10))
    elif c == "BE":
        b = rdig(rng, 10)
        cc = int(b) % 97 or 97
        s = make_iban("BE", b + f"{cc:02d}")
    elif c == "DE":
        s = make_iban("DE", rdig(rng, 18))
    elif c == "FR":
        s = make_iban("FR", rdig(rng, 10) + rstr(rng, UPPER_ALNUM, 11) + rdig(rng, 2))
    elif c == "LU":
        s = make_iban("LU", rdig(rng, 3) + rstr(rng, UPPER_ALNUM, 13))
    elif c == "GB":
        s = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(rng, 14))
    elif c == "IE":
        s = make_iban("IE", rng.choice(["AIBK", "BOFI"]) + rdig(rng, 14))
    else:
        s = make_iban("ES", rdig(rng, 20))
    g = rng.randrange(6)
    if g in (0, 1):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif g == 2 and rng.random() < 0.5:
        s = s.lower()
    elif g == 3:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return s


def v_bsn(rng, lang, P, fmt):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            n = "".join(map(str, d)) + str(s)
            if bsn_ok(n):
                break
    g = rng.randrange(4)
    if g == 1:
        return n[:4] + "." + n[4:6] + "." + n[6:]
    if g == 2:
        return n[:3] + " " + n[3:6] + " " + n[6:]
    return n


def v_rrn(rng, lang, P, fmt):
    y = rng.randint(1945, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    b = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - (int(("2" if y >= 2000 else "") + b) % 97)
    n = b + f"{chk:02d}"
    g = rng.randrange(4)
    if g == 0:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if g == 1:
        return n
    if g == 2:
        return f"{n[:6]} {n[6:9]} {n[9:]}"
    return f"{n[:6]}-{n[6:9]}-{n[9:]}"


def v_email(rng, lang, P, fmt):
    f = rng.choice(P["first"]).lower()
    l = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(P["maildom_" + base(lang)])
    k = rng.randrange(6)
    local = [f + "." + l, f[0] + l, f + l + rdig(rng, 2), l + "." + f, f + "_" + rdig(rng, 4), f + "-" + l][k]
    if rng.random() < 0.08:
        local = local.capitalize()
    return local + "@" + dom


def v_phone(rng, lang, P, fmt):
    k = rng.randrange(6)
    if lang == "nl":
        n = "6" + rdig(rng, 8)
        if k == 0:
            return "06-" + n[1:]
        if k == 1:
            return "+31 6 " + n[1:5] + " " + n[5:]
        if k == 2:
            return "06 " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
        if k == 3:
            return "0031" + n
        if k == 4:
            return "0" + n
        ac = rng.choice(["20", "10", "30", "40", "50", "70", "223", "515"])
        rest = rdig(rng, 9 - len(ac))
        return "0" + ac + rng.choice(["-", " ", ""]) + rest
    if is_be(lang):
        n = "4" + rng.choice(["7", "8", "9"]) + rdig(rng, 7)
        if k == 0:
            return "0" + n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:]
        if k == 1:
            return "+32 " + n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:]
        if k == 2:
            return "0" + n[:3] + "/" + n[3:5] + "." + n[5:7] + "." + n[7:]
        if k == 3:
            return "+32" + n
        if k == 4:
            return "0" + n
        return "0" + rng.choice(["2", "3", "9"]) + " " + rdig(rng, 3) + " " + rdig(rng, 2) + " " + rdig(rng, 2)
    if lang == "en-gb":
        n = "7" + rdig(rng, 9)
        if k in (0, 4):
            return "0" + n[:4] + " " + n[4:]
        if k == 1:
            return "+44 " + n[:4] + " " + n[4:]
        if k == 2:
            return "+447" + n[1:]
        if k == 3:
            return "0" + n
        return "0" + rng.choice(["20", "161", "113", "131"]) + " " + rdig(rng, 4) + " " + rdig(rng, 4 if rng.random() < .5 else 3)
    a = rng.choice(["212", "415", "312", "617", "303", "512", "206", "404"])
    x = rng.choice(["2", "3", "4", "5", "6", "7", "8", "9"]) + rdig(rng, 2)
    y = rdig(rng, 4)
    return [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"+1 ({a}) {x}-{y}", f"{a}{x}{y}"][k]


def v_address(rng, lang, P, fmt):
    h = str(rng.randint(1, 180))
    if lang == "nl":
        st = rng.choice(P["street_nl"])
        hn = h + rng.choice(["", "", "", "A", "-2", " bis", "a", " III"])
        pc = f"{rng.randint(1011, 9999)} {rstr(rng, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        city = rng.choice(P["city_nl"])
        k = rng.randrange(4)
        if k == 0:
            return f"{st} {hn}, {pc} {city}"
        if k == 1:
            return f"{st} {hn} {pc} {city}"
        if k == 2:
            return f"{st} {hn}, {city}"
        return f"{st} {hn}"
    if lang == "nl-be" or (lang == "fr-be"):
        st = rng.choice(P["street_" + ("be_nl" if lang == "nl-be" else "be_fr")])
        city = rng.choice(P["city_" + ("be_nl" if lang == "nl-be" else "be_fr")])
        pc = str(rng.randint(1000, 9990))
        bus = rng.choice(["", "", "", f" bus {rng.randint(1, 30)}", f"/{rng.randint(1, 9)}", f" boîte {rng.randint(1, 12)}" if lang == "fr-be" else " b2"])
        k = rng.randrange(4)
        if lang == "fr-be" and k != 3:
            return f"{st} {h}{bus}, {pc} {city}"
        if k == 0:
            return f"{st} {h}{bus}, {pc} {city}"
        if k == 1:
            return f"{st} {h}{bus} {pc} {city}"
        if k == 2:
            return f"{st} {h}{bus}, {city}"
        return f"{st} {h}{bus}"
    if lang == "en-gb":
        st = rng.choice(P["street_gb"])
        city = rng.choice(P["city_gb"])
        pc = rstr(rng, "ABCDEFGHLMNPRSTW", rng.choice([1, 2])) + str(rng.randint(1, 28)) + " " + str(rng.randint(1, 9)) + rstr(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)
        k = rng.randrange(4)
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 20)}, "])
        if k == 0:
            return f"{flat}{h} {st}, {city} {pc}"
        if k == 1:
            return f"{h} {st}, {city}, {pc}"
        if k == 2:
            return f"{h} {st}, {pc}"
        return f"{flat}{h} {st}"
    st = rng.choice(P["street_us"])
    city, stt = rng.choice(P["city_us"])
    z = rdig(rng, 5)
    apt = rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B'])}", f", Unit {rng.randint(1, 300)}"])
    k = rng.randrange(3)
    if k == 0:
        return f"{rng.randint(10, 9999)} {st}{apt}, {city}, {stt} {z}"
    if k == 1:
        return f"{rng.randint(10, 9999)} {st}{apt}, {city} {stt} {z}"
    return f"{rng.randint(10, 9999)} {st}{apt}"


def v_dob(rng, lang, P, fmt):
    return fmt_date(rng, lang, rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))


def v_custno(rng, lang, P, fmt):
    k = fmt or rng.choice(["loyalty", "gym", "bet", "hotel", "generic", "ticket", "park"])
    if k == "loyalty":
        g = rng.randrange(4)
        if g == 0:
            return rdig(rng, 10)
        if g == 1:
            d = rdig(rng, 10)
            return d[:4] + " " + d[4:7] + " " + d[7:]
        if g == 2:
            return rng.choice(["FB", "MM", "BA", "LH"]) + rdig(rng, 8)
        return rdig(rng, 3) + " " + rdig(rng, 3) + " " + rdig(rng, 3)
    if k == "gym":
        return rng.choice(["", "", "M-", "BF", "LID", "SC-"]) + rdig(rng, rng.choice([6, 7, 8, 9]))
    if k == "bet":
        return rng.choice(["", "ACC", "U", "PLR-", "ID "]).strip() + rdig(rng, rng.choice([7, 8, 9]))
    if k == "hotel":
        return rdig(rng, 9)
    if k == "ticket":
        return rng.choice(["", "TM", "C-"]) + rdig(rng, 8)
    if k == "park":
        return rng.choice(["", "G", "K"]) + rdig(rng, 7)
    return rdig(rng, rng.choice([7, 8, 10]))


def v_expiry(rng, lang, P, fmt):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    k = rng.randrange(5)
    return [f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}", f"{m}/{y % 100:02d}", f"{m:02d} / {y % 100:02d}"][k]


def v_ip(rng, lang, P, fmt):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(rstr(rng, HEX, 4) for _ in range(3)) + "::" + rstr(rng, HEX, 3)
    first = rng.choice([77, 84, 85, 94, 145, 178, 212, 81, 62, 31, 92])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


SPAN_GEN = {
    "password": ("password", v_password), "pin": ("pin", v_pin), "puk": ("puk", v_puk),
    "otp": ("otp", v_otp), "otpw": ("otp", v_otp_words), "wifi": ("wifi_key", v_wifi_key),
    "user": ("username", v_username), "apikey": ("api_key", v_api_key), "awssecret": ("api_key", v_aws_secret),
    "token": ("token", v_token), "card": ("card", v_card), "cvv": ("cvv", v_cvv), "iban": ("iban", v_iban),
    "bsn": ("bsn", v_bsn), "rrn": ("bsn", v_rrn), "email": ("email", v_email), "phone": ("phone", v_phone),
    "addr": ("address", v_address), "dob": ("date_of_birth", v_dob), "cust": ("customer_number", v_custno),
    "exp": ("card_expiry", v_expiry), "ip": ("ip_address", v_ip),
}


# ---------------------------------------------------------------- negatives
def n_date(rng, lang, P, fmt):
    return fmt_date(rng, lang, rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28),
                    style=rng.choice([0, 1, 1, 4, 2]))


def n_time(rng, lang, P, fmt):
    h, m = rng.randint(6, 23), rng.choice([0, 5, 15, 30, 45, 10, 52])
    if lang == "en-us":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
    if base(lang) == "fr":
        return rng.choice([f"{h}h{m:02d}", f"{h}:{m:02d}"])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}:{m:02d}u"]) if base(lang) == "nl" else f"{h:02d}:{m:02d}"


def n_amount(rng, lang, P, fmt):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 2400)])
    c = rng.choice(["00", "50", "95", "99", "25"])
    if lang == "en-gb":
        return rng.choice([f"£{v}.{c}", f"£{v}", f"{v} GBP"])
    if lang == "en-us":
        return rng.choice([f"${v}.{c}", f"${v}", f"USD {v}.{c}"])
    return rng.choice([f"€ {v},{c}", f"€{v},-", f"{v},{c} euro", f"{v} EUR", f"€{v}"])


def n_qty(rng, lang, P, fmt):
    n = rng.randint(2, 14)
    w = {"nl": ["nachten", "personen", "kaarten", "tickets", "volwassenen"],
         "fr": ["nuits", "personnes", "billets", "places", "adultes"],
         "en": ["nights", "guests", "tickets", "adults", "rooms"]}[base(lang)]
    return f"{n} {rng.choice(w)}"


def n_pct(rng, lang, P, fmt):
    v = rng.choice([10, 15, 20, 25, 30, 50, 12.5])
    s = str(v).replace(".", ",") if base(lang) != "en" else str(v)
    return s + rng.choice(["%", " %"]) if base(lang) == "fr" else s + "%"


def n_year(rng, lang, P, fmt):
    return str(rng.choice([2019, 2022, 2023, 2024, 2025, 2026]))


def n_order(rng, lang, P, fmt):
    k = rng.randrange(5)
    if k == 0:
        return "BK-" + str(rng.choice([2025, 2026])) + "-" + rdig(rng, 5)
    if k == 1:
        return rstr(rng, UPPER_ALNUM, 6)
    if k == 2:
        return rdig(rng, 10)
    if k == 3:
        return "RES" + rdig(rng, 7)
    return rdig(rng, 4) + "." + rdig(rng, 3) + "." + rdig(rng, 3)


def n_pnr(rng, lang, P, fmt):
    return rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4)


def n_ticket(rng, lang, P, fmt):
    k = rng.randrange(4)
    return ["#" + rdig(rng, 7), "CAS-" + rdig(rng, 6) + "-" + rstr(rng, "BCDFGHJKLMNPQRSTVWXZ", 4), rdig(rng, 8), "SR" + rdig(rng, 9)][k]


def n_invoice(rng, lang, P, fmt):
    return rng.choice(["F", "INV-", "FAC", "2025-"]) + rdig(rng, rng.choice([6, 7]))


def n_tracking(rng, lang, P, fmt):
    return rng.choice(["3S" + rstr(rng, UPPER_ALNUM, 13), "1Z" + rstr(rng, UPPER_ALNUM, 16), "JVGL" + rdig(rng, 16),
                       "CD" + rdig(rng, 9) + "BE"])


def n_reqid(rng, lang, P, fmt):
    h = rstr(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def n_error(rng, lang, P, fmt):
    return rng.choice(["E-" + rdig(rng, 4), "ERR_" + rng.choice(["PAYMENT_DECLINED", "CONNECTION_RESET", "SESSION_EXPIRED"]),
                       "0x" + rstr(rng, "0123456789ABCDEF", 8), "error " + rng.choice(["403", "500", "502", "429"]),
                       "code " + rdig(rng, 3), "AUTH-" + rdig(rng, 3)])


def n_version(rng, lang, P, fmt):
    return rng.choice(["v", "", "versie " if base(lang) == "nl" else "version "]) + f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"


def n_model(rng, lang, P, fmt):
    return rng.choice(P["model"])


def n_product(rng, lang, P, fmt):
    return rng.choice(["SKU-", "ART", "PRD-", ""]) + rdig(rng, 6) + rng.choice(["", "-" + rstr(rng, "ABCXZ", 2)])


def n_flight(rng, lang, P, fmt):
    return rng.choice(["KL", "HV", "SN", "FR", "U2", "BA", "LH", "TB", "CND", "DL"]) + rng.choice(["", " "]) + str(rng.randint(12, 8999))


def n_cphone(rng, lang, P, fmt):
    return rng.choice(P["cphone_" + lang])


def n_kvk(rng, lang, P, fmt):
    k = rng.randrange(4)
    if base(lang) == "nl" and lang == "nl":
        return rng.choice(["KvK " + rdig(rng, 8), "KvK-nummer " + rdig(rng, 8), "BTW NL" + rdig(rng, 9) + "B01", "btw-id NL" + rdig(rng, 9) + "B0" + str(rng.randint(1, 9))])
    if is_be(lang):
        d = "0" + rdig(rng, 9)
        return rng.choice([f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BTW BE{d}", f"TVA BE {d[:4]}.{d[4:7]}.{d[7:]}", f"KBO {d}", f"RPR {d[:4]}.{d[4:7]}.{d[7:]}"])
    if lang == "en-gb":
        return rng.choice(["Company No. " + rdig(rng, 8), "VAT GB " + rdig(rng, 3) + " " + rdig(rng, 4) + " " + rdig(rng, 2), "registered in England no. " + rdig(rng, 8)])
    return rng.choice(["EIN " + rdig(rng, 2) + "-" + rdig(rng, 7), "SIREN " + rdig(rng, 3) + " " + rdig(rng, 3) + " " + rdig(rng, 3)])


def n_url(rng, lang, P, fmt):
    return rng.choice(P["url"])


def n_mention(rng, lang, P, fmt):
    return rng.choice(P["mention"])


def n_hashtag(rng, lang, P, fmt):
    return rng.choice(P["hashtag"])


def n_masked(rng, lang, P, fmt):
    return rng.choice(["**** **** **** " + rdig(rng, 4), "****" + rdig(rng, 4), "XXXX-XXXX-XXXX-" + rdig(rng, 4),
                       "NL** **** **** **" + rdig(rng, 2) + " " + rdig(rng, 2), "BE** **** **** " + rdig(rng, 4),
                       "•••• " + rdig(rng, 4), "06-****" + rdig(rng, 4), "j***@" + rng.choice(["gmail.com", "hotmail.com", "telenet.be"]),
                       "************" + rdig(rng, 4), "xxxx xxxx xxxx " + rdig(rng, 4)])


def n_meter(rng, lang, P, fmt):
    return f"{rng.randint(100, 99999)}{',' if base(lang) != 'en' else '.'}{rng.randint(0, 9)} kWh" if rng.random() < 0.6 else f"{rng.randint(10, 9999)} m3"


def n_port(rng, lang, P, fmt):
    return rng.choice(["443", "8080", "3389", "22", "5060", "8443", "25565", "1194"])


def n_checksum(rng, lang, P, fmt):
    return rng.choice(["sha256:" + rstr(rng, HEX, 64), "md5 " + rstr(rng, HEX, 32), rstr(rng, HEX, 8).upper()])


NEG_GEN = {
    "date": ("date", n_date), "time": ("time", n_time), "amount": ("amount", n_amount), "qty": ("quantity", n_qty),
    "pct": ("percentage", n_pct), "year": ("year", n_year), "order": ("order_number", n_order),
    "pnr": ("order_number", n_pnr), "ticket": ("ticket_number", n_ticket), "invoice": ("invoice_number", n_invoice),
    "tracking": ("tracking_number", n_tracking), "reqid": ("request_id", n_reqid), "error": ("error_code", n_error),
    "version": ("version_string", n_version), "model": ("model_number", n_model), "product": ("product_code", n_product),
    "flight": ("flight_number", n_flight), "cphone": ("company_phone", n_cphone),
    "kvk": ("company_registration", n_kvk), "url": ("url", n_url), "mention": ("mention", n_mention),
    "hashtag": ("hashtag", n_hashtag), "masked": ("masked_value", n_masked), "meter": ("meter_reading", n_meter),
    "port": ("port", n_port), "checksum": ("checksum", n_checksum),
}
