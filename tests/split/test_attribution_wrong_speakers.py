"""Wrong speakers: the object after a verb of action is no inverted subject, "according to a
tally by X" names X, a noun-like cue that ends a sentence reporting nothing or that a modal
follows is a noun, "she" with no woman named goes to the speaker before, "…, said a handful of
X who …" names the group, a bracketed label ("(D-Maine)") before an apposition is no name,
"wrote on Twitter" names no medium, "say the bulk of X should …" gives the reported clause's
subject to no one, "Ms. Reed" is not the "John Reed" named before, an aside "…, Mr. Lund
cautioned, …" wins over the clause that closes the sentence, and a contracted negated passive
("aren't admitted", "weren't told") has no speaker for its subject; a share of respondents
("41 percent of skippers said") speaks for the poll named near it; a participle after a thing,
with a phrase and the clause's own verb after it, describes the thing ("the levy proposed for
next spring would …"); a phrase after a cue that a verb follows ("say the fare reflects poorly
on …") is the reported clause's subject, and an "-s" form with an object after a lower-case
noun ("The board owns the pier and says") is that subject's verb; a subject whose head is an
event ("the bombings in Kellport reminded …") names no speaker."""

from __future__ import annotations

from attribution_cases import claim

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document


def test_the_object_after_a_verb_of_action_is_no_inverted_speaker() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Ms. Roe, who has called the new toll ''plainly unfair,'' portrayed the harbour "
        "council as a temporary nuisance."
    )
    assert claim(body, "temporary nuisance")["speaker"] != "harbour council"


def test_according_to_a_record_names_its_author() -> None:
    body = (
        "Ferry traffic rose by a third last year, according to an audit by the Harbour Trust.\n\n"
        "Ferry traffic fell in spring, according to a survey of the pier shops."
    )
    assert claim(body, "rose by a third")["speaker"] == "Harbour Trust"
    assert claim(body, "fell in spring")["speaker"] == "survey of the pier shops"  # no author


def test_a_noun_like_cue_ending_a_bare_sentence_reports_nothing() -> None:
    body = "Mixed signals on the harbour toll plan.\n\nThe ferry ran late on Monday again."
    assert claim(body, "Mixed signals")["speaker"] is None


def test_a_noun_like_cue_before_a_modal_is_a_noun() -> None:
    body = (
        "The council's bridge plans would cost twice as much as the ferry.\n\n"
        "It was a move that the council hopes will calm the ferry captains."
    )
    assert claim(body, "cost twice")["speaker"] is None
    assert claim(body, "calm the ferry")["speaker"] == "council"  # a relative clause: a verb


def test_she_with_no_woman_named_goes_to_the_speaker_before() -> None:
    body = (
        "The harbour master said the pier needed repairs before the winter.\n\n"
        "After all, she added, the storms had grown worse every year."
    )
    c = claim(body, "storms had grown", pronoun_mentions=True)
    assert c["speaker"] == "harbour master"


def test_a_counted_group_after_the_cue_speaks_before_its_relative_clause() -> None:
    body = (
        "Keeping the ferry running is squarely within the council budget, said a handful of "
        "captains who work the night route."
    )
    assert claim(body, "council budget")["speaker"] == "handful of captains"


def test_a_bracketed_label_before_an_apposition_is_no_speaker() -> None:
    body = (
        "Rep. Jane Doe (Maine), a member of the harbour committee, said the bridge would open "
        "in May.\n\n"
        "Sen. Ann Reed (D-Maine), a longtime supporter of the new ferry plan told reporters she "
        "expected a vote soon."
    )
    assert claim(body, "bridge would open")["speaker"] == "Jane Doe"
    assert claim(body, "expected a vote")["speaker"] == "Ann Reed"


def test_a_medium_after_on_is_no_speaker() -> None:
    body = (
        "The ferry will run again in spring, the spokesman for the mayor, Tom Vale, wrote on "
        "Twitter.\n\n"
        "A tax cut would help the harbour, the economist Ann Berg, a former adviser to the "
        "council, wrote on her blog."
    )
    assert claim(body, "run again")["speaker"] == "Tom Vale"
    assert claim(body, "tax cut")["speaker"] != "her blog"


def test_the_subject_of_the_reported_clause_is_no_inverted_speaker() -> None:
    body = (
        "Even the fiercest critics of the toll, like Reed and Vale, say the bulk of the ferry "
        "crews should be local."
    )
    assert claim(body, "ferry crews")["speaker"] != "bulk of ferry crews"


def test_a_title_of_the_other_gender_is_not_the_full_name_of_the_same_surname() -> None:
    body = (
        "John Reed said the toll would rise.\n\n"
        "Ms. Reed, his former wife, later recanted, and the memoir carried a note from "
        "Ms. Reed clarifying that she felt misled by the council."
    )
    assert claim(body, "misled by the council", pronoun_mentions=True)["speaker"] != "John Reed"


def test_a_parenthetical_speaker_wins_over_a_closing_clause() -> None:
    body = "If the toll is not cut, Mr. Lund cautioned, loyal ferry riders plan to leave."
    assert claim(body, "toll is not cut")["speaker"] == "Lund"


def test_a_closing_report_after_a_comma_inside_closing_quotes_frames_the_sentence() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "In a memo to the board, Ms. Roe described the toll plan as a “dead end,” the Harbour "
        "Gazette reported."
    )
    assert claim(body, "dead end")["speaker"] == "Harbour Gazette"


def test_according_to_inside_what_the_opening_subject_reports_is_not_the_speaker() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The Harbour Gazette reported that, according to a study of the ferry logs, 85 of "
        "the 154 crossings were late.\n\n"
        "Ms. Roe came back on Monday and said little, according to a guest."
    )
    assert claim(body, "ferry logs")["speaker"] == "Harbour Gazette"
    assert claim(body, "said little")["speaker"] == "guest"  # it closes the sentence


def test_a_named_subject_after_a_verb_of_saying_and_that_is_reported_on() -> None:
    body = (
        "Fact-checkers soon noted that Ann Liddell may have been referring to the old "
        "bridge.\n\n"
        "The ferry union, a group of forty captains, says that Tom Fairley, who owns the yard, "
        "has lost three contracts this year.\n\n"
        "The harbour master wrote on Monday that she agreed with the council's timetable."
    )
    assert claim(body, "referring to the old")["speaker"] == "Fact-checkers"  # not Ann Liddell
    assert claim(body, "lost three contracts")["speaker"] == "ferry union"
    assert claim(body, "agreed with the council")["speaker"] == "harbour master"


def test_a_subject_after_what_is_known_or_shown_and_that_or_after_how_is_reported_on() -> None:
    body = (
        "The ferry union issued a statement on Friday saying that rival Tom Fairley had "
        "misled the harbour board.\n\n"
        "The council glossed over the fact that the new tolls guaranteed a loss for the pier.\n\n"
        "Harbour logs from that night showing that the ferry captains knew of the storm were "
        "released on Monday.\n\n"
        "The flooding raised questions about how the harbour board would respond to storms."
    )
    assert claim(body, "misled the harbour")["speaker"] != "Tom Fairley"
    assert claim(body, "guaranteed a loss")["speaker"] != "new tolls"
    assert claim(body, "knew of the storm")["speaker"] != "ferry captains"
    assert claim(body, "would respond to storms")["speaker"] != "harbour board"


def test_a_contracted_negated_passive_names_no_speaker() -> None:
    body = (
        "Here, far from the storm, the pilots aren't admitted until the harbour board checks "
        "them.\n\n"
        "The captains weren't told that the ferry would stop at the island."
    )
    assert claim(body, "aren't admitted")["speaker"] is None
    assert claim(body, "weren't told")["speaker"] is None


def test_a_share_of_respondents_speaks_for_the_poll_named_near_it() -> None:
    body = (
        "In a Harbour Post poll last month, 41 percent of skippers said Mr. Fairley must resign, "
        "while 55 percent wanted him to stay.\n\n"
        "Sixty-seven percent of residents said they disliked the toll in a Harbour Post poll "
        "this month.\n\n"
        "Forty percent of pilots said the bridge is too low."
    )
    doc = RawDocument(path="case.txt", format="txt", text=body)
    speakers = {c["text"][:20]: c["speaker"] for c in split_document(doc).claims}
    assert speakers["In a Harbour Post po"] == "Harbour Post poll"  # the mention: the share
    assert speakers["Sixty-seven percent "] == "Harbour Post poll"
    assert speakers["Forty percent of pil"] == "Forty percent of pilots"  # no poll named


def test_a_participle_describing_the_thing_before_it_reports_nothing() -> None:
    body = (
        "The harbour levy proposed for next spring would have doubled the ferry toll.\n\n"
        "Most skippers admitted to the harbour guild last year were from the islands.\n\n"
        "The council decided on Monday that the toll will double."
    )
    assert claim(body, "doubled the ferry toll")["speaker"] is None
    assert claim(body, "harbour guild")["speaker"] is None
    assert claim(body, "toll will double")["speaker"] == "council"


def test_a_verb_after_the_phrase_after_a_cue_makes_it_the_reported_clause() -> None:
    body = (
        "Not quite half, 48%, say the ferry fare reflects poorly on the council.\n\n"
        "Nearly a third, 31%, say the ferry fare rose too fast.\n\n"
        "The harbour board owns the old pier and says the repairs will take two more years."
    )
    assert claim(body, "reflects poorly")["speaker"] is None
    assert claim(body, "rose too fast")["speaker"] != "ferry fare"
    assert claim(body, "old pier")["speaker"] == "harbour board"


def test_a_clause_before_and_says_ends_its_subject_at_its_s_verb() -> None:
    body = (
        "The ferry company runs ferries to the islands and says the bridge will cost jobs.\n\n"
        "The harbour union represents dock workers and says the toll is unfair.\n\n"
        "The state pilots union rejected the offer, saying the pier is unsafe."
    )
    assert claim(body, "cost jobs")["speaker"] == "ferry company"
    assert claim(body, "toll is unfair")["speaker"] == "harbour union"
    assert claim(body, "pier is unsafe")["speaker"] == "state pilots union"


def test_an_event_heading_the_subject_names_no_speaker() -> None:
    body = (
        "The mayor's reaction to the bombings in Kellport reminded harbour pilots of the feud.\n\n"
        "His distant third-place finish in Bramley highlights how narrow his path has become.\n\n"
        "The attacks raised new questions about the harbour guards.\n\n"
        "The shooting victims in Kellport said the ferry never came.\n\n"
        "Attack Squadron Nine said the pier was safe."
    )
    assert claim(body, "of the feud")["speaker"] is None
    assert claim(body, "narrow his path")["speaker"] is None
    assert claim(body, "harbour guards")["speaker"] is None
    assert claim(body, "ferry never came")["speaker"] == "shooting victims in Kellport"
    assert claim(body, "pier was safe")["speaker"] == "Attack Squadron Nine"
