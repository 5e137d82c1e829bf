"""Search terms: read from the URLs of many sites; matched with misspellings and abbreviations."""

from __future__ import annotations

import pytest

from policyguard.webfilter.searchterms import default_taxonomy, extract_search_term
from policyguard.webfilter.urls import parse_target


@pytest.mark.parametrize(
    ("url", "site", "term"),
    [
        ("https://www.google.co.uk/search?q=knife+crime&hl=en", "google", "knife crime"),
        ("https://www.bing.com/search?q=revision%20tips", "bing", "revision tips"),
        ("https://duckduckgo.com/?q=weather+leeds&ia=web", "duckduckgo", "weather leeds"),
        ("https://uk.search.yahoo.com/search?p=bus+times", "yahoo", "bus times"),
        ("https://www.youtube.com/results?search_query=lofi+beats", "youtube", "lofi beats"),
        ("https://en.wikipedia.org/w/index.php?search=Magna+Carta", "wikipedia", "Magna Carta"),
        ("https://en.wikipedia.org/wiki/Special:Search/Brexit", "wikipedia", "brexit"),
        ("https://www.tiktok.com/search?q=prom%20dress", "tiktok", "prom dress"),
        ("https://www.reddit.com/search/?q=gcse+maths", "reddit", "gcse maths"),
        ("https://www.instagram.com/explore/tags/football/", "instagram", "football"),
        ("https://www.amazon.co.uk/s?k=calculator", "amazon", "calculator"),
    ],
)
def test_it_reads_the_search_term(url: str, site: str, term: str) -> None:
    assert extract_search_term(url, parse_target(url)) == (site, term)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/maps?q=x",
        "https://www.bing.com/search",
        "https://example.com/search?q=x",
    ],
)
def test_it_leaves_other_urls_alone(url: str) -> None:
    assert extract_search_term(url, parse_target(url)) is None


@pytest.mark.parametrize(
    ("query", "category", "severity"),
    [
        ("how to kms", "self_harm", "high"),
        ("K1LL   mysellf tonight", "self_harm", "high"),
        ("killmyself", "self_harm", "high"),
        ("painles way to die", "self_harm", "high"),
        ("sucide", "self_harm", "medium"),
        ("how to join isis", "radicalisation", "high"),
        ("the great replacment", "radicalisation", "high"),
        ("sell nudes", "sexual_exploitation", "high"),
        ("county lines", "drugs", "high"),
        ("buy a zombie knife", "weapons", "medium"),
        ("kys", "bullying", "high"),
    ],
)
def test_it_finds_safeguarding_terms_despite_spelling(
    query: str, category: str, severity: str
) -> None:
    found = default_taxonomy().match(query)
    assert found, query
    assert (found[0].category, found[0].severity) == (category, severity)


@pytest.mark.parametrize(
    "query",
    [
        "history of the roman empire",
        "skill myself up in python",
        "knife and fork etiquette",
        "bus times",
    ],
)
def test_ordinary_searches_match_nothing(query: str) -> None:
    assert default_taxonomy().match(query) == []


def test_every_category_the_issue_names_is_covered() -> None:
    categories = {t.category for t in default_taxonomy().terms}
    assert categories >= {
        "self_harm",
        "radicalisation",
        "sexual_exploitation",
        "drugs",
        "weapons",
        "bullying",
    }


def test_a_search_term_never_carries_control_characters() -> None:
    # "%00" decoded into the term once made every ingestion of that log fail on PostgreSQL.
    url = "https://www.google.com/search?q=how+to%00+kms%07%1b"
    assert extract_search_term(url, parse_target(url)) == ("google", "how to kms")
