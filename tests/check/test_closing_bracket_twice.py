"""PR301: a closing bracket typed twice with only one opened ('（現 小児科 講師））',
'(Seoul))') is stray; the fix removes the one too many. Nested pairs, a bracket opened
in an earlier sentence of the paragraph, another kind's list marker and an address
stay alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[tuple[str, int, int]]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR301", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    return [(f["found"], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "三浦 健（58）　整形外科 教授\n（現 整形外科 准教授））\n", [("）", 2, 13)]),
        ("en.txt", "The office moves to Daejeon (South Korea)) in May.\n", [(")", 1, 42)]),
        ("ko.txt", "■ 명단(괄호 안은 나이·소속））\n", [("）", 1, 18)]),
    ],
)
def test_a_closing_bracket_typed_twice(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[tuple[str, int, int]]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("en.txt", "The plan (see (a) and (b)) is set.\n"),
        ("en.txt", "(Note. (See the table below.)) The plant opens in May.\n"),
        ("ja.txt", "条件は「1) 18歳以上、2) 日本在住」です。\n"),
        ("ja.txt", "沿革（https://ja.example.org/wiki/港_(都市)）をご覧ください。\n"),
        ("ja.txt", "『「港」の記憶』を刊行します。\n"),
    ],
)
def test_balanced_or_other_brackets_stay_alone(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
