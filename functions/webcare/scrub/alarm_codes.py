"""An alarm's code named by the alarm, not by the word "code": "alarme 1172", "het alarm: 3681", "Het alarm
gaat af na 30 sec, uitzetten met 4778", "L'alarme se désactive avec 4617", "the alarm, disarm it with 2231";
a door's or a gate's, by what it opens with: "de deur van de kantine gaat open met 4471#"; and a locker's,
by what its user set it to: "can't open locker 112, I set it to 3964".

The household keeps that code, as it keeps a key safe's: a PIN. Its digits come right after the alarm's
name (a colon or a copula between them), or after the words that switch the alarm off in the same sentence.
A year right after the name is a year ("alarm 2019"); a number with a unit is a time or an amount ("alarm
gaat af na 30 sec"); a phone's groups run on ("alarmcentrale 0800 1234" is no PIN). A value another detector
took keeps its type.
"""

from __future__ import annotations

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import UNIT_AFTER, Span, free_of, is_reference_at, plausible_year

# The digits a keypad takes: four to six, a star before them or a confirming '#' after them, or said one by
# one or in pairs ("1-0-8-7", "43-19").
# (A letter may lead four or five digits, as a holiday home's keypads take them: "Alarm uitzetten met C1923".)
_CODE = (
    r"(\*?(?:[a-z](?=[0-9]{4,5}(?![0-9])))?[0-9]{4,6}#?|[0-9](?:-[0-9]){3,5}|[0-9]{2}-[0-9]{2})"
    r"(?![0-9A-Za-z]|[ .,/\-][0-9])"
)
_ALARM = LazyPattern(r"(?<![a-z])alarme?(?:systeem|système|system|installatie)?(?![a-z])")
# Right after the alarm's name: "alarme 1172", "alarm: 3681", "alarm is 7223", "l'alarme, c'est 0002".
_RIGHT_AFTER = LazyPattern(
    r"[ \t]{0,3}(?:[:=]|,?[ \t]{0,3}(?:is|est|c'est|was|était))?[ \t]{0,3}" + _CODE
)
# Switched off with: "uitzetten met 4778", "schakel je uit met 09590", "se désactive avec 4617", "disarm it
# with 2231" (in the alarm's sentence).
_SWITCHED_OFF = LazyPattern(
    r"[^.!?\n]{0,48}?(?<![a-z])(?:uitzetten|uitschakelen|uitgezet|uit te zetten|schakel[a-z]{0,3} je uit|"
    r"zet je uit|ontkoppel[a-z]{0,3}|d[ée]sactiv[a-z]{0,4}|d[ée]sarm[a-z]{0,4}|disarm[a-z]{0,3}|"
    r"deactivat[a-z]{0,3}|turn(?:ed)? (?:it )?off|switch(?:ed)? (?:it )?off)"
    r"(?:[ \t]++(?:it|het|hem|l'|la|le))?[ \t]++(?:met|with|avec|using|via|by)[ \t]++(?:de code[ \t]++|"
    r"the code[ \t]++|le code[ \t]++|code[ \t]++)?" + _CODE
)
# Switched off before the alarm is named, the code after it: "disarm the alarm with 7240", "je schakelt het
# alarm uit met 4409".
_DISARM_BEFORE = LazyPattern(
    r"(?<![a-z])(?:disarm|deactivate|switch off|turn off|schakel[a-z]{0,3}|zet|d[ée]sactiv[a-z]{0,4}|"
    r"d[ée]sarm[a-z]{0,4})[ \t]++(?:(?:the|het|de|l'|le|la|your|je|jouw|uw|ton|votre)[ \t]*+)?$"
)
_WITH_AFTER = LazyPattern(
    r"[ \t]{1,3}(?:(?:uit|off)[ \t]{1,3})?(?:met|with|avec|using)[ \t]++(?:(?:de |the |le )?code[ \t]++)?"
    + _CODE
)
_DISARM_REACH = 24
# With its code right after the alarm's name, the system's make in brackets between: "daarna alarm (Ajax Hub 2
# Plus) met 887060#", "the alarm with 2231".
_WITH_RIGHT_AFTER = LazyPattern(
    r"(?:[ \t]*+\([^()\n]{1,40}\))?[ \t]++(?:met|with|avec)[ \t]++(?:(?:de |the |le )?code[ \t]++)?" + _CODE
)
# Told in the alarm's sentence, with a second guess after it: "ik ben mijn code van het alarm vergeten, het is
# 4735 of *3928", "I forgot the alarm code, it's 9605 or 36728", "le code de l'alarme, c'est 0970 ou 71598".
_TOLD = LazyPattern(
    r"[^.!?\n]{0,40}?(?<![a-z])(?:is|was|est|c'est|it's|its|ist)[ \t]++" + _CODE
)
_OTHER_GUESS = LazyPattern(r"[ \t]++(?:of|or|ou|oder|en|and)[ \t]++" + _CODE)


# A door or a gate that opens with a code: "de deur van de kantine gaat open met 4471#", "the gate opens with
# 2580", "le portail s'ouvre avec 7391" (in the door's sentence).
_OPENS_WITH = LazyPattern(
    r"(?<![a-z])(?:deur|voordeur|poort|hek|slagboom|door|gate|porte|portail|barrière|kluis|locker|casier)"
    r"[^.!?\n]{0,32}?(?<![a-z])(?:gaat open met|gaat open via|opent met|open je met|opens with|open it with|"
    r"s'ouvre avec|ouvre avec|s'ouvre via)[ \t]++(?:(?:de|the|le)[ \t]++)?(?:code[ \t]++)?"
    r"(?:#(?=[0-9]{4,6}(?![0-9])))?" + _CODE
)
_OPENS_HINTS = ("open met", "opent met", "open je met", "opens with", "open it with", "ouvre avec",
                "ouvre via", "open via")  # fmt: skip


# A locker's or a padlock's code its user set, in the lock's sentence: "can't open locker 112, I set it to
# 3964", "kluisje 112 krijg ik niet open, ik had 0461 ingesteld", "le casier, je l'avais réglé sur 2287".
_SET_BY_USER = LazyPattern(
    r"(?<![a-z])(?:kluisje|kluis|locker|casier|cadenas|hangslot|padlock|combination lock|cijferslot)"
    r"[^.!?\n]{0,48}?(?<![a-z])(?:(?:set|changed)[ \t]++(?:it|the code|the lock|the combination)?[ \t]*+to"
    r"|(?:ingesteld|gezet)[ \t]++op|r[ée]gl[ée][ \t]++sur|mis[ \t]++sur"
    r"|(?:had|heb|heeft)(?=[ \t]++[0-9*]{4,7}[ \t]++(?:inge[a-z]{3,6}|gekozen)(?![a-z])))[ \t]++" + _CODE
)
_SET_HINTS = ("set", "changed", "ingest", "inget", "gezet", "gekozen", "réglé", "regle", "mis sur")


def detect_alarm_codes(low: str, out: list[Span]) -> None:
    if any(hint in low for hint in _OPENS_HINTS):
        for door in _OPENS_WITH.finditer(low):
            if not plausible_year(door.group(1)):  # ("gaat open met #7756": a keypad's key, no reference's)
                _add_code(low, *door.span(1), out, keyed=low[door.start(1) - 1 : door.start(1)] == "#")
    if any(hint in low for hint in _SET_HINTS):
        for lock in _SET_BY_USER.finditer(low):
            if not plausible_year(lock.group(1)):
                _add_code(low, *lock.span(1), out)
    if "alarm" not in low:
        return
    for alarm in _ALARM.finditer(low):
        value = _RIGHT_AFTER.match(low, alarm.end())
        if value is not None and plausible_year(value.group(1)):
            value = None  # "alarm 2019": a year
        if value is None:
            value = _SWITCHED_OFF.match(low, alarm.end()) or _WITH_RIGHT_AFTER.match(low, alarm.end())
        if value is None and _DISARM_BEFORE.search(low, max(0, alarm.start() - _DISARM_REACH), alarm.start()):
            value = _WITH_AFTER.match(low, alarm.end())
        guess = None
        if value is None:
            value = _TOLD.match(low, alarm.end())
            guess = _OTHER_GUESS.match(low, value.end()) if value is not None else None
            if value is not None and plausible_year(value.group(1)):
                value = None  # "het alarm is van 2019"
        if value is None:
            continue
        _add_code(low, *value.span(1), out)
        if guess is not None:
            _add_code(low, *guess.span(1), out)


def _add_code(low: str, start: int, end: int, out: list[Span], keyed: bool = False) -> None:
    if UNIT_AFTER.match(low, end) or not free_of(out, start, end):
        return
    if is_reference_at(low, start) and not keyed:
        return
    out.append(Span(start, end, "pin"))
