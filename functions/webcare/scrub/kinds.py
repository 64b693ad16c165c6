"""The data types the scrubber knows, their placeholders, their risk class and their default policy.

The type names are part of the configuration contract (`scrub.policy.<type>`) and of the scrub report
on every message; `docs/scrubbing.md` lists them. Renaming one is a breaking change.
"""

from __future__ import annotations

from typing import Final

REDACT: Final = "redact"
MASK: Final = "mask"
KEEP: Final = "keep"
ACTIONS: Final = (REDACT, MASK, KEEP)

# Credentials: something that lets a stranger log in or confirm a payment.
CREDENTIAL_TYPES: Final = frozenset({"password", "pin", "puk", "otp", "wifi_key", "username"})
# Secrets for machines rather than people.
TOKEN_TYPES: Final = frozenset({"api_key", "token"})
# Always redacted, whatever the configuration says: a leaked one is an incident, never a convenience.
LOCKED_TYPES: Final = CREDENTIAL_TYPES | TOKEN_TYPES | frozenset({"card", "cvv", "bsn"})
# What makes a public post an exposure the customer should be asked to remove.
HIGH_RISK_TYPES: Final = LOCKED_TYPES | frozenset({"iban", "card_expiry"})

# type -> placeholder text used by `redact` (and, with a suffix, by `mask`).
PLACEHOLDERS: Final[dict[str, str]] = {
    "password": "PASSWORD",
    "pin": "PIN",
    "puk": "PUK",
    "otp": "OTP",
    "wifi_key": "WIFI_KEY",
    "username": "USERNAME",
    "api_key": "API_KEY",
    "token": "TOKEN",
    "card": "CARD",
    "cvv": "CVV",
    "card_expiry": "CARD_EXPIRY",
    "iban": "IBAN",
    "bsn": "BSN",
    "email": "EMAIL",
    "phone": "PHONE",
    "address": "ADDRESS",
    "date_of_birth": "DATE_OF_BIRTH",
    "ip_address": "IP_ADDRESS",
    "customer_number": "CUSTOMER_NUMBER",
}

TYPES: Final = tuple(PLACEHOLDERS)

# (public, private) action per type when the configuration says nothing.
DEFAULT_RULES: Final[dict[str, tuple[str, str]]] = {
    **{name: (REDACT, REDACT) for name in LOCKED_TYPES},
    "card_expiry": (REDACT, REDACT),
    "iban": (REDACT, MASK),
    "email": (REDACT, KEEP),
    "phone": (REDACT, KEEP),
    "address": (REDACT, KEEP),
    "date_of_birth": (REDACT, REDACT),
    "ip_address": (REDACT, REDACT),
    "customer_number": (REDACT, KEEP),
}

# When two detectors claim overlapping text, the higher priority wins (then the longer span).
PRIORITY: Final[dict[str, int]] = {
    "api_key": 90,
    "token": 90,
    "password": 80,
    "wifi_key": 80,
    "username": 75,
    "puk": 78,
    "pin": 78,
    "otp": 78,
    "card": 70,
    "cvv": 68,
    "card_expiry": 66,
    "iban": 65,
    "bsn": 60,
    "email": 55,
    "ip_address": 50,
    "date_of_birth": 48,
    "phone": 45,
    "customer_number": 40,
    "address": 35,
}
