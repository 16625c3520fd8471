"""A Google Sheets or Excel checkbox column says which rows are approved ('Approved',
'承認', '승인'; saved as TRUE / FALSE): it was left out as a column prlocalize does not
read, so a row still pending ('KR-Weld 10', FALSE) was approved with the rest. It is read
as the status column: FALSE is a draft, left out."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize("header", ["Approved", "承認", "승인"])
def test_an_unticked_row_is_a_draft(header: str) -> None:
    sheet = (
        f"kind,en,ja,{header}\n"
        "person,Rena Morishita,森下 玲奈,TRUE\n"
        "brand,KR-Weld 10,KR-Weld 10,FALSE\n"
        "brand,KR-Arm 5,KR-Arm 5,\n"
    )
    parsed = parse_csv(sheet, "terms.csv")
    assert [e.approved("en") for e in parsed.entries] == ["Rena Morishita", "KR-Arm 5"]
    assert [p.line for p in parsed.problems if p.code == "draft-row"] == [3]
    assert not [p for p in parsed.problems if p.code == "ignored-column"]
