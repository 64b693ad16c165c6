"""Round 40: banking fraud and marketplaces read (their development halves). What round 39 took back: a
contract's or a customer's bare name reads whose number follows only with a copula, not a colon."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben klant bij KBC Brussel: 20231187 is het dossier bij de politie",
        "Het contract van de oplichter: 48213377",
    ],
)
def test_a_bare_name_and_whose_it_is_before_a_colon_name_no_number(text: str) -> None:
    assert _kinds(text, "customer_number") == []


def test_a_bare_policy_and_whose_it_is_before_a_copula_still_name_its_number() -> None:
    assert _kinds("En de polis van de autoverzekering is 98.991.674", "customer_number") == ["98.991.674"]


@pytest.mark.parametrize(
    "text",
    [
        "Bedankt voor je melding.\n\nMet vriendelijke groet,\n\nSanne\nAfdeling Fraudepreventie\nRegioBank\n"
        "T 030 712 44 00",
        "> Cordialement,\n> Julie\n> Service Sécurité Cartes\n> Belfius\n> T 02 222 11 11",
        "Kind regards,\nTom\nDepartment Payments Security\nMetro Bank\nTel: 020 3402 8300",
    ],
)
def test_a_department_s_line_with_its_company_between_is_the_company_s(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_person_s_landline_under_a_line_that_starts_with_service_is_theirs() -> None:
    assert _kinds("Service was slecht\nGroeten Piet\n020 555 1234", "phone") == ["020 555 1234"]


def test_a_desk_s_line_said_reachable_after_its_dash_is_the_desk_s() -> None:
    text = "> Groet,\n> Anouk\n> Klantenservice Belfius – bereikbaar op 02 222 12 01"
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ik kreeg een telefoontje, nummerweergave 030 216 00 00, maar het was een oplichter",
        "Le numéro affiché était le 02 261 11 11, c'était une arnaque",
        "Fake calls showing 020 7626 1567 on the screen, they asked for my card reader code",
        "Gebeld door iemand van de 'bank' vanaf 070 378 09 80 (uw eigen nummer!) om mijn pas te blokkeren",
        "A man rang me, his number was 020 7626 1500 (the real Lloyds number), asking me to move money",
    ],
)
def test_a_company_s_line_shown_or_said_its_own_when_a_scam_calls_is_the_company_s(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_caller_s_own_number_without_the_company_s_word_stays_theirs() -> None:
    text = "ik werd gebeld door 020 555 1234 en daarna door 06 12345678"
    assert _kinds(text, "phone") == ["020 555 1234", "06 12345678"]


def test_a_router_s_password_beside_its_wifi_key_is_the_box_s_login() -> None:
    text = "de helpdesk zag mijn routerwachtwoord (Duin-4471) en de wifisleutel KQ7P-22XM-LL9A op mijn scherm"
    assert ("password", "Duin-4471") in found(text)
    assert ("wifi_key", "KQ7P-22XM-LL9A") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Un faux livreur a emporté sa carte et son code (6620) hier soir", "6620"),
        ("Een nepkoerier heeft mijn pas en de code 4412 meegenomen", "4412"),
        ("the courier took my debit card and the code 7395", "7395"),
    ],
)
def test_a_card_handed_over_with_its_code_names_its_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_card_s_three_digit_code_stays_its_cvv() -> None:
    assert _kinds("they asked for my card and the code 813 on the back", "cvv") == ["813"]


def test_a_business_customer_s_department_over_their_own_line_keeps_it_theirs() -> None:
    text = "Met vriendelijke groet,\n\nJan Smit\nAfdeling Inkoop\nBakkerij Smit\nT 0341 25 88 10"
    assert _kinds(text, "phone") == ["0341 25 88 10"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dasher ID: QT-40917, my payout is missing", "QT-40917"),
        ("Shopper ID 5521-7730 can't accept batches", "5521-7730"),
        ("Mon identifiant livreur : BE-330214 ne marche plus", "BE-330214"),
        ("Courier ID 318 540 009, the fee for last week is wrong", "318 540 009"),
        ("Driver ID: 271828183 and still no payout", "271828183"),
    ],
)
def test_a_platform_worker_s_id_by_the_role_s_word(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)
    assert _kinds(text, "username") == []
    assert _kinds(text, "bsn") == []


def test_a_bsn_named_as_such_stays_a_bsn() -> None:
    assert _kinds("mijn bsn is 271828183", "bsn") == ["271828183"]


def test_a_router_s_password_alone_is_still_read_as_its_wifi_key() -> None:
    text = "mijn routerwachtwoord is Duin-4471, de laptop wil niet verbinden"
    assert ("wifi_key", "Duin-4471") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("> The number 0117 666 4021 is now linked to your account, you'll get a text", "0117 666 4021"),
        ("The number 834 551 2087 has been added to your account.", "834 551 2087"),
        ("Het nummer 010 714 22 90 is nu gekoppeld aan je account", "010 714 22 90"),
    ],
)
def test_a_number_an_account_was_given_is_a_phone(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_ticket_s_number_registered_is_no_phone() -> None:
    assert _kinds("Ticket number 2024-118734 is registered, we'll be in touch", "phone") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Le coursier arrive à quelle heure ? Sonnette cassée, appelez le 04 223 18 90", "04 223 18 90"),
        ("Flat 3, the buzzer doesn't work so ring 0113 496 0021 when you're outside", "0113 496 0021"),
        ("Deurbel doet het niet, bel 020 555 1234 als je er bent", "020 555 1234"),
    ],
)
def test_a_door_the_courier_is_to_call_at_names_the_writer_s_line(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_call_unanswered_in_the_next_paragraph_leaves_the_line_the_writer_s() -> None:
    text = (
        "Sonnette en panne, appelez le 02 442 05 80\n\nJ'ai déjà contacté votre service trois fois sans "
        "réponse concrète."
    )
    assert _kinds(text, "phone") == ["02 442 05 80"]


def test_a_line_unanswered_in_its_own_sentence_stays_the_company_s() -> None:
    assert _kinds("Ik bel al 3 dagen naar 020 555 1234 en niemand neemt op", "phone") == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("Ik krijg steeds sms'jes met inlogcodes (4471, 90 21 33), raar", ["4471", "90 21 33"]),
        ("I keep getting login codes (5512, 880-341) by text, who is it?", ["5512", "880-341"]),
        ("Je reçois des codes de connexion (3390, 771204) sans rien demander", ["3390", "771204"]),
    ],
)
def test_codes_sent_listed_in_brackets_after_their_plural_name(text: str, values: list[str]) -> None:
    assert _kinds(text, "otp") == values


def test_years_listed_after_codes_are_no_codes() -> None:
    assert _kinds("The login codes (2023, 2024) policy changed", "otp") == []


def test_a_bsn_verified_stays_a_bsn() -> None:
    assert _kinds("Je BSN 271828183 is geverifieerd, je kunt verder", "bsn") == ["271828183"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("My address is 712 Birch St Apt. 4 Eugene, OR. Thanks", "712 Birch St Apt. 4 Eugene, OR"),
        ("we updated your address to 30 Lake Drive, Unit 9, Reno, NV", "30 Lake Drive, Unit 9, Reno, NV"),
    ],
)
def test_a_us_flat_with_its_dot_and_a_town_with_its_state(text: str, value: str) -> None:
    assert ("address", value) in found(text)


def test_a_dutch_town_with_its_country_keeps_the_town_only() -> None:
    assert _kinds("Ik woon op Oude Gracht 32, Utrecht, NL", "address") == ["Oude Gracht 32, Utrecht"]


def test_a_password_changed_from_one_into_another_is_two_passwords() -> None:
    text = "J'ai changé mon mot de passe de Lapin2291 en Tortue-4470, mais l'app refuse"
    assert _kinds(text, "password") == ["Lapin2291", "Tortue-4470"]
    assert _kinds(text, "username") == []


def test_the_password_of_a_user_names_the_user_s_login() -> None:
    assert _kinds("the password of user jdoe_88 needs a reset", "username") == ["jdoe_88"]


def test_a_wifi_key_on_the_board_after_the_wifi_was_asked_for() -> None:
    text = (
        "Kunnen jullie de wifi-code van de sportschool in Gent doorsturen? Ik zit in de kantine te wachten. "
        "Oh, laat maar, het staat al op het bord: KX4P-77QW-LMN2"
    )
    assert _kinds(text, "wifi_key") == ["KX4P-77QW-LMN2"]


def test_a_board_without_the_wifi_names_no_key() -> None:
    assert found("De scores staan op het bord: 4-2 voor ons") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("De sleutelkluis bij de achterdeur heeft code *4418, de thuiszorg weet ervan", "*4418"),
        ("the keysafe by the garage has code *7302 for the carer", "*7302"),
    ],
)
def test_a_lock_s_code_with_a_star_keyed_first(text: str, value: str) -> None:
    assert ("pin", value) in found(text)



@pytest.mark.parametrize(
    "text, values",
    [
        ("Backup codes I kept: 5520 1187, wqlz-pmrt. None of them work.", ["5520 1187", "wqlz-pmrt"]),
        ("Mijn back-upcodes: hjkd-qwer, zxcv-tyui. Werken niet.", ["hjkd-qwer", "zxcv-tyui"]),
    ],
)
def test_recovery_codes_of_letters_in_a_list(text: str, values: list[str]) -> None:
    assert _kinds(text, "otp") == values


def test_a_dashed_word_after_recovery_codes_is_no_code() -> None:
    assert _kinds("my backup codes are self-help only", "otp") == []


def test_a_user_s_password_and_something_else_keeps_the_user_s_login() -> None:
    text = "het wachtwoord van gebruiker jan_88 en mijn pincode zijn weg"
    assert _kinds(text, "username") == ["jan_88"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Mijn klantnummer is 40.118.273, sorry, het is 40.118.237", "customer_number", "40.118.237"),
        ("My account number is 88-31027-4, sorry, it's 88-31072-4", "customer_number", "88-31072-4"),
        ("mijn wachtwoord was Zeilboot44, nee sorry Zeilbot44. Kijken jullie?", "password", "Zeilbot44"),
    ],
)
def test_a_slip_put_right_at_once_is_of_the_first_value_s_kind(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_an_apology_after_a_value_names_no_second_one() -> None:
    text = "mijn klantnummer is 12345678, sorry voor de late reactie"
    assert _kinds(text, "customer_number") == ["12345678"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik log in met ZeeMeeuw, dat heeft mijn dochter ooit gemaakt.", "ZeeMeeuw"),
        ("Je me connecte avec marcelpetit, c'est mon fils qui l'a créé.", "marcelpetit"),
        ("cant get into Storm_Rider77 since the update", "Storm_Rider77"),
    ],
)
def test_the_login_one_signs_in_with_or_cannot_get_into(text: str, value: str) -> None:
    assert ("username", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik log in met itsme en dan loopt het vast",
        "I log in with Google and it fails",
        "Can't log into MyDMV since Monday",
        "Can't log into ID.me anymore",
        "Can't get into online banking",
    ],
)
def test_a_way_in_or_a_service_is_no_login(text: str) -> None:
    assert _kinds(text, "username") == []
