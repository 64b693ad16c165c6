"""`webcare simulate` without --secret: what it says when .local/stack.json cannot give the secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from webcare.simulate import UsageError, resolve_secret


def state(tmp_path: Path, document: dict[str, object]) -> Path:
    (tmp_path / ".local").mkdir()
    (tmp_path / ".local" / "stack.json").write_text(json.dumps(document), encoding="utf-8")
    return tmp_path


@pytest.fixture(autouse=True)
def no_secret_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WEBCARE_X_SECRET", raising=False)


def test_a_generated_secret_is_taken_from_the_state_file(tmp_path: Path) -> None:
    start = state(tmp_path, {"secrets": {"x_consumer_secret": "generated"}, "secrets_from_file": {}})

    assert resolve_secret(None, start=start) == "generated"


def test_a_secret_from_the_users_file_is_asked_for_instead_of_signing_with_a_wrong_one(
    tmp_path: Path,
) -> None:
    from_file = {"x_consumer_secret": "PlatformSecrets"}
    start = state(tmp_path, {"secrets": {"webhook_signing_secret": "w"}, "secrets_from_file": from_file})

    with pytest.raises(UsageError) as raised:
        resolve_secret(None, start=start)

    assert "pass --secret" in str(raised.value)
    assert "came from your --secrets file" in str(raised.value)


def test_oauth2_without_a_secret_does_not_claim_the_local_stack_writes_one(tmp_path: Path) -> None:
    start = state(tmp_path, {"secrets": {"x_consumer_secret": "generated"}, "secrets_from_file": {}})

    with pytest.raises(UsageError) as raised:
        resolve_secret(None, oauth2=True, start=start)

    message = str(raised.value)
    assert "pass --secret" in message
    assert "which writes secrets.x_oauth2_client_secret" not in message
    assert "generated no 'x_oauth2_client_secret'" in message
