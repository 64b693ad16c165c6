"""Adversarial input for the scrubber's regular expressions, generated from the expressions themselves.

Python's `re` backtracks. An expression goes quadratic (or worse) when two repeats that can match the
same character sit side by side, directly or across optional parts (`[ \\t]*(?:is)?[ \\t:]*`), and
the text has a long run of that character followed by one that makes the match fail: the engine
tries every way of splitting the run between the two. A search is quadratic as well when every start
position inside a run consumes the rest of it before failing (`[ \\t]*\\(at\\)` over spaces).

Rather than a hand-written list that goes stale, every compiled expression in `webcare.scrub` is
parsed (`re._parser`, the standard library's own parser) and, for each repeat in it, an input is
built: a text that leads the expression up to the repeat, a long run of something the repeat
matches, and an ending that makes the match fail. The same machinery lists the cue words the
expressions start with, for whole-message tests through the public API.
"""

from __future__ import annotations

import ast
import gc
import importlib
import inspect
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import webcare.scrub
from webcare.scrub.lazy import LazyPattern

# The standard library's own parser (re._parser since 3.11; sre_parse, its old name, now warns).
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

# Characters that runs are made of: the classes that matter in customer text.
INTERESTING = " \t\n\u00a01aA.-:/,_@#='\"()<>+"
# Preferred characters for the text that leads up to a repeat: ordinary ones first.
_WITNESS_ORDER = "aA1x0 .-:/_,@#='\"()<>+\t\n\u00a0!?*&%$;|[]{}~`^\\"
# A repeat whose upper bound is at least this is treated as unbounded: at this size a quadratic
# split still costs more than a linear pass over a message.
LONG_REPEAT = 16
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


@dataclass(frozen=True)
class Case:
    name: str  # module.attribute of the expression
    method: str  # how the package calls it
    prefix: str  # leads the expression to the repeat
    unit: str  # what the run is made of
    suffix: str  # ends the run and makes the match fail

    def text(self, length: int) -> str:
        run = self.unit * max(1, (length - len(self.prefix) - len(self.suffix)) // len(self.unit))
        return self.prefix + run + self.suffix


# ---------------------------------------------------------------------------------------------
# The expressions in the package, and how the package calls them
# ---------------------------------------------------------------------------------------------


def scrub_modules() -> list[Any]:
    return [
        importlib.import_module(f"webcare.scrub.{info.name}")
        for info in pkgutil.iter_modules(webcare.scrub.__path__)
    ]


def imported_names(module: Any) -> dict[str, str]:
    """Names a module imports from its siblings (`from webcare.scrub.textutil import DIGIT`) -> the
    sibling that defines them ("textutil")."""
    found = {}
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("webcare.scrub."):
            sibling = node.module.rsplit(".", 1)[1]
            for alias in node.names:
                found[alias.asname or alias.name] = sibling
    return found


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """module.name -> compiled expression, for every module-level expression in webcare.scrub, named
    after the module that defines it (an expression imported by another module is counted once)."""
    found: dict[str, re.Pattern[str]] = {}
    for module in scrub_modules():
        imported = imported_names(module)
        for name, value in vars(module).items():
            if name in imported:
                continue
            if isinstance(value, LazyPattern):
                value = value.pattern
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{module.__name__.rsplit('.', 1)[1]}.{name}"] = value
    return found


def methods_used() -> dict[str, set[str]]:
    """module.name -> the methods the package calls on it (`_DOB.finditer(...)` -> finditer)."""
    used: dict[str, set[str]] = {}
    for module in scrub_modules():
        short = module.__name__.rsplit(".", 1)[1]
        imported = imported_names(module)
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _METHODS
                and isinstance(node.func.value, ast.Name)
            ):
                name = node.func.value.id
                used.setdefault(f"{imported.get(name, short)}.{name}", set()).add(node.func.attr)
    return used


def inline_expressions() -> list[str]:
    """Expressions written inline (`re.search(r"...", text)`): these escape the per-pattern audit."""
    found = []
    for module in scrub_modules():
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _METHODS
                and node.args
                and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))
            ):
                found.append(f"{module.__name__}:{node.lineno}: re.{node.func.attr}")
    return found


# ---------------------------------------------------------------------------------------------
# Reading the parsed expression
# ---------------------------------------------------------------------------------------------


def _in_class(items: list[tuple[Any, Any]], ch: str, ignorecase: bool) -> bool:
    negate = bool(items) and items[0][0] is sre.NEGATE
    forms = {ch, ch.lower(), ch.upper()} if ignorecase else {ch}
    hit = False
    for op, arg in items[1:] if negate else items:
        for form in forms:
            code = ord(form)
            if op is sre.LITERAL and code == arg:
                hit = True
            elif op is sre.RANGE and arg[0] <= code <= arg[1]:
                hit = True
            elif op is sre.CATEGORY and re.fullmatch(_CATEGORY[arg], form):
                hit = True
    return hit != negate


_CATEGORY = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _matches_char(node: tuple[Any, Any], ch: str, ignorecase: bool) -> bool:
    """Whether a one-character node (literal, class, any) matches ch."""
    op, arg = node
    if op is sre.LITERAL:
        return ch == chr(arg) or (ignorecase and ch.lower() == chr(arg).lower())
    if op is sre.NOT_LITERAL:
        return ch != chr(arg)
    if op is sre.ANY:
        return ch != "\n"
    if op is sre.IN:
        return _in_class(arg, ch, ignorecase)
    return False


def _flags_inside(node: tuple[Any, Any], ignorecase: bool) -> bool:
    if node[0] is sre.SUBPATTERN:
        _, add, remove, _ = node[1]
        if add & re.IGNORECASE:
            return True
        if remove & re.IGNORECASE:
            return False
    return ignorecase


def witness(nodes: Any, ignorecase: bool) -> str:
    """A short text matched by the node sequence (assertions are ignored: good enough to lead in)."""
    out = []
    for node in nodes:
        op, arg = node
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op in (sre.NOT_LITERAL, sre.ANY, sre.IN):
            out.append(next((ch for ch in _WITNESS_ORDER if _matches_char(node, ch, ignorecase)), "a"))
        elif op is sre.BRANCH:
            out.append(witness(arg[1][0], ignorecase))
        elif op is sre.SUBPATTERN:
            out.append(witness(arg[3], _flags_inside(node, ignorecase)))
        elif op is sre.ATOMIC_GROUP:
            out.append(witness(arg, ignorecase))
        elif op in _REPEATS:
            out.append(witness(arg[2], ignorecase) * arg[0])
        elif op is sre.GROUPREF_EXISTS:
            out.append(witness(arg[1], ignorecase))
    return "".join(out)


def alternatives(nodes: Any, ignorecase: bool, limit: int = 8) -> list[str]:
    """A few different texts the node sequence matches: each branch, optional parts in and out."""
    texts = [""]
    for node in nodes:
        op, arg = node
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            chars = [ch for ch in INTERESTING if _matches_char(node, ch, ignorecase)][:3] or [
                witness([node], ignorecase)
            ]
            options = chars
        elif op is sre.BRANCH:
            options = [text for branch in arg[1] for text in alternatives(branch, ignorecase, limit)]
        elif op is sre.SUBPATTERN:
            options = alternatives(arg[3], _flags_inside(node, ignorecase), limit)
        elif op is sre.ATOMIC_GROUP:
            options = alternatives(arg, ignorecase, limit)
        elif op in _REPEATS:
            body = alternatives(arg[2], ignorecase, limit)
            options = [text * max(1, arg[0]) for text in body]
            if arg[0] == 0:
                options.append("")
        else:
            options = [""]
        texts = list(dict.fromkeys(a + b for a in texts for b in options))[:limit]
    return texts


def _long(node: tuple[Any, Any]) -> bool:
    return node[0] in _REPEATS and node[1][1] >= LONG_REPEAT


def _repeats(
    nodes: Any, prefix: str, after: str, ignorecase: bool
) -> Iterator[tuple[str, tuple[Any, Any], str, list[str], bool]]:
    """(text before, repeat node, text after, texts between it and the next repeat, ignorecase) for
    every long repeat, however nested."""
    nodes = list(nodes)
    for i, node in enumerate(nodes):
        op, arg = node
        before = prefix + witness(nodes[:i], ignorecase)
        rest = witness(nodes[i + 1 :], ignorecase) + after
        if op in _REPEATS:
            if _long(node):
                # `\w*(?:pass|pw)\w*`: a run of "pw" lets both repeats meet at every position.
                stop = next((j for j in range(i + 1, len(nodes)) if _long(nodes[j])), len(nodes))
                between = alternatives(nodes[i + 1 : stop], ignorecase) if stop < len(nodes) else []
                yield before, node, rest, [text for text in between if 0 < len(text) <= 8], ignorecase
            yield from _repeats(arg[2], before, rest, ignorecase)
        elif op is sre.BRANCH:
            for branch in arg[1]:
                yield from _repeats(branch, before, rest, ignorecase)
        elif op is sre.SUBPATTERN:
            yield from _repeats(arg[3], before, rest, _flags_inside(node, ignorecase))
        elif op is sre.ATOMIC_GROUP:
            yield from _repeats(arg, before, rest, ignorecase)
        elif op in (sre.ASSERT, sre.ASSERT_NOT) and arg[0] >= 0:
            yield from _repeats(arg[1], before, "", ignorecase)


def _one_char_nodes(nodes: Any, ignorecase: bool) -> Iterator[tuple[tuple[Any, Any], bool]]:
    for node in nodes:
        op, arg = node
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            yield node, ignorecase
        elif op is sre.BRANCH:
            for branch in arg[1]:
                yield from _one_char_nodes(branch, ignorecase)
        elif op is sre.SUBPATTERN:
            yield from _one_char_nodes(arg[3], _flags_inside(node, ignorecase))
        elif op is sre.ATOMIC_GROUP:
            yield from _one_char_nodes(arg, ignorecase)
        elif op in _REPEATS:
            yield from _one_char_nodes(arg[2], ignorecase)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _one_char_nodes(arg[1], ignorecase)


def _units(repeat: tuple[Any, Any], ignorecase: bool, tree: Any, flags_ignorecase: bool) -> list[str]:
    """What a long run for this repeat is made of: characters of its class (one for each way the
    rest of the expression treats them: a space and a tab behave alike in `[ \\t]*[ \\t:]*`), or whole
    texts of a compound body ("1 ", "a.")."""
    body = list(repeat[1][2])
    if len(body) == 1 and body[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
        others = list(_one_char_nodes(tree, flags_ignorecase))
        by_signature: dict[tuple[bool, ...], str] = {}
        for ch in INTERESTING:
            if _matches_char(body[0], ch, ignorecase):
                signature = tuple(_matches_char(node, ch, case) for node, case in others)
                by_signature.setdefault(signature, ch)
        return list(by_signature.values())
    return [text for text in alternatives(body, ignorecase) if text]


def cases() -> list[Case]:
    """Every (expression, method, long repeat, run, failing end) the package can be driven into."""
    used = methods_used()
    found: dict[tuple[str, str, str, str, str], Case] = {}
    for name, pattern in compiled_patterns().items():
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        ignorecase = bool(pattern.flags & re.IGNORECASE)
        # How the package calls it; an expression called some other way is searched and matched.
        methods = used.get(name) or {"finditer", "match"}
        for prefix, repeat, rest, between, case_insensitive in _repeats(tree, "", "", ignorecase):
            for unit in _units(repeat, case_insensitive, tree, ignorecase) + between:
                # End with a character almost nothing matches, alone and after what may follow the run.
                for suffix in dict.fromkeys(("\x00", rest[:1] + "\x00")):
                    for method in sorted(methods):
                        key = (name, method, prefix, unit, suffix)
                        found.setdefault(key, Case(name, method, prefix, unit, suffix))
    return list(found.values())


def _literal_starts(nodes: Any, limit: int) -> list[str]:
    """The literal texts a node sequence can start with: "geboortedatum", "geb", "cvv"... (lower case)."""
    starts = [""]
    for node in nodes:
        op, arg = node
        if op is sre.LITERAL:
            options = [chr(arg)]
        elif op is sre.BRANCH:
            options = [text for branch in arg[1] for text in _literal_starts(branch, limit)]
        elif op is sre.SUBPATTERN:
            options = _literal_starts(arg[3], limit)
        elif op is sre.AT:
            continue
        else:
            break
        starts = [a + b for a in starts for b in options][:limit]
        if any(not option or len(option) < 2 for option in options) and len(options) > 1:
            break  # an alternative stopped early: longer texts would be guesses
    return starts


def leading_words(limit: int = 200) -> set[str]:
    """Literal texts the expressions start with ("geboortedatum", "cvv", "bearer"): cue words."""
    words: set[str] = set()
    for pattern in compiled_patterns().values():
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        words.update(text for text in _literal_starts(list(tree), limit) if len(text.strip()) >= 2)
    return words


# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------


def caller(pattern: re.Pattern[str], method: str) -> Callable[[str], object]:
    if method == "finditer":
        return lambda text: sum(1 for _ in pattern.finditer(text))
    if method == "sub":
        return lambda text: pattern.sub("", text)
    run: Callable[[str], object] = getattr(pattern, method)
    return run


def fastest(run: Callable[[str], object], texts: list[str], repeat: int) -> list[float]:
    """The best of `repeat` timed runs on each text. Time is this thread's CPU time, so that other
    processes on a busy machine do not count; runs are interleaved so that what noise is left (caches,
    clock speed) falls on all texts alike, and noise only ever adds time: the best run is the truest."""
    best = [float("inf")] * len(texts)
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            for i, text in enumerate(texts):
                started = time.thread_time()
                run(text)
                best[i] = min(best[i], time.thread_time() - started)
    finally:
        if collecting:
            gc.enable()
    return best
