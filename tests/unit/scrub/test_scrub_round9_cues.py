"""Values after cue words, round 9 (webcare.scrub.cues, credentials and the modules they read): members'
numbers by the club's or the mutuality's word, cues typed without their accents, the wifi glued to a
password's short form, and look-alikes that stay untouched. Every example is invented (not taken from a
corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mutuality's, the club's or the loyalty scheme's word for a member's number
        ("Voor de terugbetaling: ledennummer 7731-204, graag snel.", [("customer_number", "7731-204")]),
        ("Mijn lidnr. is M-4401927 sinds vorig jaar", [("customer_number", "M-4401927")]),
        ("Bonjour, numéro de membre : 10293847, merci", [("customer_number", "10293847")]),
        ("mon n° d'affilié 512-3380914 à la mutualité", [("customer_number", "512-3380914")]),
        ("numero d'adherent AD55012 svp", [("customer_number", "AD55012")]),
        ("gym won't let me in, member # GX8830021", [("customer_number", "GX8830021")]),
        ("Member no: 44018273 — please check", [("customer_number", "44018273")]),
        # a client named with a letter-prefixed number, and an account filed under its number
        ("Le dossier suit ? Client « K-7720134 », merci", [("customer_number", "K-7720134")]),
        ("the account under 88120457 still shows the old tariff", [("customer_number", "88120457")]),
        ("het account onder 5520-1189-03 staat nog op mijn ex", [("customer_number", "5520-1189-03")]),
    ],
)
def test_a_members_number_is_a_customer_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we have 3 members now, member since 2019",  # no number after the noun
        "the account under review since 12 March",  # under a word, not a number
        "het account onder mijn naam is opgezegd",
        "le service client 078 15 15 15 ne répond pas",  # the company's line, not a client's number
        "Cette étiquette est abîmée, l'etiquette du colis aussi",  # 'etiquette' is no wifi sticker
    ],
)
def test_members_and_labels_without_a_number_stay(text: str) -> None:
    assert not [kind for kind, _ in _found(text) if kind in ("customer_number", "wifi_key")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French cues typed without their accents, or with some of them
        ("la cle de securite du reseau c'est Pomme-Rouge-42", [("wifi_key", "Pomme-Rouge-42")]),
        ("clé de securite du réseau : tartine77Beurre", [("wifi_key", "tartine77Beurre")]),
        ("numero de membre 3320176, merci de verifier", [("customer_number", "3320176")]),
        ("code de verification recu : 558120", [("otp", "558120")]),
        # the wifi glued to a password's short form, either order
        ("Wifiww Zonnebloem#88 werkt niet op de tv", [("wifi_key", "Zonnebloem#88")]),
        ("wifi-pw: Kastanje2021", [("wifi_key", "Kastanje2021")]),
        ("le mdp wifi c'est Gaufre_Liege9", [("wifi_key", "Gaufre_Liege9")]),
        ("WIFI PW IS Hammock55Z", [("wifi_key", "Hammock55Z")]),
    ],
)
def test_cues_without_accents_and_glued_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
