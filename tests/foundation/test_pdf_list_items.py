"""Lists in text copied out of a PDF: an item wraps over several lines under a hanging
indent, Korean ministries mark paragraphs '□' and '○', and Japanese releases number
sections '１．' and '（１）' with no space after the number. Each item is one segment
without its mark, and points at the file."""

from __future__ import annotations

from prlocalize.document import BlockKind
from prlocalize.readers import parse_text


def _items(text: str, lang: str) -> list[tuple[str, str]]:
    doc = parse_text(text, path="r.txt", format="text", lang=lang)
    return [(b.kind.value, s.text) for b in doc.blocks for s in b.segments]


EN = """\
 •  The museum will open a second gallery of 600 square metres on the east
    side of the main hall, with room for travelling exhibitions.
 •  Admission will stay free for visitors under 18.
     -  A new cafe on the ground floor will serve lunch from 11 a.m. to
        3 p.m.
"""


def test_an_item_wrapped_under_a_hanging_indent_is_one_item() -> None:
    assert _items(EN, "en") == [
        (
            "list_item",
            "The museum will open a second gallery of 600 square metres on the east "
            "side of the main hall, with room for travelling exhibitions.",
        ),
        ("list_item", "Admission will stay free for visitors under 18."),
        ("list_item", "A new cafe on the ground floor will serve lunch from 11 a.m. to 3 p.m."),
    ]


KO = """\
□ 서하군은 오는 5월부터 군내 버스 정류장 140곳에 실시간 도착 안내판을 설치한
  다고 밝혔다. 사업비는 모두 9억 원이다.
  ○ 안내판은 태양광으로 작동하며, 야간에는 밝기를 스스로 낮춘다.
"""


def test_korean_paragraph_marks_are_list_marks() -> None:
    items = _items(KO, "ko")
    assert [kind for kind, _ in items] == ["list_item"] * 3
    assert items[0][1].startswith("서하군은 오는 5월부터")
    assert items[1][1] == "사업비는 모두 9억 원이다."
    assert items[2][1] == "안내판은 태양광으로 작동하며, 야간에는 밝기를 스스로 낮춘다."


JA = """\
１．事業の概要
　■　市内の公立小学校２８校の体育館に、冷暖房設備を令和１０年度までに整
　　　備します。
（２）スケジュール
"""


def test_japanese_numbered_sections_and_a_word_cut_at_a_line_end() -> None:
    assert _items(JA, "ja") == [
        ("list_item", "事業の概要"),
        (
            "list_item",
            "市内の公立小学校２８校の体育館に、冷暖房設備を令和１０年度までに整備します。",
        ),
        ("list_item", "スケジュール"),
    ]
    doc = parse_text(JA, path="r.txt", format="text", lang="ja")
    first = doc.blocks[0]
    assert first.kind is BlockKind.LIST_ITEM and dict(first.attrs)["list"] == "ordered"
    item = doc.blocks[1].segments[0]
    assert JA[item.span.start : item.span.start + 4] == "市内の公"
    assert JA[item.span.end - 3 : item.span.end] == "ます。"


def test_a_numbered_heading_keeps_its_paragraph_apart() -> None:
    text = "1. Background\n   The plant opened in 1998 and has made brakes since.\n"
    assert _items(text, "en") == [
        ("list_item", "Background"),
        ("paragraph", "The plant opened in 1998 and has made brakes since."),
    ]
