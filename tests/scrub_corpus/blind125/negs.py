"""Hard-negative value generators."""
from values import rd, MONTHS, _lw
import string

HEX = "0123456789abcdef"


def date(rng, ctx):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    lw = _lw(ctx)
    if ctx["region"] == "us":
        return rng.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d/%d" % (m, d, y), "%s %dth" % (MONTHS["en"][m - 1][:3], d)])
    if lw == "en":
        return rng.choice(["%d %s" % (d, MONTHS["en"][m - 1]), "%02d/%02d/%d" % (d, m, y), "%s %d" % (MONTHS["en"][m - 1], d), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)])
    return rng.choice(["%d %s" % (d, MONTHS[lw][m - 1]), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%d %s %d" % (d, MONTHS[lw][m - 1], y), "%02d.%02d.%d" % (d, m, y)])


def time(rng, ctx):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
    if ctx["region"] == "us":
        return rng.choice(["%d:%02d pm" % (h % 12 or 12, mi), "%d:%02dam" % (h % 12 or 12, mi), "%d:%02d" % (h, mi)])
    if ctx["lang"] == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi)])
    if ctx["region"] == "be":
        return rng.choice(["%du%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
    return rng.choice(["%d:%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d:%02d uur" % (h, mi) if ctx["lang"] == "nl" else "%d:%02d" % (h, mi)])


def amount(rng, ctx):
    v = rng.choice([rng.randint(2, 60), rng.randint(5, 400)])
    c = rng.choice(["00", "50", "95", "99", "25", "49"])
    if ctx["region"] == "uk":
        return rng.choice(["£%d.%s" % (v, c), "£%d" % v, "%d.%s GBP" % (v, c)])
    if ctx["region"] == "us":
        return rng.choice(["$%d.%s" % (v, c), "$%d" % v, "USD %d.%s" % (v, c)])
    return rng.choice(["€%d,%s" % (v, c), "€ %d,%s" % (v, c), "%d,%s euro" % (v, c), "EUR %d,%s" % (v, c), "%d euro" % v, "€%d,-" % v])


def quantity(rng, ctx):
    n = rng.randint(2, 12)
    lw = _lw(ctx)
    u = {"nl": ["stuks", "maaltijden", "lenzen", "kg", "dagen", "pakketten", "sensoren", "uur"],
         "fr": ["pièces", "repas", "lentilles", "kg", "jours", "colis", "capteurs", "heures"],
         "en": ["pairs", "meals", "lenses", "kg", "days", "parcels", "sensors", "hours"]}[lw]
    return "%d %s" % (n, rng.choice(u))


def percentage(rng, ctx):
    return rng.choice(["%d%%" % rng.choice([5, 10, 15, 20, 25, 50, 80, 100]), "%d %%" % rng.choice([10, 20, 30]), "%d,5%%" % rng.randint(1, 9)])


def year(rng, ctx):
    return str(rng.randint(2015, 2026))


def order_number(rng, ctx):
    return rng.choice(["#" + rd(rng, 7), "ORD-" + rd(rng, 8), "FD" + rd(rng, 9), "#" + rd(rng, 3) + "-" + rd(rng, 4), "B" + rd(rng, 4) + "-" + rd(rng, 4) + "-NL", "WEB" + rd(rng, 6)])


def ticket_number(rng, ctx):
    return rng.choice(["CS-" + rd(rng, 6), rd(rng, 4) + "-" + rd(rng, 7), "#" + rd(rng, 8), "TCK" + rd(rng, 7), "CLM-" + rd(rng, 2) + "-" + rd(rng, 5), "SR" + rd(rng, 9), "KL-2025-" + rd(rng, 5)])


def invoice_number(rng, ctx):
    return rng.choice(["INV-" + str(rng.randint(2024, 2026)) + "-" + rd(rng, 5), "F" + str(rng.randint(2024, 2026)) + rd(rng, 5), "FACT-" + rd(rng, 7), rd(rng, 4) + "/" + rd(rng, 5)])


def tracking_number(rng, ctx):
    return rng.choice(["3S" + rd(rng, 4, string.ascii_uppercase) + rd(rng, 9), "1Z" + rd(rng, 6, string.ascii_uppercase + string.digits) + rd(rng, 10), "JVGL" + rd(rng, 16), "CD" + rd(rng, 9) + "BE", "RR" + rd(rng, 9) + "GB"])


def request_id(rng, ctx):
    return rng.choice(["req_" + rd(rng, 20, string.ascii_letters + string.digits), rd(rng, 8, HEX) + "-" + rd(rng, 4, HEX) + "-" + rd(rng, 4, HEX) + "-" + rd(rng, 4, HEX) + "-" + rd(rng, 12, HEX), "RID-" + rd(rng, 10, HEX).upper()])


def error_code(rng, ctx):
    return rng.choice(["E" + rd(rng, 3), "ERR_" + rng.choice(["CONNECTION_RESET", "TIMEOUT", "CARD_DECLINED", "AUTH_401"]), "0x8007" + rd(rng, 4, HEX).upper(), "HTTP 50" + rng.choice("0234"), "ERR-" + rng.choice(["403", "500", "429"]), "PAY-" + rd(rng, 3), "F" + rd(rng, 2)])


def version_string(rng, ctx):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 99)), "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9)), "iOS %d.%d" % (rng.randint(15, 18), rng.randint(0, 6)), "Android %d" % rng.randint(11, 15), "build %d" % rng.randint(1000, 9999)])


def model_number(rng, ctx):
    return rng.choice(["SP-%dW" % rng.randint(100, 999), "DCS-%d%s" % (rng.randint(1000, 9999), rng.choice(["LH", "L", "HD"])), "HUB-%d" % rng.randint(2, 4), "KP-%d0" % rng.randint(10, 99), "XR%d-%s" % (rng.randint(10, 99), rng.choice(["BK", "WH"])), "iPhone %d" % rng.randint(11, 16), "Galaxy A%d" % rng.randint(10, 55), "MD-%d" % rng.randint(100, 999)])


def product_code(rng, ctx):
    return rng.choice(["SKU-" + rd(rng, 6), "ART" + rd(rng, 5) + "-" + rng.choice(["BL", "ZW", "RD"]), "%s.%s.%s" % (rd(rng, 3), rd(rng, 3), rd(rng, 2)), "P" + rd(rng, 4) + "-" + rd(rng, 2), "EAN 8" + rd(rng, 12)])


def flight_number(rng, ctx):
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "TB", "AA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 2999))


def company_phone(rng, ctx):
    reg = ctx["region"]
    if reg == "nl":
        return rng.choice(["088 " + rd(rng, 3) + " " + rd(rng, 4), "0800-" + rd(rng, 4), "0900-" + rd(rng, 4), "085 " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2), "+31 88 " + rd(rng, 3) + " " + rd(rng, 4)])
    if reg == "be":
        return rng.choice(["078 " + rd(rng, 2) + " " + rd(rng, 2) + " " + rd(rng, 2), "0800 " + rd(rng, 2) + " " + rd(rng, 3), "070 " + rd(rng, 2) + " " + rd(rng, 2) + " " + rd(rng, 2), "+32 78 " + rd(rng, 2) + " " + rd(rng, 2) + " " + rd(rng, 2)])
    if reg == "uk":
        return rng.choice(["0800 " + rd(rng, 3) + " " + rd(rng, 4), "0345 " + rd(rng, 3) + " " + rd(rng, 4), "0330 " + rd(rng, 3) + " " + rd(rng, 4), "03" + rd(rng, 2) + " " + rd(rng, 3) + " " + rd(rng, 4)])
    return rng.choice(["1-800-" + rd(rng, 3) + "-" + rd(rng, 4), "(888) " + rd(rng, 3) + "-" + rd(rng, 4), "1-877-" + rd(rng, 3) + "-" + rd(rng, 4), "866." + rd(rng, 3) + "." + rd(rng, 4)])


def company_registration(rng, ctx):
    reg = ctx["region"]
    if reg == "nl":
        return rng.choice([rd(rng, 8), "NL" + rd(rng, 9) + "B0" + str(rng.randint(1, 9))])
    if reg == "be":
        return rng.choice(["0" + rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3), "BE 0" + rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3), "BE0" + rd(rng, 9)])
    if reg == "uk":
        return rng.choice(["0" + rd(rng, 7), "GB " + rd(rng, 3) + " " + rd(rng, 4) + " " + rd(rng, 2), "SC" + rd(rng, 6)])
    return rng.choice([rd(rng, 2) + "-" + rd(rng, 7), rd(rng, 3) + " " + rd(rng, 3) + " " + rd(rng, 3)])


def masked_value(rng, ctx):
    return rng.choice(["****" + rd(rng, 4), "**** **** **** " + rd(rng, 4), "NL** **** **** " + rd(rng, 4) + " " + rd(rng, 2), "BE** **** **** " + rd(rng, 2) + rd(rng, 2),
                       "06-****" + rd(rng, 4), "xxxx-xxxx-xxxx-" + rd(rng, 4), "j***@gmail.com", "m****.d@hotmail.com", "•••• " + rd(rng, 4), "+32 4** ** ** " + rd(rng, 2), "XXXXXX" + rd(rng, 3), "***-**-" + rd(rng, 4)])


def meter_reading(rng, ctx):
    return rng.choice([rd(rng, 5) + " kWh", "0" + rd(rng, 4) + ",3 m³", rd(rng, 5)])


def port(rng, ctx):
    return rng.choice(["8080", "443", "554", "8000", "34567", "1883", "37777"])


def checksum(rng, ctx):
    return rng.choice([rd(rng, 64, HEX), rd(rng, 32, HEX), rd(rng, 40, HEX), rd(rng, 8, HEX)])


GEN = {k: v for k, v in globals().items() if callable(v) and k in (
    "date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
    "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
    "company_phone", "company_registration", "masked_value", "meter_reading", "port", "checksum")}
