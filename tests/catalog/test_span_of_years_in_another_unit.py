"""PR404 on a span of years given with the same number in another unit ('設計寿命は7年以上' as
'a design life of 7 months or more', '7년' as 'seven months', 'seven years' as '7か月'),
and on an English span whose small number is spelt out ('3日間' as 'three weeks'): years
were no unit of a span, and a side without a digit was not read, so a satellite's design
life or a contract's term a twelfth of itself went unreported. A calendar year ('2027年',
'令和7年3月'), a fiscal year ('年度'), an anniversary ('10年目') and the same unit stay
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

LIFE = "ほしぞら4号の設計寿命は7年以上です。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LIFE, "Hoshizora-4 has a design life of 7 months or more."),
        ("en", LIFE, "Hoshizora-4 has a design life of seven months or more."),
        ("en", "설계 수명은 7년이다.", "Its design life is seven months."),
        ("ja", "The contract runs for five years.", "契約期間は5か月です。"),
        ("en", "試験は3日間続く。", "The test lasts three weeks."),
    ],
)
def test_unit_of_time_changed(locale: str, msgid: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LIFE, "Hoshizora-4 has a design life of seven years or more."),
        ("ko", "The contract runs for five years.", "계약 기간은 5년이다."),
        ("en", "令和7年3月に打ち上げ、7か月運用する。",
         "It launches in March 2025 and operates for seven months."),
        ("en", "2027年7月に打ち上げる。", "It launches in July 2027, seven months later."),
        ("en", "2025年度に7年ぶりに再開した。", "It resumed in fiscal 2025 after seven years."),
        ("en", "設立10年目を迎えた。", "It marks its 10th year, after 10 months of work."),
        ("en", "10年前に一度、3か月間試験した。", "Ten years ago it ran a three-month test."),
    ],
)  # fmt: skip
def test_unit_of_time_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []
