"""Values after cue words, round 7 (webcare.scrub.credentials): the box's own admin login told in a clause
that logs in to the router or modem, its default account names as usernames there, each line of a settings
list read on its own, words of time before a value and a French participle after 'est'. Every example is
invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password in a clause that logs in to the box is its admin login, also with a sticker beside it
        (
            "Het wifi-signaal valt weg. Ik ben ingelogd op de router met gebruiker beheer1 en wachtwoord "
            "Zonnebloem#41 (stond op het etiket) en heb het kanaal gewijzigd.",
            [("password", "Zonnebloem#41"), ("username", "beheer1")],
        ),
        (
            "Our wifi drops every hour. I signed in to my modem as root with password Tangerine&72 "
            "(it was on the sticker) and moved it to channel 11.",
            [("password", "Tangerine&72"), ("username", "root")],
        ),
        (
            "Le wifi coupe. Connectée au routeur avec administrateur / Pivoine*93, rien ne change.",
            [("password", "Pivoine*93"), ("username", "administrateur")],
        ),
        (
            "wifi hapert, ben aangemeld op het modem met superuser / Kievit2020$ en heb alles herstart",
            [("password", "Kievit2020$"), ("username", "superuser")],
        ),
    ],
)
def test_a_password_told_while_logging_in_to_the_box_is_its_admin_password(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_each_line_of_a_settings_list_is_read_on_its_own() -> None:
    # given the admin password on its own line and the wifi keys on the lines after it
    text = (
        "Na de reset heb ik alles opnieuw ingesteld:\nadmin paswoord: Walvis_2019!\n"
        "wifi kantoor: QPR7ZK2MXW\n"
    )
    # then the admin line is a password, the wifi line a wifi key
    assert ("password", "Walvis_2019!") in _found(text)
    assert ("wifi_key", "Walvis_2019!") not in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'ai changé le canal. La clé wifi est maintenant Hx7PqR2mWz9K.", [("wifi_key", "Hx7PqR2mWz9K.")]),
        ("het wachtwoord van de wifi is nu Lq8vTz3mNp6R", [("wifi_key", "Lq8vTz3mNp6R")]),
        ("the wifi key is currently Bv4nQx8sLt2W, changed it last week", [("wifi_key", "Bv4nQx8sLt2W")]),
    ],
)
def test_a_word_of_time_before_the_value_is_not_the_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le code wifi est sous le modem mais l'étiquette est arrachée. Je peux le voir dans l'appli ?",
        "La clé wifi est effacée sur l'autocollant, pouvez-vous me la renvoyer ?",
        # the admin account named without a box being logged in to is no username
        "Wie is bij jullie de admin van het klantportaal? Ik heb een wachtwoord nodig.",
        "Router is a Zyxel VMG8825, the wifi password is on the sticker.",
    ],
)
def test_look_alikes_stay_untouched(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one typo in the last word of a cue of several words
        (
            "identifiant l.mertens et mot de pase Hibou#618",
            [("password", "Hibou#618"), ("username", "l.mertens")],
        ),
        ("mon mot de passse est Tortue#55", [("password", "Tortue#55")]),
        ("mijn geheim wooord is Vlinder_73", [("password", "Vlinder_73")]),
    ],
)
def test_a_cue_of_several_words_forgives_a_typo_in_its_last_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le mot de pas trop long, merci de votre patience",  # 'pas': too short to be forgiven
        "ce mot de passé simple est difficile",
    ],
)
def test_a_phrase_near_a_cue_is_no_cue(text: str) -> None:
    assert _found(text) == []
