"""Chat transcripts read turn by turn (webcare.scrub.transcript): the view without speaker and time
prefixes, values sent in pieces joined, answers read after the question they answer, and every span
mapped back onto the original text."""

from __future__ import annotations

import pytest

from webcare.scrub import Scrubber, ScrubPolicy
from webcare.scrub.detectors import detect_all
from webcare.scrub.textutil import Span
from webcare.scrub.transcript import build_view, detect_transcript, looks_like_transcript


def _found(text: str) -> list[tuple[str, str]]:
    out: list[Span] = []
    detect_transcript(text, detect_all, out)
    return sorted({(span.type, text[span.start : span.end]) for span in out})


def _all(text: str) -> set[tuple[str, str]]:
    return {(span.type, text[span.start : span.end]) for span in detect_all(text)}


LOGIN = (
    "[01-05-2025 09:58:51] Noor (Zonneveld): Dag! Wat is uw login?\n"
    "[01-05-2025 09:58:59] Leen: leen_mae\n"
    "[01-05-2025 09:59:30] Noor (Zonneveld): Dank u."
)
IBAN_IN_TWO_TURNS = (
    "ReisPas Klantenservice\nKlopt je IBAN nog? Ik zie ••••4248.\n\nKlant\nnee nieuwe\n\n"
    "Klant\nNL 93 TRIO\n\nKlant\n0662 2106 71\n\nReisPas Klantenservice\nAangepast!"
)
PUK_IN_TWO_TURNS = (
    "18-01-2025 21:24 - Orbiq | Mia: Heb je de PUK-code bij de hand? Die staat op het kaartje.\n"
    "18-01-2025 21:27 - Femke: ja\n"
    "18-01-2025 21:27 - Femke: 8527\n"
    "18-01-2025 21:32 - Femke: 5661\n"
    "18-01-2025 21:38 - Orbiq | Mia: Top, vul die in."
)
EXPIRY_ANSWERED = (
    "Spaarlijn, [03.07.25 16:22]\nWat is de vervaldatum van de kaart?\n\n"
    "Iris, [03.07.25 16:23]\n05-2030\n\nSpaarlijn, [03.07.25 16:25]\nDank je!"
)
CUSTOMER_NUMBER_AFTER_A_DETOUR = (
    "Agent: Wat is uw klantnummer?\n"
    "Klant: klantnummer? staat op factuur 2025/6673\n"
    "Klant: oh wacht hier: K70738943\n"
    "Agent: Gevonden."
)
SPEAKER_IS_A_PHONE = (
    "[27-11-2025 15:58:59] Telvia: Quel est votre numéro de gsm ?\n"
    "[27-11-2025 15:59:00] +32487604941: 0470998749\n"
    "[27-11-2025 16:05:24] +32487604941: merci ça marche"
)
TOKEN_IN_TWO_TURNS = (
    "Anouk, [11.07.24 21:47]\ntoken verlopen?\n\nAnouk, [11.07.24 21:53]\nxoxb-861056841396\n\n"
    "Anouk, [11.07.24 21:54]\n7435773130235-dVv5Mu2Od1CRKoioXQA1NlW9\n\n"
    "Paylane | Kim, [11.07.24 21:59]\nStuur nooit tokens via chat."
)


def test_the_view_drops_prefixes_and_maps_back_piece_by_piece() -> None:
    view = build_view(IBAN_IN_TWO_TURNS)
    assert view is not None
    assert "Klant" not in view.text and "ReisPas" not in view.text
    start = view.text.index("NL 93 TRIO")
    end = view.text.index("0662 2106 71") + len("0662 2106 71")
    assert view.text[start:end] == "NL 93 TRIO 0662 2106 71"  # the two turns read as one value
    pieces = view.to_original(start, end)
    assert [IBAN_IN_TWO_TURNS[a:b] for a, b in pieces] == ["NL 93 TRIO", "0662 2106 71"]


def test_an_answer_in_the_next_turn_is_read_after_the_question() -> None:
    assert _found(LOGIN) == [("username", "leen_mae")]
    assert _found(EXPIRY_ANSWERED) == [("card_expiry", "05-2030")]


def test_a_value_sent_in_two_turns_is_one_span_per_turn_of_its_type() -> None:
    out: list[Span] = []
    detect_transcript(IBAN_IN_TWO_TURNS, detect_all, out)
    assert sorted(out) == [
        Span(84, 94, "iban"),
        Span(102, 114, "iban"),
    ]
    assert _found(PUK_IN_TWO_TURNS) == [("puk", "5661"), ("puk", "8527")]
    assert _found(TOKEN_IN_TWO_TURNS) == [
        ("token", "7435773130235-dVv5Mu2Od1CRKoioXQA1NlW9"),
        ("token", "xoxb-861056841396"),
    ]


def test_an_answer_that_names_something_else_first_leaves_the_question_open() -> None:
    assert _found(CUSTOMER_NUMBER_AFTER_A_DETOUR) == [("customer_number", "K70738943")]


def test_a_turn_that_says_what_comes_next_types_the_next_turn_whoever_sends_it() -> None:
    sticker = (
        "Orbiq Mobile\nEn welk paswoord geeft ge in?\n\nKatrien\ndat van de sticker\n\n"
        "Katrien\nUwo2-Df4s-VVPB\n\nOrbiq Mobile\nDat klopt. Probeer opnieuw."
    )
    assert _found(sticker) == [("wifi_key", "Uwo2-Df4s-VVPB")]
    cvc = (
        "[09-06-2025 10:53:22] Klant: wat is de cvc eigenlijk\n"
        "[09-06-2025 10:54:52] Laura (Kastje): Dat zijn de 3 cijfers achterop je kaart. "
        "Deel die nooit met ons.\n"
        "[09-06-2025 10:59:12] Klant: oh dus 817 moet ik niet sturen 😅"
    )
    assert _found(cvc) == [("cvv", "817")]


def test_a_messenger_export_opening_with_the_agent_is_read() -> None:
    text = (
        "Carla (Mutualité)\nQuel code avez-vous reçu ?\n\nClient\nok voilà: 968515\n\n"
        "Carla (Mutualité)\nMerci !"
    )
    assert looks_like_transcript(text)
    assert _found(text) == [("otp", "968515")]


def test_a_speaker_shown_as_a_phone_number_is_that_phone_number_and_never_joins_a_value() -> None:
    found = _found(SPEAKER_IS_A_PHONE)
    assert ("phone", "+32487604941") in found
    assert all("15:59" not in value and "2025" not in value for _, value in found)


def test_a_speaker_shown_as_the_companys_own_line_is_no_personal_phone() -> None:
    text = (
        "[01-05-2025 09:58:59] 0800 0123: Goedemiddag, hoe kan ik helpen?\n"
        "[01-05-2025 09:59:10] Klant: mijn pincode werkt niet meer\n"
        "[01-05-2025 10:00:00] 0800 0123: Dan sturen we een nieuwe."
    )
    assert [kind for kind, _ in _found(text) if kind == "phone"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a question about an error: the answer is an error code, no secret
        "19-02-2024 21:36 - Kim (Stad X): Welke foutcode ziet ge?\n19-02-2024 21:40 - Sofie: CODE_BY079\n"
        "19-02-2024 21:44 - Sofie: bij het ingeven van de pincode\n"
        "19-02-2024 21:50 - Kim (Stad X): Dat betekent dat de terminal offline is.",
        # a question about the network's name: the SSID is no wifi key
        "Liam · 14:06\nwifi doet raar\nTellaro · 14:07\nWat is de naam van je netwerk?\nLiam · 14:09\n"
        "Ziggo-5G-2841\nTellaro · 14:10\nDank je.",
        # the agent's statement about a password is no question: the reply is not a password
        "[16-07-2025 10:23:10] Pauline: mot de passe oublié\n"
        "[16-07-2025 10:23:53] Sophie (Cartwell): Vous avez reçu le mail de réinitialisation ?\n"
        "[16-07-2025 10:24:40] Pauline: oui merci\n"
        "[16-07-2025 10:25:12] Sophie (Cartwell): Merci, mais ne communiquez jamais votre mot de passe.",
        # time stamps and order references next to short answers
        "21-04-2025 13:20 - Klant: bestelling 48213 is niet aangekomen\n"
        "21-04-2025 13:22 - Shop: Welke datum was de bestelling?\n21-04-2025 13:23 - Klant: 12-04\n"
        "21-04-2025 13:24 - Klant: 2025",
    ],
)
def test_look_alikes_in_transcripts_are_left_alone(text: str) -> None:
    sensitive = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "iban"}
    assert [found for found in _found(text) if found[0] in sensitive] == []


def test_a_later_turn_of_the_same_speaker_is_no_username_for_a_password() -> None:
    text = (
        "Oliver Harris, [08/07/2026 19:30]\nxX_Kangoeroe_Xx\nPixelForge Support, [08/07/2026 19:30]\n"
        "Thanks. Any error message?\nOliver Harris, [08/07/2026 19:35]\nyeah 0x80073227\n"
        "Oliver Harris, [08/07/2026 19:43]\npw is Printemps_Chocolat_552 btw\n"
    )
    assert ("username", "0x80073227") not in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Van: Jan Jansen\nAan: Klantenservice\nOnderwerp: factuur 2024-0012\n\nHoi,\n\n"
        "Mijn factuur klopt niet.\n\nGroet,\nJan",
        "Naam: Jan Jansen\nAdres: Dorpsstraat 1\nNaam: Piet Jansen\nAdres: Dorpsstraat 1",
        "Hoi,\n\nmijn wachtwoord: Zomer2024!\nmijn pincode: 1234\n\nGroet,\nJan",
        "Gebruikersnaam: jan\nWachtwoord: Zomer2024!\nPincode: 1234",
    ],
)
def test_messages_that_are_no_transcript_have_no_view(text: str) -> None:
    assert build_view(text) is None


def test_the_quick_look_lets_transcripts_through() -> None:
    for text in (LOGIN, IBAN_IN_TWO_TURNS, PUK_IN_TWO_TURNS, EXPIRY_ANSWERED, CUSTOMER_NUMBER_AFTER_A_DETOUR):
        assert looks_like_transcript(text)
    assert not looks_like_transcript("one line\nand another")


def test_the_whole_detector_set_reads_the_view() -> None:
    """Through detect_all: the spans of the view come back with the text's own findings."""
    assert {("iban", "NL 93 TRIO"), ("iban", "0662 2106 71")} <= _all(IBAN_IN_TWO_TURNS)
    assert ("puk", "8527") in _all(PUK_IN_TWO_TURNS)


def test_the_scrubber_hides_both_pieces_and_keeps_the_prefixes() -> None:
    text = Scrubber(ScrubPolicy.redact_all()).scrub(PUK_IN_TWO_TURNS).text
    assert "8527" not in text and "5661" not in text
    assert "18-01-2025 21:27 - Femke:" in text and "18-01-2025 21:32 - Femke:" in text
