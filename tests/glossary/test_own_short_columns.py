"""A team's own short column ('url', 'tag', 'SNS', 'Ref') is a column prlocalize does not
read, said once as a warning, never a reason to refuse the whole glossary; a short name
that may be a language code prlocalize does not know ('xx', 'zzz') is still refused, so
that a mistyped locale column is not lost unseen."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.problems import Level


@pytest.mark.parametrize("column", ["url", "URL", "tag", "SNS", "Ref", "fax"])
def test_a_short_column_of_the_teams_own_is_ignored(column: str) -> None:
    text = f"kind,en,ja,ko,{column}\norg,Aoba Energy,アオバエナジー,아오바에너지,x\n"
    parsed = parse_csv(text, "sheet.csv")
    assert [e.forms["ja"].text for e in parsed.entries] == ["アオバエナジー"]
    assert not [p for p in parsed.problems if p.level is Level.ERROR]
    assert any(p.code == "ignored-column" and column in p.message for p in parsed.problems)


@pytest.mark.parametrize("column", ["xx", "zzz"])
def test_an_unknown_code_is_still_refused(column: str) -> None:
    text = f"kind,en,ja,{column}\norg,Aoba Energy,アオバエナジー,x\n"
    parsed = parse_csv(text, "sheet.csv")
    assert any(p.code == "unknown-locale" and p.level is Level.ERROR for p in parsed.problems)
