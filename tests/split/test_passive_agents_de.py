"""German sentences whose words another names as said: an agent passive, a sentence pointing back."""

from __future__ import annotations

from annotator.split.passive_agents_de import agent_passive, labelled_by_agent, points_back


def _at(text: str, word: str) -> tuple[int, int]:
    a = text.index(word)
    return a, a + len(word)


def test_a_sentence_of_one_clause_opening_with_das_points_back() -> None:
    text = "Das wurde vom Hafenamt bestätigt."
    assert points_back(text, 0, len(text), "bestätigt")
    other = "Das hatte er getan, wie der Wirt bestätigt."  # two clauses: its own report
    assert not points_back(other, 0, len(other), "bestätigt")


def test_a_passive_with_its_agent_reports_the_clause_after_it() -> None:
    text = "Von der Fischergilde wurde gefordert, die Mole zu verlängern."
    assert agent_passive(text, 0, *_at(text, "gefordert"), len(text))
    bare = "Die Mole wurde gestern gefordert."  # no agent: nobody speaks
    assert not agent_passive(bare, 0, *_at(bare, "gefordert"), len(bare))


def test_a_label_given_by_the_agent_was_said() -> None:
    text = "Der Plan wurde vom Verband als zu teuer bezeichnet."
    assert labelled_by_agent(text, 0, *_at(text, "bezeichnet"))
    plain = "Der Plan wurde als zu teuer bezeichnet."
    assert not labelled_by_agent(plain, 0, *_at(plain, "bezeichnet"))
