"""PR308: a Japanese or Korean legal form typed twice ('巴精密工業株式会社株式会社', '주식회사
주식회사 대양로지스', '㈜㈜'), which no company's name does, and a Korean glossary place
typed again whole ('아이치현 아이치현 나고야') are reported, and so is a legal form on both sides
of a glossary company ('株式会社ミナセ創薬株式会社'); a place before a venue named
after it ('서울 서울시청에서') and a legal form once are left alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from tests.check.check_support import cli_found

Cli = Callable[..., Result]
GLOSSARY = (
    "en,ja,ko,kind\nAichi Prefecture,愛知県,아이치현,place\nSeoul,ソウル,서울,place\n"
    "Tomoe Precision Industries,巴精密工業,도모에정밀공업,org\n"
)


@pytest.mark.parametrize(
    # (what is found is what the fix removes: the second with the space before it)
    ("name", "text", "found"),
    [
        ("ja.txt", "巴精密工業株式会社株式会社は日本のメーカーです。\n", ["株式会社"]),
        ("ja.txt", "大洋ロジス㈱㈱が運営する工場です。\n", ["㈱"]),
        ("ko.txt", "주식회사 주식회사 대양로지스가 운영하는 공장이다.\n", [" 주식회사"]),
        ("ko.txt", "본사는 아이치현 아이치현 나고야에 있다.\n", [" 아이치현"]),
        ("ko.txt", "본사는 아이치현 아이치현에 있다.\n", [" 아이치현"]),
        # once; a venue named after its city; a company of each legal form
        ("ja.txt", "巴精密工業株式会社は日本のメーカーです。\n", []),
        ("ko.txt", "행사는 서울 서울시청에서 열린다.\n", []),
        ("ko.txt", "본사는 아이치현 나고야에 있다.\n", []),
        ("ja.txt", "株式会社アオバと有限会社ミドリが提携しました。\n", []),
    ],
)
def test_typed_twice(run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]) -> None:
    assert cli_found(run_cli, tmp_path, GLOSSARY, name, text, "PR308") == [
        ("PR308", f) for f in found
    ]


# a company the sheet writes with its legal form, given a second on the other side
BOTH_SIDES = (
    "en,ja,ko,kind\n"
    '"Minase Pharmaceuticals, Inc.",株式会社ミナセ創薬,주식회사 미나세제약,org\n'
    "Aoba Denko,アオバ電工株式会社,아오바전공,org\n"
)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("ja.txt", "株式会社ミナセ創薬株式会社について\n", ["株式会社"]),
        ("ja.txt", "株式会社アオバ電工株式会社が受注しました。\n", ["株式会社"]),
        ("ko.txt", "주식회사 미나세제약주식회사는 신약 개발 기업이다.\n", ["주식회사"]),
        # each company with its one legal form, side by side
        ("ja.txt", "株式会社ミナセ創薬とアオバ電工株式会社が提携しました。\n", []),
        ("ja.txt", "アオバ電工株式会社株価の推移\n", []),
    ],
)
def test_a_legal_form_on_both_sides(
    run_cli: Cli, tmp_path: Path, name: str, text: str, found: list[str]
) -> None:
    assert cli_found(run_cli, tmp_path, BOTH_SIDES, name, text, "PR308") == [
        ("PR308", f) for f in found
    ]
