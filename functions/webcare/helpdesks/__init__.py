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
    if config.type == "rt":
        from webcare.helpdesks.rt import RequestTrackerHelpdesk

        settings = config.settings
        return RequestTrackerHelpdesk(
            config.url,
            current(secrets, str(settings["token_secret"])),
            queue=str(settings["queue"]),
            append_as=settings.get("append_as", "comment"),
            case_field=settings.get("case_field"),
            requestor_domain=settings.get("requestor_domain", "social.invalid"),
            priority_map=settings.get("priority_map"),
            tags_field=settings.get("tags_field"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    if config.type == "zendesk":
        from webcare.helpdesks.zendesk import ZendeskHelpdesk

        settings = config.settings
        return ZendeskHelpdesk(
            config.url,
            str(settings["email"]),
            current(secrets, str(settings["token_secret"])),
            public_comments=bool(settings.get("public_comments", False)),
            set_due_at=bool(settings.get("set_due_at", False)),
            tags=tuple(settings.get("tags", ("webcare",))),
            group_id=settings.get("group_id"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    if config.type == "freshdesk":
        from webcare.helpdesks.freshdesk import FreshdeskHelpdesk

        settings = config.settings
        return FreshdeskHelpdesk(
            config.url,
            current(secrets, str(settings["api_key_secret"])),
            case_field=settings.get("case_field"),
            public_notes=bool(settings.get("public_notes", False)),
            priority=settings.get("priority"),
            group_id=settings.get("group_id"),
            source=settings.get("source"),
            tags=tuple(settings.get("tags", ("webcare",))),
            custom_fields=settings.get("custom_fields"),
            requester_domain=settings.get("requester_domain", "social.invalid"),
            requests_per_minute=settings.get("requests_per_minute"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    if config.type == "servicenow":
        from webcare.helpdesks.servicenow import ServiceNowHelpdesk

        settings = config.settings
        return ServiceNowHelpdesk(
            config.url,
            str(settings["username"]),
            current(secrets, str(settings["password_secret"])),
            table=settings.get("table", "incident"),
            append_as=settings.get("append_as", "work_notes"),
            assignment_group=settings.get("assignment_group"),
            fields=settings.get("fields"),
            requester_table=settings.get("requester_table"),
            requester_field=settings.get("requester_field"),
            requester_domain=settings.get("requester_domain", "social.invalid"),
            requests_per_minute=settings.get("requests_per_minute"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    if config.type == "jira":
        from webcare.helpdesks.jira import JiraServiceManagementHelpdesk

        settings = config.settings
        return JiraServiceManagementHelpdesk(
            config.url,
            str(settings["email"]),
            current(secrets, str(settings["api_token_secret"])),
            service_desk_id=str(settings["service_desk_id"]),
            request_type_id=str(settings["request_type_id"]),
            public_comments=bool(settings.get("public_comments", False)),
            set_due_date=bool(settings.get("set_due_date", False)),
            priority=settings.get("priority"),
            labels=tuple(settings.get("labels", ("webcare",))),
            request_fields=settings.get("request_fields"),
            priority_map=settings.get("priority_map"),
            group_field=settings.get("group_field"),
            requester_domain=settings.get("requester_domain", "social.invalid"),
            requests_per_minute=settings.get("requests_per_minute"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    if config.type == "salesforce":
        from webcare.helpdesks.salesforce import SalesforceHelpdesk

        settings = config.settings
        return SalesforceHelpdesk(
            config.url,
            str(settings["client_id"]),
            current(secrets, str(settings["client_secret"])),
            case_field=str(settings["case_field"]),
            contact_field=settings.get("contact_field"),
            api_version=settings.get("api_version", "62.0"),
            public_comments=bool(settings.get("public_comments", False)),
            origin=settings.get("origin"),
            priority=settings.get("priority"),
            owner_id=settings.get("owner_id"),
            due_field=settings.get("due_field"),
            fields=settings.get("fields"),
            priority_map=settings.get("priority_map"),
            requester_domain=settings.get("requester_domain", "social.invalid"),
            requests_per_minute=settings.get("requests_per_minute"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    if config.type == "front":
        from webcare.helpdesks.front import FrontHelpdesk

        settings = config.settings
        return FrontHelpdesk(
            config.url,
            current(secrets, str(settings["token_secret"])),
            inbox_id=str(settings["inbox_id"]),
            inbox_address=str(settings["inbox_address"]),
            tags=tuple(settings.get("tags", ("webcare",))),
            assignee_id=settings.get("assignee_id"),
            run_rules=bool(settings.get("run_rules", False)),
            requester_domain=settings.get("requester_domain", "social.invalid"),
            requests_per_minute=settings.get("requests_per_minute"),
            timeout=config.timeout_seconds,
            name=config.name,
        )
    raise ConfigError(f"helpdesks.{config.name}.type: unsupported helpdesk type '{config.type}'")


__all__ = ["Helpdesk", "HelpdeskPermanent", "HelpdeskRetryable", "build_helpdesk"]
