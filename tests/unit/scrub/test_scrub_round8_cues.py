"""Values after cue words, round 8 (webcare.scrub.credentials and the modules it reads): configuration keys
as cues, the names people give a value when they do not know its name, and look-alikes that stay
untouched. Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # JSON, YAML and PHP keys in quotes: the key's closing quote, a colon or an arrow, then the value
        (
            'config:\n{\n  "user": "rvdbroek",\n  "pass": "Tulp3nVeld!"\n}',
            [("password", "Tulp3nVeld!"), ("username", "rvdbroek")],
        ),
        (
            "$db = ['username' => 'shopadmin', 'password' => 'Kw4rtel#9'];",
            [("password", "Kw4rtel#9"), ("username", "shopadmin")],
        ),
        ("mailer:\n  'smtp_password': 'Zeemeeuw-77'", [("password", "Zeemeeuw-77")]),
        # an INI or .env label names the user: uid, usr, Utilisateur, Benutzer
        (
            "[odbc]\nhost=sql.voorbeeld.be\nuid=lvanacker\npwd=Gent2023#",
            [("password", "Gent2023#"), ("username", "lvanacker")],
        ),
        (
            "Serveur SIP : sip.exemple.be\nUtilisateur : jdubois\nMot de passe : Ardennes!42",
            [("password", "Ardennes!42"), ("username", "jdubois")],
        ),
        ("usr: mpeeters\npwd: Fiets-Bel-19", [("password", "Fiets-Bel-19"), ("username", "mpeeters")]),
        # a cue that ends an identifier has no username before it
        ("DB_USER=appuser\nDB_PASSWORD=Rivier!88", [("password", "Rivier!88"), ("username", "appuser")]),
    ],
)
def test_configuration_keys_name_their_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base64 secret holds slashes: one key, no username/password pair
        (
            '{"secretAccessKey": "q9Lm2Xw8Rt5Yp1Zs/Kd7Vb3Nc6Hf0Gj4Aa8Ee2Uu"}',
            [("api_key", "q9Lm2Xw8Rt5Yp1Zs/Kd7Vb3Nc6Hf0Gj4Aa8Ee2Uu")],
        ),
    ],
)
def test_a_key_with_a_slash_is_one_key(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wifi called "the internet"
        ("wat is de code van het internet? op de brief staat Rk7mPq2Wx9", [("wifi_key", "Rk7mPq2Wx9")]),
        ("de code van het internet is Hv8KpL2qZw, maar de tv wil niet", [("wifi_key", "Hv8KpL2qZw")]),
        ("het wachtwoord van ons internet: Zonnebloem-88", [("wifi_key", "Zonnebloem-88")]),
        ("le code de l'internet c'est Mx7qP3rT9z", [("wifi_key", "Mx7qP3rT9z")]),
        ("my nan says the password for the internet is Kettle4Blue", [("wifi_key", "Kettle4Blue")]),
        ("internetcode: Wq3rT8yU1p staat onder het kastje", [("wifi_key", "Wq3rT8yU1p")]),
        ("WPA2 passphrase Gr33nTulip77, firmware 2.1.4", [("wifi_key", "Gr33nTulip77")]),
        # the PUK by its length, the SIM named right after
        ("dat lange nummer van de simkaart is 40718823, klopt dat?", [("puk", "40718823")]),
        ("het lange nummer op mijn simkaartje: 5531 0274", [("puk", "5531 0274")]),
        ("the long number on the back of my sim card is 90361245", [("puk", "90361245")]),
        ("le long numéro de la carte SIM est 27719034", [("puk", "27719034")]),
        # the PIN as a secret number
        ("mijn geheime nummer is 7193, mag ik dat zeggen?", [("pin", "7193")]),
        ("my secret number for the card is 4 8 2 6", [("pin", "4 8 2 6")]),
        ("mon numéro secret est 0584", [("pin", "0584")]),
    ],
)
def test_the_wrong_names_for_a_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another long number, the internet bank's password talked about, a user that became something
        "het lange nummer op de factuur is 88812345",
        "the long number on the parcel label is 39921048",
        "wachtwoord voor internetbankieren werkt niet meer",
        "l'utilisateur est bloqué depuis hier",
        "de gebruiker is geblokkeerd na drie pogingen",
        "mijn geheime nummer is ik vergeten",
    ],
)
def test_look_alikes_of_the_wrong_names_stay(text: str) -> None:
    assert _found(text) == []
