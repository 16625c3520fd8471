"""prlocalize.catalog.template
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Documents → a message template (POT) in Babel's catalog model.

One message per distinct (segment text, block context): ``#:`` lists every
occurrence as ``path:line``, ``#.`` carries the segment ids and, for every glossary
entry found in the segment, its approved forms in the target locales::

    #. Hiroaki Ueno → ja: 上野 裕明 · ko: 히로아키 우에노
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from babel.messages.catalog import Catalog

from prlocalize.document import Document, Segment
from prlocalize.glossary.model import Entry, Glossary

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher

PROJECT_VERSION = "1.0"
NEEDS_TRANSLATOR = "(translator needed)"  # the glossary has no approved form yet
# Babel wraps comments at 76 columns; hints are kept under it so that each reads back
# as the one comment it was written as.
_COMMENT_MAX = 72


_HINTS: weakref.WeakKeyDictionary[Glossary, tuple[int, dict[tuple[str, str, str], list[str]]]]
_HINTS = weakref.WeakKeyDictionary()


@dataclass
class _Pending:
    segment: Segment
    locations: list[tuple[str, int]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def build_template(
    documents: Iterable[Document],
    glossary: Glossary | None = None,
    locales: Sequence[str] = (),
    *,
    domain: str | None = None,
    creation_date: dt.datetime | None = None,
) -> Catalog:
    """The POT catalog of ``documents`` (normally one release: domain = its file stem)."""
    documents = list(documents)
    domain = domain or (documents[0].stem if documents else "messages")
    catalog = new_template(domain, documents, creation_date)
    pending: dict[tuple[str, str | None], _Pending] = {}
    source_langs: dict[tuple[str, str | None], str] = {}
    for document in documents:
        location_path = document.path.replace("\\", "/")
        for block in document.blocks:
            for segment in block.segments:
                if not segment.text.strip():
                    continue
                key = (segment.text, block.context)
                item = pending.get(key)
                if item is None:
                    item = pending[key] = _Pending(segment)
                    source_langs[key] = document.lang
                line = document.position(segment.span.start).line
                item.locations.append((location_path, line))
                item.ids.append(segment.id)
    hinter = _Hinter(glossary, locales) if glossary is not None and len(glossary) else None
    for key, item in pending.items():
        comments = hinter.hints(item.segment, source_langs[key]) if hinter else []
        comments.extend(_id_comments(item.ids))
        message = catalog.add(
            key[0], "", locations=item.locations, auto_comments=comments, context=key[1]
        )
        message.flags.discard("python-format")
        message.flags.discard("python-brace-format")
    return catalog


def new_template(
    domain: str, documents: Sequence[Document] = (), creation_date: dt.datetime | None = None
) -> Catalog:
    """An empty template with its header filled in."""
    sources = ", ".join(d.path.replace("\\", "/") for d in documents[:3])
    if len(documents) > 3:
        sources += ", …"
    catalog = Catalog(
        domain=domain,
        project=domain,
        version=PROJECT_VERSION,
        creation_date=creation_date or dt.datetime.now(dt.UTC).replace(microsecond=0),
        charset="utf-8",
        fuzzy=True,
    )
    catalog.msgid_bugs_address = ""  # Babel's constructor would put a placeholder there
    comment = f"# Translations template for {domain}."
    if sources:
        comment += f"\n# Extracted by prlocalize from {sources}."
    catalog.header_comment = comment + "\n#"
    return catalog


def _id_comments(ids: list[str]) -> list[str]:
    unique = list(dict.fromkeys(ids))
    comments: list[str] = []
    line = "segment:" if len(unique) == 1 else "segments:"
    for segment_id in unique:
        if len(line) + 1 + len(segment_id) > _COMMENT_MAX and not line.endswith(":"):
            comments.append(line)
            line = "segments:"
        line += f" {segment_id}"
    comments.append(line)
    return comments


class _Hinter:
    """Glossary hints for translators, one matcher per source language."""

    def __init__(self, glossary: Glossary, locales: Sequence[str]) -> None:
        self.glossary = glossary
        self.locales = tuple(locales)
        self._matchers: dict[str, TermMatcher] = {}
        # the same entries recur in every release: their hints are made once per glossary
        revision, hints = _HINTS.get(glossary, (None, {}))
        if revision != glossary.revision:
            hints = {}
            _HINTS[glossary] = (glossary.revision, hints)
        self._hints: dict[tuple[str, str, str], list[str]] = hints

    def _matcher(self, lang: str) -> TermMatcher:
        matcher = self._matchers.get(lang)
        if matcher is None:
            from prlocalize.glossary.matcher import TermMatcher

            matcher = self._matchers[lang] = TermMatcher.build(self.glossary, lang)
        return matcher

    def hints(self, segment: Segment, lang: str) -> list[str]:
        locales = self.locales or tuple(
            loc for loc in self.glossary.locales if loc.split("_")[0] != lang.split("_")[0]
        )
        out: list[str] = []
        seen: set[str] = set()
        for match in self._matcher(lang).find(segment.plain or segment.text):
            if match.entry.id in seen:
                continue
            seen.add(match.entry.id)
            label = match.entry.approved(lang) or match.text
            key = (match.entry.id, label, ",".join(locales))
            hints = self._hints.get(key)
            if hints is None:
                hints = self._hints[key] = entry_hints(match.entry, label, locales)
            out.extend(hints)
        return out


def entry_hints(entry: Entry, label: str, locales: Sequence[str]) -> list[str]:
    """``label → ja: … · ko: …`` (split per locale when too long for one comment line).

    A locale without an approved form is marked as needing a translator, all of
    them at once when none has one: ``Yasushi Kajii → ja, ko: (translator needed)``.
    """
    if entry.dnt:
        return [f"{label} → keep as written (do not translate)"]
    if not locales:
        return []
    if not any(entry.approved(loc) for loc in locales):
        parts = [f"{', '.join(locales)}: {NEEDS_TRANSLATOR}"]
    else:
        parts = [f"{loc}: {entry.approved(loc) or NEEDS_TRANSLATOR}" for loc in locales]
    joined = f"{label} → {' · '.join(parts)}"
    if len(joined) <= _COMMENT_MAX:
        return [joined]
    return [f"{label} → {part}" for part in parts]
