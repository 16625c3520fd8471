"""PR410: Korean says 'not know' with one verb, 모르다 ('잘 모르겠다', '모른다'), where
English says a negation ('not sure', 'did not know') and Japanese too ('わからない'): a
survey's 'don't know' answer, translated either way, kept the source's negation and was
reported as one added or dropped. A translation that drops the negation is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "10명 중 1명은 '잘 모르겠다'고 답했다.", "One in ten said they were not sure."),
        ("en", "응답자의 12%는 '모른다'고 답했다.", "12% of respondents said they did not know."),
        (
            "en",
            "이 제도를 몰랐다는 응답이 40%였다.",
            "40% said they had not known about the scheme.",
        ),
        ("ko", "Ten percent said they were not sure.", "10%는 잘 모르겠다고 답했다."),
        (
            "ko",
            "Most users do not know the feature exists.",
            "대부분의 사용자는 이 기능이 있는지 모른다.",
        ),
    ],
)
def test_not_knowing_is_a_negation(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR410" not in translation_codes(locale, msgid, msgstr)


def test_negation_dropped_still_reported() -> None:
    msgid = "The fee is not refundable, as most applicants do not know."
    msgstr = "대부분의 신청자가 알고 있듯이 수수료는 환불된다."
    assert "PR410" in translation_codes("ko", msgid, msgstr)
