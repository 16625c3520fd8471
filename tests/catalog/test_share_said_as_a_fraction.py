"""PR404 on a percentage of something said as a fraction of it ('소비자물가 상승률의 50%만큼'
as 'by half the inflation rate', '25%' as 'a quarter of the output', '물가상승률의 절반'): the
share is said, not missing. A half year ('the first half of the year') or another share
('a quarter of' for 50%) says no such share."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

KO = "판매 단가는 매년 소비자물가 상승률의 50%만큼 인상된다."
EN = "The tariff rises each year by 50% of the inflation rate."


def _missing(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR404" and "missing" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "The price will be raised every year by half the inflation rate."),
        ("en", KO, "The price will be raised every year by half of the inflation rate."),
        ("en", "출력의 25%를 판매한다.", "It sells a quarter of its output."),
        ("ko", EN, "요금은 매년 물가상승률의 절반만큼 오른다."),
        ("ja", EN, "料金は毎年、物価上昇率の半分だけ上がる。"),
    ],
)
def test_share_said_as_a_fraction(locale: str, msgid: str, msgstr: str) -> None:
    assert _missing(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", KO, "The price will be raised in the first half of the year."),
        ("en", KO, "The price will be raised every year by a quarter of the inflation rate."),
        ("en", KO, "The price will be raised every year by the inflation rate."),
    ],
)
def test_share_still_missing(locale: str, msgid: str, msgstr: str) -> None:
    assert _missing(locale, msgid, msgstr)
