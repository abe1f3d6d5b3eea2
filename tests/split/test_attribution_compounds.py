"""English cue forms that end a noun phrase ("a bipartisan plan", "his tax plans in …") report
nothing; the same forms after a plural or a verb group still do; an "-s" form after a bare party
or nation word ("32% of Republican claims as …") is a noun when its phrase ends there; any base
form after "a"/"an" and one word is a noun ("a stage whisper", "a larger say"), and so is a
noun-like form after a preposition and one modifier ("rises on tough talk"); an "-ed" form after
a gerund after a preposition or after a determiner and "least"/"most" is an adjective ("of
charting disputed waters", "the least discussed rule")."""

from __future__ import annotations

from attribution_cases import claim


def test_a_base_form_after_a_determiner_and_a_singular_word_is_a_noun() -> None:
    body = (
        "Ann Liddell spent the winter drafting a bipartisan plan with three firm limits.\n\n"
        "Tom Fairley ran the local radio show for ten years before the harbour closed.\n\n"
        "Under the council plan, every ferry owner pays the same toll for the bridge."
    )
    assert claim(body, "bipartisan plan")["speaker"] is None
    assert claim(body, "radio show")["speaker"] is None
    assert claim(body, "every ferry owner")["speaker"] is None


def test_a_base_form_after_a_plural_or_a_verb_group_is_a_cue() -> None:
    body = (
        "The ferry owners in each harbour town want the bridge to be built by March.\n\n"
        "Leaked documents from the council's budget show the bridge will cost twice as much.\n\n"
        "The harbour caucuses will show if a new mayor can run against the bridge plan.\n\n"
        "The fishermen want the council to pay for a new quay before the bridge."
    )
    assert claim(body, "by March")["speaker"] == "ferry owners in each harbour town"
    assert claim(body, "twice as much")["speaker"] == "Leaked documents from the council's budget"
    assert claim(body, "new mayor")["speaker"] == "harbour caucuses"
    assert claim(body, "new quay")["speaker"] == "fishermen"


def test_a_plural_form_before_an_auxiliary_or_a_preposition_is_a_noun() -> None:
    body = (
        "Mayor Ann Liddell revised her toll plans in October after a long meeting at the port.\n\n"
        "The rival's bold promises do not add up to a bridge that the town can pay for.\n\n"
        "The harbour board plans to raise the toll for lorries by a third next year.\n\n"
        "The new study shows that the bridge would carry twice as many cars as the ferry."
    )
    assert claim(body, "toll plans")["speaker"] is None
    assert claim(body, "bold promises")["speaker"] is None
    assert claim(body, "raise the toll")["speaker"] == "harbour board"
    assert claim(body, "twice as many cars")["speaker"] == "new study"


def test_a_retort_or_a_reference_after_a_modifier_is_a_noun() -> None:
    body = (
        "Ann Liddell delivered a snappy retort: “Nobody on this council is selling the ferry.”\n\n"
        "Tom Hale, serving as a character reference for the skipper, will tell the court that "
        "the crossing was safe."
    )
    assert claim(body, "selling the ferry")["speaker"] == "Ann Liddell"
    assert claim(body, "crossing was safe")["speaker"] == "Tom Hale"


def test_show_after_a_programme_noun_is_the_programme() -> None:
    body = (
        "The mayor and three councillors went on Sunday news shows to defend the toll.\n\n"
        "The harbour master's favourite TV shows are about fishing.\n\n"
        "A poll taken by the Gazette and Coast News shows the mayor ahead by four points."
    )
    assert claim(body, "Sunday news shows")["cue"] != "shows"  # 'to defend' speaks
    assert claim(body, "favourite TV shows")["speaker"] is None
    assert claim(body, "ahead by four points")["speaker"] is not None  # a verb after "News"


def test_show_after_morning_or_sunday_is_the_programme() -> None:
    body = (
        "On the Gazette and Coast Radio morning shows, about two in five of the guests were "
        "skippers.\n\n"
        "The morning survey shows that the new toll is unpopular with skippers."
    )
    assert claim(body, "two in five of the guests")["speaker"] is None
    assert claim(body, "toll is unpopular")["speaker"] is not None  # a verb after "survey"


def test_an_s_form_after_a_bare_party_or_nation_word_is_a_noun() -> None:
    body = (
        "The fact checkers rated 40% of Republican claims as untrue, against 9% of Democratic "
        "claims.\n\n"
        "With fares up, a strong harbour season could blunt Republican claims.\n\n"
        "At the summit, Jane Roe worked to calm Russian fears, reassuring the ministers that the "
        "ferry will run.\n\n"
        "A Republican claims that the ferry is unsafe.\n\n"
        "The leak renewed Republican calls for a harbour inquiry."
    )
    assert claim(body, "40% of Republican")["speaker"] is None
    assert claim(body, "blunt Republican")["speaker"] is None
    assert claim(body, "calm Russian fears")["speaker"] == "Jane Roe"
    assert claim(body, "ferry is unsafe")["speaker"] == "Republican"
    assert claim(body, "harbour inquiry")["speaker"] == "Republican"


def test_a_cue_form_after_a_determiner_and_an_adjective_is_a_noun() -> None:
    body = (
        "The mere mention of a toll rise emptied the harbour hall within minutes.\n\n"
        "Unless the towns draw up more ambitious plans, the old ferry will have to run for "
        "years.\n\n"
        "The council's effusive praise for the rescue of the trawler surprised the skipper.\n\n"
        "The harbour executive says the bridge will open in the spring of next year."
    )
    assert claim(body, "toll rise")["speaker"] is None
    assert claim(body, "old ferry")["speaker"] is None
    assert claim(body, "rescue of the trawler")["speaker"] is None
    assert claim(body, "open in the spring")["speaker"] == "harbour executive"


def test_a_cue_form_after_an_adjective_in_al_or_ory_or_two_joined_ones_is_a_noun() -> None:
    body = (
        "The quay project won the harbour a couple of cursory mentions in the regional "
        "press that spring.\n\n"
        "The mental and emotional stress of the flood stayed with the island for a decade.\n\n"
        "The meeting also covered harbour tensions, such as the island's fishing limits and "
        "Lundia's territorial disputes with its neighbours to the north.\n\n"
        "The harbour official says the bridge will open in the spring of next year."
    )
    assert claim(body, "regional press")["speaker"] is None
    assert claim(body, "stayed with the island")["speaker"] is None
    assert claim(body, "neighbours to the north")["speaker"] is None
    assert claim(body, "open in the spring")["speaker"] == "harbour official"


def test_a_noun_like_form_before_a_participle_and_its_phrase_is_a_noun() -> None:
    body = (
        "That loss hastened the end of half the harbour co-op plans established with state "
        "loan money.\n\n"
        "Here are some strange or doubtful claims gathered from harbour gossip.\n\n"
        "The mayor plans to open the bridge to lorries in the spring."
    )
    assert claim(body, "state loan money")["speaker"] is None
    assert claim(body, "harbour gossip")["speaker"] is None
    assert claim(body, "bridge to lorries")["speaker"] == "mayor"


def test_a_cue_form_after_a_hyphenated_participle_is_a_noun() -> None:
    body = "Ruritania's state-owned rail giant NRB says the coastal line will open next year."
    assert claim(body, "coastal line")["speaker"] == "NRB"


def test_any_base_form_after_a_and_one_word_is_a_noun() -> None:
    body = (
        "The Dutch consul gave a stage whisper that the dock crews could hear.\n\n"
        "The pilots in every harbour get a larger say here than in the open ballot.\n\n"
        "A majority say the ferry should run all winter.\n\n"
        "How does a candidate persuade the pilots to back the toll?\n\n"
        "Pilots with a stake say the ferry must run.\n\n"
        "Even pilots who favor a toll agree that the bridge will be slow to pay off."
    )
    assert claim(body, "stage whisper")["speaker"] is None
    assert claim(body, "larger say")["speaker"] is None
    assert claim(body, "ferry should run")["speaker"] == "majority"
    assert claim(body, "back the toll")["speaker"] == "candidate"
    assert claim(body, "must run")["speaker"] == "Pilots with a stake"
    assert claim(body, "slow to pay off")["speaker"] == "pilots"


def test_a_noun_like_form_after_a_preposition_and_one_modifier_is_a_noun() -> None:
    body = (
        "The mayor keeps climbing in the polls while Liddell rises on tough talk about the "
        "ferry toll.\n\n"
        "The council spent the winter on the ferry toll, a means of stoking doubts about the "
        "mayor.\n\n"
        "A majority of pilots support the toll, and most of them want it lower.\n\n"
        "The secretary of state talks about the pier every week."
    )
    assert claim(body, "tough talk")["speaker"] is None
    assert claim(body, "stoking doubts")["speaker"] is None
    assert claim(body, "want it lower")["speaker"] == "most of them"
    assert claim(body, "pier every week")["speaker"] == "secretary of state"


def test_an_ed_form_after_a_gerund_after_a_preposition_is_an_adjective() -> None:
    body = (
        "Admiral Ann Liddell, who leads the island fleet, makes no excuses for accusing the "
        "Lundians of charting disputed waters.\n\n"
        "Tom Greer was arrested after being warned by the harbour police."
    )
    assert claim(body, "charting disputed")["speaker"] is None
    assert claim(body, "harbour police")["speaker"] == "harbour police"


def test_an_ed_form_after_a_determiner_or_and_and_a_superlative_is_an_adjective() -> None:
    body = (
        "It was the oldest and least discussed rule in the harbour code for many years.\n\n"
        "Most agreed that the new harbour toll was far too high for the small boats."
    )
    assert claim(body, "oldest and least")["speaker"] is None
    assert claim(body, "far too high")["speaker"] == "Most"


def test_feel_and_stress_after_a_determiner_and_a_modifier_are_nouns() -> None:
    body = (
        "The regatta lacked the cosy feel that the old harbour fairs always had.\n\n"
        "Many skippers suffer this kind of storm-season stress every winter on the pier.\n\n"
        "Local pilots feel that the new toll on the ferry is far too high.\n\n"
        "The harbour engineers stress that the old pier is safe for now."
    )
    assert claim(body, "cosy feel")["speaker"] is None
    assert claim(body, "storm-season stress")["speaker"] is None
    assert claim(body, "far too high")["speaker"] == "Local pilots"
    assert claim(body, "safe for now")["speaker"] == "harbour engineers"


def test_an_ed_form_after_a_determiner_and_a_number_before_a_noun_is_an_adjective() -> None:
    body = (
        "The pier plan failed, and so did her four proposed ferry routes.\n\n"
        "The two skippers met at the quay, and the two agreed that the toll was too high."
    )
    assert claim(body, "proposed ferry routes")["speaker"] is None
    assert claim(body, "toll was too high")["speaker"] == "two"


def test_an_s_form_after_two_modifiers_before_a_dash_is_a_noun() -> None:
    body = (
        "For the island, Lundia's bolder harbour plans - to dredge the bay and widen the quay - "
        "will need far more money than the board has.\n\n"
        "The ferry ad claims - without any proof - that the new pier is unsafe for children."
    )
    assert claim(body, "dredge the bay")["speaker"] is None
    assert claim(body, "pier is unsafe")["speaker"] == "ferry ad"


def test_a_noun_like_form_opening_a_short_quoted_phrase_is_no_verb() -> None:
    body = (
        "Island sailors like to 'feel the Gale,' but never on the night ferry.\n\n"
        'Tom Greer told the board, "Pilots want the toll gone and the old pier fixed by May."'
    )
    assert claim(body, "feel the Gale")["speaker"] is None
    assert claim(body, "toll gone")["speaker"] == "Tom Greer"
