"""Russian speakers written as a noun with genitives, on sentences written for these tests."""

from __future__ import annotations

import pytest

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    text = "Мост\n\n" + body
    claims = split_document(RawDocument(path="ru.txt", format="txt", text=text), lang="ru").claims
    return [(c["speaker"], c["cue"]) for c in claims if c["text"] != "Мост"]


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Представитель министерства сообщил, что ситуация находится под контролем.",
            "Представитель министерства",
            "сообщил",
        ),
        (
            "Пресс-служба министерства сообщила, что работы на мосту завершатся к лету.",
            "Пресс-служба министерства",
            "сообщила",
        ),
        ("Вчера вечером сообщили, что мост закрыт на ремонт до лета.", None, None),
    ],
)
def test_lower_case_genitives_after_the_head(body: str, speaker: str, cue: str) -> None:
    assert speakers(body) == [(speaker, cue)]
