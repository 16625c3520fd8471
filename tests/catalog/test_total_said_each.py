"""PR410: a recall's total over its models ('計2車種、61,223台', '총 61,223대', 'a total of
61,223 vehicles') given of each model in the translation ('61,223 vehicles of each of
two models', '2개 차종 각 61,223대'): the recall reads as counted twice over. A
translation that keeps the total, or a source that gives each model's figure too, stays
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

MODELS_JA = "「ルミエ」および「カルダ」の計2車種、61,223台のリコールを届け出ました。"
MODELS_KO = "루미에와 칼다 등 2개 차종 총 61,223대의 리콜을 신고했습니다."
MODELS_EN = "The recall covers a total of 61,223 vehicles of two models."


def _each(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.found for f in found if f.code == "PR410" and "of each" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("en", MODELS_JA, "It filed a recall of 61,223 vehicles of each of two models.", "each"),
        ("ko", MODELS_JA, "루미에와 칼다 2개 차종 각 61,223대의 리콜을 신고했습니다.", "각"),
        ("ja", MODELS_KO, "ルミエとカルダの2車種、各61,223台のリコールを届け出ました。", "各"),
        ("en", MODELS_KO, "It recalls 61,223 vehicles apiece of the Lumie and Calda.", "apiece"),
        ("ja", MODELS_EN, "対象は2車種、それぞれ61,223台です。", "それぞれ"),
        ("ko", MODELS_EN, "리콜 대상은 2개 차종 각각 61,223대입니다.", "각각"),
    ],
)
def test_a_total_given_of_each_is_reported(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert _each(locale, msgid, msgstr) == [found]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", MODELS_JA, "It filed a recall of a total of 61,223 vehicles of two models."),
        ("ko", MODELS_JA, "루미에와 칼다 등 2개 차종 총 61,223대의 리콜을 신고했습니다."),
        ("en", MODELS_JA, "It filed a recall of 61,223 vehicles of two models."),
        ("ja", MODELS_KO, "ルミエとカルダの計2車種、61,223台のリコールを届け出ました。"),
        # each model's figure beside the total, in both
        (
            "en",
            "各車種2,000台、計4,000台を生産します。",
            "It will build 2,000 of each model, 4,000 in all.",
        ),
        (
            "ko",
            "各車種2,000台、計4,000台を生産します。",
            "차종별 각 2,000대, 총 4,000대를 생산합니다.",
        ),
        # an estimate or a plan is no total
        ("en", "推計1,200台が対象です。", "An estimated 1,200 vehicles each are affected."),
    ],
)
def test_the_total_kept_is_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _each(locale, msgid, msgstr) == []
