"""PR410 on a limit dropped from a figure in a sentence that also has a date range: the
'まで' or '까지' that closes the dates does not keep the limit of 'up to 2,000,000
shares'; a word of a limit beside the figure ('最大', '上限として', '최대') does."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

BUYBACK = (
    "Ogura Steel will repurchase up to 2,000,000 of its shares between May 10, 2027 and "
    "August 31, 2027."
)


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ja",
            "小倉製鋼は、2027年5月10日から2027年8月31日までの期間に、自己株式2,000,000株を取得します。",
        ),
        ("ko", "오구라제강은 2027년 5월 10일부터 8월 31일까지 자사주 200만 주를 매입한다."),
    ],
)
def test_the_limit_dropped_beside_dates(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, BUYBACK, msgstr, with_info=False) == ["PR410"]


@pytest.mark.parametrize(
    ("locale", "msgstr"),
    [
        (
            "ja",
            "小倉製鋼は、2027年5月10日から2027年8月31日までの期間に、自己株式2,000,000株を上限として取得します。",
        ),
        (
            "ja",
            "小倉製鋼は、2027年5月10日から2027年8月31日までの期間に、最大2,000,000株の自己株式を取得します。",
        ),
        ("ko", "오구라제강은 2027년 5월 10일부터 8월 31일까지 자사주를 최대 200만 주 매입한다."),
    ],
)
def test_the_limit_kept_beside_dates(locale: str, msgstr: str) -> None:
    assert translation_codes(locale, BUYBACK, msgstr, with_info=False) == []


def test_a_korean_ceiling_keeps_the_limit() -> None:
    msgstr = "오구라제강은 2027년 5월 10일부터 8월 31일까지 200만 주 한도 내에서 자사주를 매입한다."
    assert translation_codes("ko", BUYBACK, msgstr, with_info=False) == []


def test_a_limit_before_a_currency_code() -> None:
    msgid = "수요예측 결과에 따라 최대 2,500억 원까지 증액할 수 있다."
    msgstr = "Depending on demand, the issue may be increased to as much as KRW 250 billion."
    assert translation_codes("en", msgid, msgstr, with_info=False) == []
