"""PR406 on bold the translation moves from the figure the source stresses to another
one ('<strong>$48 million</strong> (about ¥7.2 billion)' as '4,800万ドル（約<strong>72億円
</strong>）'): the tags match, what they stress does not."""

from __future__ import annotations

import pytest

from prlocalize.glossary.model import Glossary
from prlocalize.rules.registry import select_rules
from prlocalize.translation_checking import check_po_text

RAISED = "It raised <strong>$48 million</strong> (approximately ¥7.2 billion)."
KEPT = "The cell <strong>kept 92% of its capacity after 1,000 cycles</strong>."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    esc = str.maketrans({'"': '\\"'})
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "{msgid.translate(esc)}"\nmsgstr "{msgstr.translate(esc)}"\n'
    )
    report = check_po_text(
        text,
        path=f"{locale}.po",
        glossary=Glossary([]),
        rules=select_rules(target="translation"),
        locale=locale,
    )
    return [f.code for f in report.findings]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RAISED, "<strong>4,800万ドル</strong>（約72億円）を調達しました。"),
        ("ko", RAISED, "<strong>4,800만 달러</strong>(약 72억 엔)를 유치했다."),
        ("ja", KEPT, "セルは<strong>1,000回の充放電後も容量の92%を維持</strong>しました。"),
        # a figure the translation says in words: nothing to compare
        ("en", "売上は<strong>3倍</strong>に増えた。", "Sales <strong>tripled</strong>."),
    ],
)
def test_bold_on_the_same_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", RAISED, "4,800万ドル（約<strong>72億円</strong>）を調達しました。"),
        ("ja", KEPT, "セルは<strong>1,000回の充放電後</strong>も容量の92%を維持しました。"),
    ],
)
def test_bold_moved_to_another_figure(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR406"]
