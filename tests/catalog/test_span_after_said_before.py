"""PR410 on a span after an event said before it, or the other way round ('about 16
minutes after liftoff' as '打ち上げ約16分前', '16분 후' as '16 minutes before', '3일 전까지'
as 'three days after'): a separation, a deadline or a countdown moved to the other side of
the event while every figure stays, which nothing compared. Read only right after a span's
figure and unit: '前後' and '전후' (about), a half year ('2027年後半'), a year-on-year
comparison ('from a year earlier') and a source or a translation saying both stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

AFTER = "Separation is expected about 16 minutes after liftoff."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", AFTER, "分離は打ち上げ約16分後を予定しています。"),
        ("ko", AFTER, "분리는 발사 약 16분 후로 예정돼 있다."),
        ("en", "분리는 발사 16분 후에 이뤄진다.", "Separation comes 16 minutes after liftoff."),
        ("en", "등록은 행사 3일 전까지다.", "Registration closes three days before the event."),
        ("en", "10分前後で分離します。", "It separates in about 10 minutes."),
        # (the sentence turned round on its other event)
        ("en", "出発し、15時間後に到着します。", "It leaves 15 hours before it lands."),
        ("en", "出発し、15時間後に到着します。", "It departs 15 hours before landing."),
        ("en", "2027年後半に打ち上げ、2年前に発表した。",
         "It launches in the second half of 2027; it was announced two years before."),
        ("en", "売上高は前年同期比10%増。3年後の上場を目指す。",
         "Sales rose 10% from a year earlier. It aims to list within three years."),
        ("ja", "Boarding closes 30 minutes before departure and opens 2 hours before.",
         "搭乗は出発の2時間前に始まり、30分前に締め切ります。"),
    ],
)  # fmt: skip
def test_the_side_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", AFTER, "分離は打ち上げ約16分前を予定しています。"),
        ("ko", AFTER, "분리는 발사 약 16분 전으로 예정돼 있다."),
        ("en", "分離は打ち上げ約16分後です。", "Separation comes about 16 minutes before liftoff."),
        ("en", "등록은 행사 3일 전까지다.", "Registration closes three days after the event."),
        ("ko", "The results come two hours after the close.", "결과는 장 마감 2시간 전 발표된다."),
    ],
)
def test_the_side_turned(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]
