"""Recovery codes listed in a sentence: "i still have my recovery codes 1XTL-XO2O-3O1F-CVZZ and MQEQ 2NYJ
03SY", "backup codes i wrote down: jxpxd54cle, 4544 7360, qszm-hx3a", "back-up codes die ik heb
opgeschreven: 6565 9121, avzhtfly0v en 18839073", "mes codes de secours : 8841 2210 et k2mf-9qpx".

A service hands out a handful of one-time codes to get back into an account; a customer who kept them
pastes several at once. Each is a one-time code, whatever shape the service gives it (eight digits in two
groups, ten letters and digits, groups of four or five joined by dashes or spaces). The cue is plural and
names what the codes are for, so every code-shaped word up to the sentence's end is one; a word needs a
digit, so the sentence's own words never are. One code named alone ("Backup code UYB8-D917-4KBQ-UIEQ
rejected", "herstelcode opgeschreven: pai0w-579cc") is the first code-shaped word right after its name.

A wallet's recovery phrase is twelve to twenty-four plain words ("seed phrase: apple river stone …",
"herstelzin: appel rivier …"): whoever reads them owns the wallet, so the words are a password, taken from
the phrase's name to where the run of small words ends.
"""

from __future__ import annotations

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.secret_shapes import drawn_word
from webcare.scrub.textutil import Span, contains_any, free_of, is_reference_at

# "codes" as typed fast, after what they recover ("back-up ocdes", "backup cods", "herstelcodes")
_SPELLINGS = ("codes", "cods", "ocdes", "cdoes", "coeds", "codez", "kodes")
# a few texts received, each with its code ("got two texts, 458-693 and 019447"): codes right after them
_TEXTS = ("texts", "text messages", "sms'jes", "smsjes", "sms")
# one of them named alone ("Backup code UYB8-D917-4KBQ-UIEQ rejected", "herstelcode: pai0w-579cc", "ce code de
# récupération : 67AS-PXDQ-WP7T"): the first code-shaped word right after it
_SINGULAR = ("code", "codde", "coode", "coe", "cdoe", "kode")
_HINTS = (*_SPELLINGS, "texts", "sms")
# what every singular cue holds, tested first ("bac" of "Bacckup", "rec" of "recoevry")
_ONE_HINTS = ("bac", "rec", "restore", "herstel", "reserve", "nood", "scratch", "2fa", "mfa", "récup",
              "secours", "sauvegarde", "réserve")  # fmt: skip
_CODES = "(?:" + "|".join(_SPELLINGS) + ")"
_RECOVERS = r"(?:bac*k+[ \t-]?up|rec(?:ov|oev|ovv)e?ry|restore|herstel|reserve|nood|scratch|2fa|mfa)[ \t-]?"
_FRENCH_RECOVERS = r"(?:secours|récupération|recuperation|sauvegarde|réserve|reserve)"
_ONE = LazyPattern(
    r"(?<![a-z])(?:" + _RECOVERS + "(?:" + "|".join(_SINGULAR) + r")"
    + r"|code[ \t]++(?:de[ \t]++)?" + _FRENCH_RECOVERS + r")(?![a-z])"
)  # fmt: skip
_CAPITAL_GROUPS = LazyPattern(r"[A-Z]{4,5}(?:-[A-Z]{4,5}){2,3}")
_ONE_REACH = 24  # characters from the cue to where its code starts: "herstelcode opgeschreven: …", "code: …"
_CLAUSE_REACH = 64
_COPULA_BEFORE = LazyPattern(r"(?<![a-z])(?:was|is|est|était|were)[ \t]++$")
_CUE = LazyPattern(
    r"(?<![a-z])(?:" + _RECOVERS + _CODES
    + r"|codes[ \t]++(?:de[ \t]++)?" + _FRENCH_RECOVERS
    # or a few texts that each brought one: "got two texts, 458-693 and 019447, which one?"
    + r"|(?:got|received|kreeg|gekregen|ontvangen|reçu)[ \t]++(?:two|three|2|3|twee|drie|deux|trois)[ \t]++"
    + r"(?:" + "|".join((*_TEXTS, "codes")) + "))"
    + r"(?![a-z])"
)  # fmt: skip
# A code as services issue them: groups of three to five letters or digits, of one length, joined by dashes
# or single spaces, or one run of six to sixteen; bounded repeats, linear on any input.
_CODE = LazyPattern(
    r"(?<![\w@./:#-])(?:" + "|".join(rf"[a-z0-9]{{{n}}}(?:[- ][a-z0-9]{{{n}}}){{1,3}}" for n in (3, 4, 5))
    + r"|[a-z0-9]{6,16})(?![\w@/-]|[.,:][a-z0-9])"
)  # fmt: skip
_REACH = 160  # characters after the cue: a sentence holding a few codes
# Letters only, two dashed groups of one length ("tzqt-rsxb", "jwqu-kuey"): a code in a list that opened
# with a colon or already held one, never a word of the sentence ("on-line", "self-help" stand alone).
_LETTER_CODE = LazyPattern(r"[a-z]{4}-[a-z]{4}|[a-z]{5}-[a-z]{5}")
_LIST_OPENS = LazyPattern(r":[ \t]*+$")
_LIST_GAP = LazyPattern(r"[ \t]*+[,:;]?[ \t]*+(?:(?:and|en|et|or|of|ou)[ \t]++)?")
_SENTENCE_END = LazyPattern(r"[.!?](?:[ \t\n]|$)|\n[ \t]*+\n|[?!]")


# A recovery phrase's name, then its words: twelve to twenty-four words of letters only, apart by a space,
# a comma or a dash, numbered or not ("1. apple 2. river …").
_PHRASE_HINTS = ("phrase", "seed", "mnemonic", "herstelzin", "woorden", "mots")
_PHRASE_CUE = LazyPattern(
    r"(?<![a-z])(?:(?:seed|recovery|secret|backup|back-up|wallet|herstel|geheime)[ \t-]?"
    r"(?:phrase|words|zin|woorden)|mnemonic(?:[ \t]++phrase)?|phrase[ \t]++(?:de[ \t]++récupération|"
    r"secrète|mnémonique|de[ \t]++récuperation)|mots[ \t]++de[ \t]++récupération)"
    r"(?:[ \t]*+(?:is|was|c'est|est|zijn|waren|:|=|-)){0,2}[ \t]*+(?:\r?\n[ \t>]*+)?[\"'“«(]?[ \t]*+"
)
_PHRASE_WORD = LazyPattern(r"(?:[0-9]{1,2}[.)][ \t]*+)?([a-zà-ÿ]{3,8})(?![\w'@.-][\w])")
# A sentence's own words: a run holding two of these is prose about the phrase, not the phrase ("my seed
# phrase was never shared with anyone and the app …")
_PROSE_WORDS = frozenset(
    "the and you not with that this have was for are but can will what from they she his her our your "
    "het een van niet dat die heb ben kan mijn jij wij zij ons ook nog aan met voor bij naar maar "
    "les des est pas que qui une mon dans pour avec sur mais ai été".split()
)
_PHRASE_GAP = LazyPattern(r"[ \t]*+[,\-][ \t]*+|[ \t]++|[ \t]*+\r?\n[ \t>]*+(?=[0-9]{1,2}[.)])")
_PHRASE_WORDS = (12, 24)


def _recovery_phrases(low: str, out: list[Span]) -> None:
    for cue in _PHRASE_CUE.finditer(low):
        pos, words, end, prose = cue.end(), 0, cue.end(), 0
        while words < _PHRASE_WORDS[1] and (word := _PHRASE_WORD.match(low, pos)) is not None:
            words, end = words + 1, word.end()
            prose += word.group(1) in _PROSE_WORDS
            gap = _PHRASE_GAP.match(low, end)
            if gap is None:
                break
            pos = gap.end()
        if words >= _PHRASE_WORDS[0] and prose < 2 and free_of(out, cue.end(), end):
            out.append(Span(cue.end(), end, "password"))


# The codes a login or a check sent, listed in brackets after their plural name: "sms'jes met inlogcodes
# (9125, 33807)", "login codes (4411, 902113)", "codes de connexion (8841, 220 913)": each one is a code sent,
# four to ten digits, spaced or dashed as a text shows them.
_SENT_CODES_CUE = LazyPattern(
    r"(?<![a-z])(?:(?:inlog|login|log-in|verificatie|verification|bevestigings|confirmation|sms|"
    r"beveiligings|security|toegangs|otp|2fa)[ \t-]?(?:codes|cods|kodes)|codes[ \t]++(?:de[ \t]++)?"
    r"(?:connexion|vérification|verification|confirmation|sécurité|securite))(?![a-z])[ \t]*+:?[ \t]*+\("
)
_BRACKETED_CODE = LazyPattern(r"[ \t]*+([0-9](?:[0-9]|[ -](?=[0-9])){3,13})[ \t]*+([,;)])")
_BRACKETED_DIGITS = (4, 10)


def _bracketed_codes(low: str, out: list[Span]) -> None:
    for cue in _SENT_CODES_CUE.finditer(low):
        pos, found = cue.end(), []
        while (item := _BRACKETED_CODE.match(low, pos)) is not None:
            digits = sum(ch.isdigit() for ch in item.group(1))
            if not _BRACKETED_DIGITS[0] <= digits <= _BRACKETED_DIGITS[1]:
                break
            found.append(item.span(1))
            pos = item.end()
            if item.group(2) == ")":
                break
        years = all(end - start == 4 and low.startswith(("19", "20"), start) for start, end in found)
        if len(found) >= 2 and low[pos - 1 : pos] == ")" and not years:  # (not "codes (2023, 2024)")
            out.extend(Span(start, end, "otp") for start, end in found if free_of(out, start, end))


# One of the codes shown as an example a sentence or two on: "I've regenerated your backup codes. Keep them
# safe, e.g. the first one: 5653 8486", "je back-upcodes … Bewaar ze goed, bijvoorbeeld de eerste: as4nc…".
_FIRST_ONE = LazyPattern(
    r"(?<![a-z])(?:the[ \t]++first(?:[ \t]++one)?|de[ \t]++eerste|le[ \t]++premier|la[ \t]++première)"
    r"[ \t]*+:[ \t]*+"
)
_FIRST_ONE_REACH = 120
_FIRST_HINTS = ("first", "eerste", "premi")
# Letters only, drawn rather than spelled (`secret_shapes.drawn_word`): a code in a list that already held one
# ("codes de secours: 5730 2807, jznuwbhbju, 03652681"), never a word of the sentence.
_DRAWN_LETTERS = LazyPattern(r"[a-z]{8,16}(?=[ \t]*+(?:[,;.]|and|en|et|$))")


def _drawn_letters(low: str, start: int) -> int:
    """Where a code of drawn letters starting at start ends (start if none does)."""
    word = _DRAWN_LETTERS.match(low, start)
    return word.end() if word is not None and drawn_word(word.group()) else start


def _sentence_stop(low: str, pos: int) -> int:
    """Where the codes after a cue at pos may end: the sentence's end, at most `_REACH` on."""
    stop = min(len(low), pos + _REACH)
    end = _SENTENCE_END.search(low, pos, stop)
    return stop if end is None else end.start()


# A disk's recovery key as Windows prints it, eight groups of six digits ("herstelsleutel 412269-503118-…"):
# no other number has that shape, so it is the key whatever names it, a one-time code as recovery codes are.
_DISK_RECOVERY_KEY = LazyPattern(r"(?<![0-9-])[0-9]{6}(?:-[0-9]{6}){7}(?![0-9-])")


def detect_code_lists(text: str, low: str, out: list[Span]) -> None:
    if low.count("-") >= 7:
        for key in _DISK_RECOVERY_KEY.finditer(low):
            if free_of(out, *key.span()):
                out.append(Span(key.start(), key.end(), "otp"))
    if contains_any(low, _PHRASE_HINTS):
        _recovery_phrases(low, out)
    if contains_any(low, _ONE_HINTS):
        _one_code(text, low, out)
    if not contains_any(low, _HINTS):
        return
    if "(" in low:
        _bracketed_codes(low, out)
    for cue in _CUE.finditer(low):
        stop = _sentence_stop(low, cue.end())
        pos, taken = cue.end(), False
        texts = cue.group().endswith(_TEXTS)
        while (code := _CODE.search(low, pos, stop)) is not None:
            start, finish = code.span()
            if texts and not _LIST_GAP.fullmatch(low, pos, start):
                break  # "got 2 texts about order 123456": the texts' codes follow them at once
            finish = _code_end(text, start, finish)
            if (
                finish == start
                and _LETTER_CODE.fullmatch(low, start, code.end())
                and (taken or _LIST_OPENS.search(low, cue.end(), start))
            ):
                finish = code.end()  # "… I still have: 8371 1556, tzqt-rsxb": a code of letters in the list
            if finish == start and taken:
                finish = _drawn_letters(low, start)  # "… 5730 2807, jznuwbhbju, 03652681"
            if finish == start:  # ("with 4544 7360": try from the next word)
                pos = low.find(" ", start, code.end()) + 1 or code.end()
                continue
            pos, taken = finish, True
            if not is_reference_at(low, start) and free_of(out, start, finish):
                out.append(Span(start, finish, "otp"))
        if not taken and contains_any(low, _FIRST_HINTS):
            first = _FIRST_ONE.search(low, cue.end(), min(len(low), cue.end() + _FIRST_ONE_REACH))
            code = None if first is None else _CODE.match(low, first.end())
            if code is not None:
                finish = _code_end(text, *code.span())
                if finish > code.start() and free_of(out, code.start(), finish):
                    out.append(Span(code.start(), finish, "otp"))


def _one_code(text: str, low: str, out: list[Span]) -> None:
    """One recovery code named alone: the first code-shaped word that starts right after its name."""
    for cue in _ONE.finditer(low):
        stop, pos = _sentence_stop(low, cue.end()), cue.end()
        while (code := _CODE.search(low, pos, stop)) is not None and (
            code.start() - cue.end() <= _ONE_REACH
            # (or a clause on, at its copula: "Herstelcode die ik bij het instellen kreeg was hnft-gfp9")
            or (
                code.start() - cue.end() <= _CLAUSE_REACH
                and _COPULA_BEFORE.search(low, code.start() - 6, code.start()) is not None
            )
        ):
            start, finish = code.start(), _code_end(text, *code.span())
            if finish == start and _CAPITAL_GROUPS.fullmatch(text, start, code.end()):
                finish = code.end()  # "Backup code MGXH-NNNU-ASQG": letters only, as printed
            if finish > start:  # the first code after the cue is its own ("… opgeschreven: VACC-BDYA-…")
                if not is_reference_at(low, start) and free_of(out, start, finish):
                    out.append(Span(start, finish, "otp"))
                break
            pos = code.end()


def _code_end(text: str, start: int, finish: int) -> int:
    """Where the code read from start ends (start if none does): a code holds a digit, and of groups apart
    by spaces each holds one or is written in capitals, so the sentence's own words are never codes nor
    parts of one ("MQEQ 2NYJ 03SY does that help", "with 4544 7360")."""
    value = text[start:finish]
    if " " not in value:
        return finish if any(ch.isdigit() for ch in value) else start
    groups = value.split(" ")
    kept = 0
    while kept < len(groups) and (any(ch.isdigit() for ch in groups[kept]) or groups[kept].isupper()):
        kept += 1
    if kept == 1 and "-" in groups[0] and any(ch.isdigit() for ch in groups[0]):
        return start + len(groups[0])  # "458-693 and 019447": a dashed code, then the sentence's word
    if kept < 2 or not any(ch.isdigit() for ch in "".join(groups[:kept])):
        return start
    return start + len(" ".join(groups[:kept]))
