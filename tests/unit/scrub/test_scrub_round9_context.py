"""Values with no cue beside them, round 9 (webcare.scrub.situations, told_values, fallback): what a
card reader shows, a value typed where its kind is named in the customer's own word order, values
typed inside an e-mail, and look-alikes that stay untouched. Every example is invented (not taken from
a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found

_SECRETS = frozenset({"password", "username", "pin", "puk", "otp", "wifi_key"})

_MAIL_HEAD = (
    "Onderwerp: vraag over mijn abonnement\n\nBeste,\n\nSinds vorige week hebben we een nieuwe modem "
    "in de woonkamer staan en de verbinding valt geregeld weg, vooral 's avonds wanneer de kinderen "
    "streamen. Kunnen jullie eens kijken of er een storing is in onze straat? We wonen hier al tien "
    "jaar en hebben dit nooit eerder gehad. De technieker die langskwam wist het ook niet.\n"
)
_MAIL_FOOT = (
    "\n\nMet vriendelijke groeten,\nKoen Maes\n\nOp 3 maart 2026 schreef Klantendienst:\n> Dag Koen\n"
)


def _secrets(text: str) -> list[tuple[str, str]]:
    return [pair for pair in _found(text) if pair[0] in _SECRETS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card reader shows its response code: a device verb, read where a reader is talked of
        ("le lecteur me donne 9182 6604 et la banque refuse", [("otp", "9182 6604")]),
        ("mijn kaartlezer geeft 55102938 maar de app zegt fout", [("otp", "55102938")]),
        ("the card reader shows 7720-1185, bank says invalid", [("otp", "7720-1185")]),
        (
            "bonjour\nmon Digipass affiche n'importe quoi\nil me donne 4410 2286\nrefusé",
            [("otp", "4410 2286")],
        ),
        # a PIN typed where the French order names the cue after its noun ("code pin", "code PUK")
        ("Nouvelle SIM. J'ai tapé 7314, c'est bien mon code pin ?", [("pin", "7314")]),
        ("j'ai essayé 2208 puis rien, le code pin de la carte SIM est bloqué", [("pin", "2208")]),
        # four digits typed for a bank card are its PIN
        ("Mijn bankkaart zegt code fout, maar ik typ 6619. Dat is toch de juiste", [("pin", "6619")]),
        ("my debit card keeps failing, I typed 4471 like always", [("pin", "4471")]),
        # a code received where a PIN is talked of is a code sent, not the PIN
        ("j'ai reçu 813 402 c'est normal? l'appli plante au code pin", [("otp", "813 402")]),
        ("ik kreeg 558120 maar mijn pincode werkt ook niet meer", [("otp", "558120")]),
        # typed inside a long e-mail, on the line of its cue
        (
            _MAIL_HEAD + "Ik typ Zonnebloem44XK over van de sticker onder de modem." + _MAIL_FOOT,
            [("wifi_key", "Zonnebloem44XK")],
        ),
        (
            _MAIL_HEAD
            + "Mon lecteur de carte bloque. J'ai encodé 66120934 comme code de réponse."
            + _MAIL_FOOT,
            [("otp", "66120934")],
        ),
    ],
)
def test_values_told_by_what_was_done_with_them_are_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a device showing a number that is no code: no reader talked of, or an amount or a model
        "de meter geeft 45120 kWh aan sinds januari",
        "the app shows 2024 as the year of my contract",
        "le décodeur affiche 8812 chaînes, c'est normal?",
        "my debit card was charged twice, order 4471 and 4472",
        "mijn kaartlezer (Digipass 870) geeft foutmelding E-12",
        # a long e-mail whose cue line holds no typed value
        _MAIL_HEAD + "Ik typ de code van de sticker over, maar het lukt niet." + _MAIL_FOOT,
    ],
)
def test_look_alikes_near_typing_and_showing_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next sentence refers back to the cue's value: "it's", "set it as", "the full thing is"
        (
            "my wife reset the password yesterday. she thinks it's either Lantern#88 or lantern88!, no idea",
            [("password", "Lantern#88"), ("password", "lantern88!")],
        ),
        (
            "Het wachtwoord van de app ben ik kwijt. Ik denk het is Fiets-2019 of zo",
            [("password", "Fiets-2019")],
        ),
        (
            "J'ai oublié mon mot de passe. Je crois que c'est Chaton_77 ou chaton77",
            [("password", "Chaton_77"), ("password", "chaton77")],
        ),
        (
            "the bank asks for my memorable word!! I set it as marmalade. still says no",
            [("password", "marmalade.")],
        ),
        (
            "it wants letters 1, 3 and 6 of my memorable information. the whole thing is harbour so why not",
            [("password", "harbour")],
        ),
    ],
)
def test_a_value_told_in_the_sentence_after_its_cue_is_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence refers to something else, or holds no value
        "I changed my password last week. It's been fine since then, thanks",
        "your app wants a memorable word. I set it as something I can't remember now",
        "mijn wachtwoord werkt niet. Het is al de derde keer deze maand",
        "the memorable word screen froze. it's version 4.2.1 of the app",
    ],
)
def test_sentences_after_a_cue_without_its_value_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password that opens with '#' and goes on with a dot or a dash is no hashtag
        (
            "[10:02] Helpdesk: Welk wachtwoord gebruik je?\n[10:03] Lotte: #Regenboog.Fiets22\n"
            "[10:03] Lotte: ok",
            [("password", "#Regenboog.Fiets22")],
        ),
        # a value or a login pair, then "klopt toch?" / "is that right?" on its own line
        (
            "jelle.devos / #Paard-Wolk31 klopt toch??",
            [("password", "#Paard-Wolk31"), ("username", "jelle.devos")],
        ),
        ("Haring-Fiets77 is that right? it keeps saying no", [("password", "Haring-Fiets77")]),
        ("kiki_b88 | Vlinder!2023 c'est bien ça ?", [("password", "Vlinder!2023"), ("username", "kiki_b88")]),
        # a value opening its line, then small words and what the cue is of
        ("4471 is my account pin. the app says wrong", [("pin", "4471")]),
        ("0916 is mijn bank pincode hoor", [("pin", "0916")]),
        # a login pair on the line above the line that says it was typed
        (
            "pvdberg / Kaas&Wijn55\nik typ het zo in maar het lukt niet",
            [("password", "Kaas&Wijn55"), ("username", "pvdberg")],
        ),
        (
            "anna.peeters Tulp#1988\nthat's exactly what I typed",
            [("password", "Tulp#1988"), ("username", "anna.peeters")],
        ),
        # a chat: the value after the speaker's name, the line below says it is typed
        ("15:20 Ines: Vrl_8812kq\n15:21 Ines: moet ik dat intypen?", [("password", "Vrl_8812kq")]),
    ],
)
def test_values_confirmed_or_typed_next_to_them_are_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # hashtags stay: letters, digits and underscores only
        "nog steeds geen internet #storing2024 #Proximus klopt dat?",
        # a model after a brand and an article, while telling the trouble
        "can't sign in on the LG OLED55C3, it just spins",
        "kan niet inloggen op mijn Samsung QE55Q80B sinds de update",
        # a reference or a version before "klopt toch?", a year before a PIN cue
        "ordernummer 12345678 klopt dat?",
        "versie 4.5.6 klopt toch?",
        "2024 is the year my pin changed",
        # a reference on the line above a line that says what was received
        "order ORD77120934\nordered 3 items, only got 2",
    ],
)
def test_hashtags_models_and_references_near_these_habits_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a login and a slash, its password whatever its shape
        (
            "Temporary accounts for the new staff:\nuser 1: pjanssens4 / lenteregen\n"
            "user 2: k.deboer / bakker1977",
            [
                ("password", "bakker1977"),
                ("password", "lenteregen"),
                ("username", "k.deboer"),
                ("username", "pjanssens4"),
            ],
        ),
    ],
)
def test_the_word_after_a_login_and_a_slash_is_its_password(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # an identifier and its label near login talk: no login, no password, no wifi key
        "SSO login keeps failing, correlation-id 7f3a9c21-55b0-4e0e-9d11-0a2b3c4d5e6f",
        "login werkt niet, trace-id 88a1c-77f0 en meer weet ik niet",
        "la connexion échoue, id de requête 00-8f7e6d5c4b3a29181716151413121110-aa11bb22cc33dd44-01",
        "ik kan niet inloggen, de hash is 4be7c0d19a2f volgens de app",
        "cannot log in to the portal, sha256 of the installer: 9c2f7a81be",
        # a model after a brand written with inner capitals or in capitals
        "Router is a Ubiquiti UniFi U6-Pro, the wifi password is on the sticker",
        "mijn modem is een ASUS RT6-AX58, de wifi code staat eronder",
    ],
)
def test_identifiers_and_models_near_login_and_wifi_talk_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # six digits received, with no cue: the code sent
        ("J'AI REÇU 604918 C'EST NORMAL? JE N'AI RIEN DEMANDÉ", [("otp", "604918")]),
        ("ik kreeg 771 203 binnen, is dat van jullie?", [("otp", "771 203")]),
        ("just got 550193, didn't ask for anything", [("otp", "550193")]),
        # how often it was typed stands between the value and its verb
        ("de wifi valt weg. Ik heb Q8TRW6ZP2M wel 3x ingetypt", [("wifi_key", "Q8TRW6ZP2M")]),
        ("wifi drops all the time, I have Hx7!pLm29q typed in twice now", [("wifi_key", "Hx7!pLm29q")]),
        # a gamer tag and its password after a sentence, confirmed on their line
        (
            "al betaald in maart. DarkWolfXx / wolfje!88Q klopt toch??",
            [("password", "wolfje!88Q"), ("username", "DarkWolfXx")],
        ),
    ],
)
def test_received_typed_and_confirmed_values_are_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a service's name before the slash is no login; numbers received that are amounts or references
        "login not working. Netflix / Disney both fine though",
        "j'ai reçu 2 colis, numéro 60491812 c'est normal?",
        "ik kreeg 12,50 euro terug",
    ],
)
def test_service_names_and_amounts_near_these_habits_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password, a joint, then its login's cue
        (
            "reset it like you said. new one is otter&Mill72 and the user is k.simmons8",
            [("password", "otter&Mill72"), ("username", "k.simmons8")],
        ),
        (
            "ik heb hem veranderd: Tulp#2020 en de gebruikersnaam is jan88",
            [("password", "Tulp#2020"), ("username", "jan88")],
        ),
        (
            "c'est Soleil!44, et l'identifiant c'est m.dupont7",
            [("password", "Soleil!44"), ("username", "m.dupont7")],
        ),
    ],
)
def test_a_password_before_its_logins_cue_is_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a version, a reference or a word before "and the username …"
        "app version 4.5.2 and the username field stays empty",
        "order ORD12345678 and my username is still not accepted",
        "I updated yesterday and the user menu is gone",
    ],
)
def test_references_before_a_logins_cue_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second code joined to one found, as many digits: the same kind
        ("SIM locked after three tries. I tried 1234 and 0000", [("pin", "0000"), ("pin", "1234")]),
        ("sim geblokkeerd na 3 pogingen, ik heb 4471 en 0852 geprobeerd", [("pin", "0852"), ("pin", "4471")]),
    ],
)
def test_codes_joined_to_a_code_found_are_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # the number after the joint goes on into its own sentence, or is an amount
        "my pin 1234 worked and 2024 was a good year for the bank",
        "pincode 4471 en 12 euro kosten",
    ],
)
def test_numbers_after_a_code_that_are_no_code_stay_untouched(text: str) -> None:
    assert [pair for pair in _secrets(text) if pair[1] not in ("1234", "4471")] == []


@pytest.mark.parametrize(
    "text",
    [
        # amounts with their currency after or before, near typing and telling
        "Tried paying the 41.75 GBP with my debit card and it failed",
        "ik heb 19.99 EUR betaald maar mijn pincode werd niet gevraagd",
        "my bill for March, it's 32.50 USD more than usual",
        # a terminal's or a shop's number, a receipt's number, a card's last digits
        "this morning our card reader (Lane/3000, terminal ID 7712 0045) keeps saying incorrect PIN",
        "betaalterminal weigert, terminal-ID 66120934, foutcode E-12",
        "machine says incorrect PIN. Card ends in 4417.",
        "pincode geweigerd in de winkel, bonnummer KB4471209 van 4 maart",
        # a fault's code said twice
        "error code code 6703 when I try to enter the SIM PIN",
        # a number's name and an agent's signature
        "Toeslagen vraagt mijn gegevens. Mijn BSN-nummer: 123456782",
        "kies wel een nieuw wachtwoord. ^Marieke",
    ],
)
def test_amounts_identifiers_and_labels_near_credential_talk_stay_untouched(text: str) -> None:
    assert _secrets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic cue ending its sentence ("mon code.", "de code??") names no kind: the specific one does
        (
            "itsme me demande mon code. J'ai tapé 5521, c'est bien mon code pin, mais refusé",
            [("pin", "5521")],
        ),
        ("the app asks for my code. I typed 7730, that's my pin right?", [("pin", "7730")]),
        # a code received where a code is asked about
        ("[09:10] Noor: ik kreeg 4417 binnen, is dat de code??", [("otp", "4417")]),
        ("just received 8802 by text, is that the code?", [("otp", "8802")]),
    ],
)
def test_the_kind_of_a_typed_or_received_code_comes_from_the_specific_cue(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code that came, and another one after it
        (
            "na opnieuw versturen kwam er 553120 en nog een 118734. Welke is het?",
            [("otp", "118734"), ("otp", "553120")],
        ),
        (
            "ik drukte op opnieuw, toen kwam er 440912 en dan 773105",
            [("otp", "440912"), ("otp", "773105")],
        ),
        # "i.e." hands the value over
        (
            "I forgot my password, i.e. Bramble#2019, and now the account is locked",
            [("password", "Bramble#2019")],
        ),
    ],
)
def test_codes_that_came_and_values_handed_over_are_scrubbed(text: str, expected: list) -> None:
    assert _secrets(text) == sorted(expected)
