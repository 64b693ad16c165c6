"""Round 57: hospitals, GPs, pharmacies, pension funds, childcare, DIY and fashion shops; food delivery,
taxis, festivals, parcel lockers, water companies and housing corporations read (their development halves): a
medical record's, a subscription's and a pension participant's numbers; a number already told ends a held
number's reach; a keypad's '#' before a PIN; a password in digits for letters after '@'; both values of a
password change; a login's code after its name; a pair given after asking to log in; Belgian numbers in
dots; the courier who may call; a pick-up address; digests typed in haste; request ids and payees are no
logins; base64's leading sign; a ZIP code's next line; a mobile's letter in a signature row; an unlock code
in pairs; Ghent's 09 0 numbers; expiry cues typed in haste; nobody at a company's line; Britain's 0300."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seen at Northgate Clinic last week, MRN K55102983, could you send the scan results", "K55102983"),
        ("Ik wil opzeggen. abonnementsnr: WT88123401 - graag bevestiging", "WT88123401"),
        ("Wanneer wordt mijn pensioen gestort? Deelnemersnr. 771-204-356", "771-204-356"),
        ("Je suis affiliée sous le numéro 5520917, merci de vérifier ma pension", "5520917"),
        ("The pharmacy wanted my NHS number, it's 943 476 5919 and my date of birth", "943 476 5919"),
    ],
)
def test_a_medical_record_s_a_subscription_s_and_a_participant_s_numbers(text: str, value: str) -> None:
    assert value in _kinds(text, "customer_number")
    assert value not in _kinds(text, "phone")


def test_a_held_number_does_not_reach_past_one_already_told() -> None:
    text = "My member ID is K401553902 and the group number is 880214-B. Please rerun the claim"
    assert "K401553902" in _kinds(text, "customer_number")
    assert not any("880214" in value for _, value in found(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De ontgrendelcode van mijn gsm is #4471 als de technieker hem nodig heeft", "#4471"),
        ("het kluisje vroeg een pincode en ik tikte #9302 in zoals in de sms", "#9302"),
        ("My debit card PIN is #6618, do I need to block it?", "#6618"),
    ],
)
def test_a_keypad_s_hash_typed_before_a_pin_is_part_of_it(text: str, code: str) -> None:
    assert code in _kinds(text, "pin")


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Nieuwe simkaart vraagt PIN [#805531]\n\nHallo,",
        "Can you give me the pin for order #5527 please",
    ],
)
def test_a_ticket_s_tag_or_an_order_s_sign_is_no_pin(text: str) -> None:  # guard
    assert not _kinds(text, "pin")


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Login sannev_44 and wachtwoord @ppl3t0n, graag resetten", "@ppl3t0n"),
        ("Mot de passe provisoire : @b3ll3s92. Changez-le ensuite", "@b3ll3s92"),
    ],
)
def test_a_password_opening_with_at_and_digits_for_letters(text: str, password: str) -> None:
    assert password in _kinds(text, "password")


def test_a_name_tagged_later_in_the_sentence_is_no_password() -> None:  # guard
    assert not _kinds("mijn wachtwoord werkt niet meer @t3lenet help", "password")


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Ik heb het wachtwoord gewijzigd van KOFFIE718 naar ZOMER204, lukt niet", "KOFFIE718", "ZOMER204"),
        ("I changed the password from KAAS581 to lowlandskaas3, still no luck", "KAAS581", "lowlandskaas3"),
        ("J'ai changé le mot de passe de PIZZA318 en RIVIERE31 hier soir", "PIZZA318", "RIVIERE31"),
    ],
)
def test_both_values_of_a_password_change_are_passwords(text: str, old: str, new: str) -> None:
    passwords = _kinds(text, "password")
    assert old in passwords and new in passwords


def test_a_plain_phrase_before_the_new_password_is_no_old_one() -> None:  # guard
    text = "J'ai changé mon mot de passe tout de suite en Chouette$82. Merci"
    assert _kinds(text, "password") == ["Chouette$82"]


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Bonjour, son identifiant est LucasPetit et le code Velo_nuage44. Merci", "Velo_nuage44"),
        ("Mijn gebruikersnaam is tim_jacobs en de code zomertulp8 werkt niet", "zomertulp8"),
        ("my username is kwalker and the code is otter771, can you reset it", "otter771"),
    ],
)
def test_the_code_after_a_login_s_name_is_its_password(text: str, password: str) -> None:
    assert password in _kinds(text, "password")


def test_a_postal_code_after_a_login_s_name_is_no_password() -> None:  # guard
    assert not _kinds("Mon identifiant est jdupont et le code postal 4000", "password")


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("Could you log in and check? mvandam / Rozen44!. Thanks", "mvandam", "Rozen44!"),
        ("Kunnen jullie even inloggen? JANSSENK / t3ll3r81 groet", "JANSSENK", "t3ll3r81"),
    ],
)
def test_a_pair_given_after_asking_to_log_in(text: str, user: str, password: str) -> None:
    assert user in _kinds(text, "username") and password in _kinds(text, "password")


def test_a_slash_between_plain_words_after_logging_in_is_no_pair() -> None:  # guard
    assert not _kinds("I cannot log in since Friday. Windows / Android both fail", "username")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Pouvez-vous me rappeler au 010.44.18.27 ? Merci", "010.44.18.27"),
        ("Laure Martin\nRue Neuve 12, 5000 Namur\nGSM : 081.22.63.90", "081.22.63.90"),
    ],
)
def test_a_belgian_number_in_dots_is_a_phone_not_an_address(text: str, phone: str) -> None:
    assert phone in _kinds(text, "phone")
    assert not _kinds(text, "ip_address")


def test_an_address_in_dots_without_a_leading_nought_stays_one() -> None:  # guard
    assert "10.44.18.27" in _kinds("de router staat op 10.44.18.27 sinds gisteren", "ip_address")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("De bezorger mag bellen naar 050-3127788, de bel is stuk", "050-3127788"),
        ("The driver can ring 0113 496 0721 when he arrives", "0113 496 0721"),
    ],
)
def test_the_number_the_courier_may_call_is_the_customer_s(text: str, phone: str) -> None:
    assert phone in _kinds(text, "phone")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ophaaladres Laan van Nieuw Oost-Indië 88-B\n\nGroet", "Laan van Nieuw Oost-Indië 88-B"),
        ("De monteur kan langskomen: Laan van Vollenhove 14-A, Zeist.", "Laan van Vollenhove 14-A, Zeist"),
    ],
)
def test_a_pick_up_address_and_a_house_number_with_a_dashed_letter(text: str, address: str) -> None:
    assert address in _kinds(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "de chcksum van het bestand klopte niet: 5d41402abc4b2a76b9719d911017c592",
        "the chceksum of the update is 7215ee9c7d9dc229d2921a40e899ec5f",
    ],
)
def test_a_digest_named_in_haste_is_no_key(text: str) -> None:
    assert not _kinds(text, "api_key")


@pytest.mark.parametrize(
    "text",
    [
        "Dans le message d'erreur il y avait l'identifiant 9f1c2e7a-33b0-4c1d-8e2f-6a7b8c9d0e1f.",
        "il y avait aussi l'identifiant rid=7c3e91ab42df dans l'erreur",
    ],
)
def test_a_request_s_id_after_a_login_word_is_no_username(text: str) -> None:
    assert not _kinds(text, "username")


@pytest.mark.parametrize(
    "text",
    [
        "Refund to NL91 ABNA 0417 1643 00, account name Anaïs Dubois.",
        "refund to DE89370400440532013000, account name pieter de vries",
    ],
)
def test_the_account_name_after_an_iban_is_the_payee_s_not_a_login(text: str) -> None:
    assert not _kinds(text, "username")


def test_a_base64_key_keeps_its_leading_sign() -> None:
    text = "de config bevat +u4Ff9QkYp2LmN0rS5tV8wX1zA3bC6dE9gH2jK5m per ongeluk"
    assert "+u4Ff9QkYp2LmN0rS5tV8wX1zA3bC6dE9gH2jK5m" in _kinds(text, "api_key")


def test_a_zip_code_then_a_phone_s_line_is_no_card() -> None:
    text = "Dana Reyes\n81 Orchard Lane\nMadison, WI 53703\n6085550147\ndana.reyes@example.com"
    assert not _kinds(text, "card")
    assert "6085550147" in _kinds(text, "phone")


def test_a_mobile_s_letter_after_the_office_line_in_a_signature_row() -> None:
    text = "Kim Lee | Bright Steps Nursery\nT (866) 224-4381 | M 3125550182\nRegistered office"
    assert "3125550182" in _kinds(text, "phone")


def test_an_unlock_code_read_in_pairs_is_one_pin() -> None:
    text = "Code de déverrouillage du téléphone : 72 19\n\nLe code PIN de ma carte est 50317, je la bloque ?"
    assert "72 19" in _kinds(text, "pin")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Mon GSM 09/061.44.27 est toujours coupé", "09/061.44.27"),
        ("Tél : 09 052 71 30 - merci de me rappeler", "09 052 71 30"),
        ("Ik ben te bereiken op 09 088 15 42.", "09 088 15 42"),
    ],
)
def test_nine_digits_grouped_as_ghent_s_after_a_phone_s_label(text: str, phone: str) -> None:
    assert phone in _kinds(text, "phone")


def test_a_premium_line_written_as_one_stays_the_company_s() -> None:  # guard
    assert not _kinds("Vragen? Tel: 0900 10 100 (1 euro per minuut)", "phone")


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        ("kaart 5412 7512 3412 3456, vervaaldatum nov 2028, cvc 341", "nov 2028"),
        ("de nieuwe kaart 5412 7512 3412 3456, geldog t/m jan 2029, cvc 341", "jan 2029"),
    ],
)
def test_expiry_cues_typed_in_haste(text: str, expiry: str) -> None:
    assert expiry in _kinds(text, "card_expiry")


@pytest.mark.parametrize(
    "text",
    [
        "Trois fois passé à Mons et personne au 065 22 81 40 #colis",
        "Quatre litres perdus à Tournai et personne au 02 739 52 11 #eau",
    ],
)
def test_a_line_nobody_answers_is_the_company_s(text: str) -> None:
    assert not _kinds(text, "phone")


def test_a_visit_in_person_names_no_company_line() -> None:  # guard
    text = "Je suis passée en personne au guichet, mon gsm 0478 21 33 90"
    assert "0478 21 33 90" in _kinds(text, "phone")


def test_britain_s_0300_line_signing_a_reply_is_the_company_s() -> None:
    text = "Kind regards,\nOwen\nHMRC\n0300 200 3300\nCompany no. GB123456789"
    assert not _kinds(text, "phone")


@pytest.mark.parametrize(
    "text",
    [
        "The visitors' wifi HOSP-Guest at Westfield Hospital wants a key, nobody knows it",
        "La wifi OPEN-Mairie à la Maison communale ne marche pas",
    ],
)
def test_a_network_named_with_the_place_it_is_at_is_no_key(text: str) -> None:
    assert not _kinds(text, "wifi_key")


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Het codewoord voor de meldkamer is Lavendel. Graag aanpassen", "Lavendel"),
        ("Le mot de passe pour la centrale d'alarme est Coquelicot, merci", "Coquelicot"),
    ],
)
def test_a_capitalised_word_after_what_a_password_is_for_and_its_copula(text: str, password: str) -> None:
    assert password in _kinds(text, "password")


@pytest.mark.parametrize(
    "text",
    [
        "het wachtwoord voor mijn account is verlopen sinds gisteren",
        "Your one-time passcode for My Account: 402913 (valid 10 minutes)",
    ],
)
def test_a_state_or_a_sent_code_after_what_a_password_is_for_is_no_password(text: str) -> None:  # guard
    assert not _kinds(text, "password")


def test_idaho_s_code_is_no_ticket_s_label() -> None:
    assert not _kinds("Ticket ID 55219, seat 12 row F, see you Saturday", "address")


def test_a_british_driving_licence_s_number() -> None:
    text = "For the rental: driving licence number HARRI702145JD9AB 21, pick-up Friday"
    assert "HARRI702145JD9AB 21" in _kinds(text, "customer_number")
