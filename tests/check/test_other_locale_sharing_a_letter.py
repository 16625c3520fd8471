"""PR106 on a place's form of another locale run on into a title of that locale that
shares its last letter ('南崎市長' in a Korean release: the city's '南崎市' and the mayor's
'市長'): the Hanja run is the two forms, so it is the Japanese left in, as '南崎市 시장'
was. A run with a letter no form covers ('南崎市民') is not."""

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
            "place:minamisaki",
            Kind.PLACE,
            {"en": Term("Minamisaki City"), "ja": Term("南崎市"), "ko": Term("미나미사키시")},
        ),
        Entry(
            "title:mayor", Kind.TITLE, {"en": Term("Mayor"), "ja": Term("市長"), "ko": Term("시장")}
        ),
    ]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("아라마키 겐타 南崎市長은 감사의 뜻을 전했다.", ["南崎市"]),
        ("아라마키 겐타 南崎市 시장은 감사의 뜻을 전했다.", ["南崎市"]),
        ("아라마키 겐타 미나미사키시장은 감사의 뜻을 전했다.", []),
        # a letter no form covers: the run is more than the glossary's forms
        ("南崎市民 여러분께 감사드린다.", []),
    ],
)
def test_a_form_run_on_into_a_title(text: str, found: list[str]) -> None:
    document = parse_text(f"보도자료\n\n{text}\n", path="r.txt", format="text", lang="ko")
    matcher = TermMatcher.build(_GLOSSARY, "ko")
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR106"]))
    assert [f.found for f in findings] == found
