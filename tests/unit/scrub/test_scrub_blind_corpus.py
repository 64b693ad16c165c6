"""The blind corpora (tests/scrub_corpus/blind*/): a regression guard on every half the detectors may read.

Each corpus was written by someone who never saw the detectors. Only the development halves
(`score.BLIND_SETS["dev"]`) may be looked at and tuned on; the held-out halves measure generalisation
and are only ever scored (`make bench`, or `tests/scrub_corpus/score.py --set heldout`), never asserted
on here: a test that fails on them would invite tuning on them. The thresholds sit a little below what
the detectors reach, so a change that loses ground fails. Quality only; speed is measured by
`make bench`, never asserted in a test.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scrub_corpus"))

import score

# The halves read since the second round (blind/ both halves, blind2/dev, blind3/dev). The later corpora are
# not tuned to 100 %: thresholds sit a little below what the detectors reach there.
_EARLIER_HALVES = ("blind/dev.jsonl", "blind/heldout.jsonl", "blind2/dev.jsonl", "blind3/dev.jsonl")


def _report(*relatives: str) -> score.Report:
    return score.score_in_process(
        [
            _without_connection_eans(record)
            for relative in relatives
            for record in score.read_corpus(score.CORPUS_DIR / relative)
        ]
    )


def _without_connection_eans(record: dict[str, Any]) -> dict[str, Any]:
    """The record without the hard negatives that are an energy connection's eighteen-digit EAN: blind13
    marks them a product's code, blind43 and blind44 a customer's number, and the scrubber takes them as the
    household's (decision 0075). The negative is left out here; the scrubber's span then counts as a false
    alarm, which round 9's precision threshold allows for. The text and every other label stay as written."""
    text = record["text"]
    negatives = [
        negative
        for negative in record["negatives"]
        if not (
            negative["kind"] == "product_code"
            and len(re.sub(r"[^0-9]", "", text[negative["start"] : negative["end"]]))
            == _CONNECTION_EAN_DIGITS
        )
    ]
    return record if len(negatives) == len(record["negatives"]) else {**record, "negatives": negatives}


_CONNECTION_EAN_DIGITS = 18


def test_the_first_blind_development_half_keeps_its_recall_precision_and_hard_negative_rates() -> None:
    report = _report("blind/dev.jsonl")
    assert not score.shortfalls(
        report, high_risk=0.995, recall=0.99, precision=0.99, worst_negative=0.02, per_type=0.97
    )


def test_the_halves_read_since_the_second_round_keep_their_rates() -> None:
    report = _report(*_EARLIER_HALVES)
    assert not score.shortfalls(
        report, high_risk=0.975, recall=0.975, precision=0.985, worst_negative=0.045, per_type=0.89
    )


# Every half the detectors may read, blind4/dev included (a fourth writer, scored once before any look:
# 87.1 % high-risk recall; round three reached 99.6 % there and 99.65 % on all halves together).
def test_all_halves_read_up_to_round_three_keep_their_recall_precision_and_hard_negative_rates() -> None:
    report = _report(*_EARLIER_HALVES, "blind4/dev.jsonl")
    assert not score.shortfalls(
        report, high_risk=0.99, recall=0.99, precision=0.99, worst_negative=0.02, per_type=0.95
    )


# blind5 and blind6 (round 4: their held-out halves were scored before anyone read these halves; 84.8 % and
# 75.6 % high-risk recall here then, 99.75 % and 99.14 % at the end of the round).
def test_the_round_four_halves_keep_their_recall_precision_and_hard_negative_rates() -> None:
    report = _report("blind5/dev.jsonl", "blind6/dev.jsonl")
    assert not score.shortfalls(
        report, high_risk=0.99, recall=0.99, precision=0.995, worst_negative=0.01, per_type=0.94
    )


# blind7 and blind8 (round 5: their held-out halves were scored before anyone read these halves; 88.6 % and
# 86.5 % high-risk recall here then, all values found at the end of rounds 5 and 6).
def test_the_round_five_halves_keep_their_recall_precision_and_hard_negative_rates() -> None:
    report = _report("blind7/dev.jsonl", "blind8/dev.jsonl")
    assert not score.shortfalls(
        report, high_risk=0.99, recall=0.99, precision=0.995, worst_negative=0.01, per_type=0.97
    )


# blind9 and blind10 (round 7: their held-out halves were scored before anyone read these halves; 83.2 % and
# 84.9 % high-risk recall here then, ~95 % at the end of the round: not tuned to 100 %, customer numbers
# at 77 %).
def test_the_round_seven_halves_keep_their_recall_precision_and_hard_negative_rates() -> None:
    report = _report("blind9/dev.jsonl", "blind10/dev.jsonl")
    assert not score.shortfalls(
        report, high_risk=0.95, recall=0.95, precision=0.97, worst_negative=0.07, per_type=0.75
    )


# blind11 and blind12 (round 8: held-out halves scored before anyone read these; 89.0 % and 93.2 % high-risk
# recall there then), blind13 and blind14 (round 9: 98.9 % and 93.8 %), blind15 and blind16 (round 10: 89.1 %
# and 95.7 %), blind17 and blind18 (round 11: 93.8 % there before; these halves 93.3 % before, 98.5 % after).
# Thresholds sit a little below what the detectors reach on these halves at the end of their round.
# (Round 9's precision allows for blind13's 24 connection EANs, taken as the household's: see _report.)
@pytest.mark.parametrize(
    ("halves", "high_risk", "per_type", "precision"),
    [
        (("blind11/dev.jsonl", "blind12/dev.jsonl"), 0.99, 0.95, 0.99),
        (("blind13/dev.jsonl", "blind14/dev.jsonl"), 0.99, 0.95, 0.985),
        (("blind15/dev.jsonl", "blind16/dev.jsonl"), 0.98, 0.9, 0.99),
        (("blind17/dev.jsonl", "blind18/dev.jsonl"), 0.98, 0.92, 0.99),
    ],
    ids=["round 8", "round 9", "round 10", "round 11"],
)
def test_the_halves_of_rounds_eight_to_eleven_keep_their_rates(
    halves: tuple[str, ...], high_risk: float, per_type: float, precision: float
) -> None:
    report = _report(*halves)
    assert not score.shortfalls(
        report, high_risk=high_risk, recall=0.99, precision=precision, worst_negative=0.02, per_type=per_type
    )


def test_a_shortfall_is_reported_with_its_evidence() -> None:
    report = score.Report()
    record = {"text": "pin 1234", "spans": [{"type": "pin", "start": 4, "end": 8}], "negatives": []}
    score.score_one(report, record, [])
    found = score.shortfalls(report, high_risk=0.99, recall=0.99, precision=0.99, worst_negative=0.02)
    assert found[0].startswith("high-risk recall 0.0000 < 0.99") and "«1234»" in found[0]
    assert len(found) == 2  # recall too; precision is 1.0 when nothing was predicted


def test_a_secret_reported_under_another_type_is_hidden_but_not_found() -> None:
    report = score.Report()
    record = {"text": "code 482913", "spans": [{"type": "pin", "start": 5, "end": 11}], "negatives": []}
    score.score_one(report, record, [{"type": "otp", "start": 5, "end": 11}])
    assert report.recall() == 0.0 and report.hidden_rate() == 1.0
    report = score.Report()
    score.score_one(report, record, [{"type": "pin", "start": 5, "end": 9}])  # half the secret readable
    assert report.hidden_rate() == 0.0
