"""Round 55: gyms, vets, bicycle shops, movers, plumbers and phone shops; loyalty apps, student housing,
notaries, dating apps, lotteries, museums and nurse recruitment read (their development halves): a network
asked about, then its key with "met"/"with"/"avec"; a bike lock's, a lift's and a key safe's codes; a held
card's number in brackets; a nurse's registration, a lottery player's and a maintenance contract's numbers; a
job's contract applied for; a login after a word and a colon; "Bearer" typed in haste; an account's issued
number in brackets; someone else ringing the customer's line; an energy EAN with its words after it; a
holder's word typed in haste before "no."; a new card's number; a move's day before its street."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Wat is de wifi code in de gym? Members_Zaal met Vk93-Lp2x-Qa7Z werkt niet", "Vk93-Lp2x-Qa7Z"),
        ("What's the wifi password at reception? Lobby-Guest2 with Hn47pQwz8 keeps failing", "Hn47pQwz8"),
        ("Le code wifi de l'accueil ? Salle_Sport avec 7TQ2MZ84KD ne marche plus", "7TQ2MZ84KD"),
    ],
)
def test_a_network_asked_about_then_its_key_with_met_is_a_wifi_key_the_network_no_secret(
    text: str, key: str
) -> None:
    findings = found(text)
    assert ("wifi_key", key) in findings
    assert all(key in value or value in key for _, value in findings)  # the network's name is left


@pytest.mark.parametrize(
    "text",
    [
        "Het wifi wachtwoord is Kaas123 met hoofdletter K",
        "My wifi password is Maple2024 with the capital M",
    ],
)
def test_a_key_told_then_how_it_is_written_stays_the_key(text: str) -> None:  # guard
    assert len(_kinds(text, "wifi_key")) == 1
    assert _kinds(text, "wifi_key")[0] in ("Kaas123", "Maple2024")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn fiets staat achter het huis (code slot 7723), kan de monteur erbij?", "7723"),
        ("Code voor de goederenlift is 40918#, bel aan bij de receptie", "40918"),
        ("The service lift code is 66120, the porter knows you're coming", "66120"),
        ("Hi, the keysofe code 318204 for flat 2 doesn't open anymore", "318204"),
    ],
)
def test_a_bike_lock_s_a_lift_s_and_a_key_safe_s_code_is_a_pin(text: str, value: str) -> None:
    pins = _kinds(text, "pin")
    assert any(value in pin for pin in pins) and not _kinds(text, "otp")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My museum card (KX-4471902) still shows last year's visits", "KX-4471902"),
        # (a number that holds the eleven-test is read as a BSN: hidden either way)
        ("Mijn ledenkaart (550-2231-97) is niet meer geldig volgens de app", "550-2231-97"),
        ("J'ai renouvelé mon abonnement (carte 77031942) mais l'accès est refusé", "77031942"),
        ("Registering as a midwife, NMC PIN 12A3456B, start date next month", "12A3456B"),
        ("Herregistratie: BIG-nummer 19088812301, graag bevestigen", "19088812301"),
        ("Mon numéro de joueur: 612-4409-04, le gain n'est pas versé", "612-4409-04"),
        ("Onderhoudscontract CV-0093314: de monteur komt donderdag", "CV-0093314"),
        ("Meterstand doorgegeven. EAN-nummer gas 5517 2043", "5517 2043"),
        ("Code EAN gaz 77120934, index relevé hier", "77120934"),
        ("Mebership no. GH-552-901, renewed in March", "GH-552-901"),
        ("Please move the points from card 2611223344556 to my new one 2699887766554", "2699887766554"),
    ],
)
def test_held_cards_registrations_and_contracts_name_a_customer_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "De SD-kaart (SDXC-4410928) van de camera is kapot",
        "Applying for the night shift contract (VAC-33810) on your site",
        "Je postule pour le contrat (JOB-551203) affiché hier",
    ],
)
def test_a_product_s_card_and_a_job_applied_for_name_no_customer(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


def test_a_lottery_player_s_number_is_no_citizen_s() -> None:
    assert _kinds("Spelersnummer 727-2221-81, waar blijft mijn prijs?", "bsn") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De app doet raar. Inlognaam mijn omgeving: sjoerd_1982", "sjoerd_1982"),
        ("Gebruikersnaam van het portaal: maartje.k", "maartje.k"),  # (guard: found before too)
    ],
)
def test_a_login_s_cue_then_a_word_and_a_colon_names_the_login_after_the_colon(text: str, value: str) -> None:
    assert _kinds(text, "username") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Beearer 6f2c9a1be04d47c8a3b1e9d0c55f7a21 gives a 401",
        "Baerer sess_Qw8zLm2NpX4rT7yV gives a 401 from the API",
        "header: Bearrer a9F3kL0pQ7zX2mN5 still refused",
    ],
)
def test_bearer_typed_in_haste_names_a_token(text: str) -> None:
    assert len(_kinds(text, "token")) == 1 and not _kinds(text, "api_key")


def test_an_account_s_issued_number_in_brackets_before_a_password_is_a_customer_number() -> None:
    text = "I've looked at your account (QZ77104521) and reset your password."
    assert _kinds(text, "customer_number") == ["QZ77104521"] and not _kinds(text, "username")


def test_a_login_in_brackets_before_a_password_stays_a_login() -> None:  # guard
    assert _kinds("your account (jdevries84) and your password were reset", "username") == ["jdevries84"]


@pytest.mark.parametrize(
    "text",
    [
        "De monteur komt morgen. Hij belt vooraf naar 010 442 9187. Vragen? Bel ons op 0800 1234.",
        "Le livreur passe jeudi, il appelle au 02 512 44 80 avant de venir.",
    ],
)
def test_someone_else_ringing_a_number_rings_the_customer_s_line(text: str) -> None:
    assert len(_kinds(text, "phone")) == 1


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Wij verhuizen op 3-11 van Bisschopsmolen 14 naar Kerkstraat 9", "Bisschopsmolen 14"),
        ("Nous déménageons le 02/09 de Grand-Place 12 vers Namur", "Grand-Place 12"),
    ],
)
def test_a_move_s_day_before_the_street_still_leads_to_the_address(text: str, street: str) -> None:
    assert any(street in value for value in _kinds(text, "address"))
