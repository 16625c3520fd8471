"""prlocalize.catalog
~~~~~~~~~~~~~~~~~~~

Documents ↔ gettext catalogs on Babel's model (polib only where Babel falls short,
see :mod:`prlocalize.catalog.io`): extract a template, merge it into each locale's
catalog without losing a translation, compile, and check translations (PR4xx).

The names below are imported on first use: `check` imports submodules such as
:mod:`prlocalize.catalog.compare` and should not pay for Babel's catalog modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prlocalize.catalog.compile import CompileResult, compile_catalog
    from prlocalize.catalog.io import (
        catalog_text,
        parse_catalog,
        po_path,
        pot_path,
        read_catalog,
        write_catalog,
    )
    from prlocalize.catalog.template import build_template
    from prlocalize.catalog.update import (
        MergeCounts,
        UpdateResult,
        merge_catalog,
        update_catalog,
    )

_HOMES = {
    "CompileResult": "compile",
    "compile_catalog": "compile",
    "catalog_text": "io",
    "parse_catalog": "io",
    "po_path": "io",
    "pot_path": "io",
    "read_catalog": "io",
    "write_catalog": "io",
    "build_template": "template",
    "MergeCounts": "update",
    "UpdateResult": "update",
    "merge_catalog": "update",
    "update_catalog": "update",
}

__all__ = [
    "CompileResult",
    "MergeCounts",
    "UpdateResult",
    "build_template",
    "catalog_text",
    "compile_catalog",
    "merge_catalog",
    "parse_catalog",
    "po_path",
    "pot_path",
    "read_catalog",
    "update_catalog",
    "write_catalog",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once
    return value
