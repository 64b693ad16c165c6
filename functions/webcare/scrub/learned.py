"""A learned second opinion on credentials: a linear classifier over secret-looking words.

The rule detectors find credentials in the phrasings someone wrote a rule for. This module looks at
every word that could be a secret (digits, capitals inside it, symbols; digit groups such as
"482 913"), in messages where a credential cue word appears, and asks a multinomial logistic model
trained on several writers' labelled traffic (`tests/scrub_corpus/train_learned.py`) whether it is a
password, PIN, PUK, one-time code, wifi key, username, API key, token or CVV. Cards, IBANs and BSNs
are left to the checksum detectors. The scrubber unions these spans with its own.

The weights (`learned_weights.json.gz`) are read on the first message that needs them, not at import.
Everything here is linear in the length of the text: one pass to split words, a bounded window
of features per candidate, one dictionary look-up per feature.
"""

from __future__ import annotations

import bisect
import gzip
import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from webcare.scrub.cues import find_cues

WEIGHTS_PATH: Final = Path(__file__).with_name("learned_weights.json.gz")
NONE: Final = "none"
# What the model may say. Cards, IBANs and BSNs have checksums: the rule detectors own them.
LABELS: Final = (NONE, "password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "cvv")
# Cue categories that make a message worth a look; customer-number cues alone do not.
_CREDENTIAL_CUES: Final = frozenset(
    {"password", "pin", "puk", "otp", "wifi_key", "username", "login", "api_key"}
)
# A cheap check for credential talk the cue finder has no category for: CVVs, compounds ending in
# "code" or "token" ("controlecode", "sessietoken"), bearer headers, a card number's digit groups.
_HINT: Final = re.compile(
    r"cvv|cvc|\bcid\b|achterop|achterkant|on the back|au dos|cryptogram|security|code\b|token|bearer|"
    r"creds|\d{4}[ -]{0,2}\d{4,6}[ -]{0,2}\d{4,5}"
)
_WORD: Final = re.compile(r"\S+")
# A masked value ("sk_live_••••XLmN", "****1234") is what a secret looks like once it is hidden.
_MASKED: Final = re.compile(r"[•*●xX]{3}")
_LEADING: Final = "\"'([{<«*`"
_TRAILING: Final = ".,;:)]}>\"'»`"
_PAIR_SPLIT: Final = re.compile(r"[:=]")
_WINDOW: Final = 6  # words on each side of a cue that are candidates, and context of each
_MAX_CANDIDATE: Final = 200
# Words longer than this are not looked at as context either (a base64 blob is no cue).
_MAX_CONTEXT_WORD: Final = 40
# A plain lower-case word is a candidate only this close after a username, login or password cue.
_PLAIN_AFTER_CUE: Final = 3
_PLAIN_CUES: Final = frozenset({"username", "login", "password", "wifi_key"})

Candidate = tuple[int, int, list[str]]  # start, end, features


class Model:
    """Weights per feature and label, a bias per label, and the decision threshold."""

    def __init__(self, weights: dict[str, dict[str, float]], threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> Model:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            document = json.load(handle)
        return cls(document["weights"], float(document["threshold"]))

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        scores = dict.fromkeys(LABELS, 0.0)
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row is not None:
                for label, weight in row.items():
                    scores[label] += weight
        top = max(scores.values())
        exp = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(exp.values())
        return {label: value / total for label, value in exp.items()}

    def classify(self, features: Sequence[str]) -> tuple[str, float]:
        """The most likely credential type and its probability (NONE when below the threshold)."""
        probabilities = self.probabilities(features)
        label = max((k for k in LABELS if k != NONE), key=lambda k: probabilities[k])
        if probabilities[label] < self.threshold:
            return NONE, probabilities[label]
        return label, probabilities[label]


_model: Model | None = None


def model() -> Model:
    global _model
    if _model is None:
        _model = Model.load()
    return _model


def learned_spans(
    text: str, low: str, cues: list[tuple[str, int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, type) of every credential the model sees in the text; [] when nothing in the
    text talks about credentials. `low` is `text` lower-cased with the same length; `cues` is
    `find_cues(low)` when the caller already has it. Loads the weights on first use."""
    candidates = candidates_of(text, low, cues)
    if not candidates:
        return []
    classifier = model()
    found: list[tuple[float, int, int, str]] = []
    for start, end, features in candidates:
        label, probability = classifier.classify(features)
        if label != NONE:
            found.append((probability, start, end, label))
    # Overlapping candidates (a login pair "user:pass" and its halves): the surest wins.
    found.sort(key=lambda item: -item[0])
    chosen: list[tuple[int, int, str]] = []
    for _, start, end, label in found:
        if all(end <= s or e <= start for s, e, _ in chosen):
            chosen.append((start, end, label))
    chosen.sort()
    return chosen


def _shape(value: str) -> str:
    """Character classes with runs collapsed: 'Zomer2024!' -> 'Xx9!'."""
    out: list[str] = []
    for ch in value[:64]:
        if ch.isdigit():
            code = "9"
        elif ch.isupper():
            code = "X"
        elif ch.isalpha():
            code = "x"
        else:
            code = ch if ch in "-_.!@#$%&*+/=?" else "~"
        if not out or out[-1] != code:
            out.append(code)
    return "".join(out[:8])


def _length_bucket(n: int) -> str:
    if n <= 8:
        return str(n)
    if n <= 12:
        return "9-12"
    if n <= 20:
        return "13-20"
    if n <= 40:
        return "21-40"
    return "41+"


def _distance_bucket(d: int) -> str:
    return str(d) if d <= 2 else ("3-4" if d <= 4 else "5+")


def _secret_looking(value: str) -> bool:
    if len(value) < 3 or len(value) > _MAX_CANDIDATE:
        return False
    has_lower = has_upper_inside = False
    for index, ch in enumerate(value):
        if ch.isdigit():
            return True
        if ch.isupper():
            if index:
                has_upper_inside = True
        elif ch.isalpha():
            has_lower = True
        else:
            return True
    return has_lower and has_upper_inside


def _token_features(value: str) -> list[str]:
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    symbols = len(value) - digits - letters
    low = value.lower()
    features = [
        "bias",
        "len=" + _length_bucket(len(value)),
        "shape=" + _shape(value),
        "pre2=" + low[:2],
        "pre3=" + low[:3],
        "pre4=" + low[:4],
        "suf1=" + _shape(value[-1:]),
        "cls=" + ("d" if digits else "") + ("a" if letters else "") + ("s" if symbols else ""),
    ]
    if digits == len(value):
        features.append(f"alldigits={len(value)}")
    elif digits and digits + (len(value) - digits - letters) == len(value) and not letters:
        features.append("digitgroups=" + _shape(value) + f"/{digits}")
    if letters and value[0].isupper() and value[1:].islower() is False:
        features.append("mixedcase")
    if value[:1].isupper() and digits and symbols == 0:
        features.append("Capword+digits")
    return features


def _context_word_features(side: str, distance: int, word: str) -> list[str]:
    bucket = _distance_bucket(distance)
    stripped = word.strip(_LEADING + _TRAILING + "!?")
    if not stripped:
        return [f"{side}{bucket}p={word[:3]}"]
    if len(stripped) > _MAX_CONTEXT_WORD:
        return [f"{side}{bucket}shape={_shape(stripped)}"]
    if any(ch.isdigit() for ch in stripped):
        features = [f"{side}{bucket}shape={_shape(stripped)}"]
    else:
        features = [f"{side}{bucket}w={stripped}", f"{side}w={stripped}"]
        if len(stripped) >= 7:
            features += [
                f"{side}s4={stripped[-4:]}",
                f"{side}s5={stripped[-5:]}",
                f"{side}s6={stripped[-6:]}",
            ]
    if word != stripped and word[-1] in ":=":
        features.append(f"{side}{bucket}ends{word[-1]}")
    return features


def candidates_of(text: str, low: str, cues: list[tuple[str, int, int]] | None = None) -> list[Candidate]:
    """Every secret-looking word (and digit group) of a message that talks about credentials,
    with its features."""
    if len(low) != len(text):
        return []
    if cues is None:
        cues = find_cues(low)
    cues = [cue for cue in cues if cue[0] in _CREDENTIAL_CUES]
    cvv_hint = _HINT.search(low) is not None
    if not cues and not cvv_hint:
        return []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if not words:
        return []
    starts = [start for start, _ in words]
    # cue categories by word index: a cue belongs to the word it ends in
    cue_at: dict[int, list[str]] = {}

    for category, _, cue_end in cues:
        index = bisect.bisect_right(starts, cue_end - 1) - 1
        if index >= 0:
            cue_at.setdefault(index, []).append(category)
    if cvv_hint:
        for hint in _HINT.finditer(low):
            index = bisect.bisect_right(starts, hint.start()) - 1
            if index >= 0:
                cue_at.setdefault(index, []).append("hint")
    cue_indices = sorted(cue_at)
    # Only words near a cue are looked at: in a long e-mail that is a few dozen, not hundreds.
    nearby = sorted(
        {i for c in cue_indices for i in range(max(0, c - _WINDOW), min(len(words), c + _WINDOW + 1))}
    )

    def line_first(index: int) -> bool:
        return index == 0 or "\n" in text[words[index - 1][1] : words[index][0]]

    def near_plain_cue(index: int) -> bool:
        for back in range(1, _PLAIN_AFTER_CUE + 1):
            if any(c in _PLAIN_CUES for c in cue_at.get(index - back, ())):
                return True
        return False

    spans: list[tuple[int, int, int, int, str]] = []  # start, end, first word, last word, kind
    for index in nearby:
        start, end = words[index]
        while start < end and text[start] in _LEADING:
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        value = text[start:end]
        if not value or "://" in value or value.startswith("www.") or _MASKED.search(value):
            continue
        if _secret_looking(value) or (value.isalpha() and len(value) >= 4 and near_plain_cue(index)):
            spans.append((start, end, index, index, "word"))
            if "=" in value or ":" in value:
                cursor = start
                for piece in _PAIR_SPLIT.split(value):
                    if piece and len(piece) < len(value) and len(piece) >= 3:
                        spans.append((cursor, cursor + len(piece), index, index, "part"))
                    cursor += len(piece) + 1
        # digit groups split by one space: "482 913"
        if (
            value.isdigit()
            and len(value) <= 4
            and index + 1 < len(words)
            and words[index + 1][0] == words[index][1] + 1
            and text[words[index][1]] == " "
        ):
            nxt_start, nxt_end = words[index + 1]
            while nxt_end > nxt_start and text[nxt_end - 1] in _TRAILING:
                nxt_end -= 1
            if text[nxt_start:nxt_end].isdigit() and len(text[nxt_start:nxt_end]) <= 4:
                spans.append((start, nxt_end, index, index + 1, "group"))

    out: list[Candidate] = []
    for start, end, first, last, kind in spans:
        value = text[start:end]
        features = _token_features(value)
        features.append("kind=" + kind)
        if kind == "part":
            features.append(
                "part_after" if start > words[first][0] and text[start - 1] in ":=" else "part_before"
            )
        if line_first(first):
            features.append("line_first")
        if last + 1 == len(words) or line_first(last + 1):
            features.append("line_last")
        # nearest cue on each side, by category and distance
        position = bisect.bisect_left(cue_indices, first)
        for cue_index in cue_indices[max(0, position - 3) : position + 3]:
            if first <= cue_index <= last:
                for category in cue_at[cue_index]:
                    features.append("cue_in=" + category)
                continue
            if cue_index < first:
                distance, side = first - cue_index, "L"
            else:
                distance, side = cue_index - last, "R"
            if distance > 2 * _WINDOW:
                continue
            for category in cue_at[cue_index]:
                features.append(f"{side}cue={category}@{_distance_bucket(distance)}")
                features.append(f"{side}cue={category}")
        for offset in range(1, _WINDOW + 1):
            if first - offset >= 0:
                s, e = words[first - offset]
                features += _context_word_features("L", offset, low[s:e])
            if last + offset < len(words):
                s, e = words[last + offset]
                features += _context_word_features("R", offset, low[s:e])
        before = low[max(0, start - 4) : start]
        if before.rstrip().endswith((":", "=")):
            features.append("after_colon")
        if before.endswith(("is ", "was ")):
            features.append("after_is")
        if before.endswith("("):
            features.append("in_parens")
        if before.endswith(("'", '"', "`", "“")):
            features.append("quoted")
        out.append((start, end, features))
    return out
