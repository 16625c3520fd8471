"""PR207: a link whose text is an address names another page than the one it opens
('https://…/minutes/2027-20' over '…/2027-19', 'press@…' over 'mailto:info@…'); a text
that shows less than its target (the site alone, the start of the path, an address cut
short, the target without its tracking parameters) or a target on another host (a click
tracker, a short link) is a display and is left alone. PR207.md pins the findings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules
from prlocalize.urls import shows_another_address


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("https://www.example.kr/minutes/2027-20", "https://www.example.kr/minutes/2027-19"),
        ("https://example.gg/shop/", "https://example.gg/tickets/"),
        ("www.example.com/en/news", "https://www.example.com/ja/news"),
        ("example.com/report?year=2027", "https://example.com/report?year=2026"),
        ("https://example.com/news/2026/…", "https://example.com/news/2027/0412"),
        ("press@example.com", "mailto:info@example.com"),
    ],
)
def test_an_address_shown_for_another(text: str, href: str) -> None:
    assert shows_another_address(text, href)


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("https://www.example.com/minutes/", "https://example.com/minutes"),
        ("www.example.com", "https://www.example.com/portal/main.do?menu=7"),
        ("https://example.com/news", "https://example.com/news/2027/0412"),
        ("https://example.com/news/2027/…", "https://example.com/news/2027/0412"),
        ("https://example.com/a?id=5", "https://example.com/a?id=5&utm_source=mail"),
        ("http://example.com/ja/", "https://example.com/ja/index.html"),
        (
            "https://example.com/ニュース/",
            "https://example.com/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/",
        ),
        ("https://example.com/story", "https://click.mailer.example.net/t/abc123"),
        ("https://bit.ly/3xYz", "https://example.com/story"),
        ("Press@Example.com", "mailto:press@example.com?subject=Inquiry"),
        ("the minutes", "https://example.com/minutes/2027-19"),
    ],
)
def test_a_display_of_its_target(text: str, href: str) -> None:
    assert not shows_another_address(text, href)


@given(st.text(max_size=120), st.text(max_size=120))
def test_takes_any_text(text: str, href: str) -> None:
    shows_another_address(text, href)  # never raises


def test_in_a_release() -> None:
    html = (
        "<p>Minutes: <a href='https://www.example.kr/minutes/2027-19'>"
        "https://www.example.kr/minutes/2027-20</a>; site: "
        "<a href='https://www.example.kr/portal/'>www.example.kr</a>.</p>"
    )
    document = parse_text(html, path="release.html", format="html", lang="en")
    found = [
        f
        for f in check_document(document, Glossary([]), None, select_rules(target="source"))
        if f.code == "PR207"
    ]
    assert [f.found for f in found] == ["https://www.example.kr/minutes/2027-20"]
    assert found[0].fix is None
