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
