"""Secrets: platform app secrets, verify tokens, signing keys, helpdesk credentials.

Each function reads one Secrets Manager secret holding a JSON object: the ingest the platform
secret, forward and callback the helpdesk secret. Each value is a string, or a list of strings
during a rotation (current first, previous after): verification accepts any of them, signing
uses the first. Values are never logged.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol

from webcare.errors import ConfigError


class Secrets(Protocol):
    def values(self, name: str) -> tuple[str, ...]:
        """All accepted values for `name`, current first; empty when not configured."""
        ...


def current(secrets: Secrets, name: str) -> str:
    """The value to sign with; a missing secret is a configuration error, not a client error."""
    found = secrets.values(name)
    if not found:
        raise ConfigError(f"secret '{name}' is not set in the secrets document")
    return found[0]


def _as_tuple(name: str, value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v for v in value if v)
    raise ConfigError(f"secret '{name}' must be a string or a list of strings (current first)")


class StaticSecrets:
    """Secrets from a mapping: for tests and the local stack."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def values(self, name: str) -> tuple[str, ...]:
        return _as_tuple(name, self._data.get(name))


class SecretsManagerSecrets:
    """The secrets document from AWS Secrets Manager, cached by Powertools Parameters.

    Side effects: one GetSecretValue call per `max_age` seconds per execution environment.
    """

    def __init__(self, secret_id: str, *, client: Any = None, max_age: int = 300) -> None:
        self._secret_id = secret_id
        self._client = client
        self._max_age = max_age

    def _document(self) -> Mapping[str, Any]:
        from aws_lambda_powertools.utilities import parameters

        provider = parameters.SecretsProvider(boto3_client=self._client) if self._client else None
        if provider is not None:
            raw = provider.get(self._secret_id, max_age=self._max_age)
        else:
            raw = parameters.get_secret(self._secret_id, max_age=self._max_age)
        try:
            document = json.loads(raw) if isinstance(raw, str | bytes) else raw
        except json.JSONDecodeError:
            raise ConfigError(f"secret {self._secret_id} is not a JSON object") from None
        if not isinstance(document, dict):
            raise ConfigError(f"secret {self._secret_id} is not a JSON object")
        return document

    def values(self, name: str) -> tuple[str, ...]:
        return _as_tuple(name, self._document().get(name))
