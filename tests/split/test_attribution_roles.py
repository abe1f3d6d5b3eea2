"""English speakers named by role words, polls and headlines, on sentences written for these
tests: "…, said master of ceremonies Ana Ruiz" (the name after lower-case role words), "those
surveyed say", a headline "Surname: …" over a body that gives the full name, and an owned role
("Mayor Ann Lee's spokesman") that speaks, not its owner."""

from __future__ import annotations

from attribution_cases import claim

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document


def test_the_name_after_lower_case_role_words_speaks() -> None:
    body = (
        "The harbour fair drew more boats than ever this summer, said master of ceremonies "
        "Ana Ruiz, a retired engineer.\n\n"
        "The pier needs a new railing before the winter, said the mayor on Tuesday.\n\n"
        "Ann Liddell, the mayor of Brill, said she expects Tom Hale, the engineer, to finish."
    )
    assert claim(body, "more boats")["speaker"] == "Ana Ruiz"
    assert claim(body, "new railing")["speaker"] == "mayor"
    assert claim(body, "to finish")["speaker"] == "Ann Liddell"


def test_those_surveyed_speak() -> None:
    body = "By a wide margin, those surveyed say the bridge should wait until the spring."
    assert claim(body, "bridge should wait")["speaker"] == "those surveyed"


def test_a_headline_surname_speaks_when_the_body_gives_the_full_name() -> None:
    text = (
        "Liddell: Harbour bridge will open in May next year.\n\n"
        "Mayor Ann Liddell spoke to traders on Monday about the harbour works.\n"
    )
    claims = split_document(RawDocument(path="h.txt", format="txt", text=text)).claims
    assert (claims[0]["speaker"], claims[0]["cue"]) == ("Ann Liddell", ":")
    other = "Brill: Harbour bridge will open in May next year.\n\nThe mayor spoke to traders.\n"
    claims = split_document(RawDocument(path="h.txt", format="txt", text=other)).claims
    assert claims[0]["speaker"] is None


def test_an_owned_role_speaks_not_its_owner() -> None:
    body = "Mayor Ann Lee's spokesman said on Monday that the toll would stay until spring."
    assert claim(body, "toll would stay")["speaker"] == "Mayor Ann Lee's spokesman"


def test_a_name_after_a_role_opening_the_sentence_speaks() -> None:
    body = (
        "Retired skipper Tom Hale stood up at the meeting, saying the harbour fees were far too "
        "high for small boats.\n\n"
        "Longtime harbour commissioner Ann Liddell opened the fair on Monday, saying the pier would "
        "reopen in May."
    )
    assert claim(body, "harbour fees")["speaker"] == "Tom Hale"  # not "Retired"
    assert claim(body, "pier would reopen")["speaker"] == "Ann Liddell"


def test_a_role_after_a_name_or_a_nationality_speaks_not_the_name() -> None:
    body = "A Greer campaign spokesman said the toll would rise in the spring."
    assert claim(body, "toll would rise")["speaker"] == "Greer campaign spokesman"
    body = "The ferry will stop at the new quay in March, the Danish minister said on Tuesday."
    assert claim(body, "ferry will stop")["speaker"] == "Danish minister"


def test_a_role_before_a_name_leaves_the_name() -> None:
    body = "Harbour Board Chairman Walter Ames said the toll would rise in the spring."
    assert claim(body, "toll would rise")["speaker"] == "Walter Ames"


def test_a_descriptor_glued_to_a_given_name_and_surname_is_cut() -> None:
    body = "Billionaire Tom Greer said the harbour toll would rise again in the spring."
    assert claim(body, "harbour toll")["speaker"] == "Tom Greer"
    body = "Ostrava's Tom Greer said the toll would rise again in the spring."
    assert claim(body, "toll would rise")["speaker"] == "Tom Greer"


def test_a_name_of_three_given_and_family_names_stays_whole() -> None:
    body = "Anne Marie Hale said the toll would rise again in the spring."
    assert claim(body, "toll would rise")["speaker"] == "Anne Marie Hale"


def test_a_headline_word_glued_to_a_name_the_text_gives_alone_is_cut() -> None:
    headline = "Trust Tom Greer on the tolls\n\n"
    body = "The harbour toll will rise again in the spring, Greer said on Monday.\n\n"
    alone = "Tom Greer, the harbour master, spoke at the quay."
    assert claim(headline + body + alone, "toll will rise")["speaker"] == "Tom Greer"
    # never without the word: it may be the name's own first word
    glued = "Trust Tom Greer, the harbour master, spoke at the quay."
    assert claim(headline + body + glued, "toll will rise")["speaker"] == "Trust Tom Greer"
    body = "Ximo Tom Greer said the harbour toll will rise again in the spring.\n\nGreer agreed."
    assert claim(body, "toll will rise")["speaker"] == "Ximo Tom Greer"


def test_a_person_of_a_body_is_the_speaker_not_the_body() -> None:
    toll = " said the harbour toll will rise again in the spring."
    assert claim("Tom Hale of the Brill Harbour Institute" + toll, "toll will")["speaker"] == (
        "Tom Hale"
    )
    assert claim("Tom Hale at Brill University" + toll, "toll will")["speaker"] == "Tom Hale"
    # two people joined, and a role owned by the person, stay as written
    both = "Tom Hale of Brill and Ann Reed of Kellport"
    assert claim(both + toll, "toll will")["speaker"] == both
    owned = "A spokesman for Mayor Tom Hale of Brill"
    assert claim(owned + toll, "toll will")["speaker"] == "spokesman for Mayor Tom Hale of Brill"


def test_a_body_named_with_of_or_for_keeps_its_whole_name() -> None:
    toll = " said the harbour toll will rise again in the spring."
    assert claim("The Center for Fair Tolls" + toll, "toll will")["speaker"] == (
        "Center for Fair Tolls"
    )
    assert claim("The Council of the Brill Harbours" + toll, "toll will")["speaker"] == (
        "Council of Brill Harbours"
    )
    # a share of a group is no body's name
    assert claim("Half of Brill Democrats" + toll, "toll will")["speaker"] == "Brill Democrats"


def test_an_unnamed_speaker_keeps_its_inner_articles() -> None:
    body = (
        "A member of the rowing club said the boathouse roof leaked all through the winter.\n\n"
        "The boatman said one of the ferries had missed its morning crossing."
    )
    assert claim(body, "roof leaked")["speaker"] == "member of the rowing club"
    assert claim(body, "missed its morning")["speaker"] == "boatman"


def test_a_long_role_before_a_name_keeps_the_whole_name() -> None:
    body = (
        "“The pier will hold,” said former Brill Gov. and Harbour Ferry Board Chairman "
        "Tom Hale.\n\n"
        "Tom Hale's boat was late, and when he docked he said the storm had torn the sails."
    )
    assert claim(body, "pier will hold")["speaker"] == "Tom Hale"
    assert claim(body, "torn the sails", pronoun_mentions=True)["speaker"] == "Tom Hale"
