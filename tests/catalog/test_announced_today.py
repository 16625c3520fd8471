"""PR409 on the day a Korean or Japanese release says it announces its news ('…를 연다고
8일 밝혔다', '…と8日発表しました'), which official translations give as 'today' ('announced
today', '本日発表しました'): the date is said, not left out. A day said with no 'today', or a
day of something else ('8일 출시'), is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings


def _left_out(locale: str, msgid: str, msgstr: str) -> list[str]:
    found = translation_findings(locale, msgid, msgstr)
    return [f.message for f in found if f.code == "PR409"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "루미엘은 도쿄에 팝업스토어를 연다고 8일 밝혔다.",
            "Lumiel announced today that it will open a pop-up store in Tokyo.",
        ),
        (
            "ja",
            "루미엘은 팝업스토어를 연다고 8일 밝혔다.",
            "ルミエルは本日、ポップアップの開設を発表しました。",
        ),
        (
            "en",
            "한빛은 신약을 출시한다고 15일 발표했다.",
            "Hanbit said today it will launch the drug.",
        ),
        (
            "ko",
            "ソラノは新製品を発売すると8日、発表しました。",
            "소라노는 오늘 신제품 출시를 발표했다.",
        ),
    ],
)
def test_announced_today(locale: str, msgid: str, msgstr: str) -> None:
    assert _left_out(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "루미엘은 팝업스토어를 연다고 8일 밝혔다.",
            "Lumiel said it will open a pop-up store.",
        ),
        # a day of another event, however 'today' the announcement
        (
            "en",
            "루미엘은 8일 신제품을 출시한다고 오늘 밝혔다.",
            "Lumiel announced today a new product.",
        ),
    ],
)
def test_day_left_out(locale: str, msgid: str, msgstr: str) -> None:
    assert len(_left_out(locale, msgid, msgstr)) == 1


def test_this_week_is_no_day() -> None:
    msgid, msgstr = (
        "루미엘은 팝업을 연다고 8일 밝혔다.",
        "Lumiel said this week it will open a pop-up.",
    )
    assert len(_left_out("en", msgid, msgstr)) == 1


# a wire release's lead opens with its dateline ('서울--(뉴스와이어)--2027년 3월 4일 --'):
# a translation that keeps the dated dateline says the day the news is announced
WIRE = "서울--(뉴스와이어)--2027년 3월 4일 -- 루미엘이 도쿄에 팝업스토어를 연다고 4일 밝혔다."


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ja",
            "ソウル--(ニュースワイヤー)--2027年3月4日--ルミエルは東京にポップアップストアを開くと発表しました。",
        ),
        (
            "en",
            "SEOUL, South Korea--(Newswire)--March 4, 2027--Lumiel said it will open a "
            "pop-up store in Tokyo.",
        ),
    ],
)
def test_the_day_of_the_dateline_kept(locale: str, msgstr: str) -> None:
    assert _left_out(locale, WIRE, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        # the dateline left out too, or another day in it
        ("ja", "ルミエルは東京にポップアップストアを開くと発表しました。"),
        (
            "ja",
            "ソウル--(ニュースワイヤー)--2027年3月5日--ルミエルはポップアップストアを開くと発表しました。",
        ),
    ],
)
def test_the_day_left_out_with_the_dateline(locale: str, msgstr: str) -> None:
    assert _left_out(locale, WIRE, msgstr) != []
