"""Every cue of a kind with every way people join a cue and its value: the value is found whole, as its
kind. A sweep, not a corpus: cue words (Dutch, English, French, a possessive or an owner after them) x
joints ("is", ":", "=", "->", a space, quotes, brackets, the value first, a line break) x a few openings
and endings of a message. Values are drawn per kind; the draw is seeded, so a failure is a change."""

from __future__ import annotations

import random

import pytest
from scrub_findings import SCRUBBER

_CUES = {
    "pin": (
        "pin", "pincode", "pin code", "PIN", "code pin", "pinnummer", "code secret",
        "pincode van mijn bankpas",
    ),
    "puk": ("puk", "puk code", "PUK-code", "code PUK", "pukcode", "PUK van mijn simkaart"),
    "otp": (
        "sms code", "verificatiecode", "verification code", "code de vérification", "OTP", "2FA code",
        "eenmalige code", "inlogcode", "code uit de sms", "one-time code",
    ),
    "password": (
        "wachtwoord", "password", "mot de passe", "mdp", "ww", "pw", "passwd", "paswoord",
        "wachtwoord van mijn account", "login password", "Password",
    ),
    "wifi_key": (
        "wifi wachtwoord", "wifi password", "wifi key", "netwerksleutel", "clé wifi", "WPA key", "wifi code",
        "wachtwoord van de wifi", "mot de passe wifi",
    ),
    "username": (
        "gebruikersnaam", "username", "user", "login", "nom d'utilisateur", "identifiant", "user name",
        "inlognaam",
    ),
}  # fmt: skip
_JOINTS = (
    "{c} is {v}", "{c}: {v}", "{c} = {v}", "{c} -> {v}", "{c} {v}", "{c} is nu {v}", "{c} was {v}",
    "{c} est {v}", '{c}: "{v}"', "{c} ({v})", "{v} is mijn {c}", "{v} = {c}", "{c}:{v}", "{c} = '{v}'",
    "{c} - {v}", "mijn {c} is {v}", "{c}\n{v}",
)  # fmt: skip
_OPENINGS = ("", "hoi, ", "Hi team, ", "@Brand ", "Beste,\n\n")
_ENDINGS = ("", ".", " thx", " maar werkt niet", "!!", " 🙏", "\nGroet, Jan", ", kunnen jullie helpen?")


def _value(rng: random.Random, kind: str) -> str:
    if kind in ("pin", "puk", "otp"):
        digits = "".join(
            rng.choice("123456789") for _ in range({"pin": rng.choice((4, 5, 6)), "puk": 8}.get(kind, 6))
        )
        if kind == "otp":
            return rng.choice((digits, f"{digits[:3]} {digits[3:]}", f"{digits[:3]}-{digits[3:]}"))
        return digits
    if kind == "password":
        return rng.choice(("Zomer2024!", "welkom123", "Tulp#88kaas", "P@ssw0rd77", "hondje12", "Rx7!kq2LmZ"))
    if kind == "wifi_key":
        return rng.choice(("Kx82mQpa77Lz", "fiets-boom-42", "HuisNet2023!", "a8f3k29dkq", "7HJK29LMQP4X"))
    return rng.choice(("jdevries84", "marie.dubois", "k_janssen", "TomVos_1990", "sanne.b77", "ahmed.elk"))


@pytest.mark.parametrize("kind", sorted(_CUES))
def test_every_cue_with_every_joint_finds_its_value(kind: str) -> None:
    rng = random.Random(f"cue-grammar-{kind}")
    missed = []
    for cue in _CUES[kind]:
        for joint in _JOINTS:
            value = _value(rng, kind)
            text = rng.choice(_OPENINGS) + joint.format(c=cue, v=value) + rng.choice(_ENDINGS)
            start = text.index(value)
            findings = SCRUBBER.scrub(text, "public").findings
            if not any(f.type == kind and f.start <= start and start + len(value) <= f.end for f in findings):
                missed.append(text)
    assert missed == []


_TYPED_CUES = {
    "pin": ("pincode", "pinnummer"),
    "puk": ("pukcode",),
    "otp": ("verificatiecode", "bevestigingscode"),
    "password": ("wachtwoord", "password", "paswoord"),
    "wifi_key": ("netwerksleutel", "wifiwachtwoord"),
    "username": ("gebruikersnaam", "username", "inlognaam"),
}
_VALUES = {
    "pin": "4417",
    "puk": "55120387",
    "otp": "482913",
    "password": "Zomer2024!",
    "wifi_key": "Kx82mQpa77Lz",
    "username": "jdevries84",
}
_KEYS = "qwertyuiop asdfghjkl zxcvbnm".split()


def _next_keys(letter: str) -> str:
    """The letters left and right of this one on its row of the keyboard."""
    for row in _KEYS:
        at = row.find(letter)
        if at != -1:
            return row[max(0, at - 1) : at] + row[at + 1 : at + 2]
    return ""


def _slips(word: str) -> list[str]:
    """Every one-letter slip of a thumb after the first letter: dropped, doubled, swapped, next key."""
    out = []
    for i in range(1, len(word)):
        out += [word[:i] + word[i + 1 :], word[:i] + word[i] + word[i:]]
        if i < len(word) - 1:
            out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        out += [word[:i] + key + word[i + 1 :] for key in _next_keys(word[i])]
    return out


@pytest.mark.parametrize("kind", sorted(_TYPED_CUES))
def test_a_cue_with_one_slip_of_the_thumb_is_still_its_cue(kind: str) -> None:
    value = _VALUES[kind]
    missed = []
    for cue in _TYPED_CUES[kind]:
        for slip in _slips(cue):
            text = f"mijn {slip} is {value} maar het werkt niet"
            start = text.index(value)
            findings = SCRUBBER.scrub(text, "public").findings
            if not any(f.type == kind and f.start <= start and start + len(value) <= f.end for f in findings):
                missed.append(slip)
    assert missed == []
