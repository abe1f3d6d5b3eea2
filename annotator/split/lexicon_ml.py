"""Cue verbs and "according to" phrases beyond English: de, fr, es, ru, ar.

Forms are listed as they appear (no stemming); Arabic forms also match with the conjunctions
و/ف glued on ("وقال"). An "according to" phrase is a preposition before the speaker ("laut",
"selon", "según", "по словам", "بحسب") or, in German, a postposition after it ("X zufolge").
"""

from __future__ import annotations

DE = """sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint
fügte teilte berichtete berichtet berichteten schrieb schreibt warnte warnt warnten kritisierte
kritisiert forderte fordert forderten bestätigte bestätigt sprach kündigte räumte behauptete
behauptet glaubt glaubte hofft hoffte verkündete erläuterte äußerte unterstrich ergänzte
mahnte verwies bezeichnete nannte zitierte versicherte dementierte bestritt antwortete
entgegnete vermutet vermutete befürchtet befürchtete mitteilte sagte bekräftigte beklagte
verlangte verteidigte lobte räumt kündigt teilt fügt weist wies stellte gab""".split()
FR = """déclaré dit affirmé expliqué ajouté indiqué souligné estimé annoncé assuré précisé averti
rappelé jugé confié raconté insisté martelé reconnu dénoncé déclare affirme explique ajoute
indique souligne estime annonce assure précise déclarait affirmait expliquait""".split()
ES = """dijo afirmó declaró explicó añadió agregó indicó señaló aseguró manifestó sostuvo advirtió
destacó subrayó anunció comentó informó expresó reconoció dice afirma asegura explica señala
denunció insistió""".split()
RU = """заявил заявила заявили сказал сказала сказали сообщил сообщила сообщили отметил отметила
отметили подчеркнул подчеркнула подчеркнули добавил добавила добавили пояснил пояснила
пояснили рассказал рассказала рассказали заявляет говорит считает написал написала написали
уточнил уточнила признал признала предупредил предупредила""".split()
AR_BASE = """قال قالت قالوا أكد أكدت صرح صرحت أضاف أضافت أوضح أوضحت أعلن أعلنت ذكر ذكرت كشف كشفت
أشار أشارت يقول تقول اعتبر اعتبرت""".split()
AR = AR_BASE + ["و" + f for f in AR_BASE] + ["ف" + f for f in AR_BASE]

CUES = frozenset(DE + FR + ES + RU + AR)

# "according to" before the speaker, per language (regex alternatives, lower-case)
ACCORDING_BEFORE = (
    r"[Aa]ccording to|[Ll]aut|[Nn]ach Angaben (?:von|des|der)|[Ss]elon|[Dd]'après|[Ss]egún|"
    r"[Dd]e acuerdo con|[Пп]о словам|[Пп]о данным|[Сс]огласно|بحسب|حسب|وفقا ل|وفقاً ل|نقلا عن"
)
ACCORDING_AFTER = "zufolge"
# German ", so der Sprecher": the speaker follows "so" at the end of a sentence
SO_INVERSION = r",\s+so\s+(?=[A-ZÄÖÜ]|der\b|die\b|das\b|ein)"
CLAUSE_WORDS = frozenset(
    """dass wie als weil ob wenn denn sei seien habe haben hat hatte wurde wird werden ist
    sind waren nicht auch noch bereits que qu'il qu'elle est était ont pas aussi
    que es fue ha han no también что как чтобы не это إن أن أنه إنه""".split()
)
