"""Canonical identity keys: one person on one platform (and scope) always gives the same key.

- Phone numbers (WhatsApp's `wa_id`, and any other phone-based namespace) become E.164
  (`+31612345678`), parsed with `phonenumbers` in a configurable default region, so that
  `31612345678`, `+31 6 12345678` and `0612345678` are one customer.
- E-mail addresses are lower-cased (providers and mail clients change the case freely).
- Page- and account-scoped ids (Messenger PSIDs, Instagram IGSIDs) keep their scope: the same
  number under another page is another person.

With automatic linking on, identifiers that are the same verified thing on several channels get a
channel-neutral namespace: every phone-based channel's number becomes `phone:+31…`, every e-mail
source's address `email:…`. Nothing else is ever linked automatically (docs/cases.md).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from webcare.config import IdentityRules
from webcare.model import Identity

# Namespaces whose id is a phone number, and those whose id is an e-mail address.
PHONE_NAMESPACES: Final = frozenset({"whatsapp", "phone", "sms"})
EMAIL_NAMESPACES: Final = frozenset({"email"})


class IdentityError(ValueError):
    """An identity that cannot be canonicalised (the message names the namespace, not the value)."""


DEFAULT_RULES: Final = IdentityRules()


def canonical_phone(number: str, default_region: str) -> str:
    """E.164 for a phone number as platforms send it (WhatsApp: digits with the country code)."""
    import phonenumbers

    text = number.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    # WhatsApp ids are full international numbers without the plus sign.
    candidates = [text] if text.startswith(("+", "0")) else ["+" + digits, text]
    for candidate in candidates:
        try:
            parsed = phonenumbers.parse(candidate, default_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    raise IdentityError("phone number is not a possible number")


def canonical(identity: Identity, rules: IdentityRules = DEFAULT_RULES) -> Identity:
    """The identity with its id (and, with automatic linking, its namespace) in canonical form."""
    if identity.namespace in PHONE_NAMESPACES:
        try:
            number = canonical_phone(identity.id, rules.default_region)
        except IdentityError:
            return identity  # keep what the platform sent: still stable, just not linkable
        namespace = "phone" if rules.link_same_phone else identity.namespace
        return replace(identity, namespace=namespace, id=number, scope=None)
    if identity.namespace in EMAIL_NAMESPACES or identity.namespace.startswith("email"):
        namespace = "email" if rules.link_same_email else identity.namespace
        return replace(identity, namespace=namespace, id=identity.id.strip().lower())
    return identity


def parse_identity_key(text: str) -> Identity:
    """`namespace:id` or `namespace:scope:id` (as `webcare link` and `cases show` take them)."""
    parts = text.split(":")
    if len(parts) == 2 and all(parts):
        return Identity(namespace=parts[0], id=parts[1])
    if len(parts) >= 3 and all(parts[:2]) and parts[-1]:
        # ids may contain ':' only in the last part's position for unscoped namespaces: keep it simple
        return Identity(namespace=parts[0], scope=parts[1], id=":".join(parts[2:]))
    raise IdentityError("an identity is written namespace:id or namespace:scope:id, e.g. x:2244994945")
