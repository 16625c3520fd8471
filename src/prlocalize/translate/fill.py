"""prlocalize.translate.fill
~~~~~~~~~~~~~~~~~~~~~~~~~~

Fill a catalog's untranslated entries from a backend (usually a chain).

* Glossary and exact-memory answers are final; machine and fuzzy-memory answers
  are written ``fuzzy`` with a ``#. prlocalize: deepl`` / ``memory 92%`` comment.
* Existing translations are never replaced; fuzzy ones only with ``overwrite_fuzzy``.
* Every answer passes the translation checks (PR4xx, errors) before it is
  written; one that fails, or whose protected terms came back wrong, is left
  empty and reported. An exact memory match is a translation a person approved:
  it is never dropped; when the checks object it is written fuzzy with their
  findings in ``#. prlocalize:`` comments, and the flags stored with it
  (``prlocalize-ignore:PR404``) come back onto the entry.
* Entries go to the backend in chunks and are applied to the catalog as each
  chunk returns, so a failure or Ctrl-C keeps everything answered so far (the
  caller writes the catalog).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prlocalize.document import Span
from prlocalize.errors import BackendError
from prlocalize.findings import Severity
from prlocalize.glossary.model import Glossary
from prlocalize.translate.base import Backend, Candidate, Interrupted

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

    from prlocalize.rules.base import Rule

COMMENT_PREFIX = "prlocalize:"


@dataclass(frozen=True, slots=True)
class Problem:
    """An entry left empty (rejected) or written with something to look at (flagged)."""

    msgid: str
    msgctxt: str | None
    origin: str
    reason: str


@dataclass
class FillResult:
    locale: str
    path: str = ""
    candidates: int = 0  # entries that needed a translation
    by_origin: Counter[str] = field(default_factory=Counter)  # written, by label
    rejected: list[Problem] = field(default_factory=list)
    flagged: list[Problem] = field(default_factory=list)
    error: str | None = None  # a backend failed; what was done before is kept

    @property
    def written(self) -> int:
        return sum(self.by_origin.values())

    @property
    def untranslated(self) -> int:
        return self.candidates - self.written


def wants_translation(message: Message, overwrite_fuzzy: bool) -> bool:
    if not message.id or not isinstance(message.id, str) or message.pluralizable:
        return False
    if not message.string:
        return True
    return overwrite_fuzzy and message.fuzzy


def _msgid(message: Message) -> str:
    """The msgid of a message :func:`wants_translation` kept: a singular one, a string."""
    if not isinstance(message.id, str):
        raise TypeError(f"plural message {message.id!r} is not machine-translated")
    return message.id


def fill_catalog(
    catalog: Catalog,
    backend: Backend,
    *,
    source_lang: str,
    locale: str,
    glossary: Glossary | None = None,
    overwrite_fuzzy: bool = False,
    rules: Sequence[type[Rule]] | None = None,
    chunk_size: int = 64,
    path: str = "",
    progress: Callable[[int], None] | None = None,
) -> FillResult:
    """Fill ``catalog`` in place from ``backend``; never raises for a backend failure."""
    glossary = glossary if glossary is not None else Glossary()
    result = FillResult(locale=locale, path=path)
    from prlocalize.catalog.io import entries  # not the header, which Babel makes anew

    every = list(entries(catalog))
    todo = [m for m in every if wants_translation(m, overwrite_fuzzy)]
    result.candidates = len(todo)
    checker = _Checker(rules, glossary, source_lang, locale, path, every)
    for start in range(0, len(todo), chunk_size):
        chunk = todo[start : start + chunk_size]
        try:
            answers = backend.translate([_msgid(m) for m in chunk], source_lang, locale)
        except BackendError as exc:  # Interrupted carries what was answered before
            if isinstance(exc, Interrupted):
                _apply(chunk, exc.partial, checker, result)
            result.error = str(exc)
            break
        _apply(chunk, answers, checker, result)
        if progress is not None:
            progress(len(chunk))
    return result


def _apply(
    messages: Sequence[Message],
    answers: Sequence[Candidate | None],
    checker: _Checker,
    result: FillResult,
) -> None:
    for message, answer in zip(messages, answers, strict=True):
        if answer is None:
            continue
        msgid = _msgid(message)
        problem: str | None = answer.rejected
        warnings: tuple[str, ...] = ()
        if problem is None:
            problem, warnings = checker.review(
                message, answer.text, answer.flags, in_context=answer.approved
            )
        if warnings and answer.needs_review and not answer.approved:
            # a draft a person reads before approving: what the checks warn of (a 'not'
            # the engine dropped) goes with it, as `check` passes fuzzy entries over
            answer = replace(answer, notes=(*answer.notes, *warnings))
        if problem and answer.approved and not answer.rejected:
            # a person approved this very translation: the checks of today may object,
            # but the work is kept, for a person to look at again (fuzzy, with the findings)
            answer = replace(answer, needs_review=True, notes=(*answer.notes, problem))
        elif problem:
            result.rejected.append(Problem(msgid, message.context, answer.label, problem))
            continue
        _write(message, answer)
        checker.wrote(message)
        result.by_origin[_count_key(answer)] += 1
        for note in answer.notes:
            result.flagged.append(Problem(msgid, message.context, answer.label, note))


def _count_key(answer: Candidate) -> str:
    if answer.origin == "memory" and answer.approved and answer.needs_review:
        return "memory (to review)"
    if answer.origin == "memory" and answer.needs_review:
        return "memory (fuzzy)"
    return answer.origin


def _write(message: Message, answer: Candidate) -> None:
    message.string = answer.text
    message.flags.update(answer.flags)  # the translator's own flags come with the translation
    comments = [c for c in message.auto_comments if not c.startswith(COMMENT_PREFIX)]
    if answer.needs_review or answer.notes:
        message.flags.add("fuzzy")
        comments.append(f"{COMMENT_PREFIX} {answer.label}")
        comments.extend(f"{COMMENT_PREFIX} {note}" for note in answer.notes)
    else:
        message.flags.discard("fuzzy")
    message.auto_comments = comments
    message.previous_id = []


class _Checker:
    """Run the translation rules (PR4xx) on one proposed msgstr, as ``check`` would."""

    def __init__(
        self,
        rules: Sequence[type[Rule]] | None,
        glossary: Glossary,
        source_lang: str,
        locale: str,
        path: str,
        messages: Sequence[Message] = (),
    ) -> None:
        # the catalog's messages, whose translations so far an approved answer that the
        # checks object to is read again with (see review), made pairs once when needed
        self.messages = messages
        self._translated: list[Any] | None = None
        if rules is None:
            from prlocalize.rules.registry import select_rules

            rules = select_rules(target="translation")
        self.rules = [rule() for rule in rules]
        self.glossary, self.source_lang, self.locale, self.path = (
            glossary,
            source_lang,
            locale,
            path,
        )
        self._matchers: tuple[Any, Any] | None = None

    def _pair_matchers(self) -> tuple[Any, Any]:
        if self._matchers is None:
            from prlocalize.glossary.matcher import TermMatcher

            self._matchers = (
                TermMatcher.build(self.glossary, self.source_lang),
                TermMatcher.build(self.glossary, self.locale),
            )
        return self._matchers

    def review(
        self, message: Message, msgstr: str, flags: Sequence[str] = (), *, in_context: bool = False
    ) -> tuple[str | None, tuple[str, ...]]:
        """The error-level findings as one line (``PR404 …; PR401 …``), or None when the
        answer may be written, and the warnings, one each. ``flags``: the answer's own (a
        memory entry's ``prlocalize-ignore:``), which suppress as they do on the entry.
        ``in_context``: an answer a person approved (an exact memory match) that a rule
        reading the whole catalog objects to is read again with its translations so far."""
        if not self.rules:
            return None, ()
        from prlocalize.rules.base import TranslationContext, TranslationPair
        from prlocalize.translation_checking import check_pair, ignored_codes

        source_matcher, target_matcher = self._pair_matchers()
        every_flag = frozenset({*message.flags, *flags})
        pair = TranslationPair(
            msgid=_msgid(message),
            msgstr=msgstr,
            line=message.lineno or 1,
            span=Span(0, len(msgstr)),
            msgctxt=message.context,
            flags=every_flag,
            comments=tuple(message.auto_comments),
        )
        ctx = TranslationContext(
            path=self.path,
            pair=pair,
            source_lang=self.source_lang,
            locale=self.locale,
            glossary=self.glossary,
            source_matcher=source_matcher,
            target_matcher=target_matcher,
        )
        try:
            ignored = ignored_codes(every_flag)
        except ValueError:
            ignored = frozenset()  # `check` reports a malformed flag with its line
        findings = list(check_pair(ctx, self.rules, ignored))
        if in_context and any(
            f.code in _CATALOG_CODES and f.severity.value >= Severity.ERROR.value for f in findings
        ):
            # an official translation says '当社', 'the Company' or a short form for a name
            # the catalog gives in full in another message: `check` reads it with the
            # catalog's translations, and so is it read here before it is marked for review
            ctx = replace(ctx, catalog=self._catalog_so_far(), catalog_cache={})
            findings = list(check_pair(ctx, self.rules, ignored))
        errors = [
            f"{finding.code} {finding.message}"
            for finding in findings
            if finding.severity.value >= Severity.ERROR.value
        ]
        warnings = tuple(
            f"{finding.code} {finding.message}"
            for finding in findings
            if finding.severity.value == Severity.WARNING.value
        )
        return "; ".join(errors) or None, warnings

    def _catalog_so_far(self) -> list[Any]:
        """The catalog's translated messages as pairs (made once; :meth:`wrote` adds)."""
        if self._translated is None:
            self._translated = [
                _as_pair(m) for m in self.messages if isinstance(m.id, str) and _final(m)
            ]
        return self._translated

    def wrote(self, message: Message) -> None:
        """Note an answer written to ``message``, for the catalog read in context."""
        if self._translated is not None and isinstance(message.id, str) and _final(message):
            self._translated.append(_as_pair(message))


def _final(message: Message) -> bool:
    """Whether ``message`` holds a translation `check` reads: a string, not fuzzy."""
    return isinstance(message.string, str) and bool(message.string) and not message.fuzzy


def _as_pair(message: Message) -> Any:
    from prlocalize.rules.base import TranslationPair

    text = str(message.string)
    return TranslationPair(
        msgid=str(message.id),
        msgstr=text,
        line=message.lineno or 1,
        span=Span(0, len(text)),
        msgctxt=message.context,
    )


# the rules whose findings may depend on the catalog's other messages (a name given in
# full elsewhere, a short form defined there)
_CATALOG_CODES = frozenset({"PR401"})


_SOURCE_HEADER = re.compile(r'^"X-Source-Language:\s*([^\\"]+)', re.MULTILINE)


def header_source_lang(path: str | Path) -> str | None:
    """The ``X-Source-Language`` header of a PO/POT file (Babel does not keep X- headers)."""
    try:
        with Path(path).open("rb") as fh:  # the header only: a catalog may be megabytes
            head = fh.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return None
    match = _SOURCE_HEADER.search(head)
    return match.group(1).strip() if match else None
