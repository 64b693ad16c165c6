"""Round 49: SME telecom and IT support, payroll and funerals; childcare, water and waste, pets and travel
claims read (their development halves): a southern European address with its flat, birth-date labels typed
fast, a meter's serial and a container's or a pet's chip, a phone's subscription that names its line, a
box's admin pair and a Windows domain login, a code that reaches only the old phone, a voicemail's PIN, and
the words that are no one's (a service's mailbox, a page's address, a service's account, a report's
number)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Verblijfsadres: Calle Mayor 12, 3º A, 28013 Madrid", "Calle Mayor 12, 3º A, 28013 Madrid"),
        ("We rented Odos Athinas 4, 105 51 Athina for a week", "Odos Athinas 4, 105 51 Athina"),
        (
            "Adresse sur place : Rua do Carmo 9, apt. 2, 1200-093 Lisboa",
            "Rua do Carmo 9, apt. 2, 1200-093 Lisboa",
        ),
        ("Address abroad: Via Garibaldi 21, 00153 Roma", "Via Garibaldi 21, 00153 Roma"),
    ],
)
def test_a_southern_european_address_with_its_flat_and_its_postcode(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_a_number_and_five_digits_before_a_word_are_no_address() -> None:  # guard
    assert _kinds("Gate 12, 01234 Boarding starts at nine", "address") == []


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Naam kind: Fleur\nGeboortedatmu: 12-04-2019", "12-04-2019"),
        ("Child: Ava\nDate of birht: 03/05/2018", "03/05/2018"),
        ("Enfant : Léa\nDate de naissannce : 4.5.2019", "4.5.2019"),
    ],
)
def test_a_birth_date_s_label_typed_with_a_letter_doubled_dropped_or_swapped(text: str, birth: str) -> None:
    assert ("date_of_birth", birth) in found(text)


def test_a_customer_services_mailbox_written_with_dots_is_nobody_s() -> None:
    assert _kinds("On 3 May, Water Co <customer.services@example.org> wrote:", "email") == []


def test_a_general_mailbox_stays_a_finding() -> None:  # guard
    assert _kinds("Mail me at info@bakkerijvos.nl please", "email") == ["info@bakkerijvos.nl"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The engineer will check meter 19-334455 tomorrow morning", "19-334455"),
        ("The crew is booked for meter 07KR123456 on Friday", "07KR123456"),
        ("Klantnummer 8812, watermeter 2231 8890 lekt", "2231 8890"),
        ("Numéro client BX22, compteur n° 771234567", "771234567"),
        ("Onze kat heeft chip 528 140000123456, polis volgt", "528 140000123456"),
        ("mon conteneur à puce 77812345 n'est pas vidé", "77812345"),
        ("The bin chip 4F22AB91C0 seems to be missing", "4F22AB91C0"),
        ("My 30 hours eligibility code is 50099887766", "50099887766"),
        ("Groeipakket: Kindnummer 123987 graag nakijken", "123987"),
    ],
)
def test_a_meter_s_serial_a_chip_and_a_childcare_code_are_the_customer_s(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_meter_s_reading_stays_no_one_s() -> None:  # guard
    assert _kinds("Jullie rekenen 900 kWh terwijl de meter 724455 aangeeft", "customer_number") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kan er iemand bellen naar +32 9 223 45 67? #storing", "+32 9 223 45 67"),
        ("Can someone call 0161 496 0777 today please", "0161 496 0777"),
        ("mijn mobiel abonnement (06 41 22 87 19) wil ik opzeggen", "06 41 22 87 19"),
        ("Comment résilier son abonnement GSM 0478 22 33 44 ?", "0478 22 33 44"),
        ("She had a phone contract with you on 07700 900461 and broadband", "07700 900461"),
    ],
)
def test_a_line_someone_is_asked_to_ring_or_a_phone_s_subscription_names(text: str, phone: str) -> None:
    assert any(phone in value for value in _kinds(text, "phone"))
    assert not any(phone in value for value in _kinds(text, "customer_number"))


def test_a_subscription_s_own_number_stays_a_customer_number() -> None:  # guard
    assert ("customer_number", "0135-718629") in found("Abonnementsnummer 0135-718629, sim blokkeren svp")


def test_a_box_s_admin_pair_under_its_label() -> None:
    findings = found("Router admin: jvdberg / Tulp!2024\nwifi Kantoor key volgt")
    assert ("username", "jvdberg") in findings
    assert ("password", "Tulp!2024") in findings


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Router admin: ACME\\pieter / Zomer2024!", "ACME\\pieter"),
        ("Portal login EVANSP\\tom, voicemail PIN for the front desk phone", "EVANSP\\tom"),
    ],
)
def test_a_windows_domain_login_is_one_username(text: str, user: str) -> None:
    assert ("username", user) in found(text)


def test_a_page_s_address_after_a_login_cue_is_no_user_and_password() -> None:
    findings = found("I tried https://portal.example.com but can't get in.")
    assert [kind for kind, _ in findings if kind in ("username", "password")] == []


def test_a_service_s_account_is_no_password_the_value_after_it_is() -> None:
    text = "Het wachtwoord van je VoIP-account is gereset naar Kx9fQ2mL. Wijzig het zo snel mogelijk."
    assert _kinds(text, "password") == ["Kx9fQ2mL"]


def test_ancien_and_nouveau_label_a_changed_password() -> None:
    text = "J'ai changé le mot de passe : ancien Maison2003?, nouveau Papa.77be. Le compte est bloqué."
    assert _kinds(text, "password") == ["Maison2003?", "Papa.77be"]


def test_a_report_s_number_it_is_filed_under_is_no_sent_code() -> None:
    assert _kinds("Uw melding is geregistreerd onder nummer K-554433.", "otp") == []


def test_a_letter_prefixed_code_in_a_message_stays_a_sent_code() -> None:  # guard
    assert ("otp", "G-554433") in found("De sms zegt G-554433, wat moet ik ermee?")


@pytest.mark.parametrize(
    "text",
    [
        "The account number on his last bill is 44120398.",
        "Klantnummer volgens de laatste factuur: 44120398.",
    ],
)
def test_a_customer_s_number_by_the_copy_it_is_printed_on(text: str) -> None:
    assert ("customer_number", "44120398") in found(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the text code doesn't come on my new phone, only on the old one: 448 120. now what?", "448 120"),
        ("de sms-code komt niet op mijn nieuwe gsm, wel op de oude: 55012377. Doorsturen?", "55012377"),
    ],
)
def test_a_code_that_reaches_only_the_old_phone(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_login_s_place_by_its_bare_word_then_the_login() -> None:
    usernames = _kinds("En mijn inlognaam voor het portaal is tvdlinden_7", "username")
    assert usernames == ["tvdlinden_7"]


def test_a_voicemail_s_code_is_its_owner_s_pin() -> None:
    assert ("pin", "40912") in found("Le code de ma messagerie vocale 40912 est refusé depuis hier")
