"""`check` streams: every report format gives the same bytes with one worker and with
three, and the JSON is byte for byte the document the findings make when each release
is checked on its own and the whole document is dumped at once (as before streaming),
so a finding lost, added or moved shows."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.checking import _Run, check_document, check_paths, split_paths
from prlocalize.config import Settings
from prlocalize.document import LineIndex
from prlocalize.findings import Finding
from prlocalize.readers import read_document
from prlocalize.report import get_reporter
from prlocalize.rules.registry import select_rules

REPO = Path(__file__).resolve().parents[2]
FORMATS = ("json", "sarif", "github", "text", "html")
RELEASES = 90  # over parallel.PARALLEL_FROM: the default run uses workers too

# Written for this test: each kind of release carries defects of its own, at places that
# move with the release's number, and every fifth release is clean.
_TEXT = (
    "Press Release {i}\n\nThe event was held , in Tokyo on day {i}.\n\n"
    "MikioKato spoke about lab number {i}.\nSales grew  fast{tail}\n"
)
_MARKDOWN = (
    "# Release {i}\n\nFor the details of plan {i}, click here.\n\n"
    "The  plant in Osaka opened{tail}\n"
)
_HTML = (
    '<!DOCTYPE html>\n<html lang="en">\n<body>\n<h1>Release {i}</h1>\n'
    "<p>MikioKato visited the site , in Seoul{tail}</p>\n"
    '<p>Read <a href="https://example.com/{i}">바로가기</a>.</p>\n</body>\n</html>\n'
)
_CLEAN = "Release {i}\n\nThe company opened its new laboratory in Tokyo.\n"


def _write_releases(folder: Path, count: int = RELEASES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ((".txt", _TEXT), (".md", _MARKDOWN), (".html", _HTML))
    for i in range(count):
        suffix, template = kinds[i % 3]
        if i % 5 == 4:
            suffix, template = ".txt", _CLEAN
        tail = "." + " It was a success." * (i % 4)
        (folder / f"release-{i:03}{suffix}").write_text(
            template.format(i=i, tail=tail), encoding="utf-8"
        )


def _settings(root: Path) -> Settings:
    return Settings(root=root, glossaries=(str(REPO / "glossaries"),))


def _expected_json(folder: Path, settings: Settings) -> str:
    """The JSON report as the contract defines it, from each release checked alone (no
    run, no workers, no cache, no reporter) and dumped in one piece."""
    releases, _ = split_paths([folder])
    rules = select_rules(None, None)
    run = _Run(rules, settings)
    findings: list[dict[str, object]] = []
    by_code: dict[str, int] = {}
    for path in releases:
        document = read_document(path)
        index = LineIndex(document.text)
        found = check_document(document, run.glossary, run.matcher(document.lang), rules, settings)
        for f in sorted(found, key=Finding.sort_key):
            start, end = index.position(f.span.start), index.position(f.span.end)
            findings.append(
                {
                    "path": str(path),
                    "line": start.line,
                    "column": start.column,
                    "end_line": end.line,
                    "end_column": end.column,
                    "code": f.code,
                    "name": f.name,
                    "severity": f.severity.label,
                    "message": f.message,
                    "found": f.found,
                    "suggestion": f.suggestion,
                    "fixable": f.fixable,
                }
            )
            by_code[f.code] = by_code.get(f.code, 0) + 1
    document_ = {
        "version": 1,
        "findings": findings,
        "summary": {
            "files": len(releases),
            "findings": len(findings),
            "by_code": dict(sorted(by_code.items())),
        },
    }
    return json.dumps(document_, ensure_ascii=False, indent=2) + "\n"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Releases in ``releases/`` of the working folder (paths in reports are relative)."""
    _write_releases(tmp_path / "releases")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PRLOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def _check(run_cli: Callable[..., Result], fmt: str, *extra: str) -> Result:
    glossary = str(REPO / "glossaries")
    return run_cli("check", "releases", "-g", glossary, "--format", fmt, *extra)


def test_json_is_the_contract_document_of_every_release_in_order(
    archive: Path, run_cli: Callable[..., Result]
) -> None:
    expected = _expected_json(Path("releases"), _settings(archive))
    data = json.loads(expected)
    assert data["summary"]["findings"] > RELEASES  # the test has something to lose
    assert len({row["code"] for row in data["findings"]}) >= 4
    for jobs in ("1", "3"):
        result = _check(run_cli, "json", "--jobs", jobs, "--no-cache")
        assert result.exit_code == 1
        assert result.stdout == expected, f"--jobs {jobs}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_the_same_with_one_worker_or_three_and_from_the_cache(
    archive: Path, run_cli: Callable[..., Result], fmt: str
) -> None:
    one = _check(run_cli, fmt, "--jobs", "1", "--no-cache")
    three = _check(run_cli, fmt, "--jobs", "3", "--no-cache")
    filled = _check(run_cli, fmt, "--jobs", "3")
    warm = _check(run_cli, fmt, "--jobs", "3")
    warm_serial = _check(run_cli, fmt, "--jobs", "1")
    assert one.exit_code == 1 and one.stdout
    for other in (three, filled, warm, warm_serial):
        assert (other.exit_code, other.stdout) == (one.exit_code, one.stdout)


@pytest.mark.parametrize("fmt", FORMATS)
def test_streamed_output_is_what_the_reporter_writes_for_the_whole_result(
    archive: Path, run_cli: Callable[..., Result], fmt: str
) -> None:
    """The streamed CLI and a reporter given the collected result (the old way) agree."""
    import io

    result = check_paths([Path("releases")], _settings(archive), jobs=1, cache=False)
    whole = io.StringIO()
    get_reporter(fmt).write(result, whole)
    assert _check(run_cli, fmt, "--jobs", "2", "--no-cache").stdout == whole.getvalue()


def test_sarif_lists_every_finding_in_order(archive: Path, run_cli: Callable[..., Result]) -> None:
    expected = json.loads(_expected_json(Path("releases"), _settings(archive)))["findings"]
    log = json.loads(_check(run_cli, "sarif", "--jobs", "3", "--no-cache").stdout)
    results = log["runs"][0]["results"]
    assert [
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
            r["ruleId"],
        )
        for r in results
    ] == [(Path(f["path"]).as_posix(), f["line"], f["column"], f["code"]) for f in expected]


def test_a_run_without_glossary_streams_its_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    _write_releases(tmp_path / "releases", 70)
    monkeypatch.chdir(tmp_path)
    outputs = [
        run_cli("check", "releases", "--format", "json", "--jobs", jobs, "--no-cache").stdout
        for jobs in ("1", "3")
    ]
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert list(data) == ["version", "findings", "summary", "notices"]
    assert [n["code"] for n in data["notices"]] == ["no-glossary"]


def test_a_clean_run_writes_empty_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Result]
) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "clean.txt").write_text(_CLEAN.format(i=1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    glossary = str(REPO / "glossaries")
    out = run_cli("check", "releases", "-g", glossary, "--format", "json", "--no-cache").stdout
    document = {"version": 1, "findings": [], "summary": {"files": 1, "findings": 0, "by_code": {}}}
    assert out == json.dumps(document, indent=2) + "\n"
    sarif = run_cli("check", "releases", "-g", glossary, "--format", "sarif", "--no-cache")
    assert json.loads(sarif.stdout)["runs"][0]["results"] == []


def test_reports_let_their_text_go_unless_asked(archive: Path) -> None:
    from prlocalize.checking import iter_check

    settings = _settings(archive)
    streamed = list(iter_check([Path("releases")], settings, jobs=2, cache=False))
    assert all(r.text == "" and r.excerpt is not None for r in streamed)
    kept = check_paths([Path("releases")], settings, jobs=2, cache=False)
    assert all(r.text and r.excerpt is None for r in kept.files)
    assert [r.findings for r in streamed] == [r.findings for r in kept.files]
