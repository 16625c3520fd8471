"""Config that is read everywhere: [tool.prlocalize] / prlocalize.toml settings reach every
command, `prlocalize config` shows where each came from, wrong values fail with file:line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.config import key_lines, load_settings

Cli = Callable[..., Result]

RELEASE = "Press Release\n\nThe plant opened on May 10, 2024.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A team's project folder outside the repository, with one release."""
    root = tmp_path / "team"
    (root / "releases").mkdir(parents=True)
    (root / "releases" / "plant.txt").write_text(RELEASE, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _pyproject(root: Path, body: str) -> Path:
    path = root / "pyproject.toml"
    path.write_text('[project]\nname = "press"\n\n[tool.prlocalize]\n' + body, encoding="utf-8")
    return path


def test_commands_take_locales_folder_and_output_from_the_config(
    project: Path, run_cli: Cli
) -> None:
    _pyproject(
        project,
        'locales = ["ja", "ko"]\nlocales-dir = "catalogs"\noutput = "site"\n'
        'glossaries = []\nbackends = ["glossary"]\n',
    )
    assert run_cli("extract", "releases").exit_code == 0
    assert (project / "catalogs" / "plant.pot").is_file()
    result = run_cli("update")  # no -l, no -d: both from the config
    assert result.exit_code == 0, result.output
    for locale in ("ja", "ko"):
        assert (project / "catalogs" / locale / "LC_MESSAGES" / "plant.po").is_file()
    assert run_cli("translate").exit_code == 0
    assert run_cli("compile").exit_code == 0
    assert (project / "catalogs" / "ja" / "LC_MESSAGES" / "plant.mo").is_file()
    result = run_cli("build", "releases")
    assert result.exit_code == 0, result.output
    assert sorted(
        p.relative_to(project).as_posix() for p in (project / "site").rglob("*.html")
    ) == [
        "site/en/plant.html",  # the original, which x-default points to
        "site/ja/plant.html",
        "site/ko/plant.html",
    ]


def test_config_paths_are_relative_to_the_config_file(project: Path, run_cli: Cli) -> None:
    _pyproject(project, 'locales = ["ja"]\nlocales-dir = "catalogs"\n')
    assert run_cli("extract", "releases").exit_code == 0
    sub = project / "releases"
    import os

    os.chdir(sub)  # a command run from a subfolder finds the same catalogs
    assert run_cli("update").exit_code == 0
    assert (project / "catalogs" / "ja" / "LC_MESSAGES" / "plant.po").is_file()
    assert not (sub / "catalogs").exists()


def test_run_takes_locales_and_output_from_the_config(project: Path, run_cli: Cli) -> None:
    (project / "prlocalize.toml").write_text(
        'locales = ["ko"]\noutput = "out"\nglossaries = []\n', encoding="utf-8"
    )
    result = run_cli("run", "releases")
    assert result.exit_code == 0, result.output
    assert (project / "out" / "dist" / "ko" / "plant.html").is_file()
    assert not (project / "out" / "dist" / "ja").exists()


def test_no_locale_anywhere_is_a_usage_error(project: Path, run_cli: Cli) -> None:
    result = run_cli("update")
    assert result.exit_code == 2
    assert "no target locale: pass -l LOCALE" in result.output


def test_commands_on_catalogs_take_the_locales_the_folder_has(project: Path, run_cli: Cli) -> None:
    # no -l and no config: update, translate and build work on the locales the catalogs
    # folder already holds, as `pybabel update` does; extract and run still need them
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    assert run_cli("update", "-d", "locales", "-l", "ja", "-l", "ko").exit_code == 0
    (project / "releases" / "plant.txt").write_text(
        RELEASE + "\nThe line has 40 robots.\n", encoding="utf-8"
    )
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    result = run_cli("update", "-d", "locales")
    assert result.exit_code == 0, result.output
    for locale in ("ja", "ko"):
        po = project / "locales" / locale / "LC_MESSAGES" / "plant.po"
        assert "40 robots" in po.read_text(encoding="utf-8")
    result = run_cli("translate", "-d", "locales")
    assert result.exit_code == 0, result.output
    result = run_cli("build", "releases", "-d", "locales", "-o", "dist")
    assert result.exit_code == 0, result.output
    assert {p.name for p in (project / "dist").iterdir()} == {"en", "ja", "ko"}
    # an empty folder still names what to do
    (project / "empty").mkdir()
    result = run_cli("update", "-d", "empty")
    assert result.exit_code == 2
    assert "no target locale: pass -l LOCALE" in result.output
    assert "Traceback" not in result.output


def test_locales_given_comma_separated(project: Path, run_cli: Cli) -> None:
    # '-l ja,ko' as a CI variable or pybabel's habit gives them: the same as '-l ja -l ko'
    assert run_cli("extract", "releases", "-d", "locales").exit_code == 0
    result = run_cli("update", "-d", "locales", "-l", "ja,ko", "-l", " zh_Hant ,")
    assert result.exit_code == 0, result.output
    made = {p.name for p in (project / "locales").iterdir() if p.is_dir()}
    assert made == {"ja", "ko", "zh_Hant"}
    result = run_cli("update", "-d", "locales", "-l", "ja,jp")
    assert result.exit_code == 2
    assert "unknown locale 'jp'" in result.output


def test_flags_win_over_the_config(project: Path, run_cli: Cli) -> None:
    _pyproject(project, 'locales = ["ja", "ko"]\n')
    assert run_cli("extract", "releases").exit_code == 0
    assert run_cli("update", "-l", "ko").exit_code == 0
    assert (project / "locales" / "ko" / "LC_MESSAGES" / "plant.po").is_file()
    assert not (project / "locales" / "ja").exists()


def test_config_command_shows_every_origin(project: Path, run_cli: Cli) -> None:
    _pyproject(project, 'locales = ["ja", "ko"]\n\nfail-on = "warning"\n')
    result = run_cli("config", "--locales-dir", "cats")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"# config file: {project / 'pyproject.toml'}"
    rows = {line.split()[1]: line for line in lines[1:]}
    assert rows["locales"].split()[0] == "file:pyproject.toml:5"
    assert rows["locales"].endswith('locales = ["ja", "ko"]')
    assert rows["fail-on"].split()[0] == "file:pyproject.toml:7"
    assert rows["locales-dir"].split()[0] == "flag:--locales-dir"
    assert rows["locales-dir"].endswith('locales-dir = "cats"')
    assert rows["workers"].split()[0] == "default" and rows["workers"].endswith("workers = 4")
    assert rows["encoding"].endswith("encoding = (not set)")


def test_config_command_json(project: Path, run_cli: Cli) -> None:
    (project / "prlocalize.toml").write_text(
        '# team settings\nsource-lang = "en"\n[severity]\nPR105 = "error"\n', encoding="utf-8"
    )
    result = run_cli("config", "--format", "json", "-l", "ko")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["config_file"] == str(project / "prlocalize.toml")
    by_key = {s["key"]: s for s in data["settings"]}
    assert by_key["source-lang"]["value"] == "en"
    assert by_key["source-lang"]["origin"] == {
        "kind": "file",
        "flag": None,
        "path": str(project / "prlocalize.toml"),
        "line": 2,
    }
    assert by_key["severity"]["value"] == {"PR105": "error"}
    assert by_key["severity"]["origin"]["line"] == 3
    assert by_key["locales"]["origin"] == {
        "kind": "flag",
        "flag": "--locale",
        "path": None,
        "line": None,
    }
    assert by_key["fallback"] == {
        "key": "fallback",
        "value": "source",
        "origin": {"kind": "default", "flag": None, "path": None, "line": None},
    }


def test_config_without_a_file(project: Path, run_cli: Cli) -> None:
    result = run_cli("config")
    assert result.exit_code == 0
    assert result.output.startswith("# config file: none found")
    assert all(line.startswith("default ") for line in result.output.splitlines()[1:])


def test_key_lines_find_keys_in_tables_arrays_and_strings() -> None:
    text = (
        "# top\n"  # 1
        "[project]\n"  # 2
        'description = """\n'  # 3
        "locales = not a key, inside a string\n"  # 4
        '"""\n'  # 5
        "[tool.prlocalize]\n"  # 6
        "select = [\n"  # 7
        '  "PR1",  # ignore = ["x"] in a comment\n'  # 8
        "  ]\n"  # 9
        "'fail-on' = \"warning\"\n"  # 10
        'severity.PR105 = "error"\n'  # 11
        '[ tool . prlocalize . "per-file-ignores" ]\n'  # 12
        '"drafts/*.md" = ["PR201"]\n'  # 13
        'per = { a = "b = c" }\n'  # 14
    )
    lines = key_lines(text)
    assert lines[("project",)] == 2
    assert lines[("project", "description")] == 3
    assert ("project", "locales") not in lines
    assert lines[("tool", "prlocalize", "select")] == 7
    assert ("tool", "prlocalize", "ignore") not in lines
    assert lines[("tool", "prlocalize", "fail-on")] == 10
    assert lines[("tool", "prlocalize", "severity", "PR105")] == 11
    assert lines[("tool", "prlocalize", "per-file-ignores")] == 12
    assert lines[("tool", "prlocalize", "per-file-ignores", "drafts/*.md")] == 13
    assert lines[("tool", "prlocalize", "per-file-ignores", "per")] == 14
    assert len(lines) == 9


# --- typed validation: file:line, exit 2, no traceback ------------------------------------

BAD = [
    # (body under [tool.prlocalize], line of the error, what the message says)
    ('select = ["PR1", "PR3O1"]\n', 5, "unknown rule code or prefix 'PR3O1' (did you mean PR301?)"),
    ('ignore = ["all"]\n', 5, "unknown rule code or prefix 'all'"),
    ('select = ["PR999"]\n', 5, "unknown rule code or prefix 'PR999'"),
    (
        '[tool.prlocalize.per-file-ignores]\n"drafts/*.md" = "PR201"\n',
        6,
        "tool.prlocalize.per-file-ignores.drafts/*.md: expected a list of codes, got a string "
        "(write 'drafts/*.md' = [\"PR201\"])",
    ),
    (
        'locales = "ja"\nfail-on = 1\n',
        6,
        "tool.prlocalize.fail-on: expected a string, got a number",
    ),
    ('locales = "ja, ko"\n', 5, "tool.prlocalize.locales: unknown locale 'ja, ko'"),
    ('locales = ["ja", 5]\n', 5, "expected a list of strings, got 5 (a number)"),
    ('workers = "4"\n', 5, "tool.prlocalize.workers: expected a whole number, got a string"),
    ("workers = 0\n", 5, "0 is out of range (from 1 to 64)"),
    ('use-fuzzy = "yes"\n', 5, "expected true or false, got a string"),
    ('fail-on = "fatal"\n', 5, "'fatal' is not one of error, warning, info"),
    ("severity = 3\n", 5, "expected a table of CODE = severity, got a number"),
    ('[tool.prlocalize.severity]\nPR105 = "critical"\n', 6, "'critical' is not one of"),
    ('[tool.prlocalize.severity]\nPR1 = "info"\n', 6, "unknown rule code 'PR1'"),
    ('locales = ["jp"]\n', 5, "unknown locale 'jp': did you mean 'ja'?"),
    ('encoding = "shift-jiss"\n', 5, "unknown encoding 'shift-jiss'"),
    ('glossary = ["g.csv"]\n', 5, "unknown setting 'glossary' (did you mean 'glossaries'?)"),
    (
        'fail_on = "warning"\nfailon = "x"\n',
        6,
        "unknown setting 'failon' (did you mean 'fail-on'?)",
    ),
    ("[tool.prlocalize.per-file-ignores]\nx = [1]\n", 6, "expected a list of strings, got 1"),
    ("locales-dir = []\n", 5, "tool.prlocalize.locales-dir: expected a string, got a list"),
]


@pytest.mark.parametrize(("body", "line", "message"), BAD)
def test_wrong_values_are_errors_with_file_and_line(
    project: Path, run_cli: Cli, body: str, line: int, message: str
) -> None:
    _pyproject(project, body)
    result = run_cli("check", "releases")
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"{project / 'pyproject.toml'}:{line}: "), result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_console_script_reports_a_bad_config_without_traceback(project: Path) -> None:
    import subprocess
    import sys

    _pyproject(project, 'select = ["PR3O1"]\n')
    proc = subprocess.run(
        [sys.executable, "-m", "prlocalize", "check", "releases"],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"{project / 'pyproject.toml'}:5: tool.prlocalize.select")
    assert "Traceback" not in proc.stderr


def test_a_table_at_the_top_of_pyproject_is_reported(project: Path, run_cli: Cli) -> None:
    _pyproject(project, 'fail-on = "warning"\n\n[severity]\nPR105 = "error"\n')
    result = run_cli("check", "releases")
    assert result.exit_code == 2
    assert result.output == (
        f"{project / 'pyproject.toml'}:7: severity: 'severity' at the top level of "
        "pyproject.toml is not read (prlocalize's settings live under [tool.prlocalize]: "
        "write [tool.prlocalize.severity])\n"
    )


def test_every_wrong_setting_is_reported_in_one_run(project: Path, run_cli: Cli) -> None:
    _pyproject(
        project,
        'locales = ["jp"]\nfail-on = "fatal"\nglossary = ["g.csv"]\nworkers = 0\n'
        '\n[severity]\nPR105 = "error"\n',
    )
    result = run_cli("check", "releases")
    assert result.exit_code == 2
    where = project / "pyproject.toml"
    lines = result.output.splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{where}:10",  # the misplaced table first: it explains the rest of the file
        f"{where}:5",
        f"{where}:6",
        f"{where}:7",
        f"{where}:8",
    ], result.output
    assert "unknown locale 'jp'" in lines[1] and "'fatal' is not one of" in lines[2]
    assert "did you mean 'glossaries'?" in lines[3] and "0 is out of range" in lines[4]


def test_tool_table_inside_prlocalize_toml_is_reported(project: Path, run_cli: Cli) -> None:
    (project / "prlocalize.toml").write_text('[tool.prlocalize]\nlocales = ["ja"]\n', "utf-8")
    result = run_cli("update")
    assert result.exit_code == 2
    assert "prlocalize.toml:1: tool.prlocalize: prlocalize.toml holds the settings" in result.output


def test_invalid_toml_names_the_line(project: Path, run_cli: Cli) -> None:
    _pyproject(project, 'locales = ["ja"\nfail-on = "error"\n')
    result = run_cli("config")
    assert result.exit_code == 2
    assert f"{project / 'pyproject.toml'}:6: not valid TOML" in result.output


def test_selectors_that_exist_are_accepted(project: Path) -> None:
    _pyproject(
        project,
        'select = ["PR1", "PR30", "PR201", "glued-name"]\nignore = ["pr303"]\n'
        "[tool.prlocalize.per-file-ignores]\n"
        '"drafts/*.md" = ["PR2"]\n',
    )
    settings = load_settings(project)
    assert settings.select == ("PR1", "PR30", "PR201", "glued-name")
    assert settings.ignore == ("PR303",)
    assert settings.per_file_ignores == {"drafts/*.md": ("PR2",)}


def test_unknown_selector_flag_is_exact_too(project: Path, run_cli: Cli) -> None:
    result = run_cli("check", "releases", "--ignore", "PR3O1")
    assert result.exit_code == 2
    assert "unknown rule code or prefix 'PR3O1' (did you mean PR301?)" in result.output


DOCS = Path(__file__).resolve().parents[2]


def _toml_blocks(markdown: Path) -> list[str]:
    import re

    text = markdown.read_text(encoding="utf-8")
    return re.findall(r"```toml\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("doc", ["README.md", "docs/check.md", "docs/configuration.md"])
def test_every_documented_config_is_valid(doc: str, tmp_path: Path) -> None:
    """The TOML examples in the docs load as they are written (in the file they name)."""
    from prlocalize.config import read_config

    blocks = _toml_blocks(DOCS / doc)
    assert blocks, f"{doc} has no TOML example"
    for n, block in enumerate(blocks):
        name = "pyproject.toml" if "[tool.prlocalize" in block else "prlocalize.toml"
        folder = tmp_path / f"{n}"
        folder.mkdir()
        (folder / name).write_text(block, encoding="utf-8")
        values, _ = read_config(folder / name)
        assert values, f"{doc} block {n} sets nothing"
