"""Round 40: banking fraud and marketplaces read (their development halves). What round 39 took back: a
contract's or a customer's bare name reads whose number follows only with a copula, not a colon."""

from __future__ import annotations

import pytest
from scrub_findings import found


def _kinds(text: str, kind: str) -> list[str]:
    return [value for found_kind, value in found(text) if found_kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben klant bij KBC Brussel: 20231187 is het dossier bij de politie",
        "Het contract van de oplichter: 48213377",
    ],
)
def test_a_bare_name_and_whose_it_is_before_a_colon_name_no_number(text: str) -> None:
    assert _kinds(text, "customer_number") == []


def test_a_bare_policy_and_whose_it_is_before_a_copula_still_name_its_number() -> None:
    assert _kinds("En de polis van de autoverzekering is 98.991.674", "customer_number") == ["98.991.674"]
