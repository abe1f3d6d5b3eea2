"""German reports with no source named: "Bisher hieß es, der Bau beginne im Mai." A time before
"heißt es" ("Zuletzt", "Seiner Zeit") is no source (`frames_de.german_frame`), and such a
sentence tells what was said by someone unnamed: the speaker of the sentence before does not
go on in it (`attribution`)."""

from __future__ import annotations

from annotator.split import lexicon_de
from annotator.split.cues import _HEISST
from annotator.split.speakers import _clean_word, subject_before
from annotator.split.speakers_de import _ADVERB


def when(phrase: str) -> bool:
    """The phrase before "hieß es" is a time or an adverb ("Bisher", "Seiner Zeit")."""
    words = [_clean_word(w) for w in phrase.split()]
    one = len(words) == 1 and (words[0] in lexicon_de.ADVERBS or bool(_ADVERB.search(words[0])))
    return one or (len(words) == 2 and words[1] == "zeit")


def unnamed_report(text: str, s: int, e: int) -> bool:
    """Text[s:e] holds "heißt es"/"hieß es" after a time, not after a source."""
    hz = _HEISST.search(text, s, e) if text.find("ß", s, e) >= 0 else None
    span = subject_before(text, s, hz.start()) if hz else None
    return span is not None and when(text[span[0] : span[1]])
