"""The keyword screens in front of the PR404 readers' case-insensitive patterns let
through every text their pattern matches, so each reader says what it said without them."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.catalog import (
    comparisons,
    deadlines,
    directions,
    dividends,
    figures,
    month_parts,
    spec_labels,
    weekdays,
)
from prlocalize.catalog.screens import Screened, fold

SCREENS: dict[str, Screened] = {
    "comparisons._GATE": comparisons._GATE,
    "dividends._GATE": dividends._GATE,
    "directions._REVISION_GATE": directions._REVISION_GATE,
    "directions._TAX_GATE": directions._TAX_GATE,
    "directions._TAX_LABEL": directions._TAX_LABEL,
    "directions._TAX_SAID": directions._TAX_SAID,
    "directions._DURATION_GATE": directions._DURATION_GATE,
    "figures._FISCAL_GATE": figures._FISCAL_GATE,
    "figures._QUARTER_GATE": figures._QUARTER_GATE,
    "figures._LOCAL_TIME": figures._LOCAL_TIME,
    "month_parts._EN_PART_SCREENED": month_parts._EN_PART_SCREENED,
    "deadlines._EN_DEADLINE_SCREENED": deadlines._EN_DEADLINE_SCREENED,
    "spec_labels._GATE_SCREENED": spec_labels._GATE_SCREENED,
    "spec_labels._TOLL_SCREENED": spec_labels._TOLL_SCREENED,
    **{f"comparisons.{basis}": screened for basis, screened in comparisons._SCREENED_BASES.items()},
}


def _screen_words() -> set[str]:
    return {
        word
        for screen in SCREENS.values()
        for word in screen.words  # the folded words
    }


def _code_points() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_fold_writes_every_character_re_takes_for_a_word_character_as_that_character() -> None:
    """Over every code point: a character ``re.IGNORECASE`` matches with a character of a
    screen's words folds to that character's fold, one character for one."""
    wanted = sorted({ch for word in _screen_words() for ch in word})
    assert wanted, "no screen words"
    every = _code_points()
    some = re.compile("[" + "".join(re.escape(ch) for ch in wanted) + "]", re.IGNORECASE)
    checked = 0
    for match in some.finditer(every):
        char = match[0]
        for ch in wanted:
            if re.fullmatch(re.escape(ch), char, re.IGNORECASE):
                assert fold(char) == fold(ch), (hex(ord(char)), ch)
                checked += 1
    assert checked > len(wanted)  # "K" (Kelvin), "ſ", "ı", "İ" among them


def test_fold_keeps_words_whole_around_odd_characters() -> None:
    assert fold("RAİSED") == "raised"
    assert fold("VAT ınclusive") == "vat inclusive"
    assert fold("Tax ſaid") == "tax said"
    assert "fiscal" in fold("FISCAL")


def test_a_pattern_that_is_no_list_of_words_needs_its_words() -> None:
    with pytest.raises(ValueError):
        Screened(re.compile(r"\btax", re.IGNORECASE))


# texts built of what the patterns read, in every case and with the characters that
# re.IGNORECASE equates with letters
WORDS = [
    "税込", "税込み", "消費税込", "内税", "税抜き", "税別", "外税", "부가세 포함", "부가가치세포함",
    "세금 별도", "세금 제외", "including tax", "Including Consumption Tax", "INCL. VAT",
    "incl tax", "tax-inclusive", "Tax Exclusive", "VAT included", "tax excluded",
    "excluding GST", "excl. VAT", "before tax", "plus VAT", "TAX", "Tax", "vat", "gst",
    "dividend", "DIVIDENDS", "Interim dividend", "year-end dividend", "配当", "期末配当",
    "배당", "중간배당", "year on year", "YoY", "qoq", "MoM", "sequentially", "前年同期比",
    "前四半期比", "전년 대비", "지난해", "전 분기 대비", "quarter", "Quarterly", "QUARTER",
    "fiscal", "FISCAL", "Fiscal Year", "revised upward", "REVISED DOWN", "raised", "lifted",
    "lowered", "cut", "reduced", "上方修正", "下方修正", "상향", "하향 조정", "month",
    "months", "WEEKS", "days", "3か月", "6ヶ月", "2週間", "3개월", "2주", "10일간", "5日間",
    "前月比", "전월 대비", "전월보다", "previous year-end", "prior fiscal year end", "前年度末",
    "전년 말", "전기말", "지난해 말", "end of the previous quarter", "last quarter-end",
    "前四半期末",
    "직전 분기 말", "month-over-month", "from the prior month", "from a year earlier",
    "same period of the previous year", "same quarter a year ago", "prior-year period",
    "year-ago quarter", "前年同月", "前年度比", "전년 동기", "전년도 대비", "지난해 같은 기간",
    "quarter-over-quarter", "over the preceding quarter", "前四半期から", "직전분기 대비",
    "local time", "Local Time", "現地時間", "現地時刻", "현지 시간", "현지시각", "PDT", "KST",
    "early March", "mid-October", "the end of June", "Late Sept.", "the beginning of April",
    "until May 4", "by 5 May", "no later than Friday, March 6", "before June 30",
    "wheelbase", "全長", "ex-dividend", "takes effect", "close-contact", "ICU beds",
    "합산 비율", "숨졌다", "hospitalized", "injured", "Close Contacts",
]  # fmt: skip
ODD = ["İ", "ı", "ſ", "K", "Σ", "ß", "ǅ"]
FIGURES = [
    "¥3,800", "3,800円", "3,800엔", "4,180 yen", "KRW 38,000", "US$12", "12%", "2025年",
    "FY2025", "Q3", "3 months", "598万円", "5.2", "20", "第2四半期", "3:10 a.m.", "午後7時",
    "오전 3시 10분", "at least 30", "40%以上", "5개 이하",
]  # fmt: skip
FILL = [" ", "（", "）", "(", ")", ", ", "。", "は", "은 ", " of ", " at ", "の", ": ", "\n"]


def _variants(word: str) -> list[str]:
    """``word`` as written, upper-cased, title-cased, and with a letter swapped for a
    character re equates with it ("İ" or "ı" for "i", "ſ" for "s", "K" for "k")."""
    swaps = {"i": "İı", "I": "İı", "s": "ſ", "S": "ſ", "k": "K", "K": "K"}
    variants = [word, word.upper(), word.title()]
    for at, ch in enumerate(word):
        for odd in swaps.get(ch, ""):
            variants.append(word[:at] + odd + word[at + 1 :])
    return variants


def _odd(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from(_variants(word))


piece = st.one_of(
    st.sampled_from(WORDS).flatmap(_odd),
    st.sampled_from(FIGURES + FILL + ODD),
)
texts = st.lists(piece, max_size=10).map("".join)


def test_every_word_in_every_case_passes_the_screens_of_the_patterns_it_matches() -> None:
    matched = set()
    for word in WORDS:
        for variant in _variants(word):
            for name, screen in SCREENS.items():
                if screen.pattern.search(variant) is not None:
                    matched.add(name)
                    assert screen.passes(variant), (name, variant)
    assert matched == set(SCREENS)  # every pattern read at least once


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_every_text_a_pattern_matches_passes_its_screen(text: str) -> None:
    for name, screen in SCREENS.items():
        if screen.pattern.search(text) is not None:
            assert screen.passes(text), (name, text)
        mine, theirs = screen.search(text), screen.pattern.search(text)
        assert (mine and mine.span()) == (theirs and theirs.span()), (name, text)


def _unscreened() -> Iterator[None]:
    original = Screened.search
    Screened.search = lambda self, text: self.pattern.search(text)  # type: ignore[method-assign]
    figures._items.cache_clear()
    try:
        yield
    finally:
        Screened.search = original  # type: ignore[method-assign]
        figures._items.cache_clear()


def _readings(source: str, target: str) -> list[object]:
    figures._items.cache_clear()
    return [
        directions.tax_basis_flips(source, target),
        directions.tax_basis_dropped(source, target),
        directions.revision_flip(source, target),
        directions.duration_unit_changes(source, target),
        comparisons.comparison_changes(source, target),
        dividends.dividend_changes(source, target),
        figures.items(source),
        figures.items(target),
        figures.differences(source, target),
        figures.zones(source),
        figures.zone_changed(source, target),
        figures.zone_dropped(source, target, "ja"),
        directions.bound_flips(source, target),
        directions.strictness_changes(source, target),
    ]


@settings(max_examples=600, deadline=None)
@given(texts, texts)
def test_the_readers_say_what_they_said_without_screens(source: str, target: str) -> None:
    screened = _readings(source, target)
    guard = _unscreened()
    next(guard)
    try:
        assert _readings(source, target) == screened
    finally:
        next(guard, None)


# dates with weekdays as the three languages write them, and what sits round them
DATED = [
    "3月14日（土）", "14日(土曜日)", "5月16日（土）・17日（日）", "4월 3일(금)", "17일(일요일)",
    "6 月 26 日 （金）", "Saturday, March 14", "Sat., Mar. 14", "Saturday 14 March",
    "March 14 (Sat.)", "Thurs. June 4", "Tues, Sept. 8", "Sunday 1 November", "mon, mar 2",
    "MONDAY, MARCH 2", "Monday,March 2", "2026年", "(", "（", ")", "日", "일", "Mon", "Sun",
    "Sunrise", "Monthly", " ", ", ", "1", "12", "から", "부터", " to ",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(DATED), max_size=8).map("".join))
def test_the_weekday_reader_reads_what_it_read_without_its_gates(text: str) -> None:
    assert weekdays._dated_weekdays(text) == weekdays._dated_weekdays(text, gates=False)


def test_every_date_with_its_weekday_passes_the_weekday_gates() -> None:
    read = 0
    for text in DATED[:14]:
        ungated = weekdays._dated_weekdays(text, gates=False)
        assert weekdays._dated_weekdays(text) == ungated, text
        read += bool(ungated)
    assert read >= 10  # (a day without its month, or in lower case, is not read)


# spec_labels' gates are patterns with a little syntax ('ex-(?:dividend|rights|date)',
# '\\bbeds?\\b', 'hospitali[sz]'), screened by each alternative's literal head: every text
# holding a match, in any case, passes
LABEL_SCREENS = (spec_labels._GATE_SCREENED, spec_labels._TOLL_SCREENED)


@pytest.mark.parametrize("screen", LABEL_SCREENS, ids=["gate", "toll"])
@settings(max_examples=800, deadline=None)
@given(data=st.data())
def test_every_match_of_the_label_gates_passes_their_screens(
    screen: Screened, data: st.DataObject
) -> None:
    # (the gate is compiled on first use: hypothesis reads a compiled pattern's flags)
    drawn = data.draw(st.from_regex(re.compile(screen.pattern.pattern, screen.pattern.flags)))
    for text in (drawn, drawn.upper(), drawn.title(), drawn.lower()):
        if screen.pattern.search(text) is not None:
            assert screen.passes(text), text


def test_the_label_gates_words_cover_each_alternative() -> None:
    """Each top-level alternative of the gates, written out at its shortest, passes."""
    for screen in LABEL_SCREENS:
        for alternative in _top_level_alternatives(screen.pattern.pattern):
            shortest = re.sub(r"\(\?:([^|)]*)[^)]*\)", r"\1", alternative)  # a group's first
            shortest = re.sub(r"\\b|\\s\?|\?", "", shortest)
            shortest = re.sub(r"\[(.)[^]]*\]", r"\1", shortest)  # a class's first character
            shortest = shortest.replace(".", " ")
            assert screen.pattern.search(shortest) is not None, (alternative, shortest)
            assert screen.passes(shortest), (alternative, shortest)


def _top_level_alternatives(pattern: str) -> list[str]:
    depth, start, found = 0, 0, []
    for at, ch in enumerate(pattern):
        if ch == "(" and pattern[at - 1 : at] != "\\":
            depth += 1
        elif ch == ")" and pattern[at - 1 : at] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            found.append(pattern[start:at])
            start = at + 1
    return [*found, pattern[start:]]
