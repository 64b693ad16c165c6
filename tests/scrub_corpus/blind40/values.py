"""Generators of labelled values and hard-negative values."""
import string
from core import (rs, digits, luhn_complete, iban_make, bsn_ok, spoken, group, B62, HEX, UP,
                  lang_family)

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class Gen:
    def __init__(self, rng, pools):
        self.r = rng
        self.p = pools  # half-specific pools (names, streets, domains, words ...)

    # ------------------------------------------------------------ high risk
    def password(self, lang, var):
        r, p = self.r, self.p
        w = r.choice(p["pwwords"])
        k = var or r.choice(["word", "word", "mix", "phrase", "company", "leet", "long"])
        if k == "word":
            return w.capitalize() + str(r.choice([r.randint(1, 99), r.randint(2015, 2026)])) + r.choice("!#?$.@*")
        if k == "mix":
            return rs(r, B62 + "!$%&*#", r.randint(10, 16))
        if k == "phrase":
            ws = r.sample(p["pwwords"], 3)
            return r.choice(["-", ".", "_", ""]).join(ws) + str(r.randint(1, 99))
        if k == "company":
            return r.choice(p["companyshort"]) + r.choice(["@", "#", "!", ""]) + str(r.randint(2019, 2026))
        if k == "leet":
            return w.replace("a", "@").replace("e", "3").replace("o", "0").capitalize() + str(r.randint(10, 999))
        if k == "temp":
            return rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + rs(r, "abcdefghjkmnpqrstuvwxyz", 3) + digits(r, 4)
        return "".join(r.choice([c.upper(), c]) for c in w) + rs(r, string.digits + "!%&", 5) + rs(r, B62, 4)

    def pin(self, lang, var):
        r = self.r
        n = 4 if var in ("spoken", "spaced") else r.choice([4, 4, 4, 4, 5, 6])
        v = digits(r, n)
        if var == "spoken":
            return spoken(v, lang, r)
        if var == "spaced":
            return " ".join(v)
        return v

    def puk(self, lang, var):
        v = digits(self.r, 8)
        if var == "spoken":
            return spoken(v, lang, self.r, sep=" ")
        if var == "spaced":
            return group(v, 4)
        return v

    def otp(self, lang, var):
        r = self.r
        if var == "spoken":
            return spoken(digits(r, 6), lang, r)
        k = var or r.choice(["6", "6", "6", "dash", "g", "8", "4", "space", "alpha"])
        v = digits(r, 6)
        return {"6": v, "dash": v[:3] + "-" + v[3:], "g": "G-" + v, "8": digits(r, 8),
                "4": digits(r, 4), "space": v[:3] + " " + v[3:],
                "alpha": rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)}.get(k, v)

    def wifi_key(self, lang, var):
        r = self.r
        k = r.choice(["rand", "rand", "hex", "words", "grouped"])
        if k == "rand":
            return rs(r, "abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", r.choice([12, 16, 20]))
        if k == "hex":
            return rs(r, "0123456789ABCDEF", r.choice([10, 16, 26]))
        if k == "words":
            return r.choice(self.p["pwwords"]).capitalize() + r.choice(self.p["pwwords"]) + digits(r, 3)
        return "-".join(rs(r, "abcdefghkmnpqrstuvwxyz23456789", 4) for _ in range(4))

    def username(self, lang, var):
        r, p = self.r, self.p
        first = r.choice(p["first"]).lower()
        last = r.choice(p["last"]).lower().replace(" ", "")
        comp = r.choice(p["companyshort"]).lower()
        return r.choice([
            f"{first}.{last}", f"{comp}_{first}", f"{first}{last[:1]}{r.randint(1, 99)}",
            f"{comp}{r.randint(1, 9)}", f"{last}{r.randint(70, 99)}", f"{comp}-admin",
            f"{first}_{comp}", f"{comp}.boekhouding", f"{first[0]}{last}", f"{comp}-receptie",
        ])

    def api_key(self, lang, var):
        r = self.r
        k = var or r.choice(["sk", "sk", "rk", "aws", "awssecret", "api", "live", "test", "sg", "hex",
                             "whsec", "hex"])
        if k == "sk":
            return "sk_live_" + rs(r, B62, r.choice([24, 32, 99]))
        if k == "rk":
            return "rk_live_" + rs(r, B62, 32)
        if k == "aws":
            return "AKIA" + rs(r, UP + "234567", 16)
        if k == "awssecret":
            return rs(r, B62 + "/+", 40)
        if k == "api":
            return "api_" + rs(r, HEX, 32)
        if k == "live":
            return "live_" + rs(r, B62, 30)
        if k == "test":
            return "test_" + rs(r, B62, 30)
        if k == "sg":
            return "SG." + rs(r, B62 + "-_", 22) + "." + rs(r, B62 + "-_", 43)
        if k == "whsec":
            return "whsec_" + rs(r, B62, 32)
        return rs(r, HEX, r.choice([32, 40]))

    def token(self, lang, var):
        r = self.r
        k = var or r.choice(["jwt", "jwt", "ghp", "glpat", "xoxb", "bearer", "pat"])
        if k == "jwt":
            import base64, json
            hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).decode().rstrip("=")
            body = base64.urlsafe_b64encode(json.dumps({"sub": digits(r, 7), "iat": 1700000000 + r.randint(0, 60000000)}).encode()).decode().rstrip("=")
            return f"{hdr}.{body}.{rs(r, B62 + '-_', 43)}"
        if k == "ghp":
            return "ghp_" + rs(r, B62, 36)
        if k == "glpat":
            return "glpat-" + rs(r, B62 + "-_", 20)
        if k == "xoxb":
            return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rs(r, B62, 24)}"
        if k == "pat":
            return rs(r, B62, 52)
        return rs(r, B62 + "-._~", r.choice([40, 64]))

    def card(self, lang, var):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
        if kind == "visa":
            n = luhn_complete("4", 16, r)
        elif kind == "mc":
            n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
        elif kind == "amex":
            n = luhn_complete(r.choice(["34", "37"]), 15, r)
            return r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
        else:
            n = luhn_complete(r.choice(["6703", "5018", "6759"]), r.choice([16, 17, 19]), r)
        return r.choice([group(n, 4), group(n, 4), n, group(n, 4, "-"), group(n, 4, "  ")]).strip()

    def cvv(self, lang, var):
        return digits(self.r, 4 if var == "amex" else 3)

    def iban(self, lang, var):
        r = self.r
        c = var if var in ("NL", "BE", "FR", "DE", "GB", "LU", "ES") else None
        if c is None:
            fam = lang_family(lang)
            pool = {"nl": ["NL"] * 6 + ["BE", "DE"], "fr": ["BE"] * 5 + ["FR", "LU", "NL"],
                    "en": ["GB"] * 4 + ["NL", "DE", "FR", "ES"]}[fam]
            if lang == "nl-be":
                pool = ["BE"] * 5 + ["NL", "LU"]
            c = r.choice(pool)
        if c == "NL":
            bban = r.choice(["INGB", "RABO", "ABNA", "BUNQ", "TRIO", "SNSB", "ASNB", "KNAB"]) + digits(r, 10)
        elif c == "BE":
            b = digits(r, 10)
            chk = int(b) % 97 or 97
            bban = b + f"{chk:02d}"
        elif c == "FR":
            bban = digits(r, 10) + digits(r, 11) + digits(r, 2)
        elif c == "DE":
            bban = digits(r, 18)
        elif c == "GB":
            bban = r.choice(["BARC", "NWBK", "LOYD", "HBUK", "MONZ"]) + digits(r, 14)
        elif c == "LU":
            bban = digits(r, 3) + rs(r, UP + string.digits, 13)
        else:
            bban = digits(r, 20)
        ib = iban_make(c, bban)
        style = var if var in ("lower", "plain", "grouped", "spacedcc") else r.choice(
            ["grouped", "grouped", "grouped", "plain", "plain", "lower", "spacedcc"])
        if style == "plain":
            return ib
        if style == "lower":
            return group(ib, 4).lower() if r.random() < 0.5 else ib.lower()
        if style == "spacedcc":
            return ib[:2] + " " + ib[2:4] + " " + group(ib[4:], 4)
        return group(ib, 4)

    def bsn(self, lang, var):
        r = self.r
        if lang in ("nl-be", "fr-be") or var == "rrn":
            yy, mm, dd = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)
            seq = r.randint(1, 998)
            base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
            born2000 = yy < 6
            chk = 97 - (int(("2" if born2000 else "") + base) % 97)
            full = base + f"{chk:02d}"
            return r.choice([full, f"{full[:2]}.{full[2:4]}.{full[4:6]}-{full[6:9]}.{full[9:]}",
                             f"{full[:6]}-{full[6:9]}-{full[9:]}", f"{full[:6]} {full[6:9]} {full[9:]}"])
        while True:
            d = digits(r, 9, first_nonzero=True)
            if bsn_ok(d):
                break
        return r.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])

    # ------------------------------------------------------------ personal
    def card_expiry(self, lang, var):
        r = self.r
        m, y = r.randint(1, 12), r.randint(25, 31)
        fam = lang_family(lang)
        return r.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}", f"{m}/{y}",
                         f"{MONTHS[fam][m - 1][:3].lower()} 20{y}"])

    def email(self, lang, var):
        r, p = self.r, self.p
        first = r.choice(p["first"]).lower()
        last = r.choice(p["last"]).lower().replace(" ", "")
        comp = r.choice(p["companyshort"]).lower()
        dom = r.choice(p["domains"])
        local = r.choice([f"{first}.{last}", f"{first}", f"info", f"{first}{r.randint(1, 99)}",
                          f"{first[0]}.{last}", "administratie", "boekhouding" if lang_family(lang) == "nl" else "accounts"])
        host = r.choice([dom, f"{comp}.{r.choice(['nl', 'be', 'com', 'eu', 'co.uk'])}"])
        if local in ("info", "administratie", "boekhouding", "accounts"):
            host = f"{comp}.{ {'nl': 'nl', 'fr': 'be', 'en': 'com'}[lang_family(lang)] }"
        if var == "obf":
            loc = local.replace(".", " . ")
            h = host.replace(".", " . ")
            return r.choice([f"{loc} @ {h}", f"{local} [at] {host.replace('.', ' [dot] ')}",
                             f"{local} at {host.replace('.', ' dot ')}", f"{local}(at){host}"])
        return f"{local}@{host}"

    def phone(self, lang, var):
        r = self.r
        if var == "spoken":
            v = "06" + digits(r, 8) if lang_family(lang) == "nl" and lang != "nl-be" else "04" + str(r.choice([7, 8, 9])) + digits(r, 7)
            if lang_family(lang) == "en":
                v = "07" + digits(r, 9)
            return spoken(v, lang, r, sep=" ")
        if lang == "nl":
            m = digits(r, 8)
            return r.choice([f"06-{m}", f"06 {m[:4]} {m[4:]}", f"+31 6 {m}", f"+316{m}", f"0031 6 {group(m, 2)}",
                             f"06{m}", f"010-{digits(r, 7)}", f"020 {digits(r, 3)} {digits(r, 4)}", f"(06) {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"])
        if lang in ("nl-be", "fr-be"):
            a = str(r.choice([70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99]))
            d = digits(r, 6)
            return r.choice([f"04{a} {d[:2]} {d[2:4]} {d[4:]}", f"+32 4{a} {d[:2]} {d[2:4]} {d[4:]}", f"04{a}/{d[:2]}.{d[2:4]}.{d[4:]}",
                             f"04{a}{d}", f"+324{a}{d}", f"0032 4{a} {d}", f"02 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                             f"09/{digits(r, 3)}.{digits(r, 2)}.{digits(r, 2)}"])
        if lang == "en-gb":
            d = digits(r, 6)
            return r.choice([f"07{r.randint(400, 999)} {d}", f"+44 7{r.randint(400, 999)} {d}", f"07{r.randint(400, 999)}{d}",
                             f"020 {digits(r, 4)} {digits(r, 4)}", f"0161 {digits(r, 3)} {digits(r, 4)}", f"+447{r.randint(400, 999)}{d}"])
        a = r.choice(["512", "312", "415", "646", "720", "503", "617", "206", "919"])
        x = f"{r.randint(200, 989)}"
        d = digits(r, 4)
        return r.choice([f"({a}) {x}-{d}", f"{a}-{x}-{d}", f"+1 {a} {x} {d}", f"{a}.{x}.{d}", f"1-{a}-{x}-{d}", f"{a}{x}{d}"])

    def address(self, lang, var):
        r, p = self.r, self.p
        st = r.choice(p["streets"][lang])
        city, pc = r.choice(p["cities"][lang])
        n = r.randint(1, 240)
        sep = "\n" if var == "ml" else ", "
        if lang == "nl":
            code = f"{pc} {rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
            add = r.choice(["", "", "", f"-{r.choice(['A', 'B', '1', '2', 'hs'])}", f" {r.choice(['a', 'bis', 'II'])}"])
            if var == "short":
                return f"{st} {n}{add}"
            return f"{st} {n}{add}{sep}{code} {city if r.random() < .8 else city.upper()}"
        if lang == "nl-be":
            bus = r.choice(["", "", f" bus {r.randint(1, 30)}", f"/{r.randint(1, 9)}"])
            if var == "short":
                return f"{st} {n}{bus}"
            return f"{st} {n}{bus}{sep}{pc} {city}"
        if lang == "fr-be":
            bte = r.choice(["", "", f" bte {r.randint(1, 30)}", f" boîte {r.randint(1, 12)}", f"/{r.randint(1, 9)}"])
            if var == "short":
                return f"{st} {n}{bte}"
            return f"{st} {n}{bte}{sep}{pc} {city}"
        if lang == "en-gb":
            if var == "short":
                return f"{n} {st}"
            return f"{r.choice(['', '', 'Flat ' + str(r.randint(1, 12)) + ', ', 'Unit ' + str(r.randint(1, 30)) + ', '])}{n} {st}{sep}{city} {pc}"
        if var == "short":
            return f"{n} {st}"
        return f"{n} {st}{r.choice(['', ' Suite ' + str(r.randint(100, 450)), ' Apt ' + str(r.randint(1, 40))])}{sep}{city} {pc}"

    def date_of_birth(self, lang, var):
        r = self.r
        y, m, d = r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28)
        fam = lang_family(lang)
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[fam][m - 1]} {y}", f"{d}.{m}.{y}"]
        if lang == "en-us":
            opts = [f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}"]
        return r.choice(opts)

    def ip_address(self, lang, var):
        r = self.r
        if r.random() < 0.12:
            return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
        a = r.choice([84, 77, 94, 145, 213, 178, 81, 62, 86, 109, 195, 31])
        return f"{a}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"

    def customer_number(self, lang, var):
        r = self.r
        return r.choice([digits(r, 8, True), digits(r, 10, True), f"KL{digits(r, 7)}", f"C-{digits(r, 9)}",
                         f"{digits(r, 3, True)}.{digits(r, 3)}.{digits(r, 3)}", f"{digits(r, 1, True)}-{digits(r, 7)}",
                         f"CUS{digits(r, 6)}", f"{rs(r, UP, 2)}{digits(r, 6)}", f"{digits(r, 4)} {digits(r, 4)}",
                         f"ACC-{digits(r, 6)}", f"00{digits(r, 7)}"])

    # ------------------------------------------------------------ negatives
    def neg(self, kind, lang, var):
        r = self.r
        fam = lang_family(lang)
        if kind == "amount":
            e = r.randint(3, 900)
            c = r.randint(0, 99)
            if fam == "en":
                cur = "£" if lang == "en-gb" else "$"
                return r.choice([f"{cur}{e}.{c:02d}", f"{cur}{e}", f"{cur} {e}.{c:02d}"])
            return r.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"{e},- euro", f"{e},{c:02d}€"])
        if kind == "company_phone":
            return {"nl": r.choice(["0800-0402", "088 088 1234", "0900-1235", "020 850 0500", "0800 1400", "088-6600 660"]),
                    "nl-be": r.choice(["0800 22 800", "078 15 15 15", "02 205 40 00", "078 05 50 50", "0800 55 800"]),
                    "fr-be": r.choice(["0800 22 800", "078 15 15 15", "02 762 20 00", "02 433 41 11", "0800 95 959"]),
                    "en-gb": r.choice(["0800 800 150", "0345 600 6000", "0333 202 2000", "0800 028 0000"]),
                    "en-us": r.choice(["1-800-555-0199", "1-888-278-4733", "(800) 922-0204", "1-877-555-0142"])}[lang]
        if kind == "company_registration":
            k = var or r.choice(["kvk", "vat"])
            if fam == "nl" and lang == "nl":
                return digits(r, 8, True) if k == "kvk" else f"NL{digits(r, 9)}B{r.randint(1, 9):02d}"
            if lang in ("nl-be", "fr-be"):
                d = "0" + digits(r, 9)
                return r.choice([f"BE{d}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d[:4]}.{d[4:7]}.{d[7:]}"])
            if lang == "en-gb":
                return r.choice([f"GB {digits(r, 3)} {digits(r, 4)} {digits(r, 2)}", f"{digits(r, 8)}", f"SC{digits(r, 6)}"])
            return f"{digits(r, 2)}-{digits(r, 7)}"
        if kind == "date":
            m, d = r.randint(1, 12), r.randint(1, 28)
            y = r.choice([2024, 2025, 2025, 2026])
            if fam == "en":
                return r.choice([f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en'][m - 1]} {d}", f"{m}/{d}" if lang == "en-us" else f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}"])
            return r.choice([f"{d} {MONTHS[fam][m - 1]}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d} {MONTHS[fam][m - 1]} {y}"])
        if kind == "time":
            h, mi = r.randint(7, 22), r.choice([0, 5, 15, 30, 42, 45, 12])
            if lang == "en-us":
                return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
            return r.choice([f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h}u{mi:02d}" if fam != "en" else f"{h}:{mi:02d}", f"{h}h{mi:02d}" if fam == "fr" else f"{h}:{mi:02d}"])
        if kind == "year":
            return str(r.choice([2019, 2021, 2022, 2023, 2024, 2025]))
        if kind == "error_code":
            return r.choice([f"E{r.randint(100, 999)}", f"0x8007{rs(r, HEX, 4).upper()}", f"ERR-{r.randint(1000, 9999)}",
                             f"{r.choice([401, 403, 422, 500, 502, 503])}", f"SIP {r.choice([403, 408, 480, 486, 503])}",
                             f"card_declined", f"AUTH_{r.randint(10, 99)}", f"code {r.randint(10, 99)}", f"E-{r.randint(10, 99)}{rs(r, UP, 1)}",
                             "ERR_SSL_PROTOCOL_ERROR", "invalid_api_key", f"DNS_PROBE_{r.choice(['FINISHED_NXDOMAIN', 'STARTED'])}"])
        if kind == "flight_number":
            return f"{r.choice(self.p['airlines'])}{r.randint(100, 2999)}"
        if kind == "hashtag":
            return "#" + r.choice(self.p["hashtags"])
        if kind == "mention":
            return "@" + r.choice(self.p["handles"])
        if kind == "invoice_number":
            y = r.choice([2024, 2025, 2026])
            return r.choice([f"F{y}-{digits(r, 5)}", f"INV-{digits(r, 5)}", f"{y}.{digits(r, 4)}", f"{y}{digits(r, 4)}",
                             f"FACT-{digits(r, 6)}", f"{rs(r, UP, 2)}{y % 100}{digits(r, 4)}", f"{digits(r, 10, True)}"])
        if kind == "order_number":
            return r.choice([f"ORD-{digits(r, 7)}", f"#{digits(r, 6, True)}", f"{digits(r, 9, True)}", f"BST{digits(r, 8)}",
                             f"{rs(r, UP, 3)}-{digits(r, 5)}", f"A{digits(r, 8)}"])
        if kind == "ticket_number":
            return r.choice([f"#{digits(r, 7, True)}", f"SR-{digits(r, 6)}", f"INC{digits(r, 7)}", f"T{digits(r, 8)}",
                             f"{digits(r, 3, True)}-{digits(r, 4)}", f"CS{digits(r, 6)}"])
        if kind == "tracking_number":
            return r.choice([f"3S{rs(r, UP, 4)}{digits(r, 9)}", f"1Z{rs(r, UP + string.digits, 16)}", f"CD{digits(r, 9)}BE",
                             f"JVGL{digits(r, 14)}", f"{digits(r, 14)}", f"LX{digits(r, 9)}NL"])
        if kind == "request_id":
            return r.choice([f"req_{rs(r, B62, 14)}", f"{rs(r, HEX, 8)}-{rs(r, HEX, 4)}-4{rs(r, HEX, 3)}-{rs(r, '89ab', 1)}{rs(r, HEX, 3)}-{rs(r, HEX, 12)}",
                             f"evt_{rs(r, B62, 24)}", f"ch_{rs(r, B62, 24)}", f"pi_{rs(r, B62, 24)}", f"tr_{rs(r, B62, 10)}"])
        if kind == "meter_reading":
            return r.choice([f"{digits(r, 5)} kWh", f"{r.randint(100, 9999)},{r.randint(0, 999):03d} m³", f"{digits(r, 6)}"])
        if kind == "model_number":
            return r.choice(self.p["models"])
        if kind == "product_code":
            return r.choice([f"SKU-{digits(r, 6)}", f"SIM-{rs(r, UP, 4)}-{digits(r, 2)}", f"{rs(r, UP, 3)}{digits(r, 4)}", f"P{digits(r, 7)}",
                             f"PRO-{r.choice(['M', 'L', 'XL'])}-{digits(r, 2)}"])
        if kind == "version_string":
            return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"{r.randint(6, 8)}.{r.randint(10, 60)}",
                             f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(12, 15)}",
                             f"API version 20{r.randint(22, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"build {digits(r, 5)}",
                             f"PHP {r.choice(['8.1', '8.2', '8.3', '7.4'])}"])
        if kind == "percentage":
            return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 25)},{r.randint(0, 9)}%", f"{r.randint(1, 99)} %", "21%", "6%", "20%"])
        if kind == "quantity":
            n = r.randint(2, 40)
            if var == "days":
                return f"{r.randint(2, 12)} " + {"nl": r.choice(["dagen", "werkdagen"]), "fr": r.choice(["jours", "semaines"]), "en": r.choice(["days", "working days"])}[fam]
            if var == "times":
                return f"{r.randint(3, 9)} " + {"nl": "keer", "fr": "fois", "en": "times"}[fam]
            unit = {"nl": ["toestellen", "simkaarten", "gebruikers", "licenties", "werkplekken", "medewerkers"],
                    "fr": ["GSM", "cartes SIM", "utilisateurs", "licences", "postes", "employés"],
                    "en": ["handsets", "SIM cards", "users", "seats", "desks", "staff"]}[fam]
            return f"{n} {r.choice(unit)}"
        if kind == "url":
            return r.choice(self.p["urls"]) + r.choice(["", "/", f"/{rs(r, 'abcdefghijklmnopqrstuvwxyz', 6)}"])
        if kind == "masked_value":
            return r.choice([f"**** {digits(r, 4)}", f"NL** **** **** **{digits(r, 2)} {digits(r, 2)}"[:0] + f"NL** **** **** {digits(r, 4)}",
                             f"xxxx-xxxx-xxxx-{digits(r, 4)}", f"BE** **** **** {digits(r, 4)}", "••••••", f"sk_live_...{rs(r, B62, 4)}",
                             f"06-****{digits(r, 4)}", f"********{digits(r, 2)}", "****", f"{rs(r, 'abcdefghij', 1)}***@***.{r.choice(['nl', 'be', 'com'])}"])
        if kind == "port":
            return str(r.choice([5060, 5061, 8443, 443, 993, 587, 465, 8080, 3389, 21, 22, 2222]))
        if kind == "checksum":
            return r.choice([rs(r, HEX, 64), rs(r, HEX, 32), rs(r, HEX, 40), f"sha256:{rs(r, HEX, 64)}"])
        raise KeyError(kind)
