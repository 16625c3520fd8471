"""The HTML reader: blocks, canonical inline markup, skipped parts, attributes, offsets."""

from __future__ import annotations

import pytest

from prlocalize.document import Document
from prlocalize.errors import InputError
from prlocalize.readers import parse_text

PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ten &amp; More Ventures</title>
<meta name="description" content="Shonan iPark &amp; the ministry agree.">
<style>p { color: red }</style>
<script>document.write("<p>Hidden</p>")</script>
</head>
<body>
<nav class="breadcrumb"><ol><li><a href="/">Top</a></li><li>News</li></ol></nav>
<h1>iPark Institute Co., Ltd. &amp; Partners</h1>
<p class="dateline">May 10, 2024</p>
<!-- prlocalize: ignore PR203 PR201 -->
<p>The park &mdash; run by iPark Institute Co., Ltd. &mdash; grew. \
See <a href="https://x.example/?a=1&amp;b=2" title="More info">the <em>full</em> story</a>.</p>
<p translate="no">Keep as is</p><p class="notranslate big">Nor this</p>
<div>Loose text <p>inner paragraph</p> tail text</div>
<p>Contact:<br>pr@example.com</p>
<img src="logo.png" alt="Logo of iPark">
<table><tr><th>Name</th><td>Hiroaki Ueno</td></tr></table>
<ul><li>one<ul><li>nested</li></ul></li></ul>
</body></html>
"""


def parse(text: str = PAGE) -> Document:
    return parse_text(text, path="r.html", format="html")


def test_blocks_kinds_and_canonical_text() -> None:
    doc = parse()
    assert [(b.kind.value, [s.text for s in b.segments]) for b in doc.blocks] == [
        ("meta", ["Ten & More Ventures"]),  # no inline markup: the canonical text is plain
        ("meta", ["Shonan iPark & the ministry agree."]),
        ("breadcrumb", ['<a href="/">Top</a>']),
        ("breadcrumb", ["News"]),
        ("heading", ["iPark Institute Co., Ltd. & Partners"]),
        ("dateline", ["May 10, 2024"]),
        (
            "paragraph",
            [
                "The park — run by iPark Institute Co., Ltd. — grew.",
                'See <a href="https://x.example/?a=1&amp;b=2">the <em>full</em> story</a>.',
            ],
        ),
        ("attribute", ["More info"]),
        ("paragraph", ["Loose text"]),
        ("paragraph", ["inner paragraph"]),
        ("paragraph", ["tail text"]),
        ("paragraph", ["Contact:<br/> pr@example.com"]),
        ("attribute", ["Logo of iPark"]),
        ("table_cell", ["Name"]),
        ("table_cell", ["Hiroaki Ueno"]),
        ("list_item", ["one"]),
        ("list_item", ["nested"]),
    ]
    assert doc.blocks[6].ignore == frozenset({"PR203", "PR201"})
    assert doc.blocks[4].attr("level") == "1"
    assert doc.blocks[7].attrs == (("attr", "title"), ("element", "a"))
    assert [b.attrs for b in doc.blocks[13:17]] == [
        (("cell", "th"), ("row", "1")), (("cell", "td"), ("row", "1")),
        (("list", "bullet"),), (("list", "bullet"),),
    ]  # fmt: skip


def test_every_table_row_has_its_own_number() -> None:
    # rows were keyed by id() of lxml's element proxies, which are freed and reused: a long
    # table numbered its rows 1-4 over and over
    rows = "".join(f"<tr><td>x{n} <b>b</b><i>c</i></td><td>y</td></tr>" for n in range(40))
    doc = parse_text(f"<table>{rows}</table>", path="t.html", format="html")
    numbers = [b.attr("row") for b in doc.blocks if b.kind == "table_cell"]
    assert numbers == [str(n // 2 + 1) for n in range(80)]


def test_plain_text_has_no_markup_and_maps_to_the_source() -> None:
    doc = parse()
    for segment in doc.segments():
        for index, char in enumerate(segment.plain):
            at = segment.source_offset(index)
            if doc.text[at] in "&<":
                continue  # an entity standing for the character, a <br> for a space
            assert doc.text[at] == char or (char.isspace() and doc.text[at].isspace()), (
                segment.id,
                index,
            )
    heading = doc.segment_by_id("b5.s1")
    assert heading.plain == "iPark Institute Co., Ltd. & Partners"
    assert doc.text.startswith("&amp; Partners</h1>", heading.source_offset(26))
    assert (
        doc.text[heading.span.start : heading.span.end]
        == "iPark Institute Co., Ltd. &amp; Partners"
    )


def test_positions_of_segments() -> None:
    doc = parse()
    for seg_id, line, column in [("b5.s1", 10, 5), ("b7.s2", 13, 68), ("b2.s1", 4, 35)]:
        pos = doc.position(doc.segment_by_id(seg_id).span.start)
        assert (pos.line, pos.column) == (line, column), seg_id


def test_same_text_in_markup_attribute_is_not_mistaken_for_the_text() -> None:
    doc = parse('<p><img src="a.png" alt="Logo"> Logo text</p>')
    segment = next(s for s in doc.segments() if s.plain == "Logo text")
    assert doc.text[segment.span.start : segment.span.end] == "Logo text"


def test_malformed_html_is_read_without_crashing() -> None:
    doc = parse("<p>Unclosed <b>bold\n<p>Next one</div></span>\n<li>stray item")
    assert [s.text for s in doc.segments()] == ["Unclosed <b>bold</b>", "Next one", "stray item"]


def test_fragment_without_html_or_body() -> None:
    doc = parse("<h2>About iPark</h2><p>It runs a park.</p>")
    assert [(b.kind.value, b.segments[0].text) for b in doc.blocks] == [
        ("heading", "About iPark"),
        ("paragraph", "It runs a park."),
    ]


def test_xml_declaration_and_crlf() -> None:
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\r\n'
        "<html><body>\r\n<p>One.\r\nTwo.</p></body></html>"
    )
    doc = parse(text)
    one, two = doc.segments()
    assert (one.text, two.text) == ("One.", "Two.")
    pos = doc.position(two.span.start)
    assert (pos.line, pos.column) == (4, 1)


def test_japanese_page_detects_language() -> None:
    doc = parse(
        "<html><body><p>湘南アイパークは2018年に開設されました。次の文です。</p></body></html>"
    )
    assert doc.lang == "ja"
    assert [s.text for s in doc.segments()] == [
        "湘南アイパークは2018年に開設されました。",
        "次の文です。",
    ]


def test_nesting_the_parser_cannot_hold_is_an_input_error_not_lost_text() -> None:
    assert [s.text for s in parse("<div>" * 200 + "Deep." + "</div>" * 200).segments()] == ["Deep."]
    with pytest.raises(InputError, match="nested too deeply to read whole") as info:
        parse("\n\n" + "<div>" * 300 + "Deep.")
    assert info.value.line == 3


def test_code_listing_is_a_block_without_segments_and_pre_prose_is_text() -> None:
    text = "<p>Run:</p>\n<pre><code>make run\n</code></pre>\n<pre>Plain  prose.</pre>"
    doc = parse(text)
    assert [(b.kind.value, [s.text for s in b.segments]) for b in doc.blocks] == [
        ("paragraph", ["Run:"]),
        ("code", []),
        ("paragraph", ["Plain prose."]),
    ]
    code = doc.blocks[1]
    assert text[code.span.start : code.span.end] == "<pre><code>make run\n</code></pre>"


def test_html_lang_attribute_sets_the_language() -> None:
    # a mostly-Japanese page declared English stays English (its Japanese is a fragment)
    source = '<html lang="en-US"><body><p>日本語の文です。もう一つ。</p><p>Hello.</p></body></html>'
    assert parse_text(source, path="p.html", format="html").lang == "en"
    undeclared = "<html><body><p>日本語の文です。</p></body></html>"
    assert parse_text(undeclared, path="p.html", format="html").lang == "ja"
    explicit = parse_text(source, path="p.html", format="html", lang="ja")
    assert explicit.lang == "ja"


RUBY_PAGE = """\
<html lang="ja"><body>
<p><ruby>東雲<rp>（</rp><rt>しののめ</rt><rp>）</rp></ruby> <ruby>暁<rt>あきら</rt></ruby>所長は\
<ruby>汐<rt>しお</ruby><ruby>留<rt>どめ</ruby>研究所で説明しました。</p>
<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>の<b>読み</b>。</p>
</body></html>
"""


def test_a_ruby_reading_is_no_word_of_the_sentence() -> None:
    # the reading and its fallback brackets are passed over, with or without their end
    # tags, and every letter kept still maps to its place in the source
    doc = parse_text(RUBY_PAGE, path="r.html", format="html")
    plains = [s.plain for s in doc.segments()]
    assert plains == ["東雲 暁所長は汐留研究所で説明しました。", "漢字の読み。"]
    for segment in doc.segments():
        for index, char in enumerate(segment.plain):
            if not char.isspace():
                assert doc.text[segment.source_offset(index)] == char, (segment.id, index)


_WORD_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word">'
    '<head><meta name=Generator content="Microsoft Word 15"></head>'
)


def test_a_word_page_s_keyboard_language_spans_are_not_kept() -> None:
    # Word marks each run with the keyboard's language, cut mid-word at each edit: in
    # English or in the page's own language the span says nothing of the phrase
    english = (
        f"{_WORD_HEAD}<body lang=EN-US><p class=MsoNormal><span lang=EN-US>Hoshizora opened a"
        " c</span><span lang=EN-US>enter in Kikuyo.</span></p></body></html>"
    )
    document = parse(english)
    assert [s.text for b in document.blocks for s in b.segments] == [
        "Hoshizora opened a center in Kikuyo."
    ]
    korean = (
        f"{_WORD_HEAD}<body lang=KO><p class=MsoNormal><span lang=KO>호시조라계기는 "
        "</span><span lang=JA>星空計器</span><span lang=KO>의 한국 법인입니다.</span>"
        "<span lang=EN-US>2025</span></p></body></html>"
    )
    texts = [s.text for b in parse(korean).blocks for s in b.segments]
    # a Japanese run in a Korean page is still said to be Japanese
    assert texts == ['호시조라계기는 <span lang="JA">星空計器</span>의 한국 법인입니다.2025']


def test_another_maker_s_language_span_is_kept() -> None:
    html = '<html><body><p>The motto <span lang="la">per aspera</span> stays.</p></body></html>'
    assert [s.text for b in parse(html).blocks for s in b.segments] == [
        'The motto <span lang="la">per aspera</span> stays.'
    ]


@pytest.mark.parametrize(
    "head",
    [
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head></head>',
        '<HTML XMLNS:W="URN:SCHEMAS-MICROSOFT-COM:OFFICE:WORD"><head></head>',
        "<html><head><meta name=ProgId content=Word.Document></head>",
        '<html><head><META NAME="Generator" CONTENT="Microsoft Word 16"></head>',
    ],
)
def test_either_sign_of_a_word_page_alone_marks_it(head: str) -> None:
    # the namespace or the generator, in either case: the keyboard's language span goes
    page = f"{head}<body lang=EN-US><p><span lang=EN-US>Kiriyama opened a depot.</span></p>"
    assert [s.text for s in parse(page).segments()] == ["Kiriyama opened a depot."]


def test_a_namespace_past_the_head_s_first_8_kb_marks_no_word_page() -> None:
    page = (
        f"<html><head><title>{'t' * 9000}</title></head><body>"
        '<p xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<span lang="en-US">Kiriyama</span> opened a depot.</p></body></html>'
    )
    texts = [s.text for s in parse(page).segments()]
    assert texts[-1] == '<span lang="en-US">Kiriyama</span> opened a depot.'


def test_the_word_page_signs_are_searched_from_a_character_case_leaves_alone() -> None:
    # a pattern that opens with an alternation, or with a letter under IGNORECASE, is
    # tried at every position of the first 8 KB (a seventh of reading a release); one
    # that opens with '<' or ':' is skipped to in C
    from prlocalize.readers import html

    for pattern in html._WORD_PAGE:
        first = pattern.pattern[0]
        assert first.lower() == first.upper() and first.isprintable() and first not in "([\\"


def test_text_after_a_wbr_is_read() -> None:
    """libxml2's HTML parser nests what follows a <wbr> inside it (it knows no such empty
    element): that text is the sentence's, read and placed where the file has it. Pages
    with BudouX phrase breaks (Japanese sites, prlocalize's own built pages) lost all
    but the first phrase of every headline."""
    doc = parse(
        "<h1>ソリン化粧品、<wbr>金沢ビューティー商事と<wbr>提携</h1>"
        '<p>詳細は<a href="https://x.example/">こちら</a>を<wbr>ご覧ください。</p>'
    )
    heading, paragraph = (b.segments[0] for b in doc.blocks)
    assert heading.plain == "ソリン化粧品、金沢ビューティー商事と提携"
    assert paragraph.text == '詳細は<a href="https://x.example/">こちら</a>をご覧ください。'
    tail = heading.plain.index("提携")
    at = heading.source_span(tail, tail + 2)
    assert doc.text[at.start : at.end] == "提携"


def _live_drafts() -> int:
    import gc

    from prlocalize.readers._build import Draft

    return sum(1 for o in gc.get_objects() if o.__class__ is Draft)


@pytest.mark.parametrize("lang", ['lang="en"', ""])
def test_a_release_s_drafts_are_built_as_the_walk_finds_them_not_all_held(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Each block is built as soon as its draft is made: the drafts of a huge release (its
    plain text and source maps, as large as the document) were all held beside lxml's tree
    before the first block was built. Without a declared language, only the drafts of the
    text the language is guessed from wait."""
    from prlocalize.readers import _build

    paragraphs = "".join(
        f'<p>Paragraph {n} says <a href="/n/{n}">more</a>. It &amp; ends here, after a '
        f"second clause that makes it as long as a release's usual paragraph is.</p>\n"
        for n in range(120)
    )
    source = f"<html {lang}><head><title>T</title></head><body>{paragraphs}</body></html>"
    live: list[int] = []
    build_block = _build._build_block

    def counted(block_id: str, draft: _build.Draft, lang: str) -> object:
        live.append(_live_drafts())
        return build_block(block_id, draft, lang)

    monkeypatch.setattr(_build, "_build_block", counted)
    doc = parse_text(source, path="r.html", format="html")
    assert len(doc.blocks) == 121 and doc.lang == "en"
    assert max(live) < 60, max(live)  # (all 121 before the first block was built)


def test_a_streamed_release_is_the_document_read_from_the_list_of_drafts() -> None:
    """The blocks built as the walk goes are those built from the whole list of drafts."""
    from prlocalize.readers._build import build_document
    from prlocalize.readers.html import read_html

    body = "".join(
        f'<p title="Tip {n}">日本語の文{n}です。Then <b>English</b> &amp; more.</p>'
        f"<!-- prlocalize-ignore PR201 --><h2>Contact</h2><p>Contact</p><ul><li>Item {n}</li></ul>"
        for n in range(40)
    )
    source = f"<html><body>{body}<pre><code>x = 1</code></pre></body></html>"
    streamed = parse_text(source, path="r.html", format="html")
    listed = build_document("r.html", source, read_html(source, "r.html"), "html", None)
    assert streamed == listed
    assert streamed.lang == listed.lang


def test_a_block_found_as_it_is_keeps_no_offsets_and_maps_as_its_span() -> None:
    # a huge release's half million segments: no object a segment for what its span says
    source = (
        "<html><body><p>Tokyo is large. It rained.</p>"
        "<p>Fish &amp; chips. Here.</p><p>See <a href='/x'>this</a>. Done.</p></body></html>"
    )
    document = parse_text(source, path="r.html", format="html", lang="en")
    plain, entity, linked = (block.segments for block in document.blocks)
    for segment in plain:
        assert segment.offsets is None
        assert document.text[segment.span.start : segment.span.end] == segment.plain
        span = segment.source_span(2, 5)
        assert document.text[span.start : span.end] == segment.plain[2:5]
    assert entity[0].offsets is not None  # '&amp;' is 5 characters of the source for 1
    assert entity[0].source_offset(6) == entity[0].span.start + 10  # after the entity
    assert all(segment.offsets is not None for segment in linked)


def test_the_walk_lets_go_of_the_tree_as_it_goes() -> None:
    # a huge release's tree is freed a part at a time while its document grows, not kept
    # whole to the end beside it; what is read is the same
    from lxml import etree

    from prlocalize.readers.html import _Walker

    source = (
        "<html><body><div><p>Tokyo is large.</p><ul><li>One.</li><li>Two &amp; three.</li>"
        "</ul></div><table><tr><td>Cell.</td><td>Next.</td></tr></table>"
        "<p>See <a href='/x'>this</a>.</p></body></html>"
    )
    root = etree.fromstring(source.encode(), etree.HTMLParser(encoding="utf-8"))
    drafts = _Walker(source).run(root)
    assert len(root.find("body")) == 0
    assert [d.plain for d in drafts] == [
        "Tokyo is large.", "One.", "Two & three.", "Cell.", "Next.", "See this.",
    ]  # fmt: skip
