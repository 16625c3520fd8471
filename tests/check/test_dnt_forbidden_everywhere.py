"""A name the glossary marks ``dnt`` is written the same in every locale, so it is
misspelt the same in every locale: a form one locale's column forbids ('Nova9' under
``forbidden:en`` for 'NOVA9') is PR103 in a Korean or Japanese release too, whose own
column lists none. A name without ``dnt`` keeps its forbidden forms to its locale."""

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
            "brand:lumi",
            Kind.BRAND,
            {
                "en": Term("LUMI8", forbidden=("Lumi8",)),
                "ja": Term("LUMI8"),
                "ko": Term("LUMI8"),
            },
            dnt=True,
        ),
        Entry(
            "brand:tidal",
            Kind.BRAND,
            {"en": Term("Tidal Note", forbidden=("TidalNote",)), "ko": Term("타이달 노트")},
        ),
    ]
)


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    document = parse_text(text, path="r.txt", format="text", lang=lang)
    matcher = TermMatcher.build(_GLOSSARY, lang)
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR103"]))
    return [(f.code, f.found) for f in findings]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("보도자료\n\n그룹 Lumi8은 6월 신곡을 발표한다.\n", "ko", [("PR103", "Lumi8")]),
        ("報道関係各位\n\nLumi8の新曲を6月に発表します。\n", "ja", [("PR103", "Lumi8")]),
        ("The group Lumi8 will release a single.\n", "en", [("PR103", "Lumi8")]),
        ("보도자료\n\n그룹 LUMI8은 6월 신곡을 발표한다.\n", "ko", []),
        # not dnt: the Korean release writes its own form, the English forbidden one is
        # another locale's business (PR201/PR106)
        ("보도자료\n\nTidalNote 앱을 6월 출시한다.\n", "ko", []),
    ],
)
def test_a_dnt_name_is_misspelt_the_same_everywhere(
    text: str, lang: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == found
