"""Round 19: the company's number where its own reply points to it (after its website, in its advice, on
its signature line, "our team"), a code typed in, a Belgian national number after "n° national", Maestro
numbers in two groups, a one-letter login name, and "gegeven" as the word it is."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, number",
    [
        ("Meer info op https://help.voorbeeldbank.nl/pas of op 030 800 12 12. Groeten", "030 800 12 12"),
        ("Plus d'infos sur www.exemple.be/aide ou au 02 555 01 01. Cordialement", "02 555 01 01"),
        ("En cas de problème : 09 333 20 20.", "09 333 20 20"),  # ("problème" holds no "me")
        ("Bij vragen: 020 555 0199", "020 555 0199"),
        ("Klantendienst Voorbeeld Energie | 02 555 11 00", "02 555 11 00"),
        ("You can also call our Dutch-speaking team\n> on 020 - 555 0190.", "020 - 555 0190"),
        ("Herkent u deze betaling niet? Bel 040 555 90 90.", "040 555 90 90"),
        ("Bij Voorbeeldnet wachten op de telefoon (085 - 055 12 00) duurt een uur", "085 - 055 12 00"),
    ],
)
def test_the_number_a_company_points_to_is_kept(text: str, number: str) -> None:
    assert not any(number in value or value.strip("()") in number for _, value in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("bel me op 040 555 90 90 aub", "040 555 90 90"),
        ("mijn vaste nummer is 040 555 90 90", "040 555 90 90"),
        ("wachten op de telefoon duurt te lang, bel me terug op 020 555 0199", "020 555 0199"),
    ],
)
def test_a_customer_s_own_number_is_still_found(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("after entering the code 4417 the app froze", "4417"),
        ("ik heb de code 8830 ingevoerd maar niks", "8830"),
        ("j'ai tapé le code 0571 deux fois", "0571"),
    ],
)
def test_four_digits_typed_in_after_code_are_a_one_time_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_an_error_code_typed_into_a_search_box_stays() -> None:
    findings = found("entering the error code 4417 in the search gives nothing")
    assert not any("4417" in value for _, value in findings)


def test_a_code_that_ran_out_is_a_one_time_code_not_a_pin() -> None:
    assert ("otp", "2291") in found("typed the code 2219 oops no it was 2291 and now it has expired")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Née le 03/05/1990, n° national 900503 123 63", "900503 123 63"),
        ("nr. national: 90050312363", "90050312363"),
    ],
)
def test_a_belgian_national_number_after_n_national(text: str, value: str) -> None:
    assert ("bsn", value) in found(text)


def test_a_maestro_number_in_a_group_of_six_and_one_of_thirteen_is_one_card() -> None:
    number = "675904 5658294345092"  # 19 digits, Luhn-valid
    assert ("card", number) in found(f"ma carte {number} a été avalée")


def test_a_login_name_starting_with_one_letter_and_a_dot_keeps_the_letter() -> None:
    assert ("username", "e.jansen7") in found("new login from an unknown device, username e.jansen7")


def test_gegeven_is_given_not_login_details() -> None:
    findings = found("de monteur heeft mij een tijdelijk paswoord gegeven (Tijd7731xq) maar het werkt niet")
    assert ("password", "Tijd7731xq") in findings
    assert ("username", "Tijd7731xq") not in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("customer ID H7QP-4KZW for the business account", "H7QP-4KZW"),
        ("numéro client XQLM-9PRT-QQAD, merci", "XQLM-9PRT-QQAD"),
    ],
)
def test_a_customer_id_in_groups_of_four_capitals_and_digits(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_words_in_groups_of_four_after_account_are_no_customer_id() -> None:
    assert found("my account HELP-NOWW is what the app shows") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("klanntnr KL4471902 graag", "KL4471902"),
        ("customer numer 55120934 thanks", "55120934"),
        ("my customer numbber is 66104473", "66104473"),
    ],
)
def test_customer_number_cues_typed_wrong(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("mijn nieuwe nummer (+31) 6-41187720, het oude klopt niet meer", "(+31) 6-41187720"),
        ("Met vriendelijke groet,\nEls Visser\n(+32) 470 11 22 33", "(+32) 470 11 22 33"),
        ("The best way to reach me is on 3125550187 after work", "3125550187"),
        ("GSM klant: 0471223344\nToestel vervangen", "0471223344"),
        ("Tél. client : 0488/12.34.56\nModem remplacé", "0488/12.34.56"),
    ],
)
def test_the_customer_s_phone_in_more_shapes_and_labels(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("copied from the text: R4T7KQ is your Bankly login code. Expires in 5 min", "R4T7KQ"),
        ("j'ai reçu ça:\nQXZTRB est votre code de confirmation Bankly. Valable 5 minutes.", "QXZTRB"),
        ("PLMWTV is de code die ik kreeg, maar hij is al verlopen", "PLMWTV"),
        ("Use 7KQ2ZD to approve your payment of €40.00", "7KQ2ZD"),
        ("Ik heb een sms gekregen met code 5810, moet ik die aan jullie geven?", "5810"),
    ],
)
def test_a_code_a_text_message_names_or_brought(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_shouted_word_named_a_code_is_no_code() -> None:
    assert found("DRINGEND is de code van het probleem, help") == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("sorry ik had het verkeerd getypt, het is Molen2019 en niet Zw4luw#", ["Molen2019", "Zw4luw#"]),
        ("oups je me suis trompée, c'est Init5512ab pas grtz881", ["Init5512ab", "grtz881"]),
    ],
)
def test_a_password_corrected_after_an_owned_slip(text: str, values: list[str]) -> None:
    findings = found(text)
    for value in values:
        assert ("password", value) in findings


def test_a_corrected_value_takes_the_kind_the_message_named() -> None:
    findings = found("mijn gebruikersnaam? sorry tikfout, 't is pieter_jans_7 en niet pieter_jan_7")
    assert ("username", "pieter_jans_7") in findings and ("username", "pieter_jan_7") in findings


def test_plain_words_corrected_are_no_secrets() -> None:
    assert found("sorry typo, it's thursday not tuesday") == []


def test_a_code_typed_by_accident_instead_of_another() -> None:
    findings = found("Ik heb per ongeluk 47712 ingetikt ipv 4712, nu zit ik vast")
    assert ("pin", "47712") in findings and ("pin", "4712") in findings


@pytest.mark.parametrize(
    "text, number",
    [
        ("een link naar me***@***.com. Niets ontvangen? Bel 02 555 09 09. Dossier 1", "02 555 09 09"),
        ("@bank rappelez-moi au 0470/11.22.33 svp, personne ne répond au 09 555 50 50", "09 555 50 50"),
        ("Pour toute question, appelez-nous\n> au 02 555 11 00 en mentionnant votre dossier", "02 555 11 00"),
        ("Voorbeeld Klantenservice, bereikbaar op 020 - 555 1190", "020 - 555 1190"),
        ("un numéro d'entreprise (BE 0448.555.336) que je ne connais pas", "0448.555.336"),
    ],
)
def test_more_of_the_company_s_numbers_are_kept(text: str, number: str) -> None:
    assert not any(number in value or value.strip("()") in number for _, value in found(text))


def test_the_customer_s_mobile_beside_an_unanswered_company_line_is_found() -> None:
    text = "@bank rappelez-moi au 0470/11.22.33 svp, personne ne répond au 09 555 50 50"
    assert ("phone", "0470/11.22.33") in found(text)


def test_a_public_dns_resolver_is_nobody_s_address() -> None:
    findings = found("Gateway: 10.0.0.1\nDNS: 8.8.8.8\nWAN: 84.112.7.19")
    assert ("ip_address", "84.112.7.19") in findings
    assert not any(value == "8.8.8.8" for _, value in findings)


def test_no_german_reading_of_the_first_groups_of_a_longer_number() -> None:
    assert found("wachten op de telefoon (085 - 047 12 00) duurt lang") == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("Ik verhuis op 3/9 naar Lindestraat 41 bus 7. Kan het contract mee?", "Lindestraat 41 bus 7"),
        (
            "send it to 4410 Birch Ln, Apt 3C, Portland, OR, 97205 thanks",
            "4410 Birch Ln, Apt 3C, Portland, OR, 97205",
        ),
    ],
)
def test_a_box_number_and_a_us_state_between_commas_stay_in_the_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    "text, email, kept",
    [
        ("bereik me op lotte.maes84 at skynet.be aub", "lotte.maes84 at skynet.be", True),
        ("see the notes for v2.1 at github.com", "v2.1 at github.com", False),
        ("meet me at home.nl", "me at home.nl", False),
    ],
)
def test_an_address_with_at_as_a_word(text: str, email: str, kept: bool) -> None:
    assert (("email", email) in found(text)) is kept


@pytest.mark.parametrize(
    "text, kind, code",
    [
        ("5172 x", "pin", "5172"),
        ("hi 8830 x 🙏", "pin", "8830"),
        ("447120 there you go", "otp", "447120"),
        ("71234498 voilà le code", "otp", "71234498"),
        ("oh wacht 339105", "otp", "339105"),
        ("ja die heb ik, 6614.", "pin", "6614"),
    ],
)
def test_a_code_alone_handed_over_with_a_word_or_a_kiss(text: str, kind: str, code: str) -> None:
    assert (kind, code) in found(text)


def test_a_count_before_an_x_in_a_sentence_stays() -> None:
    assert found("I need 3326 x the adapter for the shop") == []


def test_the_codes_of_a_few_texts_received() -> None:
    findings = found("got two texts, 361-693 and 019447, which one?")
    assert ("otp", "361-693") in findings and ("otp", "019447") in findings


def test_numbers_after_texts_received_about_something_else_are_not_their_codes() -> None:
    findings = found("got two texts about my invoice 20261130 this week")
    assert not any(value == "20261130" for _, value in findings)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Hello 5521 sorry that was the old one. new one is 80413", ["5521", "80413"]),
        ("De vorige (771204) was vervallen, sorry", ["771204"]),
        ("le bon code c'est 310877, l'autre (55120) avait expiré", ["55120"]),
    ],
)
def test_the_old_code_and_the_new_one(text: str, codes: list[str]) -> None:
    findings = found(text)
    for code in codes:
        assert ("otp", code) in findings


def test_an_old_year_in_brackets_is_no_code() -> None:
    assert found("the old one (2019) expired, can I get a new card") == []
