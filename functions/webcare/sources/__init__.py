"""Inbound sources, registered by the name used in `/webhooks/{source}`.

Adding a source means adding one module and one line here. Modules are imported on first use,
so a function only pays the import cost of the sources it actually receives.
"""

from __future__ import annotations

import importlib

from webcare.sources.base import Parsed, Source

REGISTRY: dict[str, str] = {
    "x": "webcare.sources.x:XSource",
    "postmark": "webcare.sources.postmark:PostmarkSource",
    "mailgun": "webcare.sources.mailgun:MailgunSource",
    "sendgrid": "webcare.sources.sendgrid:SendGridSource",
    "ses": "webcare.sources.ses:SesSource",
    "meta": "webcare.sources.meta:MetaSource",
    "whatsapp": "webcare.sources.whatsapp:WhatsAppSource",
    "telegram": "webcare.sources.telegram:TelegramSource",
}

_loaded: dict[str, Source] = {}


def get_source(name: str) -> Source | None:
    """The source registered under `name`, or None when there is none."""
    if name in _loaded:
        return _loaded[name]
    target = REGISTRY.get(name)
    if target is None:
        return None
    module_name, _, class_name = target.partition(":")
    source: Source = getattr(importlib.import_module(module_name), class_name)()
    _loaded[name] = source
    return source


__all__ = ["REGISTRY", "Parsed", "Source", "get_source"]
