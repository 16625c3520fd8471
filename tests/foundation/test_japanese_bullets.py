"""Japanese lists in plain text put the mark right before the item ('・価格：1,280円',
'●発売日：7月1日'), with no space: the mark is a list marker, as '- item' is, and stays out
of the segment (and of the msgid and the memory, where '・価格' never met '価格')."""

from __future__ import annotations

from prlocalize.document import BlockKind
from prlocalize.readers import parse_text

TEXT = """新製品の概要

・価格：10食入り 1,280円（税込）
・初年度売上目標：20億円
●発売日：7月1日

ジョン・スミス氏は本日来日しました。
"""


def test_marks_with_no_space_open_list_items() -> None:
    doc = parse_text(TEXT, path="r.txt", format="text", lang="ja")
    items = [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [b.segments[0].text for b in items] == [
        "価格：10食入り 1,280円（税込）",
        "初年度売上目標：20億円",
        "発売日：7月1日",
    ]
    for block in items:
        segment = block.segments[0]
        assert TEXT[segment.span.start : segment.span.end] == segment.text
    assert list(doc.segments())[-1].text == "ジョン・スミス氏は本日来日しました。"


# a timetable's items start with a flight's code or a figure, right after the mark
TIMETABLE = """運航スケジュール

・SB701便　成田 09:30発 → 釜山 12:05着（毎日）
・SB702便　釜山 13:20発 → 成田 15:40着（毎日）
●2027年3月28日就航
※1 時刻はすべて現地時間です。
"""


def test_marks_before_a_code_or_a_figure_open_list_items() -> None:
    doc = parse_text(TIMETABLE, path="r.txt", format="text", lang="ja")
    items = [b.segments[0].text for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        "SB701便　成田 09:30発 → 釜山 12:05着（毎日）",
        "SB702便　釜山 13:20発 → 成田 15:40着（毎日）",
        "2027年3月28日就航",
    ]
    # a note's number is no list mark: the note keeps it
    assert list(doc.segments())[-1].text == "※1 時刻はすべて現地時間です。"
