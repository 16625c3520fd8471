"""prlocalize.findings
~~~~~~~~~~~~~~~~~~~

What rules return: :class:`Finding` objects with a code, a span and an optional
:class:`Fix`, and :func:`apply_fixes`, which applies non-overlapping fixes to a text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from prlocalize.document import LineIndex, Position, Span
from prlocalize.errors import InputError


class Severity(Enum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Applicability(Enum):
    SAFE = "safe"  # certain; applied by --fix
    SUGGESTED = "suggested"  # likely; shown and put in --diff, never applied automatically


@dataclass(frozen=True, slots=True)
class Edit:
    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability
    title: str

    @classmethod
    def replace(cls, span: Span, replacement: str, title: str, *, safe: bool) -> Fix:
        return cls(
            (Edit(span, replacement),),
            Applicability.SAFE if safe else Applicability.SUGGESTED,
            title,
        )

    @property
    def safe(self) -> bool:
        return self.applicability is Applicability.SAFE


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    span: Span  # character offsets in the original text of ``path``
    code: str
    name: str
    severity: Severity
    message: str
    found: str = ""
    suggestion: str | None = None
    fix: Fix | None = None

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.safe

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.start, self.span.end, self.code)


@dataclass(frozen=True, slots=True)
class FixResult:
    text: str
    applied: tuple[Finding, ...]
    skipped: tuple[Finding, ...]


def apply_fixes(
    text: str, findings: Iterable[Finding], *, include_suggested: bool = False
) -> FixResult:
    """Apply the fixes of ``findings`` to ``text``.

    Fixes are applied in source order; one whose edits overlap an already applied
    edit is skipped (the caller re-checks and applies it on a later pass).
    """
    wanted = [
        f
        for f in findings
        if f.fix is not None and (f.fix.safe or include_suggested) and f.fix.edits
    ]
    wanted.sort(key=lambda f: (min(e.span.start for e in f.fix.edits), f.code))  # type: ignore[union-attr]
    applied: list[Finding] = []
    skipped: list[Finding] = []
    taken: list[Span] = []
    for finding in wanted:
        edits = finding.fix.edits  # type: ignore[union-attr]
        if any(_overlaps(e.span, t) for e in edits for t in taken):
            skipped.append(finding)
            continue
        taken.extend(e.span for e in edits)
        applied.append(finding)
    edits_in_order: list[Edit] = sorted(
        (e for f in applied for e in f.fix.edits),  # type: ignore[union-attr]
        key=lambda e: (e.span.start, e.span.end),
    )
    out: list[str] = []
    cursor = 0
    for edit in edits_in_order:
        out.append(text[cursor : edit.span.start])
        out.append(edit.replacement)
        cursor = edit.span.end
    out.append(text[cursor:])
    return FixResult("".join(out), tuple(applied), tuple(skipped))


def _overlaps(a: Span, b: Span) -> bool:
    if a.start == a.end or b.start == b.end:  # insertions clash only at the same point
        return a.start == b.start or (b.start < a.start < b.end) or (a.start < b.start < a.end)
    return a.start < b.end and b.start < a.end


def max_severity(findings: Sequence[Finding]) -> Severity | None:
    return max((f.severity for f in findings), key=lambda s: s.value, default=None)


class SourceLines(Protocol):
    """What reporters read of a file's text: where an offset is, and a line's content."""

    def position(self, offset: int) -> Position: ...

    def line(self, number: int) -> str | None: ...


class WholeText:
    """:class:`SourceLines` over a whole text."""

    __slots__ = ("_index", "_text")

    def __init__(self, text: str, index: LineIndex | None = None) -> None:
        self._text = text
        self._index = index if index is not None else LineIndex(text)

    def position(self, offset: int) -> Position:
        return self._index.position(offset)

    def line(self, number: int) -> str | None:
        """Line ``number`` (1-based) without its line ending; None past the end."""
        if not 1 <= number <= len(self._index):
            return None
        start = self._index.line_start(number)
        end = self._text.find("\n", start)
        return self._text[start : len(self._text) if end == -1 else end].rstrip("\r")


class Excerpt:
    """:class:`SourceLines` kept of a text once it is let go: the position of every
    offset its findings and their fixes refer to, and the lines the findings start on.
    A report streamed from a worker to a reporter carries this instead of the text."""

    __slots__ = ("_lines", "_positions")

    def __init__(self, text: str, findings: Iterable[Finding]) -> None:
        offsets: set[int] = set()
        starts: set[int] = set()
        for f in findings:
            offsets.update((f.span.start, f.span.end))
            starts.add(f.span.start)
            if f.fix is not None:
                offsets.update(o for e in f.fix.edits for o in (e.span.start, e.span.end))
        # Counted from one offset to the next, not through a LineIndex of the whole text:
        # most files have no finding, and a catalog has tens of thousands of lines
        self._positions: dict[int, Position] = {}
        self._lines: dict[int, str | None] = {}
        line, counted, start = 1, 0, 0
        for offset in sorted(offsets):
            breaks = text.count("\n", counted, offset)
            if breaks:  # searched back no further than the last offset: linear in all
                line += breaks
                start = text.rfind("\n", counted, offset) + 1
            counted = offset
            self._positions[offset] = Position(line, offset - start + 1)
            if offset in starts and line not in self._lines:
                end = text.find("\n", start)
                self._lines[line] = text[start : len(text) if end == -1 else end].rstrip("\r")

    def position(self, offset: int) -> Position:
        return self._positions[offset]  # only the offsets of its findings were kept

    def line(self, number: int) -> str | None:
        return self._lines.get(number)


@dataclass
class FileReport:
    """The findings of one checked file, with its text (reporters compute lines from it).

    A report may let its text go (:meth:`let_go`): it then keeps an :class:`Excerpt`,
    all that the text, JSON, SARIF and GitHub reports need, and ``text`` is empty."""

    path: str
    text: str
    findings: list[Finding]
    lang: str = ""
    kind: str = "source"  # "source" (a release) or "catalog" (a .po file)
    original: str | None = None  # the text before fixes worked out but not written (--diff)
    excerpt: Excerpt | None = None  # set when the text was let go

    def line_index(self) -> SourceLines:
        return self.excerpt if self.excerpt is not None else WholeText(self.text)

    def let_go(self) -> None:
        """Drop the text (and ``original``), keeping the positions and lines reporters need."""
        if self.excerpt is None:
            self.excerpt = Excerpt(self.text, self.findings)
        self.text = ""
        self.original = None

    @property
    def has_text(self) -> bool:
        return self.excerpt is None


@dataclass(frozen=True, slots=True)
class Notice:
    """Something about the run as a whole that every report must show (not a finding:
    it has no place in a file), e.g. that no glossary was loaded."""

    code: str  # a stable id such as "no-glossary"
    message: str
    severity: Severity = Severity.WARNING
    path: str | None = None  # the file it is about, when there is one (an unreadable release)
    line: int | None = None

    @classmethod
    def unreadable(cls, error: InputError) -> Notice:
        """A release that could not be read: the run checked less than it was given."""
        message = f"not checked: {error.message}"
        if error.hint:
            message += f" ({error.hint})"
        return cls("unreadable", message, Severity.ERROR, error.path, error.line)


@dataclass
class CheckResult:
    files: list[FileReport]
    fixed: int = 0  # fixes applied by --fix
    notices: list[Notice] = field(default_factory=list)
    # releases that could not be read (not UTF-8, binary, ...): the others are still
    # checked; the CLI reports these after the findings and exits 2
    errors: list[InputError] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    def at_or_above(self, threshold: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity.value >= threshold.value]

    def tally(self) -> Tally:
        tally = Tally(notices=list(self.notices), errors=list(self.errors), fixed=self.fixed)
        for report in self.files:
            tally.add(report)
        return tally


@dataclass
class CodeTally:
    """The findings of one code in a run: how many, how many fixable, and the name and
    severity of the first."""

    name: str
    severity: Severity
    count: int = 0
    fixable: int = 0


@dataclass
class Tally:
    """What a run's summary says, counted as its reports stream by (a streamed run keeps
    this, never the reports): files, findings by code and severity, fixes, notices and
    the releases that could not be read."""

    files: int = 0
    fixed: int = 0
    notices: list[Notice] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    codes: dict[str, CodeTally] = field(default_factory=dict)  # in order of first finding
    severities: dict[Severity, int] = field(default_factory=dict)

    def add(self, report: FileReport) -> None:
        self.files += 1
        for f in report.findings:
            code = self.codes.get(f.code)
            if code is None:
                code = self.codes[f.code] = CodeTally(f.name, f.severity)
            code.count += 1
            code.fixable += f.fixable
            self.severities[f.severity] = self.severities.get(f.severity, 0) + 1

    @property
    def findings(self) -> int:
        return sum(self.severities.values())

    @property
    def fixable(self) -> int:
        return sum(code.fixable for code in self.codes.values())

    def by_code(self) -> dict[str, CodeTally]:
        """The codes in code order (as the reports list them)."""
        return dict(sorted(self.codes.items()))

    def unreadable_notices(self) -> list[Notice]:
        """One notice per release that could not be read: known only at the end of a
        streamed run, so the reports that write their notices last carry them."""
        return [Notice.unreadable(error) for error in self.errors]

    def at_or_above(self, threshold: Severity) -> int:
        """How many findings are at or above ``threshold`` (what ``--fail-on`` decides)."""
        return sum(n for s, n in self.severities.items() if s.value >= threshold.value)
