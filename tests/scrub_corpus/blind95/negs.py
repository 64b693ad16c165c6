"""Hard-negative generators: values that look like PII but must not be scrubbed."""
import string
from values import _digits, _alnum, MONTHS, _mkey, region


def date(rng, ctx):
    y, m, d = rng.randrange(2019, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    mk = _mkey(ctx.lang)
    k = rng.randrange(7)
    if ctx.lang == "en-us":
        return [f"{m}/{d}", f"{m}/{d}/{y}", f"{MONTHS['en'][m-1]} {d}", f"{MONTHS['en'][m-1][:3]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"the {d}th" if d > 3 and d < 21 else f"{MONTHS['en'][m-1]} {d}"][k]
    if ctx.lang == "en-gb":
        return [f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]}", f"{d} {MONTHS['en'][m-1][:3]} {y}", f"{d}th of {MONTHS['en'][m-1]}" if 3 < d < 21 else f"{d} {MONTHS['en'][m-1]}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"][k]
    return [f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[mk][m-1]}", f"{d} {MONTHS[mk][m-1][:3]}. {y}" if mk == "nl" else f"{d} {MONTHS[mk][m-1]} {y}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"][k]


def time(rng, ctx):
    h, mi = rng.randrange(7, 23), rng.choice([0, 5, 10, 15, 20, 30, 45, 50, 12, 37])
    if ctx.lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}"])
    if ctx.lang == "en-gb":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}pm"])
    if ctx.lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"])
    if ctx.lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}:{mi:02d}u", f"{h} uur"])


def amount(rng, ctx):
    e, c = rng.randrange(3, 4800), rng.randrange(0, 100)
    reg = region(ctx.lang)
    if reg in ("nl", "be"):
        return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€ {e},-", f"{e} EUR", f"{e},{c:02d}€"])
    if reg == "gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}", f"£ {e}.{c:02d}"])
    return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}", f"{e} dollars"])


QTY_UNITS = {
    "nl": ["toestellen", "gebruikers", "licenties", "lijnen", "werkplekken", "maanden", "nummers", "accounts"],
    "nl-be": ["toestellen", "gebruikers", "licenties", "lijnen", "gsm's", "maanden", "werknemers", "accounts"],
    "fr-be": ["postes", "utilisateurs", "licences", "lignes", "mois", "employés", "comptes", "téléphones"],
    "en": ["handsets", "users", "licences", "lines", "seats", "months", "extensions", "mailboxes"],
}


def quantity(rng, ctx):
    u = QTY_UNITS.get(ctx.lang, QTY_UNITS["en"])
    return f"{rng.randrange(2, 60)} {rng.choice(u)}"


def percentage(rng, ctx):
    return rng.choice([f"{rng.randrange(2, 60)}%", f"{rng.randrange(2, 30)},5%", f"{rng.randrange(2, 99)} %", f"{rng.randrange(2, 30)}.5%"])


def year(rng, ctx):
    return str(rng.randrange(2008, 2026))


def order_number(rng, ctx):
    return rng.choice([f"ORD-{_digits(rng, 7)}", f"{_digits(rng, 10)}", f"#{_digits(rng, 6)}", f"BST{_digits(rng, 7)}", f"SO-{rng.randrange(2021, 2026)}-{_digits(rng, 5)}", f"W{_digits(rng, 9)}"])


def ticket_number(rng, ctx):
    return rng.choice([f"#{_digits(rng, 7)}", f"INC{_digits(rng, 7)}", f"CS{_digits(rng, 8)}", f"{_digits(rng, 8)}", f"T-{_digits(rng, 6)}", f"SR-{_digits(rng, 3)}-{_digits(rng, 4)}", f"CLM{_digits(rng, 7)}", f"{rng.randrange(2022, 2026)}/{_digits(rng, 5)}", f"C-{_digits(rng, 7)}"])


def invoice_number(rng, ctx):
    return rng.choice([f"F{rng.randrange(2022, 2026)}-{_digits(rng, 4)}", f"INV-{_digits(rng, 6)}", f"{_digits(rng, 10)}", f"{rng.randrange(2022, 2026)}{_digits(rng, 4)}", f"FAC/{rng.randrange(22, 26)}/{_digits(rng, 4)}", f"VF{_digits(rng, 7)}"])


def tracking_number(rng, ctx):
    return rng.choice([f"3S{_alnum(rng, 4, string.ascii_uppercase)}{_digits(rng, 9)}", f"1Z{_alnum(rng, 6, string.ascii_uppercase + string.digits)}{_digits(rng, 10)}",
                       f"JVGL{_digits(rng, 16)}", f"{_digits(rng, 14)}", f"CD{_digits(rng, 9)}BE", f"RR{_digits(rng, 9)}GB", f"9400{_digits(rng, 18)}"])


def request_id(rng, ctx):
    h = "0123456789abcdef"
    return rng.choice([f"{_alnum(rng, 8, h)}-{_alnum(rng, 4, h)}-{_alnum(rng, 4, h)}-{_alnum(rng, 4, h)}-{_alnum(rng, 12, h)}", f"req_{_alnum(rng, 14)}", f"{_alnum(rng, 16, h).upper()}", f"RID-{_digits(rng, 9)}"])


def error_code(rng, ctx):
    return rng.choice([f"0x8{_alnum(rng, 7, '0123456789ABCDEF')}", f"AADSTS{rng.choice(['50076', '50126', '50053', '53003', '700016'])}", f"E{_digits(rng, 4)}",
                       f"SIP {rng.choice(['403', '404', '408', '480', '486', '503'])}", f"ERR_{rng.choice(['CONNECTION_RESET', 'AUTH_FAILED', 'SSL_PROTOCOL'])}", f"{rng.choice(['550', '554', '421'])} {rng.choice(['5.7.1', '5.4.1', '4.7.0'])}", f"E-{_digits(rng, 3)}"])


def version_string(rng, ctx):
    return rng.choice([f"v{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 40)}", f"{rng.randrange(1, 8)}.{rng.randrange(0, 9)}.{rng.randrange(0, 99)}",
                       f"{rng.randrange(6, 8)}.{rng.randrange(10, 60)}", f"{rng.randrange(10, 26)}.{rng.randrange(1, 12)}.{_digits(rng, 4)}", f"{rng.randrange(2300, 2412)}", f"{rng.randrange(15, 19)}.{rng.randrange(0, 6)}.{rng.randrange(1, 4)}"])


def product_code(rng, ctx):
    return rng.choice([f"SKU-{_digits(rng, 6)}", f"ZAK-{rng.choice(['VOIP', 'FIB', 'MOB', 'INT'])}-{rng.randrange(10, 99)}", f"M365-{rng.choice(['BB', 'BS', 'BP', 'E3'])}", f"GWS-{rng.choice(['STD', 'PLUS', 'STARTER'])}",
                       f"PRD{_digits(rng, 5)}", f"UV-{rng.choice(['BASIS', 'COMFORT', 'TOTAAL'])}-{rng.randrange(1, 9)}", f"ART.{_digits(rng, 5)}"])


def flight_number(rng, ctx):
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "UA", "DL", "TB"]) + str(rng.randrange(100, 2999))


def meter_reading(rng, ctx):
    return rng.choice([f"{_digits(rng, 5)} kWh", f"{rng.randrange(100, 99999)}", f"{rng.randrange(100, 9999)},{_digits(rng, 3)} m³", f"{rng.randrange(1000, 99999)} kWh"])


def port(rng, ctx):
    return str(rng.choice([5060, 5061, 3389, 443, 8080, 8443, 587, 993, 1194, 51820, 10000, 5004, 22]))


def checksum(rng, ctx):
    h = "0123456789abcdef"
    return _alnum(rng, rng.choice([32, 40, 64]), h)


def masked(rng, ctx):
    d = _digits(rng, 4)
    reg = region(ctx.lang)
    opts = [f"****{d}", f"**** **** **** {d}", f"XXXX-XXXX-XXXX-{d}", f"•••• {d}", f"{rng.choice(['NL', 'BE'])}** **** **** **{d[:2]} {d[2:]}",
            f"06-****{d}" if reg == "nl" else f"+** *** ** {d[:2]} {d[2:]}", f"{_alnum(rng, 1, 'abcdefghijklmnopqrstuvwxyz')}***@{rng.choice(['gmail.com', 'outlook.com', 'telenet.be', 'hotmail.com'])}",
            f"***-**-{d}", f"{d[:2]}*****{d[2:]}", f"**{d}", f"{rng.choice(['BE', 'GB'])}** {'*' * 4} {'*' * 4} {d}"]
    return rng.choice(opts)


def company_registration(rng, ctx):
    reg = region(ctx.lang)
    if reg == "nl":
        return rng.choice([f"{_digits(rng, 8)}", f"NL{_digits(rng, 9)}B{_digits(rng, 2)}", f"NL {_digits(rng, 9)} B{_digits(rng, 2)}"])
    if reg == "be":
        return rng.choice([f"0{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}", f"BE 0{_digits(rng, 9)}", f"BE0{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}", f"0{_digits(rng, 9)}"])
    if reg == "gb":
        return rng.choice([f"{_digits(rng, 8)}", f"GB {_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}", f"SC{_digits(rng, 6)}"])
    return rng.choice([f"{_digits(rng, 2)}-{_digits(rng, 7)}", f"{_digits(rng, 7)}"])


def company_phone(rng, ctx):
    return rng.choice(ctx.pools["cphone_" + region(ctx.lang)])
