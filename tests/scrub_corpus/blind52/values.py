"""Value generators and validators (stdlib only). Each generator takes a random.Random."""
import string

# ---------------------------------------------------------------- validators
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


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(bsn):
    d = [int(c) for c in bsn if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return s % 11 == 0 and sum(d) > 0


def rrn_ok(rrn):
    d = "".join(c for c in rrn if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers
def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- card
def _luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(rng, arg=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        num = _luhn_complete("4" + digits(rng, 5), 16, rng)
    elif kind == "mc":
        num = _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + digits(rng, 2), 16, rng)
    elif kind == "amex":
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        st = rng.random()
        if st < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    else:
        num = _luhn_complete(rng.choice(["6703", "6759", "5018"]), rng.choice([16, 19]), rng)
    st = rng.random()
    if st < 0.45:
        return group(num)
    if st < 0.65:
        return num
    if st < 0.8:
        return group(num, 4, "-")
    if st < 0.9:
        return group(num, 4, ".")
    return group(num, 4, "  ")


def cvv(rng, arg=None):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, arg=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}.20{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


# ---------------------------------------------------------------- IBAN
def _alnum(rng, n):
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _letters(rng, n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "MONZ"]


def _bban(rng, cc):
    if cc == "NL":
        return rng.choice(NL_BANKS) + digits(rng, 10)
    if cc == "BE":
        b = digits(rng, 10, True)
        c = int(b) % 97 or 97
        return b + f"{c:02d}"
    if cc == "DE":
        return digits(rng, 8, True) + digits(rng, 10)
    if cc == "PL":
        return digits(rng, 24)
    if cc == "TR":
        return digits(rng, 5) + "0" + digits(rng, 16)
    if cc == "PT":
        return "00" + digits(rng, 19)
    if cc == "LU":
        return digits(rng, 3) + _alnum(rng, 13)
    if cc == "FR":
        return digits(rng, 10) + _alnum(rng, 11) + digits(rng, 2)
    if cc == "GB":
        return rng.choice(GB_BANKS) + digits(rng, 14)
    if cc == "ES":
        return digits(rng, 20)
    if cc == "IT":
        return _letters(rng, 1) + digits(rng, 10) + _alnum(rng, 12)
    if cc == "AT":
        return digits(rng, 16)
    raise ValueError(cc)


def make_iban(rng, cc):
    bban = _bban(rng, cc)
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


IBAN_CC = {"nl": "NL", "be": "BE", "de": "DE", "pl": "PL", "tr": "TR", "pt": "PT", "lu": "LU",
           "fr": "FR", "uk": "GB", "es": "ES", "it": "IT", "at": "AT", "ma": "FR", "us": "GB"}


def iban(rng, arg=None):
    cc = IBAN_CC.get(arg) if arg else rng.choice(list(IBAN_CC.values()))
    s = make_iban(rng, cc)
    st = rng.random()
    if st < 0.45:
        out = group(s)
    elif st < 0.75:
        out = s
    elif st < 0.85:
        out = group(s).lower() if rng.random() < 0.5 else s.lower()
    elif st < 0.93:
        out = group(s, 4, "-")
    else:
        out = s[:2] + " " + s[2:4] + " " + group(s[4:], 4)
    assert iban_ok(out), out
    return out


# ---------------------------------------------------------------- national ids
def bsn(rng, arg=None):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = rng.randint(1, 6)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            n = "".join(map(str, d)) + str(last)
            break
    st = rng.random()
    if st < 0.6:
        return n
    if st < 0.8:
        return f"{n[:4]}.{n[4:6]}.{n[6:]}"
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def rrn(rng, arg=None):
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
    n = base + f"{chk:02d}"
    assert rrn_ok(n)
    st = rng.random()
    if st < 0.5:
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if st < 0.8:
        return n
    return f"{n[:6]} {n[6:9]} {n[9:]}"


# ---------------------------------------------------------------- phones
def phone(rng, arg=None):
    cc = arg or rng.choice(["nl", "be", "de", "pl", "tr", "ma", "pt", "lu", "fr", "uk", "us"])
    r = rng.random()
    if cc == "nl":
        n = "6" + digits(rng, 8)
        opts = [f"06{n[1:]}", f"06-{n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 6 {n[1:5]} {n[5:]}",
                f"+316{n[1:]}", f"0031 6 {n[1:]}", f"(06) {n[1:]}", "020-" + digits(rng, 7), "010 " + digits(rng, 3) + " " + digits(rng, 4)]
    elif cc == "be":
        n = rng.choice(["47", "48", "49"]) + digits(rng, 7)
        opts = [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+32{n}", f"0{n}", f"0032 {n[:3]} {n[3:]}", "02 " + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2), "09/" + digits(rng, 3) + "." + digits(rng, 2) + "." + digits(rng, 2)]
    elif cc == "de":
        n = rng.choice(["151", "160", "170", "176", "157"]) + digits(rng, 8)
        opts = [f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}", f"+49 (0){n[:3]} {n[3:7]} {n[7:]}",
                f"0049{n}", "030 " + digits(rng, 8), f"+49-{n[:3]}-{n[3:]}"]
    elif cc == "pl":
        n = rng.choice(["5", "6", "7", "8"]) + digits(rng, 8)
        opts = [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}", f"0048 {n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"(+48) {n}"]
    elif cc == "tr":
        n = "5" + rng.choice(["32", "33", "42", "05", "55"]) + digits(rng, 7)
        opts = [f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"+90{n}", f"0090 {n[:3]} {n[3:]}", f"0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}"]
    elif cc == "ma":
        n = rng.choice(["6", "7"]) + digits(rng, 8)
        opts = [f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+212{n}", f"0{n[0]}{n[1:3]}-{n[3:5]}{n[5:7]}{n[7:]}", f"00212 {n}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
    elif cc == "pt":
        n = "9" + rng.choice(["1", "2", "3", "6"]) + digits(rng, 7)
        opts = [f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351{n}", f"{n[:3]} {n[3:6]} {n[6:]}", f"00351 {n}"]
    elif cc == "lu":
        n = "6" + rng.choice(["21", "61", "91"]) + digits(rng, 6)
        opts = [f"+352 {n[:3]} {n[3:6]} {n[6:]}", f"+352{n}", f"00352 {n[:3]} {n[3:]}", f"(+352) {n[:3]}-{n[3:6]}-{n[6:]}", "+352 " + digits(rng, 2) + " " + digits(rng, 2) + " " + digits(rng, 2)]
    elif cc == "fr":
        n = rng.choice(["6", "7"]) + digits(rng, 8)
        opts = [f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}", f"+33{n}", f"0033 {n}"]
    elif cc == "uk":
        n = "7" + digits(rng, 9)
        opts = [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n}", "020 " + digits(rng, 4) + " " + digits(rng, 4), f"0044 {n}"]
    else:
        a, b, c = str(rng.randint(201, 989)), digits(rng, 3, True), digits(rng, 4)
        opts = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}"]
    return rng.choice(opts)


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "lu": ["Januar", "Februar", "Mäerz", "Abrëll", "Mee", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}


def _ord(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(rng, y, m, d, lang, with_year=True):
    L = lang if lang in MONTHS else rng.choice(list(MONTHS))
    mn = MONTHS[L][m - 1]
    yy = f" {y}" if with_year else ""
    choices = []
    if L == "de" or L == "lu":
        choices = [f"{d}. {mn}{yy}", f"{d:02d}.{m:02d}.{y}" if with_year else f"{d:02d}.{m:02d}.", f"{d}.{m}.{y}" if with_year else f"{d}. {mn}"]
    elif L == "pl":
        choices = [f"{d} {mn}{yy}", f"{d:02d}.{m:02d}.{y}" if with_year else f"{d} {mn}", f"{d} {mn}{' ' + str(y) + ' r.' if with_year else ''}"]
    elif L == "tr":
        choices = [f"{d} {mn}{yy}", f"{d:02d}.{m:02d}.{y}" if with_year else f"{d} {mn}", f"{d:02d}/{m:02d}/{y}" if with_year else f"{d} {mn}"]
    elif L == "pt":
        choices = [f"{d} de {mn}{' de ' + str(y) if with_year else ''}", f"{d:02d}/{m:02d}/{y}" if with_year else f"{d} de {mn}", f"{d:02d}-{m:02d}-{y}" if with_year else f"{d} {mn}"]
    elif L == "fr":
        choices = [f"{d} {mn}{yy}", f"{d:02d}/{m:02d}/{y}" if with_year else f"{d:02d}/{m:02d}", f"le {d} {mn}" if not with_year else f"{d:02d}.{m:02d}.{y}"]
    elif L == "en":
        choices = [f"{mn} {d}, {y}" if with_year else f"{mn} {d}", f"{_ord(d)} {mn}{yy}", f"{d} {mn[:3]}{yy}", f"{m}/{d}/{y}" if with_year else f"{mn} {_ord(d)}", f"{d:02d}/{m:02d}/{y}" if with_year else f"{d} {mn}"]
    else:
        choices = [f"{d} {mn}{yy}", f"{d}-{m}-{y}" if with_year else f"{d}-{m}", f"{d:02d}-{m:02d}-{y}" if with_year else f"{d} {mn}", f"{d:02d}/{m:02d}/{y}" if with_year else f"{d} {mn[:3]}"]
    out = rng.choice(choices)
    if with_year and rng.random() < 0.08:
        out = f"{y}-{m:02d}-{d:02d}"
    return out


def dob(rng, arg=None):
    return fmt_date(rng, rng.randint(1942, 2005), rng.randint(1, 12), rng.randint(1, 28), arg or rng.choice(list(MONTHS)))


def date_neg(rng, arg=None):
    return fmt_date(rng, rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28), arg or rng.choice(list(MONTHS)), rng.random() < 0.5)


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zonnebloem", "Kasia", "Istanbul", "Benfica", "Schatz", "Lisboa", "Marrakech", "Bayern", "Wisla", "Galatasaray",
            "Sommer", "Konijn", "Papillon", "Luxembourg", "Arsenal", "Yankees", "Tulpen", "Herbst", "Kwiatek", "Saudade",
            "Hamburg", "Poznan", "Ankara", "Porto", "Liege", "Moselle", "Chelsea", "Bruxelles", "Mama", "Kedi"]


def password(rng, arg=None):
    w = rng.choice(PW_WORDS)
    st = rng.random()
    if st < 0.3:
        return w + digits(rng, rng.choice([2, 4])) + rng.choice("!#@$?*.")
    if st < 0.5:
        return w.lower().replace("a", "@").replace("o", "0") + digits(rng, 2)
    if st < 0.65:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!#%&*-_") for _ in range(rng.randint(10, 16)))
    if st < 0.8:
        return rng.choice(PW_WORDS) + "-" + rng.choice(PW_WORDS).lower() + "-" + digits(rng, 2)
    if st < 0.9:
        return w + "_" + str(rng.randint(1960, 2005))
    return w[:3].upper() + digits(rng, 3) + w[3:].lower() + "!"


def pin(rng, arg=None):
    n = rng.choice([4, 4, 4, 5, 6])
    p = digits(rng, n)
    if arg == "door" and rng.random() < 0.3:
        p = p + rng.choice(["#", "*"])
    return p


def puk(rng, arg=None):
    p = digits(rng, 8)
    return p if rng.random() < 0.8 else p[:4] + " " + p[4:]


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
}


def otp(rng, arg=None):
    n = digits(rng, rng.choice([6, 6, 6, 4, 5, 8]))
    if arg in NUMWORDS:
        w = NUMWORDS[arg]
        return rng.choice([" ", "-", ", "]).join(w[int(c)] for c in n[:6])
    st = rng.random()
    if st < 0.7:
        return n
    if st < 0.85 and len(n) == 6:
        return n[:3] + " " + n[3:]
    if st < 0.93 and len(n) == 6:
        return n[:3] + "-" + n[3:]
    return "G-" + n if rng.random() < 0.5 else n


def wifi_key(rng, arg=None):
    st = rng.random()
    if st < 0.35:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.choice([12, 16, 20])))
    if st < 0.6:
        return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) + "-" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) + "-" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))
    if st < 0.8:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 26])))
    return rng.choice(PW_WORDS).lower() + rng.choice(PW_WORDS) + digits(rng, 3)


def api_key(rng, arg=None):
    st = rng.random()
    an = string.ascii_letters + string.digits
    if st < 0.25:
        return "sk_live_" + "".join(rng.choice(an) for _ in range(24))
    if st < 0.4:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if st < 0.5:
        return "".join(rng.choice(an + "/+") for _ in range(40))  # AWS secret style
    if st < 0.65:
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if st < 0.8:
        return "pk_" + rng.choice(["test", "live"]) + "_" + "".join(rng.choice(an) for _ in range(24))
    if st < 0.9:
        return "SG." + "".join(rng.choice(an) for _ in range(22)) + "." + "".join(rng.choice(an) for _ in range(43))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def token(rng, arg=None):
    an = string.ascii_letters + string.digits
    st = rng.random()
    if st < 0.35:
        b = lambda n: "".join(rng.choice(an + "-_") for _ in range(n))
        return "eyJ" + b(33) + "." + "eyJ" + b(rng.randint(40, 80)) + "." + b(43)
    if st < 0.55:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if st < 0.7:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if st < 0.85:
        return "ya29." + "".join(rng.choice(an + "-_") for _ in range(60))
    return "".join(rng.choice(an) for _ in range(28))


def username(rng, first, last):
    f, l = strip_acc(first).lower(), strip_acc(last).lower().replace(" ", "")
    return rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{rng.randint(70, 99)}", f"{l}_{f}", f"{f}.{l}{rng.randint(1, 99)}", f"{f[0]}.{l}", f"{l}{f[:2]}"])


_A, _B = "äöüąćęłńóśźżçğışéèêëãõâàáíúÿñô", "aouacelnoszzcgiseeeeaoaaaiuyno"
assert len(_A) == len(_B)
ACC = str.maketrans(_A, _B)


def strip_acc(s):
    return s.lower().replace("ß", "ss").translate(ACC).replace("'", "").replace(" ", "")


DOMAINS = {"de": ["web.de", "gmx.de", "t-online.de", "gmx.net"], "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
           "tr": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"], "ma": ["gmail.com", "menara.ma", "hotmail.fr"],
           "pt": ["sapo.pt", "gmail.com", "hotmail.com"], "lu": ["pt.lu", "internet.lu", "gmail.com"],
           "fr": ["orange.fr", "free.fr", "laposte.net"], "be": ["telenet.be", "skynet.be", "proximus.be", "hotmail.be"],
           "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com", "planet.nl"], "uk": ["btinternet.com", "gmail.com", "yahoo.co.uk"],
           "us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com"]}


def email(rng, first, last, origin):
    f, l = strip_acc(first), strip_acc(last).replace(" ", "")
    dom = rng.choice(DOMAINS.get(origin, DOMAINS["nl"]))
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}{rng.randint(1970, 2004)}"])
    e = f"{local}@{dom}"
    return e if rng.random() < 0.9 else e.upper() if rng.random() < 0.3 else e.capitalize()


def ip(rng, arg=None):
    if rng.random() < 0.8:
        return rng.choice([f"{rng.choice([84, 85, 62, 77, 145, 178, 213, 31, 81, 94])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.choice([0, 1, 178, 2])}.{rng.randint(2, 254)}"])
    return "2a02:" + ":".join("%x" % rng.randint(0, 65535) for _ in range(4)) + "::" + "%x" % rng.randint(1, 65535)


def customer_number(rng, arg=None):
    st = arg or rng.choice(["klant", "klant", "ean", "contract", "member", "policy", "sub"])
    if st == "ean":
        base = "871" + digits(rng, 15)
        return base if rng.random() < 0.8 else group(base, 6, " ")
    if st == "contract":
        return rng.choice(["C", "CT-", "", "KT"]) + digits(rng, rng.choice([7, 8, 9]))
    if st == "member":
        return digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3) if rng.random() < 0.4 else "M" + digits(rng, 8)
    if st == "policy":
        return rng.choice(["POL", "P", "", "AV-"]) + digits(rng, 8)
    if st == "sub":
        return rng.choice(["", "SUB"]) + digits(rng, 10)
    return rng.choice(["", "", "K", "KL-", "CN"]) + digits(rng, rng.choice([7, 8, 9, 10]), True)
