"""Ingest: file types, decoding, bad input, and the HTML extractor on hand-written pages."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

import pytest

from annotator.errors import AnnotatorError
from annotator.split.ingest import MAX_FILE_BYTES, expand_paths, read_documents
from annotator.split.structure import structure

_NAV = """<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/asia">Asia &amp; Pacific</a></li><li><a href="/live">Listen Live</a></li></ul></nav></header>"""
_COOKIE = """<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our
<a href="/privacy">privacy policy</a>.</p><button>Accept</button></div>"""
_FOOTER = """<footer><p>Follow us on Twitter, Facebook and YouTube.</p><p>&copy; 2021 Daily Ledger. All rights
reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>"""
_RELATED = """<aside class="related"><h3>Related Articles</h3><ul>
<li><a href="/a1">Taliban Pledges Support in Anti-Daesh Fight</a></li>
<li><a href="/a2">Is the ceasefire in Nangarhar about to collapse?</a></li>
<li><a href="/a3">Ten Things to Know About ISIS-K</a></li></ul></aside>"""

HTML_PAGES = [
    {
        "html": f"""<!DOCTYPE html><html><head><title>Taliban and US find common ground | Daily Ledger</title>
<meta property="og:title" content="Taliban and US find common ground">
<meta property="og:site_name" content="Daily Ledger">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2021-08-28T09:30:00+00:00">
<meta property="og:url" content="https://ledger.example/world/taliban-us">
</head><body>{_NAV}{_COOKIE}
<main><article><h1>Taliban and US find common ground</h1>
<p class="byline">By Jane Roe</p>
<p>The blast at Kabul airport late Thursday killed 13 U.S. service members and at least 60 Afghans, officials said on Friday.</p>
<p>"It's not a matter of trust, it's a matter of mutual self interest," President Joe Biden told reporters at the White House.</p>
<p>ISIS-K is estimated to have about 2,000 fighters in the east of the country, according to a United Nations report published in July.</p>
</article>{_RELATED}</main>{_FOOTER}</body></html>""",
        "text": [
            "The blast at Kabul airport late Thursday killed 13 U.S. service members and at least 60 Afghans, officials said on Friday.",
            "\"It's not a matter of trust, it's a matter of mutual self interest,\" President Joe Biden told reporters at the White House.",
            "ISIS-K is estimated to have about 2,000 fighters in the east of the country, according to a United Nations report published in July.",
        ],
        "meta": {
            "title": "Taliban and US find common ground",
            "author": "Jane Roe",
            "published": "2021-08-28",
            "url": "https://ledger.example/world/taliban-us",
            "source": "Daily Ledger",
        },
    },
    {
        "html": f"""<html><head><title>Kugelman: alliance would be a nightmare - World Wire</title>
<meta name="author" content="Sam Poe"><meta name="date" content="2021-02-28">
<link rel="canonical" href="https://wire.example/2021/02/28/alliance">
<meta property="og:site_name" content="World Wire"></head><body>{_NAV}
<div id="content"><h1>Kugelman: alliance would be a nightmare</h1>
<div class="share">Share on Facebook Share on Twitter Get short URL</div>
<p>In an interview, Michael Kugelman commented on reports about a possible alliance between the Taliban and Daesh in eastern Afghanistan.</p>
<p>The two groups have been fighting each other for more than a year, and Afghan forces capitalized on their enmity in Nangarhar province.</p>
<p>"The Taliban has been doing pretty well without the need of assistance from a group like ISIS," he said in the interview on Sunday.</p>
<p>The Afghan wing of Daesh was formed in 2015, when infighting between Taliban factions broke out in several provinces.</p>
</div>{_RELATED}{_FOOTER}</body></html>""",
        "text": [
            "In an interview, Michael Kugelman commented on reports about a possible alliance between the Taliban and Daesh in eastern Afghanistan.",
            "The two groups have been fighting each other for more than a year, and Afghan forces capitalized on their enmity in Nangarhar province.",
            '"The Taliban has been doing pretty well without the need of assistance from a group like ISIS," he said in the interview on Sunday.',
            "The Afghan wing of Daesh was formed in 2015, when infighting between Taliban factions broke out in several provinces.",
        ],
        "meta": {
            "title": "Kugelman: alliance would be a nightmare",
            "author": "Sam Poe",
            "published": "2021-02-28",
            "url": "https://wire.example/2021/02/28/alliance",
            "source": "World Wire",
        },
    },
    {
        "html": f"""<html><head><title>Why the RAF is ready to strike</title>
<meta property="og:title" content="Why the RAF is ready to strike">
<meta property="article:published_time" content="2021-09-06">
<meta property="og:site_name" content="Defence Notes">
<meta name="author" content="Alex Kemp"></head><body>{_NAV}<article>
<h1>Why the RAF is ready to strike</h1>
<p>The Chief of the Air Staff said the Royal Air Force was ready to strike Islamic State targets in Afghanistan if necessary.</p>
<h2>The situation in Afghanistan</h2>
<p>After a 20-year presence, US troops left Afghanistan on August 31, and the Taliban took over almost the entire country within a month.</p>
<figure><img src="x.jpg"><figcaption>Taliban fighters in Kabul. AFP/GETTY IMAGES</figcaption></figure>
<p>At present, only the province of Panjshir has not been conquered by the Taliban, and anti-Taliban forces have positioned themselves in it.</p>
<p>Former President Ashraf Ghani fled the country on August 15, the same day the Taliban entered Kabul.</p>
</article>{_COOKIE}{_FOOTER}</body></html>""",
        "text": [
            "The Chief of the Air Staff said the Royal Air Force was ready to strike Islamic State targets in Afghanistan if necessary.",
            "After a 20-year presence, US troops left Afghanistan on August 31, and the Taliban took over almost the entire country within a month.",
            "At present, only the province of Panjshir has not been conquered by the Taliban, and anti-Taliban forces have positioned themselves in it.",
            "Former President Ashraf Ghani fled the country on August 15, the same day the Taliban entered Kabul.",
        ],
        "meta": {
            "title": "Why the RAF is ready to strike",
            "author": "Alex Kemp",
            "published": "2021-09-06",
            "url": None,
            "source": "Defence Notes",
        },
    },
    {
        "html": f"""<html><head><title>Forum - ISIS threat thread</title>
<meta property="og:site_name" content="Defence Forum"></head><body>{_NAV}
<div class="thread"><h1>ISIS threat thread</h1>
<div class="post"><div class="usercard"><a class="username">Nasr</a><span>SENIOR MEMBER</span><span>Joined Dec 9, 2018</span></div>
<div class="message"><p>ISIS and TTP are the biggest threats to Afghanistan, Iran and Pakistan, and each country should allocate resources to fight them.</p></div></div>
<div class="post"><div class="usercard"><a class="username">Pandora</a><span>SENIOR MEMBER</span></div>
<div class="message"><p>ISIS leadership was given refuge in prime localities of Kabul, and they used them to conduct attacks inside Pakistan.</p></div></div>
</div><div class="viewers">Users Who Are Viewing This Thread (Total: 1, Members: 0, Guests: 1)</div>{_FOOTER}</body></html>""",
        "text": [
            "ISIS and TTP are the biggest threats to Afghanistan, Iran and Pakistan, and each country should allocate resources to fight them.",
            "ISIS leadership was given refuge in prime localities of Kabul, and they used them to conduct attacks inside Pakistan.",
        ],
        "meta": {
            "title": "ISIS threat thread",
            "author": None,
            "published": None,
            "url": None,
            "source": "Defence Forum",
        },
    },
    {
        "html": f"""<html><head><title>Pentagon: no personnel on the ground</title></head><body>{_NAV}{_COOKIE}
<div class="story"><h1>Pentagon: no personnel on the ground</h1><p class="meta">By Kim Lee | October 12, 2021</p>
<p>"We do not have any personnel on the ground in Afghanistan and have not been in communication with Taliban leadership," a spokesperson said.</p>
<p>The Pentagon has said its efforts against ISIS-K remain limited to over-the-horizon assets based outside of Afghanistan.</p>
<p>JUST IN: Parliament moves to take the commission to court</p>
<p>Political contacts between U.S. diplomats and the Taliban continue in the Qatari capital of Doha, officials confirmed this week.</p>
</div>{_RELATED}{_FOOTER}</body></html>""",
        "text": [
            '"We do not have any personnel on the ground in Afghanistan and have not been in communication with Taliban leadership," a spokesperson said.',
            "The Pentagon has said its efforts against ISIS-K remain limited to over-the-horizon assets based outside of Afghanistan.",
            "Political contacts between U.S. diplomats and the Taliban continue in the Qatari capital of Doha, officials confirmed this week.",
        ],
        "meta": {
            "title": "Pentagon: no personnel on the ground",
            "author": "Kim Lee",
            "published": "2021-10-12",
            "url": None,
            "source": None,
        },
    },
]


def one(path: Path) -> AnnotatorError:
    docs, errors = read_documents(path)
    assert docs == [] and len(errors) == 1
    return errors[0]


def test_txt_keeps_text_and_normalises_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("  Title\r\n\r\nBody\u00a0text.\rEnd  ".encode())
    (doc,), errors = read_documents(path)
    assert errors == [] and doc.format == "txt" and doc.path == str(path)
    assert doc.text == "  Title\n\nBody\u00a0text.\nEnd  "


def test_bom_utf16_and_clean_cp1252(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfHello.")
    (tmp_path / "u16.txt").write_bytes("Caf\u00e9 \U0001f600.".encode("utf-16"))
    (tmp_path / "cp.txt").write_bytes(b"He said \x93no\x94 \x96 twice.")
    assert read_documents(tmp_path / "bom.txt")[0][0].text == "Hello."
    assert read_documents(tmp_path / "u16.txt")[0][0].text == "Caf\u00e9 \U0001f600."
    assert read_documents(tmp_path / "cp.txt")[0][0].text == "He said \u201cno\u201d \u2013 twice."


def test_bad_files(tmp_path: Path) -> None:
    cases = {
        "bin.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        "ctl.txt": (bytes(range(1, 9)) * 20, "binary file"),
        "latin.txt": (
            "Caf\u00e9 cr\u00e8me".encode("latin-1"),
            "not UTF-8 (byte 0xe9 at offset 3)",
        ),
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t\r\n", "empty"),
        "blank.jsonl": (b"\n\n", "empty"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        err = one(tmp_path / name)
        assert str(err).startswith(f"{tmp_path / name}: ") and message in str(err), str(err)


def test_jsonl_lines(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    good = {
        "text": "First doc.\r\nLine two.",
        "title": "T",
        "url": "https://x.example/a",
        "source": "Wire",
        "published": "2021-02-28",
        "author": None,
        "id": 7,
    }
    lines = [
        json.dumps(good),
        "{not json",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 5}),
        json.dumps({"text": "ok", "published": 2021}),
        "",
        json.dumps({"text": "   "}),
        json.dumps({"text": "Second doc."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read_documents(path)
    assert [d.path for d in docs] == [f"{path}:1", f"{path}:9"]
    assert (
        docs[0].text == "First doc.\nLine two."
        and docs[0].source == "Wire"
        and docs[0].author is None
    )
    assert docs[0].format == "jsonl"
    messages = [str(e) for e in errors]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 8]
    assert messages[0].startswith(f"{path}:2: invalid JSON")
    assert "expected a JSON object, got list" in messages[1]
    assert '"text" must be a string, it is missing' in messages[2]
    assert '"text" must be a string, it is a int' in messages[3]
    assert '"published" must be a string or null, it is a int' in messages[4]
    assert '"text" is empty' in messages[5]


def test_huge_single_line_file_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs in a single "line", written instantly
    t = time.perf_counter()
    err = one(path)
    assert time.perf_counter() - t < 0.5
    assert str(err) == f"{path}: file is 50.0 MB, over the 20 MB limit; split it into smaller files"
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x" * 100)
    assert "over the" in str(one_limit(path, 50))


def one_limit(path: Path, limit: int) -> AnnotatorError:
    docs, errors = read_documents(path, max_bytes=limit)
    assert docs == []
    return errors[0]


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.HTML", "sub/c.jsonl", "sub/d.htm", "notes.md", "sub/e.pdf"):
        (tmp_path / name).write_text("x")
    found = expand_paths([tmp_path, tmp_path / "b.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.HTML",
        "b.txt",
        "sub/c.jsonl",
        "sub/d.htm",
    ]
    with pytest.raises(AnnotatorError, match=r"notes\.md: unsupported file type '\.md'"):
        expand_paths([tmp_path / "notes.md"])
    with pytest.raises(AnnotatorError, match="no such file or folder"):
        expand_paths([tmp_path / "missing.txt"])


def _f1(pred: str, gold: str) -> float:
    p, g = Counter(re.findall(r"\w+", pred.lower())), Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((p & g).values())
    return 0.0 if not overlap else 2 * overlap / (sum(p.values()) + sum(g.values()))


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: p["meta"]["title"][:20])
def test_html_main_text_and_metadata(tmp_path: Path, page: dict) -> None:
    path = tmp_path / "page.html"
    path.write_text(page["html"], encoding="utf-8")
    (doc,), errors = read_documents(path)
    assert errors == [] and doc.format == "html"
    assert _f1(doc.text, "\n".join(page["text"])) > 0.85
    for paragraph in page["text"]:
        assert paragraph in doc.text
    assert "cookies" not in doc.text and "All rights" not in doc.text
    assert doc.title == page["meta"]["title"]
    blocks = structure(doc).blocks
    assert [doc.text[b.start : b.end] for b in blocks] == page["text"]
    assert doc.source == page["meta"]["source"]


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "x.htm"
    path.write_text("<html><head><script>var a = 1;</script></head><body>   </body></html>")
    assert "no main text" in str(one(path))


def test_a_nul_character_is_one_problem_per_document_and_the_others_go_in(tmp_path: Path) -> None:
    """NUL reaches a text through a JSONL `\\u0000` escape, UTF-16 or a Parquet cell: the
    document is one problem naming file (and line), on every store, since PostgreSQL cannot
    keep it; the HTML parsers drop NUL (HTML's rule), so a page keeps its text without it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotator.split.readers import read_shard

    said = "Officials said the bridge will close on Monday."
    lines = [{"text": said}, {"text": "He said\u0000 no."}, {"text": said, "title": "A\u0000"}]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in lines + [{"text": said}]), "utf-8")
    nul = "holds a NUL character (U+0000), which a store cannot keep; remove it"
    expected = [f'{path}:2: "text" {nul}', f'{path}:3: "title" {nul}']
    docs, errors = read_documents(path)
    assert [d.path for d in docs] == [f"{path}:1", f"{path}:4"]
    assert [str(e) for e in errors] == expected and [e.line for e in errors] == [2, 3]
    shard = [str(x) if isinstance(x, AnnotatorError) else x.path for x in read_shard(path)]
    assert shard == [f"{path}:1", *expected, f"{path}:4"]  # `split --out` reads it the same
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(f"{said}\u0000".encode("utf-16"))
    assert str(one(u16)) == f'{u16}: "text" {nul}'
    table = tmp_path / "t.parquet"
    pq.write_table(pa.table({"text": [said, f"{said}\u0000"]}), table)
    assert [str(x) for x in read_shard(table)][1] == f'{table}:2: "text" {nul}'
    page = tmp_path / "p.html"
    html = f"<html><head><title>T\u0000</title></head><body><article><p>{said}\u0000</p></article>"
    page.write_bytes(html.encode("utf-16"))
    (doc,), problems = read_documents(page)
    assert not problems and doc.text == said and doc.title == "T"


def test_a_lone_surrogate_escape_is_one_problem_naming_the_character(tmp_path: Path) -> None:
    """A JSONL `\\ud800` escape with no pair decodes to no Unicode text: the line is one problem
    saying so (not an encoder's traceback at store time), a paired escape is text."""
    said = "Officials said the bridge will close on Monday."
    path = tmp_path / "d.jsonl"
    lines = [
        '{"text": "Officials said\\ud800 the bridge will close."}',
        '{"text": "' + said + ' \\ud83d\\ude00"}',
        '{"text": "' + said + '", "author": "Ann \\udc00"}',
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    docs, errors = read_documents(path)
    assert [d.path for d in docs] == [f"{path}:2"] and docs[0].text.endswith("\U0001f600")
    assert [str(e) for e in errors] == [
        f'{path}:1: "text" holds a lone surrogate (U+D800) at character 15: half of a UTF-16 '
        "pair, not text; fix the escape",
        f'{path}:3: "author" holds a lone surrogate (U+DC00) at character 5: half of a UTF-16 '
        "pair, not text; fix the escape",
    ]
