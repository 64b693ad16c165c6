"""Hard-negative generators (look like PII, must not be scrubbed)."""
from values import rd, rs, MONTHS, mfam, UP, LO, DIG

DAYS = {"nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def date(r, lang):
    f = mfam(lang)
    d, m = r.randint(1, 28), r.randint(1, 12)
    M = MONTHS[f]
    if f == "en":
        opts = [f"{d} {M[m-1]}", f"{M[m-1]} {d}", f"{DAYS['en'][r.randint(0, 6)]} {d} {M[m-1][:3]}", f"{d:02d}/{m:02d}/2025" if lang == "en-gb" else f"{m}/{d}/25", f"{M[m-1]} {d}th"]
    else:
        opts = [f"{d} {M[m-1]}", f"{d:02d}-{m:02d}", f"{DAYS[f][r.randint(0, 6)]} {d} {M[m-1]}", f"{d:02d}/{m:02d}/2025", f"{d}/{m}", f"{d}-{m}-2025"]
    return r.choice(opts)


def time(r, lang):
    h, mi = r.randint(8, 22), r.choice([0, 15, 30, 45, 10, 5])
    f = mfam(lang)
    if f == "en":
        return r.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}"])
    if f == "fr":
        return r.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}.{mi:02d} uur", f"{h} uur"])


def amount(r, lang):
    e, c = r.randint(5, 2400), r.randint(0, 99)
    if lang in ("nl", "nl-be"):
        return r.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€{e}"])
    if lang == "fr-be":
        return r.choice([f"{e},{c:02d} €", f"{e} euros", f"€{e},{c:02d}", f"{e}€"])
    if lang == "en-gb":
        return r.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}", f"€{e}"])
    return r.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}", f"${e:,}.00"])


QTY = {"nl": ["{n} tabletten", "{n} verhuisdozen", "{n} m³", "{n} kg", "{n} mg", "{n} stuks", "{n} kuub", "{n} boeken", "{n} kaartjes", "{n} pipetten"],
       "fr": ["{n} comprimés", "{n} cartons", "{n} m³", "{n} kg", "{n} mg", "{n} places", "{n} livres", "{n} billets", "{n} pipettes"],
       "en": ["{n} tablets", "{n} boxes", "{n} sq ft", "{n} kg", "{n} mg", "{n} tickets", "{n} books", "{n} lbs", "{n} cu ft", "{n} pipettes"]}


def quantity(r, lang):
    return r.choice(QTY[mfam(lang)]).format(n=r.choice([2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30, 50, 75, 100, 250]))


def percentage(r, lang):
    p = r.choice([5, 10, 15, 20, 25, 50, 80, 90, 100, 12.5])
    s = str(p).replace(".", "," if lang != "en-us" and lang != "en-gb" else ".")
    return r.choice([f"{s}%", f"{s} %", f"{s} procent" if mfam(lang) == "nl" else f"{s} percent" if mfam(lang) == "en" else f"{s} pour cent"])


def year(r, lang):
    return str(r.randint(2015, 2026))


def order_number(r, lang):
    return r.choice(["ORD-2025-" + rd(r, 6), "#" + rd(r, 9), "BST" + rd(r, 7), rd(r, 10), "TM-" + rd(r, 4) + "-" + rd(r, 4), "R" + rd(r, 8), "WEB" + rd(r, 6), "20" + rd(r, 2) + "-" + rd(r, 6)])


def ticket_number(r, lang):
    return r.choice(["#" + rd(r, 7), "CS-" + rd(r, 6), "2025-" + rd(r, 6), "INC" + rd(r, 7), "ZK" + rd(r, 6), "CAS-" + rd(r, 5) + "-" + rs(r, 4, UP), rd(r, 8)])


def invoice_number(r, lang):
    return r.choice(["F2025-" + rd(r, 5), "INV-" + rd(r, 6), "2025/" + rd(r, 4), "FAC" + rd(r, 7), rd(r, 9), "VF-" + rd(r, 6)])


def tracking_number(r, lang):
    return r.choice(["3S" + rs(r, 4, UP) + rd(r, 7), "1Z" + rs(r, 6, UP + DIG) + rd(r, 10), "CZ" + rd(r, 9) + "NL", "JVGL" + rd(r, 14), "323" + rd(r, 11), "9400 1" + rd(r, 3) + " " + rd(r, 4) + " " + rd(r, 4) + " " + rd(r, 4) + " " + rd(r, 2)])


def request_id(r, lang):
    h = "0123456789abcdef"
    return r.choice([f"{rs(r, 8, h)}-{rs(r, 4, h)}-4{rs(r, 3, h)}-{rs(r, 4, h)}-{rs(r, 12, h)}", "req_" + rs(r, 14, LO + DIG), "X-Request-ID " + rs(r, 16, h)][:2] if False else
                    [f"{rs(r, 8, h)}-{rs(r, 4, h)}-4{rs(r, 3, h)}-{rs(r, 4, h)}-{rs(r, 12, h)}", "req_" + rs(r, 14, LO + DIG), rs(r, 16, h).upper()])


def error_code(r, lang):
    return r.choice(["ERR-" + rd(r, 4), "E" + rd(r, 3), "0x8007" + rd(r, 4), "TKT_TRANSFER_409", "AUTH-" + rd(r, 3), "403", "502", "SSL_ERROR_BAD_CERT_DOMAIN", "E-CHIP-" + rd(r, 2), "ERR_CARD_DECLINED"])


def version_string(r, lang):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)} (build {rd(r, 4)})", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(11, 15)}", f"{r.randint(2, 8)}.{r.randint(0, 40)}"])


def meter_reading(r, lang):
    return r.choice([rd(r, 5) + " kWh", rd(r, 4) + "," + rd(r, 1) + " m3", rd(r, 6), rd(r, 5) + " m³", rd(r, 5)])


def port(r, lang):
    return r.choice(["8443", "3389", "21", "22", "8080", "443", "5060", "1194"])


def checksum(r, lang):
    h = "0123456789abcdef"
    return r.choice([rs(r, 64, h), rs(r, 32, h), rs(r, 40, h), rs(r, 8, h).upper()])


def flight_number(r, lang):
    return r.choice(["KL", "HV", "BA", "FR", "SN", "U2", "AA", "DL", "TB", "EZY"]) + r.choice(["", " "]) + str(r.randint(12, 8999))


def company_phone(r, lang):
    if lang == "nl":
        return r.choice(["0900-" + rd(r, 4), "088 " + rd(r, 3) + " " + rd(r, 4), "0800-" + rd(r, 4), "085-" + rd(r, 7), "+31 88 " + rd(r, 3) + " " + rd(r, 4), "020 " + rd(r, 3) + " " + rd(r, 4)])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["078 " + rd(r, 2) + " " + rd(r, 2) + " " + rd(r, 2), "070 " + rd(r, 2) + " " + rd(r, 2) + " " + rd(r, 2), "0800 " + rd(r, 2) + " " + rd(r, 3), "+32 2 " + rd(r, 3) + " " + rd(r, 2) + " " + rd(r, 2), "02 " + rd(r, 3) + " " + rd(r, 2) + " " + rd(r, 2)])
    if lang == "en-gb":
        return r.choice(["0345 " + rd(r, 3) + " " + rd(r, 4), "0800 " + rd(r, 3) + " " + rd(r, 4), "0333 " + rd(r, 3) + " " + rd(r, 4), "0113 " + rd(r, 3) + " " + rd(r, 4), "+44 20 " + rd(r, 4) + " " + rd(r, 4)])
    return r.choice(["1-800-" + rd(r, 3) + "-" + rd(r, 4), "(888) " + rd(r, 3) + "-" + rd(r, 4), "1-866-" + rd(r, 3) + "-" + rd(r, 4), "(312) 747-" + rd(r, 4), "877." + rd(r, 3) + "." + rd(r, 4)])


def company_registration(r, lang):
    if lang == "nl":
        return r.choice([rd(r, 8), "NL" + rd(r, 9) + "B0" + str(r.randint(1, 9)), rd(r, 4) + " " + rd(r, 4)])
    if lang in ("nl-be", "fr-be"):
        n = "0" + rd(r, 9)
        return r.choice([f"{n[:4]}.{n[4:7]}.{n[7:]}", f"BE {n[:4]}.{n[4:7]}.{n[7:]}", f"BE{n}", n])
    if lang == "en-gb":
        return r.choice(["0" + rd(r, 7), "GB " + rd(r, 3) + " " + rd(r, 4) + " " + rd(r, 2), "SC" + rd(r, 6)])
    return r.choice([rd(r, 2) + "-" + rd(r, 7), "EIN " + rd(r, 2) + "-" + rd(r, 7)][:1] * 2 + [rd(r, 2) + "-" + rd(r, 7)])


def masked_value(r, lang):
    return r.choice(["****" + rd(r, 4), "**** **** **** " + rd(r, 4), "NL** **** **** **" + rd(r, 2) + " " + rd(r, 2), "BE** **** **** " + rd(r, 2) + rd(r, 2),
                     "xxxx-xxxx-xxxx-" + rd(r, 4), "06-****" + rd(r, 4), "+32 4** ** ** " + rd(r, 2), "•••• " + rd(r, 4), "j***@gmail.com", "a****s@hotmail.com",
                     "*******" + rd(r, 3), "XXXXXX" + rd(r, 3), "***-**-" + rd(r, 4), "07*** ***" + rd(r, 3)])


def _rot(r, pool):
    return r.choice(pool)


GEN = {k: v for k, v in dict(globals()).items() if callable(v) and not k.startswith("_") and k not in ("rd", "rs", "mfam")}
