"""PR404 on a half year said by its months: '상반기' as 'January–June', 'the first six
months' or '1～6月', '하반기' as 'July to December'. The other half's months are still a
changed half."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FIRST = "올해 상반기 실적을 점검한다."
SECOND = "하반기 중 센터를 연다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FIRST, "Performance in January–June this year will be reviewed."),
        ("en", FIRST, "Performance in the first six months of this year will be reviewed."),
        ("ja", FIRST, "今年1～6月の実績を点検する。"),
        ("en", SECOND, "The centers will open between July and December."),
        ("en", SECOND, "The centers will open in July–December."),
        ("ko", "上半期の実績を点検する。", "1~6월 실적을 점검한다."),
    ],
)
def test_the_half_by_its_months(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", FIRST, "Performance in July–December this year will be reviewed."),
        ("ja", SECOND, "7～9月中にセンターを開設する。"),
    ],
)
def test_another_half_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
