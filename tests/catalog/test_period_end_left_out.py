"""PR404: a translation that keeps a period's start date and leaves out its end
('2027年1月15日から2027年7月31日まで' as 'from January 15, 2027', '7월 31일까지' dropped)
turns a closed period open: an error, not a routine date left out (PR409, information).
A period left out whole, or ended by its month's end ('until the end of July'), is not."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

RECALL_JA = "返品の受付期間は2027年1月15日（金）から2027年7月31日（土）までです。"
BATCH_JA = "2026年8月から2026年11月までに製造した加湿器が対象です。"
OFFER_EN = "Vouchers can be redeemed from April 5 to May 4, 2027, at all branches."
TWO_OPENINGS_EN = "The store opens on April 5, 2027. A second opens May 4, 2027."
WINDOW_KO = "교환 신청은 2027년 3월 2일부터 4월 30일까지 받는다."


def _codes(locale: str, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.name) for f in translation_findings(locale, msgid, msgstr)]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RECALL_JA, "Returns are accepted from Friday, January 15, 2027."),
        ("ko", RECALL_JA, "반품 접수 기간은 2027년 1월 15일(금)부터다."),
        ("en", BATCH_JA, "The recall covers humidifiers manufactured in August 2026."),
        ("ja", OFFER_EN, "引換券は2027年4月5日から全支店でご利用いただけます。"),
        ("en", WINDOW_KO, "Exchange requests are accepted from March 2, 2027."),
        ("ja", "The festival runs June 2-4, 2027.", "祭りは2027年6月2日に開催されます。"),
    ],
)
def test_period_end_left_out_is_an_error(locale: str, msgid: str, msgstr: str) -> None:
    assert ("PR404", "ERROR") in _codes(locale, msgid, msgstr)


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", RECALL_JA, "Returns are accepted from January 15 to July 31, 2027."),
        ("ko", RECALL_JA, "반품 접수 기간은 2027년 1월 15일(금)부터 7월 31일(토)까지다."),
        ("en", BATCH_JA, "Humidifiers made between August and November 2026 are covered."),
        ("ko", BATCH_JA, "2026년 8~11월에 제조된 가습기가 대상이다."),
        ("en", RECALL_JA, "Returns are accepted from January 15, 2027 until the end of July."),
        ("en", WINDOW_KO, "Exchange requests are accepted until April 30, 2027."),
        ("ja", TWO_OPENINGS_EN, "2027年4月5日に開店します。"),
    ],
)
def test_period_kept_or_not_a_period_is_no_error(locale: str, msgid: str, msgstr: str) -> None:
    assert ("PR404", "ERROR") not in _codes(locale, msgid, msgstr)
