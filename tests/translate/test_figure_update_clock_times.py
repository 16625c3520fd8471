"""A memory translation that writes a time on the 12-hour clock ('9:30 a.m.', '12:05
p.m.') brought up to the text's changed time of the 24-hour clock ('09:30' → '14:00'):
it is written anew in its own style ('2:00 p.m.', '4:35 p.m.'), where its digits changed
made '16:35 p.m.' or '14 a.m.'; a timetable's next leg gets its draft from the last one."""

from __future__ import annotations

import pytest

from prlocalize.translate.figure_update import update_figures

LEG = "SB701便　成田 09:30発 → 釜山 12:05着（毎日）"


@pytest.mark.parametrize(
    ("text", "source", "target", "expected"),
    [
        (
            "SB705便　成田 14:00発 → 釜山 16:35着（毎日）",
            LEG,
            "SB701: Narita 9:30 a.m. → Busan 12:05 p.m. (daily)",
            "SB705: Narita 2:00 p.m. → Busan 4:35 p.m. (daily)",
        ),
        (
            "SB706便　釜山 23:30発 → 成田 翌01:50着（毎日）",
            "SB702便　釜山 23:20発 → 成田 翌01:40着（毎日）",
            "SB702: Busan 11:20 PM → Narita 1:40 AM (+1) (daily)",
            "SB706: Busan 11:30 PM → Narita 1:50 AM (+1) (daily)",
        ),
        (
            "受付は12:30から。",
            "受付は11:30から。",
            "Reception opens at 11:30 a.m.",
            "Reception opens at 12:30 p.m.",
        ),
        (
            "受付は10時から。",
            "受付は9時から。",
            "Reception opens at 9 a.m.",
            "Reception opens at 10 a.m.",
        ),
        (
            "SB705便　成田 14:00発 → 釜山 16:35着（毎日）",
            LEG,
            "SB701편 나리타 09:30 출발 → 부산 12:05 도착(매일)",
            "SB705편 나리타 14:00 출발 → 부산 16:35 도착(매일)",
        ),
    ],
)
def test_the_time_written_anew(text: str, source: str, target: str, expected: str) -> None:
    update = update_figures(text, source, target)
    assert update is not None and update.text == expected


def test_an_hour_the_twelve_hour_clock_does_not_write_by_its_digits() -> None:
    assert (
        update_figures("受付は14時から。", "受付は9時から。", "Reception opens at 9 a.m.") is None
    )
