"""translate checks a memory's answer as `check` would: with the catalog's translations.

An official translation says '当社' or 'the Company' for a name its release gives in full
in another message ('Orvelle Audio' … 'contact Orvelle' as '当社までご連絡ください'); read
alone, the answer lacked the name (PR401) and the memory's exact match was written as
a fuzzy draft. Read with the catalog's translations so far, it is final; where the
catalog names the company nowhere, it is still written fuzzy for a person to look at."""

from __future__ import annotations

from collections.abc import Sequence

from babel.messages.catalog import Catalog

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.translate.base import Candidate
from prlocalize.translate.fill import fill_catalog

GLOSSARY = Glossary(
    [
        Entry(
            "org:orvelle",
            Kind.ORG,
            {"en": Term("Orvelle Audio, Inc."), "ja": Term("オーベル・オーディオ・インク")},
        ),
        Entry("org:orvelle-short", Kind.ORG, {"en": Term("Orvelle"), "ja": Term("オーベル")}),
    ]
)

OFFICIAL = {
    'Orvelle Audio, Inc. ("Orvelle" or the "Company") today announced a recall of 8,200 '
    "headphones.": "オーベル・オーディオ・インク（以下「当社」）は本日、ヘッドホン8,200台の回収を"
    "発表しました。",
    "Customers should contact Orvelle for a free repair.": "お客様は、無償修理のため当社まで"
    "ご連絡ください。",
}


class Memory:
    """Exact matches, final, as the memory gives an archive's official translation."""

    name = "memory"

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        return [
            Candidate(self.table[t], "memory", needs_review=False, approved=True)
            if t in self.table
            else None
            for t in texts
        ]


def _catalog() -> Catalog:
    cat = Catalog(locale="ja")
    for msgid in OFFICIAL:
        cat.add(msgid, "")
    return cat


def test_the_companys_word_for_a_name_given_in_full_elsewhere_is_final() -> None:
    cat = _catalog()
    result = fill_catalog(cat, Memory(OFFICIAL), source_lang="en", locale="ja", glossary=GLOSSARY)
    assert result.rejected == []
    assert all(cat[msgid].string and not cat[msgid].fuzzy for msgid in OFFICIAL)


def test_a_name_given_nowhere_in_the_catalog_is_still_for_review() -> None:
    cat = _catalog()
    table = dict(OFFICIAL)
    first = next(iter(OFFICIAL))
    table[first] = "同社は本日、ヘッドホン8,200台の回収を発表しました。"
    fill_catalog(cat, Memory(table), source_lang="en", locale="ja", glossary=GLOSSARY)
    assert all(cat[msgid].fuzzy for msgid in OFFICIAL)
