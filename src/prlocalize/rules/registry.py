"""prlocalize.rules.registry
~~~~~~~~~~~~~~~~~~~~~~~~~

The one table of rules. Each family module exports ``RULES``, its classes in code
order; this module joins them, checks the table and selects from it. Codes are
never reused: a retired rule stays with ``status = "removed"``, a renamed code
goes into ``REDIRECTS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from prlocalize.rules.base import Rule

_FAMILIES = (
    "prlocalize.rules.names",  # PR1xx
    "prlocalize.rules.language",  # PR2xx
    "prlocalize.rules.typography",  # PR3xx
    "prlocalize.rules.translation",  # PR4xx
)

REDIRECTS: dict[str, str] = {}


def _load() -> tuple[type[Rule], ...]:
    rules: list[type[Rule]] = []
    for module_name in _FAMILIES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # family not written yet
                continue
            raise
        rules.extend(module.RULES)
    return tuple(sorted(rules, key=lambda r: r.code))


RULES: tuple[type[Rule], ...] = _load()


def rule_for(code: str) -> type[Rule]:
    code = REDIRECTS.get(code, code)
    for rule in RULES:
        if rule.code == code or rule.name == code:
            return rule
    raise KeyError(code)


def suppression_codes(text: str, line: int | None = None) -> frozenset[str]:
    """The rule codes a suppression names (``"PR201 PR203"``), each a registered code.

    Shapes are checked by :func:`~prlocalize.readers.suppression.parse_codes`; a code of
    the right shape that no rule has ('PR999') raises its SuppressionError here.
    """
    from prlocalize.readers.suppression import parse_codes

    return known_codes(parse_codes(text, line), line)


def known_codes(codes: Iterable[str], line: int | None = None) -> frozenset[str]:
    """``codes`` redirected to their current codes; SuppressionError for one no rule has."""
    from prlocalize.readers.suppression import SuppressionError

    registered = {r.code for r in RULES}
    out: set[str] = set()
    for code in codes:
        current = REDIRECTS.get(code, code)
        if current not in registered:
            raise SuppressionError(
                f"unknown rule code {code!r} in a suppression; `prlocalize rules` lists them",
                line,
            )
        out.add(current)
    return frozenset(out)


def _named(rule: type[Rule], selectors: Iterable[str]) -> bool:
    """Whether ``selectors`` name ``rule`` itself, by its whole code or its name."""
    return any(REDIRECTS.get(s, s).upper() == rule.code or s == rule.name for s in selectors)


def _matches(rule: type[Rule], selectors: Iterable[str]) -> bool:
    return any(
        rule.code.startswith(REDIRECTS.get(s, s).upper()) or rule.name == s for s in selectors
    )


def select_rules(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    *,
    target: str | None = None,
) -> tuple[type[Rule], ...]:
    """Rules chosen by code prefixes (``PR1`` selects PR1xx) or names. A rule in preview
    runs only where its own code or name is selected (``--select PR309``): a prefix or
    the default set leaves it out, as ruff treats its preview rules."""
    select = list(select or [])
    ignore = list(ignore or [])
    chosen = []
    for rule in RULES:
        if rule.status == "removed" or (target and rule.target != target):
            continue
        if rule.status == "preview" and not _named(rule, select):
            continue
        if select and not _matches(rule, select):
            continue
        if ignore and _matches(rule, ignore):
            continue
        chosen.append(rule)
    return tuple(chosen)
