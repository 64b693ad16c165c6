"""Every way an IBAN is written is found whole: the account is checked by its digits, so its layout
(groups apart by spaces, two spaces, dashes, dots, a no-break space or a line break, lower case, the country
code apart, glued to its label) must not matter. Accounts are built from their check digits (python-stdnum),
one per country, in every layout and in every sentence frame below."""

from __future__ import annotations

import random

import pytest
from scrub_findings import SCRUBBER
from stdnum import iban as stdnum_iban

# country -> the BBAN's letters (A), digits (N) and either (C), in order
_LAYOUTS = {
    "NL": "AAAANNNNNNNNNN",
    "BE": "NNNNNNNNNNNN",
    "DE": "NNNNNNNNNNNNNNNNNN",
    "FR": "NNNNNNNNNNCCCCCCCCCCCNN",
    "GB": "AAAANNNNNNNNNNNNNN",
    "LU": "NNNCCCCCCCCCCCCC",
    "ES": "NNNNNNNNNNNNNNNNNNNN",
}
_RNG = random.Random(20261201)


def _account(country: str) -> str:
    pools = {
        "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "N": "0123456789",
        "C": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    }
    bban = "".join(_RNG.choice(pools[kind]) for kind in _LAYOUTS[country])
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


def _groups(value: str) -> list[str]:
    return [value[i : i + 4] for i in range(0, len(value), 4)]


_STYLES = {
    "in one piece": lambda v: v,
    "groups of four": lambda v: " ".join(_groups(v)),
    "two spaces": lambda v: "  ".join(_groups(v)),
    "dashes": lambda v: "-".join(_groups(v)),
    "dots": lambda v: ".".join(_groups(v)),
    "no-break spaces": lambda v: "\u00a0".join(_groups(v)),
    "lower case": lambda v: " ".join(_groups(v)).lower(),
    "country code apart": lambda v: v[:2] + " " + v[2:4] + " " + " ".join(_groups(v[4:])),
    "over two lines": lambda v: " ".join(_groups(v)[:3]) + "\n" + " ".join(_groups(v)[3:]),
}
_FRAMES = (
    "IBAN: {}",
    "mijn rekening is {}.",
    "iban {} thx",
    "rekeningnummer:{}",
    "({})",
    "IBAN{}",
    "stort het op {}, bedankt",
    "mon IBAN est le {} merci",
    "> IBAN: {}\n> groet",
)


@pytest.mark.parametrize("style", sorted(_STYLES))
@pytest.mark.parametrize("country", sorted(_LAYOUTS))
def test_an_iban_is_found_whole_however_it_is_laid_out(country: str, style: str) -> None:
    missed = []
    for frame in _FRAMES:
        written = _STYLES[style](_account(country))
        text = frame.format(written)
        start = text.index(written)
        findings = SCRUBBER.scrub(text, "public").findings
        if not any(f.type == "iban" and f.start <= start and start + len(written) <= f.end for f in findings):
            missed.append(text)
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        # a valid account's characters inside a longer word that is no label: a key, a hash
        "api key sk_test_NL91ABNA0417164300xyz please rotate",
        "checksum 7fNL91ABNA0417164300 ok",
    ],
)
def test_an_account_inside_a_longer_word_is_not_an_iban(text: str) -> None:
    assert [f.type for f in SCRUBBER.scrub(text, "public").findings if f.type == "iban"] == []
