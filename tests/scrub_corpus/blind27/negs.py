"""Hard-negative value generators (things that look like secrets but are not)."""
import string
from values import rs, DIG, HEX, LOWALNUM, fam, company_phone, MONTHS

UP = string.ascii_uppercase


def amount(rng, lang):
    e, c = rng.randint(3, 480), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice(["£%d.%02d" % (e, c), "£%d" % e, "%d.%02d GBP" % (e, c)])
    if lang == "en-us":
        return rng.choice(["$%d.%02d" % (e, c), "$%d" % e, "%d.%02d USD" % (e, c)])
    if lang == "fr-be":
        return rng.choice(["%d,%02d €" % (e, c), "%d €" % e, "%d,%02d EUR" % (e, c), "€%d,%02d" % (e, c)])
    return rng.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d euro" % e, "€%d,-" % e, "EUR %d,%02d" % (e, c)])


def company_registration(rng, lang):
    if lang == "nl":
        return rng.choice(["%s" % rs(rng, DIG, 8), "NL%sB%02d" % (rs(rng, DIG, 9), rng.randint(1, 20))])
    if lang in ("nl-be", "fr-be"):
        d = "0" + rs(rng, DIG, 9)
        return rng.choice(["%s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE %s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE" + d])
    if lang == "en-gb":
        return rng.choice(["%08d" % rng.randint(1000000, 9999999), "GB%s" % rs(rng, DIG, 9), "GB %s %s %s" % (rs(rng, DIG, 3), rs(rng, DIG, 4), rs(rng, DIG, 2))])
    return "%s-%s" % (rs(rng, DIG, 2), rs(rng, DIG, 7))


def date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    mn = MONTHS[fam(lang)][m - 1]
    if lang == "en-us":
        return rng.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (mn, d), "%s %d, %d" % (mn[:3], d, y)])
    if lang == "en-gb":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, mn), "%d %s %d" % (d, mn[:3], y)])
    if fam(lang) == "fr":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, mn), "%02d/%02d" % (d, m)])
    return rng.choice(["%02d-%02d-%d" % (d, m, y), "%d %s" % (d, mn), "%d-%d" % (d, m), "%d/%d" % (d, m)])


def time(rng, lang):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 42, 45, 50])
    if lang == "en-us":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am")])
    if lang == "nl-be":
        return rng.choice(["%du%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi)])
    return "%02d:%02d" % (h, mi) if rng.random() < 0.8 else "%d.%02d" % (h, mi)


def year(rng, lang):
    return str(rng.randint(2012, 2025))


def error_code(rng, lang):
    return rng.choice([
        "E" + rs(rng, DIG, 3), "E-" + rs(rng, DIG, 3), "0x8007" + rs(rng, HEX, 4).upper(), "ERR_" + rng.choice(["CONN_RESET", "TIMEOUT", "AUTH_FAILED", "CARD_DECLINED", "SIM_LOCKED"]),
        rng.choice(["F", "L", "H"]) + rs(rng, DIG, 2), "%d" % rng.choice([401, 403, 404, 500, 502, 503, 651, 691, 720]),
        rng.choice(["PAY", "NET", "SIM", "OTP"]) + "-" + rs(rng, DIG, 4), "code " + rs(rng, DIG, 2) + "." + rs(rng, DIG, 2),
    ]).replace("code ", "")


def flight_number(rng, lang):
    return rng.choice(["KL", "SN", "FR", "BA", "U2", "HV", "TB", "AA", "UA", "LH", "W6"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def order_number(rng, lang):
    return rng.choice([
        rs(rng, DIG, 10), "#" + rs(rng, DIG, 6), "%s-%s-%s" % (rs(rng, DIG, 3), rs(rng, DIG, 7), rs(rng, DIG, 7)),
        "ORD-" + rs(rng, DIG, 7), rs(rng, UP, 2) + rs(rng, DIG, 8), "#%s-%s" % (rs(rng, DIG, 4), rs(rng, DIG, 4)),
    ])


def invoice_number(rng, lang):
    return rng.choice(["F%d-%s" % (rng.randint(2024, 2026), rs(rng, DIG, 6)), "INV-%s" % rs(rng, DIG, 8),
                       rs(rng, DIG, 12), "%s/%s" % (rs(rng, DIG, 4), rs(rng, DIG, 5)), "FA" + rs(rng, DIG, 9)])


def ticket_number(rng, lang):
    return rng.choice(["#" + rs(rng, DIG, 7), "CS-" + rs(rng, DIG, 6), "INC" + rs(rng, DIG, 7), "2025" + rs(rng, DIG, 8),
                       "T-" + rs(rng, DIG, 5), "SR" + rs(rng, DIG, 8), "CASE-" + rs(rng, DIG, 6)])


def tracking_number(rng, lang):
    return rng.choice([
        "3S" + rs(rng, UP, 4) + rs(rng, DIG, 7), "1Z" + rs(rng, UP + DIG, 6) + rs(rng, DIG, 10),
        "JVGL" + rs(rng, DIG, 16), "CD" + rs(rng, DIG, 9) + "BE", "LX" + rs(rng, DIG, 9) + "NL",
        rs(rng, DIG, 14), "9400" + rs(rng, DIG, 18), "RR" + rs(rng, DIG, 9) + "GB",
    ])


def request_id(rng, lang):
    u = rs(rng, HEX, 32)
    return rng.choice(["req_" + rs(rng, LOWALNUM, 14), "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:]),
                       rs(rng, HEX, 16), "X-" + rs(rng, UP + DIG, 10)])


def meter_reading(rng, lang):
    unit = rng.choice(["kWh", "kWh", "m³", "m3"])
    v = rng.randint(120, 98000)
    return rng.choice(["%05d %s" % (v, unit), "%d %s" % (v, unit), "%05d" % v, "%d,%d %s" % (v, rng.randint(0, 9), unit)])


def model_number(rng, lang):
    return rng.choice(["FRITZ!Box 7590", "FRITZ!Box 7530 AX", "H369A", "Connect Box", "SmartWifi-X7", "b-box 3V+", "BBox 4",
                       "SM-A546B", "iPhone 13", "TC4400", "Sagemcom F@st 5688W", "Hub 2", "EX8000", "Archer AX55",
                       "Nest Thermostat E", "Pixel 8a", "Zyxel VMG8825", "Deco M5", "HomeWizard P1", "Toon 2"])


def product_code(rng, lang):
    return rng.choice(["SKU " + rs(rng, DIG, 6), "EAN " + rs(rng, DIG, 13), "art. " + rs(rng, DIG, 7), "P" + rs(rng, DIG, 8),
                       rs(rng, UP, 3) + "-" + rs(rng, DIG, 5), "9200000" + rs(rng, DIG, 9)])


def version_string(rng, lang):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40)), "iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)),
                       "Android %d" % rng.randint(11, 15), "%d.%02d" % (rng.randint(6, 8), rng.randint(1, 60)), "build %d" % rng.randint(1000, 99999),
                       "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 99), rng.randint(0, 999))])


def quantity_flavour(rng, lang, fl):
    n = rng.randint(2, 12)
    f = fam(lang)
    if fl == "data":
        return rng.choice({"nl": ["%d GB" % (n * 10), "%d Mbit" % (n * 100), "1 Gbit"], "fr": ["%d Go" % (n * 10), "%d Mbps" % (n * 100), "1 Gbps"],
                           "en": ["%dGB" % (n * 10), "%d Mbps" % (n * 100), "unlimited data"[:0] + "%d GB" % (n * 5)]}[f])
    if fl == "items":
        return rng.choice({"nl": ["%d stuks" % n, "%d exemplaren" % n, "%dx" % n], "fr": ["%d pièces" % n, "%d exemplaires" % n, "%dx" % n],
                           "en": ["%d items" % n, "%d units" % n, "%dx" % n]}[f])
    if fl == "time":
        return rng.choice({"nl": ["%d dagen" % n, "%d uur" % (n * 4), "%d werkdagen" % (n // 3 + 1), "%d weken" % (n // 4 + 2)],
                           "fr": ["%d jours" % n, "%d heures" % (n * 4), "%d jours ouvrables" % (n // 3 + 1), "%d semaines" % (n // 4 + 2)],
                           "en": ["%d days" % n, "%d hours" % (n * 4), "%d working days" % (n // 3 + 1), "%d weeks" % (n // 4 + 2)]}[f])
    if fl == "pos":
        return str(rng.randint(3, 48))
    if fl == "times":
        return rng.choice({"nl": ["%d keer" % n, "%dx" % n], "fr": ["%d fois" % n, "%dx" % n], "en": ["%d times" % n, "%dx" % n]}[f])
    # ordinal
    return rng.choice({"nl": ["%de" % n, "%dde" % n, "vierde", "zoveelste"], "fr": ["%de" % n, "%dème" % n, "quatrième", "énième"],
                       "en": ["%dth" % (n + 3), "4th", "fifth", "third"]}[f])


def percentage(rng, lang):
    v = rng.choice([5, 10, 15, 20, 21, 25, 30, 50, 6, 9, 100, 75])
    return rng.choice(["%d%%" % v, "%d %%" % v]) if fam(lang) == "fr" else "%d%%" % v


def quantity(rng, lang):
    n = rng.randint(2, 12)
    f = fam(lang)
    return rng.choice({
        "nl": ["%d stuks" % n, "%dx" % n, "%d GB" % (n * 10), "%d maanden" % n, "%d Mbit" % (n * 50)],
        "fr": ["%d pièces" % n, "%dx" % n, "%d Go" % (n * 10), "%d mois" % n, "%d Mbps" % (n * 50)],
        "en": ["%d items" % n, "%dx" % n, "%dGB" % (n * 10), "%d months" % n, "%d Mbps" % (n * 50)],
    }[f])


def url(rng, lang, domain):
    return rng.choice(["https://www.%s/%s" % (domain, rng.choice(["storing", "help", "inloggen", "contact", "login", "aide", "status", "support/wifi"])),
                       "www.%s/%s" % (domain, rng.choice(["mijn", "account", "moncompte", "my"])),
                       "https://bit.ly/%s" % rs(rng, string.ascii_letters + DIG, 7),
                       "%s/reset" % domain, "https://%s/track?id=%s" % (domain, rs(rng, DIG, 8))])


def port(rng, lang):
    return str(rng.choice([443, 8080, 8443, 22, 25, 587, 993, 3389, 5060, 51820, 1194, 80]))


def checksum(rng, lang):
    return rng.choice([rs(rng, HEX, 64), rs(rng, HEX, 32), "0x" + rs(rng, HEX, 8).upper(), rs(rng, HEX, 40)])


def hashtag(rng, lang):
    return "#" + rng.choice({
        "nl": ["storing", "klantenservice", "boos", "wachten", "internet", "fail", "nooitmeer", "energierekening", "pakketje"],
        "fr": ["panne", "serviceclient", "arnaque", "toujoursrien", "colis", "inadmissible", "facture"],
        "en": ["outage", "customerservice", "fail", "stillwaiting", "nodelivery", "scam", "badservice", "help"],
    }[fam(lang)])


def masked(rng, typ, value):
    d = "".join(c for c in value if c.isalnum())
    if typ == "card":
        return rng.choice(["**** **** **** " + d[-4:], "XXXX-XXXX-XXXX-" + d[-4:], "•••• " + d[-4:], "************" + d[-4:], "ending " + d[-4:]]).replace("ending ", "****")
    if typ == "iban":
        return rng.choice([d[:2].upper() + "** **** **** **** " + d[-4:], d[:2].upper() + "**" + "*" * 8 + d[-4:], d[:4].upper() + " •••• •••• " + d[-2:]])
    if typ == "phone":
        return rng.choice([value[:3] + "*****" + d[-3:], "******" + d[-2:], value[:4] + " ** ** " + d[-2:]])
    if typ == "email":
        loc, dom = value.split("@") if "@" in value else (value, "mail.com")
        return loc[0] + "***@" + dom
    if typ in ("pin", "otp", "cvv", "puk", "password", "wifi_key"):
        return rng.choice(["****", "••••", "******", "XXXX", "***"])
    if typ == "customer_number":
        return "*" * max(3, len(d) - 3) + d[-3:]
    if typ == "date_of_birth":
        return rng.choice(["**-**-" + d[-4:] if len(d) >= 8 else "**/**/**", "**/**/****"])
    if typ == "bsn":
        return "*****" + d[-4:]
    if typ == "card_expiry":
        return "**/**"
    if typ == "address":
        return rng.choice(["*** ****, ****", "[adres verborgen]".replace("adres verborgen", "***")])
    if typ in ("api_key", "token"):
        return value[:4] + "…" + "*" * 8
    if typ == "username":
        return value[0] + "*****"
    if typ == "ip_address":
        return "***.***.***." + value.split(".")[-1] if "." in value else "****:****::****"
    return "****"


GEN = {
    "amount": amount, "company_registration": company_registration, "date": date, "time": time, "year": year,
    "error_code": error_code, "flight_number": flight_number, "order_number": order_number,
    "invoice_number": invoice_number, "ticket_number": ticket_number, "tracking_number": tracking_number,
    "request_id": request_id, "meter_reading": meter_reading, "model_number": model_number,
    "product_code": product_code, "version_string": version_string, "percentage": percentage,
    "quantity": quantity, "port": port, "checksum": checksum, "hashtag": hashtag,
}
