"""PR404: Japanese companies' English names a fiscal year by its last month and year:
'FY3/2027', 'FY3/27', 'FYE3/2027', 'FY2027/3' are the year ending March 2027, which is
'2027年3月期' and, for a house that names a year by its start, 'FY2026'. Another year is
still reported. English results also give a margin's change in bare points ('down 0.8
points', 'up 0.8 pt'): one that goes the other way from the source's is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FORECAST_JA = "2027年3月期の通期業績予想を修正しました。"
MARGIN_JA = "営業利益率は前年同期比0.8ポイント上昇の6.7%となった。"


@pytest.mark.parametrize(
    "msgstr",
    [
        "The Company has revised its full-year forecast for FY3/2027.",
        "The Company has revised its full-year forecast for FY3/27.",
        "The Company has revised its full-year forecast for FYE3/2027.",
        "The Company has revised its full-year forecast for FY2027/3.",
    ],
)
def test_year_by_its_last_month(msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", FORECAST_JA, msgstr, with_info=False)


@pytest.mark.parametrize(
    "msgstr",
    [
        "The Company has revised its full-year forecast for FY3/2026.",
        "The Company has revised its full-year forecast for FY3/28.",
    ],
)
def test_another_year(msgstr: str) -> None:
    assert "PR404" in translation_codes("en", FORECAST_JA, msgstr, with_info=False)


def test_fiscal_year_by_its_last_month_into_japanese() -> None:
    msgid = "Operating profit for FY3/2027 is forecast at ¥9.8 billion."
    msgstr = "2027年3月期の営業利益は98億円を見込む。"
    assert "PR404" not in translation_codes("ja", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgstr", "reported"),
    [
        ("The operating margin was 6.7%, up 0.8 points year on year.", False),
        ("The operating margin was 6.7%, up 0.8 pt year on year.", False),
        ("The operating margin was 6.7%, down 0.8 points year on year.", True),
        ("The operating margin was 6.7%, down 0.8 pts year on year.", True),
    ],
)
def test_points_direction(msgstr: str, reported: bool) -> None:
    assert ("PR404" in translation_codes("en", MARGIN_JA, msgstr, with_info=False)) is reported
