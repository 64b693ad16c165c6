"""Values with no cue beside them and chats, round 8 (webcare.scrub.transcript, fallback): chat exports
whatever stamp the phone writes, the answer lines after the question, and look-alikes that stay
untouched. Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found

_SECRETS = frozenset({"password", "username", "pin", "puk", "otp", "wifi_key"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time alone in brackets
        (
            "[09:41] Telfort Hulp: Welke pincode heb je ingetoetst?\n[09:43] Saar: 8264\n[09:43] Saar: thx",
            [("pin", "8264")],
        ),
        # a day and a month name, with or without a year, bracketed or before a dash
        (
            "[3 maart 10:02] Agent: Welk wachtwoord gebruik je?\n[3 maart 10:05] Bo: Fietsbel2023\n"
            "[3 maart 10:05] Bo: graag snel",
            [("password", "Fietsbel2023")],
        ),
        (
            "12 janvier 2025, 08:14 - Conseiller: Quel est le code reçu par sms ?\n"
            "12 janvier 2025, 08:16 - Inès: 604 281",
            [("otp", "604 281")],
        ),
        (
            "7 feb, 21:30 - Support: What username do you log in with?\n7 feb, 21:31 - Kim: kimmie_vd88\n"
            "7 feb, 21:31 - Kim: cheers",
            [("username", "kimmie_vd88")],
        ),
        # a day and a month without a year, and an American time with am/pm
        (
            "2/14, 9:12 am - bank: which pin did you type?\n2/14, 9:13 am - rob: 3071\n"
            "2/14, 9:13 am - rob: card still blocked",
            [("pin", "3071")],
        ),
        (
            "28/6 17:40 - Klantendienst: Wat is de PUK-code op de kaart?\n28/6 17:44 - Jef: 4471 9023",
            [("puk", "4471 9023")],
        ),
        # two stamped lines are a chat already
        ("[5/9 20:11] Medewerker: Welke code kreeg je?\n[5/9 20:12] Noah: 739 115", [("otp", "739 115")]),
        # the question asks for the login, not the account it serves
        (
            "[14:02] Bank: Please change it. What's your username so we can lock the account?\n"
            "[14:03] Ava: one sec\n[14:05] Ava: ava.collins_7\n[14:05] Ava: thanks",
            [("username", "ava.collins_7")],
        ),
    ],
)
def test_a_chat_answer_after_any_stamp_is_what_was_asked(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_value_given_with_what_it_is_closes_the_question() -> None:
    # the customer gave the value with what it is; the agent's sentence after it holds a model number
    text = (
        "[10:01] Agent: Welk wachtwoord gebruikt u?\n[10:02] An: dat van de sticker, wk3p-88rt-qq2m\n"
        "[10:03] Agent: Dank u. Uw modem (Fritz!Box 7530) heeft een update nodig."
    )
    assert _found(text) == [("wifi_key", "wk3p-88rt-qq2m")]


@pytest.mark.parametrize(
    "text",
    [
        # stamps and times are no values, nor is a chat line that answers nothing
        "[08:15] Klant: modem knippert rood\n[08:16] Agent: Ik reset hem op afstand.\n"
        "[08:20] Klant: 4 lampjes aan",
        # a question about the network's name: its name is no password
        "[19:02] Helpdesk: Wat is de netwerknaam en het wachtwoord op de sticker?\n[19:03] Lies: ja\n"
        "[19:03] Lies: Proximus-Home-A1F2_5G\n[19:04] Lies: verbindt niet",
        # numbered list lines and dated notes are no chat stamps
        "1 april: monteur geweest\n2 april: nog steeds geen internet\nordernummer 55120934",
    ],
)
def test_chat_look_alikes_stay(text: str) -> None:
    found = _found(text)
    assert not [kind for kind, _ in found if kind in _SECRETS], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a message that is the code alone: the answer to a question asked in an earlier message
        ("417205", [("otp", "417205")]),
        ("@Kroonbank 318 904 🙏", [("otp", "318 904")]),
        ("hallo\n771 302", [("otp", "771 302")]),
        ("bonjour, 50821 ...", [("otp", "50821")]),
        ("@TelcoHelp W-804417 #help", [("otp", "W-804417")]),
        ("  2207-4419  ", [("otp", "2207-4419")]),
    ],
)
def test_a_code_sent_alone_is_a_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025",  # a year
        "1999-2024",  # years
        "20250311",  # a date
        "14:45",  # a time
        "€ 129,95",  # an amount
        "#483920",  # a hashtag
        "bestelling 5820193",  # the message says what the number is
        "ok 482913 ontvangen, bedankt",  # more than a greeting around it
    ],
)
def test_a_lone_number_that_is_no_code_stays(text: str) -> None:
    assert not [kind for kind, _ in _found(text) if kind in _SECRETS]
