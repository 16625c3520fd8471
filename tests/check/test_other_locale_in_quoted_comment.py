"""PR106: a person or place left in Latin letters inside a quoted comment in the
release's language ('「Mateo Rinaldiの彫刻は…」', '“Mateo Rinaldi의 조각은…”') is residue as
it is anywhere in the sentence: the quotation marks hold what someone said. A quote or
title that is the name alone ('「Mateo Rinaldi」', '『Letters to Mateo Rinaldi』'), a
bracket and a brand are mentions and ordinary writing, as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\n"
    "Mateo Rinaldi,マテオ・リナルディ,마테오 리날디,person\n"
    "Brindle Audio,ブリンドル・オーディオ,브린들오디오,org\n"
)


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json",
        "--no-cache", "--select", "PR106,PR201",
    )  # fmt: skip
    return [(f["code"], f["found"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "館長は「Mateo Rinaldiの彫刻は、港の光をよく映します」と述べました。\n"),
        ("ko.txt", "관장은 “Mateo Rinaldi의 조각은 항구의 빛을 잘 담는다”고 말했다.\n"),
    ],
)
def test_a_name_in_latin_letters_inside_a_quoted_comment(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == [("PR106", "Mateo Rinaldi")]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "作品の署名は「Mateo Rinaldi」と読めます。\n"),
        ("ja.txt", "書簡集『Letters to Mateo Rinaldi』を展示します。\n"),
        ("ja.txt", "館長は「Brindle Audioの機材を使いました」と述べました。\n"),
        ("ko.txt", "서명은 ‘Mateo Rinaldi’로 적혀 있다.\n"),
    ],
)
def test_a_mention_or_a_brand_stays_alone(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
