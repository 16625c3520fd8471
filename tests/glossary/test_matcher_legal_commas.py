"""A company's Latin legal suffix written with its comma otherwise ('Hanbit America Inc.'
for 'Hanbit America, Inc.', 'Kaiyo Denki Co. Ltd.' for 'Kaiyo Denki Co., Ltd.') is the
company: the matcher finds it as a variant, so one release writing it both ways is PR105."""

from __future__ import annotations

import pytest

from prlocalize.glossary.matcher import FormKind, TermMatcher, legal_form_punctuations
from prlocalize.glossary.model import Entry, Glossary, Kind, Term


@pytest.mark.parametrize(
    ("form", "others"),
    [
        # the comma otherwise, and (British style) the last stop dropped too
        (
            "Hanbit Energy America, Inc.",
            [
                "Hanbit Energy America Inc.",
                "Hanbit Energy America, Inc",
                "Hanbit Energy America Inc",
            ],
        ),
        (
            "Minato Logistics Inc.",
            ["Minato Logistics, Inc.", "Minato Logistics Inc", "Minato Logistics, Inc"],
        ),
        (
            "Kaiyo Denki Co., Ltd.",
            ["Kaiyo Denki Co. Ltd.", "Kaiyo Denki Co., Ltd", "Kaiyo Denki Co. Ltd"],
        ),
        (
            "Kaiyo Denki Co. Ltd.",
            ["Kaiyo Denki Co., Ltd.", "Kaiyo Denki Co. Ltd", "Kaiyo Denki Co., Ltd"],
        ),
        ("Aoba Partners, LLC", ["Aoba Partners LLC"]),
        ("Hanbit Group", []),
        ("Inc.", []),
    ],
)
def test_legal_form_punctuations(form: str, others: list[str]) -> None:
    assert legal_form_punctuations(form) == others


def test_the_matcher_finds_the_other_punctuation_as_a_variant() -> None:
    glossary = Glossary(
        [Entry("org:hanbit", Kind.ORG, {"en": Term("Hanbit Energy America, Inc.")})]
    )
    matcher = TermMatcher.build(glossary, "en")
    found = [(m.text, m.kind) for m in matcher.find("Hanbit Energy America Inc. hired 40.")]
    assert found == [("Hanbit Energy America Inc.", FormKind.VARIANT)]
