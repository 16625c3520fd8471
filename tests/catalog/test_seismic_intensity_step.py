"""PR404 on a seismic intensity on the Japanese scale with its step ('震度5強', '진도
6약', 'upper 5', '5+ (upper 5)'): one figure, its number and its step. A step changed
('5強' as 'lower 5') or dropped ('5強' as '5') is reported; the step said in any of the
ways English writes it, and an intensity restated in brackets, are not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.catalog.figures import items

UPPER_EN = "The quake registered a maximum seismic intensity of 5+ (upper 5) in Higashi Ward."
LOWER_JA = "北区では震度6弱、南区では震度5強を観測しました。"
KO = "기타시에서는 최대 진도 5강이 관측됐다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", UPPER_EN, "この地震により、東区で最大震度5強を観測しました。"),
        ("ko", UPPER_EN, "이번 지진으로 히가시구에서 최대 진도 5강이 관측됐다."),
        (
            "en",
            LOWER_JA,
            "An intensity of lower 6 was recorded in Kita Ward and upper 5 in Minami Ward.",
        ),
        ("en", LOWER_JA, "Intensity 6 Lower was observed in Kita Ward and 5 Upper in Minami Ward."),
        ("en", LOWER_JA, "Seismic intensity 6- was observed in Kita Ward and 5+ in Minami Ward."),
        ("en", KO, "A maximum seismic intensity of 5-upper was observed in Kita City."),
        (
            "ja",
            "Aftershocks of up to intensity 5- (lower 5) may occur.",
            "最大震度5弱程度の余震が発生するおそれがあります。",
        ),
        # a quake's shaking spoken of without the word 'intensity'
        (
            "en",
            "30年以内に震度6強以上の揺れに見舞われる確率は70～80％とされています。",
            "Shaking of upper 6 or more is expected within 30 years, with a probability "
            "of 70 to 80 percent.",
        ),
        # a count of things beside 'lower' in a quake's text is no intensity
        (
            "ja",
            "The lower 5 floors of the quake-damaged building remain closed.",
            "地震で被害を受けたビルの下層5フロアは引き続き閉鎖されています。",
        ),
        # a range's start is no step
        (
            "ja",
            "A 2- to 3-day stay is expected after the quake.",
            "地震後、2～3日の滞在が見込まれます。",
        ),
        # an intensity without a step stays a number
        ("ja", "An intensity of 4 was recorded in Tokyo.", "東京で震度4を観測しました。"),
    ],
)
def test_the_step_said_another_way_is_the_intensity(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", UPPER_EN, "この地震により、東区で最大震度5弱を観測しました。"),
        ("ja", UPPER_EN, "この地震により、東区で最大震度5を観測しました。"),
        (
            "en",
            LOWER_JA,
            "An intensity of upper 6 was recorded in Kita Ward and upper 5 in Minami Ward.",
        ),
        ("en", KO, "A maximum seismic intensity of lower 5 was observed in Kita City."),
        ("ko", UPPER_EN, "이번 지진으로 히가시구에서 최대 진도 5약이 관측됐다."),
    ],
)
def test_a_step_changed_or_dropped_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5+ percent in the upper 5 markets.",  # no intensity spoken of
        "大手3強が市場を占める。",
        "8강 진출",
    ],
)
def test_a_text_without_an_intensity_reads_none(text: str) -> None:
    assert all(not any(isinstance(k, tuple) for k in item.keys) for item in items(text))
