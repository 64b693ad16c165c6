"""Value generators, rendering and self-checks for the blind41 corpus (stdlib only)."""
import re
import string

SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
              "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address", "date_of_birth",
              "ip_address", "customer_number"}
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
             "cvv", "iban", "bsn"}
NEG_KINDS = {"amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "request_id", "meter_reading", "model_number", "product_code",
             "version_string", "percentage", "quantity", "url", "masked_value", "port", "checksum"}

DIGITS = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase

SPOKEN = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def dig(r, n):
    return "".join(r.choice(DIGITS) for _ in range(n))


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + dig(r, length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban(cc, bban):
    t = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in t))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 9:
        tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        if tot % 11 == 0 and d[0] != "0" or (tot % 11 == 0):
            return True
    if len(d) == 11:
        base, chk = int(d[:9]), int(d[9:])
        if 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk:
            return True
    return False


def make_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            if bsn_ok(s):
                return s


def make_rrn(r):
    y = r.randint(1950, 2005)
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    seq = r.randint(1, 997)
    first = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    base = int(first) if y < 2000 else int("2" + first)
    chk = 97 - base % 97
    return first + "%02d" % chk


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


WORDS_NL = "zomer fiets regen molen tulp kaas wolk haven storm duin polder kanaal sneeuw lente".split()
WORDS_FR = "soleil velo pluie moulin frites gaufre nuage port orage dune canal neige printemps".split()
WORDS_EN = "summer bike rain mill cheese cloud harbour storm dune canal snow spring tiger falcon".split()
PETS = "Bobby Luna Max Guus Pluto Tess Simba Nala Rocky Milo Fien Kiki".split()


def lang_words(lang):
    return WORDS_FR if lang == "fr-be" else WORDS_EN if lang.startswith("en") else WORDS_NL


def gen_password(r, lang, var):
    k = r.randint(0, 7)
    w = lang_words(lang)
    if k == 0:
        return r.choice(w).capitalize() + str(r.randint(2015, 2026)) + r.choice("!?#$*")
    if k == 1:
        return "".join(r.choice(UP + LOW + DIGITS + "!@#%&*") for _ in range(r.randint(10, 16)))
    if k == 2:
        return "-".join(r.sample(w, 3)) + "-" + str(r.randint(10, 99))
    if k == 3:
        return r.choice(PETS) + str(r.randint(1, 99)).zfill(2) + r.choice(["!", "", "@", "."])
    if k == 4:
        b = r.choice(w)
        return b.replace("e", "3").replace("a", "@").replace("o", "0").capitalize() + dig(r, 3)
    if k == 5:
        return "Welkom" + dig(r, 2) if lang.startswith("nl") else ("Bienvenue" if lang == "fr-be" else "Welcome") + dig(r, 2) + "!"
    if k == 6:
        return "".join(r.choice(LOW + DIGITS) for _ in range(8)) + r.choice(UP)
    return r.choice(w).upper() + "_" + r.choice(w) + dig(r, 2)


def gen_otp(r, var):
    if var == "alnum":
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    k = r.randint(0, 6)
    if k <= 2:
        return dig(r, 6)
    if k == 3:
        return dig(r, 3) + "-" + dig(r, 3)
    if k == 4:
        return dig(r, 3) + " " + dig(r, 3)
    if k == 5:
        return dig(r, 4)
    return dig(r, 8)


def gen_card(r, var):
    k = var or r.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if k == "visa":
        n = luhn_complete("4", 16, r)
    elif k == "mc":
        n = luhn_complete("5" + r.choice("12345"), 16, r)
    elif k == "mc2":
        n = luhn_complete("22" + r.choice("3456"), 16, r)
    elif k == "amex":
        n = luhn_complete("3" + r.choice("47"), 15, r)
        return r.choice([group(n, [4, 6, 5]), n, group(n, [4, 6, 5], "-")])
    else:
        n = luhn_complete(r.choice(["6759", "5018", "6761"]), r.choice([16, 18, 19]), r)
    f = r.randint(0, 4)
    if f == 0:
        return n
    if f == 1 and len(n) == 16:
        return group(n, [4, 4, 4, 4], "-")
    return group(n, [4] * 5)


def gen_iban(r, lang, var):
    cc = var or {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": r.choice(["DE", "FR", "GB"])}[lang]
    if cc == "NL":
        ib = make_iban("NL", r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"]) + dig(r, 10))
    elif cc == "BE":
        a = dig(r, 10)
        c = int(a) % 97 or 97
        ib = make_iban("BE", a + "%02d" % c)
    elif cc == "FR":
        ib = make_iban("FR", dig(r, 10) + dig(r, 11) + dig(r, 2))
    elif cc == "DE":
        ib = make_iban("DE", dig(r, 8) + dig(r, 10))
    else:
        ib = make_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + dig(r, 6) + dig(r, 8))
    f = r.randint(0, 5)
    if f <= 2:
        return group(ib, [4] * 9)
    if f == 3:
        return ib
    if f == 4:
        return ib.lower()
    return ib[:2] + " " + group(ib[2:], [2] + [4] * 8)


def gen_bsn(r, lang, var):
    if lang in ("nl-be", "fr-be") or var == "rrn":
        s = make_rrn(r)
        f = r.randint(0, 2)
        if f == 0:
            return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:])
        if f == 1:
            return s
        return "%s%s%s %s %s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:])
    s = make_bsn(r)
    f = r.randint(0, 3)
    if f <= 1:
        return s
    if f == 2:
        return group(s, [3, 3, 3])
    return group(s, [4, 2, 3], ".")


def gen_expiry(r, lang, var):
    m, y = r.randint(1, 12), r.randint(2025, 2031)
    f = r.randint(0, 4)
    mons = {"fr-be": "janv févr mars avr mai juin juil août sept oct nov déc",
            "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
            "nl-be": "jan feb maart apr mei juni juli aug sep okt nov dec"}.get(lang, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec").split()
    if f <= 1:
        return "%02d/%02d" % (m, y % 100)
    if f == 2:
        return "%02d-%d" % (m, y)
    if f == 3:
        return "%s %d" % (mons[m - 1], y)
    return "%02d/%d" % (m, y)


def gen_dob(r, lang, var):
    y, m, d = r.randint(1948, 2006), r.randint(1, 12), r.randint(1, 28)
    f = r.randint(0, 4)
    mons = {"fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "nl": "januari februari maart april mei juni juli augustus september oktober november december",
            "nl-be": "januari februari maart april mei juni juli augustus september oktober november december"}.get(
        lang, "January February March April May June July August September October November December").split()
    if lang == "en-us":
        if f <= 2:
            return "%02d/%02d/%d" % (m, d, y)
        return "%s %d, %d" % (mons[m - 1], d, y)
    if f == 0:
        return "%02d-%02d-%d" % (d, m, y)
    if f == 1:
        return "%d/%d/%d" % (d, m, y)
    if f == 2:
        return "%d %s %d" % (d, mons[m - 1], y)
    if f == 3:
        return "%02d.%02d.%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


def gen_phone(r, lang, var):
    f = r.randint(0, 4)
    if lang == "nl":
        n = "6" + dig(r, 8)
        if var == "land":
            a = r.choice(["20", "10", "30", "70", "40", "50", "24"])
            return r.choice(["0%s-%s" % (a, dig(r, 7)), "+31 %s %s %s" % (a, dig(r, 3), dig(r, 4))])
        return ["06-" + n[1:], "+31 6 %s %s" % (n[1:5], n[5:]), "0031" + n, "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:]), "+316" + n[1:]][f]
    if lang in ("nl-be", "fr-be"):
        n = "4" + r.choice("5789") + r.choice("0123456789") + dig(r, 6)
        if var == "land":
            return r.choice(["02 %s %s %s" % (dig(r, 3), dig(r, 2), dig(r, 2)), "09 %s %s %s" % (dig(r, 3), dig(r, 2), dig(r, 2))])
        return ["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]), "0032%s" % n, "0" + n][f]
    if lang == "en-gb":
        n = "7" + r.choice("4589") + dig(r, 8)
        return ["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "0%s%s" % (n[:4], n[4:]), "+44 (0)%s %s %s" % (n[:4], n[4:7], n[7:]), "020 %s %s" % (dig(r, 4), dig(r, 4))][f]
    a = r.choice(["212", "312", "415", "617", "206", "512", "303", "646", "773", "503"])
    x = r.choice("23456789") + dig(r, 2)
    y = dig(r, 4)
    return ["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "+1 %s %s %s" % (a, x, y), "%s.%s.%s" % (a, x, y), "1-%s-%s-%s" % (a, x, y)][f]


def gen_email(r, lang, var, names):
    first, last = names
    dom = r.choice({"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "live.nl"],
                    "nl-be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.be", "proximus.be"],
                    "fr-be": ["gmail.com", "hotmail.be", "skynet.be", "outlook.be", "voo.be", "yahoo.fr"],
                    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
                    "en-us": ["gmail.com", "yahoo.com", "icloud.com", "aol.com", "outlook.com"]}[lang])
    f0 = re.sub(r"[^a-z]", "", first.lower())
    l0 = re.sub(r"[^a-z]", "", last.lower())
    if var == "work":
        return "%s.%s@%s" % (f0, l0, r.choice(["fleetwise.nl", "vanderlinde-bouw.nl", "dekra-logistics.be", "brightpath.co.uk", "northloop.com"]))
    loc = r.choice(["%s.%s" % (f0, l0), "%s%s%s" % (f0[0], l0, dig(r, 2)), "%s_%s" % (f0, l0), "%s%s" % (f0, dig(r, 4)), "%s.%s" % (f0[0], l0)])
    if var == "spoken":
        k = r.randint(0, 2)
        if k == 0:
            return "%s @ %s" % (" . ".join(loc.split(".")), " . ".join(dom.split(".")))
        if k == 1:
            return "%s[at]%s" % (loc, dom.replace(".", "[dot]"))
        return "%s (at) %s" % (loc, dom)
    return loc + "@" + dom


def gen_address(r, lang, var, half_pools):
    st = r.choice(half_pools["street_" + lang])
    city, pc = r.choice(half_pools["city_" + lang])
    n = r.randint(1, 240)
    sep = "\n" if var == "ml" else ", "
    if lang == "nl":
        pcode = "%s %s" % (pc, "".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2)))
        num = str(n) + r.choice(["", "", "", "A", "-2", " bis", "-hs"])
        if var == "short":
            return "%s %s" % (st, num)
        return "%s %s%s%s  %s" % (st, num, sep, pcode, city) if r.random() < 0.2 else "%s %s%s%s %s" % (st, num, sep, pcode, city)
    if lang in ("nl-be", "fr-be"):
        bus = r.choice(["", "", " bus %d" % r.randint(1, 12)]) if lang == "nl-be" else r.choice(["", "", " bte %d" % r.randint(1, 12), "/%d" % r.randint(1, 8)])
        if var == "short":
            return "%s %d%s" % (st, n, bus)
        return "%s %d%s%s%s %s" % (st, n, bus, sep, pc, city)
    if lang == "en-gb":
        if var == "short":
            return "%d %s" % (n, st)
        return "%d %s%s%s%s%s" % (n, st, sep, city, sep if var == "ml" else " ", pc)
    if var == "short":
        return "%d %s" % (n * 10 + r.randint(0, 9), st)
    apt = r.choice(["", "", ", Apt %d%s" % (r.randint(1, 9), r.choice("ABC")), " #%d" % r.randint(100, 900)])
    return "%d %s%s%s%s %s" % (n * 10 + r.randint(0, 9), st, apt, sep, city, pc)


def gen_username(r, lang, var, names):
    first, last = names
    f0 = re.sub(r"[^a-z]", "", first.lower())
    l0 = re.sub(r"[^a-z]", "", last.lower())
    k = r.randint(0, 6)
    return [f0 + l0[:4] + dig(r, 2), "%s.%s" % (f0[0], l0), "driver_" + dig(r, 4), (f0 + "." + l0).upper(),
            f0 + "_" + r.choice(["rides", "ev", "onthego", "commute", "moto"]) + dig(r, 2), "%s%s" % (l0, dig(r, 3)),
            "u" + dig(r, 7)][k]


def gen_api_key(r, var):
    k = r.randint(0, 5)
    an = UP + LOW + DIGITS
    if k == 0:
        return "sk_live_" + "".join(r.choice(an) for _ in range(24))
    if k == 1:
        return "AKIA" + "".join(r.choice(UP + DIGITS) for _ in range(16))
    if k == 2:
        return "".join(r.choice("0123456789abcdef") for _ in range(32))
    if k == 3:
        return "api_" + "".join(r.choice(LOW + DIGITS) for _ in range(28))
    if k == 4:
        return "".join(r.choice(an + "/+") for _ in range(40))
    return "fl_live_" + "".join(r.choice(LOW + DIGITS) for _ in range(32))


def b64(r, n):
    return "".join(r.choice(UP + LOW + DIGITS + "-_") for _ in range(n))


def gen_token(r, var):
    k = r.randint(0, 4)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64(r, 48) + "." + b64(r, 43)
    if k == 1:
        return "ghp_" + "".join(r.choice(UP + LOW + DIGITS) for _ in range(36))
    if k == 2:
        return "".join(r.choice("0123456789abcdef") for _ in range(8)) + "-" + "-".join(
            "".join(r.choice("0123456789abcdef") for _ in range(4)) for _ in range(3)) + "-" + "".join(
            r.choice("0123456789abcdef") for _ in range(12))
    if k == 3:
        return "xoxb-" + dig(r, 12) + "-" + dig(r, 13) + "-" + "".join(r.choice(UP + LOW + DIGITS) for _ in range(24))
    return "glpat-" + "".join(r.choice(UP + LOW + DIGITS + "_-") for _ in range(20))


def gen_ip(r, var):
    if var == "v6" or r.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))
    a = r.choice([77, 84, 81, 94, 178, 213, 86, 62, 145, 188, 92, 24, 73, 98])
    return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def gen_customer(r, lang, var):
    v = var or r.choice(["lease", "charge", "member", "policy", "plain"])
    if v == "lease":
        return r.choice(["LC-%d-%s" % (r.randint(2019, 2025), dig(r, 6)), "%s%s" % (r.choice(["30", "41", "77"]), dig(r, 7)), "CTR%s" % dig(r, 8), "%s/%s" % (dig(r, 6), dig(r, 2))])
    if v == "ov":
        return group("3528" + dig(r, 12), [4, 4, 4, 4], r.choice([" ", " ", ""]))
    if v == "mobib":
        return r.choice(["%s %s %s %s %s" % (dig(r, 2), dig(r, 4), dig(r, 4), dig(r, 4), dig(r, 1)), dig(r, 17)])
    if v == "oyster":
        return r.choice([dig(r, 12), group(dig(r, 12), [4, 4, 4])])
    if v == "charge":
        cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(lang, r.choice(["GB", "NL"]))
        pr = "".join(r.choice(UP) for _ in range(3))
        return r.choice(["%s-%s-C%s-%s" % (cc, pr, dig(r, 8), r.choice(UP)), "%s%s%s" % (cc, pr, "".join(r.choice(UP + DIGITS) for _ in range(9))), "%s-%s-%s-%s" % (cc, pr, dig(r, 6), r.choice(DIGITS))])
    if v == "member":
        return r.choice([dig(r, 9), group(dig(r, 9), [3, 3, 3]), "%s %s %s" % (dig(r, 4), dig(r, 4), dig(r, 4)), "M-" + dig(r, 7)])
    if v == "policy":
        return r.choice(["POL-" + dig(r, 8), "%s.%s.%s" % (dig(r, 2), dig(r, 3), dig(r, 3)), "AU%s" % dig(r, 9), "%s-%s" % (dig(r, 4), dig(r, 6))])
    if v == "rider":
        return r.choice(["RID-" + dig(r, 7), dig(r, 8), "C" + dig(r, 9)])
    return r.choice([dig(r, 8), "KL" + dig(r, 7), "%s-%s" % (dig(r, 3), dig(r, 5)), dig(r, 10)])


def spoken_digits(s, lang, r):
    words = SPOKEN[lang]
    sep = r.choice([" ", "-", ", "]) if lang.startswith("en") else r.choice([" ", " ", ", "])
    return sep.join(words[int(c)] for c in s if c.isdigit())


# ---------------- negatives ----------------

def gen_neg(kind, r, lang, var):
    eur = lang != "en-gb" and lang != "en-us"
    if kind == "amount":
        v = r.randint(1, 400) + r.randint(0, 99) / 100
        if lang in ("nl", "nl-be"):
            return r.choice(["€ %s" % ("%.2f" % v).replace(".", ","), "€%s" % ("%.2f" % v).replace(".", ","), "%s euro" % ("%.2f" % v).replace(".", ","), "EUR %.2f" % v])
        if lang == "fr-be":
            return r.choice(["%s €" % ("%.2f" % v).replace(".", ","), "%s euros" % ("%.2f" % v).replace(".", ","), "€%s" % ("%.2f" % v).replace(".", ",")])
        if lang == "en-gb":
            return r.choice(["£%.2f" % v, "£%d" % int(v), "GBP %.2f" % v])
        return r.choice(["$%.2f" % v, "$%d" % int(v), "USD %.2f" % v])
    if kind == "company_phone":
        return r.choice({"nl": ["0900-9296", "088-020 1000", "0800-0503", "030 - 750 95 00", "0900 8844"],
                         "nl-be": ["078 15 15 15", "02 528 28 28", "070 22 00 00", "03 260 54 10"],
                         "fr-be": ["078 15 15 15", "02 528 28 28", "070 23 20 00", "081 23 53 53"],
                         "en-gb": ["0343 222 1234", "0800 028 2222", "0345 748 4950", "0330 159 1111"],
                         "en-us": ["1-800-222-4357", "(800) 555-0199", "1 (888) 234-6000", "800-872-7245"]}[lang])
    if kind == "company_registration":
        return r.choice({"nl": ["KvK 3%s" % dig(r, 7), "KvK-nummer: 6%s" % dig(r, 7), "BTW NL%sB01" % dig(r, 9)],
                         "nl-be": ["BE 0%s.%s.%s" % (dig(r, 3), dig(r, 3), dig(r, 3)), "ondernemingsnr. 0%s.%s.%s" % (dig(r, 3), dig(r, 3), dig(r, 3))],
                         "fr-be": ["TVA BE 0%s.%s.%s" % (dig(r, 3), dig(r, 3), dig(r, 3)), "BCE 0%s%s" % (dig(r, 3), dig(r, 6))],
                         "en-gb": ["Company No. %s" % dig(r, 8), "VAT GB %s %s %s" % (dig(r, 3), dig(r, 4), dig(r, 2))],
                         "en-us": ["EIN %s-%s" % (dig(r, 2), dig(r, 7)), "USDOT %s" % dig(r, 7)]}[lang])
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        y = r.choice([2024, 2025, 2025])
        return r.choice(["%d-%d-%d" % (d, m, y), "%02d/%02d" % (d, m), "%d/%d" % (d, m), "%02d.%02d.%d" % (d, m, y)]) if lang != "en-us" else r.choice(["%d/%d" % (m, d), "%02d/%02d/%d" % (m, d, y)])
    if kind == "time":
        h, mi = r.randint(5, 23), r.choice([0, 5, 12, 15, 27, 30, 41, 45, 52])
        if lang in ("nl", "nl-be"):
            return r.choice(["%02d:%02d" % (h, mi), "%du%02d" % (h, mi), "%d.%02d" % (h, mi)])
        if lang == "fr-be":
            return r.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh" % h])
        if lang == "en-gb":
            return r.choice(["%02d:%02d" % (h, mi), "%d.%02d%s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am")])
        return r.choice(["%d:%02d %s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am"), "%d:%02d" % (h, mi)])
    if kind == "year":
        return str(r.randint(2015, 2025))
    if kind == "error_code":
        return r.choice(["E-%s" % dig(r, 4), "ERR_%s" % dig(r, 3), "0x8007%s" % "".join(r.choice("0123456789ABCDEF") for _ in range(4)), "F%s" % dig(r, 2), "code %s" % dig(r, 3), "CP-%s" % dig(r, 2), "Error 4%s" % dig(r, 2)])
    if kind == "flight_number":
        return r.choice(["KL", "HV", "SN", "BA", "U2", "FR", "UA", "DL", "TB"]) + str(r.randint(100, 2999))
    if kind == "hashtag":
        return r.choice(["#NS", "#storing", "#vertraging", "#DeLijn", "#SNCB", "#grève", "#Oyster", "#TfL", "#MTA", "#parking", "#laadpaal", "#EV", "#fail", "#retard", "#commute", "#leaseauto"])
    if kind == "mention":
        return r.choice(["@NS_online", "@GVBnieuws", "@RET", "@delijn", "@SNCB", "@STIBMIVB", "@TfL", "@nationalrailenq", "@MTA", "@Uber_Support", "@EasyPark", "@SixtNL", "@ANWB", "@Touring_be", "@LeasePlanNL", "@Fastned", "@AskLyft", "@AA_Ireland"])
    if kind == "invoice_number":
        return r.choice(["F%d-%s" % (r.randint(2023, 2025), dig(r, 6)), "INV-%s" % dig(r, 7), "%s" % dig(r, 10), "CJIB %s" % dig(r, 16), "PCN %s%s" % ("".join(r.choice(UP) for _ in range(2)), dig(r, 8)), "VR%s" % dig(r, 8)])
    if kind == "order_number":
        return r.choice(["RES-" + "".join(r.choice(UP + DIGITS) for _ in range(6)), "".join(r.choice(UP) for _ in range(2)) + dig(r, 7), "#" + dig(r, 8), "BK" + dig(r, 6), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))])
    if kind == "ticket_number":
        return r.choice(["#%s" % dig(r, 7), "SR-%s" % dig(r, 6), "CAS-%s-%s" % (dig(r, 5), "".join(r.choice(UP) for _ in range(4))), "SCH-%d-%s" % (r.randint(2024, 2025), dig(r, 5)), "%s" % dig(r, 8)])
    if kind == "tracking_number":
        return r.choice(["3S" + "".join(r.choice(UP) for _ in range(4)) + dig(r, 9), "1Z" + "".join(r.choice(UP + DIGITS) for _ in range(16)), "JVGL%s" % dig(r, 14), "RR%sNL" % dig(r, 9)])
    if kind == "request_id":
        return r.choice(["req_" + "".join(r.choice(LOW + DIGITS) for _ in range(14)), "%s-%s" % ("".join(r.choice("0123456789abcdef") for _ in range(8)), "".join(r.choice("0123456789abcdef") for _ in range(4))), "X-Request-Id: " + "".join(r.choice("0123456789abcdef") for _ in range(16))])
    if kind == "meter_reading":
        if lang == "en-us":
            return r.choice(["%s miles" % "{:,}".format(r.randint(3000, 140000)), "%.1f kWh" % (r.randint(50, 800) / 10)])
        if lang == "en-gb":
            return r.choice(["%s miles" % "{:,}".format(r.randint(3000, 140000)), "%.1f kWh" % (r.randint(50, 800) / 10), "%s km" % "{:,}".format(r.randint(3000, 140000))])
        km = "{:,}".format(r.randint(3000, 190000)).replace(",", ".")
        return r.choice(["%s km" % km, "%s kWh" % ("%.2f" % (r.randint(50, 800) / 10)).replace(".", ","), "km-stand %s" % km])
    if kind == "model_number":
        return r.choice(["EVB-1A22", "Alfen Eve S-line", "ID.4 Pro", "Model Y LR", "Kona 64 kWh", "e-208 GT", "Enyaq 80x", "XC40 Recharge", "Zoe R135", "MG4 Lux", "Wallbox Pulsar Plus", "Easee One", "iX3 M Sport"])
    if kind == "product_code":
        return r.choice(["SKU-%s" % dig(r, 6), "art. %s" % dig(r, 6), "P%s-%s" % (dig(r, 3), "".join(r.choice(UP) for _ in range(2))), "TYPE2-%dM" % r.choice([5, 7, 10])])
    if kind == "version_string":
        return r.choice(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20)), "%d.%d.%d" % (r.randint(3, 20), r.randint(0, 30), r.randint(0, 9)), "iOS %d.%d" % (r.randint(15, 18), r.randint(0, 6)), "Android %d" % r.randint(11, 15), "build %s" % dig(r, 4)])
    if kind == "percentage":
        return r.choice(["%d%%" % r.randint(5, 100), "%d %%" % r.randint(5, 100), "%d procent" % r.randint(5, 100) if lang.startswith("nl") else "%d%%" % r.randint(5, 100)])
    if kind == "quantity":
        return r.choice(["%d ritten" % r.randint(2, 30) if lang.startswith("nl") else "%d trajets" % r.randint(2, 30) if lang == "fr-be" else "%d trips" % r.randint(2, 30),
                         "%dx" % r.randint(2, 9), "%d laadsessies" % r.randint(2, 40) if lang.startswith("nl") else "%d sessions" % r.randint(2, 40)])
    if kind == "url":
        return r.choice(["https://www.ns.nl/mijnns", "ov-chipkaart.nl/inloggen", "https://www.delijn.be/nl/contact", "https://www.belgiantrain.be/fr/support", "tfl.gov.uk/fares/contactless-and-oyster-account", "https://help.uber.com", "www.anwb.nl/wegenwacht", "https://mijn.cjib.nl", "https://app.fleetportal.eu/login", "https://status.chargepoint.example/incidents/4411"])
    if kind == "masked_value":
        return r.choice(["**** **** **** %s" % dig(r, 4), "**** %s" % dig(r, 4), "NL** **** **** **%s" % dig(r, 2), "BE** **** **** %s" % dig(r, 4), "06-****%s" % dig(r, 4), "xxxx-xxxx-xxxx-%s" % dig(r, 4), "j***@gmail.com", "••••%s" % dig(r, 4), "+32 4** ** ** %s" % dig(r, 2)])
    if kind == "port":
        return str(r.choice([8080, 443, 8443, 1883, 502, 9000]))
    if kind == "checksum":
        return r.choice(["sha256:" + "".join(r.choice("0123456789abcdef") for _ in range(64)), "md5 " + "".join(r.choice("0123456789abcdef") for _ in range(32))])
    raise KeyError(kind)


# ---------------- fillers (not labelled) ----------------

def gen_plate(r, lang):
    L = "BDFGHJKLNPRSTVXZ"
    if lang == "nl":
        return r.choice(["%s-%s-%s" % ("".join(r.choice(L) for _ in range(2)), dig(r, 3), r.choice(L)),
                         "%s-%s-%s" % (r.choice(DIGITS), "".join(r.choice(L) for _ in range(3)), dig(r, 2)),
                         "%s-%s-%s" % ("".join(r.choice(L) for _ in range(1)), dig(r, 3), "".join(r.choice(L) for _ in range(2)))])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["%d-%s-%s" % (r.randint(1, 2), "".join(r.choice(UP) for _ in range(3)), dig(r, 3)), "%d%s%s" % (r.randint(1, 2), "".join(r.choice(UP) for _ in range(3)), dig(r, 3))])
    if lang == "en-gb":
        return "%s%d %s" % ("".join(r.choice(UP) for _ in range(2)), r.randint(10, 74), "".join(r.choice(UP) for _ in range(3)))
    return "%d%s%s" % (r.randint(1, 9), "".join(r.choice(UP) for _ in range(3)), dig(r, 3))


def gen_vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["WVW", "WBA", "VF3", "YV1", "TMB", "KMH", "5YJ", "VSS", "WAU", "SAL"]) + "".join(r.choice(al) for _ in range(14))


class Ctx:
    def __init__(self, r, lang, pools):
        self.r, self.lang, self.pools = r, lang, pools
        self.cache = {}
        self.namecache = {}

    def person(self, key):
        if key not in self.namecache:
            self.namecache[key] = (self.r.choice(self.pools["first_" + self.lang]), self.r.choice(self.pools["last_" + self.lang]))
        return self.namecache[key]

    def value(self, name, var):
        key = (name, var)
        if key in self.cache:
            return self.cache[key]
        m = re.fullmatch(r"([a-z_]+?)(\d*)", name)
        base, idx = m.group(1), m.group(2)
        r, lang = self.r, self.lang
        if base in SPAN_TYPES:
            v = self.span_value(base, var, idx)
            lab = ("span", base)
        elif base in NEG_KINDS:
            pk = "neg_" + base
            v = r.choice(self.pools[pk]) if pk in self.pools else gen_neg(base, r, lang, var)
            lab = ("neg", base)
        else:
            v = self.filler(base, var, idx)
            lab = None
        self.cache[key] = (v, lab)
        return v, lab

    def span_value(self, t, var, idx):
        r, lang = self.r, self.lang
        if var == "spoken" and t in ("pin", "otp", "puk", "cvv"):
            raw = {"pin": dig(r, 4), "otp": dig(r, 6), "puk": dig(r, 8), "cvv": dig(r, 3)}[t]
            return spoken_digits(raw, lang, r)
        if t == "password":
            return gen_password(r, lang, var)
        if t == "pin":
            return dig(r, int(var)) if var and var.isdigit() else dig(r, r.choice([4, 4, 4, 4, 5, 6]))
        if t == "puk":
            return dig(r, 8) if r.random() < 0.8 else group(dig(r, 8), [4, 4])
        if t == "otp":
            return gen_otp(r, var)
        if t == "wifi_key":
            return r.choice([gen_password(r, lang, var), "".join(r.choice(UP + DIGITS) for _ in range(r.choice([8, 10, 12, 16]))), group("".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12)), [4, 4, 4], "-")])
        if t == "username":
            return gen_username(r, lang, var, self.person("p" + idx))
        if t == "api_key":
            return gen_api_key(r, var)
        if t == "token":
            return gen_token(r, var)
        if t == "card":
            return gen_card(r, var)
        if t == "cvv":
            return dig(r, 4) if var == "amex" else dig(r, 3)
        if t == "iban":
            return gen_iban(r, lang, var.upper() if var else None)
        if t == "bsn":
            return gen_bsn(r, lang, var)
        if t == "card_expiry":
            return gen_expiry(r, lang, var)
        if t == "email":
            return gen_email(r, lang, var, self.person("p" + idx))
        if t == "phone":
            return gen_phone(r, lang, var)
        if t == "address":
            return gen_address(r, lang, var, self.pools)
        if t == "date_of_birth":
            return gen_dob(r, lang, var)
        if t == "ip_address":
            return gen_ip(r, var)
        if t == "customer_number":
            return gen_customer(r, lang, var)
        raise KeyError(t)

    def filler(self, base, var, idx):
        r, lang, P = self.r, self.lang, self.pools
        if base == "name":
            f, l = self.person("p" + idx)
            return f + " " + l
        if base == "first":
            return self.person("p" + idx)[0]
        if base == "last":
            return self.person("p" + idx)[1]
        if base == "agent":
            return r.choice(P["agent_" + lang])
        if base == "city":
            return r.choice(P["city_" + lang])[0]
        if base == "plate":
            return gen_plate(r, lang)
        if base == "vin":
            return gen_vin(r)
        if base == "ssid":
            return r.choice(["Ziggo%s" % dig(r, 4), "telenet-%s" % "".join(r.choice("0123456789ABCDEF") for _ in range(6)), "VW_ID_%s" % dig(r, 4), "KPN%s" % dig(r, 3), "BTHub6-%s" % "".join(r.choice(UP) for _ in range(4)), "NETGEAR%s" % dig(r, 2), "Wallbox_%s" % dig(r, 6), "Proximus-Home-%s" % dig(r, 4)])
        if base in P:
            return r.choice(P[base])
        key = base + "_" + lang
        if key in P:
            return r.choice(P[key])
        raise KeyError(base)


PH = re.compile(r"<<([a-z_]+\d*)(?::([a-z0-9]+))?>>")


def render(tpl, ctx):
    segs = []
    pos = 0
    for m in PH.finditer(tpl):
        segs.append([tpl[pos:m.start()], None])
        v, lab = ctx.value(m.group(1), m.group(2))
        segs.append([v, lab])
        pos = m.end()
    segs.append([tpl[pos:], None])
    return segs


def assemble(segs):
    text, spans, negs = [], [], []
    pos = 0
    for s, lab in segs:
        if lab:
            d = {"type" if lab[0] == "span" else "kind": lab[1], "start": pos, "end": pos + len(s)}
            if len(lab) > 2:
                d["_tid"] = lab[2]
            (spans if lab[0] == "span" else negs).append(d)
        text.append(s)
        pos += len(s)
    return "".join(text), spans, negs


def check_record(rec):
    t = rec["text"]
    allr = [(s["start"], s["end"], "span", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "neg", n["kind"]) for n in rec["negatives"]]
    for a, b, k, ty in allr:
        assert 0 <= a < b <= len(t), (rec["id"], ty, a, b)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], ty, repr(v))
        if k == "span":
            assert ty in SPAN_TYPES, ty
        else:
            assert ty in NEG_KINDS, ty
        if k == "span" and ty == "card":
            d = re.sub(r"[\s\-]", "", v)
            assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), (rec["id"], v)
        if k == "span" and ty == "iban":
            assert iban_ok(v), (rec["id"], v)
        if k == "span" and ty == "bsn":
            assert bsn_ok(v), (rec["id"], v)
    sp = sorted((a, b) for a, b, k, _ in allr if k == "span")
    for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
        assert b1 <= a2, (rec["id"], "span overlap", a1, b1, a2, b2)
    ng = sorted((a, b) for a, b, k, _ in allr)
    for (a1, b1), (a2, b2) in zip(ng, ng[1:]):
        assert b1 <= a2, (rec["id"], "overlap", a1, b1, a2, b2)
    assert rec["channel"] in {"whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment", "x_dm", "x_public", "facebook_comment", "email", "agent_reply"}
    assert rec["lang"] in {"nl", "nl-be", "fr-be", "en-gb", "en-us"}
    pub = rec["channel"] in {"x_public", "instagram_comment", "facebook_comment"}
    assert rec["visibility"] == ("public" if pub else "private")
