"""PR410 on a figure the source states exact that the translation makes approximate
('812 patients' as '約812人', '143개 기관' as 'about 143 sites'); a figure the source
hedges itself ('about', '規模', '상당', 'worth') or a conversion the translation adds is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ENROLLED = "The trial enrolled 812 patients at 143 sites."
ENROLLED_KO = "이번 시험에는 143개 기관에서 환자 812명이 등록됐다."
SCALE = "総額1億円規模の支援を行います。"
WORTH = "Supplies worth 42.5 million yen will be sent."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ENROLLED, "本試験には143施設から約812人の患者が登録されました。"),
        (
            "en",
            "이번 시험에는 143개 기관에서 환자 812명이 등록됐다.",
            "About 812 patients enrolled at 143 sites.",
        ),
    ],
)
def test_figure_made_approximate(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", ENROLLED, "本試験には143施設から812人の患者が登録されました。"),
        ("ja", "It raised $48 million.", "4,800万ドル（約72億円）を調達しました。"),
        (
            "en",
            "総額1億円規模の支援を行います。",
            "It will provide support of about 100 million yen.",
        ),
        (
            "ko",
            "Supplies worth 42.5 million yen will be sent.",
            "약 4,250만 엔 상당의 물자를 보낸다.",
        ),
        ("ko", "About 90% of revenue came from subscriptions.", "매출의 약 90%가 구독에서 나왔다."),
    ],
)
def test_figure_kept_or_hedged_in_the_source(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)
