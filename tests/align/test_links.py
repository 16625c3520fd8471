"""Pages that name their other-language version by a link (align.links)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.align.links import linked_versions, resolve, switch_targets


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="x.html">English</a>',
        '<a href="x.html">English version</a>',
        '<a href="x.html">[日本語版]</a>',
        '<a href="x.html">英語版ページ</a>',
        '<a href="x.html"><span>영문</span> 보기</a>',
        '<a href="x.html" hreflang="ko">KOR</a>',
        '<a class="lang" href=x.html>ENGLISH</a>',
    ],
)
def test_a_language_switch_is_read(anchor: str) -> None:
    assert switch_targets(f"<p>Top</p>{anchor}<p>Body</p>") == ["x.html"]


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="x.html">English teachers from Sendai</a>',
        '<a href="x.html">Read more</a>',
        '<a href="x.html">Japan</a>',
        '<a name="en">English</a>',
    ],
)
def test_other_links_are_not_switches(anchor: str) -> None:
    assert switch_targets(anchor) == []


def test_alternates_come_in_page_order() -> None:
    page = (
        '<head><link rel="stylesheet" href="s.css">'
        '<link rel="alternate" hreflang="en" href="/en/a.html"></head>'
        '<body><a href="/ko/a.html">한국어</a></body>'
    )
    assert switch_targets(page) == ["/en/a.html", "/ko/a.html"]


FILES = {
    name: Path(name)
    for name in (
        "english/press/2024/0422_001.html",
        "press/2024/20240422001.html",
        "ja/topics/a.html",
        "en/topics/b.html",
        "other/0422_001.html",
        "en/index.html",
    )
}


@pytest.mark.parametrize(
    ("href", "page", "expected"),
    [
        # a full URL or a site path: the longest end of it that the archive holds
        (
            "https://www.example.go.jp/english/press/2024/0422_001.html",
            "press/2024/20240422001.html",
            "english/press/2024/0422_001.html",
        ),
        ("/english/press/2024/0422_001.html#top", "x.html", "english/press/2024/0422_001.html"),
        ("/site/en/topics/b.html?lang=en", "x.html", "en/topics/b.html"),
        # relative to the page
        ("../../en/topics/b.html", "ja/topics/a.html", "en/topics/b.html"),
        ("/en/", "ja/topics/a.html", "en/index.html"),
        # never by the file name alone: that may be another release
        ("/fr/press/0422_001.html", "x.html", None),
        ("mailto:press@example.com", "x.html", None),
        ("", "x.html", None),
    ],
)
def test_links_resolve_to_archive_files(href: str, page: str, expected: str | None) -> None:
    assert resolve(href, page, FILES) == expected


def test_a_switch_shared_by_pages_or_to_a_home_page_names_no_version() -> None:
    pages = {
        "ja/a.html": '<a href="/en/">English</a>',
        "ja/b.html": '<a href="../en/b2.html">English</a>',
        "ja/c.html": '<a href="../en/b2.html">English</a>',
        "ja/d.html": '<a href="../en/d2.html">English</a>',
    }
    files = {name: Path(name) for name in [*pages, "en/index.html", "en/b2.html", "en/d2.html"]}
    assert linked_versions(sorted(pages), files, read=pages) == [("ja/d.html", "en/d2.html")]
