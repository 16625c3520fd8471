"""PR401 on the place of a Japanese or Korean release's dateline ('[서울=2026년 12월 8일]',
'【東京、2026年12月8日】'), which official English sets in capitals ('SEOUL, December 8,
2026 –') or drops with the date, as it does an English dateline's place. A place outside
the dateline stays reported where the translation leaves it out."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry("seoul", Kind.PLACE, {"ko": Term("서울"), "ja": Term("ソウル"), "en": Term("Seoul")}),
        Entry("tokyo", Kind.PLACE, {"ko": Term("도쿄"), "ja": Term("東京"), "en": Term("Tokyo")}),
    ]
)


def _pr401(locale: str, msgid: str, msgstr: str) -> list[str]:
    findings = catalog_findings(locale, [(msgid, msgstr)], glossary=GLOSSARY)
    return [f.message for f in findings if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "<strong>[서울=2026년 12월 8일]</strong> 루미엘은 팝업스토어를 연다고 밝혔다.",
            "<strong>SEOUL, December 8, 2026</strong> – Lumiel announced it will open a pop-up.",
        ),
        ("en", "[서울=2026년 12월 8일] 루미엘은 팝업스토어를 연다.", "Lumiel will open a pop-up."),
        ("en", "(서울=2026.12.8) 루미엘은 팝업스토어를 연다.", "Lumiel will open a pop-up."),
        ("en", "서울, 2026년 12월 8일 ― 루미엘은 팝업스토어를 연다.", "Lumiel will open a pop-up."),
        (
            "en",
            "【東京、2026年12月8日】ソラノは新製品を発表しました。",
            "Sorano announced a product.",
        ),
        (
            "ko",
            "東京、2026年12月8日――ソラノは新製品を発表しました。",
            "소라노는 신제품을 발표했다.",
        ),
    ],
)
def test_place_of_a_dateline(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr401(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # the place is the news, not a dateline's
        ("en", "루미엘은 서울에 매장을 연다.", "Lumiel will open a store in Busan."),
        ("en", "루미엘은 2026년 12월 8일 서울에 매장을 연다.", "Lumiel will open a store."),
        ("en", "東京で2026年12月8日に発表会を開きます。", "The launch will be held on December 8."),
    ],
)
def test_place_outside_a_dateline(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_pr401(locale, msgid, msgstr)) == 1
