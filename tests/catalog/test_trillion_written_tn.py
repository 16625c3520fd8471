"""PR404: 'tn', 'trn' and 'trln' after a figure are trillions, and 'bln' billions, as the
financial press and wire services write them ('KRW 1.14tn', 'KRW 2.3 trln', '$1.8 bln'),
so '1조 1,400억 원' as 'KRW 1.14tn' is no changed figure; '11.4tn' for it still is."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

PROFIT_KO = "3분기 누적 순이익은 1조 1,400억 원으로 집계됐다."
FUND_KO = "회사는 1,800억 원 규모의 채권을 발행했다."


@pytest.mark.parametrize(
    ("msgid", "msgstr", "found"),
    [
        (PROFIT_KO, "Cumulative net profit through the third quarter was KRW 1.14tn.", False),
        (PROFIT_KO, "Cumulative net profit through the third quarter was KRW 1.14 tn.", False),
        (PROFIT_KO, "Cumulative net profit through the third quarter was KRW 1.14 trln.", False),
        (PROFIT_KO, "Cumulative net profit through the third quarter was W1.14trn.", False),
        (FUND_KO, "The company issued KRW 180 bln of bonds.", False),
        (PROFIT_KO, "Cumulative net profit through the third quarter was KRW 11.4tn.", True),
        (FUND_KO, "The company issued KRW 18 bln of bonds.", True),
    ],
)
def test_trillions_and_billions_written_short(msgid: str, msgstr: str, found: bool) -> None:
    assert ("PR404" in translation_codes("en", msgid, msgstr, with_info=False)) is found
