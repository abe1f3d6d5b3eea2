"""The English frames of a sentence whose cue verbs name no speaker: a stance ("X has long
argued"), an act ("X made the case that …"), "X <verb> that …", a label ("X called it “…”"), a
viewer ("To X, …"), a possessed view ("In X's view, …") (`views`); after "so X" and a headline,
a document ("A survey shows …"), a named poll, a critic, a participle ("polls showing …") and a
relative clause ("a report that found …") (`documents`).

Most of these rules stand behind a word gate (`word_gates`). One set test comes first: a
sentence holding no word of `_RARE` (a group of every gate but the act gates', each gate's
rarer one) opens none of those gates, and their tests are not run one by one."""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import Final

from annotator.split import lexicon
from annotator.split.acts import ACT_GATES, HELD_GATE, act_frame, held_claim
from annotator.split.complements import labelled_frame, that_frame
from annotator.split.documents import DOCUMENT_GATE, document_subject
from annotator.split.modal_cues import MODAL_GATE, modal_frame
from annotator.split.participles import (
    PARTICIPLE_GATE,
    RELATIVE_GATE,
    participle_frame,
    relative_frame,
)
from annotator.split.passives import critic
from annotator.split.reported_spans import _content
from annotator.split.stance import (
    POSSESSED_GATE,
    STANCE_GATE,
    possessed_view,
    stance_frame,
    viewer_frame,
)
from annotator.split.surveys import NAMED_POLL_GATE, named_poll
from annotator.split.tracker import Attribution, Tracker, attribution_of, framed_attribution

# a gate is open only when each of its groups meets the sentence's words: one group of each
# gate (its rarer one: the nouns of "in X's view", not "in") tells when none can be
_RARE: Final = frozenset().union(
    STANCE_GATE.groups[0],
    HELD_GATE.groups[0],
    POSSESSED_GATE.groups[1],
    DOCUMENT_GATE.groups[0],
    NAMED_POLL_GATE.groups[2],
    PARTICIPLE_GATE.groups[0],
    RELATIVE_GATE.groups[1],
)


def may_open(words: Set[bytes] | None) -> bool:
    """Some gate of `_RARE`'s may be open for a sentence with these words (`word_gates`)."""
    return words is None or not _RARE.isdisjoint(words)


def views(
    text: str,
    s: int,
    e: int,
    tracker: Tracker,
    inside: Callable[[int], bool],
    words: Set[bytes] | None,
) -> Attribution | None:
    """A stance, an act, a held claim, "X <verb> that", a label, a viewer or a possessed view."""
    rare = may_open(words)
    stance = stance_frame(text, s, e, inside) if rare and STANCE_GATE.open(words) else None
    if stance:
        attr = framed_attribution(
            text, stance[0], stance[1], tracker, (s, e, stance[0][0], stance[2])
        )
        if attr:
            return attr
    act = act_frame(text, s, e, inside, words) if ACT_GATES.open(words) else None
    act = act or (held_claim(text, s, e, inside) if rare and HELD_GATE.open(words) else None)
    if act:  # "X made the case that …", "X did not respond to a request for comment"
        attr = framed_attribution(text, act[0], act[1], tracker, (s, e, act[0][0], act[2]))
        if attr:
            return attr
    held = that_frame(text, s, e, inside) or labelled_frame(text, s, e, inside)
    if held:  # "The department calculates that …"
        attr = attribution_of(text, held[0], held[1], tracker)
        if attr and (attr.speaker or "").lower() not in lexicon.PRONOUNS:
            attr.content_span = _content(s, e, held[0][0], held[2], text)
            return attr
    view = viewer_frame(text, s, e)
    if view:  # "To Ms. Doe, the bridge is a folly"
        attr = framed_attribution(text, view[0], view[1], tracker, (s, e, s, view[2]))
        if attr:
            return attr
    owned = possessed_view(text, s, e, inside) if rare and POSSESSED_GATE.open(words) else None
    if owned:  # "In Ms. Doe's view, the bridge is a folly"
        attr = framed_attribution(text, owned[0], owned[1], tracker, (s, e, owned[2], owned[3]))
        if attr:
            return attr
    modal = modal_frame(text, s, e, inside) if MODAL_GATE.open(words) else None
    if modal:  # "The panel should formally ask the auditor to …"
        attr = framed_attribution(text, modal[0], modal[1], tracker, (s, e, modal[0][0], modal[2]))
        if attr:
            return attr
    return None


def documents(
    text: str,
    s: int,
    e: int,
    tracker: Tracker,
    inside: Callable[[int], bool],
    words: Set[bytes] | None,
) -> Attribution | None:
    """A document, a named poll, a critic, a participle or a relative clause."""
    rare = may_open(words)
    doc = document_subject(text, s, e) if rare and DOCUMENT_GATE.open(words) else None
    if doc:  # "A Harbour Gazette average of surveys shows …"
        attr = framed_attribution(text, doc[0], doc[1], tracker, (s, e, s, doc[0][1]))
        if attr:
            return attr
    poll = named_poll(text, s, e) if rare and NAMED_POLL_GATE.open(words) else None
    if poll:  # "Doe led by 6 points in a new Harbour Gazette poll."
        attr = framed_attribution(text, poll, "in", tracker, (s, e, poll[0], poll[1]))
        if attr:
            return attr
    crit = critic(text, s, e)
    if crit:  # "The plan drew criticism from harbour pilots who …"
        attr = framed_attribution(text, crit[:2], "criticism", tracker, (s, e, crit[2], crit[1]))
        if attr:
            return attr
    part = participle_frame(text, s, e, inside) if rare and PARTICIPLE_GATE.open(words) else None
    if part:  # "a super PAC supporting Doe", "polls showing a tight race"
        attr = framed_attribution(text, part[0], part[1], tracker, (s, e, part[0][0], part[2]))
        if attr:
            return attr
    rel = relative_frame(text, s, e, inside) if rare and RELATIVE_GATE.open(words) else None
    if rel:  # "a report that found …", "her records, which showed …"
        attr = framed_attribution(text, rel[0], rel[1], tracker, (s, e, rel[0][0], rel[2]))
        if attr:
            return attr
    return None
