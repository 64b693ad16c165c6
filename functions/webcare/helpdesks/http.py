"""The one HTTP layer every helpdesk adapter sends through.

What it guarantees, whatever the adapter:
- redirects are never followed: a 3xx would re-send the customer's text and our credentials or
  signature to a host nobody configured, so it is a permanent error naming the status and the
  Location host;
- helpdesk URLs use https://, except on loopback (127.0.0.1, localhost, ::1) for the local
  stack; checked when the adapter is built, as a `ConfigError` naming the helpdesk;
- every request has a timeout;
- 408/425/429/5xx, timeouts and connection errors raise `HelpdeskRetryable` with the delay the
  helpdesk asked for (Retry-After in seconds or as an HTTP-date) and its rate-limit headers;
  other 4xx raise `HelpdeskPermanent`;
- an error's reason holds the status and, where the helpdesk gives one, a short error *code*
  taken from a known JSON field and matched against a strict pattern; never the body, because
  helpdesks echo the request (the customer's text) in their error answers, and the reason goes
  to logs, the dead-letter queue's failure_reason attribute and the ledger.
"""

from __future__ import annotations

import base64
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from webcare.errors import ConfigError
from webcare.helpdesks.base import HelpdeskPermanent, HelpdeskRetryable

RETRY_STATUSES = frozenset({408, 425, 429})
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
ERROR_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
HEADER_VALUE = re.compile(r"^[A-Za-z0-9_.:,=/ -]{1,64}$")  # '=' '/': Sforce-Limit-Info api-usage=18/5000
# JSON fields that carry a machine-readable error code in the answers of the helpdesks we know
# (dotted paths into nested objects). Free-text fields such as `message` are deliberately absent.
DEFAULT_CODE_FIELDS = ("code", "error_code", "errorCode", "error.code", "error", "errors.0.code")
DEFAULT_RATE_HEADERS = (
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "x-rate-limit",
    "x-rate-limit-remaining",
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def basic_auth(user: str, password: str) -> str:
    """An `Authorization` header value for HTTP Basic auth (RFC 7617)."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def check_url(helpdesk: str, url: str, field: str = "url") -> str:
    """Refuse a helpdesk URL that is not https://, unless it points at loopback; return it."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    where = f"helpdesks.{helpdesk}.{field}"
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigError(f"{where}: '{url}' is not an http(s) URL with a host")
    if parts.username or parts.password:
        raise ConfigError(
            f"{where}: credentials in the URL are not allowed; put them in the secrets document"
        )
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise ConfigError(
            f"{where}: plain http:// is only allowed for loopback hosts (127.0.0.1, localhost, ::1); "
            f"use https:// for '{host}'"
        )
    return url


def error_code(response: requests.Response, fields: Iterable[str] = DEFAULT_CODE_FIELDS) -> str | None:
    """A short error token from a known JSON field of the answer, or None. Never free text."""
    try:
        document = response.json()
    except ValueError:
        return None
    for path in fields:
        value: Any = document
        for step in path.split("."):
            if isinstance(value, dict):
                value = value.get(step)
            elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
                value = value[int(step)]
            else:
                value = None
                break
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and ERROR_CODE.fullmatch(value):
            return value
    return None


def _rate_headers(response: requests.Response, names: Iterable[str]) -> str:
    found = []
    for name in names:
        value = response.headers.get(name)
        if value is not None and HEADER_VALUE.fullmatch(value.strip()):
            found.append(f"{name}={value.strip()}")
    return ", ".join(found)


def describe(
    response: requests.Response,
    *,
    code_fields: Iterable[str] = DEFAULT_CODE_FIELDS,
    rate_headers: Iterable[str] = (),
) -> str:
    """`HTTP 400 (code: invalid_field)`; the status, a code when there is a safe one, rate headers."""
    reason = f"HTTP {response.status_code}"
    code = error_code(response, code_fields)
    if code:
        reason += f" (code: {code})"
    rates = _rate_headers(response, rate_headers)
    if rates:
        reason += f" [{rates}]"
    return reason


class Throttle:
    """A token bucket: at most `per_minute` requests a minute (bursts up to `burst`), per process.

    A request that would have to wait longer than `max_wait` seconds is not sent: it raises
    `HelpdeskRetryable` with the wait as its delay, so a Lambda does not sleep through its
    timeout and the forwarder retries the message after the wait. Each execution environment has
    its own bucket, so the helpdesk sees up to (concurrent environments x per_minute).
    """

    def __init__(
        self,
        per_minute: float,
        *,
        burst: float | None = None,
        max_wait: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.rate = per_minute / 60.0
        self.capacity = burst if burst is not None else max(1.0, min(per_minute / 6.0, 10.0))
        self.max_wait = max_wait
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.capacity
        self._at = clock()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.rate)
            self._at = now
            wait = (1.0 - self._tokens) / self.rate if self._tokens < 1.0 else 0.0
            if wait > self.max_wait:
                raise HelpdeskRetryable(
                    f"client-side rate limit: next request in {wait:.1f}s", retry_after=wait
                )
            self._tokens -= 1.0  # may go negative: the wait below pays it back
        if wait > 0:
            self._sleep(wait)


class HelpdeskHttp:
    """A `requests.Session` for one helpdesk with the guarantees in the module docstring.

    `request` returns the response for 2xx and raises `HelpdeskRetryable`/`HelpdeskPermanent`
    otherwise. A retryable error's `maybe_delivered` says whether the helpdesk may have acted on
    the request (a read timeout, a reset after sending, a 5xx), which is when an adapter without
    native idempotency must read back before sending again.
    """

    def __init__(
        self,
        helpdesk: str,
        base_url: str,
        *,
        timeout: float = 10.0,
        session: Any = None,
        headers: Mapping[str, str] | None = None,
        code_fields: Iterable[str] = DEFAULT_CODE_FIELDS,
        rate_headers: Iterable[str] = DEFAULT_RATE_HEADERS,
        requests_per_minute: float | None = None,
        retry_codes: Iterable[str] = (),
    ) -> None:
        self.helpdesk = helpdesk
        self.base_url = check_url(helpdesk, base_url)
        self.timeout = timeout
        self.session = session if session is not None else requests.Session()
        self.headers = {"user-agent": "webcare-bridge", **(headers or {})}
        self.code_fields = tuple(code_fields)
        self.rate_headers = tuple(rate_headers)
        # Optional and additive: a client-side limit per destination, and error codes that mean
        # "over a quota, try later" although the status is a 4xx (Salesforce 403 REQUEST_LIMIT_EXCEEDED).
        self.throttle = Throttle(requests_per_minute) if requests_per_minute else None
        self.retry_codes = frozenset(retry_codes)

    def request(
        self,
        method: str,
        url: str,
        *,
        data: bytes | None = None,
        json_body: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Send one request to `url` (absolute, or a path under the base URL) and check the answer."""
        if "://" in url:
            target = check_url(self.helpdesk, url)
        else:
            target = self.base_url.rstrip("/") + "/" + url.lstrip("/")
        kwargs: dict[str, Any] = {
            "headers": {**self.headers, **(headers or {})},
            "timeout": self.timeout,
            "allow_redirects": False,
        }
        if data is not None:
            kwargs["data"] = data
        if json_body is not None:
            kwargs["json"] = json_body
        if params is not None:
            kwargs["params"] = params
        if self.throttle is not None:
            self.throttle.acquire()
        try:
            response = self.session.request(method, target, **kwargs)
        except requests.ConnectTimeout:
            raise HelpdeskRetryable(f"could not connect within {self.timeout:g}s") from None
        except requests.Timeout:
            raise HelpdeskRetryable(f"no answer within {self.timeout:g}s", maybe_delivered=True) from None
        except requests.RequestException as exc:
            # A reset can happen after the helpdesk has read (and acted on) the whole request.
            raise HelpdeskRetryable(f"request failed: {type(exc).__name__}", maybe_delivered=True) from None
        return self.check(response)

    def check(self, response: requests.Response) -> requests.Response:
        status = response.status_code
        if 200 <= status < 300:
            return response
        if 300 <= status < 400:
            location = response.headers.get("location") or ""
            host = urlsplit(location).hostname or "(no host)"
            raise HelpdeskPermanent(
                f"HTTP {status} redirect to {host} refused: helpdesk redirects are never followed; "
                f"configure the final URL"
            )
        reason = describe(response, code_fields=self.code_fields, rate_headers=self.rate_headers)
        if self.retry_codes and error_code(response, self.code_fields) in self.retry_codes:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise HelpdeskRetryable(reason, retry_after=retry_after)
        if status in RETRY_STATUSES or status >= 500:
            raise HelpdeskRetryable(
                reason,
                retry_after=parse_retry_after(response.headers.get("retry-after")),
                maybe_delivered=status >= 500,
            )
        raise HelpdeskPermanent(reason)
