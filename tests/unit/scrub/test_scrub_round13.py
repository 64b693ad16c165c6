"""Round 13: a Belgian national register number, the codes a household keeps (alarm, key safe, lock),
codes dictated as words or corrected by a transposition, and a digest named for what it checks."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn rijksregisternummer is 85.07.30-033.28, kan u de volmacht nakijken?", "85.07.30-033.28"),
        ("numéro national: 850730 033 28", "850730 033 28"),
        ("INSZ 85073003328 van mijn moeder", "85073003328"),
        ("Registre nat. 850730-033-28", "850730-033-28"),
        ("born 2001: rijksregister 01.02.03-123.45", "01.02.03-123.45"),
    ],
)
def test_a_belgian_national_number_is_found_in_any_grouping(text: str, value: str) -> None:
    assert ("bsn", value) in found(text)


def test_an_eleven_digit_number_without_the_national_shape_or_name_is_no_national_number() -> None:
    assert not any(kind == "bsn" for kind, _ in found("tracking 85073003328 werd gisteren verstuurd"))
    assert not any(kind == "bsn" for kind, _ in found("85.07.30-033.29 is de referentie"))  # checksum off


@pytest.mark.parametrize(
    "text, value",
    [
        ("de installateur heeft de alarmcode op 6642 laten staan", "6642"),
        ("code de la porte d'entrée : 48213, le livreur peut monter", "48213"),
        ("the key safe by the back door is 9310, engineer comes Tuesday", "9310"),
        ("sleutelkluisje aan de gevel: code 7751", "7751"),
        ("the code for the smart lock is 302118 until Friday", "302118"),
        ("mon code utilisateur pour le clavier est 2208", "2208"),
    ],
)
def test_the_code_of_a_lock_or_an_alarm_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben opgelicht door een valse medewerker, ik heb de code 482913 doorgegeven",
        "the code 551204 came by text after I closed the front door",
    ],
)
def test_a_code_sent_or_beside_the_dutch_word_door_stays_a_one_time_code(text: str) -> None:
    assert [kind for kind, value in found(text) if value.isdigit()] == ["otp"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("mijn pincode is vijf, twee, nul, negen", "pin", "vijf, twee, nul, negen"),
        ("le code secret c'est quatre deux sept un", "pin", "quatre deux sept un"),
        ("my verification code from the text is one four four two six eight", "otp",
         "one four four two six eight"),
        ("goedemorgen, zeven-drie-nul-acht", "pin", "zeven-drie-nul-acht"),
    ],
)  # fmt: skip
def test_digits_dictated_as_words_after_a_cue_are_its_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_digit_words_in_prose_are_not_a_code() -> None:
    assert found("we hebben een, twee, drie keer gebeld en vier keer gemaild") == []
    assert found("one two three four, the kids counted before the pin machine") == []


def test_a_code_corrected_by_a_transposition_is_the_secret_twice() -> None:
    assert found("oops, it's 5829 not 5892") == [("pin", "5829"), ("pin", "5892")]
    # (six digits without a cue before them are a one-time code's: round 16)
    assert found("sorry 318204 niet 318240") == [("otp", "318204"), ("otp", "318240")]


def test_numbers_that_are_no_transposition_or_an_orders_are_no_correction() -> None:
    assert found("it's 5829 not 6120, the price went up") == []
    assert found("bestelling 48213 niet 48231, sorry") == []


def test_a_digest_named_for_the_firmware_it_checks_is_no_key() -> None:
    digest = "4e1f9a0c2b7d5e3f8a6c1b9d0e2f4a7c5b3d8e1f0a9c6b2d4e7f1a3c5b8d0e2f"
    assert found(f"na de update: SHA256 for firmware 8.11.0 is {digest}, klopt dat?") == []


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "kan inloggen op http://192.168.1.1 met wachtwoord Tk7vQ2mz, de instellingen blijven niet",
            "Tk7vQ2mz",
        ),
        ("I can still log in at http://fritz.box with password pR4nd0mX but nothing saves", "pR4nd0mX"),
        ("De wifi valt weg. Het wachtwoord admin van het modem is Zq81-LmPx", "Zq81-LmPx"),
        ("le mot de passe admin Bx7kQ91p ne marche plus depuis la mise à jour du wifi", "Bx7kQ91p"),
    ],
)
def test_a_password_that_logs_in_to_the_box_is_its_admin_password_not_the_wifi_key(
    text: str, value: str
) -> None:
    assert ("password", value) in found(text)


def test_a_generated_word_of_small_letters_after_a_password_cue_is_the_password() -> None:
    assert ("password", "qkzvbtrmwx") in found("tijdelijk wachtwoord qkzvbtrmwx, graag wijzigen")
    assert found("wachtwoord vergeten, kunnen jullie helpen") == []


def test_also_tried_reads_back_to_the_password_named_sentences_before() -> None:
    text = (
        "Op het briefje staat het wachtwoord: Tulp-Tulp-31. Daarna hebben we ook dit gedaan. "
        "We also tried Tulp-Tulp-13."
    )
    assert ("password", "Tulp-Tulp-13.") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("eSIM lukt niet, activation code K2PX-7QWM-3NDT-88RV wordt geweigerd", "K2PX-7QWM-3NDT-88RV"),
        ("Le code d'activation de la carte est QX4-7PM, il ne passe pas", "QX4-7PM"),
        ("de activatiecode in de brief is 7HQRZ2, waar vul ik die in?", "7HQRZ2"),
    ],
)
def test_an_activation_code_in_groups_of_capitals_and_digits_is_a_one_time_code(
    text: str, value: str
) -> None:
    assert ("otp", value) in found(text)


def test_code_typed_fast_is_still_a_cue_but_an_error_after_code_is_not_a_code() -> None:
    assert ("otp", "551982") in found("de coode is 551982")
    assert ("otp", "551982") in found("cdoe: 551982")
    assert found("betaling geweigerd met code E-4225, wat nu?") == []


def test_a_key_of_several_padded_parts_is_found_whole() -> None:
    key = "AQEr7Tq2Vx9LmPz4Kd8sWn3Yb6Hc1Jf5Rg0Ue=-Nw4Ks8Qp2Lm6Zt9Xv3Bd7Hy1Cj5Fr0Ga=-Pe2Wq"
    assert found(f"welke gebruik ik? de live api key is {key}") == [("api_key", key)]
    assert found(f"LIVE ONE IS {key}") == [("api_key", key)]


def test_a_labelled_key_still_loses_its_label() -> None:
    key = "Xk29fjA0qLm3Zp8Rt5Wv7Yb1"
    assert found(f"in de config: API_KEY={key}") == [("api_key", key)]


def test_a_number_with_its_international_prefix_after_a_code_cue_is_a_phone_not_codes() -> None:
    assert found("de verificatiecode komt niet binnen op 0031 6 2419 1338, al 4 keer") == [
        ("phone", "0031 6 2419 1338")
    ]


def test_a_word_that_judges_the_wifi_or_the_login_is_no_value() -> None:
    assert found("depuis la mise à jour le wifi est pire qu'avant") == []
    assert found("tried it twice and the login failed again") == []


def test_a_home_network_address_in_a_link_is_the_routers_page_but_a_customers_ip_is_found() -> None:
    assert found("I can still log in at http://192.168.1.1 but the settings are not saved") == []
    assert ("ip_address", "81.204.17.9") in found("mijn ip is 81.204.17.9, kunnen jullie dat whitelisten?")
    assert ("ip_address", "192.168.1.20") in found("my laptop has 192.168.1.20 and cannot reach the printer")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Thanks,\nRiley Stone\nMob: 4044085283", "4044085283"),
        ("Kind regards,\nDana Ross\nMobile: (483) 918-2231", "(483) 918-2231"),
        ("Phone: 0113 648 9573\nContact DOB: 20.08.1983", "0113 648 9573"),
        ("The best number to reach me on is 0117 737 8057, ideally after 8", "0117 737 8057"),
        ("mijn nummer nul zes vijf negen negen een twee acht vier vijf",
         "nul zes vijf negen negen een twee acht vier vijf"),
    ],
)  # fmt: skip
def test_a_number_labelled_as_a_phone_is_one_even_in_a_range_no_plan_assigns(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_an_unlabelled_ten_digit_number_is_no_phone() -> None:
    assert found("order 4044085283 shipped yesterday") == []
    assert found("(483) 918-2231 is the reference on the box") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Cordialement,\nLéa Martin\nRue des Tanneurs 14/3\nlea@example.be", "Rue des Tanneurs 14/3"),
        ("> Merci,\n> Hugo\n> Avenue Brugmann 120\n> hugo@example.be", "Avenue Brugmann 120"),
        ("mvg,\nJef\nKerkstraat 12 bus 4\njef@example.be", "Kerkstraat 12 bus 4"),
        ("Cheers,\nSam Hill\n22 Birch Grove\n\n-----Original Message-----", "22 Birch Grove"),
    ],
)
def test_a_street_alone_on_its_line_in_a_signature_is_an_address(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize("text", ["Windows 11\nupdate failed", "Route 66\nwas fun", "Place 2\nstill free?"])
def test_a_capitalised_word_and_a_number_alone_on_a_line_is_no_address(text: str) -> None:
    assert not any(kind == "address" for kind, _ in found(text))


def test_a_password_after_the_admin_account_is_the_boxs_login_not_the_wifi_key() -> None:
    text = "hoe verander ik het wifi wachtwoord? ik log in op http://192.168.1.1 met admin en Kq7vX2pz, niks"
    assert ("password", "Kq7vX2pz") in found(text)


def test_a_dictated_passphrase_keeps_its_digits_and_its_spoken_sign() -> None:
    text = "ik spreek dit in, mijn wachtwoord is Tulp 2011 uitroepteken en het werkt niet"
    assert ("password", "Tulp 2011 uitroepteken") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bij het bestand stond een controlegetal: 3c1a17a8ff359e5339e639f970da83d9, klopt dat?",
        "de controlesom 5387a9624ae6ab09bbc07e9c76819739616855485ce56a6e1b1452b251aaf3e5 klopt niet",
        "la somme de contrôle 14182A5C0909B3F78AD46310A670D47E888CA874 ne correspond pas",
    ],
)
def test_a_digest_named_in_dutch_or_french_is_no_key(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("ff een vraag, ontgrendelcode van mijn telefoon is 6911 voor de reparatie", "6911"),
        ("unlock code for the phone is 903581 if you need it for the repair", "903581"),
        ("vier cijfers: drie, vier, zes, zeven", "drie, vier, zes, zeven"),
    ],
)
def test_a_phones_unlock_code_and_four_digits_said_are_pins(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("I put in 9945 but it keeps saying wrong", "pin", "9945"),
        ("Ik heb 68089 ingetoetst maar hij zegt steeds fout", "pin", "68089"),
        ("J'ai tapé un - un - six - zéro - six, c'est faux", "pin", "un - un - six - zéro - six"),
        ("I entered 483920 from the text but it was rejected", "otp", "483920"),
    ],
)
def test_a_number_keyed_in_and_refused_is_a_code(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_number_keyed_in_and_accepted_is_no_code() -> None:
    assert found("I put in 2024 as the year and it went through fine") == []


def test_a_correction_said_with_actually_is_the_secret_twice_but_two_years_are_not() -> None:
    assert found("Sorry I said 7230, it's actually 7320") == [("pin", "7230"), ("pin", "7320")]
    assert found("I said 2023, it's actually 2032") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("ik heb de code 6R47V gekregen mais ça marche pas", "6R47V"),
        ("@streamz code XYFYD werkt niet?? #storing", "XYFYD"),
        ("Your code to sign in: W06-CMY ^^ is this legit", "W06-CMY"),
    ],
)
def test_a_drawn_code_of_five_characters_or_two_groups_of_three_is_an_otp(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Kaart geblokkeerd na 3x verkeerde pincode. Code 3DS-456. Wanneer kan ik weer betalen?",
     "activation code AB12-CD34-EF56 gets rejected with S0A00 again", "code ERR40 op het scherm"],
)  # fmt: skip
def test_an_error_numbered_like_a_code_is_no_code(text: str) -> None:
    assert not any(value in ("3DS-456", "S0A00", "ERR40") for _, value in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("Het wachtwoord van het modem (niet het wifi) is Tulp-vlinder42.", "Tulp-vlinder42."),
        ("Le mot de passe du modem (pas celui du wifi) est Bruxelles1941*.", "Bruxelles1941*."),
        ("the router password (not the wifi one) is Kx82-pLmq", "Kx82-pLmq"),
        ("hallo daar wifi C285PHJMCS6L admin Tijger9737! als jullie mee willen kijken", "Tijger9737!"),
        ("passcode for the online account is Meadow2016& I'd appreciate a reply", "Meadow2016&"),
    ],
)
def test_a_password_said_not_to_be_the_wifis_or_labelled_admin_or_for_an_account_is_a_password(
    text: str, value: str
) -> None:
    assert ("password", value) in found(text)


def test_the_wifi_key_is_still_the_wifi_key() -> None:
    assert ("wifi_key", "Kx82-pLmq") in found("the wifi password (not the admin one) is Kx82-pLmq")
    assert ("wifi_key", "C285PHJMCS6L") in found("wifi C285PHJMCS6L admin Tijger9737!")


@pytest.mark.parametrize(
    "text, value",
    [
        ("I had the card 4223 7405 6904 3643 cancelled. The three numbers on the back are 9-6-7.", "9-6-7"),
        ("pas 4047 3525 1508 8575, beveiligingscode 5 9 5", "5 9 5"),
        ("carte 4539 1488 0343 6467 exp 04/28 crypto 512", "512"),
    ],
)
def test_a_security_code_said_digit_by_digit_or_called_crypto_is_a_cvv(text: str, value: str) -> None:
    assert ("cvv", value) in found(text)


def test_a_username_after_the_id_a_letter_or_a_game_gives_is_found() -> None:
    assert ("username", "rsmit1946") in found("DE GEBRUIKERS-ID OP DE BRIEF IS rsmit1946, KLOPT DAT?")
    assert ("username", "vortex60664") in found("mn naam in de game is vortex60664, iemand kocht skins")
