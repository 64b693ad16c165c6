"""Value generators for the blind127 corpus (labelled values and hard negatives).

Every generator takes (rng, loc, hint, ctx) and returns a string. loc is one of
nl, be, fr, gb, us (fr = Belgian French). hint is the optional variant from the
template placeholder ({p:iban=de} -> hint 'de').
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase


def rd(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0 and len(s) >= 12


def iban_ok(iban):
    s = "".join(c for c in iban if c.isalnum()).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- builders
def _luhn_complete(prefix, length, rng):
    body = prefix + rd(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, loc, hint, ctx):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        ctx["_amex"] = True
        style = rng.random()
        if style < 0.6:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return n if style < 0.85 else f"{n[:4]}-{n[4:10]}-{n[10:]}"
    pre = "4" if kind == "visa" else rng.choice(["51", "52", "53", "54", "55", "2221"])
    n = _luhn_complete(pre, 16, rng)
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    style = rng.random()
    if style < 0.45:
        return " ".join(g)
    if style < 0.7:
        return n
    if style < 0.85:
        return "-".join(g)
    if style < 0.93:
        return ".".join(g)
    return "  ".join(g) if rng.random() < 0.3 else n[:8] + " " + n[8:]


def cvv(rng, loc, hint, ctx):
    return rd(rng, 4 if ctx.get("_amex") else 3)


def card_expiry(rng, loc, hint, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}",
                       f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}.20{y}"])


def _iban_cc(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - n % 97:02d}"


def iban(rng, loc, hint, ctx):
    country = hint.upper() if hint in ("nl", "be", "de", "fr", "gb", "lu", "es") else None
    if not country:
        country = {"nl": "NL", "be": "BE", "fr": "BE", "gb": "GB", "us": rng.choice(["NL", "GB", "DE"])}[loc]
        if rng.random() < 0.12:
            country = rng.choice(["NL", "BE", "DE", "FR", "GB", "LU", "ES"])
    if country == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rd(rng, 10)
    elif country == "BE":
        b = rd(rng, 10)
        c = int(b) % 97 or 97
        bban = b + f"{c:02d}"
    elif country == "DE":
        bban = rd(rng, 18)
    elif country == "FR":
        bank, br, acc = rd(rng, 5), rd(rng, 5), rd(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
        bban = bank + br + acc + f"{key:02d}"
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rd(rng, 14)
    elif country == "LU":
        bban = rd(rng, 3) + rd(rng, 13)
    else:  # ES
        bban = rd(rng, 20)
    s = country + _iban_cc(country, bban) + bban
    assert iban_ok(s)
    st = rng.random()
    if st < 0.45:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif st < 0.8:
        out = s
    elif st < 0.9:
        out = s.lower()
    else:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return out


def bsn(rng, loc, hint, ctx):
    if hint == "rrn" or (hint != "nl" and loc in ("be", "fr")):
        return rrn(rng)
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            assert bsn_ok(v)
            st = rng.random()
            if st < 0.6:
                return v
            if st < 0.8:
                return f"{v[:4]}.{v[4:6]}.{v[6:]}"
            return f"{v[:3]} {v[3:6]} {v[6:]}"


def rrn(rng):
    y = rng.randint(1948, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 998)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" if y >= 2000 else "") + base)
    c = 97 - n % 97
    v = base + f"{c:02d}"
    assert rrn_ok(v)
    st = rng.random()
    if st < 0.45:
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if st < 0.75:
        return v
    if st < 0.9:
        return f"{v[:6]} {v[6:9]} {v[9:]}"
    return f"{v[:6]}-{v[6:9]}-{v[9:]}"


def phone(rng, loc, hint, ctx):
    land = hint == "land" or (hint != "mob" and rng.random() < 0.22)
    if loc == "nl":
        if land:
            area = rng.choice(["020", "010", "030", "070", "040", "050", "0318", "0299", "024"])
            rest = rd(rng, 10 - len(area))
            return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"+31 {area[1:]} {rest}", f"{area}{rest}"])
        n = rd(rng, 8)
        return rng.choice([f"06-{n}", f"06 {n}", f"06{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                           f"+31 6 {n}", f"+316{n}", f"0031 6 {n[:4]} {n[4:]}", f"+31 (0)6 {n}",
                           f"06-{n[:4]} {n[4:]}"])
    if loc in ("be", "fr"):
        if land:
            a = rng.choice(["02", "03", "09", "016", "011", "04", "010", "081", "050"])
            r = rd(rng, 9 - len(a))
            r2 = f"{r[:3]} {r[3:5]} {r[5:]}" if len(r) == 7 else f"{r[:2]} {r[2:4]} {r[4:]}"
            return rng.choice([f"{a} {r2}", f"{a}/{r}", f"+32 {a[1:]} {r2}", f"{a}{r}"])
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "490", "494", "495", "496", "497", "498", "499"])
        r = rd(rng, 6)
        return rng.choice([f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}",
                           f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}{r}", f"+32{p}{r}",
                           f"0032 {p} {r}", f"0{p} {r[:3]} {r[3:]}", f"0{p}/{r}"])
    if loc == "gb":
        if land:
            return rng.choice([f"020 7{rd(rng, 3)} {rd(rng, 4)}", f"0161 {rd(rng, 3)} {rd(rng, 4)}",
                               f"0113 {rd(rng, 3)} {rd(rng, 4)}", f"+44 20 7{rd(rng, 3)} {rd(rng, 4)}",
                               f"01632 {rd(rng, 6)}"])
        r = rd(rng, 6)
        p = "7" + rng.choice(["700", "712", "723", "734", "745", "756", "787", "798", "809", "411", "958"])
        return rng.choice([f"0{p} {r}", f"0{p}{r}", f"+44 {p} {r}", f"+44 (0){p} {r}",
                           f"0{p} {r[:3]} {r[3:]}", f"+44{p}{r}", f"00 44 {p} {r}"])
    ac = rng.choice(["212", "312", "415", "512", "617", "646", "702", "737", "818", "919", "206", "303"])
    a, b = rd(rng, 3), rd(rng, 4)
    while a.startswith(("0", "1")) or a == "555":
        a = rd(rng, 3)
    return rng.choice([f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}",
                       f"+1 ({ac}) {a}-{b}", f"1-{ac}-{a}-{b}", f"{ac}{a}{b}", f"{ac} {a} {b}"])


def email(rng, loc, hint, ctx):
    first = ctx["first"].lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("è", "e").replace("ï", "i").replace("'", "")
    last = ctx["last"].lower().replace(" ", "").replace("'", "").replace("é", "e")
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl", "icloud.com"],
           "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be"],
           "fr": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "live.be"],
           "gb": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "icloud.com"],
           "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "protonmail.com"]}[loc]
    y = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1, 99))
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}{y}",
                        f"{first}{y}", f"{last}.{first[0]}", f"{first}.{last}{y}", f"{first}-{last}"])
    if hint == "work":
        return f"{first}.{last}@" + rng.choice(["bakkerij-devos.be", "studio-mols.nl", "hillside-events.co.uk", "brightpath-consulting.com", "kantoorvanleeuwen.nl"])
    return f"{local}@{rng.choice(dom)}"


def address(rng, loc, hint, ctx):
    pools = ctx["pools"]
    num = str(rng.randint(1, 240))
    if rng.random() < 0.15:
        num += rng.choice(["a", "b", "A", "-2", " bis", "B"]) if loc != "us" else ""
    if loc == "nl":
        st = rng.choice(pools["street_nl"])
        city = rng.choice(pools["city_nl"])
        pc = f"{rng.randint(1011, 9999)} {rng.choice(UP)}{rng.choice(UP)}"
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        return rng.choice([f"{st} {num}, {pc} {city}", f"{st} {num}\n{pc}  {city.upper()}" if hint == "ml" else f"{st} {num} {pc} {city}",
                           f"{st} {num}, {city}", f"{st} {num}", f"{st} {num}, {pc}, {city}"])
    if loc == "be":
        st = rng.choice(pools["street_be"])
        city = rng.choice(pools["city_be"])
        pc = str(rng.randint(1000, 9990))
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", f" bus 0{rng.randint(1, 3)}.{rng.randint(1, 9)}"])
        return rng.choice([f"{st} {num}{bus}, {pc} {city}", f"{st} {num}{bus} {pc} {city}", f"{st} {num}{bus}, {city}", f"{st} {num}{bus}"])
    if loc == "fr":
        st = rng.choice(pools["street_fr"])
        city = rng.choice(pools["city_fr"])
        pc = str(rng.randint(1000, 7999))
        bte = rng.choice(["", "", f" bte {rng.randint(1, 9)}", f"/{rng.randint(1, 6)}", f" boîte {rng.randint(1, 20)}"])
        return rng.choice([f"{st} {num}{bte}, {pc} {city}", f"{st}, {num}{bte} à {pc} {city}", f"{st} {num}{bte}", f"{num}, {st}, {pc} {city}"])
    if loc == "gb":
        st = rng.choice(pools["street_gb"])
        town, pcd = rng.choice(pools["city_gb"])
        pc = f"{pcd}{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, "])
        return rng.choice([f"{flat}{num} {st}, {town} {pc}", f"{flat}{num} {st}, {town}, {pc}", f"{num} {st}, {pc}", f"{num} {st}"])
    st = rng.choice(pools["street_us"])
    city, state, z = rng.choice(pools["city_us"])
    num = str(rng.randint(12, 9800))
    apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 40)}"])
    zz = z + rd(rng, 2)[:0]
    return rng.choice([f"{num} {st}{apt}, {city}, {state} {zz}", f"{num} {st}{apt}, {city} {state} {zz}", f"{num} {st}{apt}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _mlang(loc):
    return "nl" if loc in ("nl", "be") else "fr" if loc == "fr" else "en"


def date_of_birth(rng, loc, hint, ctx):
    y, m, d = rng.randint(1944, 2005), rng.randint(1, 12), rng.randint(1, 28)
    ml = MONTHS[_mlang(loc)]
    if loc == "us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{ml[m-1]} {d}, {y}", f"{m}-{d}-{y % 100:02d}"])
    if loc == "gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {ml[m-1]} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}th {ml[m-1][:3]} {y}" if d in (4, 5, 6, 7, 8, 9) else f"{d:02d}.{m:02d}.{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {ml[m-1]} {y}",
                       f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])


def customer_number(rng, loc, hint, ctx):
    if hint == "ean":
        return "8716" + rd(rng, 14) if loc == "nl" else "5414" + rd(rng, 14)
    return rng.choice([rd(rng, 8), rd(rng, 9), rd(rng, 7), "KL" + rd(rng, 7), "C-" + rd(rng, 6),
                       rd(rng, 3) + "-" + rd(rng, 3) + "-" + rd(rng, 3), "100" + rd(rng, 7),
                       "M" + rd(rng, 8), rd(rng, 4) + " " + rd(rng, 4), "CUS" + rd(rng, 6), "A" + rd(rng, 2) + "-" + rd(rng, 5)])


def username(rng, loc, hint, ctx):
    f, l = ctx["first"].lower().replace(" ", ""), ctx["last"].lower().replace(" ", "").replace("'", "")
    f = f.replace("é", "e").replace("ë", "e").replace("è", "e").replace("ï", "i")
    l = l.replace("é", "e")
    return rng.choice([f"{f}.{l}", f"{f}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{l[:3]}{rng.randint(70, 99)}",
                       f"{l}{f[0]}{rng.randint(1, 9)}", f"{f.capitalize()}{l.capitalize()}", f"{f}-{rng.randint(1980, 2004)}",
                       f"{f}{l}", f"{l.upper()}{rd(rng, 3)}"])


PW_WORDS = ["Zomer", "Bruiloft", "Tulp", "Fiets", "Konijn", "Sunshine", "Dragon", "Liverpool", "Chelsea", "Bruxelles",
            "Mariage", "Soleil", "Voetbal", "Kaas", "Welkom", "Hondje", "Scooter", "Parking", "Lente", "Winter", "Amour", "Mickey"]


def password(rng, loc, hint, ctx):
    st = rng.random()
    if st < 0.4:
        w = rng.choice(PW_WORDS)
        return w + rng.choice(["", "!", "#", "@", "_", "."]) + str(rng.randint(1, 2026)) + rng.choice(["!", "", "?", "$", "#"])
    if st < 0.7:
        pool = string.ascii_letters + DIG + "!@#$%&*?"
        while True:
            s = "".join(rng.choice(pool) for _ in range(rng.randint(9, 16)))
            if s[-1] not in ".,":
                return s
    if st < 0.85:
        return rng.choice(PW_WORDS).lower() + rng.choice(PW_WORDS) + rd(rng, 2)
    return rng.choice(["Welkom01", "Password1!", "Qwerty123!", "Admin1234", "Geheim99", "Motdepasse1", "Letmein22"]) + rd(rng, rng.randint(0, 2))


def pin(rng, loc, hint, ctx):
    n = rd(rng, 6 if hint == "6" else 4 if hint == "4" else rng.choice([4, 4, 4, 5, 6]))
    if hint == "door" and rng.random() < 0.3:
        return n + "#"
    if hint == "door" and rng.random() < 0.2:
        return "*" + n + "#"
    return n


def puk(rng, loc, hint, ctx):
    n = rd(rng, 8)
    return n if rng.random() < 0.7 else f"{n[:4]} {n[4:]}"


WORDS = {"nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
         "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
         "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}


def otp(rng, loc, hint, ctx):
    n = rd(rng, 6 if rng.random() < 0.8 else rng.choice([4, 5, 8]))
    if hint == "words":
        w = WORDS[_mlang(loc)]
        sep = rng.choice([" ", "-", ", "])
        return sep.join(w[int(c)] for c in n)
    st = rng.random()
    if st < 0.65:
        return n
    if st < 0.8 and len(n) == 6:
        return f"{n[:3]} {n[3:]}"
    if st < 0.9 and len(n) == 6:
        return f"{n[:3]}-{n[3:]}"
    return n


def wifi_key(rng, loc, hint, ctx):
    st = rng.random()
    if st < 0.4:
        return "".join(rng.choice(UP + DIG) for _ in range(rng.choice([10, 12, 16])))
    if st < 0.7:
        return "".join(rng.choice(string.ascii_letters + DIG) for _ in range(rng.choice([13, 20, 24])))
    return rng.choice(PW_WORDS) + rng.choice(["", "_", "-"]) + rng.choice(PW_WORDS).lower() + rd(rng, 4)


def api_key(rng, loc, hint, ctx):
    an = string.ascii_letters + DIG
    k = rng.choice(["sk", "pk", "aws", "aws2", "goog", "sg", "xox", "hex", "mollie", "rk"])
    if hint == "awsid":
        k = "aws"
    if hint == "awssecret":
        k = "aws2"
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_"]) + "".join(rng.choice(an) for _ in range(24))
    if k == "pk":
        return "pk_live_" + "".join(rng.choice(an) for _ in range(24))
    if k == "rk":
        return "rk_live_" + "".join(rng.choice(an) for _ in range(28))
    if k == "aws":
        return "AKIA" + "".join(rng.choice(UP + "234567") for _ in range(16))
    if k == "aws2":
        return "".join(rng.choice(an + "/+") for _ in range(40)).rstrip("/+") + "Q"
    if k == "goog":
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if k == "sg":
        return "SG." + "".join(rng.choice(an) for _ in range(22)) + "." + "".join(rng.choice(an) for _ in range(43))
    if k == "xox":
        return "xoxb-" + rd(rng, 12) + "-" + rd(rng, 12) + "-" + "".join(rng.choice(an) for _ in range(24))
    if k == "mollie":
        return rng.choice(["live_", "test_"]) + "".join(rng.choice(an) for _ in range(30))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def token(rng, loc, hint, ctx):
    an = string.ascii_letters + DIG
    import base64, json
    st = rng.random()
    if st < 0.35 or hint == "jwt":
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps({"sub": rd(rng, 7), "iat": 1760000000 + rng.randint(0, 9999999)}).encode()).decode().rstrip("=")
        s = "".join(rng.choice(an + "-_") for _ in range(43))
        return f"{h}.{p}.{s}"
    if st < 0.55:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if st < 0.75:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if st < 0.88:
        return "ya29." + "".join(rng.choice(an + "-_") for _ in range(60))
    return "".join(rng.choice(an) for _ in range(rng.choice([28, 36])))


def ip_address(rng, loc, hint, ctx):
    if hint == "v6" or rng.random() < 0.1:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
    if hint == "lan" or rng.random() < 0.35:
        return rng.choice([f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}", f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}"])
    return f"{rng.choice([81, 84, 86, 145, 178, 213, 62, 94, 77, 91, 109, 31])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


SPAN_GEN = {"card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "phone": phone,
            "email": email, "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number,
            "username": username, "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key,
            "api_key": api_key, "token": token, "ip_address": ip_address}


# ---------------------------------------------------------------- negatives
def n_date(rng, loc, hint, ctx):
    y, m, d = rng.choice([2025, 2026, 2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)
    ml = MONTHS[_mlang(loc)]
    if loc == "us":
        return rng.choice([f"{m}/{d}/{y}", f"{ml[m-1]} {d}", f"{ml[m-1][:3]} {d}, {y}", f"{m}/{d}"])
    if loc == "gb":
        return rng.choice([f"{d}/{m}/{y}", f"{d} {ml[m-1]}", f"{d} {ml[m-1][:3]} {y}", f"{d:02d}/{m:02d}"])
    return rng.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}", f"{d} {ml[m-1]}", f"{d}/{m}", f"{d} {ml[m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])


def n_time(rng, loc, hint, ctx):
    h, mi = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 5, 50, 20])
    if loc == "us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if loc == "gb":
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}pm"])
    if loc in ("be", "fr"):
        return rng.choice([f"{h}u{mi:02d}", f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}u"]) if loc == "be" else rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d} uur"])


def n_amount(rng, loc, hint, ctx):
    v = rng.choice([rng.randint(2, 99), rng.randint(100, 2500), rng.randint(3000, 18000)])
    c = rng.randint(0, 99)
    if loc == "gb":
        return rng.choice([f"£{v}.{c:02d}", f"£{v}", f"{v} quid", f"£{v:,}"])
    if loc == "us":
        return rng.choice([f"${v}.{c:02d}", f"${v:,}", f"{v} dollars", f"USD {v}"])
    if loc == "fr":
        return rng.choice([f"{v},{c:02d} €", f"{v} €", f"{v} euros", f"€{v}"])
    return rng.choice([f"€ {v},{c:02d}", f"€{v}", f"{v} euro", f"EUR {v},-", f"€ {v:,}".replace(",", ".")])


def n_quantity(rng, loc, hint, ctx):
    n = rng.randint(2, 180)
    u = {"nl": ["gasten", "personen", "stuks", "uur", "km", "ritten", "minuten"], "be": ["gasten", "personen", "stuks", "uur", "km", "ritten"],
         "fr": ["invités", "personnes", "heures", "km", "trajets", "minutes"], "gb": ["guests", "hours", "miles", "rides", "minutes", "items"],
         "us": ["guests", "hours", "miles", "rides", "minutes", "items"]}[loc]
    return f"{n} {rng.choice(u)}"


def n_percentage(rng, loc, hint, ctx):
    v = rng.choice([5, 9, 10, 15, 20, 21, 25, 30, 50, 6, 12])
    return rng.choice([f"{v}%", f"{v} %", f"{v} procent" if loc in ("nl", "be") else f"{v} pour cent" if loc == "fr" else f"{v} percent"])


def n_year(rng, loc, hint, ctx):
    return str(rng.choice([2023, 2024, 2025, 2026, 2027]))


def n_order(rng, loc, hint, ctx):
    return rng.choice(["#" + rd(rng, 6), rd(rng, 9), "ORD-" + rd(rng, 7), "B" + rd(rng, 8), rd(rng, 4) + "-" + rd(rng, 4), "WO" + rd(rng, 6)])


def n_ticket(rng, loc, hint, ctx):
    return rng.choice(["#" + rd(rng, 7), "CAS-" + rd(rng, 6) + "-" + "".join(rng.choice(UP) for _ in range(4)), rd(rng, 8),
                       "2026-" + rd(rng, 5), "INC" + rd(rng, 7), "TK" + rd(rng, 6), "SR-" + rd(rng, 5)])


def n_invoice(rng, loc, hint, ctx):
    return rng.choice(["F2026-" + rd(rng, 4), "INV-" + rd(rng, 6), "2026" + rd(rng, 5), "FA" + rd(rng, 7), "VF/2026/" + rd(rng, 4), rd(rng, 10)])


def n_tracking(rng, loc, hint, ctx):
    return rng.choice(["3S" + "".join(rng.choice(UP) for _ in range(4)) + rd(rng, 9), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)),
                       "JVGL" + rd(rng, 14), "CD" + rd(rng, 9) + "BE", "RR" + rd(rng, 9) + "GB"])


def n_request(rng, loc, hint, ctx):
    return rng.choice(["req_" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz" + DIG) for _ in range(14)),
                       "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                       "RQ-" + rd(rng, 8)])


def n_error(rng, loc, hint, ctx):
    return rng.choice(["E" + rd(rng, 3), "ERR-" + rd(rng, 4), "0x8007" + "".join(rng.choice("0123456789ABCDEF") for _ in range(4)),
                       "code " + rd(rng, 3)[:0] + rng.choice(["403", "500", "502", "429"]), "E-" + rd(rng, 2), "AUTH_" + rng.choice(["401", "FAILED", "EXPIRED"]), "P" + rd(rng, 4)])


def n_version(rng, loc, hint, ctx):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"versie {rng.randint(3, 12)}.{rng.randint(0, 40)}" if loc in ("nl", "be") else f"version {rng.randint(3, 12)}.{rng.randint(0, 40)}",
                       f"{rng.randint(4, 9)}.{rng.randint(0, 20)}.{rng.randint(100, 999)}", f"build {rd(rng, 5)}"])


def n_model(rng, loc, hint, ctx):
    return rng.choice(ctx["pools"]["model"])


def n_product(rng, loc, hint, ctx):
    return rng.choice(["SKU " + rd(rng, 6), "art. " + rd(rng, 3) + "." + rd(rng, 3), "PRD-" + rd(rng, 5), rd(rng, 3) + "-" + rd(rng, 4) + "-" + rd(rng, 2), "EAN 871" + rd(rng, 10)])


def n_flight(rng, loc, hint, ctx):
    return rng.choice(["KL", "SN", "HV", "BA", "FR", "U2", "TB", "UA", "DL", "EZY"]) + " " * rng.randint(0, 1) + str(rng.randint(100, 9999))


def n_company_phone(rng, loc, hint, ctx):
    if loc == "nl":
        return rng.choice([f"0800-{rd(rng, 4)}", f"088 {rd(rng, 3)} {rd(rng, 4)}", f"0900-{rd(rng, 4)}", f"085 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}", f"020 {rd(rng, 3)} {rd(rng, 4)}"])
    if loc in ("be", "fr"):
        return rng.choice([f"078 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"0800 {rd(rng, 2)} {rd(rng, 3)}", f"070 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"02 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}"])
    if loc == "gb":
        return rng.choice([f"0345 {rd(rng, 3)} {rd(rng, 4)}", f"0800 {rd(rng, 3)} {rd(rng, 4)}", f"0330 {rd(rng, 3)} {rd(rng, 4)}", f"03{rd(rng, 2)} {rd(rng, 3)} {rd(rng, 4)}"])
    return rng.choice([f"1-800-{rd(rng, 3)}-{rd(rng, 4)}", f"(888) {rd(rng, 3)}-{rd(rng, 4)}", f"1-877-{rd(rng, 3)}-{rd(rng, 4)}", f"855.{rd(rng, 3)}.{rd(rng, 4)}"])


def _be_ondnr(rng):
    b = "0" + rd(rng, 7)
    c = 97 - int(b) % 97
    v = b + f"{c:02d}"
    return f"{v[:4]}.{v[4:7]}.{v[7:]}"


def n_company_reg(rng, loc, hint, ctx):
    if loc == "nl":
        return rng.choice([rd(rng, 8), "NL" + rd(rng, 9) + "B0" + str(rng.randint(1, 9))])
    if loc in ("be", "fr"):
        return rng.choice([_be_ondnr(rng), "BE " + _be_ondnr(rng), "BE" + _be_ondnr(rng).replace(".", "")])
    if loc == "gb":
        return rng.choice([rd(rng, 8), "GB " + rd(rng, 3) + " " + rd(rng, 4) + " " + rd(rng, 2), "SC" + rd(rng, 6)])
    return rng.choice([rd(rng, 2) + "-" + rd(rng, 7), rd(rng, 7)])


def n_url(rng, loc, hint, ctx):
    d = ctx.get("domain") or rng.choice(ctx["pools"]["domain"])
    path = rng.choice(["", "/help", "/klantenservice" if loc in ("nl", "be") else "/aide" if loc == "fr" else "/support", "/faq", "/wachtwoord-vergeten" if loc in ("nl", "be") else "/reset", "/status", "/contact"])
    return rng.choice([f"https://www.{d}{path}", f"www.{d}{path}", f"{d}{path}", f"https://{d}{path}", f"https://app.{d}/login"])


def n_mention(rng, loc, hint, ctx):
    if hint == "user":
        return "@" + ctx["first"].replace(" ", "").replace("'", "") + rng.choice(["_", "", "x", "."]) + str(rng.randint(1, 99))
    return "@" + (ctx.get("handle") or rng.choice(ctx["pools"]["handle"]))


def n_hashtag(rng, loc, hint, ctx):
    by = ctx["pools"]["hashtags_by_sector"].get(ctx.get("sector"))
    return "#" + rng.choice(by or ctx["pools"]["hashtag"])


def n_masked(rng, loc, hint, ctx):
    return rng.choice([f"****{rd(rng, 4)}", f"**** **** **** {rd(rng, 4)}", f"NL** **** **** **{rd(rng, 2)} {rd(rng, 2)}",
                       f"BE** **** **** {rd(rng, 2)}**", f"06-****{rd(rng, 2)}{rd(rng, 2)[:0]}", f"j***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}",
                       f"XXXX XXXX XXXX {rd(rng, 4)}", f"•••• {rd(rng, 4)}", f"+31 6 ***** {rd(rng, 3)}", f"*******{rd(rng, 3)}"])


def n_meter(rng, loc, hint, ctx):
    v = rd(rng, rng.choice([4, 5, 6]))
    u = rng.choice(["kWh", "m3", "km", ""]) if hint != "km" else "km"
    return (v + " " + u).strip()


def n_port(rng, loc, hint, ctx):
    return str(rng.choice([8080, 443, 3389, 22, 8443, 5060, 993, 587, 25565, 1194]))


def n_checksum(rng, loc, hint, ctx):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


NEG_GEN = {"date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage,
           "year": n_year, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
           "tracking_number": n_tracking, "request_id": n_request, "error_code": n_error, "version_string": n_version,
           "model_number": n_model, "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
           "company_registration": n_company_reg, "url": n_url, "mention": n_mention, "hashtag": n_hashtag,
           "masked_value": n_masked, "meter_reading": n_meter, "port": n_port, "checksum": n_checksum}
