"""German claims someone rejects: "Der Minister wies die Darstellung zurück, die Werft sei
pleite", "Sie lehnte den Vorschlag des Bürgermeisters Jan Roth ab, den Hafen zu schließen",
"Er trat dem Vorwurf der Reederei, das Amt sei befangen, entgegen". The comma clause after the
noun of saying words what the noun (or its author after "der/des/von") says, not what the one
rejecting it says; the claim is not theirs, and it carries no speaker on (`attribution`)."""

from __future__ import annotations

import re

from annotator.split.sources_de import STRICT_DE

_NOUNS = (
    "Darstellung Darstellungen Bericht Berichte Berichten Vorwurf Vorwürfe Vorwürfen Behauptung "
    "Behauptungen Vorschlag Vorschläge Forderung Forderungen Angaben Meldung Meldungen "
    "Spekulationen Gerüchte Anschuldigung Anschuldigungen Unterstellung Unterstellungen"
).split()
# a verb of rejecting: "wies … zurück", "bestritt", "dementierte", "lehnte … ab", "trat …
# entgegen", "widersprach"
_REJECTS = re.compile(
    r"\b(?:wies|weist|wiesen|weisen|zurückgewiesen|zurückzuweisen|bestritt|bestreitet|"
    r"bestritten|bestreiten|dementierte|dementiert|dementierten|dementieren|lehnte|lehnt|"
    r"lehnten|lehnen|abgelehnt|abzulehnen|trat|tritt|traten|widersprach|widerspricht|"
    r"widersprachen|widersprochen)\b"
)
# a piece of each form of `_REJECTS`
_KEYS = ("wies", "weis", "bestr", "dementi", "lehn", "trat", "tritt", "widersp")
# the noun after its article (and up to three words), its author after "der/des/von" up to
# the comma, then a clause that is no relative or adverbial one ("die Werft sei …", not "die
# in der Zeitung stand")
_REJECTED = re.compile(
    r"[dD](?<![\w-].)(?:en|ie|as|em|er|iese|iesen|iesem)\s+(?:[\w-]+\s+){0,3}?"
    rf"({'|'.join(sorted(_NOUNS, key=len, reverse=True))})"
    r"(?:\s+((?:der|des|von|vom)\s+[^,;:]{2,80}?))?(?:\s+(?:zurück|ab|entgegen))?"
    r",\s+(?!(?:der|die|das|den|dem)\s+[a-zäöüß]|(?:denen|dessen|deren|welche[rsmn]?|wie|wenn|"
    r"als|weil|da|nachdem|obwohl|um|und|aber|doch|so|sondern)\b)"
)
_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+(?:en|ern|eln)\b|\b[a-zäöüß]+zu[a-zäöüß]+en\b")


def rejected_source(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The noun of saying (or its author) whose words a verb of rejecting in text[s:e] turns
    down, and the noun (the cue); None when no such noun heads a Konjunktiv or "zu" clause."""
    if not any(text.find(key, s, e) >= 0 for key in _KEYS):
        return None  # a scan for each key (a `memchr`) spares most sentences the pattern
    if _REJECTS.search(text, s, e) is None:
        return None
    m = _REJECTED.search(text, s, e)
    if m is None:
        return None
    clause = m.end()
    if not (STRICT_DE.search(text, clause, e) or _INFINITIVE.search(text, clause, e)):
        return None
    span = m.span(2) if m.group(2) else m.span(1)
    if m.group(2):
        span = (span[0] + len(m.group(2).split()[0]) + 1, span[1])  # "der Reederei" -> Reederei
    return span, m.group(1).lower()
