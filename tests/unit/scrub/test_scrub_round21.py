"""Round 21: the way in to a place (entry, barrier and lock codes, keypad keys around them, a list of a
holiday home's codes); a membership's or a subscription's number; customer-number phrases typed wrong in any
word; a password told alone, its own dot, an admin page's password; a network's name in brackets; "oh" as a
digit."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Toen we aankwamen werkte de toegangscode 5120 van het park niet.", "5120"),
        ("On arrival the entry code 663401 was refused and nobody answered.", "663401"),
        ("le code d'accès 90817 du gîte ne marche plus", "90817"),
        ("Barrier code: 44071\nWiFi: GardenLodge / meadow-otter-51", "44071"),
        ("Code slagboom: 7310\nWifi: Parkzicht / tulp-molen-22", "7310"),
        ("bonsoir, le code de la barrière 6620 refuse", "6620"),
        ("Slotcode fiets: 50213\nmaar hij gaat niet open", "50213"),
        ("Code cadenas : 3391\nmerci de vérifier", "3391"),
        ("de sleutelkluis: 7702 werkt niet meer", "7702"),
    ],
)  # fmt: skip
def test_the_code_of_a_way_in_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("de toegangscode #5521# werkt niet", "#5521#"),
        ("the entry code *40213 did not work", "*40213"),
        ("alarm code for the office is 7781#, please reset", "7781#"),
        ("sleutelkluis: *6604# graag nakijken", "*6604#"),
        ("the key safe is *2290* ??", "*2290*"),
    ],
)  # fmt: skip
def test_the_keypad_keys_around_a_door_s_code_are_covered(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


def test_a_reference_after_a_hash_is_still_no_pin() -> None:
    assert found("bestelling #98491# is kwijt") == []


def test_a_card_s_last_digits_after_a_star_are_no_pin() -> None:
    findings = found("de laatste 4 cijfers van mijn kaart: *4471. Meer niet.")
    assert not any(kind == "pin" for kind, _ in findings)


def test_a_version_after_an_access_code_is_no_pin() -> None:
    assert found("toegangscode werkt niet meer sinds update Windows 11 23H2") == []


@pytest.mark.parametrize(
    "text, gate, alarm, network",
    [
        ("Here are the codes once more:\n- gate: 5093\n- alarm: 7120\n"
         "- wifi (Lakeside_Cabin): OtterGuest771\nThanks", "5093", "7120", "Lakeside_Cabin"),
        ("Nog eens de codes:\n- hek: *20784\n- alarm: 6130\n- wifi (Duinhuis-Gast): ZomerGast4411\nGroet",
         "*20784", "6130", "Duinhuis-Gast"),
        ("codes:\n- gate: #3371#\n- alarm: 0924\n- wifi (Cottage_7): WillowGuest0215\nCheers",
         "#3371#", "0924", "Cottage_7"),
    ],
)  # fmt: skip
def test_a_gate_s_code_in_a_list_of_codes_is_a_pin_and_the_network_s_name_is_no_key(
    text: str, gate: str, alarm: str, network: str
) -> None:
    findings = found(text)
    assert ("pin", gate) in findings and ("pin", alarm) in findings
    assert ("wifi_key", network) not in findings


@pytest.mark.parametrize(
    "text",
    [
        "Flight KL1023, gate: 12, boarding 10:40",
        "Poort: 5060\nGebruikersnaam: jdv82\nServer: sip.example.net",
    ],
)
def test_a_gate_s_or_a_port_s_number_is_no_pin(text: str) -> None:
    assert not any(kind == "pin" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "- wifi (Lakeside_Cabin): OtterGuest771",
        "the wifi in our cabin (Lakeside_Cabin) keeps dropping, the card says the password is OtterGuest771",
    ],
)
def test_a_network_s_name_in_brackets_after_wifi_is_no_key(text: str) -> None:
    findings = found(text)
    assert ("wifi_key", "OtterGuest771") in findings
    assert ("wifi_key", "Lakeside_Cabin") not in findings


@pytest.mark.parametrize(
    "text, number",
    [
        ("geboortedatum 12-03-1961, lidmaatschap 730651288 graag nakijken", "730651288"),
        ("date de naissance 03/09/1977, carte de membre 5521 0094 1187", "5521 0094 1187"),
        ("Bonjour Léa ! Votre abonnement K30418-22 est suspendu jusqu'au 4 mai.", "K30418-22"),
        ("born 04/05/1979, member since 2020, no. 6617 2209 4431. why again?", "6617 2209 4431"),
        ("membre depuis 2018, n° 611.204.998, pourquoi me réinscrire ?", "611.204.998"),
        ("ik ben mijn ledenpas kwijt, nummer 4408815530. Nieuwe aanvragen?", "4408815530"),
    ],
)  # fmt: skip
def test_a_membership_or_a_subscription_names_its_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn abonnement 0612345678 werkt niet meer",
        "het abonnement 06-12345678 is geblokkeerd",
        "Waarom is mijn abonnement 15 % duurder geworden?",
        "membership 12 months, renewed in 2024",
    ],
)
def test_a_subscription_s_phone_price_or_term_is_no_customer_number(text: str) -> None:
    assert not any(kind == "customer_number" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("bonjour c'est Marc, mon nuémro client c'est 3-7720145 et le code", "3-7720145"),
        ("mon numréo client est K 5510322, mon IBAN suit", "K 5510322"),
        ("oui, mon numéro lient c'est :5-2290418", "5-2290418"),
        ("yeah hi, my accuont number is 412.088.637 and the puk", "412.088.637"),
        ("my accout number is MY551020 thanks", "MY551020"),
        ("mijne klantennummer is\nACC-552190 en de code", "ACC-552190"),
    ],
)  # fmt: skip
def test_a_customer_number_after_a_mistyped_phrase_or_its_copula(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_customer_number_told_with_c_est_is_no_puk() -> None:
    findings = found("mon numéro client c'est 55083127 et le code PUK c'est six trois neuf un")
    assert ("customer_number", "55083127") in findings
    assert ("puk", "55083127") not in findings


@pytest.mark.parametrize(
    "text, password",
    [
        ("that's Tiger82!", "Tiger82!"),
        ("it's K4st33l19", "K4st33l19"),
        ("c'est Moul3s77", "Moul3s77"),
        ("die is tQbWXaRm", "tQbWXaRm"),
        ("het is WalrusXP00231kq", "WalrusXP00231kq"),
        ("it's bakker#2024", "bakker#2024"),
        ("c'est gaufre-tram-soleil12", "gaufre-tram-soleil12"),
    ],
)
def test_a_password_told_alone_is_a_password(text: str, password: str) -> None:
    assert ("password", password) in found(text)


@pytest.mark.parametrize("text", ["it's iPhone14", "it's jdevries84", "that's great!", "c'est bon"])
def test_a_device_a_login_name_or_a_word_told_alone_is_no_password(text: str) -> None:
    assert not any(kind == "password" for kind, _ in found(text))


def test_a_drawn_code_told_alone_stays_a_one_time_code() -> None:
    assert found("it's RB6ETD") == [("otp", "RB6ETD")]


@pytest.mark.parametrize(
    "text, password",
    [
        ("the new admin password is Heron41.. Account number follows.", "Heron41."),
        ("mes identifiants (paul@example.be / Gaufre28.) ou une licence ?", "Gaufre28."),
        ("votre mot de passe provisoire est Tram2025.. Merci de le changer.", "Tram2025."),
    ],
)
def test_a_password_s_dot_before_a_second_dot_or_a_bracket_is_its_own(text: str, password: str) -> None:
    assert ("password", password) in found(text)


def test_an_ellipsis_after_a_password_is_no_part_of_it() -> None:
    assert ("password", "Zomer2024") in found("het wachtwoord is Zomer2024... denk ik")


@pytest.mark.parametrize(
    "text, password",
    [
        ("De modem op kantoor is stuk. Het paswoord van de beheerpagina is wortel_kaas_groen41, probeer.",
         "wortel_kaas_groen41"),
        ("De modem ligt plat. Het paswoord van de beheerpagina is=Tulp77$, probeer maar.", "Tulp77$"),
        ("changed the router amdin pw to Kr0k3t512 and now the phones are acting up", "Kr0k3t512"),
    ],
)  # fmt: skip
def test_the_admin_page_s_password_is_no_wifi_key(text: str, password: str) -> None:
    findings = found(text)
    assert ("password", password) in findings
    assert not any(kind == "wifi_key" for kind, _ in findings)


def test_a_password_cue_typed_with_a_space_is_a_cue() -> None:
    findings = found("de mailbox accepteert het wacht woord=PANNEkoek!&!41Zr niet")
    assert ("password", "PANNEkoek!&!41Zr") in findings


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("and the PUK off the card is oh oh four one seven two six five ... call me", "puk",
         "oh oh four one seven two six five"),
        ("the voicemail PIN was four-oh-one-oh but it stopped working", "pin", "four-oh-one-oh"),
    ],
)  # fmt: skip
def test_oh_is_a_digit_said(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Pinautomaat in de zaak vraagt een activatiecode, op het scherm staat 604417. Serienummer volgt.",
         "604417"),
        ("the card terminal asks for an activation code, the screen shows\n318-052. serial TX-9.", "318-052"),
        ("de kassa vraagt een activatiecode, op het scherm staat=71553208. serienummer volgt", "71553208"),
        ("Pinautomaat vraagt een activatiecode, op het scherm staat :402918. Graag hulp", "402918"),
    ],
)  # fmt: skip
def test_an_activation_code_a_screen_shows_is_a_one_time_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_an_access_code_in_a_sent_code_s_groups_is_a_one_time_code() -> None:
    assert ("otp", "417-093") in found("toegangscode 417-093 werkt niet")


def test_a_puk_after_a_colon_typed_twice_is_found() -> None:
    text = "De simkaart is geblokkeerd na 3x verkeerde pin. PUK staat op de kaart: :61804427. Werkt niet."
    assert ("puk", "61804427") in found(text)


def test_a_password_may_start_with_an_equals_sign() -> None:
    assert ("password", "=7oPW&AET6.") in found("Het paswoord van de kassa-app is nog altijd =7oPW&AET6.")


@pytest.mark.parametrize(
    "text, codes",
    [
        ("forgot the bike lock code, pretty sure it's 52219 or maybe 7704", ["52219", "7704"]),
        ("code van de fietskluis vergeten, volgens mij 6120 of misschien 41093", ["6120", "41093"]),
    ],
)
def test_another_code_it_may_be_is_a_code_of_the_same_kind(text: str, codes: list[str]) -> None:
    findings = found(text)
    assert all(("pin", code) in findings for code in codes)


def test_a_year_after_a_code_is_no_second_code() -> None:
    assert ("pin", "2024") not in found("pin 1234 or maybe 2024 was the year")


def test_a_secret_code_cue_typed_wrong_is_a_cue() -> None:
    assert ("pin", "0392") in found("Mon codde secret de la carte c'est 0392, je ne l'ai jamais donné")


@pytest.mark.parametrize(
    "text, token",
    [
        ("the access token leaked in an email: Zq3.Kd9xV-7pLmN2bQ~Rt5sW8yX1zA4cE6. please revoke it",
         "Zq3.Kd9xV-7pLmN2bQ~Rt5sW8yX1zA4cE6"),
    ],
)  # fmt: skip
def test_an_oauth_token_with_a_tilde_is_one_token(text: str, token: str) -> None:
    assert ("token", token) in found(text)


def test_the_secret_half_of_a_key_pair_after_its_key_id_is_a_key() -> None:
    text = "keys got committed: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY please rotate"
    findings = found(text)
    assert ("api_key", "AKIAIOSFODNN7EXAMPLE") in findings
    assert ("api_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") in findings


@pytest.mark.parametrize(
    "text, login",
    [
        ("Sam from accounts is away, can you move his login (pvermeer) to me?", "pvermeer"),
        ("kunnen jullie haar inlog (tdewit) overzetten naar mij?", "tdewit"),
    ],
)
def test_a_login_name_in_brackets_after_its_cue_is_a_username(text: str, login: str) -> None:
    assert ("username", login) in found(text)


@pytest.mark.parametrize("text", ["the login (Microsoft) page hangs", "login (admin) werkt niet"])
def test_a_brand_or_a_role_in_brackets_is_no_username(text: str) -> None:
    assert not any(kind == "username" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("ok: 4471093385", "customer_number", "4471093385"),
        ("ok: 5512 0938 4417", "customer_number", "5512 0938 4417"),
        ("ok, 604118", "otp", "604118"),
    ],
)
def test_a_number_sent_alone_after_ok_is_typed_by_its_shape(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


def test_a_card_number_after_a_subscription_is_no_member_s_number() -> None:
    assert found("abonnement 4111111111111111 loopt af") == []


@pytest.mark.parametrize(
    "text",
    [
        "> Voor spoed zijn wij bereikbaar op 020 555 7213.\n>\n> Met vriendelijke groet,\n> Team Parkzicht",
        "> En cas d'urgence : 02 555 71 80.\n>\n> Cordialement,\n> L'équipe",
        "De receptie was dicht en het noodnummer 020 555 4410 gaf een bandje.",
        "In case of an emergency: 0161 555 0192. Kind regards, the holiday park",
    ],
)
def test_the_company_s_emergency_line_is_no_phone(text: str) -> None:
    assert not any(kind == "phone" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, phone",
    [
        ("ik ben bereikbaar op 020 832 6296", "020 832 6296"),
        ("mijn noodnummer is 0612345678", "0612345678"),
    ],
)
def test_the_writer_s_own_line_is_still_a_phone(text: str, phone: str) -> None:
    assert ("phone", phone) in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("le code d'accès 48213 pour l'application ne marche pas", "otp", "48213"),
        ("toegangscode voor de app: Zomer2024", "password", "Zomer2024"),
        # (in its groups, a code sent; "toegangscode 482913" in one run is kept, a PIN: round 53)
        ("toegangscode 482-913 voor de app", "otp", "482-913"),
    ],
)
def test_an_access_code_where_no_place_is_spoken_of_is_a_login_s(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("When we arrived at the park, the entry code #5521* didn't work.", "#5521*"),
        ("allee, de code van de poort is #083355* en die marcheert nie.", "#083355*"),
        ("codes:\n- gate: 4471#\n- alarm: 3309\n- wifi (Cabin_2): MapleGuest8812\nThanks", "4471#"),
    ],
)
def test_a_code_between_keypad_keys_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


def test_a_key_in_brackets_right_after_wifi_is_still_its_key() -> None:
    assert ("wifi_key", "Kasteel88!") in found("mijn wifi (Kasteel88!) werkt niet meer")


@pytest.mark.parametrize(
    "text, old",
    [
        ("nieuw wachtwoord: duinKaas7&\noud was qTRmsbLx\nkan nog steeds niet inloggen", "qTRmsbLx"),
        ("nouveau mdp : tram-gaufre-soleil-31\nl'ancien : frites-mer-pluie-58\nversion de l'appli 4.2",
         "frites-mer-pluie-58"),
    ],
)  # fmt: skip
def test_the_old_password_on_the_line_under_the_new_one_is_a_password(text: str, old: str) -> None:
    assert ("password", old) in found(text)


def test_a_version_under_a_new_password_is_no_old_password() -> None:
    assert found("new password: Tulp2024!\nold one: version 3.2") == [("password", "Tulp2024!")]


@pytest.mark.parametrize(
    "text, cvv",
    [
        ("creditcard 371449635398431 exp 07-29 ccv 0042 er staat een afschrijving", "0042"),
        ("le vrai numéro c'est 3714-496353-98431 crypto 7710, merci", "7710"),
    ],
)
def test_a_card_s_code_after_ccv_or_crypto_is_its_cvv(text: str, cvv: str) -> None:
    assert ("cvv", cvv) in found(text)


@pytest.mark.parametrize("text", ["investing in crypto 2000 euro", "mijn crypto 1234 is weg"])
def test_crypto_without_a_card_names_no_cvv(text: str) -> None:
    assert not any(kind == "cvv" for kind, _ in found(text))
