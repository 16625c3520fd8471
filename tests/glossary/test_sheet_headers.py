"""Where a sheet's header is: a title merged across the top of a workbook, a row of group
headings over the column names, and sheets that name glossary columns but cannot be
read (said, never dropped unseen). CSV files and workbooks find it the same way."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.xlsx import parse_xlsx_file

Run = Callable[..., Result]

PEOPLE = [
    ["人名", "Daichi Morikawa", "森川 大地", "모리카와 다이치"],
    ["地名", "Matsuyama", "松山", "마쓰야마"],
]


def _book(path: Path, sheets: dict[str, tuple[list[list[object]], list[str]]]) -> Path:
    """A workbook of ``{title: (rows, ranges to merge)}``."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, (rows, merged) in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in merged:
            sheet.merge_cells(cells)
    book.save(path)
    return path


def _titled(tmp_path: Path, *, second_sheet: bool) -> Path:
    sheets = {
        "用語集": (
            [["アオバ精機 広報用語集", None, None, None], ["種別", "English", "日本語", "한국어"]]
            + [list(row) for row in PEOPLE],
            ["A1:D1"],  # the title merged across the columns, as Excel sheets are laid out
        )
    }
    if second_sheet:
        sheets["役職"] = ([["English", "日本語"], ["Managing Director", "専務取締役"]], [])
    return _book(tmp_path / "glossary.xlsx", sheets)


def test_a_title_merged_across_a_workbook_is_passed_over(tmp_path: Path) -> None:
    (parsed,) = parse_xlsx_file(_titled(tmp_path, second_sheet=False))
    assert [p.level.value for p in parsed.problems] == []
    assert [(e.kind.value, e.approved("en")) for e in parsed.entries] == [
        ("person", "Daichi Morikawa"),
        ("place", "Matsuyama"),
    ]
    assert [row.line for row in parsed.rows] == [3, 4]


def test_a_titled_sheet_beside_another_is_read_and_checked(run_cli: Run, tmp_path: Path) -> None:
    book = _titled(tmp_path, second_sheet=True)
    assert sorted(e.approved("en") for e in load_glossaries([book])) == [
        "Daichi Morikawa",
        "Managing Director",
        "Matsuyama",
    ]
    release = tmp_path / "release.txt"
    release.write_text("DaichiMorikawa opened the Matsuyama office.\n", encoding="utf-8")
    result = run_cli("check", str(release), "-g", str(book), "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert [f["found"] for f in json.loads(result.stdout)["findings"]] == ["DaichiMorikawa"]


def test_a_row_of_group_headings_over_the_header(tmp_path: Path) -> None:
    """表記 merged over the languages, 管理 over the status, and 種別 written in the upper
    row only (the cell under it left empty, not merged down)."""
    book = _book(
        tmp_path / "glossary.xlsx",
        {
            "用語集": (
                [
                    ["種別", "表記", None, None, "管理"],
                    [None, "English", "日本語", "한국어", "ステータス"],
                    [*PEOPLE[0], "approved"],
                    [*PEOPLE[1], "approved"],
                ],
                ["B1:D1"],
            )
        },
    )
    (parsed,) = parse_xlsx_file(book)
    assert [(p.line, p.code, p.level.value) for p in parsed.problems] == [
        (2, "header-read", "info")
    ]
    assert "'種別' from row 1; '表記', '管理' read as group headings" in parsed.problems[0].message
    assert [e.approved("ko") for e in parsed.entries] == ["모리카와 다이치", "마쓰야마"]


def test_the_same_group_row_in_a_csv_file() -> None:
    text = (
        "種別,表記,,,管理\n"
        ",English,日本語,한국어,ステータス\n"
        "人名,Daichi Morikawa,森川 大地,모리카와 다이치,approved\n"
    )
    parsed = parse_csv(text, "glossary.csv")
    assert [p.code for p in parsed.problems] == ["header-read"]
    assert [e.approved("ja") for e in parsed.entries] == ["森川 大地"]


def test_a_title_a_note_and_a_group_row_above_a_kind_merged_down(tmp_path: Path) -> None:
    book = _book(
        tmp_path / "glossary.xlsx",
        {
            "用語集": (
                [
                    ["アオバ精機 広報用語集", None, None, None, None, None],
                    ["作成：広報部", None, None, None, None, None],
                    [None] * 6,
                    ["種別", "表記", None, None, "管理", None],
                    [None, "English", "日本語", "한국어", "ステータス", "備考"],
                    ["人名", "Daichi Morikawa", "森川 大地", "모리카와 다이치", "approved", None],
                    [None, "Aya Fujisaki", "藤崎 彩", "후지사키 아야", "approved", "広報部長"],
                    ["地名", "Matsuyama", "松山", "마쓰야마", "approved", None],
                ],
                ["A1:F1", "A2:F2", "B4:D4", "E4:F4", "A6:A7"],
            )
        },
    )
    (parsed,) = parse_xlsx_file(book)
    assert [p.code for p in parsed.problems] == ["header-read"]
    assert [(e.kind.value, e.approved("en")) for e in parsed.entries] == [
        ("person", "Daichi Morikawa"),
        ("person", "Aya Fujisaki"),
        ("place", "Matsuyama"),
    ]


def test_a_sheet_naming_glossary_columns_is_never_left_out_unseen(
    run_cli: Run, tmp_path: Path
) -> None:
    book = _book(
        tmp_path / "glossary.xlsx",
        {
            "役職": ([["English", "日本語"], ["Managing Director", "専務取締役"]], []),
            # no kind column, and a name that says no kind: it cannot be read
            "Sheet2": ([["English", "日本語"], ["Daichi Morikawa", "森川 大地"]], []),
            "Notes": ([["Ask the press office before editing."]], []),
        },
    )
    parts = parse_xlsx_file(book)
    problems = [p for part in parts for p in part.problems]
    (left_out,) = [p for p in problems if p.code == "sheet-left-out"]
    assert left_out.path == f"{book}[Sheet2]"
    assert left_out.level.value == "warning"
    assert "sheet 'Sheet2' left out" in left_out.message
    assert "required column 'kind' missing" in left_out.message
    assert not any("Notes" in p.path for p in problems)  # a sheet of notes is no glossary
    lint = run_cli("glossary", "lint", str(book))
    assert lint.exit_code == 0
    assert f"{book}[Sheet2]:1: warning sheet-left-out: sheet 'Sheet2' left out" in lint.stdout


def test_korean_name_parts_make_the_korean_name(run_cli: Run, tmp_path: Path) -> None:
    """'성' and '이름' beside each other are the family and given name, as 姓 and 名 are;
    the name they make is written as one word, as Korean writes it."""
    parsed = parse_csv(
        "kind,Family name (EN),Given name (EN),姓,名,성,이름\n"
        "person,Fujisaki,Aya,藤崎,彩,후지사키,아야\n"
        "person,Han,Jiwoo,韓,智友,한,지우\n",
        "people.csv",
    )
    assert all(p.code == "header-read" for p in parsed.problems)
    assert [(e.approved("en"), e.approved("ja"), e.approved("ko")) for e in parsed.entries] == [
        ("Aya Fujisaki", "藤崎 彩", "후지사키아야"),
        ("Jiwoo Han", "韓 智友", "한지우"),
    ]
    name = parsed.entries[1].term("ko").name
    assert name is not None and (name.family, name.given) == ("한", "지우")


def test_a_korean_name_column_alone_is_no_given_name() -> None:
    parsed = parse_csv("kind,en,이름\nperson,Jiwoo Han,한지우\n", "people.csv")
    assert [p.code for p in parsed.problems] == ["ignored-column"]  # as it was
    assert "ko" not in parsed.entries[0].forms
