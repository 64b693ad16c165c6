"""Round 30: life events, memberships and the letters around them. A desk's own word alone before its line
in a quoted signature; a line one cannot get through on; a phone's pairs in a details line; short cues that
start ordinary words; numbers issued as capitals with few digits; an insurance named by what it covers; a
direct debit's mandate; a subscriber and a player by their numbers."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text",
    [
        "Kind regards,\n> Priya\n> Customer Care | 0333 200 4455\n\nPlease consider the environment",
        "Met vriendelijke groet,\n> Joost\n> Klantenservice | 020 515 8800",
        "Cordialement,\n> Léa\n> Service clientèle | 02 555 66 77",
        "ik kom er niet doorheen aan de telefoon op 020 515 8800, wat nu?",
        "I can't get through on the phone on 0333 200 4455 for days",
    ],
)
def test_a_desk_s_line_under_its_own_word_or_one_cannot_get_through_on_is_the_company_s(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text",
    ["Bel me: klantenservice | 06 12345678", "my mobile | 06 12345678, call after six"],
)
def test_a_mobile_after_a_bar_stays_a_person_s(text: str) -> None:
    assert ("phone", "06 12345678") in found(text)


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Mijn gegevens: Ruud Janssen, 06 71 84 29 53, ruud@example.nl", "06 71 84 29 53"),
        ("Gegevens: An Peeters, 0478 52 31 96, an.peeters@example.be", "0478 52 31 96"),
        ("Mes données : Marc Dubois, 06 12 30 45 67, marc@example.fr", "06 12 30 45 67"),
    ],
)
def test_a_phone_s_pairs_in_a_details_line_are_no_birth_date(text: str, phone: str) -> None:
    findings = found(text)
    assert ("phone", phone) in findings
    assert not [value for kind, value in findings if kind == "date_of_birth"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Gegevens: Ruben de Boer 12 03 1981, 0612345678", "12 03 1981"),
        ("Details: Emma Clarke 7/2/71 and my postcode", "7/2/71"),
    ],
)
def test_a_birth_date_in_a_details_line_is_still_found(text: str, value: str) -> None:
    assert ("date_of_birth", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("wifi password pinkpop5654", "wifi_key", "pinkpop5654"),
        ("mijn wachtwoord is pinguin77 sinds gisteren", "password", "pinguin77"),
        ("het wachtwoord: codewoord7", "password", "codewoord7"),
    ],
)
def test_a_value_starting_like_a_short_cue_is_one_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_short_cue_glued_onto_a_small_word_is_still_read() -> None:
    assert ("pin", "4471") in found("de nieuwe pinwordt 4471 vanaf morgen")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Lidnummer: 7KQ2WMXB\n\nOp 2 maart schreef u", "7KQ2WMXB"),
        ("Klantennummer T48NVRZP #help", "T48NVRZP"),
        ("my member ID is HDW5QTRM, please check", "HDW5QTRM"),
        ("votre abonnement R72KX4PD est suspendu", "R72KX4PD"),
        ("N° client : ZB3KMWTQ", "ZB3KMWTQ"),
    ],
)
def test_a_number_issued_as_capitals_with_few_digits_is_the_customer_s(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["klantnummer PREMIUM2 bestaat niet", "mijn abonnement FAMILY4 is te duur", "klantnummer ONBEKEND"],
)
def test_a_word_with_a_digit_typed_after_it_is_no_number(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "customer_number"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("wij verzoeken u de uitvaartpolis 5281047736 uit te keren", "5281047736"),
        ("please release the funeral plan 318.904.552 to the family", "318.904.552"),
        ("la police d'assurance obsèques 6620193847 de mon père", "6620193847"),
        ("de opstalpolis POL71520934 op ons oude adres", "POL71520934"),
        ("Machtigingskenmerk MND2291-448107. Ik storneer alles", "MND2291-448107"),
        ("stop collecting, mandate ref 7719046281. Thanks", "7719046281"),
        ("référence de mandat 40021977 : je conteste", "40021977"),
        ("Abonnee 471932085. Ik wil mijn geld terug", "471932085"),
        ("Subscriber MB-3318402. Not good enough", "MB-3318402"),
        ("Player ID 88120457. DOB follows", "88120457"),
    ],
)
def test_an_insurance_a_mandate_a_subscriber_or_a_player_before_its_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the funeral plan costs 2 weeks of wages",
        "abonnee sinds 2015 en nooit problemen",
        "subscribers 150000",
    ],
)
def test_those_nouns_without_a_number_name_none(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "customer_number"]


def test_a_number_ends_before_a_small_word_and_an_address() -> None:
    findings = found("een opstalpolis POL71520934 op Molenweg 62, Eindhoven")
    assert ("customer_number", "POL71520934") in findings


@pytest.mark.parametrize(
    "text, user, password",
    [
        ("Mijn Steam account: jonas.peeters@example.be / Kerst.1988$. Er is gekocht", None, "Kerst.1988$"),
        ("Console in de woonkamer, account vandammeli ww KLw-9Rq2xz", "vandammeli", "KLw-9Rq2xz"),
        ("my account greenfox71 password Tulip!2023 stopped working", "greenfox71", "Tulip!2023"),
    ],
)
def test_an_account_given_with_its_password(text: str, user: str | None, password: str) -> None:
    findings = found(text)
    assert ("password", password) in findings
    if user is not None:
        assert ("username", user) in findings


def test_a_word_before_a_password_cue_without_a_secret_is_no_login() -> None:
    findings = found("my account today password changed again")
    assert not [value for kind, value in findings if kind == "username"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("ik kreeg 07731 per mail en nu ben ik buitengesloten", "07731"),
        ("I got 448213 by text but never asked for it", "448213"),
        ("j'ai reçu 8164 par SMS ce matin", "8164"),
    ],
)
def test_digits_received_by_mail_or_text_are_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize("text", ["ik kreeg 1200 per maand van mijn werkgever", "ik kreeg 2024 per mail"])
def test_an_amount_a_month_or_a_year_received_is_no_code(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "otp"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Uw cde is 508 573", "otp", "508 573"),
        ("I got a coe on my mum's phone: 771204. Who is that?", "otp", "771204"),
        ("waarom krijg ik een sms met een cide 330917", "otp", "330917"),
        ("cide van de poort is 20489, als de monteur komt", "pin", "20489"),
    ],
)
def test_code_typed_with_a_slip_reads_as_code(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_name_like_a_slip_of_code_is_no_cue() -> None:
    assert not found("Sebastian Coe won in 1980 and 1984")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (
            "My ex still knows the password to our joint login. Username kpatel44. Please change it to "
            "kasteelhondje557 and remove him.",
            "password",
            "kasteelhondje557",
        ),
        (
            "Ons Disney+ account wordt gedeeld door de hele familie, maar nu heeft iemand het paswoord "
            "veranderd naar Kiwi_2291$. Ik weet dat omdat mijn dochter het zag. Oorspronkelijk was het "
            "lente.zomer.herfst7",
            "password",
            "lente.zomer.herfst7",
        ),
        ("Le code wifi ne marche plus chez ma mère, changez-le en Maison!2291", "wifi_key", "Maison!2291"),
    ],
)
def test_a_secret_named_before_then_as_it(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the password is old. Please change it to something better",
        "my wifi is slow. Please change it to 5GHz",
    ],
)
def test_it_changed_to_a_plain_word_or_a_band_is_no_secret(text: str) -> None:
    assert not [value for kind, value in found(text) if kind in ("password", "wifi_key")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Hi,\nwifi password autumn4471! / cost £180. Regards", "autumn4471!"),
        ("Member ID SUB220914 / wfi pasword KD7Q2MXR4LPZ", "KD7Q2MXR4LPZ"),
    ],
)
def test_a_wifi_key_after_its_own_cue_before_a_slash(text: str, value: str) -> None:
    assert ("wifi_key", value) in found(text)


def test_a_network_s_name_before_a_slash_is_still_no_key() -> None:
    findings = found("wifi KPN-3F2A / mPcd-npjV-wVws")
    assert ("wifi_key", "mPcd-npjV-wVws") in findings
    assert ("wifi_key", "KPN-3F2A") not in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("I can be reached on 0113 688 9798 after five.", "0113 688 9798"),
        ("Ik wil zijn gsm-abonnement 0478 22 91 37 stopzetten", "0478 22 91 37"),
        ("Member ID BE4410927 | my number 07700 900 461, username jdoe", "07700 900 461"),
    ],
)
def test_a_person_s_line_by_how_they_are_reached_or_the_plan_it_is(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


def test_a_helpdesk_that_can_be_reached_is_no_person() -> None:
    findings = found("the helpdesk can be reached on 0113 688 9798")
    assert not [value for kind, value in findings if kind == "phone"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("my son set the profile lock to 2580. i need it reset", "2580"),
        ("ik heb het profielslot op 4471 gezet en vergeten", "4471"),
    ],
)
def test_a_profile_lock_s_code_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Onze dochter Fien is georen op 03/02/2025! Hoe voeg ik haar toe", "03/02/2025"),
        ("BSN van haar: 111222333, geborne 2 november 2024. Toevoegen aan de polis", "2 november 2024"),
        ("Our son was bron on 14/06/2024! How do I add him", "14/06/2024"),
        ("Fleur Wouters, geboern op 17-3-03, gsm volgt", "17-3-03"),
    ],
)
def test_born_typed_with_a_slip_still_names_a_birth_date(text: str, value: str) -> None:
    assert ("date_of_birth", value) in found(text)


def test_a_source_is_no_birth() -> None:
    assert not [v for kind, v in found("de bron op 12-3-2024 was onbetrouwbaar") if kind == "date_of_birth"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Le contrat n° 274459012 est clôturé", "274459012"),
        ("His broadband (226385073) at Flat 2", "226385073"),
    ],
)
def test_a_contract_s_number_is_no_national_id_whatever_its_checksum(text: str, value: str) -> None:
    findings = found(text)
    assert ("bsn", value) not in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("mijn werknemersnummer is 4410927, graag de loonstrook", "4410927"),
        ("Werknemer-ID: EMP-00451", "EMP-00451"),
        ("candidate number C-778123, interview on Friday", "C-778123"),
        ("numéro de travailleur 7781234", "7781234"),
        ("my personnel number is 00451278", "00451278"),
        ("pension number PN-4471920", "PN-4471920"),
        ("Mijn uitkeringsnummer is 99120345", "99120345"),
        ("kredietnummer 771209345 staat op de aanmaning", "771209345"),
        ("numéro de débiteur : 4471920", "4471920"),
    ],
)
def test_a_worker_s_a_pensioner_s_or_a_debtor_s_number_is_theirs(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_an_employer_s_payroll_tax_number_is_no_national_id() -> None:
    assert not [value for kind, value in found("loonheffingennummer 8123.45.678.L01") if kind == "bsn"]


@pytest.mark.parametrize("text", ["werknemer 0612345678 belt morgen", "de medewerker 0612345678 belde mij"])
def test_a_worker_s_phone_stays_a_phone(text: str) -> None:
    assert ("phone", "0612345678") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Salarisadministratie: 030 256 7788",
        "Personeelszaken 030 256 7788",
        "Kind regards,\nPayroll Team\n0161 496 0123",
        "Vestiging Utrecht: 030 256 7788",
        "Uitzendbureau Flexwerk Utrecht 030-2567788",
        "deurwaarderskantoor: 010 240 8800",
        "Secrétariat social : 02 549 31 00",
    ],
)
def test_an_employer_s_or_a_collector_s_desk_line_is_the_company_s(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "phone"]


@pytest.mark.parametrize("text", ["my team\n0161 496 0123", "Kind regards,\nHR Team\n07700 900461"])
def test_a_person_s_team_or_a_mobile_under_a_desk_stays_a_phone(text: str) -> None:
    assert [value for kind, value in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Goedemorgen simpin 7547, puk 42995717", "puk", "42995717"),
        ("mijn pukcodes: 42995717", "puk", "42995717"),
    ],
)
def test_a_puk_named_as_a_word(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik log in met SterGamer88, dat heeft mijn zoon gemaakt", "SterGamer88"),
        ("I log in with moe_doreen, my son made it up", "moe_doreen"),
        ("Je me connecte avec Papillon_Wolf, c'est mon fils qui l'a choisi", "Papillon_Wolf"),
        ("The user ID on the letter is xXRobinProXx", "xXRobinProXx"),
        ("Het gebruikers-ID op de brief is DEVOS318", "DEVOS318"),
        ("op de router, mijn account pixel_tylerxo en paswoord KANarie!4", "pixel_tylerxo"),
    ],
)
def test_a_login_told_by_how_one_logs_in_or_where_it_is_printed(text: str, value: str) -> None:
    assert ("username", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["I log in with my email", "ik log in met mijn vingerafdruk", "The user ID on the letter is WRONG"],
)
def test_a_way_of_logging_in_is_no_login(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "username"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Gebruik KTF-9X2 om je account te bevestigen", "KTF-9X2"),
        ("Use R7Q-M4Z to confirm your account", "R7Q-M4Z"),
        ("the notification says: G-WQP-7KD is your verification code", "G-WQP-7KD"),
    ],
)
def test_a_code_drawn_in_two_groups_of_three_in_a_message_is_one_time(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


@pytest.mark.parametrize("text", ["Use ABC-DEF to confirm", "use the A12-B34 model to confirm"])
def test_letters_alone_or_a_model_in_such_a_message_are_no_code(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "otp"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mastercard 5555 5555 5555 4444 (apr 2030)", "apr 2030"),
        ("card 2221 0000 0000 0009 Aug 2030 118 just try it", "Aug 2030"),
        ("Card 4111 1111 1111 1111 is declined. It says 02/27 as the end date.", "02/27"),
        ("Mijn pas 4111 1111 1111 1111 werkt niet. Er staat 04 25 op als einddatum.", "04 25"),
    ],
)
def test_a_card_s_month_by_name_or_told_as_its_end_date_is_its_expiry(text: str, value: str) -> None:
    assert ("card_expiry", value) in found(text)


@pytest.mark.parametrize(
    "text", ["My contract says 02/27 as the end date.", "card 4111 1111 1111 1111 mei 2019 gekregen"]
)
def test_an_end_date_without_a_card_or_a_past_month_is_no_expiry(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "card_expiry"]


@pytest.mark.parametrize(
    "text",
    [
        "Kantoor Utrecht: 030 256 7788",
        "Met vriendelijke groet,\nSanne de Vries\nFlexwerk Utrecht\nT: 030 256 7788 | www.flexwerk.example",
        "Tel. 020 555 1234 (HR Servicedesk)",
    ],
)
def test_an_office_s_line_by_its_label_its_site_or_its_desk_in_brackets(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text",
    ["Office manager, Bloemenhuis Roos\nTel. 020 795 7244 / 06 17822297", "my office: 0161 496 0123"],
)
def test_an_office_worker_s_own_line_stays_a_phone(text: str) -> None:
    assert [value for kind, value in found(text) if kind == "phone"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("leningsnummer 771209345 staat op de brief", "771209345"),
        ("loan reference LN-4471920", "LN-4471920"),
        ("Account reference 88123456, please stop calling", "88123456"),
        ("agreement number 88123456", "88123456"),
    ],
)
def test_a_loan_s_or_an_account_s_reference_is_the_customer_s(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("usre: jvermeulen ta", "username", "jvermeulen"),
        ("lgoin: jdevries84", "username", "jdevries84"),
        ("Goedemorgen sipmin 7547, puk 42995717", "pin", "7547"),
        ("wiif password: Zomer!2025", "wifi_key", "Zomer!2025"),
    ],
)
def test_a_short_cue_with_two_letters_swapped(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dad passed away. His broadband (5521 3098) at 12 Mill Lane must be closed.", "5521 3098"),
        ("Toevoegen aan poolis POL44019822 van mijn vrouw graag", "POL44019822"),
    ],
)
def test_a_broadband_s_number_in_brackets_and_a_policy_typed_twice(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_broadband_s_speed_in_brackets_is_no_number() -> None:
    assert not [value for kind, value in found("broadband (50 Mbps) is slow") if kind == "customer_number"]
