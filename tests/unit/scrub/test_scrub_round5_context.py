"""Values with no cue beside them, where the situation makes them credentials (webcare.scrub.fallback):
typed or tried values, a pair after telling the trouble, the lines above "that's what I typed", a second
value of a kind already found, a value opening its line before its cue, a value at the end of its cue's
sentence, answers below filler lines, details dumped one per line, a network's name and its key. Every
example is invented (not taken from a corpus); the look-alikes must stay untouched."""

from __future__ import annotations

import pytest
from scrub_findings import SCRUBBER
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value named by what is done with it: typed, entered, tried, refused
        ("Kwikstaart77 is wat ik altijd intik, toch zegt de app fout", [("password", "Kwikstaart77")]),
        ("Zonnebloem#12 c'est ce que je mets et ça ne marche pas", [("password", "Zonnebloem#12")]),
        ("that's odd, Hazelnut_33 is what I always enter", [("password", "Hazelnut_33")]),
        ("the shop terminal rejected 2918 twice, card now blocked?", [("pin", "2918")]),
        ("il faut entrer le code reçu par sms, j'ai tapé 583 920 et c'est expiré", [("otp", "583 920")]),
        # a number received or read out, with its cue sentences before
        (
            "mijn bank stuurt een sms-code. Nou ja, ik ontving 448 120 pas na tien minuten",
            [("otp", "448 120")],
        ),
        (
            "My SIM wants its PUK. The voice on the helpline read out 61830274 and it still fails",
            [("puk", "61830274")],
        ),
        # the name asked for, then tried in the next sentence
        (
            "Welke gebruikersnaam moet ik ingeven? Ik heb marijke.v82 geprobeerd, werkt niet",
            [("username", "marijke.v82")],
        ),
    ],
)
def test_a_value_typed_or_tried_is_a_credential(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trouble told, then the pair: side by side, glued by a colon, on the next line
        (
            "inloggen lukt niet meer.\nopa_henk1948 Rozen55\nwat doe ik fout",
            [("password", "Rozen55"), ("username", "opa_henk1948")],
        ),
        (
            "can't log in anymore. granddad ernie-walsh Pigeon#1950",
            [("password", "Pigeon#1950"), ("username", "ernie-walsh")],
        ),
        (
            "connexion ne marche pas\nmarie.dupont:Soleil#2024\nc'est bien ça?",
            [("password", "Soleil#2024"), ("username", "marie.dupont")],
        ),
        ("login werkt niet\nkeesje77:Fiets.2020", [("password", "Fiets.2020"), ("username", "keesje77")]),
        # the pair on the lines above a line that says it was typed
        (
            "de app wil niet\nhenkdejong52\nTulpen*88\ndat heb ik ingevuld",
            [("password", "Tulpen*88"), ("username", "henkdejong52")],
        ),
        # a plain login name between a login cue and a password cue
        (
            "@Helpdesk still locked out, login pietjepuk pw Hooiberg77 #help",
            [("password", "Hooiberg77"), ("username", "pietjepuk")],
        ),
        (
            "My dad's login for the app is gerritsen and his password is Vlinder_41",
            [("password", "Vlinder_41"), ("username", "gerritsen")],
        ),
        # the question's verb ("log in") names no value: the username asked for does
        (
            "> Met welke gebruikersnaam logt u in?\nhvdberg61\n> En het wachtwoord?\nZwaluw!22",
            [("password", "Zwaluw!22"), ("username", "hvdberg61")],
        ),
    ],
)
def test_a_pair_after_the_trouble_is_a_user_and_its_password(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second value of a kind already found
        (
            "oude code 551203 werkte niet, daarna een nieuwe: 778 410 en die ook niet",
            [("otp", "551203"), ("otp", "778 410")],
        ),
        ("my PIN was 5521 and then I chose 8830 but neither works", [("pin", "5521"), ("pin", "8830")]),
        (
            "j'ai changé mon mot de passe de Lapin!2019 à Lapin!2020 et rien ne marche",
            [("password", "Lapin!2019"), ("password", "Lapin!2020")],
        ),
        # the value opens its line; only small words before its cue
        ("7781 is de pincode die op de brief stond", [("pin", "7781")]),
        ("Meeuwen-12& dat is toch het juiste wachtwoord", [("password", "Meeuwen-12&")]),
        # the value at the end of its cue's sentence, or handed over in the next one
        (
            "the PUK the lady on the phone gave me for my old number is 40317725, still locked",
            [("puk", "40317725")],
        ),
        (
            "het wachtwoord dat mijn dochter op een briefje schreef is Kastanje-19 maar dat werkt niet",
            [("password", "Kastanje-19")],
        ),
        (
            "La clé wifi est sous la box. La voici : k3vz-88qa-p1mt. Bonne soirée",
            [("wifi_key", "k3vz-88qa-p1mt")],
        ),
        # a plain login name answering the agent's question, alone on its line
        (
            "> Quel est votre identifiant ?\nmdelcourt\n> Et le mot de passe essayé ?\nGaufre#77",
            [("password", "Gaufre#77"), ("username", "mdelcourt")],
        ),
        # a password alone on its line keeps its closing mark
        ("ok here it is\nTijger_55!\nthat is what I type", [("password", "Tijger_55!")]),
        # the answer below filler lines ("wait", "let me check")
        (
            "Q: which password did you use?\nwait\nlet me check\nMeeuw_2011\nthat one",
            [("password", "Meeuw_2011")],
        ),
    ],
)
def test_a_value_away_from_its_cue_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_the_name_asked_for_then_tried_is_a_username() -> None:
    text = "C'est quoi mon identifiant ? J'ai essayé anne-sophie-m, refusé aussi"
    assert ("username", "anne-sophie-m") in _found(text)


def test_details_one_per_line_end_with_the_password() -> None:
    text = (
        "Piet Jansen\n12-03-1950\nDorpsstraat 4\n1234 AB Ergens\n06 12345678\npiet.jansen@example.nl\n"
        "Klaproos55\nbel me"
    )
    assert ("password", "Klaproos55") in _found(text)


def test_the_line_after_a_networks_name_is_its_key() -> None:
    text = "nieuwe router\nNetwerk Thuis_5G_A1B2\nx7f9k2m4q8w1\nmijn tablet zegt fout wachtwoord"
    assert _found(text) == [("wifi_key", "x7f9k2m4q8w1")]


@pytest.mark.parametrize(
    "text",
    [
        "I typed 2024 in the year field and it worked",
        "the terminal rejected my card, error E-4411",
        "I put 3 items in the basket for €45,00",
        "tried version 4.2.1 and 4.3.0, both crash",
        "ik heb bestelling 123456 geprobeerd te annuleren",
        "first order 448812 arrived, second one 448813 did not",
        "Netwerk storing\nSTORING-2231\nwanneer opgelost?",
        "Jan de Vries\nKerkstraat 12\n1234 AB Dorp\n06 12345678\njan@example.nl\nFactuur F2024-0012\nbedankt",
        "can't log in since the update to 5.2.1. what now",
        "login werkt niet sinds versie v3.1.4, klopt dat?",
        "the annual statement assumes 3120kWh, it says enter the 6-digit code",
        "Tagnummer op de sticker: 3SQBZC7992617, pakket nog niet binnen",
        "paiement refusé F0B-6256, que faire?",
        "I got 14250 points last month and received 2 parcels",
        "ik kreeg 12500 punten maar de code voor de korting werkt niet",
        "the courier gave 20241130 as the date, the text code never came",
        "> Wat is uw gebruikersnaam?\nweet ik niet",
        "> What username are you using?\nhelp\n> sorry?",
        "Re-bonjour!\nJ'ai entré trois fois le même mot de passe",
        "I use LinkedIn as the login page since 2019",
    ],
)
def test_look_alikes_stay_untouched(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind not in ("phone", "email", "address")] == []


def test_scrubbing_twice_changes_nothing_more() -> None:
    # a number beside a scrubbed number stays as it was beside the number's digits
    text = "111222333 0417: pin "
    once = SCRUBBER.scrub(text, "public").text
    assert SCRUBBER.scrub(once, "public").text == once
