"""Round 66: hotels, museums, print shops, DIY stores, coworking and recruitment; web hosting, insurance
brokers, car washes and rental, pawn shops, games and appliance repair read (their development halves): a
lock's code past a card in another paragraph; a pawned loan's and a wash subscription's
number after their own word; an offer's code after a discount's size, an error's CODE in capitals; a JWT by
its header, what a token is for; a network named before its key, an appliance's model in brackets, a word
said before a key; a carrier's tracking number whatever the parcel holds; the household's lines, a caller
named as a person; a US street line without its ZIP; an agent's sign, a listing's number, a stolen
account."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


def _values(text: str) -> list[str]:
    return [value for _, value in found(text)]


def test_a_lock_s_code_past_a_card_s_paragraph_is_a_pin() -> None:
    text = (
        "Charged twice on card 4643 4451 9106 5897. Refund please. Card ending 5897\n\n"
        "the code on my receipt 3011 didn't open the gate at 10:50pm, had to reverse out"
    )
    assert _kinds(text, "pin") == ["3011"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Pawn loan 2402528 is due 9/10, can I pay $1309.85 and extend?", "2402528"),
        ("Mijn pandlening P008706 loopt af op 20 september, kan ik verlengen?", "P008706"),
        ("Contrat de prêt sur gage BC-104853 : échéance le 9-2, taux 40 %.", "BC-104853"),
        ("Wasabonnement 50182674 is opgezegd per 9-9 maar ik word nog steeds afgeschreven", "50182674"),
        ("Cancelled my unlimited wash club (24036868) on 2/1 and you still took £304.", "24036868"),
    ],
)
def test_a_loan_s_or_a_subscription_s_number_after_its_word(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een lening 250000 euro nodig voor de verbouwing.",
        "Our subscription (SKU 970-1314) didn't renew because the card expired.",
    ],
)
def test_an_amount_or_a_product_s_stock_unit_is_no_holder_s_number(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Got an email for a 10% off wash (code 1850213). Never signed up for that.", "1850213"),
        ("Ik krijg mails over een wasbeurt, 15 procent kortng code P58544798. Wat is dit?", "P58544798"),
        ("Koppeling werkt niet, calendar sync geeft CODE 8331 op poort 3389", "8331"),
        ("The access card is Oz22-0yFC-vmeT-Hv0B but i get CODE 3758 #booking", "3758"),
    ],
)
def test_an_offer_s_or_an_error_s_code_is_no_secret(text: str, code: str) -> None:
    assert code not in _values(text)


def test_a_code_sent_stays_one_time() -> None:  # guard
    assert _kinds("Your verification code is 482913, it expires in 10 minutes.", "otp") == ["482913"]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        (
            "Personal access token for the deploy: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            ".FWz8-MEma_-DNvtvHIzXlf-xO2cPLkOiPk.GHAzdNBM9hEqo69f4RkSLwCcF4zGaU9nnq8GK5c5HMk (created 17/09)",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.FWz8-MEma_-DNvtvHIzXlf-xO2cPLkOiPk"
            ".GHAzdNBM9hEqo69f4RkSLwCcF4zGaU9nnq8GK5c5HMk",
        ),
        (
            "Personal access token for the deploy: sess_vpgNhJ5DlIrZR1zUreu2oWW1 (created 15th of February).",
            "sess_vpgNhJ5DlIrZR1zUreu2oWW1",
        ),
        (
            "Persoonlijk toegangstoken voor de git-deploy: e11ba92c6615da4f8fbba80b3415e682a83658d3 "
            "(aangemaakt 28/5).",
            "e11ba92c6615da4f8fbba80b3415e682a83658d3",
        ),
    ],
)
def test_a_jwt_by_its_header_and_a_token_named_for_a_deploy(text: str, token: str) -> None:
    assert _kinds(text, "token") == [token]


def test_a_build_deployed_stays_in_the_open() -> None:  # guard
    assert found("deployed 9c1e4f2a7b3d8e6f0a1b2c3d4e5f6a7b8c9d0e1f to prod, now login fails") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Network is H369A9F21C, WPA2 key E393B3FF5C. The fridge won't pair", "E393B3FF5C"),
        ("L'appli veut la clé wifi : réseau H369A9F21C, clé 424AB09F3016FEEB. Toujours", "424AB09F3016FEEB"),
        ("WPA2 key rocketSunset306. The fridge (WAT28471NL, bought 2020) won't pair", "rocketSunset306"),
        ("Wifi wachtwoord van Gast-WiFi is blijkbaar iZaCGs1LfUL8t8 maar mijn gsm niet", "iZaCGs1LfUL8t8"),
    ],
)
def test_a_network_an_appliance_s_model_and_a_word_said_are_no_key(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]


@pytest.mark.parametrize(
    "text",
    [
        "card number 4664 8105 7941 3171, exp 9/30 CVV 106. Key courier tracking JVGL1459746624971992",
        "Betaald tot 05/28, CVC 648. Pakje met sleutel: 1ZR61FGE5426412516\n\nVriendelijke groet",
    ],
)
def test_a_carrier_s_tracking_number_is_no_key(text: str) -> None:
    assert _kinds(text, "api_key") == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        (
            "Driver please ring 020 9904 7237 or my neighbour on +44 7605 161501 before delivery.",
            ["020 9904 7237", "+44 7605 161501"],
        ),
        (
            "Materialen: graag bellen voor aankomst op 010 245 9941 of mijn buurman 06 9936 7502. Het is de",
            ["010 245 9941", "06 9936 7502"],
        ),
        ("Verkoper belde vanaf +31 13 4360933 en wilde dat ik betaal via Tikkie", ["+31 13 4360933"]),
    ],
)
def test_the_household_s_lines_and_a_caller_named_as_a_person(text: str, phones: list[str]) -> None:
    assert _kinds(text, "phone") == phones


def test_a_company_s_line_to_call_stays_the_company_s() -> None:  # guard
    assert _kinds("Bel onze klantenservice op 020 7209806 tussen 9 en 17 uur.", "phone") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("my email is jake@aol.com and home address 770 elm street, denver ga", "770 elm street, denver ga"),
        ("Address 1085 lakeview dr #635, austin wa. Key safe", "1085 lakeview dr #635, austin wa"),
    ],
)
def test_a_us_street_line_typed_small_without_its_zip(text: str, address: str) -> None:
    assert _kinds(text, "address") == [address]


def test_a_state_that_is_a_word_needs_the_zip() -> None:  # guard
    assert _kinds("I live at 12 main street, springfield in the summer", "address") == []


def test_an_agent_s_sign_a_listing_s_number_and_a_stolen_account() -> None:
    assert found("Please never share your password. ^Chloé\n\nKind regards,\nChloé") == []
    assert _kinds("Gegevens : PUK 30155342, PIN 1395. Annonce 096114 (2012)", "pin") == ["1395"]
    assert _kinds("Mijn Fortnite account is gestolen, e-mailadres mertens.wim@gmail.com en wachtwoord "
                  "Kaas123!", "username") == []  # fmt: skip
