"""Helpers for the check tests: run the rules on a file and render findings as golden lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prlocalize.checking import check_paths
from prlocalize.config import Settings
from prlocalize.findings import CheckResult

FIXTURES = Path(__file__).parent / "fixtures"
GLOSSARY = FIXTURES / "glossary.csv"


def settings_for(root: Path, glossary: Path = GLOSSARY, **extra: object) -> Settings:
    return Settings(root=root, glossaries=(str(glossary),), **extra)  # type: ignore[arg-type]


def golden_lines(result: CheckResult, base: Path) -> list[str]:
    """``path:line:col:code:message`` for every finding (Vale's golden format)."""
    lines = []
    for report in result.files:
        index = report.line_index()
        name = Path(report.path).relative_to(base).as_posix()
        for f in report.findings:
            pos = index.position(f.span.start)
            lines.append(f"{name}:{pos.line}:{pos.column}:{f.code}:{f.message}")
    return lines


def run_fixture(
    path: Path, *, fix: bool = False, select: tuple[str, ...] | None = None
) -> CheckResult:
    code = path.name[:5]
    return check_paths([path], settings_for(path.parent), select=select or (code,), fix=fix)


def cli_found(
    run_cli: Callable[..., Any],
    tmp_path: Path,
    glossary: str,
    name: str,
    text: str,
    select: str | None,
    fields: tuple[str, ...] = ("code", "found"),
    *,
    code: str | None = None,
) -> list[tuple[Any, ...]]:
    """(code, found), or the JSON ``fields`` asked, of each finding that `check --format
    json` gives for ``text`` saved as ``name``, with the glossary sheet ``glossary``: of
    the rules ``select`` picks (None: every rule), and of ``code`` alone when given."""
    (tmp_path / "g.csv").write_text(glossary, encoding="utf-8")
    release = tmp_path / name
    release.write_text(text, encoding="utf-8")
    selected = ("--select", select) if select is not None else ()
    result = run_cli(
        "check", str(release), "-g", str(tmp_path / "g.csv"), "--format", "json", "--no-cache",
        *selected,
    )  # fmt: skip
    return [
        tuple(f[field] for field in fields)
        for f in json.loads(result.stdout)["findings"]
        if code is None or f["code"] == code
    ]
