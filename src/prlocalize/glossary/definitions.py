"""prlocalize.glossary.definitions
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Short forms a release defines for itself: ``Takeda Pharmaceutical Company Limited
(hereafter "Takeda")``, ``(the "Company")``, ``武田薬品工業株式会社（以下「武田薬品」）``,
``以下、「当社」``, ``다케다제약(이하 '다케다')``, ``이하 "회사"``. Such a form is approved
for the entry it follows in that release: the glossary entry written last before the
bracket that holds the definition (or before the definition itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch, TermMatcher

_OPEN = "\"“'‘「『"
_CLOSE = "\"”'’」』"


def _form(n: int) -> str:
    return rf"[{_OPEN}](?P<form{n}>[^{_OPEN}{_CLOSE}\n]{{1,60}}?)[{_CLOSE}]"


_DEFINITION = re.compile(
    "|".join(
        (
            # English: (hereafter "Takeda"), (hereinafter referred to as "Takeda")
            rf"\b(?:hereafter|hereinafter)\b,?(?:\s+(?:referred\s+to\s+as|called))?,?\s*"
            rf"(?:the\s+)?{_form(0)}",
            # (the "Company"), ("Takeda"), (TSE: 4502; "Takeda")
            rf"[(（;,]\s*(?:together\s+)?(?:the\s+)?{_form(1)}\s*[)）]",
            # Japanese: 以下「武田薬品」, 以下、「当社」, 略称「武田」, 通称：「武田」
            rf"(?:以下|略称|通称)\s*[、,，:：]?\s*{_form(2)}",
            # Korean: 이하 '다케다', 이하 "회사", (이하 ‘다케다’), 약칭 '다케다'
            rf"(?:이하|약칭|약어)\s*[,，:：]?\s*{_form(3)}",
            # unquoted, opening a bracket or a part of one, up to its end: （以下、さくら）,
            # （以下さくらという。）, (대표 김철수, 이하 사쿠라); not '（従業員100人以下の企業）'
            r"[(（、,，]\s*(?:以下|略称|通称)\s*[、,，:：]?\s*(?P<form4>(?!の)[^「『\"“'‘、。，,（）()\s]{1,30}?)\s*"
            r"(?:という|といいます|と称します|と呼びます|と略します)?[。.]?\s*[)）]",
            r"[(（,，]\s*(?:이하|약칭|약어)\s*[,，:：]?\s*(?P<form5>[^'\"‘’“”()（）\s,][^'\"‘’“”()（）,]{0,30}?)\s*"
            r"(?:(?:이)?라(?:고)?\s*(?:함|한다|칭함))?\s*[)）]",
        )
    ),
    re.IGNORECASE,
)
# several quoted forms in one bracket: ("Sakura" or the "Company"), ("SMC", "Sakura"),
# or after its stock code: (TSE: 7299; "Hanazono" or "the Company")
_LIST = re.compile(
    rf"[(（;；]\s*(?:the\s+)?[{_OPEN}][^{_OPEN}{_CLOSE}\n]{{1,60}}[{_CLOSE}]"
    rf"(?:\s*(?:,|;|、|\bor\b|\band\b|,\s*or\b|,\s*and\b)\s*(?:the\s+)?"
    rf"[{_OPEN}][^{_OPEN}{_CLOSE}\n]{{1,60}}[{_CLOSE}])+\s*[)）]",
    re.IGNORECASE,
)
_QUOTED_FORM = re.compile(rf"[{_OPEN}](?P<form>[^{_OPEN}{_CLOSE}\n]{{1,60}}?)[{_CLOSE}]")
# what every definition holds (one search in C instead of a test per word)
_HINT = re.compile(
    "here(?:in)?after|以下|略称|通称|이하|약칭|약어|[\"“]|[(（;,]\\s*(?:the\\s+)?['‘「『]",
    re.IGNORECASE,
)
# an acronym in brackets after the name it abbreviates: "Ministry of Trade, Industry and
# Energy (MOTIE)", "Korea Trade-Investment Promotion Agency (KOTRA)"; a definition as
# official English versions write one, without quotes; the bracket may go on to say more
# after a comma or a semicolon: "Personal Information Protection Commission (PIPC,
# Chairperson Oh Se-rin)"
_ACRONYM = re.compile(
    r"[(（]\s*(?P<form>[A-Z][A-Za-z&]{0,4}[A-Z][A-Za-z0-9&]{0,6})\s*(?:[)）]|[,;，；]\s)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKETS = ")）"


@dataclass(frozen=True, slots=True)
class Definition:
    form: str  # the short form as defined ("Takeda", "Company", "武田薬品")
    start: int  # of the form in the text
    end: int
    entry_id: str | None  # the glossary entry it stands for, when one precedes it
    # whether the entry's name is written right before the definition (its bracket, or
    # ', hereafter'), not somewhere earlier in the sentence: '… agreement (the
    # "Agreement")' follows no name, whatever name the sentence opened with
    adjacent: bool = False


def has_definition(text: str) -> bool:
    """Whether ``text`` may define a short form in words (one search, no definition read)."""
    return _HINT.search(text) is not None


def find_definitions(text: str, matcher: TermMatcher | None = None) -> list[Definition]:
    """Every short form ``text`` defines, with the glossary entry it follows."""
    if _HINT.search(text) is None:
        # most segments define nothing: skip the regular expression
        return _acronyms(text, matcher) if "(" in text or "（" in text else []
    spans: list[tuple[int, int, int]] = []  # (where the definition starts, form's span)
    for match in _DEFINITION.finditer(text):
        name = next(k for k, v in match.groupdict().items() if v is not None)
        form = match.group(name).strip()
        if form:
            start = match.start(name) + match.group(name).index(form)
            spans.append((match.start(), start, start + len(form)))
    for match in _LIST.finditer(text):
        for quoted in _QUOTED_FORM.finditer(match.group()):
            form = quoted.group("form").strip()
            if form:
                start = match.start() + quoted.start("form") + quoted.group("form").index(form)
                spans.append((match.start(), start, start + len(form)))
    found: list[Definition] = []
    matches = None
    acronyms = _acronyms(text, matcher) if "(" in text or "（" in text else []
    seen: set[int] = set()
    for at, start, end in sorted(spans, key=lambda s: s[1]):
        if start in seen:
            continue  # (a form in a list that the single pattern found as well)
        seen.add(start)
        entry, adjacent = None, False
        if matcher is not None:
            if matches is None:
                matches = [m for m in matcher.find(text) if m.kind != "forbidden"]
            entry, adjacent = _preceding_entry(text, at, matches)
        found.append(Definition(text[start:end], start, end, entry, adjacent))
    found.extend(a for a in acronyms if a.start not in seen)
    return sorted(found, key=lambda d: d.start)


def _acronyms(text: str, matcher: TermMatcher | None) -> list[Definition]:
    """The acronyms ``text`` defines in brackets after the name they abbreviate; with a
    ``matcher``, only after a glossary entry (whose English form may be what it
    abbreviates: "산업통상자원부(MOTIE)")."""
    found: list[Definition] = []
    matches = None
    for match in _ACRONYM.finditer(text):
        form, at = match["form"], match.start()
        entry = None
        if matcher is not None:
            if matches is None:
                matches = [m for m in matcher.find(text) if m.kind != "forbidden"]
            last = max((m for m in matches if m.end <= at), key=lambda m: m.end, default=None)
            if last is None or text[last.end : at].strip():
                continue  # the bracket does not follow the entry's name
            english = last.entry.approved("en") or ""
            if not (_abbreviates(form, text[:at]) or _abbreviates(form, english)):
                continue
            entry = last.entry.id
        elif not _abbreviates(form, text[:at]):
            continue
        found.append(Definition(form, match.start("form"), match.end("form"), entry, True))
    return found


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are, in order, in the last words of ``name`` from one
    that starts with its first letter ("MOTIE": Ministry of Trade, Industry and Energy)."""
    words = _WORD.findall(name[-160:])[-12:]
    letters = [c for c in acronym.casefold() if c.isalpha()]
    for i in range(len(words) - 1, -1, -1):
        if words[i][0].casefold() != letters[0]:
            continue
        rest = iter("".join(words[i:]).casefold())
        if all(letter in rest for letter in letters):
            return len(words) - i >= 2 or len(letters) <= len(words[i]) // 2
    return False


def _preceding_entry(text: str, at: int, matches: Iterable[TermMatch]) -> tuple[str | None, bool]:
    """The entry written last before the bracket that opens around ``at`` (or before
    ``at``), and whether only spaces or a comma stand between its name and the bracket."""
    depth, limit = 0, at
    for i in range(at - 1, -1, -1):
        char = text[i]
        if char in _CLOSING_BRACKETS:
            depth += 1
        elif char in _OPENING_BRACKETS:
            if depth == 0:
                limit = i
                break
            depth -= 1
    asides = _closed_brackets(text, limit)
    # a name inside a bracket closed before the definition's ('(Nasdaq: CRVN)', '(CEO:
    # Kang Min-jae)') is the aside's, not the name the definition follows
    before = [m for m in matches if m.end <= limit and not any(s < m.start < e for s, e in asides)]
    if not before:
        return None, False
    last = max(before, key=lambda m: m.end)
    between = text[last.end : limit]
    for s, e in sorted(asides, reverse=True):
        if last.end <= s:
            between = between[: s - last.end] + between[e - last.end :]
    # only spaces, a comma, the quote the name closes or its asides stand between
    return last.entry.id, not between.strip(" \t,、，" + _CLOSE)


def _closed_brackets(text: str, limit: int) -> list[tuple[int, int]]:
    """The (start, end) of each outermost bracket opened and closed before ``limit``."""
    found: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, char in enumerate(text[:limit]):
        if char in _OPENING_BRACKETS:
            opened.append(i)
        elif char in _CLOSING_BRACKETS and opened:
            start = opened.pop()
            if not opened:
                found.append((start, i + 1))
    return found


def defined_forms(definitions: Iterable[Definition]) -> dict[str, frozenset[str]]:
    """Entry id → the short forms defined for it."""
    forms: dict[str, set[str]] = {}
    for definition in definitions:
        if definition.entry_id is not None:
            forms.setdefault(definition.entry_id, set()).add(definition.form)
    return {k: frozenset(v) for k, v in forms.items()}


def merge_forms(*tables: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    merged: dict[str, frozenset[str]] = {}
    for table in tables:
        for key, forms in table.items():
            merged[key] = merged.get(key, frozenset()) | forms
    return merged
