"""prlocalize.findings
~~~~~~~~~~~~~~~~~~~

What rules return: :class:`Finding` objects with a code, a span and an optional
:class:`Fix`, and :func:`apply_fixes`, which applies non-overlapping fixes to a text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from prlocalize.document import LineIndex, Span
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


@dataclass
class FileReport:
    """The findings of one checked file, with its text (reporters compute lines from it)."""

    path: str
    text: str
    findings: list[Finding]
    lang: str = ""
    kind: str = "source"  # "source" (a release) or "catalog" (a .po file)
    original: str | None = None  # the text before fixes worked out but not written (--diff)

    def line_index(self) -> LineIndex:
        return LineIndex(self.text)


@dataclass(frozen=True, slots=True)
class Notice:
    """Something about the run as a whole that every report must show (not a finding:
    it has no place in a file), e.g. that no glossary was loaded."""

    code: str  # a stable id such as "no-glossary"
    message: str
    severity: Severity = Severity.WARNING


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
