"""PR410 on a label of parts set off by slashes ('착공 / 상업운전') whose translation
gives them in another order ('Commercial operation / Start of construction', '商業運転／
着工'): a table's header then puts each date under the other milestone. The same order,
a label without the glossary's words, and a part the translation leaves out stay
silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "term:cod",
            Kind.TERM,
            {
                "en": Term("commercial operation"),
                "ja": Term("商業運転"),
                "ko": Term("상업운전"),
            },
        ),
        Entry("term:grid", Kind.TERM, {"en": Term("grid connection"), "ja": Term("系統連系"),
                                       "ko": Term("계통연계")}),
    ]
)  # fmt: skip
LABEL = "착공 / 상업운전"


def _reordered(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr, glossary=GLOSSARY)
        if "another order" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LABEL, "Commercial operation / Start of construction"),
        ("ja", LABEL, "商業運転／着工"),
        ("en", "계통연계 / 상업운전", "Commercial operation / Grid connection"),
    ],
)
def test_parts_reordered(locale: str, msgid: str, msgstr: str) -> None:
    assert _reordered(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LABEL, "Start of construction / Commercial operation"),
        ("ja", LABEL, "着工／商業運転"),
        ("en", "2027년 3월 / 2030년 12월", "December 2030 / March 2027"),
        ("en", LABEL, "Construction / COD"),
        ("en", "계통연계 / 상업운전", "Grid connection and commercial operation"),
        # a sentence around a wire service's credit is no label (avia56's dateline)
        (
            "en",
            "서울, 2027년 1월 15일 /PRNewswire/ -- 한결전력은 상업운전을 시작했다고 밝혔다.",
            "Hangyeol Power said it began commercial operation. SEOUL, Jan. 15, 2027 "
            "/PRNewswire/ --",
        ),
    ],
)
def test_silent(locale: str, msgid: str, msgstr: str) -> None:
    assert _reordered(locale, msgid, msgstr) == []
