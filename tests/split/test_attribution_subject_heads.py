"""English attribution: subject heads `_valid` used to refuse, on sentences written for these
tests: a noun ending like an adverb ("the family"), one member of a group named by a modifier
("Brill lawmaker", "DNC chair"), a longer noun phrase whose modifiers hold a name, "my"/"your"
before a noun, a cue form that is a noun before a role ("the state attorney general"), and
adverbs between the subject and its cue ("soon", "sometimes", "in particular", "almost universally",
"just this month"), "media" as a plural head with no article ("Local media reported …"); a thing
or a place as head ("the deal", "the case", "their smiles", "the nation") speaks for nobody."""

from __future__ import annotations

from attribution_cases import claim

from annotator.split.speaker_words import _valid


def test_media_with_no_article_is_a_plural_head() -> None:
    body = (
        "Local media reported that during the visit, Mayor Ann Liddell repeated her request "
        "that the ferry run on Sundays."
    )
    assert claim(body, "ferry run on Sundays")["speaker"] == "Local media"
    assert _valid(["State", "media"])


def test_a_noun_ending_in_ly_speaks() -> None:
    body = "The family said in a short note that the ferry should never have left the harbour."
    assert claim(body, "ferry should never")["speaker"] == "family"
    assert _valid(["the", "assembly"])
    assert not _valid(["the", "rally"])
    assert not _valid(["quickly"])


def test_one_member_named_by_a_modifier_speaks() -> None:
    body = "Brill lawmaker dismisses the mayor's claims about the new bridge tolls."
    assert claim(body, "bridge tolls")["speaker"] == "Brill lawmaker"
    assert _valid(["Brill", "lawmaker"])
    assert _valid(["a", "Liddell", "rival"])
    assert not _valid(["stoke", "voter"])  # no name: a verb and its object
    assert not _valid(["new", "lawmaker"])
    assert not _valid(["Very", "good", "reporter"])  # a capital that opens a sentence


def test_a_longer_phrase_with_a_name_inside_speaks() -> None:
    body = "The tiny Brill Harbour Trust newsletter noted in May that the ferry runs at a loss."
    assert claim(body, "ferry runs at a loss")["speaker"] == "tiny Brill Harbour Trust newsletter"
    assert _valid(["the", "old", "Brill", "Harbour", "board"])
    assert not _valid(["the", "old", "Brill", "family", "deserved"])  # a verb inside
    assert not _valid(["a", "threat", "and", "Brill", "leadership"])  # two phrases
    assert not _valid(["the", "most", "expensive", "private", "health", "plans"])  # no name


def test_a_first_person_possessive_opens_a_subject() -> None:
    body = "When I was young, my father warned that the harbour would flood every spring."
    assert claim(body, "harbour would flood")["speaker"] == "my father"
    assert _valid(["your", "harbour", "master"])
    assert not _valid(["My", "fame", "ended"])  # a clause, not a subject


def test_a_noun_like_cue_form_inside_a_subject_is_a_noun() -> None:
    body = "The Brill state attorney is confirming that the trust is not registered."
    assert claim(body, "trust is not registered")["speaker"] == "Brill state attorney"
    assert _valid(["the", "state", "attorney", "pilot"])  # a noun before a role
    assert not _valid(["the", "said", "harbour", "pilot"])


def test_adverbs_between_the_subject_and_the_cue() -> None:
    body = "Harbour pilots soon noted that the new buoys drift in a strong tide."
    assert claim(body, "buoys drift")["speaker"] == "Harbour pilots"
    body = "The ferry crews in particular warned that the pier would not last the winter."
    assert claim(body, "pier would not last")["speaker"] == "ferry crews"
    body = "The trust has sometimes acknowledged that the fares are too high."
    assert claim(body, "fares are too high")["speaker"] == "trust"


def test_an_adverb_before_another_or_before_a_time_phrase() -> None:
    body = "Harbour pilots almost universally voiced doubt that the new buoys would hold."
    assert claim(body, "buoys would hold")["speaker"] == "Harbour pilots"
    body = "The ferry crews never quite realized that the pier had been sold to the trust."
    assert claim(body, "pier had been sold")["speaker"] == "ferry crews"
    body = "Brill Harbour Trust just this month announced that the fares would rise again."
    assert claim(body, "fares would rise")["speaker"] == "Brill Harbour Trust"


def test_an_article_and_three_plain_modifiers_make_a_subject() -> None:
    body = "The billionaire harbour ferry magnate says a toll on the quay would ruin trade."
    assert claim(body, "ruin trade")["speaker"] == "billionaire harbour ferry magnate"
    assert _valid(["The", "rich", "real", "estate", "mogul"])
    assert not _valid(["the", "deal", "he", "signed", "yesterday"])
    assert not _valid(["the", "party", "and", "its", "chair"])


def test_a_text_and_who_obtained_it_before_the_cue() -> None:
    body = (
        "A March 3 letter from the Harbour Guild obtained by The Island Courier warns that "
        "ferry fares will rise by a third next spring.\n\n"
        "A draft memo seen by the Gazette said the pilots had not been paid since May.\n\n"
        "A phone survey conducted by the Island Courier found that the toll is unpopular."
    )
    assert claim(body, "ferry fares")["speaker"] == "Harbour Guild"
    assert claim(body, "not been paid")["speaker"] == "draft memo"
    assert claim(body, "toll is unpopular")["speaker"] == "Island Courier"


def test_a_thing_or_a_place_as_head_speaks_for_nobody() -> None:
    body = (
        "The deal envisions lower tolls for local skippers.\n\n"
        "The case seeks records about the harbour master's contract.\n\n"
        "Their smiles said more about the new bridge than any of the council's long speeches."
    )
    assert claim(body, "lower tolls")["speaker"] is None
    assert claim(body, "records about")["speaker"] is None
    assert claim(body, "new bridge")["speaker"] is None
    assert not _valid(["the", "nation"])


def test_a_statement_or_a_name_ending_in_such_a_word_still_speaks() -> None:
    body = (
        "The statement said the ferry would run again by June.\n\n"
        "Gov. Tom Deal said the bridge tolls would fall next spring."
    )
    assert claim(body, "run again by June")["speaker"] == "statement"
    assert claim(body, "tolls would fall")["speaker"] == "Tom Deal"
    assert _valid(["Foreign", "Affairs"])
