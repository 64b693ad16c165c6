"""Round 58: cleaning services, roofers, claims desks, business internet lines, car rental and municipal
permits; sports clubs, crypto exchanges, alarm installers, bike sharing, postal services and roaming read
(their development halves): a router's admin label before a login; an alarm panel's roles; permits by their
own words; lower-case French streets after their number; customer cues with two slips; a cue alone in its
bracket; a pager's range written internationally; a call after the customer's postal line; a signature's
direct line; a key's vendor prefix; an elided article in a key's window; a speed's unit and an ordinal are
no street; locks typed in haste; expiry cues typed in haste; a number a thing is filed under; an eight-digit
whole date."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "user", "secret"),
    [
        ("Nieuwe modem. Admin login van de router: jvdberg met Zomer2024kaas. Poort 8080 gaat niet open.",
         "jvdberg", "Zomer2024kaas"),
        ("Nouveau modem installé. Admin : lmertens7 / plage-velo-soleil8. Redirection impossible.",
         "lmertens7", "plage-velo-soleil8"),
        ("Admin van de router: DEWIT881 en wachtwoord Tulp#4471. Poort 443 moet openstaan.",
         "DEWIT881", "Tulp#4471"),
    ],
)  # fmt: skip
def test_a_router_s_admin_label_makes_the_pair_a_login(text: str, user: str, secret: str) -> None:
    assert user in _kinds(text, "username")
    assert secret in _kinds(text, "password")
    assert secret not in _kinds(text, "wifi_key")


def test_an_admin_label_without_a_secret_after_it_takes_nothing() -> None:  # guard
    assert found("Admin: Jan en Piet zijn er morgen om de router te plaatsen.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De alarmcentrale piept. De installateur heeft code 5518 ingesteld als hoofdcode en 6093 voor de "
         "poetshulp.", "6093"),
        ("De installateur heeft code 7731 ingesteld als hoofdcode en 4418 voor de kuisvrouw.", "4418"),
    ],
)  # fmt: skip
def test_an_alarm_panel_s_roles_keep_their_codes_as_pins(text: str, code: str) -> None:
    assert code in _kinds(text, "pin")
    assert code not in _kinds(text, "otp")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Boete gekregen terwijl ik een vergunning heb. Vergunning VG/55812, graag kwijtschelden.",
         "VG/55812"),
        ("Got a fine while my permit was valid!! Permit RP/40417, please cancel it.", "RP/40417"),
        ("Ik wil mijn bezoekersvergunning verlengen, nummer BZ7730129.", "BZ7730129"),
        ("Bekeuring ontvangen terwijl ik een parkeerkaart heb (PK-3318-207). Adres Dorpsstraat 4",
         "PK-3318-207"),
        ("Amende reçue alors que j'ai une carte de stationnement (8817305).", "8817305"),
    ],
)
def test_a_permit_s_number_by_its_own_words(text: str, value: str) -> None:
    assert value in _kinds(text, "customer_number")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Livraison ratée. Adresse : 41, rue des tilleuls, 5000 Namur. J'étais pourtant là.",
         "41, rue des tilleuls, 5000 Namur"),
        ("Bien à vous,\nMarie Lambert\n18, avenue du parc, 1300 Wavre\nGSM : 0478 22 31 90",
         "18, avenue du parc, 1300 Wavre"),
    ],
)  # fmt: skip
def test_a_french_street_written_small_after_its_number(text: str, address: str) -> None:
    assert address in _kinds(text, "address")


def test_a_french_street_with_a_capital_keeps_its_box() -> None:  # guard
    text = "adresse: 12 boîte 3, chaussée de Louvain, 1030 Schaerbeek"
    assert "3, chaussée de Louvain, 1030 Schaerbeek" in _kinds(text, "address")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ik ben verhuisd, klantennuummerr 4471-2290-18, graag aanpassen", "4471-2290-18"),
        ("Still waiting on my refund, custmer numbr Q88-41207.", "Q88-41207"),
        ("Mijn gegevens: klanttnumeer 66193042", "66193042"),
    ],
)
def test_the_commonest_customer_cues_forgive_two_slips(text: str, value: str) -> None:
    assert value in _kinds(text, "customer_number")


@pytest.mark.parametrize(
    "text",
    [
        "Mijn klachtnummer is 5528193, wanneer hoor ik iets?",
        "Je abonnement is 1000 Mbps, niet meer.",
        "Votre demande porte la référence 6610294.",
    ],
)
def test_two_slips_make_no_customer_cue_of_another_word(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


def test_a_cue_alone_in_its_bracket_before_its_copula() -> None:
    text = "Dit is mijn postbus nummer (klantnummer) is 7731-0092-41."
    assert "7731-0092-41" in _kinds(text, "customer_number")


def test_a_bracket_about_something_else_leaves_the_value_to_its_own_cue() -> None:  # guard
    text = "My PUK (from the online account) is 40718862. Should I try it?"
    assert "40718862" in _kinds(text, "puk")
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Storing op de zakelijke lijn sinds vanmorgen. Bel +31 (0)6 66 12 40 81", "+31 (0)6 66 12 40 81"),
        ("Storing sinds vanochtend. Bel 0031665201934", "0031665201934"),
    ],
)
def test_a_pager_s_range_written_internationally_is_a_mobile(text: str, phone: str) -> None:
    assert phone in _kinds(text, "phone")


def test_a_call_right_after_the_customer_s_postal_line_is_theirs() -> None:
    text = "Adres Kastanjelaan 12, 3513 EX Utrecht, bel 030-2871190 als het niet lukt"
    assert "030-2871190" in _kinds(text, "phone")


def test_a_company_line_to_call_stays_the_company_s() -> None:  # guard
    text = "Lukt het niet? Bel 0800-1234 en vraag naar de servicedesk."
    assert _kinds(text, "phone") == []


def test_a_signature_s_direct_line() -> None:
    text = "Thanks,\nRachel Moore\nOffice Manager\nDirect: 4152238817"
    assert "4152238817" in _kinds(text, "phone")


def test_a_code_after_a_brand_called_direct_stays_a_code() -> None:  # guard
    text = "Uw code voor SnelPunt Direct: 558204. Deel deze nooit."
    assert "558204" in _kinds(text, "otp")
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mailgun weigert: key-Zr8vQmP2xL0aTb7WcN4yHd1KfE6s", "key-Zr8vQmP2xL0aTb7WcN4yHd1KfE6s"),
        ("La clé API pour l'intégration : pk_5e1d7a90b3c24f6e8a1d0c7b9e2f4a61.",
         "pk_5e1d7a90b3c24f6e8a1d0c7b9e2f4a61"),
    ],
)  # fmt: skip
def test_a_key_s_vendor_prefix_and_an_elided_word_before_it(text: str, key: str) -> None:
    assert key in _kinds(text, "api_key")


@pytest.mark.parametrize(
    "text",
    [
        "We get 80 Mbps instead of 500 Mbps. Firmware 6.3.",
        "De centrale Ring Keypad 2nd Gen staat op 192.168.1.20.",
    ],
)
def test_a_speed_s_unit_and_an_ordinal_are_no_street(text: str) -> None:
    assert _kinds(text, "address") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De glazenwasser mag de sluetel uit de kluis nemen (code 60417) als ik weg ben.", "60417"),
        ("Hij mag de sleutel uit de kuis pakken, code 8821. Via de achterkant graag.", "8821"),
    ],
)
def test_locks_typed_in_haste_keep_their_codes_as_pins(text: str, code: str) -> None:
    assert code in _kinds(text, "pin")


def test_a_lock_s_slip_is_read_as_a_whole_word() -> None:  # guard
    text = "@streamingsupport code 482913 doesnt work?? #fail"
    assert "482913" in _kinds(text, "otp")


def test_an_expiry_cue_typed_in_haste() -> None:
    text = "card 4111 1111 1111 1111, expiyr 0927, CVV 381. Why was it refused?"
    assert "0927" in _kinds(text, "card_expiry")


def test_a_number_a_thing_is_filed_under_is_no_phone() -> None:
    text = "Uw melding is geregistreerd onder nummer 09318824. Wij nemen contact met u op."
    assert _kinds(text, "phone") == []


def test_an_eight_digit_whole_date_is_no_pin() -> None:
    text = "De poetsvrouw mag binnen met de code 7723 van het sleutelkastje. Ik ben er 14052026 niet."
    assert "7723" in _kinds(text, "pin")
    assert "14052026" not in _kinds(text, "pin")


def test_a_pin_told_as_one_may_read_as_a_date() -> None:  # guard
    assert "12051987" in _kinds("Mijn pincode: 12051987", "pin")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('"552190 is your one-time padscode. Never share it" is what I got', "552190"),
        ("Your one-time pin is 4471, it said", "4471"),
        ('Ik kreeg "Gebruk 20441873 om in te loggen bij SnelBank" maar ik deed niks', "20441873"),
    ],
)
def test_a_one_time_code_named_with_a_slip(text: str, code: str) -> None:
    assert code in _kinds(text, "otp")


def test_a_one_time_password_in_words_stays_a_password() -> None:  # guard
    assert "Zomer12" in _kinds("Mijn eenmalig wachtwoord Zomer12 werkt niet", "password")


def test_the_writer_s_own_number_after_another_s() -> None:
    text = "My wife's number is (718) 555-0134 and mine is 2125550187, please add both"
    assert "2125550187" in _kinds(text, "phone")


def test_a_pin_after_mine_stays_a_pin() -> None:  # guard
    text = "His PIN is 4411 and mine is 5521."
    assert _kinds(text, "pin") == ["4411", "5521"]


def test_a_french_street_written_small_after_a_slipped_label() -> None:
    text = "Rien reçu. Adrsese : 27, rue des prés, 5100 Jambes. J'étais là toute la journée."
    assert "27, rue des prés, 5100 Jambes" in _kinds(text, "address")


def test_a_national_insurance_number_after_its_word_typed_in_haste() -> None:
    text = "New address 12 Mill Lane. NI numer JT 42 82 29 D."
    assert "JT 42 82 29 D" in _kinds(text, "customer_number")
