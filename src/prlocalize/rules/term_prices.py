"""prlocalize.rules.term_prices
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A list of prices by the glossary's names: a model's trims ('에센셜 4,650만 원, 투어링
5,120만 원', '46.5 million won for the Essential, 51.2 million won for the Touring'), a
maker's models, a service's plans. A translation that gives two of them each other's price
keeps every figure and every name, so the figures match and so do the names; only the
name each price is paired with tells it (catalog/fee_categories.py reads the categories
of an admission list, whose words it knows; these the glossary names).

A price is paired with the name right before it (a colon, a particle, a currency sign
between: 'GT 라인 5,580만 원', 'Essential: ¥…', 'リリカXは539万円'), or in English with the
name it is 'for' right after it ('55.8 million won for the GT Line'). Only names both
texts pair are judged, and only where two of them trade their prices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prlocalize.catalog.figures import items
from prlocalize.catalog.source_readings import remembered
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.translation_support import source_matches, target_matches

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch
    from prlocalize.rules.base import TranslationContext

# what may stand between a name and its price after it ('GT 라인 5,580만', 'Essential: ¥',
# 'リリカXは539万円', '에센셜은 4,650만 원')
_BEFORE_GAP = lazy_compile(r"[ \t]?(?:[:：]|は|が|은|는|이|가)?[ \t]?(?:US\$|[$¥₩€£])?[ \t]?")
# ... and, in English, between a price and the name it is for ('46.5 million won for the
# Essential', '¥5,390,000 for the Ririka X')
_AFTER_GAP = lazy_compile(r"[ \t]?(?:[A-Za-z]{1,8}[ \t])?for[ \t](?:the[ \t]|each[ \t])?")
_Paired = dict[str, tuple[frozenset[object], str]]


def prices_swapped(ctx: TranslationContext) -> tuple[str, str] | None:
    """The names (as the source writes them) of two glossary entries whose prices the
    translation gives each other, every price of the list still there; None otherwise."""
    # (read once for the msgid, whatever the locale: see catalog/source_readings.py)
    ours = remembered(
        ctx.source_cache,
        "term_prices",
        lambda text: _paired(text, source_matches(ctx), language(ctx.source_lang)),
        ctx.pair.msgid,
    )
    if len(ours) < 2:
        return None
    theirs = _paired(ctx.pair.msgstr, target_matches(ctx), language(ctx.locale))
    shared = [key for key in ours if key in theirs]
    for i, first in enumerate(shared):
        for second in shared[i + 1 :]:
            a, b = ours[first][0], ours[second][0]
            if a & b:
                continue  # one price for both: nothing to trade
            if theirs[first][0] & b and theirs[second][0] & a and not theirs[first][0] & a:
                return ours[first][1], ours[second][1]
    return None


def _paired(text: str, matches: list[TermMatch], lang: str) -> _Paired:
    """Each glossary entry of ``text`` with the price paired with it (an entry paired
    with two prices is no list of prices: left out)."""
    if len(matches) < 2:
        return {}
    prices = [item for item in items(text) if item.kind == "number" and item.currency]
    if len(prices) < 2:
        return {}
    names = sorted(matches, key=lambda m: (m.start, -m.end))
    found: _Paired = {}
    doubtful: set[str] = set()
    for price in prices:
        name = next(
            (
                m
                for m in reversed(names)
                if m.end <= price.start
                and _BEFORE_GAP.fullmatch(text, m.end, price.start) is not None
            ),
            None,
        )
        if name is None and lang == "en":
            name = next(
                (
                    m
                    for m in names
                    if m.start >= price.end
                    and _AFTER_GAP.fullmatch(text, price.end, m.start) is not None
                ),
                None,
            )
        if name is None:
            continue
        key = name.entry.id
        if key in found and found[key][0] != price.keys:
            doubtful.add(key)
        found.setdefault(key, (price.keys, name.text))
    return {key: paired for key, paired in found.items() if key not in doubtful}
