"""Round 39: public services and mobility read (their development halves). A place on a waiting list, a
permit and a taxpayer by their numbers; a charging card's number after its name; a holder's number after a
brand and "c'est"; a policy named bare, then whose it is; a code quoted from a received message, or sent
with a warning not to share it, or with the time it stays valid; a public body's line with its site; keys
left in a safe; a Belgian national number named a clause before; where the writer can be had; a shortened
link; a contrast after a value; a tax year; an energy connection's EAN-18 in groups."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Sinds maart ingeschreven voor een huurwoning, inschrijfnummer 5528013. Hoe lang nog?", "5528013"),
        ("Bewonersvergunning verlengd, vergunningnummer 771-204-385, maar de app toont niets", "771-204-385"),
        ("vergunningsnummer 3318806 staat nog op mijn oude kenteken", "3318806"),
        ("HMRC says I owe tax again. UTR 73019 55128, can someone check?", "73019 55128"),
        ("Dossier logement : n° candidat 4410 2290 17, toujours rien", "4410 2290 17"),
    ],
)
def test_a_waiting_list_s_a_permit_s_and_a_taxpayer_s_numbers(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Laadpas gestolen!! pasnr NL-QWE-118273B. Blokkeren graag.", "NL-QWE-118273B"),
        ("My charging card was nicked, number GB-RTY-330918K. Please block it", "GB-RTY-330918K"),
        ("J'attends toujours ma carte de recharge (n° BEXKTC448102913).", "BEXKTC448102913"),
        ("Laadkaart kwijt, nummer 6618 2290 4471, wat nu?", "6618 2290 4471"),
        ("Lidkaart wegenhulp? nr 22-419930-71", "22-419930-71"),
    ],
)
def test_a_charging_card_s_number_after_its_name(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_charging_card_s_count_is_no_number() -> None:
    assert _kinds("Ik heb 2 laadpassen, nummer 3 werkt niet", "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mon n° de membre Touring c'est 228 104 936, merci", "228 104 936"),
        ("Et la police habitation c'est 7730218841", "7730218841"),
        ("De polis van de reisverzekering is 41.228.903", "41.228.903"),
    ],
)
def test_a_holder_s_number_after_its_brand_or_kind(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_secret_after_a_customer_cue_and_its_own_word_stays_the_secret_s() -> None:
    text = "Mijn account pincode c'est 48213"
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("J'ai reçu un SMS « Votre code itsme : 551903 » sans rien demander", "551903"),
        ("Reçu à l'instant : Votre code itsme : 62044", "62044"),
        ("Ik kreeg dit:\nJe itsme code: 774512", "774512"),
    ],
)
def test_a_pin_s_cue_in_a_message_quoted_as_received_is_a_code_sent(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_pin_received_by_post_is_still_a_pin() -> None:
    assert ("pin", "4821") in found("My new card arrived and I received my PIN 4821 by post")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Hallo! Je mag de code 3871 niet met anderen delen.", "3871"),
        ("Never share the code 6620 with anyone, not even with us.", "6620"),
        ("Le code 1174 est strictement personnel.", "1174"),
    ],
)
def test_a_short_code_with_the_sender_s_warning_was_sent(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kreeg dit binnen:\nCode: 448120 - geldig tot 14:20\nDe wifi in het stadhuis is stuk", "448120"),
        ("Mijn kaart 4111 1111 1111 1111 werkt niet. Code: 6602 - geldig tot 11.35", "6602"),
    ],
)
def test_a_code_with_the_time_it_stays_valid_was_sent(text: str, value: str) -> None:
    assert ("otp", value) in found(text)
    assert _kinds(text, "wifi_key") == [] and _kinds(text, "cvv") == []


def test_a_card_s_security_code_is_still_its_cvv() -> None:
    assert ("cvv", "123") in found("Mijn kaart 4111 1111 1111 1111, de code achterop is 123")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ontvangen.\n> \n> Gemeente Gent | 09 210 10 10 | https://stad.gent/loket", "09 210 10 10"),
        ("Received.\n> \n> Borough of Camden | 020 7974 4444 | camden.gov.uk/parking", "020 7974 4444"),
        ("> City of Denver | 720-913-1311 | denvergov.org/pocketgov", "720-913-1311"),
    ],
)
def test_a_public_body_s_line_with_its_site_is_the_company_s(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


def test_a_person_s_mobile_with_a_site_stays_theirs() -> None:
    assert ("phone", "06 12 34 56 78") in found("Jan de Vries | 06 12 34 56 78 | jandevries.nl")


@pytest.mark.parametrize(
    "text, value",
    [
        ("De sleutels liggen in de kluis naast de garage, code 4471 (wordt daarna gewijzigd).", "4471"),
        ("The keys are in the safe at reception, code 80513", "80513"),
    ],
)
def test_keys_left_in_a_safe_name_a_lock_for_the_code(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mon registre national pour un vélo ?? Bon je l'ai donné: 850730 033 28", "850730 033 28"),
        ("Mijn rijksegisternummer 850730 033 28, geboren 30-07-1985", "850730 033 28"),
    ],
)
def test_a_belgian_national_number_named_a_clause_before(text: str, value: str) -> None:
    assert ("bsn", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Please text me when it's ready. I'm on 3125550147 all day.", "3125550147"),
        ("im on 2125550199 after 5", "2125550199"),
    ],
)
def test_where_the_writer_can_be_had_names_their_phone(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_being_on_hold_names_no_phone_of_the_writer() -> None:
    assert _kinds("I'm on hold at 0800 123 4567 for an hour now", "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Your username is kpeeters. Reset your password at bit.ly/4fQxR2k with the code we sent.",
        "Kies een nieuw wachtwoord via bit.ly/3zKLm9P en log opnieuw in.",
    ],
)
def test_a_shortened_link_is_no_password(text: str) -> None:
    assert _kinds(text, "password") == []


def test_after_a_password_a_contrast_with_a_name_says_what_happened() -> None:
    text = "I changed my password from Kwak8812 to Lente2026 but MyDMV won't take the new one."
    assert _kinds(text, "password") == ["Kwak8812", "Lente2026"]


def test_after_a_password_a_contrast_may_still_tell_the_next_one() -> None:
    text = "Het wachtwoord was fiets1422@ maar ze heeft het veranderd naar tulpen1257#"
    assert ("password", "tulpen1257#") in found(text)


def test_what_a_screen_keeps_throwing_is_an_error() -> None:
    text = "username jdoe1970 password M@rs2024_01 - keeps throwing F4410. What now?"
    assert _kinds(text, "password") == ["M@rs2024_01"]


def test_a_year_after_for_is_no_pin() -> None:
    assert _kinds("PIN is 5521 but the e-file rejects it. Is this the right PIN for 2022?", "pin") == ["5521"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Meterstand doorgegeven. EAN aansluiting: 8716 24 55 09 31 82 20 11", "8716 24 55 09 31 82 20 11"),
        ("Compteur électricité, code EAN 5414 48 03 22 91 77 65 10", "5414 48 03 22 91 77 65 10"),
    ],
)
def test_an_energy_connection_s_ean_18_in_groups(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_product_s_barcode_is_no_connection() -> None:
    assert _kinds("EAN 8710 4000 2117 3 op de doos van de lamp", "customer_number") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("wrong code sorry, the right one is 662014. the earlier one (418-552) expired", "418-552"),
        ("verification code: 730118\n(second one: 2294)\nneither works", "2294"),
        ("Nieuwe sms-code is 551902. De vorige (889120) is verlopen.", "889120"),
    ],
)
def test_a_code_s_sibling_named_by_reference_is_a_code_too(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_an_old_one_with_no_code_before_is_nothing() -> None:
    assert _kinds("My old one (4471) broke, the new phone works fine", "otp") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Onze accountnaam in het portaal is vdbergh. Kunnen jullie kijken?", "vdbergh"),
        ("Mon identifiant dans l'app est marc.dubois7", "marc.dubois7"),
    ],
)
def test_a_login_after_where_it_is_used(text: str, value: str) -> None:
    assert _kinds(text, "username") == [value]


def test_a_login_s_state_after_where_it_is_used_is_no_login() -> None:
    assert _kinds("Mijn gebruikersnaam in de app is geblokkeerd.", "username") == []



def test_an_amount_after_a_card_s_expiry_is_no_cvv() -> None:
    text = "kaart 4111 1111 1111 1111, vervaldatum 04-2027, maar het bedrag van € 212,- is dubbel betaald"
    assert _kinds(text, "cvv") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Charged twice after I checked out!! Accuont 58120934. Second time this month", "58120934"),
        ("Booking RO 551208, membeship CS882014. Please refund the deposit", "CS882014"),
    ],
)
def test_an_account_s_and_a_membership_s_number_typed_in_haste(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_count_after_a_sibling_s_word_is_no_code() -> None:
    text = "Nieuwe sms-code is 551902, maar de eerste 1000 euro is al weg"
    assert _kinds(text, "otp") == ["551902"]


def test_whose_number_is_names_a_phone() -> None:
    assert ("phone", "7734008641") in found("She forgot her SIM PIN. Her number is 7734008641.")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Meneer Peeters wil zijn attest, zijn nummer is 850730 033 28 en tel 0486 414931", "850730 033 28"),
        ("sorry typfout, het is 850730 033 28", "850730 033 28"),
    ],
)
def test_a_belgian_national_number_in_its_own_groups(text: str, value: str) -> None:
    assert ("bsn", value) in found(text)
