"""PR404 on an article of a law as Korean cites it ('회사법 제165조 제3항'): article 165,
not 165 × 조 (10¹²), so it fits '第165条' and 'Article 165'."""

from __future__ import annotations

from catalog_support import translation_codes

_MSGID = "会社法第165条第3項の規定により読み替えて適用される同法第156条の規定に基づき決議しました。"


def test_an_article_in_korean_is_its_number() -> None:
    msgstr = "회사법 제165조 제3항에 따라 바꿔 읽어 적용되는 같은 법 제156조에 근거해 결의했다."
    assert translation_codes("ko", _MSGID, msgstr, with_info=False) == []


def test_a_korean_article_in_english() -> None:
    msgid = "자본시장법 제165조의3에 따라 자기주식을 취득한다."
    msgstr = "It will acquire treasury shares under Article 165-3 of the Capital Markets Act."
    assert translation_codes("en", msgid, msgstr, with_info=False) == []


def test_a_changed_article() -> None:
    msgstr = "회사법 제165조 제3항에 따라 바꿔 읽어 적용되는 같은 법 제155조에 근거해 결의했다."
    assert translation_codes("ko", _MSGID, msgstr, with_info=False) == ["PR404"]


def test_trillions_of_won_are_still_trillions() -> None:
    msgid = "매출액은 1조 2,340억원이다."
    assert translation_codes("en", msgid, "Revenue was KRW 1.234 trillion.", with_info=False) == []


def test_an_article_after_the_laws_name_without_je() -> None:
    # '관세법 337조': Korean news and notices cite a section so, without '제'
    msgid = "The ITC instituted a Section 337 investigation on April 2, 2026."
    msgstr = "미국 국제무역위원회(ITC)는 2026년 4월 2일 관세법 337조에 따른 조사를 개시했다."
    assert translation_codes("ko", msgid, msgstr, with_info=False) == []
    changed = msgstr.replace("337조", "338조")
    assert translation_codes("ko", msgid, changed, with_info=False) == ["PR404"]
    # a sum after a word ending in 법 is still a sum
    assert translation_codes("en", "세법 3조 원 규모다.", "It is worth 3 trillion won.") == []
