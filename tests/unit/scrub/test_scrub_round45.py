"""Round 45: legal, property and hospitality; subscriptions, utilities and students read (their development
halves): the customer's phone a company failed to reach, a login's place before its colon, recovery codes
shown one at a time, a network's name beside its key, an alarm's or a door's lettered code, a property's
address, a contact's details in a row."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("We couldn't reach you on 0113 496 0712. Please call us on 0345 266 9000.", "0113 496 0712"),
        ("Hoi, we konden je niet bereiken op (020) 4117390. Bel ons op 088-1234500.", "(020) 4117390"),
        ("Nous n'avons pas pu vous joindre au 04/221.84.11. Rappelez-nous au 078/15.15.15.", "04/221.84.11"),
    ],
)
def test_the_customer_s_phone_the_company_failed_to_reach(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "svp, impossible de vous joindre au 02 572 57 57 depuis ce matin",  # the customer failing to reach it
        "I couldn't reach you on 0345 266 9000 all morning",
    ],
)
def test_the_company_the_customer_failed_to_reach_keeps_its_line(text: str) -> None:
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("Identifiants portail: lmartin72 / Brugge1987! Ça ne marche plus.", "lmartin72", "Brugge1987!"),
        ("Inloggegevens studentportal: s2240871 / regenboog-77. Werkt niet meer", "s2240871", "regenboog-77"),
        ("Inloggegevens klantportaal: pvdberg / Tulp#4411", "pvdberg", "Tulp#4411"),
    ],
)
def test_a_login_s_place_before_its_colon_is_no_username(text: str, user: str, password: str) -> None:
    assert ("username", user) in found(text)
    assert ("password", password) in found(text)


def test_a_token_given_after_login_is_the_token() -> None:
    text = "The tenant portal gave me this bearer token after login: 9f1c2e77ab0d44e19c3b5a6d7e8f9012. Help?"
    assert ("token", "9f1c2e77ab0d44e19c3b5a6d7e8f9012") in found(text)
    assert _kinds(text, "username") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I've made you new backup codes. Keep them safe, e.g. the first one: 4417 9032. Bart", "4417 9032"),
        ("Je back-upcodes zijn vernieuwd. Bewaar ze goed, bijvoorbeeld de eerste: k7qzp3vtwm.", "k7qzp3vtwm"),
        ("mes codes de secours : 3391 0457, xqzvbtkwnr, 77120934. Aucun ne marche", "xqzvbtkwnr"),
        ("De herstelcode die ik bij het aanmaken kreeg was pqwt-7k2m", "pqwt-7k2m"),
    ],
)
def test_recovery_codes_shown_one_at_a_time(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_word_in_a_list_of_codes_is_no_code() -> None:
    assert _kinds("backup codes: 3391 0457, something, 77120934", "otp") == ["3391 0457", "77120934"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "De monteur vroeg naar de wifi code van het netwerk voor de warmtepomp. Zolder_wifi / Appel4471.",
            "Appel4471.",
        ),
        ("Hij wil de wifi code van het netwerk in de kelder. TP-Link_5G_B7 / QWHT7ZK2PL.", "QWHT7ZK2PL."),
    ],
)
def test_a_network_s_own_name_beside_its_key(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]
    assert _kinds(text, "username") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("La clé wifi du chalet (Sapins_5G) ne marche plus. On nous a donné Mz8p2Qax6J.", "Mz8p2Qax6J."),
        ("we zoeken de netwerksleutel.\nop de welkomstbrief staat Welkom2291#, klopt dat?", "Welkom2291#"),
    ],
)
def test_a_key_handed_over_a_sentence_after_it_was_named(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]


def test_what_was_handed_over_without_a_secret_named_is_nothing() -> None:
    assert found("On nous a donné 3 jours pour payer la facture 2024-118") == []


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Sleutelkluis 55120, daarna alarm (Ajax Hub 2 Plus) met 66013#. Dank!", "66013"),
        ("Alarm uitzetten met K4471 binnen dertig seconden.", "K4471"),
        ("The door code for our cabin, D2284, isn't working.", "D2284"),
        ("Le code de la porte de la chambre, B5432, ne fonctionne pas.", "B5432"),
        ("Le code PUK pour le routeur est 4948 6194, le PIN B7731. Il demande quoi ?", "B7731"),
        ("sleutels liggen klaar, ik hang ze in het kastje, cijfers zijn 7 2 0 9. groet", "7 2 0 9"),
    ],
)
def test_a_lock_s_code_in_the_shapes_holiday_homes_give(text: str, pin: str) -> None:
    assert any(kind == "pin" and value.startswith(pin) for kind, value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "the alarm went off at 2030 with 3 beeps",  # a time, a count
        "my pin E1234 doesn't work on the terminal",  # a screen's answer after the PIN's word
        "bij het resetten van mijn pincode. Daarna kreeg ik F9511",  # an error, a sentence on
        "the code for the form, 2019, was wrong",  # a year set off by commas, no lock
    ],
)
def test_no_lock_code_where_no_lock_is(text: str) -> None:
    assert _kinds(text, "pin") == []


def test_a_password_with_a_cue_word_inside_its_dashes() -> None:
    assert ("password", "Harbour-sleutel-290") in found("Username: ajanssens00 Password: Harbour-sleutel-290")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("studetn number 848050309, course starts in March", "848050309"),
        ("Stuent number A72005695. Do I get a refund?", "A72005695"),
        ("Mteernummer 14W406724, klantnummer volgt", "14W406724"),
        ("Manate reference MNDT5651805498.", "MNDT5651805498"),
        ("Réf. locataire KL0756597.", "KL0756597"),
        ("teannt number POL-744539, standing order", "POL-744539"),
        ("Concernant mon crédit hypothécaire n° 251.931.581 : le taux", "251.931.581"),
        ("Ik wil de machtiging intrekken. Het gaat om kenmerk DD93595597 op rekening", "DD93595597"),
    ],
)
def test_a_customer_s_number_by_its_cue_typed_in_haste(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("To confirm: DOB 1989-04-01, property 93 Marine Parade? I'll update the file.", "93 Marine Parade"),
        ("I'd like to book a viewing for 26 Harbour View. I'm free after 12.", "26 Harbour View"),
        ("goedemiddag, nieuwe bewoner hier op Meir 5. de vorige huurder", "Meir 5"),
        ("Per 1 mei verhuizen wij van Meir 229 naar Meir 88 - 2304 Kortrijk.", "Meir 229"),
    ],
)
def test_a_property_s_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize("text", ["property damage 2024 claim", "the property tax for 2024 was 1200"])
def test_a_property_without_a_street_is_no_address(text: str) -> None:
    assert _kinds(text, "address") == []


def test_a_contact_s_number_in_a_row_after_the_e_mail_address() -> None:
    text = "my details: Cody Harris, born 02/28/1986, c.harris@yahoo.com, 5125552525. reading 714,243"
    assert ("phone", "5125552525") in found(text)


def test_what_a_password_was_set_to_after_op() -> None:
    text = "Ik heb het admin wachtwoord van het modem op Kikker_tulp7 gezet en het wifi ww op Kaas123!"
    assert ("password", "Kikker_tulp7") in found(text)
    assert ("wifi_key", "Kaas123!") in found(text)


def test_a_device_after_op_is_no_password() -> None:
    assert _kinds("het wachtwoord werkt niet op de Zyxel sinds gisteren", "password") == []


def test_a_contact_s_number_after_the_e_mail_address_and_a_dot() -> None:
    assert ("phone", "5032285279") in found("Tyler Johnson t.johnson@comcast.net · 5032285279")


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Is dat veilig? Gebruikersnaam dashboard stijn_3415, code uit de mail 5742.", "stijn_3415"),
        ("Gebruikersnaam dashboard SmitAi0, code uit de mail 33563.", "SmitAi0"),
    ],
)
def test_a_username_after_its_place_in_a_handle_s_shape(text: str, user: str) -> None:
    assert _kinds(text, "username") == [user]


@pytest.mark.parametrize("text", ["my username app works fine", "username portal is down since v2.3"])
def test_a_place_after_the_username_s_word_is_no_username(text: str) -> None:
    assert _kinds(text, "username") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [("code uit de mail 5742.", "5742"), ("username u9022298, code from the email 4898. Thanks", "4898")],
)
def test_four_digits_the_code_s_mail_brought(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_year_after_the_mail_is_no_code() -> None:
    assert _kinds("the code in my email 2024 newsletter", "otp") == []


@pytest.mark.parametrize(
    ("text", "token"),
    [
        (
            "Ik kreeg een sms, wat moet ik daarmee? Activatiecode: 1FDF6DBB-3D9D-3D50-5BC3-DB7D62CFFD07",
            "1FDF6DBB-3D9D-3D50-5BC3-DB7D62CFFD07",
        ),
        (
            "Activation code from the email is 3e3419a2-1cc8-5dc7-dfa5-dbf9dbd28762, phone is a Pixel",
            "3e3419a2-1cc8-5dc7-dfa5-dbf9dbd28762",
        ),
    ],
)
def test_an_activation_s_code_in_a_uuid_s_shape_is_a_token(text: str, token: str) -> None:
    assert ("token", token) in found(text)


def test_a_bare_uuid_is_no_token() -> None:
    assert found("request id 3e3419a2-1cc8-5dc7-dfa5-dbf9dbd28762 failed") == []


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Never share your password. I've unlocked pjones; you can set a new one.", "pjones"),
        ("On a débloqué le compte chloé.janssens, choisissez un nouveau mot de passe.", "chloé.janssens"),
    ],
)
def test_the_login_an_agent_unlocked(text: str, user: str) -> None:
    assert _kinds(text, "username") == [user]


def test_a_word_after_unlocked_is_no_login() -> None:
    assert _kinds("I've unlocked everything, your password stays", "username") == []


@pytest.mark.parametrize("text", ["Subject: Login issue\nHi team", "my login failed\nthanks"])
def test_a_word_of_what_went_wrong_is_no_login(text: str) -> None:
    assert _kinds(text, "username") == []


def test_a_login_page_s_path_is_no_login_word() -> None:
    assert _kinds("le hook vers https://mijn.paylane.be/login échoue\n\ncordialement", "username") == []


def test_a_lock_s_code_word_typed_in_haste_after_it() -> None:
    assert ("pin", "8960") in found("Keybox coed is 8960 if the engineer gets there before me.")


def test_a_key_a_card_gives_after_the_question_for_it() -> None:
    text = "Wifi password for the caravan? The card says Kermis8748 but it won't connect to HOTEL-WIFI"
    assert _kinds(text, "wifi_key") == ["Kermis8748"]


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("de code is 9838 en de poort gaat open met #7756. Mijn gsm staat aan", "#7756"),
    ],
)
def test_a_gate_s_keyed_code(text: str, pin: str) -> None:
    assert ("pin", pin) in found(text)


def test_a_ticket_s_number_before_a_door_is_no_code() -> None:
    assert _kinds("ticket #4471 gaat open met de deur", "pin") == []


def test_a_locked_account_s_code_is_no_lock_s() -> None:
    assert _kinds("BobaXx315 - it says account locked code 9271", "pin") == []


def test_a_network_named_before_its_key_s_word_is_no_key() -> None:
    text = "wifi voor de gasten: Seaview_2G ww Bienvenue1351! -- mag ik die ook aan de schoonmaker geven?"
    assert _kinds(text, "wifi_key") == ["Bienvenue1351!"]
    assert _kinds(text, "username") == []


def test_a_streaming_brand_s_plus_is_no_password() -> None:
    assert _kinds("Text said: 142920 is your Cinéma+ login code. Valid for 10 minutes.", "password") == []


@pytest.mark.parametrize(
    "text",
    [
        "My password was chhanged without me doing it. Old one was M@ll0rca1",
        "Mijn wachtwoord is gewijzgid zonder dat ik dat deed. Oud wachtwoord Tulp12!",
    ],
)
def test_what_happened_to_a_password_typed_fast_is_no_password(text: str) -> None:
    assert len(_kinds(text, "password")) == 1


def test_a_dutch_vat_number_as_the_company_s_registration_is_no_password() -> None:
    text = "Onze gegevens voor de controle:\nKvK: NL075709769B86\nIBAN: NL18 RABO 1354 8694 44"
    assert _kinds(text, "password") == []


def test_the_login_an_agent_looks_the_customer_up_by_is_the_login_given_before() -> None:
    text = (
        "[8:45] Brianna: locked out of my account. username ballen91 password DRAGON#067summer - help\n"
        "January 9, 3pm - IRS: Great, with ballen91 I can find your case."
    )
    assert _kinds(text, "username") == ["ballen91", "ballen91"]


def test_a_key_the_agent_echoes_keeps_its_kind() -> None:
    text = "wifi key 1o97NXGiEbo2Q0LE fails\n[5pm] IRS: Great, with 1o97NXGiEbo2Q0LE I can find your case."
    assert _kinds(text, "username") == []


def test_a_handle_after_a_login_s_place_in_a_short_shape() -> None:
    text = "wallbox, is dat veilig? Gebruikersnaam dashboard u8011696, code uit de mail 67311846."
    assert _kinds(text, "username") == ["u8011696"]
