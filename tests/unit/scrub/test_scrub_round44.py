"""Round 44: telecom business accounts, parcels, travel, sports and food read (their development halves):
a number's porting code in any shape, the customer's number at the old provider, an eSIM's activation code
as a token, a phone heading a list after a reference word."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("We'd like to port 07700 900412 to you. PAC from our old network: 61503287.", "61503287"),
        ("Please move these lines to the business plan:\n- 0161 496 0271 (PAC 4420)", "4420"),
        ("Porting:\n- 0161 496 0271 (PAC STAC51320K) and the other one later", "STAC51320K"),
        ("Mijn nummer 06 41 22 73 90 houden, overstapcode van de oude provider: KWT551902.", "KWT551902"),
        ("- 06 41 22 73 90 (oevrstapcode MPLR-TQXA)", "MPLR-TQXA"),
        ("Ik stap over: 0470 22 81 93, overstaapcode 5520-1183", "5520-1183"),
        ("Je garde mon numéro 0476 44 21 09. Mon code Easy Switch : QRA448120. Merci", "QRA448120"),
        ("Mijn Easy Switch ID is 41177230, ik wil mijn internet meenemen", "41177230"),
    ],
)
def test_a_number_s_porting_code_is_a_one_time_code_in_any_shape(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma PAC air-eau 12 kW fait du bruit depuis la prime PAC 2024",  # a heat pump: nothing is ported
        "Subject: PAC request for our shop, please call back",  # a word after the PAC, no code
    ],
)
def test_a_pac_that_moves_nothing_is_no_code(text: str) -> None:
    assert _kinds(text, "otp") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mon code Easy Switch: 88120437. Client chez l'ancien opérateur: 5521-0938-14", "5521-0938-14"),
        ("Code Easy Switch QRA448120, Client cehz l'ancien opérateur : HX41109385", "HX41109385"),
    ],
)
def test_the_customer_s_number_at_the_old_provider(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("code d'activation eSIM 4RT8K-P02LM-X77QA-9ZC1B ne marche pas", "4RT8K-P02LM-X77QA-9ZC1B"),
        ("de activatiecode voor de e-sim: 7HQ2M-LLT04-9AX0R-KK28W -> ongeldig", "7HQ2M-LLT04-9AX0R-KK28W"),
        ("Activatiecode: QJ7X2M9KD0P4WZ8T1LR6NB3YV5CH0AE2", "QJ7X2M9KD0P4WZ8T1LR6NB3YV5CH0AE2"),
        ("QR: LPA:1$smdp.example.net$K2M4Q-8WX1T-PLQ90 fails", "LPA:1$smdp.example.net$K2M4Q-8WX1T-PLQ90"),
    ],
)
def test_an_esim_s_long_activation_code_is_a_token(text: str, token: str) -> None:
    assert ("token", token) in found(text)


def test_a_short_activation_code_stays_a_one_time_code() -> None:
    text = "de activatiecode uit de brief is 556120, maar de app zegt verlopen"
    assert _kinds(text, "otp") == ["556120"]
    assert _kinds(text, "token") == []


def test_a_phone_heading_a_list_after_a_reference_word_is_a_phone() -> None:
    text = "Ik wil 2 nummers meenemen naar het zakelijke abonnement:\n- +31 6 48213790 (overstapcode 5512)"
    assert ("phone", "+31 6 48213790") in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("My AAdvantage number is K7M2Q41, please add it to my booking", "K7M2Q41"),
        ("My Executive Club number is 55012873 but the Avios never came", "55012873"),
        ("Mon numéro Miles & More est 4410 932 118 mais les miles manquent", "4410 932 118"),
        ("Mijn Flying Blue nummer is 2208 4471 9930 maar de miles ontbreken", "2208 4471 9930"),
    ],
)
def test_a_scheme_s_number_named_by_the_scheme_after_my(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my wife's number is 07700 900637",  # a person's phone, no scheme named
        "Op mijn Britse nummer 07398 015562 krijg ik geen sms",  # a country names a phone
        "MIJN BESTELLING #56041 IS NIET AANGEKOMEN",  # an order
        "Uw chatbot begrijpt mijn vraag niet. Ticket #62698",  # a sentence ends before the ticket
        "Notre numéro de TVA est BE 0884.264.654",  # a company's
    ],
)
def test_a_number_after_my_that_names_no_scheme_is_no_customer_number(text: str) -> None:
    assert _kinds(text, "customer_number") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("For TSA PreCheck the known traveler number is 4471920, passport attached", "4471920"),
        ("doc no 812204763 / dob 4 Jun 1987 / flt KL1002", "812204763"),
        ("My access fob (7AC1B93E) no longer works at the turnstiles", "7AC1B93E"),
        ("Mijn toegangspas (559021) werkt niet meer bij de poortjes", "559021"),
        ("en mijn spaarnummer 8820 114 732 vergeten toe te voegen", "8820 114 732"),
        ("Ik heb een nieuw paspoort, nummer is nu XR77KD052 (oude was verlopen)", "XR77KD052"),
        ("Paspoortnummer KWPLRNHT4, geboortedatum 01/02/1990", "KWPLRNHT4"),
    ],
)
def test_travel_documents_passes_and_savers_numbers(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_login_for_a_place_named_in_one_word_is_after_the_copula() -> None:
    text = "Mijn inlognaam voor de sport-app is kvanbeek (niet mijn e-mail), ik ben het wachtwoord kwijt."
    assert _kinds(text, "username") == ["kvanbeek"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Het wifi-wachtwoord van Gym_Guest4 in de club is kp7d-qrsw-13 maar het werkt niet", "kp7d-qrsw-13"),
        ("The wifi password for Studio-Home-7C21 at the club is Welcome2Fit! but it fails", "Welcome2Fit!"),
    ],
)
def test_a_network_named_before_where_it_is_is_no_login_nor_key(text: str, key: str) -> None:
    assert _kinds(text, "wifi_key") == [key]
    assert _kinds(text, "username") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mijn koffer is niet aangekomen op vlucht KL1271. Bagagelabel 0322417390, dossier AMSKL60211.",
        "my suitcase is still in Faro!! tag 0716494471 #lostluggage",
        "Ma valise n'est pas arrivée. Étiquette 0509383901, dossier BRUSN26411.",
    ],
)
def test_a_bag_tag_is_no_phone(text: str) -> None:
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("can't open locker 37, I set it to 5821", "5821"),
        ("kluisje 112 in de kleedkamer krijg ik niet open, ik had 0461 ingesteld\n\nGroet, Eva", "0461"),
    ],
)
def test_a_locker_s_code_its_user_set_is_a_pin(text: str, code: str) -> None:
    assert _kinds(text, "pin") == [code]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "My current address is P.O. Box 40219, Springfield, IL 62722.",
            "P.O. Box 40219, Springfield, IL 62722",
        ),
        (
            "I have a PO box (PO Box 5120, Leeds LS3 1GK) but mail goes elsewhere",
            "PO Box 5120, Leeds LS3 1GK",
        ),
        ("Ma nouvelle adresse: Boîte postale 508, 4306 Namur. Merci", "Boîte postale 508, 4306 Namur"),
    ],
)
def test_a_customer_s_po_box_with_its_postal_line_is_an_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_a_company_s_po_box_on_its_footer_is_no_address() -> None:
    assert _kinds("Acme Ltd, PO Box 77, Leicester LE1 1AA", "address") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "De monteur moest komen op turnhoutsebaan 85 3405 Turnhout. Niemand gezien.",
            "turnhoutsebaan 85 3405 Turnhout",
        ),
        (
            "Groet,\nAtelier Simon\nmolenweg 124 1505ad Eindhoven\nT: +31660718673",
            "molenweg 124 1505ad Eindhoven",
        ),
        (
            "Zaakvoerder\ngrote markt 10 b12 5881 Turnhout\nGSM 0471 22 33 44",
            "grote markt 10 b12 5881 Turnhout",
        ),
        (
            "doorsturen van burgemeester de withstraat 47 5262an Tilburg",
            "burgemeester de withstraat 47 5262an Tilburg",
        ),
    ],
)
def test_a_street_in_small_letters_with_its_postal_line_is_an_address(text: str, address: str) -> None:
    assert ("address", address) in found(text)


def test_an_address_a_business_s_mail_is_redirected_from_is_an_address() -> None:
    text = "Wilt u de post voor Bakkerij Noor doorsturen van Oudegracht 166, 3511 AZ Utrecht naar ons pand?"
    assert ("address", "Oudegracht 166, 3511 AZ Utrecht") in found(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("We want to port 9293328984 over to you. PAC to follow.", "9293328984"),
        ("Please start porting 3122257073 to the business plan", "3122257073"),
        ("Regards,\nHicham Patel\nDirector, Patel Plumbing\nT: 7185574663\nE: hp@example.com", "7185574663"),
    ],
)
def test_a_signature_s_one_letter_label_and_a_number_to_port_name_a_phone(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le colis est dans le distributeur de colis mais le code de retrait 8625 ne fonctionne pas", "8625"),
        ("Hi, our parcel was left in a parcel locker but collection code KPRT47 doesn't work.", "KPRT47"),
        ("I've generated a new collection code for 3SGBJT4260694: W2CNXT. Valid 48 hours.", "W2CNXT"),
        ("Le code de retrait était BDXVTV mais le casier était vide", "BDXVTV"),
    ],
)
def test_a_parcel_s_pickup_code_is_a_one_time_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


@pytest.mark.parametrize(
    "text",
    ["the pickup code is EXPIRED, please send another", "the pickup code is CODE in your app"],
)
def test_a_word_after_a_pickup_code_is_no_code(text: str) -> None:
    assert _kinds(text, "otp") == []


def test_a_cash_machine_s_code_stays_a_pin() -> None:
    assert _kinds("le distributeur a avalé ma carte, j'avais tapé le code 4471", "pin") == ["4471"]


def test_a_staff_member_s_company_line_after_t_is_no_phone() -> None:
    text = "Kind regards,\nAmy\nMember Services\nT: 0300 872 7998"
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Modem b-box 3V+. Accès interface modem: admin / 7qq9fgm2wc. Client 1.935.410.638.", "7qq9fgm2wc"),
        ("Inloggegevens van de modem interface: admin / K7OP61LY. Klantnummer A85493", "K7OP61LY"),
    ],
)
def test_a_device_s_admin_and_the_password_after_its_slash(text: str, password: str) -> None:
    assert ("password", password) in found(text)


def test_a_word_after_admin_s_slash_is_no_password() -> None:
    assert _kinds("the router login screen shows admin / password fields", "password") == []


@pytest.mark.parametrize(
    "text",
    [
        "One SIM is PUK locked, can you give me the PUK for (0117) 581 1569?",
        "One SIM is PUK locked, can you give me the PUK for 2125706902?",
    ],
)
def test_the_phone_a_puk_is_asked_for_is_no_puk(text: str) -> None:
    assert _kinds(text, "puk") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mon numéro de fidélité est mal repris sur le billet, c'est Z47QT19. E-ticket 08226", "Z47QT19"),
        ("Ik heb een nieuw paspoort, nummer is nu GKYLVNGS3 (oude was verlopen)", "GKYLVNGS3"),
        ("Mijn Flying Blue nummre is 2208 4471 9930 maar de miles ontbreken", "2208 4471 9930"),
    ],
)
def test_a_loyalty_number_told_after_what_went_wrong_and_slips(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)
