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


_PATTERN_TEXTS = """
import re, sys
seen = []
compile_ = re._compiler.compile
re._compiler.compile = lambda p, flags=0: seen.append((p, flags)) or compile_(p, flags)
import importlib, pathlib
import annotator.split
for module in sorted(pathlib.Path(annotator.split.__file__).parent.glob("*.py")):
    if not module.stem.startswith("_"):
        importlib.import_module(f"annotator.split.{module.stem}")
sys.stdout.write(repr(sorted(map(repr, seen))))
"""


def test_pattern_texts_do_not_depend_on_the_hash_seed() -> None:
    """The record is keyed by pattern text: an alternation joined in a set's order would miss it
    in every process with another hash seed."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    texts = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, ANNOTATOR_COMPILED="0", PYTHONPATH=str(root))
        env["ANNOTATOR_REGEX_CACHE"] = "0"
        run = subprocess.run(
            [sys.executable, "-c", _PATTERN_TEXTS], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        texts.append(run.stdout)
    assert len(texts[0]) > 10_000 and texts[0] == texts[1]
