"""Fuzz the ingest and the splitter: 10,000 generated files through `split.split_file` (the
per-file path of `annotator split`) and through `structure` + `extract_claims` directly.

Documents: random Unicode with control characters in seven encodings (UTF-8 with/without BOM,
UTF-16 with/without BOM, Latin-1, cp1252, broken UTF-8), raw bytes, seed-like news and forum text
assembled from seed lines and hostile fragments, deeply nested HTML, JSONL with wrong types, and
a few lines of megabytes. The contract:

- nothing raises; every problem is one line naming the file (and the line, for JSONL);
- `split_file` never answers `cannot split (...)` (that is a caught splitter bug);
- every claim's offsets slice back to its text (also the drafts `split_document` would drop);
- no document takes longer than a time bound (a hang is a bug too).

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
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from annotator.errors import AnnotatorError
from annotator.split.claims import extract_claims
from annotator.split.ingest import decode_bytes, normalise_newlines, read_documents
from annotator.split.pipeline import split_file
from annotator.split.structure import structure

pytestmark = pytest.mark.hardening

REPO = Path(__file__).resolve().parents[2]
SEED_LINES = sorted(
    {
        line
        for p in sorted((REPO / "seeds").glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip() and len(line) < 400
    }
)
FRAGMENTS = [
    "The", "minister", "said", "says", "told", "reporters", "according to", "Officials", "Dr.",
    "U.S.", "Mr", "claimed", "warned", "denied", "added", "He", "she", "they", "who", "that",
    "not", "never", "was", "by", "“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", "!", "?", ":",
    ";", "—", "–", " - ", "(", ")", "[", "]", "\n", "\n\n", "\t", "\r", "\r\n", "Posted by",
    "Quote:", "wrote:", "Re:", "Reply", "Share", "Joined:", "Posts: 12", "2,713", "SENIOR MEMBER",
    "2021-09-01", "Sep 1, 2021", "12:30", "Mon, 3 Oct 2022 10:00 GMT", "5%", "$3 billion", "40",
    "\u200f", "\u202e", "\u200b", "\x00", "\x0b", "\x1b", "\x7f", "\ufeff", "\u2028", "\u2029",
    "שלום", "مرحبا", "😀", "e\u0301", "ﬁ", "İ", "ß", "Ⅻ", "١٢٣", "http://x.org/a?b=1", "<script>",
    "&amp;", "]]>", "By", "Reuters", "(AP) —", "|", "•", "Advertisement", "Read more", "Cookie",
    "Subscribe", "Home > News", "Click to expand...", "Country", "Pakistan", "Location", "A", "",
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "bad"]
SUFFIXES = [".txt", ".txt", ".txt", ".html", ".jsonl"]

# 10,000 documents in all, small ones mostly.
BUDGET = {
    "unicode": 2600,
    "newsy": 3000,
    "bytes": 900,
    "html": 1100,
    "jsonl": 2394,
    "enormous": 6,
}
SMALL_LIMIT = 10.0  # seconds per small document (2 shared cores, so generous)
# seconds per megabyte document: catches superlinear splitting, not a slow machine (on a 2-core
# EPYC, 2026-12-02: ~1.3 MB of prose 7-18 s; 1.6 MB of ":" lines, 800k one-character sentences,
# 55 s, the same before and after that day's changes)
BIG_LIMIT = 150.0

STATS: Counter[str] = Counter()
ERRORS_SEEN: Counter[str] = Counter()


class TooSlow(BaseException):  # not caught by split_file's `except Exception`
    pass


def _alarm(signum, frame):  # type: ignore[no-untyped-def]
    raise TooSlow("time bound exceeded")


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "bad":  # UTF-8 with stray continuation/lead bytes and an overlong form
        data = bytearray(text.encode("utf-8", "surrogatepass"))
        for i, b in enumerate((0x80, 0xC3, 0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80)):
            data.insert((i * 7919) % (len(data) + 1), b)
        return bytes(data)
    return text.encode(encoding, errors="replace")


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


# --- strategies ------------------------------------------------------------------------------

any_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400
)  # every plane, controls included
newsy_line = st.one_of(
    st.sampled_from(SEED_LINES),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map(
        lambda parts: " ".join(parts)
    ),
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join),
)
newsy_text = st.lists(newsy_line, min_size=1, max_size=40).map("\n".join)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    tags = draw(
        st.lists(
            st.sampled_from(
                ["div", "p", "article", "main", "section", "span", "b", "table", "tr", "td",
                 "ul", "li", "blockquote", "nav", "aside", "script", "style", "title", "a",
                 "svg", "noscript", "h1", "br", "meta", "x-y", "!--", "![CDATA["]
            ),
            min_size=1,
            max_size=8,
        )
    )  # fmt: skip
    depth = draw(st.sampled_from([1, 3, 10, 50, 200, 1000, 3000]))
    body = draw(newsy_text)
    closing = draw(st.booleans())
    head = draw(
        st.sampled_from(
            [
                "",
                "<!doctype html><html><head><title>T &amp; <b></title>"
                '<meta property="og:title" content="&quot;x&quot; <y>">'
                '<meta name="date" content="2021-13-45"></head><body>',
                '<?xml version="1.0" encoding="latin-1"?><html>',
                "<html><body onload='x()'>",
            ]
        )
    )
    opening = "".join(f"<{tags[i % len(tags)]} class='c{i}'>" for i in range(depth))
    ending = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth))) if closing else ""
    junk = draw(st.sampled_from(["", "<", "&", "&#x110000;", "&#0;", "<p", "</", "<!--"]))
    return head + opening + body.replace("\n", "<br>") + junk + ending


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
text_value = st.one_of(newsy_text, any_text, json_values)


@st.composite
def jsonl_line(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(max_size=60))  # not JSON
    if kind == 1:
        return json.dumps(draw(json_values))  # any JSON value
    if kind == 2:
        depth = draw(st.sampled_from([10, 1000, 100_000]))
        return "[" * depth + "]" * draw(st.sampled_from([0, depth]))  # deeply nested
    obj = {}
    if draw(st.integers(0, 4)):
        obj["text"] = draw(text_value)
    for key in ("title", "url", "source", "published", "author", "extra"):
        if draw(st.booleans()):
            obj[key] = draw(st.one_of(st.text(max_size=20), json_values))
    ascii_only = draw(st.booleans())
    line = json.dumps(obj, ensure_ascii=ascii_only, allow_nan=True)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


jsonl_text = st.lists(
    st.one_of(jsonl_line(), st.just(""), st.just("   ")), min_size=1, max_size=12
).map("\n".join)


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

    @_settings(BUDGET["newsy"])
    @given(newsy_text, st.sampled_from(ENCODINGS[:3] + ["cp1252"]), st.sampled_from(SUFFIXES))
    def newsy(text: str, encoding: str, suffix: str) -> None:
        if suffix == ".jsonl":
            data = json.dumps({"text": text, "source": "Fuzz Times"}).encode()
        else:
            data = _encode(text, encoding)
        path = writer.write(data, suffix)
        check_file(path)
        writer.drop(path)

    @_settings(BUDGET["bytes"])
    @given(st.binary(max_size=600), st.sampled_from(SUFFIXES))
    def raw_bytes(data: bytes, suffix: str) -> None:
        path = writer.write(data, suffix)
        check_file(path)
        writer.drop(path)

    @_settings(BUDGET["html"])
    @given(html_pages(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    def html(page: str, encoding: str) -> None:
        path = writer.write(_encode(page, encoding), ".html")
        check_file(path)
        writer.drop(path)

    @_settings(BUDGET["jsonl"])
    @given(jsonl_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    def jsonl(text: str, encoding: str) -> None:
        path = writer.write(_encode(text, encoding), ".jsonl")
        check_file(path)
        writer.drop(path)

    # megabyte documents: no shrinking (each attempt costs seconds), bounded time each
    @_settings(BUDGET["enormous"], phases=[Phase.explicit, Phase.generate])
    @given(
        st.sampled_from(SEED_LINES + FRAGMENTS),
        st.sampled_from(["", " ", "\n", ". ", ", "]),
        st.integers(1_000_000, 2_000_000),
        st.sampled_from([".txt", ".jsonl", ".html"]),
    )
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
    assert sum(BUDGET.values()) == 10_000
    writer = Writer(tmp_path)
    failures: dict[str, str] = {}
    per: dict[str, int] = {}
    # load lazily built models (language identification) and lazily imported readers (the
    # HTML extractor: seconds on a cold disk) before any document is timed
    warm = tmp_path / "warm-up.txt"
    warm.write_text("Officials said 12 people left Kabul on Friday.\n", encoding="utf-8")
    split_file(str(warm))
    warm_html = tmp_path / "warm-up.html"
    warm_html.write_text(
        "<html><body><p>Die Beamten sagten, 12 Menschen hätten Kabul verlassen.</p></body></html>",
        encoding="utf-8",
    )
    split_file(str(warm_html))
    t0 = time.monotonic()
    for label, run in _runners(writer).items():
        before = STATS["documents"]
        try:
            run()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - record per strategy, keep fuzzing the others
            failures[label] = f"{type(exc).__name__}: {exc}"[:2000]
        per[label] = STATS["documents"] - before
    seconds = time.monotonic() - t0
    print(
        f"FIGURE fuzz: {STATS['documents']} documents passed the contract "
        f"({', '.join(f'{k} {v}' for k, v in per.items())}), {len(failures)} strategies failed; "
        f"{STATS['split_docs']} documents split into {STATS['claims']} claims; "
        f"{sum(ERRORS_SEEN.values())} one-line errors ({len(ERRORS_SEEN)} kinds); "
        f"slowest {STATS['max_seconds_x1000'] / 1000:.2f} s; {seconds:.0f} s"
    )
    for label, why in failures.items():
        print(f"FAILED {label}: {why}")
    assert not failures, failures
    assert STATS["documents"] >= 10_000


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
