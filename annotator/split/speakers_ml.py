"""Word order around cue verbs in French, Spanish, Italian, Portuguese, Russian and Ukrainian:
the subject of a compound tense stands before its auxiliary ("Le porte-parole a affirmé", "El portavoz ha afirmado"), a short
quote before the cue puts the subject after it ("«No vamos a ceder», dijo X"), and "Как сообщил
X" / "Como dijo X" / "Comme l'a dit X" name the speaker after the verb."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from annotator.split.lexicon_ml import INVERTED_PRONOUN
from annotator.split.speakers import subject_after, subject_before

# an auxiliary right before the participle: the subject is before it
_AUX: Final = re.compile(
    r"\s(?:a|ont|avait|avaient|aura|avons|a-t-il|a-t-elle|ha|han|había|habían|habría|hanno)"
    r"(?:\s+(?:\w+ment|\w+mente|toutefois|aussi|également|déjà|pourtant|encore|ainsi|notamment|"
    r"cependant|enfin|même|ensuite|también|ya|además|anche|già|inoltre))?\s*$"
)
# the clause opens with "as": the speaker follows the verb
_AS: Final = re.compile(
    r"^\W*(?:[Кк]ак|[Яя]к|[Cc]omo|[Cc]omme|[Cc]ome|[Ss]elon ce qu['’]a|[Аа] как)"
    r"(?:\s+(?:l['’]a|lo ha|l['’]ont|ha|hanno|l['’]ha))?\s*$"
)
_NONSPACE: Final = re.compile(r"\S")
# an English modal or auxiliary right after a name: the name opens a clause ("Doe would …")
_MODAL_NEXT: Final = re.compile(r"\s+(?:would|will|should|could|can|has|have|had|is|was)\s+[a-z]")
_CLOSING: Final = "\"”»“’'"


def subject_end(text: str, s: int, verb_start: int) -> int:
    """Where the subject before a cue verb ends: before the auxiliary of a compound tense and an
    adverb after it ("Le ministre a toutefois reconnu", "El portavoz ha reconocido también")."""
    aux = _AUX.search(text, (verb_start - 30 if verb_start - 30 > s else s), verb_start)
    return aux.start() if aux else verb_start


def subject_follows(text: str, s: int, end: int) -> bool:
    """The words in [s, end) before the cue put its subject after it: a quote that ends there
    ("«…», dijo X") or "as" ("Как сообщил X", "Como dijo X"). Reads only the ends of the gap:
    a sentence with many cues is not read again for each."""
    end = _back_over(text, s, end, str.isspace)
    if end == s:
        return True  # nothing before the cue
    last = _back_over(text, s, end, " ,—–-".__contains__)
    first = _NONSPACE.search(text, s, end)
    opens = first is not None and text[first.start()] in "\"“”„«»‘'"
    return (opens and (last == s or text[last - 1] in _CLOSING)) or _as_clause(text, s, end)


def _back_over(text: str, s: int, end: int, skip: Callable[[str], bool]) -> int:
    """`end` moved back over the characters `skip` accepts, not before `s`."""
    while end > s and skip(text[end - 1]):
        end -= 1
    return end


def _as_clause(text: str, s: int, end: int) -> bool:
    """The gap is only "as" (a gap of more than 200 characters never is)."""
    return end - s <= 200 and bool(_AS.match(text[s:end]))


def romance_subject(
    text: str, s: int, verb_start: int, verb_end: int, e: int
) -> tuple[int, int] | None:
    """The subject of a cue verb in [s, e): after it when `subject_follows`, else before it
    (before an auxiliary)."""
    if text[verb_start:verb_end] in _NAQALA:
        return _quoted_source(text, verb_end, e)
    if text[verb_start:verb_end].endswith(INVERTED_PRONOUN):  # "…, affirme-t-il."
        return verb_end - len(text[verb_start:verb_end].rsplit("-", 1)[1]), verb_end
    if subject_follows(text, s, verb_start):
        span = subject_after(text, verb_end, e)
        if span and verb_start == s and _MODAL_NEXT.match(text, span[1], e):
            return None  # "Says Doe would stack the board …": Doe is the reported clause's subject
        if span or not _as_clause(text, s, _back_over(text, s, verb_start, str.isspace)):
            return span  # '"…," said X': never words inside the quote
    end = subject_end(text, s, verb_start)
    return subject_before(text, s, end) or _cyrillic_np(text, s, end)


# a Russian or Ukrainian noun phrase opening the clause: a capitalised head and lower-case genitives
# ("Представитель министерства сообщил", "Пресс-служба министерства сообщила")
_CYRILLIC_NP: Final = re.compile(r"\s*([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+[а-яёіїєґ'’-]+){1,3})\s*$")
_RU_ADVERBS: Final = frozenset(
    """вчера сегодня завтра ранее позже затем также однако теперь сейчас тогда утром вечером
    днем днём ночью накануне впоследствии потом здесь там учора сьогодні раніше також
    однак тепер зараз тоді вранці ввечері вночі напередодні згодом""".split()
)


def _cyrillic_np(text: str, s: int, e: int) -> tuple[int, int] | None:
    np = _CYRILLIC_NP.fullmatch(text, s, e)
    if np is None or any(w.lower() in _RU_ADVERBS for w in np.group(1).split()):
        return None  # "Вчера вечером сообщили": nobody named
    return np.span(1)


# Arabic "ونقلت وكالة X عن مصدر أمني قوله إن …": X quotes the source after "عن", who speaks
_NAQALA: Final = frozenset(("نقل", "نقلت", "ونقل", "ونقلت", "فنقل", "فنقلت"))
_QUOTED_SOURCE: Final = re.compile(
    r"[^.،,:؛]{1,80}?\sعن\s+((?:[^\s.،,:؛]+\s+){0,5}?[^\s.،,:؛]+?)"
    r"(?=\s+(?:قوله|قولها|قولهم|أن|إن|بأن)\b|\s*[،,:])"
)


def _quoted_source(text: str, verb_end: int, e: int) -> tuple[int, int] | None:
    """The source quoted after "نقل(ت) X عن": the words between "عن" and "قوله"/"إن"."""
    m = _QUOTED_SOURCE.match(text, verb_end, e)
    return m.span(1) if m else None


_AUX_INVERTED: Final = re.compile(r"(?:a|ont|avait|avaient)-t?-?(il|elle|ils|elles)$")


def inverted_pronoun(text: str, cue: re.Match[str], gap: str) -> tuple[int, int] | None:
    """The French subject pronoun joined to the cue ("affirme-t-il") or to the auxiliary
    right before it (`gap`: "a-t-elle" of "a-t-elle ajouté"): its span."""
    if cue.group(1).endswith(INVERTED_PRONOUN):
        return cue.end() - len(cue.group(1).rsplit("-", 1)[1]), cue.end()
    aux = _AUX_INVERTED.search(gap)
    if aux is None:
        return None
    end = text.rfind(aux.group(1), 0, cue.start()) + len(aux.group(1))
    return end - len(aux.group(1)), end
