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
