"""A value given as the answer to a question a turn or two later, in the shapes chats are exported in:
a sweep of questions (Dutch, English, French) x answers (alone, after "ok"/"eh"/"Sure:", before a remark,
after a turn that asks to wait) x exports ("[10:02] Agent: …", "Agent: …", "Support (2:12): …", bare
lines). The draw of values is seeded, so a failure is a change. What the sweep still misses is listed in
docs/scrubbing.md (round 11), not here."""

from __future__ import annotations

import random

import pytest
from scrub_findings import SCRUBBER

_QUESTIONS = {
    "pin": (
        "Wat is je pincode?",
        "Kun je je pincode geven?",
        "What's your PIN?",
        "Welke pin heb je ingesteld?",
    ),
    "puk": ("Wat is de PUK-code op je simkaart?", "Can you give me the PUK?", "Quel est le code PUK ?"),
    "otp": (
        "Welke code heb je per sms ontvangen?",
        "What code did you receive by text?",
        "Quel code avez-vous reçu par SMS ?",
        "Kun je de verificatiecode doorgeven?",
    ),
    "password": (
        "Wat is je wachtwoord?",
        "Which password did you use?",
        "Welk wachtwoord heb je geprobeerd?",
        "Quel mot de passe avez-vous utilisé ?",
    ),
    "username": ("Wat is je gebruikersnaam?", "What's your username?", "Met welke gebruikersnaam log je in?"),
    "wifi_key": ("Wat is het wifi wachtwoord?", "Quelle est la clé wifi ?"),
}
_ANSWERS = (
    "{v}", "ok {v}", "het is {v}", "it's {v}", "c'est {v}", "{v} 🙏", "eh {v} denk ik",
    "{v} maar die werkt niet", "Sure: {v}",
)  # fmt: skip
_WAITING_FIRST = "momentje\n{speaker}: {v}"
_EXPORTS = (
    ("[10:0{i}] {speaker}: {line}", "Klant", "Agent"),
    ("{speaker}: {line}", "Klant", "Medewerker"),
    ("{speaker} ({i}:1{i}): {line}", "You", "Support"),
    ("{line}", "Klant", None),
)


def _value(rng: random.Random, kind: str) -> str:
    if kind in ("pin", "puk"):
        # (a PIN shaped like a year, 1900-2099, is left alone outside an explicit cue: a known miss)
        return rng.choice("345678") + "".join(
            rng.choice("123456789") for _ in range(3 if kind == "pin" else 7)
        )
    return rng.choice(
        {
            "otp": ("482913", "771 204", "339-120", "058311"),
            "password": ("Tulp#88kaas", "hondje12", "welkom123"),
            "username": ("jdevries84", "marie.dubois", "k_janssen", "sanne.b77"),
            "wifi_key": ("Kx82mQpa77Lz", "a8f3k29dkq"),
        }[kind]
    )


def _chat(layout: str, customer: str, agent: str | None, question: str, answer: str) -> str:
    if agent is None:
        return f"hoi, ik kan niet inloggen\n{question}\n{answer}"
    turns = [(customer, "hoi, ik kan niet inloggen"), (agent, question), (customer, answer)]
    return "\n".join(layout.format(i=i, speaker=who, line=line) for i, (who, line) in enumerate(turns, 1))


@pytest.mark.parametrize("kind", sorted(_QUESTIONS))
def test_a_value_answering_the_question_a_turn_later_is_found(kind: str) -> None:
    rng = random.Random(f"chat-answers-{kind}")
    answers = _ANSWERS + ((_WAITING_FIRST,) if kind in ("pin", "puk", "otp") else ())
    missed = []
    for question in _QUESTIONS[kind]:
        for answer in answers:
            for layout, customer, agent in _EXPORTS:
                value = _value(rng, kind)
                text = _chat(layout, customer, agent, question, answer.format(v=value, speaker=customer))
                start = text.rindex(value)
                findings = SCRUBBER.scrub(text, "public").findings
                if not any(
                    f.type == kind and f.start <= start and start + len(value) <= f.end for f in findings
                ):
                    missed.append(text)
    assert missed == []
