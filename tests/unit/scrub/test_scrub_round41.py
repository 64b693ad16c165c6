"""Round 41: utilities and property, hospitality and leisure read (their development halves)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Fijne dag! Groet, Anke\n--\nZonnepark Holding B.V. | KvK 12345678 | 020 555 0199 | https://zonnepark.nl",
        "Bonne soirée, Luc\n\nHôtels Ardennais SA | TVA BE 0412.345.678 | 061 22 33 44 | www.ardennais.be",
        "Groetjes, Mila\n--\nBereikbaar via 020 808 45 67 of www.parkdeluxe.nl | BTW NL123456789B01",
    ],
)
def test_a_company_s_footer_line_under_its_legal_name_or_with_its_site_and_registration(text: str) -> None:
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Met vriendelijke groet,\nJan Smit\nT 030-8102733 | KvK 38595015", "030-8102733"),
        ("Groetjes, Piet\n\nBereikbaar op 020-7334829 of piet.smit@ziggo.nl.", "020-7334829"),
    ],
)
def test_a_business_customer_s_line_beside_their_registration_stays_theirs(text: str, number: str) -> None:
    assert _kinds(text, "phone") == [number]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hoi, de wifi-code voor Camping_Oost is zon4-mer8-blad maar hij werkt niet", "zon4-mer8-blad"),
        ("the wifi password for BeachHouse-5G is Waves2024! but it keeps failing", "Waves2024!"),
        ("Le wifi Gite_Nord demande une clé, on nous a donné K7PW2MZQ8R mais rien", "K7PW2MZQ8R"),
    ],
)
def test_the_network_a_key_is_for_or_that_asks_for_it_is_no_key(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]


def test_a_key_for_a_place_not_a_network_is_still_read() -> None:
    assert _kinds("the wifi password for the cabin is Waves2024!", "wifi_key") == ["Waves2024!"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Goedemiddag, mijn spelersaccount PLY-5531209 is zomaar geblokkeerd", "PLY-5531209"),
        ("Mijn spelersaccount 123456782 staat op slot na de identificatie", "123456782"),
        ("Client depuis 2019, réduction fidélité ? N° 123456782", "123456782"),
        ("Hallo, mijn lidmaatshap LD4471203 is twee keer afgeschreven", "LD4471203"),
        ("New card please. Membership 0457721", "0457721"),
        ("hi, my Bonvoy number is 381204775 and my stay is missing", "381204775"),
    ],
)
def test_a_player_s_a_loyalty_scheme_s_and_a_member_s_number(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]
    assert _kinds(text, "bsn") == []


def test_the_puk_asked_for_before_the_pin_s_word_is_the_puk() -> None:
    text = "My phone wants the PUK since I typed the PIN wrong three times. Is it 52718364?"
    assert _kinds(text, "puk") == ["52718364"]
    assert _kinds(text, "pin") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De schilder kan erin met de code van het kastje bij de garage: 482913. Alvast bedankt", "482913"),
    ],
)
def test_a_key_box_s_and_a_locker_s_code_is_kept_not_sent(text: str, code: str) -> None:
    assert _kinds(text, "pin") == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Envoyez-moi un MP parce que le 02 555 12 12 ne répond jamais",
        "Stuur mij een DM want ik geraak er niet door op 09 210 55 55",
    ],
)
def test_a_line_that_never_answers_is_the_company_s(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_mobile_that_never_answers_is_still_a_person_s() -> None:
    assert _kinds("Bel mijn zoon, 0470 12 34 56 neemt nooit op", "phone") == ["0470 12 34 56"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hi Dana, I updated your phone to 5124890148 and your e-mail too.", "5124890148"),
        ("Sincerely,\nDana Whitfield | 6175823901 | dana.w@example.com", "6175823901"),
    ],
)
def test_a_phone_updated_to_and_one_in_a_signed_letter(text: str, number: str) -> None:
    assert _kinds(text, "phone") == [number]


def test_a_refusal_s_code_in_brackets_is_no_cvv() -> None:
    text = "Carte 4539 1488 0343 6467 exp 09/27 cryptogramme 455 — le paiement est refusé (code 771)"
    assert _kinds(text, "cvv") == ["455"]


def test_a_code_in_a_text_avec_is_sent() -> None:
    text = "Carte 4539 1488 0343 6467, cryptogramme 635. Puis j'ai reçu un SMS avec le code 5521, refusé."
    assert _kinds(text, "otp") == ["5521"]


def test_an_ordinal_s_times_is_no_house_number() -> None:
    assert _kinds("@Ores encore une coupure à Namur, 4e fois cette semaine", "address") == []


@pytest.mark.parametrize(
    "text",
    [
        "Votre demande porte le numéro 55120044. Pour toute question urgente : 02 555 41 00.\n> Salutations",
        "@PostBE rappelez-moi svp au +32 468 12 34 56, le 02 555 41 00 ne répond jamas",
    ],
)
def test_the_line_for_urgent_questions_and_one_that_never_answers_misspelt(text: str) -> None:
    assert "02 555 41 00" not in _kinds(text, "phone")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Graag contact opnemen via 020 5081136 of per mail, ik ben overdag niet thuis.", "020 5081136"),
        ("Ik word al drie weken niet teruggebeld. Graag telefonisch contact via 010-4951172.", "010-4951172"),
    ],
)
def test_a_line_to_be_contacted_on_is_the_customer_s(text: str, number: str) -> None:
    assert _kinds(text, "phone") == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Paspoort geüpload. Mijn telefoonnummer voor de verificatie-call: 070-7841190", "070-7841190"),
        ("ID sent on Monday. Best number for the verification call is 0161 314 0772.", "0161 314 0772"),
    ],
)
def test_one_s_own_number_for_a_call_is_no_company_s_line(text: str, number: str) -> None:
    assert _kinds(text, "phone") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "> Kind regards,\n> Amir\n> EDF | Registered in England No. GB 080 3711 81\n> Team Billing",
        "I am writing to appeal penalty charge 0394715521 issued on 06.07.2024.",
    ],
)
def test_a_company_s_registration_and_a_parking_fine_s_notice_are_no_phones(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_an_expiry_word_typed_in_haste_names_the_month_and_year() -> None:
    text = "New card: 4119 5105 8044 0806, expirs 0826, CVC 979"
    assert _kinds(text, "card_expiry") == ["0826"]


def test_a_code_said_in_words_given_to_the_company_on_a_call_is_sent() -> None:
    text = "Mijn dochter heeft gebeld en gaf u de code negen-een-vier-drie. Klopt dat?"
    assert _kinds(text, "otp") == ["negen-een-vier-drie"]


def test_an_agent_s_sign_off_with_the_company_between_dashes_ends_on_its_line() -> None:
    text = "Uw dossier is INC5521100. Vriendelijke groeten, Noor – Energie Kempen – 014 55 66 77"
    assert _kinds(text, "phone") == []


def test_a_customer_s_sign_off_with_their_own_line_stays_theirs() -> None:
    assert _kinds("Alvast bedankt. Groeten, Jan - 020 555 1234", "phone") == ["020 555 1234"]
