"""PR404: a correction notice's wrong and right values ('誤：… 正：…', '정정 전: … / 정정
후: …', 'Incorrect: … / Correct: …') given the other way round in the translation: the
same two figures, so nothing is missing, but the reader takes the wrong one for the
correction. A pair kept in its order, one that corrects a word, and a word that only
holds a label ('正式', 'Correctly') are no such change."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

PRICE_JA = "誤：税込4,380円　正：税込4,830円"
DATE_KO = "(정정 전) 2027년 1월 14일(목) (정정 후) 2027년 1월 15일(금)"
HOTLINE_EN = "Incorrect: 0120-318-407 / Correct: 0120-318-470"


def _swaps(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.found
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and f.message.startswith("Correction's")
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PRICE_JA, "Incorrect: 4,830 yen (incl. tax) / Correct: 4,380 yen (incl. tax)"),
        ("ko", PRICE_JA, "정정 전: 4,830엔(세금 포함) / 정정 후: 4,380엔(세금 포함)"),
        ("ja", DATE_KO, "（訂正前）2027年1月15日（金）（訂正後）2027年1月14日（木）"),
        ("en", DATE_KO, "(Before) Friday, January 15, 2027 (After) Thursday, January 14, 2027"),
        ("ja", HOTLINE_EN, "【誤】0120-318-470【正】0120-318-407"),
    ],
)
def test_wrong_and_right_swapped_are_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _swaps(locale, msgid, msgstr) != []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", PRICE_JA, "Incorrect: 4,380 yen (incl. tax) / Correct: 4,830 yen (incl. tax)"),
        ("ko", PRICE_JA, "정정 전: 4,380엔(세금 포함) / 정정 후: 4,830엔(세금 포함)"),
        ("ja", DATE_KO, "（訂正前）2027年1月14日（木）（訂正後）2027年1月15日（金）"),
        ("ja", HOTLINE_EN, "【誤】0120-318-407【正】0120-318-470"),
        ("en", "誤：第2工場　正：第2研究所", "Incorrect: Plant No. 2 / Correct: Laboratory No. 2"),
        ("en", "正式に4,830円で販売します。", "It will be formally sold at 4,830 yen."),
    ],
)
def test_pair_kept_in_order_passes(locale: str, msgid: str, msgstr: str) -> None:
    assert _swaps(locale, msgid, msgstr) == []
