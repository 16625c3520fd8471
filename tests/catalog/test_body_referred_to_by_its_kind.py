"""PR401 on a store, a hospital or a hotel that the translation refers back to by the kind
of place its name ends with ('the store's second floor' for '호시노백화점 긴자점 2층',
'同店', '이 백화점') in a catalog that names it in full elsewhere, as official translations
name a body once. A catalog that never names it in full, or a word of another kind ('the
hotel' for a store), still reports it missing."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [
        Entry(
            "hoshino",
            Kind.ORG,
            {
                "ko": Term("호시노백화점"),
                "ja": Term("星野百貨店"),
                "en": Term("Hoshino Department Store"),
            },
        ),
        Entry(
            "hangyeol",
            Kind.ORG,
            {"ko": Term("한결병원"), "ja": Term("ハンギョル病院"), "en": Term("Hangyeol Hospital")},
        ),
    ]
)
FULL = {
    "en": (
        "루미엘은 호시노백화점에 팝업스토어를 연다.",
        "Lumiel will open a pop-up at Hoshino Department Store.",
    ),
    "ja": (
        "루미엘은 호시노백화점에 팝업스토어를 연다.",
        "ルミエルは星野百貨店にポップアップを開く。",
    ),
    "ko": ("ルミエルは星野百貨店にポップアップを開く。", "루미엘은 호시노백화점에 팝업을 연다."),
}
AGAIN = {
    "en": (
        "팝업은 호시노백화점 2층 이벤트 공간에서 운영된다.",
        "The pop-up will run in the event space on the store's second floor.",
    ),
    "ja": (
        "팝업은 호시노백화점 2층 이벤트 공간에서 운영된다.",
        "ポップアップは同店2階のイベントスペースで営業します。",
    ),
    "ko": ("ポップアップは星野百貨店2階で営業します。", "팝업은 이 백화점 2층에서 운영된다."),
}


def _pr401(locale: str, pairs: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings(locale, pairs, glossary=GLOSSARY)
    return [f.message for f in findings if f.code == "PR401"]


@pytest.mark.parametrize("locale", ["en", "ja", "ko"])
def test_named_again_by_its_kind(locale: str) -> None:
    assert _pr401(locale, [FULL[locale], AGAIN[locale]]) == []


@pytest.mark.parametrize("locale", ["en", "ja", "ko"])
def test_never_named_in_full(locale: str) -> None:
    assert len(_pr401(locale, [AGAIN[locale]])) == 1


def test_another_kind_of_place() -> None:
    hospital = ("한결병원 1층에서 운영된다.", "It will run on the first floor of the store.")
    full = ("한결병원과 협력한다.", "It works with Hangyeol Hospital.")
    assert len(_pr401("en", [full, hospital])) == 1


def test_a_last_word_that_is_no_kind_of_place() -> None:
    # 'the cosmetics' are the company's products, not 'Lumiel Cosmetics' named again
    glossary = Glossary(
        [Entry("lumiel", Kind.ORG, {"ko": Term("루미엘 코스메틱"), "en": Term("Lumiel Cosmetics")})]
    )
    full = ("루미엘 코스메틱은 팝업을 연다.", "Lumiel Cosmetics will open a pop-up.")
    again = ("루미엘 코스메틱은 신제품을 판매한다.", "The cosmetics will go on sale.")
    findings = catalog_findings("en", [full, again], glossary=glossary)
    assert [f.code for f in findings if f.code == "PR401"] == ["PR401"]
