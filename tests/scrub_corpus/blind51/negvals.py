"""Generators for hard negatives (look like PII, must not be scrubbed)."""
import string
from values import _digits, _alnum, lang_family, COUNTRY

MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
LONG = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def date(rng, lang, hint=None):
    y, m, d = rng.choice([2023, 2024, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    fam = lang_family(lang)
    if lang == "en-us":
        return rng.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}", f"{LONG['en'][m-1]} {d}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {LONG[fam][m-1]}", f"{d} {MONTHS[fam][m-1]} {y}",
                       f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])


def time(rng, lang, hint=None):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 12, 15, 30, 41, 45, 58])
    if lang == "en-us" and rng.random() < 0.6:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}"
    if lang_family(lang) == "fr" and rng.random() < 0.4:
        return f"{h}h{mi:02d}"
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}"])


def amount(rng, lang, hint=None):
    v = rng.choice([rng.randint(5, 300) + rng.choice([0, 0.5, 0.95, 0.99, 0.25]), rng.randint(300, 2500) + 0.0])
    if lang == "en-gb":
        return rng.choice([f"£{v:.2f}", f"£{v:,.2f}", f"£{int(v)}"])
    if lang == "en-us":
        return rng.choice([f"${v:.2f}", f"${v:,.2f}", f"{v:.2f} USD"])
    s = f"{v:.2f}".replace(".", ",")
    return rng.choice([f"€ {s}", f"€{s}", f"{s} euro", f"EUR {s}", f"{s} €", f"€{int(v)},-"])


def quantity(rng, lang, hint=None):
    fam = lang_family(lang)
    if hint == "dur":
        n = rng.randint(2, 10)
        u = {"nl": ["werkdagen", "dagen", "uur", "minuten", "weken"], "fr": ["jours ouvrables", "jours", "heures", "minutes", "semaines"],
             "en": ["working days", "days", "hours", "minutes", "weeks"]}[fam]
        return rng.choice([f"{n} {rng.choice(u)}", f"{n * 24} {u[2]}", f"{rng.choice([5, 10, 15, 20])} {u[3]}"])
    if hint == "data":
        return rng.choice([f"{rng.choice([1, 2, 5, 10, 20])} GB", f"{rng.choice([500, 250])} MB", f"{rng.choice([1, 2, 5])}GB"])
    return rng.choice([f"{rng.randint(2, 500)} GB", f"{rng.randint(2, 12)} {'stuks' if fam == 'nl' else 'pièces' if fam == 'fr' else 'units'}",
                       f"{rng.randint(50, 1000)} Mbit/s", f"{rng.randint(1, 30)} kg"])


def percentage(rng, lang, hint=None):
    v = rng.choice([5, 10, 15, 20, 21, 25, 30, 50, 6, 9])
    return rng.choice([f"{v}%", f"{v} %", f"{v} procent" if lang_family(lang) == "nl" else f"{v}%"])


def year(rng, lang, hint=None):
    return str(rng.randint(2015, 2025))


def order_number(rng, lang, hint=None):
    return rng.choice([f"ORD-{rng.randint(2023, 2025)}-{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
                       f"#{_digits(rng, 7)}", f"B{_digits(rng, 9)}", f"WO{_digits(rng, 8)}", f"{_digits(rng, 10)}"])


def ticket_number(rng, lang, hint=None):
    return rng.choice([f"INC{_digits(rng, 7, False)}", f"#{_digits(rng, 8)}", f"CASE-{rng.randint(2024, 2025)}-{_digits(rng, 5, False)}",
                       f"SR 1-{_digits(rng, 9)}", f"{_digits(rng, 8)}", f"ZD-{_digits(rng, 6)}", f"T{_digits(rng, 7)}",
                       f"KLA-{_digits(rng, 6)}", f"REF{_alnum(rng, 6, string.ascii_uppercase + string.digits)}",
                       f"CS{_digits(rng, 10)}", f"FRD-{_digits(rng, 5)}"])


def invoice_number(rng, lang, hint=None):
    return rng.choice([f"F{rng.randint(2023, 2025)}-{_digits(rng, 6)}", f"INV-{_digits(rng, 7)}", f"{_digits(rng, 10)}",
                       f"FA{_digits(rng, 8)}", f"2024/{_digits(rng, 5)}", f"NF-{_digits(rng, 6)}"])


def tracking_number(rng, lang, hint=None):
    return rng.choice(["3S" + _alnum(rng, 4, string.ascii_uppercase) + _digits(rng, 7), "1Z" + _alnum(rng, 6, string.ascii_uppercase + string.digits) + _digits(rng, 10),
                       "JVGL" + _digits(rng, 16), "CD" + _digits(rng, 9) + "BE", "RR" + _digits(rng, 9) + "NL",
                       _digits(rng, 14), "JJD" + _digits(rng, 15)])


def request_id(rng, lang, hint=None):
    h = "0123456789abcdef"
    u = f"{_alnum(rng, 8, h)}-{_alnum(rng, 4, h)}-4{_alnum(rng, 3, h)}-{rng.choice('89ab')}{_alnum(rng, 3, h)}-{_alnum(rng, 12, h)}"
    return rng.choice([u, f"req_{_alnum(rng, 16, h)}", f"TRX-{_digits(rng, 9)}", f"corr-{_alnum(rng, 10, h)}"])


def error_code(rng, lang, hint=None):
    return rng.choice([f"E-{rng.randint(100, 999)}", f"0x{_alnum(rng, 8, '0123456789ABCDEF')}", "ERR_CONNECTION_RESET",
                       f"F{rng.randint(10, 99)}", f"code {rng.randint(400, 504)}", f"E{rng.randint(1000, 9999)}",
                       "DNS_PROBE_FINISHED_NXDOMAIN", f"LOS-{rng.randint(1, 9)}", f"AUTH_{rng.randint(100, 999)}"])


def version_string(rng, lang, hint=None):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"7.{rng.randint(20, 60)}", f"{rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}",
                       f"build {rng.randint(2300, 2450)}.{rng.randint(1, 30)}"])


MODELS = ["FRITZ!Box 7590", "H369A", "SM-A546B", "iPhone 13", "Connect Box", "TC4400", "bbox 3", "Archer C6",
          "Pixel 8", "Deco X20", "MG5-ZW", "HG8245Q2", "EX6120", "SM-G991B", "Hub 4", "XR500", "CH7465LG", "WNR2000"]


def model_number(rng, lang, hint=None):
    return rng.choice(MODELS)


def product_code(rng, lang, hint=None):
    return rng.choice([f"SKU-{_digits(rng, 6)}", f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 4)}-{rng.choice(['NL', 'BE', 'UK'])}",
                       f"art. {_digits(rng, 7)}", f"EAN13 87{_digits(rng, 11)}", f"PRD{_digits(rng, 5)}", f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 2)}"])


def flight_number(rng, lang, hint=None):
    return rng.choice(["KL", "HV", "SN", "FR", "BA", "U2", "TB", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def masked_value(rng, lang, hint=None):
    d4 = _digits(rng, 4, False)
    cc = COUNTRY[lang]
    if hint == "phone":
        return rng.choice([f"06-****{d4}", f"+31 6 ** ** {d4[:2]} {d4[2:]}", f"04** ** {d4[:2]} {d4[2:]}", f"*******{d4[2:]}",
                           f"+44 7*** ***{d4[:3]}", f"(***) ***-{d4}", f"xxx-xxx-{d4}", f"+32 4** ** ** {d4[2:]}"])
    if hint == "iban":
        c = cc if cc in ("NL", "BE") else rng.choice(["NL", "GB", "DE"])
        return rng.choice([f"{c}** **** **** **{d4[:2]} {d4[2:]}", f"{c}**************{d4}", f"****{d4}", f"...{d4}", f"{c}XX XXXX XXXX {d4}"])
    if hint == "email":
        return rng.choice(["j***@gmail.com", "s*****@hotmail.com", "m****s@telenet.be", "a***@outlook.com"])
    return rng.choice([f"****{d4}", f"**** **** **** {d4}", f"xxxx-xxxx-xxxx-{d4}", f"XXXXXX{d4[:3]}", f"•••• {d4}", f"*{d4}", f"{d4[:2]}** **** **** {d4}"])


def meter_reading(rng, lang, hint=None):
    v = rng.randint(1000, 99999)
    return rng.choice([f"{v} kWh", f"{v:,}".replace(",", ".") + " kWh", f"{rng.randint(100, 9999)} m³", f"{v:05d}", f"{rng.randint(100, 9999)},{rng.randint(0, 999):03d} m3"])


def port(rng, lang, hint=None):
    return str(rng.choice([443, 8080, 22, 3389, 25565, 1194, 51820, 8443, 5060, 993]))


def checksum(rng, lang, hint=None):
    h = "0123456789abcdef"
    return rng.choice([_alnum(rng, 64, h), _alnum(rng, 32, h), _alnum(rng, 40, h), _alnum(rng, 8, h).upper()])


def year_range(rng, lang, hint=None):
    return year(rng, lang)


GEN = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_") and k not in ("lang_family",)}
