"""PR404 on a clinical trial's phase in Roman numerals ('Phase III', '第III相', '第Ⅲ相'),
which Korean writes in digits ('임상 3상'): the phase is a figure, and one changed
('Phase II' for '第III相') is a changed trial."""

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
    ],
)
def test_the_phase_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
