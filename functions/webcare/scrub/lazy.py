"""Regular expressions compiled on first use.

Most messages never reach most patterns (street names, dates of birth, URL secrets); compiling them
all at import would add about ten milliseconds to the ingest Lambda's cold start for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """Behaves like the `re.Pattern` it wraps for search, match, fullmatch and finditer.

    The source may be a function that builds it (a long generated alternation), called on first use too.
    The first call compiles the expression and puts the compiled pattern's own methods in place of
    these four: the scrubber makes tens of thousands of calls a second, and a wrapper in between
    cost each of them a Python call."""

    __slots__ = ("_compiled", "_flags", "_source", "finditer", "fullmatch", "match", "search")

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.search = self._first_call("search")
        self.match = self._first_call("match")
        self.fullmatch = self._first_call("fullmatch")
        self.finditer = self._first_call("finditer")

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            source = self._source if isinstance(self._source, str) else self._source()
            compiled = self._compiled = re.compile(source, self._flags)
            self.search = compiled.search
            self.match = compiled.match
            self.fullmatch = compiled.fullmatch
            self.finditer = compiled.finditer
        return self._compiled

    def _first_call(self, method: str) -> Callable[..., Any]:
        def compile_then_call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.pattern, method)(*args, **kwargs)

        return compile_then_call
