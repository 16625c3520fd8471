"""PR102: a word of a law's or a programme's English name (a glossary term written as a
proper name, every word capitalised) with its plural 's' dropped, added or typed twice
where the name goes on after it ('Financial Instrument and Exchange Act' for the
'Financial Instruments and Exchange Act') is misspelt, as in a company's name: a statute
keeps its title. The name's last word and a term in lower case ('the telecommunication
services market') keep the plural a sentence gives them. A Japanese law's last kanji 法
typed 方 or 報 ('水道事業方') is misspelt too, where the word ends there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from check_support import cli_found
from click.testing import Result

Cli = Callable[..., Result]

SHEET = (
    "en,ja,ko,kind\n"
    "Financial Instruments and Exchange Act,金融商品取引法,금융상품거래법,term\n"
    "Regional Revitalization Grants Programme,地域活性化交付金事業,지역활성화 교부금 사업,term\n"
    "telecommunications services market,電気通信サービス市場,전기통신서비스 시장,term\n"
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The amendment to the Financial Instrument and Exchange Act takes effect in April.",
         ["Financial Instrument and Exchange Act"]),
        ("The Regional Revitalization Grant Programme opens to applicants in May.",
         ["Regional Revitalization Grant Programme"]),
        ("The amendment to the Financial Instruments and Exchange Act takes effect in April.", []),
        ("Both Financial Instruments and Exchange Acts were amended.", []),
        ("The telecommunication services market grew by 3% last year.", []),
    ],
)  # fmt: skip
def test_law_name_with_its_number_changed(
    run_cli: Cli, tmp_path: Path, sentence: str, found: list[str]
) -> None:
    got = cli_found(run_cli, tmp_path, SHEET, "release.txt", sentence + "\n", "PR102")
    assert [text for _, text in got] == found


JA_SHEET = (
    "en,ja,ko,kind\n"
    "Water Supply Act,水道事業法,수도사업법,term\n"
    "Minister of Health,厚生大臣,보건부장관,title\n"
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("改正水道事業方は来年4月に施行されます。", ["水道事業方"]),
        ("水道事業報の改正案を閣議決定しました。", ["水道事業報"]),
        ("改正水道事業法は来年4月に施行されます。", []),
        ("水道事業方針を見直します。", []),  # 方針: the name goes on into another word
    ],
)
def test_japanese_law_name_ending_typed_as_a_homophone(
    run_cli: Cli, tmp_path: Path, sentence: str, found: list[str]
) -> None:
    got = cli_found(run_cli, tmp_path, JA_SHEET, "release.txt", sentence + "\n", "PR102")
    assert [text for _, text in got] == found
