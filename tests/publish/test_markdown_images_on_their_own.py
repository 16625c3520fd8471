"""An image on its own line in a Markdown release ('![Map of the route](map.png)', the
usual way to place a figure) has no text around it: build left it out of the page, and
its description went to the next image of the page instead (a wrong alt for a screen
reader). It is now written where it stands, with its own (translated) description."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog

RELEASE = """\
# Kestrel Bay Opens a Night Ferry

The ferry sails at 9 p.m.

![Map of the night route](route-map.png)

Tickets are sold at the quay ![The ticket office](office.jpg) from 6 p.m.
"""
JA = {
    "Kestrel Bay Opens a Night Ferry": "キストレル湾、夜行フェリーを運航",
    "The ferry sails at 9 p.m.": "フェリーは午後9時に出航します。",
    "Map of the night route": "夜行便の航路図",
    "The ticket office": "切符売り場",
}


def test_an_image_on_its_own_is_published_with_its_own_description(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "night-ferry.md"
    release.write_text(RELEASE, encoding="utf-8")
    locales, dist = tmp_path / "loc", tmp_path / "dist"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja").exit_code == 0
    path = po_path(locales, "ja", "night-ferry")
    catalog = read_catalog(path)
    for message in catalog:
        if message.id:
            message.string = JA.get(str(message.id), "")
    write_catalog(path, catalog)
    result = run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(dist))
    assert result.exit_code == 0, result.output
    original = (dist / "en" / "night-ferry.html").read_text(encoding="utf-8")
    page = (dist / "ja" / "night-ferry.html").read_text(encoding="utf-8")
    assert '<img src="route-map.png" alt="Map of the night route">' in original
    assert '<img src="office.jpg" alt="The ticket office">' in original
    assert '<img src="route-map.png" alt="夜行便の航路図">' in page
    assert '<img src="office.jpg" alt="切符売り場">' in page
    # in the order of the release
    assert page.index("route-map.png") < page.index("office.jpg")
