"""The claim unit the real split stage makes of a short news body (attribution rule tests)."""

from __future__ import annotations

from typing import Any

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document

HEAD = "Harbour town votes on the new bridge plan\n\n"


def claim(body: str, fragment: str, pronoun_mentions: bool = False) -> dict[str, Any]:
    """The first claim holding `fragment`; its speaker span must name the speaker (or, with
    `pronoun_mentions`, be the pronoun it was resolved from)."""
    text = HEAD + body
    out = split_document(RawDocument(path="case.txt", format="txt", text=text)).claims
    hits = [c for c in out if fragment in c["text"]]
    assert hits, fragment
    c = hits[0]
    if c["speaker_start"] is not None:
        mention = text[c["speaker_start"] : c["speaker_end"]]
        pronoun = pronoun_mentions and mention.lower() in ("he", "she", "they")
        assert c["speaker"].split()[-1] in mention or pronoun
    return c


def german_speakers(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, cue) of each claim the split stage makes of a German news body."""
    text = "Meldung aus der Stadt\n\n" + body
    claims = split_document(RawDocument(path="de.txt", format="txt", text=text), lang="de").claims
    return [(c["speaker"], c["cue"]) for c in claims if c["text"] != "Meldung aus der Stadt"]
