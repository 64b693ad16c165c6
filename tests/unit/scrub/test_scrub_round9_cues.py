"""Values after cue words, round 9 (webcare.scrub.cues, credentials and the modules they read): members'
numbers by the club's or the mutuality's word, cues typed without their accents, the wifi glued to a
password's short form, and look-alikes that stay untouched. Every example is invented (not taken from a
corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mutuality's, the club's or the loyalty scheme's word for a member's number
        ("Voor de terugbetaling: ledennummer 7731-204, graag snel.", [("customer_number", "7731-204")]),
        ("Mijn lidnr. is M-4401927 sinds vorig jaar", [("customer_number", "M-4401927")]),
        ("Bonjour, numéro de membre : 10293847, merci", [("customer_number", "10293847")]),
        ("mon n° d'affilié 512-3380914 à la mutualité", [("customer_number", "512-3380914")]),
        ("numero d'adherent AD55012 svp", [("customer_number", "AD55012")]),
        ("gym won't let me in, member # GX8830021", [("customer_number", "GX8830021")]),
        ("Member no: 44018273 — please check", [("customer_number", "44018273")]),
        # a client named with a letter-prefixed number, and an account filed under its number
        ("Le dossier suit ? Client « K-7720134 », merci", [("customer_number", "K-7720134")]),
        ("the account under 88120457 still shows the old tariff", [("customer_number", "88120457")]),
        ("het account onder 5520-1189-03 staat nog op mijn ex", [("customer_number", "5520-1189-03")]),
    ],
)
def test_a_members_number_is_a_customer_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we have 3 members now, member since 2019",  # no number after the noun
        "the account under review since 12 March",  # under a word, not a number
        "het account onder mijn naam is opgezegd",
        "le service client 078 15 15 15 ne répond pas",  # the company's line, not a client's number
        "Cette étiquette est abîmée, l'etiquette du colis aussi",  # 'etiquette' is no wifi sticker
    ],
)
def test_members_and_labels_without_a_number_stay(text: str) -> None:
    assert not [kind for kind, _ in _found(text) if kind in ("customer_number", "wifi_key")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French cues typed without their accents, or with some of them
        ("la cle de securite du reseau c'est Pomme-Rouge-42", [("wifi_key", "Pomme-Rouge-42")]),
        ("clé de securite du réseau : tartine77Beurre", [("wifi_key", "tartine77Beurre")]),
        ("numero de membre 3320176, merci de verifier", [("customer_number", "3320176")]),
        ("code de verification recu : 558120", [("otp", "558120")]),
        # the wifi glued to a password's short form, either order
        ("Wifiww Zonnebloem#88 werkt niet op de tv", [("wifi_key", "Zonnebloem#88")]),
        ("wifi-pw: Kastanje2021", [("wifi_key", "Kastanje2021")]),
        ("le mdp wifi c'est Gaufre_Liege9", [("wifi_key", "Gaufre_Liege9")]),
        ("WIFI PW IS Hammock55Z", [("wifi_key", "Hammock55Z")]),
    ],
)
def test_cues_without_accents_and_glued_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value the next cue points back at is that cue's, not the one before it
        ("mijn pincode is 4471 en 12345678 is de puk", [("pin", "4471"), ("puk", "12345678")]),
        ("my sim pin 2231 and 77120934 is the PUK, still locked", [("pin", "2231"), ("puk", "77120934")]),
        ("code pin : 9032 et 44019876 c'est le code PUK", [("pin", "9032"), ("puk", "44019876")]),
        ("Wrong PIN three times. 61230045 is the PUK on the holder", [("puk", "61230045")]),
        # a value typed in as the code the reader answers
        ("tik mijn pincode en daarna tik ik 4417-0392 in als responscode", [("otp", "4417-0392")]),
        ("ik heb 5520 1183 ingegeven als antwoordcode", [("otp", "5520 1183")]),
        ("j'encode ma carte puis 70311264 comme code de réponse", [("otp", "70311264")]),
        ("le lecteur me donne 8802-1173 et la banque refuse", [("otp", "8802-1173")]),
        # a word of insisting between the copula and the cue
        ("J'ai tapé 3307, c'est bien mon code pin.", [("pin", "3307")]),
        ("ik typ 9184, dat is echt mijn pincode", [("pin", "9184")]),
    ],
)
def test_a_value_belongs_to_the_cue_pointing_back_at_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pincode 4471 is mijn code",  # a plain 'code' claims nothing from the PIN cue before it
        "mon lecteur DVD Sony de 2019 ne lit plus rien",  # a media player, not a card reader
        "le lecteur Blu-ray BDP-S1700 affiche E 203",
    ],
)
def test_plain_codes_and_other_readers_claim_nothing(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("puk", "otp")] == []


@pytest.mark.parametrize(
    "text",
    [
        "docs at bit.ly/x4TBdKR say that's correct",
        "Meer info op youtu.be/Qs9v38x of lnkd.in/eK3mZp2",
        "voir tinyurl.com/Ab3xY9Lq pour la panne",
    ],
)
def test_a_short_link_is_no_login_pair(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("username", "password")] == []


def test_a_login_pair_with_a_slash_is_still_read() -> None:
    assert _found("inlog: jvermeulen.88 / Kapstok#2024") == [
        ("password", "Kapstok#2024"),
        ("username", "jvermeulen.88"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the secret named, then given as 'it', 'the new one', 'the full thing' a clause later
        (
            "mijn wachtwoord werkt niet meer, ik heb het ingesteld op Zeehond!42 gisteren",
            [("password", "Zeehond!42")],
        ),
        ("le mot de passe ne marche pas, je l'ai mis à Crevette88 hier", [("password", "Crevette88")]),
        ("pincode vergeten. de nieuwe is 4471 denk ik", [("pin", "4471")]),
        (
            "she reset the password and now says it's either Lantern#27 or Qx9vPl2mZ, who knows",
            [("password", "Lantern#27"), ("password", "Qx9vPl2mZ")],
        ),
        # a cue that asks for a word takes a plain word
        ("the bank wants my secret word, I set it as marmalade months ago", [("password", "marmalade")]),
        ("memorable information keeps failing. the full thing is hedgehog", [("password", "hedgehog")]),
        # what the code opens, between 'my' and the cue
        ("2208 is my account pin, the app still says wrong", [("pin", "2208")]),
        ("6140 is mijn bank pincode hoor", [("pin", "6140")]),
        # a password right after a username belongs to that login, whatever network was named before
        (
            "can't get on Nexplay Network. account name ruben.k, wachtwoord Kraan?Hout51",
            [("password", "Kraan?Hout51"), ("username", "ruben.k")],
        ),
    ],
)
def test_a_secret_given_as_it_or_the_new_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I changed my password yesterday and the new one is working fine now",
        "wachtwoord vergeten, de nieuwe is onderweg",
        "forgot my password, I set it as default browser login",
        "the password reset mail, it's either spam or lost",
        "ik ben mijn wachtwoord kwijt en heb het ingesteld op automatisch invullen",
        "mon mot de passe, je l'ai mis à jour hier",
        "we have 2 sim pin codes in the drawer",
    ],
)
def test_plain_words_after_it_or_the_new_one_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("password", "pin")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a code the customer describes by its length is known by heart: a PIN
        ("itsme weigert. Mijn code van 5 cijfers is 20417, klopt zeker", [("pin", "20417")]),
        ("mon code à 4 chiffres c'est 8812 et ça bloque", [("pin", "8812")]),
        # 'pas' right after a username is the password's short name
        (
            "user lmertens pas Fiets.Kaas.19 werkt niet",
            [("password", "Fiets.Kaas.19"), ("username", "lmertens")],
        ),
        # a key typed over from the sticker named after it
        ("Ik typ Kw9pLmX2rT over van de sticker en de wifi weigert", [("wifi_key", "Kw9pLmX2rT")]),
        ("I copied 7hQm2kPx9W off the sticker on the router, no luck", [("wifi_key", "7hQm2kPx9W")]),
        # a network's name after 'of the network' is passed over; its key follows the copula
        ("Sleutel van 't netwerk Telonet-7A2C is mq82ltz0pw6vbn3k", [("wifi_key", "mq82ltz0pw6vbn3k")]),
        ("la clé du réseau Proxi-55A1 est Gaufre!2024", [("wifi_key", "Gaufre!2024")]),
    ],
)
def test_codes_described_typed_over_or_named_after_their_network(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "je krijgt een code van 6 cijfers per sms",  # sent, and no value
        "user jan pas op, want de site ligt plat",  # 'pas op': watch out
        "mijn tv vindt het netwerk WiFi-Proxi-90 niet",  # 'wifi' glued to a network's name
        "réseau WIFI_Telonet_5G introuvable depuis hier",
        "I typed the address over from the sticker on the parcel",  # no wifi, no key
    ],
)
def test_names_and_warnings_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("pin", "otp", "password", "wifi_key")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password that starts with '#', after ':' or 'is', or as the second half of a pair
        ("ww is #Zomer2024, werkt niet", [("password", "#Zomer2024")]),
        ("mot de passe : #Gaufre-Liege77", [("password", "#Gaufre-Liege77")]),
        ("lvdb1988 / #Tulpen.Veld42 klopt dat?", [("password", "#Tulpen.Veld42"), ("username", "lvdb1988")]),
        # a code received, told without naming it, in capitals or not
        ("J'AI REÇU 448120 C'EST BIEN ÇA?", [("otp", "448120")]),
        ("jai reçu 551 902 cest normal ?", [("otp", "551 902")]),
        # a code with a letter and a digit before its dash, told with a copula
        ("le code c'est T4-5581 pour valider", [("otp", "T4-5581")]),
        # 'my code' of four digits next to a card is its PIN (its back not named)
        ("Carte refusée, j'ai tapé mon code 3319 deux fois", [("pin", "3319")]),
    ],
)
def test_hashtag_passwords_received_codes_and_my_card_code(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "wachtwoord werkt niet #storing #KPN",  # topics, not passwords
        "my password doesn't work #fail",
        "password reset failed again #Outage2024",  # no ':' or 'is' before it
        "j'ai reçu 3 colis et la facture",
        "j'ai reçu le colis 445120 hier",  # a parcel's number
        "j'ai reçu la facture 2024-0012",
        "la box affiche le code d'erreur E5-7326",  # an error on a screen
        "de app zegt code is E5-7326",
    ],
)
def test_topics_parcels_and_errors_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("password", "otp", "pin")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any login name beside ' / ' and a password no sentence writes
        (
            "dvermeer / koffie.tafel.88\nwerkt niet",
            [("password", "koffie.tafel.88"), ("username", "dvermeer")],
        ),
        ("QuietStormXx / pL9%wQ2kZm8r klopt?", [("password", "pL9%wQ2kZm8r"), ("username", "QuietStormXx")]),
        # a pair alone on its line, joined by a colon
        (
            "Subject: help\n\nmarieke77:tulp2020!\nhet lukt niet",
            [("password", "tulp2020!"), ("username", "marieke77")],
        ),
        # at a clause's start, the login name, then 'with' and the password cue
        (
            "mailbox werkt niet: jdewit met wachtwoord Lente!2024",
            [("password", "Lente!2024"), ("username", "jdewit")],
        ),
        ("SFTP fails, pbakker with password Kr00k#71", [("password", "Kr00k#71"), ("username", "pbakker")]),
    ],
)
def test_login_pairs_without_cues_of_their_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "iPhone / iOS17.2.1 update broke it",  # a device and its version
        "firmware / version.2.3.44b",
        "Time: 10:30\nError:E5-1234",  # labels and values, no pair
        "ik wil inloggen met wachtwoord vergeten-link",  # a verb before 'met'
        "Rotterdam / Amsterdam zijn allebei druk",
    ],
)
def test_devices_versions_and_labels_are_no_pairs(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("username", "password")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next sentence points back at the number: "that is my code"
        ("De automaat weigert, ik typ 3318. Dat is toch altijd mijn code geweest", [("pin", "3318")]),
        ("j'ai tapé 2231. C'est mon code depuis toujours", [("pin", "2231")]),
        # after a key, another box of the network starts a new item
        ("Password kq77mzpx2041, hub Nighthawk RAX50", [("password", "kq77mzpx2041")]),
        ("wifi key X7pL9qW2zR en de repeater is een Deco X20", [("wifi_key", "X7pL9qW2zR")]),
    ],
)
def test_values_pointed_back_at_and_boxes_after_a_key(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order 5750. My code doesn't work",  # a reference, not pointed back at
        "Ticket 5750. That is my code question",
        "Factuur 2024. Dat is mijn code niet",
    ],
)
def test_references_before_a_sentence_about_my_code_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("pin", "otp")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash or question marks between a value and the sentence pointing back at it
        ("K-418820 - dat is de code die ik kreeg, vervallen zegt hij", [("otp", "K-418820")]),
        ("7712?? dat is toch gewoon mijn pincode", [("pin", "7712")]),
        # Dutch puts the verb last: the secret 'staat op' or was 'op X gezet'
        (
            "paswoord opnieuw gereset. Nu staat het op Vlinder*22 en nog steeds fout",
            [("password", "Vlinder*22")],
        ),
        ("Het wachtwoord hebben we tijdelijk op Kroket55M gezet.", [("password", "Kroket55M")]),
        # a four-digit code whose own clause says it was sent
        ("code 8812 staat in mijn sms maar de kassa zegt ongeldig", [("otp", "8812")]),
        ("code 4410 came by text but fails", [("otp", "4410")]),
    ],
)
def test_values_after_a_dash_set_last_or_sent_in_their_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "wachtwoord vergeten, staat nu op de brief",  # a thing, not a value
        "code 2024 staat in de brief",  # a letter, not a text message
        "I changed my password and the new one is working fine now",
    ],
)
def test_letters_and_plain_words_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("password", "otp", "pin")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash between the username and the password cue, an article after 'with'
        (
            "Daar heb ik naam: kvos1972 — ww: tulp-kaas-33 ingevuld",
            [("password", "tulp-kaas-33"), ("username", "kvos1972")],
        ),
        (
            "Un seul compte : marie.dupont avec le mot de passe Gaufre!77 pour tous",
            [("password", "Gaufre!77"), ("username", "marie.dupont")],
        ),
        # a label after a login cue is no username
        (
            "Ingelogd met naam: pjansen82 — ww: Fietsbel9 en toen",
            [("password", "Fietsbel9"), ("username", "pjansen82")],
        ),
        # a line labelled as a login holds a pair, plain password or not
        ("user 2: jsmith97 / shadow52", [("password", "shadow52"), ("username", "jsmith97")]),
        # a login named as 'my account', and digits dictated one by one after a login code cue
        ("net binnengekregen. wout_peeters77 is mijn account", [("username", "wout_peeters77")]),
        ("inlogcode 4 8 1 2 0 9 werkt niet", [("otp", "4 8 1 2 0 9")]),
    ],
)
def test_login_names_by_dash_label_line_and_account(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "model: A54 / 128gb",  # a phone and its memory
        "Dit is mijn account",
        "Jan is my account manager",
        "version v3.2, my wachtwoord is weg",  # a version before a comma and 'my'
    ],
)
def test_models_and_versions_are_no_logins(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("username", "password")] == []


@pytest.mark.parametrize(
    "text",
    [
        "mijn bankkaart wordt geweigerd met code 404. bankkaart 4357 9188 0466 9673",
        "carte refusée avec le code 402, carte 4357 9188 0466 9673",
        "port 465, code 401 Unauthorized when the card form posts",
    ],
)
def test_a_code_that_refused_or_an_http_status_is_no_cvv(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind == "cvv"] == []


def test_a_code_beside_a_card_is_still_its_cvv() -> None:
    assert ("cvv", "123") in _found("kaart 4357 9188 0466 9673, code 123")
