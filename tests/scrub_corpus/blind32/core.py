"""Core machinery for the blind32 corpus: value generators, checksums, value
formatting (incl. dictated forms), the template renderer and the self-check.

Standard library only.  Templates use {slot}, {slot:style} and {slot#key}
placeholders; a literal brace is written as {{ or }}.
"""
import re
import string

SPAN_TYPES = [
    "password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
    "card", "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address",
    "date_of_birth", "ip_address", "customer_number",
]
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"}
NEG_KINDS = [
    "amount", "company_phone", "company_registration", "date", "time", "year",
    "error_code", "flight_number", "hashtag", "mention", "invoice_number",
    "order_number", "ticket_number", "tracking_number", "request_id",
    "meter_reading", "model_number", "product_code", "version_string",
    "percentage", "quantity", "url", "masked_value", "port", "checksum",
]
CHANNELS = ["whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment",
            "x_dm", "x_public", "facebook_comment", "email", "agent_reply"]
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]


class CorpusError(Exception):
    pass


# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------

def luhn_ok(digits):
    if not digits.isdigit() or len(digits) < 12:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise CorpusError("luhn")


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def bsn_ok(d):
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def rrn_ok(d):
    if len(d) != 11 or not d.isdigit():
        return False
    cc = int(d[9:])
    return (97 - int(d[:9]) % 97) == cc or (97 - int("2" + d[:9]) % 97) == cc


def ean13_ok(d):
    if len(d) != 13 or not d.isdigit():
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - s % 10) % 10 == int(d[12])


# --------------------------------------------------------------------------
# spoken digits / symbols
# --------------------------------------------------------------------------

DIGIT_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
SYMBOL_WORDS = {
    "nl": {"!": "uitroepteken", "@": "apenstaartje", ".": "punt", "-": "streepje",
           "_": "underscore", "#": "hekje", "$": "dollarteken", "?": "vraagteken",
           "*": "sterretje", "&": "en-teken", "/": "slash", "+": "plus", "%": "procent"},
    "fr": {"!": "point d'exclamation", "@": "arobase", ".": "point", "-": "tiret",
           "_": "tiret du bas", "#": "dièse", "$": "dollar", "?": "point d'interrogation",
           "*": "étoile", "&": "et commercial", "/": "slash", "+": "plus", "%": "pour cent"},
    "en": {"!": "exclamation mark", "@": "at sign", ".": "dot", "-": "dash",
           "_": "underscore", "#": "hash", "$": "dollar sign", "?": "question mark",
           "*": "star", "&": "ampersand", "/": "slash", "+": "plus", "%": "percent"},
}
UPPER_WORD = {"nl": "hoofdletter", "fr": "majuscule", "en": "capital"}

FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
            "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
            "dix-huit", "dix-neuf"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante",
           7: "septante", 8: "quatre-vingt", 9: "nonante"}


def fr_be_number(n):
    """0..99 the Belgian way (septante, nonante)."""
    if n < 20:
        return FR_UNITS[n]
    t, u = divmod(n, 10)
    base = FR_TENS[t]
    if u == 0:
        return base + ("s" if t == 8 else "")
    if u == 1 and t != 8:
        return base + " et un"
    return base + "-" + FR_UNITS[u]


def base_lang(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def spell_digits(ds, lang, rng):
    b = base_lang(lang)
    words = DIGIT_WORDS[b]
    out = []
    for ch in ds:
        if ch.isdigit():
            w = words[int(ch)]
            if b == "en" and ch == "0" and rng.random() < 0.35:
                w = "oh"
            if b == "nl" and ch == "1" and rng.random() < 0.3:
                w = "één"
            out.append(w)
    sep = rng.choice([" ", " ", " ", "-", ", "]) if b != "fr" else rng.choice([" ", " ", ", "])
    return sep.join(out)


def spell_pairs_fr(ds):
    ds = "".join(c for c in ds if c.isdigit())
    out = []
    i = 0
    while ds.startswith("0", i) and i < 2:
        out.append("zéro")
        i += 1
    rest = ds[i:]
    if len(rest) % 2 == 1:
        out.append(FR_UNITS[int(rest[0])])
        rest = rest[1:]
    for j in range(0, len(rest), 2):
        pair = rest[j:j + 2]
        if pair[0] == "0":
            out.append("zéro " + FR_UNITS[int(pair[1])])
        else:
            out.append(fr_be_number(int(pair)))
    return " ".join(out)


def dictate_string(s, lang, rng):
    """A voice-to-text rendering of a mixed string (password, wifi key, user)."""
    b = base_lang(lang)
    sym = SYMBOL_WORDS[b]
    if lang == "en-us":
        sym = dict(sym, **{"!": "exclamation point", "#": "pound sign", ".": "period" if rng.random() < .3 else "dot"})
    words = []
    i = 0
    keep_numbers = rng.random() < 0.45
    while i < len(s):
        ch = s[i]
        if ch.isupper():
            words.append("%s %s" % (UPPER_WORD[b], ch) if b != "fr" or rng.random() < .5 else "%s %s" % (ch, UPPER_WORD[b]))
            i += 1
        elif ch.islower():
            j = i
            while j < len(s) and s[j].islower():
                j += 1
            run = s[i:j]
            if len(run) >= 3 and rng.random() < 0.6:
                words.append(run)
            else:
                words.append(" ".join(run))
            i = j
        elif ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            words.append(run if keep_numbers else spell_digits(run, lang, rng).replace(",", ""))
            i = j
        else:
            words.append(sym.get(ch, ch))
            i += 1
    return " ".join(words)


def decode_spoken_digits(text):
    """Best-effort decoding of my own dictated renderings back to digits (self-check)."""
    t = text.lower().replace(",", " ").replace("-", " ")
    m = {}
    for b in ("nl", "fr", "en"):
        for i, w in enumerate(DIGIT_WORDS[b]):
            m[w] = str(i)
    m["oh"] = "0"
    m["één"] = "1"
    out = []
    toks = t.split()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.isdigit():
            out.append(tok)
        elif tok in m:
            out.append(m[tok])
        elif len(tok) == 1 and tok.isalpha():
            out.append(tok.upper())
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# entity generation
# --------------------------------------------------------------------------

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
BE_BANKS = ["001", "063", "068", "310", "363", "377", "734", "735", "737", "751", "973", "979", "103", "143"]
FR_BANKS = ["30002", "30003", "30004", "10107", "20041", "17515", "16606"]
DE_BLZ = ["10010010", "37040044", "50010517", "20041133", "70020270", "12030000"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "MONZ", "SRLG", "HBUK", "NAIA"]


def gen_iban(rng, cc):
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + d(10)
    elif cc == "BE":
        first = rng.choice(BE_BANKS) + d(7)
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    elif cc == "FR":
        bank, branch, acct = rng.choice(FR_BANKS), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif cc == "DE":
        bban = rng.choice(DE_BLZ) + d(10)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + d(6) + d(8)
    elif cc == "LU":
        bban = rng.choice(["001", "002", "003", "014", "019"]) + d(13)
    else:
        raise CorpusError(cc)
    ib = iban_make(cc, bban)
    assert iban_ok(ib)
    return ib


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "maestro", "bancontact"])
    if brand == "visa":
        num = luhn_complete("4" + rng.choice(["539", "916", "024", "485", "716", "929", "556", "283", "000", "622"])[:3], 16, rng)
    elif brand == "mc":
        p = rng.choice(["51", "52", "53", "54", "55", "2221", "2300", "2720", "2587"])
        num = luhn_complete(p, 16, rng)
    elif brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    elif brand == "maestro":
        num = luhn_complete(rng.choice(["6759", "6761", "6763", "5018", "5020"]), rng.choice([16, 19]), rng)
    else:
        num = luhn_complete("6703", 17, rng)
    return {"num": num, "brand": brand}


def gen_bsn(rng):
    while True:
        body = str(rng.randint(1, 6)) + "".join(rng.choice(string.digits) for _ in range(7))
        s = sum(int(body[i]) * (9 - i) for i in range(8))
        last = s % 11
        if last < 10:
            d = body + str(last)
            if bsn_ok(d):
                return d


def gen_rrn(rng, year=None, month=None, day=None):
    year = year or rng.randint(1938, 2005)
    month = month or rng.randint(1, 12)
    day = day or rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (year % 100, month, day, seq)
    if year >= 2000:
        cc = 97 - int("2" + base) % 97
    else:
        cc = 97 - int(base) % 97
    d = base + "%02d" % cc
    assert rrn_ok(d)
    return d


def rand_digits(rng, n, first_nonzero=True):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rand_alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def gen_jwt(rng):
    import base64
    import json as _json
    hdr = base64.urlsafe_b64encode(_json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    body = {"sub": rand_digits(rng, rng.choice([6, 8, 10])), "iat": rng.randint(1690000000, 1735000000)}
    if rng.random() < .5:
        body["scope"] = rng.choice(["read write", "orders:read", "admin", "api"])
    pl = base64.urlsafe_b64encode(_json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = rand_alnum(rng, 43, B64URL)
    return "%s.%s.%s" % (hdr, pl, sig)


def gen_token(rng):
    k = rng.choice(["jwt", "jwt", "ghp", "glpat", "xoxb", "xoxp", "hex64", "sess", "github_pat", "shpat", "ya29"])
    if k == "jwt":
        return gen_jwt(rng)
    if k == "ghp":
        return "ghp_" + rand_alnum(rng, 36)
    if k == "github_pat":
        return "github_pat_11" + rand_alnum(rng, 20, string.ascii_uppercase + string.digits) + "_" + rand_alnum(rng, 59)
    if k == "glpat":
        return "glpat-" + rand_alnum(rng, 20, B64URL.replace("_", ""))
    if k == "xoxb":
        return "xoxb-%s-%s-%s" % (rand_digits(rng, 12), rand_digits(rng, 13), rand_alnum(rng, 24))
    if k == "xoxp":
        return "xoxp-%s-%s-%s-%s" % (rand_digits(rng, 12), rand_digits(rng, 12), rand_digits(rng, 13), rand_alnum(rng, 32, HEX))
    if k == "hex64":
        return rand_alnum(rng, 64, HEX)
    if k == "shpat":
        return "shpat_" + rand_alnum(rng, 32, HEX)
    if k == "ya29":
        return "ya29." + rand_alnum(rng, 70, B64URL)
    return "sess_" + rand_alnum(rng, 32)


def gen_api_key(rng):
    k = rng.choice(["sk_live", "sk_test", "rk_live", "akia", "akia_secret", "api_", "hex32", "hex40",
                    "sg", "aiza", "mollie", "twilio", "sk_proj", "pk_live"])
    if k in ("sk_live", "sk_test", "rk_live", "pk_live"):
        return "%s_%s" % (k, rand_alnum(rng, rng.choice([24, 34, 99][:2])))
    if k == "akia":
        return "AKIA" + rand_alnum(rng, 16, string.ascii_uppercase + "234567")
    if k == "akia_secret":
        return rand_alnum(rng, 40, string.ascii_letters + string.digits + "/+")
    if k == "api_":
        return "api_" + rand_alnum(rng, 32)
    if k == "hex32":
        return rand_alnum(rng, 32, HEX)
    if k == "hex40":
        return rand_alnum(rng, 40, HEX)
    if k == "sg":
        return "SG.%s.%s" % (rand_alnum(rng, 22, B64URL), rand_alnum(rng, 43, B64URL))
    if k == "aiza":
        return "AIza" + rand_alnum(rng, 35, B64URL)
    if k == "mollie":
        return rng.choice(["live_", "test_"]) + rand_alnum(rng, 30)
    if k == "twilio":
        return "SK" + rand_alnum(rng, 32, HEX)
    return "sk-proj-" + rand_alnum(rng, 48, B64URL)


PW_WORDS = {
    0: {"nl": ["Zomer", "voetbal", "Amsterdam", "Kaas", "Pietje", "fiets", "Oranje", "welkom", "tulp", "Snoopy", "Ajax"],
        "fr": ["Soleil", "chocolat", "Bruxelles", "Loulou", "papillon", "Moutarde", "frites", "Liberte"],
        "en": ["Summer", "football", "London", "Monkey", "sunshine", "Dragon", "Chelsea", "princess", "Bailey"]},
    1: {"nl": ["Winter", "hockey", "Utrecht", "Brood", "Bello", "schaats", "Lente", "Tijger", "Gent", "Kabouter"],
        "fr": ["Printemps", "bisous", "Namur", "Caramel", "Minou", "gaufre", "Chouchou", "Nounours"],
        "en": ["Autumn", "baseball", "Boston", "Buster", "shadow", "Tigger", "Arsenal", "ginger", "Maverick"]},
}
PHRASE_WORDS = {
    0: ["paars", "olifant", "fiets", "regen", "kasteel", "banaan", "lamp", "orange", "river", "copper",
        "maison", "vert", "tiger", "zebra", "molen", "rocket"],
    1: ["groen", "giraf", "trein", "sneeuw", "toren", "appel", "stoel", "violet", "meadow", "silver",
        "jardin", "bleu", "falcon", "panda", "brug", "comet"],
}


def gen_password(rng, lang, half):
    b = base_lang(lang)
    words = PW_WORDS[half][b]
    k = rng.choice(["wordyear", "wordyear", "random", "random", "phrase", "leet", "simple", "temp", "wordnum"])
    if k == "wordyear":
        return rng.choice(words) + str(rng.randint(1965, 2025)) + rng.choice(["!", "!", "?", "#", "", "*", "."])
    if k == "random":
        alpha = string.ascii_letters + string.digits
        s = rand_alnum(rng, rng.randint(9, 14), alpha)
        pos = rng.randrange(len(s))
        return s[:pos] + rng.choice("!#$%&*@?-") + s[pos:]
    if k == "phrase":
        ws = rng.sample(PHRASE_WORDS[half], rng.choice([3, 4]))
        return rng.choice(["-", ".", "_"]).join(ws) + str(rng.randint(1, 99))
    if k == "leet":
        w = rng.choice(words)
        w = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return w[0].upper() + w[1:] + str(rng.randint(10, 99))
    if k == "simple":
        return rng.choice(words).lower() + str(rng.randint(1, 999))
    if k == "wordnum":
        return rng.choice(words) + "_" + rand_digits(rng, 4)
    return "Tmp-" + rand_digits(rng, 4) + "-" + rand_alnum(rng, 2, string.ascii_lowercase)


def gen_wifi(rng):
    k = rng.choice(["blocks", "hex", "mixed", "words", "upper", "digits"])
    if k == "blocks":
        return "-".join(rand_alnum(rng, 4, string.ascii_letters + string.digits) for _ in range(rng.choice([3, 4])))
    if k == "hex":
        return rand_alnum(rng, rng.choice([10, 16, 26]), "0123456789ABCDEF")
    if k == "mixed":
        return rand_alnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits)
    if k == "words":
        ws = rng.sample(["huis", "tuin", "kat", "maison", "blue", "apple", "stroopwafel", "zon", "moon", "fritkot", "pizza", "lama"], 2)
        return ws[0].capitalize() + ws[1] + str(rng.randint(10, 9999))
    if k == "upper":
        return rand_alnum(rng, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return rand_digits(rng, rng.choice([8, 10, 12]))


def gen_username(rng, first, last):
    f, l = slug(first), slug(last)
    k = rng.choice(["fl", "f.l", "fnum", "gamer", "init", "under", "cap", "rand"])
    if k == "fl":
        return f + l + str(rng.randint(1, 99))
    if k == "f.l":
        return f + "." + l
    if k == "fnum":
        return f + "_" + str(rng.randint(1960, 2012))
    if k == "gamer":
        return rng.choice(["xX", "The", "Mr", "Lil", "Dark", "Real", "Kid"]) + rng.choice(["Shadow", "Sniper", "Frit", "Panda", "Wolf", "Ninja", "Kroket", "Zorro"]) + rng.choice(["Xx", "88", "_NL", "_BE", "007", "x", "420", "99"])
    if k == "init":
        return f[0] + l + rand_digits(rng, 3)
    if k == "under":
        return f + "_" + l + "_" + str(rng.randint(1, 9))
    if k == "cap":
        return f.capitalize() + l.capitalize()
    return f[:3] + rand_alnum(rng, 5, string.ascii_lowercase + string.digits)


def slug(s):
    rep = {"é": "e", "è": "e", "ë": "e", "ê": "e", "à": "a", "â": "a", "ç": "c", "ï": "i", "î": "i",
           "ô": "o", "ö": "o", "ü": "u", "û": "u", "'": "", " ": "", "-": ""}
    s = s.lower()
    return "".join(rep.get(c, c) for c in s)


def gen_customer_number(rng, lang):
    k = rng.choice(["d8", "d9", "d10", "pref", "pref", "dotted", "d7", "mix"])
    if k == "d8":
        return rand_digits(rng, 8)
    if k == "d9":
        return rand_digits(rng, 9)
    if k == "d10":
        return rand_digits(rng, 10)
    if k == "d7":
        return rand_digits(rng, 7)
    if k == "pref":
        p = rng.choice(["KL", "C", "CU", "K-", "M", "ACC-", "CN", "A-", "LID"])
        return p + rand_digits(rng, rng.choice([6, 7, 8]))
    if k == "dotted":
        d = rand_digits(rng, 9)
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    return rand_digits(rng, 4) + "-" + rand_digits(rng, 4) + "-" + rand_digits(rng, 2, False)


def gen_ip(rng):
    if rng.random() < 0.12:
        return "2a02:%s:%s:%s::%s" % (rng.choice(["1810", "a03f", "1812", "a210"]), rand_alnum(rng, 4, HEX), rand_alnum(rng, 4, HEX), rand_alnum(rng, rng.choice([1, 2, 3]), HEX))
    first = rng.choice([84, 81, 94, 77, 178, 62, 213, 86, 145, 92, 31, 109, 188, 51, 176, 82, 24, 73])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
MON_SHORT = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WEEKDAYS = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def fmt_date(d, lang, rng, style=None, with_year=True):
    """d = (y, m, day)."""
    y, m, dd = d
    b = base_lang(lang)
    opts = []
    if lang == "en-us":
        opts = ["%d/%d/%d" % (m, dd, y), "%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (MONTHS["en"][m - 1], dd, y),
                "%s %d %d" % (MON_SHORT["en"][m - 1], dd, y), "%d-%02d-%02d" % (y, m, dd)]
    elif lang == "en-gb":
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["en"][m - 1], y), "%d/%d/%d" % (dd, m, y),
                "%d%s %s %d" % (dd, ordinal(dd), MONTHS["en"][m - 1], y), "%02d.%02d.%d" % (dd, m, y)]
    elif b == "nl":
        opts = ["%02d-%02d-%d" % (dd, m, y), "%d-%d-%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["nl"][m - 1], y),
                "%02d/%02d/%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y), "%02d-%02d-%02d" % (dd, m, y % 100)]
    else:
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["fr"][m - 1], y), "%02d.%02d.%d" % (dd, m, y),
                "%d/%d/%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y)]
    if style == "short":
        if lang == "en-us":
            return "%d/%d/%02d" % (m, dd, y % 100)
        return "%02d/%02d/%02d" % (dd, m, y % 100)
    if not with_year:
        if lang == "en-us":
            return rng.choice(["%s %d" % (MONTHS["en"][m - 1], dd), "%d/%d" % (m, dd)])
        if b == "en":
            return rng.choice(["%d %s" % (dd, MONTHS["en"][m - 1]), "%d/%d" % (dd, m)])
        return rng.choice(["%d %s" % (dd, MONTHS[b][m - 1]), "%d/%d" % (dd, m)])
    return rng.choice(opts)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# --------------------------------------------------------------------------
# value formatting (per type, per style)
# --------------------------------------------------------------------------

def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def fmt_phone(ent, lang, rng, style=None):
    cc, nat = ent["cc"], ent["nat"]  # nat: national significant number without trunk 0 (NL/BE/GB/FR), 10 digits US
    if style == "spoken":
        digits = ("0" + nat) if cc != "US" else nat
        if lang == "fr-be" and rng.random() < .6:
            return spell_pairs_fr(digits)
        return spell_digits(digits, lang, rng)
    if cc == "NL":
        if nat.startswith("6"):
            o = ["0" + nat, "06-" + nat[1:], "06 " + nat[1:], "06 " + group(nat[1:], [2, 2, 2, 2]),
                 "+31 6 " + nat[1:], "+31" + nat, "0031 6 " + group(nat[1:], [4, 4]), "+31 (0)6 " + nat[1:],
                 "06-" + group(nat[1:], [4, 4], " ")]
        else:
            o = ["0%s-%s" % (nat[:2], nat[2:]), "0%s %s" % (nat[:2], group(nat[2:], [3, 4])), "+31 %s %s" % (nat[:2], nat[2:])]
    elif cc == "BE":
        if nat.startswith("4"):
            n = nat
            o = ["0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]),
                 "0" + n, "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+32" + n,
                 "0032 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0%s %s %s" % (n[:3], n[3:6], n[6:]),
                 "0%s/%s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])]
        else:
            n = nat
            if n[0] in "2349":
                o = ["0%s %s %s %s" % (n[0], n[1:4], n[4:6], n[6:]), "0%s/%s.%s.%s" % (n[0], n[1:4], n[4:6], n[6:]),
                     "+32 %s %s %s %s" % (n[0], n[1:4], n[4:6], n[6:])]
            else:
                o = ["0%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), "0%s/%s.%s.%s" % (n[:2], n[2:4], n[4:6], n[6:])]
    elif cc == "GB":
        if nat.startswith("7"):
            o = ["0%s %s" % (nat[:4], nat[4:]), "0" + nat, "+44 %s %s" % (nat[:4], nat[4:]), "+44" + nat,
                 "+44 (0)%s %s" % (nat[:4], nat[4:]), "0%s %s %s" % (nat[:4], nat[4:7], nat[7:])]
        else:
            o = ["0%s %s %s" % (nat[:2], nat[2:6], nat[6:]), "+44 %s %s %s" % (nat[:2], nat[2:6], nat[6:])]
    elif cc == "FR":
        o = ["0" + group(nat, [1, 2, 2, 2, 2]), "+33 " + group(nat, [1, 2, 2, 2, 2]), "0" + nat, "+33" + nat]
    else:  # US
        a, b_, c = nat[:3], nat[3:6], nat[6:]
        o = ["(%s) %s-%s" % (a, b_, c), "%s-%s-%s" % (a, b_, c), "%s.%s.%s" % (a, b_, c), "+1 %s %s %s" % (a, b_, c),
             "+1 (%s) %s-%s" % (a, b_, c), a + b_ + c, "1-%s-%s-%s" % (a, b_, c)]
    return rng.choice(o)


def gen_phone(rng, lang):
    if lang in ("nl",):
        cc = "NL"
    elif lang in ("nl-be",):
        cc = "BE"
    elif lang == "fr-be":
        cc = "BE" if rng.random() < .88 else "FR"
    elif lang == "en-gb":
        cc = rng.choice(["GB"] * 8 + ["NL", "BE"])
    else:
        cc = rng.choice(["US"] * 9 + ["NL"])
    if cc == "NL":
        nat = "6" + rand_digits(rng, 8, False) if rng.random() < .8 else rng.choice(["20", "10", "30", "70", "40", "50", "71", "33"]) + rand_digits(rng, 7)
    elif cc == "BE":
        nat = rng.choice(["47", "48", "49", "46"]) + rand_digits(rng, 7, False) if rng.random() < .8 else rng.choice(["2", "3", "9", "4"]) + rand_digits(rng, 7) if rng.random() < .6 else rng.choice(["50", "11", "16", "15", "56", "10", "81", "65", "71"]) + rand_digits(rng, 6)
    elif cc == "GB":
        nat = "7" + rng.choice(["4", "5", "7", "8", "9"]) + rand_digits(rng, 8, False) if rng.random() < .8 else rng.choice(["20", "11", "16", "13", "29"]) + rand_digits(rng, 8)
    elif cc == "FR":
        nat = rng.choice(["6", "7"]) + rand_digits(rng, 8, False)
    else:
        area = rng.choice(["212", "312", "415", "512", "614", "720", "503", "919", "608", "520", "916", "518", "804",
                           "208", "402", "509", "912", "865", "918", "646", "773", "305", "404", "617", "480", "702"])
        nat = area + rng.choice("23456789") + rand_digits(rng, 6, False)
    return {"cc": cc, "nat": nat}


def mask_phone(ent, rng):
    s = ("0" + ent["nat"]) if ent["cc"] != "US" else ent["nat"]
    k = rng.choice(["tail2", "tail3", "star"])
    if k == "tail2":
        return "*" * (len(s) - 2) + s[-2:]
    if k == "tail3":
        return s[:2] + "*" * (len(s) - 5) + s[-3:]
    return s[:3] + " ** ** *" + s[-1]


def fmt_card(ent, rng, style=None):
    n = ent["num"]
    if style == "bare":
        return n
    if len(n) == 15:
        o = [group(n, [4, 6, 5]), group(n, [4, 6, 5], "-"), n, group(n, [4, 4, 4, 3])]
    elif len(n) == 16:
        o = [group(n, [4, 4, 4, 4]), group(n, [4, 4, 4, 4], "-"), n, group(n, [4, 4, 4, 4]), group(n, [8, 8]),
             group(n, [4, 4, 4, 4], "  ")]
    elif len(n) == 17:
        o = [group(n, [4, 4, 4, 4, 1]), n, group(n, [4, 4, 4, 5])]
    else:
        o = [group(n, [4, 4, 4, 4, 3]), n, group(n, [4, 4, 4, 4, 3], "-")]
    return rng.choice(o)


def fmt_iban(ib, rng, style=None):
    o = [group(ib, [4] * 9), group(ib, [4] * 9), ib, group(ib, [4] * 9).lower(), ib[:2] + " " + ib[2:4] + " " + group(ib[4:], [4] * 8),
         group(ib, [4] * 9, "-"), ib.lower()]
    if style == "compact":
        return ib
    if style == "grouped":
        return group(ib, [4] * 9)
    return rng.choice(o)


def fmt_bsn(ent, rng, style=None):
    d = ent["num"]
    if ent["kind"] == "bsn":
        o = [d, d, "%s.%s.%s" % (d[:4], d[4:6], d[6:]), "%s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:])]
    else:
        o = ["%s.%s.%s-%s.%s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:]), d, "%s %s %s" % (d[:6], d[6:9], d[9:]),
             "%s-%s-%s" % (d[:6], d[6:9], d[9:]), "%s.%s.%s-%s-%s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:])]
    return rng.choice(o)


def fmt_expiry(ent, lang, rng, style=None):
    m, y = ent["m"], ent["y"]
    b = base_lang(lang)
    o = ["%02d/%02d" % (m, y % 100), "%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
         "%02d%02d" % (m, y % 100), "%s %d" % (MON_SHORT[b][m - 1], y), "%02d / %02d" % (m, y % 100), "%d/%02d" % (m, y % 100)]
    return rng.choice(o)


def fmt_email(ent, lang, rng, style=None):
    local, dom = ent["local"], ent["domain"]
    b = base_lang(lang)
    if style == "spoken":
        sym = SYMBOL_WORDS[b]
        at = {"nl": rng.choice(["apenstaartje", "at", "apestaart"]), "fr": rng.choice(["arobase", "at", "arrobase"]),
              "en": rng.choice(["at", "at sign", "at"])}[b]
        dot = {"nl": "punt", "fr": "point", "en": "dot"}[b]

        def sp(part):
            out = []
            for ch in part:
                if ch == ".":
                    out.append(" %s " % dot)
                elif ch in "-_":
                    out.append(" %s " % sym[ch])
                elif ch.isdigit():
                    out.append(ch)
                else:
                    out.append(ch)
            return re.sub(" +", " ", "".join(out)).strip()
        return "%s %s %s" % (sp(local), at, sp(dom))
    if style == "spaced":
        return "%s @ %s" % (" . ".join(local.split(".")), " . ".join(dom.split(".")))
    if style == "bracket":
        return rng.choice(["%s[at]%s", "%s (at) %s", "%s [at] %s", "%s(a)%s"]) % (local, dom.replace(".", rng.choice(["[dot]", ".", " dot "])))
    r = rng.random()
    s = "%s@%s" % (local, dom)
    if r < 0.08:
        return s.upper() if rng.random() < .3 else s[0].upper() + s[1:]
    return s


def mask_email(ent, rng):
    local, dom = ent["local"], ent["domain"]
    k = rng.random()
    if k < .5:
        return "%s%s@%s" % (local[0], "*" * max(3, len(local) - 1), dom)
    if k < .8:
        return "%s***%s@%s" % (local[0], local[-1], dom)
    return "%s****@%s***" % (local[:2], dom[0])


def fmt_address(ent, lang, rng, style=None):
    st, nr, pc, city, cc = ent["street"], ent["nr"], ent["pc"], ent["city"], ent["cc"]
    box = ent.get("box")
    if cc == "NL":
        line1 = "%s %s" % (st, nr)
        line2 = "%s %s" % (pc, city)
    elif cc == "BE":
        if box:
            if lang == "fr-be":
                bx = rng.choice(["%s/%s" % (nr, box), "%s bte %s" % (nr, box), "%s boîte %s" % (nr, box)])
            else:
                bx = rng.choice(["%s bus %s" % (nr, box), "%s/%s" % (nr, box), "%s b%s" % (nr, box)])
        else:
            bx = nr
        line1 = "%s %s" % (st, bx)
        line2 = "%s %s" % (pc, city)
    elif cc == "GB":
        line1 = ("Flat %s, " % box if box else "") + "%s %s" % (nr, st)
        line2 = "%s %s" % (city, pc)
    else:
        line1 = "%s %s" % (nr, st) + (", Apt %s" % box if box else "")
        line2 = "%s, %s" % (city, pc)
    if style == "street":
        return line1
    if style == "multi":
        return line1 + "\n" + line2
    if style == "upper":
        return (line1 + ", " + line2).upper()
    sep = rng.choice([", ", ", ", " ", " - ", ",  "]) if cc in ("NL", "BE") else ", "
    return line1 + sep + line2


def gen_address(rng, lang, lex):
    cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang]
    pool = lex["streets"][lang]
    st = rng.choice(pool)
    city, pcs = rng.choice(lex["cities"][lang])
    nr = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180), rng.randint(1, 12)]))
    if rng.random() < .12 and cc in ("NL", "BE"):
        nr += rng.choice(["a", "A", "b", "-2", "C"]) if cc == "NL" else rng.choice(["A", "B", ""])
    box = None
    if cc == "BE" and rng.random() < .3:
        box = str(rng.randint(1, 24))
    if cc == "GB" and rng.random() < .2:
        box = str(rng.randint(1, 12))
    if cc == "US" and rng.random() < .3:
        box = rng.choice([str(rng.randint(1, 30)) + rng.choice("ABCD"), str(rng.randint(101, 512))])
    if cc == "NL":
        pc = "%s %s" % (pcs + rand_digits(rng, 4 - len(pcs), False), rand_alnum(rng, 2, "ABCDEGHJKLMNPRSTVWXZ")) if rng.random() < .8 else (pcs + rand_digits(rng, 4 - len(pcs), False) + rand_alnum(rng, 2, "ABCDEGHJKLMNPRSTVWXZ"))
    elif cc == "BE":
        pc = pcs
    elif cc == "GB":
        pc = "%s%d %d%s" % (pcs, rng.randint(1, 19), rng.randint(1, 9), rand_alnum(rng, 2, "ABDEFGHJLNPQRSTUWXYZ"))
        if nr and int(re.sub(r"\D", "", nr) or 1) > 200:
            nr = str(rng.randint(1, 99))
    else:
        state, zp = pcs
        pc = "%s %s%s" % (state, zp, rand_digits(rng, 5 - len(zp), False))
    return {"street": st, "nr": nr, "pc": pc, "city": city, "cc": cc, "box": box}


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

def gen_neg(kind, lang, rng, ctx):
    b = base_lang(lang)
    r = rng.random
    if kind == "amount":
        v = rng.choice([rng.randint(3, 99) + rng.choice([0, .5, .95, .99, .25]), rng.randint(100, 1600) + rng.choice([0, .0, .5, .99])])
        if lang == "en-us":
            return "${:,.2f}".format(v) if r() < .8 else "${:,}".format(int(v))
        if lang == "en-gb":
            return ("£{:,.2f}" if r() < .75 else "€{:,.2f}").format(v)
        euro = ("%.2f" % v).replace(".", ",")
        if v >= 1000 and r() < .5:
            euro = "%d.%s" % (int(v) // 1000, euro[-6:])
        if b == "fr":
            return rng.choice(["%s €", "%s€", "%s EUR", "€ %s"]) % euro
        return rng.choice(["€ %s", "€%s", "%s euro", "EUR %s", "€ %s"]) % euro
    if kind == "company_phone":
        if lang == "nl":
            return rng.choice(["0800-%s" % rand_digits(rng, 4, False), "0900-%s" % rand_digits(rng, 4, False), "088 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "0800 %s" % rand_digits(rng, 4, False), "085 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False))])
        if lang in ("nl-be", "fr-be"):
            return rng.choice(["078 %s %s %s" % (rand_digits(rng, 2), rand_digits(rng, 2), rand_digits(rng, 2)), "0800 %s %s" % (rand_digits(rng, 2), rand_digits(rng, 3)), "02 %s %s %s" % (rand_digits(rng, 3), rand_digits(rng, 2), rand_digits(rng, 2)), "070 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 3)), "078/%s.%s" % (rand_digits(rng, 3), rand_digits(rng, 3))])
        if lang == "en-gb":
            return rng.choice(["0800 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "0345 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "0333 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "0330 %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False))])
        return rng.choice(["1-800-%s-%s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "(888) %s-%s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "1 (877) %s-%s" % (rand_digits(rng, 3), rand_digits(rng, 4, False)), "800-%s-%s" % (rand_digits(rng, 3), rand_digits(rng, 4, False))])
    if kind == "company_registration":
        if lang == "nl":
            return rng.choice([rand_digits(rng, 8), "NL%sB%02d" % (rand_digits(rng, 9), rng.randint(1, 99))])
        if lang in ("nl-be", "fr-be"):
            base = "0" + rand_digits(rng, 7)
            chk = 97 - int(base) % 97
            d = base + "%02d" % chk
            return rng.choice(["%s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE %s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE" + d])
        if lang == "en-gb":
            return rng.choice([rand_digits(rng, 8, False), "GB %s %s %s" % (rand_digits(rng, 3), rand_digits(rng, 4, False), rand_digits(rng, 2, False))])
        return "%s-%s" % (rand_digits(rng, 2), rand_digits(rng, 7, False))
    if kind == "date":
        y = rng.choice([2023, 2024, 2024, 2025, 2025])
        return fmt_date((y, rng.randint(1, 12), rng.randint(1, 28)), lang, rng, with_year=r() < .75)
    if kind == "time":
        h, m = rng.randint(7, 23), rng.randint(0, 59)
        if lang == "en-us":
            return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM") if r() < .8 else "%d:%02d" % (h, m)
        if lang == "nl-be":
            return rng.choice(["%02d:%02d" % (h, m), "%du%02d" % (h, m), "%d.%02d" % (h, m), "%du" % h])
        if lang == "fr-be":
            return rng.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m), "%dh" % h, "%d h %02d" % (h, m)])
        if lang == "en-gb":
            return rng.choice(["%02d:%02d" % (h, m), "%d:%02d%s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am"), "%d.%02d" % (h, m)])
        return rng.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%02d:%02d uur" % (h, m)])
    if kind == "year":
        return str(rng.randint(2009, 2025))
    if kind == "error_code":
        return rng.choice(["E-%d" % rng.randint(100, 9999), "0x%s" % rand_alnum(rng, 8, "0123456789ABCDEF"), str(rng.choice([403, 404, 500, 502, 503, 651, 691, 678, 1001, 2005])),
                           "E%d" % rng.randint(100, 999), "CE-%d-%d" % (rng.randint(30000, 49999), rng.randint(0, 9)), "S%d" % rng.randint(1000, 9999),
                           "ERR_%s" % rng.choice(["CONNECTION_RESET", "NAME_NOT_RESOLVED", "SSL_PROTOCOL_ERROR", "CERT_DATE_INVALID"]), "F%d" % rng.randint(10, 99),
                           "%s-%d" % (rng.choice(["NW", "WS", "SU", "BNK", "AUTH"]), rng.randint(100, 99999)), "0x%s" % rand_alnum(rng, 4, "0123456789abcdef"),
                           "LOS-%d" % rng.randint(1, 9)])
    if kind == "flight_number":
        return rng.choice(["KL", "SN", "FR", "HV", "BA", "U2", "TB", "LH", "AF", "W6", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))
    if kind == "hashtag":
        return "#" + rng.choice(ctx.pick("hashtags"))
    if kind == "mention":
        return "@" + ctx.handle()
    if kind == "invoice_number":
        return rng.choice(["F%d-%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999)), "INV-%s" % rand_digits(rng, 7, False), "%d/%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999)),
                           rand_digits(rng, 10), "FA%s" % rand_digits(rng, 8), "%s-%s" % (rand_digits(rng, 4), rand_digits(rng, 6, False)), "VF%s" % rand_digits(rng, 9)])
    if kind == "order_number":
        return rng.choice(["#%s" % rand_digits(rng, 7), rand_digits(rng, 10), "CB-%s" % rand_digits(rng, 8), "%s-%s-%s" % (rand_digits(rng, 3), rand_digits(rng, 7, False), rand_digits(rng, 7, False)),
                           "NL-%s-%s" % (rand_digits(rng, 4), rand_digits(rng, 4, False)), "ORD%s" % rand_digits(rng, 8), rand_digits(rng, 9), "W%s" % rand_digits(rng, 9), "#%s" % rand_digits(rng, 5)])
    if kind == "ticket_number":
        return rng.choice(["#CS-%s" % rand_digits(rng, 6), rand_digits(rng, 8, False), "INC%s" % rand_digits(rng, 7, False), "TCK-%d-%04d" % (rng.randint(2023, 2025), rng.randint(1, 9999)),
                           "#%s" % rand_digits(rng, 6), "%s" % rand_digits(rng, 7), "SR-%s" % rand_digits(rng, 9), "CAS-%s-%s" % (rand_digits(rng, 5), rand_alnum(rng, 6, "BCDFGHJKLMNPQRSTVWXZ0123456789"))])
    if kind == "tracking_number":
        k = rng.choice(["postnl", "dhl", "ups", "bpost", "royal", "usps", "gls", "dpd"])
        if k == "postnl":
            return "3S" + rand_alnum(rng, 4, string.ascii_uppercase) + rand_digits(rng, 9, False)
        if k == "dhl":
            return rng.choice(["JVGL", "JJD"]) + rand_digits(rng, 16, False)
        if k == "ups":
            return "1Z" + rand_alnum(rng, 6, string.ascii_uppercase + string.digits) + rand_digits(rng, 10, False)
        if k == "bpost":
            return "3232" + rand_digits(rng, 20, False)
        if k == "royal":
            return rand_alnum(rng, 2, string.ascii_uppercase) + rand_digits(rng, 9, False) + "GB"
        if k == "usps":
            return "9400 " + " ".join(rand_digits(rng, 4, False) for _ in range(4)) + " " + rand_digits(rng, 2, False)
        if k == "gls":
            return rand_digits(rng, 11)
        return "0" + rand_digits(rng, 13, False)
    if kind == "request_id":
        return rng.choice(["%s-%s-%s-%s-%s" % (rand_alnum(rng, 8, HEX), rand_alnum(rng, 4, HEX), "4" + rand_alnum(rng, 3, HEX), rng.choice("89ab") + rand_alnum(rng, 3, HEX), rand_alnum(rng, 12, HEX)),
                           "req_" + rand_alnum(rng, 14), "Root=1-%s-%s" % (rand_alnum(rng, 8, HEX), rand_alnum(rng, 24, HEX)), rand_alnum(rng, 16, HEX).upper()])
    if kind == "meter_reading":
        unit = rng.choice(["kWh", "kWh", "m³", "m3", "kwh"])
        v = rng.randint(1000, 99999)
        if unit.startswith("m"):
            return rng.choice(["%05d,%d %s" % (v // 10, rng.randint(0, 9), unit), "%d %s" % (v // 10, unit)])
        return rng.choice(["%06d %s" % (v, unit), "%d %s" % (v, unit), "%d%s" % (v, unit)])
    if kind == "model_number":
        return rng.choice(["FRITZ!Box 7590", "FRITZ!Box 7530 AX", "SM-A546B", "SM-G991B/DS", "TC4400", "HG8245H", "Connect Box CH7465LG", "b-box 3V+", "Experia Box v10A",
                           "H369A", "EX6120", "Sagemcom F@st 3890", "iPhone 14 Pro (A2890)", "Pixel 7a (GWKK3)", "DIR-842", "Archer C6 v3.2", "ZTE MF286D", "KR-2200", "CE0168",
                           "WNR2000v5", "Eero 6+", "SmartWiFi pod 2", "TG799vac", "VOX 30", "Deco X20"])
    if kind == "product_code":
        k = rng.random()
        if k < .35:
            d = "87" + rand_digits(rng, 10, False)
            s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
            return d + str((10 - s % 10) % 10)
        if k < .6:
            return "SKU %s-%s" % (rand_digits(rng, 3), rand_digits(rng, 3, False))
        if k < .8:
            return rand_alnum(rng, 3, string.ascii_uppercase) + "-" + rand_digits(rng, 5)
        return rand_digits(rng, 7)
    if kind == "version_string":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40)), "%d.%d.%d" % (rng.randint(10, 18), rng.randint(0, 7), rng.randint(0, 4)),
                           "build %d.%d.%d.%d" % (rng.randint(20, 25), rng.randint(1, 12), rng.randint(0, 9), rng.randint(100, 999)), "%d.%d (%d)" % (rng.randint(1, 9), rng.randint(0, 60), rng.randint(1000, 9999)),
                           "v%d.%d" % (rng.randint(1, 12), rng.randint(0, 9)), "%d.%d.%d-beta" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9))])
    if kind == "percentage":
        return rng.choice(["%d%%", "%d %%", "%d%%"]) % rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 70, 100, 3, 12])
    if kind == "quantity":
        n = rng.randint(2, 12)
        return rng.choice({"nl": ["%d stuks", "%dx", "%d pakketjes", "%d dozen"], "fr": ["%d pièces", "%dx", "%d colis", "%d boîtes"],
                           "en": ["%d items", "%dx", "%d parcels", "%d boxes", "%d units"]}[b]) % n
    if kind == "url":
        return ctx.url()
    if kind == "port":
        return str(rng.choice([8080, 443, 3389, 25565, 8443, 22, 21, 5060, 1194, 51820, 993, 587, 3000, 9000]))
    if kind == "checksum":
        k = rng.random()
        if k < .4:
            return rand_alnum(rng, 64, HEX)
        if k < .65:
            return rand_alnum(rng, 32, HEX)
        if k < .8:
            return rand_alnum(rng, 40, HEX)
        return rand_alnum(rng, 8, "0123456789ABCDEF")
    raise CorpusError("neg kind " + kind)


# --------------------------------------------------------------------------
# segments, rendering, finalising, self-check
# --------------------------------------------------------------------------

SLOT = re.compile(r"\{\{|\}\}|\{([a-z_]+)(?::([a-z0-9_]+))?(?:#([a-z0-9_]+))?\}")


def plain(text):
    return [(text, None)]


def seg_text(segs):
    return "".join(t for t, _ in segs)


def transform_plain(segs, fn):
    return [(fn(t) if lab is None else t, lab) for t, lab in segs]


def prefix_lines(segs, prefix):
    """Insert prefix at the start and after every newline (for '> ' quoting)."""
    out = [(prefix, None)]
    for t, lab in segs:
        if "\n" in t:
            t = t.replace("\n", "\n" + prefix)
        out.append((t, lab))
    return out


def finalize(segs):
    text_parts, spans, negs = [], [], []
    pos = 0
    for t, lab in segs:
        if lab is not None and t:
            kind, typ, phr = lab
            if t != t.strip():
                raise CorpusError("whitespace around value %r" % t)
            rec = {"start": pos, "end": pos + len(t)}
            if kind == "span":
                spans.append(dict(type=typ, phr=phr, **rec))
            else:
                negs.append(dict(kind=typ, phr=phr, **rec))
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), spans, negs


def check_record(rec):
    text = rec["text"]
    n = len(text)
    ivs = []
    for sp in rec["spans"]:
        if sp["type"] not in SPAN_TYPES:
            raise CorpusError("%s: bad span type %s" % (rec["id"], sp["type"]))
        ivs.append((sp["start"], sp["end"], "span", sp["type"]))
    for ng in rec["negatives"]:
        if ng["kind"] not in NEG_KINDS:
            raise CorpusError("%s: bad neg kind %s" % (rec["id"], ng["kind"]))
        ivs.append((ng["start"], ng["end"], "neg", ng["kind"]))
    for s, e, k, t in ivs:
        if not (0 <= s < e <= n):
            raise CorpusError("%s: %s %s out of range" % (rec["id"], k, t))
        v = text[s:e]
        if v != v.strip() or not v.strip():
            raise CorpusError("%s: %s %s has surrounding white space: %r" % (rec["id"], k, t, v))
    ivs.sort()
    for a, b in zip(ivs, ivs[1:]):
        if b[0] < a[1]:
            raise CorpusError("%s: overlap %r %r" % (rec["id"], a, b))
    for sp in rec["spans"]:
        v = text[sp["start"]:sp["end"]]
        if sp["type"] in ("card", "iban", "bsn"):
            digits = "".join(c for c in v if c.isalnum())
            if not any(c.isdigit() for c in v):
                digits = decode_spoken_digits(v)
            elif any(w in v.lower() for w in ("vier", "quatre", "four", "zes", "nine", "negen")):
                digits = decode_spoken_digits(v)
            if sp["type"] == "card" and not luhn_ok(digits):
                raise CorpusError("%s: card fails Luhn: %r" % (rec["id"], v))
            if sp["type"] == "iban" and not iban_ok(digits):
                raise CorpusError("%s: IBAN fails mod-97: %r" % (rec["id"], v))
            if sp["type"] == "bsn" and not (bsn_ok(digits) or rrn_ok(digits)):
                raise CorpusError("%s: BSN/RRN fails check: %r" % (rec["id"], v))
    if rec["channel"] not in CHANNELS or rec["lang"] not in LANGS:
        raise CorpusError("%s: bad channel/lang" % rec["id"])
    want = "public" if rec["channel"] in PUBLIC else "private"
    if rec["visibility"] != want:
        raise CorpusError("%s: visibility" % rec["id"])
