"""Japanese (or Korean) text extracted from a PDF with a space between every character
('北 陽 大 学 は 、 2 0 2 4 年'), as some PDF tools and old typesetters' files give it: the
release reads as written, its figures whole, and a wider gap is the one space the text
writes (between a family and a given name). Text whose words are only short is left as
it is."""

from __future__ import annotations

from prlocalize.readers import parse_text

SPACED = """霧 島 県 農 業 試 験 場   報 道 発 表

霧 島 県 農 業 試 験 場 、 暑 さ に 強 い 水 稲 の 新 品 種 を 開 発

霧 島 県 農 業 試 験 場 は 、 2 0 2 5 年 8 月 2 6 日 、 猛 暑 で も 品 質 が
落 ち に く い 水 稲 の 新 品 種 「 霧 の 雫 」 を 開 発 し た と 発 表 し ま し た 。
育 種 を 担 当 し た の は 研 究 員 の 大 槻   美 咲 で す 。

1 / 2
霧 島 県 農 業 試 験 場   報 道 発 表

2 0 2 6 年 春 か ら 県 内 の 約 3 0 0 戸 の 農 家 が 栽 培 を 始 め ま す 。

2 / 2
"""


def _segments(text: str, lang: str) -> list[str]:
    doc = parse_text(text, path="r.txt", format="text", lang=lang)
    return [s.plain for s in doc.segments()]


def test_letter_spaced_japanese_reads_as_written() -> None:
    assert _segments(SPACED, "ja") == [
        "霧島県農業試験場、暑さに強い水稲の新品種を開発",
        "霧島県農業試験場は、2025年8月26日、猛暑でも品質が落ちにくい水稲の新品種「霧の雫」"
        "を開発したと発表しました。",
        "育種を担当したのは研究員の大槻 美咲です。",
        "2026年春から県内の約300戸の農家が栽培を始めます。",
    ]


def test_each_character_still_points_into_the_file() -> None:
    doc = parse_text(SPACED, path="r.txt", format="text", lang="ja")
    name = next(s for s in doc.segments() if "大槻" in s.plain)
    at = name.plain.index("大槻")
    assert SPACED[name.source_offset(at)] == "大"


def test_letter_spaced_korean_reads_as_written() -> None:
    text = "한 빛 생 명 은   부 산 에   디 지 털 센 터 를   열 었 다 .\n"
    assert _segments(text, "ko") == ["한빛생명은 부산에 디지털센터를 열었다."]


def test_text_of_short_words_is_left_as_written() -> None:
    """A roster's names, a label spaced to a column's width and Korean prose keep their
    spaces: few of their words are one character long, or too few to say."""
    roster = "司会 山田 花子\n\n氏 名　大槻 美咲\n"
    assert _segments(roster, "ja") == ["司会 山田 花子", "氏 名\u3000大槻 美咲"]
    ko = "오늘 서울 날씨는 맑고 낮 최고 기온은 25도로 예상된다고 기상청이 밝혔다."
    assert _segments(ko + "\n", "ko") == [ko]
