"""Hard-negative value generators (look like PII, must not be scrubbed)."""
import string
from values import rd, _date, HEX, MONTHS, _lk

UP = string.ascii_uppercase


def date(rng, ctx):
    y = rng.choice([2024, 2025, 2025, 2026])
    if rng.random() < 0.3:
        lang = ctx["lang"]
        m = rng.randrange(1, 13)
        d = rng.randrange(1, 29)
        mn = MONTHS[_lk(lang)][m - 1]
        if lang == "en-us":
            return "%s %d" % (mn, d)
        if lang == "en-gb":
            return "%d %s" % (d, mn)
        return "%d %s" % (d, mn)
    return _date(rng, ctx, y)


def time(rng, ctx):
    h = rng.randrange(7, 23)
    m = rng.choice([0, 5, 10, 15, 20, 30, 42, 45, 50, 57])
    lang = ctx["lang"]
    if lang == "en-us":
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")
    if lang == "fr-be" and rng.random() < 0.4:
        return "%dh%02d" % (h, m)
    if lang == "nl" and rng.random() < 0.2:
        return "%d.%02d uur" % (h, m)
    return "%02d:%02d" % (h, m)


def amount(rng, ctx):
    lang = ctx["lang"]
    v = rng.randrange(3, 2500)
    c = rng.randrange(0, 100)
    if lang == "en-gb":
        return "£%d.%02d" % (v, c)
    if lang == "en-us":
        return "$%d.%02d" % (v, c) if rng.random() < 0.7 else "%d dollars" % v
    k = rng.randrange(4)
    if k == 0:
        return "€ %d,%02d" % (v, c)
    if k == 1:
        return "€%d" % v
    if k == 2:
        return "%d,%02d EUR" % (v, c)
    return "%d euro" % v


def qty(rng, ctx):
    lang = ctx["lang"]
    opts = {"nl": ["%d liter", "%d m3", "%d kg", "%d containers", "%d dagen", "%d kilo"],
            "nl-be": ["%d liter", "%d m³", "%d kg", "%d zakken", "%d dagen", "%d keer"],
            "fr-be": ["%d litres", "%d m³", "%d kg", "%d sacs", "%d jours", "%d fois"],
            "en-gb": ["%d litres", "%d cubic metres", "%d kg", "%d bins", "%d days", "%d nights"],
            "en-us": ["%d gallons", "%d lbs", "%d bins", "%d days", "%d nights", "%d hours"]}[lang]
    return rng.choice(opts) % rng.choice([2, 3, 4, 5, 7, 10, 14, 40, 120, 140, 240])


def pct(rng, ctx):
    v = rng.choice([5, 10, 12.5, 15, 20, 21, 25, 50, 60, 80, 90, 100])
    s = ("%g" % v)
    if ctx["lang"] in ("nl", "nl-be", "fr-be"):
        s = s.replace(".", ",")
        return s + (" %" if ctx["lang"] == "fr-be" else "%")
    return s + "%"


def year(rng, ctx):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026]))


def order(rng, ctx):
    k = rng.randrange(3)
    return ["ORD-" + rd(rng, 7), "#" + rd(rng, 6), "B" + rd(rng, 9)][k]


def booking(rng, ctx):
    k = rng.randrange(3)
    return [rd(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "BK" + rd(rng, 8), rd(rng, 3, UP) + "-" + rd(rng, 5)][k]


def ticket(rng, ctx):
    k = rng.randrange(4)
    return ["#" + rd(rng, 7), "CAS-" + rd(rng, 6) + "-" + rd(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "INC" + rd(rng, 8), rd(rng, 8)][k]


def claim(rng, ctx):
    k = rng.randrange(4)
    return ["CL-" + rd(rng, 7), "SCH" + rd(rng, 6), rd(rng, 4) + "/" + rd(rng, 5), "C" + rd(rng, 2) + "-" + rd(rng, 6)][k]


def invoice(rng, ctx):
    k = rng.randrange(3)
    return ["F" + rd(rng, 4) + "-" + rd(rng, 5), "INV-" + rd(rng, 6), rd(rng, 4) + rd(rng, 6)][k]


def tracking(rng, ctx):
    k = rng.randrange(3)
    return ["3S" + rd(rng, 4, UP) + rd(rng, 9), "1Z" + rd(rng, 16, UP + string.digits), "CD" + rd(rng, 9) + "BE"][k]


def reqid(rng, ctx):
    return "%s-%s-%s-%s-%s" % (rd(rng, 8, HEX), rd(rng, 4, HEX), rd(rng, 4, HEX), rd(rng, 4, HEX), rd(rng, 12, HEX))


def err(rng, ctx):
    k = rng.randrange(4)
    return ["ERR_" + rng.choice(["SESSION_EXPIRED", "LOGIN_4031", "TIMEOUT", "PAYMENT_DECLINED"]), "E-" + rd(rng, 4),
            "HTTP 5" + rd(rng, 2), "code " + rd(rng, 3)][k]


def version(rng, ctx):
    return rng.choice(["v", "versie ", "", "version "]) + "%d.%d.%d" % (rng.randrange(1, 12), rng.randrange(0, 30), rng.randrange(0, 99))


def model(rng, ctx):
    return rng.choice(ctx["pools"]["model"])


def product(rng, ctx):
    k = rng.randrange(3)
    return ["ART-" + rd(rng, 6), "SKU " + rd(rng, 8), rd(rng, 3, UP) + "-" + rd(rng, 4)][k]


def flight(rng, ctx):
    al = rng.choice(["KL", "HV", "FR", "SN", "TB", "BA", "U2", "LH", "IB", "TP", "UA", "DL", "VY"])
    n = str(rng.randrange(100, 9999))
    return al + (" " if rng.random() < 0.3 else "") + n


def cphone(rng, ctx):
    return rng.choice(ctx["pools"]["cphone"])


def creg(rng, ctx):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice(["KvK ", "KvK-nummer ", "Kamer van Koophandel "]) + rd(rng, 8)
    if lang in ("nl-be", "fr-be"):
        v = "0" + rd(rng, 9)
        return rng.choice(["BTW BE", "TVA BE", "ondernemingsnummer ", "BCE "]) + v[:4] + "." + v[4:7] + "." + v[7:]
    if lang == "en-gb":
        return rng.choice(["Company No. ", "Registered in England No. ", "VAT GB"]) + rd(rng, 8)
    return "EIN " + rd(rng, 2) + "-" + rd(rng, 7)


def url(rng, ctx):
    return rng.choice(ctx["pools"]["url"])


def mention(rng, ctx):
    return rng.choice(ctx["pools"]["mention"])


def hashtag(rng, ctx):
    return rng.choice(ctx["pools"]["hashtag"])


def masked(rng, ctx):
    k = rng.randrange(6)
    return ["****" + rd(rng, 4), "**** **** **** " + rd(rng, 4), "xxxx-" + rd(rng, 4), "NL** **** **** **" + rd(rng, 2) + " " + rd(rng, 2),
            "BE** **** **** " + rd(rng, 4), "•••• " + rd(rng, 4)][k]


def reading(rng, ctx):
    k = rng.randrange(3)
    return [rd(rng, 5) + " m3", "0" + rd(rng, 4) + "," + rd(rng, 3), str(rng.randrange(100, 9999)) + " m³"][k]


def port(rng, ctx):
    return str(rng.choice([8080, 443, 8443, 3389, 5000, 22, 1883, 554]))


def checksum(rng, ctx):
    return rd(rng, 64, HEX) if rng.random() < 0.5 else rd(rng, 32, HEX)
