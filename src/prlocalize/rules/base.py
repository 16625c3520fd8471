"""prlocalize.rules.base
~~~~~~~~~~~~~~~~~~~~~

The :class:`Rule` base class and the contexts rules read.

A rule is a class with a code, a kebab-case name, a one-line summary (the first
line of its docstring), a default severity and a ``check`` method that yields
:class:`~prlocalize.findings.Finding` objects made with :meth:`Rule.finding`.
Its docstring has the sections ``Why is this bad?``, ``Example``, ``Use instead:``
and ``Fix safety``; ``prlocalize rules`` and ``docs/rules.md`` are generated from it.
"""

from __future__ import annotations

import inspect
import textwrap
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from prlocalize.document import Document, Segment, Span
from prlocalize.findings import Finding, Fix, Severity

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher
    from prlocalize.glossary.model import Glossary


class FixAvailability(Enum):
    NONE = "none"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


@dataclass
class CheckContext:
    """What a source rule sees: one document, the glossary and its matcher."""

    document: Document
    glossary: Glossary
    matcher: TermMatcher  # built for document.lang
    settings: Any = None
    # per-run memo shared by rules (e.g. the term matches of each segment)
    cache: dict[str, Any] = field(default_factory=dict)


@dataclass
class TranslationPair:
    """One catalog message with where it is in the .po file."""

    msgid: str
    msgstr: str
    line: int  # 1-based line of the entry's msgid (or msgstr) in the .po file
    span: Span  # msgstr's span in the .po text (what findings point at)
    msgctxt: str | None = None
    flags: frozenset[str] = frozenset()
    comments: tuple[str, ...] = ()
    # .po text offset of each character of ``msgstr`` plus one for its end (escapes and
    # line wrapping make them differ; a tuple, or runs: document.Offsets); None when
    # unknown: spans fall back to ``span``.
    offsets: Sequence[int] | None = None

    def source_span(self, start: int, end: int) -> Span:
        """Span in the .po text of ``msgstr[start:end]``."""
        if self.offsets is None or len(self.offsets) != len(self.msgstr) + 1:
            return self.span
        if end <= start:
            return Span(self.offsets[start], self.offsets[start])
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


@dataclass
class TranslationContext:
    """What a translation rule sees: one message of one catalog."""

    path: str  # the .po file
    pair: TranslationPair
    source_lang: str
    locale: str
    glossary: Glossary
    source_matcher: TermMatcher
    target_matcher: TermMatcher
    cache: dict[str, Any] = field(default_factory=dict)
    # short forms the catalog's translations define for glossary entries (entry id →
    # forms): "武田薬品工業株式会社（以下「武田薬品」）" approves 武田薬品 in this release
    defined: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # every translated message of the catalog (one release), and what rules work out
    # from all of them once (shared by the catalog's contexts)
    catalog: Sequence[TranslationPair] = ()
    catalog_cache: dict[str, Any] = field(default_factory=dict)
    # what the msgid alone gives (its figures, ...): build's gate keeps it for the
    # catalogs of the release's other locales, which hold the same msgid
    source_cache: dict[str, Any] = field(default_factory=dict)


class Rule(ABC):
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.NONE
    target: ClassVar[Literal["source", "translation"]] = "source"
    status: ClassVar[Literal["stable", "preview", "removed"]] = "stable"
    # codes whose findings on the same span are this rule's defect, reported once by it
    supersedes: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, severity: Severity | None = None) -> None:
        # configuration may override the default severity per code
        self.effective_severity = severity or type(self).severity
        self._path = ""

    @classmethod
    def summary(cls) -> str:
        # one line, no trailing period: it is shown as a title (rules list, SARIF)
        return (inspect.getdoc(cls) or "").strip().splitlines()[0].strip().rstrip(".")

    @classmethod
    def doc(cls) -> str:
        return inspect.getdoc(cls) or ""

    @classmethod
    def doc_sections(cls) -> Mapping[str, str]:
        """The docstring split at its section headings (summary under "")."""
        sections: dict[str, list[str]] = {"": []}
        current = ""
        for line in cls.doc().splitlines():
            stripped = line.strip()
            if stripped.rstrip(":?") in _SECTION_TITLES and stripped.endswith((":", "?")):
                current = stripped.rstrip(":")
                sections[current] = []
            else:
                sections[current].append(line)
        # bodies are indented under their headings: dedent them so examples keep their shape
        return {k: textwrap.dedent("\n".join(v)).strip() for k, v in sections.items()}

    @abstractmethod
    def check(self, ctx: Any) -> Iterator[Finding]:
        """Yield the findings of this rule in ``ctx``."""

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        """Build what ``check`` looks up in ``glossary`` for releases in ``lang`` (its
        indexes, cached per glossary), ahead of the first release. ``check`` calls it
        before forking its workers, so that they share one copy instead of each building
        its own. Nothing by default; ``check`` must work without it."""
        return None  # a hook, not an abstract method: most rules look nothing up

    def finding(
        self,
        path: str,
        span: Span,
        message: str,
        *,
        found: str = "",
        suggestion: str | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        return Finding(
            path=path,
            span=span,
            code=self.code,
            name=self.name,
            severity=self.effective_severity,
            message=message,
            found=found,
            suggestion=suggestion,
            fix=fix,
        )


_SECTION_TITLES = {"Why is this bad", "Example", "Use instead", "Fix safety"}


def segment_source_span(segment: Segment, start: int, end: int) -> Span:
    """Span in the original file of ``segment.plain[start:end]``."""
    return segment.source_span(start, end)
