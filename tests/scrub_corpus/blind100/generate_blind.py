#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind100). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261298
"""
import argparse
import collections
import json
import random
import re
import string

import values as V
import pools as PL
import tpl_nl
import tpl_fr
import tpl_en

PREFIX = 'b100'
N_PER_HALF = 950
HALVES = ['dev', 'heldout']

LANGS = ['nl', 'nl-be', 'fr-be', 'en-gb', 'en-us']
LANG_W = [0.333, 0.167, 0.167, 0.167, 0.166]
CHANNELS = ['email', 'agent_reply', 'x_public', 'facebook_comment', 'instagram_comment', 'x_dm', 'instagram_dm',
            'messenger', 'whatsapp', 'telegram']
CHANNEL_W = [0.29, 0.10, 0.08, 0.06, 0.04, 0.06, 0.05, 0.08, 0.16, 0.04]
PUBLIC = {'x_public', 'facebook_comment', 'instagram_comment'}
SECTORS = ['solar', 'uni', 'charity', 'alarm', 'car']

CHAT, PUB, AGENT, GREET, CLOSE, SIG, QUOTE, DISCL, SUBJ, STORY = {}, {}, {}, {}, {}, {}, {}, {}, {}, {}
for m in (tpl_nl, tpl_fr, tpl_en):
    CHAT.update(m.CHAT); PUB.update(m.PUBLIC); AGENT.update(m.AGENT); GREET.update(m.GREET); CLOSE.update(m.CLOSE)
    SIG.update(m.SIG); QUOTE.update(m.QUOTE); DISCL.update(m.DISCL); SUBJ.update(m.SUBJECT); STORY.update(m.STORY)

# form-style field labels (customer pastes a list); each label list is dealt alternately
FORM = {
    'nl': {'name': ['Naam', 'Naam rekeninghouder', 'naam', 'Volledige naam'], 'address': ['Adres', 'Straat + huisnr', 'Woonadres', 'adres'],
           'iban': ['IBAN', 'Rekeningnummer', 'Bankrekening', 'Rek.nr'], 'dob': ['Geboortedatum', 'Geb. datum', 'geboren', 'Geb.dat'],
           'phone': ['Telefoon', 'Tel.nr', 'Mobiel', '06'], 'email': ['E-mail', 'Mail', 'Emailadres', 'e-mail adres'],
           'cust': ['Klantnummer', 'Klantnr.', 'Relatienummer', 'Debiteurnummer'], 'bsn': ['BSN', 'Burgerservicenummer', 'bsn', 'Sofinummer']},
    'vl': {'name': ['Naam', 'Naam en voornaam'], 'address': ['Adres', 'Domicilie'], 'iban': ['Rekeningnummer', 'IBAN'],
           'dob': ['Geboortedatum', 'Geboren op'], 'phone': ['GSM', 'Telefoon'], 'email': ['E-mail', 'Mailadres'],
           'cust': ['Klantnummer', 'Klantennr'], 'bsn': ['Rijksregisternummer', 'Nr. identiteitskaart/RRN']},
    'fr': {'name': ['Nom', 'Nom et prénom'], 'address': ['Adresse', 'Domicile'], 'iban': ['N° de compte', 'IBAN'],
           'dob': ['Date de naissance', 'Né(e) le'], 'phone': ['GSM', 'Téléphone'], 'email': ['E-mail', 'Courriel'],
           'cust': ['N° client', 'Référence client'], 'bsn': ['Numéro national', 'N° registre national']},
    'en': {'name': ['Name', 'Full name', 'Account holder', 'name'], 'address': ['Address', 'Postal address', 'Home address', 'Addr'],
           'iban': ['IBAN', 'Bank account', 'Account (IBAN)', 'Bank'], 'dob': ['Date of birth', 'DOB', 'D.O.B.', 'Birthday'],
           'phone': ['Phone', 'Mobile', 'Contact number', 'Tel'], 'email': ['Email', 'E-mail address', 'Contact email', 'email'],
           'cust': ['Customer number', 'Account no.', 'Reference', 'Member ID'], 'bsn': ['BSN', 'Citizen service number', 'BSN (Dutch ID)', 'bsn nr']},
}
FORM_INTRO = {
    'nl': ["Hierbij mijn gegevens:", "Zoals gevraagd:", "Gegevens voor de wijziging:", "Hier is alles:"],
    'vl': ["Hierbij mijn gegevens:", "Zoals gevraagd:"],
    'fr': ["Voici mes coordonnées :", "Comme demandé :"],
    'en': ["Here are my details:", "As requested:", "Details below:", "Info you asked for:"],
}

SPAN_KEYS = {
    'password': 'password', 'pin': 'pin', 'alarmcode': 'pin', 'puk': 'puk', 'otp': 'otp', 'wifi': 'wifi_key',
    'user': 'username', 'apikey': 'api_key', 'awsid': 'api_key', 'awssecret': 'api_key', 'token': 'token', 'card': 'card',
    'cvv': 'cvv', 'iban': 'iban', 'bsn': 'bsn', 'rrn': 'bsn', 'email': 'email', 'phone': 'phone', 'address': 'address',
    'dob': 'date_of_birth', 'cust': 'customer_number', 'ean': 'customer_number', 'student': 'customer_number',
    'donor': 'customer_number', 'mandate': 'customer_number', 'contract': 'customer_number', 'policy': 'customer_number',
    'subscriber': 'customer_number', 'expiry': 'card_expiry', 'ip': 'ip_address',
}
NEG_KEYS = {
    'amount': 'amount', 'date': 'date', 'time': 'time', 'year': 'year', 'pct': 'percentage', 'qty': 'quantity',
    'order': 'order_number', 'ticket': 'ticket_number', 'invoice': 'invoice_number', 'tracking': 'tracking_number',
    'reqid': 'request_id', 'err': 'error_code', 'version': 'version_string', 'model': 'model_number',
    'product': 'product_code', 'flight': 'flight_number', 'cphone': 'company_phone', 'kvk': 'company_registration',
    'url': 'url', 'mention': 'mention', 'hashtag': 'hashtag', 'masked': 'masked_value', 'meter': 'meter_reading',
    'port': 'port', 'checksum': 'checksum', 'dur': 'quantity', 'km': 'quantity',
}
FILL_KEYS = {'name', 'first', 'last', 'city', 'brand', 'agent', 'ainit', 'ssid', 'plate', 'vin', 'car', 'app'}
TOKEN_RE = re.compile(r'\{\{([^{}]*)\}\}|\{([a-z]+)(\d*)\}')


def plate(r, loc):
    U = 'BDFGHJKLNPRSTVXZ'
    if loc == 'nl':
        return r.choice(['%s-%s-%s' % (V.alnum(r, 2, U), V.digits(r, 3), V.alnum(r, 1, U)), '%s-%s-%s' % (V.digits(r, 2), V.alnum(r, 3, U), V.digits(r, 1)),
                         '%s-%s-%s' % (V.alnum(r, 1, U), V.digits(r, 3), V.alnum(r, 2, U))])
    if loc == 'be':
        return '%d-%s-%s' % (r.randint(1, 2), V.alnum(r, 3, U), V.digits(r, 3))
    if loc == 'uk':
        return '%s%s %s' % (V.alnum(r, 2, U), V.digits(r, 2), V.alnum(r, 3, U))
    return '%s%s%s' % (V.digits(r, 1), V.alnum(r, 3, U), V.digits(r, 3))


def vin(r):
    return r.choice(['WVW', 'VF3', 'WBA', 'JTD', 'KNA', 'TMB', 'VF1', 'WF0', '5YJ', 'KMH']) + V.alnum(r, 14, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')


class Msg:
    def __init__(self, r, half, P, lang, sector, channel):
        self.r, self.half, self.P, self.lang, self.sector, self.channel = r, half, P, lang, sector, channel
        self.f = V.fam(lang)
        self.pk = {'nl': 'nl', 'nl-be': 'be', 'fr-be': 'fr', 'en-gb': 'uk', 'en-us': 'us'}[lang]
        self.loc = {'nl': 'nl', 'nl-be': 'be', 'fr-be': 'be', 'en-gb': 'uk', 'en-us': 'us'}[lang]
        self.first = r.choice(P['first'][self.pk])
        self.last = r.choice(P['last'][self.pk])
        self.agent = r.choice(P['agents'][self.pk])
        self.brand = PL.make_brand(r, P, sector, self.loc, lang)
        self.cache = {}
        self.segs = []  # (text, label_type|None, neg_kind|None, is_literal)
        self.tids = []  # template ids used
        self.ctx = {'loc': self.loc, 'sector': sector, 'brand': self.brand, 'P': P}
        self.dob = V.rand_dob(r)

    # ---------------------------------------------------------- values
    def value(self, base, full):
        r = self.r
        if full in self.cache and base not in ('hashtag',):
            return self.cache[full]
        if base in FILL_KEYS:
            v = {'name': lambda: self.first + ' ' + self.last, 'first': lambda: self.first, 'last': lambda: self.last,
                 'city': lambda: r.choice(self.P['cities'][self.pk])[1], 'brand': lambda: self.brand['name'],
                 'agent': lambda: self.agent, 'ainit': lambda: (self.agent[0] + r.choice(string.ascii_uppercase)),
                 'ssid': lambda: r.choice(self.P['ssids']), 'plate': lambda: plate(r, self.loc), 'vin': lambda: vin(r),
                 'car': lambda: r.choice(self.P['cars']), 'app': lambda: r.choice(self.P['apps'][self.sector])}[base]()
            out = (v, None, None)
        elif base in NEG_KEYS:
            out = (PL.neg(r, base, self.lang, self.ctx), None, NEG_KEYS[base])
        else:
            out = (self.span_value(base), SPAN_KEYS[base], None)
        self.cache[full] = out
        return out

    def span_value(self, base):
        r, loc = self.r, self.loc
        if base == 'password':
            return V.password(r)
        if base in ('pin', 'alarmcode'):
            return V.pin(r)
        if base == 'puk':
            return V.puk(r)
        if base == 'otp':
            return V.otp_words(r, self.lang) if r.random() < 0.12 else V.otp(r)
        if base == 'wifi':
            return V.wifi_key(r)
        if base == 'user':
            return V.username(r, self.first, self.last)
        if base == 'apikey':
            return V.api_key(r)
        if base == 'awsid':
            return V.api_key(r, 'awsid')
        if base == 'awssecret':
            return V.api_key(r, 'awssecret')
        if base == 'token':
            return V.token(r)
        if base == 'card':
            return V.card(r)[0]
        if base == 'cvv':
            return V.cvv(r)
        if base == 'expiry':
            return V.expiry(r)
        if base == 'iban':
            c = {'nl': 'nl', 'be': 'be', 'uk': 'gb', 'us': 'nl'}[loc]
            if r.random() < 0.1:
                c = r.choice(['de', 'fr', 'nl', 'be'])
            return V.iban(r, c)
        if base == 'bsn':
            return V.rrn(r, self.dob) if loc == 'be' else V.bsn(r)
        if base == 'rrn':
            return V.rrn(r, self.dob)
        if base == 'email':
            if self.sector == 'uni' and r.random() < 0.3:
                return V.student_email(r, self.first, self.last, 'student.' + self.brand['domain'])
            return V.email(r, loc, self.first, self.last)
        if base == 'phone':
            return V.phone(r, loc)
        if base == 'address':
            return V.address(r, loc, self.P['streets'][self.pk], self.P['cities'][self.pk])
        if base == 'dob':
            return V.fmt_date(r, self.dob, self.lang, dob=True)
        if base == 'ip':
            return V.ip(r)
        if base == 'ean':
            if loc in ('uk', 'us'):
                d = V.digits(r, 13, True)
                return r.choice([d, '%s %s %s %s' % (d[:2], d[2:6], d[6:10], d[10:])])
            return PL.customer_number(r, self.sector, 'ean', loc)
        if base == 'cust':
            kind = {'solar': r.choice(['generic', 'contract']), 'uni': 'student', 'charity': 'donor',
                    'alarm': r.choice(['subscriber', 'contract']), 'car': r.choice(['generic', 'contract'])}[self.sector]
            return PL.customer_number(r, self.sector, kind, loc)
        return PL.customer_number(r, self.sector, base, loc)

    # ---------------------------------------------------------- rendering
    def lit(self, s):
        if s:
            self.segs.append([s, None, None, True, None])

    def render(self, tpl, tid=None, prefix=None):
        if tid:
            self.tids.append(tid)
            self.cur = tid
        if prefix:
            tpl = prefix + tpl.replace('\n', '\n' + prefix)
        pos = 0
        for m in TOKEN_RE.finditer(tpl):
            self.lit(tpl[pos:m.start()])
            pos = m.end()
            if m.group(1) is not None:
                self.segs.append(['{' + m.group(1) + '}', None, None, False, None])
                continue
            base, n = m.group(2), m.group(3)
            v, lab, ng = self.value(base, base + n)
            self.segs.append([v, lab, ng, False, getattr(self, 'cur', None)])
        self.lit(tpl[pos:])

    def pick(self, lst, group):
        sub = lst[self.half::2]
        i = self.r.randrange(len(sub))
        return sub[i], '%s#%d' % (group, i * 2 + self.half)

    # ---------------------------------------------------------- typos / style
    def typo_pass(self):
        r = self.r
        lits = [s for s in self.segs if s[3] and re.search(r'[A-Za-zéè]{4,}', s[0])]
        if not lits or r.random() > 0.35:
            return
        for _ in range(r.randint(1, 2)):
            s = r.choice(lits)
            words = list(re.finditer(r'[A-Za-zéèëï]{4,}', s[0]))
            if not words:
                continue
            w = r.choice(words)
            t = w.group(0)
            i = r.randrange(1, len(t) - 1)
            op = r.random()
            if op < 0.35:
                t2 = t[:i] + t[i + 1] + t[i] + t[i + 2:]
            elif op < 0.65:
                t2 = t[:i] + t[i + 1:]
            elif op < 0.85:
                t2 = t[:i] + t[i] + t[i:]
            else:
                t2 = t[:i] + r.choice('qwertyuiopasdfghjklzxcvbnm') + t[i + 1:]
            s[0] = s[0][:w.start()] + t2 + s[0][w.end():]

    def style_pass(self):
        r = self.r
        if self.channel in ('whatsapp', 'x_dm', 'instagram_dm', 'messenger', 'telegram', 'x_public', 'instagram_comment') and r.random() < 0.15:
            for s in self.segs:
                if s[3]:
                    s[0] = s[0].lower()
        if self.channel in ('whatsapp', 'instagram_dm', 'instagram_comment', 'messenger') and r.random() < 0.25:
            self.lit(r.choice([' 🙏', ' 😡', ' 😤', ' 🙂', ' !!', ' ??', ' 😩😩', ' thx', ' xx']))

    # ---------------------------------------------------------- build
    def build(self):
        r, f = self.r, self.f
        tf = f
        if self.lang == 'nl-be' and r.random() < 0.65:
            tf = 'vl'
        ch = self.channel
        if ch == 'email':
            self.build_email(tf)
        elif ch == 'agent_reply':
            t, tid = self.pick(AGENT[tf], tf + '.agent')
            self.render(t, tid)
        elif ch in PUBLIC:
            t, tid = self.pick(PUB[tf][self.sector], '%s.public.%s' % (tf, self.sector))
            if ch != 'x_public' and r.random() < 0.5:
                t = t.replace('{mention} ', '', 1) if r.random() < 0.5 else t
            self.render(t, tid)
            if r.random() < 0.3:
                self.lit(' ')
                self.render('{hashtag9}')
        else:
            if ch == 'whatsapp' and r.random() < 0.25:
                self.lit('[')
                self.render('{date9}')
                self.lit(', ')
                self.render('{time9}')
                self.lit('] ' + self.first + ': ')
            if r.random() < 0.18:
                t, tid = self.pick(FORM_INTRO[tf], tf + '.formintro')
                self.render(t, tid)
                self.build_form(tf)
            else:
                t, tid = self.pick(CHAT[tf][self.sector], '%s.chat.%s' % (tf, self.sector))
                self.render(t, tid)
                if r.random() < 0.2:
                    self.lit(r.choice(['\n', '\n\n', ' ']))
                    t2, tid2 = self.pick(CHAT[tf][self.sector], '%s.chat.%s' % (tf, self.sector))
                    if t2 != t:
                        self.render(t2, tid2)
        self.typo_pass()
        self.style_pass()

    def build_form(self, tf):
        r = self.r
        keys = r.sample(['name', 'address', 'iban', 'dob', 'phone', 'email', 'cust', 'bsn'], r.randint(3, 6))
        sep = r.choice([': ', ': ', ' - ', ' = ', ':\t'])
        for k in keys:
            lab, tid = self.pick(FORM[tf][k], '%s.form.%s' % (tf, k))
            self.lit('\n' + lab + sep)
            self.tids.append(tid)
            self.cur = tid
            self.render('{%s}' % k)

    def build_email(self, tf):
        r = self.r
        if r.random() < 0.4:
            s, tid = self.pick(SUBJ[tf], tf + '.subject')
            self.lit({'nl': 'Onderwerp: ', 'vl': 'Onderwerp: ', 'fr': 'Objet : ', 'en': 'Subject: '}[tf])
            self.render(s, tid)
            self.lit('\n\n')
        g, tid = self.pick(GREET[tf], tf + '.greet')
        self.render(g, tid)
        self.lit('\n\n')
        if r.random() < 0.9:
            t, tid = self.pick(STORY[tf], tf + '.story')
            self.render(t, tid)
            if r.random() < 0.45:
                t2, tid2 = self.pick(STORY[tf], tf + '.story')
                if t2 != t:
                    self.lit(' ')
                    self.render(t2, tid2)
            self.lit('\n\n')
        if r.random() < 0.2:
            t, tid = self.pick(FORM_INTRO[tf], tf + '.formintro')
            self.render(t, tid)
            self.build_form(tf)
        else:
            t, tid = self.pick(CHAT[tf][self.sector], '%s.chat.%s' % (tf, self.sector))
            self.render(t, tid)
            if r.random() < 0.65:
                self.lit('\n\n')
                t2, tid2 = self.pick(CHAT[tf][self.sector], '%s.chat.%s' % (tf, self.sector))
                if t2 != t:
                    self.render(t2, tid2)
        self.lit('\n\n')
        c, tid = self.pick(CLOSE[tf], tf + '.close')
        self.render(c, tid)
        self.lit('\n')
        s, tid = self.pick(SIG[tf], tf + '.sig')
        self.render(s, tid)
        if r.random() < 0.85:
            self.lit('\n\n')
            q, tid = self.pick(QUOTE[tf], tf + '.quote')
            self.render(q, tid, prefix='> ' if r.random() < 0.6 else None)
        if r.random() < 0.6:
            self.lit('\n\n')
            d, tid = self.pick(DISCL[tf], tf + '.discl')
            self.render(d, tid)

    def to_record(self, mid):
        text, spans, negs = '', [], []
        self.span_tids = []
        for s, lab, ng, _, tid in self.segs:
            st = len(text)
            text += s
            if lab:
                spans.append({'type': lab, 'start': st, 'end': len(text)})
                self.span_tids.append((lab, tid))
            elif ng:
                negs.append({'kind': ng, 'start': st, 'end': len(text)})
        return {'id': mid, 'channel': self.channel, 'lang': self.lang,
                'visibility': 'public' if self.channel in PUBLIC else 'private',
                'text': text, 'spans': spans, 'negatives': negs}


# ---------------------------------------------------------- self-check
def check(rec):
    t = rec['text']
    items = [(s['start'], s['end'], 'S', s['type']) for s in rec['spans']] + [(n['start'], n['end'], 'N', n['kind']) for n in rec['negatives']]
    for a, b, k, ty in items:
        assert 0 <= a < b <= len(t), (rec['id'], ty, a, b)
        v = t[a:b]
        assert v == v.strip() and v.strip(' .,;:') == v or ty in ('address',) and v == v.strip(), (rec['id'], ty, repr(v))
        if k == 'S':
            if ty == 'card':
                assert V.luhn_ok(v), (rec['id'], v)
            if ty == 'iban':
                assert V.iban_ok(v), (rec['id'], v)
            if ty == 'bsn':
                dg = ''.join(c for c in v if c.isdigit())
                assert (V.bsn_ok(dg) if len(dg) == 9 else V.rrn_ok(dg)), (rec['id'], v)
    items.sort()
    for (a1, b1, k1, t1), (a2, b2, k2, t2) in zip(items, items[1:]):
        assert b1 <= a2, ('overlap', rec['id'], t1, t2)
    assert rec['visibility'] == ('public' if rec['channel'] in PUBLIC else 'private')


def generate(seed):
    out = {}
    stats = {}
    for half, hname in enumerate(HALVES):
        r = random.Random(seed * 2 + half)
        P = PL.half_pools(half)
        recs = []
        tmpl_by_type = collections.defaultdict(set)
        for i in range(N_PER_HALF):
            lang = r.choices(LANGS, LANG_W)[0]
            ch = r.choices(CHANNELS, CHANNEL_W)[0]
            sector = r.choice(SECTORS)
            m = Msg(r, half, P, lang, sector, ch)
            m.build()
            rec = m.to_record('%s-%s-%05d' % (PREFIX, hname, i))
            check(rec)
            for lab, tid in m.span_tids:
                tmpl_by_type[lab].add(tid)
            recs.append(rec)
        out[hname] = recs
        stats[hname] = tmpl_by_type
    return out, stats


def write_readme(seed, out, stats):
    L = []
    L.append('# Scrub corpus blind100 — solar/energy, universities, charities, home security, car dealers\n')
    L.append('This corpus was written **blind**: its author did not open, read, grep or run anything under `functions/`, '
             '`tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` (other corpora, '
             'scorers, generators), and did not read git history. No scrubber or scorer was run on it.\n')
    L.append('**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n')
    L.append('## Emphasis\n\nSolar panels and energy suppliers (EAN/MPAN connection codes, meter readings, feed-in payments, inverters, '
             'monitoring apps and API keys), universities and schools (student numbers, portals, MFA codes, tuition/minerval), '
             'charities (donor numbers, SEPA mandate references, direct debits, tax/Gift Aid receipts), home security '
             '(alarm and key-safe codes, monitoring contracts, camera IPs/ports/firmware checksums), car dealers and garages '
             '(servicing, lease contracts, insurance policies, licence plates, VINs). Languages nl, nl-be, fr-be, en-gb, en-us; '
             'all channels including e-mails with signatures, quoted history, forwarded headers and disclaimers, and agent replies.\n')
    L.append('## Generation\n\n```\npython3 generate_blind.py --seed %d\n```\n\nWrites `dev.jsonl`, `heldout.jsonl` (%d messages each) and this README. '
             'Modules: `values.py` (value generators with checksums), `pools.py` (filler pools, hard-negative generators), '
             '`tpl_nl.py`, `tpl_fr.py`, `tpl_en.py` (templates per language).\n' % (seed, N_PER_HALF))
    L.append('## Split rule\n\nEvery template group (language family x kind x sector: chat, public, agent, greeting, closing, signature, quote, '
             'disclaimer, subject, form labels) is dealt alternately: even index to dev, odd to heldout. Filler pools (first/last names, streets, '
             'cities, agents, brand stems and suffixes, institution patterns, model numbers, apps, car names, SSIDs, hashtags) are dealt the same way. '
             'Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected only into literal template text, never into values.\n')
    L.append('## Labelling conventions and judgement calls\n\n'
             '- Spans cover only the value, never the cue word. Every occurrence is labelled (values repeated in agent replies / quotes are labelled again).\n'
             '- Belgian national register numbers are labelled `bsn`; Dutch-language templates used for nl-be customers resolve the BSN slot to a Belgian RRN.\n'
             '- EAN connection codes (871…/541…), UK MPAN-like 13-digit numbers, student numbers (s…/r0…/B0…), donor numbers, SEPA mandate '
             'references, monitoring/lease contract numbers, insurance policy numbers and subscriber numbers are all `customer_number`.\n'
             '- Alarm keypad codes, key-safe codes, gate codes and laptop/device PINs are `pin`.\n'
             '- OTPs are sometimes written as number words ("vier twee acht ..."): the whole word sequence is the span.\n'
             '- Licence plates and VINs are left unlabelled (neither span nor negative): they identify a vehicle, and the brief excludes plates.\n'
             '- SSIDs, personal names, cities, agent names/initials and brand names are unlabelled. `{{placeholder}}`-style macros are not used.\n'
             '- Company service numbers (incl. in quoted agent mails) are `company_phone` negatives; brand handles are `mention` negatives.\n'
             '- Meter readings: the number only. Quantities include their unit ("4,2 kWp", "30 ECTS"). Firmware hashes after "checksum" are `checksum` negatives; '
             'hex after "token" is a `token` span.\n'
             '- Date negatives are recent service dates; dates of birth are spans. A camera `ip:port` is split into an ip_address span and a port negative.\n'
             '- Private (192.168.x.x / 10.x) camera and NVR addresses are labelled `ip_address` like public ones.\n'
             '- Agent replies mask values (`****1234`, `NL** ...`) which are `masked_value` negatives.\n')
    L.append('## Known limitations\n\n- Template-based: sentence frames repeat within a half with different values.\n'
             '- Values are synthetic; phone numbers follow national formats but are random. Brand names are synthetic.\n'
             '- Quoted history quotes agent messages only; customer text is not re-quoted verbatim.\n'
             '- Typos are character-level (swap/drop/double/replace) in literal text only.\n')
    for hname in HALVES:
        recs = out[hname]
        L.append('## Counts: %s\n' % hname)
        L.append('Messages: %d\n' % len(recs))
        sc = collections.Counter(s['type'] for r in recs for s in r['spans'])
        L.append('| span type | count | distinct templates |\n|---|---|---|')
        for k, v in sorted(sc.items()):
            L.append('| %s | %d | %d |' % (k, v, len(stats[hname][k])))
        nc = collections.Counter(n['kind'] for r in recs for n in r['negatives'])
        L.append('\n| negative kind | count |\n|---|---|')
        for k, v in sorted(nc.items()):
            L.append('| %s | %d |' % (k, v))
        cc = collections.Counter(r['channel'] for r in recs)
        L.append('\n| channel | count |\n|---|---|')
        for k, v in sorted(cc.items()):
            L.append('| %s | %d |' % (k, v))
        lc = collections.Counter(r['lang'] for r in recs)
        L.append('\n| lang | count |\n|---|---|')
        for k, v in sorted(lc.items()):
            L.append('| %s | %d |' % (k, v))
        L.append('')
    L.append('("distinct templates" counts the distinct template-group members -- chat/public/agent bodies, form labels, signatures, '
             'quote blocks, disclaimers -- that emitted at least one span of that type.)\n')
    with open('README.md', 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True)
    a = ap.parse_args()
    out, stats = generate(a.seed)
    for hname in HALVES:
        with open(hname + '.jsonl', 'w', encoding='utf-8') as fh:
            for rec in out[hname]:
                fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    write_readme(a.seed, out, stats)
    print({h: len(out[h]) for h in HALVES})


if __name__ == '__main__':
    main()
