"""PR201: a name left in another script with its English acronym after it ('regulated by
식품의약품안전처 (MFDS)') is an untranslated name, not a word glossed with its reading or
meaning ('花 (hana)', '獺祭 (Dassai)'), which stays a mention."""

from __future__ import annotations

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules


def _found(sentence: str) -> list[str]:
    document = parse_text(f"Notice\n\n{sentence}\n", path="r.txt", format="text", lang="en")
    findings = check_document(document, Glossary([]), None, select_rules(["PR201"]))
    return [f.found for f in findings]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The drug is reviewed by 식품의약품안전처 (MFDS) in Korea.", ["식품의약품안전처"]),
        ("Filings go to 医薬品医療機器総合機構 (PMDA) in Japan.", ["医薬品医療機器総合機構"]),
        ("The brewery's 獺祭 (Dassai) is sold in New York.", []),
        ("The name, 花 (hana), means flower.", []),
    ],
)
def test_an_acronym_is_no_gloss(sentence: str, found: list[str]) -> None:
    assert _found(sentence) == found
