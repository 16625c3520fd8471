"""PR410 on a contrast the source says with 'rather than', 'as opposed to' or 'in place
of' ('in minutes rather than days'): Korean and Japanese say it with a negative word
('며칠이 아닌 몇 분 만에', '数日ではなく'), which is no negation added; a negative word where
the source has no contrast at all still is."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

MINUTES = "Store managers now see stock levels in minutes rather than hours."
PLACE = "The sensor reports by radio as opposed to a cable."
KIOSK = "Visitors check in at a kiosk in place of the front desk."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", MINUTES, "매장 관리자는 이제 재고 수준을 몇 시간이 아닌 몇 분 만에 확인한다."),
        ("ja", MINUTES, "店長は在庫状況を数時間ではなく数分で確認できるようになりました。"),
        ("ko", PLACE, "이 센서는 케이블이 아닌 무선으로 데이터를 보낸다."),
        ("ko", KIOSK, "방문객은 안내 데스크가 아닌 키오스크에서 체크인한다."),
    ],
)
def test_contrast_said_with_a_negative_word(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)


def test_negative_word_with_no_contrast_is_still_added() -> None:
    msgid = "Store managers now see stock levels in minutes."
    msgstr = "매장 관리자는 이제 재고 수준을 몇 시간이 아닌 몇 분 만에 확인한다."
    assert "PR410" in translation_codes("ko", msgid, msgstr, with_info=False)
