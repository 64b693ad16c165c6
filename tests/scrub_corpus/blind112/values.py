"""Value generators (labelled PII/secrets and hard negatives) for blind112.

Every generator takes (rng, lang, pools) and returns a string with no surrounding white space.
"""
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits


def digits(rng, n):
    return "".join(rng.choice(DG) for _ in range(n))


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


def luhn_complete(prefix, length):
    body = prefix + "".join("0" for _ in range(0))
    for c in range(10):
        cand = body + str(c)
        if luhn_ok(cand):
            return cand
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(r):
    d = "".join(c for c in r if c.isdigit())
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    return 97 - body % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- labelled types

def card(rng, lang, P):
    kind = rng.random()
    if kind < 0.15:  # amex
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        num = luhn_complete(body, 15)
        f = rng.choice([lambda s: grp(s, [4, 6, 5]), lambda s: s, lambda s: grp(s, [4, 6, 5], "-")])
        return f(num)
    pre = rng.choice(["4", "51", "52", "53", "55", "2221", "4917", "6011"])
    body = pre + digits(rng, 15 - len(pre))
    num = luhn_complete(body, 16)
    f = rng.choice([grp4, lambda s: s, lambda s: grp4(s, "-"), lambda s: grp4(s, "  "), lambda s: grp4(s, ".")])
    return f(num)


def cvv(rng, lang, P):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang, P):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}", f"{m:02d}{y}", f"{m}/{y}", f"{m:02d} / {y}"])


def _iban_check(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - n % 97:02d}"


def iban(rng, lang, P):
    r = rng.random()
    if lang.startswith("nl") and lang != "nl-be" and r < 0.8 or (lang.startswith("en") and r < 0.2):
        cc, bban = "NL", rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + digits(rng, 10)
    elif lang.endswith("be") and r < 0.85 or (lang == "nl" and r < 0.9):
        first = digits(rng, 10)
        chk = int(first) % 97 or 97
        cc, bban = "BE", first + f"{chk:02d}"
    elif lang == "en-gb" and r < 0.9:
        cc, bban = "GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    else:
        cc = rng.choice(["DE", "FR", "LU", "ES"])
        bban = {"DE": digits(rng, 18), "FR": digits(rng, 10) + "".join(rng.choice(UP + DG) for _ in range(11)) + digits(rng, 2),
                "LU": digits(rng, 3) + "".join(rng.choice(UP + DG) for _ in range(13)), "ES": digits(rng, 20)}[cc]
    s = cc + _iban_check(cc, bban) + bban
    assert iban_ok(s)
    f = rng.random()
    if f < 0.45:
        s = grp4(s)
    elif f < 0.55:
        s = s.lower()
    elif f < 0.6:
        s = grp4(s).lower()
    elif f < 0.65:
        s = grp4(s, "-")
    return s


def bsn(rng, lang, P):
    if lang.endswith("be") and rng.random() < 0.9:
        return rrn(rng, lang, P)
    while True:
        d = digits(rng, 8)
        s = sum(int(d[i]) * (9 - i) for i in range(8))
        last = s % 11
        if last < 10 and d[0] != "0":
            b = d + str(last)
            assert bsn_ok(b)
            return rng.choice([b, b, grp(b, [4, 2, 3], "."), grp(b, [3, 3, 3]), grp(b, [3, 3, 3], "-")])


def rrn(rng, lang, P):
    y = rng.randint(40, 2005)
    y = y % 100
    born2000 = rng.random() < 0.2
    if born2000:
        y = rng.randint(0, 6)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 998)
    body = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" if born2000 else "") + body) % 97
    full = body + f"{chk:02d}"
    assert rrn_ok(full)
    return rng.choice([
        f"{full[0:2]}.{full[2:4]}.{full[4:6]}-{full[6:9]}.{full[9:]}",
        full,
        f"{full[0:6]} {full[6:9]} {full[9:]}",
        f"{full[0:6]}-{full[6:9]}-{full[9:]}",
        f"{full[0:6]}-{full[6:9]}.{full[9:]}",
    ])


def phone(rng, lang, P):
    r = rng.random()
    if lang == "nl":
        m = "6" + digits(rng, 8)
        if r < 0.7:
            return rng.choice([f"0{m[:1]}-{m[1:]}", f"0{m}", f"06 {grp(m[1:], [2,2,2,2])}", f"+31 6 {grp(m[1:], [2,2,2,2])}",
                               f"+31{m}", f"+31 (0){m[:1]} {m[1:]}", f"0031 6 {m[1:5]} {m[5:]}", f"06-{m[1:5]} {m[5:]}", f"06 {m[1:]}"])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "71", "15"])
        n = digits(rng, 7)
        return rng.choice([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:5]} {n[5:]}", f"+31 {a} {n}", f"(0{a}) {n}"])
    if lang.endswith("be"):
        m = rng.choice(["470", "471", "472", "475", "477", "478", "479", "484", "486", "489", "495", "497", "499"]) + digits(rng, 6)
        if r < 0.7:
            return rng.choice([f"0{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"0{m[:3]}/{m[3:5]}.{m[5:7]}.{m[7:]}", f"+32 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                               f"+32{m}", f"0{m}", f"0032 {m[:3]} {m[3:6]} {m[6:]}", f"+32 (0){m[:3]} {m[3:6]} {m[6:]}", f"0{m[:3]}/{m[3:]}"])
        a = rng.choice(["2", "3", "9", "4", "16", "50", "11", "81", "65", "10"])
        n = digits(rng, 8 - len(a))
        return rng.choice([f"0{a} {n[:3]} {n[3:5]} {n[5:]}" if len(a) == 1 else f"0{a} {n[:2]} {n[2:4]} {n[4:]}", f"0{a}/{n}", f"+32 {a} {n}"])
    if lang == "en-gb":
        m = "7" + rng.choice(["700", "911", "400", "123", "812", "957", "534"]) + digits(rng, 6)
        if r < 0.7:
            return rng.choice([f"0{m[:4]} {m[4:]}", f"0{m}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:7]} {m[7:]}", f"+44{m}", f"0{m[:4]}-{m[4:]}", f"0{m[:4]} {m[4:7]} {m[7:]}"])
        return rng.choice([f"020 {digits(rng,4)} {digits(rng,4)}", f"(0161) {digits(rng,3)} {digits(rng,4)}", f"0113 {digits(rng,3)} {digits(rng,4)}", f"+44 131 {digits(rng,3)} {digits(rng,4)}"])
    a = rng.choice(["212", "415", "312", "617", "646", "305", "713", "206", "503", "720", "404"])
    n = rng.choice(["555", str(rng.randint(201, 989))]) + digits(rng, 4)
    return rng.choice([f"({a}) {n[:3]}-{n[3:]}", f"{a}-{n[:3]}-{n[3:]}", f"+1 {a} {n[:3]} {n[3:]}", f"{a}.{n[:3]}.{n[3:]}", f"1-{a}-{n[:3]}-{n[3:]}", f"{a}{n}", f"+1 ({a}) {n[:3]}-{n[3:]}"])


def email(rng, lang, P):
    first, last = rng.choice(P["first"]).lower(), rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{rng.randint(1,99)}", f"{first}_{last}", f"{last}.{first[0]}", f"{first}{rng.randint(70,99)}", f"{first}.{last}+tickets"])
    dom = rng.choice(P["maildomains_" + lang[:2]])
    e = f"{local}@{dom}"
    return e.upper() if rng.random() < 0.03 else e


def address(rng, lang, P):
    num = rng.randint(1, 240)
    if lang == "nl":
        st, city = rng.choice(P["street_nl"]), rng.choice(P["city_nl"])
        pc = f"{rng.randint(1011, 9999)} {rng.choice(UP.replace('S',''))}{rng.choice(UP)}"
        hn = rng.choice([str(num), f"{num}-{rng.choice('ABCH')}", f"{num}{rng.choice('abc')}", f"{num} hs", f"{num}-2", f"{num} III"])
        return rng.choice([f"{st} {hn}, {pc} {city}", f"{st} {hn}", f"{st} {hn} {pc} {city}", f"{st} {hn}, {city}", f"{st} {hn}\n{pc} {city.upper()}", f"{st} {hn}, {pc.replace(' ', '')} {city}"])
    if lang.endswith("be"):
        key = "street_" + lang
        st, city = rng.choice(P[key]), rng.choice(P["city_" + lang])
        pc = str(rng.randint(1000, 9990))
        if lang == "fr-be":
            hn = rng.choice([str(num), f"{num}/{rng.randint(1,9)}", f"{num} bte {rng.randint(1,12)}", f"{num}A"])
            return rng.choice([f"{st} {hn}, {pc} {city}", f"{st} {hn}", f"{hn} {st}, {pc} {city}", f"{st}, {hn} - {pc} {city}", f"{st} {hn}\n{pc} {city}"])
        hn = rng.choice([str(num), f"{num} bus {rng.randint(1,12)}", f"{num}/{rng.randint(1,9)}", f"{num}B"])
        return rng.choice([f"{st} {hn}, {pc} {city}", f"{st} {hn}", f"{st} {hn} te {pc} {city}", f"{st} {hn}\n{pc} {city}"])
    if lang == "en-gb":
        st, city = rng.choice(P["street_gb"]), rng.choice(P["city_gb"])
        pc = f"{rng.choice(['LS','M','B','E','SW','N','BS','EH','G','CF','NE','L'])}{rng.randint(1,20)} {rng.randint(1,9)}{rng.choice(UP)}{rng.choice(UP)}"
        return rng.choice([f"{num} {st}, {city} {pc}", f"Flat {rng.randint(1,30)}, {num} {st}, {city}, {pc}", f"{num} {st}", f"{num} {st}\n{city}\n{pc}", f"{num}a {st}, {city}", f"{num} {st}, {pc}"])
    st, city = rng.choice(P["street_us"]), rng.choice(P["city_us"])
    c, state = city
    z = f"{rng.randint(10001, 98999)}"
    return rng.choice([f"{num*7} {st}, {c}, {state} {z}", f"{num*7} {st} Apt {rng.randint(1,40)}{rng.choice('ABCD')}, {c}, {state} {z}", f"{num*7} {st}", f"{num*7} {st}, Unit {rng.randint(2,900)}", f"{num*7} {st}\n{c}, {state} {z}", f"{num*7} {st} #{rng.randint(2,40)}, {c} {state}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def date_of_birth(rng, lang, P):
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    fam = lang[:2]
    mn = MONTHS[fam][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y % 100:02d}"])
    if fam == "en":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}th {mn} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {mn[:3]} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}", f"{d}/{m}/{y % 100:02d}"])


def customer_number(rng, lang, P):
    return rng.choice([
        lambda: digits(rng, rng.choice([7, 8, 9, 10])),
        lambda: "KL" + digits(rng, 7),
        lambda: f"{rng.choice(['C', 'CU', 'K', 'M'])}-{digits(rng, 6)}",
        lambda: "8716" + digits(rng, 14),  # EAN connection code
        lambda: "541" + digits(rng, 15),  # Belgian EAN
        lambda: f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        lambda: f"{digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 3)}",
        lambda: f"HN{digits(rng, 6)}",
        lambda: f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 8)}",
        lambda: f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 2)}",
        lambda: f"FP{digits(rng, 4)}{rng.choice(UP)}{digits(rng, 3)}",
    ])()


def password(rng, lang, P):
    w = rng.choice(P["pwwords"])
    return rng.choice([
        lambda: f"{w.capitalize()}{rng.randint(1, 2025)}{rng.choice('!?#$*')}",
        lambda: f"{w}{rng.choice('@#_-!')}{rng.choice(P['pwwords']).capitalize()}{rng.randint(1, 99)}",
        lambda: "".join(rng.choice(UP + LO + DG + "!#%&*") for _ in range(rng.randint(9, 16))),
        lambda: w.replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(10, 99)),
        lambda: f"{w.upper()}{rng.randint(100, 999)}",
        lambda: f"{rng.choice(P['first'])}{rng.randint(60, 99)}{rng.choice(['!', '', '?', '!!'])}",
        lambda: f"{w}{rng.choice(P['pwwords'])}{rng.randint(0, 9)}",
    ])()


def pin(rng, lang, P):
    return rng.choice([digits(rng, 4), digits(rng, 4), digits(rng, 5), digits(rng, 6), f"{digits(rng, 2)} {digits(rng, 2)}", digits(rng, 4) + "#", "#" + digits(rng, 4)]).strip()


def puk(rng, lang, P):
    p = digits(rng, 8)
    return rng.choice([p, p, f"{p[:4]} {p[4:]}", f"{p[:4]}-{p[4:]}"])


WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, lang, P):
    r = rng.random()
    if r < 0.12:
        n = digits(rng, 6)
        sep = rng.choice([" ", "-", ", ", " "])
        return sep.join(WORDS[lang[:2]][int(c)] for c in n)
    n = digits(rng, rng.choice([6, 6, 6, 4, 5, 8]))
    if r < 0.25 and len(n) == 6:
        return rng.choice([f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", f"G-{n}"])
    return n


def wifi_key(rng, lang, P):
    return rng.choice([
        lambda: "".join(rng.choice(UP + LO + DG) for _ in range(rng.choice([10, 12, 16, 20]))),
        lambda: "-".join("".join(rng.choice(UP + DG) for _ in range(4)) for _ in range(4)),
        lambda: f"{rng.choice(P['pwwords'])}{rng.choice(P['pwwords'])}{rng.randint(1950, 2024)}",
        lambda: "".join(rng.choice("0123456789abcdef") for _ in range(26)),
        lambda: " ".join(rng.choice(P["pwwords"]) for _ in range(3)) if rng.random() < 0.3 else "".join(rng.choice(LO + DG) for _ in range(13)),
    ])().strip()


def username(rng, lang, P):
    f, l = rng.choice(P["first"]).lower(), rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{f}{l}", f"{f}.{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}_{rng.randint(70, 2010)}", f"{l.upper()}{f[0].upper()}", f"{f}{l[0]}{rng.randint(1, 9)}", f"x{f}x", f"{f}-{l}"])


def api_key(rng, lang, P):
    al = UP + LO + DG
    return rng.choice([
        lambda: "sk_live_" + "".join(rng.choice(al) for _ in range(24)),
        lambda: "pk_test_" + "".join(rng.choice(al) for _ in range(24)),
        lambda: "AKIA" + "".join(rng.choice(UP + DG) for _ in range(16)),
        lambda: "".join(rng.choice(al + "/+") for _ in range(40)),  # aws secret
        lambda: "AIza" + "".join(rng.choice(al + "-_") for _ in range(35)),
        lambda: "".join(rng.choice("0123456789abcdef") for _ in range(32)),
        lambda: "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(43)),
        lambda: "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + "".join(rng.choice(al) for _ in range(24)),
    ])()


def token(rng, lang, P):
    al = UP + LO + DG
    b64 = lambda n: "".join(rng.choice(al + "-_") for _ in range(n))
    return rng.choice([
        lambda: "eyJ" + b64(30) + ".eyJ" + b64(40) + "." + b64(43),
        lambda: "ghp_" + "".join(rng.choice(al) for _ in range(36)),
        lambda: "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64]))),
        lambda: "ya29." + b64(60),
        lambda: "".join(rng.choice(al) for _ in range(28)),
        lambda: "glpat-" + "".join(rng.choice(al) for _ in range(20)),
    ])()


def ip_address(rng, lang, P):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{rng.randint(1, 65535):x}"
    return ".".join(str(x) for x in [rng.choice([84, 77, 213, 145, 62, 81, 94, 178, 86, 92, 109, 188]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)])


LABELLED = {f.__name__: f for f in [card, cvv, card_expiry, iban, bsn, phone, email, address, date_of_birth, customer_number,
                                     password, pin, puk, otp, wifi_key, username, api_key, token, ip_address]}
LABELLED["rrn"] = rrn

# ---------------------------------------------------------------- hard negatives


def n_date(rng, lang, P):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    mn = MONTHS[lang[:2]][m - 1]
    y = rng.choice([2024, 2025, 2026])
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{mn} {d}", f"{m}/{d}/{y}", f"{mn} {d}th" if d > 3 else f"{mn} {d}"])
    if lang == "en-gb":
        return rng.choice([f"{d} {mn}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d}th {mn}" if d > 3 else f"{d} {mn}"])
    return rng.choice([f"{d} {mn}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {mn[:3]}"])


def n_time(rng, lang, P):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37])
    if lang == "en-us":
        return rng.choice([f"{(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h % 12) or 12}{'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d}u", f"{h:02d}.{mi:02d} uur" if lang.startswith("nl") else f"{h:02d}:{mi:02d}"])


def n_amount(rng, lang, P):
    e, c = rng.randint(2, 480), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"{e}.{c:02d} GBP"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} €", f"{e},{c:02d}€", f"EUR {e},{c:02d}"])
    return rng.choice([f"€{e},{c:02d}", f"€ {e},{c:02d}", f"{e} euro", f"EUR {e},{c:02d}", f"€{e},-", f"{e},{c:02d} eur"])


def n_quantity(rng, lang, P):
    n = rng.randint(2, 12)
    return {"nl": rng.choice([f"{n} kaartjes", f"{n} pakketjes", f"{n} maaltijden", f"{n} ritten", f"{n} dagen", f"{n} m3", f"{n} stuks"]),
            "fr": rng.choice([f"{n} billets", f"{n} colis", f"{n} repas", f"{n} courses", f"{n} jours", f"{n} pièces"]),
            "en": rng.choice([f"{n} tickets", f"{n} parcels", f"{n} meals", f"{n} rides", f"{n} days", f"{n} items"])}[lang[:2]]


def n_percentage(rng, lang, P):
    p = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5, 3.4])
    s = str(p).replace(".", ",") if not lang.startswith("en") else str(p)
    return rng.choice([f"{s}%", f"{s} %", f"{s} procent" if lang.startswith("nl") else f"{s}%"])


def n_year(rng, lang, P):
    return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]))


def n_order_number(rng, lang, P):
    return rng.choice([f"#{digits(rng, 4)}-{digits(rng, 4)}", f"{rng.choice(['BZ', 'TH', 'DLV', 'ORD', 'UE'])}-{digits(rng, 8)}", f"#{digits(rng, 9)}",
                       f"{rng.choice(UP)}{rng.choice(UP)}{rng.choice(DG)}{rng.choice(UP)}-{rng.choice(UP)}{digits(rng, 3)}", f"ORD{digits(rng, 10)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"])


def n_ticket_number(rng, lang, P):
    return rng.choice([f"#{digits(rng, 7)}", f"SR-{digits(rng, 7)}", f"{rng.choice(['2024', '2025', '2026'])}-{digits(rng, 6)}", f"CAS-{digits(rng, 5)}-{rng.choice(UP)}{digits(rng, 1)}{rng.choice(UP)}{digits(rng, 1)}",
                       f"INC{digits(rng, 7)}", f"Z{digits(rng, 8)}", f"REF{digits(rng, 6)}", f"{digits(rng, 8)}"])


def n_invoice_number(rng, lang, P):
    return rng.choice([f"F{rng.choice(['2024', '2025'])}-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"{digits(rng, 10)}", f"FAC/{digits(rng, 4)}/{digits(rng, 5)}", f"NR{digits(rng, 8)}"])


def n_tracking_number(rng, lang, P):
    return rng.choice([f"3S{''.join(rng.choice(UP) for _ in range(4))}{digits(rng, 9)}", f"JVGL{digits(rng, 16)}", f"1Z{''.join(rng.choice(UP + DG) for _ in range(6))}{digits(rng, 10)}",
                       f"C{rng.choice(UP)}{digits(rng, 9)}NL", f"{digits(rng, 14)}", f"32{digits(rng, 22)}", f"TBA{digits(rng, 12)}", f"CD{digits(rng, 9)}BE"])


def n_request_id(rng, lang, P):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", f"req_{h(16)}", f"{h(8).upper()}-{h(4).upper()}", f"rid={h(12)}"])


def n_error_code(rng, lang, P):
    return rng.choice([f"E{digits(rng, 3)}", f"ERR-{digits(rng, 4)}", "ERR_PAYMENT_DECLINED", "PAY_4012", f"0x8007{digits(rng, 4)}", f"HTTP {rng.choice(['500', '502', '403', '429'])}",
                       f"code {rng.choice(['E-17', 'LK-04', 'T9'])}", f"AUTH-{digits(rng, 3)}", "NFC_TIMEOUT"])


def n_version_string(rng, lang, P):
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"{rng.randint(3, 26)}.{rng.randint(0, 12)}.{rng.randint(0, 5)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}",
                       f"Android {rng.randint(11, 15)}", f"build {digits(rng, 4)}", f"{rng.randint(4, 9)}.{rng.randint(0, 99)} ({digits(rng, 5)})"])


def n_model_number(rng, lang, P):
    return rng.choice(P["models"])


def n_product_code(rng, lang, P):
    return rng.choice([f"SKU-{digits(rng, 6)}", f"{rng.choice(['FP', 'DAY', 'WE', 'VIP'])}-{rng.choice(['2025', '2026'])}-{rng.choice(['A', 'B', 'GA'])}", f"ART{digits(rng, 5)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}", f"PRD-{rng.choice(UP)}{digits(rng, 4)}"])


def n_flight_number(rng, lang, P):
    return rng.choice([f"KL{rng.randint(600, 1999)}", f"HV {rng.randint(5000, 6999)}", f"FR{rng.randint(100, 9999)}", f"SN {rng.randint(2000, 3999)}", f"BA{rng.randint(400, 999)}", f"U2 {rng.randint(1000, 8999)}", f"UA{rng.randint(10, 999)}"])


def n_company_phone(rng, lang, P):
    if lang == "nl":
        return rng.choice([f"0900-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0800-{digits(rng, 4)}", f"085-{digits(rng, 7)}", f"0900 {digits(rng, 3)} {digits(rng, 4)}"])
    if lang.endswith("be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"070 {digits(rng, 3)} {digits(rng, 3)}", f"+32 78 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0333 {digits(rng, 3)} {digits(rng, 4)}", f"0300 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"1 (877) {digits(rng, 3)}-{digits(rng, 4)}", f"800.{digits(rng, 3)}.{digits(rng, 4)}"])


def n_company_registration(rng, lang, P):
    if lang == "nl":
        return rng.choice([f"{digits(rng, 8)}", f"NL{digits(rng, 9)}B01", f"NL {digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 3)}.B.01"])
    if lang.endswith("be"):
        return rng.choice([f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"BE0{digits(rng, 9)}"])
    if lang == "en-gb":
        return rng.choice([f"{digits(rng, 8)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", f"{digits(rng, 7)}"])


def n_url(rng, lang, P):
    return rng.choice(P["urls"])


def n_mention(rng, lang, P):
    return rng.choice(P["mentions"])


def n_hashtag(rng, lang, P):
    return rng.choice(P["hashtags"])


def n_masked_value(rng, lang, P):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}", f"BE** **** **** {digits(rng, 2)}**", f"xxxx-xxxx-xxxx-{digits(rng, 4)}",
                       f"{rng.choice(LO)}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be', 'outlook.com'])}", f"06-****{digits(rng, 4)}", f"+32 4** ** ** {digits(rng, 2)}", f"•••• {digits(rng, 4)}", f"XXXXXX{digits(rng, 3)}", "********"])


def n_meter_reading(rng, lang, P):
    v = rng.randint(120, 98000)
    return rng.choice([f"{v} m³", f"{v} m3", f"{v:05d}", f"{v},{rng.randint(0, 999):03d} m³", f"{v} kWh"])


def n_port(rng, lang, P):
    return str(rng.choice([8080, 443, 8443, 3389, 22, 5060, 1883, 9000, 25565]))


def n_checksum(rng, lang, P):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


NEGATIVE = {f.__name__[2:]: f for f in [n_date, n_time, n_amount, n_quantity, n_percentage, n_year, n_order_number, n_ticket_number, n_invoice_number,
                                         n_tracking_number, n_request_id, n_error_code, n_version_string, n_model_number, n_product_code, n_flight_number,
                                         n_company_phone, n_company_registration, n_url, n_mention, n_hashtag, n_masked_value, n_meter_reading, n_port, n_checksum]}


def n_dur(rng, lang, P):
    n = rng.randint(2, 14)
    return {"nl": rng.choice([f"{n} dagen", f"{n} weken", f"{n * 5} minuten", f"{n} uur", "anderhalf uur", f"{n} maanden"]),
            "fr": rng.choice([f"{n} jours", f"{n} semaines", f"{n * 5} minutes", f"{n} heures", f"{n} mois", f"{n * 5} min"]),
            "en": rng.choice([f"{n} days", f"{n} weeks", f"{n * 5} minutes", f"{n} hours", f"{n * 5} mins", f"{n} months", "an hour and a half"])}[lang[:2]]


def n_qty_food(rng, lang, P):
    n = rng.randint(2, 5)
    return {"nl": rng.choice([f"{n} pizza's", f"{n} bakjes rijst", f"{n} drankjes", f"{n} loempia's", f"{n} burgers"]),
            "fr": rng.choice([f"{n} pizzas", f"{n} boissons", f"{n} portions de frites", f"{n} burgers", f"{n} sushis"]),
            "en": rng.choice([f"{n} drinks", f"{n} portions of chips", f"{n} burgers", f"{n} spring rolls", f"{n} items"])}[lang[:2]]


def n_qty_tickets(rng, lang, P):
    n = rng.randint(2, 6)
    return {"nl": rng.choice([f"{n} kaartjes", f"{n} weekendtickets", f"{n} dagtickets", f"{n} parkeertickets"]),
            "fr": rng.choice([f"{n} billets", f"{n} pass week-end", f"{n} tickets jour", f"{n} places"]),
            "en": rng.choice([f"{n} tickets", f"{n} weekend passes", f"{n} day tickets", f"{n} camping passes"])}[lang[:2]]


ALIAS = {"dur": "quantity", "qty_food": "quantity", "qty_tickets": "quantity"}
NEGATIVE.update({"dur": n_dur, "qty_food": n_qty_food, "qty_tickets": n_qty_tickets})
