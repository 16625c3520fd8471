"""PR404: a run of periods in a row that the source counts ('3개 분기 연속', '5期連続',
'3년 연속') is said in English by the last one's place ('its third consecutive quarterly
loss', 'a third straight quarter', 'for the third year running'); that is no number left
out. Another place ('second consecutive' for '3개 분기 연속') is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LOSS_KO = "자회사 한결디스플레이는 3개 분기 연속 영업손실을 기록했다."
DIVIDEND_JA = "当社は今期で5期連続の増配となります。"
AWARD_KO = "하늘카드는 3년 연속 고객만족도 1위에 올랐다."


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            LOSS_KO,
            "Subsidiary Hangyeol Display posted its third consecutive quarterly operating loss.",
        ),
        (LOSS_KO, "Subsidiary Hangyeol Display stayed in the red for a third straight quarter."),
        (LOSS_KO, "Subsidiary Hangyeol Display reported its third operating loss in a row."),
        (DIVIDEND_JA, "This marks our fifth consecutive annual dividend increase."),
        (AWARD_KO, "Haneul Card ranked first in customer satisfaction for the third year running."),
    ],
)
def test_place_in_the_run(msgid: str, msgstr: str) -> None:
    assert "PR404" not in translation_codes("en", msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            LOSS_KO,
            "Subsidiary Hangyeol Display posted its second consecutive quarterly operating loss.",
        ),
        (DIVIDEND_JA, "This marks our fourth consecutive annual dividend increase."),
    ],
)
def test_another_place(msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", msgid, msgstr, with_info=False)
