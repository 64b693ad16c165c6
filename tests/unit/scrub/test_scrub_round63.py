"""Round 63: pharmacies, funeral insurance, photo printing, gyms, salons and movers; car rental abroad,
groceries, streaming and tickets, language schools, vets and tolls read (their development halves), and
synthetic probes of the next writers' sectors: a keybox's, a parking garage's and one's own locker's codes;
a code asked for again; a number's own letters after its label; a prescription's reference, a fund's member
number after its copula, a plan credited; streets written small with their town; an agent's line over the
company's registration, a desk signed between commas; a network's name in brackets before its key's word; a
VAT number, an OS's version, a medicine's code and a subject's confirmation are no secrets; a Spanish street
with "del"; a backer's id, a number kept by a trade; a prescription's expiry; an alarm's emergency code; a
code in a mail; "code", "wifi", "mobile" and "client" typed in haste; a call booked between two times."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("De keybox van het vakantiehuis heeft code 482715, dat stond in jullie mail. Werkt niet.", "482715"),
        ("Mon abonnement est bloqué. Et le code de mon casier (8842) ne marche plus non plus.", "8842"),
        ("De sleutels moeten afgegeven worden, code van de parkinggarage is 551902. Verhuisdatum 3 mei.",
         "551902"),
        ("the plumber can come, the front dor coxe is 6184 and my number is below", "6184"),
        ("Hallo, het alarmsysteem: klantnummer 5529371, gebruikerscode 2846, noodcode 9153", "9153"),
    ],
)  # fmt: skip
def test_a_code_the_household_keeps_for_a_lock_or_an_alarm_is_a_pin(text: str, pin: str) -> None:
    assert pin in _kinds(text, "pin")
    assert pin not in _kinds(text, "otp")


@pytest.mark.parametrize(
    ("text", "otp"),
    [
        ("Hi there, the code 5188 you shared has been invalidated. Request a new one in the app.", "5188"),
        ("bonjour, j'ai reçu un mail avec le code 7406 alors que je n'ai rien demandé", "7406"),
        ("I got an email with the code 3391 this morning, was that you?", "3391"),
        ("j'ai reçu le crde 61840 par SMS mais il est expiré", "61840"),
        ("Log in met de tijdelijke coae 583-190 en kies daarna zelf een nieuw wachtwoord.", "583-190"),
    ],
)  # fmt: skip
def test_a_code_sent_or_asked_for_is_a_one_time_code(text: str, otp: str) -> None:
    assert _kinds(text, "otp") == [otp]


def test_a_number_s_own_letters_after_its_label_are_no_password_cue() -> None:
    text = "Met vriendelijke groet,\nIlse Maas\nTelefoon: 06 21 43 65 87\nKlantnummer: WW562019\n"
    assert _kinds(text, "customer_number") == ["WW562019"]
    assert _kinds(text, "password") == []


def test_the_password_s_short_form_before_its_value_stays_a_cue() -> None:  # guard
    assert _kinds("gebruiker jdekker, ww: WW562019", "password") == ["WW562019"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("I've been on hold on 0161 404 0000 for 40 mins. Prescription ref 4410938261, ring me back on 07700 "
         "900482 ta", "4410938261"),
        ("Dringend: mijn lidnummer ziekenfonds is QX739105 en ik heb mijn kaart nodig.", "QX739105"),
        ("I will transfer the premium from my account to plan 6081234957. Payment will follow.",
         "6081234957"),
        ("I pledged £40 on the campaign page, backer ID BK-5520918, and was charged twice", "BK-5520918"),
        ("Mijn brilrecept is aangepast, klantnummer opticien 4471-902, graag nieuwe glazen", "4471-902"),
        ("personne ne rappelle. Mon n° cilent est KD418822, joignable le soir.", "KD418822"),
        ("Overschrijving gedaan, lidnummer jachthaven CN 774410\n\nMet vriendelijke groet,\nMirjam",
         "CN 774410"),
        ("Le loyer est payé au nom de Manon Hubert. Contrat box ST-B40917\n\nSalutations,\nManon",
         "ST-B40917"),
    ],
)  # fmt: skip
def test_a_customer_s_number_by_what_holds_it(text: str, number: str) -> None:
    assert _kinds(text, "customer_number") == [number]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("de condoleancekaarten laten bezorgen op lindelaan 12 utrecht. de factuur volgt",
         "lindelaan 12 utrecht"),
        ("Naam: Sara Jacobs\nAdres: overtoom 15b amsterdam\nGeb.datum: 02-03-1961\n",
         "overtoom 15b amsterdam"),
        ("Bedankt!\n\nMet vriendelijke groet,\nPieter Smit\nmolenweg 44, Leiden\nTel: 06-12345678",
         "molenweg 44, Leiden"),
        ("could you send the refill to my address here: 12 king's road sw3 4ab? thanks",
         "12 king's road sw3 4ab"),
        ("Can you ship 6 packs to Avenida del Mar 12, 29601 Marbella? DOB 02.03.1950",
         "Avenida del Mar 12, 29601 Marbella"),
    ],
)  # fmt: skip
def test_a_street_written_small_or_the_spanish_way(text: str, address: str) -> None:
    assert _kinds(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "ik wacht al 20 minuten op lijn 12 naar huis, de bus komt niet",
        "On Mar 3, 2025 Jan Peeters wrote:",
        "Hey, the issue with your key is on our side, the fix ships in Android 15. Ticket #661902.",
    ],
)  # fmt: skip
def test_no_street_in_a_line_number_a_date_or_an_os(text: str) -> None:  # guard (the last one fails at start)
    assert _kinds(text, "address") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, sorry for that. ^SB\n> \n> Sofie | Fietsplus\n> T 0352 114 2233\n> Company No. SC123456",
        "nous avons bien enregistré le compte pour le contrat. Pour toute qestion : 02 511 22 33.",
        "Met vriendelijke groet, Anne, Planning VerhuisSnel, 02 555 66 77\n\nMet vriendelijke groet,\nAnne",
    ],
)  # fmt: skip
def test_the_company_s_line_in_an_agent_s_block_or_sign_off(text: str) -> None:
    assert _kinds(text, "phone") == []


def test_a_customer_s_mobile_after_their_sign_off_stays_theirs() -> None:  # guard
    assert _kinds("Groetjes, Jan, Kerkstraat Gent, 0470 12 34 56\n", "phone") == ["0470 12 34 56"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("We'll call you tomorrow between 8:30 pm and 9:15 pm on 6175550142. Have a good evening!",
         "6175550142"),
        ("Thanks, we'll call you tomorrow on 3125550187.", "3125550187"),
        ("Kind regards,\nJake Miller\nMoblie: 9194049330\n", "9194049330"),
    ],
)  # fmt: skip
def test_a_customer_s_phone_by_a_call_booked_or_a_label_in_haste(text: str, phone: str) -> None:
    assert _kinds(text, "phone") == [phone]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hey\nwifi at the villa is down (Casa_Sevilla), network key from the folder: kriu-E98x-22",
         "kriu-E98x-22"),
        ("your new wkfi key for Ziggo5G-7719 is maplePancake88 ^KP", "maplePancake88"),
    ],
)  # fmt: skip
def test_a_wifi_key_and_no_network_s_name(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]


def test_a_company_s_vat_number_on_its_footer_is_no_username() -> None:
    text = (
        "Met vriendelijke groet,\n\nNadia\nKlantenservice\n"
        "T 088 194 2320 | https://shop.example/account/login\nNL859271634B01"
    )
    assert _kinds(text, "username") == []


def test_a_prescription_s_expiry_is_no_card_s() -> None:
    assert _kinds("Lens order 88213, my prescription expires 04/27, can you renew it?", "card_expiry") == []


def test_a_medicine_s_code_is_no_phone() -> None:
    assert _kinds("You gave me 28 tablets instead of 56, item NDC 0781-1506-10. Please fix.", "phone") == []


def test_a_confirmation_heading_a_subject_is_a_reference() -> None:
    text = "Van: Servicedesk Opslag\nOnderwerp: Bevestiging WK5812\n> Beste Ilse, we hebben je aanvraag."
    assert _kinds(text, "otp") == []


def test_a_confirmation_code_told_stays_a_code() -> None:  # guard
    assert _kinds("Bevestiging: 482913 is uw code", "otp") == ["482913"]


@pytest.mark.parametrize(
    ("text", "pin"),
    [
        ("Ma carte de membre M1233444 est bloquée à l'entrée. Et le code de mon casier (7602) ne marche pas.",
         "7602"),
        ("Beste Ricardo, bedankt voor de code 71392 van het sleutelkluisje. De verhuizers komen om 9u.",
         "71392"),
    ],
)  # fmt: skip
def test_a_member_s_card_and_a_name_take_no_lock_s_code(text: str, pin: str) -> None:
    assert _kinds(text, "pin") == [pin]


def test_a_contact_person_s_number_is_their_phone() -> None:
    text = "Contact ter plaatse: Dries Claes, 02 008 73 75.\n\nIk had graag een antwoord."
    assert _kinds(text, "phone") == ["02 008 73 75"]


def test_a_desk_named_as_contact_keeps_its_line() -> None:  # guard
    assert _kinds("Contact: Klantenservice Ziggo, 0900 1884", "phone") == []


def test_a_name_before_a_landline_is_no_street() -> None:
    assert _kinds("my neighbour Kyle Thompson, 0113 718 3604 has a key", "address") == []


def test_a_passcode_told_as_a_word_is_a_password() -> None:
    text = "Alarm monitoring: the passcode for the call centre is Bluebird7, account 88123-A"
    assert _kinds(text, "password") == ["Bluebird7"]


def test_a_customer_number_after_the_brand_alone() -> None:
    assert _kinds("Overstap: klantnummer Engie 5001234567, meter volgt", "customer_number") == ["5001234567"]


def test_another_thing_s_word_after_the_account_keeps_its_number() -> None:  # guard
    assert _kinds("new key is live en site ID SKU 4484947. Krijg error E-305", "customer_number") == []
