"""`check --format html`: one self-contained page, findings by severity and marked in place."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize.document import Span
from prlocalize.findings import CheckResult, FileReport, Finding, Severity
from prlocalize.report import get_reporter
from prlocalize.report.html import HtmlReporter

TEXT = "Hello MikioKato, .\nSecond <b>line</b>\r\nthird"


def _finding(start: int, end: int, code: str, severity: Severity, message: str) -> Finding:
    return Finding(
        "a.txt", Span(start, end), code, "name-" + code, severity, message, TEXT[start:end]
    )


def _write(result: CheckResult) -> str:
    out = io.StringIO()
    get_reporter("html").write(result, out)
    return out.getvalue()


def test_get_reporter_maps_html_to_the_html_reporter() -> None:
    assert isinstance(get_reporter("html"), HtmlReporter)


def test_findings_grouped_by_severity_and_marked_in_place() -> None:
    findings = [
        _finding(15, 18, "PR301", Severity.WARNING, "Stray punctuation ', .'"),
        _finding(6, 15, "PR101", Severity.ERROR, "Glued name 'MikioKato'"),
        _finding(26, 37, "PR999", Severity.INFO, "Markup <b> & more"),
    ]
    page = _write(CheckResult([FileReport("a.txt", TEXT, findings, "en")]))
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<script" not in page and "http" not in page  # self-contained, nothing to fetch
    summary = page.split('<section id="by-severity">')[1].split("</section>")[0]
    assert summary.index("Errors (1)") < summary.index("Warnings (1)") < summary.index("Info (1)")
    assert '<a href="#f1">a.txt:1:7</a>' in summary
    assert (
        '<mark class="error" title="PR101 Glued name &#x27;MikioKato&#x27;">MikioKato</mark>'
        in page
    )
    assert '<span id="f1"></span>' in page
    # the source's own markup is shown as text, never interpreted
    assert "&lt;b&gt;line&lt;/b&gt;" in page and "<b>line" not in page
    assert page.count('id="f3"') == 1


def test_a_finding_over_two_lines_is_anchored_once() -> None:
    finding = _finding(10, 30, "PR105", Severity.WARNING, "Across lines")
    page = _write(CheckResult([FileReport("a.txt", TEXT, [finding], "en")]))
    assert page.count('id="f1"') == 1
    assert page.count('<mark class="warning"') == 2


def test_no_findings() -> None:
    page = _write(CheckResult([FileReport("clean.txt", "Fine.\n", [], "en")]))
    assert "<p>No findings.</p>" in page


def test_check_format_html_from_the_command_line(
    tmp_path: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text("Hiroaki Ueno met the press , .\n", encoding="utf-8")
    result = run_cli("check", "r.txt", "--format", "html", "--fail-on", "info")
    assert result.exit_code == 1
    assert result.output.startswith("<!DOCTYPE html>")
    assert "PR301" in result.output
