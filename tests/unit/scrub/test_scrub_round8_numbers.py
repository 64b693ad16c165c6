"""Numbers, contact data, tokens by shape and the hard negatives, round 8: ids and digests a technical
customer pastes stay in the open, keys and tokens stay found and typed by what names them. Every example is
invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found

_HEX32 = "9c41e0b7d25a8f3361c0e4ab7f92d15e"
_HEX40 = "3f0a9d6c81be2247d5c0f19ae8b3476d20c5e1fa"
_HEX64 = "b17e0c9a44d2f8653e1a7bc09d48e2f6a0c3b5d9174e8f2a6b0d3c5e7f9a1b2c"
_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


@pytest.mark.parametrize(
    "text",
    [
        # a request, trace, correlation or event id, by its label in any order of words and languages
        f"Onze calls falen sinds vanmiddag, request-id {_HEX32}.",
        f"X-Correlation-ID: {_HEX32}\nContent-Type: application/json",
        f"id de la requête : {_HEX32}, merci de regarder",
        f"het id van de aanvraag was {_HEX32}",
        f"the failing event id is {_HEX40}",
        # a digest or a commit says which file or build
        f"sha-256 van het bestand: {_HEX64}",
        f"md5 of the upload = {_HEX32}",
        f"le checksum est {_HEX40}, le fichier est corrompu ?",
        f"build broke after commit {_HEX40}",
        f"na de deploy van {_HEX40} werkt niks meer",
        f"Digest: {_HEX64}",
        # ids by their shape: a W3C trace context, a payment platform's request or event id
        f"traceparent {_TRACE}",
        f"zie log: {_TRACE} ERROR timeout",
        "request req_Q7bLm2Xv9KpT4sWd kwam terug met 500",
        "the webhook evt_3NfK8wPq2LxY7cRb failed twice",
    ],
)
def test_an_id_or_a_digest_a_customer_pastes_stays_in_the_open(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "the publishable key pk_live_Xb72Qm9LtW4rKd8sPz3N is public anyway, so no worries",
        "client key pk_live_Hq4Zr8Tn2Vx6Lm0Bc9Wy, dat is toch openbaar",
        "AC4f2b9e07d1c6a83b5e20f9d7c14a6b38 — je sais que le SID n'est pas secret",
    ],
)
def test_a_key_the_customer_says_is_public_stays_in_the_open(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secret key beside the public one stays a key; a publishable key nobody calls public stays a key
        (
            "notre clé secrète sk_live_Rv83Kq2Lz7Wm4Xc9Tb1N — la clé publique pk_live_Yt5Hn8Qd3Mz6Pk2Wc7Lb "
            "n'est pas secrète",
            [("api_key", "sk_live_Rv83Kq2Lz7Wm4Xc9Tb1N")],
        ),
        (
            "publishable key: pk_live_Jm4Xs8Rq2Nw7Kz3Bt6Vh9Lc1D",
            [("api_key", "pk_live_Jm4Xs8Rq2Nw7Kz3Bt6Vh9Lc1D")],
        ),
        # a key after an id in the same message is still found
        (
            f"request id {_HEX32}, api key 7Tq2Lm9Xz4Kb8Wn3Rc6Vd1Hs5Pf0Gy",
            [("api_key", "7Tq2Lm9Xz4Kb8Wn3Rc6Vd1Hs5Pf0Gy")],
        ),
    ],
)
def test_a_secret_beside_an_id_or_a_public_key_stays_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word naming the value after it, nearer than one before it
        ("de oude token doet het niet meer. Nieuw: Wq8Lz3Tx7Kc2Rm9Bv4Nd6Hp1Js is onze key", "api_key"),
        ("Per ongeluk Xn4Kd8Lq2Wz7Tb3Rm9Vc6Hp1Sf gepost, is de token", "token"),
        ("I pasted our Mz7Qd2Xk9Lt4Rb8Wn3Vc6Hs1Pf token in the ticket", "token"),
        # a user's or a session's access token by its prefix (npm, a personal access token)
        ("npm publish faalt met npm_Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5", "token"),
        ("rejected: at_Qz8Lm3Xt7Kd2Rw9Bn4Vc6Hp1Js5Tf", "token"),
    ],
)
def test_a_key_or_token_is_typed_by_the_nearest_word_naming_it(text: str, expected: str) -> None:
    assert [kind for kind, _ in _found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"curl 'https://api.example.nl/v2/send?api_key={_HEX32}&to=all'", "api_key"),
        (f"https://hooks.example.com/in?apikey={_HEX32}", "api_key"),
        (f"https://app.example.be/sso?access_token={_HEX32}", "token"),
        (f"https://app.example.be/login?session_key={_HEX32}", "token"),
    ],
)
def test_a_secret_in_a_link_is_typed_by_its_parameter_name(text: str, expected: str) -> None:
    assert [kind for kind, _ in _found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits typed one at a time (dictated, or spaced out to be read back), in any language and order
        ("mijn bsn is 1 1 1 2 2 2 3 3 3 graag terugbellen", [("bsn", "1 1 1 2 2 2 3 3 3")]),
        ("numéro BSN de ma fille: 2 3 4 5 6 7 8 1 8", [("bsn", "2 3 4 5 6 7 8 1 8")]),
        ("1 2 3 4 5 6 7 8 2 is het burgerservicenummer van mijn vader", [("bsn", "1 2 3 4 5 6 7 8 2")]),
        ("2 3 4 5 6 7 8 3 1 is mijne bsn", [("bsn", "2 3 4 5 6 7 8 3 1")]),
        ("234567806 is m'n bsn", [("bsn", "234567806")]),
        ("call me back on 0 6 1 2 3 4 5 6 7 8 please", [("phone", "0 6 1 2 3 4 5 6 7 8")]),
        ("gsm 0 4 7 9 1 2 3 4 5 6", [("phone", "0 4 7 9 1 2 3 4 5 6")]),
        ("kaart 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7", [("card", "4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7")]),
    ],
)
def test_digits_typed_one_at_a_time_are_one_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a score, a count-down, a sequence that passes no check
        "de uitslagen waren 1 0 2 1 0 3 1 1 2 deze week",
        "stappen 1 2 3 4 5 6 7 8 9 gevolgd, nog steeds geen internet",
        "rating: 5 4 5 5 3 4 5 4 5 5",
    ],
)
def test_single_digits_that_are_no_number_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month and a year still to come, typed on after the card number without a cue
        ("my card is 4539148803436467 0928 my address is 12 oak street", ("card_expiry", "0928")),
        ("kaart 4539 1488 0343 6467 1131 graag blokkeren", ("card_expiry", "1131")),
        ("carte 4539148803436467 0330 merci", ("card_expiry", "0330")),
    ],
)
def test_a_month_and_year_typed_after_a_card_is_its_expiry(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a past year, a PIN-like group or an amount after the card stays (no month first, or a unit)
        "kaart 4539148803436467 2019 gekregen",
        "card 4539148803436467 1875 euro afgeschreven",
        "kaart 4539148803436467 4821 werkt niet",
    ],
)
def test_four_digits_after_a_card_that_are_no_expiry_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == ["card"]


def test_a_house_number_after_a_cards_expiry_is_no_code() -> None:
    text = "card 4539148803436467 exp 09/28, my address is 214 oak street"
    assert ("cvv", "214") not in _found(text)
