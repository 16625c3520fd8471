"""prlocalize.catalog.listings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The market a stock listing names ('（東証プライム：6817）', '(KRX: 004870)', '(코스닥
298170)', 'Nasdaq: CRVN', '(4267.T)'), in the terms every language shares: a listing a
translation gives on another exchange or another of its markets ('Nasdaq' as 'NYSE',
'코스피' as 'KOSDAQ', 'プライム' as 'Standard') names another listing, though its code is
the same.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

# each exchange (or Korea's two markets) by what its listings write, in every language;
# a Reuters code's suffix says it too ('4267.T', '005930.KS', '293490.KQ')
_EXCHANGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("nasdaq", r"NASDAQ|Nasdaq|ナスダック|나스닥"),
        ("nyse", r"NYSE|New York Stock Exchange|ニューヨーク証券取引所|뉴욕\s?증권거래소"),
        ("tse", r"TSE|TYO|Tokyo|TOKYO|東証|東京証券取引所|도쿄\s?증권거래소|\d\.T(?![A-Za-z])"),
        ("kospi", r"KOSPI|코스피|コスピ|유가증권시장|有価証券市場|\d\.KS(?![A-Za-z])"),
        ("kosdaq", r"KOSDAQ|코스닥|コスダック|\d\.KQ(?![A-Za-z])"),
        ("krx", r"KRX|Korea Exchange|한국거래소|韓国取引所"),
    )
)
# Korea Exchange runs both KOSPI and KOSDAQ: 'KRX: 004870' is either
_UMBRELLA = {"krx": frozenset({"kospi", "kosdaq"})}
# Tokyo's markets since 2022
_SEGMENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("prime", r"Prime|プライム|프라임"),
        ("standard", r"Standard|スタンダード|스탠다드|스탠더드"),
        ("growth", r"Growth|グロース|그로스"),
    )
)


def market_of(listing: str) -> tuple[str, str]:
    """(exchange, market) a listing of one code names; '' for what it does not say or
    where it names several exchanges (a dual listing: '(TSE: 4502/NYSE: TAK)')."""
    found = {name for name, pattern in _EXCHANGES if pattern.search(listing)}
    for umbrella, markets in _UMBRELLA.items():
        if umbrella in found and found & markets:
            found.discard(umbrella)
    if len(found) != 1:
        return "", ""
    segments = [name for name, pattern in _SEGMENTS if pattern.search(listing)]
    return found.pop(), segments[0] if len(segments) == 1 else ""


def same_market(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two listings' markets may be the same: one unsaid, the same exchange and
    market, or Korea Exchange for one of its markets."""
    (exchange_a, segment_a), (exchange_b, segment_b) = a, b
    if not exchange_a or not exchange_b:
        return True
    if exchange_a != exchange_b:
        return exchange_b in _UMBRELLA.get(exchange_a, ()) or exchange_a in _UMBRELLA.get(
            exchange_b, ()
        )
    return not segment_a or not segment_b or segment_a == segment_b


# a market named in running text ('유가증권시장 상장사', 'a KOSDAQ-listed company', '東証
# グロース市場への上場', 'the Growth Market of the Tokyo Stock Exchange'), in the terms every
# language shares: Korea's two markets, Tokyo's three (with '市場', 'Market' or 'TSE' beside
# them: 'Prime' and 'Growth' are words of their own), and the two New York exchanges
_SEGMENT_AFTER = r"\s?(?:市場|시장|[Mm]arket)"
_PROSE_MARKETS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (group, name, re.compile(pattern))
    for group, name, pattern in (
        ("korea", "kospi", r"KOSPI|코스피|コスピ|유가증권시장|有価証券市場"),
        ("korea", "kosdaq", r"KOSDAQ|코스닥|コスダック"),
        (
            "tokyo",
            "prime",
            rf"(?:TSE |東証)(?:Prime|プライム)|(?:Prime|プライム|프라임){_SEGMENT_AFTER}",
        ),
        (
            "tokyo",
            "standard",
            r"(?:TSE |東証)(?:Standard|スタンダード)|"
            rf"(?:Standard|スタンダード|스탠[다더]드){_SEGMENT_AFTER}",
        ),
        (
            "tokyo",
            "growth",
            rf"(?:TSE |東証)(?:Growth|グロース)|(?:Growth|グロース|그로스){_SEGMENT_AFTER}",
        ),
        ("new york", "nasdaq", r"NASDAQ|Nasdaq|ナスダック|나스닥"),
        (
            "new york",
            "nyse",
            r"NYSE|New York Stock Exchange|ニューヨーク証券取引所|뉴욕\s?증권거래소",
        ),
    )
)
_PROSE_GATE = lazy_compile(
    "KOSPI|코스피|コスピ|유가증권|有価証券市場|KOSDAQ|코스닥|コスダック|Prime|プライム|프라임|"
    "Standard|スタンダード|스탠|Growth|グロース|그로스|NASDAQ|Nasdaq|ナスダック|나스닥|NYSE|"
    "New York Stock|ニューヨーク証券|뉴욕"
)
# a listing's code right after its market ('(KOSDAQ: 214370)', '（東証プライム：5598）',
# '코스닥 214370', 'TSE Prime Market: 5598'), which the figures compare with the code: such
# a market is left out of this reading
_CODE_AFTER = lazy_compile(r"\s?(?:市場|시장|[Mm]arket)?\s?[:：]?\s?[0-9][0-9A-Z]{3,5}(?![0-9])")


def market_said_otherwise(source: str, target: str) -> tuple[str, str] | None:
    """(as the source names it, as the target does) where the source names one market of
    an exchange in running text and the target another of the same exchange, and not the
    source's ('유가증권시장 상장사' as 'a KOSDAQ-listed company'); None otherwise."""
    if _PROSE_GATE.search(source) is None or _PROSE_GATE.search(target) is None:
        return None
    ours, theirs = _prose_markets(source), _prose_markets(target)
    for group, named in ours.items():
        if len(named) != 1 or group not in theirs:
            continue
        other = theirs[group]
        if not other.keys() & named.keys():
            return next(iter(named.values())), next(iter(other.values()))
    return None


def _prose_markets(text: str) -> dict[str, dict[str, str]]:
    """Each exchange's markets ``text`` names, but for a listing's before its code: group →
    {market: as written}."""
    found: dict[str, dict[str, str]] = {}
    for group, name, pattern in _PROSE_MARKETS:
        for match in pattern.finditer(text):
            if _CODE_AFTER.match(text, match.end()) is None:
                found.setdefault(group, {})[name] = match[0]
                break
    return found
