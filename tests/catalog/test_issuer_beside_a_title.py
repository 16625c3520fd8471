# ruff: noqa: E501
"""PR401 and the issuing company between a person's name and title ('박도윤 한결전력
사장은'), left out of a translation that keeps the person and the title ('パク・ドユン社長
は', 'said President & CEO Do-yoon Park') in a catalog that names the company in full:
the release's own officers. A partner's officer left without the partner, a company the
catalog never names, or a title dropped with it are still reported."""

from __future__ import annotations

import pytest
from catalog_support import catalog_findings

from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(entry_id: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(entry_id, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


GLOSSARY = Glossary(
    [
        _entry("org:hangyeol", Kind.ORG, "Hangyeol Power", "ハンギョル電力", "한결전력"),
        _entry("org:asagiri", Kind.ORG, "Asagiri", "朝霧商事", "아사기리상사"),
        _entry("person:park", Kind.PERSON, "Do-yoon Park", "パク・ドユン", "박도윤"),
        _entry("person:takahashi", Kind.PERSON, "Yuichi Takahashi", "高橋雄一", "다카하시 유이치"),
        _entry("title:ceo", Kind.TITLE, "President & CEO", "社長", "사장"),
        _entry(
            "title:meo", Kind.TITLE, "Managing Executive Officer", "常務執行役員", "상무집행임원"
        ),
    ]
)
LEAD = "한결전력(사장 박도윤)은 3일 아사기리상사와 계약을 체결했다."
ABOUT = "한결전력은 1998년 설립됐다."
NAMED = {
    "ja": [
        (LEAD, "ハンギョル電力（社長：パク・ドユン）は3日、朝霧商事と契約を締結した。"),
        (ABOUT, "ハンギョル電力は1998年に設立された。"),
    ],
    "en": [
        (
            LEAD,
            "Hangyeol Power (President & CEO Do-yoon Park) signed a contract with Asagiri on the 3rd.",
        ),
        (ABOUT, "Hangyeol Power was founded in 1998."),
    ],
}
OWN = "박도윤 한결전력 사장은 기쁘다고 말했다."
PARTNER = "다카하시 유이치 아사기리상사 상무집행임원은 기쁘다고 말했다."


def _pr401(locale: str, entries: list[tuple[str, str]]) -> list[str]:
    findings = catalog_findings(locale, entries, glossary=GLOSSARY)
    return [f.message for f in findings if f.code == "PR401"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        ("ja", "パク・ドユン社長は、うれしいと述べた。"),
        ("en", "We are glad, said President & CEO Do-yoon Park."),
        ("en", "Do-yoon Park, President & CEO, said he was glad."),
    ],
)
def test_the_issuer_beside_its_officer_may_go_unsaid(locale: str, msgstr: str) -> None:
    assert _pr401(locale, [*NAMED[locale], (OWN, msgstr)]) == []


@pytest.mark.parametrize(
    ("locale", "entries", "missing"),
    [
        ("ja", [*NAMED["ja"], (PARTNER, "高橋雄一常務執行役員は、うれしいと述べた。")], "아사기리상사"),
        ("en", [*NAMED["en"], (PARTNER, "Yuichi Takahashi, Managing Executive Officer, said he was glad.")], "아사기리상사"),
        ("ja", [*NAMED["ja"], (OWN, "パク・ドユン氏は、うれしいと述べた。")], "한결전력"),
        ("ja", [(ABOUT, "同社は1998年に設立された。"), (OWN, "パク・ドユン社長は、うれしいと述べた。")], "한결전력"),
    ],
)  # fmt: skip
def test_still_reported(locale: str, entries: list[tuple[str, str]], missing: str) -> None:
    assert any(f"'{missing}' missing" in m for m in _pr401(locale, entries)), _pr401(
        locale, entries
    )
