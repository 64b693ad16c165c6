"""Template renderer: builds text piece by piece and records spans/negatives exactly."""
import re
import values as V

SLOT = re.compile(r"\{([A-Za-z_]+)(?::([a-z0-9_]+))?(?:@(\w+))?\}")

LABEL = {"password": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username",
         "api": "api_key", "token": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn", "rrn": "bsn",
         "email": "email", "phone": "phone", "addr": "address", "dob": "date_of_birth", "cust": "customer_number",
         "exp": "card_expiry", "ip": "ip_address"}
NEG = {"n_date": "date", "n_time": "time", "n_amount": "amount", "n_qty": "quantity", "n_pct": "percentage", "n_year": "year",
       "n_order": "order_number", "n_ticket": "ticket_number", "n_inv": "invoice_number", "n_track": "tracking_number",
       "n_req": "request_id", "n_err": "error_code", "n_ver": "version_string", "n_model": "model_number",
       "n_prod": "product_code", "n_flight": "flight_number", "n_cphone": "company_phone", "n_kvk": "company_registration",
       "n_url": "url", "n_mention": "mention", "n_tag": "hashtag", "n_masked": "masked_value", "n_meter": "meter_reading",
       "n_port": "port", "n_sum": "checksum"}
FILL = {"REG", "NAME", "FNAME", "ME", "MEF", "AGENT", "BRAND", "BANK", "TELCO", "ENERGY", "SOCIAL", "INSURER", "SHOP", "CITY", "SSID", "PLATE"}

AUTOCORRECT = {
    "nl": {"wachtwoord": ["wachtwoors", "wachtwooord", "wachtword", "ww", "wachtwoordt"], "gestolen": ["gestoelen", "gestolem", "gestole"],
           "rekening": ["rekenig", "rekeninf", "rekenning"], "nummer": ["nummet", "nr", "numme", "nummr"], "telefoon": ["telefon", "telefoom", "tel"],
           "pincode": ["pinncode", "pin code", "pincide"], "geblokkeerd": ["geblokeerd", "geblokkeert", "geblokkerd"], "kwijt": ["kwijd", "kwyt"],
           "alsjeblieft": ["aub", "alsjeblief", "asjeblieft"], "mijn": ["mn", "m'n", "mijm"], "klantnummer": ["klantnr", "klantnummmer", "klant nummer"],
           "gehackt": ["gehacked", "gehakt", "gehackd"], "verhuizen": ["verhuisen", "verhuizrn"], "overleden": ["overleeden", "overlede"],
           "code": ["cide", "coder"], "niet": ["neit", "nie"], "want": ["wnat"], "nieuwe": ["niewe", "nieuw"]},
    "fr": {"mot": ["mit", "mor"], "passe": ["pase", "passee"], "volé": ["vole", "volée", "volè"], "carte": ["carre", "cartr"], "compte": ["conte", "compre", "cpt"],
           "téléphone": ["telephone", "téléphonne", "tel"], "numéro": ["numero", "n°", "nuléro"], "bloqué": ["bloque", "bloquer", "bloquée"],
           "piraté": ["pirate", "piratée", "piratz"], "code": ["cide", "coda"], "s'il": ["sil"], "décédé": ["decede", "décéder"], "urgent": ["urgebt", "urgant"],
           "déménagement": ["demenagement", "déménagemnt"], "perdu": ["perdi", "oerdu"], "client": ["cliebt", "cliant"]},
    "en": {"password": ["pasword", "passwrod", "passport", "pass word", "pw"], "stolen": ["stollen", "stolem", "stole"], "account": ["acount", "accoubt", "acc"],
           "number": ["numbet", "no.", "nr", "numer"], "phone": ["phonr", "phine", "fone"], "card": ["cars", "crad"], "blocked": ["blocker", "bloked"],
           "please": ["pls", "plz", "pleasr"], "hacked": ["hackers", "hacke", "haked"], "code": ["cide", "coffee"], "your": ["you're", "ur"],
           "because": ["bc", "becuase", "cos"], "urgent": ["urgant", "urgen"], "passed": ["past", "passes"], "address": ["adress", "addy"],
           "customer": ["cutsomer", "costumer"], "received": ["recieved", "recived"], "cancel": ["cancle", "cancell"]},
}
KEYS = "qwertyuiopasdfghjklzxcvbnm"


class Builder:
    def __init__(self):
        self.pieces = []  # (text, label) label = None | ("span", type, tid) | ("neg", kind, tid)

    def lit(self, t):
        if t:
            self.pieces.append((t, None))

    def val(self, t, label):
        assert t and t == t.strip(), repr(t)
        self.pieces.append((t, label))

    def extend(self, other):
        self.pieces.extend(other.pieces)

    def quoted(self, prefix="> "):
        nb = Builder()
        nb.lit(prefix)
        for t, lab in self.pieces:
            if lab is None:
                nb.lit(t.replace("\n", "\n" + prefix))
            else:
                assert "\n" not in t
                nb.val(t, lab)
        return nb

    def finish(self):
        ps = list(self.pieces)
        # trim outer whitespace on literal ends
        while ps and ps[0][1] is None and not ps[0][0].strip():
            ps.pop(0)
        while ps and ps[-1][1] is None and not ps[-1][0].strip():
            ps.pop()
        if ps and ps[0][1] is None:
            ps[0] = (ps[0][0].lstrip(), None)
        if ps and ps[-1][1] is None:
            ps[-1] = (ps[-1][0].rstrip(), None)
        text, spans, negs, pos = [], [], [], 0
        for t, lab in ps:
            if lab is not None:
                d = {"start": pos, "end": pos + len(t)}
                if lab[0] == "span":
                    spans.append({"type": lab[1], **d, "_tid": lab[2], "_part": lab[3] if len(lab) > 3 else 0})
                else:
                    negs.append({"kind": lab[1], **d})
            text.append(t)
            pos += len(t)
        return "".join(text), spans, negs


class Ctx:
    def __init__(self, rng, lang, loc, fillers, half):
        self.r, self.lang, self.loc, self.F, self.half = rng, lang, loc, fillers, half
        self.tl = "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")
        self.name = rng.choice(fillers["NAMES"][loc])
        self.memo = {}
        self.last = {}
        self.typo_rate = 0.0
        self.lower = False
        self.nopunct = False
        self.glue = 0.0
        self.brand_by_sector = {}
        self.tid = "?"

    def brand(self, sector):
        if sector not in self.brand_by_sector:
            self.brand_by_sector[sector] = self.r.choice(self.F["BRANDS"][self.loc][sector])
        return self.brand_by_sector[sector]


def typo_text(t, c):
    r = c.r
    if c.lower:
        t = t.lower()
    if c.nopunct:
        t = re.sub(r"(?<=\w)[.,;](?=\s)", lambda m: "" if r.random() < .7 else m.group(0), t)
    if c.typo_rate <= 0 and c.glue <= 0:
        return t
    parts = re.split(r"(\s+)", t)
    ac = AUTOCORRECT[c.tl]
    out = []
    for p in parts:
        if not p or p.isspace():
            if p == " " and c.glue and r.random() < c.glue and out and out[-1] and out[-1][-1].isalpha():
                continue  # run-together words
            out.append(p)
            continue
        if any(ch in p for ch in "{}[]<>@#/:_") or any(ch.isdigit() for ch in p):
            out.append(p)
            continue
        core = p.strip(".,!?;:()\"'")
        lowc = core.lower()
        if lowc in ac and r.random() < c.typo_rate * 5:
            p = p.replace(core, r.choice(ac[lowc]))
        elif len(core) >= 4 and r.random() < c.typo_rate:
            i = r.randrange(1, len(core) - 1)
            op = r.randrange(4)
            if op == 0:
                new = core[:i] + core[i + 1] + core[i] + core[i + 2:]
            elif op == 1:
                new = core[:i] + core[i + 1:]
            elif op == 2:
                new = core[:i] + core[i] + core[i:]
            else:
                new = core[:i] + r.choice(KEYS) + core[i + 1:]
            p = p.replace(core, new, 1)
        out.append(p)
    return "".join(out)


def gen_value(slot, var, c):
    r, loc, tl = c.r, c.loc, c.tl
    if slot == "dob":
        return V.dob(r, loc, tl, var)
    if slot == "otp":
        return V.otp(r, loc, tl, var)
    if slot == "email":
        nm = c.name if var != "other" else r.choice(c.F["NAMES"][loc])
        return V.email(r, loc, var, nm)
    if slot == "user":
        return V.username(r, loc, var, c.name)
    if slot == "addr":
        st = r.choice(c.F["STREETS"][loc])
        city = r.choice(c.F["CITIES"][loc])
        if loc == "be":
            fr_st = st.split()[0] in ("Rue", "Avenue", "Chaussée", "Place", "Boulevard")
            for _ in range(10):
                if (tl == "fr") == fr_st or r.random() < .2:
                    break
                st = r.choice(c.F["STREETS"][loc])
                fr_st = st.split()[0] in ("Rue", "Avenue", "Chaussée", "Place", "Boulevard")
        return V.address(r, loc, var, st, city)
    if slot == "rrn":
        return V.rrn(r, loc, var)
    fn = {"password": V.password, "pin": V.pin, "puk": V.puk, "wifi": V.wifi_key, "api": V.api_key, "token": V.token,
          "card": V.card, "cvv": V.cvv, "iban": V.iban, "bsn": V.bsn, "phone": V.phone, "cust": V.cust, "exp": V.expiry, "ip": V.ip}[slot]
    return fn(r, loc, var)


def mutate(v, r):
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    if not idx:
        i = r.randrange(len(v))
        return v[:i] + r.choice("abcdefghkmnpqrstuvwxyz") + v[i + 1:]
    i = r.choice(idx[1:] or idx)
    return v[:i] + r.choice([d for d in "0123456789" if d != v[i]]) + v[i + 1:]


def neg_value(slot, var, c):
    r, loc, tl = c.r, c.loc, c.tl
    k = NEG[slot]
    if k == "date":
        return V.n_date(r, loc, tl, var)
    if k == "time":
        return V.n_time(r, loc, tl, var)
    if k == "amount":
        return V.n_amount(r, loc, tl, var)
    if k == "tracking_number":
        return V.n_track(r, loc, var)
    if k == "ticket_number":
        return V.n_ticket(r, loc, var)
    if k == "company_phone":
        return V.n_cphone(r, loc, var)
    if k == "company_registration":
        return V.n_kvk(r, loc, var)
    if k == "masked_value":
        return V.n_masked(r, loc, var)
    if k == "url":
        return r.choice(c.F["URLS"][loc])
    if k == "mention":
        return r.choice(c.F["MENTIONS"][loc])
    if k == "hashtag":
        return r.choice(c.F["HASHTAGS"][loc])
    return V.simple_neg(r, loc, tl, k, var)


def fill(slot, var, c):
    r = c.r
    if slot == "NAME":
        return r.choice(c.F["NAMES"][c.loc])
    if slot == "ME":
        return c.name
    if slot == "MEF":
        return c.name.split()[0]
    if slot == "FNAME":
        return r.choice(c.F["NAMES"][c.loc]).split()[0]
    if slot == "AGENT":
        return c.memo.setdefault("_agent", r.choice(c.F["AGENTS"][c.loc]))
    if slot == "CITY":
        x = r.choice(c.F["CITIES"][c.loc])
        return x if isinstance(x, str) else x[0]
    if slot == "REG":
        return r.choice({"nl": ["KvK", "KvK-nr.", "KvK nummer"], "be": ["ondernemingsnummer", "BTW", "RPR"] if c.tl == "nl" else ["TVA", "BCE", "n° d'entreprise"],
                         "gb": ["Company no.", "Registered in England No.", "VAT no."], "us": ["EIN", "Tax ID"]}[c.loc])
    if slot == "SSID":
        return r.choice(c.F["SSIDS"])
    if slot == "PLATE":
        return r.choice(c.F["PLATES"])
    sector = {"BANK": "bank", "TELCO": "telco", "ENERGY": "energy", "SOCIAL": "social", "INSURER": "insurer", "SHOP": "other"}.get(slot)
    if sector:
        return c.brand(sector)
    if slot == "BRAND":
        return c.memo.setdefault("_brand", c.brand(r.choice(["bank", "telco", "energy", "insurer", "other"])))
    raise KeyError(slot)


def render(tpl, c, b=None):
    b = b or Builder()
    pos = 0
    for m in SLOT.finditer(tpl):
        slot, var, key = m.group(1), m.group(2), m.group(3)
        if slot not in LABEL and slot not in NEG and slot not in FILL and slot != "split":
            continue  # macro placeholder like {first_name}: stays literal
        b.lit(typo_text(tpl[pos:m.start()], c))
        pos = m.end()
        if slot in FILL:
            b.lit(fill(slot, var, c))
        elif slot in NEG:
            mk = ("n", slot, key) if key else None
            if mk and mk in c.memo:
                v = c.memo[mk]
            else:
                v = neg_value(slot, var, c)
                if mk:
                    c.memo[mk] = v
            b.val(v, ("neg", NEG[slot], c.tid))
        elif slot == "split":
            target = var
            v = gen_value(target, None, c)
            c.last[target] = v
            if key:
                c.memo[("l", target, key)] = v
            sp = [i for i, ch in enumerate(v) if ch in " -"]
            mid = len(v) // 2
            if sp:
                i = min(sp, key=lambda x: abs(x - mid))
                a, z = v[:i].strip(" -"), v[i + 1:].strip()
            else:
                i = mid + c.r.randint(-2, 2)
                a, z = v[:i], v[i:]
            b.val(a, ("span", LABEL[target], c.tid, 1))
            b.lit(c.r.choice(c.F["SPLITSEP"][c.tl]))
            b.val(z, ("span", LABEL[target], c.tid, 2))
        else:
            mk = ("l", slot, key) if key else None
            if mk and mk in c.memo:
                v = c.memo[mk]
            elif var == "fix" and slot in c.last:
                v = mutate(c.last[slot], c.r)
            else:
                v = gen_value(slot, None if var == "fix" else var, c)
            if mk:
                c.memo[mk] = v
            c.last[slot] = v
            b.val(v, ("span", LABEL[slot], c.tid))
    b.lit(typo_text(tpl[pos:], c))
    return b
