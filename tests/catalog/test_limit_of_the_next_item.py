"""PR410: a limit word that opens the next item of a list ('…と最大瞬間風速35m', '…and
gusts of up to 35 m/s') bounds that item's figure, not the one before it; a bound the
translation drops from the first figure ('50mm 이상' as '50mmの雨') is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

STORM = "해안 지역에는 시간당 50mm 이상의 비와 최대 초속 35m의 강풍이 예상된다."


def _limits(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "沿岸部では1時間に50mmの雨と最大瞬間風速35m/sの暴風が予想されます。"),
        ("ja", "沿岸部では1時間に50mmの雨、最大35m/sの暴風が予想されます。"),
        ("en", "Coastal areas can expect 50 mm of rain an hour and gusts of up to 35 m/s."),
    ],
)
def test_bound_dropped_before_the_next_items_limit(locale: str, msgstr: str) -> None:
    assert _limits(locale, STORM, msgstr) == ["50mm 이상"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "The board resolved to buy back up to 2,000,000 shares for up to ¥9 billion.",
            "取締役会は、普通株式2,000,000株、総額90億円を上限として自己株式を取得することを決議しました。",
        ),
        ("ja", STORM, "沿岸部では1時間に50mm以上の雨と最大瞬間風速35m/sの暴風が予想されます。"),
        (
            "en",
            STORM,
            "Coastal areas can expect 50 mm or more of rain an hour and gusts of up to 35 m/s.",
        ),
        (
            "ja",
            "Up to 80 guests and 20 staff may attend.",
            "来場者は80名まで、スタッフは20名が参加できます。",
        ),
        (
            "ko",
            "Up to 80 guests and 20 staff may attend.",
            "손님은 80명까지, 직원은 20명이 참석할 수 있다.",
        ),
    ],
)
def test_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _limits(locale, msgid, msgstr) == []
