"""The behaviour document: helpdesks, routing, case rules per channel, scrub policy.

Loaded once per cold start from the JSON file named by `WEBCARE_CONFIG` and validated against
`schemas/config.schema.json`; any mistake raises `ConfigError` naming the field, so a broken
deployment fails at its first request with a message an operator can act on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from webcare.errors import ConfigError
from webcare.model import Account
from webcare.schemas import SchemaError, validate

if TYPE_CHECKING:  # imported on use: the ingest function never needs deadlines (zoneinfo)
    from webcare.cases.deadlines import BusinessHours

DEFAULT_REOPEN_WINDOW_HOURS = 72.0
DEFAULT_RESPOND_WITHIN_MINUTES = 60


@dataclass(frozen=True)
class HelpdeskConfig:
    name: str
    type: str
    url: str
    signing_secret: str = ""
    timeout_seconds: float = 10.0
    # The helpdesk's whole (schema-validated) entry, for the fields only its adapter reads.
    settings: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelRules:
    enabled: bool = True
    reopen_window: timedelta = timedelta(hours=DEFAULT_REOPEN_WINDOW_HOURS)
    respond_within: timedelta = timedelta(minutes=DEFAULT_RESPOND_WITHIN_MINUTES)
    # When set, respond_within counts only minutes inside these hours.
    business_hours: BusinessHours | None = None


@dataclass(frozen=True)
class IdentityRules:
    """How customer identities are made canonical and linked automatically (docs/cases.md)."""

    default_region: str = "NL"
    link_same_phone: bool = True
    link_same_email: bool = True


@dataclass(frozen=True)
class Routing:
    """Where a case opened on a receiving account goes inside its helpdesk."""

    group: str | None = None
    priority: str | None = None  # low | normal | high | urgent
    tags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "priority": self.priority, "tags": list(self.tags)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Routing:
        data = data or {}
        return cls(group=data.get("group"), priority=data.get("priority"), tags=tuple(data.get("tags") or ()))


@dataclass(frozen=True)
class Route:
    platform: str
    account_id: str
    helpdesk: str
    routing: Routing = field(default_factory=Routing)


@dataclass(frozen=True)
class Config:
    helpdesks: dict[str, HelpdeskConfig]
    default_helpdesk: str
    routing: tuple[Route, ...] = ()
    channels: dict[str, ChannelRules] = field(default_factory=dict)
    defaults: ChannelRules = field(default_factory=ChannelRules)
    scrub: dict[str, Any] | None = None
    # Per-source settings by source name (`sources.ses.allowed_topic_arns`), schema-validated.
    sources: Mapping[str, Any] = field(default_factory=dict)
    identities: IdentityRules = field(default_factory=IdentityRules)

    def route_for(self, account: Account) -> Route | None:
        """The first route matching the receiving `account`, if any."""
        for route in self.routing:
            if route.platform == account.platform and route.account_id == account.id:
                return route
        return None

    def helpdesk_for(self, account: Account) -> str:
        """The helpdesk name for messages received by `account` (first matching route wins)."""
        route = self.route_for(account)
        return route.helpdesk if route is not None else self.default_helpdesk

    def routing_for(self, account: Account) -> Routing:
        """Group, priority and tags for a case opened on `account` (empty when no route says)."""
        route = self.route_for(account)
        return route.routing if route is not None else Routing()

    def channel(self, name: str) -> ChannelRules:
        return self.channels.get(name, self.defaults)


def _business_hours(raw: dict[str, Any]) -> BusinessHours:
    from webcare.cases.deadlines import BusinessHours

    return BusinessHours.from_config(raw)


def _rules(raw: dict[str, Any], base: ChannelRules) -> ChannelRules:
    return ChannelRules(
        enabled=raw.get("enabled", base.enabled),
        reopen_window=(
            timedelta(hours=raw["reopen_window_hours"])
            if "reopen_window_hours" in raw
            else base.reopen_window
        ),
        respond_within=(
            timedelta(minutes=raw["respond_within_minutes"])
            if "respond_within_minutes" in raw
            else base.respond_within
        ),
        business_hours=(
            _business_hours(raw["business_hours"]) if "business_hours" in raw else base.business_hours
        ),
    )


def parse_config(document: Any, origin: str = "config") -> Config:
    """Validate and convert a config document; `ConfigError` names the bad field."""
    try:
        validate("config.schema.json", document)
    except SchemaError as exc:
        raise ConfigError(f"{origin}: {exc.path}: {exc.reason}") from None
    helpdesks = {
        name: HelpdeskConfig(
            name=name,
            type=raw["type"],
            url=raw["url"],
            signing_secret=raw.get("signing_secret", ""),
            timeout_seconds=float(raw.get("timeout_seconds", 10.0)),
            settings=dict(raw),
        )
        for name, raw in document["helpdesks"].items()
    }
    if document["default_helpdesk"] not in helpdesks:
        raise ConfigError(f"{origin}: default_helpdesk: no helpdesk named '{document['default_helpdesk']}'")
    routes = []
    for index, raw in enumerate(document.get("routing") or ()):
        if raw["helpdesk"] not in helpdesks:
            raise ConfigError(f"{origin}: routing.{index}.helpdesk: no helpdesk named '{raw['helpdesk']}'")
        routes.append(
            Route(
                platform=raw["platform"],
                account_id=raw["account_id"],
                helpdesk=raw["helpdesk"],
                routing=Routing.from_dict(raw),
            )
        )
    try:
        defaults = _rules(document.get("defaults") or {}, ChannelRules())
        channels = {name: _rules(raw, defaults) for name, raw in (document.get("channels") or {}).items()}
    except ValueError as exc:
        raise ConfigError(f"{origin}: {exc}") from None
    identities = document.get("identities") or {}
    config = Config(
        helpdesks=helpdesks,
        default_helpdesk=document["default_helpdesk"],
        routing=tuple(routes),
        channels=channels,
        defaults=defaults,
        scrub=document.get("scrub"),
        sources=dict(document.get("sources") or {}),
        identities=IdentityRules(
            default_region=identities.get("default_region", "NL"),
            link_same_phone=identities.get("link_same_phone", True),
            link_same_email=identities.get("link_same_email", True),
        ),
    )
    return config


def config_path(value: str | None = None) -> Path:
    """Resolve `WEBCARE_CONFIG`: absolute, or relative to the working directory or the artifact root."""
    raw = value if value is not None else os.environ.get("WEBCARE_CONFIG", "config/webcare.json")
    path = Path(raw)
    if path.is_absolute():
        if not path.is_file():
            raise ConfigError(f"WEBCARE_CONFIG: file '{raw}' not found")
        return path
    package_root = Path(__file__).resolve().parent.parent
    for base in (Path.cwd(), package_root, package_root.parent):
        if (base / path).is_file():
            return base / path
    raise ConfigError(
        f"WEBCARE_CONFIG: file '{raw}' not found (looked in the working directory and {package_root})"
    )


def load_config(value: str | None = None) -> Config:
    path = config_path(value)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from None
    return parse_config(document, origin=str(path))


def read_config_document(path: str | Path) -> Any:
    """A config file as data: JSON, or YAML for `.yaml`/`.yml`.

    For tools and the local stack: YAML needs PyYAML, which the Lambda artifact does not ship
    (the build converts YAML configs to JSON, and `load_config` reads JSON only).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    if path.suffix.lower() in {".yaml", ".yml"}:
        import yaml

        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: not valid JSON: {exc}") from None


def helpdesk_secret_names(document: Any) -> dict[str, str]:
    """Keys of the secrets document that the config's helpdesks name, each with the field naming
    it (`helpdesks.main.signing_secret`). By the schema's convention every helpdesk field ending
    in `_secret` names one; those keys belong in the helpdesk secret."""
    names: dict[str, str] = {}
    helpdesks = document.get("helpdesks") if isinstance(document, dict) else None
    for helpdesk, raw in (helpdesks or {}).items() if isinstance(helpdesks, dict) else ():
        for field_name, value in (raw or {}).items() if isinstance(raw, dict) else ():
            if field_name.endswith("_secret") and isinstance(value, str) and value:
                names.setdefault(value, f"helpdesks.{helpdesk}.{field_name}")
    return names
