"""What a key signs (session or app), codes dictated digit by digit or after a date and an hour, dashed
access codes, codes that arrive later, CVVs by where they are printed, pairs without cues, whose name an
account is in, admin pages; and their look-alikes."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the identifier before a key cue names what it signs: sessions are tokens, apps have keys
        (
            "config:\nJWT_SECRET=9f3b2c7e1a0d4f6b8c2e7a9d1f3b5c7e9a1d3f5b\nklaar",
            [("token", "9f3b2c7e1a0d4f6b8c2e7a9d1f3b5c7e9a1d3f5b")],
        ),
        ("SESSION_SECRET: Qm7rT2vX9kL4pZ8wN3yB6cF1hJ5dG0sA", [("token", "Qm7rT2vX9kL4pZ8wN3yB6cF1hJ5dG0sA")]),
        (
            "refresh-secret=7c1e4a9b2d6f8e0a3c5b7d9f1e2a4c6b8d0f2e4a",
            [("token", "7c1e4a9b2d6f8e0a3c5b7d9f1e2a4c6b8d0f2e4a")],
        ),
        (
            "API_KEY=9f3b2c7e1a0d4f6b8c2e7a9d1f3b5c7e9a1d3f5b",
            [("api_key", "9f3b2c7e1a0d4f6b8c2e7a9d1f3b5c7e9a1d3f5b")],
        ),
        ("PAYMENT_KEY=Zx81bQ4mR7tW2nK5vJ9cL3pH6dF0sG8a", [("api_key", "Zx81bQ4mR7tW2nK5vJ9cL3pH6dF0sG8a")]),
        (
            "token d'accès=a81f3c9e2b7d4f6a0c8e1b3d5f7a9c2e4b6d8f0a et ça bloque",
            [("token", "a81f3c9e2b7d4f6a0c8e1b3d5f7a9c2e4b6d8f0a")],
        ),
        # a weak token cue reaches on through a longer clause to a long key-shaped value
        (
            "het token na het vernieuwen doet het nog steeds niet: 0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c",
            [("token", "0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c")],
        ),
        # digits dictated one by one, after a glued cue or in brackets
        ("kan niet meer inloggen. pin:3 9 0 1 7 5", [("pin", "3 9 0 1 7 5")]),
        ("the sms code (2 0 6 4 1 8) does nothing", [("otp", "2 0 6 4 1 8")]),
        ("1) log in 2) sms code 5 5 1 0 3) nothing", [("otp", "5 5 1 0")]),
        # a date and an hour between the cue and the code are read past
        ("The code I received on Mar 3rd at 10:40 (731904) fails", [("otp", "731904")]),
        ("the code I got on 12/04/2025 at 4.20pm (3 1 8 8 0 2) is refused", [("otp", "3 1 8 8 0 2")]),
        ("de sms-code die ik op 3/11 om 21.10 kreeg was 58213, werkt niet", [("otp", "58213")]),
        # an access code in two dashed halves is a code sent
        ("toegangscode 417-093 werkt niet", [("otp", "417-093")]),
    ],
)
def test_keys_and_codes_are_found_and_typed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "code à 6 chiffres, je l'ai tapé 2 fois",
        "de sms code komt niet, 3 of 4 keer geprobeerd",
        "firmware 1 2 3 via de app, de code komt niet",
        "the code from Jul 4th never came, error 0x80070",
        "version 2.4.1 of the app, token expired",
        "toegangscode werkt niet sinds 12-05",
    ],
)
def test_keys_and_codes_look_alikes_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code said to arrive after all, on a later line or in a later turn
        (
            "hoi, de sms code komt niet\nmijn nummer klopt\n"
            "via de app kreeg ik wel 4 0 7 7 1 9\nwerkt ook niet",
            [("otp", "4 0 7 7 1 9")],
        ),
        ("no verification code yet.\nstill nothing... ah it came through, 610248", [("otp", "610248")]),
        (
            "[02-03-2025 09:01:10] Jan: geen sms-code gehad\n[02-03-2025 09:02:44] Bank | Eva: Even geduld.\n"
            "[02-03-2025 09:04:02] Jan: nu wel, 391027 staat erin",
            [("otp", "391027")],
        ),
        ("the shop texted me 552109 but checkout fails", [("otp", "552109")]),
    ],
)
def test_codes_that_arrive_later(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de sms code komt niet, wel kreeg ik 2 mails over order 48213",
        "no verification code yet. I got charged 49.99 twice though",
        "the code never arrived, error 40311 on the site",
        "sms code? nu wel, om 14:05 kwam er iets binnen",
        "the courier texted me at 10:45 about parcel 3SABC1234567",
    ],
)
def test_arrivals_without_a_code_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the digits are printed, "behind" / "derrière" / "achteraan", beside a card
        (
            "carte 4532 0151 1283 0366, chiffres derrière 417, refusé",
            [("card", "4532 0151 1283 0366"), ("cvv", "417")],
        ),
        (
            "kaart 5500 0000 0000 0004 en de cijfers achteraan 312",
            [("card", "5500 0000 0000 0004"), ("cvv", "312")],
        ),
        # a channel is no cue of its own, and a reply's signature is no password
        (
            "Uw nieuwe wachtwoord is verstuurd per sms: Tulp_Regen77. "
            "Kies daarna een eigen wachtwoord. /Sanne",
            [("password", "Tulp_Regen77")],
        ),
        (
            "we sent your temporary password by sms: Kite-Harbor-42 and you can change it later. ^JS",
            [("password", "Kite-Harbor-42")],
        ),
    ],
)
def test_cvv_places_and_channels(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "les chiffres derrière 824 sur la facture ne correspondent pas",
        "the digits behind 12 in the model name, see page 3",
        "je nieuwe wachtwoord kiezen kan via de app. /Sanne",
        "ik kreeg per sms een link, geen code",
    ],
)
def test_cvv_places_and_channels_look_alikes_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a user and a password opening the sentence that asks whether they are right
        ("pierre_77 Lune#Rouge42 c'est bien ça ?", [("password", "Lune#Rouge42"), ("username", "pierre_77")]),
        (
            "can't get in. k.devos Fiets2020! is right isn't it?",
            [("password", "Fiets2020!"), ("username", "k.devos")],
        ),
        ("sanne-bos / Regen_88 klopt toch?", [("password", "Regen_88"), ("username", "sanne-bos")]),
        # a name-like user before a slash only beside a password with signs and digits
        (
            "ik kom er niet in. eva-janssen / Winter2023$ geeft een fout",
            [("password", "Winter2023$"), ("username", "eva-janssen")],
        ),
    ],
)
def test_pairs_without_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my order AB-1234 is right?",
        "the invoice from last week INV-2291 is correct, thanks",
        "so the firmware v2.4.1 is right?",
        "check-in / Terminal2 is correct?",
        "deze week maandag-dinsdag / Werkdag2 klopt toch",
    ],
)
def test_pairs_without_cues_look_alikes_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whose name the account is in, between the cue and the number
        ("the account is in my name, KL4471902", [("customer_number", "KL4471902")]),
        ("Account staat op haar naam: 7718 204 33", [("customer_number", "7718 204 33")]),
        # an admin page asks for a password of its own
        ("voor de beheerpagina heb ik Modem#4471 geprobeerd, fout", [("password", "Modem#4471")]),
        ("on the admin page I typed Harbour!2019 but it says wrong", [("password", "Harbour!2019")]),
    ],
)
def test_names_and_admin_pages(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the account is in my name, since 2019 already",
        "account staat op mijn naam, 3 jaar al",
        "the admin page shows error E-505 since monday",
        "admin page of the Zyxel VMG8825-T50 keeps loading",
        "De beheerpagina laadt niet sinds firmware V2.3.4",
    ],
)
def test_names_and_admin_pages_look_alikes_stay(text: str) -> None:
    assert _found(text) == []
