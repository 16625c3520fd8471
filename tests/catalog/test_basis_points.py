"""PR404 on basis points that a translation gives in percentage points ('up 220 basis
points' as '2.2%p 상승', '2.2ポイント上昇') or keeps as basis points."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

_MSGID = "Non-GAAP gross margin was 81.4%, up 220 basis points year over year."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "비GAAP 기준 매출총이익률은 81.4%로 전년 동기 대비 2.2%p 상승했다."),
        ("ja", "非GAAPベースの売上総利益率は81.4%で、前年同期比2.2ポイント上昇しました。"),
        ("ja", "非GAAPベースの売上総利益率は81.4%で、前年同期比220ベーシスポイント上昇しました。"),
        ("ja", "非GAAPベースの売上総利益率は81.4%で、前年同期比220bp上昇しました。"),
    ],
)
def test_basis_points_in_points_or_as_they_are(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, _MSGID, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "비GAAP 기준 매출총이익률은 81.4%로 전년 동기 대비 22%p 상승했다."),
        ("ja", "非GAAPベースの売上総利益率は81.4%で、前年同期比22ベーシスポイント上昇しました。"),
    ],
)
def test_another_figure(locale: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, _MSGID, msgstr, with_info=False)


def test_percentage_points_as_basis_points() -> None:
    msgid = "영업이익률은 27.6%로 3.4%p 상승했다."
    msgstr = "The operating margin rose 340 basis points to 27.6%."
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ko", "비GAAP 기준 매출총이익률은 81.4%로 전년 동기 대비 2.2% 상승했다."),
        ("ja", "非GAAPベースの売上総利益率は81.4%で、前年同期比2.2%上昇しました。"),
    ],
)
def test_basis_points_given_in_percent(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, _MSGID, msgstr, with_info=False) == ["PR404"]
