"""A Korean sheet names its column of other spellings '이표기(국문)', a Japanese one
'異表記（日本語）', as others write '別表記': the column was ignored with a warning, and
the forms a release may write ('스카이랩㈜') were not accepted."""

from __future__ import annotations

import pytest

from prlocalize.glossary.csvfile import parse_csv


@pytest.mark.parametrize(
    ("header", "row", "locale", "variant"),
    [
        (
            "영문,국문,구분,이표기(국문)",
            "Skylab Works,스카이랩웍스,회사명,스카이랩웍스㈜",
            "ko",
            "스카이랩웍스㈜",
        ),
        (
            "英語,日本語,種別,異表記（日本語）",
            "Skylab Works,スカイラボワークス,会社名,スカイラボ",
            "ja",
            "スカイラボ",
        ),
    ],
)
def test_a_column_of_other_spellings_is_read_as_variants(
    header: str, row: str, locale: str, variant: str
) -> None:
    parsed = parse_csv(f"{header}\n{row}\n", "sheet.csv")
    assert not [p for p in parsed.problems if p.code == "ignored-column"]
    (entry,) = parsed.entries
    assert entry.term(locale).variants == (variant,)
