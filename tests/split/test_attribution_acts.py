"""English speech acts named by a verb phrase (`acts`): "made the case that", "pointed out", "as X
put(s) it", "X puts the cost at $4 million", "would like to", "took aim at", "is already pushing",
"would not say", "isn't saying", "has not said", "released a video that accuses", "gave a
roundabout answer", "shared her belief that", "made veiled references to"; and the sentences
that report nothing stay without a speaker."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker,cue",
    [
        (
            "On Monday, Ann Liddell privately made the case to ferry owners that the toll is fair.",
            "toll is fair",
            "Ann Liddell",
            "made the case",
        ),
        (
            "Ann Liddell made it clear that the bridge will open in May.",
            "open",
            "Ann Liddell",
            None,
        ),
        (
            "Ferry captains point out that the channel silts up every spring.",
            "silts",
            "captains",
            None,
        ),
        (
            "The ferry lost money again, as Ann Liddell pointed out at the meeting.",
            "lost money",
            "Ann Liddell",
            None,
        ),
        (
            "Tom Greer won the vote, pointing out that the old bridge was unsafe.",
            "unsafe",
            "Tom Greer",
            "pointing out",
        ),
        (
            "As Ann Liddell put it at the meeting, the bridge is a promise kept.",
            "promise kept",
            "Ann Liddell",
            "put it",
        ),
        (
            "As Tom Greer puts it, the ferry is the lifeline of the island.",
            "lifeline",
            "Tom Greer",
            "puts it",
        ),
        (
            "The harbour office puts the cost of the new pier at $4 million, twice the old estimate.",
            "cost of the new pier",
            "harbour office",
            "puts the cost of the new pier at",
        ),
        (
            "Ann Liddell pegged the repair bill at about 2 million pounds.",
            "repair bill",
            "Ann Liddell",
            "pegged the repair bill at",
        ),
        (
            "The ferry company would like to add a second boat on the island route next year.",
            "second boat",
            "ferry company",
            "would like to",
        ),
        (
            "Tom Greer also took aim at the council's plan to raise the toll.",
            "raise the toll",
            "Tom Greer",
            "took aim at",
        ),
        (
            "The Greer campaign is already pushing for a recount in the harbour wards.",
            "recount",
            "Greer campaign",
            "is already pushing",
        ),
        (
            "Ferry captains are questioning whether the bridge leaves room for masts.",
            "masts",
            "captains",
            "questioning",  # the progressive cue (`cues._PROGRESSIVE`)
        ),
        (
            "Ann Liddell has made conflicting statements about the toll since May.",
            "toll since May",
            "Ann Liddell",
            "made conflicting statements about",
        ),
        (
            "Ferry captains point to the silt in the channel as the cause of the delays.",
            "silt",
            "captains",
            "point to",
        ),
        (
            "Tom Greer cast the toll as a tax on the harbour's poorest families.",
            "poorest families",
            "Tom Greer",
            "cast the toll as",
        ),
        (
            'Ann Liddell issued the following statement: "The bridge will open in May, as we said."',
            "open in May",
            "Ann Liddell",
            None,
        ),
        (
            "Tom Greer went after the council's record on the old ferry at the meeting.",
            "old ferry",
            "Tom Greer",
            "went after",
        ),
        (
            "Ann Liddell delivered a blunt message to the council about the toll.",
            "council about the toll",
            "Ann Liddell",
            None,
        ),
        (
            "The harbour board issued a statement on Monday condemning the new toll.",
            "condemning",
            "harbour board",
            "issued a statement",
        ),
        (
            "Tom Greer filed a lawsuit against the council over the bridge toll.",
            "bridge toll",
            "Tom Greer",
            "filed a lawsuit",
        ),
        (
            "Tom Greer had taken a firm stance against the toll on the new bridge.",
            "toll on the new bridge",
            "Tom Greer",
            "taken a firm stance against",
        ),
        (
            "Ann Liddell has been a vocal critic of the toll on the new bridge.",
            "toll on the new bridge",
            "Ann Liddell",
            "has been a vocal critic of",
        ),
        (
            "In the report Ann Liddell is quoted as saying that the toll will end in May.",
            "toll will end",
            "Ann Liddell",
            "is quoted as saying",
        ),
        (
            "Ann Liddell would not say whether the council will vote again in June.",
            "vote again",
            "Ann Liddell",
            "would not say",
        ),
        (
            "The harbour master isn’t saying whether the ferry will run next winter.",
            "ferry will run",
            "harbour master",
            "isn’t saying",
        ),
        (
            "Port officials have not said when the old pier will open to the public.",
            "old pier",
            "Port officials",
            "have not said",
        ),
        (
            "Tom Greer has released a video that accuses the council of wasting money.",
            "wasting",
            "Tom Greer",
            None,
        ),
        (
            "The Greer campaign projects that the toll would raise two million a year.",
            "two million",
            "Greer campaign",
            "projects that",
        ),
        (
            "Ann Liddell came out against the toll at the harbour meeting last week.",
            "toll",
            "Ann Liddell",
            None,
        ),
        (
            "On Friday Ann Liddell laid out her plan to halve the toll on the new bridge.",
            "halve the toll",
            "Ann Liddell",
            "laid out",
        ),
        (
            "Tom Greer fired back at the council over the cost of the ferry repairs.",
            "ferry repairs",
            "Tom Greer",
            "fired back",
        ),
        (
            "Ann Liddell has made no secret of her doubts about the second pier.",
            "second pier",
            "Ann Liddell",
            "made no secret",
        ),
        (
            "Tom Greer doubled down on his claim about the cost of the ferry.",
            "cost of the ferry",
            "Tom Greer",
            "doubled down",
        ),
        (
            "Tom Greer raised fresh questions about the price of the stone bridge.",
            "price of the stone bridge",
            "Tom Greer",
            "raised fresh questions",
        ),
        (
            "Ann Liddell made a final pitch to voters for the harbour toll.",
            "harbour toll",
            "Ann Liddell",
            "made a final pitch",
        ),
        (
            "Ann Liddell made an impassioned call for calm on the quay on Wednesday.",
            "calm on the quay",
            "Ann Liddell",
            "made an impassioned call for",
        ),
        (
            "Tom Greer renewed his call for a second vote on the harbour toll.",
            "second vote",
            "Tom Greer",
            "renewed his call for",
        ),
        (
            "Ann Liddell made similar charges that the board had hidden the cost of the pier.",
            "hidden the cost",
            "Ann Liddell",
            "made similar charges that",
        ),
        (
            "The harbour board is now looking into the collapse of the old jetty.",
            "old jetty",
            "harbour board",
            "is now looking into",
        ),
        ("Asked about the toll, Tom Greer gave a roundabout answer.", "roundabout", "Greer", None),
        ("Ann Liddell shared her belief that the pier was safe.", "pier was safe", "Liddell", None),
        ("Tom Greer made veiled references to the ferry debts.", "ferry debts", "Greer", None),
        (
            "The harbour pilots are looking forward to a long summer season on the island.",
            "summer season",
            "harbour pilots",
            "are looking forward to",
        ),
        (
            "Mayor Ann Liddell quietly signed the harbour toll bill after a long night.",
            "long night",
            "Ann Liddell",
            "signed the harbour toll bill",
        ),
        (
            "Tom Greer co-sponsored a bill this spring that would halve the ferry toll.",
            "halve the ferry toll",
            "Tom Greer",
            "co-sponsored a bill",
        ),
        (
            "The Harbour Party sponsored a new referendum about the night ferry last year.",
            "night ferry",
            "Harbour Party",
            "sponsored a new referendum",
        ),
        (
            "Ann Liddell turned her attention at the meeting toward the broken north pier.",
            "north pier",
            "Liddell",
            "turned her attention at the meeting toward",
        ),
        (
            "Tom Greer has often made public promises to give the toll money to the school.",
            "toll money",
            "Tom Greer",
            "made public promises to",
        ),
        (
            "Harbour pundit Ann Liddell made her prediction who the next ferry chief will be.",
            "ferry chief",
            "Ann Liddell",
            "made her prediction",
        ),
        (
            "Island skipper Tom Greer held firm views on the way the board ran the ferry.",
            "board ran",
            "Tom Greer",
            "held firm views on",
        ),
        (
            "On the quay, Tom Greer unveiled a $40 million pier proposal to fix the roads.",
            "fix the roads",
            "Tom Greer",
            "unveiled a $40 million pier proposal",
        ),
        (
            "The Liddell campaign unveiled its list of endorsements by 30 retired ferry pilots.",
            "retired ferry pilots",
            "Liddell campaign",
            "unveiled its list",
        ),
        (
            "Ann Liddell and Tom Greer were the only skippers to vote against the final pier toll.",
            "final pier toll",
            "Tom Greer",
            "were the only skippers to vote against",
        ),
        (
            "Tom Greer was among 14 pilots in 2009 to vote against the harbour loan for the yard.",
            "harbour loan",
            "Tom Greer",
            "was among 14 pilots in 2009 to vote against",
        ),
        (
            "Tom Greer has been pushing the same ferry plan since he was a young pilot.",
            "same ferry plan",
            "Tom Greer",
            "has been pushing",
        ),
        (
            "Ann Liddell has been loudly outspoken about the toll on small ferries.",
            "toll on small ferries",
            "Ann Liddell",
            "has been loudly outspoken about",
        ),
        (
            "Ann Liddell had been a vocal critic of the toll long before she ran the ferry board.",
            "toll long before",
            "Ann Liddell",
            "had been a vocal critic of",
        ),
    ],
)
def test_speech_act_phrase_names_its_subject(
    body: str, fragment: str, speaker: str | None, cue: str | None
) -> None:
    c = claim(body, fragment)
    if speaker is None:
        assert c["speaker"] is None
        return
    assert c["speaker"] and speaker in c["speaker"]
    if cue:
        assert c["cue"] == cue


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Tom Greer wouldn't say.", "say"),  # nothing reported
        ("The regatta was sponsored by the ferry firm and the pier club.", "regatta"),  # no bill
        ("The ferry will come up for renewal next year.", "renewal"),  # not "came out against"
        ("The crew put it back on the dock before the storm.", "dock"),  # no speaker subject
        ("The crew put the nets at the end of the pier.", "nets"),  # no figure after "at"
        ("The crew liked the new boat on the island route.", "new boat"),  # no "would like to"
        ("The crew laid the nets out along the beach for a week.", "nets"),  # not "laid out"
        ("Tom Greer fired the old crew of the harbour ferry.", "old crew"),  # not "fired back"
        ("Ann Liddell looked at the old jetty before the vote.", "old jetty"),  # not "looking"
        ("The ferry fares doubled in the spring.", "ferry fares"),  # no "down"
        ("The crane raised the old ferry off the sand.", "old ferry"),  # no doubts raised
        ("The crew gave the old ferry a new coat of paint.", "new coat"),  # no answer given
        ("The crew shared the old ferry with the pilots.", "pilots"),  # no view shared
        ("The crowd turned to watch the old ferry leave the quay.", "old ferry"),  # no attention
        ("The old crew will soon turn its attention next to the quay.", "quay"),  # not turned yet
        ("She signed a pledge to keep the old ferry in service.", "old ferry"),  # a pronoun
        ("The toll, which Tom Greer signed into law, rose in May.", "rose in May"),  # an object
        ("Tom Greer signed the guest book at the old lighthouse.", "lighthouse"),  # no bill
        ("Tom Greer made good on a pledge to pave the quay, then left.", "pave the quay"),
        ("Those skippers hold generally warm opinions of the new ferry.", "new ferry"),
        ("Tom Greer unveiled a bronze statue of the first harbour master.", "harbour master"),
        ("Tom Greer unveiled the new night ferry at the north pier.", "north pier"),  # no plan
        # a second verb after "and": its subject lies further back
        ("On the isle, Tom Greer opened an office and then unveiled a new ferry plan.", "plan"),
        ("Ann Liddell became the first skipper to sail against the tide at the pier.", "tide"),
        ("He was among 14 pilots in 2009 to vote against the harbour loan for the yard.", "loan"),
        ("The rival crews have been pressing their advantage on the north route.", "north route"),
        ("The tugs have been pushing the barge up the river since noon.", "barge"),  # no one named
        ("The old pier had been a haven for the herring boats before the storm.", "herring boats"),
    ],
)
def test_phrases_that_report_nothing_stay_unattributed(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "But few on either bank of the river think the toll will ever be collected.",
            "collected",
            "few on either bank of the river",
        ),
        (
            "Still, none of the ferry captains we asked thought the bridge was high enough.",
            "high enough",
            "none of the ferry captains",
        ),
        (
            "Many of you have also asked whether the ferry will keep running.",
            "ferry",
            "Many of you",
        ),
        (
            "Harbour residents were markedly more likely to say the toll is too high.",
            "too high",
            "Harbour residents",
        ),
    ],
)
def test_quantified_subjects_speak(body: str, fragment: str, speaker: str) -> None:
    """A quantifier and its group ("few on either side of …", "none of the …") before a cue,
    and "more likely to say", give the group as speaker."""
    got = claim(body, fragment)["speaker"]
    assert got and got.split()[0] == speaker.split()[0] and got.split()[-1] == speaker.split()[-1]


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "The flood led harbour master Tom Greer to declare the old bridge unsafe.",
            "unsafe",
            "Tom Greer",
        ),
        (
            "The vote prompted the council at its June meeting to demand a second survey.",
            "second survey",
            "council",
        ),
        (
            "The long delay left the ferry owners to wonder whether the quay would reopen.",
            "quay would reopen",
            "ferry owners",
        ),
        (
            "The new rules allowed harbour master Tom Greer to declare the pier closed in storms.",
            "pier closed",
            "Tom Greer",
        ),
        (
            "A fair deal would require the harbour pilots to concede that the old pier is unsafe.",
            "old pier is unsafe",
            "harbour pilots",
        ),
        (
            "The storm will force Mayor Ann Liddell to acknowledge that the pier is lost.",
            "pier is lost",
            "Ann Liddell",
        ),
    ],
)
def test_caused_speaker(body: str, fragment: str, speaker: str) -> None:
    """The object of "led/prompted/forced/left/allowed … to" + a cue speaks, not a place after
    it."""
    got = claim(body, fragment)["speaker"]
    assert got and speaker in got


def test_a_rule_that_requires_staff_to_promise_names_no_one() -> None:
    body = "The new harbour clause requires all pilots to promise that they will stay in port."
    assert claim(body, "stay in port")["speaker"] != "pilots"


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Ann Liddell took to the steps of the town hall to assail the toll.",
            "assail",
            "Ann Liddell",
        ),
        ("Ann Liddell was right to note that the bridge can pay for itself.", "pay for", "Liddell"),
        (
            "Tom Greer, a harbour pilot, notes that the channel silts up every spring.",
            "silts",
            "Tom Greer",
        ),
        (
            "Tom Greer, who was honoured by the harbour board, spoke about the silted channel.",
            "silted channel",
            "Tom Greer",
        ),
        ("Tom Greer, a harbour pilot, spoke highly of the new ferry.", "new ferry", "Tom Greer"),
    ],
)
def test_subject_kept_before_to_and_after_apposition(
    body: str, fragment: str, speaker: str
) -> None:
    """ "X took to <place> to assail", "X was right to note", and a noun-like cue form after an
    apposition ("X, a pilot, notes that") keep X as speaker."""
    got = claim(body, fragment)["speaker"]
    assert got and speaker in got


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Retired skipper Tom Hale went on to say the toll was too high.", "toll was", "Tom Hale"),
        ("Former harbour master Tom Hale was quick to note the toll.", "note", "Tom Hale"),
        ("Tom Hale of Dover went on to say the toll was too high.", "toll was", "Tom Hale"),
        ("Ann Liddell owns boats and seems to think the toll is fair.", "toll is", "Ann Liddell"),
    ],
)
def test_a_subject_the_leading_words_miss_keeps_speaking_after_to(
    body: str, fragment: str, speaker: str
) -> None:
    """ "Retired skipper X went on to say": X, the subject right before the verb."""
    got = claim(body, fragment)["speaker"]
    assert got and speaker in got


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Ann Liddell failed to mention the cost of the new bridge.", "cost of", "Ann Liddell"),
        ("Tom Hale is now choosing not to respond to the harbour board.", "harbour", "Tom Hale"),
        ("Ferry owners continue to warn that the toll is far too high.", "toll is", "owners"),
        ("Tom Hale goes on to list three reasons why the toll is unfair.", "reasons", "Tom Hale"),
        ("Ann Liddell did go out of her way to praise the ferry crews.", "ferry crews", "Liddell"),
        ("Ann Liddell was the first skipper in the port to endorse the toll.", "toll", "Liddell"),
        (
            "The skippers are using the vote to portray the board as reckless.",
            "board as",
            "skippers",
        ),
        ("Tom Hale has taken to the radio to complain about the toll.", "about the", "Tom Hale"),
    ],
)
def test_more_verbs_before_to_keep_the_subject_speaking(
    body: str, fragment: str, speaker: str
) -> None:
    """ "X failed to mention", "X continue to warn", "X goes on to list", "X was the first … to
    endorse", "X are using <a thing> to portray": X speaks (or keeps silent) after "to"."""
    got = claim(body, fragment)["speaker"]
    assert got and speaker in got


def test_a_place_after_a_comma_is_no_subject_before_to() -> None:
    body = "Recently, Tom Hale of Dover, Del., stood at a town meeting to say the toll was high."
    assert claim(body, "toll was")["speaker"] != "Del."


def test_an_opening_adverb_keeps_the_subject_with_its_place_before_to() -> None:
    body = "Recently, Tom Hale of Dover stood at a town meeting to say the toll was far too high."
    assert claim(body, "toll was")["speaker"] == "Tom Hale"  # the person, not the town


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Ann Liddell went on the radio to criticize the toll.", "criticize", "Ann Liddell"),
        (
            "Harbour editor Ann Liddell will come on the programme to talk about the toll.",
            "talk about",
            "Ann Liddell",
        ),
        (
            "Ann Liddell stood up at the meeting to say the toll was too high.",
            "toll was",
            "Liddell",
        ),
        ("Ann Liddell held a news conference on Monday to defend the toll.", "defend", "Liddell"),
        ("Three skippers came forward to accuse the board of hiding costs.", "hiding", "skippers"),
        ("Ann Liddell took the stage on Friday to announce her bid.", "her bid", "Ann Liddell"),
    ],
)
def test_where_the_speaker_goes_to_speak_keeps_the_subject(
    body: str, fragment: str, speaker: str
) -> None:
    """ "X went on the radio to criticize", "X held a news conference to defend": X speaks."""
    got = claim(body, fragment)["speaker"]
    assert got and speaker in got


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Until the ferry was sold, most of the crew said they had liked the route.",
            "liked the route",
            "most of the crew",
        ),
        ("Ferry captains here said the channel silts up every spring.", "silts", "captains"),
    ],
)
def test_quantifier_after_opener_and_here(body: str, fragment: str, speaker: str) -> None:
    """A quantifier after an opening clause ("…, most of the crew said") and a subject
    followed by "here"/"there" speak."""
    got = claim(body, fragment)["speaker"]
    assert got and speaker.split()[-1] in got


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Tom Greer's claim that the toll pays for the bridge is disputed.", "toll pays", "Greer"),
        ("Tom Greer's response was that the toll pays for the bridge.", "toll pays", "Greer"),
        ("The harbour pilot's answer was that the channel is safe.", "channel", "pilot"),
        ("But Greer's most pointed reply is that the toll pays.", "toll pays", "Greer"),
        ("The point is that the toll pays for the bridge.", "toll pays", None),
        (
            "The council rebutted Tom Greer's claim that the toll pays for the bridge.",
            "toll",
            "council",
        ),
    ],
)
def test_possessive_claim_opening_a_sentence(body: str, fragment: str, speaker: str | None) -> None:
    """ "X's claim that …" opening a sentence is X's; inside a clause it is not given to X (the
    subject of the cue that rebuts it speaks)."""
    got = claim(body, fragment)["speaker"]
    if speaker is None:
        assert got is None
    else:
        assert got and speaker in got
