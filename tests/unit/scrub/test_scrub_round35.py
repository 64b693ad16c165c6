"""Round 35: moving house, small online shops. Opening hours are no password; what the screen answers
after a value is no second value; a login named with the place it is for; a code typed in after its door
stopped working; a session's cookie; a wifi key told before a door's code."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text",
    [
        "Please never share your PIN or password with us. Call us on 03457 003311 (12am-12:30am). Emma",
        "Never share your password. Call us on 1-888-787-1296 (7 pm-7:15pm). Nadia",
        "Never give your password to anyone. Call 1-800-537-9402 (8:00-8:45am). Joyce",
    ],
)
def test_opening_hours_after_a_warning_about_passwords_are_no_password(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "password"] == []


def test_a_password_that_merely_holds_a_time_is_still_taken() -> None:
    assert ("password", "9am-5pm!x") in found("wachtwoord: 9am-5pm!x")


@pytest.mark.parametrize(
    "text, value, answer",
    [
        ("I reset my password, the new one is Moving314!, but I still get E8784.", "Moving314!", "E8784"),
        ("nieuw wachtwoord is Tulp#12, maar ik krijg nog steeds ERR_TIMEOUT", "Tulp#12", "ERR_TIMEOUT"),
    ],
)
def test_what_the_screen_answers_after_a_password_is_no_second_password(
    text: str, value: str, answer: str
) -> None:
    findings = found(text)
    assert ("password", value) in findings
    assert not [value for _, value in findings if value == answer]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Username for the Lightspeed dashboard is admin_fatima, password I texted you", "admin_fatima"),
        ("username for the CCV Shop dashboard is petitbazar2, password i texted", "petitbazar2"),
    ],
)
def test_a_login_named_with_the_brand_of_its_dashboard_is_the_value_after_is(text: str, value: str) -> None:
    assert found(text) == [("username", value)]


@pytest.mark.parametrize(
    "text, user, password",
    [
        ("inlog portal: iclaes / Zomer_zom289 -- laat nog de oude prijs zien", "iclaes", "Zomer_zom289"),
        ("> Login van de kassa-app: JessicaWillems / Mirthe595!!. Den", "JessicaWillems", "Mirthe595!!"),
    ],
)
def test_a_login_pair_after_the_place_it_is_for(text: str, user: str, password: str) -> None:
    assert found(text) == [("username", user), ("password", password)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("gate code at the storage place stopped working, I'm using 23958. unit ART 045706", "23958"),
        ("le code du portail du box ne marche plus, j'utilise 7929#. box n° 568.009.79", "7929#"),
        ("de code van het hek werkt niet meer, ik gebruik 0670#. unit nummer BOX-XL", "0670#"),
    ],
)
def test_the_code_typed_in_after_a_door_s_code_stopped_working_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_login_after_j_utilise_is_not_read_as_a_password() -> None:
    findings = found("Pour le compte pro j'utilise amelie.r_89 et pour le privé un autre")
    assert ("password", "amelie.r_89") not in findings


@pytest.mark.parametrize(
    "text",
    [
        "The session cookie value I found was to54tngzhop9bx6aanmmr1odgx, in case that helps",
        "session cookie: to54tngzhop9bx6aanmmr1odgx",
    ],
)
def test_a_session_s_cookie_value_is_a_token(text: str) -> None:
    assert found(text) == [("token", "to54tngzhop9bx6aanmmr1odgx")]


def test_a_session_cookie_talked_about_is_nothing() -> None:
    assert found("we use a session cookie that expires after 30 minutes") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Le mot de passe wifi du dépôt est 6A20C0812B et le code du portail 1484.", "6A20C0812B"),
        ("Le mot de passe wifi est zomer123 et le code du portail 1484.", "zomer123"),
    ],
)
def test_a_wifi_key_told_before_a_door_s_code(text: str, value: str) -> None:
    assert ("wifi_key", value) in found(text)


def test_a_login_alert_names_no_login() -> None:
    assert found("at 11:30pm i got a loign alert ftom ip 81.114.179.43 (Brooklyn).") == [
        ("ip_address", "81.114.179.43")
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Je déménage le 27 avril de Rue des Carmes 237 vers Rue de Namur 12", "Rue des Carmes 237"),
        ("Je déménage le 27 avril de Rue des Carmes 237 vers Rue de Namur 12", "Rue de Namur 12"),
        ("sortie le 25/02/2025 à 17h, Rue de la Loi 21 boîte 2. quand", "Rue de la Loi 21 boîte 2"),
        ("la facture de clôture pour Rue du Marché 31 bus 14, seulement", "Rue du Marché 31 bus 14"),
    ],
)
def test_a_capitalised_french_street_and_its_number_is_an_address_uncued(text: str, value: str) -> None:
    assert ("address", value) in found(text)


def test_a_street_s_type_written_small_in_a_sentence_still_needs_its_cue() -> None:
    assert found("on a pris la rue de la gare 12 fois ce mois") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("to my old address, I'm now at 1043 Broadway Apt 11C. cull 206-214-0642", "1043 Broadway Apt 11C"),
        ("The new place is 434 Broadway Unit 215, a parking suspension", "434 Broadway Unit 215"),
    ],
)
def test_where_one_lives_now_after_a_move_is_an_address(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize("text", ["Phone: 06-26.85.57.47", "Telefoon: 06-25.73.26.22\nIk hoop"])
def test_a_mobile_s_dotted_pairs_after_its_dash_are_a_phone_not_an_ip_address(text: str) -> None:
    findings = found(text)
    assert [kind for kind, _ in findings] == ["phone"]
    assert findings[0][1].startswith("06-")


def test_an_ip_address_named_as_one_is_still_taken() -> None:
    assert found("IP 26.85.57.47") == [("ip_address", "26.85.57.47")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Merchant token: A2Y7VDCC1GHJA\nSettlement ID 16270", "A2Y7VDCC1GHJA"),
        ("Evening all - Seller ID ANIYWQBBFCPSC, payout for March", "ANIYWQBBFCPSC"),
        ("de ma garantie locative. Bail CT66049677, à rembourser", "CT66049677"),
        ("de ma garantie locative. bail 7195/34505, à rembourser", "7195/34505"),
    ],
)
def test_a_seller_s_marketplace_id_and_a_lease_s_number_are_customer_numbers(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Début du bail : 2025-05-07\nLoyer : € 1.823,00", None, "2025-05-07"),
        ("klantnummer ONBEKENDKLANTEN", None, "ONBEKENDKLANTEN"),
        ("pw bail24SUNS!8 ok", "password", "bail24SUNS!8"),
    ],
)
def test_a_lease_s_start_date_a_word_in_capitals_and_a_password_made_from_bail(
    text: str, kind: str | None, value: str
) -> None:
    assert [k for k, v in found(text) if v == value] == ([kind] if kind else [])


@pytest.mark.parametrize(
    "text, value",
    [
        ("sms code was 08367 maar die werkt niet meer, kreeg om 12:30 een nieuwe: 8257 mvg", "8257"),
        ("sms code was 62732 maar die werkt niet meer, kreeg om 14.15 een nieuwe: 45477550\nTop", "45477550"),
    ],
)
def test_a_new_code_received_at_a_time_of_day_is_of_the_kind_before(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_four_digits_said_after_a_verification_code_s_cue_are_a_one_time_code() -> None:
    assert found("Code de vérification : huit sept deux un Merci") == [("otp", "huit sept deux un")]


def test_four_digits_said_after_a_plain_code_s_cue_stay_a_pin() -> None:
    assert found("mon code: huit sept deux un") == [("pin", "huit sept deux un")]


@pytest.mark.parametrize(
    "text",
    [
        "we received a dispute notification (dp_nmW9KugfE6WpCmnEhcpsgR2X) for charge pi_3WKCnmW9Kugf",
        "Subject: RE: Case dp_awxRRwP3kk6mvjRX6hlj4sRa\n> At 1:47 PM I got a message",
    ],
)
def test_a_payment_provider_s_dispute_id_is_shown_in_the_open(text: str) -> None:
    assert found(text) == []


def test_a_digest_whose_label_a_thread_repeats_stays_in_the_open() -> None:
    text = (
        "Firmware download checksum doesn't match: "
        "4c3f0a1b9d2e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a. Version v3.1.2\n"
        "Firmware download checksum doesn't match: 0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b. Version v3.1.3\n"
        "Orders & returns: https://littleshop.example/account/login"
    )
    assert found(text) == []


def test_a_quote_s_number_is_no_phone() -> None:
    assert found("j'ai réservé un déménagement (devis 0743991567) pour 16 m³.") == []


@pytest.mark.parametrize(
    "text, key",
    [
        ("new house wifi: telenet-4a21c, key NSDCX3Q8Z3. printer next", "NSDCX3Q8Z3."),
        ("new house wifi: Ziggo7F2A1, key 588M2T2IJL. printer next", "588M2T2IJL."),
        ("Le pirate a changé la clé wifi de Ziggo7A3F2 en NKWQMQQFVSY6X88Y, et puis", "NKWQMQQFVSY6X88Y"),
    ],
)
def test_a_provider_s_default_network_name_is_no_key_the_key_beside_it_is(text: str, key: str) -> None:
    assert found(text) == [("wifi_key", key)]


def test_a_password_made_of_a_provider_s_name_and_a_year_is_still_a_password() -> None:
    assert found("wachtwoord inmiddels veranderd in Orange1987, maar") == [("password", "Orange1987")]


def test_a_provider_s_default_network_name_before_a_password_is_no_login() -> None:
    findings = found("Changed broadband, new ntwork telenet-7A2B1, password ZNGH-GO2E")
    assert ("username", "telenet-7A2B1") not in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mandate reference: GNB-ENV-1092837", "GNB-ENV-1092837"),
        ("référence de mandat : UNICEF-BE-00912", "UNICEF-BE-00912"),
        ("membre n° 88123, merci", "88123"),
        ("adhérent n° 4471, merci", "4471"),
    ],
)
def test_a_mandate_s_reference_in_words_and_digits_and_a_member_s_number(text: str, value: str) -> None:
    assert found(text) == [("customer_number", value)]


@pytest.mark.parametrize("text", ["Je lotnummer is 0123456789", "Lot 0471 8843 22 won £25 in the draw"])
def test_a_lottery_ticket_s_number_is_no_phone(text: str) -> None:
    # (round 36: the number of the lot a player plays is theirs, as two writers label it)
    assert [kind for kind, _ in found(text) if kind == "phone"] == []


def test_a_name_that_starts_like_a_lottery_word_leaves_the_phone_under_it() -> None:
    assert found("Met vriendelijke groet,\nLotte\n+32494318048\nVerstuurd") == [("phone", "+32494318048")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Verisure code 4729 en de dwangcode 9999", "9999"),
        ("disarm code 4729", "4729"),
        ("le code de désarmement est 8812", "8812"),
        ("keypad code 1357# opens the garage", "1357#"),
    ],
)
def test_an_alarm_s_disarm_duress_and_keypad_codes_are_pins(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("bel 0475 41 86 10.\n\nMvg,\nAyoub Jones\nMeir 167\nGeb. datum 07-02-1990", "Meir 167"),
        ("t.n.v. Megan.\n\nMvg,\nMegan Wagner\nOude Gracht 16 II\nGeb. datum 21-06-1990", "Oude Gracht 16 II")
    ],
)
def test_a_street_on_its_own_line_under_a_signed_name_is_an_address(text: str, value: str) -> None:
    assert ("address", value) in found(text)


def test_a_product_on_its_own_line_under_a_signed_name_is_no_address() -> None:
    assert found("Thanks,\nJohn Smith\nWindows 11\n") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("We've resent the code 2839 to 07700 001700. Do let us know", "2839"),
        ("We hebben de code 4233 opnieuw verstuurd naar 06 12345678", "4233"),
        ("please log in with the code in the letter, not 04502 - that one has expired", "04502"),
        ("inloggen met de code uit de brief, niet met 47699: die is verlopen.", "47699"),
    ],
)
def test_a_code_sent_again_or_one_that_ran_out_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text", ["we sent the code 2024 to your address", "I'd rather not 2024 - that one has expired"]
)
def test_a_year_where_a_sent_or_expired_code_would_stand_is_no_code(text: str) -> None:
    assert found(text) == []


def test_a_login_word_inside_an_e_mail_address_is_no_cue() -> None:
    assert found("My Hive login is hive.user@gmail.com and password Beehive!9") == [
        ("email", "hive.user@gmail.com"),
        ("password", "Beehive!9"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Op de sticker van de dongle: SN: 3A4B5C6D7E en wachtwoord 12345678", [("wifi_key", "12345678")]),
        ("wifi dongle serial 3A4B5C6D7E, the wifi password is on the sticker", []),
        ("De wifi-stick (SN 3A4B5C6D7E) maakt geen verbinding met mijn wifi", []),
    ],
)
def test_a_device_s_serial_number_near_a_wifi_cue_is_no_key(text: str, expected: list[object]) -> None:
    assert found(text) == expected


def test_an_inverter_s_model_that_starts_like_a_postcode_is_neither_address_nor_password() -> None:
    assert found("omvormer Growatt MIN 3600TL-XE, wachtwoord van de app vergeten") == []


def test_a_postcode_glued_to_its_letters_is_still_an_address() -> None:
    assert ("address", "3581KB") in found("postcode 3581KB, Utrecht")


@pytest.mark.parametrize(
    "text", ["Postcode en plaats: 3581 KB Utrecht", "Postcode/woonplaats: 3581 KB Utrecht"]
)
def test_a_form_s_field_for_postcode_and_town_labels_the_postcode(text: str) -> None:
    assert found(text) == [("address", "3581 KB Utrecht")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Uw donateursreferentie: 123456", "123456"),
        ("donor reference D-00123456", "D-00123456"),
        ("référence donateur : 7788123", "7788123"),
    ],
)
def test_a_donor_s_reference_at_a_charity_is_a_customer_number(text: str, value: str) -> None:
    assert found(text) == [("customer_number", value)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("de deur van de kantine gaat open met 4471#", "4471#"),
        ("the gate opens with 2580 after 8pm", "2580"),
        ("le portail s'ouvre avec le code 7391", "7391"),
    ],
)
def test_the_code_a_door_or_a_gate_opens_with_is_a_pin(text: str, value: str) -> None:
    assert found(text) == [("pin", value)]


@pytest.mark.parametrize("text", ["de poort gaat open met de app", "the door opens with 2019 style handle"])
def test_a_door_that_opens_with_no_code_or_a_year_gives_none(text: str) -> None:
    assert found(text) == []


def test_a_login_pair_after_the_place_it_is_for_and_a_copula() -> None:
    assert found("Hoi, de inlog van de clubapp is penningmeester / Zomer2024") == [
        ("username", "penningmeester"),
        ("password", "Zomer2024"),
    ]


def test_a_plain_word_after_a_login_s_place_and_a_copula_is_no_login() -> None:
    assert found("de login van de app is kapot") == []


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet,\nSophie Janssens\nTeam Klantenservice 3\n",
        "Groeten,\nKees de Vries\nAfdeling Inkoop 2\n",
    ],
)
def test_a_team_or_a_department_under_a_signed_name_is_no_address(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Notre magasin Rue Neuve 3 jours de soldes",
        "On se voit Place Flagey 12h?",
        "Le Boulevard Anspach 2024 est fermé",
        "Quai des Usines 10 minutes à pied",
    ],
)
def test_a_capitalised_french_street_before_a_time_a_year_or_a_count_needs_its_cue(text: str) -> None:
    assert found(text) == []
