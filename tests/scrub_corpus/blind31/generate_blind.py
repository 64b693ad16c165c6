#!/usr/bin/env python3
"""Blind corpus blind31: small-business and self-employed customers of telcos, banks, energy suppliers,
accounting/webshop platforms and payment-terminal providers.

    python3 generate_blind.py --seed 20261229

writes dev.jsonl and heldout.jsonl beside this file and refreshes the count tables in README.md.
Standard library only.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import values  # noqa: E402
import compose  # noqa: E402
import phr_nl  # noqa: E402
import phr_nlbe  # noqa: E402
import phr_frbe  # noqa: E402
import phr_en  # noqa: E402
import pools  # noqa: E402

PREFIX = 'b31'
PER_HALF = 950
LANG_MODS = {'nl': phr_nl, 'nl-be': phr_nlbe, 'fr-be': phr_frbe, 'en': phr_en}
HALF_NAMES = ('dev', 'heldout')
# product / scheme / app names written literally in templates: each may occur in one half only
BRAND_WORDS = ['Bancontact', 'itsme', 'digipass', 'Visa', 'Amex', 'WhatsApp', 'Facebook', 'Slack', 'AWS', 'Google',
               'ChatGPT', 'iPhone', 'Galaxy', 'Maestro', 'V PAY', 'Mastercard', 'Pixel', 'Samsung', 'Android', 'Excel', 'Chrome', 'PostNL', 'DHL', 'bpost', 'Gmail']


class CheckError(Exception):
    pass


def fail(msg, rec=None):
    raise CheckError(msg + ('' if rec is None else '\n' + json.dumps(rec, ensure_ascii=False)[:3000]))


def validate(rec):
    text = rec['text']
    items = []
    for sp in rec['spans']:
        if sp['type'] not in core.SPAN_TYPES:
            fail('unknown span type %r' % sp['type'], rec)
        items.append(('span', sp['type'], sp['start'], sp['end']))
    for ng in rec['negatives']:
        if ng['kind'] not in core.NEG_KINDS:
            fail('unknown negative kind %r' % ng['kind'], rec)
        items.append(('neg', ng['kind'], ng['start'], ng['end']))
    for kind, lab, s, e in items:
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            fail(f'{kind} {lab} out of range {s}-{e}', rec)
        v = text[s:e]
        if v != v.strip():
            fail(f'{kind} {lab} has surrounding white space: {v!r}', rec)
        if kind == 'span':
            d = re.sub(r'\D', '', v)
            if lab == 'card' and not (12 <= len(d) <= 19 and core.luhn_ok(d) and re.fullmatch(r'[\d \-]+', v)):
                fail(f'card fails Luhn: {v!r}', rec)
            if lab == 'iban' and not core.iban_ok(v):
                fail(f'iban fails mod-97: {v!r}', rec)
            if lab == 'bsn' and not (core.bsn_ok(d) or core.rrn_ok(d)):
                fail(f'bsn/rrn fails check: {v!r}', rec)
    items.sort(key=lambda x: (x[2], x[3]))
    for a, b in zip(items, items[1:]):
        if b[2] < a[3]:
            fail(f'overlap {a} / {b}', rec)
    if rec['channel'] not in ('whatsapp', 'messenger', 'telegram', 'instagram_dm', 'instagram_comment', 'x_dm',
                              'x_public', 'facebook_comment', 'email', 'agent_reply'):
        fail('bad channel', rec)
    if rec['lang'] not in ('nl', 'nl-be', 'fr-be', 'en-gb', 'en-us'):
        fail('bad lang', rec)
    pub = rec['channel'] in compose.PUBLIC
    if rec['visibility'] != ('public' if pub else 'private'):
        fail('bad visibility', rec)


def check_disjoint(hp0, hp1, tpl):
    def flat(x):
        out = set()
        if isinstance(x, dict):
            for v in x.values():
                out |= flat(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                if isinstance(v, (list, tuple)):
                    out.add(v[0] if isinstance(v[0], str) else str(v))
                else:
                    out.add(v)
        return out
    for attr in ('first', 'last', 'streets', 'cities', 'telco', 'bank', 'energy', 'shopplat', 'acct', 'pay',
                 'terminals', 'routers', 'phones', 'printers', 'mail_domains', 'hashtags', 'biz', 'ssid_words', 'debit'):
        a, b = flat(getattr(hp0, attr)), flat(getattr(hp1, attr))
        if attr == 'biz':
            a = {n for reg in getattr(hp0, attr).values() for lst in reg.values() for n in lst}
            b = {n for reg in getattr(hp1, attr).values() for lst in reg.values() for n in lst}
        if a & b:
            raise CheckError(f'{attr} crosses halves: {sorted(a & b)[:5]}')
        if not a or not b:
            raise CheckError(f'{attr} empty in a half')
    # no literal brand / person name in any template (they come from the dealt pools only)
    brands = set()
    for dct in (pools.TELCO, pools.BANK, pools.ACCT, pools.PAY, pools.SHOPPLAT):
        for lst in dct.values():
            brands |= {x[0] for x in lst}
    for lst in pools.ENERGY.values():
        brands |= set(lst)
    brands |= {m for _, lst in pools.TERMINALS + pools.ROUTERS + pools.PHONES + pools.PRINTERS for m in lst}
    names = set()
    for dct in (pools.FIRST, pools.LAST):
        for lst in dct.values():
            names |= set(lst)
    tids = ({}, {})
    for h in (0, 1):
        for code, d in tpl[h].items():
            for key, val in d.items():
                lists = val.values() if isinstance(val, dict) else [val]
                for lst in lists:
                    for tid, t in lst:
                        tids[h][tid] = t
                        for w in brands | names:
                            if len(w) >= 3 and re.search(r'(?<![\w@#])' + re.escape(w) + r'(?!\w)', t):
                                raise CheckError(f'literal brand/name {w!r} in template {tid}: {t[:80]}')
    for w in BRAND_WORDS:
        where = set()
        for h in (0, 1):
            for tid, t in tids[h].items():
                if re.search(r'(?<![\w@#])' + re.escape(w) + r'(?!\w)', re.sub(r'\{[^{}]*\}', '', t), re.I):
                    where.add(h)
        if len(where) > 1:
            raise CheckError(f'brand word {w!r} appears in templates of both halves')
    if set(tids[0]) & set(tids[1]):
        raise CheckError('template id in both halves')
    texts0 = {t for t in tids[0].values()}
    both = texts0 & set(tids[1].values())
    if both:
        raise CheckError(f'identical template text in both halves: {sorted(both)[:3]}')


def stats(records):
    st = dict(n=len(records), no_span=0, high=0, hardneg=0, email_05_2k=0)
    types = collections.Counter()
    phr = collections.defaultdict(set)
    negs = collections.Counter()
    chans = collections.Counter()
    langs = collections.Counter()
    for rec, tids in records:
        if not rec['spans']:
            st['no_span'] += 1
        if any(s['type'] in core.HIGH for s in rec['spans']):
            st['high'] += 1
        if rec['negatives']:
            st['hardneg'] += 1
        if rec['channel'] == 'email' and 500 <= len(rec['text'].encode('utf-8')) <= 2048:
            st['email_05_2k'] += 1
        for s, tid in zip(rec['spans'], tids):
            types[s['type']] += 1
            phr[s['type']].add(tid)
        for n in rec['negatives']:
            negs[n['kind']] += 1
        chans[rec['channel']] += 1
        langs[rec['lang']] += 1
    return st, types, phr, negs, chans, langs


def tables(all_stats):
    out = []
    (s0, t0, p0, n0, c0, l0), (s1, t1, p1, n1, c1, l1) = all_stats
    out.append('| | dev | heldout |\n|---|---:|---:|')
    for k, lab in (('n', 'messages'), ('no_span', 'messages without spans'), ('high', 'messages with a high-risk span'),
                   ('hardneg', 'messages with a hard negative'), ('email_05_2k', 'e-mails of 0.5-2 KB')):
        out.append(f'| {lab} | {s0[k]} | {s1[k]} |')
    out.append('\n**Spans per type** (count / distinct phrasings carrying the type)\n')
    out.append('| type | dev | dev phrasings | heldout | heldout phrasings |\n|---|---:|---:|---:|---:|')
    for t in core.SPAN_TYPES:
        out.append(f'| {t} | {t0[t]} | {len(p0[t])} | {t1[t]} | {len(p1[t])} |')
    out.append(f'| **total** | {sum(t0.values())} | | {sum(t1.values())} | |')
    out.append('\n**Negatives per kind**\n')
    out.append('| kind | dev | heldout |\n|---|---:|---:|')
    for k in core.NEG_KINDS:
        out.append(f'| {k} | {n0[k]} | {n1[k]} |')
    out.append(f'| **total** | {sum(n0.values())} | {sum(n1.values())} |')
    out.append('\n**Channels**\n')
    out.append('| channel | dev | heldout |\n|---|---:|---:|')
    for c in sorted(set(c0) | set(c1)):
        out.append(f'| {c} | {c0[c]} | {c1[c]} |')
    out.append('\n**Languages**\n')
    out.append('| lang | dev | heldout |\n|---|---:|---:|')
    for lg in ('nl', 'nl-be', 'fr-be', 'en-gb', 'en-us'):
        out.append(f'| {lg} | {l0[lg]} | {l1[lg]} |')
    return '\n'.join(out)


def generate(seed):
    hp0, hp1, dealer = core.build_half_pools()
    tpl = ({}, {})
    seen = set()
    for code, mod in LANG_MODS.items():
        a, b = compose.deal_lang(dealer, code, mod, seen)
        tpl[0][code], tpl[1][code] = a, b
    check_disjoint(hp0, hp1, tpl)
    results = []
    for half, hp in ((0, hp0), (1, hp1)):
        rng = random.Random(seed * 2 + half)
        gen = values.Gen(rng, hp)
        comp = compose.Composer(rng, gen, tpl[half])
        recs = []
        seen = set()
        while len(recs) < PER_HALF:
            lang = compose.wchoice(rng, compose.LANG_W)
            channel = compose.wchoice(rng, compose.CHANNEL_W)
            m = comp.message(lang, channel)
            text, spans, negs = m.finalize()
            if text in seen or not text.strip():
                continue
            seen.add(text)
            rec = {
                'id': f'{PREFIX}-{HALF_NAMES[half]}-{len(recs):05d}',
                'channel': channel,
                'lang': lang,
                'visibility': 'public' if channel in compose.PUBLIC else 'private',
                'text': text,
                'spans': [{'type': s['type'], 'start': s['start'], 'end': s['end']} for s in spans],
                'negatives': [{'kind': n['kind'], 'start': n['start'], 'end': n['end']} for n in negs],
            }
            validate(rec)
            recs.append((rec, [s['tid'] for s in spans]))
        results.append(recs)
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=20261229)
    ap.add_argument('--no-readme', action='store_true')
    args = ap.parse_args()
    results = generate(args.seed)
    all_stats = []
    for half, recs in enumerate(results):
        path = os.path.join(HERE, f'{HALF_NAMES[half]}.jsonl')
        with open(path, 'w', encoding='utf-8') as fh:
            for rec, _ in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
        all_stats.append(stats(recs))
    tab = tables(all_stats)
    readme = os.path.join(HERE, 'README.md')
    if not args.no_readme and os.path.exists(readme):
        src = open(readme, encoding='utf-8').read()
        a, b = '<!-- COUNTS:BEGIN -->', '<!-- COUNTS:END -->'
        if a in src and b in src:
            src = src[:src.index(a) + len(a)] + '\n' + tab + '\n' + src[src.index(b):]
            open(readme, 'w', encoding='utf-8').write(src)
    print(tab)
    print(f'\nwrote {sum(len(r) for r in results)} messages (seed {args.seed})')


if __name__ == '__main__':
    try:
        main()
    except CheckError as e:
        print('SELF-CHECK FAILED:', e, file=sys.stderr)
        sys.exit(1)
