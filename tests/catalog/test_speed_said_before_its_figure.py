"""PR404: a speed said by its word before the figure ('초속 35m', '秒速35m': metres per
second, as weather reports give wind; '시속 80km', '時速80km') is a speed, and 'm/s' is
its unit; the same figure in another unit ('35 km/h', '80 mph') is reported, a conversion
('126 km/h', '50 mph') and a length ('길이 35m') are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

GUSTS = "순간풍속이 초속 30m를 넘는 강풍이 예상된다."
SLOW = "強風のため、列車は時速60kmに減速して運転します。"


def _units(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "Unit of" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", GUSTS, "Gusts of more than 30 km/h are expected.", "30 km/h"),
        ("ja", GUSTS, "瞬間風速30km/hを超える暴風が予想されます。", "30km/h"),
        ("en", SLOW, "Trains will slow to 60 mph because of the strong winds.", "60 mph"),
        ("ko", SLOW, "강풍으로 열차는 초속 60m로 감속 운행한다.", "초속 60m"),
    ],
)
def test_speed_unit_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _units(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", GUSTS, "Gusts of more than 30 m/s are expected."),
        ("en", GUSTS, "Gusts of more than 108 km/h are expected."),
        ("ja", GUSTS, "瞬間風速が秒速30mを超える暴風が予想されます。"),
        ("ja", GUSTS, "瞬間風速30m/sを超える暴風が予想されます。"),
        ("en", SLOW, "Trains will slow to 60 km/h because of the strong winds."),
        ("en", SLOW, "Trains will slow to about 37 mph because of the strong winds."),
        ("ko", SLOW, "강풍으로 열차는 시속 60km로 감속 운행한다."),
        ("ko", "The pier is 30 m long.", "부두는 길이 30m이다."),
    ],
)
def test_speed_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _units(locale, msgid, msgstr) == []


# English says a speed by its words after the length ('2 meters per second', '300
# kilometers an hour', '60 miles per hour'), which Japanese and Korean say before it
ROBOT = "The robot carries loads at speeds of up to 2 meters per second."
TRAIN = "The new trains will run at 300 kilometers per hour."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", ROBOT, "로봇은 최대 시속 2m로 화물을 운반한다.", "시속 2m"),
        ("ja", ROBOT, "ロボットは最高時速2mで荷物を運びます。", "時速2m"),
        ("ko", TRAIN, "신형 열차는 초속 300km로 달린다.", "초속 300km"),
        (
            "en",
            "列車は時速100kmで走ります。",
            "The trains run at 100 miles an hour.",
            "100 miles an hour",
        ),
    ],
)
def test_speed_in_words_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _units(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ROBOT, "로봇은 최대 초속 2m로 화물을 운반한다."),
        ("ko", ROBOT, "로봇은 최대 시속 7.2km로 화물을 운반한다."),
        ("ja", ROBOT, "ロボットは最高秒速2mで荷物を運びます。"),
        ("ja", TRAIN, "新型車両は時速300kmで走行します。"),
        ("en", "列車は時速300kmで走ります。", "The trains run at 300 kilometers an hour."),
        ("en", "列車は時速320kmで走ります。", "The trains run at 200 miles per hour."),
        ("ja", "The belt moves 2 meters per section.", "ベルトは1区間あたり2m動きます。"),
    ],
)
def test_speed_in_words_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _units(locale, msgid, msgstr) == []
