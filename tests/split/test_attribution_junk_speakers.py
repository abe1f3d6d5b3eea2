"""Phrases that name no speaker: "decline" and "worries" after a modifier or before "have"
are nouns, a bare plural never opens with a verb ("let editorials"), a possessive cut from its
noun ("Mr. Reed's pointed critique") is no subject, an opening "-ed ... by" participle
("Chastened by the report, Reed …") is no subject of the main clause, "the guides I wrote" and
"says a lot about", "charged with" and a phrasal verb ("showed up", "add up to", "called off")
report nothing, nor does "continued" with an object or "to" + a verb that is no speech
("continued their search", "continued to renew it"); an abstract noun ("the delays", "her
frustration") says nothing; a pronoun with a verb of action, unresolved ("they attacked the
pier") or opening its sentence ("He found shelter in …"), names no speaker, and neither does a
lone sentence opener ("Back in 2010, …", "More recently, …"), "identified as/with", "pledged
delegates", an office or a result sought or won ("seeks reelection", "claimed the prize"), things
added ("added another duty", "added 2,000 jobs") or an order ("Check out the website, and …"); an
"-ing" cue after "by" or "when" is the main clause's subject's ("X began by saying …"); "All
told," opening a sentence means "in all", "will see" with no view ("will see the ad") is an
experience to come, "responded" with a deed or a manner ("responded by cutting the toll") and a
bare agreement ("Others largely agree.") report nothing; a quantifier used as an adverb ("who has
both praised", "all but accused", "most recently offered") is no speaker, and one floated off a
name or a plural ("Ames and Reed both warned", "the skippers all agreed") is cut; a speaker glued to a tag's
bracket or a list's dash ("…">I refuse", "-Pilots are more optimistic") is none."""

from __future__ import annotations

from attribution_cases import claim


def test_decline_and_worries_as_nouns_report_nothing() -> None:
    body = (
        "This was the biggest decline in a harbour town for ten years.\n\n"
        "Safety worries have dogged the old ferry since the storm."
    )
    assert claim(body, "biggest decline")["speaker"] is None
    assert claim(body, "Safety worries")["speaker"] is None


def test_a_bare_plural_never_opens_with_a_verb() -> None:
    body = "Skippers will not let editorials tell them what to think of the bridge."
    assert claim(body, "let editorials")["speaker"] != "let editorials"


def test_a_possessive_cut_from_its_noun_is_no_speaker() -> None:
    body = "Mr. Reed's pointed critique of the ferry plan has startled the captains."
    assert claim(body, "pointed critique")["speaker"] is None


def test_an_opening_participle_is_no_main_subject() -> None:
    body = (
        "Chastened by the report, as well as complaints from captains, Reed revised the toll "
        "plan, promising a cheaper ferry."
    )
    assert claim(body, "cheaper ferry")["speaker"] == "Reed"


def test_a_pronoun_closing_an_object_relative_clause_is_no_speaker() -> None:
    body = "Do look at the two guides I wrote last spring for anyone sailing the channel."
    assert claim(body, "two guides")["speaker"] is None


def test_says_a_lot_about_reveals_and_reports_nothing() -> None:
    body = "The choice of partner says a lot about the council."
    assert claim(body, "choice of partner")["speaker"] is None


def test_an_unresolved_pronoun_with_a_verb_of_action_is_no_speaker() -> None:
    body = (
        "As they welcomed several hundred guests, the captains of the ferry fleet were also "
        "launching a campaign.\n\n"
        "In 2000, they attacked the old pier, killing two seals."
    )
    assert claim(body, "hundred guests")["speaker"] is None
    assert claim(body, "old pier")["speaker"] is None


def test_a_sentence_opening_pronoun_with_a_verb_of_action_is_no_speaker() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Tom Greer, the ferry captain, bolted the island in the face of the storm. He found "
        "shelter in Bergen and never returned to the pier.\n\n"
        "Anna Liddell runs the fish market. She says the new toll will ruin every stall."
    )
    assert claim(body, "found shelter")["speaker"] is None
    assert claim(body, "ruin every stall", pronoun_mentions=True)["speaker"] == "Anna Liddell"


def test_a_phrasal_verb_with_up_or_off_reports_nothing() -> None:
    body = (
        "The harbour council met on Tuesday to vote on the new ferry timetable.\n\n"
        "Hundreds of ferry users showed up at the town hall in Dover on Tuesday.\n\n"
        "Taken together, the new fares add up to over $6 million a year for the port.\n\n"
        "The port authority has called off the night ferry until the spring."
    )
    assert claim(body, "showed up")["speaker"] is None
    assert claim(body, "add up")["speaker"] is None
    assert claim(body, "called off")["speaker"] is None


def test_charged_with_is_an_indictment_not_a_claim() -> None:
    body = (
        "The harbour council met on Tuesday to vote on the new ferry timetable.\n\n"
        "The ferry company hired John Reed, a former captain now charged with fraud in Dover.\n\n"
        "A skipper was later charged with assault after the brawl at the pier."
    )
    assert claim(body, "charged with fraud")["speaker"] is None
    assert claim(body, "charged with assault")["speaker"] is None


def test_a_lone_sentence_opener_is_no_speaker() -> None:
    body = (
        "Back in 2010, Mayor Ann Liddell praised the ferry crews, telling the Harbour Gazette "
        "they had kept the town alive.\n\n"
        "More recently, the harbour master has changed course, offering a new timetable.\n\n"
        "Publicly, the council backs the bridge and dismisses the ferry union's figures."
    )
    assert claim(body, "kept the town alive")["speaker"] == "Ann Liddell"
    assert claim(body, "new timetable")["speaker"] != "More"
    assert claim(body, "ferry union's figures")["speaker"] != "Publicly"


def test_identified_as_and_pledged_delegates_report_nothing() -> None:
    body = (
        "A woman later identified as Jane Doe, a ferry captain, demanded to know whether the "
        "toll would rise.\n\n"
        "The harbour master is the contender most identified with the old ferry.\n\n"
        "The mayor keeps a wide pledged delegate lead on her rival.\n\n"
        "The harbour master identified the boat as a stolen trawler."
    )
    assert claim(body, "toll would rise")["speaker"] == "Jane Doe"
    assert claim(body, "most identified with")["speaker"] is None
    assert claim(body, "pledged delegate lead")["speaker"] is None
    assert claim(body, "stolen trawler")["speaker"] == "harbour master"


def test_an_order_names_no_speaker() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Check out the ferry company website, and you will find a long list of promises "
        "explaining why the toll must rise.\n\n"
        "Get those timetables printed, adding a map of the pier."
    )
    assert claim(body, "long list of promises")["speaker"] is None
    assert claim(body, "timetables printed")["speaker"] is None


def test_an_ing_cue_after_by_is_the_main_subjects() -> None:
    body = (
        "Tom Fairley, a ferry captain, then went on Harbour Radio that night and began by "
        "saying the toll would ruin the night crossings."
    )
    assert claim(body, "ruin the night crossings")["speaker"] == "Tom Fairley"


def test_an_abstract_noun_says_nothing() -> None:
    body = (
        "The delays threaten the new ferry schedule for the island.\n\n"
        "Her frustration suggested that the ferry plan had stalled for good.\n\n"
        "The incident shows that the harbour needs a second pier.\n\n"
        "Their concerns suggest the council will delay the bridge vote."
    )
    for key in ("delays threaten", "frustration", "incident", "concerns"):
        assert claim(body, key)["speaker"] is None


def test_continued_reports_only_speech_going_on() -> None:
    body = (
        "The divers continued their search for the lost boat near the pier.\n\n"
        "Mayor Jane Doe continued to renew the ferry permit every spring.\n\n"
        "Mayor Jane Doe continued to insist that the ferry was safe.\n\n"
        "Mayor Jane Doe continued her attacks on the ferry board.\n\n"
        "Mayor Jane Doe continued to push for a second pier at the harbour."
    )
    assert claim(body, "their search")["speaker"] is None
    assert claim(body, "renew")["speaker"] is None
    for key in ("insist", "her attacks", "push for"):
        assert claim(body, key)["speaker"] == "Jane Doe"


def test_a_thing_or_an_outcome_says_nothing() -> None:
    body = (
        "The trip suggests that the mayor is looking ahead to the bridge vote.\n\n"
        "The discovery showed how easily the ferry logs could be changed.\n\n"
        "Photos from those tours show cramped cabins and broken lifeboats.\n\n"
        "The adjacent free-trade zone still boasts only one small harbour shop."
    )
    for key in ("trip suggests", "discovery showed", "cramped cabins", "harbour shop"):
        assert claim(body, key)["speaker"] is None


def test_a_cue_form_in_a_compound_noun_or_an_idiom_reports_nothing() -> None:
    body = (
        "The ferry study came from Tom Hale, a director at the Harbour Forum, a conservative "
        "think tank.\n\n"
        "When the mayor met reporters in the Harbour Office briefing room last week "
        "to talk about the bridge, she did not mention the toll.\n\n"
        "If you are a commuter and you live in Dover or Deal, feel free to bring your bicycle on "
        "the ferry."
    )
    for key in ("think tank", "briefing room", "feel free"):
        assert claim(body, key)["speaker"] is None


def test_offering_goods_or_a_chance_reports_nothing() -> None:
    body = (
        "For the ferry company, the island offers cheap land and natural resources.\n\n"
        "But the harbour vote offered a unique opportunity for the council.\n\n"
        "The mayor singled out the harbour for help, offering $30 million over ten years.\n\n"
        "Tom Hale offered his assessment of the bridge plan to the council."
    )
    for key in ("cheap land", "unique opportunity", "$30 million"):
        assert claim(body, key)["speaker"] is None
    assert claim(body, "his assessment")["speaker"] == "Tom Hale"


def test_a_trait_or_a_record_says_nothing() -> None:
    body = (
        "The mayor's inexperience showed that the council needed a harbour adviser.\n\n"
        "Voters' views of the council's preparedness have also declined since the ferry sank.\n\n"
        "The skipper's performance suggested the harbour crews were ready for the storm."
    )
    for key in ("inexperience", "preparedness", "performance"):
        assert claim(body, key)["speaker"] is None


def test_charged_as_a_bill_or_a_rush_reports_nothing() -> None:
    body = (
        "The marina company has charged the council $900 a month for the berth.\n\n"
        "The harbour master charged his crew for rent on the old boathouse.\n\n"
        "Rents at the pier run to $70 a foot, although the owner has charged more than that.\n\n"
        "The councillor charged into the meeting just before the bridge vote.\n\n"
        "The prosecutor charged that the skipper had lied about the cargo."
    )
    for key in ("$900 a month", "his crew", "more than that", "into the meeting"):
        assert claim(body, key)["speaker"] is None
    assert claim(body, "had lied")["speaker"] == "prosecutor"


def test_a_fall_by_a_measure_refuses_nothing() -> None:
    body = (
        "Ferry traffic between the two isles declined 30 percent in the first half of the year."
        "\n\nToll income declined by 0.4% last month.\n\nFares declined 5% in May."
    )
    for key in ("first half", "last month", "in May"):
        assert claim(body, key)["speaker"] is None, key
    body = "Ann Liddell declined to comment on the harbour toll."
    assert claim(body, "harbour toll")["speaker"] == "Ann Liddell"


def test_a_manner_of_talking_reports_nothing() -> None:
    body = (
        "Tom Greer keeps talking like he has already won the harbour vote.\n\n"
        "Harbour chief talks tough in first meeting with the pilots.\n\n"
        "The pilots cheered her on with pep talks like the ferry would never stop."
    )
    for key in ("already won", "first meeting", "never stop"):
        assert claim(body, key)["speaker"] is None, key
    body = "Tom Greer keeps talking about the toll, saying it is far too high."
    assert claim(body, "too high")["speaker"] == "Tom Greer"


def test_an_office_sought_a_result_won_or_a_work_written_reports_nothing() -> None:
    body = (
        "Ann Liddell seeks reelection as the harbour toll keeps rising.\n\n"
        "The pilots ignored two phone messages seeking comment.\n\n"
        "Fairley claimed the prize for the fastest crossing of the bay.\n\n"
        "Liddell won the county vote, claiming 41 percent of the ballots.\n\n"
        "The mayor won in March before Liddell posted an easy victory in the spring vote.\n\n"
        "His aides referred questions about the ferry to the harbour board.\n\n"
        "The firm advised on three of those harbour deals.\n\n"
        "The pilots and the council have talked past each other since the storm.\n\n"
        "Ann Liddell wrote the introduction to a short history of the harbour."
    )
    for key in (
        "keeps rising",
        "seeking comment",
        "fastest crossing",
        "41 percent",
        "easy victory",
        "referred questions",
        "harbour deals",
        "past each other",
        "the introduction",
    ):
        assert claim(body, key)["speaker"] is None, key
    body = "Fairley claimed the toll was unfair.\n\nThe board advised on Monday that it would stop."
    assert claim(body, "toll was unfair")["speaker"] == "Fairley"
    assert claim(body, "would stop")["speaker"] == "board"


def test_adding_things_or_a_count_reports_nothing() -> None:
    body = (
        "The harbour master has added another duty to his job: ferry pilot.\n\n"
        "While the port added around 2,000 jobs in May, the ferry lost money.\n\n"
        'Fairley added another attack on the council, calling it "lazy."'
    )
    assert claim(body, "another duty")["speaker"] is None
    assert claim(body, "2,000 jobs")["speaker"] is None
    assert claim(body, "another attack")["speaker"] == "Fairley"


def test_all_told_opening_a_sentence_means_in_all() -> None:
    body = "The pilots met the mayor. All told, the pilots raised $4 million for the ferry."
    assert claim(body, "raised $4 million")["speaker"] is None
    body = "They all told reporters the ferry was late."
    assert claim(body, "ferry was late")["speaker"] == "They all"


def test_will_see_with_no_view_is_an_experience_to_come() -> None:
    body = (
        "A typical commuter will see the harbour ad at least ten times before the vote.\n\n"
        "Those pilots would see a 40 percent increase in wages by 2030.\n\n"
        "Voters will see the toll as a tax on the poor."
    )
    assert claim(body, "harbour ad")["speaker"] is None
    assert claim(body, "40 percent increase")["speaker"] is None
    assert claim(body, "tax on the poor")["speaker"] == "Voters"


def test_responding_with_a_deed_or_a_manner_reports_nothing() -> None:
    body = (
        "How has the harbour board responded?\n\n"
        "The council responded enthusiastically by cutting the toll.\n\n"
        "Liddell responded as if she had been wronged.\n\n"
        "Fairley responded by saying the toll was unfair."
    )
    for key in ("harbour board responded", "cutting the toll", "as if she had"):
        assert claim(body, key)["speaker"] is None, key
    assert claim(body, "toll was unfair")["speaker"] == "Fairley"


def test_a_bare_agreement_is_a_sentence_that_says_nothing() -> None:
    body = (
        "Others largely agree.\n\n"
        "The ferry is late more often than the bus, the pilots agree.\n\n"
        "The pilots agreed that the toll must go."
    )
    assert claim(body, "Others largely agree")["speaker"] is None
    assert claim(body, "late more often")["speaker"] == "pilots"
    assert claim(body, "toll must go")["speaker"] == "pilots"


def test_the_earlier_version_of_a_correction_notice_names_no_one() -> None:
    body = (
        "Correction: An earlier version of this report wrongly stated that the ferry would stop "
        "running in June.\n\n"
        "An earlier draft of the harbour plan said that the ferry would stop running in May."
    )
    assert claim(body, "in June")["speaker"] is None
    assert claim(body, "in May")["speaker"] == "earlier draft of the harbour plan"


def test_precincts_reporting_report_nothing() -> None:
    body = (
        "Ann Liddell led the race for harbour master by 20 points with 95 percent of precincts "
        "reporting.\n\n"
        "Election officials were reporting that the turnout had been higher than in May."
    )
    assert claim(body, "led the race")["speaker"] is None
    assert claim(body, "turnout had been")["speaker"] == "Election officials"


def test_a_talk_show_host_is_the_name_after_the_compound() -> None:
    body = (
        "Radio talk show host Ann Liddell used her program on Monday to discuss what she "
        "described as a reckless harbour toll."
    )
    found = claim(body, "reckless harbour toll", pronoun_mentions=True)
    assert (found["speaker"], found["cue"]) == ("Ann Liddell", "described")  # not "Radio" "talk"


def test_an_s_form_before_to_after_a_name_is_a_verb_not_part_of_the_subject() -> None:
    body = (
        "Ann Liddell needs to sell her plan and tell the pilots why the harbour fees must rise.\n\n"
        "Harbour pilots say the harbour fees are far too high for small boats."
    )
    assert claim(body, "fees must rise")["speaker"] == "Ann Liddell"  # not "Ann Liddell needs"
    assert claim(body, "far too high")["speaker"] == "Harbour pilots"


def test_a_phrase_ending_in_an_adverb_or_own_or_cut_from_its_amount_is_no_speaker() -> None:
    body = (
        "Despite the warnings, the mayor's tone often seems to egg on the marchers.\n\n"
        "The pact binds together pledges from the harbour towns to cut their fees.\n\n"
        "The port team poured more than $5 million into those towns, determined to win."
    )
    assert claim(body, "tone often")["speaker"] is None
    assert claim(body, "binds together")["speaker"] is None
    assert claim(body, "poured more")["speaker"] in (None, "port team")


def test_a_phrase_with_a_double_exclamation_mark_is_no_speaker() -> None:
    body = "The mayor posted a photo of the new ferry.\n\nThanks Mayor Ruiz!!!” wrote Pete Lane."
    assert claim(body, "Thanks Mayor")["speaker"] != "Thanks Mayor Ruiz!!!"


def test_a_quantifier_used_as_an_adverb_is_no_speaker() -> None:
    body = (
        "Tom Greer, who has both praised the mayor and mocked his plans, waved from the quay.\n\n"
        "The ferry captains all but accused the mayor of lying about the pier.\n\n"
        "Greer, who had run the ferry since 2009 and most recently offered advice on the toll, "
        "left on Monday.\n\n"
        "They both said the ferry was late.\n\n"
        "Most strongly agreed that the toll should go."
    )
    assert claim(body, "both praised")["speaker"] != "both"
    assert claim(body, "all but accused")["speaker"] == "ferry captains"
    assert claim(body, "most recently offered")["speaker"] is None
    assert claim(body, "They both said")["speaker"] == "They both"
    assert claim(body, "strongly agreed")["speaker"] == "Most"


def test_a_quantifier_floated_off_a_name_or_a_plural_is_cut() -> None:
    body = (
        "Ferry captains Tom Ames and Ann Reed both warned that the pier was unsafe.\n\n"
        "The skippers all agreed that the toll was too high.\n\n"
        "They both said the ferry was late."
    )
    assert claim(body, "pier was unsafe")["speaker"] == "Tom Ames and Ann Reed"
    assert claim(body, "toll was too high")["speaker"] == "skippers"
    assert claim(body, "ferry was late")["speaker"] == "They both"


def test_a_speaker_glued_to_a_tag_or_a_list_dash_is_no_speaker() -> None:
    body = (
        '<post author="pierwatch" stamp="1449075600">I refuse to pay the new ferry toll.\n\n'
        "-Tom Greer looks at whether ferry bookings can predict the vote. [Harbour News]\n"
        "-Pilots are more optimistic about the ferry than it may seem. [Harbour News.]\n\n"
        "Ferry captain Ilse Varga refuses to pay the new ferry toll."
    )
    assert claim(body, "I refuse")["speaker"] is None
    assert claim(body, "more optimistic")["speaker"] is None
    assert claim(body, "Ilse Varga refuses")["speaker"] == "Ilse Varga"
