"""Round 23: the codes of a home's key safe, alarm and bike shed are PINs (a letter on the keypad, digits said
one by one, an alarm named without "code"); a home's contract, mortgage, lease, meter and energy site numbers;
an energy connection's EAN; a French street written small with a capital inside."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, code",
    [
        ("De sleutel hangt in de sleutelkluis bij de garage, code B5521, tot vanavond", "B5521"),
        ("the spare key is in the key safe by the shed, code K7730. Thanks!", "K7730"),
        ("le double est dans le boîtier près de la porte, code Z4402.", "Z4402"),
        ("lockbox code is 4-0-7-1, the cleaner comes Friday", "4-0-7-1"),
        ("sleutelkastje naast de deur, code 8-8-1-3 hoor", "8-8-1-3"),
        ("is de code van de fietsenberging nu 7731# of nog 5520#?", "7731#"),
    ],
)  # fmt: skip
def test_a_key_safe_s_code_is_a_pin_with_a_letter_or_said_digit_by_digit(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("De monteur mag binnen. Het alarm gaat na 45 seconden af, uitschakelen met 6614.", "6614"),
        ("Le livreur peut entrer, l'alarme se désactive avec 20931.", "20931"),
        ("codes for the sitter: gate 1188, alarm: 5093, thanks", "5093"),
        ("Please disarm the alarm with 7240 when you arrive", "7240"),
        ("La porte est ouverte, alarme 3318, merci", "3318"),
        ("Je schakelt het alarm uit met 4-4-0-9 bij de voordeur", "4-4-0-9"),
    ],
)  # fmt: skip
def test_an_alarm_s_code_is_a_pin_without_the_word_code(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het alarm ging om 0300 af, 2 keer",
        "ons alarm 2019 model geeft een storing",
        "alarmcentrale 0800 1234 neemt niet op",
        "het alarm gaat af na 30 sec, vervelend",
        "my iPhone 14 Pro (A2890) lost its unlock code",
        "the app says the pin is wrong and shows F119",
    ],
)
def test_no_pin_in_an_alarm_s_time_year_or_line_or_a_model_s_letter(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "pin"]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Mijn huurcontract is 4471-20933, ik verhuis in juni", "4471-20933"),
        ("Het huurcontract VHE 30218 mag op naam van mijn partner", "VHE 30218"),
        ("Contrat VHE 66120, je déménage le 3 mars", "VHE 66120"),
        ("Wilt u het energiecontract (C03318842) meenemen naar mijn nieuwe adres?", "C03318842"),
        ("Hypotheeknummer L204419871, graag een nieuw overzicht", "L204419871"),
        ("My lease number is HC-771240 and I'm moving out", "HC-771240"),
        ("Meternummer E7720144, de stand klopt niet", "E7720144"),
        ("Our MPAN 1200033614 was read wrong again", "1200033614"),
        ("the monitoring site id 2207714 stopped reporting", "2207714"),
        ("Site-ID 4412093. De omvormer geeft niets door", "4412093"),
    ],
)  # fmt: skip
def test_a_home_s_contract_mortgage_lease_meter_and_site_numbers(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het contract 2024 loopt af in maart",
        "Mijn huurcontract loopt tot 2027",
        "het energiecontract kost 84 euro",
    ],
)
def test_a_contract_s_year_or_amount_is_no_number(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "customer_number"]


@pytest.mark.parametrize(
    "text, ean",
    [
        ("EAN elektra 871687 400123 556677, gas 871687 400123 998811", "871687 400123 556677"),
        ("EAN stroom 871687140012355667 graag overzetten", "871687140012355667"),
        ("gas 871694 001233 450981 mag mee naar het nieuwe adres", "871694 001233 450981"),
        ("EAN du nouveau logement 541448820012345678", "541448820012345678"),
    ],
)
def test_an_energy_connection_s_ean_is_the_household_s(text: str, ean: str) -> None:
    assert ("customer_number", ean) in found(text)


def test_a_product_s_ean_of_thirteen_digits_is_no_one_s() -> None:
    assert found("De wasmachine (EAN 8710103912345) is kapot geleverd") == []


def test_a_french_street_written_small_with_a_capital_inside() -> None:
    text = "Cordialement,\nLéa Martin\nrue de l'Église 12 bte 4, 4000 Liège"
    assert ("address", "rue de l'Église 12 bte 4, 4000 Liège") in found(text)


_UPPER_KEY = "R7KQ2M9XW4TB8N3VZ6PL5YH2DC9FJ3QA"
_LOWER_KEY = "k3v9q2m8x4t7b1n6z5p0l2y8h4d9f3qa"


@pytest.mark.parametrize(
    "text, key",
    [
        (f"ik vertrouw het niet dat dit zomaar in een mail staat: {_UPPER_KEY}", _UPPER_KEY),
        (f"they pasted this in the ticket: {_LOWER_KEY} can you rotate it", _LOWER_KEY),
    ],
)
def test_a_long_random_key_in_one_case_is_machine_made(text: str, key: str) -> None:
    assert ("api_key", key) in found(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("IBAN it58m7753557984j5gxyo1c3vax, betaald: €12,50", None),  # an IBAN mistyped
        ("de staff wifi is 54D14D280EE23B2FAF1B273EBD sinds de update", "wifi_key"),  # a WEP key in hex
        ("tracking 1Z999AA10123456784 komt niet aan", None),
        ("the upload failed, id 01J9ZQ4K7M2X8V3T6R5W1Y0B9C, can you look", None),  # a ULID
    ],
)
def test_a_one_case_iban_wep_key_or_parcel_is_no_api_key(text: str, kind: str | None) -> None:
    assert [k for k, _ in found(text)] == ([kind] if kind else [])


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Kind regards,\nOliver Hughes\nT: (0)7700 431 982\nE: o.hughes@example.org", "(0)7700 431 982"),
        ("mijn nieuwe nummer is (0)6 41287733, het oude mag weg", "(0)6 41287733"),
        ("The adjuster will reach out at 5039284417 this week", "5039284417"),
        ("a technician will call 7204418832 to book a slot", "7204418832"),
    ],
)
def test_a_phone_with_its_trunk_zero_in_brackets_or_called_on_by_someone(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Energy Ltd\nCompany No. 08812345\nSwitchboard +44 20 7946 0321",
        "Woonstad Noord\nAlgemeen nummer 020 627 1414",
        "Mobiel 06 41287733 | Algemeen 030 227 0277",
        "Lumo Bank SA\nStandard : +32 2 839 52 67",
        "Acme Inc. | Tax ID 49-9478736\nMain line (646) 357-2210",
    ],
)
def test_a_company_s_line_by_its_label_is_no_one_s_phone(text: str) -> None:
    phones = [value for kind, value in found(text) if kind == "phone"]
    assert phones == (["06 41287733"] if "Mobiel" in text else [])


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Dear team,\n\n> it's 7391\n> \n> Best,\n> Tom", "pin", "7391"),
        ("Hallo,\n>>> 662018 denk ik\n>>> \n>>> Groet", "otp", "662018"),
        ("Bonjour,\neuh 318\nmerci", "cvv", "318"),
        ("Hi,\noops 40172 I mean\nthanks", "pin", "40172"),
        ("Hoi,\nja 't is 508 144\nGroetjes", "otp", "508 144"),
        ("Dear E.ON,\n\nits 3318204\n\nBest, Rhys", "customer_number", "3318204"),
        ("Hallo,\nis 14031987\nsorry", "date_of_birth", "14031987"),
        ("Hi,\nit's 672-939-205\nthanks", "customer_number", "672-939-205"),
        ("Bonjour\neuh 140.022.584\nmerci", "customer_number", "140.022.584"),
    ],
)
def test_digits_alone_on_a_line_with_a_filler_or_a_hedge_answer_a_question(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\nit's 2019\nthanks",  # a year
        "Hi,\nit's 12-03-2024\nthanks",  # a date
        "Order summary\n408631\nShipped",  # digits alone, nothing answers
        "Hallo,\nik heb 3 pakketten besteld, 2 kwamen aan",
    ],
)
def test_a_year_or_bare_digits_on_a_line_answer_nothing(text: str) -> None:
    assert found(text) == []


_HEX40 = "9c1e4f2a7b3d5e6f708192a3b4c5d6e7f8091a2b"


@pytest.mark.parametrize(
    "text",
    [
        f"HEAD is now at {_HEX40}",
        f"deployed {_HEX40} to prod yesterday, still failing",
        'ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"',
        "integrity sha512-Xq1Wc2ZkYm9vYmFyYmF6cXV4Y29ycmVjdGhvcnNlYmF0dGVyeXN0YXBsZQ==",
        "Host key fingerprint is SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8.",
        "image: example.com/api@sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904b825dc642cb6eb9a060e54bf",
        "my public key: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA8kLmYq3ZpXwT9fRz0eNb2KsP4uVc1oHgD",
    ],
)
def test_a_digest_a_git_head_or_a_public_key_is_shown_in_the_open(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [f"we deployed the new key: {_HEX40}", f"the key got committed by mistake: {_HEX40}"],
)
def test_a_key_deployed_or_committed_by_mistake_stays_a_secret(text: str) -> None:
    assert ("api_key", _HEX40) in found(text)


def test_a_password_with_a_hash_sign_in_a_connection_string() -> None:
    text = "DATABASE_URL=postgres://shopadmin:Zr7#kLp2vQ@db.example.internal:5432/shop"
    assert found(text) == [("username", "shopadmin"), ("password", "Zr7#kLp2vQ")]


@pytest.mark.parametrize(
    "text, kind, said",
    [
        ("mijn telefoonnummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig",
         "phone", "nul zes twaalf vierendertig zesenvijftig achtenzeventig"),
        ("my phone number is oh seven seven double oh nine hundred one two three",
         "phone", "oh seven seven double oh nine hundred one two three"),
        ("mon numéro c'est zéro quatre septante-deux trente-quatre cinquante-six soixante-dix-huit",
         "phone", "zéro quatre septante-deux trente-quatre cinquante-six soixante-dix-huit"),
        ("My number is nine one nine two six five four four three seven, call after six",
         "phone", "nine one nine two six five four four three seven"),
        ("mijn bsn is een twee drie vier vijf zes zeven acht twee",
         "bsn", "een twee drie vier vijf zes zeven acht twee"),
        ("numéro client neuf, un, huit, neuf, quatre, trois, sept", "customer_number",
         "neuf, un, huit, neuf, quatre, trois, sept"),
    ],
)  # fmt: skip
def test_a_number_said_in_words_is_read_as_its_digits(text: str, kind: str, said: str) -> None:
    assert (kind, said) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "het is twaalf uur en ik ben vierenzeventig jaar, mijn kleinzoon helpt me",
        "I have two dogs, three cats and one very old parrot at home",
        "on est quatre, deux adultes et deux enfants, pour trois nuits",
    ],
)
def test_number_words_in_prose_are_no_number(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, said",
    [
        ("my email is mary dot smith at sign hotmail dot com", "mary dot smith at sign hotmail dot com"),
        ("email: kees underscore bakker apestaart yahoo punt com",
         "kees underscore bakker apestaart yahoo punt com"),
    ],
)
def test_an_address_dictated_with_at_sign_or_apestaart(text: str, said: str) -> None:
    assert ("email", said) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Straight after, the code 7731 arrived, which I never asked for", "7731"),
        ("de code 5521 kwam binnen terwijl ik niets deed", "5521"),
        ("voici le code que je viens de recevoir 8164, c'est normal ?", "8164"),
        ("le code que j'ai reçu par sms 9421, il marche pas", "9421"),
        ("the code I just got 4471 doesn't work", "4471"),
    ],
)
def test_a_code_named_by_its_arrival_is_a_one_time_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("DM'd you, cutsomer number 53115757", "53115757"),
        ("My custmoer number is 130 287 363 The router is old", "130 287 363"),
        ("Hi, cusotmer ID 9499426156 please check", "9499426156"),
    ],
)
def test_a_customer_number_s_name_typed_with_a_slip(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("goedenavond, ik ben klant KL8830215 en wil mijn abonnement opzeggen", "KL8830215"),
        ("je suis client 750529887 depuis trois ans", "750529887"),
    ],
)
def test_a_customer_names_themself_by_their_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_customer_since_a_year_names_no_number() -> None:
    assert found("ik ben klant bij jullie sinds 2012 en nu dit") == []


@pytest.mark.parametrize(
    "text, expiry",
    [
        ("carte 4111 1111 1111 1111, date d'expiration janv. 2030. Le montant", "janv. 2030"),
        ("carte 4111 1111 1111 1111 valable jusqu'au févr. 2029. Merci", "févr. 2029"),
    ],
)
def test_a_card_s_expiry_with_a_french_month_abbreviated(text: str, expiry: str) -> None:
    assert ("card_expiry", expiry) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Closing reading 006459.254, gas 057241.901. Regards",
        "Kind regards,\nSam\nCustomer Support | BelTelco\nT +44 20 7871 6498",
        "Groet,\nKlantedienst StreamBox\nT 02/238.25.98",
    ],
)
def test_a_meter_s_decimal_reading_or_a_support_team_s_line_is_no_one_s_phone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("La clé est dans le boîtier à côté de la porte, code 906212.\n\nPayé par carte, 80 EUR", "906212"),
        ("sleutel in de sleutelkluis aan de achterdeur (code 2-6-2-1).\n\nde sms zei: 'Uw code is 1234'",
         "2-6-2-1"),
        ("Engineer can get the key from the key safe by the back door, code 757157", "757157"),
    ],
)  # fmt: skip
def test_a_door_s_code_stays_a_pin_beside_a_card_or_a_text_in_another_paragraph(text: str, code: str) -> None:
    assert ("pin", code) in found(text)
