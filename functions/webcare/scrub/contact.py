"""E-mail addresses (also written 'jan (at) example (dot) nl'), IP addresses, dates of birth, and the
street addresses, postcodes and one-number birth dates around the short number runs that `numbers` hands
over."""

from __future__ import annotations

import functools
import re

from webcare.scrub.addresses import BOX_AFTER, US_STATES, french_street_small_at
from webcare.scrub.cues import one_letter_off, plain_letters
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    DEVICE_NAMES,
    DEVICE_NOUNS,
    SPOKEN_JOINS,
    STREET_SUFFIXES,
    VERSION_NEAR,
    Hints,
    Span,
    before,
    contains_any,
    free_of,
    is_reference_at,
    table_cells,
    word_start,
)

# ---------------------------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------------------------

# (and the accented letters of European names: an internationalised address, "inès.hendriks@live.nl")
_EMAIL_LOCAL_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'"
    + "".join(chr(code) for code in range(0xC0, 0x250) if chr(code).isalpha())
)
_EMAIL_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9]|-[A-Za-z0-9\-]*+\.)"
)
# Searched: a match starts only where a run of spaces starts (it would take the whole run anyway), else
# every space of a long run would scan the rest of it.
_OBFUSCATED_AT = LazyPattern(
    r"(?<![ \t])(?:[ \t]*+[\[({<][ \t]*+(?:at|@|apenstaartje|arobase)[ \t]*+[\])}>][ \t]*+"
    r"|[ \t]++(?:at[ ]sign|at[ ]symbol|at-sign|at|AT|apenstaartje|apestaartje|apestaart|arobase|at-teken|@)"
    r"[ \t]++)"
)
_OBFUSCATED_DOT = (
    r"(?:[ \t]*+[\[({<][ \t]*+(?:dot|punt|point|\.)[ \t]*+[\])}>][ \t]*+"
    r"|[ \t]++(?:dot|punt|point|DOT)[ \t]++|\.)"
)
# The endings of the domains people spell out or space out: a known one ends the address.
_COMMON_TLDS = r"(?:com|nl|be|de|org|net|eu|uk|co\.uk|fr|io|info|nu|me|biz|email|online)(?![A-Za-z0-9])"
_OBFUSCATED_DOMAIN = LazyPattern(
    # (a mail provider's name said in two words: "g mail", "hot mail")
    rf"(?:g[ ]mail|hot[ ]mail|[A-Za-z0-9\-]{{1,63}})(?:{_OBFUSCATED_DOT}[A-Za-z0-9\-]{{1,63}}){{0,4}}"
    rf"{_OBFUSCATED_DOT}" + _COMMON_TLDS
)
# A domain with a space on either side of its dots ("skynet . be", "yahoo.co . uk"), dictated or typed so an
# address is not a link.
_SPACED_DOMAIN = LazyPattern(
    r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}+(?:[ ]?\.[ ]?[A-Za-z0-9][A-Za-z0-9\-]{0,62}+){0,4}?[ ]?\.[ ]?"
    + _COMMON_TLDS
)
_DOT_WORD = LazyPattern(r"(?i)\b(?:dot|punt|point)\b")
# "arnaud7142 at gmail.com", "pieter.vermeulen11 at gmail.com": the '@' said as a word before a domain with
# its own dots, when the local part looks like an address (a digit, a dot, an underscore): "look at
# example.com" and "meet me at home.nl" are no addresses.
_WORD_AT_EMAIL = LazyPattern(
    r"(?<![\w.@'’%+\-])([A-Za-z0-9_%+\-]++(?:\.[A-Za-z0-9_%+\-]++)*+)[ \t]++(?:at|AT)[ \t]++"
    r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){0,4}\." + _COMMON_TLDS
)
_OBFUSCATION_HINT = LazyPattern(
    r"[\[({<][ \t]*+(?:at|@|apenstaartje|arobase)[ \t]*+[\])}>]"
    r"| (?:at|apenstaartje|apestaartje|apestaart|arobase|at-teken|at sign|at symbol|at-sign|@) .{1,64}? "
    r"(?:dot|punt|point) ",
    re.I,
)
# "n point dupont at …", "sophie tiret dubois arobase …": a dot, dash or underscore spelled out inside the
# local part too.
_SPELLED_LOCAL_DOT = LazyPattern(
    r"[A-Za-z0-9_%+\-](?:[ \t]++" + SPOKEN_JOINS + r"[ \t]++)$"
)
# "jelle41 @protonmail.com", "lotte.vleeuwen@ outlook.com": a space on one side of the '@' when the local
# part looks like an address (a digit, a dot, an underscore) or an e-mail word comes shortly before.
# An address in a header's angle brackets ("Van: Lies Peeters <lpeeters @ icloud.com>") also.
_EMAIL_WORD_BEFORE = LazyPattern(
    r"(?:mail|adres|address|adresse|courriel|via|naar|to|op|c'est|is|:|<)[ \t]*+$"
)


# "(at)", "[at]", "{at}", "<at>", "(@)", "[@]", "( at )", "[ at ]", each behind its bracket: most messages
# hold no bracket, and looking for one character is many times faster than for a word.
_BRACKETED_AT_HINTS = (
    ("(", ("(at)", "(@)", "( at )")),
    ("[", ("[at]", "[@]", "[ at ]")),
    ("{", ("{at}",)),
    ("<", ("<at>",)),
)
_OBFUSCATION_HINTS = (" dot ", "apenstaartje", "apestaart", "arobase")
# "punt" and "point" are ordinary words: they hint at an address only with an at-word in the text.
_SPELLED_DOT_HINTS = (" point ", " punt ")
_SPELLED_AT_HINTS = (" at ", "apenstaartje", "apestaart", "arobase", "at-teken", "at-sign", " @ ")


# A department's mailbox is no person's address ("Customer Service <support@kpn.be> wrote:"); a shop's or
# a firm's general address ("info@", "contact@") may be its owner's own and stays a finding.
_DEPARTMENTS = frozenset(
    """
    support service services help helpdesk servicedesk klantendienst klantenservice customerservice
    customerservices clientservices
    customercare customersupport care webcare noreply donotreply serviceclient serviceclients clientservice
    serviceclientele klantcontact facturatie billing fraud fraude security privacy abuse postmaster
    mailerdaemon notification notifications alerts
    """.split()
)
# A service's and a support desk's mailbox typed in haste ("servvice@", "suport@", "spuport@"): one letter
# dropped, doubled, swapped or hit beside (`cues.one_letter_off`), built on first use.
_SLIPPED_DEPARTMENTS = ("service", "support", "helpdesk", "klantenservice", "customerservice", "noreply")


@functools.cache
def _department_slips() -> frozenset[str]:
    return frozenset(slip for word in _SLIPPED_DEPARTMENTS for slip in one_letter_off(word)) - _DEPARTMENTS


def department_mailbox(local: str) -> bool:
    compact = local.replace("-", "").replace(".", "").replace("_", "")
    return compact in _DEPARTMENTS or compact in _department_slips()


# A department's name on a domain that dresses up as a bank's is the sender's own address, as a scam's is
# ("Van: Rabobank Beveiliging <no-reply@rabobank-secure.info>", "service@abnamro.live"): a security word
# hyphened onto the brand, or a top-level domain no bank or shop here writes from.
_LOOKALIKE_DOMAIN = LazyPattern(
    r"[a-z0-9]-(?:secure|security|verify|verification|verificatie|veilig|beveiliging|login|alert|alerts|"
    r"support|help|service|update|check|securite|sécurité|online)(?![a-z0-9])"
    r"|\.(?:info|live|top|site|help|support|online|xyz|click|icu|buzz|link|vip|cfd|sbs|app)$"
)


# A company's general mailbox in the header of its own quoted reply: "Op 3 mei schreef FlitsFood
# Klantenservice <contact@flitsfood.nl>:", "On 2/19, Verisafe Support <info@verisafe.com> wrote:". The name
# before it is a service's or the domain's own; a person's name keeps the address ("Connor Williams
# <info@garage.com> wrote:"), as does a forwarded message's sender ("Van: … <info@…>", a scam's often).
_GENERAL_MAILBOXES = frozenset({"info", "contact", "hello", "hallo", "team", "office", "mail", "bonjour"})
_REPLY_VERB_AFTER = LazyPattern(r">[ \t]*+(?::|wrote\b|a[ \t]++écrit\b|heeft[ \t]++geschreven\b)")
# (the verb typed in haste too: "schrefe", "wrtoe")
_REPLY_VERB_BEFORE = LazyPattern(
    r"(?:(?<![a-z])(?:sch?r[a-z]{2,5}|wr[a-z]{2,4})|,)[ \t]++(?P<name>[^\n<>,@]{2,60}?)[ \t]*+<$"
)


_NAME_WORD = re.compile(r"[^\W\d_]+")


def _company_reply_mailbox(low: str, start: int, at: int, end: int) -> bool:
    if low[start - 1 : start] != "<":
        return False
    if low[start:at] not in _GENERAL_MAILBOXES or _REPLY_VERB_AFTER.match(low, end) is None:
        return False
    header = _REPLY_VERB_BEFORE.search(low, max(0, start - 80), start)
    if header is None:
        return False
    words = _NAME_WORD.findall(header.group("name"))
    if any(word in _DEPARTMENTS or word in ("customer", "team") for word in words):
        return True
    words = [plain_letters(word) for word in words]
    name = "".join(words)
    label = low[at + 1 : end].split(".", 1)[0].replace("-", "")
    # (the name the domain's own, or holding it: "Duinpark Zeewind <info@zeewind.nl>"; or the domain made of
    # its words' heads: "Bloemenhuis Flora <info@bloemenflora.be>", "Patiëntportaal Zuid <…@patientzuid.be>")
    return min(len(name), len(label)) >= 4 and (
        name.startswith(label)
        or label.startswith(name)
        or (len(label) >= 5 and label in name)
        or _heads_spell(words, label)
    )


_HEAD_MIN = 3


def _heads_spell(words: list[str], label: str) -> bool:
    """Whether the label is the heads of the words in their order, each one's at least three letters long
    (its whole word or a word's start), every word used. (The places a head may end, word by word: linear in
    the words, however alike they are.)"""
    ends = {0}
    for word in words:
        ends = {
            at + size
            for at in ends
            for size in range(_HEAD_MIN, len(word) + 1)
            if label.startswith(word[:size], at)
        }
        if not ends:
            return False
    return len(label) in ends


def detect_emails(text: str, low: str, out: list[Span]) -> None:
    if "@" in text:
        pos = text.find("@")
        while pos != -1:
            start = pos
            while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS and pos - start < 64:
                start -= 1
            while start < pos and text[start] in ".-'":
                start += 1
            domain = _EMAIL_DOMAIN.match(text, pos + 1)
            end = -1 if domain is None else domain.end()
            spaced_at = text[pos - 1 : pos] == " " if start == pos else False
            if spaced_at or (domain is None and text[pos + 1 : pos + 2] == " "):
                start, end = _spaced_email(text, low, pos, start, end)
            elif domain is None:
                end = _spaced_domain_end(text, pos)  # "hilde@skynet . be"
            if (
                start < pos
                and end != -1
                and not (start > 0 and text[start - 1] in "/*•")
                and (
                    not department_mailbox(low[start:pos])
                    or _LOOKALIKE_DOMAIN.search(low, pos + 1, end) is not None
                )
                and not _company_reply_mailbox(low, start, pos, end)
            ):
                out.append(Span(start, end, "email"))
                pos = text.find("@", end)
            else:
                pos = text.find("@", pos + 1)
    hinted = (
        _bracketed_at(low)
        or contains_any(low, _OBFUSCATION_HINTS)
        or (contains_any(low, _SPELLED_DOT_HINTS) and contains_any(low, _SPELLED_AT_HINTS))
    )
    if hinted and _OBFUSCATION_HINT.search(text):
        for at in _OBFUSCATED_AT.finditer(text):
            start = at.start()
            while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS and at.start() - start < 64:
                start -= 1
            if start == at.start():
                continue
            domain = _OBFUSCATED_DOMAIN.match(text, at.end())
            if domain is None:
                continue
            for _ in range(3):
                spelled = _SPELLED_LOCAL_DOT.search(text, max(0, start - 24), start)
                if spelled is None:
                    break
                stop = spelled.start() + 1
                start = stop
                while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS and stop - start < 64:
                    start -= 1
            bracketed = not at.group().strip().isalpha()
            if not bracketed and not _DOT_WORD.search(domain.group()):
                continue  # "look at example.com" is not an address
            out.append(Span(start, domain.end(), "email"))
    if " at " in low:
        for match in _WORD_AT_EMAIL.finditer(text):
            local = match.group(1)
            if (
                _address_like(local)
                and sum(ch.isalpha() for ch in local) >= 2  # (not a version: "v1.2 at github.com")
                # (nor a feature turned on at a site: "Turn on 2FA at mijn.vgz.nl"; "JAN.SMIT at …" shouts)
                and not (local.isupper() and "." not in local and "_" not in local)
                and free_of(out, *match.span())
            ):
                out.append(Span(match.start(), match.end(), "email"))


def _address_like(local: str) -> bool:
    """A local part written as addresses are and words are not: with a digit, a dot or an underscore."""
    return any(ch.isdigit() or ch in "._" for ch in local)


def _bracketed_at(low: str) -> bool:
    for bracket, hints in _BRACKETED_AT_HINTS:
        if bracket in low and contains_any(low, hints):
            return True
    return False


def _spaced_domain_end(text: str, pos: int) -> int:
    domain = _SPACED_DOMAIN.match(text, pos + 1)
    return -1 if domain is None else domain.end()


def _spaced_email(text: str, low: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The local part and domain around an '@' with spaces beside it or beside the dots ("jan41 @ mail.com",
    "jan . devries @ hotmail . com"); (pos, -1) when there is none."""
    spaced = False
    if start == pos and pos > 1 and text[pos - 1] == " ":
        start = pos - 1
        while True:
            while start > 0 and text[start - 1] in _EMAIL_LOCAL_CHARS and pos - start < 65:
                start -= 1
            joint = 2 if text[start - 2 : start] in (" .", ". ") else 0
            if joint and text[start - 3 : start - 2] == " ":
                joint = 3
            if not joint or start - joint < 1 or text[start - joint - 1] not in _EMAIL_LOCAL_CHARS:
                break
            start, spaced = start - joint, True  # "jan . devries @": a dot with spaces in the local part
        while start < pos - 1 and text[start] in ".-'":
            start += 1
        if start == pos - 1:
            return pos, -1
    if end == -1:
        after = pos + 2 if text[pos + 1 : pos + 2] == " " else pos + 1
        plain, domain = _EMAIL_DOMAIN.match(text, after), _SPACED_DOMAIN.match(text, after)
        if domain is None or (plain is not None and plain.end() >= domain.end()):
            domain = plain  # (the longer reading: "yahoo.co . uk" over "yahoo.co")
        if domain is None:
            return pos, -1
        end, spaced = domain.end(), spaced or " " in domain.group()
    local = text[start:pos].rstrip()
    if spaced or _address_like(local) or _EMAIL_WORD_BEFORE.search(
        low, max(0, start - 24), start
    ):
        return start, end
    return pos, -1


# ---------------------------------------------------------------------------------------------
# IP addresses
# ---------------------------------------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
# Starts with a literal '.' (the digit before it is a look-behind) so the engine can skip ahead fast.
_IPV4_HINT = re.compile(r"\.(?<=[0-9]\.)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]")
_IPV4 = LazyPattern(rf"{_OCTET}(?:\.{_OCTET}){{3}}(?![\w]|\.[0-9])")
# Starts with a literal ':' so the engine can skip ahead fast; every IPv6 address has '::' or this (one
# search for both).
_IPV6_HINT = re.compile(r":(?::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:)")
_IPV6 = LazyPattern(r"[0-9A-Fa-f:][0-9A-Fa-f]{0,3}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
# Eight full groups and a port after one more colon, unbracketed: "2a02:…:1296:22" (the port is none of it).
_IPV6_PORT = LazyPattern(r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}(?=:[0-9]{1,5}(?![\w:.]))")
# The address named right before it: "public ip 94.221.65.26", "mijn ip-adres is …", "adresse IP : …".
_IP_NAMED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:ip|ipv4|ip-?ad(?:d)?res(?:se)?|ip[ ]ad(?:d)?ress|adresse[ ]ip|wan|lan|server|serveur|"
    r"gateway|host|proxy|nas)"
    r"[\s:=]*+(?:is|est|was)?[\s:]*+$"
)
# A host's port right after its address: "192.168.8.173 port 8080", "poort 22", ":8443".
_PORT_AFTER = LazyPattern(r"(?::[0-9]{2,5}(?![0-9.])|[ \t,]++(?:port|poort)[ \t:]*+[0-9]{2,5}(?![0-9.]))")
_VERSION_BEFORE = LazyPattern(  # (a word of its own: "onze server 145.232.…" ends in "ver", no version)
    r"(?<![a-z])(?:versie|version|ver|v|build|firmware|release|update|app|ios|android|os)[\s.:]*+$"
)


# The private ranges a home router serves its own pages from (RFC 1918).
_HOME_NETWORK = ("192.168.", "10.", *(f"172.{second}." for second in range(16, 32)))
# The public DNS resolvers people type into a router (Google, Cloudflare, Quad9, OpenDNS): no one's address.
_PUBLIC_RESOLVERS = frozenset(
    "8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 9.9.9.9 149.112.112.112 208.67.222.222 208.67.220.220".split()
)


_TRUNK_GROUP_BEFORE = LazyPattern(r"(?<![0-9.])0[1-9][0-9]{0,2}[ \-]$")


def detect_ip_addresses(text: str, low: str, out: list[Span]) -> None:
    hint = _IPV4_HINT.search(text)
    if hint is not None:
        # An address starts at most three digits before its first dot, where the first hint is found.
        for match in _IPV4.finditer(text, max(0, hint.start() - 3)):
            start = match.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
                continue
            if _VERSION_BEFORE.search(before(low, start, 16)):
                continue
            if _TRUNK_GROUP_BEFORE.search(text, max(0, start - 6), start):
                continue  # "Telefoon: 06-25.73.26.22": a phone's dotted pairs after its area code
            if low.endswith("://", 0, start) and match.group().startswith(_HOME_NETWORK):
                continue  # "log in at http://192.168.1.1": a router's page on the home network, no person's
            if match.group() in _PUBLIC_RESOLVERS:
                continue  # "DNS: 8.8.8.8"
            if (
                VERSION_NEAR.search(before(low, start, 40))
                and not _IP_NAMED_BEFORE.search(before(low, start, 24))
                and not _PORT_AFTER.match(low, match.end())
            ):
                continue  # "after the firmware update 10.2.1.4", not "after firmware 13 public ip 94.2.6.2"
                # nor "since the update to v8.19.9. Server 139.247.236.199 poort 8443": a host, named or with
                # its port (a version has none)
            out.append(Span(start, match.end(), "ip_address"))
    if _IPV6_HINT.search(text):
        # (one test for an address alone and for one before its port: "2a02:…:1296:22")
        for match in (*_IPV6.finditer(text), *_IPV6_PORT.finditer(text)):
            start = match.start()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ":_"):
                continue
            value = match.group()
            if value.count(":") < 3 or not _ipv6_valid(value):
                continue
            out.append(Span(start, match.end(), "ip_address"))


def _ipv6_valid(value: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Postcodes and street addresses (Dutch street + number; UK/US number + street)
# ---------------------------------------------------------------------------------------------

_POSTCODE_AFTER = re.compile(r"([ \u00a0]?)([A-Za-z]{2})(?![A-Za-z0-9])")
_NOT_POSTCODE_LETTERS = frozenset(
    "SA SD SS MB GB KB TB PB KM CM MM KG MG ML CL DL HZ PM AM EU NL EN OF IN OP ON AT TO IS OR AN HA PC "
    "PK KW ST KR XL JR EX BC AD".split()
)
_HOUSE_NUMBER_AFTER = LazyPattern(
    r"[ \u00a0,]{1,2}(?:nr\.?[ \u00a0]?)?"
    r"([0-9]{1,5}(?:[ \u00a0-]?[A-Za-z](?![A-Za-z])|-[0-9]{1,4})?)(?![0-9])"
)
_CITY_AFTER = LazyPattern(
    r"[ \u00a0,]{1,2}((?:'s-|Den |De |Le )?[A-Z][a-zà-ÿ]{2,24}(?:[- ][A-Z][a-zà-ÿ]{2,24})?)"
)


# A postcode under its label, as forms and letters write it ("Code postal: 1400", "Post code: 78755", "Zip
# code: 30377-1234", "Postcode: G12 3GD", "PLZ: 10115", "Kod pocztowy: 00-590", "Code postal : L-1611").
_POSTCODE_LABEL = LazyPattern(
    r"(?<![a-z])(?:post(?:al)?[ \t\-]?code|zip(?:[ \t\-]?code)?|codes?[ \t]postale?|postleitzahl|plz|"
    r"kod[ \t]pocztowy|c[óo]digo[ \t]postal)"
    # and the town in the same field: "Postcode en plaats: 3581 KB Utrecht", "Postcode/woonplaats:"
    r"(?:[ \t]*+(?:en|&|\+|/|and|et)[ \t]*+(?:woonplaats|plaats|town|city|ville|localité))?"
    r"[ \t]*+[:=|]?[ \t]*+"
    r"((?:l-|d-|b-|nl-)?(?:[0-9]{4}[ \t]?[a-z]{2}|[0-9]{5}(?:-[0-9]{4})?|[0-9]{4}(?:-[0-9]{3})?|"
    r"[0-9]{2}-[0-9]{3}|[a-z]{1,2}[0-9][0-9a-z]?[ \t]?[0-9][a-z]{2}))(?![0-9a-z])"
)


def detect_labelled_postcodes(text: str, low: str, out: list[Span]) -> None:
    """A postcode after its label is the customer's address (a form's field, a letter's line)."""
    if "post" not in low and "zip" not in low and "plz" not in low and "pocztowy" not in low:
        return
    for match in _POSTCODE_LABEL.finditer(low):
        start, end = match.span(1)
        if text[end - 1].isalpha() and text[start].isdigit() and not text[end - 2 : end].isupper():
            end -= 2 if text[end - 3].isdigit() else 3  # "code postal 1000 et …": a word, no Dutch letters
        if free_of(out, start, end):
            out.append(Span(start, end, "address"))


_REFERENCE_REACH = 32


# A model's letters in capitals right before a postcode's shape (not a country's: "NL-1234 AB").
_MODEL_LETTERS_BEFORE = LazyPattern(r"(?<![\w-])(?!(?:NL|BE|B|F|D|L)[ -]$)[A-Z]{1,4}[ -]$")


def postcode_at(text: str, start: int, end: int, out: list[Span]) -> None:
    if text[start] == "0" or _after_device(text, start):
        return  # "Fritz!Box 7530 AX", "Archer C6 1200 AC": a model, not a postcode
    letters = _POSTCODE_AFTER.match(text, end)
    if letters is None:
        return
    pair = letters.group(2)
    glued = letters.group(1) == ""
    if not (pair.isupper() or (glued and pair.islower())):
        return
    stop = letters.end()
    if text[stop : stop + 1] == "-" and text[stop + 1 : stop + 2].isalnum():
        return  # "Growatt MIN 3600TL-XE": a model's name runs on after the letters
    house = _HOUSE_NUMBER_AFTER.match(text, stop)
    if house is not None and text[house.end() : house.end() + 1].isalpha():
        house = None
    if house is not None and pair.upper() in _NOT_POSTCODE_LETTERS and "," in text[stop : house.start(1)]:
        house = None
    if pair.upper() in _NOT_POSTCODE_LETTERS and house is None:
        return  # "1500 MB", "2000 KM": a quantity unless a house number follows
    if house is not None:
        stop = house.end()
    city = _CITY_AFTER.match(text, stop)
    if city is not None:
        stop = city.end()
    elif house is None and _MODEL_LETTERS_BEFORE.search(text, max(0, start - 8), start) is not None:
        return  # "de oven (KM 7692 FS)": a model's letters, then its number; no place after it
    elif house is None and glued:
        head = text[max(0, start - _REFERENCE_REACH) : start].lower()
        if is_reference_at(head, len(head)):
            return  # "boekingscode 3848PX", "dossier 5528WV": a booking's code in a postcode's shape, alone
    out.append(Span(start, stop, "address"))


def _after_device(text: str, start: int) -> bool:
    words = text[max(0, start - 24) : start].split()
    if not words or text[start - 1 : start] != " ":
        return False
    previous = words[-1].lower().strip("(")
    return previous in DEVICE_NOUNS or previous.startswith(DEVICE_NAMES)


# The words a street's name starts with, written small too ("lange leemstraat 47", "koning albertlaan 227",
# "nieuwe binnenweg 47bis"): kept with the street, unlike the sentence's words before it.
_STREET_LEAD_WORDS = frozenset((
    "lange korte oude nieuwe hoge lage grote kleine koning koningin prins prinses sint burgemeester dokter "
    "pastoor generaal graaf hertog keizer"
).split())
_STREET_LEADS = "|".join(sorted(_STREET_LEAD_WORDS, key=len, reverse=True))
_NL_STREET = LazyPattern(
    r"(?<![\w])((?:(?:[A-Z][a-zà-ÿ]+|van|de|der|den|het|'t|St\.|Sint|" + _STREET_LEADS + r")[ \u00a0]){0,3}"
    r"(?:[A-Z][a-zà-ÿ\-']{0,30}(?:straat|laan|weg|plein|gracht|kade|dijk|singel|steeg|dreef|plantsoen|markt|"
    r"baan|boulevard|kanaal|haven|hof|park|pad|wal|ring|dam|erf|veld|hoven|zijde|burgwal|kaai|lei|vest|plaats|bocht)"
    r"|[a-zà-ÿ][a-zà-ÿ\-']{0,30}(?:straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|plantsoen|burgwal)"
    # written small with an ending that ends ordinary words too ("onderweg 10 minuten"): only with a
    # postcode and a place after its number ("molenweg 79 1296 ct nijmegen", "dorpsplaats 4 8500 kortrijk")
    r"|[a-zà-ÿ][a-zà-ÿ\-']{0,30}(?:weg|hof|park|pad|wal|ring|dam|erf|veld|hoven|zijde|kaai|lei|vest|plaats|"
    r"bocht|baan|markt|haven)(?=[ \u00a0]{1,2}[0-9]{1,5}(?:-[0-9]{1,4}|[ \u00a0](?:bis|ter|hs)|[a-z]{0,3}),?"
    r"[ \u00a0]{1,2}[1-9][0-9]{3}"
    r"(?:[ ]?[a-z]{2})?,?[ \u00a0]{1,2}[a-zà-ÿ]{3})"
    r"|Singel|Dam|Rokin|Damrak|Coolsingel|Markt|Kade|Ring|Plein|Wal|Dijk)"
    r"\.?[ \u00a0]{1,2}[0-9]{1,5}"
    # (a Belgian box glued to the number: "Kerkstraat 14B2")
    r"(?:[ \u00a0-]?(?:[Bb][0-9]{1,2}|[A-Za-z])(?![A-Za-z])|-[0-9]{1,4}|[ \u00a0]?(?:hs|bis|I{1,3})\b)?)"
    r"(?![0-9]|(?:st|nd|rd|th)(?![a-z]))"  # (an ordinal is no house number: "Ring Keypad 2nd Gen")
)
# A Dutch noun made of a verb ends in a vowel and "ring" ("storing", "levering", "herinnering"); a ring road
# ends in its own word ("Zuidring", "Binnenring"). (Not a watercourse: "Oude Wetering".)
_ACT_NOUN = LazyPattern(r"(?!.*wetering$)[a-zà-ü]*[aeiouy]ring")
# Words that end as a street's name does but name a place of another kind: a berth, a pitch, a parking place.
_PLACE_NOUN = LazyPattern(
    r"(?i:lig|staan|stand|parkeer|kampeer|camper|zit|werk|woon|geboorte|berg|opslag|speel)plaats(?![a-z])"
)
# Flemish street endings besides the shared Dutch ones: "Vaartkaai 116", "Frankrijklei 5", "Groenplaats 19".
_SUFFIXES = (*STREET_SUFFIXES, "kaai", "lei", "vest", "plaats", "bocht")
# A place written small after a postcode, and a Belgian postcode with its place after a street written small
# (the place not a word of the sentence: "kerkstraat 12 2019 en verder").
_SENTENCE_WORDS = (
    r"(?!(?:en|et|and|maar|mais|but|want|dus|ook|van|voor|pour|avec|met|niet|pas|not|sinds|since|depuis)"
    r"(?![a-zà-ÿ]))"
)
_CITY_AFTER_SMALL = LazyPattern(r"[ \u00a0,]{1,2}" + _SENTENCE_WORDS + r"[a-zà-ÿ][a-zà-ÿ\-']{2,24}(?![\w])")
_BE_POSTAL_SMALL = LazyPattern(
    r",?[ \u00a0]{1,2}[1-9][0-9]{3}[ \u00a0]++" + _SENTENCE_WORDS + r"[a-zà-ÿ][a-zà-ÿ\-']{2,24}(?![\w])"
)
_POSTCODE_AFTER_STREET = LazyPattern(r",?[ ]{1,2}[1-9][0-9]{3}[ ]?([A-Z]{2}|[a-z]{2})(?![A-Za-z0-9])")
# Two-letter words a year or an amount is followed by; the few postcodes with these letters need a city.
_NOT_POSTCODE_AFTER_STREET = _NOT_POSTCODE_LETTERS | frozenset(
    "DE TE NA OM IK JE WE ZE ME HE AL NU ZO EU ET LA LE UN DU VS US UK OK".split()
)
# Anchored on the house number (digits are rare, so the engine skips ahead cheaply); each lookbehind
# has a fixed width, as Python requires.
# "Kerkstraat 12": the number run is checked for one of these endings just before it.
_STREET_GAP = frozenset(" \u00a0")
# The endings by the character before the gap (a suffix's last letter, the '.' of "str. ", the first of two
# spaces): one dictionary look-up picks the few endings worth testing ("is 12" tests the four of "-plaats").
_STREET_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _ending in (f"{suffix}{sep}" for suffix in _SUFFIXES for sep in (" ", "\u00a0", ". ", "  ")):
    _STREET_ENDINGS_BY_LAST[_ending[-2]] = (*_STREET_ENDINGS_BY_LAST.get(_ending[-2], ()), _ending)
_EN_STREET = LazyPattern(
    r"[0-9][0-9]{0,4}[A-Za-z]?[ \u00a0]++(?:[NESW]\.?[ \u00a0])?(?:(?:[A-Z][a-z]++[ \u00a0]){1,3}"
    # (a dot after an abbreviation only: "22 King St.", not the sentence's after "179 Elm Road.")
    r"(?:(?:Street|Road|Avenue|Lane|Drive|Boulevard|Court|Way|Place|Close|Crescent|Terrace|Gardens|Square|"
    r"Parkway|Highway|Grove|Mews|View|Rise|Walk|Row|Parade|Hill|Circle|Trail|Promenade|Quay|Wharf|Embankment|"
    r"Wynd)\b"  # (a Scottish lane: "72 Castle Wynd")
    r"|(?:St|Rd|Ave|Ln|Dr|Blvd|Ct|Pl|Sq|Pkwy|Hwy)\b\.?)"
    # (the street that is one name: "at 9264 Broadway"; not its stage: "42 Broadway shows")
    r"|Broadway\b(?![ \u00a0]++(?:shows?|musicals?|productions?|theat(?:re|er)s?|plays?|tickets?)\b))"
)
_FLAT_BEFORE = LazyPattern(r"(?:Flat|Apt|Unit|Apartment)[ ][0-9]{1,4}[A-Z]?,?[ ]$")
_UK_POSTCODE = LazyPattern(r"[A-Z][A-Z]?[0-9][A-Z0-9]?[ \u00a0][0-9][A-Z]{2}(?![A-Za-z0-9])")


_US_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|circle|cir|"
    "parkway|pkwy|highway|hwy|terrace|ter|trail|trl|close|crescent|square|sq|gardens|grove|hill|mews|row|"
    "walk|green|park"
)
# Searched in lower case up to the state, which must follow it at once (the search's end).
_US_LINE_REACH = 100
_STREET_LINE_SMALL = (
    r"[0-9](?<![\w/.,:-][0-9])[0-9]{0,4}(?:-[0-9]{1,4})?[a-z]?[ ](?:[nesw]\.?[ ])?"
    r"(?:(?:[a-z]++|[0-9]{1,3}(?:st|nd|rd|th))[ ]){0,3}"
    rf"(?:{_US_STREET_TYPES})\.?(?:,?[ ](?:apt|unit|suite|ste|#)\.?[ ]?#?[0-9]{{1,5}}[a-z]?)?"
)
_US_STREET_LINE = LazyPattern(_STREET_LINE_SMALL + r",?(?:[ ]|\r?\n)(?:[a-z]++[ ]){0,2}[a-z]++,?[ ]$")
# A British postcode needs no town before it: "164 church lane n4 3rp" (the postcode names the place).
_UK_STREET_LINE = LazyPattern(
    _STREET_LINE_SMALL + r"(?:,?(?:[ ]|\r?\n)(?:[a-z]++[ ]){0,2}[a-z]++)?,?[ ]$"
)
# A US street line with its city and state and no ZIP, typed small: "770 elm street, denver ga", "371 pine
# ridge rd #828, austin tx" (a state that is a word of its own, "in", "or", "me", needs the ZIP).
_US_LINE_NO_ZIP = LazyPattern(
    _STREET_LINE_SMALL + r"(?:[ ]#[0-9]{1,5}[a-z]?)?,[ ](?:[a-z]++[ ]){0,2}[a-z]{3,}+,?[ ]([a-z]{2})(?![\w@])"
)
_STATE_WORDS = frozenset("in or me oh hi ok de la al id ma mo ne pa co".split())
# A British postcode typed small ("ls6 2ab"), taken only with a street line before it (as a US state).
_UK_POSTCODE_SMALL = LazyPattern(r"[a-z][a-z]?[0-9][a-z0-9]?[ ][0-9][a-z]{2}(?![A-Za-z0-9])")


# What may follow the house number of a lower-case French street: its postal line (", 1030 …", " 1030 …",
# " à …"), a box (" bte 3", " b2") or a letter or "bis" and then the postal line ("7b à namur").
_FRENCH_POSTAL_STARTS = frozenset(
    [", ", " à", " b", " B", "bi", "te", *(f" {digit}" for digit in "123456789")]
    + [letter + after for letter in "abcdefghijklmnopqrstuvwxyz" for after in " ,"]
)


def english_street_end(text: str, start: int, end: int) -> int | None:
    """Where an English street ends that a house number's run at start..end opens ("684 N Halsted St", "9B
    Church Road"), if one does."""
    after = text[end : end + 3]
    if (
        end - start <= 6
        and len(after) == 3
        and (
            (after[0] == " " and after[1].isupper())
            or (after[1] == " " and after[0].isalpha() and after[2].isupper())  # "9B Church Road"
        )
    ):
        street = _EN_STREET.match(text, start)
        if street is not None and word_start(text, start):
            return street.end()
    return None


def addresses_at(text: str, low: str, start: int, end: int, out: list[Span]) -> None:
    """Addresses built around a short number run: house numbers, UK inward codes, US ZIP codes."""
    size = end - start
    if start > 2:  # a street's name before the number
        # (the run may hold the postcode too: "rue de la loi 45 1400 nivelles")
        space = text.find(" ", start, end)
        number_end = end if space == -1 else space
        if (
            number_end - start <= 4
            and text[start - 1] == " "
            and low[start - 2].islower()
            and text[number_end : number_end + 2] in _FRENCH_POSTAL_STARTS
        ):
            french = french_street_small_at(text, start, number_end)  # "rue de la station 12 à wavre"
            if french is not None:
                out.append(Span(french[0], french[1], "address"))
        if (
            low[start - 1] in _STREET_GAP
            and (endings := _STREET_ENDINGS_BY_LAST.get(low[start - 2])) is not None
            and low.endswith(endings, 0, start)
        ):
            _nl_street_at(text, start, end, out)
    after = text[end : end + 3]
    street_end = english_street_end(text, start, end)
    if street_end is not None:
        flat = _FLAT_BEFORE.search(text, max(0, start - 16), start)  # "Flat 12, 1A Church Road"
        out.append(Span(flat.start() if flat else start, street_end, "address"))
    elif size <= 5 and text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
        line = _US_LINE_NO_ZIP.match(low, start)
        if line is not None and line.group(1).upper() in US_STATES and line.group(1) not in _STATE_WORDS:
            out.append(Span(start, line.end(), "address"))
    if after:  # (a run that ends the text has no inward code after it)
        if size == 1 and after.isupper() and after.isalpha() and not text[end + 2 : end + 3].isalnum():
            postcode = _UK_POSTCODE.search(text, max(0, start - 6), end + 2)
            if postcode is not None and postcode.end() == end + 2 and word_start(text, postcode.start()):
                out.append(Span(postcode.start(), postcode.end(), "address"))
        elif (
            after[0].islower()
            # the run may hold the outward code's digit: "6 2" of "ls6 2ab"
            and (size == 1 or text[end - 2] == " ")
            and after[:2].isalpha()
            and after[:2].islower()
            and not text[end + 2 : end + 3].isalnum()
        ):
            postcode = _UK_POSTCODE_SMALL.search(low, max(0, end - 8), end + 2)
            if postcode is not None and postcode.end() == end + 2 and word_start(low, postcode.start()):
                line = _UK_STREET_LINE.search(
                    low, max(0, postcode.start() - _US_LINE_REACH), postcode.start()
                )
                if line is not None:  # "33 kings road, brighton bn1 2hh", "164 church lane n4 3rp"
                    out.append(Span(line.start(), postcode.end(), "address"))
    if (
        (size == 5 or size == 10)
        and start >= 3
        and text[start - 1] == " "
        and low[start - 3 : start - 1].upper() in US_STATES
        and word_start(text, start - 3)
        and (size == 5 or text[start + 5] == "-")
        # (not an id's label and the start of its value: "Transactie-ID 32537cdc-fc76-…")
        and text[start - 4 : start - 3] != "-"
        and not text[end : end + 1].isalpha()
    ):
        # The whole line when a street with its type and a city come before the state: typed small too
        # ("1450 maple ave apt 3b springfield il 62704", "105 ridge road, raleigh, nc 27601"), where a
        # state written small ("in", "or", "me") needs it.
        line = _US_STREET_LINE.search(low, max(0, start - _US_LINE_REACH), start - 3)
        if line is not None:
            out.append(Span(line.start(), end, "address"))
        elif text[start - 3 : start - 1] in US_STATES and not (
            text[start - 3 : start - 1] == "ID"
            and _ID_OWNER_BEFORE.search(low, max(0, start - 16), start - 3) is not None
        ):  # (not an id's label after whose it is: "Ticket ID 88213", "User ID 55102")
            out.append(Span(start - 3, end, "address"))


_ID_OWNER_BEFORE = LazyPattern(
    r"(?<![a-z])(?:ticket|order|user|customer|client|member|booking|session|request|transaction|account|"
    r"device|reference|ref|employee|student|patient|case|claim|event|job|tenant|merchant|seller|player|"
    r"supporter|rider|driver|courier|partner|invoice|payment|tracking)[ ]$"
)


# Letters and a digit glued to the number: a code's ("2QU8QH", "0x8007EF08"), no box ("Prinsstraat 26B5").
_CODE_GLUED = LazyPattern(r"[A-Za-z]{2,4}[0-9]|[A-Za-z][0-9][A-Za-z0-9]{3}")


def _nl_street_at(text: str, start: int, end: int, out: list[Span]) -> None:
    """The Dutch or Flemish street whose house number is text[start:end] ("Kerkstraat 12")."""
    if _CODE_GLUED.match(text, end):
        return  # "Reservering 2QU8QH": a booking's code that opens with a digit, no house number
    # (far enough past the number for a street written small to see its postcode and place)
    for match in _NL_STREET.finditer(text, max(0, start - 90), min(len(text), end + 24)):
        if match.start(1) <= start < match.end(1):
            if _PLACE_NOUN.match(text, match.start(1)):
                continue  # "Ligplaats 112 in de jachthaven", "standplaats 22": a berth, a pitch, no street
            name = text[match.start(1) : start].split()[-1:]
            if name and _ACT_NOUN.fullmatch(name[0].lower()):
                continue  # "Storing 404", "Reservering 12", "Herinnering 2": a deed's noun, no ring road
            begin = match.start(1)
            # Leading lower-case words belong to the sentence ("ik woon op de Dorpsstraat 5"); the street
            # itself may be written small ("mijn adres is kerkstraat 12").
            words = text[begin : match.end(1)].split(" ")
            while (
                len(words) > 1
                and not words[0][:1].isupper()
                and not words[0].lower().endswith(_SUFFIXES)
                and words[0] not in _STREET_LEAD_WORDS
            ):
                begin += len(words[0]) + 1
                words = words[1:]
            postcode = _POSTCODE_AFTER_STREET.match(text, match.end(1))  # "kerkstraat 12 1234ab"
            stop = match.end(1)
            box = BOX_AFTER.match(text, stop)  # "Kerkstraat 184 bus 12", "Veldstraat 219 bis bte 11"
            if box is not None:
                stop = box.end()
                postcode = _POSTCODE_AFTER_STREET.match(text, stop)
            if postcode is not None and postcode.group(1).upper() not in _NOT_POSTCODE_AFTER_STREET:
                city = _CITY_AFTER.match(text, postcode.end())  # not "Kerkstraat 12 2019 en verder"
                if city is None and postcode.group(1).islower():
                    city = _CITY_AFTER_SMALL.match(text, postcode.end())  # "… 1296 ct nijmegen"
                stop = city.end() if city is not None else postcode.end()
            elif text[begin].islower() and (place := _BE_POSTAL_SMALL.match(text, stop)) is not None:
                stop = place.end()  # "diestsestraat 44 8216 roeselare": written small, a Belgian postcode
            elif text[begin].islower() and (small := _small_street_end(text, begin, start)) is not None:
                stop = max(stop, small)  # "adres gewijzigd naar berkenlaan 7 B zeist": its place too
            out.append(Span(begin, stop, "address"))
            return
    street = _SMALL_STREET.search(text, max(0, start - _SMALL_STREET_REACH), min(len(text), end + 40))
    if street is not None and (small := _small_street_end(text, street.start(), start)) is not None:
        out.append(Span(street.start(), small, "address"))


def _small_street_end(text: str, begin: int, start: int) -> int | None:
    """Where a street written small ends with its place, no postcode between, when the text says it is an
    address: after where someone lives or what the address is ("woont op zeeweg 152-2 utrecht", "adres
    gewijzigd naar stationsweg 138 zwolle"), or alone on its line under a name ("Lotte van Leeuwen⏎zeeweg 194
    utrecht"). `begin` is where the street's name starts, `start` where its number does."""
    street = _SMALL_STREET.match(text, begin)
    if street is None or street.start("number") != start:
        return None
    line_start = text.rfind("\n", 0, begin) + 1
    alone = (
        line_start == begin
        and text[street.end() : street.end() + 1] in ("\n", "")
        and _NAME_LINE.search(text, max(0, line_start - 48), max(0, line_start - 1)) is not None
    )
    said = _ADDRESS_SAID.search(text[max(0, begin - _ADDRESS_SAID_REACH) : begin].lower()) is not None
    return street.end() if alone or said else None


# What says an address follows: where someone lives, where a thing goes, what the address is (or became).
_ADDRESS_SAID = LazyPattern(
    r"(?:(?<![a-z])(?:woont|woon|wonen|woonachtig|verhuisd|bezorgd[ \t]++worden|geleverd[ \t]++worden|"
    r"afgeleverd)[ \t]++(?:op|aan|naar|in)"
    r"|(?<![a-z])adres(?:[ \t]++[^.!?\n]{0,40}?)?[ \t]*+(?:is|:|naar|wordt|word))[ \t]++$"
)
_ADDRESS_SAID_REACH = 64
# A name alone on its line: the line before a signature's address.
_NAME_LINE = LazyPattern(
    r"(?:^|\n)[ \t>]*+[A-Z][\w'’-]++(?:[ \t]++(?:[a-z]{1,3}[ \t]++){0,2}[A-Z][\w'’-]++){1,3}[ \t]*+$"
)
# A street's name written small (its ending a street's), its number, and a place of one word.
_SMALL_STREET_REACH = 40
_SMALL_STREET = LazyPattern(
    r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ\-']{1,30}(?:weg|hof|park|pad|wal|ring|dam|erf|veld|hoven|zijde|kaai|lei|vest|"
    r"plaats|bocht|baan|markt|haven|straat|laan|gracht|plein|kade|dijk|singel|steeg|dreef|plantsoen|burgwal)"
    r"[ \u00a0](?P<number>[1-9][0-9]{0,4})(?:-[0-9]{1,4}|-?hs|[ \u00a0]?[A-Za-z](?![A-Za-z]))?"
    r",?[ \u00a0]" + _SENTENCE_WORDS + r"[a-zà-ÿ][a-zà-ÿ\-']{2,24}(?![\w])"
)


# ---------------------------------------------------------------------------------------------
# Dates of birth
# ---------------------------------------------------------------------------------------------

# (cut short too: "7 maa 1962", "13 aoû 1993")
_MONTHS = (
    r"(?:jan(?:uari|uary|vier|uar|v)?|f[eé]v(?:rier|r)?|feb(?:ruari|ruary|ruar)?|m(?:aa)?rt|maa|mar(?:ch|s)?|"
    r"apr(?:il)?|avr(?:il)?|mei|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ustus|ust)?|ao[uû]t?|"
    r"sep(?:t(?:ember|embre)?)?|o[kc]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé][cz](?:ember|embre)?|"
    # as a German, a Luxembourger, a Pole, a Turk or a Portuguese writes them: "12. März 1978", "12 marca
    # 1985", "14 Şubat 1990", "3 de março de 1979"
    r"m[äa]rz|m[äa]erz|abrëll|mee|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|"
    r"grudnia|ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|"
    r"aral[ıi]k|janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
    r"dezembro)\.?"
)
_DATE = (
    rf"(?:[0-9]{{1,2}}[-/. ][0-9]{{1,2}}[-/. ](?:(?:19|20)?[0-9]{{2}}|'[0-9]{{2}})"
    rf"|(?:19|20)[0-9]{{2}}-[0-9]{{1,2}}-[0-9]{{1,2}}|"
    rf"[0-9]{{1,2}}(?:st|nd|rd|th|e|er|\.)?(?:[ ]of|[ ]de)?[ ]{_MONTHS}(?:[ ,]{{1,2}}|[ ]de[ ])"
    r"(?:(?:19|20)[0-9]{2}|'?[0-9]{2}(?![0-9]|[:.,h][0-9]))"  # "ik ben van 3 maart 61"
    rf"|{_MONTHS}[ ][0-9]{{1,2}}(?:st|nd|rd|th)?,?[ ](?:(?:19|20)[0-9]{{2}}|'[0-9]{{2}})"
    r"|(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2})"  # "geboren op 10101958": no separators
)
def _slips(word: str, first: int, last: int) -> list[str]:
    """The word with one of its letters from `first` to `last` dropped, doubled or two neighbours there
    swapped."""
    dropped = (word[:i] + word[i + 1 :] for i in range(first, last))
    doubled = (word[: i + 1] + word[i:] for i in range(first, last) if word[i] != " ")
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(first, last - 1))
    return sorted({*dropped, *doubled, *swapped} - {word}, key=len, reverse=True)


# "geboren" and "born on" typed fast: a letter dropped, doubled or two swapped ("georen", "gebroen",
# "geborne", "bron on", "brn on"); "geboortedatum", "date of birth" and "date de naissance" too
# ("Geobortedatum", "Gebboortedatum", "dtae of birth", "Date of bitrh", "date de naisssance").
_BORN_SLIPS = (
    *_slips("geboortedatum", 1, 13),
    *_slips("geboren", 1, 7),
    "bron on",
    "brn on",
    "bonr on",
    "dtae of birth",
    "daet of birth",
    "date of brith",
    "date of bith",
    "date fo birth",
    *_slips("date of birth", 8, 13),
    *_slips("date de naissance", 9, 17),
)
_DOB = LazyPattern(
    rf"(?:geboortedatum|geboorte datum|geb(?:\.|oorte)?[ ]?datum|geb\.?|geboren(?: op)?|date of birth|"
    rf"(?:{'|'.join(_BORN_SLIPS)})(?: op)?|"
    rf"birth ?date|birthday|born(?: on| in)?|dob|ddn|d\.d\.n\.?|d\.o\.b\.?|verjaardag|geboortedag|"
    rf"date de naissance|"
    rf"n[ée](?:e|\(e\))? le|"
    # a Belgian's sign for born, before the date: "mijn zoon Seppe (°12-8-2010)", "Wout ° 4-11-2015"
    rf"°|"
    # a German's, a Pole's, a Turk's, a Portuguese's: "geboren am", "data urodzenia", "doğum tarihi"
    rf"geboren am|geb\. am|geburtsdatum|data urodzenia|urodzon[ya]|do[ğg]um tarihi|data de nascimento|"
    rf"nascid[oa] em|gebuer(?:en)? den|gebuer(?:en)? am|"
    rf"ik ben van|ik ben geboren(?: op)?|i was born(?: on)?|ter verificatie|for verification)"
    # the date told as a correction: "geboortedatum klopte ook niet, moet 02-06-04 zijn", "date of birth is
    # wrong, should be …", "date de naissance incorrecte, ça doit être …"
    r"(?:[ \t]++(?:(?:klopt|klopte|is|was|staat|stond|est)[ \t]++)?(?:ook[ \t]++|also[ \t]++)?"
    r"(?:niet|fout|verkeerd|wrong|incorrect|incorrecte|not correct|pas correcte?|fausse|faux|erronée|onjuist)"
    r"(?:[ \t,.;:\-]*+(?:(?:het|it|dat|that|ça|ce|elle)[ \t]++)?"
    r"(?:moet|moest|should|must|doit|devrait|has to)"
    r"(?:[ \t]++(?:be|zijn|être|worden))?"
    # or the right one after a comma: "date de naissance est fausse sur le profil, c'est le 07.04.79"
    r"|[^.!?\n,]{0,30}+,[ \t]*+(?:c'est|it's|it is|het is|dat is)))?"
    # whose it is: "geboortedatum van mijn zoon:", "date of birth of my mother", "date de naissance de ma
    # fille"
    r"(?:[ \t]++(?:van|of|de|du|von)[ \t]++"
    r"(?:(?:mijn|my|mon|ma|onze|our|haar|zijn|his|her|hun|their|de|the|la|le)[ \t]++)?[a-zß-ÿ]{2,14})?"
    rf"(?:[ \t]*+(?:[:=(|]|is|was|est|était|op|on|le|the|de|mijn|my|\([a-z/\-]{{4,12}}\))){{0,3}}"
    rf"[ \t:]*+({_DATE})(?![0-9])"
)  # "date of birth (15.04.65)", "| Geboortedatum | 27-04-79 |"
# A birthday without its year right after a birth date's label ("Geboortedatum: 3/8", "Date of birth: Jun 16",
# "Date de naissance : 11 octobre", "DOB Mar 7", "date of birth (14 Oct)"): part of the date all the same.
# A birth date's labels, as a form or a table heads its field (a column's header adds its own below).
_BIRTH_LABELS = (
    r"geboortedatum|geboorte datum|geb\.? ?datum|date of birth|birth ?date|dob|d\.o\.b\.?|date de naissance"
)
_DOB_NO_YEAR = LazyPattern(
    r"(?:" + _BIRTH_LABELS + r"|ddn)(?:[ \t]*+[:(][ \t]*+|[ \t]++(?:is[ \t]++)?)"
    rf"((?:0?[1-9]|[12][0-9]|3[01])(?:(?:st|nd|rd|th|e|er)?[ ]{_MONTHS}|[/.\-](?:0?[1-9]|1[0-2]))"
    rf"|{_MONTHS}\.?[ ](?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?)"
    r"(?![\w/\-]|\.?[ ,]{1,2}'?[0-9]|\.[0-9])"
)
# A full date with a birth year (1920-2008) is a date of birth: the dates customers otherwise write
# (orders, visits, bills) are recent. Not after "sinds", "since", "klant sinds".
# Starts with a digit class (the look-behind after it) so that the engine skips ahead to digits.
# A month name with an apostrophe year from the thirties on ("14 mrt. '59") is a birth date too.
_OLD_DATE = LazyPattern(
    rf"([0-9](?<![0-9./-][0-9])(?:[0-9]?[-/.][0-9]{{1,2}}[-/.](?:19[2-9][0-9]|200[0-8]|'[3-9][0-9])"
    rf"|[0-9]?(?:st|nd|rd|th|e|er)?(?:[ ]of|[ ]de)?[ ]{_MONTHS}(?:[ ,]{{1,2}}|[ ]de[ ])"
    r"(?:19[2-9][0-9]|200[0-8]|'[3-9][0-9])"
    r"|[0-9]?([-/])[0-9]{1,2}\2[3-9][0-9]"  # "25-11-67": a two-digit year no recent date has
    r"|[0-9]\.(?:0[1-9]|1[0-2])\.[3-9][0-9](?![.,][0-9])))(?![0-9])"  # "01.10.35": dotted, both padded
)
# Month first or year first, found from the birth year: "June 23, 1972", "1981-04-23".
_BIRTH_YEAR = LazyPattern(r"(?:19[2-9][0-9]|200[0-8])(?![0-9])")
_ISO_FROM_YEAR = LazyPattern(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])")
_MONTH_DAY_BEFORE_YEAR = LazyPattern(rf"(?<![a-z]){_MONTHS}[ ][0-9]{{1,2}}(?:st|nd|rd|th)?,?[ ]$")
# A personal-details line: "Details: RYAN BROWN 7/2/71 441657175", "Gegevens: Ruben de Boer 1981-04-23".
# Matched where a hint word starts.
_DETAILS_DATE = LazyPattern(
    r"(?:details|gegevens|donn[ée]es|my info)[ \t]*+:"
    r"[^\n:]{0,40}?"
    rf"(?<![0-9])({_DATE}|(?:19|20)[0-9]{{2}}-[0-9]{{1,2}}-[0-9]{{1,2}})(?![0-9])"
)
# Pairs of digits in a phone's groups are no date in a details line: "Arjen Meijer, 06 93 84 73 26" (month
# 93), "Staf Vermeulen, 0477 47 26 94", "…, 06 12 34 56 78" (more pairs after it, or before it).
_PHONE_GROUP_AFTER = LazyPattern(r"[ ][0-9]{2}(?![0-9])")
_PHONE_GROUP_BEFORE = LazyPattern(r"[0-9][ ]$")


def _details_date(low: str, start: int, end: int) -> bool:
    date = low[start:end]
    if not _day_month_valid(date.replace(" ", "-")):
        return False
    spaced = date[1:3].strip().isdigit() and " " in date[1:4]
    return not spaced or not (
        _PHONE_GROUP_AFTER.match(low, end) or _PHONE_GROUP_BEFORE.search(low, max(0, start - 2), start)
    )


# A separator and a birth year ("-1987", "/2003", " '76"): three searches, each starting with a literal
# ("19", "200", "'") that the engine skips ahead to, rather than one that stops at every space.
_OLD_YEAR_19_HINT = re.compile(r"19[2-9][0-9](?<=[-/. (\[]....)(?![0-9])")  # "(1971-05-16)" too
_OLD_YEAR_200_HINT = re.compile(r"200[0-8](?<=[-/. (\[]....)(?![0-9])")
_OLD_YEAR_SHORT_HINT = re.compile(r"'[3-9][0-9](?<=[-/. ]...)(?![0-9])")
_OLD_YEAR_DASHED_HINT = re.compile(
    r"-(?:(?<=[0-9]-[0-9]-)|(?<=[0-9]-[0-9][0-9]-))[3-9][0-9](?![0-9])"
)  # 25-11-67
_OLD_YEAR_SLASHED_HINT = re.compile(
    r"/(?:(?<=[0-9]/[0-9]/)|(?<=[0-9]/[0-9][0-9]/))[3-9][0-9](?![0-9])"
)  # 3/11/71
_OLD_YEAR_DOTTED_HINT = re.compile(r"\.(?<=[0-3][0-9]\.[01][0-9]\.)[3-9][0-9](?![0-9])")  # 01.10.35
_OLD_DATE_HINTS = (
    _OLD_YEAR_19_HINT,
    _OLD_YEAR_200_HINT,
    _OLD_YEAR_SHORT_HINT,
    _OLD_YEAR_DASHED_HINT,
    _OLD_YEAR_SLASHED_HINT,
    _OLD_YEAR_DOTTED_HINT,
)


def _old_date_hinted(text: str) -> bool:
    for hint in _OLD_DATE_HINTS:
        if hint.search(text):
            return True
    return False


# "ik ben 11-08-79 geboren", "I was 3/4/1981 born", "ze is 14-05-2010 geboren" (a child): the date before
# its cue word.
_DOB_BEFORE_CUE = LazyPattern(
    r"([0-9](?<![0-9./-][0-9])[0-9]?[-/.][0-9]{1,2}[-/.](?:19[0-9]{2}|20[0-2][0-9]|'?[0-9]{2}))(?![0-9])"
    r"[ \t,]*+(?:geboren|born|n[ée]e?|geb\.)(?![a-z])"
    r"(?![ \t:]*+(?:op|on|le|the)?[ \t:]*+[0-9])"  # "besteld op 19/9/2025 geboren op 20.10.1977"
)
_NOT_BIRTH_BEFORE = LazyPattern(
    r"(?:sinds|since|vanaf|from|opgericht|established|depuis|member|lid)[^\n]{0,20}$"
)
# Words for a record a number names (not in the shared reference list): complaints, claims, reports.
_RECORD_BEFORE = LazyPattern(
    r"(?<![a-z])(?:complaint|klacht|plainte|r[ée]clamation|claim|melding|incident|storing|schade|sinistre|"
    r"aanvraag|demande|request|report|rapport)[a-z]{0,3}[ \t.:#-]{0,4}"
    r"(?:(?:nr|no|n°|id|number|nummer|num[ée]ro)[ \t.:#-]{0,4})?$"
)
_DETAILS_HINT = ("details", "gegevens", "donn", "my info")
_DOB_HINT = ("geboren", "geboorte", "geb.", "geb:", "geb ", "born", "dob", "d.o.b", "birth", "verjaardag",
             "naissance", "né le", "née le", "ik ben van", "verificatie", "verification",
             " né", "né(e)", "urodz", "doğum", "dogum", "nascimento", "nascid", "gebuer",
             "geburtsdatum", "ddn", "d.d.n", "°", *_BORN_SLIPS)  # fmt: skip
_DOB_HINT_SET = Hints(_DOB_HINT)


# A number joined to a date of birth, as a customer answers a request to verify: "@Bupa 1478839218 and 7
# Aug 1941", "165.287.875 en 24 augustus 1950", "58551317 et 12/03/1945": the account's number. Not one
# from 0 (a phone number) nor a year.
_NUMBER_BESIDE_BIRTH = LazyPattern(
    r"(?<![\w.,/-])((?:[a-z]{1,3}-?)?[1-9][0-9]{1,3}(?:[. -]?[0-9]{2,4}){1,4})"
    r"[ \t]*+(?:,|and|en|et|&|\+)[ \t]*+$"
)


def _numbers_beside_births(low: str, out: list[Span]) -> None:
    for span in [span for span in out if span.type == "date_of_birth"]:
        match = _NUMBER_BESIDE_BIRTH.search(low, max(0, span.start - 24), span.start)
        if match is None:
            continue
        start, end = match.span(1)
        digits = sum(ch.isdigit() for ch in low[start:end])
        if 7 <= digits <= 12 and free_of(out, start, end) and not is_reference_at(low, start):
            out.append(Span(start, end, "customer_number"))


def detect_dates_of_birth(text: str, low: str, out: list[Span]) -> None:
    if _DOB_HINT_SET.found_in(low):
        for match in _DOB.finditer(low):
            if word_start(low, match.start()):
                out.append(Span(match.start(1), match.end(1), "date_of_birth"))
        for match in _DOB_BEFORE_CUE.finditer(low):
            out.append(Span(match.start(1), match.end(1), "date_of_birth"))
        for match in _DOB_NO_YEAR.finditer(low):
            if word_start(low, match.start()):
                end = match.end(1) - (low[match.end(1) - 1] == ".")  # (a sentence's stop after the month)
                out.append(Span(match.start(1), end, "date_of_birth"))
    if _old_date_hinted(text):
        for match in _OLD_DATE.finditer(low):
            if _NOT_BIRTH_BEFORE.search(before(low, match.start(), 30)) or not _day_month_valid(
                match.group(1)
            ):
                continue
            date = match.group(1)
            if date[-3] in "-/." and VERSION_NEAR.search(before(low, match.start(), 24)):
                continue  # "versie 4-11-67", "firmware 10.12.45": a two-digit year may be a version's part
            if date[-3] == "." and not _among_personal_data(match.start(), match.end(), out):
                continue  # "om 10.05.45": a time to the second, unless a list of someone's details holds it
            out.append(Span(match.start(1), match.end(1), "date_of_birth"))
        _other_order_birth_dates(low, out)
    if ";" in text or "\t" in text or "|" in text:
        _birth_columns(text, low, out)
    if out and any(span.type == "date_of_birth" for span in out):
        _numbers_beside_births(low, out)
    if "(" in low and contains_any(low, _CHILD_HINTS):
        for match in _CHILD_DATE.finditer(low):
            out.append(Span(match.start(1), match.end(1), "date_of_birth"))
    if contains_any(low, _DETAILS_HINT):
        for hint in _DETAILS_HINT:  # matched where a hint starts: cheaper than a search over the text
            pos = low.find(hint)
            while pos != -1:
                if word_start(low, pos) or low.endswith(("persoons", "coor"), 0, pos):
                    details = _DETAILS_DATE.match(low, pos)
                    if details is not None and _details_date(low, *details.span(1)):
                        out.append(Span(details.start(1), details.end(1), "date_of_birth"))
                pos = low.find(hint, pos + 1)


# A child named with a date in brackets: "My son Mia (April 12, 2020) has a referral", "mijn dochter Noor
# (3/2/2019)", "mon fils Lucas (12.05.2018)", the name left out too ("pour mon fils (21/5/13)"): the child's
# birth date.
_CHILDREN = (
    "son", "daughter", "child", "kid", "baby", "boy", "girl", "grandson", "granddaughter", "zoon", "zoontje",
    "dochter", "dochtertje", "kind", "kindje", "kleinzoon", "kleindochter", "fils", "fille", "enfant", "bébé",
    "petit-fils", "petite-fille",
)  # fmt: skip
_CHILD_HINTS = ("son ", "daughter", "child", "kid ", "baby", "boy ", "girl", "zoon", "dochter", "kind",
                "fils", "fille", "enfant", "bébé")  # fmt: skip
_CHILD_DATE = LazyPattern(
    r"(?<![a-z])(?:my|mijn|mn|m'n|mon|ma|our|onze|ons|notre|his|her|zijn|haar|son|sa)[ \t]++"
    r"(?:" + "|".join(_CHILDREN) + r")(?:[ \t]++[a-zà-ÿ'-]{2,20}+(?:[ \t]++[a-zà-ÿ'-]{2,20}+)?)?"
    r"[ \t]*+\([ \t]*+(" + _DATE + r")[ \t]*+\)"
)


# A table's column of birth dates: "Geboortedatum;Dossiernummer;…⏎10 juni 2009;INC8153961;…".
_BIRTH_HEADER = LazyPattern(r"(?:" + _BIRTH_LABELS + r"|birthday|naissance|n[ée](?:e|\(e\))? le)$")
_DATE_CELL = LazyPattern(_DATE)


def _birth_column(header: str) -> str | None:
    return "date_of_birth" if _BIRTH_HEADER.match(header) else None


def _birth_columns(text: str, low: str, out: list[Span]) -> None:
    if not _DOB_HINT_SET.found_in(low):
        return
    for _, start, end in table_cells(text, low, _birth_column):
        if _DATE_CELL.fullmatch(low, start, end) and free_of(out, start, end):
            out.append(Span(start, end, "date_of_birth"))


_PERSONAL_TYPES = frozenset({"bsn", "phone", "email", "iban", "address", "customer_number"})
_PERSONAL_REACH = 80


def _among_personal_data(start: int, end: int, out: list[Span]) -> bool:
    """Another of the person's details found close by: "Barry Davies, 01.10.35, BSN 732476501"."""
    for span in out:
        if (
            span.type in _PERSONAL_TYPES
            and span.start < end + _PERSONAL_REACH
            and start - _PERSONAL_REACH < span.end
        ):
            return True
    return False


def _day_month_valid(date: str) -> bool:
    """Day and month of a numeric date, either first, are in range ("25-11-67", "12/25/1980"; not
    "45-13-67")."""
    parts = date.replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return True  # a month written as a word: the expression checked it
    first, second = int(parts[0]), int(parts[1])
    return 1 <= min(first, second) and min(first, second) <= 12 and max(first, second) <= 31


def compact_birth_date_at(low: str, start: int, end: int, out: list[Span]) -> None:
    """'Sandra Dekker⏎24061948⏎Parallelweg 136', 'GEB 13011954': eight digits on their own (the caller's run),
    a valid day and month before a birth year; not after a reference word ('klantnummer 24061948'), not
    inside a longer number ('06 24061948')."""
    year = int(low[start + 4 : end])
    if not 1920 <= year <= 2008:
        return
    if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "+-/.,"):
        return
    if start > 1 and low[start - 1] in " \t" and (low[start - 2].isdigit() or low[start - 2] in "+-/"):
        return
    if end < len(low) and low[end] in "-/.," and low[end + 1 : end + 2].isdigit():
        return
    if not (1 <= int(low[start : start + 2]) <= 31 and 1 <= int(low[start + 2 : start + 4]) <= 12):
        return
    if is_reference_at(low, start) or _NOT_BIRTH_BEFORE.search(before(low, start, 30)):
        return
    if _RECORD_BEFORE.search(before(low, start, 30)):
        return  # "Complaint 18121957", "klacht nr 03041962": a record's number, whatever date it reads as
    out.append(Span(start, end, "date_of_birth"))


def _other_order_birth_dates(low: str, out: list[Span]) -> None:
    for year in _BIRTH_YEAR.finditer(low):
        start = year.start()
        if start > 0 and low[start - 1].isdigit():
            continue
        found = None
        iso = _ISO_FROM_YEAR.match(low, start)
        if iso is not None and not (start > 0 and low[start - 1] in ".-"):
            found = (start, iso.end())
        elif start > 0 and low[start - 1] in " ,":
            month_day = _MONTH_DAY_BEFORE_YEAR.search(low, max(0, start - 24), start)
            if month_day is not None:
                found = (month_day.start(), year.end())
        if found is not None and not _NOT_BIRTH_BEFORE.search(before(low, found[0], 30)):
            out.append(Span(found[0], found[1], "date_of_birth"))
