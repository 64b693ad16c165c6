"""Value generators (labelled spans and hard negatives). Standard library only."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits


def rd(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


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


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, ck = int(d[:9]), int(d[9:])
    return 97 - base % 97 == ck or 97 - int("2" + d[:9]) % 97 == ck


def be_ent_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


# ---------------------------------------------------------------- spans

def card(rng, lang):
    kind = rng.random()
    if kind < 0.15:
        num = luhn_complete(rng.choice(["34", "37"]) + rd(rng, 12))
        g = [num[:4], num[4:10], num[10:]]
    else:
        pre = "4" if kind < 0.6 else rng.choice(["51", "52", "53", "54", "55", "2221"])
        num = luhn_complete(pre + rd(rng, 15 - len(pre)))
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", " ", "-", "", " ", "."])
    return sep.join(g) if sep != "." else " ".join(g)


def cvv(rng, lang):
    return rd(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def iban(rng, lang, cc=None):
    if cc is None:
        base = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
        cc = base if rng.random() < 0.75 else rng.choice(["NL", "BE", "DE", "GB", "FR", "LU"])
    if cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rd(rng, 10)
    elif cc == "BE":
        a = rd(rng, 10)
        ck = int(a) % 97 or 97
        bban = a + f"{ck:02d}"
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(rng, 14)
    elif cc == "DE":
        bban = rd(rng, 18)
    elif cc == "FR":
        bban = rd(rng, 23)
    else:
        bban = rd(rng, 3) + rd(rng, 13)
    ib = iban_make(cc, bban)
    st = rng.random()
    if st < 0.5:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st < 0.6:
        ib = ib.lower()
    elif st < 0.68:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    return ib


def bsn(rng, lang):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            assert bsn_ok(s)
            break
    st = rng.random()
    if st < 0.6:
        return s
    if st < 0.8:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def rrn(rng, lang):
    y = rng.randint(1940, 2005)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    nine = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    base = int(("2" if y >= 2000 else "") + nine)
    ck = 97 - base % 97
    s = nine + f"{ck:02d}"
    assert rrn_ok(s)
    st = rng.random()
    if st < 0.45:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st < 0.75:
        return s
    if st < 0.9:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


def national_id(rng, lang):
    return rrn(rng, lang) if lang in ("nl-be", "fr-be") else bsn(rng, lang)


def phone(rng, lang):
    r = rng.random()
    if lang == "nl":
        if r < 0.7:
            n = "6" + rd(rng, 8)
            return rng.choice([f"0{n[:1]}-{n[1:]}", f"0{n[:1]} {n[1:5]} {n[5:]}", f"+31 6 {n[1:]}", f"+31{n}",
                               f"0031 6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 (0)6 {n[1:5]} {n[5:]}", f"0{n}",
                               f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "71", "346"])
        rest = rd(rng, 9 - len(a))
        return rng.choice([f"0{a}-{rest}", f"0{a} {rest[:3]} {rest[3:]}", f"+31 {a} {rest}", f"(0{a}) {rest}"])
    if lang in ("nl-be", "fr-be"):
        if r < 0.7:
            n = rng.choice(["47", "48", "49", "46"]) + rd(rng, 7)
            return rng.choice([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}",
                               f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}", f"0032 {n[:3]} {n[3:]}",
                               f"0{n[:3]}/{n[3:]}", f"0{n}", f"+32 (0){n[:3]} {n[3:6]} {n[6:]}"])
        a = rng.choice(["2", "3", "9", "4", "10", "16", "81"])
        rest = rd(rng, 8 - len(a))
        return rng.choice([f"0{a} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{a}/{rest}", f"+32 {a} {rest[:3]} {rest[3:]}"])
    if lang == "en-gb":
        if r < 0.7:
            n = "7" + rng.choice(["7", "8", "9", "4", "5"]) + rd(rng, 8)
            return rng.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n}",
                               f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0044 {n[:4]} {n[4:]}"])
        a = rng.choice(["20 7", "20 8", "161 4", "113 2", "131 3", "117 9"])
        return rng.choice([f"0{a}{rd(rng, 2)} {rd(rng, 4)}", f"+44 {a}{rd(rng, 2)} {rd(rng, 4)}"])
    area = rng.choice(["212", "415", "312", "617", "503", "206", "718", "404", "512", "646"])
    ex = rng.choice(["555", str(rng.randint(201, 989))])
    ln = rd(rng, 4)
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}",
                       f"1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"{area}{ex}{ln}"])


def company_phone(rng, lang):
    if lang == "nl":
        return rng.choice(["0800-0" + rd(rng, 3), "088 " + rd(rng, 3) + " " + rd(rng, 4), "0900-" + rd(rng, 4),
                           "0900 " + rd(rng, 7), "088-" + rd(rng, 7), "+31 88 " + rd(rng, 7)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + rd(rng, 2) + " " + rd(rng, 2) + " " + rd(rng, 2), "0800 " + rd(rng, 2) + " " + rd(rng, 3),
                           "070 " + rd(rng, 3) + " " + rd(rng, 3), "078/" + rd(rng, 6), "+32 78 " + rd(rng, 6)])
    if lang == "en-gb":
        return rng.choice(["0800 " + rd(rng, 3) + " " + rd(rng, 4), "0345 " + rd(rng, 3) + " " + rd(rng, 4),
                           "0330 " + rd(rng, 3) + " " + rd(rng, 4), "03457 " + rd(rng, 6)])
    return rng.choice(["1-800-" + rd(rng, 3) + "-" + rd(rng, 4), "1-888-" + rd(rng, 3) + "-" + rd(rng, 4),
                       "(800) " + rd(rng, 3) + "-" + rd(rng, 4), "1 (877) " + rd(rng, 3) + "-" + rd(rng, 4)])


def email(rng, lang, first="sam", last="jansen"):
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e")
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "live.nl", "planet.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "proximus.be", "yahoo.fr"],
           "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk"],
           "en-us": ["gmail.com", "yahoo.com", "icloud.com", "aol.com", "comcast.net", "outlook.com"]}[lang]
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}",
                        f"{f}{rng.randint(70, 99)}", f"{f[0]}{l}{rng.randint(1, 9)}", f"{f}-{l}"])
    return f"{local}@{rng.choice(dom)}"


def password(rng, lang):
    r = rng.random()
    if r < 0.4:
        return "".join(rng.choice(ALNUM + "!#$%&*?@") for _ in range(rng.randint(9, 16)))
    words = {"nl": ["Zomer", "Verhuizen", "Nieuwhuis", "Fietsje", "Appeltaart", "Kanarie", "Sleutel", "Dozen"],
             "nl-be": ["Frietjes", "Zomer", "Kasteel", "Verhuis", "Mechelen", "Duvel"],
             "fr-be": ["Soleil", "Demenage", "Maison", "Chaton", "Bruxelles", "Gaufre"],
             "en-gb": ["Sunshine", "Moving", "Biscuit", "Teapot", "NewHome", "Brolly"],
             "en-us": ["Baseball", "Moving", "Pumpkin", "Freedom", "NewPlace", "Bluebird"]}[lang]
    w = rng.choice(words)
    return rng.choice([f"{w}{rng.randint(1, 2025)}!", f"{w.lower()}#{rd(rng, 2)}", f"{w}_{w[:3].lower()}{rd(rng, 3)}",
                       f"{rd(rng, 2)}{w}?", f"{w}{rng.choice('@$%&')}{rd(rng, 4)}", f"{w[0].lower()}{w[1:].upper()}{rd(rng, 2)}"])


def pin(rng, lang):
    r = rng.random()
    if r < 0.6:
        return rd(rng, 4)
    if r < 0.75:
        return rd(rng, 6)
    if r < 0.88:
        return rd(rng, 4) + "#"
    return rd(rng, 5)


def puk(rng, lang):
    return rd(rng, 8)


WORDS = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "en": "zero one two three four five six seven eight nine".split()}


def otp(rng, lang):
    r = rng.random()
    d = rd(rng, 6)
    if r < 0.5:
        return d
    if r < 0.65:
        return f"{d[:3]} {d[3:]}"
    if r < 0.75:
        return f"{d[:3]}-{d[3:]}"
    if r < 0.82:
        return rd(rng, rng.choice([4, 5, 8]))
    fam = "nl" if lang.startswith("nl") else "fr" if lang == "fr-be" else "en"
    return " ".join(WORDS[fam][int(c)] for c in d)


def wifi_key(rng, lang):
    r = rng.random()
    if r < 0.5:
        return "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(rng.choice([10, 12, 16])))
    if r < 0.75:
        return "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 20)))
    w = rng.choice(["gezellig", "bonjour", "cuppa", "hotdog", "tulpen", "fritkot", "pancake"])
    return f"{w}{rd(rng, 4)}{rng.choice('!?#')}{w[:2].upper()}"


def username(rng, lang, first="sam", last="jansen"):
    f, l = first.lower()[:12].replace("é", "e"), last.lower().replace(" ", "").replace("'", "").replace("é", "e")
    return rng.choice([f"{f}{l[:4]}{rd(rng, 2)}", f"{f[0]}{l}", f"{f}.{l}", f"{l}_{f[0]}{rd(rng, 3)}",
                       f"{f}{rng.randint(1970, 2004)}", f"{f.upper()[0]}{l.capitalize()}{rd(rng, 1)}"])


def api_key(rng, lang):
    r = rng.random()
    if r < 0.3:
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + "".join(rng.choice(ALNUM) for _ in range(24))
    if r < 0.5:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(16))
    if r < 0.6:
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    if r < 0.75:
        return "AIza" + "".join(rng.choice(ALNUM + "-_") for _ in range(35))
    if r < 0.87:
        return "SG." + "".join(rng.choice(ALNUM) for _ in range(22)) + "." + "".join(rng.choice(ALNUM) for _ in range(43))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def aws_secret(rng, lang):
    return "".join(rng.choice(ALNUM + "/+") for _ in range(40))


def token(rng, lang):
    r = rng.random()
    import base64
    if r < 0.35:
        def b(n):
            return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n))).decode().rstrip("=")
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b(rng.randint(30, 60)) + "." + b(32)
    if r < 0.55:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if r < 0.8:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    return "".join(rng.choice(ALNUM + "-_") for _ in range(rng.randint(28, 44)))


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def fam(lang):
    return "nl" if lang.startswith("nl") else "fr" if lang == "fr-be" else "en"


def date_of_birth(rng, lang):
    y, m, d = rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[fam(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}th {mn} {y}" if d > 3 and d < 21 else f"{d} {mn[:3]} {y}", f"{d:02d}.{m:02d}.{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}",
                       f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"])


def customer_number(rng, lang, variant=None):
    v = variant or rng.choice(["plain", "plain", "prefixed", "ean", "contract", "member", "policy"])
    if v == "ean":
        if lang in ("nl-be", "fr-be"):
            s = "5414" + rd(rng, 14)
        else:
            s = "871" + rd(rng, 15)
        return s if rng.random() < 0.7 else " ".join(s[i:i + 6] for i in range(0, 18, 6))
    if v == "mpan":
        s = rd(rng, 13)
        return s if rng.random() < 0.5 else f"{s[:2]} {s[2:6]} {s[6:10]} {s[10:]}"
    if v == "prefixed":
        return rng.choice(["KL", "CU", "C-", "ACC-", "K", "NR"]) + rd(rng, rng.choice([6, 7, 8]))
    if v == "contract":
        return rng.choice([f"{rd(rng, 3)}-{rd(rng, 7)}", f"CT{rd(rng, 8)}", f"{rd(rng, 4)}/{rd(rng, 5)}", rd(rng, 10)])
    if v == "member":
        return rng.choice([f"{rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)}", f"M{rd(rng, 7)}", rd(rng, 9)])
    if v == "policy":
        return rng.choice([f"POL-{rd(rng, 7)}", f"{rd(rng, 2)}.{rd(rng, 3)}.{rd(rng, 3)}", f"HB{rd(rng, 6)}X"])
    return rd(rng, rng.choice([6, 7, 8, 9, 10, 12]))


def ip_address(rng, lang):
    r = rng.random()
    if r < 0.3:
        return f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}"
    if r < 0.85:
        return f"{rng.randint(31, 217)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(3)) + "::" + f"{rng.randrange(65536):x}"


def address(rng, lang, pools):
    st = rng.choice(pools["street_" + lang])
    city = rng.choice(pools["city_" + lang])
    n = rng.randint(1, 240)
    if lang == "nl":
        num = rng.choice([str(n), f"{n}a", f"{n}-II", f"{n} hs", f"{n}-3", f"{n}B"])
        pc = f"{rng.randint(1011, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        return rng.choice([f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}", f"{st} {num}, {pc.replace(' ', '')} {city.upper()}", f"{st} {num}, {city}"])
    if lang in ("nl-be", "fr-be"):
        bus = rng.choice(["", "", f" bus {rng.randint(1, 30)}", f"/{rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}" if lang == "fr-be" else f" bus {rng.randint(1, 9)}"])
        pc = rng.randint(1000, 9990)
        if lang == "fr-be":
            return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st}, {n}{bus} - {pc} {city}", f"{st} {n}{bus}", f"{st} {n}{bus} {pc} {city}"])
        return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st} {n}{bus}", f"{st} {n}{bus} - {pc} {city}", f"{st} {n}{bus} {pc} {city}"])
    if lang == "en-gb":
        pc = rng.choice(["LS6 2AB", "M14 5RT", "BS3 4QL", "SW11 6PN", "EH7 5JQ", "CB1 2AD", "NR2 3HT", "OX4 1DY", "G12 8QQ", "CF24 4AH"])
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}A "])
        if flat.endswith("A "):
            return f"{flat.strip()} {st}, {city} {pc}"
        return rng.choice([f"{flat}{n} {st}, {city} {pc}", f"{flat}{n} {st}, {city}, {pc}", f"{flat}{n} {st}", f"{n} {st} {city} {pc}"])
    stt = rng.choice([("OR", "972"), ("NY", "112"), ("IL", "606"), ("MA", "021"), ("TX", "787"), ("WA", "981"), ("GA", "303"), ("CA", "941")])
    unit = rng.choice(["", "", f" Apt {rng.randint(1, 20)}{rng.choice('ABC')}", f" Unit {rng.randint(100, 999)}", f", #{rng.randint(2, 40)}"])
    return rng.choice([f"{n * 7} {st}{unit}, {city}, {stt[0]} {stt[1]}{rd(rng, 2)}", f"{n * 7} {st}{unit}", f"{n * 7} {st}{unit} {city} {stt[0]} {stt[1]}{rd(rng, 2)}"])


# ---------------------------------------------------------------- negatives

def neg(kind, rng, lang, pools):
    f = fam(lang)
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        mn = MONTHS[f][m - 1]
        if f == "en":
            return rng.choice([f"{mn} {d}", f"{d} {mn}", f"{d:02d}/{m:02d}/2025" if lang == "en-gb" else f"{m}/{d}/2025", f"{mn[:3]} {d}", f"{d}/{m}"])
        return rng.choice([f"{d} {mn}", f"{d:02d}-{m:02d}-2025", f"{d}/{m}", f"{d:02d}/{m:02d}/2025", f"{d} {mn} 2025", f"{d}-{m}"])
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
        if f == "en":
            return rng.choice([f"{h}:{mi:02d}", f"{h % 12 or 12}:{mi:02d}pm" if h > 12 else f"{h}:{mi:02d}am", f"{h % 12 or 12} pm" if h > 12 else f"{h}am"])
        if f == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
        return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d} uur"])
    if kind == "amount":
        a = rng.randint(15, 4800)
        c = rng.randint(0, 99)
        if lang == "en-gb":
            return rng.choice([f"£{a:,}", f"£{a}.{c:02d}", f"GBP {a}", f"£{a:,}.00"])
        if lang == "en-us":
            return rng.choice([f"${a:,}", f"${a:,}.{c:02d}", f"USD {a}", f"{a} dollars"])
        th = f"{a:,}".replace(",", ".")
        return rng.choice([f"€ {th},{c:02d}", f"€{a}", f"{a} euro", f"EUR {a},{c:02d}", f"{th} €", f"€{a},-", f"{a},{c:02d} EUR"])
    if kind == "quantity":
        n = rng.randint(2, 60)
        u = {"nl": ["dozen", "verhuisdozen", "m³", "kuub", "meubelstukken", "kg", "rollen tape"],
             "fr": ["cartons", "m³", "meubles", "caisses", "kg"],
             "en": ["boxes", "crates", "cubic metres" if lang == "en-gb" else "cubic feet", "items", "kg", "tea chests"]}[f]
        return f"{n} {rng.choice(u)}"
    if kind == "percentage":
        return rng.choice([f"{rng.randint(2, 30)}%", f"{rng.randint(2, 30)} %", f"{rng.randint(1, 9)},5%" if f != "en" else f"{rng.randint(1, 9)}.5%"])
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "order_number":
        return rng.choice([f"ORD-2025-{rd(rng, 6)}", f"{rng.choice('AB')}{rd(rng, 9)}", f"#{rd(rng, 7)}", f"{rd(rng, 10)}", f"WEB{rd(rng, 6)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{rd(rng, 7)}", f"CASE-{rd(rng, 8)}", f"SR{rd(rng, 9)}", f"{rd(rng, 8)}", f"INC{rd(rng, 7)}", f"CS-{rd(rng, 4)}-{rd(rng, 5)}", f"{rd(rng, 2)}-{rd(rng, 6)}"])
    if kind == "invoice_number":
        return rng.choice([f"F2025-{rd(rng, 5)}", f"INV-{rd(rng, 6)}", f"{rd(rng, 10)}", f"FA{rd(rng, 8)}", f"2025/{rd(rng, 4)}"])
    if kind == "tracking_number":
        return rng.choice([f"3S{''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}{rd(rng, 7)}",
                           f"CD{rd(rng, 9)}BE", f"1Z{rd(rng, 3)}{''.join(rng.choice(string.ascii_uppercase) for _ in range(2))}{rd(rng, 11)}",
                           f"9400 {rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)} {rd(rng, 4)} {rd(rng, 2)}", f"JJD{rd(rng, 18)}", f"{rd(rng, 2)}{rd(rng, 16)}"])
    if kind == "request_id":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return rng.choice([f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}", f"req_{h[:20]}", f"REQ-{h[:12].upper()}"])
    if kind == "error_code":
        return rng.choice([f"E-{rd(rng, 3)}", f"ERR_{rng.choice(['TIMEOUT', 'ADDRESS_INVALID', 'SESSION_EXPIRED', 'PC_MISMATCH'])}", f"0x8007{rd(rng, 4)}", f"HTTP {rng.choice(['403', '500', '502', '504'])}", f"code {rng.choice(['401', '429', '503'])}", f"E{rd(rng, 4)}"])
    if kind == "version_string":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(14, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"build {rng.randint(2023, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}", f"Android {rng.randint(11, 15)}", f"{rng.randint(1, 7)}.{rng.randint(0, 99)}"])
    if kind == "model_number":
        return rng.choice(pools["model"])
    if kind == "product_code":
        return rng.choice([f"SKU-{rd(rng, 5)}", f"{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 2)}", f"ART {rd(rng, 6)}", f"BOX-{rng.choice(['S', 'M', 'L', 'XL'])}-{rd(rng, 3)}", f"P{rd(rng, 4)}-{rng.choice(['NL', 'BE', 'UK'])}"])
    if kind == "flight_number":
        return rng.choice([f"KL{rd(rng, 4)}", f"SN {rd(rng, 4)}", f"BA{rd(rng, 3)}", f"UA {rd(rng, 3)}", f"HV{rd(rng, 4)}", f"FR {rd(rng, 4)}"])
    if kind == "company_phone":
        return company_phone(rng, lang)
    if kind == "company_registration":
        if lang == "nl":
            return rng.choice([rd(rng, 8), f"NL{rd(rng, 9)}B0{rng.randint(1, 9)}"])
        if lang in ("nl-be", "fr-be"):
            a = rng.choice(["04", "05", "07", "08"]) + rd(rng, 6)
            ck = 97 - int(a) % 97
            s = a + f"{ck:02d}"
            assert be_ent_ok(s)
            return rng.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", s])
        if lang == "en-gb":
            return rng.choice([f"0{rd(rng, 7)}", f"GB {rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}", f"SC{rd(rng, 6)}"])
        return rng.choice([f"{rd(rng, 2)}-{rd(rng, 7)}", f"DOT {rd(rng, 7)}", f"MC-{rd(rng, 6)}"])
    if kind == "url":
        return rng.choice(pools["url"]) + rng.choice(["", "", f"?ref={rd(rng, 5)}", f"/{rd(rng, 4)}"])
    if kind == "mention":
        return rng.choice(pools["mention"])
    if kind == "hashtag":
        return rng.choice(pools["hashtag_" + f])
    if kind == "masked_value":
        return rng.choice([f"****{rd(rng, 4)}", f"NL** **** **** {rd(rng, 4)} {rd(rng, 2)}", f"BE** **** **** {rd(rng, 4)}",
                           f"xxxx-xxxx-xxxx-{rd(rng, 4)}", f"•••• {rd(rng, 4)}", f"06-****{rd(rng, 4)}", f"j***@gmail.com",
                           f"XXXXXXXX{rd(rng, 4)}", f"***-**-{rd(rng, 4)}", f"+44 7*** ***{rd(rng, 3)}"])
    if kind == "meter_reading":
        return rng.choice([rd(rng, 5), f"{rng.randint(1, 99)}.{rd(rng, 3)}", f"{rd(rng, 6)}", f"{rng.randint(100, 9999)},{rng.randint(0, 9)}", f"{rng.randint(100, 99999)}"])
    if kind == "port":
        return rng.choice(["8080", "443", "22", "3389", "8443", "51413", "1194", "5060"])
    if kind == "checksum":
        n = rng.choice([32, 40, 64, 8])
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))
    raise KeyError(kind)
