"""`update` of a huge release's catalogs peaks at a small multiple of one catalog (issue
#15 item 22: at 50 MB it peaked near 2 GB).

It held two locales' catalogs at once (the one merged and the next one read, each text
with its parse), and told whether a catalog changed by building every entry's fields of
both the old and the merged catalog at once. Nothing a translator wrote is lost either
way: tests/catalog and tests/hardening hold that.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from prlocalize.catalog import write_catalog
from prlocalize.catalog.io import po_path, pot_path, read_catalog
from prlocalize.catalog.workflow import update

ENTRIES = 12_000
LOCALES = ("ja", "ko")


def _message(i: int) -> str:
    return f"The water utility replaced {i} metres of main under Kawabata Street in week {i}."


def _template(folder: Path, entries: int) -> None:
    template = Catalog(locale=None)
    for i in range(entries):
        template.add(_message(i), locations=[("news/water-mains.html", i + 1)])
    write_catalog(pot_path(folder, "water-mains"), template)


def _folder(tmp_path: Path, added: int) -> tuple[Path, int]:
    """Two translated catalogs, brought up to date by update, and a template with
    ``added`` new sentences (none: the catalogs stay as they are). Returns the folder
    and a catalog's size."""
    _template(tmp_path, ENTRIES)
    for locale in LOCALES:
        catalog = Catalog(locale=locale)
        for i in range(ENTRIES):
            said = f"水道局は川端通りの下で{i}メートルの本管を第{i}週に更新した。"
            catalog.add(_message(i), said, locations=[("news/water-mains.html", i + 1)])
        path = po_path(tmp_path, locale, "water-mains")
        path.parent.mkdir(parents=True)
        write_catalog(path, catalog)
    list(update(tmp_path, LOCALES, jobs=1))
    if added:  # (a template written again has a new creation date: a change)
        _template(tmp_path, ENTRIES + added)
    size = len(po_path(tmp_path, "ja", "water-mains").read_text(encoding="utf-8"))
    return tmp_path, size


@pytest.mark.parametrize(("added", "bound"), [(0, 26.0), (1, 42.5)])
def test_update_holds_one_catalog_at_a_time(tmp_path: Path, added: int, bound: float) -> None:
    folder, size = _folder(tmp_path, added)
    tracemalloc.start()
    try:
        results = list(update(folder, LOCALES, jobs=1))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [r.written for r in results] == [bool(added)] * 2
    for locale in LOCALES:  # the translations are kept, the new sentence added
        catalog = read_catalog(po_path(folder, locale, "water-mains"))
        assert (catalog.get(_message(ENTRIES)) is not None) is bool(added)
        assert catalog[_message(7)].string.startswith("水道局は")
    # bytes a character of one catalog, before → after: up to date 28.4 → 23.8 (two
    # catalogs held, every entry's fields of two built whole); merged and written
    # 43.9 → 40.9 (restyle kept a copy of each entry of three texts)
    assert peak / size < bound, f"peak {peak / size:.1f} bytes a character of a catalog"
