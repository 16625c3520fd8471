"""End-to-end tests of ``check`` and ``rules``: every format and every exit code."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from check_support import GLOSSARY
from click.testing import Result

REPO = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

RELEASE = (
    "Participants\n"
    "MikioKato, Group Manager\n"
    "Lim Jungwook, Deputy Minister\n"
    "\n"
    "The roundtable was held at  Shonan iPark.\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    yield tmp_path


Cli = Callable[..., Result]


def check(run_cli: Cli, *args: str) -> Result:
    return run_cli("check", "-g", str(GLOSSARY), *args)


def test_text_report(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt")
    assert result.exit_code == 1
    assert result.output == (
        "PR101 [*] Glued name 'MikioKato'\n"
        "  --> release.txt:2:1\n"
        "  |\n"
        "2 | MikioKato, Group Manager\n"
        "  | ^^^^^^^^^\n"
        "  |\n"
        "help: Insert a space: 'Mikio Kato'\n"
        "\n"
        "PR303 [*] Doubled space after 'at'\n"
        "  --> release.txt:5:27\n"
        "  |\n"
        "5 | The roundtable was held at  Shonan iPark.\n"
        "  |                           ^^\n"
        "  |\n"
        "help: Replace with one space\n"
        "\n"
        "Code    Name            Severity   Count   Fixable\n"
        "──────────────────────────────────────────────────\n"
        "PR101   glued-name      error          1         1\n"
        "PR303   doubled-space   warning        1         1\n"
        "Found 2 findings in 1 file (2 fixable with --fix).\n"
    )


def test_json_report_follows_the_contract(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.output) == {
        "version": 1,
        "findings": [
            {
                "path": "release.txt",
                "line": 2,
                "column": 1,
                "end_line": 2,
                "end_column": 10,
                "code": "PR101",
                "name": "glued-name",
                "severity": "error",
                "message": "Glued name 'MikioKato'",
                "found": "MikioKato",
                "suggestion": "Mikio Kato",
                "fixable": True,
            },
            {
                "path": "release.txt",
                "line": 5,
                "column": 27,
                "end_line": 5,
                "end_column": 29,
                "code": "PR303",
                "name": "doubled-space",
                "severity": "warning",
                "message": "Doubled space after 'at'",
                "found": "  ",
                "suggestion": " ",
                "fixable": True,
            },
        ],
        "summary": {"files": 1, "findings": 2, "by_code": {"PR101": 1, "PR303": 1}},
    }


def test_sarif_report_is_valid_sarif_2_1_0(
    run_cli: Cli, workdir: Path, shared_file: Callable[[Path, str], Path]
) -> None:
    result = check(run_cli, "release.txt", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.output)
    schema_path = shared_file(SARIF_SCHEMA, "SARIF 2.1.0 schema")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) and "PR101" in rule_ids and "PR401" in rule_ids
    first = run["results"][0]
    assert first["ruleId"] == "PR101" and first["level"] == "error"
    assert rule_ids[first["ruleIndex"]] == "PR101"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 10}
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "Mikio Kato"
    }


def test_github_report(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--format", "github")
    assert result.exit_code == 1
    assert result.output == (
        "::error file=release.txt,line=2,col=1,endLine=2,endColumn=10,title=PR101::"
        "Glued name 'MikioKato' (suggestion: Mikio Kato)\n"
        "::warning file=release.txt,line=5,col=27,endLine=5,endColumn=29,title=PR303::"
        "Doubled space after 'at' (suggestion:  )\n"
    )


def test_html_report(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--format", "html")
    assert result.exit_code == 1
    assert result.output.lstrip().lower().startswith("<!doctype html")
    assert "MikioKato" in result.output


def test_clean_release_exits_0(run_cli: Cli, workdir: Path) -> None:
    (workdir / "clean.txt").write_text("Lim Jungwook visited Shonan iPark.\n", encoding="utf-8")
    result = check(run_cli, "clean.txt")
    assert result.exit_code == 0
    assert result.output == "All checks passed (1 file checked).\n"


def test_fail_on_threshold(run_cli: Cli, workdir: Path) -> None:
    (workdir / "spaces.txt").write_text("Held at  Shonan iPark.\n", encoding="utf-8")
    assert check(run_cli, "spaces.txt", "--format", "json").exit_code == 0  # warning < error
    assert check(run_cli, "spaces.txt", "--format", "json", "--fail-on", "warning").exit_code == 1


def test_select_and_ignore(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--format", "json", "--select", "PR3")
    assert [f["code"] for f in json.loads(result.output)["findings"]] == ["PR303"]
    result = check(run_cli, "release.txt", "--format", "json", "--ignore", "PR303,PR1")
    assert json.loads(result.output)["findings"] == []
    assert result.exit_code == 0


def test_fix_writes_safe_fixes_and_rechecks(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--fix")
    assert result.exit_code == 0
    assert result.output == "Fixed 2 findings.\nAll checks passed (1 file checked).\n"
    assert (workdir / "release.txt").read_text(encoding="utf-8") == RELEASE.replace(
        "MikioKato", "Mikio Kato"
    ).replace("at  Shonan", "at Shonan")


def test_diff_shows_fixes_and_writes_nothing(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--diff")
    assert result.exit_code == 1
    assert result.output == (
        "--- release.txt\n"
        "+++ release.txt\t(safe fixes: what --fix writes)\n"
        "@@ -1,5 +1,5 @@\n"
        " Participants\n"
        "-MikioKato, Group Manager\n"
        "+Mikio Kato, Group Manager\n"
        " Lim Jungwook, Deputy Minister\n"
        " \n"
        "-The roundtable was held at  Shonan iPark.\n"
        "+The roundtable was held at Shonan iPark.\n"
    )
    assert (workdir / "release.txt").read_text(encoding="utf-8") == RELEASE


def test_diff_shows_only_what_fix_writes(run_cli: Cli, workdir: Path) -> None:
    (workdir / "typo.txt").write_text("The Presdient spoke at  noon.\n", encoding="utf-8")
    result = check(run_cli, "typo.txt", "--diff")
    assert result.exit_code == 1
    assert "+The Presdient spoke at noon.\n" in result.output  # safe: the doubled space
    assert "President" not in result.output  # suggested: not what --fix does
    assert (workdir / "typo.txt").read_text(encoding="utf-8") == "The Presdient spoke at  noon.\n"
    diff = result.output
    assert check(run_cli, "typo.txt", "--fix").exit_code == 1  # the suggestion is left
    assert (workdir / "typo.txt").read_text(encoding="utf-8") == "The Presdient spoke at noon.\n"
    assert check(run_cli, "typo.txt", "--diff").output == ""  # nothing safe is left
    (workdir / "typo.txt").write_text("The Presdient spoke at  noon.\n", encoding="utf-8")
    assert check(run_cli, "typo.txt", "--diff").output == diff


def test_diff_unsafe_adds_labelled_suggested_fixes(run_cli: Cli, workdir: Path) -> None:
    import shutil
    import subprocess

    (workdir / "typo.txt").write_text("The Presdient spoke at  noon.\n", encoding="utf-8")
    result = check(run_cli, "typo.txt", "--diff", "--unsafe")
    assert result.exit_code == 1
    safe, suggested = result.output.split("--- typo.txt\n")[1:]
    assert safe.startswith("+++ typo.txt\t(safe fixes: what --fix writes)\n")
    assert "+The Presdient spoke at noon.\n" in safe
    assert suggested.startswith("+++ typo.txt\t(suggested fixes: review them;")
    assert "-The Presdient spoke at noon.\n+The President spoke at noon.\n" in suggested
    assert (workdir / "typo.txt").read_text(encoding="utf-8") == "The Presdient spoke at  noon.\n"
    if shutil.which("patch"):  # the two diffs, applied in order, give the fully fixed text
        subprocess.run(["patch", "-s", "-p0"], input=result.output, text=True, check=True)
        fixed = (workdir / "typo.txt").read_text(encoding="utf-8")
        assert fixed == "The President spoke at noon.\n"


def test_unsafe_without_diff_is_a_usage_error(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--unsafe")
    assert result.exit_code == 2
    assert "--unsafe only goes with --diff" in result.output


def test_config_per_file_ignores_and_severity(run_cli: Cli, workdir: Path) -> None:
    (workdir / "prlocalize.toml").write_text(
        f'glossaries = ["{GLOSSARY.as_posix()}"]\n'
        'fail-on = "warning"\n'
        '[severity]\nPR101 = "info"\n'
        '[per-file-ignores]\n"release.txt" = ["PR303"]\n',
        encoding="utf-8",
    )
    result = run_cli("check", "release.txt", "--format", "json")
    findings = json.loads(result.output)["findings"]
    assert [(f["code"], f["severity"]) for f in findings] == [("PR101", "info")]
    assert result.exit_code == 0  # info is below fail-on = warning


def test_block_suppression_comment(run_cli: Cli, workdir: Path) -> None:
    (workdir / "note.md").write_text(
        "<!-- prlocalize: ignore PR202 -->\nFor details, click here.\n\nOtherwise click here.\n",
        encoding="utf-8",
    )
    result = check(run_cli, "note.md", "--format", "json")
    assert [f["line"] for f in json.loads(result.output)["findings"]] == [4]


def test_folder_is_checked_recursively(run_cli: Cli, workdir: Path) -> None:
    (workdir / "sub").mkdir()
    (workdir / "sub" / "b.md").write_text("See  here.\n", encoding="utf-8")
    result = check(run_cli, ".", "--format", "json")
    summary = json.loads(result.output)["summary"]
    assert summary["files"] == 2


def test_missing_path_exits_2(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "missing.txt")
    assert result.exit_code == 2
    assert "missing.txt: no such file or folder" in result.output


def test_invalid_utf8_exits_2_naming_the_line(run_cli: Cli, workdir: Path) -> None:
    (workdir / "bad.txt").write_bytes(b"fine\n\xff broken\n")
    result = check(run_cli, "bad.txt")
    assert result.exit_code == 2
    assert "bad.txt:2:" in result.output


def test_broken_glossary_exits_2(run_cli: Cli, workdir: Path) -> None:
    (workdir / "g.csv").write_text("id,kind,en\nx,nonsense,Foo\n", encoding="utf-8")
    result = run_cli("check", "-g", "g.csv", "release.txt")
    assert result.exit_code == 2
    assert "g.csv:2" in result.output


def test_unknown_format_exits_2(run_cli: Cli, workdir: Path) -> None:
    assert check(run_cli, "release.txt", "--format", "xml").exit_code == 2


def test_po_files_are_checked(run_cli: Cli, workdir: Path) -> None:
    (workdir / "ja.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n\n'
        'msgid "Lim Jungwook visited."\nmsgstr "イム・ジョンウクが訪問しました。"\n',
        encoding="utf-8",
    )
    result = check(run_cli, "ja.po", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["summary"]["files"] == 1


def test_rules_text_and_json(run_cli: Cli) -> None:
    text = run_cli("rules")
    assert text.exit_code == 0
    assert text.output.startswith("PR101 glued-name (error, fix: always, source)\n")
    assert "  Why is this bad?\n" in text.output
    records = json.loads(run_cli("rules", "--format", "json").output)
    assert [r["code"] for r in records][:3] == ["PR101", "PR102", "PR103"]
    assert set(records[0]["sections"]) == {
        "Why is this bad?",
        "Example",
        "Use instead",
        "Fix safety",
    }


def test_no_progress_bar_with_machine_formats(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--format", "json")
    json.loads(result.output)  # stdout is pure JSON
    assert os.environ.get("NO_COLOR") == "1"


def test_unknown_source_lang_exits_2(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--source-lang", "xx")
    assert result.exit_code == 2
    assert "--source-lang" in result.output


def test_without_glossary_a_warning_says_name_checks_are_off(run_cli: Cli, workdir: Path) -> None:
    result = run_cli("check", "release.txt")
    assert result.exit_code == 0  # only the doubled space (a warning) is left
    assert result.stderr.startswith("warning: no glossary found")
    assert result.stdout.startswith("PR303 [*] Doubled space after 'at'\n")
    quiet = run_cli("check", "release.txt", "--format", "json")  # machine formats stay pure
    assert [f["code"] for f in json.loads(quiet.output)["findings"]] == ["PR303"]


def test_japanese_release_with_source_lang(run_cli: Cli, workdir: Path) -> None:
    (workdir / "ja.txt").write_text("会議は終了しました。。\n", encoding="utf-8")
    result = check(run_cli, "ja.txt", "--source-lang", "ja", "--format", "github")
    assert result.exit_code == 1
    assert result.output == (
        "::error file=ja.txt,line=1,col=10,endLine=1,endColumn=12,title=PR301::"
        "Stray punctuation '。。' (suggestion: 。)\n"
    )


def test_fix_keeps_crlf_line_endings_and_bom(run_cli: Cli, workdir: Path) -> None:
    (workdir / "crlf.txt").write_bytes(b"MikioKato, Manager\r\n\r\nHeld at  Shonan iPark, .\r\n")
    (workdir / "bom.txt").write_bytes(b"\xef\xbb\xbfHeld at  Shonan iPark.\n")
    result = check(run_cli, "crlf.txt", "bom.txt", "--fix")
    assert result.exit_code == 0
    assert (workdir / "crlf.txt").read_bytes() == (
        b"Mikio Kato, Manager\r\n\r\nHeld at Shonan iPark.\r\n"
    )
    assert (workdir / "bom.txt").read_bytes() == b"\xef\xbb\xbfHeld at Shonan iPark.\n"


def test_select_by_rule_name_and_unknown_selector(run_cli: Cli, workdir: Path) -> None:
    result = check(run_cli, "release.txt", "--format", "json", "--select", "glued-name")
    assert [f["code"] for f in json.loads(result.output)["findings"]] == ["PR101"]
    bad = check(run_cli, "release.txt", "--select", "PR999")
    assert bad.exit_code == 2
    assert "unknown rule code or prefix 'PR999'" in bad.output
