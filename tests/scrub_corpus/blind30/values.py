"""Value generators (spans and hard negatives). Standard library only."""
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AL = UP + LO + DG

SPOKEN = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def spoken(rng, lang, ds):
    words = [SPOKEN[lang][int(c)] for c in ds]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(words)


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in DG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(s):
    d = [c for c in s if c.isdigit()]
    if len(d) == 9:
        tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        return tot % 11 == 0
    if len(d) == 11:
        base, chk = int("".join(d[:9])), int("".join(d[9:]))
        return chk == 97 - base % 97 or chk == 97 - int("2" + "".join(d[:9])) % 97
    return False


# ---------------------------------------------------------------- span values
def v_password(rng, lang, shape=None):
    words = {
        "nl": ["Zomer", "Voetbal", "Tulp", "Konijn", "Fiets", "Oranje", "Molen", "Kaas", "Appel", "Zonnebloem"],
        "nl-be": ["Frieten", "Brugge", "Kermis", "Leeuw", "Duifje", "Koekoek", "Schelde", "Pralines"],
        "fr-be": ["Soleil", "Chaton", "Bruxelles", "Gaufre", "Papillon", "Liberte", "Maman", "Printemps"],
        "en-gb": ["Sunshine", "Arsenal", "Biscuit", "Daffodil", "Chelsea", "Summer", "Marmite", "Rover"],
        "en-us": ["Yankees", "Buster", "Patriots", "Freedom", "Sunset", "Cowboys", "Maple", "Shadow"],
    }[lang]
    k = shape or rng.choice(["wordyear", "wordyear", "random", "phrase", "lowdigits", "temp", "leet"])
    if k == "wordyear":
        return rng.choice(words) + str(rng.randint(1950, 2025)) + rng.choice(["!", "", "#", "?", "!!", "$", "*"])
    if k == "random":
        n = rng.randint(10, 18)
        return "".join(rng.choice(AL + "!#$%&*-_=+?") for _ in range(n))
    if k == "phrase":
        pool = ["paard", "batterij", "nietje", "correct", "horse", "lampe", "velo", "orange", "river",
                "stoel", "banane", "window", "tijger", "maison", "purple", "kettle", "wolk", "nuage"]
        sep = rng.choice(["-", ".", "_", "", " "])
        ws = rng.sample(pool, rng.randint(3, 4))
        if sep == "":
            ws = [w.capitalize() for w in ws]
        return sep.join(ws) + (str(rng.randint(1, 99)) if rng.random() < 0.5 else "")
    if k == "lowdigits":
        return rng.choice(words).lower() + digits(rng, rng.choice([2, 3, 4]))
    if k == "temp":
        return rng.choice(["Tmp", "Temp", "Init", "Welkom", "Reset", "Tijd"]) + rng.choice(["-", "", "_"]) + digits(rng, 4) + "".join(rng.choice(UP + LO) for _ in range(2))
    if k == "leet":
        w = rng.choice(words).lower().replace("a", "@").replace("o", "0").replace("e", "3").replace("s", "$")
        return w.capitalize() + digits(rng, 2)
    return "Pass" + digits(rng, 4)


def v_pin(rng, lang, shape=None):
    n = rng.choice([4] * 8 + [5, 6])
    ds = digits(rng, n)
    if shape == "spoken":
        return spoken(rng, lang, ds[:4])
    if shape == "spaced":
        return " ".join(ds[:4])
    if shape == "four":
        return ds[:4]
    if shape == "six":
        return digits(rng, 6)
    return ds


def v_puk(rng, lang, shape=None):
    ds = digits(rng, 8)
    if shape == "spaced":
        return ds[:4] + " " + ds[4:]
    return ds


def v_otp(rng, lang, shape=None):
    k = shape or rng.choice(["six"] * 6 + ["split", "four", "eight", "alnum", "dash"])
    if k == "six":
        return digits(rng, 6)
    if k == "split":
        d = digits(rng, 6)
        return d[:3] + " " + d[3:]
    if k == "dash":
        d = digits(rng, 6)
        return d[:3] + "-" + d[3:]
    if k == "four":
        return digits(rng, 4)
    if k == "five":
        return digits(rng, 5)
    if k == "eight":
        return digits(rng, 8)
    if k == "alnum":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if k == "spoken":
        return spoken(rng, lang, digits(rng, 6))
    if k == "ocr":
        return " ".join(digits(rng, 6))
    return digits(rng, 6)


def v_wifi_key(rng, lang, shape=None):
    k = shape or rng.choice(["isp", "isp", "words", "hex"])
    if k == "isp":
        return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.choice([10, 12, 16, 20])))
    if k == "words":
        return rng.choice(["Thuis", "Home", "Maison", "Wifi", "Kasteel"]) + rng.choice(["", "_", "-"]) + rng.choice(["Netwerk", "Sweet", "Douce", "Lekker", "Family"]) + digits(rng, 4)
    return "".join(rng.choice("0123456789abcdef") for _ in range(26))


def v_username(rng, lang, shape=None, name=None):
    first = (name or "jan").split()[0].lower()
    last = (name or "jan de vries").split()[-1].lower()
    k = shape or rng.choice(["fl", "dot", "gamer", "user", "under", "initials"])
    if k == "fl":
        return first + last + digits(rng, 2)
    if k == "dot":
        return first + "." + last
    if k == "gamer":
        return rng.choice(["xX", "", "The", "Dark"]) + rng.choice(["Sniper", "Wolf", "Ninja", "Panda", "Ghost", "Viking"]) + digits(rng, rng.choice([2, 3])) + rng.choice(["Xx", "", "_"])
    if k == "user":
        return "user" + digits(rng, 6)
    if k == "under":
        return first + "_" + last[:4] + digits(rng, 2)
    return first[0] + last + digits(rng, 4)


def v_api_key(rng, lang, shape=None):
    k = shape or rng.choice(["stripe", "aws", "awssecret", "api", "hex", "google", "sendgrid"])
    if k == "stripe":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + "".join(rng.choice(AL) for _ in range(24))
    if k == "aws":
        return "AKIA" + "".join(rng.choice(UP + "234567") for _ in range(16))
    if k == "awssecret":
        return "".join(rng.choice(AL + "/+") for _ in range(40))
    if k == "api":
        return "api_" + "".join(rng.choice(LO + DG) for _ in range(28))
    if k == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40])))
    if k == "google":
        return "AIza" + "".join(rng.choice(AL + "-_") for _ in range(35))
    return "SG." + "".join(rng.choice(AL) for _ in range(22)) + "." + "".join(rng.choice(AL) for _ in range(43))


def _b64u(rng, n):
    return "".join(rng.choice(AL + "-_") for _ in range(n))


def v_token(rng, lang, shape=None):
    k = shape or rng.choice(["jwt", "ghp", "glpat", "xoxb", "bearer"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64u(rng, rng.randint(40, 80)) + "." + _b64u(rng, 43)
    if k == "ghp":
        return "ghp_" + "".join(rng.choice(AL) for _ in range(36))
    if k == "glpat":
        return "glpat-" + "".join(rng.choice(AL + "-_") for _ in range(20))
    if k == "xoxb":
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + "".join(rng.choice(AL) for _ in range(24))
    return "".join(rng.choice(AL) for _ in range(rng.choice([32, 40, 48])))


def v_card(rng, lang, shape=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "bancontact"])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + "")
        body = num[:-1]
        num = luhn_complete(body + digits(rng, 15 - len(body)))
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
    else:
        num = luhn_complete("6703" + digits(rng, 12))
    g = shape or rng.choice(["spaces", "spaces", "plain", "dashes"])
    if kind == "amex" and g != "plain":
        sep = " " if g == "spaces" else "-"
        return num[:4] + sep + num[4:10] + sep + num[10:]
    if g == "plain":
        return num
    sep = " " if g == "spaces" else "-"
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def v_cvv(rng, lang, shape=None):
    return digits(rng, 4 if shape == "four" else 3)


def _iban_raw(rng, cc):
    if cc == "NL":
        return iban_make("NL", rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10))
    if cc == "BE":
        acc = digits(rng, 10)
        c = int(acc) % 97 or 97
        return iban_make("BE", acc + "%02d" % c)
    if cc == "FR":
        b, g, a = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
        return iban_make("FR", b + g + a + "%02d" % key)
    if cc == "DE":
        return iban_make("DE", digits(rng, 18))
    if cc == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    if cc == "LU":
        return iban_make("LU", digits(rng, 3) + "".join(rng.choice(UP + DG) for _ in range(13)))
    return iban_make("ES", digits(rng, 20))


def v_iban(rng, lang, shape=None):
    cc = {"nl": ["NL"] * 6 + ["BE", "DE"], "nl-be": ["BE"] * 6 + ["NL", "LU"], "fr-be": ["BE"] * 5 + ["FR", "FR", "LU"],
          "en-gb": ["GB"] * 5 + ["NL", "ES", "FR"], "en-us": ["DE", "NL", "GB", "BE", "ES"]}[lang]
    raw = _iban_raw(rng, rng.choice(cc))
    k = shape or rng.choice(["grouped", "grouped", "plain", "lower", "split"])
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if k == "plain":
        return raw
    if k == "lower":
        return rng.choice([grouped, raw]).lower()
    if k == "split":
        return raw[:2] + " " + raw[2:4] + " " + " ".join(raw[i:i + 4] for i in range(4, len(raw), 4))
    return grouped


def v_bsn(rng, lang, shape=None):
    if lang in ("nl-be", "fr-be") or shape == "rrn":
        while True:
            yy, mm, dd = rng.randint(30, 99), rng.randint(1, 12), rng.randint(1, 28)
            seq = rng.randint(1, 997)
            base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
            chk = 97 - int(base) % 97
            s = base + "%02d" % chk
            break
        k = rng.choice(["dots", "plain", "spaces"])
        if k == "dots":
            return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:])
        if k == "spaces":
            return "%s %s %s" % (s[:6], s[6:9], s[9:])
        return s
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        tot = sum(d[i] * (9 - i) for i in range(8)) % 11
        if tot == 10:
            continue
        s = "".join(map(str, d)) + str(tot)
        break
    k = rng.choice(["plain", "plain", "dots", "spaces"])
    if k == "dots":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if k == "spaces":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def v_card_expiry(rng, lang, shape=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    mon = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec", "nl-be": "jan feb maa apr mei jun jul aug sep okt nov dec",
           "fr-be": "janv fév mars avr mai juin juil août sept oct nov déc"}.get(lang, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split()
    k = rng.choice(["slash", "slash", "slashlong", "dash", "word"])
    if k == "slash":
        return "%02d/%02d" % (m, y)
    if k == "slashlong":
        return "%02d/20%02d" % (m, y)
    if k == "dash":
        return "%02d-%02d" % (m, y)
    return "%s 20%02d" % (mon[m - 1], y)


EMAIL_DOM = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl"],
             "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be"],
             "fr-be": ["skynet.be", "gmail.com", "hotmail.be", "voo.be", "outlook.be", "yahoo.fr"],
             "en-gb": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
             "en-us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com", "comcast.net"]}


def _ascii(s):
    tr = str.maketrans("éèëêàâçïîôöüûÉ", "eeeeaaciioouuE")
    return s.translate(tr)


def v_email(rng, lang, shape=None, name=None):
    parts = _ascii((name or "jan de vries").lower()).replace("'", "").split()
    first, last = parts[0], "".join(parts[1:]) or "x"
    dom = rng.choice(EMAIL_DOM[lang])
    k = shape or rng.choice(["fl", "fl", "f.l", "initial", "nick", "obf"] )
    if k == "fl":
        local = first + "." + last
    elif k == "f.l":
        local = first + last + digits(rng, 2)
    elif k == "initial":
        local = first[0] + "." + last
    elif k == "nick":
        local = first + "_" + rng.choice(["xx", "123", "66", "bxl", "oma", "nan", "pops"])
    else:
        local = first + " . " + last
        d1, d2 = dom.rsplit(".", 1)
        if rng.random() < 0.5:
            return local + " @ " + d1 + " . " + d2
        return first + last + " [at] " + d1 + " [dot] " + d2
    return local + "@" + dom


def v_phone(rng, lang, shape=None):
    if lang == "nl":
        d = digits(rng, 8)
        return rng.choice(["06-" + d, "06" + d, "+31 6 " + d, "+316" + d, "06 " + d[:4] + " " + d[4:],
                           "0031 6 " + d[:4] + " " + d[4:], "020-" + d[:7], "06 " + " ".join(d[i:i + 2] for i in range(0, 8, 2))])
    if lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "475", "476", "478", "484", "486", "494", "497"])
        d = digits(rng, 6)
        return rng.choice(["0%s %s %s %s" % (p, d[:2], d[2:4], d[4:]), "0%s/%s.%s.%s" % (p, d[:2], d[2:4], d[4:]),
                           "+32 %s %s %s %s" % (p, d[:2], d[2:4], d[4:]), "+32%s%s" % (p, d), "0%s%s" % (p, d),
                           "02 %s %s %s" % (d[:3], d[3:5], "%02d" % rng.randint(0, 99))])
    if lang == "en-gb":
        d = digits(rng, 6)
        return rng.choice(["07700 " + d, "+44 7700 " + d, "07" + digits(rng, 3) + " " + d, "+447" + digits(rng, 3) + d,
                           "020 7946 " + d[:4], "0161 496 " + d[:4]])
    a = rng.choice(["415", "212", "646", "312", "617", "503", "702", "404"])
    d = digits(rng, 7, True)
    return rng.choice(["(%s) %s-%s" % (a, d[:3], d[3:]), "%s-%s-%s" % (a, d[:3], d[3:]), "+1 %s %s %s" % (a, d[:3], d[3:]),
                       "%s.%s.%s" % (a, d[:3], d[3:]), "1-%s-%s-%s" % (a, d[:3], d[3:])])


def v_date_of_birth(rng, lang, shape=None):
    y, m, d = rng.randint(1931, 2006), rng.randint(1, 12), rng.randint(1, 28)
    mon_nl = "januari februari maart april mei juni juli augustus september oktober november december".split()
    mon_fr = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    mon_en = "January February March April May June July August September October November December".split()
    if lang in ("nl", "nl-be"):
        return rng.choice(["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mon_nl[m - 1], y), "%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])
    if lang == "fr-be":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon_fr[m - 1], y), "%02d.%02d.%d" % (d, m, y)])
    if lang == "en-gb":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon_en[m - 1], y), "%d%s %s %d" % (d, "th", mon_en[m - 1], y) if d > 3 and d < 21 else "%d %s %d" % (d, mon_en[m - 1][:3], y)])
    return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon_en[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)])


def v_ip_address(rng, lang, shape=None):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (rng.choice([81, 84, 86, 89, 92, 109, 145, 178, 185, 212, 213, 62, 77, 94]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def v_customer_number(rng, lang, shape=None):
    k = rng.choice(["d7", "d9", "dash", "pref", "letter", "d10"])
    if k == "d7":
        return digits(rng, 7, True)
    if k == "d9":
        return digits(rng, 9, True)
    if k == "dash":
        return "%s-%s-%s" % (digits(rng, 3, True), digits(rng, 3), digits(rng, 3))
    if k == "pref":
        return rng.choice(["CUST-", "KL", "CL-", "ACC"]) + digits(rng, 8)
    if k == "letter":
        return rng.choice(UP) + digits(rng, 7)
    return digits(rng, 10, True)


# address needs streets/cities supplied by the pools
def v_address(rng, lang, street, city, shape=None):
    n = rng.randint(1, 220)
    k = shape or rng.choice(["full", "full", "street", "lines"])
    if lang == "nl":
        pc = "%d %s%s" % (rng.randint(1011, 9999), rng.choice("ABCDEGHJKLMNPRSTVWXZ"), rng.choice("ABCDEGHJKLMNPRSTVWXZ"))
        st = "%s %d%s" % (street, n, rng.choice(["", "", "", "a", "-2", " bis", " III"]))
        if k == "street":
            return st
        sep = "\n" if k == "lines" else rng.choice([", ", ", ", " "])
        return st + sep + pc + " " + city
    if lang in ("nl-be", "fr-be"):
        pc = str(rng.randint(1000, 9992))
        if lang == "nl-be":
            st = "%s %d%s" % (street, n, rng.choice(["", "", " bus 3", " bus 12", "A"]))
        else:
            st = rng.choice(["%s %d", "%s, %d", "%s %d/4"]) % (street, n)
        if k == "street":
            return st
        sep = "\n" if k == "lines" else ", "
        return st + sep + pc + " " + city
    if lang == "en-gb":
        pc = "%s%d %d%s" % (rng.choice(["LS", "M", "SW", "E", "BS", "CF", "EH", "NG", "B"]), rng.randint(1, 20), rng.randint(1, 9), rng.choice(UP) + rng.choice(UP))
        st = rng.choice(["%d %s", "Flat %d, %s" % (rng.randint(1, 30), "%d %s")]) % (n, street)
        if k == "street":
            return st
        sep = "\n" if k == "lines" else ", "
        return st + sep + city + sep + pc if k != "lines" else st + "\n" + city + "\n" + pc
    st = "%d %s%s" % (rng.randint(10, 9999), street, rng.choice(["", "", ", Apt 3B", " #204", ", Unit 7"]))
    stt = rng.choice(["IL", "OH", "TX", "CA", "NY", "GA", "OR", "NV"])
    if k == "street":
        return st
    if k == "lines":
        return st + "\n" + city + ", " + stt + " " + digits(rng, 5, True)
    return st + ", " + city + ", " + stt + " " + digits(rng, 5, True)


# ---------------------------------------------------------------- negatives
HALF = [0]


def pick(rng, lst):
    return rng.choice(lst[HALF[0]::2])


def n_value(rng, lang, kind):
    eu = lang in ("nl", "nl-be", "fr-be")
    if kind == "amount":
        a, c = rng.randint(1, 4999), rng.randint(0, 99)
        if lang == "en-gb":
            return rng.choice(["£%d.%02d" % (a, c), "£%d" % a, "%d.%02d GBP" % (a, c)])
        if lang == "en-us":
            return rng.choice(["$%d.%02d" % (a, c), "$%s" % "{:,}".format(a * 3), "%d.%02d USD" % (a, c)])
        return rng.choice(["€ %d,%02d" % (a, c), "€%d" % a, "%d,%02d EUR" % (a, c), "%d,%02d €" % (a, c), "EUR %d,%02d" % (a, c)])
    if kind == "company_phone":
        return rng.choice({"nl": ["0800-0402", "088 464 0000", "0900-0933", "020 228 8800", "+31 20 228 8800"],
                           "nl-be": ["078 15 15 15", "0800 22 800", "02 261 11 11", "070 22 00 00"],
                           "fr-be": ["078 15 15 15", "0800 55 800", "02 762 20 00", "+32 2 205 20 20"],
                           "en-gb": ["0345 300 0000", "0800 056 0987", "03457 404 404", "+44 345 734 5345"],
                           "en-us": ["1-800-432-1000", "(800) 935-9935", "1-888-280-4331", "800-347-2683"]}[lang])
    if kind == "company_registration":
        return rng.choice({"nl": ["3%s" % digits(rng, 7), "NL%sB01" % digits(rng, 9), "6%s" % digits(rng, 7)],
                           "nl-be": ["BE 0%s.%s.%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3)), "0%s.%s.%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3))],
                           "fr-be": ["BE 0%s.%s.%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3)), "BE0%s" % digits(rng, 9)],
                           "en-gb": ["GB%s" % digits(rng, 9), "%s" % digits(rng, 8)],
                           "en-us": ["9%s-%s" % (digits(rng, 1), digits(rng, 7))]}[lang])
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return "%02d/%02d/2025" % (m, d) if lang == "en-us" else rng.choice(["%02d-%02d-2025" % (d, m), "%d/%d" % (d, m), "%02d.%02d.2025" % (d, m), "%02d/%02d/2025" % (d, m)])
    if kind == "time":
        return rng.choice(["%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "%du%02d" % (rng.randint(7, 22), rng.randint(0, 59)) if eu else "%d:%02d pm" % (rng.randint(1, 11), rng.randint(0, 59))])
    if kind == "year":
        return str(rng.randint(1998, 2025))
    if kind == "error_code":
        return rng.choice(["E-%d" % rng.randint(100, 9999), "ERR_%s" % rng.choice(["CONNECTION_RESET", "CARD_BLOCKED", "AUTH_4021", "SIM_LOCKED"]),
                           "0x8007%04X" % rng.randint(0, 65535), str(rng.choice([401, 403, 404, 500, 502, 503])), "%s%d" % (rng.choice(["A", "B", "N", "T"]), rng.randint(10, 999)),
                           "DE%d" % rng.randint(100, 999)])
    if kind == "flight_number":
        return rng.choice(["KL", "SN", "FR", "HV", "BA", "U2", "TB", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))
    if kind == "hashtag":
        return "#" + rng.choice({"nl": ["fraude", "oplichting", "phishing", "klantenservice", "nooitmeer", "fail"], "nl-be": ["fraude", "oplichting", "phishing", "schande", "fail"],
                                  "fr-be": ["arnaque", "fraude", "phishing", "honteux", "servicesclients"]}.get(lang, ["scam", "help", "SIMswap", "hacked", "fraud", "customerservice"]))
    if kind == "mention":
        return "@" + pick(rng, {"nl": ["ING_Helpt", "KPNwebcare", "bolcom", "Rabobank", "ABNAMRO", "ZiggoWebcare"], "nl-be": ["Telenet", "bpost", "KBC_Group", "Proximus", "Belfius_nl", "coolblue_be"],
                                  "fr-be": ["Proximus_fr", "Orange_be", "BNPParibasFortis", "VOObe", "Belfius_fr", "bpost_fr"]}.get(lang, ["AskLloydsBank", "NatWest_Help", "ChaseSupport", "VodafoneUK", "AskAmex", "TMobileHelp", "EE", "O2"]))
    if kind == "invoice_number":
        return rng.choice(["F2025-%06d" % rng.randint(0, 999999), "INV-%d" % rng.randint(100000, 9999999), "%d/2025" % rng.randint(100, 99999), "FAC-%s" % digits(rng, 8)])
    if kind == "order_number":
        return rng.choice(["#%d-%d" % (rng.randint(1000, 9999), rng.randint(1000, 9999)), "%s" % digits(rng, 10, True), "ORD-%s" % digits(rng, 7), "1%s" % digits(rng, 8), "#%s" % digits(rng, 6)])
    if kind == "ticket_number":
        return rng.choice(["INC%s" % digits(rng, 7), "CS-2025-%s" % digits(rng, 5), "#%s" % digits(rng, 7), "SR%s" % digits(rng, 8), "T-%s" % digits(rng, 6)])
    if kind == "tracking_number":
        return rng.choice(["3S%s%s" % ("".join(rng.choice(UP) for _ in range(4)), digits(rng, 9)), "1Z%s%s" % ("".join(rng.choice(UP + DG) for _ in range(6)), digits(rng, 10)),
                           "JVGL%s" % digits(rng, 16), "CD%sBE" % digits(rng, 9), "%s" % digits(rng, 24), "RR%sGB" % digits(rng, 9)])
    if kind == "request_id":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return rng.choice(["%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]), "req_" + h[:20]])
    if kind == "meter_reading":
        return rng.choice(["%05d kWh" % rng.randint(0, 99999), "%d,%03d m³" % (rng.randint(100, 9999), rng.randint(0, 999)), "%06d" % rng.randint(0, 999999)])
    if kind == "model_number":
        return pick(rng, ["SM-G991B", "SM-A546B", "A2403", "FRITZ!Box 7590", "H369A", "TG-789vac", "MB-%d" % rng.randint(100, 999), "Pixel 7a", "Redmi Note 12"])
    if kind == "product_code":
        return rng.choice(["SKU %s-%s" % (digits(rng, 2), digits(rng, 4)), digits(rng, 13), digits(rng, 6), "P%s" % digits(rng, 7)])
    if kind == "version_string":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 9)), "iOS 17.%d.%d" % (rng.randint(0, 6), rng.randint(0, 3)), "Android 14", "%d.%d.%d" % (rng.randint(2, 9), rng.randint(0, 40), rng.randint(0, 99)), "%d.%d" % (rng.randint(1, 9), rng.randint(0, 99))])
    if kind == "percentage":
        return rng.choice(["%d%%" % rng.randint(1, 100), "%d,%d%%" % (rng.randint(0, 20), rng.randint(0, 9)), "%d %%" % rng.randint(1, 99)])
    if kind == "quantity":
        return rng.choice(["%dx" % rng.randint(2, 9), "%d stuks" % rng.randint(2, 12) if eu else "%d items" % rng.randint(2, 12), "%d GB" % rng.choice([5, 10, 20, 50, 100])])
    if kind == "url":
        return pick(rng, ["https://www.ing.nl/veiligbankieren", "https://mijn.kpn.com", "www.proximus.be/support", "https://bit.ly/3x%s" % "".join(rng.choice(AL) for _ in range(5)),
                           "https://ing-verificatie-%s.com/login" % digits(rng, 3), "https://secure.natwest.com", "https://www.belfius.be/fraude", "kbc-beveiliging.net/app", "https://help.netflix.com"])
    if kind == "masked_value":
        return rng.choice(["**** %s" % digits(rng, 4), "NL** **** **** %s" % digits(rng, 4), "XXXX-XXXX-XXXX-%s" % digits(rng, 4), "•••• %s" % digits(rng, 4),
                           "BE** **** **** %s" % digits(rng, 4), "+31 6 ****%s" % digits(rng, 4), "xxxx xxxx xxxx %s" % digits(rng, 4), "%s******%s" % (digits(rng, 6), digits(rng, 4))])
    if kind == "port":
        return rng.choice(["8080", "443", "3389", "22", "8443", "5060"])
    if kind == "checksum":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    raise KeyError(kind)
