"""PR410 on a building's completion given as its groundbreaking in a translation, or the
other way round ('Completion is scheduled for May 2030' as '着工は2030年5月の予定', '준공'
as 'groundbreaking'): the date stays, so no check of figures saw the works' other end."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

DONE_EN = "Completion of the 32-storey tower is scheduled for May 2030."
DONE_JA = "本タワーの竣工は2030年5月を予定しています。"
DONE_KO = "타워 준공은 2030년 5월 예정이다."
START_EN = "Kaede Homes broke ground on the project on June 2, 2026."


def _opposites(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [
        f.message
        for f in translation_findings(locale, msgid, msgstr)
        if f.code == "PR410" and "opposite" in f.message
    ]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", DONE_EN, "32階建てタワーの着工は2030年5月を予定しています。"),
        ("ko", DONE_EN, "32층 타워 착공은 2030년 5월 예정이다."),
        ("en", DONE_JA, "Construction of the tower is to begin in May 2030."),
        ("en", DONE_KO, "Groundbreaking is scheduled for May 2030."),
        ("ja", START_EN, "カエデホームズは2026年6月2日、本事業を竣工しました。"),
    ],
)
def test_the_other_end_of_the_works(locale: str, msgid: str, msgstr: str) -> None:
    assert _opposites(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", DONE_EN, "32階建てタワーの竣工は2030年5月を予定しています。"),
        ("ko", DONE_EN, "32층 타워는 2030년 5월 완공될 예정이다."),
        ("en", DONE_JA, "The tower is scheduled for completion in May 2030."),
        ("en", DONE_KO, "The tower is to be completed in May 2030."),
        ("ja", START_EN, "カエデホームズは2026年6月2日、本事業に着工しました。"),
        ("ko", START_EN, "카에데홈즈는 2026년 6월 2일 사업 기공식을 열었다."),
        # both ends in both versions, and a completion that is no building's
        (
            "en",
            "2023年10月に着工し、2026年3月に竣工しました。",
            "Construction began in October 2023 and was completed in March 2026.",
        ),
        ("ja", "The acquisition was completed on May 1.", "取得は5月1日に完了しました。"),
        # the other end said otherwise beside it, on either side
        (
            "ja",
            "Construction will begin after the completion of demolition in May 2027.",
            "2027年5月の解体完了後に着工します。",
        ),
        ("en", "解体工事の完了後、2027年5月に着工します。", "Demolition will be completed first."),
        ("ko", "Construction will start once demolition is complete.", "철거 완료 후 착공한다."),
    ],
)
def test_the_same_end(locale: str, msgid: str, msgstr: str) -> None:
    assert _opposites(locale, msgid, msgstr) == []
