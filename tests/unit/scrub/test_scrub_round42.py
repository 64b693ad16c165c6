"""Round 42: schools, childcare and education, healthcare, pensions and insurance read (their development
halves)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Vriendelijke groet,\n> Ilse - Secretariaat Basisschool De Regenboog\n> Tel. 03 480 12 55",
        "Best wishes,\nHayley - School Office, Oakfield Primary\nTel 0300 123 4455",
        "Groetjes,\nSanne | Team Ouders\nKinderopvang Zonnetje - bereikbaar op werkdagen via 030 245 66 10",
        "Kind regards,\n> Amy\n> Little Stars\n> T 0113 496 0123 | littlestars.co.uk\n> Company No. 0812345",
    ],
)
def test_a_school_s_office_and_a_nursery_sign_their_own_line(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_business_customer_s_role_and_company_keep_their_line() -> None:
    text = "Groeten,\nKoen Maes - Administratief bediende - Bakkerij Aerts\nTel: 050 229 8896"
    assert _kinds(text, "phone") == ["050 229 8896"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Can you move my son's lesson? My pupil no. is C7745120", "C7745120"),
        ("For the grant I need Maya's ULN (6120448391), can you send it?", "6120448391"),
        ("Nursery asked for our 30 hours code again, it's 50166203471, sorry!", "50166203471"),
        ("Hello, my policy reference is K55109T and the payment bounced.", "K55109T"),
        ("New bank: GB33BUKB20201555555555\nDirect Debit reference: MND66120448", "MND66120448"),
        ("We've noted your new address. Your account number is still AC-5520913.", "AC-5520913"),
    ],
)
def test_a_pupil_s_a_learner_s_a_policy_s_and_a_mandate_s_number(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


def test_a_pupil_s_number_that_passes_the_eleven_test_is_no_bsn() -> None:
    text = "please call me back, my pupil no. is 4089-10276"
    assert _kinds(text, "customer_number") == ["4089-10276"]
    assert _kinds(text, "bsn") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Graag schrijf ik onze dochter Lien (°7-3-2016) in voor de opvang.", "7-3-2016"),
        ("Inschrijving: Mats ° 14.09.2012, klas 5B", "14.09.2012"),
        ("For the application, dtae of birth: 3 May 2010", "3 May 2010"),
        ("Pouvez-vous corriger la date de naisance 12 mars 2011 ?", "12 mars 2011"),
    ],
)
def test_a_belgian_s_born_sign_and_a_birth_date_s_label_typed_in_haste(text: str, date: str) -> None:
    assert _kinds(text, "date_of_birth") == [date]


def test_a_number_after_n_degree_is_no_birth_date() -> None:
    assert _kinds("Uw dossier n°12.05.2019 is afgesloten", "date_of_birth") == []


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("@SchoolApp your app rejects jlewis / Pancake2019 since Monday", "jlewis", "Pancake2019"),
        ("@Smartschool l'appli refuse marie.dubois / soleil77 depuis hier", "marie.dubois", "soleil77"),
    ],
)
def test_a_pair_an_app_rejects_is_a_login(text: str, user: str, password: str) -> None:
    assert _kinds(text, "username") == [user]
    assert _kinds(text, "password") == [password]


def test_what_an_app_rejects_between_slashes_is_no_pair_without_a_secret() -> None:
    assert _kinds("the app rejects iOS / Android versions older than 2020", "password") == []


def test_a_code_that_came_by_mail_is_sent_whatever_its_cue() -> None:
    text = "Toegangscode portaal via mail: drie vier nul twee zes acht. Waar vul ik die in?"
    assert _kinds(text, "otp") == ["drie vier nul twee zes acht"]


def test_an_access_code_said_without_how_it_came_stays_a_pin() -> None:
    text = "de toegangscode van het park is vier vier zeven een"
    assert _kinds(text, "pin") == ["vier vier zeven een"]


def test_a_report_made_to_the_police_names_no_policy() -> None:
    text = "GSM gestolen. Numéro de PV à la police : PV-5513208. Merci"
    assert _kinds(text, "customer_number") == []


def test_a_member_added_to_an_insurance_policy_keeps_its_number() -> None:
    text = "Bienvenue à Emma ! Elle est ajoutée à la police 4471209935."
    assert _kinds(text, "customer_number") == ["4471209935"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Een schade-expert neemt binnen 3 dagen contact met je op via 0413 449832.", "0413 449832"),
        ("Our assessor will contact you within two days on 0161 496 0732.", "0161 496 0732"),
    ],
)
def test_the_company_contacting_the_customer_there_is_the_customer_s_line(text: str, number: str) -> None:
    assert _kinds(text, "phone") == [number]


def test_an_account_s_name_in_brackets_is_its_login() -> None:
    text = "Sorry for the trouble! I've unlocked your account (PriyaMalhotra). You can sign in again."
    assert _kinds(text, "username") == ["PriyaMalhotra"]


def test_an_account_s_plan_in_brackets_is_no_login() -> None:
    assert _kinds("my account (Premium) was charged twice", "username") == []


@pytest.mark.parametrize(
    "text",
    [
        "Please pay into the new account. It's for claim CLM-55120098, thanks",
        "Ik heb de nota (0726359256) als bijlage meegestuurd.",
    ],
)
def test_a_claim_named_after_for_and_a_doctor_s_bill_are_references(text: str) -> None:
    assert _kinds(text, "customer_number") == []
    assert _kinds(text, "phone") == []


def test_a_reference_in_the_confirmation_is_no_code() -> None:
    assert _kinds("Kenmerk in de bevestiging: B6620914. Klopt dat?", "otp") == []


@pytest.mark.parametrize(
    "text",
    [
        "From: a parent\n> Subject: ParentPortal login\n> > Did the pick-up times change this week?",
        "> Onderwerp: Smartschool wachtwoord\n> > GSM van mijn dochter is afgenomen",
    ],
)
def test_a_cue_that_ends_a_mail_s_subject_takes_nothing_from_its_body(text: str) -> None:
    assert _kinds(text, "username") == []
    assert _kinds(text, "password") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Adres: Kerkstraat 12 9000 Gent\nGsm mama: 09 750 28 22", "09 750 28 22"),
        ("Nieuw adres: Molenstraat 7, 8000 Brugge. Gsm blijft 09 797 12 91", "09 797 12 91"),
        ("Merci.\n\nBien cordialement,\nSophie Lambert\n09 751 52 14", "09 751 52 14"),
        ("Dank u.\n\nBien à vous,\nGrégory Laurent - 09 584 32 88", "09 584 32 88"),
    ],
)
def test_a_line_labelled_by_whose_it_is_or_that_stays_and_one_signed_by_name(text: str, number: str) -> None:
    # (numbers in no range a plan assigns: only a label or a signature says they are phones)
    assert _kinds(text, "phone") == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Uw klantnummer bllijft 6431-19439, het adres is aangepast.", "6431-19439"),
        ("For the form: my canddiate number is 55120, thanks", "55120"),
        ("Repeat prescription please. My NHS nmuber is 943 476 5919.", "943 476 5919"),
    ],
)
def test_a_customer_number_s_cue_and_its_connector_typed_in_haste(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Al 2 weken in de wcaht bij 050 - 599 77 55. Dit is toch niet normaal??",
        "45 minutes d'attnete au 02 588 11 00... #panne",
    ],
)
def test_waiting_for_the_company_typed_in_haste_names_its_line(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_call_back_asked_for_in_haste_stays_the_customer_s_line() -> None:
    assert _kinds("Graag beellen: 030-7089386, ik ben thuis", "phone") == ["030-7089386"]
