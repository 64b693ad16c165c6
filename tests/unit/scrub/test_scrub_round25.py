"""Round 25: a person's national identification number from abroad (a US Social Security number, a UK
National Insurance number), named before it or standing in a table under its column's name; a table's
columns are read whether its cells are split by bars, tabs or semicolons. (Round 43 types one from abroad
the customer's number, as four writers of five label it; a BSN and a Belgian national number stay `bsn`.)"""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, number",
    [
        ("New hire: Kyle Morgan, DOB Mar 20 1956, SSN 184305336, direct deposit to", "184305336"),
        ("DOB: 5/26/2003, SSN: 471-63-0344, Acct (IBAN): NL98", "471-63-0344"),
        ("her social security number is 851 58 3637 and she starts Monday", "851 58 3637"),
        ("NI No: NN 35 88 47 A, Bank (IBAN): GB25", "NN 35 88 47 A"),
        ("it's the NI no. MP140596B on the P60 that's wrong", "MP140596B"),
        ("Aisha Thompson, dob: 19 May 1998, ni: EK392285A, iban: BE29", "EK392285A"),
        ("National Insurance JK 12 34 56 B, date of birth 3 May 1944", "JK 12 34 56 B"),
        ("my NI number is AB123456C", "AB123456C"),
        ("The ID number on the payslip (699 82 1937) belongs to someone else.", "699 82 1937"),
        ("The ID number on the payslip (GA689348C) belongs to someone else.", "GA689348C"),
    ],
)  # fmt: skip
def test_a_national_id_named_before_it_is_one(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("SSN 000-12-3456 is the example in the form's help text", "000-12-3456"),  # area 000: never issued
        ("SSN 666-12-3456 staat op het formulier", "666-12-3456"),
        ("ID number 184305336 on the order", "184305336"),  # nine digits a bare "ID number" names
        ("NI number QQ123456C is HMRC's own example", "QQ123456C"),  # Q: never a first letter
    ],
)  # fmt: skip
def test_no_national_id_where_the_value_cannot_be_one(text: str, value: str) -> None:
    assert ("bsn", value) not in found(text)


def test_a_member_number_in_a_national_insurance_number_s_shape_stays_the_member_s() -> None:
    assert ("customer_number", "GC205576D") in found("my member number is GC205576D and I want to")


@pytest.mark.parametrize(
    "table, numbers",
    [
        (
            "Below are the new hires:\n\nName;DOB;SSN;Acct (IBAN);Salary\n"
            "Derek Murphy;10/05/1986;523 98 9765;GB29 BARC 9317 8003 1085 94;$2,127.50\n"
            "Marcus O'Brien;Nov 6 1949;849915706;DE27 2171 4936 4254 6120 61;$36,324\n",
            [("customer_number", "523 98 9765"), ("customer_number", "849915706")],
        ),
        (
            "Changes for the September pay run:\n\nname | dob | ni | iban | pay\n" + "-" * 40 + "\n"
            "Tariq Hughes | 1 October 1973 | CC617792B | GB 88 MONZ 9336 7207 0089 64 | £41,868\n",
            [("customer_number", "CC617792B")],
        ),
        (
            "Naam + voornaam | Geboren op | INSZ | Rekeningnummer\n|---|---|---|---|\n"
            "Ilse Maes | 11/04/1962 | 01051911975 | BE04 6649 9069 0831\n",
            [("bsn", "01051911975")],
        ),
        (
            "Medewerker\tGeboren\tSofi/BSN\tIBAN\n"
            "Marieke Hendriks\t06-07-1990\t448653643\tNL78 KNAB 1796 7047 66\n",
            [("bsn", "448653643")],
        ),
    ],
)  # fmt: skip
def test_a_national_id_in_its_column_is_one(table: str, numbers: list[tuple[str, str]]) -> None:
    findings = found(table)
    for kind_and_number in numbers:
        assert kind_and_number in findings


@pytest.mark.parametrize(
    "table, value",
    [
        ("Order;SSN check;Amount\n2024-118;123456789;$40\n", "123456789"),  # the column names no id
        ("Name;SSN;Salary\nKyle;000000000;$4,000\n", "000000000"),  # no number a state issues
        ("Name | SSN | Salary\nKyle | pending | $4,000\n", "pending"),
    ],
)  # fmt: skip
def test_no_national_id_in_a_column_that_holds_none(table: str, value: str) -> None:
    assert ("bsn", value) not in found(table)
    assert ("customer_number", value) not in found(table)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Please send Siobhan's payslips (employee no. 8604819) to her new address", "8604819"),
        ("de loonstroken van Anouk Kok (personeelsnr 3958159) voortaan naar haar", "3958159"),
        ("klnr 0361273616 tel 06 02 30 54 34", "0361273616"),
        ("Merchant-nummer 524797075605095, uitbetaling van €74 ontbreekt", "524797075605095"),
        ("Merchant numbr 35250532, settlement of GBP 40 missing", "35250532"),
        ("Regards,\nFatima Mulder\nAccouunt no: 41713585", "41713585"),
    ],
)  # fmt: skip
def test_a_staff_member_s_a_merchant_s_and_a_customer_s_number_by_their_words(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_card_terminal_s_id_is_a_device_s_no_customer_number() -> None:
    assert not [v for k, v in found("Terminal-ID 68031661 geeft foutcode E-3825") if k == "customer_number"]


@pytest.mark.parametrize(
    "text, line",
    [
        ("Met vriendelijke groet,\nSanne\nBoekhouder | Bakkerij Visser\nT 020 - 760 44 00 M 06 7017 7619",
         "020 - 760 44 00"),
        ("Cordialement,\nFiduciaire Lambert SRL\nTél. 02 788 51 51 - GSM 0497 33 18 30", "02 788 51 51"),
        ("Groet,\nAnouk\nTel. 020 - 760 44 00 (algemeen) / 06 65 43 21 09", "020 - 760 44 00"),
        ("Cordialement,\nCamille\nGSM : 0484/90.28.98\nBureau : 02 788 51 51", "02 788 51 51"),
        ("Le technicien passera le 25 octobre. Urgence : 02 788 51 51.", "02 788 51 51"),
    ],
)  # fmt: skip
def test_an_office_s_line_beside_a_person_s_mobile_or_named_for_emergencies_is_the_company_s(
    text: str, line: str
) -> None:
    assert ("phone", line) not in found(text)


@pytest.mark.parametrize(
    "text, mobile",
    [
        ("Met vriendelijke groet,\nSanne\nBoekhouder | Bakkerij Visser\nT 020 - 760 44 00 M 06 7017 7619",
         "06 7017 7619"),
        ("Cordialement,\nCamille\nGSM : 0484/90.28.98\nBureau : 02 788 51 51", "0484/90.28.98"),
        ("In an emergency call me, urgent: 06 12 34 56 78", "06 12 34 56 78"),
    ],
)  # fmt: skip
def test_the_person_s_mobile_beside_it_stays_a_phone(text: str, mobile: str) -> None:
    assert ("phone", mobile) in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Gebruikersnaam boekhouding7, wachtwoord vergeten. Kan de reset naar tine_vand@scarlet.be?",
         "tine_vand@scarlet.be"),
        ("I forgot my password, can you send the reset to p.carter@gmail.com please", "p.carter@gmail.com"),
    ],
)  # fmt: skip
def test_where_a_password_reset_goes_is_an_email_address_no_password(text: str, address: str) -> None:
    findings = found(text)
    assert ("email", address) in findings
    assert not [v for k, v in findings if k == "password"]


@pytest.mark.parametrize(
    "text, login",
    [
        ("FRITZ!Box 7590, loogin: sanneelamrani, ww: frietje-moules-22", "sanneelamrani"),
        ("@PostNL mn iinlognaam is charlotte.hendriks55, ww weet ik niet meer", "charlotte.hendriks55"),
        ("uusername m.jacobs op de portal werkt niet", "m.jacobs"),
        ("Mon compte jadesmith est piraté ? J'espère que non", "jadesmith"),
        ("my account sanne_h got hacked yesterday", "sanne_h"),
        ("Ça affiche 'Utilisateur inconnu priyabos'. Je me connecte depuis mon téléphone", "priyabos"),
        ("the app says Unknown user: jdv_82", "jdv_82"),
    ],
)  # fmt: skip
def test_a_login_behind_a_key_hit_twice_said_hacked_or_unknown_is_a_username(text: str, login: str) -> None:
    assert ("username", login) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Inloggen lukt niet met mijn nieuwe telefoon",
        "Mon compte MyMinfin a été piraté",
        "mijn account is gehackt, help",
        "Utilisateur inconnu. Réessayez.",
    ],
)
def test_no_login_in_the_words_alone(text: str) -> None:
    assert "username" not in {kind for kind, _ in found(text)}


def test_a_wifi_key_behind_a_doubled_first_letter() -> None:
    assert ("wifi_key", "5VHJ-KE6y-rjB6-NVgk") in found("wwifi: 5VHJ-KE6y-rjB6-NVgk")


def test_digits_alone_with_folded_hands_in_a_chat_with_flemish_times_are_a_code() -> None:
    chat = (
        "[17 November 2025, 7u42] Charlotte: ines.hendriks+shop@live.nl\n"
        "[17 November 2025, 7u42] Charlootte: 678015🙏\n"
        "[17 November 2025, 7u42] Charlotte: 📞07700 970899"
    )
    assert ("otp", "678015") in found(chat)


def test_digits_alone_without_anything_that_answers_stay_unread() -> None:
    assert not found("Bestelling geplaatst.\n678015\nGroet")


@pytest.mark.parametrize(
    "text, address",
    [
        ("mail: inès.hendriks+shop@live.nl", "inès.hendriks+shop@live.nl"),
        ("Le 3 avril, Céline Piron <céline.piron@stadswerk.nl> a écrit :", "céline.piron@stadswerk.nl"),
    ],
)  # fmt: skip
def test_an_address_with_an_accented_name_is_whole(text: str, address: str) -> None:
    assert ("email", address) in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Adresse: rue de la Loi 40, Aalst", "rue de la Loi 40, Aalst"),
        ("mon adresse: place Flagey 191, Liège. Merci", "place Flagey 191, Liège"),
        ("Adresse : rue Haute 12, Namur", "rue Haute 12, Namur"),
        ("Merci,\nLotte Meijer\nchaussée de Waterloo 72, Mechelen\nGSM: 0486 30 47 11",
         "chaussée de Waterloo 72, Mechelen"),
        ("verhuisd naar Meir 177, Antwerpen", "Meir 177, Antwerpen"),
    ],
)  # fmt: skip
def test_a_street_with_its_town_and_no_postcode_is_whole(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_a_sign_off_after_the_street_is_no_town() -> None:
    assert ("address", "Kerkstraat 5") in found("ik woon op Kerkstraat 5, Groeten")


@pytest.mark.parametrize(
    "text, number",
    [
        ("customer since 2018 (accounnt BL08173723). The bill now", "BL08173723"),
        ("Hannah Edwards\nAcccount no. 878363857", "878363857"),
        ("key 121e1e1646. Accounnt K6385384.", "K6385384"),
    ],
)  # fmt: skip
def test_an_account_word_with_a_key_hit_twice_names_the_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_cell_after_a_bar_on_a_signature_line_is_a_phone() -> None:
    assert ("phone", "4045743045") in found("Office 1-800-555-0199 | Cell 4045743045\nm.obrien@example.com")


def test_a_long_token_after_its_cue_is_whole_past_the_cue_s_window() -> None:
    token = (
        "eyJAfofI7V0BExunehevhvYUXrUYYcjAv.9gsWuRAFpZEX0kQDaqoZxmyl1bbDFs9rdFrd97d9."
        "F5x01rcL7xtQnGnAfFBwsnnJNMb"
    )
    assert ("token", token) in found(f"the token for the webshop integration: {token}. logs show the calls")


def test_a_code_in_a_text_message_beside_a_card_is_a_sent_code_no_cvv() -> None:
    text = (
        "my card details: 6011  3942  9111  9411, expiry 11-28.\n"
        "At 9:30 I got a text saying 'Your code is 9811'. I didn't request anything."
    )
    findings = found(text)
    assert ("otp", "9811") in findings and ("cvv", "9811") not in findings


def test_the_code_on_a_card_s_back_stays_its_cvv() -> None:
    assert ("cvv", "981") in found("card 6011 3942 9111 9411, the code on the back is 981")


@pytest.mark.parametrize(
    "text, code",
    [
        ("op het scherm staat 'Ongeldige code 2917' en daaronder foutcode F699", "2917"),
        ("Invalid code 2917, says the app", "2917"),
        ("Code incorrect : 4821", "4821"),
    ],
)
def test_a_code_the_screen_refused_is_a_sent_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_refused_code_s_words_alone_hold_no_value() -> None:
    assert not found("wrong code entered 3 times, error: invalid code format")
