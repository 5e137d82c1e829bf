"""Issue 18's personal-data findings, each both ways: what must be found and what must not.

Cases are written from the finding list (dates of birth need a person, public venues are
not homes, house names and lower-case addresses, lower-case NI numbers, student numbers
in the pack's format, the institution's own contact details, names outside the
directory), not from the detector's code.
"""

from __future__ import annotations

import gc
import io
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from tests.screening.test_screening_content_rules import CONSENTS, PEOPLE

from policyguard.cli import main as cli_main
from policyguard.errors import PackError
from policyguard.lookups import InMemoryLookups
from policyguard.packs.schema import Pack
from policyguard.policy.binding import load_bundled, load_pack_file, parse_pack
from policyguard.policy.decisions import Decision, Outcome
from policyguard.policy.evaluate import evaluate
from policyguard.screening import Screener, ScreenSettings
from policyguard.screening.names import PersonLikeNames
from policyguard.screening.personal import PersonalDataDetector

HERE = Path(__file__).parent
AT = "2026-02-10T10:00:00+00:00"


def cpu_seconds(run: Callable[[], object]) -> float:
    """CPU time of ``run``, with the garbage collector held off: a pass over the whole test
    session's heap, set off by the thousands of findings a long post makes, is not the
    detector's cost (what these tests look for is time growing with the square)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        run()
        return time.process_time() - start
    finally:
        gc.enable()


@pytest.fixture(scope="module")
def detector() -> PersonalDataDetector:
    return PersonalDataDetector(allowed=["01249 464644", "SN15 3QD"], student_ids=["W99999999"])


def found(detector: PersonalDataDetector, text: str) -> list[tuple[str, str, bool]]:
    """(label, match, confirmed) of each detection."""
    return [(d.label, d.match, "unconfirmed" not in d.detail) for d in detector.detect(text)]


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack_file(HERE / "screening-pack.yaml")


def decide(pack: Pack, text: str, *, directory: bool = True, **fields: str) -> Decision:
    lookups = InMemoryLookups(PEOPLE, CONSENTS) if directory else None
    event = {"kind": "post", "at": AT, "text": text, "account_type": "personal", **fields}
    return evaluate(pack, event, lookups)


def personal_outcome(decision: Decision) -> Outcome | None:
    hits = [f for f in decision.findings if f.rule == "content.personal_data"]
    return hits[0].outcome if hits else None


# --- dates of birth need a person ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chloe's date of birth is 12/03/2007", "12/03/2007"),
        ("She was born on 3rd March 2008 in Swindon", "3rd March 2008"),
        ("My birthday is on 3 March, don't forget", "3 March"),
        ("Happy birthday Chloe! Born 12/03/2007 and now 18", "12/03/2007"),
        ("Mr Patel was born on 3 May 1970", "3 May 1970"),
        # round 26's read half showed a date spaced out; our own sentence
        ("can u update my record, d.o.b 4 9 2006 not 2007", "4 9 2006"),
    ],
)
def test_a_persons_birth_date_is_found(
    detector: PersonalDataDetector, text: str, date: str
) -> None:
    assert ("date_of_birth", date, True) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Happy 130th birthday to our college, founded on 4 October 1894",
        "The birthday bake-off is on 3 March in the refectory",
        "Our library's birthday party is on 12 May",
        "The college was born on 4 October 1894 as a school of science",
        "Exam on 12/06/2026, results on 20 August",
        "Happy birthday to the college, founded 1 9 1921 on this very site",
    ],
)
def test_an_institutions_or_an_events_date_is_not_a_birth_date(
    detector: PersonalDataDetector, text: str
) -> None:
    assert not [f for f in found(detector, text) if f[0] == "date_of_birth"]


# --- addresses: homes, public venues, house names, lower case --------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Carol lives at 2 High Street, Chippenham SN15 3ER", "2 High Street, Chippenham SN15 3ER"),
        ("She lives at The Old Forge, High Street, Lacock", "The Old Forge, High Street, Lacock"),
        ("my address is Rose Cottage, Mill Lane, Bath", "Rose Cottage, Mill Lane, Bath"),
        ("he lives at 112 kingsley rd, swindon", "112 kingsley rd, swindon"),
        ("come round to mine, 7 orchard close, devizes", "7 orchard close, devizes"),
    ],
)
def test_a_home_address_is_found_in_any_case_with_or_without_a_number(
    detector: PersonalDataDetector, text: str, address: str
) -> None:
    assert ("home_address", address, True) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Join us at the Town Hall, 2 High Street, Chippenham SN15 3ER",
        "The fair is held at 2 High Street, Chippenham SN15 3ER on Saturday",
        "Visit our shop at 14 Market Place, Devizes",
        "Find us at Cocklebury Road, Chippenham SN15 3QD",  # the campus, allowed
        "It's a 10 minute drive or 12 good reasons to walk",
        "The Old Forge is a lovely pub",  # a house name with no street
    ],
)
def test_a_public_venue_or_a_phrase_is_not_a_home_address(
    detector: PersonalDataDetector, text: str
) -> None:
    assert not [f for f in found(detector, text) if f[0] in ("home_address", "postcode")]


def test_an_address_nobody_calls_a_home_asks_review_not_block(pack: Pack) -> None:
    assert found(PersonalDataDetector(), "2 High Street, Chippenham SN15 3ER") == [
        ("home_address", "2 High Street, Chippenham SN15 3ER", False)
    ]
    assert personal_outcome(decide(pack, "2 High Street, Chippenham SN15 3ER")) == Outcome.REVIEW
    assert (
        personal_outcome(decide(pack, "Carol lives at 2 High Street, Chippenham SN15 3ER"))
        == Outcome.BLOCK
    )


# --- NI numbers in lower case ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("my ni number is ab 12 34 56 c", "ab 12 34 56 c"),
        ("ni: jk123456a", "jk123456a"),
        ("NI number AB 12 34 56 C", "AB 12 34 56 C"),
    ],
)
def test_an_ni_number_is_found_in_any_case(
    detector: PersonalDataDetector, text: str, number: str
) -> None:
    assert ("ni_number", number, True) in found(detector, text)


@pytest.mark.parametrize("text", ["we meet on 12 34 56 a", "QQ 12 34 56 C", "room ab 12 34 56"])
def test_words_and_impossible_prefixes_are_not_ni_numbers(
    detector: PersonalDataDetector, text: str
) -> None:
    assert not [f for f in found(detector, text) if f[0] == "ni_number"]


# --- student numbers: the pack's format ------------------------------------------------


def test_student_numbers_follow_the_packs_format(pack: Pack) -> None:
    lettered = decide(pack, "Lost ID card W12345678, please hand in")
    digits = decide(pack, "my student number is 12345678")
    assert personal_outcome(lettered) == Outcome.REVIEW
    assert personal_outcome(digits) == Outcome.REVIEW
    spans = [e.value for f in lettered.findings for e in f.evidence if e.kind == "text_span"]
    assert "W12345678" in spans


def test_a_student_number_written_in_lower_case_is_found(detector: PersonalDataDetector) -> None:
    text = "Student ID w20558103 keeps getting rejected at the printer"
    assert ("student_id", "w20558103", True) in found(detector, text)


def test_an_account_number_that_starts_like_a_phone_number_is_found(
    detector: PersonalDataDetector,
) -> None:
    text = "Bank transfer for the trip: sort code 30-96-18, account no. 02265419"
    assert [f[1] for f in found(detector, text) if f[0] == "bank_details"] == [
        "30-96-18",
        "02265419",
    ]


def test_who_may_apply_by_birth_date_is_not_a_birth_date(detector: PersonalDataDetector) -> None:
    text = "Were you born between 1 September 2007 and 31 August 2008? Free tuition may apply."
    assert [f for f in found(detector, text) if f[0] == "date_of_birth"] == []
    assert ("date_of_birth", "9 July 2006", True) in found(detector, "He was born on 9 July 2006")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("if ur dropping stuff off I'm at 31 st marks rd, swindon", "31 st marks rd, swindon"),
        ("i live at 2 the crescent, wroughton, come round", "2 the crescent, wroughton"),
        ("Meet at mine, 4 Chapel Row, Bratton, then the White Horse", "4 Chapel Row, Bratton"),
        ("Drop the pack at 19 Church St, Malmesbury, she lives there", "19 Church St, Malmesbury"),
    ],
)
def test_homes_in_streets_named_after_churches_and_saints_are_found(
    detector: PersonalDataDetector, text: str, address: str
) -> None:
    assert address in [f[1] for f in found(detector, text) if f[0] == "home_address"]


@pytest.mark.parametrize(
    "text",
    [
        "Costa at 12 Market Place is giving 10% off with a student card",
        "Lacock Abbey, Lacock SN15 2LG is our venue for the photography trip",
        "Our students are at the Royal Bath & West Show, Shepton Mallet BA4 6QN, all week",
    ],
)
def test_public_places_addresses_and_postcodes_are_not_personal(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [f for f in found(detector, text) if f[0] in ("home_address", "postcode")] == []


def test_a_postcode_said_to_be_someones_is_found_whatever_else_the_sentence_says(
    detector: PersonalDataDetector,
) -> None:
    text = "My postcode is SN14 6AB for the college bus form"
    assert ("postcode", "SN14 6AB", True) in found(detector, text)
    text = "I'm in SN14 6AB, is there a college bus out this far?"
    assert ("postcode", "SN14 6AB", True) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shelter's free housing advice line is 0808 800 4444 if you're worried",
        "Call the council on 0300 456 0100 about the bus pass",
        "Childline is free on 0800 1111, any time",
    ],
)
def test_helplines_and_service_numbers_are_not_personal(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [f for f in found(detector, text) if f[0] == "phone"] == []


def test_a_number_called_a_card_is_card_data_even_with_a_wrong_check_digit(
    detector: PersonalDataDetector,
) -> None:
    text = "card number 5412 7534 0091 8823 exp 09/27, please delete it"
    assert ("bank_details", "5412 7534 0091 8823", True) in found(detector, text)
    assert [
        f for f in found(detector, "Ticket 5412 7534 0091 8823") if f[0] == "bank_details"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sat nav users: the Lackham campus postcode is SN15 2NY, then follow the signs",
        "We're on stand B14 at the Royal Bath & West Show, Shepton Mallet BA4 6QN",
    ],
)
def test_a_campus_or_a_show_postcode_is_not_personal(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [f for f in found(detector, text) if f[0] == "postcode"] == []


def test_a_home_in_the_paddocks_is_an_address(detector: PersonalDataDetector) -> None:
    text = "Post the certificate to 4 The Paddocks, Pewsey SN9 5HR, I've moved back home"
    homes = [f[1] for f in found(detector, text) if f[0] == "home_address"]
    assert homes == ["4 The Paddocks, Pewsey SN9 5HR"]


def test_a_score_is_not_a_house_number(detector: PersonalDataDetector) -> None:
    text = "Swindon Town 2-0 Forest Green last night, who was at the County Ground?"
    assert [f for f in found(detector, text) if f[0] == "home_address"] == []
    home = found(detector, "She lives at 7 Forest Green, Calne")
    assert ("home_address", "7 Forest Green, Calne", True) in home
    flat = found(detector, "She lives at Flat 2/14 Station Road, Trowbridge")
    assert [f[1] for f in flat if f[0] == "home_address"] == ["Flat 2/14 Station Road, Trowbridge"]


def test_other_numbers_are_not_student_numbers(pack: Pack) -> None:
    assert personal_outcome(decide(pack, "Order 12345678 shipped today")) is None
    assert personal_outcome(decide(pack, "Code X12345678 is not our format")) is None
    assert PersonalDataDetector().detect("student W12345678") == []  # no format, no kind


def test_a_bad_student_number_format_names_the_line() -> None:
    text = (HERE / "screening-pack.yaml").read_text("utf-8")
    broken = text.replace('student_ids: [W99999999, "99999999"]', "student_ids: [W9]")
    with pytest.raises(PackError) as caught:
        parse_pack(broken, "broken.yaml")
    assert "broken.yaml:" in str(caught.value) and "student id format 'W9'" in str(caught.value)


# --- the institution's own public contact details --------------------------------------


def test_the_colleges_own_switchboard_and_campus_postcodes_are_not_flagged() -> None:
    wcuc = load_bundled("wcuc")
    text = "Questions? Call 01249 464644 or visit us at SN15 3QD or SP1 2LW."
    official = {"kind": "post", "at": AT, "text": text, "account_type": "official"}
    assert personal_outcome(evaluate(wcuc, official)) is None
    other = {**official, "text": "Questions? Call 01249 464645 or come to SN15 3QE."}
    assert personal_outcome(evaluate(wcuc, other)) is not None


def test_pack_validate_says_when_a_pack_lists_no_public_contact_details() -> None:
    def validate(path: Path) -> str:
        out = io.StringIO()
        assert cli_main(["pack", "validate", str(path)], out=out) == 0
        return out.getvalue()

    bundled = Path(str(resources.files("policyguard.packs").joinpath("bundled")))
    assert "public contact details" in validate(bundled / "vts.yaml")
    assert "public contact details" not in validate(bundled / "wcuc.yaml")


# --- names outside the directory -------------------------------------------------------


def test_a_person_like_name_outside_the_directory_asks_review_unconfirmed(pack: Pack) -> None:
    decision = decide(pack, "Well done to Chloe Barker on her distinction!", directory=False)
    [finding] = [f for f in decision.findings if f.rule == "content.personal_data"]
    assert finding.outcome == Outcome.REVIEW
    [span] = [e for e in finding.evidence if e.kind == "text_span"]
    assert span.value == "Chloe Barker" and "unconfirmed" in (span.note or "")


def test_a_person_like_name_never_blocks_even_where_names_block() -> None:
    text = (HERE / "screening-pack.yaml").read_text("utf-8")
    strict = parse_pack(
        text.replace("people: [student, staff]", "block_labels: [person_name]"), "strict.yaml"
    )
    decision = decide(strict, "Well done to Chloe Barker!", directory=False)
    assert personal_outcome(decision) == Outcome.REVIEW
    assert personal_outcome(decide(strict, "Well done to Carol Ashdown!")) == Outcome.BLOCK


def test_a_cleared_directory_name_is_not_flagged_again_as_unconfirmed(pack: Pack) -> None:
    # Bob has consent for official posts; the fallback must not bring his name back.
    text = "Congratulations to Bob Quennell on his award"
    assert personal_outcome(decide(pack, text, account_type="official")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to the Riverside Campus open day",
        "Thank you to Wiltshire College staff and students",
        "Well done to Team Blue on Sports Day",
    ],
)
def test_ordinary_capitalised_words_are_not_person_like_names(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


def test_a_first_name_alone_is_shown_below_the_review_line() -> None:
    found = PersonLikeNames().detect("Congratulations to Level 3 student Amira, who won gold")
    assert [(d.match, d.score) for d in found] == [("Amira", 0.45)]
    assert "first_name_alone" in found[0].detail


def test_the_screener_reports_names_outside_the_directory() -> None:
    screener = Screener(ScreenSettings(), people=[("p1", "Carol Ashdown")])
    result = screener.screen("Shout out to Chloe Barker and Carol Ashdown!")
    assert [d.match for d in result["directory_names"]] == ["Carol Ashdown"]
    assert [(d.match, "unconfirmed" in d.detail) for d in result["personal_data"]] == [
        ("Chloe Barker", True)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After 32 years, Mrs Margaret Holt is retiring", "Mrs Margaret Holt"),
        ("Welcome to Dr Andrew Lewis, who joins us", "Dr Andrew Lewis"),
        ("Please contact Mrs Adeyemi in Student Services about bursaries", "Mrs Adeyemi"),
        ("Bank transfer to Mr T Oyelaran for the trip", "Mr T Oyelaran"),
    ],
)
def test_titled_names_are_noted_below_the_review_line(text: str, name: str, pack: Pack) -> None:
    # Official posts name staff all the time ("Mrs Holt retires"): shown, never reviewed
    # on their own; only the directory (where consent can clear them) says who they are.
    found = PersonLikeNames().detect(text)
    assert [(d.match, d.score < 0.5, "titled" in d.detail) for d in found] == [(name, True, True)]
    assert personal_outcome(decide(pack, text, directory=False)) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lost purse found in the LRC, belongs to Megan Thorne", ["Megan Thorne"]),
        (
            "congrats to Aoife Brennan and Liam O'Sullivan on passing",
            ["Aoife Brennan", "Liam O'Sullivan"],
        ),
        ("Our Learner of the Month is Harpreet Kaur Sandhu", ["Harpreet Kaur Sandhu"]),
        ("Birthday shoutout to my bestie Ffion Llewellyn!!", ["Ffion Llewellyn"]),
        ("NI number for the form (Callum Reeves, catering apprentice)", ["Callum Reeves"]),
        ("Rohan Mistry, born in 2008, made the county squad", ["Rohan Mistry"]),
        ("Thanks Chloe-Ann Mensah for organising it", ["Chloe-Ann Mensah"]),
        ("Lost purse in the lab, owner Priya Shah Physics group?", ["Priya Shah"]),
        ("ID W21190045, name: Maya Okonkwo-Hart, Level 2", ["Maya Okonkwo-Hart"]),
    ],
)
def test_person_like_names_without_a_cue(text: str, names: list[str]) -> None:
    found = PersonLikeNames().detect(text)
    assert [d.match for d in found] == names
    assert all(d.score == 0.55 and "unconfirmed" in d.detail for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "Harry Styles tickets in the charity raffle",  # the surname is an English word
        "Will Power workshop at noon",
        "The Victoria Park 5k is on Sunday",
        "Talk in the Isaac Newton Building at 4pm",
        "Grace Church hosts the carol service",
        "Rose Cottage tea rooms are open again",
    ],
)
def test_names_whose_surname_is_an_english_word_need_a_cue(text: str) -> None:
    assert [d for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


def test_people_in_public_life_and_fiction_are_not_personal_data() -> None:
    text = (
        "National Poetry Day: Benjamin Zephaniah, Carol Ann Duffy and Simon Armitage, read "
        "by our students; then a talk on Mary Seacole. Well done to Chloe Barker for hers!"
    )
    assert [d.match for d in PersonLikeNames().detect(text)] == ["Chloe Barker"]


# Found by posts another hand wrote (round 3); the cases here are our own.
def test_a_birth_date_too_long_ago_for_anyone_living_is_history(
    detector: PersonalDataDetector,
) -> None:
    text = "Isambard Kingdom Brunel was born on 9 April 1806, so our engineers marked the day"
    assert [f for f in found(detector, text) if f[0] == "date_of_birth"] == []
    born = found(detector, "Born 9 April 2007 in Bath, she joins us in September")
    assert ("date_of_birth", "9 April 2007", True) in born


def test_a_business_unit_and_a_business_line_are_not_a_home_or_a_persons_phone(
    detector: PersonalDataDetector,
) -> None:
    business = "We're Hale & Sons Builders, Unit 4, Bumpers Farm, Chippenham SN14 6LH"
    assert [f for f in found(detector, business) if f[0] == "home_address"] == []
    assert [f for f in found(detector, "ring the office on 01225 448201 for a quote")] == []
    assert ("phone", "01225 448201", True) in found(detector, "my home number is 01225 448201")
    assert ("home_address", "4 Bumpers Way, Chippenham", True) in found(
        detector, "I live at 4 Bumpers Way, Chippenham"
    )


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("text me on 07 700 900 456 after six", "phone", "07 700 900 456"),
        ("my NI is JK 123 456 C", "ni_number", "JK 123 456 C"),
        ("drop it at 3 the paddocks, melksham please", "home_address", "3 the paddocks, melksham"),
    ],
)
def test_numbers_grouped_oddly_and_lower_case_closes_are_found(
    detector: PersonalDataDetector, text: str, kind: str, value: str
) -> None:
    assert [f[1] for f in found(detector, text) if f[0] == kind] == [value]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("can someone tell jessica okafor her bus is late", ["jessica okafor"]),
        ("Name: Farai Chikwanha, Level 2 Plumbing", ["Farai Chikwanha"]),
        ("my son Tinashe Mutasa has left his coat in B12", ["Tinashe Mutasa"]),
        (
            "Well done to Amelia Hughes and Tadiwa Moyo on their distinctions",
            ["Amelia Hughes", "Tadiwa Moyo"],
        ),
    ],
)
def test_names_in_lower_case_after_strong_cues_and_in_lists(text: str, names: list[str]) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "thanks grace for this, we loved it lol",
        "Vorlen Moyo",  # neither a first name of ours nor in a list with a name
        "Our new library is named after Tessa Morgan, our first principal",
    ],
)
def test_chat_words_lone_pairs_and_dedicatees_are_not_names(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Morgan Sindall start on site at the Lackham campus today", []),  # a firm
        ("Our GCSE group debated whether Arthur Birling ever changes", []),  # a set text's
        ("Well done to Chloe Barker, who met Marcus Rashford at the awards", ["Chloe Barker"]),
    ],
)
def test_firms_characters_and_people_in_public_life_are_not_names_of_ours(
    text: str, names: list[str]
) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("we live at The Old Barn, Biddestone now", "The Old Barn, Biddestone"),
        (
            "send my certificate to Hill View Farm, Bratton, Westbury BA13 4RS please",
            "Hill View Farm, Bratton, Westbury BA13 4RS",
        ),
        (
            "Post keeps going astray, send it to me at Nether Farm, Edington",
            "Nether Farm, Edington",
        ),
    ],
)
def test_a_farm_or_a_cottage_with_no_street_is_a_home_when_said_to_be(
    detector: PersonalDataDetector, text: str, home: str
) -> None:
    assert [f[1] for f in found(detector, text) if f[0] == "home_address"] == [home]


@pytest.mark.parametrize(
    "text",
    [
        "The farm shop at Lackham Farm, Lacock is open on Saturdays",
        "Visit us at Manor Farm, Collingbourne Ducis for the lambing day",
        "Send your entries to The Old Forge, Corsham by Friday",
        "Please send it to the College Office, 12 High Street, Chippenham",
    ],
)
def test_a_farm_or_an_office_nobody_calls_a_home_is_not_one(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [f for f in found(detector, text) if f[0] == "home_address"] == []


# Found by round 4 (a training provider's posts by another hand); the cases are our own.
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "I've moved to 3 Kirkgate Lane, Shipley, Bradford BD18 3LT, please update it",
            "home_address",
            "3 Kirkgate Lane, Shipley, Bradford BD18 3LT",
        ),
        (
            "my card, the long number on the front is 4929 1837 4620 5518, refund it there",
            "bank_details",
            "4929 1837 4620 5518",
        ),
    ],
)
def test_an_address_keeps_its_postcode_and_a_card_its_name_across_a_few_words(
    detector: PersonalDataDetector, text: str, kind: str, value: str
) -> None:
    assert [(f[0], f[1]) for f in found(detector, text)] == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("well done to lorna mcallister & kieran o'neill on the awards", "kieran o'neill"),
        ("Yours sincerely, Eustacia Pemberton-Hughes", "Eustacia Pemberton-Hughes"),
        ("Tiwalade Okonjo has passed her EPA today", "Tiwalade Okonjo"),
        ("Zeynep Aksoy, zeynep.aksoy@gmail.com, wants the ESOL timetable", "Zeynep Aksoy"),
        ("can you ring my mum parveen akhtar on her mobile", "parveen akhtar"),
    ],
)
def test_names_by_sign_off_email_family_and_what_they_did(text: str, name: str) -> None:
    assert name in [d.match for d in PersonLikeNames().detect(text)]


def test_details_a_post_says_are_made_up_are_shown_but_ask_no_review(
    detector: PersonalDataDetector,
) -> None:
    text = "Role-play script: call the customer on 01632 960123, a made-up number for the exercise"
    (phone,) = detector.detect(text)
    assert phone.label == "phone" and phone.score < 0.5 and "made_up" in phone.detail
    (real,) = detector.detect("Role-play is at 6, call me on 01632 960123 if you're late")
    assert real.score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Our mascot Rocky the Ram was born 4 June 2021 at the farm",
        "Thanks to Hartley & Sons Plumbing Ltd for hosting our apprentices today, brilliant "
        "team ⚡ Call them on 01274 555012",
    ],
)
def test_a_mascots_birthday_and_a_firms_line_are_not_personal(
    detector: PersonalDataDetector, text: str
) -> None:
    assert found(detector, text) == []


# A review of the change found each of these missed or flagged by a first version.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("We're all made up that Jess passed! Ring her on 07700 900123", ["phone"]),
        (
            "The sample data for the task is on Moodle. My mobile is 07700 900123, DOB 12/03/2006",
            ["phone", "date_of_birth"],
        ),
        ("I work at the shop on Saturdays, but my home number is 01924 123456", ["phone"]),
        ("See you at football practice, ring me at home on 0113 496 0001", ["phone"]),
        ("Alan Turing was born 23 June 1912 in London", []),
        ("I'm at Tockwith Farm, York on a placement", []),
    ],
)
def test_made_up_business_and_history_cues_reach_only_as_far_as_they_should(
    detector: PersonalDataDetector, text: str, kinds: list[str]
) -> None:
    assert [(d.label, d.score >= 0.5) for d in detector.detect(text)] == [
        (kind, True) for kind in kinds
    ]


@pytest.mark.parametrize(
    "text", ["Leeds Beckett has offered me a place!", "Calderdale Kirklees has a new timetable"]
)
def test_places_english_knows_are_not_names_said_to_have_done_something(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Our student lives at Rose Barn Cottage, Lower Wraxall, Bradford-on-Avon BA15 2PL",
            "Rose Barn Cottage, Lower Wraxall, Bradford-on-Avon BA15 2PL",
        ),
        (
            "please post the cheque to 4 Chapel Cottages, Great Hinton, BA14 6BU",
            "4 Chapel Cottages, Great Hinton, BA14 6BU",
        ),
    ],
)
def test_hyphenated_towns_and_numbered_cottages_keep_their_postcode(
    detector: PersonalDataDetector, text: str, home: str
) -> None:
    assert [(f[0], f[1]) for f in found(detector, text)] == [("home_address", home)]


def test_a_clinics_line_is_not_a_persons_and_he_s_names_a_person(
    detector: PersonalDataDetector,
) -> None:
    text = (
        "Sports massage with our students at the Salisbury clinic: call the clinic on 01722 555 201"
    )
    assert found(detector, text) == []
    assert [
        d.match for d in PersonLikeNames().detect("NI number for my son: he's Tendai Moyo, Level 2")
    ] == ["Tendai Moyo"]


# Round 5 by another hand (a Midlands college's posts), read after it was measured: the
# kinds it showed missed, each written again in other words, and the near-misses beside.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Please refund to account no. 4411 2093, sort code 20 44 61",
            ["bank_details", "bank_details"],
        ),
        ("Paid it from acct 55019834, sort 60-83-71, can you check?", ["bank_details"] * 2),
        (
            "The checkout froze so here's the long number: 4000 1234 5678 9010, did it take?",
            ["bank_details"],
        ),
        (
            "My daughter's details for enrolment: Amara Okoye, 12/09/2009, BS5 6XY",
            ["date_of_birth", "postcode"],
        ),
    ],
)
def test_accounts_in_fours_cards_called_a_payment_and_dates_among_details_are_found(
    detector: PersonalDataDetector, text: str, kinds: list[str]
) -> None:
    assert sorted(d.label for d in detector.detect(text) if d.score >= 0.5) == sorted(kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Order 4411 2093 is ready to collect from reception",
        "Raffle tickets 1001 1002 1003 1004 have won a hamper",
        "Registration for the 05/03/2027 open evening is open: bring your parents",
        "Details of the 12/05/2014 inspection: we were rated good by Ofsted",
        "My details: I started here on 01/09/2015 and never looked back",
    ],
)
def test_numbers_in_fours_and_dates_that_are_not_a_persons_are_left_alone(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [d for d in detector.detect(text) if d.score >= 0.5] == []


def test_a_date_a_post_calls_an_example_is_shown_but_asks_no_review(
    detector: PersonalDataDetector,
) -> None:
    text = "Write your date of birth as DD/MM/YYYY. For example: 01/01/2000."
    assert [(d.label, d.score < 0.5) for d in detector.detect(text)] == [("date_of_birth", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can someone ring me back please. Ifeoma Chukwu-Nwosu", "Ifeoma Chukwu-Nwosu"),
        ("Thanks for the help with my bursary! \u2014 Dami Adeyemi, Level 2 Sport", "Dami Adeyemi"),
        (
            "Cheers \u2014 Tom\u00e1s \u00d3 S\u00failleabh\u00e1in",
            "Tom\u00e1s \u00d3 S\u00failleabh\u00e1in",
        ),
        (
            "Placement hours to jamiekowalski99@gmail.com please, for Jamie Kowalski",
            "Jamie Kowalski",
        ),
        (
            "Email j.ferreira.dasilva@yahoo.com for Joana Ferreira da Silva",
            "Joana Ferreira da Silva",
        ),
        ("Student: Nusrat Begum, Level 3 Health", "Nusrat Begum"),
        ("name on account Maria Dos Santos", "Maria Dos Santos"),
        ("Hi it's Chidinma Eze from Level 2 Childcare, is the trip still on?", "Chidinma Eze"),
    ],
)
def test_names_that_sign_a_post_introduce_a_writer_or_make_an_address(text: str, name: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "See you all at the open evening. Happy Easter",
        "Next week it's English bond, then Flemish bond after half term",
        "Hi it's Level Three Plumbing here with an update",
        "Ask studentservices@college.ac.uk about Student Services opening hours",
        "I'm Really Tired after the Ten Tors training",
    ],
)
def test_closing_words_weak_introductions_and_office_addresses_are_not_names(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


# Round 6's read half (a Cornwall and Devon college's posts), said again in other words.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("found a purse by the library, name's Tobi Adewale, pls msg me", ["Tobi Adewale"]),
        ("is the trip letter out? my son Kofi's form is still blank", ["Kofi"]),
        ("can the tutor call mum of Eseld about the placement", ["Eseld"]),
        ("Auntie Morwenna picks me up on Fridays", ["Morwenna"]),
        ("Our Jayden's timetable still shows the old room", ["Jayden"]),
        (
            "Hi, Jory & Tamsin Pascoe here, parents of a Level 2 learner",
            ["Jory", "Tamsin Pascoe"],
        ),
        ("Morning, Huw ap Rhys here from the roofing firm", ["Huw ap Rhys"]),
        (
            "please ring me back about the EMA \u2013 Samira Haque (mum of a Y1 learner)",
            ["Samira Haque"],
        ),
        ("his bus pass is still missing \u2013 Piran Jenkins' dad", ["Piran Jenkins"]),
    ],
)
def test_first_names_after_kin_writers_who_name_themselves_and_signatures(
    text: str, names: list[str]
) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Our College's new building opens in May",
        "Our Ofsted's report is out",
        "My son Absolutely loved the taster day",
        "Mr and Mrs Carne here to see the principal",
        "Morning, Level Three here with the rota",
    ],
)
def test_kin_words_and_greetings_before_ordinary_or_titled_words_name_nobody_new(
    text: str,
) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


def test_a_bakerys_order_line_is_a_business_line(detector: PersonalDataDetector) -> None:
    text = "Pasties 20% off for students this week at the bakery, orders on 01632 960950"
    assert found(detector, text) == []


# Round 26's read half showed a line named after it; our own sentences.
def test_a_landline_named_a_business_line_after_it_is_not_a_persons(
    detector: PersonalDataDetector,
) -> None:
    assert found(detector, "Lost a charger in B12? ring 01632 960 118 (site office)") == []
    assert found(detector, "Lanyards can be collected, call 01632 960 120 - main reception") == []
    own = "ring me on 01632 960 734 (home, not the site office)"
    assert ("phone", "01632 960 734", True) in found(detector, own)
    said_mine = "my number is 01632 960 811 - the office can pass it on"
    assert ("phone", "01632 960 811", True) in found(detector, said_mine)


# From round 6's brief (what its writers were told people do), not from its held-out half.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("my learner number is w 12345678, can you check my timetable", ["student_id"]),
        ("Learner no. W-12345678 still has no ID card", ["student_id"]),
        ("Course code W12345678 is Level 3 Marine Engineering", []),
        ("Ref W12345678: my bursary still hasn't arrived", ["student_id"]),
        (
            "Pasties half price at Trevithick's Bakery, 12 Fore Street, Camborne TR14 8AX",
            [],
        ),
    ],
)
def test_numbers_written_with_a_gap_course_codes_and_shops_addresses(
    detector: PersonalDataDetector, text: str, kinds: list[str]
) -> None:
    assert [d.label for d in detector.detect(text) if d.score >= 0.5] == kinds


# A review of this round's mends found each of these read wrongly by a first version.
@pytest.mark.parametrize(
    "text",
    [
        "Wishing all our students and staff a joyful Eid. Eid Mubarak!",
        "Merry Christmas from all of us. Nadolig Llawen!",
        "Thanks to everyone who came to open evening. Coleg Cambria",
        "Our photography students captured the sunset. St Ives",
        "It's St Piran's Day on Friday! Wear black and white",
        "Guess who's coming? Santa Claus here in the canteen Friday!",
        "Thanks to our partner Microsoft for the new laptops",
        "In Politics we looked at Uncle Sam and the Cold War",
        "Uncle Tom's Cabin is on the reading list",
    ],
)
def test_greetings_places_firms_and_phrases_that_close_a_post_are_not_names(text: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("My Son Kofi's phone number is on the form", ["Kofi"]),
        ("Piran Jenkins\u2019 dad rang about the trip", ["Piran Jenkins"]),
        ("Our Kieran\u2019s new address is on the form", ["Kieran"]),
        ("Hi, I\u2019m Dami Adebayo from ESOL", ["Dami Adebayo"]),
        ("Can someone ring me back about the bursary? Rhys ap Gwilym", ["Rhys ap Gwilym"]),
        ("Hi it's Rhys ap Gwilym from Level 3 Plumbing", ["Rhys ap Gwilym"]),
        ("Hi its Nguyen Thi Lan from ESOL Entry 3", ["Nguyen Thi Lan"]),
    ],
)
def test_kin_in_capitals_curly_apostrophes_and_particles_still_name_people(
    text: str, names: list[str]
) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Alumni reunion: register your details - Leavers Ball, 02/07/2011, Trevithick Hall",
        "Building details: opened by the Duke of Kent, 14/03/1998",
        "Your student account for 2024 2025 is ready: log in with your college email",
        "Log in to your account between 0900 1700 Mon-Fri",
        "We need volunteers to sort 200 donated coats on Friday. Ref 12345678",
        "Booking ref 1234 5678 9012 3456 - please pay at reception",
    ],
)
def test_reunions_buildings_years_times_and_bookings_are_not_personal(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [(d.label, d.match) for d in detector.detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Help with the bursary form, for example, where do I put my sort code 20-45-77 and "
            "account 41234567?",
            ["bank_details", "bank_details"],
        ),
        ("Student number for my course: W12345678, can't log in", ["student_id"]),
        (
            "Student discount for mates, collect from 14 Rosewood Close, Truro TR1 2AB",
            ["home_address"],
        ),
        ("Cake orders for the bake sale: ring Sophie on 01872 345678", ["phone"]),
    ],
)
def test_a_comma_example_a_course_a_discount_and_orders_hide_nothing(
    detector: PersonalDataDetector, text: str, kinds: list[str]
) -> None:
    assert sorted(d.label for d in detector.detect(text) if d.score >= 0.5) == kinds


def test_a_letter_of_the_format_is_not_any_word_before_a_number() -> None:
    formats = PersonalDataDetector(student_ids=["AA999999"])
    assert [
        d.match for d in formats.detect("Call us on 267000 today, up 120000 on last year")
    ] == []
    assert [d.match for d in formats.detect("my number is BC620458")] == ["BC620458"]


def test_a_curly_apostrophe_in_a_name_keeps_the_posts_own_characters() -> None:
    found = PersonLikeNames().detect("Well done to Siobhan O\u2019Connor, who has passed")
    assert [d.match for d in found] == ["Siobhan O\u2019Connor"]


# Session 12, from rounds 7 and 8 (read half) by another hand: what people write that
# names someone without a surname, and numbers in groups. Our own sentences.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("can someone ring me about the refund please - Kwame", [("Kwame", 0.45)]),
        ("Pay it into my account not my dad's. Cheers Tomasz", [("Tomasz", 0.45)]),
        ("Afternoon, Gary here from the garage, about our apprentice", [("Gary", 0.45)]),
        ("Ring me not the office please, Kofi's dad", [("Kofi", 0.45)]),
        ("our kid ahmed left his coat in the gym", [("ahmed", 0.55)]),
        ("I write for my niece, Aoife Brennan, about her bursary", [("Aoife Brennan", 0.55)]),
        ("i am mother of Ionut Dumitrescu from ESOL", [("Ionut Dumitrescu", 0.55)]),
        ("Who upset our Kayleigh at lunch today?", [("Kayleigh", 0.45)]),
        ("Please call about apprentice Andrei's review", [("Andrei", 0.45)]),
        ("my daughter Grace Taylor is off sick", [("Grace Taylor", 0.55)]),
        (
            "Hello, my name is Florin Munteanu, employer of an apprentice",
            [("Florin Munteanu", 0.55)],
        ),
        ("text me not the office - Ana-Maria 07700 900554 - thanks", [("Ana-Maria", 0.45)]),
        (
            "Tariq, Zainab and Dylan made the open day film",
            [("Tariq", 0.45), ("Zainab", 0.45), ("Dylan", 0.45)],
        ),
    ],
)
def test_first_names_alone_signatures_kin_and_lists(
    text: str, names: list[tuple[str, float]]
) -> None:
    assert [(d.match, d.score) for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to all who came to the fair. Newcastle",
        "The new Catherine Cookson Building opens on Monday",
        "The Mo Mowlam Award goes to our debating team",
        "Reading list for A level: Sid Chaplin, Catherine Cookson and Basil Bunting",
        "Apples, Pears and Plums are in the farm shop",
        "Morning, Level here with the rota",
        "Conversation club every Friday at our Keighley centre",
        "My son Absolutely loved the taster day",
    ],
)
def test_buildings_reading_lists_and_ordinary_lists_name_nobody(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


def test_pupils_named_in_a_post_about_their_work_are_still_found() -> None:
    text = "Great work by our catering students, thanks to chef Wei Zhang and Jack Hollis"
    assert [d.match for d in PersonLikeNames().detect(text)] == ["Wei Zhang", "Jack Hollis"]


def test_student_numbers_in_groups_an_account_after_its_sort_code_and_a_meeting_point() -> None:
    detector = PersonalDataDetector(student_ids=["TE9999999"])
    assert [d.match for d in detector.detect("student no TE 552 1093 thanks")] == ["TE 552 1093"]
    assert [d.match for d in detector.detect("we are te 4002-917 and te-4002918")] == [
        "te 4002-917",
        "te-4002918",
    ]
    assert detector.detect("TE 5 5 2 1 0 9 3 is not how anyone writes it") == []
    bank = detector.detect("my account for the grant: Lloyds, 30-91-56, 0274 5513. Ta")
    assert [(d.label, d.match) for d in bank] == [
        ("bank_details", "30-91-56"),
        ("bank_details", "0274 5513"),
    ]
    assert detector.detect("Stadium tour Friday, meet at the north entrance, NE1 4ST, 10am") == []


@pytest.mark.parametrize(
    "text",
    [
        "Example of how to fill in the form: Student No: TE0000000, DOB 01/01/2000",
        "Numbers look like TE1234567 (just an example), yours is on your card",
    ],
)
def test_a_format_shown_by_example_is_shown_but_asks_no_review(text: str) -> None:
    detector = PersonalDataDetector(student_ids=["TE9999999"])
    found = detector.detect(text)
    assert found and all(d.score == 0.45 and "made_up" in d.detail for d in found)


def test_a_name_in_an_example_is_held_below_the_review_line_by_the_screen() -> None:
    screen = Screener(ScreenSettings(student_ids=("TE9999999",)))
    found = screen.screen("Example of how to fill in the form: Name: John Smith, DOB 01/01/2000")
    assert found["personal_data"] and all(d.score < 0.5 for d in found["personal_data"])


def test_a_name_straight_before_a_student_number_is_a_persons() -> None:
    found = PersonLikeNames().detect("Shaheda Begum te2209763 not on the trip list")
    assert [d.match for d in found] == ["Shaheda Begum"]


def test_each_mention_of_someone_named_in_full_is_reported() -> None:
    """A title and a surname after the full name name the same person again; a screen
    that marked the full name alone would leave the second mention (names probe 113)."""
    found = PersonLikeNames().detect("Mr Okafor (Chidi Okafor) retires today after 30 years")
    assert sorted(d.match for d in found) == ["Chidi Okafor", "Mr Okafor"]
    found = PersonLikeNames().detect("Ifeoma Obi retires today. Thank you Mrs Obi!")
    assert sorted(d.match for d in found) == ["Ifeoma Obi", "Mrs Obi"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("dob 3rd feb 08, can you fix my enrolment", "3rd feb 08"),
        ("DOB 3 March '08", "3 March '08"),
    ],
)
def test_a_birth_date_with_a_two_figure_year_after_the_month_is_whole(
    detector: PersonalDataDetector, text: str, date: str
) -> None:
    assert [d.match for d in detector.detect(text) if d.label == "date_of_birth"] == [date]


# A review of this change found each of these read wrongly by a first version.
@pytest.mark.parametrize(
    "text",
    [
        "Guest lecture: the Israel Palestine conflict explained",
        "Exchange trip with Paris Descartes University",
        "love ya bro tho",
        "Work experience placements: Harvey Plumbing 07700900123, Grace Bakery 01872345678",
        "Kind regards, Councillor Jones",
        "Many thanks, Coach Evans",
        "In English today we discussed Juliet's sister and her role in the play",
    ],
)
def test_places_chat_words_firms_roles_and_characters_ask_no_review(text: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


def test_a_first_name_alone_does_not_make_a_list_of_names() -> None:
    found = PersonLikeNames().detect("Congratulations to Apprentice Andrei and Site Manager Dave")
    assert all(d.score < 0.5 for d in found)


@pytest.mark.parametrize("item", ["Jo, ", "writers: Sid Chaplin "])
def test_long_lists_of_names_are_read_in_linear_time(item: str) -> None:
    """20,000 characters: a first version took 1 to 2 s (each list item or reading list
    read again to the end of the post). Twice the text must take about twice the time, not
    four times, and never seconds (the time itself varies with the machine's load)."""

    names = PersonLikeNames()
    names.detect("warm up")
    half = item * (10_000 // len(item))
    whole = item * (20_000 // len(item))
    short = min(cpu_seconds(lambda: names.detect(half)) for _ in range(2))
    long = min(cpu_seconds(lambda: names.detect(whole)) for _ in range(2))
    assert long < 1.0
    assert long < 3 * short + 0.02


@pytest.mark.parametrize(
    "text",
    [
        "Her number looks like 07700 900461, ring her and tell her what you think",
        "Just an example of what she posts: her address is 14 Elm Road, Leeds LS6 2QT",
        "Email me at jane.doe@gmail.com (an example of how fast I reply)",
        "Can the trip coach drop Maya off at BS7 8QT on the way back?",
    ],
)
def test_an_example_or_a_trip_said_in_passing_hides_nothing(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [d for d in detector.detect(text) if d.score >= 0.5]


@pytest.mark.parametrize(
    ("template", "text", "number"),
    [
        ("A9-999999", "student number K1-234567", "K1-234567"),
        ("99 99 99 99", "student number 12 34 56 78", "12 34 56 78"),
        ("STU 99 99 99 99", "student no STU 12 34 56 78", "STU 12 34 56 78"),
    ],
)
def test_a_formats_own_separators_are_kept(template: str, text: str, number: str) -> None:
    found = PersonalDataDetector(student_ids=[template]).detect(text)
    assert [d.match for d in found] == [number]


def test_made_up_details_ask_for_no_review_in_the_content_rule(pack: Pack) -> None:
    text = "Example of how to fill in the form: Name: John Smith, Student No: W00000000"
    assert personal_outcome(decide(pack, text, account_type="official")) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title and a surname in small letters or capitals, read as a titled name
        ("why did mr adeyemi send my son home early", [("mr adeyemi", 0.45)]),
        ("Refund to MRS J KOWALSKI please, charged twice", [("MRS J KOWALSKI", 0.45)]),
        # a first name the post names or sends a message to
        ("her name's zainab, she's in level 1 hair", [("zainab", 0.45)]),
        ("tell kayleigh i said congrats on the merit", [("kayleigh", 0.45)]),
        # a Vietnamese name, family name first
        ("Star of the week: Pham Thi Hoa from ESOL", [("Pham Thi Hoa", 0.55)]),
        # "called", "RIP", and a role three words long
        ("a lad called Rory Mulgrew keeps pushing in", [("Rory Mulgrew", 0.55)]),
        ("the girl called Sofia Marques in my class", [("Sofia Marques", 0.55)]),
        ("RIP Tyrone Blake, former level 3 plumbing student", [("Tyrone Blake", 0.55)]),
    ],
)
def test_titles_in_any_case_named_first_names_and_cued_names(
    text: str, names: list[tuple[str, float]]
) -> None:
    assert [(d.match, d.score) for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "miss you all already, best year ever",
        "ms teams keeps crashing in room B12",
        "tell him i said thanks",
        "Jess Phillips MP spoke to our politics students",
        "Councillor Jane Mortimer opened the new workshop",
        "On this day in 1911 the dockers walked out, led by Tom Mann",
        "Built in 1885 by Joseph Pease, the hall reopens next week",
        "we live at 14 Rose Lane, Oldham OL4 2BB",
    ],
)
def test_chat_office_holders_history_and_streets_name_nobody(text: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


def test_a_living_persons_name_beside_a_recent_year_is_still_found() -> None:
    text = "We miss Sarah Jones who left us in 2019"
    assert [d.match for d in PersonLikeNames().detect(text)] == ["Sarah Jones"]


def test_a_birth_date_in_words_placeholders_and_an_advert() -> None:
    detector = PersonalDataDetector(student_ids=["IM9999999"])
    dob = detector.detect("I was born on the twenty-first of June 2008 so I can enrol")
    assert [(d.label, d.match) for d in dob] == [("date_of_birth", "twenty-first of June 2008")]
    form = detector.detect(
        "Put your number in box 3, e.g. IM4821907 (use your own, not this one), "
        "and the sort code like 00-00-00"
    )
    # (00-00-00 is no bank's sort code at all, as QQ starts no NI number: not reported)
    assert [d.label for d in form] == ["student_id"]
    assert all(d.score < 0.5 and "made_up" in d.detail for d in form)
    # a real account with all its digits the same is rare; the sort code still counts
    bank = detector.detect("sort code 20-45-77 account 55555555")
    assert [(d.match, d.score >= 0.5) for d in bank] == [("20-45-77", True), ("55555555", False)]
    advert = "AD: Curry Palace, 14 Market Street, Oldham. 10% off for students with ID"
    assert detector.detect(advert) == []
    home = "we live at 14 Rose Lane, Oldham OL4 2BB, my son gets 10% off the bus"
    assert [d.label for d in detector.detect(home)] == ["home_address"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # surnames that are English words, with first names that are too
        ("honestly Frank Rice is the most patient tutor going", ["Frank Rice"]),
        ("Kelsey Marsh-Wood still has my charger", ["Kelsey Marsh-Wood"]),
        # particles, apostrophes and letters beyond Latin-1
        ("apparently Lucas de Souza runs the futsal league now", ["Lucas de Souza"]),
        ("leave the rota with Priya D'Souza", ["Priya D'Souza"]),
        ("Andrei Popescu and Ionuț Radu are on my course", ["Andrei Popescu", "Ionuț Radu"]),
        ("Nguyễn Thị Lan made spring rolls for everyone", ["Nguyễn Thị Lan"]),
        # a post in capitals
        ("MIA BROOK AND LEXI STEEL ARE THROUGH TO THE FINAL", ["MIA BROOK", "LEXI STEEL"]),
        # first names alone that are asked, say, own or do something (0.45)
        ("ask Mateusz, he fixed the same thing last week", ["Mateusz"]),
        ("Dafydd says the workshop is shut till Monday", ["Dafydd"]),
        ("anyone seen Kacper's charger?", ["Kacper"]),
        ("Kamil and Oskar keep speaking Polish in the workshop", ["Kamil", "Oskar"]),
        # a first name after someone else's kin
        ("Bridget and her cousin Mikey did the horse care demo", ["Bridget", "Mikey"]),
    ],
)
def test_names_mid_sentence_with_no_cue(text: str, names: list[str]) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Aww Lewis made a video about his course",
        "Lmaooo Jordan got his nose broken",
        "Ice hockey taster at Planet Ice Milton Keynes on Friday",
        "Will you be at the open evening?",
        "Mark your calendars: results day is 14 August",
        "The Ted Baker outlet has 20% off for students",
    ],
)
def test_chat_places_and_capitalised_words_are_not_names(text: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


def test_an_age_reached_on_a_day_and_dates_that_cannot_be() -> None:
    detector = PersonalDataDetector()
    for text, date in [
        ("I'm 16 on the 2nd of August so can I start in September?", "2nd of August"),
        ("he turns 18 on 3 May, does he still need consent", "3 May"),
    ]:
        assert [(d.label, d.match) for d in detector.detect(text)] == [("date_of_birth", date)]
    assert detector.detect("The team will be 11 on the pitch on 3 May") == []
    # day 00 and month 00: no date at all, whatever the words around it
    assert detector.detect("write your date of birth like this: 00/00/0000") == []


@pytest.mark.parametrize(
    "text",
    [
        # acronyms in capitals, office holders in capitals, and particles in capitals
        "The WJEC BTEC has changed its spec this year.",
        "SUMMER UCAS EVENT THIS WEDNESDAY",
        "THANKS TO STEPHEN TIMMS MP FOR VISITING",
        "WE WILL DO BETTER NEXT YEAR",
        "Together We Will Do Great Things",
        # "miss" the verb; brands and places after a question's verb
        "Don't miss marks for spelling in your coursework!",
        "Is Jordan safe to visit in the summer?",
        # words of a calendar or a firm after a first name that is a word too
        "The Mark Scheme says to show your working",
        "Summer Fair raised £300 for the food bank",
        "Christian Aid raised over £500 at the bake sale",
    ],
)
def test_capitals_particles_and_verbs_do_not_make_names(text: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a count is not a year long past, nor "MS Teams" an office, nor "Year 2" a house
        ("Well done to Chloe Barker who came 3rd out of 1500 runners!", "Chloe Barker"),
        ("Jamal Idris has won; his poem was written in 1500 words exactly.", "Jamal Idris"),
        ("Well done to Chloe Barker, MS Teams link below", "Chloe Barker"),
        ("Year 2 Jack Wood has won the Young Chef award!", "Jack Wood"),
        ("his name is kelechi and he is in level 2", "kelechi"),
    ],
)
def test_a_count_a_link_a_year_group_or_a_following_word_hide_no_name(text: str, name: str) -> None:
    assert name in [d.match for d in PersonLikeNames().detect(text)]


def test_long_runs_of_capitals_are_read_in_linear_time() -> None:

    names = PersonLikeNames()
    for text in ["HA-" * 6667, "O'" * 10000, "ABC " * 5000]:
        assert cpu_seconds(lambda t=text: names.detect(t)) < 0.5


def test_a_long_run_of_capitalised_cyrillic_words_is_read_in_linear_time() -> None:
    """A name in Cyrillic was once looked for as the last two words of a run of
    capitalised words: from each word of a run with no full stop, the rest of the run was
    tried again (seconds at 20,000 characters). The names themselves are still found."""
    names = PersonLikeNames()
    text = "Привет Мама Как Дела " * 1000
    assert cpu_seconds(lambda: names.detect(text)) < 0.5
    found = [d.match for d in names.detect("Вітаємо Ірину Шевченко з перемогою")]
    assert found == ["Ірину Шевченко"]


def test_anniversaries_month_first_birthdays_dates_in_words_and_a_party() -> None:
    detector = PersonalDataDetector()
    assert detector.detect("The college turns 50 on the 3rd of May! Join us for cake.") == []
    for text, date in [
        ("I'm 16 on August 2nd", "August 2nd"),
        ("I'm sixteen on the second of August", "second of August"),
        ("Date of birth: twenty-first of May", "twenty-first of May"),
    ]:
        assert [(d.label, d.match) for d in detector.detect(text)] == [("date_of_birth", date)]
    party = "Party at 14 Elm Close SN3 4RT on Saturday! Bring drinks. Also 20% off hoodies today."
    assert [d.label for d in detector.detect(party)] == ["home_address"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a first name alone with a pronoun for the person in the same clause (0.45)
        ("Oluwaseun passed her driving test on Friday", ["Oluwaseun"]),
        ("we helped Tadeusz with his CV after class", ["Tadeusz"]),
        ("Rhiannon-Mai is in the photo and she hates it", ["Rhiannon-Mai"]),
        # a pair after praise or thanks: one may be an English word
        ("Well done to Hope and Chidera on the relay", ["Hope", "Chidera"]),
        # two first names in small letters
        ("saw bogdan and ioana at the bus stop", ["bogdan", "ioana"]),
        # asked for, and told where from
        ("text the shop and ask for Declan", ["Declan"]),
        ("can someone tell kwabena from level 2 bricklaying", ["kwabena"]),
        # what someone has not done or cannot do
        ("Ioana can't make the trip on Friday", ["Ioana"]),
        # more words of praise and thanks, "herself", "asking for"
        ("Happy birthday Grace and Emeka", ["Grace", "Emeka"]),
        ("Thank you so much Grace and Emeka", ["Grace", "Emeka"]),
        ("Congratulations to both Grace and Emeka", ["Grace", "Emeka"]),
        ("Zeynep finally treated herself to a new car", ["Zeynep"]),
        ("asking for Kayleigh at reception", ["Kayleigh"]),
        # a pair before "our ..." that is not an animal
        ("Well done to Amir and Chloe our netball captains", ["Amir", "Chloe"]),
    ],
)
def test_first_names_alone_with_a_pronoun_praise_or_a_message(text: str, names: list[str]) -> None:
    found = PersonLikeNames().detect(text)
    assert [d.match for d in found] == names
    assert all(d.score < 0.5 for d in found)  # a first name alone asks no review


@pytest.mark.parametrize(
    "text",
    [
        # a place, a brand or a pronoun's other person: no first name alone
        "Manchester lost her crown as the rainiest city",
        "Congratulations Hope and Faith Baptist Church on the new hall",
        "bread and butter pudding is on the menu",
        "Ask for Jamie Oliver's recipe book in the library",
        # a work named by two first names, and a king
        "revising romeo and juliet all weekend",
        "the scene of King Harold with an arrow in his eye",
        # a review of the change found these read as first names alone by a first version
        "Chelsea won and he scored twice",
        "Alexa played his song",
        "Our cat Luna licked her paws",
        "Matilda reads her books",
        "Eyup he's back at college",
        "Prophet Muhammad and his teachings",
        "Duchess Kate and her children",
        "Eid Mubarak to Mr Khan and his family!",
        "Romeo and Juliet is her favourite play",
        "We watched Thelma and Louise in her film class",
        "the story of rama and sita for diwali",
        "alexa and siri both misheard me",
        "luna and milo are my cats",
        "Good luck Chelsea and Everton tonight!",
        "Well done Jordan and Georgia teams",
        "Shout out to Luna and Milo our rabbits",
        "Feeling unsafe on a night out? Ask for Angela",
    ],
)
def test_places_pairs_of_words_and_full_names_make_no_first_name_alone(text: str) -> None:
    found = PersonLikeNames().detect(text)
    assert [d.match for d in found if "first_name_alone" in d.detail] == []


def test_an_example_of_something_else_holds_no_real_detail() -> None:
    detector = PersonalDataDetector()
    leaked = "Leaked: Chloe Brown, 07712 345678 - and that is just an example of what's out there"
    assert [(d.label, d.score) for d in detector.detect(leaked)] == [("phone", 0.9)]
    said = "Kelsey Marsh 07712 345678 - it's just an example"
    assert [(d.label, d.score) for d in detector.detect(said)] == [("phone", 0.45)]


def test_many_first_names_in_one_post_are_read_in_linear_time() -> None:
    names = PersonLikeNames()
    assert cpu_seconds(lambda: names.detect("nasra and hodan were here. " * 3700)) < 3


def test_a_number_said_to_be_only_an_example_asks_no_review() -> None:
    screener = Screener(ScreenSettings(student_ids=("CT999999",)))
    result = screener.screen("Your number looks like CT4 (CT123456 is just an example), not yours")
    assert [(d.label, d.score < 0.5) for d in result["personal_data"]] == [("student_id", True)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a Welsh street puts its kind first, with or without the article
        ("new address is 22 Heol y Felin, Aberdare CF44 8DT", "22 Heol y Felin, Aberdare CF44 8DT"),
        ("she lives at 5 Ffordd Penrhos, Bangor now", "5 Ffordd Penrhos, Bangor"),
        ("post it to me at 9 Lôn Las, Cwmbran NP44 3AB", "9 Lôn Las, Cwmbran NP44 3AB"),
        # a Welsh house name, then its street; accents read as their plain letters
        ("My address: Tŷ Coch, Mill Lane, Usk NP15 1AA", "Tŷ Coch, Mill Lane, Usk NP15 1AA"),
        ("please post it to Bwthyn Glas, Mill Lane, Brecon", "Bwthyn Glas, Mill Lane, Brecon"),
        # hyphenated, with a capital or a joined article, or a Welsh street after a house
        ("my address is 14 Heol-y-Nant, Cardiff", "14 Heol-y-Nant, Cardiff"),
        ("my address is 14 Heol Y Nant, Cardiff", "14 Heol Y Nant, Cardiff"),
        ("my address is 14 Rhodfa'r Môr, Aberystwyth", "14 Rhodfa'r Môr, Aberystwyth"),
        ("my address is 14 Heol Pen-y-Bryn, Cardiff", "14 Heol Pen-y-Bryn, Cardiff"),
        ("she lives at Tŷ Gwyn, Heol y Nant, Cardiff", "Tŷ Gwyn, Heol y Nant, Cardiff"),
        ("she lives at Tŷ'n y Coed, Pentwyn Road, Cardiff", "Tŷ'n y Coed, Pentwyn Road, Cardiff"),
        ("she lives at 14 Heol y Nant", "14 Heol y Nant"),
    ],
)
def test_welsh_streets_and_house_names_are_addresses(
    detector: PersonalDataDetector, text: str, address: str
) -> None:
    found = [d.match for d in detector.detect(text) if d.label == "home_address"]
    assert found == [address]


@pytest.mark.parametrize(
    "text",
    [
        # a place where something happens, and numbers before Welsh words that are no street
        "The Eisteddfod is at 2 Heol y Castell, Caerdydd this year",
        "we won 3 Parc Y Scarlets tickets in the raffle",
        "Ty Hafan, the children's hospice, thanks our students for the 2 Bryn bake sales",
    ],
)
def test_welsh_venues_and_words_are_no_home(detector: PersonalDataDetector, text: str) -> None:
    assert [d for d in detector.detect(text) if d.label == "home_address"] == []


def test_a_postcode_someone_moved_to_is_theirs_though_a_campus_is_near(
    detector: PersonalDataDetector,
) -> None:
    text = "we moved to CF47 0HB last month, which campus is closest?"
    assert [(d.label, d.match) for d in detector.detect(text)] == [("postcode", "CF47 0HB")]
    venue = "The open evening is at the campus, CF47 0HB, from 5pm"
    assert detector.detect(venue) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a sign-off after a comma at the post's end
        ("here's my NI number as asked, sorry it took so long, Fatima", ["Fatima"]),
        ("Well deserved, Tyler.", ["Tyler"]),
        # a person's day, even with a name English uses as a word
        ("Happy birthday Lily! Have a good one", ["Lily"]),
        ("happy 18th Angharad!!! 🥳", ["Angharad"]),
        ("Happy 21st birthday to Oisín from all of us", ["Oisín"]),
        # a pair before what they do, one of them a word too
        ("Grace and Alfie are coming to the open day", ["Grace", "Alfie"]),
    ],
)
def test_first_names_alone_signed_after_a_comma_on_a_birthday_or_in_a_pair(
    text: str, names: list[str]
) -> None:
    found = PersonLikeNames().detect(text)
    assert [d.match for d in found] == names
    assert all(d.score < 0.5 for d in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("happy birthday to my best mate llŷr!! 17 today", "llŷr"),
        ("my little sister Angharad starts in September", "Angharad"),
        ("iolo ap Gwilym you owe me a fiver", "iolo ap Gwilym"),
        ("Rest easy Gareth 'Gaz' Morris, our tutor for 20 years", "Gareth 'Gaz' Morris"),
        ("RIP Daniel “Danny” Okafor, gone too soon", "Daniel “Danny” Okafor"),
    ],
)
def test_kin_with_a_word_between_a_small_letter_particle_name_and_a_nickname(
    text: str, name: str
) -> None:
    assert name in [d.match for d in PersonLikeNames().detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        # words after a comma, a birthday of a place, a pair of things, quoted titles
        "See you all in September, Cardiff",
        "Welcome back, Everyone",
        "Happy 100th birthday to the Royal Welsh College",
        "Poppy and Lily are in bloom in the garden",
        "Ruby and Jade are the gemstones we cut this week",
        "we watched Guardians 'Vol' Three in the common room",
        "the bin de Paris is full",
    ],
)
def test_commas_birthdays_pairs_of_words_and_quotes_make_no_name(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shout out to Zhang Lei on reception", ["Zhang Lei"]),
        ("Li Wei and Chen Xiuying passed ESOL", ["Li Wei", "Chen Xiuying"]),
        ("Wang Xiao-Ming got a merit", ["Wang Xiao-Ming"]),
    ],
)
def test_chinese_names_family_name_first(text: str, names: list[str]) -> None:
    found = [d for d in PersonLikeNames().detect(text) if d.score >= 0.5]
    assert [d.match for d in found] == names


@pytest.mark.parametrize(
    "text",
    [
        # a family name that is an English word, before a word English uses
        "the Sun Run is on Sunday",
        "We went to Tang Dynasty for lunch",
        "Pan Pan is a panda at the zoo",
        # not written as a name is
        "ZHANG LEI",
        "Wang FangYuan",
    ],
)
def test_words_that_look_like_chinese_names_are_not(text: str) -> None:
    assert [d for d in PersonLikeNames().detect(text) if d.score >= 0.5] == []


# Found by a review of the Welsh addresses and the first-name cues above.
@pytest.mark.parametrize(
    "text",
    [
        # a number before a Welsh place, venue or person: no street, no town after it
        "Year 9 Plas Menai residential was a huge success",
        "Year 12 Heol Senni outdoor trip was brilliant",
        "Kick off 7.30 Parc y Scarlets tonight",
        "Over 1000 Maes Glas residents signed up",
        "Day 3 Lôn Las Cymru ride for charity",
        "Meet our 4 Clos y Deri residents",
        # an office or a campus that moved, and a Welsh venue before its address
        "the office has moved to CF10 1AA",
        "We've moved to CF14 3UZ - come and see our new campus!",
        "Our Cardiff campus is moving to CF10 5BT in September",
        "Capel Bethel, 3 Heol y Capel, Bala",
        "Ysgol Glan Clwyd, 5 Heol yr Ysgol, Llanelwy",
        # a Welsh house name that is a hospice or an attraction
        "Tŷ Hafan, Hayes Road, Sully hosted our fundraiser",
        "Fferm Ffoli, Bridge Road, Kilgetty is open all summer",
    ],
)
def test_welsh_places_venues_and_offices_moving_are_no_home(
    detector: PersonalDataDetector, text: str
) -> None:
    assert [d for d in detector.detect(text) if d.label in ("home_address", "postcode")] == []


@pytest.mark.parametrize(
    "text",
    [
        # a brand or a club after a friend, a painter in small letters, a list's last place
        "my best friend Alexa plays my playlist every morning",
        "my best friend Chelsea won again on Saturday",
        "we did a project on vincent van Gogh",
        "Our art students are off to Italy: Rome, Venice, Florence",
        "Our next fixture is away at Everton, Chelsea",
        "Storm names this year include Ashley, Bert, Darragh",
        "Happy 100th Chelsea!",
        # pairs that name a film, a show or a double act
        "Bill and Ted have returned",
        "Gavin and Stacey were filmed in Barry",
        "Ant and Dec are hosting",
    ],
)
def test_brands_lists_painters_and_double_acts_name_no_one(text: str) -> None:
    assert PersonLikeNames().detect(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gareth (Gaz) Morris has retired", ["Gareth (Gaz) Morris"]),
        ("Penblwydd hapus Lily!", ["Lily"]),
        ("Happy birthday to our very own Ffion!", ["Ffion"]),
        ("Daisy and Rhys won the award", ["Daisy", "Rhys"]),
        ("Regards, Folake x", ["Folake"]),
    ],
)
def test_a_bracketed_nickname_a_welsh_birthday_and_a_pair_that_won(
    text: str, names: list[str]
) -> None:
    assert [d.match for d in PersonLikeNames().detect(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "1 Heol y Nant " * 3000,
        "Ty Gwyn, Pentwyn Road " * 2000,
        "Ffion " + "x" * 100_000,
        "1 Aa " * 20_000,
    ],
)
def test_long_posts_of_welsh_streets_runs_of_letters_and_numbers_screen_in_linear_time(
    text: str,
) -> None:
    screener = Screener(ScreenSettings(student_ids=("CT999999",)))
    assert cpu_seconds(lambda: screener.screen(text)) < 5


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("lol darragh ur wee brother is in the wrong room again", ["darragh"]),
        ("Shout out to Bronagh from my class for the lift home", ["Bronagh"]),
        ("can someone tell the tutor the bus is late - dominika", ["dominika"]),
        ("our ruairí's phone is dead, message me instead", ["ruairí"]),
        ("Pádraig your lift is waiting outside the sports hall", ["Pádraig"]),
        ("Call me after 6, Sandra (Josh Pike's mum)", ["Sandra", "Josh Pike"]),
        ("well done ryan lol", ["ryan"]),
        ("Congratulations, Priya! First place at the regional final", ["Priya"]),
        # (a list with two names English lacks takes its word-names too: the twentieth
        # session's names probe)
        ("Well done to Fatima, Jack and Olek for the Skills Show", ["Fatima", "Jack", "Olek"]),
        # what the review found hidden: "I" after the name, "the" after it, "that" before
        # it, a contraction before it, chat after it, a public figure's English-word partner
        ("sorry Thandiwe I forgot", ["Thandiwe"]),
        ("tell kacper the bus is late", ["kacper"]),
        ("is that fatima in the second pic", ["fatima"]),
        ("When's Anjali back from holiday?", ["Anjali"]),
        ("omg darragh way too funny", ["darragh"]),
        ("robert left his coat in the canteen", ["robert"]),
        ("Diolch Darragh for the lift", ["Darragh"]),
    ],
)
def test_a_first_name_alone_anywhere_is_a_hint(text: str, names: list[str]) -> None:
    # A first name of ours that English does not use as a word points at one person
    # wherever it stands; shown at 0.45 (never a review on its own), as unconfirmed.
    found = PersonLikeNames().detect(text)
    assert [d.match for d in found] == names
    alone = [d for d in found if " " not in d.match]
    assert all(d.score == 0.45 and "first_name_alone" in d.detail for d in alone)


@pytest.mark.parametrize(
    "text",
    [
        "email the form to darragh.kelly@outlook.com please",  # inside an address
        "follow @bronagh_art for the exhibition photos",  # a handle
        "Lost: grey Nike bag in the library",  # a brand
        "the Erasmus grant payment has gone through",  # after an article
        "Opening hours: Mon-Thu 9am to 5pm",  # days cut short
        "does the bus pass cover me, I live near alexandra park",  # a place's word after
        "Happy St Piran's Day to all our Cornish learners",  # a saint
        "We met Kevin the alpaca and Doris the pig. Doris was not impressed",  # animals
        "Trip to the Pankhurst Centre today: Emmeline would be proud",  # a public figure
        "Hassan's Kebab House is open late on Fridays",  # a business
        "Our art students are off to Italy: Rome, Venice, Florence",  # a list of places
        "Gavin and Stacey was filmed in Barry",  # a place after "in"
        "Eyup he's back at college",  # chat
        # what the review found read as names: other languages, places, works, epithets,
        # animals, scripture, people known by one name
        "Mae croeso i bawb yn y noson agored",
        "Haf hapus i bawb! Have a lovely summer",
        "Please make dua for the exams",
        "kya scene hai yaar",
        "Geography field trip to Skye was unforgettable",
        "Direct flights from Glasgow to Sofia for the exchange group",
        "Florence and the Machine are headlining",
        "Alfred the Great burned the cakes",
        "Millie the labrador is back in student support",
        "Our college cat Luna has had kittens!",
        "Mary and Joseph led the donkey into the nativity scene",
        "Adele tickets went on sale this morning",
        "Beannachtaí na Féile Pádraig",
        "Storm names this year include Bert, and Darragh is meant to be the worst storm yet",
    ],
)
def test_a_first_name_alone_that_names_a_thing_is_not_a_name(text: str) -> None:
    assert [d.match for d in PersonLikeNames().detect(text) if " " not in d.match] == []


def _found(text: str) -> list[tuple[str, str]]:
    result = Screener(ScreenSettings()).screen(text)
    return [(d.label, d.match) for d in [*result["personal_data"], *result["directory_names"]]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street kind of the seaside and of Scotland, and a flat's number before the town
        (
            "I'm at 58 Seaview Esplanade, BT20 5NF if anyone can share a taxi",
            [("home_address", "58 Seaview Esplanade, BT20 5NF")],
        ),
        (
            "my new place is 7 Kirk Wynd, Kilmarnock",
            [("home_address", "7 Kirk Wynd, Kilmarnock")],
        ),
        (
            "meet at mine, 31 Antrim Road flat 2, Belfast BT15 2AB",
            [("home_address", "31 Antrim Road flat 2, Belfast BT15 2AB")],
        ),
        # an institution's founding is not a birth, whatever capitalised name is beside it
        (
            "Mourne Valley College was founded on 1 September 2007 when two colleges merged. "
            "Happy birthday to us!",
            [],
        ),
        (
            "Happy birthday to our Tomasz! Born 3 May 2008",
            [("date_of_birth", "3 May 2008"), ("person_name", "Tomasz")],
        ),
        # the head of the institution in that role is not a private person
        ("Principal Dr McAllister will present the awards on Friday", []),
        ("my tutor Mr Jones is off sick", [("person_name", "Mr Jones")]),
        # "know" before a full name; "I'm" before a first name
        (
            "I'm Deirdre, 07700 900659, ring me",
            [("person_name", "Deirdre"), ("phone", "07700 900659")],
        ),
    ],
)
def test_read_half_of_round_12_families(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_found(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the format's own letters may end in A ("CA": C and any letter), and a space or a
        # hyphen may follow them as after any other letters of the format's own
        ("CA-2107364 is my number", ["CA-2107364"]),
        ("ca 210 7364 cant log in", ["ca 210 7364"]),
        # the digits alone, after words that say whose number it is
        ("my student number is 2107364 can u check", ["2107364"]),
        ("matric no 2107364", ["2107364"]),
        ("my number is 210 7364, the portal says it's wrong", ["210 7364"]),
        # not another kind of number, nor a longer run of digits
        ("order number 2107364 for the hoodie", []),
        ("student account number 2107364", []),
        ("the college room 2107364", []),
        ("my number is 0141 496 0553", []),
        ("2107364 people visited", []),
    ],
)
def test_a_student_number_without_its_letters_or_with_a_gap(text: str, found: list[str]) -> None:
    detector = PersonalDataDetector(student_ids=["CA9999999"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a year first, then the format's own letters: a gap may stand on either side of
        # them, as people write their number (the shapes round 15's brief gives)
        ("student no. 25TS4821", ["25TS4821"]),
        ("its 25-TS-4821 on my card", ["25-TS-4821"]),
        ("student no 25 ts 4821", ["25 ts 4821"]),
        # but never between two digits the format keeps together, nor with other letters
        ("2 5TS4821", []),
        ("25 to 4821", []),
        ("25-TSX-4821", []),
    ],
)
def test_a_gap_between_a_year_and_the_formats_letters(text: str, found: list[str]) -> None:
    detector = PersonalDataDetector(student_ids=["99TS9999"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the format's own hyphen, left out, or a space instead (after a cue)
        ("student no 482913-sy", ["482913-sy"]),
        ("lost card 482913sy", ["482913sy"]),
        ("my id 482913 SY", ["482913 SY"]),
        ("my student number is 482913", ["482913"]),
        ("order 482913 sy", []),
        ("482913 people came", []),
    ],
)
def test_a_formats_own_hyphen_may_be_left_out(text: str, found: list[str]) -> None:
    detector = PersonalDataDetector(student_ids=["999999-SY"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


def test_a_format_of_any_letters_alone_takes_no_gap() -> None:
    # "AA999999": any two letters, so a gap after them would read "my 123456" as one
    detector = PersonalDataDetector(student_ids=["AA999999"])
    assert [d.match for d in detector.detect("my 123456 and AB123456")] == ["AB123456"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person tagged by their full name; a first name in capitals in a calm post
        (
            "@Aisling Docherty ye left yer jacket in room 2.14",
            [("person_name", "Aisling Docherty")],
        ),
        ("The ESOL and SEND teams are in the LRC", []),
        ("I LOVE THIS COLLEGE SO MUCH", []),
        # "called" after a person, even a first name that is an English word
        ("a lovely lady called Grace helped us", [("person_name", "Grace")]),
        ("our dog called Grace is two today", []),
        ("a band called Muse", []),
        # a likeness put up to someone
        ("a photo wi the Billy McNeill statue at the ground", []),
        # a phone number spelled out, and no count of things
        (
            "my new number is oh seven seven double oh nine double oh five one nine",
            [("phone", "oh seven seven double oh nine double oh five one nine")],
        ),
        ("one two three four five six seven eight nine ten, ready or not", []),
        # a postcode in small letters run together, after "postcode"
        ("put my postcode in as pa31ln with no space", [("postcode", "pa31ln")]),
        ("the wifi code is pa31ln", []),
        # a shop named just before its address
        ("Is the Greggs at 104 Sauchiehall Street still doing the deal?", []),
        (
            "Drop it at 19 Kirk St, Paisley, she lives there",
            [("home_address", "19 Kirk St, Paisley")],
        ),
    ],
)
def test_read_half_of_round_13_families(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_found(text)) == sorted(expected)


@pytest.mark.parametrize("item", ["ant & dec zia ", "romeo and juliet. Darragh ", "Darragh "])
def test_many_first_names_alone_and_pairs_of_titles_are_read_in_linear_time(item: str) -> None:
    """About 50,000 characters: a first version checked every first name alone against
    every pair that names a show ("Ant and Dec") and took seconds; by bisection it is a
    fraction of one. Twice the text must take about twice the time, not four times (the
    time itself varies with the machine's load)."""
    names = PersonLikeNames()
    names.detect("warm up")
    half = item * (25_000 // len(item))
    whole = item * (50_000 // len(item))
    short = min(cpu_seconds(lambda: names.detect(half)) for _ in range(2))
    long = min(cpu_seconds(lambda: names.detect(whole)) for _ in range(2))
    assert long < 2.0
    assert long < 3 * short + 0.02


# A review of this session's personal-data families (365 labelled sentences of its own)
# found each of these read wrongly by a first version.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # student numbers: years, dates, counts and other numbers after "student" or
        # "college" are not one; the digits straight after "Student ID:" are
        ("Our college TikTok just hit 1000000 views!!", []),
        ("Student of the Year 2023-24 goes to our Level 3 bakers", []),
        ("Order ref for the student hoodies: 2107364", []),
        ("Student ID:2107364 please help", [("student_id", "2107364")]),
        # a phone spelled out: not counting, not a helpline, not a bingo card
        ("zero one two three four five six seven eight nine", []),
        ("Call Shelter free on oh eight oh eight, eight oh oh, four four four four", []),
        (
            "ring me oh-seven-seven-double-oh-nine-double-oh-one-two-three",
            [("phone", "oh-seven-seven-double-oh-nine-double-oh-one-two-three")],
        ),
        ("oh \u017feven \u017feven double oh nine double oh one two three", []),  # no crash
        # a family or a day before an address is not a shop
        (
            "Pop round to the Kellys at 22 Larch Avenue, they've got your bag",
            [("home_address", "22 Larch Avenue")],
        ),
        (
            "Lost dog! Please return to the O'Neills at 22 Larch Avenue, Ayr",
            [("home_address", "22 Larch Avenue, Ayr")],
        ),
        ("the McDonald's at 12 Argyle Street is shut today", []),
        # a birth date beside a founding is still a birth date
        (
            "Happy birthday Chloe Barker, born 4 June 2007 - same day as our anniversary!",
            [
                ("date_of_birth", "4 June 2007"),
                ("person_name", "Chloe Barker"),
            ],
        ),
        # a role under the principal; a memorial match is a student's
        ("Principal Lecturer Sarah Jones marked my essay", [("person_name", "Sarah Jones")]),
        ("Ryan Kelly memorial football match raised £3,000", [("person_name", "Ryan Kelly")]),
        ("the tutor called Summer term the hardest so far", []),
        ("2 Castle Esplanade tickets for the Tattoo, anyone?", []),
    ],
)
def test_the_review_of_this_sessions_personal_data_families(
    text: str, expected: list[tuple[str, str]]
) -> None:
    result = Screener(ScreenSettings(student_ids=("CA9999999",))).screen(text)
    found = [(d.label, d.match) for d in [*result["personal_data"], *result["directory_names"]]]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize("text", ["one-" * 25000, "a." * 50000, "doubleoh-" * 11000])
def test_runs_of_words_and_dots_screen_in_linear_time(text: str) -> None:
    """A bare domain was looked for from every word of a run of hyphens or dots to the
    run's end: 100,000 characters took 51 to 233 s."""
    screener = Screener(ScreenSettings())
    screener.screen("warm up")
    assert cpu_seconds(lambda: screener.screen(text)) < 3.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 14's read half showed these families; the sentences are our own.
        # a surname English also uses as a word, after a title
        ("can I speak to Mrs Lam about the ESOL timetable", [("person_name", "Mrs Lam")]),
        ("mr ng said the lab is shut", [("person_name", "mr ng")]),
        # a title and a surname with its particle, in small letters
        ("is mr o'brien in today or not", [("person_name", "mr o'brien")]),
        ("see you at ten o'clock", []),
        ("Victoria Park 5k this weekend, then a trip to Hong Kong", []),
        # a first name and a surname's initial, and an initial and a surname
        ('lost my hoodie, it has "Kayleigh P" on the label', [("person_name", "Kayleigh P")]),
        (
            "Sam K and Dan T are on the rota",
            [("person_name", "Sam K"), ("person_name", "Dan T")],
        ),
        ("Mark B for effort, and Harry U coming tonight?", []),
        ("refund to account name R Popescu please", [("person_name", "R Popescu")]),
        ("Signed: J Smith, Year 12", [("person_name", "J Smith")]),
        ("Plan B is the bus, then love Ellie X", []),
        # after a sign-off, a thank-you, a payment or a copy line (a review's shapes)
        ("Love from R Okonjo x", [("person_name", "R Okonjo")]),
        ("paid to D Wojcik for the coach", [("person_name", "D Wojcik")]),
        ("a letter from K Starmer about funding", []),
        # before words that say what the person did
        ("R Okafor has been picked for the county squad", [("person_name", "R Okafor")]),
        ("Nineteen Eighty-Four by G Orwell is so bleak", []),
        ("I got an A in maths and a B in English", []),
        ("Rab C. Nesbitt is on again tonight", []),
        # a first name in capitals among small letters, a hint; not a shouted run
        ("my bottle has SIOBHAN written on the lid", [("person_name", "SIOBHAN")]),
        # (a shouted run after praise is read as capitals' names are written: the
        # twentieth session's names probe)
        ("WELL DONE SIOBHAN WE ARE SO PROUD", [("person_name", "SIOBHAN")]),
        ("the TED talk on revision was good", []),
        # a printed specimen NI number, and one that is someone's
        ("the example payslip in the workbook shows JK 12 34 56 A, is it real", []),
        ("my NI is jk123456a for the form", [("ni_number", "jk123456a")]),
        # a postcode run together after words that say someone lives there
        (
            "miss you all from school, we're still at m146pq if you're passing",
            [
                ("postcode", "m146pq"),
            ],
        ),
        ("the room code is m146pq", []),
        # a northern street kind, with a postcode after or a home before it
        (
            "we're at 7 Moss Bank, Blackrod, bolton bl6 5aa now",
            [("home_address", "7 Moss Bank, Blackrod, bolton bl6 5aa")],
        ),
        ("4 Food Bank volunteers helped at 12 Barclays Bank today", []),
        ("my gran lives on 3 Oak Brow now", [("home_address", "3 Oak Brow")]),
    ],
)
def test_read_half_of_round_14_families(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_found(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # post sent to an address makes it someone's, though the college is named first
        (
            "Can the college please send my daughter's certificate to 9 Wollaton Street NG7 1AA",
            [("home_address", "9 Wollaton Street NG7 1AA")],
        ),
        (
            "the college keeps posting letters for our lad to 12 Derby Road, Ilkeston DE7 5AB",
            [("home_address", "12 Derby Road, Ilkeston DE7 5AB")],
        ),
        # a sort code run together: before an account number, or after "sort code"
        (
            "refund to bank 201575 acc 40411122 please",
            [("bank_details", "201575"), ("bank_details", "40411122")],
        ),
        (
            "sort code: 309921 and account no 11223344",
            [("bank_details", "309921"), ("bank_details", "11223344")],
        ),
        ("order 482913 came, account 12345678 was charged", [("bank_details", "12345678")]),
        # kin titles before a first name, and older first names
        ("it's Grandad Ken here, what time is the open evening", [("person_name", "Ken")]),
        ("Nan Mavis says thank you for the flowers", [("person_name", "Mavis")]),
        ("Granny Smith apples in the fruit bowl", []),
        ("Norman Conquest essay due Friday", []),
        # a name beside its public office, either way round
        ("Claire Ward, the East Midlands mayor, cut the ribbon", []),
        ("local MP Lilian Greenwood visited the workshop", []),
        ("Well done to Chloe Barker, MS Teams link below", [("person_name", "Chloe Barker")]),
        # a first name joined to a capitalised word that is no name: a thing's name
        ("the Trent and Mersey canal walk is on Saturday", []),
        # round 16's read half: "our" and a first name that is a word too, a surname said
        # to be one, a sort code and account joined by "and", a time is no house number,
        # a square is no surname
        ("so proud of our Amber!! distinction star", [("person_name", "Amber")]),
        ("our Summer term starts on Monday", []),
        ("my surname is spelt Kowalczyk on the register", [("person_name", "Kowalczyk")]),
        (
            "my bank details have changed, they're 401122 and 55667788 now",
            [("bank_details", "401122"), ("bank_details", "55667788")],
        ),
        ("kick off moved to 14:30, Bramall Lane closed", []),
        ("meet by Tudor Square at 6", []),
        # a form's placeholder sort code; a student number's digits are no account number
        ("the sort code box wants 6 digits like 00-00-00, then the account", []),
        (
            "thanks to Bronagh and Mrs Kelly for the cakes",
            [("person_name", "Bronagh"), ("person_name", "Mrs Kelly")],
        ),
    ],
)
def test_read_halves_of_rounds_15_and_16_families(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert sorted(_found(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("24 TS 1187 on my card but the register says different", True),
        ("24ts 0042 here, my laptop loan still isn't sorted", True),
        ("level 25 ts 1000 times harder than the last one", False),
        ("we need 20 TS 1000 here and in the lab", False),
    ],
)
def test_a_spaced_student_number_counts_when_what_follows_makes_it_ones_own(
    text: str, found: bool
) -> None:
    result = Screener(ScreenSettings(student_ids=("99TS9999",))).screen(text)
    assert any(d.label == "student_id" for d in result["personal_data"]) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my student no is AV48213K", "AV48213K"),
        ("av48213k is on the letter", "av48213k"),
        ("AV 48213 K on my card", "AV 48213 K"),
        ("student no av-48213-k", "av-48213-k"),
        ("AV48213, can you check my bursary", "AV48213"),
        ("my number is 48213k", "48213k"),
        ("my student number is 48213", "48213"),
        ("room 48213k is upstairs", None),
        ("order number 48213k", None),
        ("BV48213K is not our format", None),
    ],
)
def test_a_format_with_the_letter_a_itself_and_a_check_letter(text: str, found: str | None) -> None:
    # \A is the letter A itself; the last A is any check letter, which people leave off
    detector = PersonalDataDetector(student_ids=[r"\AV99999A"])
    ids = [d.match for d in detector.detect(text) if d.label == "student_id"]
    assert ids == ([found] if found else [])


def test_an_escaped_format_still_needs_four_digits_or_letters_to_match() -> None:
    with pytest.raises(ValueError, match=r"\\A"):
        PersonalDataDetector(student_ids=[r"\A\B99"])


def test_the_digits_of_a_student_number_are_no_account_number() -> None:
    detector = PersonalDataDetector(student_ids=["W99999999"])
    found = detector.detect("bursary form: Student ID W19283746, acc no 11472839")
    assert sorted((d.label, d.match) for d in found) == [
        ("bank_details", "11472839"),
        ("student_id", "W19283746"),
    ]


# A review of the seventeenth session's families (our own sentences, written from what it
# found): each narrowed family still finds what it was written for, and no longer what
# the review found it took for personal data.
REVIEWED_NOT_PERSONAL = [
    "Our Summer has been amazing, thanks to everyone.",
    "Our Faith has carried us through the building works.",
    "Our Hope is that every learner finishes the course.",
    "Norman and Tudor castles are on the history trip.",
    "Gordon Bennett, what a result for the team!",
    "The family name was Norman, after the conquest, as the guide told us.",
    "Please bring cards to 5 Market Street for the care home residents.",
    "Order the AV 12345 kit bags from the shop.",
    "Ticket 204518, 30912744 are the winning raffle numbers; bank holiday hours apply.",
    "Congratulations on the Chancellor's Scholarship, a proud day.",
    "Entries for the Mayor's Award close on Friday.",
    "Youth Mayor elections open next week.",
]
REVIEWED_PERSONAL = [
    ("Well done to Chloe Brampton, our Youth Mayor!", "Chloe Brampton"),
    ("Jamie Holt, SU Health Secretary, ran the stall.", "Jamie Holt"),
    ("Congratulations to Luke Campbell on his distinction in plumbing.", "Luke Campbell"),
    ("My account is acct12345678 and sort code 20-45-18.", "12345678"),
    ("Pay into a/c12345678, sort code 30-91-27.", "12345678"),
    ("My maiden name was McAllister.", "McAllister"),
    ("Her surname is O'Donoghue.", "O'Donoghue"),
    ("my surname is NOWAK on the form", "NOWAK"),
    ("25 TS 5530 is my student number", "25 TS 5530"),
    ("So proud of our Jade!!", "Jade"),
    ("Our Grace passed her driving test", "Grace"),
    ("so proud, our Holly has passed her level 3", "Holly"),
    ("my student number is AV 12345, can you check", "AV 12345"),
    ("AV48213 please reset my login", "AV48213"),
    ("bank 309634 and 01827364 is my account", "309634"),
]


def _reviewed_screener() -> Screener:
    return Screener(ScreenSettings(student_ids=(r"\AV99999A", "99TS9999")))


@pytest.mark.parametrize("text", REVIEWED_NOT_PERSONAL)
def test_what_the_review_found_taken_for_personal_data_is_not(text: str) -> None:
    result = _reviewed_screener().screen(text)
    assert [*result["personal_data"], *result["directory_names"]] == []


@pytest.mark.parametrize(("text", "span"), REVIEWED_PERSONAL)
def test_the_reviewed_families_still_find_what_they_were_written_for(text: str, span: str) -> None:
    result = _reviewed_screener().screen(text)
    assert span in [d.match for d in [*result["personal_data"], *result["directory_names"]]]


@pytest.mark.parametrize(
    ("formats", "text", "found"),
    [
        # round 17's read half showed these shapes; our own sentences
        ((r"\AV99999A",), "48213K that's me, can you check my attendance", ["48213K"]),
        ((r"\AV99999A",), "not sure of my id, on my lanyard it says 40716P", ["40716P"]),
        ((r"\AV99999A",), "My student ID number : A V 4 8 2 1 3 K", ["A V 4 8 2 1 3 K"]),
        ((r"\AV99999A",), "ticket 61594 thats me! won the raffle", []),
        ((r"\AV99999A",), "the wifi code is A V 3 9 4 0 2 L", []),
        # a format of digits alone, said to be one's own after it (round 18's brief)
        (("9999999",), "2317745 is my student number, I can't log in", ["2317745"]),
        (("9999999",), "order 2317745 is my order from the shop", []),
    ],
)
def test_a_student_number_said_to_be_ones_own_after_it_or_spelled_out(
    formats: tuple[str, ...], text: str, found: list[str]
) -> None:
    detector = PersonalDataDetector(student_ids=list(formats))
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


def test_a_birthday_do_is_no_birth_date_though_a_birth_date_follows() -> None:
    text = "Grandad's birthday do is 3rd May at the Crown, he was born 03/05/1950 so it's his 75th"
    found = [d.match for d in PersonalDataDetector().detect(text) if d.label == "date_of_birth"]
    assert found == ["03/05/1950"]


def test_a_causeway_is_a_street() -> None:
    text = "details: Sam Kerr, 12 Lodge Causeway, Fishponds BS16 3JU"
    found = [d.match for d in PersonalDataDetector().detect(text) if d.label == "home_address"]
    assert found == ["12 Lodge Causeway, Fishponds BS16 3JU"]


# A review of the eighteenth session's families (its own sentences): what it found lost or
# newly taken for personal data.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "12/03/2007 is my date of birth, not 21/03/2007 like the form says",
            ["12/03/2007", "21/03/2007"],
        ),
        ("Youth Mayor Jess Patel opened our new wing today", ["Jess Patel"]),
        ("Rhys Evans, our Mock Parliament Prime Minister, gave a great speech", ["Rhys Evans"]),
        ("its AV48213 without the letter on my old card", ["AV48213"]),
        ("The AV20113 projector in B12 is broken again", []),
        ("SC 204518 is the sports centre booking ref", []),
        ("Bank raffle: tickets 204518 and 30912744 won the hamper", []),
        (
            "Cheques for the trip to the parish office please, post them to 10 Church Street, "
            "Abingdon",
            [],
        ),
        ("Send it to 14 Market Place, Wantage - our Wantage campus reception", []),
        ("the front of the college looks amazing, our Ivy is growing right up to the roof", []),
        ("4827361 was my ref for the parcel, still not arrived", []),
    ],
)
def test_what_the_eighteenth_sessions_review_found(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings(student_ids=(r"\AV99999A", "9999999"))).screen(text)
    spans = [d.match for d in [*result["personal_data"], *result["directory_names"]]]
    assert spans == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # as round 19's brief says people write a number of the format FB/99/9999
        ("my number is 24/1187", ["24/1187"]),
        ("student no 241187", ["241187"]),
        ("my student number is 24 1187", ["24 1187"]),
        ("fb24 1187 can't log in", ["fb24 1187"]),
        ("score 24/1187 in the quiz", []),
        ("ticket no 241187", []),
    ],
)
def test_a_format_of_letters_and_groups_of_digits_is_found_without_its_letters(
    text: str, found: list[str]
) -> None:
    detector = PersonalDataDetector(student_ids=["FB/99/9999"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


@pytest.mark.parametrize(
    ("text", "formats", "found"),
    [
        # round 18's read half showed these shapes; our own sentences
        (
            "ID is 2316045, surname Okafor, first name Chidi",
            ("9999999",),
            ["2316045", "Okafor", "Chidi"],
        ),
        ("my order number is 2319847 and it hasn't come", ("9999999",), []),
        ("stu no 2315590, my timetable is blank", ("9999999",), ["2315590"]),
        ("can you tell mrs Okafor I'm off sick", (), ["mrs Okafor"]),
        ("lost cat near the college campus, please ring 01632 960519", (), ["01632 960519"]),
        ("my mum works shifts at the John Radcliffe", (), []),
    ],
)
def test_round_18s_read_half_families(
    text: str, formats: tuple[str, ...], found: list[str]
) -> None:
    result = Screener(ScreenSettings(student_ids=formats)).screen(text)
    assert [d.match for d in [*result["personal_data"], *result["directory_names"]]] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a review of round 18's read-half families (its own sentences)
        ("course no. 401, student no 2316045", ["2316045"]),
        ("Kwabena no. 2316045 was absent", ["2316045", "Kwabena"]),
        ("John Radcliffe in 13A keeps sending vile messages", ["John Radcliffe"]),
        ("my mum works shifts at the John Radcliffe", []),
        ("your student ID card expires 09/2025", []),
        ("Star Cabs by the campus: 01502 525252", []),
        ("a mr kipling cake for the bake sale", []),
        ("tell miss Trunchbull im late", []),
        ("tell miss im going to be late", []),
        ("Fill in the box like this (surname Smith, first name John), block capitals", []),
        ("Fun fact: surname Smith is still the most common in the UK", []),
        ("surname Smith, first name Jo, I missed the register", ["Smith", "Jo"]),
    ],
)
def test_the_review_of_round_18s_read_half_families(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings(student_ids=("FB/99/9999", "9999999"))).screen(text)
    assert [d.match for d in [*result["personal_data"], *result["directory_names"]]] == found


# A third review (helper-123, its own sentences) of the newest personal-data rules: names
# after "the" that are people, another kind's number before "my id", a number without
# its check letter in a post about someone, raffles and queues, a form's placeholders.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sat next to the Tom Price from level 2? he owes me a tenner", ["Tom Price"]),
        (
            "can someone give this charger back to the Liam Hartley in my maths class",
            ["Liam Hartley"],
        ),
        ("got a lift home from the Jade Wilkins in plumbing, shes sound", ["Jade Wilkins"]),
        (
            "massive shout out to the Ellie Brookes in 2B for finding my purse",
            ["Ellie Brookes"],
        ),
        (
            "anyone going to the Chloe Nuttall party on sat? her mum said 30 max",
            ["Chloe Nuttall"],
        ),
        (
            "i was stood near the Kieran Doyle kid from Level 1 when it kicked off",
            ["Kieran Doyle"],
        ),
        ("shifts at the John Radcliffe this week so no lectures for me", []),
        ("join the ms Teams call at 2 for the tutorial", []),
        ("submit it through ms Forms by friday", []),
        ("ur essay has to be typed in ms Word not google docs", []),
        ("who remembers mr Blobby lmao", []),
        ("just got new dr Martens for placement, my feet are dying", []),
        ("can of dr Pepper and a meal deal, level 3 lunch sorted", []),
        ("watching mr Bean in the common room instead of revising", []),
        ("the kids at placement love mr Tumble, singing it all day", []),
        ("dr Who marathon tonight in the halls", []),
        ("thanks miss Universe for the compliment 😂", []),
        ("message miss Piggy if you want muppets tickets lol", []),
        ("tell miss Hughes i'll be late, bus broke down", ["miss Hughes"]),
        ("mr Okafor said the deadline moved to monday", ["mr Okafor"]),
        ("ask dr Adeyemi about the resit", ["dr Adeyemi"]),
        ("thanks mr Whitfield for sorting my bursary", ["mr Whitfield"]),
        ("raffle drawn!! 4417203 was my number 😭 so close", []),
        ("bingo night: 2209114 was his number, won the hamper", []),
        ("running number 40211 thats me in the finish photo!", []),
        ("my student card expires 09 2025 so need a new one", []),
        ("Year 2 gets the bus at 12 2024 timetable changed", []),
        ("student ID 24/1187 for the resit list pls", ["24/1187"]),
        ("my number is 24 1187 can u check if im on the list", ["24 1187"]),
        ("learner no. 241187 if anyone from exams sees this", ["241187"]),
        ("ID on the form, surname Required, first name Required \u2014 thats how ours looks", []),
        ("fields on the enrolment: surname, forename, DOB, postcode", []),
        (
            "For the exam office: ID 2316045, surname Mensah, first name Kwabena",
            ["2316045", "Mensah", "Kwabena"],
        ),
        ("IT ticket #88231, my id 2317745 still locked out", ["2317745"]),
        ("booking ref for the trip is BK22, my number is 2317745", ["2317745"]),
        ("order number came through, student number 2319911 for the discount", ["2319911"]),
        ("course number 402 and my student no 2315590", ["2315590"]),
        ("2317745 is my student number, can someone from IT help", ["2317745"]),
        ("61594R thats me, am I on the resit list?", ["61594R"]),
        (
            "Keira's number is AV20113 can someone pass on the results to her",
            ["AV20113", "Keira"],
        ),
        ("Jordan Clarke AV40219 left his lanyard in the library", ["AV40219", "Jordan Clarke"]),
        ("my student number is A V 3 9 4 0 2 L", ["A V 3 9 4 0 2 L"]),
        (
            "pay me back for the prom tickets lol sort code 309634 acc 01827364",
            ["309634", "01827364"],
        ),
        ("ref: rent. sort code 309634 acc 01827364 thanks x", ["309634", "01827364"]),
        ("for the group order, my sort code 309634 acc 01827364", ["309634", "01827364"]),
        (
            "can you post my certificate to 22 Ash Grove, Hull HU5 3QP, left campus already",
            ["22 Ash Grove, Hull HU5 3QP"],
        ),
        (
            "send it to 14 Elm Road, Leeds LS6 2AB please, the post office lost the last one",
            ["14 Elm Road, Leeds LS6 2AB"],
        ),
        (
            "dropped my card near the gym, rang 01865 240240 and they've got it behind the desk",
            [],
        ),
        (
            "lost my hoodie near the college cafe, the cafe is on 01865 554433 if anyone's there",
            [],
        ),
        ("lost my keys near the campus, ring me on 01865 771234 if found", ["01865 771234"]),
        ("karaoke tonight, someone please do mr Brightside 🎤", []),
        ("drew it in ms Paint for the logo lol", []),
        ("dr Strange is on in the common room at 4", []),
        (
            "send the letters to 14 Elm Road, Leeds LS6 2AB, thats Jakes house, the office is shut",
            ["14 Elm Road, Leeds LS6 2AB"],
        ),
        (
            "post everything to 9 Mill Lane, Hull HU5 2RT, the church one is wrong",
            ["9 Mill Lane, Hull HU5 2RT"],
        ),
        ("my number in the queue was 24 1187 lol it took ages", []),
        (
            "surname Nowak, first name Zofia, ID 2318812 - can exams check my entry",
            ["2318812", "Nowak", "Zofia"],
        ),
    ],
)
def test_the_third_review_of_this_sessions_personal_data_rules(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings(student_ids=("FB/99/9999", "9999999", r"\AV99999A"))).screen(
        text
    )
    assert [d.match for d in [*result["personal_data"], *result["directory_names"]]] == found


def _matches(text: str, *formats: str) -> list[str]:
    """What the whole screen finds in ``text`` as personal data and names, in order."""
    result = Screener(ScreenSettings(student_ids=formats)).screen(text)
    return [d.match for d in [*result["personal_data"], *result["directory_names"]]]


# Round 19's read-half families (the nineteenth session), in our own sentences: a name
# after a sign-off or a comma at a post's end, someone spoken to at a sentence's start, a
# place after "at", a parent named beside their child, a postcode said to be home after
# it, a lower-case street of another kind with a postcode after it; and what each of these
# cues must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thanks for sorting the minibus. Thanks, Callum Reeve", ["Callum Reeve"]),
        ("Lost my keys by the sports hall. Cheers, Megan Quarrington", ["Megan Quarrington"]),
        ("ring me on 07700 900123 if you find it, Terry", ["07700 900123", "Terry"]),
        ("we won the cup, Grace", ["Grace"]),
        ("see you in April, May", []),
        ("Lewis u owe me £30 from friday", ["Lewis"]),
        ("Oli you still owe me a pint", ["Oli"]),
        ("Will you be at the open evening?", []),
        ("Hope you're all well after the break", []),
        ("Mark you are in the team", []),
        ("Colman's will sponsor the stand", []),
        ("Delia will be buzzing after that result", []),
        ("the plastering course at Lynn is full", []),
        ("stop laughing at Kayleigh in the canteen", ["Kayleigh"]),
        ("I am Mr Zhang, father of Wei Zhang in year 1", ["Mr Zhang", "Wei Zhang"]),
        ("any good chippy near nr191xb? thats where we've just moved to", ["nr191xb"]),
        ("the fair at nr191xb is on all week", []),
        ("parcel for 3 church row, bawdsey, ip12 3aw please", ["3 church row, bawdsey, ip12 3aw"]),
        ("won 3 in a row", []),
        ("we walked 3 miles along the river walk", []),
    ],
)
def test_round_19s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text, "9999999") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # DC/999999, as round 20's brief says people write it (our own sentences)
        ("DC/240317 cant log in to the VLE", ["DC/240317"]),
        ("dc-240317 please reset my password", ["dc-240317"]),
        ("DC240317 is my timetable right?", ["DC240317"]),
        ("DC 240 317 lost my lanyard by the gym", ["DC 240 317"]),
        ("student no 240317, am I on the resit list", ["240317"]),
        ("240317 is my student number, can IT help", ["240317"]),
        ("the DC 240 bus was late again", []),
        ("order number 240317 hasn't arrived", []),
        ("room 240 317 is locked", []),
    ],
)
def test_a_format_of_letters_a_separator_and_one_run_of_digits_in_groups(
    text: str, found: list[str]
) -> None:
    detector = PersonalDataDetector(student_ids=["DC/999999"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 99-99999 (a year, then the number), as round 21's brief says people write it
        # (our own sentences)
        ("24-10387 cant log in to the VLE", ["24-10387"]),
        ("my student number is 24/10387", ["24/10387"]),
        ("id 2410387 please reset my password", ["2410387"]),
        ("student number 24 103 87, am I on the list", ["24 103 87"]),
        ("my student number is 10387", ["10387"]),
        ("10387 (year 24) is me", ["10387"]),
        ("24-10387 thats me, did I pass", ["24-10387"]),
        ("order 24-10387 hasn't arrived", []),
        ("order number 10387 hasn't arrived", []),
        ("raised £10387 for charity", []),
        ("score was 24-10 at half time", []),
    ],
)
def test_a_format_of_a_year_and_a_number_with_the_year_or_without(
    text: str, found: list[str]
) -> None:
    detector = PersonalDataDetector(student_ids=["99-99999"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # PT-99-9999 (its letters, a year and a number), as round 22's brief says people
        # write it (our own sentences)
        ("PT-24-0817 cant get on the wifi", ["PT-24-0817"]),
        ("my student no is pt24 0817", ["pt24 0817"]),
        ("id PT24/0817 please reset my login", ["PT24/0817"]),
        ("its 0817 (PT24) on my lanyard", ["0817 (PT24)"]),
        ("student number 0817 (pt-24), am I on the trip", ["0817 (pt-24)"]),
        ("my student number is 24-0817", ["24-0817"]),
        ("the room is 0817 (block PT)", []),
        ("paid £0817 (PT24 kit)", []),
        ("order 24-0817 hasn't come", []),
        ("1200 (PT24) ", ["1200 (PT24)"]),
    ],
)
def test_a_format_of_letters_a_year_and_a_number_with_the_head_in_brackets_after(
    text: str, found: list[str]
) -> None:
    detector = PersonalDataDetector(student_ids=["PT-99-9999"])
    assert [d.match for d in detector.detect(text) if d.label == "student_id"] == found


def test_only_a_format_of_letters_and_a_run_of_digits_takes_its_head_in_brackets() -> None:
    for fmt, text in (("99-99999", "10387 (24)"), ("\\AV99999A", "48213 (AV)")):
        assert PersonalDataDetector(student_ids=[fmt]).detect(text) == []


# A review of this session's name, postcode and student-number cues (helper-130, its own
# sentences): sign-offs that are places, pets, seasons or a bill; verbs and places that
# are names ("Kit your kids out", "placement at Lynn"); someone shouted at, sworn at or
# sniggered at; a parent named beside their child; postcodes where a van or a food bank
# is; rooms that look like a student number.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            (
                "Thanks so much to the health and social care students who sang for our residents. "
                "Love, Rose Court 💕"
            ),
            [],
        ),
        (
            (
                "Thank you for all the harvest donations, they'll go to the food bank. "
                "Many thanks, Grace Church"
            ),
            [],
        ),
        ("Quiz night every Thursday from 8, students welcome with ID. Cheers, Robin Hood", []),
        ("Bye bye, Summer 😭 back to college Monday", []),
        ("Results day done, bring it on, Summer ☀️", []),
        ("Our dog passed away this morning after 14 years of cuddles. Run free, Rocky 🐾", []),
        ("Car park B closed Monday for resurfacing. Regards, Estates Team", []),
        ("Please return all library books by Friday. Many thanks, Learning Resources", []),
        ("Lost property is by reception until half term. Thanks, Student Services", []),
        ("Water bill's gone up £20 a month. Thanks a lot, Bill 🙄", []),
        ("Cheers for the lift home, Duck x", []),
        ("Lovely afternoon tea for the retirement do, thank you all. Love, Ivy House x", []),
        ("Big match Saturday, come on, Everton", []),
        ("Thanks for a cracking season everyone. Cheers, Hope Valley", []),
        ("Merry Christmas from all of us. Love, Holly Bush", []),
        ("Kit your kids out for September: pre-loved uniform sale in the hall Saturday 10-12", []),
        ("Nick your mate's charger one more time and you're off the group chat 😂", []),
        ("Wade your way through the mud at Saturday's Colour Run for Children in Need!", []),
        ("Rob you blind in that canteen now, £3.80 for a meal deal 😤", []),
        ("Summer you were amazing ☀️ back to reality Monday", []),
        ("Miles you've run this term: 48! Proud of our couch to 5k crew 🏃", []),
        ("Bob your hair for summer ✂️ £10 cuts with our Level 2 learners", []),
        ("Will you be at the open evening?", []),
        ("Plumbing apprentices on placement at Lynn this week", []),
        ("Residential at Barry Island next month, forms due Friday", []),
        ("Match report: 2-1 win away at Stanley, what a performance", []),
        ("Blood donor van is parked up at nr191xb, thats where they are staying all week 🩸", []),
        ("Food bank collection point is ip123aw, which is where we are based on Saturdays", []),
        ("the van will be at ip123aw, where they are based, from 9am", []),
        ("we won 3 in a row, buzzing", []),
        ("lives at the gym now, 5 days a week down at the leisure park", []),
        ("DC 12 24 volt charger for the minibus has gone missing", []),
        ("Washington DC 2026 trip: 240 places, 317 applied so far!", []),
        ("Revision sessions in rooms DC 240 317 and 318 this week", []),
        ("Huge thanks to everyone who donated. Love, Amber Valley Foodbank", []),
        ("Thanks for sorting the trip money. Cheers, Dan Fairweather", ["Dan Fairweather"]),
        ("Best wishes, Holly Reeve", ["Holly Reeve"]),
        ("Take care, Megan Quarrington", ["Megan Quarrington"]),
        ("All the best, Callum Reeve", ["Callum Reeve"]),
        ("Kind regards, Will Thackeray", ["Will Thackeray"]),
        ("Miss you already, Holly x", ["Holly"]),
        ("Happy birthday, Summer 🎂🎈", ["Summer"]),
        ("So proud of you, Mason", ["Mason"]),
        ("Well done, Hope! 🎉", ["Hope"]),
        ("Love you loads, Ruby xx", ["Ruby"]),
        ("Grace you still owe me a fiver", ["Grace"]),
        ("Ruby you left your coat at mine", ["Ruby"]),
        ("Hey Lewis you owe me £30", ["Lewis"]),
        ("Lewis!! you owe me £30", ["Lewis"]),
        ("Jodie ur bag's still in my car", ["Jodie"]),
        ("Oi Kacey, ur dinner money's on the side", ["Kacey"]),
        ("I'm staying at Kayleigh's tonight", ["Kayleigh"]),
        ("she was fuming at Kayleigh for telling everyone", ["Kayleigh"]),
        ("he threw a bottle at Jaden after the match", ["Jaden"]),
        ("she swore at Keeley in front of the whole class", ["Keeley"]),
        ("everyone sniggering at Aaliyah in the canteen", ["Aaliyah"]),
        ("he yelled at Ffion in front of her mates", ["Ffion"]),
        ("Mrs Okafor, mother of Chidi Okafor, called the office", ["Mrs Okafor", "Chidi Okafor"]),
        ("Chidi Okafor's dad Mr Okafor is picking him up", ["Chidi Okafor", "Mr Okafor"]),
        ("ip123aw is where my dad lives", ["ip123aw"]),
        ("nr191xb, where we used to live", ["nr191xb"]),
        ("anyone deliver to ip123aw? it's where i'm staying", ["ip123aw"]),
        ("nr19 1xb thats where my nan lives", ["nr19 1xb"]),
        (
            "my nan lives at 14 meadow view, can someone drop her prescription round",
            ["14 meadow view"],
        ),
        ("parcel for 7 rose walk, ip12 3aw", ["7 rose walk, ip12 3aw"]),
        ("we moved to 9 orchard rise last week", ["9 orchard rise"]),
        ("send it to 22 kings way ip12 3aw", ["22 kings way ip12 3aw"]),
        ("DC 240 317 lost my lanyard", ["DC 240 317"]),
        ("dc 240 317 cant get on the wifi", ["dc 240 317"]),
        ("my student number is DC 24 03 17", ["DC 24 03 17"]),
        ("DC-240 317 is my number", ["DC-240 317"]),
        ("DC 2403 17 is on my lanyard", ["DC 2403 17"]),
    ],
)
def test_the_review_of_this_sessions_name_and_postcode_cues(text: str, found: list[str]) -> None:
    assert sorted(_matches(text, "DC/999999")) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # round 20's read half showed these shapes; our own sentences
        (
            "can the office post my daughter's certificate to flat 3, 12 Mill Lane, Hull HU5 2RT",
            ["flat 3, 12 Mill Lane, Hull HU5 2RT"],
        ),
        ("the parish office takes parcels at 10 Church Street, Abingdon OX14 3AA", []),
        ("studnet numbr 240317 cant log in", ["240317"]),
        (
            "Bryn Mawr farm, Llanrug, LL55 4AB, that's us, send the forms there",
            ["Bryn Mawr farm, Llanrug, LL55 4AB"],
        ),
        ("we learned about Llywelyn ap Iorwerth and Owain Glyndŵr today", []),
        ("Rhys ap Gwilym left his bag in the library", ["Rhys ap Gwilym"]),
        ("The deadline's 12/06/2025 and her dob is 03/04/2008 so she's in", ["03/04/2008"]),
        ("12/03/2007 is my date of birth, not 21/03/2007", ["12/03/2007", "21/03/2007"]),
    ],
)
def test_round_20s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text, "DC/999999") == found


# A review of round 20's read-half mends (helper-134, its own sentences): flats to let,
# post for one's own child, typos in a student-number cue, farms that are names and
# names before "cottage pie", Welsh princes and poets, birth dates beside deadlines.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            (
                "Can the Chester office send our parcels to the main reception at Chester "
                "College, 12 Eaton Road, Chester CH4 7AN"
            ),
            [],
        ),
        (
            "Please post their certificates to the exams office, 5 Station Road, Wrexham LL11 1AA",
            [],
        ),
        (
            (
                "Tutors: post your results letters to the campus office, 20 Grosvenor Street, "
                "Chester CH1 2DD"
            ),
            [],
        ),
        (
            (
                "Flat 2, 48 Walpole Street, Chester CH1 4HG \u2013 2 bed flat to let, £750pcm, "
                "call Hoole Lettings"
            ),
            [],
        ),
        (
            (
                "Student housing fair: Apartment 4, 10 Dock Street, Liverpool L3 4AA is our show "
                "flat, open 10-4 Saturday"
            ),
            [],
        ),
        ("studnet discount code 240317 for 10% off at the campus shop", []),
        ("Room numbr 240317? no it's B12 😂", []),
        ("Cae Coch farm shop is open Saturdays, lovely cheese", []),
        ("Work experience at Bryn Mawr farm was amazing, lambing season 🐑", []),
        ("Plas Newydd Cottage tearoom does the best scones in Llangollen", []),
        ("We learned about Llywelyn ap Gruffudd and Dafydd ap Gwilym in Welsh history today", []),
        ("Owain Glyndwr day on 16 Sept, wear something red!", []),
        ("Gruffydd ap Cynan essay due Monday, I've not even started", []),
        ("Llywelyn ap Gruffydd died at Cilmeri in 1282, that's on the test", []),
        ("Rhys ap Thomas and Henry Tudor at Bosworth, Year 12 history trip next week", []),
        ("Enrolment deadline 31/08/2025 - date of birth must match your ID", []),
        ("Exam on 12/06/2025, bring ID with your date of birth on it", []),
        ("Induction 08/09/2025 9am. DOB and emergency contact needed on the day", []),
        (
            "can the Chester office send my son's letter to flat 2, 48 Hoole Road, Chester CH2 3NL",
            ["flat 2, 48 Hoole Road, Chester CH2 3NL"],
        ),
        (
            (
                "could reception post my daughter's certificate to 14 Lache Lane, Chester CH4 "
                "7LR please"
            ),
            ["14 Lache Lane, Chester CH4 7LR"],
        ),
        (
            "can the office send Ioan's results to 7 Hafod Road, Mold CH7 1AA",
            ["7 Hafod Road, Mold CH7 1AA", "Ioan"],
        ),
        (
            "Can the office send my lad's certificate to 22 Brook Street, Wrexham LL13 7LU",
            ["22 Brook Street, Wrexham LL13 7LU"],
        ),
        (
            (
                "office keeps sending my stepson's post to 9 Garden Lane, Chester CH1 4EY, he "
                "moved out ages ago"
            ),
            ["9 Garden Lane, Chester CH1 4EY"],
        ),
        (
            (
                "can the Wrexham campus post my grandson's results to Apartment 5, 3 Queens "
                "Court, Wrexham LL11 2BB"
            ),
            ["Apartment 5, 3 Queens Court, Wrexham LL11 2BB"],
        ),
        (
            "can the office send the twins' letters to flat 6, 19 Station Road, Rhyl LL18 1AA",
            ["flat 6, 19 Station Road, Rhyl LL18 1AA"],
        ),
        ("studnet numbr 240317 cant log in", ["240317"]),
        ("studnt number 240317 pls reset my password", ["240317"]),
        ("student nmbr is 240317", ["240317"]),
        ("my stuent no. 240317, locked out of moodle", ["240317"]),
        ("studen ID 240317 cant get on wifi", ["240317"]),
        ("student numer: 240317", ["240317"]),
        ("stduent number 240317 help", ["240317"]),
        ("student nummber 240317 card wont scan", ["240317"]),
        ("Studnet num 240317", ["240317"]),
        ("sudent number 240317 my card's not working", ["240317"]),
        ("learner numbr 240317, cant see my timetable", ["240317"]),
        ("the deadline's 17/05/2025 and Ioan's dob is 17/05/2007", ["17/05/2007", "Ioan"]),
        (
            (
                "my daughter's 14/02/2008 and my son's dob is 03/09/2007, can they both go on "
                "the trip?"
            ),
            ["14/02/2008", "03/09/2007"],
        ),
        ("her dob: 03/04/2008, mine is 12/11/2007", ["03/04/2008", "12/11/2007"]),
        ("Trip forms in by 20/09/2025 \u2013 DOB 05.06.2008 for the insurance", ["05.06.2008"]),
        ("DOB 17/05/2007 \u2013 sorry typo, it's 17/05/2008", ["17/05/2007", "17/05/2008"]),
        ("12/03/2007 \u2013 that's my dob, the form says 21/03/2007", ["12/03/2007", "21/03/2007"]),
        ("date of birth - 17th May 2007", ["17th May 2007"]),
        ("Son's DOB is 4/9/08 and he starts on 8/9/25", ["4/9/08"]),
        ("Form in by 12/09/2025. DOB = 01/02/2008", ["01/02/2008"]),
        ("Star bake this week: Ellie Watts cottage pie 👏", ["Ellie Watts"]),
        ("Lucy Evans barn owl photos are up in the art exhibition", ["Lucy Evans"]),
        ("Jack Thomas grange hill costume was the best at the party 😂", ["Jack Thomas"]),
        ("Megan Hughes barn conversion design won first prize in Construction", ["Megan Hughes"]),
        ("Tom Pryce farm safety talk was brilliant, thanks for coming in", ["Tom Pryce"]),
        ("Well done Sion Parry, bungalow extension drawings were top of the class", ["Sion Parry"]),
        ("Rhys ap Gwilym left his bag in the library", ["Rhys ap Gwilym"]),
        ("Llywelyn ap Dafydd in Year 12 has won the Urdd chair!", ["Llywelyn ap Dafydd"]),
        ("Owain ap Iorwerth left his coat in B12", ["Owain ap Iorwerth"]),
        ("Gruffudd ap Rhys from Level 3 Engineering is on the radio tonight", ["Gruffudd ap Rhys"]),
        (
            "sending her dob 17/05/2007 and address flat 4, 2 Kings Road, Rhyl LL18 1AA",
            ["17/05/2007", "flat 4, 2 Kings Road, Rhyl LL18 1AA"],
        ),
        (
            (
                "studnet numbr 240317, dob 02/02/2008, can the office post my results to 5 Marsh "
                "Lane, Chester CH2 2AB"
            ),
            ["240317", "02/02/2008", "5 Marsh Lane, Chester CH2 2AB"],
        ),
    ],
)
def test_the_review_of_round_20s_read_half_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text, "DC/999999")) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # someone spoken to in small letters, before what they owe (the first review's case)
        ("lewis u owe me £30 from friday", ["lewis"]),
        ("oi kacey you still owe me a fiver", ["kacey"]),
        ("grace u left ur coat at mine", ["grace"]),
        ("mate u owe me", []),
        ("honey you still owe me a drink", []),
        ("will u owe me if i lend it", []),
    ],
)
def test_a_name_in_small_letters_spoken_to_about_what_is_owed(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 21's read-half families (the twentieth session), in our own sentences: a parent
# signing with a title after their child's full name, a grandparent's word before a first
# name, a venue's address, a year said before the number, a corrected date of birth, a name
# in capitals before a student number, an initial and surname on an account, a sort code
# run together before "ac", another kind's number in the shape of a student number.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "my daughter Zara Mahmood has a dentist appointment today. Many thanks, Mrs Mahmood",
            ["Zara Mahmood", "Mrs Mahmood"],
        ),
        # (each mention of him: the thirty-second session)
        (
            "Mr Gurung (Hari Bahadur Gurung) rang about the trip",
            ["Hari Bahadur Gurung", "Mr Gurung"],
        ),
        ("Nonna Carmela is 85 on Sunday, the whole family is coming", ["Carmela"]),
        ("my babcia Halina taught me to make pierogi", ["Halina"]),
        ("Nonna's lasagne recipe won the bake off", []),
        ("the ground's address for your satnav is 4 Stanley Road, Luton LU4 8AW", []),
        ("my address is 4 Stanley Road, Luton LU4 8AW", ["4 Stanley Road, Luton LU4 8AW"]),
        ("Hi I'm in year 24, no 10468, when is the library open", ["10468"]),
        (
            "my dob on the portal says 01/01/1900 which is wrong, the right one is 3 june 2008",
            ["3 june 2008"],
        ),
        (
            "dob must match your passport exactly, please bring it along. We were founded on "
            "12 May 1995",
            [],
        ),
        (
            "MARIUS IONESCU 2410233 LEVEL 2 PLUMBING NEED MY TIMETABLE",
            ["MARIUS IONESCU", "2410233"],
        ),
        ("WJEC BTEC RESULTS ARE OUT", []),
        ("JOHN DEERE TRACTOR DEMO ON THE FARM TODAY", []),
        ("pay it to the name on acc is R. Okafor", ["R. Okafor"]),
        ("the payee is M Kowalczyk", ["M Kowalczyk"]),
        ("refund to halifax pls, 110203 ac 40938271", ["110203", "40938271"]),
        ("room 204518 ac 30912744 is broken again", []),
        ("my student id is 24-10555, the order number for my hoodie is 2410388", ["24-10555"]),
        ("codebreakers like Joan Clarke and Dilly Knox worked at Bletchley Park", []),
    ],
)
def test_round_21s_read_half_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text, "99-99999")) == sorted(found)


def test_the_sample_ni_number_is_held_below_the_review_line() -> None:
    detector = PersonalDataDetector()
    sample = detector.detect("NI format: AB 12 34 56 C")
    real = detector.detect("my NI number is JM 40 71 22 B")
    assert [(d.label, d.score < 0.5) for d in sample] == [("ni_number", True)]
    assert [(d.label, d.score < 0.5) for d in real] == [("ni_number", False)]
    # a number's shape described is no one's at all (round 43's read half)
    described = "NI numbers look like two letters and six digits, e.g. AB 12 34 56 C"
    assert detector.detect(described) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # someone shouted at or laughed at, even by a name English uses as a word (from
        # earlier sessions' notes; our own sentences)
        ("he kicked off at Demi in the canteen for nothing", ["Demi"]),
        ("she threw a bottle at Grace outside the gates", ["Grace"]),
        ("stop shouting at Alexa, she can't hear you", []),
        ("looking at May for the trip this year", []),
        # "anyone know a ...": a person asked after
        ("anyone know a Tomasz on the plumbing course?", ["Tomasz"]),
        ("does anyone know a Bolognese recipe for tonight", []),
    ],
)
def test_someone_shouted_at_or_asked_after(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A review of round 21's read-half mends (helper-138, its own posts): each post and the
# personal data in it, for a college with student numbers 99-99999 and its own public
# switchboard, e-mail and postcode.
REVIEWED_21_PERSONAL = [
    (
        "Hi, my son Bilal Hussain is off sick today with a temperature. Thanks, Mrs Hussain",
        ["Bilal Hussain", "Mrs Hussain"],
    ),
    (
        (
            "My daughter Chloe Barnes has a dentist appt at 2pm and will be back after. Many "
            "thanks, Mrs Barnes"
        ),
        ["Chloe Barnes", "Mrs Barnes"],
    ),
    (
        (
            "Hello, this is Mr Gurung (Hari Gurung), dad of Sunita in Level 2 Childcare, can "
            "someone call me back?"
        ),
        # one person, each mention marked (the thirty-second session; the reviewer marked
        # the whole run, "Mr Gurung (Hari Gurung)")
        ["Hari Gurung", "Mr Gurung", "Sunita"],
    ),
    (
        "my son Kacper Nowak won't be in tomorrow, hospital appointment. Regards, Mr Nowak",
        ["Kacper Nowak", "Mr Nowak"],
    ),
    ("Nonna Rosa's lasagne recipe is unbeatable, made it for my catering assessment", ["Rosa"]),
    ("my babcia Halina turned 90 today 🎉", ["Halina"]),
    ("Nani Parveen is coming down from Bradford for my graduation 🥹", ["Parveen"]),
    ("Grandad Trevor took me fishing at Stockwood Park all weekend", ["Trevor"]),
    ("Nonna's Kitchen on the high street does the best pizza in town", []),
    ("my nan is coming to watch the dance show tonight", []),
    ("the stadium address for satnav is 1 Maple Road, Luton LU4 8AW", []),
    (
        "my address is 14 Birch Close, Luton LU2 7QP, please post my certificate there",
        ["14 Birch Close, Luton LU2 7QP"],
    ),
    ("Coach leaves from the leisure centre, address for satnav: 3 Vauxhall Way, Luton LU2 0NE", []),
    (
        "I've moved, my new address is Flat 3, 22 Hatters Way, Dunstable LU6 1AB",
        ["Flat 3, 22 Hatters Way, Dunstable LU6 1AB"],
    ),
    (
        (
            "Open evening at our main campus, Park Street, LU1 3JU, call 01632 960 800 or email "
            "hello@ouselea.ac.uk"
        ),
        [],
    ),
    ("I'm year 24, no 10577, and I still can't log into Teams", ["10577"]),
    ("Year 12, no 7 shirt on the team sheet this week, get in 💪", []),
    ("my dob on the system says 01/01/1900, the real one is 19 april 2007", ["19 april 2007"]),
    ("it says my DOB is 00/00/0000 lol, it's actually 3rd June 2006", ["3rd June 2006"]),
    ("the mock exam is on 19 April 2025 in the sports hall", []),
    ("ANDREEA POPA 2410874 LEVEL 1 HAIR", ["ANDREEA POPA", "2410874"]),
    ("JAMAL OKAFOR 23-40112 L3 ELECTRICAL", ["JAMAL OKAFOR", "23-40112"]),
    ("BTEC LEVEL 3 IT UCAS DEADLINE IS 29 JANUARY", []),
    ("ASOS ORDER 2410388 STILL NOT ARRIVED", []),
    (
        "name on acc is T. Nwosu, sort code 20-45-77, acc 53018842",
        ["T. Nwosu", "20-45-77", "53018842"],
    ),
    ("for the trip refund the payee is J. Kowalczyk", ["J. Kowalczyk"]),
    ("for the trip payment the payee is Ouse Lea College", []),
    ("pls send the £20 for the hoodie to 070116 ac 23914475", ["070116", "23914475"]),
    ("the ac in room 204 is broken again, helpdesk ticket 23914 raised", []),
    ("IT ticket 100234 raised for room B12, projector dead", []),
    ("the order number for my hoodie is 2410388", []),
    ("my student number is 2410388, can you reset my password", ["2410388"]),
    ("Evri tracking ref 24-10388 says delivered but it isn't", []),
    ("student no 24 103 88 for the bursary form", ["24 103 88"]),
    ("my NI number is PH 28 44 19 D, is that what they need?", ["PH 28 44 19 D"]),
    ("text me on 07700 900412 if you want a lift to the open day", ["07700 900412"]),
    ("call reception on 01632 960 800 if you're going to be late", []),
    ("email me at jess.barnes07@gmail.com with the notes pls", ["jess.barnes07@gmail.com"]),
    ("my mum's number is 07700 900873, she's Mrs Begum", ["07700 900873", "Mrs Begum"]),
]


@pytest.mark.parametrize(("text", "found"), REVIEWED_21_PERSONAL)
def test_the_review_of_round_21s_read_half_mends(text: str, found: list[str]) -> None:
    settings = ScreenSettings(
        allowed_contacts=("01632 960 800", "LU1 3JU", "hello@ouselea.ac.uk"),
        student_ids=("99-99999",),
    )
    result = Screener(settings).screen(text)
    got = [d.match for d in [*result["personal_data"], *result["directory_names"]]]
    assert sorted(got) == sorted(found)


# A probe of names (helper-139, the twentieth session, 150 posts of its own): every post
# whose names the screen now finds as its writer marked them (on overlap), names that are
# words after praise or at a post in the college, lists, capitals and traps among them.
REVIEWED_NAMES_PROBE = [
    ("Huge well done to Kacper on his distinction in Level 3 Engineering! 👏", ["Kacper"]),
    (
        "If you've lost your lanyard, ask Niamh in reception and she'll sort a temporary one.",
        ["Niamh"],
    ),
    (
        "Congratulations to Amara Okonkwo, our Health and Social Care Student of the Year 2024!",
        ["Amara Okonkwo"],
    ),
    (
        "SHOUT OUT TO JAMAL AND PRIYA FOR SMASHING THE BTEC SPORT PRACTICAL TODAY",
        ["JAMAL", "PRIYA"],
    ),
    (
        (
            "Siobhan O'Neill from our Hair and Beauty team has been shortlisted for a regional "
            "teaching award."
        ),
        ["Siobhan O'Neill"],
    ),
    ("Tyler's mum messaged to say he'll be off until Thursday with flu.", ["Tyler"]),
    (
        (
            "Our Level 2 plumbing winners: Ionut Popescu, Darius Kowalczyk, Mantas Petrauskas and "
            "Liam Byrne."
        ),
        ["Ionut Popescu", "Darius Kowalczyk", "Mantas Petrauskas", "Liam Byrne"],
    ),
    (
        "Thanks for all your help setting up the open evening, it went really well. Thanks, Dave",
        ["Dave"],
    ),
    (
        (
            "Mohamed Abdi Hassan has secured an apprenticeship with a local engineering firm "
            "after completing his Access course."
        ),
        ["Mohamed Abdi Hassan"],
    ),
    (
        "Big thank you to Mr Tesfamariam and Ms Ghebremedhin for translating at parents' evening",
        ["Tesfamariam", "Ghebremedhin"],
    ),
    (
        (
            "Chinedu Okafor and Adaeze Nwosu represented the college at the WorldSkills UK "
            "regional heats."
        ),
        ["Chinedu Okafor", "Adaeze Nwosu"],
    ),
    (
        (
            "Kwame, Akosua and Yaw from the catering course cooked jollof for the whole staff "
            "room today 🍛"
        ),
        ["Kwame", "Akosua", "Yaw"],
    ),
    (
        (
            "My son Hamza Iqbal started the motor vehicle course in September and the tutors have "
            "been amazing"
        ),
        ["Hamza Iqbal"],
    ),
    (
        "Well done to Shirin Begum and Tahmina Akhter for completing their ESOL Entry 3 exams!",
        ["Shirin Begum", "Tahmina Akhter"],
    ),
    (
        "Gurpreet Kaur Sandhu is our new Student Union president, congratulations!",
        ["Gurpreet Kaur Sandhu"],
    ),
    (
        (
            "Hetal Patel and Jignesh Shah from the Gujarati community group ran a Diwali stall in "
            "the atrium."
        ),
        ["Hetal Patel", "Jignesh Shah"],
    ),
    ("Wei Zhang achieved full marks on the Level 3 maths paper — incredible work.", ["Wei Zhang"]),
    (
        "Thank you to Nguyen Thi Lan for helping new ESOL learners settle in this term.",
        ["Nguyen Thi Lan"],
    ),
    (
        "Rebin and Hawre from the Kurdish society are organising a Newroz celebration on Friday.",
        ["Rebin", "Hawre"],
    ),
    (
        "Please welcome Yousef Al-Masri, who joins the Science department as a technician.",
        ["Yousef Al-Masri"],
    ),
    (
        "Ciarán Ó Súilleabháin won the college poetry slam with a piece about his nan.",
        ["Ciarán Ó Súilleabháin"],
    ),
    (
        "Llongyfarchiadau to Rhys ap Gwilym and Cerys Llewellyn on their Welsh Bacc results!",
        ["Rhys ap Gwilym", "Cerys Llewellyn"],
    ),
    ("Mòrag NicLeòid will be running the Gaelic taster session in room B12.", ["Mòrag NicLeòid"]),
    (
        "Shanice and her brother Dwayne Campbell both got places on the uniformed services course",
        ["Shanice", "Dwayne Campbell"],
    ),
    (
        "Bishnu Gurung and Sita Tamang shared Nepali dishes at the culture fair",
        ["Bishnu Gurung", "Sita Tamang"],
    ),
    (
        "Thanks to Lenuța Stoica for translating the enrolment letters into Romani.",
        ["Lenuța Stoica"],
    ),
    (
        (
            "Will you be at the careers fair? Will Thompson from the Business team will be on the "
            "stand."
        ),
        ["Will Thompson"],
    ),
    ("Mark Evans marked all the mock papers over half term, what a hero", ["Mark Evans"]),
    (
        "Jack and Frank from the carpentry group built the benches outside the library.",
        ["Jack", "Frank"],
    ),
    ("Dawn on the front desk found my purse and handed it in, absolute star ⭐", ["Dawn"]),
    (
        (
            "Brooke Hunter and Mason Taylor were the first two learners to finish the new "
            "forklift licence."
        ),
        ["Brooke Hunter", "Mason Taylor"],
    ),
    (
        (
            "Ruby's dad came in to talk to the Level 1 group about running his own scaffolding "
            "business."
        ),
        ["Ruby"],
    ),
    ("Faith and Rose did an amazing job hosting the fashion show last night 💃", ["Faith", "Rose"]),
    ("Bill from estates says the car park barrier will be fixed by Wednesday.", ["Bill"]),
    (
        "Message from Mrs Adeyemi: Year 1 Access students must hand in their essays by 5pm Friday.",
        ["Adeyemi"],
    ),
    ("Photos by Tomasz Nowak, Level 3 Creative Media student 📸", ["Tomasz Nowak"]),
    (
        "FAO Ikram Warsame \u2013 your ID card is ready to collect from Student Services.",
        ["Ikram Warsame"],
    ),
    ("Lovely to see Ayaan and his mum Fadumo at the open day again", ["Ayaan", "Fadumo"]),
    ("Any1 know if sadia is in today? she's got my notes", ["sadia"]),
    (
        (
            "Please contact the course leader, Joanne Pritchard-Hughes, if you have any questions "
            "about the Level 2 Childcare course."
        ),
        ["Joanne Pritchard-Hughes"],
    ),
    ("Me and Jordan went to the uni open day today, he loved the sports labs", ["Jordan"]),
    (
        (
            "Great to have Harpreet Singh Dhillon back to talk to our electrical students about "
            "running his own firm."
        ),
        ["Harpreet Singh Dhillon"],
    ),
    ("Ngozi's presentation on sickle cell awareness was the highlight of Health Week.", ["Ngozi"]),
    (
        (
            "Ms O'Sullivan-Reid is covering the Tuesday group while Mr Kaczmarek is on paternity "
            "leave."
        ),
        ["O'Sullivan-Reid", "Kaczmarek"],
    ),
    ("Mo from security was a star at the fire drill this morning", ["Mo"]),
    (
        (
            "Lecturer spotlight: Dr Abimbola Adewale-Smith has been teaching Biology here for 15 "
            "years."
        ),
        ["Abimbola Adewale-Smith"],
    ),
    ("Happy retirement Pat! 30 years in the finance office and never lost a receipt 😂", ["Pat"]),
    (
        (
            "Delighted to announce that Eilidh MacDonald has been accepted onto a nursing degree "
            "at Glasgow Caledonian."
        ),
        ["Eilidh MacDonald"],
    ),
    (
        "Tutor group 12B - Anjali, Deepak, Simran and Arjun - won the quiz 🧠",
        ["Anjali", "Deepak", "Simran", "Arjun"],
    ),
    ("Regards, Samira Haddad, Learner Support Coordinator", ["Samira Haddad"]),
    ("i cant believe marcus got a triple distinction star!!! GET IN", ["marcus"]),
    (
        (
            "Our Roma community liaison, Mirela Lakatos, will be at the drop-in on Wednesday "
            "afternoon."
        ),
        ["Mirela Lakatos"],
    ),
    (
        "Parents evening bookings: speak to Claire or Sandra in the main office.",
        ["Claire", "Sandra"],
    ),
    ("Hi all, just a reminder the minibus leaves at 8. Any problems ring me. Thanks, Bev", ["Bev"]),
    (
        (
            "Level 3 Public Services students with PC Laura Grant during their visit to the "
            "custody suite."
        ),
        ["Laura Grant"],
    ),
    ("Respect to Dariusz for helping a first year who got lost on campus 🙌", ["Dariusz"]),
    (
        (
            "Ayesha Siddiqui, Fatima Noor and Maryam Rashid all achieved A* in A-level Biology at "
            "our sixth form."
        ),
        ["Ayesha Siddiqui", "Fatima Noor", "Maryam Rashid"],
    ),
    (
        "Congrats to Olamide on passing her driving test AND her Level 2 in the same week!",
        ["Olamide"],
    ),
    (
        (
            "Shout out to the night shift cleaners, esp. Marta and Ilona, who keep this place "
            "spotless."
        ),
        ["Marta", "Ilona"],
    ),
    (
        "Thanks to Abdirahman Farah for organising the Somali Independence Day event on campus.",
        ["Abdirahman Farah"],
    ),
    (
        (
            "Tekle Berhane, who arrived from Eritrea two years ago, has just finished his Level 2 "
            "Electrical Installation."
        ),
        ["Tekle Berhane"],
    ),
    (
        "Well done Rūta Kazlauskaitė on winning the regional hairdressing competition!",
        ["Rūta Kazlauskaitė"],
    ),
    ("Kind regards, John Smith, Head of Curriculum \u2013 Business & Computing", ["John Smith"]),
    (
        "Loved working alongside Xiao Ming and Li Na in the hospitality kitchen this term.",
        ["Xiao Ming", "Li Na"],
    ),
    (
        "Tran Van Duc and Pham Thu Ha helped translate the welcome pack into Vietnamese.",
        ["Tran Van Duc", "Pham Thu Ha"],
    ),
    ("Honor and Hunter are the new course reps for Animal Care.", ["Honor", "Hunter"]),
    ("Does anyone know if Mr Hussain is in today? Need him to sign my UCAS reference", ["Hussain"]),
    (
        "with Artur, Viktorija and Gheorghe on the Level 1 Construction trip to the Eden Project",
        ["Artur", "Viktorija", "Gheorghe"],
    ),
    (
        "By Maisie Holloway, Journalism student: Why I chose college over sixth form",
        ["Maisie Holloway"],
    ),
    (
        "Our cover supervisor Mrs Bibi Choudhury is retiring after 20 years \u2013 we'll miss you!",
        ["Bibi Choudhury"],
    ),
    ("Big up to Tyrone and Keisha, our Black History Month ambassadors", ["Tyrone", "Keisha"]),
    ("Sunil bhai from the canteen always gives extra chips 😂", ["Sunil"]),
    ("Nadia's portfolio got her an unconditional offer from Central Saint Martins!", ["Nadia"]),
    ("Reminder from Hayley: staff wellbeing walk leaves from reception at 12:30.", ["Hayley"]),
    ("Happy birthday to the one and only Babs in the exams office 🎂", ["Babs"]),
    ("Marek, can you bring the torque wrenches to workshop 3?", ["Marek"]),
    ("Well done to our electrician apprentice Blessing Adebayo", ["Blessing Adebayo"]),
    ("Well done Ellie on her essay on Jane Austen's Pride and Prejudice!", ["Ellie"]),
    ("Jamie from Level 2 Plumbing got a work placement at Morgan Sindall", ["Jamie"]),
    ("Thanks Rose for showing the new starters round the rose garden", ["Rose"]),
    ("Ahmed's dog Bruno came to the animal care open day 🐕", ["Ahmed"]),
    ("Aisha is doing her EPQ on Malala Yousafzai", ["Aisha"]),
    ("Harry Kane scored twice last night, so the sports students were buzzing this morning.", []),
    ("Trip to St Helens next Tuesday for the rugby league coaching session.", []),
    ("The Level 2 welding course is moving to our Port Talbot campus from January.", []),
    (
        (
            "Work placements available at Morgan Sindall and Balfour Beatty \u2013 apply via the "
            "careers hub."
        ),
        [],
    ),
    (
        (
            "Our retail students visited John Lewis on Oxford Street to learn about visual "
            "merchandising."
        ),
        [],
    ),
    ("New Ted Baker and Sainsbury's vouchers for the student of the month prize!", []),
    ("All computing lessons are now in the Turing Building, room T204.", []),
    ("Will you be coming to the open evening on Thursday? Hope so!", []),
    ("Remember there's a two-week grace period for library fines after the Easter break.", []),
    ("Check the mark scheme before you submit \u2013 the rubric changed in May.", []),
    ("The horticulture students have been busy in the rose garden this June.", []),
    ("Storm Bert has closed the Kings Lynn campus today. Stay safe everyone.", []),
    ("Keir Starmer visited our engineering workshop as part of the skills announcement.", []),
    ("Shakespeare's Macbeth is the set text for GCSE English resit this year.", []),
    ("Fun day at Victoria Park with the Level 1 Sport group ☀️", []),
    ("Parking is available on Mary Street and Albert Road during enrolment week.", []),
    (
        (
            "Our A-level history students are debating whether Winston Churchill deserves his "
            "reputation."
        ),
        [],
    ),
    ("New Apple MacBooks have arrived in the Media suite!", []),
    ("Did anyone else watch Taylor Swift's Eras tour film for the music tech assignment?", []),
    ("The Florence Nightingale Suite is booked for the nursing open day.", []),
    ("The Duke of Edinburgh Award expedition leaves from the sports hall at 7am.", []),
    ("Bus routes to St Albans and Bishop Auckland are changing from Monday.", []),
    ("The Marcus Rashford campaign on free school meals inspired our Level 3 Health debate.", []),
    ("Our cafe now stocks Ben & Jerry's and Dr Pepper!", []),
    ("Harry Potter and the Philosopher's Stone is this month's book club pick.", []),
    ("Jack Wills hoodies are banned in the workshop \u2013 wear your PPE!", []),
    ("The Emmeline Pankhurst lecture theatre is closed for refurbishment.", []),
    (
        "We're closed on Good Friday and Easter Monday; Student Services reopens Tuesday 2 April.",
        [],
    ),
    (
        (
            "Our cat, Dave, has decided he lives in the greenhouse now 🐱 (he's the college cat, "
            "not staff!)"
        ),
        [],
    ),
    ("Don't forget to bring your Oyster card for the trip to Canary Wharf.", []),
    ("Mark your calendars: Summer Ball tickets go on sale in April.", []),
    ("Frank feedback from employers helps us shape our courses.", []),
    ("We'll be at the Grace Lane campus on Friday for the careers fair.", []),
    ("Bill payment issues? Speak to the finance office about the hardship fund.", []),
    (
        (
            "Jack up the car safely before starting the wheel change \u2013 see the Level 1 motor "
            "vehicle handbook."
        ),
        [],
    ),
    ("Amber weather warning in place tomorrow; check the website before travelling.", []),
    (
        (
            "Reign of Terror topic starts next week in A-level History, with reading from "
            "Robespierre's speeches."
        ),
        [],
    ),
    (
        "Tickets for Hamilton at the Victoria Palace Theatre are £25 for Performing Arts students.",
        [],
    ),
    ("Our students loved meeting the Sky Sports News crew at the studio tour.", []),
    ("The Lloyds Bank and Barclays employability workshops run every Tuesday.", []),
    (
        (
            "Welcome to BTEC Level 3 Extended Diploma in Business \u2013 induction is in the Ada "
            "Lovelace room."
        ),
        [],
    ),
    ("The Nelson Mandela quote on the wall of the atrium was painted by our art students.", []),
    (
        (
            "Our Level 2 Animal Care group said goodbye to Pickle the guinea pig, who has gone to "
            "a new home 🐹"
        ),
        [],
    ),
    (
        (
            "Is Peppa Pig appropriate for the childcare course's role play week? Asking for the "
            "nursery team"
        ),
        [],
    ),
    ("Mason jars needed for the horticulture class \u2013 bring any you have!", []),
    ("Drake and Stormzy tickets giveaway for the student union raffle!", []),
    (
        "The Prince's Trust team programme starts in September \u2013 sign up at Student Services.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "names"), REVIEWED_NAMES_PROBE)
def test_the_names_probe(text: str, names: list[str]) -> None:
    result = Screener(ScreenSettings()).screen(text)
    found = [(d.start, d.end) for d in result["directory_names"] if d.label == "person_name"]
    found += [(d.start, d.end) for d in result["personal_data"] if d.label == "person_name"]
    marked = [(text.index(n), text.index(n) + len(n)) for n in names]
    assert all(any(s < e2 and s2 < e for s2, e2 in found) for s, e in marked)
    assert all(any(s < e2 and s2 < e for s2, e2 in marked) for s, e in found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the twentieth session's names probe, in our own sentences: names that are words
        # too after thanks or praise, at a post in the college, after one's child in small
        # letters, and handles of a first name; and what these cues pass over
        ("Thanks Hope for the lift to the open day", ["Hope"]),
        ("Happy retirement Pat, the finance office won't be the same", ["Pat"]),
        ("Good luck Chelsea tonight, come on you blues", []),
        ("Well done Jordan and Georgia teams", []),
        ("Bill from estates says the lift is fixed", ["Bill"]),
        ("ask Grace in reception for a visitor badge", ["Grace"]),
        ("revising all Summer in the library paid off", []),
        ("Ruby's dad came in to talk about his scaffolding firm", ["Ruby"]),
        ("so proud of my daughter grace for passing her level 2", ["grace"]),
        ("my son will be late, the bus broke down", []),
        ("my daughter may need extra time in exams", []),
        ("@Chloe can you send me the notes from today", ["Chloe"]),
        ("thanks @kasia_w for the charger", ["kasia"]),
        ("follow @bronagh_art for the exhibition photos", []),
        ("follow @nike for the new kit drop", []),
        ("Regards, Samira Haddad, Learner Support Coordinator", ["Samira Haddad"]),
        ("Mark your calendars: Summer Ball tickets are on sale", []),
        ("MIA BROOK AND LEXI STEEL ARE THROUGH TO THE FINAL", ["MIA BROOK", "LEXI STEEL"]),
        ("SUMMER UCAS EVENT THIS WEDNESDAY", []),
    ],
)
def test_names_that_are_words_in_a_persons_places(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A review of the names probe's cues (helper-140, its own 144 posts, half of them traps for
# names that are words): every post the screen now reads as its writer marked it.
REVIEWED_NAME_CUES = [
    ("Thanks Hope for sorting the minibus this morning, absolute lifesaver", ["Hope"]),
    ("Well done Will on passing your Level 3 plumbing!", ["Will"]),
    ("Cheers Dawn for the extra printer credit 🙏", ["Dawn"]),
    (
        "Wishing Grace a speedy recovery after her op, the whole hair and beauty team misses you x",
        ["Grace"],
    ),
    ("Happy retirement Pat! 32 years in the finance office, what a legend", ["Pat"]),
    ("Shout out to Jack for fixing the kiln in the art block", ["Jack"]),
    ("Congratulations Ruby on your distinction star in Health and Social Care!", ["Ruby"]),
    ("Massive thank you to Amber who stayed late to help us finish the display", ["Amber"]),
    ("Big thanks Frank, the new workbenches look class", ["Frank"]),
    ("Happy birthday Mark!! have a good one mate", ["Mark"]),
    ("Cheers Will, knew you'd come through with the notes", ["Will"]),
    (
        "Happy retirement Mrs Holloway! 30 years teaching maths and never once lost her temper",
        ["Holloway"],
    ),
    ("Thanks Sky for the broadband going down during my online exam", []),
    ("Good luck Chelsea tonight, come on you blues", []),
    ("Well done England! What a match 🦁", []),
    ("Wishing you all a merry Christmas and a restful break from everyone at the college", []),
    ("Happy retirement party on Friday in the staff room, all welcome", []),
    ("Cheers Amazon, parcel left in the rain again", []),
    ("Thanks Santander for the student account freebies at freshers", []),
    ("Good luck Summer exams everyone! Timetables are on the portal", []),
    ("Shout out to Greggs for the free sausage rolls on open day", []),
    ("Happy Easter from all of us in Student Services", []),
    ("Thanks May for being the hottest month on record right in the middle of exams 🥵", []),
    ("Thanks Apple for killing my laptop battery the night before the deadline", []),
    ("Well done Summer School volunteers, you made it fun for the Year 10s", []),
    ("Good luck to the Macbeth cast tonight, break a leg", []),
    ("Happy Pride month from the LGBTQ+ society 🏳️\u200d🌈", []),
    ("Well done Grace Academy on the netball win, good game", []),
    (
        "Shout out to Dawn French for the inspiring video message to our performing arts students",
        [],
    ),
    ("Thanks Mum for the lift every morning this year, couldn't have done it without you", []),
    ("Wishing Poppy Appeal volunteers a good day selling at the main entrance", []),
    ("Hope you all have a great summer, see you in September", []),
    ("Well done Team GB, the sport students were glued to the telly", []),
    ("Well done Faith and Rose, your stall at the enterprise fair sold out!", ["Faith", "Rose"]),
    (
        "Jack and Frank from the carpentry group built the new benches for the garden",
        ["Jack", "Frank"],
    ),
    ("Dawn and Hope did an amazing job running the charity bake sale", ["Dawn", "Hope"]),
    ("Congrats Summer and Amber on getting into uni!!", ["Summer", "Amber"]),
    ("Jack and Coke is £3.50 at the SU bar tonight", []),
    ("Summer and Autumn term dates are now on the website", []),
    ("Poppy and Ivy are growing nicely in the horticulture polytunnel", []),
    ("Rose and Lavender scented candles made by our Level 2 students are on sale in reception", []),
    ("Well done Bramble and Biscuit, our therapy dogs, who visited the library in exam week", []),
    ("Well done Rose and Crown for hosting our quiz night", []),
    ("Marks and Spencer built a pop-up shop in the atrium for the retail students", []),
    ("Frank and honest feedback from employers at the careers fair today", []),
    ("Will and Probate evening course starts in January, enrol online", []),
    ("Grace and Hope are the core values of our Catholic sixth form", []),
    (
        "Kwame, Akosua and Yaw all passed their electrical installation assessments",
        ["Kwame", "Akosua", "Yaw"],
    ),
    (
        "Massive well done to Oluwaseun, Grace, Chidi and Hope for the robotics win",
        ["Oluwaseun", "Grace", "Chidi", "Hope"],
    ),
    ("Tomasz, Dawn and Agnieszka are on the rota for Saturday", ["Tomasz", "Dawn", "Agnieszka"]),
    ("Spring, Summer and Autumn intakes available for Access to HE", []),
    ("We stock Apple, Samsung and Huawei chargers in the college shop", []),
    ("Our sites in Grimsby, Scunthorpe and Hope are closed due to snow", []),
    ("Choose from Mandarin, Urdu, Spanish and French evening classes", []),
    ("The plays this term are Macbeth, Othello and Hamlet", []),
    ("House teams this year are Turing, Lovelace and Hopper", []),
    ("Bill from estates says the car park barrier is fixed now", ["Bill"]),
    ("Dawn on the front desk is an absolute star, sorted my bus pass in 2 mins", ["Dawn"]),
    ("If you've lost your lanyard ask Grace in reception", ["Grace"]),
    ("Hope in the library helped me find every reference I needed", ["Hope"]),
    ("Mark from the front desk said the lift is out again", ["Mark"]),
    ("Pat in finance said bursary payments go out Friday", ["Pat"]),
    ("Frank from IT is coming to look at the projector after lunch", ["Frank"]),
    ("Kelly in the canteen always gives extra chips", ["Kelly"]),
    ("Will from the library be open over Easter?", []),
    ("Rose in the library garden is finally blooming", []),
    ("Hope in the library they've got a quiet room free tomorrow, need to revise", []),
    ("Summer in the sports hall is unbearable without the fans on", []),
    ("Frost on the front steps this morning, please take care", []),
    ("Costa in the atrium is shut until Monday", []),
    ("Holly in the reception area is a nice festive touch", []),
    ("Ivy on the Turing building walls is getting cut back next week", []),
    ("Pat on the back to everyone who came to the open day", []),
    ("Faith in the system restored: the Wi-Fi works in the Turing building", []),
    ("Jack in the Box workshop for Early Years students on Thursday", []),
    ("Mark on the register says I was absent but I was there all morning", []),
    ("Ruby's dad came in to talk to the motor vehicle group about his garage", ["Ruby"]),
    ("Jack's mum has been brilliant volunteering at the food bank", ["Jack"]),
    ("Shoutout to Dawn's nan who knitted hats for the whole nursery", ["Dawn"]),
    ("Amber's gran made the cake for the graduation", ["Amber"]),
    ("Apple's dad jokes in the new ad are so cringe", []),
    (
        (
            "Bluey's dad Bandit is the parenting role model we need, according to the Early Years "
            "class"
        ),
        [],
    ),
    ("Some lad kicked off at Demi in the canteen for no reason", ["Demi"]),
    ("Someone threw a bottle at Grace outside the bus station, hope she's ok", ["Grace"]),
    ("The whole class laughed at Will when he fell off the stage", ["Will"]),
    ("My tutor shouted at Hope in front of everyone, not on", ["Hope"]),
    ("He kicked off at Reception because his ID card didn't work", []),
    ("Everyone shouted at Summer Ball when the DJ played Mr Brightside", []),
    ("Kicked off at Christmas with my family again, can't wait for term to start", []),
    ("Shouted at Sky customer service for 40 minutes, still no internet", []),
    ("Laughed at Frankenstein in English today, the creature deserved better", []),
    ("anyone know a Tomasz on the bricklaying course? found his wallet", ["Tomasz"]),
    ("anyone know a good barber near the college?", []),
    ("anyone know a Costa that's open after 6?", []),
    ("Anyone know a Summer job going in town?", []),
    ("SHOUT OUT TO JAMAL AND PRIYA FOR SMASHING THE BAKE OFF", ["JAMAL", "PRIYA"]),
    ("MIA BROOK AND LEXI STEEL ARE THROUGH TO THE NATIONAL FINAL!!!", ["MIA BROOK", "LEXI STEEL"]),
    ("ANDREEA POPA YOU ARE A LEGEND", ["ANDREEA POPA"]),
    ("CONGRATS TO GRACE ADEYEMI ON HER FIRST CLASS OFFER", ["GRACE ADEYEMI"]),
    ("SHOUT OUT TO DAWN AND ROSE IN THE CANTEEN", ["DAWN", "ROSE"]),
    ("SHOUT OUT TO NIKE FOR THE KIT", []),
    ("SUMMER BALL TICKETS ON SALE NOW", []),
    ("HAPPY NEW YEAR FROM ALL AT THE COLLEGE", []),
    ("OPEN EVENING THURSDAY 5-8PM IN THE TURING BUILDING", []),
    ("GOOD LUCK ENGLAND!!! IT'S COMING HOME", []),
    ("WELL DONE TO THE LEVEL 3 SPORT LADS ON WINNING THE AOC CUP", []),
    ("MASSIVE THANKS TO GREGGS AND TESCO FOR DONATING TO THE FOOD BANK", []),
    ("AMBER WARNING FOR SNOW, CAMPUS CLOSED TOMORROW", []),
    ("ROSE GOLD PHONE CASE FOUND IN B BLOCK", []),
    ("THANKS MUM AND DAD FOR EVERYTHING", []),
    (
        "Samira Haddad, Learner Support Coordinator, will be at the drop-in on Tuesday",
        ["Samira Haddad"],
    ),
    ("Please welcome Dawn Fletcher, our new Head of Construction", ["Dawn Fletcher"]),
    ("Had a lovely chat with Mrs Okafor at parents evening", ["Okafor"]),
    ("Message from Jake's mum: he's left his PE kit in the sports hall", ["Jake"]),
    ("Our apprentice of the year is Rose Whitfield from Bakery Level 2", ["Rose Whitfield"]),
    (
        (
            "Photos from the awards evening - congratulations Ellie-Mae Thompson, Kacper Nowak "
            "and Summer Brown"
        ),
        ["Ellie-Mae Thompson", "Kacper Nowak", "Summer Brown"],
    ),
    ("Mr Patel's class raised £400 for Children in Need", ["Patel"]),
    ("Will Thornton has been picked for the regional U19 futsal squad", ["Will Thornton"]),
    ("Huge congrats to Bill Mensah, our Sports Personality of the Year", ["Bill Mensah"]),
    ("Tickets for the Summer Ball are on sale from the SU", []),
    ("Our Grace Hopper coding club meets on Wednesdays", []),
    ("Frank Whittle building closed for refurb all week", []),
    ("Jack Wills hoodies half price in town", []),
    ("Reading Romeo and Juliet for GCSE resit English this term", []),
    ("Hope Street campus parking is suspended tomorrow", []),
    ("Mark your calendars: Awards Evening is 4 July", []),
    ("Keir Starmer visited a college in Leeds today", []),
    ("Dawn raid on the vending machine again, who took all the Twix", []),
    ("Bill for the Alton Towers trip needs paying by Friday via ParentPay", []),
    ("Grace period for late assignment submissions ends Monday", []),
    ("Will you be at the open evening on Thursday?", []),
]


@pytest.mark.parametrize(("text", "names"), REVIEWED_NAME_CUES)
def test_the_review_of_the_name_cues(text: str, names: list[str]) -> None:
    test_the_names_probe(text, names)


# Round 22's read half (the twenty-first session), in our own sentences: an NI number
# hyphenated in pairs, a student number without its letters said to be "my number" after
# it, and the short names Reg and Paddy; and what must stay unfound (a novelist and a
# potter on television).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my nino is kt-51-30-88-a, it's on the back of my payslip", ["kt-51-30-88-a"]),
        ("NI: KT-51-30-88-A", ["KT-51-30-88-A"]),
        ("NI KT 51 30 88 A", ["KT 51 30 88 A"]),
        ("ni number kt513088a", ["kt513088a"]),
        ("room kt-51-30-88 is on the left", []),
        ("the 51-30-88 kit codes are in the store", []),
        ("31-0542 is my number, the letters rubbed off my card", ["31-0542"]),
        ("31-0542 is my ref for the parcel that never came", []),
        ("31-0542 is the order we placed for the kiln", []),
        ("Reg Barker is my grandad, he starts the IT class on Monday", ["Reg Barker"]),
        ("the reg plate on the project car is a private one", []),
        ("he threw a right paddy when the bus was late", []),
        ("we're reading Arnold Bennett for the Potteries heritage unit", []),
        ("Keith Brymer Jones judged the throwing contest on telly", []),
    ],
)
def test_round_22s_read_half_mends(text: str, found: list[str]) -> None:
    assert _matches(text, "PT-99-9999") == found


# A format with a four-digit year (round 23's brief): the last digits with the letters and
# year in brackets after them, the year cut to two digits, and the digits alone after a
# cue, which opening hours in the same shape are not.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("0593 (MW2025) is mine", ["0593 (MW2025)"]),
        ("its 0593 (mw25)", ["0593 (mw25)"]),
        ("MW25-0593 on my lanyard", ["MW25-0593"]),
        ("my id is mw25 0593", ["mw25 0593"]),
        ("my student number is 2025-0593", ["2025-0593"]),
        ("2025-0593 thats me", ["2025-0593"]),
        ("the library is open 0830-1900 for my student number checks", []),
        ("ordered 2025-0593 worth of kit", []),
        ("0593 (room 25) is the kiln", []),
    ],
)
def test_a_format_with_a_four_figure_year_is_found_as_people_shorten_it(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "MW9999-9999") == found


def test_a_format_without_a_separator_after_its_digits_is_not_given_a_short_year() -> None:
    assert _matches("my student no is B12-34567", "B99999999") == []


# A format with a check letter after a year and a number (round 24's brief, "HM 99 9999
# A"): the digits and letter with the letters and year in brackets after them, and the
# year and number alone after a cue, with the letter or without it; a tracking number or
# a room in the same shape is nobody's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("HM 25 0593 T is mine", ["HM 25 0593 T"]),
        ("hm250593t", ["hm250593t"]),
        ("its 0593T (HM25) on the card", ["0593T (HM25)"]),
        ("0593 t (hm 25) if that helps", ["0593 t (hm 25)"]),
        ("my student number is 25 0593 T", ["25 0593 T"]),
        ("student no 250593t", ["250593t"]),
        ("my id is 25 0593", ["25 0593"]),
        ("250593T thats me", ["250593T"]),
        ("lost my card, it was HM250593", ["HM250593"]),
        ("my student number is HM 25 0593, the letter's rubbed off", ["HM 25 0593"]),
        ("the HM25 0593 drill bits are in the store", []),
        ("tracking 250593T came today", []),
        ("the parcel 25 0593 T is in reception", []),
        ("room 25 0593 is shut", []),
    ],
)
def test_a_format_with_a_check_letter_after_a_year_and_number(text: str, found: list[str]) -> None:
    assert _matches(text, "HM 99 9999 A") == found


# Round 23's read half (the twenty-second session), in our own sentences: a surname, a
# comma and a first name before what a form asks, a placeholder number of one repeated
# digit, and a first name that is a town after "out past"; and what must stay unfound.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dad here. Nowak, Zofia, dob 3 May 2008, off with flu", ["Nowak, Zofia", "3 May 2008"]),
        ("Kaur, Simran - student no MW2024-0456", ["Kaur, Simran", "MW2024-0456"]),
        ("Patel, Amir, tutor group 3B, hasn't had his bursary", ["Patel, Amir"]),
        ("Leeds, Bradford, Halifax, Huddersfield dob checks are at reception", []),
        ("Thanks, Grace, dob forms are in", ["Grace"]),
        ("Hereford, Telford, born and bred", []),
        ("ID format is MW + year + digits, eg MW0000-0000", []),
        ("we're on the farm out past Ross, ring before you come", []),
        ("it's just outside Keith, by the distillery", []),
    ],
)
def test_round_23s_read_half_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text, "MW9999-9999")) == sorted(found)


# The names probe read in the twenty-second session (probe 32), in our own sentences: a
# set text's characters when the post names the work, someone handed something at a
# college desk, a handle of a first name and a surname, a saint's name before a charity.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Finished Of Mice and Men, Curley is the worst", []),
        ("In An Inspector Calls, Sheila changes the most", []),
        ("Callum played Mr Birling in An Inspector Calls", ["Callum"]),
        ("found a phone, please give it to Dawn in reception", ["Dawn"]),
        # (the whole handle since the thirty-first session: its parts are set apart)
        ("shoutout to @zainab.mahmood_ for the slides", ["@zainab.mahmood_"]),
        ("follow @bristol_college for updates", []),
        ("is Mr van der Westhuizen still teaching joinery?", ["Mr van der Westhuizen"]),
        ("thanks PC Atherton for the road safety talk", ["PC Atherton"]),
        ("the PC World sale is on", []),
    ],
)
def test_the_names_probes_read_half_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


def test_a_saints_name_before_a_charity_is_no_one_named_in_full() -> None:
    assert "Vincent de Paul" not in _matches("donations to the St Vincent de Paul society")


# Round 24's read half (the twenty-third session), in our own sentences: a name with a
# mobile number or a student number just after it, Scottish given names and a Scots kin
# word, a person "of" an address (an island in its places), the college's own student
# number in the shape of an NI number, and a birthday's date kept apart from the next
# event's; and what must stay unfound: a firm with its number, "fae" (from) before a
# town, authors by their works, a church's phone.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("still waiting on the bursary. Morag Mackintosh, 07700 900218", ["Morag Mackintosh",
                                                                         "07700 900218"]),
        ("sorry to chase. Kind regards, Seonaidh Munro HM 24 3310 C", ["Seonaidh Munro",
                                                                      "HM 24 3310 C"]),
        ("the one in childcare, Flora Macrae, has my lanyard", ["Flora Macrae"]),
        ("Granda Hamish turns 90 next week and still drives the tractor", ["Hamish"]),
        ("I, Kirsty Ross, of 12 Harbour Lane, Lochboisdale, Isle of South Uist HS8 5TH, "
         "wish to appeal", ["Kirsty Ross", "12 Harbour Lane, Lochboisdale, Isle of South Uist "
                            "HS8 5TH"]),
        ("my bday is 2nd May but the ceilidh is on 9th May", ["2nd May"]),
        ("my birthday is 1 June and my twin's is 2 June, don't ask", ["1 June", "2 June"]),
        ("my birthday's 31/05/2007 but they put 05/31/2007 on my cert", ["31/05/2007",
                                                                        "05/31/2007"]),
        ("Placements this term: Bruce Joinery 07700 900441 in Tain", ["07700 900441"]),
        ("she's fae Ullapool, nicest lass on the course", []),
        ("reading Ann Cleeves' Shetland quartet before the trip", []),
        ("a Sorley MacLean reading in Gaelic on Thursday", []),
        ("Iain Crichton Smith poems for the Higher this year", []),
        ("Call Grace Church, 07700 900999 for the hall", ["07700 900999"]),
    ],
)  # fmt: skip
def test_round_24s_read_half_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text, "HM 99 9999 A")) == sorted(found)


def test_a_real_ni_number_beside_a_college_number_of_the_same_shape_is_still_one() -> None:
    result = Screener(ScreenSettings(student_ids=("HM 99 9999 A",))).screen(
        "NI JK 12 34 57 C and student no HM 24 0817 K"
    )
    labels = {d.match: d.label for d in result["personal_data"]}
    assert labels == {"JK 12 34 57 C": "ni_number", "HM 24 0817 K": "student_id"}


# A format of its own letters and then digits alone (round 25's brief, "TSW9999999"): the
# digits with the letters in brackets after them; not another college's letters, nor a
# room in a block of that name.
@pytest.mark.parametrize(
    ("text", "fmt", "found"),
    [
        ("it's 3158204 (TSW) on my card", "TSW9999999", ["3158204 (TSW)"]),
        ("3158204 (tsw) if anyone finds it", "TSW9999999", ["3158204 (tsw)"]),
        ("3158204 (LV) is mine", "LV9999999", ["3158204 (LV)"]),
        ("3158204 (LV) is mine", "TSW9999999", []),
        ("meet in room 3158204 (TSW block)", "TSW9999999", []),
    ],
)
def test_digits_with_the_formats_letters_in_brackets_after(
    text: str, fmt: str, found: list[str]
) -> None:
    assert _matches(text, fmt) == found


# A title in the language a learner's family writes in, before a surname (a hint, as
# "Mrs Okafor" is); not a word that is no surname after it ("Peter Pan Asian night").
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dziękujemy Pani Wiśniewskiej za pomoc", ["Pani Wiśniewskiej"]),
        ("Danke Herr Becker for the exchange trip", ["Herr Becker"]),
        ("merci Madame Lefèvre, the French oral went well", ["Madame Lefèvre"]),
        ("Señora Ortega's conversation club is on Weds", ["Señora Ortega"]),
        ("mulțumesc Doamna Ionescu", ["Doamna Ionescu"]),
        ("Peter Pan Asian fusion night in the refectory", []),
    ],
)
def test_a_title_in_another_language_before_a_surname_is_a_hint(
    text: str, found: list[str]
) -> None:
    found_now = [d for d in PersonLikeNames().detect(text) if d.label == "person_name"]
    assert [d.match for d in found_now] == found
    assert all(d.score < 0.5 for d in found_now)


def _found_places(text: str) -> list[str]:
    """The home addresses and postcodes the screen finds in ``text``, hints included, in
    order."""
    result = Screener(ScreenSettings()).screen(text)
    return [d.match for d in result["personal_data"] if d.label in ("home_address", "postcode")]


def _reviewed_places(text: str) -> list[str]:
    """The home addresses and postcodes the screen finds in ``text`` at the review line or
    above, in order."""
    result = Screener(ScreenSettings()).screen(text)
    return [
        d.match
        for d in result["personal_data"]
        if d.label in ("home_address", "postcode") and d.score >= 0.5
    ]


# The addresses probe read in the twenty-third session (probe 34), in our own sentences:
# shortened street kinds and ranges of numbers, the same in small letters with a home said
# before, a misspelt "address", a farm or a Welsh house said to be someone's before or
# after its name, a new postcode after a move, "I'm at" before an address; and what stays
# nobody's: famous and fictional addresses, an example on a form, a mosque's, a surgery's
# and a placement's address, a farm named as a placement, a campus postcode in a sentence
# that turns to someone's home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("can u drop me at 4-6 Alder Cres after, ta", ["4-6 Alder Cres"]),
        ("we've moved to 12 Rowan Cl, Marske", ["12 Rowan Cl, Marske"]),
        ("we live at 9 st john's st now", ["9 st john's st"]),
        ("my adress is 41 linden dr", ["41 linden dr"]),
        ("Gran's croft is Lower Achmore Croft, Stornoway, bring boots",
         ["Lower Achmore Croft, Stornoway"]),
        ("Ty Gwyn, Bethesda is where we live, past the quarry", ["Ty Gwyn, Bethesda"]),
        ("new postcode TS12 2QJ, can someone update my record", ["TS12 2QJ"]),
        ("I'm at 3 Hazel Gdns, Redcar, come round after 6", ["3 Hazel Gdns, Redcar"]),
        ("bbq back at ours sunday!! 8 elm cl, bring a chair", ["8 elm cl"]),
        ("leavers do tonight, 22 larch dr", ["22 larch dr"]),
        ("it's 31 Keats House, Elmwood Estate, ring the buzzer",
         ["31 Keats House, Elmwood Estate"]),
        ("the Elmwood Estate summer fair raised £400", []),
        ("it's a 15 minute dr from the station", []),
        ("History trip: we stop outside 10 Downing Street at noon", []),
        ("Year 10 read about 221b Baker Street in the first chapter", []),
        ("Example only: 5 Sample Road, Anytown. Put your own details in", []),
        ("Iftar at Jamia Masjid, 14 Bright St, Oldham, all welcome", []),
        ("Flu jabs at Elm Medical Practice, 2 Mill Lane, Ripon", []),
        ("Placement is at Halfords, 80 Bridge Rd, Stockton", []),
        ("I'm at Low Moor Farm, Thirsk on a placement this week", []),
        ("Open day at the Marine Campus, TS10 1AL, but I'm helping on the stall", []),
    ],
)  # fmt: skip
def test_the_addresses_probes_read_mends(text: str, found: list[str]) -> None:
    assert _reviewed_places(text) == found


# The names probe read in the twenty-third session (probe 36), in our own sentences: a
# first name in another language's case (Polish, Romanian, Lithuanian) or lenited after the
# Gaelic vocative, a Filipino word for kin before a name, "wish X a happy birthday",
# a cue with punctuation after it; and what stays unfound: a small Romanian word after a
# name, an everyday word after "wish", a month.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gratulacje dla Tomka Zielińskiego za wynik!", ["Tomka Zielińskiego"]),
        ("Mulțumim lui Mihai Ionescu și Mariei Stan pentru ajutor",
         ["Mihai Ionescu", "Mariei Stan"]),
        ("Ačiū Tomui Petrauskui už viską", ["Tomui Petrauskui"]),
        ("Mòran taing, a Sheonaidh!", ["Sheonaidh"]),
        ("Salamat kay Tito Rodel sa lechon!", ["Rodel"]),
        ("wish Grace a happy 18th from all of us in hair and beauty", ["Grace"]),
        ("And the Spirit of the College award goes to... Ffion Pugh!", ["Ffion Pugh"]),
        ("wish Thursday would hurry up", []),
        ("wish April a good one? no, the exams are in April", []),
    ],
)  # fmt: skip
def test_the_names_probe_36_read_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The second addresses probe read in the twenty-third session (probe 38), in our own
# sentences: a house number with a capital letter, a pick-up or drop-off said just before
# an address, a farm "by" its village, a house that "that's me" follows, a famous street's
# name in another town; and what stays nobody's: a song's and a book's address, a pub's
# address for a staff lunch.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("taxi for 8am, pick up 12C Rowan Road, Hexham NE46 3QT",
         ["12C Rowan Road, Hexham NE46 3QT"]),
        ("minibus to drop at Heatherlea Cottage, Kingussie PH21 1ET on the way back",
         ["Heatherlea Cottage, Kingussie PH21 1ET"]),
        ("we live on a croft, it's Achnahaird Croft, by Achiltibuie",
         ["Achnahaird Croft, by Achiltibuie"]),
        ("The Old Smithy, Great Snoring - that's us, the blue door",
         ["The Old Smithy, Great Snoring"]),
        ("my nan lives at 10 Downing Street, Bargoed, honestly", ["10 Downing Street, Bargoed"]),
        ("who keeps playing 22 Acacia Avenue in the workshop", []),
        ("Book club: 84 Charing Cross Road this month", []),
        ("Team lunch at the Red Lion, 3 Market Street, Alston, Friday", []),
    ],
)  # fmt: skip
def test_the_second_addresses_probes_read_mends(text: str, found: list[str]) -> None:
    assert _reviewed_places(text) == found


# Round 25's read half (the twenty-fourth session), in our own sentences: an e-mail address
# with its "@" and dots said in words (and the first name inside it no name of its own), a
# companion of the writer's whose name English uses as a word, "nat insurance" for
# National Insurance; and what stays unfound: a website said aloud, a firm one works at,
# a meeting place.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my email is aisha dot karim at hotmail dot co dot uk if that helps",
         ["aisha dot karim at hotmail dot co dot uk"]),
        ("send it to t.okoro (at) gmail.com please", ["t.okoro (at) gmail.com"]),
        ("r_begum at outlook dot com, ta", ["r_begum at outlook dot com"]),
        ("me and Will from joinery both passed", ["Will"]),
        ("nat insurance no is on the letter, mum has it", []),
        ("look at bbc dot co dot uk for the story", []),
        ("my sister works at sky.com in the call centre", []),
        ("meet at boxpark.com stall 4", []),
    ],
)  # fmt: skip
def test_round_25s_read_half_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# A format of its own letters, a year, a separator and five digits (round 26's brief,
# "TV99/99999"): the number without its year after a student cue, as well as in full; not
# another kind's number of the same length.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("student no 40276 if you need it", ["40276"]),
        ("my student number is 23/40276", ["23/40276"]),
        ("TV23/40276 thats me", ["TV23/40276"]),
        ("order 40276 has shipped", []),
        ("bus 40276 is late again", []),
    ],
)
def test_a_format_of_letters_a_year_and_five_digits_without_its_year(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "TV99/99999") == found


# A format of its letters, a four-figure year and four digits (round 28's brief,
# "NL/9999/9999"): the last digits with the year of entry after them after "just" or "no",
# and the last digits after "the one ending" near a word of the learner's own things; not
# a sum "from 2024's budget", nor a phone's last digits.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("which one is mine? just 4410 from 2023", ["4410"]),
        ("student no 4410 from 2023 still not on the register", ["4410"]),
        ("cant log in to the portal, the one ending 4410", ["4410"]),
        ("we raised 4410 from 2023's cake sales", []),
        ("which phone? the one ending 4410", []),
    ],
)
def test_a_format_of_letters_a_long_year_and_digits_said_from_its_year(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "NL/9999/9999") == found


# A format of ten digits alone, a learner's ULN (round 27's brief, "9999999999"): in
# groups after a cue, after "ULN" or "stu", and its last digits after a learner's word;
# not the digits without a cue, another kind's number, or a phone's last digits.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my ULN is 6203 419 857, can you check my enrolment", ["6203 419 857"]),
        ("uln 620-341-9857 for the exam entry", ["620-341-9857"]),
        ("stu no 6203419857 still not on the register", ["6203419857"]),
        ("learner number ending 9857, I can't log in", ["9857"]),
        ("which ULN did you put? the one ending in 9857", ["9857"]),
        ("6203419857 units shipped this year", []),
        ("order number 6203 419 857 has shipped", []),
        ("which phone? the one ending 9857", []),
    ],
)
def test_a_format_of_ten_digits_alone_in_groups_and_by_its_last_digits(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "9999999999") == found


# A format ending in a check letter (round 29's brief, "\\C9999999A"): its last digits
# with the letter after "number ends" or "the one ending", and after "username" or
# "login"; not a bus's or a phone's number, nor digits alone after "ending".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my number ends 7264M, can you reset it", ["7264M"]),
        ("student no ending in 4193K", ["4193K"]),
        ("the one ending 264M is my daughter", ["264M"]),
        ("username C3817264 won't let me in", ["C3817264"]),
        ("the bus number ends 264M", []),
        ("my phone number ends 7264", []),
        ("sent it from C3817264 earlier", []),
    ],
)
def test_a_format_ending_in_a_check_letter_by_its_last_digits_and_letter(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "\\C9999999A") == found


# A format of a year, the college's own letters and digits (round 30's brief,
# "9999-\\W\\V-999"): the year cut short, the year in brackets after, the letters and
# digits after a cue or before "is me", the digits "from" the year; not a room of the
# same shape, nor a count said with a year.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("student no 22-WV-648, cant get on the wifi", ["22-WV-648"]),
        ("WV-648 (2022) is mine", ["WV-648 (2022)"]),
        ("my login is wv648", ["wv648"]),
        ("WV648 is me btw", ["WV648"]),
        ("its 648 from 2022 if that helps", ["648"]),
        ("class moved to room WV648 today", []),
        ("we sold 648 from 2022 to now", []),
    ],
)
def test_a_format_of_a_year_own_letters_and_digits_written_short(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "9999-\\W\\V-999") == found


# A number and a street named without its kind, with a town and a postcode after it (read
# halves of rounds 23, probes 34 and 38, in our own sentences); a home said after an
# address in brackets or after a dash. Not a firm's unit, a room or premises with no town.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("post it to 14 Kingsway, Bolton BL1 4QT please", ["14 Kingsway, Bolton BL1 4QT"]),
        ("new address: 7 Oakfield, Wrexham LL12 7TR", ["7 Oakfield, Wrexham LL12 7TR"]),
        ("the cat's back home at 3 Ash Lea, Otley LS21 1AB (thats our house)",
         ["3 Ash Lea, Otley LS21 1AB"]),
        ("12 Hill Road, Leeds LS6 2AB - that's my nan's house", ["12 Hill Road, Leeds LS6 2AB"]),
        ("Unit 4 Brunel, Swindon SN2 8BS is the depot for the kit", []),
        ("Room 12 Atrium, Leeds LS1 4AP for the meeting", []),
        ("the office has moved to 7 Westwood, YO11 2JB", []),
    ],
)  # fmt: skip
def test_a_street_named_without_its_kind_before_a_town_and_postcode(
    text: str, found: list[str]
) -> None:
    assert _reviewed_places(text) == found


# Names of the read halves of rounds 22 and 24, in our own sentences: a Polish first name
# in the accusative or the instrumental, a first name and the nickname after "aka"; not a
# Polish word that ends the same way, nor a public figure's stage name.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("czy ktoś widział Zosię z ESOL?", ["Zosię"]),
        ("byłam z Anną na zajęciach", ["Anną"]),
        ("mam rękę w gipsie", []),
        ("text me - Gordon aka Gordie from the estates team", ["Gordon", "Gordie"]),
        ("Stormzy aka Big Mike on the radio", []),
    ],
)
def test_round_22_and_24s_read_half_names(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 40 (read in the twenty-fourth session), in our own sentences: a Polish title
# in another case and a Portuguese one before a surname, a title with a capitalised
# particle, "Mz", someone named by the post they hold, a Turkish case ending after an
# apostrophe, a surname that runs on past a public figure's with a hyphen, first names
# that are English words before a surname; and what stays unfound: Turkish, Polish and
# Portuguese small words after a first name, "Callum'll", a public figure.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dzwoniłam do panią Nowak w sprawie kursu", ["panią Nowak"]),
        ("a Sra. Costa-Ribeiro ligou hoje", ["Sra. Costa-Ribeiro"]),
        ("thanks to Mrs Van den Berg for the reference", ["Mrs Van den Berg"]),
        ("cheers Mz Okonkwo-Hall for the extension", ["Mz Okonkwo-Hall"]),
        ("is Dawn still our attendance officer?", ["Dawn"]),
        ("Elif'in annesi arad\u0131, she's off today", ["Elif"]),
        ("well done Sophie Hinchliffe-Brown on the merit", ["Sophie Hinchliffe-Brown"]),
        ("big up Joy Asante and Lucky Owusu for the assembly", ["Joy Asante", "Lucky Owusu"]),
        ("zeynep çok güzel bir sunum yapt\u0131", ["zeynep"]),
        ("Callum'll sort the minibus", []),
        ("Stan Lee cameo in every film lol", []),
    ],
)
def test_the_names_probe_40_read_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 42 (read in the twenty-fourth session), in our own sentences: a writer's
# own postcode district said as where they live (a hint, below the review line); a
# northern or public street kind, or a street named without its kind, with a town or a
# district after it and a home or a delivery said before; misspelt street kinds; a pair
# of house numbers; a boat's mooring where someone lives aboard. And what is nobody's: a
# district that is not the writer's or is a room, a form's placeholder address, a pub's
# address for a staff social, a firm's unit.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we're in HX3 so the 681 is fine for me", ["HX3"]),
        ("im ne6 if anyone wants to car share", ["ne6"]),
        ("anyone from around DN32 want a lift?", []),
        ("I'm in CH2 room 4 for the exam", []),
        ("my address is in my bag but it's 4 Holly Bank, LS6", ["4 Holly Bank"]),
        ("deliveries for me to the back door at 9 Castle Wynd, Crail please",
         ["9 Castle Wynd, Crail"]),
        # (with its town since a hill's word names Welsh streets: addresses probe 61)
        ("my nan's house is 3 Bryn y Mor, Tywyn, come for tea", ["3 Bryn y Mor, Tywyn"]),
        ("the home team won 3 Nil, Leeds fans happy", []),
        ("pizza to 22 Elmwood Terace, Paisley please", ["22 Elmwood Terace, Paisley"]),
        ("we live at 4 & 6 Mill Ln, Otley, both houses flooded", ["4 & 6 Mill Ln, Otley"]),
        ("living on our narrowboat now, moored at Lock 12, Kennet and Avon, Newbury",
         ["Lock 12, Kennet"]),
        ("the boats moored at Little Venice look lovely", []),
        ("write it like this: 4 Sample Road, Anytown, AB1 2CD", []),
        ("staff social at the Plough, 3 Church St, Ripon HG4 1DD, Friday 6pm", []),
    ],
)  # fmt: skip
def test_the_addresses_probe_42_read_mends(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


def test_a_postcode_district_is_a_hint_below_the_review_line() -> None:
    result = Screener(ScreenSettings()).screen("we're in BD7 so the 576 is no use")
    [district] = [d for d in result["personal_data"] if d.label == "postcode"]
    assert district.score < 0.5 and "district" in district.detail


# Leftovers of the read halves of rounds 11 and 20, in our own sentences: a caravan's
# number on its site, a farm whose "that's us" follows its postcode, no person named
# inside a home's address (a Welsh house's name, a street named after someone), a
# footballer.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lives at: Static 14, Bayside, Tenby SA70 7LJ", ["Static 14, Bayside, Tenby SA70 7LJ"]),
        ("Bryn Mawr farm, Llanystumdwy, LL52 0SS, that's us, post the forms there",
         ["Bryn Mawr farm, Llanystumdwy, LL52 0SS"]),
        ("new address: Tŷ Coch, Heol Fawr, Caernarfon LL55 1AB",
         ["Tŷ Coch, Heol Fawr, Caernarfon LL55 1AB"]),
        ("send it to 12 Victoria Rd, Kirkcaldy KY1 1AA please",
         ["12 Victoria Rd, Kirkcaldy KY1 1AA"]),
        ("Jonny Williams signed autographs after the cup final", []),
    ],
)  # fmt: skip
def test_round_11_and_20s_read_half_leftovers(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A first name in a hashtag of words run together (names probes 32, 36 and 40, in our own
# sentences): a hint; not a storm's name, nor a hashtag of words alone.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("#TeamKacper for student rep!!", ["Kacper"]),
        ("#JusticeForOlamide they moved her exam again", ["Olamide"]),
        ("#StormDarragh #CollegeClosed check Teams", []),
        ("#BlackHistoryMonth #ThankYouNHS", []),
    ],
)
def test_a_first_name_in_a_hashtag_is_a_hint(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings()).screen(text)
    names = [d for d in result["personal_data"] if d.label == "person_name"]
    assert [d.match for d in names] == found
    assert all(d.score < 0.5 for d in names)


# Names probe 45 (read in the twenty-fourth session), in our own sentences: "X and I
# are", someone at their post in the college ("from Kyle in the salon", "Rose from admin
# put them up"), a Portuguese surname that is an English word too; and what is nobody's:
# a trip's country, pets by their breed or "answers to", a form's example name, a pop star,
# a musical's character, a festival's name.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Grace and I are running the cake stall on Friday", ["Grace"]),
        ("got a skin fade from Kyle in the salon, class", ["Kyle"]),
        ("Rose from admin put the posters up", ["Rose"]),
        ("congrats to our new governors, Tiago Costa and Inês Lopes",
         ["Tiago Costa", "Inês Lopes"]),
        ("the DofE group is off to Jordan in July", []),
        ("LOST DOG: answers to Keith, very friendly", []),
        ("she's called Bella, she's a cockapoo, come and say hi", []),
        ("Full name (e.g. John Smith), not John Smith please", []),
        ("who's Gwen Stefani? asking for the music tech quiz", []),
        ("Sweeney Todd auditions: Mrs Lovett is double cast", []),
        ("Newroz pîroz be! dance workshop at 6", []),
    ],
)  # fmt: skip
def test_the_names_probe_45_read_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 46 (read in the twenty-fourth session), in our own sentences: more ways
# of saying one's own district ("anyone else from", "round the corner in", "my postcode's
# ... something", "not giving out more than"), a croft's number, a mooring's number where
# someone lives aboard; and what is nobody's: "worth more than" a district, a campus's
# postcode after "your library books", an event's address.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("anyone else from LS28 fancy sharing a taxi?", ["LS28"]),
        ("I'm just round the corner in HU5 if you need the charger", ["HU5"]),
        ("my postcode's NE6 something, I'll message the rest", ["NE6"]),
        ("I'm not sharing more than CF24 on here lol", ["CF24"]),
        ("worth more than DN4 house prices ha", []),
        ("post the forms to Croft 7, Habost, Isle of Lewis please",
         ["Croft 7, Habost, Isle of Lewis"]),
        ("we live on a narrowboat, mooring 3, Lock 5 Wharf, Gayton",
         ["mooring 3, Lock 5 Wharf, Gayton"]),
        ("return your library books to the LRC at Sighthill campus EH11 4BN by Friday", []),
        ("Event address: Corn Exchange, Stall 4, Newbury RG14 5BD, come along", []),
    ],
)  # fmt: skip
def test_the_addresses_probe_46_read_mends(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


def test_a_number_given_as_the_one_ending_in_its_digits() -> None:
    # round 26's brief: "the one ending 51873" for TV99/99999 (five digits, the number
    # without its letters and year); a card's last four digits are not a student number
    assert _matches("it's the one ending 40218 on the list", "TV99/99999") == ["40218"]
    assert _matches("my card ending 4471 got declined", "TV99/99999") == []


# False names of the read names probes (the twenty-fourth session), in our own sentences:
# a first name that is a famous place in a post about a trip, a saint's name with its
# particle, a footballer known by one name, a dog after "our", a pizza, Tagalog "marites";
# and the same first names where they are people.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the art trip to Florence was unreal, grazie to everyone", []),
        ("Jordan next spring: deposits for the residential due Friday", []),
        ("Florence got a distinction in art, so proud", ["Florence"]),
        ("donations to the St Vincent de Paul shop please", []),
        ("Salah scored twice again, unreal", []),
        ("took our Bruno (the rescue dog) to the vet", []),
        ("our Bruno passed his driving test!", ["Bruno"]),
        ("Pizza Margherita is back on the menu", []),
        ("grabe ang daming marites dito", []),
    ],
)
def test_false_names_of_the_read_names_probes(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 47 (read in the twenty-fourth session), in our own sentences: someone on a
# course told something ("tell Mark from Motor Vehicle"), a spelling of Yusuf; and no one:
# a dog's breed, a robot dog, a royal couple, two film characters' costumes.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("can someone tell Will from Plumbing his van lights are on", ["Will"]),
        ("Yusef and Bilal helped with the open day", ["Yusef", "Bilal"]),
        ("our Jack Russell Bonnie loves the college farm", []),
        ("Meet Ada, the robot dog our students built", []),
        ("William and Kate opened the new wing today", []),
        ("Moana and Elsa costumes are in the drama store", []),
    ],
)
def test_the_names_probe_47_read_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


def test_a_three_letter_name_in_capitals_only_when_greeted_and_spoken_to() -> None:
    # names probe 45: "omg ABI ur a legend" (an acronym as often otherwise: "an ISA")
    assert _matches("omg ZOE ur an angel for the notes") == ["ZOE"]
    assert _matches("apply for an ISA you lot") == []
    assert _matches("the NHS you know is great") == []


# Names probe 51 (read in the twenty-fourth session), in our own sentences: someone "seen"
# at their place in the college, a canteen lady by name, a classmate ("Harry in my
# brickwork class"), Tamil given names; and no one: a senator, a festival, a station, a
# game's characters, Italian small words.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("anyone seen Grace from the library? need my book", ["Grace"]),
        ("dinner lady Maureen always saves me a yoghurt", ["Maureen"]),
        ("Frank in my plumbing class never stops talking", ["Frank"]),
        ("thanks Vinoth for the Pongal sweets", ["Vinoth"]),
        ("Bernie Sanders memes in politics again", []),
        ("Thai Pongal stall at the diversity fair today", []),
        ("Victoria Station was rammed again", []),
        ("Sonic and Mario fan art club on Fridays", []),
        ("grazie mille per il tiramisù alla festa", []),
    ],
)
def test_the_names_probe_51_read_mends(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 50 (read at the session's end), in our own sentences: a lower-case
# address after "new addy is", a misspelt "Close"; and nobody's: a trip's venue, a
# service's move, a form's example ("e.g. 10 High Street", "123 Any Street").
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("moved out, new addy is flat 2, 14 st john's st if you're sending cards",
         ["flat 2, 14 st john's st"]),
        ("sleepover at 8 Rowan Clsoe, Witham, bring snacks", ["8 Rowan Clsoe, Witham"]),
        ("History trip to 2 Willow Road, Hampstead next week", []),
        ("The careers hub has moved to 45 Queen Street, above Boots", []),
        ("Address line 1 (e.g. 10 High Street) - halls or home?", []),
        ("the example on the form says 123 Any Street lol", []),
    ],
)  # fmt: skip
def test_the_addresses_probe_50_read_mends(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# A handle that runs a first name and a surname together (names probes 40, 45, 47 and 51,
# in our own sentences): the first name, as a hint (the whole handle where an underscore, a
# dot or, since the thirty-second session, a capital sets its names apart, since the
# thirty-first session); not a handle of words, nor one after "follow".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("@oliviamcnulty you left your hoodie in B12", ["olivia"]),
        # (the whole handle since the thirty-second session: its capitals part its names)
        ("@KieranOgunleye got the merit!!", ["@KieranOgunleye"]),
        ("well done @aisha_b_rahman on the award", ["@aisha_b_rahman"]),
        ("@thecollegegym opens at 7 tomorrow", []),
        ("follow @emilyweddings for the showcase photos", []),
    ],
)
def test_a_first_name_run_together_with_a_surname_in_a_handle(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings()).screen(text)
    names = [d for d in result["personal_data"] if d.label == "person_name"]
    assert [d.match for d in names] == found
    assert all(d.score < 0.5 for d in names)


# Round 26's read half (the twenty-fifth session), in our own sentences: a name English
# uses as a word owning a person's things, a short name at its post, a Slovak given name,
# a parent titled beside their child named in full; and what each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("anyone got Frank's number? he has my calculator", ["Frank"]),
        ("Grace's mum is picking us up at 4", ["Grace"]),
        ("May's half term is a week early this year", []),
        ("I love Rose's garden centre, cheap plants", []),
        ("big thanks to Dot on the front desk who found my purse", ["Dot"]),
        ("join the dots on the worksheet before Friday", []),
        ("her son is Patrik Horvath, he starts in September", ["Patrik Horvath"]),
        ("Mrs Balog rang, her daughter is Nikoleta Balog in level 1 childcare",
         ["Mrs Balog", "Nikoleta Balog"]),
        ("Chris Rea played the Riverside in the eighties, the music lot are doing a tribute",
         []),
    ],
)  # fmt: skip
def test_round_26s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 52 (read in the twenty-fifth session), in our own sentences: a second name
# in brackets after a person's, a first name sharing a full name's surname after "and", a
# hyphenated name ending in "-Mae", a name owning a leaving card; and nobody's: places a
# trip or tour goes to, a set text's characters, public figures, a campus by its name.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Liang Wei (Rose) got a distinction in accounting", ["Liang Wei", "Rose"]),
        ("Mrs Du Plessis (Lindi to her friends) retires on Friday",
         ["Mrs Du Plessis", "Lindi"]),
        ("Zhou Min (周敏) did the translation for the open day", ["Zhou Min", "周敏"]),
        ("Amir Haddad (Level 3) won the skills heat", ["Amir Haddad"]),
        ("Hazel and Finn Okonkwo-Reid are both in the band", ["Hazel", "Finn Okonkwo-Reid"]),
        ("Fish and Chip Friday with Liam Patel on the till", ["Liam Patel"]),
        ("miss you already Lacey-Mae xx", ["Lacey-Mae"]),
        ("sign Trevor's retirement card in the staffroom please", ["Trevor"]),
        ("rugby tour is Kerry in April, deposits by Friday", []),
        ("ask Kerry in the office about the trip deposit", ["Kerry"]),
        ("residential to Iona and Mull, bring walking boots", []),
        ("The Hate U Give: Starr and Khalil's scene had us all in tears", []),
        ("Imran Khan came up in the cricket history talk", []),
        ("Summer Hill campus is closed on Monday for the INSET day", []),
        ("Chloe Barker campus rep of the year!", ["Chloe Barker"]),
    ],
)  # fmt: skip
def test_the_names_probe_52_read_mends(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 53 (read in the twenty-fifth session), in our own sentences: a home
# named by a part of it ("my wall at"), something brought "round to" a northern street, a
# shortened Mount or Park, a misspelt street in small letters, "number 19 on ... Road",
# post in someone's care ("c/o The Vicarage, Church Lane"); and nobody's: a bus stop's
# number, a college's postcode in its own clause beside someone's district.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the lads from the college keep leaning on my fence at 12 Oak Dr, please have a word",
         ["12 Oak Dr"]),
        ("can you drop the hamper round to 14 Low Brow, the one with the blue door",
         ["14 Low Brow"]),
        ("moving back home to 9 Ashby Pk, Lisburn over Easter", ["9 Ashby Pk, Lisburn"]),
        ("ta for the lift, 21 mill stret if you're passing", ["21 mill stret"]),
        ("we live at number 40 on Cedar Avenue, the corner house", ["number 40 on Cedar Avenue"]),
        ("post the form c/o The Vicarage, Church Lane, Ruthin please",
         ["c/o The Vicarage, Church Lane, Ruthin"]),
        ("Stop 14 Market Street is where the 36 drops me off", []),
        ("I'm in NW10 and need a lift Thursday, the campus is NW1 3HB", ["NW10"]),
    ],
)  # fmt: skip
def test_the_addresses_probe_53_read_mends(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# The read probes' leftovers (the twenty-fifth session), in our own sentences: a teacher
# known by a title and an initial (a hint), and a name in Cyrillic with a surname of a
# Slavic shape; not "Mr X", nor a president's title before a surname, nor a place.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mr B is the only one who explains circuits properly", ["Mr B"]),
        ("ask Miss P about the trip money, she has the list", ["Miss P"]),
        ("Mr J Patel signed the form", ["Mr J Patel"]),
        ("Mr X has sent the riddle for the treasure hunt", []),
        ("Вітаємо Ірину Шевченко з дипломом!", ["Ірину Шевченко"]),
        ("Поздравляем Анну Смирнову с победой", ["Анну Смирнову"]),  # noqa: RUF001
        ("Президент Зеленський подякував волонтерам", []),
        ("Слава Україні, ми з вами", []),
    ],
)
def test_a_title_and_an_initial_and_names_in_cyrillic(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings()).screen(text)
    assert [d.match for d in result["personal_data"] if d.label == "person_name"] == found


# Names probe 58 (read in the twenty-fifth session), in our own sentences: thanks in a
# family's language with first names in its cases, a faith community's titles, a
# Lithuanian surname by its ending, "me and Kyle been", someone at work "if you're reading
# this", a teacher "mrs k", a condolence's first name; and nobody: a public figure in small
# letters, a pet beside its emoji, a street or a thing named by a first name, a set text's
# or Burns Night's figures, Vietnamese "xin".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Labai ačiū Rūtai ir Giedriui už pagalbą", ["Rūtai", "Giedriui"]),
        ("gratulacje dla Oliwii i Bartka!", ["Oliwii", "Bartka"]),
        ("Diolch o galon i Elin a Chatrin", ["Elin", "Chatrin"]),
        ("shout out to Br. Abdullahi for the iftar", ["Abdullahi"]),
        ("Sveikiname Rūtą Jankauskienę su diplomu", ["Rūtą Jankauskienę"]),
        ("me and Kyle been waiting an hour for the 36", ["Kyle"]),
        ("Nick from IT if you're reading this, C3's projector is dead", ["Nick"]),
        ("honestly mrs k is the best tutor here", ["mrs k"]),
        ("Thoughts are with Jean and the family at this sad time", ["Jean"]),
        ("my mum says Frank from next door can give me a lift", ["Frank"]),
        ("who's got jack grealish's boots on in the canteen", []),
        ("Bella ate my homework again 🐶", []),
        ("the community centre on Stanley Road is the polling station", []),
        ("our shea butter soap sold out at the enterprise fair", []),
        ("Othello essay: is Iago jealous or bored?", []),
        ("Burns Night supper tonight, Robbie would approve", []),
        ("Xin chào, welcome to ESOL", []),
    ],
)
def test_the_names_probe_58_read_mends(text: str, found: list[str]) -> None:
    result = Screener(ScreenSettings()).screen(text)
    assert [d.match for d in result["personal_data"] if d.label == "person_name"] == found


# The read probes' leftover addresses (the twenty-fifth session), in our own sentences: a
# private landlord's or a family's spare room, a party or someone "at" a house, a farm
# "nr" a town or "that's our farm", a street and then its number after a home is said, a
# house by any name just after an address is said; and nobody's: an agent's flat to let, a
# bus's number after a street, a venue's address, a stadium's postcode thanked for hosting.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("private landlord, room for a student at 12 Elm Road, Hull HU5 3AB, bills inc",
         ["12 Elm Road, Hull HU5 3AB"]),
        ("2 bed flat to let, 48 Walpole Street, £750pcm, call the agent", []),
        ("just to let you know we've moved, letters to 4 Carrick Way, Irvine please",
         ["4 Carrick Way, Irvine"]),
        ("got to let the plumber in at our flat, 17 Mill Court, Paisley",
         ["17 Mill Court, Paisley"]),
        ("the house party at 21 Ash Road kept the whole street up", ["21 Ash Road"]),
        ("we're at Higher Pen Farm, nr Launceston, the lane is steep",
         ["Higher Pen Farm, nr Launceston"]),
        ("we live on Ferndale Rd, number 12, blue gate", ["Ferndale Rd, number 12"]),
        ("the bus stops on High Street, number 36 goes to town", []),
        ("my address on the form is right: Bryn Teg, Station Road, Corwen",
         ["Bryn Teg, Station Road, Corwen"]),
        ("Venue address: Riverside, Station Road, Kendal", []),
        ("great day at Ibrox, Edmiston Drive, G51 2XD, thanks to Rangers FC for hosting", []),
    ],
)  # fmt: skip
def test_the_read_probes_leftover_addresses(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Addresses probe 59 (read in the twenty-fifth session), in our own sentences: a writer's
# district after "anyone from", "who else lives in", "if ur in"; a family farm named
# after "Ellie's family farm,"; a taxi from college to a home; a flat's number before a
# street in small letters; and nobody's: a day's visit to a district, a garage's job
# advert.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Anyone from BB2? selling my old bike", ["BB2"]),
        ("who else lives in DH1? need a lift share", ["DH1"]),
        ("if you're in LS2 on Friday, the open day is at the campus", []),
        ("our Jack's family farm, Highfield Farm, Tarporley, hosted the lambing visit",
         ["Highfield Farm, Tarporley"]),
        ("taxi from college to 9 Bryn Road, Swansea SA2 0AB please",
         ["9 Bryn Road, Swansea SA2 0AB"]),
        ("if found pls drop to flat 2a, 14 st anne's st", ["flat 2a, 14 st anne's st"]),
        ("Apprentice fitter wanted at Reid Motors, 4-8 Mill Road, Ayr KA7 1AA, apply by Friday",
         []),
    ],
)  # fmt: skip
def test_the_addresses_probe_59_read_mends(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# A town with hyphens after a street ("Thornton-Cleveleys", "Stoke-on-Trent") is the
# address's, whole; Edinburgh's floor-and-flat ("2F1") goes with the house's number.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we live at 4 Elm Road, Thornton-Cleveleys, by the tram stop",
         ["4 Elm Road, Thornton-Cleveleys"]),
        ("send it to 9 Mill Lane, Stoke-on-Trent ST4 2AB please",
         ["9 Mill Lane, Stoke-on-Trent ST4 2AB"]),
        ("my flat is 3F2, 21 Warrender Park Road, Edinburgh",
         ["3F2, 21 Warrender Park Road, Edinburgh"]),
    ],
)  # fmt: skip
def test_a_hyphenated_town_and_a_floor_and_flat_are_the_addresss(
    text: str, found: list[str]
) -> None:
    assert _found_places(text) == found


# Round 27's read half (the twenty-fifth session), in our own sentences: Polish short
# forms and a Lithuanian given name after "mama of" and "thats me,", an account number a
# digit at a time after "a/c"; not a slogan's "Slava Ukraini" nor a quiz's scores.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("this is Ewa Nowak, mama of Tosia in ESOL entry 2", ["Ewa Nowak", "Tosia"]),
        ("student number ending 4471 - thats me, Rimas, is my exam booked", ["4471", "Rimas"]),
        ("a/c 4 7 1 2 0 3 6 9 for the bursary please", ["4 7 1 2 0 3 6 9"]),
        ("Slava Ukraini 💙💛 from the ESOL class", []),
        ("quiz scores were 1 2 3 4 5 6 7 8 for the eight teams", []),
    ],
)
def test_round_27s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text, "9999999999") == found


# Round 28's read half (the twenty-sixth session), in our own sentences: a surname as a
# form's next field after "and", a name signed after a dash (a shop's name too), the last
# digits of a number said after it to be a child's, a letter O typed for a zero in the
# college's own format, a date a "dob" claims beyond "for the form"; not Greek Cypriot
# chat ("ela re"), a writer's grave on a history trip, a date of another sentence.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("resit booking pls, dob 14.07.1991 and surname Oyelaran", ["14.07.1991", "Oyelaran"]),
        ("see everyone at the showcase tonight 🎭 - Zara", ["Zara"]),
        ("bought the blazer in Zara, ask me if you want the link", []),
        ("the one ending 4471 is my daughter, still no lanyard for her", ["4471"]),
        ("the one ending 4471 is my mobile if you need it", []),
        ("learner no NL/2O23/0417 please check my enrolment", ["NL/2O23/0417"]),
        ("ela re, who took my charger from the workshop", []),
        ("Mary Lamb lived in Edmonton and is buried at All Saints, history trip next week", []),
        ("we went to the match on 9 March, brilliant. his dob for the form is 21/06/2007",
         ["21/06/2007"]),
    ],
)  # fmt: skip
def test_round_28s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text, "\\N\\L/9999/9999") == found


def test_a_family_grave_on_a_history_walk_is_still_a_persons_name() -> None:
    assert _matches("my great-grandad Walter Pengelly is buried at St Mary's, history walk") == [
        "Walter Pengelly"
    ]


# Names probe 60 (the twenty-sixth session), in our own sentences: one of the college's
# own remembered ("in memory of ..., our cleaner"), a handle with first name and surname
# in capitals where they meet, a Polish name in the instrumental and a Lithuanian one in
# the accusative after a verb at the sentence's start, a first name no English word spells
# beside a full name or in a chat in small letters; and what stays unfound: a dedicatee
# who is a public figure, a handle of a public figure or a garden, a garden named by a
# flower, an author of a set text.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In memory of Jean Whitlock, our cleaner for 20 years", ["Jean Whitlock"]),
        ("@SianMcCready your charger is in the staff room", ["@SianMcCready"]),
        ("Spotkałem się z Mateuszem w bibliotece", ["Mateuszem"]),
        ("Widziałam Oliwię na przystanku", ["Oliwię"]),
        ("Sveikinu Gintarą su gimtadieniu", ["Gintarą"]),
        ("Big thanks to Aoife Brennan and Dev for the stall", ["Aoife Brennan", "Dev"]),
        ("cant believe kyle n ashleigh got moved sets", ["kyle", "ashleigh"]),
        ("the Jenner Suite, named after Edward Jenner, opens today", []),
        ("@BillBailey is on at the Apollo tonight", []),
        ("thanks @RoseGarden for the flowers", []),
        ("Our Rose Garden won a prize at the show", []),
        ("Stanislaw Lem night at the book club", []),
    ],
)
def test_names_probe_60s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 61 (the twenty-sixth session), in our own sentences: a lane of Ulster, a
# walk shortened in small letters after "living at my mate's", a Welsh street named by a
# hill, "we're up at" before a street with no kind, a cottage "posted to me at", a farm to
# be picked up from, a plot "is ours" beside a show home, a landlord's other place, "our
# postcode is" beside a public place, a district that "is us"; and what stays unfound as
# a home: a pub, a garage, a ground or a venue named just before, a famous address.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("party at ours Friday, 9 Glebe Loanen, Comber, from 8", ["9 Glebe Loanen, Comber"]),
        ("im livin at my cousins now, 12 ashfield wlk (box room)", ["12 ashfield wlk"]),
        ("Can you collect me from my gran's, 7 Bryn Teg, by the chapel", ["7 Bryn Teg"]),
        ("we're up at 3 Castlewynd, Brechin, ring twice", ["3 Castlewynd"]),
        ("the prize could be posted to me at Ivy Cottage, Farndale", ["Ivy Cottage, Farndale"]),
        ("could someone pick me up from Low Moor Farm, Hebden, tomorrow",
         ["Low Moor Farm, Hebden"]),
        ("Plot 12, Orchard Rise is ours, past the show home", ["Plot 12, Orchard Rise"]),
        ("My landlord is letting a room in his other house, 5 Elm Mews, Roath",
         ["5 Elm Mews, Roath"]),
        ("Our postcode is G41 3RT, same as the mosque round the corner", ["G41 3RT"]),
        ("BT28 is us, if the bus could stop at the bottom of the road", ["BT28"]),
        ("Quiz night at the Fox & Hounds, 3 Mill Lane, from 7", []),
        ("Placements at Halfords Autocentre, 40 Station Road, Level 2 only", []),
        ("Match tonight at Kingsholm, 12 Kingsholm Road, Gloucester GL1 3AX", []),
        ("We're playing Fibbers, 8 Toft Green, York YO1 6JT on Friday", []),
        ("The famous 4 Privet Drive set is on the studio tour", []),
    ],
)  # fmt: skip
def test_addresses_probe_61s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Round 29's read half (the twenty-sixth session), in our own sentences: an Irish first
# name written without its fada, an address "down as" a wrong one, a student number's
# digits and letter after "student nr"; not a street that is a book's, nor "nr" as "near".
@pytest.mark.parametrize(
    ("text", "formats", "found"),
    [
        ("you have me down as Eilis Quinn on the register", (), ["Eilis Quinn"]),
        ("they have my address down as 5 Lisnagarvey Heights, Lisburn, it's wrong", (),
         ["5 Lisnagarvey Heights, Lisburn"]),
        ("student nr 3306172B, still no timetable", ("\\C9999999A",), ["3306172B"]),
        ("read chapter 3 of Wuthering Heights for Monday", (), []),
        ("the farm nr 3306172 on the map", ("\\C9999999A",), []),
    ],
)  # fmt: skip
def test_round_29s_read_half_personal_data(
    text: str, formats: tuple[str, ...], found: list[str]
) -> None:
    assert _matches(text, *formats) == found


# Names probe 64 (the twenty-sixth session), in our own sentences: a first name English
# uses as a word after "shout out to" and before where they work, a handle of a first name
# and a surname with a letter after, a title in Polish or Romanian before a surname, a
# nickname of size ("Big Dev"), "MISS" in capitals before a surname, a Polish name in the
# accusative, a list of names in small letters; and what stays unfound: the characters
# of Wuthering Heights, a place someone comes from, a coffee chain, a landmark, "a pan
# Asian menu", "MISS" before a word.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("shout out to grace in the library for finding my folder", ["grace"]),
        # (the whole handle since the thirty-first session)
        ("@tom_harrison_b your bag is in reception", ["@tom_harrison_b"]),
        ("Dziękuję pani Zielińskiej za pomoc", ["pani Zielińskiej"]),
        ("Mulțumim doamnei Dumitrescu pentru tot", ["doamnei Dumitrescu"]),
        ("Little Dev from the canteen saved me a pasty", ["Little Dev"]),
        ("MISS OKORO-BELL PLEASE EXTEND THE DEADLINE", ["MISS OKORO-BELL"]),
        ("Zapraszamy Tomasza na zebranie w środę", ["Tomasza"]),
        ("cheers leon, kyle and the rest of you", ["leon", "kyle"]),
        ("my essay compares Heathcliff and Cathy's love", []),
        ("anyone from Ashley getting the 8am train?", []),
        ("Tim Hortons is opening by the station", []),
        ("Big Ben is on the cover of the trip leaflet", []),
        ("a pan Asian menu at the refectory today", []),
        ("DON'T MISS ASSEMBLY TOMORROW", []),
    ],
)
def test_names_probe_64s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Round 30's read half (the twenty-seventh session), in our own sentences: the college's
# letters and digits opening a post before "here", the digits "from" a year opening a
# post, "number ending" with whose it is said after; not a room "here is", a phone's
# number ending, a count said with a year mid-post.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("wv-518 here, the printer ate my card", ["wv-518"]),
        ("518 from 2023, plumbing level 3, can't log in", ["518"]),
        ("number ending 518 sorry, I can't remember my full number", ["518"]),
        ("WV518 here is where we meet", []),
        ("my phone number ending 518, I know my number off by heart", []),
        ("we sold 518 from 2023 to now", []),
    ],
)
def test_a_year_first_format_opening_a_post_or_ending_a_number(text: str, found: list[str]) -> None:
    assert _matches(text, "9999-\\W\\V-999") == found


# Names of round 30's read half (the twenty-seventh session), in our own sentences: a
# first name that is a word too, after "my name is"; an initial and a surname after "a
# card for a"; and what stays unfound: Hardy's characters where his novels are named, the
# West Country's "gert" before praise.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("hiya, my name is Summer Trevelyan and I start on Monday", ["Summer Trevelyan"]),
        ("found a bus pass on the stairs, it's for a R Penhaligon", ["R Penhaligon"]),
        ("Far from the Madding Crowd: is Gabriel better than Troy?", []),
        ("Gert big turnout at the open evening, thank you all", []),
    ],
)
def test_names_of_round_30s_read_half(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 69 (the twenty-seventh session), in our own sentences: lost property to
# be brought back to a door, a parcel sent elsewhere "instead of" a home, a mate's house,
# a lift asked for from a home, a taxi from a hotel to a home, a street's kind misspelt;
# and what stays a public place: an address said to be a shop or a care home just after
# it, a door said to be next to a venue stays a home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("lost my lanyard, if found please return to 8 Rosebery Rd, Dundee DD2 1LA",
         ["8 Rosebery Rd, Dundee DD2 1LA"]),
        ("dpd left my parcel at the library instead of 31 Ferry Road, Leith",
         ["31 Ferry Road, Leith"]),
        ("left my bike outside my cousin's at 9 Brunton Terrace", ["9 Brunton Terrace"]),
        ("can someone give me a lift to the exam from 4 Laurel Close", ["4 Laurel Close"]),
        ("taxi from the pub to 22 Beech Avnue, Kendal", ["22 Beech Avnue, Kendal"]),
        ("windows smashed on 12 Queen Street, that's the new Nando's", []),
        ("Ashgrove, Mill Lane is the care home for our Level 3 placement", []),
        ("collect it from 5 Tay Street, it's the red door by the chemists", ["5 Tay Street"]),
        # a family's name before "house" is a home, not a business in its owner's name
        ("party at 7 Kirkton Road, that's the Jones's house", ["7 Kirkton Road"]),
        ("party at 7 Kirkton Road, that's the new Domino's", []),
    ],
)  # fmt: skip
def test_addresses_probe_69s_families(text: str, found: list[str]) -> None:
    assert _reviewed_places(text) == found


# A format of the college's letters, digits and a two-digit year (round 31's brief,
# "FL99999-99"): slashes between the parts, the year in brackets after, the letters and
# digits without the year, the digits "from" the year, the digits and year after a cue;
# not an order's number of the same digits, nor a flight's code.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("its FL/38261/23 if you need it", ["FL/38261/23"]),
        ("FL38261 (2023) can't get on moodle", ["FL38261 (2023)"]),
        ("fl38261 cant print", ["fl38261"]),
        ("38261 from 23, hnc computing", ["38261"]),
        ("student no 38261-23 please", ["38261-23"]),
        ("order 38261-23 has shipped", []),
        ("flight FL382 to Malaga is delayed", []),
    ],
)
def test_a_format_of_letters_digits_and_a_year_last_written_short(
    text: str, found: list[str]
) -> None:
    assert _matches(text, "FL99999-99") == found


# A format of a two-digit year, the college's letters, four digits and a check letter
# (round 32's brief, "99TD9999A"): whole, apart, with slashes or hyphens, the check letter
# left off, the year in brackets after, the letters and digits alone after a cue, the
# digits "from" the year, the digits and check letter after a cue; not an order's code of
# the same shape, nor the digits alone without their letter, nor four digits after "room".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("student no 25TD1178M please", ["25TD1178M"]),
        ("its 25/TD/1178/M on the form", ["25/TD/1178/M"]),
        ("25-TD-1178-M locked out of teams", ["25-TD-1178-M"]),
        ("my number is 25 td 1178 m", ["25 td 1178 m"]),
        ("25td1178 cant log in", ["25td1178"]),
        ("TD1178 (25) is mine", ["TD1178 (25)"]),
        ("student id td1178m", ["td1178m"]),
        ("student number 1178 from 25", ["1178"]),
        ("my student number is 1178M", ["1178M"]),
        ("order 25TD1178M has shipped", []),
        ("my student number is 1178", []),
        ("room 1178M is locked", []),
    ],
)
def test_a_format_of_a_year_letters_digits_and_a_check_letter(text: str, found: list[str]) -> None:
    assert _matches(text, "99TD9999A") == found


# Round 31's read half (the thirty-second session), in our own sentences: Scots words that
# are first names elsewhere ("ain", "barry" as praise), a writer introduced as
# someone's kin, a Scottish footballer, a said e-mail with digits apart, a farm "Mains of"
# a name sent to by post, a misspelt "drive", a misspelt "account", and the specimen NI
# number said to be an example after it; "barry" as a person still found.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("she bought her ain tablet wi her wages", []),
        ("that gig was pure barry", []),
        ("barry fact: the castle is older than the college", []),
        ("ask barry from maths", ["barry"]),
        ("this is Joan, Ollie's nan, is the bus running", ["Joan", "Ollie"]),
        ("Lewis Ferguson scored again for Bologna", []),
        ("its fiona dot grant 07 at gmail dot com", ["fiona dot grant 07 at gmail dot com"]),
        (
            "can the kit be sent tae Mains of Cairnie Farm, by Forfar, DD8 3RT",
            ["Mains of Cairnie Farm, by Forfar, DD8 3RT"],
        ),
        ("i stay at 21 moray drve, dundee dd2 4ht", ["21 moray drve, dundee dd2 4ht"]),
        ("sort code 40 11 62 acount 3391 0274", ["40 11 62", "3391 0274"]),
        ("AB123456C is only the example on the handout, use your own", []),
    ],
)
def test_round_31s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 113 (the thirty-second session), in our own sentences: an Italian particle
# in capitals, Muhammad shortened before a full name, names asked of at a post's start,
# first names after a faith community's titles, a first name called at the start of a
# shouted post and in small letters before "bro", a word that is a first name at a kitchen
# or in a year of a course after a cue; and what stays unfound: a town after "v" or "went
# to", a shouted post's words, Father Christmas.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chiara Di Stefano got a distinction in Level 3 Hospitality", ["Chiara Di Stefano"]),
        ("Md Rafiqul Haque is our new ESOL tutor", ["Md Rafiqul Haque"]),
        ("Ask Wen Jie and Li Na about the lantern workshop", ["Wen Jie", "Li Na"]),
        ("thanks to Sister Ama and Pastor Kwabena for the carol service", ["Ama", "Kwabena"]),
        ("MAISIE WHERE ARE YOU THE TAXI IS HERE", ["MAISIE"]),
        ("jayden bro you left your charger in B12", ["jayden"]),
        ("please hand it to Joy in the refectory", ["Joy"]),
        ("can someone tell Grace in first year her bag is at reception", ["Grace"]),
        ("we lost 2-0 v Dudley on Saturday", []),
        ("went to Kerry for the weekend, gorgeous", []),
        ("FRIDAY FINALLY LETS GO", []),
        ("Father Christmas is coming to the nursery", []),
        # greetings in Lithuanian and Polish, first names in their cases; "abu" (both)
        ("Sveikinimai Mantui ir Ievai, abu baigė kursą", ["Mantui", "Ievai"]),
        ("Pozdrawiam Tomka z kursu spawania", ["Tomka"]),
        # a double first name of two words after "our"; not a dog's breed
        ("Our Ebony-Rose starts at the salon on Monday", ["Ebony-Rose"]),
        ("Jack-Russell puppies for sale, ask at reception", []),
    ],
)
def test_names_probe_113s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 115 (the thirty-second session), in our own sentences: a home after "at
# mine," and a Welsh house sent a thing by post, a hyphenated farm after "post anything",
# "Gr" for Grove; and what stays unfound: the addresses everyone knows with their own
# town, or written with a comma after the number (but another town's Privet Drive is
# someone's).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("next one's at mine, Bryn Celyn, Llanberis, bring snacks", ["Bryn Celyn, Llanberis"]),
        (
            "post the kit bag to Tŷ Coch, Llanddeusant SA19 9UL please",
            ["Tŷ Coch, Llanddeusant SA19 9UL"],
        ),
        (
            "if you need to post anything, Pen-y-Graig Farm, Llanrhaeadr SY10 0AB",
            ["Pen-y-Graig Farm, Llanrhaeadr SY10 0AB"],
        ),
        (
            "the minibus blocks our drive at 9 Rowan Gr, Jarrow NE32 3AB",
            ["9 Rowan Gr, Jarrow NE32 3AB"],
        ),
        ("we wrote to 10 Downing Street, London SW1A 2AA about bus fares", []),
        ("our set text is 84, Charing Cross Road this term", []),
        ("send it to 4 Privet Drive, Leeds LS6 2AB", ["4 Privet Drive, Leeds LS6 2AB"]),
        # a library card's address is a person's; the library's own is not
        (
            "found a wallet with a library card saying 14 Mill Rd, Nelson in it",
            ["14 Mill Rd, Nelson"],
        ),
        ("the library is at 14 Mill Rd, Nelson, open 9 to 5", []),
        # a Welsh street in small letters, its kind first, with a postcode after
        ("party at mine sat, 3 lon las, caernarfon ll55 1ab", ["3 lon las, caernarfon ll55 1ab"]),
    ],
)
def test_addresses_probe_115s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 71 (the twenty-seventh session), in our own sentences: Ukrainian,
# Lithuanian and Tamil first names with surnames, a surname after "Sir" with no first name
# after it, a surname with "Sir" or "Miss" after it, a first name after "his name is"; and
# what stays unfound: a pet's name, a saint's entrance, a knight's first name said again
# after his full name, a footballer and a singer.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("so proud of Solomiia Kovalchuk, distinction in her HNC", ["Solomiia Kovalchuk"]),
        ("huge thanks to Sir Santos for the extra maths sessions", ["Sir Santos"]),
        ("Thapa Miss runs the best tutorial group", ["Thapa Miss"]),
        ("the new caretaker isn't Bob, his name is Kieran", ["Kieran"]),
        ("our hamster named Oscar escaped again", []),
        ("please use the St Agnes entrance from Monday", []),
        ("Sir Chris Hoy opened the velodrome, thank you Chris!", []),
        ("Kurt Cobain t-shirts everywhere at the gig", []),
    ],
)
def test_names_probe_71s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 78 (the twenty-seventh session), in our own sentences: a Welsh street
# without a number and its town after "I live in" in Welsh or before "that's us"; a house
# name before a Welsh street, a delivery said after it; an address in capitals after
# "address ="; a street's kind misspelt; and what stays unfound: a Welsh street named for
# directions, capitals with no "address" before them.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dw i'n byw yn Bryn Derw, Llanberis, dros y ffordd o'r ysgol", ["Bryn Derw, Llanberis"]),
        ("Maes Glas, Bethesda, that's us, the house with the red door",
         ["Maes Glas, Bethesda"]),
        ("Bwthyn Celyn, Heol y Dwr, Bala, parcel coming Friday, leave it by the gate",
         ["Bwthyn Celyn, Heol y Dwr, Bala"]),
        ("address for the minicab = 12 SALISBURY ROAD, HEATON please",
         ["12 SALISBURY ROAD, HEATON"]),
        ("drop my hoodie round to 6 Rowan Crecsent when you can", ["6 Rowan Crecsent"]),
        ("the traffic on Heol y Nant, Clydach is awful this morning", []),
        ("WEEK 12 ROOM CHANGE: 14 HIGH STREET SITE CLOSED", []),
    ],
)  # fmt: skip
def test_addresses_probe_78s_families(text: str, found: list[str]) -> None:
    assert _reviewed_places(text) == found


# Names probe 77 (the twenty-seventh session), in our own sentences: a double-barrelled
# surname whose second part has its own prefix; and what stays unfound: the names given
# to a class's new pets.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Amelia-Grace Doherty-McBride, what a performance last night!",
         ["Amelia-Grace Doherty-McBride"]),
        ("Level 2 animal care named the two new guinea pigs Colin, Sandra and Bev", []),
        ("the dog called Brian is back in the animal unit", []),
    ],
)  # fmt: skip
def test_names_probe_77s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 79 (the twenty-seventh session), in our own sentences: a title before
# "Sheikh"; and what stays unfound: a building
# named for someone in small letters after it, a verb that is a first name opening a
# sentence, authors, thinkers, an actor and a mountain.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mr Sheikh has the keys to the robotics lab", ["Mr Sheikh"]),
        ("meet outside the Mary Seacole building at 9", []),
        ("Hope everyone has a lovely half term!", []),
        ("Max Weber and Hannah Arendt are on the reading list", []),
        ("the Ben Nevis charity climb is on Saturday", []),
    ],
)
def test_names_probe_79s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 80 (the twenty-seventh session), in our own sentences: an address sent
# "to me at", a floor in brackets before the town and postcode, a grove shortened in
# small letters, a misspelt "gardens"; and what stays a public place: an address said to
# be an office block or an old annexe just after it, a buffet, a market's exchange.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("post the form to me at 8 Heol y Bryn please", ["8 Heol y Bryn"]),
        ("new address: 4 Lisburn Rd (top flat), Belfast BT9 6AA",
         ["4 Lisburn Rd (top flat), Belfast BT9 6AA"]),
        ("taxi to 9 ash grv please", ["9 ash grv"]),
        ("send it to 3 Rowan Gadrens, Leek ST13 5AB", ["3 Rowan Gadrens, Leek ST13 5AB"]),
        ("my bike went from outside 12 King Street. It's the office block by the bank", []),
        ("the all-you-can-eat buffet at 6 Market St is £10 after 6", []),
        ("crafts at Stall 3, The Corn Exchange, Leeds LS1 7BR, 10-4", []),
        ("taxi from the Corn Exchange to 7 Beech Cres, Leeds please",
         ["7 Beech Cres, Leeds"]),
    ],
)  # fmt: skip
def test_addresses_probe_80s_families(text: str, found: list[str]) -> None:
    assert _reviewed_places(text) == found


# Addresses probe 82 (the twenty-eighth session), in our own sentences: the whole run of
# an address is shown, with the flat, plot or block before its number, an Edinburgh
# stair's number, a house's name, "c/o", and a town after a street's quarter; a district
# said after "my postcode" or "near me?"; "the" before a capitalised street kind. What the
# address is judged by still starts at its number: a ground-floor flat is no football
# ground.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("come to mine, upper flat, 14 Dalry Road, we're on the buzzer",
         ["upper flat, 14 Dalry Road"]),
        ("pres at ours: Flat B, 61-63 Morley Road", ["Flat B, 61-63 Morley Road"]),
        ("party at mine, flat 3/2, 20 Kelvin Drive", ["flat 3/2, 20 Kelvin Drive"]),
        ("new address for my payslips: plot 9, Willow Chase, Ossett",
         ["plot 9, Willow Chase, Ossett"]),
        ("I'm staying at Block D, flat 12, Carlton Court, Leeds",
         ["Block D, flat 12, Carlton Court, Leeds"]),
        ("drop my bag to 7/2 Comely Bank Road please", ["7/2 Comely Bank Road"]),
        ("we live at Redbank, 4 Mill Brae Road, Kilmarnock",
         ["Redbank, 4 Mill Brae Road, Kilmarnock"]),
        ("post my results c/o 3 Pine Close, Hull HU5 2QT", ["c/o 3 Pine Close, Hull HU5 2QT"]),
        ("lift home to 18 Leicester Rd North, Oadby?", ["18 Leicester Rd North, Oadby"]),
        ("ground floor flat, 2 Beach Parade, Rhyl, that's us",
         ["ground floor flat, 2 Beach Parade, Rhyl"]),
        ("my postcode SK8 puts my car insurance through the roof", ["SK8"]),
        ("anyone live near me? LS12 for lifts", ["LS12"]),
        ("my nan lives at 5 the Avenue Wrexham", ["5 the Avenue Wrexham"]),
        # what stays as it was: a stair number that is a date, a shop's name
        ("on 12/4 we went to 6 Castle Street for the museum", ["6 Castle Street"]),
        ("Oakfield, 3 Market Place is the new bakery", []),
    ],
)  # fmt: skip
def test_addresses_probe_82s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Names probe 81 (the twenty-eighth session), in our own sentences: a name's edges as a
# post writes them (thanks before it, a word of respect after a first name, a surname's
# small word after a full name or before its last part); and what stays unfound: a form's
# examples in brackets, a café in someone's name, a tool named for its maker, an author,
# a greeting to a god, Italian's "nella".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Eid food was amazing, Thanks Rojda and Hêvî Kaya!", ["Rojda", "Hêvî Kaya"]),
        ("Mehmet Hoca'ya teşekkürler", ["Mehmet"]),
        ("Ana Luísa Ferreira da Costa, please come to reception", ["Ana Luísa Ferreira da Costa"]),
        ("welcome Joselito Dela Cruz to the catering team", ["Joselito Dela Cruz"]),
        ("Surname and first name (e.g. Sarah Jones, Tomasz Nowak):", []),
        ("Rosie Lee's Café is looking for a Saturday baker", []),
        ("Stanley knives are kept in the locked cabinet", []),
        ("Rose Tremain's novel is on the Year 13 list", []),
        ("Jai Shree Krishna, happy Janmashtami everyone", []),
        ("seconda classificata nella gara di cucina", []),
        # the nickname after a person found is theirs too
        ("Mrs Okonjo-Reid aka Okie is leaving us in July", ["Mrs Okonjo-Reid", "Okie"]),
    ],
)  # fmt: skip
def test_names_probe_81s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


def _asked(text: str) -> list[tuple[str, str]]:
    """(label, match) of what the whole screen finds in ``text`` at the review line or above."""
    result = Screener(ScreenSettings()).screen(text)
    return [
        (d.label, d.match)
        for d in [*result["personal_data"], *result["directory_names"]]
        if d.score >= 0.5
    ]


# Probe 86 (the twenty-ninth session: ordinary posts full of public details), in our own
# sentences: births that are no private person's (a year's, a public figure's, a word in
# scare quotes), a form's example to copy, an organisation's account for donations,
# shared mailboxes and offices' lines, a date before a venue, a trip's destination, a
# venue's hut and car park, someone with the years of their life, St David's Day in
# Welsh; and, for each, what must still be found.
@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday to Billie Jean King, born 22 November 1943, a legend",
        "The Brunel Building opens on 9 April! Named after the engineer born 1806, died 1859.",
        "Robert Burns night on 25 Jan for the poet born in Alloway in 1759",
        "The CPR dummy is called Kev, 'born' 2 May 1995 according to the box",
        "When the practice form asks for a date of birth, use 01/01/2001 please",
        "Student Union cake sale: fitnesscentre@northgate.ac.uk takes the bookings",
        "Email sportscentre@ridgeway.ac.uk or helo@colegtaf.ac.uk for details",
        "Log in as firstname.lastname@student.ridgeway.ac.uk",
        "Student Services can be reached on 0113 496 0210 weekdays",
        "Graduation is Tues 8 July, Symphony Hall Birmingham, B1 2EA",
        "English group off to HomePlace, 45 Main St, Bellaghy BT45 8HT on Friday",
        "apprentices fixing the Scout hut at 7 Mill Road, Ballymena BT43 5AF",
        "Permits for the Bridge Street car park (NP20 1HG) are £45 a term",
        "Psychology: HM (Henry Molaison, 1926-2008) is on the exam",
        "Dydd Gŵyl Dewi Hapus i bawb o'r coleg",
    ],
)
def test_probe_86s_public_details_ask_nothing(text: str) -> None:
    assert _asked(text) == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "My sister loves Billie Jean King, she was born 22 November 2008",
            [("date_of_birth", "22 November 2008")],
        ),
        ("my son was born 25 Jan 2008 in Alloway", [("date_of_birth", "25 Jan 2008")]),
        (
            "Happy birthday Kev Adams! Born 2 May 2008",
            [("date_of_birth", "2 May 2008"), ("person_name", "Kev Adams")],
        ),
        (
            "The practice form is wrong, my dob is 01/01/2007 so use that",
            [("date_of_birth", "01/01/2007")],
        ),
        (
            "Message me at sam.fenwick@gmail.com about the lift",
            [("email", "sam.fenwick@gmail.com")],
        ),
        ("Any questions just ring me on 0113 496 0155", [("phone", "0113 496 0155")]),
        (
            "my house is 7 Mill Road, Ballymena BT43 5AF",
            [("home_address", "7 Mill Road, Ballymena BT43 5AF")],
        ),
    ],
)
def test_probe_86s_cues_leave_private_details_found(
    text: str, asked: list[tuple[str, str]]
) -> None:
    assert _asked(text) == asked


def test_an_account_said_to_take_donations_asks_review_not_a_block() -> None:
    pack = load_bundled("wcuc")

    def outcome(text: str) -> Outcome | None:
        event = {"kind": "post", "at": AT, "text": text, "account_type": "official"}
        return personal_outcome(evaluate(pack, event))

    donations = "Toy appeal donations (college account): sort code 30-99-12, account 31234567"
    assert outcome(donations) == Outcome.REVIEW
    [d, *_] = [x for x in PersonalDataDetector().detect(donations) if x.label == "bank_details"]
    assert "donations" in d.detail
    # someone's own account, even for a fundraiser, still blocks
    assert outcome("Donate to my fundraiser: sort code 30-99-12, account 31234567") == Outcome.BLOCK
    assert outcome("pay me back, sort code 30-99-12, account 31234567") == Outcome.BLOCK


# Addresses probe 89 (the twenty-ninth session), in our own sentences: a home said by
# "I'm" before its number, a relative's home or one's own before a street of any name;
# and what is nobody's home: a soap's or a story's address, a range of postcode districts,
# an organisation named before "at", while a house's own name before "at" stays a home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("party at Holly Cottage, 5 Mill Lane, Kendal on Saturday", ["5 Mill Lane, Kendal"]),
        ("Media students film a Corrie sketch at 11 Coronation Street today", []),
        ("4 Privet Drive, Little Whinging is not your address, Callum", []),
        ("Learners living in TS1 to TS6 can claim the travel grant", []),
        ("Citizens Advice at 12 Tannery Lane helps with landlord problems", []),
        # a person named before "at" is no organisation
        ("Sarah Jones at 12 Tannery Lane, Leeds LS9 6HJ", ["12 Tannery Lane, Leeds LS9 6HJ"]),
    ],
)  # fmt: skip
def test_addresses_probe_89s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("DPD left my laptop at the Co-op, I'm 52 Hylton Road, not the shop", "52 Hylton Road"),
        ("posting the forms from Nana's, 7 Ard na Coille, Strabane", "7 Ard na Coille"),
        ("my gran's bungalow, 9 Bron Haul, Tywyn, needs new steps", "9 Bron Haul"),
    ],
)  # fmt: skip
def test_addresses_probe_89s_homes_said_before(
    detector: PersonalDataDetector, text: str, home: str
) -> None:
    assert ("home_address", home, True) in [
        (label, match[: len(home)], confirmed) for label, match, confirmed in found(detector, text)
    ]


# Names probe 88 (the twenty-ninth session), in our own sentences: a family's pet name for
# a grandparent or an aunt (no first name of ours, no English word); and what is nobody:
# a college or a club in someone's name, a firm of two names, fashion brands, Welsh for
# "this year".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("her nanna Queenie would have loved this", ["Queenie"]),
        ("Auntie Ngozi brought jollof for the whole class", ["Ngozi"]),
        ("my cousin Minecraft server is down again", []),
        ("Drama auditions for Rose Bruford College are next week", []),
        ("Callum got signed by Ross County youths", ["Callum"]),
        ("Saturday shifts at Frankie & Benny's", []),
        ("Tommy Hilfiger and Calvin Klein stalls at the fashion day", []),
        ("Llongyfarchiadau i bawb yn yr Eisteddfod eleni!", []),
    ],
)  # fmt: skip
def test_names_probe_88s_families(text: str, found: list[str]) -> None:
    assert [m for m in _matches(text) if m] == found


# Names probe 88 again: someone by the part of the college they are from, a name English
# uses as a word too; and greetings and news from a department, which name no one.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the form was sorted in a day by Faith from student services", ["Faith"]),
        ("Kacper from EV2 lent me his multimeter", ["Kacper"]),
        ("Will from the plumbing course fixed our tap", ["Will"]),
        ("Greetings from the plumbing department!", []),
        ("Support from student services is open till 5", []),
        ("News from the catering team: new menu on Monday", []),
    ],
)  # fmt: skip
def test_names_probe_88s_someone_from_a_department(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A review of the twenty-ninth session's mends, in the reviewer's own sentences: what each
# new cue must not take away.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("My son was born in 2009 on the 4th of June, can you fix his record", "date_of_birth"),
        ("I was born in 2008, 14th March to be exact", "date_of_birth"),
        ("Nan was born in Cork in 1950, on the 2nd of May", "date_of_birth"),
        ("Happy birthday Lily! Born 12 March 2008, same day as Harry Styles lol", "date_of_birth"),
        ("Kieran Lewis, DOB 04/11/2007, on the practice form use 01/01/2000", "date_of_birth"),
        ("Sample CV attached, use it as a guide - Kyle Dunn, 07700 900654", "phone"),
        ("Selling my old bike, £50. Questions? Ring 01632 960999", "phone"),
        ("Lost cat, please help, ring 01632 960444 if you see her", "phone"),
        ("off to Aunty Pat, 4 Elm Road, Leeds LS9 6HJ", "home_address"),
        ("The Hendersons at 4 Mill Lane, Leeds LS9 6HJ", "home_address"),
        ("Corrie watch party at 14 Ashgrove Road, Leeds LS9 6HJ", "home_address"),
        ("I live next to the car park, 31 Bridge Street, Leeds LS9 6HJ", "home_address"),
        ("Retirement do for Linda Pritchard, 1987-2025, in the staffroom", "person_name"),
        ("Huge Well Done To Ellie Morgan College Student Of The Year", "person_name"),
        ("For the toy appeal, bank transfer to Sarah Jones 12-34-56 87654321", "bank_details"),
    ],
)  # fmt: skip
def test_the_sessions_cues_leave_private_details_found(text: str, label: str) -> None:
    result = Screener(ScreenSettings()).screen(text)
    found = [d for d in [*result["personal_data"], *result["directory_names"]] if d.score >= 0.5]
    assert label in {d.label for d in found}


@pytest.mark.parametrize(
    "text",
    ["my nan Facetimed me during the exam", "my nan Tesco shopping trip was wild"],
)
def test_a_word_after_kin_is_a_name_only_as_a_person_is_written(text: str) -> None:
    assert _matches(text) == []


def test_a_long_email_address_is_read_in_linear_time(detector: PersonalDataDetector) -> None:
    short = cpu_seconds(lambda: detector.detect("helpdesk" * 250 + "@gmail.com"))
    long = cpu_seconds(lambda: detector.detect("helpdesk" * 2000 + "@gmail.com"))
    assert long < 20 * short + 0.05


# A review of the twenty-ninth session: a street after "I'm" with a count after it said
# how far away someone was, not where they live.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm 2 Station Road stops away, save me a seat", []),
        ("we're 3 Mill Lane minutes from campus, nearly there", []),
        ("I'm 5 Mill Lane, Kendal, come round after", ["5 Mill Lane, Kendal"]),
    ],
)  # fmt: skip
def test_a_count_after_a_street_is_no_house(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Names probe 91 (the thirtieth session), in our own sentences: a person's name said
# again by one of its words or in capitals, a nickname the post says they went by,
# first names in Polish cases after "dla"; and what is nobody: animals named beside their
# kind, the subject of a talk or a lesson, a textbook's authors, faith greetings, a firm
# in a family's name, a public figure who shares a surname.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We remember Tariq Mahmood Qureshi, our site manager. Tariq never missed a shift",
         ["Tariq Mahmood Qureshi", "Tariq"]),
        ("Farewell to Deiniol ap Iorwerth after 30 years. Deio, as everyone knew him, "
         "taught us all", ["Deiniol ap Iorwerth", "Deio"]),
        ("blue bag with ANIKA-ROSE on the tag left in B12. Anika-Rose it's at reception",
         ["ANIKA-ROSE", "Anika-Rose"]),
        ("Gratulacje dla Weroniki i Mateusza!", ["Weroniki", "Mateusza"]),
        ("Gratulacje dla Marty Kowalskiej i Bartka", ["Marty Kowalskiej", "Bartka"]),
        ("RIP Biscuit, the college cat, you will be missed", []),
        ("our two new alpacas, Gerald and Maureen! Come and meet them", []),
        ("Moira and Dennis the donkeys are back at the farm unit", []),
        ("History lesson today on Ahmad Shah Massoud, brilliant discussion", []),
        ("Selling my textbook, Plumbing Basics by Roger Tindall and Pete Marsh, £10", []),
        ("Sat Sri Akal everyone, welcome back", []),
        ("Inna lillahi wa inna ilayhi raji'un, such sad news today", []),
        ("Thanks, Jenna (Dunne Roofing) for taking on Kyle Dunne as an apprentice",
         ["Jenna", "Kyle Dunne"]),
        ("Well done Adebayo Farah, not quite Mo Farah pace yet!", ["Adebayo Farah"]),
    ],
)  # fmt: skip
def test_names_probe_91s_families(text: str, found: list[str]) -> None:
    assert [m for m in _matches(text) if m] == found


def _asks_review(text: str) -> list[tuple[str, str]]:
    """(label, match) of each detection at the review line or above."""
    return [(d.label, d.match) for d in PersonalDataDetector().detect(text) if d.score >= 0.5]


# Addresses probe 92 (the thirtieth session), in our own sentences: homes said by a room
# to view, a Scots "hoose", "I'm at" before a number, something dropped round, a lift or
# a bus from one's district; and what is nobody's home: a famous address with a room
# after it, a centre that has moved, a pub by its sign in a job advert.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Going to see a room at 4 Cranbrook Gdns, Heaton tomorrow, current tenant is Leah",
         ["4 Cranbrook Gdns, Heaton"]),
        ("left my bag between college and my hoose at 12 Tay Wynd, Forfar",
         ["12 Tay Wynd, Forfar"]),
        ("need a lift from campus, I'm at 8 Keats House, Priory Estate SE5 9QR",
         ["8 Keats House, Priory Estate SE5 9QR"]),
        ("could someone collect my hoodie from the gym and drop it round 6 Larch Cres, Yeovil",
         ["6 Larch Cres, Yeovil"]),
        ("any lifts going from LS12 to the Park Lane campus?", ["LS12"]),
        ("I'm at 4 High Street, York on a placement", ["4 High Street, York"]),
        ("Escape room night: the theme is 221b Baker Street, Room C3, Friday", []),
        ("Study club has moved to Hillhead Community Centre, 9 Oak Rd, G12 8QQ, Mondays", []),
        ("Now hiring bar staff at The Kings Arms, 3 Bridge Street, Ely CB7 4AA", []),
    ],
)  # fmt: skip
def test_addresses_probe_92s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Details probe 93 (the thirtieth session), in our own sentences: a care home's address,
# a British Standard's or a book's number, example bank details said to be made up or a
# format described, offices', teams' and helplines' numbers, a duty phone, an Access
# course's mailbox; a shop's, a park's or a vet's postcode; people named in public
# offices. None asks a review; someone's own details beside them still do.
@pytest.mark.parametrize(
    "text",
    [
        "Our care learners start at Birchwood Care Home, 40 Park Road, Leeds LS6 2AB on Monday",
        "Only use BS1362 13A fuses in the workshop plugs",
        "Set text: ISBN 978-1-84-765432-1, second edition",
        "A sort code is 6 digits like 00-00-00 and an account number is 8 digits, e.g. 12345678.",
        "Practice bank details for the payroll task: sort code 11-22-33, account 87654321",
        "Our Student Funding team is on 0113 496 0720",
        "The IT helpdesk has a new number: 028 9018 0456",
        "Nightline, 8pm to 8am in term: 01632 960555",
        "Out of hours, ring the duty safeguarding phone 07700 900312",
        "Questions? access@southbrookcollege.ac.uk",
        "is the tesco at 4 kirkgate WF1 1HS open late",
        "litter pick round Roundhay Park, Leeds LS8 2HH today",
        "Thanks to Chief Constable Anna Price for the careers talk",
        "Congratulations to our Chair of Governors, Professor Iain Gray, on his OBE",
    ],
)
def test_details_probe_93s_public_details_ask_no_review(text: str) -> None:
    assert _asks_review(text) == []
    # (and no name is found at all: a public office's holder is nobody's personal data)
    assert [d.match for d in PersonLikeNames().detect(text)] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("my nan's at 40 Park Road, Leeds LS6 2AB, it's her home", "home_address"),
        ("my account number is e.g. 12345678", "bank_details"),
        ("my mobile is 07700 900312, ring me", "phone"),
        ("my postcode is LS8 2HH", "postcode"),
        ("I live next to the tesco, WF1 1HS", "postcode"),
    ],
)
def test_details_probe_93s_own_details_still_ask_review(text: str, label: str) -> None:
    assert label in [lab for lab, _ in _asks_review(text)]


# Names probe 96 (the thirtieth session), in our own sentences: a name said again
# shortened, in another language's case or with its suffix, a nickname in quotes said
# again; and what is nobody: a storm that shares a name, band members and rappers by
# first name, monarchs in a quiz, flowers and firms named like people.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Farewell to Bronwen Pritchard after 20 years. Bron made every Monday better",
         ["Bronwen Pritchard", "Bron"]),
        ("Gratulacje dla Pani Agnieszce Nowak! Dla Agnieszki to wielki dzień",
         ["Pani Agnieszce Nowak", "Agnieszki"]),
        ("Tebrikler Elif Demir! Elif'in projesi birinci", ["Elif Demir", "Elif"]),
        ("Sad news: Patricia 'Patsy' Quinn has retired. Patsy ran the canteen for 30 years",
         ["Patricia 'Patsy' Quinn", "Patsy"]),
        ("Storm Ciarán closed the farm road, but Ciarán Walsh still got the lambs fed",
         ["Ciarán Walsh"]),
        ("Felicitări lui Ioana Marin! Ioanei îi mulțumim", ["Ioana Marin", "Ioanei"]),
        ("RIP Eileen Brady (née Corrigan), our cook for 25 years", ["Eileen Brady", "Corrigan"]),
        ("Music homework: the Beatles. What did John and Paul write first?", []),
        ("Best rapper: Stormzy or Dave? Debate in the common room", []),
        ("Quiz theme: Queens of England. Victoria, Mary and Anne all feature", []),
        ("Floristry display of sweet william and black-eyed susan by reception", []),
        ("Golden syrup from Tate & Lyle for Pancake Day", []),
    ],
)  # fmt: skip
def test_names_probe_96s_families(text: str, found: list[str]) -> None:
    assert [m for m in _matches(text) if m] == found


# Addresses probe 100 (the thirtieth session), in our own sentences: a home said by "come
# round to", a party's address, a taxi told where it is, a boulevard; and what is
# nobody's: a bus stop's number, a pub by its name at a post's start, a chippy's address.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("tell her to come round to 12 Heol y Felin after tea", ["12 Heol y Felin"]),
        ("party at 9 Mill Brae, Kemnay, follow the fairy lights", ["9 Mill Brae, Kemnay"]),
        ("Winter party at 2 Castle Esplanade, tickets £20 from reception", []),
        ("Mr Hughes has moved to Lôn Glanrafon, Llangefni, send his card there",
         ["Lôn Glanrafon, Llangefni"]),
        ("party at 7 Brook Road, that's the new Domino's", []),
        ("if the taxi can't find us tell him it's 22 Carrick Road, Ballymena",
         ["22 Carrick Road, Ballymena"]),
        ("the chippy at 40 Ecclesall Blvd keeps getting my food, I'm 40b Ecclesall Blvd S11 8HN",
         ["40b Ecclesall Blvd S11 8HN"]),
        ("The X5 stops at 12 Castle Road outside the Co-op", []),
        ("Bridge Inn, 4 Quay Street, Ayr KA7 1AA - quiz night every Thursday", []),
        ("someone at 9 Willow Bank, Crook, I've handed the card in", ["9 Willow Bank, Crook"]),
    ],
)  # fmt: skip
def test_addresses_probe_100s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# A review of the thirtieth session's changes (about 400 sentences of its own, run before
# and after) found each of these read wrongly by a first version of the session's rules.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a surname that is a pub's word, a distance after a comma, a caller at a house
        ("Emily Bell, 14 Rose Street, Leeds LS6 2AB", "home_address"),
        ("I live at 3 Mill Lane, miles from anywhere", "home_address"),
        ("The nurse calls at 6 Rowan Close every morning to check on my nan", "home_address"),
        # a relative's care home, "park" the verb
        ("My nan is at Rosewood Care Home, 16 Park Lane, if anyone wants to visit",
         "home_address"),
        ("Park at ours, M14 6HJ", "postcode"),
        # a format said beside one's own number, "made up by" someone else, a personal
        # out-of-hours number, a team's hoodie, a price per hour
        ("Sort code is 6 digits, mine is 40-11-62, account 31926819", "bank_details"),
        ("Phone numbers are 11 digits, e.g. 07700 900123 is mine, text me", "phone"),
        ("Deposit to sort code 20-00-00 account 55779911, made up by my mum", "bank_details"),
        ("Out of hours my personal number is 07700 900789", "phone"),
        ("Lost my team hoodie at the match, please ring 0113 496 0123 if found", "phone"),
        ("Babysitter needed, £10 per hr, ring 0161 496 0555", "phone"),
    ],
)  # fmt: skip
def test_review_30s_personal_details_still_ask_review(text: str, label: str) -> None:
    assert label in [lab for lab, _ in _asks_review(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Assembly today about Ryan Hughes, who passed away last week", "Ryan Hughes"),
        ("Presentation on Kayla Brown's attendance sent to her mum", "Kayla Brown"),
        ("Well done on your presentation on Tuesday Amy Clarke!", "Amy Clarke"),
        ("Books were left in room 4 by Jake Smith, please collect", "Jake Smith"),
        ("Our play, directed by Hannah Moore, opens tonight", "Hannah Moore"),
        ("Tom Evans, the dog groomer from animal care, won the prize", "Tom Evans"),
        ("Holly Green and Dan White, the hens' new carers", "Dan White"),
        ("Congratulations to student author Mia Jones", "Mia Jones"),
        ("England captain Ellie Jones from our netball academy", "Ellie Jones"),
        ("Busy Lizzie Thompson on reception today!", "Lizzie Thompson"),
    ],
)  # fmt: skip
def test_review_30s_names_are_still_found(text: str, name: str) -> None:
    assert name in _matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're at 10 Market Place today with our bake sale stall",
        "I'm at 2 Station Road, it's the library, revising",
        "If the taxi can't find us, tell him it's 1 College Road, the main campus",
        "Viewing a room at 5 Quay Street, Unite Students halls, anyone been?",
    ],
)
def test_review_30s_public_places_ask_no_review(text: str) -> None:
    assert _asks_review(text) == []


def test_review_30s_long_posts_stay_linear() -> None:
    """A name said again among thousands of public figures' words, and thousands of
    British Standard numbers: a first version compared every pair."""
    names = PersonLikeNames()
    names.detect("warm up")
    text = "Mohammed Iqbal Chaudhry. " + "Iqbal jay z " * 4000
    assert cpu_seconds(lambda: names.detect(text)) < 1.5
    detector = PersonalDataDetector()
    codes = "BS1362 13A " * 4000
    assert cpu_seconds(lambda: detector.detect(codes)) < 1.5


# Names probe 104 (the thirty-first session), in our own sentences: a first name that is
# also a word, by the desk or the kitchen someone works on or comes from; a name owned
# before a subject in capitals; a name said again with its accents; two names joined by
# another language's "and"; and what is nobody: a footballer, a greeting in Gujarati, the
# four gospels.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Huge thanks to Joy on the switchboard for sorting my timetable", ["Joy"]),
        ("thanks to Rose from the canteen for saving me the last jacket potato", ["Rose"]),
        # (a word that is also a first name, at a desk, needs a cue: a review)
        ("Brie from the café was proper mouldy", []),
        ("Max on the tills is 3 items at the express one", []),
        ("Will from the canteen be open at half term or not", []),
        ("Claire's UK stores are closing down, gutted", []),
        ("Watching Guy Fieri in the common room", []),
        ("Malala Begum from 13C won the essay prize", ["Malala Begum"]),
        ("Matthew, Mark, Luke and John from my form got detention",
         ["Matthew", "Mark", "Luke", "John"]),
        ("Ask Mason from the Level 3 sparkies, he has the key", ["Mason"]),
        ("Will on reception be open at half term?", []),
        ("Summer on the farm placement was the best bit of the course", []),
        ("Dad picked up Kacper's PE bag from the sports hall", ["Kacper"]),
        ("Rose's Garden Centre is giving the horticulture group free seeds", []),
        ("Thank you Mr Wisniewski for the reference (or is it Wiśniewski? sorry!)",
         ["Mr Wisniewski", "Wiśniewski"]),
        ("Bravo lui Mihai și Ioanei pentru proiect!", ["Mihai", "Ioanei"]),
        ("Guy Whitlock fitted the new workshop doors, thank you Guy", ["Guy Whitlock", "Guy"]),
        ("his mum Auntie Joy fed the whole squad after training", ["Joy"]),
        ("Guy Fawkes Night bonfire on the top field, the guy is made by art", []),
        ("Did our Polish lesson on Robert Lewandowski's career today", []),
        ("Kem cho! Welcome to the Gujarati club", []),
        ("The gospels of Matthew, Mark, Luke and John are on the RE reading list", []),
    ],
)  # fmt: skip
def test_names_probe_104s_families(text: str, found: list[str]) -> None:
    assert [m for m in _matches(text) if m] == found


# Addresses probe 106 (the thirty-first session), in our own sentences: a home after an
# afterparty, "then back to", a visit to a relative, "we're just behind it at", "which is my
# actual flat", even when a venue is named earlier; and what is nobody's: a campus's
# postcode said before one's own, and a form's example postcode.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Prom is at the Town Hall, afterparty at 7 Beech Grove, Otley", ["7 Beech Grove, Otley"]),
        ("Drinks at the Red Lion then back to 4 Larch Close for afters", ["4 Larch Close"]),
        ("Placement at the hospital, then visiting my gran after at 22 Elm Road",
         ["22 Elm Road"]),
        ("The mosque is on Park St, we're right behind it at 9 Birch Ave", ["9 Birch Ave"]),
        ("The bus went to the college on Bridge Rd, not 31 Bridge Rd which is my actual house",
         ["31 Bridge Rd"]),
        ("Our campus is LS1 3HE and I'm round the corner in LS1 3JJ", ["LS1 3JJ"]),
        ("The college is NE1 8ST and I live in NE6 5UB", ["NE6 5UB"]),
        ("The online form says 'Postcode (e.g. SW1A 1AA)', do we use home?", []),
        ("Staying at my aunt's over Easter, 4 Church View, Navan C15 K2P9",
         ["4 Church View, Navan C15 K2P9"]),
        ("eircode for the farm is H91 R2T6 if the courier asks", ["H91 R2T6"]),
        ("Room A12 face to face, then the A14 J31A exit home", []),
        ("bring the charger to 8 mill strret, neath", ["8 mill strret, neath"]),
    ],
)  # fmt: skip
def test_addresses_probe_106s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Names probe 109 (the thirty-first session), in our own sentences: a handle made of a
# person's names, first names newly listed; and what is nobody: an organisation's handle,
# an account to follow, a link, a file, ponies named in a list, a sitcom's cast and its
# town, a comedian and a television doctor.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("big up @kwame_osei_22 for the hat-trick on Saturday", ["@kwame_osei_22"]),
        ("who's in the group chat? @Mr_Adebayo said he'd add us", ["@Mr_Adebayo"]),
        ("insta is lucy.hartley.xo if anyone wants the photos", ["lucy.hartley.xo"]),
        ("follow @college_library for updates, or @lucy_hartley for the photos", ["@lucy_hartley"]),
        ("follow @lucy_hartley_art for her illustration work", []),
        ("minutes saved as lucy.hartley.final.docx on the shared drive", []),
        ("Dinny fixed my exhaust for a tenner, legend", ["Dinny"]),
        ("The farm's new lambs are called Poppy, Daisy and Bluebell", []),
        ("Drama club is doing Gavin & Stacey scenes: Nessa and Smithy in Barry", []),
        ("Loved Dr Ranj Singh's talk on mental health", []),
    ],
)  # fmt: skip
def test_names_probe_109s_families(text: str, found: list[str]) -> None:
    assert [m for m in _matches(text) if m] == found


# Addresses probe 111 (the thirty-first session), in our own sentences: a Welsh street
# after "I'm actually in" or after something sent to it, an address followed by "that's
# where the party is"; and what stays public: the same with tickets on the door, "I'm in"
# a street's fair.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm actually in 12 Maes Gwyn now, the letters went to my old flat", ["12 Maes Gwyn"]),
        ("they sent my bursary letter to 7 Heol Fach Bala, wrong house", ["7 Heol Fach Bala"]),
        ("18 Glen Brae, Larne. That's where the party is, bring a bottle", ["18 Glen Brae, Larne"]),
        ("18 Glen Brae, Larne. That's where the party is, tickets £5 at the door", []),
    ],
)  # fmt: skip
def test_addresses_probe_111s_families(text: str, found: list[str]) -> None:
    assert _found_places(text) == found


# Details probe 112 (the thirty-first session), in our own sentences: an office's line
# with its opening hours or the office answering, a format to copy, a pretend e-mail or
# one at a domain kept for examples, a school's, a car park's and a parliament's
# addresses; and what is still someone's: the same after "me" or "my", a home beside a
# foundation course.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Exams queries: ring 0113 496 0750 (Mon-Fri 9-4) or email exams@ourcollege.ac.uk", []),
        ("Missed induction? Call 0121 496 0333 and we'll book you in", []),
        ("On the form, write it like 01632 960123 with no spaces", []),
        ("Use a pretend email like sam.green@example.com for the practice form", []),
        ("Litter pick with Hillside Primary, 12 Ash Grove, Thornby TB4 2QQ on Friday", []),
        ("On the Foundation course, my address is 8 Market Street, Ayr KA7 1LT",
         ["8 Market Street, Ayr KA7 1LT"]),
        ("Ride starts from the Forest car park, NE66 2LX, at 9", []),
        ("Debate final at the Senedd, Cardiff Bay CF99 1SN", []),
        ("ring me on 0113 496 0555 and we'll sort a lift", ["0113 496 0555"]),
        ("my number 0113 496 0211 (Mon-Fri after 6)", ["0113 496 0211"]),
        ("email me at sam.green@gmail.com for the notes", ["sam.green@gmail.com"]),
    ],
)  # fmt: skip
def test_details_probe_112s_families(text: str, found: list[str]) -> None:
    assert [m for _, m in _asks_review(text)] == found


# A review of the thirty-first session's changes (its own sentences, run before and after)
# found each of these read wrongly by a first version of the session's rules.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a home's postcode said before a venue's, its own words after a comma
        ("Deliver it to LS6 3AB, my home, not the college at LS1 3HE", ["LS6 3AB"]),
        ("Pick up from M14 5TQ, our house, then the hospital, M13 9WL", ["M14 5TQ", "M13 9WL"]),
        # an "e.g." or an example beside one's own postcode
        ("My postcode eg LS6 3AB is wrong on the system", ["LS6 3AB"]),
        ("I put my postcode e.g. LS6 3AB but it says invalid", ["LS6 3AB"]),
        ("Areas near college such as LS6 3AB, which is where I live, flood loads", ["LS6 3AB"]),
        # kin visited at a workplace or a hospital; a place's address after "opposite"; a
        # coach's return
        ("Visiting my nan in hospital at 45 Lister Road again tonight", []),
        ("Visiting my mum at her office at 3 Park Square tomorrow", []),
        ("We're opposite the Odeon at 5 Albion Street, queue starts here", []),
        ("Coach leaves from the bus station at 9 then back to 1 Portland Street by 4", []),
    ],
)  # fmt: skip
def test_review_31s_places(text: str, found: list[str]) -> None:
    assert _reviewed_places(text) == found


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Afterparty at 3 Queen Street Cardiff, Revolution, from 11", 0.7),
        ("We're across the road at 10 King Street, it's the Wetherspoons", 0.7),
        ("Match is at 1 Stadium Way, which is our home ground", 0.7),
        ("The interview is at 5 King Street, which is her place of work", 0.7),
    ],
)
def test_review_31s_public_places_are_no_one_s_home(text: str, score: float) -> None:
    result = Screener(ScreenSettings()).screen(text)
    homes = [d for d in result["personal_data"] if d.label == "home_address"]
    assert all(d.score <= score for d in homes)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Drew on the front desk in biro and got a detention lol", []),
        ("Holly on the front desk looks dead festive", []),
        ("Summer on reception is when they do the lost property sale", []),
        ("Hope from learning support lasts into the summer", []),
        ("Wendy's UK menu has nothing on the US one", []),
        ("Demetrius and Lysander both love Helena in A Midsummer Night's Dream", []),
        ("Good luck to Malala Khan and Aisha Begum in the debate final",
         ["Malala Khan", "Aisha Begum"]),
        ("thanks to Dawn on the switchboard for sorting my timetable", ["Dawn"]),
    ],
)  # fmt: skip
def test_review_31s_names(text: str, found: list[str]) -> None:
    assert [m for m in _matches(text) if m] == found


# Names probe 118 and addresses probe 120 (the thirty-second session), in our own
# sentences: a handle whose capitals part a person's names, a town and a college named like
# people after "driving from" and "at", Nepali "dai" (elder brother) in small letters; a
# street in small letters through one's door, one said to be "mine" just after it.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("@TomaszNowak_ where are you, register's started", ["@TomaszNowak_"]),
        ("follow @BBCNews for updates", []),
        ("Anyone driving from Ashley into college in the mornings?", []),
        ("thanks to Ashley for the lift", ["Ashley"]),
        ("the carol service at Petroc was lovely", []),
        ("Congrats bhai Sagar Gurung, dai is proud!", ["Sagar Gurung"]),
        ("pop it through my door 8 station ter, keighley", ["8 station ter"]),
        ("8 mill st, mine, after 7", ["8 mill st"]),
        ("we meet at 11 mill st, mine is the blue door", []),
        # first names that are words, listed as the people a role names; not virtues
        ("Rose and Daisy are our new receptionists", ["Rose", "Daisy"]),
        ("Faith, Hope and Charity are the three virtues", []),
    ],
)
def test_probes_118_and_120s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A review of the thirty-second session's changes (its own sentences) found each of these
# read wrongly by a first version: quantities "from" a number read as student numbers, a
# word after a number taken as its check letter, a mill, an office and a grade read as
# homes, Barry the person lost after "is" or before "'s", a brand, a place or a star
# opening a shouted post, someone's home at a town's name, "ken" (know) called, a place and
# film people with a particle in capitals.
REVIEWED_32 = [
    ("its 1500 from 20 people who signed", []),
    ("2000 from 25 quid is a bargain", []),
    ("student number 0583 from 24", ["0583"]),
    ("they gave me 24TD0583 a week ago", ["24TD0583"]),
    ("my student number is 24TD0583 I think", ["24TD0583"]),
    ("bring the class to Barry Mill, Carnoustie on friday", []),
    ("applications get sent to Apex House, Perth so dont email them", []),
    ("passed 2 Piano Gr 5 exams this year", []),
    ("is barry coming tonight or not", ["barry"]),
    ("its barry's birthday on friday", ["barry"]),
    ("ZARA SALE IS ON GO GO GO", []),
    ("ADELE TICKETS SOLD OUT IN MINUTES", []),
    ("SKYE TRIP IS BOOKED", []),
    ("staying at Kerry's tonight cos mum is away", ["Kerry"]),
    ("ken mate, I telt ye it was shut", []),
    ("we flew into Rio De Janeiro then Sao Paulo", []),
    ("Vasco Da Gama essay for history", []),
]


@pytest.mark.parametrize(("text", "found"), REVIEWED_32)
def test_the_review_of_the_thirty_second_session(text: str, found: list[str]) -> None:
    assert _matches(text, "99TD9999A") == found


@pytest.mark.parametrize(
    "item",
    [
        "post the kit bag to Westhall Farm, Forfar. ",
        "if you post anything, Pen-y-Bryn Farm, Llanrug. ",
        "party at mine, 3 Elm Road, Leeds. ",
        # (no full stop at all: every address's sentence is the whole post's reach)
        "12 oak rd ",
    ],
)
def test_many_homes_in_one_post_are_read_in_linear_time(item: str) -> None:
    """A first version read the whole post again for each address (whether it lets a
    flat, sends something, mails a public office): 20,000 characters of rural homes took
    seconds. Twice the text must take about twice the time."""
    detector = PersonalDataDetector()
    half = item * (10_000 // len(item))
    whole = item * (20_000 // len(item))
    short = min(cpu_seconds(lambda: detector.detect(half)) for _ in range(2))
    long = min(cpu_seconds(lambda: detector.detect(whole)) for _ in range(2))
    assert long < 2.0
    assert long < 3 * short + 0.02


@pytest.mark.parametrize(
    "item", ["Dorothy Wordsworth, born 25 Dec 1771 ", "our Jade born 3 March 2008 and "]
)
def test_many_births_in_one_post_are_read_in_linear_time(item: str) -> None:
    """A post of many births and no full stop read its whole sentence (the whole post)
    for each "born": 20,000 characters took 5 to 29 s. Each is now read within 400
    characters either side. Twice the text must take about twice the time."""
    detector = PersonalDataDetector()
    half = item * (10_000 // len(item))
    whole = item * (20_000 // len(item))
    short = min(cpu_seconds(lambda: detector.detect(half)) for _ in range(3))
    long = min(cpu_seconds(lambda: detector.detect(whole)) for _ in range(3))
    assert long < 2.0
    assert long < 3 * short + 0.02


@pytest.mark.parametrize("item", ["\u01c5", "\u01c4\u01c6", "\u0149"])
def test_a_long_run_of_letters_that_are_capitals_and_small_both_is_read_quickly(
    item: str,
) -> None:
    """Latin Extended-B holds letters that are capitals and small letters both: the name
    patterns (a capital, then small letters) read a run of them to its end from each of
    its letters, 3 to 15 s for 20,000 beside a name (a review). A run longer than any
    name's is now read as small x's."""
    names = PersonLikeNames()
    names.detect("warm up")
    half = "Well done Sarah Jones " + item * (10_000 // len(item))
    whole = "Well done Sarah Jones " + item * (20_000 // len(item))
    short = min(cpu_seconds(lambda: names.detect(half)) for _ in range(3))
    long = min(cpu_seconds(lambda: names.detect(whole)) for _ in range(3))
    assert long < 1.0
    assert long < 3 * short + 0.02
    assert [d.match for d in names.detect(whole)] == ["Sarah Jones"]


def test_a_run_of_underscores_before_at_is_read_quickly() -> None:
    """A divider line of underscores before "at hotmail" was split in very many ways by a
    said e-mail's pattern before it failed (seconds)."""
    detector = PersonalDataDetector()
    assert cpu_seconds(lambda: detector.detect("_" * 120 + "\nmessage me at hotmail")) < 0.5
    assert cpu_seconds(lambda: detector.detect("a_" * 200 + "b dot x at hotmail")) < 0.5


# Round 32's read half (the thirty-third session), in our own sentences: a farm "by" its
# town after a Scots "bide" question, a floor between a street and its town, a Polish and
# a Romanian birth cue, Scots kin words before a first name ("mah lassie Grace"), Scots
# "awa", a check-lettered number's tail after "number ending" and its letters and digits
# alone; not a part's number of the same shape, nor a meeting's floor.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "far dae ye bide? jist oot the road at Upper Kinnaird Farm, by Turriff AB53 4PL",
            ["Upper Kinnaird Farm, by Turriff AB53 4PL"],
        ),
        ("we bide at Hillhead Cottage, by Insch now", ["Hillhead Cottage, by Insch"]),
        (
            "moved to 12 Gairn Terrace, 3rd floor, Aberdeen AB10 6AY last week",
            ["12 Gairn Terrace, 3rd floor, Aberdeen AB10 6AY"],
        ),
        ("the meeting is at 4 King Street, 2nd floor, Aberdeen AB24 5AX", []),
        ("moja córka Zofia Nowak (ur. 02.03.2008) chce", ["02.03.2008", "Zofia Nowak"]),
        ("Ionela, născută 14.09.2007, vrea să aplice", ["14.09.2007", "Ionela"]),
        ("ur. 12 is the room for the resit", []),
        ("mah lassie Isla starts on Monday", ["Isla"]),
        ("ma loon Hunter is in 2nd year", ["Hunter"]),
        ("wor lass Sandra says ta", ["Sandra"]),
        ("ma quine is a right laugh", []),
        ("he's awa at the fishin till the 20th", []),
        ("number ending 318K if that helps", ["318K"]),
        ("td2290m - cant get on the wifi", ["td2290m"]),
        ("part number TD2290M for the pump is on order", []),
        ("the TD2290 projector in room 4 is broken", []),
    ],
)
def test_round_32s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text, "99TD9999A") == found


# A format of a campus's own letters, a hyphen and six digits (round 33's brief,
# "C\A-999999" and its sister campuses' formats): the digits with the campus's letters
# straight after, with a campus's name in brackets after or before "no"; not an order's or
# an invoice's number with a shop in brackets, nor a room's or an order's "no".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("503318CA is my number", ["503318CA"]),
        ("503318 ca thats me", ["503318 ca"]),
        ("503318 (Carlisle) if you need it", ["503318"]),
        ("Kendal no 503318 cant get on moodle", ["503318"]),
        ("order 503318 (Amazon) came today", []),
        ("Invoice 503318 (Screwfix) paid", []),
        ("Room no 503318 does not exist", []),
        ("Order No 503318", []),
        ("it cost 503318 (GBP) in total", []),
    ],
)
def test_a_format_of_a_campus_letters_and_six_digits(text: str, found: list[str]) -> None:
    assert _matches(text, "C\\A-999999", "\\K\\E-999999") == found


def test_the_letters_after_the_digits_are_the_formats_own() -> None:
    assert _matches("3158204TSW is mine", "TSW9999999") == ["3158204TSW"]
    assert _matches("3158204TSW is mine", "LV9999999") == []


# Round 33's read half (the thirty-fourth session), in our own sentences: two initials and
# a surname after "name on the account", "Josh" and a surname's initial, a college's house
# (a team) by one name, someone long dead "born" in a year before 1900; and still found:
# a person born recently, a party "at Liam house".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the name on the account is R J Pattinson, for the refund", ["R J Pattinson"]),
        ("payee: R. J. Pattinson", ["R. J. Pattinson"]),
        ("got my planner from W H Smith", []),
        ("that's me, Josh T, the grey hoodie is mine", ["Josh T"]),
        ("dont josh me", []),
        ("Bede house won the quiz, Aidan House came second", []),
        ("Bede house won the quiz, well done Kacper", ["Kacper"]),
        ("party at Liam house tonight", ["Liam"]),
        ("Happy birthday Elizabeth Gaskell, born 29 Sept 1810!", []),
        ("Happy birthday Chloe Barker, born 29 Sept 2008!", ["29 Sept 2008", "Chloe Barker"]),
    ],
)
def test_round_33s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 131 (the thirty-fourth session), in our own sentences: a name in the scripts
# of Arabic, Urdu and India's languages after a word for kin there or in English, a Chinese
# name after thanks, Cyrillic after "tell" and Bulgarian birthday wishes, kin words of
# South Asian, Arabic, Turkish and Welsh families before a name, a name before "beta" or
# "bhai", someone's "young lad", a word-name before "says", Vietnamese "ơi" cut off; and
# still no one: "Thanks 谢谢", the little words after kin, "Apu from the Simpsons", a beta
# version, "The Sun says".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("मेरा भाई अर्जुन plumbing पास कर गया", ["अर्जुन"]),
        ("मेरी बहन ने कहा", []),
        ("so proud of my sister فاطمة today", ["فاطمة"]),
        ("ابو جان طارق came to parents evening", ["طارق"]),
        ("ਮੇਰੀ ਭੈਣ ਸਿਮਰਨ passed her driving test", ["ਸਿਮਰਨ"]),
        ("আমার ভাই রাহুল started his apprenticeship", ["রাহুল"]),
        ("என் அக்கா பிரியா is a nurse now", ["பிரியா"]),
        ("Thanks 陈美玲 for the notes!", ["陈美玲"]),
        ("Thanks 谢谢 everyone for coming", []),
        ("Передай Олегу что занятие в 10", ["Олегу"]),
        ("Честит рожден ден на Радослава!", ["Радослава"]),
        ("Khala Rukhsana made samosas for the stall", ["Rukhsana"]),
        ("Halam Emine is picking me up", ["Emine"]),
        ("Taid Emrys taught me to lay hedges", ["Emrys"]),
        ("Apu from the Simpsons is on again", []),
        ("Priyanka beta you did amazing", ["Priyanka"]),
        ("the Windows beta version crashed again", []),
        ("Big Phil's young lad Callum starts on Monday", ["Phil", "Callum"]),
        ("Frank says the minibus is fixed", ["Frank"]),
        ("The Sun says it will rain all week", []),
        ("Chúc mừng Trần Văn Minh! Minh ơi, giỏi lắm", ["Trần Văn Minh", "Minh"]),
    ],
)
def test_names_probe_131s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 133 (the thirty-fourth session), in our own sentences: a postcode's sector
# said for home ("our postcode (ST7 2)", "we're only round the corner in HD1 5"), districts
# said in other ways ("its LN6 and that's all", "TQ2 dad here", "the old BT20 address",
# "I'm SY23 not SY24"), a home at "my nans," without an apostrophe, after "Address for the
# sleepover:" and after "at mine." in the sentence before; and no one's: a stadium, a
# hospital or a shop named just before a postcode, "the address for the venue", a sector
# with a count after it, a town before a postcode after a home already said.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("they say our postcode (ST7 2) is too close for the bus pass", ["ST7 2"]),
        ("we're only round the corner in HD1 5, is reception open?", ["HD1 5"]),
        ("not giving my address on here, its LN6 and that's all", ["LN6"]),
        ("TQ2 dad here, does the minibus come out our way?", ["TQ2"]),
        ("send it to BT19 rather than the old BT20 address", ["BT20"]),
        ("sorry I'm SY23 not SY24, typo on the form", ["SY23", "SY24"]),
        ("send it to my nans, 12 heol y bryn, pontypridd", ["12 heol y bryn"]),
        ("Address for the sleepover: 4 Cluain Mor, Newry. No boys", ["4 Cluain Mor"]),
        ("The party's at mine. Ty Gwyn, Llanberis. Big gate", ["Ty Gwyn, Llanberis"]),
        ("Turf Moor BB10 4BX on Saturday, anyone got a spare?", []),
        ("Interview went well at Specsavers Meadowhall S9 1EP, back Thursday", []),
        ("Royal Stoke ST4 6QG, A&E, sat there 7 hours with my nan", []),
        ("The address for the venue is 6 High Street, Newry", []),
        ("it takes ST7 2 hours to get anywhere", []),
        (
            "we're 9 Albert Terrace now. Middlesbrough TS1 3PA for the form",
            # (the town and postcode said after the break: the rest of the same home,
            # addresses probe 175)
            ["9 Albert Terrace", "Middlesbrough TS1 3PA"],
        ),
        ("Postcode KY1 2ND I think, for the cards", ["KY1 2ND"]),
    ],
)
def test_addresses_probe_133s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 135 and addresses probe 136 (the thirty-fourth session), in our own
# sentences: a first name, even a word, with the class or level someone is in and what
# they did, "Frank in the print room", a Polish genitive in "-ra"; a pet dragon and a
# teddy, "the Bethany Hall", a field trip to a place, the Kray twins; a home's street
# kind shortened ("Drv", "Av", "sq"), the wrong address said after "not" or before
# "instead of", a district beside its own full postcode, a firm's depot.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Daisy from Level 3 Floristry made the table displays", ["Daisy"]),
        ("Hope and Summer from Level 1 Childcare did the sensory boxes", ["Hope", "Summer"]),
        ("Frank in the print room is a legend", ["Frank"]),
        ("Sales in the second year group were up", []),
        ("Gratulacje dla Kacpra z kursu!", ["Kacpra"]),
        ("Our bearded dragon Kevin is the mascot now", []),
        ("Lost: a teddy called Arthur, please hand in to reception", []),
        ("Quiz night in the Bethany Hall on Friday", []),
        ("History fieldtrip to Kerry next week", []),
        ("Reggie Kray's old house is on the walking tour", []),
        ("stay at ours after prom, 21 Cairnhill Drv, Airdrie", ["21 Cairnhill Drv, Airdrie"]),
        ("they sent it to no. 12 when I live at 12a Penrhyn Av", ["12a Penrhyn Av"]),
        ("the taxi cant find us, its 7 stanhope sq NOT stanhope st", ["7 stanhope sq"]),
        ("it's c/o 5 Byron Close, not 5 Byron Court, please update it", ["c/o 5 Byron Close"]),
        (
            "dropped me at 19 kings rd instead of 19 kingsley rd again",
            ["19 kings rd", "19 kingsley rd"],
        ),
        ("sent my order to reception instead of 58 Maple Rd", ["58 Maple Rd"]),
        ("we're DN4 now, postcode's DN4 9HX for the lift form", ["DN4 9HX"]),
        ("Vacancy with a haulier, based at their depot on Manor Road, Leeds LS2 2JZ", []),
        (
            "we're not at 12 Church St any more, new address is 4 Elm Rd",
            ["12 Church St", "4 Elm Rd"],
        ),
        ("I'm BT48 if anyone's walking in, the campus is BT48 7AL", ["BT48"]),
        ("I'm at Hillside BA22 9AB if the taxi needs it", ["BA22 9AB"]),
        ("Address for the taxi firm: 1A Low Gosforth Ct, NE3 5QB", ["1A Low Gosforth Ct, NE3 5QB"]),
        (
            "can you update the address for the college records to 14 Elm Road, Yeovil",
            ["14 Elm Road, Yeovil"],
        ),
    ],
)
def test_names_probe_135s_and_addresses_probe_136s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Letters, six digits, a slash and the year of enrolment (round 34's brief, "\T\S999999/99"):
# the digits alone or in groups after a cue, with the year after them ("481207 25",
# "481207 slash 25", "481207 (2025)") after a cue, the letters after the digits, and the
# number with its year said to be on a lanyard; not an order's number of the same shapes.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("learner no 530 918 for the trip form", ["530 918"]),
        ("my student number is 530918", ["530918"]),
        ("student no 530918 24 if it helps", ["530918 24"]),
        ("student no 530918 (2024) still no bursary", ["530918 (2024)"]),
        ("my number's 530918 slash 24", ["530918 slash 24"]),
        ("530918ts is my number", ["530918ts"]),
        ("it says 530918/24 on my lanyard", ["530918/24"]),
        ("TS530918/24 on the back of the form", ["TS530918/24"]),
        ("order no 530918 (2024)", []),
        ("my order number is 530918", []),
        ("it says 530918/24 on the invoice", []),
    ],
)
def test_a_format_with_the_year_after_a_slash(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\S999999/99") == found


# Letters, the year and the number apart by dots (round 35's brief, "\\C\\T.99.99999"):
# the year and the number with the letters after them, run together or apart; the
# number as written; and not what only looks like one (an unrelated word's letters).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("its 2609173ct on my card", ["2609173ct"]),
        ("26.09173 (CT) is me", ["26.09173 (CT)"]),
        ("CT.26.09173 for the bursary", ["CT.26.09173"]),
        ("ct2609173 thats me", ["ct2609173"]),
        ("2609173 cats and dogs", []),
        ("2609173ctx is a part number", []),
    ],
)
def test_a_format_with_the_year_between_dots(text: str, found: list[str]) -> None:
    assert _matches(text, "\\C\\T.99.99999") == found


# The year first, then the college's letters and the number (round 36's brief,
# "99\\I\\R99999"): the number alone or with its year after a cue, with the letters after
# it, the letters before the year, the year said as one number when spelled out; and
# not another kind's number of the same shape.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my student number is 51703, can you reset my login", ["51703"]),
        ("student no 26 51703 for the bus pass", ["26 51703"]),
        ("learner no 51703IR on the form", ["51703IR"]),
        ("student no IR-26-51703, missed the deadline sorry", ["IR-26-51703"]),
        ("invoice IR-26-51703 from the supplier", []),
        ("my id is 26 i r 5 1 7 0 3", ["26 i r 5 1 7 0 3"]),
        ("order number 51703 hasn't come yet", []),
        ("IR-26 tickets for 51703 fans", []),
        ("we raised 51703 for charity", []),
    ],
)
def test_a_format_with_the_year_first_then_letters(text: str, found: list[str]) -> None:
    assert _matches(text, "99\\I\\R99999") == found


# Names probe 121 (the thirty-third session), in our own sentences: Polish names in the
# dative ("Kubie", "Marcie", "Ewie"), a surname after "sir" in small letters, a first name
# in small letters told something with where they are from, a capitalised name after any
# kin and after "your", a name ending "-ed" before "has", someone with a public figure's
# name said not to be them; and what stays unfound: a whiskey, a memorial garden, a knight
# after "sir", anyone "from the office", a verb after kin.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dzięki Marcie i Kubie za pomoc", ["Marcie", "Kubie"]),
        ("dzięki Ewie za ciasto", ["Ewie"]),
        ("can u tell sir Chaudhry im stuck on the bus", ["sir Chaudhry"]),
        ("tell liam frm the joinery class he left his hoodie", ["liam"]),
        ("ask priya from reception about the lanyards", ["priya"]),
        ("ask someone from IT about the wifi", []),
        ("My little brother Vihaan starts in September", ["Vihaan"]),
        ("Dear Mr Okafor, your daughter Chiamaka has been shortlisted", ["Mr Okafor", "Chiamaka"]),
        ("your son Fahed has been selected for the squad", ["Fahed"]),
        ("my nan Facetimed me from Lahore", []),
        ("Welcome Kirsty Young (no, not that one!) to the library team", ["Kirsty Young"]),
        ("Kirsty Young presents Desert Island Discs", []),
        ("Jack Daniel's is not a food hygiene answer", []),
        ("please don't park in the Dr Amarjit Sohal memorial garden", []),
        ("yes sir Alex Ferguson was a great manager", []),
        ("Дякую Оксані з бібліотеки за допомогу", ["Оксані"]),
        ("Дякую Вам за все, Привіт Всім", []),
    ],
)
def test_names_probe_121s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 123 (the thirty-third session), in our own sentences: a mooring with a
# capital M, a caravan on a holiday park said to be home after it, a Scots "Mains of" farm
# without "Farm", a Gaelic house and "that's my gran's", a flat on an estate with its
# postcode, a postcode a taxi "cant find"; and no one's: a reception's postcode in
# brackets, another campus's postcode before a home's in the next sentence, a statue's
# meeting point, a writer's house on a literature trip.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "post for us goes to Mooring 6, Port Solent, Portsmouth now, we live on the boat",
            ["Mooring 6, Port Solent, Portsmouth"],
        ),
        (
            "caravan 48, Nodes Point holiday park is where we're living for now",
            ["caravan 48, Nodes Point holiday park"],
        ),
        ("our farm is Mains of Auchindoir, by Rhynie", ["Mains of Auchindoir, by Rhynie"]),
        (
            "Tigh na Bruaich, Plockton, that's my nan's, send it there",
            ["Tigh na Bruaich, Plockton"],
        ),
        (
            "party at mine, flat 9 Keats House, Ladywood estate, B16 8TT, bring food",
            ["flat 9 Keats House, Ladywood estate, B16 8TT"],
        ),
        (
            "if the taxi cant find us the postcode is WV10 6QA, were the one with the van",
            ["WV10 6QA"],
        ),
        ("deliveries go to WS1 1RQ (main reception, Wisemore campus) please", []),
        (
            "Walsall campus is WS2 8ES. Put that on the claim, not your home one - mine's WS3 1AA",
            ["WS3 1AA"],
        ),
        ("meet at the Jimmy Hill statue, CV1 3AY, for the stadium tour", []),
        ("Dickens House in Portsmouth, PO1 4QL, English trip on Friday", []),
    ],
)
def test_addresses_probe_123s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 127 (the thirty-third session), in our own sentences: districts said as
# where someone lives ("moved to", "I live out at <town>,", a gran's, "at hame in", a
# city's one-letter area "is us"), a lower-case street and town before a postcode after
# "sleepover at <someone>'s", an address in capitals after a flat's number, a house by any
# name after "our house is", a Welsh smallholding a grandparent's; and no one's: a list of
# districts, a match's, a gig's, a fair's and a team day's postcodes, a venue's before
# "for the ceilidh" with someone's home later in the sentence.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we've just moved to CT9, so I'm on the train now", ["CT9"]),
        ("I live out at Dymchurch, TN29, one bus an hour", ["TN29"]),
        ("my nan's in BL4, farnworth, can anyone check on her", ["BL4"]),
        ("stuck at hame in AB42 aw week wi the snow", ["AB42"]),
        ("M40 is us, moston born and bred", ["M40"]),
        ("if you live in OL1, OL2 or OL4 you can get the bus pass", []),
        (
            "sleepover at jess's 4 foxglove cl hythe ct21 6qb pick me up at 10",
            ["4 foxglove cl hythe ct21 6qb"],
        ),
        (
            "HOME ADDRESS FOR MY ID: FLAT 3/2 22 DUMBARTON RD G11 6PA",
            ["FLAT 3/2 22 DUMBARTON RD G11 6PA"],
        ),
        (
            "Our house is Fairholme, Church Ln, Tyldesley - green gate",
            ["Fairholme, Church Ln, Tyldesley"],
        ),
        (
            "My taid's house is Tyddyn Isaf, Bodedern, Anglesey, can someone drop me",
            ["Tyddyn Isaf, Bodedern, Anglesey"],
        ),
        ("Stockport County v Wrexham tomorrow, SK3 9DD, kick off 3", []),
        ("Old Trafford is M16 0RA for anyone whose phone is playing up", []),
        ("Band night at The Cluny NE6 1PL on friday, tickets £6 on the door", []),
        ("Team building day at Go Ape, LL57 4YE. Wear old clothes!", []),
        ("CT1 1QU is the Marlowe postcode if you're coming to the careers fair", []),
        (
            "Usher Hall EH1 2EA for the ceilidh, and I'm at 2F1, 9 Dalry Rd, EH11 2BU after",
            ["2F1, 9 Dalry Rd, EH11 2BU"],
        ),
    ],
)
def test_addresses_probe_127s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Student-number probe 129 (the thirty-third session), in our own sentences: a format of
# digits and any check letter (9999999A) with a hyphen before the letter, in groups after
# a cue, with "o" typed for a zero; another kind's number of that shape after "booking
# ref", "receipt number" or "serial" (a shape with no letters of the college's own is as
# common as an order's); a format of letters, a year and digits (\K\V/99/9999) with the
# year in brackets after the digits, with "l" typed for a one; not its year and digits
# after "it's" alone (a first version took them, and a quiz's pin with them: the review).
@pytest.mark.parametrize(
    ("text", "template", "found"),
    [
        ("enrolment number 5103388-K, do I re-enrol", "9999999A", ["5103388-K"]),
        ("student ID 510-3388-K on the card", "9999999A", ["510-3388-K"]),
        ("number is 51o3388K", "9999999A", ["51o3388K"]),
        ("Booking ref 5103388K for the parents evening", "9999999A", []),
        ("the receipt number on the email is 5103388K", "9999999A", []),
        ("Serial 5103388K on the back of the calculator", "9999999A", []),
        ("his number on the letter is KV 3318 (24)", "\\K\\V/99/9999", ["KV 3318 (24)"]),
        ("KV/24/33l8 sorry typing on my phone", "\\K\\V/99/9999", ["KV/24/33l8"]),
        ("it's 24/3318, the KV bit is at the front", "\\K\\V/99/9999", []),
    ],
)
def test_student_id_probe_129s_families(text: str, template: str, found: list[str]) -> None:
    assert _matches(text, template) == found


# Names probe 125 (the thirty-third session), in our own sentences: a name in another
# script in brackets after a name found (two words too) or just before one in brackets,
# a Polish vocative ("Kasiu"), a Somali word for mum before a name; and no one: a country
# one moved from, goats called by two names, an actress.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Well done Omar Haddad (عمر حداد) on your Level 2", ["Omar Haddad", "عمر حداد"]),
        ("恭喜 王小明 (Kevin Wong) on passing", ["王小明", "Kevin Wong"]),
        ("Dzięki Kasiu za notatki", ["Kasiu"]),
        ("Hooyo Hodan came to the open evening with me", ["Hodan"]),
        ("Moving from Jordan to Leeds was a shock", []),
        ("the farm has two new pigs called Kevin and Sharon", []),
        ("Priyanka Chopra was in that film we watched", []),
    ],
)
def test_names_probe_125s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Details probe 128 (the thirty-third session), in our own sentences: public places'
# postcodes (a bus stop's, a birthplace museum's, a drop-off bin's, a trip's named before
# it, an open house's), public people by their calling (an author, a boxer) and historic
# ones, a date of birth's example after its template; and still someone's: a home's
# postcode for a sat nav, an example owned.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the 9 and the 27 both stop outside WS1 1RQ, every 10 mins", []),
        ("Shakespeare's birthplace museum at CV37 6QW is free for students", []),
        ("donations to the drop-off bin at NP20 1HG please", []),
        ("Baltic trip Weds, NE8 3BA, bring a packed lunch", []),
        ("open house on Friday at B70 6AW, everyone welcome", []),
        ("crime author Fiona Kerr is our guest speaker", []),
        ("Commonwealth Games boxer Tyrone Hall popped in today", []),
        ("Happy birthday Rabbie Burns! Burns supper Friday", []),
        ("the date field is DD/MM/YYYY, e.g. 31/12/2007, ask your tutor", []),
        ("postcode for the sat nav is NE6 5XX, we're the blue door", ["NE6 5XX"]),
    ],
)
def test_details_probe_128s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


def test_a_dates_example_after_its_template_asks_no_review() -> None:
    found = PersonalDataDetector().detect("the date of birth box wants DD/MM/YYYY, e.g. 31/12/2007")
    assert [(d.match, d.score < 0.5) for d in found] == [("31/12/2007", True)]
    owned = PersonalDataDetector().detect("my dob is DD/MM/YYYY, e.g. 31/12/2007 is mine")
    assert [(d.match, d.score < 0.5) for d in owned] == [("31/12/2007", False)]


# A review of the thirty-third session's changes (its own sentences) found each of these
# read wrongly by a first version: another kind's number after a capitalised word and
# "no", a quiz's pin after "its", a parcel's code, a population in brackets, a part number
# said after the code, apps and courses after kin, a farm shop a gran likes, a café and a
# stadium said to be one's place, a college's postcode with "when you're outside", a stall
# "the one by the entrance", a footballer "not that he'll ever win", a city district "home
# to" curry houses, a library that moved, a residential's stay, Cyrillic plurals, a
# restaurant for tea, "can't tell jean from denim"; and lost: a remembered student's
# bench, a home's postcode with a price or "for the trip" after, a Jack Daniel of ours, a
# student number after "bursary claim no", birth cues with a cedilla or no stop.
REVIEWED_33 = [
    ("Staff no 503318 for the timesheet", "C\\A-999999", []),
    ("Customer no 503318 please", "C\\A-999999", []),
    ("whats the kahoot pin? its 482913", "C\\A-999999", []),
    ("Evri says parcel 4920317-P is out for delivery", "9999999A", []),
    ("Population 503318 (Cumbria) at the last count", "C\\A-999999", []),
    ("TD4471B is the part number for the tap", "99TD9999A", []),
    ("My son Btec results came today", "", []),
    ("my nephew Roblox got hacked again", "", []),
    ("Lower Farm, Marden - that's my gran's favourite farm shop", "", []),
    ("My place is Costa, Market Street, Bolton most days for revision", "", []),
    ("College postcode is BD7 1AY, ring reception when you're outside", "", []),
    ("Careers fair at Manchester Central M2 3GX, were the one by the entrance", "", []),
    ("Harry Kane, not that he'll ever win anything, scored again", "", []),
    ("E1 is home to the best curry houses in London", "", []),
    ("the library has moved to LS2 now", "", []),
    ("we're staying in Whitby, YO21 for the geography residential", "", []),
    ("Дякую Вчителям за все!", "", []),
    ("can't tell jean from denim in this light", "", []),
    ("the Callum Reid memorial bench by the pond got vandalised", "", ["Callum Reid"]),
    ("Birthday party at mine Saturday, BL3 5QT, £5 for pizza", "", ["BL3 5QT"]),
    ("can the taxi pick me up from DY4 7QT for the trip tomorrow", "", ["DY4 7QT"]),
    ("congrats to Jack Daniel on passing his apprenticeship", "", ["Jack Daniel"]),
    ("bursary claim no 4920317P", "9999999A", ["4920317P"]),
    ("data naşterii 12.03.2008", "", ["12.03.2008"]),
    ("dziecko ur 11.07.2008", "", ["11.07.2008"]),
]


@pytest.mark.parametrize(("text", "template", "found"), REVIEWED_33)
def test_the_review_of_the_thirty_third_session(text: str, template: str, found: list[str]) -> None:
    assert _matches(text, *([template] if template else [])) == found


# Round 34's read half (the thirty-fifth session), in our own sentences: a landline after
# kin or "house" in a post that names the college, the digits alone in brackets with a
# person's full name, a narrowboat's name and moorings up to a postcode, an initial A
# after a payee's cue, a first name that is a word after "its ... btw"; and what stays
# unfound: the college's own line, a count in brackets, a greeting that is a first name,
# the institution's own handle.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("no college on friday, hospital. Mama, tel 01632 960418", ["01632 960418"]),
        ("college said to ring, house 01632 960773 or my mobile", ["01632 960773"]),
        ("the college office is open till 4, ring 01632 960418", []),
        (
            "I'm the father of Halima Yusuf (530 772), she is off on Friday",
            ["530 772", "Halima Yusuf"],
        ),
        (
            "our Kian (Kian Doyle, level 2 brickwork, 530772/24) is poorly",
            ["530772/24", "Kian", "Kian Doyle"],
        ),
        ("the Chester Zoo (530 772 visitors last year) trip", []),
        (
            "post goes to nb Marsh Wren, Bumble Lane Moorings, Netherton DY2 0PF thanks",
            ["nb Marsh Wren, Bumble Lane Moorings, Netherton DY2 0PF"],
        ),
        (
            "sort code 40 11 62 acc 7731 0044 name A Whitehouse, ta",
            ["40 11 62", "7731 0044", "A Whitehouse"],
        ),
        ("name A Day to remember for the rota", []),
        ("card wont top up again, its Daisy btw from media", ["Daisy"]),
        ("Selam, this is about the bursary form", []),
    ],
)
def test_round_34s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\S999999/99") == found


def test_the_institutions_own_handle_is_no_name() -> None:
    own = Screener(ScreenSettings(allowed_contacts=("hello@tamestour.ac.uk",)))
    other = Screener(ScreenSettings())
    text = "@tamestour can u send the timetable again"
    assert [d.match for d in own.screen(text)["personal_data"]] == []
    assert [d.match for d in other.screen(text)["personal_data"]] == ["tam"]


# Names probe 140 (the thirty-fifth session), in our own sentences: Welsh names mutated
# after thanks, congratulations and good luck ("i Ddafydd", "a Chatrin", "i Rys"),
# Welsh aunts and uncles ("Anti Meinir", "Yncl Huw"); and no one's: a word for kin after a
# first name that is a Welsh word ("Mae Mam"), a Welsh county ("Coleg Sir Gâr"), a saint's
# day, Welsh set texts' casts, a greeting from a community, thanks to God.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Diolch o galon i Ddafydd a Chatrin am y stondin", ["Ddafydd", "Chatrin"]),
        ("Llongyfarchiadau mawr i Geraint a Thomos ar y fedal", ["Geraint", "Thomos"]),
        ("Pob lwc i Rys dydd Sadwrn", ["Rys"]),
        ("Diolch i Fethan am y gacen", ["Fethan"]),
        ("mae Anti Meinir yn well heddiw", ["Meinir"]),
        ("Yncl Huw says the van is outside", ["Huw"]),
        ("Mae Mam mor falch ohonot ti", []),
        ("Pob lwc i Gymru yn y gem", []),
        ("Diolch i Dduw am bopeth", []),
        ("we played Coleg Sir Gâr on Saturday", []),
        ("Dewi Sant day tomorrow, wear your daffs", []),
        ("compare Branwen and Blodeuwedd in the Pedair Cainc", []),
        ("Selam from the Eritrean community in Newport", []),
    ],
)
def test_names_probe_140s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 141 (the thirty-fifth session), in our own sentences: "number" between
# "live at" and a Welsh street in small letters, "trem" as a Welsh street's kind, a Welsh
# house "Pen y ..." after an address's word, a home at a grandparent's said before "it's",
# a farm "where we're staying"; and no one's: a mountain, a street said with no home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("i live at number 7 heol y nant, near the shop", ["7 heol y nant"]),
        ("i live at 9 trem y mor now", ["9 trem y mor"]),
        (
            "farm address for the feed order: Pen y Cefn, Llanddewi Brefi, SY25 6PE",
            ["Pen y Cefn, Llanddewi Brefi, SY25 6PE"],
        ),
        (
            "Sleepover at Taid's Saturday, it's Bryn Hyfryd, Llanaelhaearn",
            ["Bryn Hyfryd, Llanaelhaearn"],
        ),
        (
            "the farm where we're staying this week: Upper Mill Farm, Kington HR5 3AB, no signal",
            ["Upper Mill Farm, Kington HR5 3AB"],
        ),
        ("we walked up Pen y Fan, Brecon on saturday", []),
        ("the new trem y mor cafe opens on friday", []),
    ],
)
def test_addresses_probe_141s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The review of the thirty-fifth session: what the day's first versions found wrongly or
# missed. Charity, company and campus numbers in brackets; a business line with "house"
# or "his" before it; "nb" as nota bene; word-names after "its"; "Ola" is a name; a
# payee's cue in capitals; "Grimethorpe" is no grime music.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please donate to Macmillan Cancer Support (261017) this Friday", []),
        ("Our partners Tesco Stores (445790) sponsor the awards", []),
        ("help with your bursary and house move: ring the college on 01632 960418", []),
        ("College reception (for his or her attendance queries) 01632 960418", []),
        ("nb Parents Evening, Sports Hall, Merthyr Tydfil CF47 8AN, 5-7pm", []),
        ("Weather warning upgraded, its Amber here till 6pm", []),
        ("its Florence from Monday then Rome for the art trip", []),
        ("Ola, your bursary form is ready to collect from reception", ["Ola"]),
        ("PAYEE: A Whitehouse, sort code 40 11 62", ["40 11 62", "A Whitehouse"]),
        ("Dave is in my plumbing class, he lives in Grimethorpe", ["Dave"]),
        ("my fave grime artists are Stormzy and Dave", []),
        ("the 18.04817 CT scan was fine", []),
    ],
)
def test_the_thirty_fifth_reviews_cases(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\S999999/99", "\\C\\T.99.99999") == found


def test_a_students_handle_that_starts_like_the_colleges_is_still_a_name() -> None:
    own = Screener(ScreenSettings(allowed_domains=("kendal.ac.uk",)))
    assert [d.match for d in own.screen("@kendall_smith stop posting my pics")["personal_data"]]
    assert not own.screen("@kendalsport well played today")["personal_data"]


# Round 35's read half (the thirty-sixth session), in our own sentences: a person's own
# address said after a campus ("to the campus, her address ..."), a lift's pick-up at a
# numbered house, Welsh "date of birth" and "live in"; and what each
# must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "she needs a lift to the Aberdare campus, her address 12 Heol Tir Du, Aberdare",
            ["12 Heol Tir Du, Aberdare"],
        ),
        ("parking is behind the campus, address 12 Heol Tir Du, Aberdare", []),
        (
            "anyone want a lift from porth to the ponty campus, pick up outside 31 Brecon Rd "
            "Penydarren",
            ["31 Brecon Rd Penydarren"],
        ),
        ("click and collect from the campus shop, pick up outside 2 Taff St", []),
        ("dyddiad geni: 14/07/2008, diolch", ["14/07/2008"]),
        ("Rwy'n byw yn 22 Stryd y Bont, Porth", ["22 Stryd y Bont, Porth"]),
    ],
)
def test_round_35s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Rwy'n byw yn 22 Stryd y Bont, Porth",
        "car share to the Merthyr campus anyone? pick up outside 31 Brecon Rd Penydarren",
        # (addresses probe 145)
        "I leave from mine, 8 Harbour View, at 7 most days",
        "our food shop keeps going to 9 Orchard Rd instead of us",
    ],
)
def test_a_home_said_in_welsh_or_a_lifts_pick_up_is_confirmed(text: str) -> None:
    """Said to be someone's, so reported as such (not as an address nothing explains)."""
    (home,) = PersonalDataDetector().detect(text)
    assert home.label == "home_address"
    assert home.score == 0.85


# Names probe 144 (the thirty-sixth session), in our own sentences: a common surname in
# small letters after "sir", a priest's title and surname, a name at an office's desk who
# is praised, someone told to fetch their things, a name given something, a Ukrainian
# name in Cyrillic, people from a named service who did something, a campaign's hashtag;
# and the places and things each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("anyone else got sir patel for english this year?", ["sir patel"]),
        ("sir can you help with the essay", []),
        ("Fr. Okonkwo came to bless the new prayer room", ["Fr. Okonkwo"]),
        ("Father Christmas is visiting the nursery on Friday", []),
        ("Joy in the exams office was so helpful today", ["Joy"]),
        ("Joy in the exams office opens at nine", []),
        ("Kai come get your hoodie from the sports hall", ["Kai"]),
        ("Will come get your stuff before Friday", []),
        ("the head gave Tyler a warning for vaping", ["Tyler"]),
        ("give Chelsea a chance next season", []),
        ("Ярослав і Соломія чекають біля входу", ["Ярослав", "Соломія"]),  # noqa: RUF001
        ("June and Priya from Catering organised the bake sale", ["June", "Priya"]),
        ("In June the team from Catering organised a bake sale", []),
        ("#JusticeForJack he did nothing wrong", ["Jack"]),
        ("#FreeKyleMorrissey trending in the group chat", ["KyleMorrissey"]),
        ("#TeamSummer is back", []),
        ("parked across two bays at Ashley again", []),
        ("took my nan to Ashley for the day", []),
        ("Jordan is gorgeous in the summer, want to go back", []),
    ],
)
def test_names_probe_144s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 145 (the thirty-sixth session), in our own sentences: a flat's number and
# its block in any case, a delivery that goes to the wrong house, someone's home by their
# first name, "from mine", "live above the shop", a Welsh house's name and street, a
# writer who moved to a district, a district "is where we live", a boat called home; and
# what each must pass over (a flat's size, a restaurant's name, a book list).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "party at mine!! flat 14 larkspur court, meadow estate",
            ["flat 14 larkspur court, meadow estate"],
        ),
        ("Flat 3, Belvedere Mansions, Clapham SW4 - no lift sorry", ["Flat 3, Belvedere Mansions"]),
        ("looking for a flat 2 bedroom house near college", []),
        (
            "my parcel keeps going to 9 Orchard Rd instead of us at 9a Orchard Road",
            ["9 Orchard Rd", "9a Orchard Road"],
        ),
        (
            "after college we go to Megan's, 4 Kestrel Close, for pizza",
            ["4 Kestrel Close", "Megan"],
        ),
        ("meet at Nando's, 16 Queen Street, at 7", []),
        ("I leave from mine, 8 Harbour View, at 7 most days", ["8 Harbour View"]),
        (
            "we live above the bakery, 21 Market Street, Deal CT14 6HP",
            ["21 Market Street, Deal CT14 6HP"],
        ),
        (
            "send the forms to Ty Coch, Mill Road, Llandysul, that's us",
            ["Ty Coch, Mill Road, Llandysul"],
        ),
        ("moved to ME7 in the summer so the bus is longer now", ["ME7"]),
        ("the library moved to ME7 in the summer", []),
        ("ct5 is where we live, so the 4 bus is fine", ["ct5"]),
        ("Set texts: 84 Charing Cross Road, The Road to Wigan Pier", []),
    ],
)
def test_addresses_probe_145s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Older read halves' leftovers (the thirty-sixth session), in our own sentences: whom to
# ask for in small letters, a full name said of someone with "he's" after it, an MP and a
# rugby league player as public figures.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("if u want in on the darts team, ask for kyle", ["kyle"]),
        ("ask for directions at reception", []),
        (
            "ring my uncle he doesnt do texts, Reg Bourne, he's doing the welding night class",
            ["Reg Bourne"],
        ),
        ("we went to Bristol Temple, she's lovely", []),
        ("Valerie Vaz and Josh Charnley came to the awards", []),
    ],
)
def test_older_read_halves_leftovers(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 146 (the thirty-sixth session), in our own sentences: given names missing
# from our list (Polish and Romanian diminutives, Kelvin, Patience, Nadir), a public
# figure's kin named after them, a hospital named "Royal ...", a dog in training named
# after a comma, a list of places on a route map, public figures and characters.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Joasia, come collect ur certificate from reception", ["Joasia"]),
        ("Felicitări, Anuța, ai luat nota maximă!", ["Anuța"]),
        ("our student Patience Owusu won the art prize", ["Patience Owusu"]),
        ("Kelvin Achterberg is my new lab partner", ["Kelvin Achterberg"]),
        ("Andy Murray's mum Judy opened the new courts", []),
        ("my mum Judy opened the new shop", ["Judy"]),
        ("my grandad's in the Royal Vic again", []),
        ("Our hearing dog in training, Maisie, met the class today", []),
        ("Ashley, Lincoln and Jordan are all on the geography route map", []),
        ("Belle and Sebastian and Franz Ferdinand on the playlist", []),
    ],
)
def test_names_probe_146s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 147 (the thirty-sixth session), in our own sentences: the right home said
# after the wrong one, a new home's keys, a cheque to go to a farm, a townland or a farm
# by its one name and its town after a home said, a mooring put down as a home address,
# districts (a grandparent's, a move, far out in a city, for a satnav); and what each must
# pass over (a department that moved, novels' and detectives' addresses, the wrong one a
# record holds, a room, a chain).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "post keeps going to the wrong croft, it's Croft 12, Shader, Isle of Lewis HS2 0RJ",
            ["Croft 12, Shader, Isle of Lewis HS2 0RJ"],
        ),
        ("we got the keys to plot 9, Birchfield, Ellon!!", ["plot 9, Birchfield, Ellon"]),
        (
            "can my certificate go to Upper Tullich Farm, Strathpeffer IV14 9ET please",
            ["Upper Tullich Farm, Strathpeffer IV14 9ET"],
        ),
        (
            "we live at Ballynahinch Beg, Dromara, turn off at the chapel",
            ["Ballynahinch Beg, Dromara"],
        ),
        ("we're at Tesco, Lisburn, by the gate", []),
        (
            "the boat's at mooring 3, Union Canal, Linlithgow, can I use that as my home address?",
            ["mooring 3, Union Canal, Linlithgow"],
        ),
        ("my nan lives in BT35 so I get the bus from Newry", ["BT35"]),
        ("I'm all the way out in G33, two buses every day", ["G33"]),
        ("I'm out in G4 room 3 till lunch", []),
        ("off the Antrim Road, BT15 if you're using a satnav", ["BT15"]),
        ("The careers team has moved to 12 Bridge Street, Perth", []),
        ("Book club is reading 44 Scotland Street next", []),
        ("My card says 3 Kelvin St but I live at 3 Kelvin Ave, Largs", ["3 Kelvin Ave, Largs"]),
    ],
)
def test_addresses_probe_147s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 151 (the thirty-sixth session), in our own sentences: names in small letters
# where the words around say a person ("said he'd", a greeting and a comma, "our", "ask
# for ... at the desk", "n her mam", a pair who did something, a department, a campaign
# hashtag, a Filipino elder's title), titles in small letters before surnames with
# particles or a possessive, titles abroad before surnames in small letters, a Ukrainian
# name spoken to; and what each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dont wait for me, grace said she'll be late", ["grace"]),
        ("hiya bill, is the minibus booked?", ["bill"]),
        ("hiya all, exam at 9", []),
        ("can u tell our shannon her lanyard's here", ["shannon"]),
        ("ask for joy at reception, she has the forms", ["joy"]),
        ("ask for help at reception", []),
        ("dawn n her mum are running the cake stall", ["dawn"]),
        ("tyler n keeley got engaged at prom", ["tyler", "keeley"]),
        ("fish n chips are great", []),
        ("big thanks to siobhan in finance", ["siobhan"]),
        ("#teamkeeley raising money for the hospice", ["keeley"]),
        ("salamat kay ate joy sa reception", ["joy"]),
        ("our tutor miss ní dhomhnaill is the best", ["miss ní dhomhnaill"]),
        ("i miss o'neills chippy", []),
        ("ask ms van der walt about resits", ["ms van der walt"]),
        ("has anyone got mr o'brien-walsh's email", ["mr o'brien-walsh"]),
        ("dziękuję pani nowakowskiej za wszystko", ["pani nowakowskiej"]),
        ("pan fried halloumi in the canteen today", []),
        ("дякую, тарасе, за допомогу", ["тарасе"]),
        ("kerry's gorgeous this time of year", []),
        ("staying at Kerry's tonight", ["Kerry"]),
        ("asante sana for the samosas", []),
    ],
)
def test_names_probe_151s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The review of the thirty-sixth session: what the day's first versions found wrongly or
# lost, in its words or ours. Stadiums, towns and shops after "we're at"; real homes
# before "but I am at college"; a home at a novel's address; English house names that
# start like Welsh ones; restaurants in an owner's name; a café called Flat 4; allotment
# plots; a theme park's farm; a house a team moved into; districts of a night out or an
# arena; invoices in the student numbers' letters-first shape; words after "sir"; a
# fictional priest; public figures in Cyrillic; clubs and places in "come get your" and
# "gave ... a visit"; a band's member; the bars' safety phrase; a public figure's
# hashtag; people near places named like them.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we're at Anfield, Liverpool, gate 12", []),
        ("we're at Starbucks, Newry, by the gate", []),
        ("I live at 14 Rowan Close, but I am at college most of the week", ["14 Rowan Close"]),
        ("my nan lives at 44 Scotland Street, Edinburgh", ["44 Scotland Street, Edinburgh"]),
        ("Bryn Cottage, Mill Lane, Ruthin", ["Bryn Cottage, Mill Lane, Ruthin"]),
        ("meet at Bella's, 9 Market Square, the Italian", []),
        ("Flat 4 Coffee House does great brownies", []),
        ("we got the keys to plot 3, Grove Allotments", []),
        ("cheque goes to Drayton Manor Farm, Tamworth, the theme park", []),
        (
            "my dad's team has moved to 12 Lark Lane, our house, till the office reopens",
            ["12 Lark Lane"],
        ),
        ("I'm out in L1 with the girls", []),
        ("bt1 is where we are meeting", []),
        ("moved to BT7 office last month", []),
        ("sir frost on the windscreen, can we start late", []),
        ("Rev Lovejoy is the best Simpsons character", []),
        ("Іван Франко великий письменник", []),
        ("Chelsea come get your trophy lol", []),
        ("gave Florence a visit on our Italy trip", []),
        ("Harry from One Direction visited the school", []),
        ("ask for angela at the bar if you feel unsafe", []),
        ("#JusticeForJohnnyDepp trending again", []),
        ("mum took the baby to Shirley for the day, she's our childminder", ["Shirley"]),
        ("Kerry was so lovely last summer when she babysat", ["Kerry"]),
    ],
)
def test_the_thirty_sixth_reviews_cases(text: str, found: list[str]) -> None:
    assert _matches(text) == found


@pytest.mark.parametrize("item", ["Ashley, Jordan, ", "Rose Grace Summer Jordan "])
def test_long_lists_of_names_that_are_places_too_are_read_in_linear_time(item: str) -> None:
    """Each first name that is also a place read the whole post for a trip (the review of
    the thirty-sixth session: 20,000 characters took 2.7 s); the post is now read once."""
    names = PersonLikeNames()
    half = item * (10_000 // len(item))
    whole = item * (20_000 // len(item))
    short = min(cpu_seconds(lambda: names.detect(half)) for _ in range(3))
    long = min(cpu_seconds(lambda: names.detect(whole)) for _ in range(3))
    assert long < 1.0
    assert long < 3 * short + 0.02


# Addresses probe 153 (the thirty-sixth session), in our own sentences: a district with
# "here" at a post's start or before "I'll text you the rest", an address walked to for the
# after party, a plot with its keys said after, a farm "the bus doesn't come this far", a
# Welsh house and its village "is ours", a pick-up in small letters; and a famous studio.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("wf2 here, anyone else from Wakefield on the course?", ["wf2"]),
        ("its hx3, ill text u the rest later", ["hx3"]),
        (
            "pub first, then walk to 8 Clough Brow, Ripponden HX6 4AB for the after party",
            ["8 Clough Brow, Ripponden HX6 4AB"],
        ),
        (
            "Plot 27, Meadow Vale, Seaham - we get the keys in May!!",
            ["Plot 27, Meadow Vale, Seaham"],
        ),
        (
            "we're out at Tregarthen Barton, Ladock, the bus doesn't come this far",
            ["Tregarthen Barton, Ladock"],
        ),
        ("Bryn Teg, Llanbedrog is ours, after the chapel", ["Bryn Teg, Llanbedrog"]),
        ("pick me up from 12 st john's st flat 3a at 8", ["12 st john's st"]),
        ("who lives at 3 Abbey Road? nobody, it's a studio", []),
    ],
)
def test_addresses_probe_153s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 36's read half (the thirty-seventh session), in our own sentences: a family's "our"
# and a first name before what they will do, congratulations in Yiddish, a word of
# endearment before a first name, a councillor by surname alone (public), and the public
# figures a music or media class studies; and what each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("can the bus for our Jack pick up from the lane end instead", ["Jack"]),
        ("our Mia will be late, she has the dentist", ["Mia"]),
        ("all of our Summer will be spent on placements", []),
        ("our Faith will always be in the Lord", []),
        ("Mazel tov to Rivka Feldman on her distinction in business", ["Rivka Feldman"]),
        ("Habibi Yusuf where are u, the mock started", ["Yusuf"]),
        ("Thanks to Councillor Begum for opening the new wing", []),
        ("Cllr Patel and our rep Sana Mirza toured the workshops", ["Sana Mirza"]),
        ("Ian Curtis and Fred Dibnah: our local legends project is due Monday", []),
    ],
)
def test_round_36s_read_half(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The college's letters, the year, a campus's letter and the number (round 37's brief,
# "\\T\\G99A9999"): the parts apart by spaces, hyphens, slashes or dots; the year, the
# letter and the number without the college's letters (apart by marks, or after a cue);
# the letter and the number after a cue; and not a room's, a part's or an order's number
# of the same shape.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("TG 25 R 3390 is mine, can you check my bursary", ["TG 25 R 3390"]),
        ("pls reset tg25-r-3390 login", ["tg25-r-3390"]),
        ("got TG.25.R.3390 on my lanyard", ["TG.25.R.3390"]),
        ("its 25/R/3390 on the letter", ["25/R/3390"]),
        ("my student number is 25r 3390", ["25r 3390"]),
        ("learner id R3390 for the trip form", ["R3390"]),
        ("meet in room R3390 after lunch", []),
        ("my order number is 25/R/3390", []),
        ("the part is 25-R-3390 from the motor factors", []),
        ("25r 3390 metres to go", []),
    ],
)
def test_a_format_with_a_campus_letter_between(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\G99A9999") == found


# Addresses probe 156 (the thirty-seventh session), in our own sentences: a street in small
# letters of any kind with places and a postcode after it, a misspelt terrace, a Welsh
# house's word before a street, a house party's address, "av" for avenue after a taxi,
# parcels for a flat; and what each must pass over (a phone number's end before a
# postcode, a bus that goes near one, a count of things).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "forms go to 31 bryn celyn, cefn cribwr, cf32 0bb pls",
            ["31 bryn celyn, cefn cribwr, cf32 0bb"],
        ),
        (
            "send it to 18 nelson house, hartcliffe, bs13 9ab ta",
            ["18 nelson house, hartcliffe, bs13 9ab"],
        ),
        ("its 9 chapel terace, tonypandy if ur coming", ["9 chapel terace, tonypandy"]),
        ("party at mine!! 3 ty gwyn terrace, ystrad", ["3 ty gwyn terrace, ystrad"]),
        ("house party!! 21 clive st, grangetown, byob", ["21 clive st"]),
        ("taxi booked back to 4 oak tree av, tipton", ["4 oak tree av"]),
        ("parcels for 19b market st keep going next door", ["19b market st"]),
        ("ring 07700 900 726, postcode sm4 5pq", ["07700 900 726", "sm4 5pq"]),
        ("does the 6 bus go anywhere near, ls1 4ap", ["ls1 4ap"]),
        ("only 12 days left, ls1 4ap", ["ls1 4ap"]),
    ],
)
def test_addresses_probe_156s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 155 (the thirty-seventh session), in our own sentences: firms and a seaside
# place named like people, a singer by one name, a painter; and the people beside them.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("stands from Kerry Foods and Ashley Furniture, ask for Priya Mistry", ["Priya Mistry"]),
        ("media trip to Barry Island on Friday, Tomos Pryce is organising", ["Tomos Pryce"]),
        ("Hayling Island was freezing but Shannon Webb still swam", ["Shannon Webb"]),
        ("Tony Iommi came out of Aston, music history quiz Monday", []),
        # (and a Sands or an Ozzy is a person; one mocked "out of" stays one: the review)
        ("congrats to Ellie Sands on her apprenticeship", ["Ellie Sands"]),
        ("stop taking the mick out of Megan", ["Megan"]),
        ("the Mark Rothko essays are due before half term", []),
        ("Diolch i Elin ac i Ddewi am y gacen", ["Elin", "Ddewi"]),
    ],
)
def test_names_probe_155s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 156, a second look: a Welsh town whose last part is in small letters,
# a farm someone is said to be out at or to be found at, a Welsh house's name in small
# letters before its village and postcode; and a farm that is a day out.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "my taid lives at Bryn Hyfryd, Llanfair-ym-muallt, bring cake",
            ["Bryn Hyfryd, Llanfair-ym-muallt"],
        ),
        ("if u need him its Cefn Farm, Llanafan, no signal tho", ["Cefn Farm, Llanafan"]),
        ("she's up at Glanrhyd Farm, Pumsaint for lambing", ["Glanrhyd Farm, Pumsaint"]),
        ("she's at Folly Farm, Begelly with her class today", []),
        (
            "post it to ty capel, llanaelhaearn ll54 5aa please",
            ["ty capel, llanaelhaearn ll54 5aa"],
        ),
    ],
)
def test_addresses_probe_156s_second_look(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 160 (the thirty-seventh session), in our own sentences: a city's
# one-letter district where someone lives, a family's move from one district to another,
# a house's name and street where things are left in its porch, a farm someone is snowed
# in at; and a motorway's queue, a library's move, a range of districts.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my cousin lives in e17 so we share a cab", ["e17"]),
        ("living in S11 is dear now", ["S11"]),
        ("i live in M62 traffic most mornings", []),
        ("will the bursary change if we move from LS9 to LS14?", ["LS9", "LS14"]),
        ("the library moved from LS2 to LS1 in 2019", []),
        ("students living in TS1 to TS6 can apply", []),
        (
            "leave the raffle prizes in the porch at Hillcrest, Mill Lane, Sproatley",
            ["Hillcrest, Mill Lane, Sproatley"],
        ),
        ("snowed in up at Blaen Cwm Farm, Ffarmers so no lift today", ["Blaen Cwm Farm, Ffarmers"]),
    ],
)
def test_addresses_probe_160s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 162 (the thirty-seventh session), in our own sentences: a first name with
# "aunty" or "akka" after it, a first name of ours not listed before, a Viking king and a
# footballer's Geordie nickname.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("honestly Nasreen aunty is the best cook on the street", ["Nasreen"]),
        ("big thanks, Kavitha akka is a legend", ["Kavitha"]),
        ("sabaash harjit paaji, proper gym beast now", ["harjit"]),
        ("the alpha beta version is out", []),
        ("the aunty at the shop is lovely", []),
        ("our Jacinta's lad starts plumbing monday", ["Jacinta"]),
        ("Eric Bloodaxe ruled York, says the Jorvik guide", []),
    ],
)
def test_names_probe_162s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 166 (the thirty-seventh session), in our own sentences: a college's sites
# named like people and a museum named for royals; and the people beside them.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("open day at the Bradley and Ashley sites, ask for Tunde Bakare", ["Tunde Bakare"]),
        ("trip to the Victoria and Albert Museum on Friday", []),
        # (singers' and a footballer's names are many people's too: the review)
        ("Grace Jones got a distinction in childcare, proud mum", ["Grace Jones"]),
    ],
)
def test_names_probe_166s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 167 (the thirty-seventh session), in our own sentences: a postcode run
# together after "mines", a one-letter district "from mine in", a street shortened to "pl",
# "hts" or named a pass in small letters before a postcode, a Welsh "maes" in small
# letters; a building that is an organisation's; counts before a postcode.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("mines ab107qp if ur posting it", ["ab107qp"]),
        ("the job's miles from mine in n17", ["n17"]),
        ("send it to 9 rosebank pl dundee dd3 6jw", ["9 rosebank pl dundee dd3 6jw"]),
        ("mine is 4 shantallow hts bt48 8aa", ["4 shantallow hts bt48 8aa"]),
        ("its 12 maes y coed, treorchy cf42 6ab", ["12 maes y coed, treorchy cf42 6ab"]),
        ("post appeals to the Exam Board, The Pinnacle Building, 8 Queen St", []),
        ("i scored 40 goals, bt7 1bs", ["bt7 1bs"]),
    ],
)
def test_addresses_probe_167s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The review of the thirty-seventh session, in its own sentences: a campus letter and
# digits only after a learner's words, never a road's, a room's, a shelf's or a year's;
# a run of codes; the college's own letters after "my number is"; a city's one-letter
# district only where someone lives, not a room one stays in; rooms swapped; a number
# and a postcode with no home said; a time before a park; a bus pass.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("no traffic on the A1306 this morning for once", []),
        ("no worries, room C1045 is open after lunch", []),
        ("reference books are on shelf B1200 in the library", []),
        ("there's no way this is a 2000 word essay", []),
        ("the bays are numbered 23-A-0001 to 23-A-0120", []),
        ("my number is TG-26-B-4817", ["TG-26-B-4817"]),
        ("enrolment no: 26-B-4817", ["26-B-4817"]),
        ("my student number is B4817", ["B4817"]),
    ],
)
def test_the_thirty_seventh_reviews_student_numbers(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\G99A9999") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("i left mine in b12, can someone grab it before period 3", []),
        ("who's staying in b12 at lunch to revise", []),
        ("i basically live in b4 at lunch", []),
        ("we moved from ST12 to ST14 cos the heating broke", []),
        ("we need 3 volunteers, romford rm1 3aa for the fair", []),
        ("party at 7, valentines park, bring ur own drinks", []),
        ("renew ur 16-25 bus pass, mine expired last week", []),
    ],
)
def test_the_thirty_seventh_reviews_addresses(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 37's read half (the thirty-eighth session), in our own sentences: a town whose
# second word is "Gate"; a chalet named after a move into it; a caravan site named before
# its van's number; a postcode an office is asked to post something to; a mobile typed
# with the letter o; a first name that English uses as a word, then a feat of its own;
# and what each of these must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "new address is flat 2, 40 Woodgrange Road, Forest Gate E7 0QH thanks",
            ["flat 2, 40 Woodgrange Road, Forest Gate E7 0QH"],
        ),
        ("meet at 4 Station Road, Gate 3 of the port", []),
        (
            "grandad's moved into the bungalow now, Sunnyholme, Haven Road, Canvey Island SS8 0NR",
            ["Sunnyholme, Haven Road, Canvey Island SS8 0NR"],
        ),
        (
            "we're at Thorney Bay park, van 48, Canvey SS8 0DB till september",
            ["Thorney Bay park, van 48, Canvey SS8 0DB"],
        ),
        ("the delivery van 3, Tilbury docks is late", []),
        ("can the office send a new card to RM9 4QQ please", ["RM9 4QQ"]),
        ("the office is at RM9 4QQ", []),
        ("can you send it to reception at RM9 4QQ", []),
        ("text me o77oo 9oo 318 my 0 key is dead", ["o77oo 9oo 318"]),
        ("o7 was the year we moved", []),
        ("what a joy that Joy passed her theory test", ["Joy"]),
        ("Everyone passed their theory test", []),
        ("Mum passed her driving test", []),
    ],
)
def test_round_37s_read_half_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# ... and two words that are no one's name there: a grandmother in Tagalog after "her",
# and a mate called "lan" in Turkish chat (while "lola" and "lan" alone stay names).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("can she bring her lola's bank letter for proof of address", []),
        ("hadi cevap ver lan", []),
        ("lola's coming to the open evening", ["lola"]),
        ("ask lan about the rota", ["lan"]),
    ],
)
def test_round_37s_read_half_not_names(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 170 (the thirty-eighth session), in our own sentences: a parade shortened
# to "pde" after a flat's number, a flat before a range of numbers, a lost thing brought
# back to a street in small letters, back to one's own "if u want to come", an address that
# is its line's whole, a numbered house name after "my address:", a grandparent's bungalow
# named, a pitch on a caravan site one lives on; and a coach's pick-up and a named place
# after a postcode, which are nobody's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("flat 4, 12a marine pde. ring me from outside", ["flat 4, 12a marine pde"]),
        ("flat 1, 10-12 north parade\nabove the chippy", ["flat 1, 10-12 north parade"]),
        ("found my purse? pls bring it to 7 keats cl x", ["7 keats cl"]),
        ("can someone bring my key to 3 mill st, top flat", ["3 mill st"]),
        ("then back to 21 percy st if u want to come", ["21 percy st"]),
        ("10 harrow ter\nthe side door", ["10 harrow ter"]),
        ("we met at 10 harrow ter for the audition", []),
        (
            "send the forms to my new address: 2 Hill Bungalows, Mill Lane, Little Snoring",
            ["2 Hill Bungalows, Mill Lane, Little Snoring"],
        ),
        (
            "my grans bungalow is Rosemount, Fen Road, Ely, we're there till May",
            ["Rosemount, Fen Road, Ely"],
        ),
        (
            "we're on the caravan site now, pitch 9, Oakfield, till the council sorts us",
            ["pitch 9, Oakfield"],
        ),
        ("we're on the caravan site now, 12 Church Street is the cafe", []),
        ("we're at the park now, 12 Church Street is the cafe", []),
        ("Postcode for the rugby coach pick up is EX2 7LA, leaves at 12", []),
        ("M3 3EB is the Printworks isn't it? that's where the gig is", []),
    ],
)
def test_addresses_probe_170s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The college's letters last (round 38's brief, 999999\T\W), in our own sentences: the
# parts apart by spaces, hyphens, slashes or dots, the letters moved first; the last four
# digits with the letters only after a cue; and what is no learner's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("hi its 25 1093 TW for the bursary", ["25 1093 TW"]),
        ("lanyard says 25-1093-tw", ["25-1093-tw"]),
        ("sorry, 251 093 TW", ["251 093 TW"]),
        ("TW251093 here, locked out of teams", ["TW251093"]),
        ("1093TW if that helps", []),
        ("student no 1093TW", ["1093TW"]),
        ("just hit 1000TW followers lol", []),
        ("student no 1093 tw", ["1093 tw"]),
        ("we got 1000 tw followers this week", []),
        ("trains at 0815 tw from Heworth", []),
        ("in 2025 TW went to the final", []),
        ("my order number is 25 1093 TW", []),
    ],
)
def test_the_college_letters_last(text: str, found: list[str]) -> None:
    assert _matches(text, "999999\\T\\W") == found


# Names probe 168 (the thirty-eighth session), in our own sentences: names after thanks
# that follow a greeting in Cyrillic, and the second joined by "and"; an English post
# signed off in Welsh; a Tagalog chat word that is a name when capitalised; a Polish
# diminutive; someone at a desk doing what only a person does; a department's worker; a
# nickname after a friend's word and before a verb.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Привіт! Дякую Тарасу та Ірині за все", ["Тарасу", "Ірині"]),  # noqa: RUF001
        ("Привіт Друзі", []),
        ("Pottery taster with Meinir on Friday, croeso i bawb!", ["Meinir"]),
        ("Haf hapus i bawb!", []),
        ("the chips were great and Marites on the till was lovely", ["Marites"]),
        ("marites ka talaga", []),
        ("Huge thanks to Piotrek for translating", ["Piotrek"]),
        ("Dawn from the canteen always remembers my name", ["Dawn"]),
        ("Brie from the canteen was mouldy", []),
        ("the fence was fixed by Bill from maintenance", ["Bill"]),
        ("my mate ibby starts on monday", ["ibby"]),
        ("my mate xbox is broken", []),
    ],
)
def test_names_probe_168s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 173 (the thirty-eighth session), in our own sentences: a first name before
# a start of its own; "our" and a name before "his" or "her"; a desk's worker praised in
# the North's words; two spellings of our learners' names; a g dropped after a name;
# a library named after someone, in small letters; Ireland's county teams.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our Grace has just started her nursing course", ["Grace"]),
        ("Summer has just started her holidays", []),
        ("thanks for getting our Paddy through his test", ["Paddy"]),
        ("our Summer holiday was her favourite", []),
        ("Frank in the finance office is sound, ask him", ["Frank"]),
        ("me n aneeka goin to the mela", ["aneeka"]),
        ("shay and lochlan are the funniest lads on the course", ["shay", "lochlan"]),
        ("the Mary Somerville library is shut on Friday", []),
        ("Tyrone beat Armagh yesterday, whole campus buzzing", []),
    ],
)
def test_names_probe_173s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 175 (the thirty-eighth session), in our own sentences: a driver who
# can't find a home given its postcode; "gr" and "tce" in small letters; a Welsh article
# in a small-letter street; "home now at", "we live", "at my mams,"; a landlord's repair;
# a choice of places, the other a venue; a numbered street of no English kind after "my
# address is"; a town and postcode said after the post broke off; a farm named with its
# villages; and a cinema's or a trip's address, which are nobody's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("postcode is LS6 2AB if the taxi cant find us", ["LS6 2AB"]),
        ("come and find us at LS6 2AB for the open day", []),
        ("moved to 4 elm gr halifax hx1 2aa now", ["4 elm gr halifax hx1 2aa"]),
        ("its the upstairs door, 40 Rothbury Tce, knock loud", ["40 Rothbury Tce"]),
        (
            "sleepover at mine, its 3 bryn yr eglwys terrace porth",
            ["3 bryn yr eglwys terrace porth"],
        ),
        ("home now at 6 wirral cl if anyone wants to bring notes", ["6 wirral cl"]),
        ("we live 12 ravensworth walk its the end one", ["12 ravensworth walk"]),
        ("found ur bag, its at my nans, 9 mill ter, come get it", ["9 mill ter"]),
        ("landlord's not fixed the boiler at 8 derby st, who do i tell", ["8 derby st"]),
        ("hand it in at the library or drop it to 3 kirk rd", ["3 kirk rd"]),
        ("my address is 7 Heol y Nant Tumble SA14 6AB thanks", ["7 Heol y Nant Tumble SA14 6AB"]),
        (
            "new address is 5 Ash Grove. Sorry sent too soon - it's Hexham NE46 1AA",
            ["5 Ash Grove.", "Hexham NE46 1AA"],
        ),
        ("I live at 5 Ash Grove. The campus is in Leeds LS1 3HE", ["5 Ash Grove."]),
        (
            "off for lambing, farm is Low Fold, Crosthwaite, Kendal LA8 8HX",
            ["Low Fold, Crosthwaite, Kendal LA8 8HX"],
        ),
        ("The Odeon cinema is showing it for A level film on Tues, 4 Park Rd", []),
        ("Geography trip: Malham Cove car park, Cove Road, BD23 4DJ, bring boots", []),
    ],
)
def test_addresses_probe_175s_families(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A list in small letters (names probes 168 and 173, in our own sentences): the other
# words of a list that holds a name in small letters, or that the writer leads with "me",
# each no word a dictionary, chat or a brand knows; never a list of things.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("me n zaynab n shazzy going to the mela", ["zaynab", "shazzy"]),
        ("me and dilz and sukhi skipped english", ["dilz", "sukhi"]),
        ("went to town with rizwan, kez and dilz", ["rizwan", "kez", "dilz"]),
        ("me and bestie went", []),
        ("fish, chips and mushy peas for tea", []),
        ("me n jaz got nandos n kfc", ["jaz"]),
    ],
)
def test_a_list_in_small_letters(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The review of the thirty-eighth session, in its own sentences: what the day's name rules
# must pass over (a student building something, a club's season, a compound after "our",
# a typo after a mate, nouns after Cyrillic thanks, two first names in a table tennis final,
# praise in Turkish) and what its address rules must pass over (a public building after a
# street, a leak in a library, a student's next stop, a party's town after a break, a
# festival's pitch, a street alone); and a campus kept apart by "or" still.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Proud of Jack Smith building his own website in IT", ["Jack Smith"]),
        ("Chelsea finally started their pre-season with a win", []),
        ("our Mark scheme has her name on it", []),
        ("our Rose garden was her idea", []),
        ("my mate deffo has a spare charger", []),
        ("my mate realy wants the job", []),
        ("Дякую Мамі та Татові", []),
        ("Kerry beat Clare 6-2 in the table tennis final", ["Kerry", "Clare"]),
        ("That cake was Harika, thank you!", []),
        ("the leak at 14 market st library is getting worse", []),
        ("the heating at 12 queen st gym is broken", []),
        ("you can drop it at main reception or 7 anlaby rd campus", []),
        (
            "I'm at 14 Elm Road now. Party's in Sheffield S1 2BJ if anyone's coming",
            ["14 Elm Road", "S1 2BJ"],
        ),
        ("We're at the caravan park for the festival, pitch 14, Glastonbury", []),
        ("3 church st", []),
    ],
)
def test_the_thirty_eighth_reviews_findings(text: str, found: list[str]) -> None:
    assert _matches(text) == found


def test_the_last_four_with_the_letters_ask_a_cue() -> None:
    assert _matches("Just hit 1000TW followers lol", "999999\\T\\W") == []


def test_a_university_after_a_stay_is_no_home() -> None:
    text = "staying at my mum's then back to uni, Leeds Beckett, Leeds LS1 3HE"
    result = Screener(ScreenSettings()).screen(text)
    assert "home_address" not in {d.label for d in result["personal_data"]}


# The review of the thirty-eighth session, what the day left: something sent to a street in
# small letters (not to an office on it).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("pls send it to 71 cross tce, wallsend", ["71 cross tce"]),
        ("send it to 12 church st, the office", []),
    ],
)
def test_sent_to_a_street_in_small_letters(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 38's read half, in our own sentences: "wor" (Geordie "our") before a first name; a
# part's code that an NI number's shape fits; Bengali "my" in Banglish chat, and the name
# Amar outside it; North East public figures.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("can someone tell wor Kyle to check his emails", ["Kyle"]),
        ("wor lass says the stotties are ready", []),
        ("part no KR550319A is the wrong bracket again", []),
        ("the order no: JL 47 02 19 B came today", []),
        ("my NI number is KR 55 03 19 A", ["KR 55 03 19 A"]),
        ("amar phone charger hoise broken, tell apu", []),
        ("can you tell amar to bring his boots", ["amar"]),
        ("Chi Onwurah and Ross Noble opened the new theatre", []),
    ],
)
def test_round_thirty_eights_read_half(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Three letters then the year and four digits (round 39's brief, \S\O\L999999), in our own
# sentences: slashes or dots between the parts (the same mark throughout), a zero typed
# for the O, the last four digits straight after a student's cue; and what is no
# learner's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("its SOL/25/1093 for the bursary form", ["SOL/25/1093"]),
        ("lanyard says sol.25.1093", ["sol.25.1093"]),
        ("S0L251093 here, locked out of teams", ["S0L251093"]),
        ("SOL 25.1093 was the score", []),
        ("my student number is 1093 if that helps", ["1093"]),
        ("my student number is 1093-5 or so", []),
        ("there were 1093 students at the open day", []),
    ],
)
def test_three_letters_then_the_year(text: str, found: list[str]) -> None:
    assert _matches(text, "\\S\\O\\L999999") == found


def test_a_format_with_its_own_slash_still_reads() -> None:
    assert _matches("my number is TS481207/25", "\\T\\S999999/99") == ["TS481207/25"]


# Names probe 179 (the thirty-ninth session), in our own sentences: someone by the campus
# or the part of the college they are from or in; staff away or back; given names that
# are English words too (Sunny, Mercy, Gift) with a surname or a cue; a grade only a
# learner gets; a list after thanks, the last with an initial; a memorial to someone whose
# family is told, with a title; "our" after congratulations; and what stays no one's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nelson from plastering boarded the whole wall", ["Nelson"]),
        ("Lily from Havant campus says hi", ["Lily"]),
        ("cheers to Sunny from the Fareham campus canteen for the extra hash brown", ["Sunny"]),
        ("big thanks to Caz in admissions", ["Caz"]),
        ("Dawn in the finance office is off sick so ring Paul", ["Dawn", "Paul"]),
        (
            "Favour Nwosu and Mercy Addo-Mensah are the new reps",
            ["Favour Nwosu", "Mercy Addo-Mensah"],
        ),
        ("Faith got a distinction in media", ["Faith"]),
        ("Extra thanks to Zainab, Rose and Hope B", ["Zainab", "Rose", "Hope"]),
        (
            "In memory of Mrs Edna Thornbury, whose family ran the bakery for years",
            ["Mrs Edna Thornbury"],
        ),
        ("congratulations to our Rocky, regional champ at 16", ["Rocky"]),
        ("Brie in the canteen is off today, sorry", []),
        ("Gift Aid it if you can", []),
        ("we are so blessed and grateful", []),
        ("Mercy Ships are recruiting nurses", []),
        ("well done to our Level 3 team", []),
        ("In memory of Grace Darling, whose rescue is still told", []),
    ],
)
def test_names_probe_179(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 184 (the thirty-ninth session), in our own sentences: "miss" in small letters
# and a name after a word said of a person; the last of a list after "big"; public figures
# whose names carry accents, a firm named like a person; a longer name with a particle is
# not a footballer's; and what stays no one's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("tell miss priya the bus is late", ["miss priya"]),
        ("period 2 is with miss kaur today", ["miss kaur"]),
        (
            "Thanks to Tomasz, Julie, Bev and big Stevie for the lift",
            ["Tomasz", "Julie", "Bev", "Stevie"],
        ),
        ("tell miss im going to be late", []),
        ("don't miss out on the trip", []),
        ("Emily Brontë walked these moors", []),
        ("an Eddie Stobart lorry is blocking the gate", []),
    ],
)
def test_names_probe_184(text: str, found: list[str]) -> None:
    assert _matches(text) == found


def test_a_longer_name_with_a_particle_is_no_footballers() -> None:
    # "Joao Pedro" is a footballer's name; "João Pedro dos Santos" is someone else's
    assert any("dos Santos" in m for m in _matches("Parabéns ao João Pedro dos Santos pelo curso"))


# Addresses probe 181 (the thirty-ninth session), in our own sentences: a listing's place,
# an event's or a job's, given with a time and an event's word or with two event's words,
# is no one's home; an address said to be someone's, or a pick-up with a time, still is.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("9 Dock Street, Hull HU1 3DL. Thurs 7pm, free entry, all welcome", []),
        ("Kitchen porter wanted, 4 Bank Street, Lincoln LN2 1DR, 20hrs/wk", []),
        ("Flu jabs at 3 Mill Lane, Derby DE1 1AA on Tues 10am, no appointment needed", []),
        (
            "party at my nan's, 9 Dock Street, Hull HU1 3DL, sat 7pm, all welcome",
            ["9 Dock Street, Hull HU1 3DL"],
        ),
        ("pick me up from 9 dock street hull HU1 3DL at 7:30", ["9 dock street hull HU1 3DL"]),
    ],
)
def test_addresses_probe_181_listings(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probes 181 and 185 (the thirty-ninth session), in our own sentences: deliveries
# sent to a farm's house; the word "postcode" is no town; listings by their opening hours, a
# shop's offer, a pub's prices, a graduation's times; a shared taxi from a home and a party
# at one's own, with their times and prices, are still homes.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Deliveries for us go to The Stables, Manor Farm, Aldeby NR34 0BP please",
            ["The Stables, Manor Farm, Aldeby NR34 0BP"],
        ),
        (
            "we're number 8 Elm Way, the blue door. Postcode's HU7 4LQ for the satnav",
            ["8 Elm Way", "HU7 4LQ"],
        ),
        ("Charity shop now open! 12 King Street, Derby DE1 3DZ. Mon-Sat 9-5", []),
        ("Half price wings at Wingstop, 20 London Rd, Derby DE1 2AA, show your student card", []),
        (
            "The Fox & Hounds, 3 Mill Lane, Wrawby DN20 8RU is doing £3 pints for the quiz night",
            [],
        ),
        ("Town Hall Square, Leicester LE1 9BG. Graduation 2pm Friday, gowns from 12.30", []),
        (
            "Taxi at 6.40 from 23b st leonards rd windsor to campus, split it? £4 each",
            ["23b st leonards rd windsor"],
        ),
        (
            "party at mine, 4 Elm Road, Hull HU5 2AA, sat 8pm, £5 entry lol",
            ["4 Elm Road, Hull HU5 2AA"],
        ),
    ],
)
def test_addresses_probes_181_and_185(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 187 (the thirty-ninth session), in our own sentences: someone in careers; two
# first names from a group of three words; a greeting in London's slang; a first name with
# its last letter typed over and over; and what stays no one's (chat's "ever" stretched,
# public figures).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ask Dawn in careers about the CV workshop", ["Dawn"]),
        (
            "Hope and Tobenna from the Level 3 Childcare group both got distinctions",
            ["Hope", "Tobenna"],
        ),
        ("Wagwan Kwabena, saw you at the carnival", ["Kwabena"]),
        ("Loool Dariusss stop posting the edits", ["Dariusss"]),
        ("u r the best tutor evaaa", []),
        ("sooo good, yesss, noooo", []),
        ("the Kwame Nkrumah talk is on Tuesday", []),
        ("Vinnie Jones was filming outside the campus", []),
    ],
)
def test_names_probe_187(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 189 (the thirty-ninth session), in our own sentences: a house by a name of
# any words and its place just after a home is said, or sent round to when whose it is or a
# postcode follows; a Glasgow tenement flat's floor and door before the close's number; and
# towns and people in the same shape that are no one's home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We live at Tigh an Uillt, Dervaig, up the hill", ["Tigh an Uillt, Dervaig"]),
        ("my nan's house is Bryn Hyfryd, Llanarth, she'll have tea on", ["Bryn Hyfryd, Llanarth"]),
        (
            "drop the kit round to Ard Mhuire, Carrickmore - it's my auntie's",
            ["Ard Mhuire, Carrickmore"],
        ),
        ("im at 2/1 41 dumbarton rd", ["2/1 41 dumbarton rd"]),
        ("send the kit to Leeds, Bradford and Hull", []),
        ("drop it round to Jack, Tom and Harry", []),
        ("we live at Leeds, it's fine", []),
        ("scored 3/4 12 times this week", []),
    ],
)
def test_addresses_probe_189(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 1's read half, its postcodes (the thirty-ninth session), in our own sentences: a
# postcode given to every visitor or for a car park is no one's; one driver's way to a home
# still is.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Open evening Thursday 5-7pm. Postcode for sat navs: TA1 5AX.", []),
        ("use the staff car park off Mill Lane, postcode BA21 4DR", []),
        ("Postcode's TA6 4PZ for the satnav, we're the end house", ["TA6 4PZ"]),
    ],
)
def test_a_postcode_for_every_visitor(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The review of the thirty-ninth session, in its own sentences: someone's party, 18th,
# babysitter or kittens keep an address a home, whatever the listing's words; a relative
# somewhere now, a chain's shop, a town and its county, a studio rented for work are no
# homes; an NI number beside a job or said to be one's NI is still one; a year or a round
# count after a student's word is no student number; a festival's greeting is no person; a
# place, a brand or a star stretched is no one.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Jade's party tonight!! 14 Elm Road, Leeds LS6 2AB, 9pm, free entry",
            ["14 Elm Road, Leeds LS6 2AB"],
        ),
        (
            "Babysitter wanted 10hrs/wk, 23 Holly Close, Ashford TN23 4PQ, £11 per hour",
            ["23 Holly Close, Ashford TN23 4PQ"],
        ),
        (
            "Free kittens, collect from 41 Oak Avenue, Hull HU5 3PQ after 5pm, all welcome",
            ["41 Oak Avenue, Hull HU5 3PQ"],
        ),
        ("my mum's at Morrisons, Hull if u need her", []),
        ("drop it to Tesco, Crook, she's in all day", []),
        ("we live at Brighton, East Sussex now", []),
        ("I rent a studio at 5 Market Street, Hebden Bridge, for my pottery business", []),
        ("ni number for the job: JT 48 29 13 C", ["JT 48 29 13 C"]),
        ("starting my new job JT482913C is my NI", ["JT482913C"]),
        ("Merry Christmas from Scarborough campus", []),
        ("Happy Easter from the level 3 plumbing group", []),
        ("come on chelseaaa", []),
        ("ronaldooo what a goal", []),
    ],
)
def test_the_thirty_ninth_reviews_findings(text: str, found: list[str]) -> None:
    assert _matches(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "student id 2024 cohort photos are up",
        "learner number 1000 just enrolled, cake in the staffroom",
    ],
)
def test_a_year_or_a_count_after_a_students_word_is_no_number(text: str) -> None:
    assert _matches(text, "\\S\\O\\L999999") == []


def test_a_format_with_its_own_slash_takes_a_dot_too() -> None:
    assert _matches("TS481207.25 is mine", "\\T\\S999999/99") == ["TS481207.25"]


# Names probe 179 again (the thirty-ninth session), in our own sentences: a first name that
# English uses as a word, in small letters between a word for kin and what the person did;
# not a modal or a season there.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my auntie joy made jollof for the whole class", ["joy"]),
        ("our cousin grace passed her driving test", ["grace"]),
        ("my mate will is coming later", []),
        ("my sister summer is mad about the trip", []),
    ],
)
def test_a_word_name_in_small_letters_after_kin(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 192 and addresses probe 194 (the thirty-ninth session), in our own sentences:
# someone from a part of the college who shares a public figure's first name; a form's
# examples after "e.g." or Polish "np." where a name is asked for; a nursery rhyme's
# doctor; a listing with a course's trip or free meals; the word "postcode" after a break
# is no town.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gary Lineker isn't coming, but Gary from the gym is", ["Gary"]),
        ("Cerys from drama sang at the awards", ["Cerys"]),
        ("Write your full name, e.g. Joe Bloggs or Mair Elin Jones", []),
        ("Wpisz imię i nazwisko, np. Anna Nowak", []),
        ("Symphony Hall, Broad St, B1 2EA - Music Tech trip, coach at 5:30", []),
        (
            "its 9 brindley close tunstall... sorry forgot postcode ST6 5HB",
            ["9 brindley close tunstall", "ST6 5HB"],
        ),
    ],
)
def test_names_probe_192_and_addresses_probe_194(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The second review of the thirty-ninth session, in its own sentences: a freshers' or a
# staff party, a date's "16th" and a food bank's collection leave a listing public; pres,
# people round, a study group or revision at an address keep it a home; one's own street
# for parking is no car park's; a relative's house named, "our home is", a house with its
# village and county; a relative somewhere for now is no home; a job's, a ticket's or a
# catalogue's number is no NI number, nor one with "insurance" later; a student's last
# four digits after the word or said to be one's; a form's examples of a parent's name;
# a stretched name called to or congratulated; a doctor by a nursery rhyme's name.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Staff party at 10 Cross Street, Hexham NE46 1BE. Doors 7pm, £5 tickets", []),
        ("Interviews at 77 Deansgate, Manchester M3 2BW on Tues 16th, 10am, bring ID", []),
        (
            "pres at 14 Elm Grove, Leeds LS6 2AB, 8pm, just turn up w ur own drinks",
            ["14 Elm Grove, Leeds LS6 2AB"],
        ),
        (
            "there's no car park at ours so just park on the street, postcode is LS6 2AB",
            ["LS6 2AB"],
        ),
        ("our home is Cois Locha, Ballyronan", ["Cois Locha, Ballyronan"]),
        ("We live at Hillcrest, Dunmow, Essex", ["Hillcrest, Dunmow, Essex"]),
        ("my dad's at Old Trafford, Manchester for the match", []),
        ("job ref JT482195C, apply by friday", []),
        ("order number JT482195C, insurance should cover it", []),
        ("Parent/Guardian name, e.g. Mrs Jane Bloggs", []),
        ("happy bday marcusss", ["marcusss"]),
        ("come on chelseaaa", []),
        ("Dr Foster from the health centre said to rest", ["Dr Foster"]),
    ],
)
def test_the_thirty_ninth_second_reviews_findings(text: str, found: list[str]) -> None:
    assert _matches(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("student no 4817 can someone check my timetable", ["4817"]),
        ("my student number is 2013", ["2013"]),
        ("student id 2024 cohort photos are up", []),
    ],
)
def test_a_students_last_four_digits(text: str, found: list[str]) -> None:
    assert _matches(text, "\\S\\O\\L999999") == found


# Probes 197 and 198 (the thirty-ninth session), in our own sentences: something popped
# through a door, a new build one has moved into (a show home near it), a match's kick-off
# and tickets at a price beside a ground's address; public figures and a brand.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "pls pop it through the door at 15 Oak Way, Witham CM8 2JQ, in the workshop now",
            ["15 Oak Way, Witham CM8 2JQ"],
        ),
        (
            "we're in the new build now, plot 14 Meadow Rise, Ashford, past the show home",
            ["plot 14 Meadow Rise, Ashford"],
        ),
        ("Millwall v Palace at The Den, Zampa Road SE16 3LN, kick off 12.30", []),
        ("Kofi Annan quote on the library wall", []),
        ("Jack Daniels merch at the freshers fair", []),
    ],
)
def test_probes_197_and_198(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probes 185 and 189 again (the thirty-ninth session), in our own sentences: a
# friend's postcode district, a family moved to one, a district said at the post's start
# with "here"; and a collection from a district's artists is no one's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I'm TS5 and my mate's TS17 so the 36 works for both", ["TS5", "TS17"]),
        ("dad's moving us to HU8 in march", ["HU8"]),
        ("NE6 here, Byker side", ["NE6"]),
        ("the gallery has a collection from LS2 artists", []),
    ],
)
def test_a_friends_or_a_familys_district(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 39's read half (the fortieth session), in our own sentences: first names that the
# dictionary knows as words but posts seldom use as one, alone and said again after the
# full name; a family's postcode with no apostrophe; the ship and a cricketer are nobody's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dexter drove us to the match, legend", ["Dexter"]),
        ("text Josh on 07700 900461 for a lift", ["07700 900461", "Josh"]),
        ("can you forward Hector's results to his mum", ["Hector"]),
        ("Demi took me to the gig. love you Demi Hart", ["Demi", "Demi Hart"]),
        ("Jolene from the Hythe lot keeps sharing my address", ["Jolene"]),
        ("Has anyone seen Mantas? he has my brake pads", ["Mantas"]),
        ("Paddy from the farm needs a lift tomorrow", ["Paddy"]),
        ("stop taking the mick out of the new lad", []),
        ("nans postcode SO40 9LP for the taxi, not the college one", ["SO40 9LP"]),
        # the words themselves, and names posts use as words, stay words
        ("the dexter side of the shield is on the left", []),
        ("Amber warning for wind on the Island tomorrow", []),
        ("we visited the Old Bailey on the law trip", []),
        ("James Vince was out for a duck at the Utilita Bowl", []),
    ],
)
def test_names_seldom_words_and_a_familys_postcode(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# A letter, the year, five digits and a letter (round 40's brief, \M9999999\K), in our own
# sentences: apart by slashes or dots, one end's letter left off, the last digits with the
# letter after "ends", the last five after whose number it is; not an order's code, a
# room, a year and a count, nor the digits alone with no cue.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("its M/25/31907/K on my card", ["M/25/31907/K"]),
        ("m25.31907.k is mine", ["m25.31907.k"]),
        ("login says M2531907 not found", ["M2531907"]),
        ("ref 2531907K for the bursary", ["2531907K"]),
        ("my student number ends 1907K", ["1907K"]),
        ("her student number ends 31907, can you check it", ["31907"]),
        ("my student number is 31907", ["31907"]),
        ("room M2 31907 is locked", []),
        ("in 2025 31907 people came", []),
        ("we sold 2531907 tickets", []),
    ],
)
def test_a_number_with_a_letter_at_each_end(text: str, found: list[str]) -> None:
    assert _matches(text, "\\M9999999\\K") == found


# Addresses probe 204 (the fortieth session), in our own sentences: a city's one-letter
# district said as the writer's at a post's start, after "I'm", after a move; a district in
# small letters said to be us; a full postcode claimed just before or after it, whatever
# else the post speaks of. Not a motorway, a library's move, a district's fame or a
# meeting place.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("L15 here, Wavertree, anyone doing the night course?", ["L15"]),
        ("B23 lad here, Erdington, who's on the 7am bus", ["B23"]),
        ("N17 girl, Tottenham, looking for a study group", ["N17"]),
        ("I'm S6, Hillsborough way, can share a taxi", ["S6"]),
        ("we just moved to M14 with my aunty, so new bus route", ["M14"]),
        ("ls6 is us if anyone needs a lift", ["ls6"]),
        ("CF5 2YJ is ours, can you post the prom tickets", ["CF5 2YJ"]),
        ("we're NR3 1AB, does the free college bus come our way?", ["NR3 1AB"]),
        ("I'm on the M6 near junction 10", []),
        ("I'm M6 bound tonight", []),
        ("the library has moved to L3", []),
        ("E1 is home to the best curry houses", []),
        ("B6 is where we are meeting before the game", []),
    ],
)
def test_a_districts_and_a_postcodes_claims(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 204 again, in our own sentences: someone's place by a name the list
# lacked; one's own home just before, whatever is held there; a street of "Lanes". Not a
# service's move, a listing's price a head or for students, donations taken, a big screen
# and a happy hour, a holiday let, a match to meet before, a shop's offer, a car park or a
# park and ride, a market's pitch, the White House.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "meet at the Co-op at 7 then walk to Bryony's, 14 Tregye Cl, Redruth",
            ["14 Tregye Cl, Redruth"],
        ),
        (
            "we're hosting two exchange students at ours, 6 Three Lanes, Lanner",
            ["6 Three Lanes, Lanner"],
        ),
        ("Drop-off point moved to 3 Meneage Street, Helston TR13 8AA from Monday", []),
        ("Quiz night! 12 Lemon Street, Truro TR1 2LS, 7pm, students £3 with NUS", []),
        ("Coat donations: 9 Trelowarren Street, Camborne TR14 8AD, Mon-Sat 9-5", []),
        ("Big screen tonight at 4 Market Jew St Penzance, happy hour 5-7", []),
        ("Available May: 3 Fore Street, Polperro PL13 2QR, sleeps 6, £900pw", []),
        ("Meet 2pm at 8 Bridge Street NE8 2BH before the match, first round on the coach", []),
        ("Wharf Road, St Ives TR26 1LF - 20% student discount this week", []),
        ("Lost phone handed in at the station car park, Station Hill, Redruth TR15 2PP", []),
        ("use TR4 9HS for the park and ride, not the college postcode", []),
        ("Pitch 4, Pannier Market, Market Street, Truro TR1 2QX - we sell on Fridays", []),
        ("who lives at 1600 Pennsylvania Ave?", []),
    ],
)
def test_addresses_probe_204(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probe 204 again, in our own sentences: a house named with no number and no
# house's word just after "ours is", "chez nous", "with us at", a sleepover at one's own,
# "our home ... -", "I'm at" with "that's us" after, "at home," with a postcode; not a shop
# one is at, nor a town with "ours is" before a venue.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ours is Ty Gwyn, Llangadog - the satnav gets it wrong", ["Ty Gwyn, Llangadog"]),
        ("chez nous is Bellevue, Torre Road, come round later", ["Bellevue, Torre Road"]),
        (
            "the cat's safe with us at Rosemullion, Quay Hill, Polruan",
            ["Rosemullion, Quay Hill, Polruan"],
        ),
        (
            "party at mine friday!! Lower Tregenna Farm, Grampound",
            ["Lower Tregenna Farm, Grampound"],
        ),
        (
            "it's our home all winter - The Shippon, Higher Town, Morwenstow",
            ["The Shippon, Higher Town, Morwenstow"],
        ),
        ("lift please, im at Chy Cober, Gwithian, thats us by the dunes", ["Chy Cober, Gwithian"]),
        (
            "send it to Mr Teague at home, Trevose, St Merryn, PL28 8PR",
            ["Trevose, St Merryn, PL28 8PR", "Mr Teague"],
        ),
        ("im at Tesco, Truro, anyone want anything", []),
        ("im at Costa, Redruth, its the one by the station", []),
    ],
)
def test_a_house_named_after_ones_own(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 202 (the fortieth session), in our own sentences: Polish first names in the
# dative, the genitive of -ek, a call and "a" for "and"; names the list lacked; someone
# asked for at a desk; someone on or back from leave, even by a word-name. Not Polish words
# in small letters, a footballer, a month off sick, nor a machine.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("dzięki Marcinowi za notatki, a Magdzie za kawę", ["Marcinowi", "Magdzie"]),
        ("idziemy do Tomka w sobotę, powiedz Piotrkowi", ["Tomka", "Piotrkowi"]),
        ("Kasiu, masz klucze? Oddaj je Kubie, proszę", ["Kasiu", "Kubie"]),
        ("szukam go od rana, może jest w bibliotece", []),
        ("Kirandeep and Jubair both passed the first aid course", ["Kirandeep", "Jubair"]),
        ("if you're stuck, ask for Hope on reception", ["Hope"]),
        ("Dawn's back from maternity leave next week", ["Dawn"]),
        ("Will is off sick so the lesson is cancelled", ["Will"]),
        ("Josh Brownhill scored a screamer on Saturday", []),
        ("May is off sick every year with hay fever", []),
        ("the printer is off sick again lol", []),
    ],
)
def test_names_probe_202(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probes 204 and 209 (the fortieth session), in our own sentences: the way to a
# home in words, with a driver, a guest or whose it is said; a houseboat's berth or
# mooring; a viaduct's flats; a district born and bred in, after a lad, at a sentence's
# start. Not the way to a house for sale, a way beside an address already given, a
# district's pride, nor listings: an opening's hours and what to bring, a price for
# students, a showcase, a freshers' pop-up, a job's pay, a let's hot tub, a B&B's nights,
# a run of days with free entry, the Beatles' rooftop.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "for the taxi: second house on the right past the chapel in Lanchester",
            ["second house on the right past the chapel in Lanchester"],
        ),
        (
            "its the cottage opposite the Spar in Alnmouth, red door, just knock",
            ["the cottage opposite the Spar in Alnmouth"],
        ),
        (
            "sleepover at mine, first left after the garage in Belford",
            ["first left after the garage in Belford"],
        ),
        ("the house opposite the school in Hull is up for sale", []),
        (
            "Party at 19 Cecil Rd, Easton, the house with the lights, BYOB",
            ["19 Cecil Rd, Easton"],
        ),
        (
            "we live on the boat now, mooring 3, Stanley Dock, Liverpool",
            ["mooring 3, Stanley Dock, Liverpool"],
        ),
        ("our flat is freezing, 17 Union Viaduct, AB11 6BD", ["17 Union Viaduct, AB11 6BD"]),
        ("ls9 born and bred, anyone else on the bricklaying course?", ["ls9"]),
        ("Hexham lass, NE46, if anyone wants to car share", ["NE46"]),
        ("who's near Byker? NE6 here", ["NE6"]),
        ("NE6 represent, best part of the toon", []),
        ("Mon-Fri 9-5, 12 Bristo Square, Edinburgh EH8 9AL. Bring your matric card", []),
        ("40 Queen Street, Hull HU1 1UU. 7pm. £6 students. Dance showcase", []),
        ("Union St, Aberdeen AB11 6BA, Saturday 12-4. Freshers pop-up, free pizza", []),
        ("Job: kitchen porter, £11.44/hr, 9 High St, Belfast BT1 2AB, CVs by email", []),
        ("Low Barn, Kelso TD5 8AB. Sleeps 6, hot tub, £540 a week", []),
        ("B&B for the trip: 2 Marine Parade, Whitby YO21 3PR, 2 nights, check in after 3", []),
        ("Abbey Road, Melrose TD6 9LG. 3-5 July. Students free with ID", []),
        ("3 Savile Row, where the Beatles played their last gig", []),
    ],
)
def test_addresses_probes_204_and_209(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Names probe 207 (the fortieth session), in our own sentences: someone rung or texted at a
# desk, someone at a desk of a campus, a tutor who brings his dog, nicknames, someone
# asked after ("if Will is in today"), someone in a year group; public figures and a
# medal; a mother with her puppies is the dog.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ring Hope at student services about the bursary", ["Hope"]),
        ("Faith on reception at Telford is a legend", ["Faith"]),
        ("Our tutor Declan brought his dog Luna in", ["Declan"]),
        ("tell Tommo and Dazza the minibus goes at 8", ["Tommo", "Dazza"]),
        ("does anyone know if Mark is in today?", ["Mark"]),
        ("Hope from Year 2 left her coat in B12", ["Hope"]),
        ("Sylvester Stallone still does his own stunts", []),
        ("we saw a Victoria Cross at the Gurkha Museum", []),
        ("Our Luna had her puppies last night!", []),
    ],
)
def test_names_probe_207(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# The review of the fortieth session, in its own sentences: what the day's rules must not
# take (a favourite asked for, a firm's or a pub's or a park's, a team's home game, a night
# out, a place's own postcode, levels and rooms and motorways, a house to rent or visit, a
# way to a college, codes with a cue of another kind, a round number, a title) and must not
# hide (a family's gathering at home, a private sale, a student named Mary Rose, Polish
# names in small letters in an English post, a Polish genitive).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Best chippy on the coast? Mine is Hartley's, Whitby. Fight me", []),
        ("Come and volunteer with us at Oxfam Books, Jesmond every Saturday", []),
        ("pres at mine first. Then Pryzm, Kingston", []),
        ("Our home game this Saturday - Oakwell, Barnsley, get there early", []),
        ("I'm at The Grapes, Lydgate, it's the one with the beer garden", []),
        ("Open day this Saturday! We're LS1 3HE, free parking on site", []),
        ("I'm E3 now, moving up to L1 next year", []),
        ("Just moved to L3 Business and it's so much harder", []),
        ("W1 here we come! Oxford Street trip", []),
        ("M1 here, stuck in traffic near junction 25", []),
        ("we're renting a cottage with a hot tub in Keswick for the weekend", []),
        (
            "Taxi drivers: first left after the Asda in Longbenton, the college is signposted",
            [],
        ),
        ("The Dean is off sick so the awards evening is postponed", []),
        (
            "Housewarming Sat 8pm, 27 Victoria Road, Leeds LS6 1DE, bring a bottle",
            ["27 Victoria Road, Leeds LS6 1DE"],
        ),
        (
            "Selling my dress, 20% discount if you collect from 4 Hazel Close, Barnsley S70 2AB",
            ["4 Hazel Close, Barnsley S70 2AB"],
        ),
        ("Mary Rose Hughes in 12C has left her purse", ["Mary Rose Hughes"]),
        ("shoutout to siobhan for sorting the Kraków-Wrocław tickets", ["siobhan"]),
        ("Życzymy wszystkiego najlepszego dla Patryka z 2B, sto lat!", ["Patryka"]),
        (
            "the flat above the Greggs in Redcar, that's mine, knock loud",
            ["the flat above the Greggs in Redcar"],
        ),
    ],
)
def test_the_fortieth_reviews_findings(text: str, found: list[str]) -> None:
    assert _matches(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Order #M2604815 still hasn't arrived",
        "Part number M2504815 for the lathe",
        "my student ID is 12000 points on the reading challenge lol",
    ],
)
def test_codes_of_a_students_shape_need_a_students_cue(text: str) -> None:
    assert _matches(text, "\\M9999999\\K") == []


# The second review of the fortieth session, in its own sentences: homes and districts the
# first fixes must not hide, and names and houses they must not read.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we're M14 5RT, does our college run a bus from there?", ["M14 5RT"]),
        (
            "can the minibus pick up from farms? ours is Penlan Fach, Llanrhystud",
            ["Penlan Fach, Llanrhystud"],
        ),
        ("sleepover at mine sat!! Higher Trenoweth Farm, Mabe", ["Higher Trenoweth Farm, Mabe"]),
        ("we're at The Willows, Coton, thats ours", ["The Willows, Coton"]),
        (
            "we live in the house next to the Costa in Ashby, mum can drop off at college",
            ["the house next to the Costa in Ashby"],
        ),
        ("just moved to M14 with my boyfriend", ["M14"]),
        ("Jack from Year 12 keeps messaging my daughter", ["Jack"]),
        ("anyone know if Will's in today?", ["Will"]),
        ("Summer in Year 11 was the hardest time of my life", []),
        ("Hope in Year 13 you get a free period on Fridays", []),
        ("Rob a bank at this point, rent is mental", []),
        ("Macca's run anyone? starving", []),
        ("Luna loves her cat tree more than she loves me", []),
        (
            "Wake Foundation charity gig Sat 7pm, 9 Bold Street, Liverpool L1 4DN, £5 on the door",
            [],
        ),
    ],
)
def test_the_fortieth_second_reviews_findings(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Addresses probes 204 and 209 again, in our own sentences: a caravan's number "at" its
# site, a farm named after a grandparent's; not a lodge one stayed in on holiday.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "living in caravan 9 at Trevella Park, Crantock since June",
            ["caravan 9 at Trevella Park, Crantock"],
        ),
        (
            "staying in the annexe at my nans, Rose Farm, Thirsk YO7 2AB",
            ["Rose Farm, Thirsk YO7 2AB"],
        ),
        (
            "we're the farm up past the cattle grid, Bryn Farm, Tregaron, SY25 6AB",
            ["Bryn Farm, Tregaron, SY25 6AB"],
        ),
        ("the lodge 4 at Center Parcs, Sherwood was ace", []),
    ],
)
def test_a_caravan_at_its_site_and_a_farm_named_after_whose(text: str, found: list[str]) -> None:
    assert _matches(text) == found


# Round 40's read half (the forty-first session), in our own sentences: a first name
# English uses as a word, greeted or signing off before a phone number; a house's name on
# a Kent green; a room in a student house; a sort code run together, a space before its
# account; and what these cues must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hi Ben, it's Mrs Kaur from the office", ["Ben", "Mrs Kaur"]),
        ("Morning Dev! the printer is jammed again", ["Dev"]),
        ("hiya Grace, are you in tomorrow?", ["Grace"]),
        ("lift leaves at 8. Charlotte 07700 900812", ["Charlotte", "07700 900812"]),
        ("if you need a lift ring Will on 07700 900655", ["Will", "07700 900655"]),
        ("Hello Summer! the sun is finally out", []),
        ("Hey Siri, set a timer", []),
        ("Hi all, the Rose 07700 900123 is the florist", ["07700 900123"]),
        (
            "Rose Cottage, The Forstal, Boughton ME13 9AA, keep going past the oast",
            ["Rose Cottage, The Forstal, Boughton ME13 9AA"],
        ),
        (
            "room free in our student house, 3 Oxford Mews, Canterbury CT2 7AB, £400 pcm",
            ["3 Oxford Mews, Canterbury CT2 7AB"],
        ),
        ("2 bed flat to let, 3 Oxford Mews, Canterbury CT2 7AB, £800 pcm", []),
        (
            "can my loan go to 401276 22049183 please, it's my dad's account",
            ["401276", "22049183"],
        ),
        ("Bank raffle tonight, tickets 204518 31092288", []),
        ("Kelly Tolhurst was on the news about Medway again", []),
        ("we met Chris Hollins on the Harbour Arm", []),
    ],
)
def test_round_40s_read_half(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# A format's own letters swapped by mistake (round 40's brief: "K2601877M" for
# \M9999999\K; two letters first reversed, "CA26-4815T" for \A\C99-9999A), a check letter
# after a slash or a dot, and an I typed for a one; not a code with other letters, nor a
# word after a plain space read as the check letter.
@pytest.mark.parametrize(
    ("text", "fmt", "found"),
    [
        ("my student number came out as K2507314M", "\\M9999999\\K", ["K2507314M"]),
        ("tracking ref K2507314M for the parcel", "\\M9999999\\K", []),
        ("Flight CA12-3456B to Dublin is delayed", "\\A\\C99-9999A", []),
        ("my number is CA25-3310P", "\\A\\C99-9999A", ["CA25-3310P"]),
        ("its AC/25/3310/P", "\\A\\C99-9999A", ["AC/25/3310/P"]),
        ("ac.25.3310.p on my lanyard", "\\A\\C99-9999A", ["ac.25.3310.p"]),
        ("AC25-33I0P is me", "\\A\\C99-9999A", ["AC25-33I0P"]),
        ("my number AC25 3310 I think", "\\A\\C99-9999A", ["AC25 3310"]),
        ("order K2507314M has shipped", "\\M9999999\\K", []),
        ("part KM2507314 is out of stock", "\\M9999999\\K", []),
    ],
)
def test_a_formats_letters_swapped_and_its_check_letter(
    text: str, fmt: str, found: list[str]
) -> None:
    assert _matches(text, fmt) == found


# Names probe 213 (the forty-first session), in our own sentences: a Welsh first name
# mutated after the word that mutates it, whose kin in Welsh, "Mae" as Welsh "is", a
# surname alone asked about with a pronoun after, a list of word-names before their class,
# chat's "n" between two names, the Midlands' "me duck"; and Welsh and Punjabi words,
# house names and chapels, shops and set-text characters that are no one.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ges i lifft gan Feredith bore 'ma achos bod y bws yn hwyr", []),
        ("Ges i lifft gan Feirion bore 'ma achos bod y bws yn hwyr", ["Feirion"]),
        ("Dw i'n mynd i Gaerdydd efo Ddafydd a Chatrin dydd Sadwrn", ["Ddafydd", "Chatrin"]),
        ("Mam Gwenllian yn dweud diolch i bawb am y cardiau", ["Gwenllian"]),
        ("Mae Siân yn hapus iawn heddiw", ["Siân"]),
        ("Mae Mai yn fis prysur iawn", []),
        ("Mae West was a film star in the thirties", ["Mae West"]),
        ("ask Hughes, he's got the minibus keys", ["Hughes"]),
        ("tell Nowak she's on the rota", ["Nowak"]),
        ("ask Brown, he's got it", []),
        ("Sharma said the mock is in the sports hall", ["Sharma"]),
        ("Ofsted said the college is good", []),
        ("Jack, Summer and Rose from Level 3 Childcare ran the stall", ["Jack", "Summer", "Rose"]),
        ("Poppy, Lily and Rose are my favourite flowers", []),
        ("Ey up me duck, Shazza and Tez are getting married", ["Shazza", "Tez"]),
        ("our new duck, Waddles is lovely", []),
        ("Siân, wyt ti'n dod efo Gethin i'r ffair yfory?", ["Siân", "Gethin"]),
        ("Harjit got a distinction, Waheguru mehar kare", ["Harjit"]),
        ("she lives up by the Arnold Tesco", []),
        ("Bryn Seion, Ffordd yr Orsaf, Trefor. 2pm dydd Sul, croeso i bawb", []),
        ("why did Friar Laurence think that plan would work", []),
        ("Mr Birling is so like my old boss", []),
        ("Pen y Bryn. come round the back, the door sticks", []),
        ("Bryn Jones passed his exams", ["Bryn Jones"]),
        ("open evening on Thursday, Grace Hall doors open 5pm", []),
        ("Grace Hall passed her driving test", ["Grace Hall"]),
    ],
)
def test_names_probe_213s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 215 (the forty-first session), in our own sentences: districts said as
# where someone lives in other ways, a Welsh house and its village with whose it is after,
# a house that was a chapel, a Welsh street's hyphens and two houses' numbers, a postcode
# run together for a map, a farm past its village, a certificate posted home; and a
# faith's or a food bank's address, a famous person's birthplace, a lift to a mountain.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("she's LE5 way, the 48 goes past hers", ["LE5"]),
        ("all the CV6 lot are getting the minibus at 8", ["CV6"]),
        ("from NG9, level 2 plumbing, anyone on the 18?", ["NG9"]),
        ("my nan's DY4, she'll have the dog this weekend", ["DY4"]),
        ("he lives WV10 near the big Asda", ["WV10"]),
        ("Gran's house is WS3 so drop me there", ["WS3"]),
        ("from B1, turn left at the lights", []),
        ("Tan y Bryn, Llanrug. Nain's. Drop the books off there", ["Tan y Bryn, Llanrug"]),
        ("Llety'r Gog, Cerrigydrudion. mam'll have the tea on", ["Llety'r Gog, Cerrigydrudion"]),
        ("Hen Ysgol, Llanfihangel. yes we live in the old school", ["Hen Ysgol, Llanfihangel"]),
        ("Pen y Fan, Brecon. We climbed it, lift there at 8", []),
        (
            "card for him: The Old Chapel House, Bridge Street, Builth Wells LD2 3AA",
            ["The Old Chapel House, Bridge Street, Builth Wells LD2 3AA"],
        ),
        ("drop the bag at yours, 7 Pen-y-Lan Rd, Roath?", ["7 Pen-y-Lan Rd, Roath"]),
        ("we're 2-4 Maes y Dre, Bala, the two knocked through", ["2-4 Maes y Dre, Bala"]),
        ("its sa14bb if ur using google maps", ["sa14bb"]),
        ("Open day Saturday, its sa14bb if youre using a satnav", []),
        (
            "Lives at Tynllwyn Farm, past Llanrhaeadr, ring first",
            ["Tynllwyn Farm, past Llanrhaeadr"],
        ),
        (
            "please post Cai's certificate home to Ffridd Fawr, Dinas, Machynlleth SY20 9AB",
            ["Cai", "Ffridd Fawr, Dinas, Machynlleth SY20 9AB"],
        ),
        ("Langar every Sunday from 12, 10 Soho Road, Birmingham B21 9AB. Everyone welcome", []),
        ("Jummah 1.15pm, 4 Mill Street, Leicester LE2 1AB", []),
        ("Food bank every Tues, 6 Church St, Wellington TF1 1AB", []),
        ("we visited 5 Cwmdonkin Drive where Dylan Thomas grew up", []),
        ("went past 12 Elm Road where Mum grew up", ["12 Elm Road"]),
    ],
)
def test_addresses_probe_215s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 218 (the forty-first session), in our own sentences: an Irish or a Scottish
# Gaelic first name called to or after a preposition, lenited; a Polish name told or asked
# in its case; surnames alone in a school's chat; names in small letters spoken to at a
# post's start; a Filipino elder's title; short forms; and words, a mononym and a
# presenter that are no one.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Go raibh maith agat a Shinéad, bhí an rang go maith inniu", ["Shinéad"]),
        ("Tá an leabhar agam, tabhair do Phádraig é", ["Phádraig"]),
        ("Go raibh maith agat a Pheadair, bhí an rang go maith inniu", ["Pheadair"]),
        ("I sent a Thomas the Tank engine to a Shannon fan", []),
        ("powiedz Pawłowi że będziemy o 3", ["Pawłowi"]),
        ("Doherty's late again, the bus broke down", ["Doherty"]),
        ("the plan changed, McGregor said the bus is late", ["McGregor"]),
        ("tell O'Neill the bay is locked", ["O'Neill"]),
        ("ask Tesco for a bag", []),
        ("grace ur so funny in drama", ["grace"]),
        ("dawn can u save me a seat in maths", ["dawn"]),
        ("hope ur ok after yesterday", []),
        ("love ur hair today", []),
        ("will u come to the party", []),
        ("Thank you Ate Joy for the pancit", ["Joy"]),
        ("Mags from the library found my USB stick", ["Mags"]),
        ("Malala, Marcus Rashford and Nelson Mandela were on the display", []),
        ("Tha mi a' dol dhan chlas a-màireach", []),
    ],
)
def test_names_probe_218s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 220 (the forty-first session), in our own sentences: a house named with
# no house word and its village, whose said just after or before; districts said in other
# ways; the way to a home for a lift, a taxi or a party, its village after a comma; and a
# takeaway's, a private view's, a stall's and a day's hour that are no home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Greystones, Dent - our Kelly's. Sleepover from 7", ["Greystones, Dent", "Kelly"]),
        ("Hazelbank, Ettrick - me nan's place, no signal", ["Hazelbank, Ettrick"]),
        ("Netherby, Gilsland. That's us, the one with the swing", ["Netherby, Gilsland"]),
        ("me mam's is Fellside, Bentham if anyone's dropping the cakes", ["Fellside, Bentham"]),
        ("Lower Farm, Marden - that's my gran's favourite farm shop", []),
        ("he's a BD9 lad through and through", ["BD9"]),
        ("moved up HG4 way in August", ["HG4"]),
        ("our end of DL3 the bins are never emptied", ["DL3"]),
        ("born and raised NE25, proud of it", ["NE25"]),
        ("I got a B2 lad in my Spanish class", []),
        ("BS5 massive at the carnival", []),
        (
            "can someone give our Kayleigh a lift back? third bungalow past the chapel in Cowling",
            ["Kayleigh", "third bungalow past the chapel in Cowling"],
        ),
        (
            "If the taxi can't find it: last house on the lonnen before the river, Gilsland",
            ["last house on the lonnen before the river, Gilsland"],
        ),
        ("Party at the pub past the church in Hawes, tickets £5", []),
        ("Fish supper £8.50, 4 Shore Street, Anstruther KY10 3AB, open till 9", []),
        ("Tues & Fri 10-4, 5 Bridge Street, Berwick TD15 1AB, uniforms £2 each", []),
        ("Sat from 11, The Green, Caldbeck. Fell race and hound trail", []),
    ],
)
def test_addresses_probe_220s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 223 and addresses probe 225 (the forty-first session), in our own sentences:
# a Lithuanian name told or in the genitive, a Turkish surname asked, a word-name before
# an award only a person wins, a first name in small letters from a level, Romanian
# "given" and "the key" no name; a stall's, a job's, a gig's, a prayer's, a class's and a
# fun run's addresses no home, a district left "but", a named house "to mine -".
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pasakyk Jonui kad pamoka moved to G3", ["Jonui"]),
        ("ask Demir if the tour is still on", ["Demir"]),
        ("Precious won student of the month!!!", ["Precious"]),
        ("Chelsea won the league again", []),
        ("mark from level 3 is here for the keys", ["mark"]),
        ("i-am dat cheia de la locker", []),
        ("Sat 14th 10am-3pm, 12 Ridley Rd, E8 2AB. Vintage and vegan bakes. Card & cash", []),
        ("We're hiring! Part-time barista. Apply in person at 7 Market Hill, Sudbury CO10 2AB", []),
        ("SAT 22.03 | doors 10pm | 1 Sclater St E1 6AB | £12 adv | ID required", []),
        (
            "Friday prayers at 1.15pm. 54 Mile End Rd, E1 4AB. Sisters' entrance at the side",
            [],
        ),
        ("Fun run starts at 10, 3 Market St, Omagh, registration from 9", []),
        ("from IG3 but moved out to Chelmsford last year", ["IG3"]),
        (
            "cab booked from college to mine - Orchard End, Church Lane, Foulsham",
            ["Orchard End, Church Lane, Foulsham"],
        ),
    ],
)
def test_names_probe_223_and_addresses_probe_225s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The review of the forty-first session, in its own sentences: landmarks, businesses,
# news, school years, vitamins, English names, counties, places and princes, chains and
# public figures, pubs and holiday lets, favourites, ages, trips, grounds, sizes, and
# strong insults "loved" that the day's rules must not read; and people, homes and a
# number the first version of those rules lost.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pen y Fan, Brecon. Dad's idea, never again", []),
        ("Cefn Sidan, Pembrey, we live 10 mins away so we go all the time", []),
        ("Lift to the vets? It's the white house past the church, Hawes", []),
        ("There's a new Lidl opening up LS9 way", []),
        ("From SA1, get the 4 bus to campus", []),
        ("Well done to an S4 girl who won the maths challenge", []),
        ("Doctor says I've got raised B12 levels", []),
        ("Samantha got us a Chelsea bun each, do go an say thanks", ["Samantha"]),
        ("Tá Kerry ag imirt inniu, go raibh maith agat", []),
        ("Dw i'n mynd i Geri efo'r ffermwyr ifanc fory", []),
        ("Gwasanaeth i Ddewi Sant yn y neuadd bore 'ma, croeso i bawb", []),
        ("McDonald's not open till 6 on Sunday", []),
        ("Patel said the new rules are coming in April", []),
        ("The Black Bull, Reeth. That's us!", []),
        ("Best chippy on the coast? My dad's is Colmans, South Shields.", []),
        ("Ages 11-16 Heol y Coleg, Caerfyrddin sessions start Monday", []),
        ("Address for the trip: Hill Top, Near Sawrey", []),
        ("Match is at Elland Road, its ls110es for the satnav", []),
        ("Prom dresses, sizes: Ruby 8 10 12 14 16, Amber 10 12 14", []),
        ("Diolch i'r Tad Brendan am yr offeren heddiw", []),
        ("sonny can u grab my bag", []),
        ("Mae Gwen yn dod i'r parti heno", ["Gwen"]),
        ("Well done Bryn Gwyn Jones on your distinction", ["Bryn Gwyn Jones"]),
        ("Well done Omar Salem, top of the class", ["Omar Salem"]),
        (
            "Dog walker needed every Tues 10am, 3 Elm Close, Hull HU5 2PL",
            ["3 Elm Close, Hull HU5 2PL"],
        ),
        ("Come round Sat at 14 Church Lane, Ripon", ["14 Church Lane, Ripon"]),
        ("Drove past 14 Beech Road, Leeds where Jade grew up", ["14 Beech Road, Leeds"]),
        ("Hen Ysgol, Llanfihangel. yes we live in the old school", ["Hen Ysgol, Llanfihangel"]),
    ],
)
def test_the_forty_first_reviews_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The second review of the forty-first session, in its own sentences: swapped student
# numbers with another kind's cue, a goad after a hazard, landmarks and shops with a
# relative after them, a lost cat's and a private sale's homes, answers to a question,
# love sent home, directions to a cafe, codes and teams read as districts, public
# figures and chains read as surnames, helplines, a show's first place, "Ate" as eating;
# and what the fixes keep.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pen y Fan, Brecon. Dad's got the walking boots ready", []),
        ("Glan Llyn, Bala. we live just down the road", []),
        ("Hillsborough, Sheffield - that's home, come on Wednesday", []),
        ("Fenwick, Newcastle - me nan's!", []),
        (
            "Lost cat from 14 Rose Street, Wigan, 7pm last night, £50.00 reward",
            ["14 Rose Street, Wigan"],
        ),
        ("Where's your local? my dad's is Red Lion, Ashby", []),
        ("Sending love home to Belfast, Antrim BT1 1AA", ["BT1 1AA"]),
        ("Coach driver says the cafe is the white cottage after the bridge, Hawes.", []),
        ("I'm a CR7 lad, Messi is overrated", []),
        ("the BA2 lot are in the studio", []),
        ("Our end of LS11 is gridlocked with match traffic", []),
        ("Johnson said he'd get Brexit done", []),
        ("McDonald's late night menu is back", []),
        ("ask Macmillan, they were brilliant with my nan", []),
        ("Need to talk? Call Hope 0800 068 4141, they listen", []),
        ("Ruby won first place, Sapphire second, Emerald third", []),
        ("Ate Percy Pigs all day and now I feel sick", []),
        ("Tá Shannon Airport dúnta inniu, go raibh maith agat", []),
        ("Ges i lifft i Garmel bore 'ma achos bod y bws yn hwyr", []),
        ("its ls110es for the sat nav, park at the ground", []),
        ("Well done Mae Thomas a brilliant result in her exams", ["Mae Thomas"]),
        ("Mae Haf yn dathlu ei phen-blwydd heddiw", ["Haf"]),
        ("Tan y Graig, Nantlle. Dad's. Drop the tools off there", ["Tan y Graig, Nantlle"]),
        ("Hollins, Bentham. That's us, the one with the swing", ["Hollins, Bentham"]),
    ],
)
def test_the_forty_first_second_reviews_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("tracking ref K2507314M for the parcel", "\\M9999999\\K"),
        ("Screwfix part K2507314M is out of stock", "\\M9999999\\K"),
        ("Flight CA12-3456B to Dublin is delayed", "\\A\\C99-9999A"),
    ],
)
def test_a_swapped_format_needs_a_students_cue(text: str, fmt: str) -> None:
    assert _matches(text, fmt) == []


# Round 42's brief (the forty-second session): a format whose check digit follows its
# own mark (\T\X999999-9, "TX260481-7"), written as people write it: apart, with slashes
# or dots, the check digit left off, the digits alone after a cue, the last four and the
# check digit, a character at a time, the letters swapped after a cue; and codes, orders,
# fines and references of the same digits that are no one's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my student number is TX250317-4", ["TX250317-4"]),
        ("its tx250317-4 thats me", ["tx250317-4"]),
        ("student number TX 25 0317-4", ["TX 25 0317-4"]),
        ("my number is TX 250317 4", ["TX 250317 4"]),
        ("TX/250317/4 on my lanyard", ["TX/250317/4"]),
        ("id tx.250317.4", ["tx.250317.4"]),
        ("my student number is TX250317", ["TX250317"]),
        ("student no 250317-4", ["250317-4"]),
        ("my student number is 0317-4", ["0317-4"]),
        ("the one ending 317-4", ["317-4"]),
        ("student number: T X 2 5 0 3 1 7 - 4", ["T X 2 5 0 3 1 7 - 4"]),
        ("student number XT250317-4", ["XT250317-4"]),
        ("course code TX25 starts monday", []),
        ("my order number is 250317-4", []),
        ("booking ref MNK250317 for the ferry", []),
        ("PCN 2503174 parking fine", []),
        ("room 0317-4 is locked", []),
        ("we won 12-4 on saturday", []),
    ],
)
def test_round_42s_brief_a_check_digit_after_its_mark(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\X999999-9") == found


# Round 41's read half (the forty-second session), in our own sentences: a number spelled
# a character at a time and said to be mine after it, someone's old number, swapped
# letters beside the number written right, a northern street kind with a relative at it
# and its town or with someone in its town now, a surname before a farm, a placement's
# form; and a Leeds singer and band, a food bank, a number with no one's cue.
@pytest.mark.parametrize(
    ("text", "fmt", "found"),
    [
        (
            "A C 2 5 3 3 1 0 P is my number, my keyboard broke",
            "\\A\\C99-9999A",
            ["A C 2 5 3 3 1 0 P"],
        ),
        ("A C 2 5 3 3 1 0 P", "\\A\\C99-9999A", []),
        ("her old number from 2022 was 223310P", "\\A\\C99-9999A", ["223310P"]),
        ("the old price from 2022 was 223310P", "\\A\\C99-9999A", []),
        (
            "sir i wrote CA25-3310P on the form by mistake, its AC25-3310P",
            "\\A\\C99-9999A",
            ["CA25-3310P", "AC25-3310P"],
        ),
        ("sir i wrote CA25-3310P on the form by mistake", "\\A\\C99-9999A", []),
    ],
)
def test_round_41s_read_half_numbers(text: str, fmt: str, found: list[str]) -> None:
    assert sorted(_matches(text, fmt)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("so proud, his gran at 9 Moor Garth, Ossett was in tears", ["9 Moor Garth, Ossett"]),
        ("She's in Batley now, 21 Carr Brow, still late every day", ["21 Carr Brow"]),
        ("her mum at 3 Food Bank, Leeds on saturdays", []),
        ("we did 21 Carr Brow laps this week", []),
        (
            "Lily Greenwood, Moor End Farm, Cragg Lane, Hebden Bridge HX7 5TT",
            ["Lily Greenwood", "Moor End Farm, Cragg Lane, Hebden Bridge HX7 5TT"],
        ),
        (
            "For the placement form: Lily Haigh, 12 Cragg Lane, Hebden Bridge HX7 5TT",
            ["Lily Haigh", "12 Cragg Lane, Hebden Bridge HX7 5TT"],
        ),
        (
            "Fairways, 18 Links Drive, Ilkley LS29 8AA",
            ["Fairways, 18 Links Drive, Ilkley LS29 8AA"],
        ),
        ("Corinne Bailey Rae played Leeds Arena last night", []),
        ("Kaiser Chiefs are doing the Leeds gig", []),
    ],
)
def test_round_41s_read_half_homes_and_names(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 228 (the forty-second session), in our own sentences: an elder's word after a
# name no list holds, an initial and such a name after congratulations, surnames alone on
# duty or off all week and two of them late, a title before a surname English has as a
# word where a person is plainly meant; and Sikh gurus, a poet and a cricketer, a
# character by its book, a temple's blessed food, street kinds, and titles of things.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vithu akka sorted my UCAS form last night", ["Vithu"]),
        ("the canteen akka gave me extra rice", []),
        ("Congratulations to R. Kajanthan on his distinction", ["R. Kajanthan"]),
        ("Grewal's on duty at the gate so bring your lanyard", ["Grewal"]),
        ("Stanekzai is off all week, maths is with cover", ["Stanekzai"]),
        ("Pereira and D'Souza both late again, not covering", ["Pereira", "D'Souza"]),
        ("Mr Fuller has run the woodwork class since 1990", ["Mr Fuller"]),
        ("my nan Miss Primrose came to the awards", ["Miss Primrose"]),
        ("Mr Whippy is outside the gates", []),
        ("Miss World was on telly last night", []),
        ("Guru Gobind Singh founded the Khalsa", []),
        ("a Mihai Eminescu evening at the library", []),
        ("Guru Tegh Bahadur's martyrdom is remembered today", []),
        ("Aslan from Narnia is the best lion", []),
        ("Lucy passed her exams, we watched Narnia after", ["Lucy"]),
        ("all welcome at the mandir, prasad after", []),
        ("Vodafone is off all week apparently", []),
        ("McDonald's late night menu is back", []),
    ],
)
def test_names_probe_228s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 230 (the forty-second session), in our own sentences: "i live" without
# "at", a flat above a shop, living round the back, "that's ours" after the way there, two
# houses' numbers, The Broadway, a farm where the lift must come, a district said at a
# post's start or born and raised; and a mela's, a sweet shop's, a banqueting hall's and a
# market pitch's addresses, a temple said to be one.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("i live 22a park rd above the chippy, just knock", ["22a park rd"]),
        (
            "dad's shop is 90 King St but we live round the back, 4 Elm Rd, Acton",
            ["4 Elm Rd, Acton"],
        ),
        (
            "past the gurdwara, 3rd right, red door, that's ours, 41 Oak Road",
            ["41 Oak Road"],
        ),
        (
            "post it to me, I'm at 20-22 Northway, Hayes UB3 1AA now",
            ["20-22 Northway, Hayes UB3 1AA"],
        ),
        ("we're at flat C 9 The Broadway, ring the bell", ["flat C 9 The Broadway"]),
        (
            "Nether Farm, Hebden Bridge is where the taxi needs to come",
            ["Nether Farm, Hebden Bridge"],
        ),
        ("UB2 side, anyone driving back after the late class?", ["UB2"]),
        ("I'm Southall, UB1 born and raised", ["UB1"]),
        ("Diwali mela Sunday, 12 Park Road, Harrow HA1 2AA, free entry, stalls from 12", []),
        ("Fresh jalebi every morning, 9 The Broadway, Southall UB1 1AA, orders welcome", []),
        ("300 guests, valet parking, 4 West Road, Southall UB2 5AA, book your mehndi now", []),
        ("Sat 7am, pitch 3, Southall Market, High Street UB1 3AA, fresh veg", []),
        ("walk to mine first, 27 Hill Road is the mandir, we're opposite", []),
    ],
)
def test_addresses_probe_230s_homes_and_venues(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# What the day's first mends must keep (the snapshot of every bench text before and after):
# a pet called by a title, a chain's student discount on The Broadway.
@pytest.mark.parametrize(
    "text",
    [
        "our cat Mr Whiskers has better attendance than my son",
        "Our library dog, Mr Biscuit, has been adopted by the security team",
        "Greggs at 12 The Broadway Ealing gives 10% with student ID",
    ],
)
def test_a_pet_and_a_discount_are_no_one(text: str) -> None:
    assert _matches(text) == []


# Names probe 233 and addresses probe 235 (the forty-second session), in our own sentences:
# a surname alone covering a class, wanting forms back or told something; Gujarati and
# Polish surnames; a film's heroes; a house's number in words; a farm "is us"; whose home
# said after without an apostrophe; a fair's, a church's, a tip's listings; a postcode's
# format; and what the fixes keep.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Solanki's covering 3B, Rathod wants the forms back by Monday", ["Solanki", "Rathod"]),
        ("can someone tell Makwana the visit moved", ["Makwana"]),
        ("tell Tesco the order is wrong", []),
        ("Han Solo costume won the World Book Day prize", []),
        (
            "drop it round, number thirty one Hollybush Lane, Stoke Aldermoor, mum's in",
            ["number thirty one Hollybush Lane, Stoke Aldermoor"],
        ),
        (
            "its forty two Ashby Road, Loughborough, the blue door",
            ["forty two Ashby Road, Loughborough"],
        ),
        ("we walked two Long Lanes today", []),
        (
            "Low Farm, Sots Hole, Metheringham is us, beep twice",
            ["Low Farm, Sots Hole, Metheringham"],
        ),
        ("The Red Lion, Main Street, Louth is us tonight", ["The Red Lion, Main Street, Louth"]),
        (
            "taxi from the station to 8 Vernon Street, Lincoln LN5 7AA, thats my nans",
            ["8 Vernon Street, Lincoln LN5 7AA"],
        ),
        ("Sat 9am-5pm, 1 Queen Street, Coventry CV1 3AA, 60 traders, street food, live music", []),
        ("Sunday 10.30am, 2 Church Street, Rugby CV21 3AA, toddler corner and tea after", []),
        ("Drop offs Mon-Sat, 78 High Street, Spalding PE11 1AA, no electricals please", []),
        ("In the postcode box use the format LN21 1XX, capitals and one space", []),
        ("postcode for the sat nav is NE6 5XX, we're the blue door", ["NE6 5XX"]),
        ("Lower Farm, Marden - that's my gran's favourite farm shop", []),
    ],
)
def test_names_probe_233_and_addresses_probe_235s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 238 and addresses probe 240 (the forty-second session), in our own
# sentences: Irish surnames alone, animals named for legends, a footballer's nickname and
# presenters by first names; a street in small letters with its district after it, with
# whose home after it, or told to a driver; and a shop's and a gig's streets.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Doyle's off sick, Fitzpatrick's covering the register", ["Doyle", "Fitzpatrick"]),
        ("we named the new llamas Cilla and Gerry", []),
        ("Stevie G statue outside Anfield when?", []),
        ("Tess and Claudia were at the Tower Ballroom", []),
        ("Lennon and McCartney wrote it in a front room", []),
        ("drop it off, its at 14 anfield st l4 me nan's", ["14 anfield st"]),
        ("at me dads, 12 borough st birkenhead ch41, bus stops outside", ["12 borough st"]),
        ("tell the driver its 9 derby st ormskirk", ["9 derby st"]),
        ("the shop at 12 bold st l1 is open late", []),
        ("meet at 3 church st m4 for the gig", []),
    ],
)
def test_names_probe_238_and_addresses_probe_240s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The second half of the forty-second session's reviews (a helper, old code beside new on
# about 640 posts of its own, then 500 more), in its own sentences: what the day's new
# rules must not take, and what they must not lose.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "I live at 8 Mill Lane, Hayes UB3 1AA, is the gym still open?",
            ["8 Mill Lane, Hayes UB3 1AA"],
        ),
        ("it's us, 14 Station Road is the salon", []),
        (
            "Carer visits every morning 8am to 14 Oak Road, Hull HU5 2AA",
            ["14 Oak Road, Hull HU5 2AA"],
        ),
        (
            "Walima Sunday 1pm, 14 Oak Road, Bradford BD3 1AA, 150 guests",
            ["14 Oak Road, Bradford BD3 1AA"],
        ),
        (
            "Family party Sat 7pm at 14 Oak Road, Hayes UB3 1AA, live music, bring a bottle",
            ["14 Oak Road, Hayes UB3 1AA"],
        ),
        (
            "come to 14 Oak Road, Hayes UB3 1AA after college, Dominos gives 10% with student ID",
            ["14 Oak Road, Hayes UB3 1AA"],
        ),
        ("its five Minutes Walk from the station", []),
        ("we're three Kings Road regulars lol", []),
        ("Ages 16-18 Welcome, Brunel Campus, Hayes UB3 1AA", []),
        ("Car boot 7-11 Sunday, Southall Park, Southall UB1 3AA", []),
        ("placement form says Kwik Fit, 200 Leeds Rd, Bradford BD1 1AA", []),
        ("CR7 side, Messi fans can cry", []),
        ("Manor Farm, Halifax is where the minibus needs to go for the trip", []),
        ("my dad at 10 Lloyds Bank, Halifax branch, he's a manager", []),
        ("my postcode is like HU5 2XX i think", ["HU5 2XX"]),
        ("Pearson wants the samples by the 15th", []),
        ("Maguire is off till March with a hamstring", []),
        ("Wilson's covering the bill tonight", []),
        ("Vanakkam akka, how are you", []),
        ("Canada masi sent us gifts", []),
        ("Dr Strange has a new film out", []),
        ("Little Miss Bossy is literally me", []),
        ("wearing my old Dr Martens today", []),
        ("Well done Y Fenni rugby club", []),
        ("Congratulations to T K Maxx for the bargains", []),
        ("ask prasad about the rota", ["prasad"]),
        ("Edmund passed his resit, we're watching Narnia after", ["Edmund"]),
        ("Yuvraj Singh has passed his level 3 plumbing", ["Yuvraj Singh"]),
        ("Chavda and Makwana are absent today", ["Chavda", "Makwana"]),
    ],
)
def test_the_forty_second_reviews_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my student number for 2023-4 still works?", []),
        ("my id from 2024/5 still works on the printers", []),
        ("ring my nan on her old number 250317", []),
        ("TX250317 is the fridge model number", []),
        ("my student number is TX250317", ["TX250317"]),
    ],
)
def test_the_forty_second_reviews_check_digit_findings(text: str, found: list[str]) -> None:
    assert _matches(text, "\\T\\X999999-9") == found


def test_a_number_plate_is_no_student_number() -> None:
    assert _matches("A C 2 5 3 3 1 0 P is my number plate lol", "\\A\\C99-9999A") == []


# What the reviews of the forty-second session found still missed, in their own sentences:
# a check digit apart by spaces round its mark, a number's end after "ends in", living
# behind or above a shop, a house number in words sent to.
@pytest.mark.parametrize(
    ("text", "fmt", "found"),
    [
        ("my student number is TX250317 - 4", "\\T\\X999999-9", ["TX250317 - 4"]),
        ("number ends in 0317-4 i think", "\\T\\X999999-9", ["0317-4"]),
        ("my phone number ends in 0317", "\\T\\X999999-9", []),
        ("we live behind the shop, 4 Elm Rd, Acton", "", ["4 Elm Rd, Acton"]),
        ("send it to twelve Mill Lane, Ossett please", "", ["twelve Mill Lane, Ossett"]),
    ],
)
def test_the_forty_second_reviews_misses(text: str, fmt: str, found: list[str]) -> None:
    assert sorted(_matches(text, fmt) if fmt else _matches(text)) == sorted(found)


# Names probe 243 and addresses probe 245 (the forty-second session's last batch), in our
# own sentences: Nepali elder words, public figures of Sussex and Surrey, an exclamation;
# a postcode given alone for a food bank, a job, a gig, a shift, a clinic, an assessor's
# visits, a class or a car park; a lift asked for from home, a family's house for lunch,
# a block and estate shortened, a kit brought to a wynd, a postcode run together sent to,
# a landlord's own room.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("got a lift with Hom dai to the mela", ["Hom"]),
        ("Dai Jones is my tutor", ["Dai Jones"]),
        ("Jesus, Mary and Joseph, the wifi is down again", []),
        ("lost my scarf in the Yvonne Arnaud foyer", []),
        ("Parabéns ao João Pedro pela nota", ["João Pedro"]),
        ("Tues & Fri 10-12, PO19 1AA, no referral needed, tins and toiletries welcome", []),
        ("Apprentice mechanic wanted, GU14 7AA, £7.55ph, apply by the 30th", []),
        ("BT7 1AA tonight, 18+, doors half 8", []),
        ("Closed Weds pm, BN2 5AA, go Thursday for jabs", []),
        (
            "Lift needed to the campus from 17 Glen Park, Ballymena BT42 2AA, can pay petrol",
            ["17 Glen Park, Ballymena BT42 2AA"],
        ),
        (
            "Lunch with the Gurung family after puja: 5 Pegasus Ave, Aldershot GU11 3AA",
            ["5 Pegasus Ave, Aldershot GU11 3AA"],
        ),
        ("I'm 14 Darwin Hse, Trafalgar Est, lift's out", ["14 Darwin Hse, Trafalgar Est"]),
        ("Can someone bring my PE kit to 8 Kirk Wynd, Kirriemuir?", ["8 Kirk Wynd, Kirriemuir"]),
        ("send it to gu111aa", ["gu111aa"]),
        (
            "Room available at 88 Elm Rd, Brighton, £560 pcm. Landlord, not an agent",
            ["88 Elm Rd, Brighton"],
        ),
        ("2 bed flat to let, 3 Oxford Mews, Canterbury CT2 7AB, £800 pcm", []),
    ],
)
def test_names_probe_243_and_addresses_probe_245s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The review of the session's last batch (a helper, old code beside new on 270 posts of
# its own), in its own sentences: what the last batch's rules must not take or lose.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Plumber wanted asap, boiler's gone, 14 Oak Road LS6 2AB, tonight 6pm",
            ["14 Oak Road LS6 2AB"],
        ),
        (
            "Maths tutor £20ph, lessons at 14 Oak Road, Leeds LS6 2AB, Sat 10am",
            ["14 Oak Road, Leeds LS6 2AB"],
        ),
        (
            "Tins and toiletries please to 14 Oak Road, Leeds LS6 2AB, she can't get out",
            ["14 Oak Road, Leeds LS6 2AB"],
        ),
        ("Lift needed to college from 5 High Street, Boots", []),
        ("Support a local family business: 5 High Street, Leeds LS1 1AA", []),
        ("take my broken laptop to 12 Queen Street, the repair shop", []),
        ("5 Phoenix Hse, Waterside Business Est", []),
        ("Wahoo dai, what a goal", []),
        ("Kulbir Thapa in 12B has the register", ["Kulbir Thapa"]),
    ],
)
def test_the_last_batchs_review_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Round 42's read half (the forty-third session), in our own sentences: a person's move
# after a place named earlier in the sentence, a named place with its villages and a
# postcode after someone lives or moved there or a showman's winter yard, a flat over a
# shop said to be someone's, a first name asked for, a surname told something, a writer
# by a title of kin and a name, a saga's characters and a ground in a list; and what each
# must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "tell college our Jago has moved to 9 Pen-y-Bryn Close, Hayle",
            ["Jago", "9 Pen-y-Bryn Close, Hayle"],
        ),
        ("the college library has moved to 9 Penwith Close, Hayle", []),
        (
            "we live at Higher Carn Yard, Gwinear TR27 5AA, post is slow",
            ["Higher Carn Yard, Gwinear TR27 5AA"],
        ),
        (
            "we've recently moved from Kent to Polgooth Barton, St Mewan, PL26 7AA",
            ["Polgooth Barton, St Mewan, PL26 7AA"],
        ),
        ("Boots has moved to Lemon Street, Truro TR1 2AA", ["TR1 2AA"]),
        (
            "our winter quarters is Kernick Yard, Penryn TR10 9AA till March",
            ["Kernick Yard, Penryn TR10 9AA"],
        ),
        (
            "above the launderette on Trelowarren Street, Camborne - that's us",
            ["above the launderette on Trelowarren Street, Camborne"],
        ),
        (
            "we live over the chippy on Market Street, Hayle",
            ["over the chippy on Market Street, Hayle"],
        ),
        ("the sale is over the bridge on Fore Street, Hayle, that's me going", []),
        ("meet over the road on Fore Street", []),
        ("forgot my login, first name Rose, surname starts with P", ["Rose"]),
        ("Tell Pengelly he left his boots in the van", ["Pengelly"]),
        ("morning all, it's Nana Bet here, is the bus running", ["Bet"]),
        ("we read Poldark in class and Demelza is brilliant", []),
        ("Ross Poldark would hate the rota", []),
        ("Muse played Home Park and Tom Elliott filmed it", ["Tom Elliott"]),
    ],
)
def test_round_42s_read_half(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Round 43's brief (the forty-third session): student numbers of \A\R9999-9999
# ("AR2026-4815") a character at a time with the format's mark between, and an S typed for
# a five; and what must stay no one's.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my student no is A R 2 0 2 5 - 1 1 7 3", ["A R 2 0 2 5 - 1 1 7 3"]),
        ("student number A R 2 0 2 5 1 1 7 3", ["A R 2 0 2 5 1 1 7 3"]),
        ("login is AR2025-117S", ["AR2025-117S"]),
        ("AR2025-1S73 is mine", ["AR2025-1S73"]),
        ("got 2025 117S on the order", []),
        ("AR2025-1S7S", []),
    ],
)
def test_round_43s_brief(text: str, found: list[str]) -> None:
    assert _matches(text, "\\A\\R9999-9999") == found


# Names probe 248 and addresses probe 250 (the forty-third session), in our own sentences:
# a list of first names before what they all did, a month's name and a surname listed
# beside a full name, thanks to a pair said "big up", a room or a place after a first
# name, a Somerset surname after a title, Romeo's friends, cricketers and festival
# farmers, a name written on a thing lost; a flat's lettered number where we are, a farm a
# lift is from or a thing is dropped at, a Welsh house and a thing dropped there, a
# street, its town and then its number, an address taken back, a parcel's right home,
# venues in brackets and with a gig after, a postcode a character at a time; and what
# each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Kyle, Tayo, Lacey-Mae and Jade have all been shortlisted for learner of the year",
            ["Kyle", "Tayo", "Lacey-Mae", "Jade"],
        ),
        ("Leeds, Bradford, Tyler and Halifax have all been relegated", []),
        ("April Nguyen and Sam Okoro-Lewis both passed", ["April Nguyen", "Sam Okoro-Lewis"]),
        ("Big up Leon and Marcia for the float", ["Leon", "Marcia"]),
        ("the Ruby Room is booked for the awards", []),
        ("Mrs Tremlett says bring a pen", ["Mrs Tremlett"]),
        ("Tybalt had it coming and Mercutio is my favourite", []),
        ("Jack Leach bowled well at Taunton", []),
        ("found a lunchbox with ISLA written on it", ["ISLA"]),
        ("found a folder with URGENT written on it", []),
    ],
)
def test_names_probe_248s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "we're at basement flat 3b Kingsdown Brow, come round",
            ["basement flat 3b Kingsdown Brow"],
        ),
        ("we're at 5 Holly Bank for the food drive", []),
        (
            "could you give me a lift from Moor End Farm, Wedmore tomorrow",
            ["Moor End Farm, Wedmore"],
        ),
        ("can you pick me up from Cribbs Causeway, Bristol", []),
        (
            "Bryn Celyn, Lon Goch, Amlwch - mam says drop the bag there",
            ["Bryn Celyn, Lon Goch, Amlwch"],
        ),
        ("home's Ballydugan Rd, Downpatrick, number 14", ["Ballydugan Rd, Downpatrick, number 14"]),
        (
            "taxi to 3 Broad St? no sorry that's the office. I'm at 9 Elm Rd",
            ["9 Elm Rd"],
        ),
        ("I live at 3 Broad St? no that's right", ["3 Broad St"]),
        (
            "my parcel was left at reception, it should've gone to 6 Ash Grove, Bath BA2 4AA",
            ["6 Ash Grove, Bath BA2 4AA"],
        ),
        ("after the gig at the Old Duke (5 King St, BS1 4ER) I'm at 4 Elm Rd", ["4 Elm Rd"]),
        ("The Lanes, Gloucester Rd, BS7 8AA - the band headlines Friday, £5 on the door", []),
        ("postcode's B A 2 4 A A, blue door", ["B A 2 4 A A"]),
        ("the venue postcode is B S 1 5 T T", []),
        ("Careers adviser from Jobcentre Plus, Broad St, Bath BA1 5AA on Tuesday", []),
        ("MOT at Kwik Fit, Bath Rd, Bristol BS4 3AA, back by 2", []),
        ("the match is at Ashton Gate, Ashton Rd, BS3 2AA, meet at 6", []),
    ],
)
def test_addresses_probe_250s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 253 and addresses probe 255 (the forty-third session), in our own sentences:
# surnames alone called to a place as a teacher calls a class, a list of first names where
# they all were or welcomed, a Scots dog's name, a Scottish set text's people, square
# sausage, places a destinations quiz asks; a home's garden in Scots, a cottage we're up
# at, an event's or a service's address (a ticket, signing on, a mosque's times, a walk-in
# clinic, a student deal, a car park's day rate, a kick-off at half past, a course's
# trip, an appeal, a ceilidh, a shift), Bute House; and what each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("McAllister and Docherty - see me after the lesson", ["McAllister", "Docherty"]),
        ("Leeds and Bradford on the front row", []),
        (
            "Ewan, Morag, Kirsty and wee Ally were all in the refectory",
            ["Ewan", "Morag", "Kirsty", "Ally"],
        ),
        ("Sanaa, Yara and Kaveh, welcome to the campus", ["Sanaa", "Yara", "Kaveh"]),
        ("my wee dug Angus chewed the remote", []),
        ("Duror is the villain in The Cone-Gatherers, Roderick sees it", []),
        ("Calum in my class said The Cone-Gatherers was boring", ["Calum"]),
        ("Lorne sausage rolls are back in the canteen", []),
        ("Florence and Jordan are on the destinations quiz", []),
    ],
)
def test_names_probe_253s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("lads keep parking across ma drive at 12 Main St, Larkhall", ["12 Main St, Larkhall"]),
        ("we're up at Tigh na Coille Cottage, Kenmore", ["Tigh na Coille Cottage, Kenmore"]),
        ("we're up at Hampden Park, Glasgow", []),
        ("18 Bath St G2 1HW tonight, doors 8, any spare tickets?", []),
        ("signing on at 5 Main St G40 1AA at 10.20 then class", []),
        ("Eid: first jamaat 7.15 at 3 Well St, G5 9AA", []),
        ("walk-in at 4 Park Pl, G3 7AA till 5, free and no judgement", []),
        ("9 High St EH1 1AA after class? best chip supper, and a student deal", []),
        ("Level 2, 8 Bell St G1 1AA is £5 all day if you show your student card", []),
        ("10 Ibrox St G51 2AA, half 3 kick aff, meet at 2", []),
        ("Ocean Terminal, Ocean Dr EH6 6AA for the retail trip, wear your blacks", []),
        ("Coat appeal drop-off, 7 Kirk St G15 7AA, Mon to Fri 10-2", []),
        ("Ceilidh is at 4 Kirk St, Ayr KA7 1AA, £8 on the door", []),
        ("shift at 40 Duke St G4 0AA finishes at 10", []),
        ("photo outside 6 Charlotte Square EH2 4AA then the Parliament", []),
        ("tins and nappies to 3 Kirk Rd EH7 6AA please, they're running low", []),
    ],
)
def test_addresses_probe_255s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The review of the forty-third session (a helper, old code beside new on 450 posts of its
# own), in its own sentences: what the day's rules must not take or lose.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "the Lodge (12 Westbury Rd, Bristol BS9 3AA) is where i live with my foster carers",
            ["12 Westbury Rd, Bristol BS9 3AA"],
        ),
        (
            "send it to the Old Vicarage (2 Church Lane, Wrington BS40 5AA) thats mine",
            ["2 Church Lane, Wrington BS40 5AA"],
        ),
        (
            "confidential: she's at 14 Hillside Rd, Nailsea BS48 2AB Mon to Fri till 5",
            ["14 Hillside Rd, Nailsea BS48 2AB"],
        ),
        (
            "can the appeal letter and the spare tickets go to 9 Kingsway, Kingswood BS15 8AA",
            ["9 Kingsway, Kingswood BS15 8AA"],
        ),
        ("my shift at 14 Hillside Rd is a care visit, Mrs P's house", ["14 Hillside Rd", "Mrs P"]),
        (
            "dad's doing my MOT on the drive, come to 22 Filton Ave BS7 0AA at 4",
            ["22 Filton Ave BS7 0AA"],
        ),
        ("he's moved to Plymouth Argyle, Home Park PL2 3DQ on a two year deal", ["PL2 3DQ"]),
        ("the circus winter quarters at Wookey Hole, Wells BA5 1BB are open to visitors", []),
        ("drop it at Tyntesfield House, Wraxall on the way", []),
        ("i'm staying over the summer in Church Street with my dad", []),
        (
            "the letter went to the council, it should've gone to 12 Park Row, the uni office",
            [],
        ),
        ("Sophie Downs has been sending me horrible messages", ["Sophie Downs"]),
        ("Gilmour and McGregor in the middle, McKenna and Ralston at the back", []),
        ("a mug with Hope written on it, perfect for my tutor", []),
        ("a cap with Chelsea written on it left on the bus", []),
        ("first name Will be printed on the certificate", []),
        ("its Bro Code here lol", []),
    ],
)
def test_the_forty_third_sessions_review_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 258 and addresses probe 260 (the forty-third session), in our own sentences:
# a nickname before an Irish "ma", a priest's title, a list of first names doing
# something, "let X know", a form's example name, a play's and a saga's people, public
# figures of Northern Ireland, a saint's day, a crisp's mascot, an airport's name; a
# church's masses, a free can with a card, a taster day, a stall's number, learners
# welcome, a match's score, an Orange lodge, a team at home, a building's own name
# before its address; and what each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gazza's ma rang the office about his resit", ["Gazza"]),
        ("Lidl's da", []),
        ("Fr Doherty sent a card", ["Fr Doherty"]),
        ("Ciara, Aoife and wee Dee are running the raffle", ["Ciara", "Aoife", "Dee"]),
        ("let Róise know the kits are in", ["Róise"]),
        ("let Google know", []),
        ("Form says Name: e.g. Seán Ó Murchú. Irish or English?", []),
        ("Translations by Brian Friel: Yolland and Maire meet", []),
        ("Game of Thrones tour: saw where Arya rode", []),
        ("Darren McCurry and Peter Harte at Garvaghey today", []),
        ("make a Brigid's cross for St Brigid's Day", []),
        ("Mr Tayto is not amused", []),
        ("flight to Shannon cancelled again", []),
    ],
)
def test_names_probe_258s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sunday mass times changed at St Anne's, 19 Main St, Belfast BT1 2AA - 9am and 11", []),
        ("Funeral Mass 11am St Mary's, Shore Road, Kilkeel BT34 4AA", []),
        ("Spud Box, 26 Ormeau Road BT7 2AA does a free can with every student card", []),
        ("Taster day at Letterkenny, Port Road F92 FC93, buses leave at 8.15", []),
        ("12 East Bridge St, Belfast BT1 3AA, students on stall 41 from 10am", []),
        ("Cultúrlann, 216 Falls Rd, BT12 6AA, Wednesday 7pm, Irish learners welcome", []),
        ("Cliftonville 3 Larne 1 at Solitude, Cliftonville Rd, BT14 6AA", []),
        ("Parade passes Brookeborough LOL 1022, 5 Main St, BT94 4AA about 2pm", []),
        ("Ballymena United at home Saturday, Warden St BT43 7AA, 3pm kick off", []),
        ("Park House, 4 Limavady Rd, Derry BT47 6AA hosting the workshop, 10am", []),
        ("we're at Park House, 4 Limavady Rd, Derry", ["4 Limavady Rd, Derry"]),
    ],
)
def test_addresses_probe_260s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The second review of the forty-third session (a helper, old code beside new on 446 posts
# of its own), in its own sentences: what the last batch's rules must not take or lose.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Kelly, Doherty and McCann at the back, stop talking please",
            ["Kelly", "Doherty", "McCann"],
        ),
        ("let Translink know the 212 never showed", []),
        ("Tayto's da best crisp in the world", []),
        ("Aoife, Ciara and Lidl are all doing collections", ["Aoife", "Ciara"]),
        ("a jumper with CHELSEA written on the label", ["CHELSEA"]),
        ("my first name Hope is on the form wrong", ["Hope"]),
        ("MOT at kwik fit, 12 Bath Rd, Bristol BS4 3AP tomorrow", []),
        ("game is at Solitude, Cliftonville Rd, Belfast BT14 6LS on friday", []),
        ("shift at 40 Duke St, Glasgow G4 0UL then home by 10", []),
        (
            "we're in winter quarters at Lower Yard, Ladock TR2 4PG till march",
            ["Lower Yard, Ladock TR2 4PG"],
        ),
        (
            "Reposing at 22 Glen Road, Belfast BT11 8BU. Funeral Mass Friday 10am, house private",
            ["22 Glen Road, Belfast BT11 8BU"],
        ),
    ],
)
def test_the_forty_third_sessions_second_review_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Addresses probe 265 (the forty-third session), in our own sentences: a listing's hours
# written with an en dash, a market's price a bowl, free advice, carols, a choir, a baby
# group, a history month's stalls, signing on; and a house party kept a home.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tue & Thu 11\u20131, 3 Mill Road SE15 4AA, no referral needed, bring bags", []),
        ("Saturday 9\u20132, 45 High Street SE8 4AA, fruit and veg £1 a bowl", []),
        ("Tues 6\u20138pm, 64 Park Road SW11 1AA, free legal advice", []),
        ("St Giles, 81 Church St SE5 8AA, candlelit carols 7pm", []),
        (
            "Wednesday 10\u201312, 157 Hill Road SE26 5AA, baby group then free lunch, no booking",
            [],
        ),
        ("Sign on at 2 Rushey Green SE6 4AA before 9.30", []),
        (
            "Leavers do: 14 Ardmore Park, Derry BT47 3AA, sat 8pm, free cans",
            ["14 Ardmore Park, Derry BT47 3AA"],
        ),
    ],
)
def test_addresses_probe_265s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Round 43's read half (the forty-fourth session), in our own sentences: a house's name
# before a street and a town in hyphened parts, a street named "the Twitten", a plot on a
# caravan park after someone lives in a static, a street ending a sentence before a
# person's name, a surname listed with two first names, a student number a character at a
# time with nothing said around it; and what each must pass over (an exam board's
# candidate number beside its centre's, an NI number's shape described, a town listed).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Please update my address: Puffin, Harbour Way, Shoreham-by-Sea BN43 5AA. I'm on "
            "level 3",
            ["Puffin, Harbour Way, Shoreham-by-Sea BN43 5AA"],
        ),
        (
            "pop over whenever, 7 the Twitten, Lancing BN15 8AA, I'm home",
            ["7 the Twitten, Lancing BN15 8AA"],
        ),
        ("meet in the twitten behind the chippy at 2", []),
        (
            "we're in a static for now, it's plot 12, Seaview caravan park, Pagham, so post "
            "goes to my aunt's",
            ["plot 12, Seaview caravan park, Pagham"],
        ),
        (
            "Nan still lives at 5 Barrack Hill. Doreen Pelling, best scones in Rye",
            ["5 Barrack Hill.", "Doreen Pelling"],
        ),
        ("I live at 14 High St. Leeds LS1 4AB", ["14 High St. Leeds LS1 4AB"]),
        ("Jonno, Tegan and Verrall: kit back by Friday", ["Jonno", "Tegan", "Verrall"]),
        ("thanks Jonno, Tegan and Verrall for tidying up", ["Jonno", "Tegan", "Verrall"]),
        ("Kai, Mia and Seaford are on the trip map", ["Kai", "Mia"]),
        ("National Insurance numbers look like AB 12 34 56 C so don't post yours", []),
    ],
)
def test_round_43s_read_half(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "the card says A R 2 0 2 5 - 1 1 7 3 on it, can you check my attendance",
            ["A R 2 0 2 5 - 1 1 7 3"],
        ),
        ("exam board candidate no 0418 2290, centre no 65120, results in August", []),
        ("my candidate no is 2025 1173", ["2025 1173"]),
    ],
)
def test_round_43s_read_half_student_numbers(text: str, found: list[str]) -> None:
    assert _matches(text, "\\A\\R9999-9999") == found


# Names probe 268 and addresses probe 270 (the forty-fourth session), in our own
# sentences: a church's title before a name that is a virtue's word, Bulgarian given names
# in Cyrillic, Gaelic thanks before a name, a Vietnamese post's words and a given name
# after a word for kin there; a street called a Range, a flat's number and its block
# either first, a lift's stop in small letters; and what each must pass over (a film, a
# range of goods, a room in a block, signing on moved, a job's or an interview's place, a
# gym's).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Deaconess Joy and Pastor Kunle lead the youth service", ["Joy", "Kunle"]),
        ("Sister Act is on at the Grand tonight", []),
        ("Благодаря на Петър и Гергана за помощта", ["Петър", "Гергана"]),
        ("Mòran taing to Mòrag NicLeòid for the Gaelic class", ["Mòrag NicLeòid"]),
        ("Chúc mừng Phạm Thị Thu đã hoàn thành khóa học!", ["Phạm Thị Thu"]),
        ("cảm ơn chị linh nhiều nha", ["linh"]),
        ("I'm at 31 Audley Range BB1 1AA if it's yours", ["31 Audley Range BB1 1AA"]),
        ("12 Colour Range paints in stock", []),
        (
            "Block C, Flat 4, Shadsworth is me if the driver's lost",
            ["Block C, Flat 4, Shadsworth"],
        ),
        (
            "Fl 7, Bk 2 Larkhill Estate is us, sorry for the noise",
            ["Fl 7, Bk 2 Larkhill Estate"],
        ),
        ("the exam is in Block B, Room 6, Larkhill campus", []),
        ("pull up at 9 lily st, I'll be out in 5", ["9 lily st"]),
        ("Signing on has moved to 20 Market St, Burnley BB11 1AA from Monday", []),
        (
            "my nan has moved to 20 Market St, Burnley BB11 1AA",
            ["20 Market St, Burnley BB11 1AA"],
        ),
        (
            "Part time cleaner wanted, 12hrs, £12.10/hr, apply in person 22 Fishergate, "
            "Preston PR1 2AA",
            [],
        ),
        ("job interview at 4 Winckley Sq Preston PR1 3AA tomorrow", []),
        ("gym's on 9 Canal St, so no excuse", []),
    ],
)
def test_names_probe_268_and_addresses_probe_270s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 273 and addresses probe 275 (the forty-fourth session), in our own
# sentences: a first name English knows as a word after "our", Malayalam's and Konkani's
# words for elders joined to a name, a month's name that is a woman's before a surname,
# Hong Kong names, a list of first names one of which is found, an aunt by a rare name;
# a number run into its street, a plot on a builder's site said to be someone's, a block by
# its name and a flat, a green shortened; listings whose sentence starts with a day; and
# what each must pass over.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("with Grandad Reg and our Kyle at the match", ["Reg", "Kyle"]),
        ("Jijo-chettan and Shiny-chechi are cooking for the Onam party", ["Jijo", "Shiny"]),
        ("thanks Philomena-bai for the bebinca", ["Philomena"]),
        (
            "April Ferris and June Tidball, your showcase has moved",
            ["April Ferris", "June Tidball"],
        ),
        ("in April Tidball won the cup", []),
        (
            "ESOL taster with Chan Tsz-hin and Wong Ka-yan on Thursday",
            ["Chan Tsz-hin", "Wong Ka-yan"],
        ),
        ("the Wong Kar-wai film season starts Monday", []),
        (
            "Kasia, Summer, Royal and Destiny-Rose, you left your kits",
            ["Kasia", "Summer", "Royal", "Destiny-Rose"],
        ),
        ("Royal Oldham placement starts in March", []),
        ("RIP Auntie Merle, she ran the tuck shop", ["Merle"]),
        ("can someone drop my charger to 14westlea dr after 6", ["14westlea dr"]),
        ("its a 10mins walk from the bus station", []),
        (
            "plot 88 Bellway site off Mill Lane, that's us from June",
            ["plot 88 Bellway site off Mill Lane"],
        ),
        (
            "we got the keys!! plot 9 Redrow site off Whitebirk Rd, moving in May",
            ["plot 9 Redrow site off Whitebirk Rd"],
        ),
        ("Ashbury block, flat 12, Walcot is mine now", ["Ashbury block, flat 12, Walcot"]),
        ("drop it at ours, 5 Walcot Grn, sn3 1aa, anytime", ["5 Walcot Grn, sn3 1aa"]),
        ("Sat 19th, 8pm-late, 12 Havelock St, Swindon SN1 1AA, £5 before 10, ID checked", []),
        ("Tues-Sun 11-5, Kemble Dr, Swindon SN2 2AA, under 16s free", []),
        ("Mon-Fri 8am-6.30pm, 12 Ardconnel Terrace, Inverness IV2 3AA, online booking only", []),
        ("Sat 8pm, party at mine, 12 Oak Rd, bring a bottle", ["12 Oak Rd"]),
    ],
)
def test_names_probe_273_and_addresses_probe_275s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 278 and addresses probe 280 (the forty-fourth session), and the read
# probes' postcodes and listings, in our own sentences: a name "&" another, a Gujarati
# word for kin run into a name, Bulgarian thanks said straight to someone; a street and
# then its number after something is brought there or before its door; and what each
# must pass over (a sitcom, a listing with live music, a run of a street's houses, work
# experience's and enrolment's places, a Sunday service's listing).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "thanks ustadh Bilal for the Arabic club, Mariam & Ruqayyah love it",
            ["Bilal", "Mariam", "Ruqayyah"],
        ),
        ("32 years on the buses, Deepakbhai we will miss you", ["Deepakbhai"]),
        ("Благодаря, Ивана! Ти си звезда", ["Ивана"]),
        ("watching Gavin & Stacey again", []),
        ("can someone drop it to Narborough Rd no 57 after college", ["Narborough Rd no 57"]),
        ("its Evington Rd no 98, ring twice or my nan won't hear", ["Evington Rd no 98"]),
        ("Fri 5-9pm, 50 Belgrave Gate LE1 3AA, henna, chaat, live dhol, FREE", []),
        ("Bins for houses 1-49 Evington Dr are late again", []),
        (
            "Work experience at Addenbrooke's, Hills Rd, Cambridge CB2 0AA - shifts start 7.30",
            [],
        ),
        ("Enrolment week is at Vantage Point, Long Road, Paignton TQ4 7AA. Bring ID", []),
    ],
)
def test_names_probe_278_and_addresses_probe_280s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The second review of the forty-fourth session (a helper, old code beside new on its own
# posts), in its own sentences: what the day's address and name rules must not lose or
# take.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my friend who works at the bank has moved to 3 Hazel Close", ["3 Hazel Close"]),
        ("The lad from the food bank has moved to 7 Park View, Leyland", ["7 Park View, Leyland"]),
        (
            "interview at 14 Rose Lane for a care job, it's the client's own house",
            ["14 Rose Lane"],
        ),
        ("my gym's on 6 Orchard Lane, it's in my garage", ["6 Orchard Lane"]),
        ("Sun 1pm, 8 Meadow Way, bbq, bring meat", ["8 Meadow Way"]),
        ("Sat 11-4, 18 Cherry Tree Lane, garage sale", ["18 Cherry Tree Lane"]),
        ("ask jessica smith to grab bún chả and phở", ["jessica smith"]),
        ("Ellie, Harvey and Deliveroo", ["Ellie", "Harvey"]),
        ("Ellie, Harvey and Runshaw College", ["Ellie", "Harvey"]),
        ("Block 2, Fl 3 Library", []),
        ("Art Block, Flat 3 Gallery", []),
        ("Plot 12 on the Moorside Allotments site off Hall Lane is ours", []),
        (
            "Construction students: plot 22 Persimmon site off Mill Lane, get the keys from the "
            "site office",
            [],
        ),
        ("Lee Jung-jae in Squid Game", []),
        ("we went to Wong Tai-sin temple", []),
        ("Pastor Victory Church on Deepdale Road", []),
        ("2nite road trip", []),
        ("Good-bai everyone", []),
        ("Kerala-chettan restaurant is open", []),
        ("pull up at 12 market st, its the greggs", []),
        ("Live in a static? Win a free service! Plot 1, Trecco Bay holiday park", []),
        ("Our 7 Village Grn fete stalls", []),
    ],
)
def test_the_forty_fourth_sessions_second_review_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("reg plate A R 2 0 2 6 - 0 4 5 1", []),
        (
            "student no / candidate no 0033 4417 (centre no 71562) please chase my certificate",
            ["0033 4417"],
        ),
    ],
)
def test_the_forty_fourth_sessions_second_review_numbers(text: str, found: list[str]) -> None:
    assert _matches(text, "\\A\\R9999-9999") == found


# Names probe 283 and addresses probe 285 (the forty-fourth session), in our own
# sentences: a named house, its village and a postcode after a grandparent's "is", "we're
# at" (a Welsh place with "Ffair" in it no fair) or the post that goes there; and what
# each must pass over (a Welsh listing's day, hours and tea after; Jack Frost).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Cae Dolau, Heol Alban, Tregaron SY25 2AA. Sadwrn 9am tan 5. Tickets on the gate, "
            "trailers park in the top field",
            [],
        ),
        ("Bethel, Heol Alexandra, Aberystwyth SY23 2AA, Sul 10 a 6. Te wedyn.", []),
        (
            "taid's is Bryn Eithin, Cwmystwyth, SY23 4AA, ring me when you're lost",
            ["Bryn Eithin, Cwmystwyth, SY23 4AA"],
        ),
        # (not "we're at" alone: "We are at Old Trafford, Manchester M16 0RA", the review)
        ("We are at Old Trafford, Manchester M16 0RA", ["M16 0RA"]),
        (
            "my post goes to nain's as we've no letterbox, its Awelfryn, Lôn Ddewi, Llanarth "
            "SA47 0AA",
            ["Awelfryn, Lôn Ddewi, Llanarth SA47 0AA"],
        ),
        ("Jack Frost got the car again this morning", []),
    ],
)
def test_names_probe_283_and_addresses_probe_285s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# Names probe 288 and addresses probe 290 (the forty-fourth session), in our own
# sentences: a street in small letters where someone is asked to come round, or a pick-up
# is; and what each must pass over (a shop to come round, a pantry's listing, writers).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "come round after, 27 bouverie walk kings heath, side gate's open",
            ["27 bouverie walk"],
        ),
        ("we're on the lings estate, 12 derwent cl, come round whenever", ["12 derwent cl"]),
        ("minibus pickup: 4 kelvin gr, corby at 7.50 pls", ["4 kelvin gr"]),
        ("come round the shop at 5 market st", []),
        (
            "1a Lower Harding Street NN1 2AA, Tues & Fri 10-12, free period products, no "
            "questions asked",
            [],
        ),
        ("Alan Moore wrote V for Vendetta up the road", []),
        ("John Clare the poet was in the asylum here", []),
    ],
)
def test_names_probe_288_and_addresses_probe_290s_families(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)


# The third review of the forty-fourth session (a helper, old code beside new on its own
# posts), in its own sentences: what the afternoon's rules must not lose or take.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bk 3 Fl 19, Kingsway, Salford M5 4AB", ["Bk 3 Fl 19, Kingsway, Salford M5 4AB"]),
        ("drop it to 21station rd", ["21station rd"]),
        ("Shuttle the kids from ours, 22 Beech Avenue, Leyland", ["22 Beech Avenue, Leyland"]),
        ("my cousin William Williams got arrested", ["William Williams"]),
        ("Lee Ka-ho from 2B is a snitch", ["Lee Ka-ho"]),
        ("Rosie & Jim was filmed on a narrowboat", []),
    ],
)
def test_the_forty_fourth_sessions_third_review_findings(text: str, found: list[str]) -> None:
    assert sorted(_matches(text)) == sorted(found)
