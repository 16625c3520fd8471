"""Module-level patterns of the checks are compiled on first use (issue 16: the gate of
`build` and every worker paid some 0.45 s of CPU compiling 1,600 patterns at import, most
of which a run never asks), and a lazy pattern answers as the compiled one does."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

from prlocalize.lazy_patterns import LazyPattern, lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<n>\d+)\s?(%|percent)"
    lazy, compiled = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert isinstance(lazy, LazyPattern)
    assert lazy.pattern == source and "_compiled" not in vars(lazy)  # (not compiled yet)
    text = "Sales rose 12 PERCENT, costs 3%."
    assert lazy.search(text)[0] == compiled.search(text)[0]  # type: ignore[index]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.match(text) is None and lazy.fullmatch("7%") is not None
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )
    # from the first use on, its methods are the compiled pattern's own
    assert vars(lazy)["search"] == compiled.search


def test_loading_the_translation_checks_compiles_few_patterns() -> None:
    script = textwrap.dedent(
        """
        import re
        calls = []
        original = re._compile
        def counting(pattern, flags):
            calls.append(pattern)
            return original(pattern, flags)
        re._compile = counting
        import prlocalize.rules.registry, prlocalize.rules.pair_readings
        import prlocalize.translation_checking
        print(len(calls))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    # (some 1,600 when every one was compiled at import)
    assert int(done.stdout.split()[-1]) < 600
