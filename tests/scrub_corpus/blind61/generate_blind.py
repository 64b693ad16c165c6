#!/usr/bin/env python3
"""Blind labelled webcare corpus b61: hacked / hijacked / locked-out accounts and recovery.
Usage: python3 generate_blind.py --seed 20261259"""
import argparse, json, random, re, string, collections, os
import values as V
from pools import Pools
import tpl_nl, tpl_be, tpl_en, tpl_paste, tpl_pairs

PREFIX = 'b61'
N_PER_HALF = 950
ALL_GROUPS = tpl_nl.GROUPS + tpl_be.GROUPS + tpl_en.GROUPS + tpl_paste.GROUPS + tpl_pairs.GROUPS

LABEL_ALIAS = {'password': 'password', 'pin': 'pin', 'puk': 'puk', 'otp': 'otp', 'otpw': 'otp', 'backup': 'otp', 'wifi': 'wifi_key',
               'user': 'username', 'apikey': 'api_key', 'token': 'token', 'card': 'card', 'cvv': 'cvv', 'iban': 'iban', 'bsn': 'bsn',
               'email': 'email', 'phone': 'phone', 'address': 'address', 'dob': 'date_of_birth', 'cust': 'customer_number',
               'exp': 'card_expiry', 'ip': 'ip_address'}
NEG_ALIAS = {'ticket': 'ticket_number', 'date': 'date', 'time': 'time', 'amount': 'amount', 'qty': 'quantity', 'pct': 'percentage',
             'year': 'year', 'order': 'order_number', 'invoice': 'invoice_number', 'tracking': 'tracking_number', 'reqid': 'request_id',
             'error': 'error_code', 'version': 'version_string', 'model': 'model_number', 'product': 'product_code',
             'flight': 'flight_number', 'cphone': 'company_phone', 'kvk': 'company_registration', 'masked': 'masked_value',
             'meter': 'meter_reading', 'port': 'port', 'checksum': 'checksum', 'url': 'url', 'mention': 'mention', 'hashtag': 'hashtag'}
LOCAL = {}
for _reg, _bs in (('nl', 'Ziggo Mail,KPN Mail,Videoland,NPO Plus,bol,Coolblue,Marktplaats,Wehkamp,ING,Rabobank,ABN AMRO,bunq,Knab,KPN,Odido,Ben,Lebara'),
                  ('be', 'Telenet mail,Skynet mail,Streamz,2dehands,KBC,Belfius,BNP Paribas Fortis,Argenta,Crelan,Proximus,Orange,Telenet,Base,Mobile Vikings'),
                  ('gb', 'Monzo,Barclays,EE,O2'), ('us', 'Chase,Verizon,T-Mobile')):
    for _b in _bs.split(','):
        LOCAL[_b] = _reg
SLOT = re.compile(r'\{([~@]?)([a-z_]+?)(\d*)\}')
PRIVATE = ['x_dm', 'instagram_dm', 'messenger', 'whatsapp', 'telegram']
PUBLIC = ['x_public', 'facebook_comment', 'instagram_comment']


class Msg:
    def __init__(self, rng, pools, lang):
        self.rng, self.P, self.lang = rng, pools, lang
        self.first = rng.choice(pools.first[lang])
        self.last = rng.choice(pools.last[lang])
        self.vals = {}
        self.brand = None
        self.nrender = 0
        self.tpl_used = collections.defaultdict(set)

    def address(self):
        r, P, lang = self.rng, self.P, self.lang
        st = r.choice(P.street[lang]); pc, city = r.choice(P.city[lang]); n = r.randint(1, 240)
        if lang == 'nl':
            pcf = pc + r.choice([' ', '']) + r.choice(string.ascii_uppercase) + r.choice('ABCDEFGHJKLMNPRSTVWXZ')
            return r.choice(['%s %d, %s %s' % (st, n, pcf, city), '%s %d%s %s %s' % (st, n, r.choice(['', 'a', '-2', ' III']), pcf, city.upper()), '%s %d, %s' % (st, n, city)])
        if lang in ('nl-be', 'fr-be'):
            bus = r.choice(['', '', ' bus %d' % r.randint(1, 12) if lang == 'nl-be' else ' bte %d' % r.randint(1, 12)])
            return r.choice(['%s %d%s, %s %s' % (st, n, bus, pc, city), '%s %d%s %s %s' % (st, n, bus, pc, city)])
        if lang == 'en-gb':
            return r.choice(['%d %s, %s %s' % (n, st, city, pc), 'Flat %d, %d %s, %s, %s' % (r.randint(1, 9), n, st, city, pc), '%d %s, %s' % (n, st, pc)])
        return r.choice(['%d %s, %s %s' % (n, st, city, pc), '%d %s Apt %d%s, %s %s' % (n, st, r.randint(1, 12), r.choice('ABC'), city, pc)])

    def value(self, name, key):
        if key in self.vals:
            return self.vals[key]
        r, lang = self.rng, self.lang
        while True:
            if name == 'user':
                v = V.username(r, lang, self.first.split('-')[0], self.last)
            elif name == 'email':
                v = V.email(r, lang, self.first.replace('é', 'e').replace('ï', 'i').replace('è', 'e').split('-')[0], self.last.replace('ç', 'c'))
            elif name == 'address':
                v = self.address()
            elif name == 'otpw':
                v = V.otp_words(r, lang)
            elif name == 'backup':
                v = V.backup(r, lang)
            elif name in LABEL_ALIAS:
                v = V.LAB[LABEL_ALIAS[name]](r, lang)
            elif name == 'url':
                v = r.choice(self.P.url)
            elif name == 'mention':
                v = r.choice(self.P.mention)
            elif name == 'hashtag':
                v = r.choice(self.P.hashtag)
            else:
                v = V.NEG[NEG_ALIAS[name]](r, lang)
            if v not in self.vals.values():
                break
        self.vals[key] = v
        return v

    def filler(self, name):
        r, P = self.rng, self.P
        if name == 'name':
            return self.first
        if name == 'fullname':
            return self.first + ' ' + self.last
        if name == 'agent':
            return self.vals.setdefault('@agent', r.choice(P.agent))
        if name == 'brand':
            return self.brand or self.vals.setdefault('@brand', r.choice(P.brand[r.choice(list(P.brand))]))
        if name in P.brand:
            reg = 'nl' if self.lang == 'nl' else ('be' if self.lang.endswith('be') else self.lang[-2:])
            opts = [b for b in P.brand[name] if LOCAL.get(b, reg) == reg] or P.brand[name]
            self.brand = self.vals.setdefault('@' + name, r.choice(opts))
            return self.brand
        if name == 'ssid':
            return r.choice(P.ssid)
        if name == 'city':
            return r.choice(P.city[self.lang])[1]
        if name == 'company':
            return r.choice(P.company[self.lang])
        raise KeyError(name)

    def render(self, tpl, tid):
        """Return list of pieces (text, kind, cat) with kind in None/'span'/'neg'."""
        self.nrender += 1
        out, pos = [], 0
        for m in SLOT.finditer(tpl):
            if m.start() > pos:
                out.append((tpl[pos:m.start()], None, None))
            pre, name, num = m.groups()
            if pre == '@':
                out.append((self.filler(name), None, None))
            elif pre == '~':
                out.append((self.value(name, '~%s%s@%d' % (name, num, self.nrender)), 'neg', NEG_ALIAS[name]))
            else:
                t = LABEL_ALIAS[name]
                out.append((self.value(name, name + num), 'span', t))
                self.tpl_used[t].add(tid)
            pos = m.end()
        if pos < len(tpl):
            out.append((tpl[pos:], None, None))
        return out


def typo(rng, s):
    words = [m for m in re.finditer(r'[A-Za-zéèà]{4,}', s)]
    if not words:
        return s
    w = rng.choice(words); a, b = w.span(); t = s[a:b]; i = rng.randrange(1, len(t) - 1)
    op = rng.randrange(4)
    if op == 0:
        t = t[:i] + t[i + 1] + t[i] + t[i + 2:]
    elif op == 1:
        t = t[:i] + t[i + 1:]
    elif op == 2:
        t = t[:i] + t[i] + t[i:]
    else:
        t = t.lower()
    return s[:a] + t + s[b:]


def assemble(rng, pieces, typo_p):
    lit_idx = [i for i, p in enumerate(pieces) if p[1] is None and re.search(r'[A-Za-z]{4,}', p[0])]
    pieces = list(pieces)
    if lit_idx and rng.random() < typo_p:
        for _ in range(rng.choice([1, 1, 2])):
            i = rng.choice(lit_idx)
            pieces[i] = (typo(rng, pieces[i][0]),) + pieces[i][1:]
    text, spans, negs = '', [], []
    for t, k, c in pieces:
        if k == 'span':
            spans.append({'type': c, 'start': len(text), 'end': len(text) + len(t)})
        elif k == 'neg':
            negs.append({'kind': c, 'start': len(text), 'end': len(text) + len(t)})
        text += t
    return text, spans, negs


def quote(pieces):
    out = [('> ', None, None)]
    for t, k, c in pieces:
        out.append((t.replace('\n', '\n> '), k, c) if k is None else (t, k, c))
    return out


def lit(s):
    return [(s, None, None)]


class Gen:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.P = Pools(half)
        self.T = collections.defaultdict(list)  # (lang, kind) -> [(tid, tpl)]
        self.G = collections.defaultdict(list)  # (lang, kind, group) -> [(tid, tpl)]
        for gname, langs, kind, members in ALL_GROUPS:
            for i, t in enumerate(members):
                if i % 2 == half:
                    for lg in langs:
                        self.T[(lg, kind)].append(('%s#%d' % (gname, i), t))
                        self.G[(lg, kind, gname)].append(('%s#%d' % (gname, i), t))
        self.tcount = collections.defaultdict(set)

    def pick(self, m, kind, k=1):
        opts = self.T[(m.lang, kind)]
        ch = [self.rng.choice(opts)]
        same = self.G[(m.lang, kind, ch[0][0].split('#')[0])]
        while len(ch) < k:
            c = self.rng.choice(same if self.rng.random() < .7 else opts)
            if c not in ch:
                ch.append(c)
        res = []
        for tid, t in ch:
            res.append(m.render(t, tid))
        return res

    def make(self, idx):
        r = self.rng
        lang = r.choices(['nl', 'nl-be', 'fr-be', 'en-gb', 'en-us'], [2, 1, 1, 1, 1])[0]
        ch = r.choices(['email', 'agent_reply', 'public', 'private'], [30, 15, 20, 35])[0]
        m = Msg(r, self.P, lang)
        if ch == 'email':
            pieces = []
            if r.random() < .5:
                pieces += self.pick(m, 'subj')[0] + lit('\n\n')
            pieces += self.pick(m, 'greet')[0] + lit('\n\n')
            for j, b in enumerate(self.pick(m, 'chat', r.choice([3, 3, 4, 5]))):
                pieces += b + lit(r.choice(['\n\n', '\n', ' ']) if j else '\n\n')
            if pieces[-1][1] is None and pieces[-1][0].strip() == '':
                pieces = pieces[:-1]
            pieces += lit('\n\n')
            pieces += self.pick(m, 'sign')[0]
            if r.random() < .65:
                pieces += lit('\n\n') + self.pick(m, 'quote')[0] + lit('\n') + quote(self.pick(m, 'agent')[0] + lit('\n\n') + (self.pick(m, 'disc')[0] if r.random() < .5 else []))
            elif r.random() < .3:
                pieces += lit('\n\n--\n') + self.pick(m, 'disc')[0]
            channel = 'email'
        elif ch == 'agent_reply':
            pieces = self.pick(m, 'agent')[0]
            channel = 'agent_reply'
        elif ch == 'public':
            pieces = self.pick(m, 'public')[0]
            if r.random() < .25:
                pieces += lit(r.choice([' ', '\n', '\n\n', ' .. '])) + self.pick(m, 'chat')[0]
            channel = r.choice(PUBLIC)
        else:
            bs = self.pick(m, 'chat', r.choice([1, 1, 2]))
            pieces = []
            for j, b in enumerate(bs):
                pieces += (lit(r.choice(['\n', ' ', '\n\n'])) if j else []) + b
            channel = r.choice(PRIVATE)
        text, spans, negs = assemble(r, pieces, .15 if channel == 'agent_reply' else .4)
        for t, s in m.tpl_used.items():
            self.tcount[t] |= s
        return {'id': '%s-%s-%05d' % (PREFIX, ['dev', 'heldout'][self.half], idx), 'channel': channel, 'lang': lang,
                'visibility': 'public' if channel in PUBLIC else 'private', 'text': text, 'spans': spans, 'negatives': negs}


def check(msg):
    t = msg['text']
    iv = []
    for s in msg['spans'] + msg['negatives']:
        a, b = s['start'], s['end']
        assert 0 <= a < b <= len(t), (msg['id'], s)
        v = t[a:b]
        assert v == v.strip() and v[-1] not in ',;:' and v[0] not in ',;:', (msg['id'], v)
        iv.append((a, b, s))
    iv.sort(key=lambda x: x[0])
    for (a1, b1, s1), (a2, b2, s2) in zip(iv, iv[1:]):
        assert b1 <= a2, ('overlap', msg['id'], s1, s2)
    for s in msg['spans']:
        v = t[s['start']:s['end']]
        d = ''.join(c for c in v if c.isdigit())
        if s['type'] == 'card':
            assert V.luhn_ok(v) and len(d) in (15, 16), (msg['id'], v)
        if s['type'] == 'iban':
            assert V.iban_ok(v), (msg['id'], v)
        if s['type'] == 'bsn':
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.rrn_ok(v)), (msg['id'], v)
    assert msg['visibility'] == ('public' if msg['channel'] in PUBLIC else 'private')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261259)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = []
    for half, name in ((0, 'dev'), (1, 'heldout')):
        g = Gen(a.seed, half)
        msgs = [g.make(i) for i in range(N_PER_HALF)]
        for mm in msgs:
            check(mm)
        with open(os.path.join(here, name + '.jsonl'), 'w', encoding='utf-8') as f:
            for mm in msgs:
                f.write(json.dumps(mm, ensure_ascii=False) + '\n')
        stats.append((name, msgs, g.tcount))
    import readme
    with open(os.path.join(here, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme.build(a.seed, stats))
    print('ok', [(n, len(m)) for n, m, _ in stats])


if __name__ == '__main__':
    main()
