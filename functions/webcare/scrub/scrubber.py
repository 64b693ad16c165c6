"""The scrubber: detect, resolve overlaps, apply the policy, report."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from webcare.scrub.detectors import Span, detect_all
from webcare.scrub.kinds import (
    CREDENTIAL_TYPES,
    HIGH_RISK_TYPES,
    KEEP,
    MASK,
    PLACEHOLDERS,
    PRIORITY,
    REDACT,
    TOKEN_TYPES,
)
from webcare.scrub.policy import ScrubPolicy

if TYPE_CHECKING:
    from webcare.model import Message

TRUNCATION_MARK = " [TRUNCATED]"
# Detectors look this far past the cut so that a secret straddling it is still recognised whole.
_LOOKAHEAD_PAST_CUT = 256


@dataclass(frozen=True)
class Finding:
    """One piece of sensitive data: its type, where it was in the original text, what was done."""

    type: str
    start: int
    end: int
    action: str


@dataclass(frozen=True)
class ScrubResult:
    text: str
    findings: tuple[Finding, ...]
    truncated: bool = False

    @property
    def credential_shared(self) -> bool:
        return any(f.type in CREDENTIAL_TYPES or f.type in TOKEN_TYPES for f in self.findings)

    @property
    def high_risk(self) -> bool:
        return any(f.type in HIGH_RISK_TYPES for f in self.findings)


class Scrubber:
    """Stateless apart from its policy; build one per process and share it."""

    def __init__(self, policy: ScrubPolicy | None = None) -> None:
        self.policy = policy or ScrubPolicy()

    def scrub(self, text: str, visibility: str = "public") -> ScrubResult:
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        limit = self.policy.max_text_length
        truncated = len(text) > limit
        scanned = text[: limit + _LOOKAHEAD_PAST_CUT] if truncated else text
        spans = _resolve(detect_all(scanned), scanned)
        findings: list[Finding] = []
        pieces: list[str] = []
        cursor = 0
        visible_end = limit if truncated else len(text)
        for span in spans:
            if span.start >= visible_end:
                break
            end = min(span.end, visible_end)
            action = self.policy.action(span.type, visibility)
            findings.append(Finding(span.type, span.start, end, action))
            if action == KEEP:
                continue
            pieces.append(text[cursor : span.start])
            pieces.append(_replacement(span.type, scanned[span.start : span.end], action))
            cursor = end
        pieces.append(text[cursor:visible_end])
        if truncated:
            pieces.append(TRUNCATION_MARK)
        return ScrubResult(text="".join(pieces), findings=tuple(findings), truncated=truncated)

    def scrub_message(self, message: Message) -> Message:
        """Scrub every text field of the message that reaches storage and attach the scrub report."""
        from webcare.model import ScrubSummary  # the pipeline has it loaded; plain `scrub` users need not

        visibility = message.visibility
        results: list[ScrubResult] = []

        def clean(value: str | None) -> str | None:
            if not value:
                return value
            result = self.scrub(value, visibility)
            results.append(result)
            return result.text

        text = clean(message.text) or ""
        subject = clean(message.subject)
        attachments = tuple(
            replace(attachment, name=clean(attachment.name)) if attachment.name else attachment
            for attachment in message.attachments
        )
        customer = message.customer
        if customer.display_name:
            customer = replace(customer, display_name=clean(customer.display_name))
        counts: Counter[tuple[str, str]] = Counter()
        for result in results:
            counts.update((f.type, f.action) for f in result.findings)
        high_risk = any(result.high_risk for result in results)
        summary = ScrubSummary(
            findings=tuple((kind, action, count) for (kind, action), count in sorted(counts.items())),
            credential_shared=any(result.credential_shared for result in results),
            public_exposure=visibility == "public" and high_risk,
            truncated=any(result.truncated for result in results),
        )
        return message.with_changes(
            text=text, subject=subject, attachments=attachments, customer=customer, scrub=summary
        )


# Number-shaped findings whose digits must not stay readable when a higher finding takes a part.
_NUMBER_TYPES = frozenset({"phone", "bsn", "card", "iban", "customer_number"})
_MIN_REMAINDER_DIGITS = 3


def _resolve(spans: list[Span], text: str) -> list[Span]:
    """Non-overlapping spans, sorted; on overlap the higher priority wins, then the longer span, then
    the one a detector reported first (PIN, PUK and one-time code rank alike: the cue that found the
    value decides, never the process's hash seed)."""
    if not spans:
        return []
    unique = dict.fromkeys(spans)  # in the order found: a set's order changes with PYTHONHASHSEED
    ranked = sorted(unique, key=lambda s: (-PRIORITY.get(s.type, 0), -(s.end - s.start), s.start))
    chosen: list[Span] = []  # sorted by start and, being disjoint, by end too
    for span in ranked:
        if span.end <= span.start:
            continue
        # A span that a higher one covers only in part keeps what is left of it: a phone number
        # whose first digits a password cue took must not leave its other digits readable (and a
        # second scrub must not find them either).
        for part in _uncovered(span, chosen, text):
            chosen.insert(bisect.bisect_left(chosen, part), part)
    return _merge_adjacent_addresses(chosen)


def _uncovered(span: Span, chosen: list[Span], text: str) -> list[Span]:
    """The parts of `span` no chosen span covers: the span itself when none does, else what is
    left of it, trimmed to letters and digits."""
    parts: list[Span] = []
    cursor = span.start
    index = max(bisect.bisect_left(chosen, span) - 1, 0)
    while index < len(chosen) and chosen[index].start < span.end:
        other = chosen[index]
        if other.end > cursor:
            if other.start > cursor:
                parts.append(Span(cursor, other.start, span.type))
            cursor = max(cursor, other.end)
        index += 1
    if cursor < span.end:
        parts.append(Span(cursor, span.end, span.type))
    if parts == [span]:
        return parts  # nothing covers it: the span as detected
    if span.type not in _NUMBER_TYPES:
        return []  # e.g. an e-mail address whose local part a password took: the host is no secret
    trimmed = []
    for part in parts:
        start, end = part.start, part.end
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if sum(ch.isdigit() for ch in text[start:end]) >= _MIN_REMAINDER_DIGITS:
            trimmed.append(Span(start, end, span.type))
    return trimmed


def _merge_adjacent_addresses(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in spans:
        if (
            merged
            and span.type == "address"
            and merged[-1].type == "address"
            and span.start - merged[-1].end <= 3
        ):
            merged[-1] = Span(merged[-1].start, span.end, "address")
        else:
            merged.append(span)
    return merged


def _replacement(kind: str, value: str, action: str) -> str:
    label = PLACEHOLDERS.get(kind, kind.upper())
    if action == REDACT:
        return f"[{label}]"
    if action == MASK:
        if kind == "email" and "@" in value:
            return f"[{label} …@{value.rsplit('@', 1)[1]}]"
        alnum = [ch for ch in value if ch.isalnum()]
        tail = "".join(alnum[-4:]) if len(alnum) > 6 else ""
        return f"[{label} …{tail}]" if tail else f"[{label}]"
    return value
