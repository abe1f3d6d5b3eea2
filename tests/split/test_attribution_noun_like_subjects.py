"""English noun-like cue forms ("spoke", "calls", "question") read as verbs after their
subject (issue 10 recall): a singular role noun, a capitalised group ("Some Democrats"), a
capitalised plural after a quantifier or a comma ("Most Islanders favor"), "has", an adverb
("Doe later named") or an aside set off by commas between them, "spoke" a few words before
"about", "hope" before a clause ("Supporters of the toll hope this is …"; not "the vain hope
that"); "favor" and "named" are such forms ("Tom Greer still favors …", not "is favored to
win"; "Doe named Roe as …", not "a pilot named Roe" nor a shouted "PIER CLOSED named");
"support" and "call" after a modal ("Doe would support …", not "must support"); sentences
written for these tests."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("The mayor spoke about the need for a deeper channel.", "deeper", "mayor"),
        ("Former harbour chairman calls for a second vote on the toll.", "second vote", "Former"),
        ("The senator has spoken about the silt in the old channel.", "silt", "senator"),
        ("Ann Liddell has spoken about the silt in the old channel.", "silt", "Ann Liddell"),
        ("Ferry officials, however, question whether the buoys will hold.", "buoys", "officials"),
        ("Ann Liddell spoke at the pier on Tuesday about the new tolls.", "new tolls", "Liddell"),
        ("Ann Liddell spoke briefly about the toll and the new pier.", "new pier", "Liddell"),
        ("Some Republicans question whether the ferry will still run.", "ferry", "Republicans"),
        ("Many Democrats, however, hope the toll will fall next year.", "toll", "Democrats"),
        ("Supporters of the toll hope this is only a short delay.", "short delay", "Supporters"),
        ("Tom Greer still favors a lower toll for the island ferry.", "lower toll", "Tom Greer"),
        ("Islanders strongly favored the old pier over the new one.", "old pier", "Islanders"),
        ("Ann Liddell named the night ferry as her favourite crossing.", "night ferry", "Liddell"),
        ("The Port Board still named him its chief despite the vote.", "its chief", "Port Board"),
        ("Tom Greer voted against the harbour toll in 2019.", "harbour toll", "Tom Greer"),
        ("The Port Board voted 7 to 2 to close the old pier.", "old pier", "Port Board"),
        ("In May, the port council voted to pay the injured pilots.", "pilots", "council"),
        ("Last week, the island assembly voted down a toll bill.", "toll bill", "assembly"),
        ("Rolf Amsel, 52, voted for the island candidates twice.", "island", "Rolf Amsel"),
        ("The island assembly passed a bill to lower the ferry toll.", "ferry toll", "assembly"),
        ("Island lawmakers this month passed a motion on the new pier.", "new pier", "lawmakers"),
        ("Tom Greer passed more amendments on ferries than anyone.", "ferries", "Tom Greer"),
        ("Ann Liddell, however, focused on the cost of the new pier.", "new pier", "Ann Liddell"),
        ("The Harbour Gazette focuses on how the toll will rise.", "toll will", "Harbour Gazette"),
        ("If elected, Tom Greer would support lower tolls for pilots.", "lower tolls", "Greer"),
        ("Ann Liddell did support the idea of a pier on Friday.", "idea of a pier", "Liddell"),
        ("Most harbour experts would call the new toll a costly mistake.", "toll", "experts"),
        ("Most Islanders favor a lower toll for the night ferry.", "lower toll", "Islanders"),
        ("By 60 to 30 percent, Islanders support the new pier.", "new pier", "Islanders"),
        ("Ann Liddell later named Tom Greer her deputy at the port.", "deputy", "Liddell"),
        ("Tom Greer first voted against the toll in 2019.", "the toll", "Tom Greer"),
        ("Ann Liddell then spoke about the new harbour toll.", "harbour toll", "Liddell"),
        ("Harbour analysts had already forecast that the toll would rise.", "toll", "analysts"),
        ("Ann Liddell last month spoke about the harbour toll.", "harbour toll", "Liddell"),
        ("Two-thirds support a lower toll for the night ferry.", "lower toll", "Two-thirds"),
        ("Among pilots, 41 percent support Ann Liddell.", "Liddell", "41 percent"),
        ("Two-thirds support independence for the small isle.", "small isle", "Two-thirds"),
        ("Only nine percent would vote for Tom Greer in May.", "Greer", "nine percent"),
        ("Ann Liddell would vote against the harbour toll.", "harbour toll", "Liddell"),
        ("Tom Greer has long campaigned hard against the new toll.", "new toll", "Tom Greer"),
        ("The Harbour Party is campaigning against plans to close the pier.", "pier", "Party"),
        ("Ann Liddell also addressed the fact that pilots live here.", "pilots", "Liddell"),
        ("The ferry survey addresses a question the board had settled.", "board", "survey"),
    ],
)
def test_a_noun_like_form_after_its_subject_is_a_cue(
    body: str, fragment: str, speaker: str
) -> None:
    assert speaker in (claim(body, fragment)["speaker"] or "")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Ann Liddell spoke for about thirty minutes at the harbour.", "thirty"),
        ("The pier is old, and like Tom Greer has spoken about the silt.", "silt"),
        ("The phone calls for a lower toll grew louder every week.", "lower toll"),
        ("Ann Liddell spoke to a crowd who cared about the old ferry.", "old ferry"),
        ("He stays in the race in the vain hope that the pilots back him.", "pilots back"),
        ("Tom Greer is favored to win the harbour board seat in May.", "board seat"),
        ("Her favored plan for the pier was dropped last week.", "pier was"),
        ("A pilot named Tom Greer still runs the night ferry.", "night ferry"),
        ("Harbour log: PIER CLOSED named in the notice for the night.", "notice"),
        ("Tom Greer voted in the harbour school hall on Monday.", "school hall"),
        ("Like Oregon, Nevada narrowly voted for the ferry party in 2012.", "ferry party"),
        ("A majority of the pilots were not allowed to vote for the board.", "board"),
        ("Tom Greer passed three safety checks before the first voyage.", "safety checks"),
        ("Ann Liddell passed on a chance to praise the harbour toll.", "harbour toll"),
        ("She opened with a talk in Lundby focused on the ferry timetable.", "ferry timetable"),
        ("Debates between Roe and Hale have rarely focused on the pier.", "pier"),
        ("Rising tides would support the old pier for another decade.", "old pier"),
        ("Tom Greer must support the toll if the board votes for it.", "board votes"),
        ("On the island, Labour support for the toll fell sharply.", "fell sharply"),
        ("The old ferry later named Island Star sank in the bay.", "sank"),
        ("The new toll was just support for the pier in all but name.", "all but name"),
        ("The new pier this year focused on bigger ferries.", "bigger ferries"),
        ("Tom Greer gets 9 percent support among the harbour pilots.", "harbour pilots"),
        ("It is unclear when the harbour board will vote to close the pier.", "close the pier"),
        ("The vote for the new toll failed on Monday.", "new toll"),
        ("Tom Greer campaigned in Lundby for two days before the vote.", "Lundby"),
        ("Ann Liddell led campaigns against the toll and the pier.", "toll and"),
        ("Tom Greer addressed the crowd of pilots at the old pier on Monday.", "old pier"),
        ("Tom Greer has not yet addressed the concerns of the pilots on the toll.", "toll"),
    ],
)
def test_a_noun_like_form_without_its_subject_names_nobody(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None
