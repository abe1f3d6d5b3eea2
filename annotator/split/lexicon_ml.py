"""Cue verbs and "according to" phrases beyond English: de, fr, es, it, pt, ru, uk, ar.

Forms are listed as they appear (no stemming); Arabic forms also match with the conjunctions
و/ف glued on ("وقال"). An "according to" phrase is a preposition before the speaker ("laut",
"selon", "según", "по словам", "بحسب") or, in German, a postposition after it ("X zufolge").
"""

from __future__ import annotations

from typing import Final

from annotator.split import lexicon_de

_DE_OLD = """sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint
meinten berichtete berichtet berichteten schrieb warnte warnt warnten kritisierte forderte
fordert forderten bestätigte behauptete behauptet glaubt glaubte hofft hoffte verkündete
erläuterte äußerte unterstrich ergänzte mahnte verwies zitierte versicherte dementierte bestritt
antwortete entgegnete vermutet befürchtet befürchtete mitteilte bekräftigte beklagte verlangte
lobte gesagt""".split()
DE: Final = sorted(lexicon_de.FORMS.union(_DE_OLD))
# German: words that open a clause before the verb while the subject follows it
DE_FRONT: Final = frozenset(
    """im in nach seit gegenüber über an von um als bei mit zu auf aus vor weiter jetzt dazu
    dies das dieses damit da auch zudem außerdem demnach zuvor heute gestern dabei daraufhin
    anschließend später dann so ebenfalls zugleich allerdings jedoch trotzdem dennoch darüber
    hierzu darauf am zum zur""".split()
)
FR = """déclaré dit affirmé expliqué ajouté indiqué souligné estimé annoncé assuré précisé averti
rappelé jugé confié raconté insisté martelé reconnu dénoncé déclare affirme explique ajoute
indique souligne estime annonce assure précise déclarait affirmait expliquait poursuivi conclu
rapporté prévenu dénonce reconnaît juge considère considéré""".split()
# the subject pronoun after the verb, joined by hyphens: "affirme-t-il", "dit-elle", "a-t-il"
FR_INVERTED: Final = [
    f"{f}{t}-{p}" for f in FR for t in ("", "-t") for p in ("il", "elle", "ils", "elles")
]
INVERTED_PRONOUN: Final = ("-il", "-elle", "-ils", "-elles")
ES = """dijo afirmó declaró explicó añadió agregó indicó señaló aseguró manifestó sostuvo advirtió
destacó subrayó anunció comentó informó expresó reconoció dice afirma asegura explica señala
denunció insistió apuntó precisó detalló reiteró concluyó recordó admitió negó criticó
pidió sostiene dicho afirmado declarado explicado añadido señalado asegurado indicado anunciado
advertido reconocido denunciado""".split()
IT = """detto dichiarato affermato spiegato aggiunto sottolineato annunciato precisato ribadito
osservato riferito sostenuto avvertito ammesso denunciato commentato confermato assicurato
dichiara afferma spiega aggiunge sottolinea sostiene avverte dichiarò affermò spiegò aggiunse
sottolineò annunciò precisò ribadì scritto riportato rivelato""".split()
PT = """disse afirmou declarou explicou acrescentou destacou ressaltou informou anunciou disseram
afirmaram declararam garantiu assegurou alertou admitiu negou criticou reconheceu sublinhou
diz afirma declara explica garante""".split()
RU = """заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила
отметили подчеркнул подчеркнула подчеркнули добавил добавила добавили пояснил пояснила
пояснили рассказал рассказала рассказали заявляет говорит считает написал написала написали
уточнил уточнила признал признала предупредил предупредила заявляет сообщает отмечает
подчеркивает пишет утверждает утверждал утверждала напомнил напомнила добавляет ответил
ответила заявило сообщило отметило подчеркнуло добавило пояснило уточнило""".split()
UK = """заявив заявила заявили сказав сказала сказали повідомив повідомила повідомили зазначив
зазначила зазначили наголосив наголосила наголосили додав додала додали пояснив пояснила
розповів розповіла написав написала підкреслив підкреслила заявляє каже вважає повідомляє
наголошує пише стверджує стверджував стверджувала попередив попередила відповів відповіла
нагадав нагадала уточнив уточнила визнав визнала заявило повідомило зазначило""".split()
AR_BASE = """قال قالت قالوا أكد أكدت صرح صرحت أضاف أضافت أوضح أوضحت أعلن أعلنت ذكر ذكرت كشف كشفت
أشار أشارت يقول تقول اعتبر اعتبرت أفاد أفادت أعرب أعربت نفى نفت نقل نقلت""".split()
AR = AR_BASE + ["و" + f for f in AR_BASE] + ["ف" + f for f in AR_BASE]

CUES: Final = frozenset(DE + FR + FR_INVERTED + ES + IT + PT + RU + UK + AR)

# Italian and Portuguese "secondo"/"segundo" are also "second": as "according to", an article
# or a name follows
_SOURCE_NEXT: Final = r"(?=\s+(?:(?:il|lo|la|i|gli|le|o|a|os|as|fonti|fontes)\b|l['’]|[A-Z]))"
# "according to" before the speaker, per language (regex alternatives)
ACCORDING_BEFORE: Final = (
    r"[Aa]ccording to|" + lexicon_de.ACCORDING_BEFORE + r"|[Ss]elon|[Dd]'après|[Ss]egún|"
    r"[Aa]ux dires d(?:e|u|es)|[Aa] juicio de|"
    rf"[Ss]econdo{_SOURCE_NEXT}|[Ss]egundo{_SOURCE_NEXT}|"
    r"[Ss]tando a|[Dd]e acordo com|[Зз]а словами|[Нн]а думку|[Зз]а даними|[Зз]а інформацією|"
    r"[Зз]гідно з|"
    r"[Dd]e acuerdo con|[Пп]о словам|[Пп]о данным|[Пп]о мнению|[Пп]о информации|[Пп]о оценкам|"
    r"[Пп]о сведениям|على حد قول|[Сс]огласно|وبحسب|بحسب|وحسب|حسب|وفقاً?(?:\s*ل(?!ل)|(?=\s*ل))|نقلا عن"
)
ACCORDING_AFTER: Final = "zufolge"
# "In der Mitteilung heißt es …", "… hieß es vom Sprecher X", "Darin hatte es geheißen …",
# "… heißt es dazu in einer Mitteilung des Vereins" (adverbs before the source)
HEISST_ES: Final = (
    r"\b(?:(?:heißt|hieß) es|(?:hatte|hat) es (?:[a-zäöüß]+ )?geheißen)\b"
    r"(?:(?:\s+(?:dazu|hierzu|weiter|außerdem|zudem|ferner|auch|nun|jetzt|ebenfalls))*"
    r"\s+(?:von|vom|aus|seitens|in|im|bei|beim|auf)\b)?"
)
# German ", so der Sprecher": the speaker follows "so" at the end of a sentence
SO_INVERSION: Final = (
    r",\s+so\s+(?:(?:urteilte|urteilt|erklärte|erklärt|sagte|sagt|bestätigte|bestätigt|"
    r"betonte|betont|meinte|meint|schreibt|schrieb)\s+)?"  # not "so heißt ein Projekt"
    r"(?=[A-ZÄÖÜ]|der\b|die\b|das\b|ein|[a-z.]+-[A-ZÄÖÜ])"  # "so verdi-Chef X"
)
# reported speech in German goes on in the subjunctive (Konjunktiv I) without a new cue
DE_SUBJUNCTIVE: Final = lexicon_de.SUBJUNCTIVE.pattern
CLAUSE_WORDS: Final = frozenset(
    """dass wie als weil ob wenn denn sei seien habe haben hat hatte wurde wurden wird werden ist
    sind waren nicht auch noch bereits que qu'il qu'elle est était ont pas aussi
    que es fue ha han no también che è sono non anche foi são não também что как чтобы не это
    що як щоб це إن أن أنه إنه بأن وأن""".split()
)
