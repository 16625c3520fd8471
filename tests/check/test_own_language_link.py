"""PR204: a link inside a sentence that names the release's own language in another
('詳しくは[Japanese site](…)をご覧ください', '<a>Korean website</a>에서') was left
untranslated. A language menu's row ('English | Japanese | Korean'), a link to another
language's page ('英語版は[English site](…)') and the language named in the release's
own script stay alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR2", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "ja.md",
            "詳しくは[Japanese site](https://www.tamsin.example.com/ja/)をご覧ください。\n",
            "Japanese site",
        ),
        (
            "ko.html",
            '<p>자세한 내용은 <a href="https://www.tamsin.example.com/ko/">Korean website</a>'
            "에서 볼 수 있다.</p>\n",
            "Korean website",
        ),
    ],
)
def test_the_release_language_named_in_another(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == [("PR204", found)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "ja.md",
            "[English](https://www.tamsin.example.com/en/) | "
            "[Japanese](https://www.tamsin.example.com/ja/) | "
            "[Korean](https://www.tamsin.example.com/ko/)\n",
        ),
        ("ja.md", "英語版は[English site](https://www.tamsin.example.com/en/)をご覧ください。\n"),
        ("ja.md", "詳しくは[日本語サイト](https://www.tamsin.example.com/ja/)をご覧ください。\n"),
        ("ko.html", '<p>영문 자료는 <a href="/en/">English</a>에서 볼 수 있다.</p>\n'),
    ],
)
def test_menus_and_other_languages_stay_alone(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
