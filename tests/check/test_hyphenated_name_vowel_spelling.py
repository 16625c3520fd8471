"""PR102: a Korean given name romanized with a hyphen and one vowel spelt another way
('Tae-kyoung' for the glossary's 'Tae-kyung', 'Kyung-min' for 'Kyoung-min': 경) names the same
syllables, so it is the person's name misspelt, not another person's, where the release
also writes the name right; a letter that makes other syllables ('Kyoung-mi') is left
alone, as is the respelling written alone."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.name_slips import name_slip_index

GLOSSARY = Glossary(
    [
        Entry("p:han", Kind.PERSON, {"en": Term("Han Tae-kyung")}),
        Entry("p:bae", Kind.PERSON, {"en": Term("Bae Kyoung-min")}),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Han Tae-kyung was appointed. Han Tae-kyoung joined in 2009.",
            [("Tae-kyoung", ("Tae-kyung",))],
        ),
        (
            "Bae Kyoung-min was appointed. Bae Kyung-min joined in 2009.",
            [("Kyung-min", ("Kyoung-min",))],
        ),
        # written alone, or other syllables
        ("Han Tae-kyoung joined in 2009.", []),
        ("Bae Kyoung-min was appointed. Bae Kyoung-mi joined in 2009.", []),
    ],
)
def test_a_vowel_spelt_another_way(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    index = name_slip_index(GLOSSARY, "en")
    assert [(s.written, s.approved) for s in index.slips(text, text)] == expected
