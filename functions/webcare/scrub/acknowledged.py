"""Values an agent says were received or entered: "Merci, ik heb TheFrit_NL genoteerd.", "D'accord,
gregory_1970 est encodé.", "Ok, 609336 is ingevoerd.", "Je gaf xXShadow_NL door, maar dat geeft een
foutmelding.", "Even checken: 7311, klopt da?", "I see 055 in the system, is that right?", "You should
have received a code just now; our system shows 58252."

An agent's reply often holds the value alone, without the customer's message it answers: what was asked
is not there, so the value's shape says what it is, as for a message that holds nothing but a code
(`situations._alone_kind`): a login name (letters with digits, a dot or an underscore, or a name written as
one word) is a username, four digits a PIN, five to eight digits or capitals with digits a one-time code,
a number that passes a national number's check that number. Nothing else is read: not a date or a month,
an amount, a masked value, an address, a number with its own shape ("CUS-42025022", "1.6337.881"), nor
the first group of a longer number ("j'ai noté 0486 401 106"). Runs last: a value the conversation typed
(its answer, its copies) keeps that type.
"""

from __future__ import annotations

from webcare.scrub import secret_shapes as creds
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.situations import _alone_kind
from webcare.scrub.textutil import Span, contains_any, free_of

__all__ = ["detect_acknowledged"]

_HINTS = ("genoteerd", "ingevoerd", "ingevuld", "noté", "encodé", "entered", "noted", "system", "systeem",
          "système", "checken", "gaf ", "vérifier", "you sent", "you've sent", "you have sent",
          "hebt gestuurd", "heeft gestuurd", "hebt verstuurd", "heeft verstuurd", "hebt gedeeld",
          "heeft gedeeld", "avez envoyé")  # fmt: skip
_VALUE = r"([^\s,;!?'\"()<>]{3,40}+)"  # one group per frame: only one takes part in a match
_ACKNOWLEDGED = LazyPattern(
    # the value before the words: "609336 is ingevoerd", "gregory_1970 est encodé", "7113 has been entered"
    r"(?<![^\s,;!?'\"()<>])" + _VALUE
    + r"[ \t]++(?:is[ \t]++(?:ingevoerd|genoteerd|ingevuld)|est[ \t]++(?:encodé|noté)|"
    r"a[ \t]++été[ \t]++(?:encodé|noté)|has[ \t]++been[ \t]++(?:entered|noted))"
    # the value after them: "ik heb X genoteerd", "j'ai noté X", "I've noted X", "Je gaf X door"
    r"|(?<![a-z])(?:ik[ \t]++heb|heb[ \t]++ik)[ \t]++" + _VALUE
    + r"[ \t]++(?:genoteerd|ingevoerd|ingevuld)"
    r"|(?<![a-z])(?:j'ai[ \t]++(?:bien[ \t]++)?(?:noté|encodé)|i've[ \t]++(?:noted|entered)|"
    r"i[ \t]++have[ \t]++(?:noted|entered)|i'll[ \t]++enter|even[ \t]++checken:|just[ \t]++checking:|"
    r"pour[ \t]++vérifier[ \t]*+:|(?:our|the)[ \t]++system[ \t]++shows|(?:ons|het)[ \t]++systeem[ \t]++toont|"
    r"(?:notre|le)[ \t]++système[ \t]++(?:indique|affiche))"
    r"[ \t]++" + _VALUE
    + r"|(?<![a-z])(?:je|u|jij)[ \t]++gaf[ \t]++" + _VALUE + r"[ \t]++door"
    r"|(?<![a-z])(?:ik[ \t]++zie|i[ \t]++see|je[ \t]++vois)[ \t]++" + _VALUE
    + r"[ \t]++(?:in|dans)[ \t]++(?:het|ons|the|our|le|notre)[ \t]++(?:systeem|system|système)"
)
# A secret the agent saw the customer send, to be changed: "I can see you sent harbor-rocket51 - please
# change it", "Ik zie dat je cAtGrXonCCTkaPS0 hebt gestuurd", "je vois que vous avez envoyé …". A password
# where a password is spoken of and the word looks chosen or generated.
_SEEN_SENT = LazyPattern(
    r"(?<![a-z])(?:i|we)[ \t]++(?:can[ \t]++)?see[ \t]++(?:that[ \t]++)?you(?:'ve|[ \t]++have)?[ \t]++"
    r"sent[ \t]++" + _VALUE
    + r"|(?<![a-z])(?:ik|we|wij)[ \t]++zien?[ \t]++dat[ \t]++(?:je|u|jij)[ \t]++" + _VALUE
    + r"[ \t]++(?:hebt|heeft)[ \t]++(?:gestuurd|verstuurd|gedeeld)"
    r"|(?<![a-z])(?:je[ \t]++vois|nous[ \t]++voyons)[ \t]++que[ \t]++vous[ \t]++(?:nous[ \t]++)?avez[ \t]++"
    r"envoyé[ \t]++" + _VALUE
)
_PASSWORD_SPOKEN = ("password", "wachtwoord", "paswoord", "mot de passe", "mdp", "passwort")
# (or the change asked right after it, the password's word typed in haste: "… your paswsord … I can see you
# sent X - pleae change it now", "wijizg dit direct")
_CHANGE_ASKED_AFTER = LazyPattern(r"[^\n]{0,24}?(?<![a-z])(?:chang|wij[a-z]{1,2}[zg]|verander|modifi|reset)")
_NOT_VALUE_SIGNS = frozenset("/:@*•●€$£%+#")
_MASKS = frozenset("*•●xX")
_CODE = LazyPattern(r"(?=[A-Z]{0,7}[0-9])(?=[0-9]{0,7}[A-Z])[A-Z0-9]{5,8}|[0-9]{3}-[0-9]{3}")


def _kind(value: str) -> str:
    """What an acknowledged value is by its shape alone; "" when its shape does not tell."""
    if any(ch in _NOT_VALUE_SIGNS for ch in value):
        return ""  # a date, an amount, a masked value, an address
    if creds._strong_username(value) or creds._name_shaped(value):
        return "username"  # "TheFrit_NL", "petl0fa1", "gregory_1970"
    if value.isdigit():
        return _alone_kind(value, value)
    if _CODE.fullmatch(value) is not None:
        return "otp"  # "UT5DLQ", "690-893"
    return ""  # ("02-2026" a month, "CUS-42025022" or "1.6337.881" a number with its own shape)


def detect_acknowledged(text: str, out: list[Span]) -> None:
    """Add the values an agent acknowledges (see the module's docstring) that nothing took, the copies of
    values typed by their context among them (`repeats`, which runs first)."""
    if not contains_any(text, _HINTS):
        return  # (most messages; the hints are small words, a message in capitals was unshouted before)
    low = text.lower()
    if len(low) != len(text):
        return  # (a few characters lower-case to two: offsets would shift)
    for match in _ACKNOWLEDGED.finditer(low):
        start, end = match.span(match.lastindex or 0)
        while end > start and text[end - 1] == ".":
            end -= 1
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
            continue  # "j'ai noté 0486 401 106": the first group of a longer number
        if text[max(0, start - 2) : start].strip()[-1:] in _MASKS:
            continue  # "BE•• •••• •••• 9286 is ingevoerd": a masked number's last digits
        kind = _kind(text[start:end])
        if kind and free_of(out, start, end):
            out.append(Span(start, end, kind))
    spoken = contains_any(low, _PASSWORD_SPOKEN)
    for match in _SEEN_SENT.finditer(low):
        start, end = match.span(match.lastindex or 0)
        while end > start and text[end - 1] in ".:":
            end -= 1
        value = text[start:end]
        if (
            not value.isdigit()
            and creds._secret_like(value)
            and (spoken or _CHANGE_ASKED_AFTER.match(low, end) is not None)
            and free_of(out, start, end)
        ):
            out.append(Span(start, end, "password"))
