"""Round 60: opticians, garages, home care, lost luggage, universities and pharmacies; charities, print
shops, IT providers, letting agents, recruitment and libraries read (their development halves), and the
sectors of the round's fresh writers probed with sentences of our own: a login code after the portal it
opens; a host's address with its port; the customer's phone before a company's line with its hours; a
temporary code and a signing code; a door's code by any door; frequent flyer schemes by name; a printer's
login beside a router's; a login's name before "met"; the wifi's key in a sentence that names the wifi and
the new one proposed after the old; the wifi's key in a key's own cue with a password on the next line; a
chosen word after an access code; a phone's unlock code beside a card; and what is none of these: a card's
last four digits, a version, a company's hours, a door's word inside a password."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("de inlogcode voor het ouderportaal is 55160273, gebruikersnaam fam_devos", "55160273"),
        ("My login code for the parents' portal is 90817263 and it says expired.", "90817263"),
    ],
)  # fmt: skip
def test_a_login_code_after_the_portal_it_opens_is_a_code_sent(text: str, code: str) -> None:
    assert _kinds(text, "otp") == [code]


def test_an_owned_login_code_beside_the_login_is_its_pin() -> None:
    text = "mijn inlogcode voor de app is 604918 en gebruikersnaam r.claes"
    assert _kinds(text, "pin") == ["604918"]


@pytest.mark.parametrize(
    "text",
    [
        "Dentist charged my card twice, last 4 digits 5521.",
        "De laatste 4 cijfers van mijn kaart zijn 7730, de rest weet ik niet.",
    ],
)  # fmt: skip
def test_a_card_s_last_four_digits_are_no_code(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("pin", "cvv", "otp")] == []


def test_the_code_on_a_card_s_back_is_still_its_cvv() -> None:  # guard
    text = "Card 4111 1111 1111 1111, the 3 digits on the back are 507."
    assert _kinds(text, "cvv") == ["507"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Sinds de update naar 4.2.19: server 84.19.200.7 poort 993 weigert.", "84.19.200.7"),
        ("VPN down since the 7.1.4 update; gateway 10.20.30.41 port 1194, error 809.", "10.20.30.41"),
    ],
)  # fmt: skip
def test_a_host_s_address_named_or_with_its_port_after_a_version(text: str, address: str) -> None:
    assert _kinds(text, "ip_address") == [address]


def test_a_version_after_an_update_is_still_no_address() -> None:  # guard
    assert _kinds("After the firmware update 10.2.1.4 the printer stopped working.", "ip_address") == []


def test_the_customer_s_phone_before_the_company_s_line_and_its_hours() -> None:
    text = "Klopt het telefoonnummer (030) 271 4409? Bel anders 088-5550123 (ma-vr 8.30-17.00)."
    assert _kinds(text, "phone") == ["(030) 271 4409"]


def test_a_company_s_lines_after_its_hours_are_all_the_company_s() -> None:  # guard
    text = "Bereikbaar op werkdagen via 0800 2233 (vanuit het buitenland +31 20 555 0188)."
    assert _kinds(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Your password was reset. Use the temporary code 7715, then choose a new one.", "7715"),
        ("Log in met de tijdelijke code 0962 en kies zelf een nieuw wachtwoord.", "0962"),
        ("J'ai reçu le code de signature 580114 mais le contrat ne s'affiche pas.", "580114"),
    ],
)  # fmt: skip
def test_a_temporary_code_and_a_signing_code_are_codes_sent(text: str, code: str) -> None:
    assert _kinds(text, "otp") == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De loodgieter kan komen, de code van de portiekdeur is 771904.", "771904"),
        ("De code van de kelderdeur is 551902, de meter hangt links.", "551902"),
    ],
)  # fmt: skip
def test_a_door_s_code_by_any_door_is_kept_as_a_pin(text: str, code: str) -> None:
    assert _kinds(text, "pin") == [code]


def test_a_door_s_word_inside_a_password_is_no_lock() -> None:  # guard
    text = "Na het wijzigen van mijn wachtwoord naar achterdeur_Zomer51 kreeg ik geen code meer: 448120."
    assert "448120" in _kinds(text, "otp")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MileagePlus # QX-4418820, the miles from my last flight are missing.", "QX-4418820"),
        ("AAdvantage # 8HK3290 is missing the flight.", "8HK3290"),
        ("The school photo card says family ID F448192.", "F448192"),
    ],
)  # fmt: skip
def test_a_scheme_s_or_a_family_s_number_by_its_name(text: str, value: str) -> None:
    assert value in _kinds(text, "customer_number")


def test_a_printer_s_login_beside_the_router_s_admin_password_is_no_wifi_key() -> None:
    text = "Printer admin is jvermeer88 pw Drukker!42, router admin password Modem#7781."
    assert ("username", "jvermeer88") in found(text)
    assert "Drukker!42" in _kinds(text, "password")
    assert _kinds(text, "wifi_key") == []


def test_a_login_s_name_before_met_makes_the_next_word_its_password() -> None:
    text = "Kunnen jullie inloggen? Admin is VERMEERJ2 met Tulpen2026. Dossier 5512."
    assert ("username", "VERMEERJ2") in found(text)
    assert _kinds(text, "password") == ["Tulpen2026"]


def test_logging_in_with_a_name_alone_is_still_the_name() -> None:  # guard
    assert _kinds("ik log in met pvdberg71 maar het lukt niet", "username") == ["pvdberg71"]


def test_the_wifi_named_in_the_sentence_owns_a_key_someone_gave() -> None:
    text = "de wifi in het buurthuis vraagt om een wachtwoord, iemand zei Kx7-Pl2-Mn9-Qz4 maar het werkt niet"
    assert _kinds(text, "wifi_key") == ["Kx7-Pl2-Mn9-Qz4"]


def test_the_wifi_s_own_key_on_the_line_before_owns_no_later_password() -> None:
    text = "mot de passe wifi : Zb8812kkLm\nle mot de passe de ma sœur pour le portail c'est Ch@rlie90"
    assert _kinds(text, "wifi_key") == ["Zb8812kkLm"]
    assert _kinds(text, "password") == ["Ch@rlie90"]


def test_the_new_key_proposed_after_the_old_one() -> None:
    text = (
        "Het gastnetwerk heeft een nieuwe sleutel nodig, de oude (Boot-Zee-1177) lekte uit. "
        "Voorstel voor nieuw: Duin-Wind-8823"
    )
    assert _kinds(text, "wifi_key") == ["Boot-Zee-1177", "Duin-Wind-8823"]


def test_a_chosen_word_after_an_access_code_is_a_password_wherever_a_place_is_named() -> None:
    text = "The proof card says access code Sunflower42 but the site won't take it."
    assert _kinds(text, "password") == ["Sunflower42"]


def test_a_keypad_code_after_an_access_code_is_still_a_pin() -> None:  # guard
    assert _kinds("The access code C2414 at the gate doesn't work.", "pin") == ["C2414"]


def test_a_phone_s_unlock_code_beside_a_card_s_code_is_still_the_phone_s() -> None:
    text = "CVC: 4417, bel me op 070-5550199\n\nMijn telefoon ontgrendelcode is 8092 als u hem wil testen"
    assert _kinds(text, "pin") == ["8092"]

