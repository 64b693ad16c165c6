"""Round 11 (blind17/blind18 development halves): habits of writers who write in a language not their own
and of young customers on social channels. Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the password of my debit card is 7702, it keeps saying wrong", [("pin", "7702")]),
        ("het wachtwoord van mijn pinpas is 3318 groetjes", [("pin", "3318")]),
        ("le mot de passe de ma carte bancaire 6620. merci", [("pin", "6620")]),
        ("the code of my bank card is 58213 now", [("pin", "58213")]),
        # a password of a card that is no PIN's digits stays a password
        ("the password of my debit card app is Winter#2031", [("password", "Winter#2031")]),
    ],
)
def test_a_cards_password_told_as_digits_is_its_pin(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hulp aub, puk code van de pin 61204478", [("puk", "61204478")]),
        ("need the PUK for my SIM PIN 20417735 does not work", [("puk", "20417735")]),
        ("the pin unlock code on the card reads 55018342", [("puk", "55018342")]),
        ("pincode (4 cijfers) 8841 klopt niet", [("pin", "8841")]),
        ("my pin (5 digits) 40417 was refused", [("pin", "40417")]),
        ("code de vérification (6 chiffres) 774 120", [("otp", "774 120")]),
    ],
)
def test_what_names_the_code_types_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("betaald met creditkaart4916338506082832 maar geweigerd", [("card", "4916338506082832")]),
        ("mijn cardno4916 3385 0608 2832 werkt niet", [("card", "4916 3385 0608 2832")]),
        ("visakaart4916-3385-0608-2832 geblokkeerd", [("card", "4916-3385-0608-2832")]),
        ("amexcard3714-496353-98431 declined", [("card", "3714-496353-98431")]),
        ("een code ontvangen\ncreditkaart4916 33850608 2832", [("card", "4916 33850608 2832")]),
        ("help with my account\ncardno4916  3385  0608  2832", [("card", "4916  3385  0608  2832")]),
        # letters glued to digits that are no card's
        ("ordernr4916338506082833 is onderweg", []),
        ("artikel8712345678906", []),
    ],
)
def test_a_card_number_glued_to_the_word_card(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-time code cue before a card with groups apart: the groups are the card's, not codes
        (
            "code de vérification 771 208, carte 4916  3385  0608  2832",
            [("card", "4916  3385  0608  2832"), ("otp", "771 208")],
        ),
    ],
)
def test_a_cards_groups_are_no_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trein 8812 op 14-03, pincode automaat weigert", []),
        ("flight BA2291 on 03/11/2026, card pin keeps failing", []),
        ("the login code never came, tried 12 times", []),
        ("wifi key fe82c1d9aa and I only get 300mbps", [("wifi_key", "fe82c1d9aa")]),
        ("wifi wachtwoord Bloem!77 en ik haal maar 8 GB", [("wifi_key", "Bloem!77")]),
        ("reset your password in the app (v5.2.1 or newer) please", []),
        ("I rang 0900 4412 at 10.42pm and my pin 5521 still fails", [("pin", "5521")]),
        ("my pin failed at gate 214 again", []),
        ("pin refused, app version build 2025.31", []),
        ("clé wifi Papillon#31 - vol KL1822 annulé", [("wifi_key", "Papillon#31")]),
        ("wifi code? ask @BoxHelpNL", []),
    ],
)
def test_what_only_looks_like_a_value_beside_credential_talk(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my passw is literally Tr0mpet%99 and now it says wrong", [("password", "Tr0mpet%99")]),
        ("pinn 6631 three times wrong now", [("pin", "6631")]),
        ("pinis7720 maar de automaat zegt fout", [("pin", "7720")]),
        ("mijn pincode gsm 5519, help", [("pin", "5519")]),
        ("de pin sim 2088 werkt niet meer", [("pin", "2088")]),
        # words that end in "is" or a doubled letter stay words
        ("kiwis and apples, coffee please", []),
    ],
)
def test_short_cues_typed_in_a_hurry(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "kan niet inloggen. Hond!Kat77 is mijn ww en de wifi code is 8fq2mz61pl",
            [("password", "Hond!Kat77"), ("wifi_key", "8fq2mz61pl")],
        ),
        (
            "PASSWORD IS Veld#27k WHY LOCKED, wifi password is Rx81TkaaWpq",
            [("password", "Veld#27k"), ("wifi_key", "Rx81TkaaWpq")],
        ),
        # the wifi named after the cue as the password's owner still makes it the wifi's key
        ("het wachtwoord Bloem!77 van de wifi werkt niet", [("wifi_key", "Bloem!77")]),
        (
            'je schreef: "wifi wachtwoord KQ7XPL22MMW, mijn ip adres 2a02:a458:ab55:9ce4::1"',
            [("ip_address", "2a02:a458:ab55:9ce4::1"), ("wifi_key", "KQ7XPL22MMW")],
        ),
    ],
)
def test_a_wifi_word_with_its_own_key_owns_no_other_password(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "foutmelding bij inloggen, NachtUil#4410 vogel2009! klopt toch??",
            [("password", "vogel2009!"), ("username", "NachtUil#4410")],
        ),
        (
            "depuis la maj 4.2.1, lune.claire 🌙 et Soleil!88 c ce que je tape",
            [("password", "Soleil!88"), ("username", "lune.claire")],
        ),
        (
            "i log in with mark_oost and Hallo#2020 thats what i type",
            [("password", "Hallo#2020"), ("username", "mark_oost")],
        ),
        ("compte jdurand71 😬 mdp=Tigre!44", [("password", "Tigre!44"), ("username", "jdurand71")]),
        ("acc: frost_byte99 ✨ pw=koekje7781", [("password", "koekje7781"), ("username", "frost_byte99")]),
        # what someone types that is no login pair
        ("c'est ce que je tape depuis 2019 et rien", []),
    ],
)
def test_login_pairs_written_with_emoji_tags_and_what_i_type(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "simkaart geblokkeerd\n\nmijn gsm: 0498776120",
            [("phone", "0498776120")],
        ),
        (
            "error when entering my pin\nI live at 4410 Birch Dr, Dayton, OH 45402\n\nthanks",
            [("address", "4410 Birch Dr, Dayton, OH 45402")],
        ),
        ("kaart **** 2660 puk is 40128817 40128817", [("puk", "40128817"), ("puk", "40128817")]),
        ("al de hele dag bezig code:K-553108ok", [("otp", "K-553108")]),
        ("@HelpDesk code:771045ok gebeld naar 0900", [("otp", "771045")]),
        # the PUK of a phone named before it stays a PUK
        ("the puk for my phone 77120954 doesn't work", [("puk", "77120954")]),
    ],
)
def test_a_value_that_is_part_of_a_longer_one_or_glued_to_a_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the wifi key on the sticker says Hr7kWq02mzp", [("wifi_key", "Hr7kWq02mzp")]),
        ("network key says Lamp!Post88", [("wifi_key", "Lamp!Post88")]),
        ("Quel est le code reçu par SMS ?\nvoilà 552108. merci d'avance", [("otp", "552108")]),
        ("Pouvez-vous me donner le code reçu par SMS ?\nvoila 41822", [("otp", "41822")]),
        ("hallo\n4471\n\nthats the pin you asked", [("pin", "4471")]),
        ("ok\nKoffie#19\ndat is het wachtwoord", [("password", "Koffie#19")]),
        ("de puk 55120387\nsorry 55120378 moet het zijn", [("puk", "55120378"), ("puk", "55120387")]),
        # a line that points back at something that is no value
        ("hey\n2024\n\nthats the year I opened it, my pin still fails", []),
        ("the wifi password says incorrect every time", []),
    ],
)
def test_values_told_beside_their_name_in_other_ways(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mon code ne marche pas (commande n° 58734343)",
        "verificatiecode? commande n° 6836253",
        "mijn pincode werkt niet sinds index 63298",
        "sms code komt niet aan, stand 43462",
        "sms code komt niet aan, facture 62796932",
        "login lukt niet: case CS-5336390",
        "wifi wachtwoord klopt niet na 3SABC1954877050",
        "my password reset fails, parcel 1Z999AA10123456784",
        "2026-09-06T08:40:23Z INFO auth failed, wachtwoord reset",
        "Zaaknummer: INC2113823\nwachtwoord werkt niet",
    ],
)
def test_a_reference_reading_or_parcel_named_beside_credential_talk_is_no_credential(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind not in ("customer_number",)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn pinpas doet raar. ik tik 5820 in en hij zegt fout", [("pin", "5820")]),
        ("mijn bankpas werkt niet, ik toets 7731 in", [("pin", "7731")]),
        ("Card declined at the ATM. I keyed in 6604 twice", [("pin", "6604")]),
        (
            "ik probeer in te loggen bij de app. ik heb 318204 ontvangen maar hij werkt niet",
            [("otp", "318204")],
        ),
        (
            "can't log into my account. I even reset it to Lamp!Post42 and still nothing",
            [("password", "Lamp!Post42")],
        ),
        ("kan niet inloggen. ik heb hem veranderd naar Koffie#19 gisteren", [("password", "Koffie#19")]),
        # what else gets changed is no password
        ("I changed my plan to Unlimited5G last week", []),
        ("kan niet inloggen sinds ik de netwerknaam veranderd naar HuisNet_5G heb", []),
    ],
)
def test_a_value_told_by_what_was_done_with_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wifi wachtwoord: 'fiets boom 42'", [("wifi_key", "fiets boom 42")]),
        (
            'mijn wachtwoord is "paard batterij nietje 7" maar werkt niet',
            [("password", "paard batterij nietje 7")],
        ),
        ("gebruikersnaam: @jvdberg_88", [("username", "@jvdberg_88")]),
        # a quoted message or label is no passphrase
        ("wachtwoord wijzigen lukt niet: 'wachtwoord moet minimaal 12 tekens bevatten'", []),
        ("the wifi key is under your router (the 'WPA key' line)", []),
    ],
)
def test_a_passphrase_in_quotes_and_a_handle_as_username(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welkom!55 <- wachtwoord maar werkt niet", [("password", "Welkom!55")]),
        ("6711 klopt dat als pincode?", [("pin", "6711")]),
        ("Zonnig!88 was mijn oude ww maar werkt niet", [("password", "Zonnig!88")]),
        ("hoi, 7244 is mijn pin", [("pin", "7244")]),
        ("Tulp#42kaas (wachtwoord).", [("password", "Tulp#42kaas")]),
        ("4417\n^ pincode", [("pin", "4417")]),
        # a number that opens the line before a name that is no credential
        ("2024 was mijn oude abonnement", []),
    ],
)
def test_a_value_before_its_name_after_a_sign_or_a_doubt(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dit kreeg ik:\nGebruik 656459 om in te loggen bij Brand.", [("otp", "656459")]),
        ("Use 781121 to verify your account", [("otp", "781121")]),
        ("dit kreeg ik:\nG-637498 is je Google-verificatiecode.", [("otp", "G-637498")]),
        ("Utilisez 552018 pour vous connecter", [("otp", "552018")]),
        # a number used for something else
        ("Gebruik 2 tabletten om in te slapen", []),
    ],
)
def test_a_pasted_text_that_says_what_its_code_is_for(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_chat_speakers_name_is_no_value() -> None:
    text = "[14:01] Klant: ik kreeg 128443 puis 560451\n[14:03] Etalage24: Utilisez le second code"
    assert ("password", "Etalage24") not in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de sim is geblokkeerd, code op het kaartje 74908833", [("puk", "74908833")]),
        ("simkaart geblokkeerd. de code van 8 cijfers 55120387", [("puk", "55120387")]),
        ("code van de simkaart 4417 werkt niet", [("pin", "4417")]),
        ("mijn telefoon vraagt een code, ik vul 5521 in", [("pin", "5521")]),
        ("the sim asks for a code, I put 7730", [("pin", "7730")]),
        ("PUK unlock code 61203387 doesn't work, my iPhone says locked", [("puk", "61203387")]),
        ("la sim demande le PUK.\ncode de confirmation S-888181", [("otp", "S-888181")]),
        # a code sent or read stays one
        ("sim werkt, de code à usage unique 720973 is refusé", [("otp", "720973")]),
    ],
)
def test_a_code_where_a_sim_is_blocked_or_asks_is_its_puk_or_pin(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the api token they gave me is 5ef1b70444153a371e81ad7f03a0937e622667ac", "token"),
        ("API-token: f133574cbf0e357ad16ba46b2ad0e507ef92a011", "token"),
        ("api key: f133574cbf0e357ad16ba46b2ad0e507", "api_key"),
    ],
)
def test_a_machine_value_after_a_token_is_a_token_after_a_key_an_api_key(text: str, expected: str) -> None:
    assert [kind for kind, _ in _found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn wachtwoord is Wachtwoord123", [("password", "Wachtwoord123")]),
        ("password: Password1!", [("password", "Password1!")]),
        ("my password is password123 lol", [("password", "password123")]),
        ("password: Password!23", [("password", "Password!23")]),
        # a cue with sentence punctuation after it is still a cue
        ("maar wat is de WPA-sleutel? Hij schreef iets op", []),
        ("mijn wachtwoord is wachtwoord vergeten", []),
    ],
)
def test_a_password_made_from_the_word_password(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HOI, MIJN GEBRUIKERSNAAM IS JDEVRIES84 EN WACHTWOORD ZOMER2024",
            [("password", "ZOMER2024"), ("username", "JDEVRIES84")],
        ),
        ("USERNAME IS AHMED.ELK THX", [("username", "AHMED.ELK")]),
        ("@BRAND K_JANSSEN IS MIJN GEBRUIKERSNAAM!!", [("username", "K_JANSSEN")]),
        # capitals that are no value stay, shouted or not
        ("LOGIN LUKT NIET: ERROR ERR_439", []),
        ("LOGIN LUKT NIET: VLUCHT BA2461", []),
    ],
)
def test_a_message_typed_in_capitals_is_read_like_any_other(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TomVos1990 en Welkom!23 werken niet", [("password", "Welkom!23"), ("username", "TomVos1990")]),
        (
            "I use a.vos@live.nl and Rx7!kq2LmZ to log in",
            [("email", "a.vos@live.nl"), ("password", "Rx7!kq2LmZ")],
        ),
        ("inloggegevens k_janssen - Rx7!kq2LmZ", [("password", "Rx7!kq2LmZ"), ("username", "k_janssen")]),
        ("log in as PIETJE22 with password hondje12", [("password", "hondje12"), ("username", "PIETJE22")]),
        ("PIETJE22 (wachtwoord Tulp#88kaas)", [("password", "Tulp#88kaas"), ("username", "PIETJE22")]),
        # capitals and digits named as a code are no username
        ("actiecode GRATIS671, wachtwoord -> Julia.1988", [("password", "Julia.1988")]),
    ],
)
def test_login_pairs_joined_by_and_a_dash_or_a_bracket(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ww 123456 maar het werkt niet", [("password", "123456")]),
        ("mijn pw 12345678 klopt niet", [("password", "12345678")]),
        # a year after a password cue is no password
        ("password 2024 changed twice", []),
    ],
)
def test_a_number_right_after_a_password_cue_is_the_password(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sms code: 482913✅", [("otp", "482913")]),
        ("password: hondje12🙏", [("password", "hondje12")]),
        # a masked value is what the screen shows
        ("under password is ●●●●●●●● how do I see what it is", []),
    ],
)
def test_an_emoji_typed_onto_a_value_is_not_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de wifi valt weg. Ik heb aangemeld op de modem met root / zand-vlieger-42 en het kanaal gezet",
            [("password", "zand-vlieger-42"), ("username", "root")],
        ),
        (
            "je suis connecté au modem avec admin / mouette20 et j'ai changé",
            [("password", "mouette20"), ("username", "admin")],
        ),
    ],
)
def test_a_box_logged_into_with_its_admin_account_gives_its_login(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour, numéro de commerçant 8958813, le terminal refuse", [("customer_number", "8958813")]),
        ("Acceptantnummer 549028139, de terminal doet raar", [("customer_number", "549028139")]),
        ("Identifiant marchand KG-4481522.", [("customer_number", "KG-4481522")]),
        ("I changed the password on our family account to Lente#07 yesterday", [("password", "Lente#07")]),
    ],
)
def test_a_shops_number_and_a_password_set_for_an_account(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_key_told_in_a_later_chat_turn_after_the_network_name() -> None:
    text = (
        "[18:35] Helpdesk: Heb je de netwerknaam en het wachtwoord geprobeerd dat op de achterkant van het "
        "modem staat?\n[18:36] Joost: ja\n[18:37] Joost: Buurnet-4F2C\n[18:40] Joost: sleutel KH82QXP7WZ\n"
        "[18:43] Helpdesk: Dank je."
    )
    assert _found(text) == [("wifi_key", "KH82QXP7WZ")]


@pytest.mark.parametrize(
    "text",
    [
        "ik kan niet inloggen, referentie 145b6096c04e842ea526e6bfe2482423 groet",
        "Error 500 (request 3e3b60c17b82e01fffe8e0192b95b90c) when I log in",
        "my api key stopped working, charge id ch_MpGFBCXqydektTipZbcC3Ty8",
        "wachtwoord reset faalt: payment id pi_3NkQw2Lx8vT5aBcD9eFg",
    ],
)
def test_a_reference_or_an_object_id_beside_credential_talk_stays(text: str) -> None:
    assert _found(text) == []


def test_a_customers_own_reference_is_still_their_number() -> None:
    assert _found("Hi, customer ref C-3660632 here") == [("customer_number", "C-3660632")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn kaart werkt niet online. achterop staat 417", [("cvv", "417")]),
        (
            "mijn kaart: 4916 3385 0608 2832 en achterop 417",
            [("card", "4916 3385 0608 2832"), ("cvv", "417")],
        ),
        ("carte 4916 3385 0608 2832 au dos : 417", [("card", "4916 3385 0608 2832"), ("cvv", "417")]),
        # the back of something else
        ("op de achterkant van het pakket staat 417", []),
    ],
)
def test_a_cards_code_named_only_by_where_it_is_printed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my pin fails, I have 6904 tickets left", []),
        ("code pin bloqué, il me reste 4444 tickets", []),
        ("mijn pincode werkt niet en ik heb nog 7484 texts over", []),
        ("code: 5590 nights per maand", []),
        ("de verificatiecode is 393885 call 0800 022 3344", [("otp", "393885")]),
    ],
)
def test_a_count_of_things_beside_credential_talk_is_no_code(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_a_code_followed_by_a_speed_stays_hidden() -> None:
    text = "de pin code van mijn pas is 3769 100 Mbit/s"
    assert any(kind == "pin" and "3769" in value for kind, value in _found(text))
