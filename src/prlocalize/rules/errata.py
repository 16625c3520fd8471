"""prlocalize.rules.errata
~~~~~~~~~~~~~~~~~~~~~~~

Where a correction notice quotes, on purpose, the wrong form it corrects: '（誤）加藤 幹雄
（正）加藤 幹夫', '(정정 전) … (정정 후) …', 'incorrectly stated his name as "Mikio
Katoh"' (or without the quotes: 'misspelled his name as Mikio Katoh'). A misspelt
name there is the point of the notice, not a defect of the release; the same form
anywhere else still is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlocalize.document import Document, Segment, Span
from prlocalize.lazy_patterns import lazy_compile

# A line that gives the wrong form: '（誤）', '【誤】', '誤：', '(정정 전)', '[수정 전]',
# 'Incorrect:'. The form runs to the line's end or to the marker of the right form.
_WRONG_MARK = lazy_compile(
    r"(?:^|(?<=\s))(?:"
    r"[（(【\[［〔<＜]\s*(?:誤|誤り|誤記|訂正前|정정\s*전|수정\s*전|오류|incorrect|wrong|error)\s*[）)】\]］〕>＞]"
    r"|(?:誤|誤り|訂正前|정정\s*전|수정\s*전|Incorrect|Wrong)\s*[：:]"
    r")\s*",
    re.IGNORECASE,
)
_RIGHT_MARK = lazy_compile(
    r"[（(【\[［〔<＜]\s*(?:正|正しく|訂正後|정정\s*후|수정\s*후|바른\s*표기|correct|right)\s*[）)】\]］〕>＞]"
    r"|(?:正|正しく|訂正後|정정\s*후|수정\s*후|Correct|Should\s+read)\s*[：:]"
    r"|[→⇒➡]",
    re.IGNORECASE,
)

# Prose that gives the wrong form in quotes: 'incorrectly stated the name as "X"',
# '「X」と記載しておりましたが', '‘X’로 잘못 표기', '「X」は「Y」の誤りでした'.
_EN_TRIGGER = lazy_compile(
    r"\b(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately|misspel(?:led|t)|"
    r"misstated|misidentified|misnamed|misprinted)\b",
    re.IGNORECASE,
)
_QUOTED = r"(?:\"([^\"\n]{1,80})\"|“([^”\n]{1,80})”|‘([^’\n]{1,80})’|'([^'\n]{1,80})')"
_EN_AS = lazy_compile(r"\b(?:as|to\s+be|to\s+read)\s+" + _QUOTED)
# a notice that says it corrects an earlier version, without a word that calls the form
# wrong: 'Correction: an earlier version spelled the term as "coldchain"', '… the name,
# previously given as "X"'; what it quotes after 'as' is the old form
_EN_CORRECTION = lazy_compile(
    r"^\W*(?:correction|corrected|clarification|erratum)\b"
    r"|\b(?:earlier|previous|original)\s+version\b"
    r"|\bpreviously\s+(?:given|written|spel(?:led|t)|stated|read|listed|shown|appeared|reported)\b",
    re.IGNORECASE,
)
# the same without quotes: a name in capitalised words ('misspelled his name as Hiroyuki
# Tsujimotto.', 'as Mr. Tsujimotto'), an honorific before it or not
_EN_AS_BARE = lazy_compile(
    r"\b(?:as|to\s+be|to\s+read)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
)
_JA_WRONG = lazy_compile(
    r"[「『]([^」』\n]{1,80})[」』](?:と(?:誤って)?(?:記載|表記|掲載|記)(?:して|いたして|し)(?:おりました|いました|まし)"
    r"|とありました|とあるのは|と誤記|は[「『][^」』\n]{1,80}[」』]の誤り)"
)
_KO_WRONG = lazy_compile(
    _QUOTED
    + r"\s*(?:(?:으로|로)\s*(?:잘못|오기|오표기)|(?:을|를|은|는)\s*"
    + _QUOTED
    + r"\s*(?:으로|로)\s*(?:바로잡|정정|수정))"
)


def _groups(match: re.Match[str], count: int = 4) -> tuple[int, int] | None:
    """Span of the first quote group that took part in the match."""
    for group in range(1, count + 1):
        if match.group(group) is not None:
            return match.span(group)
    return None


def _segment_wrong_forms(plain: str) -> Iterator[tuple[int, int]]:
    """``plain`` offsets of every wrong form a correction quotes in this segment."""
    line_start = 0
    for line in plain.split("\n"):
        for mark in _WRONG_MARK.finditer(line):
            start = mark.end()
            right = _RIGHT_MARK.search(line, start)
            end = right.start() if right else len(line)
            while end > start and line[end - 1].isspace():
                end -= 1
            if end > start:
                yield line_start + start, line_start + end
        line_start += len(line) + 1
    trigger = _EN_TRIGGER.search(plain) or _EN_CORRECTION.search(plain)
    if trigger:
        for quoted in _EN_AS.finditer(plain, trigger.end()):
            span = _groups(quoted)
            if span:
                yield span
        for bare in _EN_AS_BARE.finditer(plain, trigger.end()):
            yield bare.span(1)
    for quoted in _JA_WRONG.finditer(plain):
        yield quoted.span(1)
    for quoted in _KO_WRONG.finditer(plain):
        span = _groups(quoted)
        if span:
            yield span


# which text can hold a correction at all: cheap, so that other releases pay nothing
_ANY_CORRECTION = lazy_compile(
    r"誤|訂正|正しくは|정정|수정\s*전|바로잡|잘못|오기|incorrect|erroneous|mistaken|wrong|misspel|misstat"
    r"|misidentif|misnam|misprint|correct|clarif|errat"
    # (_EN_CORRECTION's versions and 'previously given': the bare words are in too many
    # releases, which would then each be read segment by segment)
    r"|(?:earlier|previous|original)\s+version|previously\s+(?:given|written|spel|stated|read"
    r"|listed|shown|appeared|reported)",
    re.IGNORECASE,
)


def quoted_wrong_forms(document: Document) -> list[Span]:
    """Source spans of the wrong forms ``document``'s correction notices quote."""
    if not _ANY_CORRECTION.search(document.text):
        return []
    spans: list[Span] = []
    for block in document.blocks:
        for segment in block.segments:
            spans.extend(_source_spans(segment))
    return spans


def _source_spans(segment: Segment) -> Iterator[Span]:
    plain = segment.plain or segment.text
    for start, end in _segment_wrong_forms(plain):
        yield segment.source_span(start, end)
