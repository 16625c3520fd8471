"""A report's Excerpt (what streams to the reporter once the text is let go) gives the
same positions and lines as the whole text does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prlocalize.document import Span
from prlocalize.findings import Applicability, Edit, Excerpt, Finding, Fix, Severity, WholeText


def _finding(start: int, end: int, fix_at: tuple[int, int] | None = None) -> Finding:
    fix = None
    if fix_at is not None:
        fix = Fix((Edit(Span(*fix_at), "x"),), Applicability.SAFE, "t")
    return Finding("a.txt", Span(start, end), "PR301", "n", Severity.WARNING, "m", fix=fix)


TEXTS = st.text(alphabet="ab\n\r가 ", max_size=80)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_excerpt_positions_and_lines_match_the_whole_text(text: str, data: st.DataObject) -> None:
    offset = st.integers(0, len(text))
    spans = data.draw(st.lists(st.tuples(offset, offset), max_size=6))
    fixes = data.draw(
        st.lists(
            st.one_of(st.none(), st.tuples(offset, offset)),
            min_size=len(spans),
            max_size=len(spans),
        )
    )
    findings = [_finding(min(a, b), max(a, b), f) for (a, b), f in zip(spans, fixes, strict=True)]
    whole, excerpt = WholeText(text), Excerpt(text, findings)
    for f in findings:
        for o in (f.span.start, f.span.end):
            assert excerpt.position(o) == whole.position(o)
        line = whole.position(f.span.start).line
        assert excerpt.line(line) == whole.line(line)
        if f.fix is not None:
            for e in f.fix.edits:
                assert excerpt.position(e.span.start) == whole.position(e.span.start)


def test_excerpt_of_a_file_with_no_finding_keeps_nothing() -> None:
    excerpt = Excerpt("a\nb\n" * 1000, [])
    assert excerpt.line(1) is None
