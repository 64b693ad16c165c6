"""Round 34: subscriptions and shared accounts, cars and their paperwork. A fuel card named by a plain
card word and the PIN told after it; a PUK or PIN whose contract or subscription says whose it is; a code
guessed twice ("… ? or was it …")."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("Liam, your card 7070439854488780377 with PIN 7976 is already live", "7070439854488780377"),
        ("Wim, jouw pas 700285042948463867 met pin 3502 is al actief", "700285042948463867"),
        ("Kaartnummer 7070 7540 9968 3489 98, code 2532. Ik ben Ghislain", "7070 7540 9968 3489 98"),
        ("Julien, ta carte 7070755114349596132 avec le code PIN 9912", "7070755114349596132"),
        ("card number 7077 1140 7721 0690, PIN 5484. I'm Raj", "7077 1140 7721 0690"),
    ],
)
def test_a_fuel_card_named_by_a_plain_card_word_is_a_card(text: str, value: str) -> None:
    assert ("card", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ma carte mobib : 709623 9583 9482 661, née le 3 mars",  # a transit card's name between
        "ordernummer 7070439854488780377 is verzonden",  # no card word
    ],
)
def test_a_petroleum_issuer_s_number_without_the_card_s_own_word_is_no_card(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "card"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Kaartnummer 7070 7540 9968 3489 98, code 2532. Ik ben Ghislain", "2532"),
        ("Kaartnummer 7077983040370678, coed 2552. Ik ben Cédric", "2552"),
    ],
)
def test_the_code_told_after_a_fuel_card_is_its_pin_not_a_cvv(text: str, value: str) -> None:
    findings = found(text)
    assert ("pin", value) in findings
    assert ("cvv", value) not in findings


def test_a_bank_card_s_code_after_it_is_still_its_cvv() -> None:
    assert ("cvv", "123") in found("card 4111 1111 1111 1111, code 123")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("PUK on my contract is 27958747? Old PIN 4644. Number 06 11017032.", "puk", "27958747"),
        ("PUK van mijn abonnement is 45071629? Oude pincode 9856.", "puk", "45071629"),
        ("puk van mijn abonnement is 96838178? oude pincode 5640.", "puk", "96838178"),
    ],
)
def test_a_secret_whose_contract_or_subscription_says_whose_it_is(text: str, kind: str, value: str) -> None:
    findings = found(text)
    assert (kind, value) in findings
    assert ("customer_number", value) not in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("mijn abonnement is 45071629, klopt dat?", "45071629"),
        ("We have card readers on contract A600572 and one was stolen", "A600572"),
    ],
)
def test_a_subscription_s_or_contract_s_own_number_stays_a_customer_number(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Key safe by the door, code is 5261? or was it 94980#? pls confirm", "5261", "94980"),
        ("Sleutelkluis, code was 7702? Of was het 52304#? Hoor het graag", "7702", "52304"),
    ],
)
def test_a_code_guessed_twice_is_taken_twice(text: str, first: str, second: str) -> None:
    values = [value.rstrip("#") for kind, value in found(text) if kind == "pin"]
    assert first in values
    assert second in values


def test_a_year_after_a_guess_is_no_second_code() -> None:
    findings = found("my pin is 1234? or was it 2019 when I moved")
    assert [value for kind, value in findings if kind == "pin"] == ["1234"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Bearer token: WUES K76K WFZP 4QKM\nRequest-ID: YIGJDKT", "WUES K76K WFZP 4QKM"),
        ("Jeton d'accès : WNDX6W7EE22B\nID de requête : req_8812", "WNDX6W7EE22B"),
    ],
)
def test_a_short_token_right_after_its_named_cue(text: str, value: str) -> None:
    assert ("token", value) in found(text)


@pytest.mark.parametrize("text", ["token: 2024 is verlopen", "my token: SUPPORT is what they call it"])
def test_a_year_or_a_word_after_a_token_s_cue_is_no_token(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("token", "api_key")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Morning! The code for your TV is X9WG5TJK, valid for 15 minutes.", "X9WG5TJK"),
        ("voici le code d'activation pour votre TV : 562W VQU3. Si ça ne marche pas", "562W VQU3"),
        ("la télé dit 'rendez-vous sur www.playdome.be et entrez le code 26P7 5LA7' mais", "26P7 5LA7"),
        ("hey, de tv zegt 'ga naar playdome.com/tv en geef code 46QS-GJSC in' maar", "46QS-GJSC"),
        ("De code voor je tv is D626-F2TZ, die is 10 minuten geldig", "D626-F2TZ"),
        ("De activatiecode voor je TV is 22FM HUGA. Lukt het niet? Bel ons", "22FM HUGA"),
        ("voici le code d'activation pour votre TV : SUKD QR8X. Si ça ne marche pas", "SUKD QR8X"),
        ("le code d'activation pour votre TV : WQSC-YWV5. Si ça ne marche pas", "WQSC-YWV5"),
    ],
)
def test_the_code_that_signs_a_tv_in_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_kept_four_digit_code_is_still_a_pin() -> None:
    assert ("pin", "4334") in found("le code gérant du terminal est 4334")


def test_a_tv_s_code_of_letters_alone_is_no_code() -> None:
    assert found("the code for your tv is ABCD EFGH now") == []


def test_a_tv_s_code_that_is_not_told_is_nothing() -> None:
    assert found("the code for your tv is in the app, go to playdome.com and enter the code there") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The car was taken on 13-7-2025. Agreement CTR6827667. Amélie", "CTR6827667"),
        ("Agreement L77/877757. Chantal", "L77/877757"),
        ("Pechhulpnummer via de lease is CTR7467078. Terugbelnummer 06-12345678", "CTR7467078"),
        ("roadside assistance via my lease LC-22660813. Call back on 07849 123456", "LC-22660813"),
        ("Mijn laadpas NL*NUO*C4UQC0F3V werkt niet meer sinds gisteren", "NL*NUO*C4UQC0F3V"),
        ("Toll tag 0563 0217 2654 didn't work on the Dartford crossing", "0563 0217 2654"),
    ],
)
def test_a_lease_s_agreement_and_a_car_s_charging_card_or_toll_tag_name_a_customer_number(
    text: str, value: str
) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the agreement is from 2019 and expires in 2026",
        "my lease ends 12/2026",
        "per our agreement of 14 March",
    ],
)
def test_a_lease_or_an_agreement_without_its_number_names_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("wachtwoord inmiddels gewijzigd naar lease_roadtrip37. De oude", "lease_roadtrip37"),
        ("gebruiker derek.w_69, wachtwoord Lease_Lease99. Bereikbaar op", "Lease_Lease99"),
        ("Nieuw wachtwoord ingesteld: lrdennen@8677 (oude was Lease.Lease!). Toch", "Lease.Lease!"),
    ],
)
def test_a_password_made_from_a_reference_word_is_whole(text: str, value: str) -> None:
    assert ("password", value) in found(text)


def test_a_pin_of_a_charging_card_is_the_pin_s() -> None:
    findings = found("sorry de pin van de laadpas/tankpas is 1327 niet 4441 , typfout")
    assert ("pin", "1327") in findings
    assert ("pin", "4441") in findings


@pytest.mark.parametrize(
    "text, value",
    [
        ("wifi in de auto: naam VOLVO-HOTSPOT, waachtwoord UBdtTAtOvL7dJn0C5zx.", "UBdtTAtOvL7dJn0C5zx."),
        ("hotspot: naam VOLVO-HOTSPOT, wachtwoord UBdtTAtOvL7dJn0C5zx.", "UBdtTAtOvL7dJn0C5zx."),
    ],
)
def test_a_hotspot_s_password_is_a_wifi_key(text: str, value: str) -> None:
    assert ("wifi_key", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("sms met code 906-978 maar de tv zegt dat hij verlopen is. nieuwe gevraagd: 47292.", "otp", "47292"),
        ("code 170070 but the TV says expired. ased for a new one: 67804782. still", "otp", "67804782"),
        ("my pin 4432 was blocked, got a new one: 8812", "pin", "8812"),
    ],
)
def test_the_code_asked_for_again_is_of_the_kind_told_before(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_new_thing_with_no_code_before_it_is_nothing() -> None:
    assert found("my new one: 2024 model, works fine") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("login: k.benali@yahoo.co.uk pw Lease23!. New account should follow", "Lease23!"),
        ("gebruiker karim_b, waachtwoord Sleutel81!. Berekbaar op", "Sleutel81!"),
        ("password now changed to Lease60!. The old API key", "Lease60!"),
    ],
)
def test_a_password_made_from_a_cue_word_digits_and_a_sign_is_whole(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text, user, password",
    [
        ("hij logt in met fleur_234 / TvYvKzGmPK op zijn Samsung TV.", "fleur_234", "TvYvKzGmPK"),
        ("he logs in with fleur_234 / TvYvKzGmPK on his TV", "fleur_234", "TvYvKzGmPK"),
    ],
)
def test_a_login_pair_said_of_whoever_logs_in(text: str, user: str, password: str) -> None:
    findings = found(text)
    assert ("username", user) in findings
    assert ("password", password) in findings


@pytest.mark.parametrize("text", ["hij logt in met zijn vingerafdruk", "she logs in with her face id"])
def test_logging_in_with_a_finger_or_a_face_is_no_login(text: str) -> None:
    assert found(text) == []


def test_an_account_named_by_its_login_at_a_sentence_s_end() -> None:
    assert ("username", "famjackson") in found("Login on the account: famjackson. I also noticed a rise")


def test_an_account_s_state_at_a_sentence_s_end_is_no_login() -> None:
    assert found("Account: suspended. I also noticed a rise") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Raj Johnson | Clarke Logistics\nT: 1 (888) 901-2200 | M: 3128479882\nhttps://x.eu", "3128479882"),
        ("can't log in abroad because the code goes to my old number 0131 9734254. Please", "0131 9734254"),
        ("Your job number is SR99316908. We'll ring 020 7549 7818 when the patrol is near", "020 7549 7818"),
        ("We will call you on 06 12345678 tomorrow", "06 12345678"),
    ],
)
def test_a_customer_s_phone_after_a_mobile_s_letter_an_old_number_or_a_call_promised(
    text: str, value: str
) -> None:
    assert ("phone", value) in found(text)


def test_the_company_s_line_after_a_promise_is_still_its_own() -> None:
    assert found("If it fails, call 0800 123 4567, we'll sort it") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Adresse : 195, Rue Saint-Gilles boîte 8, 5201 Liège.", "195, Rue Saint-Gilles boîte 8, 5201 Liège"),
        ("Sophie\n212 Rue de Namur bus 27, 7329 Kortrijk\nGSM", "212 Rue de Namur bus 27, 7329 Kortrijk"),
        ("Mélanie\nRue des Champs 272 boîte 8,9050 Wavre\nGSM", "Rue des Champs 272 boîte 8,9050 Wavre"),
        ("Laetitia Dupont\nRue de Namur 127,4258 Antwerpen\nGSM", "Rue de Namur 127,4258 Antwerpen"),
    ],
)
def test_a_belgian_street_with_its_box_before_the_postcode_or_a_postcode_typed_on(
    text: str, value: str
) -> None:
    assert ("address", value) in found(text)


def test_a_number_typed_on_after_a_comma_is_no_postcode() -> None:
    assert found("I paid 12,5000 times") == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ma carte de recharge BETNMCQXSDIN1N7 ne fonctionne plus", "BETNMCQXSDIN1N7"),
        ("Mijn laadpas BE*SHL*CMOYMGFHK werkt niet", "BE*SHL*CMOYMGFHK"),
        ("Je oude pas NL*EVB*CV9LKXVEA is geblokkeerd", "NL*EVB*CV9LKXVEA"),
        ("Your old card US*TNM*C4ZRISD9K has been blocked", "US*TNM*C4ZRISD9K"),
        ("Mijne Lyngs badge (TB-401780423) is op de Liefkenshoektunnel niet gelezen", "TB-401780423"),
        ("numéro d'assistance via le leasing: CTR7467078. Tél 0495 43 12 12", "CTR7467078"),
    ],
)
def test_a_charging_contract_s_id_a_badge_and_a_leasing_number_are_customer_numbers(
    text: str, value: str
) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["NL** **** **** 1234 is mijn oude rekening", "je badge werkt niet sinds 2024", "account maintenance"],
)
def test_a_masked_number_a_year_or_a_long_word_is_no_charging_id(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "customer_number"]


@pytest.mark.parametrize(
    "text",
    [
        "there are 6 users active on your account, one of them abroad",
        "op dit account zijn nu 4 gebruikers actief, waarvan één in Spanje",
    ],
)
def test_how_many_users_are_active_is_no_login(text: str) -> None:
    assert found(text) == []


def test_whose_login_it_is_is_no_login() -> None:
    assert found("Identifiant du compte : aurelie.le12") == [("username", "aurelie.le12")]


def test_a_digest_named_a_few_words_before_is_shown_in_the_open() -> None:
    text = (
        "token ghp_JUsYYFuZXCwSxXfDMznzECOGtWv4dNCM8NvU. De checksum van de firmware "
        "(c71c6efad117aaa4fa1b1083b4c8fcd15a11e0bada767ca2dedc17f94500ee83) klopt niet met de site."
    )
    assert found(text) == [("token", "ghp_JUsYYFuZXCwSxXfDMznzECOGtWv4dNCM8NvU")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Meine Kundennummer lautet 12345678, USt-IdNr. DE123456789", "12345678"),
        ("Mijn verkopers-ID bij bol is 1234567, retailer id 987654", "987654"),
        ("Meine Händlernummer: 40213, bitte prüfen", "40213"),
    ],
)
def test_a_seller_s_id_and_a_german_customer_number_told_with_lautet(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


def test_a_shop_s_id_at_its_payment_provider_is_no_customer_number() -> None:
    assert found("ID boutique : KX78545.") == []


def test_a_german_login_and_password_told_with_ist_or_lautet() -> None:
    assert found("Mein Benutzername ist shopowner und das Passwort lautet geheim123") == [
        ("username", "shopowner"),
        ("password", "geheim123"),
    ]


@pytest.mark.parametrize("text", ["mein Passwort ist leider abgelaufen", "das Passwort ist falsch, sagt sie"])
def test_what_a_german_password_is_said_to_be_is_no_password(text: str) -> None:
    assert found(text) == []


def test_a_password_that_starts_like_ist_is_whole() -> None:
    assert ("password", "ist@nbul82") in found("mijn ww ist@nbul82")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Stripe account acct_1Nv0FGQ9RKHgCVdK, customer cus_NffrFeUfNV2Hib", "cus_NffrFeUfNV2Hib"),
        ("Mollie profiel pfl_QkEhN94Ba en org_2345678", "org_2345678"),
        ("PayPal merchant ID: 7QWXYZ9ABCDEF", "7QWXYZ9ABCDEF"),
    ],
)
def test_a_payment_provider_s_account_or_customer_id(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize("text", ["charge ch_3MmlLrLkdIwHu7ix0snN0B15 failed", "the org_chart file is here"])
def test_a_charge_s_id_or_a_file_s_name_is_no_account(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["Storage unit 24, access code 4471 at the gate", "the access code for the storage unit is 4471"],
)
def test_a_storage_unit_s_access_code_is_a_pin(text: str) -> None:
    assert ("pin", "4471") in found(text)


def test_an_app_s_access_code_is_a_password() -> None:
    assert found("my access code for the app is Zomer2024") == [("password", "Zomer2024")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("ik verhuis naar Nieuwstraat 134, Brugge. Kunnen jullie dat aanpassen?", "Nieuwstraat 134, Brugge"),
        ("Je verhuizing naar Eikenlaan 187, Amsterdam staat ingepland", "Eikenlaan 187, Amsterdam"),
        ("postcode+huisnr Oudegracht 157a, Groningen", "Oudegracht 157a, Groningen"),
        ("mijn adres: Vondellaan 176, Enschede Wifi werkt niet", "Vondellaan 176, Enschede"),
    ],
)
def test_a_town_after_a_street_s_number_and_a_comma_belongs_to_the_address(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn adres is Kerkstraat 5, Groeten, Jan", "Kerkstraat 5"),
        ("Beatrixlaan 3a, 3085 DG Rotterdam, IBAN volgt", "Beatrixlaan 3a, 3085 DG Rotterdam"),
    ],
)
def test_a_sign_off_or_a_field_after_an_address_is_no_town(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("living in Beukenlaan 92 B 9723HW GRONINGEN, contract KT77", "Beukenlaan 92 B 9723HW GRONINGEN"),
        ("Address is Molenweg 20 B 6488 HW HEERLEN. Please deliver", "Molenweg 20 B 6488 HW HEERLEN"),
        ("naar Hoofdstraat 12 hs, Haarlem. Kunnen jullie", "Hoofdstraat 12 hs, Haarlem"),
        ("Mijn nieuwe adres is trouwens Stationsweg 230b Apeldoorn.\n\nGroet", "Stationsweg 230b Apeldoorn"),
        ("de nieuwe simkaart gaat naar Veldweg 195-B te Haarlem. Je PUK", "Veldweg 195-B te Haarlem"),
        ("address: 993 Sunset Blvd, Unit 12, Scranton MA. Thanks", "993 Sunset Blvd, Unit 12, Scranton MA"),
        ("Please ship to 2089 Sunset Blvd #158, Tucson. Thanks", "2089 Sunset Blvd #158, Tucson"),
    ],
)
def test_a_town_after_a_house_number_s_suffix_a_postcode_or_te_belongs_to_the_address(
    text: str, value: str
) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("51 Station Road, Birmingham B15 1QL\nCheers", "51 Station Road, Birmingham B15 1QL"),
        ("Mijn adres is Kerkstraat 5 Groeten", "Kerkstraat 5"),
        ("Kod pocztowy: 00-590 Warszawa", "00-590"),
    ],
)
def test_a_sign_off_after_a_postcode_or_a_number_is_no_town(text: str, value: str) -> None:
    assert ("address", value) in found(text)


@pytest.mark.parametrize("text", ["Die TAN lautet 482913, bitte", "mTAN 482913 kam nicht an", "TAN: 482913"])
def test_a_german_bank_s_tan_is_a_one_time_code(text: str) -> None:
    assert ("otp", "482913") in found(text)


@pytest.mark.parametrize("text", ["a tan leather bag from 2019", "I got a tan in 2023 at 28 degrees"])
def test_a_tan_colour_is_no_code(text: str) -> None:
    assert found(text) == []


def test_a_german_access_code_for_a_storage_is_a_pin() -> None:
    assert found("Mein Zugangscode ist 4471 für das Lager") == [("pin", "4471")]
