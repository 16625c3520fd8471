"""PR410: a launch or an event the source says is postponed ('postponed to January 17',
'延期', '연기됐다') that the translation says is called off ('中止', '취소', 'cancelled'),
or the other way round: every figure stays, so nothing compared it, and the reader takes
the date for gone (or waits for one). A translation that says both, a source that says
both, and Korean '연기' as acting stay silent; a launch scrubbed for the day ('中止' in a
Japanese source) said as postponed is not read."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

DELAY = "The launch has been postponed to January 17 due to weather conditions."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", DELAY, "天候不良のため、打ち上げを1月17日に延期します。"),
        ("ko", DELAY, "기상 악화로 발사가 1월 17일로 연기됐다."),
        ("en", "打ち上げを1月17日に延期します。", "The launch has been postponed to January 17."),
        (
            "en",
            "本日の打ち上げは中止し、1月17日に延期します。",
            "Today's launch has been scrubbed and postponed to January 17.",
        ),
        ("en", "本日の打ち上げは中止します。", "Today's launch has been postponed."),
        (
            "ja",
            "The launch was cancelled and will be rescheduled.",
            "打ち上げは中止し、延期します。",
        ),
        (
            "en",
            "배우의 연기가 돋보였다. 공연은 취소됐다.",
            "The actor's performance stood out. The show was cancelled.",
        ),
        (
            "ja",
            "The meeting was delayed in part by the storm; it was not cancelled.",
            "会議は嵐の影響で一部遅れましたが、中止にはなりませんでした。",
        ),
    ],
)
def test_postponed_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", DELAY, "天候不良のため、1月17日の打ち上げを中止します。"),
        ("ko", DELAY, "기상 악화로 1월 17일 발사가 취소됐다."),
        ("en", "打ち上げを1月17日に延期します。", "The launch on January 17 has been cancelled."),
        ("en", "발사가 1월 17일로 연기됐다.", "The launch on January 17 was called off."),
        (
            "ja",
            "The launch of Hanbit-1 has been cancelled.",
            "ハンビット1の打ち上げは延期されました。",
        ),
        ("ko", "The launch of Hanbit-1 has been cancelled.", "한빛-1 발사는 연기됐다."),
        ("en", "발사가 취소됐다.", "The launch has been postponed."),
    ],
)
def test_postponed_said_as_cancelled(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
