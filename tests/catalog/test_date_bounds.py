"""PR404 on a date a release bounds: '9月18日以降に発送' is 'from September 18', and a
translation saying 'before September 18' (or 'until', 'prior to', in either order of day
and month) tells customers the opposite. A date said the same way, or a date the
translation bounds where the source does not, is left alone."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

SHIP = "予約商品は9月18日以降に順次発送します。"
KO_SHIP = "예약 상품은 9월 18일 이후 순차적으로 발송된다."
BEFORE = "Orders placed before October 4 ship within three days."


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SHIP, "Pre-ordered items will ship in turn from September 18."),
        ("en", SHIP, "Pre-ordered items will ship from 18 September onwards."),
        ("en", SHIP, "Pre-orders ship on or after Friday, Sept. 18."),
        ("en", KO_SHIP, "Pre-ordered items will be shipped after September 18."),
        ("ja", BEFORE, "10月4日より前のご注文は3日以内に発送します。"),
        ("ko", BEFORE, "10월 4일 이전 주문은 3일 이내에 발송한다."),
        ("ja", "Pre-orders ship after October 1.", "予約商品は10月1日以後に発送します。"),
        # the source bounds no date: its range is not judged
        (
            "en",
            "9月4日から9月10日まで予約を受け付けます。",
            "Pre-orders open from September 4 until September 10.",
        ),
        # 'by' with no month is no date
        ("en", "売上高は18%以上増えた。", "Sales grew by 18% or more."),
    ],
)
def test_same_bound(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "found"),
    [
        (
            "en",
            SHIP,
            "Pre-ordered items will ship in turn before September 18.",
            "before September 18",
        ),
        ("en", SHIP, "Pre-ordered items ship prior to 18 Sept.", "prior to 18 Sept."),
        (
            "en",
            KO_SHIP,
            "Pre-ordered items will be shipped until September 18.",
            "until September 18",
        ),
        ("ja", BEFORE, "10月4日以降のご注文は3日以内に発送します。", "4日以降"),
        ("ko", BEFORE, "10월 4일 이후 주문은 3일 이내에 발송한다.", "4일 이후"),
        (
            "ja",
            "Pre-orders ship after October 1.",
            "予約商品は10月1日より前に発送します。",
            "1日より前",
        ),
    ],
)
def test_bound_turned(locale: str, msgid: str, msgstr: str, found: str) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{found}'" in m and "the other way" in m for m in messages), messages
