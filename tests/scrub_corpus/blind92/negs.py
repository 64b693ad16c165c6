"""Hard-negative value generators (look like PII, must not be scrubbed)."""
import string
from values import rdig, ralnum, HEX, MONTHS, fam

UP = string.ascii_uppercase


def date(rng, ctx):
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(ctx["lang"])
    mn = MONTHS[f][m - 1]
    if ctx["lang"] == "en-us":
        forms = ["%d/%d/%d" % (m, d, y), "%s %d" % (mn, d), "%s %d, %d" % (mn[:3], d, y), "%02d/%02d" % (m, d)]
    elif f == "en":
        forms = ["%d %s" % (d, mn), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[:3], y), "%d-%02d-%02d" % (y, m, d)]
    else:
        forms = ["%d %s" % (d, mn), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y)]
    return rng.choice(forms)


def time(rng, ctx):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 45, 50, 12, 37])
    if ctx["lang"] == "en-us":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm"), "%d:%02d" % (h, m)])
    if ctx["lang"] == "fr-be":
        return rng.choice(["%dh%02d" % (h, m), "%d:%02d" % (h, m), "%dh" % h])
    return rng.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%d:%02d" % (h, m)])


def amount(rng, ctx):
    a = rng.choice([rng.randint(2, 95), rng.randint(100, 2500), rng.randint(10000, 60000)])
    c = rng.randint(0, 99)
    lang = ctx["lang"]
    if lang == "en-gb":
        return rng.choice(["£%d.%02d" % (a, c), "£%d" % a, "%d GBP" % a, "€%d.%02d" % (a, c)])
    if lang == "en-us":
        return rng.choice(["$%d.%02d" % (a, c), "$%s" % format(a, ","), "USD %d" % a, "%d USDT" % a])
    return rng.choice(["€ %d,%02d" % (a, c), "€%d" % a, "%d euro" % a, "EUR %s,00" % format(a, ",").replace(",", "."),
                       "%d,%02d EUR" % (a, c), "€ %d,-" % a, "%d €" % a])


def quantity(rng, ctx):
    f = fam(ctx["lang"])
    n = rng.randint(2, 60)
    u = {"nl": ["sleutels", "banden", "liter", "uur", "dagen", "stuks", "km"],
         "fr": ["clés", "pneus", "litres", "heures", "jours", "pièces", "km"],
         "en": ["keys", "tyres" if ctx["lang"] == "en-gb" else "tires", "litres" if ctx["lang"] == "en-gb" else "gallons", "hours", "days", "units", "miles"]}[f]
    return "%d %s" % (n, rng.choice(u))


def percentage(rng, ctx):
    v = rng.choice(["%d%%" % rng.randint(1, 80), "%d,%d%%" % (rng.randint(0, 12), rng.randint(1, 9)), "%d %%" % rng.randint(2, 40)])
    if fam(ctx["lang"]) == "en":
        v = v.replace(",", ".")
    return v


def year(rng, ctx):
    return str(rng.randint(2008, 2025))


def order_number(rng, ctx):
    return rng.choice(["%s-%s" % (rdig(rng, 3), rdig(rng, 7)), "ORD-%s" % rdig(rng, 8), "#%s" % rdig(rng, 7), "WO%s" % rdig(rng, 6),
                       "BST%s" % rdig(rng, 9), rdig(rng, 10, True)])


def ticket_number(rng, ctx):
    return rng.choice(["#%s" % rdig(rng, 6), "CAS-%s-%s" % (rdig(rng, 5), ralnum(rng, 6, UP + "0123456789")), "INC%s" % rdig(rng, 7),
                       "%s" % rdig(rng, 8, True), "SR-%s" % rdig(rng, 6), "TK%s" % rdig(rng, 6), "%s %s %s" % (rdig(rng, 4), rdig(rng, 4), rdig(rng, 4))])


def invoice_number(rng, ctx):
    return rng.choice(["F%s-%s" % (rng.randint(2023, 2026), rdig(rng, 5)), "INV-%s" % rdig(rng, 7), "%s" % rdig(rng, 10, True),
                       "FAC/%s/%s" % (rng.randint(2024, 2026), rdig(rng, 4)), "+++%s/%s/%s+++" % (rdig(rng, 3), rdig(rng, 4), rdig(rng, 5)),
                       "%s %s %s %s" % (rdig(rng, 4), rdig(rng, 4), rdig(rng, 4), rdig(rng, 4))])


def tracking_number(rng, ctx):
    return rng.choice(["3S%s%s" % (ralnum(rng, 4, UP), rdig(rng, 9)), "1Z%s%s" % (ralnum(rng, 6, UP + "0123456789"), rdig(rng, 10)),
                       "JVGL%s" % rdig(rng, 14), "CD%s%sBE" % (rdig(rng, 9), ""), "RR%sNL" % rdig(rng, 9), rdig(rng, 14)])


def request_id(rng, ctx):
    u = "%s-%s-4%s-%s%s-%s" % (ralnum(rng, 8, HEX), ralnum(rng, 4, HEX), ralnum(rng, 3, HEX), rng.choice("89ab"), ralnum(rng, 3, HEX), ralnum(rng, 12, HEX))
    return rng.choice([u, "req_" + ralnum(rng, 16, HEX), "REQ-%s" % rdig(rng, 9), ralnum(rng, 8, HEX) + "-" + ralnum(rng, 4, HEX)])


def error_code(rng, ctx):
    return rng.choice(["E%d" % rng.randint(100, 999), "ERR_%s" % rng.choice(["NETWORK", "2FA_TIMEOUT", "KYC_PENDING", "CARD_DECLINED", "SESSION_EXPIRED"]),
                       "0x%s" % ralnum(rng, 8, "0123456789ABCDEF"), "P0%d" % rng.randint(100, 999), "U%d" % rng.randint(1000, 3999),
                       "code %d" % rng.choice([401, 403, 429, 500, 502, 503]), "-%d" % rng.randint(1000, 1999), "AUTH-%d" % rng.randint(10, 99)])


def version_string(rng, ctx):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 30)),
                       "%d.%d.%d (%d)" % (rng.randint(1, 12), rng.randint(0, 40), rng.randint(0, 9), rng.randint(1000, 99999)),
                       "%d.%d" % (rng.randint(2, 18), rng.randint(0, 9)), "iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)),
                       "Android %d" % rng.randint(10, 15), "build %d.%d.%d-%s" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 99), ralnum(rng, 7, HEX))])


def model_number(rng, ctx):
    return rng.choice(["SM-S%d%dB" % (rng.randint(90, 93), rng.randint(0, 9)), "A%d" % rng.randint(2100, 3300), "MIB3-%s" % rdig(rng, 3),
                       "DC-%d" % rng.randint(1000, 9999), "PLP1-0-2-4-9-00%d" % rng.randint(1, 9), "EVB-%d%s" % (rng.randint(10, 99), ralnum(rng, 2, UP)),
                       "CR2032", "Pixel %d Pro" % rng.randint(6, 9), "TCU%d" % rng.randint(100, 999), "WBX-%s" % rdig(rng, 5)])


def product_code(rng, ctx):
    return rng.choice(["SKU-%s-%s" % (rdig(rng, 5), ralnum(rng, 3, UP)), "%s.%s.%s" % (rdig(rng, 3), rdig(rng, 3), rdig(rng, 2)),
                       "5Q0%s%s" % (rdig(rng, 3), ralnum(rng, 2, UP)), "PN %s" % rdig(rng, 8), "ART%s" % rdig(rng, 6), "OE %s %s %s" % (rdig(rng, 2), rdig(rng, 2), rdig(rng, 3))])


def flight_number(rng, ctx):
    return rng.choice(["KL%d" % rng.randint(600, 1999), "SN %d" % rng.randint(2000, 3999), "HV%d" % rng.randint(5000, 6999),
                       "BA%d" % rng.randint(100, 999), "FR %d" % rng.randint(1000, 9999), "UA%d" % rng.randint(10, 999), "TB%d" % rng.randint(1000, 3999)])


def company_phone(rng, ctx):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice(["088 %s %s" % (rdig(rng, 3), rdig(rng, 4)), "0800-%s" % rdig(rng, 4), "0900 %s" % rdig(rng, 4),
                           "0800 %s %s" % (rdig(rng, 3), rdig(rng, 4)), "088-%s" % rdig(rng, 7), "+31 88 %s %s" % (rdig(rng, 3), rdig(rng, 4))])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 %s %s %s" % (rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)), "070 %s %s" % (rdig(rng, 3), rdig(rng, 3)),
                           "0800 %s %s" % (rdig(rng, 2), rdig(rng, 3)), "+32 78 %s %s %s" % (rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)), "078/%s.%s" % (rdig(rng, 2), rdig(rng, 3))])
    if lang == "en-gb":
        return rng.choice(["0800 %s %s" % (rdig(rng, 3), rdig(rng, 4)), "0345 %s %s" % (rdig(rng, 3), rdig(rng, 4)), "0333 %s %s" % (rdig(rng, 3), rdig(rng, 4)),
                           "0330 %s %s" % (rdig(rng, 3), rdig(rng, 4))])
    return rng.choice(["1-800-%s-%s" % (rdig(rng, 3), rdig(rng, 4)), "(888) %s-%s" % (rdig(rng, 3), rdig(rng, 4)), "1 (877) %s-%s" % (rdig(rng, 3), rdig(rng, 4)),
                       "800-%s-%s" % (rdig(rng, 3), rdig(rng, 4))])


def company_registration(rng, ctx):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice(["KvK %s" % rdig(rng, 8, True), "KvK-nummer %s" % rdig(rng, 8, True), "NL%sB01" % rdig(rng, 9), "BTW NL%sB0%d" % (rdig(rng, 9), rng.randint(1, 9))])
    if lang in ("nl-be", "fr-be"):
        d = "0" + rdig(rng, 9)
        return rng.choice(["BE %s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE%s" % d, "%s.%s.%s" % (d[:4], d[4:7], d[7:]), "RPR %s" % d, "TVA BE %s" % d])
    if lang == "en-gb":
        return rng.choice(["Company No. %s" % rdig(rng, 8), "GB%s" % rdig(rng, 9), "VAT GB %s %s %s" % (rdig(rng, 3), rdig(rng, 4), rdig(rng, 2)), "FCA %s" % rdig(rng, 6)])
    return rng.choice(["EIN %s-%s" % (rdig(rng, 2), rdig(rng, 7)), "NMLS #%s" % rdig(rng, 6), "FEIN %s-%s" % (rdig(rng, 2), rdig(rng, 7))])


def masked_value(rng, ctx):
    l4 = rdig(rng, 4)
    return rng.choice(["****%s" % l4, "**** **** **** %s" % l4, "•••• %s" % l4, "XXXX-XXXX-XXXX-%s" % l4, "NL** **** **** **%s %s" % (l4[:2], l4[2:]),
                       "BE** **** **** %s" % l4, "+31 6 ** ** ** %s" % l4[:2], "+32 4** ** ** %s" % l4[:2], "%s***@gmail.com" % rng.choice("jmskdr"),
                       "%s****%s" % (rdig(rng, 6), l4), "***-**-%s" % l4, "xxxxxx%s" % l4[:2]])


def meter_reading(rng, ctx):
    v = rng.randint(1200, 240000)
    f = fam(ctx["lang"])
    if f == "en":
        return rng.choice([format(v, ","), "%d miles" % v, "%d km" % v])
    return rng.choice([format(v, ",").replace(",", "."), "%d km" % v, format(v, ",").replace(",", " ") + " km", str(v)])


def port(rng, ctx):
    return str(rng.choice([443, 8443, 8080, 22, 3389, 5228, 1883, 8883, 9000]))


def checksum(rng, ctx):
    return ralnum(rng, rng.choice([32, 40, 64]), HEX)


def url(rng, ctx):
    P = ctx["pools"]
    d = rng.choice(P["domain"])
    path = rng.choice(["", "/contact", "/help/2fa", "/parkeren/vergunning", "/nl/service", "/fr/assistance", "/support/account-recovery",
                       "/lease/schade", "/app", "/security", "/faq#pin", "/s/reset"])
    return rng.choice(["https://www.%s%s" % (d, path), "www.%s%s" % (d, path), "%s%s" % (d, path), "https://%s%s?utm_source=x" % (d, path or "/")])


def mention(rng, ctx):
    return "@" + rng.choice(ctx["pools"]["mention"])


def hashtag(rng, ctx):
    return "#" + rng.choice(ctx["pools"]["hashtag"])


NEG_GEN = {
    "n_date": ("date", date), "n_time": ("time", time), "n_amount": ("amount", amount), "n_qty": ("quantity", quantity),
    "n_pct": ("percentage", percentage), "n_year": ("year", year), "n_order": ("order_number", order_number),
    "n_ticket": ("ticket_number", ticket_number), "n_invoice": ("invoice_number", invoice_number),
    "n_track": ("tracking_number", tracking_number), "n_req": ("request_id", request_id), "n_err": ("error_code", error_code),
    "n_ver": ("version_string", version_string), "n_model": ("model_number", model_number), "n_prod": ("product_code", product_code),
    "n_flight": ("flight_number", flight_number), "n_cphone": ("company_phone", company_phone),
    "n_kvk": ("company_registration", company_registration), "n_mask": ("masked_value", masked_value),
    "n_meter": ("meter_reading", meter_reading), "n_port": ("port", port), "n_sum": ("checksum", checksum),
    "n_url": ("url", url), "n_mention": ("mention", mention), "n_hashtag": ("hashtag", hashtag),
}
