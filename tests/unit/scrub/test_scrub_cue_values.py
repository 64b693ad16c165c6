"""Values after credential cues (webcare.scrub.credentials): what ends a cue's window (an error a screen
shows, a list's next item, a default network name, a date's year), words that are no value (function
words, filler adverbs, sites without a scheme), and types the context names."""

from __future__ import annotations

import pytest
from scrub_findings import SCRUBBER
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ISP's default network name after a bare "wifi" is the network, not its key
        ("Wifi Netlyn_7QPX2 valt weg sinds gisteren", []),
        ("our wifi Brobox-5G-KX4TR dropping since Monday", []),
        ("wlan Brobox-2.4G-W9XZ1 keeps disconnecting", []),
        # ... while a key cue or ':' still gives the key
        ("wifi key Netlyn_7QPX2", [("wifi_key", "Netlyn_7QPX2")]),
        ("wifi: Xk82mPq1vZ", [("wifi_key", "Xk82mPq1vZ")]),
        # an error the screen shows after the password
        (
            "mot de passe: @Rivage2019 et j'ai l'erreur E-4471. Une idée ?",
            [("password", "@Rivage2019")],
        ),
        ("password Kettle_88_% and it just says S-21AB. Any ideas?", [("password", "Kettle_88_%")]),
        ("wachtwoord vergeten, de link gaat naar zonstad.nl/help en die geeft 0x80070A3C", []),
        ("login scherm geeft AUTH_FAILED_12", []),
        # function words and fillers are no value
        ("Support: Which username are you using?", []),
        ("Welke inlognaam gebruik je?", []),
        ("mijn wachtwoord is gewoon Tr@m42_Kade", [("password", "Tr@m42_Kade")]),
        # a year after a month is a date; the code comes later
        (
            "De beveiligingscode die ik op 14 maart 2025 om 10:05 kreeg was 551903, maar hij werkt niet",
            [("otp", "551903")],
        ),
        # the context names the type
        ("Je eenmalige code is 0371. Deze is 5 minuten geldig.", [("otp", "0371")]),
        ("code 88120 (le pin) ne fonctionne plus", [("pin", "88120")]),
        # a list: the next item is no second code
        (
            '1) passcode 40417 2) text code T-551203 3) "E-9021". What now',
            [("otp", "T-551203"), ("pin", "40417")],
        ),
        # what a screen shows is no card's code
        ('My card reader shows "CODE 512" when I press Respond on my card', []),
        ("Foutcode CODE 733 op de modem", []),
        # a router brand after the key is the box, not more of the key
        (
            "wifi password is 7hkq2mzt and the box is the TP-Link Archer C6",
            [("wifi_key", "7hkq2mzt")],
        ),
    ],
)
def test_cue_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "wachtwoord straat 06-cvc ?token=",
        "wachtwoord+31 wachtwoordstraat 06-: ?token=",
        "mijn wachtwoord is Zomer_2024 en mijn wifi Brobox-5G-KX4TR",
    ],
)
def test_scrubbing_twice_changes_nothing_more(text: str) -> None:
    once = SCRUBBER.scrub(text, "public").text
    assert SCRUBBER.scrub(once, "public").text == once


def test_the_last_resort_pass_leaves_a_default_network_name() -> None:
    from webcare.scrub.cues import find_cues
    from webcare.scrub.fallback import detect_leftovers

    text = "wifi Netlyn_7QPX2 valt weg sinds gisteren, ww werkt wel"
    spans: list = []
    detect_leftovers(text, text.lower(), find_cues(text.lower()), spans)
    assert [text[s.start : s.end] for s in spans] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's card reader answers with a one-time code
        ("I put my card in, and the card reader gave me 40417723. Still fails", [("otp", "40417723")]),
        ("Ook de e.dentifier gaf 3381 0472. Help", [("otp", "3381 0472")]),
        ("de lezer geeft 5519 2043 maar het lukt niet", [("otp", "5519 2043")]),
        ('Card reader shows "E-4410" when I press Respond', []),
        # PUKs in pairs, in dashed groups, and after a masked number
        ("Dank! De PUK-code is 52 18 90 33. Je kunt daarna", [("puk", "52 18 90 33")]),
        ("sim locked\npuk=4410-8821\nnot working", [("puk", "4410-8821")]),
        (
            "de PUK van je simkaart eindigend op 06-****7781 is 20954417. Na het invoeren",
            [("puk", "20954417")],
        ),
        ("de PUK van je simkaart eindigend op +32 4** ** ** 51 is 71 40 22 93.", [("puk", "71 40 22 93")]),
        # a date's dashed groups are no PUK
        ("pukcode gevraagd op 2024-05-12, nog niks ontvangen", []),
    ],
)
def test_codes_after_readers_and_masked_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value corrected in the same breath: both are labelled
        (
            "login is zomer.7706 en paswoord Winter2005&... neen wacht Winter2006&. Werkt nog altijd niet.",
            [("password", "Winter2005&"), ("password", "Winter2006&"), ("username", "zomer.7706")],
        ),
        # ... but "wacht" that starts a new sentence corrects nothing
        ("mijn wachtwoord is Tulp2020! Wacht even, ik kijk", [("password", "Tulp2020!")]),
    ],
)
def test_corrected_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the router's own login (its admin page) is a password when the wifi's key is spoken of apart ...
        (
            "The page asked me for the router password, so I typed maple71 which is in my notebook. "
            "The wireless key on the sticker is kyvw0013GIVF.",
            [("password", "maple71"), ("wifi_key", "kyvw0013GIVF.")],
        ),
        (
            "Op de sticker: netwerksleutel DprasBNppBDlHBAn. "
            "Ik heb ook het paswoord van de modem geprobeerd: Tr4mlijn9, maar da werkt ni.",
            [("password", "Tr4mlijn9"), ("wifi_key", "DprasBNppBDlHBAn")],
        ),
        # ... alone, or with the wifi in its own sentence, the router's password is its wifi key
        ("het routerpaswoord is Kapstok91", [("wifi_key", "Kapstok91")]),
        # ... the router's wifi key stays a wifi key
        ("het wifi wachtwoord van de modem is Kx82mPq1vZ", [("wifi_key", "Kx82mPq1vZ")]),
        ("router password on the sticker: Kx82mPq1vZ", [("wifi_key", "Kx82mPq1vZ")]),
    ],
)
def test_router_admin_password(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last group of a card before a code cue is the card's
        (
            "mijn creditcardnummer is 3714 496353 98431, code achterop 7720.",
            [("card", "3714 496353 98431"), ("cvv", "7720")],
        ),
        # ... a number of its own before the cue is the code
        ("ik kreeg 482913 als code, werkt niet", [("otp", "482913")]),
        # a username cue written short
        ("account gehackt!! gebruikersnm pieter_k07, mail is veranderd", [("username", "pieter_k07")]),
    ],
)
def test_numbers_before_cues_and_short_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
