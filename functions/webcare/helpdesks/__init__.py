"""Helpdesk adapters, built from the configuration. Adding one means one module and one branch here."""

from __future__ import annotations

from webcare.config import HelpdeskConfig
from webcare.errors import ConfigError
from webcare.helpdesks.base import Helpdesk, HelpdeskPermanent, HelpdeskRetryable
from webcare.secrets import Secrets, current


def build_helpdesk(config: HelpdeskConfig, secrets: Secrets) -> Helpdesk:
    if config.type == "webhook":
        from webcare.helpdesks.webhook import WebhookHelpdesk

        return WebhookHelpdesk(
            config.url,
            current(secrets, config.signing_secret),
            timeout=config.timeout_seconds,
            name=config.name,
            secret_name=config.signing_secret,
        )
    raise ConfigError(f"helpdesks.{config.name}.type: unsupported helpdesk type '{config.type}'")


__all__ = ["Helpdesk", "HelpdeskPermanent", "HelpdeskRetryable", "build_helpdesk"]
