"""PR106: a personnel list sets a bracket after each name that says who the person is
('(현 상무)', '（現 執行役員 生産本部長）', '（当社顧問に就任予定）'). Such a bracket
glosses nothing, so a name left in Latin letters before it is residue as anywhere
else; a bracket with the name's own form or its reading is still a gloss."""

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
            "person:arakida",
            Kind.PERSON,
            {
                "en": Term("Noriko Arakida"),
                "ja": Term("荒木田 典子"),
                "ko": Term("아라키다 노리코"),
            },
        ),
        Entry(
            "person:seong",
            Kind.PERSON,
            {"en": Term("Seong Da-eun"), "ja": Term("ソン・ダウン"), "ko": Term("성다은")},
        ),
        Entry(
            "title:cfo",
            Kind.TITLE,
            {
                "en": Term("Chief Financial Officer"),
                "ja": Term("最高財務責任者"),
                "ko": Term("최고재무책임자"),
            },
        ),
        Entry(
            "org:kibune",
            Kind.ORG,
            {"en": Term("Kibune Paper"), "ja": Term("貴船製紙"), "ko": Term("기부네제지")},
        ),
    ]
)


def _found(text: str, lang: str) -> list[str]:
    head = "報道関係各位" if lang == "ja" else "보도자료"
    document = parse_text(f"{head}\n\n{text}\n", path="r.txt", format="text", lang=lang)
    matcher = TermMatcher.build(_GLOSSARY, lang)
    findings = check_document(document, _GLOSSARY, matcher, select_rules(["PR106"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("常務執行役員　Noriko Arakida（現 執行役員 営業本部長）", "ja"),
        ("取締役　Noriko Arakida（当社顧問に就任予定）", "ja"),
        ("監査役　Noriko Arakida（元 貴船製紙 常務）", "ja"),
        ("社外取締役　Noriko Arakida（貴船製紙 最高財務責任者）", "ja"),
        ("社外取締役　Noriko Arakida（58）", "ja"),
        ("- 전무 Seong Da-eun (현 상무, 생산본부장)", "ko"),
        ("- 사외이사 Seong Da-eun (전 기부네제지 대표)", "ko"),
        ("- 기타비상무이사 Seong Da-eun (기부네제지 최고재무책임자)", "ko"),
    ],
)
def test_a_name_before_a_bracket_about_the_person_is_residue(text: str, lang: str) -> None:
    assert len(_found(text, lang)) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the name's own form or its reading in the bracket: a gloss, given on purpose
        ("Noriko Arakida（荒木田 典子）が登壇します。", "ja"),
        ("Noriko Arakida（あらきだ のりこ）が登壇します。", "ja"),
        ("Seong Da-eun(성다은) 대표가 발표했다.", "ko"),
        ("Seong Da-eun(ソン・ダウン) 대표가 발표했다.", "ko"),
    ],
)
def test_a_name_glossed_in_a_bracket_stays_a_mention(text: str, lang: str) -> None:
    assert _found(text, lang) == []
