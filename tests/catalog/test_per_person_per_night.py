"""PR404: a rate counted by two units at once ('1人1泊当たり', '1인 1박당': per person per
night) holds no figure a translation must say; 'per person per night' is enough. A count
of other than one ('2人1泊当たり') is still a figure."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

CAP_JA = "宿泊料金を40％割引します（1人1泊当たり上限7,000円）。"
CAP_KO = "숙박 요금을 40% 할인한다(1인 1박당 최대 7,000엔)."
PER_NIGHT = "Stays are 40% off, up to 7,000 yen per person per night."


def _numbers(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize("msgid", [CAP_JA, CAP_KO])
def test_rate_of_two_units_is_no_figure(msgid: str) -> None:
    assert _numbers("en", msgid, PER_NIGHT) == []


def test_a_count_of_two_is_still_a_figure() -> None:
    msgid = "宿泊料金を40％割引します（2人1泊当たり上限7,000円）。"
    assert _numbers("en", msgid, PER_NIGHT) == ["2"]
