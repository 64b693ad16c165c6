"""Round 33: identity checks and care administration. An account named by its login after a colon or in
brackets; a patient's and a client's file; an old code told after a PIN; a key box and a parcel locker's
pickup code; a sign-in code in two groups; a car radio's code; a password reset's code; a phone after a call
the customer offers; 'expiring' before a card's date."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Je vous envoie ma carte d'identité. Mon compte: xanoukx, IBAN à suivre", "xanoukx"),
        ("Mijn account (xmariex) is na een winst van 500 euro geblokkeerd", "xmariex"),
        ("Account: thomas-nguyen / klantnr volgt", "thomas-nguyen"),
        ("My account (jan-devries) was locked after a big win", "jan-devries"),
        ("Mon compte (AnoukNguyen81) a été bloqué après un gain", "AnoukNguyen81"),
        ("Compte : smith.pieter\nMerci", "smith.pieter"),
    ],
)
def test_an_account_named_by_its_login_after_a_colon_or_in_brackets(text: str, value: str) -> None:
    assert ("username", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Account: suspended.",
        "my account (personal) is empty",
        "Mon compte (principal) est vide",
        "e verificatie van mijn Mollie account: geboortedatum volgt",
        "bank account (IBAN): still to come",
    ],
)
def test_an_account_s_state_or_kind_is_no_login(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "username"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("N° de dossier patient HRS749758800. L'assurance devait couvrir 80%.", "HRS749758800"),
        ("we hebben het genoteerd in je cliëntdossier 226644. De wijkverpleging komt", "226644"),
        ("Meine Kundennummer ist 9237337, Handy folgt", "9237337"),
        ("Pateint ID 78-913654-8", "78-913654-8"),
    ],
)
def test_a_patient_s_or_client_s_file_names_a_customer_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_number_filed_after_a_key_safe_s_code_is_the_client_s_not_a_second_pin() -> None:
    findings = found("de code van het sleutelkluisje (8300) genoteerd in je cliëntdossier 226644. De")
    assert ("pin", "8300") in findings
    assert ("pin", "226644") not in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("Nouveau code du portail chez maman: 8135. L'ancien était 2707. Dossier suit", "2707"),
        ("pincode 4471, the old one was 9032.", "9032"),
        ("Alarmcode van het huis is 7664, kluisje 3401. Mvg Ilse", "3401"),
    ],
)
def test_an_old_code_or_a_key_box_s_after_a_pin_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_an_old_one_said_in_words_is_no_pin() -> None:
    findings = found("Code de la porte 175615. Mon ancien était cassé.")
    assert [value for kind, value in findings if kind == "pin"] == ["175615"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ophaalcoe: 974982. Geldig tot 15.5. maar het kluisje gaat niet open", "974982"),
        ("The locker won't open with my collection code 7428.", "7428"),
        ("votre nouveau code de retrait est 6517. Le colis reste 14 jours", "6517"),
        ("Password reset code 3783 doesn't work.", "3783"),
        ("le code de réinitialisation 6724 est expiré.", "6724"),
        ("verification code: HJK4-99LP", "HJK4-99LP"),
        ("the code is 4KD2-PM7Q but the TV says no", "4KD2-PM7Q"),
    ],
)
def test_a_code_sent_by_its_name_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "After entering the text code I get S23-066 on screen",
        "code: ERR-404 again",
        "Code: AKHL-HBWL-X3EE-VTWM\nRedeem at the shop",
    ],
)
def test_an_error_s_number_or_a_gift_card_s_key_is_no_sign_in_code(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "otp"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("De radiocode van de auto is 4821", "4821"),
        ("radio code 4821 werkt niet", "4821"),
        ("the radio code card says 0734", "0734"),
    ],
)
def test_a_car_radio_s_code_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("my number is now 7734849430, old one ended 448", "7734849430"),
        ("als jullie willen bellen: 020 370 0549", "020 370 0549"),
        ("if you want to call me: 0113 496 0000", "0113 496 0000"),
    ],
)
def test_a_phone_given_to_be_called_on_is_the_customer_s(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_expiring_names_a_card_s_date() -> None:
    assert ("card_expiry", "0526") in found("card 5237-7883-9650-0898, expiring 0526. My member number")


def test_a_number_s_own_word_right_before_it_wins_over_a_bsn_named_a_clause_earlier() -> None:
    findings = found("Ik geef mijn BSN niet via DM. Klantnr is 2.3503.1033 als jullie willen bellen")
    assert ("customer_number", "2.3503.1033") in findings
    assert ("bsn", "111222333") in found("BSN van de klant: 111222333")


def test_a_chat_s_speaker_is_no_number_s_word() -> None:
    text = "Agent: Voor uw polis hebben we uw BSN nodig.\nKlant: 943272592\nAgent: Dank u."
    assert ("bsn", "943272592") in found(text)


def test_a_mail_header_s_date_is_no_card_s_expiry() -> None:
    text = "card 5237 7883 9650 0898\n\nFrom: Sam <s@example.com>\nDate: 4/19\n> Hi Sam"
    assert not [value for kind, value in found(text) if kind == "card_expiry"]


@pytest.mark.parametrize(
    "text",
    ["Subject: Your enquiry 0957-47852\n> Thanks Jennifer", "Onderwerp: Uw vraag 0128-69365\n> Dag An"],
)
def test_an_enquiry_s_number_is_a_reference(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("I cahnged my password from Oma963? to AppelWelkom09 and now", "Oma963?"),
        ("mijn wachtwoord gewijzigd van koffie1620? naar Chelsea_1621* en", "koffie1620?"),
        ("old p/w was Unicorn2015? new one is Liverpool88", "Unicorn2015?"),
    ],
)
def test_a_question_mark_typed_onto_a_password_mid_sentence_is_its_own(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Le code pour le parking patients (612908) ne fonctionne pas à la barrière.", "612908"),
        ("immobiliser code 5521", "5521"),
        ("sleutelcode 4431 van de auto", "4431"),
    ],
)
def test_a_parking_s_or_a_car_s_key_code_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn tankpas 7077 2914 1777 6315 is geblokkeerd", "7077 2914 1777 6315"),
        ("fuel card number 7002127066907439150, PIN 4491", "7002127066907439150"),
        ("carte carburant 7002 0008 0636 0833 refusée", "7002 0008 0636 0833"),
    ],
)
def test_a_fuel_card_s_number_is_a_card(text: str, value: str) -> None:
    assert ("card", value) in found(text)


def test_a_number_starting_with_7_without_a_fuel_card_is_no_card() -> None:
    assert not [kind for kind, _ in found("order 7077291417776315") if kind == "card"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("tv says enter 48291733 at disneyplus.com/begin", "48291733"),
        ("vul 4829 1733 in op netflix.com/tv8", "4829 1733"),
        ("Enter the code ABCD-EFGH at google.com/device", "ABCD-EFGH"),
    ],
)
def test_a_code_to_enter_at_a_site_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_details_entered_at_a_site_are_no_code() -> None:
    assert found("enter details at example.com") == []


def test_a_number_under_the_name_below_a_closing_and_a_blank_line_is_a_phone() -> None:
    assert ("phone", "6173283109") in found("Thanks\n\nCheers\n\nMarie\n6173283109\nmarie@example.com")


@pytest.mark.parametrize(
    "text, value",
    [
        ("melding vanaf 81.198.116.215, klant C52451619 heeft code 955328 nodig", "C52451619"),
        ("foutcode E-287. Klant ACC10654356.", "ACC10654356"),
        ("freeze everything. Customer KL_320651", "KL_320651"),
    ],
)
def test_a_customer_named_by_the_word_for_one_then_a_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize("text", ["Mon compte BE56728889553288 a été débité", "klant sinds 2010, nog steeds"])
def test_an_account_s_iban_or_a_year_after_the_word_is_no_customer_number(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "customer_number"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("my home address 164 church lane n4 3rp. Report ref CAS-856", "164 church lane n4 3rp"),
        ("Regards,\nSam Mulder\n7 high street g12 8qq\n\n---", "7 high street g12 8qq"),
    ],
)
def test_a_british_street_typed_small_needs_no_town_before_its_postcode(text: str, value: str) -> None:
    assert ("address", value) in found(text)
