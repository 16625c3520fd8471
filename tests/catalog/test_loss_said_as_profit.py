"""PR410: a result the source says is a loss ('영업손실', '赤字', 'operating loss') said as
a profit in the translation ('operating profit', '営業利益', '흑자'), or the other way
round, is reported: the figure stays, the quarter is turned around. A sentence that
names both (a swing from a loss to a profit) is left alone."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LOSS_KO = "자회사 한결디스플레이는 2분기 410억 원의 영업손실을 기록했다."
PROFIT_KO = "당기순이익은 8,920억 원으로 집계됐다."
SWING_JA = "当期純損失は12億円となり、前年同期の純利益から赤字に転じました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            LOSS_KO,
            "Subsidiary Hangyeol Display posted a Q2 operating loss of KRW 41 billion.",
        ),
        (
            "en",
            LOSS_KO,
            "Subsidiary Hangyeol Display stayed in the red in Q2, losing KRW 41 billion.",
        ),
        ("en", PROFIT_KO, "Net income came to KRW 892 billion."),
        ("ko", SWING_JA, "당기순손실은 12억 엔으로, 전년 동기 순이익에서 적자로 전환했다."),
    ],
)
def test_same_result(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            LOSS_KO,
            "Subsidiary Hangyeol Display posted a Q2 operating profit of KRW 41 billion.",
        ),
        (
            "ja",
            LOSS_KO,
            "子会社のハンギョルディスプレイは第2四半期に410億ウォンの営業利益を計上した。",
        ),
        ("en", PROFIT_KO, "The net loss came to KRW 892 billion."),
    ],
)
def test_turned_around(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
