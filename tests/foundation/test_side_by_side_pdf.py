"""A bilingual PDF set in two columns, English beside Japanese, as `pdftotext -layout`
gives it: each line holds a line of each column. Read across, each sentence mixed the
two languages; the columns are read one after the other, each line still pointing at
its place in the file, and align pairs each sentence with its translation."""

from __future__ import annotations

import json
from pathlib import Path

from prlocalize.readers import parse_text

PAGE = """\
SHIRANE TOWN OFFICE                              白根町役場
Press Release                                    報道発表資料
June 3, 2027                                     2027年6月3日

The town will open a free shuttle bus            町は、7月1日から町営温泉と駅を結ぶ
between the station and its hot spring on        無料シャトルバスの運行を始めます。
July 1. The bus will run 12 times a day.         バスは1日12便を運行します。

Residents aged 70 or older may also use          70歳以上の町民は、町内の病院への送
the bus to reach the town hospital.              迎にも利用できます。

                                 - 1 -
"""
EN = [
    "SHIRANE TOWN OFFICE",
    "Press Release",
    "June 3, 2027",
    "The town will open a free shuttle bus between the station and its hot spring on July 1.",
    "The bus will run 12 times a day.",
    "Residents aged 70 or older may also use the bus to reach the town hospital.",
]
JA = [
    "白根町役場",
    "報道発表資料",
    "2027年6月3日",
    "町は、7月1日から町営温泉と駅を結ぶ無料シャトルバスの運行を始めます。",
    "バスは1日12便を運行します。",
    "70歳以上の町民は、町内の病院への送迎にも利用できます。",
]


def test_the_columns_are_read_one_after_the_other() -> None:
    doc = parse_text(PAGE, path="r.txt", format="text", lang="en")
    segments = list(doc.segments())
    assert [s.text for s in segments] == EN + JA
    for segment in segments:  # each segment's first characters are where it says
        head = segment.text[:3]
        assert PAGE[segment.span.start : segment.span.start + 3] == head


def test_align_pairs_the_columns(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "shuttle.txt").write_text(PAGE, encoding="utf-8")
    result = run_cli("align", "--pairs", "archive", "--format", "json")
    assert result.exit_code == 0, result.output
    (pair,) = json.loads(result.stdout)["pairs"]
    accepted = [(b["source"]["text"], b["target"]["text"]) for b in pair["beads"] if b["accepted"]]
    assert accepted == list(zip(EN, JA, strict=True))


def test_a_table_of_one_language_is_no_second_column() -> None:
    """Columns in one script, or a few lines of a letterhead with a Japanese name beside a
    Latin one, are read as before."""
    table = (
        "Visitors rose to a record in the year to March, the town said.\n\n"
        "                 FY2025        FY2026\n"
        "  Visitors       48,200        51,900\n"
        "  Bus riders     12,100        13,400\n"
    )
    texts = [s.text for s in parse_text(table, path="r.txt", format="text", lang="en").segments()]
    assert texts[-1] == "Bus riders     12,100        13,400"
    letterhead = (
        "Shirane Town Office                 白根町役場\n\n"
        "The town will open a free shuttle bus between the station and its hot spring.\n"
        "The bus will run 12 times a day, and residents over 70 may ride it for free.\n"
    )
    doc = parse_text(letterhead, path="r.txt", format="text", lang="en")
    assert next(s.text for s in doc.segments()) == "Shirane Town Office                 白根町役場"


def test_a_headline_set_over_two_lines_is_one_heading() -> None:
    """A headline cut after a word that leaves it open ('for', a particle 'を') goes on
    in the next line; a subtitle under a finished headline stays a line of its own."""
    text = (
        "Shirane Town to Open Free Shuttle Bus for\n"
        "Hot Spring Visitors\n"
        "Service starts July 1\n\n"
        "町、温泉客向けに無料シャトルバスを\n"
        "運行\n\n"
        "The town will open a free shuttle bus between the station and its hot spring.\n"
    )
    doc = parse_text(text, path="r.txt", format="text", lang="en")
    assert [(b.kind.value, b.segments[0].text) for b in doc.blocks][:3] == [
        ("heading", "Shirane Town to Open Free Shuttle Bus for Hot Spring Visitors"),
        ("line", "Service starts July 1"),
        ("heading", "町、温泉客向けに無料シャトルバスを運行"),
    ]
