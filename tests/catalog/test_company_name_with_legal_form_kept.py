"""PR408 on a foreign company in a Japanese or Korean translation: a company's name in
Latin letters with its legal form, as the source writes it ('Halvorsen & Pike LLP',
'Tamsin Optics Inc.'), is a registered name kept, as a career line or a partner's
mention keeps it, no English words left; English words around it, or the name written
otherwise, are still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _left(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.found or "" for f in translation_findings(locale, msgid, msgstr) if f.code == "PR408"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "ja",
            "September 1989: Joined Halvorsen & Pike LLP",
            "1989年9月　Halvorsen & Pike LLP 入所",
        ),
        (
            "ja",
            "March 2011: Chief Financial Officer, Tamsin Optics Inc.",
            "2011年3月　Tamsin Optics Inc. 最高財務責任者",
        ),
        (
            "ja",
            "She is Managing Partner of Orrell Capital Advisors LLC.",
            "同氏はOrrell Capital Advisors LLCのマネージングパートナーです。",
        ),
        (
            "ko",
            "He previously led Brightwater Sensing Technologies GmbH.",
            "그는 이전에 Brightwater Sensing Technologies GmbH를 이끌었다.",
        ),
        (
            "ko",
            "The deal was advised by Keller, Amsel and Roth AG.",
            "이번 거래는 Keller, Amsel and Roth AG가 자문했다.",
        ),
    ],
)
def test_a_company_with_its_legal_form_kept_as_written(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert _left(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        # the name written otherwise than the source writes it
        (
            "ja",
            "She is Managing Partner of Orrell Capital LLC.",
            "同氏はOrrell Capital Partners LLCのマネージングパートナーです。",
            "Orrell Capital Partners LLC",
        ),
        # English words around the kept name
        (
            "ko",
            "We signed a supply deal with Tamsin Optics Inc. today.",
            "오늘 we signed a supply deal with Tamsin Optics Inc.",
            "we signed a supply deal with",
        ),
    ],
)
def test_english_around_or_a_name_changed_is_reported(
    locale: str, msgid: str, msgstr: str, found: str
) -> None:
    assert _left(locale, msgid, msgstr) == [found]
