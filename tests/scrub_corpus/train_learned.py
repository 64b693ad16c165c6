"""Train the learned credential classifier and measure it leave-one-writer-out against the rules.

    git worktree add /tmp/wt-rules e14e569          # the rules to compare with, frozen
    python tests/scrub_corpus/train_learned.py                # both folds, then the shipped weights
    python tests/scrub_corpus/train_learned.py --no-write     # the folds only

Writers: A = blind/ (dev and heldout), B = blind2/dev.jsonl, C = blind3/dev.jsonl; P = the project's
generated corpus (written by the rule authors: a small share, at a low weight). The held-out halves of
blind2 and blind3 are never read here.

Folds: train on A + P + B, evaluate on C; train on A + P + C, evaluate on B. On the evaluated writer,
the rules alone (the scrubber at the fixed commit in --rules) are compared with the rules and the
model together (the model's spans added to the detectors' before overlaps are resolved, as the
scrubber would). The threshold is chosen on the training writers only, by an inner
leave-one-writer-out over them. The shipped weights are trained on all three writers with a
threshold chosen the same way over all three.

The model: multinomial logistic regression over the string features of `webcare.scrub.learned`,
trained by SGD in pure Python with a seeded shuffle, so every run gives the same weights.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
REPOSITORY = CORPUS_DIR.parents[1]
LEARNED_PY = REPOSITORY / "functions" / "webcare" / "scrub" / "learned.py"
WEIGHTS_OUT = LEARNED_PY.with_name("learned_weights.json.gz")
WRITERS: dict[str, tuple[str, ...]] = {
    "A": ("blind/dev.jsonl", "blind/heldout.jsonl"),
    "B": ("blind2/dev.jsonl",),
    "C": ("blind3/dev.jsonl",),
}
PROJECT_COUNT = 1500
PROJECT_SEED = 20260101
PROJECT_WEIGHT = 0.3
EPOCHS = 12
LEARNING_RATE = 0.2
L2 = 1e-6
MIN_FEATURE_COUNT = 2
PRUNE_BELOW = 0.02
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
# The threshold may cost this much precision on the inner folds, and no hard-negative kind may rise
# above max(2 %, what the rules alone do there).
PRECISION_SLACK = 0.01
NEGATIVE_LIMIT = 0.02

Example = tuple[list[str], str, float]  # features, label, weight


def load_modules(rules: Path) -> tuple[ModuleType, ModuleType, ModuleType]:
    """score.py, the rules at the fixed commit, and learned.py from this tree on top of them."""
    if not (rules / "webcare" / "scrub" / "detectors.py").exists():
        sys.exit(f"{rules}: no rules there (git worktree add /tmp/wt-rules e14e569)")
    sys.path.insert(0, str(rules))
    sys.path.insert(0, str(CORPUS_DIR))
    import score

    import webcare.scrub as scrub_package

    if not Path(scrub_package.__file__ or "").resolve().is_relative_to(rules.resolve()):
        sys.exit(f"webcare.scrub was imported from {scrub_package.__file__}, not from {rules}")
    spec = importlib.util.spec_from_file_location("webcare_learned_under_test", LEARNED_PY)
    assert spec is not None and spec.loader is not None
    learned = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(learned)
    return score, scrub_package, learned


def read_writer(score: ModuleType, name: str) -> list[dict[str, Any]]:
    return [record for relative in WRITERS[name] for record in score.read_corpus(CORPUS_DIR / relative)]


def project_records(score: ModuleType) -> list[dict[str, Any]]:
    from generate import corpus

    return [score.with_token_convention(record) for record in corpus(PROJECT_COUNT, PROJECT_SEED)]


def examples_of(learned: ModuleType, records: Iterable[dict[str, Any]], weight: float) -> list[Example]:
    """One example per candidate: the model type of the labelled value it overlaps most, else none."""
    labels = set(learned.LABELS)
    out: list[Example] = []
    for record in records:
        text = record["text"]
        spans = [s for s in record["spans"] if s["type"] in labels]
        for start, end, features in learned.candidates_of(text, _lower(text)):
            best, overlap = learned.NONE, 0
            for span in spans:
                shared = min(end, span["end"]) - max(start, span["start"])
                if shared > overlap:
                    best, overlap = span["type"], shared
            out.append((features, best, weight))
    return out


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


def train(labels: Sequence[str], examples: list[Example], seed: int = 1) -> dict[str, dict[str, float]]:
    """Multinomial logistic regression by SGD; features seen fewer than MIN_FEATURE_COUNT times are
    dropped, tiny weights pruned."""
    counts: dict[str, int] = defaultdict(int)
    for features, _, _ in examples:
        for feature in set(features):
            counts[feature] += 1
    kept = {f for f, n in counts.items() if n >= MIN_FEATURE_COUNT or f == "bias"}
    data = [([f for f in dict.fromkeys(features) if f in kept], label, w) for features, label, w in examples]
    weights: dict[str, list[float]] = {f: [0.0] * len(labels) for f in kept}
    index = {label: i for i, label in enumerate(labels)}
    order = list(range(len(data)))
    rng = random.Random(seed)
    step = 0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = LEARNING_RATE / (1 + epoch)
        for i in order:
            features, label, weight = data[i]
            scores = [0.0] * len(labels)
            for feature in features:
                row = weights[feature]
                for k in range(len(labels)):
                    scores[k] += row[k]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            gradient = [e / total for e in exp]
            gradient[index[label]] -= 1.0
            scale = rate * weight
            for feature in features:
                row = weights[feature]
                for k in range(len(labels)):
                    row[k] -= scale * (gradient[k] + L2 * row[k])
            step += 1
    pruned: dict[str, dict[str, float]] = {}
    for feature, row in sorted(weights.items()):
        entries = {labels[k]: round(w, 3) for k, w in enumerate(row) if abs(w) >= PRUNE_BELOW}
        if entries:
            pruned[feature] = entries
    return pruned


class Evaluator:
    """Rules spans per record (computed once), and the union with a model's spans, scored."""

    def __init__(self, score: ModuleType, scrub: ModuleType, learned: ModuleType) -> None:
        from webcare.scrub import detectors, scrubber

        self.score, self.learned = score, learned
        self.detect_all = detectors.detect_all
        self.resolve = scrubber._resolve
        self.span = detectors.Span
        self.cache: dict[str, tuple[list[Any], list[Any]]] = {}

    def _rules(self, text: str) -> tuple[list[Any], list[Any]]:
        cached = self.cache.get(text)
        if cached is None:
            raw = self.detect_all(text)
            cached = (raw, self.learned.candidates_of(text, _lower(text)))
            self.cache[text] = cached
        return cached

    def report(self, records: Sequence[dict[str, Any]], model: Any | None, threshold: float = 0.5) -> Any:
        report = self.score.Report()
        for record in records:
            text = record["text"]
            raw, candidates = self._rules(text)
            spans = list(raw)
            if model is not None:
                spans += [
                    self.span(s, e, t)
                    for s, e, t in fill_gaps(raw, _classified(model, candidates, threshold))
                ]
            findings = [{"type": s.type, "start": s.start, "end": s.end} for s in self.resolve(spans, text)]
            self.score.score_one(report, record, findings)
        return report


def fill_gaps(rule_spans: Sequence[Any], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans that no rule span overlaps: the model adds findings, it never overrides one."""
    return [
        (start, end, kind)
        for start, end, kind in found
        if not any(span.start < end and start < span.end for span in rule_spans)
    ]


def _classified(model: Any, candidates: list[Any], threshold: float) -> list[tuple[int, int, str]]:
    model.threshold = threshold
    found = []
    for start, end, features in candidates:
        label, probability = model.classify(features)
        if label != "none":
            found.append((probability, start, end, label))
    found.sort(key=lambda item: -item[0])
    chosen: list[tuple[int, int, str]] = []
    for _, start, end, label in found:
        if all(end <= s or e <= start for s, e, _ in chosen):
            chosen.append((start, end, label))
    return chosen


def high_risk(score: ModuleType, report: Any) -> float:
    return float(report.recall([k for k in report.labelled if k in score.HIGH_RISK]))


def choose_threshold(
    score: ModuleType,
    evaluator: Evaluator,
    learned: ModuleType,
    writers: dict[str, list[dict[str, Any]]],
    make_examples: Callable[[Sequence[str]], list[Example]],
) -> float:
    """Inner leave-one-writer-out over the training writers: the threshold that gains the most
    high-risk recall summed over the inner folds while precision stays within PRECISION_SLACK of the
    rules' and no hard-negative kind rises above max(2 %, the rules' worst)."""
    names = sorted(writers)
    gains: dict[float, float] = defaultdict(float)
    allowed = set(THRESHOLDS)
    for held in names:
        model = learned.Model(train(learned.LABELS, make_examples([n for n in names if n != held])), 0.5)
        base = evaluator.report(writers[held], None)
        base_worst = base.worst_negative_rate()[1]
        print(f"    {held}: " + describe(score, "rules", base)[0], flush=True)
        for threshold in THRESHOLDS:
            union = evaluator.report(writers[held], model, threshold)
            gains[threshold] += high_risk(score, union) - high_risk(score, base)
            print(f"    {held} @ {threshold}: " + describe(score, "union", union)[0], flush=True)
            if union.precision() < base.precision() - PRECISION_SLACK or union.worst_negative_rate()[1] > max(
                NEGATIVE_LIMIT, base_worst
            ):
                allowed.discard(threshold)
        print(
            f"  inner fold -> {held}: "
            + ", ".join(f"{t}: {100 * gains[t]:+.2f}" for t in THRESHOLDS)
            + f" (summed gain so far); allowed {sorted(allowed)}",
            flush=True,
        )
    if not allowed:
        return 1.0
    return max(allowed, key=lambda t: (round(gains[t], 6), t))


def describe(score: ModuleType, name: str, report: Any) -> list[str]:
    kind, rate = report.worst_negative_rate()
    return [
        f"{name}: high-risk recall {100 * high_risk(score, report):.2f} %, overall recall "
        f"{100 * report.recall():.2f} %, precision {100 * report.precision():.2f} %, worst hard negative "
        f"{kind} {100 * rate:.1f} %"
    ]


def per_type_table(score: ModuleType, base: Any, union: Any) -> str:
    lines = [
        "| high-risk type | labelled | recall rules | recall rules ∪ model | precision rules | "
        "precision rules ∪ model |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind in sorted(k for k in base.labelled if k in score.HIGH_RISK):
        lines.append(
            f"| {kind} | {base.labelled[kind]} | {100 * base.recall([kind]):.1f} % | "
            f"{100 * union.recall([kind]):.1f} % | {100 * base.precision([kind]):.1f} % | "
            f"{100 * union.precision([kind]):.1f} % |"
        )
    return "\n".join(lines)


def throughput(scrub: ModuleType, learned: ModuleType, records: list[dict[str, Any]], model: Any) -> str:
    """Messages per second through Scrubber.scrub (score.py's timing: best of 5) without and with the
    model's spans added to the detectors' (cue pass shared, as the scrubber would pass it)."""
    from webcare.scrub import detectors, scrubber

    texts = [record["text"] for record in records]
    instance = scrubber.Scrubber(scrub.ScrubPolicy.redact_all())
    original = scrubber.detect_all

    def best_of(repeat: int = 5) -> float:
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            for text in texts:
                instance.scrub(text)
            best = min(best, time.process_time() - started)
        return len(texts) / best

    def with_model(text: str) -> list[Any]:
        last_cues[0], length[0] = None, len(text)
        spans = original(text)
        low = _lower(text)
        spans += [detectors.Span(s, e, t) for s, e, t in learned.learned_spans(text, low, last_cues[0])]
        return spans

    last_cues: list[Any] = [None]
    length = [0]
    find_cues = detectors.find_cues

    def remembering(low: str) -> list[Any]:
        found = find_cues(low)
        if len(low) == length[0]:  # the cue pass over the whole message, which the model reuses
            last_cues[0] = found
        return found

    learned._model = model
    rules_alone = best_of()
    try:
        scrubber.detect_all = with_model
        detectors.find_cues = remembering
        union = best_of()
    finally:
        scrubber.detect_all = original
        detectors.find_cues = find_cues
    return (
        f"throughput on blind3/dev.jsonl ({len(texts)} messages, CPU time, best of 5): rules alone "
        f"{rules_alone:,.0f} msg/s, rules ∪ model {union:,.0f} msg/s "
        f"({100 * (union / rules_alone - 1):+.1f} %)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rules", type=Path, default=Path("/tmp/wt-rules/functions"))
    parser.add_argument("--no-write", action="store_true", help="do not write the shipped weights")
    parser.add_argument("--no-project", action="store_true", help="leave the generated corpus out")
    args = parser.parse_args()
    score, scrub, learned = load_modules(args.rules)
    writers = {name: read_writer(score, name) for name in WRITERS}
    project = [] if args.no_project else project_records(score)
    cache: dict[str, list[Example]] = {
        name: examples_of(learned, records, 1.0) for name, records in writers.items()
    }
    cache["P"] = examples_of(learned, project, PROJECT_WEIGHT)
    print({name: len(examples) for name, examples in cache.items()}, "candidates", flush=True)

    def make_examples(names: Sequence[str]) -> list[Example]:
        return [example for name in [*names, "P"] for example in cache[name]]

    evaluator = Evaluator(score, scrub, learned)
    final_model = None
    for held in ("C", "B"):
        training = {name: writers[name] for name in writers if name != held}
        print(f"fold: train on {'+'.join(sorted(training))}+P, evaluate on {held}", flush=True)
        threshold = choose_threshold(score, evaluator, learned, training, make_examples)
        model = learned.Model(train(learned.LABELS, make_examples(sorted(training))), threshold)
        base = evaluator.report(writers[held], None)
        union = evaluator.report(writers[held], model, threshold)
        print(f"  threshold {threshold} (chosen on {'+'.join(sorted(training))} only)")
        for line in describe(score, "  rules alone      ", base) + describe(
            score, "  rules ∪ model    ", union
        ):
            print(line)
        print(per_type_table(score, base, union))
        for kind, context in union.false_alarms:
            if kind in learned.LABELS and (kind, context) not in base.false_alarms:
                print("  NEW FALSE", kind, context)
        final_model = model
    if not args.no_write:
        print("shipped weights: all three writers + P", flush=True)
        threshold = choose_threshold(score, evaluator, learned, writers, make_examples)
        weights = train(learned.LABELS, make_examples(sorted(writers)))
        document = {"threshold": threshold, "labels": list(learned.LABELS), "weights": weights}
        with gzip.GzipFile(WEIGHTS_OUT, "wb", mtime=0) as handle:
            handle.write(json.dumps(document, sort_keys=True, separators=(",", ":")).encode())
        print(
            f"  wrote {WEIGHTS_OUT} ({WEIGHTS_OUT.stat().st_size:,} bytes, {len(weights):,} features, "
            f"threshold {threshold})"
        )
        final_model = learned.Model(weights, threshold)
    print(throughput(scrub, learned, writers["C"], final_model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
