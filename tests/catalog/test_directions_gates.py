"""The gates of catalog.directions: a sentence they turn away holds nothing the patterns
behind them would read, so the gated functions say what the patterns alone say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from prlocalize.catalog import directions
from prlocalize.catalog.figures import normal_text

DIGITS = ["3", "12", "0.6", "1,250", "３", "１２．５", "٣"]
SPACES = ["", " ", "\u3000", "\u00a0", "\t"]
UNITS = [
    "%", "％", "%p", "％ｐ", "% 포인트", "%ポイント", "percent", "ｐercent", "per cent",
    "percentage points", "points", "pts", "pp", "パーセント", "パーセントポイント", "ポイント",
    "퍼센트", "퍼센트 포인트", "포인트", "P", "pct",
]  # fmt: skip
CHANGES = [
    "rose", "fell", "増", "減", "증가", "감소", "an increase of", "down", "の増加", " 상승",
    "revised upward its forecast", "REVISED DOWNWARD", "上方修正", "下方に修正", "상향 조정",
    "하향수정", "raised its guidance", "Lowered the outlook", "cut its forecast",
    "reducing our projections", "Ｒevised up", "uPWARD REVISION",
]  # fmt: skip
BOUNDS = [
    "以上", "超", "を超え", "以下", "未満", "以内", "이상", "초과", "넘는", "이하", "미만", "이내",
    "最低", "最大", "上限", "최소", "최대", "at least ", "More than ", "up to ", "UNDER ",
    "a maximum of ", "capped at ", " or more", " OR LESS", " and above", "upwards of ",
    "no fewer than ", "人", "日", "件", "％", "ｏｒ ｍｏｒｅ",
]  # fmt: skip
FILLER = ["Net sales ", " year on year", "売上高は", " 매출은 ", ", ", "。", " to ¥5 billion", "の"]

pieces = st.sampled_from(DIGITS + SPACES + UNITS + CHANGES + BOUNDS + FILLER)
sentences = st.lists(pieces, max_size=12).map("".join)


def _percent_read(text: str) -> bool:
    return bool(directions._PERCENT.search(normal_text(text)))


def _unit_read(text: str) -> bool:
    return bool(directions._UNIT.search(normal_text(text)))


@given(sentences)
def test_no_percentage_or_unit_is_turned_away(text: str) -> None:
    if _percent_read(text) or _unit_read(text):
        assert directions._UNIT_GATE.search(text) is not None, text


@given(sentences)
def test_no_revision_is_turned_away(text: str) -> None:
    if directions._REVISION_UP.search(text) or directions._REVISION_DOWN.search(text):
        assert directions._REVISION_GATE.search(text) is not None, text


@given(sentences, sentences)
def test_the_gated_readings_are_the_patterns_readings(source: str, target: str) -> None:
    assert directions.directions(source) == directions._directions(source, directions._PERCENT)
    up, down = directions._REVISION_UP.search(source), directions._REVISION_DOWN.search(source)
    if (up is None) == (down is None):
        assert directions._revision(source) is None
    else:
        found = up or down
        assert found is not None
        assert directions._revision(source) == (up is not None, found[0])
    directions.flips(source, target)  # no error on any mix
    directions.points_as_percent(source, target)


@given(sentences)
def test_the_bounds_read_are_what_every_pattern_reads(text: str) -> None:
    every = [pattern for pattern, _words in directions._BOUND_PATTERNS]
    assert directions._bounds(text) == directions._bounds_read(text, normal_text(text), every)


def test_every_bound_word_beside_every_figure_is_read_as_without_the_gate() -> None:
    every = [pattern for pattern, _words in directions._BOUND_PATTERNS]
    for word in BOUNDS:
        for digit in DIGITS:
            for text in (f"{word}{digit}", f"{digit}{word}", f"{digit} {word}", f"{digit}% {word}"):
                expected = directions._bounds_read(text, normal_text(text), every)
                assert directions._bounds(text) == expected, text


def test_every_unit_after_every_figure_passes_the_gate() -> None:
    for unit in UNITS:
        for digit in DIGITS:
            for space in SPACES:
                text = f"{digit}{space}{unit}"
                if _percent_read(text) or _unit_read(text):
                    assert directions._UNIT_GATE.search(text) is not None, text


def test_sentences_the_gates_pass_and_turn_away() -> None:
    assert directions.directions("Net sales rose 8.4% to ¥523.6 billion.")
    assert directions.directions("売上高は前年同期比８．４％増")
    assert directions.directions("Sales were up in every region.") == {}
    assert directions._revision("The Company revised upward its full-year forecast.")
    assert directions._revision("当社は通期業績予想を上方修正しました。")
    assert directions._revision("The plant opened in Osaka in April.") is None
    assert directions._bounds("配当性向40%以上を目指す")
    assert directions._bounds("at least 30 days")
    assert directions._bounds("Net sales rose 8.4% to ¥523.6 billion.") == {}


MULTIPLES = ["倍", "배", "times", "-fold", "倍に", "배로", " times"]
multiple_pieces = st.sampled_from(DIGITS + SPACES + MULTIPLES + CHANGES + FILLER)


@given(st.lists(multiple_pieces, max_size=10).map("".join))
def test_no_multiple_is_turned_away(text: str) -> None:
    if directions._TIMES.search(normal_text(text)):
        assert directions._TIMES_GATE.search(text) is not None, text
    assert directions.times_directions(text) == (
        directions._directions(text, directions._TIMES)
        if directions._TIMES_GATE.search(text)
        else {}
    )
