"""The PR404 readers skip what cannot match (a pattern of figures in a text without a digit,
an English month's part where none of its words is) and read what two readers ask of one
text once, and say the same as when they read everything every time."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog import deadlines, directions, month_parts, screens, units, weekdays
from prlocalize.catalog.screens import Screened


class _Counted:
    """A pattern that counts the texts it reads."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read: list[str] = []

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.pattern, name)
        if name not in ("search", "finditer", "match", "sub", "findall"):
            return found

        def counted(text: str, *args: Any, **kwargs: Any) -> Any:
            self.read.append(text)
            return found(text, *args, **kwargs)

        return counted


def _clear() -> None:
    screens.first_digit.cache_clear()
    units._measure_list.cache_clear()
    directions._units_read.cache_clear()
    directions._target_bounds.cache_clear()


@contextmanager
def _counting(monkeypatch: pytest.MonkeyPatch, *names: str) -> Iterator[dict[str, _Counted]]:
    modules = {"deadlines": deadlines, "directions": directions, "month_parts": month_parts,
               "units": units, "weekdays": weekdays}  # fmt: skip
    counted = {}
    for name in names:
        module, attribute = name.split(".")
        counted[name] = _Counted(getattr(modules[module], attribute))
        monkeypatch.setattr(modules[module], attribute, counted[name])
    _clear()
    try:
        yield counted
    finally:
        _clear()


def _readings(source: str, target: str) -> list[object]:
    _clear()
    return [
        deadlines.deadline_changes(source, target),
        month_parts.month_part_changes(source, target),
        directions.duration_unit_changes(source, target),
        directions.flips(source, target),
        directions.points_as_percent(source, target),
        directions.percent_as_points(source, target),
        weekdays.weekday_changes(source, target),
        weekdays.calendar_slips(source, target),
        weekdays.recurring_day_changes(source, target),
        units.unit_changes(source, target),
        units.signs_dropped(source, target),
        units.converted_starts(source, target),
    ]


@contextmanager
def _ungated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every digit gate and keyword screen of these readers opened."""
    for module in (deadlines, directions, month_parts, units, weekdays):
        # a digit at the start of every text: every pattern read, from the start
        monkeypatch.setattr(module, "first_digit", lambda text: 0)
    monkeypatch.setattr(Screened, "passes", lambda self, text: True)
    monkeypatch.setattr(Screened, "search", lambda self, text: self.pattern.search(text))
    _clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        _clear()


PLAIN = [
    ("The plant opens early next spring, and the board meets until the end of the week.",
     "工場は来春早々に開所し、取締役会は週末まで開かれます。"),
    ("Sales rose sharply in Europe, while the margin fell on Mondays.",
     "欧州で売上高が大きく伸び、月曜日は利益率が低下した。"),
    ("매출은 크게 늘었고 이익률은 하락했다.", "Sales grew strongly and the margin fell."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target"), PLAIN)
def test_a_pair_without_digits_is_not_read_for_dates_amounts_spans_or_measures(
    monkeypatch: pytest.MonkeyPatch, source: str, target: str
) -> None:
    figured = (
        "deadlines._EN_DEADLINE", "deadlines._CJK_DEADLINE", "month_parts._CJK_PART",
        "directions._DURATION", "directions._AMOUNT", "weekdays._EN_DAY_FIRST",
        "weekdays._EN_DAY_MONTH", "weekdays._EN_DAY_AFTER", "units._MEASURE",
    )  # fmt: skip
    with _counting(monkeypatch, *figured) as counted:
        readings = _readings(source, target)
    assert all(not found for found in readings)
    assert {name: c.read for name, c in counted.items() if c.read} == {}


def test_a_month_part_is_read_only_where_a_word_of_one_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with _counting(monkeypatch, "month_parts._EN_PART") as counted:
        assert month_parts.month_part_changes("Shipments begin in March.", "3月に出荷") == []
        assert counted["month_parts._EN_PART"].read == []
        changed = month_parts.month_part_changes("Shipping starts in late March.", "3月上旬に出荷")
    assert [(c.source, c.target) for c in changed] == [("late March", "3月上旬")]


def test_an_english_deadline_is_read_only_where_a_month_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with _counting(monkeypatch, "deadlines._EN_DEADLINE") as counted:
        assert deadlines.deadline_changes("Apply by the 4th, up to 30 days.", "4日まで") == []
        assert counted["deadlines._EN_DEADLINE"].read == []
        changed = deadlines.deadline_changes("Apply by MAY 4.", "5月4日の前日まで")
    assert [(c.source, c.target) for c in changed] == [("by MAY 4", "5月4日の前日まで")]


def test_a_texts_measures_and_units_are_read_once_for_every_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = "Output rose 1.5 percentage points to 12.5%, and the unit weighs -4 kg at 25 kg."
    target = "生産は1.5%増の12.5%となり、装置は25 kgで-4 kgだった。"
    with _counting(monkeypatch, "units._MEASURE", "directions._UNIT") as counted:
        _readings(source, target)
    for name in ("units._MEASURE", "directions._UNIT"):
        read = counted[name].read
        assert sorted(read) == sorted({*read}), name  # each text once
        assert source in read and target in read, name


def test_the_measures_of_a_sign_word_before_the_first_digit_are_read() -> None:
    _clear()
    assert [m.value for m in units._measure_list("気温はマイナス 5℃、最高は10℃")] == [-5, 10]
    assert [m.value for m in units._measure_list("영하 20°C")] == [-20]
    assert max(len(w) + 1 for w in ("영하", "マイナス", "氷点下", "零下")) <= units._SIGN_REACH


PIECES = [
    "until May 4", "by 5 May", "before June 30", "no later than Friday, March 6", "BY MAY 4",
    "tHrough ſeptember 3", "until İ", "Till 4 AUG.",
    "5月4日まで", "5月4日の前日まで", "4일까지", "3월 4일 전까지", "early March", "late Mar.",
    "the end of June", "mid-October", "3月下旬", "3月上旬", "3월 말에", "9.4 months",
    "12 weeks", "9.4カ月", "12週間", "9.4주", "10 days", "5日間", "rose 3.2%", "3.2%減",
    "3.2% 증가", "fell 3.2%", "an increase of ¥6 a share", "6円の減配", "$3 higher",
    "0.6 percentage points", "0.6%p", "0.6ポイント", "220 basis points", "2.2%", "5%ポイント還元",
    "the margin", "Saturday, March 14", "3月14日（土）", "4월 3일(금)", "2027年4月1日（金）",
    "Thursday, April 1, 2027",
    "on Mondays", "毎週火曜日", "매주 수요일", "25 kg", "25kg", "-4°F", "4°F", "영하 20°C",
    "20°C", "マイナス 5℃", "5℃", "32°F", "0℃", "6.7-inch", "17cm", "3.2mg", "3.2 μg", "１２％",
    "１,650㎡", " ", ", ", "。", "、", "(", ")", "から", " to ", "12", "2026", "Mon", "day",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@settings(max_examples=800, deadline=None)
@given(texts, texts)
def test_the_readers_say_what_they_said_without_gates(source: str, target: str) -> None:
    gated = _readings(source, target)
    with pytest.MonkeyPatch.context() as monkeypatch, _ungated(monkeypatch):
        assert _readings(source, target) == gated


EXAMPLES: list[tuple[str, str, Callable[[str, str], object]]] = [
    ("Entries close until May 4.", "5月4日の前日まで受け付けます。", deadlines.deadline_changes),
    ("Shipping starts in late March.", "3月上旬に出荷", month_parts.month_part_changes),
    ("It lasts 9.4 months.", "9.4주 동안", directions.duration_unit_changes),
    ("Dividend: an increase of ¥6 a share", "1株当たり6円の減配", directions.flips),
    ("The share rose 0.6 percentage points.", "シェアは0.6%上昇", directions.points_as_percent),
    ("Revenue rose 18.9%.", "매출은 18.9%p 증가", directions.percent_as_points),
    ("Saturday, March 14", "3月14日（日）", weekdays.weekday_changes),
    ("The shop opens on April 1, 2027.", "2027年4月1日（金）に開店", weekdays.calendar_slips),
    ("It weighs 3.2mg.", "3.2 μgである", units.unit_changes),
    ("영하 20°C", "20°C", units.signs_dropped),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "reader"), EXAMPLES)
def test_each_gated_reader_finds_what_the_generated_texts_are_built_of(
    source: str, target: str, reader: Callable[[str, str], object]
) -> None:
    """The pieces above make texts these readers find something in (the comparison with
    the ungated readers is not one of empty answers)."""
    _clear()
    assert reader(source, target)
    with pytest.MonkeyPatch.context() as monkeypatch, _ungated(monkeypatch):
        assert reader(source, target)


def test_the_first_digit_is_read_as_the_patterns_read_digits() -> None:
    assert screens.first_digit("令和元年度の売上") == -1
    assert screens.first_digit("第３四半期") == 1  # a full-width digit is a digit to \d
    assert screens.first_digit("٣ أيام") == 0
    assert screens.first_digit("No figures at all.") == -1
