"""PR101: a Korean name run into the glossary organisation written after it
('서하늘해운정책처 차관은' for '서하늘 해운정책처 차관은'): Korean spelling sets a name
apart from what follows it, as it does a title. An organisation named for the person
('서하늘재단'), the two set apart, and the organisation before the name stay alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.findings import apply_fixes
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_ROWS = (
    ("p:seo", Kind.PERSON, "Seo Ha-neul", "서하늘"),
    ("p:abe", Kind.PERSON, "Mio Abe", "아베 미오"),
    ("o:bureau", Kind.ORG, "Shipping Policy Office", "해운정책처"),
    ("o:found", Kind.ORG, "Seo Ha-neul Foundation", "서하늘재단"),
    ("o:port", Kind.ORG, "Dongmun Port Authority", "동문항만공사"),
)
_GLOSSARY = Glossary(
    [Entry(key, kind, {"en": Term(en), "ko": Term(ko)}) for key, kind, en, ko in _ROWS]
)


def _findings(sentence: str) -> list[tuple[str, str | None]]:
    document = parse_text(f"보도자료\n\n{sentence}\n", path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR101"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("서하늘해운정책처 차관은 부두를 둘러봤다.", [("서하늘해운정책처", "서하늘 해운정책처")]),
        (
            "아베 미오동문항만공사 고문이 참석했다.",
            [("아베 미오동문항만공사", "아베 미오 동문항만공사")],
        ),
    ],
)
def test_a_name_glued_to_the_organisation_after_it(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _findings(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "서하늘재단은 올해 장학생 40명을 뽑았다.",
        "서하늘 해운정책처 차관은 부두를 둘러봤다.",
        "해운정책처 서하늘 차관은 부두를 둘러봤다.",
        "동문항만공사는 아베 미오 고문을 위촉했다.",
    ],
)
def test_left_alone(sentence: str) -> None:
    assert _findings(sentence) == []


def test_the_fix_sets_the_name_apart() -> None:
    text = "보도자료\n\n서하늘해운정책처 차관은 부두를 둘러봤다.\n"
    document = parse_text(text, path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR101"]))
    fixed = apply_fixes(text, findings).text
    assert fixed == "보도자료\n\n서하늘 해운정책처 차관은 부두를 둘러봤다.\n"


_PLACES = Glossary(
    [
        Entry("p:yoon", Kind.PERSON, {"en": Term("Yoon Ga-ram"), "ko": Term("윤가람")}),
        Entry("pl:dongmun", Kind.PLACE, {"en": Term("Dongmun City"), "ko": Term("동문시")}),
        Entry("pl:gaon", Kind.PLACE, {"en": Term("Yoon Ga-ram Park"), "ko": Term("윤가람공원")}),
    ]
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("윤가람동문시장은 협약서에 서명했다.", [("윤가람동문시", "윤가람 동문시")]),
        ("윤가람 동문시장은 협약서에 서명했다.", []),
        ("동문시 윤가람 시장은 협약서에 서명했다.", []),
        ("윤가람공원에서 행사가 열렸다.", []),
    ],
)
def test_a_name_glued_to_the_place_after_it(sentence: str, found: list[tuple[str, str]]) -> None:
    document = parse_text(f"보도자료\n\n{sentence}\n", path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_PLACES, "ko")
    findings = check_document(document, _PLACES, matcher, select_rules(["PR101"]))
    assert [(f.found, f.suggestion) for f in findings] == found


# a sheet's title that opens with its body ('새벽화학 최고재무책임자'): the title is the
# match after the name, where the body alone would have been
_TITLES = Glossary(
    [
        Entry("p:han", Kind.PERSON, {"en": Term("Han Ji-woo"), "ko": Term("한지우")}),
        Entry("o:saebyeok", Kind.ORG, {"en": Term("Saebyeok Chemical"), "ko": Term("새벽화학")}),
        Entry(
            "t:cfo",
            Kind.TITLE,
            {
                "en": Term("Chief Financial Officer, Saebyeok Chemical"),
                "ko": Term("새벽화학 최고재무책임자"),
            },
        ),
    ]
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "한지우새벽화학 최고재무책임자는 증설을 밝혔다.",
            [("한지우새벽화학 최고재무책임자", "한지우 새벽화학 최고재무책임자")],
        ),
        ("한지우 새벽화학 최고재무책임자는 증설을 밝혔다.", []),
        ("새벽화학 최고재무책임자 한지우는 증설을 밝혔다.", []),
    ],
)
def test_a_name_glued_to_the_title_of_its_body(sentence: str, found: list[tuple[str, str]]) -> None:
    document = parse_text(f"보도자료\n\n{sentence}\n", path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_TITLES, "ko")
    findings = check_document(document, _TITLES, matcher, select_rules(["PR101"]))
    assert [(f.found, f.suggestion) for f in findings] == found
