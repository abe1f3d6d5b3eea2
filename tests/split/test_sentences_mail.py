"""Sentence boundaries of letters, e-mails, reviews and posts without end punctuation."""

from __future__ import annotations

import random
import re

import pytest

from annotator.split import mail
from annotator.split.sentences import split_sentences


def sents(text: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang=lang)]


CASES = [
    # a vocative opening a message, after a sentence end or a signature line
    (
        "See you then. Kathleen, You are correct. Debra Perlingiere Tammi, Attached is the draft.",
        [
            "See you then.",
            "Kathleen,",
            "You are correct.",
            "Debra Perlingiere Tammi,",
            "Attached is the draft.",
        ],
    ),
    # the signature after a closing, and a name written twice (two signature lines)
    (
        "Best regards, Debra Perlingiere Jackie Taylor will call. Thanks, Renee Renee, Thank you.",
        [
            "Best regards,",
            "Debra Perlingiere",
            "Jackie Taylor will call.",
            "Thanks,",
            "Renee",
            "Renee,",
            "Thank you.",
        ],
    ),
    ("Thanks, Sean Here you go.", ["Thanks,", "Sean", "Here you go."]),
    # a signature line, then the vocative of the next message
    (
        "Revised Article 4.6 Debra Perlingiere Kathleen, You are correct.",
        ["Revised Article 4.6 Debra Perlingiere", "Kathleen,", "You are correct."],
    ),
    ("I'm in Regards, Kevin", ["I'm in", "Regards,", "Kevin"]),
    # "Thanks" opening a sentence before an opener
    (
        "Send the cash soon. Thanks See you later",
        ["Send the cash soon.", "Thanks", "See you later"],
    ),
    # separator lines and "--" after end punctuation
    (
        "Thank you. ***** Sungjoo Lee wrote it. Bye now. -- Posted by Nook",
        ["Thank you.", "*****", "Sungjoo Lee wrote it.", "Bye now.", "--", "Posted by Nook"],
    ),
    # a bracketed source after a sentence end
    (
        "Nothing was said. (Jerusalem Post) Officials declined to comment.",
        ["Nothing was said.", "(Jerusalem Post)", "Officials declined to comment."],
    ),
    # openers of reviews and requests after a line without end punctuation
    (
        "Over priced for Mexican food The food tasted cold Great store great products",
        ["Over priced for Mexican food", "The food tasted cold", "Great store great products"],
    ),
    # P.S. and header lines of a forwarded post; an attachment line
    (
        "Cheers Chris P.S. I am moving. Runar Email: ann@example.org << File: a.doc >> I was",
        [
            "Cheers Chris",
            "P.S. I am moving.",
            "Runar",
            "Email: ann@example.org << File: a.doc >>",
            "I was",
        ],
    ),
    (
        "Reply Email: a@b.net Groups: alt.animals.cat I have a cat.",
        ["Reply", "Email: a@b.net", "Groups: alt.animals.cat", "I have a cat."],
    ),
    # notes and lists of attached files
    (
        "(See attached file: a.pdf)(See attached file: b.pdf) - a.pdf - b.pdf Marlene Hill wrote",
        [
            "(See attached file: a.pdf)(See attached file: b.pdf)",
            "- a.pdf",
            "- b.pdf Marlene Hill wrote",
        ],
    ),
    # a vocative right after an e-mail header's time; an omission mark between quotes
    (
        'Helen 09/14/2003 10:05 AM Kurt, What\'s the plan? It is "our agenda." [...] "The end."',
        [
            "Helen",
            "09/14/2003 10:05 AM",
            "Kurt,",
            "What's the plan?",
            'It is "our agenda."',
            "[...]",
            '"The end."',
        ],
    ),
    # the signature after "Thanks."; a "?" glued to a colon is a lost character
    (
        "Send me a copy? Thanks. John Attached is the new file. Direct Dial:? 555.318.2204 Fax",
        [
            "Send me a copy?",
            "Thanks.",
            "John",
            "Attached is the new file.",
            "Direct Dial:? 555.318.2204 Fax",
        ],
    ),
    # a lower-case pronoun after a number or a bracket ends the sentence before it
    (
        "call them at 555-210-7731. they miss you. i think of Miramar. i do",
        ["call them at 555-210-7731.", "they miss you.", "i think of Miramar.", "i do"],
    ),
    # a bare greeting before a sentence opener; a lone closing quote stays with its sentence
    (
        "I am traveling for a day ty Hi, Yes storage is open. He meant the phrase. ' And then",
        [
            "I am traveling for a day ty",
            "Hi,",
            "Yes storage is open.",
            "He meant the phrase. '",
            "And then",
        ],
    ),
    # a frowning face does not open a bracket; "..?" before a lower-case word ends a question
    (
        "IT'S DUE WEDNESDAY :( One was in the jungle. Alike they were. help pls..? i need it",
        [
            "IT'S DUE WEDNESDAY :(",
            "One was in the jungle.",
            "Alike they were.",
            "help pls..?",
            "i need it",
        ],
    ),
]

# separator lines of any mix, glued to a word or after a link; a mirrored run opens a banner
CASES += [
    (
        "Read it at http://www.example.org/news -------- This e-mail is free. "
        "----== Posted via Example News ==---- The best service! *****NOTICE***** This is private.",
        [
            "Read it at http://www.example.org/news",
            "--------",
            "This e-mail is free.",
            "----== Posted via Example News ==----",
            "The best service!",
            "*****NOTICE*****",
            "This is private.",
        ],
    ),
    # a greeting or a vocative closed by a dash
    (
        "See you. 09/12/2003 08:47 AM Good Morning Anna - I have the copy. Bob - Thanks for it.",
        [
            "See you.",
            "09/12/2003 08:47 AM",
            "Good Morning Anna -",
            "I have the copy.",
            "Bob -",
            "Thanks for it.",
        ],
    ),
    # a header time without AM/PM; a phone number that ends a signature, not a contact label
    (
        "Notes added on 09/12/03 16:20:31 We moved. Tel (555) 123-4567 Fax 555-123-4568 Ann Lee "
        "wrote (555)765-4321 Great shop",
        [
            "Notes added on 09/12/03 16:20:31",
            "We moved.",
            "Tel (555) 123-4567 Fax 555-123-4568",
            "Ann Lee wrote (555)765-4321",
            "Great shop",
        ],
    ),
    # "!" or "?" before "...Word"; a link line after an ellipsis; "Thanks You've"
    (
        "You won! ...Now the fun part. Look at them... http://example.com/a ok. Thanks You've got it",
        [
            "You won!",
            "...Now the fun part.",
            "Look at them...",
            "http://example.com/a ok.",
            "Thanks",
            "You've got it",
        ],
    ),
]

# a full name that signs a closing is a line wherever else it stands between lines
CASES += [
    (
        "Best regards, Ann Lindqvist 4105SF Ann Lindqvist Jill: Here it is. Any news? dp "
        "Ann Lindqvist Tom, Attached is the form. It came from Ann Lindqvist today.",
        [
            "Best regards,",
            "Ann Lindqvist",
            "4105SF",
            "Ann Lindqvist",
            "Jill: Here it is.",
            "Any news?",
            "dp",
            "Ann Lindqvist",
            "Tom,",
            "Attached is the form.",
            "It came from Ann Lindqvist today.",
        ],
    ),
    # a first name, then the full name with a middle initial
    (
        "Keep in touch, Mike Michael J. Dermot mike@example.com",
        ["Keep in touch,", "Mike", "Michael J. Dermot mike@example.com"],
    ),
    # a lower-case start after an upper-case word, a "'s" word or a slashed word
    (
        "Burn them to DVD. give them away. It was the chef's. would you go? Bring food/drinks/towels. "
        "great!",
        [
            "Burn them to DVD.",
            "give them away.",
            "It was the chef's.",
            "would you go?",
            "Bring food/drinks/towels.",
            "great!",
        ],
    ),
]

# a banner after a line: a cut before it; a greeting to a group
CASES += [
    (
        "Join 100 Newsgroups ---= 19 Fast Servers =--- ----== Posted via Example ==---- "
        "Hello dear list members, The meeting is on.",
        [
            "Join 100 Newsgroups",
            "---= 19 Fast Servers =---",
            "----== Posted via Example ==----",
            "Hello dear list members,",
            "The meeting is on.",
        ],
    ),
]

# Edited prose keeps these together.
NOT_SPLIT = [
    "However, I think the plan works.",
    "Rather, I was destined to stay.",
    "Like Governor Lund, I trust the plain judgment of the harbour towns.",
    "Young sailors prefer Sen. Ann Hale, R-Ore., a self-styled centrist.",
    "Hale: I Still Think Lund Can't Be Relied On.",
    "Tired Skippers Have a Case: It Hasn't Been Much Fun for Them.",
    "Lund: Islanders Will Say No to Hale.",
    "Sirhan Sirhan was convicted of the murder.",
    "They gathered at The Hague and read The New York Times.",
    "He said the plan --- which failed --- was his.",
    "Friday's Evening Digest: Hale's Final Speech Of The Season.",
    "At 5 p.m. they left, and the U.S. it seems agreed.",
    "Hey, Lund has a point on one thing.",
    '"Thank God, I feel quite fit," he said.',
    '"Tom Lund, I dare you to a rematch," she says.',
    "So Long, Old Harbour Club; Hello, New Sailors' Club.",
    "The unit of Pvt. Ryan held the bridge.",
    "Download report.pdf - the full text - from the site.",
    # a link that closes its sentence with a period is its citation
    '"The show closes in May." http://example.com/x1.',
    "Call (555) 123-4567 now.",
    "We met on 09/12/03 16:20 and talked.",
    "Quiet Flat Lisbon - Many thanks for the keys!",
    "He said the plan --- which failed --- was his.",
    "Shares of ACME CORP. rose, and the U.S. agreed.",
]


def test_a_signing_name_elsewhere_in_prose() -> None:
    text = "Thanks, John Smith The report came. John Smith Jr. was there. Later John Smith Told us."
    assert sents(text) == [
        "Thanks,",
        "John Smith",
        "The report came.",
        "John Smith Jr. was there.",
        "Later John Smith Told us.",
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_letters_and_posts(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize("text", NOT_SPLIT)
def test_edited_prose_stays_whole(text: str) -> None:
    assert sents(text) == [text]


def test_other_languages_keep_their_rules() -> None:
    text = "Danke, Ich komme morgen. Grüße, Anna Berg Wir sehen uns."
    assert sents(text, lang="de") == ["Danke, Ich komme morgen.", "Grüße, Anna Berg Wir sehen uns."]


def test_a_dateline_dash_stays_with_its_sentence() -> None:
    assert sents("BOCA RATON, Fla. -- Weeds cover the course.")[-1] == "-- Weeds cover the course."


def test_a_portuguese_headline_run_into_its_article() -> None:
    text = "Ponte fecha e causa atrasos O fecho da ponte parou o trânsito. Ele leu A Bola."
    assert sents(text, lang="pt") == [
        "Ponte fecha e causa atrasos",
        "O fecho da ponte parou o trânsito.",
        "Ele leu A Bola.",
    ]


def test_a_lower_case_start_after_a_name_bracket_or_number() -> None:
    text = "Il cane di Herr Vogt. al signor Vogt piaceva il vicino [877]. in ogni caso no."
    assert sents(text, lang="it") == [
        "Il cane di Herr Vogt.",
        "al signor Vogt piaceva il vicino [877].",
        "in ogni caso no.",
    ]
    # German capitalises nouns and abbreviates them ("3 Mio. mehr"): no such rule
    assert len(sents("Es kostet 3 Mio. mehr als die Hauptstr. und so weiter.", lang="de")) == 1


def test_opener_scans_find_the_capitalised_words_that_are_openers() -> None:
    """`mail._VOCATIVE` (and the dash one) match where the bare capitalised-word scan matched a
    word of OPENERS: same spans and group, in random text and in invented lines."""
    assert all(re.fullmatch(r"[A-Z][\w'’]*", w) for w in mail.OPENERS)
    pieces = [*mail.OPENERS, "Thanks2", "I'm'", "Iris", "Tammi", "Herewith", "é", "'", "’"]
    pieces += [", ", ",  ", " - ", "-", ' "', " “", " ", "x", "Ü", "_"]
    rng = random.Random(7)
    texts = ["Kathleen, You are right.", "Vince - Thanks for the ferry map.", "Oslo, Iris met us."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(5000)]
    found = 0
    for mark, new in ((",", mail._VOCATIVE), ("-", mail._VOCATIVE_DASH)):
        old = re.compile(re.escape(mark) + r"(?= +[\"“]?([A-Z][\w'’]*))")
        for text in texts:
            want = [
                (m.span(), m.group(1)) for m in old.finditer(text) if m.group(1) in mail.OPENERS
            ]
            assert [(m.span(), m.group(1)) for m in new.finditer(text)] == want, repr(text)
            found += len(want)
    assert found > 100
