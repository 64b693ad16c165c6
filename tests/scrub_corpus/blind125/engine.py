"""Template renderer: slots -> text + spans + negatives."""
import re
import values as V
import negs as N

SLOT = re.compile(r"\{([!@]?)([a-z_0-9]+)(?::(\w+))?\}")

LABEL = {
    "password": V.password, "pin": V.pin, "puk": V.puk, "otp": V.otp, "otpd": V.otp_digits, "wifi_key": V.wifi_key,
    "username": V.username, "api_key": V.api_key, "aws_secret": V.aws_secret, "token": V.token, "card": V.card,
    "cvv": V.cvv, "iban": V.iban, "bsn": V.bsn, "email": V.email, "phone": V.phone, "dob": V.date_of_birth,
    "cust": V.customer_number, "exp": V.card_expiry, "ip": V.ip_address, "address": None,
}
LTYPE = {"dob": "date_of_birth", "cust": "customer_number", "exp": "card_expiry", "ip": "ip_address", "otpd": "otp", "aws_secret": "api_key"}

URL_PATHS = ["help", "contact", "klantenservice", "faq/account", "mijn-account", "service/wachtwoord", "aide", "support/ticket", "account/login", "donate", "claims", "afspraak", "status", "app"]


def typo(rng, word):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.randrange(4)
    if k == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if k == 1:
        return word[:i] + word[i + 1:]
    if k == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiosnrt") + word[i + 1:]


def literal(rng, s, ctx):
    p = ctx.get("typo_rate", 0)
    if p and s.strip():
        parts = re.split(r"(\W+)", s)
        s = "".join(typo(rng, w) if (w and w[0].isalpha() and rng.random() < p) else w for w in parts)
    if ctx.get("lower"):
        s = s.lower()
    return s


def filler(rng, name, ctx):
    P = ctx["pools"]
    if name == "first":
        return ctx["first"]
    if name == "last":
        return ctx["last"]
    if name == "name":
        return ctx["first"] + " " + ctx["last"]
    if name == "brand":
        return ctx["brand"]
    if name == "agent":
        return ctx["agent"]
    if name == "ini":
        return ctx["agent"][0].upper() + rng.choice("ABDEHJKLMNPRSTVW")
    if name == "cemail":
        return rng.choice(["service", "klantenservice", "support", "info", "noreply", "hello", "contact"]) + "@" + ctx["domain"]
    if name in ("pet", "kid", "city", "first2"):
        key = {"pet": "pets", "kid": "kids", "city": "city_" + ctx["region"], "first2": "first_" + ctx["region"]}[name]
        return rng.choice(P[key])
    raise KeyError(name)


def negative(rng, name, ctx):
    if name == "url":
        k = rng.random()
        if k < 0.6:
            return "https://www.%s/%s" % (ctx["domain"], rng.choice(URL_PATHS))
        if k < 0.8:
            return "www.%s" % ctx["domain"]
        return rng.choice(["https://bit.ly/", "https://t.co/", "https://tinyurl.com/"]) + V.rd(rng, 7, V.ALNUM)
    if name == "mention":
        return "@" + ctx["handle"]
    if name == "mention2":
        return rng.choice(ctx["pools"]["mentions"])
    if name == "hashtag":
        return rng.choice(ctx["pools"]["hashtags_" + ctx["lw"]])
    return N.GEN[name](rng, ctx)


def render(rng, tpl, ctx):
    out, spans, negs = [], [], []
    pos = 0
    cache = ctx["cache"]
    i = 0
    for m in SLOT.finditer(tpl):
        lit = literal(rng, tpl[i:m.start()], ctx)
        out.append(lit)
        pos += len(lit)
        i = m.end()
        pre, name, key = m.group(1), m.group(2), m.group(3)
        if pre == "" and name not in LABEL:
            out.append(m.group(0))
            pos += len(m.group(0))
            continue
        ck = (pre, name, key)
        if key and ck in cache:
            val = cache[ck]
        else:
            if pre == "@":
                val = filler(rng, name, ctx)
            elif pre == "!":
                val = negative(rng, name, ctx)
            elif name == "address":
                val = V.address(rng, ctx, ctx["pools"])
            else:
                val = LABEL[name](rng, ctx)
            if key:
                cache[ck] = val
        out.append(val)
        if pre == "":
            spans.append((LTYPE.get(name, name), pos, pos + len(val)))
        elif pre == "!":
            kind = {"mention2": "mention"}.get(name, name)
            negs.append((kind, pos, pos + len(val)))
        pos += len(val)
    lit = literal(rng, tpl[i:], ctx)
    out.append(lit)
    return "".join(out), spans, negs


class Doc:
    def __init__(self):
        self.text, self.spans, self.negs = "", [], []

    def add(self, part):
        t, s, n = part
        o = len(self.text)
        self.text += t
        self.spans += [(a, b + o, c + o) for a, b, c in s]
        self.negs += [(a, b + o, c + o) for a, b, c in n]
        return self

    def lit(self, t):
        self.text += t
        return self

    def get(self):
        return self.text, self.spans, self.negs


def quote(part, prefix="> "):
    t, s, n = part
    newpos = []
    out = []
    p = 0
    at_line = True
    for ch in t:
        if at_line:
            out.append(prefix)
            p += len(prefix)
            at_line = False
        newpos.append(p)
        out.append(ch)
        p += 1
        if ch == "\n":
            at_line = True
    newpos.append(p)

    def mp(lst):
        return [(a, newpos[b], newpos[c - 1] + 1) for a, b, c in lst]
    return "".join(out), mp(s), mp(n)
