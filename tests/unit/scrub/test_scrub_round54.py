"""Round 54: funerals, hotels and hosts, print shops, waste collection and driving schools; business banking,
furniture, pet insurance, cinemas, home care and coworking read (their development halves): a session token
longer than 160 characters, a French key box typed in haste, a company's line reachable on working days or
rung again and again, a care client's file, a contract named before its number's word, an account locked
right after its name, digits said after a bare "code", an API key's cue before a key used, an issued login,
"login" typed with a slip, a network's default name before its password, a British street's other types."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


def test_a_session_token_longer_than_160_characters_is_covered_whole() -> None:
    token = "eyJhbGciOiJIUzI1NiJ9." + "Qm9uam91ckxlc0FtaXM" * 9 + "." + "c2lnbmF0dXJlX3BhcnQ" * 3
    assert len(token) > 200
    assert ("token", token) in found(f"Het access token in de koppeling is {token} sinds gisteren")


@pytest.mark.parametrize(
    "text",
    [
        "Le code de la boîe à clés est maintenant 6620, merci de prévenir l'aide-soignante.",
        "le codde de la boîte à clsé a changé : 5184. Bonne journée",
        "Le code de la boîîte à clés a changé : 70312. Merci",
    ],
)
def test_a_french_key_box_typed_in_haste_holds_a_pin(text: str) -> None:
    assert len(_kinds(text, "pin")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Groetjes, Kim\nBetaalPunt\nBereikbaar op werkdagen via 030 245 7710",
        "Can someone ring me back on 0475 22 81 90? Al 4 keer 09 321 40 00 gebeld vandaag",
    ],
)
def test_a_company_s_line_reachable_on_working_days_or_rung_again_is_no_customer_s(text: str) -> None:
    phones = _kinds(text, "phone")
    assert "030 245 7710" not in phones and "09 321 40 00" not in phones


def test_the_customer_s_own_line_on_working_days_stays_theirs() -> None:  # guard
    assert _kinds("Ik ben op werkdagen bereikbaar op 030 245 7710", "phone") == ["030 245 7710"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please note the new key safe code on client file 774-120-553. Thanks", "774-120-553"),
        ("Het nieuwe schema staat in het dossier van cliënt KZ0441297. Groet", "KZ0441297"),
        ("Mob. 06 18 77 42 90\nKlantnr. RETAIL482210", "RETAIL482210"),
        ("Je souhaite résilier mon contrat d'assurance obsèques n° QX-730514. Merci", "QX-730514"),
        ("Please cancel my funeral plan, reference 612204/18, and refund the balance", "612204/18"),
        ("My garden waste subscription ref is 5521 0837 44, paid by card", "5521 0837 44"),
        ("Leeds LS6 2QT. Council tax reference CT-5502817.\n\nRegards", "CT-5502817"),
    ],
)
def test_a_care_client_s_file_and_a_contract_named_before_its_number_s_word_name_a_customer(
    text: str, value: str
) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I need to cancel his contract His number 07700 900 461 is off",  # another's number after a pronoun
        "About my policy claim reference 58120477: it was never paid",  # another thing's number
    ],
)
def test_a_contract_s_reader_leaves_other_numbers(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We zien dat je account pv2007 is geblokkeerd na te veel pogingen.", "pv2007"),
        ("Your account WILLEMS204 has been locked, please reset it", "WILLEMS204"),
    ],
)
def test_an_account_locked_right_after_its_name_is_a_login(text: str, value: str) -> None:
    assert ("username", value) in found(text)


def test_an_account_s_number_locked_stays_a_number() -> None:  # guard
    assert _kinds("account 40118822 is geblokkeerd sinds gisteren", "customer_number") == ["40118822"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Code : neuf deux sept trois", "otp"),
        ("de code is vier vier nul twee", "otp"),
        # (guards: a lock's, an alarm's or a voicemail box's code said in digits stays a PIN)
        ("haar alarm piept de hele tijd, haar code is zes een een acht", "pin"),
        ("le code de la messagerie vocale c'est cinq deux deux neuf, il ne marche plus", "pin"),
    ],
)
def test_digits_said_after_a_bare_code_take_the_kind_typed_digits_take(text: str, kind: str) -> None:
    assert _kinds(text, kind) != []


def test_a_lock_named_in_an_earlier_paragraph_leaves_a_code_sent() -> None:
    text = "Key safe code 5512 for the carers.\n\nThe code in the app says 408813 but it's rejected."
    assert ("otp", "408813") in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Our dev needs a working API key for the POS link. We're using 9c1e77ab40d2f6e3a1b5c8d9e0f2a4b6 "
            "and getting E1001.",
            "9c1e77ab40d2f6e3a1b5c8d9e0f2a4b6",
        ),
        (
            "De boekhouding vraagt om een API key, is dit 'm? xoxb-551203418822-7781204519930-Kq2mZp8Rt5Lw",
            "xoxb-551203418822-7781204519930-Kq2mZp8Rt5Lw",
        ),
        (
            "Access key ID: xoxb-301294857712-8812334550021-ZmT4kPq9Rs2X\n",
            "xoxb-301294857712-8812334550021-ZmT4kPq9Rs2X",
        ),
    ],
)
def test_an_api_key_s_cue_before_a_key_used_or_pointed_at_types_it(text: str, value: str) -> None:
    assert ("api_key", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My details: date of birth 02.03.61, login KT552091", "KT552091"),
        ("The payroll site is too quick for me. user H448120", "H448120"),
        ("router lpgin beheer_ramon / tulp88", "beheer_ramon"),
        ("Inlpg portal mvos41, pincode voicemail 5512", "mvos41"),
    ],
)
def test_an_issued_login_and_login_typed_with_a_slip_name_a_username(text: str, value: str) -> None:
    assert ("username", value) in found(text)


def test_an_error_s_code_after_login_is_no_username() -> None:  # guard
    assert _kinds("login ERR4041 again and again", "username") == []


def test_a_password_cue_after_a_provider_s_default_network_is_its_wifi_key() -> None:
    text = "Gastntwerk telenet-5C2D1 wachtwoord: QmT7-X2L9-pq4r-zZk1"
    assert ("wifi_key", "QmT7-X2L9-pq4r-zZk1") in found(text)


def test_the_sender_s_warning_rides_with_its_code() -> None:
    assert ("otp", "6620") in found("Deel nooit je wachtwoord of de code 6620 met iemand, ook niet met ons.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bins were not collected at 42 Larch Grove. Again.", "42 Larch Grove"),
        ("Bins left outside 7 Harbour View. Again.", "7 Harbour View"),
        ("Bins not collected at 179 Cedar Road.", "179 Cedar Road"),  # no full stop of the sentence
        ("The driver will call (312) 555-0144 30 mins before.", "(312) 555-0144"),
    ],
)
def test_a_british_street_s_other_types_and_a_count_after_a_us_number(text: str, value: str) -> None:
    assert value in [found_value for _, found_value in found(text)]


def test_the_phone_named_before_its_code_is_its_screen_s() -> None:
    assert ("pin", "4471") in found("my iPhone code is 4471, the screen is cracked")


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben het niet eens met mijn cijfer voor CHEM2A, ik kreeg een 5,5",  # a grade, no code
        "Ik kreeg de melding dat mijn account is geblokkeerd (code K7731).",  # what failed, its error
        "Betaald met kaart 4539 1488 0343 6467 maar de sessie is verlopen (code 503). Kunnen jullie bellen?",
    ],
)
def test_a_grade_and_an_error_after_what_failed_are_no_codes(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("otp", "pin", "cvv")] == []
