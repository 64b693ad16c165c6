"""Round 27: what agents note for each other and what customers from abroad write. A router's admin password
is a password even where the router is named; a list's item is read alone; a chat export in other shapes
("17:41 - Chatbot - …", "Rhys (14:09): …") is read turn by turn; customer numbers, door codes, card
expiries, birth dates and addresses in the words and formats of Portugal, Poland, Germany, Turkey and
Luxembourg; a company's line under its webcare team and where the customer is asked to call it."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("O router pede password de administrador. Eu meti Lisboa#77 mas não entra.", "Lisboa#77"),
        ("het wachtwoord van de modem-interface is nog altijd Appel123, is dat veilig?", "Appel123"),
        ("mot de passe de l'interface du modem : Soleil!42", "Soleil!42"),
    ],
)
def test_a_router_s_admin_password_named_after_its_cue_is_a_password(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("I changed the wifi password to admin123 yesterday", "wifi_key", "admin123"),
        ("my pin is not my birthday, it's 4821", "pin", "4821"),
    ],
)
def test_an_admin_word_or_a_birthday_in_a_sentence_changes_nothing(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_an_item_of_a_list_is_read_without_the_wifi_of_the_item_before_it() -> None:
    text = (
        "- netwerksleutel op sticker klopt niet, modem gereset\n"
        "- klant heeft zelf zijn pw in de chat gezet (Vos&Vos77)"
    )
    assert ("password", "Vos&Vos77") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wifi gegevens:\n- Netwerk: HomeNet\n- Wachtwoord: Zomer2024!",
        "- SSID: HomeNet\n- Wachtwoord: Zomer2024!",
        "wifi details\n• network HomeNet\n• pw Zomer2024!",
    ],
)
def test_a_list_of_the_wifi_s_own_details_keeps_its_key(text: str) -> None:
    assert ("wifi_key", "Zomer2024!") in found(text)


def test_the_wifi_key_of_the_next_item_is_still_the_wifi_s() -> None:
    text = "• pw reset done / new temp: Quay!8812\n• wifi HomeNet-55 / key tiger-lamp-9981"
    assert ("password", "Quay!8812") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Meu contrato KT5512093, NIF não tenho.", "KT5512093"),
        ("Ich will kündigen. Kd.-Nr. KL99120034, geb. 1980-02-11.", "KL99120034"),
        ("Kliientennummer SUB4410293301, mail", "SUB4410293301"),
        ("numer klienta 88319024, dziękuję", "88319024"),
        ("Fatura çok yüksek! customer C771203344", "C771203344"),
    ],
)
def test_a_customer_number_in_the_words_of_a_customer_from_abroad(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_speaker_named_customer_names_no_customer_number() -> None:
    text = "Bot: Which order is it about?\nCustomer: 844-7342984-3326423\nBot: Thanks"
    assert ("customer_number", "844-7342984-3326423") not in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("depuis BE71 0961 2345 6769, client n° 1.84224809. Merci", "1.84224809"),
        ("sorry, acc no 329914704, mobile below", "329914704"),
    ],
)
def test_a_number_named_as_an_account_s_is_no_bsn_whatever_its_checksum(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Adres: Kouter 12 9000 Gent. Code poort 0863.", "0863"),
        ("Türcode für die Haustür 5049#.", "5049#"),
        ("new password Xq7pLm2vR9, still locked.\nthe door code is 254110*, wifi hfe2-958h", "254110*"),
    ],
)
def test_a_door_code_named_code_first_or_keyed_with_a_star(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_port_after_poort_is_still_no_code() -> None:
    assert found("firewall poort 8080 staat open") == []


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "09:15 - Chatbot - Wat is je PUK-code? Die staat op de houder.\n09:16 - Ilse - 3873 2913\n"
            "09:17 - Chatbot - Dank je.",
            "puk",
            "3873 2913",
        ),
        (
            "Bot (12:55): What's your account number?\nDestiny (12:56): 2614640427\n"
            "--- Conversation transferred to an agent ---\nAgent (12:59): Hi",
            "customer_number",
            "2614640427",
        ),
    ],
)
def test_a_chat_export_in_other_shapes_answers_its_questions(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_code_at_the_time_of_the_call_is_no_number_to_call() -> None:
    assert ("otp", "068456") in found("- cust uses authenticator app, code at time of call 068456")


def test_a_puk_given_after_verification_stays_the_puk() -> None:
    text = "klant vroeg PUK, gegeven na verificatie: 1106 8349 | ID-nr (rijksregister) 520806 826 45"
    assert ("puk", "1106 8349") in found(text)
    assert ("bsn", "520806 826 45") in found(text)


def test_a_puk_and_a_pin_in_capitals_make_no_street() -> None:
    assert found("is ths right? PUK 4099 2513 PIN 237313") == [("puk", "4099 2513"), ("pin", "237313")]


def test_an_application_s_bot_token_called_a_key_is_an_api_key() -> None:
    token = "xoxb-79989984433-339915277683-mN2LpEVeU8W6rRzFcnvxdThz"
    assert ("api_key", token) in found(f"Your API says 401 with my key {token}, what now?")
    assert ("token", "ghp_7UD6pFKokXfDNc25IjeVNlBD0HcrpK8buNY8") in found(
        "key: ghp_7UD6pFKokXfDNc25IjeVNlBD0HcrpK8buNY8 stopped working"
    )


@pytest.mark.parametrize(
    "text, address",
    [
        ("Levering? 72, boulevard Royal, L - 3401 Dudelange. Dank",
         "72, boulevard Royal, L - 3401 Dudelange"),
        ("ik verhuis naar Frankrijk: 1 bis rue Pasteur, 57100 METZ.", "1 bis rue Pasteur, 57100 METZ"),
        ("stary adres w Polsce Rua de Santa Catarina, n.º 150, 8000-138 Faro.",
         "Rua de Santa Catarina, n.º 150, 8000-138 Faro"),
        ("Colis pas reçu. Adresse Menekşe Sok. No:172, Konya. Code", "Menekşe Sok. No:172, Konya"),
        ("previous address Hauptstr. 148, D-48143 Münster.", "Hauptstr. 148, D-48143 Münster"),
        ("Levering? ul. Słowackiego 11 m. 1, 70-410 Szczecin.", "ul. Słowackiego 11 m. 1, 70-410 Szczecin"),
        ("j'habite boulevard d'Avroy 15 bus 5, appelez-moi", "boulevard d'Avroy 15 bus 5"),
        ("ik verhuis naar Duitsland: Aachener Straße 59. gsm", "Aachener Straße 59"),
        ("2. Adres volgens klant: Zuiderdiep 211-2\n/Fatima", "Zuiderdiep 211-2"),
        ("Het oude adres was Zuiderdiep 226, Breda. Mijn", "Zuiderdiep 226, Breda"),
    ],
)  # fmt: skip
def test_an_address_in_a_format_from_abroad_or_named_by_whose_word(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_a_date_after_a_moving_word_is_no_house_number() -> None:
    text = "JE DÉMÉNAGE AU LUXEMBOURG LE 2025-05-08, NOUVELLE ADRESSE: 175, boulevard Royal, L-4001 Esch"
    assert [kind for kind, _ in found(text)] == ["address"]
    assert ("address", "175, boulevard Royal, L-4001 Esch") in found(text)


@pytest.mark.parametrize(
    "text, expiry, cvv",
    [
        ("Cartão / kaart: 4491.4957.9034.3875, válido até 0329, código 940. Sorry", "0329", "940"),
        ("karta 4698 4309 6388 7631, ważna do 0127, CVV 355.", "0127", "355"),
        ("Cartão: 5403 3027 8161 5077, válido até 01.2029, código 766.", "01.2029", "766"),
    ],
)
def test_a_card_s_expiry_and_code_in_the_words_of_a_customer_from_abroad(
    text: str, expiry: str, cvv: str
) -> None:
    assert ("card_expiry", expiry) in found(text)
    assert ("cvv", cvv) in found(text)


@pytest.mark.parametrize(
    "text, date",
    [
        ("My data: born in 26 de fevereiro de 1949, living in Venlo", "26 de fevereiro de 1949"),
        ("1. identification : DDN 12-06-05 + derniers chiffres", "12-06-05"),
        ("> Voor de verificatie: mijn geboortedatum is 22102005", "22102005"),
        ("geboortedatum van mijn zoon: 12-03-2015", "12-03-2015"),
        ("date de naissance de ma fille : 03/05/2016", "03/05/2016"),
    ],
)
def test_a_birth_date_by_its_cue_from_abroad_or_named_with_whose_it_is(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Please update my contact info: cell (569) 463-2884, e-mail below", "(569) 463-2884"),
        (">Madison Miller\n>M: (206) 117-6748\n>madison@example.com", "(206) 117-6748"),
        ("cust calling from other no: 2066142256 instead of the usual", "2066142256"),
        ("callback req on 4152204566, NOT the landline", "4152204566"),
        ("De monteur belt je op +31 6 64825380 voor een afspraak.", "+31 6 64825380"),
        ("j'habite rue de la Station 99, appelez 02 770 59 66", "02 770 59 66"),
        ("You can reach me under 030 30525963 or by mail", "030 30525963"),
        ("We've updated your number to 0201234567. Any questions, call 0800 55 44 33.", "0201234567"),
        ("I'm sending a new code to 4702765698.", "4702765698"),
    ],
)
def test_a_customer_s_phone_by_a_label_a_list_or_a_call_back(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bien à vous,\nSanne\nWebcare Telvia\nT 02 201 48 60 | https://m.telvia.be\nTVA BE 0935.932.518",
        "Votre dossier porte le numéro REF8A6RP9 ; mentionnez-le si vous appelez le 02 579 42 78.",
        "Je zaak is bekend onder KLA-770288; noem dit nummer als je belt met 02 491 76 54.",
        "Kind regards,\nMark Dijkstra\nE: mark.dijkstra@example.nl\nT: 0330 537 5323",
    ],
)
def test_the_company_s_own_line_is_no_customer_s_phone(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "phone"] == []


def test_an_ipv6_address_before_its_port_is_found_without_the_port() -> None:
    text = "router reachable on 2a02:3a6a:7daa:a175:3752:c66d:c8de:1296:22 with port forwarding"
    assert found(text) == [("ip_address", "2a02:3a6a:7daa:a175:3752:c66d:c8de:1296")]


@pytest.mark.parametrize(
    "text",
    [
        "Info:\n1. Bearer 0dd16f8a67b7b0da4a6025f358ddccac6761f1a6 seen in the HAR file\n"
        "2. Checksum firmware 51a0b95900c74d36f3b560bc2d44e76ce4e6afa9ba79a960000a0228fb55f8d4 ok",
        "* fw checsum 258d6b7a51e02f0ca443d9900c60bda1 ok, version iOS 18.4.3",
    ],
)
def test_a_digest_named_nearby_is_no_secret(text: str) -> None:
    values = [value for _, value in found(text)]
    assert not any(value.startswith(("51a0b959", "258d6b7a")) for value in values)


def test_a_token_named_a_few_words_before_it_stays_a_token_beside_a_digest() -> None:
    text = "Token voor de API van de batterij: 77f0c053c5f8f9fbb00cf9548be943c74acf5cc3. Checksum klopt niet"
    assert ("token", "77f0c053c5f8f9fbb00cf9548be943c74acf5cc3") in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("abi ik krijg die sms code niet, wel een andere: G-11788475. is die goed?", "otp", "G-11788475"),
        ("cust# 304.020.962 / pw reset gedaan / nieuw tijdelijk: KAAS204\n4. CC", "password", "KAAS204"),
        ("Nationalregisternummer 671218 882 69, Geburtsdatum 17.9.2001", "bsn", "671218 882 69"),
        ("Klantnummer\n12345678\nFactuurdatum\n01-02-2025", "customer_number", "12345678"),
    ],
)
def test_smaller_shapes_of_round_27(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_label_on_its_own_line_takes_no_prose_after_it() -> None:
    assert found("Uw klantnummer\nstaat bovenaan de factuur") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("wifi BTHub6-X7QZ / sleutel gfqvsgaeje - klant wil dit wijzigen", "gfqvsgaeje"),
        ("netwerksleutel op sticker (ysesyaxfmh) werkt niet, modem gereset", "ysesyaxfmh"),
        ("My ntework HomeNet-7A3C1 with key mp9uu9cwmv suddenly disappeared", "mp9uu9cwmv"),
    ],
)
def test_a_key_of_letters_drawn_at_random_or_a_network_typed_fast(text: str, value: str) -> None:
    assert ("wifi_key", value) in found(text)


@pytest.mark.parametrize(
    "word", ["wachtwoord", "klantenservice", "internetverbinding", "appartement", "téléphone"]
)
def test_a_word_of_running_text_is_no_key_drawn_at_random(word: str) -> None:
    assert found(f"wifi sleutel {word} werkt niet") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("wachtwoord is hoofdletter T tulp 2024 uitroepteken", "hoofdletter T tulp 2024 uitroepteken"),
        ("password is capital J jan underscore 88", "capital J jan underscore 88"),
        ("wachtwoord is Jan streepje 88 en gebruikersnaam jan88", "Jan streepje 88"),
        ("mijn wachtwoord is zomer twintig vierentwintig", "zomer twintig vierentwintig"),
        ("mon mot de passe c'est majuscule M moules 5 8 point d'exclamation virgule merci",
         "majuscule M moules 5 8 point d'exclamation"),
    ],
)
def test_a_password_dictated_with_its_signs_or_digits_said_is_found_whole(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text", ["het wachtwoord is hoofdletter gevoelig", "op de wifi is het precies een slakkengang."]
)
def test_words_about_a_password_are_no_dictated_password(text: str) -> None:
    assert found(text) == []
