"""The glossary backend composes a line of glossary terms between Japanese and Korean in
the source's order ('野島化成株式会社 取締役会長 野島浩二' as '노지마화성 주식회사 이사회
의장 노지마 고지'): both give the company, then the title, then the name. It used to turn
the others round as it does from English ('대표이사 ... 노지마화성 주식회사 ...'), putting
the title before the company it belongs to."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.translate.glossary import GlossaryBackend

GLOSSARY = Glossary(
    [
        Entry(
            "org:nojima",
            Kind.ORG,
            {"ja": Term("野島化成株式会社"), "ko": Term("노지마화성 주식회사")},
        ),
        Entry("title:chair", Kind.TITLE, {"ja": Term("取締役会長"), "ko": Term("이사회 의장")}),
        Entry("person:nojima", Kind.PERSON, {"ja": Term("野島浩二"), "ko": Term("노지마 고지")}),
        Entry(
            "org:daon",
            Kind.ORG,
            {"ko": Term("주식회사 다온바이오"), "ja": Term("ダオンバイオ株式会社")},
        ),
        Entry("title:ceo", Kind.TITLE, {"ko": Term("대표이사"), "ja": Term("代表取締役")}),
        Entry("person:seo", Kind.PERSON, {"ko": Term("서하늘"), "ja": Term("ソ・ハヌル")}),
    ]
)


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        (
            "野島化成株式会社 取締役会長 野島浩二",
            "ja",
            "ko",
            "노지마화성 주식회사 이사회 의장 노지마 고지",
        ),
        ("取締役会長 野島浩二", "ja", "ko", "이사회 의장 노지마 고지"),
        (
            "주식회사 다온바이오 대표이사 서하늘",
            "ko",
            "ja",
            "ダオンバイオ株式会社 代表取締役 ソ・ハヌル",
        ),
        ("서하늘 대표이사", "ko", "ja", "ソ・ハヌル 代表取締役"),
    ],
)
def test_composed_in_the_source_order(text: str, source: str, target: str, expected: str) -> None:
    (candidate,) = GlossaryBackend(GLOSSARY).translate([text], source, target)
    assert candidate is not None and candidate.text == expected
