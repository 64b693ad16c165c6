"""Round 36: home energy and the smart home, charities, clubs and lotteries. A direct debit's mandate by its
reference however it is named; a donor's, a lottery player's and a supply's numbers; the account a care
agent unlocked by its login."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mandaat: RUM1103661052", "RUM1103661052"),
        ("graag mijn machtiging MDT565115578 intrekken", "MDT565115578"),
        ("Akkoord machtiging: ja (MDT847896971)", "MDT847896971"),
        ("I've cancelled the direct debit (ref WNR-9666-245841) from 11/05", "WNR-9666-245841"),
        ("bevestigen dat de machtiging (kenmerk 982706170285) is ingetrokken", "982706170285"),
        ("Ik heb de machtiging met kenmerk YVE-5599-185686 stopgezet", "YVE-5599-185686"),
        ("votre domiciliation (mandat MDT035359458) est arrêtée", "MDT035359458"),
        ("uw domiciliëring met referentie 417377789040 is stopgezet", "417377789040"),
        ("Direct debit mandate: 854168554600", "854168554600"),
        ("Référence mandat: AIY-0852-870252", "AIY-0852-870252"),
    ],
)
def test_a_direct_debit_s_mandate_by_its_reference(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mandaat-ID REQ-079481862",
        "De domiciliëring van 20-12-2026 is twee keer afgehaald",
        "la domiciliation peut commencer le 23-06-2025",
        "mijn machtiging van 3 maanden geleden",
    ],
)
def test_a_mandate_s_request_id_date_or_count_is_no_customer_number(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "customer_number"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Her player ID is 940320939, address 295 Elm Grove", "940320939"),
        ("Supporter no 940320939", "940320939"),
        ("geboren 26.04.1968, donateur 3971289331", "3971289331"),
        ("Het is 47092363813. Donateurnr 2221001", "2221001"),
        ("Mag ik vragen waarom mijn lot 436734613 niet meer meespeelt", "436734613"),
        ("Lotnummer D-5430714. Ik betaal via automatische incasso", "D-5430714"),
        ("Je lotnummer is 0123456789", "0123456789"),
        ("EAN-code aansluiting 871458502399638899, klantnummer energie LOT0910861", "LOT0910861"),
        ("meter reading today 39527 kWh, MPAN/supply number 1445061621713", "1445061621713"),
    ],
)
def test_a_donor_s_a_player_s_and_a_supply_s_numbers(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Bonjour Jean-Marc, j'ai débloqué votre compte u9141998. Ne partagez jamais", "u9141998"),
        ("Hi Darren, sorry about the login trouble! I've unolcked your account devans. Please", "devans"),
        ("Dag Jef, ik heb je acocunt jpeeters gedeblokkeerd. Deel je paswoord nooit", "jpeeters"),
        ("Klopt het dat mijn account pdekker nog actief is?", "pdekker"),
    ],
)
def test_the_account_an_agent_unlocked_by_its_login(text: str, value: str) -> None:
    assert found(text) == [("username", value)]


@pytest.mark.parametrize(
    "text",
    [
        "I've unlocked your account for you",
        "ik heb je account gisteren ontgrendeld",
        "I have unlocked the account again",
        "j'ai débloqué votre compte Netflix hier",
    ],
)
def test_an_account_unlocked_without_its_login_names_none(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("a guest network, passphrase 14de1ec480ff6f4a5b57, SSID VOO-123456", "14de1ec480ff6f4a5b57"),
        ("I made a guest network, passphrase KiwiMolen4820$r, SSID Orange-5G-A71F", "KiwiMolen4820$r"),
    ],
)
def test_a_passphrase_next_to_its_network_is_the_wifi_s_key(text: str, value: str) -> None:
    assert ("wifi_key", value) in found(text)


def test_a_passphrase_of_something_else_stays_a_password() -> None:
    assert ("password", "Correct-Horse-88") in found("My PGP passphrase is Correct-Horse-88")


@pytest.mark.parametrize(
    "text, value",
    [
        ("De technieker mag binnen, code van het poortje is 5803. Alarm staat op nachtstand", "5803"),
        ("de code van het deurtje is 115672", "115672"),
    ],
)
def test_a_little_gate_s_code_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adresse IP indiquée: 89.159.112.177, identifiant de requête 1e57ca30-a574-b687.",
        "identifiant de requête req_9p4PW1xSdcYC4b. Merci",
        "refund the deposit to NL89 RBRB 9956 2869 81, account name Derek Walsh.\n\nBest,\nDerek Walsh",
    ],
)
def test_a_request_s_id_and_a_bank_account_s_holder_are_no_logins(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "username"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("identifiant de connexion: jdupont", "jdupont"),
        ("my account name is harry1983 and I've been charged twice", "harry1983"),
    ],
)
def test_a_login_after_its_id_or_account_name_is_still_taken(text: str, value: str) -> None:
    assert ("username", value) in found(text)


@pytest.mark.parametrize(
    "text, network, key",
    [
        ("Omvormer zoekt verbinding. WLAN: VOO-123456\nKey: 2f793d280c0b79568ab7\nhet ip", "VOO-123456",
         "2f793d280c0b79568ab7"),
        ("WLAN: Thuisnetwerk\nKey: tn3cqchcj7", "Thuisnetwerk", "tn3cqchcj7"),
    ],
)  # fmt: skip
def test_a_network_s_name_on_the_line_above_its_key_is_no_key(text: str, network: str, key: str) -> None:
    findings = found(text)
    assert ("wifi_key", key) in findings
    assert not [value for _, value in findings if value == network]


@pytest.mark.parametrize(
    "text",
    [
        "Artikel: EAN-code 2051466644455.",
        "Mijn API key is verstuurd en site ID SKU 3473521. Krijg error E-305",
        "site ID art.nr. 594-279. Getting U4-001",
        "Artikelnummer EAN-code 5175452283124.",
    ],
)
def test_a_product_s_code_after_a_customer_s_cue_is_no_customer_number(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "customer_number"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("EAN-CODE: 5536161192", "5536161192"),
        ("EAN-code aansluiting 871458502399638899", "871458502399638899"),
    ],
)
def test_a_connection_s_code_after_ean_stays_the_customer_s(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("ik zie de aansluiting met EAN 871 694800 722315132 op Beatrixstraat 188B", "871 694800 722315132"),
        ("Pouvez-vous activer le port P1 ? EAN 541 448971 777691347, n° client", "541 448971 777691347"),
        ("Even checken: die incasso van €12,50 met kenmerk 187284499840, is dat van jullie?", "187284499840"),
    ],
)
def test_a_connection_s_code_in_three_groups_and_a_debit_s_reference(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)
    assert not [kind for kind, _ in found(text) if kind in ("bsn", "phone")]


def test_a_charge_s_reference_on_a_statement_is_no_customer_number() -> None:
    assert found("Ik zie een afschrijving van 10,50 euro met kenmerk 202452929, waar is dat voor?") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Changed my number from 3034547043 to the new one", "3034547043"),
        ("we only send verification texts to 2127916815. The code has expired", "2127916815"),
        ("Emergency contact: 4153512526", "4153512526"),
    ],
)
def test_a_bare_ten_digit_phone_named_by_what_it_is_for(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_customer_number_of_ten_digits_after_a_plain_my_number_stays_a_customer_number() -> None:
    assert ("customer_number", "3034547043") in found("Klantnummer: 3034547043, my number from the bill")


@pytest.mark.parametrize(
    "text, values",
    [
        ("Forgot my PIN for the members' gate, was 8159? or maybe 0696. Member", ["8159", "0696"]),
    ],
)
def test_a_second_guess_at_a_code_the_leftover_pass_found(text: str, values: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "pin"] == values


@pytest.mark.parametrize(
    "text, values",
    [
        ("Is dit hem? 9c058a4472cec74cc266e1bb23386d35-us13 Log", ["9c058a4472cec74cc266e1bb23386d35-us13"]),
        (
            "de AWS-gegevens: AKIAG3ZF6XLUTXUSZD2X / DnlptWBDNWCbfIdOYGFYCyuTpVJ+JBTEBBPgwMVf. De koppeling",
            ["AKIAG3ZF6XLUTXUSZD2X", "DnlptWBDNWCbfIdOYGFYCyuTpVJ+JBTEBBPgwMVf"],
        ),
    ],
)
def test_a_mailchimp_key_and_an_aws_secret_half_without_a_digit(text: str, values: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "api_key"] == values


def test_a_plain_word_after_a_key_id_and_a_slash_is_no_secret_half() -> None:
    assert found("AKIAG3ZF6XLUTXUSZD2X / ThisIsTheOldOneFromLastYearsDashboard") == [
        ("api_key", "AKIAG3ZF6XLUTXUSZD2X")
    ]


@pytest.mark.parametrize(
    "text, value",
    [
        ("sleutel c9OvB74wE8. Beheer via admin/Koor1557@ op de Zyxel VMG8825", "Koor1557@"),
        ("beheer via admin/kaas-hockey-dijk34 op de Zyxel", "kaas-hockey-dijk34"),
    ],
)
def test_a_box_managed_with_its_admin_s_pair(text: str, value: str) -> None:
    assert ("password", value) in found(text)


def test_a_box_managed_with_an_app_names_no_login() -> None:
    assert found("beheer via de app van Zyxel, werkt niet") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("mijn polisnummer reisverzekering is 3456789012", "3456789012"),
        ("Policy number travel insurance is 7741228311", "7741228311"),
        ("My UCAS ID is 123-456-7890", "123-456-7890"),
        ("EHIC card number 80528000010012345678", "80528000010012345678"),
        ("Roll number 987654", "987654"),
    ],
)
def test_a_policy_named_with_its_insurance_an_applicant_s_and_a_health_card_s_numbers(
    text: str, value: str
) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Regards,\n> Eva\n> QuickCart | 0808 184 8112",
        "Kind regards,\n> Ella\n> Clearbank Business | 0333 202 1000",
    ],
)
def test_a_british_free_or_non_geographic_line_under_a_signature_is_the_company_s(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "phone"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Neue Adresse: Kouter 83 2000 Antwerpen. Telefon 030 09461397. Ab 21 november.", "030 09461397"),
        ("Kind regards,\nGareth Reid | 0207 946 0808 | gareth.r82@outlook.com", "0207 946 0808"),
    ],
)
def test_a_berlin_or_london_landline_under_a_name_stays_a_phone(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [("Rééférence mandat: DDM04775500", "DDM04775500"), ("Mandat : MDT035359458", "MDT035359458")],
)
def test_a_french_mandate_as_a_label(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_french_mandate_in_a_sentence_names_no_number() -> None:
    assert found("Il a reçu un mandat 2024 pour gérer mes comptes") == []


@pytest.mark.parametrize(
    "text",
    [
        "Met hartelijke groet,\nGriet\ngsm 0478892316\nFiduciaire Lambert SRL · +32 2 200 40 40\n\n---",
        "> Eva\n> MobilePro | +32 2 200 40 40",
        "Cordialement,\nCamille\nEnergia - 02 788 51 51",
    ],
)
def test_a_company_s_line_after_its_name_on_its_signature_line(text: str) -> None:
    assert [value for kind, value in found(text) if kind == "phone" and "0478" not in value] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kind regards,\nGareth Reid | 0207 946 0808", "0207 946 0808"),
        ("Name - Liam Miller\nPhone - +44 131 965 8427\nAddress", "+44 131 965 8427"),
        ("Bonne journée,\nCamille - 0490 27 24 23", "0490 27 24 23"),
    ],
)
def test_a_person_s_or_a_labelled_line_after_a_dash_stays_a_phone(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "retour 095-6359371-3276966 graag terugbetalen",
        "Orders I never made on my Shein account: 856-4313289-7240368 and nothing else.",
        "Hi, I've sent my return (028-2833719-1520307), please",
        "Klant: 503-9151029-4204730",
    ],
)
def test_a_marketplace_s_order_number_is_no_phone_card_or_customer_number(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Transactie-ID 32537cdc-fc76-ff96-f9a4-72cdb7a96c2a. Wat nu?",
        "Request-ID 88010e90-4c53-4225-b319-cbb7fc3270a8, server luistert op poort 3389",
    ],
)
def test_an_id_s_label_and_the_start_of_its_value_are_no_idaho_zip(text: str) -> None:
    assert found(text) == []


def test_an_idaho_address_stays_one() -> None:
    assert found("1450 Maple Ave, Boise, ID 83702") == [("address", "1450 Maple Ave, Boise, ID 83702")]


@pytest.mark.parametrize(
    "text, error",
    [
        ("et le mot de passe Noleil&82ue mais ça ne marche plus (E7053)", "E7053"),
        ("trying to log in to my supporter account for days but keep getting E3614. I updated", "E3614"),
    ],
)
def test_what_the_screen_answers_after_a_value_or_an_account_is_no_value(text: str, error: str) -> None:
    assert not [value for _, value in found(text) if value == error]


def test_a_password_shaped_like_an_error_after_its_cue_is_still_taken() -> None:
    assert found("wachtwoord E7053") == [("password", "E7053")]


@pytest.mark.parametrize(
    "text",
    [
        "cell 617-123-6744\n\nOn Jul 2, 2025 Iris from Vimexx wrote:\n> Hi Brandon",
        "Thanks\n\nOn May 7, 2025 T-Mobile Business wrote:\n> Hello Kevin,",
    ],
)
def test_a_quoted_reply_s_date_and_writer_are_no_address(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "address"] == []


def test_a_street_whose_number_looks_like_a_year_stays_an_address() -> None:
    value = "2025 Iris Lane, Austin, TX 78701"
    assert found(f"I live at {value}") == [("address", value)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("@TelecomPlusBiz Vaste lijn thuis 09 888 56 67. #ondernemer", "09 888 56 67"),
        ("vaste lijn thuis 04/7811854.", "04/7811854"),
    ],
)
def test_a_landline_named_at_home(text: str, value: str) -> None:
    assert ("phone", value) in found(text)
