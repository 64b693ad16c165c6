"""Hard-negative generators: values that look like PII but must not be scrubbed."""
from values import rchars, DIG, HEX, UPALNUM, MONTHS, mlang, country_of

UPL = "ABCDEFGHJKLMNPRSTUVWXYZ"


def date(rng, ctx, var=None):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    ml = mlang(ctx.lang)
    mn = MONTHS[ml][m - 1]
    if ctx.lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{mn} {d}", f"{mn} {d}, {y}", f"{mn[:3]} {d}"])
    if ml == "en":
        return rng.choice([f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}"])
    if ml == "fr":
        return rng.choice([f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d} {mn} {y}"])
    return rng.choice([f"{d} {mn}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}", f"{d} {mn[:3]}", f"{d}/{m}", f"{d:02d}-{m:02d}-{y}"])


def time(rng, ctx, var=None):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 15, 30, 45, 10, 20, 50])
    if ctx.lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if ctx.lang == "en-gb":
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}"])
    if ctx.lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h}:{mi:02d}", f"{h}.{mi:02d}"])
    if ctx.lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])


def amount(rng, ctx, var=None):
    e = rng.choice([rng.randint(3, 99), rng.randint(100, 2999)])
    c = rng.choice([0, 95, 50, 99, 25, 0])
    cc = country_of(ctx.lang)
    if cc == "uk":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"£ {e:,}.{c:02d}", f"GBP {e}"])
    if cc == "us":
        return rng.choice([f"${e:,}.{c:02d}", f"${e}", f"USD {e}", f"${e:,}"])
    if ctx.lang == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} €", f"{e}€", f"EUR {e},{c:02d}", f"€{e}"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"€{e}", f"{e} euro", f"EUR {e},{c:02d}", f"€ {e:,}".replace(",", "."), f"{e},{c:02d} EUR"])


QUNITS = {
    "nl": ["personen", "nachten", "stuks", "kg", "km", "weken", "kinderen", "dagen", "lessen", "keer"],
    "fr": ["personnes", "nuits", "pièces", "kg", "km", "semaines", "enfants", "jours", "séances", "fois"],
    "en": ["people", "nights", "items", "kg", "miles", "weeks", "kids", "days", "sessions", "times"],
}


def quantity(rng, ctx, var=None):
    u = var or rng.choice(QUNITS[mlang(ctx.lang)])
    return f"{rng.randint(2, 14)} {u}"


def percentage(rng, ctx, var=None):
    return rng.choice([f"{rng.randint(5, 60)}%", f"{rng.randint(5, 60)} %", f"{rng.randint(1, 20)},5%" if not ctx.lang.startswith("en") else f"{rng.randint(1, 20)}.5%"])


def year(rng, ctx, var=None):
    return str(rng.randint(2015, 2026))


def order_number(rng, ctx, var=None):
    return rng.choice([f"#{rng.randint(100000, 9999999)}", f"ORD-{rng.randint(2023, 2025)}-{rchars(rng, DIG, 5)}", f"{rchars(rng, UPL, 3)}{rchars(rng, DIG, 5)}",
                       f"BK{rchars(rng, DIG, 7)}", f"{rchars(rng, UPL, 6)}", f"R-{rchars(rng, DIG, 6)}", f"WEB{rchars(rng, DIG, 8)}"])


def ticket_number(rng, ctx, var=None):
    return rng.choice([f"#{rchars(rng, DIG, 6)}", f"SR-{rchars(rng, DIG, 6)}", f"CAS-{rchars(rng, DIG, 5)}-{rchars(rng, UPL + DIG, 4)}",
                       f"{rchars(rng, DIG, 8)}", f"INC{rchars(rng, DIG, 7)}", f"KL-{rchars(rng, DIG, 5)}", f"T{rchars(rng, DIG, 6)}", f"CLM-{rchars(rng, DIG, 6)}"])


def invoice_number(rng, ctx, var=None):
    y = rng.randint(2023, 2025)
    return rng.choice([f"F{y}-{rchars(rng, DIG, 5)}", f"INV-{rchars(rng, DIG, 6)}", f"{y}{rchars(rng, DIG, 6)}", f"FAC/{y}/{rchars(rng, DIG, 4)}",
                       f"VF{rchars(rng, DIG, 7)}", f"{rchars(rng, DIG, 2)}-{rchars(rng, DIG, 5)}"])


def tracking_number(rng, ctx, var=None):
    return rng.choice([f"3S{rchars(rng, UPL, 4)}{rchars(rng, DIG, 9)}", f"1Z{rchars(rng, UPALNUM, 6)}{rchars(rng, DIG, 10)}",
                       f"JVGL{rchars(rng, DIG, 16)}", f"CD{rchars(rng, DIG, 9)}BE", f"{rchars(rng, DIG, 14)}", f"RR{rchars(rng, DIG, 9)}NL",
                       f"9400{rchars(rng, DIG, 18)}"])


def request_id(rng, ctx, var=None):
    u = rchars(rng, HEX, 32)
    return rng.choice([f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}", f"req_{rchars(rng, HEX, 16)}", f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}".upper()])


def error_code(rng, ctx, var=None):
    return rng.choice([f"E{rng.randint(10, 99)}", f"F{rng.randint(10, 99)}", f"ERR-{rng.randint(100, 599)}", f"0x8007{rchars(rng, '0123456789ABCDEF', 4)}",
                       f"E-{rng.randint(1000, 9999)}", f"HTTP {rng.choice([401, 403, 404, 500, 502, 503])}", f"code {rng.randint(100, 999)}",
                       rng.choice(["ERR_CONNECTION_RESET", "PAYMENT_DECLINED", "AUTH_FAILED_07", "SSL_ERROR_BAD_CERT_DOMAIN"]), f"A{rng.randint(1, 9)}{rng.randint(0, 9)}"])


def version_string(rng, ctx, var=None):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"build {rng.randint(1000, 9999)}",
                       f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 4)}"])


def model_number(rng, ctx, var=None):
    return ctx.pick("model")


def product_code(rng, ctx, var=None):
    return rng.choice([f"SKU-{rchars(rng, DIG, 6)}", f"{rchars(rng, UPL, 2)}-{rchars(rng, DIG, 4)}-{rchars(rng, UPL, 1)}", f"art. {rchars(rng, DIG, 7)}".split(" ")[1],
                       f"{rchars(rng, DIG, 13)}", f"P{rchars(rng, DIG, 5)}", f"m{rchars(rng, DIG, 10)}", f"{rchars(rng, UPL, 3)}{rchars(rng, DIG, 3)}{rchars(rng, UPL, 2)}"])


def flight_number(rng, ctx, var=None):
    al = rng.choice(["KL", "HV", "TB", "FR", "U2", "SN", "BA", "LH", "OR", "W6", "EZY", "TOM", "UA", "DL"])
    n = rng.randint(100, 9999)
    return rng.choice([f"{al}{n}", f"{al} {n}", f"{al}{n}"])


def company_phone(rng, ctx, var=None):
    c = country_of(ctx.lang)
    if c == "nl":
        return rng.choice([f"0900-{rchars(rng, DIG, 4)}", f"0900 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)}", f"088 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)}",
                           f"0800-{rchars(rng, DIG, 4)}", f"085 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 2)} {rchars(rng, DIG, 2)}", f"088-{rchars(rng, DIG, 7)}"])
    if c == "be":
        return rng.choice([f"078 {rchars(rng, DIG, 2)} {rchars(rng, DIG, 2)} {rchars(rng, DIG, 2)}", f"070 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 3)}",
                           f"0800 {rchars(rng, DIG, 2)} {rchars(rng, DIG, 3)}", f"078/{rchars(rng, DIG, 2)}.{rchars(rng, DIG, 2)}.{rchars(rng, DIG, 2)}", f"+32 78 {rchars(rng, DIG, 2)} {rchars(rng, DIG, 2)} {rchars(rng, DIG, 2)}"])
    if c == "uk":
        return rng.choice([f"0800 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)}", f"0345 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)}", f"0330 {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)}",
                           f"03{rchars(rng, DIG, 2)} {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)}"])
    return rng.choice([f"1-800-{rchars(rng, DIG, 3)}-{rchars(rng, DIG, 4)}", f"(888) {rchars(rng, DIG, 3)}-{rchars(rng, DIG, 4)}", f"1-877-{rchars(rng, DIG, 3)}-{rchars(rng, DIG, 4)}",
                       f"800.{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 4)}"])


def company_registration(rng, ctx, var=None):
    c = country_of(ctx.lang)
    if c == "nl":
        return rng.choice([rchars(rng, DIG, 8), f"NL{rchars(rng, DIG, 9)}B0{rng.randint(1, 9)}", f"NL {rchars(rng, DIG, 4)}.{rchars(rng, DIG, 2)}.{rchars(rng, DIG, 3)}.B01"])
    if c == "be":
        return rng.choice([f"BE 0{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 3)}", f"0{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 3)}",
                           f"BE0{rchars(rng, DIG, 9)}", f"0{rchars(rng, DIG, 9)}"])
    if c == "uk":
        return rng.choice([rchars(rng, DIG, 8), f"GB {rchars(rng, DIG, 3)} {rchars(rng, DIG, 4)} {rchars(rng, DIG, 2)}", f"SC{rchars(rng, DIG, 6)}"])
    return rng.choice([f"{rchars(rng, DIG, 2)}-{rchars(rng, DIG, 7)}", rchars(rng, DIG, 9)])


def url(rng, ctx, var=None):
    return ctx.pick("url_" + ctx.fam())


def mention(rng, ctx, var=None):
    return ctx.pick("mention_" + ctx.fam())


def hashtag(rng, ctx, var=None):
    return ctx.pick("hashtag_" + ("fr" if ctx.lang == "fr-be" else ("en" if ctx.lang.startswith("en") else "nl")))


def masked_value(rng, ctx, var=None):
    return rng.choice([f"****{rchars(rng, DIG, 4)}", f"**** **** **** {rchars(rng, DIG, 4)}", f"NL** **** **** {rchars(rng, DIG, 4)} {rchars(rng, DIG, 2)}",
                       f"BE** **** **** {rchars(rng, DIG, 2)}{rchars(rng, DIG, 2)}", f"06-****{rchars(rng, DIG, 4)}", f"j***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}",
                       f"XXXX-XXXX-XXXX-{rchars(rng, DIG, 4)}", f"•••• {rchars(rng, DIG, 4)}", f"{rchars(rng, DIG, 2)}******{rchars(rng, DIG, 2)}", f"+44 7*** ***{rchars(rng, DIG, 3)}"])


def meter_reading(rng, ctx, var=None):
    return rng.choice([f"{rng.randint(1000, 99999):05d}", f"{rng.randint(100, 9999)},{rng.randint(0, 9)}", f"{rng.randint(10000, 80000)}"])


def port(rng, ctx, var=None):
    return str(rng.choice([8080, 443, 8443, 3389, 22, 1194, 51820, 25565, 5000, 8123, 32400]))


def checksum(rng, ctx, var=None):
    return rchars(rng, HEX, rng.choice([32, 40, 64]))


NEG_GEN = {k: v for k, v in globals().items() if k in (
    "date time amount quantity percentage year order_number ticket_number invoice_number tracking_number request_id "
    "error_code version_string model_number product_code flight_number company_phone company_registration url mention "
    "hashtag masked_value meter_reading port checksum").split()}
