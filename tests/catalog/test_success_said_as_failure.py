"""PR410 on a launch, a test or a trial said to have succeeded that the translation says
failed, or the other way round ('打ち上げは成功しました' as 'the launch failed', 'was a
success' as '실패했다', 'was unsuccessful' as '成功しました'): the release's news turned
round while every name and figure stays, which nothing compared. A source or a
translation that says both, a success rate, 'failsafe' and a failure said not to have
happened stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", "The launch of Hanbit-1 was a success.", "한빛-1 발사는 성공적이었다."),
        ("en", "初回の失敗を経て、2回目で打ち上げに成功した。",
         "After a first failure, the second launch succeeded."),
        ("en", "成功率は98%です。", "The success rate is 98%."),
        ("ja", "The test succeeded in reducing failures by 30%.",
         "試験では故障の発生を30%減らすことに成功した。"),
        ("ja", "The failsafe worked as designed.", "安全装置は設計どおり作動し、試験は成功した。"),
    ],
)  # fmt: skip
def test_the_outcome_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "K3ロケット5号機の打ち上げは成功しました。",
            "The launch of K3 Flight No. 5 failed.",
        ),
        ("ko", "The launch of Hanbit-1 was a success.", "한빛-1 발사는 실패했다."),
        ("ja", "The launch of Hanbit-1 was unsuccessful.", "ハンビット1の打ち上げは成功しました。"),
        ("en", "엔진 연소시험에 실패했다.", "The engine firing test succeeded."),
    ],
)
def test_the_outcome_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
