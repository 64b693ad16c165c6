"""Numbers, contact data and their look-alikes, round 9 (webcare.scrub.numbers, contact, addresses): how
people write addresses, card details and identifiers, in other words and orders than any corpus did.
Every example is invented (not taken from a corpus)."""

from __future__ import annotations

import pytest
from scrub_findings import found_sorted as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the house number carries its own word ("n°", "nr", "no") between street and number
        (
            "Mon adresse : Chaussée de Louvain n°212, 1030 Schaerbeek.",
            [("address", "Chaussée de Louvain n°212, 1030 Schaerbeek")],
        ),
        (
            "Bien à vous,\nSophie Lambert\nClos des Cerisiers n°7\n5000 Namur\n",
            [("address", "Clos des Cerisiers n°7\n5000 Namur")],
        ),
        ("nieuw adres: Dorpsplein nr 3 te Lier", [("address", "Dorpsplein nr 3 te Lier")]),
        ("new address Meir no 14, 2000 Antwerpen", [("address", "Meir no 14, 2000 Antwerpen")]),
        # a street with no typical suffix after a delivery verb or an article after the preposition
        ("kunnen jullie het leveren op Groenplaats 19 aub", [("address", "Groenplaats 19")]),
        ("wij wonen sinds kort op de Vrijdagmarkt 8", [("address", "Vrijdagmarkt 8")]),
        ("ze leveren het bij de buren op Rue du Moulin 4 boîte 2", [("address", "Rue du Moulin 4 boîte 2")]),
        # a flat's number after the house's, British style, in a signature
        (
            "Cheers,\nTom Hart\n27-3 Mill Lane\nBristol\nBS1 4QT",
            [("address", "27-3 Mill Lane\nBristol\nBS1 4QT")],
        ),
        # a possessive street name, a street type abbreviated with its dot
        ("Best,\nSam\n5 St Mary's Road, Oxford OX2 6AA", [("address", "5 St Mary's Road, Oxford OX2 6AA")]),
        ("send it to 22 Queen St., Manchester M2 4WU", [("address", "22 Queen St., Manchester M2 4WU")]),
        # a US line typed small, with or without commas and a unit
        (
            "send it to 88 birch road apt 2c hartford ct 06103 pls",
            [("address", "88 birch road apt 2c hartford ct 06103")],
        ),
        ("my address: 412-3 oak st, boise, id 83702", [("address", "412-3 oak st, boise, id 83702")]),
        ("office is 350 w 57th st new york ny 10019", [("address", "350 w 57th st new york ny 10019")]),
    ],
)
def test_addresses_written_as_people_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a currency code and an amount after "à" / "to" are no street
        "l'abonnement passe à EUR 45,50 par mois",
        "the upgrade came to USD 120 in the end",
        # a state-like word and five digits without a street before them
        "I live in 12345 and work in 54321",
        # a capitalised word, a number and "bus" in a sentence
        "Windows 10 bus 3 keer opnieuw gestart",
        "we moved from 12 to 14 in 2019 and me 54321",
    ],
)
def test_address_look_alikes_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the code described by where it is printed, with any copula
        ("le code au dos c'est 418, je l'ai tapé deux fois", [("cvv", "418")]),
        ("the code on the back it's 552 and it still fails", [("cvv", "552")]),
        ("de cijfertjes op de achterkant zijn 907", [("cvv", "907")]),
        ("card security code (back): 361", [("cvv", "361")]),
        # counted digits of any noun after a card number given before
        (
            "number is 4532015112830366 and the 3 digit thing is 271",
            [("card", "4532015112830366"), ("cvv", "271")],
        ),
        (
            "kaart 5555555555554444 en die drie cijferkes zijn 608",
            [("card", "5555555555554444"), ("cvv", "608")],
        ),
    ],
)
def test_security_codes_named_by_place_or_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new expiry told with a verb of change, with or without a card number
        ("the expiry changed to 07 / 29 on the new card", [("card_expiry", "07 / 29")]),
        ("expiry date is now 0830, do I re-enter it?", [("card_expiry", "0830")]),
        ("de vervaldatum van mijn kaart is gewijzigd naar 11/28", [("card_expiry", "11/28")]),
        # an Amex, four digits that read as month and year, and the code named after them: the expiry
        (
            "Amex 378282246310005, 0529, CID 4417",
            [("card", "378282246310005"), ("card_expiry", "0529"), ("cvv", "4417")],
        ),
    ],
)
def test_expiry_told_as_a_change_or_before_the_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # company and VAT numbers with a country code or in Belgian enterprise dots: no phone
        "Please correct the VAT Reg. GB 219 4471 05 on the invoice",
        "merci d'indiquer notre BE 0883.114.726 sur la facture",
        "numéro d'entreprise be 0612.554.803 svp",
        "ons ondernemingsnummer is 0793.220.418",
        # a number with an identifier's label: no card
        "ID boutique : 5011054488590",
        "Shop ID 6011000990139424 in the receipt",
        "commande n° 4532015112830366 toujours pas livrée",
        "Bestellung 4532015112830366 fehlt noch",
        # a record's number that reads as a date: no date of birth
        "Complaint 24031962 is still open",
        "klacht nr 11071958 nog steeds niet behandeld",
    ],
)
def test_identifiers_that_look_like_personal_numbers_stay(text: str) -> None:
    assert [kind for kind, _ in _found(text) if kind in ("phone", "card", "date_of_birth")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mobile written in dots is still a phone; a card after "card" is still a card
        ("bel me op 0478.123.456 aub", [("phone", "0478.123.456")]),
        ("my card 5011054488590", [("card", "5011054488590")]),
        # the address named right before it, after talk of a firmware
        ("since firmware 7.2 the router's public ip 81.164.20.7 changes", [("ip_address", "81.164.20.7")]),
        ("na de firmware update is mijn ip-adres 94.110.3.18", [("ip_address", "94.110.3.18")]),
        # an address spaced around its '@' in a header's angle brackets
        (
            "Van: Lies Peeters <lpeeters @ telenet.be>\nVerzonden: maandag",
            [("email", "lpeeters @ telenet.be")],
        ),
        ("De : Marc Dubois <mdubois@ skynet.be>", [("email", "mdubois@ skynet.be")]),
    ],
)
def test_personal_values_beside_the_look_alikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_version_numbers_after_a_firmware_word_stay() -> None:
    assert _found("after the firmware update 10.2.1.4 it broke") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the flat on its own line or with a small letter, in a signature
        (
            "Best,\nJo Reed\nFlat 7\n3 Mill Road\nCambridge\nCB1 2AD",
            [("address", "Flat 7\n3 Mill Road\nCambridge\nCB1 2AD")],
        ),
        (
            "Cheers\nKim\nFlat 2c, 40 High Street\nOxford OX1 4AP",
            [("address", "Flat 2c, 40 High Street\nOxford OX1 4AP")],
        ),
        # a British line typed small: a street type and a town before the postcode
        ("moving to 9 church lane, york yo1 7hh next week", [("address", "9 church lane, york yo1 7hh")]),
        # a Belgian box written short ("b1", "b 3") before the postal line
        ("nieuw adres: Veldstraat 21 b2, 9000 Gent", [("address", "Veldstraat 21 b2, 9000 Gent")]),
        (
            "Groeten,\nAn Peeters\nLindenlei 4 b1\n2000 Antwerpen",
            [("address", "Lindenlei 4 b1\n2000 Antwerpen")],
        ),
        # the box however it is written: short, with a dot, capitalised, after a slash or in brackets
        ("votre adresse : Rue Haute, 88 bt 4, 5000 Namur", [("address", "Rue Haute, 88 bt 4, 5000 Namur")]),
        ("adres: Molenstraat 9 bus. 12, 3000 Leuven", [("address", "Molenstraat 9 bus. 12, 3000 Leuven")]),
        ("adres: Molenstraat 9 Bus 12, 3000 Leuven", [("address", "Molenstraat 9 Bus 12, 3000 Leuven")]),
        ("adresse : Rue Haute 88 boite 4, 5000 Namur", [("address", "Rue Haute 88 boite 4, 5000 Namur")]),
        ("adres: Molenstraat 9/b12, 3000 Leuven", [("address", "Molenstraat 9/b12, 3000 Leuven")]),
        ("adres: Molenstraat 9 (bus 12), 3000 Leuven", [("address", "Molenstraat 9 (bus 12), 3000 Leuven")]),
        # the number first, then a French street type written small
        (
            "on nous a volé le vélo devant chez nous (8, rue des Alliés, 4000 Liège)",
            [("address", "8, rue des Alliés, 4000 Liège")],
        ),
        # two spaces between postcode and town, the town in capitals
        (
            "Cordialement,\nLuc Martin\nRue Haute 12\n1000  BRUXELLES",
            [("address", "Rue Haute 12\n1000  BRUXELLES")],
        ),
        # Flemish street endings without a postal line
        ("mag het pakje naar Scheldekaai 12 in plaats van thuis?", [("address", "Scheldekaai 12")]),
    ],
)
def test_addresses_in_signatures_and_small_letters(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's name after the expiry word, the card given before
        (
            "Visa 4532015112830366 expires end of june 2028",
            [("card", "4532015112830366"), ("card_expiry", "june 2028")],
        ),
        ("4532015112830366 exp. oct 29", [("card", "4532015112830366"), ("card_expiry", "oct 29")]),
        ("my new card expires next month 04/27 i think", [("card_expiry", "04/27")]),
        # month and year apart as printed on the card, a month's name with a slash
        (
            "4532015112830366 exp 11 29 cvc 245",
            [("card", "4532015112830366"), ("card_expiry", "11 29"), ("cvv", "245")],
        ),
        (
            "my card (4532 0151 1283 0366) expiry: Nov/29",
            [("card", "4532 0151 1283 0366"), ("card_expiry", "Nov/29")],
        ),
    ],
)
def test_expiry_with_a_month_name_or_a_time_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # numbers after an expiry word with no card: minutes, days
        "the voucher expires 10 25 minutes after you open it",
        "my subscription expires 12 30 days from now",
    ],
)
def test_expiry_words_without_a_card_leave_other_numbers(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # whatever detector took the value, an id's label or shape shows it is in the open
        "wifi wachtwoord doet het niet, de hash is 9f3c2ab !!",
        "le mot de passe est refusé, request id req_Zk82mQpL0xT4vBnY7cRs",
        "the sync fails, trace-id 6620193847561-b7e21f",
        "password reset loops, correlation-id evt_Q2w8ErT5yU1iO9pLkJ3h",
        # a key or an account id the customer says is public
        "publishable key pk_live_Mq9xTb27LpZr4KcVw8YdNe3s (that one is meant to be public)",
        "site key 6LdQ2pAaAAAAAN7zXk4Yw9Rt1bVc3Hs8LmPq is public",
        "account SID AC5e9b1c27d4f08a63e2b7c94d15f60a8b - not sensitive",
        "pk_live_Mq9xTb27LpZr4KcVw8YdNe3s (public, so fine to share)",
        "notre clé publique pk_live_Mq9xTb27LpZr4KcVw8YdNe3s",
        "the SID AC5e9b1c27d4f08a63e2b7c94d15f60a8b is harmless to share",
        # an amount in a currency code after "à" is no street; a masked address leaves no e-mail behind
        "la facture est passée à EUR 212,40 ce mois-ci",
        "iemand veranderde mijn mail in j***n@gmail.com",
    ],
)
def test_ids_digests_and_public_keys_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vendor's key keeps its label, and a key said not to be public stays a key
        (
            "the token for our site deploy ghp_Xk29LmQp8RtZv4WcYb7NdE1sHf6Ju3Ko5aGi",
            [("token", "ghp_Xk29LmQp8RtZv4WcYb7NdE1sHf6Ju3Ko5aGi")],
        ),
        (
            "my key sk_live_Mq9xTb27LpZr4KcVw8YdNe3s is not public!!",
            [("api_key", "sk_live_Mq9xTb27LpZr4KcVw8YdNe3s")],
        ),
        (
            "my secret key sk_live_Mq9xTb27LpZr4KcVw8YdNe3s was shared by accident",
            [("api_key", "sk_live_Mq9xTb27LpZr4KcVw8YdNe3s")],
        ),
        (
            "public key pk_live_Mq9xTb27LpZr4KcVw8YdNe3s, secret key sk_live_Tb27LpZr4KcVw8YdNe3sMq9x",
            [("api_key", "sk_live_Tb27LpZr4KcVw8YdNe3sMq9x")],
        ),
        # only a key public by design (Stripe's publishable pk_) is left when called public: a secret key the
        # customer calls public, or says is fine to share, is still a secret
        (
            "our public key: sk_live_Mq9xTb27LpZr4KcVw8YdNe3s",
            [("api_key", "sk_live_Mq9xTb27LpZr4KcVw8YdNe3s")],
        ),
        (
            "AKIAQX7ZB4RT2LMN8KPD (public, so fine to share)",
            [("api_key", "AKIAQX7ZB4RT2LMN8KPD")],
        ),
        (
            "ma clé publique ghp_Xk29LmQp8RtZv4WcYb7NdE1sHf6Ju3Ko5aGi",
            [("token", "ghp_Xk29LmQp8RtZv4WcYb7NdE1sHf6Ju3Ko5aGi")],
        ),
        # a password is a secret whatever is said of sharing it
        ("my password Hunter2024! is safe to share with you?", [("password", "Hunter2024!")]),
        # a number glued to an id's segment is no phone; one glued to a word still is
        ("event id 0612345678-c3f9a1 in the log", []),
        ("bel me op 0612345678-thuis na 6", [("phone", "0612345678")]),
    ],
)
def test_look_alike_rules_keep_the_secrets(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
