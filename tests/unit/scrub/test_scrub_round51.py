"""Round 51: transport and parking, pharmacies and insurers, streaming and airlines; energy, schools,
charities, alarms and garages read (their development halves): a list's dash as a label's colon, a
contact number, donors' and leases' numbers, a card's or a pass's number that is no bank card's, an
issuer's letters before a code; two passwords tried one after the other, a login name after "account", a
login's place before its pair, a password told after the wifi's own key, codes told in a row, a BSN called
one's own number, the courier's call to the customer's line, and what is no one's (a firm's VAT number, a
cue's other name, a feature turned on at a site, what was done to an account)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Naam - Ilse Verbeke\nKlantnummer - 84412097\nGSM - 0476 11 22 33", "customer_number", "84412097"),
        ("Customer number - 7731-40288\nAccount holder - Dana Reeves", "customer_number", "7731-40288"),
        ("E-mail - j.peeters@telenet.be\nN° client - 552014", "customer_number", "552014"),
        ("Email - dana.r@outlook.com\nPhone - 3125550148\nDate of birth - 4 May 1961", "phone", "3125550148"),
        ("Contact number: 4155550173\nReference: none yet", "phone", "4155550173"),
    ],
)
def test_a_list_s_dash_labels_as_a_colon_does(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fleetway Lease - TVA 0871.554.210 - https://www.fleetway.example",  # a firm's VAT number
        "Klantnummer - 0800 022 3344 voor vragen",  # a line after the dash, no holder's number
        "we bespraken ook het contract - 020 555 1234 is hun nummer",  # the label heads no line
    ],
)
def test_a_dash_labels_no_firm_s_number_and_no_line(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Auto ingeleverd, km-stand 88k km. Leasenummr 5512-40917", "5512-40917"),
        ("Please stop the calls, donoor number 448-2210 ??", "448-2210"),
        ("Supporer number D-771204, bank NL91 ABNA 0417 1643 00", "D-771204"),
        ("Ik zie kaartnummer SUB-7KQ2PLMX in ons systeem, geblokkeerd.", "SUB-7KQ2PLMX"),
        ("ik heb het nummer van de pas: PV-663018, graag snel", "PV-663018"),
        ("Het gaat om account ID C-QRT8WXZ4, graag nakijken", "C-QRT8WXZ4"),
        ("en polisnummer ACC-H7MD2KQ9 zijn gecontroleerd", "ACC-H7MD2KQ9"),
    ],
)
def test_holders_numbers_named_by_their_card_lease_or_donor(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_bank_card_after_kaartnummer_stays_a_card() -> None:  # guard
    text = "Mijn kaartnummer 4111 1111 1111 1111, vervalt 09/28"
    assert ("card", "4111 1111 1111 1111") in found(text)


# An e-mail's opening, long enough that the habits of short chats are not read in it.
_MAIL = (
    "Geachte heer, mevrouw,\n\nSinds de overstap in maart staat er ineens een bedrag open dat ik al lang "
    "betaald heb, en de brief die ik kreeg spreekt over een contract dat ik nooit heb afgesloten. Ik heb al "
    "twee keer gebeld en beide keren werd de verbinding na een half uur verbroken. Mijn buurvrouw heeft "
    "precies hetzelfde probleem gehad, dus ik denk niet dat het aan mij ligt. Kunnen jullie dit nakijken?\n"
)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Can't log in. I tried rocketMan77 and also blue-sky-ferry", "rocketMan77", "blue-sky-ferry"),
        (_MAIL + "ik heb al zomer2024 geprobeerd en ook Kapsalon#88, niks werkt", "zomer2024", "Kapsalon#88"),
        (_MAIL + "j'ai essayé Lune2019 et aussi soleil_44 sans succès", "Lune2019", "soleil_44"),
    ],
)
def test_two_values_tried_one_after_the_other_are_passwords(text: str, first: str, second: str) -> None:
    assert ("password", first) in found(text)
    assert ("password", second) in found(text)


def test_trying_a_restart_and_also_a_reset_is_no_password() -> None:  # guard
    assert _kinds("I tried restarting and also resetting the router", "password") == []


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Ik ben mijn wachtwoord kwijt, nieuwe gemaakt: Kaas2023!. account pvermeer", "pvermeer"),
        ("Ik kreeg code 551 204 maar de MFA blijft vragen. Account lmertens", "lmertens"),
        ("Nieuw wachtwoord gemaakt: Kaas2023!. account ahmed", "ahmed"),  # (a name ending as "locked" does)
        ("mijn login op de klantenzone is hvanhout, paswoord Tulp!2077", "hvanhout"),
        ("Login voor SolarWeb: jdries4, paswoord Zon2088!x. Geen data meer", "jdries4"),
    ],
)
def test_a_login_name_after_its_password_or_its_place(text: str, user: str) -> None:
    assert ("username", user) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Code 839201 niet zelf aangevraagd. Account geblokkeerd.",
        "Password reset to Tulip#443. Account compromised",
        "Dag Koen, je account is hersteld naar koen.v@telenet.be. Deel je paswoord nooit.",
        "Login voor SolarWeb: jdries4, paswoord Zon2088!x.",
        "Ik heb mijn gamertag/inlognaam wvdb_77 al gewijzigd",
    ],
)
def test_what_happened_to_an_account_and_a_login_s_place_are_no_login(text: str) -> None:  # guard
    states_and_places = {"geblokkeerd", "compromised", "hersteld", "SolarWeb", "/inlognaam"}
    assert not states_and_places & set(_kinds(text, "username"))


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("De wpa-sleutel is Duinpan8841. mijn pw was Rtx77vbq2, maar dat werkt niet", "Rtx77vbq2"),
        (
            "Het wifi-wachtwoord van Ziggo-77B2 is Qp4rT8mWz2LxV9 (sticker).\nMijn paswoord was Hnd8k*%Lw2",
            "Hnd8k*%Lw2",
        ),
    ],
)
def test_a_password_after_the_wifi_s_own_key_is_the_account_s(text: str, password: str) -> None:
    assert ("password", password) in found(text)
    assert len(_kinds(text, "wifi_key")) == 1


def test_a_password_in_the_wifi_s_sentence_stays_the_wifi_s() -> None:  # guard
    text = "De wifi doet raar, wachtwoord is Vuurtoren99 volgens de sticker"
    assert ("wifi_key", "Vuurtoren99") in found(text)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("code was 881204 then four four one two six", ("881204", "four four one two six")),
        ("Code was 44019 en daarna zes twee nul een acht", ("44019", "zes twee nul een acht")),
    ],
)
def test_codes_told_one_after_the_other_are_one_time_codes(text: str, codes: tuple[str, str]) -> None:
    assert [("otp", code) in found(text) for code in codes] == [True, True]


def test_a_pin_then_a_puk_keep_their_kinds() -> None:  # guard
    assert ("pin", "4412") in found("pincode 4412 then puk 19283746 and still locked")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Brief ontvangen. Dossier INC5528104, mijn nummer 930001552", "930001552"),
        ("My citizen serviec number is 527358319.", "527358319"),
        ("GSM = 016 59 77 34\nNuméo national = 050312 441 33", "050312 441 33"),
    ],
)
def test_a_bsn_named_as_one_s_own_number_or_with_a_typo(text: str, value: str) -> None:
    assert ("bsn", value) in found(text)


def test_one_s_own_number_next_to_a_phone_word_stays_a_phone() -> None:  # guard
    assert ("phone", "930001552") in found("bel me terug, mijn nummer 930001552")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Deliver to 4 Elm Row; the courier will call 0113 496 0021. Ta", "0113 496 0021"),
        ("They'll call 0161 496 0347 when the van is near", "0161 496 0347"),
    ],
)
def test_someone_to_ring_the_customer_names_the_customer_s_line(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


def test_the_writer_s_own_call_names_the_company_s_line() -> None:  # guard
    assert _kinds("I'll call 0113 496 0021 tomorrow about the invoice", "phone") == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Sessions signed out. Turn on 2FA at mijn.zorgpas.nl. Team Air", None),
        ("MAIL ME: JAN.SMIT at GMAIL.COM", "JAN.SMIT at GMAIL.COM"),
    ],
)
def test_a_feature_turned_on_at_a_site_is_no_address(text: str, email: str | None) -> None:
    assert _kinds(text, "email") == ([email] if email else [])


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb al vier keer naar 030 299 5511 gebeld en niemand neemt op.",
        "Hartelijke groet,\nNoor\nTransvia | KvK 33117746 | 010 544 8800",
        "Kind regards, Ben\n> Skyline Air | VAT GB 123 4567 89 | +44 20 7946 0991",
    ],
)
def test_a_line_the_writer_rang_and_a_footer_s_line_are_the_company_s(text: str) -> None:
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ik heb naar 06 41 22 90 17 gebeld maar hij neemt niet op", "06 41 22 90 17"),
        ("Groet,\nBakkerij Smit | KvK 12345678 | 06-48211937", "06-48211937"),
    ],
)
def test_a_mobile_rang_or_signed_stays_a_phone(text: str, phone: str) -> None:  # guard
    assert ("phone", phone) in found(text)
