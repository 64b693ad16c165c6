"""The checksums computed in `validators` for plain digit strings answer exactly as python-stdnum does."""

from __future__ import annotations

import random

from stdnum import ean, luhn
from stdnum.be import vat
from stdnum.nl import bsn

from webcare.scrub import validators


def _samples(lengths: tuple[int, ...], count: int = 4000) -> list[str]:
    rng = random.Random(13)
    numbers = [rng.choice("0123456789") * size for size in lengths]  # "000000000" and its kind
    numbers += ["".join(rng.choice("0123456789") for _ in range(rng.choice(lengths))) for _ in range(count)]
    return numbers


# Not plain ASCII digits: separators, other scripts' digits, superscripts, letters, nothing.
_ODD = ["", " ", "4111 1111 1111 1111", "4111-1111-1111-1111", "١٢٣٤٥٦٧٨٩", "123456²89", "12345678a",
        "1234.56.789", "0478.123.456", "BE0478123456", "12.34.56.789", " 111222333",
        "111222333 "]  # fmt: skip


def test_luhn_as_stdnum() -> None:
    numbers = _samples((1, 2, 12, 13, 14, 15, 16, 17, 18, 19, 20))
    for number in numbers + _ODD:
        assert validators.luhn_valid(number) == luhn.is_valid(number), number
    # a fair share valid, so that both answers are checked
    assert sum(map(validators.luhn_valid, numbers)) > len(numbers) // 20


def test_bsn_as_stdnum() -> None:
    numbers = _samples((8, 9, 10))
    for number in numbers + _ODD:
        assert validators.bsn_valid(number) == bsn.is_valid(number), number
    assert sum(map(validators.bsn_valid, numbers)) > len(numbers) // 40


def test_belgian_enterprise_number_as_stdnum() -> None:
    numbers = _samples((9, 10, 11), 20000)
    numbers += ["0" + number for number in _samples((9,))] + ["1" + number for number in _samples((9,))]
    for number in numbers + _ODD:
        assert validators.be_enterprise_valid(number) == vat.is_valid(number), number
    assert sum(map(validators.be_enterprise_valid, numbers)) > len(numbers) // 200


def test_ean_as_stdnum() -> None:
    numbers = _samples((7, 8, 12, 13, 14, 15))
    for number in numbers + _ODD:
        assert validators.ean_valid(number) == ean.is_valid(number), number
    assert sum(map(validators.ean_valid, numbers)) > len(numbers) // 20


def _stdnum_iban(compact: str) -> bool:
    from stdnum import iban

    lengths = validators.IBAN_LENGTHS
    return iban.is_valid(compact, check_country=False) and lengths.get(compact[:2]) == len(compact)


def test_iban_as_stdnum() -> None:
    from stdnum import iban

    rng = random.Random(13)
    countries = [*validators.IBAN_LENGTHS, "US", "XX"]
    numbers: list[str] = []
    for _ in range(6000):
        country = rng.choice(countries)
        size = validators.IBAN_LENGTHS.get(country, 22) + rng.choice((0, 0, 0, -1, 1))
        kinds = rng.choice(("0123456789", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ABCDEFGHIJ0123"))
        bban = "".join(rng.choice(kinds) for _ in range(max(0, size - 4)))
        numbers.append(country + iban.calc_check_digits(country + "00" + bban) + bban)  # the sum holds
        numbers.append(country + f"{rng.randrange(100):02d}" + bban)
    numbers += [
        "",
        "NL",
        "NL91",
        "NL91ABNA0417164300",
        "nl91abna0417164300",
        "NL91ABNA041716430É",
        "GB82WEST12345698765432",
    ]
    for number in numbers:
        assert validators.iban_valid(number) == _stdnum_iban(number), number
    assert sum(map(validators.iban_valid, numbers)) > len(numbers) // 50
