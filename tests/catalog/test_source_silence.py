"""Build's gate: a pair check that its msgid alone proves silent (no code, no price list,
no temperature below zero in the source) records so in the msgid's memo, and the
msgid's other catalogs skip it (catalog/source_readings.py). The record must hold
whatever the translation: each check is run on the pairs of the translation tests and
of the official catalogs with a memo another translation of the same source filled and
without one, and a source recorded silent is given every translation that makes the
check speak for some source."""

from __future__ import annotations

import ast
import functools
import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from official_catalogs import JA, KO

from prlocalize.catalog import (
    codes,
    comparisons,
    compass,
    count_nouns,
    country_counts,
    deadlines,
    dimensions,
    directions,
    dividends,
    fee_categories,
    figure_periods,
    floors,
    milestones,
    month_parts,
    multipliers,
    ordinal_counts,
    percent_signs,
    premium_bases,
    price_basis,
    range_parts,
    ranked_shares,
    ratings,
    signs,
    spec_labels,
    target_years,
    units,
    weekdays,
    wrong_right,
)
from prlocalize.catalog.source_readings import keep_silent, silent

TESTS = Path(__file__).resolve().parent.parent
_HANGUL = re.compile("[가-힣]")
_JAPANESE = re.compile("[ぁ-んァ-ヶ一-龯]")


def _lang(text: str) -> str:
    return "ko" if _HANGUL.search(text) else "ja" if _JAPANESE.search(text) else "en"


Check = Callable[..., Any]
# each check that records its silence, called as PR404 calls it: (source, target, memo)
CHECKS: dict[str, Check] = {
    "codes_changed": lambda s, t, m: codes.codes_changed(s, t, memo=m),
    "comparison_changes": lambda s, t, m: comparisons.comparison_changes(s, t, memo=m),
    "compass_changes": lambda s, t, m: compass.compass_changes(s, t, memo=m),
    "deadline_changes": lambda s, t, m: deadlines.deadline_changes(s, t, memo=m),
    "starts_said_as_ends": lambda s, t, m: deadlines.starts_said_as_ends(s, t, memo=m),
    "sides_swapped": lambda s, t, m: dimensions.sides_swapped(s, t, memo=m),
    "flips": lambda s, t, m: directions.flips(s, t, memo=m),
    "from_to_reversed": lambda s, t, m: directions.from_to_reversed(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "percent_as_points": lambda s, t, m: directions.percent_as_points(s, t, memo=m),
    "points_as_percent": lambda s, t, m: directions.points_as_percent(s, t, memo=m),
    "revision_flip": lambda s, t, m: directions.revision_flip(s, t, memo=m),
    "categories_swapped": lambda s, t, m: fee_categories.categories_swapped(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "ends_swapped": lambda s, t, m: milestones.ends_swapped(s, t, _lang(s), _lang(t), memo=m),
    "month_part_changes": lambda s, t, m: month_parts.month_part_changes(s, t, memo=m),
    "multiplier_as_percent": lambda s, t, m: multipliers.multiplier_as_percent(s, t, memo=m),
    "basis_changes": lambda s, t, m: price_basis.basis_changes(s, t, memo=m),
    "ordinal_said_as_count": lambda s, t, m: ordinal_counts.ordinal_said_as_count(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "shares_of_places_swapped": lambda s, t, m: ranked_shares.shares_of_places_swapped(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "range_part_changes": lambda s, t, m: range_parts.range_part_changes(s, t, memo=m),
    "country_figures_swapped": lambda s, t, m: country_counts.country_figures_swapped(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "labels_swapped": lambda s, t, m: spec_labels.labels_swapped(s, t, _lang(s), _lang(t), memo=m),
    "year_parts_swapped": lambda s, t, m: target_years.year_parts_swapped(s, t, memo=m),
    "signs_dropped": lambda s, t, m: units.signs_dropped(s, t, memo=m),
    "unit_changes": lambda s, t, m: units.unit_changes(s, t, memo=m),
    "weekday_changes": lambda s, t, m: weekdays.weekday_changes(s, t, memo=m),
    "recurring_day_changes": lambda s, t, m: weekdays.recurring_day_changes(s, t, memo=m),
    "percents_dropped": lambda s, t, m: percent_signs.percents_dropped(s, t, memo=m),
    "negatives_dropped": lambda s, t, m: signs.negatives_dropped(s, t, memo=m),
    "rating_changes": lambda s, t, m: ratings.rating_changes(s, t, memo=m),
    "grade_changes": lambda s, t, m: ratings.grade_changes(s, t, memo=m),
    "rating_reversed": lambda s, t, m: ratings.rating_reversed(s, t, memo=m),
    "rating_action_turned": lambda s, t, m: ratings.rating_action_turned(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "premium_base_changes": lambda s, t, m: premium_bases.premium_base_changes(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "ground_changed": lambda s, t, m: floors.ground_changed(s, t, memo=m),
    "floor_changed": lambda s, t, m: floors.floor_changed(s, t, _lang(s), _lang(t), memo=m),
    "duration_unit_changes": lambda s, t, m: directions.duration_unit_changes(s, t, memo=m),
    "dividend_changes": lambda s, t, m: dividends.dividend_changes(s, t, memo=m),
    "wrong_right_swapped": lambda s, t, m: wrong_right.wrong_right_swapped(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "count_nouns_changed": lambda s, t, m: count_nouns.count_nouns_changed(
        s, t, _lang(s), _lang(t), memo=m
    ),
    "periods_changed": lambda s, t, m: figure_periods.periods_changed(
        s, t, _lang(s), _lang(t), memo=m
    ),
}


def _strings(node: ast.AST, names: dict[str, str]) -> list[str]:
    out = []
    for element in getattr(node, "elts", None) or getattr(node, "args", None) or []:
        if isinstance(element, ast.Constant) and isinstance(element.value, str):
            out.append(element.value)
        elif isinstance(element, ast.Name) and element.id in names:
            out.append(names[element.id])
    return out


@functools.cache
def _pairs() -> tuple[tuple[str, str], ...]:
    """(msgid, msgstr) pairs of the translation tests (two texts in a row in a tuple or a
    call, a module's named texts read too) and of the official catalogs."""
    found: dict[tuple[str, str], None] = {}
    for folder in ("catalog", "translate", "publish"):
        for path in sorted((TESTS / folder).glob("test_*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = {
                target.id: node.value.value
                for node in tree.body
                if isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            for node in ast.walk(tree):
                if isinstance(node, (ast.Tuple, ast.List, ast.Call)):
                    texts = [t for t in _strings(node, names) if len(t) > 3]
                    for source, target in itertools.pairwise(texts):
                        found[(source, target)] = None
    for pair in (*JA, *KO):
        found[(pair.msgid, pair.clean)] = None
        if pair.planted is not None:
            found[(pair.msgid, pair.planted)] = None
    return tuple(found)


def test_the_pairs_are_many() -> None:
    assert len(_pairs()) > 3_000


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_a_memo_filled_by_another_translation_changes_no_finding(name: str) -> None:
    check = CHECKS[name]
    pairs = _pairs()
    speaking: dict[str, None] = {}  # translations that make the check speak
    silent_sources: dict[str, None] = {}
    memos: dict[str, dict[str, Any]] = {}
    for source, target in pairs:
        alone = check(source, target, None)
        if alone:
            speaking[target] = None
        memo = memos.get(source)
        if memo is None:
            memo = memos[source] = {}
            check(source, "", memo)  # (another translation fills the memo first)
        assert check(source, target, memo) == alone, (source, target)
        if memo.get("silent_checks"):  # (the memo holds this check's record alone)
            silent_sources[source] = None
    # a source recorded silent stays so, whatever translation is given it
    for source in silent_sources:
        for target in list(speaking)[:40]:
            assert not check(source, target, None), (source, target)


def test_silence_is_kept_per_check_and_without_a_memo_nowhere() -> None:
    memo: dict[str, Any] = {}
    keep_silent(memo, "codes.codes_changed")
    assert silent(memo, "codes.codes_changed")
    assert not silent(memo, "units.unit_changes")
    keep_silent(None, "codes.codes_changed")
    assert not silent(None, "codes.codes_changed")


def test_a_source_with_a_code_is_not_silent_and_a_changed_code_is_found() -> None:
    memo: dict[str, Any] = {}
    source = "The HRV-7200W ships in May."
    assert codes.codes_changed(source, "HRV-7200W は5月に出荷。", memo=memo) == []
    assert not silent(memo, "codes.codes_changed")
    assert codes.codes_changed(source, "HRV-7200V は5月に出荷。", memo=memo)
    # a source without a code is recorded silent and answers nothing for any translation
    plain: dict[str, Any] = {}
    assert codes.codes_changed("The plant opens in May.", "", memo=plain) == []
    assert silent(plain, "codes.codes_changed")


def test_a_source_with_neither_an_ordinal_nor_a_count_is_silent() -> None:
    # an ordinal of the source wants a count of the translation, and an ordinal of the
    # translation a count of the source: a source with neither says nothing to either
    plain: dict[str, Any] = {}
    check = ordinal_counts.ordinal_said_as_count
    assert (
        check("The plant opens in May.", "工場は5月に稼働します。", "en", "ja", memo=plain) is None
    )
    assert silent(plain, "ordinal_counts.ordinal_said_as_count")
    # a count alone is not silent: the translation's ordinal is compared with it
    memo: dict[str, Any] = {}
    source = "The chain now has 120 stores."
    assert check(source, "同チェーンの店舗数は120店舗になりました。", "en", "ja", memo=memo) is None
    assert not silent(memo, "ordinal_counts.ordinal_said_as_count")
    assert check(source, "同チェーンは120号店を開きました。", "en", "ja", memo=memo) == (
        "120 stores",
        "120号店",
    )
