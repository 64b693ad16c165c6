"""Round 64: crowdfunding, childcare, couriers, pet insurance, alarms and opticians; garages, student
housing, energy switching, libraries, dating and lost luggage read (their development halves), and synthetic
probes of the next writers' sectors: a member's profile id, a courier's id and a library's reader card; a
call asked of the company; a company's general mailbox in the header of its own quoted reply; a lock's code
asked after as it was, its star kept; a password's word hit wrong right after the network's name; "réf."
and a car's mileage as references; the company's line before its advice, after "niemand neemt op" and on
its footer with its legal name; a disk's recovery key; a security question's answer; a parking zone; a
meter's reading beside a credential's cue; a date before the article "een"; a password sent "via DM"; a
checksum's word typed in haste, a fingerprint and a chain's transaction; an e-mail address and its
password after a slash; a door's French word typed in haste."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hoi, mijn account is geblokkeerd. Geregistreerd met sanne.k@ziggo.nl, profiel-ID u55120934.",
         "u55120934"),
        ("Please delete my profile, profile ID 8841207735, phone below.", "8841207735"),
        ("Mon compte est suspendu, ID profil ID77310254, merci de vérifier.", "ID77310254"),
        ("Hoi, Koeriers-ID RDR-44817. Mijn uitbetaling van vorige week mist.", "RDR-44817"),
        ("Goedemiddag, bibliotheekkaart P7731942, er staat nog een boete open.", "P7731942"),
        ("Bonjour, nouvelle adresse ci-dessous. Carte lecteur P7731942", "P7731942"),
    ],
)  # fmt: skip
def test_a_profile_s_a_courier_s_and_a_reader_s_numbers_are_customer_numbers(text: str, number: str) -> None:
    assert number in _kinds(text, "customer_number")


@pytest.mark.parametrize(
    "text",
    [
        "De monteur belt vooraf. Kunnen jullie bellen op 030 241 8876 (werk)?",
        "De onderdelen komen vrijdag. Kunnen jullie bellen op (040) 7240893 (werk) als de auto klaar is?",
    ],
)  # fmt: skip
def test_a_call_asked_of_the_company_is_to_the_customer_s_line(text: str) -> None:
    assert len(_kinds(text, "phone")) == 1


def test_a_number_the_customer_may_call_for_advice_stays_the_company_s() -> None:  # guard
    assert _kinds("Waarom kunnen jullie niet bellen naar 020 123 4567?", "phone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Op 3 mei 2025 om 15:20 schreef KidsKamp Klantenservice <contact@kidskamp.nl>:\n> Beste ouder,",
        "On 2/19 at 7:15 pm, Lensly Support <info@lensly.com> wrote:\n> Dear customer,",
        "Le 4/3 à 9h, VeloLift <hello@velolift.be> a écrit :\n> Madame, Monsieur,",
        "Op 1 juni schrefe Camping Zeewind <info@zeewind.nl>:\n> Wij bevestigen",
    ],
)  # fmt: skip
def test_a_company_s_general_mailbox_in_its_own_reply_header_is_not_personal(text: str) -> None:
    assert _kinds(text, "email") == []


@pytest.mark.parametrize(
    "text",
    [
        "On 1 Dec 2026 at 11:30, Connor Williams <info@garage.com> wrote:\n> Hi",
        "Van: \"Trein & Co\" <info@treinenco.nl>\nDatum: 3 mei",
    ],
)  # fmt: skip
def test_a_person_s_or_a_forwarded_sender_s_mailbox_stays(text: str) -> None:  # guard
    assert len(_kinds(text, "email")) == 1


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Ik zet de auto morgen neer. Kan de sleutel in de kluis? Welke code heeft die, of is het nog steeds "
         "4610#?", "4610#"),
        ("Klantnummer K428845. Kan ik de sleutel in de sleutelkluis doen? Welke code heeft die, of is het "
         "nog steeds *9694?", "*9694"),
        ("Customer no. 820.007.486. Can I leave the keys in the keysafe? Is the code still *4271?", "*4271"),
        ("Mot de passe molen-dragon91. Code de la potre 0205, je ne peux pas entrer.", "0205"),
        ("Le code de la prte de la crèche a changé ? Nous avons toujours 7458.", "7458"),
    ],
)  # fmt: skip
def test_a_lock_s_code_asked_after_or_its_door_typed_in_haste_is_a_pin(text: str, pin: str) -> None:
    assert pin in _kinds(text, "pin")


def test_the_post_office_is_no_door() -> None:  # guard
    assert _kinds("J'ai reçu le code 4471 par la poste", "pin") == []


def test_a_password_s_word_hit_wrong_after_the_network_s_name_names_the_wifi_key() -> None:
    text = "Nieuwe huisgenoot vraagt de wifi: netwerk Telenet-8843, wchtwoord 60D8A212F1. Mag dat?"
    assert _kinds(text, "wifi_key") == ["60D8A212F1"]
    assert _kinds(text, "password") == []


def test_the_same_slip_elsewhere_stays_an_account_s_password() -> None:  # guard
    text = "mijn wifi doet raar en mijn wchtwoord is Tulp2020! voor de app"
    assert _kinds(text, "password") == ["Tulp2020!"]


@pytest.mark.parametrize(
    "text",
    [
        "Check engine light came on again, code P0427, mileage 155667. You charged me £774.",
        "Ne partagez jamais de code de vérification. Un e-mail a été envoyé. Réf. SR-11540322",
        "Ik heb de code 4471 gebruikt. De meterstand op 14-02-2026 was 189733, klopt dat?",
    ],
)  # fmt: skip
def test_a_reference_and_a_reading_are_no_codes(text: str) -> None:
    assert _kinds(text, "otp") == []
    assert [value for _, value in found(text) if value[:2] in ("15", "SR", "18")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Votre valise sera livrée demain. Dossier ORDDL70426. 02 299 00 11 pour toute question.",
        "@KLM 5 dagen geen koffer. Dossier MANKL91356. Niemand neemt op 030 700 4411 #delayedbaggage",
        "Kind regards,\nLisa\nRapido Eats Ltd | 0390 417 0005 | Company No. SC744245",
    ],
)  # fmt: skip
def test_the_company_s_line_before_its_advice_or_on_its_footer_is_not_personal(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_customer_s_own_line_before_for_questions_stays() -> None:  # guard
    assert _kinds("bel me op 020 123 4567 voor vragen", "phone") == ["020 123 4567"]


def test_a_mobile_on_a_business_customer_s_footer_stays() -> None:  # guard
    assert _kinds("Bakkerij Jansen B.V. | 06 1234 5678 | KvK 12345678", "phone") == ["06 1234 5678"]


@pytest.mark.parametrize(
    "text",
    [
        "BitLocker vraagt om een herstelsleutel: 412269-503118-228371-660220-318494-103081-590947-222805",
        "The repair shop needs this: 123456-234567-345678-456789-567890-678901-789012-890123",
    ],
)  # fmt: skip
def test_a_disk_s_recovery_key_is_hidden_whatever_names_it(text: str) -> None:
    assert len(_kinds(text, "otp")) == 1
    assert _kinds(text, "otp")[0].count("-") == 7


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Betting account locked, username bigbets_mike, security answer was Rover, please reset.", "Rover"),
        ("het antwoord op mijn beveiligingsvraag is Pluisje, kunnen jullie dat controleren?", "Pluisje"),
        ("la réponse à ma question secrète est Minou, je ne peux plus me connecter", "Minou"),
    ],
)  # fmt: skip
def test_a_security_question_s_answer_is_a_password(text: str, password: str) -> None:
    assert _kinds(text, "password") == [password]


def test_a_forgotten_security_answer_names_no_value() -> None:  # guard
    assert _kinds("I forgot my security answer and the app is locked", "password") == []


def test_a_parking_zone_is_no_address() -> None:
    assert _kinds("Parkeerzone 1234 in Amsterdam, parkeervergunning PV-88213", "address") == []


def test_a_date_before_the_article_een_is_no_number_said_in_words() -> None:
    text = "Ik ben werkloos bij jullie (klantnummer X8353131) en heb per 19-07-2026 een parttime baan"
    assert _kinds(text, "customer_number") == ["X8353131"]


def test_how_a_password_is_to_be_sent_is_no_passphrase() -> None:
    assert _kinds("@onecom stuur ik mijn paswoord best via DM? klantnr 227325757689", "password") == []


@pytest.mark.parametrize(
    "text",
    [
        "De cehcksum van het bestand: 69ac39186c1651de709644f20377dcab7e2d6696eb02d8fa2f279e596c7f8052, ok?",
        "Somme de contôrle: 4799da0993bd4dfd2ebf1762410e4e40721635bd2051d9395447e8365335bf2d",
        "PS de vingerafdruk van de akte was 516ebe76b63bbb8dabc3e5624bc5ecc60a8acffc7935a562a4a88ff0cb059773",
        "My withdrawal (tx a974b99ad982dfae17f3be0f8fde9e304dcdbe499897cd0d2fc863d7178cd26a) never arrived",
    ],
)  # fmt: skip
def test_a_digest_by_its_word_typed_in_haste_is_shown_in_the_open(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Epic Games accout: oliver20@skynet.be / 3NlF4wqALnk2. Er is voor €97,99 gekocht", "3NlF4wqALnk2"),
        ("connexion au portail avec chloe93@voo.be / fi3ts620 impossible, erreur 425", "fi3ts620"),
    ],
)  # fmt: skip
def test_an_address_and_a_secret_after_its_slash_are_a_login(text: str, password: str) -> None:
    assert _kinds(text, "password") == [password]


@pytest.mark.parametrize("text", ["mail jan@x.nl / 06-12345678", "mail jan@x.nl / www.x.nl"])
def test_an_address_and_a_phone_or_a_site_after_its_slash_are_no_login(text: str) -> None:  # guard
    assert _kinds(text, "password") == []
