"""Bad input: arbitrary Unicode, control characters, very long lines. No exception, no blow-up."""

from __future__ import annotations

import itertools
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.scrub import Scrubber, ScrubPolicy

SCRUBBER = Scrubber(ScrubPolicy.redact_all())
LARGE = Scrubber(ScrubPolicy.from_config({"max_text_length": 1_000_000}))

# Text that looks like the things we detect, to drive the detectors into their slow paths.
fragments = st.sampled_from(
    ["wachtwoord", ": ", "pin ", "06-", "+31 ", "NL91", "ABNA", " 0417", "4111", " ", "-", "@", "[at]", ".",
     "nl", "https://", "?token=", "eyJ", "sk_live_", "1234", "AB", "straat ", "12", "\n> ", "\u00a0",
     "\u200b",
     "\x00",
     "İ", "ß", "🙂", "ل", "ж", "bsn ", "111222333", "::", "192.168.", "geboren op ", "cvc "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_scrubs_without_error(text: str) -> None:
    result = SCRUBBER.scrub(text, "public")
    assert isinstance(result.text, str)
    for finding in result.findings:
        assert 0 <= finding.start < finding.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(fragments, max_size=60).map("".join))
def test_detector_shaped_noise_scrubs_without_error_and_findings_do_not_overlap(text: str) -> None:
    result = SCRUBBER.scrub(text, "private")
    spans = sorted((f.start, f.end) for f in result.findings)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


@settings(max_examples=100, deadline=None)
@given(st.lists(fragments, max_size=40).map("".join))
def test_scrubbing_is_idempotent(text: str) -> None:
    once = SCRUBBER.scrub(text, "public").text
    assert SCRUBBER.scrub(once, "public").text == once


def test_text_over_the_maximum_is_truncated_and_flagged() -> None:
    result = SCRUBBER.scrub("x" * 25_000, "public")
    assert result.truncated
    assert result.text.endswith("[TRUNCATED]")
    assert len(result.text) < 20_100


def test_a_secret_straddling_the_cut_is_still_removed() -> None:
    scrubber = Scrubber(ScrubPolicy.from_config({"max_text_length": 110}))
    text = "x" * 100 + " card 4111 1111 1111 1111 end"
    result = scrubber.scrub(text, "public")
    assert "4111" not in result.text and "1111" not in result.text


ADVERSARIAL = [
    "a" * 64 + "@",  # e-mail local parts without an end
    "1 " * 32,  # one long number run
    "4" * 40 + " ",
    "NL91" + "A" * 30 + " ",
    "wachtwoord: " * 8,
    "x-" * 30,
    "::" * 30,
    "[at] " * 12,
    "https://" + "a/" * 30 + " ",
    "Kerkstraat " * 6 + "1 ",
    "eyJ" + "a" * 40 + ".",
]


def _seconds(text: str) -> float:
    started = time.perf_counter()
    LARGE.scrub(text, "public")
    return time.perf_counter() - started


def test_one_mebibyte_of_adversarial_input_scrubs_in_linear_time() -> None:
    # Each pattern repeated to 1 MiB must not take much more than twice its 512 KiB time, and must
    # finish well within a generous bound even on a loaded machine. Catastrophic backtracking would be
    # quadratic or worse and blow both.
    for pattern in ADVERSARIAL:
        half = (pattern * (2**19 // len(pattern) + 1))[: 2**19]
        full = (pattern * (2**20 // len(pattern) + 1))[: 2**20]
        small, large = min(_seconds(half) for _ in range(2)), min(_seconds(full) for _ in range(2))
        assert large < 20.0, (pattern, large)
        assert large < 4 * small + 0.5, (pattern, small, large)
