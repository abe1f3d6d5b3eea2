"""Fuzz the ingest and the splitter: 2,500 generated files through `split.split_file` (the
per-file path of `annotator split`) and through `structure` + `extract_claims` directly.

Documents: random Unicode with control characters in seven encodings (UTF-8 with/without BOM,
UTF-16 with/without BOM, Latin-1, cp1252, broken UTF-8), raw bytes, seed-like news and forum text
assembled from seed lines and hostile fragments, deeply nested HTML, JSONL with wrong types, and
a few lines of megabytes. The contract:

- nothing raises; every problem is one line naming the file (and the line, for JSONL);
- `split_file` never answers `cannot split (...)` (that is a caught splitter bug);
- every claim's offsets slice back to its text (also the drafts `split_document` would drop);
- no document takes longer than a time bound (a hang is a bug too);
- every branch of the generators (each encoding, suffix, line kind, HTML tag, depth, head and
  tail, JSONL line kind, key and value kind) was checked at least once in the run: explicit
  examples take the rare ones (HTML, nested JSONL lines), the budgets the others.

Reproducers of the bugs found are the `test_repro_*` tests at the end.
"""

from __future__ import annotations

import json
import re
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from fuzz_documents import (
    ENCODINGS,
    EXPECTED_BRANCHES,
    FRAGMENTS,
    HTML_ENCODINGS,
    HTML_HEADS,
    JSONL_ENCODINGS,
    SEED_LINES,
    SUFFIXES,
    Tagged,
    _encode,
    any_text,
    html_covering,
    html_pages,
    jsonl_covering,
    jsonl_text,
    newsy_text,
)
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.split.claims import extract_claims
from annotator.split.document_rows import split_file
from annotator.split.ingest import decode_bytes, normalise_newlines, read_documents
from annotator.split.structure import structure

pytestmark = pytest.mark.hardening

# 2,500 random documents in all, small ones mostly, besides the explicit ones (was 10,000: every
# branch of the generators is drawn with these too, see EXPECTED_BRANCHES)
BUDGET = {
    "unicode": 600,
    "newsy": 600,
    "bytes": 300,
    "html": 400,
    "jsonl": 596,
    "enormous": 4,  # besides the two explicit ones
}
SMALL_LIMIT = 10.0  # seconds per small document (2 shared cores, so generous)
# seconds per megabyte document: catches superlinear splitting, not a slow machine (on a 2-core
# EPYC, 2026-12-02: ~1.3 MB of prose 7-18 s; 1.6 MB of ":" lines, 800k one-character sentences,
# 55 s, the same before and after that day's changes)
BIG_LIMIT = 150.0

STATS: Counter[str] = Counter()
ERRORS_SEEN: Counter[str] = Counter()
BRANCHES: Counter[str] = Counter()  # generator branches of the documents checked


class TooSlow(BaseException):  # not caught by split_file's `except Exception`
    pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise TooSlow("time bound exceeded")


def check_file(path: Path, limit: float = SMALL_LIMIT, *, deep: bool = True) -> None:
    """Run one file through both paths and assert the contract (raises AssertionError).

    `deep=False` (megabyte documents) skips the second, direct pass over the splitter."""
    name = str(path)
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        t0 = time.monotonic()
        docs, errors = split_file(name)
        # the pure path too: split_document silently drops drafts with bad offsets, so look
        raws, problems = read_documents(path) if deep else ([], None)
        for raw in raws:
            sdoc = structure(raw)
            text = raw.text
            for b in sdoc.blocks:
                assert 0 <= b.start <= b.end <= len(text), f"block {b} outside the text"
            for s, e, _kind in sdoc.boilerplate:
                assert 0 <= s <= e <= len(text), f"boilerplate {(s, e)} outside the text"
            for d in extract_claims(sdoc):
                assert text[d.start : d.end] == d.text, (
                    f"claim offsets {d.start}:{d.end} slice {text[d.start : d.end]!r}, "
                    f"not the claim text {d.text!r}"
                )
        elapsed = time.monotonic() - t0
    except TooSlow:
        size, head = path.stat().st_size, path.read_bytes()[:120]
        raise AssertionError(
            f"{name}: more than {limit:.0f} s for {size} bytes starting {head!r}"
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    # the alarm's exception is lost when it fires inside a __del__: the clock decides too
    assert elapsed <= limit, f"{name}: {elapsed:.1f} s, more than {limit:.0f} s"
    STATS["documents"] += 1
    STATS["split_docs"] += len(docs)
    STATS["claims"] += sum(len(d.claims) for d in docs)
    STATS["max_seconds_x1000"] = max(STATS["max_seconds_x1000"], int(elapsed * 1000))
    if problems is not None:
        assert [str(p) for p in problems] == [e for e in errors if "cannot split" not in e], (
            "split_file and read_documents disagree on the problems"
        )
    n_lines = None
    if path.suffix == ".jsonl":
        try:  # lines as the ingest counts them: after decoding, \r\n and \r are newlines
            n_lines = normalise_newlines(decode_bytes(path.read_bytes())).count("\n") + 1
        except AnnotatorError:
            pass
    for err in errors:
        assert isinstance(err, str) and err, err
        assert "\n" not in err and "\r" not in err, f"multi-line error {err!r}"
        assert "cannot split" not in err, f"splitter crashed: {err}"
        assert err.startswith(name + ":"), f"error does not name the file: {err!r}"
        ERRORS_SEEN[re.sub(r"[\d\s]+|'.*?'|0x\w+", " ", err[len(name) :])[:50]] += 1
        if n_lines is not None:
            m = re.match(re.escape(name) + r":(\d+): ", err)
            if m:
                assert 1 <= int(m.group(1)) <= n_lines, f"line number out of range: {err!r}"
            else:  # a file-level problem
                assert err.startswith(name + ": "), err
    for d in docs:
        text = d.document["text"]
        for c in d.claims:
            assert text[c["start"] : c["end"]] == c["text"]


class Writer:
    """Files under one folder, a fresh name per example (no clean-up between examples)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n = 0

    def write(self, data: bytes, suffix: str) -> Path:
        self.n += 1
        path = self.folder / f"doc{self.n:05d}{suffix}"
        path.write_bytes(data)
        return path

    def drop(self, path: Path) -> None:
        path.unlink(missing_ok=True)


# --- the fuzz test ---------------------------------------------------------------------------


def _settings(n: int, **kw: object) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        **kw,  # type: ignore[arg-type]
    )


def _runners(writer: Writer) -> dict[str, object]:
    @_settings(BUDGET["unicode"])
    @given(any_text, st.sampled_from(ENCODINGS), st.sampled_from(SUFFIXES))
    def unicode(text: str, encoding: str, suffix: str) -> None:
        path = writer.write(_encode(text, encoding), suffix)
        check_file(path)
        writer.drop(path)
        BRANCHES.update({f"unicode: {encoding}", f"unicode: {suffix}"})

    @_settings(BUDGET["newsy"])
    @given(newsy_text, st.sampled_from(ENCODINGS[:3] + ["cp1252"]), st.sampled_from(SUFFIXES))
    def newsy(tagged: Tagged, encoding: str, suffix: str) -> None:
        text, branches = tagged
        if suffix == ".jsonl":
            data = json.dumps({"text": text, "source": "Fuzz Times"}).encode()
        else:
            data = _encode(text, encoding)
        path = writer.write(data, suffix)
        check_file(path)
        writer.drop(path)
        BRANCHES.update(branches | {f"newsy: {encoding}", f"newsy: {suffix}"})

    @_settings(BUDGET["bytes"])
    @given(st.binary(max_size=600), st.sampled_from(SUFFIXES))
    def raw_bytes(data: bytes, suffix: str) -> None:
        path = writer.write(data, suffix)
        check_file(path)
        writer.drop(path)
        BRANCHES[f"bytes: {suffix}"] += 1

    @_settings(BUDGET["html"])
    @given(html_pages(), st.sampled_from(HTML_ENCODINGS))
    def html(tagged: Tagged, encoding: str) -> None:
        page, branches = tagged
        path = writer.write(_encode(page, encoding), ".html")
        check_file(path)
        writer.drop(path)
        BRANCHES.update(branches | {f"html: {encoding}"})

    for page, encoding in html_covering():
        html = example(page, encoding)(html)

    @_settings(BUDGET["jsonl"])
    @given(jsonl_text, st.sampled_from(JSONL_ENCODINGS))
    def jsonl(tagged: Tagged, encoding: str) -> None:
        text, branches = tagged
        path = writer.write(_encode(text, encoding), ".jsonl")
        check_file(path)
        writer.drop(path)
        BRANCHES.update(branches | {f"jsonl: {encoding}"})

    for text, encoding in jsonl_covering():
        jsonl = example(text, encoding)(jsonl)

    # megabyte documents: no shrinking (each attempt costs seconds), bounded time each
    @_settings(BUDGET["enormous"], phases=[Phase.explicit, Phase.generate])
    @given(
        st.sampled_from(SEED_LINES + FRAGMENTS),
        st.sampled_from(["", " ", "\n", ". ", ", "]),
        st.integers(1_000_000, 2_000_000),
        st.sampled_from([".txt", ".jsonl", ".html"]),
    )
    # one character a line, 750k lines: each sentence copied the text before it (quadratic:
    # 800 kB took 88 CPU s, 1.5 MB ~5 min; linear since 2026-12-03, ~45 s under load)
    @example("\U0001f600", "\n", 1_500_000, ".txt")
    # one sentence of 330k cues: each cue read the whole sentence before it (2 MB: 158 CPU s,
    # over the bound; linear since 2026-12-03, 70 s)
    @example("said", ", ", 2_000_000, ".txt")
    def enormous(unit: str, sep: str, size: int, suffix: str) -> None:
        unit = (unit or "x") + sep
        text = (unit * (size // len(unit) + 1))[:size]
        if suffix == ".jsonl":
            data = (json.dumps({"text": text}) + "\n" + json.dumps({"text": 5})).encode()
        else:
            data = text.encode("utf-8")
        path = writer.write(data, suffix)
        check_file(path, limit=BIG_LIMIT, deep=False)
        writer.drop(path)

    return {
        "unicode": unicode,
        "newsy": newsy,
        "bytes": raw_bytes,
        "html": html,
        "jsonl": jsonl,
        "enormous": enormous,
    }


def test_fuzz_split_file_and_splitter(tmp_path: Path) -> None:
    STATS.clear()
    ERRORS_SEEN.clear()
    BRANCHES.clear()
    assert sum(BUDGET.values()) == 2_500
    writer = Writer(tmp_path)
    failures: dict[str, str] = {}
    per: dict[str, str] = {}
    # load lazily built models (language identification) and lazily imported readers (the
    # HTML extractor: seconds on a cold disk; its date parser's locales, read at the first page
    # with a date it cannot parse: ~3 CPU s) before any document is timed
    warm = tmp_path / "warm-up.txt"
    warm.write_text("Officials said 12 people left Kabul on Friday.\n", encoding="utf-8")
    split_file(str(warm))
    warm_html = tmp_path / "warm-up.html"
    warm_html.write_text(
        HTML_HEADS[1] + "<p>Die Beamten sagten, 12 Menschen hätten Kabul verlassen.</p>",
        encoding="utf-8",
    )
    split_file(str(warm_html))
    t0 = time.monotonic()
    for label, run in _runners(writer).items():
        before, started = STATS["documents"], time.process_time()
        try:
            run()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - record per strategy, keep fuzzing the others
            failures[label] = f"{type(exc).__name__}: {exc}"[:2000]
        per[label] = f"{STATS['documents'] - before} in {time.process_time() - started:.0f} CPU s"
    seconds = time.monotonic() - t0
    print(
        f"FIGURE fuzz: {STATS['documents']} documents passed the contract "
        f"({', '.join(f'{k} {v}' for k, v in per.items())}), {len(failures)} strategies failed; "
        f"{STATS['split_docs']} documents split into {STATS['claims']} claims; "
        f"{sum(ERRORS_SEEN.values())} one-line errors ({len(ERRORS_SEEN)} kinds); "
        f"slowest {STATS['max_seconds_x1000'] / 1000:.2f} s; {seconds:.0f} s; "
        f"{len(BRANCHES)} generator branches, the least drawn {min(BRANCHES.values())} times"
    )
    for label, why in failures.items():
        print(f"FAILED {label}: {why}")
    assert not failures, failures
    assert STATS["documents"] >= 2_500
    assert not EXPECTED_BRANCHES - set(BRANCHES), sorted(EXPECTED_BRANCHES - set(BRANCHES))


# --- reproducers of bugs the fuzzer found ------------------------------------------------------


def _split_seconds(text: str, tmp_path: Path, limit: float) -> float:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    t0 = time.monotonic()
    try:
        docs, errors = split_file(str(path))
    except TooSlow:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    assert not errors
    return time.monotonic() - t0


def test_repro_long_sentence_with_many_speech_verbs_is_not_quadratic(tmp_path: Path) -> None:
    """Found by the `enormous` strategy: one sentence with many speech verbs takes time
    quadratic in its length (`attribution.attribute_sentence` calls `_speaker_before_verb` on
    the whole prefix for every verb, which splits it and tries `_name_like` on every part):
    25 kB took 2 s, 100 kB 28 s, a 2 MB line hours. 10x the text may take at most ~10x the time
    (x20 allowed for noise on shared cores)."""
    unit = "word said 5 people died, "
    small = _split_seconds(unit * 400, tmp_path, 30)  # 10 kB
    large = _split_seconds(unit * 4000, tmp_path, 60)  # 100 kB
    print(f"FIGURE speech-verb sentence: 10 kB in {small:.2f} s, 100 kB in {large:.2f} s")
    assert large < max(20 * small, 2.0), f"10 kB: {small:.2f} s, 100 kB: {large:.2f} s"


def test_repro_spaceless_glued_periods_are_not_quadratic() -> None:
    """A text with no spaces and many periods glued to a capital ("ab.Cdef" repeated) made the
    sentence splitter look for the token's spaces from every period: 280 kB took 12 s. 10x the
    text may take at most ~10x the time (x20 allowed for noise on shared cores)."""
    from annotator.split.sentences import split_sentences

    def seconds(text: str) -> float:
        t0 = time.process_time()
        assert len(split_sentences(text)) == text.count(".") + 1
        return time.process_time() - t0

    small = seconds("ab.Cdef" * 1_500)  # 10 kB
    large = seconds("ab.Cdef" * 15_000)  # 100 kB
    print(f"FIGURE glued periods: 10 kB in {small:.3f} s, 100 kB in {large:.3f} s")
    assert large < max(20 * small, 0.5), f"10 kB: {small:.3f} s, 100 kB: {large:.3f} s"
