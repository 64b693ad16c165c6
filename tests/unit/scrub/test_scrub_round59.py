"""Round 59: childcare, vets, movers and storage, language and driving schools, funerals and gyms; dating
apps, hotels and holiday parks, marinas, farm shops, smart meters and tax offices read (their development
halves): a relative's phone when no one answers; member ids with a series letter; a marina's or a storage
box's number; a hotel room's safe; a new password under the old; small Dutch streets where someone lives; a
login's name above its password's row; the admin's own name before a pair; sixteen digits no brand holds
before their expiry; expiry cues typed in haste; a token after its app; a birth date corrected in French;
and what is none of these: a page's HTTP status, a UUID, a house number, an order's confirmation, a parcel's
tracking, a day with its hour."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Geen gehoor? Bel dan mijn broer: 06-18273645.", "06-18273645"),
        ("If no answer, please ring my aunt on +44 7700 900462.", "+44 7700 900462"),
        ("Bij geen gehoor graag bellen met mijn vriendin: 0470 55 12 98.", "0470 55 12 98"),
    ],
)  # fmt: skip
def test_a_relative_s_or_a_friend_s_phone_when_no_one_answers(text: str, phone: str) -> None:
    assert phone in _kinds(text, "phone")


def test_a_company_line_nobody_answers_is_still_the_company_s() -> None:  # guard
    assert _kinds("Ik krijg al een week geen gehoor op 0900 123 4567, bel mij terug.", "phone") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn lidnummer is KP-B48213, de app herkent het niet.", "KP-B48213"),
        ("Your member number is GX-C55102. See you at the first class!", "GX-C55102"),
        ("Graag de factuur op lidnummer jachthaven HV-88213 zetten.", "HV-88213"),
        ("Contrat box 7719021 : la porte reste bloquée.", "7719021"),
        ("My berth holder number is 4471902, please send the invoice again.", "4471902"),
    ],
)  # fmt: skip
def test_member_ids_marinas_and_storage_boxes(text: str, value: str) -> None:
    assert value in _kinds(text, "customer_number")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De kluis in kamer 208 staat op slot met code 3318 en gaat niet meer open.", "3318"),
        ("Onze kamerkluis blijft dicht, code 551207 werkt niet.", "551207"),
        ("De kluis op de kamer staat op slot met code 47731.", "47731"),
        ("De code van de voodreur (6693#) is veranderd en ik heb niks gekregen.", "6693#"),
    ],
)  # fmt: skip
def test_a_hotel_room_s_safe_and_a_front_door_typed_in_haste_keep_their_codes_as_pins(
    text: str, code: str
) -> None:
    assert code in _kinds(text, "pin")


def test_a_new_password_on_the_line_under_the_old_one() -> None:
    text = "Wachtwoord oud: Fiets!2020\nnieuw: anker-duinen-zomer\nbeide werken niet."
    assert _kinds(text, "password") == ["Fiets!2020", "anker-duinen-zomer"]


def test_a_new_line_of_plain_words_is_no_password() -> None:  # guard
    assert _kinds("Wachtwoord oud: Fiets!2020\nnieuw: weet ik niet\nhelp", "password") == ["Fiets!2020"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Wij wonen op lindeweg 12 amersfoort sinds mei.", "lindeweg 12 amersfoort"),
        ("Ons adres is gewijzigd naar berkenlaan 7 B zeist. Klopt dat?", "berkenlaan 7 B zeist"),
        ("Met vriendelijke groet,\nAnne de Wit\nkastanjeweg 31-2 breda\n", "kastanjeweg 31-2 breda"),
        ("Change of address on my tax account: 412 Oak Street, Leeds LS6 2AB.",
         "412 Oak Street, Leeds LS6 2AB"),
    ],
)  # fmt: skip
def test_small_dutch_streets_where_someone_lives_and_a_house_number_before_its_street(
    text: str, address: str
) -> None:
    assert address in _kinds(text, "address")
    assert _kinds(text, "customer_number") == []


def test_a_small_word_with_a_street_s_ending_and_a_number_is_no_address() -> None:  # guard
    assert _kinds("Ik ben onderweg 10 minuten later dan gepland.", "address") == []


@pytest.mark.parametrize(
    ("text", "user", "secret"),
    [
        ("Portaal van de school: gebruiker jdewit\nwachtwoord zon-maan-88\n\nGroet", "jdewit", "zon-maan-88"),
        ("Router op 192.168.1.1, admin MarkV77 / appeltaart21 werkt niet meer.", "MarkV77", "appeltaart21"),
    ],
)  # fmt: skip
def test_a_login_s_name_above_its_password_and_the_admin_s_own_name(
    text: str, user: str, secret: str
) -> None:
    assert user in _kinds(text, "username")
    assert secret in _kinds(text, "password")


@pytest.mark.parametrize(
    ("text", "card", "expiry"),
    [
        ("Betaling mislukt, dan zo: 2210456712345673 geldig t/m 9/31, CVC 118", "2210456712345673",
         "9/31"),
        ("Acompte payé par carte 2217880044556611, exp 10-28, cryptogramme 023.", "2217880044556611",
         "10-28"),
        ("Could you use 4111 1111 1111 1111 instead? vaid thru 08.2031 Thanks", "4111 1111 1111 1111",
         "08.2031"),
        ("creditcard 4062692707682853 (gedlig tot jul 2027) graag", "4062692707682853", "jul 2027"),
    ],
)  # fmt: skip
def test_unbranded_cards_before_their_expiry_and_expiry_cues_typed_in_haste(
    text: str, card: str, expiry: str
) -> None:
    assert card in _kinds(text, "card")
    assert expiry in _kinds(text, "card_expiry")


def test_mir_s_range_is_a_card() -> None:
    assert _kinds("Borg betaald met 2202 1357 9246 8015, graag terug op die kaart", "card") == [
        "2202 1357 9246 8015"
    ]


def test_sixteen_digits_failing_the_checksum_before_an_expiry_are_no_card() -> None:  # guard
    assert _kinds("Betaling mislukt, dan zo: 2210456712345674 geldig t/m 9/31, CVC 118", "card") == []


@pytest.mark.parametrize("before", ["Et le jeton d'accès de l'apli", "Access token van de app"])
def test_a_token_after_the_app_it_is_for(before: str) -> None:
    token = "KdHsLuuTmCgZBDeKEv7vMlNVeHshkbAtqpNabwSotYy"
    assert token in _kinds(f"{before} {token} wordt geweigerd.", "token")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ma date de naissance est le 12.03.81, merci de corriger.", "12.03.81"),
        ("Ma date de naissance est fausse dans l'app, c'est le 04.11.77 et pas le 2 mai.", "04.11.77"),
    ],
)  # fmt: skip
def test_a_birth_date_after_est_and_after_a_correction(text: str, date: str) -> None:
    assert date in _kinds(text, "date_of_birth")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Kaart 4111 1111 1111 1111, geldig tot 08/28, de betaalpagina gaf HTTP 503.", "cvv", "503"),
        ("Card 4111 1111 1111 1111 (expires 08/28), the payment page showed 401.", "cvv", "401"),
        ("Site-ID 9b2e4c10-77aa-4f01-b2c3-0d9e8f7a6b5c staat niet in de app.", "customer_number", "9b2e4c10"),
        ("Van: Shop\nOnderwerp: Bevestiging KR448812\n\nHallo", "otp", "KR448812"),
        ("Colis toujours pas livré, suivi 047712398811. Merci", "phone", "047712398811"),
        ("Hired a boat for 8/22 at 8:10 pm. Deposit on card 4111 1111 1111 1111, please refund",
         "card_expiry", "8/22"),
    ],
)  # fmt: skip
def test_what_is_none_of_these(text: str, kind: str, value: str) -> None:
    assert not any(value in found_value for found_value in _kinds(text, kind))


def test_what_the_card_s_back_says_is_still_its_code() -> None:  # guard
    assert "835" in _kinds("Card 4111 1111 1111 1111 valid thru 11/31 back says 835", "cvv")


def test_a_confirmation_code_is_still_a_one_time_code() -> None:  # guard
    assert "448812" in _kinds("Je bevestigingscode: 448812", "otp")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Our MSP portal admin is admin@acme-corp.nl, password W!nter2025, tenant id below.", "W!nter2025"),
        ("The password Z!omer12 works on the laptop, not on the VPN.", "Z!omer12"),
    ],
)  # fmt: skip
def test_a_password_opening_with_one_letter_and_a_mark_is_whole(text: str, secret: str) -> None:
    assert secret in _kinds(text, "password")


def test_a_student_s_room_is_no_reference_before_its_door_code() -> None:
    text = "De toegangscode van de studentenkamer is 4471#, maar de deur gaat niet open."
    assert _kinds(text, "pin") == ["4471#"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The museum pass is MP-778812, it won't scan at the gate.", "MP-778812"),
        ("My season pass is 77881234 and it shows as expired.", "77881234"),
    ],
)  # fmt: skip
def test_a_museum_s_or_a_season_s_pass_is_a_card_s_number_no_password(text: str, value: str) -> None:
    assert value in _kinds(text, "customer_number")
    assert _kinds(text, "password") == []


def test_a_code_corrected_at_once_is_read_again() -> None:
    assert _kinds("Mijn DigiD-code was 12345? nee wacht, 84721.", "otp") == ["12345", "84721"]


def test_a_second_guess_after_a_comma_is_not_taken() -> None:  # guard
    assert _kinds("Le code était 455540, ou peut-être 545540, je ne sais plus.", "otp") == ["455540"]
