"""PR101: a Korean name and its title written as one word ('정하린대표는'). Korean spelling
sets a title after a name apart ('정하린 대표는'), as every release writes it; a particle
or an honorific suffix stays on the name ('정하린은', '정하린님'), not on a title after it
('정하린대표님과'), and the name's letters
inside a longer word are no name."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.findings import apply_fixes
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "person:yun",
            Kind.PERSON,
            {"en": Term("Yun Da-bin"), "ko": Term("윤다빈"), "ja": Term("ユン・ダビン")},
        ),
        Entry(
            "person:kojima",
            Kind.PERSON,
            {"en": Term("Rina Kojima"), "ko": Term("고지마 리나"), "ja": Term("小島 里奈")},
        ),
        Entry(
            "title:first-vice-minister",
            Kind.TITLE,
            {"en": Term("First Vice Minister"), "ko": Term("제1차관"), "ja": Term("第1次官")},
        ),
        Entry(
            "title:researcher",
            Kind.TITLE,
            {"en": Term("Senior Researcher"), "ko": Term("선임연구원"), "ja": Term("主任研究員")},
        ),
    ]
)


def _findings(sentence: str) -> list[tuple[str, str | None]]:
    text = f"보도자료\n\n{sentence}\n"
    document = parse_text(text, path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR101"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("윤다빈대표는 신제품을 소개했다.", [("윤다빈대표", "윤다빈 대표")]),
        ("윤다빈대표이사가 참석했다.", [("윤다빈대표이사", "윤다빈 대표이사")]),
        ("윤다빈선임연구원 연구팀이 밝혔다.", [("윤다빈선임연구원", "윤다빈 선임연구원")]),
        ("고지마 리나교수는 이렇게 말했다.", [("고지마 리나교수", "고지마 리나 교수")]),
        # a title with its rank's number ('제1차관')
        ("윤다빈제1차관은 이렇게 말했다.", [("윤다빈제1차관", "윤다빈 제1차관")]),
        ("윤다빈 제1차관은 이렇게 말했다.", []),
        # the honorific '님' on the title, in a speech or a thank-you ('대표님과')
        ("윤다빈대표님과 임직원 여러분께 감사드린다.", [("윤다빈대표", "윤다빈 대표")]),
        ("윤다빈제1차관님께서 축사를 했다.", [("윤다빈제1차관", "윤다빈 제1차관")]),
        ("윤다빈 대표님과 임직원 여러분께 감사드린다.", []),
        ("윤다빈대표님들이 모였다.", []),
        ("윤다빈 대표는 신제품을 소개했다.", []),
        ("윤다빈은 신제품을 소개했다.", []),
        ("윤다빈님께 감사드린다.", []),
        ("윤다빈 씨는 말했다.", []),
        ("(대표 윤다빈) 회사는 밝혔다.", []),
        # the name's letters inside a longer word, or a word that goes on after the title
        ("김윤다빈대표가 말했다.", []),
        ("윤다빈대표단이 도착했다.", []),
    ],
)
def test_a_korean_name_glued_to_its_title(sentence: str, found: list[tuple[str, str]]) -> None:
    assert _findings(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a title of the sheet before the name, as a lead's bracket writes it ('(대표이사 …)')
        ("한빛바이오(선임연구원윤다빈)가 밝혔다.", [("선임연구원윤다빈", "선임연구원 윤다빈")]),
        ("선임연구원윤다빈은 이렇게 말했다.", [("선임연구원윤다빈", "선임연구원 윤다빈")]),
        ("제1차관윤다빈, 국장 등이 참석했다.", [("제1차관윤다빈", "제1차관 윤다빈")]),
        ("선임연구원윤다빈씨는 말했다.", [("선임연구원윤다빈", "선임연구원 윤다빈")]),
        ("한빛바이오(선임연구원 윤다빈)가 밝혔다.", []),
        # the word opens before the title, or goes on after the name
        ("수석선임연구원윤다빈은 말했다.", []),
        ("선임연구원윤다빈대표단이 도착했다.", []),
        ("제1차관윤다빈들이 모였다.", []),
    ],
)
def test_a_korean_title_glued_to_the_name_after_it(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _findings(sentence) == found


def test_the_fix_sets_the_title_apart() -> None:
    text = '보도자료\n\n윤다빈대표는 "감사하다"고 말했다.\n'
    document = parse_text(text, path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR101"]))
    assert apply_fixes(text, findings).text == '보도자료\n\n윤다빈 대표는 "감사하다"고 말했다.\n'


def test_a_japanese_release_writes_the_title_in_one_word() -> None:
    document = parse_text(
        "報道関係各位\n\nユン・ダビン代表は次のように述べました。\n",
        path="r.txt",
        format="text",
        lang="ja",
    )
    matcher = TermMatcher.build(_GLOSSARY, "ja")
    assert check_document(document, _GLOSSARY, matcher, select_rules(["PR101"])) == []
