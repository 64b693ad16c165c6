"""Round 38: telecom and healthcare read (their development halves). A SIM card is no payment card; a phone's
lost signal names no wifi; a STAC as customers copy it; a refill card's PIN; members', accounts' and
customers' numbers right after the word; an agent's first name over the company's line; a keypad's letter
after the digits; a subscription's number in brackets; an aside in brackets after a cue; a phone in one run
before a PUK; a digest typed in haste; crossed-out digits; an energy connection's bare EAN; a call's end;
an error's code and a lock typed in haste; a verb or a place after a login cue; a macro's field; a thing's
number after 'nummer'."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Iemand heeft mijn simkaart laten vervangen (sim swap). Ik kreeg code 1439 om 09:20.", "1439"),
        ("Nieuwe simkaart besteld.\n\nverificatiecode 5521 klopt niet, al 9x aangevraagd", "5521"),
        ("My SIM card was swapped without asking. I got code 8141 at 10pm, then nothing.", "8141"),
    ],
)
def test_a_code_beside_a_sim_card_is_sent_not_a_cvv(text: str, value: str) -> None:
    assert ("otp", value) in found(text)
    assert _kinds(text, "cvv") == []


def test_a_code_beside_a_payment_card_is_still_its_cvv() -> None:
    assert ("cvv", "123") in found("Mijn kaart 4111 1111 1111 1111, de code achterop is 123")


def test_a_phone_s_lost_signal_names_no_wifi() -> None:
    text = "Échange de carte SIM sans mon accord. J'ai reçu le code 90705793 à 10h20 puis plus de réseau."
    assert ("otp", "90705793") in found(text)
    assert _kinds(text, "wifi_key") == []


def test_the_wifi_network_s_key_is_still_a_wifi_key() -> None:
    assert _kinds("Le réseau de la box est Proximus-Home-4A2C, clé Rocky85@Home", "wifi_key") != []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Want to leave but keep my number, so I got a STAC: 530977CZA. Account 20-861619", "530977CZA"),
        ("my stac is 172327TWL, please confirm", "172327TWL"),
        ("PAC code: KLM 482 913", "KLM 482 913"),
    ],
)
def test_a_uk_switching_code_as_customers_copy_it(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Prepaid refill card PIN 1724-6169-2549-7528 says already used??", "1724-6169-2549-7528"),
        ("prepaid refill card pin 8715016446374149 doesn't work", "8715016446374149"),
    ],
)
def test_a_refill_card_s_pin_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)
    assert _kinds(text, "customer_number") == []


def test_a_charging_card_s_number_is_still_the_holder_s() -> None:
    assert ("customer_number", "18118934037972525") in found("Mijn laadkaart heeft nummer 18118934037972525")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Insurance card says member 7665055-98, but the pharmacy says no coverage", "7665055-98"),
        ("Kind regards,\nEmma Smith (member M4108885)", "M4108885"),
        ("Best,\nAisha Evans (membeer 1318419-09)", "1318419-09"),
        ("Will my roaming add-on work there? Customer since 2019, acc 240392421396", "240392421396"),
        ("poort 443 staat dicht. Klant CL89874161", "CL89874161"),
        ("poort 8080 staat dicht. Klnt CL06737247", "CL06737247"),
    ],
)
def test_a_member_s_an_account_s_or_a_customer_s_number_right_after_the_word(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our team has member 3 of the board on it",
        "member since 2019 and never had a problem",
        "Kan ik het saldo van compte BE35 8790 1234 5678 zien?",
    ],
)
def test_a_count_a_year_or_an_iban_after_the_word_is_no_member_number(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Met vriendelijke groet,\nLinda\nHuisartsenpraktijk De Brug | 071 365 22 22", "071 365 22 22"),
        ("> Kind regards,\n> Sophie\n> Patient Access | 0161 212 2000", "0161 212 2000"),
        ("Cordialement,\nÉmilie\nCabinet dentaire du Parc - 04 366 71 11", "04 366 71 11"),
    ],
)
def test_an_agent_s_first_name_over_the_company_s_line(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


def test_the_signer_s_own_name_on_the_line_keeps_the_number_theirs() -> None:
    assert ("phone", "020 555 1234") in found("Kind regards,\nJohn\nJohn Smith | 020 555 1234")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Key safe code is 4947B so the carers can get in", "4947B"),
        ("Gate code 3558B, flat 4 round the back.", "3558B"),
        ("De sleutelkluis heeft code C2414, de thuiszorg weet ervan", "C2414"),
    ],
)
def test_a_keypad_s_code_with_its_letter(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kan ik het beltegoed vanaf mijn eigen abonnement (A8107623863) aanvullen?", "A8107623863"),
        ("Kunnen jullie het abonnement (C-79860486) overzetten?", "C-79860486"),
        ("Please move my subscription (SUB29938417) to the new address", "SUB29938417"),
        ("Sim blokkeren svp. Abonnemetsnummer MC-557-39809.", "MC-557-39809"),
    ],
)
def test_a_subscription_s_number_in_brackets_or_typed_in_haste(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_product_s_code_in_brackets_after_a_subscription_is_no_customer_number() -> None:
    assert _kinds("Mijn abonnement (SKU 039-1781) wordt niet geleverd", "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Simkaartnummer (ICCID) 8931221955205344217, geboortedatum 17-2-98.", "8931221955205344217"),
        ("SIM number (ICCID) 8944576583387411226, DOB 3 Jan 1970", "8944576583387411226"),
        ("Klantnummer (oud) 12345678, graag overzetten", "12345678"),
        ("Mon numéro client: 945197536, n° de carte SIM 8932945479656092178.", "8932945479656092178"),
    ],
)
def test_an_aside_in_brackets_after_a_cue_and_a_sim_card_s_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, phone, puk",
    [
        ("Le code PUK du 0495657893 est 12654443. Ne le communiquez jamais", "0495657893", "12654443"),
        ("Hoi Pieter, de nieuwe PUK-code voor 0318162442 is 49804941.", "0318162442", "49804941"),
    ],
)
def test_a_phone_in_one_run_before_its_puk(text: str, phone: str, puk: str) -> None:
    findings = found(text)
    assert ("puk", puk) in findings
    assert ("puk", phone) not in findings


@pytest.mark.parametrize(
    "text",
    [
        "Le firmware 2.21.33 du modem a un checkusm "
        "41485ef67607a449b6474706d2fb14c1fa333f7f29c5b7921c4cf12415def6cc différent de celui du site.",
        "Please reset my login. Router firmware 15.6.0, checkum 4ab94d6791ac3ea82c42652ba7f36e0d5e1a26da "
        "doesn't match the one on your site.",
        "Firmware v5.11.8: checksmu e74b0e7f1d4dd1156885fabf11f30dc1, klopt dat?",
    ],
)
def test_a_digest_typed_in_haste_is_no_secret(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("api_key", "password", "token")] == []


def test_crossed_out_digits_are_masked() -> None:
    text = "Your claim D24817335 has been paid (GBP 33.38) to account XXX-XX-1278."
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Stroom eraf terwijl ik een regeling heb. EAN A733Z6128 #betalingsregeling", "A733Z6128"),
        ("Bonjour, l'index 215517 est encodé pour l'EAN 2217165198. Acompte : 35 euros.", "2217165198"),
        ("Meterstanden 2023\nEAN: M-980621\nStand normaal: 86610 kWh", "M-980621"),
    ],
)
def test_an_energy_connection_s_bare_ean(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_shop_s_bare_ean_stays_a_product_s() -> None:
    assert _kinds("Ik heb een product met EAN OIK-382 dat niet werkt", "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("@O2 j'ai appelé 078 14 80 70 11 fois, toujours rien.", "078 14 80 70"),
        ("@bunq j'appelle le 02 433 41 11 depuis 16h12, personne.", "02 433 41 11"),
    ],
)
def test_a_call_s_end_says_the_line_was_the_company_s(text: str, value: str) -> None:
    assert [v for kind, v in found(text) if kind == "phone" and value in v] == []


def test_a_customer_asking_to_be_called_keeps_their_mobile() -> None:
    text = "Ik krijg geen reactie. Graag telefonisch contact via 06 73 66 29 15"
    assert ("phone", "06 73 66 29 15") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Onderwerp: 2FA kwijt\n\nFuotcode E11000 bij het aanmaken van een betaling.", "E11000"),
        ("Klantnummer ACC-7346415, modem Sagemcom T211, foucode E8274", "E8274"),
    ],
)
def test_an_error_s_code_typed_in_haste_is_no_code(text: str, value: str) -> None:
    assert [kind for kind, found_value in found(text) if found_value == value] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("alamr code is 3299 for the assessor, claim ref SR-55825530", "3299"),
        ("Le code de l'alame chez ma mère : 51128. Le technicien passe le 21 juin", "51128"),
        ("is de code van de fietsanberging nou 019739 of nog steeds dezelfde?", "019739"),
        ("la cerraoura del apartamento... code 66161 ne fonctionne pas", "66161"),
    ],
)
def test_a_lock_typed_in_haste_keeps_its_code_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_code_sent_by_text_stays_sent_beside_an_ordinary_word() -> None:
    assert ("otp", "482913") in found("Je sms-code is 482913, de alarmering van je bank is aan")


@pytest.mark.parametrize(
    "text, word",
    [
        ("Het account van de kassa heeft als wachtwoord W1nk3l69, het beheer ook", "heeft"),
        ("Chase: What account name shows at the top of the app?", "shows"),
        ("mijn inlognaam voor de padel app is mmartin3, ik zie mijn baan niet", "padel"),
    ],
)
def test_a_verb_or_a_place_after_a_login_cue_is_no_login(text: str, word: str) -> None:
    assert ("username", word) not in found(text)


def test_the_login_after_the_place_is_still_found() -> None:
    text = "mijn inlognaam voor de padel app is mmartin3, ik zie mijn baan niet"
    assert ("username", "mmartin3") in found(text)


def test_a_macro_s_field_is_no_secret() -> None:
    text = "Beste klant, uw bestelling {order_number} wordt bezorgd op {delivery_date}. Gebruik code <code>."
    assert [value for _, value in found(text) if "delivery" in value] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Simyo Support: Ik heb een ticket aangemaakt met nummer 08217056.", "08217056"),
        ("Partenamut: Ik heb een dossier aangemaakt met nummer 07724298.", "07724298"),
        ("KvK nummer van de school is 06724254, graag op de factuur", "06724254"),
    ],
)
def test_a_thing_s_number_is_no_short_phone(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


def test_a_short_number_after_a_phone_s_word_is_still_a_phone() -> None:
    assert ("phone", "056 23 45 67") in found("Mijn nummer is 056 23 45 67, bel gerust")


@pytest.mark.parametrize(
    "text, value",
    [
        ("code 7269 doesn't work, already requested 2 codes", "7269"),
        ("> code 7764 doesn't work, already requested 4 codes", "7764"),
    ],
)
def test_a_code_asked_for_again_is_sent(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_code_that_does_not_work_alone_is_still_kept() -> None:
    assert ("otp", "4821") not in found("the code 4821 doesn't work")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Insurance card says member 8MO5-LZ5-FK66, but the pharmacy says no coverage", "8MO5-LZ5-FK66"),
        ("Sincerely,\nBrittany Rodriguez (member 0YF6-RN2-PR18)", "0YF6-RN2-PR18"),
    ],
)
def test_a_medicare_number_s_groups_after_member(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mon numéro patient au CHU est P-341202, pouvez-vous envoyer les résultats?", "P-341202"),
        ("Klantnummer daar: 2738 0918 80. Simkaartnnummer 8932285799379751133.", "8932285799379751133"),
    ],
)
def test_where_a_number_is_held_and_a_sim_card_s_number_typed_in_haste(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_login_on_its_line_before_the_password_s_line() -> None:
    findings = found("Gegevens voor de app:\nlogin verhoevenn\npass SAskgs2dq2\n\nGroet")
    assert ("username", "verhoevenn") in findings
    assert ("password", "SAskgs2dq2") in findings


def test_a_login_problem_on_its_line_names_no_login() -> None:
    assert _kinds("Ik heb een probleem met mijn login\nAlvast bedankt", "username") == []
