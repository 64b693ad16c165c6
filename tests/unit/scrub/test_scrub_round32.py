"""Round 32: hacked accounts, parcels, identity checks and care. A lock's code named lock first; one recovery
code named alone; a session token's encoded padding; a street standing as its own sentence or at a
neighbour's door; a row's next field; identity documents' and patients' numbers; a wallet's recovery
phrase."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Leave it in the shed, the padlock code is 3318.", "3318"),
        ("De hangslotcode is 0772, de sleutel ligt eronder", "0772"),
        ("garage code 5190 if nobody opens", "5190"),
        ("the lockbox code: 8824", "8824"),
        ("no idea anymore, the bike lock code is 2210 or maye 551893", "551893"),
    ],
)
def test_a_lock_s_code_named_lock_first_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_building_code_is_a_set_of_rules() -> None:
    assert not [kind for kind, _ in found("The building code 2021 requires a second exit") if kind == "pin"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Backup code QW7R-KD82-PLX4-7TTM rejected on the new phone", "QW7R-KD82-PLX4-7TTM"),
        ("Herstelcode HV3K-9PLW-ZZ21 werkt niet meer", "HV3K-9PLW-ZZ21"),
        ("recovery code: mk27q-p0ax9\nit says invalid", "mk27q-p0ax9"),
        ("Baccckup code tq4rw-88jkd didn't help", "tq4rw-88jkd"),
        ("Ik heb mijn herstelcode opgeschreven: PLMR-2K8D-QX41. Die is ongeldig", "PLMR-2K8D-QX41"),
        ("J'ai gardé ce code de récupération : 7XQ2-LM4D-PP09. Mais il refuse", "7XQ2-LM4D-PP09"),
    ],
)
def test_one_recovery_code_named_alone_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the recovery code for order 12345678 never arrived",
        "Backup code? I never got one, only the letter from the bank",
    ],
)
def test_no_recovery_code_where_none_follows_its_name(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "otp"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("the browser still holds a session token Zq8uLmP2xRtA7vW3kN5bYc9dEf%3D, can I remove it",
         "Zq8uLmP2xRtA7vW3kN5bYc9dEf%3D"),
        ("Session token Hy7GtR2kLp9QwXz4MnB8vC3sDf%3D%3D too", "Hy7GtR2kLp9QwXz4MnB8vC3sDf%3D%3D"),
    ],
)  # fmt: skip
def test_a_token_s_url_encoded_padding_is_part_of_it(text: str, value: str) -> None:
    assert ("token", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("De bel doet het niet. Rue du Moulin 17", "Rue du Moulin 17"),
        ("Nobody answered the door. Boulevard Anspach 88/3.\nThanks", "Boulevard Anspach 88/3"),
        ("It went to the wrong neighbour, at 31c Holly Grove. They kept it", "31c Holly Grove"),
        ("het pakket is bij de buren op Molenstr. 54 afgegeven", "Molenstr. 54"),
        ("left with my neighbour Tom Hale at 9 Ash Close yesterday", "9 Ash Close"),
        ("They delivered to 12 Mill Lane instead of 14 Mill Lane", "14 Mill Lane"),
        ("In de app staat het adres als Zonnebloem 12-II, Leiden, klopt niet", "Zonnebloem 12-II, Leiden"),
        ("I live at 1203 Oak Ave Apt 4C. Please resend", "1203 Oak Ave Apt 4C"),
    ],
)
def test_a_street_standing_alone_at_a_neighbour_s_door_or_instead_of_another(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Username kim_vos_12 | Last login 02-11-2026 | Device Pixel 8",
        "Gebruikersnaam pieter.k | Laatst ingelogd 3 mei | Apparaat iPhone",
    ],
)
def test_a_row_s_next_field_is_no_password(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "password"]


def test_a_password_after_a_bar_is_still_one() -> None:
    assert ("password", "Lente2024!") in found("login: pieter.k | Lente2024!")


@pytest.mark.parametrize(
    "text, value",
    [
        ("London SE1 9XX?? acount 55102938, email is below", "55102938"),
        ("my accout nr is 7712093", "7712093"),
    ],
)
def test_account_typed_fast_names_a_customer_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik kreeg om 22u14 code 5519, maar het invullen lukt niet", "5519"),
        ("j'ai reçu ce matin un code 771204 que je n'ai pas demandé", "771204"),
        ("The code was six-one-one-nine, I'm reading it off the screen", "six-one-one-nine"),
        ("code is vier acht twee nul, ik lees hem voor", "vier acht twee nul"),
        ("Le code c'est trois un un huit, je vous le lis", "trois un un huit"),
    ],
)
def test_a_code_received_or_read_off_a_screen_is_one_sent(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_pin_read_out_stays_a_pin() -> None:
    assert ("pin", "vier acht twee nul") in found("mijn pincode is vier acht twee nul, ik lees hem voor")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mobile for the courier: 3125550199.", "3125550199"),
        ("can someone call me? 6175550148. Thanks", "6175550148"),
        ("Ze beloofden terug te bellen op 010-4128833. Nooit gebeurd.", "010-4128833"),
    ],
)
def test_a_phone_for_someone_s_use_or_a_call_asked_or_promised(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("My passport number is NW4K8P2L7 and it expires 06/2032", "NW4K8P2L7"),
        ("Paspoortnummer: NT7R2K9D4", "NT7R2K9D4"),
        ("numéro de carte d'identité : 593-2211876-41", "593-2211876-41"),
        ("Document no: 482913377", "482913377"),
        ("NHS number 401 023 2137 and my GP is in Leeds", "401 023 2137"),
        ("DOB 04/05/1979, NHS 943 476 5919", "943 476 5919"),
        ("Hospital Number: R2291847", "R2291847"),
        ("Mijn zorgpas nummer is 20441876", "20441876"),
    ],
)
def test_an_identity_document_s_or_a_patient_s_number_is_a_customer_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_an_identity_document_s_expiry_is_no_card_s() -> None:
    findings = found("My passport number is NW4K8P2L7 and it expires 06/2032")
    assert not [kind for kind, _ in findings if kind == "card_expiry"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("my ID card is fine but the card 4111 1111 1111 1111 expires 03/29", "03/29"),
        ("I had permission to use it. Expires 10 29 according to the card", "10 29"),
    ],
)
def test_a_card_s_expiry_near_a_document_s_name_stays_one(text: str, value: str) -> None:
    assert ("card_expiry", value) in found(text)


def test_the_nhs_line_is_no_patient_s_number() -> None:
    assert not [kind for kind, _ in found("call NHS 111 or your surgery") if kind == "customer_number"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("my seed phrase is: lemon orbit stable candy tiger cloud ocean wagon paper salad window frost. Help",
         "lemon orbit stable candy tiger cloud ocean wagon paper salad window frost"),
        ("herstelzin: appel rivier steen wolk tijger lamp oceaan tuin papier kaars raam bos",
         "appel rivier steen wolk tijger lamp oceaan tuin papier kaars raam bos"),
        ("ma phrase de récupération : pomme rivière pierre nuage tigre lampe océan jardin papier bougie "
         "fenêtre forêt", "pomme rivière pierre nuage tigre lampe océan jardin papier bougie fenêtre forêt"),
    ],
)  # fmt: skip
def test_a_wallet_s_recovery_phrase_is_a_password(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my recovery phrase is lost and the app keeps asking for every single word when opening wallet",
        "Never share your recovery phrase with anyone, our staff will never ask you for these words",
    ],
)
def test_a_sentence_about_the_phrase_is_no_phrase(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "password"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Klantnummer K5512093, IP van onze server 145.232.138.248.", "145.232.138.248"),
        ("the webserver 81.152.110.67 is blocked since Monday", "81.152.110.67"),
    ],
)
def test_a_server_s_address_is_no_version(text: str, value: str) -> None:
    assert ("ip_address", value) in found(text)


def test_a_version_s_number_stays_no_address() -> None:
    assert not [kind for kind, _ in found("after firmware ver 10.2.1.4 it reboots") if kind == "ip_address"]


def test_a_recovery_code_of_capitals_only() -> None:
    assert ("otp", "WQPX-NNRT-ZXLA") in found("Backup code WQPX-NNRT-ZXLA rejected on my new phone")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Emplyee ID P228817 still shows zero hours", "P228817"),
        ("pesroneelsnummer 0071123, loonstrook klopt niet", "0071123"),
        ("Stafff number 0039917 on the form", "0039917"),
        ("Candiate ref INT771203. Any news?", "INT771203"),
        ("maticule Q118204 depuis janvier", "Q118204"),
    ],
)
def test_a_worker_s_number_named_with_a_slip(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [("Login pixel.vos, oud ww k@@s19!, help", "pixel.vos"), ("login galaxy_jan werkt niet", "galaxy_jan")],
)
def test_a_login_that_starts_with_a_device_s_name_and_a_joint(text: str, value: str) -> None:
    assert ("username", value) in found(text)


def test_a_device_s_model_after_a_joint_stays_a_device() -> None:
    assert not [kind for kind, _ in found("login failed on my pixel_8a again") if kind == "username"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Her mobile is 312.410.3895, mine is 2065550187.\n\nThanks", "2065550187"),
        ("Phone for the courier: 2125550143", "2125550143"),
    ],
)
def test_one_s_own_phone_after_another_s_or_for_someone_s_use(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text", ["his account is 4412345, mine is 7184294623.", "wachttijd aan de telefoon (0345 296 9318) al 1u"]
)
def test_mine_without_a_phone_or_a_phone_s_bare_name_names_no_phone(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Met vriendelijke groet,\n\nLies Mertens\nVeldstraatje 18\nKouter 311/4\n\n---", "Kouter 311/4"),
        ("Gedaagde: Bram Claes, Kouter 128/3\nRijksregisternummer volgt", "Kouter 128/3"),
        ("Cité : Julien Morel, Avenue des Tilleuls 87\nN° de registre national", "Avenue des Tilleuls 87"),
        ("Contact: Anne Goossens, Avenue Louise 212 boîte 7, tél 04 706 84 90", "Avenue Louise 212 boîte 7"),
        ("> Jan Peeters\n> Kouter 45 bus 2", "Kouter 45 bus 2"),
    ],
)
def test_a_street_after_a_name_and_a_comma_or_with_a_box_on_its_own_line(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize("text", ["Starts 11/10\nThanks", "Datum 6/4\nBedrag € 14,41"])
def test_a_day_and_a_month_on_their_own_line_are_no_box(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "address"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("l'adresse est rue de la loi 45 1400 nivelles et pas l'ancienne", "rue de la loi 45 1400 nivelles"),
        ("my address is dorpsweg 42-2 5293 eb haarlem\nmy number follows", "dorpsweg 42-2 5293 eb haarlem"),
        ("Tom Maes\nnieuwe binnenweg 138 bis 4702 vq amersfoort\nTel: 06",
         "nieuwe binnenweg 138 bis 4702 vq amersfoort"),
    ],
)  # fmt: skip
def test_a_street_written_small_with_its_postcode_after_a_composite_number(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize("text", ["AGB-code 01012345 van de praktijk", "code INAMI 12345678 du dentiste"])
def test_a_care_provider_s_register_code_is_no_secret(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("otp", "pin")]


def test_tken_is_a_token_s_cue() -> None:
    value = "a7a870911c919b11277beca88f6e380f81052011"
    assert ("token", value) in found(f"tken uit de foutmelding: {value}. request 7731")


@pytest.mark.parametrize(
    "text, value",
    [
        ("de code van de apotheekkluis is 482913", "482913"),
        ("medicijnkluis code 8812, graag vandaag nog", "8812"),
        ("the pharmacy locker code is 4821", "4821"),
    ],
)
def test_a_pharmacy_locker_s_code_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)
