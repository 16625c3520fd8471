"""PR102: a long Korean name misspelt ('스타릿엔터테인멘트' for '스타릿엔터테인먼트') is
reported though the glossary's short form of the same name ('스타릿') is found at its start:
Korean writes the name as one word, and that short form hid the slip. Another entry's
name inside a word ('부산광역시청', the city hall, beside the title '부산광역시장') is no
such short form, and the right name is left alone."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

_GLOSSARY = Glossary(
    [
        Entry(
            "org:haneul",
            Kind.ORG,
            {
                "en": Term("Haneul Entertainment"),
                "ko": Term("하늘별엔터테인먼트", variants=("하늘별",)),
            },
        ),
        Entry("org:daegu", Kind.ORG, {"en": Term("Daegu City"), "ko": Term("대구광역시")}),
        Entry(
            "title:mayor", Kind.TITLE, {"en": Term("Mayor of Daegu"), "ko": Term("대구광역시장")}
        ),
    ]
)


def _found(sentence: str) -> list[tuple[str, str | None]]:
    document = parse_text(f"보도자료\n\n{sentence}\n", path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR102"]))
    return [(f.found, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "하늘별엔터테인멘트 소속 그룹이 무대에 오른다.",
            [("하늘별엔터테인멘트", "하늘별엔터테인먼트")],
        ),
        ("하늘별엔터테인먼트 소속 그룹과 하늘별 배우들이 참석한다.", []),
        ("대구광역시청 앞 광장에서 행사가 열린다.", []),
    ],
)
def test_a_short_form_inside_a_misspelt_korean_name(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == found
