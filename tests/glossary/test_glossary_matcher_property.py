"""The automaton finds exactly what a slow scan over every form finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.glossary.matcher import (
    CASE_INSENSITIVE_KINDS,
    TermMatcher,
    _Folded,
    entry_forms,
    is_word_char,
)
from prlocalize.glossary.model import Entry, Glossary, Kind, PersonName, Term

FORM_CHARS = "aAbB語ア"
TEXT_CHARS = FORM_CHARS + " -'."

forms = st.text(FORM_CHARS + " ", min_size=1, max_size=5).map(str.strip).filter(bool)
entries = st.lists(
    st.tuples(
        st.sampled_from([Kind.TERM, Kind.ORG, Kind.PERSON]), forms, st.lists(forms, max_size=2)
    ),
    min_size=1,
    max_size=8,
)


def _term(kind: Kind, text: str, variants: list[str]) -> Term:
    name = None
    if kind is Kind.PERSON and " " in text:  # derived glued and reversed forms come into play
        given, family = text.split(" ", 1)
        name = PersonName(given, family)
    return Term(text, variants=tuple(v for v in variants if v != text), name=name)


def _glossary(spec: list[tuple[Kind, str, list[str]]]) -> Glossary:
    return Glossary(
        Entry(f"e{i}", kind, {"en": _term(kind, text, variants)})
        for i, (kind, text, variants) in enumerate(spec)
    )


def _slow_scan(glossary: Glossary, text: str) -> list[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for entry in glossary:
        for form, _ in entry_forms(entry, "en"):
            for start in range(len(text) - len(form) + 1):
                end = start + len(form)
                piece = text[start:end]
                same = (
                    piece.lower() == form.lower()
                    if entry.kind in CASE_INSENSITIVE_KINDS
                    else piece == form
                )
                if not same:
                    continue
                if is_word_char(form[0]) and start > 0 and is_word_char(text[start - 1]):
                    continue
                if is_word_char(form[-1]) and end < len(text) and is_word_char(text[end]):
                    continue
                spans.add((start, end))
    chosen: list[tuple[int, int]] = []
    last = 0
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start >= last:
            chosen.append((start, end))
            last = end
    return chosen


@settings(max_examples=150, deadline=None)
@given(entries, st.text(TEXT_CHARS, max_size=40))
def test_matcher_equals_slow_scan(spec: list[tuple[Kind, str, list[str]]], text: str) -> None:
    glossary = _glossary(spec)
    found = TermMatcher.build(glossary, "en").find(text)
    assert [(m.start, m.end) for m in found] == _slow_scan(glossary, text)
    for match in found:
        assert text[match.start : match.end] == match.text
        assert match.text.lower() == match.form.lower()


def _full_width(text: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
    )


@settings(max_examples=100, deadline=None)
@given(entries, st.text(TEXT_CHARS, max_size=40))
def test_full_width_text_matches_like_half_width(
    spec: list[tuple[Kind, str, list[str]]], text: str
) -> None:
    matcher = TermMatcher.build(_glossary(spec), "en")
    wide = _full_width(text)
    half = [(m.start, m.end, m.entry.id) for m in matcher.find(text)]
    full = [(m.start, m.end, m.entry.id) for m in matcher.find(wide)]
    assert full == half


# characters that fold to several (㈜, ﬁ, ß, ㍿), to none (a soft hyphen is kept by
# NFKC, but U+FE0F … are not marks) or compose with the one before (a combining accent,
# a Hangul vowel jamo), among plain ones
FOLD_CHARS = "aB주사 ㈜ﬁß㍿\u00ad\ufe0f\u0301\u1161e("


@settings(max_examples=300, deadline=None)
@given(st.text(FOLD_CHARS, max_size=30))
def test_folding_in_runs_equals_folding_chunk_by_chunk(text: str) -> None:
    fast = _Folded(text)
    slow = _Folded("")
    slow.original_length = len(text)
    slow._fold_slowly(text)
    assert fast.text == slow.text
    for start in range(len(slow.text)):  # every non-empty stretch a match may cover
        for end in range(start + 1, len(slow.text) + 1):
            assert fast.span(start, end) == slow.span(start, end)
