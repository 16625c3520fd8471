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


def test_the_build_works_out_each_company_s_legal_forms_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Building the matcher asks of each company name its other legal forms once (it
    asked three times: whether the name has any, its forms, which of them shadow another
    entry's); the forms found are the same."""
    import prlocalize.glossary.matcher as matcher

    names = ["Seorin Materials Co., Ltd.", "Hanbit Energy America, Inc.", "アオバ株式会社"]
    glossary = Glossary(
        [
            Entry(f"org-{i}", Kind.ORG, {"en" if name.isascii() else "ja": Term(name)})
            for i, name in enumerate(names)
        ]
    )
    expected = {
        loc: sorted((k, [(r[0].id, *r[1:]) for r in recs]) for k, (_, recs) in items)
        for loc, items in (
            (loc, TermMatcher._build(glossary, loc)._automaton.items()) for loc in ("en", "ja")
        )
    }
    asked: list[str] = []
    real = matcher.other_legal_forms

    def spy(form: str) -> tuple[str, ...]:
        asked.append(form)
        return real(form)

    monkeypatch.setattr(matcher, "other_legal_forms", spy)
    if hasattr(matcher, "_legal_forms_of"):
        matcher._legal_forms_of.cache_clear()
    for loc in ("en", "ja"):
        built = TermMatcher._build(glossary, loc)._automaton.items()
        assert (
            sorted((k, [(r[0].id, *r[1:]) for r in recs]) for k, (_, recs) in built)
            == (expected[loc])
        )
    assert sorted(asked) == sorted(names)
