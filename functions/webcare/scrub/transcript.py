"""Chat transcripts read turn by turn.

Customers paste chat exports: WhatsApp ("[01-05-2025 09:58:59] Name: …", "21-04-2025 13:20 - Name: …",
"3/15/24, 09:06 - +1 (614) 555-0101: …"), Telegram and Instagram ("Name, [03.10.25 14:17]" or
"Name · 14:17" on a line of its own, the text on the lines after it), Messenger ("Name⏎text" blocks
between blank lines) and plain "Klant: …" / "Agent (Brand): …" lines. The speaker and time prefixes sit
between a cue and its value ("Wat is uw login?⏎Leen: leen_mae"), and values arrive in pieces, one turn
each ("NL 93 TRIO", then "0662 2106 71").

`detect_transcript` recognises such a text cheaply, builds a view of the conversation without the
prefixes (each turn's body on its own line; consecutive short pieces of one speaker joined, so that a
value sent in pieces reads as one) with a map back to the original offsets, runs the detectors on the
view and maps every span back (a span over several pieces becomes one span per piece, each of the same
type). The detector is passed in: `detectors.detect_all` calls this module.

What must not happen: a prefix's timestamp or phone number joined into a value (prefixes never enter
the view), one speaker's turn glued to another's (turns of different speakers are always on separate
lines; only pieces of the same speaker are joined). A speaker shown as a phone number is that phone
number ("+31 6 1219 4764: …"): it is reported as a phone, unless it is a company's own line ("0800 0123").
"""

from __future__ import annotations

from collections.abc import Callable

from webcare.scrub import validators
from webcare.scrub.cues import find_cues
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import (
    CLOSING_WORDS,
    SUBJECT_WORDS,
    WAITING_WORDS,
    Span,
    contains_any,
    plausible_year,
)
from webcare.scrub.tokens import shown_in_the_open

__all__ = ["build_thread_view", "build_view", "detect_transcript"]

# A chat export's time stamp: a date as the phone writes it ("01-05-2025", "3/15/24", "11/9", "18.04.2025",
# "1 april", "14 juli 2025", "28 déc.") or none, then the time ("09:58:59", "5:29 pm"): "3/15/24, 09:06",
# "12/18/25 3:09 PM", "[1 april 11:13]", "[08:06]", "4 november, 19:23 - Anouk:".
_DATE = (
    r"(?:[0-9]{1,4}[-/.][0-9]{1,2}(?:[-/.][0-9]{2,4})?|[0-9]{1,2}\.?[ \t][^\W\d_]{3,10}\.?(?:[ \t][0-9]{4})?)"
)
_STAMP = (
    r"(?:" + _DATE + r",?[ \t]{1,3}(?:(?:à|om|at)[ \t]{1,3})?)?"  # ("12/06/2024 à 21:08", "3 mei om 14:02")
    r"[0-9]{1,2}[:.u][0-9]{2}(?:[:.][0-9]{2})?(?:[ \t]?[apAP]\.?[mM]\.?)?"  # ("7u42": Flemish hours)
)
# A line that opens with a stamp and a speaker: "[stamp] Name: ", "(stamp) Name: " or "stamp - Name: ".
_STAMPED = LazyPattern(
    r"(?:\[" + _STAMP + r"\][ \t]{0,3}|\(" + _STAMP + r"\)[ \t]{0,3}|" + _STAMP + r"[ \t]{1,3}[-–][ \t]{1,3})"
    r"(?P<name>[^:\n\[\]]{1,60}):(?:[ \t]{1,3}|$)"
)
# A bare time and a speaker, no brackets or dash: "18:41 Klant: ", "9:02 am Customer: " (the name is checked).
_BARE_STAMPED = LazyPattern(
    r"[0-9]{1,2}[:.][0-9]{2}(?:[ \t]?[apAP]\.?[mM]\.?)?[ \t]{1,3}"
    r"(?P<name>[^\W\d_][^:\n\[\]]{0,59}):(?:[ \t]{1,3}|$)"
)
# A stamp, a speaker and a dash, or a speaker with the stamp in brackets: "17:41 - Chatbot - What's your …",
# "Destiny (12:56): 2614640427" (the name is checked).
_STAMP_DASHED = LazyPattern(
    _STAMP + r"[ \t]{1,3}[-–][ \t]{1,3}(?P<name>[^\W\d_][^:\n\[\]\-–]{0,38}?)[ \t]{1,3}[-–](?:[ \t]{1,3}|$)"
)
_NAME_STAMPED = LazyPattern(
    r"(?P<name>[^\W\d_][^:\n\[\]()]{0,38}?)[ \t]{0,2}\(" + _STAMP + r"\):(?:[ \t]{1,3}|$)"
)
# A line that is only a speaker and a time: "Name, [03.10.25 14:17]", "Name · 14:17".
_HEADER = LazyPattern(
    r"(?P<name>[^\n\[\]·,]{1,60})(?:,[ \t]{0,3}\[[0-9][0-9/.\- :,apmAPM]{4,24}\]"
    r"|[ \t]·[ \t][0-9]{1,2}[:.][0-9]{2}(?:[ \t]?[apAP][mM])?)[ \t]{0,3}"
)
# A plain "Name: " prefix; the name is checked afterwards.
_NAMED = LazyPattern(r"(?P<name>[^:\n\[\]]{1,40}):(?:[ \t]{1,3}|$)")
# A "Name - " prefix ("Klant - ik krijg foutcode …", "Rep - Hello!"); the name is checked afterwards, and
# like a "Name: " prefix it counts only where two speakers take turns.
_DASHED = LazyPattern(r"(?P<name>[^\W\d_][^:\n\[\]\-–]{0,38}+)(?<=[ \t])[-–](?:[ \t]{1,3}|$)")
_DASHED_LINE = LazyPattern(r"(?m)^([^\W\d_][^:\n\[\]\-–]{0,38}+)(?<=[ \t])[-–][ \t]")
# A name: up to five words, letters, brackets, '|', '&', '-', '.', or a phone number.
_NAME_SHAPE = LazyPattern(r"[^\W\d_][\w'’.&|()\- ]{0,38}[\w).]|[^\W\d_]")
_PHONE_NAME = LazyPattern(r"\+?[0-9][0-9 ()\-./]{6,18}[0-9]|\+?\([0-9]{1,4}\)[0-9 \-./]{6,16}[0-9]")
# Names that are field labels of forms, e-mail headers or cue words, never speakers.
_NOT_SPEAKERS = frozenset(
    """
    onderwerp subject objet betreff van from de aan to à an cc bcc datum date sent verzonden envoyé gesendet
    re fw fwd tr naam name nom adres address adresse postcode email e-mail mail tel telefoon phone gsm mobiel
    mobile iban bic bsn rekening rekeningnummer klantnummer ordernummer bestelnummer ref referentie reference
    dossier ticket case status error fout foutcode code model type versie version serial ssid note nb ps
    let op attention waarschuwing warning tip info update edit
    """.split()
)
_NAMED_MIN_LINES = 3
_PIECE_MAX = 28  # a piece of a value sent in several turns
_TOKEN_PIECE_MAX = 64  # one word: the half of a token or a key
_JOINED_MAX = 100
_VIEW_MIN_LINES = 2


class View:
    """The conversation without its prefixes, and the map back to the original text."""

    __slots__ = ("answers", "pieces", "text")

    def __init__(self) -> None:
        self.text = ""
        # (view start, original start, length): each piece of the view copied from the original
        self.pieces: list[tuple[int, int, int]] = []
        # where an answer starts in the view, right after the cue its question asked for
        self.answers: list[int] = []

    def to_original(self, start: int, end: int) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for view_start, original, length in self.pieces:
            view_end = view_start + length
            if view_end <= start:
                continue
            if view_start >= end:
                break
            low = max(start, view_start)
            high = min(end, view_end)
            if low < high:
                found.append((original + low - view_start, original + high - view_start))
        return found


class _Turn:
    __slots__ = ("lines", "speaker")

    def __init__(self, speaker: str | None) -> None:
        self.speaker = speaker
        self.lines: list[tuple[int, int]] = []


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while pos <= size:
        end = text.find("\n", pos)
        if end == -1:
            end = size
        stop = end - 1 if end > pos and text[end - 1] == "\r" else end
        out.append((pos, stop))
        pos = end + 1
    return out


def _speaker_ok(name: str) -> bool:
    name = name.strip()
    if not name:
        return False
    if _PHONE_NAME.fullmatch(name):
        return True
    if len(name.split()) > 5 or _NAME_SHAPE.fullmatch(name) is None:
        return False
    low = name.lower()
    return low not in _NOT_SPEAKERS and not find_cues(low)


def _turns(text: str, lines: list[tuple[int, int]]) -> list[_Turn] | None:
    """The turns of a transcript, or None when the text is not one."""
    stamped = 0
    headers = 0
    named: dict[str, int] = {}
    kinds: list[tuple[str, str, int] | None] = []  # per line: (kind, speaker, body start)
    for start, end in lines:
        if start == end:
            kinds.append(None)
            continue
        match = _STAMPED.match(text, start, end)
        if match is None:
            match = (
                _BARE_STAMPED.match(text, start, end)
                or _STAMP_DASHED.match(text, start, end)
                or _NAME_STAMPED.match(text, start, end)
            )
            if match is not None and not _speaker_ok(match.group("name")):
                match = None
        if match is not None:
            stamped += 1
            kinds.append(("stamped", match.group("name").strip(), match.end()))
            continue
        match = _HEADER.fullmatch(text, start, end)
        if match is not None and _speaker_ok(match.group("name")):
            headers += 1
            kinds.append(("header", match.group("name").strip(), end))
            continue
        match = _DASHED.match(text, start, end) or _NAMED.match(text, start, end)  # ("Vous - md5 : …")
        if match is not None and _speaker_ok(match.group("name")):
            name = match.group("name").strip()
            named[name] = named.get(name, 0) + 1
            kinds.append(("named", name, match.end()))
            continue
        kinds.append(None)
    use_named = sum(named.values()) >= _NAMED_MIN_LINES and len(named) >= 2 and max(named.values()) >= 2
    blocks: set[int] = set()
    if stamped + headers < _VIEW_MIN_LINES and not use_named:
        blocks = _block_heads(text, lines)
        if not blocks:
            return None
    turns: list[_Turn] = [_Turn(None)]
    for index, (start, end) in enumerate(lines):
        kind = kinds[index]
        if kind is not None and (kind[0] != "named" or use_named):
            turn = _Turn(kind[1])
            turns.append(turn)
            if kind[2] < end:
                turn.lines.append((kind[2], end))
            continue
        if index in blocks:
            turns.append(_Turn(text[start:end].strip()))
            continue
        if start == end and (blocks or headers):
            continue  # blank lines separate blocks
        turns[-1].lines.append((start, end))
    return [turn for turn in turns if turn.lines or turn.speaker is not None]


_INITIAL_END = LazyPattern(r"[^\W\d_][ \t][A-Z]\.$")  # "Bart M.": a name with an initial


def _block_heads(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Messenger blocks: a line with a speaker's name after a blank line (or at the start), the text
    below it. Speakers must repeat: at least three blocks, two speakers, one of them twice."""
    heads: dict[str, list[int]] = {}
    previous_blank = True
    for index, (start, end) in enumerate(lines):
        blank = start == end or not text[start:end].strip()
        if (
            previous_blank
            and not blank
            and index + 1 < len(lines)
            and lines[index + 1][0] != lines[index + 1][1]
            and end - start <= 40
            and (text[end - 1] not in ".?!:,;" or _INITIAL_END.search(text, start, end) is not None)
        ):
            name = text[start:end].strip()
            if _speaker_ok(name):
                heads.setdefault(name, []).append(index)
        previous_blank = blank
    count = sum(len(found) for found in heads.values())
    if count < 3 or len(heads) < 2 or max(len(found) for found in heads.values()) < 2:
        return set()
    return {index for found in heads.values() if len(found) >= 2 or len(heads) <= 3 for index in found}


_TOKEN_PART = LazyPattern(r"(?=[^\s]*?[0-9])[A-Za-z0-9_\-+/=.]++")
_IBAN_START = LazyPattern(r"[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}")


def _piece(text: str, start: int, end: int) -> bool:
    """A short turn that may be part of a value sent in pieces: digits in it, every word holding a digit
    or at most four letters ("NL 93 TRIO", "0662 2106 71", "uCJ3Kxwd0Kc7YnImF3yk")."""
    body = text[start:end]
    if end - start > _PIECE_MAX:
        return end - start <= _TOKEN_PIECE_MAX and _TOKEN_PART.fullmatch(body) is not None
    if not any(ch.isdigit() for ch in body):
        return False
    for word in body.split():
        if not any(ch.isdigit() for ch in word) and not (len(word) <= 4 and word.isalpha()):
            return False
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


# What an agent's question asks for, by the words in it: the cue the answer is given after in the view
# ("Wat is de vervaldatum?⏎12/2027" reads "Wat is de vervaldatum?⏎vervaldatum: 12/2027").
_CANONICAL = {
    "username": "gebruikersnaam: ", "password": "wachtwoord: ", "pin": "pincode: ", "puk": "PUK-code: ",
    "otp": "verificatiecode: ", "wifi_key": "wifi-wachtwoord: ", "api_key": "API key: ",
    "customer_number": "klantnummer: ",
}  # fmt: skip
_TOPICS = LazyPattern(
    r"(?<![a-z])(?:(?P<expiry>vervaldatum|verloopdatum|expiry|expiration|expiration date|date d'expiration|"
    r"date d'échéance|geldig tot|valid until|valid thru)"
    r"|(?P<birth>geboortedatum|geboorte datum|date of birth|birth date|birthday|dob|date de naissance|"
    r"né le|née le|geboren)"
    r"|(?P<cvv>cvv|cvc|cvv2|cid|[0-9] cijfers (?:achterop|achteraan|op de achterkant)|code achteraan|"
    r"code achterop|chiffres (?:au dos|derrière)|digits on the back|code au dos|kaartcode|card code|"
    r"card security code|(?:code de sécurité|code de contrôle|security code|beveiligingscode|veiligheidscode|"
    r"controlecode|controlegetal)"
    r"(?: de (?:la|votre) carte| of (?:the|your) card| van (?:de|je|uw) (?:bank)?kaart| au dos| on the back|"
    r" achterop| op de achterkant))"
    r"|(?P<voicemail>voicemail|voice mail|messagerie vocale|messagerie|voicemailbox|voicemailcode)"
    r"|(?P<national>rijksregisternummer|rijksregister|bsn|burgerservicenummer|numéro national|"
    r"numéro de registre national|national register number)"
    r"|(?P<iban>iban|rekeningnummer|bankrekening|numéro de compte|bank account)"
    r"|(?P<phone>06[- ]?nummer|telefoonnummer|gsm-nummer|gsmnummer|mobiel nummer|phone number|mobile number|"
    r"numéro de gsm|numéro de téléphone|numéro de portable|mobile no))(?![a-z])"
)
_TOPIC_CUE = {"expiry": "vervaldatum: ", "birth": "geboortedatum: ", "cvv": "CVV: ", "iban": "IBAN: ",
              "phone": "telefoonnummer: ", "national": "rijksregisternummer: ",
              "voicemail": "pincode: "}  # fmt: skip
_DATE_ASKS = frozenset({_TOPIC_CUE["expiry"], _TOPIC_CUE["birth"]})  # questions a date answers
# A question about an error, a message or a name: what follows is an error code or a name, not a secret
# (a login's name is none: "What account name shows at the top of the app?", "votre nom d'utilisateur").
_ABOUT_ERRORS = LazyPattern(
    r"fout|error|erreur|melding|message(?!rie)|bericht|storing|versie|version|model|"
    r"(?<![a-z])(?:type|ssid|heet|called|réseau|netwerk|network|netwerknaam|networkname|"
    r"(?<!user )(?<!account )(?<!login )(?:naam|name|nom)(?! d'util| de compte| du compte| de connexion)"
    r")(?![a-z])"
)
_ACKNOWLEDGEMENTS = frozenset(
    "ja jep jup yes yep yeah oui ok oké okay sure top done klaar gevonden found d'accord".split()
)
# A turn that only asks the other to wait (textutil.WAITING_WORDS) or says yes: the answer is still to come,
# in the speaker's next turn.
_WAITING_WORDS = _ACKNOWLEDGEMENTS | WAITING_WORDS
_WAITING_MAX_WORDS = 4
# A question about a credential that asks for none: whether it was forgotten, changed or reset ("Heb je de
# optie "wachtwoord vergeten" al geprobeerd?", "Have you changed your password recently?").
_NOT_ASKED = LazyPattern(
    r"vergeten|forgot|oubli|gewijzigd|veranderd|aangepast|changed|modifié|changé|gereset|reset|réinitialis"
)


def _waiting(body: str) -> bool:
    words = body.lower().replace(",", " ").replace(".", " ").replace("!", " ").split()
    return 0 < len(words) <= _WAITING_MAX_WORDS and all(word in _WAITING_WORDS for word in words)


def _asked_cue(cues: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The cue a question asks for: its last one, but a login's secret before the account it serves
    ("What's your username so I can lock the account?")."""
    if not cues:
        return None
    wanted = [cue for cue in cues if cue[0] in _CANONICAL and cue[0] != "customer_number"]
    return max(wanted or cues, key=lambda found: found[1])


def _asked_for(text: str, body: list[tuple[int, int]]) -> tuple[str, bool]:
    """The cue an answer to this turn follows in the view: from its last question (or the sentence
    before it: "Je krijgt een code per sms. Wil je die hier doorgeven?"); a statement only by what it
    is about ("De 3 cijfers achterop heb ik niet nodig"); "" for a question about an error or a name.
    Firm unless the question asks whether the credential was changed or forgotten ("Have you changed
    the PIN or is it still the one from the letter?"): then only a bare value answers it ("7113")."""
    start, end = body[0][0], body[-1][1]
    low = text[start:end].lower()
    question = low.rfind("?")
    if question == -1:
        # a request put as a statement asks as a question does ("Om je simkaart te deblokkeren hebben we
        # je klantnummer en postcode nodig.", "Please send us your member number.")
        last_end = len(low.rstrip(" \t.!"))
        last_start = max(low.rfind(".", 0, last_end), low.rfind("!", 0, last_end)) + 1
        request = _REQUEST.search(low, last_start, last_end)
        if request is not None and _NEVER.search(low, last_start, last_end) is None:
            question = last_end  # (not "Never share your password with us.")
    if question == -1:
        topic = None
        for match in _TOPICS.finditer(low, max(0, len(low) - 160)):
            topic = match
        about_cvv = topic is not None and topic.lastgroup == "cvv"
        return (_TOPIC_CUE["cvv"] if about_cvv else ""), True
    sentence_start = max(
        low.rfind(".", 0, question), low.rfind("!", 0, question), low.rfind("?", 0, question)
    )
    ask = low[sentence_start + 1 : question]
    before = low[max(0, sentence_start - 159) : sentence_start + 1]
    if _ABOUT_ERRORS.search(ask):
        return "", True
    firm = _NOT_ASKED.search(ask) is None
    for part in (ask, before):
        if not part or (part is before and _NEVER.search(part) is not None):
            continue  # ("Deel nooit je wachtwoord met ons. Wat is er aan de hand?" asks for no password)
        topic = None
        for match in _TOPICS.finditer(part):
            topic = match
        cue = _asked_cue(find_cues(part))
        if topic is not None and (cue is None or topic.start() >= cue[1] or cue[1] <= topic.end() + 1):
            return _TOPIC_CUE[topic.lastgroup or ""], firm  # (also "de CVC-code": the cue's own word)
        if cue is not None and cue[0] in _CANONICAL:
            if cue[0] == "api_key" and _NETWORK_TALK.search(part) is not None:
                return _CANONICAL["wifi_key"], firm  # the key on the modem's sticker is the network's
            if cue[0] in ("password", "wifi_key") and _ADMIN.search(part) is not None:
                return _ADMIN_PASSWORD, firm  # "le mot de passe admin du modem": the box's login, no wifi
            return _CANONICAL[cue[0]], firm
    return "", True


_ADMIN = LazyPattern(r"(?<![a-z])(?:admin|administrat(?:or|eur)|beheerder)(?![a-z])")
_ADMIN_PASSWORD = "admin-wachtwoord: "  # noqa: S105 (a cue the view puts before an answer, no password)
_NETWORK_TALK = LazyPattern(r"wi-?fi|wlan|modem|router|sticker|réseau|netwerk|network|(?<![a-z])box(?![a-z])")


# Words that make a statement a request: "… nodig", "we need …", "graag …", "stuur ons …", "merci de …".
_REQUEST = LazyPattern(
    r"(?<![a-z])(?:nodig|need|graag|stuur|send|provide|share|doorgeven|geef|give|laat (?:ons|me|mij) weten|"
    r"let (?:us|me) know|besoin|envoyez|envoie|merci de|veuillez|communiquer|indiquer|donnez)(?![a-z])"
)
_NEVER = LazyPattern(r"(?<![a-z])(?:never|nooit|jamais|niemals)(?![a-z])")
_LEAD_IN_END = LazyPattern(r"[:,][ \t]*+|(?<![^\W\d_])(?:it's|it is|c'est|het is|'t is|is)[ \t]++")


# Words that say what a number is: the answer names its own value ("staat op factuur 2025/6673").
_OWN_NAME = LazyPattern(
    r"(?<![a-z])(?:factu|invoice|order|bestel|ticket|dossier|zaak|case|track|ref|réf|colis|pakket|parcel|commande|"
    r"bill|artikel|article|art\.|sku|vlucht|flight|vol(?=[ \t][a-z0-9]{2}[ \t]?[0-9])|"
    r"(?:vat|btw|tva|kvk)(?![a-z])|ondernemingsnummer|numéro d'entreprise|company number|registration number)"
)


def _own_cue(text: str, start: int, end: int) -> str | None:
    """What an answer says it gives, by its own words: None when it names nothing, "" when it names
    something without a known cue ("staat op factuur 2025/6673"), else the cue it names."""
    low = text[start:end].lower()
    cues = find_cues(low)
    topic = None
    for match in _TOPICS.finditer(low):
        topic = match
    cue = max(cues, key=lambda found: found[1]) if cues else None
    if topic is not None and (cue is None or topic.start() >= cue[1]):
        return _TOPIC_CUE[topic.lastgroup or ""]
    if cue is not None:
        return _CANONICAL.get(cue[0], "")
    return "" if _OWN_NAME.search(low) is not None else None


def _gives_value(text: str, start: int, end: int) -> bool:
    """Whether a turn that names what it gives holds the value too: a word of four characters or more
    with a digit in it, where it names no other number ("staat op factuur 2025/6673": not the value)."""
    words = text[start:end].split()
    return any(len(word) >= 4 and any(ch.isdigit() for ch in word) for word in words) and (
        _OWN_NAME.search(text[start:end].lower()) is None
    )


# Where one clause of a turn ends and the next begins: "ordernummer #596562 trouwens. da's 3574",
# "référence article art. 3404852 -- c'est jardin_chocolat_moules7".
_CLAUSE_BREAK = LazyPattern(r"[.!?;][ \t]++|(?<![ \t])[ \t]++(?:--|–|—|-)[ \t]++")


def _new_question(text: str, body: list[tuple[int, int]]) -> bool:
    start, end = body[0][0], body[-1][1]
    return text.find("?", start, end) != -1 and any(ch.isalpha() for ch in text[start:end])


def _later_answer(text: str, start: int, end: int, dates: bool = False) -> int:
    """Where the value of one clause of a turn starts, the last clause first ("référence art. 3404852 --
    c'est X": not the number after the label's dot; "da's rdpc-1369. ik zit morgen op vlucht BA9595": the
    first), when that clause names nothing else and holds one; else -1."""
    clauses: list[tuple[int, int]] = []
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        clauses.append((start, match.start()))
        start = match.end()
    if not clauses:
        return -1
    clauses.append((start, end))
    for clause_start, clause_end in reversed(clauses):
        if clause_start < clause_end and _own_cue(text, clause_start, clause_end) is None:
            at = _value_start(text, clause_start, clause_end, dates)
            if at != -1 and _value_shaped(text[at:clause_end].split(" ", 1)[0]):
                return at
    return -1


def _value_shaped(word: str) -> bool:
    """A word that may be a value: a digit or a sign in it, or a capital inside ("Thanks!" is none)."""
    word = word.rstrip(".!?,;:")
    return any(not ch.isalpha() for ch in word) or any(ch.isupper() for ch in word[1:])


_ANSWER_TURN_LINES = 3  # the lines of a turn an answer is looked for on
# A turn that corrects the speaker's last answer: "oeps u2204208 bedoel ik", "oops 764 I mean".
_CORRECTION = LazyPattern(
    r"(?i)(?<![a-z])(?:oeps|oops|oups|sorry|pardon|excuses|typfout|typo|correctie|correction|désolée?|"
    r"my bad|i mean|bedoel ik|je veux dire|ik bedoel|il fallait lire)(?![a-z])"
    r"|^(?i:no|nee|neen|non|nope)(?![a-z])"  # a turn that opens with no: "non 231, l'autre (321) c'était …"
)
# A login given as a pair: two words joined by '+', '/', '|' or ':' ("elke.v + Zomer2024", "jdoe / pw").
_PAIR = LazyPattern(r"[^\s+/|]++[ \t]{0,2}[+/|][ \t]{0,2}[^\s+/|]++")


_MASK_CHARS = frozenset("*•●xX")
# A date or an amount in an answer is no value: "ever since 3/9/2026", "er is EUR 338,07 afgeschreven".
_DATE_OR_AMOUNT = LazyPattern(
    r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4}|[$€£]?[0-9]{1,7}[.,][0-9]{2}|[$€£][0-9.,]{1,12}"
)


def _value_start(text: str, start: int, end: int, dates: bool = False) -> int:
    """Where the answer's value starts: after a lead-in ("oh here: 9311731", "it's kitten8763"), at its
    first word with a digit, or the whole answer when it is one word; -1 when none stands out. A date or
    a year is the value only when a date was asked for (`dates`)."""
    first = text[start:end].split(" ", 1)[0]
    if (
        first == text[start:end]
        or (_piece(text, start, end) and (first.isupper() or any(ch.isdigit() for ch in first)))
        or _PAIR.fullmatch(text, start, end) is not None
    ):
        return start  # "fatimay400", "NL 93 TRIO", "elke.v + Zomer2024"
    hedged = _hedged(text, start, end)
    if hedged != -1:
        return hedged  # "GerdBakker volgens mij"
    pos = start
    previous = ""
    words = text[start:end].split(" ")
    for index, word in enumerate(words):
        bare = word.rstrip(".!?,;")
        if (
            any(ch.isdigit() for ch in word)
            and (dates or _DATE_OR_AMOUNT.fullmatch(bare) is None)
            and "://" not in word
            and not word.startswith("www.")
            and not (previous and all(ch in _MASK_CHARS for ch in previous))
            and not bare.endswith("%")
            and not (index + 1 < len(words) and words[index + 1].startswith("%"))
            and not (previous and plausible_year(bare) and not dates)
        ):
            # (no date, amount, percentage, year in a sentence, link or masked number's tail: "ever since
            # 3/9/2026", "staat nog maar op 100 %", "client depuis 2010", "zie https://bit.ly/iZnmC4v.
            # 7661", "oude pas **** 7541")
            return pos
        pos += len(word) + 1
        previous = word
    low = text[start:end].lower()
    for match in _LEAD_IN_END.finditer(low):
        rest = low[match.end() :]
        if rest and " " not in rest.strip():
            return start + match.end()
    return -1


# Words around an answer's one value that say how sure the speaker is: "GerdBakker volgens mij", "euh
# francoise_2002", "der7uq1f right?", "zou Ajax1996? moeten zijn", "c'est 57.04.14-434-80 non ?".
_HEDGE_WORDS = frozenset(
    "euh eh ehm erm um umm uh uhm hmm euhm ah oh bah ben nou zou c'est it's its het is 't dat da's was "
    "i think guess so je crois pense ik denk geloof volgens mij moeten moet zijn be should right non toch "
    "normaal normalement normally probably waarschijnlijk misschien maybe peut-être hopelijk hopefully "
    "dacht thought".split()
)


def _hedged(text: str, start: int, end: int) -> int:
    """Where the one value-shaped word of an answer starts when every other word hedges it; else -1."""
    found = -1
    pos = start
    for word in text[start:end].split(" "):
        bare = word.strip("?!.,;:…")
        if bare and bare.lower() not in _HEDGE_WORDS and any(ch.isalnum() for ch in bare):
            if found != -1 or not _value_shaped(word):
                return -1
            found = pos
        pos += len(word) + 1
    return found


# An answer that refers back to the last question, after other turns: "ce que vous demandiez : 7271",
# "wat ge vroeg: 780609 241 05", "btw re your question, sunshine1977?", "Was nog vergeten: 03-30",
# "ah et le code de tout à l'heure : 694", "J'avais oublié de vous envoyer : ced7jfss".
_BACK_REFERENCE = LazyPattern(
    r"(?<![a-z])(?:(?:what|wat|ce que|waar) (?:you|je|jij|ge|u|vous|vos) (?:me )?(?:om )?"
    r"(?:asked|vroeg|vroegt|demandiez|demandez|avez demandé|m'avez demandé)|"
    r"(?:re|about|regarding|over|pour|voor) (?:your|je|uw|votre|ta) (?:question|vraag)|"
    r"you asked for|as (?:you )?requested|comme demandé|zoals gevraagd|"
    r"(?:was|had|ben) (?:ik )?(?:nog )?vergeten|forgot to (?:send|give|add|mention)|"
    r"oublié de vous (?:envoyer|donner|dire)|van (?:daar)?net|from (?:before|earlier)|de tout à l'heure)"
    r"(?![a-z])[ \t]*+[:,]?[ \t]*+"
)


def _back_reference(text: str, start: int, end: int) -> int:
    """Where the value of a turn that refers back to the last question starts; else -1."""
    match = _BACK_REFERENCE.search(text[start:end].lower())
    if match is None:
        return -1
    at = start + match.end()
    rest = text[at:end]
    if not rest or not (any(ch.isdigit() for ch in rest) or _value_shaped(rest.split(" ", 1)[0])):
        return -1
    return at


# Chat markup around a word: WhatsApp's bold, italics and strike-through, a code quote ("'t is *252424*",
# "code is `HJPK4T`"). In the view the marks become spaces (offsets stay), so the word reads as a value.
_MARKED = LazyPattern(r"(?<![\w*~`])([*_~`])((?:[^\s*_~`]|[ ](?=[^\s*_~`])){1,64}+)\1(?![\w*~`])")
_MARKS = ("*", "_", "~", "`")


def _unmarked(line: str) -> str:
    if not any(mark in line for mark in _MARKS):
        return line
    return _MARKED.pattern.sub(lambda match: " " + match.group(2) + " ", line)


def _cue_before_answer(
    view: View, parts: list[str], size: int, text: str, start: int, at: int, cue: str
) -> int:
    """Copy an answer's lead-in (text[start:at]) into the view, then the cue its question asked for; the
    answer's value starts right after it. Returns the view's new size."""
    if at > start:
        view.pieces.append((size, start, at - start))
        parts.append(text[start:at])
        size += at - start
    parts.append(cue)
    size += len(cue)
    view.answers.append(size)
    return size


def build_view(text: str) -> View | None:
    """The view of a transcript, or None when the text is not one."""
    lines = _lines(text)
    turns = _turns(text, lines)
    if turns is None:
        return None
    view = View()
    parts: list[str] = []
    size = 0
    previous_speaker: str | None = None
    previous_piece = False
    previous_word = ""
    joined = 0
    asked = ""  # the cue the next answer by another speaker follows
    firm = True  # whether any answer follows it, or only a bare value (_asked_for)
    asker: str | None = None
    pending = ""  # the last question's cue while no answer came: a later turn may refer back to it
    pending_asker: str | None = None
    asked_now = ""
    corrected = ""  # the cue of the last answer, which its speaker may still correct
    corrector: str | None = None
    open_next = False
    previous_open = True
    for turn in turns:
        speaker = turn.speaker
        body = [_trimmed(text, start, end) for start, end in turn.lines]
        body = [(start, end) for start, end in body if start < end]
        if not body:
            continue
        piece = len(body) == 1 and speaker is not None and _piece(text, *body[0])
        if (
            piece
            and previous_piece
            and speaker == previous_speaker
            and joined + body[0][1] - body[0][0] < _JOINED_MAX
        ):
            start, end = body[0]
            word = text[start:end]
            glue = " "
            if _IBAN_START.fullmatch(previous_word) and word.isalnum():
                glue = ""  # "NL05INGB0" + "918421926"
            elif (
                min(len(previous_word), len(word)) >= 12
                and _TOKEN_PART.fullmatch(previous_word)
                and _TOKEN_PART.fullmatch(word)
            ):
                glue = ""  # the halves of a token
            parts.append(glue)
            size += len(glue)
            view.pieces.append((size, start, end - start))
            parts.append(word)
            size += end - start
            joined += len(glue) + end - start
            previous_word = word
            continue
        if len(body) == 1 and _waiting(text[body[0][0] : body[0][1]]):
            previous_speaker = speaker
            previous_piece = False
            continue  # "ja": the answer is in the speaker's next turn
        if size:
            # another speaker answers on the next line; the same speaker's next message is apart
            # (after a turn that asked nothing, the other speaker's reply is no answer either: "et mon
            # identifiant⏎D'accord, inutile de les répéter" is no username)
            separator = "\n" if speaker != previous_speaker and (asked or previous_open) else "\n\n"
            parts.append(separator)
            size += len(separator)
        at = -1
        answer_line = 0
        answering = (
            bool(asked) and speaker is not None and asker is not None and (speaker != asker or open_next)
        )
        open_next = False
        back = -1
        if pending and speaker is not None and speaker != pending_asker:
            back = _back_reference(text, *body[0])
        if back != -1:
            at = back  # "ce que vous demandiez : 7271", turns after the question
            asked_now = pending
            asked = ""
            answering = False
        elif answering:
            own = _own_cue(text, body[0][0], body[0][1])
            if own is None:
                # on the turn's first line, or its next ones when the first holds none ("ever since
                # 3/9/2026⏎it's biscuit_football_princess40")
                for answer_line, (line_start, line_end) in enumerate(body[:_ANSWER_TURN_LINES]):
                    if answer_line and _own_cue(text, line_start, line_end) is not None:
                        break
                    if firm:
                        dates = asked in _DATE_ASKS  # (the last clause first: "ever since 1/2/2026 -- its …")
                        at = _later_answer(text, line_start, line_end, True) if dates else -1
                        if at == -1:
                            at = _value_start(text, line_start, line_end, dates)
                        if at == -1:
                            at = _later_answer(text, line_start, line_end)
                    else:
                        at = _hedged(text, line_start, line_end)  # (a bare value only: "7113")
                    if at != -1:
                        break
                if at != -1:
                    asked_now = asked
                    asked = ""
                    answering = False
            else:
                # "ordernummer #596562 trouwens. da's 3574": a number named in passing, the answer after it
                later = _later_answer(text, *body[0]) if own == "" else -1
                if later != -1:
                    at = later
                    asked_now = asked
                    asked = ""
                    answering = False
                # "dat van de sticker", "klantnummer? staat op factuur …", "Dat zijn de 3 cijfers achterop":
                # the turn says what the next one gives, whoever sends it; unless it gave the value
                # itself ("dat van de sticker, fy4f-hh4s-8drd": the agent's next turn is no answer)
                elif _gives_value(text, *body[0]):
                    asked = ""
                else:
                    asked = own or asked
                    open_next = True
        elif (
            corrected
            and speaker == corrector
            and _CORRECTION.search(text[body[0][0] : body[0][1]]) is not None
        ):
            # "oeps u2204208 bedoel ik", "sorry typfout, Haring2015#": the answer given again, corrected
            at = _value_start(text, body[0][0], body[0][1])
            if at != -1:
                asked_now = corrected
        if at != -1:
            corrected, corrector = asked_now, speaker
            pending = ""
        for index, (start, end) in enumerate(body):
            if index:
                parts.append("\n")
                size += 1
            if index == answer_line and at != -1:
                size = _cue_before_answer(view, parts, size, text, start, at, asked_now)
                start = at
            view.pieces.append((size, start, end - start))
            parts.append(_unmarked(text[start:end]))
            size += end - start
        if speaker is not None and not answering:
            # a turn that gives no value yet ("klantnummer? staat op factuur …") leaves the question open
            asked, firm = _asked_for(text, body)
            asker = speaker if asked else None
            if asked:
                pending, pending_asker = asked, speaker
            if speaker != corrector and _new_question(text, body):
                corrected = ""  # a new question ("What's your order number?"; not a bare "?")
        previous_speaker = speaker
        previous_piece = piece
        previous_open = text.find("?", body[0][0], body[-1][1]) != -1 or text[body[-1][1] - 1] == ":"
        previous_word = text[body[0][0] : body[0][1]] if piece else ""
        joined = len(previous_word)
    view.text = "".join(parts)
    return view


# An e-mail thread: its messages below each other, the newest first, each after a header line ("Op 3 mei
# schreef Eneco <…>:", "On 12 May, Jan wrote:", "Le 7 août, X a écrit :", "-----Original Message-----",
# "From: …" with its Sent/To/Subject lines), quoted with '>' or not. The customer answers the agent's
# question in the message above it, without a cue ("Wat is je gebruikersnaam?" below, "is jan.smit78"
# above): the thread's view holds only such answers, each after the cue its question asked for.
# The words a header line holds (found by plain searches: far cheaper than one expression over the text).
_WROTE_WORDS = ("schreef", "wrote", "a écrit", "schrieb")
_ORIGINAL_WORDS = ("original message", "oorspronkelijk bericht", "message d'origine", "forwarded message",
                   "doorgestuurd bericht", "message transféré")  # fmt: skip
_FIELD_WORDS = ("from:", "from :", "van:", "van :", "de:", "de :")
_HEADER_WORDS = (*_WROTE_WORDS, *_ORIGINAL_WORDS, *_FIELD_WORDS)
_DASHES = LazyPattern(r"-{2,}[ \t]*+")
_HEADER_FIELD = LazyPattern(
    r"(?:from|van|de|sent|verzonden|envoyé|date|datum|to|aan|à|cc|" + SUBJECT_WORDS + r")[ \t]?:"
)
_HEADER_MAX = 200
# The lines of a message that end its answer: the closing and what is under it.
_CLOSING = LazyPattern(r"(?:" + CLOSING_WORDS + r"|sent from|verzonden vanaf|envoyé de)(?![a-z])")
_GREETING = LazyPattern(
    r"(?:hallo|hello|hi|hey|hoi|dag|beste|geachte|dear|bonjour|bonsoir|madame|monsieur|cher|chère|"
    r"goedemorgen|goedemiddag|goedenavond|good morning|good afternoon)(?![a-z])"
)
# What stands before a thread's answer on its line ("is ineke.vanleeuwen78", "euh 4066", "ja 't is 972 441"):
# a line that says more ("incassant-id NL29ZZZ…", "sinds 2019", "iOS 17.4.1") is no bare answer.
_THREAD_LEAD_WORDS = (
    frozenset(
        """
        is it's its it was het 't da's dat dit c'est cest c est ewa um umm uh eh euh ehm hmm voilà voila here
        hier here's sorry oeps oops oups toch mijn my mon ma the de le la
        """.split()
    )
    | _ACKNOWLEDGEMENTS
    | {""}
)
_THREAD_WORDS_AFTER = 3
# Words one of which a question a thread's answer follows holds (a cheap look before reading the thread).
_ASK_HINTS = (
    "wachtwoord", "paswoord", "password", "passe", "pin", "puk", "code", "user", "login", "gebruiker",
    "identifiant", "wifi", "wi-fi", "key", "sleutel", "clé", "cvv", "cvc", "crypto", "iban", "rekening",
    "compte", "account", "rijksregister", "bsn", "burgerservice", "national", "voicemail", "messagerie",
    "sécurité", "security", "controle", "contrôle", "token", "inlog", "naam",
)  # fmt: skip
_CLOSING_REACH = 30
_ANSWER_LINES = 12
_ANSWER_WORDS = 6
# What a thread's answer may be: a credential, or a number its checksum proves (not a customer number, a
# date or a phone: a date in the next message is no date of birth for being asked for one before).
_THREAD_ASKS = frozenset(
    {_CANONICAL[kind] for kind in ("username", "password", "pin", "puk", "otp", "wifi_key", "api_key")}
    | {_TOPIC_CUE[kind] for kind in ("cvv", "iban", "national", "voicemail")}
    | {_ADMIN_PASSWORD}
)


def _thread_messages(text: str, low: str) -> list[tuple[int, int]] | None:
    """Where each message of an e-mail thread stands (its header lines left out), the oldest first;
    None when the text holds no second message. One search finds the header lines' words; only their
    lines are read."""
    headers = sorted({line for word in _HEADER_WORDS for line in _header_lines(low, word)})
    if not headers:
        return None
    messages: list[tuple[int, int]] = []
    start = 0
    for header_start, header_end in [*headers, (len(text), len(text))]:
        body = _after_header_fields(low, start, header_start)
        if body < header_start and low[body:header_start].strip("> \t\r\n"):
            messages.append((body, header_start))
        start = header_end
    if len(messages) < 2:
        return None
    messages.reverse()
    return messages


def _header_lines(low: str, word: str) -> list[tuple[int, int]]:
    """The lines a header's word makes a header line (start, end): "… schreef …:" ending in ':', a line
    that opens with "-----Original Message-----", a "From:" at a line's start (quote marks before it)."""
    found: list[tuple[int, int]] = []
    at = low.find(word)
    while at != -1:
        line_start = low.rfind("\n", 0, at) + 1
        line_end = low.find("\n", at)
        if line_end == -1:
            line_end = len(low)
        pos = line_start
        while pos < line_end and low[pos] in "> \t":
            pos += 1
        stop = line_end
        while stop > pos and low[stop - 1] in " \t\r":
            stop -= 1
        after = at + len(word)
        if stop - pos <= _HEADER_MAX and (
            (word in _FIELD_WORDS and at == pos)
            or (word in _ORIGINAL_WORDS and _DASHES.fullmatch(low, pos, at) is not None)
            or (
                word in _WROTE_WORDS
                and low[stop - 1] == ":"
                and not (at and low[at - 1].isalpha())
                and not (after < len(low) and low[after].isalpha())
            )
        ):
            found.append((line_start, line_end))
        at = low.find(word, line_end)
    return found


def _after_header_fields(low: str, start: int, end: int) -> int:
    """Where a message's text starts after the Sent/To/Subject lines of its header (and blank lines)."""
    while start < end:
        line_end = low.find("\n", start, end)
        if line_end == -1:
            line_end = end
        pos = start
        while pos < line_end and low[pos] in "> \t\r":
            pos += 1
        if pos < line_end and _HEADER_FIELD.match(low, pos) is None:
            return start
        start = line_end + 1
    return end


def _message_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a message with text on them, quote marks and spaces left out."""
    lines: list[tuple[int, int]] = []
    for line_start, line_end in _lines(text[start:end]):
        pos, stop = start + line_start, start + line_end
        while pos < stop and text[pos] in "> \t":
            pos += 1
        while stop > pos and text[stop - 1] in " \t\r":
            stop -= 1
        if pos < stop:
            lines.append((pos, stop))
    return lines


def _answer_line(text: str, low: str, body: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """The line of a message that answers the question before it (start, where its value starts, end):
    the first short line above the closing that names nothing and holds a value."""
    for start, end in body[:_ANSWER_LINES]:
        if (
            end - start <= _CLOSING_REACH
            and _CLOSING.search(low, start, end) is not None
            and not any(ch.isdigit() for ch in low[start:end])
        ):
            return None  # "Vriendelijke groeten,⏎Lotte": a name under the closing is no answer
        if (
            text[end - 1] in ",:"
            or _GREETING.match(low, start) is not None
            or _HEADER_FIELD.match(low, start) is not None
            or len(text[start:end].split()) > _ANSWER_WORDS
            or _own_cue(text, start, end) is not None
        ):
            continue  # "Hallo,", "Madame, Monsieur,", "Dear Georgia Power,", "Subject: dringend"
        at = _value_start(text, start, end)
        if at != -1:
            clause = _CLAUSE_BREAK.search(text, at, end)  # ("M-329387. poort 443 staat open": its clause)
            words = text[at : clause.start() if clause is not None else end].split()
            if not words or not _value_shaped(words[0]):
                return None  # a plain word ("Kristof"): no value
            if (
                all(word.strip(".,:;!-") in _THREAD_LEAD_WORDS for word in low[start:at].split())
                and len(words) <= _THREAD_WORDS_AFTER + 1
            ):
                return start, at, end
    return None


def build_thread_view(text: str, low: str) -> View | None:
    """The answers of an e-mail thread, each after the cue its question asked for, or None."""
    if "\n" not in text or not contains_any(low, _HEADER_WORDS) or not contains_any(low, _ASK_HINTS):
        return None
    messages = _thread_messages(text, low)
    if messages is None:
        return None
    view = View()
    parts: list[str] = []
    size = 0
    asked = ""
    newest = len(messages) - 1
    for index, (start, end) in enumerate(messages):
        answer = _answer_line(text, low, _message_lines(text, start, end)) if asked else None
        if answer is not None:
            start, at, end = answer
            size = _cue_before_answer(view, parts, size, text, start, at, asked)
            view.pieces.append((size, at, end - at))
            parts.append(_unmarked(text[at:end]) + "\n\n")
            size += end - at + 2
        message_start, message_end = messages[index]
        asked = ""
        asking = (
            text.find("?", message_start, message_end) != -1
            or _REQUEST.search(low, message_start, message_end) is not None
        )
        if index < newest and asking:  # (the newest message is answered by none)
            asked, firm = _asked_for(text, [(message_start, message_end)])
            if asked not in _THREAD_ASKS or not firm:
                asked = ""
    if not view.answers:
        return None
    view.text = "".join(parts)
    return view


def _speaker_phones(text: str, out: list[Span]) -> None:
    for start, end in _lines(text):
        if start == end:
            continue
        match = _STAMPED.match(text, start, end)
        if match is None:
            match = _HEADER.fullmatch(text, start, end)
        if match is None:
            continue
        name_start, name_end = _trimmed(text, *match.span("name"))
        if (
            _PHONE_NAME.fullmatch(text, name_start, name_end)
            and sum(ch.isdigit() for ch in text[name_start:name_end]) >= 8
            and validators.phone_valid(text[name_start:name_end])  # not the company's own line (0800 …)
        ):
            out.append(Span(name_start, name_end, "phone"))


# The quick look, one pass over the line starts (a literal line break first: the search skips to it):
# a time stamp, a "Name: " prefix, or a short line after a blank one with text under it (Messenger).
# The runs are possessive: what follows each ('-', ':', a line break) is a character the run cannot
# take, so giving characters back never finds a match and only cost a step per character (half the
# quick look's time on long e-mails).
_QUICK = LazyPattern(
    r"\n(?:\[?[0-9]{1,4}+(?:[-/.][0-9]{1,2}+(?:[-/.][0-9]{2,4}+)?,?[ \t]"
    r"|\.?[ \t][^\W\d_]{3,10}+\.?(?:[ \t][0-9]{4}+)?,?[ \t][0-9]{1,2}+[:.u]"
    r"|:[0-9]{2}(?:[ \t]?[apAP]\.?[mM]\.?)?(?:\]|[ \t][^\W\d_][^:\n]{0,39}+:[ \t]"
    r"|[ \t][-–][ \t][^\W\d_][^:\n\-–]{0,39}+(?<=[ \t])[-–][ \t]))"  # ("17:41 - Chatbot - …")
    # ("Rhys (14:09): …")
    r"|[^\W\d_][^:\n()]{0,39}+\([0-9]{1,2}[:.][0-9]{2}(?:[ \t]?[apAP]\.?[mM]\.?)?\):[ \t]"
    r"|(?P<named>[^\W\d_][^:\n]{0,39}+):[ \t]"
    r"|\n(?P<block>[^\n]{1,40}+)(?=\n[^\n]))"
)

_NAMED_LINE = LazyPattern(r"([^\W\d_][^:\n]{0,39}+):[ \t]")
_QUICK_BLOCKS = LazyPattern(r"\n\n([^\n]{1,40}+)(?=\n[^\n])")


def _repeats(names: list[str]) -> bool:
    """At least three, two of them the same and another one different: two speakers take turns."""
    if len(names) < _NAMED_MIN_LINES:
        return False
    seen: set[str] = set()
    twice = False
    for name in names:
        key = name.strip()
        twice = twice or key in seen
        seen.add(key)
    return twice and len(seen) >= 2


def looks_like_transcript(text: str) -> bool:
    """Cheap gate: two stamped lines or speaker headers, or speakers' names that repeat at line starts."""
    if "\n" not in text:
        return False  # (two stamped lines make a chat: "[13/8 14:15] Agent: Welk wachtwoord?⏎[13/8 14:18] …")
    if ("[" in text and text.count(", [") >= _VIEW_MIN_LINES) or (
        "·" in text and text.count(" · ") >= _VIEW_MIN_LINES
    ):
        return True
    if text.count(" - ") >= _NAMED_MIN_LINES and _repeats(_DASHED_LINE.pattern.findall(text)):
        return True  # "Klant - …⏎Adviseur - …⏎Klant - …"
    if text.count(":") < _VIEW_MIN_LINES:
        # no stamped or "Name: " lines: only Messenger blocks are left to look for
        return text.count("\n\n") >= _VIEW_MIN_LINES and _repeats(
            _QUICK_BLOCKS.pattern.findall("\n\n" + text)
        )
    # (one findall, no match objects: the gate runs on every message with two colons)
    named: list[str] = []
    blocks: list[str] = []
    stamps = 0
    for name, block in _QUICK.pattern.findall("\n\n" + text):
        if name:
            named.append(name)
        elif block:
            blocks.append(block)
            named_block = _NAMED_LINE.match(block)
            if named_block is not None:  # a short first line is a speaker's too ("Agent: Welke code?")
                named.append(named_block.group(1))
        else:
            stamps += 1
    if stamps >= _VIEW_MIN_LINES:
        return True
    return _repeats(named) or _repeats(blocks)


# A random-looking key that answers a question about a wifi or account password is that password
# ("Wat is je wifi-wachtwoord?⏎… ok 1541535AA3BA958B768C9AAFF1").
_KEY_ANSWERS = frozenset({("api_key", "wifi_key"), ("api_key", "password")})
_MACHINE_KINDS = frozenset({"api_key", "token"})
# Kinds a value has by the words around it, not by its shape.
_WORD_KINDS = frozenset({"customer_number", "password", "username", "pin", "otp", "puk", "wifi_key", "cvv"})


def detect_transcript(text: str, detect: Callable[[str], list[Span]], out: list[Span]) -> None:
    """Spans found in the view of a transcript, mapped back onto the text."""
    view = build_view(text) if looks_like_transcript(text) else None
    if view is not None:
        _speaker_phones(text, out)
    else:
        view = build_thread_view(text, text.lower())
        if view is None:
            return
    if not view.text:
        return
    found = [(span.start, span.end) for span in out]
    answers = set(view.answers)
    low = ""
    for span in detect(view.text):
        pieces = view.to_original(span.start, span.end)
        if len(pieces) == 1 and span.start in answers:
            # an answer to the question turns before it: the question names its kind, not the words
            # beside it ("Client : 771 204" after "Quel code avez-vous reçu ?" is a code, no client number)
            # (only a kind read from the words around it, and only the same value: a phone, a token or a
            # login pair the text alone found keeps its own reading)
            start, end = pieces[0]
            if span.type in _WORD_KINDS:
                out[:] = [
                    other
                    for other in out
                    if other.type == span.type
                    or (other.type not in _WORD_KINDS and (other.type, span.type) not in _KEY_ANSWERS)
                    or (other.start, other.end) != (start, end)
                ]
                found = [(other.start, other.end) for other in out]
        if len(pieces) == 1 and any(start <= pieces[0][0] and pieces[0][1] <= end for start, end in found):
            continue  # the text alone found it already (and knew its type from the whole message)
        if any(_cuts_word(text, start, end) for start, end in pieces):
            continue  # "erreur LOGIN_FAILED_55": a value never starts or ends inside a word
        if span.type in _MACHINE_KINDS and len(pieces) == 1:
            low = low or text.lower()  # (once per message, and only when a key comes out of the view)
            if shown_in_the_open(low, pieces[0][0], pieces[0][1]):
                continue  # "checksum doesn't match: be842bae…": the view left the label out, the text has it
        for start, end in pieces:
            out.append(Span(start, end, span.type))


def _cuts_word(text: str, start: int, end: int) -> bool:
    def inner(left: str, right: str) -> bool:
        return (left.isalnum() or left == "_") and (right.isalnum() or right == "_")

    return (start > 0 and inner(text[start - 1], text[start])) or (
        end < len(text) and inner(text[end - 1], text[end])
    )
