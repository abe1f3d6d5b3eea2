"""`widget_heads.WIDGET_HEADS` is what the WIDGETS patterns allow, and the gate it makes in
`boilerplate.widget_kind` decides as the bare patterns do (derived table, random and invented
lines)."""

from __future__ import annotations

import random
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.split import boilerplate as bp
from annotator.split.widget_heads import DIGITS_AS_ZERO, HEAD_LEN, WIDGET_HEADS

_parser: Any = getattr(re, "_parser")  # noqa: B009 (not in typeshed)
_compiler: Any = getattr(re, "_compiler")  # noqa: B009
_c: Any = getattr(re, "_constants")  # noqa: B009
WIDE = 4  # a position that allows more characters than this ends the opening
Heads = set[tuple[str, bool]]  # (opening, open: the node may have ended there and more follows)


def _leaf(item: Any, state: Any, flags: int) -> frozenset[str]:
    """The ASCII characters one character item matches, lower-cased, digits as 0."""
    pat = _compiler.compile(_parser.SubPattern(state, [item]), flags)
    return frozenset(
        chr(a).lower().translate(DIGITS_AS_ZERO) for a in range(128) if pat.fullmatch(chr(a))
    )


def _concat(a: Heads, b: Heads) -> Heads:
    out: Heads = set()
    for s, more in a:
        if not more:
            out.add((s, False))
            continue
        for t, more_t in b:
            u = s + t
            out.add((u[:HEAD_LEN], False) if len(u) >= HEAD_LEN else (u, more_t))
    return out


def _seq(items: Any, state: Any, flags: int) -> Heads:
    out: Heads = {("", True)}
    for item in items:
        out = _concat(out, _node(item, state, flags))
    return out


def _node(item: Any, state: Any, flags: int) -> Heads:
    op, av = item
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
        chars = _leaf(item, state, flags)
        return {("", False)} if len(chars) > WIDE else {(ch, True) for ch in chars}
    if op is _c.SUBPATTERN:
        assert not av[1] and not av[2], "inline flags"
        return _seq(av[3], state, flags)
    if op is _c.BRANCH:
        return set().union(*(_seq(b, state, flags) for b in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        body, reps, j = _seq(sub, state, flags), {("", True)}, 0
        out = set(reps) if low == 0 else set()
        while j < high:
            j += 1
            nxt = _concat(reps, body)
            if j > low and nxt == reps:
                break
            if j >= low:
                out |= nxt
            reps = nxt
        return out
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {("", True)}  # zero width: only narrows what matches
    if op is _c.ATOMIC_GROUP:
        return _seq(av, state, flags)
    raise AssertionError(f"unhandled {op}")


def derived_heads(pattern: re.Pattern[str]) -> list[str]:
    """The shortest openings a fullmatch of `pattern` can have (none a prefix of another)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    heads = {s for s, _ in _seq(tree.data, tree.state, pattern.flags | tree.state.flags)}
    assert "" not in heads
    return sorted(h for h in heads if not any(h != g and h.startswith(g) for g in heads))


def test_table_is_derived_from_the_widget_patterns() -> None:
    assert list(WIDGET_HEADS) == derived_heads(bp._WIDGET_ANY)


def reference(line: str) -> str | None:
    """`widget_kind` without the gate, tiers or cache: the first WIDGETS pattern that fits."""
    s = line.strip()
    if not s or len(s) > 600:
        return None
    kind = next((k for k, p in bp.WIDGETS if p.fullmatch(s)), None)
    return kind or bp.shape_widget_kind(s)


INVENTED = [
    "Read more",
    "READ MORE: Harbour ferry timetable changes",
    "Share this story with the lighthouse club",
    "12:45",
    "#4821",
    "Copyright 2031 Quillfeather Gazette. All rights reserved.",
    "The material may not be reproduced without the beekeepers' consent.",
    "Ayrıca okuyun: Kasabada yeni kütüphane",
    "AYRICA OKUYUN",
    "Follow us on the orchard forum",
    "The council voted on Tuesday to close the old ferry bridge.",
    "Menu items at the harbour café changed twice this spring.",
    "Top scorers of the chess league met in Maplewood.",
    "“Read more,” the librarian told the pupils.",
    "Home | Weather | Gardens | Ferries",
]


def test_invented_lines_decide_as_the_bare_patterns() -> None:
    for line in INVENTED:
        assert bp.widget_kind(line) == reference(line), line
    assert bp.widget_kind("Read more") == "nav"
    assert bp.widget_kind("The council voted on Tuesday to close the old ferry bridge.") is None
    assert not bp.may_be_widget("The council voted on Tuesday to close the old ferry bridge.")


_PIECES = list(WIDGET_HEADS) + [
    "ı", "İ", "\u212a", "ſ", "©", "“", " ", "  ", ":", "-", ".", "...", "(", ")", "7", "42",
    "cookies", "more", "full article", "us ", "the", "on ", "a", "Z", "é", "\t",
]  # fmt: skip


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(3)):
        if chars:
            i = rng.randrange(len(chars))
            chars[i] = rng.choice([chars[i].upper(), rng.choice("ıİ\u212aſ0123456789 xZ:#")])
    return "".join(chars)


def test_random_lines_decide_as_the_bare_patterns() -> None:
    rng = random.Random(39)
    for _ in range(4000):
        line = "".join(_mutate(rng, rng.choice(_PIECES)) for _ in range(rng.randrange(1, 6)))
        line = line if rng.random() < 0.7 else line + " " + "word " * rng.randrange(8, 90)
        assert bp.widget_kind(line) == reference(line), repr(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ıİKſrRe:0123#©.()tThHmMoOsS"), max_size=40))
def test_hypothesis_lines_decide_as_the_bare_patterns(text: str) -> None:
    assert bp.widget_kind(text) == reference(text)
