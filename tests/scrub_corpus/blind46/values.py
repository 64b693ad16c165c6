"""Value generators for the blind46 corpus (older customers, dictated / typed with difficulty).

Every generator takes a Ctx and returns (text, label, canon):
  label = ("s", span_type) | ("n", negative_kind) | None
  canon = canonical digits/characters for checksum types (card, iban, bsn), else None.
"""
import re
import string

# ---------------------------------------------------------------- number words
EN_U = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
EN_T = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NL_U = ("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
        "zestien zeventien achttien negentien").split()
NL_T = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig",
        9: "negentig"}
FR_U = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
        "dix-sept dix-huit dix-neuf").split()
FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 7: "septante",
        8: "quatre-vingt", 9: "nonante"}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}


def wlang(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")


def num_words(n, lang):
    L = wlang(lang)
    if L == "en":
        if n < 20:
            return EN_U[n]
        t, u = divmod(n, 10)
        return EN_T[t] + (" " + EN_U[u] if u else "")
    if L == "nl":
        if n < 20:
            return NL_U[n]
        t, u = divmod(n, 10)
        if not u:
            return NL_T[t]
        return NL_U[u] + ("ën" if u in (2, 3) else "en") + NL_T[t]
    if n < 20:
        return FR_U[n]
    t, u = divmod(n, 10)
    if not u:
        return "quatre-vingts" if t == 8 else FR_T[t]
    if u == 1 and t != 8:
        return FR_T[t] + " et un"
    return FR_T[t] + "-" + FR_U[u]


def year_words(y, lang, rng):
    L = wlang(lang)
    hi, lo = divmod(y, 100)
    if y >= 2000:
        return {"en": "two thousand " + EN_U[lo] if lo < 20 else "two thousand " + num_words(lo, "en"),
                "nl": "tweeduizend " + num_words(lo, "nl"),
                "fr": "deux mille " + num_words(lo, "fr")}[L]
    if L == "en":
        return num_words(hi, "en") + " " + (("oh " + EN_U[lo]) if lo < 10 else num_words(lo, "en"))
    if L == "nl":
        return num_words(hi, "nl") + "honderd " + num_words(lo, "nl")
    return rng.choice(["mille neuf cent ", "dix-neuf cent "]) + num_words(lo, "fr")


def digit_words(s, lang, rng, allow_double=True):
    L = wlang(lang)
    table = {"en": EN_U, "nl": NL_U, "fr": FR_U}[L]
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            if allow_double and L == "en" and i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.4:
                out.append("double " + EN_U[int(c)])
                i += 2
                continue
            w = table[int(c)]
            if L == "en" and c == "0" and rng.random() < 0.5:
                w = "oh"
            out.append(w)
        elif c == " ":
            out.append(rng.choice([",", ""]) if rng.random() < 0.3 else "")
        else:
            out.append(c)
        i += 1
    txt = " ".join(x for x in out if x)
    return txt.replace(" ,", ",")


def pair_words(s, lang, rng):
    """Say digits in pairs as numbers ('twelve thirty four'), a single leading zero as a digit."""
    parts = []
    i = 0
    while i < len(s):
        chunk = s[i:i + 2]
        if len(chunk) == 2 and chunk[0] != "0":
            parts.append(num_words(int(chunk), lang))
        else:
            parts.append(" ".join(digit_words(c, lang, rng, False) for c in chunk))
        i += 2
    return " ".join(parts)


def half_words(s, lang, rng, pairs=True):
    """Some groups as digits, some as words (typical speech-to-text output)."""
    groups = s.split()
    out = []
    for g in groups:
        r = rng.random()
        if r < 0.4:
            out.append(g)
        elif pairs and r < 0.7 and g.isdigit():
            out.append(pair_words(g, lang, rng))
        else:
            out.append(digit_words(g, lang, rng, False))
    return " ".join(out)


# decoder used by the self-check for spoken checksum values
_DEC = {}
for _t in (EN_U[:10], NL_U[:10], FR_U[:10]):
    for _i, _w in enumerate(_t):
        _DEC[_w] = str(_i)
_DEC.update({"oh": "0", "nought": "0", "één": "1", "une": "1", "zero": "0"})


def decode_spoken(text):
    toks = re.split(r"[\s,.\-/]+", text)
    out = []
    dbl = False
    for t in toks:
        if not t:
            continue
        lt = t.lower()
        if lt in ("double", "dubbel"):
            dbl = True
            continue
        if lt in _DEC:
            d = _DEC[lt]
            out.append(d * 2 if dbl else d)
        elif re.fullmatch(r"[A-Za-z0-9]+", t):
            out.append(t.upper())
        else:
            return None
        dbl = False
    return "".join(out)


# ---------------------------------------------------------------- checksum helpers
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_make(prefix, length, rng):
    while True:
        body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
        for c in string.digits:
            if luhn_ok(body + c):
                return body + c


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return len(s) >= 15 and int(num) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def bsn_make(rng):
    while True:
        d = str(rng.randint(1, 6)) + "".join(rng.choice(string.digits) for _ in range(7))
        last = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if last < 10:
            return d + str(last)


def rrn_ok(d):
    if len(d) != 11 or not d.isdigit():
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


def rrn_make(rng, year=None):
    y = year or rng.randint(1932, 1962)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    chk = 97 - int(("2" + base) if y >= 2000 else base) % 97
    return base + f"{chk:02d}"


def group(s, n):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- span generators
def S(t):
    return ("s", t)


def N(k):
    return ("n", k)


def g_card(c):
    r = c.rng
    kind = r.random()
    if kind < 0.45:
        d = luhn_make("4", 16, r)
    elif kind < 0.8:
        d = luhn_make(r.choice(["51", "53", "55", "2221"]), 16, r)
    elif kind < 0.9:
        d = luhn_make(r.choice(["6703", "67"]), r.choice([16, 19]), r)  # Bancontact/Maestro
    else:
        d = luhn_make(r.choice(["34", "37"]), 15, r)
    if c.voice:
        g = group(d, 4)
        t = r.choice([digit_words(g, c.lang, r), half_words(g, c.lang, r, False), g, d])
    else:
        f = r.random()
        if len(d) == 15:
            t = f"{d[:4]} {d[4:10]} {d[10:]}" if f < 0.6 else d
        elif f < 0.45:
            t = group(d, 4)
        elif f < 0.65:
            t = d
        elif f < 0.8:
            t = "-".join(d[i:i + 4] for i in range(0, len(d), 4))
        else:
            t = ".".join(d[i:i + 4] for i in range(0, len(d), 4)) if r.random() < 0.3 else group(d, 4).replace(" ", "  ", 1)
    return t, S("card"), d


def g_cvv(c):
    d = "".join(c.rng.choice(string.digits) for _ in range(3))
    t = digit_words(d, c.lang, c.rng) if c.voice and c.rng.random() < 0.7 else d
    return t, S("cvv"), None


def g_exp(c):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(2026, 2031)
    if c.voice and r.random() < 0.7:
        L = wlang(c.lang)
        t = r.choice([f"{MONTHS[L][m - 1]} {y}", f"{num_words(m, c.lang)} {num_words(y % 100, c.lang)}",
                      f"{m:02d} {y % 100}"])
    else:
        t = r.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}", f"{m}/{y % 100:02d}",
                      f"{m:02d} / {y % 100:02d}"])
    return t, S("card_expiry"), None


def _iban_raw(c):
    r = c.rng
    loc = c.loc
    p = r.random()
    if (loc == "nl" and p < 0.85) or (loc in ("gb", "us") and p < 0.25):
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + \
            "".join(r.choice(string.digits) for _ in range(10))
        return iban_make("NL", bban)
    if (loc in ("be", "fr") and p < 0.85) or (loc == "nl" and p < 0.93):
        first = f"{r.randint(0, 999):03d}" + "".join(r.choice(string.digits) for _ in range(7))
        ck = int(first) % 97 or 97
        return iban_make("BE", first + f"{ck:02d}")
    if loc == "gb" and p < 0.9:
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(r.choice(string.digits) for _ in range(14))
        return iban_make("GB", bban)
    cc = r.choice(["DE", "FR", "LU", "ES"])
    ln = {"DE": 18, "FR": 23, "LU": 16, "ES": 20}[cc]
    return iban_make(cc, "".join(r.choice(string.digits) for _ in range(ln)))


def g_iban(c):
    r = c.rng
    raw = _iban_raw(c)
    if c.voice and r.random() < 0.75:
        g = group(raw, 4)
        f = r.random()
        if f < 0.4:
            t = raw[:2] + " " + digit_words(raw[2:4], c.lang, r, False) + " " + digit_words(group(raw[4:], 4), c.lang, r)
        elif f < 0.7:
            t = half_words(g, c.lang, r, False)
        else:
            t = g
        return t, S("iban"), raw
    f = r.random()
    if f < 0.5:
        t = group(raw, 4)
    elif f < 0.75:
        t = raw
    elif f < 0.88:
        t = group(raw, 4).lower()
    else:
        t = raw[:4] + " " + raw[4:]
    return t, S("iban"), raw


def g_bsn(c):
    r = c.rng
    if c.loc in ("be", "fr"):
        d = rrn_make(r)
        fmt = r.choice([f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", d, f"{d[:6]}-{d[6:9]}-{d[9:]}",
                        f"{d[:6]} {d[6:9]} {d[9:]}", f"{d[:2]}{d[2:4]}{d[4:6]}-{d[6:9]}.{d[9:]}"])
    else:
        d = bsn_make(r)
        fmt = r.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    if c.voice and r.random() < 0.7:
        fmt = r.choice([digit_words(d, c.lang, r, False), half_words(group(d, 3), c.lang, r, False)])
    return fmt, S("bsn"), d


def g_phone(c, kind=None):
    r = c.rng
    loc = c.loc
    rd = lambda n: "".join(r.choice(string.digits) for _ in range(n))
    mobile = kind == "mobile" or (kind is None and r.random() < 0.6)
    if loc == "nl":
        if mobile:
            d = "06" + str(r.randint(1, 6)) + rd(7)
            forms = [d, f"06-{d[2:]}", f"06 {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"+31 6 {d[2:6]} {d[6:]}",
                     f"+316{d[2:]}", f"0031 6 {d[2:]}", f"06 - {d[2:]}"]
        else:
            a = r.choice(["020", "010", "030", "070", "040", "050", "0512", "0475", "0318", "013"])
            d = a + rd(10 - len(a))
            forms = [d, f"{a}-{d[len(a):]}", f"{a} {d[len(a):]}", f"({a}) {d[len(a):]}", f"+31 {a[1:]} {d[len(a):]}"]
    elif loc in ("be", "fr"):
        if mobile:
            d = r.choice(["0470", "0472", "0475", "0476", "0486", "0495", "0498", "0456"]) + rd(6)
            forms = [d, f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"{d[:4]}/{d[4:6]}.{d[6:8]}.{d[8:]}",
                     f"+32 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"+32{d[1:]}", f"0032 {d[1:4]} {d[4:]}",
                     f"{d[:4]}/{d[4:]}"]
        else:
            a = r.choice(["02", "03", "09", "04", "081", "071", "011", "050", "016", "010"])
            d = a + rd(9 - len(a))
            rest = d[len(a):]
            forms = [d, f"{a} {rest[:-4]} {rest[-4:-2]} {rest[-2:]}", f"{a}/{rest}", f"{a}/{rest[:-4]}.{rest[-4:-2]}.{rest[-2:]}",
                     f"+32 {a[1:]} {rest}"]
    elif loc == "gb":
        if mobile:
            d = "07" + str(r.choice([4, 5, 7, 8, 9])) + rd(8)
            forms = [d, f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", f"+44 {d[1:5]} {d[5:]}", f"+44 (0){d[1:5]} {d[5:]}",
                     f"+447{d[2:]}"]
        else:
            a = r.choice(["020", "0161", "0113", "0121", "01632", "0131", "029", "01273"])
            d = a + rd(11 - len(a))
            rest = d[len(a):]
            forms = [d, f"{a} {rest}", f"({a}) {rest}", f"{a} {rest[:len(rest)//2]} {rest[len(rest)//2:]}", f"+44 {a[1:]} {rest}"]
    else:
        a = str(r.choice([212, 312, 415, 617, 214, 305, 480, 503, 602, 719, 813, 904]))
        d = a + str(r.randint(2, 9)) + rd(2) + rd(4)
        forms = [f"({a}) {d[3:6]}-{d[6:]}", f"{a}-{d[3:6]}-{d[6:]}", f"{a}.{d[3:6]}.{d[6:]}", f"+1 {a} {d[3:6]} {d[6:]}",
                 f"1-{a}-{d[3:6]}-{d[6:]}", d, f"{a} {d[3:6]} {d[6:]}"]
    t = r.choice(forms)
    if c.voice and r.random() < 0.75:
        f = r.random()
        if f < 0.35:
            t = digit_words(d, c.lang, r)
        elif f < 0.7:
            head = 2 if d.startswith("0") else 3
            t = digit_words(d[:head], c.lang, r, False) + " " + pair_words(d[head:], c.lang, r)
        else:
            t = half_words(" ".join(d[i:i + 2] for i in range(0, len(d), 2)), c.lang, r)
    return t, S("phone"), None


def g_mobile(c):
    return g_phone(c, "mobile")


def g_landline(c):
    return g_phone(c, "landline")


def _deaccent(s):
    return s.translate(str.maketrans("éèëêïöüçâàôÉ", "eeeeioucaaoE")).replace("'", "").replace(" ", "")


def g_email(c):
    r = c.rng
    first, last = c.person
    f, l = _deaccent(first).lower(), _deaccent(last).lower()
    y = r.randint(36, 62)
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}{y}", f"{f}.{l}{y}", f"oma.{f}",
                      f"{f}_{l}", f"{l}{f[0]}", f"fam.{l}", f"{f}en{c.pool('first')[0].lower()}" if c.loc in ("nl", "be") else f"{f}and{l[0]}"])
    dom = r.choice(c.pool("maildom"))
    t = f"{local}@{dom}"
    if r.random() < 0.08 and not c.voice:
        t = t.capitalize()
    if c.voice and r.random() < 0.8:
        L = wlang(c.lang)
        dot = {"en": ["dot", "dot", "full stop", "point"], "nl": ["punt", "punt", "dot"], "fr": ["point", "point", "dot"]}[L]
        at = {"en": ["at", "at sign", "at symbol", "@"], "nl": ["apenstaartje", "at", "apestaart", "@"],
              "fr": ["arobase", "at", "arobas", "@"]}[L]
        und = {"en": "underscore", "nl": "liggend streepje", "fr": "tiret bas"}[L]
        dw = r.choice(dot)
        spoken = local.replace(".", f" {dw} ").replace("_", f" {und} ")
        spoken = re.sub(r"(\d+)", lambda m: num_words(int(m.group(1)), c.lang) if r.random() < 0.5 else m.group(1), spoken)
        dom_s = dom.replace(".", f" {dw} ")
        if r.random() < 0.3:
            dom_s = dom_s.replace("hotmail", "hot mail").replace("gmail", "g mail").replace("outlook", "out look")
        t = f"{spoken} {r.choice(at)} {dom_s}"
    return t, S("email"), None


def g_addr(c):
    r = c.rng
    loc = c.loc
    street = r.choice(c.pool("street"))
    city = r.choice(c.pool("city"))
    n = r.randint(1, 240)
    voice_n = num_words(n, c.lang) if (c.voice and n < 100 and r.random() < 0.6) else str(n)
    if loc == "nl":
        pc = f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        suf = r.choice(["", "", "", "-II", " A", "bis", "-3"]) if not c.voice else ""
        t = r.choice([f"{street} {voice_n}{suf}, {pc} {city}", f"{street} {voice_n}{suf} {pc.replace(' ', '')} {city.upper()}",
                      f"{street} {voice_n}{suf}\n{pc}  {city}", f"{street} {voice_n}{suf} te {city}", f"{street} {voice_n}{suf}"])
    elif loc in ("be", "fr"):
        pc = str(r.choice([1000, 1030, 1050, 1200, 2000, 2018, 2800, 3000, 3500, 4000, 5000, 6000, 7000, 8000, 8400, 9000, 1300, 1400]))
        bus = r.choice(["", "", "", " bus 3", "/2", " boîte 12" if loc == "fr" else " bus 101", "B"]) if not c.voice else ""
        if loc == "fr":
            t = r.choice([f"{street} {voice_n}{bus}, {pc} {city}", f"{street}, {voice_n}{bus} à {city}",
                          f"{street} {voice_n}{bus}\n{pc} {city}", f"{street} {voice_n}{bus} {pc} {city}"])
        else:
            t = r.choice([f"{street} {voice_n}{bus}, {pc} {city}", f"{street} {voice_n}{bus} {pc} {city}",
                          f"{street} {voice_n}{bus}\n{pc} {city}", f"{street} {voice_n}{bus} te {city}"])
    elif loc == "gb":
        pc = f"{r.choice(['LS', 'M', 'B', 'BS', 'NE', 'CF', 'EH', 'BN', 'SW', 'N'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = r.choice(["", "", "Flat 2, ", "Flat 14b, ", "Apartment 3, "]) if not c.voice else ""
        t = r.choice([f"{flat}{voice_n} {street}, {city} {pc}", f"{flat}{voice_n} {street}\n{city}\n{pc}",
                      f"{voice_n} {street}, {city}, {pc}", f"{flat}{voice_n} {street}"])
    else:
        st = r.choice(["IL", "OH", "FL", "AZ", "PA", "TX", "NY", "MI", "OR", "MA"])
        z = f"{r.randint(10000, 99999)}"
        n = r.randint(10, 9999)
        voice_n = str(n)
        apt = r.choice(["", "", " Apt 4B", ", Unit 12", " #210"]) if not c.voice else ""
        t = r.choice([f"{voice_n} {street}{apt}, {city}, {st} {z}", f"{voice_n} {street}{apt}\n{city}, {st} {z}",
                      f"{voice_n} {street}{apt}, {city} {st}", f"{voice_n} {street}{apt}"])
    if c.voice:
        t = t.replace("\n", " ").replace(",", "")
    return t, S("address"), None


def g_dob(c):
    r = c.rng
    y, m, d = r.randint(1929, 1962), r.randint(1, 12), r.randint(1, 28)
    L = wlang(c.lang)
    if c.voice and r.random() < 0.75:
        dw = num_words(d, c.lang) if L != "en" else r.choice([num_words(d, c.lang), ordinal_en(d)])
        yw = year_words(y, c.lang, r) if r.random() < 0.7 else str(y)
        if L == "en" and c.loc == "us":
            t = f"{MONTHS['en'][m - 1]} {dw} {yw}"
        elif L == "en":
            t = r.choice([f"{dw} of {MONTHS['en'][m - 1]} {yw}", f"{dw} {MONTHS['en'][m - 1]} {yw}"])
        else:
            t = f"{dw} {MONTHS[L][m - 1]} {yw}"
        return t, S("date_of_birth"), None
    t = date_fmt(y, m, d, c, r)
    return t, S("date_of_birth"), None


def ordinal_en(n):
    sp = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth", 20: "twentieth"}
    if n in sp:
        return sp[n]
    if n > 20 and n % 10 in (1, 2, 3):
        return EN_T[n // 10] + " " + sp[n % 10]
    return num_words(n, "en").replace(" ", "-") + "th"


def date_fmt(y, m, d, c, r):
    L = wlang(c.lang)
    if c.loc == "us":
        forms = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{MONTHS['en'][m - 1][:3]} {d} {y}"]
    elif L == "en":
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}th {MONTHS['en'][m - 1][:3]} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else f"{d} {MONTHS['en'][m - 1][:3]} {y}", f"{d:02d}.{m:02d}.{y}"]
    else:
        forms = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[L][m - 1]} {y}",
                 f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}"]
    return r.choice(forms)


def _rd(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def g_cust(c):
    r = c.rng
    f = r.random()
    if f < 0.35:
        d = str(r.randint(1, 9)) + _rd(r, r.choice([6, 7, 8, 9]))
    elif f < 0.5:
        d = f"{r.randint(10, 99)}.{_rd(r, 3)}.{_rd(r, 3)}"
    elif f < 0.65:
        d = r.choice(["K", "KL", "C", "CU", "A"]) + "-" + _rd(r, 7)
    elif f < 0.8:
        d = f"{_rd(r, 4)} {_rd(r, 4)} {_rd(r, 2)}"
    else:
        d = _rd(r, 3) + "-" + _rd(r, 4) + "-" + _rd(r, 3)
    if c.voice and r.random() < 0.6:
        digits = re.sub(r"\D", "", d)
        d = r.choice([digit_words(digits, c.lang, r), half_words(group(digits, 3), c.lang, r)])
    return d, S("customer_number"), None


def g_polis(c):
    r = c.rng
    d = r.choice([f"{_rd(r, 3)}.{_rd(r, 3)}.{_rd(r, 3)}", f"P{_rd(r, 8)}", f"{_rd(r, 10)}", f"POL-{_rd(r, 7)}",
                  f"{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{_rd(r, 6)}", f"{_rd(r, 2)}/{_rd(r, 6)}/{_rd(r, 2)}"])
    if c.voice and r.random() < 0.5:
        d = digit_words(re.sub(r"\D", "", d), c.lang, r)
    return d, S("customer_number"), None


def g_ean(c):
    r = c.rng
    d = "8716" + _rd(r, 14) if c.loc == "nl" else "5414" + _rd(r, 14)
    return (r.choice([d, group(d, 6), group(d, 3)]), S("customer_number"), None)


def g_ovcard(c):
    r = c.rng
    if c.loc == "nl":
        d = "3528 " + _rd(r, 4) + " " + _rd(r, 4) + " " + _rd(r, 4)
        t = r.choice([d, d.replace(" ", ""), d.replace(" ", "-")])
    elif c.loc in ("be", "fr"):
        d = f"{_rd(r, 6)}{_rd(r, 4)}{_rd(r, 4)}{_rd(r, 3)}"
        t = r.choice([f"{d[:6]} {d[6:10]} {d[10:14]} {d[14:]}", d, f"{d[:6]}-{d[6:]}"])
    elif c.loc == "gb":
        d = _rd(r, 10) if r.random() < 0.5 else "6335 " + _rd(r, 4) + " " + _rd(r, 4) + " " + _rd(r, 4)
        t = d
    else:
        t = r.choice(["RRF-", "SR"]) + _rd(r, 7)
    # deliberately not Luhn-checked: transit cards are customer numbers, not payment cards
    return t, S("customer_number"), None


def g_natid(c):
    """UK NI / NHS numbers, US Medicare MBI: labelled customer_number (judgement call)."""
    r = c.rng
    if c.loc == "gb":
        if r.random() < 0.5:
            t = f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} {_rd(r, 2)} {_rd(r, 2)} {_rd(r, 2)} {r.choice('ABCD')}"
            if r.random() < 0.5:
                t = t.replace(" ", "")
        else:
            d = _rd(r, 10)
            t = r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])
    else:
        L = "ABCDEFGHJKMNPQRTUVWXY"
        t = f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if r.random() < 0.4:
            t = t.replace("-", "")
    if c.voice and r.random() < 0.5:
        t = " ".join(digit_words(ch, c.lang, r, False) if ch.isdigit() else ch for ch in t.replace(" ", "").replace("-", ""))
    return t, S("customer_number"), None


def g_pin(c):
    r = c.rng
    d = _rd(r, r.choice([4, 4, 4, 4, 5, 6]))
    if c.voice and r.random() < 0.8:
        t = r.choice([digit_words(d, c.lang, r), pair_words(d, c.lang, r) if d[0] != "0" else digit_words(d, c.lang, r),
                      " ".join(d)])
    else:
        t = r.choice([d, d, d, " ".join(d), "-".join(d)]) if len(d) == 4 else d
    return t, S("pin"), None


def g_doorcode(c):
    r = c.rng
    d = _rd(r, r.choice([4, 4, 5, 6]))
    t = r.choice([d, d + "#", "*" + d, d[:2] + " " + d[2:]])
    if t.endswith("#") and r.random() < 0.5:
        t = d
    if c.voice and r.random() < 0.6:
        t = digit_words(d, c.lang, r)
    return t, S("pin"), None


def g_puk(c):
    r = c.rng
    d = _rd(r, 8)
    t = r.choice([d, group(d, 4), d]) if not c.voice else r.choice([digit_words(d, c.lang, r), half_words(group(d, 4), c.lang, r)])
    return t, S("puk"), None


def g_otp(c):
    r = c.rng
    d = _rd(r, r.choice([6, 6, 6, 5, 8]))
    if c.voice and r.random() < 0.8:
        t = r.choice([digit_words(d, c.lang, r), half_words(d[:3] + " " + d[3:], c.lang, r)])
    else:
        t = r.choice([d, d, d[:3] + " " + d[3:], d[:3] + "-" + d[3:]])
    return t, S("otp"), None


PW_WORDS = ["Tulp", "Roos", "Bello", "Pluk", "Zonnebloem", "Oma", "Opa", "Kerst", "Fietsje", "Zomer", "Rosie",
            "Biscuit", "Lavender", "Sunshine", "Marguerite", "Minou", "Papillon", "Hortensia", "Keesje", "Bingo",
            "Toffee", "Violette", "Jasmijn", "Muis", "Mimosa", "Goldie"]


def g_pw(c):
    r = c.rng
    w = r.choice(PW_WORDS)
    y = r.choice([str(r.randint(1940, 2020)), str(r.randint(1, 99)), _rd(r, 4)])
    t = r.choice([f"{w}{y}", f"{w}{y}!", f"{w.lower()}{y}", f"{w}_{y}", f"{w}&{r.choice(PW_WORDS)}{y[-2:]}",
                  f"{w.upper()}{y}", f"{w}{y}#", f"{y}{w.lower()}", f"{w}.{r.choice(PW_WORDS).lower()}{y[-2:]}",
                  f"Welkom{y}!", f"{w}{y}?x"])
    return t, S("password"), None


def g_user(c):
    r = c.rng
    first, last = c.person
    f, l = _deaccent(first).lower(), _deaccent(last).lower()
    t = r.choice([f"{f[0]}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}{r.randint(1930, 1962)}", f"oma{f}", f"{f}.{l}",
                  f"{l.upper()}{f[0].upper()}", f"{f}_{r.randint(40, 62)}", f"opa_{l}", f"{f[:3]}{l[:4]}"])
    return t, S("username"), None


def g_wifi(c):
    r = c.rng
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    t = r.choice(["".join(r.choice(alpha) for _ in range(r.choice([10, 12, 16]))),
                  "-".join("".join(r.choice(alpha) for _ in range(4)) for _ in range(3)),
                  f"{r.choice(PW_WORDS).lower()}{r.randint(1940, 2024)}", _rd(r, 10),
                  "".join(r.choice("0123456789ABCDEF") for _ in range(26))])
    return t, S("wifi_key"), None


def g_apikey(c):
    r = c.rng
    al = string.ascii_letters + string.digits
    t = r.choice(["sk_live_" + "".join(r.choice(al) for _ in range(24)),
                  "AIza" + "".join(r.choice(al + "-_") for _ in range(35)),
                  "AKIA" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                  "key-" + "".join(r.choice("0123456789abcdef") for _ in range(32)),
                  "".join(r.choice("0123456789abcdef") for _ in range(40))])
    return t, S("api_key"), None


def g_token(c):
    r = c.rng
    al = string.ascii_letters + string.digits
    t = r.choice(["".join(r.choice("0123456789abcdef") for _ in range(32)),
                  "eyJhbGciOiJIUzI1NiJ9." + "".join(r.choice(al) for _ in range(30)) + "." + "".join(r.choice(al + "-_") for _ in range(22)),
                  "ghp_" + "".join(r.choice(al) for _ in range(36)),
                  "".join(r.choice(al) for _ in range(28))])
    return t, S("token"), None


def g_ip(c):
    r = c.rng
    t = r.choice([f"{r.choice([81, 84, 94, 145, 178, 213, 62, 86, 77])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                  f"2a02:a46{r.randint(0, 9)}:{r.randint(1000, 9999)}:1:{r.randint(100, 999)}f:{r.randint(10, 99)}ab:fe{r.randint(10, 99)}:1"])
    return t, S("ip_address"), None


# ---------------------------------------------------------------- negative generators
def n_date(c):
    r = c.rng
    y, m, d = r.choice([2025, 2026, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    if c.voice and r.random() < 0.6:
        L = wlang(c.lang)
        t = f"{num_words(d, c.lang) if r.random() < 0.5 else d} {MONTHS[L][m - 1]}"
        return t, N("date"), None
    return date_fmt(y, m, d, c, r), N("date"), None


def n_time(c):
    r = c.rng
    h, mi = r.randint(8, 17), r.choice([0, 10, 15, 20, 30, 40, 45])
    if c.loc == "us" or (c.loc == "gb" and r.random() < 0.5):
        t = r.choice([f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h % 12 or 12}.{mi:02d}{'am' if h < 12 else 'pm'}"])
    else:
        t = r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if c.loc in ("be", "fr") else f"{h}.{mi:02d} uur",
                      f"{h}h{mi:02d}" if c.loc == "fr" else f"{h}:{mi:02d}"])
    return t, N("time"), None


def n_amount(c):
    r = c.rng
    v = r.choice([r.randint(2, 60) + r.choice([0, 0.5, 0.95, 0.25]), r.randint(100, 1900) + 0.0, r.randint(12, 400) + 0.5])
    if c.loc in ("gb",):
        t = r.choice([f"£{v:.2f}", f"£{v:.0f}", f"{v:.2f} pounds"])
    elif c.loc == "us":
        t = r.choice([f"${v:.2f}", f"${v:,.2f}", f"{v:.0f} dollars"])
    else:
        s = f"{v:.2f}".replace(".", ",")
        t = r.choice([f"€ {s}", f"€{s}", f"{s} euro", f"EUR {s}", f"{s} €", f"€ {v:.0f},-"])
    if c.voice and r.random() < 0.4:
        t = {"en": f"{v:.0f} {'pounds' if c.loc == 'gb' else 'dollars'}", "nl": f"{v:.0f} euro", "fr": f"{v:.0f} euros"}[wlang(c.lang)]
    return t, N("amount"), None


def n_dose(c):
    r = c.rng
    L = wlang(c.lang)
    t = r.choice([f"{r.choice([5, 10, 20, 40, 80, 100, 250, 500, 850, 1000])} mg", f"{r.choice([1, 2, 3])}x per dag" if L == "nl" else (f"{r.choice([1, 2, 3])} fois par jour" if L == "fr" else f"{r.choice([1, 2, 3])} times a day"),
                  f"{r.choice([30, 60, 90, 100])} {'tabletten' if L == 'nl' else ('comprimés' if L == 'fr' else 'tablets')}",
                  f"{r.choice([2.5, 5, 10, 0.5])} ml".replace(".", "," if L != "en" else "."), f"{r.choice([20, 40, 75])}mg"])
    return t, N("quantity"), None


def n_age(c):
    r = c.rng
    a = r.randint(68, 96)
    L = wlang(c.lang)
    t = {"nl": r.choice([f"{a} jaar", f"{a}"]), "fr": f"{a} ans", "en": r.choice([f"{a}", f"{a} years old"])}[L]
    if c.voice and r.random() < 0.5:
        t = num_words(a, c.lang) + {"nl": " jaar", "fr": " ans", "en": ""}[L]
    if t.isdigit() or t == num_words(a, c.lang):
        pass
    return t, N("quantity"), None


def n_qty(c):
    r = c.rng
    L = wlang(c.lang)
    t = r.choice([f"{r.randint(2, 12)} {'keer' if L == 'nl' else ('fois' if L == 'fr' else 'times')}",
                  f"{r.randint(20, 55)} {'minuten' if L == 'nl' else ('minutes')}", f"{r.randint(2, 6)} {'weken' if L == 'nl' else ('semaines' if L == 'fr' else 'weeks')}"])
    return t, N("quantity"), None


def n_dur(c):
    r = c.rng
    n = r.randint(2, 10)
    L = wlang(c.lang)
    t = {"nl": r.choice([f"{n} werkdagen", f"{n} dagen", f"{n} weken"]), "fr": r.choice([f"{n} jours ouvrables", f"{n} jours"]),
         "en": r.choice([f"{n} working days", f"{n} days", f"{n} weeks"])}[L]
    return t, N("quantity"), None


def n_pct(c):
    r = c.rng
    v = r.choice([10, 15, 20, 25, 50, 75, 100, 2.5, 3.2])
    s = str(v).replace(".", ",") if not c.lang.startswith("en") else str(v)
    return r.choice([f"{s}%", f"{s} %", f"{s} procent" if c.lang.startswith("nl") else f"{s}%"]), N("percentage"), None


def n_year(c):
    r = c.rng
    return str(r.randint(1965, 2024)), N("year"), None


def n_order(c):
    r = c.rng
    t = r.choice([f"{r.choice(['ORD', 'BST', 'WEB', 'CMD'])}-{_rd(r, 7)}", f"#{_rd(r, 8)}", f"{_rd(r, 4)}-{_rd(r, 6)}", f"{r.choice(['A', 'B'])}{_rd(r, 9)}"])
    return t, N("order_number"), None


def n_rx(c):
    r = c.rng
    t = r.choice([f"RX-{_rd(r, 6)}", f"R{_rd(r, 7)}", f"{_rd(r, 3)}/{_rd(r, 5)}", f"RCP{_rd(r, 6)}", f"eRx {_rd(r, 4)}-{_rd(r, 4)}"])
    if t.startswith("eRx "):
        t = t[4:]
    return t, N("order_number"), None


def n_ticket(c):
    r = c.rng
    t = r.choice([f"#{_rd(r, 7)}", f"{r.choice(['CAS', 'INC', 'SR', 'KL', 'DOS', 'REF'])}-{_rd(r, 6)}", f"{_rd(r, 8)}",
                  f"{r.choice(['C', 'T'])}{_rd(r, 2)}-{_rd(r, 5)}", f"CS{_rd(r, 9)}"])
    return t, N("ticket_number"), None


def n_invoice(c):
    r = c.rng
    return r.choice([f"F{_rd(r, 9)}", f"INV-{r.randint(2024, 2026)}-{_rd(r, 5)}", f"{r.randint(2025, 2026)}/{_rd(r, 6)}", f"FA{_rd(r, 8)}"]), N("invoice_number"), None


def n_track(c):
    r = c.rng
    up = string.ascii_uppercase
    t = r.choice([f"3S{''.join(r.choice(up) for _ in range(4))}{_rd(r, 7)}", f"{r.choice(['RR', 'LX', 'CP', 'RB'])}{_rd(r, 9)}{r.choice(['NL', 'BE', 'GB'])}",
                  f"1Z{''.join(r.choice(up + string.digits) for _ in range(16))}", f"JVGL{_rd(r, 16)}", f"9400 {_rd(r, 4)} {_rd(r, 4)} {_rd(r, 4)} {_rd(r, 4)} {_rd(r, 2)}"])
    return t, N("tracking_number"), None


def n_reqid(c):
    r = c.rng
    hx = "0123456789abcdef"
    t = r.choice(["-".join("".join(r.choice(hx) for _ in range(n)) for n in (8, 4, 4, 4, 12)), f"REQ-{_rd(r, 8)}", f"req_{''.join(r.choice(hx) for _ in range(12))}"])
    return t, N("request_id"), None


def n_err(c):
    r = c.rng
    return r.choice([f"E{_rd(r, 3)}", f"0x8007{r.choice(['0005', '2746', '000D'])}", f"ERR_{r.choice(['AUTH', 'CARD', 'PIN'])}_{_rd(r, 2)}", f"code {_rd(r, 3)}"[5:], f"F-{_rd(r, 2)}", f"{r.choice(['403', '500', '502'])}"]), N("error_code"), None


def n_ver(c):
    r = c.rng
    return r.choice([f"{r.randint(1, 17)}.{r.randint(0, 12)}.{r.randint(0, 9)}", f"v{r.randint(2, 9)}.{r.randint(0, 40)}", f"iOS {r.randint(14, 18)}.{r.randint(0, 6)}", f"Android {r.randint(9, 14)}"]), N("version_string"), None


def n_model(c):
    r = c.rng
    return r.choice(c.pool("model")), N("model_number"), None


def n_prod(c):
    r = c.rng
    return r.choice([f"SKU-{_rd(r, 6)}", f"Z-index {_rd(r, 8)}", f"ART.{_rd(r, 5)}", f"PZN {_rd(r, 8)}", f"CNK {_rd(r, 7)}"]).split(" ")[-1] if r.random() < 0.5 else f"{r.choice(['PRD', 'ART'])}-{_rd(r, 5)}", N("product_code"), None


def n_flight(c):
    r = c.rng
    return f"{r.choice(['KL', 'SN', 'BA', 'HV', 'FR', 'U2', 'TB', 'AA'])}{r.randint(100, 9999)}", N("flight_number"), None


def n_cphone(c):
    r = c.rng
    return r.choice(c.pool("cphone")), N("company_phone"), None


def n_kvk(c):
    r = c.rng
    if c.loc == "nl":
        t = r.choice([_rd(r, 8), f"NL{_rd(r, 9)}B01"])
    elif c.loc in ("be", "fr"):
        t = r.choice([f"0{_rd(r, 3)}.{_rd(r, 3)}.{_rd(r, 3)}", f"BE 0{_rd(r, 9)}", f"BE0{_rd(r, 9)}"])
    elif c.loc == "gb":
        t = r.choice([_rd(r, 8), f"GB {_rd(r, 3)} {_rd(r, 4)} {_rd(r, 2)}"])
    else:
        t = f"{_rd(r, 2)}-{_rd(r, 7)}"
    return t, N("company_registration"), None


def n_url(c):
    return c.rng.choice(c.pool("url")), N("url"), None


def n_mention(c):
    return c.rng.choice(c.pool("mention")), N("mention"), None


def n_hashtag(c):
    return c.rng.choice(c.pool("hashtag")), N("hashtag"), None


def n_masked(c):
    r = c.rng
    t = r.choice([f"****{_rd(r, 4)}", f"**** **** **** {_rd(r, 4)}", f"NL** **** **** {_rd(r, 4)} {_rd(r, 2)}",
                  f"BE** **** **** {_rd(r, 2)}{_rd(r, 2)}", f"xxxx-xxxx-xxxx-{_rd(r, 4)}", f"06-****{_rd(r, 4)}",
                  f"{r.choice('jmpa')}***@{r.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"XXXXXXX{_rd(r, 3)}", f"ending {_rd(r, 4)}"[7:] if False else f"•••• {_rd(r, 4)}"])
    return t, N("masked_value"), None


def n_meter(c):
    r = c.rng
    t = r.choice([f"{_rd(r, 5)}", f"{r.randint(1000, 99999)} kWh", f"{r.randint(100, 9999)},{r.randint(0, 999):03d} m3", f"0{_rd(r, 5)}"])
    return t, N("meter_reading"), None


def n_port(c):
    return str(c.rng.choice([8080, 443, 8443, 5060, 3389, 21])), N("port"), None


def n_checksum(c):
    r = c.rng
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40]))), N("checksum"), None


def f_pick(key):
    def f(c):
        return c.rng.choice(c.pool(key)), None, None
    return f


def f_name(c):
    return f"{c.person[0]} {c.person[1]}", None, None


def f_first(c):
    return c.person[0], None, None


def f_last(c):
    return c.person[1], None, None


GEN = {
    "card": g_card, "cvv": g_cvv, "exp": g_exp, "iban": g_iban, "bsn": g_bsn, "phone": g_phone, "mobile": g_mobile,
    "landline": g_landline, "email": g_email, "addr": g_addr, "dob": g_dob, "cust": g_cust, "polis": g_polis,
    "ean": g_ean, "ovcard": g_ovcard, "natid": g_natid, "pin": g_pin, "door": g_doorcode, "puk": g_puk, "otp": g_otp,
    "pw": g_pw, "user": g_user, "wifi": g_wifi, "apikey": g_apikey, "token": g_token, "ip": g_ip,
    "date": n_date, "time": n_time, "amount": n_amount, "dose": n_dose, "dur": n_dur, "age": n_age, "qty": n_qty, "pct": n_pct,
    "year": n_year, "order": n_order, "rx": n_rx, "ticket": n_ticket, "invoice": n_invoice, "track": n_track,
    "reqid": n_reqid, "err": n_err, "ver": n_ver, "model": n_model, "prod": n_prod, "flight": n_flight,
    "cphone": n_cphone, "kvk": n_kvk, "url": n_url, "mention": n_mention, "hashtag": n_hashtag, "masked": n_masked,
    "meter": n_meter, "port": n_port, "checksum": n_checksum,
    "name": f_name, "first": f_first, "last": f_last,
}
for _k in ("agent", "bank", "insurer", "pension", "pharmacy", "telco", "transport", "gp", "city", "ssid", "gkid",
           "neighbour", "brand", "plate", "energy"):
    GEN[_k] = f_pick(_k)
