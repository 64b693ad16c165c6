"""LazyPattern: compiled on first use, from a source string or a function that builds the source."""

from __future__ import annotations

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
