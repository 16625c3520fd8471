"""PR410 on a limit a notice writes after its figure ('300万株（上限）', '50億円を上限として',
'300만 주(상한)'), as a buyback's shares and amount are set: a translation that gives the
figure without 'up to', 'maximum' or '上限' states the limit as the number to be bought."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

SHARES = (
    "取得し得る株式の総数：300万株（上限）（発行済株式総数（自己株式を除く）に対する割合 3.2％）"
)
AMOUNT = "株式の取得価額の総額：50億円を上限とします。"
SHARES_KO = "취득 예정 주식 수는 보통주 300만 주(상한)이다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SHARES,
            "Total number of shares that may be acquired: 3,000,000 shares (3.2% of "
            "shares outstanding, excluding treasury shares)",
        ),
        ("ko", SHARES, "취득 가능한 주식의 총수: 300만 주(발행주식총수 대비 3.2%)"),
        ("en", AMOUNT, "Total acquisition cost: 5 billion yen"),
        ("ja", SHARES_KO, "取得予定株式数は普通株式300万株です。"),
    ],
)
def test_the_limit_dropped(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            SHARES,
            "Total number of shares that may be acquired: Up to 3,000,000 shares (3.2% "
            "of shares outstanding, excluding treasury shares)",
        ),
        (
            "ko",
            SHARES,
            "취득 가능한 주식의 총수: 300만 주(상한)(발행주식총수 대비 3.2%)",
        ),
        ("en", AMOUNT, "Total acquisition cost: 5 billion yen (maximum)"),
        ("en", AMOUNT, "Total acquisition cost: A maximum of 5 billion yen"),
        ("ja", SHARES_KO, "取得予定株式数は普通株式300万株（上限）です。"),
        ("en", SHARES_KO, "The company plans to acquire up to 3 million common shares."),
        # a figure with no limit beside it stays unread
        ("en", "取得価額の総額：50億円", "Total acquisition cost: 5 billion yen"),
    ],
)
def test_the_limit_kept(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
