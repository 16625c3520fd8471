"""PR410 on a sentence with two figures, one approximate and one a limit, that keeps the
word of one and drops the other's ('最大で月産3万枚…約2,400億円' as 'up to 30,000 wafers …
worth ¥240 billion'): an approximation was read as kept by any word of the translation
that keeps a figure from being exact, so the limit's 'up to' kept the sum's 'about'; it
is now read beside the figure it rounds (before it in its clause, or right after it). A
limit said with a particle and a rate's period ('最大で月産3万枚', '최대 연산 40GWh') is
read as a limit too; it was none, so 'reach 30,000 wafers' passed."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

JA = "供給量は最大で月産3万枚、総額は約2,400億円となる見込みです。"
KO = "새 공장은 최대 연산 40GWh 규모로, 약 1,400명을 고용한다."


def _pr410(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", JA, "Supplies will reach up to 30,000 wafers a month, worth about ¥240 billion."),
        ("en", JA, "Supplies of up to 30,000 wafers a month are worth some ¥240 billion in all."),
        ("en", JA, "Up to 30,000 wafers a month will be supplied, worth ¥240 billion or so."),
        ("en", KO, "The plant will have up to 40 GWh a year and employ about 1,400 people."),
        ("en", KO, "The plant will have a maximum 40 GWh a year and employ roughly 1,400."),
        (
            "ja",
            "It raised $48 million (approximately ¥7.2 billion).",
            "4,800万ドル（約72億円）を調達。",
        ),
    ],
)
def test_each_figure_keeps_its_word(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr410(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "said"),
    [
        (
            "en",
            JA,
            "Supplies will reach up to 30,000 wafers a month, worth ¥240 billion.",
            "約2,400億",
        ),
        (
            "en",
            JA,
            "Supplies will reach 30,000 wafers a month, worth about ¥240 billion.",
            "最大で月産3万",
        ),
        (
            "en",
            KO,
            "The plant will have 40 GWh a year and employ about 1,400 people.",
            "최대 연산 40",
        ),
        ("en", KO, "The plant will have up to 40 GWh a year and employ 1,400 people.", "약 1,400"),
    ],
)
def test_the_other_word_dropped(locale: str, msgid: str, msgstr: str, said: str) -> None:
    found = _pr410(locale, msgid, msgstr)
    assert len(found) == 1 and f"'{said}'" in found[0], found
