"""PR102: a glossary title typed with an old or variant form of one of its kanji
('舘長' for '館長', '會長' for '会長') is a misspelt title; the title as the glossary
writes it, a longer word that holds the variant ('國學院大學學長') and a word that goes on
after it ('舘長室' is no title) are left alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]
GLOSSARY = (
    "en,ja,kind\n"
    "Museum Director,館長,title\n"
    "Chairman,会長,title\n"
    "University President,学長,title\n"
    "Mariko Tsuji,辻 真理子,person\n"
)


def _found(run_cli: Run, tmp_path: Path, text: str) -> list[tuple[str, str, str | None]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / "ja.txt"
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache"
    )
    return [(f["code"], f["found"], f["suggestion"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("舘長の辻 真理子は次のように述べました。\n", ("PR102", "舘長", "館長")),
        ("當日は會長が挨拶しました。\n", ("PR102", "會長", "会長")),
    ],
)
def test_a_title_in_a_variant_kanji(
    run_cli: Run, tmp_path: Path, text: str, found: tuple[str, str, str]
) -> None:
    assert _found(run_cli, tmp_path, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "館長の辻 真理子は次のように述べました。\n",
        "國學院大學學長が出席しました。\n",
        "記者会見は舘長室で開きました。\n",
    ],
)
def test_left_alone(run_cli: Run, tmp_path: Path, text: str) -> None:
    assert _found(run_cli, tmp_path, text) == []
