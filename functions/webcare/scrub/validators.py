"""Checksums and number formats, delegated to python-stdnum and phonenumbers.

Both libraries are imported on first use, not at import time: `import webcare.scrub` is on the
ingest Lambda's cold-start path and most messages never contain a candidate number.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# IBAN length per SEPA country (ISO 13616 registry). Used to cut a grouped IBAN out of the
# text that follows it; the validity check itself is stdnum's.
SEPA_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "VA": 22,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    from stdnum import luhn

    return bool(luhn.is_valid(digits))


def iban_valid(compact: str) -> bool:
    from stdnum import iban

    return bool(iban.is_valid(compact))


def bsn_valid(digits: str) -> bool:
    from stdnum.nl import bsn

    return bool(bsn.is_valid(digits))


@lru_cache(maxsize=1)
def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


# Regions tried, in order, for a number written without a country code.
NATIONAL_REGIONS = ("NL", "BE", "GB", "DE")
# Dutch service and company numbers (0800 free, 090x paid, 085/088/091 company lines) are not personal.
_NL_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909", "088", "085", "091")


def phone_valid(candidate: str) -> bool:
    """True when the text is a valid phone number (international form, or national in a usual region)."""
    phonenumbers = _phonenumbers()
    compact = "".join(ch for ch in candidate if ch.isdigit() or ch == "+")
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        if compact.startswith("+"):
            return bool(phonenumbers.is_valid_number(phonenumbers.parse(compact, None)))
        if compact.startswith(_NL_SERVICE_PREFIXES):
            return False
        if compact.startswith("0"):
            return any(
                phonenumbers.is_valid_number(phonenumbers.parse(compact, region))
                for region in NATIONAL_REGIONS
            )
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(compact, "US")))
    except phonenumbers.NumberParseException:
        return False
