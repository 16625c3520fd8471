"""An archive's lists of paths (fsutil.PathList) and the walks that fill them: the same
paths, in the same order, as the lists of Paths they replace, in a fraction of the memory."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest

from prlocalize.catalog.io import po_files
from prlocalize.fsutil import RELEASE_SUFFIXES, PathList, iter_release_files


def _rglob_releases(folder: Path) -> list[Path]:
    """What iter_release_files gave before it walked folders one at a time."""
    found = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") or p in {"node_modules", "__pycache__"} for p in parts):
            continue
        if path.is_file() and path.suffix.lower() in RELEASE_SUFFIXES:
            found.append(path)
    return found


_NAMES = ("a", "a.html", "a b", "a-b", "B.md", "b.TXT", ".draft", "node_modules", "x.po")
_NAMES += ("ä.html", "a.txt", "z", "Z.htm", "notes.xhtml", "a_b.md")


def _tree(root: Path, seed: int) -> None:
    rng = random.Random(seed)

    def fill(folder: Path, depth: int) -> None:
        for name in rng.sample(_NAMES, 7):
            path = folder / name
            if depth < 3 and not path.suffix and rng.random() < 0.5:
                path.mkdir(exist_ok=True)
                fill(path, depth + 1)
            elif not path.exists():
                path.write_text("x", encoding="utf-8")

    fill(root, 0)
    folders = [p for p in root.rglob("*") if p.is_dir()]
    files = [p for p in root.rglob("*.html") if p.is_file()]
    if folders:
        (root / "linked").symlink_to(folders[0], target_is_directory=True)  # not followed
    if files:
        (root / "linked.html").symlink_to(files[0])  # a link to a file is a release


@pytest.mark.parametrize("seed", range(8))
def test_releases_come_in_the_order_of_sorted_rglob(tmp_path: Path, seed: int) -> None:
    _tree(tmp_path, seed)
    assert list(iter_release_files([tmp_path])) == _rglob_releases(tmp_path)


def test_catalogs_come_in_the_order_of_sorted_glob(tmp_path: Path) -> None:
    for locale in ("ko", "ja", "ja-JP", "ja_JP", ".hidden"):
        folder = tmp_path / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        for stem in ("b", "a-b", "a", "a.b", "Z"):
            (folder / f"{stem}.po").write_text("", encoding="utf-8")
        (folder / "a.pot").write_text("", encoding="utf-8")
    (tmp_path / "README.po").write_text("", encoding="utf-8")
    assert list(po_files(tmp_path)) == sorted(tmp_path.glob("*/LC_MESSAGES/*.po"))
    some = list(po_files(tmp_path, ["ko", "ja"], skip={"a"}))
    assert some == [
        p
        for loc in ("ko", "ja")
        for p in sorted(tmp_path.glob(f"{loc}/LC_MESSAGES/*.po"))
        if p.stem != "a"
    ]


def test_a_path_list_gives_back_equal_paths() -> None:
    paths = [
        Path("news/2027/launch.html"),
        Path("news/2027/award.md"),
        Path("top.txt"),
        Path("/srv/archive/ja/LC_MESSAGES/launch.po"),
        Path("news/2027/plant.html"),
        Path("archive/\udce9t\u00e9.html"),  # a name the OS gave with an undecodable byte
    ]
    listed = PathList(str(p) for p in paths)
    assert list(listed) == paths and len(listed) == len(paths)
    assert [listed[i] for i in range(len(paths))] == paths
    assert listed[1:4] == paths[1:4] and listed[-1] == paths[-1]
    assert [listed.name(i) for i in range(len(paths))] == [p.name for p in paths]
    more = PathList()
    more.extend_folder(Path("news/2027"), ["a.html", "b.html"])
    assert list(more) == [Path("news/2027/a.html"), Path("news/2027/b.html")]


def test_a_path_list_takes_a_fraction_of_a_list_of_paths() -> None:
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        kept = [Path(f"/archive/releases/2027/release-{i:06d}.html") for i in range(20_000)]
        full = tracemalloc.get_traced_memory()[0] - start
        listed = PathList(kept)
        compact = tracemalloc.get_traced_memory()[0] - start - full
    finally:
        tracemalloc.stop()
    assert list(listed) == kept
    assert compact < full / 5, (compact, full)
