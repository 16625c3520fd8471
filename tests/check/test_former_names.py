"""PR103 leaves a forbidden form alone where the release cites it as the former name
('formerly known as “Aozora Robotix”', '旧社名：…', '구 …'); used as the name, it is
still reported."""

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
            "org:aozora",
            Kind.ORG,
            {
                "en": Term("Aozora Robotics", forbidden=("Aozora Robotix",)),
                "ja": Term("アオゾラロボティクス", forbidden=("アオゾラロボティックス",)),
                "ko": Term("아오조라로보틱스", forbidden=("아오조라로보틱",)),
            },
        )
    ]
)


def _forbidden(text: str, lang: str) -> list[str]:
    document = parse_text(text, path="release.txt", format="text", lang=lang)
    matcher = TermMatcher.build(_GLOSSARY, lang)
    found = check_document(document, _GLOSSARY, matcher, select_rules(["PR103"]))
    return [f.found or "" for f in found]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "Aozora Robotics (formerly known as “Aozora Robotix”) grew.", []),
        ("en", "Aozora Robotics, previously Aozora Robotix, grew.", []),
        ("en", "Aozora Robotics (formerly Aozora Robotix) grew.", []),
        ("ja", "アオゾラロボティクス（旧社名：アオゾラロボティックス）は成長した。", []),
        ("ko", "아오조라로보틱스(구 아오조라로보틱)는 성장했다.", []),
        # the old name used as the name
        ("en", "Aozora Robotix grew in 2026.", ["Aozora Robotix"]),
        ("ja", "アオゾラロボティックスは成長した。", ["アオゾラロボティックス"]),
        ("ko", "아오조라로보틱은 성장했다.", ["아오조라로보틱"]),
    ],
)
def test_a_former_name_cited_as_such(lang: str, text: str, found: list[str]) -> None:
    assert _forbidden(f"Title\n\n{text}\n", lang) == found
