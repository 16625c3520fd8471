"""A page `build` wrote, read back (a press office's archive of published pages, aligned
with its originals; a built page checked before it goes out), gave the note build puts
at its foot ('29 of the 29 sentences on this page (100%) are translated.', 'Original
(Japanese)') as sentences of the release: align left them unpaired and extract would
have asked for their translation. The reader now leaves that note out; a release's own
<footer> is still read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

from prlocalize.catalog import po_path, read_catalog, write_catalog
from prlocalize.readers import parse_text

RELEASE = "# Kestrel Bay Opens a Night Ferry\n\nThe ferry sails at 9 p.m. from the east quay.\n"
JA = {
    "Kestrel Bay Opens a Night Ferry": "キストレル湾、夜行フェリーを運航",
    "The ferry sails at 9 p.m. from the east quay.": "フェリーは午後9時に東岸壁から出航します。",
}


def test_the_note_build_writes_is_not_read_as_the_release(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    release = tmp_path / "ferry.md"
    release.write_text(RELEASE, encoding="utf-8")
    locales, dist = tmp_path / "loc", tmp_path / "dist"
    assert run_cli("extract", str(release), "-d", str(locales)).exit_code == 0
    assert run_cli("update", "-d", str(locales), "-l", "ja").exit_code == 0
    path = po_path(locales, "ja", "ferry")
    catalog = read_catalog(path)
    for message in catalog:
        if message.id:
            message.string = JA[str(message.id)]
    write_catalog(path, catalog)
    result = run_cli("build", str(release), "-d", str(locales), "-l", "ja", "-o", str(dist))
    assert result.exit_code == 0, result.output
    page = (dist / "ja" / "ferry.html").read_text(encoding="utf-8")
    assert 'class="translation-note"' in page
    texts = [s.text for s in parse_text(page, path="ferry.html", format="html").segments()]
    assert set(texts) == set(JA.values())  # (the title and the headline say the same)
    assert not [t for t in texts if "100%" in t or "ferry.html" in t]


def test_a_releases_own_footer_is_read() -> None:
    page = (
        "<html><body><p>The ferry sails at 9 p.m.</p>"
        "<footer><p>About Kestrel Bay Ferries: founded in 1998.</p></footer></body></html>"
    )
    texts = [s.text for s in parse_text(page, path="r.html", format="html").segments()]
    assert texts == ["The ferry sails at 9 p.m.", "About Kestrel Bay Ferries: founded in 1998."]
