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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value first, then an arrow or "that is" pointing back at it, "my" as typed on a phone
        ("@Belnet 40558127 <- dat is de puk, wat nu?", [("puk", "40558127")]),
        ('je bericht "52 19 07 33 <- da is de puk" is weg', [("puk", "52 19 07 33")]),
        ("3318 👈 that's my pin, can u unblock it", [("pin", "3318")]),
        ("Kaas!Plank22 is mn ww\nkan niet inloggen", [("password", "Kaas!Plank22")]),
        ("6620 dat is mijne pincode", [("pin", "6620")]),
        ("HONDJE!77 IS MIJN WW EN HET WERKT NIET", [("password", "HONDJE!77")]),
        # "c'est le code de ma mère pour l'appli": a code for an app, whoever it belongs to, is a PIN
        ("7731 c'est le code de mon père pour l'appli", [("pin", "7731")]),
        ("1 9 4 6 c'est mon code, je l'ai oublié ?", [("pin", "1 9 4 6")]),
        ("de code van mijn moeder voor de app is 5821", [("pin", "5821")]),
        ("8824 is mijn code voor de bankapp", [("pin", "8824")]),
        # eight digits pointed at as "the code" where the PUK is named next
        ("30517764 ← dat is de code van het kaartje. Mijn gsm zegt 'PUK ongeldig'", [("puk", "30517764")]),
    ],
)
def test_a_value_before_a_cue_that_points_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sorry, wrong one": both values, of the first one's kind
        ("sms-code was 552018, sorry verkeerde, het is 552081", [("otp", "552018"), ("otp", "552081")]),
        ("the text code is 730 118, wrong one, it's 731 118", [("otp", "730 118"), ("otp", "731 118")]),
        ("inlogcode 204 611 mauvais code, c'est 204 161", [("otp", "204 161"), ("otp", "204 611")]),
        # a one-time code in groups after a login-code cue, a copula further on in the sentence
        ("inlogcode was 418 206 maar die is verlopen", [("otp", "418 206")]),
        ("the code texted to my daughter was 7315", [("otp", "7315")]),
        ("de code die mijn vader kreeg was 0917", [("otp", "0917")]),
        ("le code envoyé à ma fille était 6604", [("otp", "6604")]),
        # four digits marked further on, with nothing said of sending: a code kept, a PIN
        ("le code gérant du terminal est 5512", [("pin", "5512")]),
        ("the code for the alarm panel is 7720", [("pin", "7720")]),
        # a one-time code with its letter prefix, received
        ("got G-771204 from google, is that the one?", [("otp", "G-771204")]),
        ("kreeg net g-305518 binnen van google", [("otp", "g-305518")]),
    ],
)
def test_corrected_received_and_later_marked_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the PUK of a phone named before it
        ("puk van mijn gsm 50318826, werkt niet", [("puk", "50318826")]),
        ("the puk for my phone 77120954 doesn't work", [("puk", "77120954")]),
    ],
)
def test_a_code_after_the_phone_it_unlocks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a time written the Belgian or French way
        "où est la clé wifi? internet coupé depuis 12h45, ticket T-408812",
        "wifi code staat op de sticker, storing sinds 14u05",
        # a meter reading next to a code cue
        "slimme meter code? stand 40317 op 3 maart",
        "index compteur 07725, code client sur la facture",
        "de meterstand 18823 en de code van de meter",
        # a card's last digits after a PIN cue
        "forgot my pin, card ending 4471 got declined",
        "pincode vergeten, pas eindigend op 8813",
        # a device's model after a cue
        "simkaart geblokkeerd in mijn Sagemcom F@st 5370, foutcode ERR-2231",
        "My phone wants a PUK and the card is gone. Phone is a Doro 6521",
        # a ticket number with a letter prefix in a sentence about a code
        "de sms code kwam niet, monteur komt, ticket T-553018",
        "I got order x-123456 yesterday",
    ],
)
def test_times_readings_card_endings_and_models_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after an account cue, a password cue right after it: a login, whoever it belongs to
        (
            "my daughters account is lotte_vd12 and the password is Pony2011",
            [("password", "Pony2011"), ("username", "lotte_vd12")],
        ),
        (
            "MIJN ZOONS ACCOUNT IS JVERMEER07 EN HET WACHTWOORD IS VOETBAL22",
            [("password", "VOETBAL22"), ("username", "JVERMEER07")],
        ),
        (
            "het account van mijn vader: OpaKeesGamer met wachtwoord Tulp!2019",
            [("password", "Tulp!2019"), ("username", "OpaKeesGamer")],
        ),
        ("smtp fails: acct mdewit, passwd Haven_4471", [("password", "Haven_4471"), ("username", "mdewit")]),
        (
            "le compte de ma grand-mère: mamie1947 avec Jardin2020",
            [("password", "Jardin2020"), ("username", "mamie1947")],
        ),
        # a link's user, its password given after the link
        (
            "sftp://kvandam77@files.voorbeeld.nl:22 with password Molen_8812",
            [("password", "Molen_8812"), ("username", "kvandam77")],
        ),
        (
            "ftp://anne.smets@ftp.exemple.be met wachtwoord Brugge#55",
            [("password", "Brugge#55"), ("username", "anne.smets")],
        ),
    ],
)
def test_an_account_named_before_its_password_is_a_login(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generated letter groups after a wifi cue
        ("wifi code qwpt-zrnk-bvcd, heb het al 3x geprobeerd", [("wifi_key", "qwpt-zrnk-bvcd")]),
        ("network key mxlq-trbe-kgfv, firmware 5.2.2-rc4", [("wifi_key", "mxlq-trbe-kgfv")]),
        # a customer or a policy with its number right after it
        (
            "premium went up again. Policy 4402918355. Invoice 5720576292.",
            [("customer_number", "4402918355")],
        ),
        ("merci de modifier la domiciliation. Client 30127748.", [("customer_number", "30127748")]),
        ("Client KL0071552 depuis 2019", [("customer_number", "KL0071552")]),
    ],
)
def test_generated_keys_and_bare_customer_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an account talked about, not named
        "I've been locked out of my online account after changing my password yesterday",
        "account geblokkeerd na het wijzigen van mijn wachtwoord",
        # keys that are public by name, and ids a request carries
        "the publishable key merch_Tx81mQpZ3vLr is public anyway",
        "la clé publique pk_9f2c61ab7e0d4c58b3a1 n'est pas secrète",
        "Idempotency-Key: 6b1f0a9c3e7d4b25",
        # the company's service, a client without a number, a policy's clause
        "appelez le service client 078 15 15 15 svp",
        "the client 2024 meeting was moved",
        "policy 12 of the terms says otherwise",
        # words in groups with vowels are words
        "zie mail-naar-klant-over voor de wifi",
    ],
)
def test_public_keys_talk_about_accounts_and_services_stay(text: str) -> None:
    assert _found(text) == []
