"""prlocalize.catalog.alert_kinds
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The kind of an alert a local government or a weather agency issues, which its release
names by a set word in each language: an evacuation order or an advisory ('避難指示' /
'避難勧告', '대피 지시' / '대피 권고', 'ordered to evacuate' / 'advised to evacuate'),
and a weather agency's emergency warning, warning or advisory ('大雨特別警報' / '大雨警報'
/ '大雨注意報', '특별경보' / '경보' / '주의보'). Residents act on the kind: an order said as
an advisory, or an emergency warning as a warning, tells them they may stay. No figure
changes, so nothing else sees it.

A text is read only if it holds one of the kinds' words (a substring pre-test); each
kind's words are read narrowly, the higher kind first and left out of the lower one
('特別警報' is no '警報', 'emergency heavy rain warning' no plain 'warning'). A source that
names one kind of a family and a translation that names another one only is reported; a
text naming two kinds of one family (an advisory raised to an order) is not read.
"""

from __future__ import annotations

import re

__all__ = ["alert_kinds_turned"]

_W = r"(?:[A-Za-z-]+ ){0,6}?"  # up to six words between (lazy, bounded: linear)
_W3 = r"(?:[A-Za-z-]+ ){0,3}?"  # ... three (a warning's hazard: 'heavy rain')
# each family: its pre-test substrings per language, then its kinds, highest first
_FAMILIES: tuple[tuple[dict[str, tuple[str, ...]], tuple[tuple[str, dict[str, str]], ...]], ...] = (
    (
        {"en": ("vacuat",), "ja": ("避難",), "ko": ("대피", "피난")},
        (
            (
                "order",
                {
                    "en": rf"\bevacuation orders?\b|\bordered {_W}to evacuate\b"
                    rf"|(?<!in )\border(?:ed|s)? {_W}(?:to )?evacuat\w*|\bmandatory evacuation\b",
                    "ja": "避難指示",
                    "ko": r"(?:대피|피난)\s?(?:지시|명령)|대피령",
                },
            ),
            (
                "advisory",
                {
                    "en": rf"\bevacuation advisor(?:y|ies)\b|\badvised {_W}to evacuate\b"
                    rf"|\brecommend(?:ed|s)? {_W}(?:to )?evacuat\w*",
                    "ja": "避難勧告",
                    "ko": r"(?:대피|피난)\s?권고|대피를 권고",
                },
            ),
        ),
    ),
    (
        {"en": ("arning", "dvisor"), "ja": ("警報", "注意報"), "ko": ("경보", "주의보")},
        (
            (
                "emergency warning",
                {
                    "en": rf"\b(?:emergency|special) {_W3}warnings?\b",
                    "ja": "特別警報",
                    "ko": r"특별\s?경보",
                },
            ),
            (
                "warning",
                {
                    "en": r"\bwarnings?\b",
                    "ja": "警報",
                    # (not an alert's level, '경보 4단계', nor an air raid's '경계경보')
                    "ko": r"(?<!경계)경보(?!\s?\d\s?단계)",
                },
            ),
            (
                "advisory",
                {
                    "en": r"(?<!evacuation )\badvisor(?:y|ies)\b",
                    "ja": "注意報",
                    "ko": "주의보",
                },
            ),
        ),
    ),
)
_COMPILED = tuple(
    (
        hints,
        tuple(
            (kind, {lang: re.compile(p, re.IGNORECASE) for lang, p in words.items()})
            for kind, words in kinds
        ),
    )
    for hints, kinds in _FAMILIES
)


def alert_kinds_turned(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[tuple[str, str]]:
    """Each alert the source names by one kind that the translation names by another
    kind only, as (the source's words, the translation's words)."""
    out = []
    for hints, kinds in _COMPILED:
        ours, theirs = hints.get(source_lang), hints.get(target_lang)
        if ours is None or theirs is None:
            continue
        if not any(w in source for w in ours) or not any(w in target for w in theirs):
            continue
        said = _kinds_said(kinds, source, source_lang)
        stated = _kinds_said(kinds, target, target_lang)
        if len(said) == 1 and len(stated) == 1 and said[0][0] != stated[0][0]:
            out.append((said[0][1], stated[0][1]))
    return out


def _kinds_said(
    kinds: tuple[tuple[str, dict[str, re.Pattern[str]]], ...], text: str, lang: str
) -> list[tuple[str, str]]:
    """The kinds ``text`` names, each with its words; a higher kind's words are blanked
    before a lower one is looked for."""
    found = []
    for kind, words in kinds:
        pattern = words.get(lang)
        if pattern is None:
            return []
        first = pattern.search(text)
        if first is None:
            continue
        found.append((kind, first[0]))
        text = pattern.sub(lambda m: " " * len(m[0]), text)
    return found
