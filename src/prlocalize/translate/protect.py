"""prlocalize.translate.protect
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Wrap a machine backend so that glossary terms never reach the engine as words:
mask before, unmask after (see :mod:`prlocalize.translate.masking`). A result whose
placeholders do not add up, that holds markup its source has not, or that is in
another language than the one asked for, comes back rejected, with the reason, not
as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from prlocalize.glossary.model import Glossary
from prlocalize.locales import language
from prlocalize.translate.base import Candidate, Interrupted
from prlocalize.translate.masking import (
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
        if matcher is None:
            return [Masked(t, ()) for t in texts]
        return [mask_terms(t, matcher.find(t), target) for t in texts]

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        masked = self.mask(texts, source, target)
        try:
            raw = self.inner.translate(
                [m.text for m in masked], source, target, slots=[m.slots for m in masked]
            )
        except Interrupted as exc:
            raise Interrupted(exc, _unmask_all(exc.partial, masked, target)) from exc
        return _unmask_all(raw, masked, target)


def _unmask_all(
    raw: list[Candidate | None], masked: list[Masked], target: str
) -> list[Candidate | None]:
    from prlocalize.translate.answer_language import wrong_language

    out: list[Candidate | None] = []
    for candidate, m in zip(raw, masked, strict=True):
        if candidate is None or candidate.rejected:  # no text to put the terms back into
            out.append(candidate)
            continue
        try:
            text = unmask(candidate.text, m)
        except (PlaceholderMismatch, StrayMarkup) as exc:
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
