"""Values after cue words, round 10 (webcare.scrub.cues, credentials and the modules they read): one-time
codes drawn from capitals and digits, numbers named by their holder's role, and look-alikes that stay
untouched. Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De verificatiecode is QWRTZP, graag snel.", [("otp", "QWRTZP")]),
        ("Your OTP: 4KD9QZ, it expires soon", [("otp", "4KD9QZ")]),
        ("j'ai reçu le code sms 9MZ2KW hier soir", [("otp", "9MZ2KW")]),
        ("Ik kreeg code B7NX3Q binnen maar hij werkt niet", [("otp", "B7NX3Q")]),
        ("Verification code: PLKTRW (from the app)", [("otp", "PLKTRW")]),
        ("ik heb mijn bestelling geplaatst maar de sms-code 7X54FN werkt niet", [("otp", "7X54FN")]),
    ],
)
def test_a_one_time_code_of_capitals_and_digits_is_a_one_time_code(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de app geeft code ERR404 bij het openen",  # an error: one block of letters, one of digits
        "promo code SUMMER werkt niet",  # a word
        "de code ORANGE staat op de folder",  # a word with its vowels
        "de kortingscode PROMO5 op de folder",  # a word and a digit
        # a booking's, a flight's or a voucher's code is drawn alike: only a one-time cue names one
        "your booking confirmation code is QW4R7T",
        "mijn vlucht KL1234, code K7L9MP",
        "code de réservation 7XK2PL svp",
        "the gift voucher code is H7KD2M",
    ],
)
def test_capitals_that_are_words_or_errors_are_no_one_time_code(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn huurdersnummer is 1955960, de lift is stuk.", [("customer_number", "1955960")]),
        ("2. deelnemersnummer: KL-5113812", [("customer_number", "KL-5113812")]),
        ("Klantenkaart 39183368 spaart geen punten meer", [("customer_number", "39183368")]),
        ("Spaarpasnummer 737 230 362, ik spaar al jaren", [("customer_number", "737 230 362")]),
        ("Notre compte client est 927542680.", [("customer_number", "927542680")]),
        ("Mon numéro de locataire est 287629, le chauffage est en panne", [("customer_number", "287629")]),
        ("My tenant number is T-4418203 and the boiler leaks", [("customer_number", "T-4418203")]),
        ("Numéro d'assuré 8812-334, merci", [("customer_number", "8812-334")]),
    ],
)
def test_a_number_named_by_its_holders_role_is_a_customer_number(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mijn spaarkaart werkt niet sinds 2023",
        "de klantenkaart is kwijt, 3 keer geprobeerd",
        "le compte client est bloqué depuis 12 jours",
        "my loyalty card expired in March",
    ],
)
def test_a_role_without_a_number_scrubs_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula between the cue and the name: the name is the value, the copula is not
        ("Son identifiant était marc_dubois77, il ne marche plus", [("username", "marc_dubois77")]),
        ("Mijn login was ellen.vos81 tot gisteren", [("username", "ellen.vos81")]),
        # a pronoun after the cue: the sentence goes on, the name comes later
        ("The username you sent me, hbrooks1990, is wrong", [("username", "hbrooks1990")]),
    ],
)
def test_the_name_after_a_copula_or_a_pronoun_is_the_username(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Which username did you pick?",
        "The login you used last week is blocked now.",
        "Mijn gebruikersnaam is geblokkeerd.",
    ],
)
def test_a_question_about_the_login_names_no_user(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ter info: ik geef hvandijk62 in en dan Tulp!2019, maar het portaal weigert",
            [("password", "Tulp!2019"), ("username", "hvandijk62")],
        ),
        (
            "I type jsmith84 and then Rover!2020 and it says wrong",
            [("password", "Rover!2020"), ("username", "jsmith84")],
        ),
        ("je saisis m.dupont puis Soleil#44 et rien", [("password", "Soleil#44"), ("username", "m.dupont")]),
        (
            "ik tik eerst an.peeters in, daarna Wafel+Suiker7",
            [("password", "Wafel+Suiker7"), ("username", "an.peeters")],
        ),
    ],
)
def test_a_login_typed_field_by_field_is_a_pair(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik vul mijn naam in en dan mijn adres",
        "I type slowly and then press Enter",
        "je tape sur le bouton puis rien ne se passe",
    ],
)
def test_typing_without_a_login_is_no_pair(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het ouderportaal weigert. u: fem.jacobs p: Zeilboot77, wat nu?",
            [("password", "Zeilboot77"), ("username", "fem.jacobs")],
        ),
        ("U=jdv84 / P=Zomer!24", [("password", "Zomer!24"), ("username", "jdv84")]),
        ("l: an.peeters - p: Wafel7", [("password", "Wafel7"), ("username", "an.peeters")]),
        (
            "the login was u: OliverK2001 p: Marmite&Toast9. help",
            [("password", "Marmite&Toast9."), ("username", "OliverK2001")],
        ),
    ],
)
def test_a_login_pasted_with_one_letter_labels_is_a_pair(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see p: 12 of the manual, u: ok",
        "Kamer 12 u: 14:00 p: 2",
        "aantal u: 1400 p: 2500 stuks",
    ],
)
def test_one_letter_labels_without_a_login_are_no_pair(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the router's label and the computer's prompt call the wifi key a security key
        ("Beveiligingssleutel op het label: K7PW2QX9M4LB", [("wifi_key", "K7PW2QX9M4LB")]),
        # the bank card's code named by the card is its PIN
        ("De automaat slikt mijn bankpascode 4417 niet meer", [("pin", "4417")]),
        ("mijn betaalkaartcode is 9023, graag blokkeren", [("pin", "9023")]),
        # the PUK spelled as it is said
        ("op het kaartje staat de puck code 40718826", [("puk", "40718826")]),
    ],
)
def test_a_code_named_by_what_it_opens_is_of_that_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La clé réseau est incorrecte d'après le PC",  # a verdict on the key, not the key
        "de wifi is precies zo traag als gisteren",
        "het wachtwoord is verkeerd volgens de app",
        "Ik heb Puck gevraagd om het te regelen",  # a first name, not the PUK
    ],
)
def test_a_verdict_on_a_secret_is_no_secret(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name run together with a capital inside is a login after a bare 'login'
        (
            "Graag blokkeren aub.\nlogin mariekeZwemt\nmijn nieuwe nummer volgt",
            [("username", "mariekeZwemt")],
        ),
        ("Login tomasVoetbal, dat ben ik niet", [("username", "tomasVoetbal")]),
        # a dash between the user and the password cue
        (
            "login pieterFiets - wachtwoord Appeltaart9",
            [("password", "Appeltaart9"), ("username", "pieterFiets")],
        ),
        # what the next value is, said before it: 'en als paswoord', 'and as password'
        (
            "ik meld mij aan met lvos81 en als paswoord Regenboog4",
            [("password", "Regenboog4"), ("username", "lvos81")],
        ),
        ("I log in with jdoe_77 and as password Rover!1", [("password", "Rover!1"), ("username", "jdoe_77")]),
        # a chosen password that starts like a handle, after a password cue
        ("mot de passe @Soleil482x, merci", [("password", "@Soleil482x")]),
    ],
)
def test_a_login_named_in_passing_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "login iCloud werkt niet",  # a brand, not a name run together
        "de login werkt niet - wachtwoord vergeten",
        "password is incorrect, cc @emma2024 please",  # a handle copied in
    ],
)
def test_brands_and_handles_near_a_login_are_no_login(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair pasted on a line of its own, joined by '+' or '/'
        (
            "Le site marche, moi pas.\n\nmarcdewit77 + potager2019.\n\nMerci",
            [("password", "potager2019."), ("username", "marcdewit77")],
        ),
        (
            "Lotte\nlottevanaken + Stroopwafel88$\nLotte",
            [("password", "Stroopwafel88$"), ("username", "lottevanaken")],
        ),
        # a pair that opens a quoted line, or the sentence before "that's right"
        (
            "> > HBaker1988 MARMALADE1990 that's right isn't it?",
            [("password", "MARMALADE1990"), ("username", "HBaker1988")],
        ),
        (
            "If it helps: ewan44 &Thistle208x that's correct, no?",
            [("password", "&Thistle208x"), ("username", "ewan44")],
        ),
    ],
)
def test_a_pair_on_its_own_or_asked_about_is_a_login(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Samsung A54 / 128GB",
        "2024 / 2025",
        "Ja / Nee",
        "iphone15 + hoesje2",  # a device and what goes with it
        "v2.1 / v3.0",
    ],
)
def test_other_pairs_on_a_line_are_no_login(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a password cue, a chosen word that starts with '#' is the password, ':' or not
        (
            "LindeJanssens met wachtwoord #Tulpen2020x, dat werkt niet",
            [("password", "#Tulpen2020x"), ("username", "LindeJanssens")],
        ),
    ],
)
def test_the_value_a_cue_names_is_taken_not_the_word_before_its_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Voici mes index : jour 48213, nuit 59012",  # a handing-over word that names meter readings
        "Hier is mijn meterstand: 044187",
        "Here you go, the meter readings 48213 and 99812",
        "wachtwoord #fail",  # a topic, not a password
    ],
)
def test_a_handed_over_thing_that_is_named_is_no_code(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Klantnummer bij mijn vorige leverancier: 4410982736, graag overnemen",
            [("customer_number", "4410982736")],
        ),
        ("customer number with my previous supplier: CN-448120", [("customer_number", "CN-448120")]),
        ("numéro client chez mon ancien opérateur : 88120457", [("customer_number", "88120457")]),
        ("het lidnummer van mijn moeder: 5521093", [("customer_number", "5521093")]),
    ],
)
def test_whose_number_said_between_its_name_and_its_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_whose_number_without_a_number_scrubs_nothing() -> None:
    assert _found("klantnummer van de webshop: zie bijlage") == []
