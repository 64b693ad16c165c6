"""Value generators for blind119 (stdlib only). Each returns a string."""
import string

DIGITS = string.digits


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


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, lang):
    kind = rng.random()
    if kind < 0.12:
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        f = rng.random()
        if f < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    pre = rng.choice(["4", "4", "51", "53", "55", "2221", "5412"])
    num = _luhn_complete(pre, 16, rng)
    f = rng.random()
    if f < 0.5:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.7:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.85:
        return num
    return ".".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, lang):
    return "".join(rng.choice(DIGITS) for _ in range(rng.choice([3, 3, 3, 4])))


def card_expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    f = rng.random()
    if f < 0.5:
        return f"{m:02d}/{y}"
    if f < 0.7:
        return f"{m:02d}/20{y}"
    if f < 0.85:
        return f"{m:02d}-{y}"
    return f"{m}/{y}"


def _mod97_check(bban_rearranged):
    n = "".join(str(int(c, 36)) for c in bban_rearranged)
    return 98 - int(n) % 97


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _mk_iban(cc, bban):
    chk = _mod97_check(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban_raw(rng, lang):
    r = rng.random()
    if lang == "nl":
        cc = "NL" if r < 0.85 else rng.choice(["BE", "DE"])
    elif lang in ("nl-be", "fr-be"):
        cc = "BE" if r < 0.8 else rng.choice(["NL", "FR", "LU"])
    elif lang == "en-gb":
        cc = "GB" if r < 0.6 else rng.choice(["NL", "IE", "DE"])
    else:
        cc = rng.choice(["NL", "GB", "DE", "BE"])
    if cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]) + "".join(rng.choice(DIGITS) for _ in range(10))
    elif cc == "BE":
        b = "".join(rng.choice(DIGITS) for _ in range(10))
        bban = b + f"{(int(b) % 97) or 97:02d}"
    elif cc == "DE":
        bban = "".join(rng.choice(DIGITS) for _ in range(18))
    elif cc == "FR":
        bban = "".join(rng.choice(DIGITS) for _ in range(23))
    elif cc == "LU":
        bban = "".join(rng.choice(DIGITS) for _ in range(16))
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + "".join(rng.choice(DIGITS) for _ in range(14))
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(rng.choice(DIGITS) for _ in range(14))
    return _mk_iban(cc, bban)


def iban(rng, lang):
    s = iban_raw(rng, lang)
    f = rng.random()
    if f < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if rng.random() < 0.1:
        s = s.lower()
    return s


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return t % 11 == 0 and d[0] + d[1] + d[2] + d[3] > 0


def bsn_nl(rng, lang):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        t = sum(d[i] * (9 - i) for i in range(8)) % 11
        if t == 10 or d[0] == 0:
            continue
        s = "".join(map(str, d)) + str(t)
        if bsn_ok(s):
            break
    f = rng.random()
    if f < 0.6:
        return s
    if f < 0.8:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def rrn_be(rng, lang):
    y = rng.randint(1950, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" if y >= 2000 else "") + base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    f = rng.random()
    if f < 0.5:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if f < 0.8:
        return s
    return f"{s[:6]} {s[6:9]} {s[9:]}"


def phone(rng, lang):
    def dg(n):
        return "".join(rng.choice(DIGITS) for _ in range(n))
    f = rng.random()
    if lang == "nl":
        if rng.random() < 0.75:
            a = dg(8)
            return rng.choice([f"06-{a}", f"06 {a[:4]} {a[4:]}", f"+31 6 {a}", f"+316{a}", f"0031 6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                               f"06{a}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"+31 (0)6 {a}"])
        area = rng.choice(["020", "010", "030", "050", "0318", "0499", "072", "043"])
        rest = dg(10 - len(area))
        return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"+31 {area[1:]} {rest}"])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.75:
            p = rng.choice(["470", "472", "475", "476", "478", "479", "484", "486", "491", "494", "496"])
            a = dg(6)
            return rng.choice([f"0{p} {a[:2]} {a[2:4]} {a[4:]}", f"0{p}/{a[:2]}.{a[2:4]}.{a[4:]}", f"+32 {p} {a[:2]} {a[2:4]} {a[4:]}",
                               f"0{p}{a}", f"0032{p}{a}", f"+32{p}{a}", f"0{p}/{a}"])
        area = rng.choice(["02", "03", "09", "04", "016", "050", "010", "081"])
        rest = dg(9 - len(area))
        grp = f"{rest[:3]} {rest[3:5]} {rest[5:]}" if len(rest) == 7 else f"{rest[:2]} {rest[2:4]} {rest[4:]}"
        return rng.choice([f"{area} {grp}", f"{area}/{rest}", f"+32 {area[1:]} {grp}"])
    if lang == "en-gb":
        if rng.random() < 0.75:
            a = dg(9)
            return rng.choice([f"07{a}", f"07{a[:3]} {a[3:]}", f"+44 7{a[:3]} {a[3:]}", f"+447{a}", f"(+44) 07{a[:3]} {a[3:]}", f"07{a[:3]}-{a[3:]}"])
        return rng.choice([f"020 7{dg(3)} {dg(4)}", f"0161 {dg(3)} {dg(4)}", f"0113 {dg(3)} {dg(4)}", f"01632 {dg(6)}"])
    area = str(rng.randint(201, 989))
    while area[1] == "1" and area[2] == "1":
        area = str(rng.randint(201, 989))
    ex = str(rng.randint(200, 989))
    ln = dg(4)
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}", f"1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"{area}{ex}{ln}"])


MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com", "hetnet.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.fr", "voo.be", "outlook.be", "yahoo.fr", "live.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "proton.me"],
}


def _slug(s):
    rep = {"é": "e", "è": "e", "ë": "e", "ï": "i", "ö": "o", "ü": "u", "ç": "c", "'": "", " ": ""}
    return "".join(rep.get(c, c) for c in s.lower())


def email(rng, lang, first="anna", last="de vries"):
    f, l = _slug(first), _slug(last)
    d = rng.choice(MAIL_DOMAINS[lang])
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}{f[0]}", f"{f}{rng.randint(60, 99)}",
                        f"{f}.{l}{rng.randint(1, 9)}", f"{l}.{f}", f"{f}-{l}"])
    if rng.random() < 0.05:
        local = local.capitalize()
    return f"{local}@{d}"


def address(rng, lang, street, city):
    n = rng.randint(1, 240)
    if lang == "nl":
        pc = f"{rng.randint(1011, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
        if rng.random() < 0.1:
            pc = pc.replace(" ", "")
        num = rng.choice([str(n), f"{n}-{rng.randint(1, 3)}", f"{n}A", f"{n} hs", f"{n}-II", str(n)])
        return rng.choice([f"{street} {num}, {pc} {city}", f"{street} {num} {pc} {city}", f"{street} {num}, {city}", f"{street} {num}"])
    if lang in ("nl-be", "fr-be"):
        pc = str(rng.randint(1000, 9990))
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", f" boîte {rng.randint(1, 9)}" if lang == "fr-be" else f" b{rng.randint(1, 9)}"])
        if lang == "fr-be":
            return rng.choice([f"{street} {n}{bus}, {pc} {city}", f"{n}, {street}, {pc} {city}", f"{street} {n}{bus}"])
        return rng.choice([f"{street} {n}{bus}, {pc} {city}", f"{street} {n}{bus} {pc} {city}", f"{street} {n}{bus}"])
    if lang == "en-gb":
        pc = f"{rng.choice(['LS', 'M', 'B', 'SW', 'N', 'EH', 'BS', 'CF', 'NG', 'G'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}B "])
        if flat.endswith("B "):
            return f"{flat.strip()} {street}, {city} {pc}"
        return rng.choice([f"{flat}{n} {street}, {city} {pc}", f"{flat}{n} {street}, {city}, {pc}", f"{n} {street}, {pc}"])
    st = rng.choice(["OR 97205", "TX 78704", "IL 60614", "NY 11215", "CA 94110", "WA 98103", "MA 02139", "CO 80205", "GA 30307"])
    apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 9)}"])
    return rng.choice([f"{n * 10 + rng.randint(0, 9)} {street}{apt}, {city}, {st}", f"{n * 10} {street}{apt}, {city} {st}", f"{n * 10 + 7} {street}{apt}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _ml(lang):
    return "nl" if lang in ("nl", "nl-be") else ("fr" if lang == "fr-be" else "en")


def date_of_birth(rng, lang):
    y = rng.randint(1944, 2007)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[_ml(lang)][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}/{m}/{y}", f"{d}.{m:02d}.{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}"]
    return rng.choice(opts)


def customer_number(rng, lang):
    def dg(n):
        return "".join(rng.choice(DIGITS) for _ in range(n))
    return rng.choice([dg(8), dg(7), f"{dg(3)}-{dg(4)}-{dg(3)}", f"K{dg(7)}", f"CL-{dg(6)}", f"{dg(10)}", f"M{dg(6)}",
                       f"{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{dg(6)}", f"00{dg(8)}", f"{dg(4)} {dg(4)}"])


def ean(rng, lang):
    pre = "871" if lang == "nl" else "541"
    return pre + "".join(rng.choice(DIGITS) for _ in range(15))


def ip_address(rng, lang):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(5)) + "::" + f"{rng.randint(1, 65535):x}"
    a = rng.choice([84, 86, 77, 145, 213, 31, 62, 81, 94, 178, 188, 92, 73, 24, 98])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


WORDS = ["Zomer", "Winter", "Tulp", "Fiets", "Haven", "Molen", "Kaas", "bootje", "Trein", "Sunny", "Rover", "Bella", "Mango", "Koffie",
         "Biscuit", "Pluto", "Ferry", "Lente", "Maan", "Oscar", "Kiwi", "Tiger", "Soleil", "Boule", "Chaton", "Tequila", "Luna"]


def password(rng, lang):
    f = rng.random()
    w = rng.choice(WORDS)
    if f < 0.3:
        return f"{w}{rng.randint(1, 2030)}{rng.choice('!?#$*&@')}"
    if f < 0.5:
        w2 = rng.choice(WORDS).lower()
        return f"{w}{rng.choice(['&', '_', '-', '.'])}{w2}{rng.randint(1, 99)}"
    if f < 0.75:
        al = string.ascii_letters + DIGITS + "!#%&*?"
        return "".join(rng.choice(al) for _ in range(rng.randint(9, 16)))
    if f < 0.88:
        return w.lower() + str(rng.randint(100, 9999))
    return f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(10, 99)}!"


def username(rng, lang, first="anna", last="vries"):
    f, l = _slug(first), _slug(last)
    return rng.choice([f"{f}.{l}", f"{f}{l[:3]}{rng.randint(1, 99)}", f"{l}_{f[0]}", f"{f[0]}{l}{rng.randint(70, 99)}", f"{f}_{rng.randint(100, 999)}",
                       f"{l.upper()}{f[0].upper()}", f"{f}{l}"])


def pin(rng, lang):
    return "".join(rng.choice(DIGITS) for _ in range(rng.choice([4, 4, 4, 5, 6])))


def puk(rng, lang):
    return "".join(rng.choice(DIGITS) for _ in range(8))


def otp(rng, lang):
    s = "".join(rng.choice(DIGITS) for _ in range(rng.choice([6, 6, 6, 5, 8, 4])))
    if len(s) == 6 and rng.random() < 0.25:
        return f"{s[:3]} {s[3:]}"
    if len(s) == 6 and rng.random() < 0.08:
        return f"{s[:3]}-{s[3:]}"
    return s


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, lang):
    w = NUMW[_ml(lang)]
    sep = rng.choice([" ", " - ", ", ", "-"])
    return sep.join(rng.choice(w) for _ in range(6))


def wifi_key(rng, lang):
    f = rng.random()
    if f < 0.4:
        al = string.ascii_letters + DIGITS
        return "".join(rng.choice(al) for _ in range(rng.choice([12, 16, 20])))
    if f < 0.6:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 26])))
    if f < 0.8:
        return "-".join("".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) for _ in range(4))
    return f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()}{rng.randint(1000, 9999)}"


def api_key(rng, lang):
    al = string.ascii_letters + DIGITS
    f = rng.random()
    if f < 0.25:
        return rng.choice(["sk_live_", "pk_live_", "rk_live_", "sk_test_"]) + "".join(rng.choice(al) for _ in range(24))
    if f < 0.4:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + DIGITS) for _ in range(16))
    if f < 0.55:
        return "AIza" + "".join(rng.choice(al + "_-") for _ in range(35))
    if f < 0.7:
        return "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(43))
    if f < 0.8:
        return "xoxb-" + "-".join("".join(rng.choice(DIGITS) for _ in range(12)) for _ in range(2)) + "-" + "".join(rng.choice(al) for _ in range(24))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def aws_secret(rng, lang):
    al = string.ascii_letters + DIGITS + "/+"
    return "".join(rng.choice(al) for _ in range(40))


def token(rng, lang):
    al = string.ascii_letters + DIGITS
    f = rng.random()
    if f < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + "".join(rng.choice(al + "-_") for _ in range(rng.randint(40, 70))) + "." + "".join(rng.choice(al + "-_") for _ in range(43))
    if f < 0.5:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if f < 0.65:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if f < 0.8:
        return "ya29." + "".join(rng.choice(al + "-_") for _ in range(60))
    return "".join(rng.choice(al) for _ in range(rng.randint(28, 44)))


# ---------------- negatives ----------------

def neg_date(rng, lang):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[_ml(lang)][m - 1]
    y = rng.choice([2024, 2025, 2026])
    if lang == "en-us":
        return rng.choice([f"{mon} {d}", f"{m}/{d}", f"{mon} {d}, {y}", f"{m}/{d}/{y}"])
    if lang == "en-gb":
        return rng.choice([f"{d} {mon}", f"{d}/{m:02d}", f"{d} {mon[:3]} {y}", f"{d:02d}/{m:02d}/{y}"])
    return rng.choice([f"{d} {mon}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {mon} {y}"])


def neg_time(rng, lang):
    h, mi = rng.randint(6, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{mi:02d}{'AM' if h < 12 else 'PM'}", f"{h}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}", f"{h}u"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d} uur" if lang == "nl" else f"{h}:{mi:02d}"])


def neg_amount(rng, lang):
    v = rng.choice([rng.randint(3, 90), rng.randint(90, 900)])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{v}.{c:02d}", f"£{v}", f"{v} quid", f"£ {v}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${v}.{c:02d}", f"${v}", f"{v} dollars", f"USD {v}.{c:02d}"])
    return rng.choice([f"€{v},{c:02d}", f"€ {v},{c:02d}", f"{v} euro", f"€{v}", f"{v},{c:02d} EUR", f"EUR {v},{c:02d}", f"{v}€"])


def neg_quantity(rng, lang):
    n = rng.randint(2, 12)
    ml = _ml(lang)
    u = {"nl": ["kg", "zakken", "personen", "tickets", "overhemden", "blikken", "ritten", "km", "uur"],
         "fr": ["kg", "sacs", "personnes", "billets", "chemises", "boîtes", "trajets", "km"],
         "en": ["kg", "bags", "people", "tickets", "shirts", "tins", "rides", "miles", "lbs"]}[ml]
    return f"{n} {rng.choice(u)}"


def neg_percentage(rng, lang):
    v = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5])
    if lang in ("nl", "nl-be", "fr-be") and isinstance(v, float):
        return "12,5%"
    return rng.choice([f"{v}%", f"{v} %"])


def neg_year(rng, lang):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025]))


def _dg(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def order_number(rng, lang):
    return rng.choice([f"#{_dg(rng, 7)}", f"ORD-{_dg(rng, 6)}", f"{rng.choice(['FB', 'NS', 'TK', 'PX'])}{_dg(rng, 6)}", _dg(rng, 9), f"W{_dg(rng, 8)}",
                       "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))])


def ticket_number(rng, lang):
    return rng.choice([f"INC{_dg(rng, 7)}", f"CS-{_dg(rng, 6)}", f"#{_dg(rng, 6)}", f"{_dg(rng, 8)}", f"CASE-{_dg(rng, 5)}", f"SR{_dg(rng, 7)}", f"KL{_dg(rng, 5)}-{rng.randint(10, 99)}"])


def invoice_number(rng, lang):
    return rng.choice([f"F{rng.choice([2024, 2025])}-{_dg(rng, 5)}", f"INV-{_dg(rng, 6)}", f"{rng.choice([2024, 2025])}{_dg(rng, 5)}", f"FAC/{_dg(rng, 4)}/{rng.choice([24, 25])}", f"VF{_dg(rng, 7)}"])


def tracking_number(rng, lang):
    return rng.choice([f"3S{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{_dg(rng, 7)}", f"1Z{''.join(rng.choice('0123456789ABCDEF') for _ in range(16))}",
                       f"JVGL{_dg(rng, 14)}", f"CD{_dg(rng, 9)}BE", f"{_dg(rng, 14)}"])


def request_id(rng, lang):
    hx = "0123456789abcdef"
    u = "-".join("".join(rng.choice(hx) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return rng.choice([u, "req_" + "".join(rng.choice(hx) for _ in range(16)), f"RID-{_dg(rng, 10)}"])


def error_code(rng, lang):
    return rng.choice([f"E-{rng.randint(100, 999)}", "ERR_PAYMENT_DECLINED", f"0x8007{_dg(rng, 4)}", f"ERR{rng.randint(1000, 9999)}", "SESSION_EXPIRED", f"HTTP {rng.choice([401, 403, 500, 502, 503])}", f"code {rng.randint(10, 99)}"])


def version_string(rng, lang):
    return rng.choice([f"v{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} (build {_dg(rng, 4)})",
                       f"{rng.randint(10, 18)}.{rng.randint(0, 7)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}"])


def model_number(rng, lang):
    return rng.choice([f"WWD{rng.randint(100, 999)}", f"HX{_dg(rng, 4)}", f"iO{rng.randint(3, 9)}", f"AQ-{_dg(rng, 3)}", f"WM14N{_dg(rng, 3)}",
                       f"XT-{rng.randint(1, 9)}000", f"TD{_dg(rng, 4)}", f"KV-{_dg(rng, 3)}"])


def product_code(rng, lang):
    return rng.choice([f"SKU {_dg(rng, 5)}-{rng.choice(['BL', 'RD', 'XL', 'M'])}", f"art. {_dg(rng, 6)}", f"{rng.choice(['871', '541', '400'])}{_dg(rng, 10)}", f"PRD-{_dg(rng, 5)}", f"{_dg(rng, 6)}"])


def flight_number(rng, lang):
    return f"{rng.choice(['KL', 'HV', 'SN', 'BA', 'FR', 'U2', 'UA', 'DL', 'TB'])}{rng.randint(100, 9999)}"


def company_phone(rng, lang):
    if lang == "nl":
        return rng.choice([f"088-{_dg(rng, 7)}", f"0900-{_dg(rng, 4)}", f"0800-{_dg(rng, 4)}", f"088 {_dg(rng, 3)} {_dg(rng, 4)}", f"+31 85 {_dg(rng, 3)} {_dg(rng, 4)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {_dg(rng, 2)} {_dg(rng, 2)} {_dg(rng, 2)}", f"070 {_dg(rng, 3)} {_dg(rng, 3)}", f"0800 {_dg(rng, 2)} {_dg(rng, 3)}", f"+32 78 {_dg(rng, 2)} {_dg(rng, 2)} {_dg(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {_dg(rng, 3)} {_dg(rng, 4)}", f"0800 {_dg(rng, 3)} {_dg(rng, 4)}", f"0330 {_dg(rng, 3)} {_dg(rng, 4)}", f"03457 {_dg(rng, 6)}"])
    return rng.choice([f"1-800-{_dg(rng, 3)}-{_dg(rng, 4)}", f"(888) {_dg(rng, 3)}-{_dg(rng, 4)}", f"1-877-{_dg(rng, 3)}-{_dg(rng, 4)}", f"800.{_dg(rng, 3)}.{_dg(rng, 4)}"])


def company_registration(rng, lang):
    if lang == "nl":
        return rng.choice([f"KvK {_dg(rng, 8)}", f"BTW NL{_dg(rng, 9)}B01", f"KvK-nummer {_dg(rng, 8)}", f"NL{_dg(rng, 9)}B0{rng.randint(1, 3)}"])
    if lang == "nl-be":
        return rng.choice([f"BTW BE 0{_dg(rng, 3)}.{_dg(rng, 3)}.{_dg(rng, 3)}", f"ondernemingsnummer 0{_dg(rng, 3)}.{_dg(rng, 3)}.{_dg(rng, 3)}", f"RPR Gent 0{_dg(rng, 9)}"])
    if lang == "fr-be":
        return rng.choice([f"TVA BE0{_dg(rng, 9)}", f"BCE 0{_dg(rng, 3)}.{_dg(rng, 3)}.{_dg(rng, 3)}", f"SIREN {_dg(rng, 3)} {_dg(rng, 3)} {_dg(rng, 3)}"])
    if lang == "en-gb":
        return rng.choice([f"Company No. {_dg(rng, 8)}", f"VAT Reg. GB {_dg(rng, 3)} {_dg(rng, 4)} {_dg(rng, 2)}", f"Registered in England No. {_dg(rng, 8)}"])
    return rng.choice([f"EIN {_dg(rng, 2)}-{_dg(rng, 7)}", f"Reg. No. {_dg(rng, 7)}"])


def masked_value(rng, lang):
    return rng.choice([f"****{_dg(rng, 4)}", f"**** **** **** {_dg(rng, 4)}", f"NL** **** **** {_dg(rng, 4)} {_dg(rng, 2)}", f"BE** **** **** {_dg(rng, 2)}{_dg(rng, 2)}",
                       f"06-****{_dg(rng, 4)}", f"x{_dg(rng, 4)}", f"•••• {_dg(rng, 4)}", f"XXXX-XXXX-XXXX-{_dg(rng, 4)}", f"+31 6 ** ** {_dg(rng, 2)} {_dg(rng, 2)}"])


def masked_email(rng, lang):
    return rng.choice(["j***@gmail.com", "m****s@hotmail.com", "s***@telenet.be", "p******@outlook.com", "a***e@yahoo.co.uk", "k***@ziggo.nl"])


def meter_reading(rng, lang):
    n = rng.randint(3000, 180000)
    if lang == "en-us":
        return rng.choice([f"{n:,} miles", f"{n} mi"])
    if lang == "en-gb":
        return rng.choice([f"{n:,} miles", f"{n} km"])
    return rng.choice([f"{n:,} km".replace(",", "."), f"{n} km"])


def port(rng, lang):
    return str(rng.choice([443, 8080, 8443, 22, 25, 587, 993, 3389, 5060]))


def checksum(rng, lang):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
