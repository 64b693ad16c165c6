"""Values with no cue beside them, round 7 (webcare.scrub.fallback): a code told or handed over ("ik heb
… doorgegeven"), several codes told in a row, and look-alikes that stay untouched. Every example is
invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value before the verb that hands it over, a cue earlier in the sentence or none at all
        ("iemand van de bank vroeg de sms-code en ik heb 731950 gezegd, wat nu?", [("otp", "731950")]),
        ("882 614 → die heb ik aan de beller doorgegeven. Is mijn geld weg?", [("otp", "882 614")]),
        ("on m'a appelé et j'ai donné 405-918 au monsieur, c'était une arnaque ?", [("otp", "405-918")]),
        # the value after the verb, past small words and a colon
        (
            "Stond erbij: niet delen. Toch heb ik hem gedeeld: 270 481. Kan dat nog stoppen?",
            [("otp", "270 481")],
        ),
        ("they called about the text code and I told them 639027. What now?", [("otp", "639027")]),
        (
            "la personne m'a demandé le code reçu et je lui ai envoyé 518-227 tout de suite",
            [("otp", "518-227")],
        ),
        # in brackets after the verb that names it
        ("Hoi Sanne, de sms-code die u noemde (604713) is al verlopen.", [("otp", "604713")]),
    ],
)
def test_a_code_told_or_handed_over_is_a_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another number told: a meter reading, an order, an amount, a year
        "de meterstand die ik vorige week doorgaf was 048213, klopt dat wel?",
        "l'index du compteur que j'ai communiqué était 031877, c'est correct ?",
        "I gave them my order number 582201 on the phone yesterday",
        "ik heb het bestelnummer 773019 al doorgegeven aan de winkel",
        "ik heb 2019 gezegd als bouwjaar, was dat fout?",
        "ik heb € 250,00 doorgegeven als bedrag voor de schade",
        # a name handed over is no number
        "ik heb Marieke gezegd dat ze moest wachten op de code",
        # "dit" is French for "said" and Dutch for "this"
        "Waarom duurt dit zo lang? 1000 sms per maand en de code komt niet",
    ],
)
def test_other_things_told_stay_untouched(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ik kreeg twee sms-codes: de eerste was 318406 en de tweede 902175",
            [("otp", "318406"), ("otp", "902175")],
        ),
        (
            "Two codes came in, first 557120 and then 660341. Which one?",
            [("otp", "557120"), ("otp", "660341")],
        ),
        (
            "j'ai reçu deux codes par sms, d'abord 481 207 puis 830 664",
            [("otp", "481 207"), ("otp", "830 664")],
        ),
        (
            "welke code? eerst 209774, een paar minuten later nog 617003",
            [("otp", "209774"), ("otp", "617003")],
        ),
        # a value found by a situation rule has its second found too
        (
            "de code kwam laat, ik kreeg 400912 en daarna nog 735518. Welke?",
            [("otp", "400912"), ("otp", "735518")],
        ),
    ],
)
def test_several_codes_told_in_a_row_are_all_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a first and a next number that are no code: years, amounts, without talk of codes
        "first 2019 then 2020, the code changed both years",
        "eerst 150 euro en daarna nog 200 euro afgeschreven",
        "de eerste levering was 120411 en de tweede 120412, geen idee waarom",
    ],
)
def test_numbers_in_a_row_without_a_code_stay_untouched(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The recovery codes we kept don't work either:\n\n1. 405117\n2. 830 266\n\nCan you reset it?",
            [("otp", "405117"), ("otp", "830 266")],
        ),
        (
            "> > De herstelcodes uit de app werken niet:\n> >\n> > 1) 771904\n> > 2) 238-650\n> >\n> > Groet",
            [("otp", "238-650"), ("otp", "771904")],
        ),
        (
            "Voici les codes de secours reçus :\n- 902 114\n- 377018\n- 650 442\nMerci",
            [("otp", "377018"), ("otp", "650 442"), ("otp", "902 114")],
        ),
        ("De nieuwe pincodes van de kaarten:\n* 4417\n* 9023\n\nGroet", [("pin", "4417"), ("pin", "9023")]),
    ],
)
def test_codes_listed_under_the_line_that_names_them_are_codes(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # faults, dates and years listed, and a list after a line that names no code
        "De foutcodes die we zien:\n- 403112\n- 403118",
        "error codes:\n1. 502931\n2. 502932",
        "De codes gelden voor deze jaren:\n- 2023\n- 2024",
        "Our opening hours:\n1. 0900\n2. 1700",
    ],
)
def test_lists_of_other_numbers_stay_untouched(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tijdelijke toegang:\n* Ruben: ruben.devos7 (ww: Kikker#551)\n* Lotte: lottej (ww: Appel!902)",
            [
                ("password", "Appel!902"),
                ("password", "Kikker#551"),
                ("username", "lottej"),
                ("username", "ruben.devos7"),
            ],
        ),
        (
            "- Sophie: compta (mot de passe : Fleur#2024)",
            [("password", "Fleur#2024"), ("username", "compta")],
        ),
        (
            "new starter: k.obrien22 (pw Harbour_7781)",
            [("password", "Harbour_7781"), ("username", "k.obrien22")],
        ),
    ],
)
def test_the_login_before_a_password_in_brackets_is_its_username(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_a_plain_word_before_a_password_in_brackets_in_prose_is_no_username() -> None:
    assert _found("Ik heb mijn account geblokkeerd (ww: Tulp88!) en nu?") == [("password", "Tulp88!")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hoofdnetwerk Telvo-41AC (Zonnebloem#31), gastnetwerk Telvo-41AC-Gast (7731904458). tv doet raar",
            [("wifi_key", "7731904458"), ("wifi_key", "Zonnebloem#31")],
        ),
        ("réseau principal MaisonDupont (Kx7pQ2rT9w) et la tv ne capte rien", [("wifi_key", "Kx7pQ2rT9w")]),
    ],
)
def test_a_key_in_brackets_after_its_networks_name_is_a_wifi_key(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a band, a state, a model in brackets after a network's name
        "het netwerk Thuis-5G (offline) doet het niet meer",
        "my network Kantoor (2.4 GHz) keeps dropping",
        "thuisnetwerk Lumo-22 (VMG8825) valt steeds weg",
    ],
)
def test_other_things_in_brackets_after_a_network_stay_untouched(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wq7-pLm2-zz9x ← dat heeft de monteur op de modem gezet, maar de laptop wil niet",
            [("wifi_key", "Wq7-pLm2-zz9x")],
        ),
        (
            "Hazelnoot!72 👈 this is what I typed on the login page, still refused",
            [("password", "Hazelnoot!72")],
        ),
    ],
)
def test_a_value_pointed_at_by_an_arrow_is_typed_by_its_situation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brussel ← dat is waar het pakket nu staat",
        "ERR-4410 ← dat is de melding op de modem",
    ],
)
def test_a_place_or_a_fault_pointed_at_stays_untouched(text: str) -> None:
    assert _found(text) == []


def test_the_old_key_before_an_aside_is_the_new_keys_sibling() -> None:
    text = "Ik heb het wifi-wachtwoord veranderd van 5521907734 (van de sticker) naar 8830412267, geen wifi"
    assert _found(text) == [("wifi_key", "5521907734"), ("wifi_key", "8830412267")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10:02 Bank: Heeft u ook uw pincode doorgegeven?\n10:03 Anouk: ja\n"
            "10:03 Bank: Niet herhalen hoor.\n10:05 Anouk: het was 7316 hoe dan ook",
            [("pin", "7316")],
        ),
        (
            "[09:10] Agent: Did you read out the PIN as well?\n[09:11] Liam: yeah\n"
            "[09:12] Liam: it was 0482 sorry",
            [("pin", "0482")],
        ),
        (
            "Avez-vous donné votre PUK ?\nMarc: oui hélas\nMarc: c'était 55190364 je crois",
            [("puk", "55190364")],
        ),
    ],
)
def test_a_number_told_as_what_it_was_turns_after_its_question(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year, an amount, a time told as what it was after talk of a PIN
        "Mijn pincode werkt niet meer.\nHet was 2019 toen ik hem kreeg",
        "The PIN was refused at the till.\nIt was 1200 euro so I paid by app",
    ],
)
def test_what_it_was_that_is_no_code_stays_untouched(text: str) -> None:
    assert _found(text) == []


def test_a_four_digit_number_tried_near_talk_of_a_blocked_sim_is_the_pin() -> None:
    # the PUK is only talked of ("sim geblokkeerd"); four digits tried are the PIN named before
    text = (
        "Mijn simpincode is nieuw. Mijn dochter heeft de oude (8127) geprobeerd en nu is de sim geblokkeerd."
    )
    assert ("pin", "8127") in _found(text)


def test_a_model_after_a_brand_near_a_verb_of_receiving_stays_untouched() -> None:
    text = "Nieuwe simkaart ontvangen voor mijn Nokia 3310. PIN 4471, puk 66120093. Internet doet niks."
    assert ("pin", "3310") not in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: Welke inloggegevens heeft u ingevuld?\n"
            "Klant: NL02ABNA0123456789 en femkeb1983 met Roosje!77",
            [("iban", "NL02ABNA0123456789"), ("password", "Roosje!77"), ("username", "femkeb1983")],
        ),
        (
            "Vous avez donné votre identifiant ?\nOui: p.lambert58 avec Soleil#2024 hélas",
            [("password", "Soleil#2024"), ("username", "p.lambert58")],
        ),
        (
            "my login details were harry_k77 | Kettle-blue-91 on the fake page",
            [("password", "Kettle-blue-91"), ("username", "harry_k77")],
        ),
    ],
)
def test_a_login_and_password_joined_by_met_avec_with_or_a_bar_are_a_pair(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oppas kan niet verbinden met Thuis_5G, ze typt het wachtwoord van de sticker",
        "De wifi doet raar: de laptop wil niet verbinden met Kantoor_5G, wachtwoord klopt wel",
    ],
)
def test_words_joined_by_met_that_are_no_login_pair_stay_untouched(text: str) -> None:
    assert all(kind != "username" for kind, _ in _found(text))
