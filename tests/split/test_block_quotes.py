"""A block's quotes while its sentences are read (`block_quotes`)."""

from __future__ import annotations

from attribution_cases import claim

from annotator.split.attribution import Tracker, build_name_index
from annotator.split.block_quotes import BlockQuotes
from annotator.split.quotes import direct_quotes
from annotator.split.sentences import split_sentences

TEXT = "“The pier is shut,” said Tom Berg. The ferry left at noon. “We wait for spring,” he added."


def _block() -> tuple[BlockQuotes, list[tuple[int, int]]]:
    sentences = split_sentences(TEXT)
    tracker = Tracker(names=build_name_index(TEXT))
    quotes = direct_quotes(TEXT, 0, len(TEXT))
    return BlockQuotes(TEXT, 0, len(TEXT), tracker, quotes, sentences), sentences


def test_a_sentence_sees_only_the_quotes_it_can_overlap() -> None:
    block, sentences = _block()
    assert block.ordered and len(block.quotes) == 2
    assert block.window(*sentences[0]) == block.quotes[:1]
    assert block.window(*sentences[1]) == []  # "The ferry left at noon.": no quote
    assert block.window(*sentences[2]) == block.quotes[1:]


def test_each_quote_has_its_speaker_read_once() -> None:
    block, _ = _block()
    first = block.quote_speaker(0)
    assert first is not None and first.speaker == "Tom Berg" and not first.inherited
    assert block.quote_speaker(0) is first  # read once, then kept
    second = block.quote_speaker(1)  # "he added": the pronoun stands for Tom Berg
    assert second is not None and second.speaker == "Tom Berg"


def test_a_quote_after_a_wish_or_finding_is_not_its_subjects() -> None:
    body = (
        "Mayor Ilse Varga wants the tram line to reach the harbour by next winter. "
        "“Nobody here has ever waited that long for a tram.”\n\n"
        "A survey by the Kellport Trust found that most riders skip the late trams. "
        "“The last tram always leaves before the concert ends.”"
    )
    assert claim(body, "Nobody here has ever waited")["speaker"] is None
    assert claim(body, "The last tram always leaves")["speaker"] is None


def test_a_quote_after_a_report_goes_on_as_its_speakers() -> None:
    body = (
        "Mayor Ilse Varga said the tram line would reach the harbour by next winter. "
        "“Nobody here should wait that long for a tram.”"
    )
    assert claim(body, "Nobody here should wait")["speaker"] == "Ilse Varga"
