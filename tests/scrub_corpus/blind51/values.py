"""Value generators and validators for the blind51 corpus (stdlib only).

Every generator takes (rng, lang, hint) and returns a string. `lang` selects the
country conventions (nl -> NL, nl-be / fr-be -> BE, en-gb -> UK, en-us -> US);
`hint` optionally overrides the variant (e.g. "be", "foreign", "words").
"""
import string

COUNTRY = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}

# ----------------------------------------------------------------- validators

def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    s = "".join(s.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, cc = d[:9], int(d[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc


# ----------------------------------------------------------------- helpers

def _digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def _group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def _alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def lang_family(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


# ----------------------------------------------------------------- PII values

PW_WORDS = ["Zomer", "Tulp", "Fiets", "Hond", "Bobby", "Soleil", "Maison", "Chelsea", "Lakers",
            "Winter", "Kaas", "Frietje", "Brussel", "Molen", "Anfield", "Poes", "Liverpool",
            "Gouda", "Pipo", "Daisy", "Bentley", "Kerst", "Paris", "Texas", "Snoopy"]


def password(rng, lang, hint=None):
    k = rng.randint(0, 7)
    w = rng.choice(PW_WORDS)
    if k == 0:
        return f"{w}{rng.randint(2015, 2025)}{rng.choice('!?#$')}"
    if k == 1:
        return _alnum(rng, rng.randint(10, 14), string.ascii_letters + string.digits + "!#%&*")
    if k == 2:
        return f"{w.lower()}{rng.choice(['_', '-', '.'])}{rng.choice(PW_WORDS).lower()}{rng.randint(1, 99)}"
    if k == 3:
        return f"{w[0]}{w[1:].replace('a', '@').replace('o', '0').replace('e', '3')}{rng.randint(10, 99)}"
    if k == 4:
        return f"Welkom{rng.randint(1, 99):02d}" if lang_family(lang) == "nl" else f"Temp{rng.randint(1000, 9999)}x"
    if k == 5:
        return "".join(rng.choice([c.upper(), c]) for c in rng.choice(PW_WORDS)) + str(rng.randint(100, 999))
    if k == 6:
        return f"{rng.choice(PW_WORDS)}&{rng.choice(PW_WORDS)}{rng.randint(1, 9)}"
    return _alnum(rng, 4, string.ascii_uppercase) + "-" + _alnum(rng, 4) + "-" + _alnum(rng, 4, string.digits)


def pin(rng, lang, hint=None):
    n = {"6": 6, "5": 5}.get(hint, rng.choice([4, 4, 4, 5, 6]))
    s = _digits(rng, n, first_nonzero=False)
    if hint == "door" and rng.random() < 0.3:
        s = s + "#" if rng.random() < 0.5 else "*" + s
    return s


def puk(rng, lang, hint=None):
    s = _digits(rng, 8)
    return s if rng.random() < 0.7 else _group(s, [4, 4])


def otp(rng, lang, hint=None):
    n = rng.choice([6, 6, 6, 5, 8, 4])
    s = _digits(rng, n, first_nonzero=False)
    if hint == "words":
        w = WORDS[lang_family(lang)]
        sep = rng.choice([" ", "-", ", "])
        return sep.join(w[int(c)] for c in s)
    r = rng.random()
    if n == 6 and r < 0.25:
        return s[:3] + rng.choice([" ", "-"]) + s[3:]
    if r > 0.92 and n == 6:
        return "G-" + s
    return s


def wifi_key(rng, lang, hint=None):
    k = rng.randint(0, 4)
    if k == 0:
        return "-".join(_alnum(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3))
    if k == 1:
        return _alnum(rng, rng.choice([12, 16, 20]), "abcdef0123456789").upper() if rng.random() < 0.5 else _alnum(rng, 13)
    if k == 2:
        return f"{rng.choice(PW_WORDS).lower()}thuis{rng.randint(10, 2024)}"
    if k == 3:
        return _alnum(rng, 8, string.ascii_lowercase) + _alnum(rng, 4, string.digits)
    return _alnum(rng, 10, "abcdefghjkmnpqrstuvwxyz23456789")


def username(rng, lang, hint=None, name=None):
    first, last = name or ("sanne", "devries")
    first, last = first.lower(), last.lower().replace(" ", "").replace("'", "")
    k = rng.randint(0, 5)
    if k == 0:
        return f"{first}{last}{rng.randint(70, 99)}"
    if k == 1:
        return f"{first[0]}.{last}"
    if k == 2:
        return f"{first}_{last[:3]}{rng.randint(1, 9)}"
    if k == 3:
        return f"{last}{first[0]}{rng.randint(1, 999)}"
    if k == 4:
        return f"{first.capitalize()}{last.capitalize()}"
    return f"{first[:3]}{last[:4]}{rng.randint(10, 99)}"


def api_key(rng, lang, hint=None):
    k = hint or rng.choice(["stripe", "aws_id", "aws_secret", "google", "sendgrid", "generic", "slack"])
    if k == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + _alnum(rng, 24)
    if k == "aws_id":
        return "AKIA" + _alnum(rng, 16, string.ascii_uppercase + "234567")
    if k == "aws_secret":
        return _alnum(rng, 40, string.ascii_letters + string.digits + "/+")
    if k == "google":
        return "AIzaSy" + _alnum(rng, 33, string.ascii_letters + string.digits + "-_")
    if k == "sendgrid":
        return "SG." + _alnum(rng, 22) + "." + _alnum(rng, 43)
    if k == "slack":
        return "xoxb-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _alnum(rng, 24)
    return _alnum(rng, 32, "abcdef0123456789")


def token(rng, lang, hint=None):
    k = hint or rng.choice(["jwt", "ghp", "hex", "hex", "sess", "glpat"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _alnum(rng, 36, string.ascii_letters + string.digits + "_-") + "." + _alnum(rng, 43, string.ascii_letters + string.digits + "_-")
    if k == "ghp":
        return "ghp_" + _alnum(rng, 36)
    if k == "glpat":
        return "glpat-" + _alnum(rng, 20, string.ascii_letters + string.digits + "_-")
    if k == "sess":
        return _alnum(rng, 26, string.ascii_lowercase + string.digits)
    return _alnum(rng, rng.choice([32, 40]), "0123456789abcdef")


def _luhn_complete(prefix, length, rng):
    s = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c
    raise AssertionError


def card(rng, lang, hint=None):
    k = rng.randint(0, 9)
    if k <= 3:
        num = _luhn_complete("4" + _digits(rng, 5, False), 16, rng)
    elif k <= 6:
        num = _luhn_complete(str(rng.randint(51, 55)) + _digits(rng, 4, False), 16, rng)
    elif k == 7:
        num = _luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 4, False), 15, rng)
        return rng.choice([_group(num, [4, 6, 5]), num, _group(num, [4, 6, 5], "-")])
    elif k == 8:
        num = _luhn_complete("6703" + _digits(rng, 2, False), rng.choice([17, 19]), rng)
        return rng.choice([_group4(num), num])
    else:
        num = _luhn_complete("2" + str(rng.randint(221, 720)), 16, rng)
    r = rng.random()
    if r < 0.55:
        return _group4(num)
    if r < 0.75:
        return num
    if r < 0.9:
        return _group4(num, "-")
    return _group4(num, ".")


def cvv(rng, lang, hint=None):
    return _digits(rng, 4 if hint == "amex" else 3, False)


def card_expiry(rng, lang, hint=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m}/{y}"])


def _iban_check(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return f"{98 - int(n) % 97:02d}"


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["BARC", "NWBK", "HBUK", "LOYD", "MIDL"]


def iban(rng, lang, hint=None):
    cc = hint.upper() if hint and len(hint) == 2 else COUNTRY[lang]
    if hint == "foreign":
        cc = rng.choice(["DE", "FR", "LU", "ES", "GB", "IE"])
    if cc == "US":
        cc = rng.choice(["NL", "DE", "GB"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + _digits(rng, 10, False)
    elif cc == "BE":
        bban = _digits(rng, 3) + _digits(rng, 7, False)
        bban += f"{(int(bban) % 97) or 97:02d}"
    elif cc == "DE":
        bban = _digits(rng, 18)
    elif cc == "FR":
        bban = _digits(rng, 10) + _digits(rng, 11, False) + _digits(rng, 2, False)
    elif cc == "LU":
        bban = _digits(rng, 3) + _digits(rng, 13, False)
    elif cc == "ES":
        bban = _digits(rng, 20)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14)
    else:
        cc = "GB"
        bban = rng.choice(GB_BANKS) + _digits(rng, 14)
    ib = cc + _iban_check(cc, bban) + bban
    assert iban_ok(ib)
    r = rng.random()
    if r < 0.55:
        s = _group4(ib)
    elif r < 0.85:
        s = ib
    else:
        s = _group4(ib) if rng.random() < 0.5 else ib
        s = s.lower()
    return s


def bsn(rng, lang, hint=None):
    kind = hint or ("be" if COUNTRY[lang] == "BE" else "nl")
    if kind == "nl":
        while True:
            d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s < 10:
                num = "".join(map(str, d)) + str(s)
                break
        return rng.choice([num, num, _group(num, [4, 2, 3], "."), _group(num, [3, 3, 3])])
    # Belgian national register number
    y = rng.randint(1940, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 998)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    b = int(("2" if y >= 2000 else "") + base)
    cc = 97 - b % 97
    num = base + f"{cc:02d}"
    assert rrn_ok(num)
    return rng.choice([f"{num[0:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}", num,
                       f"{num[0:6]}-{num[6:9]}-{num[9:]}", f"{num[0:6]} {num[6:9]} {num[9:]}"])


EMAIL_DOMAINS = {
    "NL": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com", "xs4all.nl", "planet.nl", "icloud.com"],
    "BE": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "live.be", "yahoo.fr"],
    "GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net"],
}


def _ascii(s):
    tr = str.maketrans("éèëêïîôöüûçàâ", "eeeeiioouucaa")
    return s.lower().translate(tr).replace(" ", "").replace("'", "")


def email(rng, lang, hint=None, name=None):
    first, last = name or ("jan", "jansen")
    f, l = _ascii(first), _ascii(last)
    dom = rng.choice(EMAIL_DOMAINS[COUNTRY[lang]])
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}{rng.randint(1, 99)}", f"{l}.{f}",
                        f"{f}_{l}{rng.randint(70, 99)}", f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}{l}"])
    if hint == "work":
        dom = rng.choice(["bakkerij-smit.nl", "vandamme-bouw.be", "harperlegal.co.uk", "acme-dental.com", "groupe-leroy.be"])
    e = f"{local}@{dom}"
    return e.upper() if rng.random() < 0.03 else e


def phone(rng, lang, hint=None):
    cc = (hint or COUNTRY[lang]).upper()
    if cc == "NL":
        if rng.random() < 0.75:
            s = "6" + _digits(rng, 8, False)
            return rng.choice([f"0{s[0]}-{s[1:]}", f"0{s}", f"0{s[0]} {_group(s[1:], [2, 2, 2, 2])}",
                               f"+31 {s[0]} {s[1:]}", f"+31{s}", f"0031{s}", f"+31 (0){s[0]} {_group(s[1:], [4, 4])}",
                               f"0{s[0]} {_group(s[1:], [4, 4])}", f"+31 {s[0]} {_group(s[1:], [2, 2, 2, 2])}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50", "182", "229", "345"])
        rest = _digits(rng, 9 - len(area))
        return rng.choice([f"0{area}-{rest}", f"0{area} {rest}", f"+31 {area} {rest}", f"0{area}{rest}"])
    if cc == "BE":
        if rng.random() < 0.75:
            s = rng.choice(["47", "48", "49", "46"]) + _digits(rng, 7, False)
            return rng.choice([f"0{s[:3]} {_group(s[3:], [2, 2, 2])}", f"0{s[:3]}/{_group(s[3:], [2, 2, 2], '.')}",
                               f"0{s}", f"+32 {s[:3]} {_group(s[3:], [2, 2, 2])}", f"+32{s}", f"0032 {s[:3]} {s[3:]}",
                               f"0{s[:3]}/{s[3:]}", f"+32 (0){s[:3]} {_group(s[3:], [2, 2, 2])}"])
        area = rng.choice(["2", "3", "9", "4", "10", "50", "56", "81"])
        rest = _digits(rng, 8 - len(area))
        return rng.choice([f"0{area} {_group(rest, [3, 2, 2]) if len(rest) == 7 else _group(rest, [2, 2, 2])}",
                           f"0{area}/{rest}", f"+32 {area} {rest}"])
    if cc == "GB":
        if rng.random() < 0.75:
            s = "7" + rng.choice(["4", "5", "7", "8", "9"]) + _digits(rng, 8, False)
            return rng.choice([f"0{s[:4]} {s[4:]}", f"0{s}", f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:]}",
                               f"0{s[:4]} {s[4:7]} {s[7:]}", f"+44{s}", f"0044 {s[:4]} {s[4:]}"])
        return rng.choice([f"020 {_digits(rng, 4)} {_digits(rng, 4)}", f"0161 {_digits(rng, 3)} {_digits(rng, 4)}",
                           f"0113 {_digits(rng, 3)} {_digits(rng, 4)}", f"+44 121 {_digits(rng, 3)} {_digits(rng, 4)}"])
    area = rng.choice(["212", "415", "312", "617", "503", "713", "206", "917", "646", "470"])
    ex, ln = _digits(rng, 3), _digits(rng, 4)
    if ex.startswith("555"):
        ex = "556"
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
                       f"+1 ({area}) {ex}-{ln}", f"1-{area}-{ex}-{ln}", f"{area}{ex}{ln}", f"+1{area}{ex}{ln}"])


def date_of_birth(rng, lang, hint=None):
    y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    fam = lang_family(lang)
    months = {
        "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "en": "January February March April May June July August September October November December".split(),
    }[fam]
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}",
            f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}{m:02d}{y}", f"{d:02d}-{m:02d}-{y % 100:02d}"]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{months[m - 1]} {d}, {y}", f"{months[m - 1][:3]} {d} {y}",
                f"{y}-{m:02d}-{d:02d}", f"{m:02d}-{d:02d}-{y}"]
    elif lang == "en-gb":
        sfx = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}{sfx} {months[m - 1]} {y}", f"{d} {months[m - 1][:3]} {y}",
                f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"]
    elif fam == "fr":
        opts.append(f"{'1er' if d == 1 else d} {months[m - 1]} {y}")
    return rng.choice(opts)


def customer_number(rng, lang, hint=None):
    k = hint or rng.choice(["plain", "plain", "prefixed", "ean", "policy", "contract", "member", "dotted", "sub"])
    if k == "plain":
        return _digits(rng, rng.choice([7, 8, 9, 10]))
    if k == "prefixed":
        return rng.choice(["KL", "C", "CUST-", "K-", "CL", "ACC-", "A"]) + _digits(rng, rng.choice([6, 7, 8]))
    if k == "ean":
        pre = "871" if COUNTRY[lang] in ("NL", "GB", "US") else "5414"
        return pre + _digits(rng, 18 - len(pre), False)
    if k == "policy":
        return rng.choice(["POL-", "PL", "AV-", "P"]) + f"{rng.randint(2015, 2024)}-" + _digits(rng, 6)
    if k == "contract":
        return rng.choice(["CT", "CTR-", "VK"]) + _digits(rng, 4) + rng.choice([" ", "-", ""]) + _digits(rng, 4)
    if k == "member":
        return rng.choice(["L", "M", "LID"]) + _digits(rng, 8)
    if k == "dotted":
        s = _digits(rng, 9)
        return _group(s, [3, 3, 3], ".")
    return "1." + _digits(rng, 8)  # subscriber / account style


IP_FIRST = [84, 85, 77, 81, 94, 145, 178, 188, 212, 213, 62, 31, 86, 109, 91, 82]


def ip_address(rng, lang, hint=None):
    if hint == "v6" or rng.random() < 0.18:
        parts = ["2a02", f"{rng.randint(0x1000, 0xffff):x}"] + [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
        if rng.random() < 0.5:
            return ":".join(parts[:4]) + "::" + ":".join(parts[6:])
        return ":".join(parts)
    return f"{rng.choice(IP_FIRST)}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


# address needs street/city pools -> built in generate (uses pools.ADDR)

def address(rng, lang, hint, street, city, pc_hint=None):
    cc = COUNTRY[lang]
    num = rng.randint(1, 240)
    if cc == "NL":
        nr = rng.choice([f"{num}", f"{num}", f"{num}{rng.choice('abcABC')}", f"{num}-{rng.randint(1, 3)}", f"{num} hs", f"{num}-II"])
        pc = f"{rng.randint(1011, 9999)}{rng.choice([' ', ''])}{rng.choice('ABCEGHJKLMNPRSTVWXZ')}{rng.choice('ABCEGHJKLMNPRSTVWXZ')}"
        return rng.choice([f"{street} {nr}", f"{street} {nr}, {pc} {city}", f"{street} {nr}\n{pc} {city.upper()}",
                           f"{street} {nr} {pc} {city}", f"{street} {nr}, {city}"])
    if cc == "BE":
        nr = rng.choice([f"{num}", f"{num}", f"{num} bus {rng.randint(1, 12)}", f"{num}/{rng.randint(1, 4)}", f"{num}B"])
        pc = str(rng.randint(1000, 9992))
        return rng.choice([f"{street} {nr}, {pc} {city}", f"{street} {nr}", f"{street} {nr}\n{pc} {city}",
                           f"{street} {nr} - {pc} {city}", f"{street}, {nr} {pc} {city}" if "Rue" in street or "Avenue" in street or "Chaussée" in street else f"{street} {nr}, B-{pc} {city}"])
    if cc == "GB":
        pc = f"{rng.choice(['LS', 'M', 'B', 'SW', 'E', 'NW', 'BS', 'CF', 'G', 'EH'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 20)}, ", f"{rng.randint(1, 9)}{rng.choice('ab')} "])
        if flat.endswith(" ") and not flat.startswith("Flat"):
            return f"{flat}{street}, {city} {pc}"
        return rng.choice([f"{flat}{num} {street}, {city} {pc}", f"{flat}{num} {street}", f"{flat}{num} {street}\n{city}\n{pc}",
                           f"{num} {street}, {city}, {pc}"])
    st = rng.choice(["IL", "NY", "CA", "TX", "OR", "MA", "WA", "OH", "GA"])
    z = f"{rng.randint(10001, 99950)}"
    unit = rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 12)}"])
    n = rng.randint(100, 9800)
    return rng.choice([f"{n} {street}{unit}, {city}, {st} {z}", f"{n} {street}{unit}", f"{n} {street}{unit}\n{city}, {st} {z}",
                       f"{n} {street} {city} {st} {z}"])
