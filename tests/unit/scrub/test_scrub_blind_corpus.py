"""The blind corpora (tests/scrub_corpus/blind*/): a regression guard on every half the detectors may read.

The corpus was written by someone who never saw the detectors. Only `dev.jsonl` may be looked at and
tuned on; `heldout.jsonl` measures generalisation and is only ever scored (`make bench`, or
`tests/scrub_corpus/score.py --corpus tests/scrub_corpus/blind/heldout.jsonl`), never asserted on
here: a test that fails on it would invite tuning on it. The thresholds sit a little below what the
detectors reach on the development half, so a change that loses ground fails. Quality only; speed is
measured by `make bench`, never asserted in a test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scrub_corpus"))

import score

DEV = Path(__file__).resolve().parents[2] / "scrub_corpus" / "blind" / "dev.jsonl"


def _dev_report() -> score.Report:
    with DEV.open(encoding="utf-8") as handle:
        return score.score_in_process([json.loads(line) for line in handle])


def test_the_blind_development_half_keeps_its_recall_precision_and_hard_negative_rates() -> None:
    report = _dev_report()
    high_risk = [kind for kind in report.labelled if kind in score.HIGH_RISK]
    misses = "\n".join(f"{kind}: {context}" for kind, context in report.misses[:20])
    assert report.recall(high_risk) >= 0.995, misses
    assert report.recall() >= 0.99, misses
    assert report.precision() >= 0.99, "\n".join(f"{k}: {c}" for k, c in report.false_alarms[:20])
    kind, rate = report.worst_negative_rate()
    assert rate <= 0.02, kind


def test_every_type_in_the_blind_development_half_is_mostly_found() -> None:
    report = _dev_report()
    weak = {kind: report.recall([kind]) for kind in report.labelled if report.recall([kind]) < 0.97}
    assert not weak, weak


# The halves read since the second round (blind/ both halves, blind2/dev, blind3/dev). The later corpora are
# not tuned to 100 %: thresholds sit a little below what the detectors reach there.
_EARLIER_HALVES = ("blind/dev.jsonl", "blind/heldout.jsonl", "blind2/dev.jsonl", "blind3/dev.jsonl")


def _every_dev_half() -> score.Report:
    return score.score_in_process(
        [record for relative in _EARLIER_HALVES for record in score.read_corpus(score.CORPUS_DIR / relative)]
    )


def _every_readable_half() -> score.Report:
    return score.score_in_process(score.blind_set("dev"))


def test_every_readable_blind_half_keeps_its_recall_precision_and_hard_negative_rates() -> None:
    report = _every_dev_half()
    high_risk = [kind for kind in report.labelled if kind in score.HIGH_RISK]
    misses = "\n".join(f"{kind}: {context}" for kind, context in report.misses[:20])
    assert report.recall(high_risk) >= 0.975, misses
    assert report.recall() >= 0.975, misses
    assert report.precision() >= 0.985, "\n".join(f"{k}: {c}" for k, c in report.false_alarms[:20])
    kind, rate = report.worst_negative_rate()
    assert rate <= 0.045, kind


def test_every_type_in_every_readable_blind_half_is_mostly_found() -> None:
    report = _every_dev_half()
    weak = {kind: report.recall([kind]) for kind in report.labelled if report.recall([kind]) < 0.89}
    assert not weak, weak


# Every half the detectors may read, blind4/dev included (a fourth writer, scored once before any look:
# 87.1 % high-risk recall; round three reached 99.1 % there and 99.5 % on all halves together).
def test_all_readable_blind_halves_together_keep_their_recall_precision_and_hard_negative_rates() -> None:
    report = _every_readable_half()
    high_risk = [kind for kind in report.labelled if kind in score.HIGH_RISK]
    misses = "\n".join(f"{kind}: {context}" for kind, context in report.misses[:20])
    assert report.recall(high_risk) >= 0.99, misses
    assert report.recall() >= 0.99, misses
    assert report.precision() >= 0.99, "\n".join(f"{k}: {c}" for k, c in report.false_alarms[:20])
    kind, rate = report.worst_negative_rate()
    assert rate <= 0.02, kind
    weak = {kind: report.recall([kind]) for kind in report.labelled if report.recall([kind]) < 0.95}
    assert not weak, weak
