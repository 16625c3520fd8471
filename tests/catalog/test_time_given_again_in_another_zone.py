# ruff: noqa: E501  (one translation a line, as in a catalog)
"""PR404 on the source's time a translation gives again converted to another zone beside
it ('3:00 p.m. JST (2:00 a.m. EDT)' for '15時', '午後4時（日本時間翌日午前6時）' for '4:00
p.m. ET'): the added time, and a date given with it, must be the same moment. Before,
only the time kept as written was compared, and any added time passed."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes, translation_findings

WEBCAST = "The webcast starts at 4:00 p.m. PT on February 17, 2026."
BRIEFING_JA = "説明会は2026年7月21日17時から開催します。"
RESULTS_KO = "세원은 2026년 10월 29일 오후 4시(한국 시간) 3분기 실적을 발표한다."


@pytest.mark.parametrize(
    ("locale", "source", "msgstr"),
    [
        (
            "ja",
            WEBCAST,
            "ウェブキャストは米国太平洋時間2026年2月17日午後4時（日本時間2月18日午前9時）に始まります。",
        ),
        (
            "ko",
            WEBCAST,
            "웹캐스트는 미국 태평양 시간 2026년 2월 17일 오후 4시(한국 시간 18일 오전 9시)에 시작한다.",
        ),
        (
            "en",
            BRIEFING_JA,
            "The briefing will be held at 5:00 p.m. JST on July 21, 2026 (4:00 a.m. EDT).",
        ),
        (
            "en",
            BRIEFING_JA,
            "The briefing will be held at 5:00 p.m. JST on July 21, 2026 (1:00 a.m. PDT / 8:00 a.m. GMT).",
        ),
        (
            "en",
            RESULTS_KO,
            "Sewon will report its third-quarter results at 4:00 p.m. KST on October 29, 2026 (3:00 a.m. EDT).",
        ),
        # the next day said as such, with no date
        (
            "ja",
            WEBCAST,
            "ウェブキャストは2026年2月17日午後4時（米国太平洋時間）、日本時間では翌日午前9時に始まります。",
        ),
    ],
)
def test_time_given_again_as_the_same_moment(locale: str, source: str, msgstr: str) -> None:
    assert translation_codes(locale, source, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "source", "msgstr", "found"),
    [
        # an hour off
        (
            "ja",
            WEBCAST,
            "ウェブキャストは米国太平洋時間2026年2月17日午後4時（日本時間2月18日午前10時）に始まります。",
            "午前10時",
        ),
        # morning for evening
        (
            "ko",
            WEBCAST,
            "웨비나는 미국 태평양 시간 2026년 2월 17일 오후 4시(한국 시간 18일 오후 9시)에 시작한다.",
            "오후 9시",
        ),
        (
            "en",
            BRIEFING_JA,
            "The briefing will be held at 5:00 p.m. JST on July 21, 2026 (4:00 p.m. EDT).",
            "4:00 p.m. EDT",
        ),
        # the winter offset in summer
        (
            "en",
            RESULTS_KO,
            "Sewon will report its third-quarter results at 4:00 p.m. KST on October 29, 2026 (2:00 a.m. EDT).",
            "2:00 a.m. EDT",
        ),
        # the right hour on the source's day, where it is the next day there
        (
            "ja",
            WEBCAST,
            "ウェブキャストは米国太平洋時間2026年2月17日午後4時（日本時間2月17日午前9時）に始まります。",
            "2月17日",
        ),
    ],
)
def test_time_given_again_wrong_is_reported(
    locale: str, source: str, msgstr: str, found: str
) -> None:
    findings = [f for f in translation_findings(locale, source, msgstr) if f.code == "PR404"]
    assert found in [f.found for f in findings]
