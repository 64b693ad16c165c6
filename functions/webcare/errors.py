"""Errors shared across the package."""


class ConfigError(Exception):
    """The deployment's configuration or secrets are wrong; the message names what to fix."""
