"""PR305: a bracket closed by another of its kind, a half-width one for a full-width
one ('(韓国・ソウル）') or the other corner bracket ('「エアリス』'); brackets of other
kinds, nested pairs, a list's '1)' and brackets inside an address stay silent."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Cli = Callable[..., Result]


def _found(run_cli: Cli, tmp_path: Path, name: str, text: str) -> list[str]:
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    result = run_cli(
        "check", str(release), "--select", "PR305", "--no-cache",
        "--source-lang", name.split(".")[0], "--format", "json",
    )  # fmt: skip
    return [f["found"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "北都大学(札幌市）は新しい膜を開発しました。\n", ["(札幌市）"]),
        ("ja.txt", "新製品「ミナト・クリア』を発売します。\n", ["「ミナト・クリア』"]),
        ("ja.txt", "書籍『海と港」を刊行します。\n", ["『海と港」"]),
        ("ko.txt", "한빛상사（대표 김도윤)는 신제품을 출시했다.\n", ["（대표 김도윤)"]),
        ("en.md", "The plant [in Hai Phong］ opens in May.\n", ["[in Hai Phong］"]),
        ("ja.md", "| 所在地 | 札幌市中央区（本社ビル 5階) |\n|---|---|\n", ["（本社ビル 5階)"]),
        # the angle brackets Korean sets works' titles in
        ("ko.txt", "전시장 입구에는 태피스트리 〈바다의 장부》가 걸린다.\n", ["〈바다의 장부》"]),
        ("ko.txt", "특별전 《밀물과 썰물〉은 6월에 개막한다.\n", ["《밀물과 썰물〉"]),
    ],
)
def test_a_bracket_closed_by_another_of_its_kind(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ja.txt", "『「港」の記憶』を刊行します。（株）ミナトが発行します。\n"),
        ("ja.txt", "条件は「1) 18歳以上、2) 日本在住」です。\n"),
        ("ja.txt", "沿革（https://ja.example.org/wiki/港_(都市)）をご覧ください。\n"),
        ("en.txt", "Three options: a) the port, b) the plant (or both).\n"),
        ("ko.txt", "㈜한빛상사(대표 김도윤)와 （재）해솔재단（이사장 박서연）이 협약했다.\n"),
        ("en.txt", "The ratio rose to 1:3) after the split [see note 2].\n"),
        ("ko.txt", "특별전 《바다의 기억》에서 연작 〈조석표〉와 《항구 〈4번〉》을 선보인다.\n"),
    ],
)
def test_brackets_of_other_kinds_nested_or_in_addresses_stay_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        # a dateline opened with one key and closed with another, neither partnered
        ("ko.txt", "[부산=한빛통신) 해솔은행은 지점을 연다고 밝혔다.\n", ["[부산=한빛통신)"]),
        ("ja.txt", "【札幌]北都観光協会は雪灯り祭りの日程を発表しました。\n", ["【札幌]"]),
        ("en.txt", "The route (via Kagoshima] opens in July.\n", ["(via Kagoshima]"]),
    ],
)
def test_a_bracket_closed_by_one_of_another_kind_with_no_partner(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert _found(run_cli, tmp_path, name, text) == found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the opener closes further on: the other closer is a list's or nested
        ("ko.txt", "[공지: 1) 영업시간 변경, 2) 주소 이전] 해솔은행 안내입니다.\n"),
        ("en.txt", "Fares (tax incl. [see note 1) apply from June].\n"),
        # a half-open interval
        ("en.txt", "Scores in [0, 1) are rounded down, and in [-2.5, 3.5) kept.\n"),
    ],
)
def test_another_kind_with_a_partner_or_an_interval_stays_silent(
    run_cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    assert _found(run_cli, tmp_path, name, text) == []
