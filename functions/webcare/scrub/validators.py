"""Checksums and number formats, delegated to python-stdnum and phonenumbers (the checksums of plain
digit strings, which the detectors pass by the thousand, are summed here the way python-stdnum does).

Both libraries are imported on first use, not at import time: `import webcare.scrub` is on the
ingest Lambda's cold-start path and most messages never contain a candidate number.
"""

from __future__ import annotations

import operator
import re
import string
from functools import cache, lru_cache
from typing import Any

# IBAN length per country of the ISO 13616 registry (SEPA and the rest: "TR18 2493 …", "AE07 0331 …").
# Used to cut a grouped IBAN out of the text that follows it; the validity check itself is stdnum's.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
    "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
    "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


# A plain run of ASCII digits (what the detectors pass) is checked here: the same sums as python-stdnum's,
# without its separator cleaning, exceptions and generators. Anything else goes to python-stdnum.
_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")  # each digit doubled, its two digits summed
_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_EAN_WEIGHTS = (3, 1) * 7


def _plain_digits(number: str) -> bool:
    return number.isascii() and number.isdigit()


def luhn_valid(digits: str) -> bool:
    if _plain_digits(digits):
        reverse = digits[::-1]
        doubled = reverse[1::2].translate(_LUHN_DOUBLED)
        return (sum(map(int, reverse[::2])) + sum(map(int, doubled))) % 10 == 0
    from stdnum import luhn

    return bool(luhn.is_valid(digits))


# ISO 7064 mod 97-10 as IBANs use it: the first four characters moved to the end, letters as 10 to 35.
_IBAN_CHARACTERS = re.compile(r"[0-9A-Z]+")
_IBAN_LETTER_VALUES = {ord(letter): str(value) for value, letter in enumerate(string.ascii_uppercase, 10)}


def iban_valid(compact: str) -> bool:
    """Country length, format and mod-97. Not the national check digits: banks and customers write
    accounts whose national check python-stdnum rejects (Belgian ones in particular), and mod-97
    alone already makes a chance match one in 97."""
    if _IBAN_CHARACTERS.fullmatch(compact) is not None:
        # Most IBAN-shaped text fails the checksum: answered here, without python-stdnum's slower
        # validation (which checks the same sum first).
        if int((compact[4:] + compact[:4]).translate(_IBAN_LETTER_VALUES)) % 97 != 1:
            return False
    from stdnum import iban
    from stdnum.exceptions import ValidationError

    try:
        iban.validate(compact, check_country=False)
    except ValidationError:
        return False
    return compact[:2] in IBAN_LENGTHS and len(compact) == IBAN_LENGTHS[compact[:2]]


def bsn_valid(digits: str) -> bool:
    if len(digits) == 9 and _plain_digits(digits):
        return digits != "000000000" and sum(map(operator.mul, map(int, digits), _BSN_WEIGHTS)) % 11 == 0
    from stdnum.nl import bsn

    return bool(bsn.is_valid(digits))


def be_national_number_valid(digits: str) -> bool:
    """A Belgian national register number (rijksregisternummer): a birth date and mod-97, python-stdnum's."""
    from stdnum.be import nn

    return bool(nn.is_valid(digits))


# A UK National Insurance number: two letters (neither D, F, I, Q, U nor V, the second no O, and not a
# prefix never issued), six digits, a suffix from A to D. HMRC's rules; python-stdnum has none for it.
_NINO_SHAPE = re.compile(
    r"(?![BGbg][Bb]|[Gg][Bb]|[Nn][Kk]|[Kk][Nn]|[Tt][Nn]|[Nn][Tt]|[Zz][Zz])"
    r"[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z][0-9]{6}[A-Da-d]"
)


def nino_valid(compact: str) -> bool:
    """A UK National Insurance number without its spaces ("AB123456C")."""
    return _NINO_SHAPE.fullmatch(compact) is not None


def ssn_valid(digits: str) -> bool:
    """A US Social Security number's nine digits: an area, group and serial ever issued (python-stdnum)."""
    from stdnum.us import ssn

    return len(digits) == 9 and bool(ssn.is_valid(digits))


def national_id_valid(compact: str) -> bool:
    """A person's national identification number of a country our customers come from, without its
    separators: a Dutch BSN, a Belgian national register number, a US SSN, a UK National Insurance number."""
    if compact.isdigit():
        if len(compact) == 11:
            return be_national_number_valid(compact)
        return len(compact) == 9 and (bsn_valid(compact) or ssn_valid(compact))
    return nino_valid(compact)


def be_enterprise_valid(digits: str) -> bool:
    """A Belgian company (KBO/BCE) number, also its VAT number: ten digits from 0 or 1, mod-97 check."""
    if len(digits) == 10 and _plain_digits(digits):
        return digits[0] in "01" and int(digits) > 0 and (int(digits[:-2]) + int(digits[-2:])) % 97 == 0
    from stdnum.be import vat

    return bool(vat.is_valid(digits))


def ean_valid(digits: str) -> bool:
    """A product barcode (EAN-13, EAN-8, UPC) by its check digit."""
    if len(digits) in (8, 12, 13, 14) and _plain_digits(digits):
        # weights 3 and 1 from the digit before the check digit leftwards; the sum with the check digit
        # a multiple of ten
        weighted = sum(map(operator.mul, map(int, digits[-2::-1]), _EAN_WEIGHTS))
        return (10 - weighted) % 10 == int(digits[-1])
    from stdnum import ean

    return bool(ean.is_valid(digits))


def product_barcode(value: str) -> bool:
    """A product's barcode however grouped ("8712345678906", "5 410091 749851"): eight to fourteen digits
    with a valid check digit."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) >= 8 and len(digits) == len(value.replace(" ", "")) and ean_valid(digits)


@lru_cache(maxsize=1)
def _phonenumbers() -> Any:
    import phonenumbers

    return phonenumbers


# Regions tried, in order, for a number written without a country code.
NATIONAL_REGIONS = ("NL", "BE", "GB", "DE", "FR")
_COUNTRY_CODES = {"NL": 31, "BE": 32, "GB": 44, "DE": 49, "FR": 33}
# Dutch service and company numbers (0800 free, 090x paid, 085/088/091 company lines) are not personal.
_NL_SERVICE_PREFIXES = ("0800", "0900", "0906", "0909", "088", "085", "091")
# The company lines have ten digits, like every Dutch geographic number; nine digits after the same
# start are Belgian (Gent "09 123 45 67", Huy "085 12 34 56").
_NL_COMPANY_LINE_PREFIXES = ("088", "085", "091")
# Belgian company lines: 078 national rate, 070 premium, 0800 free, 090x paid.
_BE_SERVICE_PREFIXES = ("078", "070", "0800", "090")
# How a company's own free, premium or shared-cost line starts, in the Netherlands or Belgium.
SERVICE_PREFIXES = tuple(dict.fromkeys(_NL_SERVICE_PREFIXES + _BE_SERVICE_PREFIXES))
# A company's own lines (free, premium, shared-cost, "universal access" numbers such as Belgian 078 and
# British 03xx) are not a customer's number.
_COMPANY_TYPES = ("TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "UAN")


def phone_valid(candidate: str) -> bool:
    """True when the text is a personal phone number: international form (valid, or of a possible
    length for its country: `+` is signal enough), or national in a usual region; never a company's
    free, premium or shared-cost line."""
    return bool(phone_region(candidate))


# What `phone_region` answers for a number written with its country code.
INTERNATIONAL = "+"


def phone_region(candidate: str) -> str:
    """Where the text is a personal phone number: INTERNATIONAL for one written with its country code,
    else the first of NATIONAL_REGIONS (or "US") whose numbering plan holds it; "" when it is none (or a
    company's line). Regions are tried from the most likely on: a Dutch mobile with a year after it
    ("06 12345678 2019") is also a valid German number, and only the first answer says so."""
    phonenumbers = _phonenumbers()
    compact = "".join(ch for ch in candidate if ch.isdigit() or ch == "+")
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        if compact.startswith("+"):
            if _international_service_line(compact):
                return ""
            number = phonenumbers.parse(compact, None)
            personal = _personal(number)
            if personal is not None:
                return INTERNATIONAL if personal else ""
            possible = bool(phonenumbers.is_possible_number(number)) and len(compact) >= 11
            return INTERNATIONAL if possible else ""
        if _service_line(compact):
            return ""
        if compact.startswith("0"):
            # Built directly (trunk prefix 0 dropped) rather than parsed once per region: five times faster.
            national = int(compact[1:] or "0")
            for region in NATIONAL_REGIONS:
                number = phonenumbers.PhoneNumber(
                    country_code=_COUNTRY_CODES[region], national_number=national
                )
                personal = _personal(number)
                if personal is not None:
                    return region if personal else ""
            # British mobiles (07xxx xxxxxx) include ranges set aside for fiction and tests.
            return "GB" if len(compact) == 11 and compact.startswith("07") else ""
        if len(compact) == 11 and compact.startswith("1"):
            compact = compact[1:]
        if len(compact) != 10:
            return ""
        personal = _personal(phonenumbers.PhoneNumber(country_code=1, national_number=int(compact)))
        return "US" if personal else ""
    except phonenumbers.NumberParseException:
        return ""


_DUTCH_04_AREAS = frozenset({"40", "41", "42", "43", "44", "45"})


_BELGIAN_LANDLINE = 9  # digits with the trunk 0: "04 361 91 11"; every mobile has ten or more


# How a mobile number starts after the country code, and its lengths, in the countries we read national
# numbers of.
_MOBILE_SHAPES: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {
    31: (("6",), (9,)), 32: (("4",), (9,)), 44: (("7",), (10,)), 49: (("1",), (10, 11)),
    33: (("6", "7"), (9,)),
}


def mobile_number(compact: str) -> bool:
    """Whether a phone number (digits, "+" and the country code or trunk 0) may be a mobile one: in any
    region whose plan it fits when written nationally ("0497 …" is a Dutch landline and a Belgian mobile);
    a North American number may be either, and counts as one."""
    phonenumbers = _phonenumbers()
    kinds = phonenumbers.PhoneNumberType
    mobile = (kinds.MOBILE, kinds.FIXED_LINE_OR_MOBILE)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        if compact.startswith("+"):
            number = phonenumbers.parse(compact, None)
            kind = phonenumbers.number_type(number)
            if kind in (kinds.UNKNOWN, kinds.PAGER) and number.country_code in _MOBILE_SHAPES:
                # a range no plan assigns (yet), "+44 7700 900123", or a pager's ("+31 6 66 68 75 75"): a
                # mobile by its first digit and its length, as nationally
                leads, lengths = _MOBILE_SHAPES[number.country_code]
                significant = str(number.national_number)
                return significant.startswith(leads) and len(significant) in lengths
            return kind in mobile
        if compact.startswith("0"):
            national = int(compact[1:] or "0")
            # (ten digits from 070 to 079 or 040 to 045 are Dutch landlines, "071 751 0052", "040 297 5000":
            # left to the plans below, where a French 07 or a Belgian 045 mobile still counts)
            dutch_landline = len(compact) == 10 and (compact[1] == "7" or compact[1:3] in _DUTCH_04_AREAS)
            # (nine digits are a Belgian landline, "04 361 91 11", "071 12 34 56": no mobile is so short)
            short = len(compact) == _BELGIAN_LANDLINE
            return (compact.startswith(("06", "07", "04")) and not dutch_landline and not short) or any(
                phonenumbers.number_type(
                    phonenumbers.PhoneNumber(country_code=_COUNTRY_CODES[region], national_number=national)
                )
                in mobile
                for region in NATIONAL_REGIONS
            )
    except phonenumbers.NumberParseException:
        return False
    return True  # a North American number without its country code


_NO_TRUNK_REGIONS = (("PL", 48), ("PT", 351), ("ES", 34), ("LU", 352))


def labelled_phone_region(digits: str, without_trunk: bool = False) -> str:
    """The region of a national number that a label calls a phone ("Mobile: 549-637-7709", "Phone: 0113 648
    9573", "bereikbaar op 09 886 83 22") when no plan assigns its range (yet): the first home region whose
    plan has its length, or the US for ten digits as the North American plan writes them; never a
    company's line. With `without_trunk` (a phone's own label before it), nine digits with no trunk prefix
    valid in a plan that writes them so. Without a label such a number is read as something else."""
    phonenumbers = _phonenumbers()
    if digits.startswith("0"):
        if _service_line(digits, british=True):
            return ""
        national = int(digits[1:] or "0")
        for region in ("NL", "BE", "GB"):
            number = phonenumbers.PhoneNumber(country_code=_COUNTRY_CODES[region], national_number=national)
            if phonenumbers.is_possible_number(number):
                return region
        return ""
    if without_trunk and len(digits) == 9 and digits[0] != "0":
        # written without a trunk prefix, as Poles, Portuguese, Spaniards and Luxembourgers write their own
        # numbers ("601 234 567", "912 345 678", "621 123 456"): valid in one of those plans
        for region, code in _NO_TRUNK_REGIONS:
            number = phonenumbers.PhoneNumber(country_code=code, national_number=int(digits))
            if phonenumbers.is_valid_number(number):
                return region
        return ""
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    # (any exchange: a label or a sign-off says it is a phone, whatever the plan assigns: "Mobile:
    # 646-108-7720")
    north_american = len(digits) == 10 and digits[0] in "23456789"
    return "US" if north_american and digits[:3] not in US_TOLL_FREE else ""


def north_american_shape(digits: str) -> bool:
    """Ten digits as the North American plan shapes them, whatever it has assigned: an area code and an
    exchange that start from 2 to 9 and are no service code (N11), no free or premium line. Read so only where
    the number is written as the plan writes it ("(987) 883-6675", "538.751.6481")."""
    return (
        len(digits) == 10
        and digits[0] in "23456789"
        and digits[3] in "23456789"
        and digits[1:3] != "11"
        and digits[4:6] != "11"
        and digits[:3] not in US_TOLL_FREE
    )


# The North American free and premium area codes: a company's line, never a person's.
US_TOLL_FREE = frozenset({"800", "888", "877", "866", "855", "844", "833", "900"})


def _service_line(national: str, dutch: bool = True, belgian: bool = True, british: bool = False) -> bool:
    """A Dutch or Belgian company line in national form (trunk 0); a Belgian one has nine digits (Dutch 078
    numbers have ten), a Dutch 085/088/091 line ten; with `british`, a British free, paid or non-geographic
    line of eleven digits ("0808 184 8112", "0333 202 1000"; not 0300, 0303: Berlin's 030 numbers)."""
    if dutch and national.startswith(_NL_SERVICE_PREFIXES):
        # (more than ten: a run that took the next number along, "088-1234567 1200 KB")
        return len(national) >= 10 or not national.startswith(_NL_COMPANY_LINE_PREFIXES)
    if british and len(national) == _GB_DIGITS and national.startswith(_GB_SERVICE_PREFIXES):
        return True
    return belgian and len(national) == 9 and national.startswith(_BE_SERVICE_PREFIXES)


_GB_DIGITS = 11
_GB_SERVICE_PREFIXES = ("0800", "0808", "084", "087", "09", "033", "034", "037")


def _international_service_line(compact: str) -> bool:
    """A Dutch or Belgian company line written with its country code ("+32 78 29 62 17", "+31 88 …"):
    the national rules hold after the code as they do after the trunk 0. phonenumbers calls a Belgian
    078 number of nine digits invalid, and an invalid number of a possible length passes as a person's."""
    dutch, belgian = compact.startswith("+31"), compact.startswith("+32")
    return (dutch or belgian) and _service_line("0" + compact[3:], dutch, belgian)


def _personal(number: Any) -> bool | None:
    """None for an invalid number; else whether it is a person's line rather than a company's.

    One number_type() call answers both (is_valid_number() computes the same type internally)."""
    phonenumbers = _phonenumbers()
    kind = phonenumbers.number_type(number)
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        return None
    return kind not in _company_kinds()


_COMPANY_REGIONS = (44, 31, 32)  # GB, NL, BE


def company_line(digits: str) -> bool:
    """A national number (trunk 0) that is a company's free, premium, shared-cost or universal line in
    Britain, the Netherlands or Belgium, whatever other region's plan it also fits."""
    if not digits.startswith("0") or len(digits) < 9:
        return False
    phonenumbers = _phonenumbers()
    national = int(digits[1:])
    return any(
        phonenumbers.number_type(phonenumbers.PhoneNumber(country_code=code, national_number=national))
        in _company_kinds()
        for code in _COMPANY_REGIONS
    )


@cache
def _company_kinds() -> frozenset[int]:
    """The phonenumbers types of _COMPANY_TYPES, looked up once rather than on every number."""
    kinds = _phonenumbers().PhoneNumberType
    return frozenset(getattr(kinds, name) for name in _COMPANY_TYPES)
