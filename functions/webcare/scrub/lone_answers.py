"""Digits alone on their line with only a filler or a hedge around them: "it's 8160", "> 408631 denk ik", "euh
747", "oops 60441 I mean", "ja 't is 972 441", "c'est 006933 !". A customer answers a question for a code in a
chat or a quoted reply, where the question may sit far above, in another quote level, or be cut off.

Nothing else on the line says what the digits are, so their count does, as a care agent would read them:
three a card's security code, four or five a PIN, six a one-time code, seven a customer's number, eight a
one-time code (or a date of birth when they read as one: "26101990!"), nine to twelve (in groups too:
"672-939-205", "140.022.584") a customer's number, when no phone, BSN or card detector took them. A year
("it's 2019") and a date are left. Runs after the cue-based detectors, so a value a question named keeps
the question's type.
"""

from __future__ import annotations

import re

from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import NUMERIC_DATE, Span, free_of, plausible_year

# Before the digits: a copula or a sound of thinking ("it's", "c'est", "da's", "ja 't is", "um", "euh",
# "oops", "sorry typo,"). After them: a hedge or a thanks ("denk ik", "I think", "je crois", "I mean",
# "toch?", "cheers", "!", "👍").
_FILLER = (
    r"(?:it'?s|it[ ]is|is|c'?est|c[ ]est|da'?s|(?:ja[ ])?'?t[ ]is|het[ ]is|dat[ ]is|um+|uh+|euh+|eh+|ewa|"
    r"oops|oeps|oups|sorry(?:[ ]typo|[ ]typfout)?,?|hmm+|ah+)"
)
_HEDGE = (
    r"(?:denk[ ]ik|i[ ]think|je[ ]crois|je[ ]pense|i[ ]mean|bedoel[ ]ik|toch|right|cheers|volgens[ ]mij|"
    r"geloof[ ]ik|not[ ]sure|of[ ]zo|🙏)"  # (hands folded after the digits: "here it is, please")
)
_DIGITS = r"([0-9]{3,12}|[0-9]{3}[ \-][0-9]{3}|[0-9]{2,4}(?:([.\- ])[0-9]{2,4}){2,3})"
_LONE = LazyPattern(
    r"^[> \t]*+(?:(" + _FILLER + r")[ \t]++)?" + _DIGITS + r"(?:[ \t]*+(?P<hedge>" + _HEDGE + r"))?"
    r"[ \t]*+[.!?👍🙏]*+[ \t]*+$",
    re.IGNORECASE | re.MULTILINE,
)
_KIND_BY_COUNT = {3: "cvv", 4: "pin", 5: "pin", 6: "otp", 7: "customer_number", 8: "otp"}
# Nine digits or more that no phone, BSN, card or IBAN detector took: an account's number ("it's
# 672-939-205", "het is 9486764", "euh 473137391").
_LONGER = "customer_number"
_NOT_DIGIT = re.compile(r"[^0-9]")
_DATE_8 = re.compile(r"(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19[2-9][0-9]|200[0-9])")


def detect_lone_answers(text: str, out: list[Span]) -> None:
    if "\n" not in text:
        return
    for match in _LONE.finditer(text):
        if match.group(1) is None and match.group("hedge") is None:
            continue  # digits alone, nothing that answers: an order's number pasted, a total
        start, end = match.span(2)
        digits = _NOT_DIGIT.sub("", text[start:end])
        if plausible_year(digits) or not free_of(out, start, end) or NUMERIC_DATE.fullmatch(text, start, end):
            continue
        kind = "date_of_birth" if _DATE_8.fullmatch(digits) else _KIND_BY_COUNT.get(len(digits), _LONGER)
        out.append(Span(start, end, kind))
