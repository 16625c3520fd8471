"""PR410 on a survey's note that its question took several answers ('（複数回答）', '(복수
응답)', 'multiple answers allowed') left out of the translation: the shares, which add up
to more than 100%, then read as one answer a respondent. The note said otherwise ('you
could choose more than one', '複数選択可', '중복 선택') or kept stays silent, and so does
a translation that adds it."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

REASONS_JA = "選ぶ理由（複数回答）では、「ポイントが貯まる」が71.5%、「会計が早い」が58.9%でした。"
REASONS_EN = (
    "Asked what they want from their employer (multiple answers allowed), 64.8% chose "
    "higher pay and 52.6% flexible hours."
)
REASONS_KO = (
    "구독 서비스 이용 이유(복수 응답)로는 '편리해서'가 69.4%, '가격이 합리적이어서'가 51.8%였다."
)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", REASONS_JA, "As reasons, 71.5% cited earning points and 58.9% faster checkout."),
        (
            "ja",
            REASONS_EN,
            "勤務先に望むことでは、「給与の引き上げ」が64.8%、「柔軟な勤務時間」が52.6%でした。",
        ),
        (
            "ko",
            REASONS_EN,
            "회사에 바라는 점으로는 '급여 인상'이 64.8%, '유연한 근무 시간'이 52.6%였다.",
        ),
        ("en", REASONS_KO, "As reasons, 69.4% said convenience and 51.8% reasonable prices."),
    ],
)
def test_multiple_answers_left_out(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            REASONS_JA,
            "As reasons (multiple answers), 71.5% cited earning points and 58.9% faster checkout.",
        ),
        (
            "en",
            REASONS_KO,
            "Respondents could choose more than one reason: 69.4% said convenience and 51.8% "
            "reasonable prices.",
        ),
        (
            "ja",
            REASONS_EN,
            "勤務先に望むこと（複数選択可）では、「給与の引き上げ」が64.8%、「柔軟な勤務時間」が52.6%でした。",
        ),
        (
            "ko",
            REASONS_EN,
            "회사에 바라는 점(중복 선택)으로는 '급여 인상'이 64.8%, "
            "'유연한 근무 시간'이 52.6%였다.",
        ),
        # a note the source does not have is not judged
        ("ko", "64.8% chose higher pay.", "64.8%가 급여 인상을 골랐다(복수 응답)."),
    ],
)
def test_multiple_answers_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
