"""A person's national identification number from abroad, and any in a table under its column's name.

The Dutch BSN and the Belgian national register number are read with the numbers (`numbers`). A US Social
Security number and a UK National Insurance number name a person to the state as a BSN does, and open the
same doors to fraud: they are the same kind, `bsn`. Each is taken where it is named:

- by its name before it, a few words back in the same sentence: "SSN 184305336", "SSN: 471-63-0344",
  "NI No: NN 35 88 47 A", "it's the NI no. MP140596B on the P60", "The ID number on the payslip (699 82
  1937)". A bare "ID number" names one only in an SSN's grouped shape or a National Insurance number's;
- in a table under a column that names it ("Name;DOB;SSN;Acct (IBAN)", "Naam | Geboren | BSN"), whatever
  country's number it is.

The NHS's ten digits after its bare name ("NHS: 943 476 5919") are a patient's number, typed a customer
number as every identity document's number is.

The value must hold as one: an SSN's area, group and serial issued, a National Insurance number's letters
allowed, a BSN's 11-proof, a Belgian number's birth date and mod-97.
"""

from __future__ import annotations

from webcare.scrub import validators
from webcare.scrub.lazy import LazyPattern
from webcare.scrub.textutil import Hints, Span, drop_parts_of, table_cells

_NUMBER_WORD = r"(?:[ \t]++(?:number|numbers|no\.?|nr\.?|num|#))?"
_CUE = LazyPattern(
    r"(?<![a-z])(?:(?P<ssn>ssn|social security" + _NUMBER_WORD + r"|soc\.?[ \t]?sec\.?" + _NUMBER_WORD
    + r")|(?P<nino>national insurance" + _NUMBER_WORD
    # (bare before the number's own shape: "IBAN GB49 LOYD …, NI JT428229D")
    # ("NI numer ZJ 22 76 95 D": its word typed in haste)
    + r"|ni[ \t]++(?:number|numer|nmber|numbr|nuber|no\.?|nr\.?|#)"
    + r"|ni(?=[ \t]*+:|[ \t]++[a-z]{2}[ ]?[0-9]{2}[ ]?[0-9]{2})|nino)"
    r"|(?P<id>(?:id|identification)[ \t]++(?:number|no\.?|nr\.?|#))|(?P<nhs>nhs))(?![a-z])"
)
# The NHS's ten digits right after its bare name ("NHS: 943 476 5919", "DOB 12/03/1985, NHS 485 777 3456"):
# the patient's number at the health service, a customer's number as the labels have it (never the NHS's
# phone line: "NHS 111", a British phone's eleven digits). Named in full, it is a customer number's cue.
_NHS_VALUE = LazyPattern(r"[ \t]*+[:#]?[ \t]*+([0-9]{3}([- ]?)[0-9]{3}\2[0-9]{4})(?![0-9]|[-/.,][0-9])")
# The value a few words after its name, in the same clause: "SSN «184305336»", "NI No: NN 35 88 47 A", "the
# ID number on the payslip (699 82 1937)". Grouped as an SSN (3-2-4) or a National Insurance number.
_VALUE_AFTER = LazyPattern(
    r"[^0-9\n!?;|\t]{0,32}?(?<![A-Za-z0-9])"
    r"([0-9]{3}([- ]?)[0-9]{2}\2[0-9]{4}|[A-Za-z]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[A-Da-d])"
    r"(?![A-Za-z0-9]|[-/.,][0-9])"
)
_HINTS = Hints(
    ("ssn", "social security", "soc", "insurance", "ni ", "ni:", "nino", "id ", "identification", "nhs")
)

# A column of national identification numbers, by its header: "SSN", "NI number", "BSN", "Rijksregisternr".
_ID_HEADER = LazyPattern(
    r"(?:ssn|social security|soc\.? ?sec\.?|ni|nino|national insurance|bsn|burgerservice|sofi|"
    r"rijksregister|insz|niss|num[ée]ro national|n° national|national (?:id|number|register)|"
    r"registre national|rrn)(?:[ .\-]?(?:nummer|number|no|nr|n°|#|numéro))?\.?"
)
_HOME_ID_HEADER = LazyPattern(
    r"bsn|burgerservice|sofi|rijksregister|insz|niss|num[ée]ro national|n° national|national (?:id|register)|"
    r"registre national|rrn"
)
_HEADER_HINTS = Hints(
    ("ssn", "social", "soc", "nino", "ni n", ";ni", "\tni", "|ni", "| ni", "insurance", "bsn", "burger",
     "sofi", "rijks", "insz", "niss", "national")
)  # fmt: skip
_TABLE_VALUE = LazyPattern(r"[A-Za-z0-9][A-Za-z0-9 .\-]{7,16}")
_SEPARATORS = str.maketrans("", "", " .-")


# A Dutch tax assessment's number: the taxpayer's BSN, the tax's letter and the year, a sequence after it
# sometimes ("6410 02 002 A 22", "6099.55.573.H.24.01", "841279214H2101"). It holds the BSN and names the
# person as a customer number does; a part another detector read (the BSN, a password) gives way to it.
# (Not a company's VAT or payroll tax number, the same shape with B or L: "NL 8593.99.827.B.01".)
_ASSESSMENT = LazyPattern(
    r"(?<![\w.])([0-9]{4}([ .]?)[0-9]{2}\2[0-9]{3})\2[AC-KM-Z]\2[0-9]{2}(?:\2[0-9]{2})?(?![\w])"
)


def _assessments(text: str, out: list[Span]) -> None:
    for found in _ASSESSMENT.finditer(text):
        if validators.bsn_valid(found.group(1).translate(_SEPARATORS)):
            drop_parts_of(out, *found.span())
            out.append(Span(*found.span(), "customer_number"))


def _id_column(header: str) -> str | None:
    """"SSN", "NI no", "Sofi/BSN", "INSZ": a header, or one of its names split by a slash; a Dutch or a
    Belgian number's column holds BSNs, an SSN's or a National Insurance number's customer numbers."""
    names = [name.strip() for name in header.split("/")]
    if not any(_ID_HEADER.fullmatch(name) for name in names):
        return None
    return "bsn" if any(_HOME_ID_HEADER.match(name) for name in names) else "customer_number"


def _kind(compact: str, grouped: str | None) -> str:
    """A Dutch BSN called a social security number ("social security number (BSN) 296292631") is a BSN:
    nine digits that hold the 11-proof, not grouped as an SSN; an SSN or a National Insurance number is the
    customer's number."""
    return "bsn" if not grouped and compact.isdigit() and validators.bsn_valid(compact) else "customer_number"


def detect_national_ids(text: str, low: str, out: list[Span]) -> None:
    _assessments(text, out)
    if _HINTS.found_in(low):
        for cue in _CUE.finditer(low):
            if cue.group("nhs"):
                nhs = _NHS_VALUE.match(text, cue.end())
                if nhs is not None:
                    drop_parts_of(out, *nhs.span(1))
                    out.append(Span(*nhs.span(1), "customer_number"))
                continue
            value = _VALUE_AFTER.match(text, cue.end())
            if value is None:
                continue
            start, end = value.span(1)
            compact = text[start:end].translate(_SEPARATORS)
            if cue.group("id") and compact.isdigit() and not value.group(2):
                continue  # "ID number 184305336": nine digits named no more than an id
            if validators.ssn_valid(compact) if compact.isdigit() else validators.nino_valid(compact):
                kind = _kind(compact, value.group(2))
                # (a BSN or a phone another detector read in the same digits gives way too)
                out[:] = [s for s in out if not (start <= s.start and s.end <= end)]
                out.append(Span(start, end, kind))
    if ("|" in text or "\t" in text or ";" in text) and _HEADER_HINTS.found_in(low):
        for kind, start, end in table_cells(text, low, _id_column):
            if _TABLE_VALUE.fullmatch(text, start, end) and validators.national_id_valid(
                text[start:end].translate(_SEPARATORS)
            ):
                drop_parts_of(out, start, end)
                out.append(Span(start, end, kind))
