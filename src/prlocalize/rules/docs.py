"""prlocalize.rules.docs
~~~~~~~~~~~~~~~~~~~~~~

The rule documentation generated from the registry: the records behind
``prlocalize rules --format json`` and the Markdown of ``docs/rules.md``.

Regenerate the page with ``python -m prlocalize.rules.docs``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from prlocalize.rules.base import Rule

SECTIONS = ("Why is this bad?", "Example", "Use instead", "Fix safety")
_FAMILIES = {
    "PR1": "Names and terms (PR1xx)",
    "PR2": "Language and links (PR2xx)",
    "PR3": "Typography (PR3xx)",
    "PR4": "Translations (PR4xx)",
}


def rule_record(rule: type[Rule]) -> dict[str, Any]:
    """One rule as data: what ``prlocalize rules --format json`` prints."""
    sections = rule.doc_sections()
    return {
        "code": rule.code,
        "name": rule.name,
        "summary": rule.summary(),
        "severity": rule.severity.label,
        "fix": rule.fix_availability.value,
        "target": rule.target,
        "status": rule.status,
        "sections": {title: sections[title] for title in SECTIONS if sections.get(title)},
    }


def _dedent_block(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")


def render_markdown(rules: Sequence[type[Rule]]) -> str:
    """The text of ``docs/rules.md`` for ``rules``."""
    out = [
        "# Rules",
        "",
        "<!-- Generated from the rule registry by `python -m prlocalize.rules.docs`; "
        "do not edit by hand. -->",
        "",
        "| Code | Name | Severity | Fix | Summary |",
        "|---|---|---|---|---|",
    ]
    for rule in rules:
        out.append(
            f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | `{rule.name}` | "
            f"{rule.severity.label} | {rule.fix_availability.value} | {rule.summary()} |"
        )
    family = ""
    for rule in rules:
        if rule.code[:3] != family:
            family = rule.code[:3]
            out += ["", f"## {_FAMILIES.get(family, family)}"]
        record = rule_record(rule)
        out += [
            "",
            f"### {rule.code} {rule.name}",
            "",
            f"{record['summary']}",
            "",
            f"Severity: {record['severity']} · Fix: {record['fix']} · Target: {record['target']}"
            + (f" · Status: {record['status']}" if record["status"] != "stable" else ""),
        ]
        for title, body in record["sections"].items():
            heading = title if title.endswith("?") else title + ":"
            out += ["", f"**{heading}**", ""]
            if title in {"Example", "Use instead"}:
                out += ["```text", _dedent_block(body), "```"]
            else:
                out.append(" ".join(line.strip() for line in body.splitlines() if line.strip()))
    return "\n".join(out) + "\n"


def docs_path(root: Path) -> Path:
    return root / "docs" / "rules.md"


def main(argv: Sequence[str] | None = None) -> int:
    """Write ``docs/rules.md`` under ROOT, or with ``--check`` say whether it is current.

    Options are parsed (not taken as a folder), so ``--help`` prints usage instead of
    writing ``--help/docs/rules.md``.
    """
    import argparse

    from prlocalize.fsutil import atomic_write
    from prlocalize.rules.registry import RULES

    parser = argparse.ArgumentParser(
        prog="python -m prlocalize.rules.docs",
        description="Regenerate docs/rules.md from the rule registry.",
    )
    parser.add_argument(
        "root",
        nargs="?",
        type=Path,
        default=Path.cwd(),
        help="the project folder holding docs/ (default: the current folder)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when docs/rules.md differs from the registry",
    )
    args = parser.parse_args(argv)
    path = docs_path(args.root)
    text = render_markdown(RULES)
    if args.check:
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != text:
            parser.exit(1, f"{path} is out of date: run python -m prlocalize.rules.docs\n")
        return 0
    if not (args.root / "docs").is_dir():
        parser.error(f"{args.root / 'docs'} is not a folder: give the project folder")
    atomic_write(path, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
