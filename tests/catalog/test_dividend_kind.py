"""PR404 on a dividend named as another in the translation: a year-end dividend as
'中間配当' (interim), a quarterly one as '期末配当' or 'year-end dividend'. The amount is
the same; the payment is another. A dividend the translation leaves unnamed, or names
besides the source's, is not judged."""

from __future__ import annotations

import pytest
from catalog_support import translation_codes

YEAR_END = "Minase Textiles plans a year-end dividend of ¥32 per share."
QUARTERLY = "이사회는 1주당 300원의 분기 배당을 결의했다."


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", YEAR_END, "水無瀬テキスタイルは、1株当たり32円の中間配当を予定しています。"),
        ("en", QUARTERLY, "The board approved a year-end dividend of KRW 300 per share."),
        ("ja", QUARTERLY, "取締役会は1株当たり300ウォンの期末配当を決議した。"),
    ],
)
def test_another_dividend(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == ["PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("ja", YEAR_END, "水無瀬テキスタイルは、1株当たり32円の期末配当を予定しています。"),
        ("ko", YEAR_END, "미나세텍스타일은 주당 32엔의 결산 배당을 계획하고 있다."),
        ("en", QUARTERLY, "The board approved a quarterly dividend of KRW 300 per share."),
        ("en", QUARTERLY, "The board approved a dividend of KRW 300 per share."),
        (
            "en",
            "年間配当は、中間配当30円と期末配当32円を合わせて62円となります。",
            "The annual dividend will be ¥62, with an interim dividend of ¥30 and a final "
            "dividend of ¥32.",
        ),
    ],
)
def test_the_same_dividend(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []


# an interim dividend named by its quarter's end ('第2四半期末配当') or its half ('반기 배당')
@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "第2四半期末配当は1株当たり20円とします。",
            "The interim (second-quarter-end) dividend will be ¥20 per share.",
        ),
        ("ko", "The interim dividend will be ¥20 per share.", "반기 배당은 주당 20엔이다."),
    ],
)
def test_an_interim_dividend_named_otherwise(locale: str, msgid: str, msgstr: str) -> None:
    assert translation_codes(locale, msgid, msgstr, with_info=False) == []
