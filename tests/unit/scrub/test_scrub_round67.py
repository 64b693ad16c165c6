"""Round 67: pharmacies, language schools, solar installers, ticketing, pets and vets, ferries; bike shops
and leases, grid operators and meters, municipalities and waste, photographers, watches, baby products read
(their development halves): a birth list's number, a bike lock's code, the next code a sentence tells; a
courier asked to call, a line reachable at some hour, a number to ring on arriving; small streets with an
addition, a Scottish wynd, Broadway; a flight, a return code and a repair's number that are no secrets; a
copy card, a subscription named by its service, an account written "Act", a grid connection's EAN; a
login's handle in small letters; a code's warning after a dash."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


def _values(text: str) -> list[str]:
    return [value for _, value in found(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Onze geboortelijst nummer GL-193280 staat niet meer online?!", "GL-193280"),
        ("Hi, our baby registry (705716) isn't showing any purchases.", "705716"),
        ("La liste de naissance n° RN12738 n'affiche plus les cadeaux achetés.", "RN12738"),
        ("De geboortelijst van ons dochtertje (nr. HW96204) toont nog de oude producten.", "HW96204"),
    ],
)
def test_a_birth_list_s_number(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Het slot van de fiets heeft een cijfercode, die is 4393. Als de monteur hem ophaalt …", "4393"),
        ("Can you pick it up from the station? Lock combo is 1943, it's chained to the railings.", "1943"),
    ],
)
def test_a_bike_lock_s_code_is_a_pin(text: str, code: str) -> None:
    assert _kinds(text, "pin") == [code]
    assert _kinds(text, "otp") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Got code 769449 by text, expired, then 3915. Neither works.", ["769449", "3915"]),
        (
            "I got a code I didn't ask for: 283517. Then another one, 61691. Is someone trying?",
            ["283517", "61691"],
        ),
    ],
)
def test_the_next_code_a_sentence_tells(text: str, codes: list[str]) -> None:
    assert _kinds(text, "otp") == codes


def test_a_year_after_then_is_no_second_code() -> None:  # guard
    assert _kinds("My code 551234, then 2024 was a bad year for it", "otp") == ["551234"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kan de bezorger bellen op 030 5255943 voordat hij langskomt?", "030 5255943"),
        ("I'm reachable during the day on 3035746233. If I'm out the key is in the key safe.", "3035746233"),
        ("Reachable after 3:45 pm on 3039822316", "3039822316"),
        ("De code van de poort is 6300, gelieve te bellen naar 016 55 78 51 als ge er zijt", "016 55 78 51"),
    ],
)
def test_the_customer_s_line_by_who_calls_it_and_when(text: str, phone: str) -> None:
    assert _kinds(text, "phone") == [phone]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Fiets staat bij zuiderzeeweg 47-B 1783 ne Arnhem.", "zuiderzeeweg 47-B 1783 ne Arnhem"),
        ("Adres zuiderzeeweg 211-3hg 3587 cp Amersfoort, tel …", "zuiderzeeweg 211-3hg 3587 cp Amersfoort"),
        ("The bin hasn't been emptied at 233 castle wynd, cf10 5pd. Thanks", "233 castle wynd, cf10 5pd"),
        ("For the newborn shoot: we're at 72 Castle Wynd, the door code is 1210.", "72 Castle Wynd"),
        ("Power's been out since 16:20 at 9264 Broadway. Whole street is dark.", "9264 Broadway"),
    ],
)
def test_streets_written_small_or_without_a_usual_ending(text: str, address: str) -> None:
    assert _kinds(text, "address") == [address]


def test_broadway_s_shows_are_no_address() -> None:  # guard
    assert _kinds("We saw 42 Broadway shows last year and loved them", "address") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nu kan ik de app niet meer gebruiken want geen 2FA\n\nPS Wij vliegen met HV6763 op 24 sep",
        "I never got the verification code. Our flight is KL1234 tomorrow",
        "Ik wil de kinderwagen retour sturen, retourcode P0674125. Terugbetalen graag.",
        "De fiets kan ik ophalen vanaf 23-09-2023. Reparatienr 367794366. Kim",
        "The files are fine, checskum d8d2ee7bccd298332d82d360f88c5cceb0da8cc6cd22346a7365c327c969db4c.",
    ],
)
def test_a_flight_a_return_code_a_repair_and_a_checksum_are_no_secrets(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The copier took £701.99 off my copy card 5380439 and printed nothing", "5380439"),
        ("Abonnement lavage WC2216242 résilié mais toujours 1863,37 € débités", "WC2216242"),
        ("Abonnement lavage CLUB-09247 résilié mais toujours débité", "CLUB-09247"),
        ("Card 4539 7698 3945 5227 exp 10/26 cvv 034. Act 8029997418.", "8029997418"),
        ("Hey EAN-code aansluiting SP-264451 (staat op mijn contract)", "SP-264451"),
    ],
)
def test_a_holder_s_number_by_its_card_its_service_or_its_short_word(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Mijn abonnement mobiel 0612345678 werkt niet",
        "Het abonnement kost 12500 punten per jaar",
        "The Data Protection Act 2018 says you must delete it",
    ],
)
def test_a_phone_a_price_or_a_law_is_no_holder_s_number(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("Please delete my account. Login ldavis, date of birth Dec 26 1978. Thanks", "ldavis"),
        ("Kan mijn account verwijderd worden? Inlog fpeters, geboortedatum 22 juni 1972.", "fpeters"),
        ("mastercard ending 4136\n\nlogin fvanleeuwen\n\nnieuwe pas aangevraagd", "fvanleeuwen"),
    ],
)
def test_a_login_s_handle_in_small_letters(text: str, login: str) -> None:
    assert _kinds(text, "username") == [login]


@pytest.mark.parametrize(
    "text", ["login problems, again", "Login kpn, mijn provider", "the login screen, again"]
)
def test_a_word_after_login_is_no_handle(text: str) -> None:  # guard
    assert _kinds(text, "username") == []


def test_a_code_s_warning_after_a_dash_says_it_was_sent() -> None:
    assert _kinds("screenshot van de sms: Code 5884 - niet delen!! Wie vraagt hierom?", "otp") == ["5884"]
