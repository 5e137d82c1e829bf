"""Control characters never pass a boundary: what is left is text every store can keep."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policyguard import clean_text, clean_tree


def test_it_removes_nul_and_other_controls_but_keeps_layout() -> None:
    assert clean_text("kms\x00 now\x07\x1b[0m\x7f\x85") == "kms now[0m"
    assert clean_text("line one\nline two\ttab\r") == "line one\nline two\ttab\r"


def test_it_replaces_lone_surrogates() -> None:
    assert clean_text("a\ud800b") == "a\ufffdb"
    "a\ufffdb".encode()  # encodable, unlike the input


def test_it_leaves_ordinary_text_alone() -> None:
    text = "Café \u2013 Zoë's \u201cquoted\u201d 😀"
    assert clean_text(text) is text


def test_it_cleans_every_string_of_a_json_tree() -> None:
    tree = {"k\x00ey": ["a\x00", {"b": "c\x01"}, 3, None, True]}
    assert clean_tree(tree) == {"key": ["a", {"b": "c"}, 3, None, True]}


@given(st.text())
def test_what_it_returns_encodes_as_utf8_without_nul(text: str) -> None:
    cleaned = clean_text(text)
    assert "\x00" not in cleaned
    cleaned.encode("utf-8")
