"""The learned last pass (webcare.scrub.learned): what it looks at, how it decides, what it ships with.
Examples are invented, not taken from a corpus."""

from __future__ import annotations

import json
import math
import re
import zlib
from pathlib import Path

import pytest
from scrub_findings import found_sorted as _found

from webcare.scrub import detectors, learned
from webcare.scrub.cues import find_cues
from webcare.scrub.textutil import Span

CORPUS = Path(__file__).resolve().parents[2] / "scrub_corpus"


def _values(text: str, taken: list[Span] | None = None) -> list[str]:
    cues = find_cues(text.lower())
    return [text[start:end] for start, end in learned.candidates(text, cues, taken or [])]


# ---------------------------------------------------------------------------------------------
# Candidates: secret-shaped words near a credential cue that nothing took
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password, since yesterday Zomer2024! I think", "Zomer2024!"),
        ("wachtwoord: het was pA55wordje", "pA55wordje"),
        ("de sms code is binnen, 482 913", "482 913"),
        ("the pin they sent: 0 9 7 1", "0 9 7 1"),
        ("login code? G-357037 - that one", "G-357037"),
        ('pincode ("4471")', "4471"),
    ],
)
def test_a_secret_shaped_word_near_a_credential_cue_is_a_candidate(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("password reset via https://example.com/reset2", "https://example.com/reset2"),
        ("password mail to jan.smit42@example.com please", "jan.smit42@example.com"),
        ("pin betaling van €12,50 lukte niet", "€12,50"),
        ("pin werkte niet op 12-03-2025 om 14:30", "12-03-2025"),
        ("pin werkte niet op 12-03-2025 om 14:30", "14:30"),
        ("password [PASSWORD] was scrubbed", "[PASSWORD]"),
        ("pin refused for account 123456789", "123456789"),  # nine digits: no code
        ("pin refused on card 4111 1111 1111 1112", "1111 1112"),  # the last groups of a card
        ("password ok, #hashtag2024 and @brand2 too", "#hashtag2024"),
        ("the password is fine, thank you", "password"),  # a word without digits, symbols or inner capitals
        ("pin werkt niet sinds 2019", "2019"),  # a year: the rules and their cues decide
    ],
)
def test_links_addresses_amounts_dates_long_numbers_and_plain_words_are_no_candidates(
    text: str, value: str
) -> None:
    assert value not in _values(text)


def test_a_word_far_from_any_credential_cue_or_taken_by_a_finding_is_no_candidate() -> None:
    far = "pin code please. " + "Nothing else to say here at all. " * 12 + "Ref X7k9Lm2"
    assert "X7k9Lm2" not in _values(far)
    near = "pin code please, Ref X7k9Lm2"
    assert "X7k9Lm2" in _values(near)
    start = near.index("X7k9Lm2")
    assert "X7k9Lm2" not in _values(near, [Span(start, start + 3, "customer_number")])


def test_without_a_credential_cue_the_pass_adds_nothing() -> None:
    # a cue of another kind (a customer number's) opens no region: with the gate or the regions reading every
    # cue, the model would see "Zomer2024!" here
    out: list[Span] = []
    text = "klantnummer gevraagd, order Zomer2024! arrived, thanks"
    cues = find_cues(text.lower())
    assert cues and not learned.CREDENTIAL_CUES & {category for category, _, _ in cues}
    learned.detect_learned(text, text.lower(), cues, out)
    assert out == []


# ---------------------------------------------------------------------------------------------
# The decision: a credential class at the threshold, over hashed features
# ---------------------------------------------------------------------------------------------


def _toy_model(threshold: float) -> learned.Model:
    """Two classes; a word just after a PIN cue scores 4 for 'pin' (probability 1 / (1 + e^-4) = 0.982)."""
    buckets = 1 << 10
    return learned.Model(
        classes=("none", "pin"),
        bias=(0.0, 0.0),
        weights={learned.bucket("cue=pin|after|0", buckets): (0.0, 4.0)},
        buckets=buckets,
        threshold=threshold,
    )


def _applied(model: learned.Model, text: str) -> list[tuple[str, str]]:
    out: list[Span] = []
    learned.apply_model(model, text, text.lower(), find_cues(text.lower()), out)
    return [(span.type, text[span.start : span.end]) for span in out]


def test_a_credential_class_at_or_over_the_threshold_is_taken_under_it_is_not() -> None:
    text = "pin 5521 werkt niet"
    assert _applied(_toy_model(0.98), text) == [("pin", "5521")]
    assert _applied(_toy_model(1 / (1 + math.exp(-4)) + 0.001), text) == []
    # far from the cue the feature is absent: both classes score 0, 'none' comes first and wins the tie
    assert _applied(_toy_model(0.4), "pin werkt niet, en dat sinds weken, echt vervelend 5521") == []


def test_buckets_are_crc32_of_the_feature_name_whatever_was_asked_before() -> None:
    for buckets in (1 << 10, 1 << 18, 1 << 10):
        assert learned.bucket("L1=pin", buckets) == zlib.crc32(b"L1=pin") % buckets


def test_features_name_the_shape_the_neighbours_and_the_nearest_cue() -> None:
    text = "Nieuwe pincode: 3024 ok?"
    low = text.lower()
    cues = sorted(find_cues(low), key=lambda cue: cue[1])
    start = text.index("3024")
    names = learned.features(text, low, cues, [cue[1] for cue in cues], start, start + 4)
    assert {"len=4", "digonly=True|4", "aftercolon", "L1=pincode", "R1=ok"} <= set(names)
    assert any(re.fullmatch(r"cue=pin\|after\|[01]", name) for name in names)


# ---------------------------------------------------------------------------------------------
# What ships
# ---------------------------------------------------------------------------------------------


def test_the_shipped_weights_were_learned_from_development_halves_only() -> None:
    document = json.loads(learned.WEIGHTS.read_text(encoding="utf-8"))
    assert document["trained_on"], "no training files named"
    for path in document["trained_on"]:
        assert path.endswith("/dev.jsonl") and (CORPUS / path).is_file(), path
    chosen_on = set(document["threshold_chosen_on"])
    assert chosen_on and not chosen_on & set(document["trained_on"])
    assert document["classes"][0] == "none" and 0.5 <= document["threshold"] < 1
    model = learned.shipped_model()
    assert model is not None and len(model.weights) == len(document["weights"])


def test_without_the_weights_file_the_rules_run_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(learned, "WEIGHTS", tmp_path / "missing.json")
    learned.shipped_model.cache_clear()
    try:
        assert learned.shipped_model() is None
        out: list[Span] = []
        text = "pin 5521 werkt niet"
        learned.detect_learned(text, text.lower(), find_cues(text.lower()), out)
        assert out == []
    finally:
        learned.shipped_model.cache_clear()


def test_the_shipped_pass_takes_what_the_rules_leave(monkeypatch: pytest.MonkeyPatch) -> None:
    # a login named by nothing but "handle", a word no rule reads as a cue
    text = "Hi! Cannot get into my account. handle broodjekaas58, I asked for a new password but it says E577"
    assert _found(text) == [("username", "broodjekaas58")]
    monkeypatch.setattr(detectors, "detect_learned", lambda text, low, cues, out: None)
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The app shows an error when I log in. error code 167906. No internet for three days",
        "reset mijn wachtwoord lukt niet, kortingscode ZOMER2025 werkt ook niet",
        "heb gisteren gebeld over mijn pincode.\nkvk-nummer: 94300517",
        "PUK code gevraagd. foutmelding 444765 op het scherm",
    ],
)
def test_a_code_its_label_names_as_no_secret_stays_whoever_took_it(text: str) -> None:
    # (look_alikes drops it last, so neither a rule nor the learned pass can keep it)
    assert _found(text) == []
