"""PR410 on a plan of the source stated as done in the translation: a ministry's '시행령
제정안을 12월 중 입법예고할 예정이다' as 'The Ministry gave advance notice of the draft
decree in December' or '立法予告した' reports a step not yet taken. A translation with any
word of a plan or of the future, or with its predicate in the present, is silent, and so
is a plan said of a noun ('개소 예정인 센터')."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

NOTICE = "청년미래부는 시행령 제정안을 12월 중 입법예고할 예정이다."
SURVEY = "調査結果は来年3月に公表する予定です。"
SAID = "장관은 내년 상반기 중 전국 실태조사를 실시할 계획이라고 밝혔다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            NOTICE,
            "The Ministry plans to give advance notice of the draft in December.",
        ),
        ("en", NOTICE, "The Ministry will give advance notice of the draft decree in December."),
        ("en", NOTICE, "Advance notice of the draft decree is scheduled for December."),
        ("en", NOTICE, "The draft decree goes out for public comment in December."),
        ("ja", NOTICE, "青年未来部は施行令の制定案を12月中に立法予告する予定だ。"),
        ("ja", NOTICE, "青年未来部は施行令の制定案を12月中に立法予告する。"),
        ("en", SURVEY, "The survey results are to be published next March."),
        ("ko", SURVEY, "조사 결과는 내년 3월에 공표할 예정입니다."),
        ("ko", SURVEY, "조사 결과는 내년 3월에 공표한다."),
        (
            "en",
            SAID,
            "The Minister said a national survey would be carried out in the first half.",
        ),
        # a plan said of a noun, not of the sentence
        ("en", "개소 예정인 센터 3곳은 상담을 제공했다.", "The three centers provided counseling."),
    ],
)
def test_the_plan_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr, with_info=False)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", NOTICE, "The Ministry gave advance notice of the draft decree in December."),
        ("en", NOTICE, "The Ministry issued advance notice of the draft decree in December."),
        ("ja", NOTICE, "青年未来部は施行令の制定案を12月中に立法予告した。"),
        ("en", SURVEY, "The survey results were published in March."),
        ("ko", SURVEY, "조사 결과는 3월에 공표했다."),
        ("en", SAID, "The Minister said a nationwide survey was carried out in the first half."),
    ],
)
def test_the_plan_said_as_done(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" in translation_codes(locale, msgid, msgstr, with_info=False)
