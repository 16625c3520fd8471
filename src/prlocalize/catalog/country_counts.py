"""prlocalize.catalog.country_counts
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Figures given per country, swapped between the countries in the translation: '9 plants in
Japan and 5 plants in South Korea' as '日本の5工場と韓国の9工場' or '일본 5개 공장, 한국 9개
공장'. Every figure is still there, so the figure check sees nothing changed; the reader
now sends the plants to the other country.

A country is read by its name in each language as Babel's locale data gives it ('South
Korea', '韓国', '대한민국'), and by the short names releases use ('Korea', '한국', '米国',
'the U.S.'): the countries releases between these markets name most (a pattern of every
territory would cost every message pair a few hundred alternatives). A text is cut into
clauses (at commas, semicolons and the words that join two: 'and', 'while', 'と', '과',
'및'); a clause with one country and one figure pairs them. Only two countries or more
paired on both sides, with the same figures among them, are compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from prlocalize.catalog.ranked_shares import values_traded
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["country_figures_swapped", "country_mentions", "market_changed"]

# the countries read (ISO 3166 codes)
_CODES = (
    "JP", "KR", "US", "CN", "TW", "HK", "GB", "DE", "FR", "IT", "ES", "NL", "SE", "CH", "IN",
    "VN", "TH", "SG", "ID", "MY", "PH", "AU", "NZ", "CA", "MX", "BR", "AE", "SA",
)  # fmt: skip
# short names releases use beside Babel's ('Korea' for 'South Korea', '한국' for '대한민국')
_SHORT_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "Korea": "KR",
        "U.S.": "US",
        "US": "US",
        "USA": "US",
        "America": "US",
        "UK": "GB",
        "U.K.": "GB",
        "Britain": "GB",
        # (automotive: the names news use where Babel's are long)
        "Hong Kong": "HK",
        "UAE": "AE",
    },
    # (automotive: Australia and Hong Kong as Japanese and Korean news write them)
    "ja": {"米国": "US", "アメリカ": "US", "英国": "GB", "豪州": "AU", "香港": "HK"},
    "ko": {"한국": "KR", "남한": "KR", "영국": "GB", "호주": "AU", "홍콩": "HK"},
}
# where one clause ends and the next begins
_CLAUSE_CUT = {
    "en": lazy_compile(r"[,;:()]|\s(?:and|while|whereas|but|versus|vs\.)\s", re.IGNORECASE),
    "ja": lazy_compile(r"[、，,;；:：。（）()]|と(?![もし])"),
    "ko": lazy_compile(r"[,，;；:：.()（）]|(?<=[가-힣])[과와](?=\s)|\s및\s"),
}
_FIGURE = lazy_compile(r"(?<![A-Za-z0-9.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_EN_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip
_EN_WORD = lazy_compile(r"\b(" + "|".join(_EN_WORDS) + r")\b")
_DIGIT = lazy_compile(r"\d")
_CONTINENT_BEFORE = lazy_compile(r"(?:North|South|Latin|Central)[\s-]\Z")
_LANGS = frozenset(("en", "ja", "ko"))


@cache
def _countries(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of ``lang``'s country names and each name's territory code."""
    from babel import Locale

    territories = Locale.parse(lang).territories
    names = {territories[code]: code for code in _CODES if code in territories}
    names.update(_SHORT_NAMES.get(lang, {}))
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    if lang == "en":
        # (opening with the names, the engine skips to their first letters in C; the
        # character before a name is tested by _names)
        pattern = rf"(?:{alternatives})(?![\w])"
    else:
        # not a language ('韓国語', '한국어') or another word the name opens ('한국전력')
        pattern = rf"(?:{alternatives})(?![語어인계전])"
    return re.compile(pattern), names


def country_mentions(text: str, lang: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each country ``text`` names (in en, ja or ko), with its territory code."""
    pattern, codes = _countries(lang)
    for match in _names(pattern, text):
        yield match, codes[match[0]]


# automotive recalls: incidents or vehicles at home and abroad ('国内で3件、海外で5件',
# '국내 3건, 해외 5건', '3 in Japan... ' is a country: only these words pair with each other)
_HOME_ABROAD: dict[str, dict[str, str]] = {
    "en": {"domestic": "home", "domestically": "home", "overseas": "abroad", "abroad": "abroad"},
    "ja": {"国内": "home", "海外": "abroad", "国外": "abroad"},
    "ko": {"국내": "home", "해외": "abroad", "국외": "abroad"},
}


@cache
def _clause_names(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """_countries with the words for home and abroad, which clauses pair figures with."""
    countries, names = _countries(lang)
    home = _HOME_ABROAD.get(lang, {})
    # (not a country's own: '日本国内', '米国内' are Japan, the U.S.)
    before = r"\b" if lang == "en" else r"(?<![\u4e00-\u9fff\u30a0-\u30ff가-힣])"
    words = "|".join(re.escape(n) for n in sorted(home, key=len, reverse=True))
    after = r"(?![\w])" if lang == "en" else r"(?![語어인계전])"
    pattern = f"{countries.pattern}|{before}(?:{words}){after}" if words else countries.pattern
    return re.compile(pattern), {**names, **home}


def _pairs(text: str, lang: str) -> dict[str, tuple[Decimal, str]]:
    """Each country paired with the one figure of its clause (a country given two figures
    is left out)."""
    pattern, codes = _clause_names(lang)
    if len({codes[m[0]] for m in _names(pattern, text)}) < 2:
        return {}  # (most texts: one country or none, no clause to cut)
    out: dict[str, tuple[Decimal, str]] = {}
    clashes: set[str] = set()
    start = 0
    cuts = [m.start() for m in _CLAUSE_CUT[lang].finditer(text)] + [len(text)]
    for end in cuts:
        clause = text[start:end]
        start = end + 1
        countries = {codes[m[0]]: m[0] for m in _names(pattern, clause)}
        if len(countries) != 1:
            continue
        figures = [m[0] for m in _FIGURE.finditer(clause)]
        if lang == "en":
            figures += [m[0] for m in _EN_WORD.finditer(clause)]
        if len(figures) != 1:
            continue
        value = _value(figures[0])
        if value is None:
            continue
        ((code, written),) = countries.items()
        if code in out and out[code][0] != value:
            clashes.add(code)
        out.setdefault(code, (value, written))
    return {code: pair for code, pair in out.items() if code not in clashes}


def _names(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The country names of ``text``, none inside a longer word ('USA' in 'MUSAN', Korean
    '인도' in '타인도'), nor a continent's ('North America')."""
    for match in pattern.finditer(text):
        at = match.start()
        before = text[at - 1] if at else ""
        if before and (before.isalnum() or before in "._") and before.isascii():
            continue
        if "\uac00" <= before <= "\ud7a3":
            continue  # (Korean writes a country's name as a word of its own)
        if match[0] == "America" and _CONTINENT_BEFORE.search(text, max(0, at - 9), at):
            continue
        yield match


def _value(figure: str) -> Decimal | None:
    if figure in _EN_WORDS:
        return Decimal(_EN_WORDS.index(figure) + 2)
    try:
        return Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None


def country_figures_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str] | None:
    """Two countries (as the source writes them) whose figures the translation gives each
    other, every figure still there; None otherwise."""
    if silent(memo, "country_counts.country_figures_swapped"):
        return None
    if source_lang not in _LANGS or target_lang not in _LANGS:
        return None
    ours = _pairs(source, source_lang) if _has_figure(source) else {}
    if len(ours) < 2:
        keep_silent(memo, "country_counts.country_figures_swapped")
        return None
    return values_traded(ours, _pairs(target, target_lang))


def _has_figure(text: str) -> bool:
    return _DIGIT.search(text) is not None or _EN_WORD.search(text) is not None


# -- automotive recall notices: the markets named changed ('北米および韓国で販売した車両'
# as 'vehicles sold in North America and Europe', '북미와 중국'): the world's regions as
# releases name them, beside the countries above
_REGIONS: dict[str, dict[str, str]] = {
    "en": {
        "North America": "NA", "Europe": "EU", "Asia": "AS", "Middle East": "ME",
        "Latin America": "LA", "South America": "LA", "Oceania": "OC", "Africa": "AF",
    },
    "ja": {
        "北米": "NA", "欧州": "EU", "ヨーロッパ": "EU", "アジア": "AS", "中東": "ME",
        "中南米": "LA", "南米": "LA", "オセアニア": "OC", "アフリカ": "AF",
    },
    "ko": {
        "북미": "NA", "유럽": "EU", "아시아": "AS", "중동": "ME", "중남미": "LA",
        "남미": "LA", "오세아니아": "OC", "아프리카": "AF",
    },
}  # fmt: skip
# what else says a country or region is there: its people's or its adjective's word
# ('a Chinese supplier', 'European markets'); Japanese and Korean hold the name itself
_EN_ADJECTIVES = {
    "CN": ("Chinese",), "US": ("American", "U.S.", "US-"), "GB": ("British",),
    "DE": ("German",), "FR": ("French",), "IT": ("Italian",), "ES": ("Spanish",),
    "NL": ("Dutch",), "SE": ("Swedish",), "CH": ("Swiss",), "IN": ("Indian",),
    "VN": ("Vietnamese",), "TH": ("Thai",), "PH": ("Filipino", "Philippine"),
    "AU": ("Australian",), "CA": ("Canadian",), "MX": ("Mexican",), "BR": ("Brazilian",),
    "TW": ("Taiwanese",), "SG": ("Singaporean",), "ID": ("Indonesian",),
    "MY": ("Malaysian",), "NZ": ("New Zealand",), "AE": ("Emirati", "UAE"),
    "SA": ("Saudi",), "HK": ("Hong Kong",), "EU": ("European",), "AS": ("Asian",),
    "AF": ("African",), "LA": ("Latin American",), "ME": ("Middle Eastern",),
    "NA": ("North American",),
}  # fmt: skip


@cache
def _markets(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The pattern of ``lang``'s country and region names, each name's code, and each
    code's words (names, and in English adjectives) as a loose substring test."""
    _, countries = _countries(lang)
    names = {**countries, **_REGIONS[lang]}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    after = r"(?![\w])" if lang == "en" else r"(?![語어인계전])"
    words: dict[str, tuple[str, ...]] = {}
    for name, code in names.items():
        words[code] = (*words.get(code, ()), name)
    if lang == "en":
        for code, adjectives in _EN_ADJECTIVES.items():
            words[code] = (*words.get(code, ()), *adjectives)
    return re.compile(f"(?:{alternatives}){after}"), words


def _named(text: str, lang: str) -> dict[str, str]:
    """The countries and regions ``text`` names, by code, as first written."""
    pattern, words = _markets(lang)
    codes = {name: code for code, names in words.items() for name in names}
    out: dict[str, str] = {}
    for match in _names(pattern, text):
        code = codes.get(match[0])
        if code is not None:
            out.setdefault(code, match[0])
    return out


def _mentions(text: str, lang: str, code: str) -> bool:
    """Whether ``text`` says ``code`` in any of its words ('Korean' for Korea)."""
    return any(word in text for word in _markets(lang)[1].get(code, ()))


def market_changed(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str] | None:
    """(a country or region the source names, one the translation names instead) where
    the translation says nothing of the one and the source nothing of the other
    ('北米および韓国' as 'North America and Europe'), else None."""
    if silent(memo, "country_counts.market_changed"):
        return None
    if source_lang not in _LANGS or target_lang not in _LANGS:
        return None
    ours = _named(source, source_lang)
    if not ours:
        keep_silent(memo, "country_counts.market_changed")
        return None
    theirs = _named(target, target_lang)
    dropped = [code for code in ours if not _mentions(target, target_lang, code)]
    added = [code for code in theirs if not _mentions(source, source_lang, code)]
    if len(dropped) != 1 or len(added) != 1:
        return None  # (one name for another; more is a rewrite, not a slip)
    return ours[dropped[0]], theirs[added[0]]
