"""Value generators (spans, negatives, fillers) and the template renderer."""
import re
import string
import uuid

import core
import pools
from core import digs, rstr, slug, ascii_fold, ALNUM, UPPER_NUM, LOWER_NUM, HEX

DIGW = {
    'nl': 'nul een twee drie vier vijf zes zeven acht negen'.split(),
    'fr': 'zéro un deux trois quatre cinq six sept huit neuf'.split(),
    'en': 'zero one two three four five six seven eight nine'.split(),
}
MONTHS = {
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'en': 'January February March April May June July August September October November December'.split(),
}
MON3 = {
    'nl': 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(),
    'fr': 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(),
    'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(),
}
WDAY3 = {
    'nl': 'ma di wo do vr za zo'.split(),
    'fr': 'lun. mar. mer. jeu. ven. sam. dim.'.split(),
    'en': 'Mon Tue Wed Thu Fri Sat Sun'.split(),
}
UNITS = {
    'nl': {'goods': ['stuks', 'terminals', 'rollen', 'dozen', 'pakketten', 'simkaarten', 'bonrollen', 'kaartlezers'],
           'people': ['leden', 'gebruikers', 'medewerkers', 'huurders', 'patiënten'],
           'units': ['licenties', "kassa's", 'appartementen', 'aansluitingen', 'abonnementen']},
    'fr': {'goods': ['pièces', 'terminaux', 'rouleaux', 'cartons', 'colis', 'cartes SIM', 'lecteurs'],
           'people': ['membres', 'utilisateurs', 'employés', 'locataires', 'patients'],
           'units': ['licences', 'caisses', 'appartements', 'lignes', 'abonnements']},
    'en': {'goods': ['units', 'terminals', 'rolls', 'boxes', 'parcels', 'SIM cards', 'card readers'],
           'people': ['members', 'users', 'staff', 'tenants', 'patients'],
           'units': ['licences', 'tills', 'flats', 'lines', 'subscriptions']},
}
FORBIDDEN_PC = {'SA', 'SD', 'SS'}


def fam_of(lang):
    return 'fr' if lang == 'fr-be' else ('en' if lang.startswith('en') else 'nl')


def days_in(m, y):
    return [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


class Gen:
    def __init__(self, rng, pools):
        self.rng = rng
        self.P = pools
        self.ctx = {}
        self.named = {}

    # ------------------------------------------------------------------
    # persona
    # ------------------------------------------------------------------
    def new_persona(self, lang, region=None, name_region=None):
        r = self.rng
        fam = fam_of(lang)
        if region is None:
            region = {'nl': 'nl', 'nl-be': 'be_nl', 'fr-be': 'be_fr'}.get(lang)
            if lang == 'en-gb':
                region = r.choices(['gb', 'nl', 'be_nl', 'be_fr'], [75, 14, 6, 5])[0]
            elif lang == 'en-us':
                region = r.choices(['us', 'nl', 'be_fr', 'be_nl'], [72, 16, 6, 6])[0]
        if name_region is None:
            name_region = {'en-gb': 'gb', 'en-us': 'us'}.get(lang, region)
        P = self.P
        rk = core.region_key(region)
        first = r.choice(P.first[name_region])
        last = r.choice(P.last[name_region])
        staff = [x for x in P.first[name_region] if x != first]
        r.shuffle(staff)
        city = r.choice(P.cities[region])
        street = r.choice(P.streets[region])
        kind = r.choices([k for k, _ in pools.KINDS], [w for _, w in pools.KINDS])[0]
        biz = r.choice(P.biz[name_region][kind]).format(first=first, last=last)
        telco = r.choice(P.telco[rk])
        bank = r.choice(P.bank[rk])
        energy = r.choice(P.energy[rk])
        shopplat = r.choice(P.shopplat['all'])
        acct = r.choice(P.acct[rk])
        pay = r.choice(P.pay[rk])
        self.ctx = dict(lang=lang, fam=fam, region=region, rk=rk, name_region=name_region, first=first, last=last,
                        staff=staff, city=city, street=street, shop=biz, kind=kind, telco=telco, bank=bank, energy=energy,
                        shopplat=shopplat, acct=acct, pay=pay, key_brand=r.choice([shopplat, acct, pay]),
                        mention_brand=telco[0])
        # fixed per-persona values
        self.ctx['own_email'] = self._make_email(first, last, biz)
        self.ctx['own_addr'] = self._addr_parts(region, city, street)
        self.ctx['agent'] = r.choice([x for x in P.first[name_region] if x != first and x not in staff[:4]])
        self.ctx['agent_last'] = r.choice(P.last[name_region])
        self.named = {}
        return self.ctx

    def _make_email(self, first, last, biz):
        r = self.rng
        f, l, b = slug(first), slug(last), slug(biz)
        dom = r.choice(self.P.mail_domains)
        tld = {'nl': 'nl', 'be': 'be', 'gb': 'co.uk', 'us': 'com'}[core.region_key(self.ctx['region'])]
        hello = {'nl': 'hallo', 'fr': 'contact', 'en': 'hello'}[self.ctx['fam']]
        forms = [f'{f}.{l}@{dom}', f'{f}{l}{r.randint(60, 99)}@{dom}', f'info@{b}.{tld}', f'{f}@{b}.{tld}',
                 f'{f[0]}.{l}@{b}.{tld}', f'{b}@{dom}', f'{f}_{l[:5]}@{dom}', f'{hello}@{b}.{tld}']
        return r.choice(forms)

    def _addr_parts(self, region, city, street):
        r = self.rng
        num = str(r.choice([r.randint(1, 40), r.randint(1, 200), r.randint(2, 9)]))
        if region == 'nl':
            num += r.choice(['', '', '', 'a', 'b', '-2', 'A', '-III', ' hs'])
            pc = city[1] + digs(r, 2)
            let = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)
            while let in FORBIDDEN_PC:
                let = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)
            pc = pc + r.choice([' ', '', ' ']) + let
            return dict(line1=f'{street} {num}', line2=f'{pc} {city[0]}', sep=r.choice([', ', ', ', ' ', '\n']))
        if region.startswith('be'):
            box = r.choice(['', '', '', ' bus 3', ' bus 101', '/2', ' b2']) if region == 'be_nl' else \
                r.choice(['', '', '', ' bte 2', ' boîte 12', '/4'])
            return dict(line1=f'{street} {num}{box}', line2=f'{city[1]} {city[0]}', sep=r.choice([', ', ', ', ' - ', '\n']))
        if region == 'gb':
            pc = city[1] + str(r.randint(1, 19)) + ' ' + str(r.randint(1, 9)) + r.choice('ABDEFGHJLNPQRSTUWXYZ') + \
                r.choice('ABDEFGHJLNPQRSTUWXYZ')
            flat = r.choice(['', '', '', 'Flat 2, ', 'Unit 7, '])
            return dict(line1=f'{flat}{num} {street}', line2=f'{city[0]} {pc}', sep=r.choice([', ', '\n']))
        zipc = city[2] + digs(r, 2)
        apt = r.choice(['', '', '', ', Apt 4B', ', Suite 210', ' #12'])
        return dict(line1=f'{num} {street}{apt}', line2=f'{city[0]}, {city[1]} {zipc}', sep=r.choice([', ', '\n']))

    # ------------------------------------------------------------------
    # renderer
    # ------------------------------------------------------------------
    PH = re.compile(r'\{([#@]?)([a-z_0-9]+)(?:([=~^])([a-z0-9]+))?(?::([a-z0-9_]+))?\}')
    ALT = re.compile(r'\[\[(.*?)\]\]', re.S)

    def expand(self, tpl):
        return self.ALT.sub(lambda m: self.rng.choice(m.group(1).split('|')), tpl)

    def render(self, msg, tpl, tid):
        tpl = tpl.replace('{{', '\x01').replace('}}', '\x02')
        tpl = self.expand(tpl)
        pos = 0

        def lit(s):
            msg.lit(s.replace('\x01', '{').replace('\x02', '}'))
        for m in self.PH.finditer(tpl):
            lit(tpl[pos:m.start()])
            pre, key, op, name, mod = m.groups()
            if pre == '@':
                msg.fill(self.filler(key, mod))
            elif pre == '#':
                v = self.negval(key, mod)
                msg.neg(v, key, tid)
            else:
                if op == '^':
                    v = self.named[name]
                elif op == '~':
                    v = self.variant(self.named[name])
                else:
                    v = self.spanval(key, mod)
                    if op == '=':
                        self.named[name] = v
                msg.span(v, key, tid)
            pos = m.end()
        lit(tpl[pos:])

    def variant(self, v):
        r = self.rng
        idx = [i for i in range(len(v) - 1) if v[i].isdigit() and v[i + 1].isdigit() and v[i] != v[i + 1]]
        if idx:
            i = r.choice(idx)
            return v[:i] + v[i + 1] + v[i] + v[i + 2:]
        for i, c in enumerate(v):
            if c.isalpha():
                return v[:i] + c.swapcase() + v[i + 1:]
        return v + '1'

    # ------------------------------------------------------------------
    # fillers (not labelled)
    # ------------------------------------------------------------------
    def filler(self, key, mod):
        c, r = self.ctx, self.rng
        if key == 'first':
            return c['first']
        if key == 'last':
            return c['last']
        if key == 'full':
            return f"{c['first']} {c['last']}"
        if key == 'shop':
            return c['shop']
        if key == 'staff':
            return c['staff'][0]
        if key == 'staff2':
            return c['staff'][1]
        if key == 'other':
            return f"{c['staff'][2]} {r.choice(self.P.last[c['name_region']])}"
        if key == 'city':
            return c['city'][0]
        if key in ('telco', 'bank', 'energy', 'shopplat', 'acct', 'pay'):
            b = c[key]
            name = b if isinstance(b, str) else b[0]
            if key in ('shopplat', 'acct', 'pay'):
                c['key_brand'] = b
            c['mention_brand'] = name
            return name
        if key == 'agent':
            return c['agent']
        if key == 'agentfull':
            return f"{c['agent']} {c['agent_last']}"
        if key == 'init':
            return (c['agent'][0] + c['agent_last'].split()[-1][0]).upper()
        if key == 'ssid':
            w = r.choice(self.P.ssid_words)
            base = r.choice([slug(c['shop'])[:12].capitalize(), w, c['last'].replace(' ', '')])
            return r.choice([f'{base}_{w}', f'{base}-5G', f'{w}{r.randint(1, 9)}', f'{base}_Gast', f'{base}']) \
                if c['fam'] == 'nl' else r.choice([f'{base}_{w}', f'{base}-5G', f'{w}{r.randint(1, 9)}', base])
        if key == 'bic':
            return c['bank'][2] or 'CHASUS33'
        if key == 'noreply':
            b = c['mention_brand']
            return f"noreply@{slug(b)}.{ {'nl': 'nl', 'be': 'be', 'gb': 'co.uk', 'us': 'com'}[c['rk']] }"
        if key == 'brand':
            return c['mention_brand']
        if key == 'debit':
            return r.choice(self.P.debit)
        if key == 'phonebrand':
            toks = sorted({m.split()[0] for m in self.P.phones if not m.startswith('SM-')})
            t = r.choice(toks)
            return {'Galaxy': 'Samsung Galaxy', 'moto': 'Motorola', 'Redmi': 'Xiaomi', 'iPad': 'iPad'}.get(t, t)
        raise KeyError(key)

    # ------------------------------------------------------------------
    # span values
    # ------------------------------------------------------------------
    def spanval(self, key, mod):
        fn = getattr(self, 'v_' + key)
        v = fn(mod)
        assert v == v.strip() and v, (key, mod, v)
        return v

    def v_password(self, mod):
        r = self.rng
        fam = self.ctx['fam']
        words = self.P.pw_words[fam]
        w = r.choice(words)
        sym = r.choice('!#@$?*&%')
        if mod == 'temp':
            return r.choice([
                f'Tmp-{rstr(r, ALNUM, 6)}', f'Welkom{digs(r, 2)}!' if fam == 'nl' else f'Welcome{digs(r, 2)}!',
                rstr(r, ALNUM, 8), f'{rstr(r, UPPER_NUM, 4)}-{rstr(r, UPPER_NUM, 4)}', f'Reset{digs(r, 4)}',
                f'{rstr(r, string.ascii_lowercase, 3)}{digs(r, 3)}{rstr(r, string.ascii_uppercase, 2)}'])
        if mod == 'router':
            return r.choice([rstr(r, LOWER_NUM, 10), rstr(r, ALNUM, 12), f'admin{digs(r, 4)}',
                             rstr(r, UPPER_NUM, 8)])
        if mod == 'simple':
            return r.choice([f'{w.lower()}{digs(r, 3)}', f'welkom{digs(r, 2)}' if fam == 'nl' else f'{w.lower()}123',
                             f'{slug(self.ctx["shop"])[:10]}{r.randint(2015, 2025)}', f'{w.lower()}{r.randint(1, 99)}'])
        if mod == 'strong':
            return rstr(r, ALNUM + '!#$%&*?@', r.randint(12, 18)).strip() or 'Xk8#pQ2m'
        if mod == 'phrase':
            ws = [x.lower() for x in r.sample(words, 3)]
            return r.choice(['-', '.', '_', ' ']).join(ws) + str(r.randint(2, 99))
        style = r.randrange(8)
        if style == 0:
            return f'{w}{r.randint(2018, 2026)}{sym}'
        if style == 1:
            return f'{w}{sym}{digs(r, 2)}'
        if style == 2:
            return rstr(r, ALNUM + '!#$%&*', r.randint(10, 14))
        if style == 3:
            return f'{slug(self.ctx["shop"])[:9].capitalize()}{digs(r, 2)}{sym}'
        if style == 4:
            leet = w.replace('a', '@').replace('o', '0').replace('e', '3').replace('i', '1')
            return f'{leet}{digs(r, 2)}'
        if style == 5:
            ws = [x.lower() for x in r.sample(words, 2)]
            return f'{ws[0].capitalize()}{ws[1].capitalize()}{digs(r, 1)}{sym}'
        if style == 6:
            return f'{w.lower()}{digs(r, 4)}'
        return f'{rstr(r, string.ascii_uppercase, 1)}{rstr(r, LOWER_NUM, 7)}{sym}{digs(r, 1)}'

    def _digits_fmt(self, d, mod):
        r = self.rng
        if mod == 'spelled':
            words = DIGW[self.ctx['fam']]
            sep = r.choice([' ', ' ', '-', ', ']) if self.ctx['fam'] == 'en' else r.choice([' ', ' ', ', '])
            return sep.join(words[int(c)] for c in d)
        if mod == 'spaced':
            return ' '.join(d) if len(d) <= 6 and r.random() < 0.6 else ' '.join(d[i:i + 4] for i in range(0, len(d), 4))
        return d

    def v_pin(self, mod):
        r = self.rng
        n = 4
        if mod and mod[0].isdigit():
            n = int(mod[0])
            mod = mod[1:] or None
        d = digs(r, n)
        while len(set(d)) == 1:
            d = digs(r, n)
        return self._digits_fmt(d, mod)

    def v_puk(self, mod):
        d = digs(self.rng, 8)
        if mod == 'spaced':
            return self.rng.choice([d[:4] + ' ' + d[4:], ' '.join(d[i:i + 2] for i in range(0, 8, 2))])
        return d

    def v_otp(self, mod):
        r = self.rng
        n = r.choice([6, 6, 6, 6, 5, 4, 8])
        if mod and mod[0].isdigit():
            n = int(mod[0])
            mod = mod[1:] or None
        d = digs(r, n)
        if mod == 'spaced' and n == 6:
            return r.choice([d[:3] + ' ' + d[3:], d[:3] + '-' + d[3:]])
        if mod == 'alnum':
            return rstr(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)
        return self._digits_fmt(d, mod)

    def v_wifi_key(self, mod):
        r = self.rng
        s = r.randrange(7)
        if s == 0:
            return rstr(r, ALNUM, r.randint(10, 16))
        if s == 1:
            return '-'.join(rstr(r, UPPER_NUM, 4) for _ in range(3))
        if s == 2:
            return ' '.join(digs(r, 4) for _ in range(5)) if r.random() < 0.5 else digs(r, 20)
        if s == 3:
            return rstr(r, LOWER_NUM, 10)
        if s == 4:
            w = r.choice(self.P.pw_words[self.ctx['fam']])
            return f'{w}{r.choice(["Gast", "Guest", "Wifi", "Klant", "Client"])}{r.randint(10, 2025)}'
        if s == 5:
            return rstr(r, string.ascii_letters, 4) + digs(r, 4) + rstr(r, string.ascii_letters, 4)
        return rstr(r, HEX, 26) if r.random() < 0.3 else rstr(r, 'abcdefghjkmnpqrstuvwxyz23456789', 12)

    def v_username(self, mod):
        r, c = self.rng, self.ctx
        if mod == 'staff':
            f, l = slug(c['staff'][0]), slug(r.choice(self.P.last[c['name_region']]))
        else:
            f, l = slug(c['first']), slug(c['last'])
        b = slug(c['shop'])[:14]
        if mod == 'admin':
            loc = {'nl': 'beheer', 'fr': 'gestion', 'en': 'manager'}[c['fam']]
            return r.choice([f'{b}_admin', f'admin.{b[:8]}', f'{loc}{b[:6]}', f'{b[:8]}-owner', f'adm_{f}'])
        forms = [f'{f}.{l}', f'{f[0]}{l}', f'{f}{l[:4]}{r.randint(1, 99)}', f'{b}', f'kassa{r.randint(1, 4)}',
                 f'{b[:8]}_{f}', f'{f}_{r.randint(70, 99)}', f'{l}{f[0]}', f'medewerker{r.randint(1, 9)}' if c['fam'] == 'nl'
                 else f'staff{r.randint(1, 9)}', f'{f}.{b[:6]}', f'{f[0].upper()}{l.capitalize()}{digs(r, 2)}']
        return r.choice(forms)

    # ---- keys & tokens ------------------------------------------------
    KEYCH = ALNUM

    def _key_style(self, style, secret=False):
        r = self.rng
        if style == 'mollie':
            return (r.choice(['live_', 'live_', 'test_']) + rstr(r, ALNUM, 30))
        if style == 'stripe':
            pre = r.choice(['sk_live_', 'sk_live_', 'rk_live_', 'sk_test_']) if not secret else 'whsec_'
            return pre + rstr(r, ALNUM, r.choice([24, 34, 99]))
        if style == 'sumup':
            return 'sup_sk_' + rstr(r, ALNUM, 32)
        if style == 'adyen':
            return 'AQE' + rstr(r, ALNUM, 2) + rstr(r, ALNUM + '+/', r.randint(70, 110)) + '='
        if style == 'square':
            return 'sq0idp-' + rstr(r, ALNUM + '-_', 22) if not secret else 'sq0csp-' + rstr(r, ALNUM + '-_', 43)
        if style == 'zettle':
            return str(uuid.UUID(int=r.getrandbits(128))) if not secret else rstr(r, ALNUM, 40)
        if style == 'woo':
            return ('cs_' if secret else 'ck_') + rstr(r, HEX, 40)
        if style == 'shopify':
            return ('shpss_' + rstr(r, HEX, 32)) if secret else rstr(r, HEX, 32)
        if style == 'lightspeed':
            return rstr(r, HEX, 32)
        if style == 'pubsec':
            return rstr(r, ALNUM, 32) if not secret else rstr(r, ALNUM, 48)
        if style == 'wix':
            return 'IST.' + rstr(r, ALNUM + '-_', 120)
        if style == 'shopware':
            return 'SWIA' + rstr(r, UPPER_NUM, 22)
        if style == 'presta':
            return rstr(r, UPPER_NUM, 32)
        if style == 'magento':
            return rstr(r, LOWER_NUM, 32)
        if style == 'bigc':
            return rstr(r, LOWER_NUM, 31)
        if style == 'bol':
            return str(uuid.UUID(int=r.getrandbits(128))) if not secret else rstr(r, ALNUM + '-_', 86)
        if style == 'etsy':
            return rstr(r, LOWER_NUM, 24)
        if style == 'ecwid':
            return ('secret_' if secret else 'public_') + rstr(r, ALNUM, 32)
        if style == 'exact':
            return '{' + str(uuid.UUID(int=r.getrandbits(128))) + '}' if not secret else rstr(r, ALNUM, 12)
        if style == 'moneybird':
            return rstr(r, ALNUM + '-_', 43)
        if style == 'eboek':
            return rstr(r, HEX, 32).upper()
        if style == 'paynl':
            return f'AT-{digs(r, 4)}-{digs(r, 4)}' if not secret else rstr(r, HEX, 40)
        if style == 'buckaroo':
            return rstr(r, UPPER_NUM, 10) if not secret else rstr(r, UPPER_NUM, 32)
        if style == 'viva':
            return rstr(r, ALNUM, 6) + '.' + rstr(r, ALNUM, 24) if not secret else rstr(r, ALNUM, 32)
        if style == 'authnet':
            return rstr(r, ALNUM, 10) if not secret else rstr(r, ALNUM, 16)
        if style == 'uuid':
            return str(uuid.UUID(int=r.getrandbits(128)))
        if style == 'hex32':
            return rstr(r, HEX, 32)
        if style == 'hex40':
            return rstr(r, HEX, 40)
        # generic
        return r.choice(['api_' + rstr(r, ALNUM, 32), 'key-' + rstr(r, HEX, 32), rstr(r, ALNUM, 40),
                         'sk-' + rstr(r, ALNUM, 48), rstr(r, HEX, 36)])

    def v_api_key(self, mod):
        r = self.rng
        b = self.ctx['key_brand']
        styles = b[1] if not isinstance(b, str) else ['generic']
        if mod == 'secret':
            return self._key_style(r.choice(styles), secret=True)
        if mod == 'hex':
            return rstr(r, HEX, r.choice([32, 40]))
        if mod == 'aws_id':
            return 'AKIA' + rstr(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)
        if mod == 'aws_secret':
            return rstr(r, ALNUM + '/+', 40)
        if mod == 'google':
            return 'AIza' + rstr(r, ALNUM + '-_', 35)
        if mod == 'mailchimp':
            return rstr(r, HEX, 32) + '-us' + str(r.randint(2, 21))
        if mod == 'openai':
            return 'sk-proj-' + rstr(r, ALNUM + '-_', 64)
        if mod == 'generic':
            return self._key_style('generic')
        if mod == 'public':
            return r.choice(['pk_live_' + rstr(r, ALNUM, 24), 'pub_' + rstr(r, ALNUM, 28), rstr(r, HEX, 32)])
        return self._key_style(r.choice(styles))

    def v_token(self, mod):
        r = self.rng
        b64u = ALNUM + '-_'

        def jwt():
            return 'eyJ' + rstr(r, b64u, r.randint(30, 40)) + '.eyJ' + rstr(r, b64u, r.randint(60, 140)) + '.' + \
                rstr(r, b64u, 43)
        if mod == 'jwt':
            return jwt()
        if mod == 'pat':
            return r.choice(['ghp_' + rstr(r, ALNUM, 36), 'glpat-' + rstr(r, b64u, 20),
                             'github_pat_' + rstr(r, ALNUM, 22) + '_' + rstr(r, ALNUM, 59)])
        if mod == 'slack':
            return f'xoxb-{digs(r, 12)}-{digs(r, 13)}-{rstr(r, ALNUM, 24)}'
        if mod == 'hex':
            return rstr(r, HEX, 64)
        if mod == 'bearer':
            return r.choice([jwt(), rstr(r, b64u, 64), 'EAAA' + rstr(r, ALNUM, 60)])
        if mod == 'fb':
            return 'EAAG' + rstr(r, ALNUM, r.randint(150, 190))
        if mod == 'shop':
            return 'shpat_' + rstr(r, HEX, 32)
        return r.choice([jwt(), 'shpat_' + rstr(r, HEX, 32), 'access_' + rstr(r, ALNUM, 40),
                         'ghp_' + rstr(r, ALNUM, 36), rstr(r, b64u, 48), 'EAAA' + rstr(r, ALNUM, 60),
                         f'xoxp-{digs(r, 12)}-{digs(r, 12)}-{digs(r, 13)}-{rstr(r, HEX, 32)}', rstr(r, HEX, 64)])

    # ---- cards ----------------------------------------------------------
    def v_card(self, mod):
        r = self.rng
        kind = mod or r.choice(['visa', 'visa', 'mc', 'mc', 'amex', 'maestro', 'bcmc'])
        if kind == 'visa':
            d = core.luhn_complete(r, '4' + digs(r, 5), 16)
        elif kind == 'mc':
            d = core.luhn_complete(r, r.choice(['51', '52', '53', '54', '55', '2221', '2720']) + digs(r, 2), 16)
        elif kind == 'amex':
            d = core.luhn_complete(r, r.choice(['34', '37']), 15)
        elif kind == 'maestro':
            d = core.luhn_complete(r, r.choice(['6759', '5018', '6304']), r.choice([16, 18, 19]))
        else:
            d = core.luhn_complete(r, '6703', 17)
        if len(d) == 15:
            g = [d[:4], d[4:10], d[10:]]
        else:
            g = [d[i:i + 4] for i in range(0, len(d), 4)]
        return r.choice([' '.join(g), ' '.join(g), d, '-'.join(g), '  '.join(g) if r.random() < 0.2 else ' '.join(g)])

    def v_cvv(self, mod):
        return digs(self.rng, 4 if mod == 'amex' else 3)

    def v_card_expiry(self, mod):
        r = self.rng
        m, y = r.randint(1, 12), r.randint(2025, 2031)
        fam = self.ctx['fam']
        forms = [f'{m:02d}/{y % 100:02d}', f'{m:02d}/{y % 100:02d}', f'{m:02d}/{y}', f'{m}/{y % 100:02d}',
                 f'{m:02d}-{y % 100:02d}', f'{MON3[fam][m - 1].rstrip(".")} {y}', f'{m:02d}{y % 100:02d}']
        return r.choice(forms)

    # ---- bank -----------------------------------------------------------
    def _bban(self, cc):
        r = self.rng
        if cc == 'NL':
            code = r.choice([b[1] for b in self.P.bank['nl']])
            return code + digs(r, 10)
        if cc == 'BE':
            code = r.choice([b[1] for b in self.P.bank['be']])
            acc = code + digs(r, 7)
            chk = int(acc) % 97 or 97
            return acc + '%02d' % chk
        if cc == 'FR':
            bank, branch = digs(r, 5), digs(r, 5)
            acc = digs(r, 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
            return bank + branch + acc + '%02d' % key
        if cc == 'DE':
            return digs(r, 8) + digs(r, 10)
        if cc == 'GB':
            code = r.choice([b[1] for b in self.P.bank['gb']])
            return code + digs(r, 6) + digs(r, 8)
        if cc == 'LU':
            return digs(r, 3) + digs(r, 13)
        if cc == 'ES':
            return digs(r, 20)
        if cc == 'IE':
            return r.choice(['AIBK', 'BOFI']) + digs(r, 6) + digs(r, 8)
        raise KeyError(cc)

    def v_iban(self, mod):
        r, c = self.rng, self.ctx
        if mod in (None, 'own'):
            if c['rk'] in ('nl', 'be', 'gb') and 'own_iban' not in c:
                bank = c['bank']
                cc = c['rk'].upper()
                if cc == 'NL':
                    raw = core.iban_make('NL', bank[1] + digs(r, 10))
                elif cc == 'BE':
                    acc = bank[1] + digs(r, 7)
                    raw = core.iban_make('BE', acc + '%02d' % (int(acc) % 97 or 97))
                else:
                    raw = core.iban_make('GB', bank[1] + digs(r, 14))
                c['own_iban'] = raw
            raw = c.get('own_iban') or core.iban_make('NL', self._bban('NL'))
        elif mod == 'other':
            cc = r.choice({'nl': ['NL'] * 6 + ['BE', 'DE'], 'be': ['BE'] * 6 + ['NL', 'FR', 'LU'],
                           'gb': ['GB'] * 5 + ['IE', 'FR'], 'us': ['NL', 'DE', 'GB', 'FR', 'ES']}[c['rk']])
            raw = core.iban_make(cc, self._bban(cc))
        else:
            cc = mod.upper()
            raw = core.iban_make(cc, self._bban(cc))
        f = r.randrange(9)
        grouped = ' '.join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if f <= 3:
            return grouped
        if f <= 5:
            return raw
        if f == 6:
            return r.choice([raw.lower(), grouped.lower()])
        if f == 7:
            return raw[:2] + ' ' + raw[2:4] + ' ' + ' '.join(raw[i:i + 4] for i in range(4, len(raw), 4))
        return '-'.join(raw[i:i + 4] for i in range(0, len(raw), 4)) if r.random() < 0.3 else grouped

    def v_bsn(self, mod):
        r, c = self.rng, self.ctx
        kind = mod or ('be' if c['rk'] == 'be' else 'nl')
        if kind == 'nl':
            while True:
                d = str(r.randint(1, 6)) + digs(r, 7)
                w = [9, 8, 7, 6, 5, 4, 3, 2]
                s = sum(int(x) * k for x, k in zip(d, w)) % 11
                if s < 10:
                    d += str(s)
                    break
            assert core.bsn_ok(d)
            return r.choice([d, d, d, f'{d[:4]}.{d[4:6]}.{d[6:]}', f'{d[:3]} {d[3:6]} {d[6:]}'])
        y = r.randint(1950, 2006)
        m = r.randint(1, 12)
        dd = r.randint(1, days_in(m, y))
        ser = r.randint(1, 997)
        base = f'{y % 100:02d}{m:02d}{dd:02d}{ser:03d}'
        chk = 97 - (int(base) % 97 if y < 2000 else int('2' + base) % 97)
        d = base + f'{chk:02d}'
        assert core.rrn_ok(d)
        return r.choice([d, f'{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}', f'{d[:6]}-{d[6:9]}-{d[9:]}',
                         f'{d[:6]} {d[6:9]} {d[9:]}', f'{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}'])

    # ---- contact --------------------------------------------------------
    def v_email(self, mod):
        r, c = self.rng, self.ctx
        if mod in (None, 'own'):
            return c['own_email']
        if mod == 'staff':
            f = slug(c['staff'][0])
            dom = c['own_email'].split('@')[1]
            return r.choice([f'{f}@{dom}', f'{f}.{slug(r.choice(self.P.last[c["name_region"]]))}@{r.choice(self.P.mail_domains)}'])
        if mod == 'other':
            f = slug(c['staff'][3] if len(c['staff']) > 3 else c['staff'][-1])
            l = slug(r.choice(self.P.last[c['name_region']]))
            return r.choice([f'{f}.{l}@{r.choice(self.P.mail_domains)}', f'{f[0]}{l}@{r.choice(self.P.mail_domains)}',
                             f'{f}@{l}-administratie.nl' if c['fam'] == 'nl' else f'{f}@{l}-accounting.com',
                             f'{l}.{f}{r.randint(1, 99)}@{r.choice(self.P.mail_domains)}'])
        if mod == 'agent':
            b = c['mention_brand']
            tld = {'nl': 'nl', 'be': 'be', 'gb': 'co.uk', 'us': 'com'}[c['rk']]
            return f"{slug(c['agent'])}.{slug(c['agent_last'])[:1]}@{slug(b)}.{tld}"
        if mod == 'obf':
            e = c['own_email']
            u, d = e.split('@')
            k = r.randrange(4)
            if k == 0:
                return ' . '.join(u.split('.')) + ' @ ' + ' . '.join(d.split('.'))
            if k == 1:
                return u + '[at]' + d
            if k == 2:
                return u + ' (at) ' + d.replace('.', ' (dot) ')
            return u + ' at ' + d.replace('.', ' dot ')
        raise KeyError(mod)

    def _phone(self, region, kind):
        r = self.rng
        if region == 'nl':
            if kind == 'mob':
                n = str(r.randint(1, 5)) + digs(r, 7)
                return r.choice([f'06{n}', f'06-{n}', f'06 {n[:4]} {n[4:]}', f'06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}',
                                 f'+31 6 {n}', f'+316{n}', f'0031 6 {n[:4]} {n[4:]}', f'+31 (0)6 {n}', f'+31 6 {n[:4]} {n[4:]}'])
            a = r.choice(['20', '10', '30', '40', '50', '70', '35', '172', '226', '320', '499', '24', '13'])
            rest = digs(r, 9 - len(a))
            return r.choice([f'0{a}-{rest}', f'0{a} {rest[:3]} {rest[3:]}', f'+31 {a} {rest}', f'0{a}{rest}'])
        if region.startswith('be'):
            if kind == 'mob':
                p = r.choice(['470', '471', '472', '473', '474', '475', '476', '477', '478', '479', '484', '485',
                              '486', '487', '488', '489', '492', '493', '494', '495', '496', '497', '498', '499', '468'])
                n = digs(r, 6)
                return r.choice([f'0{p} {n[:2]} {n[2:4]} {n[4:]}', f'0{p}/{n[:2]}.{n[2:4]}.{n[4:]}', f'0{p}{n}',
                                 f'+32 {p} {n[:2]} {n[2:4]} {n[4:]}', f'+32{p}{n}', f'0032 {p} {n[:2]} {n[2:4]} {n[4:]}',
                                 f'0{p} {n[:3]} {n[3:]}', f'0{p}/{n[:3]} {n[3:]}'])
            a = r.choice(['2', '3', '9', '4', '10', '11', '15', '16', '50', '56', '65', '81', '71', '87'])
            rest = digs(r, 8 - len(a))
            if len(a) == 1:
                return r.choice([f'0{a} {rest[:3]} {rest[3:5]} {rest[5:]}', f'0{a}/{rest[:3]}.{rest[3:5]}.{rest[5:]}',
                                 f'+32 {a} {rest[:3]} {rest[3:5]} {rest[5:]}'])
            return r.choice([f'0{a} {rest[:2]} {rest[2:4]} {rest[4:]}', f'0{a}/{rest[:2]}.{rest[2:4]}.{rest[4:]}',
                             f'+32 {a} {rest[:2]} {rest[2:4]} {rest[4:]}'])
        if region == 'gb':
            if kind == 'mob':
                n = r.choice(['7700', '7911', '7456', '7723', '7831', '7984', '7402', '7547']) + digs(r, 6)
                return r.choice([f'0{n[:4]} {n[4:]}', f'0{n}', f'+44 {n[:4]} {n[4:]}', f'+44 (0){n[:4]} {n[4:]}',
                                 f'+44{n}', f'0{n[:4]} {n[4:7]} {n[7:]}'])
            return r.choice([f'020 {digs(r, 4)} {digs(r, 4)}', f'0113 {digs(r, 3)} {digs(r, 4)}',
                             f'0161 {digs(r, 3)} {digs(r, 4)}', f'01632 {digs(r, 6)}', f'+44 117 {digs(r, 3)} {digs(r, 4)}'])
        ac = r.choice(['415', '503', '512', '720', '614', '608', '919', '208', '520', '518', '802', '912', '402', '828'])
        ex = str(r.randint(201, 989))
        ln = digs(r, 4)
        return r.choice([f'({ac}) {ex}-{ln}', f'{ac}-{ex}-{ln}', f'{ac}.{ex}.{ln}', f'+1 {ac} {ex} {ln}',
                         f'+1{ac}{ex}{ln}', f'1-{ac}-{ex}-{ln}', f'({ac}){ex}-{ln}'])

    def v_phone(self, mod):
        c = self.ctx
        if mod == 'land':
            return self._phone(c['region'], 'land')
        if mod == 'intl':
            region = self.rng.choice(['nl', 'be_nl', 'gb', 'us'])
            return self._phone(region, 'mob')
        if mod in (None, 'own'):
            if 'own_phone' not in c:
                c['own_phone'] = self._phone(c['region'], 'mob')
            return c['own_phone']
        if mod == 'spelled':
            d = re.sub(r'\D', '', self._phone(c['region'], 'mob'))
            return ' '.join(d) if self.rng.random() < 0.6 else ' '.join(d[i:i + 2] for i in range(0, len(d), 2))
        return self._phone(c['region'], 'mob')

    def v_address(self, mod):
        r, c = self.rng, self.ctx
        if mod in ('other', 'ml_other', 'street_other'):
            p = self._addr_parts(c['region'], r.choice(self.P.cities[c['region']]), r.choice(self.P.streets[c['region']]))
        else:
            p = c['own_addr']
        if mod in ('street', 'street_other'):
            return p['line1']
        if mod in ('ml', 'ml_other'):
            return p['line1'] + '\n' + p['line2']
        sep = p['sep'] if p['sep'] != '\n' or mod == 'sig' else ', '
        return p['line1'] + sep + p['line2']

    def _date_fmt(self, d, m, y, style=None):
        r, fam, lang = self.rng, self.ctx['fam'], self.ctx['lang']
        if fam == 'nl':
            forms = [f'{d:02d}-{m:02d}-{y}', f'{d}-{m}-{y}', f'{d:02d}/{m:02d}/{y}', f'{d} {MONTHS["nl"][m - 1]} {y}',
                     f'{d:02d}-{m:02d}-{y % 100:02d}', f'{d}.{m}.{y}' if lang == 'nl-be' else f'{d}-{m:02d}-{y}']
        elif fam == 'fr':
            forms = [f'{d:02d}/{m:02d}/{y}', f'{d}/{m}/{y}', f'{d} {MONTHS["fr"][m - 1]} {y}', f'{d:02d}.{m:02d}.{y}',
                     f'{d:02d}-{m:02d}-{y}']
        elif lang == 'en-us':
            forms = [f'{m:02d}/{d:02d}/{y}', f'{m}/{d}/{y % 100:02d}', f'{MONTHS["en"][m - 1]} {d}, {y}',
                     f'{m}/{d}/{y}', f'{y}-{m:02d}-{d:02d}']
        else:
            sfx = 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
            forms = [f'{d:02d}/{m:02d}/{y}', f'{d} {MONTHS["en"][m - 1]} {y}', f'{d}{sfx} {MONTHS["en"][m - 1]} {y}',
                     f'{d}/{m}/{y % 100:02d}', f'{d:02d}.{m:02d}.{y}']
        return r.choice(forms)

    def v_date_of_birth(self, mod):
        r = self.rng
        y = r.randint(1948, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, days_in(m, y))
        return self._date_fmt(d, m, y)

    def v_ip_address(self, mod):
        r = self.rng
        if mod == 'lan':
            return r.choice([f'192.168.{r.choice([0, 1, 1, 2, 178, 10])}.{r.randint(2, 254)}',
                             f'10.0.{r.randint(0, 20)}.{r.randint(2, 254)}', f'172.16.{r.randint(0, 31)}.{r.randint(2, 254)}'])
        if mod == 'v6':
            return '2a02:' + ':'.join(rstr(r, HEX, 4).lstrip('0') or '0' for _ in range(3)) + '::' + rstr(r, HEX, 4).lstrip('0')
        a = r.choice([77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 94, 95, 145, 178, 185, 188, 212, 213, 217, 62,
                      31, 37, 109, 141, 146, 151, 176, 195, 24, 73, 98, 172, 174, 68, 71])
        b = r.randint(1, 254)
        if a == 172:
            b = r.randint(32, 254)
        return f'{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}'

    def v_customer_number(self, mod):
        r, c = self.rng, self.ctx
        rk = c['rk']
        if mod == 'member':
            return r.choice([digs(r, 5), str(r.randint(1000, 99999)), f'LID-{digs(r, 5)}', f'R{digs(r, 6)}',
                             f'{r.randint(2015, 2025)}-{digs(r, 4)}', f'M{digs(r, 7)}'])
        if mod == 'contract':
            return r.choice([f'CT-{r.randint(2019, 2025)}-{digs(r, 6)}', f'{digs(r, 4)}-{digs(r, 3)}-{digs(r, 3)}',
                             '3' + digs(r, 11), f'VK{digs(r, 8)}', f'{digs(r, 2)}.{digs(r, 3)}.{digs(r, 3)}',
                             f'C{digs(r, 9)}'])
        if mod == 'merchant':
            return r.choice([digs(r, 7), digs(r, 9), f'M-{digs(r, 4)}-{digs(r, 4)}', f'MID{digs(r, 8)}',
                             f'{digs(r, 3)}{rstr(r, string.ascii_uppercase, 2)}{digs(r, 4)}'])
        if rk == 'nl':
            forms = [digs(r, 8), '1' + digs(r, 9), f'K{digs(r, 8)}', f'{digs(r, 3)}.{digs(r, 3)}.{digs(r, 3)}',
                     f'KL-{digs(r, 6)}', '2' + digs(r, 8), f'{digs(r, 4)} {digs(r, 4)}']
        elif rk == 'be':
            forms = [f'{digs(r, 4)} {digs(r, 3)} {digs(r, 3)}', digs(r, 10), f'CL{digs(r, 8)}', '7' + digs(r, 8),
                     f'{digs(r, 3)}/{digs(r, 4)}/{digs(r, 3)}', f'{digs(r, 2)}.{digs(r, 4)}.{digs(r, 4)}']
        elif rk == 'gb':
            forms = [f'A-{rstr(r, "0123456789ABCDEF", 8)}', f'GP{digs(r, 8)}', f'{digs(r, 3)} {digs(r, 3)} {digs(r, 4)}',
                     f'VM{digs(r, 9)}', digs(r, 10), f'{rstr(r, string.ascii_uppercase, 2)}{digs(r, 6)}']
        else:
            while True:
                n = '8' + digs(r, 15)
                if not core.luhn_ok(n):
                    break
            forms = [f'{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}', digs(r, 9), f'{digs(r, 4)}-{digs(r, 5)}-{digs(r, 3)}',
                     f'{digs(r, 3)}-{digs(r, 3)}-{digs(r, 3)}-{digs(r, 1)}', digs(r, 12)]
        return r.choice(forms)

    # ------------------------------------------------------------------
    # negatives
    # ------------------------------------------------------------------
    def negval(self, key, mod):
        v = getattr(self, 'n_' + key)(mod)
        assert v == v.strip() and v, (key, v)
        return v

    def n_amount(self, mod):
        r, c = self.rng, self.ctx
        v = r.choice([r.randint(5, 99) + r.choice([0, 0.95, 0.5, 0.99, 0.25]), r.randint(100, 2500) + r.choice([0, 0.5, 0.0]),
                      r.randint(10, 60) + 0.0])
        eu = f'{v:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.')
        us = f'{v:,.2f}'
        if c['rk'] == 'gb' and c['fam'] == 'en':
            return r.choice([f'£{us}', f'£{us}', f'GBP {us}', f'£{int(v)}'])
        if c['rk'] == 'us' and c['fam'] == 'en':
            return r.choice([f'${us}', f'${us}', f'USD {us}', f'${int(v)}'])
        if c['fam'] == 'en':
            return r.choice([f'€{us}', f'EUR {us}', f'€{eu}', f'{eu} euro'])
        if c['fam'] == 'fr':
            return r.choice([f'{eu} €', f'{eu}€', f'{eu} EUR', f'€ {eu}', f'{int(v)} euros'])
        return r.choice([f'€ {eu}', f'€{eu}', f'EUR {eu}', f'{eu} euro', f'€ {int(v)},-', f'{eu} EUR'])

    def n_company_phone(self, mod):
        r, rk = self.rng, self.ctx['rk']
        if rk == 'nl':
            return r.choice([f'0800-{digs(r, 4)}', f'0800 {digs(r, 4)}', f'0900-{digs(r, 4)}', f'088 {digs(r, 3)} {digs(r, 4)}',
                             f'0800 {digs(r, 3)} {digs(r, 4)}', f'+31 88 {digs(r, 3)} {digs(r, 4)}'])
        if rk == 'be':
            return r.choice([f'0800 {digs(r, 2)} {digs(r, 3)}', f'078 {digs(r, 2)} {digs(r, 2)} {digs(r, 2)}',
                             f'+32 78 {digs(r, 2)} {digs(r, 2)} {digs(r, 2)}', f'070 {digs(r, 2)} {digs(r, 2)} {digs(r, 2)}',
                             f'0800/{digs(r, 2)}.{digs(r, 3)}'])
        if rk == 'gb':
            return r.choice([f'0800 {digs(r, 3)} {digs(r, 3)}', f'0333 {digs(r, 3)} {digs(r, 4)}', f'0345 {digs(r, 3)} {digs(r, 4)}',
                             f'0300 {digs(r, 3)} {digs(r, 4)}'])
        return r.choice([f'1-800-{digs(r, 3)}-{digs(r, 4)}', f'(888) {digs(r, 3)}-{digs(r, 4)}', f'1 866 {digs(r, 3)} {digs(r, 4)}',
                         f'800.{digs(r, 3)}.{digs(r, 4)}', f'1-877-{digs(r, 3)}-{digs(r, 4)}'])

    def n_company_registration(self, mod):
        r, rk = self.rng, self.ctx['rk']
        if mod is None:
            mod = {'nl': r.choice(['kvk', 'vat']), 'be': 'ond', 'gb': r.choice(['crn', 'ukvat']), 'us': 'ein'}[rk]
        if mod == 'kvk':
            return r.choice([digs(r, 8), f'{digs(r, 4)} {digs(r, 4)}'])
        if mod == 'vat':
            if rk == 'be':
                mod = 'bevat'
            elif rk == 'gb':
                mod = 'ukvat'
            elif rk == 'us':
                mod = 'ein'
            else:
                d = digs(r, 9)
                return r.choice([f'NL{d}B01', f'NL{d}B0{r.randint(1, 3)}', f'NL {d[:4]}.{d[4:6]}.{d[6:]}.B01', f'NL{d}B01'])
        if mod in ('ond', 'bevat'):
            first8 = r.choice(['0' + str(r.randint(2, 9)) + digs(r, 6), '1' + digs(r, 7)])
            full = first8 + f'{97 - int(first8) % 97:02d}'
            f = f'{full[:4]}.{full[4:7]}.{full[7:]}'
            if mod == 'bevat':
                return r.choice([f'BE {f}', f'BE{full}', f'BE {full}', f'BE{f}'])
            return r.choice([f, f, full, f'BE {f}'])
        if mod == 'crn':
            return r.choice([digs(r, 8), '0' + digs(r, 7), f'SC{digs(r, 6)}'])
        if mod == 'ukvat':
            return r.choice([f'GB {digs(r, 3)} {digs(r, 4)} {digs(r, 2)}', f'GB{digs(r, 9)}', f'{digs(r, 3)} {digs(r, 4)} {digs(r, 2)}'])
        if mod == 'ein':
            return f'{r.randint(10, 98)}-{digs(r, 7)}'
        raise KeyError(mod)

    def _recent(self):
        r = self.rng
        y = r.choice([2024, 2025, 2025, 2025, 2026])
        m = r.randint(1, 12)
        return r.randint(1, days_in(m, y)), m, y

    def n_date(self, mod):
        r, fam, lang = self.rng, self.ctx['fam'], self.ctx['lang']
        d, m, y = self._recent()
        if mod == 'hdr':
            wd = WDAY3[fam][r.randrange(7)]
            if fam == 'nl':
                return r.choice([f'{wd} {d} {MON3["nl"][m - 1]} {y}', f'{d} {MONTHS["nl"][m - 1]} {y}', f'{d}-{m}-{y}'])
            if fam == 'fr':
                return r.choice([f'{wd} {d} {MON3["fr"][m - 1]} {y}', f'{d} {MONTHS["fr"][m - 1]} {y}', f'{d:02d}/{m:02d}/{y}'])
            if lang == 'en-us':
                return r.choice([f'{wd}, {MON3["en"][m - 1]} {d}, {y}', f'{MONTHS["en"][m - 1]} {d}, {y}'])
            return r.choice([f'{wd}, {d} {MON3["en"][m - 1]} {y}', f'{d} {MONTHS["en"][m - 1]} {y}', f'{d:02d}/{m:02d}/{y}'])
        if mod == 'short' or r.random() < 0.25:
            if fam == 'nl':
                return r.choice([f'{d} {MONTHS["nl"][m - 1]}', f'{d}-{m}', f'{d}/{m}', f'{d} {MON3["nl"][m - 1]}'])
            if fam == 'fr':
                return r.choice([f'{d} {MONTHS["fr"][m - 1]}', f'{d}/{m}', f'{d:02d}/{m:02d}'])
            if lang == 'en-us':
                return r.choice([f'{MONTHS["en"][m - 1]} {d}', f'{m}/{d}', f'{MON3["en"][m - 1]} {d}'])
            return r.choice([f'{d} {MONTHS["en"][m - 1]}', f'{d}/{m}', f'{d} {MON3["en"][m - 1]}'])
        return self._date_fmt(d, m, y)

    def n_time(self, mod):
        r, fam, lang = self.rng, self.ctx['fam'], self.ctx['lang']
        h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 32, 41, 45, 50, 58])
        if lang == 'nl-be':
            return r.choice([f'{h}u{mi:02d}' if mi else f'{h}u', f'{h}:{mi:02d}', f'{h}.{mi:02d}u'])
        if fam == 'fr':
            return r.choice([f'{h}h{mi:02d}' if mi else f'{h}h', f'{h}:{mi:02d}', f'{h}h{mi:02d}'])
        if lang == 'en-us':
            hh = h % 12 or 12
            return r.choice([f'{hh}:{mi:02d} {"PM" if h >= 12 else "AM"}', f'{hh}:{mi:02d}{"pm" if h >= 12 else "am"}',
                             f'{hh}{"pm" if h >= 12 else "am"}'])
        if fam == 'en':
            hh = h % 12 or 12
            return r.choice([f'{h:02d}:{mi:02d}', f'{hh}:{mi:02d}{"pm" if h >= 12 else "am"}', f'{h}:{mi:02d}'])
        return r.choice([f'{h:02d}:{mi:02d}', f'{h}:{mi:02d}', f'{h}.{mi:02d}', f'{h}.{mi:02d} uur'])

    def n_year(self, mod):
        return str(self.rng.randint(2016, 2026) if mod != 'since' else self.rng.randint(1985, 2020))

    def n_error_code(self, mod):
        r = self.rng
        if mod == 'http':
            return r.choice(['401', '403', '404', '422', '429', '500', '502', '503', 'HTTP 401', '400'])
        if mod == 'terminal':
            return r.choice([f'{r.randint(1000, 9999)}', f'E{digs(r, 3)}', r.choice(['05', '51', '55', '91', '96', '65']),
                             f'A{digs(r, 2)}', f'ERR-{digs(r, 3)}', f'0x{rstr(r, "0123456789ABCDEF", 4)}', f'CE{digs(r, 2)}'])
        return r.choice([f'E-{digs(r, 4)}', f'ERR_{digs(r, 4)}', f'0x8007{rstr(r, "0123456789ABCDEF", 4)}', f'E{digs(r, 4)}',
                         f'{rstr(r, string.ascii_uppercase, 3)}-{digs(r, 3)}', f'AUTH_{digs(r, 3)}', f'#{digs(r, 4)}',
                         f'ERR{digs(r, 3)}', f'W{digs(r, 3)}-{digs(r, 2)}', 'ERR_CONNECTION_REFUSED', 'INVALID_GRANT'])

    def n_flight_number(self, mod):
        r = self.rng
        return r.choice(['KL', 'HV', 'SN', 'FR', 'BA', 'U2', 'TB', 'LH', 'AF', 'UA', 'DL', 'VY', 'EI']) + \
            r.choice(['', ' ']) + str(r.randint(100, 9999))

    def n_hashtag(self, mod):
        lang = self.ctx['lang']
        key = 'en' if lang.startswith('en') else lang
        return self.rng.choice(self.P.hashtags[key])

    def n_mention(self, mod):
        c = self.ctx
        b = c[mod] if mod else None
        name = (b if isinstance(b, str) else b[0]) if b else c['mention_brand']
        base = re.sub(r'[^A-Za-z0-9_]', '', ascii_fold(name))
        sfx = {'nl': ['', 'NL', 'webcare', '_Zakelijk', 'care'], 'be': ['', '_BE', 'BE', 'care', 'Help'],
               'gb': ['', 'UK', 'Help', 'Support', 'Care'], 'us': ['', 'Support', 'Help', 'Cares', '_Business']}[c['rk']]
        return '@' + base + sfx[sum(map(ord, name)) % len(sfx)]

    def n_invoice_number(self, mod):
        r = self.rng
        y = r.choice([2024, 2025, 2025, 2026])
        return r.choice([f'F{y}-{digs(r, 4)}', f'INV-{digs(r, 5)}', f'{y}/{digs(r, 4)}', f'FA-{y % 100}-{digs(r, 5)}',
                         f'{y}{digs(r, 4)}', f'{digs(r, 10)}', f'VF{digs(r, 7)}', f'{y}-{digs(r, 3)}', f'NR{digs(r, 6)}'])

    def n_order_number(self, mod):
        r = self.rng
        return r.choice([f'#{r.randint(1000, 99999)}', f'{digs(r, 4)}-{digs(r, 4)}', f'WS-{r.choice([2024, 2025])}-{digs(r, 5)}',
                         '1000' + digs(r, 5), f'ORD-{digs(r, 4)}', f'{digs(r, 3)}-{digs(r, 7)}-{digs(r, 7)}',
                         f'B{digs(r, 8)}', f'{digs(r, 7)}'])

    def n_ticket_number(self, mod):
        r = self.rng
        return r.choice([f'#{digs(r, 7)}', f'{r.choice([2024, 2025])}-{digs(r, 6)}', f'CAS-{digs(r, 5)}-{rstr(r, UPPER_NUM, 4)}',
                         f'INC{digs(r, 7)}', digs(r, 8), f'SR {digs(r, 9)}', f'T{digs(r, 6)}', f'[#{digs(r, 6)}]'.strip('[]')])

    def n_tracking_number(self, mod):
        r = self.rng
        return r.choice([f'3S{rstr(r, string.ascii_uppercase, 4)}{digs(r, 9)}', f'JVGL{digs(r, 14)}', f'JJD{digs(r, 13)}',
                         f'1Z{rstr(r, UPPER_NUM, 6)}{digs(r, 10)}', f'3232{digs(r, 14)}', f'{rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2)}{digs(r, 9)}GB',
                         f'9400 {digs(r, 4)} {digs(r, 4)} {digs(r, 4)} {digs(r, 4)} {digs(r, 2)}', f'CD{digs(r, 9)}BE',
                         f'00{digs(r, 16)}'])

    def n_request_id(self, mod):
        r = self.rng
        return r.choice([str(uuid.UUID(int=r.getrandbits(128), version=4)), f'req_{rstr(r, ALNUM, 14)}',
                         rstr(r, HEX, 16), f'{rstr(r, HEX, 8)}-{rstr(r, HEX, 4)}', f'cf-{rstr(r, HEX, 16)}'])

    def n_meter_reading(self, mod):
        r = self.rng
        fam = self.ctx['fam']
        v = r.randint(1200, 98000)
        if fam == 'en':
            return r.choice([f'{v:05d}', f'{v} kWh', f'{v:,} kWh', f'{r.randint(100, 9999)}.{r.randint(0, 9)} m3', f'{v:06d}'])
        return r.choice([f'{v:05d}', f'{v} kWh', f'{v:,} kWh'.replace(',', '.'), f'{r.randint(100, 9999)},{r.randint(0, 9)} m³',
                         f'{v:06d}', f'{r.randint(100, 9999)},{r.randint(100, 999)} m3'])

    def n_model_number(self, mod):
        r, c, P = self.rng, self.ctx, self.P
        mod = mod or r.choice(['terminal', 'router', 'phone', 'printer'])
        if mod == 'terminal':
            own = c['pay'][2]
            if own and r.random() < 0.5:
                return r.choice(own)
            return r.choice(P.terminals)
        if mod == 'router':
            own = c['telco'][1]
            if own and r.random() < 0.5:
                return r.choice(own)
            return r.choice(P.routers)
        if mod == 'phone':
            return r.choice(P.phones)
        return r.choice(P.printers)

    def n_product_code(self, mod):
        r = self.rng
        if mod == 'licence':
            a = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
            return r.choice(['-'.join(rstr(r, a, 5) for _ in range(5)), '-'.join(rstr(r, a, 4) for _ in range(4)),
                             f'LIC-{r.choice([2024, 2025, 2026])}-{rstr(r, a, 4)}-{rstr(r, a, 4)}',
                             f'{rstr(r, a, 6)}-{rstr(r, a, 6)}-{rstr(r, a, 6)}'])
        ean = '87' + digs(r, 10)
        s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(ean))
        ean += str((10 - s % 10) % 10)
        return r.choice([f'SKU-{digs(r, 4)}-{rstr(r, string.ascii_uppercase, 2)}', digs(r, 6), ean,
                         f'{rstr(r, string.ascii_uppercase, 3)}-{digs(r, 4)}', f'BON-57x40-{r.choice([40, 50, 80])}',
                         f'ART{digs(r, 5)}', f'{digs(r, 3)}.{digs(r, 3)}.{digs(r, 2)}'])

    def n_version_string(self, mod):
        r = self.rng
        a, b, cc = r.randint(1, 24), r.randint(0, 19), r.randint(0, 30)
        return r.choice([f'{a}.{b}.{cc}', f'v{a}.{b}.{cc}', f'{a}.{b}', f'{a}.{b}.{cc}.{r.randint(100, 9999)}',
                         f'{r.choice([2024, 2025])}.{r.randint(1, 12)}.{r.randint(0, 9)}', f'v{a}.{b}', f'{a}.{b}.{cc}-beta',
                         f'{a}.{b}.{cc} (build {r.randint(1000, 99999)})'])

    def n_percentage(self, mod):
        r = self.rng
        fam = self.ctx['fam']
        fee = ['1,9', '0,25', '2,9', '1,4', '0,79', '1,75', '0,39', '2,5', '1,2']
        vat = {'nl': ['21', '9', '0'], 'be': ['21', '6', '12'], 'gb': ['20', '5'], 'us': ['8.25', '6.5', '7']}[self.ctx['rk']]
        other = ['100', '50', '10', '15', '25', '30']
        pool = fee if mod == 'fee' else vat if mod == 'vat' else other if mod == 'other' else fee + vat
        v = r.choice(pool)
        if fam == 'en':
            v = v.replace(',', '.')
            return f'{v}%'
        return r.choice([f'{v}%', f'{v}%', f'{v} %'])

    def n_quantity(self, mod):
        r = self.rng
        fam = self.ctx['fam']
        cat = mod or 'goods'
        n = r.choice([2, 3, 4, 5, 6, 10, 12, 20, 25, 50, 100, 250] if cat == 'goods' else [2, 3, 4, 5, 6, 8, 12, 14, 23, 40])
        u = r.choice(UNITS[fam][cat])
        if cat == 'goods':
            return r.choice([f'{n} {u}', f'{n} {u}', f'{n}x', f'{n} st.' if fam == 'nl' else f'{n} pcs'])
        return f'{n} {u}'

    def n_url(self, mod):
        r, c = self.rng, self.ctx
        tld = {'nl': 'nl', 'be': 'be', 'gb': 'co.uk', 'us': 'com'}[c['rk']]
        s = slug(c['shop'])
        b = slug(c['mention_brand'])
        if mod == 'status':
            return r.choice([f'https://status.{b}.{tld}', f'{b}.{tld}/storingen' if c['fam'] == 'nl' else f'{b}.{tld}/status',
                             f'https://www.{b}.{tld}/service'])
        if mod == 'admin':
            return r.choice([f'https://{s}.{tld}/wp-admin', f'https://www.{s}.{tld}/admin/login', f'{s}.{tld}/beheer',
                             f'https://shop.{s}.{tld}/backoffice'])
        return r.choice([f'www.{s}.{tld}', f'https://www.{s}.{tld}', f'{s}.{tld}', f'https://{s}.{tld}/shop'])

    def n_masked_value(self, mod):
        r, c = self.rng, self.ctx
        l4 = digs(r, 4)
        mod = mod or r.choice(['card', 'iban', 'phone', 'email'])
        if mod == 'card':
            return r.choice([f'**** **** **** {l4}', f'•••• {l4}', f'XXXX-XXXX-XXXX-{l4}', f'************{l4}',
                             f'**** {l4}', f'xxxx xxxx xxxx {l4}'])
        if mod == 'last4':
            return l4
        if mod == 'iban':
            cc = 'BE' if c['rk'] == 'be' else ('GB' if c['rk'] == 'gb' else 'NL')
            return r.choice([f'{cc}** **** **** {l4}', f'{cc}** **** **** **{l4[:2]} {l4[2:]}'.replace('**  ', '** '),
                             f'{cc}{digs(r, 2)} **** **** {l4}', f'{cc}********{l4}', f'***{l4}'])
        if mod == 'phone':
            return r.choice({'nl': [f'06-****{l4}', f'+31 6 **** {l4}', f'*******{l4[1:]}', f'06******{l4[2:]}'],
                             'be': [f'+32 4** ** {l4[:2]} {l4[2:]}', f'04** ** {l4[:2]} {l4[2:]}', f'*******{l4[1:]}'],
                             'gb': [f'07*** ***{l4[1:]}', f'+44 **** **{l4}', f'*******{l4[1:]}'],
                             'us': [f'(***) ***-{l4}', f'***-***-{l4}', f'*******{l4[1:]}']}[c['rk']])
        if mod == 'email':
            e = c['own_email']
            u, d = e.split('@')
            return r.choice([f'{u[0]}***@{d}', f'{u[0]}{"*" * (len(u) - 1)}@{d}', f'{u[:2]}****@{d[0]}***.{d.split(".")[-1]}'])
        if mod == 'key':
            return r.choice([f'live_{"*" * 24}{rstr(r, ALNUM, 4)}', f'sk_live_…{rstr(r, ALNUM, 4)}', f'****{rstr(r, HEX, 6)}',
                             f'{rstr(r, HEX, 4)}••••••••••••{rstr(r, HEX, 4)}'])
        if mod == 'sim':
            return r.choice([f'…{l4}', f'****{l4}', f'8931 **** **** {l4}'])
        raise KeyError(mod)

    def n_port(self, mod):
        return str(self.rng.choice([22, 80, 443, 8080, 8443, 3306, 5432, 9100, 1883, 3389, 21, 25, 587, 993, 5060,
                                    8000, 8888, 10000, 50000, 2222, 8081, 445]))

    def n_checksum(self, mod):
        r = self.rng
        n = {'md5': 32, 'sha1': 40, 'sha256': 64}.get(mod) or r.choice([32, 40, 64, 64])
        h = rstr(r, HEX, n)
        return h.upper() if r.random() < 0.15 else h
