"""glossary lint: each kind of problem, with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.errors import InputErrors
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.lint import lint_paths, mixed_width
from prlocalize.glossary.problems import Level

HEADER = "id,kind,en,ja,variants:en,forbidden:en,given:en,family:en\n"
ROWS = [
    "ok,person,Mikio Kato,,,MikioKato,Mikio,Kato",  # 2: clean
    "parts,person,Yuki Abe,,,,Yuki,Ab",  # 3: name parts do not rebuild
    "forb,title,Minister,,,Minister",  # 4: forbidden == approved
    "clash,org,Takeda,,,,,",  # 5: fine on its own
    "clash2,org,Takeda Pharmaceutical,,Takeda,,,",  # 6: variant owned by 'clash'
    "forb2,term,roundtable,,,Takeda,,",  # 7: forbidden form accepted elsewhere
    "space,term, next-generation ,,,,,",  # 8: leading/trailing space
    "double,term,bio  venture,,,,,",  # 9: doubled space
    "width,org,ｉPS Bio,,,,,",  # 10: mixed full/half width
    "kana,org,Kana,ｱイピー,,,,",  # 11: mixed katakana widths
    "dup,term,one,,,,,",  # 12
    "dup,term,two,,,,,",  # 13: duplicate id
    "bad,planet,Mars,,,,,",  # 14: unknown kind
    "half,person,Kim,,,,Kim,",  # 15: only one name part
]


def _glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_each_problem_on_its_line(tmp_path: Path) -> None:
    path = _glossary(tmp_path)
    result = lint_paths([path])
    found = [(p.line, p.code, p.level.value) for p in result.problems]
    assert found == [
        (3, "name-parts", "error"),
        (4, "forbidden-accepted", "error"),
        (6, "form-conflict", "error"),
        (7, "forbidden-accepted", "error"),
        (8, "spacing", "warning"),
        (9, "spacing", "warning"),
        (10, "mixed-width", "warning"),
        (11, "mixed-width", "warning"),
        (13, "duplicate-id", "error"),
        (14, "unknown-kind", "error"),
        (15, "name-parts", "error"),
    ]
    assert {p.path for p in result.problems} == {str(path)}
    assert len(result.errors) == 7 and len(result.warnings) == 4


def test_header_problems(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("id,en,jp,variants:xx,aliases:en\n1,a,b,c,d\n", encoding="utf-8")
    found = [(p.line, p.code) for p in lint_paths([path]).problems]
    # 'jp' is read as Japanese (the country's code where the language's belongs)
    assert found == [
        (1, "missing-column"),
        (1, "unknown-column"),
        (1, "unknown-locale"),
    ]


def test_conflicts_across_files_name_both_places(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,kind,en\nx,org,Takeda\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,kind,en\n\ny,org,Takeda\n", encoding="utf-8")
    [problem] = lint_paths([tmp_path]).problems
    assert problem.path == str(tmp_path / "b.csv") and problem.line == 3
    assert f"{tmp_path / 'a.csv'}:2" in problem.message


def test_same_id_in_two_files_extends_instead_of_clashing(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("id,kind,en\nx,org,Takeda\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,kind,en,ja\nx,org,Takeda,武田\n", encoding="utf-8")
    assert lint_paths([tmp_path]).problems == []


def test_loading_blocks_on_errors_but_not_on_warnings(tmp_path: Path) -> None:
    path = _glossary(tmp_path)
    with pytest.raises(InputErrors) as info:
        load_glossaries([path])
    assert [e.line for e in info.value.errors] == [3, 4, 6, 7, 13, 14, 15]
    warn_only = tmp_path / "w.csv"
    warn_only.write_text("kind,en\nterm,bio  venture\n", encoding="utf-8")
    assert len(load_glossaries([warn_only])) == 1


def test_tbx_files_are_linted_too(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(
        '<martif><text><body>\n<termEntry id="a"><langSet xml:lang="en">'
        "<tig><term>bio  venture</term></tig></langSet></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    [problem] = lint_paths([path]).problems
    assert (problem.line, problem.code, problem.level) == (2, "spacing", Level.WARNING)


def test_mixed_width() -> None:
    assert mixed_width("iPS Bio") is None
    assert mixed_width("ＩＰＳ") is None
    assert mixed_width("ｉPS") is not None
    assert mixed_width("ｱｲﾋﾟｰ") is None
    assert mixed_width("ｱイ") is not None


def test_bundled_glossaries_are_clean(repo_root: Path) -> None:
    result = lint_paths([repo_root / "glossaries"])
    assert result.errors == [] and result.warnings == []
