"""PR404 on a fashion release's product list: whom a garment is for ('ウィメンズ' as
"men's", '여성' as '남성') and its colours ('アイボリー' as 'Navy', '네이비' as '블루') given
otherwise keep every price and size, so only these words tell. The same line or colour in
another language's word ('ネイビー' as '남색', 'オフホワイト' as 'off-white'), a unisex
garment said for men and women, a colour only dropped or added, and words that merely
hold a colour ('青山', '赤字', '아이스크림', 'グリーンボンド') stay silent."""

from __future__ import annotations

import pytest
from catalog_support import translation_findings

from prlocalize.catalog.apparel import apparel_changes

SKIRT = "HANOK Wrap Skirt（ウィメンズ）：35,200円／サイズ：XS、S、M／カラー：ネイビー"
COAT = "WIND-LAYER Coat（メンズ）：88,000円／カラー：チャコール、アイボリー"
KO_COAT = "WIND-LAYER Coat(남성): 88,000엔 / 컬러: 차콜, 아이보리"
EN_SHIRT = "Seam Line Shirt (unisex): ¥19,800 / Colors: Black, Off White"


def _pr404(locale: str, msgid: str, msgstr: str) -> list[str]:
    return [f.message for f in translation_findings(locale, msgid, msgstr) if f.code == "PR404"]


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("en", SKIRT, "HANOK Wrap Skirt (women's): ¥35,200 / Sizes: XS, S, M / Color: Navy"),
        ("en", SKIRT, "HANOK Wrap Skirt (Ladies'): ¥35,200 / Sizes: XS, S, M / Color: navy blue"),
        ("ko", SKIRT, "HANOK Wrap Skirt(여성용): 35,200엔 / 사이즈: XS, S, M / 컬러: 남색"),
        ("en", COAT, "WIND-LAYER Coat (men’s): ¥88,000 / Colors: Charcoal, Ivory"),
        ("en", COAT, "WIND-LAYER Coat (menswear): ¥88,000 / Colors: charcoal gray, ivory"),
        (
            "ja",
            KO_COAT,
            "WIND-LAYER Coat（メンズ）：88,000円／カラー：チャコールグレー、オフホワイト",
        ),
        ("ja", EN_SHIRT, "Seam Line Shirt（男女兼用）：19,800円／カラー：ブラック、オフホワイト"),
        ("ko", EN_SHIRT, "Seam Line Shirt(남녀공용): 19,800엔 / 컬러: 블랙, 오프화이트"),
        # a colour left out or added alone is an edit, not a colour changed
        ("en", COAT, "WIND-LAYER Coat (men's): ¥88,000 / Color: Charcoal"),
        # unisex said as for men and women
        ("en", "ユニセックスで展開します。", "It comes in men's and women's sizes."),
        # words that hold a colour or a line name none
        (
            "en",
            "KAZENE 青山本店で赤字覚悟のセール。",
            "A sale at KAZENE Aoyama Flagship, at a loss, in navy.",
        ),
        (
            "ko",
            "グリーンボンドを発行し、女性管理職を増やす。",
            "녹색채권을 발행하고 여성 관리자를 늘린다.",
        ),
        ("ja", "아이스크림을 그린다.", "アイスクリームを描く。"),
    ],
)
def test_same_line_and_colour(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr", "said", "given"),
    [
        (
            "en",
            SKIRT,
            "HANOK Wrap Skirt (men's): ¥35,200 / Sizes: XS, S, M / Color: Navy",
            "ウィメンズ",
            "men's",
        ),
        (
            "ko",
            SKIRT,
            "HANOK Wrap Skirt(남성): 35,200엔 / 사이즈: XS, S, M / 컬러: 네이비",
            "ウィメンズ",
            "남성",
        ),
        (
            "ko",
            SKIRT,
            "HANOK Wrap Skirt(여성): 35,200엔 / 사이즈: XS, S, M / 컬러: 블루",
            "ネイビー",
            "블루",
        ),
        (
            "en",
            COAT,
            "WIND-LAYER Coat (men's): ¥88,000 / Colors: Charcoal, Navy",
            "アイボリー",
            "Navy",
        ),
        (
            "ja",
            KO_COAT,
            "WIND-LAYER Coat（レディース）：88,000円／カラー：チャコール、アイボリー",
            "남성",
            "レディース",
        ),
        (
            "ja",
            EN_SHIRT,
            "Seam Line Shirt（キッズ）：19,800円／カラー：ブラック、オフホワイト",
            "unisex",
            "キッズ",
        ),
        (
            "ko",
            EN_SHIRT,
            "Seam Line Shirt(유니섹스): 19,800엔 / 컬러: 블랙, 베이지",
            "Off White",
            "베이지",
        ),
    ],
)
def test_line_or_colour_changed(
    locale: str, msgid: str, msgstr: str, said: str, given: str
) -> None:
    messages = _pr404(locale, msgid, msgstr)
    assert any(f"'{said}'" in m and f"'{given}'" in m for m in messages), messages


def test_a_source_without_either_is_read_once() -> None:
    memo: dict[str, object] = {}
    assert apparel_changes("売上高は前年比3%増えた。", "Navy coats sold well.", memo=memo) == []
    assert apparel_changes("売上高は前年比3%増えた。", "Men's coats sold well.", memo=memo) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "en",
            "カラーはオフホワイトとライトグレーの2色です。",
            "Available in off-white and light grey.",
        ),
        (
            "ko",
            "カラーはオフホワイトとライトグレーの2色です。",
            "컬러는 오프 화이트와 라이트 그레이다.",
        ),
        ("en", "ブラック、ホワイト、ネイビーの3色展開。", "In black, white and navy."),
        ("ja", "블랙과 화이트 2가지 색상으로 출시된다.", "ブラックとホワイトで発売する。"),
    ],
)
def test_colours_listed_for_their_count(locale: str, msgid: str, msgstr: str) -> None:
    assert _pr404(locale, msgid, msgstr) == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        # two colours named for three: the count is missing
        ("en", "ブラック、ホワイト、ネイビーの3色展開。", "In black and white."),
        # a count of styles is no count of colours
        ("en", "ブラックとホワイトの2型。", "In black and white."),
    ],
)
def test_a_count_the_colours_do_not_make_is_missing(locale: str, msgid: str, msgstr: str) -> None:
    assert any("missing" in m for m in _pr404(locale, msgid, msgstr))
