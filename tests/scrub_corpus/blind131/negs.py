"""Hard-negative value generators."""
from values import digits, rs, UP, LO, DIG, MONTHS

HEX = "0123456789abcdef"


def date(r, lang):
    y, m, d = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    if lang == "en-us":
        return r.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m-1]} {d}", f"{MONTHS['en'][m-1][:3]} {d}th", f"{MONTHS['en'][m-1]} {d}, {y}"])
    if lang == "en-gb":
        return r.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]}", f"{d} {MONTHS['en'][m-1][:3]}", f"{d}th {MONTHS['en'][m-1]}"])
    ml = MONTHS["fr" if lang == "fr-be" else "nl"]
    return r.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {ml[m-1]}", f"{d}/{m}", f"{d} {ml[m-1]} {y}", f"{d:02d}/{m:02d}/{y}"])


def time(r, lang):
    h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 45, 50])
    if lang.startswith("en"):
        return r.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{' pm' if h >= 12 else ' am'}", f"{h:02d}:{mi:02d}"])
    if lang == "fr-be":
        return r.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}", f"{h} h {mi:02d}"])
    return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}u{mi:02d}", f"{h:02d}:{mi:02d}", f"{h} uur"])


def amount(r, lang):
    e, c = r.randint(3, 1900), r.randint(0, 99)
    if lang == "en-gb":
        return r.choice([f"£{e}.{c:02d}", f"£{e}", f"{e}.{c:02d} GBP", f"£ {e}.{c:02d}"])
    if lang == "en-us":
        return r.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}", f"${e:,}.{c:02d}"])
    return r.choice([f"€{e},{c:02d}", f"€ {e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"{e} euro", f"€{e},-", f"{e},{c:02d}€" if lang == "fr-be" else f"€{e}"])


QTY = {
    "nl": ["{n} doosjes", "{n} strips", "{n} panelen", "{n} tickets", "{n} kaartjes", "{n} lessen", "{n} zakken", "{n} personen", "{n} stuks", "{n} tabletten", "{n} kg"],
    "fr": ["{n} boîtes", "{n} panneaux", "{n} billets", "{n} cours", "{n} sacs", "{n} personnes", "{n} comprimés", "{n} kg", "{n} pièces"],
    "en": ["{n} boxes", "{n} panels", "{n} tickets", "{n} lessons", "{n} bags", "{n} passengers", "{n} tablets", "{n} kg", "{n} packs", "{n} x"],
}


def quantity(r, lang):
    k = "fr" if lang == "fr-be" else "nl" if lang.startswith("nl") else "en"
    p = r.choice(QTY[k])
    n = str(r.randint(2, 30))
    return n + " x" if p == "{n} x" else p.replace("{n}", n)


def percentage(r, lang):
    v = r.choice([str(r.randint(5, 60)), f"{r.randint(1, 20)},5" if not lang.startswith("en") else f"{r.randint(1, 20)}.5"])
    return r.choice([f"{v}%", f"{v} %", f"{v}%"])


def year(r, lang):
    return str(r.randint(2015, 2026))


def order_number(r, lang, sector=None):
    return r.choice([f"#{digits(r, 9, True)}", f"ORD-{r.randint(2023, 2026)}-{digits(r, 5)}", digits(r, 10, True), f"{rs(r, UP, 2)}{digits(r, 8)}",
                     f"BK{rs(r, UP + DIG, 6)}", f"{rs(r, UP + DIG, 6)}", f"W{digits(r, 9)}", f"NL{digits(r, 8)}-{digits(r, 2)}"])


def ticket_number(r, lang, sector=None):
    return r.choice([f"#{digits(r, 7, True)}", f"INC{digits(r, 7)}", f"CASE-{digits(r, 6)}", f"K-{r.randint(2024, 2026)}-{digits(r, 4)}",
                     f"{r.randint(2024, 2026)}/{digits(r, 5)}", f"SR{digits(r, 8)}", f"0{digits(r, 7)}", f"T{digits(r, 6)}"])


def invoice_number(r, lang, sector=None):
    return r.choice([f"F{r.randint(2024, 2026)}-{digits(r, 5)}", f"INV-{digits(r, 6)}", f"{r.randint(2024, 2026)}{digits(r, 6)}", f"FA{digits(r, 7)}",
                     f"{r.randint(24, 26)}/{digits(r, 4)}", f"VF-{digits(r, 8)}"])


def tracking_number(r, lang, sector=None):
    return r.choice([f"3S{rs(r, UP, 4)}{digits(r, 7)}", f"1Z{rs(r, UP + DIG, 6)}{digits(r, 10)}", f"JVGL{digits(r, 16)}", f"{rs(r, UP, 2)}{digits(r, 9)}GB",
                     f"3232{digits(r, 20)}", f"9400 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}", f"CD{digits(r, 9)}BE", f"00{digits(r, 16)}"])


def request_id(r, lang, sector=None):
    u = rs(r, HEX, 32)
    return r.choice([f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}", f"req_{rs(r, LO + DIG, 20)}", f"REQ-{digits(r, 10)}", f"{u[:16]}"])


def error_code(r, lang, sector=None):
    return r.choice([f"E{digits(r, 3)}", f"0x{rs(r, '0123456789ABCDEF', 8)}", "ERR_CONNECTION_RESET", f"HTTP {r.choice([500, 502, 503, 403, 404])}",
                     f"PAY-{digits(r, 3)}", f"F{digits(r, 2)}", f"ERR-{digits(r, 4)}", "DNS_PROBE_FINISHED_NXDOMAIN", f"code {digits(r, 3)}"[5:]])


def version_string(r, lang, sector=None):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                     f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}", f"Android {r.randint(11, 15)}", f"{r.randint(1, 7)}.{r.randint(0, 9)}.{r.randint(0, 9)} (build {digits(r, 4)})",
                     f"firmware {r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(10, 99)}"[9:]])


MODELS = {
    "so": ["SB3.6-1AV-41", "MIN 3000TL-X", "IQ8M-72-2-INT", "JAM54S30-410/MR", "SUN2000-5KTL-L1", "Primo 4.6-1", "HM-800", "LR5-54HPH-410M", "SE5000H", "Powerwall 2"],
    "ph": ["OMRON M3", "Accu-Chek Guide", "FreeStyle Libre 2", "Philips HX6859", "Braun IRT6520", "Contour Next One", "Beurer BM27", "Omron RS4"],
    "pe": ["FURminator M", "Tractive GPS 4", "Sure Petcare SureFlap", "PetSafe PDT19", "Catit Pixi", "Eheim 2213"],
    "ti": ["iPhone 13 A2633", "Galaxy S23 SM-S911B", "Pixel 7a", "Redmi Note 12", "iPhone SE A2783", "Moto G54"],
    "ls": ["Chromebook C340", "iPad A2602", "Surface Go 3", "MacBook Air M2", "ThinkPad E14", "Galaxy Tab A8"],
    "fe": ["FRITZ!Box 7590", "Garmin 245", "GoPro HERO11", "Huawei B535", "Galaxy A54 SM-A546B", "TP-Link M7350"],
}
PRODUCTS = {
    "ph": ["Z-index {d8}", "CNK {d4}-{d3}", "PZN {d8}", "art. {d6}", "{d13}"],
    "so": ["SKU SOL-{d5}", "art.nr. {d6}", "PN {d3}-{d4}"],
    "pe": ["art. {d7}", "SKU PET{d6}", "{d13}", "PLU {d5}"],
    "ti": ["PROMO-{L2}{d3}", "SKU TIX{d4}"],
    "ls": ["CRS-{L2}{d3}", "B2-{d4}", "module {L2}{d2}"],
    "fe": ["CAB-{L2}{d2}", "SKU F{d6}"],
}


def model_number(r, lang, sector=None):
    return r.choice(MODELS[sector or r.choice(list(MODELS))])


def product_code(r, lang, sector=None):
    from values import fill_pattern
    p = r.choice(PRODUCTS[sector or r.choice(list(PRODUCTS))])
    v = fill_pattern(r, p)
    return v


def flight_number(r, lang, sector=None):
    return r.choice(["KL", "HV", "FR", "SN", "BA", "U2", "TB", "LH", "UA", "DL", "AA", "EZY", "VY"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def company_phone(r, lang, sector=None):
    if lang == "nl":
        return r.choice([f"0900-{digits(r, 4)}", f"088-{digits(r, 7)}", f"0800-{digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}", f"085-{digits(r, 7)}", f"0900 {digits(r, 3)} {digits(r, 4)}"])
    if lang in ("nl-be", "fr-be"):
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"070/{digits(r, 2)}.{digits(r, 2)}.{digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}", f"078/{digits(r, 6)}", f"02 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
    if lang == "en-gb":
        return r.choice([f"0345 {digits(r, 3)} {digits(r, 4)}", f"0800 {digits(r, 3)} {digits(r, 4)}", f"0333 {digits(r, 3)} {digits(r, 4)}", f"03{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}"])
    return r.choice([f"1-800-{digits(r, 3)}-{digits(r, 4)}", f"(888) {digits(r, 3)}-{digits(r, 4)}", f"1 (877) {digits(r, 3)}-{digits(r, 4)}", f"800.{digits(r, 3)}.{digits(r, 4)}"])


def company_registration(r, lang, sector=None):
    if lang == "nl":
        return r.choice([digits(r, 8, True), f"NL{digits(r, 9)}B01", f"NL {digits(r, 9)} B{digits(r, 2)}"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + digits(r, 9)
        return r.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}", f"{d[:4]} {d[4:7]} {d[7:]}"])
    if lang == "en-gb":
        return r.choice([digits(r, 8), f"GB {digits(r, 3)} {digits(r, 4)} {digits(r, 2)}", f"SC{digits(r, 6)}", f"GB{digits(r, 9)}"])
    return r.choice([f"{digits(r, 2)}-{digits(r, 7)}", f"{digits(r, 2)}-{digits(r, 7)}"])


def masked_value(r, lang, sector=None):
    return r.choice([f"****{digits(r, 4)}", f"**** **** **** {digits(r, 4)}", f"NL** **** **** {digits(r, 4)} {digits(r, 2)}", f"BE** **** **** {digits(r, 2)}{digits(r, 2)}",
                     f"xxxx-xxxx-xxxx-{digits(r, 4)}", f"06-****{digits(r, 4)}", f"+32 4** ** ** {digits(r, 2)}", f"{rs(r, LO, 1)}***@{r.choice(['gmail.com', 'telenet.be', 'outlook.com'])}",
                     f"XXXXXX{digits(r, 4)}", f"•••• {digits(r, 4)}", f"******{digits(r, 3)}", f"***-**-{digits(r, 4)}"])


def meter_reading(r, lang, sector=None):
    v = r.randint(120, 48000)
    return r.choice([f"{v:06d}", f"{v} kWh", f"{v:,}".replace(",", ".") + " kWh", f"{v}.{r.randint(0, 9)}", f"{v:05d}"])


def port(r, lang, sector=None):
    return str(r.choice([8080, 443, 80, 8443, 3389, 22, 5060, 1883, 502, 8123, 9000, 51820]))


def checksum(r, lang, sector=None):
    return r.choice([rs(r, HEX, 64), rs(r, HEX, 32), rs(r, HEX, 40), rs(r, HEX.upper(), 8)])


def url(r, lang, sector=None, brands=None):
    b = (brands or ["example"])
    slug = r.choice(b).lower().replace(" ", "").replace("'", "").replace("é", "e").replace("&", "")
    tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk", "en-us": ".com"}[lang]
    path = r.choice(["", "/klantenservice", "/faq", "/account/login", "/retour", "/support/12345", "/hulp?topic=betaling", "/contact", "/app", "/status", "/help/reset-password",
                     "/fr/aide", "/tickets/mijn-tickets", "/s/" + rs(r, LO + DIG, 6)])
    return r.choice(["https://www.", "https://", "www.", "http://"]) + slug + tld + path
