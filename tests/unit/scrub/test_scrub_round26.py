"""Round 26: what a form's relay, a pasted app log and a customer in a hurry write. A label set in bold
("**BSN:** …") is a label; a JSON field's key names its value; a holder's noun and any word for a number
label a customer's number; a number sent in two halves is one number; a word typed onto an IBAN without its
space does not hide it."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("**BSN:** 209 934 530\n**E-mail:** fatima.smit@gmail.com", "bsn", "209 934 530"),
        ("**BSN:** 6201.56.831\n**Mobiel nummer:** (06) 211 519 98", "bsn", "6201.56.831"),
        ("**Polisnummer:** 2314046748\n**Contactpersoon:** Lotte Kramer", "customer_number", "2314046748"),
        ("**Customer ID:** AB58165528\n**Name:** George Williams", "customer_number", "AB58165528"),
        ("*IBAN:* NL91ABNA0417164300\n*Van:* Jan", "iban", "NL91ABNA0417164300"),
        ("__Wachtwoord:__ Koffie!22", "password", "Koffie!22"),
    ],
)  # fmt: skip
def test_a_label_in_bold_or_italics_still_labels_its_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_masked_card_keeps_its_stars_and_finds_nothing() -> None:
    assert found("Kaart: **** **** **** 0064 en rekening NL** **** **92") == []


def test_a_browser_s_user_agent_names_no_user() -> None:
    text = "**User agent:** Mozilla/5.0 (Windows NT 10.0; Win64; x64)\n**Page:** https://example.nl/retour"
    assert [kind for kind, _ in found(text)] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ('"accountNumber": "1349676",', "1349676"),
        ('{"customer_number": "L4615925", "orderId": "112-7463993"}', "L4615925"),
        ('"details": {"contractId": "L4627213", "msisdn": "x"}', "L4627213"),
        ('{"customerId": "AB07722354", "orderId": "BW034"}', "AB07722354"),
    ],
)
def test_a_json_field_named_for_a_customer_s_number_holds_one(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_json_field_named_for_something_else_holds_no_customer_number() -> None:
    assert ("customer_number", "BW0345") not in found('{"orderId": "BW0345", "status": "open"}')


@pytest.mark.parametrize(
    "text, value",
    [
        ("Subscriber ID: M-471841 | Cell", "M-471841"),
        ("Loyalty no: 721334590", "721334590"),
        ("Flying Blue nr: KL032557", "KL032557"),
        ("EAN-code: 967 687 012 | Bericht: dubbel", "967 687 012"),
        ("his number +1 312 518 4765, acc number 731.783.343. He lived at", "731.783.343"),
        ("Le contrat n° 545323-90 est résilié au 22 août.", "545323-90"),
        ("hoe zetten we de verzekering POL28734894 om op mijn naam?", "POL28734894"),
    ],
)
def test_a_holder_and_a_word_for_a_number_label_a_customer_s_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("WE HEBBEN DIE VERZEKERING IN 1976 AFGESLOTEN.", "IN 1976"),
        ("mijn verzekering 2019 loopt af", "2019"),
    ],
)
def test_a_year_after_an_insurance_is_no_number_of_it(text: str, value: str) -> None:
    assert ("customer_number", value) not in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("iban NL37RABO3540809789\nsorryNL37RABO3540809789 is de goede", "NL37RABO3540809789"),
        ("sorrynl34trio3844514886 is de goede", "nl34trio3844514886"),
        ("j'ai viré €1668 versfr81 1219 8748 3997 7528 3183 911 le 27", "fr81 1219 8748 3997 7528 3183 911"),
    ],
)  # fmt: skip
def test_a_word_typed_onto_a_valid_iban_does_not_hide_it(text: str, value: str) -> None:
    assert ("iban", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "tracking JVGL2416118095557388 says delivered",  # capitals of a parcel's code, valid by chance
        "visa 4312-1981-3816-7819 expire 05/27",  # the card brand's last letters are no country code
    ],
)
def test_a_code_s_capitals_or_a_word_s_end_make_no_iban(text: str) -> None:
    assert "iban" not in [kind for kind, _ in found(text)]


@pytest.mark.parametrize(
    "text, halves",
    [
        ("nummer is 0497/\n54.03.27\ngraag blokkeren", ["0497/\n54.03.27"]),
        ("nummer is 0472/33\n.34.91\ngraag blokkeren", ["0472/33\n.34.91"]),
        ("mon numero c'est le 0032 470\n351 334\nmerci de faire vite", ["0032 470\n351 334"]),
        ("numver is +31 6\n69084136\ngraag blokkeren", ["+31 6\n69084136"]),
        ("the number is +1 (305)\n(sent too soon) 986-7913\nplease hurry", ["+1 (305)", "986-7913"]),
        ("nummer is +31 (0)6\n(sorry te vroeg verstuurd) 82842303\ngraag", ["+31 (0)6", "82842303"]),
        ("nummet is 016/1\n(sorry te vroeg verstuurd) 80046\ngraag blokkeren", ["016/1", "80046"]),
    ],
)
def test_a_phone_sent_in_two_halves_is_one_phone(text: str, halves: list[str]) -> None:
    phones = [value for kind, value in found(text) if kind == "phone"]
    assert phones == halves
