"""Values after cue words, round 5: habits of writers the cue detector had never read.

Every example is invented in other words than the corpus that showed the habit; the look-alikes
beside them must stay untouched.
"""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secret word by the bank's other names for it
        ("Hi, my memorable word is Parrot_77 and it is refused", [("password", "Parrot_77")]),
        ("Your memorable information is still Lantern#5 I think", [("password", "Lantern#5")]),
        ("my security word is Lighthouse9, can you unlock me", [("password", "Lighthouse9")]),
        ("Bonjour, mon mot secret est Tartine88 et rien ne marche", [("password", "Tartine88")]),
        ("het geheime woord is Kroket2019 maar dat pakt hij niet", [("password", "Kroket2019")]),
        # the account's name, not its number
        ("my account name is harry_p1983 and I was charged twice", [("username", "harry_p1983")]),
        ("Mon nom de compte est loulou-62 mais je ne reçois rien", [("username", "loulou-62")]),
        # the code that opens an app is the customer's own PIN, not a code sent
        ("Mijn itsme-code is 48213 maar hij wordt geweigerd", [("pin", "48213")]),
        ("Code itsme: 55120, toujours refusé", [("pin", "55120")]),
        ("ik ben mijn itsme pincode vergeten, was het niet 90817?", [("pin", "90817")]),
        # the letter a PIN came in names what it holds
        ("The PIN letter says 8815 but the machine refuses it", [("pin", "8815")]),
        ("De pinbrief zegt 6620 en de automaat zegt fout", [("pin", "6620")]),
        ("dans la lettre du code PIN il y a 4417", [("pin", "4417")]),
        # "wifi" written as it sounds
        ("wiffi sleutel QP7LM22RT9KX kan iemand helpen", [("wifi_key", "QP7LM22RT9KX")]),
        ("de wiefie code is Zonnebloem12", [("wifi_key", "Zonnebloem12")]),
        ("wify password KJ7H-22LP-QQ9X pls", [("wifi_key", "KJ7H-22LP-QQ9X")]),
    ],
)
def test_cue_words_by_other_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # pronouns, spelling instructions and states after "is" are never the secret
        "Zijn wachtwoord is hij vergeten, kan er een brief komen?",
        "het wachtwoord is zij kwijt sinds de verhuizing",
        # (a password dictated with its letters and digits is one: see test_scrub_round27)
        "mon mot de passe c'est en majuscules, je crois",
        "het wachtwoord is hoofdletter gevoelig, zegt de app",
        "het wiffi wachtwoord staat op de sticker maar die is eraf",
        "la clé wifi sur l'étiquette c'est écrit trop petit",
        "the wifi key is printed under the box",
        # a "memorable" or "secret" talked about, not given
        "I forgot my memorable word, can you reset it?",
        "the security word is not accepted anymore",
    ],
)
def test_words_that_are_never_the_value(text: str) -> None:
    assert [kind for kind, _ in found(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who the account belongs to sits between the cue and "is"
        (
            "The username for his account is tom_baker1 and the password Raven1960",
            [("username", "tom_baker1"), ("password", "Raven1960")],
        ),
        ("The login for her account is harrisj and her password was biscuit96BI.", None),
        ("Le mot de passe de son compte est Caramel#12", [("password", "Caramel#12")]),
    ],
)
def test_whose_account_between_cue_and_value(text: str, expected: list[tuple[str, str]] | None) -> None:
    if expected is None:
        expected = [("username", "harrisj"), ("password", "biscuit96BI.")]
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question names the kind; the next sentence says what was tried
        (
            "Welke gebruikersnaam moet ik ingeven? Ik heb jan-pieters geprobeerd",
            [("username", "jan-pieters")],
        ),
        ("Quel identifiant ? J'ai essayé m.dubois4 sans succès", [("username", "m.dubois4")]),
        ("Welk wachtwoord moet ik gebruiken? Ik heb Tulpen77 ingevuld", [("password", "Tulpen77")]),
        # "tried" takes the kind of the cue before it in its sentence (or its question)
        ("which wifi password? I tried Kermit-2020 first", [("wifi_key", "Kermit-2020")]),
        (
            "what's the wifi pasword again, tried lemon-tree-bridge-31 but no",
            [("wifi_key", "lemon-tree-bridge-31")],
        ),
        ("the pin again, tried 4412 then 4421", [("pin", "4412"), ("pin", "4421")]),
        ("what's the PUK for this number? tried 55128812 from the box", [("puk", "55128812")]),
        # "here it is", "la voici": the value of the cue a sentence before
        ("Uw wifi-code staat onder de modem. Hier is hij: XK2P-9MMQ-7TTR", [("wifi_key", "XK2P-9MMQ-7TTR")]),
        (
            "De netwerksleutel staat op de sticker van je router. Here it is: 8fa2c91d03e4b7aa",
            [("wifi_key", "8fa2c91d03e4b7aa")],
        ),
        # a plain password cue a sentence after the wifi's password is the same wifi key ...
        (
            "De wifi-sleutel wil ik wijzigen. Het huidige wachtwoord is Kastanje-88, te makkelijk.",
            [("wifi_key", "Kastanje-88")],
        ),
        # ... unless it names another thing's password
        (
            "I changed my wifi password last week. Now the password for my bank app is Dolphin!44",
            [("password", "Dolphin!44")],
        ),
    ],
)
def test_kind_named_elsewhere_in_the_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a question and an answer that is no value
        "Welke gebruikersnaam? ik heb gewoon mijn naam ingevuld",
        "what username? i tried everything",
        # "tried" after a cue in an earlier sentence is not about it
        "Mijn wachtwoord werkt niet. We tried the laptop instead",
    ],
)
def test_tried_without_a_value(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("username", "password")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card's code on one of its sides is its CVV, whatever the code word
        (
            "Visa 4111 1111 1111 1111 exp 08/27, the 3 digit code on the back 737",
            [("card", "4111 1111 1111 1111"), ("card_expiry", "08/27"), ("cvv", "737")],
        ),
        # ... but a code on the back of a modem is no card's
        ("De code op de achterkant van het modem is 1pkx4ht649", [("wifi_key", "1pkx4ht649")]),
        # a one-time code with its letter prefix, in a sentence about a message
        ("Het bericht zegt G-448211 maar dat werkt niet", [("otp", "G-448211")]),
        ("le texto dit K-551902, je tape quoi ?", [("otp", "K-551902")]),
        ("I got a text with G-300118 but the box wants digits", [("otp", "G-300118")]),
        # after a password, what the screen answers is no second password
        ("mot de passe Soleil44 mais j'ai AUTH-503", [("password", "Soleil44")]),
        ("the password Bubbles99 keeps giving ERR-4011", [("password", "Bubbles99")]),
    ],
)
def test_names_sides_and_prefixes(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a letter and six digits named as an error is no code
        "foutmelding E-123456 in de sms-app",
        "Error code K-220015 after the text",
        # a call word before the company's number ends a code cue's reach
        "Hebt u geen sms gekregen? Bel dan 0800 1234",
        "Pas de code reçu ? Appelez alors le 078 15 15 15",
        # a screen's complaint naming the cue ends the sentence; the device after it is no secret
        "the app says invalid password. Phone is a Galaxy S23.",
        "De app zegt onjuist wachtwoord. Telefoon is een Samsung A54.",
    ],
)
def test_look_alikes_stay(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("otp", "password", "pin", "phone")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of setting before the cue, its preposition after it
        ("I changed the wifi password to Lq8vRtmwze last night", [("wifi_key", "Lq8vRtmwze")]),
        ("we set the wifi to PxtrKmbQwe and the tv lost it", [("wifi_key", "PxtrKmbQwe")]),
        ("j'ai changé le code wifi en Mx7rTq2Lp9 hier soir", [("wifi_key", "Mx7rTq2Lp9")]),
        ("I reset my password to Pebbles#2021 yesterday", [("password", "Pebbles#2021")]),
        # a value in brackets at the end of a clause about where it was written
        (
            "La clé wifi qu'il a notée sur un papier (T7Q2mRkW9pLx4ZbN) ne marche pas.",
            [("wifi_key", "T7Q2mRkW9pLx4ZbN")],
        ),
        (
            "Het wifi-wachtwoord dat de monteur op een briefje schreef (a93fe01c4d77b2e8) werkt niet",
            [("wifi_key", "a93fe01c4d77b2e8")],
        ),
    ],
)
def test_values_set_or_noted(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I set the password to expire every month",
        "changed the wifi password to something easier",
        "we changed the wifi to 5GHz last week",
        "they changed the wifi to the new router",
        # a device's model in brackets stays a device
        "de wifi code staat op de modem (Sagemcom FAST5670) aan de achterkant",
        "het wachtwoord van de router (TP-Link Archer C6) werkt niet",
    ],
)
def test_settings_and_devices_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of staying or becoming between cue and number
        ("Je polisnummer blijft 4471.209.338. Met vriendelijke groet", "4471.209.338"),
        ("your customer number remains 88120455 after the move", "88120455"),
        ("Votre numéro client reste 4412889.", "4412889"),
        # where the number is printed, between cue and "is"
        ("the account number on the bill is WTR8830172 and it is not found", "WTR8830172"),
        ("het klantnummer op de brief is 7781 2201", "7781 2201"),
        # a vendor's customer id of letters only after its prefix
        ("Ons klantnummer bij jullie is cus_QmVtRaxbWpLe. Graag snel", "cus_QmVtRaxbWpLe"),
        # the contract named without "number", with a long number
        ("Nous avons noté votre adresse pour le contrat 559120347. Bonne journée", "559120347"),
        ("question about my contract 88120931 please", "88120931"),
    ],
)
def test_customer_numbers_after_verbs_places_and_bare_nouns(text: str, expected: str) -> None:
    assert ("customer_number", expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my contract 2024 ends in march",
        "de polis 3 keer gewijzigd",
        "la police est venue hier",
        "klantnummer staat op de factuur van 2024",
        "het klantnummer blijft hetzelfde",
        "my account on the app is blocked since 2024",
    ],
)
def test_contract_years_and_counts_stay(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "customer_number"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-time code said to come in after all, the subject first
        ("@Bank de sms-code komt te laat. Of nou ja, ik kreeg 448 210 maar toen was hij verlopen", "448 210"),
        ("le code sms arrive trop tard, j'ai eu 551 902 mais expiré", "551 902"),
        ("the sms code never came, well I got 330918 an hour later", "330918"),
    ],
)
def test_code_said_to_arrive(text: str, expected: str) -> None:
    assert ("otp", expected) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a PUK (or a blocked SIM, which asks for one) in the story, its eight digits told a clause later
        ("Phone locked, it wants the PUK. The helpdesk robot read out 71203398 but no luck.", "71203398"),
        ("ma carte SIM est bloquée, sur le support il y a 33018842 c'est ça ?", "33018842"),
        ("telefoon zegt simkaart geblokkeerd, op het plastic kaartje staat 55021967 klopt dat", "55021967"),
        ("my sim card is locked, the letter says 40917726", "40917726"),
    ],
)
def test_puk_told_later(text: str, expected: str) -> None:
    assert ("puk", expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn simkaart is geblokkeerd sinds 12 maart, bel me op 0612345678",
        "sim locked after the update, the shop said 0800 1234 5678",
        "SIM blocked, order 55120931 was never delivered",
        "the PUK letter is lost, the shop says call 0800 0123",
    ],
)
def test_blocked_sim_without_a_puk(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "puk"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name-like username chosen "as the username"; the participle after the cue is none
        ("My son chose MargaretEvans as the username last year", [("username", "MargaretEvans")]),
        ("Ik heb MarijkeDeVries als gebruikersnaam gekozen", [("username", "MarijkeDeVries")]),
    ],
)
def test_username_chosen_as(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we picked PayPal as the login",
        "gebruikersnaam aangemaakt, wachtwoord nog niet",
    ],
)
def test_brands_and_participles_are_no_username(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "username"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue ending in a sign holds its value glued to it
        ("Regards,\nOwen Price\nAccount #CUST884120", [("customer_number", "CUST884120")]),
        ("acct #A88120 is still charged", [("customer_number", "A88120")]),
        # "log in as" a name-like user, with no password after it
        (
            "my password, it was Tigger_Jose6, I log in as kim-osei. can u reset it",
            [("password", "Tigger_Jose6"), ("username", "kim-osei")],
        ),
        ("ik ben ingelogd als JeroenVanDam maar zie niks", [("username", "JeroenVanDam")]),
        ("je suis connecté en tant que paul-henri et rien ne marche", [("username", "paul-henri")]),
    ],
)
def test_glued_account_numbers_and_log_in_as(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I logged in as admin and nothing happened",
        "I log in as usual with my phone",
        "logged in as the new user, still nothing",
        "je me suis connectée en tant que invitée",
    ],
)
def test_log_in_as_a_word(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "username"] == []


@pytest.mark.parametrize(
    "text",
    [
        "mijn pincode werkt niet na 2019",
        "PIN hasn't worked before 2019",
        "pincode rond 2019 kwijtgeraakt",
        "code pin bloqué après 2019",
        "mijn pincode is sinds eind 2019 geblokkeerd",
        "pin werkt niet sinds begin 2021",
        "my PIN has been blocked since early 2022",
    ],
)
def test_a_year_placed_in_time_after_a_pin_cue_is_no_pin(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mijn pincode is 2019", "2019"),
        ("pincode na de reset: 4471", "4471"),
        ("my pin after the reset is 1987", "1987"),
    ],
)
def test_a_pin_that_looks_like_a_year_is_still_a_pin(text: str, value: str) -> None:
    assert found(text) == [("pin", value)]


@pytest.mark.parametrize(
    "text",
    [
        "My password is fine, it's the app that crashes",
        "mijn wachtwoord is prima, de app crasht",
        "le mot de passe est valide, c'est l'appli",
        "Which username?\nsorry",
    ],
)
def test_a_judgement_or_an_apology_after_a_cue_is_no_value(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("inloggen afgewezen met 0x8C9DAC06", []),
        ("login failed with error 0x80070005, username jan.devries84", [("username", "jan.devries84")]),
    ],
)
def test_a_hex_error_code_is_no_credential(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
