"""Italian, Portuguese and Ukrainian cues, names after a genitive, an outlet's article or an
Arabic title, on sentences written for these tests."""

from __future__ import annotations

import pytest

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document
from annotator.split.names_ml import name_after_genitive


def speaker(body: str, lang: str) -> tuple[str | None, str | None, str | None]:
    """(speaker, cue, the speaker's mention) of the first claim of `body` in `lang`."""
    text = "Ponte\n\n" + body
    claims = split_document(RawDocument(path="ml.txt", format="txt", text=text), lang=lang).claims
    c = next(c for c in claims if c["text"] != "Ponte")
    mention = text[c["speaker_start"] : c["speaker_end"]] if c["speaker"] else None
    return c["speaker"], c["cue"], mention


@pytest.mark.parametrize(
    "body,lang,expected",
    [
        # Italian: compound tenses, "secondo", "come ha detto", quotes before the cue
        ("Il governo ha detto che il ponte resterà chiuso fino a maggio.", "it", "governo"),
        ("La Stampa ha scritto che il ponte resterà chiuso fino a maggio.", "it", "La Stampa"),
        (
            "Secondo il sindaco Marco Rossi, il ponte resterà chiuso fino a maggio.",
            "it",
            "Marco Rossi",
        ),
        (
            "Come ha detto il sindaco Marco Rossi, il ponte resterà chiuso fino a maggio.",
            "it",
            "Marco Rossi",
        ),
        (
            "«Il ponte resterà chiuso fino a maggio», ha detto il sindaco Marco Rossi ai cronisti.",
            "it",
            "Marco Rossi",
        ),
        # Portuguese
        ("O governo disse que a ponte ficará fechada até maio.", "pt", "governo"),
        ("Segundo o prefeito Paulo Souza, a ponte ficará fechada até maio.", "pt", "Paulo Souza"),
        ('"A ponte ficará fechada até maio", afirmou o prefeito Paulo Souza.', "pt", "Paulo Souza"),
        # Ukrainian: past forms, "за словами", "як повідомив", a noun phrase as the subject
        ("Мер Олег Бондар заявив, що міст буде закрито до травня.", "uk", "Олег Бондар"),
        ("За словами мера Олега Бондаря, міст буде закрито до травня.", "uk", "Олега Бондаря"),
        ("Як повідомив Олег Бондар, міст буде закрито до травня цього року.", "uk", "Олег Бондар"),
        (
            "Міністерство інфраструктури повідомило, що міст буде закрито.",
            "uk",
            "Міністерство інфраструктури",
        ),
        (
            "«Міст буде закрито до травня цього року», — сказав мер Олег Бондар.",
            "uk",
            "Олег Бондар",
        ),
    ],
)
def test_cues_in_italian_portuguese_ukrainian(body: str, lang: str, expected: str) -> None:
    assert speaker(body, lang)[0] == expected


@pytest.mark.parametrize(
    "body,lang",
    [
        ("Per il secondo anno il ponte resterà chiuso fino a maggio.", "it"),
        ("Pelo segundo ano a ponte ficará fechada até maio.", "pt"),
        ("Учора ввечері повідомили, що міст буде закрито до травня.", "uk"),
        ("نقلت الشرطة المصابين إلى المستشفى بعد إغلاق الجسر.", "ar"),  # "took", not "quoted"
    ],
)
def test_ordinals_unnamed_reports_and_other_senses_name_nobody(body: str, lang: str) -> None:
    assert speaker(body, lang)[0] is None


@pytest.mark.parametrize(
    "body,lang,expected",
    [
        # a genitive between the role and the name belongs to the role; the mention keeps it
        ("Президент России Иван Петров заявил, что мост закроют до мая.", "ru", "Иван Петров"),
        ("Президент России Петров заявил, что мост закроют до мая.", "ru", "Петров"),
        (
            "Глава России Иван Иванович Петров заявил, что мост закроют до мая.",
            "ru",
            "Иван Иванович Петров",
        ),
        ("Президент України Іван Коваль заявив, що міст закриють до травня.", "uk", "Іван Коваль"),
        (
            "Il ministro degli Esteri Marco Rossi ha detto che il ponte resterà chiuso.",
            "it",
            "Marco Rossi",
        ),
        (
            "El ministro de Obras Públicas José Ruiz dijo que el puente seguirá cerrado.",
            "es",
            "José Ruiz",
        ),
        (
            "El presidente de la Diputación Pau Ferrer dijo que el puente seguirá cerrado.",
            "es",
            "Pau Ferrer",
        ),
        # a body after the link stays whole
        (
            "El portavoz del Ministerio de Obras dijo que el puente seguirá cerrado.",
            "es",
            "portavoz del Ministerio de Obras",
        ),
        (
            "El ministerio de Obras informó que el puente seguirá cerrado hasta mayo.",
            "es",
            "ministerio de Obras",
        ),
        # an outlet's article is part of its name; a link inside a name is kept
        ("Le Figaro a rapporté que le pont restera fermé jusqu'en mai.", "fr", "Le Figaro"),
        ("Según el diario El Norte, el puente seguirá cerrado hasta mayo.", "es", "El Norte"),
        (
            "Segundo o jornal Folha de Minas, a ponte ficará fechada até maio.",
            "pt",
            "Folha de Minas",
        ),
    ],
)
def test_names_after_genitives_and_articles(body: str, lang: str, expected: str) -> None:
    found, _, mention = speaker(body, lang)
    assert found == expected
    assert mention is not None and expected.split()[-1] in mention


def test_name_after_genitive_keeps_plain_names() -> None:
    assert name_after_genitive(["Charles", "de", "Gaulle"], "") == ["Charles", "de", "Gaulle"]
    assert name_after_genitive(["Universidad", "de", "Buenos", "Aires"], "la") == [
        "Universidad",
        "de",
        "Buenos",
        "Aires",
    ]
    assert name_after_genitive(["Іван", "Коваль"], "") == ["Іван", "Коваль"]
    assert name_after_genitive(["Esteri", "Marco", "Rossi"], "degli") == ["Marco", "Rossi"]


@pytest.mark.parametrize(
    "body,lang,expected",
    [
        # an adverb between the auxiliary and the cue's participle
        ("Le maire a toutefois reconnu que le pont restera fermé.", "fr", "maire"),
        ("El alcalde ha reconocido también que el puente seguirá cerrado.", "es", "alcalde"),
        ("Il sindaco ha anche ammesso che il ponte resterà chiuso.", "it", "sindaco"),
        # a Romance head noun keeps its complement, inner articles included
        (
            "« Le pont restera fermé jusqu'en mai », a prévenu mardi le chef de la voirie municipale.",
            "fr",
            "chef de la voirie municipale",
        ),
        (
            "Según fuentes de la alcaldía, el puente seguirá cerrado hasta mayo.",
            "es",
            "fuentes de la alcaldía",
        ),
        # a name particle before a capital is no link
        ("Mayor Bill de Vries said the bridge would stay closed until May.", "en", "Bill de Vries"),
    ],
)
def test_romance_word_order_around_the_head(body: str, lang: str, expected: str) -> None:
    assert speaker(body, lang)[0] == expected


def all_speakers(body: str, lang: str) -> list[str | None]:
    text = "Ponte\n\n" + body
    claims = split_document(RawDocument(path="ml.txt", format="txt", text=text), lang=lang).claims
    return [c["speaker"] for c in claims if c["text"] != "Ponte"]


@pytest.mark.parametrize(
    "body,lang,expected",
    [
        # French inverted pronouns: joined to the cue or to its auxiliary, resolved when unambiguous
        (
            "Le maire Paul Martin était à Lyon. « Le pont restera fermé jusqu'en mai », a-t-il déclaré.",
            "fr",
            [None, "Paul Martin"],
        ),
        (
            "Le maire Paul Martin était à Lyon. « Le pont restera fermé jusqu'en mai », affirme-t-il.",
            "fr",
            [None, "Paul Martin"],
        ),
        (
            "Le maire Paul Martin était à Lyon. Il faut rouvrir le pont au plus vite, estime-t-il.",
            "fr",
            [None, "Paul Martin"],
        ),
        ("Pourquoi a-t-il refusé de répondre aux questions des journalistes ?", "fr", [None]),
        # a prepositional phrase after the cue is no subject; the subject after it is
        (
            'El alcalde habló el lunes. "El puente seguirá cerrado hasta mayo", aseguró ante los concejales.',
            "es",
            [None, None],
        ),
        (
            "«Il ponte resterà chiuso fino a maggio», ha detto ai cronisti il sindaco Marco Rossi.",
            "it",
            ["Marco Rossi"],
        ),
        (
            "« Le pont restera fermé jusqu'en mai », a déclaré devant les élus le maire Paul Martin.",
            "fr",
            ["Paul Martin"],
        ),
    ],
)
def test_inverted_pronouns_and_adverbials_after_the_cue(
    body: str, lang: str, expected: list[str | None]
) -> None:
    assert all_speakers(body, lang) == expected


@pytest.mark.parametrize(
    "body,lang,expected",
    [
        (
            "Президент России Иван Петров выступил в понедельник. Он заявил, что мост закроют до мая.",
            "ru",
            "Иван Петров",
        ),
        (
            "Мер Олег Бондар виступив у понеділок. «Міст буде закрито до травня цього року», — додав він.",
            "uk",
            "Олег Бондар",
        ),
        (
            "Il sindaco Marco Rossi ha parlato lunedì. Lui ha detto che il ponte resterà chiuso.",
            "it",
            "Marco Rossi",
        ),
    ],
)
def test_a_pronoun_resolves_to_a_person_named_in_the_sentence_before(
    body: str, lang: str, expected: str
) -> None:
    assert all_speakers(body, lang)[-1] == expected


@pytest.mark.parametrize(
    "body,lang,expected",
    [
        # a date is no subject; "Segundo" opens no name; an Italian weekday that is a surname stays one
        (
            "Ainda assim, a 3 de Março apresentou o seu plano para a nova ponte do porto.",
            "pt",
            None,
        ),
        (
            "Segundo Paulo Souza, presidente da câmara, a ponte ficará fechada até maio.",
            "pt",
            "Paulo Souza",
        ),
        (
            "Political scientist Larry Sabato said the bridge would stay closed until May.",
            "en",
            "Larry Sabato",
        ),
    ],
)
def test_dates_and_openers_are_no_names(body: str, lang: str, expected: str | None) -> None:
    assert speaker(body, lang)[0] == expected
