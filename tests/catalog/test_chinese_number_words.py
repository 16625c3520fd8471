"""PR404 on figures a Chinese translation counts in its own number words: Simplified
Chinese writes 亿 for 億 and Traditional 萬 for 万, the same scales ('3.5 billion won'
is '35亿韩元' and '35億韓元'); a scale slipped ('3.5万' for 3.5 billion) is still a
changed figure."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

FUNDING = "The fund raised 3.5 billion won from 240 investors."
BUDGET = "市は来年度、防災事業に48億6000万円を計上する。"
VISITORS = "展示会には延べ12万3000人が来場した。"


def _codes(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [c for c in translation_codes(locale, msgid, msgstr) if c == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_Hans", FUNDING, "该基金从240名投资者处募集了35亿韩元。"),
        ("zh_Hant", FUNDING, "該基金向240名投資人募得35億韓元。"),
        ("zh_Hans", BUDGET, "该市将在下一财年为防灾项目编列48亿6000万日元。"),
        ("zh_Hans", BUDGET, "该市将在下一财年为防灾项目编列48.6亿日元。"),
        ("zh_Hant", VISITORS, "展覽會累計有12萬3000人次參觀。"),
        ("zh_Hans", VISITORS, "展会累计有12.3万人次参观。"),
    ],
)
def test_the_same_figure_in_chinese_number_words(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_Hans", FUNDING, "该基金从240名投资者处募集了3.5亿韩元。"),
        ("zh_Hans", FUNDING, "该基金从240名投资者处募集了35万韩元。"),
        ("zh_Hant", FUNDING, "該基金向240名投資人募得35萬韓元。"),
        ("zh_Hans", BUDGET, "该市将在下一财年为防灾项目编列48万6000日元。"),
    ],
)
def test_a_scale_slipped(locale: str, msgid: str, msgstr: str) -> None:
    assert _codes(locale, msgid, msgstr) == ["PR404"]


PRICE = "新モデルの価格は4万5000円です。"
GRANT = "The city will provide a grant of $2.5 million."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "codes"),
    [
        ("zh_Hans", PRICE, "新款车型售价4万5000日元。", []),
        ("zh_Hant", PRICE, "新款車型售價4萬5000日圓。", []),
        ("zh_Hans", PRICE, "新款车型售价4万5000美元。", ["PR404"]),
        ("zh_Hant", GRANT, "該市將提供250萬美元的補助。", []),
        ("zh_Hant", GRANT, "該市將提供250萬日圓的補助。", ["PR404"]),
        ("zh_Hans", GRANT, "该市将提供250万韩元的补助。", ["PR404"]),
    ],
)
def test_currency_in_chinese_words(locale: str, msgid: str, msgstr: str, codes: list[str]) -> None:
    assert _codes(locale, msgid, msgstr) == codes
