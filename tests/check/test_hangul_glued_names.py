"""PR101: a foreign name written in Hangul without its space ('고지마리나' for the
glossary's '고지마 리나', '히로아키우에노'). Korean spelling writes a foreign name apart as
the name is in its own language, so the glued form is the 'MikioKato' of a Korean
release; a Korean name is one word ('윤다빈'), and glued is how it is written even where a
sheet spaced it ('윤 다빈')."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.findings import apply_fixes
from prlocalize.glossary.matcher import FormKind, TermMatcher, person_forms
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "person:kojima",
            Kind.PERSON,
            {"en": Term("Rina Kojima"), "ko": Term("고지마 리나"), "ja": Term("小島 里奈")},
        ),
        Entry(
            "person:ueno",
            Kind.PERSON,
            {"en": Term("Hiroaki Ueno"), "ko": Term("히로아키 우에노"), "ja": Term("上野 裕明")},
        ),
        Entry(
            "person:hashimoto",
            Kind.PERSON,
            {"en": Term("Ryo Hashimoto"), "ko": Term("하시모토 료"), "ja": Term("橋本 涼")},
        ),
        # a Korean name a sheet wrote with a space, and a Chinese one as Korean writes it
        Entry("person:yun", Kind.PERSON, {"en": Term("Yun Da-bin"), "ko": Term("윤 다빈")}),
        Entry("person:namgung", Kind.PERSON, {"en": Term("Namgung Min"), "ko": Term("남궁 민")}),
        Entry("person:xi", Kind.PERSON, {"en": Term("Xi Jinping"), "ko": Term("시 진핑")}),
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
        ("고지마리나 교수는 이렇게 말했다.", [("고지마리나", "고지마 리나")]),
        ("히로아키우에노 회장이 참석했다.", [("히로아키우에노", "히로아키 우에노")]),
        ("하시모토료는 말했다.", [("하시모토료", "하시모토 료")]),  # a one-syllable given name
        ("고지마 리나 교수는 이렇게 말했다.", []),
        ("윤다빈 대표는 말했다.", []),  # Korean names are one word
        ("남궁민 대표는 말했다.", []),
        ("시진핑 주석이 방문했다.", []),
    ],
)
def test_a_foreign_name_glued_in_hangul(sentence: str, found: list[tuple[str, str]]) -> None:
    assert _findings(sentence) == found


def test_the_fix_writes_the_space() -> None:
    text = "보도자료\n\n히로아키우에노 회장은 말했다.\n"
    document = parse_text(text, path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR101"]))
    assert apply_fixes(text, findings).text == "보도자료\n\n히로아키 우에노 회장은 말했다.\n"


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("가토 미키오", FormKind.GLUED),
        ("올리비아 브레넌", FormKind.GLUED),
        ("김 민준", FormKind.VARIANT),
        ("남궁 민수", FormKind.VARIANT),
        ("加藤 幹雄", FormKind.VARIANT),  # Japanese writes a name in one word
    ],
)
def test_which_unspaced_forms_are_glued(form: str, kind: FormKind) -> None:
    unspaced = form.replace(" ", "")
    assert (unspaced, kind) in person_forms(Term(form))
