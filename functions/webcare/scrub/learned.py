"""A learned last pass: credentials written in a way no rule foresaw.

The rules find values after cue words in the phrasings their authors met; writers nobody read use other
phrasings ("c'était 5099", "G-357037 - dat is de code"). This pass looks only at words no detector took,
of a secret's or a login's shape (letters with digits, symbols or inner capitals; 4-8 digits; digit
groups "482 913"; never links, e-mail addresses, amounts, dates, times), in messages with a credential
cue, within 300 characters of one. A multinomial logistic regression over hashed features says which
credential it is, if any: the word's shape, the words three tokens either side, the nearest cue of each
category (side, distance, lines between) and the word's place on its line (alone, after a colon or a
chat speaker's label, in quotes, beside "/"). A word is taken when the model's best class is a
credential with probability at least the document's threshold.

The weights (`learned_pass.json`, written by tests/scrub_corpus/train_learned.py from the blind
corpora's development halves only) are read on first use: most messages hold no credential cue and never
load them. Inference is plain Python, a few dictionary lookups per feature.
Decision: docs/decisions/0064-learned-pass-shipped.md.
"""

from __future__ import annotations

import bisect
import math
import re
import zlib
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import _BAND_NAME, network_name
from webcare.scrub.secret_shapes import _DEFAULT_SSID, _not_secret_shape, isp_ssid, network_at, network_for
from webcare.scrub.textutil import MILEAGE_WORDS, VAT_NUMBER_SHAPE, Span

WEIGHTS = Path(__file__).with_name("learned_pass.json")
CREDENTIAL_CUES = frozenset({"password", "pin", "puk", "otp", "wifi_key", "username", "login"})

# A candidate: digits written one by one ("0 9 7 1 8 8"), digit groups ("482 913"), or one word of
# 4-64 characters without white space that holds a digit, a symbol, an inner dot or an inner capital
# (the look-ahead spares the Python check below most words of a long e-mail). Bounded repeats only,
# each starting where a word starts.
_CANDIDATE = LazyPattern(
    r"(?<!\S)[(\[\"'«“‘<*`]?"
    r"(?P<value>[0-9](?:[ .\-][0-9]){3,7}(?![0-9])"
    r"|[0-9]{2,4}(?:[ \u00a0][0-9]{2,4}){1,3}(?![0-9])"
    r"|(?=\S{0,63}?(?:[0-9]|[!#$%&*+=@^~|_?/\\.\-]\S|[a-z][A-Z]))\S{4,64})"
    r"(?!\S)"
)
_GROUP_BEFORE = LazyPattern(r"[0-9][ .\-\u00a0]\Z")
_GROUP_AFTER = LazyPattern(r"[ .\-\u00a0][0-9]")
_YEAR = LazyPattern(r"(?:19|20)[0-9]{2}")  # a PIN shaped like a year is left to the rules and their cues
_TRAIL = ".,;:)]}\"'»”’…>*`?"
_LEAD = "([{\"'«“‘<*`"
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_LINK = LazyPattern(
    r"://|^www\.|@|\.(?:com|nl|be|fr|org|net|eu|io|co|uk|de|app|html?|php|pdf|jpe?g|png)(?:/|$)",
    re.IGNORECASE,
)
_AMOUNT = LazyPattern(r"^[€$£]|[€$£]$|^[0-9]{1,3}(?:[.,][0-9]{3})*[.,][0-9]{2}$|^[0-9]+(?:[.,][0-9]+)?%$")
_DATE_OR_TIME = LazyPattern(
    r"^[0-9]{1,4}[./\-][0-9]{1,2}(?:[./\-][0-9]{2,4})?$|^[0-9]{1,2}[:h][0-9]{2}(?::[0-9]{2})?(?:u|h|am|pm)?$"
    r"|^[0-9]{1,2}(?:[.:h][0-9]{2})?(?:am|pm)[!?]*$",  # ("my exam starts at 10.15pm!!!")
    re.IGNORECASE,
)
_PLACEHOLDER = LazyPattern(r"\[[A-Z_]{2,20}")
# A configuration's setting that holds no secret, with its value: "port=3306", "AWS_DEFAULT_REGION=eu-west-1",
# "host: db.internal", "sslmode=require".
_OPEN_SETTING = LazyPattern(
    r"(?i)(?:[a-z0-9]++_)*+(?:port|host|hostname|server|region|database|dbname|timeout|charset|driver|engine|"
    r"sslmode|ssl|socket|protocol|version|level|env|environment|endpoint|url|uri|path|bucket|debug|mode)"
    r"[ \t]*+[=:]"
)
_SPEAKER = LazyPattern(
    r"[ \t]*(?:\[[^\]\n]{3,25}\][ \t]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+)[^:\n]{1,30}:[ \t]*$"
)
_LABEL = LazyPattern(r"[^\n:]{1,40}:[ \t]*$")
_INNER_MARKS = frozenset("!#$%&*+=@^~|_?/\\.-")  # inside a word: a secret's, not a sentence's
_DISTANCE_STEPS = (3, 12, 30, 80)
_REACH = 300  # characters from the nearest credential cue: farther words are no candidates
_CONTEXT_WORDS = 3
_LINE = 120
_MAX_CUE = 60  # characters in the longest cue
_LIST_ITEMS = 5  # lines of a list read up to its heading
_MAX_DIGITS = 8  # digits of the longest code (a PUK); a longer run is a card, an account or an order


class Model(NamedTuple):
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[int, tuple[float, ...]]
    buckets: int
    threshold: float


def model_from(document: dict[str, Any]) -> Model:
    """The model a weights document describes (`train_learned.to_document` writes them)."""
    return Model(
        classes=tuple(document["classes"]),
        bias=tuple(document["bias"]),
        weights={int(bucket): tuple(row) for bucket, row in document["weights"].items()},
        buckets=int(document["buckets"]),
        threshold=float(document["threshold"]),
    )


@cache
def shipped_model() -> Model | None:
    """The model shipped beside this module, read once; None when the file is missing (the rules alone)."""
    import json  # (here: most processes never read the weights)

    try:
        document = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return model_from(document)


def detect_learned(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """Append the words no detector took that the shipped model types as a credential."""
    if not any(category in CREDENTIAL_CUES for category, _, _ in cues):
        return
    model = shipped_model()
    if model is not None:
        apply_model(model, text, low, cues, out)


def apply_model(model: Model, text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    spots = candidates(text, cues, out)
    if not spots:
        return
    cues = sorted(cues, key=lambda cue: cue[1])
    starts = [cue_start for _, cue_start, _ in cues]
    weights, buckets, classes = model.weights, model.buckets, model.classes
    for start, end in spots:
        rows = [model.bias]
        for feature in features(text, low, cues, starts, start, end):
            row = weights.get(bucket(feature, buckets))
            if row is not None:
                rows.append(row)
        scores = [sum(column) for column in zip(*rows, strict=True)]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        best = exps.index(1.0)
        if (
            classes[best] != "none"
            and 1.0 / sum(exps) >= model.threshold
            and not isp_ssid(text[start:end])
            and not network_for(text, start, end)
            and not network_at(text, start, end)
            and not _reading(low, start, end)
        ):
            # (no network's name: a provider's, one "for", one named as such in brackets or before its key)
            out.append(Span(start, end, classes[best]))


# A meter's or a car's reading told in its clause ("De meterstand op 14-02-2026 was 189733", "mileage
# 155667"): digits the rules leave for a reason, no credential.
_READING_BEFORE = LazyPattern(
    r"(?<![a-z])(?:meterstand|meterstanden|meter reading|meter readings|stand van de meter|relevé|"
    r"tellerstand|" + MILEAGE_WORDS + r")(?![a-z])[^\n.!?:]{0,40}$"
)


def _reading(low: str, start: int, end: int) -> bool:
    return (
        low[start:end].replace(" ", "").isdigit()
        and _READING_BEFORE.search(low, max(0, start - 64), start) is not None
    )


def bucket(feature: str, buckets: int) -> int:
    known = _BUCKETS.get(feature)
    if known is None or known[0] != buckets:
        if len(_BUCKETS) >= _BUCKETS_KEPT:
            _BUCKETS.clear()
        known = _BUCKETS[feature] = (buckets, zlib.crc32(feature.encode("utf-8")) % buckets)
    return known[1]


# Feature names repeat from message to message (shapes, common words): their buckets, remembered.
_BUCKETS: dict[str, tuple[int, int]] = {}
_BUCKETS_KEPT = 50_000


def candidates(text: str, cues: list[tuple[str, int, int]], out: list[Span]) -> list[tuple[int, int]]:
    """Secret-shaped words within reach of a credential cue that no finding in `out` touches."""
    regions = sorted(
        (max(0, cue_start - _REACH), cue_end + _REACH)
        for category, cue_start, cue_end in cues
        if category in CREDENTIAL_CUES
    )
    if not regions:
        return []
    merged: list[list[int]] = []
    for low_end, high_end in regions:
        if merged and low_end <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high_end)
        else:
            merged.append([low_end, high_end])
    taken = sorted((span.start, span.end) for span in out)
    # (a word of letters that ends in a cue names the value, it is none: "Simkaart-PUK is 12302376")
    cue_spots = [(cue_start, cue_end) for _, cue_start, cue_end in cues]
    found: list[tuple[int, int]] = []
    for region_start, region_end in merged:
        for match in _CANDIDATE.finditer(text, region_start, min(region_end, len(text))):
            start, end = _trim(text, *match.span("value"))
            value = text[start:end]
            if _excluded(value) or not _secret_shaped(value) or _touches(taken, start, end):
                continue
            if _named_otherwise(text, start) or network_name(text, start, end):
                continue
            if value.isalpha() or ("-" in value and value.replace("-", "").isalpha()):
                if any(start < cue_start and cue_end == end for cue_start, cue_end in cue_spots):
                    continue
            if _GROUP_BEFORE.search(text, max(0, start - 2), start) or _GROUP_AFTER.match(text, end):
                continue  # the last groups of a longer number (a card's, an account's): not a code
            if value.isdigit() and _AMOUNT_AFTER.match(text, end):
                continue  # "47819 € ont disparu": an amount
            found.append((start, end))
    return found


# A case's, a ticket's or an order's number named right before the value, its copula between (named as a
# number: not the place a code opens, "Votre code pour votre dossier : 662019").
_FILE_JUST_BEFORE = LazyPattern(
    r"(?i)(?<![a-z])(?:dossier|zaak|case|ticket|order|bestel|referentie|reference|ref|factuur|invoice|"
    r"tracking|boeking|booking|reservering|melding)[ \t.-]?(?:nummer|nr|no|number|numéro|id)\.?[ \t:#]{0,3}"
    r"(?:(?:is|was|était|est)[ \t:]{1,3})?$"
)
_FILE_REACH = 40
_AMOUNT_AFTER = LazyPattern(r"[ \t\u00a0]?(?:€|(?i:eur(?:o|os)?)(?![a-z])|,-)")


def _touches(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a finding in `taken` (sorted by start) overlaps [start, end)."""
    index = bisect.bisect_left(taken, (end, -1))
    return any(taken_end > start for _, taken_end in taken[:index])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _excluded(value: str) -> bool:
    if len(value) < 4 or _PLACEHOLDER.match(value) or _OPEN_SETTING.match(value):
        return True
    if value.startswith(("#", "@")) or _LINK.search(value) or _AMOUNT.search(value):
        return True
    return _DATE_OR_TIME.match(value) is not None


# Words that name a number as no secret: on the candidate's line just before it ("gift voucher code is
# H7KD2M"), or heading the list it stands in ("error codes:\n1. 502931").
_OTHER_CODES = frozenset(
    "voucher vouchers vouchercode booking boeking reservering réservation reservation gift egift giftcard "
    "cadeau cadeaubon cadeaukaart "
    "kado promo promocode korting kortingscode coupon actiecode "
    # a meter's reading: "de stand van de meter is 04521", "meter reading today 045821", "relevé 04521"
    "meter meters meterstand meterstanden stand standen reading readings index relevé releve compteur "
    "verbruik consumption consommation kwh".split()
)
_HEADINGS = _OTHER_CODES | frozenset(
    "error errors erreur erreurs fout fouten foutcode foutcodes foutmelding order orders bestelling "
    "bestellingen ticket tickets factuur facturen invoice invoices facture factures commande "
    "commandes".split()
)


def _named_otherwise(text: str, start: int) -> bool:
    if _FILE_JUST_BEFORE.search(text, max(0, start - _FILE_REACH), start):
        return True  # "het vorige dossiernummer was 31703122": a file's or an order's number
    line_start = text.rfind("\n", max(0, start - _LINE), start) + 1
    before = _WORDS.findall(text[max(line_start, start - 60) : start].lower())[-4:]
    if not _OTHER_CODES.isdisjoint(before):
        return True
    if before and before[-1] == "code" and line_start > 0:
        # a printout's "Code:" line under what the code is of: "Your eGift card⏎Code: W4SE-UBAQ-E275-BY48"
        above = text.rfind("\n", max(0, line_start - 1 - _LINE), line_start - 1) + 1
        if not _OTHER_CODES.isdisjoint(_WORDS.findall(text[above : line_start - 1].lower())):
            return True
    for _ in range(_LIST_ITEMS):  # a list item ("1. 502931"): the first line above with words heads it
        if any(not word.isdigit() for word in before) or line_start == 0:
            return False
        end, line_start = line_start - 1, text.rfind("\n", max(0, line_start - 1 - _LINE), line_start - 1) + 1
        # (at most _LINE characters of a line: linear time on lines without breaks)
        before = _WORDS.findall(text[max(line_start, end - _LINE) : end].lower())[-3:]
        if not _HEADINGS.isdisjoint(before):
            return True
    return False


_VAT_NUMBER = re.compile(VAT_NUMBER_SHAPE)


def _secret_shaped(value: str) -> bool:
    digits = sum(map(str.isdigit, value))
    if " " in value or "\u00a0" in value:
        return digits <= _MAX_DIGITS  # digit groups
    if digits == len(value):
        return 4 <= digits <= _MAX_DIGITS and _YEAR.fullmatch(value) is None  # "depuis 2019": the rules' call
    if not any(map(str.isalpha, value)) or _not_secret_shape(value):
        return False
    low = value.lower()
    if low.startswith(("error", "err-", "fout", "erreur")) or "wifi" in low or _BAND_NAME.search(low):
        return False  # "ERROR4412" on a screen; "HomelinkWiFi482", "Telvo_5G_77AB": a network's name
    if _DEFAULT_SSID.fullmatch(value) or _VAT_NUMBER.fullmatch(value):
        return False  # (nor a company's VAT number on its own footer line: "NL924202740B01")
    return bool(digits) or not _INNER_MARKS.isdisjoint(value[1:-1])  # letters alone: a brand ("iCloud")


def _shape(value: str) -> list[str]:
    digits = sum(map(str.isdigit, value))
    letters = sum(map(str.isalpha, value))
    upper = sum(map(str.isupper, value))
    symbols = sorted({ch for ch in value if not ch.isalnum() and not ch.isspace()})
    length = len(value)
    size = length if length <= 12 else 12 + (length - 12) // 4 if length <= 28 else 99
    classes = (
        ("a" if letters else "") + ("A" if upper else "") + ("9" if digits else "") + ("!" if symbols else "")
    )
    skeleton: list[str] = []
    for ch in value:
        kind = (
            "9"
            if ch.isdigit()
            else "A"
            if ch.isupper()
            else "a"
            if ch.isalpha()
            else " "
            if ch.isspace()
            else ch
        )
        if not skeleton or skeleton[-1] != kind:
            skeleton.append(kind)
    case = (
        "lower" if letters and not upper else "upper" if letters and upper == letters
        else "title" if value[:1].isupper() and upper == 1 else "mixed" if letters else "none"
    )  # fmt: skip
    found = [
        f"len={size}",
        f"cls={classes}",
        f"dig={min(digits, 12)}",
        f"case={case}",
        f"skel={''.join(skeleton[:10])}",
        f"cls+len={classes}|{min(size, 20)}",
        f"digonly={digits == length}|{digits}",
    ]
    found += [f"sym={ch}" for ch in symbols[:4]]
    if " " in value:
        found.append(f"groups={value.count(' ') + 1}")
    if value[:1].isalpha() and value[1:2] == "-":
        found.append("letterdash")
    if value[-1:].isdigit() and letters:
        found.append("enddigits")
    return found


def _nearest_cues(
    cues: list[tuple[str, int, int]], starts: list[int], start: int, end: int, text: str
) -> list[str]:
    found: list[str] = []
    best: dict[str, tuple[int, str, int, int]] = {}
    first = bisect.bisect_left(starts, start - _REACH - _MAX_CUE)
    last = bisect.bisect_right(starts, end + _REACH)
    for category, cue_start, cue_end in cues[first:last]:
        if cue_end <= start:
            distance, side = start - cue_end, "after"
        elif cue_start >= end:
            distance, side = cue_start - end, "before"
        else:
            continue
        if distance > _REACH:
            continue
        if category not in best or distance < best[category][0]:
            best[category] = (distance, side, cue_start, cue_end)
    for category, (distance, side, cue_start, cue_end) in best.items():
        step = bisect.bisect_left(_DISTANCE_STEPS, distance)  # 0: <= 3, 1: <= 12, 2: <= 30, 3: <= 80, 4: more
        low, high = (cue_end, start) if side == "after" else (end, cue_start)
        lines = min(text.count("\n", low, high), 3)
        found.append(f"cue={category}|{side}|{step}")
        found.append(f"cue={category}|{side}|l{lines}")
        found.append(f"cuecat={category}")
    if best:
        category, (_, side, cue_start, cue_end) = min(best.items(), key=lambda item: item[1][0])
        found.append(f"near={category}|{side}")
        found.append(f"nearword={text[cue_start:cue_end].lower()}|{side}")
    else:
        found.append("near=none")
    return found


def features(
    text: str, low: str, cues: list[tuple[str, int, int]], starts: list[int], start: int, end: int
) -> list[str]:
    """The named features of the candidate text[start:end]; `cues` sorted by start, `starts` their starts
    (the training script calls this too)."""
    value = text[start:end]
    found = _shape(value)
    # (lines are read at most _LINE characters either side: linear time on a text without line breaks)
    line_start = text.rfind("\n", max(0, start - _LINE), start) + 1 or max(0, start - _LINE)
    line_end = text.find("\n", end, end + _LINE)
    if line_end == -1:
        line_end = min(len(text), end + _LINE)
    head = text[line_start:start]
    tail = text[end:line_end]
    left_words = _WORDS.findall(low, max(line_start, start - 80), start)[-_CONTEXT_WORDS:]
    right_words = _WORDS.findall(low, end, min(line_end, end + 80))[:_CONTEXT_WORDS]
    for position, word in enumerate(reversed(left_words)):
        found.append(f"L{position + 1}={word}")
        found.append(f"L={word}")
    for position, word in enumerate(right_words):
        found.append(f"R{position + 1}={word}")
        found.append(f"R={word}")
    if not left_words:
        above = _WORDS.findall(low, max(0, line_start - 60), line_start)[-_CONTEXT_WORDS:]
        found += [f"U={word}" for word in above]
    before = head.rstrip()[-1:]
    after = tail.lstrip()[:1]
    found.append(f"prev={before or '^'}")
    found.append(f"next={after or '$'}")
    if not head.strip() and not tail.strip():
        found.append("alone")
    elif not head.strip():
        found.append("linestart")
    elif not tail.strip():
        found.append("lineend")
    if before == ":":
        found.append("aftercolon")
        if _SPEAKER.match(head):
            found.append("afterspeaker")
        elif _LABEL.fullmatch(head) is not None and len(head) <= 40:
            found.append("afterlabel")
    if start > 0 and text[start - 1] in _LEAD:
        found.append(f"quoted={text[start - 1]}")
    if before in ("/", "|", "+"):
        found.append("pair=right")
    if after in ("/", "|", "+"):
        found.append("pair=left")
    found += _nearest_cues(cues, starts, start, end, text)
    return found
