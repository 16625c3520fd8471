"""prlocalize.catalog.party_values
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Two parties' figures given the other way round (for PR404): 'みなと電機が51％、ハンビットが
49％' as '49% held by Minato and 51% by Hanbit', '미나토전기 51%, 한빛 49%' as 'Minato
49%, Hanbit 51%'. Every figure and every name is in the translation, so the figure and
name checks see nothing; the stakes, the shares of a vote or the sales of two regions
have changed hands.

A figure belongs to the glossary name (or a short form the release defines for it)
written nearest to it in its clause, before or after it: nothing that parts two
parties between them (a comma, '、', a semicolon, 'and', 'or', 'while', 'と', a stop) and
at most a few words ('held by', 'が', '의'). Where no name or two at the same distance
are that near, the figure belongs to none. Two figures of different values that belong
to two different names in the source, each name given one of them, and to the same two
names the other way round in the translation, are reported; so 'Minato holds 51%' and
'51% held by Minato' both read right, and 'Minato and Hanbit hold 51% and 49%
respectively' belongs to no one (its figures are read with no name near them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from prlocalize.catalog.figures import Item, items

MAX_GAP = 14  # characters between a name and its figure: 'held by ', 'was raised to '
# what parts two parties: a list's comma, a clause's end, a conjunction
_PARTING = re.compile(
    r"[,、，;；。.!?！？()（）\n]|\b(?:and|or|while|whereas|but|versus|vs|compared|than)\b"
    r"|[とや](?=[^\s])|(?<=[가-힣])(?:와|과|및|대비)|그리고|반면"
)
_NOT_VALUES = frozenset({"date", "fiscal", "quarter", "time", "timestamp", "stock", "phone"})


class Mention(NamedTuple):
    """A party named at ``[start, end)`` of a text: ``key`` is its glossary entry."""

    start: int
    end: int
    key: str
    text: str


class Swap(NamedTuple):
    first: str  # the figure the source gives the first name, as the source writes it
    second: str
    first_name: str  # the names, as the source writes them
    second_name: str


def values_swapped(
    source: str, target: str, in_source: Sequence[Mention], in_target: Sequence[Mention]
) -> Swap | None:
    """The first two figures of ``source`` whose names ``target`` gives them the other
    way round, or None."""
    if len({m.key for m in in_source}) < 2 or len({m.key for m in in_target}) < 2:
        return None
    mine = _owners(source, in_source)
    if len(mine) < 2:
        return None
    theirs = _owners(target, in_target)
    if len(theirs) < 2:
        return None
    for n, (item_a, party_a) in enumerate(mine):
        for item_b, party_b in mine[n + 1 :]:
            if party_a.key == party_b.key or item_a.keys & item_b.keys:
                continue
            there_a = [p for i, p in theirs if i.keys & item_a.keys]
            there_b = [p for i, p in theirs if i.keys & item_b.keys]
            if len(there_a) != 1 or len(there_b) != 1:
                continue
            if there_a[0].key == party_b.key and there_b[0].key == party_a.key:
                return Swap(
                    _with_sign(source, item_a),
                    _with_sign(source, item_b),
                    party_a.text,
                    party_b.text,
                )
    return None


def _with_sign(text: str, item: Item) -> str:
    """The figure as written, with its percent sign ('51％')."""
    sign = text[item.end : item.end + 1]
    return item.text + sign if sign in ("%", "％") and sign else item.text


def _owners(text: str, mentions: Iterable[Mention]) -> list[tuple[Item, Mention]]:
    """Each figure of ``text`` written once, with the name it belongs to; only where each
    name owns one figure (a name given two is a comparison of its own)."""
    mentions = sorted(mentions)
    figures = [i for i in items(text) if i.kind not in _NOT_VALUES and i.keys]
    owned: list[tuple[Item, Mention]] = []
    names: dict[str, int] = {}
    for n, item in enumerate(figures):
        if any(other is not item and other.keys & item.keys for other in figures):
            continue  # written twice: which one the translation moved is not clear
        before = after = None
        for mention in mentions:
            if mention.end <= item.start:
                before = mention
            elif mention.start >= item.end and after is None:
                after = mention
        nearest: list[tuple[int, Mention]] = []
        if before is not None:
            nearest += _near(text, before, before.end, item.start, figures, n)
        if after is not None:
            nearest += _near(text, after, item.end, after.start, figures, n)
        if not nearest or (len(nearest) == 2 and nearest[0][0] == nearest[1][0]):
            continue  # no name near, or as near the one as the other: nobody's
        owner = min(nearest, key=lambda x: x[0])[1]
        owned.append((item, owner))
        names[owner.key] = names.get(owner.key, 0) + 1
    return [(item, owner) for item, owner in owned if names[owner.key] == 1]


def _near(
    text: str, mention: Mention, start: int, end: int, figures: list[Item], n: int
) -> list[tuple[int, Mention]]:
    """``[(distance, mention)]`` where nothing parts ``mention`` from figure ``n`` between
    ``start`` and ``end``, else ``[]``."""
    between = text[start:end]
    if len(between) > MAX_GAP or _PARTING.search(between):
        return []
    if any(start <= other.start < end for other in figures[max(0, n - 1) : n + 2]):
        return []  # another figure between: the name is that one's
    return [(len(between.strip()), mention)]
