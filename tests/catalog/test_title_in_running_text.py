"""PR401 on an English title in the plural or as the office it names ('Changes in
directors', 'their directorships' for the sheet's 'Director' of 取締役), as personnel
notices write them; another title in its place is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

GLOSSARY = Glossary(
    [Entry("t-dir", Kind.TITLE, {"en": Term("Director"), "ja": Term("取締役"), "ko": Term("이사")})]
)
CHANGES = "取締役の異動に関するお知らせ"
SUBJECT = "両名の取締役の異動は、定時株主総会での承認を条件とします。"


def _codes(msgid: str, msgstr: str) -> list[str]:
    return translation_codes("en", msgid, msgstr, glossary=GLOSSARY)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (CHANGES, "Notice of Changes in Directors"),
        (CHANGES, "Notice of changes in directors"),
        (SUBJECT, "The changes to their directorships are subject to approval at the AGM."),
        (SUBJECT, "The change to the directors is subject to approval at the AGM."),
    ],
)
def test_the_title_said_in_running_text(msgid: str, msgstr: str) -> None:
    assert "PR401" not in _codes(msgid, msgstr)


def test_another_title() -> None:
    assert "PR401" in _codes(CHANGES, "Notice of Changes in Auditors")
