"""Round 22: a card that pays for nothing names its holder's number (transit passes, charging, fuel and
library cards, charging networks' contract ids); a screen's error is no password; four digits described by
their length; a code the screen gives is no CVV; digits said one by one with nothing or a cue after them;
a network's name before its key's hasty cue; a Belgian national number without a cue; a name and a sign as
a password."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, number",
    [
        ("Mijn MOBIB-kaart heeft nummer 27450618839201746, hij werkt niet meer", "27450618839201746"),
        ("ma carte mobib 61 0038 4471 2290 5 est refusée aux portiques", "61 0038 4471 2290 5"),
        ("My Oyster card number is 0617 2283 9954, can you refund the fare?", "0617 2283 9954"),
        ("jaarabonnement op kaart 3528 0046 1193 7720 loopt af", "3528 0046 1193 7720"),
        ("@HTM help, pas 3528 7710 0462 9381 is geblokkeerd", "3528 7710 0462 9381"),
        ("laadpas NL-TNM-C12345678-X doet het niet bij de snellader", "NL-TNM-C12345678-X"),
        ("charging card GB-EVX-C00471236-K declined twice", "GB-EVX-C00471236-K"),
        ("Mijn laadpas heeft nummer NL-ABC-004712-7. Graag nakijken", "NL-ABC-004712-7"),
        ("tankpasnummr 7020 4418 3390 12, rit gisteren", "7020 4418 3390 12"),
    ],
)  # fmt: skip
def test_a_card_that_pays_for_nothing_names_its_holder_s_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_charging_network_s_contract_id_is_the_holder_s_wherever_it_stands() -> None:
    assert ("customer_number", "BE-ALL-C09911432-4") in found("Het is BE-ALL-C09911432-4, sinds gisteren")


@pytest.mark.parametrize(
    "text",
    [
        "blokkeer dan direct je pas via 085 208 31 31 (24/7)",  # the bank's line
        "kaart 4111 1111 1111 1112 werkt niet",  # a bank card mistyped
        "mijn simkaart 8931 4400 1234 5678 901 is nieuw",
        "my credit card 3712 345678 90123 was declined",  # an Amex mistyped
        "het pakje met de nieuwe kaart: RR689796731NL is nog niet geleverd",  # a parcel's number
        "bestelling 81072825177 is onderweg",
    ],
)  # fmt: skip
def test_a_bank_s_line_a_mistyped_bank_card_a_sim_or_a_parcel_is_no_holder_s_number(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "customer_number"]


def test_a_card_number_longer_than_a_phone_s_is_no_phone() -> None:
    assert found("My card number is 0541 1690 4958 and I need my journey history") == [
        ("customer_number", "0541 1690 4958")
    ]


def test_a_payment_card_keeps_its_type() -> None:
    assert ("card", "4111 1111 1111 1111") in found("carte visa 4111 1111 1111 1111 expire bientôt")
    assert ("card", "4111 1111 1111 1111") in found("mijn bankpas 4111 1111 1111 1111 is kwijt")


@pytest.mark.parametrize(
    "text, number",
    [
        ("Bibliothèque : numéro de lecteur 628944353, merci", "628944353"),
        ("Leerlingennummer LL8785402", "LL8785402"),
        ("Het leasecontract heeft nummer 134735/46. De termijn klopt niet", "134735/46"),
        ("they want her member ID too: 918695707", "918695707"),
        ("Mon nmuéro de membre est 802 422 888. Merci", "802 422 888"),
    ],
)  # fmt: skip
def test_a_reader_s_pupil_s_lease_or_member_number_after_its_name(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text, error",
    [
        ("ik kan met paswoord 5zzefdkrL inloggen MAAR KRIJG ERR_566 ??", "ERR_566"),
        ("password Summer2026!, it keeps saying 0x8007B16F!!", "0x8007B16F!!"),
        ("mijn moeder kan niet inloggen met itsme, E-811. Wat moet ik doen?", "E-811"),
        ("ze kan niet inloggen met itsme, AUTH-75. Help", "AUTH-75"),
    ],
)  # fmt: skip
def test_a_screen_s_error_is_no_password_nor_a_login_pair(text: str, error: str) -> None:
    assert not [value for _, value in found(text) if error in value or value == "itsme"]


def test_a_password_shaped_like_capitals_and_digits_stays_a_password() -> None:
    assert ("password", "BOXER_8218") in found("login arne.mertens, paswoord BOXER_8218, server db")


@pytest.mark.parametrize(
    "text, code",
    [
        ("the scooter app wants a 4 digit code to unlock, i typed 3935", "3935"),
        ("de app vraagt om de 4-cijferige code, dat is 5432 toch?", "5432"),
    ],
)  # fmt: skip
def test_four_digits_described_by_their_length_are_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


def test_a_code_of_described_length_that_was_sent_stays_one_time() -> None:
    assert ("otp", "4821") in found("we sent you a 4 digit code by sms, it is 4821")


def test_a_code_the_screen_gives_beside_a_card_is_no_cvv() -> None:
    text = "Every attempt gives code 478. My card number is 4111 1111 1111 1111"
    assert not [kind for kind, _ in found(text) if kind == "cvv"]


def test_a_code_on_the_back_of_a_card_is_still_its_cvv() -> None:
    assert ("cvv", "123") in found("card 4111 1111 1111 1111, de code achterop: 123")


@pytest.mark.parametrize(
    "text, code",
    [
        ("got the text, it's 683 262 . booking JU4968397", "683 262"),
        ("@TfL veriication code 5840 came 20 mins late", "5840"),
        ("verificatiion code 2852 came too late", "2852"),
    ],
)  # fmt: skip
def test_a_code_from_the_text_or_after_a_mistyped_verification(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_year_after_getting_a_text_is_no_code() -> None:
    assert found("I got a text 2024 was a great year") == []


@pytest.mark.parametrize(
    "text, key, name",
    [
        ("ik wil verbinden met wifi, netwerk KPN937 sleutel W0lk666", "W0lk666", "KPN937"),
        ("la borne doit être connectée au wifi, réseau Proximus-Home-9867 clé Rocky85@", "Rocky85@",
         "Proximus-Home-9867"),
        ("de installateur heeft wifi nodig: netwerk VW_ID_5622, wachtwwoord toqLz*", "toqLz*", "VW_ID_5622"),
    ],
)  # fmt: skip
def test_a_network_s_name_before_its_key_s_hasty_cue_is_no_key(text: str, key: str, name: str) -> None:
    values = [value for _, value in found(text)]
    assert key in values
    assert name not in values


def test_a_key_right_after_its_cue_is_still_taken_before_another_cue() -> None:
    assert ("wifi_key", "Xk83-Lmq9") in found("wifi key Xk83-Lmq9 password for the admin page is Admin123")


@pytest.mark.parametrize(
    "text, said, kind",
    [
        ("vijf drie drie vijf is de pincode van de laadpas", "vijf drie drie vijf", "pin"),
        ("een, nul, zes, vier IS DE PIINCODE VAN de tankpas", "een, nul, zes, vier", "pin"),
        ("un deux trois sept c'est mon code", "un deux trois sept", "pin"),
        ("ok its two three three five eight one", "two three three five eight one", "otp"),
        ("ok its one-six-zero-eight-seven-six", "one-six-zero-eight-seven-six", "otp"),
    ],
)  # fmt: skip
def test_digits_said_one_by_one_are_a_code_named_after_them_or_not_at_all(
    text: str, said: str, kind: str
) -> None:
    assert (kind, said) in found(text)


def test_counting_from_one_is_no_code() -> None:
    assert found("one two three four, the kids counted before the pin machine") == []


def test_a_belgian_national_number_in_one_piece_needs_no_cue() -> None:
    assert ("bsn", "81072825177") in found("voor het pensioenattest, zijn nummer is 81072825177")


@pytest.mark.parametrize(
    "text, password",
    [
        ("Username masonh70 password Oliver! Error F007", "Oliver!"),
        ("inloggen met milan.smit en het wachtwoord Luuk!. Krijg steeds een fout", "Luuk!"),
    ],
)  # fmt: skip
def test_a_name_and_a_sign_right_after_a_password_cue_is_the_password(text: str, password: str) -> None:
    assert ("password", password) in found(text)


def test_a_word_with_a_capital_inside_after_a_later_is_is_the_password() -> None:
    assert ("password", "ygmjqcuqA") in found("the password I set yesterday is ygmjqcuqA. It fails")


def test_a_plain_word_after_a_later_is_is_no_password() -> None:
    assert found("the password I use is Different") == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("met mijn abonnement, pasnummer 0204 2687 5803, gisteren rond 16u", "0204 2687 5803"),
        ("Het leasecontract heeft nummer 042554/90. De termijn klopt niet", "042554/90"),
    ],
)  # fmt: skip
def test_a_number_a_customer_number_cue_named_is_no_phone(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)
    assert ("phone", number) not in found(text)


def test_a_mobile_s_number_stays_a_phone_whatever_the_cue_before_it() -> None:
    assert ("phone", "06 16 27 80 82") in found("my staff member's number is 06 16 27 80 82, call her")


@pytest.mark.parametrize("handle", ["xXTurboDaanXx", "ThePandaBramXx"])
def test_a_gamer_s_handle_after_account_colon_is_a_username(handle: str) -> None:
    assert ("username", handle) in found(f"het oude wachtwoord was Kaas88. account: {handle}")


@pytest.mark.parametrize("word", ["PayPal", "WhatsApp", "Premium"])
def test_a_brand_or_a_plan_after_account_colon_is_no_username(word: str) -> None:
    assert found(f"account: {word}") == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("The cash machine swallowed my card.\n\n6246 is what I typed\n- I paid with cash", "6246"),
        ("my birthday is March 4, 1949\n003711 is what I typed", "003711"),
        ("7412 c'est ce que j'ai tapé au distributeur", "7412"),
    ],
)  # fmt: skip
def test_a_number_told_as_what_was_typed_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


def test_a_year_told_as_what_was_typed_is_no_pin() -> None:
    assert found("2019 is what I typed in the year field") == []


def test_a_code_believed_after_it_was_refused_on_its_line_is_a_pin() -> None:
    text = "ons ma haar pincode is geblokkeerd, ze dacht dat het 4482 was. Kaart eindigt op 04"
    assert ("pin", "4482") in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("de automaat slikt mijn pas in terwijl ik gewoon 0340 intoets. Geld kwijt", "pin", "0340"),
        ("de app zegt fout terwijl ik gewoon 48213 invoer", "pin", "48213"),
        ("de sms kwam wel, maar het faalt als ik 482913 intyp", "otp", "482913"),
    ],
)  # fmt: skip
def test_digits_one_types_in_with_the_verb_last_are_the_code(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text", ["als ik mijn wachtwoord intyp gaat het mis", "als ik 2024 invul klopt het niet"]
)
def test_a_word_or_a_year_typed_in_is_no_code(text: str) -> None:
    assert found(text) == []
