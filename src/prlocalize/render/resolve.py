"""prlocalize.render.resolve
~~~~~~~~~~~~~~~~~~~~~~~~~~

Finds each segment's translation through the key the segment itself produced
(``(block.context, segment.text)``, the catalog's msgctxt and msgid), passes it
through the sanitizer, and records what was missing or refused. Both page
builders (in place for HTML, generated for text and Markdown) share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from prlocalize.document import Block, BlockKind, Document, Segment
from prlocalize.findings import Finding, Severity
from prlocalize.render.dates import localize_dateline
from prlocalize.render.escaping import escape_attr
from prlocalize.render.sanitize import Refusal, SafeFragment, sanitize

Translations = Mapping[tuple[str | None, str], str]

# A refused translation is the registry's markup-mismatch (PR406) seen at build time:
# markup, attributes or link targets the source segment did not have.
REFUSED_RULE = "PR406"


@dataclass(frozen=True, slots=True)
class Resolved:
    """What goes on the page for one segment."""

    segment: Segment
    html: str  # safe HTML for the segment's place
    text: str  # its words, for <title> and attributes
    translated: bool  # False: the source stands in (missing or refused)


@dataclass
class Resolution:
    """Counts and problems of one page, filled while it is built."""

    translated: int = 0
    missing: list[Segment] = field(default_factory=list)
    refused: list[Finding] = field(default_factory=list)


class Resolver:
    def __init__(self, document: Document, translations: Translations, locale: str) -> None:
        self.document = document
        self.translations = translations
        self.locale = locale
        self.result = Resolution()
        self._done: dict[str, Resolved] = {}

    def resolve(self, block: Block, segment: Segment) -> Resolved:
        """The segment as published; counted once however often a builder asks."""
        done = self._done.get(segment.id)
        if done is None:
            done = self._done[segment.id] = self._resolve(block, segment)
        return done

    def _resolve(self, block: Block, segment: Segment) -> Resolved:
        msgstr = self.translations.get((block.context, segment.text), "")
        if msgstr:
            safe = sanitize(segment, msgstr)
            if isinstance(safe, SafeFragment):
                self.result.translated += 1
                return Resolved(segment, safe.html, safe.text, True)
            self.result.refused.append(self._refusal(segment, safe))
        elif block.kind is BlockKind.DATELINE:
            localized = localize_dateline(segment.plain or segment.text, self.locale)
            if localized is not None:  # a date needs no translator: Babel writes it
                self.result.translated += 1
                return Resolved(segment, escape_attr(localized), localized, True)
        if not msgstr:
            self.result.missing.append(segment)
        return self.source(segment)

    def source(self, segment: Segment) -> Resolved:
        if segment.inlines:
            # the canonical form is escaped markup written by the reader; the sanitizer
            # re-serialises it so that even the source cannot smuggle anything in
            safe = sanitize(segment, segment.text)
            if isinstance(safe, SafeFragment):
                return Resolved(segment, safe.html, safe.text, False)
            return Resolved(segment, escape_attr(segment.plain), segment.plain, False)
        return Resolved(segment, escape_attr(segment.text), segment.text, False)

    def _refusal(self, segment: Segment, refusal: Refusal) -> Finding:
        from prlocalize.rules.registry import rule_for

        rule = rule_for(REFUSED_RULE)
        return Finding(
            path=self.document.path,
            span=segment.span,
            code=rule.code,
            name=rule.name,
            severity=Severity.ERROR,
            message=f"Translation to {self.locale} refused: {refusal.reason}",
            found=segment.text,
            suggestion=None,
        )
