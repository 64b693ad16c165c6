"""Experiment: a small learned pass for credentials no rule caught (not shipped, see
docs/decisions/0061-learned-scrub-pass-measured-again.md).

    PYTHONPATH=functions .venv/bin/python tests/scrub_corpus/train_learned.py --report   # candidates
    PYTHONPATH=functions .venv/bin/python tests/scrub_corpus/train_learned.py --score    # scorer numbers
    ... --out weights.json                                                                 # write weights

The pass: every candidate word no detector took (a secret's or a login's shape: letters with digits,
symbols or inner capitals, 4-8 digits, digit groups "482 913"; not links, e-mail addresses, amounts,
dates, times) within reach of a credential cue (`cues.find_cues` as `detect_credentials` returns them)
is scored by a multinomial logistic regression over hashed features: its shape (length, classes of
characters, digits, case, punctuation), the lower-cased words three tokens either side, the category,
side and distance of the nearest cue of each category, and where it sits on its line (alone, after a
colon, a chat speaker's label, in quotes, next to "/"). Inference (`detect_learned`) is pure Python over
a JSON document of weights, as it would run in the Lambda.

Training reads only development halves (`blind*/dev.jsonl`), never a held-out half. Each message is
run through the detectors as they stand (`detectors._detect`) to get the cues and the spans the rules
found; every candidate (taken or not) is an example, labelled with the credential type of the labelled
span it overlaps, or "none". The threshold is chosen on the candidates no rule took (the only ones the
pass would see) by leave-one-writer-out cross-validation over the training writers blind .. blind8;
blind9 and blind10 are the validation writers (`--report`, `--score`), never trained on. Deterministic.

Needs scikit-learn and scipy (dev tools only).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import math
import re
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from webcare.scrub import detectors
from webcare.scrub.textutil import Span

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # the corpus scorer beside this script

CORPUS_DIR = Path(__file__).resolve().parent
TRAIN_WRITERS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8")
VALIDATION_WRITERS = ("blind9", "blind10")
CLASSES = ("none", "otp", "password", "pin", "puk", "username", "wifi_key")
BUCKETS = 1 << 18
C = 0.5
FP_COST = 2.0  # a word scrubbed wrongly costs this many secrets found: the threshold maximises TP - 2 FP


# The pass itself, as it would ship: candidates, features, pure-Python inference.

_CREDENTIAL_CUES = frozenset({"password", "pin", "puk", "otp", "wifi_key", "username", "login"})

# A candidate: digits written one by one ("0 9 7 1 8 8"), digit groups ("482 913"), or one word of
# 4-64 characters without white space. Bounded repeats only, each starting where a word starts.
_CANDIDATE = re.compile(
    r"(?<!\S)[(\[\"'«“‘<*`]?"
    r"(?P<value>[0-9](?:[ .\-][0-9]){3,7}(?![0-9])"
    r"|[0-9]{2,4}(?:[ \u00a0][0-9]{2,4}){1,3}(?![0-9])"
    r"|[^\s]{4,64})"
    r"(?!\S)"
)
_TRAIL = ".,;:)]}\"'»”’…>*`?"
_LEAD = "([{\"'«“‘<*`"
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_LINK = re.compile(
    r"://|^www\.|@|\.(?:com|nl|be|fr|org|net|eu|io|co|uk|de|app|html?|php|pdf|jpe?g|png)(?:/|$)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"^[€$£]|[€$£]$|^[0-9]{1,3}(?:[.,][0-9]{3})*[.,][0-9]{2}$|^[0-9]+(?:[.,][0-9]+)?%$")
_DATE_OR_TIME = re.compile(
    r"^[0-9]{1,4}[./\-][0-9]{1,2}(?:[./\-][0-9]{2,4})?$|^[0-9]{1,2}[:h][0-9]{2}(?::[0-9]{2})?(?:u|h|am|pm)?$",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\[[A-Z_]{2,20}")
_SPEAKER = re.compile(
    r"[ \t]*(?:\[[^\]\n]{3,25}\][ \t]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+)[^:\n]{1,30}:[ \t]*$"
)
_LABEL = re.compile(r"[^\n:]{1,40}:[ \t]*$")
_SYMBOLS = frozenset("!#$%&*+=@^~|_?/\\")
_REACH = 300  # characters from the nearest credential cue: farther words are no candidates
_CONTEXT_WORDS = 3
_LINE = 120
_MAX_CUE = 60  # characters in the longest cue


def _shape(value: str) -> list[str]:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    upper = sum(ch.isupper() for ch in value)
    symbols = sorted({ch for ch in value if not ch.isalnum() and not ch.isspace()})
    length = len(value)
    bucket = length if length <= 12 else 12 + (length - 12) // 4 if length <= 28 else 99
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
    out = [
        f"len={bucket}",
        f"cls={classes}",
        f"dig={min(digits, 12)}",
        f"case={case}",
        f"skel={''.join(skeleton[:10])}",
        f"cls+len={classes}|{min(bucket, 20)}",
        f"digonly={digits == length}|{digits}",
    ]
    out += [f"sym={ch}" for ch in symbols[:4]]
    if " " in value:
        out.append(f"groups={value.count(' ') + 1}")
    if value[:1].isalpha() and value[1:2] == "-":
        out.append("letterdash")
    if value[-1:].isdigit() and letters:
        out.append("enddigits")
    return out


def _nearest_cues(
    cues: list[tuple[str, int, int]], starts: list[int], start: int, end: int, text: str
) -> list[str]:
    out: list[str] = []
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
    nearest = min(best.items(), key=lambda item: item[1][0]) if best else None
    for category, (distance, side, cue_start, cue_end) in best.items():
        step = (
            0
            if distance <= 3
            else 1
            if distance <= 12
            else 2
            if distance <= 30
            else 3
            if distance <= 80
            else 4
        )
        low, high = (cue_end, start) if side == "after" else (end, cue_start)
        lines = min(text.count("\n", low, high), 3)
        out.append(f"cue={category}|{side}|{step}")
        out.append(f"cue={category}|{side}|l{lines}")
        out.append(f"cuecat={category}")
    if nearest is not None:
        category, (distance, side, cue_start, cue_end) = nearest
        out.append(f"near={category}|{side}")
        out.append(f"nearword={text[cue_start:cue_end].lower()}|{side}")
    else:
        out.append("near=none")
    return out


def features(
    text: str, low: str, cues: list[tuple[str, int, int]], starts: list[int], start: int, end: int
) -> list[str]:
    """The named features of the candidate text[start:end]; `cues` sorted by start, `starts` their starts
    (the training script calls this too)."""
    value = text[start:end]
    out = _shape(value)
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
        out.append(f"L{position + 1}={word}")
        out.append(f"L={word}")
    for position, word in enumerate(right_words):
        out.append(f"R{position + 1}={word}")
        out.append(f"R={word}")
    if not left_words:
        above = _WORDS.findall(low, max(0, line_start - 60), line_start)[-_CONTEXT_WORDS:]
        out += [f"U={word}" for word in above]
    before = head.rstrip()[-1:]
    after = tail.lstrip()[:1]
    out.append(f"prev={before or '^'}")
    out.append(f"next={after or '$'}")
    if not head.strip() and not tail.strip():
        out.append("alone")
    elif not head.strip():
        out.append("linestart")
    elif not tail.strip():
        out.append("lineend")
    if before == ":":
        out.append("aftercolon")
        if _SPEAKER.match(head):
            out.append("afterspeaker")
        elif _LABEL.fullmatch(head) is not None and len(head) <= 40:
            out.append("afterlabel")
    if start > 0 and text[start - 1] in _LEAD:
        out.append(f"quoted={text[start - 1]}")
    if before in ("/", "|", "+"):
        out.append("pair=right")
    if after in ("/", "|", "+"):
        out.append("pair=left")
    out += _nearest_cues(cues, starts, start, end, text)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _excluded(value: str) -> bool:
    if len(value) < 4 or _PLACEHOLDER.match(value):
        return True
    if value.startswith(("#", "@")) or _LINK.search(value) or _AMOUNT.search(value):
        return True
    return _DATE_OR_TIME.match(value) is not None


def _secret_shaped(value: str) -> bool:
    if " " in value or "\u00a0" in value:
        return True  # digit groups
    digits = sum(ch.isdigit() for ch in value)
    if digits == len(value):
        return 4 <= digits <= 8
    letters = sum(ch.isalpha() for ch in value)
    if not letters:
        return False
    if digits:
        return True
    if any(ch in _SYMBOLS or ch in ".-" for ch in value[1:-1]):
        return True
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(value))


def candidates(text: str, cues: list[tuple[str, int, int]], out: list[Span]) -> list[tuple[int, int]]:
    """Secret-shaped words within reach of a credential cue that no finding in `out` touches."""
    regions = sorted(
        (max(0, cue_start - _REACH), cue_end + _REACH)
        for category, cue_start, cue_end in cues
        if category in _CREDENTIAL_CUES
    )
    if not regions:
        return []
    merged: list[list[int]] = []
    for low_end, high_end in regions:
        if merged and low_end <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high_end)
        else:
            merged.append([low_end, high_end])
    taken = bytearray(len(text) + 1)
    for span in out:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    found: list[tuple[int, int]] = []
    for region_start, region_end in merged:
        for match in _CANDIDATE.finditer(text, region_start, min(region_end, len(text))):
            start, end = _trim(text, *match.span("value"))
            value = text[start:end]
            if _excluded(value) or not _secret_shaped(value):
                continue
            if 1 in taken[start:end]:
                continue
            found.append((start, end))
    return found


def _bucket(feature: str, buckets: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % buckets


def detect_learned(
    model: dict[str, Any], text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]
) -> None:
    """Append the candidates the model types as a credential: the pass as it would run in the product
    (pure Python over the weights document `to_document` writes)."""
    if not cues or not any(category in _CREDENTIAL_CUES for category, _, _ in cues):
        return
    spots = candidates(text, cues, out)
    if not spots:
        return
    classes: list[str] = model["classes"]
    if not classes:
        return
    weights: dict[str, list[float]] = model["weights"]
    buckets: int = model["buckets"]
    threshold: float = model["threshold"]
    cues = sorted(cues, key=lambda cue: cue[1])
    starts = [cue_start for _, cue_start, _ in cues]
    for start, end in spots:
        scores = list(model["bias"])
        for feature in features(text, low, cues, starts, start, end):
            row = weights.get(str(_bucket(feature, buckets)))
            if row is not None:
                for index, weight in enumerate(row):
                    scores[index] += weight
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        best = max(range(len(classes)), key=lambda index: exps[index])
        if classes[best] != "none" and exps[best] / sum(exps) >= threshold:
            out.append(Span(start, end, classes[best]))


def read_dev(writer: str) -> list[dict[str, Any]]:
    path = CORPUS_DIR / writer / "dev.jsonl"
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def rule_state(text: str) -> tuple[str, list[tuple[str, int, int]], list[Span]]:
    """The lower-cased text, the cues and the spans the rules found where the learned pass runs."""
    captured: dict[str, Any] = {}
    leftovers = detectors.detect_leftovers

    def capture_leftovers(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
        captured.setdefault("low", low)
        captured.setdefault("cues", cues)
        captured.setdefault("out", out)
        leftovers(text, low, cues, out)

    detectors.detect_leftovers = capture_leftovers
    try:
        detectors._detect(text)
    finally:
        detectors.detect_leftovers = leftovers
    return captured["low"], captured["cues"], list(captured["out"])


def examples(records: list[dict[str, Any]], writer: str) -> list[dict[str, Any]]:
    rows = []
    for record in records:
        text = record["text"]
        low, cues, out = rule_state(text)
        cues = sorted(cues, key=lambda cue: cue[1])
        starts = [cue_start for _, cue_start, _ in cues]
        residual = set(candidates(text, cues, out))
        for start, end in candidates(text, cues, []):
            label = "none"
            for span in record["spans"]:
                if span["start"] < end and start < span["end"] and span["type"] in CLASSES:
                    label = span["type"]
                    break
            rows.append(
                {
                    "writer": writer,
                    "features": features(text, low, cues, starts, start, end),
                    "label": label,
                    "residual": (start, end) in residual,
                    "context": learned_context(text, start, end),
                }
            )
    return rows


def learned_context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 40) : start] + "«" + text[start:end] + "»" + text[end : end + 20]).replace(
        "\n", "⏎"
    )


def matrix(rows: list[dict[str, Any]]) -> csr_matrix:
    indptr, indices = [0], []
    for row in rows:
        buckets = sorted({_bucket(feature, BUCKETS) for feature in row["features"]})
        indices += buckets
        indptr.append(len(indices))
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), BUCKETS))


def fit(rows: list[dict[str, Any]]) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000, tol=1e-6)
    model.fit(matrix(rows), [CLASSES.index(row["label"]) for row in rows])
    return model


def predictions(model: LogisticRegression, rows: list[dict[str, Any]]) -> list[tuple[str, float]]:
    probabilities = model.predict_proba(matrix(rows))
    out = []
    for row in probabilities:
        best = int(np.argmax(row))
        out.append((CLASSES[int(model.classes_[best])], float(row[best])))
    return out


def tally(
    rows: list[dict[str, Any]], predicted: list[tuple[str, float]], threshold: float
) -> tuple[int, int, int]:
    """(true positives, false positives, positives) among the residual candidates at a threshold."""
    tp = fp = positives = 0
    for row, (kind, probability) in zip(rows, predicted, strict=True):
        if not row["residual"]:
            continue
        positives += row["label"] != "none"
        if kind != "none" and probability >= threshold:
            if kind == row["label"]:
                tp += 1
            else:
                fp += 1
    return tp, fp, positives


def choose_threshold(rows: list[dict[str, Any]]) -> float:
    """Leave one training writer out: the threshold with the most residual TP - FP_COST * FP."""
    predicted: list[tuple[str, float]] = [("none", 0.0)] * len(rows)
    for writer in TRAIN_WRITERS:
        fold = [i for i, row in enumerate(rows) if row["writer"] == writer]
        model = fit([row for row in rows if row["writer"] != writer])
        for i, prediction in zip(fold, predictions(model, [rows[i] for i in fold]), strict=True):
            predicted[i] = prediction
    best, best_gain = 1.0, 0.0
    for step in range(30, 100):
        threshold = step / 100
        tp, fp, positives = tally(rows, predicted, threshold)
        gain = tp - FP_COST * fp
        print(f"cv threshold {threshold:.2f}: residual tp {tp} fp {fp} of {positives}", file=sys.stderr)
        if gain > best_gain:
            best, best_gain = threshold, gain
    return best


def to_document(model: LogisticRegression, threshold: float, writers: tuple[str, ...]) -> dict[str, Any]:
    """The weights document the pure-Python pass reads (rows of buckets whose weights all stay under
    0.01 dropped, weights rounded to 3 decimals: ~400 KB as JSON)."""
    classes = [CLASSES[int(index)] for index in model.classes_]
    coefficients = model.coef_.T  # buckets x classes
    weights = {}
    for bucket in np.flatnonzero(np.abs(coefficients).max(axis=1) >= 0.01):
        weights[str(int(bucket))] = [round(float(w), 3) for w in coefficients[bucket]]
    document = {
        "trained_on": [f"{writer}/dev.jsonl" for writer in writers],
        "buckets": BUCKETS,
        "classes": classes,
        "threshold": threshold,
        "bias": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
    }
    return document


def score_with_pass(document: dict[str, Any], records: list[dict[str, Any]]) -> score.Report:
    """The scorer's numbers with the pass run last in `detectors._detect` (after detect_random_keys)."""
    leftovers, random_keys = detectors.detect_leftovers, detectors.detect_random_keys
    last_cues: list[list[tuple[str, int, int]]] = [[]]

    def keep_cues(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
        last_cues[0] = cues
        leftovers(text, low, cues, out)

    def keys_then_learned(text: str, low: str, urls: list[tuple[int, int]], out: list[Span]) -> None:
        random_keys(text, low, urls, out)
        detect_learned(document, text, low, last_cues[0], out)

    detectors.detect_leftovers = keep_cues
    detectors.detect_random_keys = keys_then_learned
    try:
        return score.score_in_process(records)
    finally:
        detectors.detect_leftovers = leftovers
        detectors.detect_random_keys = random_keys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="the validation writers' residual candidates")
    parser.add_argument(
        "--score", action="store_true", help="score blind9+10 dev with the pass, and own corpus"
    )
    parser.add_argument("--threshold", type=float, help="skip cross-validation, use this threshold")
    parser.add_argument("--out", help="write the weights document here")
    args = parser.parse_args()
    rows = [row for writer in TRAIN_WRITERS for row in examples(read_dev(writer), writer)]
    credentials = sum(row["label"] != "none" for row in rows)
    residual = sum(row["residual"] and row["label"] != "none" for row in rows)
    print(f"{len(rows)} candidates, {credentials} credentials, {residual} no rule took", file=sys.stderr)
    threshold = args.threshold if args.threshold is not None else choose_threshold(rows)
    model = fit(rows)
    document = to_document(model, threshold, TRAIN_WRITERS)
    print(f"threshold {threshold:.2f}, {len(document['weights'])} buckets, "
          f"{len(json.dumps(document, separators=(',', ':'))):,} bytes as JSON", file=sys.stderr)  # fmt: skip
    if args.out:
        Path(args.out).write_text(
            json.dumps(document, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
        )
    if args.report:
        for writer in VALIDATION_WRITERS:
            valid = examples(read_dev(writer), writer)
            predicted = predictions(model, valid)
            tp, fp, positives = tally(valid, predicted, threshold)
            print(f"{writer}: residual tp {tp} fp {fp} of {positives} at {threshold:.2f}", file=sys.stderr)
            for row, (kind, probability) in zip(valid, predicted, strict=True):
                if row["residual"] and (
                    row["label"] != "none" or (kind != "none" and probability >= threshold)
                ):
                    print(
                        f"  {row['label']:>9} -> {kind:>9} {probability:.2f} {row['context']}",
                        file=sys.stderr,
                    )
    if args.score:
        from generate import corpus

        validation = [record for writer in VALIDATION_WRITERS for record in read_dev(writer)]
        for name, records in (("blind9+10 dev", validation), ("own 5000", list(corpus(5000, 7)))):
            print(f"== {name}, before", file=sys.stderr)
            print(score.summary(score.score_in_process(records)), file=sys.stderr)
            print(f"== {name}, with the learned pass", file=sys.stderr)
            print(score.summary(score_with_pass(document, records)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
