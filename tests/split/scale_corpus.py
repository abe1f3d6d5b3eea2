"""A small corpus of input shards in every format, built from the seed pages (no fixed rows).

Each seed page goes into shards of different formats, whole and as a re-publication (another
outlet's copy with its own byline line), so near-duplicates cross shard and format boundaries.
"""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
OUTLETS = ("Kabul Wire", "Frontier Post", "Daily Ledger", "Global Desk")


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def html_page(text: str, title: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Web Desk'>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}"
        "</article><footer>Contact us</footer></body></html>"
    )


def warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in pages:
        body = html.encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
        )
        writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b"GET /")))
    return buf.getvalue()


def build_corpus(folder: Path, copies: int = 2) -> list[Path]:
    """Shards: `copies` rounds of (jsonl.gz, jsonl, parquet, warc.gz), each round every seed."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = seed_texts()
    out: list[Path] = []
    for r in range(copies):
        docs = [
            {
                "text": f"{t}\nRepublished by {OUTLETS[(i + r) % len(OUTLETS)]} (copy {r}).",
                "source": OUTLETS[(i + r) % len(OUTLETS)],
                "title": f"Seed {i} copy {r}",
            }
            for i, t in enumerate(texts)
        ]
        gz = folder / f"r{r}-a.jsonl.gz"
        with gzip.open(gz, "wt", encoding="utf-8") as fh:
            for d in docs[:2]:
                fh.write(json.dumps(d) + "\n")
        plain = folder / f"r{r}-b.jsonl"
        plain.write_text("".join(json.dumps(d) + "\n" for d in docs[2:3]), encoding="utf-8")
        parquet = folder / f"r{r}-c.parquet"
        pq.write_table(pa.Table.from_pylist(docs[3:]), parquet)
        warc = folder / f"r{r}-d.warc.gz"
        warc.write_bytes(
            warc_bytes(
                [
                    (f"https://example.org/{r}/{i}", html_page(d["text"], d["title"]))
                    for i, d in enumerate(docs[:2])
                ]
            )
        )
        out += [gz, plain, parquet, warc]
    return out
