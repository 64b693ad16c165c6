"""Round 26: what a form's relay, a pasted app log and a customer in a hurry write. A label set in bold
("**BSN:** …") is a label; a JSON field's key names its value; a holder's noun and any word for a number
label a customer's number; a number sent in two halves is one number; a word typed onto an IBAN without its
space does not hide it."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("**BSN:** 209 934 530\n**E-mail:** fatima.smit@gmail.com", "bsn", "209 934 530"),
        ("**BSN:** 6201.56.831\n**Mobiel nummer:** (06) 211 519 98", "bsn", "6201.56.831"),
        ("**Polisnummer:** 2314046748\n**Contactpersoon:** Lotte Kramer", "customer_number", "2314046748"),
        ("**Customer ID:** AB58165528\n**Name:** George Williams", "customer_number", "AB58165528"),
        ("*IBAN:* NL91ABNA0417164300\n*Van:* Jan", "iban", "NL91ABNA0417164300"),
        ("__Wachtwoord:__ Koffie!22", "password", "Koffie!22"),
    ],
)  # fmt: skip
def test_a_label_in_bold_or_italics_still_labels_its_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_masked_card_keeps_its_stars_and_finds_nothing() -> None:
    assert found("Kaart: **** **** **** 0064 en rekening NL** **** **92") == []


def test_a_browser_s_user_agent_names_no_user() -> None:
    text = "**User agent:** Mozilla/5.0 (Windows NT 10.0; Win64; x64)\n**Page:** https://example.nl/retour"
    assert [kind for kind, _ in found(text)] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ('"accountNumber": "1349676",', "1349676"),
        ('{"customer_number": "L4615925", "orderId": "112-7463993"}', "L4615925"),
        ('"details": {"contractId": "L4627213", "msisdn": "x"}', "L4627213"),
        ('{"customerId": "AB07722354", "orderId": "BW034"}', "AB07722354"),
    ],
)
def test_a_json_field_named_for_a_customer_s_number_holds_one(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_json_field_named_for_something_else_holds_no_customer_number() -> None:
    assert ("customer_number", "BW0345") not in found('{"orderId": "BW0345", "status": "open"}')


@pytest.mark.parametrize(
    "text, value",
    [
        ("Subscriber ID: M-471841 | Cell", "M-471841"),
        ("Loyalty no: 721334590", "721334590"),
        ("Flying Blue nr: KL032557", "KL032557"),
        ("EAN-code: 967 687 012 | Bericht: dubbel", "967 687 012"),
        ("his number +1 312 518 4765, acc number 731.783.343. He lived at", "731.783.343"),
        ("Le contrat n° 545323-90 est résilié au 22 août.", "545323-90"),
        ("hoe zetten we de verzekering POL28734894 om op mijn naam?", "POL28734894"),
    ],
)
def test_a_holder_and_a_word_for_a_number_label_a_customer_s_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("WE HEBBEN DIE VERZEKERING IN 1976 AFGESLOTEN.", "IN 1976"),
        ("mijn verzekering 2019 loopt af", "2019"),
    ],
)
def test_a_year_after_an_insurance_is_no_number_of_it(text: str, value: str) -> None:
    assert ("customer_number", value) not in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("nee sorryNL37RABO3540809789 is de goede", "NL37RABO3540809789"),
        ("sorrynl34trio3844514886 is de goede", "nl34trio3844514886"),
        ("j'ai viré €1668 versfr81 1219 8748 3997 7528 3183 911 le 27", "fr81 1219 8748 3997 7528 3183 911"),
    ],
)  # fmt: skip
def test_a_word_typed_onto_a_valid_iban_does_not_hide_it(text: str, value: str) -> None:
    assert ("iban", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "tracking JVGL2416118095557388 says delivered",  # capitals of a parcel's code, valid by chance
        "visa 4312-1981-3816-7819 expire 05/27",  # the card brand's last letters are no country code
    ],
)
def test_a_code_s_capitals_or_a_word_s_end_make_no_iban(text: str) -> None:
    assert "iban" not in [kind for kind, _ in found(text)]


@pytest.mark.parametrize(
    "text, halves",
    [
        ("nummer is 0497/\n54.03.27\ngraag blokkeren", ["0497/\n54.03.27"]),
        ("nummer is 0472/33\n.34.91\ngraag blokkeren", ["0472/33\n.34.91"]),
        ("mon numero c'est le 0032 470\n351 334\nmerci de faire vite", ["0032 470\n351 334"]),
        ("numver is +31 6\n69084136\ngraag blokkeren", ["+31 6\n69084136"]),
        ("the number is +1 (305)\n(sent too soon) 986-7913\nplease hurry", ["+1 (305)", "986-7913"]),
        ("nummer is +31 (0)6\n(sorry te vroeg verstuurd) 82842303\ngraag", ["+31 (0)6", "82842303"]),
        ("nummet is 016/1\n(sorry te vroeg verstuurd) 80046\ngraag blokkeren", ["016/1", "80046"]),
    ],
)
def test_a_phone_sent_in_two_halves_is_one_phone(text: str, halves: list[str]) -> None:
    phones = [value for kind, value in found(text) if kind == "phone"]
    assert phones == halves


@pytest.mark.parametrize(
    "text, value",
    [
        ("our dev pushed our api key to a public repo: ghp_Y5eMjEQE8IksC440Xklahd78ejO7K7IbHccd.", "ghp_"),
        ("koppeling gelekt. api-sleutel xoxb-307059375042-6584010631332-CExspYG4g8ogXnNKFGQDb24a", "xoxb-"),
        ('"x-api-key": "xoxb-00875932887-073640251349-DtkLItxTRTGEpAEgFFaTM2ZE", "email": "x"', "xoxb-"),
    ],
)  # fmt: skip
def test_a_user_token_its_owner_calls_an_api_key_is_one(text: str, value: str) -> None:
    assert [kind for kind, found_value in found(text) if found_value.startswith(value)] == ["api_key"]


@pytest.mark.parametrize(
    "text",
    [
        "partner api token: ghp_Y5eMjEQE8IksC440Xklahd78ejO7K7IbHccd",
        "API key: AKIAPMBBVKFS3DO5I23N\nToken=ghp_Y5eMjEQE8IksC440Xklahd78ejO7K7IbHccd",
    ],
)
def test_a_user_token_named_a_token_stays_a_token(text: str) -> None:
    assert ("token", "ghp_Y5eMjEQE8IksC440Xklahd78ejO7K7IbHccd") in found(text)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("ik ben m'n code van het alarm vergeten het is 4735 of *3928 ik weet het niet", ["4735", "*3928"]),
        ("ik ben mijn code van het alarm vergeten, het is 50180 of 9051# ik weet", ["50180", "9051#"]),
        ("code van het alarm vergeten, het is 8788 of 43-19 ik weet het niet meer", ["8788", "43-19"]),
        ("I forgot the alarm code, it's 9605 or 36728 and it keeps going off", ["9605", "36728"]),
    ],
)
def test_an_alarm_s_code_told_with_a_second_guess(text: str, codes: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "pin"] == codes


@pytest.mark.parametrize("text", ["het alarm is van 2019", "the alarm went off, it is 2024 already"])
def test_a_year_in_the_alarm_s_sentence_is_no_code(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, login",
    [
        ("Your account priyaxsh has been restored. Logins from abroad are blocked.", "priyaxsh"),
        ("Votre compte lemairee est rétabli. Les connexions depuis l'étranger sont bloquées.", "lemairee"),
        ("Je account dekkerm is weer ontgrendeld.", "dekkerm"),
    ],
)
def test_an_account_given_back_is_named_by_its_login(text: str, login: str) -> None:
    assert ("username", login) in found(text)


@pytest.mark.parametrize("text", ["your account has been restored", "Votre compte client est rétabli"])
def test_an_account_given_back_without_a_login_names_none(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, postcode",
    [
        ("Référence client: CU2108347 | Code postal: 6071 | Demandeur: Julien", "6071"),
        ("POST CODE: 85067\nCATEGORY: Change bank details", "85067"),
        ("Zip code: 30377-1234\nContact number", "30377-1234"),
        ("**Code postal:** 1000\n**Email:** m@example.be", "1000"),
        ("Kod pocztowy: 00-590 Warszawa", "00-590"),
        ("code postal 1000 et mon code 4455", "1000"),
    ],
)
def test_a_postcode_under_its_label_is_an_address_no_code(text: str, postcode: str) -> None:
    findings = found(text)
    assert ("address", postcode) in findings
    assert not any(kind in ("otp", "pin") and value == postcode for kind, value in findings)


def test_a_code_sent_in_google_s_shape_is_a_one_time_code() -> None:
    assert ("otp", "G-636338") in found("ik kreeg inlogcode G-636338 maar ook een mail dat")


@pytest.mark.parametrize(
    "text, password",
    [
        ("routeradmin password Pieter246, user admin port 22 is open", "Pieter246"),
        ("router addmin password liverpool!2005, user admin prt 443", "liverpool!2005"),
        ("router admln password Bella#792, uesr admin.", "Bella#792"),
    ],
)
def test_a_router_s_admin_password_typed_fast_is_its_password(text: str, password: str) -> None:
    assert ("password", password) in found(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("your new wifi key is Doudoubella81. Network name stays telenet-4F8C2. Firmware", "telenet-4F8C2"),
        ("wifi wachtword voor de oppas: netwlrk telenet-4F8C2 wachtwoord B5TY5AIS56.", "telenet-4F8C2"),
        ("Netwerknaam VodafoneConnect83, wachtwoord 5251513145. De module", "VodafoneConnect83"),
    ],
)  # fmt: skip
def test_a_network_s_name_is_no_key(text: str, name: str) -> None:
    assert name not in [value for _, value in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "la mise à jour (sommede contrôle 74a2e54e3e0939a6168a8901380453e2fa6cfaf1249a909df18ca6081587b9ce)",
        "de update metchecksum 341bca675017e8e7e66d9fb15eefe7fcac6b7fade96327bdaae442886690d65c heeft",
        "Hahs firmware : 7717b5a64c42a8ce943d09d2f632fd88c96095ea733b0f87386244b37935aac3",
    ],
)  # fmt: skip
def test_a_digest_named_as_thumbs_type_it_is_no_key(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["Bel ons op 088 615 0150. Je melding staat onder F-326177.", "i reported it, crimeref 00108764"],
)
def test_a_case_filed_under_a_number_is_a_reference(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("otp", "pin", "customer_number")] == []


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("mijn nummer06 83 15 28 96. toestel iPhone 16 Pro", "phone", "06 83 15 28 96"),
        ("my number312-568-9198, dob 11/7/91", "phone", "312-568-9198"),
        ("son numéro0497/58.97.60, numéroclient649544676. il habitait", "customer_number", "649544676"),
        ("they asked for my pin. i said4849. was that really you?", "pin", "4849"),
        ("haar mail is x@y.be en gebruikersnaamesrakay80\nGoedendag", "username", "esrakay80"),
        ("fout puk, klopt dat? en de nieuwe PINwill be 7651", "pin", "7651"),
        ("en de nieuwe pincodewordt 2068", "pin", "2068"),
        ("ik heb mijnwachtwooord minoes$1988 op een nepsite ingevuld", "password", "minoes$1988"),
        ("I see a login from77.48.90.138 this morning", "ip_address", "77.48.90.138"),
    ],
)
def test_a_value_or_a_cue_typed_without_its_space_is_still_read(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, whole",
    [
        ("the login is tel04523 since May", "tel04523"),  # a login that starts with a word
        ("Flat 2, 127 Mill Lane, Cardiff NR28 9XR", "NR28 9XR"),  # a postcode's letters in capitals
        ("token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Is833hiXfqnjW82", ".Is833"),
    ],
)  # fmt: skip
def test_a_word_that_holds_its_digits_is_not_split(text: str, whole: str) -> None:
    assert any(whole in value for _, value in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ('"Ticket";"Naam";"Polisnummer"\n"CS-791285";"Yusuf Wouters";"POL-50183926"', "POL-50183926"),
        ("Telefoon\tNaam\tEAN-code\n+31 6 7793 6015\tGerrit Yilmaz\t33140911", "33140911"),
        ("close my late uncle's energy account. Meter 4065342340, final reading 44898", "4065342340"),
        ("• Nicolas Dubois, 10/7/55, n° affiliation CU2399859", "CU2399859"),
    ],
)
def test_more_customer_numbers_by_their_column_or_noun(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "de tuin is 10 meter 12345678 zegt de landmeter",  # a length before it
        "gsm-nummer van mijn meter is 0495 304 477 en",  # a godmother in Flanders
        "de meter 123456 staat stil",  # a reading's few digits
    ],
)
def test_a_meter_that_names_no_serial(text: str) -> None:
    assert "customer_number" not in [kind for kind, _ in found(text)]


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Lost my phone at the airport. my number 6172709625, dob 5/16/79", "6172709625"),
        ("| Your name | Liam Murphy |\n| Cell | 2128297822 |\n| Subject | Moving |", "2128297822"),
        ("new number: 3056719818 (old one is gone)", "3056719818"),
        ("Hi Maria, sorry to hear that! I've barred the SIM on 9177124437. You can order", "9177124437"),
    ],
)
def test_a_number_said_to_be_someone_s_is_their_phone(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text, date",
    [
        ("• Nicolas Gilson (moi-même), né(e) le 20 mars 2011, NN 090328-210-62", "20 mars 2011"),
        ("Geboortedatum;Dossiernummer;Naam\n10 juni 2009;INC8153961;Seppe Peeters", "10 juni 2009"),
        ("Naam;Date of birth;E-mail\nBart;11-07-2011;b@example.be", "11-07-2011"),
    ],
)
def test_a_child_s_birth_date_under_its_cue_or_its_column(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


def test_a_case_file_column_holds_no_customer_numbers() -> None:
    text = "Geboortedatum;Dossiernummer;Naam\n10 juni 2009;INC8153961;Seppe\n3 juni 1944;2024-05238;Wout"
    assert [value for kind, value in found(text) if kind == "customer_number"] == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("Adresse de facturation : Rue Haute 60, Verviers\nTél : 0477", "Rue Haute 60, Verviers"),
        (
            "Oud adrees Rue des Wallons 167 boîte 3, niuw addres Veldstraat 105.",
            "Rue des Wallons 167 boîte 3",
        ),
        (
            "Adresse postale;Demandeur\nRue de l'Église 153/0101, Tournai;Quentin",
            "Rue de l'Église 153/0101, Tournai",
        ),
        ("| IBAN | BE33965135260646 |\n| Code postal | 6000 |\n| Ville | Liège |", "6000"),
    ],
)  # fmt: skip
def test_an_address_by_its_label_typed_fast_or_its_column(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    "text, halves",
    [
        ("compte bloqué. IBAN be39 2574\n(envoyé trop vite) 0453 6919. tél", ["be39 2574", "0453 6919"]),
        ("IBAN NL13ABN\n(envoyé trop vite) A8246095650. tél 0032 497 880 321", ["NL13ABN", "A8246095650"]),
    ],
)
def test_an_iban_sent_in_two_halves_is_one_iban(text: str, halves: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "iban"] == halves


def test_two_halves_that_make_no_valid_iban_are_none() -> None:
    assert "iban" not in [kind for kind, _ in found("IBAN BE39 2574\n(envoyé trop vite) 0453 6918. tél")]


@pytest.mark.parametrize(
    "text, login",
    [
        ("old password was Pieter#885, tried resetting to Minoes#204. login nguyena\nplease", "nguyena"),
        ("password was Ch@rlie81, tried resetming to Minoes#204. login mariaxgo", "mariaxgo"),
    ],
)  # fmt: skip
def test_a_login_named_last_after_its_password(text: str, login: str) -> None:
    assert ("username", login) in found(text)


@pytest.mark.parametrize("text", ["I changed my password. login works", "new password set. Login please"])
def test_a_word_after_login_is_no_login(text: str) -> None:
    assert "username" not in [kind for kind, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Groet,\nSem\nOdido | KvK nummer 51921194\nT +31 20 661 4981\n\nDe informatie in dit bericht",
        "groet,\n> Rik\n> Klantenservice Simyo\n> Bereikbaar op +31 20 024 1693 (dag en nacht bij blokkeren)",
        "Ik zit in de rouw en heb geen zin in wachtmuziek op 020-991 21 94",
        "mijn pas is gestolen en jullie lijn 020-126 53 17 is de hele nacht bezet",
        "carte volée et votre ligne 02 311 64 73 est occupée toute la nuit",
    ],
)
def test_the_company_s_own_line_is_no_customer_s_phone(text: str) -> None:
    assert "phone" not in [kind for kind, _ in found(text)]


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Groeten,\nJan de Vries\nBereikbaar op 020-991 21 94", "020-991 21 94"),
        ("Nous avons bien mis à jour votre numéro 035488155 sur le compte client", "035488155"),
    ],
)
def test_a_person_s_line_or_the_customer_s_number_in_a_reply_stays_a_phone(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("Adresse: Hauptstraße 12, 10115 Berlin", "Hauptstraße 12, 10115 Berlin"),
        ("wohne in der Bahnhofstraße 5, D-52062 Aachen", "Bahnhofstraße 5, D-52062 Aachen"),
        ("ul. Marszałkowska 10/5, 00-590 Warszawa", "ul. Marszałkowska 10/5, 00-590 Warszawa"),
        ("moro na Rua Augusta 25, 1100-053 Lisboa", "Rua Augusta 25, 1100-053 Lisboa"),
        ("adresim Atatürk Caddesi 15, 34000 İstanbul", "Atatürk Caddesi 15, 34000 İstanbul"),
    ],
)
def test_an_address_from_abroad_with_its_letters_and_postcode(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    "text, date",
    [
        ("geboren am 12. März 1978 in Köln", "12. März 1978"),
        ("data urodzenia 12 marca 1985", "12 marca 1985"),
        ("doğum tarihi 14 Şubat 1990", "14 Şubat 1990"),
        ("data de nascimento 3 de março de 1979", "3 de março de 1979"),
        ("nascida em 03.04.1977", "03.04.1977"),
    ],
)
def test_a_birth_date_as_a_german_a_pole_a_turk_or_a_portuguese_writes_it(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


def test_a_recent_date_in_another_language_is_no_birth_date() -> None:
    assert found("Bestellung vom 12. März 2025 ist nicht angekommen") == []


@pytest.mark.parametrize(
    "text, phone",
    [
        ("mój numer telefonu 601 234 567", "601 234 567"),
        ("o meu número de telemóvel é 912 345 678", "912 345 678"),
        ("meine Handynummer: 621 123 456", "621 123 456"),
    ],
)
def test_a_phone_written_without_a_trunk_prefix_under_its_label(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize("text", ["numer zamówienia 601 234 567", "order 601234567 shipped"])
def test_nine_digits_without_a_phone_s_label_are_no_phone(text: str) -> None:
    assert "phone" not in [kind for kind, _ in found(text)]


def test_a_list_s_next_number_is_no_half_of_a_phone() -> None:
    text = "3. numéro de membre : 47081830\n4. nouveau compte : BE49916515477871"
    assert ("customer_number", "47081830") in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("cust# 88213944 DOB 03/04/1981 verified", "customer_number", "88213944"),
        ("cust. ref: AB-88213, called twice", "customer_number", "AB-88213"),
        ("meu código é 482193", "otp", "482193"),
        ("Bestätigungscode: 482193", "otp", "482193"),
        ("nazwa użytkownika kowalski85", "username", "kowalski85"),
        ("kullanıcı adı: ayse.demir", "username", "ayse.demir"),
    ],
)
def test_an_agent_s_shorthand_and_cue_words_from_abroad(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "EAN-code: 8712345678906 (de blender)",
        "Product\tEAN\nBlender\t8712345678906",
        '{"ean": "8712345678906", "sku": "BL-200"}',
    ],
)
def test_a_product_s_barcode_under_an_ean_label_is_no_customer_number(text: str) -> None:
    assert "customer_number" not in [kind for kind, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Product code: A1234-56\nPrijs: € 49",
        "**Product code:** 123456\n**Prijs:** € 49",
        "Code article : 512345, taille M",
        "artikel code 4004675 is uitverkocht",
    ],
)
def test_a_product_s_code_is_no_secret(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("otp", "pin", "password")] == []


def test_a_code_to_type_is_still_a_code() -> None:
    assert ("otp", "1234") in found("type code 1234 in")
