"""LazyPattern: compiled on first use, from a source string or a function that builds the source; the cue
lexicon, built on the first message."""

from __future__ import annotations

import os
import subprocess
import sys

from webcare.scrub.lazy import LazyPattern


def test_a_source_built_by_a_function_is_built_on_first_use_only() -> None:
    calls: list[int] = []

    def build() -> str:
        calls.append(1)
        return "(?:pin|puk)code"

    pattern = LazyPattern(build)
    assert calls == []
    match = pattern.search("mijn pukcode is")
    assert match is not None and match.group() == "pukcode"
    assert pattern.match("pincode") is not None
    assert calls == [1]


def test_a_source_string_behaves_like_the_compiled_pattern() -> None:
    pattern = LazyPattern(r"[0-9]{4}")
    assert [m.group() for m in pattern.finditer("1234 en 5678")] == ["1234", "5678"]
    assert pattern.fullmatch("123") is None
    assert pattern.pattern.pattern == r"[0-9]{4}"


def test_the_cue_lexicon_is_built_on_the_first_message_not_at_import() -> None:
    script = (
        "import webcare.scrub\n"
        "from webcare.scrub import cues, Scrubber, ScrubPolicy\n"
        "assert not cues._LEXICON and not cues._INSERTIONS and not cues._SUBSTITUTIONS, 'built at import'\n"
        "spans = Scrubber(ScrubPolicy.redact_all()).scrub('mijn wachtwoord is Tulp123!', 'public').findings\n"
        "assert [span.type for span in spans] == ['password'], spans\n"
        "assert cues._LEXICON and cues._INSERTIONS and cues._SUBSTITUTIONS, 'not built on first use'\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
