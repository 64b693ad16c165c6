"""Hard-negative value generators (things that look like PII but are not)."""
import string
from values import digits, _rand, MONTHS, UP, DIG, LO

HEX = "0123456789abcdef"


def date(rng, ctx):
    lang = ctx["lang"]
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    mon = MONTHS[lang][m - 1]
    if lang == "en-us":
        o = [f"{mon} {d}", f"{m}/{d}", f"{m}/{d}/{y}", f"{mon[:3]} {d}th" if d > 3 and d < 21 else f"{mon[:3]} {d}", f"{mon} {d}, {y}"]
    elif lang == "en-gb":
        o = [f"{d} {mon}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]}", f"{d} {mon} {y}"]
    else:
        o = [f"{d} {mon}", f"{d}/{m}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"]
    return rng.choice(o)


def time(rng, ctx):
    h, mi = rng.randint(5, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37])
    if ctx["lang"] == "en-us":
        return rng.choice([f"{h % 12 or 12}:{mi:02d}{rng.choice(['am', 'pm', ' AM', ' PM', 'pm'])}", f"{h:02d}:{mi:02d}"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d}", f"{h}u{mi:02d}" if ctx["lang"] != "en-gb" else f"{h % 12 or 12}.{mi:02d}pm"])


def amount(rng, ctx):
    lang = ctx["lang"]
    e, c = rng.randint(2, 900), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"£ {e}.{c:02d}", f"{e} quid", f"GBP {e}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}", f"{e} bucks", f"${e:,}.{c:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} euros", f"{e}€", f"€ {e},{c:02d}", f"{e},{c:02d} EUR"])
    return rng.choice([f"€{e},{c:02d}", f"€ {e},{c:02d}", f"{e} euro", f"€{e},-", f"EUR {e},{c:02d}", f"{e},{c:02d} eur", f"€{e}.{c:02d}"])


QTY = {
    "nl": {"transport": ["{n} minuten", "{n} ritten", "{n} dagen", "{n} weken", "{n} zones"], "health": ["{n} tabletten", "{n} mg", "{n} strips", "{n} dagen", "{n} weken"],
           "streaming": ["{n} maanden", "{n} dagen", "{n} profielen", "{n} weken"], "travel": ["{n} uur", "{n} dagen", "{n} weken", "{n} uur en een kwartier"]},
    "fr": {"transport": ["{n} minutes", "{n} trajets", "{n} jours", "{n} semaines"], "health": ["{n} comprimés", "{n} mg", "{n} boîtes", "{n} jours"],
           "streaming": ["{n} mois", "{n} jours", "{n} profils", "{n} semaines"], "travel": ["{n} heures", "{n} jours", "{n} semaines"]},
    "en": {"transport": ["{n} minutes", "{n} journeys", "{n} days", "{n} weeks"], "health": ["{n} tablets", "{n} mg", "{n} boxes", "{n} days", "{n} pills"],
           "streaming": ["{n} months", "{n} days", "{n} profiles", "{n} weeks"], "travel": ["{n} hours", "{n} days", "{n} weeks", "{n}hrs"]},
}


def _lk(ctx):
    l = ctx["lang"]
    return "fr" if l == "fr-be" else "en" if l.startswith("en") else "nl"


def quantity(rng, ctx):
    return rng.choice(QTY[_lk(ctx)][ctx.get("domain", "travel")]).format(n=rng.choice([2, 3, 4, 5, 6, 10, 12, 14, 20, 23, 30, 45, 60, 90]))


def percentage(rng, ctx):
    n = rng.choice([5, 10, 15, 20, 25, 40, 50, 75, 100, 12.5])
    s = str(n).replace(".", "," if _lk(ctx) != "en" else ".")
    return rng.choice([f"{s}%", f"{s} %", f"{s} procent" if _lk(ctx) == "nl" else f"{s} pour cent" if _lk(ctx) == "fr" else f"{s} percent"])


def year(rng, ctx):
    return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]))


def order_number(rng, ctx):
    dom = ctx.get("domain")
    if dom == "travel":
        return rng.choice([_rand(rng, UP.replace("O", "").replace("I", "") + "23456789", 6), f"{digits(rng, 3)}-{digits(rng, 10)}", f"{digits(rng, 3)}{digits(rng, 10)}", "BK" + digits(rng, 8)])
    return rng.choice([digits(rng, 9), f"ORD-{digits(rng, 7)}", f"#{digits(rng, 6)}", f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"])


def ticket_number(rng, ctx):
    dom = ctx.get("domain")
    if dom == "travel" and rng.random() < 0.4:
        return rng.choice(["AMS", "BRU", "LHR", "EIN", "RTM", "CRL", "JFK", "MAN"]) + rng.choice(["KL", "SN", "BA", "HV", "FR", "U2", "TB"]) + digits(rng, 5)
    return rng.choice([digits(rng, 8), f"CAS-{digits(rng, 5)}-{_rand(rng, UP + DIG, 6)}", f"{rng.choice([2024, 2025, 2026])}-{digits(rng, 6)}", f"#{digits(rng, 7)}", f"SR{digits(rng, 9)}", f"{_rand(rng, UP, 2)}{digits(rng, 6)}", f"INC{digits(rng, 7)}"])


def invoice_number(rng, ctx):
    return rng.choice([f"F{rng.choice([2024, 2025, 2026])}-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"{digits(rng, 10)}", f"FAC/{digits(rng, 4)}/{digits(rng, 5)}", f"{rng.choice(UP)}{digits(rng, 9)}"])


def tracking_number(rng, ctx):
    return rng.choice([f"3S{_rand(rng, UP, 4)}{digits(rng, 7)}", f"JVGL{digits(rng, 16)}", f"1Z{_rand(rng, UP + DIG, 6)}{digits(rng, 10)}", f"CD{digits(rng, 9)}NL", f"{rng.choice(['KL', 'SN', 'BA', 'HV'])}{digits(rng, 6)}", f"0{rng.choice(['074', '082', '125'])}{digits(rng, 6)}"])


def request_id(rng, ctx):
    return rng.choice([f"{_rand(rng, HEX, 8)}-{_rand(rng, HEX, 4)}-4{_rand(rng, HEX, 3)}-{rng.choice('89ab')}{_rand(rng, HEX, 3)}-{_rand(rng, HEX, 12)}", f"req_{_rand(rng, LO + DIG, 14)}", f"{_rand(rng, UP + DIG, 16)}", f"trace-{_rand(rng, HEX, 10)}"])


def error_code(rng, ctx):
    return rng.choice([f"CE-{digits(rng, 5)}-{rng.randint(0, 9)}", f"NW-{digits(rng, 6)}-{rng.randint(0, 9)}", f"0x{_rand(rng, '0123456789ABCDEF', 8)}", f"E{digits(rng, 3)}", f"NSES-{rng.choice(['404', '500', 'UHX'])}", f"tvq-pm-{rng.randint(100, 999)}", f"UI-{rng.randint(100, 999)}", f"ERR_{rng.choice(['CONNECTION_RESET', 'TIMED_OUT', 'CERT_INVALID'])}", f"HTTP {rng.choice([403, 500, 502, 503])}", f"{rng.randint(2000, 2999)}-{rng.randint(1000, 9999)}", f"M7{rng.randint(100, 399)}-{rng.randint(1000, 9999)}"])


def version_string(rng, ctx):
    a, b, c = rng.randint(1, 16), rng.randint(0, 40), rng.randint(0, 99)
    return rng.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c} (build {digits(rng, 4)})", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"{a}.{b}.{c}-beta"])


MODELS = ["PS5 CFI-1216A", "CFI-2016", "Xbox Series X", "Model 1914", "Switch OLED HEG-001", "SM-S918B", "iPhone 13 mini", "iPhone 15 Pro", "Pixel 8a", "KD-55X85L", "Chromecast GA03131", "Fire TV Stick 4K", "Galaxy A54", "OLED55C34LA", "Redmi Note 12", "Nintendo Switch Lite", "Apple TV 4K (A2843)", "Steam Deck 512GB", "MacBook Air M2", "Fritz!Box 7590"]


def model_number(rng, ctx):
    return rng.choice(ctx["pools"]["models"])


def product_code(rng, ctx):
    return rng.choice([f"ART-{digits(rng, 5)}", f"SKU {digits(rng, 6)}", f"{digits(rng, 13)}" if rng.random() < 0.2 else f"Z-index {digits(rng, 8)}", f"PZN {digits(rng, 8)}", f"CNK {digits(rng, 7)}", f"{_rand(rng, UP, 3)}-{digits(rng, 3)}"])


def flight_number(rng, ctx):
    al = rng.choice(["KL", "HV", "SN", "BA", "FR", "U2", "TB", "KL", "LH", "DL", "UA", "AF", "TK", "OR", "VY"])
    n = rng.randint(11, 9999)
    return rng.choice([f"{al}{n}", f"{al} {n}", f"{al}{n:04d}" if n < 1000 else f"{al}{n}"])


CPHONES = {
    "nl": ["030 751 5155", "0900-9292", "0900 - 0123", "088 123 1234", "020 649 1234", "0800-0226", "0900-8844", "+31 20 474 7747", "0800 9555"],
    "nl-be": ["02 528 28 28", "070 220 200", "078 15 00 15", "+32 2 723 23 23", "0800 14 150", "070 23 23 45"],
    "fr-be": ["02 528 28 28", "070 23 23 45", "078 15 44 44", "+32 2 753 77 53", "0800 13 500", "081 25 35 55"],
    "en-gb": ["0345 748 4950", "0344 493 0787", "0330 123 1234", "0800 028 4040", "+44 20 7660 0767", "0345 222 1111"],
    "en-us": ["1-800-221-1212", "(800) 864-8331", "1-866-216-0520", "800-525-3273", "1 (888) 638-6628", "1-800-241-6522"],
}


def company_phone(rng, ctx):
    return rng.choice(CPHONES[ctx["lang"]])


def company_registration(rng, ctx):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice([f"{digits(rng, 8)}", f"NL{digits(rng, 9)}B01", f"NL {digits(rng, 9)} B01"])
    if lang in ("nl-be", "fr-be"):
        x = "0" + digits(rng, 9)
        return rng.choice([f"{x[:4]}.{x[4:7]}.{x[7:]}", f"BE {x}", f"BE{x}", f"BE {x[:4]}.{x[4:7]}.{x[7:]}"])
    if lang == "en-gb":
        return rng.choice([f"{digits(rng, 8)}", f"GB{digits(rng, 9)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", f"{digits(rng, 9)}"])


def url(rng, ctx):
    return rng.choice(ctx["pools"]["urls"])


DOMAIN_TAGS = {
    "transport": ["NS_", "KLM"[:0] + "GVB", "RET", "DeLijn", "NMBS", "SNCB", "ParkMobile", "#NS", "#storing", "#vertraging", "#DeLijn", "#staking", "#parkeerboete", "#grève", "#retard"],
    "health": ["ZilverenKruis", "VGZ", "CZzorg", "Menzis", "Boots", "CVS", "#zorgverzekering", "#apotheek"],
    "streaming": ["Netflix", "Spotify", "Xbox", "PlayStation", "Steam", "Videoland", "Nintendo", "disney", "#Netflix", "#hacked", "#PSN", "#gamer"],
    "travel": ["KLM", "Transavia", "brusselsair", "Ryanair", "easyJet", "British_Airways", "Delta", "TUI", "booking", "united", "Corendon", "#lostluggage", "#KLM", "#Ryanair", "#Schiphol", "#Zaventem", "#travelnightmare"],
}
GENERIC_TAGS = ["#klantonvriendelijk", "#fail", "#customerservice", "#neveragain"]


def _dom_pick(rng, ctx, lst):
    tags = DOMAIN_TAGS.get(ctx.get("domain"), [])
    fit = [x for x in lst if any(t.lower() in x.lower() for t in tags) or x in GENERIC_TAGS]
    return rng.choice(fit or lst)


def mention(rng, ctx):
    return _dom_pick(rng, ctx, ctx["pools"]["mentions"])


def hashtag(rng, ctx):
    return _dom_pick(rng, ctx, ctx["pools"]["hashtags"])


def masked_value(rng, ctx):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}", f"BE** **** **** {digits(rng, 4)}",
                       f"{rng.choice(LO)}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"06-****{digits(rng, 4)}", f"+32 4** ** {digits(rng, 2)} {digits(rng, 2)}", f"XXXX-XXXX-{_rand(rng, UP + DIG, 4)}",
                       f"•••• {digits(rng, 4)}", f"xxxxxx{digits(rng, 3)}", f"***-**-{digits(rng, 4)}", f"{digits(rng, 4)} XXXX XXXX {digits(rng, 4)}"])


def meter_reading(rng, ctx):
    return rng.choice([f"{rng.randint(10, 250)}.{digits(rng, 3)} km", f"{digits(rng, 5)} km", f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(10, 999)},{rng.randint(0, 9)} m³"])


def port(rng, ctx):
    return str(rng.choice([3074, 3478, 3479, 3480, 88, 500, 3544, 4500, 27015, 27036, 443, 8080, 9308, 1935]))


def checksum(rng, ctx):
    return rng.choice([_rand(rng, HEX, 64), _rand(rng, HEX, 32), _rand(rng, HEX.upper(), 8)])


NEG = {k: v for k, v in globals().items() if k in (
    "date time amount quantity percentage year order_number ticket_number invoice_number tracking_number "
    "request_id error_code version_string model_number product_code flight_number company_phone "
    "company_registration url mention hashtag masked_value meter_reading port checksum").split()}
