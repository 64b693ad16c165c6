"""Value generators (labelled values and hard-negative values). Standard library only."""
import string

DIG = string.digits


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


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


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def nrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def be_ond_valid(first8):
    n = int(first8)
    return f"{first8}{97 - n % 97:02d}"


# ---------------------------------------------------------------- span values
def card(rng, lang):
    kind = rng.random()
    if kind < 0.45:
        p = "4" + digits(rng, 14)
    elif kind < 0.8:
        p = rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13)
    elif kind < 0.9:
        p = rng.choice(["2221", "2300", "2500", "2720"]) + digits(rng, 11)
    else:
        p = rng.choice(["34", "37"]) + digits(rng, 12)
    n = luhn_complete(p)
    if len(n) == 15:
        f = rng.choice(["{0} {1} {2}", "{0}{1}{2}", "{0}-{1}-{2}"])
        return f.format(n[:4], n[4:10], n[10:])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    st = rng.random()
    if st < 0.45:
        return " ".join(g)
    if st < 0.7:
        return n
    if st < 0.85:
        return "-".join(g)
    if st < 0.93:
        return "  ".join(g)
    return ".".join(g)


def cvv(rng, lang):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m:02d}/{y}"])


NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB", "RBRB"]


def iban(rng, lang, cc=None):
    if cc is None:
        r = rng.random()
        if lang.startswith("nl") and lang != "nl-be":
            cc = "NL" if r < 0.8 else rng.choice(["BE", "DE", "FR"])
        elif lang in ("nl-be", "fr-be"):
            cc = "BE" if r < 0.75 else rng.choice(["NL", "FR", "LU", "DE"])
        elif lang == "en-gb":
            cc = "GB" if r < 0.6 else rng.choice(["NL", "IE", "DE"])
        else:
            cc = rng.choice(["NL", "GB", "DE", "BE"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "BE":
        f = digits(rng, 10)
        c = int(f) % 97 or 97
        bban = f + f"{c:02d}"
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    elif cc == "LU":
        bban = digits(rng, 3) + digits(rng, 13)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    else:  # GB
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(rng, 14)
    raw = make_iban(cc, bban)
    st = rng.random()
    if st < 0.5:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif st < 0.85:
        out = raw
    else:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if st < 0.92 else raw
        out = out.lower()
    return out


def bsn(rng, lang):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s == 10:
            continue
        n = "".join(map(str, d)) + str(s)
        if bsn_ok(n):
            break
    return rng.choice([n, n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])


def nrn(rng, lang):
    y = rng.randint(40, 105)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    yy = y % 100
    ser = rng.randint(1, 997)
    base = f"{yy:02d}{m:02d}{d:02d}{ser:03d}"
    chk = 97 - (int(("2" if y >= 100 else "") + base) % 97)
    n = base + f"{chk:02d}"
    f = rng.random()
    if f < 0.4:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if f < 0.7:
        return n
    if f < 0.85:
        return f"{n[:6]}-{n[6:9]}-{n[9:]}"
    return f"{n[:6]} {n[6:9]} {n[9:]}"


FIRST = ["jan", "sanne", "kevin", "fatima", "lotte", "mohamed", "els", "tom", "marie", "julien", "sophie", "wout",
         "chloe", "dave", "emma", "liam", "priya", "owen", "kayla", "tyler", "noor", "bram", "ines", "yusuf"]
LAST = ["devries", "jansen", "peeters", "maes", "dubois", "lambert", "smith", "okafor", "bakker", "claes",
        "martin", "evans", "nguyen", "garcia", "vermeulen", "elamrani", "wouters", "hughes", "kowalski"]
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "xs4all.nl"],
    "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "outlook.be", "proximus.be"],
    "fr-be": ["gmail.com", "skynet.be", "hotmail.fr", "voo.be", "outlook.fr", "yahoo.fr"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net", "outlook.com", "proton.me"],
}


def email(rng, lang):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    loc = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}",
                      f"{l}.{f}", f"{f}{rng.randint(70, 2005)}", f"{f}-{l}", f"{f[0]}{l}{rng.randint(1, 9)}"])
    dom = rng.choice(DOMAINS[lang])
    e = f"{loc}@{dom}"
    if rng.random() < 0.12:
        e = e.capitalize()
    return e


def phone(rng, lang):
    r = rng.random()
    if lang == "nl":
        a, b = digits(rng, 4), digits(rng, 4)
        opts = [f"06{a}{b}", f"06-{a}{b}", f"06 {a[:2]} {a[2:]} {b[:2]} {b[2:]}", f"+316{a}{b}",
                f"+31 6 {a} {b}", f"0031 6 {a}{b}", f"06 {a} {b}", f"(06) {a}{b}",
                f"020-{digits(rng, 7)}", f"010 {digits(rng, 3)} {digits(rng, 4)}", f"+31 (0)6 {a[:2]}{a[2:]}{b}",
                f"0{rng.choice(['30', '40', '50', '70', '73'])}-{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"]
    elif lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "494", "495", "496", "497", "498", "499"])
        a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
        opts = [f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"0{p}{a}{b}{c}", f"+32 {p} {a} {b} {c}",
                f"+32{p}{a}{b}{c}", f"0032 {p} {a}{b}{c}", f"0{p}/{a}{b}{c}", f"0{p}.{a}.{b}.{c}",
                f"0{rng.choice(['2', '3', '9'])} {digits(rng, 3)} {a} {b}", f"0{rng.choice(['4', '2', '3'])}/{digits(rng, 3)}.{a}.{b}",
                f"+32 (0){p} {a} {b} {c}"]
    elif lang == "en-gb":
        a, b = digits(rng, 3), digits(rng, 3)
        opts = [f"07700 900{a}", f"07{digits(rng, 3)} {a}{b}", f"+44 7{digits(rng, 3)} {a} {b}", f"+447{digits(rng, 3)}{a}{b}",
                f"0044 7{digits(rng, 3)} {a}{b}", f"020 7{digits(rng, 3)} {digits(rng, 4)}", f"0161 {a} {digits(rng, 4)}",
                f"07{digits(rng, 3)}-{a}-{b}", f"(0113) {a} {digits(rng, 4)}"]
    else:
        ac = rng.choice(["212", "312", "415", "617", "702", "646", "213", "404", "512", "303"])
        a, b = digits(rng, 3), digits(rng, 4)
        opts = [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}", f"+1 ({ac}) {a}-{b}",
                f"1-{ac}-{a}-{b}", f"{ac}{a}{b}", f"{ac} {a} {b}"]
    return rng.choice(opts)


def _nl_pc(rng):
    return f"{rng.randint(1000, 9999)}{rng.choice([' ', ' ', ''])}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"


def address(rng, lang, pools):
    st = rng.choice(pools["streets"][lang])
    city = rng.choice(pools["cities"][lang])
    n = rng.randint(1, 240)
    r = rng.random()
    if lang == "nl":
        num = rng.choice([str(n), f"{n}{rng.choice('abc')}", f"{n}-{rng.randint(1, 3)}", f"{n} hs", f"{n}-II", f"{n} A"])
        pc = _nl_pc(rng)
        opts = [f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}", f"{st} {num}, {city}",
                f"{st} {num}, {pc}  {city.upper()}"]
    elif lang in ("nl-be", "fr-be"):
        pc = rng.randint(1000, 9990)
        if lang == "nl-be":
            num = rng.choice([str(n), f"{n} bus {rng.randint(1, 12)}", f"{n}/{rng.randint(1, 9)}", f"{n}B"])
        else:
            num = rng.choice([str(n), f"{n} bte {rng.randint(1, 12)}", f"{n}/{rng.randint(1, 9)}", f"{n}A"])
        if st.split()[0] in ("Rue", "Avenue", "Chaussée", "Place", "Boulevard", "Clos", "Allée"):
            opts = [f"{st} {num}, {pc} {city}", f"{st}, {num} - {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}"]
        else:
            opts = [f"{st} {num}, {pc} {city}", f"{st} {num} - {pc} {city}", f"{st} {num}, B-{pc} {city}", f"{st} {num}"]
    elif lang == "en-gb":
        pc = f"{rng.choice(['LS', 'M', 'B', 'SW', 'NE', 'G', 'CF', 'BS', 'N', 'E'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 30)}, ", f"{rng.randint(1, 9)}a "])
        if flat.endswith("a "):
            opts = [f"{n}a {st}, {city} {pc}", f"{n}a {st}, {city}, {pc}"]
        else:
            opts = [f"{flat}{n} {st}, {city} {pc}", f"{flat}{n} {st}, {city}, {pc}", f"{n} {st}", f"{flat}{n} {st} {pc}"]
    else:
        stc = rng.choice(["IL", "NY", "CA", "TX", "OH", "GA", "MA", "WA", "FL", "PA"])
        z = digits(rng, 5)
        n = rng.randint(10, 9999)
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 40)}", f" #{rng.randint(1, 400)}", f", Unit {rng.randint(1, 9)}{rng.choice('ABC')}"])
        opts = [f"{n} {st}{apt}, {city}, {stc} {z}", f"{n} {st}{apt}, {city} {stc} {z}", f"{n} {st}{apt}",
                f"{n} {st}{apt} {city}, {stc} {z}-{digits(rng, 4)}"]
    return rng.choice(opts)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _ml(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def dob(rng, lang):
    y, m, d = rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[_ml(lang)][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y % 100:02d}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(opts)


def cust(rng, lang):
    r = rng.random()
    opts = [digits(rng, 7), digits(rng, 8), digits(rng, 9), f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
            f"DB{digits(rng, 7)}", f"KL-{digits(rng, 6)}", f"{digits(rng, 4)} {digits(rng, 4)}", f"C{digits(rng, 8)}",
            f"87168{digits(rng, 13)}", f"54144{digits(rng, 13)}", f"LN{digits(rng, 9)}", f"POL-{digits(rng, 7)}",
            f"{digits(rng, 2)}-{digits(rng, 6)}-{digits(rng, 2)}", f"A{digits(rng, 3)}{rng.choice('KXZ')}{digits(rng, 4)}",
            f"SUB{digits(rng, 8)}", f"{digits(rng, 10)}"]
    return rng.choice(opts)


PW_WORDS = ["Zomer", "Winter", "Bella", "Voetbal", "Amsterdam", "Gent", "Liege", "Chelsea", "Sunshine", "Tulp", "Pikachu",
            "Bailey", "Incasso", "Welkom", "Bonjour", "Molen", "Kasper", "Ajax", "Lisa", "Dragon", "Muis", "Soleil", "Oranje"]


def password(rng, lang):
    w = rng.choice(PW_WORDS)
    r = rng.random()
    if r < 0.3:
        return f"{w}{rng.randint(1, 2025)}{rng.choice(['!', '#', '', '?', '$', '*'])}"
    if r < 0.5:
        return f"{w.lower()}_{rng.choice(PW_WORDS).lower()}{rng.randint(1, 99)}"
    if r < 0.7:
        al = string.ascii_letters + DIG + "!#%&*-_"
        return "".join(rng.choice(al) for _ in range(rng.randint(9, 15)))
    if r < 0.85:
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(10, 99))
    return f"{rng.choice(PW_WORDS)}-{rng.choice(PW_WORDS)}-{rng.randint(1, 9)}"


def pin(rng, lang):
    return digits(rng, rng.choice([4, 4, 4, 4, 5, 6]))


def puk(rng, lang):
    return digits(rng, 8)


def otp(rng, lang):
    c = digits(rng, 6)
    return rng.choice([c, c, c, f"{c[:3]} {c[3:]}", f"{c[:3]}-{c[3:]}", digits(rng, 5), digits(rng, 4), digits(rng, 8)])


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otpw(rng, lang):
    w = NUMW[_ml(lang)]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(w[int(c)] for c in digits(rng, 6))


def wifi(rng, lang):
    r = rng.random()
    if r < 0.3:
        return "".join(rng.choice(string.ascii_letters + DIG) for _ in range(rng.randint(10, 16)))
    if r < 0.55:
        return "-".join("".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(4)) for _ in range(rng.randint(3, 4)))
    if r < 0.75:
        return f"{rng.choice(PW_WORDS).lower()}{rng.randint(1950, 2024)}"
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([16, 20, 26])))


def user(rng, lang):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice([f"{f}{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}.{l}", f"{f}_{rng.randint(1970, 2005)}",
                       f"{l}{f[0]}", f"{f.capitalize()}{l.capitalize()}{rng.randint(1, 9)}", f"{f}-{l[:3]}{rng.randint(10, 99)}"])


def apikey(rng, lang):
    an = string.ascii_letters + DIG
    r = rng.random()
    if r < 0.25:
        return "sk_live_" + "".join(rng.choice(an) for _ in range(28))
    if r < 0.4:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(16))
    if r < 0.55:
        return "AIzaSy" + "".join(rng.choice(an + "-_") for _ in range(33))
    if r < 0.7:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if r < 0.85:
        return "xoxb-" + digits(rng, 11) + "-" + digits(rng, 12) + "-" + "".join(rng.choice(an) for _ in range(24))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def awssecret(rng, lang):
    return "".join(rng.choice(string.ascii_letters + DIG + "/+") for _ in range(40))


def token(rng, lang):
    an = string.ascii_letters + DIG
    r = rng.random()
    if r < 0.4:
        b = lambda n: "".join(rng.choice(an + "-_") for _ in range(n))
        return f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{b(rng.randint(40, 70))}.{b(43)}"
    if r < 0.7:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    return "".join(rng.choice(an) for _ in range(rng.randint(24, 40)))


def ip(rng, lang):
    if rng.random() < 0.85:
        return f"{rng.choice([31, 77, 84, 81, 94, 109, 145, 178, 188, 212, 86, 62])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"


# ---------------------------------------------------------------- negatives
def n_amount(rng, lang):
    e, c = rng.randint(5, 4800), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e:,}", f"£ {e}.{c:02d}", f"{e}.{c:02d} GBP", f"£{e}"])
    if lang == "en-us":
        return rng.choice([f"${e:,}.{c:02d}", f"${e}", f"$ {e}.{c:02d}", f"USD {e}.{c:02d}"])
    eu = f"{e:,}".replace(",", ".")
    if lang == "fr-be":
        return rng.choice([f"{eu},{c:02d} €", f"{e},{c:02d}€", f"€ {eu},{c:02d}", f"{e} EUR", f"{e} euros"])
    return rng.choice([f"€ {eu},{c:02d}", f"€{e},{c:02d}", f"EUR {eu},{c:02d}", f"{e},{c:02d} euro", f"€{e},-", f"{e} euro", f"€ {e}"])


def n_date(rng, lang):
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[_ml(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}/{y}", f"{mn} {d}", f"{mn} {d}, {y}", f"{m}/{d}"])
    if lang == "en-gb":
        return rng.choice([f"{d}/{m}/{y}", f"{d} {mn}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]}"])
    return rng.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mn}", f"{d} {mn} {y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}"])


def n_time(rng, lang):
    h, m = rng.randint(7, 21), rng.choice([0, 5, 15, 30, 45, 12, 48])
    if lang.startswith("en"):
        return rng.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"{h}u{m:02d}", f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}u"])
    return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}u"])


def n_qty(rng, lang):
    n = rng.randint(2, 36)
    u = {"nl": ["termijnen", "maanden", "aanmaningen", "brieven", "weken"], "nl-be": ["maanden", "afbetalingen", "herinneringen", "weken"],
         "fr-be": ["mensualités", "mois", "rappels", "semaines"], "en-gb": ["instalments", "months", "letters", "weeks"],
         "en-us": ["installments", "months", "payments", "calls"]}[lang]
    return f"{n} {rng.choice(u)}"


def n_pct(rng, lang):
    v = rng.choice(["14", "8", "2", "12,5", "14,9", "1,5", "25", "0"])
    if lang.startswith("en"):
        v = v.replace(",", ".")
    return rng.choice([f"{v}%", f"{v} %", f"{v}%"])


def n_year(rng, lang):
    return str(rng.randint(2016, 2025))


def n_order(rng, lang):
    return rng.choice([f"ORD-{digits(rng, 7)}", f"#{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"BST{digits(rng, 8)}", f"W{digits(rng, 9)}"])


def n_ticket(rng, lang):
    return rng.choice([f"INC-{digits(rng, 6)}", f"{digits(rng, 4)}/{digits(rng, 5)}", f"DOS-{rng.randint(2022, 2025)}-{digits(rng, 5)}",
                       f"{rng.randint(2022, 2025)}/{digits(rng, 6)}", f"ZK{digits(rng, 7)}", f"CAS-{digits(rng, 6)}-{rng.choice('ABCDXYZ')}{digits(rng, 1)}{rng.choice('KLMN')}{digits(rng, 1)}",
                       f"#{digits(rng, 7)}", f"D{digits(rng, 8)}", f"R/{digits(rng, 2)}/{digits(rng, 5)}", f"{digits(rng, 6)}-{digits(rng, 2)}"])


def n_invoice(rng, lang):
    return rng.choice([f"F{rng.randint(2023, 2025)}-{digits(rng, 6)}", f"INV-{digits(rng, 7)}", f"{digits(rng, 10)}", f"FACT/{digits(rng, 6)}",
                       f"+++{digits(rng, 3)}/{digits(rng, 4)}/{digits(rng, 5)}+++", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                       f"RF{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}", f"NOTA {digits(rng, 7)}"])


def n_track(rng, lang):
    return rng.choice([f"3SKAB{digits(rng, 8)}", f"JVGL{digits(rng, 16)}", f"1Z{''.join(rng.choice(string.ascii_uppercase + DIG) for _ in range(16))}",
                       f"RR{digits(rng, 9)}NL", f"CD{digits(rng, 9)}BE"])


def n_req(rng, lang):
    hx = "0123456789abcdef"
    return rng.choice([f"req_{''.join(rng.choice(hx) for _ in range(12))}",
                       "-".join("".join(rng.choice(hx) for _ in range(k)) for k in (8, 4, 4, 4, 12)),
                       f"REF:{''.join(rng.choice(string.ascii_uppercase + DIG) for _ in range(10))}"])


def n_err(rng, lang):
    return rng.choice([f"ERR-{digits(rng, 4)}", f"E{digits(rng, 3)}", f"HTTP {rng.choice(['403', '500', '502', '429'])}", f"0x8007{digits(rng, 4)}", f"PAY_{rng.choice(['DECLINED', 'TIMEOUT', 'LIMIT'])}_{digits(rng, 2)}"])


def n_ver(rng, lang):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}"])


def n_model(rng, lang, pools=None):
    return rng.choice(pools["models"])


def n_sku(rng, lang):
    return rng.choice([f"SKU-{digits(rng, 6)}", f"ART {digits(rng, 5)}", f"{rng.choice(['BNPL', 'FLEX', 'LOAN'])}-{rng.choice(['3M', '6M', '12M', '24M'])}", f"P{digits(rng, 5)}-{rng.choice('ABC')}"])


def n_flight(rng, lang):
    return f"{rng.choice(['KL', 'SN', 'HV', 'FR', 'BA', 'U2', 'UA', 'AF'])}{rng.randint(100, 9999)}"


def n_cphone(rng, lang):
    if lang == "nl":
        return rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0800-{digits(rng, 4)}", f"0900-{digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"088-{digits(rng, 7)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"02 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"070 {digits(rng, 3)} {digits(rng, 3)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0330 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"1-877-{digits(rng, 3)}-{digits(rng, 4)}"])


def n_kvk(rng, lang):
    if lang == "nl":
        return rng.choice([digits(rng, 8), digits(rng, 8), f"NL{digits(rng, 9)}B01", f"NL{digits(rng, 9)}B0{rng.randint(1, 9)}"])
    if lang in ("nl-be", "fr-be"):
        o = be_ond_valid("0" + str(rng.randint(2, 9)) + digits(rng, 6))
        return rng.choice([f"{o[:4]}.{o[4:7]}.{o[7:]}", f"BE{o}", f"BE {o[:4]}.{o[4:7]}.{o[7:]}", o])
    if lang == "en-gb":
        return rng.choice([digits(rng, 8), f"GB{digits(rng, 9)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", digits(rng, 7)])


def n_masked(rng, lang):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
                       f"BE** **** **** {digits(rng, 4)}", f"xxxx-xxxx-xxxx-{digits(rng, 4)}", f"•••• {digits(rng, 4)}", f"06-****{digits(rng, 2)}{digits(rng, 2)}",
                       f"j***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"XXXXXX{digits(rng, 4)}"])


def n_meter(rng, lang):
    return rng.choice([f"{digits(rng, 5)} kWh", f"{rng.randint(100, 9999)},{digits(rng, 3)} m3", f"{digits(rng, 6)}", f"{rng.randint(1000, 99999)} kWh"])


def n_port(rng, lang):
    return rng.choice(["443", "8080", "8443", "3389", "22", "25", "587"])


def n_checksum(rng, lang):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


SPAN_GEN = {
    "password": ("password", password), "pin": ("pin", pin), "puk": ("puk", puk), "otp": ("otp", otp), "otpw": ("otp", otpw),
    "wifi": ("wifi_key", wifi), "user": ("username", user), "apikey": ("api_key", apikey), "awssecret": ("api_key", awssecret),
    "token": ("token", token), "card": ("card", card), "cvv": ("cvv", cvv), "iban": ("iban", iban), "bsn": ("bsn", bsn),
    "nrn": ("bsn", nrn), "email": ("email", email), "phone": ("phone", phone), "address": ("address", None),
    "dob": ("date_of_birth", dob), "cust": ("customer_number", cust), "exp": ("card_expiry", expiry), "ip": ("ip_address", ip),
    "ibannl": ("iban", lambda r, l: iban(r, l, "NL")), "ibanbe": ("iban", lambda r, l: iban(r, l, "BE")),
    "ibangb": ("iban", lambda r, l: iban(r, l, "GB")),
}

NEG_GEN = {
    "amount": ("amount", n_amount), "date": ("date", n_date), "time": ("time", n_time), "qty": ("quantity", n_qty),
    "pct": ("percentage", n_pct), "year": ("year", n_year), "order": ("order_number", n_order), "ticket": ("ticket_number", n_ticket),
    "invoice": ("invoice_number", n_invoice), "track": ("tracking_number", n_track), "req": ("request_id", n_req),
    "err": ("error_code", n_err), "ver": ("version_string", n_ver), "model": ("model_number", None), "sku": ("product_code", n_sku),
    "flight": ("flight_number", n_flight), "cphone": ("company_phone", n_cphone), "kvk": ("company_registration", n_kvk),
    "url": ("url", None), "mention": ("mention", None), "hashtag": ("hashtag", None), "masked": ("masked_value", n_masked),
    "meter": ("meter_reading", n_meter), "port": ("port", n_port), "checksum": ("checksum", n_checksum),
}
