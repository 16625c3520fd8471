"""PR401 on the translation of a table row whose Japanese name is set out in its column
('西　村　晴　彦', '辻　　航平'): the glossary's person, whose approved form the
translation must use, as for a name written solid."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text

GLOSSARY = Glossary(
    [
        Entry("p:1", Kind.PERSON, {"en": Term("Haruhiko Nishimura"), "ja": Term("西村 晴彦")}),
        Entry("p:2", Kind.PERSON, {"en": Term("Kohei Tsuji"), "ja": Term("辻 航平")}),
    ]
)


@pytest.mark.parametrize(
    ("msgid", "msgstr", "codes"),
    [
        ("代表取締役社長　　　西　村　晴　彦", "President: Haruhiko Nishimura", []),
        ("代表取締役社長　　　西　村　晴　彦", "President: Haruhiko Nishimoto", ["PR401"]),
        ("専務執行役員　　　　辻　　航平", "Executive Officer: Kohei Tsuji", []),
        ("専務執行役員　　　　辻　　航平", "Executive Officer: Kohei Tsujii", ["PR401"]),
        ("代表取締役社長　西村晴彦", "President: Haruhiko Nishimoto", ["PR401"]),  # as solid
    ],
)
def test_the_translation_of_a_row_must_name_the_glossarys_person(
    msgid: str, msgstr: str, codes: list[str]
) -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Language: en\\n"\n"X-Source-Language: ja\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    )
    report = check_po_text(
        text, path="en.po", glossary=GLOSSARY, rules=select_rules(target="translation"), locale="en"
    )
    assert [f.code for f in report.findings if f.code == "PR401"] == codes
