"""prlocalize.render.resolve
~~~~~~~~~~~~~~~~~~~~~~~~~~

Finds each segment's translation through the key the segment itself produced
(``(block.context, segment.text)``, the catalog's msgctxt and msgid), passes it
through the sanitizer, and records what was missing or refused. Both page
builders (in place for HTML, generated for text and Markdown) share it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    withheld: list[Finding] = field(default_factory=list)  # PR4xx errors kept off the page
    segments: int = 0  # segments resolved


# (msgctxt, msgid) → the error-level translation findings that keep its msgstr off the page
Withheld = Mapping[tuple[str | None, str], Sequence[Finding]]


def same_language(a: str, b: str) -> bool:
    return a.replace("-", "_").split("_")[0].lower() == b.replace("-", "_").split("_")[0].lower()


class Resolver:
    def __init__(
        self,
        document: Document,
        translations: Translations,
        locale: str,
        *,
        places: Mapping[str, str] | None = None,
        withheld: Withheld | None = None,
        any_target: frozenset[tuple[str | None, str]] = frozenset(),
    ) -> None:
        self.document = document
        self.translations = translations
        self.locale = locale
        self.places = places
        self.withheld = withheld or {}
        self.any_target = any_target  # entries whose catalog suppresses PR406
        self.original = same_language(document.lang, locale)  # the page of the source itself
        self.result = Resolution()
        self._done: dict[str, Resolved] = {}
        self._withheld_seen: set[tuple[str | None, str]] = set()

    def resolve(self, block: Block, segment: Segment) -> Resolved:
        """The segment as published; counted once however often a builder asks."""
        done = self._done.get(segment.id)
        if done is None:
            done = self._done[segment.id] = self._resolve(block, segment)
        return done

    def _resolve(self, block: Block, segment: Segment) -> Resolved:
        self.result.segments += 1
        if self.original:
            self.result.translated += 1
            source = self.source(segment)
            return Resolved(segment, source.html, source.text, True)
        key = (block.context, segment.text)
        msgstr = self.translations.get(key, "")
        if msgstr and key in self.withheld:
            # `check` calls this translation wrong: the source stands in, and says why
            if key not in self._withheld_seen:
                self._withheld_seen.add(key)
                self.result.withheld.extend(self.withheld[key])
            return self.source(segment)
        if msgstr:
            safe = sanitize(segment, msgstr, locale=self.locale, any_target=key in self.any_target)
            if isinstance(safe, SafeFragment):
                self.result.translated += 1
                return Resolved(segment, safe.html, safe.text, True)
            self.result.refused.append(self._refusal(segment, safe))
        elif block.kind is BlockKind.DATELINE:
            localized = localize_dateline(
                segment.plain or segment.text,
                self.locale,
                source_lang=self.document.lang,
                places=self.places,
            )
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
