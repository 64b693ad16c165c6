"""Canonical identity keys: the same person on the same platform gives one key, whatever the format."""

from __future__ import annotations

import pytest

from webcare.cases.identities import IdentityError, IdentityRules, canonical, parse_identity_key
from webcare.model import Identity


@pytest.mark.parametrize(
    "wa_id", ["31612345678", "+31612345678", "+31 6 12345678", "0612345678", "06-12345678"]
)
def test_a_dutch_mobile_number_in_any_format_is_one_e164_key(wa_id: str) -> None:
    assert canonical(Identity("whatsapp", wa_id)).key == "phone:+31612345678"


def test_the_default_region_decides_numbers_without_a_country_code() -> None:
    belgian = IdentityRules(default_region="BE")
    assert canonical(Identity("whatsapp", "0497123456"), belgian).key == "phone:+32497123456"
    assert canonical(Identity("whatsapp", "447700900123")).key == "phone:+447700900123"


def test_without_automatic_phone_linking_the_namespace_stays_the_channels() -> None:
    rules = IdentityRules(link_same_phone=False)
    assert canonical(Identity("whatsapp", "31612345678"), rules).key == "whatsapp:+31612345678"


def test_an_impossible_number_keeps_what_the_platform_sent() -> None:
    assert canonical(Identity("whatsapp", "12")).key == "whatsapp:12"


def test_email_addresses_are_lower_cased_across_providers() -> None:
    assert canonical(Identity("email", " Jan.deVries@Example.NL ")).key == "email:jan.devries@example.nl"


def test_scoped_ids_keep_their_scope_and_case() -> None:
    psid = Identity("messenger", "6543210987654321", scope="104857600000001")
    assert canonical(psid) == psid
    assert canonical(psid).key == "messenger:104857600000001:6543210987654321"
    assert canonical(Identity("x", "2244994945", handle="Noor")).key == "x:2244994945"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("x:2244994945", "x:2244994945"),
        ("messenger:104857600000001:6543210987654321", "messenger:104857600000001:6543210987654321"),
        ("email:jan@example.nl", "email:jan@example.nl"),
    ],
)
def test_identity_keys_parse_back(text: str, key: str) -> None:
    assert parse_identity_key(text).key == key


@pytest.mark.parametrize("text", ["", "x", "x:", ":1", "::"])
def test_malformed_identity_keys_are_refused_with_the_format(text: str) -> None:
    with pytest.raises(IdentityError, match="namespace:id"):
        parse_identity_key(text)
