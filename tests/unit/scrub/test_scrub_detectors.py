"""What each detector catches, and the look-alikes it must leave alone."""

from __future__ import annotations

import pytest
from scrub_findings import SCRUBBER
from scrub_findings import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn wachtwoord is Zomer2024!", [("password", "Zomer2024!")]),
        ("Wachtwooord: geheimpje", [("password", "geheimpje")]),
        ("mijn wahctwoord is Hond123", [("password", "Hond123")]),
        ("PASSWORD=hunter2", [("password", "hunter2")]),
        ("ww:\nLente163?", [("password", "Lente163?")]),
        ("het wachtwoord was eerst 'Appel 12'", [("password", "Appel 12")]),
        ("pincode 4821", [("pin", "4821")]),
        ("mijn pin is 0000.", [("pin", "0000")]),
        ("de PIN van mijn pas is 4284", [("pin", "4284")]),
        ("PUK: 12345678", [("puk", "12345678")]),
        ("sms-code: 482913", [("otp", "482913")]),
        ("verificatiekode 336339", [("otp", "336339")]),
        ("wifi-wachtwoord: Xk93jdk2LL", [("wifi_key", "Xk93jdk2LL")]),
        ("login: jan83 / Welkom01", [("username", "jan83"), ("password", "Welkom01")]),
        (
            "gebruikersnaam: jdevries wachtwoord: Tulp!2020",
            [("username", "jdevries"), ("password", "Tulp!2020")],
        ),
        ("login: jan@example.com / Welkom01", [("email", "jan@example.com"), ("password", "Welkom01")]),
    ],
)
def test_credentials_after_dutch_and_english_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "wachtwoord vergeten",
        "my password doesn't work",
        "mijn wachtwoord werkt niet meer",
        "het wachtwoord is verlopen",
        "pincode geblokkeerd",
        "de sms-code komt niet aan",
        "login werkt niet",
        "kortingscode ZOMER2025",
        "error code 0x80070005",
        "foutcode 500",
        "wachtwoord: zie vorige mail",
        "postcode 1234",
    ],
)
def test_talking_about_credentials_is_not_a_credential(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind != "address"] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("key sk_live_4eC39HqLyjWDarjtT1zdp7dc", "api_key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("AKIAIOSFODNN7EXAMPLE is onze key", "api_key", "AKIAIOSFODNN7EXAMPLE"),
        ("ghp_abcdefghijklmnopqrstuvwxyz0123456789", "token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
        ("xoxb-123456789012-abcdefABCDEF", "token", "xoxb-123456789012-abcdefABCDEF"),
        ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "api_key", "AIzaSyA1234567890abcdefghijklmnopqrstuv"),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
            "token",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
        ),
        ("Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==", "token", "dXNlcjpwYXNzd29yZDEyMw=="),
        ("api key: 6acbdde36427bedc5fd61e4383bb1f96.", "api_key", "6acbdde36427bedc5fd61e4383bb1f96"),
        ("https://x.nl/reset-password?token=Ab12Cd34Ef56Gh78&lang=nl", "token", "Ab12Cd34Ef56Gh78"),
        (
            "https://example.com/reset/CWcBgCf2AzMtYUkfVqrZRLiKiwdQLdbU",
            "token",
            "CWcBgCf2AzMtYUkfVqrZRLiKiwdQLdbU",
        ),
    ],
)
def test_tokens_and_keys(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_basic_auth_in_a_url_scrubs_user_and_password_but_keeps_the_host() -> None:
    result = SCRUBBER.scrub("zie https://jan:Geheim12@router.example.nl/admin", "public")
    assert result.text == "zie https://[USERNAME]:[PASSWORD]@router.example.nl/admin"


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # any scheme, not only http(s): connection strings pasted from a config
        (
            "DB_URL=mysql://JanDeg9:!Kaas728@localhost:3306/shop",
            "DB_URL=mysql://[USERNAME]:[PASSWORD]@localhost:3306/shop",
        ),
        (
            "postgres://app_user:S3cret-42@db.example.nl:5432/x",
            "postgres://[USERNAME]:[PASSWORD]@db.example.nl:5432/x",
        ),
        (
            "mongodb+srv://ops:Pa55word@cluster0.example.net",
            "mongodb+srv://[USERNAME]:[PASSWORD]@cluster0.example.net",
        ),
        # an unescaped '@' in the password: the last '@' before the path ends the user part
        (
            "postgres://dupont1993:celine@1991@sql.example.be:5432/x",
            "postgres://[USERNAME]:[PASSWORD]@sql.example.be:5432/x",
        ),
        ("redis://:S3cretPass@cache:6379", "redis://:[PASSWORD]@cache:6379"),
        # a '?' pasted unescaped in the password; a query's '@' is no user part
        (
            "postgres://manon:zomer752?A@sql.example.be:5432/db",
            "postgres://[USERNAME]:[PASSWORD]@sql.example.be:5432/db",
        ),
        ("https://example.com/login?next=/a@b", "https://example.com/login?next=/a@b"),
        # a key as the user part (a Sentry DSN)
        (
            "SENTRY_DSN=https://12d7a7f3f72d601f64987502b7bf5fb7@o4505.ingest.example.com/4",
            "SENTRY_DSN=https://[API_KEY]@o4505.ingest.example.com/4",
        ),
        # left alone: a port, a plain user name without a password, a path with an '@'
        ("zie http://host.example.nl:8080/status", "zie http://host.example.nl:8080/status"),
        ("ftp://jan@files.example.nl/pub", "ftp://jan@files.example.nl/pub"),
        ("https://example.nl/u/jan@example.nl", "https://example.nl/u/jan@example.nl"),
    ],
)
def test_credentials_in_the_user_part_of_any_link_are_scrubbed_and_the_host_kept(
    text: str, scrubbed: str
) -> None:
    assert SCRUBBER.scrub(text, "public").text == scrubbed


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            'curl -H "X-Api-Key: 58f4a11492931084d55d4cfc23fc2105" https://api.example.com',
            "api_key",
            "58f4a11492931084d55d4cfc23fc2105",
        ),
        ("api-key: 8d7f6e5d4c3b2a1908f7e6d5", "api_key", "8d7f6e5d4c3b2a1908f7e6d5"),
        ("Authorization: Bearer abcdef0123456789abcdef", "token", "abcdef0123456789abcdef"),
        ("X-Auth-Token: 9f8e7d6c5b4a39281706", "token", "9f8e7d6c5b4a39281706"),
    ],
)
def test_an_api_key_header_holds_a_key_and_an_authorization_header_a_token(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kaart 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("kaart 4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("kaart 4111\u00a01111\u00a01111\u00a01111", "4111\u00a01111\u00a01111\u00a01111"),
        ("amex 3782 822463 10005", "3782 822463 10005"),
        ("cc 5555555555554444", "5555555555554444"),
    ],
)
def test_cards_in_common_groupings(text: str, value: str) -> None:
    assert ("card", value) in _found(text)


def test_cvv_and_expiry_next_to_a_card() -> None:
    assert _found("4111 1111 1111 1111 exp 12/26 cvc 123") == [
        ("card", "4111 1111 1111 1111"),
        ("card_expiry", "12/26"),
        ("cvv", "123"),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "NL91 ABNA 0417 1643 00",
        "NL91ABNA0417164300",
        "nl91abna0417164300",
        "NL91\u00a0ABNA\u00a00417\u00a01643\u00a000",
        "BE71 0961 2345 6769",
        "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606",
    ],
)
def test_ibans_in_every_writing(value: str) -> None:
    assert _found(f"graag terugstorten op {value}, dank") == [("iban", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mijn BSN is 111222333", "111222333"),
        ("bsn: 111 222 333", "111 222 333"),
        ("burgerservicenummer 1112.22.333", "1112.22.333"),
        ("111222333 is mijn bsn", "111222333"),
    ],
)
def test_bsn_passing_the_eleven_test(text: str, value: str) -> None:
    assert _found(text) == [("bsn", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail me op jan.devries@example.com", "jan.devries@example.com"),
        ("jan [at] example [dot] com", "jan [at] example [dot] com"),
        ("jan(at)example.nl", "jan(at)example.nl"),
        ("jan at example dot com", "jan at example dot com"),
    ],
)
def test_email_addresses_also_lightly_obfuscated(text: str, value: str) -> None:
    assert ("email", value) in _found(text)


@pytest.mark.parametrize(
    "value",
    ["06-12345678", "06 12 34 56 78", "+31 6 12345678", "+31612345678", "0031 6 1234 5678", "020-1234567",
     "+32 470 12 34 56", "+44 7911 123456"],
)  # fmt: skip
def test_phone_numbers(value: str) -> None:
    assert _found(f"bel me op {value} graag") == [("phone", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ik woon op de Kerkstraat 12", "Kerkstraat 12"),
        ("adres: Prinsengracht 263-1, 1016 GV Amsterdam", "Prinsengracht 263-1, 1016 GV Amsterdam"),
        ("postcode 1234AB", "1234AB"),
        ("nieuw adres 1234 AB 56", "1234 AB 56"),
        ("send it to 221 Baker Street", "221 Baker Street"),
        ("London SW1A 2AA", "SW1A 2AA"),
        ("Springfield, IL 62704", "IL 62704"),
    ],
)
def test_postal_addresses(text: str, value: str) -> None:
    assert ("address", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("geboortedatum: 12-03-1985", "date_of_birth", "12-03-1985"),
        ("born on March 3, 1990", "date_of_birth", "march 3, 1990"),
        ("mijn IP is 81.204.12.7", "ip_address", "81.204.12.7"),
        ("ip: 2001:db8::7d7b", "ip_address", "2001:db8::7d7b"),
        ("klantnummer 12345678", "customer_number", "12345678"),
        ("polisnummer: 12.345.678", "customer_number", "12.345.678"),
        ("contract number C-2023-00123", "customer_number", "C-2023-00123"),
    ],
)
def test_dates_of_birth_ip_addresses_and_customer_numbers(text: str, kind: str, value: str) -> None:
    assert [(k, v.lower()) for k, v in _found(text)] == [(kind, value.lower())]


@pytest.mark.parametrize(
    "text",
    [
        "besteld op 12-03-2024 om 14:30",
        "betaald: € 1.249,95 op 1 maart 2025",
        "cc @jan_nl zie https://www.example.nl/klantenservice/contact",
        "https://x.com/acme/status/1729384756102938475",
        "ordernummer 1234567890",
        "bestelnummer: 4000123412341234",
        "track & trace 3SABCD123456789",
        "ticket #123456, zaaknummer 111222333",
        "KvK 12345678",
        "incassant ID NL98ZZZ999999999999",
        "request id 550e8400-e29b-41d4-a716-446655440000",
        "app versie 10.0.19045.3693",
        "model KD-55X85L, SKU SM-S911B",
        "1500 MB en 20 GB",
        "kaart 4111 1111 1111 1112",
        "IBAN NL91 ABNA 0417 1643 01",
        "nummer 123456789",
        "bel 0800-0402 of 0900 1234 567",
        "in 2024 en 2025",
    ],
)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert _found(text) == []


# ---------------------------------------------------------------------------------------------
# How customers actually write (issue 8): classes of phrasing, not the blind corpus's sentences
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value a few words after its cue, or before it
        ("pincode van mijn simkaart: 7310", [("pin", "7310")]),
        ("wachtwoord veranderd naar Appel!88 maar nog steeds niks", [("password", "Appel!88")]),
        ("Mijn simpin was toch 2231?", [("pin", "2231")]),
        ("op het kaartje staat PUK1 44120981 en PIN1 1201", [("puk", "44120981"), ("pin", "1201")]),
        ("482 913 kreeg ik per sms maar hij werkt niet", [("otp", "482 913")]),
        ("de verificatiecode voor de app is: 551 093", [("otp", "551 093")]),
        ("code à 6 chiffres : 482913", [("otp", "482913")]),
        # typos anywhere in the cue word
        ("mijn wachtwoordt is Fiets2020", [("password", "Fiets2020")]),
        ("pincdoe 9182", [("pin", "9182")]),
        ("wachtwoprd: Kaas#123", [("password", "Kaas#123")]),
        # wifi keys
        ("het wachtwoord van mijn wifi is Kr8sT7pLq2", [("wifi_key", "Kr8sT7pLq2")]),
        ("de wifi op de sticker van de router: AB12 CD34 EF56", [("wifi_key", "AB12 CD34 EF56")]),
        # login pairs in many shapes
        (
            "kan niet inloggen met pvdberg77 Zeil&Boot9",
            [("username", "pvdberg77"), ("password", "Zeil&Boot9")],
        ),
        ("inlog m.jansen pw=Tomaat!4", [("username", "m.jansen"), ("password", "Tomaat!4")]),
        ("credentials: kdeboer12:Winter#21", [("username", "kdeboer12"), ("password", "Winter#21")]),
        ("lukt niet: jvisser_3 / Haring!77", [("username", "jvisser_3"), ("password", "Haring!77")]),
        ("ik gebruik tim.bakker9 als inlognaam", [("username", "tim.bakker9")]),
        ("inloggen doe ik met kbakker76", [("username", "kbakker76")]),
        ("de cvc op de achterkant is 482", [("cvv", "482")]),
        ("security number 771 on my Visa", [("cvv", "771")]),
    ],
)
def test_credentials_the_way_customers_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("betaald met 4111  1111  1111  1111 (08/27), cvc 123", ["card", "card_expiry", "cvv"]),
        ("visa 4111 1111 1111 1111, de 3 cijfers achterop: 321", ["card", "cvv"]),
        ("expiry 0828 please", ["card_expiry"]),
        ("IBAN NL 91 ABNA 0417 1643 00", ["iban"]),
        ("rekening be71 0961 2345 6769", ["iban"]),
        ("bel me op 0497/12.34.56", ["phone"]),
        ("call me at (212) 555-0100 or 212.555.0188", ["phone", "phone"]),
        ("mobiel 06 - 12345678", ["phone"]),
        ("Rue Haute 12 bte 3, 1000 Bruxelles", ["address"]),
        ("Flat 4, 21 Kingsway\nCardiff\nCF10 1AA", ["address"]),
        # a French street type with a lower-case word after it; a British flat number written "35/2"
        ("Place communale 196 boîte 12\n4800 Verviers", ["address"]),
        ("35/2 Station Approach\nBrighton BN1 3XE", ["address"]),
        ("Geb.datum: 03-08-1961", ["date_of_birth"]),
        ("ik ben van 12 maart '71", ["date_of_birth"]),
        ("Mon numéro client est le 6.391.144.667", ["customer_number"]),
        ("access token: 9f286c6bc67e9eaabd7fa4d44fba2ef20b18cbba", ["token"]),
        ("consumer key ck_0123456789abcdef0123456789abcdef01234567", ["api_key"]),
    ],
)
def test_numbers_written_the_way_customers_write_them(text: str, expected: list[str]) -> None:
    assert [kind for kind, _ in _found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "de kaart eindigt op **** **** **** 4821",
        "wachtwoord: ******** (verborgen)",
        "pincode van mijn Galaxy S23 werkt niet",
        "bel ons gratis op 078 15 15 15",
        "Call us free on 0345 600 6000",
        "Company no. 04202829",
        "na de firmware-update naar 6.6.3.15 werkt het niet",
        "pincode geblokkeerd, 3000 km gereden",
        "sinds 01-01-1998 klant",
        "On Wed, 16 Jul 2026 at 14:00 Support wrote:",
        # models and devices near a cue are things, not secrets
        "Het wachtwoord werkt wel op de H369A maar niet op mijn laptop",
        "wifi valt steeds weg op de Galaxy A54",
        "Can not log in with my Samsung QE55Q80C since the update",
        "wifi router Zyxel VMG8825-T50 geeft geen verbinding",
        "wifi werkt niet sinds ik een KPN Box 12 heb",
    ],
)
def test_look_alikes_customers_write_are_left_alone(text: str) -> None:
    assert _found(text) == []


# Classes of writing from the blind corpus (issue 8), each with examples written for the test, not taken
# from the corpus: other words, languages, orders and values.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference word inside a longer cue word is no reference ("vat" in "activation")
        ("activation code 650213 for the new SIM", [("otp", "650213")]),
        # 'est' / "c'est" introduce the value in French
        ("Mon nom d'utilisateur est m.dubois", [("username", "m.dubois")]),
        ("Mon mot de passe est Soleil2023!", [("password", "Soleil2023!")]),
        # short and misspelt password cues
        ("pswd: Kwartel88", [("password", "Kwartel88")]),
        ("PSW = Blauw!2021", [("password", "Blauw!2021")]),
        # hedges between the cue and the value
        ("mijn wachtwoord was denk ik Appel!2019", [("password", "Appel!2019")]),
        ("the password was I think Orange77x", [("password", "Orange77x")]),
        # a count after the cue does not end the window
        ("ik heb mijn wachtwoord 2x aangepast, het is nu Mango#2024", [("password", "Mango#2024")]),
        # a password cue is the wifi's only when the wifi is named in the same sentence
        ("wachtwoord Hond123x. De wifi doet het niet", [("password", "Hond123x")]),
    ],
)
def test_cue_words_and_connectors_in_every_language(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one cue for both halves: "user/pass", "login & ww", "identifiant et mot de passe"
        (
            "username/password: a.devries / Fiets2020!",
            [("username", "a.devries"), ("password", "Fiets2020!")],
        ),
        ("login & ww kbakker Tulp77x", [("username", "kbakker"), ("password", "Tulp77x")]),
        (
            "identifiant et mot de passe : mdubois Lune#2022",
            [("username", "mdubois"), ("password", "Lune#2022")],
        ),
        # a pair written as one word after a login cue, with a plain name as the user half
        ("inloggegevens: pjansen:Regen2020!", [("username", "pjansen"), ("password", "Regen2020!")]),
        # a pair joined by 'with' / 'met' after 'tried' / 'geprobeerd'
        ("I tried mvisser with Haring77 twice", [("username", "mvisser"), ("password", "Haring77")]),
        # the login name, then its password cue in brackets
        (
            "logged in as tbakker (password Vlinder3x) and got an error",
            [("username", "tbakker"), ("password", "Vlinder3x")],
        ),
        # a weak username cue right after a password
        ("ww Kaas!2020 en gebruiker mvisser", [("password", "Kaas!2020"), ("username", "mvisser")]),
    ],
)
def test_login_pairs_in_many_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the value in a later clause, after small words
        ("Mijn wifi code heb ik vorige week gewijzigd, nu is het QW7R-9PLK-ZX3M", "QW7R-9PLK-ZX3M"),
        # "is" / "est" / ":" close a noun phrase that started with the cue
        ("the key on the back of the router is 8Hq2-Lm4x-Rt7Z", "8Hq2-Lm4x-Rt7Z"),
        ("le code sur l'étiquette du modem est x7k9m2p4q8", "x7k9m2p4q8"),
        ("clé wifi sur l'autocollant : Bq83kd02Lm", "Bq83kd02Lm"),
        # a short password cue next to the wifi
        ("wifi pw Hk82mZq9Lp", "Hk82mZq9Lp"),
        ("wlan pwd: 7DF3K9QW2M", "7DF3K9QW2M"),
    ],
)
def test_wifi_keys_wherever_the_sentence_puts_them(text: str, value: str) -> None:
    assert _found(text) == [("wifi_key", value)]


def test_the_window_after_a_secret_ends_with_its_sentence_even_after_a_thing() -> None:
    text = "mijn wachtwoord is Zon!2020x, wat is er aan de hand?. Zie ook QW12ER34TY"
    assert _found(text) == [("password", "Zon!2020x")]


def test_a_network_name_before_a_slash_is_not_the_key() -> None:
    assert _found("wifi Ziggo-AB12 / Tr7x-9kLm-P2qz") == [("wifi_key", "Tr7x-9kLm-P2qz")]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "jeton d'accès: 3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a",
            "token",
            "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a",
        ),
        ("clé API : 9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01", "api_key", "9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f01"),
        ("client ref AB-556677, thanks", "customer_number", "AB-556677"),
        ("de polis met nummer 44556677 loopt af", "customer_number", "44556677"),
        ("account with number 99001122 was closed", "customer_number", "99001122"),
    ],
)
def test_tokens_and_reference_numbers_after_cues_in_other_words(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # card details each on their own line
        (
            "kaartnummer:\n4111 1111 1111 1111\n11/29\n737",
            [("card", "4111 1111 1111 1111"), ("card_expiry", "11/29"), ("cvv", "737")],
        ),
        # expiry as MMYY without a separator: in brackets, or before a three-digit code
        (
            "Visa 4111-1111-1111-1111 (0930) is blocked",
            [("card", "4111-1111-1111-1111"), ("card_expiry", "0930")],
        ),
        (
            "carte 5555 5555 5555 4444 1228 319",
            [("card", "5555 5555 5555 4444"), ("card_expiry", "1228"), ("cvv", "319")],
        ),
        # a CVV cue right after an expiry: the expiry's last digit is not part of the cue
        (
            "pas 4111 1111 1111 1111 geldig tot 03-2030 code achterop 581",
            [("card", "4111 1111 1111 1111"), ("card_expiry", "03-2030"), ("cvv", "581")],
        ),
    ],
)
def test_card_details_in_lines_brackets_and_without_separators(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a code before its cue, with the sender's name in between
        ("K-551902 is je Bunq verificatiecode", "otp", "K-551902"),
        ("807 215 is your Acme security code", "otp", "807 215"),
        # a code the customer chose is a PIN, whatever the cue says
        ("my app passcode is 220931", "pin", "220931"),
        ("The passcode I chose is 7731 and it fails", "pin", "7731"),
        # a secret said to fail, in a message about logging in, without a cue of its own
        ("I was logged out and now Kestrel!77 is not accepted", "password", "Kestrel!77"),
        ("sinds gisteren kan ik niet inloggen, Hazelnoot22 werkt niet meer", "password", "Hazelnoot22"),
        # a long key a few words after a weak cue
        (
            "the secret you asked for: 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "api_key",
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        ),
    ],
)
def test_codes_and_secrets_away_from_their_cue(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ne communiquez jamais votre code PIN. Appelez-nous au 070 22 33 44.",  # a service number after a cue
        "bel ons over je pincode op 088 123 4567",
        "inloggen lukt niet, versie 4.2.1b werkt niet",  # a version said to fail
        "modem is een Fritz!Box 7490 AX sinds gisteren",  # a model, not a postcode
        "Router TP-Link 1200 AC staat uit",
        "call 1-888-555-0199 for help",  # a company's toll-free number
        "actiecode BF-2024-50, code 4598",  # a promo code before a cue
    ],
)
def test_look_alikes_next_to_new_cues_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind not in ("phone",)] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a US number with its country code
        ("text me at 1-312-555-0148 tonight", "phone", "1-312-555-0148"),
        # a UK mobile after a PUK question is a phone, not a PUK
        ("What's the PUK for 07700 900456?", "phone", "07700 900456"),
        # a BSN right after a birth date in a details line
        ("Gegevens: Kees Jansen 3 mei 1971 1112.22.333", "bsn", "1112.22.333"),
        # British and American streets with a letter after the number, a direction, or a flat first
        ("no power at 14C Mill Lane since noon", "address", "14C Mill Lane"),
        ("outage at 2210 W Lake Street again", "address", "2210 W Lake Street"),
        ("I live at Flat 3, 27 Queens Road now", "address", "Flat 3, 27 Queens Road"),
        # a street without a typical suffix after a delivery word
        ("pakket afgeleverd op Zonnehof 14, niet bij mij", "address", "Zonnehof 14"),
        # postcode and city first in lower case, then the street
        ("verhuisd van 3512 ab Utrecht, Oudegracht 12-2hg", "address", "Oudegracht 12-2hg"),
        # a written date with an apostrophe year
        ("mijn geboortedatum klopt niet, het is 2 juni '64", "date_of_birth", "2 juni '64"),
    ],
)
def test_phones_ids_addresses_and_dates_written_other_ways(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_years_after_a_code_are_no_more_codes() -> None:
    assert _found("de verificatiecode 369539 gold in 2024 en 2025") == [("otp", "369539")]
