"""Round 7: PINs and PUKs the way fraud victims and locked-out customers tell them (invented messages)."""

from __future__ import annotations

import pytest
from scrub_findings import found

TOLD = [
    ("ik heb mijn pincode 4821 aan die man gegeven", [("pin", "4821")]),
    ("Hij vroeg mijn pincode en ik heb 7731 gezegd, stom van me", [("pin", "7731")]),
    ("Ik heb op de link geklikt en daar mijn pin ingetypt: 5092", [("pin", "5092")]),
    ("De 'bankmedewerker' wilde de code van mijn bankkaart, ik heb 3318 doorgegeven.", [("pin", "3318")]),
    ("ik heb de pincode van de app (60417) aan de oplichter gegeven", [("pin", "60417")]),
    (
        "Mijn zoon heeft de pincode van mijn moeder, 2846, aan iemand aan de telefoon gegeven.",
        [("pin", "2846")],
    ),
    ("Ik typte 9904 als pincode in op die nepsite van de bank", [("pin", "9904")]),
    (
        "mijn pasje is ingeslikt door de automaat bij de Albert Heijn, ik had 1357 ingetoetst",
        [("pin", "1357")],
    ),
    ("De pinbrief is vandaag gekomen, de code is 6620. Moet ik die nog wijzigen?", [("pin", "6620")]),
    (
        "Simkaart geblokkeerd na 3 keer proberen. Ik probeerde 0000 en 1234, de PUK op de kaart is 48213377",
        [("pin", "0000"), ("pin", "1234"), ("puk", "48213377")],
    ),
    ("Ik heb mijn pincode veranderd van 4410 naar 8026", [("pin", "4410"), ("pin", "8026")]),
    ("oude pincode 3391, nieuwe pincode 7162", [("pin", "3391"), ("pin", "7162")]),
    ("Wat was de pin die je gaf? -- 5538", [("pin", "5538")]),
    (
        "Kaartnummer 5355 2200 1234 5678 en de pincode is 2231",
        [("card", "5355 2200 1234 5678"), ("pin", "2231")],
    ),
    ("de code van mijn bankkaart is 8140, die heb ik ook aan die man gegeven", [("pin", "8140")]),
    ("pincode van de app: 91846", [("pin", "91846")]),
    ("Ik heb per ongeluk mijn pincode 6047 in een sms teruggestuurd", [("pin", "6047")]),
    ("ze belden namens de bank en vroegen naar mijn pincode. Ik zei 2958.", [("pin", "2958")]),
    ("De PUK-code die ik intikte was 12345678 maar die werkt niet", [("puk", "12345678")]),
    ("Mijn sim vraagt om een pukcode, op het kaartje staat 77340912", [("puk", "77340912")]),
    ("Gisteren 3x fout pin ingevoerd (ik dacht 0816), nu geblokkeerd", [("pin", "0816")]),
    ("ik heb mn pin 4519 aan mijn dochter gegeven om te pinnen", [("pin", "4519")]),
    ("mijn pincode is sinds vorige week 3702 maar de app accepteert hem niet", [("pin", "3702")]),
    ("Heb je je pincode gedeeld? Ja, 1590, via whatsapp", [("pin", "1590")]),
    ("j'ai tapé mon code 4417 sur le lien", [("pin", "4417")]),
    ("Le monsieur m'a demandé mon code secret et je lui ai donné 3392", [("pin", "3392")]),
    (
        "J'ai communiqué mon code confidentiel (8825) à une personne qui se disait de la banque",
        [("pin", "8825")],
    ),
    ("Mon code PIN est 6103, je l'ai donné par téléphone", [("pin", "6103")]),
    ("mon code carte c'est 2274", [("pin", "2274")]),
    ("Le distributeur a avalé ma carte, j'avais encodé 5816", [("pin", "5816")]),
    ("J'ai reçu la lettre avec mon code PIN : 0937", [("pin", "0937")]),
    (
        "Ma carte SIM est bloquée après 3 essais, j'ai essayé 1111 et 2580. Le code PUK est 30719284",
        [("pin", "1111"), ("pin", "2580"), ("puk", "30719284")],
    ),
    ("J'ai changé mon code de 4101 à 9273", [("pin", "4101"), ("pin", "9273")]),
    ("Mon fils a donné le code de ma carte bancaire (1629) à un inconnu", [("pin", "1629")]),
    ("code pin de l'application : 55821", [("pin", "55821")]),
    ("j'ai encodé mon code secret 7404 sur un site frauduleux", [("pin", "7404")]),
    ("Ancien code 2213, nouveau code 8790", [("pin", "2213"), ("pin", "8790")]),
    ("le code PUK que j'ai tapé: 88120437", [("puk", "88120437")]),
    ("Ils m'ont demandé le code de ma carte, j'ai dit 4663", [("pin", "4663")]),
    ("he asked for my PIN and I told him 7731", [("pin", "7731")]),
    ("I gave the caller my card PIN, 2904, before I realised", [("pin", "2904")]),
    ("The ATM swallowed my card after I entered 6618", [("pin", "6618")]),
    ("My PIN letter arrived today, PIN is 3046", [("pin", "3046")]),
    ("I changed my PIN from 5521 to 8830 last week", [("pin", "5521"), ("pin", "8830")]),
    ("my mum's pin is 4150, my son gave it to a guy on the phone", [("pin", "4150")]),
    ("Card number 4929 1234 5678 9012, PIN 4406", [("pin", "4406")]),
    ("I typed my PIN 8172 into the link in the text", [("pin", "8172")]),
    ("the app PIN I set is 20584", [("pin", "20584")]),
    ("My old PIN was 3920 and the new one is 6645", [("pin", "3920"), ("pin", "6645")]),
    ("I read out my pin number (5190) to the fraudster", [("pin", "5190")]),
    ("I entered the PUK 46172093 but it says invalid", [("puk", "46172093")]),
    ("Stupidly I told them my PIN: it's 9023", [("pin", "9023")]),
]

LOOK_ALIKES = [
    "de code van mijn kaart eindigend op 4821 werkt niet",
    "Mijn kaart eindigend op 4821 is geblokkeerd",
    "PIN geblokkeerd na 3 pogingen",
    "ik ben sinds 2019 klant en mijn pincode werkt niet meer",
    "Er is 1250 euro van mijn rekening gehaald om 14:35",
    "Dossiernummer 20231187, mijn pincode is gestolen",
    "card ending 7731 was used for £2400 on 12/03",
    "My PIN stopped working in 2024, case number 558120",
    "ma carte se terminant par 4417 a été bloquée à 16h20",
    "code PIN bloqué après 3 tentatives, 250 euros retirés",
    "I forgot my PIN and the ATM kept my card at 10:45",
    "De pinautomaat gaf 200 euro niet uit",
    "Ik heb mijn pincode 3 keer fout ingetoetst",
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_pin_or_puk_told_in_a_fraud_or_lockout_story_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_years_amounts_last_digits_times_and_counts_stay_untouched(text: str) -> None:
    assert found(text) == []


def test_a_code_word_after_a_pin_cue_does_not_split_a_long_grouped_number_into_pins() -> None:
    # The own corpus's bad-card look-alike: sixteen digits in groups that fail the card check are no card,
    # and their groups are no PINs either, though a PIN cue stands a line above and a card was swallowed.
    text = (
        "> Deel nooit je wachtwoord of pincode met ons.\n"
        "> code 2221\u00a08657\u00a07094\u00a01940 Mijn pas is ingeslikt door de automaat."
    )
    assert [kind for kind, _ in found(text)] == []
    assert found("De pinbrief is vandaag gekomen, de code is 6620") == [("pin", "6620")]
