"""The last-resort pass (webcare.scrub.fallback): secret-shaped words near credential cues that the cue
rules leave, typed by the nearest cue; a username beside such a password; look-alikes left alone."""

from __future__ import annotations

import pytest
from scrub_findings import SCRUBBER
from scrub_findings import found_sorted as _found

import webcare.scrub.detectors as detectors
from webcare.scrub.cues import find_cues
from webcare.scrub.fallback import detect_leftovers
from webcare.scrub.textutil import Span


def _leftovers(text: str, out: list[Span] | None = None) -> list[tuple[str, str]]:
    """What the pass alone adds, given the spans other detectors found (none unless given)."""
    spans = list(out or [])
    detect_leftovers(text, text.lower(), find_cues(text.lower()), spans)
    return sorted((s.type, text[s.start : s.end]) for s in spans[len(out or []) :])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare user and password after talk of not getting in
        (
            "locked out again. voetbal.girl53 AppelBubbles687 is right isn't it??",
            [("password", "AppelBubbles687"), ("username", "voetbal.girl53")],
        ),
        # the answer on the lines below a cue that ends its line
        (
            "login not working\nmiller.m\nBonjour2020$\nhelp",
            [("password", "Bonjour2020$"), ("username", "miller.m")],
        ),
        # cues after their values, in brackets
        (
            "@PixelforgeUK locked out AGAIN. Liamorr76 (username) and Buster-monkey-01 (password), reset it",
            [("password", "Buster-monkey-01"), ("username", "Liamorr76")],
        ),
        # emoji and abbreviations are cues
        (
            "🔑 P5Ww$Wsyrs\n👤 djciaran55\nthat's what I use",
            [("password", "P5Ww$Wsyrs"), ("username", "djciaran55")],
        ),
        (
            "Control panel\n  u/n ciaran_p82 p/w !Tigger370\n",
            [("password", "!Tigger370"), ("username", "ciaran_p82")],
        ),
        # a generated key after a sticker, in a message about the broadband box
        ("Her box says the key on the sticker is 3e4au4m2 (off the back)", [("wifi_key", "3e4au4m2")]),
        # typed by the nearest cue: the PUK, then the PIN
        (
            "De PUK van mijn gsm is 66173265 maar da werkt ni. De pin van mijn gsm is 9900. Tel 0472 190850",
            [("phone", "0472 190850"), ("pin", "9900"), ("puk", "66173265")],
        ),
        # digits written apart are one value; the list's next number is not part of it
        (
            '1) I log in as liapate49 2) passcode 421293 3) text code 3 4 7 7 1 4 4) "CODE 958". What now',
            [("otp", "3 4 7 7 1 4"), ("pin", "421293"), ("username", "liapate49")],
        ),
        ("pincode 1 8 7 4 werkt niet meer op mijn nieuwe telefoon", [("pin", "1 8 7 4")]),
        ("the bank popped up twice too (the code was 5 2 5 9 1 7). full card", [("otp", "5 2 5 9 1 7")]),
        # a chat: the speaker's name on a line of its own, then "ok voilà:" and the code
        ("Quel code avez-vous reçu ?\n\nClient\nok voilà: 968515\n\nCarla\nMerci !", [("otp", "968515")]),
    ],
)
def test_secrets_near_cues_are_found_whole_and_typed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the username right before a password cue whose value another detector found
        (
            "your app is broken again. usr james-murphy / pwd kitten-chocolat-appel-5 and nothing",
            [("username", "james-murphy")],
        ),
        (
            "Salut, impossible de me connecter. id julie-henrard mdp TintinFrieten641, erreur E-1042",
            [("username", "julie-henrard")],
        ),
    ],
)
def test_the_username_beside_a_found_password(text: str, expected: list[tuple[str, str]]) -> None:
    whole = _found(text)
    assert set(expected) <= set(whole)
    value = whole[0][1] if whole[0][0] == "password" else ""
    start = text.index(value)
    assert _leftovers(text, [Span(start, start + len(value), "password")]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a brand
        "The wifi password is on the sticker on the back of the TP-Link Archer C6 right? Where else",
        "@Celvo_BE encore une panne je paie pour 1000 Mbps, code erreur 502",  # a quantity, an error
        "2FA code not working since the 9.23.0 update #helpme",  # a version
        "wifi router Zyxel VMG8825-T50 geeft geen verbinding",  # a model after a device and its brand
        "mijn wachtwoord werkt niet, actiecode WELCOME10",  # a promo code
        "error code 428816 bij het inloggen, sms code komt niet",  # an error code after a code cue
        "actiecode BF-2024-50, code 4598",  # four digits after a bare "code"
        "Ook de database-gebruiker werkt niet meer, zie ticket T-88812",  # a cue inside a longer word
        "StreamVeld geeft LOGIN_FAILED_09 op mijn tv",  # a cue inside an error name
        "help.example.com/articles/360012345678-How-to-reset-your-password Hoi, ik heb een vraag",  # a link
        "Tagnummer op de sticker: 1ZYBEBKO4232756082",  # a sticker on a parcel
        "password reset, code 3530\u00a02628\u00a02164\u00a06730 Mijn pas is ingeslikt",  # a card's groups
        "Pin betaling van EUR 12,50 op 12-03-2024 om 10:25 mislukt",  # amount, date, time after a pin cue
        "Ik heb van jullie gekregen: PPPoE gebruikersnaam en wachtwoord, maar welke?",  # a protocol
        # the company's own line, a number to call
        "pukcode? bel 0800 0123",
        "otp niet ontvangen, 0900 1234 gebeld",
        "code pin bloqué, appelez le 0800 - 0123",
        "mijn pincode werkt niet, ik heb 0800 - 0123 al gebeld",
    ],
)
def test_look_alikes_near_cues_are_left_alone(text: str) -> None:
    assert _leftovers(text) == [], _leftovers(text)


def test_our_own_placeholders_are_no_values() -> None:
    once = SCRUBBER.scrub("sk_live_ 0417bsn wachtwoord06-wachtwoord", "public").text
    assert SCRUBBER.scrub(once, "public").text == once
    assert _leftovers("?token=: wachtwoord[PASSWORD]") == []


def test_detect_all_runs_the_pass_once_on_the_cues_it_already_has(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[tuple[str, int, int]]] = []
    original = detectors.detect_leftovers

    def spy(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
        calls.append(cues)
        original(text, low, cues, out)

    monkeypatch.setattr(detectors, "detect_leftovers", spy)
    text = "De pin van mijn gsm is 9900, dank"
    assert ("pin", "9900") in [(s.type, text[s.start : s.end]) for s in detectors.detect_all(text)]
    assert len(calls) == 1
    assert calls[0] == find_cues(text.lower())
