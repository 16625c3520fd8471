"""PR301: a comma left just after a dash, where an edit cut what stood between them (a wire
service's dateline '... /Newswire/ -- , Company', '(WIRE)--, Company', '03일 -- , 물류'), is
stray; the fix removes it with its space. A dash set alone for a missing value
('Dividend: —, 20 yen') and a hyphen inside a word or a range stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _check(run_cli: Cli, tmp_path: Path, name: str, text: str, *extra: str) -> Result:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    return run_cli(
        "check", str(release), "--select", "PR301", "--no-cache",
        "--source-lang", name.split(".")[0], *extra,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        (
            "en.txt",
            "NAGOYA, May 4, 2027 /Wire/ -- , Sorano Paper Co. today opened a mill.\n",
            [" ,"],
        ),
        ("en.txt", "BUSAN, South Korea--(WIRE)--, Haedo Marine Inc. today named a CEO.\n", [", "]),
        (
            "en.txt",
            "SENDAI, Japan, May 4, 2027 - (Wire) - , Aoba Steel said it would expand.\n",
            [" ,"],
        ),
        ("en.txt", "The plan — , as the mayor put it — is ready.\n", [" ,"]),
        (
            "ko.txt",
            "(부산=뉴스와이어) 2027년 05월 04일 -- , 해도마린이 새 선박을 공개했다.\n",
            [" ,"],
        ),
        # a lone dash for a missing value, a hyphenated word, a range, a dash without a comma
        ("en.txt", "Interim dividend: —, year-end dividend: 20 yen.\n", []),
        (
            "en.txt",
            "Models A-, B- and C-type run 3 - 5, and the rest -- all of them -- stay.\n",
            [],
        ),
    ],
)
def test_a_comma_after_a_dash(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    result = _check(run_cli, tmp_path, name, text, "--format", "json")
    assert [f["found"] for f in json.loads(result.stdout)["findings"]] == found


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("TOKYO, May 4, 2027 /Wire/ -- , Sorano Paper Co. opened a mill.\n", "/Wire/ -- Sorano"),
        ("BUSAN--(WIRE)--, Haedo Marine Inc. named a CEO.\n", "--(WIRE)--Haedo Marine"),
    ],
)
def test_the_fix_removes_the_comma(run_cli: Cli, tmp_path: Path, text: str, fixed: str) -> None:
    result = _check(run_cli, tmp_path, "en.txt", text, "--diff")
    added = [
        line for line in result.stdout.splitlines() if line.startswith("+") and "++" not in line
    ]
    assert len(added) == 1 and fixed in added[0]
