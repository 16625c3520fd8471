"""A merged team sheet names people, places and brands with forms that are also pieces of
Japanese and Korean words: the brand 'スマート' inside 'スマートフォン', the place '京都'
inside '東京都', the person '森' inside '森林', a one-syllable family name '한' that is the
determiner 'one'. Such a match is no name: the matcher leaves it out, so extract writes no
hint and PR401 asks for no approved form there. The name itself is still found."""

from __future__ import annotations

import pytest

from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Entry, Glossary, Kind, Term


def _entry(entry_id: str, kind: Kind, en: str, ja: str, ko: str) -> Entry:
    return Entry(entry_id, kind, {"en": Term(en), "ja": Term(ja), "ko": Term(ko)})


SHEET = Glossary(
    [
        _entry("brand:smart", Kind.BRAND, "Smart", "スマート", "스마트"),
        _entry("brand:won", Kind.BRAND, "Wonder One", "ワンダーワン", "원"),
        _entry("place:kyoto", Kind.PLACE, "Kyoto", "京都", "교토"),
        _entry("place:chuo", Kind.PLACE, "Chuo", "中央", "중앙"),
        _entry("person:mori", Kind.PERSON, "Mori", "森", "모리"),
        _entry("person:hayashi", Kind.PERSON, "Hayashi", "林", "하야시"),
        _entry("person:han", Kind.PERSON, "Han", "韓", "한"),
        _entry("title:president", Kind.TITLE, "President", "社長", "대표"),
        _entry("title:ceo", Kind.TITLE, "CEO", "最高経営責任者", "사장"),
        _entry("term:smart-factory", Kind.TERM, "Smart Factory", "スマート工場", "스마트공장"),
    ]
)


def _found(locale: str, text: str) -> list[str]:
    return [m.entry.id for m in TermMatcher.build(SHEET, locale).find(text)]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ja", "スマートフォンで商品のバーコードを読み取ります。"),
        ("ja", "本社は東京都港区にあります。"),
        ("ja", "森林資源を活用した新素材を研究します。"),
        ("ko", "직원 한 사람 한 사람이 즐겁게 일하는 회사를 만들겠다."),
        ("ko", "가격은 89만 원부터다."),
        ("ko", "한편 회사는 중앙아시아 시장 진출도 검토하고 있다."),
        ("ko", "올해 한국 매출이 늘었다."),
        ("ko", "중앙고등학교 졸업생이다."),  # a school is not a court
    ],
)
def test_a_name_inside_a_longer_word_is_not_found(locale: str, text: str) -> None:
    assert not [i for i in _found(locale, text) if not i.startswith(("title:", "term:"))]


@pytest.mark.parametrize(
    ("locale", "text", "entry_id"),
    [
        ("ja", "スマートの新モデルを発表しました。", "brand:smart"),
        ("ja", "京都で記者会見を開きました。", "place:kyoto"),
        ("ja", "大阪市と京都市に店舗を出します。", "place:kyoto"),
        ("ja", "東京都中央区に本社を置きます。", "place:chuo"),  # an address runs on
        ("ja", "森氏が講演しました。", "person:mori"),
        ("ja", "森社長が登壇しました。", "person:mori"),  # a title of the sheet follows
        ("ko", "한 대표는 이렇게 말했다.", "person:han"),
        ("ko", "한씨는 이렇게 말했다.", "person:han"),
        ("ko", "한 본부장은 이렇게 말했다.", "person:han"),  # a title the sheet lacks
        ("ko", "스마트의 새 모델을 발표했다.", "brand:smart"),
        ("ko", "중앙에서 행사를 연다.", "place:chuo"),
        # a court or a prosecutors' office written against its city ends the city's name
        ("ko", "교토지방법원은 원고 승소 판결을 내렸다.", "place:kyoto"),
        ("ko", "교토고등법원은 항소를 기각했다.", "place:kyoto"),
        ("ko", "교토지검이 수사에 착수했다.", "place:kyoto"),
    ],
)
def test_the_name_itself_is_still_found(locale: str, text: str, entry_id: str) -> None:
    assert entry_id in _found(locale, text)


def test_titles_and_terms_glued_into_compounds_are_still_found() -> None:
    # Korean titles follow the organisation without a space ('회장' in '부회장' is the
    # homographs module's business), and a term heads compounds
    assert "title:ceo" in _found("ko", "그룹사장은 이렇게 말했다.")
    assert "term:smart-factory" in _found("ja", "スマート工場化を進めます。")


def _hints(lang: str, text: str) -> list[str]:
    from prlocalize.catalog.template import GlossaryHints

    return GlossaryHints(SHEET, ["en"])._find(text, lang)


def test_extract_gives_no_hint_for_a_word_and_one_for_the_name() -> None:
    assert _hints("ja", "スマートフォンで在庫を更新できます。") == []
    assert _hints("ko", "직원 한 사람 한 사람이 즐겁게 일한다.") == []
    assert _hints("ja", "京都で記者会見を開きました。") == ["京都 → en: Kyoto"]


def test_a_chinese_name_against_the_word_before_it_is_found() -> None:
    # Chinese has no kana particles: a name follows a title or a preposition directly
    sheet = Glossary(
        [
            Entry(
                "person:hirose",
                Kind.PERSON,
                {"ja": Term("広瀬彩香"), "zh_Hant": Term("廣瀨彩香"), "zh_Hans": Term("广濑彩香")},
            ),
            _entry("place:kyoto", Kind.PLACE, "Kyoto", "京都", "교토"),
        ]
    )
    found = TermMatcher.build(sheet, "zh_Hans").find("研发本部部长广濑彩香表示：量产准备顺利。")
    assert [m.entry.id for m in found] == ["person:hirose"]
    # the same name glued to kanji before it in Japanese is a piece of a longer word
    assert not TermMatcher.build(sheet, "ja").find("東京都の店舗です。")
