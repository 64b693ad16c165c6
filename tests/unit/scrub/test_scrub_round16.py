"""Round 16: addresses spaced out around their dots, digests named before a colon, days after a word that
names no number, lines to call, notes-app lists, answers that are the whole message, and codes by what is
said of them."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, address",
    [
        ("Mijn mail: pvermeir @ telenet . be", "pvermeir @ telenet . be"),
        ("mon mail c'est lucie77 @ gmail . com, merci", "lucie77 @ gmail . com"),
        ("Account tom . de . smet @ yahoo.co . uk is locked", "tom . de . smet @ yahoo.co . uk"),
        ("Groetjes,\nAnnelies\nannelies . peeters @ outlook . be", "annelies . peeters @ outlook . be"),
        ("reply to mark@proton . me please", "mark@proton . me"),
    ],
)
def test_an_address_spaced_around_its_dots_is_an_email(text: str, address: str) -> None:
    assert ("email", address) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "see you @ home . Bye",
        "meet me @ the station . ok",
    ],
)
def test_an_at_sign_in_prose_is_no_address(text: str) -> None:
    assert not any(kind == "email" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, digest",
    [
        (
            "La mise à jour pour le modem a un checksum différent : 5d41402abc4b2a76b9719d911017c592",
            "5d41402abc4b2a76b9719d911017c592",
        ),
        (
            "firmware downloaded, checksum doesn't match: 7d793037a0760186574b0282f2f435e7. dodgy?",
            "7d793037a0760186574b0282f2f435e7",
        ),
        (
            "de controlesom klopt niet: 9e107d9d372bb6826bd81d3542a419d6",
            "9e107d9d372bb6826bd81d3542a419d6",
        ),
    ],
)
def test_a_digest_named_before_its_colon_is_no_key(text: str, digest: str) -> None:
    assert not any(value == digest for _, value in found(text))


def test_a_key_said_not_to_work_is_still_a_key() -> None:
    text = "my api key doesn't work: 7d793037a0760186574b0282f2f435e7"
    assert ("api_key", "7d793037a0760186574b0282f2f435e7") in found(text)


@pytest.mark.parametrize(
    "text, day",
    [
        ("J'ai porté plainte à la police le 14/03/2025 (PV 2025-118). Que faire ?", "14/03/2025"),
        ("Aangifte gedaan, contract 03-02-2025 ingegaan", "03-02-2025"),
    ],
)
def test_a_day_after_a_number_word_is_no_customer_number(text: str, day: str) -> None:
    assert not any(value == day for _, value in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("waarom moet ik 088 123 4567 bellen als er niemand opneemt", "088 123 4567"),
        ("Ça fait une heure que j'attends au 02 345 67 89, scandaleux", "02 345 67 89"),
    ],
)
def test_a_line_to_call_or_waited_on_is_the_companys(text: str, number: str) -> None:
    assert not any(value == number for _, value in found(text))


def test_a_persons_line_to_call_stays_a_phone() -> None:
    assert ("phone", "020 555 1234") in found("kun je mijn vrouw 020 555 1234 bellen")
