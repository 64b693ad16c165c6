"""Round 50: legal aid and notaries, hotels and holiday parks, gyms and fibre; government services,
marketplaces, banks and self-storage read (their development halves): a rented storage box's number and
the code that opens it, a hotel guest's number, the tax office's assessment number, the UK's insurance
number typed fast, an API client's id whole, the company's promise to call the customer's line, and what
is no one's secret (the line one is told to call, a booking's code in a postcode's shape)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Graag de huur voor box K214 voortaan via mijn nieuwe rekening innen", "K214"),
        ("Bonjour, ma box D-318 est vide depuis hier, merci de vérifier", "D-318"),
        ("Declared value £400. Unit 3.17, please add the insurance", "3.17"),
        ("Storage unit B77 was opened without me being there", "B77"),
    ],
)
def test_a_rented_storage_box_s_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "De wifi van de Experia Box v10 valt elke avond weg",
        "Please send it to PO Box 4512, that's where I get my post",
        "My FRITZ!Box 7.59 firmware keeps rebooting",
    ],
)
def test_a_modem_s_model_and_a_post_office_box_are_no_storage_number(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Uw box is opnieuw toegankelijk met code 58213. Vragen? Bel ons.", "58213"),
        ("Votre box est à nouveau accessible avec le code 4417.", "4417"),
        ("The plumber can get in with code 7391 tomorrow, I'm away", "7391"),
        ("Le livreur peut ouvrir avec le code 2684, merci", "2684"),
    ],
)
def test_a_code_one_gets_in_or_opens_a_door_with_is_a_pin(text: str, pin: str) -> None:
    assert ("pin", pin) in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hallo, mijn gastnummer is H5520913 en we komen vrijdag rond 15u aan.", "H5520913"),
        ("Mijn gastnnummer is RES-448120, kan ik later inchecken?", "RES-448120"),
    ],
)
def test_a_hotel_guest_s_number_typed_right_or_fast(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Aanslagnummer 4561.82.599.H.20, ik heb al betaald", "4561.82.599.H.20"),
        ("aanslagnmmer 745382610H87 klopt niet", "745382610H87"),
    ],
)
def test_the_tax_office_s_assessment_number_holds_the_payer_s_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_municipal_assessment_numbered_as_an_invoice_is_no_one_s() -> None:  # guard
    text = "Dagtekening: 2025-03-01\nAanslagnummer: 2025-118203\nU moet € 45 betalen"
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("My date of birth is 2 May 1980 and my Natoinal Insurance QQ 12 34 56 C.", "QQ 12 34 56 C"),
        ("national insurnace AB123456C, please update it", "AB123456C"),
    ],
)
def test_the_uk_insurance_number_after_its_name_typed_fast(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_an_api_client_s_uuid_is_its_key_whole() -> None:
    uuid = "0f8c2d4e-91ab-4c3d-8e7f-a1b2c3d4e5f6"
    text = f"Koppeling met de Shop API: client id {uuid} en secret Qw7Lk2Vx9Pz4Rt6Ym1Nb"
    assert ("api_key", uuid) in found(text)
    assert _kinds(text, "customer_number") == []


def test_a_request_s_uuid_is_no_key() -> None:  # guard
    text = "The page said request id 0f8c2d4e-91ab-4c3d-8e7f-a1b2c3d4e5f6, please look it up"
    assert _kinds(text, "api_key") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Uw aanvraag loopt. We nemen contact op via 070 345 6789 of per mail.", "070 345 6789"),
        ("Wij nemen met u contact op via +31 (0)10 234 5678 zodra het klaar is.", "+31 (0)10 234 5678"),
    ],
)
def test_the_company_s_promise_to_call_names_the_customer_s_line(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deel nooit je pincode, ook niet met ons. Bel Cardstop op 1700.",
        "Ne partagez jamais votre code PIN. Appelez Card Stop au 1700.",
    ],
)
def test_the_line_one_is_told_to_call_is_no_pin(text: str) -> None:
    assert _kinds(text, "pin") == []


def test_a_pin_after_its_cue_is_still_one() -> None:  # guard
    assert _kinds("Mijn pincode is 4821, bel me op 0612345678", "pin") == ["4821"]


@pytest.mark.parametrize(
    "text",
    [
        "Vlucht geannuleerd, boekingscode 4721KX. Wat nu?",
        "Heb ik recht op compensatie? Dossier 6120TR",
    ],
)
def test_a_booking_s_code_in_a_postcode_s_shape_is_no_address(text: str) -> None:
    assert _kinds(text, "address") == []


def test_a_postcode_after_its_own_label_stays_an_address() -> None:  # guard
    assert _kinds("Naam: Jan | Postcode: 2090WW | Omschrijving: lekkage", "address") == ["2090WW"]


def test_a_booking_typed_fast_names_no_code() -> None:
    assert _kinds("Polisnummer KCT5566, bokingscode H7PQWZ. Dank", "otp") == []


@pytest.mark.parametrize(
    "text",
    [
        "fyi login k.janssen / DOB 12/03/1975 / 3 boxes / IBAN below",
        "Details: username PeetersL52 / phone 0471 23 45 67 / address to follow",
    ],
)
def test_a_field_s_name_after_a_login_s_slash_is_no_password(text: str) -> None:
    assert _kinds(text, "password") == []


def test_a_password_after_a_login_s_slash_stays_one() -> None:  # guard
    assert _kinds("login: jan83 / Welkom01", "password") == ["Welkom01"]


def test_a_lock_s_code_above_a_line_about_a_text_is_still_a_pin() -> None:
    text = "Sleutelkastje naast de achterdeur, code 730514\nde sms-code kwam niet aan"
    assert ("pin", "730514") in found(text)


def test_an_e_ticket_s_number_after_its_airline_s_three_digits_is_no_phone() -> None:
    assert _kinds("Mon billet : E-ticket 074 0412345678, vol annulé", "phone") == []
