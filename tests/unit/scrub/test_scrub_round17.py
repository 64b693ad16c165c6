"""Round 17: chat exports read as conversations. Answers that refer back to a question asked turns
before, hedged answers, questions about a login's name, whether a code was changed, corrections that open
with "no", stamps in parentheses or with "à", and values the agent echoes."""

from __future__ import annotations

import pytest
from scrub_findings import SCRUBBER, found


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "[02/03/2025 10:01] Support: Quel est votre code PIN ?\n"
            "[02/03/2025 10:02] Marc: attendez\n"
            "[02/03/2025 10:03] Support: Notre numéro de TVA est BE0123.456.789.\n"
            "[02/03/2025 10:05] Marc: ce que vous demandiez : 5820",
            "pin",
            "5820",
        ),
        (
            "03-05-2025 14:01 - Agent: Wat is uw klantnummer?\n"
            "03-05-2025 14:02 - Els: moment\n"
            "03-05-2025 14:03 - Agent: Laat maar weten als ge het gevonden hebt.\n"
            "03-05-2025 14:06 - Els: wat ge vroeg: 4471902",
            "customer_number",
            "4471902",
        ),
        (
            "(09:10:01) Advisor: Could you send your password so I can check it?\n"
            "(09:11:40) Customer: one sec\n"
            "(09:12:02) Advisor: Take your time.\n"
            "(09:14:55) Customer: btw re your question, Harbour88?",
            "password",
            "Harbour88?",
        ),
    ],
)
def test_an_answer_that_refers_back_to_the_question_takes_its_kind(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_reference_back_without_a_question_asks_nothing() -> None:
    text = (
        "[02/03/2025 10:01] Marc: bonjour\n"
        "[02/03/2025 10:02] Support: Bonjour Marc, que puis-je faire ?\n"
        "[02/03/2025 10:05] Marc: ce que vous demandiez : 5820"
    )
    assert ("pin", "5820") not in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "Agent: Welke gebruikersnaam staat er bovenaan in de app?\nKlant: PietBaas volgens mij\n"
            "Agent: Dank je.",
            "username",
            "PietBaas",
        ),
        (
            "Rep: What account name shows at the top of the app?\nMe: jvk7mm2 right?\nRep: thanks",
            "username",
            "jvk7mm2",
        ),
        (
            "12/06/2024 à 21:14 - Support: Quel est votre nom d'utilisateur ?\n"
            "12/06/2024 à 21:14 - Lise: euh lise_dubois_4\n"
            "12/06/2024 à 21:15 - Support: Merci, je regarde.",
            "username",
            "lise_dubois_4",
        ),
    ],
)
def test_a_hedged_answer_to_a_login_question_is_the_login(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_question_whether_the_pin_was_changed_is_answered_by_a_bare_value() -> None:
    text = (
        "Advisor: Have you changed the PIN or is it still the one from the letter?\n"
        "Visitor: 6391\n"
        "Advisor: Thanks."
    )
    assert ("pin", "6391") in found(text)


def test_a_question_whether_the_password_was_changed_is_not_answered_by_a_sentence() -> None:
    text = (
        "Advisor: Have you changed your password recently?\n"
        "Visitor: yes on 12 May, after the 2 emails\n"
        "Advisor: Thanks."
    )
    assert not any(kind == "password" for kind, _ in found(text))


def test_a_turn_that_opens_with_no_corrects_the_last_answer() -> None:
    text = (
        "Agent: En de 3 cijfers achterop de kaart?\n"
        "Klant: 714\n"
        "Klant: nee 741, de andere (714) was mijn oude kaart\n"
        "Agent: Dank je."
    )
    findings = found(text)
    assert ("cvv", "741") in findings
    assert findings.count(("cvv", "714")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Agent: Wat is uw klantnummer?\nKlant: de batterij staat nog maar op 100 %\nAgent: oei",
        "Support: Quel est votre nom d'utilisateur ?\nClient: je suis client depuis 2010\nSupport: Merci.",
    ],
)
def test_a_percentage_or_a_year_in_an_answer_is_no_value(text: str) -> None:
    assert not any(value in ("100", "2010") for _, value in found(text))


def test_an_agent_naming_a_company_number_gives_no_answer() -> None:
    text = (
        "Customer: which of the 2 codes do I use?\n"
        "Agent: Thank you! Checking our system now.\n"
        "Agent: Our VAT number is 38-2662370."
    )
    assert not any("2662370" in value for _, value in found(text))


@pytest.mark.parametrize(
    "text, kind, value, copies",
    [
        (
            "Visitor: my PIN is 7113\nAdvisor: Ok, 7113 has been entered.\nVisitor: thanks",
            "pin",
            "7113",
            2,
        ),
        ("CVC 064\nAdvisor: Ok, 064 has been entered.", "cvv", "064", 2),
        (
            "mijn gebruikersnaam is kees_1980\nAgent: Met kees_1980 krijg ik een foutmelding.",
            "username",
            "kees_1980",
            2,
        ),
    ],
)
def test_a_value_echoed_is_the_same_value(text: str, kind: str, value: str, copies: int) -> None:
    assert found(text).count((kind, value)) == copies


@pytest.mark.parametrize(
    "text, kept",
    [
        ("my PIN is 7113, and I paid €7113 last year", "€7113"),
        ("CVC 064 and the fee went up 064%", "064%"),
        ("my PIN is 7113 for order 7113-2", "7113-2"),
    ],
)
def test_a_copy_inside_something_else_is_no_echo(text: str, kept: str) -> None:
    start = text.index(kept)
    spans = [(f.start, f.end) for f in SCRUBBER.scrub(text, "public").findings]
    assert not any(s < start + len(kept) and start < e for s, e in spans)


def test_a_name_heading_chat_blocks_is_never_echoed() -> None:
    text = "Shop&Go\nWat is je wachtwoord?\n\nAnne\nZon&Zee99\n\nShop&Go\nDank je\n\nShop&Go\nTot ziens"
    assert ("password", "Shop&Go") not in found(text)



def test_a_date_answers_a_question_for_a_date_even_after_a_year() -> None:
    text = (
        "3/2/2026 9:01 AM - Agent: Can you confirm your date of birth?\n"
        "3/2/2026 9:03 AM - Sam: customer since 2019, 3/8/1975 cheers\n"
        "3/2/2026 9:04 AM - Agent: Perfect."
    )
    assert ("date_of_birth", "3/8/1975") in found(text)


@pytest.mark.parametrize(
    "text, logins",
    [
        ("It concerns the accounts jo_smith and pwalsh; both are locked.", ["jo_smith", "pwalsh"]),
        ("Il s'agit des comptes marie.dupont et lrenard, tous deux bloqués.", ["marie.dupont", "lrenard"]),
        ("ik heb 2 logins: kassa2 en beheer.bakkerij, welke?", ["kassa2", "beheer.bakkerij"]),
        ("the users staff4 and OwnerAnn can't get in", ["staff4", "OwnerAnn"]),
        ("admin accouunt adm_lisa loced, tills are down", ["adm_lisa"]),
    ],
)
def test_accounts_named_by_their_logins(text: str, logins: list[str]) -> None:
    findings = found(text)
    assert all(("username", login) in findings for login in logins)


@pytest.mark.parametrize(
    "text",
    [
        "accounts payable and receivable are in the other folder",
        "the accounts Netflix and Spotify were charged twice",
        "the accounts are locked and I can't pay",
        "Quel compte souhaitez-vous modifier ?",
        "vous trouverez le compte ci-dessous",
        "mon compte MyMinfin ne s'ouvre pas",
        "mijn logins thuis en werk doen het niet",
    ],
)
def test_words_after_account_nouns_that_are_no_logins(text: str) -> None:
    assert not any(kind == "username" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, kind, values",
    [
        ("my pin is 9006 not 0906", "pin", ["9006", "0906"]),
        ("le code est 5512 et pas 5521", "pin", ["5512", "5521"]),
        ("the sms code is 482910 not 482901", "otp", ["482910", "482901"]),
    ],
)
def test_a_code_corrected_keeps_one_kind(text: str, kind: str, values: list[str]) -> None:
    findings = found(text)
    assert all((kind, value) in findings for value in values)


def test_a_service_prefix_alone_is_a_service_line_only_where_a_line_is_spoken_of() -> None:
    assert ("pin", "0906") in found("my pin is 9006 not 0906")
    assert not any(value == "0900" for _, value in found("ik heb al 3x gebeld naar 0900, pincode kwijt"))


@pytest.mark.parametrize(
    "text, value",
    [
        ("alarm code for the shop is 3845#, can you reset it?", "3845#"),
        ("ALARM CODE IS 7710#", "7710#"),
    ],
)
def test_a_keypad_code_is_found_with_its_hash(text: str, value: str) -> None:
    # (round 21: the keys typed on the keypad are covered with the code; round 17 stopped before the '#')
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Je croyais que c'était 6042 mais après 3 essais c'est bloqué", "6042"),
        ("Ik dacht dat het 7391 was maar na drie keer zit hij vast", "7391"),
        ("I thought it was 4821 but after 3 tries it locked", "4821"),
        ("envoyez-le à mon mail svp\nJe croyais que c'était 8133 mais après 3 essais c'est bloqué", "8133"),
    ],
)
def test_a_code_believed_and_refused_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_year_believed_is_no_pin() -> None:
    assert found("ik dacht dat het 2022 was maar de datum is fout") == []


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Hoi Koen, ik ben Febe 🙂 Merci, ik heb Zeeland_Fan88 genoteerd.", "username", "Zeeland_Fan88"),
        ("Bonjour, ici Antoine. D'accord, lucas_1982 est encodé.", "username", "lucas_1982"),
        ("Hoi Robbe, je spreekt met Febe. Oké, 418230 is ingevoerd. Fijne dag!", "otp", "418230"),
        ("Goedenavond, Kim hier. Je gaf Ridder_K9 door, maar dat geeft een fout.", "username", "Ridder_K9"),
        ("Dank je, ik heb QK7DMT genoteerd. Je aanvraag heeft een ID.", "otp", "QK7DMT"),
        ("Hi Sam, Ok, 5581 has been entered.", "pin", "5581"),
    ],
)
def test_a_value_an_agent_acknowledges_is_typed_by_its_shape(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci, j'ai noté 0486 401 106.",
        "Even checken: 03/30, klopt da?",
        "Ok, 2024 has been entered.",
        "Ik heb uw bestelling genoteerd.",
        "Dank je, ik heb CUS-42025022 genoteerd.",
        "Merci, j'ai noté 02-2026.",
        "Le compte BE•• •••• •••• 9286 est encodé pour la domiciliation.",
    ],
)
def test_what_an_agent_acknowledges_is_no_code_unless_shaped_like_one(text: str) -> None:
    assert not any(kind in ("pin", "otp", "username") for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("mon numéro de registre national est 85.07.30-033-28", "85.07.30-033-28"),
        ("voici: 850730-033-28", "850730-033-28"),
        ("j'ai encodé 850730 033 28 comme numéro national mais le formulaire refuse", "850730 033 28"),
    ],
)
def test_a_belgian_national_number_as_forms_write_it(text: str, value: str) -> None:
    assert ("bsn", value) in found(text)


def test_a_national_number_shape_that_fails_its_check_is_none() -> None:
    assert not any(kind == "bsn" for kind, _ in found("voici: 850730-033-29"))


def test_a_password_with_a_sign_after_its_first_letter_is_not_a_plural_cue() -> None:
    assert ("password", "K@mer77") in found("@Shop password K@mer77 stopped working after your update")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("the code 4821 doesn't work", "pin", "4821"),
        ("de code 7340 werkt niet", "pin", "7340"),
        ("le code 1322 ne marche pas", "pin", "1322"),
        ("de code 482913 werkt niet, ik kreeg hem per sms", "otp", "482913"),
    ],
)
def test_a_code_named_plainly_and_refused(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["the code 2019 doesn't work anymore, since the update", "the discount code 4821 doesn't work"],
)
def test_a_year_or_a_discount_code_refused_is_no_pin(text: str) -> None:
    assert not any(kind in ("pin", "otp") for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("since the app update (v11.7) i can't log in 11878824 ← this one came through", "11878824"),
        ("Le digipass affiche un code\n\nT-923530 ← reçu à l'instant\nrappelez-moi", "T-923530"),
        ("see my email, reference #421711\n223 110 ← this one came through", "223 110"),
        ("Dear team,\n\n" + "I cannot get in since Monday. " * 14 + "\n- 8805 ← this one came in", "8805"),
        ("You should have received a code just now; our system shows 58252. Enter it soon.", "58252"),
    ],
)
def test_a_code_pointed_at_or_shown_as_arrived_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_number_pointed_at_without_arriving_is_no_code() -> None:
    assert not any(kind == "otp" for kind, _ in found("order 48213377 ← this one is late"))


@pytest.mark.parametrize(
    "text",
    [
        "Sandbox differs from production, request id Root=1-5f84c7a1-a2b3c4d5e6f708192a3b4c5d",
        "Support ID from the app: Root=1-65a1b2c3-0123456789abcdef01234567",
        "De licentiecode van de kassasoftware (LIC-2026-5BLZ-PX6U) is na de herinstallatie niet meer geldig",
        "Le code de licence du logiciel (RXM66-5GTGK-P3GD3-HUJ9D-NXJSU) n'est plus valable",
    ],
)
def test_trace_ids_and_licence_keys_are_no_secrets(text: str) -> None:
    assert found(text) == []


def test_an_activation_code_is_still_a_code() -> None:
    assert ("otp", "LAW6-3042-YR35") in found("activation code LAW6-3042-YR35")


@pytest.mark.parametrize(
    "text, value",
    [
        ("mijn klantnunmer is 725803717 factuur VF6219281 klopt niet", "725803717"),
        ("klantnmmer KL-655302, meterstand 88.729 kWh", "KL-655302"),
        ("klantennr 267/1217/641, meterstand dag 97068 nacht 076325", "267/1217/641"),
        ("@OrangeBelgium client n° CL77377615, 3 semaines sans réponse", "CL77377615"),
        ("hallo\n11507214 is ons klantnummer postcode weet je al", "11507214"),
        ("Je klantnummer blijft 432.370.286.", "432.370.286"),
        ("Klantnummer R5627341. Kunnen jullie een nieuwe jaaropgave sturen?", "R5627341"),
        ("Lidnummer R-9756632. Er is weer 23 euro afgeschreven", "R-9756632"),
    ],
)
def test_customer_numbers_typed_and_named_as_people_do(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("j'ai payé avec la 6703 6307 7239 76011", "6703 6307 7239 76011"),
        ("(11:50:03) Customer: 3494 7640 8110 619 <- that's what you asked for", "3494 7640 8110 619"),
        ("Klant: 4111 1111 1111 1111 ok", "4111 1111 1111 1111"),
    ],
)
def test_cards_grouped_long_or_after_a_speaker(text: str, value: str) -> None:
    assert ("card", value) in found(text)


@pytest.mark.parametrize(
    "text, network, key",
    [
        ("The wifi network Kantoor-5G uses the key 69157139974832696171; it is on the sticker", "Kantoor-5G",
         "69157139974832696171"),
        ("card machine wont join wifi Bakker-5G (zp96fervgmz3) error 65", "Bakker-5G", "zp96fervgmz3"),
    ],
)  # fmt: skip
def test_a_network_named_before_its_key_is_no_key(text: str, network: str, key: str) -> None:
    findings = found(text)
    assert ("wifi_key", key) in findings
    assert not any(value == network for _, value in findings)


@pytest.mark.parametrize(
    "text, model",
    [
        ("Got a new router (WNR2000v5) but the wifi isn't working", "WNR2000v5"),
        ("Nieuwe modem gekregen (TG799vac) maar de wifi werkt niet", "TG799vac"),
    ],
)
def test_a_model_in_brackets_after_its_device_is_no_key(text: str, model: str) -> None:
    assert not any(value == model for _, value in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mastercard 5386 3942 7047 6815 (expiry Mar 2027) that I do not recognise", "Mar 2027"),
        ("Dag Ashley, de vervaldatum op je kaart (10/2030) is correct.", "10/2030"),
        ("De pas is geldig tot 11 31.", "11 31"),
        ("de pas is geldig tot 03.2026.", "03.2026"),
        ("vervaldatum: sept. 2030", "sept. 2030"),
        ("expiry date: mai 2027", "mai 2027"),
    ],
)
def test_card_expiries_with_month_names_brackets_and_dutch_cards(text: str, value: str) -> None:
    assert ("card_expiry", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "je abonnement verloopt in mei 2027",
        "expires March 2028 for your subscription",
        "Mijn pas is ingeslikt door de automaat.\ncode 5143 1220 8102 2755",
    ],
)
def test_a_subscription_date_or_a_bad_card_number_is_no_card_detail(text: str) -> None:
    assert not any(kind in ("card_expiry", "cvv") for kind, _ in found(text))
