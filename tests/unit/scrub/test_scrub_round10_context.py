"""Values with no cue beside them, round 10 (webcare.scrub.transcript, fallback, told_values, situations):
answers given turns after the question in a chat export, and look-alikes that stay untouched. Every
example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare time before the speaker ("09:14 Klant:") is a chat export too; the answer comes after a
        # turn that only asks to wait
        (
            "09:14 Klant: hallo, de app van mijn verzekeraar vraagt een code\n09:15 Agent: Welke code heb "
            "je gekregen?\n09:16 Klant: momentje\n09:17 Klant: oké 583021\n09:18 Agent: Dank je wel",
            [("otp", "583021")],
        ),
        (
            "[7:02 AM] You: hi, my gym pass stopped working\n[7:03 AM] Sam: What's your member number?\n"
            "[7:05 AM] You: one sec\n[7:06 AM] You: sure - 88310452\n[7:07 AM] Sam: Thanks",
            [("customer_number", "88310452")],
        ),
        (
            "14.02 Conseiller: Quel est votre identifiant ?\n14.03 Client: un instant\n"
            "14.05 Client: ok mdubois_77\n14.06 Conseiller: Merci",
            [("username", "mdubois_77")],
        ),
        (
            "21:03 Klant: ok\n21:04 Medewerker: Wat is je gebruikersnaam?\n21:06 Klant: even kijken\n"
            "21:07 Klant: momentje\n21:09 Klant: de_bakker.j",
            [("username", "de_bakker.j")],
        ),
        # the question names the answer's kind, not the speaker's name beside it ("Client : …")
        (
            "[16:40] Client : bonjour\n[16:41] Agent : Quel code avez-vous reçu par sms ?\n"
            "[16:42] Client : attendez\n[16:44] Client : 771 204",
            [("otp", "771 204")],
        ),
        # a login given as a pair answers a question about the login: both halves, each of its kind
        (
            "Klant: ik kan niet inloggen\nAgent: Met welke login probeer je het?\n"
            "Klant: marit.ds + Tulpen#2031\nKlant: help\nAgent: Ik kijk even",
            [("password", "Tulpen#2031"), ("username", "marit.ds")],
        ),
        # look-alikes: a question whether the credential was forgotten or changed asks for none
        (
            '8:01 Klant: ik geraak niet in mijn account\n8:02 Medewerker: Heb je de optie "wachtwoord '
            'vergeten" al gebruikt?\n8:04 Klant: ja, nog altijd fout W410\n8:05 Medewerker: Vervelend',
            [],
        ),
        (
            "10:20 pm Customer: locked out again\n10:21 pm Agent: Have you changed your password lately?\n"
            "10:22 pm Customer: no, still says E5520\n10:23 pm Agent: ok",
            [],
        ),
        # a turn asking to wait is no value
        (
            "[11:00] Klant: hoi\n[11:01] Agent: Wat is je wifi-wachtwoord?\n[11:02] Klant: momentje\n"
            "[11:03] Agent: geen haast",
            [],
        ),
        # a time at a line's start before a label is no speaker
        ("Planning van de dag:\n09:00 Let op: de monteur komt\n10:30 Status: klaar\nGroet", []),
    ],
)
def test_answer_turns_after_the_question_in_a_chat(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value found once by the words around it is that value wherever it is copied in the message:
        # a reply above its own quoted history
        (
            "Hi,\n\nStill nothing. I keep typing Quokka!58 and it bounces.\n\nBest,\nTom\n\n"
            "-----Original Message-----\nFrom: Tom\nSent: Monday\n\n"
            "Hello, my password is Quokka!58 since last week.",
            [("password", "Quokka!58"), ("password", "Quokka!58")],
        ),
        (
            "Bonjour,\nje tape 4821 au distributeur, rien.\n\n> Le 3 mars, Anne a écrit :\n"
            "> Mon code PIN est 4821 depuis toujours.",
            [("pin", "4821"), ("pin", "4821")],
        ),
        (
            "Goedemiddag,\n\nHet blijft 60719345, dat kan ik u verzekeren.\n\nOp 4 mei schreef Jan:\n"
            "> mijn klantnummer is 60719345",
            [("customer_number", "60719345"), ("customer_number", "60719345")],
        ),
        # look-alikes: a year, a plain word, a longer number or reference holding the value
        ("my pin is 2019 and since 2019 it works", [("pin", "2019")]),
        ("mijn login is admin, de admin van het gebouw weet het", [("username", "admin")]),
        ("pin 4821 works. Order 48219 and ref 4821-77 are different", [("pin", "4821")]),
    ],
)
def test_a_value_found_once_is_found_wherever_it_is_copied(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request put as a statement asks as a question does
        (
            "[02-03-26 10:01] Zorgverzekeraar: Goedemorgen! Om uw declaratie te vinden hebben we uw "
            "relatienummer nodig.\n[02-03-26 10:04] Mevr. Jansen: 40917733\n"
            "[02-03-26 10:05] Mevr. Jansen: dank u",
            [("customer_number", "40917733")],
        ),
        (
            "[4:10 PM] Riverside Gym: Please send us your member number so we can check.\n"
            "[4:12 PM] Dan: 7730215\n[4:12 PM] Dan: thx",
            [("customer_number", "7730215")],
        ),
        (
            "14:00 Conseiller: Merci de nous communiquer votre identifiant.\n14:02 Client: jm.lefevre77\n"
            "14:03 Client: merci",
            [("username", "jm.lefevre77")],
        ),
        # chat markup around the answer (bold, a code quote) is no part of it
        (
            "Klant: de app wil een code\nAgent: Welke code zie je staan?\nKlant: even kijken\n"
            "Klant: code is *7QK2MW*\nAgent: top",
            [("otp", "7QK2MW")],
        ),
        (
            "Client: mon code ne marche pas\nConseiller: Quel code avez-vous reçu ?\n"
            "Client: c'est `558 204`\nConseiller: merci",
            [("otp", "558 204")],
        ),
        # look-alikes: a statement that asks for nothing, emphasis on a plain word
        (
            "[02-03-26 10:01] Bank: We hebben uw aanvraag ontvangen.\n"
            "[02-03-26 10:04] Piet: 40917733 was het dossier toch\n[02-03-26 10:05] Piet: ok",
            [],
        ),
        (
            "Klant: de app wil een code\nAgent: Welke code zie je staan?\nKlant: er staat *niets*\n"
            "Agent: vreemd",
            [],
        ),
    ],
)
def test_a_request_or_marked_answer_in_a_chat(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three short "Name: " lines make a chat too, the first one included
        (
            "Agent: Welk wachtwoord heb je ingevuld?\nKlant: Bloem#Tuin55\nAgent: ok",
            [("password", "Bloem#Tuin55")],
        ),
        (
            "Conseiller: Votre numéro client ?\nClient: 40917733\nConseiller: merci",
            [("customer_number", "40917733")],
        ),
        # a random-looking key asked for on a modem's sticker is the network's key, not an API key
        (
            "[10:02] Klant: de wifi doet het niet\n"
            "[10:03] Agent: Welke sleutel staat er op de sticker van je router?\n"
            "[10:05] Klant: ok 9F3A77C2E41B08D5A6\n[10:06] Agent: dank je",
            [("wifi_key", "9F3A77C2E41B08D5A6")],
        ),
        # look-alike: three lines of a form are no chat
        ("Naam: Piet\nPlaats: Gent\nNaam: Piet", []),
    ],
)
def test_short_chats_and_keys_asked_for_on_a_sticker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == sorted(expected)
