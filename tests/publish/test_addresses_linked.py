"""A text or Markdown release's web and e-mail addresses ('visit https://…', a contact
block's 'press@…') are links on the pages built from it, in every language: a wire
release's contact address could not be clicked. Only an address the source writes is
linked (a translation is untrusted), none inside a link already, and a sentence's last
full stop stays out of the address."""

from __future__ import annotations

from lxml import html as lxml_html

from prlocalize.readers import parse_text
from prlocalize.render.html import build_html

TEXT = (
    "Halvorsen Opens Nagoya Center\n\n"
    "For more information, visit https://www.halvorsen.example.com/news.\n\n"
    "Media:\nLaura Chen\npress@halvorsen.example.com\n"
)
MARKDOWN = (
    "# Halvorsen Opens Nagoya Center\n\n"
    "See [our site](https://www.halvorsen.example.com/) or www.halvorsen.example.com.\n"
)


def _links(page: bytes) -> list[tuple[str, str]]:
    tree = lxml_html.fromstring(page)
    return [
        (a.get("href"), a.text_content())
        for a in tree.iter("a")
        if not (a.get("href") or "").startswith("../")  # the note's link to the original
    ]


def _page(text: str, fmt: str, table: dict[str, str], locale: str) -> bytes:
    doc = parse_text(
        text, path=f"release.{'md' if fmt == 'markdown' else 'txt'}", format=fmt, lang="en"
    )
    return build_html(doc, {(None, k): v for k, v in table.items()}, locale)


def test_addresses_of_a_text_release_are_links_in_every_language() -> None:
    expected = [
        ("https://www.halvorsen.example.com/news", "https://www.halvorsen.example.com/news"),
        ("mailto:press@halvorsen.example.com", "press@halvorsen.example.com"),
    ]
    assert _links(_page(TEXT, "text", {}, "en")) == expected
    ko = {
        "For more information, visit https://www.halvorsen.example.com/news.": (
            "자세한 정보는 웹사이트(https://www.halvorsen.example.com/news)에서 확인할 수 있다."
        ),
        "Media:": "언론 문의:",
    }
    assert _links(_page(TEXT, "text", ko, "ko")) == expected
    ja = {
        "For more information, visit https://www.halvorsen.example.com/news.": (
            "詳細は、https://www.halvorsen.example.com/newsをご覧ください。"
        )
    }
    assert _links(_page(TEXT, "text", ja, "ja")) == expected


def test_an_address_only_the_translation_writes_is_not_linked() -> None:
    ja = {
        "For more information, visit https://www.halvorsen.example.com/news.": (
            "詳細は、https://evil.example.net/loginをご覧ください。"
        ),
        "press@halvorsen.example.com": "phish@evil.example.net",
    }
    page = _page(TEXT, "text", ja, "ja")
    assert _links(page) == []
    assert b"https://evil.example.net/login" in page  # shown as text, as written


def test_an_address_inside_a_link_is_left_alone() -> None:
    assert _links(_page(MARKDOWN, "markdown", {}, "en")) == [
        ("https://www.halvorsen.example.com/", "our site"),
        ("https://www.halvorsen.example.com", "www.halvorsen.example.com"),
    ]
