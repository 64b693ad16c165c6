"""Rendering engine: templates with {slot} placeholders -> text + spans + negatives."""
import re
import values as V

SLOT_RE = re.compile(r"\{([a-z_]+?)(\d*)\}")

# slot -> ("span", type) | ("neg", kind) | ("fill", None)
SPAN_SLOTS = {
    "password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key", "username": "username",
    "apikey": "api_key", "token": "token", "card": "card", "cvv": "cvv", "expiry": "card_expiry", "iban": "iban", "bsn": "bsn",
    "rrn": "bsn", "email": "email", "phone": "phone", "address": "address", "addressml": "address", "dob": "date_of_birth",
    "custno": "customer_number", "studno": "customer_number", "ean": "customer_number", "ip": "ip_address",
}
NEG_SLOTS = {
    "date": "date", "time": "time", "amount": "amount", "qty": "quantity", "pct": "percentage", "year": "year", "order": "order_number",
    "case": "ticket_number", "invoice": "invoice_number", "track": "tracking_number", "req": "request_id", "err": "error_code",
    "ver": "version_string", "model": "model_number", "prod": "product_code", "flight": "flight_number", "cphone": "company_phone",
    "kvk": "company_registration", "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value",
    "meter": "meter_reading", "port": "port", "checksum": "checksum",
}


class Ctx:
    def __init__(self, rng, pools, lang):
        self.rng, self.P, self.lang = rng, pools, lang
        self.cache = {}
        r = rng
        if lang == "nl" or (lang == "nl-be" and r.random() < 0.15):
            self.first, self.last = r.choice(self.P["first_nl"]), r.choice(self.P["last_nl"])
        elif lang in ("nl-be", "fr-be"):
            fb = self.P["first_be"]
            self.first = r.choice(fb[: len(fb) // 2 + 1] if lang == "nl-be" else fb[len(fb) // 2 - 1:])
            self.last = r.choice(self.P["last_be"])
        else:
            self.first, self.last = r.choice(self.P["first_en"]), r.choice(self.P["last_en"])
        self.country = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "UK", "en-us": "US"}[lang]

    def other_country(self):
        if self.rng.random() < 0.1:
            return self.rng.choice(["NL", "BE", "UK", "US"])
        return self.country

    # ------------------------------------------------------------ values
    def email(self):
        r = self.rng
        f = self.first.lower().replace("é", "e").replace("è", "e").replace("ï", "i").replace("-", "").replace("è", "e")
        l = self.last.lower().replace(" ", "").replace("'", "")
        dom = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "xs4all.nl", "planet.nl"],
               "nl-be": ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be", "proximus.be"],
               "fr-be": ["gmail.com", "hotmail.com", "skynet.be", "voo.be", "outlook.fr", "yahoo.fr"],
               "en-gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
               "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net"]}[self.lang]
        st = r.randint(0, 7)
        local = [f + "." + l, f + l + V.digits(r, 2), f[0] + "." + l, f + "_" + l[:4], l + "." + f, f + V.digits(r, 4), f[0] + l, f + "xx" + V.digits(r, 2)][st]
        if r.random() < 0.12:
            return local + "@student." + r.choice(["uva.nl", "rug.nl", "kuleuven.be", "ugent.be", "leeds.ac.uk", "nyu.edu", "tudelft.nl"])
        e = local + "@" + r.choice(dom)
        return e if r.random() > 0.05 else e.capitalize()

    def address(self, multiline=False):
        r, P = self.rng, self.P
        c = self.other_country()
        nl_ = "\n" if multiline else r.choice([", ", ", ", " ", ",\n"] if not multiline else ["\n"])
        if c == "NL":
            num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " II", "B", "-hs", " bis"])
            pc = "%d%s%s" % (r.randint(1011, 9999), r.choice([" ", " ", ""]), "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
            s = r.choice(P["street_nl"]) + " " + num
            if r.random() < 0.15:
                return s
            return s + nl_ + pc + r.choice(["  ", " "]) + r.choice(P["city_nl"]).upper() if r.random() < 0.1 else s + nl_ + pc + " " + r.choice(P["city_nl"])
        if c == "BE":
            if self.lang == "fr-be":
                st = r.choice(P["street_fr"]) + " " + str(r.randint(1, 180)) + r.choice(["", "", " boîte 4", "/12", " bte 3"])
                pc, city = r.choice(P["city_fr"])
            else:
                st = r.choice(P["street_be"]) + " " + str(r.randint(1, 180)) + r.choice(["", "", " bus 3", "/0102", " bus 12"])
                pc, city = r.choice(P["city_be"])
            if r.random() < 0.15:
                return st
            return st + nl_ + ("B-" if r.random() < 0.1 else "") + pc + " " + city
        if c == "UK":
            city, pfx = r.choice(P["city_uk"])
            s = ("Flat %d, " % r.randint(1, 12) if r.random() < 0.3 else "") + "%d %s" % (r.randint(1, 220), r.choice(P["street_uk"]))
            return s + nl_ + city + (" " if not multiline else "\n") + pfx + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        city, stt, z = r.choice(P["city_us"])
        s = "%d %s" % (r.randint(10, 9800), r.choice(P["street_us"])) + r.choice(["", "", ", Apt %d%s" % (r.randint(1, 12), r.choice("ABCD")), " #%d" % r.randint(2, 40)])
        return s + nl_ + city + ", " + stt + " " + z + V.digits(r, 2)

    def value(self, base):
        r, L = self.rng, self.lang
        P = self.P
        m = {
            "password": lambda: V.password(r), "pin": lambda: V.pin(r), "puk": lambda: V.puk(r), "otp": lambda: V.otp(r),
            "otpw": lambda: V.otp_words(r, L), "wifi": lambda: V.wifi_key(r), "username": lambda: V.username(r, self.first, self.last),
            "apikey": lambda: V.api_key(r), "token": lambda: V.token(r), "card": lambda: V.card(r), "cvv": lambda: V.cvv(r),
            "expiry": lambda: V.expiry(r), "iban": lambda: V.iban(r, L), "bsn": lambda: V.bsn(r), "rrn": lambda: V.rrn(r),
            "email": self.email, "phone": lambda: V.phone(r, self.other_country()), "address": lambda: self.address(False),
            "addressml": lambda: self.address(True), "dob": lambda: V.dob(r, L), "custno": lambda: V.custno(r),
            "studno": lambda: V.studno(r, L), "ean": lambda: V.ean(r), "ip": lambda: V.ip(r),
            "date": lambda: V.n_date(r, L), "time": lambda: V.n_time(r, L), "amount": lambda: V.n_amount(r, L), "qty": lambda: V.n_qty(r, L),
            "pct": lambda: V.n_pct(r) if L.startswith("nl") else "%d%%" % r.choice([5, 10, 20, 50, 99]), "year": lambda: V.n_year(r), "order": lambda: V.n_order(r), "case": lambda: V.n_case(r),
            "invoice": lambda: V.n_invoice(r), "track": lambda: V.n_track(r), "req": lambda: V.n_req(r), "err": lambda: V.n_err(r),
            "ver": lambda: V.n_ver(r), "model": lambda: V.n_model(r), "prod": lambda: V.n_prod(r), "flight": lambda: V.n_flight(r),
            "cphone": lambda: V.n_cphone(r, L), "kvk": lambda: V.n_kvk(r, L),
            "url": lambda: r.choice(["https://", "https://", "", "http://"]) + r.choice(P["url_host"]) + r.choice(["", "/help", "/nl/account/security", "/event/" + V.digits(r, 6), "/3xK" + V.digits(r, 3), "/login?next=%2Fprofile"]),
            "mention": lambda: r.choice(P["mention"]), "hashtag": lambda: r.choice(P["hashtag"]), "masked": lambda: V.n_masked(r),
            "meter": lambda: V.digits(r, 5), "port": lambda: r.choice(["8080", "443", "3389", "5060", "1194", "8443"]),
            "checksum": lambda: V.n_checksum(r),
            "name": lambda: self.first + " " + self.last, "first": lambda: self.first, "last": lambda: self.last,
            "fullname": lambda: self.first + " " + self.last,
            "city": lambda: r.choice(P["city_nl"] if L == "nl" else [c[1] for c in P["city_be"]] if L == "nl-be" else [c[1] for c in P["city_fr"]] if L == "fr-be" else [c[0] for c in P["city_uk"]] if L == "en-gb" else [c[0] for c in P["city_us"]]),
            "agent": lambda: r.choice(P["agent"]), "ticketco": lambda: r.choice(P["ticketco"]), "venue": lambda: r.choice(P["venue"]),
            "festival": lambda: r.choice(P["festival"]), "artist": lambda: r.choice(P["artist"]), "dating": lambda: r.choice(P["dating"]),
            "social": lambda: r.choice(P["social"]), "school": lambda: r.choice(P["school"]), "platform": lambda: r.choice(P["platform"]),
            "initials": lambda: "".join(r.choice("ABDJKLMPRST") for _ in range(2)),
            "ssid": lambda: r.choice(["Ziggo", "TelenetWiFree", "BTHub6", "NETGEAR", "Proximus-Home", "KPN", "Festival-Crew", "eduroam"]) + "-" + V.digits(r, 4),
        }
        return m[base]()

    def slot(self, name, num):
        key = name + num
        if key not in self.cache:
            self.cache[key] = self.value(name)
        v = self.cache[key]
        if name in SPAN_SLOTS:
            return (v, ("span", SPAN_SLOTS[name]))
        if name in NEG_SLOTS:
            return (v, ("neg", NEG_SLOTS[name]))
        return (v, None)


def render(tpl, ctx, tid, used):
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], "lit"))
        v, tag = ctx.slot(m.group(1), m.group(2))
        segs.append((v, tag))
        if tag:
            used.setdefault(tag, set()).add(tid)
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], "lit"))
    out = []
    for t, tag in segs:
        if tag == "lit":
            out.append((t.replace("<<", "{").replace(">>", "}"), "lit"))
        else:
            out.append((t, tag))
    return out


def quote(segs, prefix="> "):
    out = [(prefix, "lit")]
    for t, tag in segs:
        if tag == "lit" or tag is None:
            out.append((t.replace("\n", "\n" + prefix), "lit"))
        else:
            if "\n" in t:  # multi-line value inside a quote: split so each line keeps the prefix
                parts = t.split("\n")
                for i, p in enumerate(parts):
                    if i:
                        out.append(("\n" + prefix, "lit"))
                    core = p.rstrip(", ")
                    out.append((core, tag))
                    if len(core) < len(p):
                        out.append((p[len(core):], "lit"))
            else:
                out.append((t, tag))
    return out


def typo(segs, rng, n):
    idx = [i for i, (t, tag) in enumerate(segs) if tag == "lit"]
    for _ in range(n):
        if not idx:
            return segs
        i = rng.choice(idx)
        t = segs[i][0]
        words = [m for m in re.finditer(r"[A-Za-zàâçéèêëîïôûùüÿ]{4,}", t)]
        if not words:
            continue
        w = rng.choice(words)
        s, e = w.span()
        word = t[s:e]
        k = rng.randint(1, len(word) - 2)
        op = rng.randint(0, 2)
        if op == 0:
            nw = word[:k] + word[k + 1] + word[k] + word[k + 2:]
        elif op == 1:
            nw = word[:k] + word[k + 1:]
        else:
            nw = word[:k] + word[k] + word[k:]
        segs[i] = (t[:s] + nw + t[e:], "lit")
    return segs


def assemble(segs):
    text, spans, negs = [], [], []
    pos = 0
    for t, tag in segs:
        if tag and tag != "lit":
            if tag[0] == "span":
                spans.append({"type": tag[1], "start": pos, "end": pos + len(t)})
            else:
                negs.append({"kind": tag[1], "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs
