"""Round 61: dentists, ferries, festivals, car sharing, laundries and pet shops; repair shops, wedding venues,
coworking, water utilities, mortgage brokers and school meals read (their development halves), and the
sectors of the round's fresh writers probed with sentences of our own: a login locked after tries with a
word; a password cue after a wifi key told; the customer's own card before a booking; month names cut to
three letters; a subscription's compound with its number in brackets; a contract's number; a number asked
to be still the customer's; the code that came in; a national number's word typed in haste; and what is
none of these: a percentage after a subscription's number, guests after a wedding venue, a booking's code
that opens with a digit, a Belgian enterprise's number, a VAT number after a company's registration, an
error after "ça dit", a verb after a login cue, a booking's number near "voici"."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("mon compte DUPONTMA est bloqué après 3 essais avec Lune-verte58, merci de débloquer",
         "DUPONTMA", "Lune-verte58"),
        ("Mijn account pieterv12 is geblokkeerd na 3 pogingen met Zomer!Boot44", "pieterv12", "Zomer!Boot44"),
        ("Hello, my account HARRISJ got locked after trying Kettle#2031 three times",
         "HARRISJ", "Kettle#2031"),
    ],
)  # fmt: skip
def test_a_login_locked_after_tries_with_a_word(text: str, user: str, password: str) -> None:
    assert _kinds(text, "username") == [user]
    assert _kinds(text, "password") == [password]


def test_tries_with_a_thing_name_no_password() -> None:  # guard
    assert found("Na 3 pogingen met de app lukt het nog steeds niet.") == []


def test_a_bank_s_short_name_is_no_locked_login() -> None:  # guard
    assert _kinds("mon compte BNP est bloqué depuis hier", "username") == []


@pytest.mark.parametrize(
    ("text", "key", "password"),
    [
        ("Wifi-paswoord HUIS-8K2P-Q7RT paswoord: Molen@88 voor de app", "HUIS-8K2P-Q7RT", "Molen@88"),
        ("clé wifi: 3KD9-PLQ2-XX7A\nMot de passe du portail: bateau551, merci",
         "3KD9-PLQ2-XX7A", "bateau551"),
        ("wifi wachtwoord is 0D4E5F6A7B8C9D0E1F2A wachtwooord: tulp77BLAUW",
         "0D4E5F6A7B8C9D0E1F2A", "tulp77BLAUW"),
        ("wifi wachtwoord Fiets55!! | wachtw.: ruim8Kast2 | IBAN volgt", "Fiets55!!", "ruim8Kast2"),
    ],
)  # fmt: skip
def test_a_password_cue_after_the_wifi_s_key_is_the_password(text: str, key: str, password: str) -> None:
    assert _kinds(text, "wifi_key") == [key]
    assert _kinds(text, "password") == [password]


def test_old_and_new_passwords_after_the_wifi_s_key() -> None:
    text = "wifi wachtwoord is 3C3C4D4D5E Oud wachtwoord Appel-boom!3 werkt niet, nieuw wachtwoord vork88Mes"
    assert _kinds(text, "wifi_key") == ["3C3C4D4D5E"]
    assert _kinds(text, "password") == ["Appel-boom!3", "vork88Mes"]


def test_a_network_s_name_then_a_key_s_cue_is_still_the_wifi_s_key() -> None:  # guard
    assert _kinds("wifi: Ziggo-77A1 ww: kast12Deur", "wifi_key") == ["kast12Deur"]


def test_the_customer_s_own_card_before_a_booking() -> None:
    text = "here is my card to pay for the booking: 5412.0513.0001.2501 exp 11-29"
    assert _kinds(text, "card") == ["5412.0513.0001.2501"]


def test_a_booking_s_number_shaped_like_a_card_is_no_card_without_one() -> None:  # guard
    assert _kinds("Booking: 5412.0513.0001.2501 confirmed for two nights", "card") == []


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        ("Carte 4111 1111 1111 1111, expire jui 2029, cryptogramme 245", "jui 2029"),
        ("kaart 4111 1111 1111 1111 vervalt maa 2027, graag verlengen", "maa 2027"),
    ],
)  # fmt: skip
def test_a_month_cut_to_three_letters_in_an_expiry(text: str, expiry: str) -> None:
    assert _kinds(text, "card_expiry") == [expiry]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mijn treinabonnement (nr 40918273) doet het niet meer", "40918273"),
        ("Numéro de contrat: 071-2233-884, merci", "071-2233-884"),
        ("en mijn klantnummer bij Proximus2 is 77120934, graag nakijken", "77120934"),
    ],
)  # fmt: skip
def test_a_subscription_or_a_contract_s_number(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


def test_a_phone_plan_s_contract_number_is_still_the_phone() -> None:  # guard
    assert _kinds("je veux résilier mon contrat GSM 0475 12 34 56", "phone") == ["0475 12 34 56"]


def test_a_percentage_after_a_subscription_s_number_is_no_part_of_it() -> None:
    text = "Mijn abonnement 8812345 is ineens 12,5% duurder geworden"
    assert _kinds(text, "customer_number") == ["8812345"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Hi Jo, is 0113 612 4599 still the best number to reach you?", "0113 612 4599"),
        ("Unfortunately we couldn't verify you. Is 3125550843 still your number?", "3125550843"),
        ("Is 06 4455 1122 nog steeds uw nummer?", "06 4455 1122"),
    ],
)  # fmt: skip
def test_a_number_asked_to_be_still_the_customer_s(text: str, phone: str) -> None:
    assert _kinds(text, "phone") == [phone]


def test_a_company_line_asked_about_is_no_customer_s_phone() -> None:  # guard
    assert _kinds("Is 0800 123 4567 still the best number?", "phone") == []


def test_a_phone_wrapped_whole_in_brackets_is_read_without_them() -> None:
    assert _kinds("bel me terug (0612345678) na vijven", "phone") == ["0612345678"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ik wacht... hij is er: 5519", "5519"),
        ("ok it's here: 730 218", "730 218"),
        ("Salut, il est arrivé: 5519", "5519"),
    ],
)  # fmt: skip
def test_the_code_that_came_in(text: str, code: str) -> None:
    assert _kinds(text, "otp") == [code]


def test_a_national_number_after_its_word_typed_in_haste() -> None:
    assert _kinds("svp, noméro national 05031512367.", "bsn") == ["05031512367"]


def test_a_confirmation_code_beside_a_card_is_the_code_sent() -> None:
    text = "card 4111 1111 1111 1111 security code 123\n\nconfirmation code 0451 for my order"
    assert _kinds(text, "otp") == ["0451"]


@pytest.mark.parametrize(
    "text",
    [
        "Nous nous marions le 3 mai à Château de Vêves, 140 invités. L'acompte est payé.",
        "Reception at Willow Barn Estate, 85 guests, deposit paid last week.",
    ],
)  # fmt: skip
def test_guests_after_a_venue_are_no_house_number(text: str) -> None:
    assert _kinds(text, "address") == []


def test_a_booking_s_code_that_opens_with_a_digit_is_no_house_number() -> None:
    assert _kinds("Reservering 4XW7TT, vertrek 12-03 om 09:15", "address") == []


def test_a_house_number_with_its_box_glued_is_still_an_address() -> None:  # guard
    text = "Pakje nooit aangekomen op Kerkstraat 14B2 9000 Gent"
    assert _kinds(text, "address") == ["Kerkstraat 14B2 9000 Gent"]


@pytest.mark.parametrize(
    "text",
    [
        "Garage Peeters | 0442.023.689",
        "Hij is ingeschreven onder nummer 0603.905.891.",
        "Service clients\nN° entrreprise 0609.162.863",
    ],
)  # fmt: skip
def test_a_belgian_enterprise_s_number_as_printed_is_no_phone(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_phone_labelled_in_the_enterprise_s_shape_is_still_a_phone() -> None:  # guard
    assert _kinds("GSM: 0478.399.690", "phone") == ["0478.399.690"]


def test_a_vat_number_after_a_company_s_registration_is_no_bsn() -> None:
    assert _kinds("Registered in England & Wales no. GB 540 5519 10", "bsn") == []


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mis Rose.vent8 en nouveau mot de passe mais ça dit ERR7104",
        "j'ai mis Rose.vent8 en nouveau mot de passe mais ça dit TOKEN_EXPIRED",
    ],
)  # fmt: skip
def test_what_the_screen_says_after_a_password_is_no_password(text: str) -> None:
    assert _kinds(text, "password") == ["Rose.vent8"]


def test_a_verb_after_a_login_cue_is_no_login() -> None:
    text = "Inlogen lukt wel, gebruikersnaam kees.vdberg, maar ik zie niets"
    assert _kinds(text, "username") == ["kees.vdberg"]


def test_a_booking_s_number_after_voici_is_no_code() -> None:
    assert found("Bonjour, voici mon numéro de réservation 77341 pour le chalet.") == []
