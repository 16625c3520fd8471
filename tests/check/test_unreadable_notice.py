"""A release that cannot be read is not checked, and every report says which one: JSON and
SARIF carry it (SARIF's execution is then unsuccessful), GitHub output puts an error on it,
the HTML report shows it; the others are still checked and the exit code is 2."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import Result

Cli = Callable[..., Result]
REPO = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
GLOSSARY = "en,ja,ko,kind\nMikio Kato,加藤幹雄,가토 미키오,person\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "a.txt").write_text("MikioKato opened the day.\n", encoding="utf-8")
    # Latin-1 bytes on line 2: saved by an editor in the wrong encoding
    (releases / "b.txt").write_bytes("First line.\nCaf\xe9 opening.\n".encode("latin-1"))
    (releases / "c.md").write_text("Nothing to say here.\n", encoding="utf-8")
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    yield tmp_path


def _check(run_cli: Cli, *args: str) -> Result:
    return run_cli("check", "releases", "-g", "g.csv", "--no-cache", *args)


def test_json_names_the_release_not_checked(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [f["code"] for f in report["findings"]] == ["PR101"]  # a.txt was still checked
    assert report["summary"]["files"] == 2
    (notice,) = report["notices"]
    assert (notice["code"], notice["severity"], notice["path"], notice["line"]) == (
        "unreadable",
        "error",
        "releases/b.txt",
        2,
    )
    assert notice["message"].startswith("not checked: invalid UTF-8")
    assert "releases/b.txt:2:" in result.stderr and "1 file(s) not checked" in result.stderr


def test_json_without_an_unreadable_release_has_no_such_notice(run_cli: Cli, workdir: Path) -> None:
    (workdir / "releases" / "b.txt").write_text("Fine now.\n", encoding="utf-8")
    result = _check(run_cli, "--format", "json")
    assert result.exit_code == 1
    assert "notices" not in json.loads(result.stdout)


def test_sarif_execution_is_unsuccessful_and_located(
    run_cli: Cli, workdir: Path, shared_file: Callable[[Path, str], Path]
) -> None:
    result = _check(run_cli, "--format", "sarif")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.validate(
        log, json.loads(shared_file(SARIF_SCHEMA, "SARIF 2.1.0 schema").read_text("utf-8"))
    )
    run = log["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["PR101"]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["descriptor"] == {"id": "unreadable"}
    assert notification["level"] == "error"
    (location,) = notification["locations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "releases/b.txt"},
        "region": {"startLine": 2},
    }


def test_sarif_of_a_clean_run_is_successful(run_cli: Cli, workdir: Path) -> None:
    (workdir / "releases" / "b.txt").unlink()
    log = json.loads(_check(run_cli, "--format", "sarif").stdout)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": True}


def test_github_puts_an_error_on_the_release(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--format", "github")
    assert result.exit_code == 2
    last = result.stdout.splitlines()[-1]
    assert last.startswith("::error file=releases/b.txt,line=2,title=prlocalize unreadable::")
    assert "not checked: invalid UTF-8" in last


def test_html_report_shows_it(run_cli: Cli, workdir: Path) -> None:
    result = _check(run_cli, "--format", "html")
    assert result.exit_code == 2
    assert 'role="alert">Error: releases/b.txt:2: not checked: invalid UTF-8' in result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_catalog_among_others_leaves_the_report_whole(
    run_cli: Cli, workdir: Path, jobs: str
) -> None:
    # a duplicate msgid in one catalog stopped the run where it stood: the JSON on stdout
    # was cut off in the middle of the findings array
    folder = workdir / "locales" / "ja" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    head = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n\n'
    )
    good = (
        head
        + 'msgid "The plant opened on May 10, 2024."\nmsgstr "工場は2024年5月11日に開所した。"\n'
    )
    (folder / "a.po").write_text(good, encoding="utf-8")
    broken = head + 'msgid "x"\nmsgstr "y"\n\nmsgid "x"\nmsgstr "z"\n'
    (folder / "b.po").write_text(broken, encoding="utf-8")
    (folder / "c.po").write_text(good, encoding="utf-8")
    (workdir / "releases" / "b.txt").unlink()
    result = run_cli(
        "check", "locales", "-g", "g.csv", "--no-cache", "--format", "json", "--jobs", jobs
    )
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [Path(f["path"]).name for f in report["findings"]] == ["a.po", "c.po"]
    (notice,) = report["notices"]
    assert (notice["code"], notice["line"]) == ("unreadable", 9)
    assert notice["path"].endswith("b.po") and "duplicate entry" in notice["message"]
    assert "b.po:9: duplicate entry for msgid" in result.stderr
    assert "1 file(s) not checked" in result.stderr
