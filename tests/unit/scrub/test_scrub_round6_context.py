"""Values with no cue beside them, round 6 (webcare.scrub.fallback): a number refused by a cash machine, a
password ending in '!' before its cue, a customer number on the line after the e-mail in a dump of
details; and network names that are no key. Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that begins like "ref" is no reference: the machine refused the PIN
        ("le distributeur refuse 8204 alors que c'est bien mon code", [("pin", "8204")]),
        ("the cash machine refuses 3917 every time, the card is fine", [("pin", "3917")]),
    ],
)
def test_a_pin_refused_by_the_machine_is_a_pin(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence goes on after the '!': the mark is the password's own
        ("Zeemeeuw27! is toch het wachtwoord?", [("password", "Zeemeeuw27!")]),
        ("Kastanje81! c'est bien le mot de passe ?", [("password", "Kastanje81!")]),
    ],
)
def test_a_password_before_its_cue_keeps_its_closing_mark(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_number_under_the_email_in_a_dump_of_details_is_the_customer_number() -> None:
    # given a dump of details one per line, without labels
    text = (
        "Marleen Verbeke\n14-07-1957\nm.verbeke@telenet-post.be\n730418265\n"
        "NL91 ABNA 0417 1643 00\n06-41236587\ngraag terugbellen"
    )
    # then the number on the line after the e-mail address is redacted as the customer number
    assert ("customer_number", "730418265") in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a customer number asked for at the end of a (quoted) line, answered alone on the next
        (
            "> Wat is uw klantnummer?\n4471902356\nik weet mijn postcode niet",
            [("customer_number", "4471902356")],
        ),
        ("> Votre numéro client ?\n3.1187.204\nmerci", [("customer_number", "3.1187.204")]),
        # a PIN opening its line with the letter it came in
        ("nieuwe gsm, sim erin gestoken\n6318 stond op de brief\nmaar het lukt niet", [("pin", "6318")]),
        ("swapped the sim\n4402 was on the letter but it says wrong", [("pin", "4402")]),
        # a password in capitals with digits (six letters: an error code's shape) answering its question
        ("> Welk wachtwoord gebruikt u?\nZONNIG83", [("password", "ZONNIG83")]),
        # a box's own key on the line after its network's name, in a message about the visit
        (
            "De monteur was hier\nNaam Telvanet4F21\nQKRM74HWZT2P\nMaar de laptop ziet niks",
            [("wifi_key", "QKRM74HWZT2P")],
        ),
    ],
)
def test_values_answered_or_told_on_their_own_line(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number after a question that asks for nothing of the kind
        "> Wat is uw klantnummer?\n2024\nik heb het niet",
        "Hoeveel kost het?\n4471902356",
        # an error in capitals under a question about the password
        "> Welk wachtwoord heeft u geprobeerd?\nERROR4412",
        # a number opening a letter's line without a SIM or PIN talked about
        "20240611 stond op de brief van de gemeente",
        # a name line and a word under it without a generated key's shape
        "Monteur is geweest\nNaam TelvandaBE10\nMorgen terug",
        # a network's name by its band
        "the key isn't on the sticker, only Telvo_5G_77AB is printed there",
        # a word holding "wifi" near a key cue is the network's name
        "the key isn't on the sticker, only HomelinkWiFi482 is printed there",
        "network is Telvo-7F3A and the router blinks",
        # a service used is no name typed
        "I use LinkedIn as the login page",
        # a lone number under an e-mail address without other details stays
        "mail me at k.peeters@skynet-post.be\n20240611",
    ],
)
def test_look_alikes_stay_untouched(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind not in ("email",)] == []
