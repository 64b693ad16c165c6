"""Core of the blind31 generator: checksums, value generators, template renderer."""
import re
import string
import unicodedata

import pools

HIGH = ['password', 'pin', 'puk', 'otp', 'wifi_key', 'username', 'api_key', 'token', 'card', 'cvv', 'iban', 'bsn']
PERSONAL = ['card_expiry', 'email', 'phone', 'address', 'date_of_birth', 'ip_address', 'customer_number']
SPAN_TYPES = HIGH + PERSONAL
NEG_KINDS = ['amount', 'company_phone', 'company_registration', 'date', 'time', 'year', 'error_code',
             'flight_number', 'hashtag', 'mention', 'invoice_number', 'order_number', 'ticket_number',
             'tracking_number', 'request_id', 'meter_reading', 'model_number', 'product_code',
             'version_string', 'percentage', 'quantity', 'url', 'masked_value', 'port', 'checksum']

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
LOWER_NUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'


# ==========================================================================
# checksums
# ==========================================================================
def luhn_ok(digits):
    d = [int(c) for c in digits]
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + ''.join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def _iban_num(s):
    return int(''.join(str(int(ch, 36)) for ch in s))


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def iban_ok(text):
    s = re.sub(r'[\s\-]', '', text).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def bsn_ok(digits):
    if len(digits) != 9:
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * k for c, k in zip(digits, w)) % 11 == 0


def rrn_ok(digits):
    if len(digits) != 11:
        return False
    base, chk = int(digits[:9]), int(digits[9:])
    return chk == 97 - base % 97 or chk == 97 - int('2' + digits[:9]) % 97


def ascii_fold(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


def slug(s):
    return re.sub(r'[^a-z0-9]', '', ascii_fold(s).lower())


def digs(rng, n):
    return ''.join(rng.choice(string.digits) for _ in range(n))


def rstr(rng, chars, n):
    return ''.join(rng.choice(chars) for _ in range(n))


# ==========================================================================
# dealing (split rule)
# ==========================================================================
class Dealer:
    """Deals lists alternately to half 0 (dev) and half 1 (heldout).

    The starting half flips from one group to the next so that groups of odd
    size do not all favour the same half.
    """

    def __init__(self):
        self.flip = 0

    def deal(self, items):
        items = list(items)
        a = items[self.flip::2]
        b = items[1 - self.flip::2]
        self.flip = 1 - self.flip
        return a, b


def region_key(region):
    return 'be' if region.startswith('be') else region


class HalfPools:
    """Everything that must not cross halves, for one half."""

    def __init__(self, half, dealer_results):
        self.half = half
        for k, v in dealer_results.items():
            setattr(self, k, v[half])


def build_half_pools():
    d = Dealer()
    res = {}
    # names: one global assignment name -> half, so a name never crosses
    assign = {}

    def deal_names(dct):
        out = ({}, {})
        for reg, lst in dct.items():
            fresh = [n for n in lst if n not in assign]
            a, b = d.deal(fresh)
            for n in a:
                assign[n] = 0
            for n in b:
                assign[n] = 1
            out[0][reg] = [n for n in lst if assign[n] == 0]
            out[1][reg] = [n for n in lst if assign[n] == 1]
        return out
    res['first'] = deal_names(pools.FIRST)
    res['last'] = deal_names(pools.LAST)

    def deal_dict(dct):
        out = ({}, {})
        for k, lst in dct.items():
            a, b = d.deal(lst)
            out[0][k] = a
            out[1][k] = b
        return out
    res['streets'] = deal_dict(pools.STREETS)
    res['cities'] = deal_dict(pools.CITIES)
    res['pw_words'] = deal_dict(pools.PW_WORDS)
    res['telco'] = deal_dict(pools.TELCO)
    res['bank'] = deal_dict(pools.BANK)
    res['energy'] = deal_dict(pools.ENERGY)
    res['shopplat'] = deal_dict(pools.SHOPPLAT)
    res['acct'] = deal_dict(pools.ACCT)
    res['pay'] = deal_dict(pools.PAY)
    res['hashtags'] = deal_dict(pools.HASHTAGS)
    res['biz'] = ({}, {})
    for reg, kinds in pools.BIZ.items():
        a, b = deal_dict(kinds)
        res['biz'][0][reg], res['biz'][1][reg] = a, b
    for key, lst in (('terminals', pools.TERMINALS), ('routers', pools.ROUTERS), ('phones', pools.PHONES),
                     ('printers', pools.PRINTERS)):
        a, b = d.deal(lst)
        res[key] = ([m for _, ms in a for m in ms], [m for _, ms in b for m in ms])
    res['mail_domains'] = d.deal(pools.MAIL_DOMAINS)
    res['ssid_words'] = d.deal(pools.SSIDS_WORDS)
    res['debit'] = d.deal(pools.DEBIT)
    return HalfPools(0, res), HalfPools(1, res), d


# ==========================================================================
# message builder
# ==========================================================================
class Msg:
    def __init__(self):
        self.segs = []  # [text, kind, label, tid]; kind: lit, fill, span, neg, block

    def lit(self, s):
        if s:
            self.segs.append([s, 'lit', None, None])

    def fill(self, s):
        self.segs.append([s, 'fill', None, None])

    def span(self, s, typ, tid):
        assert typ in SPAN_TYPES, typ
        self.segs.append([s, 'span', typ, tid])

    def neg(self, s, kind, tid):
        assert kind in NEG_KINDS, kind
        self.segs.append([s, 'neg', kind, tid])

    def block(self, text, spans, negs):
        self.segs.append([text, 'block', (spans, negs), None])

    def length(self):
        return sum(len(s[0]) for s in self.segs)

    def finalize(self):
        text = []
        spans, negs = [], []
        pos = 0
        for s, kind, label, tid in self.segs:
            if kind == 'span':
                spans.append({'type': label, 'start': pos, 'end': pos + len(s), 'tid': tid})
            elif kind == 'neg':
                negs.append({'kind': label, 'start': pos, 'end': pos + len(s), 'tid': tid})
            elif kind == 'block':
                for sp in label[0]:
                    spans.append(dict(sp, start=sp['start'] + pos, end=sp['end'] + pos))
                for ng in label[1]:
                    negs.append(dict(ng, start=ng['start'] + pos, end=ng['end'] + pos))
            text.append(s)
            pos += len(s)
        return ''.join(text), spans, negs


def quote_block(text, spans, negs, prefix='> '):
    """Prefix every line with `prefix`, shifting offsets."""
    lines = text.split('\n')
    out = []
    starts = []  # original start offset of each line
    o = 0
    for ln in lines:
        starts.append(o)
        o += len(ln) + 1

    for ln in lines:
        out.append((prefix + ln) if ln else prefix.rstrip())
    # empty lines get a shorter prefix; recompute with exact per-line prefixes
    new_text = '\n'.join(out)
    pref_len = [len(prefix) if ln else len(prefix.rstrip()) for ln in lines]

    def shift2(i, is_end=False):
        acc = 0
        for st, pl in zip(starts, pref_len):
            if st < i or (st == i and not is_end):
                acc += pl
            else:
                break
        return i + acc
    ns = [dict(s, start=shift2(s['start']), end=shift2(s['end'], True)) for s in spans]
    nn = [dict(s, start=shift2(s['start']), end=shift2(s['end'], True)) for s in negs]
    return new_text, ns, nn


# ==========================================================================
# style noise applied to literal text only
# ==========================================================================
AUTOCORRECT = {
    'nl': {'wachtwoord': ['wacht woord', 'wachtwoorden', 'Wachtwoord'], 'pincode': ['pin code', 'pincoden'],
           'gebruikersnaam': ['gebruikers naam', 'gebruikersnamen'], 'inloggen': ['in loggen', 'inlogen'],
           'terminal': ['terminale'], 'code': ['Code', 'cide'], 'factuur': ['facturen'], 'sleutel': ['slurtel']},
    'fr': {'mot de passe': ['mot de passé', 'mot de pass'], 'code': ['côte', 'Code'], 'identifiant': ['identifiants'],
           'facture': ['factures'], 'terminal': ['terminale'], 'merci': ['Merci', 'mercu']},
    'en': {'password': ['pass word', 'passport'], 'code': ['cod', 'Code'], 'username': ['user name', 'usernames'],
           'account': ['accout'], 'terminal': ['terminals'], 'invoice': ['invoices'], 'thanks': ['thank', 'thx']},
}
KEYB_NEAR = {'a': 'sq', 'e': 'wr', 'i': 'uo', 'o': 'ip', 'n': 'bm', 't': 'ry', 's': 'ad', 'r': 'et', 'l': 'k',
             'd': 'sf', 'm': 'n', 'c': 'xv', 'u': 'yi', 'k': 'jl', 'g': 'fh', 'w': 'qe', 'p': 'o'}


def typo_word(rng, w):
    if len(w) < 4:
        return w
    op = rng.randrange(4)
    i = rng.randrange(1, len(w) - 1)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYB_NEAR:
        return w[:i] + rng.choice(KEYB_NEAR[c]) + w[i + 1:]
    return w[:i] + w[i + 1:]


def apply_style(rng, msg, style, fam, n_typos=0, autocorrect=False):
    segs = [s for s in msg.segs if s[1] in ('lit', 'fill')]
    for s in segs:
        t = s[0]
        if style == 'lower':
            t = t.lower()
        elif style == 'caps':
            t = t.upper()
        elif style == 'nopunct':
            t = re.sub(r'[.,;!](?=\s|$)', '', t)
            t = t.lower() if rng.random() < 0.5 else t
        s[0] = t
    lits = [s for s in msg.segs if s[1] == 'lit']
    if autocorrect and lits:
        for s in lits:
            done = False
            for k, reps in AUTOCORRECT.get(fam, {}).items():
                if k in s[0] and rng.random() < 0.5:
                    s[0] = s[0].replace(k, rng.choice(reps), 1)
                    done = True
                    break
            if done:
                break
    if n_typos and lits:
        cands = []
        for si, s in enumerate(lits):
            for m in re.finditer(r'[A-Za-zéèàç]{4,}', s[0]):
                cands.append((si, m.start(), m.end()))
        rng.shuffle(cands)
        used = set()
        for si, a, b in cands[:n_typos]:
            if si in used:
                continue
            used.add(si)
            t = lits[si][0]
            lits[si][0] = t[:a] + typo_word(rng, t[a:b]) + t[b:]
