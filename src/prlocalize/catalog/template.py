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
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING, cast

from babel.messages.catalog import Catalog, Message

from prlocalize.catalog.confidential import marker_lines
from prlocalize.catalog.headers import HeaderCatalog, catalog_now, set_source_language
from prlocalize.catalog.io import NO_FLAGS, NO_LIST
from prlocalize.document import Document, Segment
from prlocalize.glossary.model import Entry, Glossary
from prlocalize.glossary.wordlike import NAME_KINDS, capitalised_by_position, written_in_lower_case

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher

PROJECT_VERSION = "1.0"
NEEDS_TRANSLATOR = "(translator needed)"  # the glossary has no approved form yet
# Babel wraps comments at 76 columns; hints are kept under it so that each reads back
# as the one comment it was written as.
_COMMENT_MAX = 72
# Sentences whose hints are remembered (headings, rosters and boilerplate recur); past
# this many the memory starts again, so that it stays bounded over an archive.
_TEXTS_KEPT = 20_000


_HINTS: weakref.WeakKeyDictionary[Glossary, tuple[int, dict[tuple[str, str, str], list[str]]]]
_HINTS = weakref.WeakKeyDictionary()


def build_template(
    documents: Iterable[Document],
    glossary: Glossary | None = None,
    locales: Sequence[str] = (),
    *,
    domain: str | None = None,
    creation_date: dt.datetime | None = None,
    hints: GlossaryHints | None = None,
) -> Catalog:
    """The POT catalog of ``documents`` (normally one release: domain = its file stem).

    ``hints`` replaces ``glossary`` and ``locales`` when given: one
    :class:`GlossaryHints` shared by many calls finds the hints of a sentence that
    recurs in several releases only once.
    """
    return _template(list(documents), glossary, locales, domain, creation_date, hints)


def release_template(held: list[Document], hints: GlossaryHints | None = None) -> Catalog:
    """:func:`build_template` of the one release in ``held``, which it empties: once the
    caller keeps no other reference, the document (a huge release's largest structure)
    goes as soon as its messages are read, before they are made into the catalog. The
    catalog is only rendered: its messages share one empty set of flags and one empty
    list for no translator comments and no previous msgid (see ``io.NO_FLAGS``)."""
    return _template(held, None, (), None, None, hints, shared=True)


# (text, context) -> (location or locations, segment id or ids, first segment (for the
# hints only), language of its document)
_Pending = dict[
    tuple[str, str | None],
    tuple[tuple[str, int] | list[tuple[str, int]], str | list[str], Segment | None, str],
]


def _template(
    documents: list[Document],
    glossary: Glossary | None,
    locales: Sequence[str],
    domain: str | None,
    creation_date: dt.datetime | None,
    hints: GlossaryHints | None,
    *,
    shared: bool = False,
) -> Catalog:
    """:func:`build_template`, emptying ``documents`` as it reads them (``shared``: see
    :func:`release_template`)."""
    domain = domain or (documents[0].stem if documents else "messages")
    catalog = new_template(domain, documents, creation_date)
    if hints is None and glossary is not None and len(glossary):
        hints = GlossaryHints(glossary, locales)
    pending: _Pending = {}
    documents.reverse()
    while documents:  # each let go once read (see release_template)
        _read_messages(documents.pop(), pending, hints is not None)
    # each (text, context) is new to the catalog: Babel's __setitem__ would only find
    # that out (a header check, a merge lookup) before storing it under the key it makes
    messages = catalog._messages
    words = _LowerCaseWords(pending)
    for (text, context), (where, said, segment, lang) in pending.items():
        # (one location and id, or lists of them)
        locations = [where] if isinstance(where, tuple) else where
        ids = [said] if isinstance(said, str) else said
        if hints is not None and segment is not None:
            comments = hints.for_segment(segment, lang, words)
        else:
            comments = []
        comments.extend(_id_comments(ids))
        messages[text if context is None else (text, context)] = _message(
            text, locations, comments, context, shared
        )
    return catalog


def _read_messages(document: Document, pending: _Pending, keep_segment: bool) -> None:
    """Add each segment of ``document`` to ``pending`` under its (text, context): its
    location and id (as they are for the first, in lists once there are more), and the
    first segment of each when the hints will read it."""
    location_path = printable_name(document.path.replace("\\", "/"))
    line_of = document.line_index.line
    lang = document.lang
    for block in document.blocks:
        context = block.context
        for segment in block.segments:
            text = segment.text
            if not text or text.isspace():
                continue
            key = (text, context)
            location = (location_path, line_of(segment.span.start))
            item = pending.get(key)
            if item is None:
                # its one location and id as they are (nearly every sentence occurs once):
                # two lists a message were a sixth of a huge release's extract at its peak
                pending[key] = (location, segment.id, segment if keep_segment else None, lang)
            elif isinstance(item[1], str):
                first_location = cast("tuple[str, int]", item[0])
                pending[key] = ([first_location, location], [item[1], segment.id], *item[2:])
            else:
                cast("list[tuple[str, int]]", item[0]).append(location)
                item[1].append(segment.id)


class _LowerCaseWords:
    """Whether a catalog's texts write a word in lower case, looked up only for the words
    asked (the few one-word names of the sheet that open a sentence), each once."""

    def __init__(self, texts: Iterable[tuple[str, str | None]]) -> None:
        self._texts = texts
        self._joined: str | None = None
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            if self._joined is None:
                self._joined = "\n".join(text for text, _ in self._texts)
            known = self._known[word] = written_in_lower_case(self._joined, word)
        return known


def _message(
    text: str,
    locations: list[tuple[str, int]],
    comments: list[str],
    context: str | None,
    shared: bool = False,
) -> Message:
    """``Message(text, "", locations, auto_comments=comments, context=context)`` without
    Babel's python-format flags (prose such as "10% in" is no format string), set field
    by field: the constructor's format checks cost more than the rest of the message.
    Comments that repeat (Babel versions drop repeats differently) go through it.
    ``shared``: no set and lists of its own where it has none (a template only rendered:
    they were a fifth of what extract's template of a huge release held)."""
    if len(set(comments)) != len(comments):
        message = Message(text, "", locations, auto_comments=comments, context=context)
        message.flags.clear()
        if shared:
            message.flags, message.user_comments, message.previous_id = NO_FLAGS, NO_LIST, NO_LIST
        return message
    message = Message.__new__(Message)
    message.id = text
    message.string = ""
    message.locations = list(dict.fromkeys(locations)) if len(locations) > 1 else locations
    message.flags = NO_FLAGS if shared else set()
    message.auto_comments = comments
    message.user_comments = NO_LIST if shared else []
    message.previous_id = NO_LIST if shared else []
    message.lineno = None
    message.context = context
    return message


def new_template(
    domain: str, documents: Sequence[Document] = (), creation_date: dt.datetime | None = None
) -> Catalog:
    """An empty template with its header filled in."""
    sources = ", ".join(printable_name(d.path.replace("\\", "/")) for d in documents[:3])
    if len(documents) > 3:
        sources += ", …"
    catalog = HeaderCatalog(
        domain=domain,
        project=printable_name(domain),
        version=PROJECT_VERSION,
        creation_date=creation_date or catalog_now(),
        charset="utf-8",
        fuzzy=True,
    )
    catalog.msgid_bugs_address = ""  # Babel's constructor would put a placeholder there
    comment = f"# Translations template for {printable_name(domain)}."
    if sources:
        comment += f"\n# Extracted by prlocalize from {sources}."
    # an embargoed release: translate keeps its text away from outside MT services
    for line in marker_lines(documents):
        comment += "\n" + line
    catalog.header_comment = comment + "\n#"
    # the language of the msgids travels with the catalogs (update, translate, check read it)
    set_source_language(catalog, documents[0].lang if documents else None)
    return catalog


def printable_name(name: str) -> str:
    """A file or folder name as it may appear in a comment or a header field: control
    characters and line separators written as escapes (``\\n``, ``\\x01``, ``\\u2028``),
    so that a name with a newline cannot add lines to the template."""
    if name.isprintable():
        return name
    return "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
        for c in name
    )


def _id_comments(ids: list[str]) -> list[str]:
    if len(ids) == 1:  # nearly every segment: an id is far shorter than a comment line
        return [f"segment: {ids[0]}"]
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


class GlossaryHints:
    """Glossary hints for translators, one matcher per source language.

    The hints of a text are found once: releases share headings, rosters and
    boilerplate, so many segments recur within one ``extract``.
    """

    def __init__(self, glossary: Glossary, locales: Sequence[str] = ()) -> None:
        self.glossary = glossary
        self.locales = tuple(locales)
        self._matchers: dict[str, TermMatcher] = {}
        self._locales: dict[str, tuple[str, ...]] = {}  # the hints' locales, by source language
        # each hint with the word that withholds it when the release writes that word in
        # lower case ('Next' opening 'Next steps include …'), else None
        # (the hints of a text none of whose hints can be withheld are kept a second time
        # as they are given: nearly every text's, copied as a whole for each segment)
        self._by_text: dict[
            tuple[str, str], tuple[tuple[tuple[str | None, str], ...], tuple[str, ...] | None]
        ] = {}
        # an entry's hints by source language and entry id (for an entry labelled by its
        # approved form, which is nearly every one): one lookup a match
        self._by_entry: dict[str, dict[str, list[tuple[str | None, str]]]] = {}
        # the same entries recur in every release: their hints are made once per glossary
        revision, hints = _HINTS.get(glossary, (None, {}))
        if revision != glossary.revision:
            hints = {}
            _HINTS[glossary] = (glossary.revision, hints)
        self._hints: dict[tuple[str, str, str], list[str]] = hints

    def prepare(self, lang: str | None) -> None:
        """Build the matcher of ``lang`` now: before workers fork, so that they share it."""
        if lang:
            self._matcher(lang)

    def _matcher(self, lang: str) -> TermMatcher:
        matcher = self._matchers.get(lang)
        if matcher is None:
            from prlocalize.glossary.matcher import TermMatcher

            matcher = self._matchers[lang] = TermMatcher.build(self.glossary, lang)
        return matcher

    def for_segment(
        self, segment: Segment, lang: str, words: Container[str] = frozenset()
    ) -> list[str]:
        """The hint comments of ``segment`` (a new list) in a document written in ``lang``.

        ``words`` are those the release writes in lower case: a one-word name of the sheet
        that is capitalised only by where it stands ('Next steps include …') and is one of
        them is that word, and gets no hint."""
        key = (segment.plain or segment.text, lang)
        known = self._by_text.get(key)
        if known is None:
            if len(self._by_text) >= _TEXTS_KEPT:
                self._by_text.clear()  # an archive's sentences: memory must not grow with them
            marked = tuple(self._find_marked(*key))
            kept = [hint for word, hint in marked if word is None]
            given = tuple(kept) if len(kept) == len(marked) else None
            known = self._by_text[key] = (marked, given)
        found, given = known
        if given is not None:
            return list(given)
        return [hint for word, hint in found if word is None or word not in words]

    def _find(self, text: str, lang: str) -> list[str]:
        return [hint for _, hint in self._find_marked(text, lang)]

    def _find_marked(self, text: str, lang: str) -> list[tuple[str | None, str]]:
        spans = self._matcher(lang).spans(text)
        if not spans:
            return []
        by_entry = self._by_entry.get(lang)
        if by_entry is None:
            by_entry = self._by_entry[lang] = {}
        out: list[tuple[str | None, str]] = []
        seen: set[str] = set()
        for start, end, form in spans:
            entry = form[0]
            entry_id = entry.id
            if entry_id in seen:
                continue
            seen.add(entry_id)
            hints = by_entry.get(entry_id)
            if hints is None:
                hints = [(None, hint) for hint in self._entry_hints(entry, lang, text[start:end])]
                if entry.approved(lang):  # labelled by its approved form: the same everywhere
                    by_entry[entry_id] = hints
            # (a title's or a term's capital is never a name's position: not looked into)
            word = (
                _word_by_position(entry, text, start, end)
                if "A" <= text[start] <= "Z"
                and entry.kind in NAME_KINDS
                and text.find(" ", start, end) < 0  # (a name of two words is no word)
                else None
            )
            out.extend(hints if word is None else [(word, hint) for _, hint in hints])
        return out

    def _entry_hints(self, entry: Entry, lang: str, matched: str) -> list[str]:
        locales = self._locales.get(lang)
        if locales is None:
            locales = self._locales[lang] = self.locales or tuple(
                loc for loc in self.glossary.locales if loc.split("_")[0] != lang.split("_")[0]
            )
        label = entry.approved(lang) or matched
        key = (entry.id, label, ",".join(locales))
        hints = self._hints.get(key)
        if hints is None:
            hints = self._hints[key] = entry_hints(entry, label, locales)
        return hints


def _word_by_position(entry: Entry, text: str, start: int, end: int) -> str | None:
    """The lower-case word of a one-word name ('Next', 'Hope') capitalised only by where it
    stands in ``text`` (a sentence's start, a heading in title case), else None."""
    if entry.kind not in NAME_KINDS:
        return None  # (a title, a term)
    form = text[start:end]
    if not (form.isalpha() and form.isascii() and form[0].isupper() and form[1:].islower()):
        return None
    if not capitalised_by_position(text, start):
        return None
    return form.lower()


def _forms_of(entry: Entry, locale: str) -> str:
    """The approved form, and the short forms and other spellings also accepted (those
    that do not merely hold it, as the cell '経済産業省（経産省）' does): '中小ベンチャー
    企業部 (also 中企部)'. A translator who reads only the approved form takes the short
    form a release defines for a slip."""
    approved = entry.approved(locale)
    if not approved:
        return NEEDS_TRANSLATOR
    term = entry.term(locale)
    others = [v for v in term.variants if approved not in v][:2] if term else []
    return f"{approved} (also {', '.join(others)})" if others else approved


def entry_hints(entry: Entry, label: str, locales: Sequence[str]) -> list[str]:
    """``label → ja: … · ko: …`` (split per locale when too long for one comment line),
    with the accepted short forms of each (``ja: 中小ベンチャー企業部 (also 中企部)``).

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
        parts = [f"{loc}: {_forms_of(entry, loc)}" for loc in locales]
    joined = f"{label} → {' · '.join(parts)}"
    if len(joined) <= _COMMENT_MAX:
        return [joined]
    return [f"{label} → {part}" for part in parts]
