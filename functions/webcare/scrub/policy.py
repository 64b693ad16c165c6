"""What to do with each data type, per visibility: the `scrub` section of the configuration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from webcare.errors import ConfigError
from webcare.scrub.kinds import ACTIONS, DEFAULT_RULES, KEEP, LOCKED_TYPES, REDACT, TYPES

DEFAULT_MAX_TEXT_LENGTH = 20_000
VISIBILITIES = ("public", "private")


@dataclass(frozen=True)
class ScrubPolicy:
    """Action per (type, visibility) and the longest text that is kept."""

    rules: Mapping[str, tuple[str, str]] = field(default_factory=lambda: dict(DEFAULT_RULES))
    max_text_length: int = DEFAULT_MAX_TEXT_LENGTH

    def action(self, data_type: str, visibility: str) -> str:
        public, private = self.rules.get(data_type, (REDACT, REDACT))
        return private if visibility == "private" else public

    @classmethod
    def defaults(cls) -> ScrubPolicy:
        return cls()

    @classmethod
    def redact_all(cls, max_text_length: int = DEFAULT_MAX_TEXT_LENGTH) -> ScrubPolicy:
        return cls(rules={name: (REDACT, REDACT) for name in TYPES}, max_text_length=max_text_length)

    @classmethod
    def from_config(cls, section: Mapping[str, Any] | None) -> ScrubPolicy:
        """Build the policy from the config document's `scrub` object (None: the defaults).

        Raises ConfigError naming the offending field, e.g. `scrub.policy.card.public: ...`.
        """
        if section is None:
            return cls()
        if not isinstance(section, Mapping):
            raise ConfigError("scrub: must be an object")
        for key in section:
            if key not in ("max_text_length", "policy"):
                raise ConfigError(f"scrub.{key}: unknown setting (expected max_text_length, policy)")
        max_length = section.get("max_text_length", DEFAULT_MAX_TEXT_LENGTH)
        if (
            isinstance(max_length, bool)
            or not isinstance(max_length, int)
            or not 100 <= max_length <= 1_000_000
        ):
            raise ConfigError("scrub.max_text_length: must be an integer between 100 and 1000000")
        rules = dict(DEFAULT_RULES)
        raw_policy = section.get("policy") or {}
        if not isinstance(raw_policy, Mapping):
            raise ConfigError("scrub.policy: must be an object mapping data types to actions")
        for data_type, value in raw_policy.items():
            where = f"scrub.policy.{data_type}"
            if data_type not in DEFAULT_RULES:
                raise ConfigError(f"{where}: unknown data type (known: {', '.join(TYPES)})")
            public, private = rules[data_type]
            if isinstance(value, str):
                public = private = _action(value, where)
            elif isinstance(value, Mapping):
                for visibility in value:
                    if visibility not in VISIBILITIES:
                        raise ConfigError(
                            f"{where}.{visibility}: unknown visibility (expected public, private)"
                        )
                public = _action(value.get("public", public), f"{where}.public")
                private = _action(value.get("private", private), f"{where}.private")
            else:
                raise ConfigError(f"{where}: must be an action or an object with public/private actions")
            for visibility, action in (("public", public), ("private", private)):
                if data_type in LOCKED_TYPES and action != REDACT:
                    raise ConfigError(
                        f"{where}.{visibility}: {data_type} is always redacted, '{action}' is not allowed"
                    )
            rules[data_type] = (public, private)
        return cls(rules=rules, max_text_length=max_length)


def _action(value: Any, where: str) -> str:
    if not isinstance(value, str) or value not in ACTIONS:
        raise ConfigError(f"{where}: must be one of {', '.join(ACTIONS)}, got {value!r}")
    return value


__all__ = ["DEFAULT_MAX_TEXT_LENGTH", "KEEP", "ScrubPolicy"]
