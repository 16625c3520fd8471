"""PR410 on 'all' said as a part: a Korean date's day before 부터 ('9월 4일부터', from
September 4) holds the letters of 일부 ('part of'), and 'all products' translated with
such a date was reported as said of a part. 일부 itself is still read."""

from __future__ import annotations

from catalog_support import translation_codes

EN = "From September 4 to September 10, all skincare products will be 20% off."


def test_a_day_before_from_is_no_part() -> None:
    msgstr = "9월 4일부터 9월 10일까지 전 스킨케어 제품을 20% 할인 판매한다."
    assert translation_codes("ko", EN, msgstr) == []


def test_a_part_is_still_reported() -> None:
    msgstr = "9월 4일부터 9월 10일까지 일부 스킨케어 제품을 20% 할인 판매한다."
    assert "PR410" in translation_codes("ko", EN, msgstr)
