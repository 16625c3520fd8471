"""PR404: an outage's start and its recovery given each other's times ('午前2時10分に発生し、
午前9時45分に復旧' as 'began at 9:45 a.m. and was restored at 2:10 a.m.') keep every
figure, so the figures matched. spec_labels reads the start ('発生', '발생', 'began',
'occurred') and the recovery ('復旧', '복구', 'restored', 'resolved') as labels of their
times, after the time in Japanese and Korean, before it in English, each time by its hour.
Each time kept with its label, however it is worded, stays silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

OUTAGE_JA = "障害は午前2時10分ごろに発生し、同日午前9時45分に復旧しました。"
OUTAGE_KO = "장애는 오전 2시 10분께 발생해 오전 9시 45분 복구됐다."
OUTAGE_EN = "The outage began at 2:10 a.m. and service was restored at 9:45 a.m."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            OUTAGE_JA,
            "The outage began at around 2:10 a.m. and service was restored at 9:45 a.m.",
        ),
        ("en", OUTAGE_KO, "The outage occurred at about 2:10 a.m. and was resolved at 9:45 a.m."),
        ("ja", OUTAGE_EN, "障害は午前2時10分に発生し、午前9時45分に復旧しました。"),
        ("ko", OUTAGE_EN, "장애는 오전 2시 10분 발생해 오전 9시 45분 복구됐다."),
        # the recovery named first
        (
            "ko",
            "Service was restored at 9:45 a.m. after the outage began at 2:10 a.m.",
            "장애는 오전 2시 10분 발생해 오전 9시 45분 복구됐다.",
        ),
        # a maintenance window, from one time to another: no start or recovery named
        (
            "en",
            "12月3日午後11時30分から翌4日午前1時まで、メンテナンスを実施します。",
            "Maintenance will run from 11:30 p.m. on December 3 to 1:00 a.m. on December 4.",
        ),
    ],
)
def test_each_time_kept_with_its_label(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "障害は午前2時10分に発生し、午前9時45分に復旧しました。",
            "The outage began at 9:45 a.m. and service was restored at 2:10 a.m.",
        ),
        ("ja", OUTAGE_EN, "障害は午前9時45分に発生し、午前2時10分に復旧しました。"),
        ("ko", OUTAGE_EN, "장애는 오전 9시 45분 발생해 오전 2시 10분 복구됐다."),
    ],
)
def test_start_and_recovery_swapped_are_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR404"]
