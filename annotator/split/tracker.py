"""The state of attribution: one sentence's `Attribution`, the document's `Tracker` carried
from block to block, and `found`, which turns a speaker span into a canonical speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from annotator.split import lexicon
from annotator.split.mentions import resolve
from annotator.split.names import NameIndex
from annotator.split.pronouns import _gender
from annotator.split.reported_spans import _content
from annotator.split.sources_de import german_headline
from annotator.split.speakers import is_named, is_speaker_phrase


@dataclass
class Attribution:
    speaker: str | None = None
    cue: str | None = None
    quote: bool = False
    speaker_span: tuple[int, int] | None = None  # the speaker's mention, document offsets
    content_span: tuple[int, int] | None = None  # the reported words inside the sentence
    inherited: bool = False  # a quote's speaker carried over from the quote or sentence before


@dataclass
class Tracker:
    """Document-level state carried from block to block."""

    names: dict[str, str] | NameIndex = field(default_factory=dict)  # surname -> fullest name
    last_speaker: str | None = None
    last_named: str | None = None
    last_at: int = 0  # where the last named speaker was mentioned
    reported: Attribution | None = None  # the previous sentence's indirect speech
    genders: dict[str, str] = field(default_factory=dict)  # speaker -> "m"/"f" when known
    open_quote: Attribution | None = None  # speaker of a quote that may go on in the next block
    lang: str | None = None  # the document's language: "de" German rules, "en" or None English
    framed: Attribution | None = None  # a German cue's subject in a sentence reporting nothing
    topic: tuple[int, int] | None = None  # the last German sentence without a speaker
    turns: frozenset[str] | None = None  # a transcript's speaker labels (`transcripts`), lazily
    turn: Attribution | None = None  # the transcript turn that may go on in the next block
    paused: Attribution | None = None  # German speech before one sentence of the outlet's own
    intro: Attribution | None = None  # 'X wrote:' closing a block: X speaks in the next
    # text[s:e] of the block's non-ASCII sentences as `textscan.encode_part` gave them (when
    # they fit a single-byte encoding; not in English), by (s, e): other languages'
    # check-worthiness reads them instead of encoding again
    encodings: dict[tuple[int, int], tuple[str, bytes]] = field(default_factory=dict)

    def new_sentence(self) -> None:
        """Forget the previous sentence's German frame (a method, so that mypy does not narrow
        `framed` to None across the calls that set it again)."""
        self.framed = None


# a full stop inside a word before a capitalised word: the next sentence, glued on
_GLUED: Final = re.compile(r"(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß])")


def attribution_of(
    text: str, span: tuple[int, int], cue: str, tracker: Tracker, quote: bool = False
) -> Attribution | None:
    """The attribution of the speaker mention text[span], or None when it names nobody."""
    # a full stop first (a `memchr`): the search opens with a lookbehind, no fast scan
    glued = _GLUED.search(text, span[0], span[1]) if text.find(".", span[0], span[1]) >= 0 else None
    if glued:  # '„…“, sagte die Ministerin.Die neue Regel …': a sentence glued on without a space
        span = (span[0], glued.start())
    if not is_speaker_phrase(text[span[0] : span[1]]):
        return None
    speaker = resolve(text[span[0] : span[1]], tracker, text, span[0])
    if not speaker:
        return None
    speaker = speaker.replace("\xad", "")  # a soft hyphen is no part of a name: "Doug \xadAndres"
    mention = text[span[0] : span[1]]
    if (
        speaker == tracker.last_named
        or is_named(mention)
        and mention.lower() not in lexicon.PRONOUNS
    ):
        tracker.last_at = span[1]  # not a pronoun left as it is ("He"): it names nobody
    if speaker not in tracker.genders:
        g = _gender(speaker, text[span[0] : span[1]])
        if g:
            tracker.genders[speaker] = g
    return Attribution(speaker, cue, quote, span)


def remember(tracker: Tracker, speaker: str) -> None:
    """The last speaker, and the last named one, for the sentences after."""
    tracker.last_speaker = speaker
    if speaker.lower() not in lexicon.PRONOUNS and all(w[:1].isupper() for w in speaker.split()):
        tracker.last_named = speaker


def named_de(tracker: Tracker, name: str) -> bool:
    """ "Die Folge: …", "Zum Vergleich: …" name nobody in German (nouns are capitalised)."""
    return tracker.lang != "de" or german_headline(name)


def framed_attribution(
    text: str, span: tuple[int, int], cue: str, tracker: Tracker, around: tuple[int, int, int, int]
) -> Attribution | None:
    """`attribution_of` with the reported words of sentence [s, e) around its frame [a, b)."""
    attr = attribution_of(text, span, cue, tracker)
    if attr:
        attr.content_span = _content(*around, text)
    return attr
