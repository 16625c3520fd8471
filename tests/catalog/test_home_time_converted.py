# ruff: noqa: E501  (one translation a line, as in a catalog)
"""PR404 on the time of a Japanese or Korean release that names no zone (its reader's,
Japan's or Korea's), given in an English translation only converted to the zone its
readers are in ('説明会は6月18日9時30分から' as '8:30 p.m. EDT on June 17'): the same
moment, with its date moved, is no changed time or date; a wrong hour, the source's day
kept, or the other season's offset is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

BRIEFING = "説明会は2026年6月18日9時30分から開催します。"
RESULTS = "한솔은 3분기 실적을 2026년 11월 5일 오후 3시에 발표한다."


@pytest.mark.parametrize(
    ("source", "msgstr"),
    [
        (BRIEFING, "The briefing will be held at 8:30 p.m. EDT on June 17, 2026."),
        (BRIEFING, "The briefing will be held at 5:30 p.m. PDT on June 17, 2026."),
        (
            RESULTS,
            "Hansol will report its results for the third quarter at 1:00 a.m. EST on November 5, 2026.",
        ),
        (
            RESULTS,
            "Hansol will report its results for the third quarter at 6:00 a.m. GMT on November 5, 2026.",
        ),
    ],
)
def test_home_time_converted_is_the_same_moment(source: str, msgstr: str) -> None:
    assert translation_codes("en", source, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("source", "msgstr"),
    [
        # an hour off
        (BRIEFING, "The briefing will be held at 7:30 p.m. EDT on June 17, 2026."),
        # the winter offset in June
        (BRIEFING, "The briefing will be held at 7:30 p.m. ET on June 17, 2026."),
        # morning for evening
        (
            RESULTS,
            "Hansol will report its results for the third quarter at 1:00 p.m. EST on November 5, 2026.",
        ),
    ],
)
def test_home_time_converted_wrong_is_reported(source: str, msgstr: str) -> None:
    assert "PR404" in translation_codes("en", source, msgstr)


def test_home_time_converted_with_the_source_day_kept_is_reported() -> None:
    msgstr = "The briefing will be held at 8:30 p.m. EDT on June 18, 2026."
    found = [f for f in translation_findings("en", BRIEFING, msgstr) if f.code == "PR404"]
    assert [f.found for f in found] == ["June 18, 2026"]
