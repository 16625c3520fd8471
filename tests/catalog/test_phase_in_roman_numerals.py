"""PR404 on a clinical trial's phase in Roman numerals ('Phase III', '第III相', '第Ⅲ相'),
which Korean writes in digits ('임상 3상'): the phase is a figure, and one changed
('Phase II' for '第III相') is a changed trial. A sub-phase's letter ('Phase 2b' as
'第IIb相') goes with its numeral, and two phases in digits ('Phase 1/2', '1/2상') are
the phases 1 and 2, not a day of January."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "国内第III相臨床試験の結果に基づく承認です。",
            "It is based on a Phase II study in Japan.",
        ),
        ("en", "国内第Ⅲ相臨床試験を開始しました。", "It began a Phase 2 study in Japan."),
        (
            "ko",
            "The Phase III trial met its primary endpoint.",
            "임상 2상 시험에서 주요 평가변수를 충족했다.",
        ),
        ("ja", "The Phase I/II study enrolled 40 patients.", "第I/III相試験には40人が登録された。"),
        ("ja", "The Phase 2b trial enrolled 312 patients.", "第III相試験には312人が登録された。"),
        ("ja", "The Phase 1/2 study enrolled 40 patients.", "第II相試験には40人が登録された。"),
        ("ko", "The Phase 1/2 study enrolled 40 patients.", "2상 임상시험에 40명이 등록됐다."),
        ("en", "第IIa相試験を開始します。", "It will start a Phase 3 study."),
    ],
)
def test_a_changed_phase(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "国内第III相臨床試験の結果に基づく承認です。",
            "It is based on a Phase III study in Japan.",
        ),
        ("en", "国内第Ⅲ相臨床試験を開始しました。", "It began a Phase 3 study in Japan."),
        (
            "ko",
            "The Phase III trial met its primary endpoint.",
            "임상 3상 시험에서 주요 평가변수를 충족했다.",
        ),
        ("ja", "The Phase I/II study enrolled 40 patients.", "第I/II相試験には40人が登録された。"),
        ("ko", "国際共同第III相試験を実施した。", "국제 공동 임상 3상을 실시했다."),
        ("ja", "The Phase 2b trial enrolled 312 patients.", "第IIb相試験には312人が登録された。"),
        ("ja", "The Phase 2a study will start in 2028.", "第IIa相試験は2028年に開始する。"),
        ("en", "第Ib/II相試験を開始します。", "It will start a Phase 1b/2 study."),
        ("ja", "The Phase 1/2 study enrolled 40 patients.", "第I/II相試験には40人が登録された。"),
        ("ko", "The Phase 1/2 study enrolled 40 patients.", "1/2상 임상시험에 40명이 등록됐다."),
        ("ko", "The Phase 1/2a study enrolled 40 patients.", "1/2a상 임상시험에 40명이 등록됐다."),
        ("en", "1/2상 임상시험을 시작했다.", "It started a Phase 1/2 study."),
        ("en", "第I/II相試験を1月2日に開始した。", "It started a Phase 1/2 study on January 2."),
    ],
)
def test_the_phase_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
