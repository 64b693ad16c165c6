"""Values a cue names outside the window after it.

When nothing fit after a cue, its value may stand before it ("Zomer2024! is mijn wachtwoord",
"ik gebruik jdevries84 als inlognaam"), on a later line that answers it ("Mag ik uw login?⏎…"),
in a later clause that refers back ("pincode vergeten … mijn oude was 0540"), be told or arrive later
(a PUK read out, a code that came through after all), follow a question ("which password? I tried X"),
or be corrected ("oeps tikfout, Voetbal_Chocolat_197"). A one-time code with its letter prefix in a
sentence about a message ("The text says G-206063") is read here too.
"""

from __future__ import annotations

import re

from webcare.scrub.cue_window import _CHAT_HEADER, _CHAT_PREFIX, _window
from webcare.scrub.cues import find_cues
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.leftover_words import _BAND_NAME
from webcare.scrub.secret_shapes import (
    _DEFAULT_SSID,
    _EMAIL_SHAPE,
    _ERROR_BEFORE,
    _HAS_DIGIT,
    _IBAN_SHAPE,
    _NOT_A_SECRET,
    _SENTENCE_END,
    _SINCE_BEFORE,
    _SPACE_OR_DASH,
    _TAKE,
    _TRAILING,
    _USERNAME_SHAPE,
    _VALUE,
    _YEAR,
    _not_secret_shape,
    _numeric_verdict,
    _secret_like,
    _starts_cue,
    _strong_username,
    _trim,
    _user_like,
    calls_before,
    network_with_key,
)
from webcare.scrub.textutil import (
    PUK_WORD,
    REFERENCE_BEFORE,
    WAITING_WORDS,
    Span,
    contains_any,
    is_reference_at,
)

# "Welke gebruikersnaam moet ik ingeven? Ik heb seppe-des geprobeerd", "which password? I tried X":
# the question names the kind, the next sentence gives what was tried.
_TRIED_ANSWER = LazyPattern(
    r"\?[ \t]*+(?:(?:ik|i|j'ai|je)[ \t]++(?:heb[ \t]++|have[ \t]++)?|i've[ \t]++)"
    r"(?:(?:al|already|ook|also|toch|wel|eerst|first)[ \t]++)?"
    r"(?:(geprobeerd|tried|typed|used|gebruikt|ingevuld|ingegeven|ingetypt|entered|essayé|tapé|mis)[ \t]++)?"
    r"([^\s?,!]{3,60})"
    r"(?:[ \t]++(geprobeerd|ingevuld|ingegeven|ingetypt|gebruikt|getypt|ingevoerd|ingetikt))?",
    re.IGNORECASE,
)


# "Welk wachtwoord heeft de wifi nou? Clinic_Staff met jewZ-…": the network asked about, then its key.
_NETWORK_WITH_KEY = LazyPattern(r"\?[ \t]*+[^\s?,!]{3,40}+[ \t]++(?:met|with|avec)[ \t]++([^\s,!]{4,80}+)")


def _tried_after_question(category: str, text: str, low: str, cue_end: int, out: list[Span]) -> bool:
    mark = low.find("?", cue_end, cue_end + 60)
    if mark == -1 or _SENTENCE_END.search(low, cue_end, mark):
        return False
    if category == "wifi_key" and (keyed := _NETWORK_WITH_KEY.match(text, mark)) is not None:
        start, end = _trim(text, keyed.start(1), keyed.end(1))
        if network_with_key(text, keyed.start(1)) and _secret_like(text[start:end], True):
            out.append(Span(start, end, category))
            return True
    answer = _TRIED_ANSWER.match(text, mark)
    if answer is None or not (answer.group(1) or answer.group(3)):
        return False
    start, end = _trim(text, answer.start(2), answer.end(2))
    word = text[start:end]
    if category == "username":
        taken = _user_like(word) or (word.islower() and "-" in word)
    else:
        taken = _secret_like(word, category == "wifi_key")
    if not taken or word.lower() in _NOT_A_SECRET or _EMAIL_SHAPE.fullmatch(word):
        return False
    out.append(Span(start, end, category))
    return True


# "The text says G-206063", "I got a message with K-558653": a one-time code with its letter prefix,
# in a sentence about a message.
# Searched from its dash (a literal the engine skips to): most messages hold dashes, few such codes.
# (Google's have six digits; other senders' five to eight: "G-39859", "G-11788475")
_PREFIXED_CODE = LazyPattern(r"-[0-9]{5,8}(?![\w-])")
_ERROR_NAMED = LazyPattern(r"(?<![a-z])(?:error|erreur|fout|foutcode|foutmelding|storing|status)")
_MESSAGE_WORDS = LazyPattern(
    r"(?<![a-z])(?:text|texted|sms|message|bericht|berichtje|texto|code|sms'je|smsje|notification|melding|"
    # received: "got G-265375 from google", "j'ai reçu G-…", "kreeg g-…"
    r"got|received|kreeg|gekregen|ontvangen|reçu|recu)"
    r"(?![a-z])"
)


# A report filed under its number: "Uw melding is geregistreerd onder nummer T-664590", "registered under
# number …", "enregistrée sous le numéro …".
_FILED_UNDER = LazyPattern(
    r"(?<![a-z])(?:onder|under|sous)(?:[ \t]++(?:het|le|the))?[ \t]++(?:nummer|number|numéro|numero|"
    r"referentie|reference|référence)[ \t:]*+$"
)


def _prefixed_codes(text: str, low: str, out: list[Span]) -> None:
    for match in _PREFIXED_CODE.finditer(text):
        start = match.start() - 1
        if (
            start < 0
            or not "a" <= text[start].lower() <= "z"
            or (start and (text[start - 1].isalnum() or text[start - 1] in "_-"))
            or is_reference_at(low, start)  # "ticket T-853638"
            or _FILED_UNDER.search(low, max(0, start - 24), start) is not None
        ):
            continue
        sentence = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), start - 60)
        if _MESSAGE_WORDS.search(low, sentence, start) and not _ERROR_NAMED.search(low, sentence, start):
            out.append(Span(start, match.end(), "otp"))


# "pincode vergeten, kan ik een nieuwe aanvragen? Mijn oude was denk ik 0540", "my old one was 7719":
# a later clause that refers back to the secret ("the old one", "I think it was") gives its value.
_REFERRED_BACK = LazyPattern(
    r"(?<![a-z'])(?:(?:(?:mijn|my|the|de|het|mon|ma|l')[ \t]*+)?(?:oude|old|vorige|previous|ancien|ancienne|"
    r"eerdere|former|huidige|current|actuel|actuelle)(?:[ \t]++(?:one|code|pin|pincode|puk))?"
    r"(?:[ \t]++(?:was|is|était|est|c'était)|[ \t]*+\((?=[^\s)]))"  # ("l'actuel (Ogtx0c2…) est refusé")
    r"|(?:je crois que|je pense que|i think|i guess|i believe|ik denk dat|ik dacht|i thought|volgens mij)"
    r"[ \t,]++(?:c'était|c'est|it was|it's|het was|het is|was het|is het|was))(?![a-z])"
)
# The secret as 'it', 'the new one', 'the full thing': "I set it as cobbles", "the full thing is tangerine",
# "he says it's either X or Y", "ik heb het ingesteld op X", "je l'ai mis à X", "la nouvelle c'est X".
_REFERRED_AS_IT = LazyPattern(
    r"(?<![a-z'])(?:(?:(?:the|my|a|de|het|mijn|een|le|la|mon|ma)[ \t]++)?(?:new|nieuwe|nouveau|nouvelle|"
    r"full|whole|hele|volledige|complete|complet|complète)(?:[ \t]++(?:one|thing|word|ding|woord|code|mot))?"
    r"[ \t]++"
    r"(?:is|was|est|c'est|c'était|=|:)"
    r"|(?:set|changed|reset|made|put|typed|entered|chose)[ \t]++it[ \t]++(?:as|to|into)"
    r"|(?:heb|had|hebben)[ \t]++(?:het|hem|die|dat)[ \t]++(?:ingesteld|veranderd|gezet|ingevuld|ingetypt|"
    r"gewijzigd|gekozen)[ \t]++(?:op|naar|als|in)"
    r"|je[ \t]++l'ai[ \t]++(?:mis|changé|réglé|défini|tapé|choisi)(?:[ \t]++(?:à|en|comme|sur))?"
    r"(?![ \t]++jour)"  # "je l'ai mis à jour": updated
    r"|(?:it's|it is|het is|c'est)[ \t]++(?:either|ofwel|of|soit)"
    # "Nu staat het op Lee*uw444", "hebben we tijdelijk op Tulp78M gezet": Dutch puts the verb last
    r"|staat[ \t]++(?:(?:het|hij|ie|die|dat|nu)[ \t]++){0,2}op"
    r"|(?:hebben|heb|heeft|hadden|had)[ \t]++(?:we|wij|ik|ze|zij|jullie|hij|u)[ \t]++"
    r"(?:(?:het|hem|tijdelijk|nu|even|voorlopig)[ \t]++){0,2}op)(?![a-z])"
)
_REFERRED_REACH = 160
_AS_IT_KINDS = frozenset({"password", "pin", "wifi_key"})
# A piece of every form of _REFERRED_AS_IT: most clauses after a cue hold none of them (no regex call).
_AS_IT_HINTS = ("new", "nieuw", "nouve", "full", "whole", "hele", "volledig", "complet", " it ", "het ",
                "heb ", "had ", "l'ai", "it's", "c'est", "staat ", "hebben ", "heeft ")  # fmt: skip
# Cues that ask for a word, not a password: "memorable word", "secret word", "geheim woord", "mot secret".
_WORD_CUES = ("memorable", "secret word", "security word", "geheim", "mot secret", "mot mémo",
              "security answer", "secret answer", "answer to", "antwoord", "réponse")  # fmt: skip


def _value_referred_back(
    category: str, cue: str, text: str, low: str, cue_end: int, limit: int, out: list[Span]
) -> None:
    stop = min(limit, cue_end + _REFERRED_REACH)
    paragraph = low.find("\n\n", cue_end, stop)
    end = stop if paragraph == -1 else paragraph
    back = _REFERRED_BACK.search(low, cue_end, end)
    if back is None and category in _AS_IT_KINDS and contains_any(low[cue_end:end], _AS_IT_HINTS):
        back = _REFERRED_AS_IT.search(low, cue_end, end)
        if back is not None:
            # a plain word is the value only of a cue that asks for a word ("memorable word": "cobbles")
            plain_ok = cue.startswith(_WORD_CUES)
            _window(category, cue, text, low, back.end(), stop, plain_ok, False, out, "is")
            return
    if back is not None:
        _window(category, cue, text, low, back.end(), stop, True, False, out, "is")
    elif category == "otp":
        _arrived_code(cue, text, low, cue_end, limit, out)
    elif category == "puk":
        _told_puk(cue, text, low, cue_end, out)
    elif category == "pin":
        _told_pin(text, low, cue_end, out)


# "Nouveau code du portail : 8135. L'ancien était 2707", "PIN 4471, the old one was 9032": the old one
# told right after a code's value is a code of the same kind (digits only: "my old one was fine").
_OLD_ONE_REACH = 48
_OLD_ONE_VALUE_REACH = 24


def old_one_after(
    category: str,
    cue: str,
    text: str,
    low: str,
    value_end: int,
    limit: int,
    out: list[Span],
    plain_ok: bool = True,
) -> None:
    stop = min(limit, value_end + _OLD_ONE_REACH)
    paragraph = low.find("\n\n", value_end, stop)
    back = _REFERRED_BACK.search(low, value_end, stop if paragraph == -1 else paragraph)
    if back is not None:
        value_stop = min(limit, back.end() + _OLD_ONE_VALUE_REACH)
        _window(category, cue, text, low, back.end(), value_stop, plain_ok, False, out, "is")


# "My phone wants a PUK. I called … and the automated line read out 88170189", "ma carte SIM est bloquée,
# sur la carte il y a 22187719": a PUK named in the story, its eight digits told a clause or two later.
_TOLD = LazyPattern(
    r"(?<![a-z'])(?:read out|read me|gave me|told me|says|said|gaf (?:me|mij)|zei|las (?:het )?voor|zegt|"
    r"staat|stond|il y a|m'a donné|m'a dit|indique|dit)(?![a-z])"
)
_PUK_DIGITS = LazyPattern(r"[ \t:]*+[\"'“(]?([0-9]{8})(?![0-9]|[ \-./][0-9])")


def _told_puk(cue: str, text: str, low: str, cue_end: int, out: list[Span]) -> None:
    stop = min(len(low), cue_end + _REFERRED_REACH)
    paragraph = low.find("\n\n", cue_end, stop)
    if paragraph != -1:
        stop = paragraph
    for told in _TOLD.finditer(low, cue_end, stop):
        digits = _PUK_DIGITS.match(text, told.end())
        if (
            digits is not None
            and not is_reference_at(low, digits.start(1))
            and not calls_before(low, told.start())
        ):
            out.append(Span(digits.start(1), digits.end(1), "puk"))
            return


# "Quel est le code du boîtier à clés … ? On m'a dit 1954 mais ça ne marche pas", "What's the gate code? They
# told me 4 7 1 9": a code asked for, then the digits someone gave, after the question.
_TOLD_PIN = LazyPattern(
    r"(?<![a-z'])(?:on m'a dit|m'a dit|m'ont dit|told me|they said|i was told|was told|ze zeiden|zeiden ze|"
    r"ze zei|hij zei|zij zei|men zei|gaf (?:me|mij)|gave me|kreeg ik)[ \t:]*+[\"'“«]?"
    r"([0-9]{4,6}|[0-9](?:[ ][0-9]){3,5})(?![0-9]|[ .,:/\-][0-9])"
)
_TOLD_PIN_REACH = 120


def _told_pin(text: str, low: str, cue_end: int, out: list[Span]) -> None:
    stop = min(len(low), cue_end + _TOLD_PIN_REACH)
    question = low.find("?", cue_end, stop)
    if question == -1 or "\n\n" in low[cue_end:question]:
        return
    told = _TOLD_PIN.search(low, question, stop)
    if told is not None and not is_reference_at(low, told.start(1)):
        out.append(Span(told.start(1), told.end(1), "pin"))


# "ik krijg geen sms code … in de mail kreeg ik wel 2 9 8 0 3 8", "not getting the code … oh it's come
# through, 657753", "nu wel, 854292 staat erin": a code said to arrive after all, in the same message or
# in a later turn of the same chat, is the code (code-shaped only: five digits or more, or in groups).
_ARRIVED = LazyPattern(
    # the subject first too: "Of nou ja, ik kreeg 697 681 maar die was al verlopen", "j'en ai eu un"
    r"(?<![a-z'])(?:ik kreeg(?:[ \t]++(?:wel|toch|nu|er|hem|een|eentje))?|j'ai eu|"
    r"kreeg ik(?:[ \t]++(?:wel|toch|nu|er|hem))?|heb ik (?:hem |er |toch |nu )?(?:wel[ \t]++)?"
    r"(?:gekregen|ontvangen)|i(?: did| have|'ve)? (?:got|get|received)(?: it)?|texted me|sent me|"
    r"(?:it's |it has |it )?(?:come|came) through|(?:it )?arrived|is (?:toch )?binnen|nu wel|"
    r"(?:j'ai|je l'ai)(?: enfin| bien)? reçu|enfin reçu|"
    # or passed on to whoever asked: "send them the code I just got by text … I sent 07861... was that a
    # mistake", "ik heb hem 448120 gestuurd", "je lui ai envoyé …"
    r"i (?:sent|gave)(?: (?:them|him|her|it))?|ik (?:stuurde|gaf)(?: (?:hem|haar|het))?|"
    r"je (?:lui|leur) ai (?:envoyé|donné))(?![a-z])"
)
_ARRIVED_REACH = 240


def _arrived_code(cue: str, text: str, low: str, cue_end: int, limit: int, out: list[Span]) -> None:
    stop = min(limit, cue_end + _ARRIVED_REACH)
    arrived = _ARRIVED.search(low, cue_end, stop)
    if arrived is not None:
        _window("otp", cue, text, low, arrived.end(), min(stop, arrived.end() + 40), False, True, out, "")


# The corrected value first, then what says it is the right one.
_SORRY = LazyPattern(
    r"[\"'”’)]?[.,;!]*+[ \t]*+(?:\r?\n[ \t>]*+)?"
    r"(?:oeps|oops|whoops|sorry|sry|srry|pardon|excuus|nee|neen|no|non)[ \t,!.]++"
)
_RIGHT_ONE = LazyPattern(
    r"[ \t,]*+(?:moet het zijn|moet zijn|is het|is de goede|is de juiste|should be it|is the right one|"
    r"is right|c'est le bon|c'est la bonne|c'est ça)(?![a-z])"
)
_CORRECTION = LazyPattern(
    r"[\"'”’)]?[.,;!]*+[ \t]*+(?:\r?\n[ \t>]*+)?"
    r"(?:(?:oeps|oops|whoops|sorry|pardon|excuus|excuses|my bad|oh|ah|euh|uh|nee|neen|no|non|nope)"
    r"[ \t,!.]*+)?"
    r"(?:(?:tikfout|typfout|typo|foutje|verkeerd getypt|correctie|correction|i mean|i meant|ik bedoel|"
    # "sorry verkeerde, het is 8307", "wrong one, it's …", "mauvais code, c'est …"
    r"verkeerde code|verkeerde|verkeerd|wrong one|wrong code|wrong|mauvais code|mauvais|mauvaise|"
    r"bedoel ik|je veux dire|plutôt|should be|moet zijn|moest zijn|wacht|wait|hold on|attends)"
    r"[ \t,:!.\-]*+){1,2}"
    r"(?:(?:het is|het moet|it's|it is|c'est|is)[ \t:]++)?"
)
_CORRECTED_TYPES = frozenset({"password", "wifi_key", "pin", "puk", "otp"})


def _corrections(text: str, low: str, first: int, out: list[Span]) -> None:
    for index in range(first, len(out)):
        span = out[index]
        if span.type not in _CORRECTED_TYPES:
            continue
        correction = _CORRECTION.match(low, span.end)
        if correction is None:
            correction = _SORRY.match(low, span.end)  # "de puk 82250162⏎sorry 92322554 moet het zijn"
            value = _VALUE.match(text, correction.end()) if correction is not None else None
            if value is None or not _RIGHT_ONE.match(low, value.end()):
                continue
        else:
            value = _VALUE.match(text, correction.end())
        if value is None:
            continue
        start, end = _trim(text, value.start(), value.end())
        word = text[start:end]
        if span.type in ("pin", "puk", "otp"):
            verdict, end = _numeric_verdict(span.type, span.type, text, low, start, end, True, False)
            ok = verdict == _TAKE
        else:
            ok = _secret_like(word, span.type == "wifi_key") and not _not_secret_shape(word)
        if ok and not _starts_cue(text, start):
            out.append(Span(start, end, span.type))


# Things a year before a cue belongs to: "iPhone 2019 pin vergeten", "sim van 2019".
_YEAR_OWNERS = ("iphone", "sim", "simkaart", "telefoon", "phone", "gsm", "modem", "router", "model", "auto")


# Between a value and the cue after it: an arrow back at it, "that is", and "my" as typed on a phone
# ("10533298 <- da is de puk", "Appel123? is mn ww", "4471 dat is mijne pincode", "8812 👈 that's my pin").
_POINTING = r"(?:(?:<-++|<=|←|⬅️?|👈)[ \t]*+)?(?:(?:dat|da|dit|that|this)[ \t]++)?"
_THAT_IS = r"that's|thats|da's|dat's|dats|'s"
_SLANG_MY = r"mn|m'n|mijne|me|mah"
# The word right before a cue: the expressions below end with one of these, so most cues
# are passed over without trying them at eighty positions.
_COPULA_LAST = frozenset(
    "is was c'est cest est that's thats da's dat's dats 's mijn my je jouw het de the nu mon ma le la mn m'n "
    "mijne me mah =".split()
)
_VALUE_LAST = _COPULA_LAST | {"als", "as", "comme", "l'", "="}
_NUMBER_LAST = _COPULA_LAST | {"=",
    "als", "as", "comme", "your", "uw", "votre", "ton", "per", "via", "by", "kreeg", "got", "received", "ik",
    "i", "ontvangen", "gekregen", "dat", "da", "dit", "that", "this", "<-", "<--", "<=", "←", "⬅", "⬅️", "👈",
    "account", "bank", "banking", "card", "sim", "phone", "mobile", "app", "kaart", "bankkaart", "gsm",
    "telefoon", "carte", "debit", "itsme", "voicemail", "online", "door", "deur", "alarm", "garage",
}  # fmt: skip
# What a code opens, said before its cue: "my account pin", "mijn bank pincode", "my voicemail pin".
_CODE_OWNER_NOUNS = (
    r"(?:account|bank|banking|card|sim|phone|mobile|app|kaart|bankkaart|gsm|telefoon|carte|debit|itsme|"
    r"voicemail|online|door|deur|alarm|garage)"
)
_NUMBER_END = frozenset("0123456789)\"'”’»,")


def _word_before(text: str, cue_start: int) -> str:
    words = text[max(0, cue_start - 16) : cue_start].split()
    if text[cue_start - 2 : cue_start] == "l'":
        return "l'"  # "comme l'identifiant"
    if words and text[cue_start - 1 : cue_start] == "-" and text[cue_start - 2 : cue_start - 1].isalpha():
        return words[-1][:-1]  # "Google-verificatiecode": the brand glued to the cue
    return words[-1] if words and text[cue_start - 1 : cue_start].isspace() else ""


# "ik gebruik jdevries84 als inlognaam", "Zomer2024! is mijn wachtwoord".
_VALUE_BEFORE_CUE = LazyPattern(
    rf"([^\s\"“(]{{3,60}})[ \t]++{_POINTING}(?:als|as|comme|is|was|c'est|cest|est|=|{_THAT_IS})"
    rf"(?:[ \t]++(?:mijn|my|je|jouw|het|de|the|nu|mon|ma|le|la|l'|{_SLANG_MY}))?[ \t]*+$",
    re.IGNORECASE,
)
# "… en gvandermeer01 de gebruikersnaam": a username with only an article before its cue.
_USER_ARTICLE_BEFORE_CUE = LazyPattern(
    r"([^\s\"“(,;]{3,60})[ \t]++(?:mijn|my|de|het|the|mon|ma|le|la)[ \t]++$"
)
# "Zomer2024! is mijn ww en …": the value before its cue, joined by a copula, is the cue's own value.
_COPULA_BEFORE_CUE = LazyPattern(
    rf"([^\s\"“(]{{3,60}})[ \t]++{_POINTING}(?:is|was|c'est|cest|est|=|{_THAT_IS})"
    rf"(?:[ \t]++(?:mijn|my|je|jouw|het|de|the|nu|mon|ma|le|la|{_SLANG_MY}))?[ \t]++$",
    re.IGNORECASE,
)


def _copula_value_before(text: str, cue_start: int, category: str, out: list[Span]) -> bool:
    if _word_before(text, cue_start).lower() not in _COPULA_LAST:
        return False  # cheap: most cues have no copula right before them
    match = _COPULA_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None:
        return False
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    wifi = category == "wifi_key"
    if not _secret_like(word.replace("-", ""), wifi) or _not_secret_shape(word) or _starts_cue(text, start):
        return False
    out.append(Span(start, end, category))
    return True


def _user_chosen_as(text: str, cue_start: int, pos: int, out: list[Span]) -> bool:
    if _word_before(text, cue_start).lower() not in _VALUE_LAST:
        return False
    match = _VALUE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None or not {"als", "as", "comme"} & set(match.group(0).lower().split()):
        return False
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    if not (_strong_username(word) or (len(word) >= 10 and _user_like(word))) or _starts_cue(text, start):
        return False
    following = _VALUE.match(text, pos)
    if following is not None and _strong_username(following.group().rstrip(_TRAILING)):
        return False  # "… as the username jan_83": the cue's own value follows
    out.append(Span(start, end, "username"))
    return True


def _user_before_copula(text: str, cue_start: int, out: list[Span]) -> bool:
    if _word_before(text, cue_start).lower() not in _VALUE_LAST:
        return False
    match = _VALUE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None or "als" in match.group(0).split() or "as" in match.group(0).split():
        return False
    start, end = _trim(text, match.start(1), match.end(1))
    if not _strong_username(text[start:end]) or _starts_cue(text, start):
        return False
    out.append(Span(start, end, "username"))
    return True


_GROUP_BEFORE = LazyPattern(r"[0-9][ \-.]?$")
# "index compteur 08809, code client …", "meterstand 12571 en de code": a meter's reading, not a code
_METER_BEFORE = LazyPattern(
    r"(?<![a-z])(?:stand|meterstand|tellerstand|index|compteur|reading|meter|zählerstand)[ \t:]*+$"
)


def _value_before_cue(text: str, cue_start: int, category: str, out: list[Span]) -> None:
    if category in ("pin", "puk", "otp"):
        last = _word_before(text, cue_start)
        if not last or not (last.lower() in _NUMBER_LAST or last[-1] in _NUMBER_END or last[0].isupper()):
            return  # cheap: no digit, link word, name or arrow right before the cue
        number = _NUMBER_BEFORE_CUE.search(text, max(0, cue_start - 60), cue_start)
        if number is None:
            reach = max(0, cue_start - 48)
            drawn = _DRAWN_BEFORE_CUE.search(text, reach, cue_start) if category == "otp" else None
            if drawn is not None:
                code, start = drawn.group(1), drawn.start(1)
                if (
                    (_HAS_DIGIT.search(code) or sum(map(code.count, "AEIOU")) <= 1)
                    and not REFERENCE_BEFORE.search(text[max(0, start - 32) : start].lower())
                ):  # (capitals alone with the vowels of a word are one: "URGENT is de code …")
                    out.append(Span(start, drawn.end(1), "otp"))
            return
        if _EXPIRY_SHAPE.fullmatch(number.group(1)):
            return  # "exp 08-2027 code achterop 032": a card's expiry, not a code before its cue
        if _GROUP_BEFORE.search(text, max(0, number.start(1) - 8), number.start(1)):
            return  # "3777 690911 21843, code achterop 2507": the last group of a card, not a code
        digits = _SPACE_OR_DASH.sub("", number.group(1))
        low = text[max(0, number.start(1) - 32) : number.start(1)].lower()
        # "PUK: 4255…, mijn pin …": a cue right before owns the number, unless a sentence ends in between
        owned = [
            cue for cue in find_cues(low) if cue[2] >= len(low) - 16 and not _SENTENCE_END.search(low, cue[2])
        ]
        if owned or REFERENCE_BEFORE.search(low) or _ERROR_BEFORE.search(low) or _METER_BEFORE.search(low):
            return
        if _YEAR.fullmatch(digits) and (_SINCE_BEFORE.search(low) or low.rstrip().endswith(_YEAR_OWNERS)):
            return  # "de simkaart uit 2019, pukcode kwijt", "iPhone 2019 pin vergeten": a year
        if (4 if category != "otp" else 5) <= len(digits) <= 8:
            if (
                category == "otp"
                and len(digits) == 8
                and PUK_WORD.search(text[cue_start : cue_start + 120].lower()) is not None
            ):
                category = "puk"  # "47551457 ← dat is de code van het kaartje. Telefoon zegt 'ongeldige PUK'"
            out.append(Span(number.start(1), number.end(1), category))  # "482 913 is de code"
        return
    last = _word_before(text, cue_start).lower()
    match = _VALUE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start) if last in _VALUE_LAST else None
    if match is None and category == "username":
        match = _USER_ARTICLE_BEFORE_CUE.search(text, max(0, cue_start - 80), cue_start)
    if match is None:
        return
    start, end = _trim(text, match.start(1), match.end(1))
    word = text[start:end]
    if category == "username":
        if _strong_username(word):
            out.append(Span(start, end, "username"))
    elif _secret_like(word) and not _not_secret_shape(word):
        out.append(Span(start, end, "password"))


_ANSWER_LINES = 8
_ASKS_FOR_OTHER = LazyPattern(
    r"(?<![a-z])(?:naam|name|nom|ssid|heet|called|nummer|number|numéro|numero|model|type|versie|version)"
    r"(?![a-z])"
)
_ANSWER_LINE_MAX = 200
_ANSWER_LABEL_END = LazyPattern(r"[ \t]*+[?:=]?[ \t?!.]*+$")
_ACKNOWLEDGEMENTS = frozenset(
    "ja nee yes no yep nope oui non ok oké okay sure thanks bedankt merci top done klaar gevonden "
    "found".split()
)


# A line that asks to wait or only says yes: the answer comes on a later line ("momentje", "ok", "sure").
_SKIPPED_TURNS = WAITING_WORDS | frozenset("ok oké oke okay sure yes ja oui".split())


def _answer_after(text: str, low: str, category: str, cue: str, cue_end: int, out: list[Span]) -> None:
    """A value alone on a later line answers the cue: a chat turn after "What's your username?" or "phone
    wants a puk" (speaker lines, the agent's reply and a "yes" may come between), or the line right after
    a question or a label that ends with the cue ("Wat is je pincode?⏎4471")."""
    line_end = text.find("\n", cue_end, cue_end + _ANSWER_LINE_MAX)
    if line_end == -1:
        return
    label = _ANSWER_LABEL_END.match(text, cue_end, line_end) is not None
    if not label and "]" not in text and "·" not in text:
        return  # no question or label, and no chat export: nothing later answers the cue
    pos = line_end + 1
    chat = False
    waited = 0  # lines that only asked to wait: the next one still answers right after the question
    for lines in range(_ANSWER_LINES):
        if pos >= len(text):
            return
        end = text.find("\n", pos, pos + _ANSWER_LINE_MAX)
        if end == -1:
            end = min(len(text), pos + _ANSWER_LINE_MAX)
        prefix = _CHAT_PREFIX.match(text, pos, end)
        if prefix is None and _CHAT_HEADER.fullmatch(text, pos, end):
            chat = True
            pos = end + 1
            continue
        content = prefix.end() if prefix is not None else pos
        chat = chat or prefix is not None
        start, stop = _trim(text, content, end)
        while start < stop and text[start] in " \t>":
            start += 1
        while stop > start and text[stop - 1] in " \t\r!?":
            if (
                text[stop - 1] == "!"
                and text[stop - 2] != "!"
                and _HAS_DIGIT.search(text, start, stop - 1)
                and any(ch.isalpha() for ch in text[start : stop - 1])
            ):
                break  # "Zomer2024!" answering on its own line: the mark ends the password
            stop -= 1
        word = text[start:stop]
        if not word or word.lower().rstrip(".!…") in _SKIPPED_TURNS:
            pos = end + 1  # "momentje", "one sec": the answer comes in a later turn
            waited += bool(word)
            continue
        if (chat or (label and lines == waited)) and " " not in word and "\t" not in word:
            if _answers(category, cue, text, low, start, stop):
                out.append(Span(start, stop, category))
                return
            if word.lower() not in _ACKNOWLEDGEMENTS:
                return  # a different value answers something else
        if not chat or find_cues(low[start:stop]) or _ASKS_FOR_OTHER.search(low, start, stop):
            return  # prose goes on, another cue takes over, or the agent asks for a name or a number
        pos = end + 1


def _answers(category: str, cue: str, text: str, low: str, start: int, stop: int) -> bool:
    word = text[start:stop]
    if category in ("pin", "puk", "otp"):
        verdict, end = _numeric_verdict(category, cue, text, low, start, stop, True, False)
        return verdict == _TAKE and end == stop
    if category == "username":
        return (
            len(word) >= 4
            and _USERNAME_SHAPE.fullmatch(word) is not None
            and any(ch.isalpha() for ch in word)
            and word.lower() not in _NOT_A_SECRET
            and word.lower() not in _ACKNOWLEDGEMENTS
            and not _IBAN_SHAPE.fullmatch(word)
            and not _not_secret_shape(word)
        )
    if category in ("password", "wifi_key") and (
        _DEFAULT_SSID.fullmatch(word) or _BAND_NAME.search(word.lower())
    ):
        return False  # "Belmobiel-FBCE_2.4G", "Lumomobiel-2D1B" answering "de netwerknaam en het wachtwoord?"
    return _secret_like(word, category == "wifi_key") and not _not_secret_shape(word)


# A code of capitals and digits that a text message opens with, then names: "K8X6R5 is your PayFlits login
# code", "AYCSNR est votre code de confirmation", "XKMZVD is de code die ik kreeg".
_DRAWN_BEFORE_CUE = re.compile(
    r"(?:^|(?<=[\s:\"'“(]))((?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,8})[ \t]++(?:is|est|c'est|was|=)[ \t]++"
    r"(?:(?:your|votre|uw|je|jouw|de|the|le|la|ton|het)[ \t]++)?(?:[A-Z][A-Za-z]{1,15}[ \t]++)?$"
)
# "482913 is de code", "482 913 kreeg ik per sms": a number a few small words before its cue.
# The sender's name may sit in between: "G-482913 is your Google verification code", "is je DigiD-code".
_NUMBER_BEFORE_CUE = re.compile(
    r"(?<![\w.,:/+-])([A-Z]{1,2}-[0-9]{5,8}|[0-9](?: [0-9]){3,7}|[0-9]{2,4}(?:[ \-][0-9]{2,4}){0,3}|"
    # "3546?? dat is", "G-357037 - dat is"
    r"[0-9]{5,8})(?![0-9])[)\"'”’»]?[?!]{0,3}(?:[ \t]++[-–—](?=[ \t]))?"
    # a comma, or a full stop when the next sentence points back at it ("ik typ 5750. Da is toch altijd mijn
    # code", "I entered 4410. That's my PIN", "j'ai tapé 2231. C'est mon code")
    r"(?:,|\.(?=[ \t]++(?i:da|dat|dit|that|this|it|het|ça|ca|c'est|cest|that's|thats|da's|dat's)(?![a-z])))?"
    r"(?:[ \t]++(?:<-++|<=|←|⬅️?|👈))?"
    r"(?:[ \t]++(?:is|was|als|as|de|the|mijn|my|je|jouw|your|uw|votre|ton|het|per|via|by|kreeg|got|received|"
    rf"ik|i|ontvangen|gekregen|est|c'est|cest|mon|ma|le|la|dat|da|dit|that|this|{_THAT_IS}|{_SLANG_MY}|"
    # a word of insisting after the copula ("0485, c'est bien mon code pin", "4471 is echt mijn pincode"),
    # and a value typed in as the code ("ik tik 1310-0593 in als responscode", "98697320 comme code de
    # réponse")
    r"bien|echt|wel|toch|zeker|really|definitely|indeed|vraiment|also|ook|aussi|comme|in|=|"
    r"altijd|always|toujours|still|nog|steeds|gewoon|just|simply|juste|it|ça|ca|C'est|Cest|That's|Da's|Ça|"
    # what the code opens, between 'my' and the cue: "1323 is my account pin", "c'est mon code carte"
    rf"{_CODE_OWNER_NOUNS}|"
    r"[A-Z][A-Za-z]{1,15})){0,5}(?:[ \t]++|(?<=[A-Za-z])-)$"  # ("… is je Google-verificatiecode")
)
_EXPIRY_SHAPE = re.compile(r"(?:0?[1-9]|1[0-2])[ ]?[/\-][ ]?(?:20)?[0-9]{2}")
