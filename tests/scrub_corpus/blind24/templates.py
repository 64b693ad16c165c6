"""Template registry: loads the per-language template modules and deals every
group of phrasings alternately to the two halves."""
import core
import t_en
import t_fr
import t_nl
import t_nlbe

MODULES = {"nl": t_nl, "nlbe": t_nlbe, "fr": t_fr, "en": t_en}
LANG_GROUP = {"nl": "nl", "nl-be": "nlbe", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
CATS = ["CHAT", "PUB", "AGENT", "NOTE", "MAIL", "AMAIL", "GREET", "CLOSE", "SIG", "AGREET", "ASIG",
        "QHEAD_AGENT", "QHEAD_CUST", "FWD", "FWDNOTE", "FWDBODY", "OOO", "FORM", "FORMNOTE",
        "TABLE", "TABLENOTE", "CONTEXT", "AEXTRA"]

# short chat openers, also dealt alternately
OPEN = {
    "nl": ["hoi\n", "Hallo, ", "Goedemiddag,\n", "hey ", "Goedemorgen, ", "hallo daar\n", "Hoi hoi, ", "Beste, "],
    "nlbe": ["dag\n", "Goeiemiddag, ", "hallo, ", "Dag meneer/mevrouw,\n", "hey ", "Goeiemorgen\n"],
    "fr": ["bonjour\n", "Bonjour, ", "bjr ", "Bonsoir,\n", "salut ", "Bonjour Madame, Monsieur,\n"],
    "en": ["hi\n", "Hello, ", "hey ", "Good morning,\n", "hiya ", "Hi there, ", "yo ", "Afternoon,\n"],
}


def _split(tpl):
    if tpl.startswith("gb:"):
        return tpl[3:], "en-gb"
    if tpl.startswith("us:"):
        return tpl[3:], "en-us"
    return tpl, None


def build():
    """Return {half: {(group, cat): [(tid, tpl, restrict), ...]}}."""
    halves = {0: {}, 1: {}}
    toggle = 0
    for g, mod in MODULES.items():
        cats = {c: getattr(mod, c) for c in CATS}
        cats["OPEN"] = OPEN[g]
        for cat, lst in cats.items():
            groups = {}
            for i, raw in enumerate(lst):
                tpl, restrict = _split(raw)
                key = (core.primary_type(tpl), restrict)
                groups.setdefault(key, []).append(("%s.%s.%d" % (g, cat, i), tpl, restrict))
            for key in groups:
                for j, item in enumerate(groups[key]):
                    h = (j + toggle) % 2
                    halves[h].setdefault((g, cat), []).append(item)
                toggle ^= 1
    return halves
