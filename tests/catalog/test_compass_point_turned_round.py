"""PR404: a place keeps its point of the compass in the translation. 'South Gyeongsang' as
'慶尚北道', 'western Honshu' as '本州東部', 'the north exit' as '남쪽 출구' move a store, a
plant or a meeting point to the other side while every figure and name matches. A side
naming no point ('South Korea' as '한국'), or both of an axis, says nothing; the compass
characters inside names ('東京', '北海道', '서울', '남동생', '여기서부터') and a time zone
('Eastern Time') are no points."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.catalog.compass import compass_changes

PROVINCE = "Daehan Retail operates supermarkets in Busan and South Gyeongsang Province."
HONSHU = "Hoshimiya Mart runs 1,420 stores in Kyushu and western Honshu."
EXIT = "Shuttle buses leave from the north exit of Ulsan Station."
OFFICE = "本社は東京都西部の立川市にあります。"
ROUTE = "서울 남부 지역과 경기도를 잇는 노선이다."
ASIA = "The group will open 12 offices in Southeast Asia by 2028."


def _turned(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "other way" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", PROVINCE, "大韓リテールは釜山と慶尚北道でスーパーを運営しています。", "慶尚北道"),
        ("ko", PROVINCE, "대한리테일은 부산과 경상북도에서 슈퍼마켓을 운영한다.", "경상북도에서"),
        ("ja", HONSHU, "星宮マートは九州と本州東部で1,420店舗を運営しています。", "本州東部"),
        ("ko", EXIT, "셔틀버스는 울산역 남쪽 출구에서 출발한다.", "남쪽"),
        ("ja", EXIT, "シャトルバスは蔚山駅の南口から発車します。", "南口"),
        ("en", OFFICE, "The head office is in Tachikawa, in eastern Tokyo.", "eastern"),
        ("en", ROUTE, "The line links northern Seoul with Gyeonggi Province.", "northern"),
        ("ja", ASIA, "同グループは2028年までに東北アジアに12拠点を開設します。", "東北アジア"),
    ],
)
def test_point_turned_round(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _turned(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", PROVINCE, "大韓リテールは釜山と慶尚南道でスーパーを運営しています。"),
        ("ko", PROVINCE, "대한리테일은 부산과 경상남도에서 슈퍼마켓을 운영한다."),
        ("ja", HONSHU, "星宮マートは九州と本州西部で1,420店舗を運営しています。"),
        ("ko", EXIT, "셔틀버스는 울산역 북쪽 출구에서 출발한다."),
        ("ja", EXIT, "シャトルバスは蔚山駅の北口から発車します。"),
        ("en", OFFICE, "The head office is in Tachikawa, in western Tokyo."),
        ("en", ROUTE, "The line links southern Seoul with Gyeonggi Province."),
        ("ja", ASIA, "同グループは2028年までに東南アジアに12拠点を開設します。"),
        ("ko", ASIA, "그룹은 2028년까지 동남아에 12개 사무소를 연다."),
        # a point left out, or named in no word of direction
        ("ja", PROVINCE, "大韓リテールは釜山などでスーパーを運営しています。"),
        ("ko", "Sales in South Korea rose.", "한국 매출이 늘었다."),
        # compass characters inside names
        (
            "ja",
            "Western Digital opened an office in Tokyo.",
            "ウエスタンデジタルは東京に事務所を開設した。",
        ),
        ("ja", "Westfield Corp. expands to Hokkaido.", "ウエストフィールドが北海道に進出。"),
        ("ko", "Meet us west of the station.", "여기서부터 역 서쪽으로 오세요."),
        ("ko", "His brother lives in southern Seoul.", "그의 남동생은 서울 남부에 산다."),
        # a time zone is the zone check's
        ("ja", "It starts at 9 a.m. Eastern Time.", "米国西部時間の午前9時に始まります。"),
        # both points of an axis on one side
        ("ja", "The line runs north to south.", "路線は北から南へ走ります。"),
    ],
)
def test_point_kept_or_not_named(locale: str, msgid: str, msgstr: str) -> None:
    assert _turned(locale, msgid, msgstr) == []


def test_each_axis_apart() -> None:
    """A southeast point turned to the southwest is an east-west change only."""
    (change,) = compass_changes("Offices in southeastern Gyeonggi.", "경기 남서부의 사무소.")
    assert (change.source, change.target) == ("southeastern", "남서부의")
