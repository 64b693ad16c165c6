"""Hard-negative value generators: look like personal data, must not be scrubbed."""
import string
from values import digits, rstr, HEX, fmt_date, MONTHS


def fam(loc):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(loc, "en")


def n_date(rng, loc):
    y = rng.choice([2023, 2024, 2024, 2025, 2025, 2026])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randrange(4)
    if k == 0:
        return fmt_date(rng, loc, y, m, d)
    f = fam(loc)
    mn = MONTHS[f][m - 1]
    if f == "nl":
        return [f"{d} {mn}", f"{d} {mn[:3]}.", f"{d}/{m}"][k - 1]
    if f == "fr":
        return [f"{d} {mn}", f"{d}/{m}", f"{d:02d}/{m:02d}"][k - 1]
    if loc == "en-us":
        return [f"{mn} {d}", f"{m}/{d}", f"{mn[:3]} {d}"][k - 1]
    return [f"{d} {mn}", f"{d}/{m}", f"{d} {mn[:3]}"][k - 1]


def n_time(rng, loc):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 15, 20, 30, 45, 50])
    f = fam(loc)
    if loc == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}:{mi:02d}{'PM' if h >= 12 else 'AM'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"])
    if loc in ("nl-be", "fr-be"):
        return rng.choice([f"{h}u{mi:02d}", f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}u"])
    if loc == "en-gb":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}pm"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d}"])


def n_amount(rng, loc):
    a = rng.randint(3, 1900)
    c = rng.randint(0, 99)
    if loc == "en-gb":
        return rng.choice([f"£{a}.{c:02d}", f"£{a}", f"GBP {a}.{c:02d}", f"€{a}"])
    if loc == "en-us":
        return rng.choice([f"${a}.{c:02d}", f"${a:,}", f"USD {a}", f"{a} euros"])
    return rng.choice([f"€ {a},{c:02d}", f"€{a},-", f"{a},{c:02d} euro", f"EUR {a},{c:02d}", f"{a} EUR", f"€{a}"])


def n_quantity(rng, loc):
    f = fam(loc)
    u = {"nl": ["kg", "stuks", "liter", "dagen", "weken", "lessen", "uur", "km", "pakken", "zakken"],
         "fr": ["kg", "pièces", "litres", "jours", "semaines", "cours", "heures", "km", "bouteilles"],
         "en": ["kg", "items", "litres" if loc == "en-gb" else "gallons", "days", "weeks", "lessons", "hours", "miles", "packs"]}[f]
    return f"{rng.randint(2, 48)} {rng.choice(u)}"


def n_percentage(rng, loc):
    p = rng.choice([5, 10, 15, 20, 21, 25, 30, 40, 50, 6, 12.5])
    s = str(p) if fam(loc) == "en" else str(p).replace(".", ",")
    return rng.choice([f"{s}%", f"{s} %", f"{s} procent" if fam(loc) == "nl" else f"{s}%"])


def n_year(rng, loc):
    return str(rng.choice([2022, 2023, 2024, 2025, 2026]))


def n_order(rng, loc):
    k = rng.randrange(6)
    return [f"#{digits(rng, 7)}", f"ORD-{digits(rng, 6)}", f"{rstr(rng, 2, string.ascii_uppercase)}{digits(rng, 8)}",
            f"R{digits(rng, 9)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}", f"BK{rstr(rng, 6, string.ascii_uppercase + string.digits)}"][k]


def n_ticket(rng, loc):
    k = rng.randrange(5)
    return [f"{digits(rng, 8)}", f"CS-{digits(rng, 6)}", f"#{digits(rng, 6)}", f"INC{digits(rng, 7)}", f"CLM-{digits(rng, 4)}-{digits(rng, 4)}"][k]


def n_invoice(rng, loc):
    k = rng.randrange(4)
    return [f"F{rng.choice([2024, 2025])}-{digits(rng, 6)}", f"INV-{digits(rng, 7)}", f"{digits(rng, 10)}", f"FA{digits(rng, 8)}"][k]


def n_tracking(rng, loc):
    k = rng.randrange(5)
    return [f"3S{rstr(rng, 4, string.ascii_uppercase)}{digits(rng, 9)}", f"1Z{rstr(rng, 6, string.ascii_uppercase + string.digits)}{digits(rng, 10)}",
            f"JVGL{digits(rng, 16)}", f"CD{digits(rng, 9)}BE", f"{digits(rng, 14)}"][k]


def n_request_id(rng, loc):
    if rng.random() < 0.7:
        return "-".join(rstr(rng, n, HEX) for n in (8, 4, 4, 4, 12))
    return "req_" + rstr(rng, 20, string.ascii_letters + string.digits)


def n_error(rng, loc):
    return rng.choice(["E-402", "ERR_CONNECTION_RESET", "0x80070005", "HTTP 503", "401 Unauthorized", "E1043", "AUTH-017",
                       "PAY_DECLINED_51", "ERR-2291", "code 1009", "NSURLErrorDomain -1001", "TOL-E12", "VIG_404"])


def n_version(rng, loc):
    return rng.choice([f"v{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"{rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}", f"build {rng.randint(1000, 9999)}"])


def n_model(rng, loc):
    return rng.choice(["SM-A546B", "WH-1000XM5", "Archer C6", "FRITZ!Box 7590", "iPhone 13 mini", "Pixel 8a", "OBU-T400", "JBL Flip 6",
                       "Sonos Era 100", "Galaxy S23 FE", "EX-400 NL", "Nest Audio", "AX1800", "Garmin DriveSmart 66", "BT-9020"])


def n_product(rng, loc):
    k = rng.randrange(4)
    return [f"SKU-{digits(rng, 6)}", f"87{digits(rng, 11)}", f"ART{digits(rng, 5)}", f"{rstr(rng, 3, string.ascii_uppercase)}-{digits(rng, 4)}-{rstr(rng, 2, string.ascii_uppercase)}"][k]


def n_flight(rng, loc):
    al = rng.choice(["KL", "HV", "FR", "SN", "TB", "U2", "BA", "VY", "LH", "UA", "IB"])
    return rng.choice([f"{al}{rng.randint(100, 9999)}", f"{al} {rng.randint(100, 9999)}"])


def n_company_phone(rng, loc):
    if loc == "nl":
        return rng.choice([f"0900-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0800-{digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"+31 88 {digits(rng, 7)}"])
    if loc in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"070/{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 2)}", f"+32 78 {digits(rng, 6)}"])
    if loc == "en-gb":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0330 {digits(rng, 3)} {digits(rng, 4)}", f"03{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"1-877-{rstr(rng, 7, 'ABCDEFGHKLMNPRSTUVW')}", f"800.{digits(rng, 3)}.{digits(rng, 4)}"])


def n_company_reg(rng, loc):
    if loc == "nl":
        return rng.choice([digits(rng, 8, True), f"NL{digits(rng, 9)}B01", f"NL {digits(rng, 9)} B01"])
    if loc in ("nl-be", "fr-be"):
        b = "0" + digits(rng, 7, True)
        c = 97 - int(b) % 97
        v = f"{b}{c:02d}"
        return rng.choice([f"{v[:4]}.{v[4:7]}.{v[7:]}", f"BE{v}", f"BE {v[:4]}.{v[4:7]}.{v[7:]}", v])
    if loc == "en-gb":
        return rng.choice([f"0{digits(rng, 7)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", f"{digits(rng, 9)}"])


def n_masked(rng, loc):
    k = rng.randrange(7)
    return [f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** {digits(rng, 4)} {digits(rng, 2)}",
            f"•••• {digits(rng, 4)}", f"XXXX-XXXX-XXXX-{digits(rng, 4)}", f"06-****{digits(rng, 4)}", f"BE** **** **** {digits(rng, 2)}{digits(rng, 2)}"][k]


def n_meter(rng, loc):
    v = rng.randint(3000, 189000)
    if loc == "en-us":
        return rng.choice([f"{v:,} miles", f"{v:,} mi"])
    if loc == "en-gb":
        return rng.choice([f"{v:,} miles", f"{v} km"])
    return rng.choice([f"{v:,} km".replace(",", "."), f"{v} km", f"{v} kilometer" if fam(loc) == "nl" else f"{v} kilomètres"])


def n_port(rng, loc):
    return str(rng.choice([443, 8080, 8443, 22, 3389, 5060, 993, 587, 8883, 9090]))


def n_checksum(rng, loc):
    return rng.choice([rstr(rng, 64, HEX), rstr(rng, 32, HEX), rstr(rng, 40, HEX)[:12]])


def n_url(rng, loc, slug="example", tld="nl"):
    return rng.choice([f"https://www.{slug}.{tld}/klantenservice", f"{slug}.{tld}/help", f"https://{slug}.{tld}/account/reset?lang={loc[:2]}",
                       f"www.{slug}.{tld}", f"https://m.{slug}.{tld}/faq#retour", f"https://status.{slug}.{tld}"])


NEG = {"date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage, "year": n_year,
       "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice, "tracking_number": n_tracking,
       "request_id": n_request_id, "error_code": n_error, "version_string": n_version, "model_number": n_model,
       "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
       "company_registration": n_company_reg, "masked_value": n_masked, "meter_reading": n_meter, "port": n_port,
       "checksum": n_checksum}
