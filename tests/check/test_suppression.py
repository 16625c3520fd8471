"""Suppressions are exact: a comment, a PO flag or a --select/--ignore value that does not
name a known rule is an input error (exit 2, file and line), never a prefix that silences
a family or a no-op that silences nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from check_support import GLOSSARY
from click.testing import Result

Cli = Callable[..., Result]

EN_MD = (
    "# Tenant day at the park\n"
    "\n"
    "The park opened its doors to 40 tenant companies on Friday.\n"
    "\n"
    "{comment}\n"
    "For the full programme, click here.\n"
    "\n"
    "Registration closes on June 3.\n"
)
JA_HTML = (
    '<!DOCTYPE html>\n<html lang="ja"><head><title>お知らせ</title></head>\n<body>\n'
    "<p>湘南アイパークは本日、新しい研究棟の運用を開始しました。</p>\n"
    "{comment}\n"
    "<p>詳しくはこちらをご覧ください。</p>\n"
    "</body></html>\n"
)
KO_MD = (
    "# 입주 기업 설명회 개최\n"
    "\n"
    "<div>\n"
    "<p>설명회는 6월 3일 오후 2시에 열립니다.</p>\n"
    "{comment}\n"
    "<p>자세한 내용은 여기를 클릭하세요.</p>\n"
    "</div>\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def _check(run_cli: Cli, *args: str) -> Result:
    return run_cli("check", "-g", str(GLOSSARY), "--no-cache", *args)


def _codes(result: Result) -> list[str]:
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


CASES = [
    ("en.md", EN_MD, 5, ()),
    ("ja.html", JA_HTML, 5, ("--source-lang", "ja")),
    ("ko.md", KO_MD, 5, ("--source-lang", "ko")),
]


@pytest.mark.parametrize(("name", "template", "line", "extra"), CASES)
def test_an_exact_code_suppresses_that_code(
    run_cli: Cli, workdir: Path, name: str, template: str, line: int, extra: tuple[str, ...]
) -> None:
    (workdir / name).write_text(template.format(comment=""), encoding="utf-8")
    assert _codes(_check(run_cli, name, "--format", "json", *extra)) == ["PR202"]
    comment = "<!-- prlocalize: ignore PR202 -->"
    (workdir / name).write_text(template.format(comment=comment), encoding="utf-8")
    result = _check(run_cli, name, "--format", "json", *extra)
    assert result.exit_code == 0 and _codes(result) == []


@pytest.mark.parametrize(("name", "template", "line", "extra"), CASES)
@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("PR2O1", "'PR2O1' is not a rule code; did you mean PR201?"),
        ("PR999", "unknown rule code 'PR999' in a suppression"),
        ("all", "'all' is not a rule code"),
        ("PR2", "'PR2' is a family prefix; a suppression names exact codes"),
        ("PR20", "'PR20' is a family prefix"),
        ("empty-link", "'empty-link' looks like a rule name"),
        ("", "a suppression must name the rule codes it ignores"),
        ("PR202 PR2O2", "'PR2O2' is not a rule code; did you mean PR202?"),
        ("PR202 PR990", "unknown rule code 'PR990'"),
    ],
)
def test_a_malformed_suppression_is_an_error_with_file_and_line(
    run_cli: Cli,
    workdir: Path,
    name: str,
    template: str,
    line: int,
    extra: tuple[str, ...],
    written: str,
    says: str,
) -> None:
    comment = f"<!-- prlocalize: ignore {written} -->"
    (workdir / name).write_text(template.format(comment=comment), encoding="utf-8")
    for fmt in ("text", "json"):
        result = _check(run_cli, name, "--format", fmt, *extra)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert f"{name}:{line}: {says}" in result.stderr


def test_codes_may_be_separated_by_commas(run_cli: Cli, workdir: Path) -> None:
    comment = "<!-- prlocalize: ignore PR202, PR203 -->"
    (workdir / "en.md").write_text(EN_MD.format(comment=comment), encoding="utf-8")
    assert _check(run_cli, "en.md").exit_code == 0


def _po(flags: str) -> str:
    return (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ja\\n"\n\n'
        "#: release.md:3\n"
        f"{flags}"
        'msgid "The hall opened in 2024."\n'
        'msgstr "ホールは2023年に開館しました。"\n'
    )


def test_po_flag_suppresses_the_exact_code(run_cli: Cli, workdir: Path) -> None:
    (workdir / "ja.po").write_text(_po(""), encoding="utf-8")
    assert _codes(_check(run_cli, "ja.po", "--format", "json")) == ["PR404"]
    (workdir / "ja.po").write_text(_po("#, prlocalize-ignore:PR404\n"), encoding="utf-8")
    assert _codes(_check(run_cli, "ja.po", "--format", "json")) == []
    (workdir / "ja.po").write_text(_po("#, prlocalize-ignore:PR401, PR404\n"), encoding="utf-8")
    assert _codes(_check(run_cli, "ja.po", "--format", "json")) == []


@pytest.mark.parametrize(
    ("flag", "says"),
    [
        ("prlocalize-ignore:PR4O4", "did you mean PR404?"),
        ("prlocalize-ignore:PR404 PR499", "unknown rule code 'PR499'"),
        ("prlocalize-ignore:PR40", "'PR40' is a family prefix"),
        ("prlocalize-ignore:all", "'all' is not a rule code"),
        ("fuzzy-not, prlocalize-ignore:PR999", "unknown rule code 'PR999'"),
        ("prlocalize-ignore", "must name the rule codes"),
    ],
)
def test_a_malformed_po_flag_is_an_error_with_its_line(
    run_cli: Cli, workdir: Path, flag: str, says: str
) -> None:
    (workdir / "ja.po").write_text(_po(f"#, {flag}\n"), encoding="utf-8")
    result = _check(run_cli, "ja.po", "--format", "json")
    assert result.exit_code == 2
    assert "ja.po:7: " in result.stderr and says in result.stderr


@pytest.mark.parametrize("selector", ["PR", "P", "PR2O1", "PR999", "all", "PR2x"])
def test_select_and_ignore_refuse_what_names_no_rule(
    run_cli: Cli, workdir: Path, selector: str
) -> None:
    (workdir / "en.md").write_text(EN_MD.format(comment=""), encoding="utf-8")
    for option in ("--select", "--ignore"):
        result = _check(run_cli, "en.md", option, selector)
        assert result.exit_code == 2
        assert f"unknown rule code or prefix {selector!r}".lower() in result.stderr.lower()


def test_select_and_ignore_take_documented_family_prefixes(run_cli: Cli, workdir: Path) -> None:
    (workdir / "en.md").write_text(EN_MD.format(comment=""), encoding="utf-8")
    assert _check(run_cli, "en.md", "--ignore", "PR2").exit_code == 0
    assert _check(run_cli, "en.md", "--ignore", "PR20").exit_code == 0
    assert _codes(_check(run_cli, "en.md", "--select", "pr2", "--format", "json")) == ["PR202"]
