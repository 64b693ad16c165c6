"""Value generators for the blind120 corpus (stdlib only).

Every generator takes (r, P, lang) where r is a random.Random and P the dealt
filler pools of one half, and returns a string (the value only, no cue).
"""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPAN = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def country(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}[lang]


# ---------------------------------------------------------------- checks
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


def iban_ok(v):
    s = v.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- secrets
def password(r, P, lang):
    w = r.choice(P["pwwords"])
    k = r.randrange(7)
    if k == 0:
        return w.capitalize() + str(r.randint(1, 2025)) + r.choice("!?#$*@")
    if k == 1:
        return w + r.choice("_.-") + r.choice(P["pwwords"]) + str(r.randint(10, 99))
    if k == 2:
        return rs(r, ALNUM + "!#%&*", r.randint(10, 16))
    if k == 3:
        t = w.replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return t.capitalize() + str(r.randint(0, 99))
    if k == 4:
        return w.lower() + str(r.randint(100, 9999))
    if k == 5:
        return r.choice(P["pwwords"]).upper() + "-" + w + "!" + str(r.randint(1, 9))
    return rs(r, string.ascii_lowercase, 4) + rs(r, DIG, 3) + rs(r, string.ascii_uppercase, 3)


def pin(r, P, lang):
    n = r.choice([4, 4, 4, 4, 5, 6])
    return rs(r, DIG, n)


def puk(r, P, lang):
    v = rs(r, DIG, 8)
    return v if r.random() < .8 else v[:4] + " " + v[4:]


def otp(r, P, lang):
    v = rs(r, DIG, r.choice([6, 6, 6, 5, 8]))
    k = r.random()
    if k < .12 and len(v) == 6:
        return v[:3] + " " + v[3:]
    if k < .2 and len(v) == 6:
        return v[:3] + "-" + v[3:]
    return v


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(r, P, lang):
    key = "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"
    ws = [r.choice(NUMW[key]) for _ in range(6)]
    if key == "en" and r.random() < .4:
        ws = ["oh" if w == "zero" else w for w in ws]
    sep = r.choice([" ", " ", "-", ", "])
    return sep.join(ws)


def wifi_key(r, P, lang):
    k = r.randrange(5)
    if k == 0:
        return rs(r, ALNUM, r.randint(12, 20))
    if k == 1:
        return "-".join(r.choice(P["pwwords"]) for _ in range(3)) + str(r.randint(1, 99))
    if k == 2:
        return rs(r, "0123456789ABCDEF", r.choice([10, 26]))
    if k == 3:
        return rs(r, UPAN, 4) + "-" + rs(r, UPAN, 4) + "-" + rs(r, UPAN, 4)
    return r.choice(P["pwwords"]).capitalize() + rs(r, DIG, 4) + r.choice(P["pwwords"])


def username(r, P, lang):
    f, l = r.choice(P["first"]).lower(), r.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    k = r.randrange(6)
    if k == 0:
        return f[0] + l + str(r.randint(1, 99))
    if k == 1:
        return f + "." + l
    if k == 2:
        return l + "_" + str(r.randint(60, 99))
    if k == 3:
        return f + str(r.randint(1970, 2010))
    if k == 4:
        return f.capitalize() + l.capitalize()[:4] + rs(r, DIG, 2)
    return "u" + rs(r, DIG, 6)


def api_key(r, P, lang):
    k = r.randrange(7)
    if k == 0:
        return "sk_live_" + rs(r, ALNUM, 24)
    if k == 1:
        return "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)
    if k == 2:
        return rs(r, ALNUM + "/+", 40)  # AWS secret
    if k == 3:
        return "AIza" + rs(r, ALNUM + "-_", 35)
    if k == 4:
        return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)
    if k == 5:
        return "key-" + rs(r, HEX, 32)
    return "pk_test_" + rs(r, ALNUM, 24)


def aws_secret(r, P, lang):
    return rs(r, ALNUM + "/+", 40)


def aws_id(r, P, lang):
    return "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)


def token(r, P, lang):
    import base64
    k = r.randrange(6)
    if k == 0:
        body = base64.urlsafe_b64encode(('{"sub":"%d","iat":%d}' % (r.randint(10**5, 10**7), r.randint(1.6e9, 1.8e9))).encode()).decode().rstrip("=")
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + body + "." + rs(r, ALNUM + "-_", 43)
    if k == 1:
        return "ghp_" + rs(r, ALNUM, 36)
    if k == 2:
        return rs(r, HEX, r.choice([32, 40]))
    if k == 3:
        return "xoxp-" + rs(r, DIG, 11) + "-" + rs(r, DIG, 12) + "-" + rs(r, HEX, 32)
    if k == 4:
        return "ya29." + rs(r, ALNUM + "-_", 60)
    return "sess_" + rs(r, ALNUM, 28)


# ---------------------------------------------------------------- payment
def _luhn_complete(prefix, length, r):
    body = prefix + rs(r, DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c


def card(r, P, lang):
    k = r.randrange(5)
    if k <= 1:
        n = _luhn_complete("4", 16, r)
    elif k == 2:
        n = _luhn_complete(str(r.randint(51, 55)), 16, r)
    elif k == 3:
        n = _luhn_complete(str(r.randint(2221, 2720)), 16, r)
    else:
        n = _luhn_complete(r.choice(["34", "37"]), 15, r)
        g = r.random()
        if g < .6:
            return n[:4] + " " + n[4:10] + " " + n[10:]
        return n
    g = r.random()
    if g < .55:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if g < .75:
        return n
    if g < .9:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < .3 else n[:4] + " " + n[4:8] + n[8:12] + " " + n[12:]


def cvv(r, P, lang):
    return rs(r, DIG, 3)


def expiry(r, P, lang):
    m, y = r.randint(1, 12), r.randint(25, 31)
    k = r.randrange(5)
    if k == 0:
        return "%02d/%02d" % (m, y)
    if k == 1:
        return "%02d/20%02d" % (m, y)
    if k == 2:
        return "%d-%02d" % (m, y)
    if k == 3:
        return "%02d / %02d" % (m, y)
    mon = MONTHS[_mkey(lang)][m - 1][:3]
    return "%s 20%02d" % (mon, y)


def _iban_fix(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return cc + "%02d" % (98 - int(n) % 97) + bban


def iban(r, P, lang, cc=None):
    if cc is None:
        c = country(lang)
        cc = {"nl": "NL", "be": "BE", "gb": "GB", "us": r.choice(["NL", "DE", "GB", "FR"])}[c]
        if r.random() < .1:
            cc = r.choice(["DE", "FR", "NL", "BE", "LU"])
    if cc == "NL":
        bban = r.choice(P["nlbanks"]) + rs(r, DIG, 10)
    elif cc == "BE":
        f = rs(r, DIG, 10)
        c2 = int(f) % 97 or 97
        bban = f + "%02d" % c2
    elif cc == "DE":
        bban = rs(r, DIG, 18)
    elif cc == "FR":
        bban = rs(r, DIG, 10) + rs(r, UPAN, 11) + rs(r, DIG, 2)
    elif cc == "LU":
        bban = rs(r, DIG, 3) + rs(r, UPAN, 13)
    else:
        bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MONZ"]) + rs(r, DIG, 14)
    v = _iban_fix(cc, bban)
    g = r.random()
    if g < .55:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r.random() < .1:
        v = v.lower()
    return v


def bsn(r, P, lang):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last <= 9:
            d.append(last)
            v = "".join(map(str, d))
            break
    k = r.random()
    if k < .15:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if k < .25:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v


def rrn(r, P, lang):
    y = r.randint(1950, 2019)
    m, d = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    chk = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
    v = base + "%02d" % chk
    k = r.random()
    if k < .5:
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if k < .7:
        return "%s %s %s" % (v[:6], v[6:9], v[9:])
    return v


def natid(r, P, lang):
    return rrn(r, P, lang) if lang in ("nl-be", "fr-be") else bsn(r, P, lang)


# ---------------------------------------------------------------- contact
def email(r, P, lang):
    f, l = r.choice(P["first"]).lower(), r.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    dom = r.choice(P["maildom_" + country(lang)] + P["maildom_x"])
    k = r.randrange(5)
    loc = [f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), l + "." + f[0], f + "_" + l][k]
    v = loc + "@" + dom
    return v if r.random() > .05 else v.capitalize()


def phone(r, P, lang):
    c = country(lang)
    k = r.randrange(6)
    if c == "nl":
        if r.random() < .75:
            n = "6" + rs(r, DIG, 8)
            return ["06-" + n[1:], "06 " + n[1:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:], "+31 6 " + n[1:5] + " " + n[5:],
                    "0031" + n, "+31" + n, "06" + n[1:]][k]
        a = r.choice(["20", "10", "30", "70", "40", "50", "71", "13", "24", "38"])
        s = rs(r, DIG, 7)
        return ["0%s-%s" % (a, s), "0%s %s %s" % (a, s[:3], s[3:]), "+31 %s %s" % (a, s), "0%s%s" % (a, s), "(0%s) %s" % (a, s), "0%s-%s %s" % (a, s[:3], s[3:])][k]
    if c == "be":
        if r.random() < .75:
            n = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "486", "494", "496", "499"]) + rs(r, DIG, 6)
            return ["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]),
                    "0" + n, "+32" + n, "0032 %s %s" % (n[:3], n[3:])][k]
        a = r.choice(["2", "3", "9", "4", "10", "16", "50", "11"])
        s = rs(r, DIG, 8 - len(a))
        return ["0%s %s %s %s" % (a, s[:-4], s[-4:-2], s[-2:]), "+32 %s %s" % (a, s), "0%s/%s" % (a, s), "0%s%s" % (a, s), "0%s %s" % (a, s), "0%s-%s" % (a, s)][k]
    if c == "gb":
        if r.random() < .7:
            n = "7" + rs(r, DIG, 9)
            return ["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "0%s" % n, "+44 (0)%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:]), "+44%s" % n][k]
        a = r.choice(["20", "161", "121", "131", "117", "113", "1632"])
        s = rs(r, DIG, 10 - len(a))
        return "0%s %s" % (a, s) if k % 2 else "+44 %s %s" % (a, s)
    a = r.choice(["212", "415", "312", "617", "503", "206", "512", "303", "404", "614"])
    x = str(r.randint(200, 989))
    s = rs(r, DIG, 4)
    return ["(%s) %s-%s" % (a, x, s), "%s-%s-%s" % (a, x, s), "+1 %s %s %s" % (a, x, s), "%s.%s.%s" % (a, x, s), "1-%s-%s-%s" % (a, x, s), "%s%s%s" % (a, x, s)][k]


def address(r, P, lang):
    c = country(lang)
    if c == "nl":
        st = r.choice(P["street_nl"])
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " B", "-hs", " III"])
        pc = "%d%s%s" % (r.randint(1011, 9999), r.choice(["", " "]), rs(r, "ABCDEGHJKLMNPRSTVWXZ", 2))
        city = r.choice(P["city_nl"])
        k = r.randrange(4)
        if k == 0:
            return "%s %s, %s %s" % (st, num, pc, city)
        if k == 1:
            return "%s %s %s %s" % (st, num, pc, city.upper())
        if k == 2:
            return "%s %s" % (st, num)
        return "%s %s, %s" % (st, num, city)
    if c == "be":
        st = r.choice(P["street_fr" if lang == "fr-be" else "street_be"])
        num = str(r.randint(1, 180))
        bus = r.choice(["", "", "", " bus 3", "/2", " bte 12", "A"]) if lang == "nl-be" or True else ""
        if lang == "fr-be" and "bus" in bus:
            bus = " bte 4"
        if lang == "nl-be" and "bte" in bus:
            bus = " bus 12"
        pc = str(r.randint(1000, 9992))
        city = r.choice(P["city_fr" if lang == "fr-be" else "city_be"])
        k = r.randrange(4)
        if k == 0:
            return "%s %s%s, %s %s" % (st, num, bus, pc, city)
        if k == 1:
            return "%s %s%s - %s %s" % (st, num, bus, pc, city)
        if k == 2:
            return "%s %s%s" % (st, num, bus)
        return "%s, %s%s, %s %s" % (st, num, bus, pc, city) if lang == "fr-be" else "%s %s%s %s %s" % (st, num, bus, pc, city)
    if c == "gb":
        st = r.choice(P["street_gb"])
        num = r.choice([str(r.randint(1, 220)), "Flat %d, %d" % (r.randint(1, 30), r.randint(1, 120)), str(r.randint(1, 90)) + "a"])
        town = r.choice(P["city_gb"])
        pc = "%s%d %d%s" % (r.choice(["M", "B", "LS", "SW", "N", "E", "BS", "CF", "G", "EH", "NW", "OX"]), r.randint(1, 20), r.randint(1, 9), rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2))
        k = r.randrange(3)
        if k == 0:
            return "%s %s, %s %s" % (num, st, town, pc)
        if k == 1:
            return "%s %s, %s, %s" % (num, st, town, pc)
        return "%s %s" % (num, st)
    st = r.choice(P["street_us"])
    num = str(r.randint(10, 9800))
    apt = r.choice(["", "", " Apt 4B", " #12", ", Unit 7", " Suite 210"])
    city, stc = r.choice(P["city_us"])
    z = rs(r, DIG, 5)
    k = r.randrange(3)
    if k == 0:
        return "%s %s%s, %s, %s %s" % (num, st, apt, city, stc, z)
    if k == 1:
        return "%s %s%s, %s %s %s" % (num, st, apt, city, stc, z)
    return "%s %s%s" % (num, st, apt)


def _mkey(lang):
    return "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def dob(r, P, lang):
    y, m, d = r.randint(1941, 2019), r.randint(1, 12), r.randint(1, 28)
    mk = _mkey(lang)
    k = r.randrange(5)
    if lang == "en-us":
        return ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d), "%s %d %d" % (MONTHS["en"][m - 1][:3], d, y)][k]
    if lang == "en-gb":
        suf = "th" if 4 <= d <= 20 or d >= 24 else ["st", "nd", "rd"][d % 10 - 1]
        return ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d%s %s %d" % (d, suf, MONTHS["en"][m - 1], y), "%02d.%02d.%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100)][k]
    return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[mk][m - 1], y), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d-%d-%d" % (d, m, y)][k]


def ip(r, P, lang):
    if r.random() < .15:
        return "2a02:%s:%s:%s::%s" % (rs(r, HEX, 4), rs(r, HEX, 3), rs(r, HEX, 4), rs(r, HEX, 2))
    a = r.choice([77, 81, 84, 85, 86, 88, 91, 94, 145, 178, 185, 194, 212, 213, 217, 31, 62, 82, 109])
    return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def cust(r, P, lang):
    k = r.randrange(9)
    if k == 0:
        return rs(r, DIG, r.choice([7, 8, 9, 10]))
    if k == 1:
        return r.choice(["KL", "CU", "C", "R", "A", "M", "LID"]) + r.choice(["-", "", " "]) + rs(r, DIG, r.randint(5, 8))
    if k == 2:
        return "%s-%s-%s" % (rs(r, DIG, 3), rs(r, DIG, 4), rs(r, DIG, 3))
    if k == 3:
        return "%d%s" % (r.randint(1, 9), rs(r, DIG, 11))
    if k == 4:
        return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rs(r, DIG, 6)
    if k == 5:
        return "%s/%s" % (rs(r, DIG, 4), rs(r, DIG, 5))
    if k == 6:
        return rs(r, DIG, 4) + " " + rs(r, DIG, 4) + " " + rs(r, DIG, 2)
    if k == 7:
        return "HYP" + rs(r, DIG, 7) if r.random() < .5 else "%d.%s.%s" % (r.randint(1, 9), rs(r, DIG, 3), rs(r, DIG, 3))
    return rs(r, DIG, 6) + r.choice(ALNUM[26:52])


def ean(r, P, lang):
    v = "54" + rs(r, DIG, 16) if country(lang) == "be" else "871" + rs(r, DIG, 15)
    return v if r.random() < .8 else " ".join(v[i:i + 6] for i in range(0, 18, 6))


# ---------------------------------------------------------------- negatives
def n_date(r, P, lang):
    m, d = r.randint(1, 12), r.randint(1, 28)
    mk = _mkey(lang)
    k = r.randrange(5)
    if lang == "en-us":
        return ["%d/%d" % (m, d), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d/2025" % (m, d), "%s %dth" % (MONTHS["en"][m - 1][:3], d), "%d/%d/26" % (m, d)][k]
    if lang == "en-gb":
        return ["%d/%d" % (d, m), "%d %s" % (d, MONTHS["en"][m - 1]), "%02d/%02d/2025" % (d, m), "%dth %s" % (d, MONTHS["en"][m - 1][:3]), "%d %s 2026" % (d, MONTHS["en"][m - 1])][k]
    return ["%d-%d" % (d, m), "%d %s" % (d, MONTHS[mk][m - 1]), "%02d-%02d-2025" % (d, m), "%d/%d" % (d, m), "%d %s 2026" % (d, MONTHS[mk][m - 1][:4 if mk == "nl" else 5])][k]


def n_time(r, P, lang):
    h, mi = r.randint(7, 22), r.choice([0, 15, 30, 45, 10, 5])
    if lang == "en-us":
        return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am"), "%d:%02d" % (h, mi)])
    if lang == "en-gb":
        return r.choice(["%d:%02d" % (h, mi), "%d.%02d%s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%02d:%02d" % (h, mi)])
    if lang == "fr-be":
        return r.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi)])
    if lang == "nl-be":
        return r.choice(["%du%02d" % (h, mi), "%du" % h, "%d:%02d" % (h, mi)])
    return r.choice(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%02d:%02d" % (h, mi)])


def n_amount(r, P, lang):
    v = r.choice([r.randint(5, 99), r.randint(100, 2500), r.randint(2500, 450000)])
    c = r.randint(0, 99)
    if lang == "en-gb":
        return r.choice(["£%d" % v, "£%s.%02d" % (format(v, ","), c), "%d GBP" % v])
    if lang == "en-us":
        return r.choice(["$%d" % v, "$%s.%02d" % (format(v, ","), c), "USD %d" % v])
    dot = format(v, ",").replace(",", ".")
    return r.choice(["€ %s,%02d" % (dot, c), "€%d" % v, "%s euro" % dot, "€ %s,-" % dot, "%d EUR" % v, "%s,%02d €" % (dot, c) if lang == "fr-be" else "EUR %s,%02d" % (dot, c)])


def n_pct(r, P, lang):
    v = "%d.%02d" % (r.randint(0, 6), r.randint(0, 99))
    if lang not in ("en-gb", "en-us"):
        v = v.replace(".", ",")
    return r.choice([v + "%", v + " %", str(r.randint(1, 100)) + "%"])


def n_year(r, P, lang):
    return str(r.randint(1998, 2027))


def n_order(r, P, lang):
    return r.choice(["#" + rs(r, DIG, 6), "ORD-" + rs(r, DIG, 7), rs(r, DIG, 8), "W" + rs(r, DIG, 9), "BST" + rs(r, DIG, 6), "RMA-" + rs(r, DIG, 5)])


def n_ticket(r, P, lang):
    return r.choice(["#" + rs(r, DIG, 5), "%d-%s" % (r.randint(24, 26), rs(r, DIG, 7)), "CAS-" + rs(r, DIG, 6) + "-" + rs(r, UPAN, 4), "INC" + rs(r, DIG, 7), "SR" + rs(r, DIG, 8), "20%d/%s" % (r.randint(24, 26), rs(r, DIG, 5)), "T" + rs(r, DIG, 6)])


def n_invoice(r, P, lang):
    return r.choice(["F%d-%s" % (r.randint(2024, 2026), rs(r, DIG, 5)), "INV-" + rs(r, DIG, 6), "2025" + rs(r, DIG, 6), "FA" + rs(r, DIG, 7), "VF/%d/%s" % (r.randint(2024, 2026), rs(r, DIG, 4))])


def n_tracking(r, P, lang):
    return r.choice(["3S" + rs(r, string.ascii_uppercase, 4) + rs(r, DIG, 9), "1Z" + rs(r, UPAN, 16), "JVGL" + rs(r, DIG, 16), "CD" + rs(r, DIG, 9) + "BE", "32" + rs(r, DIG, 22), "9400" + rs(r, DIG, 18)])


def n_reqid(r, P, lang):
    return "%s-%s-4%s-%s%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 3), r.choice("89ab"), rs(r, HEX, 3), rs(r, HEX, 12))


def n_err(r, P, lang):
    return r.choice(["E" + rs(r, DIG, 3), "0x800" + rs(r, HEX, 5), "ERR-" + rs(r, DIG, 4), "F" + rs(r, DIG, 2), "error 4%s" % rs(r, DIG, 2), "ERR_CONNECTION_RESET", "E-" + rs(r, DIG, 4), "NSURLErrorDomain -1009"])


def n_ver(r, P, lang):
    return r.choice(["iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40)), "Android %d" % r.randint(11, 15), "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)), "firmware %d.%02d" % (r.randint(6, 8), r.randint(0, 99)), "build %d.%d.%d" % (r.randint(10, 25), r.randint(1, 12), r.randint(100, 9999))])


def n_model(r, P, lang):
    return r.choice(P["models"])


def n_prod(r, P, lang):
    return r.choice(["SKU-" + rs(r, DIG, 6), "art.nr. " + "%s.%s.%s" % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 2)), "P" + rs(r, DIG, 5), rs(r, UPAN, 3) + "-" + rs(r, DIG, 4), "8719" + rs(r, DIG, 9)])


def n_flight(r, P, lang):
    return r.choice(["KL", "HV", "SN", "FR", "BA", "U2", "UA", "DL", "TB"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def n_cphone(r, P, lang):
    return r.choice(P["cphone_" + country(lang)])


def n_kvk(r, P, lang):
    c = country(lang)
    if c == "nl":
        return r.choice([rs(r, DIG, 8), "NL" + rs(r, DIG, 9) + "B01"])
    if c == "be":
        v = "0" + rs(r, DIG, 9)
        return r.choice(["%s.%s.%s" % (v[:4], v[4:7], v[7:]), "BE" + v, "BE %s.%s.%s" % (v[:4], v[4:7], v[7:])])
    if c == "gb":
        return r.choice(["%08d" % r.randint(10**6, 10**8 - 1), "GB %s %s %s" % (rs(r, DIG, 3), rs(r, DIG, 4), rs(r, DIG, 2))])
    return "%s-%s" % (rs(r, DIG, 2), rs(r, DIG, 7))


def n_url(r, P, lang):
    return r.choice(P["urls"])


def n_mention(r, P, lang):
    return r.choice(P["mentions"])


def n_hashtag(r, P, lang):
    return r.choice(P["hashtags"])


def n_masked(r, P, lang):
    k = r.randrange(6)
    return ["****" + rs(r, DIG, 4), "NL** **** **** **%s %s" % (rs(r, DIG, 2), rs(r, DIG, 2)), "BE** **** **** %s" % rs(r, DIG, 4), "xxxx-xxxx-xxxx-" + rs(r, DIG, 4), "06-****" + rs(r, DIG, 4), r.choice("abcdefghjklmnprstw") + "***@" + r.choice(["gmail.com", "hotmail.com", "telenet.be", "outlook.com"])][k]


def n_meter(r, P, lang):
    return r.choice([rs(r, DIG, 5), "%d,%d" % (r.randint(100, 9999), r.randint(0, 9)), "%05d" % r.randint(0, 99999), "%d.%03d" % (r.randint(0, 99), r.randint(0, 999))])


def n_port(r, P, lang):
    return r.choice(["8080", "443", "3389", "22", "8443", "51820", "5060", "993"])


def n_checksum(r, P, lang):
    return rs(r, HEX, r.choice([32, 64, 40]))


def n_qty(r, P, lang):
    return str(r.choice([2, 3, 4, 6, 8, 12, 20, 40, 80, 120, 150, 220]))


SPAN = {
    "password": ("password", password), "pin": ("pin", pin), "puk": ("puk", puk), "otp": ("otp", otp),
    "otpw": ("otp", otp_words), "wifi": ("wifi_key", wifi_key), "user": ("username", username),
    "api": ("api_key", api_key), "awsid": ("api_key", aws_id), "awssecret": ("api_key", aws_secret),
    "token": ("token", token), "card": ("card", card), "cvv": ("cvv", cvv), "iban": ("iban", iban),
    "bsn": ("bsn", bsn), "rrn": ("bsn", rrn), "natid": ("bsn", natid), "email": ("email", email),
    "phone": ("phone", phone), "address": ("address", address), "dob": ("date_of_birth", dob),
    "cust": ("customer_number", cust), "ean": ("customer_number", ean), "expiry": ("card_expiry", expiry),
    "ip": ("ip_address", ip),
}
NEG = {
    "date": n_date, "time": n_time, "amount": n_amount, "qty": n_qty, "pct": n_pct, "year": n_year,
    "order": n_order, "ticket": n_ticket, "invoice": n_invoice, "tracking": n_tracking, "reqid": n_reqid,
    "err": n_err, "ver": n_ver, "model": n_model, "prod": n_prod, "flight": n_flight, "cphone": n_cphone,
    "kvk": n_kvk, "url": n_url, "mention": n_mention, "hashtag": n_hashtag, "masked": n_masked,
    "meter": n_meter, "port": n_port, "checksum": n_checksum,
}
NEGKIND = {
    "qty": "quantity", "pct": "percentage", "order": "order_number", "ticket": "ticket_number",
    "invoice": "invoice_number", "tracking": "tracking_number", "reqid": "request_id", "err": "error_code",
    "ver": "version_string", "model": "model_number", "prod": "product_code", "flight": "flight_number",
    "cphone": "company_phone", "kvk": "company_registration", "masked": "masked_value",
    "meter": "meter_reading",
}
