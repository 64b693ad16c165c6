"""Renderers: turn a Conv into the text of one message (list of segments)."""
from core import fill, cust, sub
import values as V

NL = [("\n", None)]


def _clock(ctx):
    r = ctx.rng
    st = {"d": r.randint(1, 28), "m": r.randint(1, 12), "y": r.choice([2024, 2025, 2025, 2026]),
          "h": r.randint(7, 21), "mi": r.randint(0, 59), "s": r.randint(0, 59)}
    return st


def _tick(ctx, st):
    tot = st["h"] * 3600 + st["mi"] * 60 + st["s"] + ctx.rng.randint(4, 190)
    tot %= 86400
    st["h"], st["mi"], st["s"] = tot // 3600, (tot // 60) % 60, tot % 60


def _names(ctx):
    r = ctx.rng
    c = r.choice([ctx.first, ctx.first + " " + ctx.last, ctx.first + " " + ctx.last[0] + "."])
    a = r.choice([ctx.agent, ctx.agent + " (" + ctx.brand + ")", ctx.brand, ctx.brand + " Klantenservice" if ctx.fam == "nl" else (ctx.brand + " Service client" if ctx.fam == "fr" else ctx.brand + " Support")])
    bot = r.choice([ctx.brand + " Bot", "Bot", ctx.brand + " Assistant"])
    return c, a, bot


def _text(segs, indent=None):
    """Continuation lines of multi-line turns: optionally indent."""
    if not indent:
        return segs
    out = []
    for t, l in segs:
        if l is None:
            t = t.replace("\n", "\n" + indent)
        out.append((t, l))
    return out


# ------------------------------------------------------------------ chat exports
def wa_prefix(ctx, st, variant):
    lang = ctx.lang
    d, m, y, h, mi, s = st["d"], st["m"], st["y"], st["h"], st["mi"], st["s"]
    us = lang == "en-us"
    h12 = "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "PM" if h >= 12 else "AM")
    if variant == 0:
        date = "%d/%d/%02d" % (m, d, y % 100) if us else "%02d/%02d/%d" % (d, m, y)
        tm = h12 if us else "%02d:%02d" % (h, mi)
        return [(date, ("n", "date")), (", ", None), (tm, ("n", "time")), (" - ", None)]
    if variant == 1:
        date = "%d-%d-%d" % (d, m, y) if not us else "%d/%d/%d" % (m, d, y)
        tm = "%02d:%02d" % (h, mi) if not us else h12
        return [(date, ("n", "date")), (" ", None), (tm, ("n", "time")), (" - ", None)]
    if variant == 2:
        date = "%02d-%02d-%d" % (d, m, y) if not us else "%d/%d/%02d" % (m, d, y % 100)
        tm = "%02d:%02d:%02d" % (h, mi, st["s"])
        return [("[", None), (date, ("n", "date")), (" ", None), (tm, ("n", "time")), ("] ", None)]
    date = "%02d/%02d/%d" % (d, m, y) if not us else "%d/%d/%02d" % (m, d, y % 100)
    tm = "%02d:%02d:%02d" % (h, mi, st["s"])
    return [("[", None), (date, ("n", "date")), (", ", None), (tm, ("n", "time")), ("] ", None)]


def render_export(ctx, conv, kind):
    r = ctx.rng
    cn, an, bn = _names(ctx)
    st = _clock(ctx)
    variants = {"wa": [0, 2, 1, 3], "tg": [0, 1]}[kind]
    var = r.choice([v for _, v in sub(variants, ctx.half)])
    out = []
    for role, segs in conv.turns:
        if role == "note":
            continue
        _tick(ctx, st)
        name = {"c": cn, "a": an, "bot": bn}[role]
        if kind == "wa":
            pre = wa_prefix(ctx, st, var) + [(name + ": ", None)]
        elif var == 0:
            pre = [("[", None), ("%02d.%02d.%02d" % (st["d"], st["m"], st["y"] % 100), ("n", "date")), (" ", None),
                   ("%02d:%02d" % (st["h"], st["mi"]), ("n", "time")), ("] " + name + ": ", None)]
        else:
            pre = [(name + ", [", None), ("%02d.%02d.%d" % (st["d"], st["m"], st["y"]), ("n", "date")), (" ", None),
                   ("%02d:%02d" % (st["h"], st["mi"]), ("n", "time")), ("]\n", None)]
        if out:
            out += NL
        out += pre + segs
    return out


def render_stamp(ctx, conv):
    r = ctx.rng
    cn, an, bn = _names(ctx)
    an = ctx.agent + " (" + ctx.brand + ")"
    st = _clock(ctx)
    var = ctx.half
    out = []
    for role, segs in conv.turns:
        _tick(ctx, st)
        tm = "%02d:%02d" % (st["h"], st["mi"])
        if role == "note":
            pre = [("[", None), (tm, ("n", "time")), ("] ", None)] if var == 0 else [(tm, ("n", "time")), (" ", None)]
            out += NL + pre + segs
            continue
        name = {"c": cn, "a": an, "bot": bn}[role]
        if var == 0:
            pre = [("[", None), (tm, ("n", "time")), ("] " + name + ": ", None)]
        else:
            pre = [(name + " ", None), (tm, ("n", "time")), ("\n", None)]
        if out:
            out += NL + (NL if var == 1 else [])
        out += pre + segs
    return out


def render_roles(ctx, conv):
    rid, (cl, al) = ctx.bank("roles")
    bl = "Bot"
    sep = ctx.rng.choice([": ", ": ", " : " if ctx.fam == "fr" else ": ", " - "])
    out = []
    for role, segs in conv.turns:
        if out:
            out += NL
        if role == "note":
            out += segs
            continue
        lab = {"c": cl, "a": al, "bot": bl}[role]
        out += [(lab + sep, None)] + _text(segs)
    return out


def render_blocks(ctx, conv):
    cn, an, bn = _names(ctx)
    you = {"nl": "Jij", "fr": "Vous", "en": "You"}[ctx.fam]
    out = []
    for role, segs in conv.turns:
        if role == "note":
            continue
        if ctx.half == 0:
            name = {"c": cn, "a": an, "bot": bn}[role]
        else:
            name = {"c": you, "a": ctx.brand, "bot": ctx.brand}[role]
        if out:
            out += NL + NL
        out += [(name + "\n", None)] + segs
    return out


def render_cust_only(ctx, conv):
    out = []
    for role, segs in conv.turns:
        if role != "c":
            continue
        if out:
            out += NL
        out += segs
    return out or [("?", None)]


def render_chat(ctx, conv, channel):
    r = ctx.rng
    if channel == "whatsapp":
        kind = r.choices(["wa", "roles", "cust_only"], [6, 2, 0.7])[0]
    elif channel == "telegram":
        kind = r.choices(["tg", "roles", "cust_only"], [5, 2, 0.7])[0]
    elif channel == "messenger":
        kind = r.choices(["blocks", "roles", "stamp", "cust_only"], [4, 2, 1, 0.7])[0]
    else:
        kind = r.choices(["roles", "stamp", "blocks", "cust_only"], [4, 3, 1, 0.7])[0]
    if kind == "wa":
        body = render_export(ctx, conv, "wa")
    elif kind == "tg":
        body = render_export(ctx, conv, "tg")
    elif kind == "roles":
        body = render_roles(ctx, conv)
    elif kind == "stamp":
        body = render_stamp(ctx, conv)
    elif kind == "blocks":
        body = render_blocks(ctx, conv)
    else:
        body = render_cust_only(ctx, conv)
    if kind in ("roles", "stamp", "blocks", "wa") and channel in ("x_dm", "instagram_dm", "messenger", "whatsapp") and r.random() < 0.3:
        h_id, h = ctx.bank("channel_hdr", "dm_paste")
        body = cust(ctx, fill(h, ctx, h_id)) + NL + NL + body
    return body, kind


# ------------------------------------------------------------------ agent reply
def render_agent_reply(ctx, conv):
    """An agent's reply to one customer message, with the quoted message and any internal note."""
    r = ctx.rng
    turns = [(role, s) for role, s in conv.turns if role != "bot"]
    notes = [s for role, s in turns if role == "note"]
    turns = [(role, s) for role, s in turns if role != "note"]
    cands = [i for i, (role, s) in enumerate(turns) if role == "c" and i + 1 < len(turns) and turns[i + 1][0] == "a"]
    with_span = [i for i in cands if any(l and l[0] == "s" for _, l in turns[i][1])]
    if not cands:
        i = 0
    else:
        i = r.choice(with_span) if with_span and r.random() < 0.7 else r.choice(cands)
    reply = []
    j = i + 1
    while j < len(turns) and turns[j][0] == "a" and len(reply) < 3:
        reply.append(turns[j][1])
        j += 1
    if not reply:
        reply = [s for role, s in turns if role == "a"][:2]
    out = []
    if r.random() < 0.35:
        h_id, h = ctx.bank("channel_hdr", "agent_reply")
        out += fill(h, ctx, h_id) + NL
    body = []
    joiner = r.choice([" ", "\n", "\n\n"])
    for k, s in enumerate(reply):
        if k:
            body.append((joiner, None))
        body += s
    q = quote(turns[i][1], 1) if turns and turns[i][0] == "c" else []
    if q and r.random() < 0.5:
        out += q + NL + NL + body
    else:
        out += body + (NL + NL + q if q else [])
    for s in notes:
        out += NL + NL + [("---", None)] + NL + s
    return out


# ------------------------------------------------------------------ quoting
def quote(segs, depth):
    pre = ">" * depth + " "
    out = [(pre, None)]
    for t, l in segs:
        if l is None:
            t = t.replace("\n", "\n" + pre)
        elif "\n" in t:
            t = t.replace("\n", ", ")
        out.append((t, l))
    return out


def _strip(segs):
    """drop leading/trailing whitespace-only plain text."""
    while segs and segs[0][1] is None and not segs[0][0].strip():
        segs = segs[1:]
    return segs


# ------------------------------------------------------------------ e-mail
def render_email(ctx, conv):
    r = ctx.rng
    lang, fam = ctx.lang, ctx.fam
    runs = []
    notes = []
    for role, segs in conv.turns:
        if role == "note":
            notes.append(segs)
            continue
        role = "a" if role == "bot" else role
        if runs and runs[-1][0] == role:
            runs[-1][1].append(segs)
        else:
            runs.append((role, [segs]))
    msgs = []
    for role, parts in runs:
        body = []
        g_id, g = ctx.bank("email", "hi_c" if role == "c" else "hi_a")
        body += fill(g, ctx, g_id) + NL + NL
        if r.random() < 0.6:
            b_id, b = ctx.bank("email", "body_c" if role == "c" else "body_a")
            body += fill(b, ctx, b_id) + NL
        for i, p in enumerate(parts):
            body += p + NL
        body += NL
        s_id, s = ctx.bank("email", "sig_c" if role == "c" else "sig_a")
        body += fill(s, ctx, s_id)
        if role == "c" and not ctx.nospan and r.random() < 0.4:
            body += NL + [(ctx.address(multiline=r.random() < 0.6), ("s", "address", "sig:" + fam))]
            if r.random() < 0.6:
                body += NL + [(r.choice([x for _, x in sub(["Tel: ", "T: ", "", "Mob. ", "gsm ", "M ", "Tel. ", "📞 "], ctx.half)]), None), (ctx.val("phone"), ("s", "phone", "sig:" + fam))]
        msgs.append((role, body))
    # newest first, older ones quoted
    who_c = ctx.first + " " + ctx.last
    who_a = ctx.brand if r.random() < 0.6 else ctx.agent + " | " + ctx.brand

    def build(ms):
        out = []
        if r.random() < 0.6:
            sj_id, sj = ctx.bank("email", "subj")
            lab = {"nl": "Onderwerp: ", "fr": "Objet : ", "en": "Subject: "}[fam]
            pre = "Re: " * min(3, len(ms) - 1) if fam != "fr" else "RE : " * min(2, len(ms) - 1)
            out += [(lab + pre, None)] + fill(sj, ctx, sj_id) + NL + NL
        if notes:
            out += notes[0] + NL + NL
            out += [({"nl": "---------- Doorgestuurd bericht ----------", "fr": "---------- Message transféré ----------",
                      "en": "---------- Forwarded message ----------"}[fam], None)] + NL
        newest = ms[-1]
        out += newest[1]
        older = list(reversed(ms[:-1]))
        for depth, (role, body) in enumerate(older):
            q_id, q = ctx.bank("email", "quote")
            who = who_c if role == "c" else who_a
            hdr = []
            for t, l in fill(q, ctx, q_id):
                hdr.append((t, l))
            # expand QDATE/QTIME/WHO markers
            hdr2 = []
            for t, l in hdr:
                if l is None and ("{QDATE}" in t or "{QTIME}" in t or "{WHO}" in t):
                    hdr2 += expand_q(ctx, t, who, role)
                else:
                    hdr2.append((t, l))
            out += NL + NL
            out += quote(hdr2, depth) if depth else hdr2
            out += NL + quote(body, depth + 1)
        return out

    ms = msgs[-r.randint(2, 5):] if len(msgs) > 1 else msgs
    while True:
        segs = build(ms)
        n = sum(len(t) for t, _ in segs)
        if n <= 2000 or len(ms) <= 1:
            break
        ms = ms[1:]
    return segs


def expand_q(ctx, t, who, role):
    import re
    r = ctx.rng
    out = []
    pos = 0
    for m in re.finditer(r"\{(QDATE|QTIME|WHO)\}", t):
        if m.start() > pos:
            out.append((t[pos:m.start()], None))
        k = m.group(1)
        if k == "QDATE":
            from negs import date
            out.append((date(r, ctx.lang), ("n", "date")))
        elif k == "QTIME":
            from negs import time
            out.append(("%02d:%02d" % (r.randint(7, 22), r.randint(0, 59)), ("n", "time")))
        else:
            if role == "c" and not ctx.nospan and r.random() < 0.5:
                out += [(who + " <", None), (ctx.val("email") if "@" in ctx.val("email") else V.email(r, ctx.lang, ctx.first, ctx.last), ("s", "email", "quotehdr")), (">", None)]
            else:
                out.append((who, None))
        pos = m.end()
    if pos < len(t):
        out.append((t[pos:], None))
    return out


# ------------------------------------------------------------------ public
def render_public(ctx, channel):
    r = ctx.rng
    for _ in range(20):
        p_id, p = ctx.bank("public")
        if not (ctx.nospan and "{S:" in p):
            break
    out = cust(ctx, fill(p, ctx, p_id))
    if r.random() < 0.3:
        out += [(" ", None)] + fill("{N:hashtag}", ctx, "x")
    if r.random() < 0.55:
        if not ctx.nospan and r.random() < 0.2:
            rp_id, rp = ctx.bank("public_reply_echo")
        else:
            rp_id, rp = ctx.bank("public_reply")
        reply = fill(rp, ctx, rp_id)
        if channel == "x_public":
            out = reply_wrap(ctx, out, reply, "x")
        else:
            out = reply_wrap(ctx, out, reply, "fb")
    return out


def reply_wrap(ctx, post, reply, style):
    r = ctx.rng
    cn = ctx.first + " " + ctx.last
    if style == "x":
        if ctx.half == 0:
            return post + NL + NL + [("↳ ", None), ("@" + ctx.handle, ("n", "mention")), (": ", None)] + reply
        h = "@" + V.slug(ctx.first)[:10] + str(r.randint(1, 99))
        return [(cn + " ", None), (h, ("n", "mention")), (":\n", None)] + post + NL + NL + \
               [({"nl": "Antwoord aan ", "fr": "En réponse à ", "en": "Replying to "}[ctx.fam], None), (h, ("n", "mention")), ("\n" + ctx.brand + ": ", None)] + reply
    if ctx.half == 0:
        return [(cn + "\n", None)] + post + NL + NL + [(ctx.brand + "\n", None)] + reply
    return [(cn + ": ", None)] + post + NL + [("   ↪ " + ctx.brand + " " + {"nl": "antwoordde", "fr": "a répondu", "en": "replied"}[ctx.fam] + ": ", None)] + reply
