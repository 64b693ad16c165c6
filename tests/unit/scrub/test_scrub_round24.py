"""Round 24: logins a developer names (on a host by its address, the account whose password is asked for, a
login said locked); a vendor's support line and the company's advice to call are its own; a pass and a
grouped energy connection are the customer's numbers (a UK National Insurance number is a national id
since round 25, see test_scrub_round25.py); an error's trace id,
a setting's value and a variable's name are no secrets."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, login",
    [
        ("could you look at the box? ssh deploybot@203.0.113.54 -p 2200", "deploybot"),
        ("kunnen jullie inloggen: backup-svc@198.51.100.23 poort 22", "backup-svc"),
        ("connexion refusée pour monitor@2001:db8:44::7, une idée ?", "monitor"),
        ("I ran ssh -i key.pem ops_lea@staging.example.net and it hangs", "ops_lea"),
        ("scp dump.sql etl@10.20.30.40:/tmp gives permission denied", "etl"),
    ],
)  # fmt: skip
def test_a_login_on_a_host_is_a_username(text: str, login: str) -> None:
    assert ("username", login) in found(text)


def test_a_login_on_a_named_host_after_ssh_is_no_email_address() -> None:
    assert not [value for kind, value in found("ssh ops_lea@staging.example.net") if kind == "email"]


@pytest.mark.parametrize(
    "text",
    [
        "mail me at ops.lea@example.net please",
        "stuur het naar k.jansen@example.com, dank",
    ],
)
def test_an_email_address_stays_one(text: str) -> None:
    kinds = {kind for kind, _ in found(text)}
    assert "email" in kinds and "username" not in kinds


@pytest.mark.parametrize(
    "text, login",
    [
        ("Can you reset the Postgres password for shop_ro7? The old one (Kq8!mmv2) leaked", "shop_ro7"),
        ("Kunnen jullie het wachtwoord van wp_k2x9 opnieuw instellen?", "wp_k2x9"),
        ("Pouvez-vous changer le mot de passe MySQL de app_blue42 ?", "app_blue42"),
        ("please reset the password for user crm_sync9, thanks", "crm_sync9"),
    ],
)  # fmt: skip
def test_the_account_whose_password_is_asked_for_is_a_username(text: str, login: str) -> None:
    assert ("username", login) in found(text)
    assert ("password", login) not in found(text)


def test_the_system_named_before_whose_password_is_no_password() -> None:
    assert ("password", "MySQL") not in found("réinitialiser le mot de passe MySQL de app_blue42 svp")


@pytest.mark.parametrize(
    "text",
    [
        "the password for my account is Vlinder!2024",
        "het wachtwoord van de wifi is Zomer2024!",
    ],
)
def test_a_password_for_a_thing_stays_a_password(text: str) -> None:
    assert "username" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, login",
    [
        ("Your login mvandam was temporarily locked after 5 attempts", "mvandam"),
        ("Account kassa-noord is geblokkeerd sinds vanochtend", "kassa-noord"),
        ("Ik zie dat de inlog pdekker tijdelijk geblokkeerd is", "pdekker"),
        ("Le compte gestion2 est bloqué depuis lundi", "gestion2"),
    ],
)  # fmt: skip
def test_a_login_said_locked_is_a_username(text: str, login: str) -> None:
    assert ("username", login) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my account keeps getting locked",
        "mijn account is nu geblokkeerd",
        "Account gisteren is geblokkeerd, help",
        "le compte est bloqué depuis hier",
        "mon compte MyMinfin est bloqué depuis hier",
    ],
)
def test_no_login_where_no_word_names_one(text: str) -> None:
    assert "username" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, number",
    [
        ("Kind regards,\nPriya\nPaddle Support | +44 20 3318 4471", "+44 20 3318 4471"),
        ("Groet,\n> Sem\n> Mollie Support | 020 820 2070", "020 820 2070"),
        ("Cordialement,\nLéa\nSupport Combell – +32 9 218 79 79", "+32 9 218 79 79"),
        ("Voor dringende vragen belt u 02 226 88 00.", "02 226 88 00"),
        ("For urgent questions call 0345 600 1234.", "0345 600 1234"),
        ("Ik sta al een uur in de wachtrij op 070 345 67 89, schandalig", "070 345 67 89"),
        ("J'ai appelé trois fois le 04 232 11 11 mais je tombe sur le répondeur", "04 232 11 11"),
    ],
)  # fmt: skip
def test_the_company_s_line_in_its_signature_or_advice_is_kept(text: str, number: str) -> None:
    assert ("phone", number) not in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Groet,\nJan de Vries\nMobiel | 06 41 22 83 90", "06 41 22 83 90"),
        ("Bas Support | 06 41 22 83 90", "06 41 22 83 90"),
        ("Voor dringende vragen bel me op 06 41 22 83 90", "06 41 22 83 90"),
        ("Call me on 020 7946 0321, it goes to voicemail when I'm out", "020 7946 0321"),
        ("Ma mère n'entend pas bien, appelez-la au 042781103 svp", "042781103"),
    ],
)  # fmt: skip
def test_a_person_s_number_stays_a_phone(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Hello, my Freedom Pass 6120044789 ran out last week", "6120044789"),
        ("I'm 81. Pass number 0917730264. Margaret", "0917730264"),
        ("it's about my senior transit card SX4470192, it stopped working", "SX4470192"),
        ("my meter number is 541 448 820 000 123 456 and I live at", "541 448 820 000 123 456"),
        ("mijn EAN-code: 871 687 120 054 326 781", "871 687 120 054 326 781"),
        ("my poilcy number P20448817 please", "P20448817"),
        ("Numéro patient 455-2291-007, merci", "455-2291-007"),
    ],
)  # fmt: skip
def test_a_pass_an_insurance_number_and_a_grouped_connection_are_the_customer_s(
    text: str, number: str
) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "National Insurance contributions went up in 2024",
        "our barcode 871 687 120 054 is on the box",
        "the boarding pass number of seats was 3",
    ],
)
def test_no_customer_number_in_words_alone_or_a_product_s_short_code(text: str) -> None:
    assert "customer_number" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, value",
    [
        ("Fout E11000 om 17:49, trace 6d1c0a92b4e37f5a8c90d2e1f3a4b5c6.", "6d1c0a92b4e37f5a8c90d2e1f3a4b5c6"),
        ("erreur 502 à 9h12, trace : 0af7651916cd43dd8448eb211c80319c", "0af7651916cd43dd8448eb211c80319c"),
    ],
)  # fmt: skip
def test_an_error_s_trace_id_is_shown_in_the_open(text: str, value: str) -> None:
    assert not [kind for kind, found_value in found(text) if value in found_value]


def test_a_token_named_so_stays_a_token() -> None:
    assert found("my api token 6d1c0a92b4e37f5a8c90d2e1f3a4b5c6") == [
        ("token", "6d1c0a92b4e37f5a8c90d2e1f3a4b5c6")
    ]


def test_a_setting_s_value_beside_a_password_is_no_credential() -> None:
    text = (
        '[client]\nuser=mreyes\npassword="Xk29vQ8wLmT4pR7z"\nhost=203.0.113.9\nport=3306\n'
        "AWS_DEFAULT_REGION=eu-west-1"
    )
    values = [value for _, value in found(text)]
    assert "Xk29vQ8wLmT4pR7z" in values
    assert not [value for value in values if "3306" in value or "eu-west-1" in value]


def test_a_variable_s_name_is_no_part_of_its_key() -> None:
    assert ("api_key", "AKIAXK6JNYUXDZAT7SEQ") in found("leaked:\nAWS_ACCESS_KEY_ID=AKIAXK6JNYUXDZAT7SEQ\n")


@pytest.mark.parametrize(
    "text, iban",
    [
        ("ik heb mijn rekeningnummer NL zes drie A B N A nul vier vier zeven drie twee acht vijf nul zes al "
         "doorgegeven", "NL zes drie A B N A nul vier vier zeven drie twee acht vijf nul zes"),
        ("my bank details are GB two nine N W B K six zero one six one three three one nine two six eight "
         "one nine comma",
         "GB two nine N W B K six zero one six one three three one nine two six eight one nine"),
        ("my account is G B two nine NWBK six zero one six 1331 nine two six eight one nine, ok",
         "G B two nine NWBK six zero one six 1331 nine two six eight one nine"),
        ("et mon compte BE six huit cinq trois neuf zéro zéro sept cinq quatre sept zéro trois quatre .",
         "BE six huit cinq trois neuf zéro zéro sept cinq quatre sept zéro trois quatre"),
    ],
)  # fmt: skip
def test_an_iban_dictated_with_its_bank_s_letters_is_an_iban(text: str, iban: str) -> None:
    assert ("iban", iban) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # one digit off: mod-97 fails
        "mijn rekeningnummer NL zes drie A B N A nul vier vier zeven drie twee acht vijf nul zeven klopt",
        # no account named
        "we were NL zes negen in de rangschikking en twee drie vier vijf zes",
    ],
)
def test_no_iban_in_words_that_fail_the_check_or_name_no_account(text: str) -> None:
    assert "iban" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("en mijn bsn is 111 twee twee twee 333 wilt u", "bsn", "111 twee twee twee 333"),
        ("mon numéro de registre national est huit cinq zéro sept trois zéro zéro zéro zéro six un et",
         "bsn", "huit cinq zéro sept trois zéro zéro zéro zéro six un"),
        ("le numéro de la carte est 4111 un un un un un un un un 1111 date",
         "card", "4111 un un un un un un un un 1111"),
    ],
)  # fmt: skip
def test_digits_and_number_words_mixed_are_read_as_one_number(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the 3 of us paid 12 34 and two three",
        "we bought 2 tickets for one twenty and 3 for two",
    ],
)
def test_figures_with_a_word_or_two_are_no_number_said(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize(
    "text, expiry",
    [
        ("le numéro de la carte est 4111 1111 1111 1111 date 07/29 et les trois chiffres derrière", "07/29"),
        ("la carte 4111 1111 1111 1111 date décembre 2027 et le code", "décembre 2027"),
        ("card 4111 1111 1111 1111 date 11 28, cvc on the back", "11 28"),
    ],
)  # fmt: skip
def test_a_date_alone_beside_a_card_is_its_expiry(text: str, expiry: str) -> None:
    assert ("card_expiry", expiry) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "meeting date 07/29 at the office",
        "my card 4111 1111 1111 1111, date of birth 12/05/1950",
        "la carte 4111 1111 1111 1111, date de naissance 12/05/1950",
    ],
)
def test_a_date_that_is_no_card_s_is_no_expiry(text: str) -> None:
    assert "card_expiry" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, code",
    [
        ("We are moving bakery-demo.com to you. EPP code is Tq8vLm2xQp0Z", "Tq8vLm2xQp0Z"),
        ("De transfercode is KD3N0&Wy7tq.", "KD3N0&Wy7tq."),
        ("Le code d'autorisation est Hn5pQ2rT8zWc", "Hn5pQ2rT8zWc"),
        ("authinfo: x9Q!mL2p#Vt", "x9Q!mL2p#Vt"),
    ],
)  # fmt: skip
def test_a_domain_s_transfer_code_is_its_password(text: str, code: str) -> None:
    assert ("password", code) in found(text)


def test_a_digitalocean_personal_access_token_is_a_token() -> None:
    value = "dop_v1_" + "3f" * 32
    assert ("token", value) in found(f"Is het erg dat ik de token {value} in een screenshot zette?")


def test_a_password_given_in_brackets_after_the_current_one_is_found() -> None:
    text = "Kunnen jullie het MySQL-wachtwoord van app_c87 resetten? Het huidige (Kx8mmQ2pLs0vvT) werkt niet."
    assert ("password", "Kx8mmQ2pLs0vvT") in found(text)


@pytest.mark.parametrize(
    "text, date",
    [
        ("ik ben geboren op negentien juni negentienhonderd achtenveertig en",
         "negentien juni negentienhonderd achtenveertig"),
        ("mijn geboortedatum is drie mei 1951 punt", "drie mei 1951"),
        ("I was born on the ninth of July nineteen fifty-three", "ninth of July nineteen fifty-three"),
        ("je suis né le vingt-deux avril mille neuf cent trente-neuf",
         "vingt-deux avril mille neuf cent trente-neuf"),
    ],
)  # fmt: skip
def test_a_date_of_birth_said_in_words_is_one(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we kwamen op tien maart tweeduizend vier aan",
        "the meeting is on twelve May 2025",
        "geboren? nee, de levering is op acht februari 2026",
    ],
)
def test_a_date_said_in_words_without_a_birth_is_none(text: str) -> None:
    assert "date_of_birth" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, number",
    [
        ("Ik ben al jaren klant met nummer KL-4471209 en betaal elke maand", "KL-4471209"),
        ("I've lost my bus pass, the number was BP-5520931. Can you help", "BP-5520931"),
        ("patiëntnummer 063-1568-205, kunt u mij bellen", "063-1568-205"),
        ("abonneenummer 061-2290-774 graag opzeggen", "061-2290-774"),
        ("klantnummer org-Rk29PzLq8mWx4YtN7vBc, bestelling volgt", "org-Rk29PzLq8mWx4YtN7vBc"),
    ],
)  # fmt: skip
def test_a_customer_s_number_named_again_or_led_by_a_vendor_s_prefix(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("He wants to cancel his contract. The number is 07700 900 123 and the account number KL66",
         "07700 900 123"),
        ("patiënt bereikbaar op 0612345678", "0612345678"),
    ],
)  # fmt: skip
def test_a_phone_after_a_customer_s_word_in_another_sentence_stays_a_phone(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


def test_a_known_token_after_an_account_cue_stays_a_token() -> None:
    token = "xoxb-123456789012-abcdefABCDEF12"
    assert found(f"klantnummer {token}") == [("token", token)]


@pytest.mark.parametrize(
    "text, code",
    [
        ("ik heb de code 4657 gekregen maar het werkt niet", "4657"),
        ("kan niet inloggen met code 5353", "5353"),
        ("Heb je de code 0832 aan iemand doorgegeven?", "0832"),
        ("ik heb code 7712 ontvangen, welke moet ik gebruiken?", "7712"),
    ],
)  # fmt: skip
def test_four_digits_after_a_bare_code_received_or_logged_in_with_are_a_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("ik sta voor de slagboom van de camping maar de code 8662 werkt niet??", "8662"),
        ("the barrier code 4410 doesn't work", "4410"),
    ],
)  # fmt: skip
def test_a_barrier_s_code_that_fails_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn postcode 2019 werkt niet in jullie formulier",
        "the code 2019 model works fine",
    ],
)
def test_four_digits_after_code_with_no_word_of_sending_stay(text: str) -> None:
    assert "otp" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, address",
    [
        ("Kind regards,\nMargaret\n176 King's Avenue, Stoke, BS4 4RH\n", "176 King's Avenue, Stoke, BS4 4RH"),
        ("I live at 12 Queen's Road, Leeds LS2 1FB", "12 Queen's Road, Leeds LS2 1FB"),
    ],
)  # fmt: skip
def test_a_street_named_in_the_possessive_is_an_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("My landline 9045228614 has been dead since Monday", "9045228614"),
        ("I also have a new phone number: 9044655551.", "9044655551"),
        ("She's next to me, ring 4159387241.", "4159387241"),
    ],
)  # fmt: skip
def test_an_unformatted_american_number_named_a_line_is_a_phone(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


def test_a_toll_free_line_to_ring_is_the_company_s() -> None:
    assert not found("ring 0800 123 4567 for help")


@pytest.mark.parametrize(
    "text, expiry",
    [
        ("mijn pasnummer is 4111 1111 1111 1111 vervaldatum twaalf zesentwintig wat doe ik fout",
         "twaalf zesentwintig"),
        ("mijn nieuwe kaart vervalt in zes negenentwintig, wat is er mis", "zes negenentwintig"),
        ("la carte 4111 1111 1111 1111 date deux vingt-six et les trois chiffres", "deux vingt-six"),
        ("card expiry eleven twenty eight and the code", "eleven twenty eight"),
    ],
)  # fmt: skip
def test_a_card_s_expiry_said_in_words_is_one(text: str, expiry: str) -> None:
    assert ("card_expiry", expiry) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the date two twenty six of the meeting",
        "vervaldatum dertien vijfenzestig klopt niet",
    ],
)
def test_no_expiry_in_words_without_a_card_or_a_month(text: str) -> None:
    assert "card_expiry" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, code",
    [
        ("et les trois chiffres derrière cinq un cinq et mon compte", "cinq un cinq"),
        ("the cvv is four one two", "four one two"),
        ("de drie cijfers achterop zijn zes zes nul", "zes zes nul"),
    ],
)  # fmt: skip
def test_a_security_code_said_in_three_words_is_a_cvv(text: str, code: str) -> None:
    assert ("cvv", code) in found(text)


def test_four_words_after_a_cvv_name_are_no_cvv() -> None:
    assert "cvv" not in {kind for kind, _ in found("the cvv is four one two three")}


@pytest.mark.parametrize(
    "text, address",
    [
        ("mijn mail is anneke punt smit @ gmail punt com", "anneke punt smit @ gmail punt com"),
        ("my email is walter77 at g mail dot com thanks", "walter77 at g mail dot com"),
        ("mijn mail is fam punt claes apenstaartje hot mail punt be",
         "fam punt claes apenstaartje hot mail punt be"),
    ],
)  # fmt: skip
def test_an_email_address_dictated_with_a_spaced_at_and_a_provider_in_two_words(
    text: str, address: str
) -> None:
    assert ("email", address) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("PAYPAL_CLIENT_ID=AbX9kL2mQ8rT5vW1yZ3bC7dF0gH4jK6n", "api_key", "AbX9kL2mQ8rT5vW1yZ3bC7dF0gH4jK6n"),
        ("curl -H 'Authorization: Bearer test_Gm4lcphfWHMVOIaXIygj33AINQPokn'", "api_key",
         "test_Gm4lcphfWHMVOIaXIygj33AINQPokn"),
        ("we hebben de sleutel live_FmzYMBiUFQJeBWoVNZAFomFRfNLUPy gedeactiveerd", "api_key",
         "live_FmzYMBiUFQJeBWoVNZAFomFRfNLUPy"),
        ("define( 'DB_USER', 'shop_x7k2q' );", "username", "shop_x7k2q"),
    ],
)  # fmt: skip
def test_a_configuration_s_keys_and_logins(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my CLIENT_ID=ab12",
        "the test_results_for_my_account_2024_final file",
        "Mijn client id is 4471209",
    ],
)
def test_no_key_in_a_short_value_a_file_name_or_a_customer_s_id(text: str) -> None:
    assert "api_key" not in {kind for kind, _ in found(text)}


@pytest.mark.parametrize(
    "text, name, key",
    [
        ("ik weet het wachtwoord niet meer, netwerk Ziggo7A21B, op de sticker staat X4kP9mQ2", "Ziggo7A21B",
         "X4kP9mQ2"),
        ("le mot de passe Wi-Fi du réseau Kantoor-5G est Pandafalcon869.", "Kantoor-5G", "Pandafalcon869."),
    ],
)  # fmt: skip
def test_the_network_s_name_after_its_noun_is_no_key(text: str, name: str, key: str) -> None:
    values = [value for _, value in found(text)]
    assert name not in values
    assert key in values


@pytest.mark.parametrize(
    "text, address",
    [
        ("ik woon in Dorpsstraat zevenenveertig 2018 Lier, kan iemand langskomen",
         "Dorpsstraat zevenenveertig 2018 Lier"),
        ("et mon adresse Avenue Louise quatre-vingt-trois 1050 Ixelles merci",
         "Avenue Louise quatre-vingt-trois 1050 Ixelles"),
        ("woont op Julianapark achttien 5211AB Den Bosch", "Julianapark achttien 5211AB Den Bosch"),
    ],
)  # fmt: skip
def test_an_address_with_its_house_number_said_in_words(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_a_street_word_and_number_words_without_a_postcode_are_no_address() -> None:
    assert not found("we liepen de straat twee keer rond en toen nog drie keer")


@pytest.mark.parametrize(
    "text, code",
    [
        ("I got a text with a code 146 six one nine and then a man phoned", "146 six one nine"),
        ("j'ai reçu un code par sms un huit sept soixante-huit un, quelqu'un m'a appelé",
         "un huit sept soixante-huit un"),
        ("ik kreeg een sms met code 320 vijfenveertig vijf en daarna belde iemand", "320 vijfenveertig vijf"),
    ],
)  # fmt: skip
def test_a_code_sent_said_partly_in_words_is_a_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I sent a text: we need three hundred twenty chairs",
        "the code has twenty five thirty characters",
        "mijn sms: om half twaalf twee drie",
    ],
)
def test_a_count_or_a_time_in_words_near_a_code_is_none(text: str) -> None:
    assert not found(text)
