"""Value generators for labelled spans and hard negatives (stdlib only)."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def fam_of(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "").replace(".", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    d = [int(x) for x in s]
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def rrn_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    base, chk = s[:9], int(s[9:])
    return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97


# ---------------------------------------------------------------- span values
def card(c, v=None):
    rng = c.rng
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = "5" + str(rng.randint(1, 5)) + digits(rng, 13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6759" + digits(rng, 11)
    num = body + luhn_digit(body)
    c.mem["card_kind"] = kind
    sep = rng.choice([" ", " ", " ", "-", "", ""])
    if kind == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def cvv(c, v=None):
    if c.mem.get("card_kind") == "amex" and c.rng.random() < 0.7:
        return digits(c.rng, 4)
    return digits(c.rng, 3)


def card_expiry(c, v=None):
    rng = c.rng
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}", f"{m:02d}/{y}",
                       f"{m:02d}{y}" if rng.random() < 0.3 else f"{m:02d} / {y}"])


NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]


def _be_bban(rng):
    first = digits(rng, 10)
    chk = int(first) % 97 or 97
    return f"{first}{chk:02d}"


def iban(c, v=None):
    rng = c.rng
    if v == "foreign":
        cc = rng.choice(["DE", "FR", "GB", "NL", "BE", "ES", "LU"])
    elif c.lang in ("nl-be", "fr-be"):
        cc = "BE" if rng.random() < 0.85 else rng.choice(["NL", "FR", "LU"])
    elif c.lang == "nl":
        cc = "NL" if rng.random() < 0.88 else rng.choice(["BE", "DE"])
    elif c.lang == "en-gb":
        cc = rng.choice(["GB", "GB", "NL", "IE"])
    else:
        cc = rng.choice(["NL", "DE", "GB", "BE"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "BE":
        bban = _be_bban(rng)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 23)
    elif cc == "ES":
        bban = digits(rng, 20)
    else:
        bban = digits(rng, 3) + digits(rng, 13)
    s = iban_make(cc, bban)
    r = rng.random()
    if r < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if rng.random() < 0.1:
        s = s.lower()
    return s


def bsn(c, v=None):
    rng = c.rng
    if c.lang in ("nl-be", "fr-be") and v != "nl":
        y = rng.randint(1950, 2006)
        mo, d = rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(1, 997)
        base = f"{y % 100:02d}{mo:02d}{d:02d}{seq:03d}"
        chk = 97 - int(("2" + base) if y >= 2000 else base) % 97
        s = base + f"{chk:02d}"
        return rng.choice([
            f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s,
            f"{s[:6]}-{s[6:9]}-{s[9:]}", f"{s[:6]} {s[6:9]} {s[9:]}",
            f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = rng.randint(1, 7)
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            break
    s = "".join(map(str, d)) + str(last)
    return rng.choice([s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}",
                       f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def phone(c, v=None):
    rng, lang = c.rng, c.lang
    mobile = v == "mobile" or (v != "land" and rng.random() < 0.75)
    if lang == "nl":
        if mobile:
            n = digits(rng, 8)
            return rng.choice([
                f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"+316{n}", f"0031 6 {n[:4]} {n[4:]}",
                f"06{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 (0)6 {n}", f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"(06) {n}"])
        area = rng.choice(["020", "010", "030", "070", "050", "040", "024", "043", "0111", "0523"])
        n = digits(rng, 10 - len(area))
        return rng.choice([f"{area}-{n}", f"{area} {n}", f"+31 {area[1:]} {n}", f"({area}) {n}"])
    if lang in ("nl-be", "fr-be"):
        if mobile:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "494", "495", "496", "497", "499"])
            n = digits(rng, 6)
            return rng.choice([
                f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                f"0032{p}{n}", f"0{p}{n}", f"+32{p}{n}", f"0{p}/{n}", f"0{p} {n[:3]} {n[3:]}", f"+32 (0){p} {n}"])
        area = rng.choice(["02", "03", "09", "04", "016", "050", "011", "081", "065"])
        n = digits(rng, 9 - len(area))
        return rng.choice([f"{area}/{n[:3]}.{n[3:5]}.{n[5:]}" if len(n) == 7 else f"{area}/{n[:2]}.{n[2:4]}.{n[4:]}",
                           f"{area} {n}", f"+32 {area[1:]} {n}"])
    if lang == "en-gb":
        if mobile:
            n = digits(rng, 6)
            p = "7" + rng.choice(["700", "712", "734", "756", "780", "801", "903", "955", "411", "592"])
            return rng.choice([f"0{p} {n}", f"+44 {p} {n}", f"0{p}{n}", f"+44 (0){p} {n}", f"0{p} {n[:3]} {n[3:]}",
                               f"+44{p}{n}", f"0044 {p} {n}"])
        area = rng.choice(["20 7946", "161 496", "113 496", "131 496", "117 496", "28 9018"])
        n = digits(rng, 4)
        return rng.choice([f"0{area} {n}", f"+44 {area} {n}", f"+44 (0){area} {n}"])
    a = rng.choice(["212", "415", "312", "617", "206", "512", "305", "646", "720", "919"])
    x = str(rng.randint(200, 999))
    n = "01" + digits(rng, 2) if rng.random() < 0.6 else digits(rng, 4)
    return rng.choice([f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"+1 {a} {x} {n}", f"{a}.{x}.{n}", f"1-{a}-{x}-{n}",
                       f"+1 ({a}) {x}-{n}", f"{a}{x}{n}", f"{a} {x} {n}"])


def _nl_pc(rng):
    return f"{rng.randint(1011, 9999)} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"


def _uk_pc(rng):
    out = rng.choice(["SW", "NW", "E", "N", "SE", "M", "LS", "B", "BS", "G", "EH", "CF", "L", "NG", "OX", "CB"])
    return f"{out}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


US_STATES = [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"), ("Denver", "CO"),
             ("Raleigh", "NC"), ("Tampa", "FL"), ("Madison", "WI"), ("Boise", "ID"), ("Albany", "NY")]


def address(c, v=None):
    rng, lang = c.rng, c.lang
    street_only = v == "street"
    multiline = v == "multi"
    if lang == "nl":
        st = c.pick("street_nl")
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "b", "-II", " hs", "-3", " 2hg", "A"])
        s = f"{st} {num}"
        if street_only:
            return s
        pc, city = _nl_pc(rng), c.pick("city_nl")
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        if multiline:
            return f"{s}\n{pc} {city.upper() if rng.random() < 0.3 else city}"
        return rng.choice([f"{s}, {pc} {city}", f"{s} {pc} {city}", f"{s}, {city}", f"{s}, {pc}"])
    if lang in ("nl-be", "fr-be"):
        st = c.pick("street_fl" if lang == "nl-be" else "street_fr")
        n = str(rng.randint(1, 180))
        bus = rng.choice(["", "", "", " bus 3", " bus 12", "/2", " bte 4", "/101", " B2"])
        if lang == "nl-be":
            bus = bus.replace("bte", "bus")
            s = f"{st} {n}{bus}"
        else:
            bus = bus.replace("bus", "bte")
            s = rng.choice([f"{st} {n}{bus}", f"{n}{',' if rng.random() < 0.5 else ''} {st}{bus}"])
        if street_only:
            return s
        pc, city = c.pick("city_be_" + ("fl" if lang == "nl-be" else "fr"))
        if multiline:
            return f"{s}\n{pc} {city}"
        return rng.choice([f"{s}, {pc} {city}", f"{s} {pc} {city}", f"{s}, B-{pc} {city}", f"{s} - {pc} {city}"])
    if lang == "en-gb":
        st = c.pick("street_uk")
        n = rng.randint(1, 160)
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}{rng.choice('ABC')} "])
        s = f"{flat}{n} {st}" if not flat.endswith(" ") or flat.startswith("Flat") else f"{flat}{st}"
        if street_only:
            return s
        city = c.pick("city_uk")
        pc = _uk_pc(rng)
        if multiline:
            return f"{s}\n{city}\n{pc}"
        return rng.choice([f"{s}, {city} {pc}", f"{s}, {city}, {pc}", f"{s}, {pc}"])
    st = c.pick("street_us")
    s = f"{rng.randint(10, 9899)} {st}" + rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 30)}"])
    if street_only:
        return s
    city, stt = rng.choice(US_STATES)
    z = f"{rng.randint(10001, 99950)}"
    if multiline:
        return f"{s}\n{city}, {stt} {z}"
    return rng.choice([f"{s}, {city}, {stt} {z}", f"{s}, {city} {stt} {z}", f"{s} {city}, {stt} {z}"])


def _date_fmt(rng, lang, y, m, d, short_year_ok=True):
    fam = fam_of(lang)
    mn = MONTHS[fam][m - 1]
    if fam == "en":
        if lang == "en-us":
            opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
        else:
            sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{sfx} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}",
                f"{y}-{m:02d}-{d:02d}"]
        if short_year_ok:
            opts.append(f"{d:02d}-{m:02d}-{y % 100:02d}")
    return rng.choice(opts)


def date_of_birth(c, v=None):
    rng = c.rng
    return _date_fmt(rng, c.lang, rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28))


def otp(c, v=None):
    rng = c.rng
    n = rng.choice([6, 6, 6, 6, 4, 5, 8])
    s = digits(rng, n)
    if v == "words":
        fam = fam_of(c.lang)
        words = {"nl": "nul een twee drie vier vijf zes zeven acht negen",
                 "fr": "zéro un deux trois quatre cinq six sept huit neuf",
                 "en": "zero one two three four five six seven eight nine"}[fam].split()
        sep = rng.choice([" ", "-", ", ", " "])
        return sep.join(words[int(x)] for x in s[:6])
    if n == 6 and rng.random() < 0.25:
        return f"{s[:3]} {s[3:]}"
    if n == 6 and rng.random() < 0.1:
        return f"{s[:3]}-{s[3:]}"
    return s


def pin(c, v=None):
    rng = c.rng
    if v == "door":
        return digits(rng, rng.choice([4, 4, 5, 6]))
    if v == "unlock":
        return digits(rng, rng.choice([4, 6, 6]))
    return digits(rng, 4)


def puk(c, v=None):
    return digits(c.rng, 8)


WORDS_PW = ["Zonnebloem", "fiets", "Amsterdam", "tulp", "Kaasboer", "welkom", "Bruxelles", "frites", "summer",
            "Liverpool", "chelsea", "Pizza", "hond", "Merel", "dragon", "sunshine", "Antwerpen", "kabouter",
            "football", "Monkey", "zomer", "Chocolat", "papillon", "Bikkel", "koffie", "Panda", "rainbow", "Sneeuw"]


def password(c, v=None):
    rng = c.rng
    w = rng.choice(WORDS_PW)
    if rng.random() < 0.3:
        w = w.replace("a", "@").replace("o", "0") if rng.random() < 0.5 else w.replace("e", "3")
    k = rng.random()
    if k < 0.35:
        return w + digits(rng, rng.choice([2, 3, 4])) + rng.choice(["!", "", "#", "?", "$", "*"])
    if k < 0.55:
        return rng.choice(["", "!"]) + w.capitalize() + rng.choice([".", "_", "-", "#"]) + rng.choice(WORDS_PW).lower() + digits(rng, 2)
    if k < 0.75:
        return rstr(rng, ALNUM + "!#$%&*", rng.randint(10, 16))
    if k < 0.9:
        return w.capitalize() + str(rng.randint(1960, 2024))
    return rng.choice(WORDS_PW).lower() + "-" + rng.choice(WORDS_PW).lower() + "-" + rng.choice(WORDS_PW).lower()


def wifi_key(c, v=None):
    rng = c.rng
    k = rng.random()
    if k < 0.3:
        return rstr(rng, "0123456789ABCDEF", rng.choice([10, 26]))
    if k < 0.55:
        return rstr(rng, UP + DIG, 4) + "-" + rstr(rng, UP + DIG, 4) + "-" + rstr(rng, UP + DIG, 4)
    if k < 0.8:
        return rstr(rng, LOW + DIG, rng.randint(12, 20))
    return rng.choice(WORDS_PW) + rng.choice(WORDS_PW).lower() + digits(rng, 3)


def username(c, v=None):
    rng = c.rng
    f = c.mem.get("first") or c.pick("first")
    l = c.mem.get("last") or c.pick("last")
    l2 = l.lower().replace(" ", "").replace("'", "")
    f2 = f.lower()
    return rng.choice([f"{f2}.{l2}", f"{f2[0]}{l2}{rng.randint(1, 99)}", f"{f2}_{l2[:4]}", f"{f2}{rng.randint(1975, 2006)}",
                       f"{l2}{f2[0]}", f"{f2[0].upper()}.{l.replace(' ', '')}", f"{f2}{l2}", f"x{f2}x{rng.randint(1, 9)}",
                       f"{f2}-{l2[:3]}{digits(rng, 3)}"])


MAIL_DOM = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "xs4all.nl", "hotmail.nl", "icloud.com"],
            "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "scarlet.be", "yahoo.fr"],
            "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com"],
            "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"]}


def email(c, v=None):
    rng = c.rng
    f = (c.mem.get("first") or c.pick("first")).lower()
    l = (c.mem.get("last") or c.pick("last")).lower().replace(" ", "").replace("'", "")
    key = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb"}.get(c.lang, "us")
    dom = rng.choice(MAIL_DOM[key])
    if v == "work":
        dom = c.pick("workdomain")
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(70, 99)}",
                        f"{f[0]}{l}", f"{f}.{l[0]}"])
    s = f"{local}@{dom}"
    if rng.random() < 0.05:
        s = s.capitalize()
    return s


def ip_address(c, v=None):
    rng = c.rng
    if v == "v6" or rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
    first = rng.choice([81, 84, 86, 77, 145, 62, 94, 178, 31, 188, 212, 51, 109, 73, 98])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def api_key(c, v=None):
    rng = c.rng
    k = v or rng.choice(["sk", "sk", "aws", "google", "sg", "hex", "pk", "mollie"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + rstr(rng, ALNUM, 24)
    if k == "pk":
        return "pk_live_" + rstr(rng, ALNUM, 24)
    if k == "aws":
        return "AKIA" + rstr(rng, UP + DIG, 16)
    if k == "awssecret":
        return rstr(rng, ALNUM + "/+", 40)
    if k == "google":
        return "AIza" + rstr(rng, ALNUM + "-_", 35)
    if k == "sg":
        return "SG." + rstr(rng, ALNUM, 22) + "." + rstr(rng, ALNUM, 43)
    if k == "mollie":
        return rng.choice(["live_", "test_"]) + rstr(rng, ALNUM, 30)
    return rstr(rng, "0123456789abcdef", 32)


def token(c, v=None):
    rng = c.rng
    k = v or rng.choice(["jwt", "ghp", "hex", "hex", "xox", "sess", "ya29"])
    if k == "jwt":
        import base64
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rstr(rng, ALNUM, rng.randint(30, 60)) + "." +
                rstr(rng, ALNUM + "-_", 43))
    if k == "ghp":
        return "ghp_" + rstr(rng, ALNUM, 36)
    if k == "xox":
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rstr(rng, ALNUM, 24)
    if k == "sess":
        return rstr(rng, LOW + DIG, 26)
    if k == "ya29":
        return "ya29." + rstr(rng, ALNUM + "-_", 60)
    return rstr(rng, "0123456789abcdef", rng.choice([32, 40, 64]))


def customer_number(c, v=None):
    rng = c.rng
    v = v or "generic"
    if v == "ean":
        return "871" + digits(rng, 15)
    if v == "pol":
        return rng.choice([f"{rng.choice(UP)}{rng.choice(UP)}-{digits(rng, 7)}", f"POL{digits(rng, 8)}", digits(rng, 9),
                           f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}", f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 2)}",
                           f"{rng.choice(UP)}{digits(rng, 9)}"])
    if v == "tenant":
        return rng.choice([f"{digits(rng, 7)}", f"H{digits(rng, 6)}", f"{digits(rng, 6)}/{digits(rng, 2)}",
                           f"HR-{digits(rng, 5)}", f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}"])
    if v == "member":
        return rng.choice([f"{digits(rng, 8)}", f"M{digits(rng, 7)}", f"{rstr(rng, UP, 3)}{digits(rng, 6)}",
                           f"{digits(rng, 4)}-{digits(rng, 4)}"])
    if v == "student":
        return rng.choice([f"S{digits(rng, 7)}", f"{digits(rng, 7)}", f"STU-{digits(rng, 6)}", f"u{digits(rng, 6)}",
                           f"{digits(rng, 3)}{rstr(rng, UP, 2)}{digits(rng, 3)}"])
    if v == "cand":
        return rng.choice([f"{digits(rng, 6)}", f"KND{digits(rng, 6)}", f"C-{digits(rng, 7)}", f"{digits(rng, 2)}-{digits(rng, 5)}",
                           f"FL{digits(rng, 6)}"])
    return rng.choice([digits(rng, rng.choice([7, 8, 9, 10])), f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
                       f"{rstr(rng, UP, 2)}{digits(rng, 8)}", f"{digits(rng, 4)} {digits(rng, 4)}", f"K{digits(rng, 7)}"])


SPAN_GEN = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "phone": phone,
    "address": address, "date_of_birth": date_of_birth, "otp": otp, "pin": pin, "puk": puk,
    "password": password, "wifi_key": wifi_key, "username": username, "email": email,
    "ip_address": ip_address, "api_key": api_key, "token": token, "customer_number": customer_number,
}


# ---------------------------------------------------------------- negatives
def n_date(c, v=None):
    rng = c.rng
    return _date_fmt(rng, c.lang, rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28), False)


def n_time(c, v=None):
    rng = c.rng
    h, m = rng.randint(7, 23), rng.choice([0, 5, 10, 15, 20, 30, 45, 50, 12, 37])
    if c.lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}:{m:02d}{'PM' if h >= 12 else 'AM'}"])
    if c.lang == "en-gb":
        return rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}"])
    if c.lang in ("nl-be", "fr-be"):
        return rng.choice([f"{h}u{m:02d}", f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}u"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"])


def n_amount(c, v=None):
    rng = c.rng
    a = rng.choice([rng.randint(5, 60) + rng.choice([0, 0.5, 0.95, 0.99, 0.25]), rng.randint(100, 2500) + 0.0])
    if c.lang == "en-gb":
        return rng.choice([f"£{a:.2f}", f"£{a:.0f}", f"GBP {a:.2f}"])
    if c.lang == "en-us":
        return rng.choice([f"${a:.2f}", f"${a:,.0f}", f"USD {a:.2f}"])
    s = f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return rng.choice([f"€ {s}", f"€{s}", f"{s} euro", f"EUR {s}", f"{s} €", f"€{a:.0f},-"])


def n_quantity(c, v=None):
    rng = c.rng
    fam = fam_of(c.lang)
    n = rng.randint(2, 14)
    opts = {"nl": [f"{n} stuks", f"{n}x", f"{n} pizza's", f"{n} dagen", f"{n} weken", f"{n*5} minuten", f"{n} uur"],
            "fr": [f"{n} pièces", f"{n}x", f"{n} jours", f"{n*5} minutes", f"{n} semaines", f"{n} heures"],
            "en": [f"{n} items", f"{n}x", f"{n} days", f"{n*5} minutes", f"{n} weeks", f"{n} hours", f"{n} boxes"]}[fam]
    return rng.choice(opts)


def n_percentage(c, v=None):
    rng = c.rng
    p = rng.choice([5, 10, 15, 20, 25, 30, 50, 3.5, 2.4, 100])
    return rng.choice([f"{p}%", f"{p} %", f"{p} procent" if fam_of(c.lang) == "nl" else f"{p}%"]).replace(".", "," if c.lang not in ("en-gb", "en-us") else ".")


def n_year(c, v=None):
    return str(c.rng.randint(2015, 2026))


def n_order(c, v=None):
    rng = c.rng
    return rng.choice([f"#{digits(rng, 8)}", f"TB-{digits(rng, 8)}", digits(rng, rng.choice([9, 10, 12])), f"{rstr(rng, UP, 4)}{digits(rng, 4)}",
                       f"ORD-{digits(rng, 6)}", f"#{rstr(rng, UP + DIG, 6)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"])


def n_ticket(c, v=None):
    rng = c.rng
    if v == "claim":
        return rng.choice([f"{rng.randint(2024, 2026)}-{digits(rng, 6)}", f"CLM-{digits(rng, 7)}", f"SCH{digits(rng, 8)}", f"S-{digits(rng, 6)}/{rng.randint(24, 26)}",
                           f"{digits(rng, 2)}/{digits(rng, 7)}", f"CL{digits(rng, 9)}"])
    return rng.choice([f"#{digits(rng, 6)}", f"CASE-{digits(rng, 8)}", f"{digits(rng, 8)}", f"INC{digits(rng, 7)}", f"KL-{digits(rng, 6)}",
                       f"TKT-{rstr(rng, UP, 2)}{digits(rng, 5)}", f"{rstr(rng, UP, 3)}-{digits(rng, 5)}"])


def n_invoice(c, v=None):
    rng = c.rng
    return rng.choice([f"F{rng.randint(2024, 2026)}-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"{rng.randint(2024, 2026)}{digits(rng, 6)}",
                       f"FAC/{digits(rng, 4)}/{digits(rng, 3)}", f"NR{digits(rng, 8)}"])


def n_tracking(c, v=None):
    rng = c.rng
    return rng.choice(["3S" + rstr(rng, UP, 4) + digits(rng, 9), "1Z" + rstr(rng, UP + DIG, 6) + digits(rng, 10), "JVGL" + digits(rng, 14),
                       "CD" + digits(rng, 9) + "BE", "RR" + digits(rng, 9) + "GB"])


def n_request(c, v=None):
    rng = c.rng
    h = "0123456789abcdef"
    return rng.choice([f"{rstr(rng, h, 8)}-{rstr(rng, h, 4)}-4{rstr(rng, h, 3)}-a{rstr(rng, h, 3)}-{rstr(rng, h, 12)}",
                       f"req_{rstr(rng, ALNUM, 14)}", f"RID-{rstr(rng, UP + DIG, 10)}"])


def n_error(c, v=None):
    rng = c.rng
    return rng.choice([f"E{rng.randint(100, 999)}", f"ERR-{rng.randint(1000, 9999)}", "ERR_CONNECTION_RESET", f"0x8007{rstr(rng, '0123456789ABCDEF', 4)}",
                       f"HTTP {rng.choice([401, 403, 404, 500, 502, 503])}", f"PAY-{rng.randint(10, 99)}", f"code {rng.randint(10, 99)}-{rng.randint(100, 999)}"])


def n_version(c, v=None):
    rng = c.rng
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(3, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"{rng.randint(5, 9)}.{rng.randint(0, 99)} (build {digits(rng, 4)})"])


def n_model(c, v=None):
    return c.pick("model")


def n_product(c, v=None):
    rng = c.rng
    return rng.choice([f"SKU-{digits(rng, 6)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}", f"ART{digits(rng, 7)}", f"{rstr(rng, UP, 3)}-{digits(rng, 4)}",
                       f"P{digits(rng, 5)}"])


def n_flight(c, v=None):
    rng = c.rng
    return rng.choice(["KL", "HV", "SN", "BA", "FR", "U2", "TB", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def n_company_phone(c, v=None):
    rng = c.rng
    if c.lang == "nl":
        return rng.choice([f"0900-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0800-{digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                           f"+31 88 {digits(rng, 3)} {digits(rng, 4)}", f"0900 {digits(rng, 7)}"])
    if c.lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"070 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                           f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"078/{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 2)}", f"+32 78 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
    if c.lang == "en-gb":
        return rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0333 {digits(rng, 3)} {digits(rng, 4)}",
                           f"0330 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"1-877-{digits(rng, 3)}-{digits(rng, 4)}",
                       f"800.{digits(rng, 3)}.{digits(rng, 4)}"])


def n_company_reg(c, v=None):
    rng = c.rng
    if c.lang == "nl":
        return rng.choice([f"{digits(rng, 8)}", f"NL{digits(rng, 9)}B01", f"NL {digits(rng, 9)} B01"])
    if c.lang in ("nl-be", "fr-be"):
        return rng.choice([f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"BE0{digits(rng, 9)}"])
    if c.lang == "en-gb":
        return rng.choice([f"{digits(rng, 8)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def n_url(c, v=None):
    rng = c.rng
    dom = c.brand_domain
    path = rng.choice(["", "/help", "/klantenservice", "/contact", "/claims", "/login", "/faq/betalen", "/account/reset", "/s/3fK9x", "/nl-be/support"])
    return rng.choice([f"https://www.{dom}{path}", f"www.{dom}{path}", f"{dom}{path}", f"https://{dom}{path}?utm_source=webcare",
                       f"https://bit.ly/{rstr(rng, ALNUM, 7)}"])


def n_mention(c, v=None):
    return "@" + c.brand_handle


def n_hashtag(c, v=None):
    return "#" + c.pick("hashtag")


def n_masked(c, v=None):
    rng = c.rng
    k = v or rng.choice(["card", "iban", "phone", "mail", "card2", "cust"])
    if k == "card":
        k = rng.choice(["card", "card2"])
    if k == "card":
        return "**** **** **** " + digits(rng, 4)
    if k == "card2":
        return rng.choice(["****", "xxxx", "XXXX-XXXX-XXXX-"]) + digits(rng, 4)
    if k == "iban":
        cc = "BE" if c.lang in ("nl-be", "fr-be") else ("GB" if c.lang == "en-gb" else "NL")
        return rng.choice([f"{cc}** **** **** {digits(rng, 4)}", f"{cc}**{rstr(rng, '*', 8)}{digits(rng, 3)}", f"{cc}XX XXXX XXXX XX{digits(rng, 2)}"])
    if k == "phone":
        return rng.choice([f"06-****{digits(rng, 4)}", f"+31 6 **** {digits(rng, 4)}", f"04** ** {digits(rng, 2)} {digits(rng, 2)}", f"*******{digits(rng, 3)}"])
    if k == "mail":
        return f"{rng.choice(LOW)}***{rng.choice(LOW)}@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be', 'outlook.com'])}"
    return f"****{digits(rng, 3)}"


def n_meter(c, v=None):
    rng = c.rng
    return rng.choice([f"{rng.randint(1000, 60000):05d}", f"{rng.randint(100, 9999)},{rng.randint(0, 999):03d}", f"{rng.randint(1000, 40000)}"])


def n_port(c, v=None):
    return str(c.rng.choice([22, 80, 443, 8080, 8443, 3389, 25, 587, 993, 5060, 1883, 32400]))


def n_checksum(c, v=None):
    rng = c.rng
    return rstr(rng, "0123456789abcdef", rng.choice([32, 40, 64]))


NEG_GEN = {
    "date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage,
    "year": n_year, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
    "tracking_number": n_tracking, "request_id": n_request, "error_code": n_error, "version_string": n_version,
    "model_number": n_model, "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
    "company_registration": n_company_reg, "url": n_url, "mention": n_mention, "hashtag": n_hashtag,
    "masked_value": n_masked, "meter_reading": n_meter, "port": n_port, "checksum": n_checksum,
}
