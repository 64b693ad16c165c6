"""Logins and codes kept in a list and pasted in: a notes app's page, a sheet from a drawer, a password
manager's export.

"- pinpas 8847", "bank - 8263", "- banque 5532", "- Netflix dmeijer4291 Tijd-8330dJ", "Microsoft
account: jan@example.com / molen8177", "router sunshine338": one account a line, its name first and no cue
word. Such a list shows by its shape, three or more short lines in a row that each hold a name and one or
two values, and by what it holds: a credential another detector found on one of its lines, or a line
named by a credential word ("PIN 2039", "ww: …"). On its lines, four to six digits after the name of a card,
a bank, a phone or an app are its PIN; a login and a word after a service's name are its username and
password; a word after a router's or a box's name is its admin password; whatever follows an e-mail
address and a slash is that login's password, words and all ("tijger maison correct wolk28").

A password manager's export line ("Title","URL","Username","Password") holds the password last; a line of
three to six quoted fields, one a link or an address, that ends in a chosen word is one.
"""

from __future__ import annotations

import re

from webcare.scrub import secret_shapes as creds
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import _password_shape, _user_shape
from webcare.scrub.textutil import Span, contains_any, free_of

_LINE_MAX = 90  # characters of a list's line
_TOKENS_MAX = 7  # words of a list's line: a name of up to three words, a separator, two values
_BLOCK_MIN = 3  # lines in a row
_MARKER = LazyPattern(r"[ \t>]*+(?:(?:[-*•·]|[0-9]{1,2}[.)])[ \t]++)?")
_TOKEN = re.compile(r"\S++")
# What a line's name says of the few digits after it: the card, bank, phone or app they open.
_PIN_HOSTS = frozenset(
    """
    bank banque bankpas pinpas betaalpas bankkaart betaalkaart kaart card carte debit debitcard credit visa
    mastercard maestro bancontact itsme payconiq gsm phone telefoon téléphone tel mobiel mobile portable
    iphone ipad tablet tablette sim pin code unlock ontgrendel scherm screen alarm alarme kluis safe coffre
    deur door porte garage gate hek slagboom barrier barrière portail cadenas padlock lock locker
    kluisje sleutelkluis keysafe lockbox app appli ing kbc belfius rabo rabobank abn sns asn bunq argenta bnp
    fortis hsbc barclays lloyds natwest monzo revolut chase santander nationwide halifax
    """.split()
)
# Names of what holds its own admin login: the value after them alone is its password.
_BOX_HOSTS = frozenset("router modem box admin beheer livebox bbox fritzbox".split())
# A line's name that says it holds no secret: a number, a reading, an address.
_NOT_SECRET_NAMES = frozenset(
    """
    no nr number nummer numéro numero klant klantnr customer client order bestelling commande ticket
    postcode zip huisnummer meter stand index iban rekening account compte contract contrat polis policy
    jaar year année date datum tel. ref referentie reference référence puk ssid netwerk network réseau
    naam name nom model modelnummer serial serienummer mac address adresse addr host server serveur port ip
    url site
    """.split()
)
_CREDENTIAL_NAMES = tuple(
    "pin pincode puk ww pw pwd wachtwoord password paswoord mdp code login user username wifi".split()
)
_CREDENTIAL_TYPES = frozenset({"password", "pin", "puk", "username", "wifi_key", "iban", "card", "otp"})
_SEPARATORS = frozenset({"-", "–", "—", "|", ":", "=", "/"})
_CSV_LINE = LazyPattern(r"(?m)^[ \t>]*+\"[^\"\n]{1,200}+\"(?:,\"[^\"\n]{0,200}+\"){2,5}[ \t]*+$")
_SLASH = re.compile(r"[ \t]*+[/|][ \t]*+")
_CSV_FIELD = re.compile(r"\"([^\"\n]*+)\"")


# Outside a list too, an e-mail address and a slash are a login and its password when a secret's word
# follows: "Epic Games accout: oliver20@skynet.be / 3NlF4wqALnk2", "connexion avec chloe93@voo.be / fi3ts620
# impossible" (letters and digits both; not a second address, a link, a phone or a date).
_PAIRED_WORD = re.compile(r"[^\s/|]{6,64}")


def _email_pairs(text: str, out: list[Span]) -> None:
    for span in [span for span in out if span.type == "email"]:
        joint = _SLASH.match(text, span.end)
        if joint is None or text[span.end : joint.end()].strip() != "/":
            continue
        word = _PAIRED_WORD.match(text, joint.end())
        if word is None:
            continue
        value = word.group().rstrip(".,;:!?)")
        start, end = word.start(), word.start() + len(value)
        if (
            any(ch.isdigit() for ch in value)
            and any(ch.isalpha() for ch in value)
            and _password_shape(value)
            and free_of(out, start, end)
        ):
            out.append(Span(start, end, "password"))


def detect_noted_lists(text: str, low: str, out: list[Span]) -> None:
    """Append the values of lists of logins and codes, and the passwords of export lines."""
    if text.count("\n") >= _BLOCK_MIN - 1 and (
        any(span.type in _CREDENTIAL_TYPES for span in out) or contains_any(low, _CREDENTIAL_NAMES)
    ):  # (most e-mails have lines, few hold a credential: no line is split)
        for block in _blocks(text):
            if _holds_credentials(text, low, block, out):
                for _, entries in block:
                    _read_line(text, low, entries, out)
    if '","' in text:
        for line in _CSV_LINE.finditer(text):
            _export_line(text, line.start(), line.end(), out)
    if "/" in text and "@" in text:
        _email_pairs(text, out)


_Entry = tuple[int, list[tuple[int, int]]]  # a line's start, its words' spans after the list marker


def _blocks(text: str) -> list[list[_Entry]]:
    blocks: list[list[_Entry]] = []
    run: list[_Entry] = []
    begin = 0
    while begin <= len(text):
        stop = text.find("\n", begin)
        stop = len(text) if stop == -1 else stop
        entry = _entry(text, begin, stop)
        if entry is not None:
            run.append(entry)
        else:
            if len(run) >= _BLOCK_MIN:
                blocks.append(run)
            run = []
        begin = stop + 1
    if len(run) >= _BLOCK_MIN:
        blocks.append(run)
    return blocks


def _entry(text: str, begin: int, stop: int) -> _Entry | None:
    """A line shaped as a list's entry: short, a name of words, then values with a digit or sign."""
    if stop - begin > _LINE_MAX or stop == begin:
        return None
    marker = _MARKER.match(text, begin, stop)
    start = marker.end() if marker is not None else begin
    words = [match.span() for match in _TOKEN.finditer(text, start, stop)]
    if not 2 <= len(words) <= _TOKENS_MAX or not text[words[0][0]].isalpha():
        return None
    if not any(not word.isalpha() for word in (text[a:b] for a, b in words[1:])):
        return None  # all words: prose, or a heading
    return begin, words


def _holds_credentials(text: str, low: str, block: list[_Entry], out: list[Span]) -> bool:
    first, last = block[0][0], block[-1][1][-1][1]
    if any(span.type in _CREDENTIAL_TYPES and first <= span.start < last for span in out):
        return True
    return any(low[a:b].rstrip(":") in _CREDENTIAL_NAMES for _, words in block for a, b in words[:2])


def _read_line(text: str, low: str, words: list[tuple[int, int]], out: list[Span]) -> None:
    name_end = _name_end(text, words)
    if name_end == 0:
        return
    name = [low[a:b].rstrip(":") for a, b in words[:name_end] if text[a:b] not in _SEPARATORS]
    values = [span for span in words[name_end:] if text[span[0] : span[1]] not in _SEPARATORS]
    if not values or _after_email(text, words, out) or any(word in _NOT_SECRET_NAMES for word in name):
        return
    if len(values) == 2 and any(s.type == "username" and (s.start, s.end) == values[0] for s in out):
        values = values[1:]  # "- WhatsApp user304261 *RSTXxuug7=": the login read, its password not
        taken_user = True
    else:
        taken_user = False
    first_value, line_end = values[0][0], words[-1][1]
    if any(span.start < line_end and first_value < span.end for span in out):
        return  # another detector read the line
    if taken_user:
        start, end = values[0]
        if creds._secret_like(text[start:end]) and not creds._not_secret_shape(text[start:end]):
            out.append(Span(start, end, "password"))
        return
    if len(values) == 1:
        start, end = values[0]
        value = text[start:end].rstrip(".,;")
        end = start + len(value)
        keys = len(value) - len(value.lstrip("*#"))  # "- hek: *33148", "- gate: #4680#": a keypad's keys
        if value != value.strip("*#") and value.strip("*#").isdigit():
            start, value = start + keys, value.strip("*#")
            end = start + len(value)
        if value.isdigit() and 4 <= len(value) <= 6 and any(word in _PIN_HOSTS for word in name):
            out.append(Span(start, end, "pin"))
        elif any(word in _BOX_HOSTS for word in name) and creds._secret_like(value):
            out.append(Span(start, end, "password"))
    elif len(values) == 2:
        (user_start, user_end), (start, end) = values
        user, secret = text[user_start:user_end], text[start:end]
        if _user_shape(user) and creds._secret_like(secret) and not creds._not_secret_shape(secret):
            out.append(Span(user_start, user_end, "username"))
            out.append(Span(start, end, "password"))


def _name_end(text: str, words: list[tuple[int, int]]) -> int:
    """How many of a line's words name the account: up to a ':' or a dash, else its plain words (at most
    three, and never all of them)."""
    for index, (start, end) in enumerate(words[:4]):
        word = text[start:end]
        if word in _SEPARATORS:
            return index + 1 if index else 0
        if word.endswith(":"):
            return index + 1
    count = 0
    for start, end in words[:3]:
        word = text[start:end]
        if not word.replace(".", "").replace("'", "").isalpha():
            break
        if "." in word and not creds._bare_site(word):
            break  # (a site names the account, "bol.com"; "jan.vries" is its login)
        count += 1
    return count if count < len(words) else 0


def _after_email(text: str, words: list[tuple[int, int]], out: list[Span]) -> bool:
    """'Netflix: jan@example.com / tijger maison correct wolk28': what follows the address and its slash,
    to the line's end, is the login's password."""
    for span in out:
        if span.type != "email" or not words[0][0] <= span.start < words[-1][1]:
            continue
        joint = _SLASH.match(text, span.end)
        if joint is None:
            return False
        start, end = joint.end(), words[-1][1]
        phrase = text[start:end].rstrip(".,;")
        if phrase and free_of(out, start, start + len(phrase)):
            if len(phrase.split()) > 1 or creds._secret_like(phrase):
                out.append(Span(start, start + len(phrase), "password"))
                return True
    return False


def _export_line(text: str, begin: int, stop: int, out: list[Span]) -> None:
    fields = [match.span(1) for match in _CSV_FIELD.finditer(text, begin, stop)]
    if len(fields) < 3:
        return
    linked = any(
        "://" in text[a:b] or "@" in text[a:b] or text[a:b].startswith("www.") for a, b in fields[:-1]
    )
    start, end = fields[-1]
    secret = text[start:end]
    if not linked or " " in secret.strip() or not creds._secret_like(secret):
        return
    if free_of(out, start, end):
        out.append(Span(start, end, "password"))
