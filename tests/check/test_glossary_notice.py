"""A missing glossary never passes silently: every report format says no glossary was
loaded, and a glossary named with -g or in the config that does not exist is exit 2."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from check_support import GLOSSARY
from click.testing import Result

Cli = Callable[..., Result]
REPO = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

RELEASES = {
    "en.txt": "Mikio Kato, Group Manager, opened the tenant day at Shonan iPark.\n",
    "ja.md": "# お知らせ\n\n湘南アイパークで入居企業向けの説明会を開催しました。\n",
    "ko.html": (
        '<!DOCTYPE html>\n<html lang="ko"><head><title>알림</title></head>\n'
        "<body><p>오영주 장관이 간담회에 참석했습니다.</p></body></html>\n"
    ),
}
MINIMAL = "en,ja,ko,kind\nMikio Kato,加藤幹雄,가토 미키오,person\nMinister,長官,장관,title\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    for name, text in RELEASES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    yield tmp_path


def _check(run_cli: Cli, *args: str) -> Result:
    return run_cli("check", *RELEASES, "--no-cache", *args)


def test_text_report_warns(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli)
    assert result.exit_code == 0
    assert result.stderr == (
        "warning: no glossary found: name and term checks are off "
        "(pass -g GLOSSARY or add a glossaries/ folder)\n"
    )
    assert result.stdout == "All checks passed (3 files checked).\n"


def test_json_report_carries_the_notice_beside_the_contract(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    report = json.loads(result.stdout)
    assert report["version"] == 1 and report["findings"] == []
    assert report["summary"] == {"files": 3, "findings": 0, "by_code": {}}
    assert [(n["code"], n["severity"]) for n in report["notices"]] == [("no-glossary", "warning")]
    assert "name and term checks are off" in report["notices"][0]["message"]


def test_sarif_report_carries_a_tool_execution_notification(
    run_cli: Cli, workdir: Path, shared_file: Callable[[Path, str], Path]
) -> None:
    result = _check(run_cli, "--format", "sarif")
    assert result.exit_code == 0 and result.stderr == ""
    log = json.loads(result.stdout)
    jsonschema.validate(
        log, json.loads(shared_file(SARIF_SCHEMA, "SARIF 2.1.0 schema").read_text("utf-8"))
    )
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["descriptor"] == {"id": "no-glossary"}
    assert notification["level"] == "warning"
    assert notification["message"]["text"].startswith("no glossary found")


def test_github_report_prints_a_warning_annotation(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--format", "github")
    assert result.exit_code == 0
    assert result.stdout == (
        "::warning title=prlocalize no-glossary::no glossary found: name and term checks are "
        "off (pass -g GLOSSARY or add a glossaries/ folder)\n"
    )


def test_html_report_shows_the_notice(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--format", "html")
    assert '<p class="notice sev-warning" role="alert">Warning: no glossary found' in result.stdout


def test_diff_warns_on_stderr(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--diff")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("warning: no glossary found")


@pytest.mark.parametrize("glossary", ["minimal", "full"])
def test_with_a_glossary_nothing_is_said(run_cli: Cli, workdir: Path, glossary: str) -> None:
    path = GLOSSARY
    if glossary == "minimal":
        path = workdir / "terms.csv"
        path.write_text(MINIMAL, encoding="utf-8")
    for fmt in ("text", "json", "sarif", "github"):
        result = _check(run_cli, "-g", str(path), "--format", fmt)
        assert result.exit_code == 0, result.output
        assert result.stderr == ""
        assert "no glossary" not in result.stdout
    report = json.loads(_check(run_cli, "-g", str(path), "--format", "json").stdout)
    assert set(report) == {"version", "findings", "summary"}  # the contract, nothing added
    sarif = json.loads(_check(run_cli, "-g", str(path), "--format", "sarif").stdout)
    assert sarif["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_default_glossaries_folder_is_found(run_cli: Cli, workdir: Path) -> None:
    (workdir / "glossaries").mkdir()
    (workdir / "glossaries" / "terms.csv").write_text(MINIMAL, encoding="utf-8")
    assert "notices" not in json.loads(_check(run_cli, "--format", "json").stdout)


def test_a_glossary_folder_without_glossary_files_is_no_glossary(
    run_cli: Cli, workdir: Path
) -> None:
    (workdir / "glossaries").mkdir()
    (workdir / "glossaries" / "README.txt").write_text("terms go here\n", encoding="utf-8")
    result = _check(run_cli, "--format", "github")
    assert result.exit_code == 0
    assert result.stdout.startswith("::warning title=prlocalize no-glossary::no glossary found: ")
    assert "no .csv/.tsv/.tbx/.xlsx file in" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_a_glossary_given_with_g_that_does_not_exist_is_exit_2(
    run_cli: Cli, workdir: Path, fmt: str
) -> None:
    result = _check(run_cli, "-g", "terms.csv", "--format", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"{workdir.resolve() / 'terms.csv'}: glossary given with --glossary does not exist "
        "(check the path)\n"
    )


@pytest.mark.parametrize("config", ["pyproject.toml", "prlocalize.toml"])
def test_a_configured_glossary_that_does_not_exist_is_exit_2(
    run_cli: Cli, workdir: Path, config: str
) -> None:
    table = "[tool.prlocalize]\n" if config == "pyproject.toml" else ""
    (workdir / config).write_text(
        f'{table}fail-on = "error"\nglossaries = [\n  "glossary/terms.csv",\n]\n',
        encoding="utf-8",
    )
    line = 3 if table else 2
    for fmt in ("text", "json"):
        result = _check(run_cli, "--format", fmt)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr.startswith(
            f"{workdir.resolve() / config}:{line}: glossaries: 'glossary/terms.csv' does not exist"
        )
    (workdir / "glossary").mkdir()
    (workdir / "glossary" / "terms.csv").write_text(MINIMAL, encoding="utf-8")
    result = _check(run_cli, "--format", "json")
    assert result.exit_code == 0 and "notices" not in json.loads(result.stdout)


def test_run_warns_without_a_glossary(run_cli: Cli, workdir: Path) -> None:
    result = run_cli("run", "en.txt", "-l", "ja", "-o", "out")
    assert result.exit_code == 0, result.output
    assert "warning: no glossary found" in result.stderr
