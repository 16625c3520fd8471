"""The plain-text reader: the seed's layout, block kinds, wrapped lines, contexts."""

from __future__ import annotations

from pathlib import Path

from prlocalize.document import BlockKind, Document
from prlocalize.readers import parse_text, read_document


def parse(text: str, lang: str | None = None) -> Document:
    return parse_text(text, path="r.txt", format="text", lang=lang)


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, " | ".join(s.text for s in b.segments)) for b in doc.blocks]


def test_seed_release_end_to_end(seed_path: Path) -> None:
    doc = read_document(seed_path)
    assert (doc.lang, doc.format) == ("en", "text")
    texts = [s.text for s in doc.segments()]
    by_kind = {kind: [b for b in doc.blocks if b.kind is kind] for kind in BlockKind}

    assert [b.segments[0].text for b in by_kind[BlockKind.BREADCRUMB]][:2] == ["1. Top", "2. News"]
    assert [b.segments[0].text for b in by_kind[BlockKind.DATELINE]] == ["May 10, 2024"]
    # the issuer line and the roster: one item per line, whole
    assert "iPark Institute Co., Ltd." in texts
    roster = [b.segments[0].text for b in by_kind[BlockKind.ROSTER_LINE]]
    assert len(roster) == 20
    assert all(len(b.segments) == 1 for b in by_kind[BlockKind.ROSTER_LINE])
    assert roster[2] == "Yasushi Kajii, R&D Japan Region Head, Takeda Pharmaceutical Co., Ltd."
    assert roster[5].startswith("MikioKato, Group Manager")
    assert roster[10] == "Oh Youngju, Minitster, Ministry of SMEs and Startups"
    groups = [b.segments[0].text for b in doc.blocks if b.attr("role") == "roster-group"]
    assert groups == ["<Japan>", "<South Korea>"]

    # no sentence cut inside a company name, none starts with a fragment of one
    for text in texts:
        assert not text.startswith(("Ltd.", "Inc.", "Co.", "Corporation", ", Ltd."))
        assert not text.endswith(("Co.,", " Co"))
    lead = next(t for t in texts if t.startswith("iPark Institute Co., Ltd. (Headquarters"))
    assert lead.endswith(
        "South Korean biotech ventures, ."
    )  # the stray ", ." stays in its sentence
    about = [t for t in texts if t.startswith("iPark Institute Co., Ltd. was established in 2023")]
    assert len(about) == 1 and about[0].endswith(
        "(Takeda), and Mitsubishi Corporation as major shareholders."
    )
    # the last sentences of two "About" paragraphs stay whole (quoted in part only)
    assert any(t.endswith("please click here.") and len(t) > 40 for t in texts)
    assert any(t.endswith("please refer to 여기에서.") and len(t) > 30 for t in texts)
    assert texts[-1] == "Mail: iPi.PR@shonan-ipark.com"

    # a quotation of two sentences is two segments of one block
    quote = next(b for b in doc.blocks if b.segments[0].text.startswith("“Through the South Korea"))
    assert len(quote.segments) == 2
    assert quote.segments[1].text.startswith("I also hope")
    assert quote.segments[1].text.endswith("other areas.”")

    # headings found where the seed has them
    headings = [b.segments[0].text for b in by_kind[BlockKind.HEADING]]
    assert "Press Release" in headings
    assert "Roundtable participants" in headings
    assert "About iPark Institute Co., Ltd." in headings


def test_seed_positions_point_at_the_text(seed_path: Path) -> None:
    doc = read_document(seed_path)
    for segment in doc.segments():
        pos = doc.position(segment.span.start)
        line = doc.line_text(pos.line)
        assert line[pos.column - 1 :].startswith(segment.text[:20])


def test_bundled_example_has_the_seed_layout(repo_root: Path) -> None:
    doc = read_document(repo_root / "examples" / "roundtable-2024.txt")
    kinds_seen = {b.kind for b in doc.blocks}
    assert {
        BlockKind.BREADCRUMB, BlockKind.HEADING, BlockKind.DATELINE, BlockKind.LINE,
        BlockKind.PARAGRAPH, BlockKind.ROSTER_LINE,
    } <= kinds_seen  # fmt: skip
    texts = [s.text for s in doc.segments()]
    assert "YukiAbe, Corporate Officer, Daiichi Sankyo Company Limited" in texts
    assert any("nextgeneration" in t for t in texts)
    assert any(t.endswith(", .") for t in texts)


def test_blocks_lines_and_kinds() -> None:
    doc = parse(
        "1. Top\n  2. News\n\nA Headline For The Release\n\nPress Release\n\n"
        "June 3, 2024\nNorthwind Corp.\n\n"
        "Northwind Corp. announced a partnership today. The work starts in July.\n\n"
        "Participants\n<Japan>\n"
        "Hiroaki Ueno, President, Japan Pharmaceutical Manufacturers Association\n"
        "\n<South Korea>\nOh Youngju, Minister, Ministry of SMEs and Startups\n\n"
        "Contact:\nNorthwind Corp., Communications\nMail: pr@example.com\n"
    )
    assert kinds(doc) == [
        ("breadcrumb", "1. Top"),
        ("breadcrumb", "2. News"),
        ("heading", "A Headline For The Release"),
        ("heading", "Press Release"),
        ("dateline", "June 3, 2024"),
        ("line", "Northwind Corp."),
        ("paragraph", "Northwind Corp. announced a partnership today. | The work starts in July."),
        ("heading", "Participants"),
        ("heading", "<Japan>"),
        ("roster_line", "Hiroaki Ueno, President, Japan Pharmaceutical Manufacturers Association"),
        ("heading", "<South Korea>"),
        ("roster_line", "Oh Youngju, Minister, Ministry of SMEs and Startups"),
        ("heading", "Contact:"),
        ("line", "Northwind Corp., Communications"),
        ("line", "Mail: pr@example.com"),
    ]
    assert [b.id for b in doc.blocks][:3] == ["b1", "b2", "b3"]
    assert doc.segment_by_id("b7.s2").text == "The work starts in July."
    assert doc.position(doc.blocks[1].span.start).column == 3  # "  2. News" is indented


def test_wrapped_lines_join_into_one_item() -> None:
    text = (
        "The Ministry of SMEs and Startups and iPark Institute signed an agreement\n"
        "to promote the growth of the biotechnology sector. It was signed in Tokyo.\n"
    )
    doc = parse(text)
    assert len(doc.blocks) == 1
    block = doc.blocks[0]
    assert block.kind is BlockKind.PARAGRAPH
    first, second = block.segments
    assert first.text == (
        "The Ministry of SMEs and Startups and iPark Institute signed an agreement to promote "
        "the growth of the biotechnology sector."
    )
    assert second.text == "It was signed in Tokyo."
    # the joining space maps to the line break; positions stay exact
    index = first.plain.index(" to promote")
    assert text[first.source_offset(index)] == "\n"
    assert doc.position(first.source_span(index + 1, index + 3).start) == doc.position(
        text.index("to promote")
    )
    assert doc.position(second.span.start).line == 2


def test_short_lines_stay_separate_items() -> None:
    doc = parse(
        "For inquiries, please contact:\n"
        "iPark Institute Co., Ltd., Communications\nAttn: Takizawa\n"
    )
    assert [len(b.segments) for b in doc.blocks] == [1, 1, 1]


def test_japanese_wrapped_lines_join_without_a_space() -> None:
    doc = parse(
        "湘南ヘルスイノベーションパークは、製薬企業発の\nサイエンスパークです。\n", lang="ja"
    )
    assert [s.text for s in doc.segments()] == [
        "湘南ヘルスイノベーションパークは、製薬企業発のサイエンスパークです。"
    ]


def test_japanese_dateline_and_roster() -> None:
    doc = parse(
        "2024年5月10日\nアイパークインスティチュート株式会社\n\n"
        "参加者\n＜日本＞\n上野 裕明、日本製薬工業協会 会長\n"
    )
    assert [b.kind.value for b in doc.blocks] == [
        "dateline",
        "line",
        "heading",
        "heading",
        "roster_line",
    ]
    assert doc.lang == "ja"


def test_context_only_where_one_word_plays_two_roles() -> None:
    doc = parse(
        "Contact\n\nPlease write to us.\nContact\n\n"
        "Overview\n\nText here.\n\nOverview\n\nMore text.\n"
    )
    contexts = {(b.kind.value, b.segments[0].text): b.context for b in doc.blocks}
    assert contexts[("heading", "Contact")] == "heading"
    assert contexts[("line", "Contact")] is None
    assert contexts[("heading", "Overview")] is None  # a repeated heading shares one entry


def test_segment_ids_are_stable_when_text_changes_inside_a_block() -> None:
    before = parse("Title\n\nOne. Two.\n")
    after = parse("Title\n\nOne, changed. Two.\n")
    assert [s.id for s in before.segments()] == [s.id for s in after.segments()]


def test_bracketed_group_with_full_width_spaces_opens_a_roster() -> None:
    doc = parse(
        "＜日本＞\n上野 裕明\u3000日本製薬工業協会 会長\n木下 賢志\u3000日本製薬工業協会 理事長\n",
        lang="ja",
    )
    assert [b.kind.value for b in doc.blocks] == ["heading", "roster_line", "roster_line"]


def test_bulleted_and_numbered_lines_are_list_items_without_their_markers() -> None:
    text = (
        "The programme offers:\n- lab space,\n- introductions.\n\nSteps:\n1. Apply.\n2) Move in.\n"
    )
    doc = parse(text)
    items = [(b.kind.value, b.attr("list"), b.segments[0].text) for b in doc.blocks]
    assert items == [
        ("heading", None, "The programme offers:"),
        ("list_item", "bullet", "lab space,"),
        ("list_item", "bullet", "introductions."),
        ("heading", None, "Steps:"),
        ("list_item", "ordered", "Apply."),
        ("list_item", "ordered", "Move in."),
    ]
    assert doc.position(doc.blocks[1].segments[0].span.start).column == 3


def test_links_do_not_outvote_a_short_japanese_release() -> None:
    text = (
        "新製品を発表\n\n"
        "詳細：https://www.example.com/products/new-release-2024/details-and-specifications\n"
        "資料：https://www.example.com/downloads/press-kit/high-resolution-images.zip\n"
        "問い合わせ：press-office@example-corporation.co.jp\n"
    )
    assert parse(text).lang == "ja"


def test_a_quotations_last_paragraph_is_no_heading() -> None:
    # Japanese sets a quotation over paragraphs with '「' in the first and '」' in the
    # last, no '。' before it: the last reads as a short line without a sentence's end
    doc = parse(
        "ご挨拶\n\n「三年前、私たちには一隻のフェリーしかありませんでした。\n\n"
        "明日は、現場の信頼が何より大切です」\n\n「港の未来」\n",
        lang="ja",
    )
    assert [kind for kind, _ in kinds(doc)] == ["heading", "paragraph", "paragraph", "heading"]


def test_a_source_credit_is_a_line_not_a_heading() -> None:
    # a wire release's last line, and a table's credit, are no headings; a heading that
    # only starts with the word is one still
    doc = parse(
        "Acme Opens Plant in Nagoya\n\nAcme opened a plant today.\n\n"
        "Source: Acme Robotics, Inc.\n\nSOURCE Acme Robotics\n\nSources of Growth\n\n"
        "Source Code Released for Kestrel SDK\n\n"
        "Acme grew quickly in all of its markets this year.\n"
    )
    assert kinds(doc) == [
        ("heading", "Acme Opens Plant in Nagoya"),
        ("paragraph", "Acme opened a plant today."),
        ("line", "Source: Acme Robotics, Inc."),
        ("line", "SOURCE Acme Robotics"),
        ("heading", "Sources of Growth"),
        ("heading", "Source Code Released for Kestrel SDK"),
        ("paragraph", "Acme grew quickly in all of its markets this year."),
    ]
