"""webcare-bridge: verified social and e-mail messages in, scrubbed cases out to a helpdesk."""

__version__ = "0.1.0"
