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

A figure in brackets right after a name is that name's ('「ホシウォレット」（24.1%）',
"'호시월렛'(28.6%)", 'Hoshi Wallet (24.1%)'), as a survey lists its answers. A place in a
ranking ('2位', '3위', 'No. 2', '2nd', 'second') is a figure of its own kind, read in
English words too, which no figure check reads: a name may own one place and one other
figure, so two brands given each other's places are reported, and so is a name given
another place than the source's ('Hoshi Wallet third' as '호시월렛이 4위').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from prlocalize.catalog.figures import Item, items
from prlocalize.lazy_patterns import lazy_compile

MAX_GAP = 14  # characters between a name and its figure: 'held by ', 'was raised to '
# what parts two parties: a list's comma, a clause's end, a conjunction
_PARTING = lazy_compile(
    r"[,、，;；。.!?！？()（）\n]|\b(?:and|or|while|whereas|but|versus|vs|compared|than)\b"
    r"|[とや](?=[^\s])|(?<=[가-힣])(?:와|과|및|대비)|그리고|반면"
)
# a word that says a figure is what is left of a whole ('and Orion Devices the remaining
# 40%', 'the rest'), which says nothing of whose it is
_THE_REST = lazy_compile(r"\b(?:the )?(?:remaining|rest of the|rest)\b ?")
_NOT_VALUES = frozenset({"date", "fiscal", "quarter", "time", "timestamp", "stock", "phone"})
_DIGITS = re.compile(r"\d")
# an opening bracket right before a figure that follows its name: '」（', "'(", ' ('
_BRACKETED = lazy_compile(r"[\s'\"」』”’〉》]{0,2}[(（]\s?")
# a place in a ranking after its number: '2位', '3위를' ('위원회', '위해' are other words)
PLACE_AFTER = lazy_compile(r"\s?(?:位|위(?=[를는가에로와과였이의도]|[^가-힣]|$))")
# ... or said before or after it in English: 'No. 2', '#1', '2nd'
_PLACE_BEFORE = lazy_compile(r"(?:No\.|#)\s?$")
_PLACE_SUFFIX = lazy_compile(r"(?:st|nd|rd|th)(?![A-Za-z])")
EN_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth", "tenth")  # fmt: skip
# an English place in words; not one of a run ('second consecutive year', 'third straight
# quarter') nor the order of a period or an event ('the second half', 'its third survey')
EN_PLACE = lazy_compile(
    rf"(?<![A-Za-z-])({'|'.join(EN_PLACES)})(?![A-Za-z-])"
    r"(?![\s-](?:consecutive|straight|successive|quarter|half|time|year|month|week|day|"
    r"round|phase|stage|edition|survey|anniversary|generation|floor|in\sa\srow)(?![A-Za-z]))",
    re.IGNORECASE,
)


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
    return _swap(source, mine, theirs)


def _swap(
    source: str, mine: Sequence[tuple[Item, Mention]], theirs: Sequence[tuple[Item, Mention]]
) -> Swap | None:
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


def place_changed(
    source: str, target: str, in_source: Sequence[Mention], in_target: Sequence[Mention]
) -> tuple[str, str, str] | None:
    """The first name whose place in a ranking ``target`` gives otherwise than ``source``
    (its place as the source writes it, the name, its place in the translation), or None.
    Only a place said in words on one side: one in figures on both is the figures' check."""
    return _place(_owners(source, in_source), _owners(target, in_target))


def _place(
    mine: Sequence[tuple[Item, Mention]], theirs_owned: Sequence[tuple[Item, Mention]]
) -> tuple[str, str, str] | None:
    theirs = {party.key: item for item, party in theirs_owned if item.kind == "place"}
    if not theirs:
        return None
    for item, party in mine:
        there = theirs.get(party.key)
        if item.kind != "place" or there is None or item.keys & there.keys:
            continue
        if not (_DIGITS.search(item.text) and _DIGITS.search(there.text)):
            return item.text, party.text, there.text
    return None


def party_changes(
    source: str,
    target: str,
    in_source: Sequence[Mention],
    in_target: Callable[[], Sequence[Mention]],
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[Swap | None, tuple[str, str, str] | None]:
    """:func:`values_swapped`, and where it finds nothing :func:`place_changed`, each
    text's figures given their owners once: the source's kept in ``memo`` (a dict kept
    with ``source``, see :mod:`prlocalize.catalog.source_readings`) with the names they
    were read for (a release that defines other short forms names other parties), the
    translation's names asked of ``in_target`` only where the source's figures have
    owners."""
    named_here = tuple(in_source)
    kept = memo.get(_OWNERS) if memo is not None else None
    if kept is not None and kept[0] == named_here:
        mine = kept[1]
    else:
        mine = _owners(source, named_here)
        if memo is not None:
            memo[_OWNERS] = (named_here, mine)
    if not mine:
        return None, None  # (no figure of the source has an owner: nothing to move)
    named = in_target()
    theirs = _owners(target, named)
    swap = None
    if len(mine) > 1 and len({m.key for m in in_source}) > 1 and len({m.key for m in named}) > 1:
        swap = _swap(source, mine, theirs) if len(theirs) > 1 else None
    return swap, None if swap is not None else _place(mine, theirs)


_OWNERS = "party_values.owners"  # the key of the source's owned figures in a memo


def _with_sign(text: str, item: Item) -> str:
    """The figure as written, with its percent sign ('51％')."""
    sign = text[item.end : item.end + 1]
    return item.text + sign if sign in ("%", "％") and sign else item.text


def _figures(text: str) -> list[Item]:
    """The figures of ``text`` a party may own, a place in a ranking as its own kind."""
    out: list[Item] = []
    for item in items(text):
        if item.kind in _NOT_VALUES or not item.keys:
            continue
        out.append(_as_place(text, item) if item.kind == "number" else item)
    if any(word in text.casefold() for word in EN_PLACES):
        out.extend(
            Item(
                "place",
                m[0],
                m.start(),
                m.end(),
                frozenset({("place", EN_PLACES.index(m[1].casefold()) + 1)}),
            )
            for m in EN_PLACE.finditer(text)
        )
        out.sort(key=lambda i: i.start)
    return out


def _as_place(text: str, item: Item) -> Item:
    """``item`` as a place in a ranking where a word says it is one ('2位', 'No. 2')."""
    if not item.text.isdigit():
        return item  # ('41.0%', '1,000': no place is written so)
    keys = frozenset({("place", int(item.text))})
    after = PLACE_AFTER.match(text, item.end) or _PLACE_SUFFIX.match(text, item.end)
    if after is not None:
        return replace(
            item, kind="place", text=text[item.start : after.end()], end=after.end(), keys=keys
        )
    before = _PLACE_BEFORE.search(text, max(0, item.start - 4), item.start)
    if before is not None:
        return replace(
            item,
            kind="place",
            text=text[before.start() : item.end],
            start=before.start(),
            keys=keys,
        )
    return item


def _owners(text: str, mentions: Iterable[Mention]) -> list[tuple[Item, Mention]]:
    """Each figure of ``text`` written once, with the name it belongs to; only where each
    name owns one figure of its kind (a name given two is a comparison of its own), a
    place in a ranking and one other figure at most."""
    mentions = sorted(mentions)
    figures = _figures(text)
    owned: list[tuple[Item, Mention]] = []
    names: dict[tuple[str, bool], int] = {}
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
        mine = owner.key, item.kind == "place"
        names[mine] = names.get(mine, 0) + 1
    return [(item, owner) for item, owner in owned if names[owner.key, item.kind == "place"] == 1]


def _near(
    text: str, mention: Mention, start: int, end: int, figures: list[Item], n: int
) -> list[tuple[int, Mention]]:
    """``[(distance, mention)]`` where nothing parts ``mention`` from figure ``n`` between
    ``start`` and ``end``, else ``[]``."""
    between = text[start:end]
    if mention.end == start and _BRACKETED.fullmatch(between):
        between = ""  # 'Hoshi Wallet (24.1%)': the bracket gives the name's figure
    if len(between) > MAX_GAP:
        between = _THE_REST.sub("", between)  # 'Orion the remaining 40%': still Orion's
    if len(between) > MAX_GAP or _PARTING.search(between):
        return []
    if any(start <= other.start < end for other in figures[max(0, n - 1) : n + 2]):
        return []  # another figure between: the name is that one's
    return [(len(between.strip()), mention)]
