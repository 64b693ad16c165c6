"""Round 52: crypto, dentists, pets, venues and ticketing; food delivery, housing, insurance claims, job
agencies and online learning read (their development halves): a phone's screen code in its own sentence and
where only the words near its cue take it, a one-time code told for a contract, a session's id, a Belgian
box after a street written number first, a Dutch addition written as a number apart, a learner's number and
cues typed without their accents, a phone's number told again, logins told around a place or a split verb
or said to fail, a login's place in two words; and what is no one's (a network's name, what a login cue is
about, French small words)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a word of sending in the sentence before says nothing of this one
        ("Mag dat zomaar per mail? Laat maar weten.\nDe ontgrendelcode van mijn telefoon is 730418, de "
         "monteur heeft hem nodig.", "730418"),
        ("Ik stuur de IMEI per e-mail. Ontgrendelcode van mijn telefoon is 551907, graag voorzichtig.",
         "551907"),
        # where the cue's own window reads nothing, the words near it do
        ("hoi! ontgrendelcode tel is 4418 als de monteur em nodig heeft", "4418"),
        ("ontgrendelcode telefoon van mijn moeder: 6-2-9-0-1-4", "6-2-9-0-1-4"),
    ],
)  # fmt: skip
def test_a_phone_s_screen_code_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


def test_a_code_sent_to_unlock_the_phone_stays_one_time() -> None:  # guard
    assert ("otp", "482913") in found("Ik kreeg een sms met de ontgrendelcode van mijn telefoon: 482913")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le code reçu par SMS pour signer mon contrat : 558204. Il ne marche pas.", "558204"),
        ("De sms-code om mijn contract te tekenen: 314 772", "314 772"),
        ("the code to activate my account: 690215", "690215"),
    ],
)
def test_a_code_told_for_a_contract_is_the_code_s(text: str, code: str) -> None:
    assert ("otp", code) in found(text)
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ik heb een code voor mijn klantnummer 55102934 nodig", "55102934"),  # the cue names its number
        ("ze lazen de code voor: vier, nul, zes. merchant-nummer 400215010637584", "400215010637584"),
    ],
)
def test_a_number_named_by_its_cue_stays_a_customer_s(text: str, number: str) -> None:  # guard
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Mon IP : 81.164.20.7, identifiant de session k2m9xq7tp0w4zr8yb3nd6vc1sa. Le checksum ne va pas.",
         "k2m9xq7tp0w4zr8yb3nd6vc1sa"),
        ("Per whatismyip: 84.55.11.251. Session id pq83nd02hx7vt5mz4kw9yr6bce. Download failed.",
         "pq83nd02hx7vt5mz4kw9yr6bce"),
    ],
)  # fmt: skip
def test_a_session_s_id_is_its_token(text: str, token: str) -> None:
    assert ("token", token) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adresse : 62, Rue Royale B3 1348 Louvain-la-Neuve. Merci.",
         "62, Rue Royale B3 1348 Louvain-la-Neuve"),
        ("Partie adverse : Luc Gilson, 19, Rue Haute/101 - 1300 Wavre, tél 010/22.33.44.",
         "19, Rue Haute/101 - 1300 Wavre"),
        ("Cordialement,\nChloé Dubois\n88 Avenue Louise/2\n1050 Ixelles\nGSM : 0494/22.69.89",
         "88 Avenue Louise/2\n1050 Ixelles"),
        # a Dutch addition written as a number apart, a Dutch postcode right after it
        ("Adres: Julianalaan 77 2 - 2024 WC Haarlem\nBSN volgt", "Julianalaan 77 2 - 2024 WC Haarlem"),
        ("Oud adres: Oude Gracht 31 1, 3511 AP Utrecht. Graag aanpassen.",
         "Oude Gracht 31 1, 3511 AP Utrecht"),
    ],
)  # fmt: skip
def test_a_box_or_an_addition_keeps_the_postal_line(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_birmingham_s_postcode_is_no_box() -> None:  # guard
    text = "my address is Apartment 7, 240 Mill Road B15 4FL\nthanks"
    assert ("address", "Apartment 7, 240 Mill Road B15 4FL") in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Wachtwoord gewijzigd. Cursistennummer u551208", "u551208"),
        ("Ma date de naissance est le 3 mai 1990. Numéro d'apprenant 702KQ118", "702KQ118"),
        ("Ma date de naissance est le 3 mai 1990. Nuuméro d'apprenant 315TR440", "315TR440"),  # (a typo)
        ("Loyer impayé. Référnce locataire HR-40412.", "HR-40412"),  # (a typo in an accented cue)
    ],
)
def test_a_learner_s_number_and_accented_cues_typed_in_haste(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_phone_s_number_told_again() -> None:
    assert ("phone", "(646) 134-9922") in found("Here's my phone number again: (646) 134-9922. Thanks")


@pytest.mark.parametrize(
    ("text", "user", "password"),
    [
        ("inloggen in de app met vdbergk en Tulpen1977 lukt ook niet.", "vdbergk", "Tulpen1977"),
        ("I can't log in to the portal with jdoe and Summer2024! at all", "jdoe", "Summer2024!"),
        ("Je n'arrive pas à me connecter sur l'appli avec jdupont et Soleil2020 ?", "jdupont", "Soleil2020"),
        # Dutch splits the verb around who logs in
        ("we loggen allemaal in met kees_81 / wortel6620, is dat erg?", "kees_81", "wortel6620"),
        # a login's place in two words before its colon
        ("Login voor SEMS Portal: bvanacker, paswoord Kiwi533?.", "bvanacker", "Kiwi533?"),
    ],
)
def test_a_login_told_around_its_place(text: str, user: str, password: str) -> None:
    assert ("username", user) in found(text)
    assert any(kind == "password" and value.startswith(password) for kind, value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "I can't log in to the app with my phone and Face ID.",
        "ik log altijd in met mijn vingerafdruk en dat werkt",
    ],
)
def test_logging_in_with_a_device_names_no_login(text: str) -> None:  # guard
    assert _kinds(text, "username") == []


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Mijn login pietjansens werkt niet meer, wachtwoord Sneeuw1998.", "pietjansens"),
        ("also my login harrywood keeps timing out, request id 55dcf62e", "harrywood"),
        ("maar mijn gebruikersnaam els-kok wordt niet herkend", "els-kok"),
    ],
)
def test_one_s_own_login_said_to_fail(text: str, user: str) -> None:
    assert ("username", user) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my login page keeps loading forever",
        "mon identifiant ne fonctionne pas",  # ("ne" was a login)
        "Subject: Lgoin issue\nHi Ryan, text me when you can",
        "Logiin name: see below",
        "je nieuwe wifi-gegevens: netwerk KPN-Boxx-91 / wachtwoord zKE0DLdqmTytl.",  # a network's name
    ],
)
def test_what_a_login_is_about_is_no_login(text: str) -> None:  # guard
    assert _kinds(text, "username") == []
