"""Round 10, numbers, contact data and their look-alikes: habits seen in the blind corpora, tested with
invented examples that share only the habit with what was seen."""

from __future__ import annotations

from scrub_findings import found


# A card named with what it pays for between the card and its number: the subscription is no reference.
def test_a_card_named_with_what_it_pays_for_is_still_a_card() -> None:
    assert found("Voici ma carte pour mon abonnement : 4539 1488 0343 6467 merci") == [
        ("card", "4539 1488 0343 6467")
    ]
    assert found("de kaart voor het parkeerabonnement: 5555555555554444") == [("card", "5555555555554444")]
    assert found("the card for the gym membership is 4111  1111  1111  1111, thanks") == [
        ("card", "4111  1111  1111  1111")
    ]


def test_a_subscription_or_order_number_with_no_card_named_stays_a_reference() -> None:
    assert found("abonnement 4111111111111111 loopt af") == []
    assert found("Payment for order 4111111111111111 failed") == []


# Card, expiry and code in one row with dashes or bars between them.
def test_an_expiry_and_code_after_a_card_with_dashes_or_bars_between() -> None:
    assert found("Betaling: 5555-5555-5555-4444 - 03.29 - 718") == [
        ("card", "5555-5555-5555-4444"),
        ("card_expiry", "03.29"),
        ("cvv", "718"),
    ]
    assert found("kaart 4111 1111 1111 1111 | 11.27 | 042") == [
        ("card", "4111 1111 1111 1111"),
        ("card_expiry", "11.27"),
        ("cvv", "042"),
    ]


def test_an_amount_and_a_year_after_a_card_are_no_expiry_and_code() -> None:
    assert found("4111111111111111 - 12.50 - 2024") == [("card", "4111111111111111")]


# A number with no BSN cue a few small words after an account is the account's number.
def test_a_number_under_an_account_is_no_bsn() -> None:
    assert ("bsn", "123456782") not in found("We found the account under 123456782 in our system.")
    assert ("bsn", "123456782") not in found("klant onder nummer 123456782 graag nakijken")
    assert found("le numéro de client est le 123456782") == [("customer_number", "123456782")]
    assert ("bsn", "123456782") not in found("Wat is je klantnummer? 123456782")


def test_a_nine_digit_number_under_an_account_is_never_left_readable() -> None:
    # no BSN, then the account's number: nine digits that pass the 11-test are hidden either way
    assert found("klantnummer? 123456782") == [("customer_number", "123456782")]
    assert found("We found the account under 123456782 in our system.") == [("customer_number", "123456782")]


def test_a_bsn_cue_after_the_number_names_it_and_one_before_the_next_does_not() -> None:
    assert found("Wat is je klantnummer? 123456782 is mijn BSN") == [("bsn", "123456782")]
    assert found("case 757911390 bsn: 123456782") == [("bsn", "123456782")]


def test_a_bsn_printed_on_a_document_or_named_by_its_cue_stays_a_bsn() -> None:
    assert found("mijn burgerservicenummer is 111222333; op de polis staat 123456782.") == [
        ("bsn", "111222333"),
        ("bsn", "123456782"),
    ]
    assert found("Gegevens: Jan Jansen 123456782") == [("bsn", "123456782")]


# A cue word's letters at the start of a name are no cue.
def test_a_name_starting_like_a_bsn_cue_makes_no_company_line_a_bsn() -> None:
    assert found("Groeten,\n> Sofie\n> Team Klantendienst\n> Tel. 070 955 542") == []
    assert found("mijn sofi-nummer: 123456782") == [("bsn", "123456782")]


# "nummer" only as a word of its own is a phone word, not the end of another number's name.
def test_a_report_or_claim_number_is_no_phone() -> None:
    assert found("het gaat om de cv-ketel, meldingnummer 07738952.") == []
    assert found("schadenummer 0612345678 graag behandelen") == []
    assert found("Order will be 07-7420-5538 if it goes through") == []
    assert found("la prime a augmenté. Police 0920288280, facture F2026-3051") != [("phone", "0920288280")]


def test_a_phone_after_its_own_words_stays_a_phone() -> None:
    assert found("bel me op 0612345678 of mijn nummer 06 87654321") == [
        ("phone", "0612345678"),
        ("phone", "06 87654321"),
    ]


# A pasted table: the column's header names the number.
def test_cells_under_a_customer_number_header_are_customer_numbers() -> None:
    table = "Naam | IBAN | Klantnr\nAnna Smit | NL91ABNA0417164300 | K-4471902\nBen Kok | | 123456782\n"
    assert found(table) == [
        ("iban", "NL91ABNA0417164300"),
        ("customer_number", "K-4471902"),
        ("customer_number", "123456782"),
    ]
    markdown = "| Nom | N° client | Date |\n|---|---|---|\n| Luc | CL 0545 3073 | 12-03-2024 |"
    assert found(markdown) == [("customer_number", "CL 0545 3073")]


def test_cells_under_other_headers_stay_as_they_are() -> None:
    assert found("Product | Order no. | Qty\nFiets | 12345678 | 2") == []
    assert found("Naam | BSN\nJan | 123456782") == [("bsn", "123456782")]


# Streets: hyphenated names after the number, French streets typed all in lower case.
def test_a_hyphenated_street_name_after_its_number_reaches_its_postal_line() -> None:
    assert found("Mon adresse : 14, avenue Jean-Jaurès, 1060 Saint-Gilles.") == [
        ("address", "14, avenue Jean-Jaurès, 1060 Saint-Gilles")
    ]
    assert found("Sent to 12 Saint-Martin Road, Leeds LS1 4AB yesterday") == [
        ("address", "12 Saint-Martin Road, Leeds LS1 4AB")
    ]


def test_a_french_street_in_lower_case_with_its_place() -> None:
    assert found("j'habite rue des alliés 7b à namur depuis mars") == [
        ("address", "rue des alliés 7b à namur")
    ]
    assert found("livrez chaussée de mons 55 bte 3, 1070 anderlecht svp") == [
        ("address", "chaussée de mons 55 bte 3, 1070 anderlecht")
    ]


def test_lower_case_words_and_a_number_without_a_place_are_no_address() -> None:
    assert found("the meeting will take place 12 à 14") == []
    assert found("on se voit place du marché 3 à 14h") == []


def test_a_technical_address_after_an_address_word_is_no_street() -> None:
    assert ("address", "IP 85") not in found("nous avons noté : adresse IP 85.62.10.4 hier")
    assert found("mijn adres MAC 12 hoort erbij") == []


# Dates of birth: in brackets after the person, or told as a correction of the birth date.
def test_a_full_date_in_brackets_after_a_person_is_a_birth_date() -> None:
    assert found("Mijn moeder (1948-11-02) kan zelf niet bellen") == [("date_of_birth", "1948-11-02")]
    assert found("Patient [1990-07-15] asked for a callback") == [("date_of_birth", "1990-07-15")]


def test_a_birth_date_told_as_a_correction() -> None:
    assert found("De geboortedatum staat ook verkeerd, moet 11-09-58 zijn.") == [
        ("date_of_birth", "11-09-58")
    ]
    assert found("Date de naissance incorrecte, ça doit être 03/04/79 merci") == [
        ("date_of_birth", "03/04/79")
    ]
    assert found("my date of birth is wrong, it should be 14/03/88") == [("date_of_birth", "14/03/88")]


def test_a_wrong_birth_date_without_a_date_and_a_recent_date_in_brackets_stay() -> None:
    assert found("geboortedatum is fout, kunnen jullie dat aanpassen?") == []
    assert found("sinds (1999-01-01) klant") == []


# A card's digits in one piece typed against a card word or a preposition, or against its expiry.
def test_a_card_glued_to_its_word_or_its_expiry_is_a_card() -> None:
    assert found("ik heb betaald met5555555555554444 gisteren") == [("card", "5555555555554444")]
    assert found("Mastercard5555555555554444 is geweigerd") == [("card", "5555555555554444")]
    assert found("carte num.4111111111111111, merci") == [("card", "4111111111111111")]
    assert found("kaart 4111111111111111exp 12/27 cvc 123") == [
        ("card", "4111111111111111"),
        ("card_expiry", "12/27"),
        ("cvv", "123"),
    ]


def test_digits_glued_to_other_words_stay_ids() -> None:
    assert found("order4111111111111111 is onderweg") == []
    assert found("build v1.4111111111111111 crashed") == []
    assert found("tracking JJD4111111111111111 please") == []
    assert found("ref 4111111111111111abc") == []


# A card number split over two lines of a quoted reply: the quote's marks stand between its halves.
def test_a_card_split_over_quoted_lines_is_one_card() -> None:
    assert found("> Visa 5555 5555\n> > 5555 4444 graag") == [("card", "5555 5555\n> > 5555 4444")]
    assert found("> kaart 4111 1111\n> 1111 1111\n> 12/27") == [
        ("card", "4111 1111\n> 1111 1111"),
        ("card_expiry", "12/27"),
    ]


def test_quoted_lines_of_numbers_that_make_no_card_stay() -> None:
    assert found("order 4111 1111\n> 1111 1111") == []
    assert found("> 2024\n> 1234 dagen") == []


# A PO box the customer gives (sent to, called theirs) is their address; a company's footer keeps its own.
def test_a_po_box_the_customer_gives_is_an_address() -> None:
    assert found("Please mail the cheque to PO Box 77, Dayton, OH 45402 thanks") == [
        ("address", "PO Box 77, Dayton, OH 45402")
    ]
    assert found("Mijn adres: Postbus 12, 1000 AA Amsterdam") == [
        ("address", "Postbus 12, 1000 AA Amsterdam")
    ]


def test_a_po_box_on_a_company_footer_line_stays() -> None:
    assert found("Acme Ltd | PO Box 123 | Springfield, IL 62704") == []
    assert found("Zenfon B.V. | Postbus 4829 | 3432 ZZ Nieuwegein") == []


def test_cells_under_an_address_header_are_addresses() -> None:
    table = (
        "> Adres | Stand | Klantnr\n> Vondelstraat 21B | 94881 | K-77958\n> Tolbrug 33-II | 2827 | 2949249\n"
    )
    assert found(table) == [
        ("address", "Vondelstraat 21B"),
        ("customer_number", "K-77958"),
        ("address", "Tolbrug 33-II"),
        ("customer_number", "2949249"),
    ]
    assert found("Name | Home address\nAnn | Rose Lane 4, Leeds\n") == [("address", "Rose Lane 4, Leeds")]


def test_cells_without_a_number_under_an_address_header_stay() -> None:
    assert found("Naam | Adres\nPiet | onbekend\n") == []
    assert found("Address | Qty\nMain | 3\n") == []
