"""The detectors: find spans of sensitive data in one text.

`detect_all` decides which detector runs and in what order. The detectors live by subject in
`credentials` (values after cue words), `tokens` (known shapes, auth headers, secrets in links),
`contact` (e-mail, IP addresses, dates of birth, postcodes and streets around short number runs),
`numbers` (cards, IBAN, BSN, phone numbers) and `addresses` (street and postal lines); `textutil`
holds what they share. `transcript` runs them all again on a chat export without its speaker prefixes;
`learned` types, after them, the credential-shaped words they left near a cue (a learned model);
`look_alikes` has the last word on what they found, and reads a message typed in capitals in small letters.

Speed matters (one ingest Lambda scrubs every message) and so does linear time on hostile input.
Python's `re` backtracks: two repeats that can take the same character, side by side or across
optional parts (`[ \t]*(?:is)?[ \t:]*`), try every split of a long run of it before failing, which
is quadratic. So every unbounded run that could give characters back to a neighbour is possessive
(`*+`, `++`) or inside an atomic group (`(?>...)`); a searched expression that starts with a run
starts only where the run starts; all other repetition is bounded. tests/unit/scrub checks each
expression on input generated from its own parse tree. The expensive passes are gated by cheap
substring tests: most messages contain no '@', no '://', and only a few digits.
Detectors return candidate spans; `scrubber` resolves overlaps and applies the policy.
"""

from __future__ import annotations

from webcare.scrub import addresses
from webcare.scrub.acknowledged import detect_acknowledged
from webcare.scrub.alarm_codes import detect_alarm_codes
from webcare.scrub.code_lists import detect_code_lists
from webcare.scrub.connection_ids import detect_connection_ids
from webcare.scrub.contact import (
    detect_dates_of_birth,
    detect_emails,
    detect_ip_addresses,
    detect_labelled_postcodes,
)
from webcare.scrub.credentials import detect_credentials
from webcare.scrub.fallback import detect_leftovers
from webcare.scrub.glued import mapped_back, spaced, unglued
from webcare.scrub.held_cards import detect_held_cards
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.learned import detect_learned
from webcare.scrub.lone_answers import detect_lone_answers
from webcare.scrub.look_alikes import (
    ACTIVATION_HINTS,
    CAPITALS_TALK_HINTS,
    CODE_HOSTS,
    OPENING_HINTS,
    drop_look_alikes,
    drop_network_names,
    drop_parts_of_wholes,
    shouted,
    type_activation_codes,
    type_by_capitals_talk,
    type_opening_codes,
    type_sim_codes,
    unshouted,
)
from webcare.scrub.named_accounts import detect_named_accounts
from webcare.scrub.national_ids import detect_national_ids
from webcare.scrub.noted_lists import detect_noted_lists
from webcare.scrub.numbers import detect_card_context, detect_numbers
from webcare.scrub.repeats import detect_others, detect_repeats
from webcare.scrub.slipped_cues import read_slipped_cues
from webcare.scrub.spoken_numbers import detect_spoken_numbers
from webcare.scrub.textutil import Span, blank_placeholders, contains_any, scrubbed_spans, unmarked_labels
from webcare.scrub.tokens import (
    detect_random_keys,
    detect_strong_passwords,
    detect_tokens,
    detect_url_secrets,
    drop_shown_in_the_open,
    url_spans,
)
from webcare.scrub.told_codes import detect_told_codes
from webcare.scrub.transcript import detect_transcript

__all__ = ["Span", "detect_all"]


# "**** **** **** 1234", "xxxx-xxxx-xxxx-5708", "••••••••", "NL** **** **92": already masked by
# someone; the mask and the last digits it leaves are no finding.
# ("xxx-xxx-008", "XXX-XX-1278": a group of three x's, then more groups of two or more)
_MASKED = LazyPattern(
    r"(?:[*•●]{2,}|[xX]{4}|[xX]{3}(?=[ \-./][xX]{2}))(?:[ \-./]?(?:[*•●]{2,}|[xX]{2,4}))*+"
    r"(?:[ \-./]?[0-9]{1,4}(?![0-9]))?"
)


def _drop_masked(text: str, low: str, spans: list[Span]) -> list[Span]:
    if "**" not in text and "••" not in text and "●●" not in text and "xxxx" not in low and "xxx-" not in low:
        return spans
    masked = [match.span() for match in _MASKED.finditer(text)]
    if not masked:
        return spans
    return [s for s in spans if not any(start < s.end and s.start < end for start, end in masked)]


# A macro's field that the helpdesk fills in later: "<temp_password>", "{{otp}}", "[new_password]", "%PIN%":
# a name in snake case or capitals between brackets or percent signs that names a kind of value.
_TEMPLATE_FIELD = LazyPattern(
    r"(?:<|\{\{?|\[|%)[ ]?(?:[a-z]++(?:[_.][a-z]++)*+|[A-Z]++(?:[_.][A-Z]++)*+)[ ]?(?:>|\}\}?|\]|%)"
)
_FIELD_KINDS = LazyPattern(
    r"(?<![a-z])(?:temp|new|nieuw|tijdelijk)?(?:password|wachtwoord|passwd|pwd|pass|code|pin|puk|otp|token|"
    r"key|user(?:name)?|login|naam|name|number|nummer|nr|id|ref|email|mail|phone|iban|card)(?![a-z])"
)


def _drop_template_fields(text: str, spans: list[Span]) -> list[Span]:
    if not any(sign in text for sign in "<{[%"):
        return spans
    # (a field in braces is a macro's whatever it names: "bezorgd op {delivery_date}")
    fields = [
        match.span()
        for match in _TEMPLATE_FIELD.finditer(text)
        if match.group()[0] == "{"
        or _FIELD_KINDS.search(match.group().lower().replace("_", " ").replace(".", " "))
    ]
    if not fields:
        return spans
    return [s for s in spans if not any(start <= s.start and s.end <= end for start, end in fields)]


def detect_all(text: str) -> list[Span]:
    """Every candidate span in the text (overlapping, unsorted)."""
    if shouted(text):
        text = unshouted(text)  # (the spans' offsets stay those of the text as written)
    low = text.lower()
    cuts = unglued(text, low) if len(low) == len(text) else []
    if cuts:  # "mijn nummer06 83 15 28 96": read with the spaces a thumb missed, found on the text as written
        return mapped_back(_detect_whole(spaced(text, cuts)), cuts)
    return _detect_whole(text)


def _detect_as_written(text: str) -> list[Span]:
    out = _detect(text)
    detect_transcript(text, _detect, out)  # a chat export read again turn by turn, without its prefixes
    detect_repeats(text, out)  # "Ok, 7113 has been entered": a value written again is the same value
    detect_others(text, out)  # "the right one is 547730. the earlier one (103-940) expired": its sibling
    detect_acknowledged(text, out)  # "Merci, ik heb TheFrit_NL genoteerd.": what is left, by its shape
    return out


def _detect_whole(text: str) -> list[Span]:
    out = _detect_as_written(text)
    read_slipped_cues(text, out, _detect_as_written)  # "Klaitnummer KL00416434": a cue typed with a slip
    return out


def _detect(written: str) -> list[Span]:
    """Every detector on the text as it stands."""
    text = unmarked_labels(written)  # "**BSN:** 209 934 530": the label's bold marks are no part of it
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    scrubbed = scrubbed_spans(text)
    if scrubbed:
        low = blank_placeholders(low, scrubbed)  # a text scrubbed before: placeholders' labels are no words
    out: list[Span] = []
    urls = url_spans(text)
    cues = detect_credentials(text, low, urls, out)
    detect_tokens(text, low, out)
    if urls:
        detect_url_secrets(text, urls, out)
    detect_emails(text, low, out)
    if any(ch in text for ch in "0123456789"):
        detect_numbers(text, low, urls, out)
        detect_card_context(text, low, out)
        detect_national_ids(text, low, out)  # "SSN 184305336", "NI No: NN 35 88 47 A", a table's BSN column
        detect_held_cards(text, low, out)  # "Mijn MOBIB-kaart heeft nummer 1811…": a card paying for nothing
        detect_connection_ids(text, low, out)  # "EAN stroom 871648803684062531": a home's energy connection
        detect_alarm_codes(low, out)  # "L'alarme se désactive avec 4617": an alarm's code, no word "code"
        detect_ip_addresses(text, low, out)
        detect_dates_of_birth(text, low, out)
        detect_labelled_postcodes(text, low, out)  # "Code postal: 1400", "Post code: 78755": a form's field
        streets: list[tuple[int, int]] = []
        addresses.find_addresses(text, streets)
        out.extend(Span(start, end, "address") for start, end in streets)
        addresses.drop_company_addresses(text, out)  # a company's footer line: its own address, no customer's
        addresses.extend_to_towns(text, out)  # "Nieuwstraat 134, Brugge": the town, its postcode left out
    detect_spoken_numbers(low, out)  # "nul zes twaalf vierendertig …": a number said in words
    detect_told_codes(low, cues, out)  # "haar code is negen, acht, acht, vier, nul", "it's 9440 not 9404"
    detect_code_lists(text, low, out)  # "backup codes i wrote down: jxpxd54cle, 4544 7360, qszm-hx3a"
    detect_noted_lists(text, low, out)  # "- pinpas 8847", "- Netflix dmeijer4291 Tijd-8330dJ": kept lists
    detect_named_accounts(text, low, out)  # "the accounts gareth_91 and hwright are locked"
    detect_leftovers(text, low, cues, out)  # secret-shaped words near cues that nothing took
    detect_lone_answers(text, out)  # "> it's 8160", "408631 denk ik": digits alone on a line that answer
    detect_random_keys(text, low, urls, out)  # long machine-made words nothing took, keys of any vendor
    detect_strong_passwords(text, out)  # words of capitals, small letters, digits and signs nothing took
    detect_learned(text, low, cues, out)  # last: credential-shaped words nothing took, by a learned model
    if sum(span.type == "wifi_key" for span in out) > 1:
        drop_network_names(low, out)  # "Wifi : Ziggo5G-8821 / Kasteel_4482#": a name, then its key
    # ids and digests by their label or shape, keys the customer calls public: whichever detector took them
    drop_shown_in_the_open(text, low, out)
    drop_parts_of_wholes(text, low, out)
    drop_look_alikes(text, low, out)
    if contains_any(low, CAPITALS_TALK_HINTS):
        type_by_capitals_talk(low, out)
    if contains_any(low, CODE_HOSTS):
        type_sim_codes(low, out)
    if contains_any(low, OPENING_HINTS):
        type_opening_codes(low, out)  # "De deelauto gaat niet open. Code die ik kreeg was 7000": a lock's
    if contains_any(low, ACTIVATION_HINTS):
        type_activation_codes(low, out)  # "code d'activation eSIM 2NH3Y-M64LQ-6YIH7-7W2XM": a token
    if scrubbed:
        # what a first scrub replaced was handled then: no word of a placeholder, nor a value running into
        # one, is a value now
        out = [s for s in out if not any(start < s.end and s.start < end for start, end in scrubbed)]
    return _with_own_last_marks(
        text, _with_keypad_keys(text, _drop_template_fields(text, _drop_masked(text, low, out)))
    )


_DOTTED_KINDS = frozenset({"password", "wifi_key"})


# After a password's dot: the line's end, or a sentence that goes on in small letters.
_AFTER_OWN_DOT = LazyPattern(r"\.(?:[ \t]*+(?:\r?\n|$)|[ ]++[a-zß-ÿ])")


# A sign right after a password, the sentence's own mark right after the sign: the sign is the password's
# ("Clé wifi de la borne : 9349kever!. Depuis …", "Old: chocolat606*. Neither works.").
_OWN_SIGN_AFTER = LazyPattern(r"[!*?#$%&]{1,2}+(?=[.,;:)\]”\"'»]|[ \t]*+\r?\n)")


def _with_own_last_marks(text: str, spans: list[Span]) -> list[Span]:
    """A password's last dot where no new sentence follows may be its own ("mijn wachtwoord is hondje2019.
    en ik heb het al 2x gereset", "wachtwoord: Tintin88.⏎"): people end passwords with one, so the span
    covers it (a sentence's period lost to the placeholder costs nothing; decision 0101). So may a sign
    before the sentence's own mark ("9349kever!.")."""
    for at, span in enumerate(spans):
        if span.type not in _DOTTED_KINDS:
            continue
        sign = _OWN_SIGN_AFTER.match(text, span.end)
        if sign is not None:
            span = spans[at] = Span(span.start, sign.end(), span.type)
        if text[span.end : span.end + 1] == "." and _AFTER_OWN_DOT.match(text, span.end) is not None:
            spans[at] = Span(span.start, span.end + 1, span.type)
    return spans


_KEYS_BEFORE = LazyPattern(r"(?<![^\s:(=])[*#]{1,2}$")
_KEYS_AFTER = LazyPattern(r"[*#]{1,2}(?![^\s.,;:!?)])")


def _with_keypad_keys(text: str, spans: list[Span]) -> list[Span]:
    """A door's or an alarm's code with the star and hash keys typed around it ("#9849#", "*7565*",
    "2972#"): the keys are part of what is typed on the keypad, so the span covers them."""
    if "#" not in text and "*" not in text:
        return spans
    for at, span in enumerate(spans):
        if span.type not in ("pin", "otp") or not text[span.start : span.end].isdigit():
            continue
        after = _KEYS_AFTER.match(text, span.end)
        before = _KEYS_BEFORE.search(text, max(0, span.start - 2), span.start)
        if before is not None or after is not None:
            spans[at] = Span(
                before.start() if before else span.start, after.end() if after else span.end, span.type
            )
    return spans
