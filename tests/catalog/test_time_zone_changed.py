"""PR404 on a time given in a zone of another offset ('(KST)' as '(PST)'); a zone of the
same offset (JST as 한국 시간) or local time is no change, and a time converted to the
reader's zone is judged by its figures."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

LAUNCH = "출시는 4월 22일 오후 3시(한국 시간)이다."
CLOSES = "Registration closes at 23:59 JST on May 13."


def _messages(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", LAUNCH, "It launches at 3 p.m. on April 22 (KST)."),
        ("en", LAUNCH, "It launches at 3 p.m. on April 22 (JST)."),
        ("ja", CLOSES, "登録は5月13日23時59分（日本時間）に締め切ります。"),
        ("ko", CLOSES, "등록은 5월 13일 오후 11시 59분(한국 시간)에 마감된다."),
        ("ko", "It lands at 13:10 local time.", "현지 시각 오후 1시 10분에 도착한다."),
        ("ja", "The CT scan took 10 minutes.", "CT検査は10分かかりました。"),
    ],
)
def test_the_same_zone(locale: str, msgid: str, msgstr: str) -> None:
    assert _messages(locale, msgid, msgstr) == []


def test_another_zone() -> None:
    found = _messages("en", LAUNCH, "It launches at 3 p.m. on April 22 (PST).")
    assert found == ["Time zone '한국 시간' of the source changed to 'PST' in the translation"]


def test_a_time_converted_is_judged_by_its_figures() -> None:
    msgstr = "ウェブキャストは日本時間午後9時に始まります。"
    found = _messages("ja", "The webcast starts at 8:00 a.m. ET.", msgstr)
    assert not any("Time zone" in message for message in found)
