"""Translations are untrusted: only the source segment's own inline markup gets through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from publish_docs import DocBuilder, link

from prlocalize.document import BlockKind, Inline, Segment, Span, canonical_markup
from prlocalize.render.html import render_document
from prlocalize.render.sanitize import Refusal, SafeFragment, sanitize

HREF = "https://example.com/news?a=1&b=2"


def _segment(plain: str, inlines: tuple[Inline, ...] = ()) -> Segment:
    return Segment(
        "b0.s0", canonical_markup(plain, inlines), Span(0, len(plain)), "en", plain, None, inlines
    )


LINKED = _segment("See the full story.", (Inline("a", (("href", HREF),), 4, 18),))


def test_plain_text_is_escaped() -> None:
    result = sanitize(_segment("R&D News"), "研究開発 & <ニュース>")
    assert result == SafeFragment("研究開発 &amp; &lt;ニュース&gt;", "研究開発 & <ニュース>")


def test_bracketed_group_label_is_text_not_markup() -> None:
    assert isinstance(sanitize(_segment("<Japan>"), "<日本>"), SafeFragment)
    assert sanitize(_segment("<Japan>"), "<Japan>") == SafeFragment("&lt;Japan&gt;", "<Japan>")


def test_same_link_in_another_place_is_kept() -> None:
    result = sanitize(
        LINKED, f'<a href="{HREF.replace("&", "&amp;")}">記事全文</a>をご覧ください。'
    )
    assert isinstance(result, SafeFragment)
    assert (
        result.html == '<a href="https://example.com/news?a=1&amp;b=2">記事全文</a>をご覧ください。'
    )
    assert result.text == "記事全文をご覧ください。"


@pytest.mark.parametrize(
    ("msgstr", "reason"),
    [
        ("<script>alert(1)</script>記事", "<script>"),
        ('<a href="https://example.com/news?a=1&amp;b=2" onclick="steal()">記事</a>', "onclick"),
        ('<a href="javascript:alert(1)">記事</a>', "script URL"),
        ('<a href=" JaVaScRiPt:alert(1)">記事</a>', "script URL"),
        ('<a href="https://evil.example/">記事</a>', "evil.example"),
        ('<a href="data:text/html,<script>alert(1)</script>">記事</a>', "script"),
        ('<img src="x" onerror="alert(1)">', "<img>"),
        ("<em>記事</em>", "<em>"),
        ("<!-- hidden -->記事", "comment"),
        ('<body onload="alert(1)">記事', "<body>"),
        ('<a href="https://example.com/news?a=1&amp;b=2" title="x">記事</a>', "attributes"),
        ("<svg><script>alert(1)</script></svg>", "<svg>"),
    ],
)
def test_markup_the_source_did_not_have_is_refused(msgstr: str, reason: str) -> None:
    result = sanitize(LINKED, msgstr)
    assert isinstance(result, Refusal)
    assert reason in result.reason


@pytest.mark.parametrize(
    "msgstr",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "javascript:alert(1)",
        '<a href="https://evil.example/">here</a>',
    ],
)
def test_markup_in_a_plain_segment_is_refused(msgstr: str) -> None:
    assert isinstance(sanitize(_segment("Click the link."), msgstr), Refusal)


def test_entity_encoded_script_stays_text() -> None:
    result = sanitize(LINKED, "&lt;script&gt;alert(1)&lt;/script&gt;")
    assert isinstance(result, SafeFragment)
    assert "<script" not in result.html and "&lt;script&gt;" in result.html


@pytest.mark.parametrize(
    ("source", "msgstr", "text"),
    [
        (
            "Tsukimi Ropeway and Kogane Bus",
            "月見ロープウェイ&amp;黄金バス",
            "月見ロープウェイ&黄金バス",
        ),
        ("Fares rise on May 1.", "5月1日から&nbsp;運賃を改定", "5月1日から\u00a0運賃を改定"),
        ("Tsukimi Ropeway", "月見&#12539;ロープウェイ&#x3002;", "月見・ロープウェイ。"),
        ("Fares rise.", "運賃&#1;改定", "運賃改定"),
    ],
)
def test_references_in_a_plain_translation_are_characters(
    source: str, msgstr: str, text: str
) -> None:
    """A translator who sees markup in the catalog writes '&amp;' or '&nbsp;' as in HTML;
    in a sentence without markup it was escaped again and published as the text '&amp;'."""
    result = sanitize(_segment(source), msgstr)
    assert isinstance(result, SafeFragment)
    assert result.text == text
    assert "&amp;amp;" not in result.html and "&amp;nbsp;" not in result.html


def test_a_reference_the_source_writes_stays_text() -> None:
    """A sentence about '&amp;' itself (a web style guide) keeps it; the unknown '&x;' too."""
    result = sanitize(_segment("Write &amp; for an ampersand."), "アンパサンドは&amp;と書く&x;")
    assert result == SafeFragment(
        "アンパサンドは&amp;amp;と書く&amp;x;", "アンパサンドは&amp;と書く&x;"
    )


def test_an_encoded_tag_in_a_plain_translation_is_text() -> None:
    result = sanitize(_segment("Notice."), "&lt;script&gt;お知らせ")
    assert result == SafeFragment("&lt;script&gt;お知らせ", "<script>お知らせ")


ATTACKS = [
    "<script>alert('x')</script>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="https://evil.example/">x</a>',
    '<span onclick="alert(1)">x</span>',
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/"></iframe>',
]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_attacks_never_reach_the_page(attack: str, fmt: str) -> None:
    if fmt == "text":
        doc = (
            DocBuilder()
            .block(BlockKind.HEADING, "Headline")
            .block(BlockKind.PARAGRAPH, "Plain sentence.", link("Read the story.", "story", HREF))
            .build()
        )
    else:
        from publish_docs import html_document

        source = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>T</title></head>'
            "<body><h1>Headline</h1><p>Plain sentence. Read the "
            f'<a href="{HREF.replace("&", "&amp;")}">story</a>.</p></body></html>\n'
        )
        a = Inline("a", (("href", HREF),), 9, 14)
        doc = html_document(
            source,
            [
                (BlockKind.HEADING, "Headline", (), "Headline"),
                (BlockKind.PARAGRAPH, "Plain sentence.", (), "Plain sentence."),
                (
                    BlockKind.PARAGRAPH,
                    "Read the story.",
                    (a,),
                    f'Read the <a href="{HREF.replace("&", "&amp;")}">story</a>.',
                ),
            ],
        )
    table = {(None, s.text): attack for s in doc.segments()}
    result = render_document(doc, table, "ja")
    page = result.html.decode()
    assert "alert" not in page
    assert "evil.example" not in page
    assert "<iframe" not in page and "onclick" not in page and "onerror" not in page
    assert HREF.replace("&", "&amp;") in page  # the real link survives
    assert len(result.refused) == 3
    assert all(f.code == "PR406" for f in result.refused)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' &;:aehijnoprstvcl()x1日본")), max_size=60))
def test_no_msgstr_can_add_an_element_or_handler(msgstr: str) -> None:
    result = sanitize(LINKED, msgstr)
    if isinstance(result, SafeFragment):
        from lxml import html as lxml_html

        root = lxml_html.fragment_fromstring(result.html or " ", create_parent="div")
        for element in root.iterdescendants():
            assert element.tag == "a"
            assert dict(element.attrib) == {"href": HREF}


def test_attribute_translations_cannot_break_out_of_their_attribute() -> None:
    from lxml import html as lxml_html
    from publish_docs import html_document

    source = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Logo</title>'
        '</head><body><img src="logo.png" alt="Logo of Acme"></body></html>\n'
    )
    doc = html_document(
        source,
        [
            (BlockKind.META, "Logo", (), "Logo"),
            (BlockKind.ATTRIBUTE, "Logo of Acme", (), "Logo of Acme"),
        ],
    )
    table = {
        (None, "Logo"): "</title><script>alert(1)</script>",
        (None, "Logo of Acme"): '" onerror="alert(1)',
    }
    result = render_document(doc, table, "ja")
    root = lxml_html.fromstring(result.html)
    (img,) = root.iter("img")
    assert dict(img.attrib) == {"src": "logo.png", "alt": '" onerror="alert(1)'}
    assert not list(root.iter("script"))
    assert root.findtext(".//title") == "Logo"  # refused: the source stays
    assert [f.code for f in result.refused] == ["PR406"]


@pytest.mark.parametrize(
    "template",
    [
        "<img src=logo.png alt={v}>",
        "<img alt={v} src=logo.png>",
        "<img src=logo.png title={v} />",
        "<img src='logo.png' alt='{v}'>",
        '<img src="logo.png" alt="{v}">',
    ],
)
@pytest.mark.parametrize("attack", ["x onerror=alert(1)", "x' onerror='alert(1)", 'x"/><script>'])
def test_unquoted_or_quoted_attributes_stay_one_attribute(template: str, attack: str) -> None:
    """A translation of an unquoted ``alt`` was once concatenated in unquoted: stored XSS."""
    from lxml import html as lxml_html

    from prlocalize.readers import parse_text

    source = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta name=description content=Acme>"
        "<title>T</title></head><body><p>Body text.</p>"
        + template.format(v="Logo")
        + "</body></html>\n"
    )
    doc = parse_text(source, path="r.html", format="html")
    table = {(None, s.text): attack for s in doc.segments() if s.text in {"Logo", "Acme"}}
    assert len(table) == 2
    result = render_document(doc, table, "ja")
    root = lxml_html.fromstring(result.html)
    markup = "<" in attack  # refused as markup the source did not have: the source stays
    (img,) = root.iter("img")
    (name,) = [k for k in img.attrib if k != "src"]
    assert dict(img.attrib) == {"src": "logo.png", name: "Logo" if markup else attack}
    (meta,) = root.xpath("//meta[@name='description']")
    assert dict(meta.attrib) == {"name": "description", "content": "Acme" if markup else attack}
    assert len(result.refused) == (2 if markup else 0)
    assert not list(root.iter("script"))


# -- invisible characters: what a paste or an attacker hides in a translation ---------


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u202b", "\u2066", "\u2067", "\u2068"])
def test_a_direction_control_the_source_lacks_is_refused(control: str) -> None:
    """'Trojan Source': the page would show the words in another order than a reviewer's
    diff, a search or a screen reader reads them."""
    result = sanitize(_segment("Pay to account 4021."), f"口座{control}1204\u202cに支払う。")
    assert isinstance(result, Refusal)
    assert f"U+{ord(control):04X}" in result.reason


def test_direction_controls_of_a_right_to_left_translation_are_its_own() -> None:
    msgstr = "\u0625\u0637\u0644\u0627\u0642 \u2066Tide Link\u2069 \u0627\u0644\u064a\u0648\u0645."
    result = sanitize(_segment("Tide Link launches today."), msgstr)
    assert isinstance(result, SafeFragment) and result.text == msgstr


def test_invisible_characters_a_paste_brought_are_left_out_of_the_page() -> None:
    result = sanitize(
        _segment("Cargo is tracked with TideLink."),
        "貨物は\ufeffTide\u200bLinkで\u00ad追跡\u200eします。\u2028詳細は後日。",
    )
    assert result == SafeFragment(
        "貨物はTideLinkで追跡します。詳細は後日。", "貨物はTideLinkで追跡します。詳細は後日。"
    )


def test_an_invisible_character_the_source_has_stays() -> None:
    """A soft hyphen the source breaks a long word at is the writer's choice."""
    result = sanitize(_segment("Hydro\u00adelectrolysis plant."), "Hydro\u00adelectrolysis-Anlage.")
    assert isinstance(result, SafeFragment) and "\u00ad" in result.text


def test_invisible_characters_inside_a_linked_translation_are_left_out() -> None:
    result = sanitize(
        LINKED, f'<a href="{HREF.replace("&", "&amp;")}">記事\u200b全文</a>をご覧ください。'
    )
    assert isinstance(result, SafeFragment)
    assert result.text == "記事全文をご覧ください。" and "\u200b" not in result.html


def test_quotes_stay_characters_in_text_and_apostrophes_in_attributes() -> None:
    """A translation's quotes were written as references ('&#x27;소라로밍&#x27;'): right for
    a browser, but every CMS diff, grep and text check of the page met them. Element
    content needs '<' and '&' escaped only; an attribute, always double-quoted, '"'."""
    from lxml import html as lxml_html

    from prlocalize.readers import parse_text

    source = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="description" content="Acme launches Sora.">'
        "<title>Acme launches Sora</title></head><body><h1>Acme launches Sora</h1>"
        '<p>"It works," she said.</p><img src="a.png" alt="The CEO\'s photo"></body></html>\n'
    )
    said = '그는 "잘 된다"고 말했다.'
    table = {
        (None, "Acme launches Sora."): "Acme, '소라' 출시 & \"공개\"",
        (None, "Acme launches Sora"): "Acme, '소라' 출시",
        (None, '"It works," she said.'): said,
        (None, "The CEO's photo"): 'CEO\'s "photo"',
    }
    doc = parse_text(source, path="r.html", format="html")
    result = render_document(doc, table, "ko")
    page = result.html.decode() if isinstance(result.html, bytes) else result.html
    assert "&#x27;" not in page and "&#39;" not in page
    assert "<title>Acme, '소라' 출시</title>" in page
    assert "<h1>Acme, '소라' 출시</h1>" in page
    assert f"<p>{said}</p>" in page
    assert "content=\"Acme, '소라' 출시 &amp; &quot;공개&quot;\"" in page
    assert 'alt="CEO\'s &quot;photo&quot;"' in page
    root = lxml_html.fromstring(page)
    assert root.findtext(".//h1") == "Acme, '소라' 출시"
    assert root.xpath("//img/@alt") == ['CEO\'s "photo"']
