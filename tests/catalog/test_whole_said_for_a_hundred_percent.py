"""PR404 on a source's 100 percent that a translation says as the whole: a subsidiary
'100% 출자' or '100%子会社' is 'wholly funded', 'wholly owned', '全額出資', '전액 출자';
'100% of the shares' is '全株式'. Another figure in its place is still reported."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "신설 법인의 자본금은 200억 원이며, 회사가 지분 100%를 출자한다.",
            "The new company will have capital of KRW 20 billion, wholly funded by the Company.",
        ),
        ("en", "同社は当社の100%子会社です。", "It is a wholly owned subsidiary of the Company."),
        (
            "ja",
            "The Company will hold 100% of the new entity's shares.",
            "新会社の全株式は当社が保有します。",
        ),
        ("ko", "新会社には当社が100％出資します。", "신설 법인은 회사가 전액 출자한다."),
        ("ja", "신설 법인은 회사가 100% 출자한다.", "新会社には当社が全額出資します。"),
    ],
)
def test_the_whole_for_a_hundred_percent_is_no_finding(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "신설 법인은 회사가 100% 출자한다.",
            "The Company will fund 51% of the new company.",
        ),
        ("ja", "The Company will open 100 stores.", "当社はすべての店舗を開きます。"),
    ],
)
def test_another_figure_or_a_count_said_as_all_is_reported(
    locale: str, msgid: str, msgstr: str
) -> None:
    assert "PR404" in translation_codes(locale, msgid, msgstr, with_info=False)
