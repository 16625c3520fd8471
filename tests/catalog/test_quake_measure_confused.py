"""PR410 on an earthquake's magnitude given as its seismic intensity, or the other way
round ('規模 6.2' as 'seismic intensity 6.2', 'magnitude 6.2' as '진도 6.2', '震度5' as
'a magnitude 5 quake'): the figure stays, so the figure checks passed, though the
magnitude is the quake's energy and the intensity the shaking at one place. Each
measure named with its own word, and '규모' as a size ('규모 5억 원'), stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

QUAKE_KO = "14일 오전 3시 12분께 일본 앞바다에서 규모 6.2의 지진이 발생했다."
QUAKE_EN = "A magnitude 6.2 earthquake struck off the coast at 3:12 a.m."
SHAKING_JA = "この地震で東区では震度5を観測しました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            QUAKE_KO,
            "A magnitude 6.2 earthquake occurred off Japan at about 3:12 a.m. on the 14th.",
        ),
        ("en", QUAKE_KO, "An M6.2 earthquake occurred off Japan at about 3:12 a.m. on the 14th."),
        ("ko", QUAKE_EN, "오전 3시 12분 앞바다에서 규모 6.2의 지진이 발생했다."),
        ("ja", QUAKE_EN, "午前3時12分、沖合でマグニチュード6.2の地震が発生しました。"),
        ("en", SHAKING_JA, "The quake registered a seismic intensity of 5 in Higashi Ward."),
        # both measures, each with its own word
        (
            "ko",
            "The magnitude 6.2 quake registered an intensity of 5 in the city.",
            "규모 6.2의 이번 지진으로 시에서는 진도 5가 관측됐다.",
        ),
        # '규모' as a size
        ("en", "투자 규모 5억 원의 사업이다.", "It is a project of 500 million won."),
    ],
)
def test_each_measure_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            QUAKE_KO,
            "A quake of seismic intensity 6.2 occurred off Japan at about 3:12 a.m. on the 14th.",
        ),
        ("ko", QUAKE_EN, "오전 3시 12분 앞바다에서 진도 6.2의 지진이 발생했다."),
        ("ja", QUAKE_EN, "午前3時12分、沖合で震度6.2の地震が発生しました。"),
        ("en", SHAKING_JA, "A magnitude 5 quake struck Higashi Ward."),
    ],
)
def test_one_measure_given_as_the_other_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
