"""Hard-negative value generators."""
import string
from values import digits, fmt_date, MONTHS


def time_(rng, a=None):
    h, m = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 10, 5])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}u{m:02d}" if m else f"{h}u", f"{h}h{m:02d}" if m else f"{h}h",
                       f"{h}.{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"])


def amount(rng, a=None):
    e, c = rng.randint(3, 480), rng.randint(0, 99)
    return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} EUR", f"EUR {e}.{c:02d}", f"{e} euro", f"€{e}", f"{e},{c:02d} zł",
                       f"£{e}.{c:02d}", f"${e}.{c:02d}", f"{e} TL", f"{e * 10} MAD", f"{e},{c:02d} €", f"€ 1.{e:03d},{c:02d}", f"{e},- euro"])


def quantity(rng, a=None):
    return rng.choice([f"{rng.randint(2, 9)} pakketten", f"{rng.choice([1, 2, 5, 10, 20, 50])} GB", f"{rng.choice([100, 200, 500, 1000])} Mbit/s",
                       f"{rng.randint(2, 6)} stuks", f"{rng.randint(2, 5)} colis", f"{rng.randint(2, 4)} Pakete", f"{rng.randint(2, 8)} items",
                       f"{rng.randint(2, 30)} dagen", f"{rng.randint(2, 12)} maanden", f"{rng.randint(2, 5)} keer", f"{rng.randint(2, 9)} times"])


def percentage(rng, a=None):
    return rng.choice([f"{rng.randint(2, 60)}%", f"{rng.randint(2, 60)} %", f"{rng.randint(1, 9)},{rng.randint(1, 9)}%", f"{rng.randint(2, 30)} procent"])


def year(rng, a=None):
    return str(rng.randint(2012, 2026))


def order(rng, a=None):
    return rng.choice(["4500" + digits(rng, 6), "ORD-" + str(rng.randint(2024, 2026)) + "-" + digits(rng, 6), digits(rng, 9, True),
                       "BE" + digits(rng, 8), "W" + digits(rng, 9), "#" + digits(rng, 7)]).lstrip("#")


def ticket(rng, a=None):
    return rng.choice(["CS-" + digits(rng, 7), str(rng.randint(2024, 2026)) + "-" + digits(rng, 6), "INC" + digits(rng, 7),
                       "ZK" + digits(rng, 8), "SR-" + digits(rng, 6), "REF" + digits(rng, 6), "K" + digits(rng, 2) + "-" + digits(rng, 5)])


def invoice(rng, a=None):
    return rng.choice(["F" + str(rng.randint(2024, 2026)) + "-" + digits(rng, 6), "FAC-" + digits(rng, 8), "7" + digits(rng, 9),
                       "INV-" + digits(rng, 6), "RE-" + digits(rng, 7), str(rng.randint(2024, 2026)) + "/" + digits(rng, 5)])


def tracking(rng, a=None):
    al = string.ascii_uppercase
    return rng.choice(["3S" + "".join(rng.choice(al) for _ in range(4)) + digits(rng, 9), "JVGL" + digits(rng, 14), "1Z" + "".join(rng.choice(al + string.digits) for _ in range(16)),
                       "CD" + digits(rng, 9) + "NL", "LX" + digits(rng, 9) + "DE", "RR" + digits(rng, 9) + "PL", digits(rng, 24), "00340434" + digits(rng, 12)])


def request_id(rng, a=None):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}", "req_" + h(16), "REQ-" + digits(rng, 10), h(8) + "-" + h(4)])


def error_code(rng, a=None):
    return rng.choice(["E-" + str(rng.randint(100, 999)), "0x8007" + "".join(rng.choice("0123456789ABCDEF") for _ in range(4)), "ERR_CONNECTION_TIMED_OUT",
                       "S" + str(rng.randint(100, 399)), "F" + digits(rng, 4), str(rng.choice([401, 403, 404, 500, 502, 503])), "NW-" + digits(rng, 3),
                       "DNS_PROBE_FINISHED_NXDOMAIN", "CODE " + str(rng.randint(1000, 9999))])


def version(rng, a=None):
    M, m, p = rng.randint(1, 17), rng.randint(0, 30), rng.randint(0, 12)
    return rng.choice([f"v{M}.{m}.{p}", f"{M}.{m}.{p}", f"{M}.{m}", f"versie {M}.{m}".split()[1], f"{M}.{m}.{p}-beta", f"build {M}{m}{p}".split()[1] + f".{p}"])


def product(rng, a=None):
    ean = "87" + digits(rng, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean))
    ean += str((10 - s % 10) % 10)
    return rng.choice(["SKU-" + digits(rng, 5), "ART " + digits(rng, 3) + "-" + digits(rng, 4), "PRD-" + digits(rng, 4) + "-NL", ean, "REF." + digits(rng, 6), "P" + digits(rng, 6)])


def flight(rng, a=None):
    c = rng.choice(["KL", "TK", "LO", "TP", "AT", "LG", "SN", "HV", "FR", "BA", "LH", "PC", "TB", "U2"])
    return c + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def company_reg(rng, a=None):
    k = a or rng.choice(["kvk", "btw", "be", "lu", "de", "uk", "fr", "nip"])
    if k == "kvk":
        return digits(rng, 8, True)
    if k == "btw":
        return "NL" + digits(rng, 9) + "B0" + str(rng.randint(1, 3))
    if k == "be":
        b = "0" + digits(rng, 7, True)
        c = 97 - int(b) % 97
        n = b + f"{c:02d}"
        return rng.choice([f"BE {n[:4]}.{n[4:7]}.{n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}", f"BE{n}"])
    if k == "lu":
        return rng.choice(["B" + digits(rng, 6), "LU" + digits(rng, 8)])
    if k == "de":
        return rng.choice(["HRB " + digits(rng, 5), "DE" + digits(rng, 9)])
    if k == "uk":
        return digits(rng, 8)
    if k == "fr":
        return f"{digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 3)}"
    return f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"


def masked(rng, a=None):
    d4 = digits(rng, 4)
    return rng.choice(["****" + d4, "**** **** **** " + d4, "NL** **** **** **" + d4[:2] + " " + d4[2:] + digits(rng, 2), "XXXX-XXXX-XXXX-" + d4,
                       "•••• " + d4, "06-****" + d4, "BE** **** **** " + d4, "+49 ••• •••• " + d4[:2], "ending in " + d4 if False else "xxxxxx" + d4,
                       rng.choice("jmkas") + "***@" + rng.choice(["gmail.com", "web.de", "wp.pl", "hotmail.com"]), "DE** **** **** **** **" + d4[:2] + " " + d4[2:]])


def meter(rng, a=None):
    return rng.choice([f"{rng.randint(1000, 99999)},{rng.randint(0, 9)} kWh", f"{rng.randint(100, 9999)} m³", digits(rng, 5) + " kWh", f"{rng.randint(1000, 60000)}", f"0{rng.randint(1000, 99999)}"])


def port(rng, a=None):
    return str(rng.choice([8080, 443, 3389, 51413, 22, 25565, 8443, 1194, 5060, 32400, 9000, 21]))


def checksum(rng, a=None):
    n = rng.choice([32, 40, 64, 8])
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def date(rng, a=None):
    from values import date_neg
    return date_neg(rng, a)
