"""Round 48: energy installers, home care and estate agents; ticketing, dating and education read (their
development halves): a token's padding as a link writes it, a router's or a provider's network name beside its
key, a key on a sign, a phone's en dash and bare 'tel', months cut short, a card's code as a list's next item,
a home rented, typed-fast cues ('logon', 'tokrn', 'checcksum'), and the numbers and words that are no one's
(a company's registration, a page's path, a time, a file's number, an appliance's model)."""

from __future__ import annotations

import pytest
from scrub_findings import found

_HEX64 = "c7ecd5efc4e985c48c5f2d28dd3c28c360ddc88593215ad192081c471e5f9955"


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("In the app logs I see token=Q7wLm2Xv9cTr4bNp8sKd%3D (request 42)", "Q7wLm2Xv9cTr4bNp8sKd%3D"),
        ("Request header had Authorization: Bearer k9Xv2LmQp7Tr4bNw8sHd%3D", "k9Xv2LmQp7Tr4bNw8sHd%3D"),
        ("Le jeton d'accès 5HRAcBxu7RWA9zN7WiMq%3D expire toutes les 5 minutes", "5HRAcBxu7RWA9zN7WiMq%3D"),
    ],
)
def test_a_token_s_padding_written_as_a_link_writes_it_is_part_of_it(text: str, token: str) -> None:
    assert ("token", token) in found(text)


def test_a_company_s_registration_after_our_is_no_customer_number() -> None:
    assert _kinds("Please reset it; our registration is Company No. 04412876.", "customer_number") == []


def test_a_scheme_s_number_after_my_stays_a_customer_number() -> None:  # guard
    assert ("customer_number", "M78ZM43") in found("My SkyMiles number is M78ZM43, can you add the flight?")


@pytest.mark.parametrize(
    ("text", "network", "key"),
    [
        ("Voor de monteur: wifi is BTHub6-QX2M en het wachtwoord daarvan vmgduhct2220", "BTHub6-QX2M",
         "vmgduhct2220"),
        (
            "le mot de passe du wifi de la résidence (TelenetWiFree-2211) c'est Pomme4412kiwi, ça marche pas",
            "TelenetWiFree-2211",
            "Pomme4412kiwi",
        ),
        ("Le mot de passe du wifi de la résidence (eduroam-6580) c'est Lapin4412home, non?", "eduroam-6580",
         "Lapin4412home"),
    ],
)
def test_a_router_maker_s_or_a_provider_s_network_name_is_not_its_key(
    text: str, network: str, key: str
) -> None:
    findings = found(text)
    assert ("wifi_key", key) in findings
    assert all(value != network for _, value in findings)


def test_a_password_made_of_a_provider_s_name_stays_a_password() -> None:  # guard
    text = "Ik heb het wachtwoord veranderd in Orange1987, maar kom niet binnen"
    assert ("password", "Orange1987") in found(text)


def test_what_the_sign_says_is_the_key() -> None:
    text = "Venue wifi is dead. Network KPN-6283, password on the sign says efsr-9m3h-dhpt-ttz6 but no luck"
    assert ("wifi_key", "efsr-9m3h-dhpt-ttz6") in found(text)
    assert _kinds(text, "password") == []


def test_what_the_app_says_stays_a_screen_s_error() -> None:  # guard
    assert found("Hi. My password on the app says ERR-4431 now, what does that mean?") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Wilhelminapark 111 II, Haarlem\nMobiel: 06–80058120\nWerkgever: LaadPunt Direct", "06–80058120"),
        ("zit nog een gat bij de kruipruimte. bel 06–36912884 voor een afspraak", "06–36912884"),
        ("Still showing HTTP 503. tel 9162398554", "9162398554"),
        ("We tried calling you on 5032396416 but there was no answer.", "5032396416"),
    ],
)
def test_a_phone_with_an_en_dash_or_after_tel_or_called_on(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


def test_years_joined_by_an_en_dash_are_no_phone() -> None:  # guard
    assert found("Van 2019–2024 huurde ik daar.") == []


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("Aanvraag van mijn vader. Zijn geboortedatum: 7 maa 1962", "7 maa 1962"),
        ("Les comptes au nom de mon père, né le 13 aoû 1993. Il vit seul.", "13 aoû 1993"),
    ],
)
def test_a_birth_date_with_its_month_cut_short(text: str, birth: str) -> None:
    assert ("date_of_birth", birth) in found(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Betalen dan maar: kaart 5490 3931 5628 5392 / 07 / 28 / 5677", "5677"),
        ("Pay with this one instead: 5235-9401-1873-1762 03 / 31 4511", "4511"),
    ],
)
def test_four_digits_as_the_next_item_after_a_card_and_its_expiry_are_its_code(text: str, code: str) -> None:
    assert ("cvv", code) in found(text)


def test_an_amount_after_a_card_s_expiry_is_no_code() -> None:  # guard
    text = "The card charged is 4823 2371 1087 8480 (08-2025) and it's been charged $1305.36 a month"
    assert _kinds(text, "cvv") == []


def test_a_drawn_word_after_a_hash_right_after_a_password_cue() -> None:
    assert ("password", "#LPALpfGrwvl") in found("Hi,\n\nuser: brouwer1980\npassword: #LPALpfGrwvl\n")


def test_a_topic_after_a_hash_stays_a_topic() -> None:  # guard
    assert _kinds("password: #BlackFridayDeals", "password") == []


@pytest.mark.parametrize(
    "text",
    [
        "They said it would be deleted unless I confirmed my password at ticketswap.nl/login?next=%2Fprofile",
        "Kun je je wachtwoord direct wijzigen via brightspace.uva.nl/login?next=%2Fprofile? Groetjes",
    ],
)
def test_a_cue_in_a_page_s_path_labels_nothing(text: str) -> None:
    assert _kinds(text, "username") == []


def test_a_quoted_line_s_mark_against_its_first_word_is_no_password() -> None:
    text = "Le 3 mars, DICE Service Client a écrit :\n>Bonjour, votre mot de passe temporaire est Zome8812"
    assert ">Bonjour" not in _kinds(text, "password")
    assert "Bonjour" not in _kinds(text, "password")


def test_a_time_with_pm_is_no_password() -> None:
    assert _kinds("pw CKJ5kk9DmnP* and my exam starts at 10.15pm!!!", "password") == ["CKJ5kk9DmnP*"]


def test_a_file_s_number_near_a_puk_is_no_puk() -> None:
    text = (
        "Het zakje met de SIM: PUK 45551505, PIN 1816. Toestel blijft vragen om de PUK.\n\n"
        "PS: het vorige dossiernummer was 31703122, misschien helpt dat."
    )
    assert "31703122" not in [value for _, value in found(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Dag, ik huur het appartement op Kouter 79/9. De huurwaarborg staat nog open.", "Kouter 79/9"),
        ("Dag, ik huur het appartement op Steenweg op Gent 109 b7. Huurwaarborg?", "Steenweg op Gent 109 b7"),
        ("Hi, I rent 47 Kingsway through you. My deposit is still held.", "47 Kingsway"),
    ],
)
def test_a_home_rented_names_its_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_a_tenants_app_is_no_home() -> None:  # guard
    assert _kinds("Kan niet inloggen in de huurdersapp (Android 14). Help", "address") == []


def test_logon_names_a_login() -> None:
    assert ("username", "a.mulder") in found("Verificatiecode ontvangen, mjn logon is a.mulder")


def test_a_colon_set_apart_hands_over_the_value() -> None:
    text = "Ma clé API pour le portail : CQXM6SOMOLCUIFQU352SSWLCOYOBS3QP. J'ai l'erreur F11"
    assert ("api_key", "CQXM6SOMOLCUIFQU352SSWLCOYOBS3QP") in found(text)


def test_a_base64_key_with_several_slashes_is_one_key() -> None:
    text = "Per ongeluk in een openbare chat gezet: DLwNQ9d/28LAD/YMXe7l5dVrVaGc3k5ksfMgnG0+. Intrekken?"
    assert _kinds(text, "username") == []
    assert any(value.startswith("DLwNQ9d/28LAD/YMXe") for value in _kinds(text, "api_key"))


def test_a_login_and_password_joined_by_a_slash_stay_a_pair() -> None:  # guard
    findings = found("login jan83/Welkom01 werkt niet")
    assert ("username", "jan83") in findings
    assert ("password", "Welkom01") in findings


@pytest.mark.parametrize("cue", ["token", "tokrn"])
def test_a_long_token_after_a_few_words_is_taken_whole(cue: str) -> None:
    assert ("token", _HEX64) in found(f"Bearer {cue} I'm using: {_HEX64}\nEndpoint returns 401")


def test_token_typed_with_a_neighbouring_key() -> None:
    text = "De sleutel AKIAZF4X4U4D4B2SF6LJ en toksn BYwsJ58bg64UT0XdJB9sc4lvbqgO9S6Z staan in de app"
    assert ("token", "BYwsJ58bg64UT0XdJB9sc4lvbqgO9S6Z") in found(text)


def test_a_merchant_token_typed_fast_stays_the_seller_s_id() -> None:
    text = "Payout initiated.\nMerchant tokrn: AV24HGWK4CSRF\nSettlement ID ch_3EB3SQHx54CsJAcf3bAie4"
    assert ("customer_number", "AV24HGWK4CSRF") in found(text)


def test_a_checksum_typed_fast_names_a_digest() -> None:
    text = "De examen-app heeft checcksum 10d245ae1f51f5565b812be97f8d0d66, maar op de site staat iets anders"
    assert found(text) == []


def test_an_appliance_s_model_right_after_its_name_is_no_password() -> None:
    assert _kinds("Laadpaal ZAPPI-2H22UW accepteert mijn pas niet meer.", "password") == []


def test_a_reference_s_number_in_its_quotes_is_no_bsn() -> None:
    text = "I paid from NL23ABNA8251034322 with reference '900724110'. My address on file is unchanged"
    assert _kinds(text, "bsn") == []


def test_the_next_person_s_number_in_a_list_of_phones() -> None:
    text = "Change of responders please: 1st Koen Mertens +1 208 871 2061, 2nd Jef Dubois 7204829320. Thanks"
    assert ("phone", "7204829320") in found(text)


def test_an_order_after_a_phone_in_a_list_is_no_phone() -> None:  # guard
    assert "7204829320" not in _kinds("Call Anna on 0612345678, Order 7204829320 is late", "phone")


@pytest.mark.parametrize("text", ["CODE=503636.HELP", "code: 503636.help"])
def test_a_word_glued_after_a_code_s_full_stop_is_no_part_of_it(text: str) -> None:
    assert ("otp", "503636") in found(text)
