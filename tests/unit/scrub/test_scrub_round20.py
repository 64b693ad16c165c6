"""Round 20: a student's, a tenant's and a loyalty card's number; a macro's field; a wifi named earlier in
the sentence; a code that an account's or an app's expiry sits near; a parcel locker's code; drawn codes of
eight; codes typed in; digits corrected after an apology; a code handed over with "voilà"."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, number",
    [
        ("Het studentenportaal geeft steeds F-7047. Mijn studentnummer is s1304647, gebruikersnaam fa.dv87.",
         "s1304647"),
        ("matricule étudiant r0244901, je ne peux pas me connecter", "r0244901"),
        ("hey student ID 6210753 and I can't get into the portal error E250", "6210753"),
        ("Our tenancy (tenant ref HC-37864) is in my name.", "HC-37864"),
        ('You mentioned: "Clubcard number 5345700048". Please never', "5345700048"),
        ("lidnnummer KL0908199 (spaarprogramma)", "KL0908199"),
        ("n° de membre 6340 9142 1892 5434, points du 1 juillet manquants", "6340 9142 1892 5434"),
    ],
)  # fmt: skip
def test_a_student_s_a_tenant_s_or_a_member_s_number_is_a_customer_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_card_number_after_a_card_word_is_still_a_card() -> None:
    assert ("card", "4111 1111 1111 1111") in found("ma carte 4111 1111 1111 1111 de membre")


@pytest.mark.parametrize(
    "text",
    [
        "Dear customer, your temporary password is <temp_password>. We only ever call from 311.",
        "your password is {temp_password}.",
        "your password is [new_password].",
        "je wachtwoord is %new_password%",
        "je code is {{otp_code}}",
    ],
)
def test_a_macro_s_field_is_no_value(text: str) -> None:
    assert found(text) == []


def test_a_password_in_brackets_that_names_no_field_is_still_found() -> None:
    assert ("password", "kaas_boer") in found("my password is <kaas_boer>")


@pytest.mark.parametrize(
    "text, key",
    [
        ("hoi de wifi van de bibliotheekruimte van de gemeente werkt niet, wachtwoord op de poster is "
         "641B2356F0 maar hij pakt hem niet", "641B2356F0"),
        ("the wifi in the community centre isnt working password on the poster is v82ndf27q9fp. ta",
         "v82ndf27q9fp."),
    ],
)  # fmt: skip
def test_a_password_in_a_sentence_about_the_wifi_is_its_key(text: str, key: str) -> None:
    assert ("wifi_key", key) in found(text)


@pytest.mark.parametrize(
    "text, password",
    [
        ("mijn wifi doet raar en ik kan ook niet inloggen in de app, wachtwoord is Tulp2024! klopt",
         "Tulp2024!"),
        ("the wifi is down since monday and my bank account is blocked, password is Zomer2024!",
         "Zomer2024!"),
    ],
)  # fmt: skip
def test_a_login_between_the_wifi_and_the_password_keeps_it_a_password(text: str, password: str) -> None:
    assert ("password", password) in found(text)


def test_an_activation_error_after_a_modem_is_no_wifi_key() -> None:
    text = "The modem (CH7465LG) arrived but the activation fails with code AUTH_883. My customer number: 454"
    assert not any(kind == "wifi_key" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, code",
    [
        ("dag, @ iedereen: die sms met 'uw digid verloopt' is nep!! ik kreeg een code 9022 en heb niks "
         "ingevuld #faalhaas", "9022"),
        ("hi PSA: that text saying your Login.gov account expires is fake, I got code 3977 and didn't "
         "enter it", "3977"),
    ],
)  # fmt: skip
def test_an_account_that_expires_is_no_card_so_its_code_is_no_cvv(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_code_after_a_card_s_expiry_is_still_its_cvv() -> None:
    assert ("cvv", "456") in found("geldig tot 08/27, code 456")


@pytest.mark.parametrize(
    "text, code",
    [
        ("de code van de pakjesautomaat was 908145", "908145"),
        ("Je schreef 'de code van het pakketkluisje die ik zelf had gekozen is 387372'.", "387372"),
    ],
)
def test_a_parcel_locker_s_code_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Na het intoetsen van de sms-code VERYRMVW krijg ik de melding 0x8007EE29.", "VERYRMVW"),
        ("After entering the text code W43XHBGR nothing happens", "W43XHBGR"),
        ("Na het ingeven van de code 5177 krijg ik de melding code 604.", "5177"),
        ("Après avoir introduit le code 6094, j'obtiens l'erreur ERR_SESSION_55", "6094"),
    ],
)
def test_a_code_sent_or_typed_in_is_a_one_time_code(text: str, code: str) -> None:
    assert ("otp", code) in found(text)


def test_a_modem_s_model_after_a_bare_code_is_no_one_time_code() -> None:
    assert not any("CH7465LG" in value for _, value in found("the code CH7465LG"))


def test_a_code_for_an_account_of_a_brand_is_no_customer_number() -> None:
    findings = found("de bevestigingscode voor mijn marktplaats account was 567432\n\nHieronder de mail:")
    assert ("otp", "567432") in findings


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Ma réservation RES9484680 ne mentionne pas les bagages payés. pardon c'est 8663 et pas 4570",
         ("8663", "4570")),
        ("pardon c'est 13378 et pas 0022", ("13378", "0022")),
        ("sorry het is 8663 en niet 4570", ("8663", "4570")),
    ],
)  # fmt: skip
def test_digits_corrected_after_an_apology_are_both_codes(text: str, codes: tuple[str, str]) -> None:
    findings = found(text)
    assert all(("pin", code) in findings for code in codes)


@pytest.mark.parametrize("text", ["sorry, it's order 12345 not 54321", "sorry, it's 2023 not 2019"])
def test_an_order_or_a_year_corrected_after_an_apology_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("Notre vol AA8419 du 7/7 a été annulé et personne ne répond au 070 22 00 00.\nvoilà : 4809\n\n---",
         "4809"),
        ("Ma carte cadeau affiche un solde de 0 alors qu'il restait 1296,95 EUR. - voilà : 3 0 2 9\n\nBien à "
         "vous", "3 0 2 9"),
        ("Ma réservation 9058-8925-9723 pour 11 personnes ne mentionne pas les bagages payés. - voilà : 8744",
         "8744"),
    ],
)  # fmt: skip
def test_a_code_handed_over_at_a_sentence_s_end_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, voici 2024 en résumé, tout va bien, merci pour votre aide avec la commande d'hier",
        "J'ai payé 1200 euros et voilà 1200 euros perdus, c'est inadmissible. Merci de me rappeler vite",
    ],
)
def test_a_year_or_an_amount_after_voila_stays(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Your eGift card\nCode: 4IFD-ELWE-9MKR\nValue: $639.99\nExpires: 01/09\nRedeem at www.example.com",
        "Your card\nValue: $1240.99\nExpires: 9/26/2026\nRedeem at",
    ],
)
def test_a_gift_card_s_expiry_or_a_whole_date_is_no_card_expiry(text: str) -> None:
    assert not any(kind == "card_expiry" for kind, _ in found(text))


def test_a_bank_card_s_expiry_near_a_gift_card_is_still_found() -> None:
    text = "my gift card balance is gone; my visa 4111 1111 1111 1111 expires 08/27"
    assert ("card_expiry", "08/27") in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Bestelnummer 7909-9825-5843\nTotaal € 440,25\nVragen? 02 201 23 45\n\nMvg,\nHilde", "02 201 23 45"),
        ("Het ligt klaar bij het afhaalpunt. Meer info: voorbeeld.be/help of 02 201 23 45\n\nGroet,",
         "02 201 23 45"),
        ("Onze vlucht is geannuleerd en ik krijg niemand aan de lijn op 020 - 794 32 10.\n\nMijn mailadres",
         "020 - 794 32 10"),
        ("Our flight was cancelled and I can't get through on 1-800-201-7575.", "1-800-201-7575"),
        ("Your case number is 653-0502449514. ^Lisa", "0502449514"),
        ("Ref 257-0631162065. ^Sophie", "0631162065"),
    ],
)  # fmt: skip
def test_a_company_s_line_or_a_reference_s_tail_is_no_phone(text: str, number: str) -> None:
    assert not any(kind == "phone" and value in number for kind, value in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("ik krijg niemand aan de lijn op 06 12345678 van mijn zoon", "06 12345678"),
        ("Mobile: 646-108-7720", "646-108-7720"),
        ("You can reach me on 5031756419 after 10:40 pm.", "5031756419"),
        ("I'm reachable on 7189622334.", "7189622334"),
        ("Vous pouvez me joindre au 03 193 77 45 après 15:40.", "03 193 77 45"),
        ("Thanks,\nMegan Coleman\nmegan84@example.net\n5037542940\n\nOn 10/9/2025", "5037542940"),
        ("Kind regards,\nMolly Davies | 0117 846 9686", "0117 846 9686"),
        ("hoi telefoonnummer gewijzigd naar 06-2811\n3452", "06-2811\n3452"),
        ("bonjour nouveau gsm 0470 22\n35 27 merci", "0470 22\n35 27"),
        ("new mobile (704) 754-\n1125", "(704) 754-\n1125"),
    ],
)
def test_a_customer_s_phone_labelled_signed_or_wrapped_is_found(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet,\nLien Goossens\nKlantendienst Voorbeeld\n02 201 23 45",
        "Thanks,\nOrder 5031756419",
        "order number 1234\n56789 ok",
    ],
)
def test_a_team_s_line_or_an_order_after_a_closing_is_no_phone(text: str) -> None:
    assert not any(kind == "phone" for kind, _ in found(text))


def test_a_bsn_before_a_chat_s_next_line_keeps_its_own_end() -> None:
    text = "13 juli, 19:32 - Anouk: bsn nummer 167 539 917\n13 juli, 19:35 - Anouk: terugbetaling"
    assert ("bsn", "167 539 917") in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("De eindafrekening (klantnummer 0774\n3084) vermeldt een meterstand", "0774\n3084"),
        ("my account number is 5471\n1807. Please recalculate.", "5471\n1807"),
    ],
)
def test_a_customer_number_wrapped_over_two_lines_is_one(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_year_on_the_line_after_a_whole_customer_number_is_no_part_of_it() -> None:
    assert ("customer_number", "12345678") in found("klantnummer 12345678\n2019 was een goed jaar")


@pytest.mark.parametrize(
    "text, number",
    [
        ("Voor de douane vroegen ze mijn BSN, dat is 87011458454.", "87011458454"),
        ("Mijn burgerservicenummer is 76060155385, moet ik dat echt opsturen", "76060155385"),
        ("@gemeente_help mijn bsn is 82947\n7743 kunnen jullie nou", "82947\n7743"),
        ("Mijn zoon Finn (geboren 19.10.2015, BSN 25571\n8299) staat nog op mijn polis.", "25571\n8299"),
    ],
)
def test_a_belgian_number_asked_as_a_bsn_or_a_bsn_wrapped_is_a_bsn(text: str, number: str) -> None:
    assert ("bsn", number) in found(text)


def test_an_iban_after_a_sticker_s_key_stays_an_iban() -> None:
    findings = found("the WPA key on the sticker is 279772830563 iban DE61 5969 9363 4017 5586 28 ok")
    assert ("wifi_key", "279772830563") in findings and ("iban", "DE61 5969 9363 4017 5586 28") in findings


def test_a_sticker_s_key_in_groups_is_still_one_key() -> None:
    assert ("wifi_key", "AB12 CD34 EF56") in found("wifi key AB12 CD34 EF56")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Date de naissance : 21-01-1999 voilà : 1195", "1195"),
        ("je me connecte avec a.renard@example.be - voilà : 0640  j'ai changé le mot de passe", "0640"),
    ],
)
def test_a_code_handed_over_in_a_short_message_or_before_two_spaces_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


def test_a_password_s_own_dot_before_a_comma_is_covered() -> None:
    text = "your temporary password is Tulp1990., please change it straight away."
    assert ("password", "Tulp1990.") in found(text)


@pytest.mark.parametrize(
    "text, password",
    [
        ("my password is Tulp1990. Can you help?", "Tulp1990"),
        ("ww is nu monkeyoranje63. App versie 2.1", "monkeyoranje63"),
    ],
)
def test_a_sentence_s_dot_after_a_password_is_no_part_of_it(text: str, password: str) -> None:
    assert ("password", password) in found(text)


# Decision 0101 (round 45) departs from round 20 here: where no new sentence follows (small letters go on,
# or the line ends), a password's last dot may be its own and is covered; the period costs nothing.
@pytest.mark.parametrize(
    "text, password",
    [
        ("ww is nu monkeyoranje63. app versie", "monkeyoranje63."),
        ("mijn wachtwoord: Tintin88.\nGroet", "Tintin88."),
    ],
)
def test_a_password_s_last_dot_where_no_sentence_follows_is_covered(text: str, password: str) -> None:
    assert ("password", password) in found(text)


def test_a_code_glued_to_is_is_found() -> None:
    assert ("otp", "346 673") in found("wat doe ik fout  de verificatiecode is346 673  iban")


def test_a_gift_card_s_code_under_its_printout_heading_is_no_secret() -> None:
    text = "order 4381919500\n\nYour eGift card\nCode: W4SE-UBAQ-E275-BY48\nValue: £1372.49\nExpires: 20/6"
    assert not any("W4SE" in value for _, value in found(text))


def test_a_code_in_groups_that_starts_like_a_cue_word_is_no_cue() -> None:
    assert found("hi my gift card WW3K-DZVM-VQU9 says the balance is zero") == []


def test_a_pin_glued_to_its_cue_is_still_found() -> None:
    assert ("pin", "1234") in found("pin1234 werkt niet")


def test_an_expiry_under_a_gift_card_with_a_bank_card_after_it_is_no_card_expiry() -> None:
    text = "your egift card\ncode: WHUB-BOAW-EQV8\nexpires: 01/06\nredeem now. amex 376658556987536 cvv 6589"
    assert not any(kind == "card_expiry" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, votre compte xxx-xxx-809 a été modifié. Référence L76/863527.",
        "Hello, for security we've masked the account: xxx-xxx-008. Is that still correct?",
    ],
)
def test_an_account_masked_in_groups_of_three_is_no_value(text: str) -> None:
    assert found(text) == []


def test_a_password_starting_with_three_x_is_still_found() -> None:
    assert ("password", "xxxhondje12") in found("my pw is xxxhondje12 ok")


@pytest.mark.parametrize(
    "text",
    [
        "reset it and the new password is Charlie2019, still getting CB346  ok",
        "the new password is liverpool.loo36, still getting AUTH_727",
    ],
)
def test_the_error_still_shown_after_a_new_password_is_no_second_password(text: str) -> None:
    assert len([kind for kind, _ in found(text) if kind == "password"]) == 1


@pytest.mark.parametrize(
    "text, date",
    [
        ("Ik schrijf namens mijn dochter Finn, ze is 14-05-2010 geboren en haar bsn is er ook", "14-05-2010"),
        ("ik schrijf namens mijn dochter, ze is 08/09/2012 geboren en", "08/09/2012"),
    ],
)
def test_a_child_s_date_before_geboren_is_a_date_of_birth(text: str, date: str) -> None:
    assert ("date_of_birth", date) in found(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Barcode 9400634587395264466462. Bonuskaartnummer: 6340 9097 7748 5275", "6340 9097 7748 5275"),
        ("my clubcard is 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("My customer number is 2059 0736 4077 4\n\nYou can reach me", "2059 0736 4077 4"),
    ],
)
def test_a_loyalty_card_s_or_a_customer_s_grouped_number_is_a_customer_number(text: str, number: str) -> None:
    assert ("customer_number", number) in found(text)


def test_a_phone_after_a_year_is_still_a_phone() -> None:
    assert ("phone", "0612345678") in found("sinds 2019 0612345678 bellen")


def test_digits_typed_one_by_one_and_corrected_after_an_apology_are_both_codes() -> None:
    findings = found("le vendeur ne répond plus. pardon c'est 4 4 8 3 et pas 6 7 5 1 4")
    assert ("pin", "4 4 8 3") in findings and ("pin", "6 7 5 1 4") in findings


def test_a_puk_in_a_chat_export_does_not_run_into_the_next_line_s_date() -> None:
    text = "06/06/2025, 4:29 PM - Care: the PUK?\n06/06/2025, 4:30 PM - Ineke: 7768-8082\n06/06/2025, 4:32 PM"
    assert not any(kind == "phone" for kind, _ in found(text))


@pytest.mark.parametrize(
    "text, code",
    [
        ("Hi, we arrived at the chalet but the keybox code 2580 doesn't work", "2580"),
        ("my locker at the gym is 117 and the combination is 3391", "3391"),
        ("combinatie van het fietsslot: 0427", "0427"),
        ("code for the gate: 4471", "4471"),
        ("code for the gate: 1984#", "1984#"),
        ("de code van de poort is 1984", "1984"),
        ("code du cadenas 4-7-1-1", "4-7-1-1"),
    ],
)
def test_the_code_of_a_lock_named_by_what_it_opens_is_a_pin(text: str, code: str) -> None:
    assert ("pin", code) in found(text)


@pytest.mark.parametrize(
    "text",
    ["boarding at gate 4471", "a combination of problems since 2019", "I need a combination of 2 things"],
)
def test_a_gate_s_number_or_a_combination_of_things_is_no_pin(text: str) -> None:
    assert found(text) == []
