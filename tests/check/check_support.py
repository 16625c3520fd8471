"""Helpers for the check tests: run the rules on a file and render findings as golden lines."""

from __future__ import annotations

from pathlib import Path

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
