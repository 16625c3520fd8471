"""The page builders, on Documents made by hand (no reader involved)."""

from __future__ import annotations

import datetime

import pytest
from publish_docs import DocBuilder, html_document, link

from prlocalize.document import BlockKind, Inline
from prlocalize.render.dates import localize_date, localize_dateline, parse_date
from prlocalize.render.html import build_html, render_document

K = BlockKind
ROSTER_LINE = "Hiroaki Ueno, President, Japan Pharmaceutical Manufacturers Association"
ALTERNATES = {
    "ja": "../ja/release.html",
    "ko": "../ko/release.html",
    "x-default": "../ja/release.html",
}


def _release():
    return (
        DocBuilder()
        .block(K.BREADCRUMB, "Top")
        .block(K.HEADING, "Leaders Meet at Shonan iPark")
        .block(K.DATELINE, "May 10, 2024")
        .block(
            K.PARAGRAPH,
            "The roundtable was held.",
            link("Details are online.", "online", "https://example.com/n"),
        )
        .block(K.HEADING, "Roundtable participants")
        .block(K.HEADING, "<Japan>", attrs=(("role", "roster-group"),))
        .block(K.ROSTER_LINE, ROSTER_LINE)
        .block(K.ROSTER_LINE, "Toshio Fujimoto, CEO, iPark Institute Co., Ltd.")
        .block(K.LIST_ITEM, "lab space,")
        .block(K.LIST_ITEM, "introductions.")
        .build()
    )


JA = {
    (None, "Leaders Meet at Shonan iPark"): "湘南アイパークで首脳会合",
    (None, "The roundtable was held."): "円卓会議が開催された。",
    (
        None,
        'Details are <a href="https://example.com/n">online</a>.',
    ): '詳細は<a href="https://example.com/n">オンライン</a>で。',
    (None, ROSTER_LINE): "日本製薬工業協会 会長 上野 裕明",
    (None, "<Japan>"): "<日本>",
}


def test_text_release_becomes_a_semantic_page() -> None:
    result = render_document(_release(), JA, "ja", alternates=ALTERNATES)
    page = result.html.decode()
    assert page.startswith('<!DOCTYPE html>\n<html lang="ja">')
    assert "<title>湘南アイパークで首脳会合</title>" in page
    assert '<link rel="alternate" hreflang="ko" href="../ko/release.html">' in page
    assert '<link rel="alternate" hreflang="x-default" href="../ja/release.html">' in page
    # every version lists itself too, as search engines ask
    assert '<link rel="alternate" hreflang="ja" href="../ja/release.html">' in page
    assert 'rel="canonical"' not in page  # no page-url: the live address is unknown
    assert "<h1>湘南アイパークで<wbr>首脳会合</h1>" in page  # <wbr>: a phrase boundary
    assert '<p class="dateline"><time datetime="2024-05-10">2024年5月10日</time></p>' in page
    # Japanese sentences run on without a space; the link is kept
    assert (
        '<p>円卓会議が開催された。詳細は<a href="https://example.com/n">オンライン</a>で。</p>'
        in page
    )
    assert '<h2 lang="en">Roundtable participants</h2>' in page
    assert "<h3>&lt;日本&gt;</h3>" in page
    assert (
        '<ul class="roster">\n<li>日本製薬工業協会 会長 上野 裕明</li>\n<li lang="en">Toshio'
        in page
    )
    assert '<nav class="breadcrumb">' in page and '<ul>\n<li lang="en">lab space,</li>' in page
    assert result.segments == 11
    assert result.translated == 6  # five translations and the dateline Babel wrote
    assert [s.text for s in result.missing] == [
        "Top",
        "Roundtable participants",
        "Toshio Fujimoto, CEO, iPark Institute Co., Ltd.",
        "lab space,",
        "introductions.",
    ]


def test_untranslated_sentence_in_a_translated_block_is_marked_as_source_language() -> None:
    doc = DocBuilder().block(K.PARAGRAPH, "One.", "Two.").build()
    page = build_html(doc, {(None, "One."): "하나."}, "ko").decode()
    assert '<p>하나. <span lang="en">Two.</span></p>' in page


def test_output_is_deterministic() -> None:
    assert build_html(_release(), JA, "ja", alternates=ALTERNATES) == build_html(
        _release(), dict(JA), "ja", alternates=dict(ALTERNATES)
    )


def test_msgctxt_selects_the_translation() -> None:
    doc = DocBuilder().block(K.HEADING, "Contact", context="heading").build()
    assert "<h1>連絡先</h1>" in build_html(doc, {("heading", "Contact"): "連絡先"}, "ja").decode()
    assert (
        '<h1 lang="en">Contact</h1>'
        in build_html(doc, {(None, "Contact"): "連絡先"}, "ja").decode()
    )


SOURCE_HTML = """<!DOCTYPE html>
<html class="page" lang="en">
<head>
<meta charset="utf-8">
<title>R&amp;D News</title>
<meta name="description" content="A short &quot;summary&quot;.">
</head>
<body>
<!-- kept as it was -->
<h1>R&amp;D News</h1>
<p>See   <a href="https://x.example/a?b=1&amp;c=2">the <em>full</em> story</a>.</p>
<p><a href="/whole">Whole link.</a></p>
<img src="logo.png" alt="Logo of Acme">
<script>window.track && track("view");</script>
</body>
</html>
"""


def _html_doc():
    a = Inline("a", (("href", "https://x.example/a?b=1&c=2"),), 4, 18)
    em = Inline("em", (), 8, 12)
    whole = Inline("a", (("href", "/whole"),), 0, 11)
    return html_document(
        SOURCE_HTML,
        [
            (K.META, "R&D News", (), "R&amp;D News"),
            (K.META, 'A short "summary".', (), "A short &quot;summary&quot;."),
            (K.HEADING, "R&D News", (), "R&amp;D News"),
            (
                K.PARAGRAPH,
                "See the full story.",
                (a, em),
                'See   <a href="https://x.example/a?b=1&amp;c=2">the <em>full</em> story</a>.',
            ),
            (K.PARAGRAPH, "Whole link.", (whole,), "Whole link."),
            (K.ATTRIBUTE, "Logo of Acme", (), "Logo of Acme"),
        ],
    )


def test_html_release_is_localised_in_place() -> None:
    doc = _html_doc()
    texts = [s.text for s in doc.segments()]
    table = dict(
        zip(
            ((None, t) for t in texts),
            [
                "研究開発ニュース",
                "短い「要約」。",
                "研究開発ニュース",
                '<a href="https://x.example/a?b=1&amp;c=2"><em>全文</em>記事</a>をご覧ください。',
                '<a href="/whole">リンク全体。</a>',
                "Acmeのロゴ",
            ],
            strict=True,
        )
    )
    result = render_document(doc, table, "ja", alternates=ALTERNATES)
    assert result.html.decode() == SOURCE_HTML.replace(
        '<html class="page" lang="en">', '<html lang="ja" class="page">'
    ).replace("<title>R&amp;D News</title>", "<title>研究開発ニュース</title>").replace(
        "A short &quot;summary&quot;.", "短い「要約」。"
    ).replace("<h1>R&amp;D News</h1>", "<h1>研究開発ニュース</h1>").replace(
        'See   <a href="https://x.example/a?b=1&amp;c=2">the <em>full</em> story</a>.',
        '<a href="https://x.example/a?b=1&amp;c=2"><em>全文</em>記事</a>をご覧ください。',
    ).replace('<a href="/whole">Whole link.</a>', '<a href="/whole">リンク全体。</a>').replace(
        'alt="Logo of Acme"', 'alt="Acmeのロゴ"'
    ).replace(
        "</head>",
        '<link rel="alternate" hreflang="ja" href="../ja/release.html">\n'
        '<link rel="alternate" hreflang="ko" href="../ko/release.html">\n'
        '<link rel="alternate" hreflang="x-default" href="../ja/release.html">\n</head>',
    ).replace(
        "</body>",
        '<footer class="translation-note" lang="ja"><p>'
        "このページは全6文のうち6文（100%）を翻訳したものです。</p></footer>\n</body>",
    )
    assert result.translated == 6 and not result.missing


def test_html_release_without_translations_changes_only_lang_and_links() -> None:
    page = build_html(_html_doc(), {}, "ko").decode()
    body = SOURCE_HTML.split("</head>")[1]
    # every sentence of the body says it is English; nothing else changes
    for raw in (
        "R&amp;D News",
        'See   <a href="https://x.example/a?b=1&amp;c=2">the <em>full</em> story</a>.',
        '<a href="/whole">Whole link.</a>',
    ):
        body = body.replace(raw, f'<span lang="en">{raw}</span>', 1)
    body = body.replace(
        "</body>",
        '<footer class="translation-note" lang="ko"><p>'
        "이 페이지는 전체 6개 문장 중 0개(0%)를 번역한 것입니다.</p></footer>\n</body>",
    )
    assert page.endswith(body)
    assert '<html lang="ko" class="page">' in page
    assert "<title>R&amp;D News</title>" in page  # (no element can go inside a title)


def test_html_without_charset_or_head_gets_them() -> None:
    source = "<p>Hello.</p>\n"
    doc = html_document(source, [(K.PARAGRAPH, "Hello.", (), "Hello.")])
    page = build_html(doc, {(None, "Hello."): "こんにちは。"}, "ja", alternates=ALTERNATES).decode()
    assert page.startswith('\n<html lang="ja">\n<meta charset="utf-8">')
    assert "<p>こんにちは。</p>" in page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 10, 2024", datetime.date(2024, 5, 10)),
        ("Sept. 5, 2024", datetime.date(2024, 9, 5)),
        ("10 May 2024", datetime.date(2024, 5, 10)),
        ("Tokyo, March 3rd, 2023", datetime.date(2023, 3, 3)),
        ("2024-05-10", datetime.date(2024, 5, 10)),
        ("2024年5月10日", datetime.date(2024, 5, 10)),
        ("2024년 5월 10일", datetime.date(2024, 5, 10)),
        ("February 30, 2024", None),
        ("Press Release", None),
    ],
)
def test_parse_date(text: str, expected: datetime.date | None) -> None:
    assert parse_date(text) == expected


def test_localized_dates() -> None:
    may = datetime.date(2024, 5, 10)
    assert localize_date(may, "ja") == "2024年5月10日"
    assert localize_date(may, "ko") == "2024년 5월 10일"
    assert localize_date(may, "zh-Hant") == "2024年5月10日"
    assert localize_dateline("May 10, 2024", "ko") == "2024년 5월 10일"
    # datelines are localised whole (place from CLDR or the glossary) or not at all
    assert localize_dateline("Tokyo, May 10, 2024", "ja") == "東京、2024年5月10日"
    assert localize_dateline("TOKYO, April 1, 2025", "ja") == "東京、2025年4月1日"
    assert localize_dateline("SEOUL, South Korea, April 1, 2025", "ko") == (
        "서울, 대한민국, 2025년 4월 1일"
    )
    assert localize_dateline("Fujisawa, Japan, May 10, 2024", "ja") is None
    assert localize_dateline(
        "Fujisawa, Japan, May 10, 2024", "ja", places={"fujisawa": "藤沢市"}
    ) == ("藤沢市、日本、2024年5月10日")
    assert localize_dateline("TOKYO--(BUSINESS WIRE)--April 1, 2025", "ja") is None
    assert localize_dateline("東京、2025年4月1日", "en", source_lang="ja") == "Tokyo, April 1, 2025"
    assert localize_dateline("Press Release", "ja") is None


MARKDOWN = """# Title here

Intro with a logo ![Logo of iPark](logo.png) and [a link](https://e.example/).

| Name | Role |
|------|------|
| Ueno | President |

1. first
2. second

- one
- two
"""


def test_markdown_images_tables_and_numbered_lists() -> None:
    from prlocalize.readers import parse_text

    doc = parse_text(MARKDOWN, path="note.md", format="markdown", lang="en")
    page = build_html(doc, {(None, "Logo of iPark"): "アイパークのロゴ"}, "ja").decode()
    assert 'alt="アイパークのロゴ"' in page and ">Logo of iPark<" not in page
    assert (
        '<thead>\n<tr>\n<th lang="en">Name</th>\n<th lang="en">Role</th>\n</tr>\n</thead>\n'
        '<tbody>\n<tr>\n<td lang="en">Ueno</td>\n<td lang="en">President</td>\n</tr>\n</tbody>'
    ) in page
    assert '<ol>\n<li lang="en">first</li>' in page
    assert '<ul>\n<li lang="en">one</li>' in page
    assert '<a href="https://e.example/">a link</a>' in page


def test_html_with_crlf_and_bom_keeps_its_line_endings() -> None:
    from prlocalize.readers import decode_source, parse_text

    raw = (
        '\ufeff<!DOCTYPE html>\r\n<html lang="en">\r\n<head>\r\n<meta charset="utf-8">\r\n'
        "<title>News</title>\r\n</head>\r\n<body>\r\n<p>First <b>bold</b> one. Second with "
        '<a href="/x?a=1&amp;b=2">a\r\nlink</a>.</p>\r\n</body>\r\n</html>\r\n'
    ).encode()
    text = decode_source(raw, "crlf.html")
    doc = parse_text(text, path="crlf.html", format="html", lang="en")
    table = {(None, s.text): "訳。" for s in doc.segments()}
    table[(None, 'Second with <a href="/x?a=1&amp;b=2">a link</a>.')] = (
        '<a href="/x?a=1&amp;b=2">リンク</a>付き。'
    )
    page = build_html(doc, table, "ja", alternates=ALTERNATES).decode()
    assert "\n" not in page.replace("\r\n", "")  # every added line ends in CRLF too
    assert '<p>訳。<a href="/x?a=1&amp;b=2">リンク</a>付き。</p>' in page  # no space after 。
    assert "<title>訳。</title>" in page


def test_a_phrase_in_another_language_keeps_its_span_and_nothing_else_passes() -> None:
    from prlocalize.readers import parse_text

    source = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>T</title></head>'
        '<body><p>The title <span lang="ko">보도자료</span> means press release.</p>'
        "</body></html>\n"
    )
    doc = parse_text(source, path="r.html", format="html")
    msgid = 'The title <span lang="ko">보도자료</span> means press release.'
    kept = '<span lang="ko">보도자료</span>はプレスリリースの意味です。'
    page = build_html(doc, {(None, msgid): kept}, "ja").decode()
    assert kept in page
    for changed in (
        '<span lang="ja">보도자료</span>はプレスリリースの意味です。',
        '<span lang="ko" onclick="x()">보도자료</span>はプレスリリースの意味です。',
    ):
        result = render_document(doc, {(None, msgid): changed}, "ja")
        assert result.refused and "プレスリリース" not in result.html.decode()


def test_sentences_are_joined_by_the_target_languages_rules() -> None:
    import dataclasses

    from publish_docs import html_document

    # Japanese: no space after any full-width ending, 、 included (「存在し、双方が」)
    doc = DocBuilder().block(K.PARAGRAPH, "A market exists,", "and both agree.").build()
    table = {
        (None, "A market exists,"): "市場が存在し、",
        (None, "and both agree."): "双方が合意した。",
    }
    page = build_html(doc, table, "ja").decode()
    assert "<p>市場が存在し、双方が合意した。</p>" in page
    # Korean from a Japanese release: a space between sentences the source ran together
    source = "<html><body><p>東京で開催。参加者は10名。</p></body></html>"
    doc = dataclasses.replace(
        html_document(
            source,
            [
                (K.PARAGRAPH, "東京で開催。", (), "東京で開催。"),
                (K.PARAGRAPH, "参加者は10名。", (), "参加者は10名。"),
            ],
        ),
        lang="ja",
    )
    doc = dataclasses.replace(
        doc,
        blocks=(
            dataclasses.replace(
                doc.blocks[0], segments=tuple(s for b in doc.blocks for s in b.segments)
            ),
        ),
    )
    table = {(None, "東京で開催。"): "도쿄에서 개최.", (None, "参加者は10名。"): "참가자는 10명."}
    page = build_html(doc, table, "ko").decode()
    assert "<p>도쿄에서 개최. 참가자는 10명.</p>" in page
