"""prlocalize.catalog
~~~~~~~~~~~~~~~~~~~

Documents ↔ gettext catalogs on Babel's model (polib only where Babel falls short,
see :mod:`prlocalize.catalog.io`): extract a template, merge it into each locale's
catalog without losing a translation, compile, and check translations (PR4xx).
"""

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
from prlocalize.catalog.update import MergeCounts, UpdateResult, merge_catalog, update_catalog

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
