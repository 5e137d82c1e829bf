"""The branch-by-branch reading of long alternations gives the matches the whole pattern
gives, and skips only branches that cannot match."""

from __future__ import annotations

import random
import re

import pytest

from policyguard.screening.prefilter import (
    Alternation,
    Alternations,
    Gate,
    gated,
    needs_of,
    split_branches,
)


def spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def test_branches_are_split_outside_groups_and_classes() -> None:
    assert split_branches(r"a(?:b|c)|[|(]d|\|e|f") == ["a(?:b|c)", "[|(]d", r"\|e", "f"]
    assert split_branches(r"[]|]x|y") == ["[]|]x", "y"]
    assert split_branches(r"[^]|]x|y") == ["[^]|]x", "y"]


def test_needs_are_what_every_match_must_hold() -> None:
    needs = needs_of(re.compile(r"\b(?:i'?ll|gonna)\s+(?:batter|lamp|deck)\s+(?:you|him)\b"))
    assert needs is not None
    assert frozenset({"batter", "lamp", "deck"}) in needs
    # an optional part needs nothing; a required repeat needs what it repeats
    assert needs_of(re.compile(r"(?:sorry\s+)?hello")) == (frozenset({"hello"}),)
    assert set(needs_of(re.compile(r"(?:well)+done")) or ()) == {
        frozenset({"done"}),
        frozenset({"well"}),
    }
    # an alternative that needs nothing we know makes the alternation need nothing
    assert needs_of(re.compile(r"(?:hello|\w+)x")) == ()


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bfoo(\w)\1",  # a back-reference
        r"(?i)hello",  # case-insensitive
        r"a(?i:bcd)",  # an inline flag
        r"(?:abc)?",  # matches the empty string
    ],
)
def test_patterns_that_cannot_be_read_safely_are_read_whole(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert needs_of(compiled) is None
    alternation = Alternation(compiled)
    assert alternation.branches == ()
    text = "foo xyy Hello abcdbcd abc"
    assert spans(alternation.finditer(text)) == spans(compiled.finditer(text))


def test_a_branch_is_read_only_where_its_strings_are() -> None:
    pattern = re.compile(r"\bkick\s+(?:you|u)\b|\bpunch\s+\w+|\bslap(?=\s)")
    alternation = Alternation(pattern)
    assert len(alternation.branches) == 3
    assert spans(alternation.finditer("nothing to see")) == []
    assert spans(alternation.finditer("i will kick u and punch him, slap x")) == [
        (7, 13, "kick u"),
        (18, 27, "punch him"),
        (29, 33, "slap"),
    ]


def test_the_earliest_branch_wins_where_two_match_at_one_place() -> None:
    # the whole alternation prefers its first branch at a place, then goes on after it
    pattern = re.compile(r"abc|abcdef|cde|bcd\w*|xyz")
    alternation = Alternation(pattern)
    text = "zabcdefg abcdef bcdxyz cdexyz"
    assert spans(alternation.finditer(text)) == spans(pattern.finditer(text))
    assert spans(alternation.finditer(text))[0] == (1, 4, "abc")


def test_lookbehind_and_boundaries_see_before_where_a_branch_resumes() -> None:
    pattern = re.compile(r"(?<=go )home\b|\bhome(?=work)|(?<!x)work\b")
    alternation = Alternation(pattern)
    text = "go home homework xwork work go homely home"
    assert spans(alternation.finditer(text)) == spans(pattern.finditer(text))


def test_random_texts_match_as_the_whole_pattern_does() -> None:
    pattern = re.compile(
        r"\b(?:i'?ll|we'?ll|gonna)\s+(?:batter|lamp|deck)\s+(?:you|u)\b"
        r"|\bwait\s+(?:till|until)\s+\w+"
        r"|\b(?:you'?re|ur)\s+(?:not|never)\s+in\s+(?:it|the\s+chat)\b(?!\s+lol)"
        r"|(?<=\s)deck\b"
        r"|\bwait\b"
    )
    alternation = Alternation(pattern)
    words = "i'll we'll gonna batter lamp deck you u wait till until ur not never in it "
    words += "the chat lol you're x wait"
    vocabulary = words.split()
    draw = random.Random(7)
    for _ in range(3000):
        text = " ".join(draw.choice(vocabulary) for _ in range(draw.randint(1, 14)))
        assert spans(alternation.finditer(text)) == spans(pattern.finditer(text)), text


def test_an_alternation_with_no_long_literal_reads_every_branch() -> None:
    # (no string of three letters: nothing to look for, so every branch is read)
    pattern = re.compile(r"\bfu\b|\bgo\b|ab|cd")
    alternation = Alternation(pattern)
    text = "ab cd fu go abcd"
    assert spans(alternation.finditer(text)) == spans(pattern.finditer(text))


def test_a_possessive_repeat_is_read_whole() -> None:
    pattern = re.compile(r"([]a]|[^]b])|ab(?:((?<=cde)|(?:(ca)|[ab])))*+|éaab")
    assert Alternation(pattern).branches == ()
    text = "|aéadabcabaßsbabbcdabcdbcd|"
    assert spans(Alternation(pattern).finditer(text)) == spans(pattern.finditer(text))


def test_a_gate_needs_literals_in_any_case_and_through_inline_flags() -> None:
    gate = Gate(re.compile(r"\b(?:lead|tutor|co-?ordinator)\b", re.IGNORECASE))
    assert set(gate.needs[0]) == {"lead", "tutor", "ordinator"}
    assert gate.open("Is Dawn still our LEAD?") and gate.open("the Co-Ordinator")
    assert not gate.open("nothing of the sort here")
    inline = Gate(re.compile(r"(?i:happy)\s+[A-Z][a-z]+"))
    assert inline.open("HAPPY Birthday") and not inline.open("sad day")
    # two letters are enough to look for; a pattern with an alternative of one letter,
    # or none at all, is never shut
    assert not Gate(re.compile(r"\b(?:my|he)\s+\w+")).open("anything")
    assert Gate(re.compile(r"\b(?:a|he)\s+\w+")).open("anything")
    assert Gate(re.compile(r"\w+\s\d")).open("anything")


def test_a_gate_folds_as_re_does_under_ignorecase() -> None:
    # the dotless i and the long s match "i" and "s" in re's case-insensitive reading
    pattern = re.compile(r"bitch|kiss", re.IGNORECASE)
    for text in ("b\u0131tch", "ki\u017f\u017f", "B\u0130TCH", "KISS"):
        assert (pattern.search(text) is not None) == Gate(pattern).open(text) is True


def test_gated_methods_answer_as_the_pattern_does() -> None:
    raw = re.compile(r"\b(?:storm|hurricane)s?\b|(?<=\s)typhoon", re.IGNORECASE)
    pattern = gated(raw)
    rng = random.Random(5)
    words = ["Storm", "storms", "HURRICANE", " typhoon", "calm", "sea", "x", "storming", "\u0130"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert spans(pattern.finditer(text)) == spans(raw.finditer(text))
        assert pattern.findall(text) == raw.findall(text)
        assert bool(pattern.search(text, 3)) == bool(raw.search(text, 3))
        assert bool(pattern.match(text)) == bool(raw.match(text))


def test_a_name_word_led_by_its_capital_matches_as_the_look_behind_form() -> None:
    # names.py writes "no word character before a name" after the name's first letter,
    # so that re skips to capitals in C: the matches must be the same
    from policyguard.screening import names

    behind = (r"[\w'-]", rf"[{names._UPPER}][{names._LOWER}] ", ", ", r"\bSt ")
    plain = re.compile(
        "".join(f"(?<!{b})" for b in behind) + rf"(?P<n>{names._NAME_WORD})(?: (?P<m>\w+))?"
    )
    led = re.compile(rf"(?P<n>{names._name_word_led(*behind)})(?: (?P<m>\w+))?")
    pieces = ["O'", "D'", "Mc", "Mac", "Nic", "Neill", "Leod", "donald", "Ann", "-", "'", " ",
              ", ", "St ", "x", "É", "é", "Zoë", "ab", "\n", "Kate", "M", "c", "ac"]  # fmt: skip
    draw = random.Random(11)
    for _ in range(20000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 9)))
        assert [(m.span(), m.groupdict()) for m in led.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], text
        at = draw.randint(0, len(text))
        assert bool(led.search(text, at)) == bool(plain.search(text, at)), text


def test_the_models_words_are_as_the_plain_rewrite_gives_them() -> None:
    # abuse_model.tokens skips its rewrites where they cannot change a word (no link, no
    # mention, no character but a space three times): the words must be the same
    import html

    from policyguard.screening import abuse_model

    def plain(text: str) -> list[str]:
        text = html.unescape(text).lower()
        text = abuse_model._URL.sub(" url ", text)
        text = abuse_model._MENTION.sub(" user ", text)
        text = abuse_model._NON_WORD.sub(" ", text.replace("\u2019", "'"))
        text = abuse_model._REPEAT.sub(r"\1\1", text)
        return [t.strip("'") for t in text.split() if t.strip("'") and t != "rt"]

    pieces = ["so", "o", "ooo", "!!!", " - ", "   ", "'", "''", "http://x.co/a", "www.b", "@m",
              "RT", "rt", "100", "0", "&amp;", "\u2019", "yes", ", ", "\n"]  # fmt: skip
    draw = random.Random(13)
    for _ in range(5000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 10)))
        assert abuse_model.tokens(text) == plain(text), text


def test_the_handle_pattern_led_by_its_first_character_matches_as_before() -> None:
    from policyguard.screening import names

    before = re.compile(
        r"(?<![\w.@/])@(?P<handle>[A-Za-z0-9_.]{3,30}[A-Za-z0-9_])"
        r"|(?<![\w.@/])(?P<bare>[a-z]{2,}(?:[._][a-z0-9]+){2,})(?![\w@]|\.[a-z])"
    )
    pieces = ["ab", "c", ".", "_", "@", "/", " ", "x9", "Z", "é", "yasmin", "ali", "xo"]
    draw = random.Random(17)
    for _ in range(20000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 12)))
        assert [(m.span(), m.groupdict()) for m in names._NAMED_HANDLE.finditer(text)] == [
            (m.span(), m.groupdict()) for m in before.finditer(text)
        ], text


def test_alternations_read_in_one_pass_match_as_each_alone() -> None:
    patterns = [
        re.compile(r"\b(?:i'?ll|gonna)\s+(?:batter|deck)\s+(?:you|u)\b|\bwait\s+till\s+\w+"),
        re.compile(r"\bnobody\s+(?:likes|wants)\s+you\b|\bgo\s+away\b"),
        re.compile(r"\bdeck\b|\bwait\b"),
    ]
    together = Alternations([Alternation(p) for p in patterns])
    vocabulary = [
        "i'll",
        "gonna",
        "batter",
        "deck",
        "you",
        "u",
        "wait",
        "till",
        "nobody",
        "likes",
        "wants",
        "go",
        "away",
        "x",
    ]
    draw = random.Random(19)
    for _ in range(3000):
        text = " ".join(draw.choice(vocabulary) for _ in range(draw.randint(1, 12)))
        found = together.found(text)
        for index, pattern in enumerate(patterns):
            assert spans(together.finditer(index, text, found)) == spans(pattern.finditer(text))
