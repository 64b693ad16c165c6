"""Hard-negative value generators (look like PII, must not be scrubbed)."""
import string
from values import digits, group

MON = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
       "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
       "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "en-gb": "January February March April May June July August September October November December".split(),
       "en-us": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()}


def date(rng, lang):
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en-us":
        return rng.choice(["%d/%d" % (m, d), "%02d/%02d/%d" % (m, d, y), "%s %d" % (MON[lang][m - 1], d), "%s %d, %d" % (MON[lang][m - 1], d, y)])
    if lang == "en-gb":
        return rng.choice(["%d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MON[lang][m - 1]), "%d %s %d" % (d, MON[lang][m - 1], y)])
    return rng.choice(["%d-%d" % (d, m), "%02d-%02d-%d" % (d, m, y), "%d %s" % (d, MON[lang][m - 1]), "%d/%d" % (d, m),
                       "%d %s %d" % (d, MON[lang][m - 1], y), "%d.%02d.%d" % (d, m, y)])


def time(rng, lang):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 30, 45, 50])
    if lang == "en-us":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am")])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%dh" % h, "%02d:%02d" % (h, mi)])
    if lang == "en-gb":
        return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d%s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am")])
    return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d uur" % (h, mi), "%d:%02d" % (h, mi)])


def amount(rng, lang):
    e, c = rng.randint(2, 2400), rng.randint(0, 99)
    if lang in ("en-gb",):
        return rng.choice(["£%d.%02d" % (e, c), "£%d" % e, "GBP %d.%02d" % (e, c)])
    if lang == "en-us":
        return rng.choice(["$%d.%02d" % (e, c), "$%d" % e, "USD %d" % e])
    if lang == "fr-be":
        return rng.choice(["%d,%02d €" % (e, c), "%d €" % e, "€%d,%02d" % (e, c), "%d,%02d EUR" % (e, c)])
    return rng.choice(["€ %d,%02d" % (e, c), "€%d,-" % e, "%d euro" % e, "EUR %d,%02d" % (e, c), "€%d,%02d" % (e, c)])


def quantity(rng, lang):
    n = rng.randint(2, 4800)
    u = {"nl": ["kWh", "m3", "panelen", "nachten", "personen", "stuks", "kg", "meter", "Wp"],
         "nl-be": ["kWh", "m³", "zonnepanelen", "nachten", "personen", "stuks", "kg", "meter"],
         "fr-be": ["kWh", "m³", "panneaux", "nuits", "personnes", "kg", "mètres", "Wc"],
         "en-gb": ["kWh", "panels", "nights", "guests", "kg", "metres", "units"],
         "en-us": ["kWh", "panels", "nights", "guests", "lbs", "ft", "boxes"]}[lang]
    return "%d %s" % (n, rng.choice(u))


def percentage(rng, lang):
    p = rng.randint(1, 99)
    return rng.choice(["%d%%" % p, "%d %%" % p, "%d,%d%%" % (p, rng.randint(1, 9)) if lang not in ("en-gb", "en-us") else "%d.%d%%" % (p, rng.randint(1, 9))])


def year(rng, lang):
    return str(rng.randint(2015, 2026))


def order_number(rng, lang):
    return rng.choice(["#" + digits(rng, 6), "ORD-" + digits(rng, 7), digits(rng, 10), "BX" + digits(rng, 8),
                       "W" + digits(rng, 9), "%s-%s" % (digits(rng, 3), digits(rng, 7))])


def ticket_number(rng, lang):
    return rng.choice(["#" + digits(rng, 7), "CAS-" + digits(rng, 6) + "-" + "".join(rng.choice("BCDFGHKLMNPQRSTVWXZ") for _ in range(4)),
                       "2025-" + digits(rng, 6), "SR" + digits(rng, 8), "INC" + digits(rng, 7), digits(rng, 8), "T" + digits(rng, 6)])


def invoice_number(rng, lang):
    return rng.choice(["F" + str(rng.randint(2024, 2026)) + "-" + digits(rng, 5), "INV-" + digits(rng, 6), digits(rng, 11),
                       "FAC/" + str(rng.randint(2024, 2026)) + "/" + digits(rng, 4), "NF-" + digits(rng, 8)])


def tracking_number(rng, lang):
    up = string.ascii_uppercase
    return rng.choice(["3S" + "".join(rng.choice(up) for _ in range(4)) + digits(rng, 9),
                       "1Z" + "".join(rng.choice(up + string.digits) for _ in range(6)) + digits(rng, 10),
                       "JJD" + digits(rng, 18), "CD" + digits(rng, 9) + "BE", digits(rng, 14), "JVGL" + digits(rng, 16)])


def request_id(rng, lang):
    h = "0123456789abcdef"
    s = "".join(rng.choice(h) for _ in range(32))
    return rng.choice(["%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:]), "req_" + s[:20], s[:12].upper()])


def error_code(rng, lang):
    return rng.choice(["E-" + digits(rng, 3), "0x8007" + "".join(rng.choice("0123456789ABCDEF") for _ in range(4)),
                       "ERR_" + rng.choice(["PAYMENT_DECLINED", "TIMEOUT", "AUTH_401", "SYNC_FAILED"]),
                       "F" + digits(rng, 2), "HTTP " + rng.choice(["401", "403", "500", "502", "503"]), "code " + digits(rng, 4)])


def version_string(rng, lang):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)),
                       "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 99)),
                       "iOS %d.%d" % (rng.randint(15, 18), rng.randint(0, 6)),
                       "Android %d" % rng.randint(11, 15),
                       "build %d" % rng.randint(1000, 99999),
                       "firmware %d.%02d" % (rng.randint(1, 5), rng.randint(0, 99))])


def product_code(rng, lang):
    return rng.choice(["SKU-" + digits(rng, 6), "ART" + digits(rng, 7), "PLU " + digits(rng, 4), digits(rng, 13),
                       "BOX-" + rng.choice(["VEG", "FAM", "DUO", "XL"]) + "-" + digits(rng, 2)])


def flight_number(rng, lang):
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "TB", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(10, 9899))


def company_phone(rng, lang):
    if lang == "nl":
        return rng.choice(["0900-" + digits(rng, 4), "088 " + group(digits(rng, 7), [3, 4]), "0800-" + digits(rng, 4),
                           "085 " + digits(rng, 3) + " " + digits(rng, 4), "+31 88 " + digits(rng, 7)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + group(digits(rng, 6), [2, 2, 2]), "0800 " + group(digits(rng, 5), [2, 3]),
                           "070 " + group(digits(rng, 6), [2, 2, 2]), "+32 78 " + digits(rng, 6)])
    if lang == "en-gb":
        return rng.choice(["0345 " + digits(rng, 3) + " " + digits(rng, 4), "0800 " + digits(rng, 3) + " " + digits(rng, 4),
                           "0330 " + digits(rng, 3) + " " + digits(rng, 4), "03" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 4)])
    return rng.choice(["1-800-" + digits(rng, 3) + "-" + digits(rng, 4), "(888) " + digits(rng, 3) + "-" + digits(rng, 4),
                       "1 (866) " + digits(rng, 3) + "-" + digits(rng, 4), "877-" + digits(rng, 3) + "-" + digits(rng, 4)])


def company_registration(rng, lang):
    if lang == "nl":
        return rng.choice(["KvK " + digits(rng, 8), "KvK-nummer " + digits(rng, 8), "BTW NL" + digits(rng, 9) + "B01", "NL" + digits(rng, 9) + "B0" + str(rng.randint(1, 9))])
    if lang == "nl-be":
        return rng.choice(["BE 0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3), "ondernemingsnummer 0" + digits(rng, 9), "BTW BE0" + digits(rng, 9)])
    if lang == "fr-be":
        return rng.choice(["TVA BE 0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3), "BCE 0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3),
                           "SIREN " + group(digits(rng, 9), [3, 3, 3])])
    if lang == "en-gb":
        return rng.choice(["Company No. " + digits(rng, 8), "VAT GB" + digits(rng, 9), "Registered in England and Wales no. " + digits(rng, 8)])
    return rng.choice(["EIN " + digits(rng, 2) + "-" + digits(rng, 7), "NMLS #" + digits(rng, 6)])


def masked_value(rng, lang):
    return rng.choice(["****" + digits(rng, 4), "**** **** **** " + digits(rng, 4), "NL** **** **** **" + digits(rng, 2) + " " + digits(rng, 2),
                       "BE** **** **** " + digits(rng, 4), "06-****" + digits(rng, 4), "xxxx-xxxx-xxxx-" + digits(rng, 4),
                       "j***@" + rng.choice(["gmail.com", "telenet.be", "hotmail.com"]), "•••• " + digits(rng, 4), "XXXXXX" + digits(rng, 3),
                       "+44 ***** **" + digits(rng, 3), "***-**-" + digits(rng, 4)])


def meter_reading(rng, lang):
    return rng.choice(["%05d" % rng.randint(100, 99999), "%06d,%d" % (rng.randint(1000, 99999), rng.randint(0, 9)),
                       "%d.%03d" % (rng.randint(1, 80), rng.randint(0, 999)), "%05d" % rng.randint(1000, 60000)])


def port(rng, lang):
    return str(rng.choice([80, 443, 8080, 8443, 1883, 502, 22, 3000, 5000, 8123, 123]))


def checksum(rng, lang):
    h = "0123456789abcdef"
    return rng.choice(["".join(rng.choice(h) for _ in range(64)), "".join(rng.choice(h) for _ in range(32)), "".join(rng.choice(h) for _ in range(40))])


GEN = {k: v for k, v in globals().items() if callable(v) and k not in ("digits", "group")}
