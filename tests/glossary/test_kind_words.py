"""Kinds as Japanese and Korean teams write them in a sheet's kind column: 職位 and 職名
(a job title), 정부기관 and 政府機関 (a government agency), 一般用語 and 일반용어 (a
general term), 임원 (executives, as 役員). Before, each was an unknown-kind error that
kept the whole file from loading."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv
from prlocalize.glossary.model import Kind


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("職位", Kind.TITLE),
        ("職名", Kind.TITLE),
        ("정부기관", Kind.ORG),
        ("政府機関", Kind.ORG),
        ("一般用語", Kind.TERM),
        ("일반용어", Kind.TERM),
        ("임원", Kind.PERSON),
    ],
)
def test_a_kind_written_in_japanese_or_korean_is_read(word: str, kind: Kind) -> None:
    parsed = parse_csv(f"English,日本語,구분\nVice President,副社長,{word}\n", "sheet.csv")
    assert [p.code for p in parsed.problems if p.level.name == "ERROR"] == []
    assert [e.kind for e in parsed.entries] == [kind]
