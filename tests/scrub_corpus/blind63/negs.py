"""Hard-negative generators: look like PII but must not be scrubbed."""
from values import pick, digits, nz_digits, MONTHS, fam, UP, LOW

HEX = "0123456789abcdef"


def date(rng, lang, v=None):
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    mon = MONTHS[f][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{mon} {d}", f"{mon[:3]} {d}, {y}"])
    if f == "en":
        return rng.choice([f"{d} {mon}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon[:3]} {y}", f"{mon} {d}"])
    if f == "nl":
        return rng.choice([f"{d} {mon}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {mon[:3]}"])
    return rng.choice([f"{d} {mon}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"le {d} {mon}"[3:]])


def time(rng, lang, v=None):
    h, m = rng.randint(0, 23), rng.choice([0, 5, 12, 15, 30, 41, 45, 58])
    if lang == "en-us":
        return rng.choice([f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}", f"{(h % 12) or 12}:{m:02d}pm", f"{h:02d}:{m:02d}"])
    if fam(lang) == "fr":
        return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])
    if fam(lang) == "nl":
        return rng.choice([f"{h:02d}:{m:02d}", f"{h}u{m:02d}" if lang == "nl-be" else f"{h}.{m:02d}", f"{h:02d}:{m:02d} uur"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{(h % 12) or 12}.{m:02d}pm", f"{(h % 12) or 12}am"])


def amount(rng, lang, v=None):
    a = rng.choice([5, 10, 20, 25, 50, 100, 150, 250, 500, 1000, 2500, 15000])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{a}", f"£{a}.{c:02d}", f"GBP {a}", f"€{a}"])
    if lang == "en-us":
        return rng.choice([f"${a:,}", f"${a}.{c:02d}", f"USD {a}", f"{a} USDT", f"0.0{c:02d} BTC"])
    if fam(lang) == "fr":
        return rng.choice([f"{a} €", f"{a},{c:02d} €", f"{a:,}".replace(",", ".") + " euros", f"€{a}"])
    return rng.choice([f"€ {a},{c:02d}", f"€{a}", f"{a:,}".replace(",", ".") + " euro", f"EUR {a},-", f"{a} USDC", f"0,{c:02d} ETH"])


def quantity(rng, lang, v=None):
    n = rng.randint(2, 6)
    f = fam(lang)
    if v == "dur":
        return rng.choice({"nl": [f"{n} werkdagen", f"{n} dagen", f"{n * 24} uur", f"{n} weken", f"{n * 5} minuten"],
                           "fr": [f"{n} jours ouvrables", f"{n} jours", f"{n * 24} heures", f"{n} semaines", f"{n * 5} minutes"],
                           "en": [f"{n} working days", f"{n} days", f"{n * 24} hours", f"{n} weeks", f"{n * 5} minutes"]}[f])
    if v == "times":
        return rng.choice({"nl": [f"{n} keer", f"{n}x", f"{n} pogingen"], "fr": [f"{n} fois", f"{n}x"],
                           "en": [f"{n} times", f"{n}x", f"{n} attempts"]}[f])
    if v is None:
        return rng.choice({"nl": [f"{n} foto's", f"{n} documenten", f"{n} bestanden", f"{n} bijlagen", f"{n * 10} MB"],
                           "fr": [f"{n} photos", f"{n} documents", f"{n} fichiers", f"{n} pièces jointes"],
                           "en": [f"{n} photos", f"{n} documents", f"{n} files", f"{n} attachments", f"{n * 10} MB"]}[f])
    return rng.choice({"nl": [f"{n} foto's", f"{n} keer", f"{n} documenten", f"{n * 10} MB", f"{n} pogingen"],
                       "fr": [f"{n} photos", f"{n} fois", f"{n} documents", f"{n * 10} Mo", f"{n} tentatives"],
                       "en": [f"{n} photos", f"{n} times", f"{n} documents", f"{n * 10} MB", f"{n} attempts"]}[f])


def percentage(rng, lang, v=None):
    p = rng.choice(["0,25", "1,5", "2", "10", "3,9", "0.1", "50", "100"])
    if fam(lang) == "en":
        p = p.replace(",", ".")
    return rng.choice([f"{p}%", f"{p} %"]) if fam(lang) != "en" else f"{p}%"


def year(rng, lang, v=None):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2031, 2033]))


def order_number(rng, lang, v=None):
    return rng.choice([f"#{nz_digits(rng, 7)}", f"ORD-{nz_digits(rng, 6)}", f"{rng.choice(UP)}{rng.choice(UP)}{nz_digits(rng, 8)}",
                       f"RES-{nz_digits(rng, 6)}", f"{nz_digits(rng, 9)}", f"BK{nz_digits(rng, 7)}"])


def ticket_number(rng, lang, v=None):
    return rng.choice([f"#{nz_digits(rng, 6)}", f"INC-{nz_digits(rng, 6)}", f"{nz_digits(rng, 8)}", f"CS{nz_digits(rng, 7)}",
                       f"KYC-{nz_digits(rng, 5)}", f"{nz_digits(rng, 2)}-{nz_digits(rng, 6)}", f"CAS-{nz_digits(rng, 5)}-{''.join(rng.choice(UP) for _ in range(4))}"])


def invoice_number(rng, lang, v=None):
    return rng.choice([f"F{rng.choice([2025, 2026])}-{nz_digits(rng, 5)}", f"INV-{nz_digits(rng, 7)}", f"{nz_digits(rng, 10)}", f"FAC/{nz_digits(rng, 6)}"])


def tracking_number(rng, lang, v=None):
    return rng.choice(["3S" + "".join(rng.choice(UP) for _ in range(4)) + nz_digits(rng, 9), "1Z" + "".join(rng.choice(UP + "0123456789") for _ in range(16)),
                       f"CD{nz_digits(rng, 9)}BE", f"JVGL{nz_digits(rng, 16)}", f"{nz_digits(rng, 14)}"])


def request_id(rng, lang, v=None):
    return rng.choice(["-".join("".join(rng.choice(HEX) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                       "req_" + "".join(rng.choice(LOW + "0123456789") for _ in range(16)),
                       f"VRF-{nz_digits(rng, 8)}", "".join(rng.choice(HEX) for _ in range(12))])


def error_code(rng, lang, v=None):
    return rng.choice([f"ERR_KYC_{nz_digits(rng, 3)}", f"E{nz_digits(rng, 4)}", f"{rng.choice(['403', '429', '500', '502'])}",
                       f"DOC_{rng.choice(['EXPIRED', 'BLURRY', 'MISMATCH', 'UNSUPPORTED'])}", f"0x{''.join(rng.choice(HEX.upper()) for _ in range(8))}",
                       f"SELFIE-{nz_digits(rng, 2)}", f"code {nz_digits(rng, 3)}"[5:]])


def version_string(rng, lang, v=None):
    return rng.choice([f"{rng.randint(2, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 12)}.{rng.randint(0, 9)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(10, 15)}", f"{rng.randint(3, 7)}.{rng.randint(0, 99)}.{rng.randint(100, 999)}"])


def model_number(rng, lang, v=None):
    return pick(rng, ["SM-A546B", "SM-G991B", "A2633", "iPhone 13 mini", "Pixel 7a", "Redmi Note 12", "CPH2581", "FRITZ!Box 7590",
                       "H369A", "Sagemcom F@st 5688W", "Galaxy S23", "moto g54", "TG2492LG"])


def product_code(rng, lang, v=None):
    return rng.choice([f"SKU-{nz_digits(rng, 6)}", f"{''.join(rng.choice(UP) for _ in range(3))}-{nz_digits(rng, 4)}",
                       f"SIM-{rng.choice(['NANO', 'ESIM', 'TRIPLE'])}-{nz_digits(rng, 2)}", f"P{nz_digits(rng, 5)}"])


def flight_number(rng, lang, v=None):
    return rng.choice([f"KL{nz_digits(rng, 4)}", f"FR {nz_digits(rng, 4)}", f"HV{nz_digits(rng, 4)}", f"SN{nz_digits(rng, 4)}",
                       f"BA {nz_digits(rng, 3)}", f"U2 {nz_digits(rng, 4)}", f"UA{nz_digits(rng, 3)}"])


def company_phone(rng, lang, v=None):
    if lang == "en-gb":
        return rng.choice(["0800 328 1234", "0345 600 4000", "0330 088 2222", "+44 20 3322 8000"])
    if lang == "en-us":
        return rng.choice(["1-800-555-0199", "(888) 908-7930", "1 (800) 288-2020"])
    if fam(lang) == "nl" and lang == "nl":
        return rng.choice(["0900-0540", "088 123 4000", "020 308 7700", "0800-0402", "0900 1234", "+31 20 240 7575"])
    return rng.choice(["078 05 05 05", "02 205 14 00", "0800 12 345", "+32 2 555 00 00", "078 15 21 21", "0800 22 800"])


def company_registration(rng, lang, v=None):
    if lang == "en-gb":
        return rng.choice([f"{nz_digits(rng, 8)}", f"SC{nz_digits(rng, 6)}", f"GB{nz_digits(rng, 9)}"])
    if lang == "en-us":
        return rng.choice([f"{nz_digits(rng, 2)}-{digits(rng, 7)}", f"NMLS #{nz_digits(rng, 7)}"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + nz_digits(rng, 9)
        return rng.choice([f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    return rng.choice([f"{nz_digits(rng, 8)}", f"NL{nz_digits(rng, 9)}B01", f"NL {nz_digits(rng, 9)} B01"])


def url(rng, lang, v=None):
    return pick(rng, ["https://support.bitvavo.com/hc/nl", "www.bunq.com/verify", "https://help.revolut.com/help/profile-and-plan/verifying-identity/",
                       "kraken.com/u/verify", "https://www.marktplaats.nl/i/help", "https://www.2dehands.be/veilig-handelen",
                       "https://www.kpn.com/service/id-check", "proximus.be/mijnproximus", "https://www.sixt.nl/huurvoorwaarden/",
                       "https://status.coinbase.com", "vinted.fr/help/450", "https://www.n26.com/en-eu/kyc", "greenwheels.com/nl/faq",
                       "https://www.monzo.com/help", "www.unibet.be/responsible-gaming", "https://www.kansspelautoriteit.nl",
                       "https://www.orange.be/fr/identification", "odido.nl/klantenservice"])


def mention(rng, lang, v=None):
    return pick(rng, ["@bunq", "@Bitvavo", "@RevolutApp", "@krakenfx", "@coinbase", "@N26", "@Marktplaats", "@2dehands",
                       "@KPNwebcare", "@Odido", "@Proximus", "@Telenet", "@Orange_BE", "@SixtNL", "@Greenwheels", "@UnibetBE",
                       "@TOTO_nl", "@monzo", "@EE", "@VodafoneNL", "@vinted", "@Hertz", "@Europcar_BE", "@MyWheelsNL"])


def hashtag(rng, lang, v=None):
    return pick(rng, ["#KYC", "#klantonvriendelijk", "#privacy", "#AVG", "#GDPR", "#RGPD", "#fail", "#crypto", "#bunq", "#scam",
                       "#verificatie", "#geblokkeerd", "#arnaque", "#customerservice", "#wtf", "#identiteitsfraude", "#banking"])


def masked_value(rng, lang, v=None):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
                       f"BE** **** **** {digits(rng, 4)}", f"06-****{digits(rng, 4)}", f"+32 4** ** {digits(rng, 2)} {digits(rng, 2)}",
                       f"{rng.choice(LOW)}***{rng.choice(LOW)}@gmail.com", f"XXX-XX-{digits(rng, 4)}", f"•••• {digits(rng, 4)}",
                       f"{digits(rng, 4)} XXXX XXXX {digits(rng, 4)}", f"*****{digits(rng, 3)}", f"j******@hotmail.com"])


def meter_reading(rng, lang, v=None):
    return rng.choice([f"{nz_digits(rng, 5)} kWh", f"{rng.randint(1000, 9999)},{rng.randint(0, 9)} m3", f"{nz_digits(rng, 5)}", f"{rng.randint(100, 9999)} m³"])


def port(rng, lang, v=None):
    return str(rng.choice([443, 8080, 22, 3389, 8443, 51820, 1194]))


def checksum(rng, lang, v=None):
    return rng.choice(["".join(rng.choice(HEX) for _ in range(64)), "".join(rng.choice(HEX) for _ in range(32)),
                       "".join(rng.choice(HEX) for _ in range(40))])


NEG = {k: globals()[k] for k in [
    "date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
    "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
    "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]}
