"""Attribution in German, French, Spanish, Russian and Arabic, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document

HEAD = "Brücke Pont Puente Мост جسر\n\n"


def claim(body: str, fragment: str) -> dict[str, Any]:
    text = HEAD + body
    claims = split_document(RawDocument(path="case.txt", format="txt", text=text)).claims
    hits = [c for c in claims if fragment in c["text"]]
    assert hits, (fragment, [c["text"] for c in claims])
    c = hits[0]
    if c["speaker"] is not None:  # the speaker's mention and the content are real spans
        assert c["speaker_start"] is not None and c["speaker_end"] <= len(text)
        mention = text[c["speaker_start"] : c["speaker_end"]]
        assert c["speaker"].split()[-1] in mention
        if c["content_start"] is not None:
            assert c["start"] <= c["content_start"] < c["content_end"] <= c["end"]
    return c


@pytest.mark.parametrize(
    "body,fragment,speaker,cue,quote",
    [
        # German: „…“ quotes, verb-second order, laut / zufolge / so, subjunctive reported speech
        (
            "„Die neue Brücke wird im Mai eröffnet“, sagte Bürgermeisterin Anna Weber.",
            "neue Brücke",
            "Anna Weber",
            "sagte",
            True,
        ),
        (
            "»Die neue Brücke wird im Mai eröffnet«, sagte Bürgermeisterin Anna Weber.",
            "neue Brücke",
            "Anna Weber",
            "sagte",
            True,
        ),
        (
            "Die Polizei erklärte, der Fahrer sei mit hoher Geschwindigkeit unterwegs gewesen.",
            "Fahrer sei",
            "Polizei",
            "erklärte",
            False,
        ),
        (
            "Am Montag sagte der Sprecher des Ministeriums, die Brücke sei sicher und stabil.",
            "Brücke sei",
            "Sprecher des Ministeriums",
            "sagte",
            False,
        ),
        (
            "Laut Feuerwehr wurden bei dem Brand drei Menschen leicht verletzt.",
            "Brand",
            "Feuerwehr",
            "laut",
            False,
        ),
        (
            "Der Feuerwehr zufolge wurden bei dem Brand drei Menschen leicht verletzt.",
            "Brand",
            "Feuerwehr",
            "zufolge",
            False,
        ),
        (
            "„Die Brücke ist sicher und wird nicht gesperrt“, so der Sprecher.",
            "Brücke ist sicher",
            "Sprecher",
            "so",
            True,
        ),
        (
            "Nach Angaben der Polizei wurden bei dem Brand drei Menschen leicht verletzt.",
            "Brand",
            "Polizei",
            "nach angaben",
            False,
        ),
        (
            "In der Mitteilung der Stadt heißt es, die Brücke werde im Mai eröffnet.",
            "Brücke werde",
            "Mitteilung der Stadt",
            "heißt es",
            False,
        ),
        # French: « » quotes, a déclaré, selon
        (
            "« Le nouveau pont ouvrira en mai prochain », a déclaré le maire Jean Dupont.",
            "nouveau pont",
            "Jean Dupont",
            "déclaré",
            True,
        ),
        (
            "Selon la police, le conducteur roulait à plus de cent kilomètres à l'heure.",
            "conducteur",
            "police",
            "selon",
            False,
        ),
        (
            "Aux dires du maire Jean Dupont, le pont ouvrira au printemps prochain.",
            "pont ouvrira",
            "Jean Dupont",
            "aux dires du",
            False,
        ),
        (
            "« Le pont sera prêt au printemps prochain », a précisé la ministre Claire Martin.",
            "pont sera",
            "Claire Martin",
            "précisé",
            True,
        ),
        # Spanish: « » quotes, dijo, según
        (
            "«El nuevo puente abrirá en mayo del próximo año», dijo el alcalde Juan Pérez.",
            "nuevo puente",
            "Juan Pérez",
            "dijo",
            True,
        ),
        (
            "Según la policía, el conductor circulaba a más de cien kilómetros por hora.",
            "conductor",
            "policía",
            "según",
            False,
        ),
        (
            "A juicio de la alcaldesa Ana Ruiz, el puente abrirá en primavera.",
            "puente abrirá",
            "Ana Ruiz",
            "a juicio de",
            False,
        ),
        # Russian: «…», — заявил; по словам
        (
            "«Новый мост откроется в мае следующего года», — заявил мэр Иван Петров.",
            "Новый мост",
            "Иван Петров",
            "заявил",
            True,
        ),
        (
            "По словам полиции, водитель ехал со скоростью более ста километров в час.",
            "водитель",
            "полиции",
            "по словам",
            False,
        ),
        (
            "По мнению экспертов, мост откроют весной следующего года.",
            "мост откроют",
            "экспертов",
            "по мнению",
            False,
        ),
        # Arabic: verb first (قال), وفقا لـ, بحسب
        (
            "أفاد المتحدث باسم البلدية بأن الجسر سيفتح في الربيع المقبل.",
            "الجسر",
            "المتحدث باسم البلدية",
            "أفاد",
            False,
        ),
        (
            "على حد قول الوزير، سيفتح الجسر في الربيع المقبل.",
            "الجسر",
            "الوزير",
            "على حد قول",
            False,
        ),
        (
            "قال المتحدث باسم الوزارة إن الجسر الجديد سيفتح في شهر مايو المقبل.",
            "الجسر الجديد",
            "المتحدث باسم الوزارة",
            "قال",
            False,
        ),
        (
            "وفقا للشرطة المحلية، كان السائق يقود بسرعة تزيد على مئة كيلومتر في الساعة.",
            "السائق",
            "الشرطة المحلية",  # ل + الشرطة: "li-" before the article drops its alif
            "وفقا",
            False,
        ),
        (
            "بحسب الشرطة، كان السائق يقود بسرعة تزيد على مئة كيلومتر في الساعة.",
            "السائق",
            "الشرطة",
            "بحسب",
            False,
        ),
    ],
)
def test_speaker_cue_and_kind(
    body: str, fragment: str, speaker: str, cue: str, quote: bool
) -> None:
    c = claim(body, fragment)
    assert (c["speaker"], c["cue"], c["quote"]) == (speaker, cue, quote)


def test_german_reported_speech_goes_on_in_the_subjunctive() -> None:
    body = (
        "Der Sprecher der Stadtwerke erklärte, die Leitung sei seit Montag defekt. "
        "Die Reparatur werde mindestens zwei Wochen dauern. "
        "Am Dienstag regnete es in der ganzen Stadt sehr stark."
    )
    assert claim(body, "Reparatur werde")["speaker"] == "Sprecher der Stadtwerke"
    assert claim(body, "regnete es")["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker,cue",
    [
        # a compound tense: the subject stands before the auxiliary
        (
            "Le ministre de l'Économie a affirmé que la croissance serait faible cette année.",
            "croissance",
            "ministre de l'Économie",
            "affirmé",
        ),
        (
            "El portavoz del Gobierno ha afirmado que la reforma se aprobará antes del verano.",
            "reforma",
            "portavoz del Gobierno",
            "afirmado",
        ),
        # a short quote before the cue: the speaker follows it
        (
            "«No vamos a ceder», dijo el presidente Pedro Sánchez en Madrid.",
            "ceder",
            "Pedro Sánchez",
            "dijo",
        ),
        (
            "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur Jean Martin.",
            "céderons",
            "Jean Martin",
            "déclaré",
        ),
        # "as X said": the speaker follows the verb
        (
            "Как сообщил губернатор области Андрей Воробьёв, работы завершатся к лету.",
            "работы",
            "Андрей Воробьёв",
            "сообщил",
        ),
        (
            "Como dijo el ministro Luis Planas, el campo necesita ayuda urgente.",
            "campo",
            "Luis Planas",
            "dijo",
        ),
        # وفقا لـ: the preposition is not part of the source
        ("وفقا لمصادر طبية، أصيب عشرة أشخاص في الحادث.", "أصيب", "مصادر طبية", "وفقا ل"),
    ],
)
def test_romance_russian_and_arabic_word_order(
    body: str, fragment: str, speaker: str, cue: str
) -> None:
    c = claim(body, fragment)
    assert (c["speaker"], c["cue"]) == (speaker, cue)
