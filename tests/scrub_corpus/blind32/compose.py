"""Message builders: conversations, exported transcripts, single chat
messages, e-mails with quoted history, agent replies and public posts."""
import datetime

import core
from core import plain, CorpusError
import engine

TOPICS = {
    # topic: (brand categories, value types, negative families)
    "login": (["telco", "shop", "bank"], ["username", "password", "email", "otp", "customer_number", "date_of_birth"], ["gen", "tech"]),
    "otp": (["bank", "shop", "telco"], ["otp", "phone", "email", "username"], ["gen", "tech"]),
    "wifi": (["telco"], ["wifi_key", "password", "customer_number", "ip_address", "address"], ["tech"]),
    "sim": (["telco"], ["puk", "pin", "phone", "customer_number", "date_of_birth", "bsn"], ["gen", "tech"]),
    "card": (["bank"], ["card", "cvv", "card_expiry", "pin", "iban", "date_of_birth", "phone"], ["money"]),
    "refund": (["shop"], ["iban", "email", "address", "customer_number"], ["shop", "money"]),
    "delivery": (["courier", "shop"], ["address", "phone", "email"], ["shop"]),
    "identity": (["insurer"], ["bsn", "date_of_birth", "address", "customer_number", "iban"], ["gen", "money"]),
    "energy": (["energy"], ["customer_number", "address", "iban", "email", "date_of_birth", "bsn"], ["energy"]),
    "dev": (["dev"], ["api_key", "token", "username", "email", "ip_address"], ["dev"]),
    "device": (["telco", "shop"], ["pin", "password", "username", "email"], ["tech"]),
    "billing": (["telco", "energy"], ["iban", "card", "card_expiry", "customer_number", "email"], ["money"]),
    "travel": (["travel"], ["email", "phone", "date_of_birth", "card", "username"], ["travel"]),
}
TOPIC_W = {"login": 12, "otp": 10, "wifi": 10, "sim": 7, "card": 9, "refund": 8, "delivery": 9, "identity": 8,
           "energy": 6, "dev": 5, "device": 5, "billing": 7, "travel": 5}
_MA = [{"delivery", "refund"}, {"login", "otp", "device"}, {"card"}, {"refund", "billing"}, {"sim"}, {"energy"}, {"wifi"},
       {"otp", "login"}]
_ML = [{"login", "device"}, {"sim"}, {"delivery", "energy", "identity"}, {"login", "billing", "energy", "otp"}, {"wifi"},
       {"refund", "billing"}, {"login", "device", "travel"}]
MACRO_TAGS = {  # which topics a macro (by its index in the pack list) fits
    ("nl", "macro_a"): _MA, ("fr", "macro_a"): _MA, ("en", "macro_a"): _MA,
    ("en", "macro_a@us"): [{"delivery", "refund"}, {"billing"}],
    ("nlbe", "macro_a"): [{"delivery", "refund"}, {"login", "otp", "device"}, {"card"}, {"refund", "billing"}, {"energy"}, {"wifi"}],
    ("nl", "macro_leak"): _ML, ("fr", "macro_leak"): _ML, ("en", "macro_leak"): _ML + [{"dev"}],
    ("nlbe", "macro_leak"): _ML[:5],
}


def macro(ctx, key):
    """A macro that fits the topic, or None."""
    for _ in range(3):
        pool = ctx.pool(key)
        fit = []
        for pid, text in pool:
            pack, k, i = pid.split(":")
            tags = MACRO_TAGS[(pack, k)][int(i)]
            if ctx.topic in tags:
                fit.append((pid, text))
        if fit:
            pid, text = ctx.rng.choice(fit)
            return ctx.render(pid, text)
    return None


EMOJI = ["🙏", "😡", "😅", "🙄", "😩", "👍", "🤷", "😤", "🥲", "🙈", "!!", "😂", "☹️"]
MASKABLE = {"card", "iban", "phone", "email", "customer_number", "bsn"}
CHECKSUM = {"card", "iban", "bsn"}

LABELS = {
    "nl": {"cust": ["Klant", "Bezoeker"], "agent": ["Medewerker", "Agent"], "you": "Jij", "bot": "Chatbot",
           "media": "<Media weggelaten>", "deleted": "Dit bericht is verwijderd",
           "e2e": "Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.",
           "rel": ["Mama", "Papa", "Oma", "Opa"], "child": ["Ik", "{name}"]},
    "fr": {"cust": ["Client", "Visiteur"], "agent": ["Conseiller", "Agent"], "you": "Vous", "bot": "Assistant virtuel",
           "media": "<Médias omis>", "deleted": "Ce message a été supprimé",
           "e2e": "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.",
           "rel": ["Maman", "Papa", "Mamy", "Papy"], "child": ["Moi", "{name}"]},
    "en": {"cust": ["Customer", "Visitor"], "agent": ["Agent", "Advisor"], "you": "You", "bot": "Virtual Assistant",
           "media": "<Media omitted>", "deleted": "This message was deleted",
           "e2e": "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
           "rel": ["Mum", "Dad", "Nan", "Grandad"], "child": ["Me", "{name}"]},
}
FAMILY = {  # (display label, vocative, reference)
    "nl": [("Mama", "mam", "mijn moeder"), ("Papa", "pap", "mijn vader"), ("Oma", "oma", "mijn oma"), ("Opa", "opa", "mijn opa"),
           ("Mam", "mam", "mijn moeder"), ("Pa", "pa", "mijn vader")],
    "nl-be": [("Ma", "ma", "mijn moeder"), ("Pa", "pa", "mijn vader"), ("Meme", "meme", "mijn meme"), ("Pepe", "pepe", "mijn pepe"),
              ("Moeke", "moeke", "mijn moeder")],
    "fr-be": [("Maman", "maman", "ma maman"), ("Papa", "papa", "mon papa"), ("Mamy", "mamy", "ma grand-mère"), ("Papy", "papy", "mon grand-père"),
              ("Bonne-maman", "bonne-maman", "ma bonne-maman")],
    "en-gb": [("Mum", "mum", "my mum"), ("Dad", "dad", "my dad"), ("Nan", "nan", "my nan"), ("Grandad", "grandad", "my grandad")],
    "en-us": [("Mom", "mom", "my mom"), ("Dad", "dad", "my dad"), ("Grandma", "grandma", "my grandma"), ("Grandpa", "grandpa", "my grandpa")],
}


def reg(ctx, segs, rng, style):
    return engine.register(segs, rng, style, ctx.lang)


def B(ctx):
    return core.base_lang(ctx.lang)


def pick_topic(ctx, allow_dev=True):
    rng = ctx.rng
    w = dict(TOPIC_W)
    if ctx.lang == "en-us":
        w["identity"] = 1
    if ctx.lang.startswith("en"):
        w["dev"] = 8
    if not allow_dev:
        w["dev"] = 0
    tops = sorted(w)
    return rng.choices(tops, weights=[w[t] for t in tops])[0]


def setup_topic(ctx, topic):
    cats, types, fams = TOPICS[topic]
    ctx.cat = ctx.rng.choice(cats)
    ctx.topic = topic
    ctx.types = types
    ctx.fams = fams
    return ctx


def negfam(ctx):
    return ctx.rng.choice(ctx.fams)


_NX = ["year", "percentage", "quantity", "company_registration", "checksum", "request_id", "product_code",
       "invoice_number", "order_number", "port", "flight_number"]
NEGX_KINDS = {("nl", "negx_c"): _NX, ("nl", "negx_a"): _NX, ("fr", "negx_c"): _NX, ("fr", "negx_a"): _NX,
              ("en", "negx_c"): _NX, ("en", "negx_a"): _NX,
              ("nlbe", "negx_c"): ["year", "percentage", "quantity", "company_registration", "invoice_number", "order_number", "product_code"],
              ("nlbe", "negx_a"): ["year", "percentage", "company_registration", "invoice_number", "order_number"]}
_SHOPT = {"refund", "delivery", "billing", "device"}
NEGX_TOPICS = {"flight_number": {"travel"}, "port": {"wifi", "dev", "device"}, "checksum": {"dev", "device", "wifi"},
               "request_id": {"dev", "login", "otp", "wifi", "device", "billing"}, "product_code": _SHOPT,
               "order_number": _SHOPT | {"travel"}, "quantity": _SHOPT, "invoice_number": {"billing", "refund", "energy", "identity", "sim"},
               "year": {"wifi", "device", "sim"}}


def negline(ctx, who):
    """A context line carrying hard negatives; who is 'c' or 'a'."""
    if ctx.rng.random() < .3 and ctx.has("negx_" + who):
        fit = []
        for pid, text in ctx.pool("negx_" + who):
            pack, k, i = pid.split(":")
            kind = NEGX_KINDS[(pack, k)][int(i) // 2]
            if ctx.topic in NEGX_TOPICS.get(kind, {ctx.topic}):
                fit.append((pid, text))
        if fit:
            pid, text = ctx.rng.choice(fit)
            return ctx.render(pid, text)
    return ctx.r("neg%s:%s" % (who, negfam(ctx)))


def join(*parts, sep=""):
    out = []
    first = True
    for p in parts:
        if p is None:
            continue
        if not first and sep:
            s = sep
            prev = core.seg_text(out[-3:]).rstrip(" ")
            if s.startswith(".") and prev and prev[-1] in ".!?:;…)":
                s = s[1:] or " "
            elif s.startswith(".") and prev and not prev[-1].isalnum() and prev[-1] not in "'\"":
                s = s[1:] or " "
            out.append((s, None))
        out.extend(p)
        first = False
    return out


def value_line_tweaks(segs, rng):
    """Sometimes put a value on the next line after its cue, or glue it to the cue."""
    out = list(segs)
    for i in range(len(out) - 1):
        t, lab = out[i]
        nt, nlab = out[i + 1]
        if lab is None and nlab is not None and nlab[0] == "span" and t.endswith(": "):
            r = rng.random()
            if r < .08:
                out[i] = (t[:-1] + "\n", None)
            elif r < .16:
                out[i] = (t[:-1], None)
    return out


def ask(ctx, t):
    k = "ask:" + t
    if ctx.has(k) and ctx.rng.random() < .72:
        return ctx.r(k)
    return ctx.r("askg_a", _type=t)


def give(ctx, t):
    k = "give:" + t
    if ctx.has(k):
        return ctx.r(k)
    return ctx.r("ans_c", vtype=t)


def choose_types(ctx, n):
    types = list(ctx.types)
    if ctx.lang.startswith("en") and "bsn" in types and ctx.topic != "identity" and ctx.rng.random() < .85:
        types.remove("bsn")
    ctx.rng.shuffle(types)
    return types[:n]


# --------------------------------------------------------------------------
# conversation model: list of turns (role, [message segs])
# --------------------------------------------------------------------------

def conversation(ctx, clean=False, n_types=None, bot=False):
    rng = ctx.rng
    T = []

    def C(*msgs):
        msgs = [m for m in msgs if m]
        if msgs and rng.random() < .07:
            msgs[-1] = msgs[-1] + [(" " + rng.choice(EMOJI), None)]
        T.append(("C", msgs))

    def A(*msgs):
        T.append(("A", [m for m in msgs if m]))

    if bot:
        T.append(("B", [ctx.r("bot_a")]))
    op = ctx.r("open:" + ctx.topic)
    if rng.random() < .5:
        C(ctx.r("greet_c"), op)
    else:
        C(op)
    if bot:
        T.append(("B", [ctx.r("bot_a")]))
    A(ctx.r("greet_a"))
    if rng.random() < .5:
        C(negline(ctx, "c"))
    if n_types is None:
        n_types = rng.choice([1, 1, 2, 2, 2, 3])
    types = [] if clean else choose_types(ctx, n_types)
    if clean:
        for _ in range(rng.choice([1, 1, 2])):
            t = rng.choice(ctx.types)
            if rng.random() < .6:
                A(ask(ctx, t))
                C(ctx.r("refuse_c"))
                A(ctx.r("refuse_a"))
            else:
                A(negline(ctx, "a"))
                C(ctx.r("fill_c"))
                if rng.random() < .5:
                    C(negline(ctx, "c"))
    for t in types:
        if rng.random() < .18:
            # customer volunteers it before being asked
            g = give(ctx, t)
            if rng.random() < .25:
                g = join(g, negline(ctx, "c"), sep=rng.choice([". ", "\n", " - "]))
            C(value_line_tweaks(g, rng))
        else:
            A(ask(ctx, t))
            mode = rng.choices(["direct", "late", "stall", "corr", "give"], weights=[38, 18, 14, 10, 20])[0]
            if mode == "direct":
                C(ctx.r("ans_c", vtype=t))
            elif mode == "give":
                C(value_line_tweaks(give(ctx, t), rng))
            elif mode == "stall":
                C(ctx.r("stall_c"))
                if rng.random() < .6:
                    A(ctx.r("stall_a"))
                C(ctx.r("ans_c", vtype=t) if rng.random() < .6 else ctx.r("late_c", vtype=t))
            elif mode == "late":
                # unrelated back-and-forth before the answer arrives
                C(negline(ctx, "c") if rng.random() < .6 else ctx.r("fill_c"))
                A(negline(ctx, "a") if rng.random() < .6 else ctx.r("fill_a"))
                if rng.random() < .4:
                    C(ctx.r("fill_c"))
                    A(ctx.r("fill_a"))
                C(ctx.r("late_c", vtype=t))
            else:
                C(ctx.r("ans_c", vtype=t, vkey="_w"))
                if rng.random() < .5:
                    A(ctx.r("mismatch_a"))
                C(ctx.r("corr_c", vtype=t))
        r = rng.random()
        if r < .28 and t in MASKABLE:
            A(ctx.r("echo_mask_a", vtype=t))
        elif r < .40:
            A(ctx.r("echo_leak_a", vtype=t))
        elif r < .55:
            A(negline(ctx, "a"))
        else:
            A(ctx.r("ack_a"))
    if rng.random() < .5:
        A(negline(ctx, "a"))
    if rng.random() < .3:
        C(ctx.r("fill_c"))
        A(ctx.r("fill_a"))
    if rng.random() < .75:
        A(ctx.r("close_a"))
    if rng.random() < .7:
        C(ctx.r("close_c"))
    return T


def family_chat(ctx, clean=False):
    """Relative <-> elderly parent chat (pasted/forwarded to support)."""
    rng = ctx.rng
    T = []
    types = [] if clean else choose_types(ctx, rng.choice([1, 1, 2]))
    T.append(("P", [ctx.r("open:" + ctx.topic)]))
    T.append(("R", [ctx.r("fam_misc")]))
    for t in types:
        T.append(("R", [ctx.r("fam_ask", _type=t)]))
        if rng.random() < .4:
            T.append(("P", [ctx.r("stall_c")]))
        if rng.random() < .25:
            T.append(("P", [ctx.r("fam_ans", vtype=t, vkey="_w")]))
            T.append(("P", [ctx.r("corr_c", vtype=t)]))
        else:
            T.append(("P", [ctx.r("fam_ans", vtype=t)]))
    if clean:
        T.append(("P", [negline(ctx, "c")]))
    T.append(("R", [ctx.r("fam_misc")]))
    return T


# --------------------------------------------------------------------------
# transcript formats
# --------------------------------------------------------------------------

FORMATS = {  # family -> variants; variants are dealt to halves
    "wa_android": ["a0", "a1"],
    "wa_ios": ["i0", "i1"],
    "messenger": ["m0", "m1"],
    "telegram": ["t0", "t1"],
    "helpdesk": ["h0", "h1", "h2", "h3"],
    "plain": ["p0", "p1"],
}
AGENT_DISPLAY = ["{brand}", "{agent} | {brand}", "{agent} ({brand})", "{brand} Support", "{agent} - {brand}", "{agentfull}"]


class Clock:
    def __init__(self, rng):
        self.rng = rng
        self.t = datetime.datetime(rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28),
                                   rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))

    def tick(self, big=False):
        r = self.rng
        self.t += datetime.timedelta(seconds=r.randint(8, 200) if not big else r.randint(300, 60 * 60 * 5))
        return self.t


def _d(dt, lang, style):
    if style == "dash":
        return "%02d-%02d-%d" % (dt.day, dt.month, dt.year)
    if style == "dash2":
        return "%02d-%02d-%02d" % (dt.day, dt.month, dt.year % 100)
    if style == "slash":
        return "%02d/%02d/%d" % (dt.day, dt.month, dt.year)
    if style == "slash2":
        return "%02d/%02d/%02d" % (dt.day, dt.month, dt.year % 100)
    if style == "us":
        return "%d/%d/%02d" % (dt.month, dt.day, dt.year % 100)
    if style == "dot2":
        return "%02d.%02d.%02d" % (dt.day, dt.month, dt.year % 100)
    if style == "dot":
        return "%02d.%02d.%d" % (dt.day, dt.month, dt.year)
    if style == "iso":
        return "%d-%02d-%02d" % (dt.year, dt.month, dt.day)
    raise CorpusError(style)


def _t(dt, style):
    if style == "hm":
        return "%02d:%02d" % (dt.hour, dt.minute)
    if style == "hms":
        return "%02d:%02d:%02d" % (dt.hour, dt.minute, dt.second)
    ap = "PM" if dt.hour >= 12 else "AM"
    h = (dt.hour - 1) % 12 + 1
    if style == "ap":
        return "%d:%02d %s" % (h, dt.minute, ap)
    if style == "ap_n":
        return "%d:%02d\u202f%s" % (h, dt.minute, ap)
    if style == "aps":
        return "%d:%02d:%02d %s" % (h, dt.minute, dt.second, ap)
    if style == "aps_n":
        return "%d:%02d:%02d\u202f%s" % (h, dt.minute, dt.second, ap)
    raise CorpusError(style)


def D(txt, pid):
    return (txt, ("neg", "date", pid))


def Tm(txt, pid):
    return (txt, ("neg", "time", pid))


def stamp(ctx, fam, var, dt):
    """Return (segs before the name, separator after the name)."""
    lang = ctx.lang
    b = B(ctx)
    pid = "fmt:%s:%s" % (fam, var)
    us = lang == "en-us"
    if fam == "wa_android":
        if us:
            return [D(_d(dt, lang, "us"), pid), (", ", None), Tm(_t(dt, "ap" if var == "a0" else "ap_n"), pid), (" - ", None)], ": "
        if b == "nl":
            return [D(_d(dt, lang, "dash" if var == "a0" else "dash2"), pid), (" ", None), Tm(_t(dt, "hm"), pid), (" - ", None)], ": "
        if b == "fr":
            return [D(_d(dt, lang, "slash"), pid), (" à " if var == "a0" else " ", None), Tm(_t(dt, "hm"), pid), (" - ", None)], ": "
        return [D(_d(dt, lang, "slash" if var == "a0" else "slash2"), pid), (", ", None), Tm(_t(dt, "hm"), pid), (" - ", None)], ": "
    if fam == "wa_ios":
        if us:
            return [("[", None), D(_d(dt, lang, "us"), pid), (", ", None), Tm(_t(dt, "aps" if var == "i0" else "aps_n"), pid), ("] ", None)], ": "
        if b == "nl":
            return [("[", None), D(_d(dt, lang, "dash" if var == "i0" else "dash2"), pid), (" ", None), Tm(_t(dt, "hms"), pid), ("] ", None)], ": "
        if b == "fr":
            return [("[", None), D(_d(dt, lang, "slash"), pid), (" " if var == "i0" else " à ", None), Tm(_t(dt, "hms"), pid), ("] ", None)], ": "
        return [("[", None), D(_d(dt, lang, "slash" if var == "i0" else "slash2"), pid), (", ", None), Tm(_t(dt, "hms"), pid), ("] ", None)], ": "
    if fam == "telegram":
        if var == "t0":
            return None, None  # handled specially (name first)
        return [("[", None), D(_d(dt, lang, "dot"), pid), (" ", None), Tm(_t(dt, "ap" if us else "hm"), pid), ("] ", None)], ": "
    if fam == "helpdesk":
        if var == "h0":
            return [("(", None), Tm(_t(dt, "hms"), pid), (") ", None)], ": "
        if var == "h1":
            return [("[", None), D(_d(dt, lang, "iso"), pid), (" ", None), Tm(_t(dt, "hm"), pid), ("] ", None)], ": "
        if var == "h2":
            return [Tm(_t(dt, "ap" if us else "hm"), pid), (" | ", None)], " | "
        return None, None  # h3: "Name (14:05): text"
    return [], ": "


def render_transcript(ctx, turns, fam, var, names, big_gap_at=()):
    """names: role -> display name segs."""
    rng = ctx.rng
    clock = Clock(rng)
    lab = LABELS[B(ctx)]
    out = []
    pid = "fmt:%s:%s" % (fam, var)
    first = True
    if fam in ("wa_android", "wa_ios") and rng.random() < .35:
        dt = clock.t
        pre, _ = stamp(ctx, fam, var, dt)
        out += pre
        out.append((lab["e2e"] + "\n", None))
    last_day = None
    for ti, (role, msgs) in enumerate(turns):
        for mi, segs in enumerate(msgs):
            dt = clock.tick(big=(ti in big_gap_at and mi == 0))
            who = names[role]
            if fam in ("wa_android", "wa_ios"):
                pre, sep = stamp(ctx, fam, var, dt)
                out += pre + who + [(sep, None)] + segs + [("\n", None)]
                if rng.random() < .04:
                    pre, sep = stamp(ctx, fam, var, clock.tick())
                    out += pre + who + [(sep + rng.choice([lab["media"], lab["deleted"]]) + "\n", None)]
            elif fam == "telegram":
                if var == "t0":
                    out += who + [(", [", None), D(_d(dt, ctx.lang, "dot2"), pid), (" ", None),
                                  Tm(_t(dt, "ap" if ctx.lang == "en-us" else "hm"), pid), ("]\n", None)] + segs + [("\n\n", None)]
                else:
                    pre, sep = stamp(ctx, fam, var, dt)
                    out += pre + who + [(sep, None)] + segs + [("\n", None)]
            elif fam == "messenger":
                if var == "m0":
                    day = dt.date()
                    if first or (last_day != day) or rng.random() < .15:
                        wd = core.WEEKDAYS[B(ctx)][dt.weekday()]
                        out += [(wd + " ", None), Tm(_t(dt, "ap" if ctx.lang == "en-us" else "hm"), pid), ("\n", None)]
                        last_day = day
                    out += who + [("\n", None)] + segs + [("\n\n", None)]
                else:
                    out += who + [(" · ", None), Tm(_t(dt, "ap" if ctx.lang == "en-us" else "hm"), pid), ("\n", None)] + segs + [("\n\n", None)]
            elif fam == "helpdesk":
                if var == "h3":
                    out += who + [(" (", None), Tm(_t(dt, "hm"), pid), ("): ", None)] + segs + [("\n", None)]
                else:
                    pre, sep = stamp(ctx, fam, var, dt)
                    out += pre + who + [(sep, None)] + segs + [("\n", None)]
            else:
                if var == "p0":
                    out += who + [(": ", None)] + segs + [("\n", None)]
                else:
                    out += [("- ", None)] + who + [(": ", None)] + segs + [("\n", None)]
            first = False
    # strip trailing newlines
    while out and out[-1][1] is None and out[-1][0].strip() == "":
        out.pop()
    if out and out[-1][1] is None:
        out[-1] = (out[-1][0].rstrip(), None)
    return out


def display_names(ctx, fam, var, sender_phone=False):
    rng = ctx.rng
    lab = LABELS[B(ctx)]
    if sender_phone:
        cust = ctx.render("fmt:sender_phone", "{phone}")
    else:
        k = rng.random()
        if fam in ("helpdesk", "plain") and k < .6:
            cust = plain(rng.choice(lab["cust"]) if fam == "helpdesk" else rng.choice(lab["cust"] + [lab["you"]]))
        elif k < .8:
            cust = plain("%s %s" % (ctx.first, ctx.lastn))
        else:
            cust = plain(ctx.first)
    ad = ctx.w.agent_display
    if fam == "helpdesk" and rng.random() < .5:
        agent = plain("%s %s" % (rng.choice(lab["agent"]), ctx.agent))
    elif fam == "plain" and rng.random() < .5:
        agent = plain(rng.choice(lab["agent"]))
    else:
        agent = ctx.render("fmt:agentname", rng.choice(ad))
    bot = plain(lab["bot"] if rng.random() < .6 else "%s Bot" % ctx.brand_t()[0])
    return {"C": cust, "A": agent, "B": bot}


def apply_register(ctx, turns, roles, style):
    out = []
    for role, msgs in turns:
        if role in roles:
            msgs = [reg(ctx, m, ctx.rng, style) for m in msgs]
        out.append((role, msgs))
    return out


def pick_register(rng, elderly=False):
    if elderly:
        return rng.choice([None, "upper", "upper", "sloppy", "typos"])
    return rng.choices([None, "typos", "lower", "sloppy", "upper"], weights=[45, 20, 20, 12, 3])[0]


def family_names(ctx):
    rng = ctx.rng
    p = ctx.parent[0]
    if rng.random() < .2:
        pn = ctx.render("fmt:sender_phone", "{phone#parent}")
    else:
        pn = plain(p)
    rn = plain(ctx.first if rng.random() < .6 else "%s %s" % (ctx.first, ctx.lastn))
    return {"P": pn, "R": rn}


# --------------------------------------------------------------------------
# message kinds
# --------------------------------------------------------------------------

def msg_transcript(ctx, clean):
    rng = ctx.rng
    fam = rng.choices(["wa_android", "wa_ios", "messenger", "telegram", "helpdesk", "plain"], weights=[22, 18, 16, 12, 22, 10])[0]
    var = rng.choice(ctx.w.formats[fam])
    famchat = rng.random() < .16 and ctx.topic != "dev"
    if famchat:
        ctx.parent = rng.choice(FAMILY[ctx.lang])
        ctx.owner_first = ctx.relname
        turns = family_chat(ctx, clean)
        turns = apply_register(ctx, turns, {"P"}, pick_register(rng, elderly=True))
        names = family_names(ctx)
        if fam in ("helpdesk", "plain"):
            fam = "wa_android"
            var = rng.choice(ctx.w.formats[fam])
    else:
        turns = conversation(ctx, clean=clean, bot=(fam == "helpdesk" and rng.random() < .35))
        turns = apply_register(ctx, turns, {"C"}, pick_register(rng))
        names = display_names(ctx, fam, var, sender_phone=(fam in ("wa_android", "wa_ios") and not clean and rng.random() < .15))
    gaps = tuple(i for i in range(len(turns)) if rng.random() < .08)
    body = render_transcript(ctx, turns, fam, var, names, big_gap_at=gaps)
    # how it reached us
    r = rng.random()
    if famchat:
        intro = ctx.r("fam_intro")
        parts = [intro, [("\n\n", None)], body]
        if rng.random() < .6:
            parts += [[("\n\n", None)], ctx.r("mail_req")]
        channel = rng.choice(["email", "whatsapp", "messenger", "email"])
        if channel == "email":
            parts = [ctx.r("mail_greet"), [("\n\n", None)]] + parts + [[("\n\n", None)], ctx.r("mail_close"), [("\n" + ctx.first, None)]]
        return channel, join(*parts)
    if r < .45:
        channel = "email" if rng.random() < .6 else rng.choice(["whatsapp", "messenger", "x_dm", "instagram_dm"])
        parts = [ctx.r("tr_intro"), [("\n\n", None)], body]
        if rng.random() < .7:
            parts += [[("\n\n", None)], ctx.r("tr_outro")]
        if channel == "email":
            parts = [ctx.r("mail_greet"), [("\n\n", None)]] + parts + [[("\n\n", None)], ctx.r("mail_close"), [("\n%s %s" % (ctx.first, ctx.lastn), None)]]
        return channel, join(*parts)
    channel = {"wa_android": "whatsapp", "wa_ios": "whatsapp", "messenger": "messenger", "telegram": "telegram",
               "helpdesk": rng.choice(["whatsapp", "messenger", "instagram_dm", "x_dm", "telegram"]),
               "plain": rng.choice(["instagram_dm", "x_dm", "messenger", "whatsapp"])}[fam]
    if channel == "whatsapp" and fam == "messenger":
        channel = "messenger"
    return channel, body


def msg_chat(ctx, clean):
    """A single DM (possibly several lines sent in a burst)."""
    rng = ctx.rng
    channel = rng.choices(["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"], weights=[32, 22, 12, 16, 18])[0]
    if clean and rng.random() < .15:
        return channel, ctx.r("tiny")
    kind = rng.choices(["burst", "answer", "sms", "dictation", "elderly", "relative"], weights=[34, 26, 9, 11, 10, 10])[0]
    if ctx.topic not in ("login", "otp", "card", "sim") and kind == "sms":
        kind = "burst"
    rstyle = pick_register(rng)
    lines = []
    if clean:
        if rng.random() < .5:
            lines.append(ctx.r("greet_c"))
        lines.append(ctx.r("open:" + ctx.topic))
        for _ in range(rng.choice([1, 1, 2])):
            lines.append(negline(ctx, "c"))
        if kind in ("elderly", "relative") and ctx.topic == "dev":
            kind = "burst"
        if kind == "elderly":
            lines.insert(0, ctx.r("elder_open"))
            rstyle = pick_register(rng, True)
        elif kind == "relative":
            lines.insert(0, ctx.r("rel_open"))
        sep = rng.choice(["\n", "\n", ". ", " "])
        return channel, reg(ctx, join(*lines, sep=sep), rng, rstyle)
    types = choose_types(ctx, rng.choice([1, 1, 1, 2, 2, 3]))
    if kind in ("elderly", "relative") and ctx.topic == "dev":
        kind = "burst"
    if kind == "answer":
        t = types[0]
        mode = rng.choice(["ans", "ans", "late", "corr", "quoted", "multi"])
        if mode == "ans":
            segs = ctx.r("ans_c", vtype=t)
        elif mode == "late":
            segs = ctx.r("late_c", vtype=t)
        elif mode == "corr":
            segs = join(ctx.r("ans_c", vtype=t, vkey="_w"), ctx.r("corr_c", vtype=t), sep="\n")
        elif mode == "quoted":
            q = ask(ctx, t)
            segs = join([("> ", None)], q, [("\n", None)], ctx.r("ans_c", vtype=t))
        else:
            segs = join(*[ctx.r("ans_c", vtype=x) for x in types], sep=rng.choice(["\n", "\n", " / "]))
        if rng.random() < .25:
            segs = join(segs, negline(ctx, "c"), sep=rng.choice(["\n", ". "]))
        return channel, reg(ctx, segs, rng, rstyle if rstyle != "upper" else None)
    if kind == "sms":
        segs = join(ctx.r("fwd_sms_c"), ctx.r("sms"), sep=rng.choice(["\n", "\n\n", " "]))
        if rng.random() < .5:
            segs = join(segs, ctx.r("open:" + ctx.topic), sep="\n")
        return channel, segs
    if kind == "dictation":
        ctx.dictate = True
        lines = [ctx.r("dict_intro")] if rng.random() < .5 else []
        lines.append(ctx.r("open:" + ctx.topic))
        for t in types:
            lines.append(give(ctx, t))
        ctx.dictate = False
        segs = join(*lines, sep=rng.choice([" ", ". ", " "]))
        return channel, reg(ctx, segs, rng, rng.choice(["lower", None, "sloppy"]))
    if kind == "elderly":
        lines.append(ctx.r("elder_open"))
        rstyle = pick_register(rng, True)
    elif kind == "relative":
        lines.append(ctx.r("rel_open"))
    elif rng.random() < .5:
        lines.append(ctx.r("greet_c"))
    lines.append(ctx.r("open:" + ctx.topic))
    for t in types:
        lines.append(value_line_tweaks(give(ctx, t), rng))
        if rng.random() < .25:
            lines.append(negline(ctx, "c"))
    sep = rng.choice(["\n", "\n", ". ", " ", "\n\n"])
    segs = join(*lines, sep=sep)
    if kind == "elderly" and rng.random() < .5:
        segs = join(segs, ctx.r("mail_close"), [(" " + ctx.first + " " + ctx.lastn, None)], sep="\n")
    return channel, reg(ctx, segs, rng, rstyle)


def signature(ctx, full=True):
    rng = ctx.rng
    parts = [[("%s %s" % (ctx.first, ctx.lastn), None)]]
    if full and rng.random() < .55:
        parts.append(ctx.render("sig:address", "{address:multi}"))
    if full and rng.random() < .55:
        lab = ctx.pick("sig_labels")
        parts.append(ctx.render(lab[0], lab[1] + " {phone}"))
    if full and rng.random() < .3:
        lab = ctx.pick("sig_cn")
        parts.append(ctx.render(lab[0], lab[1] + " {customer_number}"))
    return join(*parts, sep="\n")


def agent_message_for_quote(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < .5:
        m = macro(ctx, "macro_a")
        if m:
            return m
    lines = [ctx.r("greet_a"), negline(ctx, "a")]
    if rng.random() < .7:
        lines.append(ask(ctx, rng.choice(ctx.types)))
    lines.append(ctx.r("close_a"))
    return join(*lines, sep="\n\n")


def msg_email(ctx, clean):
    rng = ctx.rng
    for _attempt in range(6):
        paras = []
        head = []
        if rng.random() < .3:
            head.append(ctx.r("subj"))
        paras.append(ctx.r("mail_greet"))
        elderly = rng.random() < .14 and ctx.topic != "dev"
        if rng.random() < .2 and ctx.topic != "dev":
            paras.append(ctx.r("rel_open"))
        elif elderly:
            paras[-1] = ctx.r("elder_open")
        body = [ctx.r("open:" + ctx.topic)]
        if rng.random() < .6:
            body.append(negline(ctx, "c"))
        paras.append(join(*body, sep=". "))
        if rng.random() < .55:
            paras.append(ctx.r("mail_ctx"))
        if not clean:
            types = choose_types(ctx, rng.choice([1, 2, 2, 3]))
            g = [value_line_tweaks(give(ctx, t), rng) for t in types]
            paras.append(join(*g, sep=rng.choice(["\n", ". ", "\n- "])))
            if ctx.topic in ("login", "otp", "sim") and rng.random() < .25:
                paras.append(join(ctx.r("fwd_sms_c"), ctx.r("sms"), sep="\n"))
        else:
            paras.append(negline(ctx, "c"))
        paras.append(ctx.r("mail_req"))
        paras.append(join(ctx.r("mail_close"), signature(ctx, full=not clean or rng.random() < .3), sep="\n"))
        segs = join(*paras, sep="\n\n")
        if head:
            segs = join(*head, segs, sep="\n\n")
        if elderly and rng.random() < .4:
            segs = reg(ctx, segs, rng, "upper")
        elif rng.random() < .2:
            segs = reg(ctx, segs, rng, "typos")
        q = rng.random()
        if q < .45:
            hdr = ctx.r("quote_hdr")
            am = agent_message_for_quote(ctx)
            segs = join(segs, hdr, core.prefix_lines(am, "> "), sep="\n\n" if rng.random() < .7 else "\n")
            segs = [(t.replace("> \n", ">\n"), lab) for t, lab in segs]
        elif q < .6 and ctx.has("orig_hdr"):
            hdr = ctx.r("orig_hdr")
            am = agent_message_for_quote(ctx)
            segs = join(segs, hdr, am, sep="\n\n")
        n = len(core.seg_text(segs))
        if 500 <= n <= 2000:
            return "email", segs
    return "email", segs


def msg_agent(ctx, clean):
    rng = ctx.rng
    if clean:
        k = rng.choices(["macro", "ph", "pub", "ask", "quote"], weights=[40, 15, 15, 15, 15])[0]
    else:
        k = rng.choices(["leak", "echo", "quote"], weights=[45, 20, 35])[0]
    if k == "leak":
        m = macro(ctx, "macro_leak")
        if m is None:
            k = "echo"
    if k == "macro":
        segs = macro(ctx, "macro_a")
        if segs is None:
            k = "ask"
    if k == "macro":
        if rng.random() < .5:
            segs = join(segs, ctx.r("sig_a"), sep="\n\n")
        return "agent_reply", segs
    if k == "ph":
        return "agent_reply", ctx.r("macro_ph")
    if k == "pub":
        return "agent_reply", ctx.r("pub_a")
    if k == "ask":
        segs = join(ctx.r("greet_a"), ask(ctx, rng.choice(ctx.types)), sep=" ")
        if rng.random() < .6:
            segs = join(segs, negline(ctx, "a"), sep=" ")
        return "agent_reply", segs
    if k == "leak":
        segs = m
        if rng.random() < .5:
            segs = join(segs, ctx.r("sig_a"), sep="\n\n")
        return "agent_reply", segs
    if k == "echo":
        t = rng.choice(ctx.types)
        segs = join(ctx.r("greet_a"), ctx.r("echo_leak_a", vtype=t), sep=" ")
        if rng.random() < .5:
            segs = join(segs, negline(ctx, "a"), sep=" ")
        return "agent_reply", segs
    # agent e-mail reply quoting the customer's message
    lines = [ctx.r("greet_a"), negline(ctx, "a")]
    if rng.random() < .5:
        m = macro(ctx, "macro_a" if clean else "macro_leak")
        if m:
            lines = [m]
    lines.append(ctx.r("sig_a"))
    top = join(*lines, sep="\n\n")
    cust = [ctx.r("mail_greet"), ctx.r("open:" + ctx.topic)]
    if not clean:
        for t in choose_types(ctx, rng.choice([1, 2])):
            cust.append(give(ctx, t))
    else:
        cust.append(negline(ctx, "c"))
    cust.append(join(ctx.r("mail_close"), [("%s %s" % (ctx.first, ctx.lastn), None)], sep="\n"))
    cbody = join(*cust, sep="\n\n")
    ctx.ents[("email", "agent")] = ctx.ent("email", "")
    hdr = None
    for _ in range(12):
        pid, text = ctx.pick("quote_hdr")
        if "{agentfull}" in text:
            hdr = ctx.render(pid, text, agentfull="%s %s" % (ctx.first, ctx.lastn))
            break
    if hdr is None:
        hdr = ctx.render("fmt:quote_cust", "%s %s <{email}>:" % (ctx.first, ctx.lastn))
    segs = join(top, hdr, core.prefix_lines(cbody, "> "), sep="\n\n")
    segs = [(t.replace("> \n", ">\n"), lab) for t, lab in segs]
    return "agent_reply", segs


_ANY = ["telco", "bank", "shop", "energy", "courier", "insurer", "travel"]
_PC = [["telco"], ["courier", "shop"], ["telco", "energy"], _ANY, ["telco"], _ANY, ["bank", "telco", "shop", "travel"]]
_PL = [["telco", "bank", "energy"], ["shop", "bank", "telco"], ["shop", "courier"], ["telco", "energy", "insurer"],
       ["shop", "telco", "bank"], ["bank", "shop", "telco"]]
PUB_TAGS = {
    ("nl", "pub_c"): _PC, ("fr", "pub_c"): _PC, ("en", "pub_c"): _PC, ("nlbe", "pub_c"): _PC[:6],
    ("en", "pub_c@us"): [["telco", "bank", "insurer"], ["courier", "shop"]],
    ("nl", "pub_leak"): _PL, ("fr", "pub_leak"): _PL, ("en", "pub_leak"): _PL, ("nlbe", "pub_leak"): _PL[:4] + [_PL[5]],
}
CAT_TOPICS = {"telco": ["wifi", "sim", "login", "billing"], "bank": ["card", "otp", "login"], "shop": ["refund", "delivery", "login"],
              "courier": ["delivery"], "energy": ["energy", "billing"], "insurer": ["identity"], "travel": ["travel"]}


def msg_public(ctx, clean):
    rng = ctx.rng
    channel = rng.choices(["x_public", "instagram_comment", "facebook_comment"], weights=[45, 25, 30])[0]
    key = "pub_c" if clean else "pub_leak"
    pid, text = ctx.pick(key)
    pack, k, i = pid.split(":")
    cat = rng.choice(PUB_TAGS[(pack, k)][int(i)])
    topic = rng.choice(CAT_TOPICS[cat])
    setup_topic(ctx, topic)
    ctx.cat = cat
    segs = ctx.render(pid, text)
    if clean and rng.random() < .3:
        segs = join(segs, negline(ctx, "c"), sep=" ")
    if channel == "facebook_comment" and rng.random() < .4:
        segs = join(segs, ctx.r("open:" + ctx.topic), sep=". ")
    return channel, reg(ctx, segs, rng, rng.choice([None, None, "typos", "lower"]))
