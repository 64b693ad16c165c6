"""Numbers, contact data and tokens by shape as customers write them (round 5): values typed over two
lines, a card's security code a few words from what names it, dates of birth without separators or with
a two-digit year, access tokens named by their vendor, and the look-alikes that must stay untouched
(years, Belgian company numbers, barcodes, short codes read out, an IP address after a year)."""

from __future__ import annotations

import pytest
from scrub_findings import SCRUBBER, found

# ---------------------------------------------------------------------------------------------
# A card number or IBAN typed over two lines, as read off the card or a letter
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "pasnummer\n4945 8073\n0215 7365\nvervalt 11/29",
            [("card", "4945 8073\n0215 7365"), ("card_expiry", "11/29")],
        ),
        ("my card is\n5819 3036 4262\n1294 thanks", [("card", "5819 3036 4262\n1294")]),
        ("Amex:\n3797\n220033 22452\ncid 1234", [("card", "3797\n220033 22452"), ("cvv", "1234")]),
        ("numéro de carte :\r\n4415 4990\r\n9514 5475", [("card", "4415 4990\r\n9514 5475")]),
    ],
)
def test_a_card_number_over_two_lines_is_one_card(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("terugstorten op:\nNL91 ABNA\n0417 1643 00\ngraag snel", "NL91 ABNA\n0417 1643 00"),
        ("rekening BE68 5390\n0754 7034 svp", "BE68 5390\n0754 7034"),
        ("Bank details\nGB82 WEST 1234\n5698 7654 32", "GB82 WEST 1234\n5698 7654 32"),
    ],
)
def test_an_iban_over_two_lines_is_one_iban(text: str, iban: str) -> None:
    assert found(text) == [("iban", iban)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two phone numbers, one a line: two phones, not one long number
        ("mijn nummers\n0612345678\n0201234567", [("phone", "0612345678"), ("phone", "0201234567")]),
        # a postcode line, then a line with a phone: the postcode's letters are no IBAN
        (
            "Flat 2, 9 Mill Lane, London SE17 5JH\nmobile 07700 900 378",
            [("address", "Flat 2, 9 Mill Lane, London SE17 5JH"), ("phone", "07700 900 378")],
        ),
        # a sum and a quantity on two lines that happen to fit no card
        ("totaal 1250\n3400 stuks", []),
    ],
)
def test_numbers_on_neighbouring_lines_stay_apart(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------------------------------------
# A card's security code a few words from what names it, in either order
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cvv"),
    [
        ("kaart 4945 8073 0215 7365, de code achter is dan 318", "318"),
        ("aan de achterzijde staan drie cijfers: 602, die heb ik ingevuld", "602"),
        ("les 3 chiffres au verso? J'ai mis 447 et ça refuse", "447"),
        ("the three digits on the back? I typed 590 and it says invalid", "590"),
        ("achterop mijn bankpas staat 731 klopt dat", "731"),
        ("au dos de la carte il y a 264", "264"),
        ("it keeps rejecting the security code even though 885 is what it says", "885"),
        ("sur le site le cryptogramme, c'est bien 093 ?", "093"),
        ("i entered 452 which is right there on the back of the card", "452"),
    ],
)
def test_a_security_code_near_its_cue_is_found(text: str, cvv: str) -> None:
    assert ("cvv", cvv) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "call me back 2019 times I have tried",
        "the code on the back of the router is 123",  # a device, no card
        "cvv refused since 2019",  # a year: four digits with no Amex
        "cvv incorrect, 3 times now, paid 150 euro",  # the first number counts attempts
        "back of the card says 1234",  # four digits, no Amex
        "achteraf bekeken kost het 250 euro",  # 'achteraf' is no place on a card
        "code achterop de doos: 12.50",  # an amount
    ],
)
def test_numbers_near_card_words_that_are_no_security_code_stay(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "cvv"] == []


@pytest.mark.parametrize(
    "text",
    [
        "kaart 4945 8073 0215 7365 2019 aangevraagd",
        "Visa 4415 4990 9514 5475, 1958",
    ],
)
def test_four_digits_after_a_card_with_a_three_digit_code_are_no_code(text: str) -> None:
    assert [kind for kind, _ in found(text)] == ["card"]


def test_four_digits_after_an_amex_are_its_code() -> None:
    assert found("Amex 3797 220033 22452 4321") == [("card", "3797 220033 22452"), ("cvv", "4321")]


# ---------------------------------------------------------------------------------------------
# Dates of birth without separators, with a two-digit year, after a verification
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboren op 03041961, klantnummer weet ik niet", "03041961"),
        ("GEBOORTEDATUM 17121949 BSN WEET IK NIET", "17121949"),
        ("Jan Peeters\n29021952\nKerkstraat 4\n9000 Gent", "29021952"),
        ("date de naissance 01/02/1987", "01/02/1987"),
        ("Identity confirmed, DOB checked: 14-09-58.", "14-09-58"),
        ("Klant geverifieerd met 3/11/71, nieuwe pas besteld", "3/11/71"),
        ("born 12/25/1980 in Ohio", "12/25/1980"),
    ],
)
def test_a_birth_date_written_compactly_or_short_is_found(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "bestelling 24061948 is niet aangekomen",  # a reference's number
        "bel me op 06 24061948",  # the end of a phone number
        "ordernummer 2024-11-67",
        "versie 4-11-67 van de app",
        "sinds 01011990 klant",  # 'since': a point in time, and customers say so
        "45-13-67 werkt niet",  # no such day or month
        "code 99121960 werkt niet",  # no such day
    ],
)
def test_numbers_shaped_like_old_dates_that_are_no_birth_date_stay(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "date_of_birth"] == []


# ---------------------------------------------------------------------------------------------
# Phone numbers and their look-alikes: years, company numbers, codes read out, barcodes
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Mob: 1 (404) 555-0128", "1 (404) 555-0128"),
        ("call me on 1 (415) 555-0104 after six", "1 (415) 555-0104"),
        ("mijn nummer 06 12345678 sinds 2019", "06 12345678"),
        ("0612345678 2019 was het jaar", "0612345678"),
        ("gsm 0478 12 34 90", "0478 12 34 90"),
        ("bel 04286379 even", "04286379"),  # short, but a phone word says so
    ],
)
def test_a_phone_number_is_found_whole_and_no_more(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ondernemingsnummer 0478.123.490",
        "Schilderwerken Peeters\nBE 0478.123.490\nRPR Gent",
        "Plomberie Dupont sprl - 0812.345.603 - RPM Liège",
        "TVA BE 0512 345 684",
        "de automatische lijn las 04286379 voor maar die werkt niet",  # a code read out, no phone word
        "the automated line read out 05123456 but it failed",
        "firmware 1.0.2 build 111222333",
        "Reg. no. 09876543",
        "Barcode on the box: 5159045847448, bought last week",
        "EAN 5407303451167 staat op de doos",
    ],
)
def test_company_numbers_codes_and_barcodes_are_no_phone_or_card(text: str) -> None:
    assert found(text) == []


def test_a_year_before_an_ip_address_is_no_bsn() -> None:
    assert found("sinds 2019 192.0.2.44 geblokkeerd") == [("ip_address", "192.0.2.44")]


def test_a_card_beside_a_barcode_word_is_still_a_card_when_a_card_is_named() -> None:
    assert found("barcode? no, my card number 4684847513501") == [("card", "4684847513501")]


# ---------------------------------------------------------------------------------------------
# Access tokens named by their vendor's prefix or the word before them
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "page access token EAAJZCw7aB3xQBAKt5ZC0h9tRk2LmZAPq8vW1ZBd4 verloopt",
            "EAAJZCw7aB3xQBAKt5ZC0h9tRk2LmZAPq8vW1ZBd4",
        ),
        ("shop token: shpat_0123456789abcdef0123456789abcdef", "shpat_0123456789abcdef0123456789abcdef"),
        ("mijn sessie-id: q8Zr3kLm9XwT2vBn7YpC4sDf6GhJ1uAe", "q8Zr3kLm9XwT2vBn7YpC4sDf6GhJ1uAe"),
    ],
)
def test_access_tokens_are_tokens(text: str, value: str) -> None:
    assert ("token", value) in found(text)


def test_a_shopify_shared_secret_stays_an_api_key() -> None:
    assert found("shared secret shpss_0123456789abcdef0123456789abcdef") == [
        ("api_key", "shpss_0123456789abcdef0123456789abcdef")
    ]


# ---------------------------------------------------------------------------------------------
# Details written one after the other: a dotted birth date among them, a card's fields one a line
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "voor het formulier: Fenna Bakker, 07.03.52, BSN 111222333",
            [("date_of_birth", "07.03.52"), ("bsn", "111222333")],
        ),
        (
            "Name Tom Reed 30.11.84 phone 07700 900 412",
            [("date_of_birth", "30.11.84"), ("phone", "07700 900 412")],
        ),
        # a date's month ("-06-") is no mobile's 06: the number after it stays a BSN
        (
            "Mes données : Lucas Martin 02-06-1999 111 222 333",
            [("date_of_birth", "02-06-1999"), ("bsn", "111 222 333")],
        ),
    ],
)
def test_a_birth_date_among_someones_details_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de storing begon om 10.05.45 precies",  # a time to the second
        "Ubuntu 24.04.60 start niet op",
        "firmware 10.12.45 geïnstalleerd",
    ],
)
def test_dotted_numbers_with_no_details_around_are_no_birth_date(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "visa 4945 8073 0215 7365\n11.28\n482\nwaarom lukt het niet",
            [("card", "4945 8073 0215 7365"), ("card_expiry", "11.28"), ("cvv", "482")],
        ),
        (
            "Eva, [02.03.25 09:14]\nmijn kaart 4945 8073 0215 7365\n\n"
            "Eva, [02.03.25 09:15]\n04.30\n\nBank: dank u",
            [("card", "4945 8073 0215 7365"), ("card_expiry", "04.30")],
        ),
    ],
)
def test_a_dotted_expiry_on_its_own_line_beside_a_card_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [f for f in found(text) if f[0] in ("card", "card_expiry", "cvv")] == expected


def test_an_amount_after_a_card_is_no_expiry() -> None:
    assert found("kaart 4945 8073 0215 7365 kost 10.25 per maand") == [("card", "4945 8073 0215 7365")]


# ---------------------------------------------------------------------------------------------
# Written small, without punctuation: streets, postcodes, dates of birth
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mijn adres is lindenlaan 4 in zwolle", "lindenlaan 4"),
        ("nieuw adres beukenstraat 17 7311ab apeldoorn graag", "beukenstraat 17 7311ab apeldoorn"),
        ("STUUR HET NAAR EIKENLAAN 9 2514 CD Den Haag", "EIKENLAAN 9 2514 CD Den Haag"),
        ("Adres: Molenweg 3, 6721 KL, Bennekom", "Molenweg 3, 6721 KL, Bennekom"),
    ],
)
def test_a_street_written_small_or_in_capitals_is_an_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kerkstraat 12 2019 en verder niets", "Kerkstraat 12"),  # a year and a word after it
        ("ik woon op de Dorpsstraat 5", "Dorpsstraat 5"),  # the sentence's small words stay outside
    ],
)
def test_what_follows_or_precedes_a_street_stays_outside_it(text: str, address: str) -> None:
    assert found(text) == [("address", address)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ik ben van 3 maart 61 en snap die app niet", "3 maart 61"),
        ("my date of birth is 14 June 58", "14 June 58"),
        ("née le 2 avril 49", "2 avril 49"),
    ],
)
def test_a_birth_date_with_a_month_name_and_a_two_digit_year_is_found(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


def test_a_birthday_with_a_time_after_it_has_no_year() -> None:
    assert found("geboren op 3 maart om 12:30 in het ziekenhuis") == []


def test_a_maestro_number_of_nineteen_digits_in_groups_is_one_card() -> None:
    # the first sixteen digits pass the Luhn check too; a Maestro number is often longer than sixteen
    assert found("pasnummer 6759 3498 8607 5002 011 verloopt 03/28") == [
        ("card", "6759 3498 8607 5002 011"),
        ("card_expiry", "03/28"),
    ]


def test_a_visa_number_with_three_more_digits_is_a_card_and_its_code() -> None:
    # nineteen digits pass the Luhn check too, but a Visa number written in groups has sixteen
    assert found("visa 4418 5574 4159 8817 859") == [("card", "4418 5574 4159 8817"), ("cvv", "859")]


def test_our_phone_placeholder_is_no_phone_word() -> None:
    """A short national number needs a phone word before it; "[PHONE]" left by a first pass is none, so a
    second pass changes nothing (found by the idempotence property test)."""
    once = SCRUBBER.scrub(" 0417111222333 0417 0417", "public").text
    assert once == " [PHONE] 0417 0417"
    assert SCRUBBER.scrub(once, "public").text == once


@pytest.mark.parametrize("text", ["192.168.192.168.111222333", "ip 10.0.0.1.111222333"])
def test_an_address_with_more_glued_on_holds_no_bsn_and_scrubs_the_same_twice(text: str) -> None:
    once = SCRUBBER.scrub(text, "public").text
    assert once == text
    assert SCRUBBER.scrub(once, "public").text == once
