"""Span and hard-negative value generators. ctx carries rng, lang and the half's pools."""
import string
from core import (a_date, alnum, digits, fam, group, iban_make, luhn_complete, pick, spell_digits, MONTHS)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
HEX = "0123456789abcdef"


def v_password(ctx, fmt):
    r = ctx.rng
    words = {"nl": ["Zomer", "Tulp", "Fiets", "Kleinkind", "Molen", "Zonnebloem", "Haring", "Oranje", "Duinpad", "Kanarie"],
             "fr": ["Soleil", "Jardin", "Mamie", "Liege", "Frites", "Papillon", "Ardennes", "Chocolat", "Muguet", "Tournesol"],
             "en": ["Summer", "Garden", "Biscuit", "Rosie", "Spitfire", "Bluebell", "Teapot", "Granny", "Harbour", "Robin"]}[fam(ctx.lang)]
    k = r.randint(0, 8)
    w = pick(r, words)
    if k == 0:
        return w + str(r.randint(1940, 2026)) + pick(r, "!?#$*.")
    if k == 1:
        return w + pick(r, "!&@#") + pick(r, words) + str(r.randint(1, 99))
    if k == 2:
        return alnum(r, r.randint(9, 14), string.ascii_letters + string.digits + "!#%&*?@")
    if k == 3:
        return "-".join(pick(r, words).lower() for _ in range(3)) + str(r.randint(1, 9))
    if k == 4:
        return pick(r, ["Welkom", "Bienvenue", "Welcome", "Wachtwoord", "Password", "Passwort"]) + str(r.randint(1, 2026))
    if k == 5:
        return w.lower() + str(r.randint(10, 99)) + w[::-1].lower()[:3]
    if k == 6:
        return w.replace("o", "0").replace("e", "3").replace("a", "@") + str(r.randint(1, 99))
    if k == 7:
        return "%s%s%s" % (pick(r, words), str(r.randint(1930, 1999))[2:], pick(r, ["!", "!!", "+", "_"]))
    return pick(r, ["Ons", "Mon", "My", "Het"]) + pick(r, words) + pick(r, ["Huis", "Chat", "Dog", "Kat"]) + str(r.randint(1, 999))


def v_pin(ctx, fmt):
    r = ctx.rng
    n = 4 if fmt != "long" and r.random() < 0.8 else pick(r, [5, 6])
    v = digits(r, n, "0123456789")
    if fmt == "spell":
        return spell_digits(r, v, ctx.lang)
    if fmt == "spaced":
        return " ".join(v)
    return v


def v_puk(ctx, fmt):
    v = digits(ctx.rng, 8)
    if fmt == "spaced":
        return group(v, 4)
    return v


def v_otp(ctx, fmt):
    r = ctx.rng
    k = r.randint(0, 9)
    if fmt == "spell":
        return spell_digits(r, digits(r, 6, "0123456789"), ctx.lang)
    if k <= 4:
        return digits(r, 6, "0123456789")
    if k == 5:
        v = digits(r, 6, "0123456789")
        return v[:3] + pick(r, [" ", "-"]) + v[3:]
    if k == 6:
        return digits(r, pick(r, [5, 8]), "0123456789")
    if k == 7:
        return "G-" + digits(r, 6)
    if k == 8:
        return alnum(r, 6, UP + "23456789")
    return digits(r, 4, "0123456789")


def v_wifi(ctx, fmt):
    r = ctx.rng
    k = r.randint(0, 4)
    if k == 0:
        return alnum(r, 12, LOW + "23456789")
    if k == 1:
        return alnum(r, r.randint(14, 20), string.ascii_letters + string.digits)
    if k == 2:
        return "".join(r.choice(HEX.upper()) for _ in range(pick(r, [10, 26])))
    if k == 3:
        return v_password(ctx, "")
    return group(alnum(r, 16, UP + "23456789"), 4, "-")


def v_username(ctx, fmt):
    r = ctx.rng
    fn, ln = ctx.person()
    k = r.randint(0, 7)
    base = ln.lower().replace(" ", "").replace("'", "")
    if fmt == "gg":
        return group(digits(r, 12), 4) if r.random() < 0.5 else digits(r, 12)
    if k == 0:
        return fn[0].lower() + base + str(r.randint(1930, 1999))
    if k == 1:
        return fn.lower() + "." + base[:1]
    if k == 2:
        return pick(r, ["oma", "opa", "mamie", "papy", "nan", "grandpa"]) + "_" + fn.lower()
    if k == 3:
        return fn[0].upper() + "." + ln.replace(" ", "")
    if k == 4:
        return base + "_" + str(r.randint(1, 99))
    if k == 5:
        return fn.lower() + base[:3] + str(r.randint(40, 99))
    if k == 6:
        return fn.capitalize() + ln.replace(" ", "").capitalize()
    return fn.lower() + "." + base


def v_api(ctx, fmt):
    r = ctx.rng
    if fmt == "secret":
        return v_aws_secret(ctx, fmt)
    if fmt == "akia":
        return "AKIA" + alnum(r, 16, UP + "234567")
    k = r.randint(0, 5)
    if k == 0:
        return "sk_live_" + alnum(r, 24)
    if k == 1:
        return "AKIA" + alnum(r, 16, UP + "234567")
    if k == 2:
        return "".join(r.choice(HEX) for _ in range(32))
    if k == 3:
        return "api_" + alnum(r, 28, LOW + string.digits)
    if k == 4:
        return "".join(r.choice(HEX) for _ in range(40))
    return "key-" + alnum(r, 32, LOW + string.digits)


def v_aws_secret(ctx, fmt):
    return alnum(ctx.rng, 40, string.ascii_letters + string.digits + "/+")


def v_token(ctx, fmt):
    r = ctx.rng
    k = r.randint(0, 3)
    b64 = string.ascii_letters + string.digits + "-_"
    if k <= 1:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + alnum(r, r.randint(40, 90), b64) + "." + alnum(r, 43, b64)
    if k == 2:
        return "ghp_" + alnum(r, 36)
    return pick(r, ["glpat-", "xoxb-", "ya29."]) + alnum(r, 24, b64)


CARD_PREFIXES = [("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15), ("6759", 16), ("6703", 17), ("4", 16)]


def v_card(ctx, fmt):
    r = ctx.rng
    p, n = pick(r, CARD_PREFIXES)
    v = luhn_complete(r, p, n)
    ctx.last_card_len = n
    k = r.randint(0, 4)
    if n == 15 and k < 3:
        return v[:4] + " " + v[4:10] + " " + v[10:]
    if k == 0 or k == 1:
        return group(v, 4)
    if k == 2:
        return group(v, 4, "-")
    if k == 3:
        return v
    return group(v, 4, ".")


def v_cvv(ctx, fmt):
    return digits(ctx.rng, 4 if getattr(ctx, "last_card_len", 16) == 15 else 3, "0123456789")


def v_expiry(ctx, fmt):
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(26, 31)
    return pick(r, ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d/%02d" % (m, y),
                    "%s 20%02d" % (MONTHS[fam(ctx.lang)][m - 1][:3].lower(), y)])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def v_iban(ctx, fmt):
    r = ctx.rng
    c = fmt if fmt in ("NL", "BE", "DE", "FR", "GB", "LU") else None
    if c is None:
        c = {"nl": pick(r, ["NL"] * 6 + ["DE", "BE"]), "nl-be": pick(r, ["BE"] * 6 + ["NL", "LU"]),
             "fr-be": pick(r, ["BE"] * 6 + ["FR", "LU"]), "en-gb": pick(r, ["GB"] * 5 + ["NL", "FR"]),
             "en-us": pick(r, ["GB", "DE", "NL", "FR"])}[ctx.lang]
    if c == "NL":
        v = iban_make("NL", pick(r, NL_BANKS) + digits(r, 10, "0123456789"))
    elif c == "BE":
        acc = digits(r, 10, "0123456789")
        chk = int(acc) % 97 or 97
        v = iban_make("BE", acc + "%02d" % chk)
    elif c == "DE":
        v = iban_make("DE", digits(r, 18))
    elif c == "FR":
        v = iban_make("FR", digits(r, 10) + alnum(r, 11, UP + string.digits) + digits(r, 2, "0123456789"))
    elif c == "LU":
        v = iban_make("LU", digits(r, 3) + alnum(r, 13, UP + string.digits))
    else:
        v = iban_make("GB", pick(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14))
    k = r.randint(0, 5)
    if k <= 2:
        return group(v, 4)
    if k == 3:
        return v
    if k == 4:
        return v.lower() if r.random() < 0.5 else group(v, 4).lower()
    return v[:2] + " " + v[2:4] + " " + group(v[4:], 4)


def v_bsn(ctx, fmt):
    r = ctx.rng
    if ctx.lang == "nl" or fmt == "NL":
        while True:
            d = digits(r, 8, "123456789")
            s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
            last = s % 11
            if last < 10:
                v = d + str(last)
                break
        return pick(r, [v, v, v[:4] + "." + v[4:6] + "." + v[6:], group(v, 3)])
    y, m, dd = r.randint(30, 99), r.randint(1, 12), r.randint(1, 28)
    base = "%02d%02d%02d%03d" % (y, m, dd, r.randint(1, 997))
    chk = 97 - int(base) % 97
    v = base + "%02d" % chk
    return pick(r, [v, "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]), "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]), "%s-%s-%s" % (v[:6], v[6:9], v[9:])])


def v_email(ctx, fmt):
    r = ctx.rng
    fn, ln = ctx.person()
    ln2 = ln.lower().replace(" ", "").replace("'", "")
    dom = {"nl": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "planet.nl", "home.nl", "xs4all.nl", "outlook.com"],
           "nl-be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be", "scarlet.be"],
           "fr-be": ["skynet.be", "voo.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be"],
           "en-gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
           "en-us": ["gmail.com", "aol.com", "yahoo.com", "comcast.net", "att.net", "icloud.com"]}[ctx.lang]
    local = pick(r, [fn.lower() + "." + ln2, fn[0].lower() + ln2 + str(r.randint(40, 99)), fn.lower() + str(r.randint(1940, 1999)),
                     ln2 + "." + fn[0].lower(), fn.lower() + "_" + ln2[:4], "fam." + ln2])
    d = pick(r, dom)
    if fmt == "obf":
        k = r.randint(0, 2)
        if k == 0:
            return local.replace(".", " . ") + " @ " + d.replace(".", " . ")
        if k == 1:
            return local + " [at] " + d.replace(".", " [dot] ")
        return local + " at " + d.replace(".", " dot ")
    return local + "@" + d


def v_phone(ctx, fmt):
    r = ctx.rng
    L = ctx.lang
    if L == "nl":
        n = digits(r, 8, "12345678")
        if r.random() < 0.75:
            return pick(r, ["06-" + n, "06 " + n[:4] + " " + n[4:], "+31 6 " + n, "+316" + n, "0031 6 " + group(n, 2),
                            "06 " + group(n, 2), "06" + n])
        a = pick(r, ["20", "30", "10", "70", "50", "40", "43", "58", "345", "318"])
        rest = digits(r, 9 - len(a), "23456789")
        return pick(r, ["0%s-%s" % (a, rest), "(0%s) %s" % (a, rest), "+31 %s %s" % (a, rest)])
    if L in ("nl-be", "fr-be"):
        if r.random() < 0.7:
            n = pick(r, ["47", "48", "49", "46"]) + digits(r, 7, "0123456789")
            return pick(r, ["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                            "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]), "0" + n, "0032 " + n])
        a = pick(r, ["2", "3", "9", "4", "16", "50", "81", "65"])
        rest = digits(r, 8 - len(a), "23456789")
        return pick(r, ["0%s %s" % (a, group(rest, 2)), "0%s/%s" % (a, rest), "+32 %s %s" % (a, rest)])
    if L == "en-gb":
        if r.random() < 0.7:
            n = "7" + digits(r, 9, "1234589")
            return pick(r, ["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "0" + n, "+44 (0)%s %s %s" % (n[:4], n[4:7], n[7:])])
        return pick(r, ["020 7%s %s" % (digits(r, 3), digits(r, 4, "0123456789")), "0161 %s %s" % (digits(r, 3), digits(r, 4, "0123456789")),
                        "01632 %s" % digits(r, 6)])
    a, b, c = digits(r, 3, "23456789"), digits(r, 3, "2346789"), digits(r, 4, "0123456789")
    return pick(r, ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "%s.%s.%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)])


def v_address(ctx, fmt):
    r = ctx.rng
    L = ctx.lang
    st = ctx.street()
    city = ctx.city()
    nr = str(r.randint(1, 240)) + pick(r, ["", "", "", "a", "-2", " bis"])
    multi = fmt == "multi"
    if L == "nl":
        pc = "%d %s" % (r.randint(1011, 9999), alnum(r, 2, "ABCDEGHJKLMNPRSTVWXZ"))
        if fmt == "short":
            return "%s %s" % (st, nr)
        return ("%s %s\n%s  %s" if multi else pick(r, ["%s %s, %s %s", "%s %s %s %s", "%s %s, %s  %s"])) % (st, nr, pc, city.upper() if multi and r.random() < .5 else city)
    if L in ("nl-be", "fr-be"):
        pc = str(r.randint(1000, 9990))
        box = pick(r, ["", "", "", " bus 3", " bte 2", "/0101"])
        if fmt == "short":
            return ("%s %s%s" % (st, nr, box)) if L == "nl-be" else pick(r, ["%s %s%s" % (st, nr, box), "%s, %s" % (nr, st)])
        return ("%s %s%s\n%s %s" if multi else "%s %s%s, %s %s") % (st, nr, box, pc, city)
    if L == "en-gb":
        pc = "%s%d %d%s" % (alnum(r, 2, "BCDEGHLMNRSW"), r.randint(1, 20), r.randint(1, 9), alnum(r, 2, "ABDEFGHJLNPQRSTUWXYZ"))
        if fmt == "short":
            return "%s %s" % (nr, st)
        return ("%s %s\n%s\n%s" if multi else "%s %s, %s %s") % (nr, st, city, pc)
    z = str(r.randint(10001, 98999))
    stt = pick(r, ["IL", "OH", "PA", "FL", "TX", "NY", "MI", "AZ", "WI", "NC"])
    apt = pick(r, ["", "", "", " Apt 4B", " Unit 12"])
    if fmt == "short":
        return "%s %s%s" % (r.randint(10, 9999), st, apt)
    return ("%s %s%s\n%s, %s %s" if multi else "%s %s%s, %s, %s %s") % (r.randint(10, 9999), st, apt, city, stt, z)


def v_dob(ctx, fmt):
    if fmt == "iso":
        r = ctx.rng
        return "%d-%02d-%02d" % (r.randint(1930, 1990), r.randint(1, 12), r.randint(1, 28))
    return a_date(ctx.rng, ctx.lang, 1928, 1992 if ctx.rng.random() < 0.3 else 1962)


def v_ip(ctx, fmt):
    r = ctx.rng
    if r.random() < 0.15:
        return "2a02:%s:%s:%s::%s" % tuple("".join(r.choice(HEX) for _ in range(4)) for _ in range(4))
    return "%d.%d.%d.%d" % (pick(r, [84, 77, 94, 62, 81, 178, 213, 86, 31, 92, 109, 145]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def v_cust(ctx, fmt):
    r = ctx.rng
    k = r.randint(0, 8)
    if fmt == "policy":
        return pick(r, [digits(r, 9), "POL-" + digits(r, 8), digits(r, 3) + "." + digits(r, 3, "0123456789") + "." + digits(r, 3, "0123456789"), "HZ" + digits(r, 7)])
    if k <= 2:
        return digits(r, 10)
    if k == 3:
        return group(digits(r, 12), 4)
    if k == 4:
        return pick(r, ["KL", "C", "CU", "REL"]) + "-" + digits(r, 7)
    if k == 5:
        return digits(r, 3) + "." + digits(r, 3, "0123456789") + "." + digits(r, 3, "0123456789")
    if k == 6:
        return digits(r, 7)
    if k == 7:
        return digits(r, 4) + "-" + digits(r, 4, "0123456789") + "-" + digits(r, 2, "0123456789")
    return digits(r, 8)


SPAN_GEN = {"password": v_password, "pin": v_pin, "puk": v_puk, "otp": v_otp, "wifi_key": v_wifi, "username": v_username,
            "api_key": v_api, "aws_secret": v_aws_secret, "token": v_token, "card": v_card, "cvv": v_cvv, "card_expiry": v_expiry,
            "iban": v_iban, "bsn": v_bsn, "email": v_email, "phone": v_phone, "address": v_address, "date_of_birth": v_dob,
            "ip_address": v_ip, "customer_number": v_cust}

# ------------------------------------------------------------ negatives


def n_amount(ctx, fmt):
    r = ctx.rng
    e, c = r.randint(3, 2400), r.randint(0, 99)
    if ctx.lang == "en-gb":
        return pick(r, ["£%d.%02d" % (e, c), "£%d" % e, "%d.%02d GBP" % (e, c)])
    if ctx.lang == "en-us":
        return pick(r, ["$%d.%02d" % (e, c), "$%s" % format(e, ","), "USD %d.%02d" % (e, c)])
    es = format(e, ",").replace(",", ".")
    return pick(r, ["€ %s,%02d" % (es, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "EUR %s,%02d" % (es, c), "€ %d,-" % e, "%d,%02d €" % (e, c)])


def n_cphone(ctx, fmt):
    return ctx.company_phone()


def n_creg(ctx, fmt):
    r = ctx.rng
    L = ctx.lang
    if L == "nl":
        return pick(r, ["KvK %s" % digits(r, 8), "KvK-nummer %s" % digits(r, 8), "BTW NL%sB01" % digits(r, 9, "0123456789")])
    if L in ("nl-be", "fr-be"):
        d = "0" + digits(r, 9)
        return pick(r, ["BE %s.%s.%s" % (d[:4], d[4:7], d[7:]), "BTW BE%s" % d, "TVA BE %s" % d, "KBO %s.%s.%s" % (d[:4], d[4:7], d[7:])])
    if L == "en-gb":
        return pick(r, ["Company No. %s" % digits(r, 8, "0"), "VAT GB %s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 2)), "registered in England no. %s" % digits(r, 8, "0")])
    return "EIN %s-%s" % (digits(r, 2), digits(r, 7))


def n_date(ctx, fmt):
    return a_date(ctx.rng, ctx.lang, 2025, 2026)


def n_time(ctx, fmt):
    r = ctx.rng
    h, m = r.randint(7, 21), pick(r, [0, 5, 12, 15, 30, 41, 45, 58])
    if ctx.lang == "en-us":
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")
    return pick(r, ["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%d:%02d" % (h, m)])


def n_year(ctx, fmt):
    return str(ctx.rng.randint(2019, 2027))


def n_error(ctx, fmt):
    r = ctx.rng
    return pick(r, ["E-%d" % r.randint(100, 9999), "0x8007%04X" % r.randint(0, 65535), "ERR_%d" % r.randint(100, 999),
                    "%s-%d" % (alnum(r, 2, UP), r.randint(1000, 9999)), "HTTP %d" % pick(r, [401, 403, 500, 502, 503]),
                    "F%03d" % r.randint(1, 400), "code %d" % r.randint(1000, 99999)])


def n_invoice(ctx, fmt):
    r = ctx.rng
    return pick(r, ["F%d-%06d" % (r.randint(2024, 2026), r.randint(1, 999999)), "INV-%s" % digits(r, 7), digits(r, 10, "7"),
                    "%d/%05d" % (r.randint(2025, 2026), r.randint(1, 99999)), "FA%s" % digits(r, 8), "VF-%s-%s" % (digits(r, 4), digits(r, 4, "0123456789"))])


def n_order(ctx, fmt):
    r = ctx.rng
    return pick(r, ["#%s" % digits(r, 7), "ORD-%s" % digits(r, 8), "%s-%s" % (digits(r, 4), alnum(r, 4, UP)), digits(r, 9, "4")])


def n_ticket(ctx, fmt):
    r = ctx.rng
    return pick(r, ["#%s" % digits(r, 6), "CAS-%s-%s" % (digits(r, 5), alnum(r, 6, UP + string.digits)), "Z/%d/%06d" % (r.randint(24, 26), r.randint(1, 999999)),
                    "%d/%04d" % (r.randint(2025, 2026), r.randint(1, 9999)), "INC%s" % digits(r, 7, "0"), "SR-%s" % digits(r, 8)])


def n_track(ctx, fmt):
    r = ctx.rng
    return pick(r, ["3S%s%s" % (alnum(r, 4, UP), digits(r, 9)), "JVGL%s" % digits(r, 14), "1Z%s%s" % (alnum(r, 6, UP + string.digits), digits(r, 10)),
                    "CD%s%sBE" % (digits(r, 9), ""), "RR%sNL" % digits(r, 9)])


def n_req(ctx, fmt):
    r = ctx.rng
    h = lambda n: "".join(r.choice(HEX) for _ in range(n))
    return pick(r, ["%s-%s-%s-%s-%s" % (h(8), h(4), h(4), h(4), h(12)), "req_%s" % h(16), "REQ-%s" % digits(r, 9)])


def n_meter(ctx, fmt):
    r = ctx.rng
    if fmt == "elec":
        return pick(r, ["%05d kWh" % r.randint(100, 99999), "%06d" % r.randint(1000, 999999), "%d kWh" % r.randint(1000, 40000)])
    if fmt == "gas":
        return pick(r, ["%d,%03d m³" % (r.randint(100, 9999), r.randint(0, 999)), "%d m3" % r.randint(50, 5000), "%05d,%d" % (r.randint(100, 99999), r.randint(0, 9))])
    k = r.randint(0, 5)
    if k == 0:
        return "%05d kWh" % r.randint(100, 99999)
    if k == 1:
        return "%d,%03d m³" % (r.randint(100, 9999), r.randint(0, 999))
    if k == 2:
        return "%06d" % r.randint(1000, 999999)
    if k == 3:
        return "%d m3" % r.randint(50, 5000)
    if k == 4:
        return "%05d,%d" % (r.randint(100, 99999), r.randint(0, 9))
    return "%d kWh" % r.randint(1000, 40000)


def n_model(ctx, fmt):
    return pick(ctx.rng, ["FRITZ!Box 7530", "Experia Box v10A", "Connect Box CH7465LG", "SM-A525F", "Kaifa MA105", "Landis+Gyr E350",
                          "Sagemcom F@st 3896", "Tado V3+", "HW-P1-01", "iPhone 12", "Doro 8080", "Iskra AM550", "bbox3", "EcoFlow R600"])


def n_product(ctx, fmt):
    r = ctx.rng
    return pick(r, ["SKU %s" % digits(r, 6), "art.nr. %s" % digits(r, 7), "8712%s" % digits(r, 9, "0123456789"), "PRD-%s" % alnum(r, 6, UP + string.digits)])


def n_version(ctx, fmt):
    r = ctx.rng
    return pick(r, ["%d.%d.%d" % (r.randint(1, 18), r.randint(0, 20), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 40)),
                    "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(10, 15), "build %s" % digits(r, 5)])


def n_pct(ctx, fmt):
    r = ctx.rng
    return pick(r, ["%d%%" % r.randint(1, 99), "%d,%d %%" % (r.randint(1, 30), r.randint(1, 9)), "%d.%d%%" % (r.randint(1, 30), r.randint(1, 9))])


def n_qty(ctx, fmt):
    r = ctx.rng
    n = r.randint(2, 12)
    f = fam(ctx.lang)
    return pick(r, {"nl": ["%d stuks" % n, "%dx" % n, "%d" % n], "fr": ["%d pièces" % n, "%d exemplaires" % n, "%d x" % n],
                    "en": ["%d units" % n, "%d packs" % n, "%d x" % n]}[f])


def n_url(ctx, fmt):
    return ctx.brand_url()


def n_masked(ctx, fmt):
    r = ctx.rng
    return pick(r, ["**** %s" % digits(r, 4, "0123456789"), "NL** **** **** %s" % digits(r, 4, "0123456789"), "BE** **** **** %s" % digits(r, 4, "0123456789"),
                    "XXXX-XXXX-XXXX-%s" % digits(r, 4, "0123456789"), "06-****%s" % digits(r, 4, "0123456789"), "•••• %s" % digits(r, 4, "0123456789"),
                    "*******%s" % digits(r, 3, "0123456789"), "ending in %s" % digits(r, 4, "0123456789"), "+31 6 ** ** %s" % digits(r, 2, "0123456789")])


def n_port(ctx, fmt):
    return str(pick(ctx.rng, [443, 8080, 80, 8443, 1883, 8123, 22, 3389]))


def n_checksum(ctx, fmt):
    r = ctx.rng
    return "".join(r.choice(HEX) for _ in range(pick(r, [32, 40, 64])))


def n_mention(ctx, fmt):
    return "@" + ctx.handle()


def n_hashtag(ctx, fmt):
    return "#" + pick(ctx.rng, {"nl": ["storing", "klantenservice", "energierekening", "ouderen", "digitaal", "zorgverzekering", "waterlek", "jaarafrekening"],
                                "fr": ["panne", "service", "facture", "coupure", "seniors", "eau"],
                                "en": ["fail", "help", "outage", "customerservice", "seniors", "bills"]}[fam(ctx.lang)])


def n_flight(ctx, fmt):
    r = ctx.rng
    return pick(r, ["KL", "HV", "SN", "BA", "U2", "FR", "TB"]) + " " * r.randint(0, 1) + str(r.randint(100, 9999))


NEG_GEN = {"amount": n_amount, "company_phone": n_cphone, "company_registration": n_creg, "date": n_date, "time": n_time, "year": n_year,
           "error_code": n_error, "invoice_number": n_invoice, "order_number": n_order, "ticket_number": n_ticket,
           "tracking_number": n_track, "request_id": n_req, "meter_reading": n_meter, "model_number": n_model, "product_code": n_product,
           "version_string": n_version, "percentage": n_pct, "quantity": n_qty, "url": n_url, "masked_value": n_masked, "port": n_port,
           "checksum": n_checksum, "mention": n_mention, "hashtag": n_hashtag, "flight_number": n_flight}
