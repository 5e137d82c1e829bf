"""Each detector on its own: positive and negative cases, spans that point at the text."""

from __future__ import annotations

import time
from datetime import date

import pytest

from policyguard.screening import (
    AbuseDetector,
    DirectoryNames,
    Embargo,
    PersonalDataDetector,
    SpellingDetector,
    TopicDetector,
)
from policyguard.screening.abuse import (
    BLOCK_LINE,
    REVIEW_LINE,
    _lexicon,
    abuse_score,
    model_reading,
    placed,
)
from policyguard.screening.abuse_model import AbuseModel
from policyguard.screening.base import Detection, fold, remove_overlaps
from policyguard.screening.personal import iban_valid, luhn_valid


def labels(found: list[Detection]) -> list[tuple[str, str]]:
    return [(d.label, d.match) for d in found]


def spans_point_at_text(text: str, found: list[Detection]) -> bool:
    return all(text[d.start : d.end] == d.match for d in found)


# --- base ----------------------------------------------------------------------------


def test_it_folds_without_moving_offsets() -> None:
    text = "Jack\u2019s  CAFÉ\u00a0İstanbul"
    assert len(fold(text)) == len(text)
    assert fold("Jack\u2019s") == "jack's"


def test_it_keeps_the_strongest_of_overlapping_detections() -> None:
    weak = Detection("a", 0, 10, "x" * 10, 0.3, "t")
    strong = Detection("b", 5, 8, "xxx", 0.9, "t")
    apart = Detection("c", 12, 14, "xx", 0.1, "t")
    assert remove_overlaps([weak, strong, apart]) == [strong, apart]


# --- directory names -----------------------------------------------------------------

PEOPLE = [
    ("s1", "Jack Smith"),
    ("s2", "Jack Jones"),
    ("s3", "Priyanka Okonkwo"),
    ("s4", "Zephyrine Hall"),
    ("t1", "Amara Robert Nwosu"),
]


@pytest.fixture(scope="module")
def names() -> DirectoryNames:
    return DirectoryNames(PEOPLE)


@pytest.mark.parametrize(
    ("text", "match", "person", "at_least"),
    [
        ("Jack Smith is rubbish", "Jack Smith", "s1", 0.9),
        ("did you see what jack smith did", "jack smith", "s1", 0.8),
        ("Ask Mr Smith about it", "Mr Smith", "s1", 0.8),
        ("Marked by J. Smith", "J. Smith", "s1", 0.7),
        ("Amara Robert Nwosu and", "Amara Robert Nwosu", "t1", 0.9),
        ("Amara Nwosu's class", "Amara Nwosu", "t1", 0.9),
        ("Jack\u2019s mate Priyanka Okonkwo", "Priyanka Okonkwo", "s3", 0.9),
    ],
)
def test_it_finds_directory_names(
    names: DirectoryNames, text: str, match: str, person: str, at_least: float
) -> None:
    found = [d for d in names.detect(text) if d.match == match]
    assert found and found[0].score >= at_least
    assert found[0].detail["person_ids"] == person
    assert spans_point_at_text(text, found)


@pytest.mark.parametrize(
    "text",
    ["Jack is here", "Jackson Smithers won", "we will go", "hall of fame", "JackSmith99"],
)
def test_it_does_not_count_lone_common_names_or_parts_of_words(
    names: DirectoryNames, text: str
) -> None:
    assert [d for d in names.detect(text) if d.score >= 0.5] == []


def test_it_gives_rare_lone_names_only_a_weak_score(names: DirectoryNames) -> None:
    first = names.detect("Zephyrine won the prize")
    surname = names.detect("Okonkwo was late")
    assert first and first[0].score < 0.5
    assert surname and 0.3 < surname[0].score < 0.5
    assert names.detect("zephyrine won") == []  # lower case: an ordinary word, if any


def test_it_prefers_the_full_name_to_its_parts(names: DirectoryNames) -> None:
    assert labels(names.detect("Zephyrine Hall")) == [("person_name", "Zephyrine Hall")]


def test_an_empty_directory_finds_nothing() -> None:
    assert DirectoryNames([]).detect("Jack Smith") == []


# --- personal data -------------------------------------------------------------------


@pytest.fixture(scope="module")
def personal() -> PersonalDataDetector:
    return PersonalDataDetector(allowed=["01249 464644", "SN15 3QD", "head@example.ac.uk"])


@pytest.mark.parametrize(
    ("text", "label", "match"),
    [
        ("Ring me on 07700 900123 tonight", "phone", "07700 900123"),
        ("or +44 7700 900 124", "phone", "+44 7700 900 124"),
        ("landline 020 7946 0018", "phone", "020 7946 0018"),
        ("mail jack.smith@gmail.com", "email", "jack.smith@gmail.com"),
        (
            "lives at 22 Station Road, Swindon, SN1 1AA",
            "home_address",
            "22 Station Road, Swindon, SN1 1AA",
        ),
        ("Flat 3, 27 Mill Lane, Bristol", "home_address", "Flat 3, 27 Mill Lane, Bristol"),
        ("postcode is BS8 1TH", "postcode", "BS8 1TH"),
        ("DOB 12/03/2007", "date_of_birth", "12/03/2007"),
        ("she was born on 3rd March 2008", "date_of_birth", "3rd March 2008"),
        ("NI number AB 12 34 56 C", "ni_number", "AB 12 34 56 C"),
        ("IBAN GB82 WEST 1234 5698 7654 32", "bank_details", "GB82 WEST 1234 5698 7654 32"),
        ("card 4111 1111 1111 1111", "bank_details", "4111 1111 1111 1111"),
        ("sort code 20-00-00", "bank_details", "20-00-00"),
    ],
)
def test_it_finds_personal_data(
    personal: PersonalDataDetector, text: str, label: str, match: str
) -> None:
    found = personal.detect(text)
    assert (label, match) in labels(found)
    assert spans_point_at_text(text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Open day on 12/03/2024 at 10am",  # a date, but nobody's birthday
        "Call reception on 01249 464644",  # the institution's own number
        "Find us at SN15 3QD",  # the campus postcode
        "Email admissions@wiltshire.ac.uk or head@example.ac.uk",  # role and allowed
        "QQ 12 34 56 C",  # not a possible NI prefix
        "12 good reasons to study here",
        "Over 4000 students and 250 staff",
        "GB82 WEST 1234 5698 7654 33",  # fails mod-97
        "Reference 1234 5678 9012 3456",  # fails Luhn
    ],
)
def test_it_leaves_ordinary_text_alone(personal: PersonalDataDetector, text: str) -> None:
    assert personal.detect(text) == []


def test_checksums() -> None:
    assert iban_valid("GB82WEST12345698765432") and not iban_valid("GB82WEST12345698765433")
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")


# --- topics --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def topics() -> TopicDetector:
    return TopicDetector(
        organisation_names=["Wiltshire College", "WCUC"],
        allowed_domains=["wiltshire.ac.uk"],
        sensitive_topics={"performance": ["achievement rates"]},
        confidential_terms=["project falcon"],
        embargoes=[Embargo("ofsted", ("ofsted grade",), date(2026, 3, 1))],
    )


@pytest.mark.parametrize(
    ("text", "label", "match"),
    [
        ("Vote Labour on Thursday!", "political", "Vote Labour"),
        ("God bless you all", "religious", "God bless"),
        ("Use code SAVE20 today", "promotional", "Use code"),
        ("Now 50% off everything", "promotional", "% off"),
        ("Share this with 10 friends", "chain_letter", "Share this with 10"),
        ("You have won a prize", "spam", "You have won"),
        (
            "On behalf of Wiltshire College, sorry",
            "speaks_for_institution",
            "On behalf of Wiltshire College",
        ),
        ("We got our Ofsted grade", "embargoed", "Ofsted grade"),
        ("Our achievement rates fell", "sensitive", "achievement rates"),
        ("About Project Falcon", "confidential", "Project Falcon"),
        ("see https://bit.ly/abc", "external_link", "https://bit.ly/abc"),
        ("see www.shop-example.com now", "external_link", "www.shop-example.com"),
    ],
)
def test_it_finds_topics(topics: TopicDetector, text: str, label: str, match: str) -> None:
    found = topics.detect(text)
    assert (label, match) in labels(found)
    assert spans_point_at_text(text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Open day at the college on Saturday",
        "Courses at https://www.wiltshire.ac.uk/courses and www.gov.uk",
        "Email jack@example.com",
        "The vote was unanimous",  # "vote" alone is not politics
    ],
)
def test_it_leaves_college_news_alone(topics: TopicDetector, text: str) -> None:
    assert topics.detect(text) == []


def test_the_embargo_carries_its_date(topics: TopicDetector) -> None:
    found = topics.detect("our ofsted grade is out")
    assert found[0].detail == {"embargo": "ofsted", "until": "2026-03-01"}


# --- spelling ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spelling() -> SpellingDetector:
    return SpellingDetector(vocabulary=["Lackham", "BTEC"])


@pytest.mark.parametrize(
    ("text", "label", "match", "suggestion"),
    [
        ("Our colorful banner", "us_spelling", "colorful", "colourful"),
        ("the center is open", "us_spelling", "center", "centre"),
        ("we organized it", "us_spelling", "organized", "organised"),
        ("she traveled far", "us_spelling", "traveled", "travelled"),
        ("my mom said", "us_spelling", "mom", "mum"),
        ("Recieve the award", "misspelling", "Recieve", ""),
    ],
)
def test_it_flags_spelling(
    spelling: SpellingDetector, text: str, label: str, match: str, suggestion: str
) -> None:
    found = spelling.detect(text)
    assert (label, match) in labels(found)
    assert next(d for d in found if d.match == match).detail.get("suggestion", "") == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Our colourful centre organised a well-being week.",
        "Lackham campus runs BTEC courses.",  # the institution's vocabulary
        "Meet Zephyrine Okonkwo at www.example.com, @jackz #openday2026",
        "The students' results were excellent.",
    ],
)
def test_it_accepts_british_english(spelling: SpellingDetector, text: str) -> None:
    assert spelling.detect(text) == []


def test_a_word_seen_before_is_found_again_where_it_stands_now(spelling: SpellingDetector) -> None:
    # Each word's verdict is kept; the finding is still made at each place it occurs.
    text = "The color of the flag. Another color, and recieve it. Recieve"
    first = spelling.detect(text)
    again = spelling.detect(text)
    assert first == again
    assert [(d.match, d.start) for d in again] == [
        ("color", text.index("color")),
        ("color", text.index("color", 10)),
        ("recieve", text.index("recieve")),
        ("Recieve", text.index("Recieve")),
    ]
    assert all(text[d.start : d.end] == d.match for d in again)
    # Another call may accept a word the last one reported.
    assert [d.match for d in spelling.detect(text, also_accept=frozenset({"recieve"}))] == [
        "color",
        "color",
    ]
    # A known verdict does not skip the checks of where a word stands: in a link, as a
    # name inside a sentence, in capitals.
    assert spelling.detect("See www.color.com and ask Recieve or COLOR about it") == []


def test_words_in_links_handles_tags_and_numbers_are_not_checked(
    spelling: SpellingDetector,
) -> None:
    # Each whole token that holds a link, a handle, a hashtag, a digit or a domain is
    # passed over, wherever in the token that mark stands; the words around it are not.
    text = "recieve http://colr.example/x @recieveme #colr 12colr colr.com and recieve"
    assert [(d.match, d.start) for d in spelling.detect(text)] == [
        ("recieve", 0),
        ("recieve", text.rindex("recieve")),
    ]
    # A run of thousands of letters with a handle's mark at its end is one token: passed
    # over whole, quickly.
    assert spelling.detect("x" * 5000 + "@colr recieve")[0].match == "recieve"


def test_us_forms_can_be_allowed() -> None:
    lenient = SpellingDetector(flag_us=False)
    assert lenient.detect("we organized a program") == []
    assert labels(lenient.detect("the color")) == [("misspelling", "color")]


# --- abuse ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lexicon() -> AbuseDetector:
    return AbuseDetector(model=False)


@pytest.mark.parametrize(
    ("text", "label", "at_least"),
    [
        ("you are so fat", "insult", 0.8),
        ("F**K this", "profanity", 0.5),
        ("5h1t day", "profanity", 0.5),
        ("fuuuuuck off", "profanity", 0.5),
        ("the state of the c u n t in that photo", "profanity", 0.9),  # spelled out
        ("what a t.w.a.t", "profanity", 0.5),
        ("ur a s l a g", "profanity", 0.5),
        ("All immigrants are vermin", "identity_attack", 0.9),
        ("the slovak lads on the bus stink the whole top deck out", "identity_attack", 0.9),
        ("go back to your country", "identity_attack", 0.9),
        ("refugee scroungers getting free laptops", "identity_attack", 0.9),
        ("r3fug33s are scum", "identity_attack", 0.9),
        ("bunch of ira scum", "slur", 0.9),
        ("fenian bastards the lot of them", "slur", 0.9),
        ("kys", "threat", 0.9),
        ("send nudes", "sexual", 0.8),
        ("nobody likes you", "bullying", 0.8),
        ("He is a complete knucklehead", "insult", 0.8),
        ("they are all hypocrites", "insult", 0.8),
        ("call him an imbecile", "insult", 0.8),
        ("@jsmith is a clown", "insult", 0.8),
        ("Mr Jones is useless", "insult", 0.8),
        ("what a bunch of losers", "insult", 0.8),
        ("that was a pain in the ass", "profanity", 0.5),
    ],
)
def test_the_lexicon_finds_abuse(
    lexicon: AbuseDetector, text: str, label: str, at_least: float
) -> None:
    found = [d for d in lexicon.detect(text) if d.label == label]
    assert found and found[0].score >= at_least
    assert spans_point_at_text(text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Great open day today!",
        "Scunthorpe United won",
        "Rooms B, C and D are free",  # single letters that spell nothing
        "the U S A team won",
        "a b c d e f g",
        "I love my Muslim friends",
        "fat chance of rain",
        "Come to the assembly hall",
        "This is useless without a charger",
        "The old printer was useless",
        "Push your git repository before the deadline",
        "Class of 2026: your results are in",
    ],
)
def test_the_lexicon_leaves_clean_text_alone(lexicon: AbuseDetector, text: str) -> None:
    assert [d for d in lexicon.detect(text) if d.score >= 0.5] == []


# Ordinary posts a college puts out, many with words that are insults elsewhere: none
# may reach the review line (0.5), with the lexicon alone or the whole detector.
ORDINARY_POSTS = [
    "Macbeth is a traitor to Duncan: Year 12 essays are due on Friday",
    "Guy Fawkes was a traitor, and our history students debated why",
    "Our agriculture students showed the biggest cows at the county show",
    "Animal care update: the pigs are loving their new enclosure",
    "Ella brought her snake to the animal care open day",
    "Biology practical: parasites and leeches under the microscope",
    "Get your Snowflake Ball tickets from reception",
    "Film club tonight: Despicable Me, 4pm in the Hub",
    "Racist abuse has no place at our college. Report it to student services.",
    "Students are hopeless without their phones, says a new survey (we disagree!)",
    "Level 3 historians studied the fascist regimes of the 1930s",
    "The Three Billy Goats Gruff: who is afraid of the troll?",
    "She is a complete star: congratulations Amy on your apprenticeship",
    "He was such a hero on the pitch today, man of the match Josh!",
    "Sorry, the printer in the library is useless again; IT are on it",
    "Halloween film night: Psycho, then The Shining",
    "The A55 is closed near Bangor, so buses will be late",
    "455 students enrolled on our new T Levels this year",
    "Hamlet is hopeless at making decisions, and that is the point of the play",
    "Don't be a plonker: lock your bike",
    "Freshers week: don't be a twit, drink water",
    "What a bunch of legends, well done team",
    "Our new mascot is a snake called Sid",
    "Maths challenge: a degenerate triangle has zero area. Can you prove it?",
    "Tom is a fool for chocolate: happy birthday from the catering team!",
    "Sam was a clown in the circus skills workshop today",
    "Push your work to git before the deadline",
    "Congratulations to all our students on their results!",
    "Open evening on Thursday 6pm, all welcome",
]


# The trained model still asks for review of this; recorded so that a better model
# shows: "don't be a plonker" is name-calling to the transformer, and so to its student.
# (Its "troll" in "The Three Billy Goats Gruff" is now a word in an innocent sense.)
MODEL_FALSE_POSITIVES = {"Don't be a plonker: lock your bike"}


@pytest.mark.parametrize("text", ORDINARY_POSTS)
def test_ordinary_posts_raise_nothing_in_the_lexicon(lexicon: AbuseDetector, text: str) -> None:
    assert [d for d in lexicon.detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            text,
            marks=pytest.mark.xfail(strict=True, reason="known model false positive (review)"),
        )
        if text in MODEL_FALSE_POSITIVES
        else text
        for text in ORDINARY_POSTS
    ],
)
def test_ordinary_posts_stay_below_the_review_line(text: str) -> None:
    assert [d for d in AbuseDetector().detect(text) if d.score >= 0.5] == []


# Bullying in plain words, with no term from the lexicon: the trained model misses these
# (its training posts are mostly slurs and profanity), so patterns of being shut out,
# laughed at or told to go find them, as bullying to review.
PLAIN_BULLYING = [
    "Nobody at this college wants you here, so do everyone a favour and leave",
    "You are a total embarrassment and everyone is laughing at you behind your back",
    "Go and crawl back under whatever rock you came from",
    "No one will ever want to sit with you at lunch",
    "Why don't you just disappear, nobody would notice",
    "You will never fit in here so stop trying",
    "You'll always be on your own, get used to it",
    "Do us all a favour and delete your account",
    "Get back under your rock",
]
# The same words, said of something else or kindly: no bullying finding.
PLAIN_WORDS_KINDLY = [
    "Nobody in this class wants to miss the trip, so book your place today",
    "Everyone in our group is laughing at the panto rehearsal photos",
    "Do us all a favour and recycle your cans",
    "You will fit in here: our welcome team will make sure of it",
    "You'll never be on your own here: ask any member of staff",
    "Just disappear into a good book this half term",
    "Go back to your classroom after the fire drill",
    "The hedgehog crawled back into the hole it came out of",
    "We all know results day is stressful, you belong here whatever happens",
]


@pytest.mark.parametrize("text", PLAIN_BULLYING)
def test_bullying_in_plain_words_reaches_the_review_line(text: str) -> None:
    found = [d for d in AbuseDetector(model=False).detect(text) if d.label == "bullying"]
    assert found and all(0.5 <= d.score < 0.9 for d in found)  # review, never block
    assert found[0].match == text[found[0].start : found[0].end]
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize("text", PLAIN_WORDS_KINDLY)
def test_the_same_words_said_kindly_are_not_bullying(text: str) -> None:
    assert [d for d in AbuseDetector(model=False).detect(text) if d.label == "bullying"] == []


# Threats, sexual remarks and mockery of a body in plain words: no lexicon term, and the
# model reads most of them as harmless. A review each, never a block alone.
PLAIN_HARM = [
    # round 21's read-half families (the twentieth session), in our own sentences
    ("nobody on the level 3 course really likes you dan", "bullying"),
    ("hope you all get jumped walking back from the ground", "threat"),
    ("🦍🦍 the new girl in the canteen", "identity_attack"),
    ("calling yourself non-binary just makes you attention seeking", "identity_attack"),
    ("a girl who goes out dressed like that is basically asking for it", "sexual"),
    ("she'd look much better on her knees than on that reception desk", "sexual"),
    ("got his home address, dm me if anyone wants it", "threat"),
    ("leave my cousin alone or you'll get it bro", "threat"),
    ("stop texting her, final warning", "threat"),
    ("bless him, he's doing ok for someone from his... background", "identity_attack"),
    ("I know which bus you get, see you at the stop tomorrow", "threat"),
    ("Nice car. Watch your tyres, Miss", "threat"),
    ("Me and the boys will be waiting at the gates on Friday", "threat"),
    ("we'll be waiting by the side gate after your last lesson", "threat"),
    ("we know which bus you get Liam, see you Friday", "threat"),
    ("everyone knows what time you finish on Thursdays", "threat"),
    ("You won't be smiling on Monday, trust me", "threat"),
    ("Honestly I hope you get run over on the way home", "threat"),
    ("That lecturer needs a good slap", "threat"),
    ("Someone should teach him a lesson in the car park", "threat"),
    ("send me more pics like that and I won't tell anyone", "sexual"),
    ("The new receptionist is fit, I'd give her one", "sexual"),
    ("she should be on OnlyFans, not on a childcare course", "sexual"),
    ("Katie needs to lose like 3 stone before anyone fancies her", "bullying"),
    ("whoever that is in the front row needs a paper bag over her head", "bullying"),
    # The families round 3 (posts by another hand) showed; these sentences are our own.
    ("they all know where u live mate, better stay in", "threat"),
    ("delete that video or you'll find out what happens", "threat"),
    ("someone should batter him after college", "threat"),
    ("honestly the whole class would be better off without you", "bullying"),
    ("why r u still breathing, no one asked", "bullying"),
    ("screenshot it and send it to her mum lol", "bullying"),
    ("we've set up a new group chat without you, take the hint", "bullying"),
    ("just send a pic then babe, no one will know", "sexual"),
    ("the second years are vermin", "bullying"),
    ("easily the most useless tutor on the course", "bullying"),
    ("does ur mum not get paid or something, same coat every day", "bullying"),
    ("her voice is so grim, nobody can listen to it", "bullying"),
    # The families rounds 7 and 8 showed (exposing, pile-ons, veiled threats, leering,
    # mockery); these sentences are our own.
    ("send me £20 by Monday or the photos from your phone go on the group chat", "threat"),
    ("finish my essay or they go to your mum", "threat"),
    (
        "I've still got the screenshots, be nice or everyone at the Carlisle site gets them",
        "threat",
    ),
    ("posting those party pics tonight unless she apologises", "threat"),
    ("keep snitching and I'll post where he lives", "threat"),
    ("someone drop his sister's number in the comments", "threat"),
    ("his address is in the replies, give him a call lads", "threat"),
    ("she lives near the chippy on Front Street, you know what to do", "threat"),
    ("everyone go on Kyle's tiktok and tell him he's a loser", "bullying"),
    ("all of you report her account till it gets taken down", "bullying"),
    ("keep messaging him until he gives in", "bullying"),
    ("nobody invite her to the leavers do", "bullying"),
    ("made a gc without Jade in it lol", "bullying"),
    ("anyone who talks to Mo at break gets the same", "bullying"),
    ("Nobody in our group wants Connor here.", "bullying"),
    ("you're the smelliest lad in the whole year", "bullying"),
    ("imagine being as useless as that lad", "bullying"),
    ("tell on us and wait and see what happens", "threat"),
    ("nice bike, would be a shame if something happened to it", "threat"),
    ("if she tells anyone she'll regret it", "threat"),
    ("we know where her little sister goes to school", "threat"),
    ("you blocked me so I made a new account", "threat"),
    ("rate the lads in plumbing out of 10", "sexual"),
    ("she'd be begging for it, trust me", "sexual"),
    ("listen to him read, the stammer is hilarious", "bullying"),
    ("go back to wherever you came from", "bullying"),
    ("did he eat all the pies or what", "bullying"),
    # A review of this change found these missed by a first version.
    ("if anyone snitches we know where you live", "threat"),
    # waiting for someone alone or on the way home, and no one saying "I know"
    ("know where you live Kyle. see you Friday", "threat"),
    # from round 13's read half
    ("we were all laughing at your presentation, not with you", "bullying"),
    ("maybe you'd have more pals if you actually washed", "bullying"),
    ("someone screenshot her crying in the library lmao", "bullying"),
    ("lets see how big he is without his mates", "threat"),
    ("anyone who talks to her gets it too", "bullying"),
    ("pay up or your pics get leaked", "threat"),
    ("do my coursework or ur pics go in the group chat", "threat"),
    ("drop her number in the group chat", "threat"),
    ("her addy's in the comments, go spam her", "threat"),
    ("noone add her to the gc", "bullying"),
    ("would be a real shame if something happened to your bike", "threat"),
    ("rating the girls in year 12 out of 10", "sexual"),
    ("Mr Green can keep me behind any time if you know what I mean", "sexual"),
    # The families round 9's read half showed; these sentences are our own.
    ("someone should teach that tutor a lesson he wont forget", "threat"),
    ("she can give me extra tuition any time if u know what i mean", "sexual"),
    ("they can't even speak English properly, go back home", "bullying"),
    ("send them all back home", "bullying"),
    ("(((they))) control the banks", "identity_attack"),
    ("estate kids are rats the lot of them", "bullying"),
    ("the staff here are melts, all of them", "bullying"),
    ("award for the most useless staff in Greater Manchester", "bullying"),
    ("this college couldn't organise a piss-up in a brewery", "bullying"),
    ("do us all a favour and don't wake up", "bullying"),
    ("hope she never wakes up", "bullying"),
    # a remark on how someone would look undressed, pressing for such pictures, and
    # telling someone nobody will notice they are gone
    ("Priya you'd look better with no clothes on", "sexual"),
    ("send us snaps without ur top", "sexual"),
    ("go on, take your shirt off for me", "sexual"),
    ("nobody on this course will notice you're gone, trust me", "bullying"),
    ("nobody'll notice you've gone", "bullying"),
    ("no one will notice when you're gone", "bullying"),
    ("noone will notice ur gone", "bullying"),
    ("you'd look better without clothes", "sexual"),
    ("take off your top for me", "sexual"),
    ("take ur top off 4 me", "sexual"),
    ("send pics with your top off", "sexual"),
    # a second review found these under the line with a first version of the mends
    ("nobody will notice youve gone out of this world", "bullying"),
    ("nobody will notice you've gone off a bridge", "bullying"),
    ("take your top off for me to wash... your body", "sexual"),
    # The families round 11's given half showed; these sentences are our own. Shut out,
    # said of someone, or told that their say is unwanted:
    ("no one even likes him tbh", "bullying"),
    ("nobody asked for your opinion Gareth", "bullying"),
    ("no one cares what your opinion is, mate", "bullying"),
    # how someone speaks, reads or sings mocked:
    ("her accent sounds like a strangled cat", "bullying"),
    ("bless him trying to read aloud, sounds like he's gargling gravel", "bullying"),
    # staff called paedophiles:
    ("the tutors here are all nonces", "bullying"),
    ("half of the staff are paedos", "bullying"),
    # round 15's read half showed these families; the sentences are our own
    (
        "honestly nobody in the class would even notice you'd gone",
        "bullying",
    ),
    ("wasters the lot of ya, go home", "bullying"),
    ("That new tutor had better watch her back in the car park", "threat"),
    ("say that again and I'll batter you", "threat"),
    ("hope your van gets torched tonight", "threat"),
    ("hope the whole stand burns down with you in it", "threat"),
    ("do us a favour and jump off the humber bridge", "bullying"),
    ("if you lost a bit of weight you might get a boyfriend", "bullying"),
    ("kept staring down her top all through the lesson", "sexual"),
    ("ur body in this pic is unreal, dm me", "sexual"),
    # families the read rounds showed (rounds 1 to 15's read lines); our own sentences
    ("watch yourself walking home past the park tonight Connor", "threat"),
    ("you better not be at the train station on Monday. final warning", "threat"),
    ("whoever told on me had better sleep with one eye open", "threat"),
    ("you'll get what's coming to you after college", "threat"),
    ("somebody's gonna key your car if you keep parking there", "threat"),
    ("I'll put you through the canteen window", "threat"),
    ("Whoever reported me to my tutor, I'll find out who you are", "threat"),
    ("keep posting about me and see what happens", "threat"),
    ("wait till monday, me and the boys will be outside the gates", "threat"),
    ("hope he falls off the ladder on site", "threat"),
    ("that assessor deserves a good hiding", "threat"),
    ("do the world a favour and don't bother coming back after the holidays", "bullying"),
    ("new group chat for the course, Jade you're not in it obviously", "bullying"),
    ("Nobody wants Kian in their team for the project", "bullying"),
    ("ever wondered why you don't have any friends here", "bullying"),
    ("you'd be pretty if you smiled more and ate less", "bullying"),
    ("a salad wouldn't hurt you mate", "bullying"),
    ("snap me, I know u want to", "sexual"),
    ("bet she's a right goer after a few drinks", "sexual"),
    ("the new tutor is fit, wonder what she's like after work", "sexual"),
    ("rate the lasses in first year 1-10", "sexual"),
    ("she was asking for it tbh, look at her skirt", "sexual"),
    # round 16's read half showed these; our own sentences
    ("don't talk to her, don't sit with her, don't add her to anything", "bullying"),
    ("u under 16? snap me, no need to tell your parents x", "sexual"),
    # a review of the seventeenth session's families: misses it found, and each family's
    # narrowed form still catching what it was written for (our own sentences)
    ("I'll batter you.", "threat"),
    ("I'll batter him.", "threat"),
    ("Gizza reason not to lamp that lad.", "threat"),
    ("Hope someone keys your car.", "threat"),
    ("Hope your car gets keyed.", "threat"),
    ("Hope the whole college burns down with all of you inside.", "threat"),
    ("You better watch yourself walking to the Metro tonight.", "threat"),
    ("You better not be at the bus station on Friday or else.", "threat"),
    ("You'd better sleep with one eye open.", "threat"),
    ("Just wait, you'll get what's coming to you.", "threat"),
    ("Someone's gonna smash your car windows in.", "threat"),
    ("I'll put you through the window.", "threat"),
    ("Whoever reported me, I'll find out who you are.", "threat"),
    ("Keep running your mouth and see what happens.", "threat"),
    ("Grass on me again and see what happens.", "threat"),
    ("Keep talking about me and see what happens.", "threat"),
    ("See what happens when ur walking to the bus stop on your own tonight.", "threat"),
    ("Wait till Friday, me and the lads will be outside the gates.", "threat"),
    ("Hope he breaks his neck.", "threat"),
    ("Hope you fall off that scaffolding.", "threat"),
    ("He deserves a punch.", "threat"),
    ("Mr Patel better watch his back.", "threat"),
    ("ur body in that pic tho", "sexual"),
    ("dm me more, ill show u mine", "sexual"),
    ("send pics babe", "sexual"),
    ("DM me, I know you want to", "sexual"),
    ("send me some without your top on", "sexual"),
    ("if ur under 18 dm me ur snap, no need to tell ur mum", "sexual"),
    ("rate the girls in our class 1-10, list of the girls most up for it", "sexual"),
    ("wonder what she's like in bed", "sexual"),
    ("she was asking for it", "sexual"),
    ("slide in my dms babe", "sexual"),
    ("u could be pretty if u lost a few stone", "bullying"),
    ("maybe if you lost a few stone you'd get picked", "bullying"),
    ("do us all a favour and jump off the Clifton suspension bridge", "bullying"),
    ("just jump off a bridge", "bullying"),
    ("made a gc without Chloe, you're not in it", "bullying"),
    ("nobody wants Priya on their team", "bullying"),
    ("made a gc without Jess lol", "bullying"),
    ("just ignore Liam everyone, dont reply to him, dont sit with him", "bullying"),
    ("nobody would notice if you'd gone", "bullying"),
    # round 17's read half showed these; our own sentences
    ("keep staring at me like that and see what happens to your face", "threat"),
    ("would be a shame if something happened to it while you're in class", "threat"),
    ("I've got your address from the sign-in sheet, one more word and it goes online", "threat"),
    ("if he says that again I'll come round and put him through the window", "threat"),
    ("you lot from the estate are all druggies anyway", "bullying"),
    ("we all agreed it's better if you eat somewhere else from now on", "bullying"),
    ("so brave of you posting pics with teeth like that", "bullying"),
    ("that lad in 2B is a snitch, pass it on", "bullying"),
    # laughter clears no threat: menace is often written with a laugh
    ("you better not be at the bus station on friday or else 😂", "threat"),
    ("whoever reported me, I'll find out who you are 😂", "threat"),
    ("someone's gonna jump you after college lol", "threat"),
    # a review of round 18's read-half families: its harmful posts, in its own words
    ("literally no one in 12C has ever liked u", "bullying"),
    ("you're not sitting with us anymore, find another table", "bullying"),
    ("don't even think about sitting with us at lunch tomorrow", "bullying"),
    ("no one ever wants you on their team lol", "bullying"),
    ("nobody chose you for a reason 😂 last pick every single time", "bullying"),
    ("all of us find you cringe and annoying, just saying", "bullying"),
    ("her voice makes me wanna kms 🙄", "bullying"),
    ("looking at ur face makes me want to throw up", "bullying"),
    ("i'm going to end you after college", "threat"),
    ("ima end ur life if u say that again", "threat"),
    ("say that again and ill finish you", "threat"),
    ("think twice before you report me", "threat"),
    ("grass on me and see what happens to you", "threat"),
    ("wanna fight? come to great yarmouth and find out", "threat"),
    ("hard man are ya? come down to thetford and find out", "threat"),
    ("mess with my sister and i'll end u, trust", "threat"),
    ("stop pretending ur a girl, ur a lad", "identity_attack"),
    # round 18's read half showed these; our own sentences
    ("honestly nobody on the course even secretly likes you, we just need your notes", "bullying"),
    ("we've all decided you don't sit with us at lunch", "bullying"),
    ("no one picks you for anything, ever", "bullying"),
    ("everyone just finds you a bit much tbh", "bullying"),
    ("you always ruin everything when you're around", "bullying"),
    ("his laugh makes me want to kms", "bullying"),
    ("I'll find out who posted it and I will end you", "threat"),
    ("think about that before you report me again", "threat"),
    ("your lot cant fight, come to swindon and find out", "threat"),
    ("thats not a girl, its a bloke in a dress", "identity_attack"),
    # a review of the eighteenth session's families: its harmful posts, in its own words
    ("I know what bus you get home, see you Friday", "threat"),
    ("Keep talking about me and watch what happens", "threat"),
    ("Say that again to my face after college and see what happens", "threat"),
    ("Try grassing again and you'll find out what happens", "threat"),
    ("we're coming for you Friday at the gates, bring your mates if you want", "threat"),
    ("I'll get my cousins on you, you won't see it coming", "threat"),
    ("gonna box you outside Greggs tomorrow", "threat"),
    ("Nice car Miss. Shame if the tyres went flat overnight innit", "threat"),
    ("Hope ur house burns down with you in it", "threat"),
    ("Mr Kowalski best watch his back in the car park", "threat"),
    ("I'm gonna proper batter that grass when I see him", "threat"),
    ("Someone's gonna torch ur car if you keep this up", "threat"),
    ("We know which house your little sister lives in", "threat"),
    ("I'll put him through the canteen window next time", "threat"),
    ("show us ur bits on snap x", "sexual"),
    ("what colour bra you wearing today miss 😏", "sexual"),
    ("I'd love to get you alone in the store cupboard 😉", "sexual"),
    ("Miss Evans is a proper MILF ngl", "sexual"),
    ("ur so mature for ur age, just delete our chats after ok? its our secret", "sexual"),
    ("how old r u? add me on snap, dont tell anyone x", "sexual"),
    ("I can give you a lift home after college, just don't tell your parents", "sexual"),
    ("Sit at the front in maths just to perv down her shirt lol", "sexual"),
    ("dm me more pics, i'll show u mine 😈", "sexual"),
    ("ranking all the level 2 girls by how easy they are", "sexual"),
    ("you're literally a whale in that pic", "bullying"),
    ("proper double chin in your profile pic lol", "bullying"),
    ("maybe skip a meal or two before the prom", "bullying"),
    ("do everyone a favour and take a long walk off a short pier", "bullying"),
    ("do us a favour and jump off the Clifton suspension bridge", "bullying"),
    ("everyone unfollow Ellie and block her 🚫", "bullying"),
    ("if anyone talks to Tyler they're out of the group too", "bullying"),
    ("made a new chat without Chloe, don't add her back", "bullying"),
    ("imma batter u after college", "threat"),
    ("i swear down ill lamp the lad", "threat"),
    ("gonna batter your boyfriend when I see him", "threat"),
    ("u best watch ur back", "threat"),
    ("hope someone slashes your tyres tonight", "threat"),
    ("imma find out who reported me and then ur done", "threat"),
    ("see what happens when ur walking home tonight on your own", "threat"),
    ("we voted and you can go sit somewhere else from now on", "bullying"),
    ("you lot from Blackbird Leys are all smackheads", "bullying"),
    ("ur body in that pic 🥵🥵", "sexual"),
    ("your body in that pic tho 😍😍 dm me", "sexual"),
    ("I'd give her more than a lift home if you know what I mean", "sexual"),
    # round 19's read half showed these; our own sentences
    ("look at the state of her in that selfie lmao", "bullying"),
    ("none of us want him in our group for the assessment", "bullying"),
    ("your son's a fairy mate", "identity_attack"),
    ("get back in the kitchen luv, engineering isn't for you", "identity_attack"),
    ("women shouldnt be welders, go back to the kitchen", "identity_attack"),
    ("Late again and blaming the bus. Women, eh. Every time.", "identity_attack"),
    ("Worth checking your tyres before you leave tonight, sir. Just a thought.", "threat"),
    # round 20's read half showed these; our own sentences
    ("the SEN lot should go to a special school, they hold everyone up", "identity_attack"),
    ("disabled kids in our class are holding the rest of us back tbh", "identity_attack"),
    ("he's a bit 'fruity' if you know what I mean, I'm not changing near him", "identity_attack"),
    ("got your address and your snap, one more comment and it all goes on insta", "threat"),
]
# The same words in an ordinary post: nothing to review.
PLAIN_HARM_KINDLY = [
    # round 21's read-half families said kindly (our own sentences)
    "nobody on the course actually likes mondays, but we turn up",
    "hope you get through to the final, good luck lads",
    "hope u get knocked out of the cup early so we can stop talking about it lol",
    "the polish families who ran the bake sale were lovely, the hall smells amazing",
    "the girls' changing room stinks of deodorant again",
    "went to the zoo today 🐒🐒 the kids loved the gorillas",
    "my cheeky monkey 🐵🐵 turned two",
    "identifying as non-binary is not a mental illness, be kind",
    "calling yourself a trans ally means showing up",
    "girls in the team were asking for it to be moved to Thursday",
    "she's asking for it back, so please return her charger",
    "I have her address from the system so I can post her certificate",
    "i have his address, message me if anyone wants it to send a card",
    "revise the formulas or you'll get it wrong in the exam",
    "for someone from her background, moving country at 16 and passing is amazing",
    # round 20's read-half families said kindly (our own sentences)
    "one more word and it's going on the naughty step 😂",
    "SEN students should have their own quiet room during exams",
    "he's a bit musical, plays three instruments",
    "one more post on the page about the car park and I'll scream, it's fixed!",
    # round 19's read-half families said kindly (our own sentences)
    "the state of the car park in this photo is shocking, please fix the potholes",
    "my son's a fairy in the panto this year, so proud",
    "he's a fairy!! best costume at the Halloween do",
    "get back in the kitchen chef, service starts at 12",
    "women on the catering course, get back to the kitchen for the open evening at 5",
    "Women, eh. Always smashing it in STEM 💪",
    "Remember to check your tyres and brakes before you drive home in the snow",
    "none of us want rubbish in the garden, please use the bins",
    "Coach had us sprinting in the sleet, absolute savage but we love him",
    "steamed dumplings and pork buns for Chinese New Year in the training restaurant",
    # round 17's read half: our own sentences in the same words, said kindly
    # a review of round 18's read-half families: its harmless posts, in its own words
    "No one in our tutor group ever wants you to miss out, so sign up for the trip by Friday 😊",
    "Nobody who has done the Access course needs you to be perfect on day one, just turn up x",
    "Honestly no one at the open evening last year even asked you about "
    "GCSEs, they just want to meet you",
    "No one on the L3 sport course this term needs you to bring boots, we provide them",
    "Nobody in the whole of the Fens likes you more than our Bella does 🐴❤️",
    "Aww Grace you don't sit with us anymore since you moved to the front row 😭 miss you xx",
    "Now you've passed your driving test u dont sit with us any more on the bus 😂 congrats babe",
    "Staff notice: we have decided without a signed form you can't come with us to Berlin, sorry!",
    "Year 1 reminder: we've agreed that until you're 18 you cant come with "
    "us to the pub social, soft drinks night instead 🍹",
    "If no one picks you up after the Duxford trip, ring reception and we'll wait with you",
    "Taxi reminder: if no one picks you up by 6pm from the sports hall please call security",
    "Team captains draw names from a hat, so no one picks you last anymore 🙌 inclusive 5-a-side",
    "Nobody picks you for the raffle, it's random! Tickets £1 at reception",
    "Feeling like everyone finds you a bit much? You're not alone - "
    "Student Services are here Mon-Fri 💙",
    "Starting college can feel scary and you might think everyone finds "
    "you weird. They don't! Freshers fair tomorrow",
    "Anti-bullying week: if it feels like everyone finds you annoying, talk to someone you trust",
    "Bruno 🐶 you always ruin everything when you're around the picnic blanket 😂 good boy really",
    "Dear rain, you always ruin it when you're here, sports day is TOMORROW ☔",
    "Nan's cat Pickles 😹 u always ruin things when ur around the Christmas tree",
    "Her laugh makes me want to die 😂😂 best tutor ever honestly",
    "The cliff face makes me want to be sick just looking up at it, "
    "outdoor ed climbing trip was MAD",
    "Hearing my own voice makes me want to die lol, recorded my first podcast for media today 🎙️",
    "His accent makes me want to die 😍😍 new Spanish teacher is everything",
    "That rock face makes me want to throw up, how did the L2 outdoor lot get to the top?!",
    "I'll end you in Uno later 😂 bring snacks",
    "Gonna end him at table tennis in the common room, 2pm be there 🏓",
    "imma end u at badminton tomorrow night no mercy 🏸",
    "Can someone cover? I will end her shift at 4 so she can get the bus home",
    "Our Lily's gonna end her season on a high at the county show 🐴🏆",
    "Quiz night: I'll end you on the music round, mark my words 😎",
    "Online safety week 🔐 think about it before you tell anyone your password, "
    "even your best mate",
    "Lost your student card? Check your bag and think about it before you "
    "report it lost, replacements are £10",
    "Think about that before you tell the whole group chat something "
    "private. Screenshots last forever 📸",
    "Think about it before you report sick on a Monday after a big weekend lads 😂 (HR joke)",
    "Think the course is hard? Come to Ipswich and find out! Open day Saturday 10-2",
    "Hard graft but the best job going, fancy agriculture? Come to Easton and find out.",
    "Can our U19s win the cup fight this year? Come to Lowestoft and find out!",
    "Is boxing as hard as it looks? Come to Norwich and find out, free taster session Weds",
    "Panto season! 🎭 The dame? It's just a bloke in a dress and we LOVE it, tickets on sale now",
    "Mock trial in Law today, the judge? He's just a guy in a wig lol but he was brilliant",
    "Highland games 🏴 before anyone asks, he's a man in a skirt - it's a KILT",
    "Transport for Norfolk need to stop pretending the X1 runs every 15 minutes 🚌",
    "Transfer window: Town fans, stop pretending we're signing anyone decent this summer",
    "Stop pretending you're a man who doesn't cry at Bluey 😭 Father's Day post",
    "Cheeky muppet, that's what you are 😂❤️ happy birthday bro",
    "Born in 2008? Rat, that's what you are in the Chinese zodiac 🐀 Lunar New Year at the library",
    "Proper dork, thats all you are 😂 love you sis, good luck in your exams",
    "A soppy old fool, that's what you are Dad 🥹 thanks for the lift every morning",
    "Tractor ended up in the dyke on the A47 this morning, everyone OK, but expect delays",
    "Level 2 agri lot out dyke clearing on the college farm today 🚜",
    "Fell in the dyke chasing the sheep 😂 welcome to farming",
    "Poppy is lame on her near fore again, vet coming tomorrow 😢",
    "Equine students: he's been lame since Tuesday, box rest for a week",
    "My dog's lame after the beach walk, anyone know a good vet in Beccles?",
    "I'm a sucker for the carvery at the training restaurant, Thursday lunch booked 😋",
    "Bugger, forgot my lanyard again 🙈",
    "Daisy the lamb is a cheeky little bugger 😂🐑",
    "Boxing club: think you can fight, come to Lowestoft and find out!",
    "It's hard work but so rewarding, come to Easton and find out.",
    "Want to fight fires for a living, come to Thetford and find out.",
    "Sheep got stuck in the dyke again, Level 2 animal care to the rescue 🐑",
    "The IDB are cutting the dykes along Marsh Lane this week, expect tractors",
    "I'll end you at the pub quiz tonight 😂",
    "Consent matters: think about it before you tell someone they're overreacting",
    "The drainage dyke by the farm campus has flooded, use the top gate.",
    "Bugger, left my umbrella on the bus again.",
    "Our old mare went lame on the hack, the farrier's coming out.",
    "I'm a total sucker for the catering students' sticky toffee pudding.",
    "I'll end you at Mario Kart on Friday, games design social!",
    "Come to the open evening and find out more about our courses.",
    # a review of the eighteenth session's families: its harmless posts, in its own words
    "Roma's defence was disgusting last night, no wonder they lost 3-0",
    "Dog grooming L2: Afghans hate having their coats brushed so go slowly and use the detangler",
    "Petition: the Home Office must not send Afghans back to their deaths. Sign and share 🙏",
    "We must never send Syrians back to where they face torture #RefugeeWeek",
    "Nigerians aren't scroungers, half of them are nurses keeping the NHS going",
    "Bi Visibility Day 💜 bi people are not greedy, confused or attention seekers",
    "Women who report harassment are not attention seekers, listen to them",
    "Lots of Eastern Europeans go back home for the summer so the ESOL class is quieter in July",
    "Irish people go back home for Christmas so the Friday ceilidh is off till January",
    "The far right want to send the Kurds back - our college stands with every refugee learner",
    "Many Somalis went back where they came from after the civil war "
    "ended, says today's documentary",
    "Chippy night for catering! I'll batter you a Mars bar if you ask nicely 🍫",
    "We'll deck you out in college merch if you come to the open evening!",
    "Gonna batter you lads on Saturday, 5-0 easy ⚽😂",
    "ima batter u tomorrow in the final, bring tissues 😂🎱",
    "Mum's gonna bottle you some of her famous chutney for the Christmas fair",
    "Lewis Hamilton better watch his back, Lando is flying this season",
    "Defenders better watch their backs, our under-19s have scored 30 goals this term",
    "Hope your car gets done in time for the MOT, the garage is rammed this week",
    "Hope your van gets smashed... by the queue at the car wash lol",
    "Mia our catering students are on Look North tonight, make sure you "
    "watch yourself tonight at 6.30!",
    "Watch yourself at the bus stop by the roundabout mate, cars come flying round there",
    "You better not be in the canteen without me tomorrow, I swear 😂",
    "u better not be at the gym on monday without me or else 😤💪",
    "You'd better sleep with one eye open on the DofE camp, the foxes nick everything",
    "Results day tomorrow! Keep the faith. You'll get what's coming to you tomorrow 🎓",
    "Someone's gonna jump you in the lunch queue if you don't hurry up lol",
    "Don't worry, I'll put you through the fire door drill on Monday, it's easy",
    "Whoever told my mum about the surprise party, I'll find out who you are 😂😂",
    "Wait till Saturday, me and the lads will be outside the ground from 2pm, come say hi",
    "Hope you break your leg tonight Ellie!! (the theatre way 🎭)",
    "The bread dough deserves a good slap on the worktop, don't be shy with it",
    "Hope he falls off the ladder... of the leaderboard, come on the Blues 😂",
    "Nice new helmets lads - it would be a shame if anything happened to "
    "you on the roads this winter, check your tyres",
    "Whoever reported the broken boiler, we'll find you and thank you in person!",
    "Delete the app again and see what happens to your streak 😂 Duolingo is watching",
    "Lovely cakes! DM me the recipe and I'll show you mine 😄",
    "Snap me your timetable, I'll show u mine, see if we have any free periods together",
    "If you think it's chickenpox, look down his top and check his chest for spots",
    "ur body in that pic is perfectly aligned for the squat, great form!",
    "Nice Mini in the workshop, bet she's a right goer once she's tuned up 🚗",
    "That old Land Rover in the yard, bet she's a right goer when she's warmed up",
    "She was asking for it for weeks so Santa brought her a puppy 🐶🎄",
    "He was asking for it all term so we finally got him the drum kit",
    "Any questions about the open day? slide into my dms x",
    "Questions about the Level 3 course? Slide into my DMs 😉 or ring the office",
    "Rate the girls bakes 1-10 in the comments, they worked so hard! 🧁",
    "Rate the lads christmas jumpers 1 to 10 👇",
    "Pics from the ball are up, tag yourselves, I know you want to 😂",
    "Charity swim sign-up list: who's most up for it? 🏊",
    "Can you send me some without the apron on, for the prospectus?",
    "Under 16 and want to make your mum a Mother's Day card? Pop in "
    "Saturday, don't tell your mum though, it's a surprise!",
    "Snap me if you want the revision notes, no need to tell your tutor I shared them lol",
    "Wonder what she's like in bed... said no one about my new memory foam "
    "mattress, she's perfect 😴",
    "Honestly a salad wouldn't hurt me after all this Christmas food 😂",
    "Doctor told Dad if he lost a few stone he'd be off the blood pressure "
    "tablets, so proud he's done it",
    "You'd be pretty if... no. You ARE pretty. Body positivity week at the SU 💕",
    '"You\'d be pretty if you smiled more" is not a compliment. Call it out.',
    "Our uniformed services lads will just jump off the Tyne bridge on a "
    "zipline for Mind this Saturday",
    "Do us a favour and jump off the Humber bridge with us - charity abseil, 20 places left!",
    "Mum's not invited to the hen do (she'd die of embarrassment), don't "
    "tell her where we're going lol",
    "Ever wondered why you don't have any friends at uni yet? Our "
    "wellbeing team explains, it's normal",
    "Sorry Kayleigh, the group chat is for Level 3 only so you're not in it, ask your tutor",
    "Nobody wants nits in their class! Please check your kids' hair this week",
    "Do us a favour and don't bother coming back without the milk 😂",
    "Watch your back when you're lifting boxes, bend your knees (manual handling training)",
    "Most Syrians resettled here say they will never go back, says the UNHCR report",
    "Somalis get out and vote in huge numbers in Bristol, great to see democracy in action",
    'Bangladeshis hate it when you call every curry house "Indian" 😂 '
    "Bangladeshi food night Friday!",
    "Honestly I'd give her more than a trim, that fringe needs a full restyle 💇",
    "Grandad's old Triumph is 50 this year, bet she's a right goer lol 🏍️",
    "Under 18 on the apprenticeship? No need to tell your tutor about "
    "absence twice, the app logs it automatically",
    "Keep using sun cream and see what happens to your skin by September.",
    "It would be a shame if something happened to the display, so please don't lean on it.",
    "If we only have your old address, your certificate goes on the post to the wrong house.",
    "Ignition timing today: what happens when it's advanced or retarded on a carburettor engine.",
    # a review of the seventeenth session's families found these (or their like) read as
    # harm; our own sentences
    "Roma fans were in great voice but the result was disgusting for them.",
    "Send the Kurds back their forms by Friday please.",
    "Our Eritrean runner hated losing the final but smiled anyway.",
    "I'll batter you some fish for tea if you finish your shift.",
    "I'll batter him at FIFA tonight, no chance he wins.",
    "Watch yourself at the station on Friday, it'll be packed with fans.",
    "Watch yourself walking home tonight, the path is flooded.",
    "You better not be at the bus station on Friday, it's closed for works.",
    "I sleep with one eye open since the kitten arrived.",
    "Keep working hard and you'll get what's coming to you: a well-earned holiday.",
    "Someone's gonna smash your record on sports day, train hard!",
    "The stunt team will put you through the wall of fame tomorrow.",
    "Whoever reported the broken tap, we'll find out who you are and thank you properly.",
    "Keep posting and see what happens to your reach.",
    "Post it again and see what happens to the algorithm.",
    "See what happens when you're on your own in an interview: you stay calm.",
    "Wait till Friday, me and the lads will be outside the Union with a bake sale.",
    "Hope he breaks his arm-wrestling record at the fair.",
    "Hope you fall off the ladder of success straight into a great job.",
    "This dish deserves a punch of flavour, add chilli.",
    "Hope the candle burns down with the wick still inside.",
    "Notice how your body in this video is square to the ball.",
    "Show me your timetable and I'll show you mine.",
    "Photos from the shoot? Send pics then!",
    "DM us for a place on the trip, I know you want to!",
    "Send us some without the watermark please, they're lovely.",
    "If someone under 18 is told to DM them and there's no need to tell your mum, that's "
    "grooming: report it.",
    "List of who's up for it: five-a-side on Thursday.",
    'Consent week: "she was asking for it" is victim blaming and never ok.',
    "Got a question about enrolment? Slide into my DMs and I'll help.",
    "Bet she's a right goer, this old Mini I've bought.",
    "Wonder what she's like after work, probably just as organised!",
    "I'd give her more than a hug for that, a medal!",
    "If you lost 20 pounds on the bus, the office has your purse.",
    "If you lost some weight after illness, talk to the nurse.",
    'Street harassment campaign: "you\'d be pretty if you smiled more" is not a compliment.',
    "Just jump off the sea cliff into the water at the coasteering taster, safe with instructors.",
    "Don't worry, you're not in it automatically, the group chat is opt-in.",
    "Mum's not invited to the surprise party, don't tell her where it is!",
    "Nobody wants litter in their group area, tidy up please.",
    "Don't reply to them, don't add them: scam accounts are messaging students.",
    "We made a new chat without you needing to sign up.",
    "Nobody would notice you'd left your coat in the hall, it's in lost property.",
    "Watch your back when lifting boxes in the warehouse.",
    "Watch your step on the icy paths this morning",
    "Coat the cod in the batter you made earlier, then fry at 180",
    "Watch yourself on the icy steps tonight, they have not been gritted",
    "Watch yourself on the video from Friday's showcase, you were brilliant",
    "Keep practising and see what happens!",
    "Do the experiment again and see what happens to the colour",
    "me and the lads will be at the match on Saturday",
    "we'll put you through the application steps one by one",
    "Go on, sign up for the trip, I know you want to!",
    "I'd give her more than 5 stars for that lesson",
    "Worried about why you don't have any friends yet? Freshers is hard, talk to us",
    "we can't start the chat without you!",
    "Join the group chat; if you're not in it, ask your tutor",
    "you could be fit enough for the marathon if you trained",
    "Send the refugees a welcome pack from the ESOL class",
    "She was asking for it to be moved to Tuesday",
    "If you're under 16 message me for the parental consent form",
    "Surprise party Friday, dm me for details and don't tell your mum!",
    "Don't sit near the door, don't forget your ID",
    "Manual handling: watch your back when lifting the boxes of paper",
    "Our lad lost a few stone on the couch to 5k and feels great",
    "The tutor showed the class how to look down the barrel of a spirit level",
    "The minibus will be waiting at the front gates at 8am",
    "We'll be waiting by the side gate at 4 for the coach to the match",
    "We know which course you want: book a chat with our advisers",
    "Open evening on Thursday: we'll be waiting with tea and cake!",
    "I know where you can get free period products: student services, room A12",
    "Send us your pictures of the trip and we'll share the best",
    "Our plumbing students will teach you how to bleed a radiator",
    "Great to see so many smiling faces at enrolment",
    "Lose yourself in a good book this half term",
    "Our catering students roasted a great rack of lamb for the open day",
    "Know where you're going on enrolment day? Maps are on the website",
    "You've got until Friday to hand in your coursework, or you'll lose the extension",
    "Take a hint from our chefs: rest the meat before you carve",
    "The Wi-Fi is much better now, without you having to log in twice",
    "Send a picture of your best bake for the competition!",
    "Grey squirrels are pests in young woodland, say our forestry students",
    "Our tutors are always happy to help: just ask",
    # Everyday posts in the words of the families above (a review of the change found
    # each of these sent to review by a first, looser version).
    "Read the question carefully or you'll get it wrong",
    "Book now or you'll regret it!",
    "Wear goggles in the workshop or you will get hurt",
    "Someone needs to sort out the wifi in B block",
    "Someone should jump start my car, the battery's flat",
    "We'll batter them and deep fry them for the chippy lesson",
    "Here is the list of who has paid for the trip",
    "I know you want to do well in your exams, so revise",
    "Send me some pics please of the craft stall",
    "If your family can't afford the trip, apply for the bursary",
    "Everyone share this: open day is on Saturday",
    "Tutors, please share their photos on Padlet",
    "Please make sure the whole class knows the exam has moved",
    "Tapeworms? They are parasites, as our biology group learnt",
    "Spray them with water before you pot them on",
    "The animal centre is taking in strays over Christmas",
    "I'm not qualified to teach yet, but the PGCE starts in September",
    "Does your mum not work on Fridays? Then she can come to the show",
    "I'd jump off at the next stop for the college",
    "I'll take the hint and bring biscuits next time",
    "The girls will steal the show at the netball final!",
    "Ask the refugees at the drop-in what they're like as neighbours",
    "Sign the consent form or your photos won't go on the website",
    "Pay the deposit by Friday or the places go to the waiting list",
    "Return your library books or they go to the fines office",
    "We'll post the photos from the ball unless you have opted out",
    "If someone threatens to share your pictures unless you pay, tell a member of staff",
    "Everyone go on Liam's insta to see his amazing artwork",
    "Pile on the layers, it's freezing at the farm",
    "Nobody tell her about the surprise party!",
    "Keep practising until it feels easy",
    "Don't miss the trip, you'll regret it!",
    "Watch yourself in the mirror as you practise the routine",
    "Rate the girls' nail art out of 10 in the comments!",
    "Go back to the main menu and pick 'Timetable'",
    "Imagine being the first in your family to go to university",
    # A review of this change found each of these sent to review by a first version.
    "Dark nights are here: watch yourself walking home, stick to well-lit routes.",
    "Mix the two solutions and you'll see what happens!",
    "Saturday we play Exeter in the cup - let's see how tough they are!",
    "Charity abseil on Friday: let's see how brave you are!",
    "Coach trip tomorrow: bring something to read that isn't a phone!",
    "Photo competition: keep sending your entries till Friday!",
    "Seen abuse online? Report it until something is done, and tell a member of staff.",
    "It's freezing out there, pile on layers and come to the bonfire",
    "Student voice: rate the tutors on your course out of 10",
    "Laughing at someone's stammer is not funny, it's bullying.",
    'Sextortion: criminals say "pay or the pictures go to your family". Don\'t pay, report it.',
    "Bake sale update: did you eat all the brownies already?!",
    "Did they eat the whole buffet at the open evening?",
    "Imagine being sad and alone at Christmas. Our wellbeing team is here for you.",
    "You're the worst at keeping secrets, happy birthday Sam!",
    "Nobody wants wasps around, keep the bin lids closed",
    "We teach the class a lesson on fractions every Monday",
    "After the trip we go back home on the coach",
    "Watch yourself on the stairs, they're slippery",
    "We send students back to their campus after lunch",
    "The wifi is useless today, IT are on it",
    # A review of this change found these flagged by a first version.
    "Mr Patel will teach this class a lesson on photosynthesis tomorrow.",
    "Watch yourself on the stairs by the car park, especially when it gets dark.",
    "It's a long walk home when it gets dark, so book the late minibus.",
    "I hope they don't wake up the neighbours with the fireworks tonight!",
    "Hope she doesn't wake up before we finish decorating for her surprise party",
    "Sending (((hugs))) to everyone affected by the flooding.",
    "Our animals, all of them rescues, are fed daily by Animal Care students.",
    "Many of our ESOL learners can't speak English when they arrive; some go back home in summer",
    # the words of round 11's families in ordinary posts
    "Nobody likes Mondays, so here's a free coffee voucher",
    "Nobody asked him to, he just did it. Well done Osian",
    "Nobody wants your old phone chargers, recycle them at reception",
    "Nobody values your opinion more than we do: fill in the survey",
    "Many Lithuanians go home for Christmas; have a good break",
    "Lots of Yemenis have settled in Newport and run great shops",
    "Inbreeding in rare breeds of sheep: a talk for our agriculture students",
    "Our nursery staff are trained to spot predators online: Safer Internet Day",
    "Anyone who finished their coursework early is a legend",
    # the remarks on undressing and being gone, said of things or kindly
    "The mannequins look better with less clothing on the window display",
    "Photos without a flash look better in the gallery",
    "Take your coats off and hang them up before the exam",
    "Nobody will notice you've gone if you nip out for a coffee",
    # a review found these flagged by a first version
    "Heatwave tip: you'll be better in less clothing, drink water and wear suncream",
    "Nail tech tip: pics without top coat look dull, always seal",
    "Cake decorating: photos without a top tier still count for the assessment",
    "Muddy kit? Take your shirt off and send it to the kit room",
    "Don't worry, nobody will notice you've gone blonde",
    "Honestly nobody will notice you've left early, the party goes on till 3",
    "nobody will notice you've gone if you just nip out",
    "nobody will notice you've gone for fifteen minutes",
    "Do you know where you live? I forgot the postcode for the form",
    "wait till you're on your own two feet, it gets easier",
    "see you when you're going home for Christmas!",
    "Can't wait till you're alone with the new baby for the first time haha",
    "your secret santa gift comes out of the class budget",
    "you'd have more friends if you joined a club, honestly the societies are great",
    "what time does your class finish? I'll pick you up",
    "we were all laughing at the panto, not with the villain",
    # a review of this family found these read as abuse by a first version
    "Know where you live, know your rights: free housing advice drop-in, Tuesday 1pm.",
    "Know where you live before you sign: our guide to student areas",
    "If they're laughing at you, not with you, that's not banter. Report it.",
    "You'd have more friends if you actually joined a society - freshers fair is Tuesday!",
    "Proud mum moment: I filmed her crying when she opened her results. Distinction star!",
    "Tried five pens from the stores - useless, the lot of them.",
    "Wear something bright so drivers can see you when you're walking home in the dark.",
    "Don't wait until you're alone and struggling - talk to student services.",
    "We know what time your class finishes on Fridays, so the minibus will be outside at 3.15.",
    "Nobody gets to decide when your secret comes out but you. LGBT+ History Month drop-in.",
]


@pytest.mark.parametrize(("text", "label"), PLAIN_HARM)
def test_threats_and_harassment_in_plain_words_reach_the_review_line(text: str, label: str) -> None:
    found = [d for d in AbuseDetector(model=False).detect(text) if d.label == label]
    assert found and all(0.5 <= d.score < 0.9 for d in found)  # review, never block
    assert found[0].match == text[found[0].start : found[0].end]
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize("text", PLAIN_HARM_KINDLY)
def test_the_same_words_in_ordinary_posts_are_not_harm(text: str) -> None:
    assert [d for d in AbuseDetector(model=False).detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize(
    "text",
    [
        "what a div",
        "you absolute minger",
        "Oscar Price is such a gimp",
        "you munter",
        "whoever runs this page is a proper dafty",
        "numpty of a principal",
        "that lot in the office are gormless gowks",
    ],
)
def test_british_insults_aimed_at_someone_reach_the_review_line(text: str) -> None:
    assert abuse_score(AbuseDetector(model=False).detect(text)) >= 0.5


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("B*tch of a teacher gave me detention", "profanity"),
        ("so many sp*stics in that group", "slur"),
        ("you c**t", "profanity"),
        ("Harry is a d*ckhead", "profanity"),
    ],
)
def test_words_with_letters_starred_out_are_read_as_the_term_they_spell(
    text: str, label: str
) -> None:
    found = AbuseDetector(model=False).detect(text)
    assert label in {d.label for d in found}
    assert all(d.match == text[d.start : d.end] for d in found)


@pytest.mark.parametrize("text", ["5 * 3 = 15", "rated 5* by guests", "**Open day** on Saturday"])
def test_stars_that_hide_no_word_are_not_read_as_one(text: str) -> None:
    assert AbuseDetector(model=False).detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jordan is an absolute berk.",
        "Harry's such a wimp, started crying when tackled",
        "Absolute numpty. Missed an open goal from two yards",
        "Proper saddo",
    ],
)
def test_an_insult_said_of_a_first_name_or_as_a_sentence_is_aimed(text: str) -> None:
    assert abuse_score(AbuseDetector(model=False).detect(text)) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Macbeth is a traitor.",  # not a first name our lists know
        "Tom is a fool for chocolate",  # the insult does not end the clause
        "The printer is useless.",
        "Absolutely useless weather today.",
        "Melt the butter in a pan.",
    ],
)
def test_insult_words_not_said_of_anyone_stay_under_the_review_line(text: str) -> None:
    assert abuse_score(AbuseDetector(model=False).detect(text)) < 0.5


@pytest.mark.parametrize("text", ORDINARY_POSTS)
def test_no_ordinary_post_is_blocked(text: str) -> None:
    assert [d for d in AbuseDetector().detect(text) if d.score >= 0.9] == []


# Colleges often name abuse in order to oppose it; that is no reason to review a post.
COUNTER_SPEECH = [
    "Racist abuse has no place at our college. Report it to student services.",
    "Homophobic bullying will not be tolerated. Talk to your tutor or the safeguarding team.",
    "Anti-Bullying Week: together we can stop online hate",
    "We have zero tolerance for sexual harassment on campus",
    "Hate crime awareness week: learn how to report racist or homophobic incidents",
]
# The same phrases around real abuse change nothing.
HOSTILE_WITH_COUNTER_SPEECH_WORDS = [
    "Racist abuse has no place here, you stupid muslim lovers",
    "we have zero tolerance for those dirty immigrants",
    "stop the hate, gays should be banned",
]


@pytest.mark.parametrize("text", COUNTER_SPEECH)
def test_counter_speech_stays_below_the_review_line(text: str) -> None:
    found = [d for d in AbuseDetector().detect(text) if d.label == "abusive_language"]
    assert all(d.score < 0.5 for d in found)
    # Held there by the model alone, or by the counter-speech check, which then says why
    # (tested with a stand-in model in test_encoder, since the shipped one needs it less).


@pytest.mark.parametrize(
    "text",
    [
        "Send the Kurds back.",
        "Somalis are vermin.",
        "Immigrants can't even speak English, send them back.",
    ],
)
def test_plain_hostility_to_a_group_is_blocked(text: str) -> None:
    found = [d for d in AbuseDetector(model=False).detect(text) if d.label == "identity_attack"]
    assert max(d.score for d in found) >= 0.9


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # words a person should weigh, said of a group
        ("Lithuanians nick bikes round here", None),
        ("Albanians can't even speak English", None),
        # an attack reported as others' words: news, or a post against it
        (
            "The far right tell Somalis to go back; our students answered with an iftar.",
            "far right",
        ),
        ("Rioters chanted that Muslims should be deported.", "rioters"),
    ],
)
def test_softer_or_reported_hostility_to_a_group_goes_to_review(
    text: str, said: str | None
) -> None:
    found = [d for d in AbuseDetector(model=False).detect(text) if d.label == "identity_attack"]
    assert found and all(0.5 <= d.score < 0.9 for d in found)
    if said:
        assert said in found[0].detail["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "Roma fans were in great voice but the result was disgusting for them.",
        "Send the Kurds back their forms by Friday please.",
        "Scousers hate losing at home, and so do we.",
        "The Somali restaurant near campus is disgusting value, £3 for a feast!",
    ],
)
def test_a_club_a_form_or_a_word_of_a_people_is_no_attack_on_them(text: str) -> None:
    assert [d for d in AbuseDetector(model=False).detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize("text", HOSTILE_WITH_COUNTER_SPEECH_WORDS)
def test_abuse_dressed_in_counter_speech_is_still_caught(text: str) -> None:
    assert max(d.score for d in AbuseDetector().detect(text)) >= 0.5


def test_the_model_scores_abuse_above_kindness() -> None:
    detector = AbuseDetector()
    assert detector.model is not None
    model = detector.model
    nasty = model.score(model.probability("you are a worthless piece of trash, everyone hates you"))
    kind = model.score(model.probability("Congratulations to our students on their results!"))
    assert nasty > 0.5 > kind


def test_one_term_in_two_posts_is_ranked_by_the_models_reading() -> None:
    detector = AbuseDetector()
    kind, hostile = "What a fucking brilliant result for the team", "Fuck you, you useless idiot"

    def term_score(text: str) -> float:
        return max(d.score for d in detector.detect(text) if d.label == "profanity")

    level = {t.term: t.score for t in _lexicon()}["fuck"]
    assert REVIEW_LINE <= level < BLOCK_LINE
    # Both ask the outcome the word's level asks (a review, not a block) ...
    assert REVIEW_LINE <= term_score(kind) < term_score(hostile) < BLOCK_LINE
    # ... and the model's reading places them within it, far apart, not at the word's level.
    assert term_score(kind) < level < term_score(hostile)
    assert term_score(hostile) - term_score(kind) > 0.2
    assert detector.rate(kind) < detector.rate(hostile)


def test_a_findings_level_decides_its_outcome_and_the_model_its_place() -> None:
    # A block stays a block, however kindly the model reads the post, ordered within it.
    assert BLOCK_LINE <= placed(0.95, 0.1, 0.02) < placed(0.9, 0.8, 0.97) < 1.0
    # A review stays a review, never under the line; the model's score counts above it.
    assert REVIEW_LINE <= placed(0.7, 0.05, 0.01) < REVIEW_LINE + 0.01
    assert placed(0.6, 0.74, 0.9) == 0.74
    assert placed(0.85, 0.84, 0.99) < BLOCK_LINE
    # Under the review line a finding keeps its level (a mention, said fondly), raised by
    # less than a hundredth, and asks nothing.
    assert 0.45 <= placed(0.45, 0.84, 0.99) < 0.46 < REVIEW_LINE


def test_the_model_points_at_the_word_that_weighed_most() -> None:
    found = [
        d
        for d in AbuseDetector().detect("have a nice day you moron")
        if d.label == "abusive_language"
    ]
    assert found and found[0].match.lower() == "moron"


def test_it_finds_names_written_with_extra_spaces(names: DirectoryNames) -> None:
    text = "Saw Jack  Smith today"
    [found] = names.detect(text)
    assert (found.match, found.start, found.end) == ("Jack  Smith", 4, 15)


def test_account_numbers_are_not_mistaken_for_phones(personal: PersonalDataDetector) -> None:
    assert ("bank_details", "34538720") in labels(
        personal.detect("sort code 83-27-59 account 34538720")
    )


def test_the_model_weighs_the_lexicon_score_into_its_logit() -> None:
    model = AbuseModel({"weights": {}, "bias": -2.0, "threshold": 0.5, "lexicon_weight": 4.0})
    assert model.probability("anything", 0.0) < 0.5 < model.probability("anything", 0.8)
    bundled = AbuseDetector().model
    assert bundled is not None
    # Trained and tuned on none of the sets the benchmark reports on.
    assert {"olid", "hatexplain_test", "jigsaw_test"} <= set(bundled.provenance["never_read"])
    # The tuned threshold is the flag line of the common scale.
    assert abs(bundled.score(bundled.threshold) - 0.5) < 1e-9


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("you absolute doofus", "doofus"),
        ("honestly, you are so dopey", "dopey"),
        ("creeps like you should stay off this page", "creeps"),
        ("PROVE IT THUG", "THUG"),
        ("shut up idiot", "idiot"),
        ("nice try, dweeb", "dweeb"),
    ],
)
def test_insults_aimed_without_a_name_are_aimed(
    lexicon: AbuseDetector, text: str, insult: str
) -> None:
    aimed = [d for d in lexicon.detect(text) if d.label == "insult" and d.match == insult]
    assert aimed and aimed[0].score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the lab rat ran across the bench",
        "thugs in the film were played by our drama students",
        "Prove it: the thug in Act 2 is the hero",
        "the printer is useless",
    ],
)
def test_insult_words_not_said_to_anyone_stay_low(lexicon: AbuseDetector, text: str) -> None:
    assert all(d.score < 0.5 for d in lexicon.detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "dey said the bus is late again",
        "por favor, the Spanish club meets on Thursday",
        "The witches in Macbeth open Act 1 tonight",
        "Career paths in engineering: come to the talk",
        "Chicken curry is on the menu in the refectory today",
        "Stop moaning about the rain and enjoy the trip!",
    ],
)
def test_words_the_old_model_flagged_by_their_letters_are_not_abuse(text: str) -> None:
    detector = AbuseDetector()
    assert max((d.score for d in detector.detect(text)), default=0.0) < 0.5


def test_rate_ranks_every_post_and_agrees_with_the_findings() -> None:
    """``rate`` is the strongest finding's score, and the model's however low: two
    posts the detector finds nothing in still get different scores."""
    model = AbuseModel({"weights": {"w:idiot": 3.0, "w:lovely": -3.0}, "bias": -1.0,
                        "threshold": 0.5})  # fmt: skip
    detector = AbuseDetector(model=model)
    for text in ("idiot", "you idiot", "lovely", "hello", "lovely lovely idiot"):
        found = detector.detect(text)
        strongest = max((d.score for d in found), default=0.0)
        rated = detector.rate(text)
        assert (rated >= 0.5) == (strongest >= 0.5), text
        if strongest >= 0.3:
            assert rated == strongest, text
    assert not detector.detect("lovely") and not detector.detect("hello")
    assert 0 < detector.rate("lovely") < detector.rate("hello") < 0.3


def test_the_model_reads_a_post_with_its_innocent_words_blanked() -> None:
    text = "Jerk chicken is on the menu"
    read = model_reading(text)
    assert len(read) == len(text) and "jerk" not in read.lower()
    model = AbuseDetector().model
    assert model is not None
    assert AbuseDetector().rate(text) == pytest.approx(
        model.score(model.probability(read)), abs=1e-4
    )
    assert model_reading("you jerk") == "you jerk"


def test_the_shipped_length_calibration_flags_every_length_alike() -> None:
    """The length weight was chosen so that non-toxic long comments (the Jigsaw tuning
    part) are flagged about as often in every quarter of their lengths."""
    model = AbuseDetector().model
    assert model is not None
    rates = model.provenance["length_flag_rates"]
    assert len(rates) == 4 and max(rates) - min(rates) <= 0.05


def test_each_plain_words_family_is_tried_whenever_it_could_match() -> None:
    """A family's pattern runs only when one of its words is among the post's (a set
    test, for speed): on every post of the benchmark's sets and of these tests, it finds
    what trying every family on every post finds."""
    from pathlib import Path

    from policyguard.screening.abuse import (
        _DESCRIBED,
        _ECHO,
        _EMOJI_DISGUST,
        _EMOJI_INSULT,
        _PLAIN_WORDS,
        _SPOKEN_AGAINST,
        _cleared_by_context,
        ape_taunt,
    )
    from policyguard.screening.base import fold
    from policyguard.screening.senses import counter_speech

    data = Path(__file__).resolve().parents[2] / "bench" / "data"
    texts = PLAIN_BULLYING + PLAIN_WORDS_KINDLY + [t for t, _ in PLAIN_HARM] + PLAIN_HARM_KINDLY
    for path in sorted(data.rglob("*.txt")):
        texts += path.read_text("utf-8").splitlines()
    assert len(texts) > 1500
    detector = AbuseDetector(model=False)
    for text in texts:
        plain = fold(text)
        # the echo, "(((...)))", is tried whenever the post holds "(((": first
        every = [("identity_attack", m.start(), m.end()) for m in _ECHO.finditer(plain)]
        # then disgust and insults in emoji, each whenever the post holds its emoji
        every += [("identity_attack", m.start(), m.end()) for m in _EMOJI_DISGUST.finditer(plain)]
        every += [("bullying", m.start(), m.end()) for m in _EMOJI_INSULT.finditer(plain)]
        # and apes' emoji beside someone, whenever the post holds one
        every += [("identity_attack", m.start(), m.end()) for m in [ape_taunt(text, plain)] if m]
        against = counter_speech().search(plain) is not None
        every += [
            (label, m.start(), m.end())
            for label, pattern, _ in _PLAIN_WORDS
            if not (against and pattern in _SPOKEN_AGAINST)
            for m in pattern.finditer(plain)
            if label != "threat" or not _DESCRIBED.search(plain, max(0, m.start() - 40), m.start())
            if not _cleared_by_context(m.group(), plain)
        ]
        found = [(d.label, d.start, d.end) for d in detector._plain_bullying(text, plain)]
        assert found == every, text


# Words a post quotes to oppose them (counter-speech) are mentioned, not used; the same
# words said to someone, or quoted with no word against them, still count.
@pytest.mark.parametrize(
    "text",
    [
        'Inclusion Week: words like "spaz" or "P*ki" are never acceptable here. Report it.',
        "Calling someone 'gay' as an insult is not banter, it's bullying",
        'Saying "you\'re so gay" is not banter. And its true, words stick.',
        'Calling someone "retard" is not banter. No one deserves this.',
        # a review found the same words said at their subject kept up to a block
        'Calling someone "retard" is not banter. Everyone deserves to feel safe at college.',
        # a threat quoted in a safety message (a training post was blocked)
        '"Drop dead" is never a joke. Screenshot it and tell a member of staff.',
    ],
)
def test_slurs_quoted_to_oppose_them_are_not_used(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        'he is a "spaz", everyone knows it',
        "report it, you spaz",
        'words like "paki" lol paki',
        # a review found these read as mentions by a first version
        'Everyone calls her "the p*ki" and honestly that is not banter, it\'s facts',
        '"Retard" - that\'s what you are. Not banter, just facts.',
        # the same attack quoted and then endorsed
        'Anti-bullying week: "go back to where you came from" is what they deserve to hear',
        # a second review found these cleared by a first version of its mends
        'Calling people "p*ki" is not banter. It is racist. True though.',
        'Calling people "p*ki" is not banter, not wrong tho',
        'Calling people "p*ki" is not banter. its true',
        'Calling people "p*ki" is not banter. Its true.',
        '"go back to where you came from" is never ok. Its true tho',
        '"go back to where you came from" - anti-bullying week my arse, its true',
        '"kill yourself" lol not a joke mate',
        # threats the lexicon lacked, which a blanked word had hidden
        "stop gegging in or i'll knock you out",
        "you're still getting your head kicked in tomorrow",
        "kill yourself, this is not a joke",
    ],
)
def test_slurs_said_or_quoted_with_no_word_against_them_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.9


@pytest.mark.parametrize(
    "text",
    ["I'm such an idiot, left my keys on the bus again", "what a muppet I am, wrong room again"],
)
def test_calling_oneself_names_insults_nobody(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


def test_the_same_names_called_at_someone_still_count() -> None:
    assert AbuseDetector().rate("you're such an idiot, left your keys again") >= 0.5


@pytest.mark.parametrize("term", ["gyppos", "spacker", "spazzes"])
def test_more_slurs_are_in_the_lexicon(term: str) -> None:
    assert abuse_score(AbuseDetector(model=False).detect(f"look at the {term} over there")) >= 0.9


def test_a_word_spelled_out_with_its_last_letter_doubled_is_read() -> None:
    found = AbuseDetector(model=False).detect("that's all you are, a T W A T T")
    assert [(d.label, d.match) for d in found] == [("profanity", "T W A T")]
    # ... and a word that ends in a double letter is read as it is
    found = AbuseDetector(model=False).detect("you are u s e l e s s")
    assert [(d.label, d.match) for d in found] == [("insult", "u s e l e s s")]


@pytest.mark.parametrize(
    "text",
    [
        "Apologies, this page was useless during the outage",
        "The principal is a clown today for Red Nose Day - donate at reception!",
        "we're in the thick of a student's busiest week",
    ],
)
def test_insult_words_said_of_pages_or_in_fun_are_not_aimed(text: str) -> None:
    assert abuse_score(AbuseDetector(model=False).detect(text)) < 0.5


def test_markdown_bold_is_not_a_word_starred_out() -> None:
    # "**OK" would fit a four-letter slur with its first two letters starred out
    assert AbuseDetector(model=False).detect("**OK, I've voted to keep it") == []
    found = AbuseDetector(model=False).detect("you c**n")
    assert [(d.label, d.match) for d in found] == [("slur", "c**n")]


# An attack on a group quoted in a post against abuse asks a person to look instead of
# blocking: a campaign quotes it, and so can an attacker who adds a hashtag.
@pytest.mark.parametrize(
    "text",
    [
        'Anti-bullying week: "go back to where you came from" was said to a learner here. '
        "Words hurt.",
        'Oi Ahmed "go back to where you came from" lol #antibullying',
    ],
)
def test_an_attack_quoted_against_abuse_goes_to_review_not_block(text: str) -> None:
    found = [d for d in AbuseDetector(model=False).detect(text) if d.label == "identity_attack"]
    assert [d.score for d in found] == [0.75] and "quoted" in found[0].detail
    assert 0.5 <= AbuseDetector().rate(text) < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "pics without" + " " * 20000 + "x",
        ('"' + "a " * 19) * 2400 + " not banter",
        "x 'go back to where you came from' " * 1400 + " not banter",
    ],
)
def test_long_posts_of_spaces_or_quotations_are_read_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    AbuseDetector(model=False).detect(text)
    assert time.perf_counter() - started < 3


def test_removing_overlaps_keeps_what_comparing_every_pair_keeps() -> None:
    # The log-time version against the plain one, on random spans (some of them empty).
    import random

    def every_pair(found: list[Detection]) -> list[Detection]:
        ranked = sorted(found, key=lambda d: (-d.score, -(d.end - d.start), d.start))
        kept: list[Detection] = []
        for c in ranked:
            if all(c.end <= k.start or c.start >= k.end for k in kept):
                kept.append(c)
        return sorted(kept, key=lambda d: (d.start, d.end))

    rng = random.Random(7)
    for trial in range(3000):
        found = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            end = start + rng.randint(0 if trial % 3 == 0 else 1, 8)
            found.append(Detection("x", start, end, "m", rng.choice([0.45, 0.5, 0.9]), "t"))
        assert remove_overlaps(found) == every_pair(found)


# Found by a review of this session's plain-words families: ordinary posts in their words.
@pytest.mark.parametrize(
    "text",
    [
        "No one asked for your input? We did! Fill in the learner survey.",
        "Why does Scrooge think nobody likes him? Discuss in 200 words.",
        "Nobody rates him, yet he scored the winner! Congrats Tom.",
        "The jury heard the teachers were groomers who targeted pupils at the school.",
        "Report finds the coaches at the club were predators for decades.",
        "My singing sounds like a dying cat but I'm doing karaoke for Children in Need!",
        "Welsh pronunciation: 'll' sounds like a strangled cat hiss, practice makes perfect!",
    ],
)
def test_questions_news_and_self_mockery_in_the_bullying_words_are_not_bullying(
    text: str,
) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    ["filthy gypsies, nice try", "filthy chav, nice try", "filthy tramp, nice shot"],
)
def test_filthy_before_a_person_keeps_its_weight_beside_a_skill(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # a review found these blocked by a first version of this session's identity and
        # sectarian additions (now taken out)
        "Holocaust Memorial Day: our History students learned how 75,000 Jews were deported "
        "from France to Auschwitz.",
        "Travellers get sent back at the border if their passport has under six months left",
        "Our women take on the Invaders on Sunday, come and support!",
        "No child should grow up in a stinking refugee camp. Our students raised 2,000 pounds!",
        "Housekeeping tip: separate your dirty blacks from your whites and wash at 30.",
        "Chemistry practical: there was an orange scum on top of the solution after heating.",
        "Mr Taig from the council presented the awards.",
    ],
)
def test_history_laundry_and_chemistry_are_not_attacks_on_a_people(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.9
    assert not [d for d in AbuseDetector(model=False).detect(text) if d.score >= 0.9]


def test_a_novel_named_before_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    from policyguard.screening.senses import innocent_spans

    text = "the idiot" + " " * 20000 + "x"
    start = time.process_time()
    innocent_spans(text)
    assert time.process_time() - start < 1.0


# A review of this session's plain-words families (helper-130, its own sentences): the
# same words said kindly (a mud run, World Book Day wings, a bake sale, winter driving tips,
# praise) and the families' close variants.
REVIEWED_KINDLY = [
    "look at the state of him in this photo 😂 mud head to toe after Tough Mudder, so proud",
    "the state of them in this pic after the 10k, absolute heroes 💪",
    "the state of the canteen in this photo, who left all the trays?",
    "none of us want anyone in our group to feel left out, so message me if you're stuck x",
    "None of us want spam in our group chat, so adverts will be removed. Ta!",
    "none of us want phones in the class during the mock, please leave them in lockers",
    "none of us want drama in the team chat, keep it friendly",
    "Nobody wants anyone on the team to struggle, extra training Weds 5pm",
    "none of us want litter in our class, bins are by the door",
    "Our son's a fairy. He insisted on the wings and the wand 😂 World Book Day done",
    "My son is a fairy tonight 🧚 Year 2 nativity was adorable",
    "Dad thinks he's a fairy, he's been leaving £2 under the pillow every night 😂",
    "my brother's a fairy in the panto at the Corn Exchange, get your tickets!",
    "He's a fairy liquid fan, washes up after everyone 😂",
    "You're a fairy godmother for covering my shift x",
    "our boy's a fairy. Sugar Plum Fairy at the dance school recital, so proud",
    (
        "Girls can't wait to get back in the kitchen after half term \u2013 Level 3 patisserie "
        "returns Monday! 🍰"
    ),
    "Bake sale tomorrow! Get back in the kitchen hun, 200 cupcakes to go 🧁😂",
    "Girls, if you can't find your aprons, go back to the kitchen and ask Chef",
    "get back in the kitchen chef, service starts at 12",
    "Women can't miss this: go back to the kitchen showroom for 20% off worktops",
    "Women, eh? Every time we're on the pitch we smash it 💪 3-0 win today",
    "Girls, eh. Every time we go out someone loses a shoe 😂",
    "Women eh, typical \u2013 they organised the whole fundraiser in a week. Legends",
    "Check your tyres before you set off in the morning, black ice on the A47. Just a thought!",
    "Checking your tyres before you drive home? If I were you I'd top up the screenwash too ❄️",
    (
        "Tip from our motor vehicle students: check your brakes before you drive home from a long "
        "trip, accidents happen when pads wear thin"
    ),
    "Remember to check your tyres and brakes before you drive home in the snow",
    "Mrs Khan is an absolute savage with those comebacks, we love her 😂",
    "Coach is a savage. Legs gone. Still love him",
    "PE was savage today 😂 can't feel my legs",
    "Savage Garden tribute night at the students' union Friday 🎶",
    "Absolute savage of a hill climb but we all love it",
    "Jamaican fried dumplings and saltfish on the canteen menu Friday 🇯🇲",
    "my nan's dumplings are the best thing about winter",
    "gyoza dumplings workshop in the training kitchen Thursday",
    "Homemade chicken dumplings for Chinese New Year, come try!",
    "dumplings in the slow cooker, proper comfort food",
    "stew and dumplings for tea, nothing beats it",
]
REVIEWED_HARM = [
    "look at the state of her in them leggings 🤮",
    "the state of him in that tracksuit lmaooo",
    "the state of u in ur profile pic 💀",
    "state of her on her story tonight 😂😂 who let her out",
    "look at the state of her in that photo, no wonder she's single",
    "none of us want you in this group, just leave",
    "none of us wanted him in our group anyway",
    "None of us want to work with her, she's useless",
    "none of us want Jake on our team, tell him to find another group",
    "none of us want u in the group chat",
    "none of us want u here, take the hint",
    "ur a fairy mate 😂",
    "your boyfriend's a fairy lol",
    "her brother's such a fairy",
    "his son's a fairy and everyone knows it",
    "your son's a fairy on the quiet",
    "he's a fairy, look at how he walks",
    "your son is a bloody fairy",
    "Women engineers? lol get back in the kitchen",
    "get back in the kitchen 😂 girls can't weld",
    "back to the kitchen luv, leave the football to the lads",
    "shouldn't you be in the kitchen, love?",
    "girls shouldn't be on the plumbing course, get back in the kitchen",
    "get back in the kitchen where u belong sweetheart",
    "women dont belong on a building site, go back to your kitchens",
    "go make me a sandwich love 🥪 leave the bricklaying to us",
    "Women eh, always the same",
    "Typical woman driver. Women, eh.",
    "Parked across two spaces again. Women, eh? Every single time.",
    "Women, eh 🙄 every time",
    "Be a shame if your brake lines went on the way home. Just a thought.",
    "make sure u check them tyres before you drive home. just saying 😉",
    "I'd check your car over before you drive home tonight. Just a thought.",
    "Might want to check ur brakes before u leave tonight, accidents happen 😉",
    "check your brakes before you go home, sir. just a thought",
    "Worth checking your wheel nuts before the drive home tonight. Just a thought.",
    "she's a right little dumpling 🐷 lay off the chips",
    "look at her, proper Norfolk dumpling 🐷 no wonder no one fancies her",
    "Your mum's a suet dumpling 😂 fat cow",
]


# A review of round 20's read-half families (helper-134, its own sentences).
REVIEWED_20_KINDLY = [
    "Catering practical tomorrow 9am, bring tupperware so you can take your faggots home",
    "Level 2 catering made faggots, mash and onion gravy today, smelt amazing",
    "Mum asked if I could bring some faggots home from the catering practical, she loves them",
    "freezer's full of the faggots from butchery week, anyone want some?",
    "Our catering students' Brains faggots sold out in the refectory in 20 mins 👏",
    "Who's got the oven after us? Our faggots need another 10 mins",
    "Nan's recipe for faggots is going in my catering portfolio x",
    "Cookery club: faggots, peas and proper gravy this Thursday, £2 a portion",
    "Chef says faggots are a dying art, we're doing them in Friday's practical",
    "Made faggots in catering today and my dad ate the lot before tea 😂",
    "catering practical: 12 faggots each, bring a container to take them home",
    "My brother is a proper donkey at darts but we love him",
    "Absolute donkey at FIFA tonight, 5-0 down at half time, never again 😂",
    "Donkey sanctuary trip for Animal Care L2 on Weds, wellies essential",
    "I'm such a donkey at bowling, 3 gutters in a row",
    "Staff quiz: the maths dept were donkeys at the music round 😂",
    "Who's the biggest donkey at five-a-side, be honest 😂",
    "He's a donkey at pool mate honestly, couldn't pot a ball to save his life 😂",
    "me and Jess are both donkeys at badminton but it's a laugh",
    (
        "SEN students should have their own building by 2027 \u2013 the new Learning Support Hub "
        "got approved!"
    ),
    (
        "Disabled students should have a separate bus for the trip as the coach has no ramp, "
        "sorted now"
    ),
    "Autistic students should have their own quiet space at lunch, the canteen is so loud",
    (
        "Stop saying the SEN kids are holding the rest of us back, they got better grades than "
        "half of us"
    ),
    (
        "The SEN lot should have a separate campus tour on open day so it's quieter for them, "
        "great idea from Learning Support"
    ),
    (
        "My son is autistic, SEN kids should have their own entrance in the mornings as the "
        "crowds overwhelm him"
    ),
    (
        "Disabled people should have their own parking near the entrance, the blue badge bays "
        "are always taken"
    ),
    "wheelchair students should have their own bus to the Chester campus, the shuttle has no lift",
    "Nobody thinks the disabled kids are holding the class back, that's an old myth",
    "He's very musical 😉 wait till you hear him on the piano at the showcase",
    "he's quite musical 😉 grade 8 cello and plays in the college band",
    "my dad's joined the band, he's very musical 😉 drums, guitar, the lot",
    "He's light on his feet 😉 won the dance comp 3 years running",
    (
        "Our lad is doing the Year 12 show, he's a bit musical if you know what I mean, never "
        "stops singing 😂"
    ),
    "One more comment like that and it's going on the group chat as quote of the week 😂",
    "One more post and it's all going on the page \u2013 the full open day timetable 🎉",
    "One more message about the car park and I'm putting the FAQ online",
    "One more post from us today: the prospectus is online now",
    "One more photo and it's all going on insta \u2013 what a night at the awards! 📸",
    "One more word from the spelling test and it's going on the fridge, so proud of him ❤️",
    "one more comment and this goes on our story, you lot are hilarious 😂",
]
REVIEWED_20_HARM = [
    "the catering lads are all faggots lol",
    "Mr Jones in catering is a faggot",
    "stick the faggots in the oven",
    "catering practical was a laugh, the faggots in our group wouldn't stop crying",
    "bet the catering class is full of faggots",
    "the cookery lot are a bunch of faggots tbh",
    "whole catering department is run by faggots",
    "someone put my faggots in the freezer lol jk the only faggot here is Liam from catering",
    "the tupperware lads from catering? faggots the lot of them",
    "you're a proper donkey at football and a waste of space, no wonder nobody picks you",
    "shut up you ugly donkey",
    "absolute donkey at pool, just like your inbred family",
    "such a donkey at netball, nobody wants you on the team, just leave",
    "you're a donkey at darts and a donkey in life, no one would miss you",
    "the SEN kids should be in a separate class, they slow everyone down",
    "special needs lot shouldn't even be allowed in mainstream college",
    "autistic kids should go to a special school, not ours",
    "disabled students are dragging the whole class down tbh",
    "the SEN ones are holding everyone back, sick of it",
    "SEN lot need their own college fr, can't learn with them screaming",
    "the learning support lot should be kept away from the rest of us",
    "why are the wheelchair kids even here, they should have their own college",
    "he's definitely 'musical' if you catch my drift 😉",
    "Mr Davies is a bit 'musical' if you know what I mean 😉",
    "she's a bit butch if you know what I mean 😉 wouldn't share a changing room",
    "he's a friend of Dorothy if you know what I mean 😉",
    "bit light in the loafers that one 😉",
    "hes proper camp if u know what i mean, keep ur back to the wall",
    "he's a bit 'musical' 😉😉 don't bend over near him",
    "one more word and I'm posting your address on insta",
    "say one more thing and your number's going in the gc",
    "1 more word and its all on tiktok, your address, your nudes, everything",
    "keep talking and everyone's gonna see your address on the page",
    "one more comment and I'll leak your snap and student number",
    "another word and it's all going on the page, screenshots and all",
    "one more post from you and ur addy goes public",
    "got your home address, one more word and it's going up on facebook",
    "carry on and your nudes are going round the whole college",
    "try me. one more message and the pics go on everyone's story",
]


# A review of round 21's read-half mends (helper-138, its own posts): the same words,
# shapes and emoji said harmlessly, and the reworded harm it found missing.
REVIEWED_21_KINDLY = [
    "nobody in the group chat actually likes pineapple on pizza, change my mind 🍍",
    "Honestly nobody in the media dept really likes the new printer 😂 it jams every 5 mins",
    "does anyone in the level 2 childcare class actually like the new timetable?",
    "nobody in our house really likes Mondays but the 9am start is brutal",
    "hope you all get the grades you deserve on results day, good luck everyone! 🍀",
    "hope yous all get home safe after the prom, text the group when you're in x",
    "hope u get the placement at the nursery, you'd be amazing",
    "my cat literally jumped me at 3am, I'm traumatised 😂",
    "Please don't leave bottles by the glass recycling bin, it's been emptied now",
    "Catering students: keep your knives in the roll when not in use, no exceptions",
    "the polish deli on Park Street smells amazing when you walk past, get the pierogi",
    "Somali restaurant by the bus station 🔥 the whole street smells of their rice",
    "the chem lab absolutely reeks of sulphur today, open a window pls",
    "Thank you to the Muslim students who invited us to iftar, the food smelt incredible 🌙",
    "🙈🙈 forgot my lanyard AGAIN, third time this week",
    "Animal Care trip to Woburn today 🐒🐒🍌 a baboon nicked the new lad's sandwich 😂",
    "🙉🙊 not saying a word about Friday's surprise, don't ask",
    "Gorillaz tickets secured 🦍🦍 who's coming to the O2?",
    "the gorilla enclosure at the zoo is the best bit, Level 3 animal management trip 🦍🍌",
    (
        "LGBTQ+ society meets Thursdays in B14, everyone welcome, whatever pronouns you use "
        "(she, he, they) 🏳️\u200d⚧️"
    ),
    "Reminder: you can add your pronouns, e.g. they/them, on the student portal under My Profile",
    "Being non-binary isn't a phase for me, it's who I am, and I'm so grateful for this college",
    (
        "Asking for help when you're struggling is not attention seeking. Wellbeing team is in "
        "A02 all week."
    ),
    "my emo fringe in year 9 was just a phase thank god 😂",
    "any girl who wears that dress to prom is going to look stunning, where's it from??",
    "I'm asking for it to be extended till Monday, does anyone know who to email?",
    "any student who wears their lanyard gets through the gate quicker, just saying",
    "Brickwork L1: bring knee pads Monday, you'll be on your knees laying the patio all day",
    "you'd look better with a fringe tbh, go for it babe 💇\u200d♀️",
    "Yoga club: start on your knees for cat-cow, then into downward dog",
    "got the venue address for the leavers do, dm me if you want it",
    "got the address for the work placement induction, dm me if you need it too",
    "hand your coursework in by Friday or you'll get a late mark on ProMonitor",
    "Last warning!! Meal deal in the refectory ends today 🥪",
    "stop texting the old group chat, we moved to the new one lol",
    "wear a coat or you'll get it from your mum 😂 it's freezing",
    "my dadi's chicken karahi is unbeatable, Eid can't come soon enough",
    "Saturday school Punjabi lesson: kutta means dog, billi means cat. Easy ones first!",
    "new kurta for Eid from Green Street, my nani picked the colour 😍",
    "watching Kaminey with my brother tonight, Shahid Kapoor is so good in it",
    "tuna melt in the canteen today is class, £2.80 with a drink",
    "cheese melt panini back on the menu in the refectory 🧀",
    "it's 31 degrees in the library, I'm actually going to melt",
    "snow's starting to melt, Arriva say buses are back on from 10",
    (
        "She's done brilliantly this year, especially coming from a retail background rather "
        "than care 🙂"
    ),
    "Our ESOL learners smashed their Entry 3 exams, so proud of them all 🙂",
    "Motor Vehicle L2: replace the grease nipple on the track rod end and pump fresh grease in",
    "anyone got a spare grease nipple for the lathe in the engineering workshop?",
    "this lesson is actually killing me 💀",
    "I'm dead 😂😂 Mr Okoro's face when the fire alarm went",
    "Eid Mubarak to all our students, staff and families 🌙",
    "the new lad in plastering is sound, showed me how to feather the edge",
    "who's going to the open evening? I can show you round the salons",
    "the Polish lads in the football team scored 4 last night, what a game ⚽",
    "Apes of Wrath are playing the SU bar friday, go support them 🦍",
    (
        "somali, polish, romanian, pakistani, english: our intl food day was a proper mix, smelt "
        "unreal"
    ),
    "stop texting her, she's in her exam till 3 and her phone's in the locker",
]

# ... and its harmful comments.
REVIEWED_21_HARM = [
    "nobody in the whole of level 3 business actually likes you btw",
    "literally nobody in ur form really likes u, just so u know",
    "Nobody in the netball team actually likes you Chloe, stop turning up",
    "just so you know nobody in the hair and beauty class really likes you",
    "hope u get jumped on the way home from college",
    "hope yous all get glassed at the freshers party",
    "honestly hope you get shanked outside the Mall",
    "I hope you all get jumped tmrw, every one of you",
    "the somali lot on the 2nd floor honestly stink",
    "why do the romanian girls in health and social always smell",
    "muslims stink the whole bus out every morning",
    "them indian lads in IT absolutely reek",
    "the new lad 🐒🐒🐒",
    "look at the new girl in hair and beauty 🦍🍌",
    "Marcus in PE 🐵🐵 😂",
    "new lad on the football team 🦧🍌",
    "calling yourself non-binary just makes you mentally ill babe",
    "if you call yourself they/them you're just attention seeking",
    "calling yourself non binary is just a phase, you'll grow out of it Alex",
    "You're a girl. Calling yourself 'they' is a mental illness.",
    "any girl who wears a skirt that short to freshers is asking for it",
    "if she went out dressed like that she was asking for it tbh",
    "girls who wear crop tops to college are basically asking for it",
    "you'd look better on your knees love",
    "she'd look better on her knees tbh 😏",
    "bet you'd look even better on your knees in front of me",
    "got her address, dm me if you want it",
    "I know where he lives now, pm me for the address",
    "anyone want Jake's home address? message me 👀",
    "stop messaging my girlfriend or you'll get it",
    "stop texting her, last warning",
    "Last warning Tyler. Leave her alone or you'll regret it.",
    "ur such a kutta bro",
    "shut up you kamina",
    "proper harami behaviour from Imran today",
    "that chutiya can't even park his car straight",
    "actual melt.",
    "Dan is the biggest melt in the whole college",
    "shut up you absolute melt",
    "does well for someone from her... background 🙂",
    "he's very articulate for someone from his community isn't he 🙂",
    "she speaks good English for someone of her sort of background 🙂",
]


@pytest.mark.parametrize("text", REVIEWED_KINDLY + REVIEWED_20_KINDLY + REVIEWED_21_KINDLY)
def test_the_reviewed_families_pass_over_the_same_words_said_kindly(text: str) -> None:
    assert [d for d in AbuseDetector(model=False).detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize("text", REVIEWED_HARM + REVIEWED_20_HARM + REVIEWED_21_HARM)
def test_the_reviewed_families_close_variants_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# Round 23's read half (the twenty-second session), in our own sentences: an insult said
# of whoever teaches a class, of fans named bare, or then of everyone spoken to; sexual
# remarks about staff and someone's mother; a debt held over someone with their address;
# what one knows of someone listed at them; a people made foreign; calm shaming. Each
# reaches review; the same words in ordinary posts do not.
@pytest.mark.parametrize(
    "text",
    [
        "whoever teaches level 3 plumbing is a total clown, cant even fit a tap",
        "villa fans thick as mince, every last one",
        "absolute gormless lot in that class, muppets the lot of ya",
        "cant wait for the new tutor to bend over the printer again 😏",
        "bet his mum regrets not swallowing",
        "posting your address in the gc unless u pay me the £20 by monday",
        "i know your snap, i know your mum's house on elm street. keep going",
        "all the hijabs at the bus stop, thought i was in another country",
        "maybe they should quit the course before they embarrass themselves again",
    ],
)
def test_round_23s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "whoever teaches level 3 plumbing is a legend, thank you",
        "villa fans were brilliant on the coach trip",
        "you were all brilliant, the lot of ya, well done",
        "bend over the bench to reach the vice, then clamp the timber",
        "never post your address online, even in a private group",
        "i know your mum's house is on the way, so I'll drop the form off",
        "we had such a good time in Kraków, thought i was in another country (i was)",
        "practise the steps so you don't embarrass yourself again at the ceilidh",
    ],
)
def test_round_23s_read_half_words_in_ordinary_posts(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Ordinary posts in abuse's words (probes 29 and 31, the twenty-second session), in our own
# sentences: a rude-looking street or place, a surname said, a ballcock, a set text's
# line, a cancer check, Burns Night, praise, oneself called names, fondness, and campaigns
# that name the words they oppose (a list of them too).
@pytest.mark.parametrize(
    "text",
    [
        "The open day coach stops on Slag Lane, then Cock Bridge car park",
        "Our new placement is on Butt Hole Road, by the garage",
        "My surname is Bastard and yes, I have heard them all",
        "Level 1 plumbers: replacing ball cocks in the cisterns this week",
        '"Out, damned spot!" our year 12s performing Macbeth tonight',
        "Lads, check your balls once a month, it takes two minutes",
        "Burns Night: neeps and tatties, and Mr Ross stabbing the haggis",
        "that curry was filthy in the best way",
        "savage strike from our left back in the county cup",
        "your brownies were the bomb, recipe please",
        "proper numpty me, sent my notes to the wrong group chat",
        "happy 18th you absolute melt!",
        'Calling someone a "spaz" causes real harm, and so does "retard".',
        'Words like "slag" and "slut" are sexual harassment, not banter: report it.',
        "Massive congrats to Dafydd from Penisarwaun on his joinery gold",
        "those two are thick as thieves, inseparable since induction",
    ],
)
def test_probes_29_and_31_ordinary_posts_in_abuses_words(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "you live on Slag Lane, you slag",
        'calling someone a "spaz" is fine, they deserved it',
        "words like yours make you a prick",
        "the bomb is in the toilets, everyone out or else",
        "you're a savage, watch your back",
        "congrats you absolute idiot, failed again",
    ],
)
def test_probes_29_and_31_mends_leave_abuse_at_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# Round 24's read half (the twenty-third session), in our own sentences: knowing where
# someone stays said in Scots with their address threatened "on here", a vote to shut
# someone out of a night out, a remark on how someone would look undressed, "people like
# you" told they are not suited, a class nobody wants to watch eat, a people called
# thieves, a term of someone's smiling said to be its last. Each reaches review; the same
# words said kindly do not.
@pytest.mark.parametrize(
    "text",
    [
        "we ken where you bide Iain, one more post and your addy is going up on here",
        "we all agreed you're not invited to the leavers' do, nothing personal",
        "post a pic in the new kit, bet you look better without it 😏",
        "no offence but people like you aren't cut out for nursing",
        "the ESOL lot want their own room, no one wants to watch them eating",
        "don't let the gypsy lads in the workshop, they will nick the tools",
        "laugh all you want Finlay, it's the last week you'll be laughing, believe me",
    ],
)
def test_round_24s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "does anyone know where you stay overnight on the Skye field trip?",
        "we all agreed you're welcome to bring a plus one to the leavers' do",
        "the new kit looks better than the old one, bet you love it",
        "people like you make this place better, thank you",
        "no one wants to miss the curry night, book now",
        "the traveller families said they will bring food for the fun day",
        "last day you'll be walking these corridors, leavers, good luck!",
    ],
)
def test_round_24s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Ordinary posts of round 24's read half, in our own sentences: hoeing a vegetable bed
# (said to "you"), who loses a game pays, and a village with a slur's name placed by the
# town near it. The same words at a person stay at review.
@pytest.mark.parametrize(
    "text",
    [
        "Hoe your rows of carrots on Friday, before you water them",
        "losers of the quiz buy the first round, that's the deal",
        "the loser has to wash the minibus, no arguments",
        "stopped for chips in Dyke near Forres on the way back from the placement",
        "tea at Twatt, Orkney. What a view!",
    ],
)
def test_round_24s_ordinary_posts_in_abuses_words(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "you are a proper hoe, everyone knows",
        "what a loser you are, nobody rates you",
        "shut up dyke, nobody asked",
    ],
)
def test_round_24s_ordinary_mends_leave_abuse_at_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# A threat said with a joke's marks (jk, lol, 😂) is held for a person to read, below the
# block line; urging self-harm, or saying it is no joke, is never softened.
@pytest.mark.parametrize(
    "text",
    [
        "im gonna kill you for tagging me in that (jk, it's a cute pic)",
        "watch your back lol, your birthday banner is going up in the canteen",
        "touch my chips again and I will batter you 😂",
    ],
)
def test_a_threat_said_with_a_jokes_marks_is_reviewed_not_blocked(text: str) -> None:
    found = AbuseDetector().detect(text)
    threats = [d for d in found if d.label == "threat"]
    assert threats and all(0.5 <= d.score < 0.9 and "joking" in d.detail for d in threats)


@pytest.mark.parametrize(
    "text",
    [
        "honestly kill yourself lol nobody likes you",
        "im going to kill you, not joking",
        "watch your back, this is no joke lol",
    ],
)
def test_self_harm_urged_or_a_threat_said_to_be_no_joke_still_blocks(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.9


# Round 25's read half (the twenty-fourth session), in our own sentences: pictures asked
# for under a threat, a whole class said to laugh when someone leaves, someone else's
# stammer mimicked, a family's money mocked, a people to be deported "the lot", London's
# "wet up". Each reaches review; the same words said kindly, of oneself or of the weather
# do not.
@pytest.mark.parametrize(
    "text",
    [
        "send me pics or I'll show your dad the chat",
        "send us vids or else everyone sees what you said",
        "the whole class laughs when you talk, just so you know",
        "everybody laughs behind your back Jade",
        "g-g-g-good morning, says the girl with the stammer 😂",
        "her stammer is so bad, w-w-w-what a joke",
        "his dad can't even afford the trip lol peasant",
        "the lot on the back row, ship out the lot of them",
        "deport them all and the college would be quiet",
        "anyone from the other estate gets wet up tonight",
        "man will wet you up if you come round here",
    ],
)
def test_round_25s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "send me pics of the display board or we will run out of time",
        "everyone laughs when you do the raffle voice, please do it again",
        "my stammer is bad today, w-w-w-wish me luck in the interview",
        "can't afford the trip? the hardship fund can help, ask student services",
        "the Home Office plans to deport them, we discussed the case in politics",
        "we got wet up on the moors on the DofE walk, brilliant day",
    ],
)
def test_round_25s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Round 26's read half (the twenty-fifth session), in our own sentences: knowing when
# someone's class ends, an address asked to be posted, a list kept of who liked a post, a
# fight offered with mates brought, someone wished away, a people's children kept away,
# a class of learners called freeloaders. Each reaches review; the same words said kindly
# do not.
@pytest.mark.parametrize(
    "text",
    [
        "we know what time your lesson finishes, see you at the lights",
        "somebody post that little rat's address in the group, let's see him then",
        "I've made a list of everyone who shared this. You know who you are.",
        "think you're hard? square up at the retail park saturday and bring your mates",
        "the class would be so much happier if she never showed up",
        "keep your polish kids away from ours",
        "ESOL students are freeloaders, send them home",
    ],
)
def test_round_26s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "we know what time your lesson finishes so we'll save you some cake",
        "please post this venue's address in the parents' group",
        "we've kept a list of everyone who signed up, remember that the trip is Friday",
        "open day Saturday, bring your mates",
        "it would be better if you didn't come in when you're ill",
        "ESOL classes are full this term, join the waiting list",
    ],
)
def test_round_26s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Round 27's read half (the twenty-fifth session), in our own sentences: a club's fans
# said to stink, a people called thieves, "put you in hospital", "pondlife" at fans. Each
# reaches review; a big bull called a lump, fans smelling a barbecue and a hospital's car
# park do not.
@pytest.mark.parametrize(
    "text",
    [
        "posh fans stink of chips and desperation",
        "the bulgarians on our course are all thieves, watch your bags",
        "say that again and I'll put you in hospital",
        "cambridge fans are absolute pondlife",
    ],
)
def test_round_27s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the Charolais bull at the county show was a proper lump, lovely temperament",
        "the fans smell the burgers from the car park before kick-off",
        "I'll put you in the hospital car park queue if you're late, it's chaos",
    ],
)
def test_round_27s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Ordinary posts of round 25's read half, in our own sentences: anatomy revised aloud
# ("if you hear us"), a finger-prick or skin-prick test, "a face like a wet weekend". The
# same words at a person stay at review.
@pytest.mark.parametrize(
    "text",
    [
        "Biology mock on Monday: if you see us labelling the penis and uterus, that's why",
        "Finger prick glucose checks at the health fair, quick and painless",
        "allergy clinic did a skin prick test on the whole first aid group",
        "the gaffer had a face like a wet weekend after the result",
    ],
)
def test_round_25s_ordinary_posts_in_abuses_words(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    ["you're a prick and everyone knows it", "you're a wet wipe, mate, grow up"],
)
def test_round_25s_ordinary_mends_leave_abuse_at_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# Ordinary posts of probe 44 (read in the twenty-fourth session), in our own sentences: a
# slur named in a post against it (in quotes and said not to be said, or after "calling a
# girl"), the male bird and the joiner's bead, a wine's brand, the Orkney village, anatomy
# revised. The same words at a person stay at review.
@pytest.mark.parametrize(
    "text",
    [
        'Disability History Month: our learners explain why "spastic" should never be used',
        "Anti-bullying week: calling a lad a poof for wearing pink is not banter",
        "two cock pheasants on the football pitch again this morning",
        "cock beading on the cabinet doors, lovely work from the joinery lot",
        "the Fat Bastard Shiraz went down well at the wine tasting",
        "Greetings from Twatt on Orkney, the field trip is going well",
        "A&P: the anal canal and rectum, label the diagram for Thursday",
    ],
)
def test_probe_44s_ordinary_posts_in_abuses_words(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "ur a spastic, that should never be said lol",
        "calling her a slag is not banter, you slag",
        "you fat bastard, nobody rates you",
        "you absolute cock, stop posting",
    ],
)
def test_probe_44s_ordinary_mends_leave_abuse_at_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# Read probe 28's leftovers (the twenty-fourth session), in our own sentences: self-harm
# urged in plain words, plain threats, football's disasters chanted about and a player's
# harm wished for. Each reaches review; the same words said kindly or of other things do
# not.
@pytest.mark.parametrize(
    "text",
    [
        "maybe cut a bit deeper this time x",
        "just go walk into the canal tbh",
        "loads of bridges in leeds, pick one",
        "the railway is right behind the college, just saying",
        "stop breathing, you're wasting air",
        "do us a favour and take the whole bottle",
        "if i was you id have ended it by now",
        "no one would even notice if you vanished",
        "your mum would be relieved if you were gone",
        "imma smack u so hard you'll forget your name",
        "we're jumping callum after college, bring phones",
        "brick through your window tonight, sleep well",
        "slash the tutor's tyres and wait for him in the car park",
        "ibrox 71 🤣 best day ever",
        "1985 wasn't enough for them lot",
        "hope his acl snaps again on saturday",
        "hope the team bus crashes on the way home",
    ],
)
def test_probe_28s_self_harm_threats_and_disasters_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "cut a bit deeper into the timber for the mortise joint",
        "we walk into the sea for the charity dip on Boxing Day",
        "first aid: if they stop breathing, call 999 and start CPR",
        "take the whole box of leaflets to reception please",
        "remembering the 96: Hillsborough memorial service at 3pm",
        "we're jumping in the pool after college, who's coming?",
        "tyres next week for the motor vehicle level 2 group",
    ],
)
def test_probe_28s_words_said_of_other_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Leftovers of the read halves and probe 27 (the twenty-fourth session), in our own
# sentences: exposing threatened on a condition, someone outed, pressing for pictures,
# rumours and ratings of girls, shutting someone out by a group or a vote. Each reaches
# review; the same words said of ordinary things do not.
@pytest.mark.parametrize(
    "text",
    [
        "keep commenting and I'll post the pics from the leavers do",
        "if you report me again I'll share what you sent me",
        "that vid goes round on friday unless you pay up",
        "posting the screenshots tomorrow unless she apologises",
        "send pics or im telling everyone about the party",
        "he's trans btw, was called emily at his old school",
        "send us a pic in your pjs later 😉",
        "just one pic, nobody will see it i swear",
        "i'll send mine if you send yours",
        "if you really loved me you'd send one",
        "come sit on my lap and tell me about ur day",
        "dm me your snap or ill keep asking all day",
        "she's been passed round half the rugby team",
        "new group chat: people who can't stand jodie, dm to join",
        "started a poll on who's most annoying in the class, vote aaron",
        "leave him out of the project group, he can do it on his own",
    ],
)
def test_read_leftovers_of_exposing_pressing_and_shutting_out_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "keep practising and I'll share the results at the showcase",
        "if you report a fault I'll send the technician straight over",
        "the video goes up on friday, thanks everyone who took part",
        "send us a pic of your bake for the competition page",
        "just one more week until the holidays, nobody will see me for dust",
        "come sit with us at lunch, there's space",
        "people who can't stand the cold, the heaters are fixed",
        "poll: who's most excited for the trip to Paris?",
    ],
)
def test_read_leftovers_words_said_of_ordinary_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Veiled threats of the rounds' read halves, in our own sentences. Each reaches review; the
# same words said of ordinary things do not.
@pytest.mark.parametrize(
    "text",
    [
        "answer me. I'll wait outside the library till you do",
        "you and me, behind the gym after college, no teachers. don't bottle it",
        "I've got your address, don't think I won't turn up",
        "I know where you're working Saturday. hope you've got good insurance",
        "wouldn't want to be Jake walking home tonight, just saying",
        "2 weeks till your little secret comes out Amy",
        "report us all you like, there's 30 of us and one of you",
        "I'm going to ruin your reputation by Friday",
        "sharing this so every employer in town knows not to take him on",
        "we know which one of you reported us, enjoy",
    ],
)
def test_veiled_threats_of_the_read_halves_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I'll wait outside the library till you finish, then we'll get chips",
        "you and me should revise together after college this week",
        "hope you've got good insurance on your car before the driving course",
        "enjoy your last days of term, leavers!",
        "we know who reported the broken light, thank you, it's fixed",
    ],
)
def test_veiled_threat_words_said_of_ordinary_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Hostility to a group in plain words, the rounds' read halves, in our own sentences. Each
# reaches review; the same words said of ordinary things do not.
@pytest.mark.parametrize(
    "text",
    [
        "14 words. remember what this town used to look like",
        "the great replacement is happening at this college",
        "she's only in the poster for the diversity points",
        "the girls on the plumbing course are just there to make the numbers look good",
        "the hijabi in the video is only there for the bursary",
        "she only got captain cos she's a girl",
        "we don't want any more of your lot here, stick to your own areas",
        "this is England, not Lahore",
        "the lot in that class should be kept in a cage",
        "the SEN kids should be kept away from the normal students",
        "Black History Month again? what about white history month",
        "the new tutor looks like a terrorist",
        "call yourself what you like, still a bloke in a dress",
        "all girls are gold diggers, facts",
        "why is there a girl on the football team, she'll just slow us down",
    ],
)
def test_group_hostility_of_the_read_halves_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "we got 14 words into the speech before the fire alarm",
        "she's only there to make the tea, the others do the cooking",
        "the bursary team is only there on Tuesdays",
        "stick to your own revision plan, don't copy mine",
        "this is England, not the Algarve, bring a coat for the trip",
        "keep the rabbits in a cage overnight, the foxes are about",
        "why is there a girl's name on my locker? must be last year's",
    ],
)
def test_group_words_said_of_ordinary_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Someone's looks, mind or disability mocked in plain words (the rounds' read halves), in
# our own sentences. Each reaches review; the same words said of other things do not.
@pytest.mark.parametrize(
    "text",
    [
        "the new lad in the team photo is a whale in a tracksuit",
        "look at her waddling to the canteen again",
        "thick as two short planks that one, nowt between his ears",
        "nice prom pic, shame about the face, stick a bag over it",
        "why does he always look like he slept in a hedge",
        "explaining anything to her is like talking to a brick wall",
        "he walks like a penguin with that limp 😂",
        "the boy in the wheelchair should just stay at home",
        "must've taken ages to teach a goldfish like him",
    ],
)
def test_looks_and_disability_mocked_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the sea life trip: we saw a whale and a pod of dolphins",
        "Lipstick and wig practice in theatre make-up this week",
        "the ducklings waddling across the car park made my day",
        "put a paper bag over the seedlings to keep the frost off",
        "if you're poorly, you should just stay at home and rest",
        "deaf awareness week: learn to sign your name",
    ],
)
def test_looks_words_said_of_other_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Sneers and insinuations of the rounds' read halves, in our own sentences. Each reaches
# review; the same words said of other things do not.
@pytest.mark.parametrize(
    "text",
    [
        "Congrats Miss Shah on tutor of the year, must've been a short list",
        "proof that literally anyone can pass Level 2 these days",
        "did Connor finally learn to read? alert the press",
        "well done Amy, only took her four goes",
        "funny how things go missing every time she tells, funny that",
        "some people need a wash and we all know which ones",
        "you shouldn't be on reception when you look like that",
        "everyone knows what she did to get that distinction",
        "must be nice having ADHD, extra time for everything",
        "the Albanian lot are on the course so they can learn to nick cars",
        "the ramadan lot stinking the room out again",
        "two lads holding hands in the canteen, grim, do it at home",
    ],
)
def test_sneers_of_the_read_halves_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the shortlist for tutor of the year is out, well done all",
        "anyone can get an apprenticeship with the right support, ask careers",
        "alert the press: our robotics team won the regional final!",
        "it only took them three goes to get the engine started, great teamwork",
        "must be nice having a lie-in on a Saturday",
        "the kitchen smells of curry, the hospitality lot are cooking for Diwali",
        "Pride walk: two girls holding hands at the front carrying the banner",
    ],
)
def test_sneer_words_said_of_other_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Leering at a student or a member of staff (read probe 27), in our own sentences. Each
# reaches review; the same words said of other things do not.
@pytest.mark.parametrize(
    "text",
    [
        "miss patel in them jeans today 👀👀",
        "can't focus in maths when she's bending over like that ngl",
        "those leggings are doing god's work from behind",
        "could think of a better use for her lips",
        "imagine having a go on that 🥵",
        "she's well filled out since year 11",
        "bet he's wild behind closed doors",
        "sir in his gym kit 🥵 i need extra tuition",
        "wouldn't mind finding out where those legs go",
    ],
)
def test_leering_of_probe_27_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "wear your gym kit on Thursday, we're outside 🏃",
        "bending the copper pipe takes practice, watch the demo",
        "a better use for the old lockers: a book swap!",
        "extra tuition for maths resits runs on Wednesdays",
        "the hoodies have filled out the order nicely, thanks all",
    ],
)
def test_leering_words_said_of_other_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Read probes 24 and 28's leftovers (the twenty-fourth session), in our own sentences:
# threats in plain words, being shut out or a family mocked, praise turned to a put-down.
# Each reaches review; the same words said of other things do not.
@pytest.mark.parametrize(
    "text",
    [
        "gonna shank that snitch after college",
        "i'll smash his car windows in tonight",
        "you'll regret grassing on us, mark my words",
        "next time it won't just be words",
        "i'd watch your back if i was you",
        "keep it up and see what happens to you",
        "keep talking, you'll find out",
        "you've been warned. last time",
        "nice car. be a shame if something happened",
        "tell your little sister to be careful on the bus home x",
        "wait till they hear what you said. enjoy your last week",
        "we made a new gc without you, don't bother",
        "we're all going to the cinema. not you jess. just so you know",
        "we had a vote and you're not invited",
        "lessons are way better when Ryan is off sick",
        "everyone does impressions of you behind your back",
        "nobody sat with you again, take the hint",
        "his family are on benefits and it shows lol",
        "why do you wear the same hoodie every day",
        "did u write that with your eyes shut? 😂",
        "so brave of you to wear that to college",
        "is it hard being that thick",
        "great essay, for a year 7",
        "did your nan cut it with a bread knife",
        "imagine being 20 and still doing GCSE maths",
        "my dog howls more in tune than you",
        "love that she thinks she can sing 🙃",
    ],
)
def test_probe_24_and_28s_leftovers_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "we're going to stab the potatoes with a fork before baking",
        "you've been warned: Friday's quiz is fancy dress 🤠",
        "take the hint from the examiner's report and plan your answer",
        "the food bank collection raised 300 tins, thank you all",
        "we're going bowling saturday, everyone welcome, just so you know",
        "keep it up and see what happens to your grades, great work",
        "screenshot your timetable so you have it offline",
        "free school meals: ask student services how to apply",
    ],
)
def test_probe_24_and_28s_leftover_words_said_of_other_things(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Round 28's read half (the twenty-sixth session), in our own sentences: a slur in the
# plural, a rival "spotted" as a call to come, "we'll see how brave you are when ...",
# "you'd be prettier if you ...", one in a photo said to have eaten the rest, someone left
# alone and that called for the best. Each reaches review; the same words said of an exam,
# a cake, a bag in a corridor do not.
@pytest.mark.parametrize(
    "text",
    [
        "the yids across the road can do one",
        "opps seen by the Enfield gates, everyone get down here now",
        "let's see how gobby you are when your mates aren't there",
        "you'd be so much prettier if you stopped talking",
        "nice team pic, shame about the big one, looks like he's eaten the others",
        "no one talks to Keisha in tutor group. better for everyone if it stays that way",
        "better for everyone if you just left.",
    ],
)
def test_round_28s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "we'll see how hard the maths paper is when we get there",
        "whoever ate the rest of the birthday cake, thank you, it was going stale",
        "it'd be better for everyone if you left your bags in the lockers",
        "you'd be better off booking the minibus early",
    ],
)
def test_round_28s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Harmful probe 63 (the twenty-sixth session), in our own sentences and in families: calm
# bullying (left out "since she wouldn't like it", clothes from a cheap shop, a voice that
# empties a room, a care worker at parents' evening, easy-read sheets, an accent that
# "needs subtitles", a family that doesn't want them, work alone "it'll suit you", a
# tutor's divorce, a favourite "fancied", "nobody asked ... yet here we are", a lift that
# refuses, praise that expected little, a stammer "a joke", a shape like a thing, a chat
# "not for you", a flight home thrown at United's fans, "a pure roaster", a brewery); quiet
# threats; self-harm urged; hatred of a group in coded words; sexual remarks in calm words.
@pytest.mark.parametrize(
    "text",
    [
        "don't bother inviting Maisie to the party, she won't fit in anyway",
        "who let Dylan choose his own outfit for the photo lol",
        "is that a charity shop reject jacket Liam 😂",
        "his laugh makes everyone want to leave the canteen",
        "so brave of her posting that beach pic, couldn't be me with those legs",
        "imagine needing a support worker to walk you to class 💀",
        "Marcus's the reason they print the large print sheets 😂",
        "can anyone understand a word Fraser says, bring subtitles",
        "you're in Leeds now pal, speak properly",
        "no wonder she's like that when her own mum doesn't want her",
        "you can sit by yourself in the exam, it'll suit you",
        "those shoes are from Primark aren't they 😭",
        "Mr Bell in the same jumper again, midlife crisis hitting hard",
        "must be nice to have a lecturer who fancies you Chloe",
        "nobody asked Jade to dance at the talent show yet here we are",
        "if he gains any more weight the chairs in the library will give up",
        "well done on the pass, we weren't expecting much tbh",
        "he stutters through every answer in class, it's painful to watch",
        "she's the same shape as a wheelie bin",
        "the gym group is for sporty people, Ben that means not you",
        "enjoy the flight home united ✈️",
        "that new tutor is a total roaster",
        "the head of IT couldn't organise a piss-up in a brewery",
        "hope your friends are there tonight, you'll need them",
        "i know which train you catch home. just saying",
        "keep laughing at me and you'll see what happens",
        "keep snitching and you won't make it to Christmas",
        "tell the new lad to watch his back in the car park",
        "your bike's getting wrecked, along with your head",
        "wait until you see what gets shared about you later",
        "if i were you i wouldn't come in tomorrow. just saying",
        "love that you share your live location, makes it easier for us",
        "we'll sort him out proper after the match",
        "outside the chippy at 4:15, don't bottle it",
        "the video from the party goes to everyone unless you pay up",
        "if i looked like you i'd have given up by now",
        "go on then, the railway bridge is right there",
        "quit whinging about being depressed and just do it",
        "this time do it properly so we get some peace",
        "not being racist but why do they get their own prayer room",
        "the high street's looking more like Luton every day",
        "hide your phones lads, the Albanians are on our course now",
        "Gypsies on the bricklaying course, wonder whose vans they'll nick next",
        "Jewish society bake sale, typical, bet the prices are steep",
        "look into who controls the media and get back to me",
        "bring your tricolours, plenty to burn on the night",
        "gay people already get a whole month, why a club as well",
        'which changing room is "xe" using today then',
        "any man in a wig is still a man",
        "not calling anyone by made-up pronouns",
        "there are only two genders and that's final",
        "Mrs Patel must be on her period with this marking",
        "go back to childcare where you belong love",
        "the autistic class are like a circus in there",
        "wish i could sit down all day like the wheelchair lot",
        '"kids" with beards in our ESOL class again',
        "he doesn't need to pass his exams, his uncle's got a corner shop",
        "did the Chinese girl bring cat for her dinner again",
        "those it's okay to be white stickers are spot on",
        "the 14 words are the truth",
        "the whole town's a bunch of inbred wasters",
        "nobody from Rotherham should be allowed on our campus",
        "any Cardiff fan in here will be treated like rats",
        "our new English teacher 😍 would deffo stay behind after class",
        "whoever the redhead is on the front page, message me",
        "send me one, nobody else will see it",
        "Miss Green's jeans today 🥵",
        "ranking the girls on our course by how hot they are",
        "stop being so frigid and reply",
        "loved the pic, i only asked for one more",
        "the boys' chat has a rankings list and she's bottom",
        "you're a t@ig and everyone knows it",
    ],
)
def test_probe_63s_families_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "don't bother adding milk, it's already in the tea",
        "charity shop haul today, the vintage coat was a bargain",
        "so brave of her posting about her recovery, thank you for sharing ❤️",
        "imagine being a social worker: apply for our access course",
        "accessibility is why we print large print versions of every handout",
        "understanding a word in Welsh is a great start, no subtitles needed",
        "you can work on your own if you prefer, it's up to you",
        "my trainers are from Aldi and they're great",
        "must be nice to have a tutor who replies to emails on Sundays",
        "congrats on the distinction, nobody deserved it more",
        "our speech therapy students practise with people who stammer",
        "the chat is for parents, students please use the other group",
        "keep revising and you'll see the difference",
        "watch his back hand, he's the best tennis player in the club",
        "if i were you i wouldn't come in tomorrow, the heating is off, work from home",
        "if i were you i'd book early, the trip sells out",
        "IT will sort you out properly, drop in to room 4",
        "don't bottle it up, talk to someone at student services",
        "go on then, the bridge club meets on Tuesdays",
        "next time do it properly: read the brief first",
        "not being funny but the canteen chips are the best in town",
        "lock your bikes up, there have been thefts near the station",
        "Jewish Society bake sale raised £200 for charity, thank you",
        "who owns the media is a great question for A level Media Studies",
        "Bonfire night safety: never burn rubbish on the fire",
        "Pride month starts in June, the LGBT society has a stall",
        "which toilet is nearest the sports hall?",
        "period products are free in every toilet on campus",
        "go back to the main menu where it says Settings",
        "the SEN team are running a sensory room open day",
        "my uncle owns two corner shops and sponsors our football kit",
        "the Chinese society cooking night: dumplings, no cats were harmed 😂",
        "the 14 word limit for the title is strict",
        "you'll be treated like one of the family at our work placements",
        "whoever the photographer was at the awards, message me, the pics are great",
        "send me one of your CV drafts, nobody else will see it",
        "stay behind after class if you need help with the assignment",
        "i only asked for one more week on the deadline",
        "league table for the charity run is up",
    ],
)
def test_probe_63s_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Ordinary posts of probe 62 (the twenty-sixth session), in our own sentences: a surname
# after a title in lower case, a northern "cock" and a Welsh "cwtch" between mates, praise
# put off with "shut up", "filthy" of a weld said to a mate, slag and laying in welding, a
# film's line quoted, "which sucks" of a timetable, an oath at the weather, a grandparent
# remembered as a cheeky old so-and-so. None reaches review; the same words at a person
# still do.
@pytest.mark.parametrize(
    "text",
    [
        "thanks to mr cox in the library for finding my lost book",
        "ey up cock, you coming to the match?",
        "give us a cwtch, you did amazing today",
        "shut up, you nailed that presentation and you know it",
        "your weld is filthy mate, best bead I've seen all week",
        "laying the first course of bricks on the site today",
        "Frankly my dear, I don't give a damn - best line in film history",
        "the bus got cancelled, which sucks for everyone on the late shift",
        "bloody hell, the wind this morning nearly took my umbrella",
        "RIP Grandad, a legend and a cheeky old sod, we'll miss you",
    ],
)
def test_probe_62s_words_in_a_harmless_sense(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "shut up you cock",
        "you're filthy mate, get away from me",
        "your mum sucks",
        "bloody hell you are thick",
    ],
)
def test_probe_62s_words_at_a_person_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# Round 29's read half (the twenty-sixth session), in our own sentences: "we know your
# house", "you'll be put out", "would be a shame if someone got a pic", "leaving in an
# ambulance", a people told to go home or called thieves, a bed-wetting told to all, a
# chat with everyone "except" one, "don't add him, he ruins it". Each reaches review; the
# same words said of a cow, a man who fixed a leak, a house, a hospital shift do not.
@pytest.mark.parametrize(
    "text",
    [
        "we know your address Ciaran, the blue door on the Falls. see you later",
        "be gone by the weekend or you'll be put out, your family too",
        "get out of the estate or else",
        "looking good in the changing rooms today, would be a real shame if somebody took a pic",
        "anyone wearing that shirt on the Newry campus is going home in an ambulance",
        "latvian people should go back where they came from",
        "gypsies nicking bikes from the racks again",
        "pass it on, Corey still wets his bed at 17",
        "new chat for the trip, everyone's in it apart from Megan",
        "please don't invite him, he ruins every night out",
    ],
)
def test_round_29s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the cow in the end pen is due to calve next week, the herd manager says",
        "yer man at the garage had my car fixed in an hour, dead on",
        "we know your house is busy at Christmas, so drop the forms in January",
        "she was discharged from hospital and went home in an ambulance, all fine now",
        "don't add him to the register yet, he is still on the waiting list",
    ],
)
def test_round_29s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Round 30's read half (the twenty-seventh session), in our own sentences: a title in
# lower case before an insult, a rival's fans called an insult and a plural, a people told
# to go back, a car damaged "hope you like walking", a fight offered "see how hard you
# are", everyone muting a call when someone talks, a voice called unbearable, "typical
# woman ... should be making tea", a woman said to be "asking for it" by her clothes.
# Each reaches review; the same words said of a pig, a cook-off, a dog, a muck spreader,
# a bakery or a kind tutor do not.
@pytest.mark.parametrize(
    "text",
    [
        "mrs fowler is a nonce, keep the kids away",
        "Rovers fans are inbred turnips, see you saturday",
        "the afghan lot need to go back, nobody wants them here",
        "lovely car, be a shame about the tyres. hope you like walking",
        "come round the back of the gym and we'll see how hard u really are",
        "everybody mutes the call when she talks lol",
        "ur laugh is so irritating, nobody can stand it",
        "typical girl, crashed the forklift, should be in reception doing the filing",
        "shes asking for it wearing that skirt to the party",
    ],
)
def test_round_30s_read_half_abuse_reaches_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "our sow had eleven piglets and the runt is now a proper porker",
        "the bakery team slaughtered the final round of the bake-off, what a lemon tart",
        "the spaniel chewed my trainers again, spaniels are savages 🐶",
        "behind a muck spreader on the A38 for twenty minutes this morning",
        "mr hooper is a star, he stayed late to help with my portfolio",
        "everyone cheers when she sings, what a voice",
        "typical, the bus is late again, I should be in by now",
    ],
)
def test_round_30s_read_half_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Ordinary posts of probe 72 (the twenty-seventh session), in our own sentences: places
# whose names look rude (Twatt, Crotch Crescent, Cockett, the Isle of Muck), a fork bomb
# and a killed process, oilseed rape, a timetable's cock-up, praise "in a good way", a
# childcare lesson on the right words for bodies, a friend teased with love on a birthday.
# None reaches review; the same words at a person still do.
@pytest.mark.parametrize(
    "text",
    [
        "the ferry from Twatt was cancelled so the Orkney lot are on Teams",
        "flat viewing on Crotch Crescent went well, moving in September",
        "the 4 bus from Cockett is always late, can we get it moved",
        "field trip to the Isle of Muck, bring waterproofs",
        "never run a fork bomb on the lab PCs, it will kill every process",
        "the oilseed rape is flowering on the college farm, lovely yellow fields",
        "bit of a cock-up with the rooms today, Level 2 is in B4",
        "that bassline is filthy in the best way, Music Tech keep going",
        "Early years: teaching toddlers the correct names for their bodies, vulva and penis, "
        "with the NSPCC pants resources",
        "love ye to bits ya big dafty, happy 18th",
    ],
)
def test_probe_72s_words_in_a_harmless_sense(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "shut up you twat",
        "i'll kill you after college",
        "she deserved to be raped",
        "you're a filthy cock",
    ],
)
def test_probe_72s_words_at_a_person_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# Harmful probe 70 (the twenty-seventh session), in our own sentences, by family: calm
# shutting out and mocking, threats hinted at, hatred of a group hinted at, sexual
# pressure and exposure. Each reaches review; the same words said kindly do not.
@pytest.mark.parametrize(
    "text",
    [
        "made a group for the trip, Kayleigh you're not in it obviously",
        "new gc, no Declan 👋",
        "don't bother coming back after half term tbh",
        "well done Connor, amazing considering he can't even read the board",
        "Ellie wears the same trainers every day, guess a washing machine is a luxury round hers",
        "starve a bit more and you might fit the dress",
        "I know you get the 27 after college. just saying",
        "you've got a little sister at the high school haven't you",
        "anyone from Hilltop walking home tonight is getting battered",
        "kept the screenshots, one more word and the whole year sees them",
        "keep going and I'll find you myself",
        "they'll be wanting a mosque next to the canteen",
        "refugees getting free laptops while we pay for ours",
        'half my class have "anxiety" now, funny that',
        "if you hate our country so much go home",
        "send the pics you promised or I'll tell everyone you did",
        "who has the video from the changing rooms",
    ],
)
def test_probe_70s_families_reach_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "don't worry if you're not in the first group, the second trip is in May",
        "new chat for the trip, no spam please",
        "well done everyone, considering the snow we did well to finish",
        "I know you get the 27 bus, it stops right outside reception",
        "the project is getting done this week, promise",
        "refugee week: our students share stories of welcome",
        "send the photos from the awards night to the marketing team or pop them on Teams",
        "she only got the placement because she applied early",
    ],
)
def test_probe_70s_words_said_kindly(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


# Banter between mates (read ordinary sets, by family): a mild name with a laugh and a plan
# or a kindness after it is teasing; a name with a laugh and no plan, or with bullying
# beside it, still reaches review.
@pytest.mark.parametrize(
    "text",
    [
        "you absolute wally, you left your lanyard in my car 😂 see you Monday",
        "Callum you numpty, wrong bus again lol, I'll pick you up from the station",
    ],
)
def test_banter_between_mates_stays_below_review(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "you absolute wally 😂",
        "you're a muppet 😂 everyone hates you, see you never",
    ],
)
def test_a_mild_name_without_a_mates_plan_still_counts(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "ill kill you after college",
        "imma kill u if you show anyone",
        "gunna smash ur face in tomorrow",
        "ima stab u",
        "i'm gonna knock u out",
    ],
)
def test_a_threat_in_text_speak_blocks_as_it_does_spelled_out(text: str) -> None:
    threats = [d for d in AbuseDetector().detect(text) if d.label == "threat"]
    assert threats and max(d.score for d in threats) >= BLOCK_LINE


@pytest.mark.parametrize(
    "text",
    [
        "we will still kill you with kindness on results day",  # 'ill kill you' inside a word
        "I was ill, kill your screen time and rest",
        "the villain says he will kill you in act 3",
    ],
)
def test_a_threat_spelling_needs_its_words_whole(text: str) -> None:
    assert not [d for d in AbuseDetector().detect(text) if d.label == "threat"]


# Ordinary probe 85 (the twenty-ninth session), in our own sentences: the kitchen's, a
# race's and a fall's words, trouble at home said as hyperbole, Welsh "butt" after "now";
# and the same words said to someone.
@pytest.mark.parametrize(
    "text",
    [
        "Hospitality tip: never prick the sausages before they go under the grill",
        "Congrats to Ms Reid, fastest pancake tosser in the staffroom race",
        "went arse over tit on the wet steps by the library",
        "my mam is going to kill me, I lost my lanyard again",
        "Tack welds are tidy now butt",
    ],
)
def test_probe_85s_everyday_words_ask_no_review(text: str) -> None:
    assert AbuseDetector().rate(text) < REVIEW_LINE


@pytest.mark.parametrize(
    "text",
    ["you absolute prick", "you're a tosser mate", "I'm gonna kill you"],
)
def test_probe_85s_words_said_to_someone_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


# Ordinary probe 95 (the thirtieth session), in our own sentences: the cold and the wind,
# praise, the kitchen's and the joiner's words, and awareness posts that name the words
# they oppose; and the same words said to someone.
@pytest.mark.parametrize(
    "text",
    [
        "cold enough to freeze the balls off a brass monkey on the top field",
        "what a hell of a lecturer, thank you for everything Mr Ahmed",
        "proper blowing a hooley by the harbour, hold onto your hats",
        "we were freezing our arses off at the fireworks",
        "pigs in blankets and toad in the hole on the Christmas menu",
        'Disability Awareness Week: words like "retard" cause real hurt, please drop them',
        'words like "pikey" are racist slurs against Traveller families',
    ],
)
def test_probe_95s_everyday_words_ask_no_review(text: str) -> None:
    assert AbuseDetector().rate(text) < REVIEW_LINE


@pytest.mark.parametrize(
    "text",
    ["you absolute pig", "go to hell", "you pikey, words like that cause real hurt lol"],
)
def test_probe_95s_words_said_to_someone_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


# Counter-speech probe 101 (the thirtieth session), in our own sentences: a slur quoted
# after a verb of saying in a post against abuse, with the opposing words in the next
# sentence, after an apology, in a lesson, as a list of quoted words; and the same words
# said to someone, which still block.
@pytest.mark.parametrize(
    "text",
    [
        'Someone kept yelling "wog" at the screen in the SU bar. He was asked to leave.',
        'Sorry for the "spaz" comment in the group chat. It was out of order.',
        'I used "retard" in a post years ago. I\'m sorry, I know better now.',
        'Calling someone "it" or a "tranny" is transphobic abuse, full stop.',
        '"kys" is not a harmless joke. If you see it, tell safeguarding.',
        '"Pikey". "Gyppo". These are slurs against Traveller families.',
        'got called a "gyppo" at the bus stop, told my tutor and it got sorted',
    ],
)
def test_probe_101s_quoted_slurs_in_counter_speech_are_not_blocked(text: str) -> None:
    assert AbuseDetector().rate(text) < BLOCK_LINE


@pytest.mark.parametrize(
    "text",
    [
        'you are a "retard" and everyone knows it',
        "shut up you spaz, sorry not sorry",
        'ur such a "gyppo" lol',
        "kys",
    ],
)
def test_probe_101s_slurs_said_to_someone_still_block(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


# A review of the thirtieth session's changes found these let through by a first version
# of its rules: a town's name used as a clipped slur, an idiom wrapped round a threat, a
# slur said of someone before "isn't banter".
@pytest.mark.parametrize(
    "text",
    [
        "Oi nigg",
        "You're an assloss mate",
        "It's a hell of a shame you haven't topped yourself yet",
        "One hell of a beating is coming your way",
        "Work your arses off or I'll kick them off",
        "You're a faggot isn't banter, it's a fact",
        "She's a slag isn't a joke",
    ],
)
def test_review_30s_abuse_still_counts(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


@pytest.mark.parametrize("text", ["the bus to Nigg Bay is late", "past the Assloss turn-off"])
def test_review_30s_places_stay_places(text: str) -> None:
    assert AbuseDetector().rate(text) < REVIEW_LINE


# Counter-speech probe 101 again: a finding that runs into the quotation it names, a
# reported quotation that speaks to someone, the second of a list of quotations, a word
# quoted before "shouted at", a lesson on an offensive word.
@pytest.mark.parametrize(
    "text",
    [
        'Holocaust Memorial Day: propaganda that called Jews "vermin" was studied in History',
        'Tutor: when I hear "you\'re such a spaz" in class, it stops. I reported it.',
        'He sent messages saying "nice car" and "watch your back" so I told safeguarding.',
        'Racist chants: "wog" shouted at players was normal in 1975, and it was racist then too.',
        'Linguistics: why is "c*nt" still the most offensive word in British English?',
    ],
)
def test_probe_101s_reported_quotations_are_not_blocked(text: str) -> None:
    assert AbuseDetector().rate(text) < BLOCK_LINE


@pytest.mark.parametrize(
    "text",
    [
        'he said "nice one" and "you spaz" lol',
        'you\'re such a "spaz"',
        "You're a faggot isn't banter, it's a fact",
    ],
)
def test_probe_101s_quotations_said_to_someone_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


# Counter-speech probe 103 (the thirtieth session), in our own sentences: a word of abuse
# in quotation marks, said of nobody just before them, is held for a person to read
# (review), not blocked: it is as often named to oppose it as used. Said of someone, or
# urging self-harm, it still blocks.
@pytest.mark.parametrize(
    "text",
    [
        'Black History Month: how the word "coon" was printed on Victorian posters',
        'It\'s the newsagent, not the "Paki shop". Please.',
        'someone wrote "dyke" on my locker, caretaker cleaned it off',
        'Pride banner: "fag, dyke, tranny: heard it all, still here"',
    ],
)
def test_probe_103s_quoted_words_of_abuse_ask_review_not_block(text: str) -> None:
    assert AbuseDetector().rate(text) < BLOCK_LINE


@pytest.mark.parametrize(
    "text",
    ['ur such a "gyppo" lol', 'you are a "retard" and everyone knows it', '"kys"'],
)
def test_probe_103s_quoted_words_said_of_someone_still_block(text: str) -> None:
    assert AbuseDetector().rate(text) >= BLOCK_LINE


def test_a_quoted_word_held_says_why() -> None:
    [finding] = [
        d for d in AbuseDetector().detect('the word "coon" on old posters') if d.label == "slur"
    ]
    assert finding.score < BLOCK_LINE and "quoted" in finding.detail


# Ordinary probe 108 (the thirty-first session), in our own sentences: a Yorkshire bake
# and a performance "murdered" in praise; and the same words said of someone.
@pytest.mark.parametrize(
    "text",
    [
        "can you send me the recipe for the fat rascals from the bake sale",
        "those fat rascals you made were gorgeous",
        "Tom murdered that cover at the showcase, goosebumps everywhere",
        "you murdered that performance, absolute goosebumps mate",
    ],
)
def test_probe_108s_everyday_words_ask_no_review(text: str) -> None:
    assert AbuseDetector().rate(text) < REVIEW_LINE


@pytest.mark.parametrize(
    "text",
    ["you fat rat, nobody likes you", "I'll murder you after college"],
)
def test_probe_108s_words_said_to_someone_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


# A review of the thirty-first session's changes: the bake and the performance do not
# clear a threat or an insult said of someone.
@pytest.mark.parametrize(
    "text",
    [
        "I will murder the dance teacher if she shouts at me again",
        "i'll murder this song guy if he plays it again",
        "look at that fat rascal waddling to the canteen lol",
        "fat rascals like you should stay home",
    ],
)
def test_review_31s_threats_and_insults_still_count(text: str) -> None:
    assert AbuseDetector().rate(text) >= REVIEW_LINE


# Round 31's read half (the thirty-second session), in our own sentences: faggots listed
# with their mash and gravy, an engine's timing with too much retard, the ceilidh's dance;
# and the same words said of someone.
@pytest.mark.parametrize(
    "text",
    [
        "Faggots, peas and gravy today, my favourite",
        "if it pinks on hills the spark timing has too much advance, if it's gutless too "
        "much retard",
        "Gay Gordons at the ceilidh, nobody knew the steps",
    ],
)
def test_round_31s_everyday_words_ask_no_review(text: str) -> None:
    assert AbuseDetector().rate(text) < REVIEW_LINE


@pytest.mark.parametrize(
    "text",
    [
        "faggots, the lot of you in that class",
        "check your timing mate, too much retard in you",
    ],
)
def test_round_31s_words_said_of_someone_still_block(text: str) -> None:
    assert AbuseDetector().rate(text) >= BLOCK_LINE


# Round 31's read half: a vote on who looks worst, said to someone, is bullying; a vote on
# a team's worst player is not.
def test_round_31s_vote_on_the_ugliest_goes_to_review() -> None:
    assert AbuseDetector().rate(
        "everyone voted who's the ugliest in the class, guess who won 👍"
    ) >= (REVIEW_LINE)
    assert AbuseDetector().rate("we're voting who's the worst keeper in the league") < (REVIEW_LINE)


# A review of the thirty-second session's changes: "timing" alone is no engine, a vote on
# a thing is no bullying, the dance is plural, and a slur before a comma is still said of
# people.
@pytest.mark.parametrize(
    "text",
    [
        "his timing was off, he went full retard",
        "you're all faggots, chips for brains",
    ],
)
def test_review_32s_slurs_still_block(text: str) -> None:
    assert AbuseDetector().rate(text) >= BLOCK_LINE


def test_review_32s_votes_and_the_dance() -> None:
    assert AbuseDetector().rate("vote who's the ugliest christmas jumper at the party") < (
        REVIEW_LINE
    )
    assert AbuseDetector().rate("gay gordon strikes again") >= REVIEW_LINE


# Ordinary posts of round 43's read half (the forty-fourth session), in our own sentences:
# "dyke" said with pride by the people it names, a mate's forgetting laughed at, a mix-up
# laughed at with praise after it, a village with a rude-looking name said to be one. The
# same words at a person stay at review.
@pytest.mark.parametrize(
    "text",
    [
        "the dyke and queer crew are meeting at the station before the Dyke March, all welcome",
        "you muppet you left your pencil case in the canteen again 😂",
        "you numpty, it's the other door 🤣 shut up you legend",
        "Dicker is a village near Hailsham, the pottery trip stops there",
    ],
)
def test_round_43s_ordinary_posts_in_abuses_words(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Pride was just miles of dykes and fairies lol",
        "you dyke, stay away from the Dyke March",
        "you muppet you left your brain at home 😂 nobody likes you",
        "Dicker is a village idiot and everyone knows it",
    ],
)
def test_round_43s_ordinary_mends_leave_abuse_at_review(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5


# The dead remembered fondly (ordinary probe 277, the forty-fourth session), in our own
# sentences: a mild word of theirs or about them beside grief is no abuse; with a laugh or
# gloating, or a worse word, it stays at review.
@pytest.mark.parametrize(
    "text",
    [
        "Silly sod, he'd have laughed at us all crying. Rest easy Mr Price, the garage won't be "
        "the same",
        "Thinking of the family of Dan from plumbing. He called everyone a muppet with the "
        "biggest grin. Gone far too soon x",
        "Cysga'n dawel Taid, you silly old sod, the farm won't be the same",
    ],
)
def test_grief_with_a_mild_word_is_not_abuse(text: str) -> None:
    assert AbuseDetector().rate(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "RIP you fat slag",
        "RIP Kyle you absolute muppet 😂 nobody will miss you",
    ],
)
def test_grief_words_do_not_soften_gloating_or_worse(text: str) -> None:
    assert AbuseDetector().rate(text) >= 0.5
