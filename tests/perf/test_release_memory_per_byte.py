"""What one release costs each command in memory, per byte of it (issue #15, item 22, and
#16's "memory does not grow beyond a bound").

Each command runs in this process under tracemalloc on a small and on a larger generated
archive page (``--jobs 1``, after a warm-up on the small one, so imports and caches
count in neither); the traced peak that the larger release adds, divided by the bytes
it adds, is the memory a byte of release costs the command's Python objects. lxml's tree
and the allocator's slack are not traced (test_large_release_memory.py measures the
whole process): these bounds catch a structure kept longer than it is needed or held
twice. Measured when the test landed (archive shape, 600 kB): check 15.8, extract 20.5,
update 32.9, compile 12.3 bytes a byte (extract's read 64 MB for any release while the
cache's hashing set its size limit aside at once; update holds the template, the old
catalog's text and parse, the merged catalog and the new text at once: what remains).
Update then 23.7: the old catalog's text is no longer held through the merge, and the
messages it merges from share one empty set of flags. An update of translated catalogs
whose template changed (each written back in its file's style): 72.8, the old and the new
catalogs rendered whole and cut into entries again, the old file's lines split; 40.4 once
restyle renders and writes an entry at a time. Extract 13.4 once its worker lets the
release's bytes and document go before the template is made and writes the template in
blocks; check 13.5 once its memos keep no empty list a segment. Check with a glossary
whose people and companies the release names ("check-glossary"): 18.0, 17.3 once PR102
gathers the release's distinct words segment by segment, 15.7 once PR105 keeps its
legal names as ints; check 12.8 -> 11.2 once PR305 reads a paragraph at a time. Update
23.6 -> 16.5 and update-changed 41.0 -> 34.9 once the old catalog shares the template's
msgids and equal lists, and both one empty list for no comments; 15.2 and 32.9 once a
kept translation takes the template's lists as they are; update-changed 31.5 -> 27.3
once restyle keys the old file's entries by its parse's msgids and reads it as bytes.
Extract 13.5 -> 10.6 once its template's messages share one empty set of flags and list.
Update-changed 27.2 -> 26.1 and extract 11.0 -> 10.2 once restyle's output is written as
it is made, its old entries' places are packed, the catalogs are parsed a block at a
time, and extract holds a sentence read once as its location and id (big57).
"""

from __future__ import annotations

import contextlib
import gc
import io
import shutil
import tracemalloc
from pathlib import Path

import pytest
from tests.perf.archive import generate_archive, write_glossary

from prlocalize.cli import cli

SMALL, LARGE = 60_000, 600_000  # characters of body text of the two releases

# bytes of traced peak a byte of release adds, at most ("update-changed": an update of
# translated catalogs whose template changed, each written back in its file's style;
# "check-glossary": check with a glossary of the people and companies the release names)
BOUNDS = {
    "check": 12,
    "check-glossary": 17,
    "extract": 12,
    "update": 18,
    "update-changed": 30,
    "compile": 15,
}


def _run(args: list[str]) -> None:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = cli.main(args=[*args, "--jobs", "1"], prog_name="prlocalize", standalone_mode=False)
    assert code in (None, 0, 1), (args, code)


def _peak(args: list[str]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        _run(args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _release(root: Path, size: int) -> tuple[Path, Path]:
    """The release of about ``size`` characters and its catalog folder, with its
    template and Japanese and Korean catalogs written."""
    release = generate_archive(root / "release", 1, kinds=("html",), size=size)[0]
    locales = root / "locales"
    _run(["extract", str(release), "-d", str(locales)])
    _run(["update", "-d", str(locales), "-l", "ja", "-l", "ko"])
    return release, locales


def _changed(locales: Path, out: Path) -> Path:
    """A copy of ``locales`` in ``out`` whose catalogs are translated and whose template has
    changed since (every tenth msgid edited), as a release revised after translation."""
    from prlocalize.catalog.io import po_files, read_catalog, write_catalog

    copy = out / "changed"
    shutil.copytree(locales, copy)
    for path in po_files(copy):
        catalog = read_catalog(path)
        for message in catalog:
            if message.id:
                message.string = f"[{path.parent.parent.name}] {message.id}"
        write_catalog(path, catalog)
    for template in copy.glob("*.pot"):
        lines = template.read_text(encoding="utf-8").split("\n")
        ids = [i for i, line in enumerate(lines) if line.startswith('msgid "')][1::10]
        for i in ids:
            at = i + 1 if lines[i] == 'msgid ""' else i
            lines[at] = lines[at].replace('"', '"Revised: ', 1)
        template.write_text("\n".join(lines), encoding="utf-8")
    return copy


def _command(name: str, release: Path, locales: Path, out: Path) -> list[str]:
    if name == "update-changed":
        return ["update", "-d", str(_changed(locales, out)), "-l", "ja", "-l", "ko"]
    if name == "check-glossary":
        # the glossary whose people and companies the archive names: its matches are held
        glossary = out.parent / "glossary.csv"
        if not glossary.exists():
            write_glossary(glossary, 1000)
        return ["check", str(release), "--no-cache", "--format", "json", "-g", str(glossary)]
    return {
        "check": ["check", str(release), "--no-cache", "--format", "json"],
        "extract": ["extract", str(release), "-d", str(out / "pot")],
        "update": ["update", "-d", str(locales), "-l", "ja", "-l", "ko", "--prune"],
        "compile": ["compile", "-d", str(locales)],
    }[name]


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_one_release_costs_each_command_memory_in_proportion_to_its_size(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRLOCALIZE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    small, small_locales = _release(tmp_path / "small", SMALL)
    large, large_locales = _release(tmp_path / "large", LARGE)
    _run(_command(name, small, small_locales, tmp_path / "warm"))
    commands = [
        _command(name, release, locales, tmp_path / f"out{i}")
        for i, (release, locales) in enumerate(((small, small_locales), (large, large_locales)))
    ]
    peaks = [_peak(command) for command in commands]
    added = large.stat().st_size - small.stat().st_size
    per_byte = (peaks[1] - peaks[0]) / added
    said = (
        f"{name}: traced peak {peaks[0] / 2**20:.1f} MB for a {small.stat().st_size} byte "
        f"release, {peaks[1] / 2**20:.1f} MB for {large.stat().st_size}: "
        f"{per_byte:.1f} bytes a byte"
    )
    assert per_byte < BOUNDS[name], said
