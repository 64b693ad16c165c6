"""A seeded, labelled corpus of webcare messages for measuring the scrubber.

Every message is built from pieces whose positions are known: filler sentences (Dutch or English),
sensitive values in a carrier phrase (labelled with their type and span), and hard negatives
(labelled with their kind and span: text that looks like data but must be left alone). Tweets are
short, DMs a few sentences, e-mails a few KB with a signature and quoted history.

    python tests/scrub_corpus/generate.py --count 5000 --seed 7 > corpus.jsonl

The generator is independent of the scrubber: it produces values with python-stdnum and
phonenumbers checksums and formats, never by asking the scrubber what it would find.
"""

# ruff: noqa: E501 - phrase tables read better unwrapped
from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from stdnum import iban as stdnum_iban
from stdnum import luhn

# ------------------------------------------------------------------------------------------------
# Building a message with known offsets
# ------------------------------------------------------------------------------------------------


@dataclass
class Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict[str, Any]] = field(default_factory=list)
    negatives: list[dict[str, Any]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def add_piece(self, piece: Piece) -> None:
        base = self.length
        for kind, start, end in piece.labels:
            self.spans.append({"type": kind, "start": base + start, "end": base + end})
        for kind, start, end in piece.negatives:
            self.negatives.append({"kind": kind, "start": base + start, "end": base + end})
        self.add(piece.text)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Piece:
    """A phrase with labelled sub-spans, assembled from literal text and labelled values."""

    text: str = ""
    labels: list[tuple[str, int, int]] = field(default_factory=list)
    negatives: list[tuple[str, int, int]] = field(default_factory=list)

    def lit(self, text: str) -> Piece:
        self.text += text
        return self

    def val(self, kind: str, value: str) -> Piece:
        self.labels.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def neg(self, kind: str, value: str) -> Piece:
        self.negatives.append((kind, len(self.text), len(self.text) + len(value)))
        self.text += value
        return self

    def piece(self, other: Piece) -> Piece:
        offset = len(self.text)
        self.labels += [(k, s + offset, e + offset) for k, s, e in other.labels]
        self.negatives += [(k, s + offset, e + offset) for k, s, e in other.negatives]
        self.text += other.text
        return self


def template(rng: random.Random, options: list[str], **values: tuple[str, str]) -> Piece:
    """Fill one of the templates; {name} slots take (kind, value) pairs, kind '' means plain text."""
    chosen = rng.choice(options)
    piece = Piece()
    rest = chosen
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        piece.lit(before)
        kind, value = values[name]
        if kind:
            piece.val(kind, value)
        else:
            piece.lit(value)
    piece.lit(rest)
    return piece


# ------------------------------------------------------------------------------------------------
# Values
# ------------------------------------------------------------------------------------------------

FIRST = ["jan", "piet", "sanne", "emma", "daan", "lotte", "sem", "fleur", "noah", "julia", "tom", "sophie",
         "mohamed", "fatima", "kevin", "anouk", "john", "sarah", "mike", "emily", "luuk", "iris"]  # fmt: skip
LAST = ["devries", "jansen", "bakker", "visser", "smit", "meijer", "mulder", "bos", "vos", "peters",
        "hendriks", "smith", "jones", "brown", "taylor", "elbaz", "yilmaz", "dekker", "vandijk"]  # fmt: skip
WORDS_NL = ["zomer", "winter", "lente", "hond", "kat", "voetbal", "fiets", "tulp", "amsterdam", "welkom",
            "geheim", "oranje", "bloem", "schaap", "konijn", "appel"]  # fmt: skip
WORDS_EN = ["summer", "dragon", "monkey", "sunshine", "football", "purple", "welcome", "shadow", "master",
            "princess", "tiger", "coffee"]  # fmt: skip
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "yahoo.com",
           "icloud.com", "telenet.be", "example.org", "planet.nl", "xs4all.nl"]  # fmt: skip
STREETS = ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenlaan", "Prinsengracht", "Hoofdweg", "Julianalaan",
           "Marktplein", "Schoolstraat", "Beatrixlaan", "Nieuwe Binnenweg", "Oudegracht", "Zeedijk",
           "Van Baerlestraat", "Burgemeester de Withstraat", "Parklaan", "Singel", "Kanaalweg"]  # fmt: skip
CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere",
          "Breda", "Nijmegen", "Zwolle", "Leiden", "Haarlem", "Arnhem"]  # fmt: skip
EN_STREETS = ["Baker Street", "High Street", "Church Road", "Station Road", "Park Avenue", "Main Street",
              "Elm Drive", "Victoria Road", "Oak Lane", "Mill Lane"]  # fmt: skip


def password(rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return (
            rng.choice(WORDS_NL + WORDS_EN).capitalize()
            + str(rng.randint(1, 2025))
            + rng.choice(["!", "", "#", "?"])
        )
    if style == 1:
        alphabet = string.ascii_letters + string.digits + "!@#$%&*"
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(8, 16)))
    if style == 2:
        return rng.choice(WORDS_NL + WORDS_EN) + rng.choice(WORDS_NL + WORDS_EN) + str(rng.randint(0, 99))
    if style == 3:
        return rng.choice(WORDS_NL + WORDS_EN).upper() + "_" + str(rng.randint(10, 9999))
    if style == 4:
        return rng.choice(FIRST).capitalize() + rng.choice(["@", "$", "."]) + str(rng.randint(1950, 2020))
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(rng.randint(6, 12)))


def username(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice([f"{first}.{last}{rng.randint(1, 99)}", f"{first[0]}{last}", f"{first}_{rng.randint(1950, 2010)}",
                       f"{last}{first[0]}{rng.randint(1, 999)}", f"klant{rng.randint(1000, 99999)}"])  # fmt: skip


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}{rng.randint(1, 99)}",
                        f"{first}+webcare", f"{last}.{first}"])  # fmt: skip
    return f"{local}@{rng.choice(DOMAINS)}"


def obfuscated_email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain, tld = rng.choice(DOMAINS).rsplit(".", 1)
    at = rng.choice([" [at] ", " (at) ", "[at]", " {at} ", " at ", "(@)"])
    dot = rng.choice([" [dot] ", " (dot) ", ".", " dot ", "[punt]"]) if at.strip() != "at" else " dot "
    return f"{first}.{last}{at}{domain}{dot}{tld}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


CARD_PREFIXES = [("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                 ("6011", 16), ("65", 16), ("3530", 16), ("36", 14), ("4", 19), ("6759", 16)]  # fmt: skip


def card(rng: random.Random, valid: bool = True) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + digits(rng, length - len(prefix) - 1)
    check = luhn.calc_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    number = body + check
    style = rng.randrange(5)
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif length == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, length, 4)]
    if style == 0:
        return number
    if style == 1:
        return "-".join(groups)
    if style == 2:
        return "\u00a0".join(groups)
    return " ".join(groups)


def expiry(rng: random.Random) -> str:
    month, year = rng.randint(1, 12), rng.randint(24, 32)
    return rng.choice(
        [f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}-{year}", f"{month:02d} / {year}"]
    )


# BBAN layouts for generating valid test IBANs: 'n' digit, 'a' upper-case letter, 'c' either.
IBAN_LAYOUTS = {
    "NL": "aaaannnnnnnnnn", "BE": "nnnnnnnnnnnn", "DE": "nnnnnnnnnnnnnnnnnn", "FR": "nnnnnnnnnncccccccccccnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc", "AT": "nnnnnnnnnnnnnnnn",
    "LU": "nnnccccccccccccc", "IE": "aaaannnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn", "FI": "nnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "SE": "nnnnnnnnnnnnnnnnnnnn",
    "DK": "nnnnnnnnnnnnnn", "CH": "nnnnnccccccccccccc",
}  # fmt: skip
BANKS_NL = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def _bban(rng: random.Random, layout: str, country: str) -> str:
    out = []
    for i, slot in enumerate(layout):
        if country == "NL" and i < 4:
            out.append(rng.choice(BANKS_NL)[i])
        elif slot == "n":
            out.append(rng.choice(string.digits))
        elif slot == "a":
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(rng.choice(string.digits + string.ascii_uppercase))
    return "".join(out)


def iban(rng: random.Random, valid: bool = True) -> str:
    for _ in range(200):
        country = rng.choice(list(IBAN_LAYOUTS) + ["NL"] * 8 + ["BE", "DE"] * 2)
        bban = _bban(rng, IBAN_LAYOUTS[country], country)
        check = stdnum_iban.calc_check_digits(country + "00" + bban)
        if not valid:
            check = f"{(int(check) + rng.randint(1, 50)) % 97 + 2:02d}"
        number = country + check + bban
        if stdnum_iban.is_valid(number) == valid:
            break
    style = rng.randrange(6)
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    if style == 0:
        return number
    if style == 1:
        return number.lower()
    if style == 2:
        return grouped.replace(" ", "\u00a0")
    if style == 3:
        return grouped.lower()
    return grouped


def bsn(rng: random.Random, valid: bool = True) -> str:
    while True:
        number = str(rng.randint(1, 9)) + digits(rng, 8)
        total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True)) - int(number[8])
        if (total % 11 == 0) == valid:
            break
    style = rng.randrange(4)
    if style == 1:
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if style == 2:
        return f"{number[:4]}.{number[4:6]}.{number[6:]}"
    return number


def _valid_phone(rng: random.Random, make: Callable[[], str], region: str | None) -> str:
    import phonenumbers

    for _ in range(100):
        candidate = make()
        compact = "".join(ch for ch in candidate if ch.isdigit() or ch == "+")
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(compact, region)):
                return candidate
        except phonenumbers.NumberParseException:
            continue
    return "06-12345678"


def phone(rng: random.Random) -> str:
    style = rng.randrange(9)
    if style == 0:
        return _valid_phone(rng, lambda: "06-" + digits(rng, 8), "NL")
    if style == 1:
        return _valid_phone(rng, lambda: "06 " + " ".join([digits(rng, 2) for _ in range(4)]), "NL")
    if style == 2:
        return _valid_phone(rng, lambda: "+31 6 " + digits(rng, 8), None)
    if style == 3:
        return _valid_phone(rng, lambda: "+316" + digits(rng, 8), None)
    if style == 4:
        return _valid_phone(
            rng, lambda: rng.choice(["020", "010", "030", "070", "040", "050"]) + "-" + digits(rng, 7), "NL"
        )
    if style == 5:
        return _valid_phone(
            rng,
            lambda: "0" + rng.choice(["20", "10", "30"]) + " " + digits(rng, 3) + " " + digits(rng, 4),
            "NL",
        )
    if style == 6:
        return _valid_phone(
            rng,
            lambda: (
                "+32 4"
                + rng.choice("789")
                + digits(rng, 1)
                + " "
                + digits(rng, 2)
                + " "
                + digits(rng, 2)
                + " "
                + digits(rng, 2)
            ),
            None,
        )
    if style == 7:
        return _valid_phone(rng, lambda: "+44 7" + digits(rng, 3) + " " + digits(rng, 6), None)
    return _valid_phone(rng, lambda: "0031 6 " + digits(rng, 4) + " " + digits(rng, 4), None)


def postcode(rng: random.Random) -> str:
    letters = rng.choice(string.ascii_uppercase.replace("S", "")) + rng.choice(string.ascii_uppercase)
    return f"{rng.randint(1000, 9999)}{rng.choice([' ', ''])}{letters}"


def address(rng: random.Random) -> Piece:
    style = rng.randrange(6)
    house = str(rng.randint(1, 250)) + rng.choice(["", "", "a", "B", "-2", " hs"])
    if style == 0:
        return Piece().val("address", f"{rng.choice(STREETS)} {house}")
    if style == 1:
        return Piece().val("address", f"{rng.choice(STREETS)} {house}, {postcode(rng)} {rng.choice(CITIES)}")
    if style == 2:
        return Piece().val("address", postcode(rng))
    if style == 3:
        return Piece().val("address", f"{postcode(rng)} {rng.randint(1, 200)}")
    if style == 4:
        return Piece().val("address", f"{rng.randint(1, 300)} {rng.choice(EN_STREETS)}")
    uk = rng.choice(["SW1A 2AA", "EC1A 1BB", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX"])
    return Piece().val("address", f"{rng.randint(1, 300)} {rng.choice(EN_STREETS)}, London {uk}")


def date_of_birth(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2006)
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]  # fmt: skip
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]  # fmt: skip
    return rng.choice([f"{day:02d}-{month:02d}-{year}", f"{day}/{month}/{year}", f"{year}-{month:02d}-{day:02d}",
                       f"{day} {months[month - 1]} {year}", f"{months_en[month - 1]} {day}, {year}",
                       f"{day}.{month:02d}.{year}"])  # fmt: skip


def ipv4(rng: random.Random) -> str:
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def ipv6(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "2001:db8::" + ":".join(f"{rng.randint(1, 65535):x}" for _ in range(rng.choice([1, 2, 3])))
    return "2a02:a46f:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(6))


def token_value(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def api_key(rng: random.Random) -> str:
    style = rng.randrange(9)
    if style == 0:
        return "sk_live_" + token_value(rng, ALNUM, 24)
    if style == 1:
        return "AKIA" + token_value(rng, string.ascii_uppercase + string.digits, 16)
    if style == 2:
        return "ghp_" + token_value(rng, ALNUM, 36)
    if style == 3:
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + token_value(rng, ALNUM, 24)
    if style == 4:
        return "AIza" + token_value(rng, B64URL, 35)
    if style == 5:
        return "glpat-" + token_value(rng, B64URL, 20)
    if style == 6:
        return "sk-proj-" + token_value(rng, B64URL, 40)
    if style == 7:
        return "SG." + token_value(rng, B64URL, 22) + "." + token_value(rng, B64URL, 43)
    return "sk_test_" + token_value(rng, ALNUM, 24)


def jwt(rng: random.Random) -> str:
    return (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ"
        + token_value(rng, B64URL, 40)
        + "."
        + token_value(rng, B64URL, 43)
    )


def hex_secret(rng: random.Random) -> str:
    return token_value(rng, "0123456789abcdef", rng.choice([32, 40, 64]))


def customer_number(rng: random.Random) -> str:
    return rng.choice([digits(rng, 8), digits(rng, 7), f"C-{rng.randint(2015, 2025)}-{digits(rng, 5)}",
                       f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}", f"KL{digits(rng, 6)}",
                       digits(rng, 10)])  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Sensitive pieces: value in a carrier phrase, Dutch and English
# ------------------------------------------------------------------------------------------------


def sensitive_piece(rng: random.Random, kind: str) -> Piece:
    v: Callable[[str, str], tuple[str, str]] = lambda k, x: (k, x)  # noqa: E731
    if kind == "password":
        cue = rng.choice(["wachtwoord", "Wachtwoord", "WACHTWOORD", "wachtwood", "wahctwoord", "ww", "password",
                          "Password", "passwrd", "pasword", "paswoord", "pw", "wachtwoordje", "PW", "passwort"])  # fmt: skip
        return template(rng, [f"mijn {cue} is {{v}}", f"{cue}: {{v}}", f"{cue}={{v}}", f"my {cue} is {{v}}",
                              f"{cue} is nu {{v}}", f"nieuwe {cue}: {{v}}", f"{cue} -> {{v}}",
                              f"{cue}:\n{{v}}", f"het {cue} was eerst '{{v}}'"],
                        v=v("password", password(rng)))  # fmt: skip
    if kind == "pin":
        cue = rng.choice(["pincode", "pin", "PIN", "Pincode", "pin code", "pin-code", "pinkode", "PIN-code"])
        return template(rng, [f"mijn {cue} is {{v}}", f"{cue}: {{v}}", f"{cue} {{v}}", f"my {cue} is {{v}}",
                              f"de {cue} van mijn pas is {{v}}"], v=v("pin", digits(rng, rng.choice([4, 4, 5, 6]))))  # fmt: skip
    if kind == "puk":
        return template(
            rng, ["PUK: {v}", "pukcode {v}", "mijn puk is {v}", "PUK code: {v}"], v=v("puk", digits(rng, 8))
        )
    if kind == "otp":
        cue = rng.choice(["sms-code", "SMS code", "verificatiecode", "verification code", "code", "eenmalige code",
                          "one-time code", "2FA code", "OTP", "bevestigingscode", "verificatiekode"])  # fmt: skip
        value = digits(rng, 6) if rng.random() < 0.85 else "G-" + digits(rng, 6)
        return template(rng, [f"de {cue} is {{v}}", f"{cue}: {{v}}", f"ik kreeg {cue} {{v}} maar die werkt niet",
                              f"your {cue} is {{v}}", f"{cue} = {{v}}"], v=v("otp", value))  # fmt: skip
    if kind == "wifi_key":
        cue = rng.choice(["wifi-wachtwoord", "wifi wachtwoord", "WiFi key", "wifi password", "WPA-key",
                          "netwerksleutel", "wifi-code", "Wi-Fi password"])  # fmt: skip
        return template(
            rng,
            [f"{cue}: {{v}}", f"mijn {cue} is {{v}}", f"the {cue} is {{v}}"],
            v=v("wifi_key", token_value(rng, ALNUM, rng.randint(10, 20))),
        )
    if kind == "username":
        user = username(rng)
        pw = password(rng)
        return template(rng, ["login: {u} / {p}", "inlog: {u} ww: {p}", "gebruikersnaam: {u}, wachtwoord: {p}",
                              "username: {u} password: {p}", "Login {u} / {p}", "user: {u}\npass: {p}",
                              "inlognaam {u} en wachtwoord {p}", "login {u} | {p}"],
                        u=v("username", user), p=v("password", pw))  # fmt: skip
    if kind == "email_login":
        return template(
            rng,
            ["login: {e} / {p}", "gebruikersnaam: {e} wachtwoord: {p}"],
            e=v("email", email(rng)),
            p=v("password", password(rng)),
        )
    if kind == "api_key":
        if rng.random() < 0.25:
            cue = rng.choice(
                ["api key", "API-key", "apikey", "client secret", "secret", "token", "api-sleutel"]
            )
            return template(
                rng,
                [f"{cue}: {{v}}", f"onze {cue} is {{v}}", f"{cue}={{v}}"],
                v=v("api_key", hex_secret(rng)),
            )
        return template(rng, ["our key {v} stopped working", "key: {v}", "ik gebruik {v} in de header",
                              "export STRIPE_KEY={v}", "`{v}`", "token {v} geeft 401"], v=v("api_key", api_key(rng)))  # fmt: skip
    if kind == "token":
        style = rng.randrange(5)
        if style == 0:
            return template(rng, ["Authorization: Bearer {v}", "header: Bearer {v}"], v=v("token", jwt(rng)))
        if style == 1:
            return template(rng, ["de reset link https://mijn.example.nl/reset-password?token={v} werkt niet",
                                  "link: https://login.example.com/magic?code={v}&lang=nl"],
                            v=v("token", token_value(rng, B64URL, rng.randint(20, 40))))  # fmt: skip
        if style == 2:
            return template(
                rng,
                ["https://account.example.com/reset/{v}", "klik op https://example.nl/activeer/{v}"],
                v=v("token", token_value(rng, ALNUM, 32)),
            )
        if style == 3:
            return template(
                rng, ["Authorization: Basic {v}"], v=v("token", token_value(rng, ALNUM + "+/", 28) + "==")
            )
        return template(rng, ["sessie token eyJ... volledig: {v}", "jwt {v}"], v=v("token", jwt(rng)))
    if kind == "card":
        piece = Piece()
        piece.piece(template(rng, ["creditcard {v}", "kaartnummer: {v}", "my card number is {v}", "card {v}",
                                   "met mijn Visa {v}", "CC: {v}"], v=v("card", card(rng))))  # fmt: skip
        extra = rng.randrange(4)
        if extra == 1:
            piece.lit(rng.choice([" exp ", " geldig tot ", " ", " vervaldatum "])).val(
                "card_expiry", expiry(rng)
            )
        if extra == 2:
            piece.lit(rng.choice([" exp ", " ", ", "])).val("card_expiry", expiry(rng))
            piece.lit(rng.choice([" cvc ", " CVV: ", " ", " code "])).val("cvv", digits(rng, 3))
        if extra == 3:
            piece.lit(rng.choice([" en de cvc is ", ", CVV ", " security code "])).val("cvv", digits(rng, 3))
        return piece
    if kind == "iban":
        return template(rng, ["mijn rekeningnummer is {v}", "IBAN: {v}", "graag terugstorten op {v}", "iban {v}",
                              "please refund to {v} thanks", "rekening {v} t.n.v. J. de Vries", "({v})"],
                        v=v("iban", iban(rng)))  # fmt: skip
    if kind == "bsn":
        return template(rng, ["mijn BSN is {v}", "bsn: {v}", "burgerservicenummer {v}", "BSN-nummer {v}",
                              "sofinummer: {v}", "mijn bsn {v}", "citizen service number {v}",
                              "{v} is mijn bsn"], v=v("bsn", bsn(rng)))  # fmt: skip
    if kind == "email":
        value = email(rng) if rng.random() < 0.8 else obfuscated_email(rng)
        return template(rng, ["mail me op {v}", "mijn e-mail: {v}", "stuur het naar {v} aub", "email {v}",
                              "you can reach me at {v}", "({v})", "contact: {v}."], v=v("email", value))  # fmt: skip
    if kind == "phone":
        return template(rng, ["bel me op {v}", "mijn nummer is {v}", "tel: {v}", "call me on {v}", "mobiel {v}",
                              "06? nee, {v}", "bereikbaar via {v} na 17u"], v=v("phone", phone(rng)))  # fmt: skip
    if kind == "address":
        return Piece().lit(rng.choice(["ik woon op ", "adres: ", "bezorgen op ", "my address is ", "send it to ",
                                       "nieuw adres "])).piece(address(rng))  # fmt: skip
    if kind == "date_of_birth":
        return template(rng, ["geboortedatum: {v}", "geboren op {v}", "date of birth {v}", "DOB: {v}",
                              "ik ben geboren op {v}", "born on {v}", "geb. {v}"], v=v("date_of_birth", date_of_birth(rng)))  # fmt: skip
    if kind == "ip_address":
        value = ipv4(rng) if rng.random() < 0.75 else ipv6(rng)
        return template(
            rng,
            ["mijn IP is {v}", "vanaf IP-adres {v}", "my router shows {v}", "ip: {v}"],
            v=v("ip_address", value),
        )
    if kind == "customer_number":
        cue = rng.choice(["klantnummer", "Klantnummer", "klantnr.", "customer number", "contractnummer",
                          "polisnummer", "policy number", "relatienummer", "lidnummer", "klant nummer"])  # fmt: skip
        return template(
            rng,
            [f"{cue} {{v}}", f"mijn {cue} is {{v}}", f"{cue}: {{v}}", f"my {cue} is {{v}}"],
            v=v("customer_number", customer_number(rng)),
        )
    raise ValueError(kind)


SENSITIVE_WEIGHTS = {
    "password": 10, "pin": 5, "puk": 2, "otp": 4, "wifi_key": 2, "username": 5, "email_login": 1, "api_key": 5,
    "token": 4, "card": 7, "iban": 8, "bsn": 5, "email": 8, "phone": 8, "address": 6, "date_of_birth": 4,
    "ip_address": 3, "customer_number": 5,
}  # fmt: skip


# ------------------------------------------------------------------------------------------------
# Hard negatives: look like data, must survive
# ------------------------------------------------------------------------------------------------


def negative_piece(rng: random.Random, kind: str) -> Piece:
    p = Piece()
    if kind == "date":
        value = rng.choice([f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2024", f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2025",
                            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{rng.randint(1, 28)} maart 2025",
                            f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.2024", "12 March 2025"])  # fmt: skip
        return p.lit(rng.choice(["besteld op ", "on ", "sinds ", "levering "])).neg(kind, value)
    if kind == "time":
        return p.lit(rng.choice(["om ", "at ", "tussen "])).neg(
            kind, rng.choice(["14:30", "09.15 uur", "10:00-12:00", "8pm", "14.30-15.00"])
        )
    if kind == "price":
        return p.lit(rng.choice(["betaald: ", "ik heb ", "total ", "kosten "])).neg(
            kind, rng.choice(["€ 1.249,95", "€12,50", "EUR 349.00", "$59.99", "1.299 euro", "€ 4.500,-"]))  # fmt: skip
    if kind == "handle":
        return p.lit("cc ").neg(kind, "@" + rng.choice(FIRST) + rng.choice(["_nl", "2024", "", "_care"]))
    if kind == "url":
        return p.lit(rng.choice(["zie ", "see ", "via "])).neg(kind, rng.choice([
            "https://www.example.nl/klantenservice/contact", f"https://x.com/acme/status/{rng.randint(10**18, 2 * 10**18)}",
            "https://example.com/orders/12345678/track?lang=nl", "https://bit.ly/3xYzAbC", "www.example.be/faq#retour",
            "https://shop.example.nl/p/iphone-15-pro-256gb-zwart/9300000123456789",
            "https://help.example.com/articles/360012345678-How-to-reset-your-password"]))  # fmt: skip
    if kind == "order_number":
        return p.lit(rng.choice(["ordernummer ", "bestelnummer: ", "order #", "order number ", "bestelling "])).neg(
            kind, rng.choice([digits(rng, 9), digits(rng, 10), "NL" + digits(rng, 9), digits(rng, 16), "A" + digits(rng, 7)]))  # fmt: skip
    if kind == "tracking":
        return p.lit(rng.choice(["track & trace ", "trackingcode: ", "tracking number ", "zending "])).neg(
            kind, rng.choice(["3SABCD" + digits(rng, 9), "JVGL" + digits(rng, 16), "1Z999AA1" + digits(rng, 10),
                              "CD" + digits(rng, 9) + "NL", digits(rng, 14)]))  # fmt: skip
    if kind == "ticket":
        return p.lit(rng.choice(["ticket ", "case ", "zaaknummer ", "ref: ", "dossier "])).neg(
            kind, rng.choice(["#" + digits(rng, 6), digits(rng, 8), "INC" + digits(rng, 7), "CS-" + digits(rng, 6), digits(rng, 9)]))  # fmt: skip
    if kind == "kvk":
        return p.lit(rng.choice(["KvK ", "kvk-nummer: ", "KvK nr. ", "Chamber of Commerce "])).neg(
            kind, digits(rng, 8)
        )
    if kind == "creditor_id":
        return p.lit(rng.choice(["incassant ID ", "Creditor ID: ", "incassant-id "])).neg(
            kind, "NL" + digits(rng, 2) + "ZZZ" + digits(rng, 12)
        )
    if kind == "tweet_id":
        return p.lit(rng.choice(["tweet ", "status "])).neg(kind, str(rng.randint(10**18, 2 * 10**18)))
    if kind == "uuid":
        hexd = "0123456789abcdef"
        value = "-".join(token_value(rng, hexd, k) for k in (8, 4, 4, 4, 12))
        return p.lit(rng.choice(["request id ", "id: ", "correlation "])).neg(kind, value)
    if kind == "version":
        return p.lit(rng.choice(["app versie ", "version ", "iOS ", "firmware "])).neg(
            kind, rng.choice(["17.4.1", "2.31.0", "10.0.19045.3693", "5.12.3.1", "v3.2", "8.1.0.215"]))  # fmt: skip
    if kind == "product_code":
        return p.lit(rng.choice(["artikel ", "model ", "SKU ", "product "])).neg(
            kind, rng.choice(["SM-S911B", "MQ9U3ZD/A", "KD-55X85L", "ART-" + digits(rng, 6), "EAN " + digits(rng, 13), "HX9911/09"]))  # fmt: skip
    if kind == "quantity":
        return p.neg(kind, rng.choice(["1500 MB", "20 GB", "3,5 kg", "250 min", "100 Mbit/s", "1000 SMS", "2 x 500 ml",
                                       "4000 mAh", "1200 KB", "55 inch"]))  # fmt: skip
    if kind == "bad_card":
        return p.lit(rng.choice(["nummer ", "code ", "kaart? "])).neg(kind, card(rng, valid=False))
    if kind == "bad_iban":
        return p.lit(rng.choice(["IBAN ", "rekening "])).neg(kind, iban(rng, valid=False))
    if kind == "bad_bsn":
        return p.lit(rng.choice(["nummer ", "BSN "])).neg(kind, bsn(rng, valid=False))
    if kind == "promo_code":
        return p.lit(rng.choice(["kortingscode ", "promo code: ", "actiecode ", "vouchercode "])).neg(
            kind, rng.choice(["ZOMER2025", "WELCOME10", "BF-2024-50", "GRATIS" + digits(rng, 3)]))  # fmt: skip
    if kind == "error_code":
        return p.lit(rng.choice(["foutcode ", "error code ", "error ", "foutmelding "])).neg(
            kind, rng.choice(["0x80070005", "E-" + digits(rng, 4), "404", "500", "ERR_" + digits(rng, 6), digits(rng, 6)]))  # fmt: skip
    if kind == "service_number":
        return p.lit(rng.choice(["bel ", "call ", "via "])).neg(
            kind, rng.choice(["0800-0402", "0900 1234 567", "0800 022 3344", "088-1234567"])
        )
    if kind == "password_talk":
        return p.neg(kind, rng.choice(["wachtwoord vergeten", "my password doesn't work", "mijn wachtwoord werkt niet",
                                        "reset mijn wachtwoord", "password reset", "het wachtwoord is verlopen",
                                        "pincode geblokkeerd", "de sms-code komt niet aan", "login werkt niet",
                                        "ik kan niet inloggen", "wachtwoord: zie vorige mail", "password is incorrect",
                                        "mijn pin werkt niet meer"]))  # fmt: skip
    if kind == "amount_year":
        return p.neg(
            kind,
            rng.choice(
                ["in 2024 en 2025", "sinds 2019", "1234 punten", "2000 euro", "3000 km", "10.000 stappen"]
            ),
        )
    raise ValueError(kind)


NEGATIVE_KINDS = ["date", "time", "price", "handle", "url", "order_number", "tracking", "ticket", "kvk",
                  "creditor_id", "tweet_id", "uuid", "version", "product_code", "quantity", "bad_card", "bad_iban",
                  "bad_bsn", "promo_code", "error_code", "service_number", "password_talk", "amount_year"]  # fmt: skip

# ------------------------------------------------------------------------------------------------
# Filler text and message shapes
# ------------------------------------------------------------------------------------------------

FILLER_NL = [
    "Hoi, ik heb een probleem met mijn bestelling.", "Al drie dagen geen internet, wat is er aan de hand?",
    "Kunnen jullie me helpen?", "Ik word steeds doorverbonden en niemand weet het.",
    "De monteur is niet langs geweest.", "Mijn factuur klopt niet, er staat een bedrag te veel op.",
    "Graag een snelle reactie.", "Dit is al de derde keer dat ik contact opneem!",
    "Ik wil mijn abonnement opzeggen.", "Het pakket is niet aangekomen.", "Dank jullie wel alvast.",
    "De app geeft een foutmelding bij het inloggen.", "Waarom duurt dit zo lang?",
    "Ik heb gisteren gebeld maar werd niet teruggebeld.", "Mijn pas is ingeslikt door de automaat.",
    "Er is dubbel afgeschreven van mijn rekening.", "Het product was beschadigd bij aankomst.",
]  # fmt: skip
FILLER_EN = [
    "Hi, I have a problem with my order.", "No internet for three days now, what is going on?",
    "Can you help me please?", "I keep getting transferred and nobody knows anything.",
    "The engineer never showed up.", "My bill is wrong, I was charged twice.", "Please reply asap.",
    "This is the third time I am contacting you!", "I want to cancel my subscription.",
    "The parcel never arrived.", "Thanks in advance.", "The app shows an error when I log in.",
    "Why is this taking so long?", "The product arrived damaged.",
]  # fmt: skip
SIGNATURE = [
    "\n\nMet vriendelijke groet,\nJan de Vries", "\n\nKind regards,\nSarah Jones", "\n\nGroetjes, Sanne",
    "\n\nVerzonden vanaf mijn iPhone", "\n\nMvg,\nP. Jansen\nSent from Outlook for Android",
]  # fmt: skip
AGENT = [
    "Wat vervelend om te horen! Stuur je ons een DM met je ordernummer?",
    "Thanks for reaching out. Could you send us a DM with your order number?",
    "We hebben je melding doorgezet naar de juiste afdeling.", "Ik heb je dossier bekeken en een monteur ingepland.",
    "Deel nooit je wachtwoord of pincode met ons, ook niet via DM.", "Never share your password with us.",
]  # fmt: skip


def _sentence(rng: random.Random, lang: str) -> str:
    return rng.choice(FILLER_NL if lang == "nl" else FILLER_EN)


def _weighted_kind(rng: random.Random) -> str:
    kinds = list(SENSITIVE_WEIGHTS)
    return rng.choices(kinds, weights=[SENSITIVE_WEIGHTS[k] for k in kinds])[0]


def _body(
    rng: random.Random, builder: Builder, lang: str, sentences: int, items: int, negatives: int
) -> None:
    slots: list[Callable[[], None]] = []
    for _ in range(sentences):
        slots.append(lambda: builder.add(_sentence(rng, lang)))
    for _ in range(items):
        kind = _weighted_kind(rng)
        slots.append(lambda kind=kind: builder.add_piece(sensitive_piece(rng, kind)))  # type: ignore[misc]
    for _ in range(negatives):
        kind = rng.choice(NEGATIVE_KINDS)
        slots.append(lambda kind=kind: builder.add_piece(negative_piece(rng, kind)))  # type: ignore[misc]
    rng.shuffle(slots)
    for index, slot in enumerate(slots):
        if index:
            builder.add(rng.choice([" ", " ", ". ", ", ", "\n"]))
        slot()


def message(rng: random.Random, index: int, clean_share: float = 0.3) -> dict[str, Any]:
    lang = "nl" if rng.random() < 0.65 else "en"
    shape = rng.choices(["tweet", "dm", "email"], weights=[55, 30, 15])[0]
    builder = Builder()
    clean = rng.random() < clean_share  # many real messages contain nothing at all
    if shape == "tweet":
        builder.add(rng.choice(["@acme_care ", "@AcmeHelpt ", ""]))
        _body(rng, builder, lang, rng.randint(1, 2), 0 if clean else rng.randint(0, 1), rng.randint(0, 2))
    elif shape == "dm":
        _body(rng, builder, lang, rng.randint(2, 4), 0 if clean else rng.randint(1, 2), rng.randint(1, 3))
    else:
        builder.add(rng.choice(["Beste klantenservice,\n\n", "Hello,\n\n", "Goedemiddag,\n\n"]))
        for _ in range(rng.randint(3, 6)):
            _body(rng, builder, lang, rng.randint(2, 5), 0 if clean else rng.randint(0, 1), rng.randint(0, 2))
            builder.add("\n\n")
        builder.add(rng.choice(SIGNATURE))
        # Quoted history: the previous exchange, as mail clients quote it.
        for depth in range(rng.randint(1, 3)):
            quote = "> " * (depth + 1)
            builder.add(
                f"\n\nOp {rng.randint(1, 28)} mei 2025 om 10:{rng.randint(10, 59)} schreef Acme Klantenservice:\n"
            )
            builder.add(quote + rng.choice(AGENT) + "\n" + quote)
            _body(rng, builder, lang, rng.randint(3, 8), 0 if clean else rng.randint(0, 1), rng.randint(0, 2))
        builder.add(
            "\n"
            + "-" * 20
            + "\n"
            + " ".join(rng.choice(FILLER_NL + FILLER_EN) for _ in range(rng.randint(8, 20)))
        )
    return {
        "id": index,
        "shape": shape,
        "lang": lang,
        "visibility": "public" if shape == "tweet" else "private",
        "text": builder.text(),
        "spans": builder.spans,
        "negatives": builder.negatives,
    }


def corpus(count: int, seed: int = 7, clean_share: float = 0.3) -> Iterator[dict[str, Any]]:
    """The labelled corpus: deliberately dense, 70 % of messages carry sensitive data."""
    rng = random.Random(seed)
    for index in range(count):
        yield message(rng, index, clean_share)


def traffic(count: int, seed: int = 11) -> Iterator[dict[str, Any]]:
    """A realistic traffic mix for throughput: the same shapes, but only 1 message in 10 carries data."""
    return corpus(count, seed, clean_share=0.9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for record in corpus(args.count, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
