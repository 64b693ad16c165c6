"""Scrubbing: find and remove sensitive data from customer text before anything is stored.

    from webcare.scrub import Scrubber, ScrubPolicy
    scrubber = Scrubber(ScrubPolicy.from_config(config.get("scrub")))
    result = scrubber.scrub("mijn wachtwoord is Zomer2024!", visibility="public")
    result.text      # 'mijn wachtwoord is [PASSWORD]'

What is detected, what is left alone and the policy are described in docs/scrubbing.md.
"""

from webcare.scrub.kinds import TYPES
from webcare.scrub.policy import ScrubPolicy
from webcare.scrub.scrubber import Finding, Scrubber, ScrubResult

__all__ = ["TYPES", "Finding", "ScrubPolicy", "ScrubResult", "Scrubber"]
