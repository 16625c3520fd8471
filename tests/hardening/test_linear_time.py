"""Hostile sizes: every pattern of the checks, the catalog writer, the aligner and the
glossary readers runs in linear time, and the reporters index a file's lines once, not
once per finding.

A quadratic pattern shows only on long input (a 100,000-character Japanese msgstr took
92 s in the e-mail pattern), so each case runs on input of that size in a subprocess and
must stay under a CPU-time bound far above what linear code needs and far below what
quadratic code takes (CPU time, so that a loaded machine does not fail the test).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap

import pytest

from prlocalize.document import Span
from prlocalize.findings import CheckResult, FileReport, Finding, Fix, Severity

N = 100_000
CPU_LIMIT = 20.0  # seconds of CPU; linear code needs one or two, quadratic code minutes
TIMEOUT = 300  # seconds of wall time, however loaded the machine

# one unit repeated N times: unspaced runs of each class of character the patterns use
UNITS = ["あ", "ア", "１", "a", "1", "é", "a.", "a@", "a-", "1,", ",.", "  ", "a:", "a.a@", "-"]

# patterns that are only ever matched at one position (``match``), never searched:
# for them a single anchored attempt is what must be linear
ANCHORED = {
    ("prlocalize.rules.language", "_FIELD_LABEL"),
    ("prlocalize.rules.language", "_ADDRESS_LABEL"),
    ("prlocalize.rules.language", "_ADDRESS_BULLET"),
    ("prlocalize.catalog.io", "_HEADER_LINE"),
    ("prlocalize.catalog.headers", "_FIELD"),
    ("prlocalize.align.anchors", "_DATELINE_END"),
    ("prlocalize.glossary.csvfile", "_SUFFIX_CELL"),
    ("prlocalize.glossary.suggest", "_NEXT_CAPITALISED"),
    ("prlocalize.rules.brackets", "_INTERVAL"),
    ("prlocalize.rules.stylised_names", "_STYLISED"),  # fullmatch of a glossary form
    ("prlocalize.rules.translation_support", "_OUTLINE_MARKER"),  # a msgid's opening
    ("prlocalize.catalog.figures", "_ONE_DECIMAL_GROUP"),  # fullmatch of one figure
    ("prlocalize.rules.translation", "_HEADS_TITLES"),  # fullmatch of a glossary form
    ("prlocalize.rules.links", "LINK_WORDS"),  # match of a link's whole text
    ("prlocalize.rules.links", "CALLS_TO_ACTION"),
}


def _run(code: str, cpu_limit: float = CPU_LIMIT) -> None:
    script = "import time\n" + textwrap.dedent(code) + "\nprint(time.process_time())\n"
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"not linear: still running after {TIMEOUT} s")
    assert done.returncode == 0, done.stderr[-2000:]
    spent = float(done.stdout.split()[-1])
    assert spent < cpu_limit, f"not linear: {spent:.1f} s of CPU"


def test_every_module_pattern_of_rules_catalog_align_and_glossary_is_linear() -> None:
    _run(
        f"""
        import importlib, pkgutil, re, time
        import prlocalize.align, prlocalize.catalog, prlocalize.glossary, prlocalize.rules
        from prlocalize.lazy_patterns import LazyPattern
        units, anchored = {UNITS!r}, {sorted(ANCHORED)!r}
        patterns = {{}}
        for pkg in (prlocalize.rules, prlocalize.catalog, prlocalize.align, prlocalize.glossary):
            for info in pkgutil.iter_modules(pkg.__path__):
                module = importlib.import_module(pkg.__name__ + "." + info.name)
                for name, value in vars(module).items():
                    # a pattern, or patterns held by language or kind in a dict or a tuple
                    found, held = [], [value]
                    while held:
                        item = held.pop()
                        if isinstance(item, re.Pattern):
                            found.append(item)
                        elif isinstance(item, LazyPattern):  # (compiled on first use)
                            found.append(item.compiled)
                        elif isinstance(item, dict) and len(held) < 500:
                            held.extend(item.values())
                        elif isinstance(item, (tuple, list)) and len(held) < 500:
                            held.extend(item)
                    for pattern in found:  # (under the name ANCHORED gives it, if any)
                        if id(pattern) not in patterns or [module.__name__, name] in [
                            list(a) for a in anchored
                        ]:
                            patterns[id(pattern)] = (module.__name__, name, pattern)
        assert len(patterns) > 40, len(patterns)
        for module, name, pattern in patterns.values():
            for unit in units:
                text = unit * (30_000 // len(unit))  # 30,000: a quadratic one takes minutes
                data = text.encode() if isinstance(pattern.pattern, bytes) else text
                start, cpu = time.perf_counter(), time.process_time()
                if [module, name] in [list(a) for a in anchored]:
                    pattern.match(data)
                else:
                    for _ in pattern.finditer(data):
                        pass
                spent = time.perf_counter() - start
                assert spent < 5 or time.process_time() - cpu < 5, (module, name, unit, spent)
        """,
        # each pattern on each unit has its own bound (5 s, above): the whole walk grows
        # with the number of patterns (some 200 by 15 units, 20 s on a slow machine)
        cpu_limit=CPU_LIMIT * 5,
    )


@pytest.mark.parametrize("unit", ["あ", "１", "a", "a.", "a-", "1,"])
def test_a_long_unspaced_msgstr_is_checked_in_linear_time(unit: str) -> None:
    _run(
        f"""
        from prlocalize.translation_checking import check_po_text
        from prlocalize.glossary.model import Glossary
        from prlocalize.rules.translation import RULES
        msgstr = {unit!r} * ({N} // len({unit!r}))
        text = (
            'msgid ""\\nmsgstr ""\\n"Language: ja\\\\n"\\n'
            '"Content-Type: text/plain; charset=UTF-8\\\\n"\\n\\n'
            'msgid "Write to press@example.com or see https://example.com/a (10 units)."\\n'
            'msgstr "' + msgstr + '"\\n'
        )
        report = check_po_text(text, path="ja.po", glossary=Glossary(), rules=RULES)
        assert report.findings  # the lost address and number are reported
        """
    )


@pytest.mark.parametrize("unit", ["a.", "a@", "あ", "a"])
def test_a_long_unspaced_release_is_checked_in_linear_time(tmp_path, unit: str) -> None:
    release = tmp_path / "release.txt"
    body = unit * (N // len(unit))
    release.write_text(f"Title\n\nTOKYO, May 1, 2024 -- {body}\n", encoding="utf-8")
    _run(
        f"""
        import sys
        from prlocalize.cli import cli
        sys.argv = ["prlocalize", "check", {str(release)!r}, "--format", "json", "--no-cache"]
        try:
            cli()
        except SystemExit as exc:
            assert exc.code in (0, 1), exc.code
        """
    )


@pytest.mark.parametrize("unit", [",.", "a", "1"])
def test_a_long_hyphenated_string_is_wrapped_in_linear_time(unit: str) -> None:
    # Babel's WORD_SEP rescanned the run after "co-hosted" from every position
    _run(
        f"""
        from babel.messages.catalog import Catalog
        from prlocalize.catalog.render import render_po
        catalog = Catalog(locale="ja")
        catalog.add("co-hosted " + {unit!r} * ({N} // len({unit!r})), "")
        catalog.add("co-hosted \\"quoted\\" " + {unit!r} * ({N} // len({unit!r})), "")
        assert "co-" in render_po(catalog)
        """
    )


def _findings_report(count: int) -> FileReport:
    lines = [f"Line {i} has  a doubled space." for i in range(count)]
    text = "\n".join(lines) + "\n"
    findings = []
    offset = 0
    for line in lines:
        at = offset + line.index("  ")
        span = Span(at, at + 2)
        fix = Fix.replace(span, " ", "Replace with one space", safe=True)
        findings.append(
            Finding(
                "big.txt",
                span,
                "PR303",
                "doubled-space",
                Severity.WARNING,
                "Doubled space",
                found="  ",
                fix=fix,
            )
        )
        offset += len(line) + 1
    return FileReport("big.txt", text, findings)


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_reporters_index_the_lines_of_a_file_once(monkeypatch, fmt: str) -> None:
    from prlocalize.report import get_reporter

    report = _findings_report(2_000)
    built = []
    original = FileReport.line_index

    def counting(self: FileReport):  # type: ignore[no-untyped-def]
        built.append(self.path)
        return original(self)

    monkeypatch.setattr(FileReport, "line_index", counting)
    out = io.StringIO()
    get_reporter(fmt).write(CheckResult([report]), out)
    assert len(built) == 1, f"the line index was built {len(built)} times for one file"
    assert (
        out.getvalue().count("big.txt") >= 2_000
        if fmt == "sarif"
        else "big.txt:2000:" in (out.getvalue())
    )


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_thirty_thousand_findings_are_reported_in_seconds(fmt: str) -> None:
    _run(
        f"""
        import io, sys
        sys.path.insert(0, {str(__import__("pathlib").Path(__file__).parent)!r})
        from test_linear_time import _findings_report
        from prlocalize.findings import CheckResult
        from prlocalize.report import get_reporter
        out = io.StringIO()
        get_reporter({fmt!r}).write(CheckResult([_findings_report(30_000)]), out)
        assert len(out.getvalue()) > 30_000
        """
    )


def test_word_sep_splits_as_babels_does() -> None:
    from babel.messages.pofile import WORD_SEP as BABEL
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from prlocalize.catalog.render import WORD_SEP

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab1_-- ,.!\"'&?é\t\n日", max_size=30))
    def same(text: str) -> None:
        assert WORD_SEP.split(text) == BABEL.split(text)

    same()
    assert re.compile(BABEL.pattern).split("co-hosted --yes") == WORD_SEP.split("co-hosted --yes")


def test_a_page_of_unclosed_anchors_is_read_for_its_language_switch_in_linear_time() -> None:
    # an anchor's text is read to its closing tag: unclosed, each one must not scan on
    _run(
        """
        from prlocalize.align.links import switch_targets
        assert switch_targets('<a href="x.html">' * 100_000 + "<p>text</p>" * 10_000) == []
        """
    )
