"""The Markdown reader: block kinds, inline markup with targets, exact offsets, ignore comments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.document import BlockKind, Document
from prlocalize.errors import InputError
from prlocalize.readers import parse_text, read_document

SOURCE = """\
# Ten Ventures Join *Shonan iPark*

May 10, 2024

iPark Institute Co., Ltd. welcomed them. Read the
[full story](https://example.com/a_(b) "Story") &amp; more.

- lab space at **Shonan iPark**,
- help with `permits`.

> “We are pleased.” Said Toshio Fujimoto.

<!-- prlocalize: ignore PR203 PR201 -->
Click here for details.

| Name | Title |
|------|-------|
| Hiroaki Ueno | President \\| Chair |

![Logo of iPark](logo.png)

```
code is not translated
```
"""


def parse(text: str = SOURCE) -> Document:
    return parse_text(text, path="r.md", format="markdown")


def test_blocks_and_kinds() -> None:
    doc = parse()
    assert [(b.kind.value, [s.text for s in b.segments]) for b in doc.blocks] == [
        ("heading", ["Ten Ventures Join <em>Shonan iPark</em>"]),
        ("dateline", ["May 10, 2024"]),
        (
            "paragraph",
            [
                "iPark Institute Co., Ltd. welcomed them.",
                'Read the <a href="https://example.com/a_(b)" title="Story">full story</a>'
                " &amp; more.",
            ],
        ),
        ("list_item", ["lab space at <strong>Shonan iPark</strong>,"]),
        ("list_item", ["help with <code>permits</code>."]),
        ("quote", ["“We are pleased.”", "Said Toshio Fujimoto."]),
        ("paragraph", ["Click here for details."]),
        ("table_cell", ["Name"]),
        ("table_cell", ["Title"]),
        ("table_cell", ["Hiroaki Ueno"]),
        ("table_cell", ["President | Chair"]),
        ("attribute", ["Logo of iPark"]),
        ("code", []),  # kept for the page builder, never translated
    ]
    code = doc.blocks[-1]
    assert doc.text[code.span.start : code.span.end] == "```\ncode is not translated\n```"
    assert doc.blocks[0].attr("level") == "1"
    assert [b.attr("list") for b in doc.blocks[3:5]] == ["bullet", "bullet"]
    cells = [(b.attr("cell"), b.attr("row")) for b in doc.blocks[7:11]]
    assert cells == [("th", "1"), ("th", "1"), ("td", "2"), ("td", "2")]
    assert doc.blocks[6].ignore == frozenset({"PR203", "PR201"})
    assert all(not b.ignore for b in doc.blocks if b.id != "b7")


def test_plain_text_and_inlines_keep_the_link_target() -> None:
    segment = parse().segment_by_id("b3.s2")
    assert segment.plain == "Read the full story & more."
    (link,) = segment.inlines
    assert (link.tag, link.attr("href"), segment.plain[link.start : link.end]) == (
        "a", "https://example.com/a_(b)", "full story",
    )  # fmt: skip


def test_every_character_maps_back_to_the_source() -> None:
    doc = parse()
    for segment in doc.segments():
        for index, char in enumerate(segment.plain):
            at = segment.source_offset(index)
            source_char = doc.text[at]
            if char == "&":
                assert doc.text.startswith("&amp;", at)
            elif char.isspace():
                assert source_char.isspace()
            else:
                assert source_char == char, (segment.id, index, char)


def test_segment_position_is_line_and_column_of_its_text() -> None:
    doc = parse()
    pos = doc.position(doc.segment_by_id("b3.s2").span.start)
    assert (pos.line, pos.column) == (5, 42)
    pos = doc.position(doc.segment_by_id("b4.s1").span.start)
    assert (pos.line, pos.column) == (8, 3)


def test_bundled_markdown_example(repo_root: Path) -> None:
    doc = read_document(repo_root / "examples" / "partnership-note.md")
    assert doc.format == "markdown"
    links = [i for s in doc.segments() for i in s.inlines if i.tag == "a"]
    assert [i.attr("href") for i in links] == ["https://www.shonan-ipark.com/en/news/"]
    assert [b.kind for b in doc.blocks].count(BlockKind.LIST_ITEM) == 3


def test_crlf_markdown_keeps_columns() -> None:
    text = "# Title\r\n\r\nFirst line of text\r\ngoes on. Second one.\r\n"
    doc = parse(text)
    first, second = doc.blocks[1].segments
    assert first.text == "First line of text goes on."
    pos = doc.position(second.span.start)
    assert (pos.line, pos.column) == (4, 10)
    end = doc.position(second.span.end)
    assert (end.line, end.column) == (4, 21)


def test_nesting_markdown_it_would_drop_is_an_input_error() -> None:
    assert [s.text for s in parse("> " * 19 + "Deep.").segments()] == ["Deep."]
    with pytest.raises(InputError, match="nested more than 20 levels"):
        parse("Intro.\n\n" + "> " * 25 + "Deep.")
    with pytest.raises(InputError, match="nested more than 20 levels"):
        parse("- " * 10 + "Deep.")


def test_ordered_list_items_say_so() -> None:
    doc = parse("1. first\n2. second\n\n- other\n")
    assert [(b.kind.value, b.attr("list")) for b in doc.blocks] == [
        ("list_item", "ordered"), ("list_item", "ordered"), ("list_item", "bullet"),
    ]  # fmt: skip


def test_raw_html_blocks_are_read_as_html() -> None:
    text = "Intro.\n\n<div>\n<p>Boxed &amp; <b>bold</b> text.</p>\n</div>\n\n"
    text += "<!-- prlocalize: ignore PR201 -->\n<p>Second.</p>\n"
    doc = parse(text)
    assert [(b.kind.value, b.segments[0].text, b.ignore) for b in doc.blocks] == [
        ("paragraph", "Intro.", frozenset()),
        ("paragraph", "Boxed &amp; <b>bold</b> text.", frozenset()),
        ("paragraph", "Second.", frozenset({"PR201"})),
    ]
    boxed = doc.blocks[1].segments[0]
    assert text[boxed.span.start : boxed.span.end] == "Boxed &amp; <b>bold</b> text."
    assert doc.position(boxed.span.start).line == 4


FRONT = """\
---
title: "Aoba Pharma Signs an Agreement with Kyoto Univeristy"
description: Aoba Pharma and Kyoto University will study cell therapy.
date: 2025-01-15
embargo: false
tags: [pharma, research]
layout: release
---

# Aoba Pharma Signs an Agreement

Aoba Pharma today announced an agreement.
"""


def test_front_matter_is_settings_with_a_title_and_a_description() -> None:
    """A static site's front matter: not a heading underlined by its closing '---'; its
    title and description are the page's, translated and checked; the rest is no text."""
    document = parse(FRONT)
    got = [(b.kind, b.attr("element"), [s.text for s in b.segments]) for b in document.blocks]
    assert got == [
        (BlockKind.META, "title", ["Aoba Pharma Signs an Agreement with Kyoto Univeristy"]),
        (
            BlockKind.META,
            "meta",
            ["Aoba Pharma and Kyoto University will study cell therapy."],
        ),
        (BlockKind.HEADING, None, ["Aoba Pharma Signs an Agreement"]),
        (BlockKind.PARAGRAPH, None, ["Aoba Pharma today announced an agreement."]),
    ]
    title = document.blocks[0].segments[0]
    assert FRONT[title.span.start : title.span.end] == title.text
    position = document.position(title.span.start)
    assert (position.line, position.column) == (2, 9)
    # the text's lines are where they were
    assert document.position(document.blocks[3].segments[0].span.start).line == 12


def test_text_between_two_rules_at_the_start_is_kept() -> None:
    document = parse("---\n\nAoba Pharma announced a deal.\n\n---\n\nMore text.\n")
    assert [s.text for b in document.blocks for s in b.segments] == [
        "Aoba Pharma announced a deal.",
        "More text.",
    ]


def test_front_matter_reaches_check_extract_and_the_page(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    import json

    release = tmp_path / "release.md"
    release.write_text(FRONT, encoding="utf-8")
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,ja,kind\nKyoto University,京都大学,org\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(glossary), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in findings] == [("PR102", 2)]  # 'Univeristy'
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    template = (locales / "release.pot").read_text(encoding="utf-8")
    assert "layout" not in template and "2025-01-15" not in template
    assert 'msgid "Aoba Pharma and Kyoto University will study cell therapy."' in template
    out = tmp_path / "dist"
    run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(out))
    page = (out / "en" / "release.html").read_text(encoding="utf-8")
    assert "<title>Aoba Pharma Signs an Agreement with Kyoto Univeristy</title>" in page
    assert "layout: release" not in page


def test_front_matter_values_as_yaml_writes_them() -> None:
    document = parse(
        "---\n"
        'title: "Quoted # not a comment"  # a note\n'
        "description: plain value # a comment\n"
        "summary: |\n  a block scalar stays a setting\n"
        "subtitle: 'single'\n"
        'og_title: "escaped \\" quote"\n'
        "---\n\nBody.\n"
    )
    assert [(b.attr("element"), [s.text for s in b.segments]) for b in document.blocks] == [
        ("title", ["Quoted # not a comment"]),
        ("meta", ["plain value"]),
        ("meta", ["single"]),
        (None, ["Body."]),
    ]


UNDEFINED = """\
Register for the webinar [here][webinar], read [the spec][] and [the terms][terms].

Brackets written as text: \\[not a link\\]\\[really\\], or [a note] alone.

[terms]: https://example.com/terms
"""


def test_a_reference_link_left_undefined_is_a_link_without_target() -> None:
    doc = parse_text(UNDEFINED, path="news.md", format="markdown", lang="en")
    first, second = list(doc.segments())[:2]
    assert first.plain == "Register for the webinar here, read the spec and the terms."
    links = [(first.plain[i.start : i.end], i.attr("href")) for i in first.inlines]
    # CommonMark reads no link where no definition gives the label: the author meant one
    assert links == [("here", None), ("the spec", None), ("the terms", "https://example.com/terms")]
    for index, char in enumerate(first.plain):
        assert doc.text[first.source_offset(index)] == char or char.isspace()
    # escaped brackets and a bracket alone are text

    assert second.plain == "Brackets written as text: [not a link][really], or [a note] alone."
    assert second.inlines == ()


def test_check_says_an_undefined_reference_link_has_no_target(
    tmp_path: Path, run_cli: Callable[..., Result]
) -> None:
    release = tmp_path / "news.md"
    release.write_text(UNDEFINED, encoding="utf-8")
    result = run_cli("check", str(release), "--select", "PR202")
    assert result.exit_code == 1, result.output
    assert "news.md:1:27" in result.output and "Link 'here' has no target" in result.output
    assert "news.md:1:49" in result.output and "Link 'the spec' has no target" in result.output
    assert "Found 2 findings" in result.output  # not the defined link, nor escaped brackets


def test_a_ruby_reading_in_inline_html_is_no_word_of_the_sentence() -> None:
    text = (
        "# 発表\n\n<ruby>東雲<rp>（</rp><rt>しののめ</rt><rp>）</rp></ruby> "
        "<ruby>暁<rt>あきら</rt></ruby>所長は**汐留**研究所で説明しました。\n"
    )
    doc = parse_text(text, path="r.md", format="markdown")
    segment = list(doc.segments())[1]
    assert segment.plain == "東雲 暁所長は汐留研究所で説明しました。"
    for index, char in enumerate(segment.plain):
        if not char.isspace():
            assert doc.text[segment.source_offset(index)] == char, index


TOML_FRONT = """\
+++
title = "Hoshino Ferry Adds a Night Sailing"
date = 2025-03-02T09:00:00+09:00
slug = "night-sailing"
translationKey = "ferry-night-2025"
tags = ["ferry", "tourism"]
draft = false
description = 'The night sailing runs on Fridays.'
[params]
title = "a table's key, no page text"
+++

Hoshino Ferry will add a night sailing on April 4.
"""


def test_toml_front_matter_is_settings_with_a_title_and_a_description() -> None:
    """Hugo's TOML front matter ('+++'): its title and description are the page's text,
    its slug, date, translation key and tables are not (it was one paragraph of them)."""
    document = parse(TOML_FRONT)
    got = [(b.kind, b.attr("element"), [s.text for s in b.segments]) for b in document.blocks]
    assert got == [
        (BlockKind.META, "title", ["Hoshino Ferry Adds a Night Sailing"]),
        (BlockKind.META, "meta", ["The night sailing runs on Fridays."]),
        (BlockKind.PARAGRAPH, None, ["Hoshino Ferry will add a night sailing on April 4."]),
    ]
    title = document.blocks[0].segments[0]
    assert TOML_FRONT[title.span.start : title.span.end] == title.text
    assert document.position(document.blocks[2].segments[0].span.start).line == 13


def test_plus_lines_around_text_are_kept() -> None:
    document = parse("+++\n\nHoshino Ferry adds a sailing.\n\n+++\n")
    assert "Hoshino Ferry adds a sailing." in [s.text for b in document.blocks for s in b.segments]


SHORTCODES = """\
---
title: "Hoshino Ferry Adds a Night Sailing"
---

Hoshino Ferry will add a night sailing on April 4.

{{< figure src="/img/night.jpg" caption="The ferry leaving Hoshino Port at dusk" width="800" >}}

{{% notice info %}}
Tickets go on sale on March 20.
{{% /notice %}}

{{< youtube Zx81kQ >}}

{% include photo.html image="deck.jpg" caption='The upper deck' %}

The timetable is on [the route page]({{< relref "routes/night.md" >}}), with {{< icon
  name="map" >}} a
map.

{{< figure
    src="/img/map.png"
    alt="Route map"
>}}
"""


def test_site_generator_tags_are_markup_and_their_captions_text() -> None:
    """Hugo shortcodes and Liquid tags were read as the release's sentences
    ('{{% /notice %}}', '{{< figure src=… >}}'); a figure's caption and alt are text."""
    document = parse(SHORTCODES)
    got = [(b.kind, b.attr("attr"), [s.text for s in b.segments]) for b in document.blocks]
    assert got == [
        (BlockKind.META, None, ["Hoshino Ferry Adds a Night Sailing"]),
        (BlockKind.PARAGRAPH, None, ["Hoshino Ferry will add a night sailing on April 4."]),
        (BlockKind.ATTRIBUTE, "caption", ["The ferry leaving Hoshino Port at dusk"]),
        (BlockKind.PARAGRAPH, None, ["Tickets go on sale on March 20."]),
        (BlockKind.ATTRIBUTE, "caption", ["The upper deck"]),
        (
            BlockKind.PARAGRAPH,
            None,
            ['The timetable is on <a href="routes/night.md">the route page</a>, with a map.'],
        ),
        (BlockKind.ATTRIBUTE, "alt", ["Route map"]),
    ]
    for block in document.blocks:
        for segment in block.segments:
            if block.kind is BlockKind.ATTRIBUTE:
                assert SHORTCODES[segment.span.start : segment.span.end] == segment.text
    caption = document.blocks[2].segments[0]
    assert document.position(caption.span.start).line == 7


def test_site_tags_never_reach_the_template_or_the_page(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "night-sailing.md"
    release.write_text(SHORTCODES, encoding="utf-8")
    result = run_cli("check", str(release))
    assert result.exit_code == 0, result.output  # no empty link, no stray braces
    locales = tmp_path / "locales"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    template = (locales / "night-sailing.pot").read_text(encoding="utf-8")
    assert "{{" not in template and "{%" not in template and "youtube" not in template
    assert 'msgid "The ferry leaving Hoshino Port at dusk"' in template
    out = tmp_path / "dist"
    run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(out))
    page = (out / "en" / "night-sailing.html").read_text(encoding="utf-8")
    assert "{{" not in page and "{%" not in page


def test_json_front_matter_is_settings_with_a_title() -> None:
    """Hugo's JSON front matter was one paragraph of its settings; a paragraph that opens
    with a brace stays text."""
    document = parse(
        '{\n  "title": "Hoshino Ferry Adds a Night Sailing",\n  "slug": "night-sailing",\n'
        '  "params": {"title": "no page text"},\n  "translationKey": "ferry-night"\n}\n\n'
        "Hoshino Ferry will add a night sailing on April 4.\n"
    )
    got = [(b.kind, [s.text for s in b.segments]) for b in document.blocks]
    assert got == [
        (BlockKind.META, ["Hoshino Ferry Adds a Night Sailing"]),
        (BlockKind.PARAGRAPH, ["Hoshino Ferry will add a night sailing on April 4."]),
    ]
    kept = parse("{\nHoshino Ferry adds a sailing.\n}\n")
    assert any("Hoshino Ferry adds a sailing." in s.text for s in kept.segments())


def test_an_opening_without_its_closing_is_text() -> None:
    """'{{<' or '{%' that nothing closes is written text, and a page of them is read in
    one pass (each opening looks for its closing once)."""
    document = parse("Use {{< in a sentence, and {% too.\n\n" + "{{%" * 20_000 + "\n")
    assert document.blocks[0].segments[0].text == "Use {{< in a sentence, and {% too."
