"""Round 43: government and public services, cars, mobility and charities read (their development halves):
documents, permits and travel cards by their bare names, a tax assessment's number, a bank's own numbers,
national ids from abroad, a network's name before its key, company mailboxes and phone labels in haste."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("my passport (L8829104) runs out next week and I fly on Friday", "L8829104"),
        ("Mijn paspoort (nummer NXK4R81P2) is verlopen, kan ik een nooddocument krijgen?", "NXK4R81P2"),
        ("My passprot (C88120443) expired in March", "C88120443"),
        ("Kunt u mijn parkeervergunning (PV-4471093) overzetten naar mijn nieuwe adres?", "PV-4471093"),
        ("resident permit RP7730215 expires in May, can I renew it online?", "RP7730215"),
        ("Ma carte d'identité (591-4402871-33) a été volée hier soir.", "591-4402871-33"),
        ("@TfL my Oyster 448812903377 was charged twice this morning", "448812903377"),
        ("Hallo, lidnummer pechverhelping LC-2020-118842. Mijn auto staat stil op de E17.", "LC-2020-118842"),
    ],
)
def test_a_document_a_permit_and_a_travel_card_lead_to_the_holder_s_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_travel_card_s_name_retypes_a_number_a_payment_card_s_shape_took() -> None:
    text = "waarom is mijn ov-chipkaart 3528 0441 7729 1304 geblokkeerd? sta bij de poortjes"
    assert _kinds(text, "customer_number") == ["3528 0441 7729 1304"]
    assert _kinds(text, "card") == []


def test_a_bracket_before_a_named_number_is_no_phone_s() -> None:
    text = "Kunt u mijn parkeervergunning (0207-44190) verlengen tot juni?"
    assert _kinds(text, "customer_number") == ["0207-44190"]


@pytest.mark.parametrize(
    "text",
    [
        "de pincode van mijn identiteitskaart is 4471",  # an eID's PIN, no card number
        "the pin of my id card is 2290, the reader asks for it",
    ],
)
def test_an_identity_card_s_pin_stays_a_pin(text: str) -> None:
    assert _kinds(text, "customer_number") == []
    assert _kinds(text, "pin") != []


@pytest.mark.parametrize(
    "text",
    [
        "Applied for a resident permit for GX-482-K last week",  # a plate: a value starts no word's middle
        "State Dept Passports | 1-877-487-2778 | travel.state.gov",  # a plural names many, no one's number
        "Pakket met de nieuwe laadpas (JVGL123456789012) is nooit aangekomen",  # a parcel's by its format
        "Uw nieuwe laadpas is verzonden met CD123456785BE.",
        "Geen aanslag 2024 ontvangen voor mijn woning",  # a year after a bare noun
    ],
)
def test_no_holder_s_number_in_a_plate_a_plural_a_parcel_or_a_year(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Je bezwaar tegen aanslag 1234.56.782.H.23.01 is ontvangen.", "1234.56.782.H.23.01"),
        ("aanslagnummer 123456782H2301 klopt niet, ik heb al bezwaar gemaakt", "123456782H2301"),
        ("De aanslag 1234 56 782 A 22 moet ik nog betalen", "1234 56 782 A 22"),
    ],
)
def test_a_tax_assessment_s_number_is_the_holder_s_whole(text: str, number: str) -> None:
    assert found(text) == [("customer_number", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Bakkerij Aerts BV, btw-nummer 1234.56.782.B.01",  # a company's VAT number: B
        "loonheffingennummer 123456782L01 van de werkgever",  # an employer's payroll tax number: L
        "Stichting Hartfonds | RSIN 123456782 | ANBI-status sinds 2010",  # an organisation's RSIN
    ],
)
def test_a_company_s_tax_numbers_are_no_one_s(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("bsn", "customer_number")] == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Name: Kim Lee\nBank routing/account: 021000021 / 483920117\nThanks", "483920117"),
        ("Bank routting/account: 011000138 / 7731092245", "7731092245"),
        ("sort code/account: 20-00-00 / 41234567. Please refund there.", "41234567"),
    ],
)
def test_a_bank_s_number_then_the_customer_s_account(text: str, account: str) -> None:
    assert [value for kind, value in found(text) if kind != "date_of_birth"] == [account]


def test_a_routing_number_alone_is_the_bank_s() -> None:
    assert found("the routing number 011000138 is on the cheque") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Name: Hannah Lee\nSSN: 576-06-9077\nDate of Birth: 4/20/2000", "576-06-9077"),
        ("The code was rejected. My SSN is 116 93 7166. Tracking for the letter", "116 93 7166"),
        ("IBAN GB49 LOYD 9700 8820 9029 28, NI JT428229D. I got less this month", "JT428229D"),
        ("National Insurance no: XB 13 29 58 B\nDate of birth: 23/6/62", "XB 13 29 58 B"),
    ],
)
def test_a_national_id_from_abroad_is_the_customer_s_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)
    assert _kinds(text, "bsn") == []


def test_a_dutch_bsn_called_a_social_security_number_stays_a_bsn() -> None:
    assert ("bsn", "296292631") in found("In case you need it: social security number (BSN) 296292631.")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("library wifi (Ziggo7731) password Qm8x2LpV9t doesn't work", "Qm8x2LpV9t"),
        ("Thuiswerkplek: wifi BTHub6-4QXC met sletuel K9vB2xQ7mPz4 werkt niet", "K9vB2xQ7mPz4"),
        ("library wifi (Proximus-Home-55D1) key 7HQW-2M4K-XP9Z isn't working", "7HQW-2M4K-XP9Z"),
    ],
)
def test_a_network_s_name_before_its_key_is_no_key(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]


def test_a_padlock_s_code_is_the_household_s_pin() -> None:
    assert _kinds("Ik ben niet thuis, de sleutel van het hangslot heeft code 804512", "pin") == ["804512"]


@pytest.mark.parametrize(
    "text",
    [
        "Op 3 mei om 10:45 schreef Fietsplan <suport@fietsplan.nl>:",
        "Le 2 octobre, Garage Dumont <servvice@garagedumont.be> a écrit :",
        "On 1 Apr, Ridehub <spuport@ridehub.co.uk> wrote:",
    ],
)
def test_a_desk_s_mailbox_typed_in_haste_is_the_company_s(text: str) -> None:
    assert _kinds(text, "email") == []


def test_a_person_s_mailbox_stays_theirs() -> None:
    assert _kinds("Op 3 mei schreef Jan <supporter.jan@gmail.com>:", "email") == ["supporter.jan@gmail.com"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Address: 2360 Cedar Lane\nPhnoe: 6172345678\nThanks", "6172345678"),
        ("Thanks! To confirm, your number is 5125946170 and the address is 31 Elm St", "5125946170"),
        ("Recah me at 3125946170 or by mail.", "3125946170"),
        ("Parts shipped already. Ring me 5037315836, thanks", "5037315836"),
    ],
)
def test_a_phone_named_in_haste_or_by_the_agent_is_the_customer_s(text: str, number: str) -> None:
    assert _kinds(text, "phone") == [number]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("session toen from dev tools: 905d200d-1bd3-473d-8c8e-8c61b2d47490 if it helps", "token",
         "905d200d-1bd3-473d-8c8e-8c61b2d47490"),
        ("Jeton de sesion : 46a6ba99-8031-4671-9cb3-faa59f1e789b si ça aide", "token",
         "46a6ba99-8031-4671-9cb3-faa59f1e789b"),
        ("Don via l'appli : code unique 6200 puis une erreur", "otp", "6200"),
    ],
)  # fmt: skip
def test_a_session_s_token_in_haste_and_a_french_one_time_code(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_code_that_came_after_another_is_its_sibling() -> None:
    text = "I got code 84421 by text but it was rejected at once. Then another one came: 60703. Also refused."
    assert _kinds(text, "otp") == ["84421", "60703"]
