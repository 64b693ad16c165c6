"""Cards, their expiry and CVV, company lines and contact data written the ways people write them.

The examples are invented here (in no corpus); each class has look-alikes that must stay untouched.
"""

from __future__ import annotations

import pytest
from scrub_findings import found as _found


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        # before the card, in another sentence
        ("De app zegt verlopen, maar op de kaart staat 09/2029. Nummer: 4945 8073 0215 7365", "09/2029"),
        # after a dash, an en dash or a label that is not an expiry word
        ("CVC 412 — kaart 5181930364262129 — 03/2030", "03/2030"),
        ("Card 4475 2772 0405 6081, date 11 / 27, thanks", "11 / 27"),
        ("numéro 2221656907029316, date: 07-2031", "07-2031"),
        # a one-digit month
        ("it went out on 4475-2772-0405-6081, 5/28 and was refused", "5/28"),
        # four digits after an expiry word, with a CVC after them
        ("Kaart 379972200332248 geldig tot 1130 cvc 7731", "1130"),
    ],
)
def test_a_month_and_year_near_a_card_is_its_expiry(text: str, expiry: str) -> None:
    assert ("card_expiry", expiry) in _found(text)
    assert ("cvv", expiry) not in _found(text)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("my card # 4945807302157365 was charged twice", "4945807302157365"),
        ("kaart nr. 5181 9303 6426 2129 wordt geweigerd", "5181 9303 6426 2129"),
        # a reference word in the previous sentence does not make the card a reference
        ("I changed the booking.\n4475 2772 0405 6081 exp 02/29", "4475 2772 0405 6081"),
        # a Bancontact/Maestro number longer than 16 digits keeps its short last group
        ("bancontact 6703  5383  2364  0562  5 doet het niet", "6703  5383  2364  0562  5"),
        ("maestro 6759 2415 4990 9514 58", "6759 2415 4990 9514 58"),
        # ... also when its first 16 digits pass the Luhn check on their own (no CVV has one digit)
        ("bancontact 6703 1234 5678 0003 9 geweigerd", "6703 1234 5678 0003 9"),
        ("bancontact 6703  1234  5678  0003  9 geweigerd", "6703  1234  5678  0003  9"),
    ],
)
def test_a_card_number_after_a_card_word_or_a_new_sentence_is_a_card(text: str, card: str) -> None:
    assert ("card", card) in _found(text)


@pytest.mark.parametrize(
    ("text", "cvv"),
    [
        ("de controlecode van mijn bankkaart (318) klopt niet", "318"),
        ("la carte 4475 2772 0405 6081 refuse mon code de contrôle 552", "552"),
        # the value before its cue, in three languages
        ("604 is de beveiligingscode achterop", "604"),
        ("8812 is the code on the front of my Amex", "8812"),
        ("371 est le cryptogramme", "371"),
        ("the four digits on the front of my Amex: 7305", "7305"),
    ],
)
def test_a_card_security_code_is_found_by_its_cue_in_either_order(text: str, cvv: str) -> None:
    assert ("cvv", cvv) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "de controlecode van het formulier is 482",  # no card anywhere
        "I have 300 is the limit on the front page",
        "room 412 is the checkcode? no idea",
        "factuur 2024-03, bedrag 45,00 euro",
    ],
)
def test_code_words_away_from_a_card_stay(text: str) -> None:
    assert not [kind for kind, _ in _found(text) if kind in ("cvv", "card_expiry")]


@pytest.mark.parametrize(
    "text",
    [
        "I rang 03457 221 904 twice last week",  # UK 0345: a company's line, in three groups
        "call us on 0345 600 7711 between 8 and 6",
        "ring 0800 028 4450 for free",
        "Ik heb 2 facturen voor dezelfde maand (2023-418275 en F2025/11823)",
        "graag uitleg over factuur (3175604829), het bedrag klopt niet",
        "La facture 4521/78233 est incorrecte",  # year/number, not a BSN
    ],
)
def test_company_lines_and_invoice_numbers_stay(text: str) -> None:
    assert _found(text) == []


def test_a_personal_number_after_a_company_line_is_still_a_phone() -> None:
    found = _found("I rang 03457 221 904, my mobile is 07700 900461")
    assert found == [("phone", "07700 900461")]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        # a space on one side of the '@', or both
        ("stuur het naar pieter.v @ kpnmail.nl aub", "pieter.v @ kpnmail.nl"),
        ("reach me at dana_k@ fastmail.com", "dana_k@ fastmail.com"),
        ("mail: els83 @telenet.be", "els83 @telenet.be"),
        # spelled out in Dutch, French and English, the dots of the local part too
        (
            "mijn mail is an punt devries apenstaartje ziggo punt nl",
            "an punt devries apenstaartje ziggo punt nl",
        ),
        ("écrivez à julie.m arobase skynet point be", "julie.m arobase skynet point be"),
        ("it's tom dot hale at outlook dot com", "tom dot hale at outlook dot com"),
    ],
)
def test_an_email_address_written_with_spaces_or_words_is_found_whole(text: str, email: str) -> None:
    assert ("email", email) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "thanks @KPN_Webcare for nothing",
        "we zijn op dit punt nog niet verder, kijk at home",
        "meet me at noon point taken",
    ],
)
def test_mentions_and_ordinary_words_are_no_email(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "email"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ik ben 23-04-81 geboren in Gent", "23-04-81"),
        ("je suis 02/11/1967 née à Liège", "02/11/1967"),
        ("geboortedatum: 4-9-'58", "4-9-'58"),
        ("Naam: Ruud Smit 30-6-'49, klant sinds 2011", "30-6-'49"),
        # in parentheses after its cue, in a table cell
        ("thanks for confirming your date of birth (15.04.65) and postcode", "15.04.65"),
        ("| Naam | Wouter Vos |\n| Geboortedatum | 26-08-92 |", "26-08-92"),
    ],
)
def test_a_birth_date_before_its_cue_or_with_an_apostrophe_year_is_found(text: str, date: str) -> None:
    assert ("date_of_birth", date) in _found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mon adresse est Rue des Tanneurs 18", "Rue des Tanneurs 18"),
        ("j'habite Avenue Louise 221/4 depuis mai", "Avenue Louise 221/4"),
        ("mijn post mag voortaan naar Zandberg 14", "Zandberg 14"),
        ("ik woon sinds 1 maart op Hoogland 7-II", "Hoogland 7-II"),
    ],
)
def test_a_street_after_an_address_word_in_any_language_is_an_address(text: str, address: str) -> None:
    assert ("address", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn declaratie van 2 augustus (EUR 64,00) is niet betaald",
        "new address from November 3: see the form",
        "au total EUR 18 de frais",
    ],
)
def test_amounts_and_dates_after_address_words_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "address"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # French and Belgian signatures: number, comma, street, then the postal line
        ("Cordialement,\nAline Roux - 14, Rue des Lilas - 1300 Wavre", "14, Rue des Lilas - 1300 Wavre"),
        (
            "Chaussée de Louvain 402 bte 3, B-1030 Schaerbeek",
            "Chaussée de Louvain 402 bte 3, B-1030 Schaerbeek",
        ),
        # a British house number with a lower-case letter
        ("Regards,\nTom Reed\n7c Mill Lane\nLeeds LS6 2QA", "7c Mill Lane\nLeeds LS6 2QA"),
    ],
)
def test_a_signature_address_in_another_country_is_found_with_its_postal_line(
    text: str, address: str
) -> None:
    assert ("address", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3/3 à 16h, Proximus Service Client a écrit :",
        "We have 12, Great Deals for you",
    ],
)
def test_times_and_counts_before_capitalised_words_are_no_address(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "address"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Details: NORA KING 3/9/68 please update", "3/9/68"),
        ("Gegevens: Sven de Wit 1979-11-02, nieuw adres volgt", "1979-11-02"),
        ("my details: Ann Shah, March 4, 1966", "March 4, 1966"),
    ],
)
def test_a_date_in_a_personal_details_line_is_a_birth_date(text: str, date: str) -> None:
    assert ("date_of_birth", date) in _found(text)


def test_a_bsn_after_a_name_that_contains_tel_is_still_a_bsn() -> None:
    found = _found("Details: Ravi Patel 12 May 1970 111.222.333")
    assert ("bsn", "111.222.333") in found


@pytest.mark.parametrize(
    ("text", "card", "rest"),
    [
        # a Maestro of 19 digits written with one separator throughout
        ("maestro 6759-2415-4990-9514-58 geblokkeerd", "6759-2415-4990-9514-58", None),
        # an Amex with its expiry and four-digit CID
        ("amex 3799 722003 32248 0729 4410", "3799 722003 32248", ("cvv", "4410")),
        # a 16-digit card and a three-digit group after it: the card and its CVV, not a 19-digit card
        ("kaart 4111 1111 1111 1111 123", "4111 1111 1111 1111", ("cvv", "123")),
    ],
)
def test_long_cards_and_amex_tails(text: str, card: str, rest: tuple[str, str] | None) -> None:
    found = _found(text)
    assert ("card", card) in found
    if rest:
        assert rest in found


@pytest.mark.parametrize(
    "text",
    [
        "This month's bill (4797112941) was higher than usual",
        "MA FACTURE 0643112197 EST TROP ÉLEVÉE",
        "Klantennummer: CN 0545 3073",
    ],
)
def test_bill_and_customer_numbers_are_no_phone(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "phone"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Registered in England and Wales No. 04202829",
        "Companies House 09876543",
        "KBO 0412.345.678",
        "RPR Gent 0478.123.456",
        "Société au capital de 10 000 €, RCS Lyon n° 0478123456",
    ],
)
def test_company_registration_numbers_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        ("card 4945807302157365 expires March 2028", "March 2028"),
        ("mijn creditcard vervalt in okt. 2029", "okt. 2029"),
        ("exp 03 2029, cvc 118", "03 2029"),
    ],
)
def test_an_expiry_written_with_a_month_name_or_a_space_is_found_next_to_a_card(
    text: str, expiry: str
) -> None:
    assert ("card_expiry", expiry) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn abonnement vervalt in mei 2027",  # no card: a subscription
        "the voucher is valid until 12 30 pm",
        "cancelled on 09/25 for card 4475 2772 0405 6081",  # a day, not the expiry
        "klant sinds 03/2019, kaart 5181 9303 6426 2129",
    ],
)
def test_dates_of_other_things_near_a_card_are_no_expiry(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "card_expiry"] == []


def test_an_english_day_of_month_birth_date_is_found() -> None:
    assert ("date_of_birth", "2nd of March 1977") in _found("my birthday is the 2nd of March 1977")
