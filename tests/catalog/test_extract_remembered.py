"""`extract` remembers the templates it made, as make remembers its targets: a release
whose bytes and template are what the last extract left, with the same glossaries and
settings, is not read again, and no glossary is loaded when every release is unchanged.
Anything that would change a template (the release, the template itself, the glossary,
the hints' locales, the language) makes it extract again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

import prlocalize.catalog.workflow as workflow
import prlocalize.checking as checking
import prlocalize.readers as readers

RELEASES = {
    "plant.txt": "Kestrel Foods Opens a Plant\n\nKestrel Foods will hire 240 people in Busan.\n",
    "award.md": "# Kestrel Foods Wins an Award\n\nThe award was given in Seoul.\n",
    "hire.html": "<html><body><h1>Kestrel Foods Names a Chief</h1>"
    "<p>Mina Park becomes Chief Executive Officer.</p></body></html>\n",
}
GLOSSARY = "en,ja,ko,kind\nKestrel Foods,ケストレル・フーズ,케스트럴 푸즈,organization\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    for name, text in RELEASES.items():
        (tmp_path / "releases").mkdir(exist_ok=True)
        (tmp_path / "releases" / name).write_text(text, encoding="utf-8")
    (tmp_path / "glossaries").mkdir()
    (tmp_path / "glossaries" / "g.csv").write_text(GLOSSARY, encoding="utf-8")
    return tmp_path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The releases extract reads and, as 'glossary', each glossary it loads."""
    seen: list[str] = []
    # every release's bytes are read by read_release_bytes (read_document's too); workflow
    # imports it inside its functions, so patching the module's serves
    assert not hasattr(workflow, "read_release_bytes")
    real_read = readers.read_release_bytes
    real_load = checking.load_glossary

    def spy_read(path: str) -> bytes:
        seen.append(Path(path).name)
        return real_read(path)

    def spy_load(*args: object, **kwargs: object) -> object:
        seen.append("glossary")
        return real_load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "read_release_bytes", spy_read)
    monkeypatch.setattr(checking, "load_glossary", spy_load)
    yield seen


def _extract(run_cli: Callable[..., Result], *extra: str) -> Result:
    result = run_cli("extract", "releases", "-d", "locales", "-l", "ja", "--jobs", "1", *extra)
    assert result.exit_code == 0, result.output
    return result


def _templates(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "locales").glob("*.pot"))}


def test_a_second_extract_reads_nothing(
    project: Path, run_cli: Callable[..., Result], reads: list[str]
) -> None:
    _extract(run_cli)
    assert set(reads) == {"award.md", "glossary", "hire.html", "plant.txt"}
    first = _templates(project)
    assert "ケストレル・フーズ" in first["plant.pot"].decode()  # the glossary's hint
    reads.clear()
    result = _extract(run_cli)
    assert reads == []  # no release read, no glossary loaded
    assert result.output.count("unchanged") == 3
    assert "│        2 │" in result.output  # the counts as the first extract gave them
    assert _templates(project) == first


def test_only_what_changed_is_read_again(
    project: Path, run_cli: Callable[..., Result], reads: list[str]
) -> None:
    _extract(run_cli)
    first = _templates(project)
    release = project / "releases" / "award.md"
    release.write_text(RELEASES["award.md"] + "\nIt is the second in a row.\n", encoding="utf-8")
    template = project / "locales" / "hire.pot"
    template.write_bytes(template.read_bytes() + b'\nmsgid "Added by hand"\nmsgstr ""\n')
    reads.clear()
    result = _extract(run_cli)
    assert set(reads) == {"award.md", "glossary", "hire.html"}
    now = _templates(project)
    assert now["hire.pot"] == first["hire.pot"]  # made again as it was
    assert "It is the second in a row." in now["award.pot"].decode()
    assert now["plant.pot"] == first["plant.pot"]
    assert result.output.count("written") == 2


@pytest.mark.parametrize(
    "change",
    ["glossary", "hint-locales", "source-lang", "template-gone"],
)
def test_what_a_template_depends_on_sends_every_release_through_again(
    project: Path, run_cli: Callable[..., Result], reads: list[str], change: str
) -> None:
    _extract(run_cli)
    extra: tuple[str, ...] = ()
    if change == "glossary":
        glossary = project / "glossaries" / "g.csv"
        glossary.write_text(GLOSSARY.replace("ケストレル・フーズ", "ケストレルフーズ"), "utf-8")
    elif change == "hint-locales":
        extra = ("-l", "ko")
    elif change == "source-lang":
        extra = ("--source-lang", "en")
    else:
        for template in (project / "locales").glob("*.pot"):
            template.unlink()
    reads.clear()
    _extract(run_cli, *extra)
    assert {"award.md", "hire.html", "plant.txt"} <= set(reads)
    if change == "glossary":
        assert "ケストレルフーズ" in (project / "locales" / "plant.pot").read_text("utf-8")
    if change == "hint-locales":
        assert "케스트럴 푸즈" in (project / "locales" / "plant.pot").read_text("utf-8")


def test_with_the_cache_off_every_release_is_read(
    project: Path,
    run_cli: Callable[..., Result],
    reads: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _extract(run_cli)
    monkeypatch.setenv("PRLOCALIZE_NO_CACHE", "1")
    reads.clear()
    _extract(run_cli)
    assert set(reads) == {"award.md", "glossary", "hire.html", "plant.txt"}


def test_a_damaged_record_is_a_miss(
    project: Path, run_cli: Callable[..., Result], reads: list[str]
) -> None:
    from prlocalize.config import load_settings
    from prlocalize.extract_cache import open_template_records

    _extract(run_cli)
    settings = load_settings(project, {})
    records = open_template_records(settings, project / "locales", ("ja",))
    assert records is not None
    release = project / "releases" / "plant.txt"
    found = records.store.record(str(Path("releases") / "plant.txt"))
    assert found is not None
    for planted in ("[-1]", "[2, 3]", '["2"]', "{", "[true]"):
        records.store.put_record(str(Path("releases") / "plant.txt"), found[0], planted)
        assert records.lookup(Path("releases") / "plant.txt") is None, planted
    records.save()
    reads.clear()
    _extract(run_cli)
    assert "plant.txt" in reads and release.exists()


def test_the_same_templates_with_any_number_of_workers(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    _extract(run_cli)
    one = _templates(project)
    for template in (project / "locales").glob("*.pot"):
        template.unlink()
    result = run_cli("extract", "releases", "-d", "locales", "-l", "ja", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert _templates(project) == one
    again = run_cli("extract", "releases", "-d", "locales", "-l", "ja", "--jobs", "2")
    assert again.output.count("unchanged") == 3 and _templates(project) == one


def test_the_record_a_worker_makes_is_the_one_read_from_disk(
    project: Path, run_cli: Callable[..., Result]
) -> None:
    """extract's workers record each release from the bytes they read and wrote; the
    next extract compares it with the files as they are on disk."""
    from prlocalize.config import Settings
    from prlocalize.extract_cache import open_template_records

    _extract(run_cli)
    records = open_template_records(Settings(), Path("locales"), ["ja"])
    assert records is not None
    for release in sorted((project / "releases").iterdir()):
        name = str(Path("releases") / release.name)
        template = project / "locales" / f"{release.stem}.pot"
        from_disk = records.digest(Path(name))
        assert from_disk is not None
        assert records.digest_of(name, release.read_bytes(), template.read_bytes()) == from_disk
        assert records.digest_of(name, release.read_bytes(), b"") != from_disk


def test_a_release_whose_template_is_gone_is_not_hashed_before_it_is_extracted(
    project: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records' check of a release reads its template first: with the catalog folder
    emptied (a fresh checkout of the catalogs, templates deleted) no release is read and
    hashed by the check only to be read again by extract. A template still there is
    checked as before: its release is read, found unchanged and not extracted."""
    import prlocalize.fsutil as fsutil

    _extract(run_cli)
    first = _templates(project)
    for name in ("award.pot", "hire.pot"):
        (project / "locales" / name).unlink()
    checked: list[str] = []
    real = fsutil.read_regular

    def spy(path: str | Path, *args: object, **kwargs: object) -> bytes:
        checked.append(Path(path).name)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fsutil, "read_regular", spy)
    result = _extract(run_cli)
    assert [n for n in checked if n.endswith((".txt", ".md", ".html"))] == ["plant.txt"]
    assert result.output.count("unchanged") == 1
    assert _templates(project) == first


def test_the_releases_are_walked_once(
    project: Path, run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command finds the releases once (the records are looked up by them) and
    extract works through that list: the folders are not walked and every file is not
    stat'ed again before the work starts. The templates are the same."""
    import prlocalize.fsutil as fsutil

    walks: list[object] = []
    real = fsutil.iter_release_files

    def spy(paths: object, *args: object, **kwargs: object) -> object:
        walks.append(paths)
        return real(paths, *args, **kwargs)  # type: ignore[arg-type]

    _extract(run_cli)
    first = _templates(project)
    for template in (project / "locales").glob("*.pot"):
        template.unlink()
    monkeypatch.setattr(fsutil, "iter_release_files", spy)
    _extract(run_cli)
    assert len(walks) == 1
    assert _templates(project) == first
