"""Round 15: the company's own line called from abroad, a department's mailbox, and answers given in a
conversation without a cue."""

from __future__ import annotations

import pytest
from scrub_findings import found


@pytest.mark.parametrize(
    "text, number",
    [
        ("Twee keer gebeld met 010 412 55 55 en niemand neemt op", "010 412 55 55"),
        ("I cancelled the card via +44 20 7123 4000 right away.", "+44 20 7123 4000"),
        ("@SomeBank been on hold at +32 2 515 77 77 for an hour", "+32 2 515 77 77"),
        ("Vous pouvez nous joindre depuis l'étranger au +33 1 44 55 66 00.", "+33 1 44 55 66 00"),
        ("Neem contact op via +31 20 555 1200 of kijk in de app.", "+31 20 555 1200"),
        ("personne ne décroche, j'ai appelé le 02 345 67 89 trois fois", "02 345 67 89"),
    ],
)
def test_a_line_the_customer_called_or_was_told_to_call_is_the_companys(text: str, number: str) -> None:
    assert not any(value == number for _, value in found(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("je mag me bellen op 010 412 55 55 na zessen", "010 412 55 55"),
        ("Hij is bereikbaar op zijn Franse nummer +33 1 44 55 66 00.", "+33 1 44 55 66 00"),
        ("we called you on 020 7946 0321 this morning", "020 7946 0321"),
        ("Ik ben bereikbaar via 010-4125555", "010-4125555"),
        ("I called from my mobile +31 6 12 34 56 78 twice", "+31 6 12 34 56 78"),  # a mobile: a person's
        ("gebeld met 06 12345678 maar geen antwoord", "06 12345678"),
    ],
)
def test_a_persons_number_after_a_call_word_stays_a_phone(text: str, number: str) -> None:
    assert ("phone", number) in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("On 3 May, Customer Service <support@examplebank.com> wrote:", "support@examplebank.com"),
        ("Op 12-3 schreef Klantendienst <klantendienst@energie.be>:", "klantendienst@energie.be"),
        ("From: no-reply@shop.example", "no-reply@shop.example"),
    ],
)
def test_a_departments_mailbox_is_no_persons_address(text: str, address: str) -> None:
    assert ("email", address) not in found(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("mail me at jan.support@gmail.com", "jan.support@gmail.com"),
        ("info@bakkerijdevries.nl is mijn zakelijke adres", "info@bakkerijdevries.nl"),
        ("Le 4 mars, Claire Dubois <claire.dubois@skynet.be> a écrit :", "claire.dubois@skynet.be"),
    ],
)
def test_a_persons_or_a_small_firms_address_stays(text: str, address: str) -> None:
    assert ("email", address) in found(text)
