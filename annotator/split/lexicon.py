"""Word lists for attribution: cue verbs, "according to" phrases, titles, role words, dates.

English cue verbs are listed as lemmas and inflected here (says, said, saying); the forms that
are also nouns ("report", "calls") count as verbs only when no determiner precedes them (see
`attribution`). Other languages list their forms outright (`lexicon_ml`).
"""

from __future__ import annotations

import re
from typing import Final

# verbs of saying, writing, showing and holding a view; irregular forms come from IRREGULAR
EN_CUE_LEMMAS: Final = """
say tell write report add ask note announce suggest find show call tweet describe argue explain
acknowledge declare respond believe accuse recall criticize criticise agree cite praise conclude
reveal want insist state reply hope warn defend urge think propose question claim predict promise
dismiss fear know express blame confirm assure pledge admit expect charge lament stress vow reject
complain repeat emphasize emphasise mention indicate estimate contend maintain observe caution
allege deny affirm testify assert concede comment remark boast brag joke quip muse wonder worry
speculate reiterate clarify recount disclose inform advise demand threaten counter retort rebut
dispute disagree exclaim whisper proclaim tout recommend conclude continue post announce feel
doubt suspect understand consider criticise condemn applaud welcome thank attack slam blast
accuse mock deride label insist counsel brief reckon imply signal hint point explain recall
lament concur caution forecast project suggest acknowledge insist concede guarantee demand
refer decline refuse plan support offer seek endorse talk oppose quote discuss remind deliver
denounce decry identify challenge encourage portray publish email slam chant highlight
remember recognize apologize prefer determine speak pledge criticise address reject
see order decide voice echo interject shout rail opine reaffirm bemoan assail rebuke
plead articulate vouch spar reference deem rule nominate lash envision scoff
sneer decry hail laud lambast
liken dub characterize characterise grouse gush ponder scold chide berate ridicule tease
disparage belittle denigrate reassure gripe grumble surmise posit theorize hypothesize
insinuate fret gloat rant taunt lampoon excoriate castigate chastise admonish implore exhort
entreat stipulate summarize paraphrase minimize answer protest congratulate compliment
extol confide foresee confess lambaste refute commend aver profess avow attest mutter
murmur preach pontificate inquire expound reassert divulge mull imagine marvel credit outline
acquiesce persuade realize realise list learn interpret float knock chime invoke favor favour
""".split()

IRREGULAR: Final = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "showing", "shown"),
    "think": ("thinks", "thought", "thinking"),
    "know": ("knows", "knew", "knowing", "known"),
    "feel": ("feels", "felt", "feeling"),
    "understand": ("understands", "understood", "understanding"),
    "admit": ("admits", "admitted", "admitting"),
    "regret": ("regrets", "regretted", "regretting"),
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "counsel": ("counsels", "counseled", "counselled", "counseling"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "seek": ("seeks", "sought", "seeking"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "plan": ("plans", "planned", "planning"),
    "refer": ("refers", "referred", "referring"),
    "email": ("emails", "emailed", "emailing"),
    "slam": ("slams", "slammed", "slamming"),
    "see": ("sees", "saw", "seeing", "seen"),
    "spar": ("spars", "sparred", "sparring"),
    "lash": ("lashes", "lashed", "lashing"),
    "quip": ("quips", "quipped", "quipping"),  # a doubled consonant before -ed and -ing
    "brag": ("brags", "bragged", "bragging"),
    "rebut": ("rebuts", "rebutted", "rebutting"),
    "concur": ("concurs", "concurred", "concurring"),
    "prefer": ("prefers", "preferred", "preferring"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "fret": ("frets", "fretted", "fretting"),
    "foresee": ("foresees", "foresaw", "foreseeing", "foreseen"),
}

# forms too often nouns or other words to be cues at all ("the state", "a TV show", "points")
NEVER_CUES: Final = frozenset(
    """state states point points question questions attack attacks remark remarks comment
    comments dispute report reports tweet tweets call calls counsel counsels counseling
    post posts hope express expressing charge charges order orders signal signals label labels
    brief briefs project projects counter counters continue continues continuing find
    speak speaks spoke speaking spoken challenge challenges challenged delivered deliver
    address addressed addresses email emails emailed support known joke jokes note notes
    finding showing attacking questioning welcome welcomes forecast forecasts
    saw seen seeing voice voices rule rules ruling
    echo echoes hail hails nominating rebukes answer answers answering protest protests
    compliment compliments inquiring credit credits crediting outline outlines
    list lists listing favor favors favored favoring favour favours favoured favouring
    named voted vote passed focuses focused reads campaigned campaigns campaigning""".split()
)
# forms of NEVER_CUES that are verbs right after their subject ("Trump calls for", "critics charge")
VERBS_AFTER_SUBJECT: Final = frozenset(
    """call calls note notes hope hopes charge charges question questions tweet tweets
    signal signals label labels counter counters speak speaks spoke spoken reports
    challenge challenges challenged support welcome welcomes find forecast forecasts
    express emailed lists favor favors favored favour favours favoured named voted vote passed
    focuses focused campaigned campaigns""".split()
)
# heads of lower-case speaker phrases: bodies, groups, documents, people by role
SPEAKER_NOUNS: Final = frozenset(
    """campaign campaigns committee ministry government administration police union council
    court poll polls survey surveys report reports study studies statement statements group
    groups company agency department office party coalition officials critics voters
    supporters democrats republicans residents experts analysts aides sources lawmakers
    leaders activists protesters organisers organizers prosecutors investigators authorities
    data figures records documents letter memo website article newspaper paper network outlet
    board commission panel senate house congress military army navy coastguard embassy
    delegation team staff firm bank census percent people americans critics opponents
    advocates economists scientists researchers doctors lawyers attorneys employees workers
    members officers soldiers observers pollsters strategists insiders ally allies rivals
    candidates senators spokesman spokeswoman spokesperson official expert analyst source
    diplomat diplomats witness witnesses leader minister president secretary director chairman
    chief judge justice governor mayor senator candidate nominee adviser advisor aide manager
    pollster strategist founder executive economist professor researcher lawyer activist
    organizer chancellor commissioner inspector regulator regulators respondents majority
    plurality most many some others another both all half third quarter fifth authority service
    institute foundation association federation organisation organization alliance movement
    organizations organisations friends companies
    network station broadcaster magazine journal daily channel inquiry review audit
    spokesmen representatives negotiators mediators monitors inspectors agencies ministries
    governments parties unions councils courts records filings statistics results files
    numbers findings estimates projections tally count analysis reporting sources polling
    diario periódico quotidien hebdomadaire giornale quotidiano jornal agencia agence agenzia
    agência газета агентство издание видання ministerio ministère ministero ministério gobierno
    gouvernement governo policía polizia polícia ejército armée esercito exército fiscalía
    portavoz porte-parole portavoce porta-voz""".split()
)
# forms that are nouns after a determiner ("a report", "the calls"), never cues then
NOUN_LIKE: Final = frozenset(
    """report reports call calls show shows claim claims question questions promise promises
    fear fears hope hopes charge charges post posts comment comments demand demands estimate
    estimates counter state states find finds order orders want wants project projects signal
    signals point points attack attacks blast blasts label labels brief briefs thanks welcome
    forecast forecasts concern concerns doubt doubts joke jokes remark remarks tweet tweets
    quip quips guarantee guarantees hint hints question warning plan plans support offer
    offers quote quotes address email emails talk talks chant chants worry worries decline
    declines retort retorts reference references suspect suspects rant rants gripe gripes
    taunt taunts tease note notes feel stress""".split()
)


def inflect(lemma: str) -> tuple[str, ...]:
    """The base, -s, past and -ing forms of an English verb lemma."""
    if lemma in IRREGULAR:
        return (lemma, *IRREGULAR[lemma])
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return (lemma, third, past, ing)


EN_CUE_LEMMAS_SET: Final = frozenset(EN_CUE_LEMMAS)
# "named" alone of "name", read only right after its subject ("Doe named Roe as …"): "name"
# and "names" are nouns too often ("the Doe name has …"); "voted" alone of "vote", a stand
# taken ("Doe voted against the toll"), not "the vote", "residents cannot vote"
EN_CUES: Final = frozenset(f for lemma in EN_CUE_LEMMAS for f in inflect(lemma)) - {"pointing"} | {
    "named",
    "voted",
    "vote",
    "passed",
    "focuses",
    "focused",
    "reads",
    "campaigned",
    "campaigns",
    "campaigning",
}
# a cue for which the person spoken to follows: "X told Reuters"
TOLD: Final = frozenset(("told", "tells", "tell", "telling"))

TITLES: Final = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady rep sen gen gov lt col capt sgt adm maj cmdr
    st rev fr hon pres amb supt insp det cpl pvt brig""".split()
)
ROLE_WORDS: Final = frozenset(
    """president vice secretary press white house general major colonel lieutenant captain
    sergeant admiral commander army navy air force marine chief minister prime foreign defense
    defence senator representative congressman congresswoman governor mayor spokesman
    spokeswoman spokesperson host director head chairman chairwoman chair ambassador officer
    official analyst expert correspondent reporter editor author leader commander-in-chief
    senior associate former then current acting deputy assistant attorney judge justice
    candidate nominee hopeful pollster strategist adviser advisor aide manager founder ceo
    executive economist professor researcher lawyer activist organizer chancellor king queen
    prince princess pope sheikh emir mullah imam archbishop bishop democrat republican
    democratic republican independent gop u.s. us uk central command pentagon taliban rt
    bürgermeister bürgermeisterin sprecher sprecherin minister ministerin präsident präsidentin
    kanzler kanzlerin chef chefin direktor direktorin leiter leiterin vorsitzende vorsitzender
    regierungssprecher polizeisprecher innenminister außenminister bundeskanzler bundeskanzlerin
    maire ministre président présidente porte-parole directeur directrice chef
    alcalde alcaldesa ministro ministra presidente presidenta portavoz director directora
    мэр министр президент глава представитель пресс-секретарь директор председатель
    губернатор посол portavoce sindaco direttore direttrice porta-voz prefeito diretor
    diretora міністр речник речниця голова представник посол директор мер губернатор""".split()
)
# Romance "of" and its contractions: "le chef de la diplomatie", "degli Esteri", "do Brasil"
ROMANCE_OF: Final = frozenset("de del della dello degli delle di da do dos das du des".split())
# articles dropped from a speaker phrase ("Die Polizei" -> "Polizei")
ARTICLES: Final = frozenset(
    """the a an der die das des dem den ein eine einer le la les l' el los las un una il lo gli
    o os""".split()
)
PERSON_NOUNS: Final = frozenset(
    """source sources spokesman spokeswoman spokesperson official officials expert experts
    analyst analysts officer diplomat diplomats person resident residents witness witnesses
    commander minister general colonel professor researcher researchers host author journalist
    reporter member members leader leaders aide aides adviser advisers""".split()
)
# every word for a person or a body of people that may speak: speaker nouns, roles, persons
PEOPLE: Final[frozenset[str]] = SPEAKER_NOUNS | ROLE_WORDS | PERSON_NOUNS
PRONOUNS: Final = {
    "he": "m",
    "him": "m",
    "she": "f",
    "her": "f",
    "they": "p",
    "them": "p",
    "er": "m",
    "sie": "f",
    "il": "m",
    "elle": "f",
    "él": "m",
    "ella": "f",
    "он": "m",
    "она": "f",
    "він": "m",
    "вона": "f",
    "lui": "m",
    "lei": "f",
    "ele": "m",
    "ela": "f",
}
MALE_TITLES: Final[frozenset[str]] = frozenset("mr sir lord herr m. monsieur señor sr. don".split())
FEMALE_TITLES: Final[frozenset[str]] = frozenset(
    "mrs ms miss dame lady frau mme madame señora sra.".split()
)
# Common given names, for "he"/"she": a pronoun resolves only to one candidate of its gender.
MALE_NAMES: Final[frozenset[str]] = frozenset(
    """john james robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
    roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
    bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
    russell bobby mason philip louis bernie ted marco jeb ben chris mike bill barack joe rick
    rand newt tim mitt rudy reince sean corey steve jared eric kevin mitch harry chuck
    lindsey john vladimir emmanuel olaf boris recep xi narendra benjamin ali mohammed muhammad
    ahmed ahmad omar hassan hussein abdul abdullah mahmoud khalid sergei dmitry alexei ivan
    igor hans klaus wolfgang jürgen stefan thomas friedrich heinrich karl franz pierre
    jean-claude jacques françois louis carlos josé luis jorge pedro miguel antonio manuel
    francisco zabihullah qari marvin duncan dale glenn craig todd troy wesley marcus leon neil
    nick greg doug jim tom dan matt pete ron josh jon ken andy tony fred ted hank jake luke seth
    stan stuart vince warren martin evan julian robby tad sherrod cory thom orrin wilbur rex reid
    devin trey jeh ashton bashar shinzo enrique anthony""".split()
)
FEMALE_NAMES: Final[frozenset[str]] = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
    heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
    megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
    jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary
    chelsea ivanka melania kellyanne huma donna nancy elizabeth carly sarah nikki condoleezza
    michele hope jill tulsi kamala angela ursula theresa marine ségolène christine annalena
    jen jennifer jane dianne debbie deb kathy cathy patty peggy liz beth betsy jenny kate katie
    maggie sally tammy wendy kristen kirsten kirstjen elaine ellen eleanor lynn gina tina valerie
    vanessa veronica yvonne carla claire hilary stacey tracy heidi holly kristin lori marsha
    maxine paula rosa sheila sylvia tanya loretta elise mazie shelley joni katrina sheryl
    omarosa""".split()
)
WEEKDAYS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    tomorrow morning afternoon evening night week month year weekend earlier later recently
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen
    lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui
    lunes martes miércoles jueves viernes sábado domingo ayer hoy
    понедельник вторник среду среда четверг пятницу пятница субботу суббота воскресенье вчера
    сегодня
    januar februar märz juni juli oktober dezember
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril junio agosto septiembre setiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março maio junho julho setembro outubro dezembro lunedì martedì
    mercoledì giovedì venerdì ieri oggi segunda-feira terça-feira quarta-feira
    quinta-feira sexta-feira ontem hoje января февраля марта апреля мая июня июля августа
    сентября октября ноября декабря понеділок вівторок середу середа четвер п'ятницю п'ятниця
    суботу субота неділю неділя вчора сьогодні""".split()
)
NOT_SPEAKERS: Final = frozenset(
    """it this that these those there here what which who whom whose one ones any each few
    other such something nothing anything everything everyone anyone nobody somebody
    someone everybody time times way ways thing things fact idea reason point number
    piece question answer issue
    questions strategy strategies ideas preference preferences incident incidents fracas delay
    delays bias biases concerns fantasy temperament pressure ritual frustration tone metaphor
    aspirations emissions items policies numbers future mistake nuances retirements tinge
    discovery jet chains theaters zone tours trip inexperience preparedness performance legacy
    savings smuggling deal case smiles affairs notice nation circles
    however meanwhile also then now still yet thus hence instead indeed therefore
    i you we dies dieses jenes""".split()
)
# words that end a subject phrase going leftwards (clause openers, prepositions of time)
CLAUSE_WORDS: Final[frozenset[str]] = frozenset(
    """that which who whom whose when where while because if as since after before although
    though but so than then unless until whether why how what once whereas nor yet
    also not never has have had would will could should may might must did does do is was
    are were be been being to can cannot""".split()
)
ADVERB_BEFORE_VERB: Final = re.compile(
    r"(?:\s+(?:also|later|again|repeatedly|further|then|once|previously|earlier|recently|"
    r"first|often|always|never|long|publicly|privately|separately|initially|reportedly|"
    r"has|have|had|would|will|did|does|do|could|may|might|is|was|are|were|"
    r"has\s+long|"
    # negation ("X has not yet responded", "X didn’t say", "X would only say"; not "X wouldn’t
    # say.": a refusal reports nothing)
    r"not|yet|twice|only|"
    r"(?:did|does|do|has|have|had|could|ca|is|was|are|were)n['’]t|"
    r"(?:has|have|had)\s+since|alike|still|even|just|already|now|too|here|there|quickly|"
    r"simply|openly|frequently|"
    r"been|itself|himself|herself|themselves|"
    r"Just|Also|Now|Officially|Finally|Still|Reportedly|"
    r"however|though|too|flatly|bluntly|clearly|directly|explicitly|specifically|subsequently|finally|"
    r"ultimately|jokingly|angrily|confidently|proudly|quietly|loudly|sharply|firmly|"
    r"in\s+the\s+past|in\s+fact|overall|"  # "have in the past said", "voters overall said"
    r"sometimes|soon|usually|long\s+ago|in\s+particular|"  # "X soon noted", "X long ago showed"
    r"almost|quite|"  # "X almost universally expressed", "X never quite realized"
    # any other -ly adverb ("Cruz gingerly said"), not a noun in -ly ("the family said")
    r"(?!(?:family|assembly|ally|rally|daily|weekly|monthly|quarterly|supply|anomaly|bully|"
    r"reply|july|italy|emily|kelly|holly|molly|polly|sally|beverly)\b)[a-z]{3,}ly))+$"
)


TIME_UNIT: Final = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)"
# a time, not a subject, before a clause's comma: "Hours later,", "Last week,"
TIME_PHRASE: Final = re.compile(
    r"(?i)(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|"
    r"many|some|the|that|\d+)\s+)?" + TIME_UNIT + r"\s+(?:later|earlier|ago|after\b.*|before\b.*)"
    r"|(?:the|that)\s+(?:next|following|previous)\s+(?:day|week|month|year|morning|evening|night)"
    r"|(?:later|earlier)\s+(?:that|this|in\s+the)\s+\w+"
    r"|(?:last|this|next|that|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|"
    r"morning|afternoon|evening|night|spring|summer|fall|autumn|winter|"
    + "|".join(sorted(sorted(WEEKDAYS - {"week", "month", "year"}), key=len, reverse=True))
    + r"))"
)


# a state after "City,": "Beaumont, Tex.", "Salem, New Hampshire"
US_STATE: Final[re.Pattern[str]] = re.compile(
    r"(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|New\s+(?:Hampshire|Jersey|Mexico|York)|North\s+"
    r"(?:Carolina|Dakota)|South\s+(?:Carolina|Dakota)|West\s+Virginia|Rhode\s+Island|Iowa|"
    r"Ohio|Texas|Florida|Nevada|Virginia|Georgia|Michigan|Wisconsin|Pennsylvania|Colorado|"
    r"Arizona|California|Illinois|Indiana|Kentucky|Missouri|Minnesota|Oregon|Washington|Utah|"
    r"Alabama|Louisiana|Tennessee|Maine|Vermont|Massachusetts|Connecticut|Maryland|Kansas|"
    r"Nebraska|Oklahoma|Arkansas|Mississippi|Montana|Idaho|Wyoming|Alaska|Hawaii|Delaware)"
)
