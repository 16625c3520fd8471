"""prlocalize.translate.chain
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Backends tried in order: each gets only the texts no earlier backend answered,
so the first answer wins and the glossary and memory spare every MT call they
can. A rejected answer (a lost placeholder) falls through too, and is returned
only when no later backend answers, so that it can be reported.

One exception: a line the glossary composed of several terms ('Laura Chen, Halvorsen
Robotics' as its forms in the target's order) is asked of the memory too, and a person's
exact match of it that holds every approved form the composition did replaces it: the
order and the separators a translator chose for a contact line ('ローラ・チェン、ハルヴォー
セン・ロボティクス') are theirs to keep; a match with a form the sheet no longer approves
does not.
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
            open_ = [i for i, c in enumerate(results) if _open(c, backend)]
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


def _open(answer: Candidate | None, backend: Backend) -> bool:
    """Whether ``backend`` is asked for a text that earlier backends answered so."""
    if answer is None or answer.rejected:
        return True
    return bool(answer.composed_of) and backend.name == "memory"


def _merge(
    results: list[Candidate | None], indexes: list[int], answers: Sequence[Candidate | None]
) -> None:
    for i, answer in zip(indexes, answers, strict=True):
        if answer is None:
            continue
        held = results[i]
        if held is not None and held.composed_of and not held.rejected:
            if answer.approved and all(form in answer.text for form in held.composed_of):
                results[i] = answer  # a person's line of the same terms
            continue
        if answer.rejected and results[i] is not None:
            continue  # keep the first rejection's reason
        results[i] = answer
