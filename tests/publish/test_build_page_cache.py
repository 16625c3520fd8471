"""A repeated `build` does not build again what has not changed (render.build_cache): a
release whose text and catalogs, glossaries, settings and options are as the last build
saw them, and whose pages still hold what that build wrote, is not read, checked or
rendered, and the build says exactly what a full one says. Anything else is built again:
a changed catalog, page or glossary, and an entry of the cache that prlocalize could
not have written."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from tests.publish.test_build_jobs import LOCALES, make_archive, tree

from prlocalize import checking
from prlocalize.catalog import po_path
from prlocalize.errors import InputError
from prlocalize.render import batch
from prlocalize.render.build_cache import BuildCache, CachedBuilds

RELEASES = 12
WRITTEN = "page(s) built:"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("page-cache"), RELEASES)


@pytest.fixture
def project(archive: Path, tmp_path: Path, cache_dir: Path) -> Path:
    """A copy of the archive with the repository's glossaries, and a cache of its own."""
    root = tmp_path / "project"
    shutil.copytree(archive / "rel", root / "rel")
    shutil.copytree(archive / "loc", root / "loc")
    shutil.copytree(Path(__file__).resolve().parents[2] / "glossaries", root / "glossaries")
    return root


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The releases a build read and rendered (in this process: --jobs 1), and whether
    it loaded a glossary (``"glossary"``)."""
    seen: list[str] = []
    real_pages, real_load = batch.ReleaseBuilder.pages, checking.load_glossary

    def pages(self: batch.ReleaseBuilder, document: object) -> object:
        seen.append(Path(document.path).name)  # type: ignore[attr-defined]
        return real_pages(self, document)  # type: ignore[arg-type]

    def load(settings: object) -> object:
        seen.append("glossary")
        return real_load(settings)

    monkeypatch.setattr(batch.ReleaseBuilder, "pages", pages)
    monkeypatch.setattr(checking, "load_glossary", load)
    yield seen


def _build(run_cli: Callable[..., Result], root: Path, *extra: str, out: str = "out") -> Result:
    args = ["build", str(root / "rel"), "-d", str(root / "loc"), "-o", str(root / out)]
    args += ["-g", str(root / "glossaries"), "--jobs", "1"]
    return run_cli(*args, *[a for loc in LOCALES for a in ("-l", loc)], *extra)


def _said(result: Result) -> list[str]:
    """What a build said, but for the count of pages written (which a repeat changes)."""
    return [line for line in result.output.splitlines() if WRITTEN not in line]


def _written(result: Result) -> str:
    return next(line for line in result.output.splitlines() if WRITTEN in line)


def _fresh(run_cli: Callable[..., Result], root: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    """A build of everything into ``root/fresh``, with no cache at all."""
    with monkeypatch.context() as patch:
        patch.setenv("PRLOCALIZE_NO_CACHE", "1")
        return _build(run_cli, root, out="fresh")


def test_a_repeated_build_reads_nothing_loads_no_glossary_and_says_the_same(
    project: Path, run_cli: Callable[..., Result], built: list[str]
) -> None:
    first = _build(run_cli, project)
    assert first.exit_code == 0, first.output
    assert "glossary" in built and len(built) == RELEASES + 1
    pages = tree(project / "out")
    assert len(pages) == RELEASES * 3
    # the archive has withheld and refused translations: they are said again, alike
    assert " PR404 " in first.output and " PR406 " in first.output
    built.clear()
    again = _build(run_cli, project)
    assert again.exit_code == 0, again.output
    assert built == []
    assert _said(again) == _said(first)
    assert f"{RELEASES * 3} written, 0 unchanged" in _written(first)
    assert f"0 written, {RELEASES * 3} unchanged" in _written(again)
    assert tree(project / "out") == pages


def test_a_changed_catalog_builds_its_release_alone_as_a_full_build_would(
    project: Path, run_cli: Callable[..., Result], built: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _build(run_cli, project).exit_code == 0
    catalog = po_path(project / "loc", "ja", "news-0003")
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("［訳］", "［改訳］"), encoding="utf-8")
    built.clear()
    again = _build(run_cli, project)
    assert again.exit_code == 0, again.output
    assert "news-0003.md" in built and len(built) == 2  # the release and the glossary
    fresh = _fresh(run_cli, project, monkeypatch)
    assert tree(project / "out") == tree(project / "fresh")
    assert _said(again) == [line.replace("/fresh", "/out") for line in _said(fresh)]
    assert "1 written" in _written(again)  # its Japanese page; the others are the same bytes
    assert "［改訳］" in (project / "out" / "ja" / "news-0003.html").read_text(encoding="utf-8")


def test_a_page_edited_or_removed_is_written_again(
    project: Path, run_cli: Callable[..., Result], built: list[str]
) -> None:
    assert _build(run_cli, project).exit_code == 0
    pages = tree(project / "out")
    (project / "out" / "ja" / "news-0001.html").write_text("<p>edited by hand</p>", "utf-8")
    (project / "out" / "ko" / "news-0002.html").unlink()
    built.clear()
    again = _build(run_cli, project)
    assert sorted(b for b in built if b != "glossary") == ["news-0001.html", "news-0002.txt"]
    assert "2 written" in _written(again)
    assert tree(project / "out") == pages


def test_a_changed_glossary_or_option_builds_everything_again(
    project: Path, run_cli: Callable[..., Result], built: list[str]
) -> None:
    assert _build(run_cli, project).exit_code == 0
    people = project / "glossaries" / "people.csv"
    people.write_text(people.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    built.clear()
    assert _build(run_cli, project).exit_code == 0
    assert len(built) == RELEASES + 1
    built.clear()
    assert _build(run_cli, project, "--use-fuzzy").exit_code == 0
    assert len(built) == RELEASES + 1
    # --draft and --fallback fail need what a record does not keep: never from the cache
    for extra in (("--draft",), ("--fallback", "fail")):
        built.clear()
        _build(run_cli, project, *extra)
        assert len(built) == RELEASES + 1, extra


@pytest.mark.parametrize(
    "planted",
    [
        "not json",
        "[]",
        '[["ja", true, "x", 1, 1, 0, 0, true, [], [], [], []]]',
        # a count below zero, a line 0, a finding of an unknown rule
        '[["en", true, "0", -1, 0, 0, 0, false, [], [], [], []]]',
        '[["en", true, "0", 1, 0, 0, 0, false, [[0, 1, "PR404", "number-mismatch", '
        '"ERROR", "m", "f", null, null]], [0], [], []]]',
        '[["en", true, "0", 1, 0, 0, 0, false, [[0, 1, "PR999", "x", "ERROR", "m", "f", '
        "null, null]], [1], [], []]]",
    ],
)
def test_a_planted_record_is_not_trusted(
    project: Path, run_cli: Callable[..., Result], built: list[str], cache_dir: Path, planted: str
) -> None:
    first = _build(run_cli, project)
    assert first.exit_code == 0
    pages = tree(project / "out")
    planted_any = 0
    for database in cache_dir.glob("check-*.sqlite"):
        with sqlite3.connect(database) as conn:
            planted_any += conn.execute("UPDATE entries SET record = ?", (planted,)).rowcount
    assert planted_any
    built.clear()
    again = _build(run_cli, project)
    assert again.exit_code == 0, again.output
    assert len([b for b in built if b != "glossary"]) == RELEASES
    assert _said(again) == _said(first)
    assert tree(project / "out") == pages


def test_several_workers_repeat_a_build_alike(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    first = _build(run_cli, project)
    again = _build(run_cli, project, "--jobs", "3")
    assert again.exit_code == 0
    assert _said(again) == _said(first)
    assert f"0 written, {RELEASES * 3} unchanged" in _written(again)


def test_a_catalog_rewritten_while_its_release_builds_is_not_remembered(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    from prlocalize.check_cache import CheckCache

    assert _build(run_cli, project).exit_code == 0
    store = CheckCache.open(project / "own-cache", "test")
    cache = BuildCache(store, project / "loc", LOCALES, project / "out", "options")
    release = project / "rel" / "news-0000.md"
    catalog = po_path(project / "loc", "ko", "news-0000")

    class Rewriting:
        def pages(self, document: object) -> list[batch.PageResult]:
            catalog.write_text(catalog.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            return [
                batch.PageResult(
                    str(release), "en", project / "x.html", False, 1, 0, 0, 0, (), None, digest="d"
                )
            ]

    front = CachedBuilds(cache, Rewriting())  # type: ignore[arg-type]
    pages = front.release(str(release))
    assert pages[0].inputs is None  # built from a catalog that is gone now: not kept
    # and a release that changed after the build found every one unchanged is an error
    with pytest.raises(InputError, match="changed while the build was starting"):
        CachedBuilds(cache, None).release(str(release))
