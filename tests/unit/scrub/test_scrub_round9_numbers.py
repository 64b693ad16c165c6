"""Numbers, contact data and their look-alikes, round 9 (webcare.scrub.numbers, contact, addresses): how
people write addresses, card details and identifiers, in other words and orders than any corpus did.
Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the house number carries its own word ("n°", "nr", "no") between street and number
        (
            "Mon adresse : Chaussée de Louvain n°212, 1030 Schaerbeek.",
            [("address", "Chaussée de Louvain n°212, 1030 Schaerbeek")],
        ),
        (
            "Bien à vous,\nSophie Lambert\nClos des Cerisiers n°7\n5000 Namur\n",
            [("address", "Clos des Cerisiers n°7\n5000 Namur")],
        ),
        ("nieuw adres: Dorpsplein nr 3 te Lier", [("address", "Dorpsplein nr 3 te Lier")]),
        ("new address Meir no 14, 2000 Antwerpen", [("address", "Meir no 14, 2000 Antwerpen")]),
        # a street with no typical suffix after a delivery verb or an article after the preposition
        ("kunnen jullie het leveren op Groenplaats 19 aub", [("address", "Groenplaats 19")]),
        ("wij wonen sinds kort op de Vrijdagmarkt 8", [("address", "Vrijdagmarkt 8")]),
        ("ze leveren het bij de buren op Rue du Moulin 4 boîte 2", [("address", "Rue du Moulin 4 boîte 2")]),
        # a flat's number after the house's, British style, in a signature
        (
            "Cheers,\nTom Hart\n27-3 Mill Lane\nBristol\nBS1 4QT",
            [("address", "27-3 Mill Lane\nBristol\nBS1 4QT")],
        ),
        # a US line typed small, with or without commas and a unit
        (
            "send it to 88 birch road apt 2c hartford ct 06103 pls",
            [("address", "88 birch road apt 2c hartford ct 06103")],
        ),
        ("my address: 412-3 oak st, boise, id 83702", [("address", "412-3 oak st, boise, id 83702")]),
        ("office is 350 w 57th st new york ny 10019", [("address", "350 w 57th st new york ny 10019")]),
    ],
)
def test_addresses_written_as_people_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a currency code and an amount after "à" / "to" are no street
        "l'abonnement passe à EUR 45,50 par mois",
        "the upgrade came to USD 120 in the end",
        # a state-like word and five digits without a street before them
        "I live in 12345 and work in 54321",
        "we moved from 12 to 14 in 2019 and me 54321",
    ],
)
def test_address_look_alikes_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code described by where it is printed, with any copula
        ("le code au dos c'est 418, je l'ai tapé deux fois", [("cvv", "418")]),
        ("the code on the back it's 552 and it still fails", [("cvv", "552")]),
        ("de cijfertjes op de achterkant zijn 907", [("cvv", "907")]),
        ("card security code (back): 361", [("cvv", "361")]),
        # counted digits of any noun after a card number given before
        (
            "number is 4532015112830366 and the 3 digit thing is 271",
            [("card", "4532015112830366"), ("cvv", "271")],
        ),
        (
            "kaart 5555555555554444 en die drie cijferkes zijn 608",
            [("card", "5555555555554444"), ("cvv", "608")],
        ),
    ],
)
def test_security_codes_named_by_place_or_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new expiry told with a verb of change, with or without a card number
        ("the expiry changed to 07 / 29 on the new card", [("card_expiry", "07 / 29")]),
        ("expiry date is now 0830, do I re-enter it?", [("card_expiry", "0830")]),
        ("de vervaldatum van mijn kaart is gewijzigd naar 11/28", [("card_expiry", "11/28")]),
        # an Amex, four digits that read as month and year, and the code named after them: the expiry
        (
            "Amex 378282246310005, 0529, CID 4417",
            [("card", "378282246310005"), ("card_expiry", "0529"), ("cvv", "4417")],
        ),
    ],
)
def test_expiry_told_as_a_change_or_before_the_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # company and VAT numbers with a country code or in Belgian enterprise dots: no phone
        "Please correct the VAT Reg. GB 219 4471 05 on the invoice",
        "merci d'indiquer notre BE 0883.114.726 sur la facture",
        "numéro d'entreprise be 0612.554.803 svp",
        "ons ondernemingsnummer is 0793.220.418",
        # a number with an identifier's label: no card
        "ID boutique : 5011054488590",
        "Shop ID 6011000990139424 in the receipt",
        # a record's number that reads as a date: no date of birth
        "Complaint 24031962 is still open",
        "klacht nr 11071958 nog steeds niet behandeld",
    ],
)
def test_identifiers_that_look_like_personal_numbers_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("phone", "card", "date_of_birth")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mobile written in dots is still a phone; a card after "card" is still a card
        ("bel me op 0478.123.456 aub", [("phone", "0478.123.456")]),
        ("my card 5011054488590", [("card", "5011054488590")]),
        # the address named right before it, after talk of a firmware
        ("since firmware 7.2 the router's public ip 81.164.20.7 changes", [("ip_address", "81.164.20.7")]),
        ("na de firmware update is mijn ip-adres 94.110.3.18", [("ip_address", "94.110.3.18")]),
        # an address spaced around its '@' in a header's angle brackets
        (
            "Van: Lies Peeters <lpeeters @ telenet.be>\nVerzonden: maandag",
            [("email", "lpeeters @ telenet.be")],
        ),
        ("De : Marc Dubois <mdubois@ skynet.be>", [("email", "mdubois@ skynet.be")]),
    ],
)
def test_personal_values_beside_the_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_version_numbers_after_a_firmware_word_stay() -> None:
    assert _found("after the firmware update 10.2.1.4 it broke") == []
