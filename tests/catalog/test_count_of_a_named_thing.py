"""PR404: a count in words before a name or an adjective of a people ('nine Tomoe plants',
'two Korean companies') is a count as 'nine plants' is: a translation giving another
number is reported. A title's capitalised number ('Nine Tomoe Plants'), a name holding a
number ('the Nine Dragons Bridge') and a pair named as a whole ('the two Koreas') are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _changed(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "Number '" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "ja",
            "Halvorsen will supply nine Tomoe plants in Japan.",
            "ハルヴォーセンは日本国内の巴精密の6工場に供給します。",
            "6",
        ),
        ("ko", "It works with two Korean carriers.", "한국 항공사 3곳과 협력한다.", "3"),
        (
            "ja",
            "Tickets go on sale at four Lotte Mart stores.",
            "ロッテマート5店舗で販売します。",
            "5",
        ),
    ],
)
def test_count_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _changed(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "Halvorsen will supply nine Tomoe plants in Japan.",
            "ハルヴォーセンは日本国内の巴精密の9工場に供給します。",
        ),
        ("ko", "It works with two Korean carriers.", "한국 항공사 두 곳과 협력한다."),
        ("ko", "It works with two Korean carriers.", "국내 항공사들과 협력한다."),
        (
            "ja",
            "Halvorsen to Supply Nine Tomoe Plants by 2029",
            "2029年までに巴精密の7工場にロボットを供給",
        ),
        ("ja", "The Nine Dragons Bridge opened in 2024.", "九龍大橋は2024年に開通しました。"),
        (
            "ja",
            "Tensions between the two Koreas rose in 2024.",
            "2024年には南北間の緊張が高まりました。",
        ),
    ],
)
def test_count_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _changed(locale, msgid, msgstr) == []
