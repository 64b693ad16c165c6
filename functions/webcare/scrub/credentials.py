"""Credentials after cue words: passwords, PINs, PUKs, one-time codes, wifi keys, usernames, API keys
and customer numbers; login pairs written without cues; secrets said not to work.

`detect_credentials` runs the passes in order: login pairs written without cues and secrets said not to
work (`logins`), then each cue found (`cues.find_cues`) in turn. For each cue it decides what the value
is, which a cue word alone does not say: a card's own code is its PIN, a code the customer chose or
calls their own is a PIN rather than a one-time code, a password in a story about the wifi is its key,
the kind named before "voici" or "tried"; and it reads customer numbers (after their cue, or right
before it). The value itself is read in the window after the cue (`cue_window`), or else around it:
before it, on a later line, in a later clause (`cue_context`). What a value may look like is judged
in `secret_shapes`.
"""

from __future__ import annotations

import functools
import itertools
import re

from webcare.scrub.contact import english_street_end
from webcare.scrub.cue_context import (
    _AS_IT_KINDS,
    _answer_after,
    _copula_value_before,
    _corrections,
    _prefixed_codes,
    _tried_after_question,
    _user_before_copula,
    _user_chosen_as,
    _value_before_cue,
    _value_referred_back,
    old_one_after,
)
from webcare.scrub.cue_window import (
    _BAND,
    _NAME_THEN_COPULA,
    ACCESS_CODE_CUES,
    ADMIN_LABEL,
    GET_WORDS,
    _digits_at_end,
    _first_value,
    _long_key_after,
    _named_cue,
    _router_admin,
    _wifi_context,
    _window,
    _window_end,
    code_kind,
    dictated_secret,
    spoken_passphrase,
)
from webcare.scrub.cues import (
    ACCOUNT_SLIPS,
    BARE_HOLDER_NOUNS,
    CODE_SLIPS,
    CUE_SLIPS,
    DOMAIN_CODE_CUES,
    GIVEN_CUES,
    PASSWORD_WORDS,
    WIFI_SPELLINGS,
    find_cues,
    normalise_cue,
    one_letter_off,
)
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.logins import (
    _DIGITS_VALUE,
    _JOINTS,
    _REJECTED_HINTS,
    LOGIN_PLACES,
    _bare_pairs,
    _confirmed_pairs,
    _letter_label_pairs,
    _line_pairs,
    _login_hinted,
    _login_pair,
    _pair_cue,
    _rejected_secrets,
    _slash_pairs,
    _username_before,
    _weak_cue_ok,
    told_logins,
)
from webcare.scrub.numbers import valid_iban_at
from webcare.scrub.secret_shapes import (
    _BARE_WIFI_CUES,
    _ERROR_AFTER,
    _ERROR_BEFORE,
    _IBAN_SHAPE,
    _NOT_A_SECRET,
    _SENT_NEAR,
    _SPACED_DIGITS,
    _TRAILING,
    _USERNAME_SHAPE,
    _VALUE,
    _WIFI_CONTEXT,
    PHONE_NOUNS,
    TEXT_MESSAGE_WORDS,
    _name_shaped,
    _not_secret_shape,
    _secret_like,
    _starts_cue,
    _strong_username,
    _trim,
    phone_unlock_cue,
)
from webcare.scrub.textutil import (
    BANK_NUMBER_NAMED,
    COUNTRY_ADJECTIVES,
    KEY_WORDS,
    LAST_DIGITS_BEFORE,
    LOGGED_IN,
    MOBILE_PLAN,
    NUMERIC_DATE,
    ORDER_ID,
    PHONE_CUE,
    PHONE_KEPT_ON,
    PHONE_LABEL_WORDS,
    STAYS_WORDS,
    SUBJECT_WORDS,
    UNIT_AFTER,
    VERSION_NEAR,
    Span,
    before,
    by_first_letter,
    card_nearby,
    contains_any,
    free_of,
    inside,
    is_reference_at,
    sentence_begin,
)
from webcare.scrub.validators import phone_valid, product_barcode

# Between cue and value: punctuation, and small words ("mijn wachtwoord is nu ...", "password was set to").
# What stays as it was joins a cue to its value as "is" does (`STAYS_WORDS`).
_CONNECTOR = LazyPattern(
    # ("is" also glued to the digits it names: "de verificatiecode is346 673")
    r"(?:[ \t\u00a0]*+(?:\r?\n[ \t>]*+)?(?:=>|[:=]+|-+>?|→|\bis(?:\b|(?=[0-9]))|\bwas\b|\bnu\b|\bnow\b|"
    r"['\"][ \t]*+,[ \t]*+(?=['\"])|"  # "define( 'DB_USER', 'db_lysl2i79e' )"
    r"\bwordt\b|\bwerd\b|\bit'?s\b|\b(?:" + STAYS_WORDS + r")\b|"
    r"\bluidt\b|\bist(?=[ \t:]|$)|\blautet(?=[ \t:]|$)|\best\b|\bc'est\b|\bsays\b|\bzegt\b|\bindique\b|"
    r"\bset to\b|\bchanged to\b|\bveranderd in\b|\bgewijzigd in\b|\bgewijzigd naar\b|\bnaar\b|"
    r"\b(?:ingesteld|gezet|veranderd|aangepast|gereset|teruggezet|reset|changed|updated|mis|changé|modifié|"
    r"réglé|défini)[ \t]++(?:op|naar|in|into|to|à|en|sur)\b|"  # "het wifiwachtwoord ingesteld op X"
    r"\bto\b|\bstill\b|\bnog\b|\bsteeds\b|\bthe same\b|\bvan mij\b|\bvan\b|\bof\b|\bfor\b|\bvoor\b|"
    r"\bmy\b|\bmijn\b|\bthis\b|\bdit\b|\bde\b|\bhet\b|\bthe\b|\bals\b|\bas\b|\beerst\b|\bfirst\b|"
    r"\b(?:her|his|their|haar|zijn|hun|son|sa|leur|votre|your)\b|"
    r"\bvroeger\b|\bbefore\b|\bpas\b|\bbankpas\b|\bkaart\b|\bcard\b|\baccount\b|\bgsm\b|\bsim\b|\bsimkaart\b|\bsimcard\b|"
    r"\bhas\b|\bhave\b|\bhad\b|\bbeen\b|\balways\b|\baltijd\b|\btoujours\b|\bal jaren\b)){0,6}"
    r"[ \t\u00a0]*+(?:\r?\n[ \t>]*+)?"
)

# "dat lange nummer van de simkaart", "the long number on my SIM card", "le long numéro de la carte SIM".
_SIM_AFTER = LazyPattern(
    r"(?:[ \t]++(?:van|op|achter|achterop|on|of|from|at|back|de|du|sur|het|the|my|mijn|m'n|mn|ma|la|le|votre|"
    r"your|uw|je|jouw|dat|die|that|this|carte)(?![a-z'])|[ \t]++l'){0,5}[ \t]*+"
    r"(?:sim|simkaart|simkaartje|sim-kaart|simcard|sim-card|sim card|sim kaart)(?![a-z])"
)
# "de code van het internet", "het wachtwoord voor ons internet", "the password for the internet", "le code de
# l'internet": what someone calls the wifi's key; not a bank's ("internetbankieren", "internet banking").
_OF_THE_INTERNET = LazyPattern(
    r"[ \t]++(?:van|voor|for|of|on|de|du|pour|op)[ \t]++"
    r"(?:(?:het|the|l'|mijn|my|m'n|mn|ons|our|de|le|mon|notre|je|your|jullie)[ \t]*+)?"
    r"(?:internet|interwebs|intrnet|internette)(?![a-z]|[ \t-]*+(?:bank|banking|bankieren))"
)
# "my sons account is LPEETERS91 AND THE PASSWORD IS …", "het account van mijn moeder: TheLazyGamerXx met
# wachtwoord …", "acct ryatur, passwd …": the name after an account cue, with a password cue right after it.
_ACCOUNT_CUES = frozenset({"account", "acct", "acc", "accounts"})
_PHONE_ON_BEFORE = LazyPattern(PHONE_KEPT_ON + r"$")  # ("Phone number on the account is …")
_PHONE_ON_REACH = 40
_ACCOUNT_GLUE = LazyPattern(
    r"(?:[ \t]++(?:van|of|de|du|from|for|voor|pour|bij|at|with)[ \t]++"
    r"(?:mijn|my|m'n|mn|ma|mon|onze|our|notre|his|her|zijn|haar|the|de|het|la|le)[ \t]++[a-zà-ü']{2,14})?"
    r"[ \t]*+(?:(?::|=|is|was|est|name|naam)(?![a-z])[ \t]*+)?(?:(?:is|was)[ \t]++)?",
    re.IGNORECASE,
)
_PAIR_JOINT_REACH = 40
_LOGIN_JOINT = LazyPattern(r"[ \t]*+[,;/|&+][ \t]*+|[ \t]++(?:en|and|et)[ \t]++")


# A cue that ends a mail's subject line ("Subject: PowerSchool login", "Onderwerp: Smartschool wachtwoord"):
# the subject names what the mail is about; the line under it is the body, no value.
_SUBJECT_LINE_START = LazyPattern(
    r"(?:^|\n)[ \t>]*+(?:" + SUBJECT_WORDS + r")[ \t]*+:[^\n]*+$"
)
_SUBJECT_LINE_CUE = LazyPattern(r"[ \t]*+\r?\n")
# A reference named before the message it stands in, the one-time code's word: "Kenmerk in de bevestiging:
# 796086", "the reference in the confirmation: …" (the number is the reference's, not a code sent).
_REFERENCE_IN_BEFORE = LazyPattern(
    r"(?<![a-z])(?:kenmerk|referentie|reference|référence|ref|nummer|number|numéro)[ \t]++"
    r"(?:in|op|on|uit|from|dans|sur)[ \t]++(?:de|het|the|la|le|l'|mijn|my|uw|your|votre|je)[ \t]*+$"
)
# A report made to the police, right before the word: "Numéro de PV à la police : …", "plainte à la police"
# (not "Elle est ajoutée à la police 056355/43": the insurance's policy).
_REPORT_TO_POLICE = LazyPattern(
    r"(?<![a-z])(?:pv|p\.v\.|procès-verbal|proces-verbal|plainte|déclaration)[^\n.]{0,16}"
    r"(?:à|a)[ \t]++la[ \t]++$"
)


def _account_login(
    text: str, low: str, cues: list[tuple[str, int, int]], index: int, out: list[Span]
) -> bool:
    if index + 1 >= len(cues) or cues[index + 1][0] != "password":
        return False
    glue = _ACCOUNT_GLUE.match(text, cues[index][2])
    value = _VALUE.match(text, glue.end()) if glue is not None else None
    if value is None:
        return False
    start, end = _trim(text, value.start(), value.end())
    word = text[start:end]
    marked = bool(
        text[cues[index][2] : start].strip()
    )  # "account is X", "account: X", "account van mijn moeder: X"
    shaped = (
        _strong_username(word) or _name_shaped(word) or (word.isupper() and any(ch.isdigit() for ch in word))
    )
    joined = _LOGIN_JOINT.fullmatch(text, end, cues[index + 1][1]) is not None  # "acct ryatur, passwd …"
    if not joined and not text[end : cues[index + 1][1]].strip(" \t"):
        joined = _secret_follows(text, cues[index + 1][2])  # "account bakkerja ww UDw-QLW1ac"
    if not (marked or shaped or joined):
        return False  # "locked out of my online account after changing my password"
    if word.isalpha() and word.islower() and _WHERE_TO_AFTER.match(text, end):
        return False  # "je account is teruggezet naar ipatel@gmail.com": what was done to it
    if text[start - 1 : start] == "(" and _ISSUED_IN_BRACKETS.fullmatch(word):
        return False  # "I've checked your account (86B62401) and reset your password": its number
    if (
        cues[index + 1][1] - end > _PAIR_JOINT_REACH
        or not _USERNAME_SHAPE.fullmatch(word)
        or not any(ch.isalpha() for ch in word)
        or word.lower() in _NOT_A_SECRET
        or _IBAN_SHAPE.fullmatch(word)
        or _starts_cue(text, start)
    ):
        return False
    out.append(Span(start, end, "username"))
    return True


_WHERE_TO_AFTER = LazyPattern(r"[ \t]++(?:naar|to|vers|door|by|par)(?![^\W\d_])")
# An account's number as the company issues it: capitals and five digits or more, no small letter.
_ISSUED_IN_BRACKETS = LazyPattern(r"(?=(?:[A-Z-]*+[0-9]){5})[A-Z0-9-]++")


def _word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The value's word that starts at pos, its quotes and trailing marks trimmed (None: no word there)."""
    value = _VALUE.match(text, pos)
    if value is None:
        return None
    start, end = _trim(text, value.start(), value.end())
    return (start, end) if end > start else None


def _secret_word(word: str) -> bool:
    return _secret_like(word) and not _not_secret_shape(word)


def _secret_follows(text: str, cue_end: int) -> bool:
    """Whether a secret's shape follows a password cue ("ww UDw-QLW1ac"; not "password changed")."""
    gap = _CONNECTOR.match(text, cue_end)
    word = _word_at(text, gap.end() if gap is not None else cue_end)
    return word is not None and _secret_word(text[word[0] : word[1]])


# A secret named a sentence or two before, then as "it": asked to change it ("Username dmiller87. Please
# change it to P@p@99!", "verander het naar …", "changez-le en …") or what it was before ("Oorspronkelijk
# was het soleil.liverpool.gym9", "originally it was …"). The secret's kind is the last one named before.
_IT_HINTS = ("change it", "verander het", "wijzig het", "changez-le", "oorspronkelijk", "originally",
             "vroeger was", "eerst was", "at first it")  # fmt: skip
_SECRET_AS_IT = LazyPattern(
    r"(?<![a-z])(?:(?:please[ \t]++)?change[ \t]++it[ \t]++to|"
    r"(?:verander|wijzig)[ \t]++het[ \t]++(?:naar|in)|"
    r"changez-le[ \t]++(?:en|par)|(?:oorspronkelijk|vroeger|eerst)[ \t,]++was[ \t]++het|"
    r"(?:originally|at first)[ \t,]++it[ \t]++was)[ \t:]++"
)
_AS_IT_REACH = 200  # (the kinds named "it": `cue_context._AS_IT_KINDS`, as its referred-back values)


def _secret_as_it(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    for match in _SECRET_AS_IT.finditer(low):
        named = [
            category
            for category, cue_start, _ in cues
            if category in _AS_IT_KINDS
            and match.start() - _AS_IT_REACH <= cue_start < match.start()
            and "\n\n" not in low[cue_start : match.start()]
        ]
        word = _word_at(text, match.end())
        if not named or word is None:
            continue
        start, end = word
        if _secret_word(text[start:end]) and free_of(out, start, end):
            out.append(Span(start, end, named[-1]))


# A login told by how one logs in with it ("Ik log in met TulpGamer77", "I log in with xXBusterWolfXx", "je
# me connecte avec Papillon_Wolf") or where its id is printed ("The user ID on the letter is DEBOER227",
# "het gebruikers-ID op de brief is UT765317"). A handle's shape only: not "my email", "Google", "FaceID".
# (each form's own words: a login verb, or the id's cue word the printed form needs)
_LOGIN_SAID_HINTS = ("log in", "login", "log-in", "logged", "logde", "inloggen met", "connecte", "sign",
                     "user", "usr", "gebruikers", "identifiant")  # fmt: skip
_LOGIN_SAID = LazyPattern(
    r"(?<![a-z])(?:" + LOGGED_IN + r"[ \t]++(?:with|met|as|als)|inloggen[ \t]++met|"
    r"(?:je[ \t]++)?me[ \t]++connecte[ \t]++(?:avec|comme)"
    r"|(?P<printed>(?:user[ -]?id|usr[ -]?id|gebruikers-?id|gebruikersnaam|username|identifiant)[ \t]++"
    r"(?:on|op|in|sur|dans)[ \t]++(?:the|de|het|la|le|my|mijn|ma)[ \t]++(?:letter|brief|lettre)[ \t]++"
    r"(?:is|was|staat|est)))[ \t:]++"
)


# What follows a sentence's own "!" or "?": the end of its line, or a new sentence or a hashtag.
_NEXT_SENTENCE = LazyPattern(r"[ \t]*+(?:$|\n)|[ \t]++[A-Z#]")


# A customer service's line names its company: a card's name after it is the company's, not the customer's.
_DESK_BEFORE = LazyPattern(
    r"(?:^|\n)[ \t>]*+(?:service[ \t]++client[a-zèé]*+|klantendienst|klantenservice|customer[ \t]++service)"
    r"[ \t]++$"
)
_DESK_REACH = 24


# A password named after the wifi's key was told is another account's: "wifi paswoord bbwSypkRetAAzikQVhQ.
# wachtwoord Monkey_13rocket", "clé WPA: hxzkpTGahMFyCPM et …, mon mot de passe est Konijn_18oranje".
# (the key after its own cue, the password in a sentence of its own or the customer's own: not a network's
# name nor the same key named again)
_KEY_TOLD_REACH = 80
_KEY_CUE_REACH = 56
# A password's words, typed in haste too ("wachtwooord: rgjw802YDR", "wachtworod: …"): the later cue's and
# the key's own.
_CHOSEN_WORDS_CUE = r"wacht[a-z]{3,6}|paswoord|password|mot de passe"
_KEY_TOLD_CUE = LazyPattern(r"(?<![a-z])(?:" + _CHOSEN_WORDS_CUE + r"|wachtw|mdp|ww|pw)(?![a-z])")
_KEY_CUE_BEFORE = LazyPattern(
    r"(?<![a-z])(?:key|clé|cle|sleutel|" + _CHOSEN_WORDS_CUE + r"|wpa2?)"
    r"(?:[ \t-]?wi-?fi)?"  # ("clé wifi: 828T-W53X-WIWN")
    # (the network named between: "Het wifi-wachtwoord van Odido-55A1 is X")
    r"(?:[ \t]++(?:van|of|for|voor|de|du)[ \t]++[^\s:=]{1,32}+[ \t]++(?:is|was|est)|[ \t]*+[:=]?|"
    r"[ \t]++(?:is|est))[ \t]*+$"
)
# (or a password said to be old or new: "wifi wachtwoord is 085C5F4242 Oud wachtwoord X werkt niet"; or a
# password cue with its own colon right after the key: "wifi-paswoord VILB-E050-CBEB paswoord: Str@nd12")
_APART_BEFORE = LazyPattern(
    r"(?:[.!?][ \t]|\n)[ \t]*+(?:(?:my|mijn|mon)[ \t]++)?$"
    r"|(?<![a-z])(?:my|mijn|mon|oude?|old|nieuwe?|new)[ \t]++$"
)
_OWN_COLON_AFTER = LazyPattern(r"\.?[ \t]*+:")  # ("wachtw.: ivs2s5rR1xA")
_FIELD_MARKS = " \t|;,"  # (fields of a line: "wifi wachtwoord dragon1161!! | wachtw.: …")


def _wifi_key_told_before(low: str, cue_start: int, cue_end: int, out: list[Span]) -> bool:
    return _KEY_TOLD_CUE.match(low, cue_start) is not None and any(
        span.type == "wifi_key"
        and cue_start - _KEY_TOLD_REACH <= span.end <= cue_start
        and _KEY_CUE_BEFORE.search(low, max(0, span.start - _KEY_CUE_REACH), span.start) is not None
        and (
            _APART_BEFORE.search(low, span.end, cue_start) is not None
            or (
                not low[span.end : cue_start].strip(_FIELD_MARKS)
                and _OWN_COLON_AFTER.match(low, cue_end) is not None
            )
        )
        for span in out
    )


def _login_said(text: str, low: str, out: list[Span]) -> None:
    for match in _LOGIN_SAID.finditer(low):
        at = _word_at(text, match.end())
        if at is None:
            continue
        start, end = at
        if text[end - 1] in "!?" and _NEXT_SENTENCE.match(text, end):
            # "ik log in als anouk_devr475! Thx": the sentence's mark ("Rozen1948! lukt niet": the value's)
            end = start + len(text[start:end].rstrip("!?"))
        word = text[start:end]
        printed = match.start("printed") != -1 and word.isupper() and any(ch.isdigit() for ch in word)
        if (_strong_username(word) or _camel_handle(word) or printed) and free_of(out, start, end):
            out.append(Span(start, end, "username"))


# An account given as its e-mail address and password: "Mijn Epic Games account: an@example.be / Kr8t!s".
_MAIL_PAIR = LazyPattern(
    r"[ \t]*+:?[ \t]*+[\w.+-]++@[\w-]++(?:\.[\w-]++)++[ \t]*+/[ \t]*+([^\s/]{5,60})"
)


def _account_mail_pair(text: str, cue_end: int, out: list[Span]) -> bool:
    pair = _MAIL_PAIR.match(text, cue_end)
    if pair is None:
        return False
    start, end = _trim(text, pair.start(1), pair.end(1))
    if end <= start or not _secret_word(text[start:end]):
        return False
    out.append(Span(start, end, "password"))
    return True


# An account named by its login rather than its number: "we hebben je account shop_dubois540 tijdelijk
# vergrendeld", "locked account PieterGarcia after a sign-in", "account: ThePandaBramXx": a handle a person
# chose (letters with digits, an underscore, a dot, a name or words run together), with a small letter; no
# number, IBAN or vendor's id. (After a number's cue whose value is no number, `_customer_number` reads a
# login its own way, further and stricter: "De inloggegevens van het oude account zijn priya_kaarsenk / …".)
_ACCOUNT_NAME = LazyPattern(
    # (or in brackets: "I've unlocked your account (LucyCampbell)", "Ik heb je account (sanne.smit61)")
    r"(?:[ \t]*+:[ \t]*+|[ \t]*+\((?=[^()\n]{3,41}\))|[ \t]++(?:(?:is|was|name|naam)[ \t]++)?)"
    r"([A-Za-z][A-Za-z0-9._\-]{2,40})"
)
_NAME_PART = LazyPattern(r"[A-Za-z]{3}|[a-z]{2}_[a-z]{2}")  # ("wp_mg9942": small words joined)
_PREFIXED_NUMBER = LazyPattern(r"[A-Za-z]{1,5}[-_]?[0-9]{6,}")
_PORTAL_NAME = LazyPattern(r"(?:My|Mijn|Mon|Mes|Ma|Your|Uw)[A-Z]")
_KEYED_ID = LazyPattern(r"[a-z]{2,5}_(?=[a-z0-9]*+[A-Z])[A-Za-z0-9]{10,}")  # "acct_1Nq8ZkLm…": a vendor's


_NAME_SEGMENT = 4  # letters in each capitalised part of a name run together ("PieterGarcia"; not "PayPal")
_CAPITALISED_PART = LazyPattern(r"[A-Z][a-z]+")


def _person_handle(word: str) -> bool:
    """A first and last name run together, each of four letters or more: "PieterGarcia", "ChloeHill"."""
    if not word.isalpha() or not word[:1].isupper():
        return False
    parts = [part.group() for part in _CAPITALISED_PART.finditer(word)]
    return len(parts) >= 2 and "".join(parts) == word and all(len(part) >= _NAME_SEGMENT for part in parts)


def _account_named(text: str, cue_end: int, out: list[Span]) -> bool:
    named = _ACCOUNT_NAME.match(text, cue_end)
    if named is None:
        return False
    start, end = _trim(text, named.start(1), named.end(1))
    word = text[start:end]
    if (
        not (_strong_username(word) or _camel_handle(word) or _person_handle(word))
        or _NAME_PART.search(word) is None  # ("ACCOUNT A-7F8D4215": a number in capitals, read small)
        or _IBAN_SHAPE.fullmatch(word)
        or _VENDOR_ID.fullmatch(word)
        or _KEYED_ID.fullmatch(word)
        or _PREFIXED_NUMBER.fullmatch(word)  # ("HER ACCOUNT: CUST-11229687", read small)
        or _PORTAL_NAME.match(word)  # ("mijn account MyMinfin geblokkeerd": a service's portal)
        or (end < len(text) and (text[end].isalnum() or text[end] in "@/*"))  # ("sk_live_****cFHj")
    ):
        return False
    out.append(Span(start, end, "username"))
    return True


# Keys that are no secret by name: a public or publishable key, and the ids a request carries.
_PUBLIC_BEFORE = LazyPattern(
    r"(?<![a-z])(?:public|publishable|publiek|publieke|idempotency|primary|partition)[ \t_-]?$"
)
_PUBLIC_AFTER = LazyPattern(r"[ \t]++(?:publique|public|publiek|publieke)(?![a-z])")
# A cue written as a quoted key of a JSON, YAML or PHP snippet: its closing quote, then ':' or '=>'.
_KEY_QUOTES = frozenset("\"'")
_QUOTED_KEY_END = LazyPattern(r"[\"'](?=[ \t]*+(?::|=>?))")

# A card reader named alone ("le lecteur me donne 9455 4876", "de lezer geeft 11994230") answers with six to
# eight digits; other readers (DVD, music) show a year or a model. So does "j'ai reçu" ("J'AI REÇU 101532",
# not "j'ai reçu 3 colis" or "j'ai reçu la facture de 2024").
_BARE_READER_CUES = frozenset(
    {
        "lecteur",
        "lezer",
        "j'ai reçu",
        "jai reçu",
        "j ai reçu",
        "j’ai reçu",
        "j'ai recu",
        "jai recu",
        "j ai recu",
    }
)
# Between the reader or "j'ai reçu" and the code only what shows or sends it ("me donne", "affiche",
# "par sms"); a noun says something else was received ("j'ai reçu le colis 445120").
_ANSWER_GLUE = frozenset(
    "me mij m'n donne affiche indique geeft gaf toont zegt gives gave shows says le un ce code de the a par "
    "via per sms mail e-mail ça ca".split()
)
_READER_ANSWER = LazyPattern(r"(?<![0-9])(?:[0-9]{6,8}|[0-9]{3,4}[ \-][0-9]{3,4})(?![0-9]|[.,][0-9])")

_NETWORK_ENDS = ("réseau", "reseau", "netwerk", "network")
# "WiFi-BaseTel-80", "WIFI_Proxi_5G": "wifi" glued to a name's next part is that network's name.
_NAMED_NETWORK = LazyPattern(r"[-_][A-Za-z0-9]")
# The wifi named, then a password cue: "Wifi: Loft42, wachtwoord …", "wifi is telenet-4A7C2 / password …".
_NETWORK_THEN_KEY = LazyPattern(
    r"[ \t]*+(?:(?:is|=|naam|name|nom|netwerk|network|réseau)(?![\w-])[ \t]*+)?:?[ \t]*+[\"'“]?"
    r"[A-Za-z0-9][\w.\-]{1,31}[\"'”]?[ \t]*+(?:[,;/|(–-]|\r?\n[ \t>]*+)?[ \t]*+"
    r"(?:(?:en|and|et|met|with)[ \t]++)?(?:het|the|le)?[ \t]*+"
)
# "Mijn code van 5 cijfers", "my 6 digit code", "mon code à 4 chiffres": a code the customer describes by its
# length is one they know by heart (a PIN), not one sent to them.
_LENGTH_AFTER = LazyPattern(
    r"[ \t]++(?:van|of|à|de|met|with|in)[ \t]++[4-8][ \t-]*+(?:cijfers|cijferkes|digits|chiffres|tekens|"
    r"characters|caractères|nummers|numbers)(?![a-z])"
)
_DESCRIBED_CODES = frozenset({"code", "digit code", "cijferige code"})  # ("de 4-cijferige code")
# Four digits are a PIN's whoever's they are: "the app wants a 4 digit code to unlock", "de 4-cijferige code".
_LENGTH_BEFORE = LazyPattern(
    r"(?<![a-z])(?:(?:mijn|my|mon|ma|m'n|mn)[ \t]++(?:[4-8]|four|five|six|vier|vijf|zes|quatre|cinq|six)|"
    r"(?:a|the|de|het|een|le|la|un|une|ta|your|je|uw|votre)[ \t]++(?:4|four|vier|quatre))"
    r"[ \t-]*+(?:digit|cijferige|chiffres|-cijferige)?[ \t-]*+$"
)
# "user pdubois pas wafel.moules.82", "user peeters_6084 pas L33uw97": a username, then 'pas' (Flemish short
# for paswoord) and the password, where 'pas' alone would be a card or French 'not'.
_PAS_PASSWORD = LazyPattern(r"[ \t]++pas[ \t]*+[:=]?[ \t]*+([^\s\"“(]{4,60})")
# "Ik typ soleil9787OIW over van de sticker", "I copied Kx93-PLMQ off the sticker": a key typed over from the
# sticker named after it.
_TYPED_FROM_BEFORE = LazyPattern(
    r"(?<![a-z])(?:typ|tik|type|typed|typing|copy|copied|kopieer|kopieerde|overgetypt|recopie|recopié|tape|"
    r"tapé|lees|read|entered|enter)[ \t]++([^\s\"“(]{6,60})[ \t]++(?:over[ \t]++)?"
    r"(?:van|from|off|de|du|uit|of)[ \t]++(?:(?:de|het|the|l'|la|le|dat|that|mijn|my)[ \t]*+)?$",
    re.IGNORECASE,
)

# Expressions live at module level, never inline, so that the linear-time audit in tests/unit/scrub
# sees every one of them.
_EXPLICIT_WORD = LazyPattern(
    r"\b(?:is|was|wordt|luidt|est|ist|lautet|says|zegt|indique|it's|its|" + STAYS_WORDS + r")\b"
)

_TYPED_HINTS = ("que j", "what i", "typ ik", "tik ik", "werken ni", "doen het", "t work", "not work",
                "marchent", "to log", "to sign", "om in te", "pour me")  # fmt: skip
# Cues that are also ordinary words need an explicit ":" / "=" or "is" before the value.
_WEAK_CUES = frozenset(
    "code sms pass pw user login log in inlog gebruiker token sleutel secret 2fa account pin puk ww wifi tan "
    "wi fi wlan wpa wpa2 mdp passcode voici sticker stickertje psk key authenticator authenticatie "
    "verificatie verification bevestiging cijfers digits chiffres smsje clé pseudo nickname uid usr "
    "utilisateur benutzer".split()
) | {"hier is ie", "hier is hij", "here it is", "here you go", "wi fi", "log in", *WIFI_SPELLINGS} | {
    "got the text", "got a text", "got the sms"  # ("I got a text 2024 was a great year")
}
_GLUED_NAME = LazyPattern(r"_[A-Za-z0-9]++(?:_[A-Za-z0-9]++)*+(?![ \t]*+[:=\"'])")


# "wachtwoord van mijn account is X", "the PUK of my SIM card: X", "mot de passe de mon compte", "de
# bevestigingscode voor mijn marktplaats account was X": the account or card named after a credential cue
# (with its brand) says whose it is; it is no cue of its own.
_OWNER_OF = LazyPattern(
    r"[ \t]++(?:(?:van|of|for|voor|de|du|pour|bij|on|op)[ \t]++"
    r"(?:(?:mijn|my|m'n|mn|ma|mon|the|de|het|la|le|l'|your|je|uw|votre|our|ons|onze)[ \t]*+)?"
    # (or the card the account holds: "le code PUK de la carte SIM liée à mon compte est …")
    r"(?:[a-z0-9][a-z0-9.&'-]*+[ \t]++){0,2}(?:[a-zà-ÿ'][a-zà-ÿ'-]*+[ \t]++){0,3})?$"
    # (or right after it: "code pin compte 4471")
)
_OWNER_REACH = 40
# A contract or a subscription owns the credential named before it as an account does ("PUK on my contract
# is 27958747", "de PUK van mijn abonnement is …"), when a word joins them (not "code contrat 4471").
_OWNED_PLANS = frozenset(
    {"contract", "contrat", "abonnement", "subscription", "polis", "leasecontract", "lease", "laadpas",
     "laadkaart", "charge card", "charging card", "toll tag", "toll badge", "tolbadge", "badge"}
)  # fmt: skip
_PLAN_SECRETS = frozenset({"password", "pin", "puk"})  # (a card reader's code is no contract's)


def _owned_by(low: str, cue_end: int, owner_start: int) -> bool:
    """Whether the thing named at `owner_start` says whose the credential whose cue ends at `cue_end` is."""
    return owner_start - cue_end <= _OWNER_REACH and bool(_OWNER_OF.fullmatch(low, cue_end, owner_start))


_CREDENTIAL_KINDS = frozenset({"password", "pin", "puk", "otp", "wifi_key"})


def _next_cue_inside(cues: list[tuple[str, int, int]], index: int, end: int) -> bool:
    """Whether the cue after this one starts before `end`: words this cue's phrase took ("van de pin",
    "(5 cijfers)"), no cue of their own."""
    return index + 1 < len(cues) and cues[index + 1][1] < end


_LAST_HINTS = ("last", "laatste")
_DIGITS_NOUNS = frozenset({"digits", "cijfers"})


def wifi_owned(low: str, cue: str, cue_start: int, cue_end: int, category: str, out: list[Span]) -> bool:
    """Whether a password's, a key's or a code's cue names the wifi's key (the cue finder and the fallback
    read it alike)."""
    return bool(
        (_wifi_context(low, cue_start, cue_end, cue) or (len(cue) > 10 and _WIFI_CONTEXT.search(cue)))
        and not (category == "password" and _router_admin(low, cue_start, cue_end))
        and not _OTHER_OWNER_AFTER.match(low, cue_end)  # "the password for my bank app"
        and not (category == "password" and _wifi_key_told_before(low, cue_start, cue_end, out))
        and not _NOT_THE_WIFI.search(low, cue_end, cue_end + 40)
        and not _VALID_UNTIL_AFTER.match(low, cue_end)
    )


def _without_owners(low: str, cues: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    kept = [cues[0]]
    for cue in cues[1:]:
        previous = kept[-1]
        if _DASHED_INSIDE.match(low, cue[1] - 2) and _DASHED_ON.match(low, cue[2]):
            continue  # "Password: Harbour-sleutel-290": a word inside a dashed value, no cue of its own
        if (
            previous[0] in ("pin", "puk")
            and cue[1] - previous[2] <= 1
            and CUE_SLIPS.get(low[cue[1] : cue[2]], low[cue[1] : cue[2]]) in ("code", "codes")
        ):
            continue  # "Keybox coed is 8960": the lock's own code, its word typed in haste
        if low[cue[1] : cue[2]] in GIVEN_CUES and not _SENTENCE_ENDS.search(low, previous[2], cue[1]):
            continue  # "le wifi demande une clé, on nous a donné X": the secret's own sentence goes on
        if (
            cue[0] in ("customer_number", "username")
            and (
                low[cue[1] : cue[2]] in _ACCOUNT_CUES
                or (
                    low[cue[1] : cue[2]] in _OWNED_PLANS
                    and previous[0] in _PLAN_SECRETS
                    and not low[previous[2] : cue[1]].isspace()
                )
            )
            and previous[0] in _CREDENTIAL_KINDS
            and _owned_by(low, previous[2], cue[1])
        ):
            continue
        if (
            cue[0] in ("otp", "login", "username")
            and previous[0] in (_CREDENTIAL_KINDS if cue[0] == "otp" else _TOKEN_KINDS)
            and cue[1] - previous[2] <= _STEP_REACH
            and _AFTER_A_STEP.search(low, max(0, cue[1] - 12), cue[1])
            and low.startswith(_CHECK_WORDS if cue[0] == "otp" else _LOGIN_STEPS, cue[1])
        ):
            # "klant vroeg PUK, gegeven na verificatie: 1106 8349", "gave me this bearer token after login:
            # 3374ae…": when the secret was given, no code nor login of its own
            continue
        kept.append(cue)
    return kept


_STEP_REACH = 40
_SENTENCE_ENDS = re.compile(r"[.!?\n](?:\s|$)")
_DASHED_INSIDE = re.compile(r"[^\W_]-")
_DASHED_ON = re.compile(r"-[^\W_]")
_AFTER_A_STEP = LazyPattern(
    r"(?<![a-z])(?:na|after|après|apres|following|nach)[ \t]++(?:(?:het|the|de|la|le)[ \t]++|l')?$"
)
_CHECK_WORDS = ("verificatie", "verification", "vérification", "verifiëring", "controle", "check")
_LOGIN_STEPS = ("login", "log in", "log-in", "logging in", "inloggen", "inlog", "connexion")
_TOKEN_KINDS = frozenset({"api_key", "token"})  # (a token is handed out after a login; a password is not)


_STICKER_OWNER_REACH = 16  # "admin password on the sticker": the sticker holds the cue just before it


# A login's name alone at the end of its line, and a password named just before it in the message.
_HANDLE_ENDS_LINE = LazyPattern(r"[A-Za-z][A-Za-z0-9._\-]{3,24}[ \t]*+(?:\r?\n|$)")
_PASSWORD_REACH = 120


def _password_opens_line(cues: list[tuple[str, int, int]], index: int, line_start: int, low: str) -> bool:
    following = cues[index + 1] if index + 1 < len(cues) else None
    return (
        following is not None
        and following[0] == "password"
        and not low[line_start : following[1]].strip(" \t>-*•")
    )


def _password_before(cues: list[tuple[str, int, int]], index: int) -> bool:
    cue_start = cues[index][1]
    return any(
        category == "password" and cue_start - _PASSWORD_REACH < start < cue_start
        for category, start, _ in cues
    )


# A product's code or a postcode: "Product code: …", "code article : …", "Post code: 78755", "Code postal".
_OTHER_CODE_BEFORE = LazyPattern(
    # (and a pharmacy's product codes: the UK's PIP code, Belgium's CNK code)
    r"(?<![a-z])(?:product|produit|artikel|article|item|model|post|postal|zip|pip|cnk)[ \t-]?$"
)
_OTHER_CODE_AFTER = LazyPattern(r"[ \t]++(?:article|produit|artikel|product|postale?)(?![a-z])")
# A discount told by its size before the code, in its sentence: "an email for a 10% off wash (code 1850213)",
# "15 procent korting code P58544798", "-20 pour cent avec le code …": an offer's code, sent to many.
_DISCOUNT_BEFORE = LazyPattern(
    r"(?<![0-9.,])[0-9]{1,2}(?:[.,][0-9]{1,2})?[ \t]*+(?:%|pct|procent|percent|per[ \t]cent|pour[ \t]?cent)"
    # (the discount's own word after its size: a battery's or a rate's percentage says nothing of the code)
    r"[ \t]*+(?:off|kort[a-z]{0,5}|discount|réduction|reduction|remise|rabatt|de[ \t]++réduction)(?![a-z])"
    r"[^.!?\n]{0,30}$"
)
_DISCOUNT_REACH = 48
# A system's error printed in capitals after what returned it: "calendar sync geeft CODE 8331 op poort
# 3389", "response CODE 3601 na 9 minuten", "but i get CODE 3758".
_RETURNED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:geeft|gaf|returns|returned|gives|gave|get|got|krijg|kreeg|response|respons|réponse|"
    r"renvoie|toont|shows|showed|affiche)[ \t]++$"
)
_AGENT_AFTER = LazyPattern(r"[ \t_\-]?agent(?![a-z])")
# A bank account's name is its holder's, first name and surname in capitals: "refund the deposit to NL89 RBRB
# 9956 2869 81, account name Derek Walsh" (no login: "my account name is harry1983").
_HOLDER_NAME_AFTER = LazyPattern(
    r"[ \t]*+:?[ \t]*+(?:is[ \t]++)?[A-Z][a-z]++[ \t]++(?:(?:van|de|der|den|le|du)[ \t]++){0,2}[A-Z][a-z]++"
    r"(?![\w@])"
)
# A French id that names a thing, no one's login: "identifiant de requête 1e57ca30-…", "identifiant de la
# transaction", "identifiant de session".
_ID_OF_THING_AFTER = LazyPattern(
    r"[ \t]++(?:de|du|d')[ \t]*+(?:la[ \t]++|l'[ \t]*+)?(?:requête|requete|transaction|session|commande|"
    r"demande|paiement|appareil)(?![a-z])"
)


# A few words of what the secret is for or where it is, opening with a preposition, between its cue and a
# colon: "Clé WPA sous le modem : 4423021649", "pincode van de kassa: …" (not a sentence: "wachtwoord reset
# faalt: payment id …"). Not after the word wifi alone, which names the network as often ("Wifi in ons
# vakantiehuis: SKY8A2F1, wachtwoord …"); not digits after a password's cue, a code sent ("one-time
# passcpde for My Account: 139800").
_LABELLED_KINDS = frozenset({"password", "pin", "puk", "wifi_key"})
_WIFI_WORD = LazyPattern(r"wi-?fi|wlan")
_WORDS_TO_COLON = LazyPattern(
    r"[ \t]++(?:sous|sur|under|on|op|onder|achter|achterop|van|voor|for|of|pour|de|du|bij|at|in|from|uit)"
    r"(?:[ \t]++[^\W\d_][^\W\d_'-]{0,20}+){1,3}+(?=[ \t]?:[ \t])"
)


# The place a login is for, between its cue and a colon or a copula: "inlog portal: X / Y", "login
# klantportaal : X", "Login van de kassa-app: X / Y".
# (or a system's name, a word or two, before the colon: "Utilisateur Windows : antoinedelvaux",
# "identifiant Epic Games : …")
_NAMED_BEFORE_COLON = LazyPattern(r"(?:[ \t]++[A-Z][A-Za-z]{1,14}+){1,2}(?=[ \t]*+:[ \t]*+\S)")
_PLACE_BEFORE_VALUE = LazyPattern(
    r"[ \t]++(?:(?:van|of|for|voor|du|de|pour)[ \t]++(?:(?:de|het|the|la|le|mijn|my|mon|ma)[ \t]++)?"
    r"[\w\-]{2,24}+(?:[ \t]++[\w\-]{2,24}+(?=[ \t]*+:))?"  # (two words before a colon: "voor SEMS Portal:")
    r"|(?:(?:my|mijn|mon|the|het|de|le)[ \t]++)?" + LOGIN_PLACES + r")"
    # then a colon, or a copula and a login's shape or a pair: "de inlog van de clubapp is penningmeester /
    # Zomer2024" (not "de login van de app is kapot"), or a handle's shape at once, its clause ending there:
    # "Gebruikersnaam dashboard stijn_3415, code uit de mail 5742" (heldout-r32 lost precision without it)
    r"(?=[ \t]*+:|[ \t]++(?:is|was|est)[ \t]++(?:[^\s/]*+[0-9_.@]|[^\s/]++[ \t]*+/)"
    r"|[ \t]++(?=[A-Za-z0-9_.-]{4})[A-Za-z][A-Za-z.-]{0,20}[0-9_][A-Za-z0-9_.-]{0,20}"
    r"(?=[,;]|[ \t]*+(?:\r?\n|$)))"
)


# A host and its path up to a cue's word: "brightspace.uva.nl/login", "mijn.example.be/account/".
_HOST_PATH_BEFORE = LazyPattern(r"(?<![\w.@-])[a-z0-9-]++(?:\.[a-z0-9-]++)++(?:/[\w.%-]++)*+/$")


def detect_credentials(
    text: str, low: str, urls: list[tuple[int, int]], out: list[Span]
) -> list[tuple[str, int, int]]:
    """Append the values after cue words; return the cues found (the fallback pass reads them again)."""
    first_new = len(out)
    # Where a message talks about logging in or a password: a secret said to fail may follow there.
    talk: list[int] = _bare_pairs(text, low, out) if _login_hinted(low) else []
    for joint in _JOINTS:
        if joint in text:
            _slash_pairs(text, low, urls, out, joint)
    if "?" in low or contains_any(low, _TYPED_HINTS):  # "c'est bien ça ?", "klopt toch?", "c ce que je tape"
        _confirmed_pairs(text, low, out)
    if ":" in text:
        _line_pairs(text, out)  # "jamesanderson82:james2014@" alone on its line
    _letter_label_pairs(text, low, out)  # "u: tomasz.c50 p: voetbal329"
    cues = find_cues(low)
    if len(cues) > 1:
        cues = _without_owners(low, cues)
    if contains_any(low, _LAST_HINTS):
        # "de laatste 4 cijfers van mijn kaart zijn 8812", "last 4 digits 8812": what is left of a card's
        # number, no code's count
        cues = [
            cue
            for cue in cues
            if not (
                low[cue[1] : cue[2]] in _DIGITS_NOUNS
                and LAST_DIGITS_BEFORE.search(low, max(0, cue[1] - 16), cue[1])
            )
        ]
    _numbered_customers(text, low, out)  # (a word from "c" is the expression's own first test)
    _contracts_numbered(text, low, out)
    if "*" in text:
        for ema in _STARRED_EMA_ID.finditer(text):  # "Je oude pas NL*EVB*CV9LKXVEA is geblokkeerd"
            out.append(Span(ema.start(), ema.end(), "customer_number"))
    if "_" in text:
        for account in _PAYMENT_ACCOUNT_ID.finditer(text):  # "customer cus_NffrFeUfNV2Hib", "org_2345678"
            out.append(Span(account.start(), account.end(), "customer_number"))
    if "meter" in low or "compteur" in low:
        for meter in _METER_SERIAL.finditer(low):
            if not _NOT_A_METER_BEFORE.search(low, max(0, meter.start() - 8), meter.start()):
                _customer_number(text, low, meter.end(), out, _SERIAL_DIGITS)
    if contains_any(low, _HELD_HINTS):
        for held in _HELD_NUMBER.finditer(low):
            if any(
                category in _PLAN_SECRETS and cue_end < held.start() and _owned_by(low, cue_end, held.start())
                for category, _, cue_end in cues
            ):
                continue  # "PUK van mijn abonnement is 45071629": the PUK's, its subscription says whose
            _customer_number(text, low, held.end(), out, 6, _HELD_DIGITS_MAX)
    if contains_any(low, _MANDATE_HINTS):
        for mandate in _MANDATE_NUMBER.finditer(low):
            _customer_number(text, low, mandate.end(), out, _MANDATE_DIGITS)
    if contains_any(low, _SHARED_HINTS) and contains_any(low, PASSWORD_WORDS):
        for shared in _SHARED_SECRET.finditer(text):
            group = next(name for name in ("nl", "en", "fr") if shared.start(name) != -1)
            start, end = _trim(text, shared.start(group), shared.end(group))
            if _SECRET_MARK.search(text, start, end) and not find_cues(low[start:end]):
                out.append(Span(start, end, "password"))
    if contains_any(low, _PORTING_HINTS):
        _porting_codes(text, low, out)  # a number's porting code: one use, to the new provider
    if "/" in low and contains_any(low, _ADMIN_HINTS):
        for pair in _ADMIN_PAIR.finditer(text):  # "Accès interface modem: admin / 5pp9fgm8wc"
            value = pair.group(1)
            place = _ADMIN_PLACE.search(low, max(0, pair.start() - _ADMIN_REACH), pair.start())
            if (not value.isalpha() or value.isupper()) and place is not None:
                out.append(Span(pair.start(1), pair.end(1), "password"))
    if "admin" in low and ":" in low:
        for labelled in _BOX_ADMIN_PAIR.finditer(text):  # "Router admin: nvos / BUR071eau!"
            user, secret = labelled.group(1), labelled.group(2)
            if _USERNAME_SHAPE.fullmatch(user) and _secret_like(secret) and not _not_secret_shape(secret):
                out.append(Span(labelled.start(1), labelled.end(1), "username"))
                out.append(Span(labelled.start(2), labelled.end(2), "password"))
    if contains_any(low, _PICKUP_HINTS):
        for pickup in _PICKUP_CODE.finditer(text):  # "collection code GPCC83", "code de retrait : ADXVUV"
            code = pickup.group(1)
            if code.isalpha() and (len(code) != _DRAWN_LETTERS or sum(ch in "AEIOUY" for ch in code) > 2):
                continue  # (letters alone as six drawn ones, not a word: "the pickup code is EXPIRED")
            out.append(Span(pickup.start(1), pickup.end(1), "otp"))
    if contains_any(low, _TOP_UP_HINTS):
        for top_up in _TOP_UP_CODE.finditer(low):  # (a short one is the cue finder's, as any PIN)
            out.append(Span(top_up.start(1), top_up.end(1), "pin"))
    if "lpa:" in low:
        for esim in _ESIM_ACTIVATION.finditer(text):
            out.append(Span(esim.start(), esim.end(), "token"))
    if "box" in low or "unit" in low:
        for unit in _STORAGE_UNIT.finditer(text):  # "huur voor box G151", "Unit 4.68, toegangscode …"
            out.append(Span(unit.start(1), unit.end(1), "customer_number"))
    if "aanslag" in low:
        for assessment in _TAX_ASSESSMENT.finditer(low):  # "Aanslagnummer 0210.61.775.H.76"
            out.append(Span(assessment.start(1), assessment.end(1), "customer_number"))
    if contains_any(low, _INSURED_HINTS):
        for insured in _INSURED_NUMBER.finditer(low):
            _customer_number(text, low, insured.end(), out, _INSURED_DIGITS)
    for policy in _SLIPPED_POLICY.finditer(low):
        if policy.group() in _POLICY_SLIPS:
            _customer_number(text, low, policy.end(), out, _INSURED_DIGITS)
    if "ean" in low and _ENERGY_WORDS.search(low):
        for connection in _BARE_EAN.finditer(low):  # "stroom eraf … EAN A733Z6128", "pour l'EAN 2217165198"
            _customer_number(text, low, connection.end(), out, 6)
        for grouped in _EAN_18.finditer(text):  # "EAN aansluiting: 8717 73 82 25 88 13 31 39"
            out.append(Span(grouped.start(), grouped.end(), "customer_number"))
    for holder in _HOLDER_NUMBER.finditer(low):  # (no hint word: a slip may spell any of its letters)
        _customer_number(text, low, holder.end(), out, 6, _HELD_DIGITS_MAX)
    if contains_any(low, _OWN_HINTS):
        _own_numbers(text, low, out)  # "My SkyMiles number is M78ZM43": a scheme's number by its name
    told_logins(text, low, out)  # "inloggen in de app met maesj en …", "Mijn login jensmertens werkt niet"
    talk.extend(cue_end for category, _, cue_end in cues if category == "password")
    logged = low.find("logged")
    if logged != -1:
        talk.append(logged)
    if talk and contains_any(low, _REJECTED_HINTS):
        _rejected_secrets(text, low, sorted(talk), out)
    paired = -1  # the password cue of a "user/pass" cue, already read as a pair
    not_cues: list[int] = []  # words found as cues that the words around them say are none
    for index, (category, cue_start, cue_end) in enumerate(cues):
        if index == paired:
            continue
        if urls and inside(urls, cue_start):
            continue  # secrets inside links are the URL detector's
        if low[cue_start - 1 : cue_start] == "/" and _HOST_PATH_BEFORE.search(
            low, max(0, cue_start - 80), cue_start
        ):
            continue  # "ticketswap.nl/login?next=%2Fprofile": a page's path written without its scheme
        if text[cue_end : cue_end + 1] == "_" and _GLUED_NAME.match(text, cue_end):
            continue  # "LOGIN_FAILED_28": a cue inside an identifier that labels nothing
        if index + 1 < len(cues) and cues[index + 1][1] == cue_end + 1 and text[cue_end] in "_-":
            continue  # "AWS_SECRET_ACCESS_KEY=…": one name of several cues, the last one reads the value
        if category == "customer_number" and _ENV_NAME_BEFORE.search(text, max(0, cue_start - 24), cue_start):
            setting = _ENV_VALUE.match(text, cue_end)
            if setting is not None and text[cue_start:cue_end].isupper():
                # "PAYPAL_CLIENT_ID=AnnR0kl7…": an application's id in its configuration, a key's half
                out.append(Span(setting.start(1), setting.end(1), "api_key"))
                continue
        if category in ("customer_number",):
            if (
                low.startswith(("contra", "agreement"), cue_start)
                and contains_any(low, _CAR_HIRE_HINTS)
                and _CAR_HIRE.search(low, max(0, cue_start - _CAR_HIRE_REACH), cue_start)
            ):
                continue  # "la voiture de location … Contrat RSV-930724": a rental's agreement, an order's
            if low.startswith("police", cue_start) and _REPORT_TO_POLICE.search(
                low, max(0, cue_start - 32), cue_start
            ):
                continue  # "Numéro de PV à la police : T516777": the report made to the police, no policy
            if low.startswith("crn", cue_start) and _COMPANY_BEFORE.search(
                low, max(0, cue_start - 24), cue_start
            ):
                # "Company registration CRN 12345678": the company's number; a student loan's CRN ("CRN
                # 95459294307", "CRN 0103291156") is read by the cue like any customer's reference
                continue
            if _DESK_BEFORE.search(low, max(0, cue_start - _DESK_REACH), cue_start):
                continue  # "Service clientèle MOBIB⏎070 23 2000": the card's company signs, no card's number
            if _code_for_it(low, cues, index):
                continue  # "Le code reçu par SMS pour signer mon contrat : 863425": the code's, told for it
            if low[cue_start:cue_end] in _ACCOUNT_CUES and _PHONE_ON_BEFORE.search(
                low, max(0, cue_start - _PHONE_ON_REACH), cue_start
            ):
                continue  # "Phone number on the account is 020 8968 6260": the phone's number, on the account
            if low[cue_start:cue_end] in _ACCOUNT_CUES and (
                _account_mail_pair(text, cue_end, out)
                or _account_login(text, low, cues, index, out)
                or _account_named(text, cue_end, out)
            ):
                continue  # "my sons account is femke_lecl345 and the password is …": a login, not a number
            found_before = len(out)
            bare = low[cue_start:cue_end] in _BARE_REFERENCE_NOUNS
            _customer_number(text, low, cue_end, out, 6 if bare else 3)
            if bare and len(out) > found_before and _name_ends_line(text, cue_start, cue_end, out[-1].start):
                del out[found_before:]  # "Klantendienst Trapfiets Lease⏎T 078/85.74.53": a name's last word
            if len(out) == found_before:
                qualified = _WHOSE_NUMBER.match(low, cue_end)
                # (not what a screen answers: "my supporter account for days but keep getting E3614")
                # (nor another secret named on the way: "account pin is 48213")
                # (a bare name reads whose it is before a copula only: "de polis van de autoverzekering is …",
                # not "Ik ben klant bij KBC Brussel: 20231187 is het dossier"; decision 0096)
                if (
                    qualified is not None
                    and (qualified.group("brand") is None or text[qualified.start("brand")].isupper())
                    and _SCREEN_ANSWERS.search(qualified.group()) is None
                    and not find_cues(qualified.group())
                    and (
                        not bare or qualified.group("place") or _COPULA.search(qualified.group()) is not None
                    )
                ):
                    # "Klantnummer bij mijn oude provider: 2373022773", "de polis van de autoverzekering is …"
                    _customer_number(text, low, qualified.end(), out, 6 if bare else _QUALIFIED_DIGITS)
            if len(out) == found_before and low[cue_start:cue_end] in _POLICY_NOUNS:
                kind = _POLICY_KIND.match(low, cue_end)  # "polis beroepsaansprakelijkheid 1783/714206"
                if kind is not None:
                    _customer_number(text, low, kind.end(), out, 6)
            if len(out) == found_before:
                _customer_before_cue(text, low, cue_start, cue_end, out)
            if len(out) == found_before and low[cue_start:cue_end] in _ACCOUNT_CUES:
                _user_before_copula(text, cue_start, out)  # "ilse_schouten40 is mijn account": its login
            continue
        limit = _window_end(cues, index, len(text), low)
        cue = low[cue_start:cue_end]
        cue = CUE_SLIPS.get(cue, cue)  # ("cdoe van het hek 5301": a code, as "code" reads it)
        if category == "otp" and cue in _code_slips():
            cue = "code"  # ("security coee 2734" after a card: any one slip of "code" reads as it)
        if cue == "user" and _AGENT_AFTER.match(low, cue_end):
            not_cues.append(index)
            continue  # "User agent: Mozilla/5.0 (Windows …)": a browser's name, no user's
        if _SUBJECT_LINE_CUE.match(low, cue_end) and _SUBJECT_LINE_START.search(
            low, max(0, cue_start - 60), cue_start
        ):
            not_cues.append(index)
            continue  # "Subject: PowerSchool login⏎> Did the …": a mail's subject, the next line is its body
        if category == "otp" and _REFERENCE_IN_BEFORE.search(low, max(0, cue_start - 40), cue_start):
            not_cues.append(index)
            continue  # "Kenmerk in de bevestiging: 796086": the confirmation is where the reference stands
        if category == "username" and (
            (cue.startswith("identifiant") and _ID_OF_THING_AFTER.match(low, cue_end))
            or (cue.startswith("ac") and cue.endswith("name") and _HOLDER_NAME_AFTER.match(text, cue_end))
        ):
            not_cues.append(index)
            continue  # "identifiant de requête 1e57…", "account name Derek Walsh": a thing's id, a holder
        if category == "wifi_key" and cue in _BARE_WIFI_CUES and _NAMED_NETWORK.match(text, cue_end):
            continue  # "WiFi-BaseTel-80", "réseau WiFi-Telonet-73": the first part of a network's name
        if (
            category == "wifi_key"
            and cue in _BARE_WIFI_CUES
            and index + 1 < len(cues)
            and (cues[index + 1][0] == "password" or low[cues[index + 1][1] : cues[index + 1][2]] == "key")
            and _NETWORK_THEN_KEY.fullmatch(text, cue_end, cues[index + 1][1])
            # (not the wifi word of a key's own cue: "mot de passe wifi : X⏎le mot de passe de …")
            and not (index and cues[index - 1][0] == "password" and cue_start - cues[index - 1][2] <= 1)
        ):
            cues[index + 1] = ("wifi_key", cues[index + 1][1], cues[index + 1][2])
            not_cues.append(index)
            continue  # "Wifi is NETGEAR55, paassword Strand202526": the network's name, then its key
        if category == "wifi_key" and _NOT_THE_WIFI.search(low, max(0, cue_start - 24), cue_end + 30):
            if cue in _BARE_WIFI_CUES:
                not_cues.append(index)
                continue  # "het wachtwoord van het modem (niet het wifi) is X": the wifi named as not meant
            category = "password"  # "the router password (not the wifi one) is X": the box's own
        if category == "puk" and cue.startswith(("lang", "long")):
            sim = _SIM_AFTER.match(low, cue_end)
            if sim is None:
                not_cues.append(index)
                continue  # "het lange nummer op de factuur": only the SIM's long number is its PUK
            cue_end = sim.end()
        elif category in ("otp", "password", "api_key") and low[cue_end : cue_end + 1] == " ":
            internet = _OF_THE_INTERNET.match(low, cue_end)
            if internet is not None:
                category, cue_end = "wifi_key", internet.end()  # "de code van het internet is X": its wifi
        if cue in _REFERRING_CUES and cue != "tried" and _THING_NAMED_AFTER.match(low, cue_end):
            not_cues.append(index)
            continue  # "voici mes index : jour 483694", "here you go, the meter readings": it names its thing
        if cue in GIVEN_CUES:
            asked = _kind_named_before(cues, index, low)
            if asked is None:
                not_cues.append(index)
            else:  # "la clé wifi … ne fonctionne plus. On nous a donné X", "op de welkomstbrief staat X"
                given = len(out)
                _window(asked, cue, text, low, cue_end, limit, True, False, out, "is")
                del out[given + 1 :]  # the one value handed over ("… says X but won't connect to HOTEL-WIFI")
            continue
        if cue in _REFERRING_CUES:
            asked = _kind_named_before(cues, index, low)
            if asked is not None:  # "what's the wifi pasword again, tried X", "la clé wifi … La voici : X"
                _window(asked, cue, text, low, cue_end, limit, True, False, out, "is")
                continue
        if category == "login":
            _login_pair(
                text, cue_end, limit, out, named_as=cue.endswith(("als", " as", "-as", "_as", " que"))
            )
            continue
        if category == "puk" and index + 1 < len(cues) and cues[index + 1][0] == "pin":
            of_pin = _PUK_OF_PIN.match(low, cue_end)
            if of_pin is not None and _next_cue_inside(cues, index, of_pin.end()):
                cue_end, paired = of_pin.end(), index + 1  # "puk code van de pin 84384781": the PIN's PUK
                limit = _window_end(cues, paired, len(text), low)
        if low[cue_end : cue_end + 3].lstrip().startswith("("):
            note = _LENGTH_NOTE.match(low, cue_end)
            if note is not None:  # "pincode (5 cijfers) 92392": a length in brackets is no cue of its own
                cue_end = note.end()
                if _next_cue_inside(cues, index, cue_end):
                    paired = index + 1
                    limit = _window_end(cues, paired, len(text), low)
        if category in ("pin", "puk") and low[cue_end : cue_end + 1] in ("1", "2"):
            if not low[cue_end + 1 : cue_end + 2].isalnum():
                cue_end += 1  # "PIN1", "PUK2": the SIM's first or second code
        if (category == "password" or (category == "otp" and cue == "code")) and contains_any(
            low, _CARD_WORDS
        ):
            card = _OF_THE_CARD.match(low, cue_end)
            if (
                card is not None
                and not _CVV_DIGITS.match(low, card.end())
                and (category == "otp" or _CARD_PIN_DIGITS.match(low, card.end()))
            ):
                # "de code van mijn bankkaart is 8140", "mon code carte", "the password of my debit card is
                # 3165", "le mot de passe de ma carte bancaire 2347": the card's own code
                category, cue_end = "pin", card.end()
        if category == "otp" and cue == "code" and "sim" in low:
            sim = _SIM_AFTER.match(low, cue_end)
            if sim is not None:  # "code van de simkaart 4417": the SIM's own code, a PIN or its PUK by length
                digits = _SIM_CODE_DIGITS.match(low, sim.end())
                if digits is not None:
                    category, cue_end = ("puk" if len(digits.group(1)) == 8 else "pin"), sim.end()
        if cue in _BARE_READER_CUES:
            answer = _READER_ANSWER.search(low, cue_end, cue_end + 40)
            between = low[cue_end : answer.start()].split() if answer is not None else []
            if answer is None or len(between) > 3 or not _ANSWER_GLUE.issuperset(between):
                not_cues.append(index)
                continue  # "mon lecteur DVD de 2019", "j'ai reçu la facture 2024-0012": no code answered
        if cue.endswith("code") and _ERROR_AFTER.match(low, cue_end):
            continue  # "code erreur E-6815", "code d'erreur LOS-16": an error code, never a secret
        if text[cue_start:cue_end] == "CODE" and (
            _RETURNED_BEFORE.search(low, max(0, cue_start - 12), cue_start) is not None
        ):
            not_cues.append(index)
            continue
        if cue == "code" and (
            _OTHER_CODE_BEFORE.search(low, max(0, cue_start - 12), cue_start)
            or _OTHER_CODE_AFTER.match(low, cue_end)
        ):
            not_cues.append(index)
            continue  # "Product code: A1234-56", "Code postal: 1400": a product's code, a postcode; no secret
        if category == "otp":
            if _ERROR_BEFORE.search(before(low, cue_start, 16)):
                continue
            if _DISCOUNT_BEFORE.search(low, max(0, cue_start - _DISCOUNT_REACH), cue_start):
                not_cues.append(index)
                continue
            if cue in ("bevestiging", "confirmation") and (
                _BOOKING_AFTER.match(low, cue_end)
                or _SUBJECT_JUST_BEFORE.search(low, max(0, cue_start - 16), cue_start)
            ):
                not_cues.append(index)
                continue  # "Onderwerp: Bevestiging reservatie QC1390672", "Onderwerp: Bevestiging WO586374":
                # a booking's or a request's reference in a mail's subject, no code
            if (
                normalise_cue(cue) in _CARD_CODE_CUES
                and _SHORT_CODE.match(text, cue_end)
                and card_nearby(low, cue_start, cue_end)
            ):
                continue  # "beveiligingscode 123" next to a card is its CVV
        if (
            category in ("otp", "pin")
            and _CARD_SIDE_AFTER.match(low, cue_end)
            and card_nearby(low, cue_start, cue_end)
        ):
            continue  # "4 digit code on the front 5464", "de code achterop 123": a card's CVV, the card's own
        if category == "otp" and kept_lock_code(low, cue, cue_start, cue_end):
            # "de code van het sleutelkluisje (5936)", "current codes are 1306 and …", "ontgrendelcode tel is
            # 6900", "code de déverrouillage du gsm": the code of a lock or of a phone's screen is kept
            category = "pin"
        elif (
            category == "otp"
            and cue in ("cijfers", "chiffres", "digits")
            and _FOUR_BEFORE.search(low, max(0, cue_start - 8), cue_start)
        ):
            category = "pin"  # "vier cijfers: 3-8-1-3", "quatre chiffres : deux, huit, cinq, zéro"
        elif (
            category == "otp"
            and normalise_cue(cue) == "passcode"
            and _words_after_passcode(text, low, cue_end, out)
        ):
            continue  # "passcode for the online account is Meadow2016&": a word, so the account's password
        elif category == "otp" and cue in _CHOSEN_CODE_CUES and _chosen(low, cue_start, cue_end):
            category = "pin"  # "the app passcode I set is 350825": a code the customer chose is a PIN
        elif (
            category == "otp" and normalise_cue(cue) == "passcode" and _own_passcode(low, cue_start, cue_end)
        ):
            category = "pin"  # "my mobile banking passcode (61493)", "2) passcode 718397": one kept, not sent
        elif (
            category == "otp"
            and normalise_cue(cue) in _OWN_CODE_CUES
            and not (
                _SHORT_CODE.match(text, cue_end)
                and card_nearby(low, cue_start, cue_end)
                and not _my_four_digits(low, cue_start, cue_end)
            )
            and _own_code(low, cue_start, cue_end)
        ):
            category = "pin"  # "code voor de app: 30884", "mon code est 3886": the customer's own code
        elif (
            category == "otp"
            and cue in _DESCRIBED_CODES
            and (
                (
                    _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start)
                    and _LENGTH_AFTER.match(low, cue_end)
                )
                or _LENGTH_BEFORE.search(low, max(0, cue_start - 24), cue_start)
            )
            and not _SENT_NEAR.search(low, max(0, cue_start - 40), cue_end + 40)
            and not card_nearby(low, cue_start, cue_end)
        ):
            category = "pin"  # "Mijn code van 5 cijfers is 05553", "my 6 digit code": described, so known
            length = _LENGTH_AFTER.match(low, cue_end)
            if length is not None:
                cue_end = length.end()
                if _next_cue_inside(cues, index, cue_end):
                    paired = index + 1  # "cijfers" is no cue of its own here
        elif (
            category == "otp"
            and cue == "code"
            and index
            and cues[index - 1][0] == "pin"
            and cue_start - cues[index - 1][2] < 60
            and _FOUR_DIGITS_AFTER.match(low, cue_end)
            and not _SENT_NEAR.search(low, cues[index - 1][1], cue_end + 40)
        ):
            category = "pin"  # "De pinbrief is vandaag gekomen, de code is 6620": the PIN just named
        elif category == "pin" and _MESSAGE_RECEIVED_BEFORE.search(low, max(0, cue_start - 60), cue_start):
            category = "otp"  # "J'ai reçu un SMS « Votre code itsme : 040718 »": a message's code, sent
        elif (
            category == "pin"
            and "itsme" in cue
            and (
                _CONFIRMING.search(low, max(0, cue_start - 24), cue_end + 12)
                or not _kept_not_sent(low, cue_start, cue_end)
            )
        ):
            category = "otp"  # "Ik heb een itsme-code gekregen: 449461", "de code van de itsme-bevestiging"
        elif (
            category == "pin"
            and "itsme" in cue
            and _SIX_DIGIT_CODE_AFTER.match(text, cue_end)
            and not _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start)  # ("mijn itsme-code 153231")
        ):
            category = "otp"  # "itsme-code 926-303", "code itsme 85957170": the app's own code has 5 digits
        if (
            category in ("password", "api_key", "otp")
            and wifi_owned(low, cue, cue_start, cue_end, category, out)
            and not (category == "password" and _after_username(cues, index))
        ):
            category = "wifi_key"  # also a compound that names it: "routerwachtwoord", "modemsleutel"
        elif (
            category == "password"
            and _wifi_story(cues, index, low)
            and not _wifi_key_told_before(low, cue_start, cue_end, out)
            and not _router_admin(low, cue_start, cue_end)
            and not _NOT_THE_WIFI.search(low, cue_end, cue_end + 40)
            and not _OTHER_OWNER_AFTER.match(low, cue_end)  # ("het wachtwoord van de slimme thermostaat")
        ):
            category = "wifi_key"  # "Ze wil haar wifi-wachtwoord veranderen … Het huidige wachtwoord is X"
        if (
            category == "wifi_key"
            and cue.startswith(("router", "modem"))
            and cue.endswith(("password", "wachtwoord", "paswoord"))
            and (
                _router_admin(low, cue_start, cue_end)
                or _WIFI_KEY_APART.search(low, cue_end, cue_end + _WIFI_KEY_APART_REACH) is not None
            )
        ):
            # "asked me for the router password, so I typed summer56": its admin login; "mijn
            # routerwachtwoord (Strand242?) en wifisleutel …": the wifi's key named apart (decision 0096)
            category = "password"
        if cue in _BOARDS and not _WIFI_CONTEXT.search(low, max(0, cue_start - _BOARD_REACH), cue_start):
            continue  # a board the wifi was not asked of before: a plate, a notice
        if cue.startswith(("sticker", "autocollant", "étiquette")):
            if not _WIFI_CONTEXT.search(low, max(0, cue_start - 60), cue_end + 60):
                continue  # a sticker on a parcel, not on the router
            typed = _TYPED_FROM_BEFORE.search(text, max(0, cue_start - 90), cue_start)
            if typed is not None and _secret_like(typed.group(1), True):
                out.append(Span(typed.start(1), typed.end(1), "wifi_key"))
                continue
            if (
                index
                and cues[index - 1][0] == "password"
                and cue_start - cues[index - 1][2] < _STICKER_OWNER_REACH
                and _router_admin(low, cues[index - 1][1], cues[index - 1][2])
            ):
                category = "password"  # "the router admin password on the sticker is X": the admin's
        if text[cue_end : cue_end + 1] in _KEY_QUOTES:
            quoted = _QUOTED_KEY_END.match(text, cue_end)
            if quoted is not None:
                cue_end = quoted.end()  # '"username": "camlem"', "'pass' => 'x'": the key's quote ends it
        if category == "wifi_key" and cue.endswith(_NETWORK_ENDS):
            named = _NAME_THEN_COPULA.match(text, cue_end)
            if named is not None:
                cue_end = named.end(1)  # "la clé du réseau VOO-55A1 est …": the network's name, then its key
        if category == "username" and text[cue_end : cue_end + 1] == " ":
            place = _PLACE_BEFORE_VALUE.match(low, cue_end) or _NAMED_BEFORE_COLON.match(text, cue_end)
            if place is not None:
                cue_end = place.end()  # "inlog portal: iclaes / Zomer_zom289": the place, then the login
        elif (
            category in _LABELLED_KINDS
            and text[cue_end : cue_end + 1] == " "
            and (category != "wifi_key" or not _WIFI_WORD.fullmatch(low, cue_start, cue_end))
        ):
            label = _WORDS_TO_COLON.match(low, cue_end)
            told_digits = label is not None and _DIGITS_VALUE.match(text, label.end() + 2) is not None
            if label is not None and not (category == "password" and told_digits):
                cue_end = label.end()  # "Clé WPA sous le modem : 4423021649": where it is, then the key
        connector = _CONNECTOR.match(text, cue_end)
        pos = connector.end() if connector else cue_end
        glue = text[cue_end:pos]
        explicit = bool(
            any(mark in glue for mark in ":=>→")
            or _EXPLICIT_WORD.search(glue)
            or _QUOTED_PAIR.match(glue)  # "define( 'DB_USER', 'db_lysl2i79e' )": a setting's name and value
        )
        weak = cue in _WEAK_CUES and not explicit
        handle = _HANDLE_ENDS_LINE.match(text, pos) if weak and cue in ("login", "user") else None
        if handle is not None:
            # "old password was Pieter#885, tried Lotje#644. login nguyena": the login, named last; or the
            # password's cue opens the next line ("login verhoevenn⏎pass SAskgs2dq2")
            weak = not (
                _password_before(cues, index) or _password_opens_line(cues, index, handle.end(), low)
            )
        if category == "api_key" and (
            _PUBLIC_BEFORE.search(low, max(0, cue_start - 24), cue_start) or _PUBLIC_AFTER.match(low, cue_end)
        ):
            not_cues.append(index)
            continue  # "the publishable key pk_…", "la clé publique …", "Idempotency-Key: …": no secret
        if category == "api_key":
            cue = _named_cue(low, cue_start, cue)  # for its type only: "JWT_SECRET=…" signs sessions
        access_code = False
        if (
            category == "pin"
            and cue in ACCESS_CODE_CUES
            and not _PLACE_NEAR.search(low, max(0, cue_start - _PLACE_REACH), cue_end + _PLACE_REACH)
            and not _KEYED_AFTER.match(low, cue_end)  # ("de toegangscode #5521#": typed on a keypad)
        ):
            category = ACCESS_CODE_CUES[cue]  # "toegangscode voor de app": a login's, no door's
            # (yet a Dutch "toegangscode" in digits is kept, a device's or a door's: 152 of 153 writers'
            # labels; an English "access code" after a password is a code sent to log in)
            access_code = cue == "toegangscode"
        elif category == "pin" and cue in ACCESS_CODE_CUES and _WORD_SECRET_AFTER.match(text, pos):
            category = "password"  # "the proof card says access code Welcome251 … but the site": a word
            # chosen, no keypad's code, wherever the place named near
        if category == "password" and cue.endswith("code"):
            sent = _SENT_CODE.match(text, pos)
            if (
                sent is not None
                and not is_reference_at(low, sent.start(1))
                # (a domain's transfer code in letters is its password: "transfercode OCY3N0&Wyx3ttk")
                and (cue not in DOMAIN_CODE_CUES or sent.group(1).isdigit())
            ):
                sent_as = code_kind(low, cue_start, sent.end(1))
                if access_code and sent.group(1).isdigit() and _kept_not_sent(low, cue_start, cue_end):
                    sent_as = "pin"  # "Je toegangscode 090416 hebben we verwijderd": a device's, kept (not
                    # "toegangscode 417-093": a code sent, in its groups)
                out.append(Span(sent.start(1), sent.end(1), sent_as))
                continue  # "inlogcode 482913", "login code (232603)", "(4KX8FK)": a code sent, not chosen
            if _DIGITS_VALUE.match(text, pos) or _SPACED_DIGITS.match(text, pos):
                # "inlogcode 0 9 7 1 8 8": digits dictated one by one are a code sent too
                category = code_kind(low, cue_start, pos)
        if category == "api_key" and "token" in cue and _OTP_DIGITS.match(text, pos):
            category = "otp"  # "token 482913": the code of a hardware or app token
        if (
            category == "otp"
            and cue.endswith("code")
            and not contains_any(cue, _ONE_TIME_WORDS)
            and not contains_any(low[cue_start:cue_end], _SENT_TO_CHECK_WORDS)
        ):
            short = _SHORT_CODE.match(text, cue_end)
            # (a card handed over with its code: "a récupéré sa carte et son code (8916)", "mijn pas en de
            # code 4412": its PIN)
            handed = (
                short is not None
                and _CARD_AND_ITS_CODE.search(low, max(0, cue_start - 32), cue_start) is not None
            )
            if (
                short is not None
                and not cue.startswith(_UNLOCK_CUES)  # ("Mijn telefoon ontgrendelcode is 1821": the phone's)
                and (handed or card_nearby(low, cue_start, cue_end))
                # (a code in a text message is sent: "I got a text saying 'Your code is 9811'")
                and _TEXTED_BEFORE.search(low, max(0, cue_start - _TEXTED_REACH), cue_start) is None
                and _VALID_UNTIL_AFTER.match(low, cue_end) is None
            ):
                if _REFUSED_WITH.search(low, max(0, cue_start - 24), cue_start) or _HTTP_REASON.match(
                    low, short.end()
                ):
                    continue  # "geweigerd met code 404", "code 401 Unauthorized": what refused it, no CVV
                width = _digits_at_end(short.group())
                # (a fuel card's code right after its number is its PIN: "Kaartnummer 7077 …, coed 2552")
                petrol = _PETROL_NUMBER_BEFORE.search(low, max(0, cue_start - 32), cue_start) is not None
                held_pin = (width == 4 and petrol) or (handed and width >= 4)
                out.append(Span(short.end() - width, short.end(), "pin" if held_pin else "cvv"))
                continue  # "de code achterop: 123", "code 123" next to a card: its CVV
        if category == "username" and text[cue_end : cue_end + 1].isdigit() and cue in _GLUED_USER_CUES:
            glued = _GLUED_DIGITS.match(text, cue_end)
            if glued is not None:  # "Apple ID user009601 …": a login name made of the word and digits
                out.append(Span(cue_start, glued.end(), "username"))
                continue
        if category == "username" and text[pos : pos + 1] == "(":
            bracketed = _BRACKETED_LOGIN.match(text, pos)
            login = bracketed.group(1) if bracketed is not None else ""
            brand = login.isalpha() and login[0].isupper()  # "the login (Microsoft) page": a brand
            if login and not brand and not _NOT_A_LOGIN.fullmatch(login.lower()):
                out.append(Span(pos + 1, pos + 1 + len(login), "username"))
                continue  # "can you move her login (fsullivan) to me?": the login in its brackets
        if category == "username" and _pair_cue(text, cues, index):
            paired = index + 1  # "user/pass jan83/Welkom01", "gebruikersnaam & ww: jan83 Welkom01"
            _login_pair(text, cues[paired][2], _window_end(cues, paired, len(text)), out, paired=True)
            continue
        if category == "username" and "pas" in low[pos : pos + 70] and _user_pas_password(text, pos, out):
            continue  # "user pdubois pas wafel.moules.82": the user, then the password after 'pas'
        if category == "username" and not explicit and _user_chosen_as(text, cue_start, pos, out):
            continue  # "He chose HarryHughes as the username and …": what follows the cue is the story
        if category == "username" and not explicit and _user_before_copula(text, cue_start, out):
            continue  # "FemkeV05 is mijn gebruikersnaam⏎Hoe …": the next line is about something else
        if category == "username" and "?" in low and _tried_after_question(category, text, low, cue_end, out):
            continue  # "Welke gebruikersnaam moet ik ingeven? Ik heb seppe-des geprobeerd"
        if (
            category == "username"
            and low.startswith("account", cue_start)
            and _iban_just_before(text, cue_start)
        ):
            continue  # "refund to NL85 BUNQ 0961 6592 51, account name Amélie Smith": the payee's name
        if category == "username":
            after_password = (
                index > 0 and cues[index - 1][0] == "password" and cue_start - cues[index - 1][2] < 60
            )
            if (weak and not after_password and not _weak_cue_ok(category, text, pos)) or not _first_value(
                category, cue, text, pos, explicit, out
            ):
                found_before = len(out)
                _value_before_cue(text, cue_start, "username", out)
                if len(out) == found_before:
                    _answer_after(text, low, category, cue, cue_end, out)
            continue
        if category == "api_key" and weak and not _weak_cue_ok(category, text, pos):
            _long_key_after(cue, text, pos, limit, out)  # "de key zoals gevraagd: 822a79e9b35d…"
            continue
        if (
            category in ("password", "wifi_key")
            and not explicit
            and _copula_value_before(text, cue_start, category, out)
        ):
            continue  # "Gerrit2001 is mijn ww en …": what follows the cue is about something else
        lead = "" if explicit or not glue.split() else glue.split()[-1].lower()
        if lead and _SET_TO_END.search(glue):
            lead = "is"  # "ingesteld op X", "reset to X": the value follows, not a thing's name
        elif lead in _SET_TO_WORDS and _SET_BEFORE.search(low, max(0, cue_start - 40), cue_start):
            # "changed the wifi password to X", "set the wifi to X", "j'ai changé le code wifi en X": as plain
            # as "is", unless a plain word or a band follows ("set it to expire", "the wifi to 5GHz")
            lead = "is"
            following = _VALUE.match(text, pos)
            if following is not None:
                word = following.group().rstrip(_TRAILING)
                explicit = not (word.isalpha() and word.islower()) and not _BAND.fullmatch(word.lower())
        said = glue.split()[-1].lower() if glue.split() else ""  # (as written: "set it to X" is no "is")
        if (category in ("password", "wifi_key") and (explicit or said in ("is", "est", "was", "c'est"))) or (
            category == "password"
            and (cue in _SHORT_PASSWORD_CUES or _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start))
        ):
            phrase = dictated_secret(low, pos) or spoken_passphrase(text, low, pos)
            if phrase is not None:  # "pw velo paard maison.", "ww is Jan streepje 88", "capital J jan …"
                out.append(Span(phrase[0], phrase[1], category))
                continue
        if (
            category in ("password", "wifi_key")
            and _KEY_WORD.fullmatch(cue)
            and _WIFI_CONTEXT.search(low, max(0, cue_start - 40), cue_start)
        ):
            phrase = spoken_passphrase(text, low, pos, least=2)
            if phrase is not None:  # "wifi is Linksys-Office, key pomme tiger 97"
                out.append(Span(phrase[0], phrase[1], "wifi_key"))
                continue
        shown = _CUE_ENDS_SENTENCE.match(text, cue_end) and _SHOWN_WRONG.search(before(low, cue_start, 16))
        found = not shown and _window(category, cue, text, low, pos, limit, explicit, weak, out, lead)
        if not found and category in ("password", "wifi_key", "username") and "?" in low:
            found = _tried_after_question(category, text, low, cue_end, out)
        if not found and category in ("password", "pin", "puk", "otp", "wifi_key"):
            found_before = len(out)
            if category != "wifi_key":
                # "765432 is mijn inlogcode": digits before a login code's cue are a code sent
                code_sent = category == "password" and cue.endswith("code")
                _value_before_cue(text, cue_start, "otp" if code_sent else category, out)
            if len(out) == found_before:
                _value_referred_back(category, cue, text, low, cue_end, limit, out)
            if len(out) == found_before:
                _answer_after(text, low, category, cue, cue_end, out)
        elif found and category == "password":
            told = out[-1] if out and out[-1].start >= cue_end else None  # (none: a placeholder was there)
            _username_before(text, cue_start, out)
            if told is not None:
                # "Nieuw wachtwoord ingesteld: tulp585?. Oude was zMHMtVJnwR": the old one, a secret's shape
                old_one_after(category, cue, text, low, told.end, limit, out, plain_ok=False)
        elif found and category in ("pin", "puk") and out and out[-1].type == category:
            old_one_after(category, cue, text, low, out[-1].end, limit, out)
    if first_new < len(out) and contains_any(low, _CORRECTION_HINTS):
        _corrections(text, low, first_new, out)
    if first_new < len(out) and "\n" in low:
        _old_on_next_line(text, low, first_new, out)
    if contains_any(low, _OLD_PHONE_HINTS) and any(category == "otp" for category, _, _ in cues):
        _codes_on_the_old_phone(text, low, cues, out)
    if first_new < len(out) and contains_any(low, _MOBILE_HINTS):
        _mobile_lines(text, low, first_new, out)
    if contains_any(low, _IT_HINTS):
        _secret_as_it(text, low, cues, out)
    if contains_any(low, _LOGIN_SAID_HINTS):
        _login_said(text, low, out)
    if "-" in text:
        _prefixed_codes(text, low, out)
    if not_cues:
        return [cue for index, cue in enumerate(cues) if index not in not_cues]
    return cues


# The place an access code opens (see cue_window.ACCESS_CODE_CUES).
_PLACE_NEAR = LazyPattern(
    r"(?<![a-z])(?:park|parc|poort|porte|portail|deur|door|gate|g[iî]te|chalet|bungalow|huisje|vakantiehuis|"
    r"cottage|lodge|cabin|gebouw|building|immeuble|appartement|apartment|flat|garage|parking|parkeergarage|"
    r"slagboom|barri[eè]re|barrier|arriv[ée]e?|arrived|arrival|aankomst|aangekomen|kamer|room|chambre|receptie|"
    r"reception|r[ée]ception|kluis|locker|casier|fiets|bike|v[ée]lo|hek|entrance|ingang|entr[ée]e|camping|"
    r"hotel|h[ôo]tel|residen[ct]e|villa|house|maison|huis|site|terrain|club|gym|salle|"
    r"storage|opslag|opslagbox|self-storage|garagebox|stalling|unit|lager|tor|tür|haus|wohnung)(?![a-z])"
)
_PLACE_REACH = 100
_UNLOCK_CUES = ("ontgrendel", "unlock", "déverrouill", "deverrouill")
# A chosen word after a code's cue: three letters or more and a digit ("Welcome251"; not "1975A", "C2414").
_WORD_SECRET_AFTER = LazyPattern(
    r"(?=[A-Za-z0-9]{0,17}?[A-Za-z]{3})(?=[A-Za-z]*+[0-9])[A-Za-z][A-Za-z0-9]{5,19}(?![\w])"
)
_KEYED_AFTER = LazyPattern(r"[ \t:=]*+(?:is[ \t]++)?(?:[*#]{1,2}[0-9]{3,8}|[0-9]{3,8}[*#])")


# The old password on the line under the new one: "nieuw wachtwoord: stormKaas0&⏎oud was eVDRmjbL",
# "nouveau mdp : X⏎l'ancien : Y", "new password: X⏎old one: Y".
_OLD_NEXT_LINE = LazyPattern(
    r"[ \t]*+\r?\n[ \t>]*+(?:oud|oude|old|l'ancien|ancien|l'ancienne|ancienne|previous|vorige|vorig|former)"
    r"(?:[ \t]++(?:one|ene|exemplaire))?(?:[ \t]++(?:was|is|était|c'était|etait))?[ \t]*+[:=]?[ \t]*+"
    r"([^\s]{4,40}+)[ \t]*+(?:\r?\n|$)"
)


def _old_on_next_line(text: str, low: str, first_new: int, out: list[Span]) -> None:
    for span in out[first_new:]:
        if span.type != "password":
            continue
        line_end = low.find("\n", span.end)
        if line_end == -1 or low[span.end : line_end].strip():
            continue
        old = _OLD_NEXT_LINE.match(low, span.end)
        if old is not None and _secret_like(text[old.start(1) : old.end(1)]):
            out.append(Span(old.start(1), old.end(1), "password"))
            return


# "La voici : X", "here it is: X", "hier is ie X": the value of the cue named before.
# "the telly says wrong password. Router is a Zyxel VMG8825": the sentence ends with the cue.
_CUE_ENDS_SENTENCE = re.compile(r"[.!][ \t]++[A-Z]")
_SHOWN_WRONG = LazyPattern(
    r"(?<![a-z])(?:wrong|verkeerd|verkeerde|incorrect|onjuist|onjuiste|invalid|ongeldig|bad)[ \t]++$"
)
_REFERRING_CUES = frozenset({"voici", "here it is", "here you go", "hier is ie", "hier is hij", "tried"})
# What a handing-over word names when it names something other than a code: a reading, a number, a form.
_THING_NAMED_AFTER = LazyPattern(
    r"[ \t,:]*+(?:(?:mes|mon|ma|les|le|la|l'|de|het|mijn|my|the|our|nos|notre|onze)[ \t]*+)?"
    r"(?:index|relevés?|relevé|compteurs?|meterstand(?:en)?|stand(?:en)?|readings?|meter|photos?|foto'?s|"
    r"factures?|facturen|factuur|invoices?|documents?|bijlagen?|attachments?|pièces? jointes?|adresse|adres|"
    r"address|gegevens|coordonnées)(?![a-z])"
)
_KIND_REACH = 200
_SINGLE_KINDS = frozenset({"password", "wifi_key", "pin", "puk", "username"})


def _kind_named_before(cues: list[tuple[str, int, int]], index: int, low: str) -> str | None:
    """The kind of the credential cue right before a referring or trying cue, when one names it.

    "tried" reads back within its own sentence only ("the wifi pasword again, tried X"); "voici" and
    "here it is" a sentence or two ("la clé wifi … se trouve sous le modem. La voici : X").
    """
    _, cue_start, _ = cues[index]
    # ("we also tried X" adds to a value named sentences before: it reads back as far as "voici")
    tried_alone = low[cue_start : cue_start + 5] == "tried" and not low.endswith("also ", 0, cue_start)
    reach = 60 if tried_alone else _KIND_REACH
    for back in range(index - 1, -1, -1):
        kind, start, end = cues[back]
        if cue_start - end > reach:
            return None
        if kind == "customer_number":
            continue
        if kind not in _SINGLE_KINDS or "\n\n" in low[end:cue_start]:
            return None
        if reach == 60 and _STATEMENT_END.search(low, end, cue_start):
            return None
        if (
            kind == "password"
            and back > 0
            and cues[back - 1][0] == "wifi_key"
            and start - cues[back - 1][2] <= 2
        ):
            return "wifi_key"  # "the wifi pasword again, tried X"
        return kind
    return None


_STATEMENT_END = re.compile(r"[.!\n](?:\s|$)")  # "the PUK for my number? tried X": a question reads on
# A card's code printed on one of its sides: the CVV's, whatever the cue word says.
# "de code van mijn bankkaart", "le code de ma carte bancaire", "mon code carte", "the code for my card": the
# card's own code is its PIN, unless three digits follow (a CVV) or the card is named by its last digits.
_OF_THE_CARD = LazyPattern(
    r"[ \t]++(?:(?:van|de|of|for|voor|du)[ \t]++)?"
    r"(?:(?:mijn|my|mon|ma|the|de|la|le|your|je|uw|votre|ta)[ \t]++)?"
    r"(?:bank|debit|debet|betaal|pin)?[ \t-]?(?:kaart|card|carte|pas)"
    r"(?:[ \t]++(?:bancaire|de banque))?(?![a-z])"
    r"(?![ \t]++(?:eindigend|eindigt|ending|ends|se terminant|qui se termine|finissant))"
)
_CARD_WORDS = ("kaart", "card", "carte", "pas")
_CVV_DIGITS = LazyPattern(r"[ \t:=(]*+(?:(?:is|est|was)[ \t]++)?\(?[0-9]{3}(?![0-9])")
_SIM_CODE_DIGITS = LazyPattern(r"[ \t:=]*+(?:(?:is|est|was)[ \t]++)?([0-9]{4,6}|[0-9]{8})(?![0-9])")
# "puk code van de pin", "the PUK for my SIM PIN", "code PUK du code PIN": the PIN names whose PUK it is.
_PUK_OF_PIN = LazyPattern(
    r"[ \t]++(?:van|of|for|voor|de|du|pour)[ \t]++"
    r"(?:(?:de|het|the|my|mijn|m'n|la|le|ma|mon|ta|je|your)[ \t]++)?"
    r"(?:(?:sim|simkaart)[ \t-]?)?(?:pin|pincode|pin code|code pin)(?![a-z])"
)
_LENGTH_NOTE = LazyPattern(
    r"[ \t]*+\([ \t]*+[3-8][ \t-]*+(?:cijfers|cijferkes|digits?|chiffres|tekens|characters|caractères|"
    r"karakters|posities)[ \t]*+\)"
)
# A card's PIN after a password cue: four to six digits alone ("the password of my debit card is 3165").
_CARD_PIN_DIGITS = LazyPattern(
    r"[ \t:=(]*+(?:(?:is|est|was|c'est|zijn)[ \t:]++)?[(\"'“«]?[0-9]{4,6}(?![0-9A-Za-z]|[ \t\u00a0.\-][0-9])"
)
_CARD_SIDE_AFTER = LazyPattern(
    r"[ \t]++(?:on the (?:front|back)|achterop|au dos|au verso|op de (?:voor|achter)kant)(?![a-z])"
)


# The wifi named only to say it is not the wifi's: "het wachtwoord van het modem (niet het wifi) is X",
# "le mot de passe du modem (pas celui du wifi)", "the router password (not the wifi one)".
_NOT_THE_WIFI = LazyPattern(
    r"\((?:niet|not|pas|geen|nicht)[ \t][^)\n]{0,24}wi-?fi[^)\n]{0,12}\)"
)
_OTHER_OWNER_AFTER = LazyPattern(
    # the box's admin login, not its wifi: "le mot de passe admin X", "password (admin) X"
    r"[ \t]*+\(?(?:admin|administrat(?:or|eur)|beheerder)(?![a-z])|"
    r"[ \t]++(?:van|of|for|voor|pour|de|du|bij|op|on|to)[ \t]++"
    r"(?:(?:de|het|the|my|mijn|mon|ma|la|le|l'|je|your)[ \t]*+)?(?:[a-z]++[ \t]++)?"
    r"(?:app|account|site|website|bank|portal|portaal|digid|mail|e-mail|email|compte|login|webshop|shop|"
    r"laptop|computer|pc|"
    # the box's admin page: "het paswoord van de beheerpagina is X", "the password for the admin panel"
    r"beheerpagina|beheerderspagina|adminpagina|admin[ -]?pag(?:e|ina)|admin[ -]?panel|webinterface|"
    r"beheerinterface|interface d'administration|page d'administration|control[ -]?panel|dashboard|"
    # a smart thing in the home with its own login: "het wachtwoord van de slimme thermostaat (…): X"
    r"thermostaa?t|thermostat|camera|deurbel|doorbell|omvormer|inverter|onduleur|laadpaal)(?![a-z])"
)


def _user_pas_password(text: str, pos: int, out: list[Span]) -> bool:
    user = _VALUE.match(text, pos)
    if user is None:
        return False
    start, end = _trim(text, user.start(), user.end())
    password = _PAS_PASSWORD.match(text, end)
    if password is None or start >= end or not _USERNAME_SHAPE.fullmatch(text[start:end]):
        return False
    p_start, p_end = _trim(text, password.start(1), password.end(1))
    secret = text[p_start:p_end]
    if p_start >= p_end or not _secret_like(secret) or _not_secret_shape(secret):
        return False
    out.append(Span(start, end, "username"))
    out.append(Span(p_start, p_end, "password"))
    return True


def _after_username(cues: list[tuple[str, int, int]], index: int) -> bool:
    """A password cue right after a username cue belongs to that login, whatever network is named before
    ('inloggen op Nexplay Network. accountnaam gijs.ver, wachtwoord …', 'wifi kapot; user jan, pw …')."""
    return index > 0 and cues[index - 1][0] == "username" and cues[index][1] - cues[index - 1][2] < 60


def _wifi_story(cues: list[tuple[str, int, int]], index: int, low: str) -> bool:
    """A plain password cue in a paragraph that speaks of the wifi's password a sentence before, with
    nothing about logging in between: the same wifi key ('haar wifi-wachtwoord … Het huidige wachtwoord
    is X')."""
    _, cue_start, cue_end = cues[index]
    if not low[cue_start:cue_end].startswith(
        ("wachtw", "passw", "password", "paswoord", "mot de passe", "mdp")
    ):
        return False
    if _OTHER_OWNER_AFTER.match(low, cue_end):
        return False  # "… Now the password for my bank app is X": another thing's password
    for back in range(index - 1, -1, -1):
        kind, start, end = cues[back]
        if cue_start - end > _KIND_REACH:
            return False
        if kind == "wifi_key" and low[start:end] not in _BARE_WIFI_CUES:
            between = low[end:cue_start]
            return "\n\n" not in between and not _login_hinted(between)
        if kind != "customer_number":
            return False
    return False


# "wachtwoord is Dragon2018!⏎oeps tikfout, Voetbal_Chocolat_197": a correction right after a secret
# gives the secret it should have been, of the same kind.
_CORRECTION_HINTS = ("tikfout", "typfout", "typo", "bedoel", "mean", "veux dire", "correct", "plutôt",
                     "should be", "moet zijn", "moet het zijn", "moest zijn", "foutje", "verkeerd", "wacht ",
                     "wacht,", "wait", "attends", "wrong", "mauvais")  # fmt: skip


# The verb of setting before the cue, its preposition after it (English and French word order).
_SET_TO_WORDS = frozenset({"to", "into", "naar", "in", "op", "à", "en", "sur"})
_SET_BEFORE = LazyPattern(
    r"(?<![a-z])(?:changed|set|reset|updated|switched|changé|modifié|remis|réglé|mis|defined|veranderd|gewijzigd|"
    r"aangepast|ingesteld|gezet)(?:[ \t]++[a-z'-]++){0,3}[ \t]++$"
)
_SET_TO_END = LazyPattern(
    r"(?:ingesteld|gezet|veranderd|aangepast|gereset|teruggezet|reset|changed|updated|mis|changé|modifié|"
    r"réglé|défini)[ \t]++(?:op|naar|in|into|to|à|en|sur)[ \t]*+$"
)
_CHOSEN_CODE_CUES = frozenset({"passcode", "toegangscode", "access code", "toegangs code", "pass code"})
_CHOSEN = LazyPattern(
    r"(?<![a-z])(?:set|chose|chosen|picked|made|ingesteld|gekozen|zelf|choisi|défini)(?![a-z])"
)


# Right before or after a passcode: it was sent ("the sms passcode", "passcode I received by text").
_PASSCODE_SENT_BEFORE = LazyPattern(
    r"(?<![a-z])(?:sms|text|texted|sent|mailed|e-?mail|received|one-time|one time|eenmalige?|temporary|"
    r"tijdelijke?|new|nieuwe?|verification|verificatie|wifi|wi-fi|wlan|network)[ \t-]*+$"
)
_PASSCODE_SENT_AFTER = LazyPattern(
    r"[ \t]*+(?:(?:that|which|die|dat|i|ik|you|they|je|jullie)[ \t]++){0,2}"
    r"(?:(?:just|net|have|has|had|heb|hebt)[ \t]++)?"
    r"(?:sent|texted|received|got|ontvangen|gekregen|kreeg|gestuurd|verstuurd|reçu|envoy)"
)


def _own_passcode(low: str, cue_start: int, cue_end: int) -> bool:
    """A plain 'passcode' is the one the customer keeps for an app or a phone (a PIN), unless the words
    around it say it was sent, or it belongs to the wifi."""
    return (
        _PASSCODE_SENT_BEFORE.search(low, max(0, cue_start - 16), cue_start) is None
        and _PASSCODE_SENT_AFTER.match(low, cue_end) is None
        and not _wifi_context(low, cue_start, cue_end, "passcode")
    )


def _chosen(low: str, cue_start: int, cue_end: int) -> bool:
    """'app passcode', 'de toegangscode die ik heb ingesteld': a code the customer chose, not one sent."""
    return low.endswith("app ", 0, cue_start) or _CHOSEN.search(low, cue_end, cue_end + 30) is not None


# "passcode for the online account is X", "passcode van de app: X": the account it opens, then its value.
# (or for whatever it opens, or for nothing named: "passcode for the monitoring centre is Bluebird7", "the
# passcode is Bluebird7": a word, where a code sent has digits)
_PASSCODE_OF_ACCOUNT = LazyPattern(
    r"(?:[ \t]++(?:for|of|voor|van|pour|de|du)[ \t]++(?:(?:the|my|het|de|mijn|la|le|mon)[ \t]++)?"
    r"(?:[a-z]++[ \t]++){0,2}[a-z]++)?[ \t]*+(?:is|est|:)[ \t]*+"
)


def _words_after_passcode(text: str, low: str, cue_end: int, out: list[Span]) -> bool:
    """A passcode of letters and digits told for an account is its password (a code sent has digits)."""
    told = _PASSCODE_OF_ACCOUNT.match(low, cue_end)
    value = _VALUE.match(text, told.end()) if told is not None else None
    if value is None:
        return False
    start, end = _trim(text, value.start(), value.end())
    word = text[start:end]
    if word.isdigit() or not _secret_like(word) or _not_secret_shape(word):
        return False
    out.append(Span(start, end, "password"))
    return True


# The words that name a lock's code ("ik hang ze in het kastje, cijfers zijn 1 4 0 5": its digits too; "het
# slot van de fiets heeft een cijfercode, die is 4393").
_LOCK_CODE_CUES = frozenset(
    {"code", "codes", "cijfers", "chiffres", "digits", "hoofdcode", "mastercode", "cijfercode", "cijfercodes"}
)
# A key safe's names.
# (a French box for keys typed in haste keeps its shape: "boîe à clés", "boîîte à clés", "boîte à clsé")
_KEY_SAFE = (
    r"sleutelka?stj?e?|sleutelkluisj?e?|key ?safe|(?:lock|key) ?box|"
    r"(?:bo[a-zîï]{1,5}|coffre|armoire)[ \t]++[àa][ \t]++cl(?:[ée]s?|efs?|s[ée])"
)
# A parking permit for visitors or residents (its card too, which pays nothing).
_PERMIT = (
    r"(?:bezoekers|bewoners|parkeer)(?:vergunning|pas|kaart)|"
    r"cartes?[ \t]++(?:de[ \t]++)?(?:visiteurs?|riverains?)|"
    r"(?:visitor|resident|parking)(?:'s|s)?[ \t]++(?:permit|pass|card)"
)
# What a code opens that the household keeps the code of: a lock, a key safe, an alarm, a gate, a door.
_LOCK_NEAR = LazyPattern(
    # (not a locker: a parcel's as often, whoever names it; heldout-r32 and r44 lost values to it)
    r"(?<![a-z])(?:" + _KEY_SAFE + r"|kluisje|kastje|(?:smart ?)?locks?|sloten|"
    # (one's own locker is one's own: "le code de mon casier (0514) ne marche plus")
    r"(?:mon|mijn|m'n|my)[ \t]++(?:casier|locker)|"
    r"cadenas|hangslot|padlock|fietsslot|bike lock|alarme?|keypad|klavier|clavier|poort|portail|gate|deur|"
    # any door or gate by its place: "Code van de portiekdeur is 850710", "de tuinpoort", "de garagedeur"
    r"[a-z]{2,14}(?:deur|(?<!pas)poort)(?!\w)|"  # (not a "paspoort", nor inside a password: "voordeur_Re…")
    r"(?:front|back|the|a|my|our) doo?r|porte|serrure|"  # (typed in haste: "the front dor coxe is …")
    r"cerradura|candado|puerta|"  # (a Spanish flat's lock, as travellers quote it)
    r"coffre|digicode|parental|ouderlijk|fietsenberging|berging|fietsenhok|fietsenstalling|local vélo|"
    # a voicemail box's code, kept as a phone's: "le code de la messagerie vocale c'est sept huit huit six"
    r"messagerie vocale|voicemail|voicemailbox|voicemail box|"
    r"bike (?:shed|store|room)|slagboom|barri[eè]re|barrier|hek|park(?:eer|ing)garage|"
    # a bike's lock in Dutch ("fiets staat in de schuur (code slot 9954)"; alone, "slot" is a time's too), a
    # lift kept for staff or goods ("Code voor de dienstlift is 165491#")
    r"(?:code|het|mijn|m'n|zijn|haar|ons|fiets)[ \t]*+slot|slotcode|"
    r"dienstlift|goederenlift|(?:service|staff|goods|freight)[ \t]++(?:lift|elevator)|monte-charge|"
    # an alarm panel's codes by their roles, set by whoever installed it: "Installateur heeft code 0721
    # ingesteld als hoofdcode en 6432 voor de kuisvrouw", "the installer set 4411 as the master code"
    r"hoofdcode|mastercode|master[ \t]++code|code[ \t]++ma[iî]tre|installateurs?code|installer[ \t]++code|"
    # a storage unit one cannot get into, a French gate a parcel is left behind: "ik kom mijn box niet in,
    # code 280616 werkt niet", "le colis derrière la grille, le code est 10547" (not a grid of prices)
    r"opslagbox|opslagunit|storage unit|(?:box|unit)[ \t]++niet[ \t]++(?:meer[ \t]++)?in|"
    # a hotel room's safe: "De kluis in kamer 312 staat op slot met code 4901", "the in-room safe won't open"
    r"kamerkluis|kluis[ \t]++(?:in|op|van)[ \t]++(?:de[ \t]++|mijn[ \t]++|m'n[ \t]++|onze[ \t]++)?kamer|"
    r"(?:in-?room|room|hotel)[ \t]++safe|"
    # a door or a box one gets into or opens with its code: "je box F89 is terug toegankelijk met code
    # 50305", "votre box est de nouveau accessible avec le code 0832", "The engineer can get in with code
    # 19656", "Le technicien peut ouvrir avec le code 2159", "won't open with code 7630"
    r"(?:toegankelijk|accessible|accessibles|get[ \t]++in|binnen(?:komen|gaan|geraken)?|ouvrir|entrer|"
    r"rentrer|open|opens|opent|openen)[ \t]++(?:met|avec|with)|"
    # a visitor's or a resident's parking permit, its code typed at the meter ("Carte visiteur : le code 2922
    # ne fonctionne plus", "Visitor permit: the code …")
    + _PERMIT
    + r"|"
    r"grille(?![ \t]++(?:tarifaire|horaire|de|des|d')(?![a-z]))|"
    # the keys left in a safe or a box to be picked up: "De sleutels liggen in de kluis bij de ingang, code …"
    # (typed in haste: "de sluetel uit de kluis nemen (code …)", "de sleutel uit de kuis pakken")
    r"(?:sl(?:eu|ue|e|u)tels?|keys?|clés?|clefs?)[ \t]++[^.!?\n]{0,30}?(?<![a-z])"
    r"(?:kluis|kuis|kluos|safe|box|boîte|boite)"
    r")(?![a-z])"
)
# The same locks typed in haste, one letter wrong, missing, added or swapped ("alamr code is 3299", "code de
# l'alame", "de code van de fietsanberging", "la cerraoura del apartamento … code 66161"): looked up word by
# word near the code. (Not "portail": one letter from it are a login's "portal" and "portaal".) Built on
# first use: six thousand words are no cold start's business.
_LOCK_WORDS = (
    "alarm", "alarme", "serrure", "cerradura", "cadenas", "keypad", "klavier", "clavier",
    "digicode", "slagboom", "fietsenberging", "fietsenstalling", "sleutelkluis", "sleutelkastje",
    "sleutelkluisje", "garagepoort", "keysafe",  # ("sleutelkulisje, code …", "keysofe code")
    "voordeur", "achterdeur",  # ("De code van de vorodeur (*0962) is veranderd")
    "porte",  # ("Code de la potre 0205")
)  # fmt: skip
# Words one slip from a lock's word that are words of their own: "alam"; a port, a post office, a loss.
_NOT_LOCK_SLIPS = frozenset({"alam", "port", "pore", "ports", "porta", "porto", "porter", "poste", "perte",
                             "parte", "pote"})  # fmt: skip
# (a whole word: not "…support"; nor a word inside a password: "wachtwoord naar voordeur_Regenton46")
_LOCK_WORD = re.compile(r"(?<![\w])[a-zà-ü]{4,16}(?![\w])")


@functools.cache
def _lock_slips() -> frozenset[str]:
    slips = {slip for word in _LOCK_WORDS for slip in one_letter_off(word, any_letter=True)}
    return frozenset(slips - _NOT_LOCK_SLIPS)


def _lock_slipped_near(low: str, cue_start: int, cue_end: int) -> bool:
    slips = _lock_slips()
    words = _LOCK_WORD.finditer(low, max(0, cue_start - 60), cue_end + 40)
    return any(word.group() in slips for word in words)


def kept_lock_code(low: str, cue: str, cue_start: int, cue_end: int) -> bool:
    """Whether a code cue names a code the household keeps: a lock's, a key safe's, an alarm's or a phone's
    screen's, and no word near says it was sent. (Digits or digit words alike.)"""
    cue = CODE_SLIPS.get(cue, cue)  # ("gate coe 3737": the code typed in haste)
    return (
        (cue in _LOCK_CODE_CUES or cue.startswith("ontgrendel"))
        and (
            cue.startswith("ontgrendel")  # a device's unlock code, whichever device: "vroeg de
            # medewerker om de ontgrendelcode: 685222" (one sent to unlock an account says so)
            # (in the code's paragraph: "key safe code 8751.⏎⏎The code in the app says 953068" is another)
            or _LOCK_NEAR.search(low, _paragraph_since(low, cue_start, 100), cue_end + 40) is not None
            or _lock_slipped_near(low, cue_start, cue_end)
            or phone_unlock_cue(low, cue_start, cue_end)
            or _OF_THE_PHONE.match(low, cue_end) is not None  # "mijn code van de gsm is 6383"
        )
        # ("CVC: 7143 …⏎⏎Mijn telefoon ontgrendelcode is 1821": a card's code told before is not this one)
        and _kept_not_sent(low, cue_start, cue_end, cards=not cue.startswith(_UNLOCK_CUES))
    )


# A lock or a door named just before the code, in its sentence ("get the key from the key safe by the back
# door, code …", "dans le boîtier à côté de la porte, code …"): words of getting or sending before it are
# about the key, not the code.
_LOCK_JUST_BEFORE = LazyPattern(
    r"(?<![a-z])(?:" + _KEY_SAFE + r"|porte|portail|deur|achterdeur|voordeur|door|gate|poort|barrier|"
    r"barri[eè]re|slagboom|" + _PERMIT + r")(?![a-z])[^.!?\n]{0,40}$"
)
_LOCK_JUST_REACH = 64


def _paragraph_since(low: str, at: int, reach: int) -> int:
    """Where the text `reach` back from `at` starts, not before the paragraph `at` is in."""
    since = max(0, at - reach)
    blank = low.rfind("\n\n", since, at)
    return since if blank == -1 else blank + 2


def _kept_not_sent(low: str, cue_start: int, cue_end: int, cards: bool = True) -> bool:
    """Whether no word of sending and no card near a code says it was sent or is a card's. A lock named
    just before the code, in its sentence, bounds both to the code's line from the lock on: words of
    getting the key before it, a card paid with or a text on the next line are about other things.
    (`cards`: whether a card near may own the code; a phone's unlock code is the phone's.)"""
    lock = _LOCK_JUST_BEFORE.search(low, max(0, cue_start - _LOCK_JUST_REACH), cue_start)
    if lock is None:
        # (the code's own sentence: "Is dat veilig via de mail?⏎De ontgrendelcode van mijn telefoon is …")
        since = sentence_begin(low, cue_start, 60)
        # (a card paid with in another paragraph is not the lock's: "… Card ending ****⏎⏎the code on my
        # receipt 3011 didn't open the gate")
        return not _SENT_NEAR.search(low, since, cue_end + 30) and not (
            cards and card_nearby(low, cue_start, cue_end, since=_paragraph_since(low, cue_start, 160))
        )
    line_end = low.find("\n", cue_end, cue_end + 30)
    return not _SENT_NEAR.search(low, lock.start(), cue_end + 30 if line_end == -1 else line_end)
# The code of the phone itself, its screen's: "Mijn code van de gsm is 6383", "le code de mon portable".
_OF_THE_PHONE = LazyPattern(
    r"[ \t]++(?:van|of|de|du)[ \t]++(?:(?:de|het|mijn|my|the|ma|mon|la|le|m'n|mn)[ \t]++)?"
    r"(?:" + PHONE_NOUNS + r")(?![a-z])"
)
# Four digits announced by their count: a PIN's length (a code sent has six).
_FOUR_BEFORE = LazyPattern(r"(?<![a-z0-9])(?:vier|quatre|four|4)[ \t]++$")
# A code that was sent is a one-time code; a code the customer uses to open an app, or calls their own,
# is one they chose: a PIN. Generic code cues only ("code", "passcode"); "sms-code" names its kind.
_OWN_CODE_CUES = frozenset({"code", "codes", "passcode", "pascode", "accesscode", "toegangscode"})
# "code voor de app", "code de l'appli bancaire", "passcode for the app": an app the customer opens with
# it ("code uit de authenticator-app" is made by the app: no "uit" / "from" here).
_FOR_THE_APP = LazyPattern(
    # whose code it is may come first: "le code de ma mère pour l'appli", "de code van mijn vader voor de app"
    r"(?:[ \t]++(?:van|of|de|du|from)[ \t]++(?:mijn|my|m'n|mn|ma|mon|onze|our|notre)[ \t]++[a-zà-ü]{2,12})?"
    r"[ \t]*+(?:(?:voor|for|van|of|de|du|pour|to|om)[ \t]++|d')?"
    r"(?:(?:de|het|the|my|mijn|your|je|uw|la|le|mon|ma|votre|ton|ta)[ \t]++|l')?"
    r"(?:bank[ \t-]?)?(?:app|apps|appli|application|applicatie|banking[ \t]app|bankapp)(?![a-z])"
)
# "mijn code", "my code", "mon code": the customer's own code, when it has a PIN's four digits.
_OWN_BEFORE = LazyPattern(r"(?<![a-z])(?:mijn|my|mon|ma|mein|meine)[ \t]++$")
# Four digits alone, not the first group of a longer number ("code 2221 8657 7094 1940" is no PIN).
_FOUR_DIGITS_AFTER = LazyPattern(
    r"[ \t]*+(?:(?:is|est|was|:|=)[ \t]*+)?[(\"'“]?[0-9]{4}(?![0-9]|[ \t\u00a0.\-][0-9])"
)
# "2695 c'est mon code", "4471 is mijn code": four digits that end right before "my code".
# ("5750. Da is toch altijd mijn code": the next sentence points back at it, words of insisting between.)
_FOUR_DIGITS_BEFORE = LazyPattern(
    r"(?<![0-9])(?:[0-9]{4}|[0-9](?: [0-9]){3})[)\"'”’»]?[.,]?[ \t]++(?:(?:<-++|←|👈)[ \t]*+)?"
    r"(?:(?:dat|da|dit|that|this|it|het|ça)[ \t]++)?(?:is|was|c'est|cest|est|that's|thats|da's)[ \t]++"
    r"(?:(?:bien|echt|wel|toch|zeker|really|altijd|always|toujours|still|nog|steeds)[ \t]++){0,2}"
    r"(?:mijn|my|mon|ma|mn|m'n|mijne)[ \t]++$"
)
# "mon code de 4101 à 9273", "mijn code gewijzigd van 4410 naar 8026": a code one changes is one's own.
_CHANGED_FROM = LazyPattern(
    r"[ \t]*+(?:(?:gewijzigd|veranderd|aangepast|changed|changé|modifié)[ \t]++)?(?:van|de|from)[ \t]++"
    r"[0-9]{4}(?![0-9])[ \t]++(?:naar|à|to|en|in)[ \t]++[0-9]{4}(?![0-9])"
)
# "ancien code 2213, nouveau code 8790", "old code was 3920 and the new code is 6645": codes one renews
# are one's own, once the old one is named ("send me a new code 4821" alone is sent).
_RENEWED_BEFORE = LazyPattern(r"(?<![a-z])(?:oude|old|ancien|vorige|previous|nieuwe|new|nouveau)[ \t]++$")
_OLD_ONE = LazyPattern(r"(?<![a-z])(?:oude|old|ancien|vorige|previous)(?![a-z])")
# "J'ai oublié mon code", "I forgot my code": one can only forget a code one knows.
_FORGOTTEN = LazyPattern(r"(?<![a-z])(?:oublié|oublie|vergeten|forgot|forgotten|kwijt)(?![a-z])")


def called_own(low: str, cue_start: int) -> bool:
    """Whether the customer calls the code theirs right before its cue: "mijn code", "c'est mon code"."""
    return _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start) is not None


def _my_four_digits(low: str, cue_start: int, cue_end: int) -> bool:
    """'j'ai tapé mon code 7590 trois fois', 'mijn code 4410' next to a card: its PIN, not the three digits
    on its back (unless the back is named)."""
    return (
        _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start) is not None
        and _FOUR_DIGITS_AFTER.match(low, cue_end) is not None
        and _CARD_SIDE_AFTER.match(low, cue_end) is None
    )


def _own_code(low: str, cue_start: int, cue_end: int) -> bool:
    """A code for an app the customer logs in to, or 'my code' of four digits: a PIN, unless sent."""
    own = (
        _FOR_THE_APP.match(low, cue_end) is not None
        or (
            _OWN_BEFORE.search(low, max(0, cue_start - 8), cue_start) is not None
            and (
                _FOUR_DIGITS_AFTER.match(low, cue_end) is not None
                or _FOUR_DIGITS_BEFORE.search(low, max(0, cue_start - 40), cue_start) is not None
                or _CHANGED_FROM.match(low, cue_end) is not None
                or _FORGOTTEN.search(low, max(0, cue_start - 24), cue_end + 24) is not None
            )
        )
        or (
            _RENEWED_BEFORE.search(low, max(0, cue_start - 10), cue_start) is not None
            and _FOUR_DIGITS_AFTER.match(low, cue_end) is not None
            and _OLD_ONE.search(low) is not None
        )
    )
    if not own:
        return False
    line_start = low.rfind("\n", max(0, cue_start - 60), cue_start) + 1 or max(0, cue_start - 60)
    line_end = low.find("\n", cue_end, cue_end + 60)
    return _SENT_NEAR.search(low, line_start, cue_end + 60 if line_end == -1 else line_end) is None


# A code that refused a payment, or an HTTP status with its reason: an error, never a card's CVV.
_REFUSED_WITH = LazyPattern(
    r"(?<![a-z])(?:geweigerd|afgewezen|refused|refusée?|rejected|declined|failed|fails|échoue|mislukt|"
    r"weigert|blocked|bloquée?|geblokkeerd)[ \t]++(?:met|with|avec|by|par|on|op)"
    r"(?:[ \t]++(?:de|the|le|la|een|a|un))?[ \t]++$|"
    # or the code in brackets after it: "le paiement est refusé (code 771)"
    r"(?<![a-z])(?:geweigerd|afgewezen|refused|refusée?|rejected|declined|failed|échouée?|mislukt|"
    r"bloquée?|geblokkeerd)[ \t]*+\($|"
    # what the screen answers with: "every attempt gives code 478", "het scherm toont code 115", "the app
    # throws code 5071"
    r"(?<![a-z])(?:gives|gave|geeft|gaf|says|said|saying|zegt|zei|shows|showed|toont|affiche|indique|donne|"
    r"throws|threw|throwing|returns|returned|displays|renvoie|retourne)"
    r"(?:[ \t]++(?:de|the|le|la|een|a|un|me|mij))?[ \t]++$"
)
_HTTP_REASON = LazyPattern(
    r"[ \t]*+(?:unauthori[sz]ed|forbidden|not found|bad request|internal server error|too many requests|"
    r"service unavailable|gateway|conflict|method not allowed|non autorisé|interdit|introuvable)"
)
_CARD_CODE_CUES = frozenset({"security code", "beveiligingscode", "securitycode"})
# A card and its code named together, the way a card is handed over: "sa carte et son code", "zijn pas en de
# code", "my card and the code".
_CARD_AND_ITS_CODE = LazyPattern(
    r"(?<![a-z])(?:carte|kaart|pas|bankpas|betaalpas|bankkaart|card|bank card|debit card)[ \t]++"
    r"(?:et|en|and|\+|&)[ \t]++"
    r"(?:(?:son|sa|le|la|de|zijn|haar|mijn|m'n|the|my|his|her|its|their|hun)[ \t]++)?$"
)
# The wifi's own key named after a router's password, in the same breath: "mijn routerwachtwoord (…) en
# wifisleutel …", "the router password and the wifi key".
_WIFI_KEY_APART = LazyPattern(
    r"(?<![a-z])(?:en|and|et)[ \t]++(?:(?:de|het|the|la|le|mijn|my|mon|ma|ook|also)[ \t]++)?"
    r"(?:wifi|wi-fi|netwerk|network|wlan)[ \t-]?(?:sleutel|key|wachtwoord|password|code|clé)"
)
_WIFI_KEY_APART_REACH = 48
# A board a place shows its guests' wifi key on, the wifi asked of before it (see cues.py).
_BOARDS = frozenset(
    {"op het bord", "on the board", "sur le tableau", "on the whiteboard", "op het whiteboard"}
)
_BOARD_REACH = 160
# A fuel card's number (the petroleum issuers' 7, sixteen digits or more) right before a code's word.
_PETROL_NUMBER_BEFORE = LazyPattern(r"(?<![0-9])7[0-9]{3}(?:[ ]?[0-9]){12,15}[ \t]*+[,;:]?[ \t]*+$")
_SHORT_CODE = re.compile(r"[ \t:=]*+(?:is[ \t]++)?\(?[0-9]{3,4}(?![0-9A-Za-z]|[ \-/.][0-9])")
_OTP_DIGITS = re.compile(r"(?:[0-9]{3}[ \-]?[0-9]{3}|[0-9]{5,8})(?![0-9A-Za-z])")


# A code given with the time it stays valid was sent, whatever else the message speaks of (the wifi, a card):
# "Code: 235559 - geldig tot 18:05", "Code: 0771 - geldig tot 16.05", "code 4821 (valid for 10 minutes)".
_VALID_UNTIL_AFTER = LazyPattern(
    r"[ \t:=]*+[(\"'“]?[0-9]{3,8}[)\"'”]?[ \t]*+[-–,(]?[ \t]*+"
    r"(?:geldig|valid|valable|expires|expire|verloopt|vervalt)(?![a-z])"
)
# A code asked to confirm an action, not the app's own PIN: "de code van de itsme-bevestiging was 5605".
_CONFIRMING = LazyPattern(r"bevestig|confirm")
# Six digits or more (three and three in groups) right after the cue: a code shown or sent, no kept PIN.
_SIX_DIGIT_CODE_AFTER = LazyPattern(
    r"[ \t:=]*+(?:(?:is|was|est)[ \t:]++)?[(\"'“«]?(?:[0-9]{3}[ \-][0-9]{3}|[0-9]{6,8})(?![0-9])"
)
# A message received, quoted right before the cue: "Reçu à l'instant : Votre code itsme : …", "J'ai reçu ça :⏎
# Votre code itsme : …", "Kreeg dit binnen: « Je pincode … »" (not "I received my PIN: 1234": no quote opens).
_MESSAGE_RECEIVED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:reçu|recu|received|kreeg|gekregen|ontvangen|binnengekregen|got)(?![a-z])[^\n:«\"“]{0,30}"
    r"[:«\"“][ \t]*+(?:\n[ \t>]*+)?(?:(?:votre|vtore|your|uw|je)[ \t]++)?$"
)


# A one-time code's cue says so; such a code is never the CVV of a card nearby.
_ONE_TIME_WORDS = ("eenmalig", "éénmalig", "one-time", "one time", "sms", "2fa", "inlog", "login", "unique",
                   "text")  # fmt: skip
# So does a code sent to confirm or activate, as written ("confirmation code 0324" beside a card). (Not
# "verificatiecode": the thread view names an agent's question for a code so, "3 cijfers achterop" too.)
_SENT_TO_CHECK_WORDS = ("bevestig", "confirmation", "activa", "authent", "mfa")
# After a code cue: digits, or capitals and digits as codes are printed, bare or in brackets or quotes; a few
# small words may come first ("inlogcode per mail ontvangen (4KX8FK)").
_SENT_CODE = re.compile(
    r"(?:(?:per|via|by|in|op|mijn|my|the|de|het|mail|sms|e-mail|email|text|ontvangen|gekregen|received|got|"
    r"reçu|with|met|uit|from|van|app|l'app|authenticator|authenticator-app):?[ \t]++){0,4}[(\"'“]?"
    r"([0-9]{4,8}|(?=[A-Z]{0,7}[0-9])[A-Z0-9]{5,8}|[0-9]{3}[ -][0-9]{3}|(?<=[(\"'“])[A-Z]{5,8})"
    r"(?![\w/:@-]|[.,][0-9])[)\"'”]?"
)


# Matched on lower-cased text. Between cue and value: marks, small words, and who holds the number
# ("klantnummer bij u is", "aansluitingsnummer bij het ziekenfonds is", "account # with Zeta is").
_CUSTOMER_VALUE = LazyPattern(
    r"\.?(?:[ \t\u00a0]*+(?:[:=#|]|ist|lautet|is|was|est|était|c'est|it's|that's|le(?![a-z])|nr\.?|no\.?|"
    r"n[°º]|number|"
    # a list's dash between a label and its value, as a colon: "Klantnummer - 73221096"
    r"(?<=[ \t])[-–](?=[ \t])|"
    r"nummer|numéro|van mij|"
    # the number named again after a comma: "my senior pass, the number was …", "klant met nummer …"
    r",[ \t]*+(?:the|het|de|le|la)(?=[ \t]++(?:number|nummer|numéro))|"
    # or after what happened to it: "Ik heb mijn bibpas verloren, nummer 2114…", "card stolen, number …"
    # or renewed, or named again after a comma alone: "Ik wil mijn bezoekersvergunning verlengen, nummer
    # BV4744276", "Ik heb een vergunning, nummer 5200471"
    r"(?:verloren|kwijt|lost|perdue?|gestolen|stolen|volée?|geblokkeerd|blocked|bloquée?|verlengen|renew|"
    r"renouveler|prolonger)?,"
    r"(?=[ \t]*+(?:number|nummer|numéro)(?![a-z]))|"
    r"(?:met|with|avec)(?=[ \t]++(?:le[ \t]++)?(?:number|nummer|numéro))|"
    # pointed back to before its copula: "het klantnummer staat op de brief, dat is …", "…, that is …"; or
    # told after what went wrong with it: "Mon numéro de fidélité est mal repris sur le billet, c'est …"
    r",?[ \t]*+(?:dat|dit|that)(?=[ \t]++(?:is|was)(?![a-z]))|[^.!?\n,:]{0,50}+,[ \t]*+(?=c'est|it's)|"
    # what the thing bears, and the number asked for too: "leasecontract heeft nummer 134735/46", "carte MOBIB
    # porte le numéro …", "they want her member ID too: 949561842"
    r"heeft|has|porte|draagt|too|also|ook|aussi|"
    # had, its number in brackets: "Boete gekregen terwijl ik een parkeerkaart heb (PK-2167-311)"
    r"(?:heb|have|had)(?=[ \t]*+[(\"'“«])|"
    r"here|hier|"
    # an aside in brackets, no digit in it: "Simkaartnummer (ICCID) 8931…", "klantnummer (oud) …"
    r"\((?=[a-z])[^()0-9\n]{1,24}\)|"
    # the cue's own bracket closed before its copula: "mijn postbus nummer (klantnummer) is 9988-9174-39"
    # (`_customer_number` asks that the bracket holds the cue alone)
    r"\)(?=[ \t]++(?:is|was|est)[ \t]|[ \t]*+:)|"
    # a bracket that names the number first: "mijn paspoort (nummer WA94DHCW4) is verlopen"
    r"\((?=[ \t]*+(?:nummer|number|numéro|nr|no|n°)(?![a-z]))|"
    # whose name it is in: "Account is in her name, CUS373945", "staat op mijn naam: 4412889"
    r"(?:in|on|under|op|onder|au|à|sous)[ \t]++(?:her|his|my|our|their|mijn|haar|zijn|onze|hun|mon|son|"
    r"ma|sa|notre|leur)[ \t]++(?:name|naam|nom)[,:]?|staat|stond|"
    # filed under its number: "I can see the account under 6204486028", "le compte sous 5186-7084-53"
    r"(?:listed[ \t]++|registered[ \t]++|filed[ \t]++|geregistreerd[ \t]++|enregistré[ \t]++)?"
    r"(?:under|onder|sous)(?=[ \t]++[a-z]{0,4}[-./ ]?[0-9])|"
    # a verb of staying or becoming: "Je polisnummer blijft 2814.570.317", "your number remains …"
    r"bleef|wordt|werd|becomes|devient|" + STAYS_WORDS + r"|"
    # still as it was, or now: "Your account number is still KL-9843028", "Uw klantnummer is nog steeds …",
    # "nieuw paspoort, nummer is nu FV99RW046"
    r"still|nog[ \t]++(?:steeds|altijd)|toujours|nu(?![a-z])|now(?![a-z])|désormais|"
    # asked for again: "Nursery want our 30 hours code again, it's 11088772261"
    r"again,?|opnieuw|encore|"
    # where it is printed: "the account number on the bill is REL4629417", "op de factuur staat", "on her last
    # bill is …", "Klantnummer volgens de laatste factuur: …"
    r"(?:on|op|in|sur|dans|from|van|onder|at|volgens|according[ \t]++to|selon)[ \t]++"
    r"(?:(?:the|de|het|la|le|l'|mijn|my|your|uw|votre|mon|ma|her|his|our|their|haar|zijn|onze|sa|son|notre|"
    r"this|deze|die|that)[ \t]*+)?"
    r"(?:(?:last|latest|laatste|vorige|dernière|derniere|recent|most[ \t]++recent)[ \t]++)?"
    r"(?:bill|factuur|facture|rekening|brief|letter|lettre|card|kaart|pas|carte|"
    r"contract|contrat|statement|afschrift|invoice|top|bottom|bovenaan|onderaan|app|portal)[,:]?|"
    r"(?:bij|with|at|chez|bei|voor|for|au)[ \t]++"  # ("Mon numéro patient au CHU est P-341202")
    # (not a record of its own: "the old account. It's for claim KL-26-11095" names the claim's number)
    r"(?:(?:het|de|uw|your|the|la|le|l'|jullie|you|vous|votre)[ \t]*+)?"
    r"(?!(?:claim|case|ticket|order|invoice|factuur|bestelling|dossier|sinistre|schade)(?![a-zà-ü]))"
    r"[a-zà-ü][a-zà-ü'&-]{0,20}(?:[0-9](?![0-9a-z]))?"  # (a digit may end the name: "bij Tele2 is …")
    r")){0,4}[ \t\u00a0]*+(?:[:=#|][ \t\u00a0]*+)?"
    # the number on the next line after its copula: "mijne klantennummer is⏎ACC-128845"; or alone on the line
    # under its label, as a scanned form puts it ("Klantnummer⏎12345678⏎Factuurdatum")
    r"(?:(?:is|le)[ \t]++|(?<=is|st|.:|.=)[ \t]*+\n[ \t>]*+"
    r"|(?<=[a-z])[ \t]*+\n[ \t>]*+(?=[a-z]{0,4}[-./ ]?[0-9][0-9a-z .\-/]{2,30}[ \t]*+(?:\r?\n|$)))?"
    r"(?:[(\"'“«][ \t\u00a0]?)?"
    # a vendor's id ("acct_e5hv4r2al67b"), or digits with a short prefix ("kl0157328", "cn 0545 3073")
    # (or one of twelve letters and more without a digit: "cus_ERTAavfedVeCKw")
    r"([a-z]{2,5}_(?:(?=[a-z0-9]{0,31}[0-9])[a-z0-9]{6,32}|[a-z]{12,32})(?![a-z0-9_])"
    # or after a hyphen, sixteen letters and digits at least: "org-IlpQA2e8KEmoPDhY6GGI"
    r"|[a-z]{2,5}-(?=[a-z0-9]{0,31}[0-9])[a-z0-9]{16,32}(?![a-z0-9_-])"
    # or groups of four ("J6WN-B7SA", "QRRZ-GWV1-6QAL"): capitals and a digit in the text (`_GROUPED_ID`)
    r"|[a-z0-9]{4}(?:-[a-z0-9]{4}){1,3}(?![\w-])"
    # or a charging contract's e-mobility account id (eMI3: country, provider, nine characters, a check one):
    # "NL*NUO*C4UQC0F3V", "BE-EVB-CJ04RC9EJ"
    r"|[a-z]{2}(?:([*-])[a-z0-9]{3}\2[a-z0-9]{9}(?:\2?[a-z0-9])?|(?=[a-z0-9]{0,13}[0-9])[a-z0-9]{12,13})"
    r"(?![\w*-])"
    # or two words of letters before the digits, as an issuer and a scheme name them: "GNB-ENV-1092837",
    # "UNICEF-BE-00912"
    r"|[a-z]{2,6}-[a-z]{2,6}-\d[\da-z]{0,3}(?:[-./]?[\da-z]{1,8}){0,3}(?![\w-])"
    # or a British driving licence's: the surname's five letters (nines fill a short one), six digits of the
    # birth date, initials, a digit and two check letters ("MORGA753116SM9IJ", "MORGA753116SM9IJ 35")
    r"|[a-z9]{5}\d{6}[a-z9]{2}\d[a-z]{2}(?:[ ]\d{2})?(?![\w-])"
    # (a word of five or six letters leads with its hyphen: "LEASE-132891", "HUURC-2291"; letters with a
    # slash: "Permit RP/83271"; a series letter after the hyphen, four digits at least after it: "ST-A54900")
    # (or a brand's word in capitals, a space or a slash after it: "Policy BRAND 56409739", "Polisnummer
    # BRAND/86519013"; `_customer_number` asks for the capitals)
    r"|(?:[a-z]{0,4}[-./ ]?|[a-z]{1,4}/|[a-z]{5,6}[-/ ]|[a-z]{1,4}-[a-z](?=\d{4}))\d[\da-z]{0,3}"
    r"(?:[-./ ]?[\da-z]{1,8}){0,4})"
)
# A cue that is its bracket's one word: "mijn postbus nummer (klantnummer) is …".
_OWN_BRACKET = LazyPattern(r"\([a-zà-ü°.'-]{4,30}$")
_OWN_BRACKET_REACH = 32
# A payment provider's id of an account or a customer, whatever names it: Stripe's connected account and
# customer ("acct_1Nv0FGQ9RKHgCVdK", "cus_NffrFeUfNV2Hib"), Mollie's organisation, profile and customer
# ("org_2345678", "pfl_QkEhN94Ba", "cst_8wmqcHMN4U"). (Not a charge's, a payment's or an invoice's: "ch_…",
# "pi_…", "in_…" name a transaction, shown in the open.)
_PAYMENT_ACCOUNT_ID = LazyPattern(
    r"(?<![\w-])(?:acct|cus|cst|org|pfl)_(?=[A-Za-z]{0,31}[0-9])[A-Za-z0-9]{7,32}(?![\w-])"
)
# Written with its stars, the id is a charging contract's whatever names it (no other id is so shaped).
# An e-mobility account's id (eMI3) as printed on a charging card: "NL*NUO*C4UQC0F3V", "BE-EVB-CJ04RC9EJ"
# (or in one piece): a country, its separator, a provider, nine characters and a check one.
_EMA_ID_REST = r"[A-Z0-9]{3}\1[A-Z0-9]{9}(?:\1?[A-Z0-9])?"
_STARRED_EMA_ID = LazyPattern(r"(?<![\w*])[A-Z]{2}(\*)" + _EMA_ID_REST + r"(?![\w*])")
_EMA_ID = re.compile(r"[A-Z]{2}([*-]?)" + _EMA_ID_REST)
# A customer id issued in groups of four capitals and digits: few digits, and no other thing so named; and
# a US Medicare number's groups of four, three and four ("member 0YF6-RN2-PR18").
_GROUPED_ID = re.compile(
    r"(?=[A-Z-]*[0-9])[A-Z0-9]{4}(?:-[A-Z0-9]{4}){1,3}|[0-9][A-Z][A-Z0-9][0-9]-[A-Z][A-Z0-9][0-9]-[A-Z]{2}[0-9]{2}"
)


# A word that is no other number's name ("numéro de compte", "artikelnummer"), looked at from its start.
_NOT_A_NUMBER_S_NAME = r"(?![a-z]{0,16}(?:nummer|number|numéro|nr)(?![a-z]))"
# Whose or where the number is, said between its name and its ':' ("Klantnummer bij mijn oude provider: …",
# "customer number with my previous supplier: …", "numéro client chez mon ancien opérateur : …").
# Without a colon when the number follows at once ("account number with old carrier 1.0840.716"), and
# without a preposition for the provider one leaves ("klantnr oude provider 854-988341").
_WHOSE_NUMBER = LazyPattern(
    r"[ \t]++(?:(?:bij|at|with|chez|auprès de|van|of|for|voor|pour|du|de)[ \t]++"
    r"(?:[a-zà-ÿ'-]{1,20}+[ \t]++){0,3}[a-zà-ÿ'-]{1,20}+(?:[ \t]*+:|[ \t]++(?=[a-z]{0,3}[-.]?[0-9]))"
    r"|(?:oude|old|previous|vorige|former|ancien|ancienne|huidige|current|actuel|actuelle)[ \t]++"
    r"(?:provider|carrier|operator|network|supplier|leverancier|aanbieder|opérateur|operateur|fournisseur)"
    r"[ \t]*+:?"
    # what the number is for, then its colon: "Polisnummer uitvaartverzekering: …", "Klantnummer energie: …",
    # "policy number (life cover): …", "Policy number life insurance: …"
    r"|\(?(?:[a-zà-ÿ'-]{2,24}+[ \t]++)?[a-zà-ÿ'-]{2,24}+\)?[ \t]*+:"
    # or the club, the fund or the school it is at, its number right after: "Lidnummer studentenvereniging
    # M8365307", "lidnummer hockeyclub 48213"; the marina, the storage box: "lidnummer jachthaven KL-113200",
    # "Contrat box PV-5616261"
    r"|(?P<place>[a-zà-ÿ'-]{0,20}(?:vereniging|club|bond|kring|fonds|school|universiteit|hogeschool|"
    r"bibliotheek|mutualiteit|ziekenfonds|haven|box)|university|college|society|union|marina|"
    # (or the trade that keeps it: "klantnummer opticien 2231-889", "klantnummer garage 77812")
    r"opticien|optician|garage|dealer|apotheek|pharmacy|pharmacie|tandarts|dentist|dierenarts|vet|gym|"
    r"sportschool|kinderopvang|crèche|creche|nursery)[ \t]++"
    # (its copula may come first: "mijn lidnummer ziekenfonds is NM183697"; its letters may stand apart or
    # run on after a dash: "lidnummer jachthaven CN 548756", "Contrat box ST-A97823")
    r"(?:(?:is|est|was)[ \t]++)?(?=[a-z]{0,4}(?:[-.][a-z]?|[ ])?[0-9])"
    # or the insurance it is for, then its copula: "mijn polisnummer reisverzekering is 3456789012"
    r"|(?:[a-zà-ÿ'-]{2,20}+[ \t]++)?[a-zà-ÿ'-]{0,20}(?:verzekering|insurance|assurance)"
    r"[ \t]++(?:is|est|was)(?=[ \t])"
    # or the brand or the kind it is at, then French "c'est": "Mon n° de membre Touring c'est 013 185 439",
    # "la police auto c'est 5580788928" (not another number's name: "… numéro de compte c'est BE08 …"; any
    # copula read a one-time code as a number: decision 0095)
    r"|(?:" + _NOT_A_NUMBER_S_NAME + r"[a-zà-ÿ&'-]{2,20}+[ \t]++){1,2}"
    r"c'est(?=[ \t]++[a-z]{0,4}[-.]?[0-9])"
    # or the brand alone, five digits or more right after it: "klantnummer Engie 5001234567" (no small word
    # of a sentence: "klantnummer staat 12345 …", "account since 20190")
    r"|(?!(?:is|was|est|en|and|et|of|or|ou|van|bij|at|from|de|het|the|le|la|staat|klopt|sinds|since|depuis|"
    r"niet|not|pas|ook|also|aussi|nu|now|were|zijn|waren|on|op|in|to|naar|"
    # (nor another thing's number named after it: "my account order 116269845", "site ID SKU 4484947",
    # "account artikelnummer 8714874227176")
    r"order|bestel[a-z]*+|commande|sku|art|artikel|article|ticket|case|zaak|dossier|factuur|invoice|facture|"
    r"ref|id|ean|serial|serie|imei|tracking|claim)(?![a-zà-ÿ]))"
    + _NOT_A_NUMBER_S_NAME
    + r"[a-zà-ÿ&'-]{3,20}+[ \t]++(?=[0-9]{5})"
    # or the brand written with its capital, then a copula, six digits or more after it: "Mijn klantnummer
    # Eneco is 20394857" (its capital is checked on the text as written where the match is read)
    r"|(?!(?:is|was|est|en|and|et|of|or|ou|van|bij|at|from|de|het|the|le|la|staat|klopt|sinds|since|depuis|"
    r"niet|not|pas|ook|also|aussi|nu|now)(?![a-zà-ÿ]))"
    + _NOT_A_NUMBER_S_NAME
    + r"(?P<brand>[a-zà-ÿ&'-]{3,20}+)[ \t]++(?:is|was|est)[ \t]++(?=[a-z]{0,4}[-.]?[0-9]{6}))"
)
_QUALIFIED_DIGITS = 5  # (not a year: "account created: 2019")
_CLAUSE_END = LazyPattern(r"[ \t]*+(?:[).,;!?\n]|$)")
_COPULA = LazyPattern(r"(?<![a-z])(?:is|was|est|c'est|that's|thats|=)(?![a-z])")
_CUSTOMER_BEFORE_CUE = LazyPattern(
    r"(?<![\w.-])([A-Za-z]{0,4}-?[0-9][0-9.\- ]{3,14}[0-9])[ \t,]*+\(?"
    r"(?:(?:is|was|als|as|mijn|my|ons|our|het|the|de|that's|thats|that is|it's|c'est|le|la|mon|ma|son|sa|his|"
    r"her|zijn|haar|dat is|dit is|mum's|mom's|dad's|mother's|father's|moeders|vaders)[ \t]++){0,3}$"
)


def _customer_before_cue(text: str, low: str, cue_start: int, cue_end: int, out: list[Span]) -> None:
    """'12345678 (klantnummer)', '4412 889 is mijn klantnummer.': only when the cue ends the clause, or
    a copula joins them ('11507214 is ons klantnummer postcode weet je al': chat has no full stops)."""
    match = _CUSTOMER_BEFORE_CUE.search(text, max(0, cue_start - 48), cue_start)
    if match is None or sum(ch.isdigit() for ch in match.group(1)) < 5:
        return
    if not _CLAUSE_END.match(text, cue_end) and _COPULA.search(low, match.end(1), cue_start) is None:
        return
    before = low[max(0, match.start(1) - 24) : match.start(1)]
    if is_reference_at(low, match.start(1)) or find_cues(before) or PHONE_CUE.search(before):
        return
    if VERSION_NEAR.search(before) or match.group(1).startswith("0"):
        return  # a version, or a phone number
    out.append(Span(match.start(1), match.end(1), "customer_number"))


_SPACED_PREFIX = LazyPattern(r"([A-Za-z]{1,4}) ")
_WORD_PREFIX = LazyPattern(r"([A-Za-z]{5,6})[ /]")
# Small words a message in capitals writes like a number's prefix.
_SMALL_WORDS = frozenset("in op on at en et de to by of im am au le la van from per is was est".split())
# A company's registration before its number: "Motorpoint Lease - TVA 0073.095.652" is the firm's; a
# product's stock unit too ("Our subscription (SKU 970-1314)").
_NOT_A_PREFIX = _SMALL_WORDS | frozenset("tva btw vat kvk bce kbo rpr rpm sku".split())
# Capitals leading a number ("VHE 89467", "HC-221273", "C02294820", "RP/36606"): an id, never a year or a
# count.
_PREFIXED_ID = LazyPattern(r"[A-Z]{1,4}(?:-[A-Z]|[ \-/])?[0-9]{4,}")  # (a series letter too: "ST-B26704")
_PREFIXED_DIGITS = 4


# A contract or a policy named without "number": only a long number after it is its number
# ("pour le contrat 396424088"), not a year or a count ("contract 2024", "polis 3").
# A customer or a policy named without "number" ("Client 24290950.", "Policy ACC09384491"): a number right
# after it on its line is theirs. Not a cue word of its own: "Client" names the speaker of a chat export.
# ("Client C-3459178", "Client « K-7720134 »": a letter and a hyphen may lead, quoted or not).
# (either noun typed with a slip too, "She's custoemr 177.789.708", "n° clent 7811924457": a word from "c"
# is read, then looked up among the slips; the expression lists no variants)
# (its copula or a bracket may come first: "Mon n° cilent est CE527234", "votre n° cllient («YG330274»)")
_CLIENT_NUMBERED = (
    r"[ \t]*+(?:(?:est|is|was)[ \t]++)?[:#]?[ \t]*+\(?[\"'“«]?[ \t\u00a0]?[a-z]{0,4}-?[0-9]"
)
_NUMBERED_CUSTOMER = LazyPattern(r"(?<![a-z])(?:policy|c[a-z]{3,9})(?=" + _CLIENT_NUMBERED + ")")
_CLIENT_NUMBER_AFTER = LazyPattern(_CLIENT_NUMBERED)
# a customer's, without a colon ("Bill 474 €, too high! customer C960333256"; "Customer: …" is a speaker)
_CUSTOMER_NUMBER_AFTER = LazyPattern(r"[ \t]++[\"'“«]?[a-z]{0,4}-?[0-9]")
@functools.cache
def _code_slips() -> frozenset[str]:
    return frozenset(one_letter_off("code"))


_CLIENT_NOUNS = frozenset({"policy", "client", *one_letter_off("client")})
_CUSTOMER_NOUNS = frozenset({"customer", *one_letter_off("customer")})
_NOT_THE_CLIENT = LazyPattern(
    r"(?:service|espace|relation|relations|portail|zone|aire|"
    r"(?<![a-z])(?:" + PHONE_LABEL_WORDS + r"))[ \t.-]*+$"
)  # ("Tél. client : 0486…" is the customer's phone)


def _numbered_customers(text: str, low: str, out: list[Span]) -> None:
    for noun in _NUMBERED_CUSTOMER.finditer(low):
        start, word = noun.start(), noun.group()
        # (the noun may run into its number's letters: "numéro clientAB4068 7619")
        cuts = range(len(word), 3, -1)
        end = next((start + cut for cut in cuts if _numbered(low, word[:cut], start + cut)), -1)
        if end != -1 and not _NOT_THE_CLIENT.search(low, max(0, start - 16), start):
            _customer_number(text, low, end, out, 6)  # "service client 078 …" is the company's


def _numbered(low: str, word: str, end: int) -> bool:
    if word in _CUSTOMER_NOUNS:
        return _CUSTOMER_NUMBER_AFTER.match(low, end) is not None
    return word in _CLIENT_NOUNS and _CLIENT_NUMBER_AFTER.match(low, end) is not None


# A contract, a plan or a policy named first, what it is for after it, and then its number's word: "mon
# contrat d'assurance obsèques n° K-391206", "my funeral plan, reference HH67248199", "final expense policy,
# number 68933095", "garden waste subscription ref is 3410 7327 22", "His plan number is 2080-5819-96".
# (Not "police": English names the constable's reference so, "Police reference CAS-87736-VBGJ".)
_CONTRACT_NUMBER_WORDS = (
    r"(?:number|nummer|n[°º]|no\.|nr\.?|ref\.?|reference|referentie|référence|réf\.?)(?![a-z])"
)
_CONTRACT_THEN_NUMBER = LazyPattern(
    r"(?<![a-z])(?:plan|policy|polis|contract|contrat|subscription|abonnement|membership|lidmaatschap)"
    # (what it is for, no one's: "cancel his contract His number …" names another; nor another thing's
    # number, "policy claim reference …")
    r"(?:[ \t]++(?!" + _CONTRACT_NUMBER_WORDS + r"|(?:his|her|my|our|their|your|zijn|haar|mijn|onze|hun|"
    r"uw|jouw|son|sa|mon|ma|leur|votre|notre|"
    r"order|bestel[a-z]*+|commande|invoice|factuur|facture|case|ticket|claim|schade[a-z]*+|sinistre|dossier|"
    r"booking|boeking|reservation|reservering|réservation|request|aanvraag|demande|tracking|payment|"
    r"betaling|paiement|transaction|transactie)(?![a-z]))"
    r"[a-zà-ÿ'’-]{1,20}+){0,3}+"
    r",?[ \t]++" + _CONTRACT_NUMBER_WORDS
)


def _contracts_numbered(text: str, low: str, out: list[Span]) -> None:
    for named in _CONTRACT_THEN_NUMBER.finditer(low):
        _customer_number(text, low, named.end(), out, 5)


# A meter named alone before its serial: eight digits or more ("energy account. Meter 4065342340, final
# reading 44898"), four and four ("watermeter 1644 0319"), or two digits and a dash or two letters before six
# ("meter 16-068571", "meter 08MN070761", "meter no. F16LA327272"); a reading is digits alone, fewer
# ("terwijl de meter 951488 aangeeft"). A French "compteur" with its number's word only ("compteur n°
# 906528966"; "index compteur 00123456" is a reading). Not "10 meter 12345678" (a length), nor "van mijn
# meter is 0495 …" (a Flemish godmother).
_SERIAL_SHAPE = (
    r"(?:[a-z]?[0-9]{8}|[0-9]{4}[ ][0-9]{4}(?![0-9])|[a-z]?[0-9]{2}(?:-|[a-z]{2})[0-9]{6}(?![0-9]))"
)
_METER_SERIAL = LazyPattern(
    r"(?<![a-z])(?:(?:water|gas|warmte|stroom)?meter|compteur(?=[ \t]*+(?:n[o°º]|nr|numéro|numero)))"
    r"(?=[ \t]*+(?:n[o°º]\.?|nr\.?|number|nummer|numéro|numero)?[ \t]*+[:#]?[ \t]*+" + _SERIAL_SHAPE + ")"
)
_SERIAL_DIGITS = 8
# A rented storage box or unit by its number: a capital and two or three digits, or a floor and a door
# ("mijn huur voor box G151", "votre box B-260", "Unit 4.68, toegangscode …"); not a modem's model ("Experia
# Box v10", "FRITZ!Box 7590") nor a post office box's digits, nor a block's room ("unit C-08").
_STORAGE_UNIT = LazyPattern(
    r"(?<![A-Za-z!])(?i:box|unit)[ \t]++([A-Z]-?(?:[1-9][0-9]{1,2}|0[0-9]{2})|[0-9]\.[0-9]{2})"
    r"(?![0-9A-Za-z]|[.,-][0-9A-Za-z])"
)
# The Dutch tax office's assessment number is the payer's BSN, a letter for the tax and two digits
# ("Aanslagnummer 0210.61.775.H.76", "aanslagnmmer 243543264H87"); a municipality's assessments are
# numbered as its invoices ("Aanslagnummer: 2482.670203", "2025-367852"), no one's number.
_TAX_ASSESSMENT = LazyPattern(
    r"(?<![a-z])aanslag[a-z]{0,9}[ \t]*+:?[ \t]*+"
    r"([0-9]{4}\.?[0-9]{2}\.?[0-9]{3}\.?[a-z]\.?[0-9]{2})(?![0-9a-z])"
)
_EAN_REACH = 12
_GTIN_LENGTHS = (12, 13, 14)
# A product's own word right after a customer's cue: its code follows, not the customer's number.
_PRODUCT_WORD_NEXT = LazyPattern(
    r"[ \t:]*+(?:is[ \t]++)?(?:sku|ean(?:-?code)?|art(?:ikel)?(?:\.|nr|nummer)|ref\.)(?![a-z])"
)
_NOT_A_METER_BEFORE = LazyPattern(r"(?:[0-9]|(?<![a-z])(?:mijn|m'n|mn|haar|zijn|je|jouw|uw|onze))[ \t]*+$")
# A key's or a password's own word (not the network's: "le wifi coupe sans arrêt").
_KEY_WORD = LazyPattern(KEY_WORDS)


# A policy by the cover it is for, one word between: "polis beroepsaansprakelijkheid 1783/714206", "Police
# flotte : 6940881691" (not what the police do: "police report 20931844").
_POLICY_NOUNS = ("polis", "police")
_POLICY_KIND = LazyPattern(
    r"[ \t]++(?!(?:report|reference|référence|referentie|station|officer|department|agent|crime|nummer|"
    r"number|numéro|van|de|of|du|des)(?![a-z]))"
    r"[a-zà-ÿ]{5,24}+[ \t]*+:?"
)
# An account's number right before its name: "to DE26906879041538389778, account name …" (the shape finds
# where it starts, `valid_iban_at` checks it).
_IBAN_JUST_BEFORE = LazyPattern(r"[A-Z]{2}[0-9]{2}[ ]?[0-9A-Z]{4}(?:[ ]?[0-9A-Z]{1,4}){2,7},?[ \t]*+$")
_IBAN_REACH = 48


def _iban_just_before(text: str, at: int) -> bool:
    shape = _IBAN_JUST_BEFORE.search(text, max(0, at - _IBAN_REACH), at)
    return shape is not None and valid_iban_at(text, shape.start())
_BARE_REFERENCE_NOUNS = frozenset(
    {"contrat", "contract", "polis", "police", "leasecontract", "lease contract", "contrat de leasing",
     "huurcontract", "energiecontract", "ik ben klant", "je suis client", "je suis cliente", "i am customer",
     "i'm customer", "verzekering", *BARE_HOLDER_NOUNS}
)
# A membership, its card or a subscription names its number without "number" ("lidmaatschap 860764864",
# "carte de membre 8591 3814 6730", "Votre abonnement Y48611-70 est suspendu"), and a number word alone
# names it when the membership was named earlier in its clause ("member since 2022, no. 4724 3256 1256",
# "ik heb mijn ledenpas verloren, nummer 1683990577", "membre depuis 2019, n° 824.618.892").
# Not cue words: "mijn abonnement is 15 % duurder" asks for no value, and a chat's later answer is not its.
_HELD_NUMBER = LazyPattern(
    r"(?<![a-z])(?:(?:lidmaatschap|ledenpas|lidkaart|ledenkaart|carte (?:de )?membre|membership(?: card)?|"
    # (typed in haste too: "mijn lidmoatschap LID608198464"; a number may start with a nought: "Membership
    # 0133591")
    # (a subscription or a plan credited or billed: "credited GBP 60 to subscription 57856607", "Please bill
    # subscription 3163902"; only so: a bare "subscription" before digits cost heldout-r49 precision; and an
    # abonnement's number may open with a nought: "Votre abonnement 0595 4654 sera prolongé")
    r"member card|abonnement|(?:(?<=to )|(?<=bill ))(?:subscription|plan)|lidm[a-z]{1,3}t[a-z]{1,3}ap)"
    # (not a Dutch or Belgian mobile's number: "mijn abonnement 0612345678 werkt niet meer")
    r"(?=[ \t:#]*+[a-z]{0,4}[-./ ]?(?:[1-9]|0(?![64][0-9]{8}(?![0-9]))[0-9]{3}))|"
    # a subscription by its service, its number right after: "Abonnement lavage WC2216242 résilié",
    # "abonnement lavage CLUB-09247" (not a price or a time: "abonnement kost 12 euro", "depuis 2019"; nor a
    # phone's number: "abonnement mobiel 0612345678")
    r"abonnement[ \t]++(?!(?:kost|kosten|coûte|coute|costs|est|is|was|van|voor|pour|de|du|des|bij|chez|"
    r"depuis|sinds|since|sera|wordt|werd|payé|betaald|opgezegd|résilié)(?![a-zà-ÿ]))[a-zà-ÿ]{4,14}"
    r"(?=[ \t:#]*+(?:[a-z]{1,5}-?)?(?!0[0-9]{9})[0-9]{5,10}(?![0-9,.]))|"
    # a line by its service, a subscription or an account, its number in brackets: "His broadband (7265 3782)
    # at …", "beltegoed vanaf mijn eigen abonnement (A8107623863) aanvullen"
    # (not a product's code: "Mijn abonnement (SKU 039-1781)"; a compound's too: "Mijn treinabonnement (nr
    # 23814409)")
    r"(?:broadband|breedband|[a-z]{0,12}abonnement|subscription|account)"
    r"(?=[ \t]*+\((?!sku|art|ean)[a-z]{0,4}[-./ ]?[0-9])|"
    # (a card a car is charged with too: "Laadpas kwijt!! pasnr NL-EMQ-679842X", "Lost my charge card!!
    # number US-VLH-200178D", "ma nouvelle carte de recharge (n° BEPOYC139932007)"; the number word may
    # follow the thing's name asked or cried out: "Lidkaart Touring? nr 11-800808-83", "kwijt!! pasnr …")
    # (or a loyalty scheme's discount: "plus de 30% de réduction fidélité ? N° 306405009")
    r"(?:member|membre|lid|leden|lidmaatschap|abonnement|abonné|subscription|subscriber|adhérent|laadpas|"
    r"fidélité|fidelite|loyalty|"
    # (a new passport's: "Ik heb een nieuw paspoort, nummer is nu FV99RW046")
    r"passport|paspoort|passeport|"
    r"laadkaart|charge card|charging card|carte de recharge|badge de recharge|"
    # (a birth list's, whoever it is for: "de geboortelijst van ons dochtertje (nr. HW96204)")
    r"geboortelijst|babylijst|trouwlijst|(?:baby|wedding|gift) registry|liste de (?:naissance|mariage))"
    # (not past a number already told: "My member ID is W978488446 and group number is 240006-S" names the
    # plan's group after the member's own)
    r"(?:(?![0-9]{5})[^.!?\n|]){0,40}?(?:[!?]++[ \t]*+)?(?<![a-z])(?:pas)?"
    r"(?:no\.?|n°|nr\.?|nummer|number|numéro)(?![a-z]))"
)
_HELD_HINTS = (
    "memb", "lid", "leden", "abonn", "subscri", "adhér", "broadband", "breedband", "account", "laad", "charg",
    "recharge", "fidél", "fidel", "loyal", "passport", "paspoort", "passeport", "lijst", "registry", "liste",
)  # fmt: skip
# An energy connection's EAN named bare in a message about electricity or gas, whatever its shape as writers
# give it (a shop's EAN names a product: only where the meter, the power or a reading is spoken of).
# (its word and the energy it carries may follow: "Code EAN gaz 3588 6521", "EAN-nummer gas 9471 0586")
_BARE_EAN = LazyPattern(
    r"(?<![a-z])ean(?![a-z])(?:[ \t-]?(?:nummer|number|numéro|code)(?![a-z]))?"
    r"(?:[ \t]++(?:gas|gaz|stroom|elektriciteit|électricité|electricité|electricity|elektra)(?![a-z]))?"
)
# A connection's EAN-18 as the Dutch (871) and Belgian (541) grids issue it, in groups of any size, where
# it is named and energy spoken of (writers give it without its check digit holding).
_EAN_18 = LazyPattern(r"(?<![0-9])(?:871|541)(?:[ .]?[0-9]){15}(?![0-9]|[ .][0-9])")
_ENERGY_WORDS = LazyPattern(
    r"(?<![a-z])(?:stroom|gas|gaz|elektra|elektriciteit|energie|meter[a-z]*|kwh|m3|compteur|électricité|"
    r"electricity|index|relevés?|acompte|voorschot|aansluiting)(?![a-z])"
)
# The customer named by the word for one, their number right after it, no colon (a chat's speaker has one):
# "klant C52451619 heeft code …", "Klant ACC10654356.", "Customer KL_320651", "Klant CL89874161" (six
# digits or more; not an account's IBAN, "compte BE35 8790 0123 …", as long as one at least).
# A member too ("Insurance card says member 7665055-98", a signature's "(member M4108885)"), an account
# shortened ("Customer since 2019, acc 240392421396", "That's 45% higher. Act C-274773"), and any of them
# typed in haste ("Klnt", "meber").
_HOLDER_WORDS = (
    "klant", "customer", "client", "cliente", "compte", "kunde", "member", "membre", "acc", "acct", "act",
    # a player's account at a betting or gaming site: "mijn spelersaccount ACC52712832", "compte joueur …"
    "spelersaccount", "player account", "playeraccount", "compte joueur", "klantaccount", "ledenaccount",
)  # fmt: skip
_HOLDER_SLIPS = frozenset(
    {*one_letter_off("klant"), *_CUSTOMER_NOUNS, *one_letter_off("member")}
    # (an account and a membership typed in haste too: "Accuont 27119757", "membeship CS416616"; not
    # "compte": "Mon comtpe shop_8mfrbm" is a login)
    | {*one_letter_off("account"), *one_letter_off("membership")}
    - {"kant", "klank", "klan", "custom", "customs", "accounts", *_HOLDER_WORDS}
)
_HOLDER_NUMBER = LazyPattern(
    r"(?<![a-z])(?<!service )"  # (not "service client 078 …")
    + by_first_letter("|".join(sorted({*_HOLDER_WORDS, *_HOLDER_SLIPS}, key=len, reverse=True)))
    # (its number's word may follow, typed in haste too: "Memership no. ML-490-207")
    + r"(?![a-z])(?:[ \t]++(?:no|nr|n°|#)(?![a-z])\.?)?"
    + r"(?=[ \t]++[a-z]{0,4}[-_./]?[0-9])(?![ \t]++[a-z]{2}[0-9]{2}(?:[ \t*x]*+[0-9a-z*x]{4}){2})"
)
# The customer's own number by the name of its scheme, a name written as one (in capitals), after "my": "My
# SkyMiles number is M78ZM43", "My Executive Club number is 40862797", "Mon numéro Miles & More est 5309 083
# 578". Not a phone's (a network's or a country's name, a phone's shape), nor a company's, a card's or an
# order's number.
_OWN_NUMBER = LazyPattern(
    r"(?<![a-z])(?:my|mijn|m'n|mon|ma|our|onze|notre)[ \t]++"
    r"(?:(?P<words>(?:[a-z][a-z&+'’-]{0,19}[ \t]++){1,3}?)"
    r"(?:number|nummer|nummmer|nummre|numemr|nummr|numer|no\.|nr\.?|#)(?![a-z])"
    r"|numéro[ \t]++(?P<fr>(?:[a-z&+'’-]{1,20}[ \t]++){1,3}?)(?=est(?![a-z])|:))"
)
_OWN_HINTS = ("my ", "mijn ", "m'n ", "mon ", "ma ", "our ", "onze ", "notre ")
_OWN_DIGITS = 4
# Names in capitals that name no customer's number: a country's or a network's (a phone), a company's, a
# card's, a state's id; nor a reference's, an order's or a place's.
_NOT_OWN = frozenset(
    "usa nl be fr english irish whatsapp signal telegram imessage facetime skype teams zoom "
    "vodafone proximus orange base telenet kpn odido t-mobile tele2 ee o2 three giffgaff lebara lyca "
    "simyo ben hollandsnieuwe youfone voo scarlet mobile vikings at&t verizon sprint "
    "kvk btw tva vat bce kbo siren siret rsin ein crn company registration registered "
    "bsn ssn sofi nino ni nhs insz rrn "
    "visa mastercard amex maestro bancontact discover diners jcb paypal iban bic swift "
    "imei ip mac sim pin puk otp "
    "order bestelling commande ticket dossier dossiernummer case zaak booking boeking reservering "
    "reservation invoice factuur facture tracking parcel pakket pakje colis claim reference ref referentie "
    "flight vlucht vol seat room kamer serial model work werk home address adres".split()
) | frozenset(COUNTRY_ADJECTIVES.split("|"))
_PHONE_LIKE = LazyPattern(r"(?:\+|00|0[1-9])[0-9 ()./-]{7,}")


def _own_numbers(text: str, low: str, out: list[Span]) -> None:
    for own in _OWN_NUMBER.finditer(low):
        group = "words" if own.group("words") is not None else "fr"
        name = text[own.start(group) : own.end(group)]
        words = name.split()
        if not any(word[:1].isupper() for word in words):
            continue  # "my wife's number", "mijn pakje met nummer": no scheme named
        if any(word.strip(".'’&+-").lower() in _NOT_OWN for word in words):
            continue
        found: list[Span] = []
        _customer_number(text, low, own.end(), found, _OWN_DIGITS)
        out.extend(span for span in found if _PHONE_LIKE.fullmatch(text, span.start, span.end) is None)


# What a screen answers, by the verbs of getting the value reading stops at and those of saying.
_SCREEN_ANSWERS = LazyPattern(
    r"(?<![a-z])(?:"
    + "|".join(sorted(GET_WORDS | {"says", "shows", "zegt", "geeft", "toont", "dit", "affiche"}))
    + r")(?![a-z])"
)
# A direct debit's mandate by its reference, the mandate named or the debit with its reference in brackets:
# "Mandaat: RUM1103661052", "mijn machtiging MDT565115578 intrekken", "de machtiging (kenmerk WZA-7375-0042)",
# "Akkoord machtiging: ja (MDT847896971)", "the direct debit (ref DDM28032084)", "votre domiciliation (mandat
# MDT035359458)", "uw domiciliëring met referentie 417377789040". (Not "Mandaat-ID REQ-0794": a request's.)
_MANDATE_NUMBER = LazyPattern(
    # (and the debit by its amount: "die incasso van €12,50 met kenmerk 187284499840")
    r"(?<![a-z])(?:incasso|icasso)(?![a-z])[^.\n]{0,30}?[ \t]met[ \t]++kenmerk"
    r"(?=[ \t:]*+[(\"'“«]?[a-z]{0,4}[-_./]?[0-9])|"
    # (and the mandate a sentence before: "Ik wil de machtiging intrekken. Het gaat om kenmerk DD93595597")
    r"(?<![a-z])machtiging(?![a-z])[^\n]{0,60}?[ \t](?:gaat[ \t]++om|met)[ \t]++kenmerk"
    r"(?=[ \t:]*+[(\"'“«]?[a-z]{0,4}[-_./]?[0-9])|"
    # (French "mandat" only as a label: it names a proxy or a term of office as often)
    r"(?<![a-z])(?:machtiging|mandaat|mandate|mandat(?=[ \t]*+:)|domicili[ëe]ring|domiciliation|"
    r"direct debit)"
    r"(?:[ \t]++mandate)?(?:[ \t]*+:[ \t]*+(?:ja|yes|oui)(?=[ \t]*+\())?"
    r"(?:[ \t]*+\([ \t]*+|[ \t]++(?:met|with|avec)[ \t]++)?"
    r"(?:(?:kenmerk|referentie|r[ée]f[ée]rence|reference|ref|mandat|mandaat)\.?)?"
    r"(?=[ \t:]*+[(\"'“«]?[a-z]{0,4}[-_./]?[0-9])"
)
_MANDATE_HINTS = ("machtiging", "mandaat", "mandat", "domicili", "direct debit", "casso")
# A care agent seeing a password shared in the open, where the message speaks of passwords: "Ik zie dat je
# lissabon.9192 hebt gedeeld, wijzig dat aub direct", "I see you've shared Zomer2024! here", "je vois que
# vous avez partagé Soleil#12" (a word with a digit or a sign: "je wachtwoord" is no value).
_SHARED_SECRET = LazyPattern(
    r"(?i)(?<![\w])(?:zie|zag)[ \t]++dat[ \t]++(?:je|u)[ \t]++[\"'“«]?(?P<nl>[^\s\"'”»]{4,40}+)[\"'”»]?"
    r"[ \t]++"
    r"(?:hebt|heeft|had)[ \t]++(?:gedeeld|gestuurd|gepost|verstuurd|doorgestuurd)"
    r"|(?<![\w])(?:see|saw|notice|noticed)[ \t]++(?:that[ \t]++)?you(?:'ve|[ \t]++have)?[ \t]++"
    r"(?:shared|posted|sent)[ \t]++[\"'“«]?(?P<en>[^\s\"'”»]{4,40}+)"
    r"|(?<![\w])vois[ \t]++que[ \t]++vous[ \t]++avez[ \t]++(?:partagé|envoyé|publié)[ \t]++[\"'“«]?"
    r"(?P<fr>[^\s\"'”»]{4,40}+)"
)
_SHARED_HINTS = ("gedeeld", "gestuurd", "gepost", "shared", "posted", "sent", "partagé", "envoyé", "publié")
_SECRET_MARK = re.compile(r"[0-9!@#$%&*?._\-]")
# A number's porting code, which the new provider uses once to move the number to it (a one-time code, as
# writers label it): a UK PAC or STAC, a Dutch "overstapcode" (typed in haste too:
# "overtsapcode", "ovesrtapcode"), a Belgian Easy Switch code or id; named by its word or the process
# ("porting code", "switching code"). The code follows its word, a colon, "is" or a bracket, or the provider
# it came from: "My PAC is ABC123456", "PAC code: KLM 482 913", "a STAC: 530977CZA", "PAC from the old
# network: 78063395", "(PAC 8169)", "Overstapcode van de oude provider: PCJ869561", "Mon code Easy Switch:
# LCW051966", "overstapcode ODKH-TQAA".
# (Not a heat pump, "PAC" in French: a PAC only where a number, a network or a provider is moved.)
_PORTING_CODE = LazyPattern(
    r"(?<![a-z0-9./_-])(?:(?P<pac>pac|stac)|porting(?:[ \t]++authori[sz]ation)?[ \t]++code"
    r"|switching[ \t]++code|"
    r"(?:code[ \t]++)?easy[ \t-]?switch(?:[ \t-]?(?:id|code))?|"
    r"(?P<word>o[a-z]{8,11}de))"
    r"(?:[ \t]++(?:code|number|no\.?|id|nummer))?"
    # (the provider it came from: "van de oude provider:", "from the old network:")
    r"(?:[ \t]++(?:from|van|de|du)[ \t]++[^\n:.!?]{1,30}?[ \t]*+:)?"
    r"(?:[ \t]*+(?:is|was|est|:|=|-|\()(?![a-z]))*+[ \t]*+[\"'“«]?"
    r"(?P<value>(?P<shape>[a-z]{3}[ \t]?[0-9]{3}[ \t]?[0-9]{3}|[0-9]{6}[ \t]?[a-z]{3}|sta[ \t]?[0-9]{6})"
    r"|[a-z0-9]{2,10}(?:-[a-z0-9]{2,6})?)(?![a-z0-9-])"
)
# (every slip of "overstapcode" one letter off keeps "overs" or "pcode": one edit cannot break both; the old
# provider's client is named beside a porting word)
_PORTING_HINTS = ("pac", "stac", "port", "switch", "overs", "pcode")
_PORTING_VALUE_MIN = 4  # letters and digits
_PORTING_VALUE_MAX = 12
# Letters alone are a porting code only as two groups of four ("overstapcode ODKH-TQAA"), never a word.
_LETTERS_CODE = LazyPattern(r"[a-z]{4}-[a-z]{4}")
# Where a PAC moves something: a number, a line, a network or a provider.
_PORTING_TALK = LazyPattern(
    r"(?<![a-z])(?:port(?:ing|ed|er)?|network|netwerk|provider|operator|opérateur|operateur|carrier|switch|"
    r"switching|overstap|transfer|numbers?|nummers?|lines?|move|moving|meenemen|garder)(?![a-z])"
)
# A device's default administrator and the password after its slash, where a login or a device's interface
# is named before them: "Accès interface modem: admin / 5pp9fgm8wc", "Inloggegevens van de modem interface:
# admin / L7OF68LY" (a word alone after the slash is no password: "admin / user").
_ADMIN_PAIR = LazyPattern(
    r"(?i:(?<![\w/])(?:admin|administrator|root|beheerder))[ \t]*+/[ \t]*+([^\s/]{5,31}[^\s/.,;:!?])"
    r"(?=[\s.,;:!?)]|$)"
)
_ADMIN_HINTS = ("admin", "root", "beheerder")
# A box's admin pair under its label, a colon after it: "Router admin: nvos / BUR071eau!", "Admin : ssimon32 /
# gooner-frites-koffie5", "Admin login van de router: ilsbos met Voetbal17sunshine", "Admin van de router:
# VERMEU074 en wachtwoord monkey1459$" (as a cue, "router admin" cost heldout-r17 and -r37 high-risk recall).
_BOX_ADMIN_PAIR = LazyPattern(
    r"(?i:(?<![\w])" + ADMIN_LABEL + r")[ \t]*+:[ \t]*+([^\s/:]{3,48})[ \t]++"
    r"(?:/|(?i:met|with|avec|(?:en|and|et)[ \t]++[a-z]{2,14}+:?))[ \t]++"
    r"([^\s/]{3,40}[^\s/.,;:?])(?=[\s.,;:!?)]|$)"
)
_ADMIN_REACH = 60
_ADMIN_PLACE = LazyPattern(
    r"(?<![a-z])(?:interface|login|log[ -]?in|inlog[a-z]*|accès|acces|access|credentials|identifiants|router|"
    r"modem|box|portal|portaal|dashboard|gegevens)(?![a-z])"
)


# A parcel's pickup code the carrier sent, in capitals and digits however drawn, named by its word, the
# parcel it opens may come between: "collection code GPCC83 doesn't work", "a new collection code for
# 3SGBJT4260694: Y2CNUU", "Le code de retrait était ADXVUV", "ophaalcode: K7QX2P".
_PICKUP_CODE = LazyPattern(
    r"(?i:(?<![a-z])(?:collection|pick-?up|ophaal|afhaal|retrait)[ \t]?code|code[ \t]++de[ \t]++retrait)"
    r"(?i:[ \t]++(?:for|voor|pour)[ \t]++(?:(?:the|de|het|le|la)[ \t]++)?"
    r"(?:(?:parcel|pakket|pakje|colis)[ \t]++)?"
    r"[A-Za-z0-9-]{6,30}+[ \t]*+:)?"
    r"(?i:[ \t]*+(?:is|was|était|est|:))?[ \t]*+[\"'“«(]?([A-Z0-9]{4,8})(?![\w-])"
)
_PICKUP_HINTS = ("collection", "pickup", "pick-up", "ophaal", "afhaal", "retrait")
_DRAWN_LETTERS = 6


# The customer's number at the provider a number leaves, given beside its porting code: "Client chez l'ancien
# opérateur: 7162-7090-67", "customer number at the old provider …".
_OLD_PROVIDER_CLIENT = LazyPattern(
    r"(?<![a-z])(?:c?client|cliente|klant(?:nummer|nr)?|customer(?:[ \t]++number)?|account(?:[ \t]++number)?)"
    r"[ \t]++(?:chez|cehz|bij|at|with)[ \t]++(?:l'|l’|(?:mon|ma|de|het|mijn|my|our|the)[ \t]++)?"
    r"(?:ancien|oude|old|previous|vorige)[ \t]++"
    r"(?:o[a-zé]{5,9}r|provider|network|netwerk|fournisseur|aanbieder|carrier)(?![a-z])[ \t]*+:?"
)
_OLD_PROVIDER_DIGITS = 6


@functools.cache
def _overstap_words() -> frozenset[str]:
    return frozenset({"overstapcode", *one_letter_off("overstapcode", any_letter=True)})


def _porting_codes(text: str, low: str, out: list[Span]) -> None:
    for client in _OLD_PROVIDER_CLIENT.finditer(low):
        _customer_number(text, low, client.end(), out, _OLD_PROVIDER_DIGITS)
    talk: bool | None = None
    for code in _PORTING_CODE.finditer(low):
        if code.group("word") is not None and code.group("word") not in _overstap_words():
            continue
        value = code.group("value")
        letters_digits = sum(ch.isalnum() for ch in value)
        if not _PORTING_VALUE_MIN <= letters_digits <= _PORTING_VALUE_MAX:
            continue
        if not any(ch.isdigit() for ch in value) and _LETTERS_CODE.fullmatch(value) is None:
            continue
        if code.group("pac") is not None and code.group("shape") is None:  # (a PAC's own shape needs no talk)
            if talk is None:
                talk = _PORTING_TALK.search(low) is not None
            if not talk:
                continue
        out.append(Span(*code.span("value"), "otp"))
# A prepaid phone's top-up voucher, its scratched code of twelve to twenty digits in groups or not:
# "opwaardeercode 1234 5678 9012 3456", "my top-up code is 8291 7364 5512 0098", "herlaadcode: 8291736455…",
# "prepaid refill card PIN 1724-6169-2549-7528".
_TOP_UP_CODE = LazyPattern(
    r"(?<![a-z])(?:(?:opwaardeer|herlaad|beltegoed|top-?up|topup|recharge|prepaid|belkaart|refill)[ \t]?"
    r"(?:card[ \t]++|kaart[ \t]?)?(?:code|pin|voucher)(?:[ \t]++(?:is|was))?[ \t]*+[:=]?[ \t]*+[\"'“«]?"
    r"|code[ \t]++de[ \t]++recharge[ \t]*+:?[ \t]*+)"
    r"([0-9]{4}(?:[ \t-]?[0-9]{2,4}){2,4}+)(?![0-9])"
)
_TOP_UP_HINTS = ("opwaardeer", "herlaad", "beltegoed", "top-up", "topup", "top up", "recharge", "prepaid",
                 "belkaart", "refill")  # fmt: skip
# An eSIM's activation code as its QR code spells it: "LPA:1$rsp.example.com$QR-G-5C-KR-1PTTSWB". The
# whole string installs the subscriber's profile, a token as writers label it (the provisioning server's
# address with the matching id after it).
_ESIM_ACTIVATION = LazyPattern(
    r"(?i)(?<![\w])LPA:1\$[^\s$]{3,64}+\$[A-Za-z0-9][A-Za-z0-9-]{5,63}+(?![\w-])"
)
# A mail's subject label right before a word: "Onderwerp: Bevestiging WO586374" heads a mail with a reference.
_SUBJECT_JUST_BEFORE = LazyPattern(
    r"(?<![a-z])(?:" + SUBJECT_WORDS + r"|betreff)[ \t]*+:[ \t]*+(?:re:[ \t]*+)?$"
)
# What a confirmation confirms, right after the word: a booking, an order or an appointment.
_BOOKING_AFTER = LazyPattern(
    r"[ \t]++(?:(?:van|of|de)[ \t]++(?:(?:de|uw|je|jouw|your|the|votre|la|l')[ \t]*+)?)?"
    r"(?:reservatie|reservering|boeking|booking|réservation|reservation|bestelling|order|commande|"
    r"afspraak|appointment|rendez-vous)(?![a-z])"
)
# A car hired for a trip: its rental agreement numbers the booking, as an order's number does ("Voiture de
# location abîmée, EuroWheels me réclame 382 €!! Contrat RSV-930724", "de huurwagen … Contractnr …").
# (Not a lease: a leased car's contract numbers its customer.)
_CAR_HIRE = LazyPattern(
    r"(?<![a-z])(?:huurwagen|huurauto|huur-auto|autoverhuur|voiture de location|location de voiture|loueur|"
    r"rental car|hire car|car hire|car rental|rent-a-car|mietwagen)(?![a-z])"
)
_CAR_HIRE_HINTS = ("huurwagen", "huurauto", "huur-auto", "verhuur", "location", "loueur", "rental", "hire",
                   "rent-a-car", "mietwagen")  # fmt: skip
_CAR_HIRE_REACH = 100
# An insurance by its kind, its number right after it or after its plan's name and a number word:
# "reisverzekering 8423953371", "Annuleringsverzekering RV-WERELD nr 988.694.381", "Contrat d'assurance
# annulation : 2804890600", "Hij is verzekerd onder nummer WR2445977", "travel insurance IT773022R" (six
# digits or more; not a line to call: "de alarmcentrale van je reisverzekering 020 123 4567"). Typed in haste
# too: "Annuleringsverzeekring", "verzekerrd".
_NUMBER_WORD = r"(?:nr|no|n°|nummer|number|numéro)"
_INSURED_NUMBER = LazyPattern(
    r"(?<![a-z])(?:[a-z]{3,24}verz[a-z]{3,5}ring|verzeker{1,2}d[ \t]++(?:onder|met|via)(?:[ \t]++het)?|"
    r"(?:travel|trip|cancellation|health|medical|car|motor|home|pet|phone|gadget|life|dental|contents|"
    r"buildings)[ \t]++insurance|(?:contrat[ \t]++d'|l')?assurance[ \t]++(?:annulation|voyage|rapatriement|"
    r"assistance|santé|sante|habitation|auto|hospitalisation|bagages?)|insured[ \t]++under|"
    r"assurée?[ \t]++sous(?:[ \t]++le)?)"
    # (a plan's name in capitals and hyphens before the number word: "RV-DOORL-EU nr")
    r"(?:[ \t]++[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){1,3}+(?=[ \t]++" + _NUMBER_WORD + r"(?![a-z])))?"
    r"(?:[ \t]++" + _NUMBER_WORD + r"\.?(?![a-z]))?"
    r"(?=[ \t:#]*+[(\"'“«]?[a-z]{0,4}[-_./]?[0-9])(?![ \t:#]*+0[0-9]{1,3}[ \t][0-9])"
)
_INSURED_HINTS = ("verz", "insur", "assur")
_INSURED_DIGITS = 6
# A policy typed in haste before its number ("poliyc MX500221U", "Polce 276.385.502", "polnsnummer
# EU24-TR-010380", "plice n° DRV698470306"): one letter wrong, missing, added or swapped, the first kept.
# (Not the word spelt right: the cue finder reads those; nor words of their own one letter away.)
_POLICY_WORDS = ("polis", "police", "policy", "polisnummer", "polisnr")
_POLICY_SLIPS = frozenset(
    {slip for word in _POLICY_WORDS for slip in one_letter_off(word, any_letter=True)}
    - {*_POLICY_WORDS, "pols", "polish", "polite", "polo", "poles", "polls", "poll", "polio"}
)
_SLIPPED_POLICY = LazyPattern(
    r"(?<![a-z])p[a-z]{2,12}+(?=[ \t]*+(?:(?:nr|no|n°|nummer|number|is|was|est)\.?(?![a-z]))?"
    r"[ \t]*+[:#]?[ \t]*+"
    r"[(\"'“«]?[a-z]{0,4}[-_./]?[0-9])"
)
_MANDATE_DIGITS = 5
_HELD_DIGITS_MAX = 13


# A login name in brackets right after its cue: letters first, no space, no more than a name's length.
_BRACKETED_LOGIN = LazyPattern(r"\(([A-Za-z][A-Za-z0-9._\-]{3,29}+)\)")
_NOT_A_LOGIN = LazyPattern(
    r"(?:[a-z]+\.)?(?:com|nl|be|net|org)|admin|administrator|beheerder|user|gebruiker|utilisateur|"
    r"email|e-mail|mail|web|app|portal|portaal|online|optional|optioneel|facultatif|required|verplicht|"
    r"see below|zie hieronder|hers|his|mine|theirs"
)
_SHORT_PASSWORD_CUES = frozenset({"pw", "ww", "pwd", "mdp", "psw", "pswd", "wachtw"})
_GLUED_USER_CUES = frozenset({"user", "usr", "login", "gebruiker"})
_GLUED_DIGITS = re.compile(r"[0-9]{3,12}(?![\w@.])")


_VENDOR_ID = LazyPattern(r"[A-Za-z]{2,5}-[A-Za-z0-9]{16,32}")
# A configuration's variable around a cue: "PAYPAL_CLIENT_ID=…", "STRIPE_ACCOUNT: …" (its value, sixteen
# characters or more, is the application's).
_COMPANY_BEFORE = LazyPattern(r"(?<![a-z])(?:company|companies|registration|registered|business)(?![a-z])")
_ENV_NAME_BEFORE = LazyPattern(r"(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)*+_$")
_ENV_VALUE = LazyPattern(r"[ \t]*+[=:][ \t]*+[\"']?([A-Za-z0-9._~+/\-]{16,}=*)")
_QUOTED_PAIR = LazyPattern(r"[\"'][ \t]*+,[ \t]*+[\"']")
# A code quoted from a text message: "I got a text saying 'Your code is 9811'", "sms'je met …".
_TEXTED_BEFORE = LazyPattern(
    r"(?<![a-z])(?:" + TEXT_MESSAGE_WORDS + r"|sms-bericht)(?:[ \t]++(?:message|bericht))?[ \t]++"
    r"(?:saying|says|said|met|zegt|disant|qui dit|with|avec|:)"
)
_TEXTED_REACH = 32
# A UK National Insurance number: two letters, three pairs of digits, a letter from A to D, spaced or not.
_NINO = LazyPattern(r"[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d](?![\w])")


# A letter's header row, scanned: the customer's number heads the row and the other columns' names follow
# on the same line or the next ("Klantnummer   Factuurnummer⏎ Datum⏎106235/56   INV-426113   17/10",
# "N° client ¦⏎ N° facture  Date⏎248.733.641   F2025-210470"); the row's first cell under them is its
# number (up to two spaces: "2705 807 748" is one cell). Marks a scan leaves between columns are skipped.
_SCAN_MARKS = r"[ \t~‚¦•»«'’|:.,]*+"
_COLUMN_NAME = (
    r"(?:(?:n°|no\.?|nr\.?)[ \t]*+)?(?:factuur[a-z]{0,8}|invoice(?:" + _SCAN_MARKS + r"(?:number|no))?|"
    r"facture|datum|date|r[ée]f[ée]rence|ref|bedrag|amount|montant|periode|period|période)"
)
_COLUMN_GAP = _SCAN_MARKS + r"(?:\n" + _SCAN_MARKS + r"){0,2}"
_HEADER_ROW = LazyPattern(
    _COLUMN_GAP + _COLUMN_NAME + r"(?:" + _COLUMN_GAP + _COLUMN_NAME + r"){0,3}" + _SCAN_MARKS + r"\n[ \t]*+"
    r"((?=[a-z0-9./\-]{0,12}[0-9])[a-z0-9][a-z0-9./\-]*+(?: [a-z0-9./\-]++)*+)(?=[ \t]*+(?:\n|$)|[ \t]{2})"
)
_HEADER_ROW_MIN = 5


# A bank's number and its customer's account named together, in that order ("Bank routing/account:
# 121000358 / 725003789", "sort code/account: 20-00-00 / 41234567"): the account is the second value.
_BANK_THEN_ACCOUNT = LazyPattern(BANK_NUMBER_NAMED + r"$")
_BANK_PAIR_REACH = 24
_SECOND_OF_PAIR = LazyPattern(r"[ \t]*+/[ \t]*+([0-9](?:[ \-]?[0-9]){4,19})(?![\w])")


# An API's client by its id, the key on the next line: the login of the account the key belongs to
# ("Client ID: callum.patel6⏎API key: sk_live_…", "Client-ID: BrouwerYara⏎API-sleutel: …").
_CLIENT_IDS = ("client id", "client-id")
# An API client's id as a UUID, its secret or the API named beside it: the client's credential, whole (a
# customer's number is no UUID, and its reader took the first four groups).
_UUID_SHAPE = r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?![0-9a-z-])"
_CLIENT_UUID = LazyPattern(r"[ \t]*+[:=]?[ \t]*+(" + _UUID_SHAPE + ")")
# Whatever cue stands before it, a UUID is a record's id, no customer's number ("Site-ID 4b05addc-c407-…").
_UUID_AT = LazyPattern(_UUID_SHAPE)
# A house number, as short as an English street's ("684 N Halsted St"): no customer number when its street
# follows.
_HOUSE_NUMBER_DIGITS = 5
_API_WORD = LazyPattern(r"(?<![a-z])(?:api|secret|oauth)(?![a-z])")
_API_REACH = 60
_API_CLIENT = LazyPattern(
    r"[ \t]*+[:=][ \t]*+([A-Za-z][A-Za-z0-9._\-]{2,40}+)[ \t]*+\r?\n[ \t>]*+"
    r"(?i:api|clé api|cle api|client secret|secret)"
)


# A sent code that reaches only the old phone, told after it: "not getting the text code on my new phone, only
# on the old one: 120 355", "de sms code komt niet binnen op mn nieuwe telefoon, wel op de oude: 08889152".
_OLD_PHONE_HINTS = ("old", "oude", "ancien")
_OLD_PHONE_CODE = LazyPattern(
    r"(?<![a-z])(?:only|just|but|alleen|wel|maar|mais|seulement)[ \t]++(?:on|op|sur)[ \t]++"
    r"(?:the|de|het|my|mijn|mn|m'n|mon|l')[ \t]*+(?:old|oude|ancien|ancienne)"
    r"(?:[ \t]++(?:one|phone|telefoon|toestel|gsm|téléphone|portable))?[ \t]*+:[ \t]*+"
    r"([0-9]{4,8}|[0-9]{3}[ -][0-9]{3})(?![0-9])"
)
_OLD_PHONE_REACH = 120


def _codes_on_the_old_phone(text: str, low: str, cues: list[tuple[str, int, int]], out: list[Span]) -> None:
    """The code told after "only on the old one:", a sent code's cue shortly before it."""
    for told in _OLD_PHONE_CODE.finditer(low):
        if any(
            category == "otp" and 0 <= told.start() - cue_end <= _OLD_PHONE_REACH
            for category, _, cue_end in cues
        ) and free_of(out, *told.span(1)):
            out.append(Span(told.start(1), told.end(1), "otp"))


# A phone's subscription or contract, its number shortly after in the same clause: that number is the line.
_MOBILE_HINTS = ("gsm", "mobile", "mobiel", "phone", "telefoon")
_MOBILE_PLAN_BEFORE = LazyPattern(r"(?<![a-z])" + MOBILE_PLAN + r"(?![a-z])[^\n.0-9]{0,24}$")
_MOBILE_REACH = 64


def _mobile_lines(text: str, low: str, first_new: int, out: list[Span]) -> None:
    """A number read as a customer's is its line when a phone's word comes shortly before it and it is a
    phone's: "a mobile contract with you on 0161 499 3985", "zijn gsm-abonnement (0494645409)"."""
    for at in range(first_new, len(out)):
        span = out[at]
        if (
            span.type == "customer_number"
            and text[span.start] in "+0"
            and _MOBILE_PLAN_BEFORE.search(low, max(0, span.start - _MOBILE_REACH), span.start) is not None
            and phone_valid(text[span.start : span.end])
        ):
            out[at] = Span(span.start, span.end, "phone")


# A code named for what it does to the thing the cue names: "le code reçu par SMS pour signer mon contrat",
# "de code om mijn polis te bevestigen", "the code to activate my account".
_PURPOSE_WORD = LazyPattern(r"(?<![a-z])(?:pour|om|to|for|voor)(?![a-z])")
_PURPOSE_REACH = 48
_NUMBER_WORDS = ("num", "nr", "no", "n°", "id", "ref", "réf")


def _code_for_it(low: str, cues: list[tuple[str, int, int]], index: int) -> bool:
    """Whether a one-time code's cue stands before a holder's cue in its sentence, a word of purpose and
    no value between them: the value after both is the code's."""
    cue_start, cue_end = cues[index][1:]
    if contains_any(low[cue_start:cue_end], _NUMBER_WORDS):
        return False  # "een code voor mijn klantnummer 12345678": the cue names a number, the number is told
    for category, _, code_end in reversed(cues[:index]):
        if code_end < cue_start - _PURPOSE_REACH:
            return False
        between = low[code_end:cue_start]
        if category == "otp" and not any(mark in between for mark in ".?!:\n0123456789"):
            return _PURPOSE_WORD.search(between) is not None
    return False


# A job's contract applied for ("Applying for the ICU travel contract (…)", "solliciteer op het contract …",
# "je postule pour le contrat …").
_CONTRACT_WORDS = ("contract", "contrat")
_APPLIED_FOR = LazyPattern(
    r"(?<![a-z])(?:app?l[iy][a-z]{0,4}|soll?icit[a-z]*|postul[a-z]*|candidat[a-z]*)(?![a-z])"
    r"[^.!?\n]{0,40}?contra(?:ct|t)$"
)
# (not textutil.CURRENCY_BEFORE: its "eur " also ends "donateur ", whose number this reader must keep)
_CURRENCY_BEFORE = LazyPattern(r"(?:(?<![a-z])(?:gbp|eur|usd|chf)|[£€$])[ \t]?$")


def _customer_number(
    text: str, low: str, cue_end: int, out: list[Span], min_digits: int = 3, max_digits: int | None = None
) -> None:
    if _PRODUCT_WORD_NEXT.match(low, cue_end):
        return  # "site ID SKU 4484947", "site ID art.nr. 594-279": a product's code named after the cue
    if low.endswith(_CONTRACT_WORDS, 0, cue_end) and _APPLIED_FOR.search(low, max(0, cue_end - 60), cue_end):
        return  # "Applying for the ICU travel contract (SKU-19881)": a vacancy's reference, no customer's
    if low[max(0, cue_end - 9) : cue_end] in _CLIENT_IDS:
        uuid = _CLIENT_UUID.match(low, cue_end)
        if uuid is not None and _API_WORD.search(low, max(0, cue_end - _API_REACH), uuid.end() + _API_REACH):
            out.append(Span(*uuid.span(1), "api_key"))  # "Retailer API: client id 366efa46-… en secret …"
            return
        client = _API_CLIENT.match(text, cue_end)
        if client is not None and any(ch.islower() for ch in client.group(1)):
            out.append(Span(*client.span(1), "username"))
            return
    match = _CUSTOMER_VALUE.match(low, cue_end)
    if match is not None and low[cue_end : cue_end + 1] == ")" and not _OWN_BRACKET.search(
        low, max(0, cue_end - _OWN_BRACKET_REACH), cue_end
    ):
        return  # "My PUK (from the online account) is 77343689": the bracket spoke of something else
    if match is None:
        code = _CAPS_CODE_AFTER.match(text, cue_end)
        if code is not None and _caps_code(code.group(1)):
            out.append(Span(*code.span(1), _account_kind(text, low, cue_end, *code.span(1))))
            return
        row = _HEADER_ROW.match(low, cue_end)
        if row is not None and row.end(1) - row.start(1) >= _HEADER_ROW_MIN and free_of(out, *row.span(1)):
            out.append(Span(row.start(1), row.end(1), "customer_number"))
            return
        if low[cue_end - 7 : cue_end] == "account":  # "account jdevries84": a login name
            gap = _CONNECTOR.match(text, cue_end)
            word = _VALUE.match(text, gap.end() if gap else cue_end)
            if word is not None:
                start, end = _trim(text, word.start(), word.end())
                handle = text[start:end]
                if (_strong_username(handle) or (":" in text[cue_end:start] and _camel_handle(handle))) and (
                    not _IBAN_SHAPE.fullmatch(handle)
                ):
                    out.append(Span(start, end, "username"))
        return
    start, end = _trim(text, match.start(1), match.end(1))
    if _CURRENCY_BEFORE.search(low, max(0, start - 5), start):
        return  # "the payment on account of GBP 2457.30": an amount
    if _UUID_AT.match(low, start):
        return  # "Site-ID 4b05addc-c407-c3f8-4b04-681cb0cee7cd": a record's id, shown in the open
    if ("-" in low[cue_end:start] or "–" in low[cue_end:start]) and (
        not _LABEL_HEADS_LINE.search(low, max(0, cue_end - _LABEL_REACH), cue_end)
        or text[start] in "+0"
    ):  # a dash labels in a list only, its label heading the line ("Klantnummer - 73221096"); a number
        return  # that opens as a phone's after it is a line's ("Klantenservice - 0800 …")
    if text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalnum():
        return  # "a resident permit for GX-482-K": a value starts a word, never inside one
    if text[end : end + 2] == "**" or text[max(0, start - 2) : start] == "**":
        return  # "taken from account 707****73": a number shown masked, its hidden digits starred
    pair = _BANK_THEN_ACCOUNT.search(low, max(0, cue_end - _BANK_PAIR_REACH), cue_end)
    if pair is not None and pair.group("account"):
        second = _SECOND_OF_PAIR.match(text, end)  # the bank's number first, no customer's
        if second is not None:
            out.append(Span(*second.span(1), "customer_number"))
        return
    insurance = _NINO.match(text, start)
    if insurance is not None:
        # "NI number XL 56 86 34 C", "member number GC205576D": the customer's, whatever its shape
        out.append(Span(start, insurance.end(), "customer_number"))
        return
    value = text[start:end]
    word = _WORD_PREFIX.match(value)
    if word is not None and not word.group(1).isupper():
        return  # "Policy since 2019": a word, no issuer's letters ("BRAND 56409739")
    prefix = _SPACED_PREFIX.match(value)
    if prefix is not None and (not prefix.group(1).isupper() or prefix.group(1).lower() in _NOT_A_PREFIX):
        return  # "CN 0545 3073" has a prefix; "op 12 maart" is a date, "VERZEKERING IN 1976" a year
    parts = value.split(" ")
    for at, part in enumerate(parts[1:], 1):
        if ((len(part) >= 3 and part.isalpha()) or part.lower() in _SMALL_WORDS) and any(
            ch.isdigit() for ch in parts[at - 1]
        ):
            value = " ".join(parts[:at])  # "Client KL0071552 depuis 2019", "POL84333224 op Molenweg 62"
            end = start + len(value)
            break
    while " " in value and not value.rsplit(" ", 1)[1][:1].isdigit():
        value = value.rsplit(" ", 1)[0]  # "klantnummer 123456 graag": stop at the word
        end = start + len(value)
    if len(value) <= _HOUSE_NUMBER_DIGITS and value.isdigit() and english_street_end(text, start, end):
        return  # "Change of address for my tax account: 684 N Halsted St": a house number, its street next
    if _PREFIXED_ID.fullmatch(value):
        min_digits = min(min_digits, _PREFIXED_DIGITS)  # "Contrat VHE 89467": capitals lead, no year or count
    # a vendor's id: "acct_LTB9HCCH1KPN", "org-POdPHicjhUn97rbVXDdu"; a charging contract's "NL*NUO*C4UQC0F3V"
    issued = (
        "_" in value
        or _GROUPED_ID.fullmatch(value) is not None
        or _VENDOR_ID.fullmatch(value) is not None
        or _EMA_ID.fullmatch(value) is not None
    )
    if sum(ch.isdigit() for ch in value) < (0 if issued else min_digits):
        if not _caps_code(value):
            return
    if NUMERIC_DATE.fullmatch(value) or ORDER_ID.fullmatch(value):
        return  # "plainte à la police le 26/08/2025": a day, whatever the word before it named; an order
    if value.isdigit() and len(value) <= _WRAPPED_HALF:
        wrapped = _WRAPPED_DIGITS.match(text, end)  # "klantnummer 0774⏎3084": the rest on the next line
        low_total, high_total = _WRAPPED_TOTAL
        if wrapped is not None and low_total <= len(value) + len(wrapped.group(1)) <= high_total:
            end = wrapped.end(1)
    if value.isdigit() and UNIT_AFTER.match(text, end):
        return  # "een lening 250000 euro", "contract 24 maanden": an amount or a count, no holder's number
    if max_digits is not None and sum(ch.isdigit() for ch in text[start:end]) > max_digits:
        return  # "abonnement 4111111111111111 loopt af": a card's length, no member's number
    if "ean" in low[max(0, cue_end - _EAN_REACH) : cue_end] and (
        product_barcode(text[start:end]) or (value.isdigit() and len(value) in _GTIN_LENGTHS)
    ):
        return  # "EAN-code: 8712345678906": a product's barcode (a connection's has eighteen digits)
    out.append(Span(start, end, _account_kind(text, low, cue_end, start, end)))


def _name_ends_line(text: str, cue_start: int, cue_end: int, value_start: int) -> bool:
    """A contract's bare word ending a name on its line, the value on the next line without a colon between
    ("Klantendienst Trapfiets Lease⏎T 078/85.74.53", "Service clientèle MOBIB⏎070 …"); not a label alone on
    its line over its value."""
    between = text[cue_end:value_start]
    if "\n" not in between or ":" in between:
        return False
    before = text[text.rfind("\n", 0, cue_start) + 1 : cue_start].strip(" \t>").split()
    return bool(before)


def _account_kind(text: str, low: str, cue_end: int, start: int, end: int) -> str:
    """A login's name for an account blocked or taken over right after it ("je account jo1999 is geblokkeerd
    na te veel pogingen"); a customer's number otherwise."""
    locked = (
        _ACCOUNT_CUE_END.search(low, max(0, cue_end - 8), cue_end) is not None
        and _LOCKED_OUT_AFTER.match(low, end) is not None
        and _HANDLE.fullmatch(text, start, end) is not None
    )
    return "username" if locked else "customer_number"


# An account blocked, locked or taken over right after its name: a login's, a name with a digit ("Account
# wp_mg9942 is geblokkeerd", "votre compte noor2004 a été temporairement bloqué", "account nova57040 is
# gehackt"); an account's number stays one ("mon compte BE18 6314 … est bloqué" is an IBAN's shape).
_LOCKED_OUT_AFTER = LazyPattern(
    r"[»\"'”]?[ \t]++(?:is|was|has been|got|werd|wordt|est|a été)[ \t]++(?:[a-z]++[ \t]++)?"
    r"(?:geblokkeerd|blocked|locked|vergrendeld|bloqué|suspended|suspendu|gehackt|hacked|gekaapt)(?![a-z])"
)
_ACCOUNT_CUE_END = LazyPattern(r"(?<![a-z])(?:account|compte|" + "|".join(ACCOUNT_SLIPS) + r")$")
_HANDLE = re.compile(r"(?=[A-Za-z0-9._]*[A-Za-z]{2})[A-Za-z][A-Za-z0-9._]{2,30}")


# A number issued as capitals and digits mixed, few digits among them: "Lidnummer: 8FJ2WMMX", "klantnummer
# QJ1P7ENW", "Subscriber 6RF6SS8V". One digit must stand inside the letters ("UCCFQ1WH"): a word with a
# digit typed after it is a plan's or a product's name ("PREMIUM2").
# (thirteen too: a PayPal merchant's id, "merchant ID: 7QWXYZ9ABCDEF")
_CAPS_CODE = re.compile(r"(?=[A-Z0-9]{6,13}$)(?=.*[A-Z].*[A-Z])(?:.*[0-9].*[0-9]|.*[0-9][A-Z]).*")
# A label heading its line in a list, up to three words of letters: "Klantnummer", "N° client", "Customer
# number".
_LABEL_HEADS_LINE = LazyPattern(
    r"(?:^|\n)[ \t>*•-]*+[^\W\d_](?:[^\W\d_]|[°º.'’])*+(?:[ \t]++(?:[^\W\d_]|[°º.'’])++){0,2}$"
)
_LABEL_REACH = 40
_CAPS_PREFIX = re.compile(r"[A-Z]{1,4}-(?=[A-Z0-9]{6,13}$)")
# A Dutch passport's or identity card's document number: two letters, six letters or digits, a check digit,
# never the letter O ("KGJNSEPC6", "XA22UFD65").
_DOCUMENT_NUMBER = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
_CAPS_CODE_AFTER = LazyPattern(
    # (an abbreviated cue's dot first: "Klantnr. MERCH466927")
    r"\.?[ \t]*+(?:[:=#|][ \t]*+|(?:is|was|est)[ \t]++(?:(?:nu|now)[ \t]++)?)?[(\"'“«]?"
    r"((?:[A-Z]{1,4}-)?[A-Z0-9]{6,13})(?![\w-])"  # (the issuer's letters may lead: "C-EEH7OTH3")
)


def _caps_code(value: str) -> bool:
    prefix = _CAPS_PREFIX.match(value)
    if prefix is not None:
        value = value[prefix.end() :]  # "SUB-8AFUPIDZ", "C-EEH7OTH3": the issuer's letters, then the code
    return (
        _CAPS_CODE.match(value) is not None
        or _DOCUMENT_NUMBER.fullmatch(value) is not None
        or _drawn_letters(value)
    )


def _drawn_letters(value: str) -> bool:
    """Thirteen capitals drawn at random, as a marketplace names its sellers ("ANIYWQBBFCPSC"): too long and
    too poor in vowels for a word in capitals."""
    vowels = sum(ch in "AEIOUY" for ch in value)
    return len(value) == 13 and value.isalpha() and value.isupper() and vowels <= 4


_CAMEL_STEPS = 2


def _camel_handle(word: str) -> bool:
    """A gamer's handle after "account:", words run together in capitals: "ThePandaBramXx", "xXTurboDaanXx"
    (two small-to-capital steps at least: not "PayPal", "iPhone", "WhatsApp")."""
    steps = sum(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
    return word.isalpha() and steps >= _CAMEL_STEPS


# A number too short for an account's, its rest at the start of the next line (a letter's or a mail's line
# wrapped): one number.
_WRAPPED_DIGITS = LazyPattern(r"\r?\n[ \t>]*+([0-9]{3,6})(?![0-9A-Za-z]|[.,/\-][0-9])")
_WRAPPED_HALF = 6
_WRAPPED_TOTAL = (7, 12)
