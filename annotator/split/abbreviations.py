"""Per-language lexicons for the sentence splitter (`annotator.split.sentences`).

Written from general knowledge of each language's conventions (style guides' abbreviation
lists, month names, titles), not from any evaluation corpus. All entries are lower case and
without the final period; a dotted form such as "z.b" is matched as written inside the token.

For each language:
- `never`: abbreviations that stand before what they qualify (titles before names, "z.B.",
  "bzw.", "ca.", "Nr.", "Art."): a period after them never ends a sentence;
- `maybe`: abbreviations that may end a sentence ("usw.", "etc.", "г." for year, "Jh."): an end
  before a capitalised word (or, in caseless scripts, never), not before a digit or lower case;
- `openers`: words that commonly open a sentence; after a dotted acronym ("U.S.", "EE.UU.")
  or after an ordinary word and before a lower-case opener ("town. the weather") they signal a
  boundary;
- `months`: month names; "am 3. Oktober" (a day number and its period before a month) is not
  a boundary in languages that write ordinals with a period (`ORDINAL_PERIOD`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    never: frozenset[str]
    maybe: frozenset[str]
    openers: frozenset[str]
    months: frozenset[str]
    # openers that start a sentence written in lower case ("the", "i", "il"): articles and
    # pronouns, not the prepositions and conjunctions (`LINKING`) that also go on a sentence
    lower_openers: frozenset[str] = frozenset()


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Shared by every language: Latin and international abbreviations, units.
COMMON_NEVER = _set("""vs cf approx ca nr n° nº tel fig figs vol vols st""")
COMMON_MAYBE = _set("""etc al km kg cm mm min max""")

EN_TITLES = _set(
    """mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cmdr adm brig gov sen rep rev fr
    hon pres supt insp det st mt ft mme mlle sra sr srta drs p.s ps p.p.s pps pvt cpl"""
)
EN_MAYBE = _set(
    """co corp inc ltd llc plc bros dept univ assn est approx etc al jr sr esq
    no nos nr n° p pp para fig figs vol vols ch sec art ed eds op ca
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd hwy km kg lb lbs oz ft mi min max hr hrs yr yrs mln bn tn govt intl natl assoc
    mgmt admin acad approx incl excl ext"""
)
# Words that join what stands on both sides ("Trump vs. Clinton", "cf. Smith"): never an end.
EN_JOINING = _set("""vs cf viz""")
EN_OPENERS = _set(
    """the a an it its he she they we i you this that these those there here how what why when
    where who which but and so in on at as if yet his her their our my your one some many most
    after before however meanwhile then now still also both each while since"""
)

_LEXICONS: dict[str, tuple[str, str, str, str]] = {
    "de": (
        """dr prof dipl ing hr fr frl st sankt nr abs bd bzw ca evtl ggf inkl insb jh jhd
        vgl sog u.a u.ä o.ä z.b z.t d.h u.u v.a i.d.r s.o s.u m.e hrsg geb gest verh univ
        mio mrd tsd str allg bspw gem lt mind urspr zzgl abzgl nachf ehem bzgl dt engl franz
        jan feb febr apr aug sept okt nov dez""",
        """usw etc usf jh jhd art""",
        """der die das ein eine es er sie wir ich man dies diese dieser in im am auch aber doch
        so dann denn nun jetzt heute damit dabei deshalb daher als wenn wie was wer wo nach
        vor seit bei mit für zudem außerdem trotzdem allerdings""",
        """januar jänner februar märz april mai juni juli august september oktober november
        dezember jan feb febr apr aug sep sept okt nov dez""",
    ),
    "fr": (
        """m mm mme mmes mlle mlles dr pr me mgr st ste av bd boul chap p pp réf éd coll
        env cf ex janv févr avr juil sept oct nov déc gén col cdt cap lt sgt tél""",
        """etc art""",
        """le la les un une il elle ils elles on nous vous je ce cette ces en dans mais et pour
        selon depuis après avant puis ainsi cependant pourtant enfin alors si quand""",
        """janvier février mars avril mai juin juillet août septembre octobre novembre
        décembre""",
    ),
    "es": (
        """sr sra sres srta srtas d dña dr dra lic ing arq prof ud uds vd vds excmo excma ilmo
        av avda c pág págs núm art arts cap gral pbro sto sta fdo ej p.ej aprox hab
        ene feb abr jun jul ago sept oct nov dic""",
        """etc cía""",
        """el la los las un una unos unas lo él ella ellos ellas yo nosotros se en pero y para
        según desde después antes luego así sin este esta estos estas ese esa si cuando""",
        """enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
        noviembre diciembre""",
    ),
    "it": (
        """sig sigg sig.ra dott dott.ssa dr prof ing avv arch on sen gen mons rag geom s ss
        ecc pag pagg art artt cap cfr es n nn tel p.es c.a gen feb apr mag giu lug ago
        ott nov dic""",
        """ecc""",
        """il lo la i gli le un uno una egli lei essi noi io si in ma e per secondo dopo prima
        poi così questo questa questi queste quello quella se quando""",
        """gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
        dicembre""",
    ),
    "pt": (
        """sr sra srs sras srta dr dra drs prof profa exmo exma v.exa av r pç nº n.º pág págs
        cap art arts p.ex aprox eng sto sta lda cia jan fev abr mai jun jul ago set out
        nov dez""",
        """etc""",
        """o a os as um uma uns umas ele ela eles elas eu nós se em mas e para segundo depois
        antes assim este esta estes estas esse essa isso isto quando""",
        """janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
        dezembro""",
    ),
    "nl": (
        """dhr mevr mw mr dr drs ir ing prof mgr st bijv bv d.w.z o.a i.p.v m.b.t t.a.v z.g.a
        nl resp zgn kon ned gem blz nr jl jan feb mrt apr jun jul aug sep sept okt nov dec""",
        """enz etc""",
        """de het een die dat dit deze hij zij ze wij we ik je men er in maar en voor volgens
        na voor toen daarna ook zo als""",
        """januari februari maart april mei juni juli augustus september oktober november
        december""",
    ),
    "ru": (
        """г гг ул д им т.е т.д т.п т.к др пр см стр с тыс млн млрд руб коп проф акад ген
        св ст кв обл пос доц тов гр чел ч янв февр авг сент окт нояб дек н.э до.н.э""",
        """г гг т.д т.п др руб коп чел н.э""",
        """в и но а это он она они мы я на по после до как что когда так также однако""",
        """января февраля марта апреля мая июня июля августа сентября октября ноября
        декабря""",
    ),
    "uk": (
        """р рр вул обл грн тис млн млрд ім проф акад д-р т.д т.п див с ст св пп п н.е коп
        кв смт с-ще""",
        """р рр м т.д т.п грн коп н.е год хв""",
        """в у і й але а це він вона вони ми я на по після до як що коли так також однак""",
        """січня лютого березня квітня травня червня липня серпня вересня жовтня листопада
        грудня""",
    ),
    "pl": (
        """ul al pl np tzn tj itd itp m.in dr prof mgr inż ks św gen płk mjr por kpt nr godz
        tys mln mld zł woj pow gm r w ok wg tel str s ds im sp tzw br pn""",
        """r w itd itp zł""",
        """w i ale a to on ona oni my ja na po przed jak że kiedy tak także jednak""",
        """stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
        listopada grudnia""",
    ),
    "tr": (
        """dr prof doç av yrd sn vb vs bkz örn s no cad sok mah ltd şti a.ş t.c apt blv hz
        alb org gen kur yzb bşk md müd""",
        """vb vs""",
        """bu o bir ve ama ancak çünkü sonra önce şimdi ben biz siz onlar""",
        """ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık""",
    ),
    "ar": ("""د أ أ.د ص ج""", """م ق هـ""", "", ""),
}
# Openers that also continue a sentence after an abbreviation ("Yahoo! in the", "ca. and").
LINKING = _set(
    """in on at as and but so if yet after before since while then now also both each one some
    many most still however meanwhile a an im am auch aber doch dann denn nun jetzt heute damit
    dabei deshalb daher als wenn wie was wer wo nach vor seit bei mit für zudem außerdem
    trotzdem allerdings en dans mais et pour selon depuis après avant puis ainsi cependant
    pourtant enfin alors si quand pero y para según desde después antes luego así sin cuando
    ma e per secondo dopo prima poi così se mas em segundo depois assim maar voor volgens na
    toen daarna ook zo als и но а на по после до как что когда так также однако у і й але
    w i ale ve ama ancak çünkü sonra önce şimdi"""
)
# A colon that ends a sentence: in Italian and Portuguese a colon is followed by lower case
# unless a new sentence starts (Italian: any capitalised word; Portuguese: direct speech in
# quotes). Value: does the colon also end one before a capitalised word (True) or only before
# an opening quote (False).
COLON_ENDS = {"it": True, "pt": False}
# Words that quote what a "?" or "!" before them ended (Turkish "Niçin? diye sordu", "Sen de!
# dedi"): the question or exclamation goes on the same sentence.
QUOTATIVES = _set("diye dedi dedim dedin dedik dediler demiş demişti")
# Languages that capitalise every noun: a capital letter alone does not start a sentence.
NOUN_CAPITALS = frozenset({"de", "lb"})
# English web text: capitalised pronouns and question words that start a sentence whose
# predecessor had no end punctuation ("great food This is", "no problem If you").
WEB_OPENERS = _set("""This It If What How He She They We My Its His Their Our Your These Those
    When Why Where""")
# Openers of web text (reviews, requests) that also head titles: they start a sentence only
# before a content word ("tacky The food tasted", "cards Great store"; not "Say No to Trump").
WEB_CONTENT_OPENERS = _set("""The Some Every Anyone Please Hope Glad Great Good Best Excellent
    Bad Do Can Have No Not All Get Lets""")
# Languages that write ordinal numbers with a period ("am 3. Oktober", "19. yüzyıl").
ORDINAL_PERIOD = frozenset("de tr pl nl da no fi cs sk hu is et lv sl hr sr".split())

ENGLISH = Lexicon(EN_TITLES | EN_JOINING, EN_MAYBE, EN_OPENERS, frozenset(), EN_OPENERS - LINKING)
_CACHE: dict[str | None, Lexicon] = {}


def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of `lang`: its own entries plus the shared ones; English for None/unknown."""
    if lang in _CACHE:
        return _CACHE[lang]
    entry = _LEXICONS.get(lang or "")
    if entry is None or lang == "en":
        lex = ENGLISH
    else:
        never, maybe, openers, months = (_set(x) for x in entry)
        maybe = maybe | COMMON_MAYBE
        lex = Lexicon((never | COMMON_NEVER) - maybe, maybe, openers, months, openers - LINKING)
    _CACHE[lang] = lex
    return lex
