"""A quote that ends its own sentence, framed by a cue before it ('Doe called it "a
disgrace." Roe said …'), is not spoken by the next sentence's subject; a name inside a relative
clause before the cue ("Officials who spoke with the Gazette said …"), a name inside the quote
and a party label ("Doe, R-Maine, said") are not the speaker; "the official" is not the
named speaker before; "…, Doe said, adding, “…”" is Doe's; "…, people familiar with the
meeting said." closes the sentence, so does "…, said an official (who …)."; "X -- a pollster
-- said" is X's; in '"…," Mayor X’s deputy, Y, told …' Y speaks; a quote that closes inside its sentence
('"… no choice" but to sell, says Y') is Y's from its first sentence."""

from __future__ import annotations

import random

from attribution_cases import claim

from annotator.split.frames import masked_parts


def test_the_next_sentences_subject_does_not_speak_a_framed_quote() -> None:
    body = (
        'Ann Liddell called the toll "a tax on every fisherman." Tom Fairley said the '
        'harbour board "will have to think again before the winter."'
    )
    assert claim(body, "every fisherman")["speaker"] == "Ann Liddell"
    assert claim(body, "think again")["speaker"] == "Tom Fairley"


def test_a_quote_without_a_frame_still_takes_the_cue_after_it() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        '"We will have to think again before the winter," Tom Fairley said.'
    )
    assert claim(body, "think again")["speaker"] == "Tom Fairley"


def test_a_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    body = (
        "Ferry captains who spoke with the Harbour Gazette said the new toll would drive "
        "trade to the next port."
    )
    assert claim(body, "drive trade")["speaker"] == "Ferry captains"


def test_the_subject_of_an_object_relative_clause_still_speaks() -> None:
    body = (
        "They named the skipper, a man who Gazette reporters say ran the ferry without a "
        "licence for years."
    )
    assert claim(body, "without a licence")["speaker"] == "Gazette reporters"


def test_a_name_inside_the_quote_never_speaks_the_sentence() -> None:
    body = (
        "The board met on Monday.\n\n"
        '"People keep talking about the Harbour Trust and the Ferry Guild, so let '
        'me be clear," Tom Fairley, R-Maine, said.'
    )
    assert claim(body, "keep talking")["speaker"] not in ("Harbour Trust", "Ferry Guild")


def test_a_party_label_after_the_name_is_no_speaker() -> None:
    body = (
        "Sen. Ann Liddell, D-Maine, said the harbour plan would cost the town too much.\n\n"
        '"The toll is a tax on every fisherman in the bay," Rep. Tom Fairley, R-N.Y., said.'
    )
    assert claim(body, "harbour plan")["speaker"] == "Ann Liddell"
    assert claim(body, "every fisherman")["speaker"] == "Tom Fairley"


def test_the_official_is_not_the_named_speaker_before() -> None:
    body = (
        '"The harbour will stay open all winter," Mayor Ann Liddell said on Monday.\n\n'
        '"We have asked the ferry company for a new timetable," the official said.'
    )
    assert claim(body, "new timetable")["speaker"] == "official"


def test_the_name_after_a_possessive_role_apposition_speaks() -> None:
    body = (
        "The board met on Monday.\n\n"
        "“Soon, the ferry will run all winter,” Mayor Ann Liddell’s deputy, Tom Fairley, "
        "told the Gazette.\n\n"
        "“Soon, the quay will be rebuilt,” Ann Liddell’s deputy told the Gazette."
    )
    assert claim(body, "run all winter")["speaker"] == "Tom Fairley"
    # no name in apposition: the possessive phrase itself speaks
    assert claim(body, "quay will be")["speaker"] == "Ann Liddell’s deputy"


def test_a_quote_closing_inside_its_sentence_before_an_inverted_cue_is_the_speakers() -> None:
    body = (
        "The board met.\n\n"
        '"Farmers are tired of waiting. They have no choice" but to sell their herds, says '
        "Ann Pruitt, a dairy adviser in Leeds."
    )
    assert claim(body, "tired of waiting")["speaker"] == "Ann Pruitt"
    body = (
        "The board met.\n\n"
        '"The quay is crumbling. The board has no plan" for the repairs. Tom Hale says the '
        "guild agrees."
    )
    # the sentence ends before the cue: the quote is no one's
    assert claim(body, "quay is crumbling")["speaker"] is None


def test_adding_after_an_aside_cue_goes_to_the_aside_speaker() -> None:
    body = (
        'The ferry will run again next week, Tom Fairley said, adding, "The engines are '
        'finally fixed and the crew is ready."'
    )
    assert claim(body, "engines are finally")["speaker"] == "Tom Fairley"


def test_a_closing_subject_with_a_post_modifier_speaks() -> None:
    body = (
        "Tom Fairley said the ferry would run again and asked the board to pay for new "
        "engines, people familiar with the meeting said."
    )
    assert claim(body, "new engines")["speaker"] == "people"


def test_an_inverted_closing_role_speaks_with_or_without_its_relative_clause() -> None:
    body = (
        "The mayor warned the board not to raise the toll, said a harbour official on Tuesday."
        "\n\nThe mayor told the skippers to wait for spring, said an official who sat in "
        "on the meeting."
    )
    assert claim(body, "raise the toll")["speaker"] == "harbour official"
    assert claim(body, "wait for spring")["speaker"] == "official"


def test_the_name_before_a_double_dash_apposition_speaks() -> None:
    body = (
        "Ann Kall -- co-editor of Harbour Notes, a book about the ferry line -- said the "
        "mayor tended to make promises at those meetings."
    )
    assert claim(body, "make promises")["speaker"] == "Ann Kall"


def test_a_quote_with_a_frame_naming_no_speaker_takes_no_one_from_before() -> None:
    body = (
        "The harbour board said the new advert was ready.\n\n"
        "“The ferry is late again. Why? The toll went up,” a voice says as the empty quay "
        "is shown."
    )
    assert claim(body, "ferry is late")["speaker"] is None


def test_a_quote_ending_its_sentence_before_a_new_frame_goes_on() -> None:
    body = (
        "“We are tired,” Ms. Lane said. “We are not giving up on the harbour.” Mr. Hale "
        "said: “The flood is the work of years.”"
    )
    assert claim(body, "giving up")["speaker"] == "Lane"


def test_the_parts_of_quotes_inside_a_sentence_are_their_clipped_overlaps() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        quotes = sorted((a, a + rng.randrange(0, 40)) for a in rng.sample(range(200), 6))
        s = rng.randrange(0, 200)
        e = s + rng.randrange(0, 80)
        expected = [(max(qs, s), min(qe, e)) for qs, qe in quotes if max(qs, s) < min(qe, e)]
        assert masked_parts(quotes, s, e) == expected
    assert masked_parts([(5, 20), (30, 40)], 10, 35) == [(10, 20), (30, 35)]
    assert masked_parts([(5, 9)], 10, 35) == []
