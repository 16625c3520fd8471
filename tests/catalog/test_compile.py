"""compile: a .mo beside each .po, fuzzy left out unless asked for, with statistics."""

from __future__ import annotations

import dataclasses
import gettext
from pathlib import Path

from babel.messages.catalog import Catalog
from catalog_support import assert_valid_catalog

from prlocalize.catalog import compile_catalog, read_catalog, write_catalog
from prlocalize.catalog.compile import compiled


def _po(tmp_path: Path) -> Path:
    catalog = Catalog(locale="ja", domain="r", last_translator="Hanako <hanako@example.com>")
    catalog.revision_date = catalog.creation_date
    catalog.add("Press Release", "プレスリリース")
    catalog.add("May 10, 2024", "2024年5月10日", flags=["fuzzy"])
    catalog.add("Top", "トップ", context="breadcrumb")
    catalog.add("Untranslated.")
    path = tmp_path / "ja" / "LC_MESSAGES" / "r.po"
    write_catalog(path, catalog)
    assert_valid_catalog(path)
    return path


def _translations(mo: Path) -> gettext.GNUTranslations:
    with mo.open("rb") as fh:
        return gettext.GNUTranslations(fh)


def test_fuzzy_entries_are_left_out(tmp_path: Path) -> None:
    result = compile_catalog(_po(tmp_path))
    assert result.mo_path == tmp_path / "ja" / "LC_MESSAGES" / "r.mo"
    assert (result.translated, result.fuzzy, result.untranslated) == (2, 1, 1)
    assert (result.total, result.compiled, round(result.percent)) == (4, 2, 50)
    mo = _translations(result.mo_path)
    assert mo.gettext("Press Release") == "プレスリリース"
    assert mo.pgettext("breadcrumb", "Top") == "トップ"
    assert mo.gettext("May 10, 2024") == "May 10, 2024"


def test_use_fuzzy_includes_them(tmp_path: Path) -> None:
    result = compile_catalog(_po(tmp_path), use_fuzzy=True)
    assert result.compiled == 3
    assert _translations(result.mo_path).gettext("May 10, 2024") == "2024年5月10日"


def test_recompiling_unchanged_catalog_writes_nothing(tmp_path: Path) -> None:
    po = _po(tmp_path)
    assert compile_catalog(po).written
    assert not compile_catalog(po).written


def test_compiled_in_memory_writes_only_when_asked(tmp_path: Path) -> None:
    po = _po(tmp_path)
    pending = compiled(po, read_catalog(po, locale="ja"))
    assert not po.with_suffix(".mo").exists()
    assert pending.write() == dataclasses.replace(compile_catalog(po), written=True)
    assert po.with_suffix(".mo").read_bytes() == pending.data
