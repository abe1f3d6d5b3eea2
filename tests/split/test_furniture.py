"""Page furniture on ordinary pages (not the seeds): wire datelines, copyright and licence lines,
nav bars, unterminated sentences, forum user cards of several skins, and read-more / related /
subscribe / cookie lines and datelines in other languages. Each page is split by the real
`structure` + `extract_claims`, as `annotator split` does."""

from __future__ import annotations

import random

import pytest

from annotator.split import datelines
from annotator.split.claims import extract_claims
from annotator.split.document import ClaimDraft, RawDocument, StructuredDocument
from annotator.split.structure import structure


def split(text: str, path: str = "page.txt") -> tuple[StructuredDocument, list[ClaimDraft]]:
    doc = structure(RawDocument(path=path, format="txt", text=text))
    claims = extract_claims(doc)
    for c in claims:
        assert doc.text[c.start : c.end] == c.text  # offsets slice the source
    return doc, claims


def kinds_over(doc: StructuredDocument, fragment: str) -> set[str]:
    start = doc.text.index(fragment)
    end = start + len(fragment)
    assert not any(b.start < end and start < b.end for b in doc.blocks), f"kept: {fragment!r}"
    return {k for s, e, k in doc.boilerplate if s < end and start < e}


WIRE = """World | Business | Markets | Sport | Opinion
Chile wildfires kill at least 46 as blazes reach Vina del Mar
February 5, 2024

{dateline} Wildfires raging in central Chile have killed at least 46 people, the interior minister said on Sunday.

More than 1,100 homes were destroyed in the Valparaiso region, officials said.

© 2024 Agence France-Presse. All rights reserved.
This material may not be published, broadcast, rewritten or redistributed.
"""


@pytest.mark.parametrize(
    "dateline",
    [
        "SANTIAGO, Feb 5 (AFP) -",
        "SANTIAGO (Reuters) -",
        "SANTIAGO —",
        "SANTIAGO, Chile, Feb. 5 (AP) —",
        "VINA DEL MAR, Chile (AP) —",
    ],
)
def test_wire_dateline_is_cut_from_the_claim(dateline: str) -> None:
    doc, claims = split(WIRE.format(dateline=dateline))
    first = claims[0]
    assert first.text.startswith("Wildfires raging in central Chile"), first.text
    assert kinds_over(doc, dateline) == {"dateline"}
    assert doc.text[first.start - len(dateline) - 1 : first.start - 1] == dateline


def test_copyright_licence_and_nav_bar_are_furniture() -> None:
    doc, claims = split(WIRE.format(dateline="SANTIAGO, Feb 5 (AFP) -"))
    assert doc.title == "Chile wildfires kill at least 46 as blazes reach Vina del Mar"
    assert kinds_over(doc, "World | Business | Markets | Sport | Opinion") == {"nav"}
    assert kinds_over(doc, "© 2024 Agence France-Presse. All rights reserved.") == {"copyright"}
    assert kinds_over(doc, "This material may not be published") == {"copyright"}
    assert [c.text for c in claims] == [
        "Wildfires raging in central Chile have killed at least 46 people, the interior "
        "minister said on Sunday.",
        "More than 1,100 homes were destroyed in the Valparaiso region, officials said.",
    ]


BLOG = """Home › News › Asia › Afghanistan
News Sport Business Innovation Culture Travel Earth Video Live
Kabul airport: what we know about the attack

Two explosions hit crowds outside Kabul airport on Thursday evening, killing dozens of people.

The Pentagon said 13 US service members were among those killed in the blasts at Abbey Gate

A second blast struck near the Baron Hotel, a short distance from the airport gate.

Content is available under CC BY-SA 4.0 unless otherwise noted.
Copyright 2021 Example News Ltd
"""


def test_unterminated_checkable_sentence_is_kept_and_menus_are_not_the_title() -> None:
    doc, claims = split(BLOG)
    assert doc.title == "Kabul airport: what we know about the attack"
    assert kinds_over(doc, "Home › News › Asia › Afghanistan") == {"nav"}
    assert kinds_over(doc, "News Sport Business Innovation Culture Travel Earth Video") == {"nav"}
    texts = [c.text for c in claims]
    pentagon = "The Pentagon said 13 US service members were among those killed in the blasts at Abbey Gate"
    assert pentagon in texts
    assert ["Pentagon" in (c.speaker or "") for c in claims if c.text == pentagon] == [True]
    assert kinds_over(doc, "Content is available under CC BY-SA 4.0") == {"copyright"}
    assert kinds_over(doc, "Copyright 2021 Example News Ltd") == {"copyright"}


XENFORO = """Kabul airport attack thread | Defence Forum
Home Forums Geopolitics Afghanistan

GeneralZod
Well-known member
Joined: Mar 3, 2019
Messages: 1,234
Reaction score: 567
Aug 27, 2021
#1

The death toll from the Kabul airport bombing has risen to 170, according to health officials.

steppe_wolf
Joined Jan 12, 2015 Messages 8,012 Reaction score 3,004

Agree 100%
The Taliban say they arrested two suspects on Friday.
"""

PHPBB = """Kabul airport attack - Example Board
Board index ‹ World affairs ‹ Asia

kabulwatcher
Posts: 1523
Joined: Sat Mar 14, 2015 9:02 am
Location: Kabul
Re: Kabul airport attack
Post by kabulwatcher » Thu Aug 26, 2021 6:12 pm
Officials at the Wazir Akbar Khan hospital said 60 bodies had been brought in.

Top

old_hand
Posts: 88
Joined: Tue Jun 02, 2020 1:00 pm
Re: Kabul airport attack
Post by old_hand » Fri Aug 27, 2021 8:40 am
That number has since doubled, the health ministry said this morning.

Top
"""

VBULLETIN = """Kabul airport attack - vBulletin Forums
Forum » Current Events » Asia

abu_hamza
Senior Member
Join Date: Jan 2012
Location: Peshawar
Posts: 4,512

Two blasts hit the crowds at Abbey Gate and near the Baron Hotel on Thursday.

nomad77
Junior Member
Join Date: Aug 2021
Posts: 12

I heard the second blast was much smaller than the first one.
"""


@pytest.mark.parametrize(
    "page, authors, posted, claim",
    [
        (
            XENFORO,
            ["GeneralZod", "steppe_wolf"],
            ["2021-08-27", None],
            "Agree 100%",
        ),
        (
            PHPBB,
            ["kabulwatcher", "old_hand"],
            ["2021-08-26", "2021-08-27"],
            "That number has since doubled, the health ministry said this morning.",
        ),
        (
            VBULLETIN,
            ["abu_hamza", "nomad77"],
            [None, None],
            "I heard the second blast was much smaller than the first one.",
        ),
    ],
    ids=["xenforo", "phpbb", "vbulletin"],
)
def test_forum_user_cards_give_posts_their_authors(
    page: str, authors: list[str], posted: list[str | None], claim: str
) -> None:
    doc, claims = split(page)
    assert doc.source_kind == "forum"
    assert [p.author for p in doc.posts] == authors
    assert [p.posted for p in doc.posts] == posted
    by_text = {c.text: c for c in claims}
    assert by_text[claim].speaker == authors[1]
    assert all(c.post_index is not None for c in claims)
    for card_text in ("Joined", "Join Date", "Posts:", "Messages", "Post by", "Senior Member"):
        for c in claims:
            assert card_text not in c.text
    for author in authors:
        assert author not in [c.text for c in claims]


# --- other languages: read-more / related / subscribe / cookie lines and datelines ----------

I18N = {
    "de": (
        "Berlin (dpa) -",
        "Die Bundesregierung hat am Mittwoch weitere 500 Millionen Euro für Hilfen bewilligt.",
        [
            "Lesen Sie auch: Wie die Hilfe in Afghanistan ankommt",
            "Mehr zum Thema",
            "Newsletter abonnieren",
            "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.",
            "© 2025 Beispiel Zeitung GmbH. Alle Rechte vorbehalten.",
        ],
    ),
    "fr": (
        "PARIS, 5 février (AFP) -",
        "Le gouvernement a annoncé jeudi l'envoi de 200 soldats supplémentaires au Sahel.",
        [
            "Lire aussi : Au Sahel, la France change de stratégie",
            "Sur le même sujet",
            "Abonnez-vous à notre newsletter",
            "Nous utilisons des cookies pour améliorer votre expérience.",
            "Tous droits réservés.",
        ],
    ),
    "es": (
        "MADRID, 5 feb (EFE).-",
        "El Gobierno aprobó este martes una ayuda de 300 millones de euros para los afectados.",
        [
            "Leer más",
            "Noticias relacionadas",
            "Suscríbete a nuestro boletín",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "© 2025 Ejemplo Diario. Todos los derechos reservados.",
        ],
    ),
    "it": (
        "ROMA, 5 feb (ANSA) -",
        "Il governo ha approvato giovedì un decreto da 200 milioni di euro per le imprese.",
        [
            "Leggi anche: Il decreto in dieci punti",
            "Articoli correlati",
            "Iscriviti alla newsletter",
            "Questo sito utilizza i cookie per migliorare la navigazione.",
            "Tutti i diritti riservati.",
        ],
    ),
    "pt": (
        "LISBOA, 5 fev (Lusa) -",
        "O Governo aprovou hoje um apoio de 150 milhões de euros para as famílias afetadas.",
        [
            "Leia também: O que muda com o novo apoio",
            "Notícias relacionadas",
            "Assine a nossa newsletter",
            "Utilizamos cookies para melhorar a sua experiência.",
            "Todos os direitos reservados.",
        ],
    ),
    "ru": (
        "КАБУЛ, 27 августа.",
        "Число погибших при взрывах у аэропорта Кабула выросло до 170 человек.",
        [
            "Читайте также: Талибы заявили о контроле над аэропортом",
            "Похожие новости",
            "Подписывайтесь на наш канал",
            "Мы используем файлы cookie, чтобы сайт работал лучше.",
            "© 2025 Пример. Все права защищены.",
        ],
    ),
    "uk": (
        "КИЇВ, 27 серпня. /Укрінформ/.",
        "Кількість загиблих унаслідок вибухів біля аеропорту Кабула зросла до 170 осіб.",
        [
            "Читайте також: Таліби заявили про контроль над аеропортом",
            "Схожі новини",
            "Підписуйтесь на наш канал",
            "Ми використовуємо файли cookie для покращення роботи сайту.",
            "Всі права захищені.",
        ],
    ),
    "ar": (
        "كابول (رويترز) -",
        "قال مسؤولون في وزارة الصحة إن عدد القتلى ارتفع إلى 170 شخصا يوم الجمعة.",
        [
            "اقرأ أيضا: طالبان تعلن السيطرة على المطار",
            "أخبار ذات صلة",
            "اشترك في النشرة البريدية",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.",
            "جميع الحقوق محفوظة © 2025",
        ],
    ),
    "tr": (
        "ANKARA (AA) -",
        "Dışişleri Bakanlığı, Kabil'deki saldırıda ölenlerin sayısının 170'e yükseldiğini açıkladı.",
        [
            "Ayrıca okuyun: Taliban havalimanının kontrolünü aldı",
            "İlgili Haberler",
            "Abone ol",
            "Bu sitede çerezler kullanılmaktadır.",
            "Tüm hakları saklıdır.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(I18N))
def test_furniture_and_datelines_in_each_language(lang: str) -> None:
    dateline, sentence, furniture = I18N[lang]
    second = sentence  # a second paragraph keeps the read-more line inside the body
    page = "\n\n".join(
        [f"{dateline} {sentence}", furniture[0], second.replace("170", "171"), *furniture[1:]]
    )
    doc, claims = split(page + "\n")
    texts = [c.text for c in claims]
    assert texts[0] == sentence, texts
    assert kinds_over(doc, dateline) == {"dateline"}
    for line in furniture:
        assert kinds_over(doc, line), line
        assert not any(line in t or t in line for t in texts), (line, texts)


@pytest.mark.parametrize(
    "paragraph",
    [
        "قال الوزير - في بيان صدر اليوم - إن الحكومة ستتحرك بسرعة.",
        "The President said on Tuesday - and repeated it - that he would go.",
        "Officials in Kabul said on Friday that 170 people had died.",
        "Posts on social media said at least 170 people had died in the blasts.",
    ],
)
def test_a_paragraph_without_a_dateline_keeps_its_first_words(paragraph: str) -> None:
    page = (
        f"Kabul airport blast: the latest\n\n{paragraph}\n\nA second blast hit the Baron Hotel.\n"
    )
    doc, claims = split(page)
    assert claims[0].text == paragraph
    assert doc.source_kind == "news" and not doc.posts


@pytest.mark.parametrize(
    "line",
    ["A-" * 3000, "ABC " * 5000, "КАБУЛ-" * 2000, "Abc-" * 3000 + "(dpa) - x", "ب" * 5000 + " - x"],
)
def test_dateline_rules_stay_linear_on_long_lines(line: str) -> None:
    """Bounded, possessive words: with unbounded ones these lines backtracked catastrophically."""
    from annotator.split.datelines import dateline_end

    assert dateline_end(line) == 0
    assert dateline_end("KABUL - " + line) in (0, len("KABUL -"))


def test_dateline_gates_skip_only_patterns_that_cannot_match() -> None:
    def ungated(line: str) -> int:
        if len(line) < 8 or not line[0].isupper():
            return 0
        for pattern in datelines._PATTERNS[:3]:
            m = pattern.match(line[: datelines.PREFIX_MAX])
            if m and len(datelines._WORD.findall(line[m.end() : m.end() + 200])) >= 3:
                return len(line[: m.end()].rstrip())
        return 0

    rng = random.Random(3)
    heads = ["KABUL", "Berlin", "SAN JOSE", "O'NEILL", "A.B", "Ābols", "МОСКВА", "The", "X-RAY"]
    tails = [", Feb 5 (AFP) - ", " (dpa) - ", " — ", ", 27 августа. ", " (Reuters) -- ", " said "]
    rest = "the mayor said roads were shut on Monday."
    for _ in range(2000):
        line = rng.choice(heads) + rng.choice(tails) + rest
        assert datelines.dateline_end(line) == ungated(line), line
    assert datelines.dateline_end("Berlin (dpa) - " + rest) == len("Berlin (dpa) -")
