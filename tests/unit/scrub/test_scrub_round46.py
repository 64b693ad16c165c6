"""Round 46: pets, moving, storage and culture; marketplaces, e-commerce and business insurance read (their
development halves): a pet's microchip, a library's pass, an API client's id, a policy by its cover, a
storage box's code, a signature's line with its area code in brackets, a number in North America's shape,
a login's place before a pair, a wifi key of words, digits said after a code sent, and the words that are
no secret (a seller's account, an elided article, an error's constant)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hond Bobbie verhuisd, Chipnummer: 528 2100 1234 5678, graag aanpassen.", "528 2100 1234 5678"),
        ("New owner for Luna. Microchip: 826098765432101\nThanks", "826098765432101"),
        ("Changement d'adresse pour Caramel, N° de puce : 056-123456789012.", "056-123456789012"),
        ("Cihpnummer 528-140000123456 staat nog op het oude adres", "528-140000123456"),
    ],
)
def test_a_pet_s_microchip_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ik ben mijn bibpas 2 3411 02938 4471 kwijt, kan die geblokkeerd worden?", "2 3411 02938 4471"),
        ("My library card L20447913 is still blocked after I paid the fine.", "L20447913"),
        ("Ik heb je pas L55012345 geblokkeerd, een nieuwe kost 5 euro.", "L55012345"),
        ("I've cancelled card L77008812, the replacement is at the desk.", "L77008812"),
        ("Mijn vriendenpas VR300412 doet het niet bij de kassa", "VR300412"),
    ],
)
def test_a_library_s_or_a_friends_pass_by_its_name(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The job card ORD5512903 says the brakes were done.",  # an order's card
        "mijn cadeaukaart GC12345678 werkt niet",  # a gift card's code, another writer's product code
        "c'est 770720 et pas G-870721",  # a French "pas"
    ],
)
def test_a_card_s_lettered_number_only_where_the_card_is_the_customer_s(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Our setup:\nClient ID: maria.jansen4\nAPI key: sk_live_9bX2mQ7rT4vW8yZ1aC3eF5gH", "maria.jansen4"),
        ("Paramètres :\nClient ID : boutique_lucie\nClé API : live_Qw8Er7Ty6Ui5Op4As3Df2G", "boutique_lucie"),
        ("Gegevens:\nClient-ID: DeVriesSanne\nAPI-sleutel: key-8d1f2a3b4c5d6e7f8a9b0c1d", "DeVriesSanne"),
    ],
)
def test_an_api_client_s_id_with_its_key_is_its_login(text: str, user: str) -> None:
    assert ("username", user) in found(text)


def test_a_client_id_of_digits_stays_a_customer_s_number() -> None:
    assert ("customer_number", "4839201") in found("My Client ID: 4839201, please check the invoice.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Schade onder mijn polis beroepsaansprakelijkheid 2291/448120. Graag nakijken.", "2291/448120"),
        ("Kilométrage : 88.120 km.\n\nPolice flotte : 7712045583\nConducteur : Marc", "7712045583"),
        ("Our client reference is R-7720431. Regards, Sam", "R-7720431"),
    ],
)
def test_a_policy_by_its_cover_and_a_client_reference(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_police_reference_is_no_policy() -> None:
    text = "Burglary last night. Police reference CLM-55012345, please advise."
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Ik kom mijn box niet in, code 771204 werkt niet en het is al laat.", "771204"),
        ("Je kom mijn opslagbox niet meer in met code 4410", "4410"),
        ("Laissez le colis derrière la grille, le code est 20571. Merci", "20571"),
    ],
)
def test_a_storage_box_s_and_a_french_gate_s_code(text: str, pin: str) -> None:
    assert ("pin", pin) in found(text)


def test_a_price_grid_is_no_gate() -> None:
    assert _kinds("Selon la grille tarifaire, le code promo 20571 donne 10 %.", "pin") == []


def test_a_care_desk_s_signature_line_with_its_area_code_in_brackets() -> None:
    text = "Kind regards,\n> Mila\n> Customer Care | (415) 747-2210 | https://www.example-removals.com\n"
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Hi Dana, I've sent a new access PIN to 538.751.6002. For security …", "538.751.6002"),
        ("Thanks,\nRob Lane | Lane Plumbing | (987) 883-6601 | rob@laneplumbing.com", "(987) 883-6601"),
    ],
)
def test_a_number_in_north_america_s_shape_where_no_area_code_is_assigned_yet(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call us free on (888) 530-1974 any time.",  # a free line
        "Our helpline (911) 555-0142 is for emergencies only.",  # a service code
        "538.751.6481 is the reference on the box",  # what a thing is, not a person
        "the reference on the box is 483-918-2231",
    ],
)
def test_a_free_line_or_a_service_code_is_no_person_s(text: str) -> None:
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("Can't get into the portal: rbakker / hUPwaQ+ByTk*%. Want to cancel", "rbakker", "hUPwaQ+ByTk*%"),
        ("Mes identifiants de l'espace client : DUBOISM / soleil#1980. Merci", "DUBOISM", "soleil#1980"),
        ("Hoi, inloggen in de OpslagApp: kees.b71 / Tulpje55*. Lukt niet", "kees.b71", "Tulpje55*"),
    ],
)
def test_a_login_s_place_and_its_colon_before_a_pair(text: str, user: str, password: str) -> None:
    assert ("username", user) in found(text)
    assert ("password", password) in found(text)
    assert "OpslagApp" not in _kinds(text, "username")


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Inloggen op klantenzone lukt niet: els.peeters@telenet.be / Zonne.49! (E390)", "Zonne.49!"),
        ("Inlggen op de klantenzone lukt niet: an.goossens@proximus.be / Max_43 (AUTH-405)", "Max_43"),
    ],
)
def test_an_e_mail_login_s_password_after_its_slash(text: str, password: str) -> None:
    assert ("password", password) in found(text)


def test_a_number_after_an_e_mail_and_its_slash_is_no_password() -> None:
    assert _kinds("Log in trouble, mail me at jan@example.com / 06-12345678 please", "password") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Voor de technieker: wifi is Ziggo-B7F2, paswoord tulp Bobby 81, bedankt", "tulp Bobby 81"),
        ("For the installer: wifi is Linksys-Shop, key pomme river 97. Keysafe code 2767", "pomme river 97"),
    ],
)
def test_a_wifi_key_of_two_words_and_a_number(text: str, key: str) -> None:
    assert ("wifi_key", key) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sinds de update valt de wifi «coupe sans arrêt» weg",  # the network's own word, no key's
        "The wifi password is 12 characters long",
    ],
)
def test_no_wifi_key_of_words_without_a_key_s_word_and_its_number(text: str) -> None:
    assert _kinds(text, "wifi_key") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Transfer code I got was zero eight six one three five, fails", "zero eight six one three five"),
        ("The confirmation code seven, nine, six, two is rejected.", "seven, nine, six, two"),
        ("De apotheek vraagt een inlogcode, ik kreeg negen-vier-zeven-zes maar nee", "negen-vier-zeven-zes"),
        ("Le code de transfert c'est six, zéro, quatre, quatre mais non", "six, zéro, quatre, quatre"),
    ],
)
def test_digits_said_after_a_code_sent(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_password_said_as_digits_stays_a_password() -> None:
    assert ("password", "vier-vijf-zes-zeven") in found("mijn wachtwoord is vier-vijf-zes-zeven")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("@Shop mon compte vendeur est piraté!! Appelez-moi au 0475/889929", "username"),
        ("Quelqu'un a changé mon mot de passe et l'IBAN de versement hier soir.", "password"),
        ("username jdoe88, password Maple!40 - keeps saying invalid (ERR_CARD_DECLINED)", "password"),
    ],
)
def test_words_that_are_no_secret(text: str, kind: str) -> None:
    assert not any(value in ("vendeur", "l'IBAN", "ERR_CARD_DECLINED") for value in _kinds(text, kind))


def test_an_account_s_login_is_still_read_after_compte() -> None:
    assert ("username", "admin") in found("Mon compte admin est bloqué")


def test_a_belgian_company_s_number_after_its_registration_s_name_is_no_phone() -> None:
    assert _kinds("Notre numéro d'entreprise est le 0765507370.", "phone") == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Bonjour, clé wifi de la borne : 9349kever!. Depuis la mise à jour", "9349kever!", "wifi_key"),
        ("New password set: Zomer1177!. Old: chocolat606*. Neither works.", "chocolat606*", "password"),
    ],
)
def test_a_sign_before_the_sentence_s_own_mark_is_the_value_s(text: str, value: str, kind: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Mijn webshop is geblokkeerd. Wat moet ik doen? winkel-ID 60412297", "60412297", "customer_number"),
        ("Ik ben mijn bibpas verloren, nummer 21149003277541. Graag.", "21149003277541", "customer_number"),
        ("Mijn coe van de gsm is 6383 als jullie die nodig hebben", "6383", "pin"),
    ],
)
def test_a_shop_s_id_a_lost_card_s_number_and_the_phone_s_own_code(text: str, number: str, kind: str) -> None:
    assert (kind, number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci. Sophie\n> \n> Sophie - TrainMore\n> 02 723 23 45 - N° d'entreprise 0107.675.205\n",
        "Groet, Rik\n> \n> Rik | Klantenservice PureGym\n> T 020 649 9123 | KvK 35936179\n",
        "Groet,\n> Hanne\n> KBC – TVA BE 0576.420.032\n> T 02 252 04 12\n",  # the registration after a dash
    ],
)
def test_an_agent_s_signature_block_with_the_company_s_registration_after_its_line(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_business_customer_s_own_line_beside_its_registration_stays_a_phone() -> None:
    text = "Groet,\nJan Peeters | Fietsen Mertens\nT 09 223 44 55 | BTW BE0123456789\n"
    assert ("phone", "09 223 44 55") in found(text)
