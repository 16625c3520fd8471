"""PR404, PR409: a name written in kana, Hangul or Latin letters with its number after it
('한빛-1', 'ほしぞら4号', '미래 2호', '코로나19', 'F35') is the English designation of the name,
a hyphen and that number ('Hanbit-1', 'Hoshizora-4', 'Mirae-2', 'COVID-19', 'F-35'): the
one was read as a number, the other as a designation, so every satellite, rocket or virus
so named was reported as its number missing (PR404) or its designation left out (PR409).
A name in Han is read where 号 follows ('天宮2号' as 'Tiangong-2'). A number changed in the
name is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "한빛-1은 4차 발사에 나선다.", "Hanbit-1 will make its fourth launch."),
        ("en", "미래 2호는 한빛-1에 실려 발사된다.", "Mirae-2 will be launched on Hanbit-1."),
        (
            "en",
            "ほしぞら4号はつばさ6号と同じ軌道を周回します。",
            "Hoshizora-4 orbits in the same orbit as Tsubasa-6.",
        ),
        (
            "en",
            "코로나19 확산으로 행사가 연기됐다.",
            "The event was postponed due to the spread of COVID-19.",
        ),
        ("ja", "We will launch Hoshizora-4 in May.", "5月にほしぞら4号を打ち上げます。"),
        ("ko", "We will launch Hoshizora-4 in May.", "5월에 호시조라 4호를 발사한다."),
        ("ja", "The air force introduces the F-35.", "空軍はF35を導入する。"),
        ("en", "中国は天宮2号を打ち上げた。", "China launched Tiangong-2."),
        ("ja", "China launched Tiangong-2.", "中国は天宮2号を打ち上げた。"),
        ("en", "台風10号が接近している。", "Typhoon No. 10 is approaching."),
        # a handset's model with its number glued to its word ('Fold8'), as Korean and
        # Japanese write it in their letters ('폴드8', 'フォールド8')
        (
            "en",
            "갤럭시 Z 폴드8에서 eSIM으로 개통할 수 있다.",
            "The Galaxy Z Fold8 can be activated with an eSIM.",
        ),
        ("ko", "It launched the Galaxy Z Fold8.", "갤럭시 Z 폴드8을 출시했다."),
        ("ja", "It launched the Galaxy Z Fold8.", "ギャラクシー Z フォールド8を発売した。"),
    ],
)
def test_the_name_with_its_number(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        ("en", "ほしぞら4号を打ち上げる。", "We will launch Hoshizora-5.", ["PR404"]),
        ("en", "미래 2호는 발사된다.", "Mirae-3 will be launched.", ["PR404"]),
        ("en", "中国は天宮3号を打ち上げた。", "China launched Tiangong-2.", ["PR404"]),
        ("ja", "We will launch Hoshizora-4.", "ほしぞら5号を打ち上げる。", ["PR409"]),
        # (a count of the same number is no name: '4기' counts satellites)
        ("ko", "We will launch Hoshizora-4.", "위성 4기를 발사한다.", ["PR409"]),
        ("en", "갤럭시 Z 폴드8을 출시했다.", "It launched the Galaxy Z Fold7.", ["PR404"]),
    ],
)
def test_a_number_changed_in_the_name(
    locale: str, msgid: str, msgstr: str, codes: list[str]
) -> None:
    assert translation_codes(locale, msgid, msgstr) == codes
