"""The check cache: unchanged releases are answered from it, anything that could change a
finding is not, and a cache that cannot be read or written never breaks a run."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

from prlocalize import checking
from prlocalize.check_cache import CheckCache, finding_from_record, finding_record
from prlocalize.checking import check_paths
from prlocalize.config import Settings

REPO = Path(__file__).resolve().parents[2]
CLEAN = Path(__file__).parent / "fixtures" / "clean"


@pytest.fixture
def releases(tmp_path: Path, seed_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(seed_path, folder / "seed.txt")
    for clean in sorted(CLEAN.iterdir())[:3]:
        shutil.copy(clean, folder / clean.name)
    return folder


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the releases actually checked (not answered from the cache)."""
    names: list[str] = []
    real = checking._check_release

    def counting(run: object, path: Path, *, fix: bool, write: bool = True) -> object:
        names.append(path.name)
        return real(run, path, fix=fix, write=write)  # type: ignore[arg-type]

    monkeypatch.setattr(checking, "_check_release", counting)
    yield names


def _settings(glossary: Path = REPO / "glossaries") -> Settings:
    return Settings(root=REPO, glossaries=(str(glossary),))


def _summary(result: checking.CheckResult) -> list[tuple[str, list[object]]]:
    return [(Path(r.path).name, r.findings) for r in result.files]


def _cache_file(cache_dir: Path) -> Path:
    (cache_file,) = cache_dir.glob("check-*.sqlite")
    return cache_file


def _stored(cache_file: Path) -> dict[str, list[object]]:
    """path -> [lang, findings] of every release the cache file holds."""
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        rows = db.execute("SELECT path, record FROM entries").fetchall()
    return {path: json.loads(record) for path, record in rows}


def test_unchanged_releases_are_answered_from_the_cache(
    releases: Path, cache_dir: Path, checked: list[str]
) -> None:
    first = check_paths([releases], _settings(), jobs=1)
    assert sorted(checked) == sorted(p.name for p in releases.iterdir())
    checked.clear()
    second = check_paths([releases], _settings(), jobs=1)
    assert checked == []
    assert _summary(second) == _summary(first)
    assert [r.text for r in second.files] == [r.text for r in first.files]
    assert [r.lang for r in second.files] == [r.lang for r in first.files]
    assert (cache_dir / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_an_edited_release_alone_is_checked_again(
    releases: Path, cache_dir: Path, checked: list[str]
) -> None:
    check_paths([releases], _settings(), jobs=1)
    seed = releases / "seed.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("MikioKato", "Mikio Kato"))
    checked.clear()
    result = check_paths([releases], _settings(), jobs=1)
    assert checked == ["seed.txt"]
    codes = [f.code for r in result.files for f in r.findings]
    assert "PR101" not in codes and "PR202" in codes


def test_another_glossary_or_rule_selection_is_not_answered_from_the_cache(
    releases: Path, tmp_path: Path, cache_dir: Path, checked: list[str]
) -> None:
    check_paths([releases], _settings(), jobs=1)
    glossary = tmp_path / "glossary"
    shutil.copytree(REPO / "glossaries", glossary)
    checked.clear()
    check_paths([releases], _settings(glossary), jobs=1)
    assert len(checked) == 4  # same content elsewhere: the path is part of the fingerprint
    people = next(glossary.glob("*.csv"))
    people.write_text(people.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    checked.clear()
    check_paths([releases], _settings(glossary), jobs=1)
    assert len(checked) == 4
    checked.clear()
    only = check_paths([releases], _settings(), select=["PR101"], jobs=1)
    assert len(checked) == 4
    assert {f.code for f in only.findings} == {"PR101"}


def test_fix_and_no_cache_bypass_the_cache(
    releases: Path, cache_dir: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check_paths([releases], _settings(), jobs=1)
    checked.clear()
    check_paths([releases], _settings(), jobs=1, cache=False)
    assert len(checked) == 4
    checked.clear()
    monkeypatch.setenv("PRLOCALIZE_NO_CACHE", "1")
    check_paths([releases], _settings(), jobs=1)
    assert len(checked) == 4
    monkeypatch.delenv("PRLOCALIZE_NO_CACHE")
    checked.clear()
    fixed = check_paths([releases], _settings(), fix=True)
    assert len(checked) == 4 and fixed.fixed == 5
    assert "Mikio Kato" in (releases / "seed.txt").read_text(encoding="utf-8")


def _another_schema(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("DROP TABLE entries")
        db.execute("CREATE TABLE entries (path TEXT, record TEXT)")
        db.execute("INSERT INTO entries VALUES ('x', '[]')")
        db.commit()


def _a_trigger(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE seen (path TEXT)")
        db.execute(
            "CREATE TRIGGER spy AFTER INSERT ON entries BEGIN "
            "INSERT INTO seen VALUES (new.path); END"
        )
        db.commit()


def _another_format(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA user_version = 99")
        db.commit()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_text("not a database", encoding="utf-8"), id="garbage"),
        pytest.param(lambda p: p.write_text('{"format": 1, "files": {}}'), id="old-json"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:4096]), id="truncated"),
        pytest.param(_another_schema, id="another-schema"),
        pytest.param(_a_trigger, id="a-trigger"),
        pytest.param(_another_format, id="another-format"),
    ],
)
def test_a_damaged_cache_is_ignored_and_rewritten(
    releases: Path, cache_dir: Path, checked: list[str], damage: Callable[[Path], None]
) -> None:
    first = check_paths([releases], _settings(), jobs=1)
    cache_file = _cache_file(cache_dir)
    damage(cache_file)
    checked.clear()
    assert _summary(check_paths([releases], _settings(), jobs=1)) == _summary(first)
    assert len(checked) == 4
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        tables = db.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()
    assert tables == [("table", "entries"), ("index", "sqlite_autoindex_entries_1")]
    assert len(_stored(cache_file)) == 4
    checked.clear()
    check_paths([releases], _settings(), jobs=1)
    assert checked == []  # and it answers the next run


def test_a_cache_entry_of_another_shape_drops_the_cache(
    releases: Path, cache_dir: Path, checked: list[str]
) -> None:
    first = check_paths([releases], _settings(), jobs=1)
    cache_file = _cache_file(cache_dir)
    with contextlib.closing(sqlite3.connect(cache_file)) as db:
        db.execute(
            "UPDATE entries SET record = ? WHERE path LIKE '%seed.txt'",
            (json.dumps(["en", [["not", "a", "finding"]]]),),
        )
        db.commit()
    checked.clear()
    assert _summary(check_paths([releases], _settings(), jobs=1)) == _summary(first)
    assert "seed.txt" in checked  # and whatever came after it: the cache is dropped whole
    stored = _stored(cache_file)
    seed = next(record for path, record in stored.items() if path.endswith("seed.txt"))
    assert seed[1] and all(len(raw) == 9 for raw in seed[1])  # type: ignore[arg-type]


def test_the_first_format_is_removed(releases: Path, cache_dir: Path) -> None:
    cache_dir.mkdir()
    old = cache_dir / f"check-{'0' * 32}.json"
    old.write_text('{"format": 1, "files": {}}', encoding="utf-8")
    check_paths([releases], _settings(), jobs=1)
    assert not old.exists()
    assert len(_stored(_cache_file(cache_dir))) == 4


def test_a_touched_release_is_answered_from_the_cache_without_the_glossary(
    releases: Path, cache_dir: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check_paths([releases], _settings(), jobs=1)
    loaded: list[object] = []
    real = checking.load_glossary

    def counting(settings: object, **options: bool) -> object:
        loaded.append(settings)
        return real(settings, **options)

    monkeypatch.setattr(checking, "load_glossary", counting)
    checked.clear()
    check_paths([releases], _settings(), jobs=1)
    assert (checked, loaded) == ([], [])  # unchanged: no glossary needed
    seed = releases / "seed.txt"
    seed.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")  # same text,
    os.utime(seed, ns=(seed.stat().st_atime_ns, seed.stat().st_mtime_ns + 10**9))  # new time
    check_paths([releases], _settings(), jobs=1)
    assert checked == [] and len(loaded) == 1  # it looked changed: loaded, then answered
    check_paths([releases], _settings(), jobs=1)
    assert len(loaded) == 1  # its new time was remembered


def test_a_cache_folder_that_cannot_be_written_leaves_the_run_uncached(
    releases: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PRLOCALIZE_CACHE_DIR", str(blocker / "cache"))
    result = check_paths([releases], _settings(), jobs=1)
    assert len(result.findings) == 13  # test_seed.EXPECTED
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_findings_round_trip_through_the_cache_record(seed_path: Path) -> None:
    findings = check_paths([seed_path], _settings(), cache=False).findings
    assert any(f.fix is not None for f in findings)
    assert [
        finding_from_record(f.path, json.loads(json.dumps(finding_record(f)))) for f in findings
    ] == findings


def test_only_the_newest_fingerprints_are_kept(tmp_path: Path) -> None:
    for i in range(12):
        cache = CheckCache.open(tmp_path, f"{i:032x}")
        cache.save()
    assert len(list(tmp_path.glob("check-*.sqlite"))) == 8


def test_only_the_newest_releases_are_kept(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prlocalize import check_cache
    from prlocalize.findings import FileReport

    monkeypatch.setattr(check_cache, "MAX_ENTRIES", 3)
    cache = CheckCache.open(tmp_path, "0" * 32)
    for i in range(5):
        cache.put(FileReport(str(tmp_path / f"r{i}.txt"), "", []), f"{i}")
    cache.put(FileReport(str(tmp_path / "r0.txt"), "", []), "again")  # the newest now
    cache.save()
    assert sorted(Path(p).name for p in _stored(_cache_file(tmp_path))) == [
        "r0.txt",
        "r3.txt",
        "r4.txt",
    ]


def test_the_cli_answers_a_second_run_from_the_cache(
    releases: Path,
    cache_dir: Path,
    checked: list[str],
    run_cli: Callable[..., Result],
) -> None:
    args = ("check", str(releases), "-g", str(REPO / "glossaries"), "--format", "json")
    first = run_cli(*args)
    assert first.exit_code == 1 and len(checked) == 4
    checked.clear()
    second = run_cli(*args)
    assert (second.exit_code, second.output, checked) == (1, first.output, [])
    assert run_cli(*args, "--no-cache").output == first.output
    assert len(checked) == 4


def test_an_unreadable_release_is_still_an_input_error(
    releases: Path, cache_dir: Path, run_cli: Callable[..., Result]
) -> None:
    args = ("check", str(releases), "-g", str(REPO / "glossaries"))
    assert run_cli(*args).exit_code == 1
    (releases / "seed.txt").write_bytes(b"Broken \xff byte\n")
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "seed.txt:1: invalid UTF-8" in result.output
