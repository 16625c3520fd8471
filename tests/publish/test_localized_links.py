"""A link localised on the same site (/en/ → /ja/, ?lang=ja, hl=ja) is the same link for
the translation checks (PR406) and the build's sanitizer; another host is not."""

from __future__ import annotations

import pytest
from publish_docs import DocBuilder, link

from prlocalize.document import BlockKind
from prlocalize.render.sanitize import Refusal, SafeFragment, sanitize
from prlocalize.urls import localized_link

SITE = "https://www.example.com"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (f"{SITE}/en/news/", f"{SITE}/ja/news/"),
        (f"{SITE}/en-us/news/", f"{SITE}/ja-jp/news/"),
        (f"{SITE}/en/news/", f"{SITE}/jp/news/"),
        (f"{SITE}/news/", f"{SITE}/ja/news/"),
        (f"{SITE}/news?id=3", f"{SITE}/news?id=3&lang=ja"),
        (f"{SITE}/search?q=x&hl=en", f"{SITE}/search?q=x&hl=ja"),
        ("/en/about/", "/ja/about/"),
    ],
)
def test_localised_links_on_the_same_site(source: str, target: str) -> None:
    assert localized_link(source, target, "ja")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("https://example.com/news", "https://example.com.evil/news"),
        (f"{SITE}/en/news/", "https://evil.example/ja/news/"),
        (f"{SITE}/en/news/", "http://www.example.com/ja/news/"),
        (f"{SITE}/en/news/", f"{SITE}/ko/news/"),  # not the translation's language
        (f"{SITE}/en/news/", f"{SITE}/ja/other/"),
        (f"{SITE}/en/news/", f"{SITE}/ja/news/#top"),
        (f"{SITE}/news?hl=en", f"{SITE}/news?hl=fr"),
        (f"{SITE}/news?id=3", f"{SITE}/news?id=4&lang=ja"),
        (f"{SITE}/en/news/", "https://user@www.example.com/ja/news/"),
        (f"{SITE}/about/", f"{SITE}/ja/"),
    ],
)
def test_other_links_are_not_localisations(source: str, target: str) -> None:
    assert not localized_link(source, target, "ja")


def _linked(href: str):
    doc = DocBuilder().block(BlockKind.PARAGRAPH, link("Read the news.", "news", href)).build()
    return doc.blocks[0].segments[0]


def test_sanitizer_accepts_a_localised_link_and_refuses_another_host() -> None:
    segment = _linked(f"{SITE}/en/news/")
    ok = sanitize(segment, f'<a href="{SITE}/ja/news/">ニュース</a>を読む。', locale="ja")
    assert isinstance(ok, SafeFragment) and f'href="{SITE}/ja/news/"' in ok.html
    evil = sanitize(segment, '<a href="https://www.example.com.evil/ja/news/">x</a>', locale="ja")
    assert isinstance(evil, Refusal)


def test_a_suppressed_pr406_lets_any_address_through_but_never_a_script() -> None:
    segment = _linked(f"{SITE}/en/news/")
    other = sanitize(segment, '<a href="https://partner.example/ja/">x</a>', any_target=True)
    assert isinstance(other, SafeFragment)
    script = sanitize(segment, '<a href="javascript:alert(1)">x</a>', any_target=True)
    assert isinstance(script, Refusal)
    handler = sanitize(segment, f'<a href="{SITE}/en/news/" onclick="x()">x</a>', any_target=True)
    assert isinstance(handler, Refusal)
