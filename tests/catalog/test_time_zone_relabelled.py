"""PR404 on a time the translation gives at the same hour and minute but in a zone of
another offset ('04:00 UTC' as '04:00 KST', the zone of the time beside it copied), where
the source's zone also stands in the translation; a zone of the same offset (KST as
日本時間), a time converted and a time given in both zones stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

STREAM = "The finals will be streamed from 13:00 KST (04:00 UTC) on both days."
MAINTENANCE = "Maintenance runs from 10:00 to 15:00 JST (01:00 to 06:00 UTC) on April 8."


def _messages(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if "zone" in f.message]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", STREAM, "결승전은 양일 모두 13:00 KST(04:00 UTC)부터 생중계된다."),
        ("ja", STREAM, "決勝は両日とも日本時間13:00（04:00 UTC）から生配信されます。"),
        ("ja", STREAM, "決勝は両日とも13:00 JST（04:00 UTC）から生配信されます。"),
        ("ko", MAINTENANCE, "4월 8일 10:00~15:00 KST(01:00~06:00 UTC)에 점검이 진행된다."),
        # a zone that opens the times given in it, after the source's times
        ("ko", MAINTENANCE, "점검은 한국 시간 10:00~15:00(UTC 01:00~06:00)에 진행된다."),
        # the time given in both zones, one of them the source's
        (
            "en",
            "점검은 4월 8일 04:00 UTC에 시작된다.",
            "Maintenance starts at 04:00 UTC (13:00 KST).",
        ),
    ],
)
def test_the_same_moment(locale: str, msgid: str, msgstr: str) -> None:
    assert _messages(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        ("ko", STREAM, "결승전은 양일 모두 13:00 KST(04:00 KST)부터 생중계된다.", "'04:00 KST'"),
        (
            "ja",
            MAINTENANCE,
            "4月8日10:00～15:00 JST（01:00～06:00 JST）に実施します。",
            "'06:00 JST'",
        ),
        ("ja", STREAM, "決勝は両日とも13:00 UTC（04:00 UTC）から生配信されます。", "'13:00 UTC'"),
    ],
)
def test_the_same_hour_in_another_zone(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _messages(locale, msgid, msgstr)
    assert len(messages) == 1 and found in messages[0], messages
