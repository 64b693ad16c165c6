"""Numbers, contact data and hard negatives, round 7: the company's own lines, registrations and footer
addresses stay; the customer's stay found. Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    "text",
    [
        # a Belgian 078/070 line or a Dutch 088/085/0800/0900 line, written with its country code
        "Vragen? Bel ons op +32 78 29 11 05 (werkdagen).",
        "Service clientèle Domotix\n+32 70 22 33 44 | www.domotix.be",
        "Call our helpdesk on +31 88 765 4321, open 24/7.",
        "Gratis bereikbaar via +31 800 0221, ook in het weekend.",
        "Jullie nummer +32 78 40 11 90 is al een uur in gesprek.",
        "Onze klantenservice: 088 123 4567 of 091 234 5678.",
    ],
)
def test_a_company_line_with_its_country_code_is_no_personal_phone(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's number in the same shape stays a phone
        ("Bel me terug op +32 478 15 40 22 aub", [("phone", "+32 478 15 40 22")]),
        ("my mobile is +31 6 4218 7730", [("phone", "+31 6 4218 7730")]),
        ("notre fixe: +32 2 511 40 22", [("phone", "+32 2 511 40 22")]),
    ],
)
def test_a_personal_number_with_its_country_code_stays_a_phone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # nine digits after a Dutch company-line start (091, 085) are a Belgian area: Gent 09, Huy 085
        ("Bel me thuis op 09 123 45 67 na zes uur", "09 123 45 67"),
        ("mon fixe à Huy: 085 21 43 65", "085 21 43 65"),
    ],
)
def test_a_belgian_area_number_is_no_dutch_company_line(text: str, phone: str) -> None:
    assert _found(text) == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        # an American company's tax number after EIN, or a Belgian company number after "onderneming"
        "We run a bakery in Tulsa (EIN 69-1400507) and the terminal keeps failing.",
        "Invoice to Lakeside Plumbing LLC, EIN 78-1676447, please.",
        "Onderneming 0417 497 106, graag de factuur op die naam.",
        "Mijn ondernemingsnummer 0417.497.106 staat verkeerd op de factuur.",
    ],
)
def test_a_company_registration_after_its_name_is_no_phone_or_bsn(text: str) -> None:
    assert _found(text) == []


def test_a_bsn_with_its_cue_is_found_whatever_its_grouping() -> None:
    assert _found("bsn 11-6263684 klopt toch?") == [("bsn", "11-6263684")]


@pytest.mark.parametrize(
    "text",
    [
        # the company's footer: legal form, PO box or registration on the address's line
        "Met vriendelijke groet,\nKlikstroom B.V. | Postbus 2210 | 3500 GE Utrecht | KvK 30123456",
        "Groeten,\n> Mobico NV - Kortrijksesteenweg 1040, 9051 Gent - BTW BE 0417.497.106",
        "Cordialement,\nVolta Énergie SA - Rue de la Loi 155, 1040 Etterbeek - TVA BE 0417.497.106",
        "Kind regards\nHarbourline Ltd | 21 Quay Street, Bristol BS1 4DJ | Company No. 08123456",
    ],
)
def test_an_address_in_a_company_footer_is_not_scrubbed(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "address"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the customer's own (business) address, with an address word before it, stays found
        ("nieuw adres: Beukenlaan 14, 3581 KJ Utrecht, KvK 30123456", "Beukenlaan 14, 3581 KJ Utrecht"),
        (
            "please deliver to 21 Quay Street, Bristol BS1 4DJ, we are Harbourline Ltd",
            "21 Quay Street, Bristol BS1 4DJ",
        ),
        # a postcode whose letters read like a legal form is no company ("2511 BV Den Haag")
        (
            "Mijn adres: Laan van Meerdervoort 12, 2511 BV Den Haag",
            "Laan van Meerdervoort 12, 2511 BV Den Haag",
        ),
        # a customer's signature without any company mark
        ("Groetjes,\nEls Peeters\nKerkstraat 12\n2000 Antwerpen", "Kerkstraat 12\n2000 Antwerpen"),
    ],
)
def test_a_customer_address_next_to_company_words_stays_found(text: str, address: str) -> None:
    assert ("address", address) in _found(text)


@pytest.mark.parametrize(
    ("text", "cvv"),
    [
        # number, expiry, code: in one sentence or as the items of a list, whatever joins them
        ("Ik vulde in: 4929 8812 3409 8872, 07/29 en daarna nog 418. Weg is mijn geld", "418"),
        ("j'ai tapé ma Visa 4929 8812 3409 8872, expire 07/29, puis 418 et c'est tout", "418"),
        ("gave them my card 4929 8812 3409 8872 exp 07/29 and finally 418 :(", "418"),
        ("Ingevuld:\n- 4929 8812 3409 8872\n- 07/2029\n- 418\n- mijn naam", "418"),
    ],
)
def test_three_digits_after_a_cards_expiry_are_its_code(text: str, cvv: str) -> None:
    assert ("cvv", cvv) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # after the expiry, a number that is something else: an amount, a count, a reference, a new sentence
        "kaart 4929 8812 3409 8872, 07/29, daarna 250 euro afgeschreven",
        "card 4929 8812 3409 8872 exp 07/29, order 418 never arrived",
        "kaart 4929 8812 3409 8872 geldig tot 07/29. 418 mensen hebben dit ook gehad",
    ],
)
def test_a_number_after_the_expiry_that_is_no_code_stays(text: str) -> None:
    assert "cvv" not in [kind for kind, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code asked in one chat line, given in the next (time and name before it)
        (
            "[09:02] Bank: Welke kaart? 5412 7534 9921 0040?\n[09:03] Bank: En de code achterop de kaart?\n"
            "[09:04] Marieke: ja die ook, 662",
            ("cvv", "662"),
        ),
        (
            "10:01 Agent: you typed your card number 5412 7534 9921 0040 too?\n"
            "10:01 Agent: and the security code on the back?\n10:02 Tom: yep 903",
            ("cvv", "903"),
        ),
        (
            "Mijn kaart 5412 7534 9921 0040 staat open. Bank: de drie cijfers?\nKlant: ja 117",
            ("cvv", "117"),
        ),
        # the expiry asked, then given
        (
            "- klant: kaart 5412 7534 9921 0040\n- bank: en de vervaldatum?\n- klant: ja 09 / 27",
            ("card_expiry", "09 / 27"),
        ),
        ("my card 5412 7534 9921 0040. Agent: expiry date too?\nMe: sure 3-2028", ("card_expiry", "3-2028")),
    ],
)
def test_a_card_detail_answered_on_the_next_line_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_a_question_about_the_code_answered_without_a_code_finds_nothing_more() -> None:
    text = "Kaart 5412 7534 9921 0040 geblokkeerd. En de code op de achterkant?\nKlant: nee, om 14:30 gebeld"
    assert [kind for kind, _ in _found(text) if kind == "cvv"] == []


@pytest.mark.parametrize(
    ("text", "cvv"),
    [
        # the code first, then the clause that names it
        ("(514) heb ik ingevuld als code op de achterkant, plus de kaart 5412 7534 9921 0040", "514"),
        ("733, c'est ce que j'ai mis comme code au dos de ma carte", "733"),
        ("I typed 208 as the code on the back of my card", "208"),
    ],
)
def test_a_code_named_after_it_in_the_same_clause_is_found(text: str, cvv: str) -> None:
    assert ("cvv", cvv) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a chat export's timestamp after a card number is a date, not an expiry and a code
        "05/03/2025, 19:20 - Els: kaart 3767-435099-53833\n05/03/2025, 19:21 - Els: wat nu?",
        "2/13/26, 5:39 PM - Sam: 5162 4657 3296 4851\n2/13/26, 5:44 PM - Sam: is that enough?",
    ],
)
def test_a_chat_timestamp_after_a_card_is_no_expiry(text: str) -> None:
    kinds = [kind for kind, _ in _found(text)]
    assert "card_expiry" not in kinds and "cvv" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        # a month and a year near a card that belong to a version or a reference
        "kaart 4929 8812 3409 8872, app versie 3/24 crasht bij het betalen",
        "card 4929 8812 3409 8872 and ticket 5/26 is still open",
        "carte 4929 8812 3409 8872 refusée depuis la mise à jour iOS 12/25",
    ],
)
def test_a_version_or_reference_near_a_card_is_no_expiry(text: str) -> None:
    assert "card_expiry" not in [kind for kind, _ in _found(text)]


def test_an_expiry_near_a_card_without_such_a_word_stays_found() -> None:
    assert ("card_expiry", "3/29") in _found("kaart 4929 8812 3409 8872 en 3/29 staat erop")
