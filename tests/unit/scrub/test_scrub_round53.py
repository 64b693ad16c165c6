"""Round 53: childcare, GPs, water, parcel lockers and repair shops; car rental, language schools, estate
agents, tax advisers and business telecom read (their development halves): a cue typed with one slip of any
detector, a device's unlock and access code kept, a code that fails to open something, a code tried besides
another, a pair on a wifi line, a customer known under a number, a child's birth date in brackets, an
address after words about it, a lock named as a compound, a password opening with '#'; and what is no one's
(a chat's filler, an abbreviation glued to a noun, a network in brackets, an amount after its currency)."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Cnotractnummer 51208833, graag snel antwoord", "customer_number", "51208833"),
        ("Klaitnummer KL00923415 staat ook op de brief", "customer_number", "KL00923415"),
        ("Iischrijvingsnummer 812-330-174. Ik wacht al weken.", "customer_number", "812-330-174"),
        ("Mon nutéro client est 05.118.902, merci", "customer_number", "05.118.902"),
        ("Visa 4539 1488 0343 6467, crryptogramme 718.", "cvv", "718"),
        ("Dae of birth: 2019-03-14, she starts in September", "date_of_birth", "2019-03-14"),
        ("Mijn gebruiter is noor7781 en ik kom er niet in", "username", "noor7781"),
    ],
)
def test_a_cue_typed_with_one_slip_is_read_as_the_cue(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contactnummer: 44021785 (receptie)",  # a word of its own one letter from "contractnummer"
        "Police reference F77104218, please advise",  # the police's, no policy's
        "De app geeft foutcode E4471 na de update",  # an error's
        "The payment on account of GBP 1183.40 is still open",  # an amount after its currency
    ],
)
def test_a_word_one_slip_from_a_cue_that_is_a_word_of_its_own_names_nothing(text: str) -> None:  # guard
    assert _kinds(text, "customer_number") == []
    assert _kinds(text, "otp") == []


def test_a_plural_of_a_cue_names_no_one_s_number() -> None:  # guard
    assert _kinds("de klantnummers 40027311 en 40027312 zijn samengevoegd", "customer_number") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Voor de diagnose vroeg de monteur om de ontgrendelcode: 730215.", "730215"),
        ("Uw toegangscode 5581 hebben we na de reparatie uit ons systeem gewist.", "5581"),
        # a code that fails to open something is a lock's, though it was sent
        ("De deelauto (GX-118-P) gaat niet open. De code die ik kreeg was 4410.", "4410"),
        ("I've generated a new code: 60217. If it still won't open, ring us.", "60217"),
        ("Garage: code van de garagepoort: 8803, alarm apart.", "8803"),
    ],
)  # fmt: skip
def test_a_code_that_opens_a_device_or_a_lock_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the access code 284214 never works on the tax portal", "284214"),  # English, after a login
        ("toegangscode 417-093 voor de app werkt niet", "417-093"),  # in its groups: sent
        ("The parcel locker won't open with my collection code 7428.", "7428"),  # named: sent to collect
        ("Ophaalcode: 876609. Maar het kluisje gaat niet open", "876609"),
    ],
)
def test_a_code_sent_stays_one_time(text: str, code: str) -> None:  # guard
    assert ("otp", code) in found(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("De deelauto gaat niet open. Code die ik kreeg was 228013, ook 5591 geprobeerd.", "228013", "5591"),
    ],
)
def test_a_code_tried_besides_another_is_of_its_kind(text: str, first: str, second: str) -> None:
    assert ("pin", first) in found(text)
    assert ("pin", second) in found(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Wifi voor de techniekers: Ziggo7710 / LvQA8qNYC2S", "LvQA8qNYC2S"),
        ("Wifi pour les techniciens : VodafoneBox-4471 / hTqPl8sVaXr", "hTqPl8sVaXr"),
    ],
)
def test_a_pair_on_a_wifi_line_is_a_network_and_its_key(text: str, key: str) -> None:
    assert ("wifi_key", key) in found(text)
    assert _kinds(text, "username") == []
    assert _kinds(text, "password") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Clé WPA sous le modem : 9914062237", "9914062237"),
        ("Clé wifi du modem : pomme_maison41 (pour VodafoneBox-5512)", "pomme_maison41"),
        ("Clé wifi sur l'autocollant du modem : QWE4-RRT1-MNB7-K2P9 (pour vodafonebox-7731)",
         "QWE4-RRT1-MNB7-K2P9"),
    ],
)  # fmt: skip
def test_a_wifi_key_after_where_it_is_and_no_network_in_brackets(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]


def test_words_before_a_colon_that_make_a_sentence_lead_to_nothing() -> None:  # guard
    assert ("password", "payment") not in found("wachtwoord reset faalt: payment id pi_3NkQw2Lx8vT5aBcD9eFg")


def test_a_customer_known_under_a_number() -> None:
    text = "Nous sommes client sous le numéro CT44/118203 (Atelier Dumont, n° d'entreprise 0692.123.456)."
    assert ("customer_number", "CT44/118203") in found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("My daughter Ruby (March 3, 2021) has a referral to the clinic", "March 3, 2021"),
        ("mijn zoon Daan (14-02-2020) is vandaag ziek thuis", "14-02-2020"),
    ],
)
def test_a_date_in_brackets_after_a_child_s_name_is_a_birth_date(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


def test_a_date_in_brackets_after_anything_else_is_no_birth_date() -> None:  # guard
    assert _kinds("Our meeting with Mia (April 12, 2020) was cancelled", "date_of_birth") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Thanks, and the address we hold is 88 Elm Grove. Is that right?", "88 Elm Grove"),
        ("New address for my records: 12 Queen's Drive. Phone later.", "12 Queen's Drive"),
        ("Er lekt water bij de meterput voor ons huis (Kouter 41). Kan iemand komen?", "Kouter 41"),
        ("Er lekt water voor ons huis (Kouter 41 bus 3). Kan iemand komen?", "Kouter 41 bus 3"),
    ],
)
def test_an_address_after_words_about_it(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("mn wachtwoord is gwn Lente2019! hoor, echt waar", "Lente2019!"),  # a chat's filler before it
        ("Het paswoord voor het PDF-bestand is Kaas4471!.", "Kaas4471!."),  # a thing, then the password
        ("Mot de passe : #qRT#MJhGnDkrVw", "#qRT#MJhGnDkrVw"),  # another sign instead of a digit
    ],
)
def test_the_password_and_not_the_words_before_it(text: str, password: str) -> None:
    assert _kinds(text, "password") == [password]


def test_a_topic_after_a_hash_stays_a_topic() -> None:  # guard
    assert _kinds("wachtwoord kwijt #BlackFridayDeals #fail", "password") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the word wifi and admin typed in haste
        ("Wnfi Proximus-Home-5521 wachtwoord qTr8VbnM2LpXs. Kunnen jullie kijken?", "wifi_key",
         "qTr8VbnM2LpXs"),
        ("Router at the cottage: aqmin password Kp72!vRen, wifi key R0YSHHZD9C. Still nothing", "password",
         "Kp72!vRen"),
        # an itsme code received is sent; a key safe typed in haste; a key drawn without a digit
        ("Ik heb net een itsme-code gekregen: 552817 maar ik heb niks aangevraagd", "otp", "552817"),
        ("De sleutel hangt in het sleutelkulisje, code 407731. Tot morgen", "pin", "407731"),
        ("Mijn toegangstoken QwhzKtLpXyrWZeoqmoGTFjPNAbHQY== verloopt na 8 minuten", "token",
         "QwhzKtLpXyrWZeoqmoGTFjPNAbHQY=="),
    ],
)  # fmt: skip
def test_words_typed_in_haste_and_keys_drawn(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_one_s_own_itsme_code_stays_a_pin() -> None:  # guard
    assert ("pin", "84603") in found("Mijn itsme-code is 84603 maar het werkt niet.")


def test_the_word_for_a_network_is_no_login() -> None:
    text = "wifi van de zaak doet raar netwerk praktijk7 sleutel ON3G-ZAHQ-QS2Y"
    assert _kinds(text, "username") == []
    assert ("wifi_key", "ON3G-ZAHQ-QS2Y") in found(text)
