"""Round 62: sports rental, driving lessons, solar installers, theatres, home insurance and bike shops; ski
operators, plumbers, newspapers, kids' clubs, marketplaces, e-bike leasing and camping read (their
development halves): a phone's number said to be on the account; a person's own signature with an office
line and a mobile; a device brought back on the net, its network and key; a pupil's number; an issuer's
word in capitals before a policy's digits; a reader's, an employee's or an agreement's nine digits; a child's
date in brackets without a name; a subscription credited or billed by its number; a home's landline; the
old password after the new; an administrator's login pair; a thing's model in brackets before the colon; a
code asked for, then the digits someone was told; a code passed on to whoever asked; and what is none of
these: a verb's noun in -ring before a number, a barrier code's validity, a company's name ending in a
contract's word above its phone line, a password for another thing than the wifi."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("The app crashes on login. Phone number on the account is 020 7946 0321", "020 7946 0321"),
        ("Phone numbr on my account: 07700 900123, please update it", "07700 900123"),
        ("The mobile number on my account is 0612345678 but I changed phones", "0612345678"),
    ],
)  # fmt: skip
def test_a_phone_s_number_on_the_account_is_the_phone(text: str, phone: str) -> None:
    assert _kinds(text, "phone") == [phone]
    assert _kinds(text, "customer_number") == []


def test_an_account_s_own_number_stays_the_customer_s() -> None:  # guard
    assert _kinds("my account is 12345678, the phone on it is old", "customer_number") == ["12345678"]


def test_a_person_s_signature_with_office_and_mobile_lines() -> None:
    text = "Thanks for looking into it.\n\nKind regards,\nHarriet Cole\nT: +44 117 496 0321 M: 07700 900456\n"
    assert _kinds(text, "phone") == ["+44 117 496 0321", "07700 900456"]


def test_a_company_s_signature_with_office_and_mobile_lines_keeps_its_office() -> None:  # guard
    text = "Groeten,\nGarage Peeters\nStationsstraat 12\n9000 Gent\nT 09 234 56 78 | M 0470 12 34 56\n"
    assert "09 234 56 78" not in _kinds(text, "phone")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Na de storing moet de warmtepomp weer op het net. HuisNet_Boven met sleutel Q7RM-2KXA-88PL, dank",
         "Q7RM-2KXA-88PL"),
        ("La borne doit être reconnectée. Rézeau Maison.Dubois, clé PapillonVert447, merci",
         "PapillonVert447"),
    ],
)  # fmt: skip
def test_a_device_back_on_the_net_names_its_network_s_key(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]
    assert _kinds(text, "api_key") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Leçon de conduite annulée. Mon numéro d'élève : KP40917, merci", "KP40917"),
        ("Waterschade in de keuken. Polisnummer WOON/55120931, graag bellen", "WOON/55120931"),
        ("Storm damage, need to claim. Policy HOMEX 77120934 covers the roof", "HOMEX 77120934"),
        ("Ander adres graag. Lezersnummer: 123.456.782. Bedankt", "123.456.782"),
        ("mijn personeelsnummer bij de werkgever is 111.222.333, voor de fietslease", "111.222.333"),
        ("Sorry for the delay, we credited GBP 12 to subscription 40918273. Thanks", "40918273"),
        ("Please bill subscription KL-448120 to this card instead of direct debit", "KL-448120"),
        ("Votre abonnement 0457 8812 sera prolongé de 3 jours.", "0457 8812"),
    ],
)  # fmt: skip
def test_numbers_by_their_holders_words(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]
    assert _kinds(text, "bsn") == []


def test_a_word_before_digits_after_a_policy_is_no_issuer() -> None:  # guard
    assert _kinds("my policy since 2019 covers storms", "customer_number") == []


def test_a_bare_subscription_before_digits_names_no_number() -> None:  # guard
    assert _kinds("The subscription 12 months plan renews on Friday", "customer_number") == []


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Bonsoir, la cotisation du club pour mon fils (4/6/14) peut être prélevée", "4/6/14"),
        ("Het lidgeld voor mijn dochter (12 maart 2015) mag van mijn rekening", "12 maart 2015"),
    ],
)  # fmt: skip
def test_a_child_s_date_in_brackets_without_a_name(text: str, birth: str) -> None:
    assert _kinds(text, "date_of_birth") == [birth]


def test_a_home_s_landline_asked_to_be_called() -> None:
    text = "Kan iemand bellen naar het vaste nummer 0182 45 67 89? Ik ben thuis"
    assert _kinds(text, "phone") == ["0182 45 67 89"]


def test_the_old_password_after_the_new() -> None:
    text = "Nieuw wachtwoord ingesteld: Vlinder8?. Oude was qTrwPLmZxc. Nu zegt de app E12."
    assert _kinds(text, "password") == ["Vlinder8?", "qTrwPLmZxc"]


def test_an_old_one_that_was_better_is_no_password() -> None:  # guard
    text = "My new password is Kettle2031! The old one was better though."
    assert _kinds(text, "password") == ["Kettle2031!"]


def test_an_administrator_s_login_pair() -> None:
    text = "De ledenadministratie is gehackt.\nBeheerderslogin: jorisdewit / Fluit9Kast\nIP-adres volgt"
    assert _kinds(text, "username") == ["jorisdewit"]
    assert _kinds(text, "password") == ["Fluit9Kast"]


def test_a_thing_s_model_in_brackets_before_the_colon() -> None:
    text = "Monteur vroeg het wachtwoord van de slimme thermostaat (Nest Gen 3): Koffie!77. Gegeven."
    assert _kinds(text, "password") == ["Koffie!77"]
    assert _kinds(text, "wifi_key") == []


def test_a_thing_s_password_after_a_network_is_no_wifi_key() -> None:  # guard
    text = (
        "het wifi wachtwoord (3f9a0c1d2e4b5a6c7d) werkt niet op netwerk telenet-ABCD Monteur vroeg het "
        "wachtwoord van de slimme thermostaat (PowerBox 500): Tulpen_rood&4. Heb ik gegeven"
    )
    assert _kinds(text, "password") == ["Tulpen_rood&4"]


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Quel est le code du boîtier à clés pour le local vélos ? On m'a dit 1987 mais rien.", "1987"),
        ("Wat is de code van de fietsenberging? Ze zeiden 24613 maar hij gaat niet open.", "24613"),
    ],
)  # fmt: skip
def test_a_code_asked_for_then_the_digits_someone_was_told(text: str, pin: str) -> None:
    assert _kinds(text, "pin") == [pin]


def test_a_code_passed_on_to_whoever_asked() -> None:
    text = "A buyer asked me to forward the code I just got by text to verify me. I sent 09412... was it bad?"
    assert _kinds(text, "otp") == ["09412"]


@pytest.mark.parametrize(
    "text",
    [
        "Wacht al weken op de monteur. Storing 503 en niemand belt terug",
        "Herinnering 2 voor de factuur kwam vandaag",
    ],
)
def test_a_verb_s_noun_in_ring_before_a_number_is_no_street(text: str) -> None:
    assert _kinds(text, "address") == []


def test_a_ring_road_is_still_a_street() -> None:  # guard
    assert _kinds("Ik woon op de Zuidring 12", "address") == ["Zuidring 12"]


@pytest.mark.parametrize(
    "text",
    [
        "The new barrier code is 5521, valid until 3/26. Wifi in the chalet works.",
        "De code voor de slagboom is 7430*, geldig tot 04-02. Fijn verblijf!",
    ],
)
def test_a_barrier_code_s_validity_is_no_card_s_expiry(text: str) -> None:
    assert _kinds(text, "card_expiry") == []


def test_a_card_s_security_code_then_its_expiry_stays_the_card_s() -> None:  # guard
    text = "card ending 6120\nsecurity code 898\nexpiry 01-2031"
    assert _kinds(text, "card_expiry") == ["01-2031"]


def test_a_company_s_name_ending_in_a_contract_s_word_names_no_number_below() -> None:
    text = "Groeten,\nKatrien\nKlantendienst Fietsplan Lease\nT 078/12.34.56\nOnd.nr. BE 0123.321.123"
    assert _kinds(text, "customer_number") == []
