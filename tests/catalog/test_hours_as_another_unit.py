"""PR404 on a span of hours given in another unit of time with the same number ('up to 10
days' as '최대 10시간', '約20時間' as 'about 20 days'), as battery and operating times are
mistranslated; hours kept, or '24 hours a day' said '24時間365日', are not reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

WATCH = "Battery life is up to 10 days, or up to 40 hours with GPS on."
SPEAKER = "連続再生時間は約20時間、充電時間は約2時間です。"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", WATCH, "배터리는 최대 10일, GPS를 켜면 최대 40시간 간다."),
        ("ja", WATCH, "バッテリーは最大10日間、GPSオン時は最大40時間持ちます。"),
        ("en", SPEAKER, "Playback lasts about 20 hours and charging takes about 2 hours."),
        ("ko", SPEAKER, "연속 재생 시간은 약 20시간, 충전 시간은 약 2시간이다."),
        ("ja", "Open 24 hours a day, 7 days a week.", "24時間365日営業。"),
    ],
)
def test_hours_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", WATCH, "배터리는 최대 10시간, GPS를 켜면 최대 40시간 간다.", "10시간"),
        ("ja", WATCH, "バッテリーは最大10日間、GPSオン時は最大40日間持ちます。", "40日間"),
        ("en", SPEAKER, "It plays for about 20 days and charges in about 2 hours.", "20 days"),
    ],
)
def test_hours_in_another_unit(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "another unit of time" in m for m in messages), messages
