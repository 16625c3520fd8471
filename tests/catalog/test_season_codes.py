"""PR404 on a fashion season given by its code: '2027年春夏' as 'SS27', '2026年秋冬' as
"FW'26" or 'AW26' keeps its year; a code of another year ('SS26' for 2027) is reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "2027年春夏シーズンの新作を発表します。", "The SS27 collection is unveiled."),
        ("en", "2026年秋冬コレクション", "FW'26 collection"),
        ("en", "2026年秋冬コレクション", "AW26 Collection"),
        ("ko", "2026年秋冬コレクション", "2026 F/W 컬렉션"),
        ("en", "2027 봄여름 컬렉션", "S/S 27 collection"),
    ],
)
def test_season_code_keeps_its_year(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", "2027年春夏シーズンの新作を発表します。", "The SS26 collection is unveiled."),
        ("en", "2026年秋冬コレクション", "The FW collection in 27 stores"),
    ],
)
def test_season_code_of_another_year(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr)
