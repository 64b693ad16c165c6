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


_THREAD = """Hallo,

Ik wacht nog steeds op een reactie.
is {answer}

Met vriendelijke groet,
Mark Jansen

Op 3 mei 2025 om 10:12 schreef Klantenservice Stroomnet <noreply@stroomnet.example>:
> Beste Mark,
>
> Om je account te ontgrendelen hebben we nog iets nodig. {question}
>
> Groeten,
> Sanne
"""


@pytest.mark.parametrize(
    "question, answer, kind",
    [
        ("Wat is je gebruikersnaam?", "mark.jansen81", "username"),
        ("Welk wachtwoord heb je geprobeerd?", "Zonnebloem!77", "password"),
        ("Wat is de PUK-code op het kaartje?", "40912877", "puk"),
        ("En de CVC-code op de achterkant?", "418", "cvv"),
        ("Welke bevestigingscode zie je in de app?", "K-448120", "otp"),
    ],
)
def test_an_answer_in_an_email_thread_takes_the_kind_its_quoted_question_asked_for(
    question: str, answer: str, kind: str
) -> None:
    assert (kind, answer) in found(_THREAD.format(question=question, answer=answer))


def test_a_thread_answer_needs_a_question_before_it() -> None:
    text = _THREAD.format(question="Fijn dat het weer werkt.", answer="mark.jansen81")
    assert not any(value == "mark.jansen81" for _, value in found(text))


@pytest.mark.parametrize(
    "reply",
    [
        "Hallo,\n\nDe brief is gedateerd 03-04-2025.\n\nMet vriendelijke groet,\nMark",  # a date
        "Hallo,\n\ner is EUR 338,07 afgeschreven\n\nMvg,\nMark",  # an amount
        "Hallo,\n\nIk snap het niet.\n\nVriendelijke groeten,\n\nLotte\n",  # the name under the closing
        "Onderwerp: dringend\n\nGraag snel antwoord.\n\nGroet,\nTom",  # a subject line
    ],
)
def test_what_a_thread_reply_holds_besides_an_answer_stays(reply: str) -> None:
    quoted = "\n\nOp 3 mei schreef Stroomnet <noreply@stroomnet.example>:\n> Wat is je gebruikersnaam?\n"
    assert [pair for pair in found(reply + quoted) if pair[0] in ("username", "password")] == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("trois codes erronés au distributeur, il pense avoir tapé 5281 au lieu de 5218", ["5281", "5218"]),
        ("hij denkt dat hij 7012 had ingetoetst in plaats van 7021 bij de automaat", ["7012", "7021"]),
        ("pardon je me suis trompée, c'est 3390 et pas 3309", ["3390", "3309"]),
        ("sorry, it's 8841 not 8842", ["8841", "8842"]),  # one digit hit wrong
    ],
)
def test_a_code_corrected_by_one_slip_is_a_pin_both_times(text: str, values: list[str]) -> None:
    assert [("pin", value) for value in values] == [pair for pair in found(text) if pair[1] in values]


@pytest.mark.parametrize(
    "text",
    [
        "bestelling 48213 niet 48214, sorry",  # an order's number typed wrong
        "I said 2023, it's actually 2024",  # a year
        "it's 8841 not 8872",  # two digits apart: no slip
    ],
)
def test_numbers_that_are_no_slip_of_a_code_stay(text: str) -> None:
    assert not any(kind in ("pin", "otp") for kind, _ in found(text))


def test_a_code_typed_at_a_cash_machine_is_a_pin() -> None:
    assert ("pin", "4471") in found("the ATM kept my card after two wrong codes, I typed 4471")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The router admin password on the sticker is 7hqk2mzp9w but it doesn't let me in", "7hqk2mzp9w"),
        ("het admin wachtwoord van de sticker op het modem (qv8k3mzt) werkt niet", "qv8k3mzt"),
    ],
)
def test_the_admin_password_on_the_routers_sticker_is_a_password(text: str, value: str) -> None:
    assert ("password", value) in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("My account is TR18 2493 0036 1140 1731 9232 09. Could you", "TR18 2493 0036 1140 1731 9232 09"),
        ("IBAN AE07 0331 2345 6789 0123 456 for the refund", "AE07 0331 2345 6789 0123 456"),
    ],
)
def test_an_iban_of_a_country_outside_sepa_is_found(text: str, value: str) -> None:
    assert ("iban", value) in found(text)


def test_the_iban_lengths_are_the_registrys() -> None:
    import os
    import re

    import stdnum

    from webcare.scrub import validators

    with open(os.path.join(os.path.dirname(stdnum.__file__), "iban.dat"), encoding="utf-8") as handle:
        registry = {
            match.group(1): 4 + sum(int(size) for size in re.findall(r"([0-9]+)!", match.group(2)))
            for match in re.finditer(r'(?m)^([A-Z]{2}) .*?bban="([^"]+)"', handle.read())
        }
    assert validators.IBAN_LENGTHS == registry


def test_a_code_for_a_parcel_machine_is_no_pin() -> None:
    text = "Pakje zit in de automaat van PakketPunt maar de code 009684 werkt niet"
    assert ("pin", "009684") not in found(text)


@pytest.mark.parametrize(
    "question, answer, kind, value",
    [
        ("Wat is de pincode van je simkaart?", "ordernummer #596562 trouwens. da's 3574", "pin", "3574"),
        ("Quel est le mot de passe admin du modem ?", "référence art. 3404852 -- c'est jardin_frites7",
         "password", "jardin_frites7"),
        ("What's the admin password on the router?", "order number #093943 btw. Zvrwhz8389# cheers",
         "password", "Zvrwhz8389#"),
        ("Le CVV aussi svp", "facture fa021742244. 517 !", "cvv", "517"),
    ],
)  # fmt: skip
def test_a_chat_answer_after_a_number_named_in_passing_is_the_asked_value(
    question: str, answer: str, kind: str, value: str
) -> None:
    text = f"Klant: mijn modem doet raar\nAgent: {question}\nKlant: {answer}\nAgent: Dank u, een ogenblik."
    found_here = found(text)
    assert (kind, value) in found_here
    assert [pair for pair in found_here if pair[1] in ("596562", "3404852", "093943", "fa021742244")] == []


def test_speakers_written_with_a_dash_take_turns_like_speakers_with_a_colon() -> None:
    text = (
        "Klant - mijn modem doet raar\nAdviseur - Ok, even checken.\n"
        "Adviseur - Wat heb je als nieuw wachtwoord ingesteld?\n"
        "Klant - ik krijg foutcode ERR_CONN_RESET -- ewa zeepbel525\nAdviseur - Nog een prettige avond!"
    )
    assert ("password", "zeepbel525") in found(text)
    assert not any(value == "ERR_CONN_RESET" for _, value in found(text))


def test_lines_with_a_dash_that_are_no_turns_stay_text() -> None:
    assert found("Update - we fixed the outage\nThanks - that was quick\nNote - nothing else") == []


@pytest.mark.parametrize(
    "question, answer, correction, kind, values",
    [
        ("Onder welke loginnaam staat het?", "is u2204028", "oeps u2204208 bedoel ik", "username",
         ["u2204028", "u2204208"]),
        ("And the CVV on the back?", "it's 746", "oops 764 I mean", "cvv", ["746", "764"]),
        ("Quel est le mot de passe du compte ?", "Soleil0215#", "désolé, Soleil2015#", "password",
         ["Soleil0215#", "Soleil2015#"]),
    ],
)  # fmt: skip
def test_a_chat_answer_corrected_in_the_next_turn_keeps_its_kind(
    question: str, answer: str, correction: str, kind: str, values: list[str]
) -> None:
    text = f"Agent: {question}\nKlant: {answer}\nAgent: ?\nKlant: {correction}\nAgent: Dank u, een ogenblik."
    assert [(kind, value) for value in values] == [pair for pair in found(text) if pair[1] in values]


def test_a_correction_after_a_new_question_is_no_correction_of_the_old_answer() -> None:
    text = "Agent: And the CVV on the back?\nVisitor: it's 746\nAgent: Order number?\nVisitor: sorry, 5512"
    assert ("cvv", "5512") not in found(text)


@pytest.mark.parametrize(
    "question, answer, kind, value",
    [
        ("Le code de votre messagerie vocale ?", "c'est 8930", "pin", "8930"),
        ("Wat is de pin van je voicemail?", "zie https://bit.ly/a8Zk2Qe. 7661", "pin", "7661"),
    ],
)
def test_a_voicemail_code_asked_for_is_a_pin(question: str, answer: str, kind: str, value: str) -> None:
    text = f"Agent: Bonjour.\nKlant: hallo\nAgent: {question}\nKlant: {answer}\nAgent: merci"
    assert (kind, value) in found(text)


def test_a_messenger_speaker_with_an_initial_opens_a_block() -> None:
    text = (
        "Bart M.\nmijn wifi doet het niet\n\nStroomnet\nWat staat er achter 'Wireless key'?\n\n"
        "Bart M.\nja 't is tCuyyHlLYkkgHnkxif\n\nStroomnet\nMag ik uw IBAN voor de terugbetaling?"
    )
    assert ("wifi_key", "tCuyyHlLYkkgHnkxif") in found(text)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("um Qzbxrt4929$", "password", "Qzbxrt4929$"),
        ("je prends le vol TB884 demain, Kzbxdt7357@\nmerci", "password", "Kzbxdt7357@"),
        ("Lapin2020*", "password", "Lapin2020*"),
        ("the guest wifi is open, the staff network is Monkey3845!. Since then", "wifi_key", "Monkey3845!"),
    ],
)
def test_a_word_of_capitals_small_letters_digits_and_signs_is_a_secret_without_a_cue(
    text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "#BlackFriday2024! deals all week",  # a hashtag
        "mail Jan.Smit2024!@example.com",  # an address
        "Date,Amount,Ref⏎Aug 11,$38,Deposit2024!A",  # a CSV row
        "the card shows as sk_live_****tL0f in the dashboard",  # a mask
    ],
)
def test_hashtags_addresses_rows_and_masks_are_no_strong_password(text: str) -> None:
    assert not any(kind == "password" for kind, _ in found(text.replace("⏎", "\n")))


@pytest.mark.parametrize(
    "text, name",
    [
        ("The network proximus-home-77 shows up but the key is rejected", "proximus-home-77"),
        ("wifi ok, het netwerk heet Telvia_3NHR4 en verbindt niet", "Telvia_3NHR4"),
        ("The network is called ZiggoCB49F3 and the key is q5nr-5rns-rtz6", "ZiggoCB49F3"),
    ],
)
def test_a_network_named_by_the_word_for_the_network_is_no_key(text: str, name: str) -> None:
    assert not any(value == name for _, value in found(text))


def test_a_key_named_after_the_network_is_still_a_key() -> None:
    assert ("wifi_key", "NFWS-7SDJ-7PCB") in found("clé de sécurité réseau NFWS-7SDJ-7PCB, toujours rien")


def test_a_warning_never_to_share_a_password_asks_for_none() -> None:
    text = (
        "Hallo,\n\nnog steeds geen internet.\nsinds 2019\n\nMvg,\nPiet\n\n"
        "Op 15 mei 2025 om 10:12 schreef Stroomnet:\n> Deel nooit je wachtwoord of pincode met ons.\n"
        "> Wat is er aan de hand?\n"
    )
    assert found(text) == []


def test_a_network_named_on_its_own_line_of_a_list_is_no_key() -> None:
    text = "de wifi:\nNetwerk: Zonnig-65FB\nWachtwoord: TulpHuis6906\n"
    assert ("wifi_key", "Zonnig-65FB") not in found(text)
    assert any(value == "TulpHuis6906" for _, value in found(text))


def test_a_key_after_the_word_for_the_network_in_its_name_stays_a_key() -> None:
    assert ("wifi_key", "hg7Kq2pLx9") in found("wifi doet raar. wachtwoord van mijn netwerk: hg7Kq2pLx9")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ik heb het tijdelijke wachtwoord zeil-molen-fiets gekregen, het doet niets", "zeil-molen-fiets"),
        ("- passw - appel.tulp.haven", "appel.tulp.haven"),
        ("mijn paswoord (kaas-zon-regen-wolk) wordt niet meer aanvaard", "kaas-zon-regen-wolk"),
    ],
)
def test_words_joined_into_a_passphrase_after_a_password_cue_are_the_password(text: str, value: str) -> None:
    assert ("password", value) in found(text)


def test_a_site_after_a_password_cue_is_no_passphrase() -> None:
    assert found("het wachtwoord aanvragen gaat via mijn.stroom.com") == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("The old password was Tulip+robin44.\nSorry I said 7230, it's actually 7320", ["7230", "7320"]),
        ("mon gsm demande le PUK, j'ai mis 83668956\n\npardon c'est 3913 pas 9313", ["3913", "9313"]),
    ],
)
def test_a_few_digits_corrected_after_a_password_or_puk_are_a_pin(text: str, values: list[str]) -> None:
    assert [("pin", value) for value in values] == [pair for pair in found(text) if pair[1] in values]


def test_a_value_said_to_hold_a_capital_is_a_password() -> None:
    text = "het is zeilboot_2009xx met hoofdletter aan het begin\nmijn pin was 4468"
    assert ("password", "zeilboot_2009xx") in found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("my notification says: Use 5996 to confirm your account. Never share this code", "5996"),
        ("Gebruik 482913 om in te loggen bij Stroomnet", "482913"),
    ],
)
def test_a_code_in_the_words_of_the_text_that_sends_it_is_a_one_time_code(text: str, value: str) -> None:
    assert ("otp", value) in found(text)


def test_a_year_to_use_is_no_code() -> None:
    assert found("use 2024 to compare the bills") == []


@pytest.mark.parametrize("text", ["error Auth#42b after the update", "ons pakket 100GB+Netflix4K is te duur"])
def test_an_error_or_a_plan_written_with_signs_is_no_password(text: str) -> None:
    assert found(text) == []
