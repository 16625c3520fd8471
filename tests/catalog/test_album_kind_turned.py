"""PR410 on an album's kind: a mini album (an EP) said as a full-length one, or the other
way round ('its third mini album' as '정규 3집', '1st full-length album' as
'1stミニアルバム', '미니 2집' as 'full-length album') names another record of the artist's
while every figure stays, so nothing was reported. The kind kept in any words ('EP' as
'미니앨범', '정규 1집' as 'first full-length album'), a sentence naming both kinds and an
album whose kind one side leaves out stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

THIRD = "LUMA will release its third mini album, 'Blue Hour', on December 3."
FIRST = "It is the group's first release since its 1st full-length album, 'Lantern'."
SECOND = "미니 2집 'Blue Hour' 발매를 기념해 팬사인회가 열린다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", THIRD, "LUMA는 12월 3일 미니 3집 'Blue Hour'를 발매한다."),
        ("ja", THIRD, "LUMAは12月3日に3枚目のミニアルバム『Blue Hour』を発売します。"),
        ("ja", FIRST, "1stフルアルバム『Lantern』以来の新作です。"),
        ("ko", FIRST, "정규 1집 'Lantern' 이후 첫 신보다."),
        ("en", SECOND, "A fan-signing event marks the release of the 2nd mini album, 'Blue Hour'."),
        ("en", SECOND, "A fan-signing event marks the release of the second EP, 'Blue Hour'."),
        ("en", "정규 1집 이후 첫 미니앨범이다.",
         "It is the first mini album since the 1st full album."),
        ("ja", "The band's third album, 'Rain', is out now.",
         "バンドの3rdミニアルバム『Rain』が発売中です。"),
    ],
)  # fmt: skip
def test_the_albums_kind_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", THIRD, "LUMA는 12월 3일 정규 3집 'Blue Hour'를 발매한다."),
        ("ja", FIRST, "1stミニアルバム『Lantern』以来の新作です。"),
        ("ko", FIRST, "미니 1집 'Lantern' 이후 첫 신보다."),
        ("en", SECOND, "A fan-signing event marks the release of the 2nd full-length album."),
    ],
)  # fmt: skip
def test_the_albums_kind_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
