"""PR404 on a floor given as another ('2층' as 'the third floor') in a sentence that says
the floor's number elsewhere ('2층에서 2주간' as 'for two weeks on the third floor'): the
figure checks compare numbers as sets and passed it. English may count from the ground
floor ('2階' as 'the first floor'), and a building's height ('지상 40층 규모') is no floor."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "said", "given"),
    [
        (
            "en",
            "긴자점 2층에서 2주간 운영",
            "Open for two weeks on the third floor",
            "2층",
            "third floor",
        ),
        (
            "en",
            "2階で2日間開催します。",
            "It runs for two days on the 3rd floor.",
            "2階",
            "3rd floor",
        ),
    ],
)
def test_floor_changed(locale: str, msgid: str, msgstr: str, said: str, given: str) -> None:
    expected = f"Floor '{said}' of the source given as '{given}' in the translation"
    assert _pr404(locale, msgid, msgstr) == [expected]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "긴자점 2층에서 2주간 운영", "Open for two weeks on the second floor"),
        # British English counts from the ground floor
        ("en", "긴자점 2층에서 2주간 운영", "Open for two weeks on the first floor"),
        ("en", "긴자점 2층에서 2주간 운영", "Open for two weeks on floor 2"),
        (
            "ja",
            "The café on the first floor is open for two hours.",
            "2時間営業するカフェは2階にあります。",
        ),
        # a building's height is no floor
        ("ja", "지상 2층 규모의 매장을 2곳 연다.", "地上3階建ての店舗を2店開きます。"),
        # the number itself changed: the figure check says it, once
        ("ja", "3층 이벤트 공간", "4階のイベントスペース"),
        ("ko", "2階で2日間開催します。", "2일간 3층에서 열린다."),
        (
            "ja",
            "The café on the second floor is open for two hours.",
            "2時間営業するカフェは4階にあります。",
        ),
    ],
)
def test_floor_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert not any(m.startswith("Floor '") for m in _pr404(locale, msgid, msgstr))
