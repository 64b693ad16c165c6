"""Value generators for blind115 (stdlib only). Every labelled value and every hard negative is made here."""
import string

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def fam(loc):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(loc, "en")


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(cc, bban):
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def bsn_ok(d):
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def rrn_ok(d):
    if len(d) != 11:
        return False
    chk = int(d[9:])
    return 97 - int(d[:9]) % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high-risk values
def card(rng, loc):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "bcmc", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + digits(rng, 5), 16, rng)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        st = rng.choice(["4-6-5", "none", "4-6-5d"])
        if st == "none":
            return n
        sep = "-" if st.endswith("d") else " "
        return sep.join([n[:4], n[4:10], n[10:]])
    elif kind == "bcmc":
        n = luhn_complete("67030" + digits(rng, 2), 17, rng)
    else:
        n = luhn_complete("6759", 16, rng)
    st = rng.choice(["sp", "sp", "none", "dash", "dot"])
    groups = [n[i:i + 4] for i in range(0, len(n), 4)]
    if st == "none":
        return n
    return {"sp": " ", "dash": "-", "dot": "."}[st].join(groups)


def cvv(rng, loc):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, loc):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}.20{y}"])


def iban(rng, loc):
    r = rng.random()
    if (loc == "nl" and r < 0.8) or (loc != "nl" and r < 0.15):
        v = iban_make("NL", rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10))
    elif (loc in ("nl-be", "fr-be") and r < 0.85) or r < 0.3:
        d = digits(rng, 10)
        c = int(d) % 97 or 97
        v = iban_make("BE", d + f"{c:02d}")
    elif loc == "en-gb" or r < 0.55:
        v = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    elif r < 0.8:
        v = iban_make("DE", digits(rng, 18))
    else:
        v = iban_make("FR", digits(rng, 23))
    st = rng.random()
    if st < 0.55:
        out = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif st < 0.85:
        out = v
    else:
        out = " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()
    return out


def bsn(rng, loc):
    if loc in ("nl-be", "fr-be") or (loc != "nl" and rng.random() < 0.3):
        y = rng.randint(1945, 2015)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(1, 997)
        base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
        n = int(base) if y < 2000 else int("2" + base)
        full = base + f"{97 - n % 97:02d}"
        st = rng.choice(["dots", "dots", "plain", "space", "dash"])
        if st == "dots":
            return f"{full[:2]}.{full[2:4]}.{full[4:6]}-{full[6:9]}.{full[9:]}"
        if st == "space":
            return f"{full[:6]} {full[6:9]} {full[9:]}"
        if st == "dash":
            return f"{full[:6]}-{full[6:9]}-{full[9:]}"
        return full
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            break
    s = "".join(map(str, d)) + str(last)
    st = rng.choice(["plain", "plain", "dots", "space"])
    if st == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if st == "space":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


LOWER_WORDS = ["zomer", "winter", "bello", "poes", "tijger", "fiets", "molen", "appel", "sunny", "rover", "biscuit", "maple",
               "papillon", "soleil", "chaton", "lotus", "kiwi", "panda", "storm", "haven", "tulip", "oak", "marmot", "pixel"]


def password(rng, loc):
    st = rng.random()
    w = rng.choice(LOWER_WORDS)
    if st < 0.35:
        return w.capitalize() + str(rng.randint(1970, 2024)) + rng.choice(["!", "?", "#", "", "$", "*"])
    if st < 0.6:
        pool = string.ascii_letters + string.digits + "!#$%&*?@-_"
        return "".join(rng.choice(pool) for _ in range(rng.randint(9, 16)))
    if st < 0.8:
        return "-".join(rng.choice(LOWER_WORDS) for _ in range(3)) + str(rng.randint(1, 99))
    return w[0].upper() + w[1:].replace("o", "0").replace("e", "3") + "_" + digits(rng, 3)


def username(rng, loc, persona):
    f, l = persona["first"].lower(), persona["last"].lower().replace(" ", "")
    st = rng.randint(0, 5)
    return [f + l[:1] + digits(rng, 2), f"{f}.{l}", f"{f}_{l}{rng.randint(70, 99)}", l + digits(rng, 4),
            f[0] + l, f"{f}{rng.choice(['fit', 'mama', 'papa', 'pet', 'dog'])}{rng.randint(1, 99)}"][st]


def pin(rng, loc):
    st = rng.random()
    if st < 0.6:
        return digits(rng, 4)
    if st < 0.8:
        return digits(rng, 6)
    if st < 0.9:
        return digits(rng, 4) + "#"
    return digits(rng, 5)


def puk(rng, loc):
    v = digits(rng, 8)
    return v if rng.random() < 0.7 else v[:4] + " " + v[4:]


NUMWORDS = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
            "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
            "en": "zero one two three four five six seven eight nine".split()}


def otp(rng, loc):
    st = rng.random()
    v = digits(rng, 6)
    if st < 0.55:
        return v
    if st < 0.72:
        return v[:3] + " " + v[3:]
    if st < 0.8:
        return v[:3] + "-" + v[3:]
    if st < 0.88:
        return digits(rng, rng.choice([4, 5, 8]))
    words = NUMWORDS[fam(loc)]
    return rng.choice([" ", "-", ", "]).join(words[int(c)] for c in v)


def wifi_key(rng, loc):
    st = rng.random()
    if st < 0.4:
        pool = string.ascii_letters + string.digits
        return "".join(rng.choice(pool) for _ in range(rng.choice([10, 12, 16, 20])))
    if st < 0.7:
        return rng.choice(LOWER_WORDS) + rng.choice(["-", "_", ""]) + rng.choice(LOWER_WORDS) + digits(rng, 2)
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + \
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + \
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


def _an(rng, n, pool=string.ascii_letters + string.digits):
    return "".join(rng.choice(pool) for _ in range(n))


def api_key(rng, loc):
    st = rng.randint(0, 7)
    if st == 0:
        return "sk_live_" + _an(rng, 24)
    if st == 1:
        return "AKIA" + _an(rng, 16, string.ascii_uppercase + string.digits)
    if st == 2:
        return _an(rng, 40, string.ascii_letters + string.digits + "/+")
    if st == 3:
        return "AIza" + _an(rng, 35, string.ascii_letters + string.digits + "-_")
    if st == 4:
        return "pk_test_" + _an(rng, 24)
    if st == 5:
        return "SG." + _an(rng, 22) + "." + _an(rng, 43)
    if st == 6:
        return _an(rng, 32, "0123456789abcdef")
    return "key-" + _an(rng, 32, "0123456789abcdef")


def token(rng, loc):
    st = rng.randint(0, 5)
    b64 = string.ascii_letters + string.digits + "-_"
    if st == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _an(rng, 48, b64) + "." + _an(rng, 43, b64)
    if st == 1:
        return _an(rng, 40, "0123456789abcdef")
    if st == 2:
        return "ghp_" + _an(rng, 36)
    if st == 3:
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + _an(rng, 24)
    if st == 4:
        return _an(rng, 64, "0123456789abcdef")
    return "ya29." + _an(rng, 60, b64)


def ip_address(rng, loc):
    if rng.random() < 0.15:
        return f"2a02:{_an(rng, 4, '0123456789abcdef')}:{_an(rng, 4, '0123456789abcdef')}:{rng.randint(1, 9)}::{_an(rng, 2, '0123456789abcdef')}"
    first = rng.choice([31, 37, 62, 77, 78, 81, 82, 84, 86, 91, 94, 109, 141, 145, 176, 188, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- other personal data
def phone(rng, loc):
    if loc == "nl":
        if rng.random() < 0.75:
            s = "6" + digits(rng, 8)
            st = rng.randint(0, 7)
            return ["0" + s[:1] + "-" + s[1:], "0" + s, f"06 {s[1:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"+31 6 {s[1:5]} {s[5:]}",
                    "+31" + s, f"0031 6 {s[1:]}", f"06 - {s[1:5]} {s[5:]}", f"(06) {s[1:]}"][st]
        a = rng.choice(["20", "10", "30", "70", "50", "43", "24", "40"])
        r = digits(rng, 7)
        return rng.choice([f"0{a}-{r}", f"0{a} {r[:3]} {r[3:]}", f"+31 {a} {r[:3]} {r[3:]}", f"0{a}{r}"])
    if loc in ("nl-be", "fr-be"):
        if rng.random() < 0.75:
            p = "4" + rng.choice("789") + digits(rng, 1)
            r = digits(rng, 6)
            st = rng.randint(0, 6)
            return [f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                    f"0032{p}{r}", f"0{p}{r}", f"0{p}/{r}", f"+32 (0){p} {r[:3]} {r[3:]}"][st]
        a = rng.choice(["2", "9", "3", "4", "16", "50", "10", "81"])
        r = digits(rng, 8 - len(a))
        return rng.choice([f"0{a} {r[:3]} {r[3:5]} {r[5:]}" if len(a) == 1 else f"0{a} {r[:2]} {r[2:4]} {r[4:]}",
                           f"0{a}/{r}", f"+32 {a} {r}"])
    if loc == "en-gb":
        if rng.random() < 0.7:
            r = digits(rng, 9)
            return rng.choice([f"07{r[:3]} {r[3:]}", f"07{r}", f"+44 7{r[:3]} {r[3:]}", f"+44 (0)7{r[:3]} {r[3:6]} {r[6:]}",
                               f"07{r[:3]}-{r[3:]}", f"0044 7{r}"])
        a = rng.choice(["20 7946", "113 496", "161 496", "117 496", "131 496"])
        return rng.choice([f"0{a} {digits(rng, 4)}", f"+44 {a} {digits(rng, 4)}"])
    a = str(rng.choice([212, 312, 415, 503, 512, 617, 720, 919, 608, 614, 303, 206]))
    e = str(rng.randint(201, 989))
    n = digits(rng, 4)
    return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}", f"{a} {e} {n}",
                       f"+1 ({a}) {e}-{n}"])


DOMAINS = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "planet.nl", "live.nl", "xs4all.nl", "icloud.com"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "live.be"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com"],
           "en-us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "protonmail.com"]}


def _ascii(s):
    tr = str.maketrans("éèëêïöüçàâ' ", "eeeeioucaa--")
    return s.lower().translate(tr).replace("-", "")


def email(rng, loc, persona):
    f, l = _ascii(persona["first"]), _ascii(persona["last"])
    dom = rng.choice(DOMAINS[loc])
    st = rng.randint(0, 7)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(70, 99)}", f"{f}_{l}", f"{f}.{l[0]}", f"{l}.{f}",
             f"{f}{rng.randint(1, 999)}", f"{f}.{l}{rng.randint(1, 9)}"][st]
    if rng.random() < 0.06:
        return f"{local} [at] {dom}" if rng.random() < 0.5 else f"{local}(at){dom}"
    out = f"{local}@{dom}"
    return out.upper() if rng.random() < 0.03 else out


def address(rng, loc, persona, pools):
    street = rng.choice(pools["street_" + loc])
    city = rng.choice(pools["city_" + loc])
    num = rng.randint(1, 240)
    if loc == "nl":
        suf = rng.choice(["", "", "", "a", "-2", " B", "-hs", " III"])
        pc = f"{city[1]}{rng.randint(0, 99):02d} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        st = rng.randint(0, 4)
        return [f"{street} {num}{suf}, {pc} {city[0]}", f"{street} {num}{suf}", f"{street} {num}{suf} {pc.replace(' ', '')} {city[0]}",
                f"{street} {num}{suf}, {pc.replace(' ', '')}, {city[0].upper()}", f"{street.lower()} {num}{suf} {city[0].lower()}"][st]
    if loc in ("nl-be", "fr-be"):
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}", f" bte {rng.randint(1, 8)}" if loc == "fr-be" else f" b{rng.randint(1, 9)}"])
        st = rng.randint(0, 3)
        return [f"{street} {num}{bus}, {city[1]} {city[0]}", f"{street} {num}{bus}", f"{street} {num}{bus} {city[1]} {city[0]}",
                f"{street}, {num}{bus} - {city[1]} {city[0]}"][st]
    if loc == "en-gb":
        pc = f"{city[1]}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 20)}, ", f"{rng.randint(1, 9)}{rng.choice('ABC')} "])
        st = rng.randint(0, 2)
        return [f"{flat}{num} {street}, {city[0]} {pc}", f"{num} {street}, {city[0]}, {pc}", f"{flat}{num} {street}"][st]
    apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 40)}"])
    zipc = f"{city[2]}{rng.randint(0, 99):02d}"
    st = rng.randint(0, 2)
    return [f"{rng.randint(10, 9999)} {street}{apt}, {city[0]}, {city[1]} {zipc}", f"{rng.randint(10, 9999)} {street}{apt}",
            f"{rng.randint(10, 9999)} {street}{apt} {city[0]} {city[1]} {zipc}"][st]


def date_of_birth(rng, loc):
    y, m, d = rng.randint(1938, 2021), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(loc)
    if f == "nl":
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                           f"{d} {MONTHS['nl'][m - 1][:3]} {y}"])
    if f == "fr":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"])
    if loc == "en-gb":
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}{sfx} {MONTHS['en'][m - 1]} {y}", f"{d} {MONTHS['en'][m - 1][:3]} {y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}"])


def customer_number(rng, loc):
    st = rng.randint(0, 11)
    return [digits(rng, 8), "KL-" + digits(rng, 7), "GYM-00" + digits(rng, 4), "POL" + digits(rng, 9), digits(rng, 6),
            "M" + digits(rng, 7), "8716" + digits(rng, 14), "PV-" + digits(rng, 7), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            "ST-" + rng.choice(["A", "B", "C"]) + digits(rng, 5), "5414" + digits(rng, 14), "LL" + digits(rng, 6)][st]


# ---------------------------------------------------------------- hard negatives
def neg_date(rng, loc):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2025)
    f = fam(loc)
    if f == "nl":
        return rng.choice([f"{d} {MONTHS['nl'][m - 1]}", f"{d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {MONTHS['nl'][m - 1][:3]}", f"{d:02d}-{m:02d}"])
    if f == "fr":
        return rng.choice([f"{d} {MONTHS['fr'][m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}"])
    if loc == "en-us":
        return rng.choice([f"{MONTHS['en'][m - 1]} {d}", f"{m}/{d}", f"{m}/{d}/{y}"])
    return rng.choice([f"{d} {MONTHS['en'][m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1][:3]}"])


def neg_time(rng, loc):
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    f = fam(loc)
    if f == "nl":
        return rng.choice([f"{h}:{mi:02d}", f"{h}u{mi:02d}" if mi else f"{h}u", f"{h}.{mi:02d}"])
    if f == "fr":
        return rng.choice([f"{h}h{mi:02d}" if mi else f"{h}h", f"{h}:{mi:02d}"])
    h12 = h - 12 if h > 12 else h
    return rng.choice([f"{h}:{mi:02d}", f"{h12}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h12}{'pm' if h >= 12 else 'am'}"])


def neg_amount(rng, loc):
    e, c = rng.randint(5, 2400), rng.randint(0, 99)
    if loc == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"£ {e}.{c:02d}"])
    if loc == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e:,}", f"{e} dollars"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"{e} €", f"€{e}"])


def neg_quantity(rng, loc):
    f = fam(loc)
    n = rng.randint(2, 40)
    units = {"nl": ["dozen", "m³", "kg", "lessen", "sessies", "uur", "stuks"], "fr": ["cartons", "m³", "kg", "leçons", "séances", "heures"],
             "en": ["boxes", "sq ft", "kg", "lessons", "sessions", "hours", "crates"]}[f]
    return f"{n} {rng.choice(units)}"


def neg_percentage(rng, loc):
    p = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5])
    s = str(p).replace(".", ",") if fam(loc) != "en" else str(p)
    return rng.choice([f"{s}%", f"{s} %"])


def neg_year(rng, loc):
    return str(rng.randint(2015, 2025))


def neg_order_number(rng, loc):
    return rng.choice([f"ORD-{rng.randint(2023, 2025)}-{digits(rng, 5)}", f"#{digits(rng, 9)}", f"BST{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
                       f"WO{digits(rng, 6)}"])


def neg_ticket_number(rng, loc):
    return rng.choice([f"CS-{digits(rng, 6)}", f"#{digits(rng, 7)}", f"{rng.randint(2023, 2025)}-{digits(rng, 6)}", f"INC{digits(rng, 7)}",
                       f"SR-{digits(rng, 5)}", f"CLM{digits(rng, 8)}", f"D/{rng.randint(2023, 2025)}/{digits(rng, 4)}"])


def neg_invoice_number(rng, loc):
    return rng.choice([f"F{rng.randint(2023, 2025)}-{digits(rng, 5)}", f"INV-{digits(rng, 7)}", f"{rng.randint(2023, 2025)}/{digits(rng, 4)}",
                       f"FAC{digits(rng, 6)}", f"RE-{digits(rng, 6)}"])


def neg_tracking_number(rng, loc):
    U = string.ascii_uppercase
    return rng.choice(["3S" + _an(rng, 4, U) + digits(rng, 7), "1Z" + _an(rng, 6, U + string.digits) + digits(rng, 10),
                       "JVGL" + digits(rng, 14), _an(rng, 2, U) + digits(rng, 9) + rng.choice(["NL", "BE", "GB"]), "CD" + digits(rng, 9) + "BE",
                       digits(rng, 12)])


def neg_request_id(rng, loc):
    h = "0123456789abcdef"
    return rng.choice([f"{_an(rng, 8, h)}-{_an(rng, 4, h)}-4{_an(rng, 3, h)}-{rng.choice('89ab')}{_an(rng, 3, h)}-{_an(rng, 12, h)}",
                       "req_" + _an(rng, 16, h), "REQ-" + digits(rng, 10)])


def neg_error_code(rng, loc):
    return rng.choice([f"E{rng.randint(100, 999)}", f"ERR-{digits(rng, 4)}", f"0x8007{_an(rng, 4, '0123456789ABCDEF')}", "ERR_CONNECTION_RESET",
                       f"HTTP {rng.choice([401, 403, 500, 502, 503])}", f"AUTH_{rng.randint(1, 99):03d}", f"{rng.choice([401, 403, 500])}"])


def neg_version_string(rng, loc):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"Android {rng.randint(11, 15)}",
                       f"build {rng.randint(100, 9999)}"])


def neg_masked_value(rng, loc):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
                       f"BE** **** **** {digits(rng, 4)}", f"06-****{digits(rng, 4)}", f"XXXX-XXXX-XXXX-{digits(rng, 4)}", f"•••• {digits(rng, 4)}",
                       f"j***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"+44 7*** ***{digits(rng, 3)}", f"***-**-{digits(rng, 4)}",
                       f"0475 ** ** {digits(rng, 2)}"])


def neg_meter_reading(rng, loc):
    return rng.choice([digits(rng, 5), f"{rng.randint(1, 99)}.{digits(rng, 3)}", f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(100, 9999)},{digits(rng, 1)}"])


def neg_port(rng, loc):
    return str(rng.choice([22, 80, 443, 8080, 8443, 3389, 5000, 1883, 554, 8123]))


def neg_checksum(rng, loc):
    h = "0123456789abcdef"
    return rng.choice([_an(rng, 64, h), _an(rng, 32, h), _an(rng, 40, h)])


def neg_flight_number(rng, loc):
    return rng.choice(["KL", "HV", "SN", "FR", "BA", "U2", "UA", "TB", "LH"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def neg_product_code(rng, loc):
    return rng.choice([f"SKU-{digits(rng, 5)}-{rng.choice('ABCX')}", f"ART.{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}", f"PC{digits(rng, 4)}",
                       "871" + digits(rng, 10), f"{_an(rng, 3, string.ascii_uppercase)}-{digits(rng, 4)}"])


def neg_company_registration(rng, loc):
    if loc == "nl":
        return rng.choice([digits(rng, 8), f"NL{digits(rng, 9)}B{rng.randint(1, 9):02d}"])
    if loc in ("nl-be", "fr-be"):
        d = "0" + digits(rng, 9)
        return rng.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if loc == "en-gb":
        return rng.choice([f"0{digits(rng, 7)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", f"{digits(rng, 9)}"])


def neg_company_phone(rng, loc):
    if loc == "nl":
        return rng.choice([f"0800-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0900-{digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                           f"+31 88 {digits(rng, 3)} {digits(rng, 4)}"])
    if loc in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"070 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                           f"+32 78 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
    if loc == "en-gb":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0330 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {rng.randint(200, 999)}-{digits(rng, 4)}", f"1 (877) {rng.randint(200, 999)}-{digits(rng, 4)}"])


def neg_model_number(rng, loc, pools):
    return rng.choice(pools["model"])


def neg_url(rng, loc, pools):
    return rng.choice(pools["url"])


def neg_mention(rng, loc, pools):
    return rng.choice(pools["mention"])


def neg_hashtag(rng, loc, pools):
    return rng.choice(pools["hashtag"])
