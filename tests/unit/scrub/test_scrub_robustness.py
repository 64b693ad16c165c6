"""Bad input: arbitrary Unicode, control characters, very long lines. No exception, no blow-up.

Linear time is checked without absolute thresholds (the CI machine is small and shared): each
expression's time on input generated from its own parse tree (`adversarial.py`) must grow linearly
with the input, and a message made of a cue word and a long run may cost at most a fixed multiple of
plain text of the same length. Times are CPU time, the best of several interleaved runs.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable

import adversarial
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.scrub import Scrubber, ScrubPolicy
from webcare.scrub.cues import CUES

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


# Derandomized: a run checks the same 100 strings every time, so a failure is a change, not the draw. Some
# constructed strings still read differently once scrubbed (about 7 in 20,000 random ones: a placeholder
# hides what the first pass read around it, docs/scrubbing.md); SCRUB_FUZZ_EXPLORE=1 draws new ones.
@settings(max_examples=100, deadline=None, derandomize=not os.environ.get("SCRUB_FUZZ_EXPLORE"))
@given(st.lists(fragments, max_size=40).map("".join))
def test_scrubbing_is_idempotent(text: str) -> None:
    once = SCRUBBER.scrub(text, "public").text
    assert SCRUBBER.scrub(once, "public").text == once


def test_a_number_partly_taken_by_a_password_leaves_no_digits_and_scrubs_the_same_twice() -> None:
    # Found by the property above in CI: the password cue took "+31", the phone number lost the
    # overlap, and "111222333" stayed readable until a second scrub called it a BSN.
    once = SCRUBBER.scrub("wachtwoord: +31 111222333", "public").text
    assert "111222333" not in once and "+31" not in once
    assert SCRUBBER.scrub(once, "public").text == once


def test_a_number_glued_to_a_value_the_first_scrub_replaced_is_read_the_same_the_second_time() -> None:
    # Found by the idempotence property: "+31 111222333" glued to a BSN is no phone number of its own, but
    # once the BSN became "[BSN]" the second scrub saw a free-standing "+31 …" and took it.
    for text in ("111222333+31 111222333", "111222333+31 6 12345678"):
        once = SCRUBBER.scrub(text, "public").text
        assert "111222333+31" not in once
        assert SCRUBBER.scrub(once, "public").text == once


def test_a_value_scrubbed_before_counts_as_found_for_the_passes_that_read_what_was_found() -> None:
    # Found by the idempotence property: once "06-wachtwoord" / "NL91wachtwoord" became "[PASSWORD]",
    # the second scrub no longer saw a value after the cue and took the words before the placeholder.
    for text in (
        "wachtwoord+31 : ::wachtwoord06-wachtwoord",
        "wachtwoord+31 : ::wachtwoord+31 NL91wachtwoord",
        # a cue glued to a placeholder ("[CVV]cvc" from "1234cvc") or inside one ("[CVV]") is no cue
        "cvc 1234cvc 1234bsn \xa0",
        "cvc 1234cvc 1234cvc \xa0",
        " 41111234 cvc 4111pin 4111: @",
    ):
        once = SCRUBBER.scrub(text, "public").text
        assert "[PASSWORD]" in once or "[CVV]" in once
        assert SCRUBBER.scrub(once, "public").text == once


@pytest.mark.parametrize(
    "scrubbed",
    [
        # a placeholder's label is no word: "[USERNAME]" asks for no username, "[CARD]" names no card
        "Wat is je gebruikersnaam?\nJoost, [27-12-24 12:15]\n[USERNAME]\nQuestline, [27-12-24 12:18]\n"
        "Krijg je een foutmelding?\nJoost, [27-12-24 12:32]\nja S7617",
        "[26/03/2026 13:39] Inge | GameVault: What's your username?\n[26/03/2026 13:42] Jack: [USERNAME]\n"
        "[26/03/2026 13:47] Inge | GameVault: Any error message?\n[26/03/2026 13:49] Jack: yeah 500",
        "• pas: [CARD]\n• pin: [PIN]\napp geeft CODE 223",
        "Hey Imogen, your account's ready – username [USERNAME], temporary password [PASSWORD]. Thanks",
        # a number glued to a scrubbed value by a sign is read as glued, as it was the first time
        "[PHONE]-111222333",
    ],
)
def test_text_scrubbed_before_reads_as_it_did_the_first_time(scrubbed: str) -> None:
    # Found by scrubbing every development half twice (122 of 20,243 messages changed again; 36 after)
    assert SCRUBBER.scrub(scrubbed, "public").text == scrubbed


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


# ---------------------------------------------------------------------------------------------
# Linear time: every expression, on input generated from the expression itself
# ---------------------------------------------------------------------------------------------

# Linear time grows 8x when the input grows 8x; quadratic time grows 64x. The limit sits between
# them with room on both sides, so a loaded CI machine's noise cannot make a linear expression fail.
EXPRESSION_SIZES = (500, 4000)
EXPRESSION_GROWTH_LIMIT = 24.0


# A run faster than the thread clock ticks measures 0.0 s: then each timed run calls the expression more
# times (the same number on both sizes, so the ratio stands), up to this many.
_MAX_CALLS = 512


def _growth(run: Callable[[str], object], case: adversarial.Case, repeat: int) -> tuple[float, float, float]:
    texts = [case.text(size) for size in EXPRESSION_SIZES]
    calls = 1
    small, large = adversarial.fastest(run, texts, repeat)
    while small == 0.0 and calls < _MAX_CALLS:
        calls *= 8
        small, large = adversarial.fastest(_repeated(run, calls), texts, repeat)
    if small == 0.0:
        return 1.0, small, large  # too fast to time even so: no growth to measure
    return large / small, small / calls, large / calls


def _repeated(run: Callable[[str], object], calls: int) -> Callable[[str], object]:
    def many(text: str) -> object:
        for _ in range(calls - 1):
            run(text)
        return run(text)

    return many


def test_every_expression_in_the_scrubber_is_a_module_constant_the_audit_below_can_see() -> None:
    assert adversarial.inline_expressions() == []


def test_the_generator_drives_the_expressions_named_in_the_security_report() -> None:
    cases = adversarial.cases()
    for name in ("credentials._CUSTOMER_VALUE", "contact._DOB", "numbers._CVV_CUE", "numbers._EXPIRY_CUE"):
        assert any(case.name == name and case.unit in " \t" for case in cases), name


def test_every_expression_runs_in_linear_time_on_its_own_adversarial_input() -> None:
    # Given every long repeat of every expression, led to by a matching prefix, a long run of what
    # the repeat (and its neighbours) match, and an ending that makes the match fail
    patterns = adversarial.compiled_patterns()
    slow = []
    for case in adversarial.cases():
        run = adversarial.caller(patterns[case.name], case.method)
        # When the input grows eight times
        growth, small, large = _growth(run, case, repeat=5)
        if growth > EXPRESSION_GROWTH_LIMIT * 0.75:  # a suspect: measure again, more carefully
            growth, small, large = _growth(run, case, repeat=15)
        # Then so does the time, not sixty-four times
        if growth > EXPRESSION_GROWTH_LIMIT:
            slow.append(f"{case} x{growth:.1f} ({small * 1e3:.2f} ms -> {large * 1e3:.2f} ms)")
    assert not slow, "super-linear expressions:\n" + "\n".join(slow)


# ---------------------------------------------------------------------------------------------
# Linear time: whole messages, a cue word followed by a long run
# ---------------------------------------------------------------------------------------------

PLAIN = (
    "Hallo, ik heb gisteren een pakket besteld maar het is nog steeds niet bezorgd. Kunnen jullie even "
    "kijken? Hi, I ordered a parcel yesterday and it still has not arrived. Could you check it for me? "
)
# What runs after a cue are made of: whitespace, digits, letters, punctuation, and mixes of them.
RUNS = (" ", "\t", "\n", "\u00a0", "1", "a", "A", ".", "-", ":", "=", "/", "1 ", "1.", "1-", "a.", "a ", "a-")
# A run ends on a character no value starts with; "!1" also opens the gates on digits.
ENDINGS = ("x", "!1")
# At every size up to 20,000 characters: at most this multiple of plain text of the same length, and
# at most this multiple of the same message at half the length (linear: 2, quadratic: 4).
MESSAGE_RATIO_LIMIT = 20.0
MESSAGE_GROWTH_LIMIT = 3.0
MESSAGE_SIZES = (2_500, 5_000, 10_000, 20_000)
SCREEN_SIZE = 600
GROWN = 6  # the worst screened shapes that are grown to full size


def _plain(length: int) -> str:
    return (PLAIN * (length // len(PLAIN) + 1))[:length]


def _scrub(text: str) -> object:
    return LARGE.scrub(text, "public")


def _cue_words() -> list[str]:
    words = {word for category in CUES.values() for word in category} | adversarial.leading_words()
    return sorted(words)


def _message(shape: tuple[str, str, str], length: int) -> str:
    cue, run, ending = shape
    body = length - len(cue) - len(ending) - 1
    return " " + cue + (run * (body // len(run) + 1))[:body] + ending


def _measured(shape: tuple[str, str, str], size: int, repeat: int) -> tuple[float, float]:
    """(multiple of plain text, multiple of half the size) for the message at this size."""
    full, half, plain = adversarial.fastest(
        _scrub, [_message(shape, size), _message(shape, size // 2), _plain(size)], repeat
    )
    return full / plain, full / half


def test_a_cue_word_followed_by_a_long_run_costs_a_bounded_multiple_of_plain_text() -> None:
    # Given every cue word the scrubber knows, and every word its expressions start with, followed by
    # a long run of each interesting character class and an ending that makes every match fail
    shapes = [(cue, run, ending) for cue in _cue_words() for run in RUNS for ending in ENDINGS]
    for shape in shapes[:: len(RUNS) * len(ENDINGS)]:
        _scrub(_message(shape, 100))  # first calls compile expressions and import checksum libraries
    # When all are screened at a small size, and the worst ones are grown to full size
    screened = adversarial.fastest(_scrub, [_message(shape, SCREEN_SIZE) for shape in shapes], 1)
    worst = sorted(zip(screened, shapes, strict=True), reverse=True)[:GROWN]
    for _, shape in worst:
        report = []
        for size in MESSAGE_SIZES:
            ratio, growth = _measured(shape, size, repeat=3)
            if ratio > MESSAGE_RATIO_LIMIT or growth > MESSAGE_GROWTH_LIMIT:  # a suspect: measure again
                ratio, growth = _measured(shape, size, repeat=9)
            report.append(f"{shape!r} at {size}: {ratio:.1f}x plain, {growth:.1f}x half the size")
            # Then it costs a bounded multiple of plain text, and doubling its length does not come
            # near quadrupling the time (checked as it grows: a quadratic case fails in seconds, not
            # after minutes at full size)
            assert ratio <= MESSAGE_RATIO_LIMIT and growth <= MESSAGE_GROWTH_LIMIT, "\n".join(report)


# Text dense with cues ("pw pw pw ...", "06 06 06 ..."): every occurrence is a candidate that may
# be validated, which can cost much more than plain text, but eight times the text must take about
# eight times as long, not sixty-four.
DENSE_SEPARATORS = (" ", ": ", " 1 ")
DENSE_SIZES = (1_000, 8_000)
DENSE_GROWTH_LIMIT = 24.0  # linear: 8x, quadratic: 64x


def test_text_dense_with_cue_words_scrubs_in_linear_time() -> None:
    # Given every cue word repeated, alone or with a value after it
    shapes = [("", cue + separator, "!1") for cue in _cue_words() for separator in DENSE_SEPARATORS]
    # When the slowest at a small size are grown eight times
    screened = adversarial.fastest(_scrub, [_message(shape, SCREEN_SIZE) for shape in shapes], 1)
    for _, shape in sorted(zip(screened, shapes, strict=True), reverse=True)[:GROWN]:
        texts = [_message(shape, size) for size in DENSE_SIZES]
        small, large = adversarial.fastest(_scrub, texts, 3)
        if large / small > DENSE_GROWTH_LIMIT * 0.75:  # a suspect: measure again, more carefully
            small, large = adversarial.fastest(_scrub, texts, 7)
        # Then the time grows about as much as the text
        assert large / small <= DENSE_GROWTH_LIMIT, (shape, f"{small * 1e3:.1f} ms -> {large * 1e3:.1f} ms")


def test_the_strings_from_the_security_report_scrub_in_linear_time() -> None:
    # 30 s and 17 s before the fix, against 1 ms for a plain text of the same length.
    scrubber = Scrubber()  # the default policy, as the ingest handler uses it

    def scrub(text: str) -> object:
        return scrubber.scrub(text, "public")

    for text in ("klantnummer" + " " * 20_000 + "x", "geb" + " " * 20_000 + "1"):
        seconds, plain = adversarial.fastest(scrub, [text, _plain(len(text))], repeat=3)
        ratio = seconds / plain
        assert ratio <= MESSAGE_RATIO_LIMIT, (text[:12], f"{seconds:.3f} s", f"{ratio:.0f}x plain")
