"""prlocalize.lazy_patterns
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Module-level patterns compiled on first use. The translation checks hold some 1,600
patterns, compiled at import in about half a CPU second (``re``'s compiler is Python),
while a run's pairs ask only a part of them: most run behind exact pre-tests that a
release of one domain never passes. :func:`lazy_compile` gives a stand-in that compiles
its pattern the first time a method or attribute of it is asked for; from then on those
are the compiled pattern's own, held in the stand-in's ``__dict__`` (a lookup as quick
as the pattern's). Its matches are the pattern's, so a match's ``re`` is the compiled
pattern, not the stand-in: a pattern compared by identity (``match.re is X``) must stay
a ``re.compile`` one.
"""

from __future__ import annotations

import re
from typing import Any, cast

# what a pattern offers, copied onto the stand-in once it is compiled
_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A pattern compiled on first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # (read at import to build other patterns: no compile)
        self._flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern itself, compiled now if it was not yet."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
            self.__dict__["_compiled"] = found
        return cast("re.Pattern[str]", found)

    def __getattr__(self, name: str) -> Any:
        # (called only for what __dict__ lacks: before the first use)
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
