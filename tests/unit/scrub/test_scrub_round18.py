"""Round 18: recovery codes listed in a sentence, corrections owned up to, codes checked on the next line,
codes used up or expired, customer numbers in tables and after the provider one leaves, the company's
line that rings unanswered, error codes in brackets, and cue words typed fast."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "lost my phone, kept the recovery codes: 7Q2M-K8PD-3XWN and h4tz9-pq2m1, do they still work",
            ["7Q2M-K8PD-3XWN", "h4tz9-pq2m1"],
        ),
        (
            "de back-up codes die ik bewaard heb zijn 3301 8842, wq8e1lz0ta en 44120076",
            ["3301 8842", "wq8e1lz0ta", "44120076"],
        ),
        ("j'ai noté mes codes de secours : 5520 1193 et x7pk-2wd9. merci", ["5520 1193", "x7pk-2wd9"]),
        ("backup cods from the sheet: kk29vmx0q1, 9921 4410", ["kk29vmx0q1", "9921 4410"]),
        (
            "I still have recovery codes TRWQ 8K2D 55XP and zm3k-88qa if you need them",
            ["TRWQ 8K2D 55XP", "zm3k-88qa"],
        ),
    ],
)
def test_recovery_codes_listed_in_a_sentence_are_one_time_codes(text: str, values: list[str]) -> None:
    findings = found(text)
    for value in values:
        assert ("otp", value) in findings


def test_the_words_around_recovery_codes_are_no_codes() -> None:
    findings = found("my recovery codes with 7781 0032 does that help")
    assert ("otp", "7781 0032") in findings
    assert not any("with" in value or "does" in value for _, value in findings)


@pytest.mark.parametrize(
    "text, values",
    [
        ("oops typo, it's 518204 not 903377", ["518204", "903377"]),
        ("pardon je me suis trompée, c'est 662-019 et pas G-481155", ["662-019", "G-481155"]),
        ("sorry, tikfout: het is 731 554 niet 208841", ["731 554", "208841"]),
    ],
)
def test_a_slip_owned_up_to_corrects_a_code_whatever_the_numbers(text: str, values: list[str]) -> None:
    findings = found(text)
    for value in values:
        assert ("otp", value) in findings


def test_an_order_number_corrected_stays_a_reference() -> None:
    findings = found("sorry typo, order 48213 not 48231")
    assert not any(value in ("48213", "48231") for _, value in findings)


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Goedemiddag, ik heb het formulier ingevuld maar het lukt niet verder. 604117\n\nzo goed?",
            "604117",
        ),
        ("Bonjour, j'ai tout essayé depuis ce matin et rien ne passe. G-550194\nc'est bon ?", "G-550194"),
        (
            "Hello, I followed the steps from your help page but it still fails. 77120943\nis this right?",
            "77120943",
        ),
    ],
)
def test_a_code_on_a_line_the_next_line_asks_to_check(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_number_inside_a_sentence_before_a_check_is_not_taken() -> None:
    text = "Hello, I paid the invoice of last month with reference 2025 04 and more words.\nis this right?"
    assert not any(kind == "otp" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "Uw PUK staat op het kaartje.\n> Ik zie dat je code 55120938 al gebruikt is, ik stuur er een.",
            "55120938",
        ),
        ("my SIM PIN works. code is 602391 but the app says expired", "602391"),
        ("Got a new card today. The code 4410 already used, says the site", "4410"),
    ],
)
def test_a_code_used_up_or_expired_was_sent(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_expired_is_no_card_date() -> None:
    findings = found("the app says expired code 7719, what now")
    assert ("cvv", "7719") not in findings


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("my Steam Guard code K7XQ2 says already used", "otp", "K7XQ2"),
        ("de steamguard coed was PLWMX maar die deed het niet", "otp", "PLWMX"),
        ("dad is reading it out: four one one nine two six", "otp", "four one one nine two six"),
        ("I got two coes, 418220 and then 77193", "otp", "418220"),
    ],
)
def test_codes_named_by_what_sends_or_reads_them(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Klantnummer | 4410293385\nFactuurnummer | 7730012", "4410293385"),
        ("N° client | KL-5520193\nN° facture | F2025-1102", "KL-5520193"),
        (
            "port-in for 07700 900123, account number with old carrier 2.4410.937, account PIN 5521",
            "2.4410.937",
        ),
        ("nummerbehoud voor 0612345678, klantnr oude provider 771-203344, ticket 00441201", "771-203344"),
        ("@watercompany 8830194472 that's dad's account number", "8830194472"),
        ("@assureur 5102-4471-88 c'est le numéro de contrat", "5102-4471-88"),
    ],
)
def test_customer_numbers_in_tables_after_the_old_provider_and_before_the_name(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        (
            "Ik heb al 3x gebeld naar 071 512 4400, maar na een half uur werd de verbinding verbroken.",
            "071 512 4400",
        ),
        ("ik sta al 40 minuten in de wacht op 040 233 1000", "040 233 1000"),
        ("Vous pouvez me joindre au 0475 12 34 56. Le 02 511 22 33 est toujours occupé.", "02 511 22 33"),
        ("I have rung (312) 555-0142 twice and after an hour on hold the line went dead", "(312) 555-0142"),
        ("Het nummer 030 288 1100 blijft in gesprek.", "030 288 1100"),
    ],
)
def test_a_line_that_rings_unanswered_is_the_companys(text: str, number: str) -> None:
    assert ("phone", number) not in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Vous pouvez me joindre au 0475 12 34 56. Le 02 511 22 33 est toujours occupé.", "0475 12 34 56"),
        (
            "call back on +44 (0)7700 900456 please, not 0800 111 222, been on hold there for ages",
            "+44 (0)7700 900456",
        ),
        ("Vous pouvez m'appeler au 04/223.45.67, personne ne répond chez vous", "04/223.45.67"),
    ],
)
def test_the_customers_own_number_beside_an_unanswered_line_stays_personal(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Your portal keeps showing an error (code 44172) when I save my details", "44172"),
        ("Uw website geeft steeds een foutmelding (code 30918) als ik iets wijzig", "30918"),
        ("le mot de passe wifi est ok mais la console ne se connecte pas CE-348780-2", "CE-348780-2"),
    ],
)
def test_error_codes_in_brackets_and_console_errors_are_no_secrets(text: str, code: str) -> None:
    assert not any(value == code for _, value in found(text))


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "someone used my account!! loign is nightowl_2207 and i never shared it",
            "username",
            "nightowl_2207",
        ),
        ("logiin is Pixel_Ranger ok", "username", "Pixel_Ranger"),
        ("login: bob.k@example.com / ppass: #qWkRTzmPLaXv - locked again", "password", "#qWkRTzmPLaXv"),
        ("passswd: HarborLight552 😩", "password", "HarborLight552"),
    ],
)
def test_cue_words_typed_fast(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_topic_after_a_cue_is_no_login_name() -> None:
    findings = found("app broken again, every lgoin #notimpressed")
    assert not any(value == "#notimpressed" for _, value in findings)


def test_a_camel_case_topic_after_a_password_cue_is_no_password() -> None:
    assert ("password", "#BlackFridayDeals") not in found("password: #BlackFridayDeals")


@pytest.mark.parametrize(
    "text, number",
    [
        (
            "Bien à vous,\nCamille\nÉquipe Voltis\nTél. 02 345 67 89\n\nLe 3 mars, Paul a écrit :",
            "02 345 67 89",
        ),
        (">> Met vriendelijke groet,\n>> Sanne\n>> Team Stroomrijk\n>> T 030 456 78 90", "030 456 78 90"),
        ("uw helpdesk 030 765 4321 is nooit bereikbaar", "030 765 4321"),
        ("L'équipe Lumio\nJoignable du lundi au vendredi de 8h à 17h au 02 411 22 33", "02 411 22 33"),
        ("Bel ons op 020 987 6543 (ma-vr 8-20 uur)", "020 987 6543"),
        ("From abroad: +44 161 555 0199", "+44 161 555 0199"),
    ],
)
def test_the_companys_line_by_its_team_its_service_its_hours(text: str, number: str) -> None:
    assert ("phone", number) not in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Kind regards,\nJan Peeters\nT: 0475 12 34 56", "0475 12 34 56"),
        ("you can reach me on 0161 555 0142 (9am-5pm)", "0161 555 0142"),
        ("call me from abroad: +44 7700 900123", "+44 7700 900123"),
        ("bel 04286379 even", "04286379"),
    ],
)
def test_a_persons_own_line_stays_a_phone(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Regards,\nPeggy\n21 Maple Ave, Green Bay, WI 54301\nMob 414-555-0173\n", "414-555-0173"),
        ("sim blocked after 3 wrong pins, need my PUK. number is 2065550144.", "2065550144"),
        ("the driver called me on 5125550123 but i was out", "5125550123"),
        ("port-in request for 206-555-0110, account PIN 2872", "206-555-0110"),
    ],
)
def test_phone_numbers_labelled_without_a_colon_or_said_to_be_ones_own(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "Hi Sam, I've locked the account TheSilentOtter for you. A reset link is on its way.",
            "username",
            "TheSilentOtter",
        ),
        (
            "Bonjour Léa, j'ai bloqué le compte PixelDrift_77. Un mail a été envoyé.",
            "username",
            "PixelDrift_77",
        ),
        ("opa_wim is de naam waarmee mijn vader inlogt bij het pensioenfonds", "username", "opa_wim"),
        ("Code van mijn gsm is 5520 en toch blokkeert die", "pin", "5520"),
        ("CODE DU BOÎTIER À CLÉS POUR L'AIDE-SOIGNANTE : 440918", "pin", "440918"),
    ],
)
def test_logins_named_by_an_agent_or_a_relative_and_codes_a_household_keeps(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(text)


def test_a_service_name_in_camel_case_after_an_account_is_no_login() -> None:
    assert not any(kind == "username" for kind, _ in found("ik heb mijn account MyMinfin geblokkeerd"))


def test_a_code_after_erreur_code_is_the_errors() -> None:
    assert not any(value == "67812" for _, value in found("l'appli reste bloquée, erreur code 67812"))


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("77120943 c'est le code que j'ai reçu ce matin", "otp", "77120943"),
        ("5502 is de code die ik altijd gebruik, ook voor de app", "pin", "5502"),
        ("When it finally arrived (4410) it had already expired.", "otp", "4410"),
        ("de sms kwam te laat binnen, nu is Q7KDV al verlopen", "otp", "Q7KDV"),
        ("Voor alle zekerheid: 'k heb 553-019 gekregen.", "otp", "553-019"),
        ("K-441902 kreeg ik net binnen, maar ik heb niks aangevraagd", "otp", "K-441902"),
    ],
)
def test_a_code_named_after_it_arrived_or_expired(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["bestelling 48213 is de code", "2019 is de code? nee", "ik heb 3 pakketten gekregen"],
)
def test_references_years_and_counts_named_after_are_no_codes(text: str) -> None:
    assert not any(kind in ("otp", "pin") for kind, _ in found(text))


def test_four_digits_told_after_a_machine_swallowed_the_card_are_its_pin() -> None:
    text = (
        "Mijn kaart (5215 3361 2084 7739, vervaldatum 09-2029) is ingeslikt. "
        "Ik ben zeker dat de code 4471 juist was."
    )
    assert ("pin", "4471") in found(text)


def test_a_cvv_named_beside_a_swallowed_card_stays_a_cvv() -> None:
    text = "card 4234 8865 8380 0802 exp 07/27 cvv 5431, the ATM swallowed it"
    assert ("cvv", "5431") in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("@zorgfonds 2204917733 and 3 Feb 1944", "customer_number", "2204917733"),
        ("@mutualiteit 512.380.774 en 14 mei 1951", "customer_number", "512.380.774"),
        (
            "Fout 0x80072B2D - account geblokkeerd\nGebr. naam:pietdekker61\nLaatste poging: 01.09.2025",
            "username",
            "pietdekker61",
        ),
        ("ik meld me aan met anneke_1979. e-mail volgt", "username", "anneke_1979"),
        ("@zorg memebr id 4410-2291-07", "customer_number", "4410-2291-07"),
    ],
)
def test_numbers_beside_a_birth_date_and_logins_as_screens_shorten_them(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(text)


def test_an_order_beside_a_birth_date_stays_a_reference() -> None:
    assert not any(kind == "customer_number" for kind, _ in found("order 55650911 and 13.07.1931"))


@pytest.mark.parametrize(
    "text, value",
    [
        ("PPPoE username: kvos@glasnet-int\nPPPoE password: Tq7!kP2w", "PPPoE"),
        ("wifi naam: Ziggo7C1D2E\nwachtwoord: ppqhxk8zv4tt", "Ziggo7C1D2E"),
    ],
)
def test_a_protocol_and_a_network_name_are_no_secrets(text: str, value: str) -> None:
    assert not any(found_value == value for _, found_value in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("I tried ringing 0161 555 0123 several times", "0161 555 0123"),
        ("Ik heb 040 297 5000 geprobeerd te bellen", "040 297 5000"),
        ("Le numéro 02 664 81 11 ne répond jamais", "02 664 81 11"),
    ],
)
def test_a_line_tried_and_never_answered_is_the_companys(text: str, number: str) -> None:
    assert ("phone", number) not in found(text)


def test_a_line_one_rings_for_a_person_stays_theirs() -> None:
    assert ("phone", "0161 555 0123") in found("I tried ringing my son on 0161 555 0123")


@pytest.mark.parametrize(
    "text, number",
    [
        ("U kunt ons bereiken op 020 228 8800.", "020 228 8800"),
        ("Meer info: 070 350 30 30 (lokaal tarief)", "070 350 30 30"),
        ("Klantenservice: 0900-0024 (€0,10/min)", "0900-0024"),
    ],
)
def test_the_companys_line_by_its_tariff_or_by_us(text: str, number: str) -> None:
    assert ("phone", number) not in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("je kunt me bereiken op 020 228 8800", "020 228 8800"),
        ("call me on 0161 496 0000, it's a local rate", "0161 496 0000"),
    ],
)
def test_a_persons_line_with_a_tariff_word_stays_theirs(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


def test_a_path_in_a_pasted_log_names_no_login() -> None:
    assert not any(kind == "username" for kind, _ in found("ls /usr/local/bin/router-cli -> error"))
