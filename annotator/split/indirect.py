"""Indirect speech in one sentence outside quotes: "X said (that) …", "X told Y", "X, who …,
said", "…, said Rep. Jane Doe", "according to X", "X zufolge", "heißt es", a closing frame, "so X",
a headline "Name: …"; the English frames without a cue verb ("X has long argued", "a survey
shows …") are `english_frames`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from annotator.split import clauses, english_frames, ing_cues, lexicon, lexicon_de
from annotator.split.according import according_phrase
from annotator.split.according_keys import has_according_key
from annotator.split.acts import caused_speaker
from annotator.split.after_cue import _role_after, _thing_after
from annotator.split.agreement_de import disagrees
from annotator.split.control import control_subject
from annotator.split.cues import (
    _ACCORDING,
    _AFTER_CLAUSE,
    _GERMAN,
    _SO,
    _VERB,
    _WITH_ING,
    COMMA_ADVERB,
    MAX_CUES,
    _cue,
    _is_cue,
    cue_matches,
    cue_scan_encoded,
    infinitive_cue,
    search_word,
)
from annotator.split.denied_cues import negated_cue
from annotator.split.frames import (
    _named_after,
    closing_frame,
    dash_source,
    masked_at,
    masked_parts,
    names_first,
    reported_through,
    verb_after,
)
from annotator.split.frames_de import german_frame
from annotator.split.governed_de import governed
from annotator.split.headline_speakers import (
    HEADLINE,
    HEADLINE_TOPIC,
    asks_after_colon,
    headline_speaker,
    title_name,
    topic_speaker,
)
from annotator.split.mentions import resolve
from annotator.split.own_sources_de import antecedent_source
from annotator.split.passives import passive_agent
from annotator.split.pronoun_clauses import bound_subject, cataphor
from annotator.split.relative_subjects import in_relative, object_relative
from annotator.split.reported_de import reports
from annotator.split.reported_spans import _content
from annotator.split.reported_subjects import cited_thing, reduced_relative, reported_subject
from annotator.split.sourceless_de import no_source
from annotator.split.sources_de import info_source, passive_document
from annotator.split.speakers import (
    is_speaker_phrase,
    main_subject,
    subject_after,
    subject_before,
)
from annotator.split.speakers_de import german_subject
from annotator.split.speakers_ml import romance_subject
from annotator.split.subject_spans_de import so_subject
from annotator.split.surveys import counted, survey_opener
from annotator.split.textscan import encode_part
from annotator.split.tracker import (
    Attribution,
    Tracker,
    attribution_of,
    framed_attribution,
    named_de,
)
from annotator.split.word_gates import words_of

# what a German cue reports starts here: a comma, a colon, a quote, "dass"
_REPORTED_DE = re.compile(r"[^;]*?(?:[,:„“\"»«]|\b(?:dass|ob)\b)[^;]*")  # no ";" before "nach"

_NONSPACE: Final = re.compile(r"\S")  # searched with bounds: no copy of the text before a sentence
_RELATIVE = re.compile(r"\b(?:who|which)\s+(?:(?:has|have|had|also|once|later|long)\s+){0,2}$")


def _pronoun_action(
    attr: Attribution, m: re.Match[str], tracker: Tracker, text: str, s: int, span: tuple[int, int]
) -> bool:
    """An English pronoun as the subject of a verb that is no speech verb, left unresolved
    ("As he welcomed …", no one named "he") or opening its sentence ("He found sanctuary in
    …", "She pointed to …"): narration about a person, weak on both counts, so no speaker."""
    if tracker.lang not in (None, "en"):
        return False
    unresolved = (attr.speaker or "").lower() in _SUBJECT_PRONOUNS
    opening = text[span[0] : span[1]].lower() in _SUBJECT_PRONOUNS and not text[s : span[0]].strip(
        " \"“‘'"
    )
    return (unresolved or opening) and _VERB.fullmatch(m.group(1)) is None


_SUBJECT_PRONOUNS: Final = frozenset(("he", "she", "they"))


def _title(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """A document's title "Name: …" ("Clinton camp: Trump's remarks threaten security"): the
    name speaks, not a subject after the colon (English)."""
    if tracker.lang not in (None, "en"):
        return None
    if asks_after_colon(text, s, e):
        return Attribution()  # no speaker: "Jane Doe: a reformer or a career politician?"
    found = title_name(text, s, e)
    if found is None:
        return None
    return framed_attribution(text, found[:2], ":", tracker, (s, e, found[0], found[2]))


# a sentence that opens "As reported by X, …": X reports all that follows
_AS_OPENER: Final = re.compile(r"\s*[\"“‘']?As\s+")

# an -ing cue opening an adverbial clause: "X distanced himself by saying …"
_ING_AND: Final = ing_cues.ING_AND  # "…, calling them liars and vowing …"
_BY_ING: Final = re.compile(r"\b(?:by|while|after|before|when)(?:\s+\w+)?$")
# "in" before an -ing cue: "Doe erred in saying …" (a named subject; not "the vote plays a role in
# deciding …", "one advantage in endorsing …")
_IN_ING: Final = re.compile(r"\bin$")
# a clause that opens with a preposition and the -ing cue: its subject follows the comma
_OPENER_ING = re.compile(r"[\s\"“‘'(]*(?:After|Before|By|In|Since|Upon|While|When)(?:\s+[a-z]+ly)?")
_NAME_END: Final = re.compile(r"[A-Z][\w'’.-]*$")
_ADVERB_BEFORE: Final = re.compile(rf"(?<=,)\s+{COMMA_ADVERB}$")
# "with NP V-ing … and" before an -ing cue: NP is the subject of both participles
_WITH_TWO_ING: Final = re.compile(
    r"\bwith\s+((?:[^\s,;:]+\s+){1,5}?)(?=[a-z]+ing\s+[^,;:]{1,60}\sand\s+$)"
)
# an aside in brackets inside a German sentence: its cue reports the aside, not the sentence
_ASIDE: Final = re.compile(r"\([^()]{1,200}\)")
_WITH_SUBJECT: Final = re.compile(r"\bwith\s+(?=(?:[^\s,;:]+\s+){1,9}$)")


def _nowhere(i: int) -> bool:
    return False  # a sentence with no quote or aside in it


def _within(masked: list[tuple[int, int]]) -> Callable[[int], bool]:
    return lambda i: any(a <= i < b for a, b in masked)  # inside a quote or aside


def _german_report(text: str, s: int, e: int, acc: re.Match[str]) -> bool:
    """A German cue before "nach"/"laut" whose subject reports what follows."""
    return any(
        m.group(1) in _GERMAN
        and _is_cue(text, m, s)
        and _REPORTED_DE.fullmatch(text, m.end(), acc.start())
        and german_subject(text, s, m.start(), m.end(), e) is not None  # not "erwartet wurden"
        for m in cue_matches(text, s, acc.start())
    )


def attribute_sentence(
    text: str, s: int, e: int, tracker: Tracker, quotes: list[tuple[int, int]] | None = None
) -> Attribution | None:
    """Indirect speech in one sentence outside quotes: "X said that …", "according to X"."""
    # no comprehension reads this frame's names below: none is a cell made at each call
    masked = masked_parts(quotes, s, e) if quotes else []
    if tracker.lang == "de" and text.find("(", s, e) >= 0:  # "(die Zeitung X hatte 150 …)"
        for m in _ASIDE.finditer(text, s, e):  # not a sentence that is all in brackets
            if text[s : m.start()].strip():
                masked.append(m.span())
    inside = _within(masked) if masked else _nowhere  # no closure made for most sentences
    encoded = encode_part(text, s, e)  # shared by the key test and the cue and word scans
    if encoded is not None and encoded[0] != "ascii" and tracker.lang not in (None, "en"):
        tracker.encodings[(s, e)] = encoded  # and by other languages' check-worthiness
    acc = search_word(_ACCORDING, text, s, e) if has_according_key(text, s, e, encoded) else None
    if acc and (inside(acc.start()) or _german_report(text, s, e, acc)):
        acc = None  # "X sagte, nach neuen Erkenntnissen sei …": the speaker is X
    if acc and no_source(text, s, acc):
        acc = None  # "Drei Wochen nach dem Beschluss", "von 40, nach anderen Angaben 45 Metern"
    if acc and tracker.lang in (None, "en"):
        if reported_through(text, s, acc.start(), cue_matches(text, s, acc.start())):
            acc = None  # "The Herald reported on Monday that, according to its own review, …": the Herald
        elif clauses.manner_after(text, acc.end(), e):
            acc = None  # "according to their own liking": no source
    if acc and (back := antecedent_source(text, s, e, acc, tracker)):
        return back  # "die Pläne der Stadt, laut denen …": the plans, not a noun after "denen"
    # "sagte X laut Reuters", "X bestritt nach Angaben von Y …": the source that reports X speaks
    if acc:
        rule = info_source(text, acc, e) or clauses.source_after(text, acc.end(), e)
        whole = (
            according_phrase(text, acc.end(), e) if acc.group(1).lower() == "according to" else None
        )
        for span in (rule, whole):  # the whole phrase when the rules find none in it
            attr = attribution_of(text, span, acc.group(1).lower(), tracker) if span else None
            if attr and span:
                attr.content_span = _content(s, e, acc.start(), span[1], text)
                return attr
    frame = german_frame(text, s, e)  # "heißt es", "X zufolge"
    if frame:
        span, cue, fa, fb = frame
        attr = framed_attribution(text, span, cue, tracker, (s, e, fa, fb))
        if attr:
            return attr
    dash = dash_source(text, s, e) if tracker.lang in (None, "en") else None
    if dash:  # "Pollsters agree - Jane Doe: “…”"
        attr = framed_attribution(text, dash, ":", tracker, (s, e, s, dash[1] + 1))
        if attr:
            return attr
    # nothing but spaces before the sentence: a non-space first character of the text settles
    # it without a scan (`\S` is what `str.isspace` rejects)
    bare = not s or text[0].isspace() and _NONSPACE.search(text, 0, s) is None
    title = _title(text, s, e, tracker) if bare else None
    if title:  # "Clinton camp: Trump's remarks threaten …" as a document's title
        return title
    found: list[tuple[tuple[int, int], re.Match[str]]] = []
    matches, runs = cue_scan_encoded(text, s, e, encoded)
    closing = closing_frame(text, s, e, inside, matches) if tracker.lang in (None, "en") else None
    infinitive: list[tuple[tuple[int, int], re.Match[str]]] = []
    for m in clauses.main_first(text, s, matches) if len(matches) > 1 else matches:
        if inside(m.start()):
            continue
        ms = m.start()  # read once; bounds by comparison, not max() calls (every cue)
        lo = ms - 30 if ms - 30 > s else s  # "who"/"which" hold "wh": a `memchr` spares the search
        if (
            text.find("wh", lo, ms) >= 0
            and _RELATIVE.search(text, lo, ms)
            and verb_after(matches, ms)
        ):
            continue  # "X, who has refused to …, said …": the main clause's cue comes later
        if not _is_cue(text, m, s):
            if not infinitive and not found and infinitive_cue(text, m, s):
                span = control_subject(text, s, m.start() - 3)
                span = span or caused_speaker(text, s, m.start())  # "led Doe to declare"
                if span and is_speaker_phrase(text[span[0] : span[1]]):
                    infinitive.append((span, m))
            neg = negated_cue(text, m, s) if not infinitive and not found else None
            if neg is not None and len(text[m.end() : e].split()) >= 3:
                # "Doe did not mention the toll": Doe, if no cue names another
                span = subject_before(text, s, neg)
                if span and is_speaker_phrase(text[span[0] : span[1]]):
                    infinitive.append((span, m))
            by = passive_agent(text, m, e) if not infinitive and not found else None
            if by:  # "Doe has been faulted by rivals for …"
                span = subject_after(text, by, e)
                if span and is_speaker_phrase(text[span[0] : span[1]]):
                    if _AS_OPENER.fullmatch(text, s, m.start()):
                        found.append((span, m))  # "As reported by X, Y found …": X
                        closing = None
                        break
                    infinitive.append((span, m))
            continue
        g_end = ms  # the gap before the cue, spaces dropped; the tests below read its end
        while g_end > s and text[g_end - 1].isspace():
            g_end -= 1
        ing = m.group(1).endswith("ing")
        ly = (
            _ADVERB_BEFORE.search(text, (g_end - 30 if g_end - 30 > s else s), g_end)
            if ing
            else None
        )
        if ly:  # "…, quickly reminding viewers", "…, perhaps recognizing": the cue's adverb
            g_end = ly.start()
        gap = text[g_end - 300 if g_end - 300 > s else s : g_end]  # not a long sentence's all
        if m.group(1) in _GERMAN:
            span = german_subject(text, s, m.start(), m.end(), e)
            if span and disagrees(text, span[0], span[1], m):
                continue  # "Zustimmung verlangen die Länder": a singular noun is no subject of it
            span = span or passive_document(text, s, m.start())  # "Im Bericht wird gefordert"
            if span is None:
                continue
            if not reports(text, s, e, m):  # "X bedauerte die Entscheidung." frames what follows
                if m.group(1).lower() not in lexicon_de.UNFRAMED and not governed(
                    text, s, span, m.group(1)
                ):  # "beschloss ein Verbot"; "Mit X plädiert Y für …": not X
                    who = resolve(text[span[0] : span[1]], tracker, text, span[0])
                    tracker.framed = tracker.framed or Attribution(who, m.group(1), False, span)
                continue
        elif ing and (_AFTER_CLAUSE.search(gap) or _BY_ING.search(gap) or _ING_AND.search(gap)):
            # "X defended the plan, saying …", "X issued a statement saying …", "X began by
            # saying …", "X …, calling them liars and vowing …": the main clause
            span = clauses.subordinate_subject(text, s, g_end - 1 if gap.endswith(",") else g_end)
            span = span or main_subject(text, s, m.start())
        elif ing and (
            aspect := ing_cues.ASPECT_ING.search(text, ms - 20 if ms - 20 > s else s, ms)
            or ing_cues.SPENT_ING.search(text, ms - 80 if ms - 80 > s else s, ms)
        ):
            span = subject_before(text, s, aspect.start())  # "Doe began criticizing …"
        elif ing and _OPENER_ING.fullmatch(gap):  # "Since announcing the toll, Doe has …"
            comma = text.find(",", m.end(), e)
            span = main_subject(text, comma + 1, e) if comma > 0 else None
        elif ing and _IN_ING.search(gap):  # "Doe erred in saying …": a named main subject
            span = clauses.subordinate_subject(text, s, g_end)
            span = span or main_subject(text, s, m.start())
            if span and not _NAME_END.search(text, span[0], span[1]):
                span = None  # "the spring vote plays a role in deciding …"
        else:
            told = m.group(1).lower() in lexicon.TOLD  # "…, told Fox News.": the addressee
            place = _VERB.fullmatch(m.group(1)) is not None  # "…, says Doe in Ottawa."
            span = _named_after(text, m.end(), e, place) if gap.endswith(",") and not told else None
            if span is None and gap.endswith(",") and not told and tracker.lang in (None, "en"):
                span = _role_after(text, s, m, e)  # "…, said the harbour board's chief engineer."
                span = span or clauses.name_after_role(text, m.end(), e)  # "…, said host Al Ng."
            span = span or romance_subject(text, s, m.start(), m.end(), e)
        two = _WITH_TWO_ING.search(text, ms - 100 if ms - 100 > s else s, ms) if ing else None
        if two:  # "with officials underlining X and vowing …": the officials, not the clause's
            span = subject_before(text, two.start(1), two.end(1)) or span
        weak = span is None or not is_speaker_phrase(text[span[0] : span[1]])
        if weak and _WITH_ING.search(text, ms - 100 if ms - 100 > s else s, ms):
            if m.group(1) == "asked" and _BY_ING.search(gap):
                span = main_subject(text, s, m.start())  # "X named Y when asked who …": X
            w = _WITH_SUBJECT.search(text, ms - 100 if ms - 100 > s else s, ms)
            weak = span is None or not is_speaker_phrase(text[span[0] : span[1]])
            if weak and w and ing and m.group(1) != "reporting":  # "with 30% saying"
                span = subject_before(text, w.end(), m.start())
                span = span or clauses.quantity(text, w.end(), m.start())  # "with 4 in 10 saying"
        if span is None and (not gap or gap[-1] in ",—–-:\"”»“'’"):
            if m.group(1).endswith("ing") and gap:
                span = main_subject(text, s, g_end - 1)
            elif m.group(1).lower() not in lexicon.TOLD:
                span = clauses.inverted_subject(text, m.end(), e)  # "…, said Rep. Jane Doe"
                if span and not _VERB.fullmatch(m.group(1)) and not _named_after(text, m.end(), e):
                    span = None  # "…,'' praised the Saudis": the object of a verb of action
                if span and _thing_after(text, span):
                    span = None  # "X, and Y, tweeted their support for …": the object
        if (
            not ing
            and tracker.lang != "de"
            and (span is None or text[span[0]].islower() or in_relative(text, s, span))
        ):
            # "Captains who have sailed the channel say": not "sailed the channel"
            span = clauses.behind_subject(text, s, m.start()) or span
        if span is None or not is_speaker_phrase(text[span[0] : span[1]]):
            continue  # "the rounds on the morning shows, Doe said": the next cue may name one
        if masked and masked_at(masked, span[0]):
            continue  # '"… the harbour board, so …," Doe, R-Maine, said': quoted words speak not
        if reported_subject(text, s, span):
            continue  # "Critics noted that Doe …": Doe is reported on
        if reduced_relative(text, s, span, m.group(1)) or cited_thing(text, m):
            continue  # "credited to the laws proposed during …", "The X cited in … does": none
        found.append((span, m))
        if len(found) >= MAX_CUES or text[span[0] : span[1]].lower() not in lexicon.PRONOUNS:
            break  # a named subject wins over pronouns ("he worries …, records show")
    found = found or infinitive
    poll = survey_opener(text, s, e) if tracker.lang in (None, "en") else None
    if poll and (not found or found[0][0][0] > poll[1] and counted(text, found[0][0])):
        # "In a poll, 40 percent said …"
        attr = framed_attribution(text, poll, "in", tracker, (s, e, s, poll[1] + 1))
        if attr:
            return attr
    first = [closing] if closing else []
    for span, m in first + names_first(text, found) if found else first:
        if tracker.lang in (None, "en"):
            # "X … because he worries …": X; "As he left, X said …": X
            span = (
                cataphor(text, s, e, span, tracker) or bound_subject(text, s, span, tracker) or span
            )
            if object_relative(text, s, span):
                continue  # "the teams they were backing": no report
        attr = attribution_of(text, span, _cue(text, m, e), tracker)
        if attr and _pronoun_action(attr, m, tracker, text, s, span):
            continue  # "As he welcomed the guests", no one named "he"; "He found sanctuary …"
        if attr:
            ms, me = m.span()  # the frame's bounds by comparison, not min()/max() calls
            a, b = (span[0] if span[0] < ms else ms), (span[1] if span[1] > me else me)
            attr.content_span = _content(s, e, a, b, text)
            return attr
    english = tracker.lang in (None, "en")
    words = words_of(encoded, runs) if english else None  # which rules below can match
    view = english_frames.views(text, s, e, tracker, inside, words) if english else None
    if view:  # the rules read English: "X has long argued", "To Ms. Doe, …"
        return view
    # every `_SO` match holds "so" (a `memchr` scan spares the search in most sentences)
    so = _SO.search(text, s, e) if text.find("so", s, e) >= 0 else None
    if so:
        span = so_subject(text, so.end(), e)
        attr = (
            framed_attribution(text, span, "so", tracker, (s, e, so.start(), span[1]))
            if span
            else None
        )
        if attr:
            return attr
    colon = text.find(":", s, e)
    h = HEADLINE.match(text, s, e) if colon >= 0 else None  # "Name: …"
    if h is None and colon >= 0 and tracker.lang in (None, "en"):
        h = HEADLINE_TOPIC.match(text, s, e)  # "Name on Topic: …"
        if h and not topic_speaker(h.group(1)):
            h = None  # "Fewer Ferries to Serve the Islands: …": a section heading
    if h and headline_speaker(text, h.group(1), h.end(), e) and named_de(tracker, h.group(1)):
        attr = framed_attribution(
            text, (h.start(1), h.end(1)), ":", tracker, (s, e, h.start(1), colon + 1)
        )
        if attr:
            return attr
    if not english:
        return None
    return english_frames.documents(text, s, e, tracker, inside, words)  # "A survey shows …"
