"""Spreadsheet cells that hold more than the form in a closing bracket: a short form
('Ministry of Economy, Trade and Industry (METI)', '経済産業省（経産省）'), a reading
('田辺 義郎（たなべ よしろう）') or a note ('Sendai (city)'). Read as one approved form, the
cell is in no release and in no translation; read apart, the term is found and a
translation that writes the form or its short form is accepted."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.brackets import abbreviates, read_bracket
from prlocalize.glossary.io import load_glossaries

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("cell", "others", "expected"),
    [
        ("Ministry of Economy, Trade and Industry (METI)", (), ("short", "METI")),
        ("Korea Electric Power Corporation (KEPCO)", (), ("short", "KEPCO")),
        ("The University of Tokyo (UTokyo)", (), ("short", "UTokyo")),
        ("Research and Development (R&D)", (), ("short", "R&D")),
        ("Hanazono Motor Corporation (Hanazono)", (), ("short", "Hanazono")),
        ("経済産業省（経産省）", (), ("short", "経産省")),
        ("산업통상자원부(산업부)", (), ("short", "산업부")),
        ("最高経営責任者（CEO）", ("Chief Executive Officer",), ("short", "CEO")),
        (
            "대한무역투자진흥공사(KOTRA)",
            ("Korea Trade-Investment Promotion Agency",),
            ("short", "KOTRA"),
        ),
        ("田辺 義郎（たなべ よしろう）", (), ("reading", "たなべ よしろう")),
        ("田辺 義郎（タナベ ヨシロウ）", (), ("reading", "タナベ ヨシロウ")),
        ("다나베 요시로(田辺 義郎)", (), ("reading", "田辺 義郎")),
        ("Yoshiro Tanabe (田辺義郎)", (), ("reading", "田辺義郎")),
        ("ピーター・スミス（Peter Smith）", (), ("reading", "Peter Smith")),
        ("Sendai (city)", (), ("note", "city")),
        # part of the name, or not known to be a short form: as written
        ("Aoba Energy (USA)", (), None),
        ("Aoba Energy (USA) Inc.", (), None),
        ("하나(주)", (), None),
        ("アオバエナジー（株）", (), None),
        ("アオバ（ヨーロッパ）", (), None),
        ("대한무역투자진흥공사(코트라)", (), None),
        ("最高経営責任者（CEO）", ("Chief Operating Officer",), None),
        ("Minister of State for Space Policy (Cabinet Office)", (), None),
        ("Windows (R)", (), None),
        ("Aoba Energy", (), None),
    ],
)
def test_what_a_bracket_holds(
    cell: str, others: tuple[str, ...], expected: tuple[str, str] | None
) -> None:
    found = read_bracket(cell, others)
    assert (None if found is None else (found.what, found.inner)) == expected


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("METI", "Ministry of Economy, Trade and Industry"),
        ("MOTIE", "Ministry of Trade, Industry and Energy"),
        ("KEPCO", "Korea Electric Power Corporation"),
        ("KOTRA", "Korea Trade-Investment Promotion Agency"),
        ("JETRO", "Japan External Trade Organization"),
        ("UTokyo", "The University of Tokyo"),
        ("IIF", "Industrial & Infrastructure Fund Investment Corporation"),
    ],
)
def test_an_abbreviation_begins_the_words_in_order(short: str, long: str) -> None:
    assert abbreviates(short, long)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("ITEM", "Ministry of Economy, Trade and Industry"),
        ("CEO", "Chief Operating Officer"),  # an E inside a word is no initial
        ("USA", "Aoba Energy"),
    ],
)
def test_letters_found_anywhere_are_no_abbreviation(short: str, long: str) -> None:
    assert not abbreviates(short, long)


SHEET = (
    "English,日本語,한국어,Type,Notes\r\n"
    '"Ministry of Economy, Trade and Industry (METI)",'
    "経済産業省（経産省）,경제산업성,Organization,\r\n"
    "Yoshiro Tanabe,田辺 義郎（たなべ よしろう）,다나베 요시로,Person,Minister\r\n"
    "Chief Executive Officer (CEO),最高経営責任者（CEO）,최고경영자(CEO),Title,\r\n"
    "Aoba Energy (USA),アオバエナジー（USA）,,Company,subsidiary\r\n"
)


def _po(path: Path, pairs: list[tuple[str, str]]) -> Path:
    body = "".join(f'\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n' for msgid, msgstr in pairs)
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n'
        + body,
        encoding="utf-8",
    )
    return path


def _codes(result: Result) -> list[tuple[str, str]]:
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


def test_lint_says_how_a_bracketed_cell_is_read(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    result = run_cli("glossary", "lint", str(sheet))
    assert result.exit_code == 0, result.output
    said = [line for line in result.stdout.splitlines() if "bracketed-form" in line]
    assert [line.split(":")[1] for line in said] == ["2", "2", "3", "4", "4", "4"]
    assert "read as '経済産業省', the short form '経産省'" in said[1]
    assert "the reading 'たなべ よしろう' left out" in said[2]
    entries = {
        entry.kind.value + ":" + entry.approved("en"): entry for entry in load_glossaries([sheet])
    }
    meti = entries["org:Ministry of Economy, Trade and Industry"].forms["ja"]
    assert (meti.text, meti.variants) == ("経済産業省", ("経済産業省（経産省）", "経産省"))
    assert entries["person:Yoshiro Tanabe"].approved("ja") == "田辺 義郎"
    # a qualifier in capitals is part of the company's name
    assert entries["org:Aoba Energy (USA)"].approved("ja") == "アオバエナジー（USA）"


def test_translations_may_use_the_form_or_its_short_form(run_cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    po = _po(
        tmp_path / "ja.po",
        [
            (
                "The Ministry of Economy, Trade and Industry (METI) backs the plan.",
                "経済産業省が計画を支援する。",
            ),
            ("METI will fund half of it.", "経産省が半分を負担する。"),
            ("Yoshiro Tanabe welcomed it.", "田辺義郎氏は歓迎した。"),
            ("The Chief Executive Officer (CEO) agreed.", "CEOは同意した。"),
        ],
    )
    result = run_cli("check", str(po), "-g", str(sheet), "--no-cache", "--format", "json")
    assert _codes(result) == [], result.output
    # recall: a wrong rendering of the full form or of the short form is still an error
    wrong = _po(
        tmp_path / "wrong.po",
        [
            (
                "The Ministry of Economy, Trade and Industry (METI) backs it.",
                "経済産業局が支援する。",
            ),
            ("METI will fund half of it.", "経済省が半分を負担する。"),
            ("Yoshiro Tanabe welcomed it.", "田辺良郎氏は歓迎した。"),
        ],
    )
    result = run_cli("check", str(wrong), "-g", str(sheet), "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert [code for code, _ in _codes(result)] == ["PR401", "PR401", "PR401"]


def test_a_release_is_checked_against_the_form_before_the_bracket(
    run_cli: Run, tmp_path: Path
) -> None:
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(
        "Aoba Energy Wins Support\n\n"
        "The Ministry of Economy, Trade and Industy (METI) backs the plan, said YoshiroTanabe. "
        "METI will fund half of it.\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(release), "-g", str(sheet), "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert _codes(result) == [
        ("PR102", "Industy"),
        ("PR101", "YoshiroTanabe"),
    ]
