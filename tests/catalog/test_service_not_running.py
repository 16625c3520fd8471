"""Correct translations that said a 'not' by other words, or kept a bare web address,
were warned about (mt42's drafts): 'will not operate' as '運休となります' (a service
suspended) or '운휴한다' is no dropped negation, nor is '運休' in a Japanese source said as
'will not operate' an added one; and 'aozorawings.example/busan' kept as written in a
Japanese translation is no English left untranslated (PR408). A 'not' dropped for
nothing, and English words left, are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", "The service will not operate on December 31.", "12月31日は運休となります。"),
        ("ko", "The service will not operate on December 31.", "12월 31일은 운휴한다."),
        ("ko", "The museum will not open on Mondays.", "박물관은 월요일에 휴관한다."),
        ("ja", "Flights will not operate on March 3.", "3月3日の便は欠航となります。"),
        ("en", "12月31日は運休となります。", "The service will not operate on December 31."),
        ("en", "박물관은 월요일에 휴관한다.", "The museum is closed on Mondays; it will not open."),
        (
            "ja",
            "Tickets go on sale at aozorawings.example/busan.",
            "航空券はaozorawings.example/busanで販売します。",
        ),
        (
            "ko",
            "Details: www.hanbit-air.example/routes?id=7",
            "자세한 내용: www.hanbit-air.example/routes?id=7",
        ),
    ],
)
def test_correct_translations_are_not_warned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "code"),
    [
        ("ja", "The service will not operate on December 31.", "12月31日は運行します。", "PR410"),
        ("ko", "The service will not operate on December 31.", "12월 31일은 운행한다.", "PR410"),
        # the suspension is the source's own word: the 'not' before it is still dropped
        (
            "ja",
            "The service will not be suspended on December 31.",
            "12月31日は運休となります。",
            "PR410",
        ),
        (
            "ja",
            "Tickets go on sale at aozorawings.example/busan next week.",
            "航空券はaozorawings.example/busanでgo on sale next weekです。",
            "PR408",
        ),
        (
            "ja",
            "Tickets go on sale at aozorawings.example/busan.",
            "航空券はaozorawings.example/pusanで販売します。",
            "PR408",
        ),
    ],
)
def test_what_is_wrong_is_still_reported(locale: str, msgid: str, msgstr: str, code: str) -> None:
    assert code in translation_codes(locale, msgid, msgstr, with_info=False)
