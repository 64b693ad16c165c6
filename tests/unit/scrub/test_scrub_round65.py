"""Round 65: weddings, tax advisers, parking, e-scooters, cleaning and IT repair; mortgages, hospitals,
betting, florists, furniture and travel cards read (their development halves), and synthetic probes of the
next writers' sectors: a call asked the Dutch way; a company's line the customer hung on; a login's system
named before its colon and a brand before the address that logs in; a held card's number after whose card
it is and after its noun typed in haste; a model's capitals before a postcode's shape; a digest's words
typed in haste; a company's reply header whose domain is its name's word heads, a no-reply mailbox typed
in haste; a game network's id; a code an app throws; a BSN only in a BSN's groups; a footer's company and
its VAT number; a delivery's day and an offer's end; a secret the agent saw the customer send."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Graag bellen op 0318 950272 als het langer duurt dan een uur.",
        "Graag bellen op 020 7209806 als het kan.",
    ],
)  # fmt: skip
def test_a_call_asked_the_dutch_way_is_to_the_customer_s_line(text: str) -> None:
    assert len(_kinds(text, "phone")) == 1


def test_a_company_s_free_line_stays_the_company_s_when_a_call_is_asked() -> None:  # guard
    assert _kinds("Graag bellen op 0800 1234567 voor een afspraak.", "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb al 40 minuten aan de lijn gehangen op 02 943 14 09, ik ben het beu",
        "Al een uur aan de liijn gehamgen op 02 888 84 18 #smartphone",
    ],
)  # fmt: skip
def test_a_line_the_customer_hung_on_is_the_company_s(text: str) -> None:
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Pour récupérer les fichiers :\nUtilisateur Windows : antoinedelvaux\nMot de passe : Mickey!1379",
         "antoinedelvaux"),
        ("Phone 01632 306811\nUsername on the app: GeorgeEvans\n\nPlease get back to me.", "GeorgeEvans"),
        ("Mon identifiant Epic Games : lucas.b_07 et mdp : Z3lda!!", "lucas.b_07"),
    ],
)  # fmt: skip
def test_a_login_s_system_named_before_its_colon_is_no_username(text: str, login: str) -> None:
    assert _kinds(text, "username") == [login]


def test_a_brand_before_the_address_that_logs_in_is_no_username() -> None:
    text = "Code de déverrouillage : 814748, identifiant Apple quentin-hubert@voo.be mdp yPzYJKaPu"
    assert _kinds(text, "username") == []
    assert _kinds(text, "email") == ["quentin-hubert@voo.be"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hoi, de reiskaart van mijn zoon (3528645092361492) staat op mijn naam.", "3528645092361492"),
        ("Hey Megan, crad 8752 5115 0592 is now blocked and the balance moved to your new card.",
         "8752 5115 0592"),
        ("Beste, uw kabrt 51170665526952924 is geblokkeerd. Een nieuwe kaart wordt verstuurd.",
         "51170665526952924"),
        ("Charged twice for travel cadr 9754 9705 3525. Not right!", "9754 9705 3525"),
    ],
)  # fmt: skip
def test_a_held_card_s_number_after_whose_card_or_a_slipped_noun(text: str, number: str) -> None:
    assert number in _kinds(text, "customer_number")


def test_a_car_is_no_card_typed_in_haste() -> None:  # guard
    assert _kinds("My car 8752 5115 0592 was towed", "customer_number") == []


@pytest.mark.parametrize(
    "text",
    [
        "my new oven (KM 7692 FS) won't connect to wifi.",
        "De levering van de kast KM 7692 FS op 06-02-2026 moet naar een ander adres.",
    ],
)  # fmt: skip
def test_a_model_s_capitals_before_a_postcode_s_shape_are_no_address(text: str) -> None:
    assert _kinds(text, "address") == []


def test_a_country_s_letters_before_a_postcode_keep_it() -> None:  # guard
    assert _kinds("NL 7692 FS", "address") == ["7692 FS"]


@pytest.mark.parametrize(
    "text",
    [
        "Pièce jointe, somme de conrôle eb77a51f3f6e2ff46f89026267177019e700b5a988d1ae3aecd7087c13a914da",
        "Fichier envoyé, spmme de cotnrôle 577040e9c26595ffe5cab7ef3b04b39b",
        "Bestand geüpload, checksm van de uplaod 96836ff84360504ced9d9080ae2fb96e",
    ],
)  # fmt: skip
def test_a_digest_s_words_typed_in_haste_name_no_secret(text: str) -> None:
    assert _kinds(text, "api_key") == []


@pytest.mark.parametrize(
    "text",
    [
        "Op 3 mei om 16.05 uur schreef Bloemenhuis Flora <info@bloemenflora.be>:\n> Dag Hanne,",
        "Op 3 mei schreef Patiëntportaal Zuid <info@patientzuid.be>:\n> Dag Nele,",
        "Op 25-06-2025 om 18:10 schreef HuisartsNu <nreply@huisartsnu.nl>:\n> Hoi Esmee,",
    ],
)  # fmt: skip
def test_a_company_s_reply_header_keeps_its_address(text: str) -> None:
    assert _kinds(text, "email") == []


def test_a_person_s_reply_header_loses_the_address() -> None:  # guard
    text = "Op 3 mei schreef Hanne Peeters <info@bloemenflora.be>:\n> Dag,"
    assert _kinds(text, "email") == ["info@bloemenflora.be"]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("PSN ID: xXsniperXx, the 2FA code was 482913", "xXsniperXx"),
        ("mijn Steam-naam is dutchgamer77 en ik kan niet meer inloggen", "dutchgamer77"),
        ("Battle.net BattleTag Arthas#2231 got banned", "Arthas#2231"),
    ],
)  # fmt: skip
def test_a_game_network_s_id_is_a_username(text: str, login: str) -> None:
    assert login in _kinds(text, "username")


def test_a_code_an_app_throws_is_no_card_s_code() -> None:
    text = "My son's travel card (073990616684). App version 6.1.24 throws code 5071, request id req_d18f7."
    assert _kinds(text, "cvv") == []


@pytest.mark.parametrize(
    "text",
    [
        "Je suis tombé avec un de vos vélos partagés (n° 719-2753-49), le frein ne marchait pas.",
        "The delivery (4957-23319) shows as delivered.",
    ],
)  # fmt: skip
def test_nine_digits_in_no_bsn_s_groups_are_no_bsn(text: str) -> None:
    assert _kinds(text, "bsn") == []


def test_nine_digits_in_a_bsn_s_groups_stay_a_bsn() -> None:  # guard
    assert _kinds("Graag even checken: 296 292 631", "bsn") == ["296 292 631"]


def test_a_footer_s_company_and_vat_number_are_no_login_pair() -> None:
    text = "Bent u niet de geadresseerde, verwijder dit bericht dan. TransBus | NL243749236B01"
    assert _kinds(text, "username") == []
    assert _kinds(text, "password") == []


@pytest.mark.parametrize(
    "text",
    [
        "Order #9032706 will arrive 7/26. Thanks, Sarah\n> Deposit failed with my card 6703-9948-8244-8815",
        "on hold for 40 mins. my mortgage offer expires 11/18!! call me back",
    ],
)  # fmt: skip
def test_a_delivery_s_day_and_an_offer_s_end_are_no_card_expiry(text: str) -> None:
    assert _kinds(text, "card_expiry") == []


def test_a_card_that_expires_keeps_its_expiry() -> None:  # guard
    assert _kinds("my card expires 11/28", "card_expiry") == ["11/28"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("@ashley96 Hi Lauren, please never share your paswsord or coodes with us, even by DM. I can see you "
         "sent harbor-rocket51 - pleae change it now at www.example.com/help. ^Mark", "harbor-rocket51"),
        ("Je vois que vous avez envoyé soleil-bleu77, merci de le changer tout de suite.", "soleil-bleu77"),
    ],
)  # fmt: skip
def test_a_secret_the_agent_saw_sent_is_a_password(text: str, secret: str) -> None:
    assert _kinds(text, "password") == [secret]


def test_a_file_the_agent_saw_sent_is_no_password() -> None:  # guard
    assert _kinds("Thanks, I can see you sent DSC_0042.jpg yesterday.", "password") == []
