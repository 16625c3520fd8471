"""PR205: a link that goes through another service's redirect (a draft copied out of
Google Docs, an Outlook e-mail, a social network) is reported, with a safe fix to its
target where the wrapper names it; a search page, a share link of one's own site or a
look-alike host is no wrapper. PR206: a link to a file on the author's computer or an
address of a private network is reported; a site's relative links are not. The fixtures
PR205.* and PR206.* pin the findings and the fixes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prlocalize.checking import check_document
from prlocalize.findings import Finding
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules
from prlocalize.urls import Redirect, private_address, unwrap_redirect


@pytest.mark.parametrize(
    ("url", "found"),
    [
        (
            "https://www.google.com/url?q=https://example.com/a?b=1&sa=D&source=editors&usg=x",
            Redirect("Google", "https://example.com/a?b=1"),
        ),
        (
            "https://www.google.co.jp/url?q=https://example.jp/&sa=D",
            Redirect("Google", "https://example.jp/"),
        ),
        (
            "https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fn%3Fid%3D3"
            "&data=05%7C02&sdata=x&reserved=0",
            Redirect("Outlook Safe Links", "https://example.com/n?id=3"),
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2F&h=AT0",
            Redirect("Facebook", "https://example.com/"),
        ),
        (
            "https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample.com&urlhash=x",
            Redirect("LinkedIn", "https://example.com"),
        ),
        (
            "https://slack-redir.net/link?url=https%3A%2F%2Fexample.com",
            Redirect("Slack", "https://example.com"),
        ),
        (
            "https://urldefense.proofpoint.com/v2/url?u=https-3A__example.com_a-2Db&d=x",
            Redirect("Proofpoint", "https://example.com/a-b"),
        ),
        # a target's '%20', decoded with the parameter, is quoted again; not its other letters
        (
            "https://www.google.com/url?q=https://example.com/Fact%20Sheet.pdf&sa=D",
            Redirect("Google", "https://example.com/Fact%20Sheet.pdf"),
        ),
        (
            "https://www.google.com/url?q=https://example.jp/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9",
            Redirect("Google", "https://example.jp/ニュース"),
        ),
        ("https://urldefense.com/v3/__https://example.com/a__;!!x", Redirect("Proofpoint", None)),
        ("https://protect-eu.mimecast.com/s/AbC?domain=example.com", Redirect("Mimecast", None)),
        # the wrapper's target is not a web address: reported, never written as a fix
        ("https://www.google.com/url?q=javascript:alert(1)&sa=D", Redirect("Google", None)),
        # not wrappers
        ("https://www.google.com/search?q=prlocalize", None),
        ("https://www.google.com/url", None),
        ("https://example.com/share?url=https://example.com/a", None),
        ("https://google.com.evil.example/url?q=https://example.com", None),
        ("https://evilgoogle.com/url?q=https://example.com", None),
        ("mailto:press@example.com", None),
        ("not a url", None),
    ],
)
def test_unwrap_redirect(url: str, found: Redirect | None) -> None:
    assert unwrap_redirect(url) == found


@given(st.text(max_size=200))
def test_unwrap_redirect_takes_any_text(text: str) -> None:
    found = unwrap_redirect(text)
    assert found is None or found.target is None or found.target.startswith(("http://", "https://"))


def _findings(text: str, fmt: str) -> list[Finding]:
    path = {"html": "release.html", "markdown": "release.md", "text": "release.txt"}[fmt]
    document = parse_text(text, path=path, format=fmt, lang="en")
    return [
        f
        for f in check_document(document, Glossary([]), None, select_rules(target="source"))
        if f.code == "PR205"
    ]


def _fixed(text: str, finding: Finding) -> str:
    assert finding.fix is not None
    for edit in sorted(finding.fix.edits, key=lambda e: e.span.start, reverse=True):
        text = text[: edit.span.start] + edit.replacement + text[edit.span.end :]
    return text


@pytest.mark.parametrize(
    ("html", "after"),
    [
        # single quotes; an <abbr> opening the link text (not the <a> tag)
        (
            "<p>See <a class='x' href='https://www.google.com/url?q=https://example.com/p&amp;sa=D'>"
            "<abbr>FAQ</abbr> page</a>.</p>",
            "<p>See <a class='x' href='https://example.com/p'><abbr>FAQ</abbr> page</a>.</p>",
        ),
        # the wrapped address is the link's text too (how Outlook pastes a link)
        (
            '<p>Read <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fr">'
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fr</a> today.</p>",
            '<p>Read <a href="https://example.com/r">https://example.com/r</a> today.</p>',
        ),
        # a quote a URL may not hold is quoted again; an ampersand is escaped in the
        # attribute
        (
            '<p>See <a href="https://www.google.com/url?q=https://example.com/%22a%22">it</a>.</p>',
            '<p>See <a href="https://example.com/%22a%22">it</a>.</p>',
        ),
        (
            '<p>See <a href="https://www.google.com/url?q=https://example.com/%3Fa%3D1%26b%3D2">'
            "it</a>.</p>",
            '<p>See <a href="https://example.com/?a=1&amp;b=2">it</a>.</p>',
        ),
    ],
)
def test_html_fixes_write_the_target_into_the_attribute(html: str, after: str) -> None:
    (finding,) = _findings(html, "html")
    assert _fixed(html, finding) == after


def test_a_wrapper_with_no_usable_target_has_no_fix() -> None:
    html = '<p>See <a href="https://www.google.com/url?q=javascript:alert(1)">this</a>.</p>'
    (finding,) = _findings(html, "html")
    assert finding.fix is None and "follow it once" in finding.message


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('<p>Search <a href="https://www.google.com/search?q=kestrel">for us</a>.</p>', "html"),
        ("Share: [link](https://example.com/share?url=https://example.com/a)\n", "markdown"),
        ("Our site is https://example.com/?url=https://example.com/b.\n", "text"),
        ("E-mail press@google.com or see https://www.google.com/url for the notice.\n", "text"),
    ],
)
def test_no_wrapper_no_finding(text: str, fmt: str) -> None:
    assert _findings(text, fmt) == []


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///C:/Users/kato/Desktop/photos.zip", "a file on the author's computer or network"),
        ("C:\\Users\\kim\\kit.zip", "a file on the author's computer or network"),
        ("\\\\fileserver\\pr\\kit.zip", "a file on the author's computer or network"),
        ("%5Cfileserver%5Cpr%5Ckit.zip", "a file on the author's computer or network"),
        ("http://localhost:3000/news", "the author's own machine"),
        ("http://127.0.0.1/a", "the author's own machine"),
        ("https://[::1]/x", "the author's own machine"),
        ("http://192.168.1.20/press", "an address of a private network"),
        ("http://10.0.0.5/", "an address of a private network"),
        ("http://intranet/pr/kit", "a host of a private network"),
        ("https://wiki.corp/pr", "a host of a private network"),
        ("https://printer.local/", "a host of a private network"),
        # addresses anyone can open, and a site's own pages
        ("https://www.example.com/a", None),
        ("https://8.8.8.8/", None),
        ("/studios/", None),
        ("../press/kit.pdf", None),
        ("photo.jpg", None),
        ("mailto:press@example.com", None),
        ("#top", None),
    ],
)
def test_private_address(url: str, why: str | None) -> None:
    assert private_address(url) == why


@given(st.text(max_size=200))
def test_private_address_takes_any_text(text: str) -> None:
    private_address(text)  # never raises


def test_local_links_in_a_release() -> None:
    html = (
        '<p>Photos: <a href="file:///C:/Users/kato/Desktop/photos.zip">press kit</a>, the '
        '<a href="/studios/">studios page</a> and <a href="https://example.com/">our site</a>.</p>'
    )
    document = parse_text(html, path="release.html", format="html", lang="en")
    found = [
        f
        for f in check_document(document, Glossary([]), None, select_rules(target="source"))
        if f.code == "PR206"
    ]
    assert [f.found for f in found] == ["press kit"] and found[0].fix is None
