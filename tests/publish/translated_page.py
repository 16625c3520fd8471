"""One HTML release extracted, its Japanese catalog filled from a table and built: the page
as a team would publish it (the shared steps of the publish tests of single pages)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog


def built_page(
    run_cli: Callable[..., Result],
    tmp_path: Path,
    name: str,
    html: str,
    translations: Mapping[str, str],
    *,
    every_message: bool = True,
) -> tuple[str, Result]:
    """The Japanese page of the release ``html`` (written as ``name``) with its catalog's
    msgstrs from ``translations`` (a message it does not hold stays empty; with
    ``every_message``, the catalog must hold exactly the table's msgids), and the result
    of ``build``."""
    release = tmp_path / name
    release.write_text(html, encoding="utf-8")
    locales, dist = tmp_path / "loc", tmp_path / "dist"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja").exit_code == 0
    catalog_path = po_path(locales, "ja", release.stem)
    catalog = read_catalog(catalog_path)
    if every_message:
        assert {m.id for m in catalog if m.id} == set(translations)
    for message in catalog:
        if message.id:
            message.string = translations.get(str(message.id), "")
    write_catalog(catalog_path, catalog)
    result = run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(dist))
    assert result.exit_code == 0, result.output
    return (dist / "ja" / release.name).read_text(encoding="utf-8"), result
