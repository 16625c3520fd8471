"""PR404 on a school's term or a pupil's year the English source says in words ('the second
semester', 'the first-year students') and the translation numbers otherwise ('1学期',
'1학기', '3年生'): '2学期' and '2학년' were not read as numbers in order, so the ordinal
was compared with nothing. The same term, a term said without a number ('後期'), and an
academic year ('2026학년도') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

TERM = "We will extend the app to 120 schools in the second semester."
YEAR = "It starts with the first-year students."


def _figures(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TERM, "2学期にはアプリを120校に拡大します。"),
        ("ko", TERM, "2학기에는 앱을 120개 학교로 확대한다."),
        ("ja", TERM, "後期にはアプリを120校に拡大します。"),
        ("ja", YEAR, "まず1年生から始めます。"),
        ("ko", YEAR, "먼저 1학년부터 시작한다."),
        ("ko", "It starts with the first-year students in 2026.", "2026학년도 1학년부터 시작한다."),
    ],
)
def test_the_same_term(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", TERM, "1学期にはアプリを120校に拡大します。"),
        ("ko", TERM, "1학기에는 앱을 120개 학교로 확대한다."),
        ("ja", YEAR, "まず3年生から始めます。"),
        ("ko", YEAR, "먼저 2학년부터 시작한다."),
    ],
)
def test_another_term(locale: str, msgid: str, msgstr: str) -> None:
    assert _figures(locale, msgid, msgstr)
