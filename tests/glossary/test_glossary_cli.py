"""prlocalize glossary lint / import / export: outputs and exit codes 0, 1, 2."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.glossary.io import load_glossaries, write_csv_text

DATA = Path(__file__).parent / "data"
Run = Callable[..., Result]


def test_lint_clean_exits_0(run_cli: Run, repo_root: Path) -> None:
    result = run_cli("glossary", "lint", str(repo_root / "glossaries"))
    assert result.exit_code == 0
    people = repo_root / "glossaries" / "people.csv"
    # the two press contacts are known by their family name only: said, not an error
    assert result.stdout == "".join(
        f"{people}:{line}: info name-inferred [en]: no name parts for {name!r}: written as "
        "one word, so no glued or reversed form is checked\n"
        for line, name in ((22, "Takizawa"), (23, "Sugita"))
    )
    assert result.stderr == "0 error(s), 0 warning(s), 2 info in 5 files\n"


def test_lint_without_paths_uses_the_project_glossaries(
    run_cli: Run, repo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_root)
    result = run_cli("glossary", "lint")
    assert result.exit_code == 0
    assert result.stderr == "0 error(s), 0 warning(s), 2 info in 5 files\n"


def test_lint_without_paths_or_glossaries_exits_2(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("glossary", "lint")
    assert result.exit_code == 2
    assert "no glossary given" in result.stderr


def test_lint_errors_exit_1_text(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("id,kind,en\na,wizard,Merlin\nb,term,bio  venture\n", encoding="utf-8")
    result = run_cli("glossary", "lint", str(path))
    assert result.exit_code == 1
    assert result.stdout == (
        f"{path}:2: error unknown-kind [kind]: unknown kind 'wizard'; use one of person, "
        "title, org, place, brand, term\n"
        f"{path}:3: warning spacing [en]: doubled space in 'bio  venture'\n"
    )
    assert result.stderr == "1 error(s), 1 warning(s) in 1 file\n"


def test_lint_warnings_only_exit_0_unless_strict(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("kind,en\nterm,bio  venture\n", encoding="utf-8")
    assert run_cli("glossary", "lint", str(path)).exit_code == 0
    assert run_cli("glossary", "lint", "--strict", str(path)).exit_code == 1


def test_lint_json(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("id,kind,en\na,term,x\na,term,y\n", encoding="utf-8")
    result = run_cli("glossary", "lint", "--format", "json", str(path))
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "version": 1,
        "files": [str(path)],
        "problems": [
            {
                "path": str(path),
                "line": 3,
                "code": "duplicate-id",
                "message": "id 'a' already used on line 2",
                "level": "error",
                "column": "id",
            }
        ],
        "summary": {"errors": 1, "warnings": 0, "info": 0},
    }


def test_lint_missing_path_exits_2(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("glossary", "lint", str(tmp_path / "none.csv"))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"{tmp_path / 'none.csv'}: no such glossary file or folder (check the path)\n"
    )


def test_import_tbx_to_csv(run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "memoq.csv"
    result = run_cli("glossary", "import", str(DATA / "memoq-export.tbx"), "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"wrote {out} (2 entries)\n"
    assert out.read_text(encoding="utf-8") == (
        "id,kind,en,ja,ko,variants:en,forbidden:en,dnt,note\n"
        "0,term,Takeda Pharmaceutical Company Limited,武田薬品工業株式会社,,"
        '"Takeda Pharmaceutical Co., Ltd.",,,Japanese pharmaceutical company\n'
        "1,term,Minister,,장관,,Minitster,,typo seen in a draft\n"
    )
    again = run_cli("glossary", "import", str(DATA / "memoq-export.tbx"), "-o", str(out))
    assert again.stderr == f"unchanged: {out} (2 entries)\n"


def test_import_broken_tbx_exits_2(run_cli: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tbx"
    bad.write_text("<martif>\n<text>\n</martif>\n", encoding="utf-8")
    result = run_cli("glossary", "import", str(bad), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:3: not well-formed XML")
    assert not (tmp_path / "out.csv").exists()


def test_export_then_import_loses_nothing(run_cli: Run, tmp_path: Path, repo_root: Path) -> None:
    tbx = tmp_path / "all.tbx"
    for version in ("2", "3"):
        result = run_cli(
            "glossary", "export", str(repo_root / "glossaries"), "-o", str(tbx),
            "--tbx-version", version,
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        csv_out = tmp_path / f"all{version}.csv"
        assert run_cli("glossary", "import", str(tbx), "-o", str(csv_out)).exit_code == 0
        original = load_glossaries([repo_root / "glossaries"])
        assert csv_out.read_text(encoding="utf-8") == write_csv_text(original)


def test_export_invalid_csv_exits_2(run_cli: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,en\nx,y\n", encoding="utf-8")
    result = run_cli("glossary", "export", str(bad), "-o", str(tmp_path / "x.tbx"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:1: required column 'kind' missing: add a column")
    assert result.stderr.endswith("[missing-column]\n") and result.stderr.count("\n") == 1


def test_usage_errors_exit_2(run_cli: Run) -> None:
    assert run_cli("glossary", "export").exit_code == 2
    assert run_cli("glossary", "import", "x.tbx").exit_code == 2


@pytest.mark.parametrize(
    ("command", "output"),
    [("export", "terms.csv"), ("export", "terms.xlsx"), ("import", "terms.tbx")],
)
def test_an_output_named_for_the_other_format_is_refused(
    run_cli: Run, tmp_path: Path, command: str, output: str
) -> None:
    """export writes TBX and import CSV: '-o terms.csv' for export would be a TBX file a
    spreadsheet opens as garbage and a CI job loads as a CSV glossary."""
    source = tmp_path / ("g.csv" if command == "export" else "g.tbx")
    if command == "export":
        source.write_text("en,ja,kind\nOsaka,大阪,place\n", encoding="utf-8")
    else:
        (tmp_path / "seed.csv").write_text("en,ja,kind\nOsaka,大阪,place\n", encoding="utf-8")
        assert (
            run_cli("glossary", "export", str(tmp_path / "seed.csv"), "-o", str(source)).exit_code
            == 0
        )
    result = run_cli("glossary", command, str(source), "-o", str(tmp_path / output))
    assert result.exit_code == 2
    assert "name the file terms." in result.output
    assert not (tmp_path / output).exists()
