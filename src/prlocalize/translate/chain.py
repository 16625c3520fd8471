"""prlocalize.translate.chain
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Backends tried in order: each gets only the texts no earlier backend answered,
so the first answer wins and the glossary and memory spare every MT call they
can. A rejected answer (a lost placeholder) falls through too, and is returned
only when no later backend answers, so that it can be reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from prlocalize.errors import BackendError
from prlocalize.translate.base import Backend, Candidate, Interrupted


class ChainBackend:
    name = "chain"

    def __init__(self, backends: Sequence[Backend]) -> None:
        self.backends = tuple(backends)

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Candidate | None]:
        results: list[Candidate | None] = [None] * len(texts)
        for backend in self.backends:
            open_ = [i for i, c in enumerate(results) if c is None or c.rejected]
            if not open_:
                break
            try:
                answers = backend.translate([texts[i] for i in open_], source, target)
            except BackendError as exc:  # keep what earlier backends (and this one) answered
                if isinstance(exc, Interrupted):
                    _merge(results, open_, exc.partial)
                raise Interrupted(exc, results) from exc
            _merge(results, open_, answers)
        return results


def _merge(
    results: list[Candidate | None], indexes: list[int], answers: Sequence[Candidate | None]
) -> None:
    for i, answer in zip(indexes, answers, strict=True):
        if answer is None:
            continue
        if answer.rejected and results[i] is not None:
            continue  # keep the first rejection's reason
        results[i] = answer
