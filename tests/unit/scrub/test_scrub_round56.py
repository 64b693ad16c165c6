"""Round 56: airlines, transit cards, student finance, gaming, solar installers and garages; opticians,
dentists, parking, energy suppliers, tax offices, libraries and wedding venues read (their development
halves): a valid IBAN ends a key's window; a wifi key and fields after it own no later password cue; a
phone's unlock code; an itsme code of six digits; a login issued as digits in groups; a library card's and a
patient's numbers in brackets; a student loan's CRN; a bare "overeenkomst"; a French street with its comma;
a parcel's return address; "te bereiken op"; the tax office's machtigingscode; expiry words typed in haste;
"aanmeldnaam"; a login before its old password; the lines customers ask to be reached on; a service's line;
a network told right before its key."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        (
            "DOB 02-03-1981 - WPA key Tulip8842 - bank details: GB33 BUKB 2020 1555 5555 55",
            "GB33 BUKB 2020 1555 5555 55",
        ),
        (
            "WPA key Hond77!!, mail me op a.visser@ziggo.nl, terugboeken naar NL91ABNA0417164300 graag",
            "NL91ABNA0417164300",
        ),
    ],
)
def test_a_valid_iban_after_a_wifi_key_is_an_iban_not_more_of_the_key(text: str, iban: str) -> None:
    assert ("iban", iban) in found(text)
    assert not any(iban[:4] in key for key in _kinds(text, "wifi_key"))


def test_a_short_password_cue_after_the_wifi_key_and_other_fields_is_the_account_s() -> None:
    text = (
        "WPA key Chelsea388!!, mail me op femke@kpnmail.nl, terugstorten naar NL91ABNA0417164300, "
        "ww Mossel77! aub"
    )
    assert "Mossel77!" in _kinds(text, "password")
    assert "Chelsea388!!" in _kinds(text, "wifi_key")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Toestel ingeleverd voor reparatie; ontgrendelcode telefoon 482913; bel me op 06 12345678",
            "482913",
        ),
        ("gegevens: SN7343050 - ontgrendelcode telefoon 8065", "8065"),
        ("code de déverrouillage du téléphone : 0641 - wifi Proximus clé chat0407sol", "0641"),
    ],
)
def test_an_unlock_code_after_the_phone_s_noun_is_its_pin(text: str, code: str) -> None:
    assert code in _kinds(text, "pin") and code not in _kinds(text, "otp")


def test_an_unlock_code_s_phone_noun_does_not_swallow_a_phone_number() -> None:  # guard
    text = "ontgrendelcode telefoon 0612 345678"
    assert not _kinds(text, "pin") and _kinds(text, "phone")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mdp Zx81!kq2, code itsme 73920481, et toujours erreur 76", "73920481"),
        ("paswoord Brugge1809&, itsme-code 835-539, en toch PK-083", "835-539"),
    ],
)
def test_an_itsme_code_of_six_digits_or_more_is_one_time(text: str, code: str) -> None:
    assert code in _kinds(text, "otp")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ik heb mijn itsme code 737032 gegeven aan iemand die belde", "737032"),
        ("Mijn itsme-code is 84603 maar het werkt niet", "84603"),
    ],
)
def test_the_customer_s_own_itsme_code_stays_a_pin(text: str, code: str) -> None:  # guard
    assert code in _kinds(text, "pin")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        (
            "My Government Gateway user ID is 5521 0093 7741 and the password pluto36 does not work",
            "5521 0093 7741",
        ),
        ("Router: 192.168.0.12 (port 22), login 3839 5998 7092 / Sunshine02@", "3839 5998 7092"),
        ("Dag Bram, je gebruikersnaam is 8850 3445 0082 en de resetlink is verstuurd", "8850 3445 0082"),
    ],
)
def test_a_login_issued_as_digits_in_groups_is_one_username(text: str, login: str) -> None:
    assert login in _kinds(text, "username")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn lidkaart van Bibliotheek Brugge (2926 1119 0936) is geblokkeerd", "2926 1119 0936"),
        ("mijn lidkaart van bib leuven (29346499805695) werkt niet meer", "29346499805695"),
        ("Ma carte de lecteur Bibliothèque de Namur (9811 0728 9899) est bloquée", "9811 0728 9899"),
        ("Please update the address on file (patient P3872180). Thanks", "P3872180"),
        ("Student Finance hasn't paid my loan. CRN 2683863081, new bank details below", "2683863081"),
        ("My club number is BA 58214304 and avios are missing", "BA 58214304"),
        ("Toujours pas de réponse. N° clnt C-5962279 #serviceclient", "C-5962279"),
    ],
)
def test_a_library_card_s_a_patient_s_and_a_loan_s_numbers_are_customer_numbers(
    text: str, value: str
) -> None:
    assert value in _kinds(text, "customer_number")


def test_a_bare_agreement_word_in_dutch_names_no_customer_number() -> None:
    text = "Het juiste nummer staat hieronder.\nOvereenkomst ORD-2025-08471.\n\nGroeten"
    assert not _kinds(text, "customer_number")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Votre valise est retrouvée. Livraison au 148, Rue de l'Église le 3/7.", "148, Rue de l'Église"),
        ("adresse de livraison 19, Rue Haute\n\nMerci", "19, Rue Haute"),
        ("Het pakket is kapot. Retour naar Laan van Meerdervoort 204-hs.", "Laan van Meerdervoort 204-hs"),
    ],
)
def test_a_french_street_after_its_number_and_comma_and_a_return_address(text: str, street: str) -> None:
    assert street in _kinds(text, "address")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Ik ben te bereiken op 03 579 37 81.\n\nGroeten", "03 579 37 81"),
        ("Please confirm by phone on 4157479792", "4157479792"),
        ("The code expired. Can you resend to 3032363792?", "3032363792"),
        ("Someone from the council called from 4154898079 asking for the text code", "4154898079"),
        ("Cal me: 9199090149", "9199090149"),
        ("Rendez-vous le 3/11 à 18h. Nous avons noté votre GSM 02 892 94 10. L'équipe", "02 892 94 10"),
        ("Hi Nina, we'll call you tomorrow between 1:00pm and 10:05pm on 4155240646. Thanks", "4155240646"),
        ("Hoi Femke, we bellen je morgen tussen 9:45 en 11:00 op 0113 682 2426. Groetjes", "0113 682 2426"),
    ],
)
def test_the_line_a_customer_asks_to_be_reached_on_is_a_phone(text: str, phone: str) -> None:
    assert phone in _kinds(text, "phone")


@pytest.mark.parametrize(
    "text",
    [
        "Login: user7, numéro client 84.663.626, service 02 407 36 14",
        "carte de crédit refusée, serivce 02 643 25 96, merci",
        "Call us between 9am and 5pm on 0800 123 4567.",  # (a time window before the company's own line)
    ],
)
def test_the_service_named_before_a_number_is_the_company_s_line(text: str) -> None:
    assert not _kinds(text, "phone")


def test_the_tax_office_s_machtigingscode_is_a_one_time_code() -> None:
    text = "De machtigingscode die ik per post kreeg (K41RT7QZ) is al verlopen."
    assert "K41RT7QZ" in _kinds(text, "otp")


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        ("kaart 377827302965364 gelig tot 0231 cvc 040", "0231"),
        ("Carte 4722 1603 2510 8208, expre 1227, CVC 887.", "1227"),
        ("kaart 3452-666536-94621 gedig tot 0227 cvc 186", "0227"),
    ],
)
def test_an_expiry_word_typed_in_haste_after_a_card(text: str, expiry: str) -> None:
    assert expiry in _kinds(text, "card_expiry")


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("PUK-code: 98608421\naanmeldnaam dvermeulen\npoort 3478", "dvermeulen"),
        ("Mijn account is gehackt, login tpeeters, oud paswoord Yoqvxd904%. Help", "tpeeters"),
    ],
)
def test_aanmeldnaam_and_a_login_before_its_old_password_name_a_username(text: str, login: str) -> None:
    assert login in _kinds(text, "username")


def test_a_word_tried_before_an_old_password_is_no_login() -> None:  # guard
    text = "i tried everytihng, old password KED347i!, new paswsord Wi8xx!!"
    assert not _kinds(text, "username")


@pytest.mark.parametrize(
    ("text", "key", "network"),
    [
        (
            "Routeur : 192.168.1.184\nWifi : Ziggo5G-8821 / Kasteel_4482#\n\nDepuis lundi",
            "Kasteel_4482#",
            "Ziggo5G-8821",
        ),
        (
            "Het wifi-netwerk van de bib is Ziggo5G-7710, paswoord i0JE8bPEu90oGE. Groet",
            "i0JE8bPEu90oGE",
            "Ziggo5G-7710",
        ),
        (
            "Hi Harry, the wifi in the barn is Ziggo5G-8821 / Bienvenue_4026#. Enjoy",
            "Bienvenue_4026#",
            "Ziggo5G-8821",
        ),
    ],
)
def test_a_network_told_right_before_its_key_is_no_secret(text: str, key: str, network: str) -> None:
    assert key in _kinds(text, "wifi_key")
    assert not any(network in value for _, value in found(text))
