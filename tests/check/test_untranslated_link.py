"""PR204: link text (an HTML or Markdown link, a 'see/click' phrase) left in another
language than the release's is one error per defect, with or without a target; names,
brands, language menus, addresses and quoted phrases stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from check_support import FIXTURES, GLOSSARY
from click.testing import Result

Cli = Callable[..., Result]
REPO = Path(__file__).resolve().parents[2]
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
RELEASES = FIXTURES / "untranslated"
MINIMAL = (
    "en,ja,ko,kind\n"
    "Sakura Mobility Inc.,サクラモビリティ株式会社,사쿠라 모빌리티,org\n"
    "Shonan iPark,湘南アイパーク,쇼난 아이파크,place\n"
    "Minister,長官,장관,title\n"
)
NO_TARGET = " (and no link target)"

# (line, column, code, message) of every finding of each release
EXPECTED: dict[str, list[tuple[int, int, str, str]]] = {
    "en.txt": [
        (
            4,
            45,
            "PR204",
            f"Untranslated link: Korean text '여기에서' in an English release{NO_TARGET}",
        ),
        (
            5,
            33,
            "PR204",
            f"Untranslated link: Korean text '자세히 보기' in an English release{NO_TARGET}",
        ),
        (
            6,
            36,
            "PR204",
            f"Untranslated link: Japanese text 'こちら' in an English release{NO_TARGET}",
        ),
    ],
    "en.html": [
        (5, 93, "PR204", "Untranslated link: Korean text '자세히 보기' in an English release"),
        (6, 66, "PR204", "Untranslated link: Japanese text 'こちら' in an English release"),
        (7, 60, "PR204", "Untranslated link: Japanese text '詳細はこちら →' in an English release"),
        (9, 43, "PR204", "Untranslated link: Korean text '바로가기' in an English release"),
        (
            11,
            26,
            "PR204",
            f"Untranslated link: Korean text '여기' in an English release{NO_TARGET}",
        ),
    ],
    "ja.html": [
        (6, 51, "PR204", "Untranslated link: English text 'Click here' in a Japanese release"),
        (7, 44, "PR204", "Untranslated link: Korean text '자세히' in a Japanese release"),
        (8, 45, "PR203", "Link text 'こちら' says nothing about its target"),  # Japanese: its own
        (
            10,
            13,
            "PR204",
            f"Untranslated link: English text 'here' in a Japanese release{NO_TARGET}",
        ),
    ],
    "ko.md": [
        (5, 13, "PR204", "Untranslated link: Japanese text 'こちら' in a Korean release"),
        (7, 9, "PR204", "Untranslated link: English text 'Read more' in a Korean release"),
        (
            9,
            9,
            "PR204",
            f"Untranslated link: Japanese text 'ここをクリック' in a Korean release{NO_TARGET}",
        ),
        (11, 10, "PR203", "Link text '여기' says nothing about its target"),
    ],
}
LANG = {"en": "en", "ja": "ja", "ko": "ko"}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "minimal.csv").write_text(MINIMAL, encoding="utf-8")
    yield tmp_path


def _glossary(which: str, workdir: Path) -> str:
    return {"full": str(REPO / "glossaries"), "fixture": str(GLOSSARY)}.get(
        which, str(workdir / "minimal.csv")
    )


def _check(run_cli: Cli, name: str, glossary: str, *args: str) -> Result:
    lang = LANG[name.split(".")[0]]
    return run_cli(
        "check", str(RELEASES / name), "-g", glossary, "--source-lang", lang, "--no-cache", *args
    )


@pytest.mark.parametrize("glossary", ["minimal", "fixture", "full"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_untranslated_link_is_one_error(
    run_cli: Cli, workdir: Path, name: str, glossary: str
) -> None:
    result = _check(run_cli, name, _glossary(glossary, workdir), "--format", "json")
    assert result.exit_code == 1, result.output
    found = [
        (f["line"], f["column"], f["code"], f["message"])
        for f in json.loads(result.stdout)["findings"]
    ]
    assert found == EXPECTED[name]
    errors = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "PR204"]
    assert errors and all(f["severity"] == "error" for f in errors)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_with_pr204_ignored_the_rules_it_supersedes_still_see_the_defects(
    run_cli: Cli, workdir: Path, name: str
) -> None:
    """Superseding removes duplicates, never defects: without PR204, the foreign-script
    fragments and empty links it owned come back from PR201/PR202 where they apply."""
    full = _glossary("full", workdir)
    result = _check(run_cli, name, full, "--format", "json", "--ignore", "PR204")
    codes = {f["code"] for f in json.loads(result.stdout)["findings"]}
    assert "PR204" not in codes
    if name == "en.txt":  # 'see こちら.': PR201 and PR202 both fired on it before PR204
        lines = [(f["line"], f["code"]) for f in json.loads(result.stdout)["findings"]]
        assert (6, "PR201") in lines and (6, "PR202") in lines


def test_a_suppression_comment_silences_the_whole_defect(run_cli: Cli, workdir: Path) -> None:
    text = (
        "# Tenant day\n\nThe park opened its doors on Friday.\n\n"
        "<!-- prlocalize: ignore PR204 -->\nApply online, see 여기에서.\n"
    )
    (workdir / "note.md").write_text(text, encoding="utf-8")
    result = run_cli("check", "note.md", "-g", str(GLOSSARY), "--format", "json", "--no-cache")
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == []


def test_a_per_file_ignore_silences_the_whole_defect_too(run_cli: Cli, workdir: Path) -> None:
    """per-file-ignores suppress as a comment does: the superseded PR201 for the same
    text does not come back; files the pattern does not name keep the PR204."""
    text = "# Tenant day\n\nThe park opened its doors on Friday.\n\nApply online, see 여기에서.\n"
    (workdir / "drafts").mkdir()
    (workdir / "drafts" / "note.md").write_text(text, encoding="utf-8")
    (workdir / "final.md").write_text(text, encoding="utf-8")
    (workdir / "prlocalize.toml").write_text(
        '[per-file-ignores]\n"drafts/*.md" = ["PR204"]\n', encoding="utf-8"
    )
    result = run_cli("check", ".", "-g", str(GLOSSARY), "--format", "json", "--no-cache")
    found = [(f["path"], f["code"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("final.md", "PR204")], result.output


def test_sarif_and_github_reports(
    run_cli: Cli, workdir: Path, shared_file: Callable[[Path, str], Path]
) -> None:
    glossary = _glossary("minimal", workdir)
    sarif = json.loads(_check(run_cli, "en.txt", glossary, "--format", "sarif").stdout)
    jsonschema.validate(
        sarif, json.loads(shared_file(SARIF_SCHEMA, "SARIF 2.1.0 schema").read_text("utf-8"))
    )
    run = sarif["runs"][0]
    assert "PR204" in [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert [(r["ruleId"], r["level"]) for r in run["results"]] == [("PR204", "error")] * 3
    github = _check(run_cli, "en.txt", glossary, "--format", "github")
    assert github.exit_code == 1
    assert github.stdout.splitlines()[0] == (
        f"::error file={RELEASES / 'en.txt'},line=4,col=45,endLine=4,endColumn=49,title=PR204::"
        "Untranslated link: Korean text '여기에서' in an English release (and no link target)"
    )


# releases whose link texts are names, brands, language names, addresses or mentions
SILENT = {
    "en.md": (
        "# Sakura Mobility joins Shonan iPark\n\n"
        "Sakura Mobility Inc. moved its research team to "
        "[Shonan iPark](https://www.shonan-ipark.com/) on Monday.\n\n"
        "The park's Japanese name is [湘南アイパーク](https://www.shonan-ipark.com/ja/).\n\n"
        "Readers in Korea can follow [사쿠라 모빌리티](https://example.com/kr) on "
        "[카카오톡](https://pf.kakao.com/x).\n\n"
        "Other languages: [日本語](https://example.com/ja) | [한국어](https://example.com/ko)"
        " | [中文](https://example.com/zh)\n\n"
        "Write to [pr@example.com](mailto:pr@example.com) or see "
        "[https://example.com/press](https://example.com/press).\n\n"
        'Users no longer need to "click here" to find the forms, or to look for 「こちら」.\n'
    ),
    "ja.md": (
        "# サクラモビリティ、湘南アイパークに入居\n\n"
        "サクラモビリティ株式会社は、[Shonan iPark](https://www.shonan-ipark.com/)に"
        "研究チームを移転しました。\n\n"
        "最新情報は[LINE](https://line.me/R/ti/p/@example)と"
        "[YouTube](https://www.youtube.com/@example)で配信しています。\n\n"
        "[English](https://example.com/en) | [한국어](https://example.com/ko)\n\n"
        "詳しくは[こちら](https://example.com/detail)をご覧ください。"
        "[VIEW MORE](https://example.com/more)\n"
    ),
    "ko.html": (
        '<!DOCTYPE html>\n<html lang="ko"><head><title>알림</title></head>\n<body>\n'
        "<p>사쿠라 모빌리티는 <a href='https://www.shonan-ipark.com/'>Shonan iPark</a>에 "
        "연구팀을 옮겼다.</p>\n"
        "<p>일본어 보도자료는 <a href='https://example.com/ja' lang='ja'>こちら</a>에 있다.</p>\n"
        "<p><a href='https://example.com/ja' hreflang='ja'>日本語</a> · "
        "<a href='https://example.com/en'>English</a></p>\n"
        "<p>자세한 내용은 <a href='https://example.com/detail'>홈페이지</a>를 참고하기 "
        "바란다.</p>\n"
        "</body></html>\n"
    ),
}


@pytest.mark.parametrize("glossary", ["minimal", "full"])
@pytest.mark.parametrize("name", sorted(SILENT))
def test_names_brands_language_menus_and_mentions_stay_silent(
    run_cli: Cli, workdir: Path, name: str, glossary: str
) -> None:
    (workdir / name).write_text(SILENT[name], encoding="utf-8")
    lang = LANG[name.split(".")[0]]
    result = run_cli(
        "check", name, "-g", _glossary(glossary, workdir), "--source-lang", lang,
        "--format", "json", "--no-cache",
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    # a vague 'こちら' is PR203's (info: in Korean marked lang="ja"); nothing else is said
    assert [(f["code"], f["found"]) for f in findings] == (
        [] if name == "en.md" else [("PR203", "こちら")]
    )
    assert result.exit_code == 0
