"""The split stage's compiled patterns kept on disk (`annotator.split.regex_cache`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

_CHECK = """
import importlib, pkgutil, re
import annotator.split as pkg
from annotator.split import regex_cache
usual = regex_cache._STATE["usual"]
n = 0
for m in pkgutil.iter_modules(pkg.__path__):
    if m.name in ("executors",):
        continue
    mod = importlib.import_module("annotator.split." + m.name)
    for v in list(vars(mod).values()):
        if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
            assert v == usual(v.pattern, v.flags), v.pattern[:80]
            n += 1
print(n, regex_cache._STATE["hits"], regex_cache._STATE["missed"])
"""


def _run(cache: Path) -> list[int]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", _CHECK], env=env, capture_output=True, text=True, check=True
    )
    return [int(x) for x in out.stdout.split()]


def test_patterns_made_from_the_file_equal_the_usual_ones(tmp_path: Path) -> None:
    """A first process compiles every pattern and writes the file; a second makes them from
    it: each module's patterns equal `re`'s own (pattern, flags and code)."""
    patterns, hits, missed = _run(tmp_path)
    assert patterns > 300 and hits == 0 and missed > 300
    (copy,) = (tmp_path / "annotator").glob("regex-*.marshal")
    patterns_again, hits, missed = _run(tmp_path)
    assert patterns_again == patterns and hits > 300 and missed * 10 <= hits
    copy.write_bytes(b"broken")  # an unreadable file: the usual compile, then written again
    assert _run(tmp_path)[2] > 300


def test_other_modules_patterns_are_compiled_as_before() -> None:
    """Only patterns compiled from an `annotator.` module are kept (not a test's, not a
    library's)."""
    from annotator.split import regex_cache

    if not regex_cache._STATE:
        return  # the engine's internals differ: nothing is installed
    pattern = re.compile(r"Jan Doe(?P<n>\d+) of the harbour board")
    found = pattern.match("Jan Doe7 of the harbour board")
    assert found is not None and found.group("n") == "7"
    assert (pattern.pattern, 0) not in regex_cache._STATE["used"]
    assert (pattern.pattern, int(re.UNICODE)) not in regex_cache._STATE["used"]
