"""PR404 on a school's or an accounts' year that runs into the next calendar year, written
with both years in English ('the 2026-27 school year', 'fiscal 2025-26') and named by the
year it starts in in Japanese and Korean ('2026年度', '2026학년도', '2025年度'): the short
end '27' (and '2026', read as a plain number) were reported missing, and '2026年度' as
missing from 'the 2026-27 school year'. Another year is still reported, and so is a
season's '2026-27', no school's or accounts' year."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SCHOOL = "Classes start in the 2026-27 school year."
FISCAL = "Revenue for fiscal 2025-26 rose 12%."


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SCHOOL, "授業は2026年度に始まります。"),
        ("ko", SCHOOL, "수업은 2026학년도에 시작된다."),
        ("ko", "Classes start in the 2026–27 academic year.", "수업은 2026학년도에 시작된다."),
        ("ja", SCHOOL, "授業は2026〜27学年度に始まります。"),
        ("ja", FISCAL, "2025年度の売上高は12%増加しました。"),
        ("en", "授業は2026年度に始まります。", SCHOOL),
        ("en", "수업은 2026학년도에 시작된다.", SCHOOL),
    ],
)
def test_a_split_year_named_by_its_start(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", SCHOOL, "授業は2027年度に始まります。"),
        ("ko", SCHOOL, "수업은 2025학년도에 시작된다."),
        ("ja", FISCAL, "2026年度の売上高は12%増加しました。"),
        ("en", "授業は2026年度に始まります。", "Classes start in the 2027-28 school year."),
        # a season is no school's year: its two years are both said
        ("ja", "The 2026-27 season opens in October.", "2026年度のシーズンは10月に開幕します。"),
    ],
)
def test_another_year_is_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr)
