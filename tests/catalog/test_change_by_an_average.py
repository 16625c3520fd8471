"""PR404 on a change said 'by an average of' its figure: test results and surveys give a
mean ('사용 직후 피부 수분량은 평균 38% 증가했다', '平均12%低下した') as 'rose by an
average of 38%' or 'fell on average 12%'; the change's way is read across those words,
so one turned round ('fell by an average of 38%' for 증가) is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

MOISTURE = "사용 직후 피부 수분량은 평균 38% 증가했다."
SEBUM = "4週間後、皮脂量は平均12%低下しました。"


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (MOISTURE, "Skin moisture rose by an average of 38% immediately after use."),
        (MOISTURE, "Skin moisture increased on average 38% immediately after use."),
        (SEBUM, "After four weeks, sebum fell by an average of 12%."),
        (SEBUM, "After four weeks, sebum levels decreased by an average of 12%."),
    ],
)
def test_a_change_by_an_average_kept(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (MOISTURE, "Skin moisture fell by an average of 38% immediately after use."),
        (MOISTURE, "Skin moisture decreased on average 38% immediately after use."),
        (SEBUM, "After four weeks, sebum rose by an average of 12%."),
    ],
)
def test_a_change_by_an_average_turned(msgid: str, msgstr: str) -> None:
    assert translation_codes("en", msgid, msgstr, with_info=False) == ["PR404"]
