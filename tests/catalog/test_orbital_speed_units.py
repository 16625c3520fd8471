"""PR404 on a speed in kilometres a second ('7.6 km/s', '秒速7.6km', '초속 약 7.6㎞'), as an
orbit's is given, and in metres an hour ('時速72m' for '72 km/h'): 'km/s' was read as a
length in km and '秒速…km', '時速…m' as lengths, so '秒速7.6m' for 7.6 km/s and '時速72m'
for 72 km/h (a thousand times off) went unreported. The speed in its unit, converted
('27,360 km/h'), or with 'about' between the word and the figure stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings


def _units(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR404" and "Unit of" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ja", "It orbits at 7.6 km/s.", "秒速7.6mで周回する。", "秒速7.6m"),
        ("ko", "It orbits at about 7.6 km/s.", "초속 약 7.6m로 비행한다.", "초속 약 7.6m"),
        ("ja", "The drone flies at 72 km/h.", "ドローンは時速72mで飛ぶ。", "時速72m"),
        ("en", "最高速度72km/hのドローン。", "A drone with a top speed of 72 m/h.", "72 m/h"),
    ],
)
def test_speed_unit_changed(locale: str, msgid: str, msgstr: str, found: str) -> None:
    assert _units(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "It orbits at 7.6 km/s.", "秒速7.6kmで周回する。"),
        ("ja", "It orbits at about 7.6 km/s.", "秒速約7.6kmで周回する。"),
        ("ko", "It orbits at about 7.6 km/s.", "초속 약 7.6㎞로 비행한다."),
        ("en", "衛星は秒速7.6kmで飛ぶ。", "The satellite travels at 27,360 km/h."),
        ("en", "위성은 초속 7.6㎞로 비행한다.", "The satellite flies at 7.6 km per second."),
        (
            "en",
            "고도 약 550㎞에서 초속 7.6㎞로 비행한다.",
            "It flies at an altitude of about 550 km at 7.6 km/s.",
        ),
        ("en", "風速は秒速35mです。", "Winds reach 35 m/s."),
        ("ko", "The drone flies at 72 km/h within 30 km.", "드론은 시속 72㎞로 30㎞ 안을 난다."),
    ],
)
def test_speed_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
