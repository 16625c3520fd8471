"""Guards on the layering: core modules never import click or rich, never print."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "prlocalize"
# the only places that talk to the terminal
UI_MODULES = {"cli", "ui.py", "report"}
UI_LIBRARIES = {"click", "rich"}


def _core_modules() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in UI_MODULES
    )


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", _core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_not_use_the_terminal(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not (_imports(tree) & UI_LIBRARIES), f"{path.name} imports a UI library"
    calls = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"print", "exit", "quit"}
    ]
    assert not calls, f"{path.name} prints or exits at lines {calls}"


def test_package_import_is_light() -> None:
    """`prlocalize --help` must not pull in the heavy libraries (it must start fast)."""
    import subprocess
    import sys

    code = (
        "import sys, prlocalize.cli; from click.testing import CliRunner; "
        "CliRunner().invoke(prlocalize.cli.cli, ['--help']); "
        "heavy = {'lxml', 'babel', 'polib', 'rich', 'deep_translator', 'openai', 'deepl', "
        "'markdown_it', 'ahocorasick', 'rapidfuzz'}; "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
