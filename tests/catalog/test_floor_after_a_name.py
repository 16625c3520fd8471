"""PR404 on a floor glued to a venue's Latin name in Japanese ('코엑스 3층' as 'COEX3階'): the
number is the floor, not the digits of a designation such as 'CO2' or 'PM2.5'."""

from __future__ import annotations

from catalog_support import translation_findings

HALL = "행사는 코엑스 3층 E홀에서 열린다."


def _numbers(msgstr: str) -> list[str]:
    return [f.message for f in translation_findings("ja", HALL, msgstr) if f.code == "PR404"]


def test_the_floor() -> None:
    assert _numbers("イベントはCOEX3階Eホールで開催される。") == []


def test_another_floor() -> None:
    assert _numbers("イベントはCOEX4階Eホールで開催される。")
