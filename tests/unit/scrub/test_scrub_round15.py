"""Round 15: the company's own line called from abroad, a department's mailbox, and answers given in a
conversation without a cue."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, number",
    [
        ("Twee keer gebeld met 010 412 55 55 en niemand neemt op", "010 412 55 55"),
        ("I cancelled the card via +44 20 7123 4000 right away.", "+44 20 7123 4000"),
        ("@SomeBank been on hold at +32 2 515 77 77 for an hour", "+32 2 515 77 77"),
        ("Vous pouvez nous joindre depuis l'étranger au +33 1 44 55 66 00.", "+33 1 44 55 66 00"),
        ("Neem contact op via +31 20 555 1200 of kijk in de app.", "+31 20 555 1200"),
        ("personne ne décroche, j'ai appelé le 02 345 67 89 trois fois", "02 345 67 89"),
    ],
)
def test_a_line_the_customer_called_or_was_told_to_call_is_the_companys(text: str, number: str) -> None:
    assert not any(value == number for _, value in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("je mag me bellen op 010 412 55 55 na zessen", "010 412 55 55"),
        ("Hij is bereikbaar op zijn Franse nummer +33 1 44 55 66 00.", "+33 1 44 55 66 00"),
        ("we called you on 020 7946 0321 this morning", "020 7946 0321"),
        ("Ik ben bereikbaar via 010-4125555", "010-4125555"),
        ("I called from my mobile +31 6 12 34 56 78 twice", "+31 6 12 34 56 78"),  # a mobile: a person's
        ("gebeld met 06 12345678 maar geen antwoord", "06 12345678"),
    ],
)
def test_a_persons_number_after_a_call_word_stays_a_phone(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("On 3 May, Customer Service <support@examplebank.com> wrote:", "support@examplebank.com"),
        ("Op 12-3 schreef Klantendienst <klantendienst@energie.be>:", "klantendienst@energie.be"),
        ("From: no-reply@shop.example", "no-reply@shop.example"),
    ],
)
def test_a_departments_mailbox_is_no_persons_address(text: str, address: str) -> None:
    assert ("email", address) not in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("mail me at jan.support@gmail.com", "jan.support@gmail.com"),
        ("info@bakkerijdevries.nl is mijn zakelijke adres", "info@bakkerijdevries.nl"),
        ("Le 4 mars, Claire Dubois <claire.dubois@skynet.be> a écrit :", "claire.dubois@skynet.be"),
    ],
)
def test_a_persons_or_a_small_firms_address_stays(text: str, address: str) -> None:
    assert ("email", address) in found(text)


_THREAD = """Hallo,

Ik wacht nog steeds op een reactie.
is {answer}

Met vriendelijke groet,
Mark Jansen

Op 3 mei 2025 om 10:12 schreef Klantenservice Stroomnet <noreply@stroomnet.example>:
> Beste Mark,
>
> Om je account te ontgrendelen hebben we nog iets nodig. {question}
>
> Groeten,
> Sanne
"""


@pytest.mark.parametrize(
    "question, answer, kind",
    [
        ("Wat is je gebruikersnaam?", "mark.jansen81", "username"),
        ("Welk wachtwoord heb je geprobeerd?", "Zonnebloem!77", "password"),
        ("Wat is de PUK-code op het kaartje?", "40912877", "puk"),
        ("En de CVC-code op de achterkant?", "418", "cvv"),
        ("Welke bevestigingscode zie je in de app?", "K-448120", "otp"),
    ],
)
def test_an_answer_in_an_email_thread_takes_the_kind_its_quoted_question_asked_for(
    question: str, answer: str, kind: str
) -> None:
    assert (kind, answer) in found(_THREAD.format(question=question, answer=answer))


def test_a_thread_answer_needs_a_question_before_it() -> None:
    text = _THREAD.format(question="Fijn dat het weer werkt.", answer="mark.jansen81")
    assert not any(value == "mark.jansen81" for _, value in found(text))


@pytest.mark.parametrize(
    "reply",
    [
        "Hallo,\n\nDe brief is gedateerd 03-04-2025.\n\nMet vriendelijke groet,\nMark",  # a date
        "Hallo,\n\ner is EUR 338,07 afgeschreven\n\nMvg,\nMark",  # an amount
        "Hallo,\n\nIk snap het niet.\n\nVriendelijke groeten,\n\nLotte\n",  # the name under the closing
        "Onderwerp: dringend\n\nGraag snel antwoord.\n\nGroet,\nTom",  # a subject line
    ],
)
def test_what_a_thread_reply_holds_besides_an_answer_stays(reply: str) -> None:
    quoted = "\n\nOp 3 mei schreef Stroomnet <noreply@stroomnet.example>:\n> Wat is je gebruikersnaam?\n"
    assert [pair for pair in found(reply + quoted) if pair[0] in ("username", "password")] == []
