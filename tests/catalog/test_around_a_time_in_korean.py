"""PR410 on an approximate time of the source ('午前2時15分頃', 'around 2:15 a.m.') said
with the Korean '경' after the time or the date ('오전 2시 15분경부터', '2030년경'): the
time stays approximate. '경' as the start of another word ('경영', '경우') is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

ACCESS = "不正アクセスは午後11時40分頃から午前2時15分頃までの間に行われました。"


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ACCESS, "부정 접근은 오후 11시 40분경부터 오전 2시 15분경까지 이루어졌습니다."),
        ("ko", "The fault began at around 2 p.m.", "장애는 오후 2시경에 시작됐다."),
        ("ko", "2030年頃の実用化を目指します。", "2030년경 실용화를 목표로 합니다."),
    ],
)
def test_the_korean_around_keeps_the_time_approximate(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ko", ACCESS, "부정 접근은 오후 11시 40분부터 오전 2시 15분까지 이루어졌습니다."),
        ("ko", "約3,000社が2030年の経営計画を公表した。", "3,000개사가 2030년 경영 계획을 냈다."),
    ],
)
def test_a_time_said_exact_still_reported(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr) == ["PR410"]
