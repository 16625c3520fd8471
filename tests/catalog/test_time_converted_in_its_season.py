"""PR404 on a time converted to another zone where the source's date says whether summer
time is kept ('1:30 p.m. ET' on July 28 is 2:30 the next morning in Japan, 3:30 only in
winter): a conversion with the other season's offset, the slip made in the weeks after
the clocks change, is a changed time. Without a date, or on the day of a change, either
offset is accepted; a code that names its season ('EST', 'PDT') is accepted as written."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        # summer time in the United States (EDT, PDT)
        (
            "ja",
            "The call begins at 1:30 p.m. ET on July 28, 2026.",
            "日本時間2026年7月29日午前2時30分から",
        ),
        (
            "ko",
            "The show opens at 9:00 a.m. PT on March 12, 2026.",
            "한국 시간 2026년 3월 13일 오전 1시에 개막한다.",
        ),
        # winter time (EST, PST)
        (
            "ja",
            "The call begins at 5:00 p.m. ET on December 8, 2026.",
            "日本時間2026年12月9日午前7時から",
        ),
        (
            "ko",
            "The show opens at 9:00 a.m. PT on March 5, 2026.",
            "한국 시간 2026년 3월 6일 오전 2시에 개막한다.",
        ),
        # no date: either season
        ("ja", "The call begins at 1:30 p.m. ET.", "日本時間午前3時30分から"),
        ("ja", "The call begins at 1:30 p.m. ET.", "日本時間午前2時30分から"),
        # a code that names the other season than the date's, converted as written
        (
            "ja",
            "The call begins at 1:30 p.m. EST on July 28, 2026.",
            "日本時間2026年7月29日午前3時30分から",
        ),
    ],
)
def test_conversion_in_the_dates_season(locale: str, source: str, msgstr: str) -> None:
    assert translation_codes(locale, source, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        (
            "ja",
            "The call begins at 1:30 p.m. ET on July 28, 2026.",
            "日本時間2026年7月29日午前3時30分から",
        ),
        (
            "ko",
            "The show opens at 9:00 a.m. PT on March 12, 2026.",
            "한국 시간 2026년 3월 13일 오전 2시에 개막한다.",
        ),
        (
            "ja",
            "The call begins at 5:00 p.m. ET on December 8, 2026.",
            "日本時間2026年12月9日午前6時から",
        ),
    ],
)
def test_conversion_in_the_other_season_is_reported(locale: str, source: str, msgstr: str) -> None:
    assert "PR404" in translation_codes(locale, source, msgstr)
