"""Round 37: travel and travel insurance, students and education; telecom and healthcare from knowledge. An
insurance named by its kind or a policy typed in haste before its number; a tenancy's, a university's and a
student loan's numbers; a car hire's agreement as an order; a login unlocked by its shape; a password an
agent sees shared; a company's line beside its registration; a UK number's switching codes."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Hotel kost 122 euro extra, wordt dat vergoed? reisverzekering 8423953371", "8423953371"),
        ("Annuleringsverzekering RV-WERELD nr 988.694.381. Kunnen jullie bellen?", "988.694.381"),
        ("Annuleringsverzeekring BAGGAGE-XL nr 952.427.720, graag snel", "952.427.720"),
        ("Hij is verzekerd onder nummer WR2445977. Wie helpt ons?", "WR2445977"),
        ("Contrat d'assurance annulation : 2804890600\nFormule : OPT-SKI", "2804890600"),
        ("We bought travel insurance IT773022R before the trip", "IT773022R"),
    ],
)
def test_an_insurance_named_by_its_kind_before_its_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "de alarmcentrale van je reisverzekering 020 123 4567 neemt niet op",
        "Annuleringsverzekering PRD-983 kost 45 euro",
        "reisverzekering 2025 verlengd",
    ],
)
def test_an_insurance_s_line_plan_or_year_is_no_customer_number(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Patient DOB March 10, 1979, poliyc MX500221U. Local number below", "MX500221U"),
        ("Polce 276.385.502.", "276.385.502"),
        ("Mijn polnsnummer is EU24-TR-010380 en de boeking volgt", "EU24-TR-010380"),
        ("mon iban pour le remboursement suit. plice n° DRV698470306", "DRV698470306"),
        ("Flight LH 2218, tag 3SJBLG1866066, ploicy 7807 7556", "7807 7556"),
    ],
)
def test_a_policy_typed_in_haste_before_its_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Ik heb pijn in mijn pols 12345678 keer", "the polls 2024 closed", "Polish 123456 zloty"],
)
def test_a_word_one_letter_from_policy_that_is_a_word_of_its_own_names_no_number(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Je loue un kot chez Xior (bail n° T2521566). L'état des lieux", "T2521566"),
        ("La garantie locative n'est pas rendue. Bail n° 2024/1335.", "2024/1335"),
        ("I've rented a room at 83 Marchmont Road (tenancy T1976471) since 08/10/2025", "T1976471"),
        ("my deposit still hasn't come back, tenncy ref 29637224. moved out", "29637224"),
        ("my contractnummer LEASE-132891 graag", "LEASE-132891"),
        ("huurccontract HUUR582405, de borg is nog niet terug", "HUUR582405"),
        ("aflossing klopt niet?? relatieummer 355392376", "355392376"),
        ("Lidnummer studentenvereniging M8365307, contributie €87", "M8365307"),
        ("Student Finance: CRN 95459294307, DOB 23 February 2004", "95459294307"),
        ("KU Loket laat me niet binnen: r-nummer u0148149, paswoord panda6047.", "u0148149"),
        ("Mon numéro de cnotrat: TRV16116439", "TRV16116439"),
    ],
)
def test_a_tenancy_s_a_lease_s_a_club_s_and_a_student_s_numbers(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_university_s_number_before_a_password_is_no_login() -> None:
    assert _kinds("r-nummer u0148149, paswoord panda6047.", "username") == []


@pytest.mark.parametrize(
    "text",
    [
        "Company registration CRN 12345678 on the invoice",
        "Service charges are taken from account 707****73; request req_RDE0sSWrp4Migj",
    ],
)
def test_a_company_s_crn_and_a_masked_account_are_no_customer_numbers(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Voiture de location abîmée, EuroWheels me réclame 382€!! Contrat RSV-930724.", "RSV-930724"),
        ("Hallo, de huurwagen van DriveAway had al een deuk. Contractnr 4958462193.", "4958462193"),
    ],
)
def test_a_car_hire_s_agreement_is_no_customer_number(text: str, value: str) -> None:
    assert value not in _kinds(text, "customer_number")


def test_a_leased_car_s_contract_stays_the_customer_s() -> None:
    assert ("customer_number", "12345678") in found("Mijn leasecontract 12345678 loopt af")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Please never share your password. I've unlocked garcias42; you can set a new one", "garcias42"),
        ("I've unlocked priya.claes; you can set a new one at our site", "priya.claes"),
    ],
)
def test_a_login_unlocked_by_its_shape_alone(text: str, value: str) -> None:
    assert ("username", value) in found(text)
    assert _kinds(text, "password") == []


@pytest.mark.parametrize(
    "text",
    ["I've unlocked it, try again", "I've unlocked your card for you.", "We unlocked the door at 12:30"],
)
def test_an_unlocked_thing_that_is_no_login_names_none(text: str) -> None:
    assert _kinds(text, "username") == []


def test_marks_after_a_login_cue_are_no_login() -> None:
    text = "gebruikersnaam s5869399 ww 0znq7tAIPJ , zegt steeds ongeldige login??"
    assert _kinds(text, "username") == ["s5869399"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Geen wachtwoorden via DM 🙏 Ik zie dat je lissabon.9192 hebt gedeeld, wijzig dat", "lissabon.9192"),
        ("Please don't post passwords. I see you've shared Zomer2024! here.", "Zomer2024!"),
    ],
)
def test_a_password_an_agent_sees_shared(text: str, value: str) -> None:
    assert ("password", value) in found(text)


def test_a_word_an_agent_sees_shared_with_no_sign_is_no_password() -> None:
    assert _kinds("Never share a password. I see you sent photos of the router.", "password") == []


@pytest.mark.parametrize(
    "text",
    [
        "Onderwerp: Bevestiging reservatie QC1390672\n\nBeste Sofie,",
        "Confirmation of booking ZB6639402 attached",
    ],
)
def test_a_booking_s_confirmation_is_no_code(text: str) -> None:
    assert _kinds(text, "otp") == []


def test_a_confirmation_code_stays_a_code() -> None:
    assert ("otp", "123456") in found("je bevestiging is 123456")


@pytest.mark.parametrize(
    "text, value",
    [
        ("la cerradura del apartamento... code 511285 ne fonctionne pas", "511285"),
        ("de codde van de poort is 8621 voor de loodgieter", "8621"),
    ],
)
def test_a_lock_s_code_named_abroad_or_typed_twice_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Notre assistance est joignable 24h/24 au 02/429.73.01. Sarah", "02/429.73.01"),
        ("Onze assistentie is bereikbaar op 02/122.09.21. Groetjes", "02/122.09.21"),
        ("> Petra\n> Globetrotter Assurance | +31 20 047 8004\n", "+31 20 047 8004"),
        ("Ok.\n\nTeam Studentenhuisvesting | KvK 30214009 | 050 599 7755\n\nOp 7 mei", "050 599 7755"),
        ("Service Logement étudiant | n° d'entreprise 0407.626.464 | +32 4 366 21 11\n", "+32 4 366 21 11"),
    ],
)
def test_a_company_s_line_by_its_service_trade_or_registration(text: str, value: str) -> None:
    assert value not in _kinds(text, "phone")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Jan | KvK 12345678 | 06 12345678\n", "06 12345678"),
        ("Hij is verzekerd. Wie kan ons bellen op +351 999 886 759? Dringend", "+351 999 886 759"),
        ("Kunnen jullie ons bellen? +34 657 79 06 23", "+34 657 79 06 23"),
        ("Could you call me back on 020 7946 0000?", "020 7946 0000"),
    ],
)
def test_a_mobile_beside_a_registration_and_a_line_the_customer_asks_to_be_called_on(
    text: str, value: str
) -> None:
    assert ("phone", value) in found(text)


def test_the_company_asking_to_be_called_keeps_its_own_line() -> None:
    assert _kinds("Kunt u ons bellen op 020 528 91 11? Dan lossen we het op.", "phone") == []


def test_a_site_after_a_wifi_key_is_no_second_key() -> None:
    text = "wifi password is 592AO6RCPD2TWYDM and still can't upload the receipts to tripboeker.example/claim"
    assert _kinds(text, "wifi_key") == ["592AO6RCPD2TWYDM"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("My PAC code is ABC123456, can you port my number by Friday?", "otp", "ABC123456"),
        ("PAC: KLM 482 913", "otp", "KLM 482 913"),
        ("Here's my STAC 937465STA to cancel", "otp", "937465STA"),
        (  # (the whole string, a token since round 44)
            "eSIM: LPA:1$rsp.example.com$QR-G-5C-KR-1PTTSWB",
            "token",
            "LPA:1$rsp.example.com$QR-G-5C-KR-1PTTSWB",
        ),
        ("Simkaart nummer 258.072.912", "customer_number", "258.072.912"),
        ("Easy Switch ID: 31234567", "otp", "31234567"),  # (a porting code, round 44)
        ("opwaardeercode 1234 5678 9012 3456", "pin", "1234 5678 9012 3456"),
        ("my top-up code is 8291 7364 5512 0098", "pin", "8291 7364 5512 0098"),
        ("Medicare number 1EG4-TE5-MK73", "customer_number", "1EG4-TE5-MK73"),
    ],
)
def test_telecom_and_health_numbers_from_knowledge(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize("text", ["ma PAC air-eau 8 kW de 2019", "PIP code 123-4567 is out of stock"])
def test_a_heat_pump_and_a_pharmacy_s_product_code_are_no_codes(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("otp", "pin")] == []


def test_a_line_to_call_after_a_cvv_warning_is_no_cvv() -> None:
    text = "N'envoyez jamais votre code CVV. Appelez le 070 22 44 00."
    assert _kinds(text, "cvv") == []


@pytest.mark.parametrize(
    "text",
    [
        "Call (312) 555-0150 quoting SR-2418958 if it hasn't arrived",
        "Rappelez-nous au +32 2 640 30 40 en mentionnant le dossier CLM-2025-1469",
        "Bel 020 123 4567 onder vermelding van uw dossiernummer",
    ],
)
def test_a_line_called_quoting_a_reference_is_the_company_s(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_the_customer_s_own_line_with_a_reference_to_quote_stays_a_phone() -> None:
    assert ("phone", "020 7946 0000") in found("call me on 020 7946 0000 quoting my ref")
