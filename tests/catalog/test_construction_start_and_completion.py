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


# a ceremony of one end given as the other's, where the translation says the works' other
# end too ('completed the tunnel and held a groundbreaking ceremony' for '完成させ、…竣工式'):
# the works' words alone are said on both sides
TUNNEL_JA = "潮見トンネルを完成させ、12月15日に竣工式を執り行いました。"
BRIDGE_KO = "가온대교 기공식은 12월 12일 현장에서 열리며, 완공은 2031년 3월 예정이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TUNNEL_JA,
            "It has completed the Shiomi Tunnel and held a groundbreaking ceremony on December 15.",
        ),
        ("ko", TUNNEL_JA, "시오미터널을 완공하고 12월 15일 기공식을 가졌다."),
        (
            "en",
            BRIDGE_KO,
            "The completion ceremony for the Gaon Bridge will be held at the "
            "site on December 12, and completion is scheduled for March 2031.",
        ),
        (
            "ja",
            BRIDGE_KO,
            "カオン大橋の竣工式は12月12日に現地で行われ、完成は2031年3月の予定です。",
        ),
    ],
)
def test_the_other_ends_ceremony(locale: str, msgid: str, msgstr: str) -> None:
    assert _opposites(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            TUNNEL_JA,
            "It has completed the Shiomi Tunnel and held a completion ceremony on December 15.",
        ),
        ("ko", TUNNEL_JA, "시오미터널을 완공하고 12월 15일 준공식을 가졌다."),
        (
            "en",
            BRIDGE_KO,
            "The groundbreaking ceremony for the Gaon Bridge will be held at the "
            "site on December 12, and completion is scheduled for March 2031.",
        ),
        (
            "ja",
            BRIDGE_KO,
            "カオン大橋の起工式は12月12日に現地で行われ、完成は2031年3月の予定です。",
        ),
        # both ceremonies named on both sides
        (
            "en",
            "起工式と竣工式の日程が決まりました。",
            "The dates of the groundbreaking and completion ceremonies have been set.",
        ),
    ],
)
def test_the_same_ends_ceremony(locale: str, msgid: str, msgstr: str) -> None:
    assert _opposites(locale, msgid, msgstr) == []


def test_one_finding_where_the_works_turn_too() -> None:
    found = _opposites("ja", "A groundbreaking ceremony was held on December 5.",
                       "12月5日に竣工式を執り行いました。")  # fmt: skip
    assert len(found) == 1
