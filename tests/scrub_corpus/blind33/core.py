"""Value generators, template renderer and self-check for the blind33 corpus (stdlib only)."""
import re
import string

SPELL = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def spell_digits(rng, digits, lang):
    words = SPELL[fam(lang)]
    out = [words[int(d)] if d.isdigit() else d for d in digits]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(out)


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return country + "%02d" % (98 - n % 97) + bban


def bsn_ok(digits):
    if len(digits) != 9:
        return False
    s = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return s % 11 == 0


def rrn_ok(digits):
    if len(digits) != 11:
        return False
    base, chk = digits[:9], int(digits[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


def natid_ok(text):
    d = re.sub(r"\D", "", text)
    return bsn_ok(d) or rrn_ok(d)


# ---------------------------------------------------------------- helpers
def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def a_date(rng, lang, y0, y1, style=None):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    f = fam(lang)
    style = style if style is not None else rng.randint(0, 4)
    if lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                "%s %d %d" % (MONTHS["en"][m - 1][:3], d, y), "%d-%02d-%02d" % (y, m, d)]
    elif f == "en":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MONTHS["en"][m - 1], y),
                "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)]
    elif f == "fr":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y), "%02d-%02d-%d" % (d, m, y),
                "%02d.%02d.%d" % (d, m, y), "%d/%d/%s" % (d, m, str(y)[2:])]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y), "%02d/%02d/%d" % (d, m, y),
                "%d-%d-%s" % (d, m, str(y)[2:]), "%02d.%02d.%d" % (d, m, y)]
    return opts[style % len(opts)]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
