"""Round 47: health care, pharmacies and public transport; cars, parking and fintech read (their development
halves): a parking permit's, a keypad's and a gate's code, an OV-chipkaart's digits, logins met again, a
password told apart from the wifi's key, a company's line typed in haste, and the numbers that are no one's
(a fine's, a parcel's, a mileage, an amount, an appliance's model)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Carte visiteur : le code 2922 ne fonctionne plus. Né le 1972-10-13", "2922"),
        ("Carte visiteur : le code 47905 ne fonctionne plus.", "47905"),
        ("Bezoekersvergunning: de meldcode 178325 werkt niet meer, wat nu?", "178325"),
        ("Visitor permit: the code 4417 no longer works at the meter.", "4417"),
        ("De keycode van het kastje bij de apotheek (afhaalkluis) werkt niet: *7764.", "*7764"),
        ("toegangscode van de poort: *3920. Thx", "*3920"),
        ("toegangscode van de poort: 7684# dank je!", "7684#"),
        (
            "Updating payment card: 5586.5603.3864.1842, exp 05-25, CVV 915.\n\n"
            "Exit barrier won't take the code 2179. Ticket #964123",
            "2179",
        ),
    ],
)
def test_the_code_of_a_permit_a_keypad_a_gate_or_a_barrier_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bezoekersvergunning aangevraagd, ik kreeg per sms de code 482913 maar die werkt niet", "482913"),
        ("Visitor permit paid by card 4111 1111 1111 1111, the text code 5521 never arrived", "5521"),
    ],
)
def test_a_code_sent_for_a_permit_stays_a_code_sent(text: str, code: str) -> None:
    assert ("pin", code) not in found(text)


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("In de app inloggen met inès_9630 lukt niet, wachtwoord b2k$j8$FrS=#n wordt geweigerd", "inès_9630"),
        ("Can't log into the app with céline_8899, password 1SRFLgVzOEYhw-H1 rejected", "céline_8899"),
    ],
)
def test_a_login_name_with_a_name_s_accents(text: str, user: str) -> None:
    assert ("username", user) in found(text)
    assert user not in _kinds(text, "password")


@pytest.mark.parametrize(
    ("text", "user"),
    [
        (
            "Gebruikersnaam = wout.garcia7 , wachtwoord = Appel_16rocket. Ook al geprobeerd wout.garcia7 met "
            "hoofdletters. Wachtwoord nog een keer: Appel_16rocket",
            "wout.garcia7",
        ),
        (
            "Gebruikersnaam = i.dubois , wachtwoord = monkey&Soleil18. Ook al geprobeerd i.dubois met "
            "hoofdletters. Wachtwoord nog een keer: monkey&Soleil18",
            "i.dubois",
        ),
    ],
)
def test_a_login_named_by_its_cue_and_tried_again_stays_a_login(text: str, user: str) -> None:
    assert user not in _kinds(text, "password")
    assert _kinds(text, "username") == [user, user]


def test_a_password_tried_in_small_letters_stays_a_password() -> None:
    text = "• Inloggen met Rozen1948! lukt niet, ook niet met kleine letters."
    assert ("password", "Rozen1948!") in found(text)


def test_a_login_said_before_the_sentence_s_own_mark() -> None:
    assert ("username", "anouk_devr475") in found("pincode 7901, ik log in als anouk_devr475! Thx #NS")


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("wifi paswoord bbwSypkRetAAzikQVhQ. wachtwoord Monkey_13rocket en zie de site", "Monkey_13rocket"),
        (
            "clé WPA: hxzkpTGahMFyCPM et numéro 0853.381.568, mon mot de passe est Konijn_18oranje. Merci",
            "Konijn_18oranje",
        ),
        ("hey WPA2 key: JP15PFC6V4\nmy password is Zomer4426@ thanks", "Zomer4426@"),
        ("Bonjour, mon mot de passe est Lente8950=\nclé WPA: PABXHSA5QWXKZGWB\nBonne journée", "Lente8950="),
    ],
)
def test_a_password_told_apart_from_the_wifi_s_key_is_the_customer_s(text: str, password: str) -> None:
    assert ("password", password) in found(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Gasten-wifi kantoor: wachtwoord 7qun9g7j98w4n (netwerk Kantoor_5G).", "7qun9g7j98w4n"),
        ("Library wifi: netork BTHub6-Q2W9, password ASq33xv7PmBD4. Doesn't work", "ASq33xv7PmBD4"),
    ],
)
def test_the_wifi_s_password_after_its_network_s_name_stays_its_key(text: str, key: str) -> None:
    assert ("wifi_key", key) in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Vergeten uit te checken op 14 juli om 10:10. Kaart 3528445080960028. Bel me", "3528445080960028"),
        ("maar kaart 3528-1818-9480-0056 laat nog vol tarief zien.", "3528-1818-9480-0056"),
    ],
)
def test_an_ov_chipkaart_s_number_by_its_first_digits(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_jcb_card_paid_with_stays_a_card() -> None:
    assert ("card", "3528 4450 8096 0028") in found("Paid with my JCB card 3528 4450 8096 0028, exp 09/27")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Resident permit application, reg 8YVR003. Old permit numbr PD61636083.", "PD61636083"),
        ("Old perrmit number 7601253.", "7601253"),
        ("Hello Athlon, agreement numbre LC-8570-860808. My lease car was damaged", "LC-8570-860808"),
        ("Nieuwe kaart aangevraagd, oude was *****862. zorgpas nr R87395743", "R87395743"),
    ],
)
def test_a_permit_s_an_agreement_s_and_a_health_card_s_number_typed_in_haste(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_word_that_ends_in_the_cue_is_no_value_of_it() -> None:
    text = "3x foute pincode, nu vraagt hij de PUK. Simkaart-PUK is 12302376 volgens de brief."
    assert found(text) == [("puk", "12302376")]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour\n\n> Cordialement,\n> Manon\n> Service clientèle MOBIB\n> 070 23 2000",
        "Met vriendelijke groeten,\n>Els\n>Klnatendienst Doktr\n>03 808 33 44",
        "Cordialement,\n> Aurélie\n> Service clienètle TEC\n> 081 25 35 55",
        "> Beste Lotte. Tot 12:50 zijn we ook telefonisch bereikbaar op 071 751 00 52. ^LS\n",
    ],
)
def test_a_company_s_line_under_its_desk_or_as_where_it_is_reached(text: str) -> None:
    assert found(text) == []


def test_a_customer_s_own_card_named_outside_a_desk_s_line_stays_their_number() -> None:
    assert ("customer_number", "202417") in found("Bonjour,\nMa carte MOBIB 202417 ne fonctionne plus.")


@pytest.mark.parametrize(
    "text",
    [
        "hangt al 37 uur. Transactie-id 522e530fdee3251735be2de221453341",
        "Mileage at drop-off was 120630 miles. New phone, the app wants an activation code",
        "> Bonjour Sarah, l'amende PV 0615185286 a été annulée.",
        ">Dag An, de boete 0617826254 werd geannuleerd.",
        "> Dag Sofie, de boete 27412564 werd geannuleerd. PUK gevraagd?",
    ],
)
def test_a_transaction_s_id_a_mileage_and_a_fine_s_number_are_no_secret_and_no_phone(text: str) -> None:
    assert found(text) == []


def test_a_postcode_s_letters_are_no_fine() -> None:
    text = "Van Goghlaan 226-2\n2068 PV HAARLEM\nT +31 (0)6 66125085\nKvK 70798958"
    assert ("phone", "+31 (0)6 66125085") in found(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Je suis allé à la banque et j'ai donné mon code PIN 250553. 47819 € ont disparu.", "47819"),
        ("carte bancaire 374626506413434\n405,- euro - cryptogramme 088! Merci d'avance.", "405"),
    ],
)
def test_an_amount_beside_a_code_or_a_card_is_no_code(text: str, amount: str) -> None:
    assert all(amount not in value for _, value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Card 4111 1111 1111 1111 blocked. Someone called asking for the text code 4543. Is that legit?",
        "Address Flat 12B, 220 Albert Street, Cardiff, CF10 1EP.\nI got the code 4543 but it fails.",
    ],
)
def test_a_code_texted_or_beside_a_town_is_no_card_s_security_code(text: str) -> None:
    assert ("otp", "4543") in found(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("kaart laat nog vol tarief zien. Bel 050-6404062 of mail youssef.elamrani@gmail.com", "050-6404062"),
        ("laat nog vol tarief zien. Bel (035) 341 1844 of mail sophie_devries@outlook.com", "(035) 341 1844"),
    ],
)
def test_a_number_to_call_offered_with_a_person_s_own_address_is_theirs(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


def test_a_number_to_call_offered_with_a_desk_s_mailbox_stays_the_company_s() -> None:
    assert _kinds("Vragen? Bel 050-6404062 of mail support@bedrijf.nl", "phone") == []


def test_a_bsn_named_stays_a_bsn_whatever_landline_it_starts_like() -> None:
    assert ("bsn", "034474390") in found("ik kreeg code 674 022. BSN 034474390 Thx")


def test_a_belgian_landline_with_no_bsn_named_stays_a_phone() -> None:
    assert ("phone", "034474390") in found("Bel me gerust, mijn vaste lijn is 034474390")


def test_a_login_said_after_a_password_in_its_sentence_stays_a_login() -> None:
    text = "mijn wachtwoord is Panda_78koekje en ik log in als sanne_brow218\nAlvast bedankt."
    assert sorted(found(text)) == [("password", "Panda_78koekje"), ("username", "sanne_brow218")]


def test_a_password_changed_after_a_login_name_stays_a_password() -> None:
    text = "Mijn inlognaam hvandenberg, wachtwoord was evqh7620SE maar ik heb het gewijzigd naar sbxg3334"
    assert ("password", "evqh7620SE") in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ik heb je limdaatschap 87917626 bekeken.", "87917626"),
        ("not what the email said. cstomer no 5133-2434-58 - box was missing", "5133-2434-58"),
    ],
)
def test_a_membership_and_a_customer_s_number_typed_in_haste(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("The courier called the wrong number, mine is (0131) 496 7475. Order EOTA0597.", "(0131) 496 7475"),
        ("Le livreur a appelé le mauvais numéro, le mien c'est le 02 668 18 04. Merci", "02 668 18 04"),
        ("op Prinsengracht 114B, mijn gsm is 0031 6 4496 4065 2FA code 562 646 komt pas", "0031 6 4496 4065"),
    ],
)
def test_the_customer_s_own_number_against_another_or_before_a_word_s_digit(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "@DPD_BE pakje 0645077092 staat al een week op 'in behandeling'",
        "> Bedankt. Voor vragen: 02 723 23 45. Mvg, Lies",
        "Joyce\n> Service Clinets Mobile Vikings\n> 03 808 09 09\n\nCe courriel a été analysé",
    ],
)
def test_a_parcel_s_number_and_a_company_s_line_for_questions_are_no_one_s_phone(text: str) -> None:
    assert _kinds(text, "phone") == []



def test_a_meter_s_reading_told_when_it_was_read_is_no_code() -> None:
    assert found("The code never arrived. Meter reading at check-out was 443456, yet you charged $45.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Warmtepomp geeft E013 en de binnenunit (ZAPPI-2H07UW) tikt. Garantie tot 2017. Contract 45729.",
        "Warmtepomp geeft 0x80070005 en de binnenunit (SE5000H-RW000BNN4) tikt. Mijn wachtwoord klopt wel.",
    ],
)
def test_a_home_appliance_s_model_in_brackets_is_no_password(text: str) -> None:
    assert _kinds(text, "password") == []
