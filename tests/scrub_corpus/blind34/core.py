"""Value generators, message builder and self-checks for corpus blind34 (stdlib only)."""
import re
import string

HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"}
SPAN_TYPES = HIGH_RISK | {"card_expiry", "email", "phone", "address", "date_of_birth",
                          "ip_address", "customer_number"}
NEG_KINDS = {"amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "request_id", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity", "url",
             "masked_value", "port", "checksum"}

# --------------------------------------------------------------------------- checksums

def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return len(d) >= 12 and s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise ValueError


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) == 9:
        s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        return s % 11 == 0
    if len(d) == 11:
        base, chk = d[:9], int(d[9:])
        return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk
    return False

# --------------------------------------------------------------------------- helpers

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = UP + LO + DIG


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


NUM_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def spell(r, digits, lang):
    w = NUM_WORDS[fam(lang)]
    sep = r.choice([" ", "-", ", "]) if fam(lang) != "fr" else r.choice([" ", " - "])
    return sep.join(w[int(c)] for c in digits)

# --------------------------------------------------------------------------- span values

PW_WORDS = {
    "nl": ["Zomer", "Voetbal", "Konijn", "Pannenkoek", "Snoepje", "Fietsen", "Kaas", "Tijger", "Draak", "Regenboog"],
    "fr": ["Soleil", "Chaton", "Frites", "Bisou", "Loup", "Etoile", "Dragon", "Nutella", "Plage", "Mistral"],
    "en": ["Summer", "Dragon", "Pizza", "Shadow", "Monkey", "Sunshine", "Ninja", "Galaxy", "Pickle", "Falcon"],
}
PHRASE_WORDS = {
    "nl": ["paarse", "koe", "fietst", "naar", "zee", "blije", "kat", "rode", "boot", "snel"],
    "fr": ["chat", "bleu", "mange", "des", "frites", "petit", "train", "vert", "lune", "rouge"],
    "en": ["purple", "horse", "eats", "tacos", "correct", "battery", "staple", "blue", "moon", "fast"],
}
GAMER_BITS = ["Sn1per", "Wolf", "Shadow", "Frost", "Vortex", "Blaze", "Toxic", "Neon", "Pixel", "Reaper",
              "Ghost", "Kaiju", "Lynx", "Nova", "Raven", "Zed", "Mango", "Boba", "Turbo", "Glitch"]


def v_password(r, lang, var=None):
    f = fam(lang)
    k = var or r.choice(["wordyear", "wordyear", "leet", "random", "phrase", "gamer", "lower", "mixed"])
    if k == "wordyear":
        return r.choice(PW_WORDS[f]) + str(r.choice([r.randint(1995, 2026), r.randint(1, 99)])) + r.choice(["!", "?", "#", "", "!!", "@", "*"])
    if k == "leet":
        w = r.choice(PW_WORDS[f]).lower()
        w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").replace("s", "$")
        return w.capitalize() + r.choice(["!", "_", ""]) + rs(r, DIG, r.randint(1, 3))
    if k == "random":
        return rs(r, AN + "!#$%&*?", r.randint(10, 16))
    if k == "phrase":
        ws = r.sample(PHRASE_WORDS[f], 3)
        return r.choice(["-", ".", "_"]).join(ws) + str(r.randint(1, 99))
    if k == "gamer":
        return "xX" + r.choice(GAMER_BITS) + r.choice(GAMER_BITS) + "Xx" + str(r.randint(1, 999))
    if k == "lower":
        return r.choice(["ilove", "mijn", "moi", "my", "lol"]) + r.choice(PW_WORDS[f]).lower() + str(r.randint(10, 9999))
    return rs(r, UP, 1) + rs(r, LO, r.randint(4, 7)) + rs(r, DIG, 2) + r.choice("!?.$%") + rs(r, LO, 2)


def v_pin(r, lang, var=None):
    n = r.choice([4, 4, 4, 4, 6, 5]) if var != "card" else 4
    d = rs(r, DIG, n)
    if var == "spelled":
        return spell(r, d, lang)
    if var == "spaced":
        return " ".join(d)
    return d


def v_puk(r, lang, var=None):
    d = rs(r, DIG, 8)
    if var == "spelled":
        return spell(r, d, lang)
    return r.choice([d, d, group(d, [4, 4]), group(d, [2, 2, 2, 2])])


def v_otp(r, lang, var=None):
    if var == "backup":
        return r.choice([rs(r, LO + DIG, 4) + "-" + rs(r, LO + DIG, 4), group(rs(r, DIG, 8), [4, 4]),
                         rs(r, DIG, 8), rs(r, LO + DIG, 10)])
    if var == "recovery":
        return r.choice(["-".join(rs(r, UP + DIG, 4) for _ in range(4)),
                         "-".join(rs(r, LO + DIG, 5) for _ in range(2)),
                         " ".join(rs(r, UP + DIG, 4) for _ in range(3))])
    if var == "steam":
        return rs(r, "BCDFGHJKMNPQRTVWXY23456789", 5)
    if var == "spelled":
        return spell(r, rs(r, DIG, 6), lang)
    k = r.random()
    d = rs(r, DIG, 6)
    if k < 0.5:
        return d
    if k < 0.65:
        return d[:3] + " " + d[3:]
    if k < 0.75:
        return d[:3] + "-" + d[3:]
    if k < 0.83:
        return "G-" + d
    if k < 0.92:
        return rs(r, DIG, 4)
    return rs(r, DIG, 8)


def v_wifi_key(r, lang, var=None):
    return r.choice([rs(r, AN, 12), rs(r, UP + DIG, 16), rs(r, LO + DIG, 10),
                     r.choice(PW_WORDS[fam(lang)]) + rs(r, DIG, 4) + r.choice(PW_WORDS[fam(lang)]),
                     group(rs(r, UP + DIG, 20), [5, 5, 5, 5], "-")])


def v_username(r, lang, var=None):
    a, b = r.sample(GAMER_BITS, 2)
    return r.choice([
        f"{a}{b}_{r.randint(1, 99)}", f"xx_{a.lower()}_xx", f"{a.lower()}.{b.lower()}{r.randint(0, 2009)}",
        f"{a}{r.choice(['TTV', 'YT', 'FN'])}{r.randint(1, 9)}", f"lil{b.lower()}{r.randint(10, 99)}",
        f"{a}_{b}", f"The{a}{b}", f"{b.lower()}{a.lower()}{r.randint(2000, 2012)}",
    ])


def v_api_key(r, lang, var=None):
    k = r.randrange(6)
    if k == 0:
        return "sk_live_" + rs(r, AN, 24)
    if k == 1:
        return "AKIA" + rs(r, UP + DIG, 16)
    if k == 2:
        return rs(r, AN + "/+", 40)  # aws secret half
    if k == 3:
        return "api_" + rs(r, "0123456789abcdef", 32)
    if k == 4:
        return rs(r, "0123456789abcdef", r.choice([32, 40]))
    return "AIza" + rs(r, AN + "-_", 35)


def _b64(r, n):
    return rs(r, AN + "-_", n)


def v_token(r, lang, var=None):
    k = r.randrange(6)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64(r, r.randint(30, 60)) + "." + _b64(r, 43)
    if k == 1:
        return "ghp_" + rs(r, AN, 36)
    if k == 2:
        return "glpat-" + rs(r, AN + "-_", 20)
    if k == 3:
        return f"xoxb-{rs(r, DIG, 12)}-{rs(r, DIG, 13)}-{rs(r, AN, 24)}"
    if k == 4:
        return "M" + rs(r, AN, 23) + "." + rs(r, AN + "_-", 6) + "." + rs(r, AN + "_-", 27)
    return rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 30)


def v_card(r, lang, var=None):
    k = var or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if k == "visa":
        num = luhn_complete("4" + rs(r, DIG, 14))
    elif k == "mc":
        p = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        num = luhn_complete(p + rs(r, DIG, 15 - len(p)))
    elif k == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + rs(r, DIG, 12))
        return r.choice([group(num, [4, 6, 5]), num, group(num, [4, 6, 5], "-")])
    else:
        num = luhn_complete(r.choice(["6759", "5018", "6703"]) + rs(r, DIG, r.choice([11, 12, 14])))
    return r.choice([group(num, [4, 4, 4, 4, 4]), num, group(num, [4, 4, 4, 4, 4], "-"),
                     group(num, [4, 4, 4, 4, 4]), group(num, [4, 4, 4, 4, 4], "  ")])


def v_cvv(r, lang, var=None):
    return rs(r, DIG, 4 if var == "amex" else 3)


def v_card_expiry(r, lang, var=None):
    m, y = r.randint(1, 12), r.randint(25, 31)
    f = fam(lang)
    return r.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}",
                     f"{MONTHS[f][m - 1][:3].lower()} 20{y}", f"{m:02d} / {y}"])


def v_iban(r, lang, var=None):
    cc = var or r.choice(["NL", "NL", "BE", "BE", "FR", "DE", "GB", "LU"])
    if cc == "NL":
        s = iban_make("NL", r.choice(["INGB", "RABO", "ABNA", "SNSB", "BUNQ", "KNAB", "TRIO", "ASNB"]) + rs(r, DIG, 10))
    elif cc == "BE":
        b = rs(r, DIG, 10)
        c = int(b) % 97 or 97
        s = iban_make("BE", f"{b}{c:02d}")
    elif cc == "FR":
        bank, br, acc = rs(r, DIG, 5), rs(r, DIG, 5), rs(r, DIG, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
        s = iban_make("FR", f"{bank}{br}{acc}{key:02d}")
    elif cc == "DE":
        s = iban_make("DE", rs(r, DIG, 18))
    elif cc == "GB":
        s = iban_make("GB", r.choice(["NWBK", "BARC", "MONZ", "LOYD", "REVO"]) + rs(r, DIG, 14))
    else:
        s = iban_make("LU", rs(r, DIG, 3) + rs(r, UP + DIG, 13))
    k = r.random()
    if k < 0.45:
        return group(s, [4] * 9)
    if k < 0.7:
        return s
    if k < 0.82:
        return s.lower()
    if k < 0.9:
        return s[:2] + " " + s[2:4] + " " + group(s[4:], [4] * 8)
    return group(s, [4] * 9).lower()


def v_bsn(r, lang, var=None):
    if var == "be" or (var is None and lang in ("nl-be", "fr-be")):
        while True:
            yy, mm, dd = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)
            seq = r.randint(1, 997)
            base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
            born2000 = yy < 10
            chk = 97 - int(("2" if born2000 else "") + base) % 97
            d = base + f"{chk:02d}"
            return r.choice([f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", d, f"{d[:6]} {d[6:9]} {d[9:]}",
                             f"{d[:6]}-{d[6:9]}-{d[9:]}"])
    while True:
        d = str(r.randint(1, 9)) + rs(r, DIG, 7)
        s = sum(int(d[i]) * (9 - i) for i in range(8))
        c = s % 11
        if c < 10:
            d += str(c)
            break
    return r.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def v_email(r, lang, var=None, first="sam", last="jansen"):
    f, l = first.lower().replace("é", "e").replace("ë", "e").replace("è", "e"), last.lower().replace(" ", "")
    dom = r.choice({"nl": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com"],
                    "fr": ["gmail.com", "hotmail.be", "skynet.be", "outlook.be", "yahoo.fr", "icloud.com", "proton.me"],
                    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com", "aol.com", "proton.me"]}[fam(lang)])
    local = r.choice([f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{r.choice(GAMER_BITS).lower()}",
                      f"{r.choice(GAMER_BITS).lower()}{r.randint(100, 2012)}", f"{f}.{l}.{r.randint(2000, 2010)}"])
    if var == "obf":
        k = r.randrange(3)
        if k == 0:
            return f"{local.replace('.', ' . ')} @ {dom.replace('.', ' . ')}"
        if k == 1:
            return f"{local}[at]{dom.replace('.', '[dot]')}"
        return f"{local} at {dom.replace('.', ' dot ')}"
    return local + "@" + dom


def v_phone(r, lang, var=None):
    k = lang
    if var == "spelled":
        d = "06" + rs(r, DIG, 8) if fam(lang) == "nl" else ("04" + rs(r, DIG, 8) if fam(lang) == "fr" else "07" + rs(r, DIG, 9))
        return " ".join(d)
    if k == "nl":
        d = rs(r, DIG, 8)
        return r.choice([f"06{d}", f"06-{d}", f"06 {group(d, [2, 2, 2, 2])}", f"+31 6 {group(d, [2, 2, 2, 2])}",
                         f"+316{d}", f"0031 6 {d}", f"(06) {d[:4]} {d[4:]}"])
    if k in ("nl-be", "fr-be"):
        d = r.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "85", "86", "94", "95", "96", "97", "98", "99"]) + rs(r, DIG, 6)
        return r.choice([f"04{d}", f"04{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                         f"+324{d}", f"04{d[:2]}/{d[2:4]}.{d[4:6]}.{d[6:]}", f"0032 4{d}"])
    if k == "en-gb":
        d = r.choice(["7700", "7911", "7452", "7723", "7584", "7398"]) + rs(r, DIG, 6)
        return r.choice([f"0{d}", f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"+44{d}", f"0{d[:4]} {d[4:7]} {d[7:]}"])
    a = r.choice(["312", "415", "646", "213", "512", "702", "917", "480", "617", "206"])
    d = rs(r, "23456789", 1) + rs(r, DIG, 6)
    return r.choice([f"({a}) {d[:3]}-{d[3:]}", f"{a}-{d[:3]}-{d[3:]}", f"+1 {a} {d[:3]} {d[3:]}", f"{a}.{d[:3]}.{d[3:]}", f"{a}{d}"])


def v_dob(r, lang, var=None):
    y, m, d = r.randint(1998, 2010), r.randint(1, 12), r.randint(1, 28)
    f = fam(lang)
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}"]
    if f == "nl":
        opts += [f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"]
    elif f == "fr":
        opts += [f"{d} {MONTHS['fr'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"]
    elif lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1][:3]} {d} {y}"]
    else:
        opts += [f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}th {MONTHS['en'][m - 1]} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {MONTHS['en'][m - 1]} {y}"]
    return r.choice(opts)


def v_ip(r, lang, var=None):
    if r.random() < 0.15:
        return "2a02:" + ":".join(rs(r, "0123456789abcdef", 4) for _ in range(3)) + "::" + rs(r, "0123456789abcdef", 3)
    first = r.choice([31, 37, 62, 77, 81, 84, 86, 89, 91, 109, 145, 178, 188, 212, 213, 217, 82, 94])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def v_customer_number(r, lang, var=None):
    return r.choice([rs(r, DIG, 8), rs(r, DIG, 10), "CU" + rs(r, DIG, 7), f"1.{rs(r, DIG, 4)}.{rs(r, DIG, 3)}",
                     rs(r, DIG, 3) + "-" + rs(r, DIG, 6), "M" + rs(r, DIG, 9), rs(r, DIG, 2) + " " + rs(r, DIG, 4) + " " + rs(r, DIG, 4)])

# --------------------------------------------------------------------------- negatives

def n_amount(r, lang, var=None):
    e, c = r.randint(1, 499), r.randint(0, 99)
    f = fam(lang)
    if lang == "en-gb":
        return r.choice([f"£{e}.{c:02d}", f"£{e}", f"£ {e}.{c:02d}"])
    if lang == "en-us":
        return r.choice([f"${e}.{c:02d}", f"${e}", f"{e}.{c:02d} USD"])
    return r.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"{e},{c:02d}€", f"€{e}", f"{e} EUR", f"{e},-"])


def n_company_phone(r, lang, var=None):
    return r.choice({"nl": ["0800 0402", "088 0088 123", "0900 1234 567", "0800-2255", "+31 88 660 1010"],
                     "fr": ["078 05 05 05", "02 788 66 00", "0800 55 100", "+32 78 15 14 00", "070 22 44 00"],
                     "en": ["0800 028 0028", "0345 600 1200", "1-800-922-0204", "0333 202 4000", "(800) 555-0100"]}[fam(lang)])


def n_company_registration(r, lang, var=None):
    f = fam(lang)
    if f == "nl" and lang == "nl":
        return r.choice([rs(r, DIG, 8), "NL" + rs(r, DIG, 9) + "B01"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + rs(r, DIG, 9)
        return r.choice([f"BE{d}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}"])
    return r.choice(["GB" + rs(r, DIG, 9), rs(r, DIG, 8), f"{rs(r, DIG, 2)}-{rs(r, DIG, 7)}"])


def n_date(r, lang, var=None):
    d, m = r.randint(1, 28), r.randint(1, 12)
    f = fam(lang)
    return r.choice([f"{d}/{m}", f"{d:02d}-{m:02d}-2025", f"{d} {MONTHS[f][m - 1]}", f"{d:02d}.{m:02d}.", f"{d}-{m}"] +
                    ([f"{MONTHS['en'][m - 1]} {d}"] if lang == "en-us" else []))


def n_time(r, lang, var=None):
    h, m = r.randint(0, 23), r.choice([0, 5, 12, 15, 30, 41, 45, 59])
    f = fam(lang)
    if f == "en":
        return r.choice([f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d}pm", f"{h % 12 or 12}.{m:02d} am", f"{h % 12 or 12}am"])
    return r.choice([f"{h:02d}:{m:02d}", f"{h}u{m:02d}" if f == "nl" else f"{h}h{m:02d}", f"{h}.{m:02d}", f"{h}u" if f == "nl" else f"{h}h"])


def n_year(r, lang, var=None):
    return str(r.randint(2012, 2026))


def n_error_code(r, lang, var=None):
    return r.choice([f"CE-{rs(r, DIG, 6)}-{r.randint(0, 9)}", f"0x{rs(r, '0123456789ABCDEF', 8)}", f"E-{rs(r, DIG, 4)}",
                     "ERR_CONNECTION_RESET", f"NW-{rs(r, DIG, 5)}-{r.randint(0, 9)}", f"WS-{rs(r, DIG, 5)}-{r.randint(0, 9)}",
                     f"0x{rs(r, '0123456789abcdef', 8)}", f"error {r.choice(['403', '429', '500', '502', '1001', '2-2'])}",
                     f"AUTH_{r.choice(['TIMEOUT', 'FAILED', 'LOCKED'])}_{rs(r, DIG, 3)}", f"S{rs(r, DIG, 4)}", f"UI-{rs(r, DIG, 3)}",
                     f"code {rs(r, DIG, 4)}", f"{rs(r, DIG, 3)}-{rs(r, DIG, 4)}"])


def n_flight_number(r, lang, var=None):
    return r.choice(["KL", "FR", "U2", "HV", "SN", "TB", "VY", "BA", "LH", "AF", "W6", "TK", "UA", "AA"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def n_tracking_number(r, lang, var=None):
    return r.choice(["3S" + rs(r, UP, 4) + rs(r, DIG, 9), "1Z" + rs(r, UP + DIG, 6) + rs(r, DIG, 10), "JVGL" + rs(r, DIG, 16),
                     "CD" + rs(r, DIG, 9) + "BE", "LX" + rs(r, DIG, 9) + "NL", rs(r, DIG, 14), "TBA" + rs(r, DIG, 12),
                     "JD" + rs(r, DIG, 18), "9400" + rs(r, DIG, 18)])


def n_order_number(r, lang, var=None):
    if var == "pnr":
        return rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    return r.choice(["#" + rs(r, DIG, 7), f"{rs(r, DIG, 3)}-{rs(r, DIG, 7)}-{rs(r, DIG, 7)}", "10" + rs(r, DIG, 8),
                     "ORD-" + rs(r, UP + DIG, 6), f"{rs(r, DIG, 4)}-{rs(r, DIG, 4)}-{rs(r, DIG, 2)}", "#" + rs(r, UP, 2) + rs(r, DIG, 6),
                     rs(r, DIG, 9), "A" + rs(r, DIG, 9), f"{rs(r, UP + DIG, 4)}-{rs(r, UP + DIG, 4)}"])


def n_invoice_number(r, lang, var=None):
    return r.choice([f"INV-2025-{rs(r, DIG, 6)}", f"F{r.randint(2023, 2026)}/{rs(r, DIG, 5)}", rs(r, DIG, 10),
                     f"{r.randint(2024, 2026)}-{rs(r, DIG, 7)}", "FA" + rs(r, DIG, 8)])


def n_ticket_number(r, lang, var=None):
    return r.choice(["#" + rs(r, DIG, 7), "CS-" + rs(r, DIG, 6), rs(r, DIG, 8), f"{rs(r, DIG, 2)}-{rs(r, DIG, 6)}",
                     "INC" + rs(r, DIG, 7), "T" + rs(r, DIG, 9), "00" + rs(r, DIG, 6)])


def n_request_id(r, lang, var=None):
    h = "0123456789abcdef"
    return r.choice([f"{rs(r, h, 8)}-{rs(r, h, 4)}-4{rs(r, h, 3)}-{r.choice('89ab')}{rs(r, h, 3)}-{rs(r, h, 12)}",
                     "req_" + rs(r, AN, 14), rs(r, h, 16) + "-AMS", "X-" + rs(r, UP + DIG, 10), rs(r, h, 24)])


def n_meter_reading(r, lang, var=None):
    return r.choice([f"{r.randint(1000, 60000)} kWh", f"{r.randint(100, 9000)},{r.randint(0, 9)}", f"{r.randint(10, 999)} GB"])


def n_model_number(r, lang, var=None):
    return r.choice(["SM-A536B", "CFI-1216A", "CUH-2216A", "iPhone 13 mini", "Pixel 7a", "FRITZ!Box 7590", "HEG-001",
                     "Model 1914", "TC4400", "A2403", "SM-S911B", "Redmi Note 12", "Galaxy A14", "XR500"])


def n_product_code(r, lang, var=None):
    return r.choice(["SKU " + rs(r, DIG, 7), rs(r, DIG, 13), "PS5-" + rs(r, UP, 2) + "-" + rs(r, DIG, 2), rs(r, UP, 3) + "-" + rs(r, DIG, 5),
                     "B0" + rs(r, UP + DIG, 8), f"{rs(r, DIG, 4)}.{rs(r, DIG, 3)}.{rs(r, DIG, 2)}"])


def n_version_string(r, lang, var=None):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(14, 18)}.{r.randint(0, 7)}.{r.randint(0, 3)}",
                     f"{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(0, 999)}", f"build {r.randint(1000, 99999)}",
                     f"{r.randint(20, 26)}.{r.randint(1, 12)}.{r.randint(1, 5)}", f"v{r.randint(1, 40)}.{r.randint(0, 9)}"])


def n_percentage(r, lang, var=None):
    return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 99)} %", f"{r.randint(1, 99)},{r.randint(1, 9)}%"])


def n_quantity(r, lang, var=None):
    f = fam(lang)
    return r.choice([f"{r.randint(2, 9)}x", f"{r.randint(2, 12)} " + {"nl": "stuks", "fr": "pièces", "en": "items"}[f],
                     f"{r.choice([5, 10, 20, 50, 100])} GB", f"{r.randint(2, 6)} " + {"nl": "pizza's", "fr": "menus", "en": "burgers"}[f],
                     f"{r.choice([1000, 2800, 5000, 13500])} V-Bucks"])


def n_url(r, lang, var=None):
    return r.choice(["https://support.example-games.com/recover", "https://bit.ly/3" + rs(r, AN, 6), "www.mijnaccount.nl/herstel",
                     "https://account.example.com/2fa/reset", "https://help.shop.be/fr/retours", "t.co/" + rs(r, AN, 10),
                     "https://status.example.net", "https://www.example.co.uk/track?id=" + rs(r, DIG, 6)])


def n_hashtag(r, lang, var=None):
    return "#" + r.choice(["fail", "klantenservice", "nooit meer".replace(" ", ""), "hacked", "help", "scam", "customerservice",
                           "jamais", "arnaque", "gaming", "PS5", "Fortnite", "ryanairfail", "thuisbezorgd", "annoyed", "wtf", "servicepublic",
                           "nopenope", "fraude", "delayed", "stillwaiting", "teamxbox"])


def n_port(r, lang, var=None):
    return r.choice(["3074", "3478", "3479", "3658", "9308", "443", "8080", "27015", "25565"])


def n_checksum(r, lang, var=None):
    return rs(r, "0123456789abcdef", r.choice([32, 40, 64]))


GEN = {k[2:]: v for k, v in globals().items() if k.startswith("v_")}
GEN["ip_address"] = v_ip
GEN["date_of_birth"] = v_dob
NEG = {k[2:]: v for k, v in globals().items() if k.startswith("n_")}

# --------------------------------------------------------------------------- builder


class Builder:
    def __init__(self):
        self.parts = []  # (text, kind, label)

    def lit(self, s):
        if s:
            self.parts.append((s, None, None))

    def span(self, t, v):
        assert t in SPAN_TYPES, t
        self.parts.append((v, "span", t))

    def neg(self, k, v):
        assert k in NEG_KINDS, k
        self.parts.append((v, "neg", k))

    def extend(self, other):
        self.parts.extend(other.parts)

    def render(self):
        text, spans, negs, pos = "", [], [], 0
        for s, kind, lab in self.parts:
            if kind == "span":
                spans.append({"type": lab, "start": pos, "end": pos + len(s)})
            elif kind == "neg":
                negs.append({"kind": lab, "start": pos, "end": pos + len(s)})
            text += s
            pos += len(s)
        return text, spans, negs


def check_record(rec):
    t = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for kind, lab, a, b in items:
        if not (0 <= a < b <= len(t)):
            raise AssertionError(f"{rec['id']}: {lab} out of range")
        v = t[a:b]
        if v != v.strip():
            raise AssertionError(f"{rec['id']}: {lab} has surrounding whitespace: {v!r}")
        if kind == "span":
            if lab not in SPAN_TYPES:
                raise AssertionError(f"{rec['id']}: bad type {lab}")
            if lab == "card" and not luhn_ok(v):
                raise AssertionError(f"{rec['id']}: card fails Luhn: {v!r}")
            if lab == "iban" and not iban_ok(v):
                raise AssertionError(f"{rec['id']}: iban fails mod97: {v!r}")
            if lab == "bsn" and not bsn_ok(v):
                raise AssertionError(f"{rec['id']}: bsn fails check: {v!r}")
        elif lab not in NEG_KINDS:
            raise AssertionError(f"{rec['id']}: bad neg kind {lab}")
    srt = sorted(items, key=lambda x: x[2])
    for x, y in zip(srt, srt[1:]):
        if y[2] < x[3]:
            raise AssertionError(f"{rec['id']}: overlap {x} {y}")
