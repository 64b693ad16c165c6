"""Hard-negative value generators (look like PII, must not be scrubbed)."""
from values import digits, nz_digits, UP, LO, DIG

MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "nlf": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _k(lang):
    return "nl" if lang in ("nl", "nl-be") else ("fr" if lang == "fr-be" else "en")


def date(rng, lang, ctx):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2024, 2025, 2025, 2026])
    k = _k(lang)
    if k == "nl":
        return rng.choice([f"{d} {MONTHS['nlf'][m-1]}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m-1]}", f"{d}/{m}", f"{d} {MONTHS['nlf'][m-1]} {y}"])
    if k == "fr":
        return rng.choice([f"{d} {MONTHS['fr'][m-1]}", f"{d:02d}/{m:02d}", f"{d:02d}/{m:02d}/{y}", f"le {d}/{m}".split(" ", 1)[1], f"{d} {MONTHS['fr'][m-1]} {y}"])
    if lang == "en-us":
        return rng.choice([f"{MONTHS['en'][m-1]} {d}", f"{m}/{d}", f"{m}/{d}/{y}", f"{MONTHS['en'][m-1][:3]} {d}th" if d > 3 else f"{MONTHS['en'][m-1]} {d}"])
    return rng.choice([f"{d} {MONTHS['en'][m-1]}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d}th {MONTHS['en'][m-1][:3]}" if d > 3 else f"{d} {MONTHS['en'][m-1]}"])


def time(rng, lang, ctx):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    k = _k(lang)
    if k == "nl":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d}", f"{h}:{mi:02d} uur"])
    if k == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h"])
    if lang == "en-us":
        hh = h % 12 or 12
        return rng.choice([f"{hh}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{hh}:{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}{mi:02d}"])


def amount(rng, lang, ctx):
    v = rng.choice([rng.randint(15, 99), rng.randint(100, 999), rng.randint(1000, 6500)])
    c = rng.randint(0, 99)
    k = _k(lang)
    if k in ("nl", "fr"):
        big = f"{v:,}".replace(",", ".")
        return rng.choice([f"€ {big},{c:02d}", f"€{v}", f"{big},{c:02d} euro", f"EUR {big},{c:02d}", f"{v} EUR", f"{v}€", f"€ {v},-", f"{v} euros" if k == "fr" else f"{v} euro"])
    if lang == "en-gb":
        return rng.choice([f"£{v:,}.{c:02d}", f"£{v}", f"€{v:,}.{c:02d}", f"{v} GBP", f"EUR {v}"])
    return rng.choice([f"${v:,}.{c:02d}", f"${v}", f"USD {v}", f"€{v:,}", f"{v} dollars"])


def quantity(rng, lang, ctx):
    k = _k(lang)
    n = rng.randint(2, 9)
    opts = {
        "nl": [f"{rng.randint(15, 32)} kg", f"{n} koffers", f"{n} nachten", f"{rng.randint(2, 14)} dagen", f"{n} personen", f"{rng.randint(40, 900)} km"],
        "fr": [f"{rng.randint(15, 32)} kg", f"{n} valises", f"{n} nuits", f"{rng.randint(2, 14)} jours", f"{n} personnes", f"{rng.randint(40, 900)} km"],
        "en": [f"{rng.randint(15, 32)}kg", f"{n} suitcases", f"{n} nights", f"{rng.randint(2, 14)} days", f"{n} passengers", f"{rng.randint(30, 600)} miles"],
    }
    return rng.choice(opts[k])


def percentage(rng, lang, ctx):
    v = rng.choice([10, 15, 20, 25, 50, 75, 80, 100])
    return rng.choice([f"{v}%", f"{v} %", f"{v} procent" if _k(lang) == "nl" else f"{v}%"])


def year(rng, lang, ctx):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026]))


def order_number(rng, lang, ctx):
    r = rng.random()
    if r < 0.35:  # airline PNR
        return "".join(rng.choice(UP.replace("O", "").replace("I", "") + "23456789") for _ in range(6))
    if r < 0.5:
        return f"{digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 3)}"
    if r < 0.65:
        return rng.choice(["BKG", "RES", "HTL", "BK", "TUI", "RSV"]) + "-" + digits(rng, rng.choice([6, 8]))
    if r < 0.8:
        return nz_digits(rng, 10)
    return f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 7)}"


def ticket_number(rng, lang, ctx):
    r = rng.random()
    if r < 0.3:
        return f"CLM-{rng.choice([2024, 2025])}-{digits(rng, 6)}"
    if r < 0.5:
        return f"#{nz_digits(rng, rng.choice([6, 7]))}"
    if r < 0.65:
        return f"{digits(rng, 2)}-{digits(rng, 6)}"
    if r < 0.8:
        return f"SCH{digits(rng, 7)}"
    return f"{rng.choice(['CAS', 'DOS', 'REF', 'KL'])}{digits(rng, 6)}"


def ticket_number_plain(rng, lang, ctx):
    return "#" + nz_digits(rng, 7)


def invoice_number(rng, lang, ctx):
    return rng.choice([f"INV-{rng.choice([2024, 2025])}-{digits(rng, 5)}", f"F{rng.choice([2024, 2025])}{digits(rng, 5)}", f"{nz_digits(rng, 8)}", f"FA/{digits(rng, 4)}/{digits(rng, 3)}"])


def tracking_number(rng, lang, ctx):
    r = rng.random()
    if r < 0.4:  # lost-baggage file reference (station + airline + 5 digits)
        return rng.choice(["AMS", "BRU", "CDG", "BCN", "FCO", "LIS", "ATH", "LHR", "EIN", "CRL"]) + rng.choice(["KL", "SN", "HV", "FR", "AF", "TB", "BA", "VY"]) + digits(rng, 5)
    if r < 0.65:  # bag tag
        return rng.choice(["0074 KL ", "0082 SN ", "0057 AF ", "KL", "0125 BA "]) + digits(rng, 6)
    if r < 0.85:
        return "3S" + "".join(rng.choice(UP) for _ in range(4)) + digits(rng, 7)
    return "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16))


def request_id(rng, lang, ctx):
    h = "0123456789abcdef"
    r = rng.random()
    if r < 0.5:
        return "-".join("".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    if r < 0.8:
        return "req_" + "".join(rng.choice(LO + DIG) for _ in range(16))
    return "".join(rng.choice(UP + DIG) for _ in range(12))


def error_code(rng, lang, ctx):
    return rng.choice(["ERR_PAYMENT_DECLINED", f"E-{rng.randint(1000, 9999)}", f"error {rng.choice([400, 403, 404, 500, 502, 503])}",
                       f"CHK-{rng.randint(100, 999)}", "ERR_SESSION_EXPIRED", f"0x{rng.randint(0, 0xFFFF):04X}", f"code {rng.randint(10, 99)}-{rng.randint(100, 999)}",
                       "3DS_AUTH_FAILED", f"BKNG_{rng.randint(100, 999)}"])


def version_string(rng, lang, ctx):
    return rng.choice([f"{rng.randint(3, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 6)}.{rng.randint(0, 20)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"Android {rng.randint(11, 15)}",
                       f"build {rng.randint(1000, 9999)}", f"{rng.randint(2024, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}"])


def company_phone(rng, lang, ctx):
    k = _k(lang)
    if lang == "nl":
        return rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0900-{digits(rng, 4)}", f"+31 20 {digits(rng, 3)} {digits(rng, 4)}", f"+31 88 {digits(rng, 7)}", f"0800-{digits(rng, 4)}"])
    if k in ("nl", "fr"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"+32 2 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"070 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"02/{digits(rng, 3)}.{digits(rng, 2)}.{digits(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"+44 20 {digits(rng, 4)} {digits(rng, 4)}", f"0330 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"+1 866 {digits(rng, 3)} {digits(rng, 4)}"])


def company_registration(rng, lang, ctx):
    k = _k(lang)
    if lang == "nl":
        return rng.choice([nz_digits(rng, 8), f"NL{digits(rng, 9)}B01", f"NL {digits(rng, 9)} B01"])
    if k in ("nl", "fr"):
        n = "0" + digits(rng, 9)
        return rng.choice([f"{n[:4]}.{n[4:7]}.{n[7:]}", f"BE {n[:4]}.{n[4:7]}.{n[7:]}", f"BE{n}"])
    if lang == "en-gb":
        return rng.choice([f"{digits(rng, 8)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"])
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def model_number(rng, lang, ctx):
    return rng.choice([f"SM-S{rng.randint(900, 928)}B", f"A{rng.randint(2100, 3200)}", f"SM-A{rng.randint(100, 560)}F", f"M{rng.randint(2000, 2300)}J{rng.randint(10, 99)}G",
                       f"GR{rng.randint(100, 999)}", f"Pixel {rng.randint(6, 9)}a", f"DJI-{rng.choice(['RC', 'FC'])}{rng.randint(100, 899)}", f"KX-TG{rng.randint(1000, 9999)}"])


def product_code(rng, lang, ctx):
    return rng.choice(["RV-DOORL-EU", "RV-WERELD", "ALLRISK-EU", "AV-FAM-PLUS", "CNX-PLUS", "TRV-SINGLE-14", f"PRD-{rng.randint(100, 999)}",
                       f"ANN{rng.randint(10, 99)}-W", "BAGGAGE-XL", f"OPT-{rng.choice(['WINTER', 'SKI', 'GOLF', 'ANNUL'])}"])


def flight_number(rng, lang, ctx):
    al = rng.choice(["KL", "HV", "FR", "U2", "SN", "TB", "AF", "BA", "VY", "IB", "LH", "TP", "OR", "W6", "EZY", "A3", "DL", "UA"])
    n = rng.randint(11, 8999)
    return rng.choice([f"{al}{n}", f"{al} {n}", f"{al}{n:04d}"])


def url(rng, lang, ctx):
    dom = rng.choice(ctx["urls"])
    path = rng.choice(["", "/claim", "/schade-melden", "/mijn-polis", "/declarer", "/help/bagage", "/contact", "/mytrip", "/reservering", "/faq/annulering", "/s/" + "".join(rng.choice(LO + DIG) for _ in range(6))])
    return rng.choice([f"https://{dom}{path}", f"www.{dom}{path}", f"{dom}{path}", f"https://www.{dom}{path}"])


def mention(rng, lang, ctx):
    return "@" + rng.choice(ctx["handles"])


def hashtag(rng, lang, ctx):
    return "#" + rng.choice(ctx["tags"])


def masked_value(rng, lang, ctx):
    r = rng.random()
    if r < 0.3:
        return rng.choice(["****", "**** **** **** ", "xxxx xxxx xxxx ", "XXXX-XXXX-XXXX-", "•••• "]) + digits(rng, 4)
    if r < 0.55:
        return rng.choice(["NL** **** **** **", "BE** **** **** ", "NL**INGB*****", "BE******"]) + digits(rng, 2) + rng.choice([" ", ""]) + digits(rng, 2)
    if r < 0.75:
        f = ctx["first"].lower()[:1]
        return f"{f}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be', 'outlook.com'])}"
    if r < 0.9:
        return rng.choice(["06-****", "+31 6 *** ", "04** ** ", "+32 4** ** ", "07*** ***"]) + digits(rng, 2) + digits(rng, 1)
    return "*" * rng.randint(6, 8) + digits(rng, 3)


def meter_reading(rng, lang, ctx):
    v = rng.randint(4000, 98000)
    k = _k(lang)
    if k == "en":
        return rng.choice([f"{v:,} km", f"{v:,} miles", f"{v}km"])
    return rng.choice([f"{v:,} km".replace(",", "."), f"{v} km", f"{v:,}km".replace(",", ".")])


def port(rng, lang, ctx):
    return str(rng.choice([443, 8080, 1194, 51820, 8443, 3389, 500, 4500]))


def checksum(rng, lang, ctx):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


def qdays(rng, lang, ctx):
    k = _k(lang)
    n = rng.randint(2, 14)
    return rng.choice({"nl": [f"{n} dagen", f"{n} weken", f"{rng.randint(2, 9)} uur", f"{n} werkdagen"],
                       "fr": [f"{n} jours", f"{n} semaines", f"{rng.randint(2, 9)} heures", f"{n} jours ouvrables"],
                       "en": [f"{n} days", f"{n} weeks", f"{rng.randint(2, 9)} hours", f"{n} working days"]}[k])


def qpers(rng, lang, ctx):
    n = rng.randint(2, 9)
    return {"nl": f"{n} personen", "fr": f"{n} personnes", "en": f"{n} passengers"}[_k(lang)]


def qkg(rng, lang, ctx):
    v = rng.randint(12, 32)
    return rng.choice([f"{v} kg", f"{v}kg", f"{v},5 kg" if _k(lang) != "en" else f"{v}.5 kg"])


def qnights(rng, lang, ctx):
    n = rng.randint(2, 9)
    return {"nl": f"{n} nachten", "fr": f"{n} nuits", "en": f"{n} nights"}[_k(lang)]


ALIAS = {"qnights": "quantity", "qdays": "quantity", "qpers": "quantity", "qkg": "quantity"}

GEN = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_") and k not in ("digits", "nz_digits")}
