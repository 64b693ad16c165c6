"""Classes of writing the detectors generalise to, with examples invented here (in no corpus).

Each class is a mechanism, not a phrase: the examples vary language (nl, nl-BE, fr-BE, en-GB, en-US),
order and wording, and each class has look-alikes that must stay untouched.
"""

from __future__ import annotations

import pytest
from scrub_findings import found as _found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a Dutch compound that ends in a credential noun is a cue of that noun's kind
        ("mijn beheerderswachtwoord: Vlinder#82", "password", "Vlinder#82"),
        ("het routerpaswoord is Kapstok91", "wifi_key", "Kapstok91"),
        ("de refreshtoken rt_9fK2mQ7xLp3ZvB8nW4cY1dH6 werkt niet", "token", "rt_9fK2mQ7xLp3ZvB8nW4cY1dH6"),
        ("ontgrendelcode 583920 gekregen", "otp", "583920"),
        ("bankkaartpincode 7741", "pin", "7741"),
        # the plural of a cue is that cue
        ("ik krijg steeds codes, deze keer 640215", "otp", "640215"),
        ("those passcodes: 739104", "otp", "739104"),
    ],
)
def test_a_word_ending_in_a_credential_noun_is_its_cue(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn postcode is 3512AB",
        "de kortingscode WINTER25 werkt niet",
        "foutcode E-4410 bij het opstarten",
        "de barcode 8712345678906 op de doos",
        "huissleutel kwijt, slotenmaker nodig",
        "statuscode 503 sinds vanmorgen",
        "bestelcode BC-77120 staat op de bon",
    ],
)
def test_compounds_that_name_a_reference_an_offer_or_a_door_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind not in ("address",)] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # after a comma the clause still leads to the value when it types, tries or asks for it
        ("sim-pincode gevraagd, ik tik 4417 en niks", "pin", "4417"),
        ("the PIN is blocked now, I typed 2290 three times", "pin", "2290"),
        ("code PIN refusé, j'ai tapé 6631", "pin", "6631"),
        # the code a customer knows by heart is a PIN, also in alternatives
        ("mijn geheime code, was het 1188 of 8811?", "pin", "8811"),
        ("my secret code is 4406", "pin", "4406"),
        ("le code secret de ma carte: 9021", "pin", "9021"),
    ],
)
def test_a_clause_after_a_comma_that_types_or_asks_for_the_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_a_clause_about_something_else_after_a_comma_still_ends_the_window() -> None:
    assert _found("pincode geblokkeerd, 3000 km gereden") == []


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        # a pair joined by '+' or '|' with spaces, no cue at all
        ("piet-jan + Regenboog77 → geweigerd", "piet-jan", "Regenboog77"),
        ("sanne.k | Mandarijn!4 klopt niet", "sanne.k", "Mandarijn!4"),
        # 'en dan', 'and then', 'puis' between the two halves after an entering verb
        ("ik typ MarloesBakker en dan krokus55 maar nee", "MarloesBakker", "krokus55"),
        ("I type JakeMorrison and then lantern42, nothing", "JakeMorrison", "lantern42"),
        # a name-like user right before a password cue after 'met' / 'with'
        ("inloggen gedaan met LiesbethClaes, wachtwoord was Mimosa-88", "LiesbethClaes", "Mimosa-88"),
        ("I signed in with DerekHale, password Ferret2020", "DerekHale", "Ferret2020"),
    ],
)
def test_login_pairs_with_every_glue(text: str, user: str, password: str) -> None:
    found = _found(text)
    assert ("username", user) in found and ("password", password) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "C++ | Python | Rust",
        "Netflix + Disney plus samen",
        "My username is tvdberg71, could you lock it?",
        "gebruikersnaam is kees_bakker9, wilt u kijken",
    ],
)
def test_joints_and_commas_without_a_chosen_secret_are_no_pair(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "password"] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value before its cue with a copula is that cue's value; what follows is about something else
        (
            "Haring!42 is mijn ww en jvdam77 de gebruikersnaam",
            [("password", "Haring!42"), ("username", "jvdam77")],
        ),
        ("Tortue2019 c'est mon mdp, et mon identifiant", [("password", "Tortue2019")]),
        ("Quokka#5 is my pw, rest is fine", [("password", "Quokka#5")]),
    ],
)
def test_the_value_before_its_cue_with_a_copula(text: str, expected: list[tuple[str, str]]) -> None:
    assert all(item in _found(text) for item in expected), _found(text)


def test_a_reference_before_a_cue_with_only_an_article_is_no_password() -> None:
    assert _found("actiecode GRATIS12, het wachtwoord is vergeten") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a login or entry code is a code sent: digits, or capitals with digits, bare or in brackets
        ("kreeg een inlogcode (583201) per sms", "583201"),
        ("inlogcode per sms gekregen (Q7ZK2P) maar ongeldig", "Q7ZK2P"),
        ("a login code (771204) I never asked for", "771204"),
        ("inlogcode via mail ontvangen: 'TRWQXB'", "TRWQXB"),
    ],
)
def test_a_login_code_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "IBAN: NL02  ABNA  0123  4567  89 graag",
        "rekening BE68  5390  0754  7034",
        "iban nl 02 abna 0123456789",
    ],
)
def test_ibans_grouped_by_two_spaces(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == ["iban"], _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the value first, then a copula and its cue, at the start of a line
        ("laptop ziet het netwerk niet.\nQRT7-88KD-ZW2M is de netwerksleutel", "wifi_key", "QRT7-88KD-ZW2M"),
        ("xk4ttr9mwq is the wifi password on the box", "wifi_key", "xk4ttr9mwq"),
        ("«5512» c'est mon code secret, bloqué", "pin", "5512"),
        # a credential noun with number/numéro is still that credential
        ("Their PUK number is 40917733, please check", "puk", "40917733"),
        ("mon puk numéro 61120948 ne marche pas", "puk", "61120948"),
    ],
)
def test_values_before_their_cue_and_nouns_with_number(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("Ik gebruik noor_b12 met wachtwoord Kastanje#3", "noor_b12", "Kastanje#3"),
        ("I log in with pete.h77 with password Glacier!9", "pete.h77", "Glacier!9"),
        ("creds are mvdl1984:Appel&Peer22", "mvdl1984", "Appel&Peer22"),
    ],
)
def test_the_user_before_with_password_and_creds(text: str, user: str, password: str) -> None:
    found = _found(text)
    assert ("username", user) in found and ("password", password) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The wifi key is meant to be on the router's label",
        "Le code wifi est sur l'étiquette du modem",
        "het wifi-wachtwoord staat op de sticker van de Fritz!Box 7530",
        "the key should be on the sticker of the Archer C6",
        "WPA key Pk7Tq2Vx9LmN, network HomeNet-5G-8B3A",  # the network's name after the key
        "TVA BE 0612.345.789 sur la facture",  # a company number after a country code
        "obtenir le PUK au 070 12 34 56, impossible",  # a service number after a PUK cue
    ],
)
def test_words_and_names_after_a_wifi_cue_stay(text: str) -> None:
    found = _found(text)
    assert [k for k, v in found if k != "wifi_key" or v == "Pk7Tq2Vx9LmN"] in ([], ["wifi_key"]), found
    assert all(v == "Pk7Tq2Vx9LmN" for k, v in found), found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a code the customer opens an app with, or calls their own with a PIN's four digits, is a PIN
        ("de code voor mijn bankapp is 40417, werkt niet meer", "pin", "40417"),
        ("passcode to the banking app: 271903 and it still refuses", "pin", "271903"),
        ("le code pour l'application: 55821", "pin", "55821"),
        ("mijn code is 7302 maar de automaat weigert", "pin", "7302"),
        ("I tried my code 6619 twice", "pin", "6619"),
        # a code that was sent stays a one-time code, also for an app
        ("de code voor de app kreeg ik per sms: 604118", "otp", "604118"),
        ("the code for the app I just received is 918273", "otp", "918273"),
        ("code uit de authenticator app: 302 118", "otp", "302 118"),
    ],
)
def test_a_code_for_an_app_or_the_customers_own_code_is_a_pin_unless_sent(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a value alone in a later chat turn answers the cue, past speaker lines, the agent and a "yes"
        (
            "Sam, [02-03-2025 10:00]\nmijn simkaart vraagt om de puk\nBelmo, [02-03-2025 10:02]\n"
            "Staat op het kaartje. Heb je het?\nSam, [02-03-2025 10:05]\nja\n"
            "Sam, [02-03-2025 10:06]\n73920418",
            "puk",
            "73920418",
        ),
        (
            "[01/02/2026 09:00] Shopr: Hoe luidt je gebruikersnaam?\n[01/02/2026 09:03] Kim: kim_vd_berg",
            "username",
            "kim_vd_berg",
        ),
        (
            "Agent · 10:01\nWhat's the login name on it?\nAlex · 10:03\nAlexTheGreat",
            "username",
            "AlexTheGreat",
        ),
        # the line right after a question or a label that ends with the cue
        ("Wat is je pincode?\n4471", "pin", "4471"),
        ("PUK:\n55120934\nalvast bedankt", "puk", "55120934"),
        # a generic key cue that opens a chat turn reads the turn before it for the wifi
        (
            "[3/4/25 20:01] Jo: netwerk is Huis-5G\n[3/4/25 20:02] Jo: sleutel Pq7rTz9kLm",
            "wifi_key",
            "Pq7rTz9kLm",
        ),
    ],
)
def test_a_value_alone_on_a_later_line_answers_its_cue(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the agent asks for the network's name: the answer is no key
        "[3/4/25 20:01] Jo: wifi valt weg\n[3/4/25 20:01] Net: Hoe heet je netwerk?\n"
        "[3/4/25 20:03] Jo: ThuisNet_5G",
        # no chat and no question: a number in a signature after a cue is no answer
        "pincode vergeten\n\nMet vriendelijke groet,\nJan\n12345678",
        # a shout is no key
        "HET WIFI WACHTWOORD STAAT OP DE DOOS MAAR WERKT NIET",
    ],
)
def test_lines_after_a_cue_that_answer_something_else_stay(text: str) -> None:
    assert [k for k, _ in _found(text) if k not in ("phone",)] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a later clause that refers back to the secret gives its value
        ("PIN kwijt, kunnen jullie een nieuwe sturen? De vorige was volgens mij 3381", "pin", "3381"),
        ("forgot my PUK, do I need a new SIM? my old one was 44019283", "puk", "44019283"),
        ("I forgot my code, I think it was 7720, and now the card is blocked", "pin", "7720"),
        ("j'ai oublié mon code, je pense que c'est 6402", "pin", "6402"),
        # a correction right after a secret gives the secret it should have been
        ("ww is Zonnebloem7\nsorry typo, Zonnebloem77!", "password", "Zonnebloem77!"),
        ("my password is Tulip&42 I mean Tulip&24", "password", "Tulip&24"),
        ("pincode 4410, foutje, moet zijn 4401", "pin", "4401"),
    ],
)
def test_a_clause_that_refers_back_or_corrects_gives_the_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "pincode vergeten, de oude was op mijn vorige kaart",
        "wachtwoord is Zonnebloem7, sorry typo in mijn naam",
        "my old one was from 2019, I forgot my PIN",
    ],
)
def test_clauses_that_refer_back_to_no_value_stay(text: str) -> None:
    assert [(k, v) for k, v in _found(text) if k != "password" or v != "Zonnebloem7"] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # who holds the number may sit between the cue and the value
        ("mijn klantnummer bij jullie webshop is 7730215", "7730215"),
        ("my customer number with Voltra is KX-88120", "KX-88120"),
        ("mon numéro client chez vous est 55102934", "55102934"),
        ("Inschrijvingsnummer bij de mutualiteit: 1188204", "1188204"),
        # a vendor's id, an id with a spaced capital prefix, a cue in capitals
        ("our merchant account is acct_9QW2LZ7T0PRD, please freeze it", "acct_9QW2LZ7T0PRD"),
        ("Numéro de client : AB 4410 2291", "AB 4410 2291"),
        ("MY ACCOUNT NUMBER IS 44182093!!", "44182093"),
        # the abbreviation
        ("card on file should be the old one. Acct 355-5660528", "355-5660528"),
        ("how do I get these revoked on your end?? acct A550658207", "A550658207"),
        ("acct no: 8985 801 723", "8985 801 723"),
    ],
)
def test_customer_numbers_written_other_ways(text: str, value: str) -> None:
    assert ("customer_number", value) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn klantnummer is op 12 maart gewijzigd",
        "het klantnummer bij de vorige leverancier weet ik niet",
    ],
)
def test_a_customer_cue_followed_by_a_date_or_words_stays(text: str) -> None:
    assert [k for k, _ in _found(text) if k == "customer_number"] == [], _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # an error code after 'code erreur', after an error word, or shown by a device after a bare 'code'
        "la box affiche code d'erreur 0x8007F3, que faire ?",
        "code fout LX-2207 op de decoder",
        "the reader showed code RQ-5531 and beeped",
        "de app stopt met code K-4090 bij het openen",
        "het wachtwoord werd geweigerd, daarna melding AUTH-771",
    ],
)
def test_error_codes_near_code_and_password_cues_stay(text: str) -> None:
    assert _found(text) == [], _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # letters with six digits, or any code on a line that says it was sent, is a one-time code
        ("code G-482913 van Google", "G-482913"),
        ("kreeg per sms de code T-5521", "T-5521"),
    ],
)
def test_one_time_codes_with_letters_are_still_found(text: str, value: str) -> None:
    assert ("otp", value) in _found(text), _found(text)


@pytest.mark.parametrize(
    ("text", "user"),
    [
        # the value after 'has been' / 'altijd'; a separable 'log … in als'; a copula before the cue
        ("Our login has always been t.okafor22, since the start", "t.okafor22"),
        ("mijn gebruikersnaam is al jaren mvos_1977", "mvos_1977"),
        ("ik log meestal in als rik.dewit via de app", "rik.dewit"),
        ("je log toujours in avec b_dumont4", "b_dumont4"),
        ("KoenV88 is de gebruikersnaam\nWat moet ik doen?", "KoenV88"),
        # a login cue, the user, a joint and a password cue; joints in capitals
        ("inloggegevens: login jpeeters en wachtwoord Berk!2020", "jpeeters"),
        ("INLOGGEN MET hvanloon EN WW Zwaluw#88", "hvanloon"),
    ],
)
def test_usernames_written_other_ways(text: str, user: str) -> None:
    found = _found(text)
    assert ("username", user) in found, found
    assert ("username", "Wat") not in found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a value after a verb that sets it: 'ingesteld op', 'reset to', 'réglé sur'
        (
            "de installateur heeft het wifiwachtwoord gezet op Merel_Appel_12 vandaag",
            "wifi_key",
            "Merel_Appel_12",
        ),
        ("they reset my password to Harbour!61 this morning", "password", "Harbour!61"),
        # a code from an app, and a number before its cue with a sentence end before
        ("inlogcode uit de authenticator-app: 660214, werkt niet", "otp", "660214"),
        ("Ik moest een code invoeren.\n70512 is de code die ik net kreeg", "otp", "70512"),
        # a key followed by a shout; Mailgun's private key by its shape
        ("API KEY: q8Zr2LmN5xT0bV7cW1eY4uI9oP3aS6dF!!!", "api_key", "q8Zr2LmN5xT0bV7cW1eY4uI9oP3aS6dF"),
        (
            "auth fails with key-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "api_key",
            "key-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        ),
    ],
)
def test_values_after_set_verbs_app_codes_and_shouted_keys(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


def test_a_letter_code_is_no_one_time_code_because_a_later_sentence_mentions_sms() -> None:
    assert ("otp", "E-6220") not in _found("de app weigert met code E-6220. De sms-code is 879118.")


@pytest.mark.parametrize(
    "text",
    [
        "my pin has been the same since 2019",
        "mon code pin depuis 1998",
        "the code was from 2024",
        "pin van mijn kaart sinds 2019",
        "puk code van 2019",
        # before the cue: the year of a thing
        "de simkaart uit 2019, pukcode kwijt",
        "iPhone 2019 pin vergeten",
    ],
)
def test_a_year_after_since_or_from_is_no_pin(text: str) -> None:
    assert _found(text) == [], _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("mijn pin is 2019", "pin", "2019"),
        ("pin in 2019 gewijzigd, nu 4821", "pin", "4821"),
        ("1984 is mijn pincode", "pin", "1984"),
    ],
)
def test_a_pin_that_looks_like_a_year_is_still_a_pin(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)
