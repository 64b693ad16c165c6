"""Value generators for the blind35 corpus (stdlib only).

Every generator takes (ctx, arg) and returns a string.  ctx carries rng, locale
('nl', 'be', 'uk', 'us'), lang, brand and a memory of the last values issued.
"""
import random
import string

DIGIT_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}
UK_OH = "oh one two three four five six seven eight nine".split()

ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64U = string.ascii_letters + string.digits + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n, first_nonzero=False):
    s = rs(rng, string.digits, n)
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def dictate(ctx, s, sep=None):
    rng = ctx.rng
    words = DIGIT_WORDS[ctx.lang]
    if ctx.lang == "en-gb" and rng.random() < 0.5:
        words = UK_OH
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(words[int(ch)])
    if sep is None:
        sep = rng.choice([" ", " ", "-", ", ", " "])
    if ctx.lang.startswith("en") and sep == " " and rng.random() < 0.3:
        # "double four" style
        merged, i = [], 0
        while i < len(out):
            if i + 1 < len(out) and out[i] == out[i + 1]:
                merged.append("double " + out[i])
                i += 2
            else:
                merged.append(out[i])
                i += 1
        out = merged
    return sep.join(out)


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = "".join(s.split()).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def bsn_ok(s):
    d = [c for c in s if c.isdigit()]
    if len(d) == 9:
        tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        return tot % 11 == 0
    if len(d) == 11:
        base, chk = "".join(d[:9]), int("".join(d[9:]))
        return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97
    return False


# ---------------------------------------------------------------- secrets
PW_WORDS = {
    "nl": ["Zomer", "Voetbal", "Tulp", "Fietsen", "Oranje", "Koekje", "Molen", "Snoopy", "Hondje", "Ajax"],
    "nl-be": ["Kermis", "Frietje", "Gent", "Duvel", "Schelde", "Brugge", "Kastar", "Rode", "Mechelen"],
    "fr-be": ["Soleil", "Bruxelles", "Chocolat", "Namur", "Papillon", "Liege", "Manneken", "Frites"],
    "en-gb": ["Summer", "Arsenal", "Biscuit", "Liverpool", "Tigger", "Rover", "Wembley", "Marmite"],
    "en-us": ["Yankees", "Buster", "Freedom", "Sunshine", "Mustang", "Denver", "Cowboys", "Cookie"],
}
PHRASE_WORDS = ["paars", "fiets", "olifant", "tafel", "lamp", "river", "stone", "maple", "orange",
                "bleu", "pomme", "vent", "kite", "harbour", "velo", "wolk", "nacht", "copper"]
SYMS = "!?#@$%&*.-_+"


def gen_password(ctx, arg):
    r = ctx.rng
    k = arg or r.choice(["wordyear", "wordyear", "random", "leet", "phrase", "lowerdigits", "temp", "mixed"])
    w = r.choice(PW_WORDS[ctx.lang])
    if k == "wordyear":
        return w + str(r.choice([r.randint(1960, 2026), r.randint(1, 99)])) + r.choice(["!", "", "#", "?", "!!", "$"])
    if k == "random":
        s = rs(r, ALNUM, r.randint(9, 15))
        i = r.randrange(1, len(s))
        return s[:i] + r.choice(SYMS) + s[i:]
    if k == "leet":
        t = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return t + digits(r, r.randint(2, 4)) + r.choice(["", "!", "*"])
    if k == "phrase":
        sep = r.choice(["-", ".", "_", ""])
        parts = r.sample(PHRASE_WORDS, r.randint(3, 4))
        if sep == "":
            parts = [p.capitalize() for p in parts]
        return sep.join(parts) + sep + digits(r, 2)
    if k == "lowerdigits":
        return w.lower() + r.choice(["", "_", "."]) + digits(r, r.randint(2, 4))
    if k == "temp":
        return r.choice(["Tmp", "Temp", "Init", "Welkom", "Start"]) + r.choice(["#", "-", "!", ""]) + digits(r, r.randint(4, 6)) + rs(r, string.ascii_lowercase, 2)
    # mixed
    return rs(r, string.ascii_uppercase, 1) + rs(r, string.ascii_lowercase, r.randint(3, 6)) + r.choice(SYMS) + digits(r, r.randint(3, 5)) + rs(r, string.ascii_letters, 2)


def gen_pin(ctx, arg):
    r = ctx.rng
    if arg == "swap":
        p = ctx.last.get("pin") or digits(r, 4)
        i = r.randrange(len(p) - 1)
        q = p[:i] + p[i + 1] + p[i] + p[i + 2:]
        if q == p:
            q = p[:-1] + str((int(p[-1]) + 1) % 10)
        return q
    n = r.choice([4, 4, 4, 4, 4, 5, 6, 6])
    p = digits(r, n)
    ctx.last["pin"] = p
    if arg == "dict":
        return dictate(ctx, p)
    if arg == "spaced":
        return " ".join(p)
    return p


def gen_puk(ctx, arg):
    r = ctx.rng
    p = digits(r, 8)
    ctx.last["puk"] = p
    if arg == "dict":
        return dictate(ctx, p)
    return r.choice([p, p, p[:4] + " " + p[4:], p[:4] + "-" + p[4:]])


def gen_otp(ctx, arg):
    r = ctx.rng
    k = arg or r.choice(["6", "6", "6", "6", "6sp", "6dash", "4", "8", "5", "alnum"])
    if k == "dict":
        v = digits(r, 6)
        ctx.last["otp"] = v
        return dictate(ctx, v)
    if k in ("6", "6sp", "6dash"):
        v = digits(r, 6)
        ctx.last["otp"] = v
        return v if k == "6" else v[:3] + (" " if k == "6sp" else "-") + v[3:]
    if k == "4":
        v = digits(r, 4)
    elif k == "8":
        v = digits(r, 8)
    elif k == "5":
        v = digits(r, 5)
    else:
        v = rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    ctx.last["otp"] = v
    return v


def gen_wifi_key(ctx, arg):
    r = ctx.rng
    k = r.choice(["rand", "rand", "words", "hex", "grouped", "lower"])
    if k == "rand":
        return rs(r, ALNUM, r.randint(12, 20))
    if k == "words":
        return r.choice(PW_WORDS[ctx.lang]) + r.choice(["-", "_", ""]) + r.choice(PHRASE_WORDS).capitalize() + digits(r, 4)
    if k == "hex":
        return rs(r, HEX.upper(), 26)
    if k == "grouped":
        return "-".join(rs(r, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(4))
    return rs(r, string.ascii_lowercase + string.digits, 16)


USER_BASES = ["jdevries", "sanne_b", "kvdberg", "tom.peeters", "lien.claes", "mdubois", "sophie.lemaire",
              "jwilliams", "gazza", "emmaj", "bigmike", "stevo", "lotte", "amelie.r", "elbarto", "rkhan"]


def gen_username(ctx, arg):
    r = ctx.rng
    k = r.choice(["base", "base", "gamer", "id", "caps", "initial"])
    if k == "base":
        return r.choice(USER_BASES) + r.choice(["", digits(r, 2), digits(r, 4), "_" + digits(r, 2)])
    if k == "gamer":
        return r.choice(["Shadow", "Dark", "Turbo", "Frosty", "Lazy", "Mega"]) + r.choice(["Fox", "Wolf", "Panda", "Ninja", "Hawk"]) + r.choice(["_", "", "x"]) + digits(r, 2)
    if k == "id":
        return r.choice(["U", "usr", "ID", "BZ", "L"]) + digits(r, r.randint(6, 9))
    if k == "caps":
        return rs(r, string.ascii_uppercase, 2) + digits(r, 5)
    return r.choice("abcdefghjklmnprstvw") + r.choice(["", "."]) + r.choice(["janssens", "smith", "maes", "bakker", "martin", "jones"]) + digits(r, 1)


def gen_api_key(ctx, arg):
    r = ctx.rng
    k = arg or r.choice(["sk", "sk", "rk", "akia", "api_", "hex", "live_", "sg", "xkey"])
    if k == "sk":
        return r.choice(["sk_live_", "sk_test_"]) + rs(r, ALNUM, r.choice([24, 32, 40]))
    if k == "rk":
        return "rk_live_" + rs(r, ALNUM, 28)
    if k == "akia":
        return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if k == "aws_secret":
        return rs(r, string.ascii_letters + string.digits + "/+", 40)
    if k == "api_":
        return "api_" + rs(r, HEX, 32)
    if k == "hex":
        return rs(r, HEX, r.choice([32, 40]))
    if k == "live_":
        return "live_" + rs(r, ALNUM, 30)
    if k == "sg":
        return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)
    return "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16)


def gen_token(ctx, arg):
    r = ctx.rng
    k = arg or r.choice(["jwt", "jwt", "ghp", "glpat", "xoxb", "opaque", "eaa", "pat"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rs(r, B64U, r.randint(40, 90)) + "." + rs(r, B64U, 43)
    if k == "ghp":
        return "ghp_" + rs(r, ALNUM, 36)
    if k == "glpat":
        return "glpat-" + rs(r, ALNUM + "-_", 20)
    if k == "xoxb":
        return "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rs(r, ALNUM, 24)
    if k == "opaque":
        return rs(r, HEX, 40)
    if k == "eaa":
        return "EAAG" + rs(r, ALNUM, 80)
    return "pat_" + rs(r, ALNUM, 30)


def gen_card(ctx, arg):
    r = ctx.rng
    k = arg or r.choice(["visa", "visa", "mc", "mc", "mc2", "amex", "maestro", "bcmc"])
    if k == "visa":
        n = luhn_complete("4" + digits(r, 5), 16, r)
    elif k == "mc":
        n = luhn_complete("5" + str(r.randint(1, 5)) + digits(r, 4), 16, r)
    elif k == "mc2":
        n = luhn_complete(str(r.randint(2221, 2720)), 16, r)
    elif k == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
    elif k == "maestro":
        n = luhn_complete(r.choice(["6759", "5018", "6763"]), r.choice([16, 19]), r)
    else:
        n = luhn_complete("6703", r.choice([17, 19]), r)
    ctx.last["card"] = n
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
        return r.choice([" ".join(g), "-".join(g), n])
    if len(n) == 16:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
        return r.choice([" ".join(g), " ".join(g), "-".join(g), n, n, "  ".join(g).replace("  ", " ", 2)])
    if len(n) == 17:
        return r.choice([n, n[:4] + " " + n[4:8] + " " + n[8:12] + " " + n[12:16] + " " + n[16:]])
    return r.choice([n, n[:4] + " " + n[4:8] + " " + n[8:12] + " " + n[12:16] + " " + n[16:], n[:6] + " " + n[6:]])


def gen_cvv(ctx, arg):
    r = ctx.rng
    if ctx.last.get("card", "").startswith(("34", "37")):
        return digits(r, 4)
    return digits(r, 3)


MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "nl-be": "jan feb maa apr mei jun jul aug sep okt nov dec".split(),
    "fr-be": "janv févr mars avr mai juin juil août sept oct nov déc".split(),
    "en-gb": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "en-us": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
MONTHS_LONG = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en-gb": "January February March April May June July August September October November December".split(),
    "en-us": "January February March April May June July August September October November December".split(),
}


def gen_card_expiry(ctx, arg):
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(26, 32)
    k = r.choice(["mm/yy", "mm/yy", "mm/yy", "mm-yy", "mm/yyyy", "mmyy", "mon yy", "mm / yy"])
    if k == "mm/yy":
        return "%02d/%02d" % (m, y)
    if k == "mm-yy":
        return "%02d-%02d" % (m, y)
    if k == "mm/yyyy":
        return "%02d/20%02d" % (m, y)
    if k == "mmyy":
        return "%02d%02d" % (m, y)
    if k == "mm / yy":
        return "%02d / %02d" % (m, y)
    return "%s 20%02d" % (MONTHS[ctx.lang][m - 1], y) if r.random() < 0.5 else "%s %02d" % (MONTHS[ctx.lang][m - 1], y)


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]


def gen_iban(ctx, arg):
    r = ctx.rng
    loc = ctx.locale
    cc = arg or r.choice({"nl": ["NL"] * 6 + ["BE", "DE"], "be": ["BE"] * 6 + ["NL", "FR", "LU"],
                          "uk": ["GB"] * 6 + ["IE", "FR"], "us": ["GB", "DE", "NL", "FR"]}[loc])
    if cc == "NL":
        i = iban_make("NL", r.choice(NL_BANKS) + digits(r, 10))
    elif cc == "BE":
        b = digits(r, 10)
        c = int(b) % 97 or 97
        i = iban_make("BE", b + "%02d" % c)
    elif cc == "DE":
        i = iban_make("DE", digits(r, 18))
    elif cc == "FR":
        i = iban_make("FR", digits(r, 23))
    elif cc == "GB":
        i = iban_make("GB", r.choice(GB_BANKS) + digits(r, 14))
    elif cc == "IE":
        i = iban_make("IE", r.choice(["AIBK", "BOFI"]) + digits(r, 14))
    else:
        i = iban_make("LU", digits(r, 3) + rs(r, UPNUM, 13))
    ctx.last["iban"] = i
    k = r.choice(["grp", "grp", "grp", "flat", "flat", "lowgrp", "cc_sep"])
    g = " ".join(i[j:j + 4] for j in range(0, len(i), 4))
    if k == "grp":
        return g
    if k == "flat":
        return i
    if k == "lowgrp":
        return g.lower() if r.random() < 0.6 else i.lower()
    return i[:2] + " " + i[2:4] + " " + " ".join(i[j:j + 4] for j in range(4, len(i), 4))


def gen_bsn(ctx, arg):
    r = ctx.rng
    be = arg == "rrn" or (arg is None and ctx.locale == "be")
    if arg == "nl":
        be = False
    if not be:
        while True:
            d = digits(r, 8, first_nonzero=True)
            c = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
            if c < 10:
                s = d + str(c)
                break
        return r.choice([s, s, s, s[:4] + "." + s[4:6] + "." + s[6:], s[:3] + " " + s[3:6] + " " + s[6:]])
    y = r.randint(40, 105)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, r.randint(1, 998))
    chk = 97 - int(("2" + base) if y >= 100 else base) % 97
    s = base + "%02d" % chk
    k = r.choice(["dots", "dots", "flat", "space"])
    if k == "dots":
        return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if k == "flat":
        return s
    return "%s %s %s" % (s[:6], s[6:9], s[9:])


# ---------------------------------------------------------------- personal
MAIL_DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl"],
                "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
                "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
                "us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net", "outlook.com"]}


def gen_email(ctx, arg):
    r = ctx.rng
    f, l = ctx.person
    strip = str.maketrans("éèëêàâçïîôöüû", "eeeeaaciioouu")
    f, l = f.lower().translate(strip), l.lower().replace(" ", "").replace("'", "").translate(strip)
    dom = r.choice(MAIL_DOMAINS[ctx.locale])
    if arg == "agent":
        a = ctx.agent.lower()
        return r.choice([a + "." + ctx.brand["dom_local"] + "@" + ctx.brand["domain"], a + "@" + ctx.brand["domain"],
                         a[0] + "." + ctx.agent_last.lower() + "@" + ctx.brand["domain"]])
    if arg == "biz":
        dom = ctx.bizdom
    local = r.choice([f + "." + l, f + l, f[0] + l, f + "." + l + digits(r, 2), f + digits(r, 4), l + "." + f,
                      f + "_" + l[:3], f[0] + "." + l])
    if arg == "obf" or (arg is None and r.random() < 0.06):
        d1, d2 = dom.rsplit(".", 1)
        return r.choice([local.replace(".", " . ") + " @ " + d1 + " . " + d2,
                         local + " [at] " + d1 + " [dot] " + d2,
                         local + " at " + dom,
                         local + "(at)" + dom])
    if r.random() < 0.05:
        return (local + "@" + dom).upper() if r.random() < 0.3 else local.capitalize() + "@" + dom
    return local + "@" + dom


def gen_phone(ctx, arg):
    r = ctx.rng
    loc = ctx.locale
    if loc == "nl":
        n = "6" + digits(r, 8) if r.random() < 0.8 else r.choice(["20", "10", "30", "40", "50", "70"]) + digits(r, 7)
        raw = "0" + n
        if arg == "dict":
            return dictate(ctx, raw)
        mob = n[0] == "6"
        opts = ["+31 " + n[0] + " " + n[1:5] + " " + n[5:], "+31" + n, "0031" + n, raw,
                "06-" + n[1:] if mob else "0" + n[:2] + "-" + n[2:],
                "06 " + n[1:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:] if mob else "0" + n[:2] + " " + n[2:5] + " " + n[5:],
                "(+31) " + n[0] + "-" + n[1:]]
        return r.choice(opts)
    if loc == "be":
        if r.random() < 0.8:
            n = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "488", "494", "495", "496", "497", "499"]) + digits(r, 6)
            raw = "0" + n
            if arg == "dict":
                return dictate(ctx, raw)
            return r.choice(["0" + n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:], "+32 " + n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:],
                             raw, "0" + n[:3] + "/" + n[3:5] + "." + n[5:7] + "." + n[7:], "+32" + n, "0032 " + n[:3] + " " + n[3:],
                             "0" + n[:3] + "/" + n[3:]])
        n = r.choice(["2", "3", "9", "4"]) + digits(r, 7)
        if arg == "dict":
            return dictate(ctx, "0" + n)
        return r.choice(["0" + n[0] + " " + n[1:4] + " " + n[4:6] + " " + n[6:], "+32 " + n[0] + " " + n[1:4] + " " + n[4:6] + " " + n[6:], "0" + n[0] + "/" + n[1:4] + "." + n[4:6] + "." + n[6:]])
    if loc == "uk":
        if r.random() < 0.8:
            n = "7" + r.choice(["700", "911", "803", "412", "956", "534", "878"]) + digits(r, 6)
            raw = "0" + n
            if arg == "dict":
                return dictate(ctx, raw)
            return r.choice(["0" + n[:4] + " " + n[4:], "+44 " + n[:4] + " " + n[4:], "+44 (0)" + n[:4] + " " + n[4:], raw,
                             "0" + n[:4] + " " + n[4:7] + " " + n[7:], "+44" + n])
        n = r.choice(["20", "161", "131", "113", "121", "29"])
        rest = digits(r, 10 - len(n))
        if arg == "dict":
            return dictate(ctx, "0" + n + rest)
        return "0" + n + " " + rest[:len(rest) - 4] + " " + rest[-4:]
    area = r.choice(["415", "312", "646", "917", "202", "512", "305", "720"])
    ex = str(r.randint(201, 989))
    ln = digits(r, 4)
    if arg == "dict":
        return dictate(ctx, area + ex + ln)
    return r.choice(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "+1 %s-%s-%s" % (area, ex, ln),
                     "%s.%s.%s" % (area, ex, ln), "+1 (%s) %s-%s" % (area, ex, ln), area + ex + ln])


def gen_address(ctx, arg):
    r = ctx.rng
    st = ctx.street
    city, pc = ctx.city
    loc = ctx.locale
    ml = arg == "ml"
    if "addr" in ctx.last:
        num0 = ctx.last["addr"]
    else:
        num0 = ctx.last["addr"] = r.randint(1, 180)
    r2 = random.Random(num0 * 7 + len(st))
    if loc == "nl":
        num = str(num0) + r2.choice(["", "", "", "A", "-2", " hs", "-III", "b"])
        pcx = pc + r2.choice([" ", " ", ""]) + rs(r2, "ABCDEFGHJKLMNPRSTVWXZ", 2)
        if arg == "street":
            return st + " " + num
        return st + " " + num + ("\n" if ml else r.choice([", ", ", ", " ", "\n"])) + pcx + (" " if r.random() < 0.85 else "  ") + (city.upper() if r.random() < 0.2 else city)
    if loc == "be":
        num = str(num0) + r2.choice(["", "", "", " bus 3", "/2", " bte 12", "A"])
        if arg == "street":
            return st + " " + num
        return st + " " + num + ("\n" if ml else r.choice([", ", ", ", " - ", "\n"])) + pc + " " + city
    if loc == "uk":
        num = str(num0)
        pre = r2.choice(["", "", "", "Flat %d, " % r2.randint(1, 30)])
        if arg == "street":
            return pre + num + " " + st
        sep = "\n" if ml else ", "
        return pre + num + " " + st + sep + city + sep + pc
    num = str(num0 * 37 + 10)
    apt = r2.choice(["", "", ", Apt %d%s" % (r2.randint(1, 30), r2.choice("ABCD")), " #%d" % r2.randint(100, 999)])
    if arg == "street":
        return num + " " + st + apt
    return num + " " + st + apt + ("\n" if ml else ", ") + city + ", " + pc


def gen_dob(ctx, arg):
    r = ctx.rng
    y, m, d = r.randint(1944, 2006), r.randint(1, 12), r.randint(1, 28)
    loc = ctx.locale
    k = r.choice(["num", "num", "num", "long", "short", "iso"])
    if k == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if k == "long":
        if ctx.lang.startswith("en"):
            if loc == "us":
                return "%s %d, %d" % (MONTHS_LONG[ctx.lang][m - 1], d, y)
            return "%d%s %s %d" % (d, "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MONTHS_LONG[ctx.lang][m - 1], y) if r.random() < 0.5 else "%d %s %d" % (d, MONTHS_LONG[ctx.lang][m - 1], y)
        return "%d %s %d" % (d, MONTHS_LONG[ctx.lang][m - 1], y)
    if k == "short":
        return "%02d.%02d.%02d" % (d, m, y % 100) if loc != "us" else "%d/%d/%02d" % (m, d, y % 100)
    if loc == "us":
        return "%02d/%02d/%d" % (m, d, y)
    sep = {"nl": "-", "be": "/", "uk": "/"}[loc]
    if r.random() < 0.3:
        sep = "."
    return "%02d%s%02d%s%d" % (d, sep, m, sep, y)


def gen_ip(ctx, arg):
    r = ctx.rng
    if r.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (r.choice([84, 81, 62, 94, 145, 178, 86, 31, 213, 109, 77, 188]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def gen_customer_number(ctx, arg):
    r = ctx.rng
    k = r.choice(["digits", "digits", "pref", "pol", "dash", "alnum", "uk"])
    if arg == "dict":
        v = digits(r, r.choice([7, 8, 9]), True)
        return dictate(ctx, v)
    if k == "digits":
        return digits(r, r.choice([7, 8, 9, 10]), True)
    if k == "pref":
        return r.choice(["KL", "CUST", "C", "CL", "MBR", "REL"]) + r.choice(["-", "", " "]) + digits(r, r.choice([6, 7, 8]))
    if k == "pol":
        return r.choice(["POL", "P", "BE", "NL", "HV", "AUTO"]) + r.choice(["-", "", "/"]) + digits(r, r.choice([6, 8, 9]))
    if k == "dash":
        v = digits(r, 9, True)
        return v[:3] + "-" + v[3:6] + "-" + v[6:]
    if k == "alnum":
        return "-".join(rs(r, UPNUM, 4) for _ in range(r.choice([2, 3])))
    return rs(r, string.ascii_uppercase, 2) + digits(r, 8)


SPAN_GEN = {
    "password": gen_password, "pin": gen_pin, "puk": gen_puk, "otp": gen_otp, "wifi_key": gen_wifi_key,
    "username": gen_username, "api_key": gen_api_key, "token": gen_token, "card": gen_card, "cvv": gen_cvv,
    "iban": gen_iban, "bsn": gen_bsn, "card_expiry": gen_card_expiry, "email": gen_email, "phone": gen_phone,
    "address": gen_address, "date_of_birth": gen_dob, "ip_address": gen_ip, "customer_number": gen_customer_number,
}
