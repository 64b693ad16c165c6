"""Round 29: platforms, scams and the people around an account. A platform's seller, host, rider or courier
named by their role's id; an account named by its login; the caller's number in a scam story and the bank's
own line on its site; a scam's mailbox dressed as a bank's; a login code owned beside the login; the wifi
named before its password; a combination lock's and a gift card's codes; a donor's number."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, value",
    [
        ("mijn uitbetaling staat nog open. Host-ID S-4963190, rekening volgt", "S-4963190"),
        ("Bonjour, mon ID vendeur : 78146353. Merci de vérifier", "78146353"),
        ("the app logs me out all day, courier ID DRV-21315.", "DRV-21315"),
        ("je compte est bloqué, ID livreur 2034418617, nouveau numéro suit", "2034418617"),
        ("alles gekoppeld aan verkopersnummer KL22912244, fijne dag", "KL22912244"),
        ("geen geld ontvangen. Verkopersaccount HST7850640. Wanneer??", "HST7850640"),
        ("payout missing, rider id SLR831999, new phone soon", "SLR831999"),
        ("Compte vendeur FR-778383-85 toujours pas payé", "FR-778383-85"),
        ("my seller ID 98512578 was suspended yesterday", "98512578"),
    ],
)
def test_a_platform_s_seller_host_rider_or_courier_id_is_theirs(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ridrr ID 75954092, ik mis ritten zo", "75954092"),
        ("Keorier-ID HST1598245. Kan ik ondertussen", "HST1598245"),
        ("ID liverur S-3478693, nouveau numéro", "S-3478693"),
    ],
)
def test_a_role_s_id_typed_with_a_slip(text: str, value: str) -> None:
    assert ("customer_number", value) in found(text)


@pytest.mark.parametrize(
    "text",
    ["the host id field is empty on my dashboard", "is there a post id 1234567 here", "order id 55512345"],
)
def test_words_like_a_role_s_id_name_none(text: str) -> None:
    assert not [value for kind, value in found(text) if kind == "customer_number"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Hoi Marieke, we hebben je account shop_dubois540 tijdelijk vergrendeld", "shop_dubois540"),
        ("we have temporarily locked account PieterGarcia after a sign-in from Lagos", "PieterGarcia"),
        ("account ilse1970 is geblokkeerd na drie pogingen", "ilse1970"),
    ],
)
def test_an_account_named_by_its_login_is_a_username(text: str, value: str) -> None:
    assert ("username", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("the card on the account is sk_live_****cFHj, see the dispute", "sk_live_"),
        ("HEY GUYS, NO SIGNAL. ORDER ORD-4517-2985, ACCOUNT A-7F8D4215", "A-7F8D4215"),
        ("ik heb mijn account MyMinfin geblokkeerd", "MyMinfin"),
        ("Stripe says account acct_1Nq8ZkLmXy2 is restricted", "acct_1Nq8ZkLmXy2"),
    ],
)
def test_an_account_s_number_masked_value_or_portal_is_no_login(text: str, value: str) -> None:
    assert ("username", value) not in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Daarna werd ik gebeld door 020-5730428 en heb ik een code genoemd", "020-5730428"),
        ("ik werd gebeld door 03 224 41 17 die zei van de bank te zijn", "03 224 41 17"),
        ("I received a call from +44 7022 343405 and I read out a code", "+44 7022 343405"),
        ("Dit is het nummer waarvan ik gebeld werd: +44 7018 736331. En dit de rekening", "+44 7018 736331"),
        ("I got a call from 020 7333 3063 claiming to be your fraud team", "020 7333 3063"),
    ],
)
def test_the_caller_s_number_is_a_person_s(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("ik werd gebeld door 020-9275938 (jullie nummer!!) maar ik vertrouw het niet", "020-9275938"),
        ("I had a call from 0800 865 2175, is that really you?", "0800 865 2175"),
        ("Op jullie site (https://www.rabobank.nl/klantenservice) staat 020 215 66 30, klopt dat?",
         "020 215 66 30"),
    ],
)
def test_the_company_s_own_line_stays(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Met vriendelijke groet,\nCamille\nService clientèle Beobank - 02 132 60 49", "02 132 60 49"),
        ("Lies\nGigHub Partnerservice | 020 794 8800 | gighub.be/help", "020 794 8800"),
        ("Groetjes,\nCamille - Klantendienst Bezorgd\n> Tel. 02 788 00 00\n", "02 788 00 00"),
    ],
)
def test_a_service_desk_s_signature_line_is_the_company_s(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


def test_a_person_s_line_after_a_dash_stays() -> None:
    assert ("phone", "06 12345678") in found("Groet,\nJan Peters - 06 12345678")


@pytest.mark.parametrize(
    "text, value",
    [
        ("-----\nVan: ABN AMRO Beveiliging <service@abnamro.live>\nDatum: 13 mei", "service@abnamro.live"),
        ("From: Rabobank <no-reply@rabobank-secure.info>\nSubject: x", "no-reply@rabobank-secure.info"),
    ],
)
def test_a_department_s_mailbox_on_a_domain_dressed_as_a_bank_s_is_an_address(text: str, value: str) -> None:
    assert ("email", value) in found(text)


def test_a_real_department_s_mailbox_stays() -> None:
    assert not found("mail naar support@kpn.be of noreply@ziggo.nl")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("toen heb ik ook mijn inlogcode 1988 genoemd en mijn gebruikersnaam femke", "pin", "1988"),
        ("zijn inlogcode 824137 en gebruikersnaam daan.meijer op een briefje", "pin", "824137"),
        ("Mijn inlogcode is 57405877, hij is nog geen minuut oud", "otp", "57405877"),
        ("inlogcode 482913 werkt niet", "otp", "482913"),
    ],
)
def test_a_login_code_owned_and_told_beside_the_login_is_a_pin(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, network, key",
    [
        ("wifi is NETGEAR55, paassword Strand202526. any issues text me", "NETGEAR55", "Strand202526."),
        ("Wifi: Loft42, wachtwoord Cottage202528. Bij problemen app je maar", "Loft42", "Cottage202528"),
        ("wifi: telenet-4A7C2, wachtwoord Welkom!2024", "telenet-4A7C2", "Welkom!2024"),
    ],
)
def test_the_wifi_named_before_its_password(text: str, network: str, key: str) -> None:
    findings = found(text)
    assert ("wifi_key", key) in findings
    assert not [kind for kind, value in findings if value == network]


@pytest.mark.parametrize(
    "text, value",
    [
        ("De sleutel ligt in het kastje, cijferslot 763589. Ik ben ziek", "763589"),
        ("de krascode is 88124471 maar de kaart werkt niet", "88124471"),
        ("code à gratter 8812 4471, refusé en caisse", "8812 4471"),
    ],
)
def test_a_combination_lock_s_and_a_gift_card_s_code_is_a_pin(text: str, value: str) -> None:
    assert ("pin", value) in found(text)


def test_a_combination_lock_named_without_its_code_is_nothing() -> None:
    assert not found("het cijferslot is kapot sinds 12 mei")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("but I did give my online ID leeg525 and password princess-buster-48", "username", "leeg525"),
        ("user ozturk19@hotmail.be, psword is zomer.185$. phone is a Masterlock", "password", "zomer.185$."),
        ("Son numéro client était le 7712345 et il habitait à Namur", "customer_number", "7712345"),
        ("donateursnummer 4481123 graag de incasso stoppen", "customer_number", "4481123"),
        ("My late father's donor ID was D-4481123.", "customer_number", "D-4481123"),
        ("numéro de donateur 4481123, merci d'arrêter", "customer_number", "4481123"),
        ("né le 1955-10-10, domicilié Rue des Guillemins 231 bus 2, registre national", "address",
         "Rue des Guillemins 231 bus 2"),
    ],
)
def test_logins_numbers_and_addresses_by_their_names(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Jens Peeters BV, BE 0637.946.404.", "0637.946.404"),
        ("Ik heb aangifte gedaan, aangiftenummer 04714307", "04714307"),
    ],
)
def test_a_vat_number_and_a_police_report_s_are_no_phones(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


def test_a_mobile_in_dots_without_be_stays_a_phone() -> None:
    assert ("phone", "0637.946.404") in found("mijn gsm 0637.946.404")


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Mijn Eventim account is gehackt, mijn oude wachtwoord was Lowlands#25", "password", "Lowlands#25"),
        ("J'ai vu votre message sur les réseaux sociaux, mon mot de passe est Soleil2024", "password",
         "Soleil2024"),
        ("I saw it on the social network, my password is Sunshine2024", "password", "Sunshine2024"),
        ("mijn wlan wachtwoord is Abc12345x", "wifi_key", "Abc12345x"),
    ],
)
def test_a_word_holding_a_wifi_word_or_a_social_network_is_no_wifi(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_festival_holding_puk_names_no_puk() -> None:
    assert ("puk", "8812 4471") not in found("The PUKKELPOP wristband code 8812 4471")


def test_a_sim_s_puk_still_names_eight_digits() -> None:
    assert ("puk", "88124471") in found("sim geblokkeerd, de code 88124471")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The account login is my late husband's email bob.smith@btinternet.com, password Rover1959", "late"),
        ("Mijn Eventim account is gehackt, mijn oude wachtwoord was Lowlands#25", "gehackt"),
        ("my account PayPal is blocked since Monday", "PayPal"),
        ("HER ACCOUNT: CUST-11229687", "CUST-11229687"),
    ],
)
def test_words_and_numbers_after_an_account_that_are_no_login(text: str, value: str) -> None:
    assert ("username", value) not in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Code van zijn gsm: 1402", "pin", "1402"),
        ("Polisnummer uitvaartverzekering: 7712-4456-01", "customer_number", "7712-4456-01"),
        ("policy number (life cover): 7712445601", "customer_number", "7712445601"),
        ("Adresse : 27, boulevard Haussmann – 75009 Paris", "address",
         "27, boulevard Haussmann – 75009 Paris"),
        ("private key 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060", "api_key",
         "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"),
    ],
)
def test_codes_numbers_and_addresses_named_their_way(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "account created: 2019",
        "HMAC: 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d",
        "the uploaded photo ID (id_scan.jpg, sha 9f86d081884c7d659a2feaa0c55ad015)",
        "transactie-ID 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
        "wallet 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
    ],
)
def test_years_digests_and_public_chain_ids_are_no_secret(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Membership services: 0161 496 0123", "0161 496 0123"),
        ("Box office: 020 624 2311", "020 624 2311"),
        ("Kassa Ziggo Dome: 020 123 4567", "020 123 4567"),
        ("the gym's number is 020 123 4567", "020 123 4567"),
        ("Donateursservice: 020 573 7300", "020 573 7300"),
        ("Service abonnés : 02 225 55 55", "02 225 55 55"),
        ("Supporter care: 0161 496 0123", "0161 496 0123"),
    ],
)
def test_a_venue_s_club_s_or_charity_s_desk_is_the_company_s_line(text: str, value: str) -> None:
    assert ("phone", value) not in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Mijn nummer: 020 123 4567", "020 123 4567"),
        ("Het nummer van de club is 0475 12 34 56", "0475 12 34 56"),
    ],
)
def test_a_person_s_or_a_mobile_line_stays(text: str, value: str) -> None:
    assert ("phone", value) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("the passcode on mum's phone is 4471", "pin", "4471"),
        ("the PUK of dad's phone is 88124471", "puk", "88124471"),
    ],
)
def test_a_phone_s_code_named_by_whose_phone_it_is(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_sign_off_s_number_in_an_area_code_s_brackets_in_a_range_no_plan_assigns() -> None:
    text = "Thanks in advance,\nBrandon Walker\n(206) 170-9285\n\nOn 7 Aug at 12.14pm"
    assert ("phone", "(206) 170-9285") in found(text)


def test_the_same_number_without_a_label_or_sign_off_is_none() -> None:
    assert not found("order (206) 170-9285")
