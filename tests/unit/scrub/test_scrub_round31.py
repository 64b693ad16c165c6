"""Round 31: work, pay and arrears. A one-time code for the file it opens; a Belgian national number with a
space before its serial; a birthday without its year under a birth date's label; a login that stays as it
was."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Uw eenmalige code voor uw dossier: 508 337 (10 minuten geldig)", "508 337"),
        ("Your one-time code for your case: 770142. Never share it.", "770142"),
        ("Votre code pour votre dossier : 662019", "662019"),
        ("Je code voor je account: 3921", "3921"),
    ],
)
def test_a_code_for_the_file_it_opens_is_the_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Uw dossier: 508337, bel ons gerust", "case: 770142 was closed last week", "Dossiernummer: 662019"],
)
def test_a_file_s_number_after_its_label_is_no_code(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("otp", "pin")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rijksregisternummer: 85.07.30 033-28\nAdres: Kerkstraat 4", "85.07.30 033-28"),
        ("Mon numéro de registre national est le 850730 033-28.", "850730 033-28"),
        ("N° national 85.07.30 033-28 (voir carte eID)", "85.07.30 033-28"),
        ("Numéro nationla : 850730 033 28", "850730 033 28"),
        ("Rijksrgeisternummer 850730 033 28", "850730 033 28"),
    ],
)
def test_a_belgian_national_number_with_a_space_before_its_serial_or_a_slip_in_its_name(
    text: str, value: str
) -> None:
    assert ("bsn", value) in found(text)


def test_the_same_grouping_with_a_wrong_check_is_no_national_number() -> None:
    assert not [kind for kind, _ in found("Factuur 85.07.30 033-29 is betaald") if kind == "bsn"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Naam: Jolien Claes\nGeboortedatum: 7/11\nAdres: Molenstraat 3", "7/11"),
        ("Date of birth: Aug 22\nEmployee no: 448812", "Aug 22"),
        ("Date de naissance : 3 mars\nMerci d'avance", "3 mars"),
        ("mijn geboortedatum 19 augustus. Kan dat kloppen?", "19 augustus"),
        ("DOB 22nd August, sent the form yesterday", "22nd August"),
    ],
)
def test_a_birthday_without_its_year_under_a_birth_date_s_label(text: str, value: str) -> None:
    assert ("date_of_birth", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "geboortedatum: 10.30 uur afspraak bevestigd",
        "Date of birth field is empty, fixed it on 3/8/2025 myself",
        "Ik kreeg op 19 augustus een brief",
    ],
)
def test_no_birthday_where_no_label_holds_one(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "date_of_birth"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Uw gebruikersnaam blijft K220918. U ontvangt een nieuw wachtwoord.", "K220918"),
        ("Votre identifiant reste marc_lejeune7 ; le mot de passe a été réinitialisé", "marc_lejeune7"),
        ("Your username stays tdavies_82, only the password changes", "tdavies_82"),
    ],
)
def test_a_login_that_stays_as_it_was(text: str, value: str) -> None:
    assert ("username", value) in found(text)


def test_the_staying_word_is_no_login() -> None:
    assert ("username", "reste") not in found("Votre identifiant reste pierre.m44 pour le portail")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Let op: de code 5521 kwam niet van ons, wij vragen nooit om codes.", "5521"),
        ("Le code 6402 ne vient pas de nous, ne le donnez jamais", "6402"),
        ("I gave the code 3318 to the man on the phone", "3318"),
        ("J'ai donné le code 7730 au faux conseiller", "7730"),
        ("Ik gaf de code 4419 door aan een zogenaamde medewerker", "4419"),
        ("na het ingeven van de cose 604113 bleef het scherm wit", "604113"),
    ],
)
def test_a_code_said_to_fail_come_from_no_one_or_be_handed_on(text: str, value: str) -> None:
    assert [kind for kind, found_value in found(text) if found_value == value] in (["otp"], ["pin"])


@pytest.mark.parametrize(
    "text",
    [
        "De koppeling gaf CODE 7970 op 01-12-2025, wat betekent dat?",
        "error code 1234 did not work out as a search term",
        "ww is coffee2930",
    ],
)
def test_an_error_s_code_or_a_word_like_a_slip_is_no_code(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("otp", "pin")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("They shared all my details including my phone number 2125550143.", "2125550143"),
        ("Graag bellen: 030 2196556, ik ben thuis na vijven", "030 2196556"),
        ("A verification code will be sent to 6175550199 in a minute", "6175550199"),
    ],
)
def test_a_phone_named_as_one_s_own_without_a_colon_or_a_call_asked_on_it(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_company_s_line_to_call_stays_the_company_s() -> None:
    assert not [kind for kind, _ in found("Voor vragen graag bellen naar 020 515 8800") if kind == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Graag betalen op BE71 0961 2345 6769 met mededeling +++090/9337/55493+++ vóór vrijdag",
        "Merci d'indiquer la communication ***090/9337/55493*** lors du virement",
        "betaald met mededeling 0090 9337 5549 3012, zie bijlage",
        "Onderwerp: Aanmaning 0810870043",
        "Subject: Reminder 0442692704",
    ],
)
def test_a_payment_s_communication_or_a_reminder_s_number_is_no_phone(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Still stuck? Call us on +1 415 555 0142. Dana",
        "Questions? Call +1 415 555 0142, Mon-Fri 9am-5pm.",
        "Kind regards,\n> Customer Support, Ledgerly HR\n> T: +1 415 555 0142 | ledgerly.example",
        "ik heb mijn loon niet gekregen en niemand neemt op op +32 3 201 44 00",
        "Cordialement,\n> Service Recouvrement Nordia\n> Tél. 02 270 78 31",
        "Met vriendelijke groet,\n> Dienst Invordering Kredo\n> T 02 654 87 45",
    ],
)
def test_a_company_s_line_by_us_its_hours_its_desk_or_nobody_answering(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("please call us back on 415-555-0143 when you can", "415-555-0143"),
        ("Claim 2024/700704 is assigned. Your adjuster will reach out at 1-312-283-0620", "1-312-283-0620"),
        ("call me on +1 415 555 0142 after 5pm", "+1 415 555 0142"),
    ],
)
def test_a_household_s_or_a_person_s_north_american_number_stays_theirs(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_staff_number_s_short_label_after_a_login_link_is_no_login_pair() -> None:
    findings = found("Ik log in op https://portaal.example.nl/login. Pers.nr K40117\n\nGroet, Sam")
    assert ("customer_number", "K40117") in findings
    assert not [kind for kind, _ in findings if kind in ("username", "password")]


def test_a_login_pair_after_a_login_word_is_still_one() -> None:
    pair = [("username", "jdevries84"), ("password", "Zomer2024!")]
    assert found("inloggen met jdevries84 en Zomer2024!") == pair


@pytest.mark.parametrize(
    "text",
    [
        "wachtwoord Tulp72 en dan krijg ik PAY_DECLINED_37. Wat doe ik fout?",
        "password Hazel!881 and then it says LOGIN_LOCKED_3",
    ],
)
def test_an_error_in_capitals_and_underscores_after_a_password_is_none(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "password" and "_" in value]


@pytest.mark.parametrize("text", ["Meter point 096245354.", "Supply point 089.536.168 since May"])
def test_a_meter_point_s_number_is_no_phone(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("LE CODE DE VÉRIFICATION 8KQT41 NE FONCTIONNE PAS", "8KQT41"),
        ("MIJN SMS-CODE WAS 5RW7TB MAAR DIE WERKT NIET MEER", "5RW7TB"),
    ],
)
def test_a_code_drawn_in_capitals_in_a_message_written_in_capitals(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_message_in_capitals_keeps_its_address_whole() -> None:
    text = "PLEASE SEND IT TO 14 MARKET STREET, LEEDS, LS1 6DT THANKS"
    assert ("address", "14 MARKET STREET, LEEDS, LS1 6DT") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [("the admin code on the terminal is 70357", "70357"), ("code admin du boîtier : 4471", "4471")],
)
def test_an_admin_code_is_kept_like_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("mon mot d passe c'est tartine44 mais ça marche pas", "tartine44"),
        ("mot de apsse: Lapin2015@", "Lapin2015@"),
    ],
)
def test_mot_de_passe_with_a_slip_in_its_small_words(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("changed my nework password to Qv7rTz91mLx and now the thermostat is offline", "Qv7rTz91mLx"),
        ("newtork LINKSYS-3C1D key pqrV-XY19-wB7T", "pqrV-XY19-wB7T"),
        ("wofi key HHF3socWFBEAF", "HHF3socWFBEAF"),
    ],
)
def test_a_network_or_wifi_typed_fast_names_a_wifi_key(text: str, value: str) -> None:
    assert ("wifi_key", value) in found(text)


def test_a_city_written_as_one_word_is_no_network() -> None:
    assert ("password", "Zomer2024!") in found("I moved to newyork, password Zomer2024!")


def test_an_account_named_by_small_words_joined_with_an_underscore() -> None:
    assert ("username", "wp_kx4471") in found("Account wp_kx4471 is geblokkeerd sinds vanochtend")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("the PIN of the card linked to the account is 4471", "pin", "4471"),
        ("le code PUK de la carte SIM liée à mon compte est 12345678", "puk", "12345678"),
        ("code pin compte 4471", "pin", "4471"),
        ("pincode account 4471", "pin", "4471"),
        ("password account: Zomer2024!", "password", "Zomer2024!"),
        ("de pincode van de kaart bij het account is 4471", "pin", "4471"),
    ],
)
def test_an_account_named_after_a_secret_s_cue_says_whose_it_is(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_an_account_s_number_after_another_sentence_stays_the_account_s() -> None:
    text = "the sim is locked. puk on the card is 87175935. doesn't work. account 40574376"
    assert ("customer_number", "40574376") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Tokens keep expiring. Bearer tkoen was Qw8RtY2uIo9PaS3dFg4HjK5l", "Qw8RtY2uIo9PaS3dFg4HjK5l"),
        ("de API otken staat in een mailtje: hx81Kp0qLmN2vB7cX4zR9sT3", "hx81Kp0qLmN2vB7cX4zR9sT3"),
    ],
)
def test_a_token_typed_fast_is_read_as_a_token(text: str, value: str) -> None:
    assert ("token", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Meter point 096.245.354.\n\nYours faithfully", "096.245.354"),
        ("Groetjes,\nLotte\n(kandidaatnr K448812)", "K448812"),
    ],
)
def test_a_meter_point_or_a_candidate_by_its_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn lgin is jef_1987, het huidige wachtwoord weet ik niet", "jef_1987"),
        ("mon indentifiant est marc_77", "marc_77"),
    ],
)
def test_a_login_s_cue_with_a_letter_dropped_or_added(text: str, value: str) -> None:
    assert ("username", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("5992 Oak Street, Apt 4B\nColumbus, OH 43215\nhome: 4046630723", "4046630723"),
        ("born November 22, 1951 and phone 6463864717", "6463864717"),
        ("my account was taken over, whatsapp 4156816234", "4156816234"),
    ],
)
def test_a_north_american_number_under_a_bare_phone_word_or_a_home_label(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_company_s_phone_line_stays_unlabelled() -> None:
    assert not [kind for kind, _ in found("call our phone line 0800 123 4567 for help") if kind == "phone"]


def test_a_second_code_in_two_groups_after_the_first() -> None:
    text = "I got a text with code 530917, which had expired. A second one (284 660) didn't work either."
    assert ("otp", "284 660") in found(text)
