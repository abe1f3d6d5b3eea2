"""Speaker attribution of the split stage, scored on held-out news (issue 10's metric).

English: PolNeAR dev (Newell et al., LREC 2018; brat standoff: Source/Cue/Content spans linked
by `E` events). Two dev articles carry several annotators' files: the annotator whose file name
sorts first is used, so every article has exactly one gold annotation.
German (`--lang de`): the German news quotation attribution dev set (Petersen-Frey & Biemann
2024; JSONL, one article a line, speaker/cue/quote character spans).

Each article's text goes through the real split stage (`document_rows.split_document` on a
RawDocument, as `annotator split` does on a .txt file) and its claim units are scored:

- a gold attribution is *judged* when its source has a content word (not only pronouns) and its
  content has >= 15 characters;
- a claim *covers* an attribution when >= 50% of the shorter of (claim, content) lies inside
  the other (discontinuous content: the union of its fragments);
- a speaker *matches* when predicted speaker and gold source share a content word (articles,
  pronouns, titles and role words removed, case and possessive 's ignored; when either side
  has nothing but role words, "the president", the role words count);
- precision: over claims with a speaker that cover a judged attribution (correct when the
  speaker matches one of them) or cover no attribution at all (wrong); claims covering only
  unjudged attributions (pronoun sources, short content) are not judged;
- recall: over judged attributions (found when a covering claim's speaker matches).

The data stays in ../shared/data (no licence to copy it); nothing here is stored.

    .venv/bin/python benchmarks/bench_attribution.py                 # English, PolNeAR dev
    .venv/bin/python benchmarks/bench_attribution.py --lang de       # German dev
    .venv/bin/python benchmarks/bench_attribution.py --errors 30     # print misses
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.split.document import RawDocument  # noqa: E402
from annotator.split.document_rows import split_document  # noqa: E402

# `<repo>/../shared/data`; a git worktree one level deeper finds it one folder further up
DATA = next(
    (
        p / "shared" / "data" / "attribution"
        for p in ROOT.parents
        if (p / "shared" / "data").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "attribution",
)

PRONOUNS = frozenset(
    """i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs himself herself itself themselves ourselves myself yourself one this that these those
    who whom which what whose
    ich mir mich wir uns du dir dich er ihm ihn sie ihr ihnen es man sein seine seiner ihre ihrer
    dieser diese dieses jener welche welcher""".split()
)
FUNCTION = frozenset(
    """the a an and or of for to in on at by with from as about s 's' 'll
    der die das den dem des ein eine einer einem eines einen und oder von vom zu zum zur im in am
    an auf bei mit für aus nach über""".split()
)
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady rep sen gen gov lt col capt sgt adm maj st jr sr
    president vice senator representative congressman congresswoman governor mayor secretary
    general minister prime chairman chairwoman chair spokesman spokeswoman spokesperson
    official officials leader director head chief ceo candidate nominee former
    herr frau präsident präsidentin minister ministerin sprecher sprecherin kanzler kanzlerin
    chef chefin vorsitzende vorsitzender""".split()
)


def words(phrase: str, roles: bool = False) -> set[str]:
    """Content words of a speaker phrase (lower-cased, possessives cut; roles kept if asked)."""
    out = set()
    for w in re.findall(r"[^\W\d_][\w'’.-]*", phrase):
        w = re.sub(r"['’]s?$", "", w.lower()).strip(".-")
        if w and w not in PRONOUNS and w not in FUNCTION and (roles or w not in TITLES):
            out.add(w)
    return out


def has_content_word(source: str) -> bool:
    return any(
        w.lower() not in PRONOUNS and w.lower() not in FUNCTION
        for w in re.findall(r"[^\W\d_]+", source)
    )


@dataclass
class Gold:
    source: str
    content: list[tuple[int, int]]
    cue: str

    @property
    def size(self) -> int:
        return sum(b - a for a, b in self.content)

    @property
    def judged(self) -> bool:
        return has_content_word(self.source) and self.size >= 15


@dataclass
class Article:
    name: str
    text: str
    gold: list[Gold]


def _spans(field: str) -> tuple[str, list[tuple[int, int]]]:
    kind, _, rest = field.partition(" ")
    spans = [tuple(int(x) for x in part.split()) for part in rest.split(";")]
    return kind, [(a, b) for a, b in spans]


def read_polnear(folder: Path) -> list[Article]:
    """PolNeAR articles with one annotator each (the first file name in sorted order)."""
    articles = []
    ann_files = sorted((folder / "attributions").glob("*.ann"))
    by_article: dict[str, Path] = {}
    for path in ann_files:
        stem = path.stem.rsplit("_", 1)[0]
        by_article.setdefault(stem, path)
    for stem, path in sorted(by_article.items()):
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        events = []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                spans[parts[0]] = _spans(parts[1])
            elif line.startswith("E") and len(parts) >= 2:
                events.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:]))
        gold = []
        for ev in events:
            if "Content" not in ev:
                continue
            content = spans[ev["Content"]][1]
            source = (
                " ".join(text[a:b] for a, b in spans[ev["Source"]][1]) if "Source" in ev else ""
            )
            cue = " ".join(text[a:b] for a, b in spans[ev["Cue"]][1]) if "Cue" in ev else ""
            gold.append(Gold(source, content, cue))
        articles.append(Article(stem, text, gold))
    return articles


def read_german(path: Path) -> list[Article]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        gold = []
        for a in row["annotations"]:
            quote = a.get("quote") or {}
            content = [(int(s), int(e)) for s, e in quote.get("spans") or []]
            if not content:
                continue
            speaker = a.get("speaker") or {}
            source = " ".join(text[s:e] for s, e in speaker.get("spans") or [])
            cue = (a.get("cue") or {}).get("text") or ""
            gold.append(Gold(source, content, cue))
        articles.append(Article(row["name"], text, gold))
    return articles


def covers(s: int, e: int, g: Gold) -> bool:
    inside = sum(max(0, min(e, b) - max(s, a)) for a, b in g.content)
    return inside * 2 >= min(e - s, g.size) and inside > 0


def matches(speaker: str, source: str) -> bool:
    """Shared content word; when one side is only role words ("the president"), roles count."""
    a, b = words(speaker), words(source)
    if not a or not b:
        a, b = words(speaker, roles=True), words(source, roles=True)
    return bool(a & b)


@dataclass
class Score:
    tp_p: int = 0
    judged_claims: int = 0
    tp_r: int = 0
    judged_gold: int = 0
    claims: int = 0

    @property
    def precision(self) -> float:
        return self.tp_p / self.judged_claims if self.judged_claims else 0.0

    @property
    def recall(self) -> float:
        return self.tp_r / self.judged_gold if self.judged_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(articles: list[Article], errors: int = 0, fmt: str = "txt") -> Score:
    sc = Score()
    shown_fp = shown_fn = 0
    for art in articles:
        claims = split_document(RawDocument(path=art.name, format=fmt, text=art.text)).claims
        sc.claims += len(claims)
        found = [False] * len(art.gold)
        for c in claims:
            s, e, speaker = c["start"], c["end"], c["speaker"]
            cov = [i for i, g in enumerate(art.gold) if covers(s, e, g)]
            if speaker:
                judged = [i for i in cov if art.gold[i].judged]
                if cov and not judged:
                    pass
                else:
                    sc.judged_claims += 1
                    ok = any(matches(speaker, art.gold[i].source) for i in judged)
                    sc.tp_p += ok
                    if not ok and shown_fp < errors:
                        shown_fp += 1
                        gold = "; ".join(art.gold[i].source for i in judged) or "-"
                        print(
                            f"FP {speaker!r} (cue {c['cue']!r}) gold {gold!r}: {c['text'][:150]!r}"
                        )
            for i in cov:
                if speaker and matches(speaker, art.gold[i].source):
                    found[i] = True
        for g, ok in zip(art.gold, found, strict=True):
            if g.judged:
                sc.judged_gold += 1
                sc.tp_r += ok
                if not ok and shown_fn < errors:
                    shown_fn += 1
                    content = " … ".join(art.text[a:b] for a, b in g.content)
                    got = [c["speaker"] for c in claims if covers(c["start"], c["end"], g)]
                    print(f"FN {g.source!r} cue {g.cue!r} got {got}: {content[:150]!r}")
    return sc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=["en", "de"], default="en")
    ap.add_argument("--data", type=Path, help="PolNeAR split folder, or the German .jsonl file")
    ap.add_argument("--split", default="dev", help="dev (default) or train")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses of each kind")
    args = ap.parse_args()
    if args.lang == "en":
        path = args.data or DATA / "polnear" / args.split
        articles = read_polnear(path)
        name = f"PolNeAR {args.split}"
    else:
        path = args.data or DATA / "german" / f"{args.split}.jsonl"
        articles = read_german(path)
        name = f"German quotation attribution {args.split}"
    t0 = time.perf_counter()
    sc = score(articles, args.errors)
    dt = time.perf_counter() - t0
    judged = sum(g.judged for a in articles for g in a.gold)
    print(
        f"{name}: {len(articles)} articles, {sum(len(a.gold) for a in articles)} attributions "
        f"({judged} judged), {sc.claims} claim units, split in {dt:.1f} s"
    )
    print(
        f"speaker precision {sc.precision:.3f} ({sc.tp_p}/{sc.judged_claims} judged claims)  "
        f"recall {sc.recall:.3f} ({sc.tp_r}/{sc.judged_gold})  F1 {sc.f1:.3f}"
    )


if __name__ == "__main__":
    main()
