"""Value generators (labelled values and hard-negative values). Standard library only."""
import string

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
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    ck = 98 - n % 97
    return f"{cc}{ck:02d}{bban}"


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
    base, ck = int(d[:9]), int(d[9:])
    return (97 - base % 97) == ck or (97 - int("2" + d[:9]) % 97) == ck


def ssn_like_ok(s):
    return bsn_ok(s) or rrn_ok(s)


# ---------------------------------------------------------------- helpers
def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- labelled values
PW_WORDS = ["Zomer", "Bello", "Voetbal", "Welkom", "Tulp", "Snoopy", "Zonnebloem", "Ajax", "Kerst",
            "Minou", "Soleil", "Bruxelles", "Chocolat", "Arsenal", "Liverpool", "Summer", "Dragon",
            "Rover", "Poesje", "Fietsen", "Max", "Luna", "Princess", "Monkey", "Oranje", "Gent"]
PW_SYM = "!@#$%&*?_.-+"


def gen_password(rng, loc):
    k = rng.randrange(6)
    if k == 0:
        return rng.choice(PW_WORDS) + str(rng.randint(1950, 2025)) + rng.choice(PW_SYM)
    if k == 1:
        return rstr(rng, rng.randint(8, 14), ALNUM + "!#$%&*")
    if k == 2:
        return rng.choice(PW_WORDS).lower() + digits(rng, rng.randint(2, 4))
    if k == 3:
        w = rng.sample(PW_WORDS, 2)
        return w[0] + rng.choice("-_.") + w[1] + digits(rng, 2)
    if k == 4:
        return rng.choice(PW_WORDS)[:3] + rng.choice(PW_SYM) + rstr(rng, 5) + rng.choice(PW_SYM) + digits(rng, 2)
    return rstr(rng, 4, string.ascii_uppercase) + digits(rng, 4) + rstr(rng, 3, string.ascii_lowercase)


def gen_pin(rng, loc):
    k = rng.randrange(5)
    if k < 3:
        return digits(rng, 4)
    if k == 3:
        return digits(rng, 6)
    return digits(rng, 5)


def gen_puk(rng, loc):
    return digits(rng, 8)


def gen_otp(rng, loc):
    k = rng.randrange(6)
    if k < 3:
        return digits(rng, 6)
    if k == 3:
        d = digits(rng, 6)
        return d[:3] + " " + d[3:]
    if k == 4:
        d = digits(rng, 6)
        return d[:3] + "-" + d[3:]
    return digits(rng, rng.choice([4, 5, 8]))


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def gen_otp_words(rng, loc):
    fam = {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(loc, "en")
    words = list(NUMWORDS[fam])
    if fam == "en" and rng.random() < 0.4:
        words[0] = "oh"
    if fam == "nl" and rng.random() < 0.5:
        words[1] = "één"
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(words[int(c)] for c in digits(rng, 6))


def gen_wifi_key(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "-".join(rstr(rng, 4) for _ in range(3))
    if k == 1:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + digits(rng, 3) + rng.choice("!#?")
    if k == 2:
        return rstr(rng, rng.randint(10, 16), string.ascii_uppercase + string.digits)
    return digits(rng, 4) + rstr(rng, 6, string.ascii_lowercase) + digits(rng, 3)


USER_BITS = ["jan", "sanne", "pieter", "fleur", "kevin", "lotte", "marie", "luc", "jeroen", "nathalie",
             "emma", "tom", "sophie", "dave", "kim", "brenda", "joost", "ines", "olivier", "ruby", "hannah"]


def gen_username(rng, loc):
    a, b = rng.sample(USER_BITS, 2)
    k = rng.randrange(5)
    if k == 0:
        return f"{a}{b}{rng.randint(1, 99)}"
    if k == 1:
        return f"{a}.{b}"
    if k == 2:
        return f"{a}_{rng.randint(1970, 2010)}"
    if k == 3:
        return f"{a[0]}{b}{digits(rng, 3)}"
    return f"{a.capitalize()}{b.capitalize()}"


def gen_api_key(rng, loc):
    k = rng.randrange(5)
    if k == 0:
        return "tk_live_" + rstr(rng, 28)
    if k == 1:
        return "AIza" + rstr(rng, 35, ALNUM + "-_")
    if k == 2:
        return "key-" + rstr(rng, 32, HEX)
    if k == 3:
        return "api_" + rstr(rng, 24, string.ascii_lowercase + string.digits)
    return rstr(rng, 8, HEX) + "-" + rstr(rng, 4, HEX) + "-" + rstr(rng, 4, HEX) + "-" + rstr(rng, 4, HEX) + "-" + rstr(rng, 12, HEX) + "-" + "KEY"


def gen_aws_id(rng, loc):
    return "AKIA" + rstr(rng, 16, string.ascii_uppercase + "234567")


def gen_aws_secret(rng, loc):
    return rstr(rng, 40, ALNUM + "/+")


def _b64u(rng, n):
    return rstr(rng, n, ALNUM + "-_")


def gen_token(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64u(rng, 40) + "." + _b64u(rng, 43)
    if k == 1:
        return rstr(rng, 40, HEX)
    if k == 2:
        return "pat_" + rstr(rng, 36)
    return rstr(rng, 32, HEX)


def gen_card(rng, loc):
    k = rng.randrange(6)
    if k == 5:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return group(num, [4, 6, 5], rng.choice([" ", " ", "-", ""]))
    pre = "4" if k < 3 else rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    num = luhn_complete(pre + digits(rng, 15 - len(pre)))
    sep = rng.choice([" ", " ", " ", "-", "", "."])
    return group(num, [4, 4, 4, 4], sep) if sep else num


def gen_cvv(rng, loc):
    return digits(rng, 3) if rng.random() < 0.9 else digits(rng, 4)


def gen_expiry(rng, loc):
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    k = rng.randrange(5)
    if k == 0:
        return f"{m:02d}/{y % 100:02d}"
    if k == 1:
        return f"{m:02d}/{y}"
    if k == 2:
        return f"{m:02d}-{y % 100:02d}"
    if k == 3:
        return f"{m}/{y % 100:02d}"
    return f"{m:02d}{y % 100:02d}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ", "RBRB"]
GB_BANKS = ["BARC", "HBUK", "LOYD", "NWBK", "MIDL", "MONZ"]


def iban_raw(rng, cc):
    if cc == "NL":
        return make_iban("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    if cc == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        return make_iban("BE", b + f"{c:02d}")
    if cc == "GB":
        return make_iban("GB", rng.choice(GB_BANKS) + digits(rng, 14))
    if cc == "DE":
        return make_iban("DE", digits(rng, 18))
    if cc == "FR":
        return make_iban("FR", digits(rng, 10) + digits(rng, 11) + digits(rng, 2))
    if cc == "ES":
        return make_iban("ES", digits(rng, 20))
    return make_iban("LU", digits(rng, 3) + rstr(rng, 13, string.digits))


def gen_iban(rng, loc):
    home = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB"}.get(loc, rng.choice(["GB", "DE", "FR"]))
    cc = home if rng.random() < 0.8 else rng.choice(["NL", "BE", "DE", "FR", "ES", "LU", "GB"])
    raw = iban_raw(rng, cc)
    k = rng.randrange(6)
    if k <= 2:
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif k == 3:
        s = raw
    elif k == 4:
        s = raw.lower()
    else:
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
    return s


def gen_bsn(rng, loc):
    while True:
        d = digits(rng, 8, first_nonzero=True)
        tot = sum(int(d[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = d + str(last)
            assert bsn_ok(s)
            break
    k = rng.randrange(4)
    if k == 0:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if k == 1:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def gen_rrn(rng, loc):
    y = rng.randint(1940, 2007)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ser = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
    n = int(("2" if y >= 2000 else "") + base)
    ck = 97 - n % 97
    s = base + f"{ck:02d}"
    assert rrn_ok(s)
    k = rng.randrange(4)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    if k == 2:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return s


def gen_phone(rng, loc):
    cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[loc]
    if rng.random() < 0.1:
        cc = rng.choice(["NL", "BE", "GB", "ES", "FR"])
    k = rng.randrange(6)
    if cc == "NL":
        if rng.random() < 0.75:
            n = digits(rng, 8)
            return [f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"0031 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06{n}", f"+316{n}"][k]
        a = rng.choice(["020", "010", "030", "070", "040", "050"])
        n = digits(rng, 7, True)
        return [f"{a}-{n}", f"{a} {n[:3]} {n[3:]}", f"+31 {a[1:]} {n}", f"({a}) {n}", f"{a}{n}", f"+31 (0){a[1:]} {n[:3]} {n[3:]}"][k]
    if cc == "BE":
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "477", "478", "479", "485", "486", "496", "497", "499"])
            n = digits(rng, 6)
            return [f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                    f"0{p}{n}", f"+32{p}{n}", f"0032 {p} {n[:3]} {n[3:]}"][k]
        n = digits(rng, 7, True)
        return [f"02 {n[:3]} {n[3:5]} {n[5:]}", f"09/{n[:3]}.{n[3:5]}.{n[5:]}", f"+32 2 {n[:3]} {n[3:5]} {n[5:]}",
                f"03 {n[:3]} {n[3:]}", f"02{n}", f"016 {n[1:3]} {n[3:5]} {n[5:]}"][k]
    if cc == "GB":
        n = digits(rng, 6)
        return [f"07700 {n}", f"+44 7700 {n}", f"07{digits(rng,3)} {n}", f"020 79{n[:2]} {n[2:]}", f"+44 (0)7{digits(rng,3)} {n[:3]} {n[3:]}", f"0161 4{n[:2]} {n[2:]}"][k]
    if cc == "US":
        a = rng.choice(["212", "415", "617", "312", "206", "512", "303", "646"])
        n = digits(rng, 4)
        return [f"({a}) 555-{n}", f"{a}-555-{n}", f"+1 {a} 555 {n}", f"{a}.555.{n}", f"1-{a}-555-{n}", f"+1 ({a}) 555-{n}"][k]
    if cc == "ES":
        n = digits(rng, 8)
        return [f"+34 6{n[:2]} {n[2:5]} {n[5:]}", f"+346{n}", f"0034 6{n}", f"+34 6{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+34 6{n}", f"+34-6{n[:2]}-{n[2:5]}-{n[5:]}"][k]
    n = digits(rng, 8)
    return [f"+33 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+336{n}", f"0033 6 {n}", f"+33 (0)6 {n}", f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}"][k]


EMAIL_DOM = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
             "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be", "icloud.com"],
             "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
             "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"]}


def gen_email(rng, loc, first="sam", last="jansen"):
    d = rng.choice(EMAIL_DOM[{"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb"}.get(loc, "us")])
    f = first.lower().replace(" ", "")
    l = last.lower().replace(" ", "").replace("'", "")
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("ç", "c")):
        f, l = f.replace(a, b), l.replace(a, b)
    k = rng.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{rng.randint(1, 99)}", f"{f}_{l}{rng.randint(60, 99)}", f"{l}.{f[0]}", f"{f}{l}"][k]
    return f"{local}@{d}"


def gen_dob(rng, loc):
    y, m, d = rng.randint(1938, 2007), rng.randint(1, 12), rng.randint(1, 28)
    return fmt_date(rng, loc, y, m, d, dob=True)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def fmt_date(rng, loc, y, m, d, dob=False):
    fam = {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(loc, "en")
    mn = MONTHS[fam][m - 1]
    k = rng.randrange(5)
    if fam == "nl":
        return [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}" if loc == "nl-be" else f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y % 100:02d}"][k]
    if fam == "fr":
        return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{'1er' if d == 1 else d} {mn} {y}"][k]
    if loc == "en-us":
        return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"][k]
    return [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"][k]


def gen_customer_number(rng, loc):
    k = rng.randrange(9)
    if k == 0:
        return digits(rng, 8, True)
    if k == 1:
        return "KL" + digits(rng, 7)
    if k == 2:
        return digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3)
    if k == 3:
        return "M" + digits(rng, 9)
    if k == 4:
        return rng.choice(["5414", "5400", "8716", "8714"]) + digits(rng, 14)  # EAN connection code
    if k == 5:
        return "POL-" + digits(rng, 4) + "-" + digits(rng, 5)
    if k == 6:
        return digits(rng, 10, True)
    if k == 7:
        return rstr(rng, 2, string.ascii_uppercase) + digits(rng, 6)
    return "C" + digits(rng, 6) + rstr(rng, 1, string.ascii_uppercase)


def gen_ip(rng, loc):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(rstr(rng, 4, HEX) for _ in range(3)) + "::" + rstr(rng, 3, HEX)
    first = rng.choice([31, 62, 77, 81, 84, 86, 145, 178, 185, 188, 193, 213, 94, 109])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_address(rng, loc, street, city, postcode_hint=None):
    n = rng.randint(1, 240)
    k = rng.randrange(4)
    if loc == "nl":
        pc = f"{rng.randint(1011, 9999)} {rstr(rng, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        suf = rng.choice(["", "", "", "a", "-2", " B", " hs", "-III"])
        return [f"{street} {n}{suf}, {pc} {city}", f"{street} {n}{suf} {pc} {city}", f"{street} {n}{suf}\n{pc.replace(' ', '')} {city.upper()}", f"{street.lower()} {n}{suf}, {city}"][k]
    if loc in ("nl-be", "fr-be"):
        pc = str(rng.randint(1000, 9992))
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", f" boîte {rng.randint(1, 9)}" if loc == "fr-be" else "A"])
        if loc == "fr-be":
            return [f"{street} {n}{bus}, {pc} {city}", f"{street}, {n}{bus} - {pc} {city}", f"{street} {n}{bus}\n{pc} {city}", f"{n} {street}, {pc} {city}"][k]
        return [f"{street} {n}{bus}, {pc} {city}", f"{street} {n}{bus} - {pc} {city}", f"{street} {n}{bus}\n{pc} {city}", f"{street} {n}{bus}, {city}"][k]
    if loc == "en-gb":
        pc = rng.choice(["SW1A 2AA", "M1 4BT", "LS6 2QE", "B15 2TT", "EH3 9DR", "BS8 1TH", "NW3 5RT", "CB2 1TN", "G12 8QQ", "OX4 1DY"])
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 30)}, ", f"{rng.randint(1, 9)}B "])
        return [f"{flat}{n} {street}, {city} {pc}", f"{flat}{n} {street}\n{city}\n{pc}", f"{n} {street}, {city}, {pc}", f"{n} {street.lower()} {pc.lower()}"][k]
    st = rng.choice(["NY 10027", "CA 94110", "IL 60614", "MA 02139", "WA 98103", "TX 78704", "CO 80205", "OR 97214"])
    apt = rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 20)}"])
    return [f"{n * 7} {street}{apt}, {city}, {st}", f"{n * 7} {street}{apt}\n{city}, {st}", f"{n * 7} {street}{apt} {city} {st}", f"{n * 7} {street}{apt}, {city} {st.split()[1]}"][k]
