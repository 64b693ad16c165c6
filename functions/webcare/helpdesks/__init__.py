"""Helpdesk adapters, built from the configuration. Adding one means one module and one entry in
`_BUILDERS` here (a function that reads that helpdesk's settings)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from webcare.config import HelpdeskConfig
from webcare.errors import ConfigError
from webcare.helpdesks.base import Helpdesk, HelpdeskPermanent, HelpdeskRetryable
from webcare.secrets import Secrets, current

DEFAULT_TAGS = ("webcare",)


class _Settings:
    """One helpdesk's configuration entry, read the way every builder reads it."""

    def __init__(self, config: HelpdeskConfig, secrets: Secrets) -> None:
        self.config = config
        self.url = config.url
        self._settings = config.settings
        self._secrets = secrets

    def required(self, key: str) -> str:
        return str(self._settings[key])

    def secret(self, key: str) -> str:
        """The current value of the secret whose name the setting `key` holds."""
        return self.named_secret(self.required(key))

    def named_secret(self, name: str) -> str:
        return current(self._secrets, name)

    def get(self, key: str, default: Any = None) -> Any:
        return self._settings.get(key, default)

    def flag(self, key: str) -> bool:
        return bool(self._settings.get(key, False))

    def tags(self, key: str = "tags") -> tuple[str, ...]:
        return tuple(self._settings.get(key, DEFAULT_TAGS))

    def transport(self) -> dict[str, Any]:
        """What every adapter takes: the timeout and the helpdesk's name (for errors and metrics)."""
        return {"timeout": self.config.timeout_seconds, "name": self.config.name}

    def api_options(self) -> dict[str, Any]:
        """What the throttled API adapters also take: the domain of placeholder requester
        addresses and the request budget (besides the transport options)."""
        return {
            "requester_domain": self._settings.get("requester_domain", "social.invalid"),
            "requests_per_minute": self._settings.get("requests_per_minute"),
            **self.transport(),
        }


def _webhook(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.webhook import WebhookHelpdesk

    return WebhookHelpdesk(
        s.url,
        s.named_secret(s.config.signing_secret),
        secret_name=s.config.signing_secret,
        **s.transport(),
    )


def _rt(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.rt import RequestTrackerHelpdesk

    return RequestTrackerHelpdesk(
        s.url,
        s.secret("token_secret"),
        queue=s.required("queue"),
        append_as=s.get("append_as", "comment"),
        case_field=s.get("case_field"),
        requestor_domain=s.get("requestor_domain", "social.invalid"),
        priority_map=s.get("priority_map"),
        tags_field=s.get("tags_field"),
        **s.transport(),
    )


def _zendesk(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.zendesk import ZendeskHelpdesk

    return ZendeskHelpdesk(
        s.url,
        s.required("email"),
        s.secret("token_secret"),
        public_comments=s.flag("public_comments"),
        set_due_at=s.flag("set_due_at"),
        tags=s.tags(),
        group_id=s.get("group_id"),
        **s.transport(),
    )


def _freshdesk(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.freshdesk import FreshdeskHelpdesk

    return FreshdeskHelpdesk(
        s.url,
        s.secret("api_key_secret"),
        case_field=s.get("case_field"),
        public_notes=s.flag("public_notes"),
        priority=s.get("priority"),
        group_id=s.get("group_id"),
        source=s.get("source"),
        tags=s.tags(),
        custom_fields=s.get("custom_fields"),
        **s.api_options(),
    )


def _servicenow(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.servicenow import ServiceNowHelpdesk

    return ServiceNowHelpdesk(
        s.url,
        s.required("username"),
        s.secret("password_secret"),
        table=s.get("table", "incident"),
        append_as=s.get("append_as", "work_notes"),
        assignment_group=s.get("assignment_group"),
        fields=s.get("fields"),
        requester_table=s.get("requester_table"),
        requester_field=s.get("requester_field"),
        **s.api_options(),
    )


def _jira(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.jira import JiraServiceManagementHelpdesk

    return JiraServiceManagementHelpdesk(
        s.url,
        s.required("email"),
        s.secret("api_token_secret"),
        service_desk_id=s.required("service_desk_id"),
        request_type_id=s.required("request_type_id"),
        public_comments=s.flag("public_comments"),
        set_due_date=s.flag("set_due_date"),
        priority=s.get("priority"),
        labels=s.tags("labels"),
        request_fields=s.get("request_fields"),
        priority_map=s.get("priority_map"),
        group_field=s.get("group_field"),
        **s.api_options(),
    )


def _salesforce(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.salesforce import SalesforceHelpdesk

    return SalesforceHelpdesk(
        s.url,
        s.required("client_id"),
        s.secret("client_secret"),
        case_field=s.required("case_field"),
        contact_field=s.get("contact_field"),
        api_version=s.get("api_version", "62.0"),
        public_comments=s.flag("public_comments"),
        origin=s.get("origin"),
        priority=s.get("priority"),
        owner_id=s.get("owner_id"),
        due_field=s.get("due_field"),
        fields=s.get("fields"),
        priority_map=s.get("priority_map"),
        **s.api_options(),
    )


def _front(s: _Settings) -> Helpdesk:
    from webcare.helpdesks.front import FrontHelpdesk

    return FrontHelpdesk(
        s.url,
        s.secret("token_secret"),
        inbox_id=s.required("inbox_id"),
        inbox_address=s.required("inbox_address"),
        tags=s.tags(),
        assignee_id=s.get("assignee_id"),
        run_rules=s.flag("run_rules"),
        **s.api_options(),
    )


# Each builder imports its adapter when called: a function loads only the helpdesk it uses.
_BUILDERS: dict[str, Callable[[_Settings], Helpdesk]] = {
    "webhook": _webhook,
    "rt": _rt,
    "zendesk": _zendesk,
    "freshdesk": _freshdesk,
    "servicenow": _servicenow,
    "jira": _jira,
    "salesforce": _salesforce,
    "front": _front,
}


def build_helpdesk(config: HelpdeskConfig, secrets: Secrets) -> Helpdesk:
    builder = _BUILDERS.get(config.type)
    if builder is None:
        raise ConfigError(f"helpdesks.{config.name}.type: unsupported helpdesk type '{config.type}'")
    return builder(_Settings(config, secrets))


__all__ = ["Helpdesk", "HelpdeskPermanent", "HelpdeskRetryable", "build_helpdesk"]
