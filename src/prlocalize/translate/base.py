"""prlocalize.translate.base
~~~~~~~~~~~~~~~~~~~~~~~~~~

The one small interface every backend implements: a batch of texts in, one
:class:`Candidate` or ``None`` ("no answer", so a chain falls through) per text out,
in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from prlocalize.errors import BackendError
from prlocalize.locales import language


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed translation and where it came from."""

    text: str
    origin: str  # "glossary", "memory", "deepl", ...
    needs_review: bool  # written fuzzy: a person must approve it
    score: float | None = None  # fuzzy-memory similarity in percent
    notes: tuple[str, ...] = ()  # things a translator must look at (e.g. a name kept as written)
    rejected: str | None = None  # why this answer must not be written (e.g. a lost placeholder)
    # flags a person set on the approved entry (``prlocalize-ignore:PR404``), carried with it
    flags: tuple[str, ...] = ()
    approved: bool = False  # a person approved this very translation (an exact memory match)
    # a glossary answer composed of several terms ('Laura Chen, Halvorsen Robotics' → its
    # forms in the target's order): the approved target forms it holds. A person's exact
    # memory match of the same text that holds them all is preferred (see chain.py)
    composed_of: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """What the ``#.`` comment says, e.g. ``deepl`` or ``memory 92%``."""
        if self.score is not None and self.score < 100:
            return f"{self.origin} {int(self.score)}%"
        return self.origin


@runtime_checkable
class Backend(Protocol):
    """A translation source. ``translate`` keeps order and length; ``None`` = no answer."""

    name: str

    def translate(
        self, texts: Sequence[str], source: str, target: str
    ) -> list[Candidate | None]: ...


class Interrupted(BackendError):
    """A backend failed part-way through a batch; ``partial`` holds what was answered."""

    def __init__(self, cause: BackendError, partial: list[Candidate | None]) -> None:
        super().__init__(cause.backend, cause.message, retryable=cause.retryable)
        self.partial = partial


def language_of(locale: str) -> str:
    """The language part of a locale identifier: ``ja_JP`` / ``ja-JP`` → ``ja``."""
    return language(locale)
