"""The regex record (annotator/split/regex_cache.py) builds the same patterns as `re`."""

import marshal
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.split import regex_cache

PATTERNS = [
    (r"(?P<who>[A-Z]\w+) (?:said|told) (?P<whom>\w+)?", 0),
    (r"harbour|ferry|tide", re.IGNORECASE),
    (r"^\s*(?:[-*•]\s+)?\d{1,3}[.)]\s", re.MULTILINE),
    (r"(?<=\w)['’]s\b", 0),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*+", 0),
    (r"(?x) a  b # spaced", 0),
    (r"[\x80-\xff]", 0),
]
BYTES = (rb"\x00[\x01-\x7f]+", 0)


def _random_patterns(n: int) -> list[str]:
    rng = random.Random(7)
    parts = [r"\w+", "[aeiou]", r"\s*", "(?:x|yz)", "(q)", r"\d{2,4}", ".", "k?", r"\b", "m++"]
    return ["".join(rng.choice(parts) for _ in range(rng.randint(1, 6))) for _ in range(n)]


@pytest.fixture
def recorded(tmp_path: Path) -> Iterator[Path]:
    """A record of PATTERNS and random patterns in tmp_path; `re` as it was afterwards."""
    original, stored = regex_cache._compiler.compile, dict(regex_cache._stored)
    pats = PATTERNS + [(p, 0) for p in _random_patterns(60)] + [BYTES]

    def warm() -> None:
        for pattern, flags in pats:
            re.compile(pattern, flags)

    assert regex_cache.record(tmp_path, warm) == len(set(pats))
    yield tmp_path
    regex_cache._compiler.compile = original
    regex_cache._stored.clear()
    regex_cache._stored.update(stored)
    re.purge()


def test_recorded_patterns_equal_re(recorded: Path) -> None:
    regex_cache._stored.clear()
    regex_cache._compiler.compile = regex_cache._original
    regex_cache.install(recorded)
    fresh = {}
    for pattern, flags in [*PATTERNS, BYTES, *[(p, 0) for p in _random_patterns(60)]]:
        re.purge()
        built = re.compile(pattern, flags)
        fresh[pattern, flags] = built
        assert built == regex_cache._original(pattern, flags)  # compares flags and code
        assert built.groupindex == regex_cache._original(pattern, flags).groupindex
    who = fresh[PATTERNS[0]].match("Mara told Ivo")
    assert who is not None and who.group("who", "whom") == ("Mara", "Ivo")


def test_unrecorded_pattern_goes_to_re(recorded: Path) -> None:
    regex_cache.install(recorded)
    re.purge()
    assert re.compile(r"lighthouse (keeper)?").fullmatch("lighthouse keeper")
    assert ("lighthouse (keeper)?", 0) not in regex_cache._stored


def test_record_of_another_interpreter_is_ignored(recorded: Path) -> None:
    path = recorded / regex_cache.FILE
    _, stored = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((("2.7.0", 0, 0), stored)))
    regex_cache._stored.clear()
    assert regex_cache.load(path) == 0 and not regex_cache._stored
    path.write_bytes(b"not a record")
    assert regex_cache.load(path) == 0


def test_turned_off(recorded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_REGEX_CACHE", "0")
    regex_cache._stored.clear()
    regex_cache._compiler.compile = regex_cache._original
    regex_cache.install(recorded)
    assert regex_cache._compiler.compile is regex_cache._original and not regex_cache._stored
