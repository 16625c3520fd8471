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


# Layers from the bottom up: a module imports only from its own unit or from a lower layer
# (lazy imports inside functions included). No exceptions: `catalog/` once imported
# `rules/` to drive the translation checks; they are driven from `translation_checking`.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"__init__", "errors", "document"}),
    frozenset(
        {
            "fsutil",
            "parallel",
            "scripts",
            "segment",
            "locales",
            "urls",
            "hangul",
            "articles",
            "spool",
            "number_style",  # separators and date order of a locale (Babel's data)
            "invisible",  # the zero-width and format characters pasted text brings along
            "spaced_names",  # names set out in a table's column, read closed up
            "lazy_patterns",  # module-level patterns compiled on first use
        }
    ),
    frozenset({"findings", "glossary", "readers"}),
    frozenset({"catalog"}),
    frozenset({"rules"}),
    # config validates the rule codes it is given (select, ignore, severity), so it sits
    # above rules; only commands and use cases read settings
    frozenset({"translation_checking", "check_cache", "config"}),
    frozenset({"checking"}),
    frozenset({"translate", "render", "report"}),
    frozenset({"align"}),  # reads releases, compares like PR404, writes TMX and the memory
    # run's records of the catalog stages, and extract's of its templates, in front of them
    frozenset({"run_cache", "extract_cache"}),
    frozenset({"pipeline"}),
    frozenset({"ui"}),
    frozenset({"cli"}),
    frozenset({"__main__"}),
)


def _unit(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")


def _layer(unit: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if unit in layer)


def _prlocalize_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "prlocalize" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return found


def test_every_unit_has_a_layer() -> None:
    units = {_unit(p) for p in PACKAGE.rglob("*.py")}
    assert units <= set().union(*LAYERS), sorted(units - set().union(*LAYERS))


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_imports_only_point_down(path: Path) -> None:
    unit = _unit(path)
    own = _layer(unit)
    upward = [
        f"line {line}: {target}"
        for line, target in _prlocalize_imports(ast.parse(path.read_text(encoding="utf-8")))
        if target != unit and _layer(target) >= own
    ]
    assert not upward, f"{path.relative_to(PACKAGE)} imports upward or sideways: {upward}"


def test_layer_check_sees_the_old_knot() -> None:
    """The guard itself: catalog/ importing rules/ (the knot this test keeps out) fails it."""
    tree = ast.parse("def f():\n    from prlocalize.rules.base import Rule\n")
    targets = [t for _, t in _prlocalize_imports(tree)]
    assert targets == ["rules"] and _layer("rules") >= _layer("catalog")


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


def test_checking_releases_does_not_load_babel_catalogs() -> None:
    """`check` loads every rule family, the translation rules among them; importing a
    catalog submodule must not drag in the catalog package's Babel-backed names."""
    import subprocess
    import sys

    code = (
        "import sys, prlocalize.checking, prlocalize.rules.registry; "
        "print(sorted(m for m in sys.modules if m.startswith('babel.messages')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_catalog_package_names_resolve() -> None:
    import prlocalize.catalog as catalog

    for name in catalog.__all__:
        assert getattr(catalog, name).__module__.startswith("prlocalize.catalog.")
    with pytest.raises(AttributeError):
        _ = catalog.no_such_name


# render/ in layers: a module imports only modules of lower layers (never a sibling of its
# own layer, never one above), so there is no circle and the escaping sits at the bottom
RENDER_LAYERS: dict[str, int] = {
    "escaping": 0,  # escaping, URL paths, control characters: imports nothing of render/
    "spacing": 0,
    "linebreak": 0,  # BudouX phrase breaks (<wbr>) in headings and table cells
    "autolink": 0,  # links for the addresses a text or Markdown release writes out
    "page_urls": 0,  # where each page lives: hreflang, canonical, og:url
    "structured_data": 0,  # JSON-LD in the page's language
    "dates": 1,
    "sanitize": 1,
    "notes": 1,
    "resolve": 2,
    "page": 3,  # the two builders: neither imports the other
    "inplace": 3,
    "review": 3,
    "html": 4,
    "batch": 5,
    "build_cache": 6,  # the pages of unchanged releases, in front of batch's builder
}


def _render_imports(path: Path) -> set[str]:
    """The render/ modules ``path`` imports, at module level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from .x import y / from . import x
                base = node.module or ""
                names = [base] if base else [alias.name for alias in node.names]
                names = [f"prlocalize.render.{n}" for n in names]
            elif node.module == "prlocalize.render":
                names = [f"prlocalize.render.{alias.name}" for alias in node.names]
            elif node.module:
                names = [node.module]
        for name in names:
            if name.startswith("prlocalize.render."):
                found.add(name.split(".")[2])
    return found


def test_every_render_module_has_a_layer() -> None:
    modules = {p.stem for p in (PACKAGE / "render").glob("*.py") if p.stem != "__init__"}
    assert modules <= set(RENDER_LAYERS), f"place {sorted(modules - set(RENDER_LAYERS))} in a layer"


@pytest.mark.parametrize("path", sorted((PACKAGE / "render").glob("*.py")), ids=lambda p: p.name)
def test_render_imports_point_down(path: Path) -> None:
    layer = RENDER_LAYERS.get(path.stem, 99)
    upward = sorted(m for m in _render_imports(path) if RENDER_LAYERS.get(m, 99) >= layer)
    assert not upward, f"render/{path.name} (layer {layer}) imports {upward}: same layer or above"


def test_render_import_check_sees_upward_imports(tmp_path: Path) -> None:
    """The guard itself: an upward import inside a function is found."""
    module = tmp_path / "escaping.py"
    module.write_text(
        "def f():\n    from prlocalize.render.page import x\n    from . import resolve\n",
        encoding="utf-8",
    )
    assert _render_imports(module) == {"page", "resolve"}
