"""The forward function's composition root: a rotated helpdesk secret is picked up while warm."""

from __future__ import annotations

from typing import Any

import pytest

from webcare.handlers import forward


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_warm_forward_function_rebuilds_its_helpdesk_adapter_after_the_secrets_cache_age(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a warm execution environment whose helpdesk adapter was built with the old secret
    built: list[str] = []
    secret = {"value": "old"}

    class Config:
        def __init__(self) -> None:
            self.helpdesks = {"main": object()}

    def build(config: Any, secrets: Any) -> str:
        built.append(secret["value"])
        return f"adapter signing with {secret['value']}"

    clock = Clock()
    monkeypatch.setattr(forward, "dependencies", lambda: (Config(), None, None))
    monkeypatch.setattr(forward, "build_helpdesk", build)
    monkeypatch.setattr(forward.time, "monotonic", clock)
    forward.forget_helpdesks()
    assert forward.helpdesk_for("main") == "adapter signing with old"

    # When the secret is rotated, a minute later the adapter is still the cached one...
    secret["value"] = "new"
    clock.now += 60
    assert forward.helpdesk_for("main") == "adapter signing with old"

    # ...and once the secrets cache has expired too, the adapter signs with the new secret
    clock.now += forward.HELPDESK_MAX_AGE_SECONDS
    assert forward.helpdesk_for("main") == "adapter signing with new"
    assert built == ["old", "new"]
    forward.forget_helpdesks()
