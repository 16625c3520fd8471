"""prlocalize.translate.protect
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Wrap a machine backend so that glossary terms, and a site template's outputs
('{{ site.data.company.name }}'), never reach the engine as words: mask before,
unmask after (see :mod:`prlocalize.translate.masking`). What a language model wrote
round the translation is taken off first, or the answer refused (see
:mod:`prlocalize.translate.answer_wrappers`). A result whose
placeholders do not add up, that holds markup its source has not, or that is in
another language than the one asked for, comes back rejected, with the reason, not
as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from prlocalize.catalog.template_outputs import template_output_spans
from prlocalize.glossary.model import Glossary
from prlocalize.locales import language
from prlocalize.translate.answer_wrappers import unwrapped
from prlocalize.translate.base import Candidate, Interrupted
from prlocalize.translate.masking import (
    GlossedTerm,
    Masked,
    PlaceholderMismatch,
    StrayMarkup,
    mask_terms,
    unmask,
)

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher
    from prlocalize.translate.engine import MachineBackend


class ProtectedBackend:
    def __init__(self, inner: MachineBackend, glossary: Glossary) -> None:
        self.inner = inner
        self.name = inner.name
        self.glossary = glossary
        self._matchers: dict[str, TermMatcher] = {}

    def _matcher(self, locale: str) -> TermMatcher | None:
        if not len(self.glossary):
            return None
        if locale not in self._matchers:
            from prlocalize.glossary.matcher import TermMatcher

            self._matchers[locale] = TermMatcher.build(self.glossary, locale)
        return self._matchers[locale]

    def mask(self, texts: Sequence[str], source: str, target: str) -> list[Masked]:
        matcher = self._matcher(source)
        return [
            mask_terms(t, matcher.find(t) if matcher else (), target, template_output_spans(t))
            for t in texts
        ]

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        masked = self.mask(texts, source, target)
        try:
            raw = self.inner.translate(
                [m.text for m in masked], source, target, slots=[m.slots for m in masked]
            )
        except Interrupted as exc:
            raise Interrupted(exc, _unmask_all(exc.partial, masked, target)) from exc
        return _unmask_all(raw, masked, target)


# a character reference ('&quot;', '&#39;', '&lt;'): what an engine that reads its input
# as HTML (Google's default) writes for quotes and tags in plain text
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescaped(answer: str, sent: str) -> str:
    """``answer`` with the character references the engine wrote undone ('&quot;' is '"',
    '&lt;x id="0"/&gt;' a placeholder), where the text sent had none: a catalog holds
    the characters themselves, and a reference the source itself wrote is kept."""
    if "&" not in answer or _ENTITY.search(sent) or not _ENTITY.search(answer):
        return answer
    import html

    return html.unescape(answer)


def _unmask_all(
    raw: list[Candidate | None], masked: list[Masked], target: str
) -> list[Candidate | None]:
    from prlocalize.translate.answer_language import wrong_language

    out: list[Candidate | None] = []
    for candidate, m in zip(raw, masked, strict=True):
        if candidate is None or candidate.rejected:  # no text to put the terms back into
            out.append(candidate)
            continue
        answer, refused = unwrapped(candidate.text, m.text)
        if refused is not None:
            out.append(replace(candidate, rejected=refused))
            continue
        answer = _unescaped(answer, m.text)
        if answer != candidate.text:
            candidate = replace(candidate, text=answer)
        try:
            text = unmask(candidate.text, m)
        except (PlaceholderMismatch, StrayMarkup, GlossedTerm) as exc:
            out.append(replace(candidate, rejected=str(exc)))
            continue
        other = wrong_language(m.text, candidate.text, target)
        if other is not None:
            # the engine handed the sentence back, or answered in another language
            rejected = f"the answer is in {other}, not {language(target)}"
            out.append(replace(candidate, rejected=rejected))
            continue
        out.append(replace(candidate, text=text, notes=candidate.notes + m.notes))
    return out
