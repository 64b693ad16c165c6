"""Message composition: chat, e-mail, public post, agent reply."""
import re

import core
from core import Msg

CHANNEL_W = [('email', 25), ('agent_reply', 10), ('x_public', 5), ('facebook_comment', 5), ('instagram_comment', 3),
             ('whatsapp', 24), ('messenger', 9), ('telegram', 5), ('instagram_dm', 7), ('x_dm', 7)]
PUBLIC = {'x_public', 'facebook_comment', 'instagram_comment'}
LANG_W = [('nl', 30), ('nl-be', 15), ('fr-be', 20), ('en-gb', 18), ('en-us', 17)]

GROUP_W = {'password': 12, 'pin': 8, 'otp': 9, 'username': 6, 'puk': 4, 'wifi_key': 5, 'api_key': 6, 'token': 4,
           'card': 6, 'iban': 7, 'bsn': 3, 'email': 4, 'phone': 4, 'address': 3, 'date_of_birth': 2,
           'ip_address': 3, 'customer_number': 5, 'none': 14}
EMOJI = ['🙏', '😩', '🤦‍♂️', '👍', '😅', '🙈', '😤', '!!', '🤷‍♀️', '😡', '🥲', '✌️', '😬', '👌']

AGENT_SECTOR = {'pin': ['telco', 'pay'], 'puk': ['telco'], 'wifi_key': ['telco'], 'otp': ['bank', 'pay', 'acct', 'telco'],
                'api_key': ['pay', 'shopplat'], 'card': ['pay', 'bank', 'telco'], 'iban': ['bank', 'energy', 'telco', 'pay'],
                'customer_number': ['energy', 'telco'], 'address': ['pay', 'telco'], 'phone': ['telco', 'energy', 'bank'],
                'email': ['acct', 'energy', 'telco'], 'username': ['acct', 'shopplat', 'bank', 'pay'],
                'password': ['acct', 'shopplat', 'bank', 'pay', 'telco']}

SECOND_SEP = {'nl': ['\n', ' ', '\nen ', '\n\n', '\nps ', '\nOh en '],
              'nl-be': ['\n', ' ', '\nen ', '\nps ', '\nallee en ', '\n\n'],
              'fr-be': ['\n', ' ', '\n\n', '\net aussi ', '\nps ', '\nautre chose : '],
              'en': ['\n', ' ', '\n\n', '\nalso ', '\nps ', '\noh and ']}

MODKEYS = ('CHAT_OPEN', 'CHAT_CLOSE', 'CHAT', 'CTX', 'EMAIL_OPEN', 'EMAIL_INTRO', 'EMAIL_FRAG', 'EMAIL_ASK',
           'EMAIL_CLOSE', 'SIG', 'QUOTE_HDR', 'QUOTED', 'FWD_HDR', 'AGENT_OPEN', 'AGENT', 'AGENT_CLOSE', 'PUBLIC')


def deal_lang(dealer, code, mod, seen):
    """Deal every template group of one language module; returns (dev, heldout) dicts of (tid, tpl).

    A template text already dealt (in any language or pool) is skipped, so that short frames such as
    "Hallo," never end up in both halves.
    """
    out = ({}, {})

    def fresh(items):
        keep = []
        for tid, t in items:
            if t not in seen:
                seen.add(t)
                keep.append((tid, t))
        return keep
    for key in MODKEYS:
        val = getattr(mod, key)
        if isinstance(val, dict):
            out[0][key], out[1][key] = {}, {}
            for g, lst in val.items():
                items = fresh([(f'{code}.{key}.{g}.{i}', t) for i, t in enumerate(lst)])
                a, b = dealer.deal(items)
                out[0][key][g], out[1][key][g] = a, b
        else:
            items = fresh([(f'{code}.{key}.{i}', t) for i, t in enumerate(val)])
            a, b = dealer.deal(items)
            out[0][key], out[1][key] = a, b
    return out


def wchoice(rng, pairs):
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


class Composer:
    def __init__(self, rng, gen, tpls):
        self.rng = rng
        self.g = gen
        self.T = tpls  # lang family code -> dealt dict for this half
        self.used = set()

    # ------------------------------------------------------------------
    def fam_code(self, lang):
        return 'en' if lang.startswith('en') else lang

    KIND_TAGS = ('shop', 'food', 'salon', 'freelance', 'club', 'dental', 'landlord')

    @staticmethod
    def split_tags(tpl):
        tags = []
        while tpl.startswith('<'):
            m = re.match(r'<([a-z]+)>', tpl)
            if not m:
                break
            tags.append(m.group(1))
            tpl = tpl[m.end():]
        return tags, tpl

    def _ok(self, tpl, lang, kind=None):
        tags, _ = self.split_tags(tpl)
        for t in tags:
            if t in ('gb', 'us') and lang != 'en-' + t:
                return False
            if kind is not None and t in self.KIND_TAGS and t != kind:
                return False
        return True

    def pick(self, lang, key, group=None, reuse=True):
        pool = self.T[self.fam_code(lang)][key]
        if group is not None:
            pool = pool.get(group, [])
        kind = self.g.ctx.get('kind')
        cand = [p for p in pool if self._ok(p[1], lang, kind)]
        if not cand:
            cand = [p for p in pool if self._ok(p[1], lang)]
        if not cand:
            return None
        fresh = [p for p in cand if p[0] not in self.used]
        if not fresh and not reuse:
            return None
        tid, tpl = self.rng.choice(fresh or cand)
        self.used.add(tid)
        return tid, self.split_tags(tpl)[1]

    def put(self, msg, lang, key, group=None, reuse=True):
        p = self.pick(lang, key, group, reuse)
        if p is None:
            return False
        self.g.render(msg, p[1], p[0])
        return True

    def groups(self, lang, key):
        return list(self.T[self.fam_code(lang)][key].keys())

    def choose_group(self, lang, key, exclude=()):
        avail = [g for g in self.groups(lang, key) if g not in exclude and self.pick_ok(lang, key, g)]
        w = []
        for g in avail:
            x = GROUP_W.get(g, 5)
            if lang == 'en-us' and g in ('iban', 'bsn'):
                x = max(1, x // 3)
            if lang == 'en-gb' and g == 'bsn':
                x = 1
            w.append(x)
        return self.rng.choices(avail, w)[0]

    def pick_ok(self, lang, key, g):
        pool = self.T[self.fam_code(lang)][key].get(g, [])
        return any(self._ok(t, lang) for _, t in pool)

    def reset(self):
        self.used = set()

    def persona(self, lang, groups):
        region = None
        if lang.startswith('en') and ('bsn' in groups or (lang == 'en-us' and 'iban' in groups)):
            region = self.rng.choice(['nl', 'nl', 'be_nl', 'be_fr'])
        self.g.new_persona(lang, region=region)

    # ------------------------------------------------------------------
    def style(self, channel):
        r = self.rng
        if channel == 'email':
            st = wchoice(r, [('formal', 86), ('lower', 4), ('nopunct', 6), ('plain', 4)])
            typos = 1 if r.random() < 0.25 else 0
        elif channel == 'agent_reply':
            st = 'formal'
            typos = 1 if r.random() < 0.1 else 0
        elif channel in PUBLIC:
            st = wchoice(r, [('plain', 40), ('lower', 28), ('nopunct', 22), ('caps', 10)])
            typos = r.choice([0, 0, 1, 2])
        else:
            st = wchoice(r, [('formal', 22), ('plain', 30), ('lower', 22), ('nopunct', 22), ('caps', 4)])
            typos = r.choice([0, 0, 0, 1, 1, 2])
        return st, typos

    def sep(self):
        return self.rng.choice([' ', ' ', '\n', ' ', '. ' if self.rng.random() < 0.2 else ' '])

    # ------------------------------------------------------------------
    def chat(self, lang, channel):
        r = self.rng
        g = self.choose_group(lang, 'CHAT')
        second = None
        if g != 'none' and r.random() < 0.14:
            second = self.choose_group(lang, 'CHAT', exclude=(g, 'none'))
        self.persona(lang, [g, second])
        m = Msg()
        if r.random() < 0.45:
            self.put(m, lang, 'CHAT_OPEN')
            m.lit(r.choice([' ', '\n', ' ', '! ']) if r.random() < 0.3 else r.choice([' ', '\n']))
        ctx_before = r.random() < 0.1
        if ctx_before:
            self.put(m, lang, 'CTX')
            m.lit(self.sep())
        self.put(m, lang, 'CHAT', g)
        if second:
            m.lit(r.choice(SECOND_SEP[self.fam_code(lang)]))
            self.put(m, lang, 'CHAT', second)
        if not ctx_before and r.random() < 0.22:
            m.lit(self.sep())
            self.put(m, lang, 'CTX')
        if r.random() < 0.3:
            m.lit(r.choice([' ', '\n', ' ']))
            self.put(m, lang, 'CHAT_CLOSE')
        st, typos = self.style(channel)
        if r.random() < 0.2:
            m.lit(r.choice([' ', '', ' ']) + r.choice(EMOJI))
        core.apply_style(r, m, st, self.g.ctx['fam'], typos, autocorrect=r.random() < 0.08)
        return m

    def public(self, lang, channel):
        r = self.rng
        g = self.choose_group(lang, 'PUBLIC')
        self.persona(lang, [g])
        m = Msg()
        self.put(m, lang, 'PUBLIC', g)
        if r.random() < 0.3:
            m.lit(' ')
            self.g.render(m, '{#hashtag}', f'{self.fam_code(lang)}.PUBLIC.tag')
        if r.random() < 0.2:
            m.lit(' ' + r.choice(EMOJI))
        st, typos = self.style(channel)
        core.apply_style(r, m, st, self.g.ctx['fam'], typos)
        return m

    def agent(self, lang, channel):
        r = self.rng
        g = self.choose_group(lang, 'AGENT')
        self.persona(lang, [g])
        # the agent speaks for the provider that fits the topic
        sector = r.choice(AGENT_SECTOR.get(g, ['telco', 'bank', 'energy', 'shopplat', 'acct', 'pay']))
        b = self.g.ctx[sector]
        self.g.ctx['mention_brand'] = b if isinstance(b, str) else b[0]
        m = Msg()
        if g != 'macro' and r.random() < 0.75:
            self.put(m, lang, 'AGENT_OPEN')
            m.lit(r.choice([' ', '\n\n', '\n']))
        self.put(m, lang, 'AGENT', g)
        if g != 'macro' and r.random() < 0.7:
            m.lit(r.choice([' ', '\n\n', '\n']))
            self.put(m, lang, 'AGENT_CLOSE')
        st, typos = self.style(channel)
        core.apply_style(r, m, st, self.g.ctx['fam'], typos)
        return m

    def email(self, lang, channel):
        r = self.rng
        n = r.choices([1, 2, 3], [50, 35, 15])[0]
        gs = []
        for _ in range(n):
            g = self.choose_group(lang, 'EMAIL_FRAG', exclude=tuple(gs))
            gs.append(g)
        self.persona(lang, gs)
        head = Msg()
        if r.random() < 0.12:
            # a forwarded mail: customer forwards something with a note on top
            self.put(head, lang, 'FWD_HDR')
            head.lit('\n\n')
        self.put(head, lang, 'EMAIL_OPEN')
        head.lit('\n\n')
        intro = Msg()
        self.put(intro, lang, 'EMAIL_INTRO')
        body = Msg()
        for g in gs:
            body.lit(r.choice(['\n\n', ' ', '\n\n', '\n']))
            self.put(body, lang, 'EMAIL_FRAG', g)
        ask = Msg()
        ask.lit('\n\n')
        self.put(ask, lang, 'EMAIL_ASK')
        tail = Msg()
        tail.lit('\n\n')
        self.put(tail, lang, 'EMAIL_CLOSE')
        tail.lit('\n')
        self.put(tail, lang, 'SIG')
        parts = [head, intro, body, ask, tail]
        total = sum(p.length() for p in parts)
        extra = 0
        want = 520 if r.random() < 0.7 else r.choice([800, 1000, 1200])
        while total < want and extra < 4:
            x = Msg()
            x.lit(r.choice([' ', '\n\n']))
            ok = self.put(x, lang, 'EMAIL_INTRO', reuse=False) if r.random() < 0.5 else \
                self.put(x, lang, 'EMAIL_FRAG', 'none', reuse=False)
            extra += 1
            if not ok:
                continue
            intro.segs.extend(x.segs)
            total += x.length()
        m = Msg()
        for p in parts:
            m.segs.extend(p.segs)
        st, typos = self.style(channel)
        core.apply_style(r, m, st, self.g.ctx['fam'], typos)
        if total < 1500 and r.random() < 0.5:
            q = Msg()
            self.put(q, lang, 'QUOTED')
            qt, qs, qn = q.finalize()
            if r.random() < 0.8:
                qt, qs, qn = core.quote_block(qt, qs, qn)
            hdr = Msg()
            hdr.lit('\n\n')
            self.put(hdr, lang, 'QUOTE_HDR')
            hdr.lit('\n')
            m.segs.extend(hdr.segs)
            m.block(qt, qs, qn)
        return m

    # ------------------------------------------------------------------
    def message(self, lang, channel):
        self.reset()
        self.g.ctx = {}
        if channel == 'email':
            return self.email(lang, channel)
        if channel == 'agent_reply':
            return self.agent(lang, channel)
        if channel in PUBLIC:
            return self.public(lang, channel)
        return self.chat(lang, channel)
