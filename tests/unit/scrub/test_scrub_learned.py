"""The learned credential classifier (webcare.scrub.learned): weights, shapes, bad input, linear time.

Quality against the blind corpora is measured by tests/scrub_corpus/train_learned.py, not here.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from webcare.scrub import learned


def _spans(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for start, end, kind in learned.learned_spans(text, text.lower())]


def test_the_weights_load_with_every_label_and_a_threshold_between_zero_and_one() -> None:
    model = learned.Model.load()
    labels = {label for row in model.weights.values() for label in row}
    assert labels <= set(learned.LABELS)
    assert {"password", "pin", "puk", "otp"} <= labels
    assert 0.0 < model.threshold <= 1.0
    assert len(model.weights) > 1000


def test_importing_the_scrubber_does_not_load_the_weights() -> None:
    code = "import sys, webcare.scrub; print('webcare.scrub.learned' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn pincode is 4821, klopt dat?", ("pin", "4821")),
        ("puk code: 12345678", ("puk", "12345678")),
        ("mijn wachtwoord is Zomer2024! maar het werkt niet", ("password", "Zomer2024!")),
    ],
)
def test_known_shapes_after_their_cue_are_classified(text: str, expected: tuple[str, str]) -> None:
    assert expected in _spans(text)


def test_plain_traffic_without_credential_talk_yields_nothing() -> None:
    text = "Mijn pakket 3SADZF829210682 is al een week onderweg, order 12345 van 12-03-2025."
    assert learned.candidates_of(text, text.lower()) == []
    assert _spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "wachtwoord",
        "wachtwoord:",
        "pin " * 500,
        "code: " + "=" * 5000,
        "password=:=:=:" * 200,
        "İstanbul wachtwoord İİİ Zomer2024!",  # lower() changes the length
        "\x00\ud800 wachtwoord \U0001f600abc123",
        "token " + "A1" * 10_000,
    ],
)
def test_nothing_is_raised_on_adversarial_strings(text: str) -> None:
    low = text.lower()
    for start, end, kind in learned.learned_spans(text, low):
        assert 0 <= start < end <= len(text)
        assert kind in learned.LABELS


def _cpu_seconds(text: str) -> float:
    low = text.lower()
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        learned.learned_spans(text, low)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(
    "unit",
    ["wachtwoord Abc123! ", "pin 1234 ", "code 12 34 56 ", "user=a:b:c:d ", "sms " + " " * 50],
)
def test_time_grows_linearly_with_the_input(unit: str) -> None:
    learned.model()  # load the weights outside the timing
    small = _cpu_seconds(unit * 500)
    large = _cpu_seconds(unit * 4000)
    # 8x the input: linear is about 8x; quadratic would be 64x
    assert large <= 24 * max(small, 1e-4)
