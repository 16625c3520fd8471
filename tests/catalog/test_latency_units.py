"""PR404: a latency or response time keeps its unit: '30ms' as '30秒' or '30 seconds' is
changed; '30 ms' as '30ミリ秒', '0.5秒' as '500 ms' (converted) are not, nor is '초' after
no figure ('3월 초', '20대 초반')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LATENCY_KO = "API 평균 응답 시간은 30ms 이하로 단축된다."
FAILOVER_JA = "障害時の切り替えは0.5秒以内に完了します。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LATENCY_KO, "APIの平均応答時間は30秒以下に短縮されます。"),
        ("en", LATENCY_KO, "Average API response time will fall to 30 seconds or less."),
        ("ko", FAILOVER_JA, "장애 시 전환은 0.5ms 이내에 완료된다."),
    ],
)
def test_time_unit_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", LATENCY_KO, "APIの平均応答時間は30ミリ秒以下に短縮されます。"),
        ("en", LATENCY_KO, "Average API response time will fall to 30 ms or less."),
        ("en", FAILOVER_JA, "Failover completes within 500 ms."),
        ("ko", FAILOVER_JA, "장애 시 전환은 0.5초 이내에 완료된다."),
        (
            "en",
            "3월 초 출시하며 20대 초반 이용자가 많다.",
            "It launches in early March; many users are in their early 20s.",
        ),
    ],
)
def test_time_unit_kept_or_converted(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes(locale, msgid, msgstr, with_info=False)
