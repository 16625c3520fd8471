"""The same rules on Japanese and Korean releases, with the bundled glossary's ja/ko forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from prlocalize.checking import check_document
from prlocalize.glossary.io import load_glossaries
from prlocalize.glossary.matcher import TermMatcher
from prlocalize.glossary.model import Glossary
from prlocalize.readers import parse_text
from prlocalize.rules.registry import select_rules

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossaries([REPO / "glossaries"])


def findings(glossary: Glossary, text: str, lang: str) -> list[tuple[str, str, str | None]]:
    document = parse_text(text, path=f"release.{lang}.txt", format="text", lang=lang)
    matcher = TermMatcher.build(glossary, lang)
    rules = select_rules(target="source")
    return [
        (f.code, f.found, f.suggestion) for f in check_document(document, glossary, matcher, rules)
    ]


def test_misspelt_katakana_name_is_a_near_miss(glossary: Glossary) -> None:
    text = "湘南ヘルスイノベーシヨンパークで会議が開かれました。\n"
    assert findings(glossary, text, "ja") == [
        ("PR102", "ヘルスイノベーシヨンパーク", "ヘルスイノベーションパーク")
    ]


def test_half_width_katakana_company_name_is_fixed_safely(glossary: Glossary) -> None:
    text = "ｱｲﾊﾟｰｸｲﾝｽﾃｨﾁｭｰﾄ株式会社は2023年に設立されました。\n"
    result = findings(glossary, text, "ja")
    assert result == [("PR102", "ｱｲﾊﾟｰｸｲﾝｽﾃｨﾁｭｰﾄ株式会社", "アイパークインスティチュート株式会社")]


def test_hangul_and_english_sentence_in_japanese_release(glossary: Glossary) -> None:
    text = (
        "詳細は여기에서ご確認ください。\n\n"
        "The company was established in 2023 with major shareholders from the industry.\n"
    )
    codes = [(code, found) for code, found, _ in findings(glossary, text, "ja")]
    assert codes == [
        ("PR204", "여기에서"),  # a Korean link word: an untranslated link, reported once
        ("PR201", "The company was established in 2023 with major shareholders from the industry"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "No new safety signals were identified.",
        "Its price has not been set yet.",
        "Patients should not drive after taking it.",
    ],
)
def test_a_short_english_sentence_is_known_by_its_grammar_words(
    glossary: Glossary, sentence: str
) -> None:
    """A sentence left in English among Japanese ones, though it holds one or none of
    'the', 'of', 'is': its pronouns, auxiliaries and negation make it one."""
    text = f"本日、新しい治療薬の試験結果を発表しました。{sentence}\n"
    assert [(code, found) for code, found, _ in findings(glossary, text, "ja")] == [
        ("PR201", sentence.rstrip("."))
    ]


def test_an_english_name_or_title_is_no_sentence(glossary: Glossary) -> None:
    text = "講演テーマは「Do More With Less」です。本日No Limits Tour 2027を発表しました。\n"
    assert findings(glossary, text, "ja") == []


def test_japanese_stray_punctuation(glossary: Glossary) -> None:
    assert findings(glossary, "本日発表しました、。\n", "ja") == [("PR301", "、。", "。")]


def test_a_doubled_full_stop_after_hangul_or_a_digit(glossary: Glossary) -> None:
    assert findings(glossary, "가격은 1000원이다..\n", "ko") == [("PR301", "..", ".")]
    assert findings(glossary, "Version 2.. is out.\n", "en") == [("PR301", "..", ".")]
    # with a space before it, as an edit leaves it
    assert findings(glossary, "공모한다고 밝혔다 ..\n", "ko") == [("PR301", " ..", ".")]
    assert findings(glossary, "It was approved ..\n", "en") == [("PR301", " ..", ".")]
    assert findings(glossary, "It was approved ... and see ../up.\n", "en") == []
    # an ellipsis, a range, a path: none
    assert findings(glossary, "Pages 1..5 and ../up and 3.... wait.\n", "en") == []


def test_kana_in_korean_release(glossary: Glossary) -> None:
    text = "아이파크 인스티튜트는 こちら 에서 확인할 수 있습니다.\n"
    assert [(c, f) for c, f, _ in findings(glossary, text, "ko")] == [("PR204", "こちら")]
    text = "아이파크 인스티튜트는 ありがとう 라고 말했습니다.\n"
    assert [(c, f) for c, f, _ in findings(glossary, text, "ko")] == [("PR201", "ありがとう")]


def test_clean_korean_release(glossary: Glossary) -> None:
    text = (
        "아이파크 인스티튜트는 2023년에 설립되었으며 쇼난 아이파크를 운영하고 있다.\n\n"
        "중소벤처기업부 장관은 한일 협력의 중요성을 강조했다. 자세한 내용은 "
        "https://www.mss.go.kr 에서 확인할 수 있다.\n"
    )
    assert findings(glossary, text, "ko") == []


def test_english_section_in_japanese_release_is_allowed(glossary: Glossary) -> None:
    text = (
        "本日、新しい研究棟を開設しました。\n\n"
        "This press release contains forward-looking statements. Actual results may differ "
        "from those in the statements. The company does not undertake to update them.\n"
    )
    assert findings(glossary, text, "ja") == []


def test_misspelt_hangul_name_is_a_near_miss(glossary: Glossary) -> None:
    text = "아이파크 인스티튜드 관계자들이 행사를 주최했다.\n"
    assert findings(glossary, text, "ko") == [("PR102", "인스티튜드", "인스티튜트")]


def test_a_name_near_miss_needs_another_word_of_that_name(glossary: Glossary) -> None:
    """'Otsuki Holdings' is another company; 'Otsuki Pharmaceutical' misspells 'Otsuka'."""
    text = "Otsuki Holdings joined, and so did Otsuki Pharmaceutical.\n"
    assert findings(glossary, text, "en") == [("PR102", "Otsuki", "Otsuka")]
