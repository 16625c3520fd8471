"""PR404's two parties' figures (party_values.party_changes): the msgid's figures and
their owners are read once for every catalog of a release and kept in the msgid's memo
with the names they were read for; the msgstr's names are asked for only where the
msgid's figures have owners. Whatever the memo holds, the verdict is values_swapped's,
else place_changed's, read afresh."""

from __future__ import annotations

from typing import Any

import pytest

from prlocalize.catalog.party_values import (
    Mention,
    party_changes,
    place_changed,
    values_swapped,
)

NAMES = {
    "minato": ("みなと電機", "Minato", "미나토전기"),
    "hanbit": ("ハンビット", "Hanbit", "한빛"),
    "orion": ("オリオン", "Orion", "오리온"),
}


def _mentions(text: str) -> list[Mention]:
    found = []
    for key, forms in NAMES.items():
        for form in forms:
            at = text.find(form)
            while at >= 0:
                found.append(Mention(at, at + len(form), key, form))
                at = text.find(form, at + 1)
    return sorted(found)


SOURCE = "みなと電機が51％、ハンビットが49％を出資します。"
RANKED = "Minato placed first and Hanbit second."
PAIRS = [
    (SOURCE, "49% held by Minato and 51% by Hanbit."),  # swapped
    (SOURCE, "Minato holds 51% and Hanbit 49%."),  # kept
    (SOURCE, "Minato and Hanbit hold 51% and 49% respectively."),  # nobody's
    (SOURCE, "The two companies set up the venture."),  # no name
    ("미나토전기 51%, 한빛 49%", "Minato 49%, Hanbit 51%"),  # swapped
    (RANKED, "미나토전기가 2위, 한빛이 1위를 차지했다."),  # places swapped
    (RANKED, "미나토전기가 1위, 한빛이 3위를 차지했다."),  # a place changed
    (RANKED, "미나토전기가 1위, 한빛이 2위를 차지했다."),  # kept
    ("Minato and Hanbit signed the agreement.", "みなと電機とハンビットが契約を結びました。"),
]


def _expected(source: str, target: str) -> tuple[Any, Any]:
    mine, theirs = _mentions(source), _mentions(target)
    swap = values_swapped(source, target, mine, theirs)
    return swap, None if swap is not None else place_changed(source, target, mine, theirs)


@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_the_verdict_is_the_two_checks_read_afresh(source: str, target: str) -> None:
    expected = _expected(source, target)
    mine = _mentions(source)
    assert party_changes(source, target, mine, lambda: _mentions(target)) == expected
    # a memo another translation of the msgid filled first (another locale's catalog)
    memo: dict[str, Any] = {}
    for other in (t for s, t in PAIRS if s == source and t != target):
        party_changes(source, other, mine, lambda other=other: _mentions(other), memo=memo)
    assert party_changes(source, target, mine, lambda: _mentions(target), memo=memo) == expected


def test_the_swap_and_the_changed_place_are_found() -> None:
    swap, place = party_changes(
        SOURCE, PAIRS[0][1], _mentions(SOURCE), lambda: _mentions(PAIRS[0][1])
    )
    assert swap is not None and (swap.first, swap.second) == ("51％", "49％")
    assert place is None
    target = "미나토전기가 1위, 한빛이 3위를 차지했다."
    assert party_changes(RANKED, target, _mentions(RANKED), lambda: _mentions(target)) == (
        None,
        ("second", "Hanbit", "3위"),
    )


def test_a_memo_read_for_other_names_is_read_again() -> None:
    # another release's catalog with the same msgid may name other parties in it (a short
    # form it defines): what was kept for the first names is not theirs
    target = PAIRS[0][1]
    memo: dict[str, Any] = {}
    only_one = [m for m in _mentions(SOURCE) if m.key == "minato"]
    assert party_changes(SOURCE, target, only_one, lambda: _mentions(target), memo=memo) == (
        None,
        None,
    )
    assert party_changes(
        SOURCE, target, _mentions(SOURCE), lambda: _mentions(target), memo=memo
    ) == _expected(SOURCE, target)


def test_the_translation_is_not_read_where_the_source_figures_have_no_owner() -> None:
    def unread() -> list[Mention]:
        raise AssertionError("the msgstr's names were asked for")

    source = "Minato and Hanbit signed the agreement."
    assert party_changes(source, "", _mentions(source), unread) == (None, None)
