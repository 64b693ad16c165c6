"""Hard-negative value generators for blind20."""
from gen_values import rs, DIG, UP, LOW, HEX, ALNUM, luhn_complete


def amount(rng, lang):
    e, c = rng.randrange(1, 400), rng.randrange(0, 100)
    if lang.startswith("en"):
        cur = "£" if lang == "en-gb" else "$"
        return rng.choice(["%s%d.%02d" % (cur, e, c), "%s%d" % (cur, e), "%s %d.%02d" % (cur, e, c)])
    if lang == "fr-be":
        return rng.choice(["%d,%02d €" % (e, c), "%d €" % e, "€%d,%02d" % (e, c)])
    return rng.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "€%d,-" % e, "EUR %d,%02d" % (e, c)])


def company_phone(rng, lang):
    if lang == "en-gb":
        return rng.choice(["0345 600 " + rs(rng, DIG, 4), "03457 " + rs(rng, DIG, 6), "0800 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4)])
    if lang == "en-us":
        return rng.choice(["1-800-555-01" + rs(rng, DIG, 2), "1-888-" + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4), "(800) 555-01" + rs(rng, DIG, 2)])
    if lang in ("fr-be", "nl-be"):
        return rng.choice(["078 " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 2), "0800 " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 3), "078/" + rs(rng, DIG, 2) + "." + rs(rng, DIG, 2) + "." + rs(rng, DIG, 2)])
    return rng.choice(["0800-" + rs(rng, DIG, 4), "0900-" + rs(rng, DIG, 4), "088 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4), "0800 " + rs(rng, DIG, 4), "088-" + rs(rng, DIG, 7)])


def company_registration(rng, lang, variant=None):
    if variant == "vat":
        if lang in ("fr-be", "nl-be"):
            return "BE 0" + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3)
        if lang == "en-gb":
            return "GB " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4) + " " + rs(rng, DIG, 2)
        if lang == "en-us":
            return rs(rng, DIG, 2) + "-" + rs(rng, DIG, 7)
        return "NL" + rs(rng, DIG, 9) + "B0" + str(rng.randrange(1, 4))
    if lang in ("fr-be", "nl-be"):
        return rng.choice(["BE 0" + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3), "0" + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3)])
    if lang == "en-gb":
        return rng.choice([rs(rng, DIG, 8), "GB" + rs(rng, DIG, 9), "SC" + rs(rng, DIG, 6)])
    if lang == "en-us":
        return rs(rng, DIG, 2) + "-" + rs(rng, DIG, 7)
    return rng.choice([rs(rng, DIG, 8), "NL" + rs(rng, DIG, 9) + "B0" + str(rng.randrange(1, 4))])


MONTHS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def date(rng, lang):
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    y = rng.choice([2025, 2026, 2026, 2026])
    if lang.startswith("en"):
        if lang == "en-us":
            return rng.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS_EN[m - 1], d), "%s %d, %d" % (MONTHS_EN[m - 1], d, y)])
        return rng.choice(["%d/%d/%d" % (d, m, y), "%d %s" % (d, MONTHS_EN[m - 1]), "%d %s %d" % (d, MONTHS_EN[m - 1], y)])
    if lang == "fr-be":
        return rng.choice(["%d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS_FR[m - 1])])
    return rng.choice(["%d-%d" % (d, m), "%02d-%02d-%d" % (d, m, y), "%d %s" % (d, MONTHS_NL[m - 1]), "%d/%d" % (d, m)])


def time(rng, lang, variant=None):
    h, mi = rng.randrange(7, 23), rng.randrange(0, 60)
    if variant == "hour":
        h = rng.choice([17, 18, 20, 21, 22])
        if lang == "en-us":
            return "%d pm" % (h - 12) if rng.random() < 0.5 else "%d:00 pm" % (h - 12)
        if lang == "fr-be":
            return "%dh" % h
        return "%d:00" % h if rng.random() < 0.6 else "%d.00" % h
    if lang == "en-us":
        return rng.choice(["%d:%02d pm" % (h % 12 or 12, mi), "%d:%02d" % (h, mi), "%dam" % rng.randrange(7, 12)])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi)])
    return rng.choice(["%d:%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d:%02d uur" % (h, mi) if not lang.startswith("en") else "%d:%02d" % (h, mi)])


def year(rng, lang):
    return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


def error_code(rng, lang):
    return rng.choice(["E-" + rs(rng, DIG, 4), "0x800" + rs(rng, HEX.upper(), 5), "ERR_" + rng.choice(["CONN_RESET", "AUTH_403", "TIMEOUT"]),
                       "foutcode " + rs(rng, DIG, 3) if False else rs(rng, UP, 2) + "-" + rs(rng, DIG, 3), "HTTP 5" + rng.choice(["00", "02", "03"]),
                       "code " + rs(rng, DIG, 3) if False else "E" + rs(rng, DIG, 3), rng.choice(["401 Unauthorized", "429 Too Many Requests", "403 Forbidden"]),
                       "DNS_PROBE_FINISHED_NXDOMAIN", "PPP-" + rs(rng, DIG, 3)])


def flight_number(rng, lang):
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "TB", "LH", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randrange(100, 9999))


def invoice_number(rng, lang):
    return rng.choice(["F" + rs(rng, DIG, 9), "INV-" + rs(rng, DIG, 6), "2026-" + rs(rng, DIG, 5), rs(rng, DIG, 10), "FAC/" + rs(rng, DIG, 6)])


def order_number(rng, lang):
    return rng.choice(["#" + rs(rng, DIG, 6), rs(rng, DIG, 9), "ORD-" + rs(rng, DIG, 7), "WS" + rs(rng, DIG, 8), "1" + rs(rng, DIG, 7) + "-" + rs(rng, DIG, 2)])


def ticket_number(rng, lang):
    return rng.choice(["#" + rs(rng, DIG, 7), "CAS-" + rs(rng, DIG, 5) + "-" + rs(rng, UP, 1) + rs(rng, DIG, 1) + rs(rng, UP, 4), "T" + rs(rng, DIG, 8), "REF-" + rs(rng, DIG, 6), rs(rng, DIG, 8)])


def tracking_number(rng, lang):
    return rng.choice(["3S" + rs(rng, UP, 4) + rs(rng, DIG, 9), "1Z" + rs(rng, UP + DIG, 16), "JVGL" + rs(rng, DIG, 16), "CD" + rs(rng, DIG, 9) + "BE", rs(rng, DIG, 14), "LX" + rs(rng, DIG, 9) + "NL"])


def meter_reading(rng, lang):
    return rng.choice([rs(rng, DIG, 5), "0" + rs(rng, DIG, 4) + "," + rs(rng, DIG, 1), rs(rng, DIG, 5) + " kWh", rs(rng, DIG, 4) + " m³"])


MODELS = ["Galaxy A54", "Fritz!Box 7590", "H369A", "iPhone 15 Pro", "TP-Link Archer C6", "Experia Box v10", "Pixel 8a", "Redmi Note 13",
          "Connect Box", "Sagemcom F@st 5670", "Galaxy S23 FE", "iPhone 12 mini", "Moto G84", "Deco X20", "Huawei B535", "Nokia G42",
          "iPad Air M2", "Apple Watch SE", "Sonos Era 100", "Bbox 4", "ZTE MF286D", "BT Smart Hub 2", "Xfinity XB7", "Eero Pro 6E"]


PHONES = ["Galaxy A54", "iPhone 15 Pro", "Pixel 8a", "Redmi Note 13", "Galaxy S23 FE", "iPhone 12 mini", "Moto G84", "Nokia G42", "iPad Air M2", "iPhone SE (2022)", "Galaxy Z Flip5"]
ROUTERS = ["Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Experia Box v10", "Connect Box", "Sagemcom F@st 5670", "Deco X20", "Huawei B535", "Bbox 4",
           "ZTE MF286D", "BT Smart Hub 2", "Xfinity XB7", "Eero Pro 6E", "Fritz!Box 7530 AX", "b-box 3V+"]


def model_number(rng, lang, variant=None):
    if variant == "phone":
        return rng.choice(PHONES)
    if variant == "router":
        return rng.choice(ROUTERS)
    return rng.choice(MODELS + PHONES[8:] + ROUTERS[13:])


def product_code(rng, lang):
    return rng.choice([luhn_complete("87" + rs(rng, DIG, 10)) if False else "87" + rs(rng, DIG, 11), "SKU-" + rs(rng, UP, 3) + "-" + rs(rng, DIG, 4), "art.nr. " + rs(rng, DIG, 7) if False else rs(rng, UP, 2) + rs(rng, DIG, 6), "54" + rs(rng, DIG, 11)])


def version_string(rng, lang):
    return rng.choice(["iOS %d.%d.%d" % (rng.randrange(16, 19), rng.randrange(0, 6), rng.randrange(1, 4)), "Android %d" % rng.randrange(12, 16),
                       "%d.%d.%d" % (rng.randrange(4, 12), rng.randrange(0, 30), rng.randrange(0, 9)), "v%d.%d" % (rng.randrange(1, 9), rng.randrange(0, 20)),
                       "build %d.%d.%d" % (rng.randrange(1, 9), rng.randrange(0, 20), rng.randrange(100, 999)), "Windows 11 23H2", "firmware %d.%02d" % (rng.randrange(6, 8), rng.randrange(1, 99))])


def percentage(rng, lang):
    v = rng.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 70, 99, 100])
    if lang.startswith("en"):
        return "%d%%" % v
    return rng.choice(["%d%%" % v, "%d %%" % v, "%d procent" % v if lang != "fr-be" else "%d pour cent" % v])


def quantity(rng, lang, variant=None):
    if variant == "data":
        return rng.choice(["%d GB" % rng.choice([5, 10, 20, 40, 100]), "%dGB" % rng.choice([3, 8, 15]), "%d Mbps" % rng.choice([50, 100, 500, 1000]),
                           "%d Mbit" % rng.choice([100, 400, 1000]), "unlimited data" if False else "%d GB" % rng.choice([2, 6, 30])])
    return rng.choice(["%d GB" % rng.choice([5, 10, 20, 40, 100]), "%dGB" % rng.choice([3, 8, 15]), "%d Mbps" % rng.choice([50, 100, 500, 1000]),
                       "%d Mbit" % rng.choice([100, 400, 1000]), "%d kWh" % rng.randrange(100, 4000), "%d m³" % rng.randrange(200, 2000),
                       "%d MB" % rng.randrange(100, 900), "%d minuten" % rng.randrange(10, 120) if not lang.startswith(("en", "fr")) else "%d minutes" % rng.randrange(10, 120)])


def masked_value(rng, lang, variant=None):
    if variant == "card":
        return rng.choice(["**** **** **** " + rs(rng, DIG, 4), "XXXX-XXXX-XXXX-" + rs(rng, DIG, 4), "•••• " + rs(rng, DIG, 4), "************" + rs(rng, DIG, 4), "xxxx " + rs(rng, DIG, 4)])
    if variant == "iban":
        return rng.choice(["NL** **** **** **" + rs(rng, DIG, 2), "BE** **** **** " + rs(rng, DIG, 4), "NL**RABO****" + rs(rng, DIG, 4), "**" + rs(rng, DIG, 3)])
    if variant == "phone":
        return rng.choice(["06-****" + rs(rng, DIG, 4), "+31 6 ** ** " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 2), "*******" + rs(rng, DIG, 3), "07700 ****" + rs(rng, DIG, 2)])
    if variant == "email":
        return rng.choice(["j****@****.nl", "s***@w*****.nl", "m*****@g***.com", "a****e@***.be"])
    if variant == "pw":
        return rng.choice(["********", "••••••••", "***********", "(verborgen)" if False else "**********"])
    return rng.choice(["********", "**** **** **** " + rs(rng, DIG, 4), "NL** **** **** **" + rs(rng, DIG, 2), "XXXX-XXXX-XXXX-" + rs(rng, DIG, 4),
                       "06-****" + rs(rng, DIG, 4), "BE** **** **** " + rs(rng, DIG, 4), "•••• " + rs(rng, DIG, 4), "j****@****.nl", "ending in " + rs(rng, DIG, 4) if False else "*" * 6 + rs(rng, DIG, 2)])


def url(rng, lang, brands):
    b = rng.choice(brands).lower().replace(" ", "")
    return rng.choice(["https://www.%s.nl/service" % b, "https://%s.com/help/reset-password" % b, "www.%s.be/fr/aide" % b, "https://status.%s.io" % b,
                       "https://%s.co.uk/account/login" % b, "https://m.%s.nl/app?ref=%s" % (b, rs(rng, DIG, 4)), "https://%s.nl/mijn" % b])


def hashtag(rng, lang):
    return rng.choice(["#storing", "#klantenservice", "#fail", "#wifi", "#help", "#customerservice", "#outage", "#annoyed", "#bankieren", "#pakket",
                       "#dtv", "#panne", "#service", "#zucht", "#nietblij", "#BlackFriday", "#5G", "#wachtenwachten", "#fraude", "#scam"])
