"""PR406 on bold the translation moves from the figure the source stresses to another
one ('<strong>$48 million</strong> (about ¥7.2 billion)' as '4,800万ドル（約<strong>72億円
</strong>）'): the tags match, what they stress does not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

RAISED = "It raised <strong>$48 million</strong> (approximately ¥7.2 billion)."
KEPT = "The cell <strong>kept 92% of its capacity after 1,000 cycles</strong>."


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return translation_codes(locale, msgid, msgstr)


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
