"""German claims someone rejects: "Der Minister wies die Darstellung zurück, die Werft sei
pleite", "Sie lehnte den Vorschlag des Bürgermeisters Jan Roth ab, den Hafen zu schließen",
"Er trat dem Vorwurf der Reederei, das Amt sei befangen, entgegen". The comma clause after the
noun of saying words what the noun (or its author after "der/des/von") says, not what the one
rejecting it says; the claim is not theirs, and the one rejecting it goes on after it
(`attribution`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from annotator.split.sources_de import STRICT_DE

_NOUNS: Final = (
    "Darstellung Darstellungen Bericht Berichte Berichten Vorwurf Vorwürfe Vorwürfen Behauptung "
    "Behauptungen Vorschlag Vorschläge Forderung Forderungen Angaben Meldung Meldungen "
    "Spekulationen Gerüchte Anschuldigung Anschuldigungen Unterstellung Unterstellungen"
).split()
# a cue of rejecting: "wies … zurück", "bestritt", "dementierte", "lehnte … ab", "widersprach"
_REJECT_CUES: Final = frozenset(
    """wies weist wiesen weisen zurückgewiesen zurückzuweisen bestritt bestreitet bestritten
    bestreiten dementierte dementiert dementierten dementieren lehnte lehnt lehnten lehnen
    abgelehnt abzulehnen trat tritt traten widersprach widerspricht widersprachen
    widersprochen""".split()
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The noun after its article (and up to three words), its author after "der/des/von" up
    to the comma, then a clause that is no relative or adverbial one ("die Werft sei …", not
    "die in der Zeitung stand"); a "zu" infinitive. Compiled at the first sentence with a cue
    of rejecting (most documents have none)."""
    return re.compile(
        r"[dD](?<![\w-].)(?:en|ie|as|em|er|iese|iesen|iesem)\s+(?:[\w-]+\s+){0,3}?"
        rf"({'|'.join(sorted(_NOUNS, key=len, reverse=True))})"
        r"(?:\s+((?:der|des|von|vom)\s+[^,;:]{2,80}?))?(?:\s+(?:zurück|ab|entgegen))?"
        r",\s+(?!(?:der|die|das|den|dem)\s+[a-zäöüß]|(?:denen|dessen|deren|welche[rsmn]?|wie|"
        r"wenn|als|weil|da|nachdem|obwohl|um|und|aber|doch|so|sondern)\b)"
    ), re.compile(r"\bzu\s+[a-zäöüß]+(?:en|ern|eln)\b|\b[a-zäöüß]+zu[a-zäöüß]+en\b")


def rejected_source(
    text: str, s: int, e: int, cue: str | None
) -> tuple[tuple[int, int], str] | None:
    """The noun of saying (or its author) whose words the sentence's `cue` of rejecting (or
    "trat … entgegen", no cue found) in text[s:e] turns down, and the noun (the cue of
    the noun); None when no such noun heads a Konjunktiv or "zu" clause."""
    if cue not in _REJECT_CUES if cue else text.find("entgegen", s, e) < 0:
        return None  # most sentences: one set look-up or one scan, not the patterns
    rejected, infinitive = _patterns()
    m = rejected.search(text, s, e)
    if m is None:
        return None
    clause = m.end()
    if not (STRICT_DE.search(text, clause, e) or infinitive.search(text, clause, e)):
        return None
    span = m.span(2) if m.group(2) else m.span(1)
    if m.group(2):
        span = (span[0] + len(m.group(2).split()[0]) + 1, span[1])  # "der Reederei" -> Reederei
    return span, m.group(1).lower()
