"""Hard-negative generators (look like PII, must not be scrubbed)."""
import string
from values import digits, nz_digits, MONTHS, FAM, _rand


def n_date(rng, lang, P):
    fam = FAM[lang]
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    r = rng.random()
    if r < 0.35:
        return f"{d:02d}-{m:02d}-{y}" if fam == "nl" else (f"{m:02d}/{d:02d}/{y}" if lang == "en-us" else f"{d:02d}/{m:02d}/{y}")
    if r < 0.65:
        mn = MONTHS[fam][m - 1]
        return f"{mn} {d}" if lang == "en-us" else f"{d} {mn}"
    if r < 0.8:
        return f"{d}/{m}"
    return f"{d} {MONTHS[fam][m - 1][:3]} {y}" if fam != "en" or lang == "en-gb" else f"{MONTHS[fam][m - 1][:3]} {d}, {y}"


def n_time(rng, lang, P):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 12, 15, 23, 30, 41, 45, 58])
    fam = FAM[lang]
    if fam == "nl":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}:{rng.randint(10, 59)}"])
    if fam == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h"])
    hh = h % 12 or 12
    return rng.choice([f"{hh}:{mi:02d}{rng.choice(['am', 'pm', ' AM', ' PM'])}", f"{h:02d}:{mi:02d}", f"{hh}{rng.choice(['am', 'pm'])}"])


def n_amount(rng, lang, P):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 49999)])
    c = rng.randint(0, 99)
    fam = FAM[lang]
    if fam in ("nl", "fr"):
        vs = f"{v:,}".replace(",", ".")
        return rng.choice([f"€ {vs},{c:02d}", f"€{vs},{c:02d}", f"{vs},{c:02d} euro", f"EUR {vs},{c:02d}", f"{v} euro", f"€{v},-", f"{vs},{c:02d} €" if fam == "fr" else f"€ {v}"])
    cur = "£" if lang == "en-gb" else "$"
    return rng.choice([f"{cur}{v:,}.{c:02d}", f"{cur}{v:,}", f"{cur} {v}", f"{v:,}.{c:02d} {'GBP' if cur == '£' else 'USD'}", f"€{v:,}.{c:02d}"])


def n_quantity(rng, lang, P, fmt=None):
    fam = FAM[lang]
    if fmt == "dur":
        n = rng.randint(2, 14)
        w = {"nl": ["dagen", "weken", "werkdagen", "uur"], "fr": ["jours", "semaines", "jours ouvrables", "heures"],
             "en": ["days", "weeks", "working days", "hours"]}[fam]
        return f"{n} {rng.choice(w)}"
    if fmt == "try":
        n = rng.randint(3, 5)
        w = {"nl": ["pogingen", "foute pogingen", "keer een verkeerde pincode"], "fr": ["tentatives", "essais", "codes erronés"],
             "en": ["attempts", "wrong PIN attempts", "failed tries"]}[fam]
        return f"{n} {rng.choice(w)}"
    n = rng.randint(2, 14)
    w = {"nl": ["transacties", "betalingen", "afschrijvingen", "overboekingen"],
         "fr": ["transactions", "paiements", "opérations", "virements"],
         "en": ["transactions", "payments", "charges", "transfers"]}[fam]
    return f"{n} {rng.choice(w)}"


def n_percentage(rng, lang, P):
    v = rng.choice(["2,5", "0,8", "15", "100", "3,9", "1,25"]) if FAM[lang] != "en" else rng.choice(["2.5", "0.8", "15", "100", "3.9", "1.25"])
    return v + rng.choice(["%", " %"]) if FAM[lang] == "fr" else v + "%"


def n_year(rng, lang, P):
    return str(rng.randint(2015, 2026))


def n_order(rng, lang, P):
    return rng.choice([nz_digits(rng, 10), "ORD-" + digits(rng, 7), "#" + nz_digits(rng, 8), "BOL" + digits(rng, 9) if FAM[lang] == "nl" else "A" + digits(rng, 9), f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"])


def n_ticket(rng, lang, P):
    return rng.choice(["FRD-" + digits(rng, 6), f"{rng.choice([2025, 2026])}-{nz_digits(rng, 6)}", "CAS-" + digits(rng, 5) + "-" + _rand(rng, "BCDFGHJKLMNPQRSTVWXZ", 4), "SR" + digits(rng, 8), "#" + nz_digits(rng, 7), "INC" + digits(rng, 7), "DSP-" + digits(rng, 6), "F" + nz_digits(rng, 9), "REF " + digits(rng, 4) + "-" + digits(rng, 4)])


def n_invoice(rng, lang, P):
    return rng.choice(["INV-" + digits(rng, 6), "F" + str(rng.choice([2025, 2026])) + "-" + digits(rng, 5), nz_digits(rng, 9), "FAC/" + digits(rng, 4) + "/" + digits(rng, 3)])


def n_tracking(rng, lang, P):
    return rng.choice(["3S" + _rand(rng, string.ascii_uppercase, 4) + digits(rng, 9), "1Z" + _rand(rng, string.ascii_uppercase + string.digits, 16), "JVGL" + digits(rng, 16), "CD" + digits(rng, 9) + "BE", "RR" + digits(rng, 9) + "GB"])


def n_request(rng, lang, P):
    h = "0123456789abcdef"
    return rng.choice([_rand(rng, h, 8) + "-" + _rand(rng, h, 4) + "-4" + _rand(rng, h, 3) + "-" + _rand(rng, h, 4) + "-" + _rand(rng, h, 12), "req_" + _rand(rng, string.ascii_letters + string.digits, 14), "X-" + _rand(rng, h.upper(), 10)])


def n_error(rng, lang, P):
    return rng.choice(["E" + digits(rng, 3), "ERR_" + rng.choice(["403", "CARD_BLOCKED", "OTP_EXPIRED", "500"]), "0x" + _rand(rng, "0123456789ABCDEF", 8), f"{rng.choice(['AUTH', 'PAY', 'SEC'])}-{digits(rng, 4)}", "code " + digits(rng, 2) if False else "F" + digits(rng, 3), str(rng.choice([401, 403, 429, 502, 503]))])


def n_version(rng, lang, P):
    return rng.choice([f"{rng.randint(4, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 19)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"{rng.randint(20, 25)}.{rng.randint(1, 52)}.{rng.randint(0, 9)} (build {digits(rng, 4)})"])


def n_model(rng, lang, P):
    return rng.choice(P["models"])


def n_product(rng, lang, P):
    return rng.choice(P["products"])


def n_flight(rng, lang, P):
    return rng.choice(["KL", "SN", "HV", "FR", "BA", "U2", "TB", "UA", "AA", "LH"]) + str(rng.randint(100, 9999))


def n_company_phone(rng, lang, P):
    return rng.choice(P["cphones"])


def n_company_reg(rng, lang, P):
    fam = FAM[lang]
    if lang == "nl":
        return rng.choice([nz_digits(rng, 8), f"NL{nz_digits(rng, 9)}B01", f"NL {digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 3)}.B.01"])
    if fam in ("nl", "fr"):
        d = "0" + nz_digits(rng, 9)
        return rng.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if lang == "en-gb":
        return rng.choice([nz_digits(rng, 8) if rng.random() < 0.5 else "SC" + digits(rng, 6), f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", f"NMLS #{nz_digits(rng, 6)}"])


def n_url(rng, lang, P):
    return rng.choice(P["urls"])


def n_mention(rng, lang, P):
    return rng.choice(P["mentions"])


def n_hashtag(rng, lang, P):
    return rng.choice(P["hashtags"])


def n_masked(rng, lang, P):
    r = rng.random()
    l4 = digits(rng, 4)
    if r < 0.25:
        return rng.choice(["****", "**** **** **** ", "xxxx-xxxx-xxxx-", "•••• ", "XXXX XXXX XXXX ", "*"]) + l4
    if r < 0.45:
        cc = "NL" if FAM[lang] == "nl" and lang == "nl" else ("BE" if lang in ("nl-be", "fr-be") else "GB")
        return rng.choice([f"{cc}** **** **** {l4[:2]}{l4[2:]} {digits(rng, 2)}" if cc == "NL" else f"{cc}** **** **** {l4}", f"{cc}{digits(rng, 2)} **** **** {l4}", f"{cc}..{l4}", f"{cc}** ****{l4}"])
    if r < 0.6:
        return f"+{rng.choice(['31', '32', '44'])} 6** *** {digits(rng, 2)}" if rng.random() < 0.5 else f"06-****{digits(rng, 4)}"
    if r < 0.75:
        return rng.choice(["j***@gmail.com", "s****s@hotmail.com", "m*****@telenet.be", "k***@outlook.com", "a*****n@yahoo.co.uk"])
    if r < 0.88:
        return rng.choice(["******", "•••••", "XXX", "***"])
    return l4[:2] + "XX XXXX XXXX " + l4


def n_meter(rng, lang, P):
    return f"{rng.randint(1000, 99999)} kWh"


def n_port(rng, lang, P):
    return str(rng.choice([443, 8080, 8443, 22, 3389, 5900]))


def n_checksum(rng, lang, P):
    return _rand(rng, "0123456789abcdef", rng.choice([32, 64]))


NEG = {
    "date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage,
    "year": n_year, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
    "tracking_number": n_tracking, "request_id": n_request, "error_code": n_error, "version_string": n_version,
    "model_number": n_model, "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
    "company_registration": n_company_reg, "url": n_url, "mention": n_mention, "hashtag": n_hashtag,
    "masked_value": n_masked, "meter_reading": n_meter, "port": n_port, "checksum": n_checksum,
}
